"""Who did what to whom: the actors a trigger's slots name and the targets a clause leaves implicit.

The coder (``coder._DocCoder``) finds an act and asks this half of it for its arguments: the actors of a
pattern's slots (``_fill``: subjects and objects must name an actor by their head; people a text places,
bodies their envoys come from, things an agent acts through), and, when the clause names no target, where
the story or the sentence puts it (the act answered, the occasion, the place struck or asked for, the
other party of a coordinated act, a domestic reading, people placed somewhere).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from dragoman.kb.records import FormKind
from dragoman.kb.treaties import find_treaty
from dragoman.model import ActorKind, ActorRef, Article, CharSpan, EventDate
from dragoman.nlp.actors import ActorResolver, supranational
from dragoman.nlp.discourse import answered
from dragoman.nlp.lexicon import Pattern
from dragoman.nlp.places import PlaceIndex, place_for
from dragoman.nlp.syntax import (
    OCCASIONS,
    children,
    clause_verb,
    coordinated_modifiers,
    is_passive,
    is_verbal,
    objects,
    prep_objects,
    slot_tokens,
    subjects,
)

if TYPE_CHECKING:
    from dragoman.nlp.coder import EventCoder

# the phrases of a trigger that may name the agreement it acts on: "pulled out of the grain deal", "suspended
# its participation in New START", "the withdrawal from the INF treaty"
_TREATY_DEPS = frozenset({"dobj", "obj", "prep", "prt", "nsubjpass", "attr", "oprd", "dative"})
# an agreement with more parties on the other side than this names no target: "Iran breached the deal"
_MOST_TREATY_PARTIES = 4
# spells and rounds of talks: "three days of talks", "a new round of negotiations"
_SPELLS = frozenset({"day", "week", "month", "hour", "round", "year"})
# parts of a trip a visitor is on: "on the first day of a state visit", "on the second leg of a tour"
_PARTS_OF_TRIPS = frozenset({"day", "leg", "stop", "part", "stage", "start", "end"})
_OCCASION_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "07", "08"})
# the purpose clause of a protest and what it is against ("to protest against", "to show their anger at")
_PROTESTING = frozenset({"protest", "denounce", "condemn", "oppose", "decry", "demonstrate", "rally"})
_SHOWING = frozenset({"show", "express", "voice", "vent", "register", "signal"})
_DISPLEASURE = frozenset(
    {"disapproval", "opposition", "anger", "outrage", "displeasure", "discontent", "fury"}
)
_AGAINST: tuple[str, ...] = ("against", "at", "over")
_OWNERS = frozenset({"its", "their"})
# Sectors of people who act where they live: with no country named, the place of their act gives it.
_PLACED_SECTORS = frozenset({"CVL", "OPP", "LAB", "EDU", "COP", "JUD", "REL", "MED", "BUS", "REF"})
# Guards of a ruler, who act for no one else: "members of the presidential guard detained the president"
_GUARDS = frozenset({"guard", "guards", "bodyguards"})
# Nouns of attacks, which act for their author: "Israeli strikes killed", "a Russian missile hit"
_ATTACKS = frozenset(
    {"attack", "strike", "airstrike", "air-strike", "raid", "bombing", "bombardment", "shelling", "missile"}
    | {"rocket", "drone", "shell", "offensive", "barrage", "salvo", "incursion"}
    # ("Israeli fire killed two Palestinians", "were killed by Pakistani gunfire")
    | {"fire", "gunfire", "shellfire", "artillery"}
)
_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "oneself"})
# verbs whose "with" names the act done in response ("hit back with", "retaliated with strikes")
# things people have, not wield: "pagers used by Hezbollah members exploded" is no act of theirs
_HELD = frozenset({"use", "carry", "own", "wear", "hold", "possess", "rent"})
# gatherings a host may hold for others ("hosted the meeting", "the ceremony was hosted by")
_GATHERINGS = frozenset(
    {"meeting", "talks", "ceremony", "summit", "signing", "negotiations", "session", "round"}
)
# participles whose agent a group acts as, wherever the group stands ("creditors led by China and France")
_LEADING = frozenset({"lead", "head", "chair"})
# verbs of holding people, whose place or agent names who can free them: "Americans held in Iran"
HOLDING = frozenset({"hold", "detain", "jail", "imprison", "kidnap", "abduct", "capture", "seize", "arrest"})
_FORCE = frozenset({"18", "19", "20"})
# acts a participle of their toll may follow ("rammed the boats, injuring sailors")
_FORCEFUL = _FORCE | {"17"}
# nouns of a state's land, which a nationality word makes that state's: "inside Ecuadorean territory"
_LAND_NOUNS = frozenset(
    {"territory", "soil", "waters", "airspace", "land", "side", "border", "borders"}
    | {"coast", "coastline", "shore", "shores", "mainland"}
)
# relational acts whose other party a story may leave to its context ("two days after Trump threatened to
# raise duties substantially": a threat to the story's counterpart), and the acts that can give it
_STORY_ROOTS = frozenset({"03", "05", "06", "07", "13", "16"})
_STORY_CAUSES = frozenset({"10", "11", "12", "13", "17"})
# acts a denial may answer: accusations and demands, measures and force against the denier
_ACCUSED_BY = frozenset({"10", "11", "12", "13", "16", "17", "18", "19", "20"})
_RESPONDING = frozenset({"respond", "retaliate", "react", "reply", "answer", "hit", "strike", "counter"})
# People named by their task, who act for the body they come from ("investigators from the OPCW").
_ENVOYS = frozenset(
    {"investigator", "inspector", "expert", "monitor", "observer", "delegation", "delegate", "envoy", "team"}
    | {"mission", "negotiator", "mediator", "official", "representative", "diplomat", "researcher", "auditor"}
)
# Groups that also act for whom they are made of ("a delegation of European lawmakers").
_DELEGATIONS = frozenset({"delegation", "team", "mission", "contingent", "group", "party"})
# people named by their plight or number, not by their nationality
_PEOPLE = frozenset(
    {"refugee", "civilian", "people", "victim", "resident", "population", "child", "survivor", "family"}
    | {"migrant", "villager", "inhabitant", "worker", "patient", "student", "woman", "man", "person"}
)
ASKING_ROOTS = frozenset({"02", "03", "10"})
# Verbs of leaving: an order to do them is an expulsion ("ordered 100,000 Palestinians to leave").
DISPLACING = frozenset({"leave", "flee", "evacuate", "vacate", "depart", "abandon", "quit"})


@dataclass(frozen=True, slots=True)
class Found:
    """One act found in a sentence, before merging repeats."""

    pattern: Pattern
    code: str
    trigger: Token
    source: ActorRef
    target: ActorRef | None
    date: EventDate
    sentence_index: int


class Arguments:
    """The argument-finding half of one document's coding (the coder's per-document state is declared
    here; ``coder._DocCoder`` sets it)."""

    coder: EventCoder
    doc: Doc
    text: str
    article: Article
    resolver: ActorResolver
    starts: list[int]
    found: list[Found]
    # acts asserted in a main clause with authors but aimed at no one named ("Russia pulled out of the grain
    # deal"), as (trigger, authors): what a later "the decision" may sum up, whose sides a broker serves
    untargeted: list[tuple[Token, list[ActorRef]]]
    places: PlaceIndex | None
    placed: dict[int, ActorRef]
    answers: dict[int, EventDate]

    def _sentence_of(self, i: int) -> int:
        return bisect.bisect_right(self.starts, i) - 1

    def _is_actor(self, token: Token) -> bool:
        return bool(self.resolver.actors(token, agentive=True))

    def _summarised(self, tokens: list[Token], sources: list[ActorRef]) -> list[ActorRef]:
        """'accused the United States of plotting a coup, an allegation Washington rejected', 'a move Tehran
        denounced': a noun that sums up its clause stands for that clause's act, and so for its actor."""
        own = {s.code for s in sources}
        return [
            actor
            for tok in tokens
            if tok.dep_ in ("npadvmod", "appos") and is_verbal(tok.head)
            for subject in subjects(tok.head, self._is_actor)
            for actor in self.resolver.actors(subject, agentive=True)
            if actor.code and actor.code not in own
        ]

    def _occasion_target(self, trigger: Token, code: str, sources: list[ActorRef]) -> list[ActorRef]:
        """'pledged $500 million in military aid during talks with Zelensky', 'promised investment during a
        visit to Nairobi': a cooperative act made on an occasion is aimed at the other party of it."""
        if code[:2] not in _OCCASION_ROOTS:
            return []
        verb = trigger if is_verbal(trigger) else clause_verb(trigger)
        own = {s.code for s in sources}
        for prep in children(verb):
            if prep.dep_ != "prep" or prep.lower_ not in ("during", "at", "in", "on", "after"):
                continue
            for occasion in children(prep):
                lemma = occasion.lemma_.lower()
                if occasion.dep_ != "pobj" or lemma not in OCCASIONS:
                    continue
                linkers = ("with", "to") if lemma in ("visit", "trip", "tour") else ("with",)
                found = [
                    actor
                    for other in prep_objects(occasion, linkers)
                    for actor in self.resolver.actors(other)
                    if actor.code and actor.code not in own
                ]
                if found:
                    return found
        return []

    def _protested(self, trigger: Token, code: str, sources: list[ActorRef]) -> list[ActorRef]:
        """'began a hunger strike to protest against Sweden's decision', 'blocked a road to show their
        disapproval of US policy': a protest that names no target of its own is aimed at what its purpose
        clause protests against."""
        if code[:2] != "14" or not is_verbal(trigger):
            return []
        own = {s.code for s in sources}
        for purpose in children(trigger):
            if purpose.dep_ not in ("advcl", "xcomp") or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in children(purpose)
            ):
                continue
            lemma = purpose.lemma_.lower()
            if lemma in _PROTESTING:
                against = prep_objects(purpose, _AGAINST) + objects(purpose)
            elif lemma in _SHOWING:
                against = [
                    g
                    for o in objects(purpose)
                    if o.lemma_.lower() in _DISPLEASURE
                    for g in prep_objects(o, (*_AGAINST, "for", "of", "with"))
                ]
            else:
                continue
            found = [a for o in against for a in self.resolver.actors(o) if a.code and a.code not in own]
            if found:
                return found
        return []

    def _origin(self, trigger: Token) -> list[ActorRef]:
        """'Rockets were fired at Israel from Gaza', 'a drone launched from Yemen struck Eilat': force whose
        author is not named comes from the territory it was launched from."""
        hosts = [trigger]
        if trigger.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children(trigger)):
            # ("Rockets fired from Lebanon struck northern Israel": the parser may make the participle the
            # main verb and the strike its conjunct)
            hosts.append(trigger.head)
        for subj in children(trigger):
            if subj.dep_ in ("nsubj", "nsubjpass"):
                hosts.extend(c for c in children(subj) if c.dep_ == "acl" and c.tag_ == "VBN")
        froms = [
            g
            for host in hosts
            for prep in children(host)
            if prep.dep_ == "prep" and prep.lower_ == "from"
            for g in children(prep)
            if g.dep_ == "pobj"
        ]
        # ("fired from Ethiopia's Tigray region": the names that place the region)
        froms += [
            c for g in froms for c in children(g) if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"
        ]
        return self._territory_target(froms, ()) if froms else []

    def _coordinated_target(self, trigger: Token, code: str, sources: list[ActorRef]) -> list[ActorRef]:
        """'Merz visited Kyiv and pledged further support': a cooperative act coordinated with a visit or
        a meeting is aimed where that one was; 'blocked Sweden's accession, demanding a crackdown': a demand
        made with an act is made of that act's target."""
        if not is_verbal(trigger):
            return []
        asking = code[:2] in ASKING_ROOTS and trigger.dep_ in ("advcl", "conj")
        # "called Nepal's prime minister to offer condolences", "visited Moscow to sign a gas deal": the
        # purpose of a call or a visit is aimed at its partner
        purpose = trigger.dep_ in ("advcl", "xcomp") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in children(trigger)
        )
        # ("became the first president to visit Hiroshima, laying a wreath at the memorial": a participle
        # tells what the visitor did there)
        participle = trigger.dep_ == "advcl" and trigger.tag_ == "VBG"
        if trigger.dep_ == "conj" and (code[:2] in _PULLING_BACK or code.startswith("035")):
            # ("recalled its ambassador to Niger and withdrew its troops": a step back coordinated with
            # another is taken from the same state; so is one announced, an intent to pull back: "would
            # bring its ambassador home and pull out its troops")
            own = {s.code for s in sources}
            return [
                act.target
                for act in self.found
                if act.trigger.i == trigger.head.i
                and act.code[:2] in _PULLING_BACK
                and act.target is not None
                and act.source.code in own
                and act.target.code not in own
            ][:1]
        if not asking and (
            code[:2] not in _OCCASION_ROOTS or (trigger.dep_ != "conj" and not purpose and not participle)
        ):
            return []
        own = {s.code for s in sources}
        head = trigger.head
        if participle and not asking:
            return [
                act.target
                for act in self.found
                if act.code == "042"
                and act.trigger.i in range(head.left_edge.i, head.right_edge.i + 1)
                and act.target is not None
                and act.source.code in own
                and act.target.code not in own
            ][:1]
        return [
            act.target
            for act in self.found
            if act.trigger.i == head.i
            and (asking or act.code[:2] == "04")
            and act.target is not None
            and act.source.code in own
            and act.target.code not in own
        ][:1]

    def _story_target(self, trigger: Token, code: str, sources: list[ActorRef]) -> list[ActorRef]:
        """'Bolivia severed ties with Israel, while Chile and Colombia recalled their ambassadors', 'Paris
        said it would recall its envoy' (after Mali expelled France's ambassador): a relational act whose
        other party the clause leaves out is aimed at the counterpart of the story's latest act of the
        kind: the other side of an act the source took part in, or the target of the same act by another."""
        codes = {s.code for s in sources}
        bordering = code[:2] == "15" and any(
            t.lemma_.lower() in ("border", "frontier") for t in trigger.subtree
        )
        if (code[:2] not in _STORY_ROOTS and code != "191" and not bordering) or not codes:
            return []  # (force sent "to the border" or "to the frontier" faces the story's counterpart)
        sentence = self._sentence_of(trigger.i)
        for act in reversed(self.found):
            if act.sentence_index < sentence - 2 or act.trigger.i == trigger.i or act.target is None:
                continue
            if act.sentence_index > sentence or act.code[:2] not in _STORY_ROOTS | _STORY_CAUSES:
                continue
            sides = {act.source.code, act.target.code}
            if not sides & codes:
                if act.code[:2] == code[:2] or self.coder.lexicon.chain_code("03", act.code) == code:
                    # a like act by another ("while Chile and Colombia recalled ..."), or the intent of one
                    # ("India flew relief supplies to Kathmandu ... Beijing also pledged to send rescuers")
                    return [act.target]
                continue
            if len(codes) > 1 or sides <= codes:
                return []
            if act.source.code in codes:
                return [act.target]
            if act.target.code in codes:
                return [act.source]
        return []

    def _denied_to(self, trigger: Token, sources: list[ActorRef]) -> list[ActorRef]:
        """'Britain will expel 23 Russian diplomats ... Russia denied any involvement': a denial naming no
        one answers whoever last acted against the denier (an accusation, a measure, force)."""
        codes = {s.code for s in sources}
        sentence = self._sentence_of(trigger.i)
        for act in reversed(self.found):
            if act.sentence_index < sentence - 2 or act.trigger.i >= trigger.i or act.target is None:
                continue
            if act.target.code in codes and act.source.code not in codes and act.code[:2] in _ACCUSED_BY:
                return [act.source]
        # ("India said its troops had carried out strikes ... Pakistan denied that any such raid had taken
        # place": an act the denied clause names stands for its author)
        return [
            a
            for clause in children(trigger)
            if clause.dep_ == "ccomp"
            for s in children(clause)
            if s.dep_ in ("nsubj", "nsubjpass")
            for a in self.resolver.coref.act_author(s)
            if a.code and a.code not in codes
        ][:1]

    def _not_own(self, targets: list[ActorRef], tokens: list[Token], source: str) -> list[ActorRef]:
        """'Pakistan said India had shelled its border posts': force is not used on one's own things; a
        possessive pronoun that would say so stands for another actor."""
        out = [t for t in targets if t.code != source or t.text.lower() not in _OWNERS]
        if targets and len(out) == len(targets):
            return targets  # "executed a British-Iranian national", "used Syrian civilians as shields"
        for tok in tokens:
            for owner in (tok, *children(tok)):
                if owner.dep_ == "poss" and owner.lower_ in _OWNERS:
                    # (the antecedent found may still be the source itself, named again: "Algeria recalled
                    # its ambassadors ... and closed its airspace ...")
                    out.extend(
                        a
                        for a in self.resolver.coref.other_than(owner, frozenset({source}))
                        if a.code != source
                    )
        return out

    def _fill(
        self, slots: Sequence[str], trigger: Token, agentive_object: bool = True
    ) -> tuple[list[ActorRef], list[Token]]:
        """The actors of the first slot that names any, and the tokens the first non-empty slot reached.
        ``agentive_object``: an object must name an actor by its head (see below)."""
        reached: list[Token] = []
        for slot in slots:
            tokens = slot_tokens(slot, trigger, self._is_actor)
            if slot.split("/")[-1] != "subj":
                tokens += coordinated_modifiers(tokens, named=True)
            if tokens and not reached:
                reached = tokens
            # a subject or object must name an actor by its head; a possessor, modifier or prepositional
            # object may be a place or a national cue ("Kyiv's hospital", "the Israeli seizure")
            last = slot.split("/")[-1]
            agentive = last == "subj" or (last == "obj" and agentive_object)
            actors: list[ActorRef] = []
            for tok in tokens:
                if last != "subj" and tok.lower_ in _REFLEXIVES:
                    continue  # "an official who refused to identify himself": no one else is acted on
                found = self.resolver.actors(tok, agentive=agentive) or self._titled_name(tok)
                if not found and tok.i in self.placed:
                    found = [self.placed[tok.i]]  # "arrested Jorge Glas, who had been granted asylum by ..."
                if not found and agentive:
                    found = self._by_agent(tok, trigger) or self._participants(tok, trigger)
                elif not found:
                    # ("reached a deal with official creditors led by China and France")
                    found = self._by_agent(tok, trigger, _LEADING)
                if not found:
                    found = self._envoys(tok) or self._seated_in(tok)
                for actor in found:
                    # (sides of one state stay apart: "the Sudanese army and the RSF")
                    if actor.code and all((a.code, a.sector) != (actor.code, actor.sector) for a in actors):
                        actors.append(actor)
            if not actors and last == "subj":
                # "US Predator attacks have killed eight commanders": an attack acts for whoever makes it
                actors = [
                    a
                    for t in tokens
                    if t.lemma_.lower() in _ATTACKS
                    for a in self.resolver.actors(t)
                    if a.code and a.code not in self.resolver.capitals_placing(t)
                ] or self._placed_people(tokens, trigger)
            elif not actors:
                actors = self._people_in(tokens)
            if actors:
                return actors, tokens
        return [], reached

    def _mutineers(self, trigger: Token, pattern: Pattern, tokens: list[Token]) -> list[ActorRef]:
        """'mutinous soldiers detained President Ibrahim Boubacar Keita', 'members of the presidential guard
        detained President Mohamed Bazoum': armed men of no named state who seize or hold a state's leader
        are that state's own (a coup, not a foreign raid)."""
        forces = [
            w
            for t in tokens
            for w in (t, *prep_objects(t, ("of",)))
            if self._role_sector(w) == "MIL" or w.lemma_.lower() in _GUARDS
        ]
        if not forces:
            return []
        states = self.resolver.kb.states
        leaders = {
            v.code
            for v in self._fill(pattern.target, trigger, False)[0]
            if v.kind in (ActorKind.PERSON, ActorKind.ROLE)
            and v.sector in ("GOV", "ELI")
            and v.code in states
        }
        if len(leaders) != 1:
            return []
        force = forces[0]
        span = CharSpan(force.idx, force.idx + len(force.text), force.text)
        return [ActorRef(force.text, span, leaders.pop(), "MIL", "", ActorKind.ROLE, "")]

    def _seated_in(self, token: Token) -> list[ActorRef]:
        """'urged the authorities in Tbilisi to withdraw it': a role the text names by its seat, when the
        parser hung the place on the verb instead of on the role."""
        doc = self.doc
        nxt = token.i + 1
        if not self.resolver.role_only(token) or nxt + 1 >= len(doc) or supranational(token):
            return []  # (not "an arbitration tribunal in The Hague": the city where it sits is no party)
        prep = doc[nxt]
        if prep.lower_ != "in" or prep.dep_ != "prep" or prep.head.i == token.i or not is_verbal(prep.head):
            return []
        return [
            a
            for place in children(prep)
            if place.dep_ == "pobj" and place.pos_ == "PROPN"
            for a in self.resolver.actors(place)
            if a.code and a.kind is ActorKind.STATE
        ]

    def _titled_name(self, token: Token) -> list[ActorRef]:
        """'called President Barack Obama': a title the parser took for the whole object, with the name
        that follows it hung elsewhere, stands for that name."""
        hits = self.resolver.hits
        if not self.resolver.role_only(token) or token.i + 1 >= len(self.doc):
            return []
        name = hits.get(token.i + 1)
        if name is None or name.start != token.i + 1 or name.best.kind == "role":
            return []
        return [a for a in self.resolver.actors(self.doc[name.end - 1]) if a.code]

    def _people_in(self, tokens: list[Token]) -> list[ActorRef]:
        """'aid to refugees in Liberia', 'shelled civilians in Gaza': people the text places but gives no
        nationality stand for the state they are in."""
        out: list[ActorRef] = []
        for tok in tokens:
            if tok.lemma_.lower() not in _PEOPLE:
                continue
            preps = children(tok)
            if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "dative") and is_verbal(tok.head.head):
                # ("provide aid to refugees in Liberia": the parser hangs the place on the verb)
                preps = preps + tuple(p for p in children(tok.head.head) if p.i > tok.i)
            for prep in preps:
                if prep.dep_ == "prep" and prep.lower_ in ("in", "inside"):
                    for place in children(prep):
                        if place.dep_ == "pobj":
                            out += [
                                a for a in self.resolver.actors(place) if a.code not in {o.code for o in out}
                            ]
        return out

    def _placed_people(self, tokens: list[Token], trigger: Token) -> list[ActorRef]:
        """'demonstrators broke into its embassy in Tehran': people of a civilian or domestic body whose
        country the text does not give belong to the state where they act."""
        sectors = [self._role_sector(tok) for tok in tokens]
        if not tokens or any(sector not in _PLACED_SECTORS for sector in sectors):
            return []
        place = place_for(trigger, self._places())
        if place is None or not place.country or place.country not in self.resolver.kb.states:
            return []
        if place.span is not None and any(
            t.dep_ == "poss" for t in self.doc.char_span(place.span.start, place.span.end, "expand") or ()
        ):
            return []  # "the judges rejected New Delhi's request": a possessor acts, it is no place
        out = []
        for tok, sector in zip(tokens, sectors, strict=True):
            span = CharSpan(tok.idx, tok.idx + len(tok.text), tok.text)
            out.append(ActorRef(tok.text, span, place.country, sector or "", "", ActorKind.ROLE, ""))
        return out

    def _by_agent(self, token: Token, trigger: Token, only: frozenset[str] | None = None) -> list[ActorRef]:
        """'a missile fired by Yemen's Houthis', 'troops sent by Moscow': the agent acts through the thing
        (unless the participle is the trigger itself: 'a truce mediated by Qatar' is not Qatar's truce).
        ``only``: the participles read (all but those of holding when None)."""
        return [
            actor
            for acl in children(token)
            if acl.dep_ == "acl"
            and acl.tag_ == "VBN"
            and acl.i != trigger.i
            and (acl.lemma_.lower() not in _HELD if only is None else acl.lemma_.lower() in only)
            for agent in children(acl)
            if agent.dep_ == "agent"
            for pobj in children(agent)
            if pobj.dep_ == "pobj"
            for actor in self.resolver.actors(pobj)
        ]

    def _responders(self, act: Token) -> list[ActorRef]:
        """'Israel responded with air strikes in Lebanon', 'Washington retaliated with sanctions': an act
        named as the means of a response is the responder's."""
        means = act.head
        if act.dep_ != "pobj" or means.lower_ != "with" or means.head.lemma_.lower() not in _RESPONDING:
            return []
        found: list[ActorRef] = []
        for subject in subjects(means.head, self._is_actor):
            found += [a for a in self.resolver.actors(subject, agentive=True) if a.code]
        return found

    def _detained_in(self, arrest: Token) -> list[ActorRef]:
        """'Kovrig has been detained in China': who detains people the text does not name is the state
        where they are held (not their own)."""
        if not is_passive(arrest):
            return []
        held = {a.code for o in objects(arrest) for a in self.resolver.actors(o) if a.code}
        # ("was granted asylum in Moscow": the place may hang on the verb's own object)
        hosts = [arrest, *(c for c in children(arrest) if c.dep_ in ("dobj", "obj"))]
        if arrest.dep_ == "relcl" and any(c.lower_ == "where" for c in children(arrest)):
            # "fled to Moscow, where he and his family were granted asylum": the place the clause describes
            return [a for a in self._territory_target([arrest.head], ()) if a.code not in held][:1]
        places = [g for host in hosts for g in prep_objects(host, ("in", "at"))]
        # ("were detained on arrival at Bamako airport": where they arrived)
        places += [
            g
            for prep in children(arrest)
            if prep.dep_ == "prep" and prep.lower_ in ("on", "upon")
            for arrival in children(prep)
            if arrival.dep_ == "pobj" and arrival.lemma_.lower() in ("arrival", "landing")
            for at in children(arrival)
            if at.dep_ == "prep" and at.lower_ in ("in", "at")
            for g in children(at)
            if g.dep_ == "pobj"
        ]
        # ("at Bamako airport": the place that names the airport)
        places += [c for g in places for c in children(g) if c.dep_ == "compound"]
        return [actor for g in places for actor in self._territory_target([g], ()) if actor.code not in held][
            :1
        ]

    def _expelled_from(self, expulsion: Token) -> list[ActorRef]:
        """'The German envoy was expelled from N'Djamena', 'the expulsion of the German envoy from
        N'Djamena': who expels people the text does not name is the state they are expelled from (not
        their own)."""
        if is_verbal(expulsion) and not is_passive(expulsion):
            return []
        expelled = objects(expulsion) if is_verbal(expulsion) else prep_objects(expulsion, ("of",))
        # (their own state by their words before the noun: "the German envoy", "its ambassador"; the place
        # they are expelled from may read as theirs when the parser hangs it on them: "ambassador from Chad")
        held = {
            a.code
            for o in expelled
            for w in (o, *(c for c in children(o) if c.dep_ in ("poss", "amod", "compound", "nmod")))
            if w is not o or o.pos_ == "PROPN"
            for a in self.resolver.actors(w)
            if a.code
        }
        # (the parser may hang the place on the people: "the expulsion of the German envoy from N'Djamena")
        places = [g for host in (expulsion, *expelled) for g in prep_objects(host, ("from",))]
        # (a state or its capital: "from Chad", "from N'Djamena"; not a body: "expelled from the UN")
        states = [
            a
            for g in places
            for a in (self._territory_target([g], ()) or self.resolver.actors(g))
            if a.code and a.kind is ActorKind.STATE
        ]
        return [a for a in states if a.code not in held][:1]

    def _withdrawn(self, withdrawal: Token) -> list[ActorRef]:
        """'The last Russian soldiers were pulled out of Estonia': forces withdrawn by no one named are
        withdrawn by the state they serve."""
        if not is_passive(withdrawal):
            return []
        return [
            actor
            for o in objects(withdrawal)
            if self._role_sector(o) == "MIL"
            for actor in self.resolver.actors(o)
            if actor.code and actor.kind is not ActorKind.PERSON
        ][:1]

    def _holders(self, release: Token) -> list[ActorRef]:
        """'Five Americans held in Iran were freed': who frees people the text does not say is who held
        them, a state named where (or by whom) they were held."""
        return [actor for person in objects(release) for actor in self._holders_of(person)][:1]

    def _holders_of(self, person: Token) -> list[ActorRef]:
        """The state a phrase of held people names as where (or by whom) they are held."""
        out: list[ActorRef] = []
        # ("Nazanin Zaghari-Ratcliffe and Anoosheh Ashoori, two British-Iranian dual nationals held in Iran":
        # or the apposition describing them)
        described = [c for c in children(person) if c.dep_ == "appos"]
        for acl in [*children(person), *(k for a in described for k in children(a))]:
            # ("held in Iran", "who was kidnapped by an al Qaeda-linked group in Mali")
            if acl.dep_ not in ("acl", "relcl") or acl.lemma_.lower() not in HOLDING:
                continue
            if not any(c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by") for c in children(acl)):
                out += self._detained_in(acl)  # ("who were detained on arrival at Bamako airport")
            for prep in children(acl):
                if prep.dep_ not in ("prep", "agent") or prep.lower_ not in ("in", "by"):
                    continue
                for g in (p for c in children(prep) if c.dep_ == "pobj" for p in (c, *c.conjuncts)):
                    # ("held in the United States, Germany, Poland, Slovenia and Norway": each holds some)
                    # a holder by whom they are held is placed by where it is ("a group in Mali")
                    where = self._territory_target([g], ("in",)) if prep.lower_ == "by" else []
                    found = where or [a for a in self.resolver.actors(g) if a.code]
                    out += [a for a in found if prep.lower_ == "by" or a.kind is ActorKind.STATE]
        return out

    def _demanded_back(self, seizure: Token, sources: list[ActorRef]) -> list[ActorRef]:
        """'Britain demanded the release of 15 sailors and marines seized by Iranian naval forces': people of
        no named state, whose release a state demands, are taken from that state."""
        people = seizure.head if seizure.dep_ in ("acl", "relcl") else None
        if people is None or people.dep_ != "pobj" or people.head.lower_ != "of":
            return []
        release = people.head.head
        if release.lemma_.lower() not in _RELEASE_NOUNS:
            return []
        verb = release.head.head if release.dep_ == "pobj" else release.head
        if not is_verbal(verb) or verb.lemma_.lower() not in _DEMANDING:
            return []
        own = {s.code for s in sources}
        return [
            a
            for s in subjects(verb, self._is_actor)
            for a in self.resolver.actors(s, agentive=True)
            if a.code and a.code not in own and a.kind not in (ActorKind.IGO, ActorKind.GROUP)
        ][:1]

    def _left(self, order: Token) -> list[ActorRef]:
        """'Two Russian diplomats were ordered to leave Moldova': an agentless order to leave a country is
        that country's."""
        return [
            actor
            for leave in children(order)
            if leave.dep_ == "xcomp" and leave.lemma_.lower() in DISPLACING
            for place in objects(leave)
            if place.pos_ == "PROPN"  # (not "the country", which may be theirs)
            for actor in self.resolver.actors(place)
            if actor.kind is ActorKind.STATE
        ]

    def _envoys(self, token: Token) -> list[ActorRef]:
        """'Investigators from the OPCW concluded ...', 'a delegation from the African Union visited ...',
        'denied entry to a delegation of European lawmakers': people named by their task act for the body
        they come from."""
        lemma = token.lemma_.lower()
        preps = ("from", "of") if lemma in _DELEGATIONS else ("from",) if lemma in _ENVOYS else ()
        if not preps:
            return []
        hosts = list(children(token))
        if token.dep_ in ("dobj", "obj") and is_verbal(token.head):
            # ("received a delegation from Somalia": the parser hangs the phrase on the verb)
            hosts += [p for p in children(token.head) if p.i > token.i and p.lower_ == "from"]
        return [
            actor
            for prep in hosts
            if prep.dep_ == "prep" and prep.lower_ in preps
            for body in children(prep)
            if body.dep_ == "pobj"
            for actor in self.resolver.actors(body, agentive=True)
        ]

    def _participants(self, token: Token, trigger: Token) -> list[ActorRef]:
        """'agreed to restore ties under a deal brokered by China': the parties to a thing a participle
        acts on ('brokered', 'mediated', 'hosted') are those between whom it is, or those who act with it in
        the clause around it."""
        if token.i != trigger.head.i or trigger.dep_ != "acl" or trigger.tag_ != "VBN" or is_verbal(token):
            return []
        between = [
            g for c in children(token) if c.lower_ == "between" for g in children(c) if g.dep_ == "pobj"
        ]
        parties = between
        if not parties:
            host = token.head if token.dep_ in ("dobj", "obj", "nsubjpass") else None
            if token.dep_ == "pobj" and token.head.dep_ == "prep":
                host = token.head.head
            parties = subjects(host, self._is_actor) if host is not None and is_verbal(host) else []
        out: list[ActorRef] = []
        for tok in parties:
            out.extend(self.resolver.actors(tok))
        return out

    def _borrowed_target(self, trigger: Token, code: str) -> list[ActorRef]:
        """'Malta also announced its recognition': the target of the same act named just before."""
        verb = trigger if is_verbal(trigger) else clause_verb(trigger)
        ellipsis = self.coder.modality.ellipsis
        if not any(
            c.dep_ == "advmod" and c.lower_ in ellipsis for c in (*children(trigger), *children(verb))
        ):
            return []
        for act in reversed(self.found):
            if act.code[:2] == code[:2] and act.target is not None:
                return [act.target]
        return []

    def _consequence_of(self, trigger: Token, code: str) -> list[Found]:
        """'Cambodian troops fired rockets into Thai territory, killing 11 civilians': a participle of
        consequence after a comma follows the act of force told just before it in its sentence, whatever
        clause the parser hangs it on; the acts found for that act's trigger."""
        lead = trigger
        while lead.dep_ == "conj" and lead.head.tag_ == "VBG" and lead.head.i != lead.i:
            lead = lead.head  # ("..., killing hundreds and taking 200 hostages")
        if lead.dep_ != "advcl" or lead.tag_ != "VBG" or code[:2] not in _FORCE:
            return []
        if lead.i == 0 or lead.doc[lead.i - 1].text != ",":
            return []
        sentence = self._sentence_of(trigger.i)
        for act in reversed(self.found):
            if act.trigger.i < trigger.i and act.sentence_index == sentence and act.code[:2] in _FORCEFUL:
                return [a for a in self.found if a.trigger.i == act.trigger.i]
        return []

    def _consequence_target(self, trigger: Token, code: str, sources: list[ActorRef]) -> list[ActorRef]:
        """'fired shells onto the South Korean island, killing two marines': the victims of a participle
        of consequence are on the side the act it follows was aimed at."""
        codes = {s.code for s in sources}
        acts = self._consequence_of(trigger, code)
        targets = [a.target for a in acts if a.target is not None and a.source.code in codes]
        if targets or acts or trigger.dep_ != "advcl" or trigger.tag_ != "VBG" or code[:2] not in _FORCE:
            return targets
        place = place_for(trigger.head, self._places())
        if place is not None and place.span is not None and place.country and place.country not in codes:
            return [ActorRef(text=place.name, span=place.span, code=place.country, kind=ActorKind.STATE)]
        return []

    def _brokered_parties(self, trigger: Token, sources: list[ActorRef]) -> list[ActorRef]:
        """'agreed to normalise relations with Israel in a deal brokered by the United States', 'a
        ceasefire, after negotiations mediated by Qatar': the parties to what is brokered are the sides of
        the acts of the clause it belongs to, else of the latest act of its kind told before."""
        noun = trigger.head
        own = {s.code for s in sources}
        sentence = self._sentence_of(trigger.i)
        if trigger.dep_ not in ("acl", "amod") or trigger.tag_ != "VBN" or is_verbal(noun):
            # "Moscow said it had brokered a ceasefire": between the sides of the story's latest act
            story = [
                a
                for a in self.found
                if sentence - 2 <= a.sentence_index <= sentence
                and a.trigger.i < trigger.i
                and a.target is not None
                and not {a.source.code, a.target.code} & own
                and a.source.code != a.target.code
            ]
            last = story[-1] if story else None
            return [last.source, last.target] if last is not None and last.target is not None else []
        verb = clause_verb(noun)
        acts = [
            a
            for a in self.found
            if a.sentence_index == sentence
            and a.trigger.i != trigger.i
            and clause_verb(a.trigger).i == verb.i
        ] or [
            a
            for a in self.found
            if a.sentence_index == sentence
            and a.trigger.i != trigger.i
            and a.trigger.head.i == verb.i
            and a.trigger.dep_ in ("xcomp", "conj", "advcl")
        ]
        if not acts:
            # ("agreed to a ceasefire, the prime minister announced, after negotiations mediated by ...")
            acts = [a for a in self.found if a.sentence_index == sentence and a.trigger.i < noun.i]
        if not acts and noun.dep_ in ("nsubj", "nsubjpass"):
            roots = {p.code[:2] for p in self.coder.candidates(noun)}
            acts = [a for a in self.found if a.trigger.i < noun.i and a.code[:2] in roots][-2:]
        if not acts:
            # ("Ethiopia's government and Tigrayan forces agreed to a cessation of hostilities after talks
            # brokered by the African Union": the sides of the clause's act, aimed at no one named)
            sides: list[ActorRef] = []
            for act_trigger, authors in self.untargeted:
                if self._sentence_of(act_trigger.i) == sentence and clause_verb(act_trigger).i == verb.i:
                    sides += [
                        a for a in authors if a.code not in own and all(o.span != a.span for o in sides)
                    ]
            if len({(o.code, o.sector) for o in sides}) >= 2:
                return sides
        if not acts:
            # ("it followed a long night of talks mediated by Washington": the story's latest act)
            acts = [
                a
                for a in self.found
                if sentence - 2 <= a.sentence_index <= sentence and a.trigger.i < trigger.i and a.target
            ][-1:]
        out: list[ActorRef] = []
        for act in acts:
            for side in (act.source, act.target):
                # (the sides of a state's internal war share its code: "the government and Tigrayan forces")
                if side is not None and side.code not in own and all(o.span != side.span for o in out):
                    out.append(side)
        return out if len({(o.code, o.sector) for o in out}) >= 2 else []

    def _included(self, trigger: Token, tokens: list[Token]) -> list[ActorRef]:
        """'set fire to several embassies in Kinshasa, including those of Rwanda, France and Belgium': the
        actors a list after "including" names are who the act reached."""
        if not tokens:
            return []
        # ("diplomats from seven countries, including ...": the list may hang on a noun of the phrase)
        inner = [
            g
            for t in (trigger, *tokens)
            for p in children(t)
            if p.dep_ == "prep" and p.lower_ in ("from", "of", "in")
            for g in children(p)
            if g.dep_ == "pobj"
        ]
        hosts = [trigger, *tokens, *inner, *(t.head for t in tokens if t.dep_ == "pobj")]
        for host in hosts:
            for prep in children(host):
                if prep.dep_ != "prep" or prep.lower_ not in ("including", "among"):
                    continue
                items = [c for c in children(prep) if c.dep_ == "pobj"]
                if prep.lower_ == "among":
                    # ("freed the 25 crew members, among them 17 Filipinos": a part named after "among them")
                    if not any(c.lower_ == "them" for c in items):
                        continue
                    items = [c for c in items if c.lower_ != "them"]
                for item in items:
                    if item.lower_ in ("those", "that"):
                        owners = [
                            g
                            for p in children(item)
                            if p.lower_ == "of"
                            for g in children(p)
                            if g.dep_ == "pobj"
                        ]
                        found = [a for o in owners for a in self.resolver.actors(o) if a.code]
                    else:
                        found = [a for a in self.resolver.actors(item) if a.code]
                    if found:
                        return found
        return []

    def _other_nationality(self, target: ActorRef, own: set[str]) -> ActorRef:
        """'two British-Iranian dual nationals held in Iran were freed': of a person's two nationalities
        joined by a hyphen, the one that is not the acting state's."""
        if target.span is None:
            return target
        start = target.span.start
        while start > 1 and self.text[start - 1] == "-":  # ("British-" before the span "Iranian aid worker")
            start = self.text.rfind(" ", 0, start - 1) + 1
        words = self.text[start : target.span.end]
        if "-" not in words:
            return target
        for part in words.replace("-", " ").split():
            for form in self.resolver.kb.lookup(part):
                if (
                    form.kind is ActorKind.STATE
                    and form.form is FormKind.ADJECTIVE
                    and form.entity_id not in own
                ):
                    return replace(target, code=form.entity_id, entity_id=form.entity_id)
        return target

    def _reporting_victim(self, trigger: Token, pattern: Pattern, sources: list[ActorRef]) -> list[ActorRef]:
        """'Pakistan's army said Indian troops opened fire along the border', 'Israel said rockets were fired
        from Lebanon': force a state reports, the clause naming no target, was used against that state."""
        clause = trigger if is_verbal(trigger) else clause_verb(trigger)
        if objects(clause) and (
            any(slot.split("/")[0] == "obj" for slot in pattern.target)
            or any(o.lemma_.lower() not in pattern.objects for o in objects(clause))
        ):
            # ("said that Iraq had attacked themselves", "captured part of a Karen stronghold on the Thai
            # border, Thai police said": the clause names what was attacked)
            return []
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in self.coder.modality.reporting:
            return []
        own = {s.code for s in sources}
        speakers = [
            a
            for s in subjects(clause.head, self._is_actor)
            for a in self.resolver.actors(s, agentive=True)
            if a.code and a.kind is not ActorKind.IGO
        ]
        return [a for a in speakers if a.code not in own][:1] if own else []

    def _reporting_party(self, noun: Token) -> list[ActorRef]:
        """'Egypt said the talks with Ethiopia had ended without agreement': talks "with" someone that a
        party reports, the clause naming no other side of them, are the reporter's own."""
        if not any(c.dep_ == "prep" and c.lower_ == "with" for c in children(noun)):
            return []
        clause = clause_verb(noun)
        head = noun
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _SPELLS:
            head = noun.head.head  # ("three days of talks with Sudan and Ethiopia had ended")
        if head.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
            return []
        if clause.head.lemma_.lower() not in self.coder.modality.reporting:
            return []
        return [
            a
            for s in subjects(clause.head, self._is_actor)
            for a in self.resolver.actors(s, agentive=True)
            if a.code
        ]

    def _on_visit(self, visit: Token) -> list[ActorRef]:
        """'Tajik President Emomali Rahmon, on a state visit to Kyrgyzstan, signed ...', 'speaking alongside
        President Widodo on the first day of a state visit': who is on a visit is the person the phrase
        describes, or the subject of the clause it hangs on."""
        t = visit
        for _ in range(3):  # ("on the first day of a state visit", "on the last leg of a tour")
            if t.dep_ != "pobj" or t.head.dep_ != "prep":
                return []
            prep, host = t.head, t.head.head
            if prep.lower_ in ("on", "during"):
                break
            if prep.lower_ != "of" or host.lemma_.lower() not in _PARTS_OF_TRIPS:
                return []
            t = host
        else:
            return []
        if not is_verbal(host):
            return [a for a in self.resolver.actors(host, agentive=True) if a.code]
        verb = host
        while not subjects(verb, self._is_actor) and verb.dep_ in ("advcl", "conj", "xcomp"):
            verb = verb.head  # ("apologised ..., speaking ... on the first day of a state visit")
        return [
            a
            for s in subjects(verb, self._is_actor)
            for a in self.resolver.actors(s, agentive=True)
            if a.code
        ]

    def _visited(self, trigger: Token, sources: list[ActorRef]) -> list[ActorRef]:
        """'held a summit in Vladivostok, a day after arriving by train': an arrival whose clause names no
        place is to where the act it goes with took place (a foreign country)."""
        own = {s.code for s in sources}
        place = place_for(trigger, self._places())
        if place is None and trigger.head.i != trigger.i:
            host = clause_verb(trigger.head)
            met = [a.target for a in self.found if a.trigger.i == host.i and a.code[:2] == "04" and a.target]
            met = [t for t in met if t.code not in own]
            if met:
                return met[:1]  # ("held a summit with Putin ..., a day after arriving": where Putin is)
            place = place_for(host, self._places())
            if (
                place is not None
                and place.span is not None
                and _in_side_clause(host, trigger, place.span.start)
            ):
                place = None  # ("paid a visit to the Yasukuni shrine, drawing protests from Beijing")
        if place is None or place.span is None or not place.country or place.country in own:
            return []
        return [ActorRef(text=place.name, span=place.span, code=place.country, kind=ActorKind.STATE)]

    def _treaty_sides(self, trigger: Token, sources: list[ActorRef]) -> list[ActorRef]:
        """'Russia pulled out of the Black Sea grain deal', 'India suspended the Indus Waters Treaty', 'was
        suspending its participation in New START': an act on a named agreement whose parties the clause
        leaves out is aimed at the agreement's other side (the treaty table); none when the source is on no
        side, or the other side is more than a few parties."""
        own = {s.code for s in sources}
        if not own:
            return []
        for child in children(trigger):
            if child.dep_ not in _TREATY_DEPS:
                continue
            start, end = child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text)
            found = find_treaty(self.text[start:end])
            if found is None:
                continue
            treaty, first, last = found
            others = treaty.others(frozenset(own))
            if not others or len(others) > _MOST_TREATY_PARTIES:
                return []
            span = CharSpan(start + first, start + last, self.text[start + first : start + last])
            kb = self.resolver.kb
            return [
                ActorRef(span.text, span, code, "", kb.states[code].name, ActorKind.STATE, code)
                if code in kb.states
                else ActorRef(span.text, span, code, "", kb.igos[code].name, ActorKind.IGO, code)
                for code in sorted(others)
                if code in kb.states or code in kb.igos
            ]
        return []

    def _hosted_parties(self, trigger: Token, sources: list[ActorRef]) -> list[ActorRef]:
        """'agreed to a ceasefire after talks in Moscow hosted by Lavrov': talks a third party hosts that
        name no parties of their own are between the parties the talks were coded with."""
        own = {s.code for s in sources}
        hosted = objects(trigger)
        talks = {o.i for o in hosted}
        if not any(a.trigger.i in talks for a in self.found):
            # ("... talks in Putrajaya between Hun Manet and Phumtham. The meeting was hosted by Malaysia's
            # Anwar Ibrahim", "Rubio, who hosted the ceremony": a gathering the text named just before)
            sentence = self._sentence_of(trigger.i)
            # (not a hosting thanked for: "Trump thanked Vietnam for hosting the summit")
            named = not (trigger.dep_ == "pcomp" and trigger.head.lower_ == "for") and any(
                o.lemma_.lower() in _GATHERINGS
                and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in children(o))
                for o in hosted
            )
            earlier = [
                a
                for a in self.found
                if named
                and sentence - 1 <= a.sentence_index <= sentence
                and a.trigger.i < trigger.i
                and a.code[:2] in ("04", "05")
                and a.target is not None
                and not {a.source.code, a.target.code} & own
            ]
            talks = {earlier[-1].trigger.i} if earlier else set()
        parties: list[ActorRef] = []
        for act in self.found:
            if act.trigger.i not in talks:
                continue
            for side in (act.source, act.target):
                if side is not None and side.code not in own and all(p.code != side.code for p in parties):
                    parties.append(side)
        return parties

    def _answered(self, trigger: Token, code: str, sources: list[ActorRef]) -> list[ActorRef]:
        """'New Delhi rejected the allegations': an answer's target is the party it answers."""
        anchors, cued = self.coder.responses.anchors(code, trigger)
        if not anchors:
            return []
        told = self.found
        if code[:2] in _FORCE | {"13", "15", "17"}:
            # force and threats answer no cooperation: "Clinton telephoned the two leaders ... Ethiopian jets
            # had bombed the airport" answers no telephone call (a withdrawal may be answered: "Russian troops
            # withdrew from Kherson, and Ukrainian forces entered the city")
            told = [a for a in told if a.code[:2] >= "08"]
        if code[:2] == "12":
            # a refusal answers what was asked, offered, demanded or done against the refuser, not cooperation
            # with it ("recognised by the United Nations as the winner ... The incumbent has refused to step
            # down"); cooperation between others it may reject ("signed a water deal, but Algeria rejected")
            own = {s.code for s in sources}
            told = [
                a
                for a in told
                if not ("04" <= a.code[:2] <= "09" and a.target is not None and a.target.code in own)
            ]
        sentence = self._sentence_of(trigger.i)
        if _told_as_earlier(trigger) and (
            code[:2] == "15" or (code[:2] in _FORCE and self._at_home(trigger, sources))
        ):
            # ("EU leaders agreed to ban Belarusian airlines, a day after Belarus scrambled a fighter jet": a
            # show of force told as what came before its sentence answers none of its acts; nor does force at
            # home: "the AU suspended Sudan, three days after security forces killed dozens of protesters at a
            # sit-in in Khartoum")
            told = [a for a in told if a.sentence_index != sentence]
        if not is_verbal(trigger):
            # "France condemned the Israeli strike on the convoy": an act named inside a judgement is what is
            # judged, not an answer to it
            told = [
                a
                for a in told
                if not (a.code[:2] == "11" and a.trigger.left_edge.i <= trigger.i <= a.trigger.right_edge.i)
            ]
        found = answered(anchors, sources, sentence, told)
        if found is None:
            return []
        targets, act = found
        if cued:
            self.answers[trigger.i] = act.date  # "scrambled jets in response": the same day, unless dated
        return targets

    def _at_home(self, trigger: Token, sources: list[ActorRef]) -> bool:
        """Whether an act's place is in its one source's own country."""
        place = place_for(trigger, self._places())
        return (
            len({s.code for s in sources}) == 1
            and place is not None
            and bool(place.country)
            and place.country == sources[0].code
        )

    def _internal_target(
        self, pattern: Pattern, sources: list[ActorRef], tokens: list[Token], trigger: Token
    ) -> list[ActorRef]:
        """Domestic acts ("police arrested a former vice president", flag ``domestic``): a person with no
        nationality cue is taken to be of the acting state, at home ("Iranian strikes in Pakistan killed two
        children" are not Iranian children)."""
        if "domestic" not in pattern.flags or len({s.code for s in sources}) != 1:
            return []
        place = place_for(trigger, self._places())
        if place is not None and place.country and place.country != sources[0].code:
            return []
        if pattern.code[:2] in _FORCE and (place is None or not place.country):
            return []  # ("rammed Philippine boats near the shoal, injuring several sailors": whose, unsaid)
        out: list[ActorRef] = []
        for tok in tokens:
            sector = self._role_sector(tok)
            if sector is None and tok.ent_type_ != "PERSON":
                continue
            if any(t.ent_type_ == "ORG" and t.i not in self.resolver.hits for t in tok.subtree):
                continue  # "Wall Street Journal reporter Evan Gershkovich": an affiliation we cannot place
            start, end = tok.left_edge.idx, tok.idx + len(tok.text)
            ref = ActorRef(
                text=self.text[start:end],
                span=CharSpan(start, end, self.text[start:end]),
                code=sources[0].code,
                sector=sector or "",
                kind=ActorKind.PERSON if tok.ent_type_ == "PERSON" else ActorKind.ROLE,
            )
            out.append(ref)
            self.placed[tok.i] = ref  # the person keeps that state in the sentence's other acts
        return out

    def _places(self) -> PlaceIndex:
        """The toponyms of the document, found once, when first needed."""
        if self.places is None:
            codes = {ref.code for _, ref in self.resolver.mentions() if ref.code}
            self.places = PlaceIndex(
                self.doc, self.article.published, sorted(codes), text=self.text, ents=self._named_people()
            )
        return self.places

    def _named_people(self) -> list[Span]:
        """The doc's entities, with the people the knowledge base names over several words as PERSON
        entities ("Vietnam's new president, To Lam": the tagger's "Lam" alone, after "To" read as a
        preposition, would be a place)."""
        ents = list(self.resolver.ents)
        people = {
            (hit.start, hit.end)
            for hit in self.resolver.hits.values()
            if hit.best.kind == "person" and hit.end - hit.start > 1
        }
        for start, end in sorted(people):
            inside = [e for e in ents if e.start < end and start < e.end]
            if all(e.label_ == "PERSON" and e.start >= start and e.end <= end for e in inside):
                ents = [e for e in ents if e not in inside]
                ents.append(Span(self.doc, start, end, label="PERSON"))
        return sorted(ents, key=lambda e: e.start)

    def _territory_target(
        self, tokens: list[Token], preps: tuple[str, ...] = ("in", "of", "near", "around", "outside")
    ) -> list[ActorRef]:
        """'Russian missiles hit Kharkiv': a place named as the target stands for its country's territory;
        ``preps``: the prepositions of a place the target is in (of the trigger: where force was used,
        "struck targets in Lebanon")."""
        out: list[ActorRef] = []
        if preps:
            # ("bombed military bases and the town of Gori": every conjunct of the target)
            tokens = tokens + [c for t in tokens for c in t.conjuncts if c.i > t.i and c not in tokens]
        # "fired shells at targets in Jericho", "bombed the port of Hodeidah": the place the target is in
        located = [
            g
            for tok in tokens
            for prep in children(tok)
            if prep.dep_ == "prep" and prep.lower_ in preps
            for g in children(prep)
            if g.dep_ == "pobj"
        ]
        for g in located:
            if g.lemma_.lower() in _LAND_NOUNS:
                # ("inside Ecuadorean territory", "in Syrian waters": the state whose land it is)
                out += [a for a in self.resolver.actors(g) if a.code and a.kind is ActorKind.STATE]
        # ("a village in the central Sagaing region": the name modifying the place noun)
        # (or a name the parser hangs on it: "in Pakistan and Pakistani-administered Kashmir")
        named = [c for g in located for c in children(g) if c.dep_ in ("compound", "amod", "nmod")]
        for tok in (*tokens, *located, *named):
            toponym = self._places().at(tok)
            if toponym is None or not toponym.literal or toponym.place is None or not toponym.place.country:
                continue
            span = toponym.span
            out.append(ActorRef(text=span.text, span=span, code=toponym.place.country, kind=ActorKind.STATE))
        return out

    def _role_sector(self, token: Token) -> str | None:
        """The sector of a role word heading a phrase ("police" -> COP), None if the head is no role."""
        hit = self.resolver.hits.get(token.i)
        roles = [f for f in hit.forms if f.kind == "role"] if hit is not None else []
        return self.resolver.role_sectors.get(roles[0].text.lower(), "") if roles else None


