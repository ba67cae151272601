"""Descriptions that refer back: "the envoy", "the court", "the alliance", "the two countries", "the move".

Part of the coreference of :mod:`dragoman.nlp.coref`: :class:`Descriptions` answers for a definite noun
phrase whose own words name no actor, using the doc's mention index held by :class:`DocCoref`.

- titles ("the envoy", "the minister", "the court"): the latest mention holding that title or named so; "the
  military" the latest actor of that sector; "the government", "the authorities" the government of the actor
  the text is about;
- descriptors ("the alliance", "the bloc", "the kingdom", "the island"): the latest mention of a fitting
  entity, per the descriptor table ``data/descriptors.v1.tsv``; "their countries" the pronoun's countries;
- "the two countries", "both sides", "the two leaders": the pair most recently named together;
- acts and statements ("Moscow dismissed the move", "Delhi rejected the allegations"): their author.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Token

from dragoman.kb import RoleKind
from dragoman.kb.regions import land_neighbours, region_states
from dragoman.model import ActorKind, ActorRef
from dragoman.nlp.descriptors import Descriptor, load_descriptors
from dragoman.nlp.syntax import ACCORDS, children, prep_objects

if TYPE_CHECKING:
    from dragoman.kb import State
    from dragoman.nlp.coref import DocCoref, _Mention

_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4}
_DEFINITE = frozenset({"the", "both", "each"})
# Compass words that name a state only capitalised, as a description: "the North", "the South" (Korea).
_COMPASS = frozenset({"north", "south"})
# nouns of a state that borders its owner's: "its neighbour", "their neighbours"
_BORDERING = frozenset({"neighbour", "neighbours", "neighbor", "neighbors"})
# nouns of whoever received their owner, or whom their owner received: "Modi thanked his host", "awarded
# his guest the country's highest order"
_HOSTING = frozenset({"host", "hosts", "guest", "guests", "visitor", "visitors"})
_DEMONSTRATIVE = frozenset({"this", "that", "these", "those"})
_SPECIFYING = frozenset({"of", "from", "in"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Verbs whose "of" tells the charge, which the parser may hang on the object: "accused the agency of bias".
_ACCUSATIONS = frozenset(
    {"claim", "claims", "charge", "charges", "accusation", "accusations", "allegation", "allegations"}
)
_ACCUSING = frozenset({"accuse", "allege", "charge", "blame"})
_CHARGING = frozenset({"accuse", "suspect", "convict", "acquit", "clear"})
_OBJECTS = frozenset({"dobj", "obj", "dative"})
_TITLE_MODIFIERS = frozenset({"vice", "deputy", "former", "assistant", "under", "junior", "ex"})
_WINDOW = 2  # sentences before the description in which an earlier mention of the same act is looked for
# nouns of a vote, which is its holder's
_VOTES = frozenset({"election", "vote", "referendum", "poll", "ballot", "runoff", "plebiscite"})
# the crew of a ship: "the crew", "24 crew members", "the sailors"
_CREW = frozenset({"crew", "crews", "crewman", "crewmen", "sailor", "sailors", "seaman", "seamen"})
# nouns of a ship, one class for "the vessel" referring back
_VESSELS = frozenset({"ship", "vessel", "boat", "tanker", "freighter", "trawler", "supertanker", "ferry"})
_PAIR_WINDOW = 3  # sentences (the description's own included) searched for a pair named together


class Descriptions:
    """Resolves descriptions for one doc through its coreference index."""

    def __init__(self, coref: DocCoref) -> None:
        self.c = coref
        self.descriptors = load_descriptors()

    def describe(self, head: Token) -> tuple[ActorRef, ...] | None:
        """The actors a description headed by ``head`` refers back to; ``None`` when it is no description
        ("officials", "the member states", "the governments of two dozen countries")."""
        lower = head.lower_
        if head.pos_ == "NUM" and lower in _COUNTS and any(c.lower_ in _DEFINITE for c in children(head)):
            # "Putin met Xi in Beijing and the two pledged to ...": a bare definite count is the pair
            return self.c.anchored(self._pair(head, _COUNTS[lower], True), head)
        if lower in _HOSTING:
            # "Modi thanked his host", "awarded his guest": whoever the owner met or visited (or received),
            # the latest other side named before
            hosted = next((c for c in children(head) if c.dep_ == "poss" and self.c.is_pronoun(c)), None)
            if hosted is None:
                return None
            own = {r.code for r in self.c.resolve(hosted) or ()}
            if not own:
                return self.c.anchored((), head)
            return self.c.anchored(tuple(self._latest_named(head, lambda code: code not in own)), head)
        if _crew(head):
            # "seized three Ukrainian navy vessels ... detained the 24 crew members": a crew with no nation of
            # its own is the nation's whose craft the text named last
            if any(c.dep_ == "poss" for c in children(head)):
                return None
            craft = self._same_head(head, vessel=True)
            return self.c.anchored(craft, head) if craft else None
        desc = self.descriptors.get(lower)
        if desc is not None and lower in _COMPASS and not head.text[:1].isupper():
            return None  # "the south of the country": a region
        if desc is not None and not desc.act and head.pos_ == "PROPN" and not head.is_sent_start:
            # a name, not a description: "the Member States", "the United States" (but "the North" alone,
            # a description of one of the states it may name)
            bare = all(c.dep_ in ("det", "case") for c in children(head))  # ("the North's army")
            if not (desc.ids and bare):
                desc = None
        if desc is not None and not desc.act and _other(head):
            return self.other(head)  # "the other side"
        if (desc is None or not desc.act) and self.c.r.structure.unlisted_org(head):
            return None  # the name of a body the knowledge base lacks: "the Karama movement"
        count: int | None = None
        definite = False
        owner: Token | None = None
        for child in children(head):
            word = child.lower_
            if child.dep_ in ("det", "predet") and word in _DEFINITE:
                definite = True
                if word in ("both", "each"):
                    count = 2  # "both sides", "each side": the pair named before
            elif child.dep_ == "nummod" and word in _COUNTS:
                count = _COUNTS[word]
            elif child.dep_ == "poss" and self.c.is_pronoun(child):
                owner = child
        if desc is not None and desc.act:
            pointed = any(c.dep_ == "det" and c.lower_ in _DEMONSTRATIVE for c in children(head))
            if _summing_up(head):
                # "arrested Duterte, a move his daughter denounced": the clause it sums up is the act
                return self.c.anchored(self._author_of_clause(head.head.head, False), head)
            if not definite and not pointed and owner is None:
                return None
            author = self._act_author(head, desc.act == "speech")
            if not author and _worded(head):
                return None  # ("the charge that Israel was committing genocide": read by what it says)
            return self.c.anchored(author, head)
        if owner is not None:
            if desc is None or ActorKind.STATE not in desc.refers:
                return None
            # "their countries": the owners' states; "its member states" after a body are its members, no one
            # state ("the court called on its 125 member states")
            owners = self.c.resolve(owner) or ()
            states = tuple(r for r in owners if r.code in self.c.r.kb.states)
            if lower in _BORDERING:
                # "Pakistan offered relief supplies to its neighbour": a state named before that borders the
                # owner's, not the owner
                bordering = {code for r in states for code in land_neighbours(r.code)}
                return self.c.anchored(
                    self.c.as_states(self._latest_named(head, bordering.__contains__)), head
                )
            return self.c.anchored(self.c.as_states(states), head)
        charged = head.dep_ in _OBJECTS and head.head.lemma_.lower() in _CHARGING
        if definite and head.tag_ == "NN" and _placed_only(head):
            # "told the council in New York": where a body met does not make it another body
            body = self._latest_body(head)
            if body:
                return self.c.anchored(body, head)
        if not definite or any(
            c.dep_ == "prep"
            and c.lower_ in _SPECIFYING
            and not (charged and c.lower_ == "of")
            and not (c.lower_ == "in" and lower in _VESSELS)  # ("seized the vessel in the Red Sea")
            and any(g.dep_ == "pobj" for g in children(c))
            for c in children(head)
        ):
            # "the governments of two dozen countries" says whose they are ("accused the alliance of
            # giving ...": a gerund the parser hung on the noun says nothing of it)
            return None
        if count is None and head.tag_ in ("NNS", "NNPS") and self.c.head_role(head) is None:
            return None  # "the member states", "the Baltic states": a class, not the ones just named
        if (
            count is None
            and head.tag_ == "NNS"
            and desc is not None
            and desc.refers == {ActorKind.PERSON}
            and _bare_the(head)
        ):
            # "Erdogan was greeted by Sisi ... The leaders discussed the war": the officials just named
            count = 2
        if count is not None and count >= 2:
            role = self.c.head_role(head)
            if desc is None and role is None:
                return None
            persons = desc is None or desc.refers == {ActorKind.PERSON}
            pair = self._pair(head, count, persons)
            if not pair and persons and desc is not None:
                # ("Japan and the Philippines signed a defence pact ... The ministers pledged to ...": the
                # officials of the two states named together)
                pair = self._pair(head, count, False, together=True)
            return self.c.anchored(pair, head)
        if desc is not None:
            return self.c.anchored(self._latest_described(head, desc), head)
        if lower in _VESSELS:
            craft = self._same_head(head)
            if craft:
                return self.c.anchored(craft, head)
        role = self.c.head_role(head)
        if role is not None:
            return self.c.anchored(self._latest_titled(head, role[0]), head)
        if head.tag_ in ("NN", "NNP") and all(
            c.dep_ in ("det", "punct", "prep", "cc", "conj") for c in children(head)
        ):
            # 'the Fund' after 'the International Monetary Fund', 'the agency' after the IAEA, 'the Bank'
            # after the World Bank: the head word of a body's name stands for the body named last
            body = self._latest_body(head)
            if body:
                return self.c.anchored(body, head)
        if head.pos_ == "NOUN" and head.tag_ == "NN":
            # 'the coalition' after 'the Saudi-led coalition': the noun repeats the head of an actor's phrase
            return self.c.anchored(self._same_head(head), head) or None
        return None

    def _same_head(self, head: Token, vessel: bool = False) -> tuple[ActorRef, ...]:
        """The actors of the latest earlier phrase with the same head noun that names some (with
        ``vessel``, or for a ship noun, the latest phrase naming a ship by any word)."""
        lemma = head.lemma_.lower()
        # ("seized the Japanese-operated cargo ship Galaxy Leader ... the group seized the vessel": a craft
        # is the nation's whose craft the latest one named was, whatever word named it)
        vessel = vessel or lemma in _VESSELS
        for m in reversed(self.c.between(0, head.i)):
            earlier = self.c.doc[m.head]
            same = earlier.lemma_.lower() in _VESSELS if vessel else earlier.lemma_.lower() == lemma
            if same and (earlier.tag_ == "NN" or (vessel and earlier.tag_ == "NNS")):
                # (an agent by its own head: "the Saudi-led coalition", not "the Iran nuclear deal")
                # (a craft or a vote is its nation's, named by a modifier: "Russia's parliamentary election
                # ... the conduct of the election")
                owned = vessel or lemma in _VOTES
                found = tuple(r for r in self.c.r.actors(earlier, agentive=not owned) if r.code)
                if found:
                    return found
        return ()

    def _latest_body(self, head: Token) -> tuple[ActorRef, ...]:
        """The body or group named last whose name (or one of its names, or the head of the phrase that
        named it: "the UN health agency") ends in the description's noun."""
        word = head.lemma_.lower()
        igos = self.c.r.kb.igos
        for m in reversed(self.c.between(0, head.i)):
            earlier = self.c.doc[m.head]
            for ref in self.c.refs(m):
                igo = igos.get(ref.entity_id)
                if igo is None and ref.kind != ActorKind.GROUP:
                    continue
                names = (ref.entity, *igo.aliases) if igo is not None else (ref.entity,)
                heads = {name_head(n) for n in names if n} | {earlier.lemma_.lower()}
                if word in heads:
                    return (ref,)
        return ()

    def other(self, head: Token) -> tuple[ActorRef, ...]:
        """'Each side accused the other', 'Thailand blamed the other side': of the pair named before, the one
        that is not the agent of the clause; both when the agent is the pair itself ("each side"), so that
        each acts on the other."""
        pair = self._pair(head, 2, False, apart=False)
        if len(pair) != 2:
            return ()
        verb = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else head.head
        subjects = [r for s in self.c.subjects(verb) if s.i != head.i for r in self.c.r.actors(s) if r.code]
        agents = {r.code for r in subjects}
        codes = {r.code for r in pair}
        if agents == codes:
            # each side acts on the other: the agent's own actors, which the coder pairs each with the other
            # (the same mention, so never with itself)
            return tuple(subjects)
        rest = tuple(r for r in pair if r.code not in agents)
        return self.c.anchored(rest, head) if len(rest) == 1 and agents & codes else ()

    def _act_author(self, head: Token, speech: bool) -> tuple[ActorRef, ...]:
        """'Moscow dismissed the move', 'New Delhi rejected the allegations': who did the act or made the
        statement. Its own words first ("the Saudi-led move", "its decision"), then an earlier mention of
        the same noun ("credible allegations" ... "the allegations"), else the act the sentence before
        reports: its subject, or for an act reported in speech ("X said its forces took ...") the doer."""
        placing = self.c.r.capitals_placing(head)
        own = tuple(r for r in self.c.r.phrase(head) if r.code and r.code not in placing)
        if own:
            return own
        for child in children(head):
            if child.dep_ == "poss" and self.c.is_pronoun(child):
                return self.c.resolve(child) or ()
        s = self.c.sentence(head.i)
        lemma = head.lemma_.lower()
        accusation = speech and lemma in _ACCUSATIONS
        # ("welcomed the agreement between the UAE and Israel ... denounced the deal": one accord)
        # ("over remarks attributed to Trump ... alarmed by the comments": one statement)
        same = ACCORDS if lemma in ACCORDS else _REMARKS if lemma in _REMARKS else frozenset({lemma})
        for tok in reversed(self.c.doc[self.c.sentence_start(max(0, s - _WINDOW)) : head.i]):
            if accusation and tok.pos_ == "VERB" and tok.lemma_.lower() in _ACCUSING:
                # "South Africa filed a case accusing Israel of genocide, the court said. Israel rejected the
                # claim": who accused, not who reported it
                # ("filed a case accusing Israel": a participle's subject is its clause's)
                doer = tok.head if tok.dep_ == "advcl" and tok.tag_ == "VBG" else tok
                earlier = self._author_of_clause(doer, True)
                if earlier:
                    return earlier
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in same:
                earlier = self._author_of_noun(tok)
                if earlier:
                    return earlier
                break
            if tok.pos_ == "VERB" and (
                tok.lemma_.lower() == lemma
                or tok.lower_ == head.lower_
                or _nominalises(lemma, tok.lemma_.lower())
            ):
                # "warplanes struck targets in Yemen ... Oman condemned the strikes": the act the verb told
                # (or its participle of the same form: "threw out the case, ruling that ... welcomed the
                # ruling")
                earlier = self._author_of_clause(tok, False)
                if earlier:
                    return earlier
                break
        if s == 0:
            return ()
        root = self.c.root(s - 1)
        said = next((c for c in children(root) if c.dep_ == "acl" and c.pos_ == "VERB"), None)
        if speech and root.pos_ in ("NOUN", "PROPN") and said is not None and said.i > root.i:
            # "The UN envoy for Yemen, Hans Grundberg, announced on Friday that ...": the parser made the
            # sentence a noun phrase, its verb a modifier of the subject, who made the statement
            return tuple(self.c.r.actors(root))
        if accusation and _worded(head) and not self.c.is_speech_verb(root):
            # "the charge that Israel was committing genocide" after a court's order: not the court's (but
            # "Canada expelled an Indian diplomat. India called the accusations absurd": Canada's)
            return ()
        return self._author_of_clause(root, speech)

    def _author_of_noun(self, noun: Token) -> tuple[ActorRef, ...]:
        own = tuple(r for r in self.c.r.actors(noun) if r.code)
        if own:
            return own
        if noun.lemma_.lower() in ACCORDS:
            # "the agreement between the United Arab Emirates and Israel": its parties
            parties = tuple(a for g in prep_objects(noun, ("between",)) for a in self.c.r.actors(g) if a.code)
            if parties:
                return parties
        for child in children(noun):
            if child.dep_ == "acl" and child.lemma_.lower() == "attribute":
                # "remarks attributed to President Donald Trump": the first name after "to" (the parser may
                # hang the name on a noun after it: "to President Donald Trump disparaging African nations")
                said_by = self._first_named(child, "to")
                if said_by:
                    return said_by
            if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ == "by"):
                target = (
                    child
                    if child.dep_ == "poss"
                    else next((g for g in children(child) if g.dep_ == "pobj"), None)
                )
                if target is not None:
                    return tuple(self.c.r.actors(target))
        if noun.dep_ in _OBJECTS and noun.head.pos_ in ("VERB", "AUX"):
            return self._author_of_clause(noun.head, False)
        return ()

    def _first_named(self, verb: Token, prep: str) -> tuple[ActorRef, ...]:
        """The actors of the first name (not a role word) in the phrase of ``prep`` on ``verb``."""
        hits = self.c.r.hits
        for p in children(verb):
            if p.dep_ != "prep" or p.lower_ != prep:
                continue
            for tok in p.subtree:
                hit = hits.get(tok.i)
                if hit is not None and hit.best.kind != "role":
                    return tuple(a for a in self.c.r.actors(self.c.doc[hit.end - 1]) if a.code)
        return ()

    def _author_of_clause(self, verb: Token, speech: bool) -> tuple[ActorRef, ...]:
        if not speech and self.c.is_speech_verb(verb):
            for clause in children(verb):
                if clause.dep_ == "ccomp":
                    found = self._author_of_clause(clause, False)
                    if found:
                        return found
        for agent in children(verb):
            if agent.dep_ == "agent":
                return tuple(a for g in children(agent) if g.dep_ == "pobj" for a in self.c.r.actors(g))
        passive = False
        for subj in self.c.subjects(verb):
            if subj.dep_ != "nsubjpass":
                return tuple(self.c.r.actors(subj))
            passive = True
        if passive:
            # "Soleimani was killed in a U.S. drone strike": the author of the act the means names
            for means in prep_objects(verb, ("in",)):
                if self.is_act(means):
                    found = tuple(a for a in self.c.r.phrase(means) if a.code)
                    if found:
                        return found
        return ()

    def _latest_named(self, head: Token, fits: Callable[[str], bool]) -> list[ActorRef]:
        """The first actor whose code ``fits`` of the latest mention before ``head`` that names one."""
        for m in reversed(self.c.between(0, head.i)):
            found = [r for r in self.c.refs(m) if fits(r.code)]
            if found:
                return found[:1]
        return []

    def _latest_described(self, head: Token, desc: Descriptor) -> tuple[ActorRef, ...]:
        """The latest fitting mention; within its sentence a participant of a clause (subject, object,
        possessor) before a place or topic of a noun ("pressed Israel to agree to pauses in Gaza, during
        his visit to the country": Israel); a partner of a noun is a participant ("cut ties with the
        Solomon Islands, after the Pacific nation's cabinet voted": the Solomon Islands)."""
        states = self.c.r.kb.states
        region = _region(head)  # "the Caribbean nation": a state of the Caribbean
        fallback: tuple[ActorRef, ...] = ()
        sentence = -1
        for m in reversed(self.c.between(0, head.i)):
            if fallback and m.sentence != sentence:
                break
            found = self._fitting(m, desc, states, region)
            if not found:
                continue
            token = self.c.doc[m.head]
            weak = token.dep_ == "pobj" and token.head.lower_ != "with"
            if not (weak and token.head.head.pos_ in ("NOUN", "PROPN")):
                return found  # ("ties with the Solomon Islands" names a party, not a place or a topic)
            if not fallback:
                fallback, sentence = found, m.sentence
        return fallback

    def _fitting(
        self, m: _Mention, desc: Descriptor, states: Mapping[str, State], region: frozenset[str] | None = None
    ) -> tuple[ActorRef, ...]:
        for ref in self.c.refs(m):
            kind = _referent_kind(ref, states)
            if (
                kind == ActorKind.PERSON
                and ActorKind.PERSON not in desc.refers
                and ActorKind.STATE in desc.refers
                and ref.code in states
                and ref.sector == "GOV"
            ):
                # "Mohammed bin Salman told the gathering that the kingdom was ready to mediate": an official
                # of a state speaks for it, so the state is named with them
                kind = ActorKind.STATE
            if kind not in desc.refers or (region is not None and ref.code not in region):
                continue
            if desc.ids and ref.code not in desc.ids and ref.entity_id not in desc.ids:
                continue
            if desc.name_word:
                state = states.get(ref.code)
                if state is None or desc.name_word.lower() not in state.official_name.lower().split():
                    continue
            return self.c.as_states((ref,)) if kind == ActorKind.STATE else (ref,)
        return ()

    def _latest_titled(self, head: Token, title: str) -> tuple[ActorRef, ...]:
        """'the envoy' after 'presidential envoy Zamir Kabulov'; 'the court' after 'a Turkish court' or
        'the International Criminal Court'."""
        earlier = list(reversed(self.c.between(0, head.i)))
        # ("Obama met Putin in Lima. The president said ...": of the title holders of the latest sentence that
        # names one, the one its clause is about, its subject; the search stops at that sentence's start)
        latest: list[_Mention] = []
        for m in earlier:
            if latest and m.sentence != latest[0].sentence:
                break
            if any(_title_fits(title, t) for t in self.c.titles(m)):
                latest.append(m)
        if latest:
            m = next((m for m in latest if self.c.doc[m.head].dep_ in _SUBJECTS), latest[0])
            return self.c.refs(m) or tuple(self.c.r.actors(self.c.doc[m.head]))
        # 'the military' after 'Israeli tanks', 'the police' after 'Ecuadorian police officers': a body
        # of a particular sector (not the government at large) stands for the latest actor of that sector
        sector = self.c.r.role_sectors.get(title, "")
        institution = self.c.r.matcher.role_kinds.get(title) == RoleKind.INSTITUTION
        if sector and sector != "GOV" and institution:
            for m in earlier:
                found = tuple(ref for ref in self.c.refs(m) if ref.sector == sector)
                if found:
                    return found
        minister = self.c.r.matcher.role_kinds.get(title) == RoleKind.OFFICE and "minister" in title.split()
        if (
            sector == "GOV"
            and (institution or minister or title == "authorities")
            and (head.tag_ in ("NN", "NNP") or title == "authorities")
        ):
            # 'the government', 'the authorities', 'the foreign ministry', 'the Foreign Office', 'the
            # interior minister' named before by no one: the government of the state the text is about, found
            # as a pronoun's antecedent is (the subject of the clauses above, then of the sentences before)
            states = self.c.r.kb.states
            return tuple(
                ActorRef(r.text, r.span, r.code, "GOV", states[r.code].name, ActorKind.ROLE, r.code)
                for r in self.c.government(head)
            )
        return ()

    def is_act(self, token: Token) -> bool:
        """Whether a noun is an act or statement that stands for its author ("the raids", "the claim")."""
        desc = self.descriptors.get(token.lower_)
        return token.pos_ == "NOUN" and desc is not None and bool(desc.act)

    def author(self, head: Token) -> tuple[ActorRef, ...]:
        """Who did the act a noun names, whatever its determiner ("any such raid"): see `_act_author`."""
        return self._act_author(head, False) if self.is_act(head) else ()

    def pair(self, token: Token) -> tuple[ActorRef, ...]:
        """The two actors most recently named before ``token`` (see :meth:`_pair`), as states."""
        return self._pair(token, 2, False)

    def _pair(
        self, head: Token, count: int, persons: bool, apart: bool = True, together: bool = False
    ) -> tuple[ActorRef, ...]:
        """The ``count`` actors most recently named together: a coordination first, else (unless
        ``together``) the first distinct ones of the nearest sentence that names enough (the agent of the
        description's own verb excluded; ``apart``: and any actor the agent names)."""
        verb = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else head.head
        # ("Qatar has been mediating between the two sides": the mediator is not one of them)
        agents = (
            {c.i for c in children(verb) if c.dep_ in _SUBJECTS}
            if head.dep_ in (*_OBJECTS, "pobj")
            else set()
        )
        own: set[str] = set()
        if apart:
            # (nor are those coordinated with it, nor any actor they name: "talks brokered by Saudi Arabia and
            # the United States. Riyadh and Washington urged both sides to engage")
            agents |= {x.i for i in agents for x in self.c.doc[i].conjuncts}
            own = {r.code for i in agents for r in self.c.r.actors(self.c.doc[i]) if r.code}
        s = self.c.sentence(head.i)
        for index in range(s, max(-1, s - _PAIR_WINDOW), -1):
            ms = self.c.in_sentence(index, before=head.i if index == s else None)
            ms = [
                m
                for m in ms
                if m.head not in agents
                and (m.person or not persons)
                and self.c.refs(m)
                and not own & {r.code for r in self.c.refs(m)}
            ]
            groups: dict[int, list[ActorRef]] = {}
            sizes: dict[int, int] = {}
            # groups named as the agents of a participle: "talks mediated by A and B"
            brokers: set[int] = set()
            for m in ms:
                groups.setdefault(m.coordination, []).extend(self.c.refs(m))
                sizes[m.coordination] = sizes.get(m.coordination, 0) + 1
                token = self.c.doc[m.head]
                if (
                    token.dep_ == "pobj"
                    and token.head.dep_ == "agent"
                    and token.head.head.dep_ in ("acl", "amod")
                ):
                    brokers.add(m.coordination)
            # ("Pakistan and Afghanistan agreed to a ceasefire after talks mediated by Qatar and Turkey. The
            # two sides also agreed to meet again": the parties, not the brokers named after them)
            ordered = sorted(reversed(list(groups.items())), key=lambda item: item[0] in brokers)
            for key, refs in ordered:
                # (or as many named together of one state: "envoys of Sudan's army and the Rapid Support
                # Forces ... urged both sides")
                if len({r.code for r in refs}) == count or (sizes[key] == count and len(refs) == count):
                    return tuple(_distinct(refs)) if persons else self.c.as_states(refs)
            if together:
                continue
            found = _distinct([r for m in ms for r in self.c.refs(m)])
            if persons and index == s and len(found) < count:
                # "Biden welcomed him at the White House and the two leaders announced ...": a person the
                # sentence refers to by a pronoun is one of them
                start = self.c.sentence_start(s)
                for tok in self.c.doc[start : head.i]:
                    if tok.lower_ in _PERSONAL and self.c.is_pronoun(tok) and tok.i not in agents:
                        found = _distinct([*found, *(self.c.resolve(tok) or ())])
            if len(found) >= count:
                return tuple(found[:count]) if persons else self.c.as_states(found[:count])
        return ()


