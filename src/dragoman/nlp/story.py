"""How a story's context completes an act: the acts around it, its parties and its time.

A mixin of the per-document coder (``coder._DocCoder``) for what a clause leaves to its story: an act
another actor "followed", an act of force one's side "confirmed" (a claim), the other side of a swap, the
author of an act a judgement names, force on a state's own armed group across its border, an order to one's
own forces, and the day an undated act continues; with the pure readings the coder asks of a clause (a
civil war, a background clause, a bare organ, an imperative, a response by other means).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Span, Token

from dragoman.model import ActorKind, ActorRef, DateSource, EventDate, Precision
from dragoman.nlp.arguments import Arguments, Found
from dragoman.nlp.assertion import Assertion, polarity
from dragoman.nlp.judgements import claimed_roots
from dragoman.nlp.lexicon import Pattern
from dragoman.nlp.syntax import (
    ACCORDS,
    ARMS,
    children,
    clause_verb,
    is_verbal,
    main_clause,
    objects,
    prep_objects,
)

# Verbs by which an actor owns an act: "confirmed that it had killed", "claimed it attacked".
CLAIMING = frozenset({"claim", "admit", "acknowledge", "confirm"})
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
STATE_FORCES = frozenset({"COP", "MIL", "SPY", "GOV"})
_CIVIL = frozenset({"CVL", "OPP", "REF"})
# nouns of an accord, which name the agreement just told
# nouns that name whatever act was just told: "Madrid called the decision hostile"
_GENERIC_ACTS = frozenset({"decision", "move", "step", "action", "measure"})
# acts that answer an act told before them: criticism and accusation (11x), rejection (12x)
_ANSWERING_ROOTS = frozenset({"11", "12"})
_ORDERING = frozenset({"order", "command", "instruct", "direct"})
# what "followed" may take: nothing, or the idiom's noun ("followed suit", "followed its lead")
_FOLLOWED = frozenset({"suit", "lead", "example"})
# nouns of measures a government takes: "took similar steps", "adopted the same measures"
_MEASURE_NOUNS = frozenset({"step", "measure", "action", "move"})
_ALIKE = frozenset({"similar", "same", "identical", "like", "parallel", "comparable"})


def alike(noun: Token) -> bool:
    """Whether a noun is qualified as like something told before: "similar steps", "the same measures"."""
    return any(c.dep_ == "amod" and c.lower_ in _ALIKE for c in children(noun))


# what "that" or "the same" before it makes the day of the act told before ("that evening", "at the same
# session")
_PARTS_OF_DAY = frozenset(
    {"day", "night", "evening", "morning", "afternoon", "session", "meeting", "summit", "sitting", "hearing"}
)


class StoryReading(Arguments):
    """The story-reading half of one document's coding (see the module's docstring)."""

    sentences: dict[int, Span]  # the sentences read so far, by index

    def _sentence(self, index: int) -> Span:
        """The sentence of that index (as ``list(doc.sents)[index]``), made once."""
        sentence = self.sentences.get(index)
        if sentence is None:
            end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.doc)
            sentence = self.sentences[index] = self.doc[self.starts[index] : end]
        return sentence

    _emit: Callable[..., None]  # records an act (``coder._DocCoder._emit``)

    def _across_border(
        self, trigger: Token, sources: list[ActorRef], targets: list[ActorRef], tokens: list[Token]
    ) -> list[ActorRef]:
        """'Turkish jets struck PKK targets in northern Iraq', 'a Colombian raid on a FARC camp inside
        Ecuadorean territory': force against a state's own armed group across its border is aimed at the
        state whose territory it hits."""
        own = {s.code for s in sources}
        if not targets or any(t.code not in own or t.kind is not ActorKind.GROUP for t in targets):
            return targets
        where = self._territory_target(tokens, ("in", "inside", "near")) or self._territory_target(
            [trigger], ("in", "inside")
        )
        abroad = [w for w in where if w.code not in own]
        return abroad[:1] or targets

    def _exchanged(
        self, release: Token, pattern: Pattern, sources: list[ActorRef], targets: list[ActorRef]
    ) -> None:
        """'freed in exchange for five Iranians detained in the United States': the other side of a swap
        frees the people given in exchange; a side the text does not name is the one the release served, and
        people of no named state are the releaser's ("Russia freed Griner in exchange for Viktor Bout")."""
        own = {s.code for s in sources}
        for people in _given_in_exchange(release):
            holders = [h for h in self._holders_of(people) if h.code not in own]
            holders = holders or [t for t in targets if t.code not in own][:1]
            freed = [
                a for a in self.resolver.actors(people) if a.code and a.code not in {h.code for h in holders}
            ] or (sources if people.ent_type_ == "PERSON" else [])
            if holders and freed:
                self._emit(release, pattern, pattern.code, Assertion.ASSERTED, None, holders, freed, [people])

    def _exchange_holders(self, release: Token, sources: list[ActorRef]) -> list[ActorRef]:
        """'Hamas freed 24 hostages in exchange for 39 Palestinian prisoners held by Israel': people freed
        whose state the text does not name are freed to the other side of the swap, who holds the people
        given for them."""
        own = {s.code for s in sources}
        return [
            h for people in _given_in_exchange(release) for h in self._holders_of(people) if h.code not in own
        ][:1]

    def _act_authors(self, trigger: Token) -> list[ActorRef]:
        """'condemned the killing of a Canadian hostage by Abu Sayyaf militants': who is judged for an act is
        who did it, named after "by", not whom it was done to."""
        return [
            a
            for obj in objects(trigger)
            if self.coder.candidates(obj)
            for prep in children(obj)
            if prep.dep_ == "prep" and prep.lower_ == "by"
            for agent in children(prep)
            if agent.dep_ == "pobj"
            for a in self.resolver.actors(agent)
            if a.code
        ]

    def _own_forces(self, order: Token, targets: list[ActorRef], sources: list[ActorRef]) -> bool:
        """Whether who is ordered is the orderer's own forces or offices: "his troops", "the army", "the State
        Department" (no other state)."""
        own = {s.code for s in sources}
        if order.lemma_.lower() not in _ORDERING or not {t.code for t in targets} <= own:
            return False
        for o in objects(order):
            actors = self.resolver.actors(o)
            if [a for a in actors if a.code not in own]:
                continue
            if self._role_sector(o) in STATE_FORCES:
                return True
            # (a state office known by its own name: "the State Department", "the Pentagon")
            if actors and all(a.sector in STATE_FORCES for a in actors):
                return True
        return False

    def _code_owned(self, verb: Token) -> None:
        """'A junta spokesman confirmed the attack', 'Israel acknowledged the strike': owning an act of force
        one's side did, named by a noun, claims responsibility for it (015)."""
        if not is_verbal(verb) or polarity(verb, False)[0]:
            return
        nouns = [
            o for o in objects(verb) if any(p.code[:2] in VIOLENT_ROOTS for p in self.coder.candidates(o))
        ]
        if not nouns:
            return
        speakers, _ = self._fill(("subj",), verb)
        codes = {s.code for s in speakers}
        roots = {p.code[:2] for n in nouns for p in self.coder.candidates(n)}
        for act in reversed(self.found):
            if act.trigger.i < verb.i and act.code[:2] in roots and act.source.code in codes and act.target:
                claim = judgement_pattern("claim", "015")
                claim = replace(claim, flags=claim.flags | {"internal"})
                owners = [s for s in speakers if s.code == act.source.code]
                self._emit(verb, claim, "015", Assertion.ASSERTED, None, owners, [act.target], [])
                return

    def _code_following(self, verb: Token) -> None:
        """'Egypt condemned the occupation, and Saudi Arabia followed on Monday', 'Britain followed suit':
        another actor doing what the story's latest act did, to the same target."""
        if not is_verbal(verb) or polarity(verb, False)[0]:
            return
        if any(o.lower_ not in _FOLLOWED for o in objects(verb)) or any(
            c.dep_ == "prep" and not _of_ones_own(c)
            for c in children(verb)
            if c.lower_ not in ("on", "in", "at")
        ):
            return
        sources, _ = self._fill(("subj",), verb)
        if not sources:
            return
        codes = {s.code for s in sources}
        followed = [
            act for act in self._acts_before(verb.i, codes) if act.target is not None and act.code[:2] <= "17"
        ]
        # ("Saudi Arabia cut ties with Iran on Sunday, after protesters stormed its embassy ... Bahrain
        # followed suit": the act of the main clause, not of a clause inside it)
        main = [act for act in followed if main_clause(clause_verb(act.trigger))]
        if main:
            # ("cut diplomatic ties with Iran and gave its diplomats 48 hours to leave": the first act told)
            last = max(act.sentence_index for act in main)
            main = sorted((act for act in main if act.sentence_index == last), key=lambda act: act.trigger.i)
        for act in (main or followed)[:1]:
            self._emit(verb, act.pattern, act.code, Assertion.ASSERTED, None, sources, [act.target], [])

    def _code_similar(self, verb: Token) -> None:
        """'Somalia broke off relations with Iran ..., days after Sudan and Djibouti took similar steps
        against the Islamic Republic': another actor taking the measure the story's latest one told, to the
        same target (or to whom the measures are taken against)."""
        if not is_verbal(verb) or polarity(verb, False)[0]:
            return
        if not any(o.lemma_.lower() in _MEASURE_NOUNS and alike(o) for o in objects(verb)):
            return
        sources, _ = self._fill(("subj",), verb)
        if not sources:
            return
        against = [
            a.code for g in prep_objects(verb, ("against",)) for a in self.resolver.actors(g) if a.code
        ]
        codes = {s.code for s in sources}
        sentence = self._sentence_of(verb.i)
        for act in reversed(self.found):
            if (
                act.trigger.i < verb.i
                and act.sentence_index >= sentence - 1
                and act.source.code not in codes
                and act.target is not None
                and act.code[:2] in ("16", "17")
                and (not against or act.target.code in against)
            ):
                earliest = min(
                    (
                        a
                        for a in self.found
                        if a.sentence_index == act.sentence_index
                        and a.source.code == act.source.code
                        and a.code[:2] in ("16", "17")
                    ),
                    key=lambda a: a.trigger.i,
                )
                # ("broke off relations with Iran and ordered its staff out": the first measure told)
                target = earliest.target if earliest.target is not None else act.target
                self._emit(
                    verb, earliest.pattern, earliest.code, Assertion.ASSERTED, None, sources, [target], []
                )
                return

    def _earlier_doers(self, noun: Token, judges: list[ActorRef]) -> list[ActorRef]:
        """'Ecuadorian police stormed its embassy ... Lopez Obrador called the raid a violation': an act noun
        with no author of its own names the latest act of its kind coded before it, and so its doer (not one
        of the judges': "Tokyo held talks with Seoul. Seoul called the talks constructive"; "the charge" is an
        accusation told before)."""
        codes = {p.code for p in self.coder.candidates(noun) if p.pos == "N"}
        roots = {c[:2] for c in codes} | claimed_roots(noun)
        accord = noun.lemma_.lower() in ACCORDS
        if accord:
            roots |= {"03"}  # "the agreement threatened their security": the accord just told
        violent = bool(roots & VIOLENT_ROOTS) or "170" in codes
        if violent:
            # ("Hezbollah fighters captured two Israeli soldiers ... Olmert called the raid an act of war": a
            # noun of violence names whichever violent act was told)
            roots |= VIOLENT_ROOTS
        generic = noun.lemma_.lower() in _GENERIC_ACTS  # "Madrid called the decision hostile": any act
        own = {j.code for j in judges}
        acts = list(reversed(self.found))
        if generic:
            # ("China downgraded its ties with Lithuania, days after Taiwan opened an office in Vilnius ...
            # Vilnius regretted the move": the act its sentence tells in the main clause, not in a clause of
            # time)
            acts.sort(key=lambda act: not main_clause(clause_verb(act.trigger)))
        for act in acts:
            # ("agreed to a ceasefire ... welcomed the agreement"; an accord signed or ties normalised, not a
            # third party's praise: "Sisi welcomed the agreement ... the Palestinians denounced the deal")
            agreed = accord and act.code.startswith(("0871", "057", "054"))
            # ("protesters stormed the Swedish embassy ... Billstrom called the attack unacceptable": a riot
            # or a seizure is an attack too)
            rioted = violent and act.code.startswith(("145", "17"))
            if (
                act.trigger.i < noun.i
                and (generic or agreed or rioted or act.code[:2] in roots)
                and act.source.code not in own
            ):
                # ("the Netherlands and Australia held Russia responsible ... Moscow rejected the findings",
                # "Washington and Berlin announced a deal": each author of that act)
                doers: list[ActorRef] = []
                for same in self.found:
                    if (
                        same.trigger.i == act.trigger.i
                        and same.code == act.code
                        and same.source.code not in own
                        and all(d.code != same.source.code for d in doers)
                    ):
                        doers.append(same.source)
                return doers
        if roots and not generic:
            # ("Yemen's Houthis seized a cargo ship on Sunday ... Japan condemned the hijacking": an act of
            # its kind told before, aimed at no one named, is still its author's)
            for trigger, authors in reversed(self.untargeted):
                doers = [a for a in authors if a.code not in own]
                kinds = {p.code[:2] for p in self.coder.candidates(trigger)}
                if violent and kinds & {"17"}:
                    kinds |= VIOLENT_ROOTS  # (a ship seized by force is a hijacking)
                if trigger.i < noun.i and doers and kinds & roots:
                    return doers
        if generic:
            # ("Russia pulled out of the grain deal ... Guterres regretted the decision": an act aimed at no
            # one named is still its author's)
            for trigger, authors in reversed(self.untargeted):
                doers = [a for a in authors if a.code not in own]
                if trigger.i < noun.i and doers:
                    return doers
        if accord:
            # ("welcomed the agreement between the UAE and Israel ... denounced the deal": its parties; "said
            # the deal between Ethiopia and Somaliland was invalid": the noun's own)
            for earlier in reversed(self.doc[max(0, noun.sent.start - 60) : noun.i + 1]):
                if earlier.pos_ == "NOUN" and earlier.lemma_.lower() in ACCORDS:
                    parties = [
                        a
                        for g in prep_objects(earlier, ("between",))
                        for a in self.resolver.actors(g)
                        if a.code and a.code not in own
                    ]
                    if parties:
                        return parties
        return []

    def _antecedent_act(self, trigger: Token, code: str, sources: list[ActorRef]) -> list[ActorRef]:
        """'the Thai army said Cambodian troops had fired on its positions, which Phnom Penh denied', 'blamed
        Iran, which Tehran dismissed as meaningless': a denial, rejection or judgement whose object is the
        "which" of a clause after a comma is aimed at the act told just before it in the sentence: at its
        doer, or, when the judge did that act, at whom it was done to."""
        if code[:2] not in _ANSWERING_ROOTS and not code.startswith("016"):
            return []
        which = [c for c in children(trigger) if c.dep_ in ("dobj", "obj") and c.tag_ == "WDT"]
        if trigger.dep_ != "relcl" or not which or which[0].i == 0 or self.doc[which[0].i - 1].text != ",":
            return []
        own = {s.code for s in sources}
        sentence_index = self._sentence_of(trigger.i)
        for act in reversed(self.found):
            if act.sentence_index != sentence_index or act.trigger.i > trigger.i:
                continue
            if act.source.code not in own:
                return [act.source]
            return [act.target] if act.target is not None and act.target.code not in own else []
        return []

    def _acts_before(self, i: int, own: set[str]) -> list[Found]:
        """The acts found before token ``i`` in its sentence and the one before, latest first, done by others
        than ``own``."""
        sentence = self._sentence_of(i)
        return [
            act
            for act in reversed(self.found)
            if act.trigger.i < i and act.sentence_index >= sentence - 1 and act.source.code not in own
        ]

    def _judged_it(self, trigger: Token, code: str, sources: list[ActorRef]) -> list[ActorRef]:
        """'Russia recognised Georgia's breakaway regions ... Tbilisi denounced it': an "it" judged or
        rejected that names no actor, or the judge's own state, stands for the act told just before, and the
        judgement is aimed at its doer (the act of a main clause before one told in a clause of time)."""
        if code[:2] not in _ANSWERING_ROOTS or not any(
            c.dep_ in ("dobj", "obj") and c.lower_ in ("it", "this") for c in children(trigger)
        ):
            return []
        acts = self._acts_before(trigger.i, {s.code for s in sources})
        told = (
            [
                act
                for act in acts
                if main_clause(act.trigger if is_verbal(act.trigger) else clause_verb(act.trigger))
            ]
            or [act for act in acts if not background(act.trigger)]
            or acts
        )
        return [told[0].source] if told else []

    def _continued(self, date: EventDate, sources: list[ActorRef], sentence_index: int) -> EventDate:
        """'The US launched air strikes on Saturday ... Trump also told Iran to end its support': an undated
        act of an actor whose act just before was dated goes on that day (another actor's undated answer
        keeps the publication date)."""
        codes = {s.code for s in sources}
        same_day = self._same_day(sentence_index)
        for act in reversed(self.found):
            if act.sentence_index < sentence_index - 1:
                break
            if background(act.trigger) or _told_before(act.trigger):
                # ("two weeks after British marines helped detain a tanker", "Kerry, who had met Sisi the
                # previous day, called the sentences draconian": no day of the story)
                continue
            if (same_day or act.source.code in codes) and act.date.source is DateSource.TEXT:
                # only a day goes on ("in April, the court removed ..." does not date what follows)
                return act.date if act.date.precision is Precision.DAY else date
        return date

    def _same_day(self, sentence_index: int) -> bool:
        """Whether the sentence says its act came the same day as the one before: "responded that evening",
        "later that day", "the same day"."""
        for tok in self._sentence(sentence_index):
            if tok.lower_ in _PARTS_OF_DAY and any(
                c.dep_ in ("det", "amod") and c.lower_ in ("that", "same") for c in children(tok)
            ):
                return True
        return False


