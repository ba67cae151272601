"""Places: the place of an event, searched in the parse around its trigger.

An event's place is searched first in its own clause: an argument of the trigger or a prepositional phrase
on it, or a toponym inside such a phrase ("a rally outside the embassy in Vilnius"); then the locative
phrases of its subject or agent, the clause it hangs on, conjoined verbs, a fronted locative phrase ("In
Vienna, ... marched"), relative clauses, and last a place possessing or modifying a noun of its clause
("Syria's conflict"). Of several, the most specific place wins. With none found the event has no place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import DEP
from spacy.tokens import Token

from dragoman.model import Place
from dragoman.nlp.places_metonymy import MODIFIER_DEPS, PARTY_PREPS
from dragoman.nlp.places_resolve import Toponym
from dragoman.nlp.places_tokens import _strings
from dragoman.nlp.syntax import child_positions, sentence_bounds

if TYPE_CHECKING:
    from dragoman.nlp.places import PlaceIndex

# Prepositions that put an event somewhere ("in Doha", "outside the embassy", "near Mosul").
LOCATIVE_PREPS = frozenset(
    {
        "in",
        "at",
        "near",
        "outside",
        "inside",
        "across",
        "around",
        "throughout",
        "within",
        "on",
        "into",
        "through",
        "over",
        "along",
        "off",
        "from",
        "to",
        "towards",
        "toward",
        "between",
        "of",
        "by",
        "beyond",
        "behind",
        "outskirts",
    }
)
# Dependents of a trigger whose subtrees are other clauses or its agent: never searched for its place.
NOT_SEARCHED = frozenset(
    {
        "nsubj",
        "nsubjpass",
        "csubj",
        "csubjpass",
        "conj",
        "ccomp",
        "parataxis",
        "relcl",
        "agent",
        "cc",
        "punct",
    }
)


class _Parse:
    """What ``place_for`` reads of the parse, by token position: each token's dependency label and
    lower-case form, and the positions of its children (those of :func:`dragoman.nlp.syntax.children`)."""

    __slots__ = ("dep", "kids", "lower")

    def __init__(self, token: Token, lower: list[str]) -> None:
        doc = token.doc
        self.lower = lower
        self.dep = _strings(doc, doc.to_array(DEP).tolist())
        self.kids = child_positions(token)


def place_for(trigger: Token, index: PlaceIndex) -> Place | None:
    """The place of the event whose trigger (verb or event noun) is ``trigger``.

    The literal toponyms of its own clause, searched through its arguments and prepositional phrases; with
    none, those of the locative phrases of its subject ("a policeman in Amara was killed"), then those of the
    clause it depends on ("marched ... and demonstrated"), then a place named as the possessor or modifier of
    a noun of its clause ("Syria's conflict", "the Baghdad headquarters"). Of several, the most specific
    place (a town before its province, a province before its country), then the one nearest the trigger.
    The place of a trigger of the index's doc is found once (the coder asks again for the same trigger)."""
    if trigger.doc is not index.doc:
        return _place_for(trigger, index)
    known = index._places
    if trigger.i not in known:
        known[trigger.i] = _place_for(trigger, index)
    return known[trigger.i]


def _place_for(trigger: Token, index: PlaceIndex) -> Place | None:
    parse = index._parse(trigger)
    dep, kids, lower = parse.dep, parse.kids, parse.lower
    t = trigger.i
    own_kids = kids.get(t, [])
    seen = {t}
    weak: list[_Hit] = []
    own = [child for child in own_kids if dep[child] not in NOT_SEARCHED]
    found = _search(own, t, index, seen, weak)
    if not found:
        subjects = [child for child in own_kids if dep[child] in ("nsubj", "nsubjpass")]
        subjects += [kid for child in own_kids if dep[child] == "agent" for kid in kids.get(child, ())]
        phrases = [
            kid for subject in subjects for kid in kids.get(subject, ()) if dep[kid] in SUBJECT_PHRASES
        ]
        found = _search([kid for kid in phrases if lower[kid] not in PARTY_PREPS], t, index, seen, weak)
    if not found and dep[t] in CLAUSE_LINKS and trigger.head.i != t:
        governor = trigger.head.i
        seen.add(governor)
        upper = [kid for kid in kids.get(governor, ()) if dep[kid] not in NOT_SEARCHED]
        found = _search(upper, t, index, seen, [])
    if not found:  # "shot ... and left for dead on the outskirts of Karachi"
        doc = trigger.doc
        joined = [child for child in own_kids if dep[child] == "conj" and doc[child].pos_ == "VERB"]
        seen.update(joined)
        phrases = [kid for verb in joined for kid in kids.get(verb, ()) if dep[kid] == "prep"]
        found = _search([kid for kid in phrases if lower[kid] in LOCATIVE_PREPS], t, index, seen, [])
    if not found:  # "In Vienna, some 200,000 people ... marched": a fronted place frames the sentence
        found = _fronted(trigger, index)
    if not found:  # in a relative clause of its arguments ("shot at a shop they ran in Colombo")
        wide = [child for child in own_kids if dep[child] not in WIDE_SKIPPED]
        found = _search(wide, t, index, {t}, [], WIDE_SKIPPED)
    found = found or weak
    if not found:
        return None
    return min(found, key=lambda hit: (hit[2].specificity, hit[0], hit[1]))[2].place


