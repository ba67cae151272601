"""Phrase structures that give an actor phrase its actors through other words of the sentence.

:class:`ActorPhrases` serves one :class:`dragoman.nlp.actors.ActorResolver` (one doc at one date). The
resolver combines the cues inside a noun phrase; these helpers read the structures around it:

- counts and gatherings through "of": "a group of Moroccan diplomats", "tens of thousands of students";
- leaders and parts of bodies: "the Saudi-led coalition", "the APEC forum";
- the sides of a war: "the parties to the conflict in Iraq";
- appositions that describe an unknown name: "Ahmed Yusuf, a spokesman for the Somali government";
- prepositions, placing and allegiance modifiers that give an office its country: "officials from China",
  "a newspaper based in Beirut", "forces loyal to Assad", "a court in Yekaterinburg";
- possessors: "its forces", "the country's foreign minister";
- peoples placed by the text: "ethnic Albanians in southern Serbia";
- the domestic-authority rule: the people a state's police or courts act on are of that state;
- names the knowledge base lacks: a person introduced with a nationality ("the French researcher Laurent
  Vinatier", "Vinatier, a French researcher") is a person of that state, whom "Vinatier" and "he" may later
  stand for; an organisation named with a type word ("the Umma party") takes that word's sector and the
  country of its phrase ("Algeria's Umma party") or, for a party, of the elections or parliament its clause
  names ("the Umma party will boycott Algeria's elections").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dragoman.kb import RoleKind
from dragoman.kb.org_words import OrgWord, load_org_words
from dragoman.kb.records import FormKind
from dragoman.model import ActorKind, ActorRef
from dragoman.nlp.coref import PRONOUNS
from dragoman.nlp.descriptors import load_descriptors
from dragoman.nlp.gazetteer import FeatureClass, load_gazetteer
from dragoman.nlp.syntax import (
    RELATIONS,
    children,
    coordinated_modifiers,
    is_relation,
    is_verbal,
    sentence_bounds,
    subjects,
)

if TYPE_CHECKING:
    from dragoman.nlp.actors import ActorResolver

__all__ = ["BODY_PARTS", "ENTITY_NOUNS", "MEMBERSHIP", "RELATIONS", "ActorPhrases", "member_sector"]

_TOWN_POPULATION = 50_000  # a town smaller than this does not tell the country of an office in it
# Roles that take the body they speak or act for: "a spokesman for the Kremlin".
_SPEAKERS = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative", "lawyer", "negotiator"})
# Roles that serve the one their "to" names: "a senior adviser to Zelenskiy", "an aide to Putin" (not an
# envoy or an ambassador "to" a state, who is sent there).
_SERVING = frozenset({"adviser", "advisor", "aide", "assistant", "counsellor", "counselor"})
# Prepositions whose object names the country of an office or body: "officials from China", "the
# government in Kabul", "students throughout Indonesia".
_COUNTRY_PREPS = frozenset({"of", "from", "in", "at", "throughout", "across", "inside", "within"})
# Nouns for a state or body that head a phrase naming it by a national cue: "the Russian side".
ENTITY_NOUNS = frozenset(d.noun for d in load_descriptors().values() if not d.act)
# The governing organs of a body, which act as the body that names them: "the IAEA board", "the 35-nation
# Board of Governors of the IAEA", "the council of the African Union".
_ORGANS = frozenset({"board", "boards", "council", "commission", "committee", "secretariat", "presidency"})
# Nouns for a part or gathering of a body that act as the body when it names them: "the APEC forum", "the
# UNITA militarist wing", "the Hamas leadership" (not "the UN resolution": that is a text, not an agent).
BODY_PARTS = frozenset(
    {"forum", "wing", "faction", "leadership", "network", "grouping", "summit", "secretariat", "command"}
    | {"branch", "arm", "cell", "cells", "affiliate", "offshoot", "splinter", "factions", "wings"}
    # the agencies and organs of a body: "the UN tourism agency", "the AU mediation panel"
    | {"agency", "agencies", "body", "bodies", "organ", "organs", "watchdog", "mission", "missions", "panel"}
    | _ORGANS
)
# Nouns for the members or staff of a body that act as the body when it names them: "Hamas members", "a UN
# team", "NATO members", "UN staff".
MEMBERSHIP = frozenset({"member", "members", "staff", "staffer", "staffers", "team", "teams", "personnel"})
# The institutions of a state's own politics, where a party acts at home: "boycott Algeria's elections".
_ARENAS = frozenset(
    {"election", "elections", "poll", "polls", "vote", "ballot", "referendum", "parliament", "legislature"}
    | {"constitution", "assembly", "congress", "senate"}
)
# Nouns for private people by which a story names again a person it has named ("sentenced Brittney Griner ...
# the American basketball player"): not offices, whose holder may be another person.
_PRIVATE_PEOPLE = frozenset(
    {"player", "athlete", "star", "citizen", "national", "journalist", "reporter", "correspondent"}
    | {"academic", "researcher", "scholar", "professor", "writer", "author", "blogger", "businessman"}
    | {"businesswoman", "executive", "entrepreneur", "tycoon", "investor", "man", "woman", "teacher"}
    | {"student", "tourist", "traveller", "traveler", "activist", "worker", "pastor", "missionary", "veteran"}
    | {"musician", "artist", "photographer", "filmmaker", "engineer", "contractor", "consultant", "climber"}
    | {"hiker", "backpacker", "teenager", "retiree", "mother", "father", "grandmother", "grandfather"}
)
# Dependencies of the words of a proper name: "Laurent Vinatier", "the Ceasefire Violations Committee".
_NAME_DEPS = frozenset({"compound", "flat", "nmod"})
# Heads that count or gather the people of their "of": "a group of Moroccan diplomats", "members of the
# Syrian parliament", "tens of thousands of students", "the first deployment of NATO troops", "one third of
# the guerrillas" act as those people.
_COLLECTIVE_HEADS = frozenset(
    {"group", "groups", "member", "members", "handful", "crowd", "crowds", "number", "team", "teams"}
    # ("20 staff of the Czech embassy")
    | {"staff", "staffers", "personnel"}
    | {"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "score", "scores", "million"}
    | {
        "millions",
        "tens",
        "deployment",
        "dispatch",
        "contingent",
        "contingents",
        "detachment",
        "batch",
        "patch",
    }
    | {
        "unit",
        "units",
        "column",
        "convoy",
        "wave",
        "busload",
        "planeload",
        "half",
        "third",
        "quarter",
        "majority",
    }
    | {"minority", "most", "many", "some", "several", "few", "all", "rest", "bulk", "part", "remnants"}
    | {"remainder", "each", "one", "both"}
)
# Modifiers that place an office or body at home: "a newspaper based in Beirut", "militants operating in
# Pakistan" (not "stationed", "deployed" or "held in": troops and hostages are often foreigners there).
_PLACED = frozenset({"based", "headquartered", "located", "living", "residing", "operating"})
_PLACE_PREPS = frozenset({"in", "at", "inside", "within", "throughout", "across"})
# Modifiers of forces that are foreign where they are: "the withdrawal of invasion forces from Panama".
_FOREIGN = frozenset(
    {"invasion", "invading", "occupation", "occupying", "foreign", "expeditionary", "intervention"}
)
# institutions a "foreign" names, not foreigners, which stay where they are: "the foreign ministry in Riyadh"
# (not people who travel: "the foreign minister in Kabul" may be a visitor)
_FOREIGN_OFFICES = frozenset({"ministry", "office", "service"})
# "parties to the conflict in Iraq", "both sides in the Yemeni war": the sides of a war are of its country.
# A person's office speaks for the person: "Netanyahu's office", "his office", "the president's office".
_PERSONAL_OFFICES = frozenset({"office", "press office"})
# Plural nouns for a class of states whose members a text may list: "seven Latin American countries, including
# Argentina, Chile and Peru", "European countries such as France and Germany".
_STATE_CLASSES = frozenset(
    {
        "countries",
        "nations",
        "states",
        "governments",
        "members",
        "allies",
        "neighbours",
        "neighbors",
        "partners",
        # (people who speak for states: "European leaders including France's Emmanuel Macron")
        "leaders",
        "capitals",
    }
)
_LISTING_PREPS = frozenset({"including", "like"})
_SIDES = frozenset({"party", "parties", "side", "sides", "belligerents", "combatants"})
_CONFLICTS = frozenset({"conflict", "war", "fighting", "civil war", "crisis", "hostilities", "dispute"})
# Modifiers of allegiance: "forces loyal to Assad", "workers affiliated with the Serbian union".
_ALLEGIANT = frozenset(
    {"loyal", "affiliated", "linked", "tied", "attached", "belonging", "aligned", "answering", "answerable"}
    | {"close", "connected", "faithful"}
)
_ALLEGIANCE_PREPS = frozenset({"to", "with"})
# Sectors of people and bodies of a state's own society, and of the state's bodies that act on them: the
# protesters a police force disperses, the newspaper a government closes are of that state ("Egyptian police
# dispersed fundamentalist demonstrators", "Nicaragua's government ordered the opposition newspaper La Prensa
# to suspend publication").
_DOMESTIC = frozenset({"OPP", "EDU", "LAB", "MED", "CVL", "RAD", "REL", "HRI", "CRM"})
_AUTHORITIES = frozenset({"COP", "GOV", "JUD"})
# Office holders on the receiving end of a coercive act of a state's police, government or courts are of that
# state too: "Ecuadorian police arrested former Vice President Jorge Glas".
_OFFICES = frozenset({"GOV", "ELI", "LEG", "JUD", "MIL"})
_COERCIONS = frozenset(
    {"arrest", "detain", "jail", "imprison", "sentence", "convict", "charge", "indict", "prosecute", "try"}
    | {"dismiss", "sack", "fire", "suspend", "ban", "impeach", "remove", "oust", "depose", "execute"}
    | {"release", "free", "pardon", "investigate", "question", "raid", "search", "disqualify", "bar"}
)
_DONE_TO = frozenset({"dobj", "obj", "nsubjpass"})
# Acts a state does to foreigners rather than to its own people: "China expelled journalists".
_TO_FOREIGNERS = frozenset(
    {"expel", "deport", "extradite", "repatriate", "accredit", "host", "receive", "welcome", "invite", "meet"}
)


class ActorPhrases:
    """The phrase-structure rules of one resolver; built by it, and calling back into it."""

    def __init__(self, resolver: ActorResolver) -> None:
        self.r = resolver
        self._asking: set[int] = set()  # heads whose domestic authority is being looked for
        self._org_words = load_org_words()

    # -- names the knowledge base lacks -----------------------------------------------------------------
    def unlisted_name(self, head: Token) -> Token | None:
        """The name of a person or organisation the knowledge base lacks that the phrase headed by ``head``
        names: a person's name as head or in apposition ("Vinatier, a French researcher", "the French
        researcher Laurent Vinatier"), or a name closed by an organisation word ("the Umma party")."""
        return self.unlisted_person(head) or (head if self.unlisted_org(head) else None)

    def unlisted_org(self, head: Token) -> bool:
        """Whether ``head`` closes the name of an organisation the knowledge base lacks ("the Umma party")."""
        return self._org_word(head) is not None

    def unlisted(self, head: Token, ref: ActorRef) -> ActorRef:
        """A country found for an unlisted person or organisation is theirs, not the state itself: "the
        French researcher Laurent Vinatier" is a French person (whom "he" and "Vinatier" may later stand
        for), "Algeria's Umma party" an Algerian party (with the party's sector)."""
        if ref.kind not in (ActorKind.STATE, ActorKind.ROLE) or head.i in self.r.hits:
            return ref
        person = self.unlisted_person(head)
        if person is not None:
            name = self._name_text(person)
            return ActorRef(ref.text, ref.span, ref.code, ref.sector, name, ActorKind.PERSON, "")
        word = self._org_word(head)
        if word is None:
            return ref
        sector = ref.sector or word.sector
        return ActorRef(ref.text, ref.span, ref.code, sector, self._name_text(head), ActorKind.GROUP, "")

    def unlisted_body(self, head: Token) -> ActorRef | None:
        """An organisation the knowledge base lacks, with no country in its own words, as a codeless
        actor with the sector its name's last word gives ("the Umma party": OPP); the resolver looks for
        its country as for a role ("the Umma party of Algeria")."""
        word = self._org_word(head)
        if word is None or not word.sector:
            return None
        span = self.r.char_span([head, *self._name_tokens(head)])
        ref = ActorRef(span.text, span, "", word.sector, kind=ActorKind.ROLE)
        if word.sector not in _DOMESTIC:
            return ref
        states = self._arena(head)
        if len(states) != 1:
            return ref
        code = states.pop()
        entity = self._name_text(head)
        return ActorRef(span.text, span, code, word.sector, entity, ActorKind.GROUP, "")

    def _arena(self, head: Token) -> set[str]:
        """The states whose elections, parliament or constitution the clause of a party's subject names:
        "the Umma party will boycott Algeria's elections", "the party urged the Lithuanian parliament to
        amend the constitution". A party acts there at home; another state named in the sentence makes it
        unsure. (Not a government: parties often speak of other states' governments.)"""
        verb = head.head
        if head.dep_ not in ("nsubj", "nsubjpass") or not is_verbal(verb):
            return set()
        inside = {t.i for t in head.subtree}
        arena: set[str] = set()
        for tok in verb.subtree:
            if tok.i in inside or tok.lemma_.lower() not in _ARENAS:
                continue
            arena.update(r.code for r in self.r.phrase(tok) if r.code in self.r.kb.states)
        if len(arena) != 1:
            return set()
        start, end = sentence_bounds(head)
        named = {ref.code for span, ref in self.r.mentions() if start <= span.start < end and ref.code}
        return arena if named == arena else set()

    def unlisted_person(self, head: Token) -> Token | None:
        """The name of a person the knowledge base lacks, in the phrase headed by ``head``."""
        hits = self.r.hits
        own = hits.get(head.i)
        if own is not None and own.best.kind != "role":
            return None
        if own is None and head.pos_ == "PROPN" and head.ent_type_ == "PERSON":
            return head
        # ("Foreign Minister Ana Cecilia Gervasi": the tagger may end the name one word early)
        if (
            own is None
            and head.pos_ == "PROPN"
            and head.i > 0
            and head.doc[head.i - 1].ent_type_ == "PERSON"
            and head.doc[head.i - 1].head.i == head.i
        ):
            return head
        for child in children(head):
            if child.dep_ != "appos" or child.i < head.i:
                continue
            if child.pos_ == "PROPN" and child.i not in hits and self._personal_name(head, child):
                return child  # "the French researcher Laurent Vinatier"
            if own is None and head.pos_ == "PROPN" and child.tag_ == "NN" and self._office(child):
                return head  # "Vinatier, a French researcher" (the tagger may take the name for a body)
        return None

    def _personal_name(self, head: Token, name: Token) -> bool:
        """Whether a name in apposition to a common noun is a person's: tagged so, or (the tagger misses
        many) a name of two words or more, untagged, after a noun for no body ("the French climber Laurent
        Vinatier", not "the French newspaper Le Monde")."""
        if name.ent_type_ == "PERSON":
            return True
        if name.ent_type_ or head.pos_ != "NOUN" or head.lower_ in ENTITY_NOUNS:
            return False
        own = self.r.hits.get(head.i)
        if own is not None and self.r.matcher.role_kinds.get(own.best.text.lower()) != RoleKind.OFFICE:
            return False
        return any(c.dep_ in ("compound", "flat") and c.pos_ == "PROPN" for c in children(name))

    def _office(self, token: Token) -> bool:
        hit = self.r.hits.get(token.i)
        return (
            hit is not None
            and hit.best.kind == "role"
            and self.r.matcher.role_kinds.get(hit.best.text.lower()) == RoleKind.OFFICE
        )

    def _org_word(self, head: Token) -> OrgWord | None:
        """The organisation word that closes a name the knowledge base lacks: "Party" in "the Umma Party",
        "party" in "the Umma party" (a proper noun before it), not the common noun ("the ruling party")."""
        word = self._org_words.get(head.lower_)
        if word is None or head.i in self.r.hits:
            return None
        hits = self.r.hits
        names = [t for t in self._name_tokens(head) if t.pos_ == "PROPN" and t.text[:1].isupper()]
        if any(t.i in hits and hits[t.i].best.kind != "state" for t in names):
            return None  # a known group or body: "the Hamas movement"
        if all(t.i in hits for t in names):
            return None  # no name, or only a nationality: "the Greek union"
        return word

    def _name_tokens(self, head: Token) -> list[Token]:
        """The words of the proper name ending in ``head`` (its compounds and flat parts, before it)."""
        out: list[Token] = []
        stack = [head]
        while stack:
            for child in children(stack.pop()):
                if child.dep_ in _NAME_DEPS and child.i < head.i:
                    out.append(child)
                    stack.append(child)
        return out

    def _name_text(self, head: Token) -> str:
        return self.r.char_span([head, *self._name_tokens(head)]).text

    def led_by(self, head: Token) -> tuple[ActorRef, ...]:
        """'the Saudi-led coalition', 'US-led forces': a body led by an actor acts as that actor (unless it is
        a body known by name: "the Russian-led CSTO military alliance" is the CSTO)."""
        hits = self.r.hits
        if any(
            c.dep_ in ("compound", "nmod") and c.i in hits and hits[c.i].best.kind in ("igo", "group")
            for c in children(head)
        ) or (head.i in hits and hits[head.i].best.kind in ("igo", "group")):
            return ()
        for amod in children(head):
            if amod.dep_ != "amod" or amod.lower_ != "led":
                continue
            leaders = [c for c in children(amod) if c.i < amod.i and c.i in self.r.hits]
            if leaders:
                span = self.r.char_span([leaders[0], head])
                return tuple(
                    ActorRef(span.text, span, ref.code, ref.sector, ref.entity, ref.kind, ref.entity_id)
                    for ref in self.r.phrase(leaders[0])
                    if ref.code
                )
        return ()

    def through_collective(self, head: Token, agentive: bool) -> tuple[ActorRef, ...]:
        """'a group of Moroccan diplomats', 'members of the Syrian parliament', 'tens of thousands of
        students throughout Indonesia': the people counted or gathered, each with its own span."""
        counted = head.lemma_.lower() in _COLLECTIVE_HEADS or head.lower_ in _COLLECTIVE_HEADS
        if not counted and head.pos_ != "NUM":
            return ()
        for prep in children(head):
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for pobj in children(prep):
                if pobj.dep_ != "pobj":
                    continue
                found = tuple(ref for ref in self.r.actors(pobj, agentive=agentive) if ref.code)
                if found:
                    return found
                # "thousands of students throughout Chile": the place may hang on the count
                people = self.r.phrase(pobj)
                if people and people[0].sector:
                    role_kind = self.r.matcher.role_kinds.get(people[0].text.lower())
                    return tuple(self.country_of(head, people[0].sector, role_kind, self.r.actors))
        return ()

    def listed(self, head: Token) -> tuple[ActorRef, ...]:
        """'seven Latin American countries, including Argentina, Chile and Peru', 'European countries such as
        France and Germany': a class of states whose members the text lists acts as the states it lists."""
        if head.lower_ not in _STATE_CLASSES:
            return ()
        such = any(c.dep_ == "amod" and c.lower_ == "such" for c in children(head))
        for prep in children(head):
            such_as = prep.lower_ == "as" and (such or any(c.lower_ == "such" for c in children(prep)))
            if prep.dep_ != "prep" or not (prep.lower_ in _LISTING_PREPS or such_as):
                continue
            for pobj in children(prep):
                if pobj.dep_ != "pobj":
                    continue
                # ("including Kenya's William Ruto and Nigeria's Bola Tinubu": the parser may hang the first
                # name on the second)
                found = tuple(
                    r
                    for t in (*coordinated_modifiers([pobj]), pobj)
                    for r in self.r.actors(t)
                    if r.code in self.r.kb.states
                )
                if found:
                    return found
        return ()

    def office_of(self, head: Token) -> tuple[ActorRef, ...]:
        """'Netanyahu's office', 'his office', 'the president's office': a person's office speaks for the
        person, as the person's government (or in the person's own sector)."""
        if head.lower_ not in _PERSONAL_OFFICES:
            return ()
        for child in children(head):
            if child.dep_ != "poss":
                continue
            owners = [
                r for r in self.r.actors(child) if r.code and r.kind in (ActorKind.PERSON, ActorKind.ROLE)
            ]
            span = self.r.char_span([child, head])
            return tuple(
                ActorRef(span.text, span, o.code, o.sector, o.entity, ActorKind.ROLE, o.entity_id)
                for o in owners
                if o.kind == ActorKind.PERSON or o.sector
            )
        return ()

    def organ_of(self, head: Token) -> tuple[ActorRef, ...]:
        """'the 35-nation Board of Governors of the International Atomic Energy Agency', 'the council of the
        African Union': an organ of a body named through "of" acts as the body (the organ of a state is a
        role, placed by :meth:`country_of`)."""
        if head.lower_ not in _ORGANS:
            return ()
        tok = head
        for _ in range(2):  # "Board of Governors of the IAEA": through one more "of"
            pobj = next(
                (
                    g
                    for c in children(tok)
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for g in children(c)
                    if g.dep_ == "pobj"
                ),
                None,
            )
            if pobj is None:
                return ()
            refs = [
                r
                for r in self.r.actors(pobj)
                if r.code and (r.kind in (ActorKind.IGO, ActorKind.GROUP) or r.entity_id in self.r.kb.igos)
            ]
            if refs:
                span = self.r.char_span([head, pobj])
                return tuple(
                    ActorRef(span.text, span, r.code, r.sector, r.entity, r.kind, r.entity_id) for r in refs
                )
            tok = pobj
        return ()

    def sides_of(self, head: Token) -> tuple[ActorRef, ...]:
        """'the parties to the conflict in Iraq', 'both sides in the Yemeni war': the state of the war."""
        if head.lower_ not in _SIDES:
            return ()
        preps = list(children(head))
        if head.i + 1 < len(self.r.doc) and self.r.doc[head.i + 1].dep_ == "prep":
            preps.append(self.r.doc[head.i + 1])  # the parser often hangs "to the conflict" on the verb
        for prep in preps:
            if prep.dep_ != "prep" or prep.lower_ not in ("to", "in", "of"):
                continue
            for war in children(prep):
                if war.dep_ != "pobj" or war.lower_ not in _CONFLICTS:
                    continue
                states = [r for r in self.r.named(war) if r.kind == ActorKind.STATE]
                if not states:
                    states = [
                        r
                        for p in children(war)
                        if p.dep_ == "prep" and p.lower_ in ("in", "of")
                        for g in children(p)
                        if g.dep_ == "pobj"
                        for r in (self.r.named(g) or self.town_country(g))
                        if r.kind == ActorKind.STATE
                    ]
                if len({r.code for r in states}) == 1:
                    span = self.r.char_span([head, war])
                    state = states[0]
                    return (
                        ActorRef(span.text, span, state.code, "", state.entity, ActorKind.ROLE, state.code),
                    )
        return ()

    def names_body(self, head: Token, kinds: tuple[str, ...] = ("igo", "group")) -> bool:
        """Whether a modifier of the head names an international body or a group ("the APEC forum"), or
        another of ``kinds``."""
        for child in children(head):
            if child.dep_ not in ("compound", "nmod", "amod", "poss"):
                continue
            hit = self.r.hits.get(child.i)
            if hit is not None and hit.best.kind in kinds:
                return True
        return False

    def names_staffer(self, head: Token) -> bool:
        """Whether the members or staff a head names belong to a body or state its modifiers name: "Hamas
        members", "UN staff", "Russian embassy staff", "a Chinese team"."""
        if self.names_body(head):
            return True
        for child in children(head):
            if child.dep_ not in ("compound", "amod", "nmod"):
                continue
            hit = self.r.hits.get(child.i)
            if hit is None:
                continue
            if hit.best.kind == "state":
                return True
            if hit.best.kind == "role" and self.r.matcher.role_kinds.get(hit.best.text.lower()) == (
                RoleKind.INSTITUTION
            ):
                return any(c.i in self.r.hits for c in children(child))  # "Russian embassy staff"
        return False

    def by_apposition(self, head: Token) -> tuple[ActorRef, ...]:
        """A name the knowledge base does not know, described by an apposition that names a country: "Ahmed
        Yusuf, a spokesman for the Somali government", "Omar Haddad, a member of the Syrian parliament"."""
        for appos in children(head):
            if appos.dep_ != "appos" or appos.i < head.i:
                continue
            span = self.r.char_span([head, appos])
            return tuple(
                ActorRef(span.text, span, ref.code, ref.sector, ref.entity, ActorKind.ROLE, ref.entity_id)
                for ref in self.r.actors(appos, agentive=True)
                if ref.code
            )
        if head.dep_ == "appos" and head.head.i < head.i and head.head.pos_ == "NOUN":
            # "the US hostage envoy, Adam Boehler, who met ...": the name the description before it gives
            described = head.head
            span = self.r.char_span([described, head])
            return tuple(
                ActorRef(span.text, span, ref.code, ref.sector, ref.entity, ActorKind.ROLE, ref.entity_id)
                for ref in self.r.actors(described, agentive=True)
                if ref.code
            )
        return ()

    def redescribed(self, head: Token) -> tuple[ActorRef, ...]:
        """'A court sentenced Brittney Griner ... after finding the American basketball player guilty': a
        person the knowledge base lacks, named again (in its sentence or the next, no other person named
        between) by a definite description that gives a nationality ("the American basketball player", "the
        31-year-old Australian"), is of that nation. Only nouns for private people describe the person
        again: an office ("the American ambassador") may be another person's."""
        if head.ent_type_ != "PERSON" or head.pos_ != "PROPN" or head.tag_ != "NNP":
            return ()
        doc = head.doc
        _, end = sentence_bounds(head)
        if end < len(doc):
            end = sentence_bounds(doc[end])[1]
        hits = self.r.hits
        for tok in doc[head.i + 1 : end]:
            own = hits.get(tok.i)
            # ("the Briton": a nationality standing for a person, which the tagger may take for a name)
            nationality = (
                own is not None and own.best.kind is ActorKind.STATE and own.best.form is FormKind.ADJECTIVE
            )
            if tok.ent_type_ == "PERSON" and not nationality:
                return ()  # another person named first
            if tok.tag_ not in ("NN", "NNP") or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in children(tok)
            ):
                continue
            if tok.lower_ not in _PRIVATE_PEOPLE and not nationality:
                continue
            if any(
                c.dep_ in ("appos", "compound", "flat") and c.ent_type_ == "PERSON" for c in children(tok)
            ):
                continue  # ("the American player Jane Doe": another name)
            states = [r for r in self.r.phrase(tok) if r.code in self.r.kb.states]
            if not states:
                continue
            span = self.r.char_span([head, *(c for c in children(head) if c.dep_ in _NAME_DEPS)])
            ref = states[0]
            return (
                ActorRef(span.text, span, ref.code, ref.sector, ref.entity, ActorKind.ROLE, ref.entity_id),
            )
        return ()

    def modifier_preps(self, head: Token) -> Iterator[tuple[Token, frozenset[str]]]:
        """The prepositions that may give an office or body its country, with the prepositions allowed: its
        own ("officials from China"), and those of a placing or allegiance modifier ("a newspaper based in
        Beirut", "forces loyal to Assad")."""
        for child in children(head):
            if child.dep_ == "prep":
                yield child, _COUNTRY_PREPS
            elif child.dep_ in ("acl", "amod", "relcl") and child.i > head.i:
                word = child.lower_
                allowed = (
                    _PLACE_PREPS
                    if word in _PLACED
                    else _ALLEGIANCE_PREPS
                    if word in _ALLEGIANT
                    else frozenset[str]()
                )
                if allowed:
                    for prep in children(child):
                        if prep.dep_ == "prep" and prep.lower_ in allowed:
                            yield prep, allowed

    def possessed(self, head: Token, sector: str, role_kind: RoleKind | None) -> tuple[ActorRef, ...]:
        """'its forces', 'their embassies', 'his government', 'the country's foreign minister': the owner's
        country with the role's sector (not for a relation: "his counterpart" is of another country)."""
        if is_relation(head):
            return ()
        for child in children(head):
            # ("the country's foreign minister"; "the South's forces": a compass word named as a state)
            described = (
                child.pos_ in ("NOUN", "PROPN")
                and child.i not in self.r.hits
                and child.lower_ in ENTITY_NOUNS
            )
            if child.dep_ != "poss" or (child.lower_ not in PRONOUNS and not described):
                continue
            span = self.r.char_span([child, head])
            owners = self.r.coref.resolve(child) or ()
            return tuple(
                ActorRef(
                    span.text,
                    span,
                    owner.code,
                    member_sector(sector, role_kind, owner),
                    owner.entity,
                    ActorKind.ROLE,
                    owner.entity_id,
                )
                for owner in owners
                if owner.code
            )
        return ()

    def country_of(
        self,
        head: Token,
        sector: str,
        role_kind: RoleKind | None,
        resolve: Callable[[Token], Iterable[ActorRef]],
    ) -> Iterator[ActorRef]:
        """An office or body whose country is given by a prepositional phrase: "officials from Nicaragua
        and China", "the government in Kabul", "representatives of the Taliban"."""
        # invasion forces and settlers are foreign where they are: "invasion forces in Panama", "settlers in
        # the West Bank" are not Panama's or Palestine's
        # (but "the foreign ministry in Moscow" is Moscow's: "foreign" names the office, not the stranger)
        foreign = sector == "SET" or any(
            c.dep_ in ("amod", "compound")
            and c.lower_ in _FOREIGN
            and not (c.lower_ == "foreign" and head.lemma_.lower() in _FOREIGN_OFFICES)
            for c in children(head)
        )
        for prep, allowed in self.modifier_preps(head):
            if foreign and prep.lower_ != "of":
                continue  # "invasion forces in Panama", "foreign troops from Iraq": not Panama's, not Iraq's
            speaks_for = (prep.lower_ == "for" and head.lemma_.lower() in _SPEAKERS) or (
                prep.lower_ == "to" and head.lemma_.lower() in _SERVING
            )  # "a spokesman for the Kremlin", "an aide to Putin"
            if prep.lower_ not in allowed and not speaks_for:
                continue
            for pobj in children(prep):
                if pobj.dep_ != "pobj":
                    continue
                inners = list(resolve(pobj))
                if not any(inner.code for inner in inners) and prep.lower_ in ("in", "from", "at"):
                    inners = self.town_country(pobj)  # "a court in Yekaterinburg"
                for inner in inners:
                    if inner.code:
                        # "officials from Nicaragua and China": one actor each, spanning up to its own name
                        named = self.r.doc.char_span(
                            inner.span.start, inner.span.end, alignment_mode="expand"
                        )
                        end = named.end if named is not None and named.end > head.i else head.i + 1
                        span = self.r.text_span(head.i, end)
                        yield ActorRef(
                            span.text,
                            span,
                            inner.code,
                            member_sector(sector, role_kind, inner),
                            inner.entity,
                            ActorKind.ROLE,
                            inner.entity_id,
                        )

    def town_country(self, name: Token) -> list[ActorRef]:
        """The state of a town named by a proper noun, when the gazetteer knows one clearly larger than any
        namesake: 'a court in Yekaterinburg' is a Russian court, 'protesters in Tehran' Iranian."""
        if name.pos_ != "PROPN" or name.ent_type_ not in ("GPE", "LOC", ""):
            return []
        tokens = [name, *(c for c in children(name) if c.dep_ in ("compound", "flat") and c.i < name.i)]
        span = self.r.char_span(tokens)
        candidates = sorted(
            (e for e in load_gazetteer().lookup(span.text) if e.feature_class == FeatureClass.PLACE),
            key=lambda e: -e.population,
        )
        if not candidates or candidates[0].population < _TOWN_POPULATION:
            return []
        first = candidates[0]
        if any(c.country != first.country and c.population * 5 > first.population for c in candidates[1:]):
            return []  # two towns of that name, neither clearly the one meant
        state = self.r.kb.states.get(first.country)
        if state is None:
            return []
        return [ActorRef(span.text, span, first.country, "", state.name, ActorKind.STATE, first.country)]

    def located(self, head: Token, ref: ActorRef) -> ActorRef:
        """'Albanians in southern Serbia', 'ethnic Turks demonstrated in Sweden', 'ethnic Albanian guerrillas
        operating in Macedonia': a people named by a demonym, or a group named by an "ethnic" one, is coded by
        the state where the text places it: in the phrase, or for an "ethnic" people also in its clause."""
        hit = self.r.hits.get(head.i)
        people = hit is not None and hit.best.form == FormKind.ADJECTIVE and head.tag_ in ("NNS", "NNPS")
        ethnic = self.ethnic(head)
        if not (people or ethnic) or ref.kind not in (ActorKind.STATE, ActorKind.ROLE):
            return ref
        if not ethnic and any(c.dep_ == "nummod" for c in children(head)):
            return ref  # ("the detention of two Britons in Iran": people counted are nationals, not a people)
        preps = [
            prep
            for prep, allowed in self.modifier_preps(head)
            if prep.lower_ in ("in", "of") or (allowed is _PLACE_PREPS and prep.lower_ in allowed)
        ]
        if ethnic and head.head.i != head.i:
            clause = [p for p in children(head.head) if p.dep_ == "prep" and p.lower_ in ("in", "at")]
            # "killed three ethnic Albanians in a gunbattle in southern Serbia"
            nested = [
                p
                for prep in clause
                for pobj in children(prep)
                if pobj.dep_ == "pobj"
                for p in children(pobj)
                if p.dep_ == "prep" and p.lower_ == "in"
            ]
            preps.extend(clause + nested)
        for prep in preps:
            for pobj in children(prep):
                place = [a for a in self.r.phrase(pobj) if a.kind == ActorKind.STATE and a.code != ref.code]
                if pobj.dep_ == "pobj" and place:
                    return ActorRef(
                        ref.text,
                        ref.span,
                        place[0].code,
                        ref.sector,
                        place[0].entity,
                        ref.kind,
                        place[0].entity_id,
                    )
        return ref

    def ethnic(self, head: Token) -> bool:
        """'ethnic Albanians', 'ethnic Serb civilians': the demonym names a people, not a nationality."""
        for child in children(head):
            if child.dep_ == "amod" and child.lower_ == "ethnic":
                return True
            if child.dep_ in ("amod", "compound") and child.i in self.r.hits:
                if any(c.dep_ == "amod" and c.lower_ == "ethnic" for c in children(child)):
                    return True
                if child.i > 0 and self.r.doc[child.i - 1].lower_ == "ethnic":
                    return True
        return False

    def beside_government(self, head: Token, sector: str) -> tuple[ActorRef, ...]:
        """'Maduro's government and the opposition', 'the government and rebels': a body of a state's own
        politics or society coordinated with that state's government is of that state."""
        if sector not in _DOMESTIC and sector not in ("REB", "INS"):
            return ()
        first = head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        codes = {
            ref.code
            for conj in (first, *first.conjuncts)
            if conj.i != head.i
            for ref in self.r.phrase(conj)
            if ref.sector == "GOV" and ref.code in self.r.kb.states
        }
        if len(codes) != 1:
            return ()
        code = codes.pop()
        span = self.r.char_span([head, *(c for c in children(head) if c.dep_ in ("det", "amod", "compound"))])
        return (ActorRef(span.text, span, code, sector, self.r.kb.states[code].name, ActorKind.ROLE, code),)

    def domestic(self, head: Token, ref: ActorRef) -> tuple[ActorRef, ...]:
        """A people or body of a state's own society without a country, on the receiving end of an act of
        that state's police, government or courts, is of that state: "Egyptian police opened fire to
        disperse fundamentalist demonstrators", "the government closed the opposition newspaper"; so is an
        office holder it arrests, tries or dismisses ("police arrested former Vice President Jorge Glas")."""
        if ref.code or head.dep_ not in _DONE_TO:
            return ()
        verb = head.head
        if not is_verbal(verb) or verb.lemma_.lower() in _TO_FOREIGNERS or head.i in self._asking:
            return ()
        if ref.sector not in _DOMESTIC and not (ref.sector in _OFFICES and verb.lemma_.lower() in _COERCIONS):
            return ()
        self._asking.add(head.i)
        try:
            agents = [a for s in subjects(verb) if s.i != head.i for a in self.r.actors(s, agentive=True)]
        finally:
            self._asking.discard(head.i)
        states = {a.code for a in agents if a.sector in _AUTHORITIES and a.code in self.r.kb.states}
        if len(states) != 1 or len(agents) != 1:
            return ()
        code = states.pop()
        return (
            ActorRef(ref.text, ref.span, code, ref.sector, self.r.kb.states[code].name, ActorKind.ROLE, code),
        )


def member_sector(sector: str, role_kind: RoleKind | None, owner: ActorRef) -> str:
    """The sector of a role held in or for ``owner``: a group's members and offices take the group's own
    sector ("Hamas fighters", "Taliban representatives"); its institutions keep theirs ("Taliban
    government")."""
    if owner.kind == ActorKind.GROUP and role_kind != RoleKind.INSTITUTION:
        return owner.sector
    return sector or owner.sector