@functools.cache
def judgement_pattern(word: str, code: str) -> Pattern:
    """The pattern record a judgement's evidence names (``judgement.<word>``)."""
    return Pattern(
        id=f"judgement.{word}",
        code=code,
        pos="A",
        lemmas=frozenset({word}),
        particle="",
        objects=frozenset(),
        prep=None,
        source=("subj",),
        target=("obj",),
        flags=frozenset({"internal"}),  # (the callers keep only the other side: ``_other_sides``)
        example="",
    )


def warring_sides(source: ActorRef, target: ActorRef) -> bool:
    """Whether two actors of one state are its government and its armed opponents (or opposition)."""
    armed = {"REB", "INS", "SEP", "IMG", "OPP"}
    state = {"GOV", "MIL", "COP"}
    return (source.sector in state and target.sector in armed) or (
        source.sector in armed and target.sector in state
    )


def civil_war(source: ActorRef, target: ActorRef) -> bool:
    """'A Myanmar military air strike on a village in Sagaing', 'rebels attacked an army base',
    'demonstrators fired rockets at the government': force between a state's forces and its armed groups or
    its people and places is coded within the state."""
    armed = {"REB", "INS", "SEP", "IMG"}
    if source.kind is ActorKind.PERSON:
        return False  # (a leader's own forces act, and who they are the text says)
    if source.sector in STATE_FORCES or (not source.sector and source.kind is ActorKind.STATE):
        return (
            target.sector in armed
            or target.sector in _CIVIL
            or (not target.sector and target.kind is ActorKind.STATE and target.text != source.text)
        )
    if source.sector in armed:
        return target.sector in STATE_FORCES or target.sector in _CIVIL
    return source.sector in _CIVIL and target.sector in STATE_FORCES


