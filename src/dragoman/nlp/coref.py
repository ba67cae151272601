"""Within-article coreference for actor resolution: pronouns, surnames, titles and descriptions.

``DocCoref`` is built once per doc (on first use, by :class:`dragoman.nlp.actors.ActorResolver`) from the
doc's actor mentions in text order. It answers one question, :meth:`DocCoref.resolve`: which actors does
this token stand for, when its own words name none?

- pronouns (he, she, it, they, its, their, his, her ...): first the arguments of the clauses above the pronoun
  ("Nicaragua broke off ties, saying it ..."), then earlier mentions in the sentence, then the subject and the
  mentions of the two sentences before; number, person and gender must agree; a noun that is no actor but is
  the nearer fit ("criticised the call, saying it ...") blocks the search. First-person pronouns in reported
  speech stand for the speaker.
- surnames after a full name ("Kabulov" after "Zamir Kabulov"), also for people the knowledge base lacks;
- descriptions ("the envoy", "the alliance", "the two countries", "the move"): see
  :mod:`dragoman.nlp.descriptions`.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.attrs import LOWER
from spacy.tokens import Token

from dragoman.kb import RoleKind
from dragoman.model import ActorKind, ActorRef, CharSpan
from dragoman.nlp.descriptions import Descriptions, name_head
from dragoman.nlp.syntax import OBJECT_CONTROL, children, is_verbal, sentence_starts

if TYPE_CHECKING:
    from dragoman.nlp.actors import ActorResolver

_MASCULINE = frozenset({"he", "him", "his", "himself"})
_FEMININE = frozenset({"she", "her", "hers", "herself"})
_NEUTER = frozenset({"it", "its", "itself"})
_PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
# meetings a plural possessive may own as its two sides: "after their talks"
_ENCOUNTERS = frozenset({"talk", "talks", "meeting", "summit", "negotiation", "negotiations", "conversation"})
REFLEXIVE = frozenset({"itself", "themselves", "himself", "herself"})
_FIRST = frozenset({"i", "me", "my", "myself", "we", "us", "our", "ours", "ourselves"})
PRONOUNS = _MASCULINE | _FEMININE | _NEUTER | _PLURAL | _FIRST | {"you", "your"}
_SPEECH_VERBS = frozenset(
    {"say", "tell", "state", "add", "explain", "note", "announce", "insist", "stress", "emphasize"}
    | {"emphasise", "declare", "write", "warn", "argue", "claim", "reply", "respond", "tweet", "post"}
)
_MALE = frozenset({"mr", "mr.", "sir", "lord", "king", "prince", "emir", "sultan", "sheikh", "spokesman"})
_FEMALE = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "madam", "dame", "lady", "queen", "princess"})
_FEMALE_ROLES = frozenset({"spokeswoman", "congresswoman", "chairwoman", "businesswoman"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_NOT_PERSONS = frozenset({ActorKind.STATE, ActorKind.IGO, ActorKind.GROUP})
_OBJECTS = frozenset({"dobj", "obj", "dative"})
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "pobj"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_EXPLETIVE_HEADS = frozenset({"be", "seem", "appear", "become", "remain"})
# adjectives of an agent's disposition: "it is willing to", "it was prepared to", "it is opposed to"
_DISPOSITIONS = frozenset(
    {"willing", "unwilling", "ready", "prepared", "determined", "committed", "eager", "keen", "reluctant"}
    | {"able", "unable", "opposed", "intent", "poised", "resolved", "adamant", "open"}
)
# adjectives of a feeling: "it was concerned", "it is disappointed"
_FEELINGS = frozenset(
    {"concerned", "worried", "disappointed", "alarmed", "dismayed", "saddened", "shocked", "surprised"}
    | {
        "pleased",
        "satisfied",
        "grateful",
        "troubled",
        "outraged",
        "appalled",
        "angry",
        "unhappy",
        "confident",
    }
)
# verbs by which a state sends another's envoys away ("expelled its diplomats", "gave its diplomats 48
# hours to leave"), and the envoys
_EXPELLING = frozenset({"expel", "give", "declare", "order", "eject"})
_ENVOYS = frozenset({"diplomat", "ambassador", "envoy", "consul", "attache", "staff", "embassy"})
# Words by which an actor opposes an act ("condemning its offensive", "in protest at its strikes", "in
# response to its raid"): no one opposes its own act, so the act's owner is another actor than the opposer.
_OPPOSING = frozenset(
    {"protest", "condemn", "denounce", "criticise", "criticize", "deplore", "decry", "oppose", "response"}
    | {"retaliation", "reprisal", "outrage", "anger", "condemnation", "denunciation"}
)
_OPPOSING_PREPS = frozenset({"at", "against", "over", "to", "of"})
_WINDOW = 2  # sentences before a pronoun's own in which its antecedent is looked for
_MAX_DEPTH = 40  # expressions resolved at once, one through another


@dataclass(frozen=True, slots=True)
class _Mention:
    """A noun phrase of the doc that names, or may name, an actor, in text order (its actors and titles
    are worked out when a search first looks at it)."""

    head: int
    sentence: int
    person: bool
    surname: str  # the last word of a person's name, else ""
    # the first word of a person's name of two words or more ("Isaias" of "Isaias Afwerki"), else ""
    given: str
    coordination: int  # token index of the first of the conjuncts it belongs to


@dataclass(frozen=True, slots=True)
class _Features:
    person: bool
    plural: bool
    group: bool
    gender: str  # "m", "f" or "" (unknown)


class DocCoref:
    """The coreference index of one doc: mentions in text order and the answers already given."""

    def __init__(self, resolver: ActorResolver) -> None:
        self.r = resolver
        self.doc = resolver.doc
        self._descriptions = Descriptions(self)
        self._memo: dict[int, tuple[ActorRef, ...] | None] = {}
        self._busy: set[int] = set()
        self._genders: dict[str, str] = {}
        self._gendered: list[int] | None = None
        self._gender_next = 0  # the first gendered pronoun not yet resolved in text order
        self._mentions: list[_Mention] | None = None
        self._heads: list[int] = []
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._titles_of: dict[int, frozenset[str]] = {}
        self._skip: frozenset[str] = frozenset()  # codes an antecedent may not have (see ``other_than``)

    # -- public -----------------------------------------------------------------------------------------
    def resolve(self, token: Token) -> tuple[ActorRef, ...] | None:
        """The actors ``token`` stands for by coreference, anchored at it; ``None`` when the token is not a
        referring pronoun, surname, title or description (an empty tuple: it is one, without an antecedent
        that is a known actor)."""
        if token.i in self._memo:
            return self._memo[token.i]
        if token.i in self._busy or len(self._busy) > _MAX_DEPTH:
            return ()  # a cycle, or a chain of pronouns too long to follow
        self._busy.add(token.i)
        try:
            found = self._resolve(token)
        finally:
            self._busy.discard(token.i)
        self._memo[token.i] = found
        return found

    # -- dispatch ---------------------------------------------------------------------------------------
    def _resolve(self, token: Token) -> tuple[ActorRef, ...] | None:
        lower = token.lower_
        if lower in PRONOUNS and token.i not in self.r.hits:
            if token.pos_ != "PRON" and token.tag_ not in ("PRP", "PRP$"):
                return None
            return self._pronoun(token)
        if lower == "other" and token.dep_ in _ARGUMENTS and any(c.lower_ == "the" for c in children(token)):
            return self._descriptions.other(token)  # "each side accused the other"
        if token.pos_ not in ("NOUN", "PROPN") and not (token.pos_ == "NUM" and token.dep_ in _ARGUMENTS):
            return None  # (a count standing alone may refer back: "the two pledged to ...")
        described = self._descriptions.describe(token)
        if described is not None:
            return described
        if token.text[:1].isupper() and token.i not in self.r.hits:
            return self._surname(token)  # also a surname the tagger took for a noun ("Morrow denied")
        return None

    # -- the index --------------------------------------------------------------------------------------
    @property
    def mentions(self) -> list[_Mention]:
        """The doc's mentions in text order, indexed on first use."""
        if self._mentions is None:
            self._mentions = self._index()
            self._heads = [m.head for m in self._mentions]
        return self._mentions

    def sentence(self, i: int) -> int:
        if not self._starts:  # filled in place: callers may hold the lists
            self._starts.extend(sentence_starts(self.doc))
            self._ends.extend([*self._starts[1:], len(self.doc)])
        return bisect.bisect_right(self._starts, i) - 1

    def _np_head(self, token: Token) -> Token:
        from dragoman.nlp.actors import INNER_DEPS

        tok = token
        while tok.dep_ in INNER_DEPS and tok.head.i != tok.i:
            if tok.dep_ == "appos" and self.r.names_entity(tok) and self.r.names_entity(tok.head):
                break  # a list of names, not a description
            tok = tok.head
        return tok

    def _index(self) -> list[_Mention]:
        doc = self.doc
        heads: dict[int, Token] = {}
        names: dict[
            int, Token
        ] = {}  # a person's name in a phrase headed by a title ("his counterpart Penny Wong")
        for hit in {h.start: h for h in self.r.hits.values()}.values():
            root = doc[hit.start]
            if hit.end - hit.start > 1:
                root = doc[hit.start : hit.end].root
            head = self._np_head(root)
            heads[head.i] = head
            if hit.best.kind == "person" and root.pos_ == "PROPN" and head.i != root.i:
                names.setdefault(head.i, root)
        for ent in self.r.ents:
            if ent.label_ == "PERSON":
                head = self._np_head(ent.root)
                heads[head.i] = head
                if ent.root.pos_ == "PROPN" and head.i != ent.root.i:
                    names.setdefault(head.i, ent.root)
        mentions: list[_Mention] = []
        for i in sorted(heads):
            head = heads[i]
            own = self.r.hits.get(i)
            person = head.ent_type_ == "PERSON" or (own is not None and own.best.kind == "person")
            role = self.head_role(head)
            if role is not None and role[1] == RoleKind.OFFICE and head.tag_ != "NNS":
                person = True
            # a person the knowledge base lacks: "Vinatier, a French researcher", "the French researcher
            # Laurent Vinatier" (whose surname is in apposition)
            unlisted = self.r.structure.unlisted_person(head)
            surname = head.text if (person or unlisted) and head.pos_ == "PROPN" else ""
            if not surname and i in names:
                person, surname = True, names[i].text
            if unlisted is not None:
                person = True
                surname = surname or unlisted.text
            name = names.get(i, head)
            given = ""
            if surname and name.pos_ == "PROPN":
                first = min(
                    (
                        c
                        for c in children(name)
                        if c.dep_ in ("compound", "flat")
                        and c.pos_ == "PROPN"
                        and (c.ent_type_ == "PERSON" or self.head_role(c) is None)
                    ),
                    key=lambda c: c.i,
                    default=None,
                )
                given = first.text if first is not None else ""
            mentions.append(
                _Mention(
                    head=i,
                    sentence=self.sentence(i),
                    person=person,
                    surname=surname,
                    given=given,
                    coordination=min([i, *(c.i for c in head.conjuncts)]),
                )
            )
        return mentions

    def refs(self, m: _Mention) -> tuple[ActorRef, ...]:
        """The coded actors a mention's own words name."""
        return tuple(ref for ref in self.r.phrase(self.doc[m.head]) if ref.code)

    def head_role(self, head: Token) -> tuple[str, RoleKind | None] | None:
        hit = self.r.hits.get(head.i)
        if hit is None or hit.best.kind != "role":
            return None
        phrase = hit.best.text.lower()
        return phrase, self.r.matcher.role_kinds.get(phrase)

    def titles(self, m: _Mention) -> frozenset[str]:
        """Role phrases said of a mention: its role words, its person's role, its body's head noun."""
        found = self._titles_of.get(m.head)
        if found is not None:
            return found
        head = self.doc[m.head]
        titles: set[str] = set()
        for tok in (head, *(c for c in children(head) if c.dep_ not in ("conj", "cc", "appos"))):
            hit = self.r.hits.get(tok.i)
            if hit is not None:
                titles.update(f.text.lower() for f in hit.forms if f.kind == "role")
        for ref in self.refs(m):
            if ref.kind == ActorKind.PERSON and ref.entity_id in self.r.kb.people:
                spell = self.r.kb.person_role(ref.entity_id, self.r.on)
                if spell is not None:
                    role = spell[0].role.lower()
                    titles.add(role)
                    titles.add(role.split(" of ")[0].split(" for ")[0].split(" to ")[0])
            if ref.kind in (ActorKind.IGO, ActorKind.GROUP) and ref.entity:
                titles.add(name_head(ref.entity))
        result = frozenset(titles)
        self._titles_of[m.head] = result
        return result

    def between(self, start: int, end: int) -> list[_Mention]:
        """The mentions whose heads lie in tokens [start, end)."""
        mentions = self.mentions
        lo = bisect.bisect_left(self._heads, start)
        hi = bisect.bisect_left(self._heads, end)
        return mentions[lo:hi]

    def in_sentence(self, index: int, before: int | None = None) -> list[_Mention]:
        end = self._ends[index]
        return self.between(self._starts[index], end if before is None else min(before, end))

    def is_act(self, token: Token) -> bool:
        """Whether a noun is an act that stands for its author ("the raids"): see ``Descriptions.is_act``."""
        return self._descriptions.is_act(token)

    def act_author(self, token: Token) -> tuple[ActorRef, ...]:
        """Who did the act a noun names ("any such raid"), else nothing (see Descriptions.author)."""
        return self._descriptions.author(token)

    def is_pronoun(self, token: Token) -> bool:
        return token.lower_ in PRONOUNS and token.i not in self.r.hits

    def is_speech_verb(self, verb: Token) -> bool:
        return verb.lemma_.lower() in _SPEECH_VERBS

    def sentence_start(self, index: int) -> int:
        return self._starts[index]

    def root(self, index: int) -> Token:
        return self.doc[self._starts[index] : self._ends[index]].root

    # -- pronouns ---------------------------------------------------------------------------------------
    def _pronoun(self, p: Token) -> tuple[ActorRef, ...]:
        lower = p.lower_
        if lower in _FIRST:
            return self.anchored(self._speaker(p), p)
        if lower in _NEUTER and self._expletive(p):
            return ()
        if lower in REFLEXIVE and p.dep_ in ("dobj", "obj", "pobj", "dative"):
            # ("to help Taiwan defend itself", "the two sides committed themselves to ..."): a reflexive
            # object is its own clause's subject
            verb = p.head.head if p.dep_ == "pobj" else p.head
            if is_verbal(verb):
                bound = [r for s in self.subjects(verb) if s.i != p.i for r in self.r.actors(s) if r.code]
                if bound:
                    return self.anchored(bound, p)
        want = "m" if lower in _MASCULINE else "f" if lower in _FEMININE else "n" if lower in _NEUTER else "p"
        opposer = self._opposer(p) if want in ("n", "p") else None
        if opposer is not None:
            # "Bolivia cut ties with Israel in protest at its offensive": its is not Bolivia's
            found = self.other_than(p, opposer)
            if found:
                return found
        if want in ("m", "f"):
            self._learn_genders_before(p.i)
        found = self.antecedent(p, want)
        if not found and want == "p":
            found = self._subject_and_object(p)
        if not found and want == "p" and p.dep_ == "poss" and p.head.lemma_.lower() in _ENCOUNTERS:
            # "Yoon arrived in Tokyo, and Kishida said after their talks ...": the owners of a meeting are
            # the two actors named last
            found = self._descriptions.pair(p)
        if found and want in ("m", "f"):
            for ref in found:
                self._genders.setdefault(_key(ref), want)
        return self.anchored(found, p)

    def _subject_and_object(self, p: Token) -> tuple[ActorRef, ...]:
        """'Trump hailed Kim after their summit': a plural pronoun with no plural antecedent stands for the
        subject and the object of the clause it belongs to, when they name two different actors."""
        verb = p.head
        while not is_verbal(verb) and verb.head.i != verb.i:
            verb = verb.head
        if not is_verbal(verb) or verb.i > p.i:
            return ()
        kids = children(verb)
        pair = [c for c in kids if c.dep_ == "nsubj"][:1] + [c for c in kids if c.dep_ in ("dobj", "obj")][:1]
        if len(pair) != 2 or any(t.lower_ in _PLURAL for t in pair):
            return ()
        refs = [r for t in pair for r in self.r.actors(t) if r.code][:2]
        if len(refs) != 2 or refs[0].code == refs[1].code:
            return ()
        return tuple(refs)

    def _opposer(self, p: Token) -> frozenset[str]:
        """The codes of the actor that opposes the act a possessive pronoun owns ("X cut ties with Y in
        protest at its offensive", "condemning its strikes", "over its raid"); none if it opposes nothing."""
        t = p.head
        if (
            p.dep_ == "poss"
            and t.lemma_.lower() in _ENVOYS
            and t.dep_ in ("dobj", "obj", "dative")
            and t.head.lemma_.lower() in _EXPELLING
        ):
            # "broke off relations with Belgium and gave its diplomats 48 hours to leave": no state expels
            # its own envoys
            return frozenset(r.code for s in self.subjects(t.head) for r in self.r.actors(s) if r.code)
        if p.dep_ != "poss" or not self._descriptions.is_act(t):
            return frozenset()
        verb: Token | None = None
        opposing = False
        for _ in range(4):
            head = t.head
            if t.dep_ in _OBJECTS and head.lemma_.lower() in _OPPOSING and head.pos_ == "VERB":
                verb = head  # "condemning its offensive"
                break
            if t.dep_ != "pobj" or head.dep_ != "prep":
                break
            holder = head.head
            if holder.pos_ == "VERB" and (opposing or head.lower_ == "over"):
                verb = holder  # "cut ties in protest at its offensive", "cut ties over its offensive"
                break
            if head.lower_ not in _OPPOSING_PREPS or holder.lemma_.lower() not in _OPPOSING:
                break
            if holder.pos_ == "VERB":
                verb = holder  # "protested against its strikes"
                break
            opposing, t = True, holder
        while verb is not None and not self.subjects(verb) and verb.dep_ in ("advcl", "xcomp", "conj"):
            verb = verb.head  # "..., condemning its offensive": the participle's subject is its clause's
        if verb is None:
            return frozenset()
        return frozenset(
            r.code for s in self.subjects(verb) if s.i != p.i for r in self.r.actors(s) if r.code
        )

    def other_than(self, p: Token, codes: frozenset[str]) -> tuple[ActorRef, ...]:
        """The antecedent of pronoun ``p`` among actors other than ``codes``: "India had shelled its border
        posts, Pakistan said" (a state does not shell its own posts: its is Pakistan)."""
        lower = p.lower_
        want = "n" if lower in _NEUTER else "p" if lower in _PLURAL else ""
        if not want or p.i in self.r.hits:
            return ()
        self._skip = codes
        try:
            return self.anchored(self.antecedent(p, want), p)
        finally:
            self._skip = frozenset()

    def antecedent(self, p: Token, want: str) -> tuple[ActorRef, ...]:
        excluded: set[int] = set()
        if p.dep_ == "nsubj" and p.head.lemma_.lower() in ("say", "add", "tell") and p.head.i > p.i:
            # ("Russia would decide its next steps once Donald Trump took office, he said": who speaks is not
            # someone named in what he says)
            excluded |= {t.i for c in children(p.head) if c.dep_ == "ccomp" and c.i < p.i for t in c.subtree}
        # a noun that is no actor blocks the search for a subject or object pronoun ("criticised the call,
        # saying it ..."), not for a possessive: "deploring its invasion and the withdrawal of its forces"
        # (nor for the object of a verb of accusing: "imposed sanctions on two officials, accusing them of
        # corruption": things are not accused)
        blocking = p.dep_ != "poss" and not (
            p.dep_ in _OBJECTS and p.head.lemma_.lower() in ("accuse", "blame", "charge", "suspect")
        )
        # ("signing a joint communique in Beijing a day after it ended its ties with Taiwan": the doer of an
        # act told in a clause of time is no thing an earlier verb acted on; "the aircraft being hit before it
        # landed": a thing that acted may be)
        timed = p.dep_ in _SUBJECTS and any(
            c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in children(p.head)
        )
        if p.dep_ == "poss" and p.head.dep_ == "conj" and p.head.head.i < p.i:
            # "Sergei Skripal and his daughter", "Putin and his aides": the first conjunct owns the second
            verdict = self._try(p.head.head, want, False)
            if verdict is not None:
                return verdict
        for cand in self._structural(p, excluded):
            verdict = self._try(cand, want, blocking and not (timed and cand.dep_ in _OBJECTS))
            if verdict is not None:
                return verdict
        s = self.sentence(p.i)
        for m in reversed(self.in_sentence(s, before=p.i)):
            if m.head not in excluded:
                verdict = self._try(self.doc[m.head], want, False)
                if verdict is not None:
                    return verdict
        for back in range(1, _WINDOW + 1):
            if s - back < 0:
                break
            root = self.root(s - back)
            for subj in self.subjects(root):
                verdict = self._try(subj, want, blocking)
                if verdict is not None:
                    return verdict
            for m in self.in_sentence(s - back):
                verdict = self._try(self.doc[m.head], want, False)
                if verdict is not None:
                    return verdict
        return ()

    def government(self, p: Token) -> tuple[ActorRef, ...]:
        """The state whose organ a bare description of one is ("the foreign ministry", "the Foreign Office",
        "the government"): as a reader takes it, the state of the nearest agent the text is about, searched
        as for a pronoun (the clauses above, the sentence before it, the subjects and then the mentions of
        the two sentences before). Unlike a pronoun's, the search passes over what names no single state: a
        noun that is no actor, an act standing for its author ("the raids"), an international body, a pair
        of states; and the agent of the description's own verb ("Paris called the government illegitimate")
        is not its state, nor is the state its subject's verb acts on ("the junta accused Paris")."""
        excluded: set[int] = set()
        acted_on: set[str] = set()
        if p.dep_ in _SUBJECTS and p.head.i != p.i:
            acted_on = {
                r.code
                for o in children(p.head)
                if o.dep_ in ("dobj", "obj")
                # (a name, not an act: "confirmed the attack"; or a named state's envoy: "the Foreign Office
                # summoned Iran's ambassador")
                for n in ([o] if o.pos_ == "PROPN" else [c for c in children(o) if c.dep_ == "poss"])
                if n.pos_ == "PROPN"
                for r in self.r.actors(n)
            }
        for cand in self._structural(p, excluded):
            found = self._state_of(cand)
            if found and found[0].code not in acted_on:
                return found
        if p.dep_ in _SUBJECTS and p.head.i != p.i:
            # "Poland will expel two Russian diplomats, the foreign ministry said": the speaker is of the
            # reported clause's subject, not of the nearest name
            # (and of the subject of what it says its state is or feels: "Trade Minister Simon Birmingham
            # said Canberra was deeply disappointed")
            for clause in children(p.head):
                if clause.dep_ == "ccomp" and (clause.i < p.i or stative(clause)):
                    for subj in self.subjects(clause):
                        found = self._state_of(subj)
                        if found and found[0].code not in acted_on:
                            return found
        s = self.sentence(p.i)
        for m in reversed(self.in_sentence(s, before=p.i)):
            if m.head not in excluded:
                found = self._state_of(self.doc[m.head])
                if found and found[0].code not in acted_on:
                    return found
        for back in range(1, _WINDOW + 1):
            if s - back < 0:
                break
            for subj in self.subjects(self.root(s - back)):
                found = self._state_of(subj)
                if found and found[0].code not in acted_on:
                    return found
            for m in self.in_sentence(s - back):
                found = self._state_of(self.doc[m.head])
                if found and found[0].code not in acted_on:
                    return found
        return ()

    def _state_of(self, cand: Token) -> tuple[ActorRef, ...]:
        """The one state a candidate agent names, else nothing (see :meth:`government`)."""
        if cand.lower_ in _RELATIVE and cand.head.dep_ == "relcl":
            cand = cand.head.head
        if self._descriptions.is_act(cand) and not any(r.code for r in self.r.phrase(cand)):
            return ()  # "the raids" stands for an author found elsewhere (not "Myanmar air strikes")
        # (a body named beside a state is no state: "the United States and the European Union lifted ...")
        refs = [r for r in self.r.actors(cand) if r.code and r.kind is not ActorKind.IGO]
        codes = {r.code for r in refs}
        if len(codes) != 1 or not codes <= self.r.kb.states.keys():
            return ()
        return (refs[0],)

    def _structural(self, p: Token, excluded: set[int]) -> Iterator[Token]:
        """The arguments of the clauses above ``p``, nearest clause first: subjects, then objects. A
        non-possessive pronoun cannot be bound by the subject of its own verb or of the verbs that control
        it ("Scholz spoke with Putin, urging him to ...": him is not Scholz)."""
        # ("rejected the request for arrest warrants against him": a pronoun inside a noun's phrase may be its
        # clause's subject)
        bound = p.dep_ != "poss" and not (p.dep_ == "pobj" and p.head.head.pos_ == "NOUN")
        summary = p.head.dep_ == "appos" or (
            # (an apposition the parser takes for a conjunct with no conjunction: "an inquiry, its veto")
            p.head.dep_ == "conj" and not any(c.dep_ == "cc" for c in children(p.head.head))
        )
        if p.dep_ == "poss" and summary and self._descriptions.is_act(p.head):
            # "Russia vetoed a draft that would have required Syria to ..., its eighth veto since 2011": an
            # act in apposition sums up its clause's act, owned by that clause's subject
            clause = p.head.head
            while clause.head.i != clause.i and not (
                clause.pos_ in ("VERB", "AUX") and clause.dep_ in ("ROOT", "ccomp", "advcl", "conj")
            ):
                clause = clause.head
            if clause.pos_ in ("VERB", "AUX"):
                yield from self.subjects(clause)
        child, t = p, p.head
        while True:
            if (
                t.pos_ in ("VERB", "AUX")
                and p.dep_ == "poss"
                and child.dep_ in _SUBJECTS
                and self.is_speech_verb(t)
            ):
                # "Niger's government revoked the agreement ..., its spokesman said": the speaker's owner is
                # the subject of the words reported before it
                for clause in children(t):
                    if clause.dep_ == "ccomp" and clause.i < p.i:
                        yield from self.subjects(clause)
            if t.pos_ in ("VERB", "AUX"):
                subjects = self.subjects(t)
                own_subject = any(c.head.i == t.i for c in subjects)
                # "X was its representative": the subject of a copula does not own its predicate
                predicate = child.dep_ in ("attr", "acomp")
                objects = [o for o in children(t) if o.dep_ in _OBJECTS and o.i < p.i and o.i != child.i]
                if subjects and not own_subject and t.dep_ == "advcl":
                    # ("accusing the Mexican government of meddling after it granted asylum": a participle's
                    # object before the subject it shares with its clause)
                    yield from objects
                    objects = []
                for subj in subjects:
                    if subj.i == child.i or subj.i == p.i:
                        continue
                    if bound or predicate:
                        excluded.add(subj.i)
                        continue
                    yield subj
                    # ("Erdogan's office said he had accepted the apology": an office speaks for its owner)
                    yield from (c for c in children(subj) if c.dep_ == "poss" and c.ent_type_ == "PERSON")
                yield from objects
                # ("filed a case against the UAE at the court, accusing it of complicity": whom an act is
                # brought against, before a place named after it)
                yield from (
                    g
                    for host in (t, *objects)
                    for prep in children(host)
                    if prep.dep_ == "prep" and prep.lower_ == "against" and prep.i < p.i
                    for g in children(prep)
                    if g.dep_ == "pobj"
                )
                if own_subject:
                    bound = False
            if t.head.i == t.i:
                return
            child, t = t, t.head

    def subjects(self, verb: Token) -> list[Token]:
        """The subjects of a verb, inherited along coordinations, infinitives and participles ("..., signing
        a communique") it lacks one for."""
        t = verb
        for _ in range(4):
            subj = [c for c in children(t) if c.dep_ in _SUBJECTS]
            if subj:
                return subj
            participle = t.dep_ == "advcl" and t.tag_ == "VBG" and is_verbal(t.head)
            # (the parser may take an appeal's infinitive for a clause of purpose: "called on Moscow to free")
            appeal = t.dep_ == "advcl" and t.tag_ == "VB" and t.head.lemma_.lower() in ("call", "appeal")
            if (t.dep_ not in ("conj", "xcomp") and not participle and not appeal) or t.head.i == t.i:
                return []
            if t.dep_ == "xcomp" or appeal:
                controller = [c for c in children(t.head) if c.dep_ in ("dobj", "obj")]
                if controller and t.head.lemma_.lower() in OBJECT_CONTROL:
                    return controller  # "ordered the United States to leave a base it has used"
                if t.head.lemma_.lower() in ("call", "appeal"):
                    # ("called on Moscow to free the crew it had detained": whom the appeal is made to)
                    addressed = [
                        g
                        for c in children(t.head)
                        if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to") and c.i < t.i
                        for g in children(c)
                        if g.dep_ == "pobj"
                    ]
                    if addressed:
                        return addressed
            if (
                t.dep_ == "conj"
                and t.head.dep_ == "ccomp"
                and self.is_speech_verb(t)
                and self.is_speech_verb(t.head.head)
                and any(c.dep_ == "ccomp" for c in children(t))
            ):
                t = t.head.head  # "said the North would bear ... and warned that it would": the speaker's
                continue
            t = t.head
        return []

    def _try(self, cand: Token, want: str, blocks: bool) -> tuple[ActorRef, ...] | None:
        """The candidate's actors if it fits the pronoun; ``()`` if it fits but is no known actor (a
        person without a country, or, when ``blocks``, a nearer noun); ``None`` to look further."""
        if cand.lower_ in _RELATIVE and cand.head.dep_ == "relcl":
            cand = cand.head.head
        if want == "p" and cand.dep_ == "conj":
            # "relations with Congo and Costa Rica over their ties": the coordination, not its last member
            cand = min((cand, *cand.conjuncts), key=lambda t: t.i)
        refs = tuple(self.r.actors(cand))
        if refs and self._skip and all(r.code in self._skip for r in refs):
            return None
        feats = self._features(cand, refs)
        if not _fits(feats, want):
            return None
        if refs:
            return refs
        if feats.person or (blocks and cand.pos_ in ("NOUN", "PROPN")):
            return ()
        return None

    def _features(self, token: Token, refs: Sequence[ActorRef]) -> _Features:
        lower = token.lower_
        kinds = {ref.kind for ref in refs}
        role = self.head_role(token)
        person = (
            lower in _MASCULINE
            or lower in _FEMININE
            # the small model tags some states as people ("Austria said it ..."): the knowledge base wins
            or (token.ent_type_ == "PERSON" and not (kinds and kinds <= _NOT_PERSONS))
            or ActorKind.PERSON in kinds
            or (role is not None and role[1] == RoleKind.OFFICE and token.tag_ != "NNS")
        ) and not (
            # ("The Trump administration said it would ...": an institution named after its head is no person)
            role is not None and role[1] == RoleKind.INSTITUTION and token.ent_type_ != "PERSON"
        )
        # (a state's plural name is one state: "the United Arab Emirates ..., accusing it of complicity")
        one_state = (
            token.tag_ == "NNPS"
            and token.ent_type_ == "GPE"  # (not a people: "Bosnian Serbs said their forces ...")
            and kinds == {ActorKind.STATE}
            and len({r.code for r in refs}) == 1
        )
        plural = (
            (token.tag_ in ("NNS", "NNPS") and not one_state)
            or lower in _PLURAL
            or len({ref.code for ref in refs}) > 1
            or bool(token.conjuncts)
        )
        gender = "m" if lower in _MASCULINE else "f" if lower in _FEMININE else ""
        if not gender and person:
            words = {t.lower_ for t in (token, *children(token))}
            if role is not None:
                words.update(role[0].split())
            gender = "f" if words & (_FEMALE | _FEMALE_ROLES) else "m" if words & _MALE else ""
            if not gender:
                gender = next((self._genders[_key(r)] for r in refs if _key(r) in self._genders), "")
        return _Features(person=person, plural=plural, group=ActorKind.GROUP in kinds, gender=gender)

    def _learn_genders_before(self, end: int) -> None:
        """Resolve the gendered pronouns before ``end`` first, in text order, so that 'she' ... 'his' keep
        apart (each one then finds the ones before it done: no deep recursion on long articles)."""
        if self._gendered is None:
            # (read off the doc's array of lower-case forms: iterating the doc builds a Token per word)
            strings = self.doc.vocab.strings
            gendered = {strings[w] for w in _MASCULINE | _FEMININE if w in strings}
            lowers = self.doc.to_array(LOWER).tolist()
            self._gendered = [i for i, lower in enumerate(lowers) if lower in gendered]
        while self._gender_next < len(self._gendered) and self._gendered[self._gender_next] < end:
            i = self._gendered[self._gender_next]
            self._gender_next += 1
            self.resolve(self.doc[i])

    def _expletive(self, p: Token) -> bool:
        """'it was clear that ...', 'it is time to ...': no referent."""
        head = p.head
        if p.dep_ != "nsubj" or head.lemma_.lower() not in _EXPLETIVE_HEADS:
            return False
        if any(
            c.dep_ == "acomp" and (c.lemma_.lower() in _DISPOSITIONS or c.lower_ in _FEELINGS)
            for c in children(head)
        ):
            # "Syria says it is willing to withdraw", "Beijing said it was seriously concerned": a disposition
            # or a feeling has a bearer
            return False
        deps = {c.dep_ for c in children(head)}
        return bool(deps & {"acomp", "ccomp", "xcomp"}) or any(
            c.dep_ == "attr" and c.lower_ == "time" for c in children(head)
        )

    def _speaker(self, p: Token) -> tuple[ActorRef, ...]:
        """'"our interaction", he stated': a first-person pronoun in reported speech is the speaker."""
        t = p
        while t.head.i != t.i:
            t = t.head
            if t.pos_ == "VERB" and t.lemma_.lower() in _SPEECH_VERBS:
                for subj in children(t):
                    if subj.dep_ in _SUBJECTS and subj.i != p.i and subj.lower_ not in _FIRST:
                        return tuple(self.r.actors(subj))
        return ()

    # -- surnames, titles, descriptions -----------------------------------------------------------------
    def _surname(self, token: Token) -> tuple[ActorRef, ...] | None:
        if any(c.dep_ in ("compound", "flat") and c.pos_ == "PROPN" for c in children(token)):
            return None
        earlier = self.between(0, token.i)
        for m in reversed(earlier):
            if m.surname == token.text and m.head != token.i:
                # (a person the knowledge base lacks, whom the story described after naming him)
                refs = self.refs(m) or self.r.structure.redescribed(self.doc[m.head])
                return self.anchored(refs, token)
        # ("Isaias Afwerki ... Isaias", "Abiy Ahmed ... Abiy": names by which the first word is the one used)
        for m in reversed(earlier):
            if m.given == token.text and m.head != token.i:
                return self.anchored(self.refs(m), token)
        return None

    # -- helpers ----------------------------------------------------------------------------------------
    def as_states(self, refs: Sequence[ActorRef]) -> tuple[ActorRef, ...]:
        """The states (or bodies) the actors belong to, as wholes: "their countries", "the two nations"."""
        out: list[ActorRef] = []
        for ref in _distinct(refs):
            state = self.r.kb.states.get(ref.code)
            if state is None:
                out.append(ref)
            else:
                out.append(ActorRef(ref.text, ref.span, ref.code, "", state.name, ActorKind.STATE, ref.code))
        return tuple(out)

    def anchored(self, refs: Sequence[ActorRef], token: Token) -> tuple[ActorRef, ...]:
        """The antecedent's actors, with the text and span of the expression that refers to them."""
        tokens = [token, *(c for c in children(token) if c.dep_ in ("det", "nummod", "predet", "poss"))]
        span: CharSpan = self.r.char_span(tokens)
        return tuple(
            ActorRef(span.text, span, ref.code, ref.sector, ref.entity, ref.kind, ref.entity_id)
            for ref in refs
            if ref.code
        )


# conjunctions of a clause of time
_TIME_MARKS = frozenset({"after", "before", "since", "until", "when", "while", "once"})


def _fits(feats: _Features, want: str) -> bool:
    if want == "any":
        return True
    if want in ("m", "f"):
        return feats.person and feats.gender in ("", want)
    if want == "n":
        return not feats.person and (not feats.plural or feats.group)
    return feats.plural or feats.group


def _key(ref: ActorRef) -> str:
    return ref.entity_id or ref.entity or ref.text


def _distinct(refs: Sequence[ActorRef]) -> list[ActorRef]:
    out: list[ActorRef] = []
    for ref in refs:
        if ref.code and all(r.code != ref.code for r in out):
            out.append(ref)
    return out


def stative(clause: Token) -> bool:
    """Whether a clause tells what its subject is or feels ("Canberra was deeply disappointed", "Moscow
    remained open to dialogue"), not what it did."""
    return clause.lemma_.lower() in ("be", "remain") or any(c.dep_ == "auxpass" for c in children(clause))