_PERSONAL = frozenset({"he", "him", "she", "her"})


# nouns of one thing said, which may name each other: "remarks attributed to Trump ... the comments"
_REMARKS = frozenset({"remark", "comment", "statement", "word", "utterance"})


# what follows a verb's stem in a noun naming its act: "killing", "demolition", "seizure", "bombardment"
_ACT_SUFFIXES = frozenset({"ing", "ion", "tion", "ure", "ment"})


def _nominalises(noun: str, verb: str) -> bool:
    """Whether ``noun`` names the act of ``verb``: "killing" of kill, "demolition" of demolish, "seizure" of
    seize, "kidnapping" of kidnap, "execution" of execute (not "attack" of attach)."""
    noun = noun.removesuffix("s")
    shared = 0
    for a, b in zip(noun, verb, strict=False):
        if a != b:
            break
        shared += 1
    if shared < max(4, len(verb) - 2):
        return False
    rest = noun[shared:]
    return rest in _ACT_SUFFIXES or (rest[:1] == verb[-1:] and rest[1:] == "ing")


def _summing_up(head: Token) -> bool:
    """'Police arrested Duterte, a move his daughter denounced': an act noun after a comma, which the parser
    hangs on the clause's object in apposition, sums up the clause."""
    obj = head.head
    return (
        head.dep_ == "appos"
        and obj.dep_
        in ("dobj", "obj", "nsubj")  # (or on its subject, far before: "Niger's junta ordered ...")
        and obj.head.pos_ == "VERB"
        and head.i > obj.head.i
        and any(t.text == "," for t in head.doc[obj.i : head.i])
    )