def background(trigger: Token) -> bool:
    """Whether an act is told in a clause of what came before or after the story's act: "seized a tanker on
    Friday, two weeks after marines helped detain an Iranian one"."""
    verb = trigger if is_verbal(trigger) else clause_verb(trigger)
    while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ in ("advcl", "pcomp") and any(
        c.lower_ in ("after", "before", "since") for c in (*children(verb), verb.head)
    )


def _told_before(trigger: Token) -> bool:
    """Whether an act is told in a relative clause in the pluperfect: "Kerry, who had met Sisi the previous
    day, ..." (what the actor had done before the story's act)."""
    verb = trigger if is_verbal(trigger) else clause_verb(trigger)
    return verb.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "had" for c in children(verb))


def bare_organ(token: Token) -> bool:
    """Whether a phrase is a state organ named by a bare definite description: "the regime", "the
    authorities" (no possessor, no national word)."""
    return (
        token.lower_ in _ORGANS
        and not any(c.dep_ in ("poss", "amod", "compound", "nmod") for c in children(token))
        and any(c.lower_ == "the" for c in children(token))
    )


def imperative(trigger: Token) -> bool:
    """Whether a verb is a bare imperative: a base form with no subject or auxiliary heading its clause."""
    return (
        trigger.tag_ == "VB"
        and trigger.dep_ in ("ROOT", "ccomp", "parataxis")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in children(trigger))
    )