# Dependents of a subject that may say where its event happened ("a policeman in Amara", "a taxi parked in").
SUBJECT_PHRASES = frozenset({"prep", "acl", "poss"})
# Prepositions whose phrase is not searched for an event's place: parties and topics ("a deal for Ukraine"),
# sources ("according to"). A party after "with" or "by" is searched, as the parser often hangs the event's
# place on it ("killed in clashes with the YPG in Makhmur", "shot by gunmen in Yala").
STOP_PREPS = (PARTY_PREPS - {"with", "by"}) | {"according"}
# Dependents not searched even in the last search for an event's place, which enters relative clauses.
WIDE_SKIPPED = NOT_SEARCHED - {"relcl"}
# Dependencies by which an event's clause hangs on another clause that may hold its place.
CLAUSE_LINKS = frozenset({"conj", "xcomp", "advcl"})
_Hit = tuple[int, int, "Toponym"]  # depth in the tree, distance in tokens, toponym


def _fronted(trigger: Token, index: PlaceIndex) -> list[_Hit]:
    """The literal toponym of a locative phrase opening the trigger's sentence and closed by a comma."""
    parse = index._parse(trigger)
    lower = parse.lower
    start, end = sentence_bounds(trigger)
    first = start if lower[start] not in ("but", "and") or end - start < 2 else start + 1
    if parse.dep[first] != "prep" or lower[first] not in LOCATIVE_PREPS:
        return []
    text = index._tokens.text
    comma = next((i for i in range(start, end) if text[i] == ","), None)
    if comma is None:
        return []
    for i in range(first, comma):
        toponym = index._at(i)
        if toponym is not None and toponym.literal:
            return [(0, abs(i - trigger.i), toponym)]
    return []


def _search(
    frontier: list[int],
    trigger: int,
    index: PlaceIndex,
    seen: set[int],
    weak: list[_Hit],
    skip: frozenset[str] = NOT_SEARCHED,
) -> list[_Hit]:
    """The literal toponyms reachable from the tokens ``frontier`` through arguments and prepositional
    phrases (not through parties, possessors or toponyms used for their people), each with its depth and
    distance from the token ``trigger``; toponyms modifying or possessing a noun on the way ("Syria's
    conflict") are added to ``weak``."""
    parse = index._tree
    assert parse is not None  # (read by ``place_for`` first)
    dep, kids, lower = parse.dep, parse.kids, parse.lower
    by_token, resolution = index._by_token, index._resolution
    found: list[_Hit] = []
    depth = 0
    while frontier:
        following: list[int] = []
        nearest_first = sorted(frontier, key=lambda j: abs(j - trigger)) if len(frontier) > 1 else frontier
        for i in nearest_first:
            if i in seen:
                continue
            seen.add(i)
            number = by_token.get(i)
            if number is not None:
                toponym = resolution.toponym(number)
                hit = (depth, abs(i - trigger), toponym)
                if toponym.literal and all(other[2] is not toponym for other in found):
                    found.append(hit)
                    continue
                if dep[i] in MODIFIER_DEPS and toponym.label != "NORP":
                    weak.append(hit)
                # ("attacked the embassies of Rwanda, France and the United States in Kinshasa": the parser
                # may hang the event's place on a state named for its people or government)
                following += [c for c in kids.get(i, ()) if dep[c] == "prep" and lower[c] in ("in", "at")]
                continue
            if dep[i] == "prep" and lower[i] in STOP_PREPS:
                continue
            following += [child for child in kids.get(i, ()) if dep[child] not in skip]
        frontier = following
        depth += 1
    return found