def _region(head: Token) -> frozenset[str] | None:
    """The states a regional word before a description's noun allows ("the Caribbean nation", "the oil-rich
    Gulf state", "the former Soviet republic"); ``None`` when no region is named."""
    words = [t for t in head.subtree if t.i < head.i and t.dep_ not in ("det", "poss", "case", "nummod")]
    if not words:
        return None
    return region_states(" ".join(t.text for t in words))


def _other(head: Token) -> bool:
    """'the other side', 'the other country': one of a pair, set against the one acting."""
    return any(c.dep_ == "amod" and c.lower_ == "other" for c in children(head)) and any(
        c.dep_ == "det" and c.lower_ == "the" for c in children(head)
    )


def _distinct(refs: Sequence[ActorRef]) -> list[ActorRef]:
    out: list[ActorRef] = []
    for ref in refs:
        if ref.code and all(r.code != ref.code for r in out):
            out.append(ref)
    return out


def _referent_kind(ref: ActorRef, states: Mapping[str, object]) -> ActorKind:
    if ref.kind == ActorKind.ROLE:
        return ActorKind.STATE if ref.code in states else ActorKind.IGO
    if ref.kind == ActorKind.PERSON:
        return ActorKind.PERSON
    return ref.kind


def _title_fits(anaphor: str, title: str) -> bool:
    """'minister' fits 'foreign minister'; 'president' does not fit 'vice president'; 'envoy' and
    'diplomat' fit any head of a diplomatic post ('the envoy' after 'South Africa's ambassador')."""
    if anaphor == title or (anaphor in _JUNTA and title in _JUNTA):
        return True  # ("the putschists" after "Niger's military rulers": the same rulers by another name)
    if title.split()[-1] in _POSTS_OF.get(anaphor, ()):
        return title.split()[0] not in _TITLE_MODIFIERS
    if not title.endswith(" " + anaphor):
        return False
    return title.split()[0] not in _TITLE_MODIFIERS