# measures a response names without saying what they are ("responded with countermeasures")
_UNNAMED = frozenset({"measure", "countermeasure", "step"})
# verbs by which a participle tells what was said of an act, not how it was done
_TELLING = frozenset({"say", "add", "tell", "claim", "insist", "warn", "vow", "call", "describe"})


def by_means(trigger: Token) -> bool:
    """Whether a verb of responding names its act as a means: "retaliated by expelling", "responded with
    sanctions"."""
    lemma = trigger.lemma_.lower()
    back = any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in children(trigger))
    if lemma not in ("retaliate", "respond", "react", "reply", "answer", "avenge") and not (
        back and lemma in ("hit", "strike", "fire")
    ):
        return False  # ("Beijing hit back with duties": the duties are the act)
    if any(
        c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > trigger.i and c.lemma_.lower() not in _TELLING
        for c in children(trigger)
    ):
        return True  # ("China retaliated within hours, barring ten Europeans": the means is the act)
    return any(
        (prep.lower_ == "by" and any(c.dep_ == "pcomp" for c in children(prep)))
        or (
            prep.lower_ == "with"
            # ("the South's forces fired back with howitzers", "retaliated with heavy weapons": a weapon is
            # no act of its own)
            # (nor are measures left unnamed: "would respond with countermeasures" is the response told)
            and any(
                c.dep_ == "pobj" and c.lemma_.lower() not in ARMS and c.lemma_.lower() not in _UNNAMED
                for c in children(prep)
            )
        )
        for prep in children(trigger)
        if prep.dep_ == "prep"
    )