def _in_side_clause(host: Token, trigger: Token, char: int) -> bool:
    """Whether character ``char`` lies in a participle or adverbial clause of ``host`` that does not hold
    ``trigger``: what that clause tells ("..., drawing protests from Beijing") is not where the act was."""
    for clause in children(host):
        if clause.dep_ != "advcl" or clause.left_edge.i <= trigger.i <= clause.right_edge.i:
            continue
        if clause.left_edge.idx <= char < clause.right_edge.idx + len(clause.right_edge):
            return True
    return False


def _told_as_earlier(verb: Token) -> bool:
    """Whether a verb heads a clause of what came before: "a day after Belarus scrambled a fighter jet"."""
    if verb.dep_ == "pcomp" and verb.head.lower_ in _EARLIER_MARKS:
        return True
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _EARLIER_MARKS for c in children(verb)
    )


_EARLIER_MARKS = frozenset({"after", "following", "since"})
# roots of stepping back from a state: reducing relations, and yielding (a withdrawal of troops, 0874)
_PULLING_BACK = frozenset({"16", "08"})
# what a state asks for when its own people are held, and the verbs by which it asks
_RELEASE_NOUNS = frozenset({"release", "return", "freedom", "freeing"})
_DEMANDING = frozenset({"demand", "call", "urge", "seek", "press", "ask", "request"})


def in_earlier_clause(token: Token) -> bool:
    """Whether a token is inside a clause of what came before its sentence's main act ("days after the Turkish
    parliament became the last to ratify ...")."""
    t = token
    while t.head.i != t.i:
        if _told_as_earlier(t):
            return True
        t = t.head
    return False