# general words for a diplomat, and the heads of the titles they may refer back to
_ENVOYS = frozenset({"ambassador", "envoy", "commissioner", "d'affaires", "d’affaires", "consul"})
# the names of a state's military rulers, each of which may refer back to another
_JUNTA = frozenset(
    {"junta", "military junta", "military rulers", "military government", "military regime", "putschists"}
    | {"coup leaders"}
)
_POSTS_OF = {"envoy": _ENVOYS, "diplomat": _ENVOYS | {"diplomat", "attache", "attaché"}}


def name_head(name: str) -> str:
    """The head word of an entity's name: 'International Criminal Court' -> 'court'."""
    words: list[str] = []
    for word in name.split():
        if word in ("of", "for", "on", "in", "to", "and", "the"):
            break
        words.append(word)
    return (words[-1] if words else name).lower()


def _worded(noun: Token) -> bool:
    """Whether a noun of speech gives its content: "the charge that Israel was committing genocide"."""
    return any(
        c.dep_ in ("acl", "ccomp") and any(g.dep_ == "mark" and g.lower_ == "that" for g in children(c))
        for c in children(noun)
    )


def _bare_the(head: Token) -> bool:
    """Whether a noun has only "the" before it ("the leaders", not "the Arab leaders" nor "the leaders of
    ...")."""
    kids = [c for c in children(head) if c.i < head.i]
    return [c.lower_ for c in kids] == ["the"] and not any(
        c.dep_ == "prep" and c.i > head.i for c in children(head)
    )


def _placed_only(head: Token) -> bool:
    """Whether the only phrase after a noun names where it is: "the council in New York"."""
    after = [c for c in children(head) if c.i > head.i]
    return bool(after) and all(
        c.dep_ == "prep"
        and c.lower_ in ("in", "at")
        and all(g.ent_type_ in ("GPE", "LOC", "FAC") for g in children(c) if g.dep_ == "pobj")
        for c in after
    )


def _crew(head: Token) -> bool:
    """Whether a phrase names a ship's crew: "the crew", "the 24 crew members", "the sailors"."""
    lower = head.lower_
    if lower in _CREW:
        return True
    return lower in ("member", "members") and any(
        c.dep_ == "compound" and c.lower_ in _CREW for c in children(head)
    )