_ORGANS = frozenset({"regime", "government", "authorities", "junta", "administration", "leadership"})


def _of_ones_own(prep: Token) -> bool:
    """'Japan followed with a statement of its own': the same act, done by another."""
    return prep.lower_ == "with" and any(t.lower_ == "own" for t in prep.subtree)


def _given_in_exchange(release: Token) -> list[Token]:
    """The people a release names as given "in exchange for" (or "in return for") those it frees."""
    given: list[Token] = []
    for prep in children(release):
        exchange = _exchange(prep)
        if exchange is None:
            continue
        found = [g for f in children(exchange) if f.lower_ == "for" for g in children(f)]
        # ("in exchange for an Afghan serving a life sentence": the parser makes the person a clause's
        # subject)
        found += [s for g in found if g.dep_ == "pcomp" for s in children(g) if s.dep_ == "nsubj"]
        given.extend(found)
    for taking in children(release):
        # ("freed Gershkovich ..., receiving in return eight Russians held in the United States": what the
        # releaser takes in return is given by the other side)
        if (
            taking.dep_ in ("advcl", "conj", "xcomp")
            and taking.lemma_.lower() in _TAKING
            and any(p.dep_ == "prep" and _exchange(p) is not None for p in children(taking))
        ):
            given.extend(o for o in children(taking) if o.dep_ in ("dobj", "obj", "npadvmod"))
    return given


def _exchange(prep: Token) -> Token | None:
    """The noun of an "in exchange" or "in return" phrase headed by ``prep``, if it is one."""
    if prep.lower_ != "in":
        return None
    return next(
        (g for g in children(prep) if g.dep_ == "pobj" and g.lemma_.lower() in ("exchange", "return")), None
    )


# verbs by which a side takes people in a swap: "receiving in return eight Russians"
_TAKING = frozenset({"receive", "get", "win", "secure", "obtain", "take"})
