"""The event coder: CAMEO events from spaCy's dependency parse and the pattern lexicon.

For every verb or noun whose lemma triggers a pattern, the coder checks the pattern's constraints (particle,
object, preposition), asks whether the act is asserted (not negated, hypothetical, conditional, questioned or
merely wanted), refines the code through chains ("agreed to restore ties" is an intent, "urged Russia
to withdraw" an appeal for de-escalation), finds the source and target through the pattern's slots
(voice-aware: "were expelled by Latvia"), dates the event from the date expression that governs its clause,
and merges repeats of the same act within the article into one event with several pieces of evidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.parts_of_speech import AUX, NOUN, PROPN, VERB
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc, Span, Token

from dragoman.model import (
    ActorKind,
    ActorRef,
    Article,
    CharSpan,
    CodingResult,
    DateSource,
    Event,
    EventDate,
    Evidence,
    Mention,
    Place,
    event_id,
)
from dragoman.model.cameo import CameoTable
from dragoman.nlp.actors import ActorMatcher, ActorResolver
from dragoman.nlp.arguments import ASKING_ROOTS, DISPLACING, HOLDING, Found, in_earlier_clause
from dragoman.nlp.assertion import (
    CLAIMS,
    DEMANDING_NOUNS,
    FINITE_TAGS,
    FUTURE,
    MODALS,
    NON_FINITE_TAGS,
    PRESUPPOSING_PREPS,
    REFUSABLE_ROOTS,
    Assertion,
    considered_force,
    infinitive_clause,
    on_condition,
    polarity,
    read_assertion,
    wished_cooperation,
)
from dragoman.nlp.coref import REFLEXIVE
from dragoman.nlp.discourse import WINDOW, Responses, answered, load_responses
from dragoman.nlp.judgements import (
    ACCUSING_ROOTS,
    COUPS,
    FINDING,
    STANCE_ROOTS,
    Judgement,
    Obligation,
    claimed_roots,
    find_judgements,
    find_obligations,
    load_judgements,
    names_its_object,
)
from dragoman.nlp.lexicon import Lexicon, Modality, Pattern, load_modality
from dragoman.nlp.places import PlaceIndex, place_for
from dragoman.nlp.story import (
    CLAIMING,
    STATE_FORCES,
    VIOLENT_ROOTS,
    StoryReading,
    alike,
    bare_organ,
    by_means,
    civil_war,
    imperative,
    judgement_pattern,
    warring_sides,
)
from dragoman.nlp.syntax import (
    ACCORDS,
    ARMS,
    SPANS,
    SUBJECT_DEPS,
    WARNING,
    DocColumns,
    after_object_comma,
    children,
    clause_verb,
    conjoined_matches,
    first_match,
    forces_move,
    is_passive,
    is_verbal,
    lemma_in,
    main_clause,
    naming_clauses,
    needed_words,
    noun_read_as_verb,
    objects,
    prep_objects,
    purposes,
    readiness,
    sentence_starts,
    subjects,
)
from dragoman.nlp.timing import DateIndex

_FORCE_ROOTS = frozenset({"15", "17", "18", "19", "20"})
# sectors of armed opponents of a state's government (rebels, insurgents, separatists, militias)
_ARMED = frozenset({"REB", "INS", "SEP", "IMG"})
# rulings, the cases they settle, and the verbs by which a party brings a case ("a case brought by Manila")
_RULINGS = frozenset({"ruling", "award", "verdict", "judgment", "judgement", "decision"})
_CASES = frozenset({"case", "complaint", "suit", "lawsuit", "petition", "challenge"})
_BRINGING = frozenset({"bring", "file", "lodge", "launch", "submit", "initiate"})
# nouns of a release of captives
_RELEASES = frozenset({"release", "freeing", "liberation", "return", "handover"})
# sectors of people who protest: the opposition, civilians, workers, students, refugees
_DISSENT = frozenset({"OPP", "CVL", "LAB", "EDU", "REF"})
# Objects of a verb of force that make it a figure of speech: "attacked the proposal".
_NOT_FORCE_TARGETS = frozenset(
    {"proposal", "plan", "idea", "policy", "decision", "statement", "remark", "comment", "report", "claim"}
    | {"position", "stance", "law", "bill", "resolution", "offer", "record", "view", "approach", "strategy"}
)
# things an "attack" on is a figure of speech ("attacks on the Turkish economy", "an assault on democracy")
_UNHARMED_BY_FORCE = frozenset(
    {"economy", "currency", "lira", "rouble", "ruble", "market", "markets", "sovereignty", "democracy"}
    | {"dignity", "freedom", "freedoms", "credibility", "reputation", "interests", "values", "principles"}
)
# verbs a government answers a charge with, and the root of the charges (disapproval: criticism,
# accusation, protest) a negated answer to them denies: "Moscow said none of its planes had been in the area"
_DENYING_SPEECH = frozenset({"say", "insist", "maintain", "stress", "state", "reiterate", "assert"})
_CHARGING_ROOT = "11"
# verbs of a warning, whose clause of what will come is a threat: "warned that any attack would be met with
# a harsh response"; the words that make it a threat of force (138)
_CAUTIONING = frozenset({"warn", "caution"})
# verbs of pledging whose infinitive, coded by no pattern, is an intent to cooperate ("pledged to back ...")
_PLEDGING = frozenset({"pledge", "promise", "commit"})
# acts of harm a pledge may name ("pledged to punish those responsible"): not cooperation
_HARMING = frozenset(
    {"punish", "fight", "attack", "destroy", "retaliate", "avenge", "crush", "defeat", "hit", "strike"}
    | {"respond", "expel", "sanction", "oppose", "resist", "eliminate", "kill", "target", "confront"}
    | {"annihilate", "eradicate", "wipe", "prosecute", "arrest", "hunt", "pursue", "retake", "recapture"}
    | {"counter", "contain", "deter", "curb", "isolate", "pressure"}
)
_FORCE_WORDS = frozenset(
    {"retaliation", "retaliate", "war", "force", "fury", "strike", "attack", "respond", "response"}
    | {"military", "militarily", "forces", "army", "consequences", "punishment", "pay"}
)
# words by which a denied clause has no one do or suffer the act: "none of its planes had been in the area"
_NO_ONE = frozenset({"none", "nobody", "nothing", "neither"})
# verbs of a stance, which a negated answer takes rather than denies a fact: "did not accept the complaint"
_STANCES = frozenset(
    {"recognise", "recognize", "accept", "want", "agree", "intend", "plan", "seek", "support", "believe"}
    | {"see", "consider", "need", "expect", "know", "think", "wish", "like", "allow", "tolerate", "rule"}
)
# Verbs that lay an obligation besides the verbs of saying: "insisted that Iraq must".
_INSISTING = frozenset({"insist", "reiterate", "stress", "conclude", "declare", "emphasise", "emphasize"})
_NATIONAL_KINDS = frozenset({ActorKind.STATE, ActorKind.ROLE, ActorKind.PERSON, ActorKind.GROUP})
# acts between the parties a plural subject names, when no one else is named: "the two leaders agreed to
# reopen embassies"
# acts that may be an actor's charge against another when told in its justification ("saying it had ...")
_JUSTIFYING_ROOTS = frozenset({"12", "13", "15", "16", "17", "18", "19", "20"})
# prepositions of where force is aimed (not "from" where it comes from)
_AIMED_AT = frozenset(
    {"at", "on", "in", "into", "onto", "upon", "against", "near", "inside", "across", "over"}
)
# what an arrest is made on: "on suspicion of spying", "on charges of espionage"
_GROUNDS_OF_ARREST = frozenset({"suspicion", "suspicions", "charge", "charges", "accusation", "accusations"})
_SPYING = frozenset({"spy", "spying", "espionage"})
# (not praise: 051; a truce two sides observe is each one's: "India and Pakistan would observe the ceasefire")
# (not mediation, 045: "the deal the United Nations and Turkey brokered" is no mediation between the two)
_MUTUAL = (
    *("030", "031", "032", "035", "036", "040", "041", "042", "043", "044", "046", "050", "054", "057", "06"),
    *("081", "085", "0871"),
)
# what a state hosts that is no visitor: "has hosted a contingent of Russian troops ever since"
_STATIONED = frozenset(
    {"troop", "troops", "force", "forces", "soldier", "soldiers", "base", "bases", "contingent", "garrison"}
    | {"peacekeeper", "peacekeepers", "refugee", "refugees", "migrant", "migrants", "missile", "missiles"}
)
# dangers one warns another of, which are not the warner's to carry out: "warned Israel of a possible attack"
_DANGERS = frozenset(
    {"attack", "plot", "danger", "risk", "terror", "terrorism", "assault", "invasion", "incursion"}
)


def _warned_of_danger(verb: Token) -> bool:
    """Whether a warning is "of" or "about" a danger, not a threat of the warner's own act."""
    return any(
        g.lemma_.lower() in _DANGERS
        for prep in children(verb)
        if prep.dep_ == "prep" and prep.lower_ in ("of", "about")
        for g in children(prep)
        if g.dep_ == "pobj"
    )


# verbs of the toll of an act of force, which add no act of their own ("..., killing five people")
_TOLLS = frozenset({"kill", "wound", "injure", "hurt", "maim"})
_OFFERING = frozenset({"offer", "propose", "volunteer"})
_ORDERING = frozenset({"order", "command", "instruct", "direct"})
_JUDGING_ROOTS = frozenset({"05", "11", "12"})
# (not praise, root 05: "hailed the deal as a milestone" is aimed at the deal's parties)
_COOPERATIVE_ROOTS = frozenset({"03", "04", "06", "07", "08"})
# acts whose place is a venue, not a party: "talks in South Africa brokered by the African Union"
_VENUE_CODES = frozenset({"043", "044", "045", "046"})
# what declining to do leaves unsaid rather than rejected: "declined to comment"
_COMMENTING = frozenset({"comment", "elaborate", "confirm", "speak", "say"})
# Intent verbs that report a decision or a commitment: a conflictual act decided on or committed to is the act
# ("agreed to ban Belarusian airlines", "pledged to expel the Brotherhood's leaders"), not a threat as it is
# after "vowed", "ready" or "willing".
_DECIDING = frozenset({"agree", "decide", "resolve", "vote", "pledge", "promise", "commit"})
_CHAINING_ROOTS = frozenset({"02", "10", "12", "13", "16"})
_CANDIDATES_KEPT = 200_000  # (pos, lemma, form) keys whose candidate patterns a coder remembers
_FITTING_KEPT = 1_000  # sets of needed words present, per candidates tuple, whose fitting patterns are kept
# The trigger class of a coarse part of speech (spaCy's ids), as ``pattern_for`` reads it.
_TRIGGER_POS = {VERB: "V", AUX: "V", NOUN: "N", PROPN: "N"}


# what ``triggers`` reads off a tuple of candidate patterns (see ``EventCoder._needs``)
_Needs = tuple[
    tuple[Pattern, ...],
    tuple[tuple[frozenset[int], ...], ...],
    frozenset[int],
    dict[frozenset[int], tuple[Pattern, ...]],
]


class EventCoder:
    """Codes parsed docs into events. Holds no per-document state; safe to reuse across documents."""

    def __init__(
        self,
        lexicon: Lexicon,
        cameo: CameoTable,
        matcher: ActorMatcher,
        modality: Modality | None = None,
        responses: Responses | None = None,
        *,
        one_sided: bool = False,
    ) -> None:
        self.lexicon = lexicon
        # keep events with no target ("Morales resigned"); by default an event is a dyad
        self.one_sided = one_sided
        self.cameo = cameo
        self.matcher = matcher
        self.modality = modality or load_modality()
        self.responses = responses or load_responses()
        # the words by which an attacker tells its attack as an answer: the response lexicon's verbs and cues
        self.answering = frozenset(self.responses.verbs) | frozenset(self.responses.cues)
        self.judgements = load_judgements()
        # (pos, lemma id, lower-case form id) -> the patterns to try; ids are the doc's string hashes
        self._candidates: dict[tuple[str, int, int], tuple[Pattern, ...]] = {}
        # a lemma's string id -> the string id of its lower-cased word (see ``triggers``)
        self._lowered: dict[int, int] = {}
        # id of a candidates tuple -> the tuple (kept, so the id stays its own), its patterns' needed words
        # (as string ids), all those words, and the patterns that fit a doc by which of those words it has
        self._needs: dict[int, _Needs] = {}

    def code(self, doc: Doc, article: Article) -> CodingResult:
        return _DocCoder(self, doc, article).run()

    def pattern_for(self, token: Token) -> Pattern | None:
        """The most specific pattern whose trigger and constraints the token satisfies."""
        return _first_fitting(self.candidates(token), token)

    def candidates(self, token: Token) -> tuple[Pattern, ...]:
        """The patterns the token's part of speech and lemma (a noun's form, failing that) may trigger, in the
        lexicon's order."""
        pos = "V" if is_verbal(token) else "N" if token.pos_ in ("NOUN", "PROPN") else ""
        if not pos:
            return ()
        patterns = self.lexicon.candidates(pos, token.lemma_.lower())
        if not patterns and pos == "N":
            patterns = self.lexicon.candidates(pos, token.lower_)
        return patterns

    def triggers(self, doc: Doc, columns: DocColumns | None = None) -> list[tuple[Token, Pattern]]:
        """Every token of the doc that ``pattern_for`` gives a pattern, with it, in text order. Only
        tokens whose part of speech and lemma have candidate patterns are looked at as ``Token`` objects.
        ``columns``: the doc's columns, when the caller has already read them."""
        found: list[tuple[Token, Pattern]] = []
        strings = doc.vocab.strings
        table = self._candidates
        if columns is None:
            columns = DocColumns(doc)
        lemmas, lowers = columns.lemmas, columns.lowers
        # the doc's words, as ``first_match`` compares them: a pattern needing a word the doc lacks is skipped
        words = _word_ids(columns, strings, self._lowered)
        viable: dict[int, tuple[Pattern, ...]] = {}  # id of a candidates tuple -> those the doc can satisfy
        poses = columns.poses
        for i in [i for i, pos in enumerate(poses) if pos in _TRIGGER_POS]:
            pos = _TRIGGER_POS[poses[i]]
            lemma_id = lemmas[i]
            lower_id = lowers[i]
            key = (pos, lemma_id, lower_id)
            patterns = table.get(key)
            if patterns is None:
                patterns = self.lexicon.candidates(pos, strings[lemma_id].lower())
                if not patterns and pos == "N":
                    patterns = self.lexicon.candidates(pos, strings[lower_id])
                if len(table) < _CANDIDATES_KEPT:
                    table[key] = patterns
            if not patterns:
                continue
            fitting = viable.get(id(patterns))
            if fitting is None:
                needs = self._needs.get(id(patterns))
                if needs is None:
                    groups_of = tuple(map(_needed_ids, patterns))
                    needed = frozenset(word for groups in groups_of for group in groups for word in group)
                    needs = self._needs[id(patterns)] = (patterns, groups_of, needed, {})
                # (which patterns fit depends only on which of the words they need the doc has: kept by those)
                present = frozenset(needs[2] & words)
                fitting = needs[3].get(present)
                if fitting is None:
                    fitting = tuple(
                        p
                        for p, groups in zip(patterns, needs[1], strict=True)
                        if all(not present.isdisjoint(group) for group in groups)
                    )
                    if len(needs[3]) < _FITTING_KEPT:
                        needs[3][present] = fitting
                viable[id(patterns)] = fitting
            if fitting:
                token = doc[i]
                pattern = _first_fitting(fitting, token)
                if pattern is not None:
                    found.append((token, pattern))
        return found


def _word_ids(columns: DocColumns, strings: StringStore, lowered: dict[int, int]) -> set[int]:
    """The string ids of the doc's lower-case forms and lower-cased lemmas (the words ``first_match``
    compares): a lower-case form's id is its word's; a lemma's is mapped to the id of its lower-cased word
    through ``lowered``, which keeps the lemmas met so far (the string store builds a new ``str`` on every
    read)."""
    words = set(columns.lower_set)
    lemma_ids = columns.lemma_set
    try:
        words.update(map(lowered.__getitem__, lemma_ids))
    except KeyError:  # (lemmas not met before: each one looked at, never the whole of ``lowered``)
        for lemma in lemma_ids:
            word = lowered.get(lemma)
            if word is None:
                word = get_string_id(strings[lemma].lower())
                if len(lowered) < _CANDIDATES_KEPT:
                    lowered[lemma] = word
            words.add(word)
    return words


def _needed_ids(pattern: Pattern) -> tuple[frozenset[int], ...]:
    """``needed_words`` as string ids (a string's id is the same in every vocabulary)."""
    return tuple(frozenset(map(get_string_id, group)) for group in needed_words(pattern))


class _DocCoder(StoryReading):
    """The coding of one document: its resolver, date index and the acts found so far."""

    def __init__(self, coder: EventCoder, doc: Doc, article: Article) -> None:
        self.coder = coder
        self.doc = doc
        self.text = _doc_text(doc, article.text)
        self.article = article
        self.resolver = ActorResolver(doc, coder.matcher, article.published, self.text)
        self.dates: DateIndex | None = None  # built when the first act is dated
        self.starts = _sentence_starts(doc)
        self.columns = DocColumns(doc)
        self.sentences: dict[int, Span] = {}
        self.found: list[Found] = []
        self.untargeted: list[tuple[Token, list[ActorRef]]] = []
        self.places: PlaceIndex | None = None
        self.placed: dict[int, ActorRef] = {}  # a person the domestic reading gave a state, by token
        self.answers: dict[int, EventDate] = {}  # trigger -> the date of the act it answers "in response"

    def run(self) -> CodingResult:
        rebuttals: list[tuple[Token, Pattern]] = []
        for token, pattern in self.coder.triggers(self.doc, self.columns):
            if pattern.code[:2] == "13" and _answers_what_follows(token):
                # ("vowed severe revenge after Soleimani was killed in a U.S. drone strike": the threat
                # answers an act its sentence tells after it, coded first)
                rebuttals.append((token, pattern))
                continue
            before = len(self.found)
            self._code_trigger(token, pattern)
            for also in conjoined_matches(self.coder.candidates(token), token, pattern):
                self._code_trigger(token, also)
            if len(self.found) == before and self._rebuttal(token, pattern):
                rebuttals.append((token, pattern))
        if self.found:  # (following an act, or owning one, needs an act told before)
            strings = self.doc.vocab.strings
            for i in self.columns.with_lemma({strings["follow"]}):
                self._code_following(self.doc[i])
            for i in self.columns.with_lemma({strings[w] for w in ("take", "adopt") if w in strings}):
                self._code_similar(self.doc[i])
            for i in self.columns.with_lemma({strings[w] for w in CLAIMING}):
                self._code_owned(self.doc[i])
        reporting = self.coder.modality.reporting
        strings = self.doc.vocab.strings
        if "welcome" in strings:  # (an expulsion said before the judgements that may answer it)
            for i in self.columns.with_lower({strings["welcome"]}):
                self._code_unwelcome(self.doc[i], reporting)
        for judgement in find_judgements(self.doc, self.coder.judgements, reporting, self.columns):
            self._code_judgement(judgement)
        for obligation in find_obligations(self.doc, reporting | _INSISTING, self.columns):
            self._code_obligation(obligation)
        dismay = {strings[w] for w in _DISMAY | _OUTRAGE | {"sorry"} if w in strings}
        for i in self.columns.with_lower(dismay):
            self._code_feeling(self.doc[i], reporting)
        for token, pattern in rebuttals:
            # "held Russia responsible for the downing ... Moscow rejected the findings": an accusation a
            # judgement carries is coded after the triggers; the rebuttal of it answers it then
            self._code_trigger(token, pattern)
        if self.found:  # (a denial answers a charge told before it)
            for i in self.columns.with_lemma({strings[w] for w in _DENYING_SPEECH if w in strings}):
                self._code_denial(self.doc[i])
        for i in self.columns.with_lemma({strings[w] for w in _CAUTIONING if w in strings}):
            self._code_warning(self.doc[i])
        for i in self.columns.with_lemma({strings[w] for w in _PLEDGING if w in strings}):
            self._code_pledge(self.doc[i])
        mentions = tuple(
            Mention(self.article.id, self._sentence_of(span.start), ref)
            for span, ref in self.resolver.mentions()
        )
        return CodingResult(article=self.article, events=self._merge(), mentions=mentions)

    def _code_feeling(self, word: Token, reporting: frozenset[str]) -> None:
        """'Beijing said it was seriously concerned about India's ban', 'a Kremlin aide said Moscow was
        disappointed': a speaker's own dismay (012), or outrage (111: "said Canberra was appalled"), at the
        act it names or, naming none, at whoever just acted against it."""
        if word.dep_ == "acomp" and word.head.lemma_.lower() in ("be", "remain"):
            clause = word.head
        elif (
            word.dep_ == "conj"
            and word.head.dep_ == "acomp"
            and word.head.head.lemma_.lower() in ("be", "remain")
        ):
            clause = word.head.head  # ("was surprised and disappointed by ...")
        elif word.dep_ == "ccomp" and any(c.dep_ == "auxpass" for c in children(word)):
            clause = word  # ("said Moscow was disappointed": the parser's passive reading)
        else:
            return
        speech = clause.head
        if clause.dep_ != "ccomp" or speech.lemma_.lower() not in reporting or polarity(clause, False)[0]:
            return
        sources, _ = self._fill(("subj",), speech)
        bearers = [
            a for c in children(clause) if c.dep_ in ("nsubj", "nsubjpass") for a in self.resolver.actors(c)
        ]
        codes = {s.code for s in sources}
        if not codes or {b.code for b in bearers} - codes:
            return  # ("said the Serbs were worried": another's feelings)
        if word.lower_ == "sorry":
            # "told China it was very sorry for the loss of a Chinese pilot": an apology to whom it was told
            told = [a for a in self._fill(("obj", "dative", "prep:to"), speech)[0] if a.code not in codes]
            if told:
                pattern = judgement_pattern("sorry", "055")
                self._emit(word, pattern, "055", Assertion.ASSERTED, None, sources, told, [], dated_by=speech)
            return
        about = prep_objects(word, ("about", "over", "by", "at"))
        # ("said it was shocked by the expulsions": the parser's passive reading hangs "by" as the agent)
        about += [g for c in children(word) if c.dep_ == "agent" for g in children(c) if g.dep_ == "pobj"]
        # ("unhappy about the way Beijing handled the outbreak": the doer of the clause the manner noun has;
        # not a pronoun, which may stand for an act: "the way it had been carried out")
        about = [
            next(
                (
                    s
                    for c in children(o)
                    if c.dep_ == "relcl"
                    for s in children(c)
                    if s.dep_ == "nsubj" and s.pos_ != "PRON"
                ),
                o,
            )
            if o.lemma_.lower() in ("way", "manner")
            else o
            for o in about
        ]
        targets = [a for o in about for a in self.resolver.actors(o) if a.code]
        if not targets and about:
            targets = self._earlier_doers(about[0], sources)
        if not about:
            found = answered(("counter",), sources, self._sentence_of(word.i), self.found)
            targets = found[0] if found is not None else []
        targets = _other_sides(sources, targets)
        if targets:
            code = "111" if word.lower_ in _OUTRAGE else "012"
            pattern = judgement_pattern(word.lower_, code)
            self._emit(word, pattern, code, Assertion.ASSERTED, None, sources, targets, [], dated_by=speech)

    def _code_warning(self, warn: Token) -> None:
        """'Blinken warned that the United States would reverse the move if Caracas failed to honour its
        commitments', 'warned that any further provocation would meet enormous retaliation', 'the embassy
        called the decision provocative and warned that it would further damage relations': a government
        warning what will come is a threat (130; 138 if force is named), aimed at whom the condition names,
        the other side the clause names, or else at whoever it answers."""
        if polarity(warn, False)[0]:
            return
        clauses = [
            v
            for c in children(warn)
            if c.dep_ == "ccomp"
            for v in (c, *c.conjuncts)
            if any(a.dep_ == "aux" and a.lower_ in FUTURE for a in children(v))
        ]
        if not clauses:
            return
        sources, _ = self._fill(("subj",), warn)
        if not sources:
            return
        codes = {s.code for s in sources}
        sentence = self._sentence_of(warn.i)
        if any(
            f.sentence_index == sentence and f.code[:2] == "13" and f.source.code in codes for f in self.found
        ):
            return  # ("warned that it would expel Algerian diplomats": the threat is coded by its act)
        targets: list[ActorRef] = []
        for clause in clauses:
            targets += [
                a for c in on_condition(clause, ("if", "unless")) for a in self._fill(("subj",), c)[0]
            ]
        if not targets:
            named = [
                w
                for clause in clauses
                for t in subjects(clause, self._is_actor)
                + [c for c in children(clause) if c.dep_ == "nsubjpass"]
                # ("further provocations from North Korea would draw enormous retaliation", "any attack from
                # Lebanon would be met with a harsh response")
                for w in (t, *prep_objects(t, ("from", "by")), *(c for c in children(t) if c.dep_ == "poss"))
            ]
            named += [t for clause in clauses for t in prep_objects(clause, ("against", "on", "to"))]
            targets = [a for t in named for a in self.resolver.actors(t)]
        targets = _other_sides(sources, [t for t in targets if t.code])
        if not targets and all(_foretold_by_answer(s) for c in clauses for s in subjects(c)):
            found = answered(("counter", "own"), sources, sentence, self.found)
            targets = _other_sides(sources, found[0]) if found is not None else []
        if not targets and any(self._in_response(c) for c in clauses):
            # "Putin and Kim signed a pact ... South Korea warned that it would reconsider its refusal to arm
            # Ukraine in response": an answer to others' act is aimed at the doer of the latest act told (its
            # first side, when it is told both ways)
            earlier = [
                f
                for f in self.found
                if sentence - 2 <= f.sentence_index <= sentence
                and f.trigger.i < warn.i
                and f.source.code not in codes
                and (f.target is None or f.target.code not in codes)
            ]
            if earlier:
                latest = earlier[-1].trigger.i
                targets = [next(f for f in earlier if f.trigger.i == latest).source]
        if targets:
            # (the force is in what will come, not in the condition: "would curse him if he raised the
            # killings in his drug war")
            forceful = any(
                t.lemma_.lower() in _FORCE_WORDS and not (t.dep_ == "pobj" and t.head.lower_ == "in")
                for c in clauses
                for t in (c, *_own_words(c))
            )  # ("would review its trade policy in response": the cue names no force)
            code = "138" if forceful else "130"
            pattern = judgement_pattern("warning", code)
            self._emit(warn, pattern, code, Assertion.ASSERTED, None, sources, targets, [], dated_by=warn)

    def _claimed_later(self, trigger: Token) -> tuple[list[ActorRef], Token | None]:
        """'A suicide bomber killed 13 American soldiers in Kabul, in an attack claimed by Islamic State's
        Afghan branch': an act of violence whose doer the text does not name is that of the armed group that
        claims the attack in the rest of its sentence ("were killed when a woman blew herself up ..., in an
        attack claimed by the Baloch Liberation Army"), with the noun of the act claimed. (A claim in the next
        sentence may be of another act: a blind set lost by it.)"""
        index = self._sentence_of(trigger.i)
        end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.doc)
        for verb in self.doc[trigger.i + 1 : end]:
            if verb.lemma_.lower() != "claim" or not is_verbal(verb) or polarity(verb, False)[0]:
                continue
            # (an act named, not a bare "claimed responsibility", which tells no more than that the group says
            # so: "Drones struck an oil plant in Saudi Arabia, and the Houthis claimed responsibility")
            acts = [
                o for o in objects(verb) if o.lemma_.lower() in _CLAIMABLE or self.resolver.coref.is_act(o)
            ]
            if not acts:
                continue
            found = [a for a in self._fill(("subj",), verb)[0] if a.code and a.sector in _ARMED_GROUPS]
            if found:
                return found, acts[0]
        return [], None

    def _economic_answer(self, trigger: Token, sources: list[ActorRef]) -> bool:
        """Whether a verb of answering ("retaliate", "respond") answers economic measures: measures it
        names ("retaliated against the US tariffs", "respond with duties"), or, naming none, the latest
        act of sanctions or tariffs the story told against its actor."""
        if trigger.lemma_.lower() not in self.coder.responses.verbs:
            return False
        named = [
            w
            for o in prep_objects(trigger, ("against", "to", "for", "with"))
            for w in (o, *prep_objects(o, ("on", "against")))
        ]
        if named:
            return any(w.lemma_.lower() in _ECONOMIC_MEASURES for w in named)
        found = answered(("counter",), sources, self._sentence_of(trigger.i), self.found)
        return found is not None and found[1].code.startswith(("163", "1312"))

    def _in_response(self, clause: Token) -> bool:
        """Whether a clause is said with a cue of the response lexicon ("in response", "in retaliation"),
        wherever in it the parser hangs the phrase ("would reconsider its refusal to arm Ukraine in
        response")."""
        cues = self.coder.responses.cues
        return any(
            t.dep_ == "pobj" and t.head.lower_ == "in" and t.lemma_.lower() in cues for t in clause.subtree
        )

    def _code_pledge(self, pledge: Token) -> None:
        """'Stockholm pledged to back Ankara's efforts to join the EU', 'promised to stop blocking its
        neighbour's bids': a pledge of an act no pattern codes is an intent to cooperate (030) with the state
        the act concerns (none named, none coded; acts of harm are threats, not pledges)."""
        if pledge.pos_ != "VERB" or polarity(pledge, False)[0]:
            return
        if any(c.dep_ in ("dobj", "obj", "dative") for c in children(pledge)):
            return  # ("pledged $500 million to counter China's influence": what is pledged, and its purpose)
        acts = [
            v for c in children(pledge) if c.dep_ == "xcomp" and c.tag_ == "VB" for v in (c, *c.conjuncts)
        ]
        if not acts or any(t.lemma_.lower() in _HARMING for a in acts for t in a.subtree if is_verbal(t)):
            return
        last = max(a.right_edge.i for a in acts)
        if any(pledge.i <= f.trigger.i <= last for f in self.found):
            return  # ("pledged to send aid to Turkey": coded by its act)
        sources, _ = self._fill(("subj",), pledge)
        if not sources:
            return
        named = [
            w
            for a in acts
            for o in (*objects(a), *prep_objects(a, ("with", "to", "for")))
            for w in (
                o,
                *(c for c in children(o) if c.dep_ == "poss"),
                *prep_objects(o, ("of", "with", "to")),
            )
        ]
        targets = _other_sides(sources, [t for w in named for t in self.resolver.actors(w) if t.code])
        pattern = judgement_pattern("pledge", "030")
        if targets:
            self._emit(
                pledge, pattern, "030", Assertion.ASSERTED, None, sources, targets[:1], [], dated_by=pledge
            )
        elif len({s.code for s in sources}) == 2:
            # "Iran and the IAEA pledged to cooperate", "the two sides issued a joint statement pledging to
            # address ...": a joint pledge is each side's to the other
            for one in sources:
                others = [s for s in sources if s.code != one.code][:1]
                self._emit(
                    pledge, pattern, "030", Assertion.ASSERTED, None, [one], others, [], dated_by=pledge
                )

    def _code_denial(self, speech: Token) -> None:
        """'Georgia accused Russia of shooting down a drone ... Moscow said none of its planes had been in the
        area', 'Lavrov said his country was not to blame': a government that answers a charge against it
        by saying what it was charged with did not happen denies it (016), to whoever charged it."""
        if speech.tag_ == "VBG" or polarity(speech, False)[0]:
            return  # ("dismissed the move, saying it does not recognise the court": the dismissal answers)
        clauses = [c for c in children(speech) if c.dep_ == "ccomp"]
        if not any(_denying(c) for c in clauses):
            return
        sources, _ = self._fill(("subj",), speech)
        if not sources:
            return
        charges = [f for f in self.found if f.code[:2] == _CHARGING_ROOT]
        found = answered(("counter",), sources, self._sentence_of(speech.i), charges)
        targets = _other_sides(sources, found[0]) if found is not None else []
        if targets:
            pattern = judgement_pattern("denial", "016")
            self._emit(
                speech, pattern, "016", Assertion.ASSERTED, None, sources, targets, [], dated_by=speech
            )

    def _code_unwelcome(self, word: Token, reporting: frozenset[str]) -> None:
        """'Rubio said South Africa's ambassador was no longer welcome in the country', 'Beijing said the
        Lithuanian envoy was not welcome': a government saying another's diplomat is not (or no longer)
        welcome expels him (174)."""
        clause = word.head
        if word.dep_ != "acomp" or clause.lemma_.lower() != "be" or clause.dep_ != "ccomp":
            return
        kids = children(clause)
        negated = any(c.dep_ == "neg" for c in kids) or any(
            c.dep_ == "advmod" and c.lower_ == "longer" and any(g.dep_ == "neg" for g in children(c))
            for c in kids
        )
        speech = clause.head
        if not negated or speech.lemma_.lower() not in reporting or polarity(speech, False)[0]:
            return
        diplomats = [
            c
            for c in kids
            if c.dep_ == "nsubj"
            and {c.lemma_.lower(), *(g.lemma_.lower() for g in children(c) if g.dep_ == "compound")}
            & (_RESIDENT_DIPLOMATS | {"envoy", "diplomats", "envoys"})
        ]
        sources, _ = self._fill(("subj",), speech)
        targets = _other_sides(sources, [a for d in diplomats for a in self.resolver.actors(d) if a.code])
        if sources and targets:
            pattern = judgement_pattern("unwelcome", "174")
            self._emit(word, pattern, "174", Assertion.ASSERTED, None, sources, targets, [], dated_by=speech)

    def _rebuttal(self, trigger: Token, pattern: Pattern) -> bool:
        """Whether a trigger rejects or judges a claim ("rejected the findings", "dismissed the report") or an
        act whose author the story may tell only after it (it is coded again after the other triggers)."""
        if any(claimed_roots(o) == ACCUSING_ROOTS for o in objects(trigger)) and (
            pattern.code[:2] in _JUDGING_ROOTS or pattern.code == "016"
        ):
            return True  # ("brushed the charges aside": a denial answers the accusation, coded first)
        # ("Manila protested on Sunday after a Chinese coast guard ship used water cannon": the act a
        # criticism or a protest answers is told after it, in its clause of time; a government's protest is
        # one, see _code_trigger)
        answering_after = (pattern.code[:2] == "11" or pattern.code == "141") and any(
            self.coder.candidates(c) for c in _clauses_after(trigger)
        )
        if trigger.lemma_.lower() in self.coder.responses.verbs or pattern.code[:2] == "13":
            # ("said there were indications of an Israeli role, and Rouhani vowed that Iran would respond":
            # an answer may be aimed at whom a judgement of its sentence blamed, coded after the triggers)
            return True
        if pattern.code[:2] not in _JUDGING_ROOTS:
            return answering_after
        # ("expressed strong dissatisfaction over the downing of its airship, a day after an American fighter
        # shot it down": an act judged that the sentence tells after its judgement)
        return answering_after or any(
            self.coder.candidates(g)
            for g in [*objects(trigger), *prep_objects(trigger, ("over", "at", "about", "for"))]
            if g.pos_ == "NOUN"
        )

    def _question(self, sentence: Span) -> bool:
        """Whether the sentence asks a question (read off the doc's text: ``Span.text`` rebuilds it)."""
        return self.text[sentence.start_char : sentence.end_char].rstrip().endswith("?")

    # -- one trigger ------------------------------------------------------------------------------------
    def _code_trigger(self, trigger: Token, pattern: Pattern) -> None:
        if pattern.pos == "V" and noun_read_as_verb(trigger):
            return  # ("rejected US calls for a ceasefire": a plural noun the parser took for a verb)
        if pattern.code[:2] == "04" and names_its_object(trigger):
            return  # "calling the expulsion unjustified": naming, not a telephone call
        if pattern.code == "041" and any(
            c.dep_ == "prt" and c.lower_ in ("off", "up", "out") for c in children(trigger)
        ):
            return  # "called off the exercises", "called up reservists": no telephone call
        if (
            trigger.lemma_.lower() in ("stop", "prevent")
            and pattern.code == "172"
            and not _kept_from_moving(trigger)
        ):
            return  # "committed to preventing al Qaeda from operating": no ban on travel
        if (
            pattern.code == "041"
            and pattern.pos == "N"
            and any(
                (c.lower_ == "for" and c.i > trigger.i)
                or (c.dep_ == "acl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in children(c)))
                # (the parser may hang the "for" on the verb: "joined the call with France for a ceasefire")
                for c in (*children(trigger), *(children(trigger.head) if trigger.dep_ == "dobj" else ()))
            )
        ):
            return  # "joined the call with France for a ceasefire": an appeal, not a telephone call
        if (
            pattern.pos == "N"
            and trigger.dep_ in ("dobj", "obj")
            and trigger.head.lemma_.lower() in _SWITCHING
        ):
            return  # "switched its recognition from Taipei to Beijing": the verb tells the act
        if pattern.code == "082" and any(
            o.lemma_.lower() == "strike" and prep_objects(o, ("on", "against")) for o in objects(trigger)
        ):
            return  # "had called off strikes on three Iranian sites": force not used, no strike called off
        if any(
            o.lemma_.lower() in _WARS and o.tag_ == "NNS" and any(c.dep_ == "nummod" for c in children(o))
            for o in objects(trigger)
        ):
            return  # "Armenia and Azerbaijan, which fought two wars": a history, not an act
        if pattern.code in ("071", "033", "0331"):
            kind = _aid_kind(trigger)
            if kind is not None:
                # "provided $500 million in humanitarian aid to Ukraine": the sum is of the kind of aid named
                # (and pledged, an intent to give that kind: "pledged $1 billion in military aid", 0332)
                pattern = replace(pattern, code=kind if pattern.code == "071" else "033" + kind[2])
        giver = _giver(trigger) if pattern.code == "051" else None
        if giver is not None:
            # "sent 1,500 soldiers to support Moscow's war": armed help given, military cooperation; "sent aid
            # to support Turkey": the aid is the act (coded by its own verb), no word of support
            if not _military_given(giver):
                return
            pattern = replace(pattern, code="062")
        if pattern.code == "164" and trigger.lemma_.lower() == "end" and _spell_of_talks(trigger):
            return  # "ended two days of talks": the talks were held to their end, not broken off
        if pattern.code in ("153", "154", "192") and _invited(trigger):
            # "Saudi troops crossed into Bahrain at the request of its rulers": protection given, and
            # announced ("Kenya will send 1,000 police officers to Haiti to help restore order") an intent
            pattern = replace(pattern, code="074")
        if pattern.code == "160" and any(
            g.lemma_.lower() in _CRAFT
            for o in (trigger, *objects(trigger))
            for g in prep_objects(o, ("against",))
        ):
            return  # "took defensive measures against a Congolese fighter jet": force, told by a euphemism
        if pattern.code == "160" and any(alike(o) for o in objects(trigger)):
            return  # "took similar steps against Iran": the measure told before, coded so (see the story)
        if pattern.code in ("081", "174") and _favour_list(trigger):
            # "removed South Korea from its list of trusted trading partners": a privilege withdrawn (163)
            pattern = replace(pattern, code="163")
        sentence = self._sentence(self._sentence_of(trigger.i))
        assertion, reporter = read_assertion(trigger, pattern, self._question(sentence), self.coder.modality)
        if pattern.code[:2] in VIOLENT_ROOTS and not self._question(sentence):
            self._claimed(trigger, pattern)
            self._found_by_inquiry(trigger, pattern)
        if assertion is Assertion.NOT:
            return
        chaining = pattern.code[:2] in _CHAINING_ROOTS or "chained" in pattern.flags
        intent = pattern.code[:2] == "03" and "xcomp" in pattern.flags
        complements = self._complements(trigger) if chaining or intent else []
        if intent and complements:
            return  # "agreed to restore ties": the act the intent is about codes it (032)
        if intent and any(
            c.dep_ == "xcomp" and any(g.dep_ == "neg" for g in children(c)) for c in children(trigger)
        ):
            return  # "agreed not to use force": a pledge of restraint, the judgements' (0356, 030)
        if pattern.code == "160" and "clause" in pattern.flags and not complements:
            return  # "stopped talking": only a coded act stopped reduces relations
        sources, source_tokens = self._fill(pattern.source, trigger)
        if sources and is_verbal(trigger):
            sources += [a for a in self._alike(trigger) if all(a.code != s.code for s in sources)]
        released: list[ActorRef] = []
        if pattern.pos == "N" and pattern.code.startswith("084") and _owned_by_pronoun(source_tokens):
            # "describing their release as a gift": who "their" release frees is them; the captor frees
            released, sources = sources, self._captors(sources)
        received = (
            pattern.code == "043" and trigger.lemma_.lower() == "receive" and self._held_objects(trigger)
        )
        if received:
            # "receiving in return eight Russians held in the United States": no visitors received, but people
            # their holders free to the subject that receives them
            pattern = replace(pattern, code="0841")
            released, sources = sources, self._holders(trigger)
        if (
            trigger.lemma_.lower() in self.coder.responses.verbs
            and trigger.dep_ in ("xcomp", "advcl")
            and trigger.head.lemma_.lower() in _DEPLOYING
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(trigger))
        ):
            return  # "sent naval, air and ground forces to respond": the deployment is the answer
        if trigger.lemma_.lower() == "try" and any(
            c.dep_ in ("xcomp", "advcl") and is_verbal(c) for c in children(trigger)
        ):
            return  # "which had tried hard to meet the standards": an attempt, no trial
        if trigger.lemma_.lower() == "charge" and any(
            g.lower_ in _TASKS
            for p in children(trigger)
            if p.dep_ == "prep" and p.lower_ == "with"
            for g in children(p)
            if g.dep_ in ("pcomp", "pobj")
        ):
            return  # "charged the inspectors with verifying that ...": a task given, no charge laid
        if trigger.lemma_.lower() == "eliminate" and not any(
            o.pos_ == "PROPN" or o.lemma_.lower() in _KILLABLE for o in objects(trigger)
        ):
            return  # "certify that Baghdad has eliminated its weapons": things eliminated, no one killed
        if pattern.code[:2] == "14" and is_verbal(trigger) and is_passive(trigger):
            return  # "this was also demonstrated by our decision": shown, not a protest
        if imperative(trigger):
            return  # '"Fight them," he urged Iraqis': a bidding quoted, not an act
        if by_means(trigger):
            return  # "Beijing retaliated by expelling a Canadian consul": the means is the act
        if pattern.code == "043" and any(
            w.lemma_.lower() in _STATIONED for o in objects(trigger) for w in (o, *prep_objects(o, ("of",)))
        ):
            return  # "has hosted a contingent of Russian troops": troops stationed, no visit received
        if (
            trigger.lemma_.lower() in self.coder.responses.verbs
            and trigger.dep_ == "advcl"
            and trigger.tag_ == "VBG"
            and any(p.code[:2] not in ("01", "02", "03") for p in self.coder.candidates(trigger.head))
        ):
            # "China recalled its ambassador, retaliating against Lithuania's decision": the act told is the
            # response
            return
        followed = self._consequence_of(trigger, pattern.code)
        if any(a.target is not None for a in followed) and trigger.lemma_.lower() in _TOLLS:
            # "struck Kyiv with missiles, killing five people": one act of force, told with its toll (but
            # "attacked the airfield on Kenya's coast, killing a US soldier" also hits another state)
            hit = {a.target.code for a in followed if a.target is not None}
            victims = self._fill(pattern.target, trigger, False)[0]
            if not victims or {v.code for v in victims} <= hit:
                return
        if followed:
            sources = [a.source for a in followed]
        if not sources and pattern.code == "100":
            sources = self._left(trigger)
        if not sources and pattern.code.startswith("084"):
            sources = self._holders(trigger)
        if not sources and pattern.code in ("173", "075", "116"):
            # ("Kovrig has been detained in China", "Assad was granted asylum in Moscow": the state there)
            sources = self._detained_in(trigger)
            if not sources and pattern.code in ("173", "116") and is_passive(trigger):
                # ("North Korea has released Otto Warmbier, the American student sentenced in March last
                # year": the state the story has holding or freeing the same people)
                sources = self._custodian(trigger)
        if not sources and pattern.code == "174":
            sources = self._expelled_from(trigger)
        if not sources and pattern.code == "0874":
            sources = self._withdrawn(trigger)
        if not sources and assertion is Assertion.ANNOUNCED:
            weighing = considered_force(trigger, pattern)
            if weighing is not None:
                sources = self._fill(("subj",), weighing)[0]  # ("examining a plan to fire": the plan's)
            elif (
                reporter is not None
                and reporter.i != trigger.i
                and is_passive(trigger)
                and pattern.code[:2] in _SPEAKERS_MEASURES
            ):
                # "Khan told parliament that the Indian pilot would be freed on Friday": a measure to come,
                # told in the passive with no agent, is the speaker's (aid, release, cuts, expulsions)
                sources = self._fill(("subj",), reporter)[0]
        spoken_for = False
        if (
            not sources
            and assertion is Assertion.ASSERTED
            and pattern.code[:2] in _SPEAKERS_MEASURES
            and is_passive(trigger)
            and trigger.dep_ == "ccomp"
            and trigger.head.lemma_.lower() in self.coder.modality.reporting
        ):
            # "the Dutch defence minister said four Russian officers had been expelled in April": a measure
            # told in the passive with no agent, in the words of a state's official, is that state's
            sources = [s for s in self._fill(("subj",), trigger.head)[0] if s.kind is not ActorKind.IGO]
            spoken_for = True
        if not sources and pattern.pos == "N":
            sources = self._responders(trigger)
        if not sources and pattern.pos == "N":
            sources = self._coordinated_author(trigger, pattern)
        if not sources and pattern.code == "042" and pattern.pos == "N":
            sources = self._on_visit(trigger)
        if not sources and pattern.pos == "N" and pattern.symmetric:
            sources = self._reporting_party(trigger)
        if not sources and pattern.code[:2] in _FORCE_ROOTS:
            sources = self._origin(trigger)
        if not sources and pattern.code[:2] in ("17", "18"):
            sources = self._mutineers(trigger, pattern, source_tokens)
        if not sources and pattern.code.startswith("057") and is_passive(trigger):
            sources = self._accord_parties(trigger)
        if not sources and is_passive(trigger):
            sources = self._also_done(trigger, pattern)
        if _ordered(trigger):
            # "Iran ordered the release of two French citizens": whoever orders the act does it (not "the
            # Security Council ordered the withdrawal of Israeli troops": a demand)
            orderers = self._fill(("subj",), trigger.head)[0]
            if sources and {s.code for s in sources}.isdisjoint(a.code for a in orderers):
                return
            sources = sources or orderers
        claimed = not sources and pattern.code[:2] in VIOLENT_ROOTS and assertion is Assertion.ASSERTED
        claim_noun: Token | None = None
        if claimed:
            sources, claim_noun = self._claimed_later(trigger)
        if not sources:
            return
        if pattern.code[:2] in _JUSTIFYING_ROOTS and self._justification(trigger, pattern, sources):
            return  # "shot down a Russian bomber, saying it had ignored ten warnings": Turkey's charge
        intending = self._intent_governor(trigger, pattern)
        code = self._governed_code(trigger, pattern, intending)
        if (
            intending is not None
            and code != pattern.code
            and not is_verbal(trigger)
            and {s.code for s in sources}.isdisjoint(
                # (an adjective of readiness: its verb's subject, "it was ready for talks")
                a.code
                for a in self._fill(("subj",), intending.head if intending.pos_ == "ADJ" else intending)[0]
            )
        ):
            return  # "Turkey offered to host talks between Russia and Ukraine": only the offer is an intent
        if _no_longer(trigger):
            # "Washington will no longer provide aid to Pakistan": the act stops (162); "Moscow would no
            # longer shell the city": force stops, a de-escalation; "Iran would no longer cooperate with the
            # IAEA": stopped by one side only
            stopped = self.coder.lexicon.chain_code("16", code)
            if stopped is None:
                return
            code = stopped
            pattern = replace(pattern, flags=pattern.flags - {"symmetric"})
        if code[:2] == "19" and trigger.lemma_.lower() == "strike" and _strikers(trigger):
            code = "143"  # "teachers striking in West Virginia": a labour strike, not an attack
        if code in ("190", "160", "138", "131") and self._economic_answer(trigger, sources):
            # "Washington raised tariffs on Canadian steel, and Ottawa retaliated", "vowed to retaliate
            # against the US tariffs": an answer in kind to economic measures is one (a threat of it, 1312)
            code = "1312" if code[:2] == "13" else "163"
        if (
            code == "133"
            and any(o.lemma_.lower() == "strike" for o in objects(trigger))
            and all(s.kind is ActorKind.STATE or s.sector in STATE_FORCES for s in sources)
        ):
            code = (
                "138"  # "North Korea threatened a nuclear strike": a state's strike is force, not a walkout
            )
        if code.startswith("17") and any(
            s.lemma_.lower() in _STRIKES for s in subjects(trigger, self._is_actor)
        ):
            code = "195"  # "an Israeli air strike destroyed Iran's consular building": the strike is the act
        bombing = (
            _bombing(subjects(trigger, self._is_actor)) or _blown_up(trigger)
            if code in ("190", "194")
            else None
        )
        if bombing is None and claim_noun is not None and code[:2] == "19":
            # ("killing 12 people, in a bombing claimed by the group": the act claimed tells what it was)
            bombing = _bombing([claim_noun])
        if bombing is not None:
            code = bombing  # "a car bomb killed 20 people", "a suicide bomber from the group killed ..."
        elif code in ("190", "194") and any(
            s.lemma_.lower() in _AIR_STRIKERS for s in subjects(trigger, self._is_actor)
        ):
            # "Pakistani warplanes struck hideouts in Khost", "Pakistani airstrikes killed 46 people",
            # "Israeli jets pounded Hezbollah positions": an air strike (not a bombing, which may be planted;
            # nor missiles or rockets: a blind set lost by them)
            code = "195"
        if code == "145" and any(s.sector in STATE_FORCES or self._state_named(s) for s in sources):
            code = "170"  # "Ecuadorian police stormed the embassy", "Ecuador stormed ...": a raid, not a riot
        elif (
            (code == "170" and trigger.lemma_.lower() == "storm") or code in ("1712", "180", "190")
        ) and all(s.sector in _DISSENT for s in sources):
            # "protesters stormed the president's residence", "set fire to the prime minister's home",
            # "demonstrators attacked the Danish embassy": a riot
            code = "145"
        if (
            code == "141"
            and trigger.lemma_.lower() == "protest"
            and all(s.sector == "GOV" or self._state_named(s) for s in sources)
        ):
            # "Manila protested against the Chinese coast guard's use of water cannon": a government's protest
            # is no rally but a complaint (114), only with a target ("Beijing summoned Japan's ambassador to
            # protest" is the summons)
            code = "114"
            pattern = replace(pattern, code=code, flags=pattern.flags - {"notarget", "domestic", "internal"})
        if code == "120" and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in _COMMENTING for c in children(trigger)
        ):
            code = "011"  # "the Israeli military declined to comment": no comment, not a rejection
        if (
            code == "190"
            and trigger.lemma_.lower() in ("hit", "strike")
            and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in children(trigger))
            and all(s.kind is ActorKind.PERSON or s.sector == "GOV" for s in sources)
        ):
            return  # "Museveni hit back, accusing the bank of ...": a retort in words, not force
        if code == "152" and _civil_alert(sentence):
            return  # "Sweden has been on high alert since the virus was found": no military alert
        if code == "042" and trigger.tag_ == "NNS" and trigger.lemma_.lower() == "arrival":
            return  # "as Venezuelan arrivals grow": people coming, no visit
        if code == "042" and self._travellers(trigger, sources):
            carried = self._carried_aid(trigger)
            if carried is None:
                return  # "52,000 Venezuelans have arrived in Brazil", "a US airline flew there": no visit
            code = carried  # "planes carrying relief supplies landed in Kathmandu": aid delivered
        if trigger.lemma_.lower() == "warn" and _warned_of_danger(trigger):
            return  # "Egypt warned Israel of a possible attack": a warning of another's act, no threat
        if trigger.lemma_.lower() == "warn" and any(o.lemma_.lower() == "shot" for o in objects(trigger)):
            return  # "retreated after warning shots from the South": the noun "warning shots", misparsed
        if code[:2] == "13" and any(o.lemma_.lower() in _PUBLIC for o in objects(trigger)):
            return  # "the food agency is warning people not to eat ...": advice to the public, no threat
        if (
            code[:2] == "19"
            and trigger.lemma_.lower() in ("target", "hit")
            and any(s.lemma_.lower() in _SANCTIONS for s in subjects(trigger))
        ):
            code = "163"  # "the sanctions, announced by Washington, target Iranian oil exports": no attack
        if code == "042" and forces_move(trigger):
            code = "074"  # "NATO peacekeeping troops arrived in Bosnia": a deployment, not a visit
        if code == "192" and trigger.lemma_.lower() == "cross" and not forces_move(trigger):
            return  # "Hamas gunmen crossed into Israel and abducted two soldiers": the raid is the act
        if code == "172" and any(
            c.dep_ == "compound" and c.lemma_.lower() in _TRADE_LISTS
            for g in prep_objects(trigger, ("to", "on"))
            for c in children(g)
        ):
            code = "163"  # "added 140 Chinese companies to its export blacklist": a trade restriction
        if code == "174" and pattern.objects & _TIME_GIVEN:
            if not _to_leave(trigger):
                if not _to_act(trigger):
                    return
                code = "139"  # "gave Niger's military 15 days to return to barracks": a deadline
            elif self._leaving_elsewhere(trigger, sources):
                code = (
                    "139"  # "Bush gave Saddam Hussein 48 hours to leave Iraq": no state expels from another
                )
        if code == "100" and any(
            c.dep_ == "xcomp"
            and (
                c.lemma_.lower() in DISPLACING
                # ("ordered Russia to cut its embassy staff by 45 people": diplomats sent away)
                or (
                    c.lemma_.lower() in ("cut", "reduce")
                    and any(o.lemma_.lower() in _DIPLOMATIC_STAFF for o in objects(c))
                )
            )
            for c in children(trigger)
        ):
            code = "174"  # "the military ordered 100,000 Palestinians to leave": an expulsion, not a request
        # what force is used on may be named by its nationality alone: "detained a Chinese captain" (not
        # a text or an idea: "attacked the Ukrainian proposal" criticises it)
        # (and who is freed or sentenced: "freed an American basketball player", "sentenced a Russian spy")
        by_nationality = (
            pattern.code[:2] in _FORCE_ROOTS or pattern.code.startswith(("084", "116"))
        ) and not any(o.lemma_.lower() in _NOT_FORCE_TARGETS for o in objects(trigger))
        targets, target_tokens = self._fill(pattern.target, trigger, not by_nationality)
        if (
            pattern.code[:2] in _FORCE_ROOTS
            and target_tokens
            and all(t.lemma_.lower() in _UNHARMED_BY_FORCE for t in target_tokens)
        ):
            return  # "deliberate attacks by Washington on the Turkish economy": a figure of speech, no force
        if spoken_for and (not targets or {t.code for t in targets} <= {s.code for s in sources}):
            return  # ("Moscow said two of its diplomats had been expelled": done to the speaker's own side)
        targets = released if received else targets or released
        if "place" in pattern.flags:
            targets = [t for t in targets if t.kind is ActorKind.STATE]  # ("captured Aleppo": Syria's town)
        if (
            pattern.pos == "N"
            and pattern.code == "044"
            and not targets
            and len({s.code for s in sources}) == 1
            and source_tokens
            and all(t.dep_ == "poss" for t in source_tokens)
        ):
            return  # "the bloc's summit": one party's own meeting names no other (but "their summit" does)
        if (
            code == "0861"
            and trigger.lemma_.lower() in ("authorise", "authorize", "approve")
            and all(s.kind is ActorKind.IGO for s in sources)
        ):
            # "the Security Council authorised a Kenyan-led force to help Haiti's police": a body sending a
            # force gives protection to the state it is to help (not one accepting a force)
            helped = self._helped(trigger)
            if helped:
                code, targets = "074", helped
        if (
            code == "193"
            and any(c.dep_ == "oprd" and c.lower_ == "dead" for c in children(trigger))
            and targets
            and all(t.sector == "GOV" for t in targets)
        ):
            code = "186"  # "the ambassador was shot dead by a policeman": an official killed, assassinated
        if (
            code == "170"
            and trigger.lemma_.lower() == "storm"
            and (
                any(t.ent_type_ in ("GPE", "LOC") for t in target_tokens)
                # ("Al Shabaab militants stormed a military airstrip used by U.S. and Kenyan forces")
                or all(s.sector in _ARMED_GROUPS for s in sources)
            )
        ):
            code = "190"  # "Hamas fighters stormed southern Israel": an armed assault on a land, not a raid
        if (
            pattern.code[:2] == "02"
            and target_tokens
            and set(target_tokens) <= set(subjects(trigger, self._is_actor))
        ):
            return  # "Cubans want to know what ...": a wish for oneself appeals to no one
        named_act = not targets or any(t.pos_ == "NOUN" and self.coder.candidates(t) for t in target_tokens)
        if (
            pattern.code.startswith("041")
            and trigger.lemma_.lower() == "call"
            and target_tokens
            and named_act
        ):
            return  # "called the cut-off a direct attack": an act named is no party to a phone call
        if (
            targets
            and "internal" not in pattern.flags
            and trigger.dep_ == "conj"
            and trigger.head.dep_ == "ccomp"
            and not any(c.dep_ in SUBJECT_DEPS for c in children(trigger))
            and {s.code for s in sources} == {t.code for t in targets}
        ):
            # "Washington determined that the RSF had committed genocide and blacklisted their commander":
            # a conjunct the parser hangs on the reported clause, that would act on its own subject's side,
            # is the reporting verb's
            sources = self._fill(("subj",), trigger.head.head)[0] or sources
        included = self._included(trigger, target_tokens)
        if not targets and code.startswith("084") and assertion is Assertion.ASSERTED:
            # ("Hamas freed 24 hostages in exchange for 39 Palestinian prisoners held by Israel")
            targets = self._exchange_holders(trigger, sources)
        if not targets and code == "043" and target_tokens:
            targets = self._hosted_parties(trigger, sources)  # "Rubio, who hosted the ceremony"
        if (
            not targets
            and target_tokens
            and "*" in pattern.objects
            and not pattern.symmetric
            and "notarget" not in pattern.flags
        ):
            # "welcomed Sweden's accession to NATO": not a visitor welcomed "to" a place; a pattern for any
            # object whose object names no actor gives way to the next pattern the trigger matches
            after = self._next_pattern(trigger, pattern)
            if after is not None:
                self._code_trigger(trigger, after)
                return
            cooperative = pattern.code[:2] in _COOPERATIVE_ROOTS and pattern.code != "045"
            # (but a place names its state: "visited Hiroshima")
            if cooperative and not included and not (code == "042" and self._territory_target(target_tokens)):
                # "would receive its just punishment", "began releasing treated water": a cooperative act
                # on a thing that names no one is aimed at no one
                return
        if code[:2] == "07" and target_tokens and all(_unnamed_force(t) for t in target_tokens):
            return  # "boats delivering supplies to troops at the shoal": a force named by no one is one's own
        if targets and target_tokens and all(bare_organ(t) for t in target_tokens):
            # "Turkey accused the regime of shelling": a bare organ the story's state stands for is not the
            # accuser's own
            targets = [t for t in targets if t.code not in {s.code for s in sources}]
        if included and all(t.code in {s.code for s in sources} for t in targets):
            # (a list refines only a target it does not contradict: "the deployment of NATO-led troops,
            # including 4,000 U.S. soldiers" stays NATO's)
            targets = included
        if pattern.code[:2] in _FORCE_ROOTS:
            targets = self._across_border(trigger, sources, targets, target_tokens)
            targets += [t for t in self._conjoined_places(trigger) if all(t.code != x.code for x in targets)]
        if not targets and code == "016" and is_verbal(trigger):
            targets = _other_sides(sources, self._claimants(trigger))
        if not targets and code in ("074", "0334") and is_verbal(trigger):
            targets = self._helped(trigger)  # ("offered to send police officers to help restore order there")
        if not targets and code[:2] in ASKING_ROOTS and is_verbal(trigger):
            # "Saudi Arabia began bombing Yemen ... Iran demanded a halt to the strikes": what is to stop is
            # the latest act of its kind, asked of its doer
            targets = [
                t
                for o in objects(trigger)
                for p in children(o)
                if p.dep_ == "prep" and p.lower_ in ("to", "of")
                for g in children(p)
                if g.dep_ == "pobj" and not g.ent_type_
                for t in _other_sides(sources, self._earlier_doers(g, sources))
            ][:1]
        if code[:2] in _JUDGING_ROOTS or (code == "019" and assertion is Assertion.REFUSED):
            # (an accord refused is a rejection: "said it did not accept the complaint")
            targets = self._act_authors(trigger) or targets
            if targets and code[:2] != "05" and is_verbal(trigger):
                # "Israeli troops moved into the buffer zone ... Egypt condemned an occupation of Syrian
                # land": whom an act noun is done to, named after "of", is not who is judged when the story
                # told who did it
                targets = self._doers_of_patient_act(trigger, sources, target_tokens) or targets
            if not targets and is_verbal(trigger):
                # "Syrian troops pulled out of Lebanon ... the United States welcomed the pullout": an act
                # noun with no author of its own is the latest act of its kind, judged in its doer
                doers = [
                    _other_sides(sources, earlier)
                    for o in objects(trigger)
                    # ("welcomed the release" of hostages praises no captors)
                    if not o.ent_type_ and (code[:2] != "05" or o.lemma_.lower() not in _RELEASES)
                    for earlier in [self._earlier_doers(o, sources)]
                    # ("a ceasefire between Israel and Hezbollah ... a day after Biden announced the deal": an
                    # accord is signed by its parties, not by whoever announces it)
                    if not code.startswith("057") or _own_accord(sources, earlier)
                ]
                targets = next((d for d in doers if d), [])
        if code == "045" and len(targets) < 2:
            targets = self._brokered_parties(trigger, sources) or targets
        if (
            by_nationality
            and code[:2] != "15"
            and len(sources) == 1
            and (not targets or targets[0].code == sources[0].code)
        ):
            # ("fired on its positions": an owner the resolver does not read off the phrase; a show of force
            # is often made on one's own ground: "held drills off its coast, Japan said")
            targets = self._not_own(targets, target_tokens, sources[0].code)
        spied_for = self._spied_for(trigger, sources) if code == "173" else []
        if spied_for:
            # "detained Evan Gershkovich ... on suspicion of spying for the United States": the arrest is
            # aimed at the state spied for (the detainee's own is not said), and accuses it of espionage
            if all(t.code in {s.code for s in sources} for t in targets):
                targets = spied_for
            spying = judgement_pattern("spying", "1125")
            self._emit(trigger, spying, "1125", assertion, reporter, sources, spied_for, [])
        if not targets and _reciprocal(trigger) and len({s.code for s in sources}) > 1:
            targets = sources  # "Armenia and Azerbaijan accused each other"
        if not chaining:
            complements = []  # (an intent's complement codes itself)
        if code[:2] == "12" and complements:
            # "refused to condemn Russia", "refused to attack Iran": declining a hostile act rejects no one
            complements = [(p, t) for p, t in complements if p.code[:2] not in _HOSTILE_ROOTS]
            if not complements:
                return
        if code[:2] == "10" and not complements and self._own_forces(trigger, targets, sources):
            # "ordered security forces to find the girls", "instructed the State Department to begin
            # preparations": an order to one's own forces or offices with no act coded is no event
            return
        if code[:2] == "10" and complements and self._own_forces(trigger, targets, sources):
            # "Shoigu ordered his troops to withdraw from Kherson": an order to one's own forces is the act
            for comp_pattern, comp_token in complements:
                comp_targets, comp_tokens = self._fill(comp_pattern.target, comp_token, False)
                if not comp_targets:
                    comp_targets = self._territory_target(comp_tokens) or self._story_target(
                        comp_token, comp_pattern.code, sources
                    )
                if not comp_targets:
                    # ("withdraw from the west bank of the Dnipro, including the city of Kherson")
                    within = list(comp_token.subtree)
                    own = {s.code for s in sources}
                    comp_targets = [t for t in self._territory_target(within, ()) if t.code not in own][:1]
                self._emit(
                    comp_token,
                    comp_pattern,
                    comp_pattern.code,
                    assertion,
                    None,
                    sources,
                    comp_targets,
                    comp_tokens,
                )
            return
        if claimed:
            # (an act a group claims is told for the foreign people it struck: the group's own people killed
            # beside them are no act between states)
            targets = [t for t in targets if t.code not in {s.code for s in sources}]
            if not targets:
                return
        if not complements:
            self._emit(trigger, pattern, code, assertion, reporter, sources, targets, target_tokens)
            if assertion is Assertion.ASSERTED and code[:2] in _FORCE_ROOTS:
                self._victims_report(trigger, sources, targets)
                if targets and _told_as_answer(trigger, self.coder.answering):
                    # "launched drones at Israel, saying it was retaliating for ...": the attacker owns the
                    # attack, a claim of responsibility (015)
                    claim = judgement_pattern("claim", "015")
                    self._emit(trigger, claim, "015", assertion, None, sources, targets, [])
            if targets and code[:2] != "04" and _by_telephone(trigger):
                # "Merkel complained to Obama by telephone": the act was made in a call between them
                phoned = judgement_pattern("telephone", "041")
                self._emit(trigger, phoned, "041", assertion, reporter, sources, targets, target_tokens)
                self._emit(trigger, phoned, "041", assertion, reporter, targets, sources, [])
            if code.startswith("084") and assertion is Assertion.ASSERTED:
                self._exchanged(trigger, pattern, sources, targets)
        # "urged him to withdraw his troops and to open negotiations": one act per complement
        for comp_pattern, comp_token in complements:
            chained = self.coder.lexicon.chain_code(pattern.code[:2], comp_pattern.code) or code
            if intending is not None and pattern.code[:2] == "16" and chained[:2] == "08":
                # ("promised to stop blocking its neighbour's bids": the yielding stopped is promised, an
                # intent to yield)
                chained = self._governed_code(trigger, replace(pattern, code=chained), intending)
            if pattern.code[:2] == "02" and comp_pattern.code[:2] == "17" and _asks_court(trigger):
                # "the ICC prosecutor asked judges to issue an arrest warrant for Min Aung Hlaing": legal
                # action sought from a court is the seeker's own
                chained = comp_pattern.code
            if (
                pattern.code[:2] in ("02", "10")
                and comp_pattern.code.startswith("166")
                and {a.code for a in self._fill(comp_pattern.target, comp_token, False)[0]}
                & {s.code for s in sources}
            ):
                # "Mali asked the Security Council to withdraw its peacekeeping mission from the country": a
                # host asking a mission out of its own land expels it
                chained = comp_pattern.code
            comp_targets, comp_tokens = targets, target_tokens
            if not targets:
                # "threatened to cut gas supplies to Ukraine": the threat is aimed where the act is
                # (force may be aimed at what a nationality names: "threatened to shell Iraqi towns")
                found, found_tokens = self._fill(
                    comp_pattern.target, comp_token, comp_pattern.code[:2] not in _FORCE_ROOTS
                )
                if found or not target_tokens:
                    comp_targets, comp_tokens = found, found_tokens
            self._emit(trigger, pattern, chained, assertion, reporter, sources, comp_targets, comp_tokens)

    def _helped(self, trigger: Token) -> list[ActorRef]:
        """The states a force a verb sends is to help, protect or serve: "authorised a force to help Haiti's
        police", "a mission to Haiti", "a force for Somalia"."""
        helping = [
            c
            for c in children(trigger)
            if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in ("help", "assist", "support", "protect")
        ]
        tokens = [
            t
            for c in helping
            for t in (*objects(c), *(g for k in children(c) if k.dep_ == "ccomp" for g in subjects(k)))
        ]
        tokens += [g for o in objects(trigger) for g in prep_objects(o, ("to", "for", "in"))]
        # ("send 1,000 police officers to help restore order in the Caribbean nation": where the help is)
        tokens += [
            g
            for c in helping
            for k in children(c)
            if k.dep_ == "xcomp"
            for host in (k, *objects(k))
            for g in prep_objects(host, ("in",))
        ]
        found = [a for t in tokens for a in self.resolver.actors(t) if a.kind is ActorKind.STATE]
        return found or self._territory_target(tokens)

    def _victims_report(self, trigger: Token, sources: list[ActorRef], targets: list[ActorRef]) -> None:
        """'Vietnam said Chinese ships had rammed its vessels', 'Dushanbe said Kyrgyz forces had opened fire
        first': force a state says another used against it is also its accusation of that other (112, when
        the words are said)."""
        clause = trigger if is_verbal(trigger) else clause_verb(trigger)
        while clause.head.i != clause.i and (
            # (a conjunct with a subject of its own is a clause of its own; "had been the first to open fire":
            # the infinitive of the words said)
            (clause.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children(clause)))
            or (clause.dep_ in ("relcl", "acl") and clause.head.lower_ == "first")
            or (clause.dep_ == "attr" and clause.lower_ == "first")
        ):
            clause = clause.head
        speech = clause.head
        if clause.dep_ != "ccomp" or speech.lemma_.lower() not in ("say", "report", "tell", "announce"):
            return
        if not any(c.dep_ == "aux" and c.lower_ == "had" for c in children(clause)):
            return  # ("..., killing a U.S. soldier, the U.S. military said": a report of fact, no charge)
        judging = [self.coder.judgements.get(c.lower_) for c in children(trigger) if c.dep_ == "advmod"]
        if any(word is not None and not word.via for word in judging):
            return  # ("said Russia had illegally annexed Crimea": the judging word tells the charge)
        speakers = [s for s in self._fill(("subj",), speech)[0] if s.kind is not ActorKind.IGO]
        own = {s.code for s in sources}
        victims = {t.code for t in targets} if targets else set()
        accusers = [s for s in speakers if s.code not in own and (not victims or s.code in victims)]
        if not accusers:
            return
        accusing = judgement_pattern(speech.lemma_.lower(), "112")
        self._emit(speech, accusing, "112", Assertion.ASSERTED, None, accusers, sources, [], dated_by=speech)

    def _carried_aid(self, trigger: Token) -> str | None:
        """The aid code of what craft arriving carry ("planes carrying rescue teams and relief supplies
        landed in Kathmandu", "a ship carrying aid arrived in Gaza"), if they carry aid."""
        for craft in subjects(trigger, self._is_actor):
            if craft.lemma_.lower() not in _VEHICLES:
                continue
            for verb in children(craft):
                if verb.dep_ != "acl" or verb.lemma_.lower() not in (
                    "carry",
                    "bring",
                    "deliver",
                    "transport",
                ):
                    continue
                goods = [*objects(verb), *(c for o in objects(verb) for c in o.conjuncts)]
                for pattern in self.coder.lexicon.candidates("V", "deliver"):
                    # (the goods that make delivering them aid: "aid", "relief supplies", "weapons")
                    if pattern.code[:2] == "07" and any(lemma_in(o, pattern.objects) for o in goods):
                        return pattern.code
        return None

    def _travellers(self, trigger: Token, sources: list[ActorRef]) -> bool:
        """Whether who arrives or visits is people of a nation ("Venezuelans", plural) or a business, not a
        state's envoy: a visit (042) is an official's."""
        if any(s.sector in _PRIVATE for s in sources):
            return True  # (an aid worker, a reporter, a firm: no envoy of a state)
        if any(t.lemma_.lower() in _VEHICLES for t in subjects(trigger, self._is_actor)):
            return True  # "Indian air force planes landed in Kathmandu": craft, not an envoy
        demonyms = {
            a.lower() for s in sources if s.kind is ActorKind.STATE for a in self._state_adjectives(s.code)
        }
        return any(
            t.tag_ in ("NNS", "NNPS") and t.lower_ in demonyms for t in subjects(trigger, self._is_actor)
        )

    def _claimants(self, denial: Token) -> list[ActorRef]:
        """'Erdogan said Putin had asked him to host talks, a claim the Kremlin denied': a claim denied that
        sums up what a speaker said is the speaker's (the parser hangs it on the verb of saying, or on its
        subject in apposition)."""
        out: list[ActorRef] = []
        for claim in objects(denial):
            if claim.lower_ not in CLAIMS:
                continue
            if claim.dep_ in ("dobj", "obj") and claim.head.lemma_.lower() in self.coder.modality.reporting:
                speakers = subjects(claim.head, self._is_actor)
            elif claim.dep_ == "appos" and claim.head.dep_ in ("nsubj", "nsubjpass"):
                speakers = [claim.head]
            else:
                continue
            out += [a for s in speakers for a in self.resolver.actors(s) if a.code]
        return out

    def _doers_of_patient_act(
        self, trigger: Token, sources: list[ActorRef], target_tokens: list[Token]
    ) -> list[ActorRef]:
        """When every target token is the "of" complement of an act noun the verb judges ("condemned an
        occupation of Syrian land"), the doers of the latest act of that kind the story told before, if
        any."""
        acts = []
        for tok in target_tokens:
            prep = tok.head
            if tok.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ != "NOUN":
                return []
            acts.append(prep.head)
        objs = {o.i for o in objects(trigger)}
        if not acts or any(a.i not in objs for a in acts):
            return []
        return _other_sides(sources, self._earlier_doers(acts[0], sources))

    def _act_named_before(self, pronoun: Token) -> Token | None:
        """For 'it' or 'them' judged by a verb of naming, the act noun named just before it in its sentence
        (plural for 'them'), if the nearest noun before it is one."""
        if pronoun.lower_ not in ("it", "them"):
            return None
        plural = pronoun.lower_ == "them"
        # ("Netanyahu's office denounced the move as antisemitic, and President Joe Biden called it
        # outrageous": the naming verb's own subject is passed over)
        namer = {t.i for s in children(pronoun.head) if s.dep_ in SUBJECT_DEPS for t in s.subtree}
        for tok in reversed(self.doc[pronoun.sent.start : pronoun.i]):
            if tok.i in namer or (tok.dep_ == "pobj" and tok.head.lower_ == "as"):
                continue  # (nor is what an earlier verb named it: "denounced the move as coercion")
            if tok.pos_ in ("PROPN", "PRON"):
                return None
            if tok.pos_ != "NOUN" or (tok.tag_ == "NNS") != plural:
                continue
            acts = any(p.pos == "N" for p in self.coder.candidates(tok)) or claimed_roots(tok)
            return tok if acts else None
        return None

    def _told_by_its_subject(self, verb: Token, targets: list[ActorRef]) -> bool:
        """Whether a violent verb's subject is an act of violence already coded against the same side ("an
        air strike on a village killed 100 people"): the verb tells that act's toll, not another act."""
        subjects = {t.i for t in children(verb) if t.dep_ in ("nsubj", "nsubjpass")}
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            subjects.add(verb.head.i)  # ("Israeli air strikes killed 20 people, officials said", misparsed)
        hit = {
            a.target.code
            for a in self.found
            if a.trigger.i in subjects and a.code[:2] in VIOLENT_ROOTS and a.target
        }
        return bool(hit) and {t.code for t in targets} <= hit

    @staticmethod
    def _decided(code: str, sources: list[ActorRef]) -> bool:
        """Whether a hostile act announced is done by deciding it: expelling people; a government's closing
        of a border ("Poland will close its border with Belarus"), not a blockade protesters announce, and its
        administrative sanctions ("said it would revoke Petro's visa", "will bar eight officials from
        entering")."""
        if code.startswith("174"):
            return True
        return code.startswith(("191", "172")) and all(s.sector in ("", "GOV") for s in sources)

    def _state_named(self, source: ActorRef) -> bool:
        """Whether the mention is a state by its name or its capital ("Beijing"), not its people ("Serbs")."""
        if source.kind is not ActorKind.STATE:
            return False
        span = self.doc.char_span(source.span.start, source.span.end, alignment_mode="expand")
        return span is not None and any(t.ent_type_ == "GPE" for t in span)

    def _state_adjectives(self, code: str) -> tuple[str, ...]:
        state = self.resolver.kb.states.get(code)
        return state.adjectives if state is not None else ()

    def _next_pattern(self, trigger: Token, pattern: Pattern) -> Pattern | None:
        """The pattern the trigger matches after ``pattern`` in the lexicon's order, if any."""
        patterns = self.coder.candidates(trigger)
        later = patterns[patterns.index(pattern) + 1 :] if pattern in patterns else ()
        return first_match(later, trigger)

    def _claimed(self, trigger: Token, pattern: Pattern) -> None:
        """'Israel confirmed that it had killed the commander', 'the group claimed it attacked the base':
        an actor owning its act of force claims responsibility for it (015), whether or not the claim is
        borne out."""
        claim = _reported_by(trigger, CLAIMING)
        if claim is None:
            return  # (nor "denied that it had struck": no claim)
        speakers, _ = self._fill(("subj",), claim)
        doers, _ = self._fill(pattern.source, trigger)
        own = {s.code for s in speakers} & {d.code for d in doers}
        targets, tokens = self._fill(pattern.target, trigger, False)
        if not targets:
            targets = self._territory_target(tokens) or self._territory_target([trigger], ("in",))
        targets = [t for t in targets if t.code not in own]
        if own and targets:
            claimers = [s for s in speakers if s.code in own]
            self._emit(
                claim,
                judgement_pattern("claim", "015"),
                "015",
                Assertion.ASSERTED,
                None,
                claimers,
                targets,
                [],
            )

    def _plaintiff(self, trigger: Token, sources: list[ActorRef]) -> list[ActorRef]:
        """'An international tribunal ruled ... in a case brought by the Philippines. Beijing said it
        neither accepted nor recognised the award': a ruling rejected or judged that names no party is aimed
        at whoever brought the case (in its sentence or the one before)."""
        if not any(o.lemma_.lower() in _RULINGS for o in objects(trigger)):
            return []
        own = {s.code for s in sources}
        sentence = self._sentence_of(trigger.i)
        for tok in self.doc[self._sentence(max(0, sentence - 1)).start : self._sentence(sentence).end]:
            if tok.lemma_.lower() not in _CASES or tok.pos_ != "NOUN":
                continue
            for brought in children(tok):
                if brought.dep_ != "acl" or brought.lemma_.lower() not in _BRINGING:
                    continue
                plaintiffs = [
                    r
                    for by in children(brought)
                    if by.dep_ == "agent" or (by.dep_ == "prep" and by.lower_ == "by")
                    for g in children(by)
                    if g.dep_ == "pobj"
                    for r in self.resolver.actors(g)
                    if r.code and r.code not in own
                ]
                if plaintiffs:
                    return plaintiffs[:1]
        return []

    def _claimed_targets(self, claim: Token, sources: list[ActorRef]) -> list[ActorRef]:
        """'Al Shabaab militants stormed an airstrip used by U.S. and Kenyan forces ... The Somali group
        claimed the attack': a claim of an act its claimant was told doing just before is aimed at all
        that act struck."""
        own = {s.code for s in sources}
        sentence = self._sentence_of(claim.i)
        for act in reversed(self.found):
            if act.trigger.i >= claim.i or act.sentence_index < sentence - 1:
                continue
            if act.source.code in own and act.code[:2] in VIOLENT_ROOTS and act.target is not None:
                struck: list[ActorRef] = []
                for same in self.found:
                    hit = same.target
                    if (
                        same.trigger.i == act.trigger.i
                        and hit is not None
                        and hit.code not in own
                        and all(t.code != hit.code for t in struck)
                    ):
                        struck.append(hit)
                return struck
        return []

    def _found_by_inquiry(self, trigger: Token, pattern: Pattern) -> None:
        """'Investigators from the OPCW concluded that the Syrian air force had used sarin', 'a UN inquiry
        found that government forces had killed protesters': a body finding that another committed an act
        of violence accuses it (112), on the day of the finding."""
        finding = _reported_by(trigger, FINDING, through_conjuncts=True)
        if finding is None:
            return  # (nor "found that the army had not used gas": no accusation)
        finders, _ = self._fill(("subj",), finding)
        doers, _ = self._fill(pattern.source, trigger)
        accused = _other_sides(finders, doers)
        if finders and accused:
            pattern = judgement_pattern(finding.lemma_.lower(), "112")
            asserted = Assertion.ASSERTED
            self._emit(finding, pattern, "112", asserted, None, finders, accused, [], dated_by=finding)

    def _code_judgement(self, judgement: Judgement) -> None:
        """'Qatar said the Saudi-led move was unjustified': the speaker criticises whom it names."""
        speaker = judgement.speaker
        if self._question(self._sentence(self._sentence_of(speaker.i))) or polarity(speaker, False)[0]:
            return
        sources, _ = self._fill(("subj",), speaker)
        judged = judgement.judged
        code = judgement.code
        ascribed = _other_sides(sources, self._ascribed(judgement.word)) if code[:2] == "11" else []
        if ascribed:
            # "said the hijacking was an Iranian act of terrorism": the nation the judging phrase names is
            # accused of the act
            self._emit(
                judgement.word,
                judgement_pattern(judgement.word.lemma_.lower(), "112"),
                "112",
                Assertion.ASSERTED,
                None,
                sources,
                ascribed,
                [],
                dated_by=judgement.speaker,
            )
            return
        act_noun = self._act_named_before(judged)
        if act_noun is not None:
            # "demanded a halt to the strikes and called them a dangerous step", "rejected the claim, calling
            # it baseless": the pronoun is the act just named, judged in its doer
            judged = act_noun
        if is_verbal(judged):
            targets = self._doers(judged)
        else:
            targets = [t for t in self.resolver.actors(judged) if t.code]
        if not targets and judged.lemma_.lower() in COUPS:
            # "called the coup in Niger unacceptable": a coup is the doing of the state it happens in
            targets = [t for g in prep_objects(judged, ("in",)) for t in self.resolver.actors(g) if t.code]
        if not targets and judged.lemma_.lower() in ACCORDS:
            # ("declared null and void a deal under which Addis Ababa would gain access to the sea": an accord
            # a clause describes is its subject's)
            targets = [a for c in children(judged) if c.dep_ == "relcl" for a in self._fill(("subj",), c)[0]]
        if not targets and judged.dep_ in ("appos", "npadvmod"):
            # "Macron did not rule out sending troops, a remark the Kremlin called dangerous": the remark is
            # its clause's, and its author that clause's subject
            targets, _ = self._fill(("subj",), clause_verb(judged.head))
        targets = _other_sides(sources, targets)
        if (
            not targets
            and judged.lower_ == "other"
            and any(c.lower_ == "each" for c in children(judged))
            and len({s.code for s in sources}) > 1
        ):
            targets = sources  # "agreed not to use force against each other": each to the other
        if not targets and not is_verbal(judged) and len({s.code for s in sources}) > 1:
            # "Iranian and US negotiators held talks ... Both sides called the talks constructive": the sides
            # of a joint act judge it in each other
            own = {s.code for s in sources}
            roots = {p.code[:2] for p in self.coder.candidates(judged) if p.pos == "N"}
            joint = [
                a
                for a in reversed(self.found)
                if a.trigger.i < judged.i
                and a.code[:2] in roots
                and a.target is not None
                and {a.source.code, a.target.code} == own
            ][:1]
            doers = [a.source for a in self.found if joint and a.trigger.i == joint[0].trigger.i]
            if {d.code for d in doers} == own:
                pattern = judgement_pattern(judgement.word.lemma_.lower(), code)
                for side in sources:
                    others = [d for d in doers if d.code != side.code]
                    if not others or self._grounds_of_reaction(speaker, code, [side], others):
                        continue
                    self._emit(
                        judgement.word,
                        pattern,
                        code,
                        Assertion.ASSERTED,
                        None,
                        [side],
                        others,
                        [],
                        dated_by=judgement.speaker,
                    )
                return
        if not targets and not is_verbal(judged):
            targets = _other_sides(sources, self._earlier_doers(judged, sources))
        if (
            not targets
            and code[:2] == "11"
            and not is_verbal(judged)
            and any(p.pos == "N" and p.code[:2] in VIOLENT_ROOTS for p in self.coder.candidates(judged))
        ):
            # ("called the attack in Shenzhen a despicable crime": an attack of no named author is judged in
            # the state it struck, as when it is condemned)
            targets = _other_sides(sources, self._territory_target([judged], ("in",)))
        if not targets and judgement.code[:2] in STANCE_ROOTS:
            # "Pakistan said it had every right to respond", "its defenders would fight to the end": a threat
            # or defiance naming no adversary answers whoever just acted against its speaker
            found = answered(("counter",), sources, self._sentence_of(judgement.word.i), self.found)
            targets = _other_sides(sources, found[0]) if found is not None else []
            if not targets and judgement.code[:2] == "13" and judged.i == judgement.word.i:
                # ("Finland joined NATO on Tuesday ... the Kremlin said Russia would take countermeasures": a
                # threat naming no adversary, nor whom it befalls, answers the act another told just before
                # did; not "warning that people in need would pay the price")
                targets = self._latest_other_doer(sources, self._sentence_of(judgement.word.i))
        if not sources or not targets or self._grounds_of_reaction(speaker, judgement.code, sources, targets):
            return
        code = judgement.code
        if code in ("138", "131") and self._economic_answer(judgement.word, sources):
            code = "1312"  # "vowed to retaliate against the US tariffs" (see ``_economic_answer``)
        pattern = judgement_pattern(judgement.word.lemma_.lower(), code)
        # a judgement is made when it is said ("said Russian spies were behind a 2014 explosion": not in 2014)
        self._emit(
            judgement.word,
            pattern,
            code,
            Assertion.ASSERTED,
            None,
            sources,
            targets,
            [],
            dated_by=judgement.speaker,
        )

    def _seized_state(self, trigger: Token, sources: list[ActorRef]) -> list[ActorRef]:
        """'Soldiers detained Niger's president ... the African Union condemned the coup': a coup the
        clause places nowhere is in the state the story is about, found as for "the government"."""
        own = {s.code for s in sources}
        return [
            r
            for o in objects(trigger)
            for r in self.resolver.coref.government(o)
            if r.code in self.resolver.kb.states and r.code not in own
        ][:1]

    def _struck_unowned(self, claim: Token) -> list[ActorRef]:
        """'Drones struck the Abqaiq plant in Saudi Arabia, and the Houthis claimed responsibility': a claim
        naming no act is aimed at the state an act of force told just before it struck, when the text named
        no author for that act (an act with an author is the claim's through the coded act)."""
        sentence = self._sentence_of(claim.i)
        owned = {act.trigger.i for act in self.found}
        start = self._sentence(max(0, sentence - 1)).start
        for tok in reversed(self.doc[start : claim.i]):
            if tok.i in owned or not is_verbal(tok) or tok.dep_ in ("amod", "compound"):
                continue
            pattern = self.coder.pattern_for(tok)
            if pattern is None or pattern.code[:2] not in _FORCE_ROOTS:
                continue
            # ("exploded in a market in Kabul": the place the place named is in; "set fire to two Saudi
            # Aramco plants": what the fire was set to)
            places = [*objects(tok), tok, *prep_objects(tok, ("in", "at", "on", "near", "to"))]
            struck = self._territory_target(places, ("in", "at", "on"))
            if struck:
                return struck[:1]
        return []

    def _latest_other_doer(self, sources: list[ActorRef], sentence_index: int) -> list[ActorRef]:
        """The doer of the latest act told in this sentence or the one before by an actor other than the
        sources (none if there is no such act)."""
        own = {s.code for s in sources}
        near = [
            act
            for act in self.found
            if sentence_index - 1 <= act.sentence_index <= sentence_index and act.source.code not in own
        ]
        # (an act told as what came before another is not the one answered: "Finland became NATO's 31st
        # member, days after the Turkish parliament became the last to ratify its membership")
        pool = [act for act in near if not in_earlier_clause(act.trigger)] or near
        if not pool or not pool[-1].source.code:
            return []
        return [pool[-1].source]

    def _grounds_of_reaction(
        self, speaker: Token, code: str, sources: list[ActorRef], targets: list[ActorRef]
    ) -> bool:
        """'Paris rejected the demand within hours, saying the junta had no authority to make it': a
        criticism in the "saying" of a rejection or a threat of the same speaker at the same target is its
        grounds, not another act."""
        if code[:2] != "11" or speaker.tag_ != "VBG" or speaker.dep_ not in ("advcl", "conj"):
            return False
        own = {s.code for s in sources}
        aimed = {t.code for t in targets}
        return any(
            act.trigger.i == speaker.head.i
            and act.code[:2] in _REACTING_ROOTS
            and act.source.code in own
            and act.target is not None
            and act.target.code in aimed
            for act in self.found
        )

    def _entered(self, trigger: Token) -> list[ActorRef]:
        """The state whose land a verb coordinated before the act says its doers went into: "crossed into
        northern Israel and captured two soldiers"."""
        head = trigger.head
        if trigger.dep_ != "conj" or head.i == trigger.i or head.lemma_.lower() not in _ENTERING:
            return []
        return self._territory_target(prep_objects(head, ("into", "across")))

    def _conjoined_places(self, trigger: Token) -> list[ActorRef]:
        """'fired cruise missiles at camps in Afghanistan and at a factory in Khartoum': a preposition
        conjoined inside the phrase of where force was aimed adds the place it names."""
        return [
            t
            for prep in children(trigger)
            if prep.dep_ == "prep"
            for tok in prep.subtree
            if tok.dep_ == "conj" and tok.pos_ == "ADP" and tok.i != prep.i and tok.lower_ in _AIMED_AT
            for g in children(tok)
            if g.dep_ == "pobj"
            for t in self._territory_target([g])
        ]

    def _justification(self, trigger: Token, pattern: Pattern, doers: list[ActorRef]) -> bool:
        """'Turkish F-16s shot down a Russian bomber, saying it had strayed into Turkish airspace and ignored
        ten warnings', 'seized a British tanker, saying it had violated maritime rules': a hostile act told
        in the "saying" by which an actor justifies its own act, done by another, is its charge against that
        other (112, on the day of the act that says so), not an act the story tells."""
        verb = trigger if is_verbal(trigger) else clause_verb(trigger)
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        saying = verb.head
        if verb.dep_ != "ccomp" or saying.lemma_.lower() != "say" or saying.tag_ != "VBG":
            return False
        if saying.dep_ not in ("advcl", "conj", "xcomp"):
            return False
        sayers, _ = self._fill(("subj",), saying)
        accused = _other_sides(sayers, doers)
        if not sayers or not accused or len(accused) != len(doers):
            return False
        charge = judgement_pattern("saying", "112")
        self._emit(
            trigger, charge, "112", Assertion.ASSERTED, None, sayers, accused, [], dated_by=saying.head
        )
        return True

    def _spied_for(self, arrest: Token, sources: list[ActorRef]) -> list[ActorRef]:
        """The states an arrest names as spied for: "on suspicion of spying for the United States", "on
        charges of espionage for Russia", "charged three men with spying for China", "arrested for spying
        for Israel"."""
        own = {s.code for s in sources}
        acts = [
            act
            for on in children(arrest)
            if on.dep_ == "prep" and on.lower_ == "on"
            for ground in children(on)
            if ground.dep_ == "pobj" and ground.lemma_.lower() in _GROUNDS_OF_ARREST
            for of in children(ground)
            if of.dep_ == "prep" and of.lower_ == "of"
            for act in children(of)
            if act.dep_ in ("pobj", "pcomp") and act.lemma_.lower() in _SPYING
        ]
        acts += [
            act
            # (the parser may hang the grounds on the one arrested: "arrested a man for spying for Russia")
            for host in (arrest, *objects(arrest))
            for with_ in children(host)
            if with_.dep_ == "prep" and with_.lower_ in ("with", "for")
            for act in children(with_)
            if act.dep_ in ("pobj", "pcomp") and act.lemma_.lower() in _SPYING
        ]
        return [
            a
            for act in acts
            for prep in children(act)
            if prep.dep_ == "prep" and prep.lower_ == "for"
            for g in children(prep)
            if g.dep_ == "pobj"
            for a in self.resolver.actors(g)
            if a.code and a.code not in own and a.kind is not ActorKind.PERSON
        ]

    def _latest_captors(self, trigger: Token) -> list[ActorRef]:
        """The author of the latest seizure, arrest or abduction told in the sentence of ``trigger`` or the
        two before it."""
        sentence = self._sentence_of(trigger.i)
        for act in reversed(self.found):
            if act.code.startswith(_HOLDING_CODES) and sentence - WINDOW <= act.sentence_index <= sentence:
                return [act.source]
        return []

    def _captors(self, released: list[ActorRef]) -> list[ActorRef]:
        """Who holds the people a release frees: the author of the latest seizure, arrest or abduction of
        them told before."""
        held = {r.code for r in released}
        for act in reversed(self.found):
            # (a seizure, an arrest, an abduction: not an expulsion or a ban)
            if act.code.startswith(_HOLDING_CODES) and act.target is not None and act.target.code in held:
                return [act.source]
        return []

    def _ascribed(self, word: Token) -> list[ActorRef]:
        """The state a judging phrase names as the author by its national modifier: "an Iranian act of
        terrorism", "a Russian provocation" (not a possessor: "Russia's violation" is judged in Russia
        anyway)."""
        carriers = [word]
        if word.dep_ == "pobj" and word.head.lower_ == "of":
            carriers.insert(0, word.head.head)  # (and "an act of Iranian terrorism": the word's own)
        return [
            a
            for carrier in carriers
            if carrier.pos_ == "NOUN"
            for m in children(carrier)
            if m.dep_ == "amod" and m.ent_type_ == "NORP"
            for a in self.resolver.named(m)
            if a.kind is ActorKind.STATE
        ]

    def _home_of(self, act: Found) -> ActorRef | None:
        """The state a domestic measure naming no target acts on: its own author's (martial law, a curfew, a
        state of emergency, imposed or lifted), else None."""
        if act.code not in _HOME_MEASURES or not {"notarget", "internal"} <= act.pattern.flags:
            return None
        state = self.resolver.kb.states.get(act.source.code)
        if state is None:
            return None
        source = act.source
        return ActorRef(source.text, source.span, source.code, "", state.name, ActorKind.STATE, source.code)

    def _held_objects(self, verb: Token) -> bool:
        """Whether a verb's object is people a participle says are held ("eight Russians held in the United
        States")."""
        return any(
            acl.dep_ in ("acl", "relcl") and acl.lemma_.lower() in HOLDING
            for o in objects(verb)
            for acl in children(o)
        )

    def _custodian(self, verb: Token) -> list[ActorRef]:
        """The state the story last had detain, try, free or pardon the people an agentless passive acts
        on."""
        held = {a.code for o in objects(verb) for a in self.resolver.actors(o) if a.code}
        for act in reversed(self.found):
            if (
                act.code in _CUSTODY
                and act.target is not None
                and act.target.code in held
                and act.source.code != act.target.code
            ):
                return [act.source]
        return []

    def _doers(self, verb: Token) -> list[ActorRef]:
        """Who does what a verb says: its subject or agent; for an agentless passive ("Gershkovich was being
        held unjustly"), whoever the story last had act on the same person."""
        doers, _ = self._fill(("subj",), verb)
        if doers:
            return doers
        patients = [c for c in children(verb) if c.dep_ == "nsubjpass"]
        held = {a.code for p in patients for a in self.resolver.actors(p)}
        for act in reversed(self.found):
            if act.target is not None and act.target.code in held and act.source.code not in held:
                return [act.source]
        return []

    def _code_obligation(self, obligation: Obligation) -> None:
        """'Russia said Sudan must return the helicopter': a demand on Sudan (10x, 'should': an appeal)."""
        speaker = obligation.speaker
        if self._question(self._sentence(self._sentence_of(speaker.i))) or polarity(speaker, False)[0]:
            return
        sources, _ = self._fill(("subj",), speaker)
        targets, target_tokens = self._fill(("subj",), obligation.verb)
        if (
            targets
            and target_tokens[0].pos_ == "PRON"
            and {t.code for t in targets} <= {s.code for s in sources}
        ):
            # "Germany sent a reminder to Poland that it must respect the ruling": the pronoun is the
            # addressee, not the speaker
            host = speaker.head if speaker.pos_ == "NOUN" else speaker
            spoken = {s.code for s in sources}
            told = [a for a in self._fill(("dative", "prep:to"), host)[0] if a.code not in spoken]
            targets = told or targets
        targets = _other_sides(sources, targets)
        if not sources or not targets:
            return
        act = self.coder.pattern_for(obligation.verb)
        code = (self.coder.lexicon.chain_code(obligation.root, act.code) if act else None) or (
            obligation.root + "0"
        )
        if obligation.root == "10" and _or_else(obligation.verb):
            code = "139"  # "must leave Iraq within 48 hours or face military action": an ultimatum
        pattern = judgement_pattern(obligation.verb.lemma_.lower(), code)
        self._emit(obligation.verb, pattern, code, Assertion.ASSERTED, None, sources, targets, [])

    def _emit(
        self,
        trigger: Token,
        pattern: Pattern,
        code: str,
        assertion: Assertion,
        reporter: Token | None,
        sources: list[ActorRef],
        targets: list[ActorRef],
        target_tokens: list[Token],
        dated_by: Token | None = None,
    ) -> None:
        if code[:2] in VIOLENT_ROOTS and is_verbal(trigger) and self._told_by_its_subject(trigger, targets):
            return  # "a Myanmar military air strike killed about 100 people": the strike is the act
        if code[:2] == "04" and any(
            a.sector == "MED" and a.kind is not ActorKind.PERSON for a in (*sources, *targets)
        ):
            return  # "the spokeswoman told Reuters by phone", "gave an interview to CNN": no consultation
        own = {s.code for s in sources}
        targets = [self._other_nationality(t, own) if t.code in own else t for t in targets]
        # (one actor only: "the two countries expelled each other's diplomats" acts on each other)
        if code == "174" and len(own) == 1 and targets and all(t.code in own for t in targets):
            return  # "told Americans in Russia to leave the country": advice to its own people, no expulsion
        if (
            code[:2] == "10"
            and len(own) == 1
            and targets
            and all(t.code in own and t.sector == "CVL" for t in targets)
            and all(s.sector in ("GOV", "") for s in sources)
        ):
            return  # "prompting Tokyo to tell residents to take cover": a government's advice to its people
        refusal = code[:2] == "12" or (code[:2] == "08" and assertion is Assertion.REFUSED)
        if refusal and targets and all(_own_government(s, t) for s in sources for t in targets):
            # "Israel refused to apologise for its raid": a refusal is made to another, not to its own deed
            # ("said Israel would not abide by it": the parser's pronoun, resolved to the refuser)
            found = answered(("counter", "other"), sources, self._sentence_of(trigger.i), self.found)
            if found is None:
                return
            targets = found[0]
        if len(own) == 1 and targets and all(t.code in own for t in targets):
            # "Ivory Coast demanded the release of its soldiers who were detained in Bamako", "condemned the
            # detention of reporter Evan Gershkovich, held by Russia's FSB": asked of, or said to, the
            # holder, not its own people
            # ("the release of 49 of its soldiers who ...": the people a count counts)
            people = [*target_tokens, *(g for t in target_tokens for g in _counted(t))]
            # ("the arrest of a French journalist by Iranian police": the agent hung on the person)
            agents = [g for t in people for p in children(t) if p.lower_ == "by" for g in children(p)]
            holders = [a for t in people for a in self._holders_of(t)]
            holders += [a for g in agents if g.dep_ == "pobj" for a in self.resolver.actors(g)]
            # (or whoever the story last told seized them: "Taliban fighters seized 23 South Korean
            # volunteers ... Seoul appealed for their safe release")
            holders = holders or self._captors(targets)
            held = [a for a in holders if a.code and a.code not in own][:1]
            if not held and code in _RELEASE_CALLS:
                return  # ("pressing for the release of American pastor Andrew Brunson": asked of no one told)
            targets = held or targets
        elif not targets and code in _RELEASE_CALLS:
            # "Britain demanded the release of 15 sailors seized by Iranian naval forces", "the military
            # detained civilian leaders ... Ardern called for their release": asked of whoever holds them
            people = [*target_tokens, *(g for t in target_tokens for g in _counted(t))]
            holders = [a for t in people for a in self._holders_of(t)] or self._latest_captors(trigger)
            targets = [a for a in holders if a.code and a.code not in own][:1]
        if assertion is Assertion.REFUSED and reporter is not None:
            if reporter.i != trigger.i:
                speakers, _ = self._fill(("subj",), reporter)
                if not {s.code for s in speakers} & {s.code for s in sources}:
                    return  # someone else's forecast
            code = self.coder.lexicon.chain_code("12", code) or "120"
        if assertion is Assertion.ANNOUNCED and reporter is not None:
            speakers, speaker_tokens = self._fill(("subj",), reporter)
            if not self._announced_by(code, speakers, speaker_tokens, sources, targets):
                return  # someone else's forecast, not an announcement
            if (
                reporter.lemma_.lower() in WARNING
                # ("Seoul responded that it would drop Japan from its list": a measure announced in answer)
                or (reporter.lemma_.lower() in _ANSWERING and code[:2] == "16")
                or on_condition(trigger, ("unless", "if"))
                or (code[:2] in _THREATENED_ROOTS and not self._decided(code, sources))
                or any(
                    o.lemma_.lower() in _UNNAMED_MEASURES
                    for o in (*objects(trigger), *prep_objects(trigger, ("with",)))
                )
            ):
                # "France warned that it would expel Algerian diplomats", "Nigeria will withdraw its
                # force unless ...", "the farmers said they would blockade Paris": a threat (a cut in
                # relations or an expulsion announced is decided: "Britain would expel 23 diplomats"; unnamed
                # measures announced are a threat: "Ankara would take the necessary steps in response")
                code = self.coder.lexicon.chain_code("13", code) or "130"
            elif code[:2] in REFUSABLE_ROOTS and not code.startswith(_EASINGS):
                # (sanctions or curbs a government announces it will lift are lifted by the decision told:
                # "Washington would revoke the designation of the Houthis")
                code = self.coder.lexicon.chain_code("03", code) or code
        if not targets and code[:2] == "13":
            # "threatened to ban voting if Hamas ran": the threat is aimed at whom the condition names
            targets = [
                a for c in on_condition(trigger, ("if", "unless")) for a in self._fill(("subj",), c)[0]
            ]
        if not targets and pattern.id in _COUP_JUDGED:
            targets = self._seized_state(trigger, sources)
        own_only = {t.code for t in targets} <= {s.code for s in sources}  # (true with no targets too)
        if own_only and code[:2] not in _FORCE_ROOTS:
            # ("suspended its participation in New START": the agreement's other side, not its own part)
            targets = self._treaty_sides(trigger, sources) or targets
        if own_only and targets and code[:2] in _FORCE_ROOTS and any(t.sector in _ARMED for t in targets):
            # ("Pakistani jets bombed hideouts of the Pakistani Taliban in Afghanistan's Paktika province":
            # force on a state's own armed group where another state is, is used on that state's territory)
            # (or the place the force was used at: "a raid that killed FARC commander Raul Reyes at a rebel
            # camp just inside Ecuador")
            sites = [
                *target_tokens,
                *(t.head.head for t in target_tokens if t.dep_ == "pobj"),
                trigger,
                *prep_objects(trigger, ("at",)),
            ]
            abroad = [a for a in self._territory_target(sites, ("in", "inside")) if a.code not in own]
            targets = abroad[:1] or targets
        if own_only and targets and code[:2] in ("11", "12"):
            targets = self._judged_it(trigger, code, sources) or targets
        if own_only and targets and code == "015":
            # ("The Somalia-based group claimed responsibility for the pre-dawn raid": the act claimed, named
            # again, stands for its author, the claimant; the claim is aimed at those it struck)
            targets = self._claimed_targets(trigger, sources) or targets
        if (
            not targets
            and not pattern.symmetric
            and "owned" not in pattern.flags
            # ("to help Taiwan defend itself": an act on its own actor aims at no one else)
            and not any(o.lower_ in REFLEXIVE for o in objects(trigger))
        ):
            targets = (
                (self._claimed_targets(trigger, sources) if code == "015" else [])
                or (self._plaintiff(trigger, sources) if code[:2] in ("11", "12") else [])
                or self._borrowed_target(trigger, code)
                or self._consequence_target(trigger, code, sources)
                or self._internal_target(pattern, sources, target_tokens, trigger)
                or (self._territory_target(target_tokens) if code not in _VENUE_CODES else [])
                # ("bombed the airport at Asmara": force used at a place is used on its state)
                or (self._territory_target([trigger], ("in", "at")) if code[:2] in _FORCE_ROOTS else [])
                # (or at a place the clause naming its object tells: "struck what it called terrorist
                # infrastructure at nine sites in Pakistan")
                or (
                    self._territory_target(
                        [g for c in naming_clauses(trigger) for g in prep_objects(c, ("in", "at", "on"))]
                    )
                    if code[:2] in _FORCE_ROOTS
                    else []
                )
                # ("attacked the airfield on Kenya's coast", "shelled the airport at Mekelle")
                or (self._territory_target(target_tokens, ("at", "on")) if code[:2] in _FORCE_ROOTS else [])
                # ("crossed into northern Israel and captured two soldiers": force used where one went in)
                or (self._entered(trigger) if code[:2] in _FORCE_ROOTS else [])
                # ("claimed responsibility for the attacks that killed 127 people in Paris": the claim is
                # aimed at the state where the act claimed struck)
                or (
                    self._territory_target(_claimed_acts(trigger), ("in", "at", "on"))
                    if code == "015"
                    else []
                )
                or (self._struck_unowned(trigger) if code == "015" else [])
                # "demanding an immediate ceasefire in Sudan": what is asked for happens there
                or (self._territory_target(objects(trigger), ("in",)) if code[:2] in ASKING_ROOTS else [])
                or self._summarised(target_tokens, sources)
                or self._antecedent_act(trigger, code, sources)
                or self._judged_it(trigger, code, sources)
                or self._answered(trigger, code, sources)
                or (self._denied_to(trigger, sources) if code == "016" else [])
                or self._occasion_target(trigger, code, sources)
                or self._coordinated_target(trigger, code, sources)
                or self._protested(trigger, code, sources)
                or _governed_by(code, sources, trigger)
                or (self._reporting_victim(trigger, pattern, sources) if code[:2] in VIOLENT_ROOTS else [])
                or (self._demanded_back(trigger, sources) if code[:2] in ("17", "18") else [])
                or (self._hosted_parties(trigger, sources) if code == "045" else [])
                or self._story_target(trigger, code, sources)
                or (self._visited(trigger, sources) if code == "042" else [])
            )
        if code == "057" and not is_verbal(trigger) and self._disowned(trigger, sources, targets):
            return
        if code == "057" and not is_verbal(trigger) and any(a.sector == "JUD" for a in (*sources, *targets)):
            return  # ("a deal between Huawei executive Meng Wanzhou and US prosecutors": a plea bargain)
        # (what is given goes to a recipient, never among the givers: "after China, India and Japan gave the
        # financing assurances the fund had required")
        mutual = (
            code.startswith(_MUTUAL) and "notarget" not in pattern.flags and "dative" not in pattern.target
        )
        if (
            mutual
            and len({s.code for s in sources}) > 1
            and {t.code for t in targets} <= {s.code for s in sources}
        ):
            # "the two leaders agreed to reopen embassies", "agreed to suspend their tariffs": each to other
            targets = sources
        if self.dates is None:
            self.dates = DateIndex(self.doc, self.article.published, self.resolver.ents)
        date = self.dates.event_date(dated_by or trigger)
        if date.source is not DateSource.TEXT and trigger.i in self.answers:
            date = self.answers[trigger.i]
        sentence_index = self._sentence_of(trigger.i)
        if date.source is not DateSource.TEXT:
            date = self._continued(date, sources, sentence_index)
        # only the refuser refuses, only who agreed to talks intends them ("Spain agreed to hold talks with
        # Morocco": Morocco said nothing)
        # ("Saudi Arabia and Iran agreed to restore ties": both intend it, each towards the other)
        one_sided = assertion is Assertion.REFUSED or (code[:2] == "03" and pattern.code[:2] != "03")
        symmetric = pattern.symmetric and not (one_sided and targets)
        before = len(self.found)
        for source, target in _pairs(pattern, sources, targets, symmetric):
            self.found.append(Found(pattern, code, trigger, source, target, date, sentence_index))
            if code == "043" and target is not None and target.code != source.code and _hosting(trigger):
                # "Macron hosted Xi in Paris": the guest visited (042)
                self.found.append(Found(pattern, "042", trigger, target, source, date, sentence_index))
            if code == "054" and trigger.lemma_.lower() in _SWITCHING:
                # "Kiribati switched diplomatic recognition from Taipei to Beijing": ties with Taipei are cut
                for left in self._fill(("prep:from", "obj/prep:from"), trigger)[0]:
                    if left.code != source.code and (target is None or left.code != target.code):
                        self.found.append(Found(pattern, "161", trigger, source, left, date, sentence_index))
        if (
            len(self.found) == before
            and assertion is Assertion.ASSERTED
            and "notarget" not in pattern.flags
            and main_clause(clause_verb(trigger))
        ):
            self.untargeted.append((trigger, sources))  # (a main act aimed at no one named: see ``story``)

    def _alike(self, trigger: Token) -> list[ActorRef]:
        """Who did the same, in an elided clause: "Riyadh welcomed the announcement, as did the Houthis",
        "France expelled two diplomats, and so did Germany"."""
        out: list[ActorRef] = []
        for c in children(trigger):
            if c.lemma_.lower() != "do" or c.dep_ not in ("advcl", "conj"):
                continue
            words = {(g.dep_, g.lower_) for g in children(c)}
            if ("mark", "as") in words or ("advmod", "so") in words:
                out += self._fill(("subj",), c)[0]
        out += self._gapped(trigger)
        return out

    def _gapped(self, trigger: Token) -> list[ActorRef]:
        """'Saudi Arabia promised $1 billion, the World Bank $2 billion': the subjects of clauses whose verb
        is left out after the object and a comma, each with its own sum (which the parser takes for a second
        object or an apposition)."""
        out: list[ActorRef] = []
        for c in children(trigger):
            if (
                c.dep_ in ("dative", "appos", "conj", "npadvmod")
                and c.pos_ == "PROPN"
                and after_object_comma(trigger, c)
                and any(g.ent_type_ == "MONEY" and g.i > c.i for g in children(c))
            ):
                out += self.resolver.actors(c, agentive=True)
        return out

    def _leaving_elsewhere(self, trigger: Token, sources: list[ActorRef]) -> bool:
        """Whether the time given is to leave a state named, not the sources' own."""
        own = {s.code for s in sources}
        for verb in trigger.subtree:
            if verb.lemma_.lower() in DISPLACING and verb.dep_ in ("xcomp", "relcl", "acl", "advcl"):
                named = [o for o in objects(verb) if o.pos_ == "PROPN"]
                left = self._fill(("obj",), verb)[0] if named else []
                if left and not {a.code for a in left} & own:
                    return True
        return False

    @staticmethod
    def _announced_by(
        code: str,
        speakers: list[ActorRef],
        speaker_tokens: list[Token],
        sources: list[ActorRef],
        targets: list[ActorRef],
    ) -> bool:
        """Whether a future act is announced rather than forecast: by its own actor ("Syria said it would
        withdraw"); a cooperative act also by the side it is done to ("the German minister will visit
        Albania, the Albanian embassy said") or by a statement or sources naming no one ("Finland will give
        Tanzania a grant, a statement said"), but not a hostile one: "Kyiv said Russia would attack" is a
        warning by Kyiv, not Russia's plan."""
        spoken = {s.code for s in speakers}
        if spoken & {s.code for s in sources}:
            return True
        if code[:2] not in REFUSABLE_ROOTS:
            return False
        if spoken:
            return bool(spoken & {t.code for t in targets})
        return any(t.lemma_.lower() in _ANNOUNCING_BODIES for t in speaker_tokens)

    def _also_done(self, trigger: Token, pattern: Pattern) -> list[ActorRef]:
        """'The ICC issued arrest warrants for Netanyahu and Gallant ... A warrant was also issued for Hamas
        military chief Mohammed Deif': an act told "also" in the passive with no agent is done by whoever did
        the same act just before (within the sentence and the two before)."""
        if not any(c.dep_ == "advmod" and c.lower_ in ("also", "likewise") for c in children(trigger)):
            return []
        sentence = self._sentence_of(trigger.i)
        for act in reversed(self.found):
            if act.trigger.i < trigger.i and act.sentence_index >= sentence - 2 and act.code == pattern.code:
                return [act.source]
        return []

    def _accord_parties(self, trigger: Token) -> list[ActorRef]:
        """'Russia has agreed to write off North Korea's debt ... The agreement was signed in Moscow on
        Monday': an accord named back, signed in the passive with no agent, is the accord of the sides of the
        latest act of cooperation the story told (within the sentence and the two before)."""
        named = [
            c
            for c in children(trigger)
            if c.dep_ == "nsubjpass"
            and c.lemma_.lower() in ACCORDS
            and any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in children(c))
        ]
        if not named:
            return []
        sentence = self._sentence_of(trigger.i)
        for act in reversed(self.found):
            if act.trigger.i >= trigger.i or act.sentence_index < sentence - 2 or act.target is None:
                continue
            if act.code[:2] in ("03", "05", "06", "07", "08") and act.source.code != act.target.code:
                return [act.source, act.target]
        return []

    def _intent_governor(self, trigger: Token, pattern: Pattern) -> Token | None:
        """The verb of intent ("agreed", "offered", "pledged") whose infinitive tells the act, if any."""
        if not is_verbal(trigger) and trigger.dep_ == "pobj" and trigger.head.lower_ in PRESUPPOSING_PREPS:
            return None  # "agreed to draft a treaty after talks in Brussels": the talks were held
        if not is_verbal(trigger) and pattern.code[:2] == "04":
            ready = readiness(trigger)
            if ready is not None:
                return ready  # "said it was ready for talks with Washington": an intent to meet
        t = trigger if is_verbal(trigger) else clause_verb(trigger)
        while t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        while t.dep_ == "xcomp" and t.head.lemma_.lower() in _HELPING_ON and t.head.dep_ == "xcomp":
            # "pledged to help fund projects in Ukraine", "agreed to resume sharing intelligence with Kyiv":
            # the pledge governs the act helped or taken up again
            t = t.head
        if (t.dep_ == "xcomp" or (t.dep_ == "advcl" and infinitive_clause(t))) and (
            t.head.lemma_.lower() in self.coder.modality.intents or wished_cooperation(t.head, pattern.code)
        ):
            return t.head
        return None

    def _governed_code(self, trigger: Token, pattern: Pattern, intent: Token | None) -> str:
        """'agreed to restore ties' is an intent (03x), not the restoration itself (``intent``: the verb of
        intent governing the act, see ``_intent_governor``)."""
        code = pattern.code
        if intent is not None:
            governor = intent.lemma_.lower()
            if governor in _DECIDING and ("09" <= code[:2] <= "17" or code.startswith(_EASINGS)):
                # "EU leaders agreed to ban Belarusian airlines", "EU ministers agreed to lift sanctions on
                # Syria": the decision is the act
                return code
            if (
                governor in ("decide", "resolve")
                and code.startswith(("050", "054"))
                and not pattern.symmetric
            ):
                return code  # "Jamaica has decided to recognise the State of Palestine": a recognition
            # ("Moscow promised to retaliate": a promise of force is a threat)
            if governor in _OFFERING and code[:2] == "15":
                return "0334"  # "offered to send 1,000 police officers": an offer of protection, no threat
            return self.coder.lexicon.chain_code("03", code) or code
        return code

    def _complements(self, trigger: Token) -> list[tuple[Pattern, Token]]:
        """The coded acts an appeal, demand, refusal or threat is about: "urged Putin to withdraw" (and the
        acts coordinated with them: "... and to open negotiations")."""
        found: list[tuple[Pattern, Token]] = []
        # ("rejected calls to send Taurus missiles to Kyiv": what the rejected call asks for)
        taken = objects(trigger)
        asked = [c for o in taken if o.lower_ in DEMANDING_NOUNS for c in children(o)]
        for child in (*children(trigger), *asked):
            if child.dep_ not in ("xcomp", "ccomp", "acl", "relcl", "advcl") or not is_verbal(child):
                continue
            if any(o.i == child.i for o in taken):
                continue  # ("to avoid travelling to Japan": a gerund the verb takes as its object is no act)
            if child.dep_ == "advcl" and not infinitive_clause(child):
                continue  # (an infinitive the parser hangs as an adverbial clause, not a clause of time)
            if child.dep_ in ("acl", "relcl") and child.head.i == trigger.i:
                continue
            if child.i < trigger.i and any(t.text == ";" for t in trigger.doc[child.i : trigger.i]):
                continue  # ("blamed Israel ...; the Israeli military declined to comment": two clauses)
            later = [c for c in child.conjuncts if c.i > child.i]
            if child.tag_ in NON_FINITE_TAGS:
                later = [c for c in later if c.tag_ not in FINITE_TAGS]  # see ``assertion``
            for verb in (child, *later):
                pattern = self.coder.pattern_for(verb)
                if pattern is not None:
                    found.append((pattern, verb))
        return found

    def _coordinated_author(self, noun: Token, pattern: Pattern) -> list[ActorRef]:
        """'US tariffs on Canadian goods and an extra levy on Chinese goods', 'US tariffs ..., along with a
        levy on Chinese goods': a measure named alongside another of its kind, with no author of its own, is
        the same author's."""
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ == "with" and head.head.lower_ == "along":
            head = head.head.head  # ("along" hangs "with" on the clause's verb or noun)
        elif noun.dep_ != "conj":
            return []
        if is_verbal(head):
            head = next((s for s in subjects(head) if s.i < noun.i), head)
        return [
            a.source
            for a in self.found
            if a.trigger.i == head.i and a.pattern.pos == "N" and a.code[:2] == pattern.code[:2]
        ][:1]

    def _disowned(self, accord: Token, sources: list[ActorRef], targets: list[ActorRef]) -> bool:
        """'Somalia declared null and void a port deal between Addis Ababa and the breakaway region of
        Somaliland': an accord that a state of one of its named parties judges, rejects or voids is no
        agreement of that state's (it names a region the state disowns)."""
        verb = clause_verb(accord)
        if not is_verbal(verb) or verb.lemma_.lower() in _ACCORD_MAKING:
            return False
        judges = list(subjects(verb))
        if verb.dep_ == "ccomp" and is_verbal(verb.head):
            # ("Baghdad said the deal between Turkey and the Kurdistan region was invalid": its speaker)
            judges += subjects(verb.head)
        parties = {a.code for a in (*sources, *targets)}
        return any(a.code in parties for s in judges for a in self.resolver.actors(s, agentive=True))

    def _joint_visits(self, places: PlaceIndex) -> list[Found]:
        """The visits joint acts held in one side's country imply (042 of the other side)."""
        return [
            replace(act, code="042")
            for act in self.found
            if _joint_visit(act, place_for(act.trigger, places) if act.code in _JOINT_ACTS else None)
        ]

    # -- merging repeats --------------------------------------------------------------------------------
    def _merge(self) -> tuple[Event, ...]:
        if not self.found:
            return ()
        places = self._places()
        merged: dict[tuple[str, str, str, str], list[Found]] = {}
        # (a visit told by its own words: the one a host's welcome implies adds none)
        visits = {
            (a.source.code, a.target.code)
            for a in self.found
            if a.code == "042" and a.pattern.code != "043" and a.target is not None
        }
        # (a criticism in a sentence: "Morocco regretted the unjustified decision and rejected what it called
        # absurd pretexts" is one reaction to the act, the rejection of its grounds no second one)
        criticised = {
            (a.sentence_index, a.source.code, a.target.code)
            for a in self.found
            if a.code[:2] == "11" and a.target is not None
        }
        # (an attack named by a noun the victims fell in: the verb of their toll adds no act)
        noun_attacks = {
            (a.trigger.i, a.source.code, a.target.code if a.target else "", a.date.value)
            for a in self.found
            if a.code[:2] in VIOLENT_ROOTS and not is_verbal(a.trigger)
        }
        # (a cooperative act of a root's general code, glossed by a participle after it with a more specific
        # code of that root between the same sides: "named ambassadors to each other's capitals (050),
        # restoring diplomatic ties (054)" is one act, the gloss's; a hostile measure glossed is often a
        # further one: "suspended all military agreements, downgrading relations")
        glossed = {
            (a.trigger.head.i, a.source.code, a.target.code, a.date.value, a.code[:2])
            for a in self.found
            if a.target is not None
            and a.trigger.dep_ == "advcl"
            and a.trigger.tag_ == "VBG"
            and a.trigger.i > a.trigger.head.i
            and a.code != a.code[:2] + "0"
            and a.code[:2] < "09"
        }
        # (nor does the one a joint act in the host's country implies: "signed a declaration in Asmara on
        # Monday ... had been greeted at the airport on Sunday, the first visit by an Ethiopian leader")
        joint = [
            j
            for j in self._joint_visits(places)
            if j.target is None or (j.source.code, j.target.code) not in visits
        ]
        for act in _without_vehicles([*self.found, *joint]):
            if act.target is None and not self.coder.one_sided:
                home = self._home_of(act)
                if home is None:
                    continue  # (found, and used to read the rest of the article, but no relation)
                # ("South Korea lifted martial law": a state's measure at home, told with no place, is
                # aimed at itself, as a dyad of one state)
                act = replace(act, target=home)
            if (
                glossed
                and act.target is not None
                and act.code == act.code[:2] + "0"
                and (act.trigger.i, act.source.code, act.target.code, act.date.value, act.code[:2]) in glossed
            ):
                continue
            if act.code[:2] in VIOLENT_ROOTS and is_verbal(act.trigger) and noun_attacks:
                fell_in = [
                    g.i
                    for p in children(act.trigger)
                    if p.dep_ in ("prep", "agent") and p.lower_ in ("in", "by")
                    for g in children(p)
                    if g.dep_ == "pobj"
                ]
                toll = (act.source.code, act.target.code if act.target else "", act.date.value)
                if any((i, *toll) in noun_attacks for i in fell_in):
                    continue
            implied = act.code == "042" and act.pattern.code == "043" and act.target is not None
            if implied and act.target is not None and (act.source.code, act.target.code) in visits:
                continue
            if (
                act.pattern.id == "reject.v"
                and act.code == "120"
                and act.target is not None
                and (act.sentence_index, act.source.code, act.target.code) in criticised
            ):
                continue
            if act.code == "044" and act.target is not None:
                # (a meeting noun held by a verb is where the verb's clause is: "held a meeting with Biden
                # at the White House")
                held = act.trigger.dep_ in ("dobj", "obj") and not is_verbal(act.trigger)
                where = act.trigger.head if held else act.trigger
                act = replace(act, code=_meeting_code(act, place_for(where, places)))
                received = any(c.dep_ in ("nsubjpass", "auxpass") for c in children(act.trigger))
                if act.code == "042" and not received:
                    # ("Blinken met Xi in Beijing": the guest's visit, and the meeting itself, each way; "was
                    # met at the airport by Tokayev" is a reception, its host's act)
                    met = replace(act, code="040")
                    key = (met.source.code, met.target.code if met.target else "", "040", met.date.value)
                    merged.setdefault(key, []).append(met)
                elif act.code == "043" and not received:
                    act = replace(act, code="040")
            key = (act.source.code, act.target.code if act.target else "", act.code, act.date.value)
            merged.setdefault(key, []).append(act)
        events: list[Event] = []
        for (src, tgt, code, when), acts in merged.items():
            first = acts[0]
            entry = self.coder.cameo.get(code)
            evidence: list[Evidence] = []
            seen_sentences: set[int] = set()
            for act in acts:
                if act.sentence_index not in seen_sentences:
                    seen_sentences.add(act.sentence_index)
                    evidence.append(_evidence(act, self._sentence(act.sentence_index), self.text))
            events.append(
                Event(
                    id=event_id(self.article.id, src, tgt or None, code, when),
                    article_id=self.article.id,
                    code=code,
                    root=code[:2],
                    name=entry.name,
                    quad_class=entry.quad_class,
                    goldstein=entry.goldstein,
                    plover_type=entry.plover_type,
                    plover_mode=entry.plover_mode,
                    source=first.source,
                    target=first.target,
                    date=first.date,
                    evidence=tuple(evidence),
                    place=next((p for a in acts if (p := place_for(a.trigger, places)) is not None), None),
                )
            )
        events.sort(
            key=lambda e: (
                e.sentence_index,
                e.evidence[0].predicate.start,
                e.source.span.start,
                e.target.span.start if e.target else -1,
                e.code,
            )
        )
        return tuple(events)


_TIME_GIVEN = frozenset(
    {"hour", "hours", "day", "days", "week", "weeks", "month", "months"}
)  # "gave them 72 hours to leave"
# People who strike as workers do: "teachers striking in West Virginia".
_STRIKERS = frozenset(
    {"worker", "teacher", "doctor", "nurse", "employee", "miner", "union", "staff", "driver", "pilot"}
    | {"docker", "farmer", "student", "physician", "professor", "lawyer", "railworker", "trucker", "crew"}
)
# The public an authority warns or advises: "warning people not to eat a recalled product".
_PUBLIC = frozenset(
    {"people", "public", "consumer", "resident", "traveller", "traveler", "citizen", "tourist"}
)
# Dangers an alert may be raised against that are no enemy: "on high alert since the virus was found".
_CIVIL_DANGERS = frozenset(
    {"virus", "pandemic", "epidemic", "outbreak", "disease", "flu", "influenza", "infection", "ebola"}
    | {"cholera", "covid", "coronavirus", "health", "storm", "hurricane", "typhoon", "cyclone", "flood"}
    | {"flooding", "earthquake", "tsunami", "wildfire", "heatwave", "drought", "eruption", "weather"}
)
# tasks one is "charged with" (not crimes), as the gerund (which the tagger may take for a noun): "charged the
# inspectors with verifying ..."
_TASKS = frozenset(
    {"verifying", "monitoring", "overseeing", "ensuring", "leading", "implementing", "supervising"}
    | {"coordinating", "organising", "organizing", "preparing", "drafting", "negotiating", "protecting"}
    | {"managing", "running", "investigating", "reviewing", "assessing", "examining", "enforcing"}
    | {"guarding", "securing", "developing", "designing", "building", "drawing", "finding", "tracking"}
)
# people one may be said to "eliminate": "eliminated the Hamas commander"
_KILLABLE = frozenset(
    {"leader", "commander", "chief", "head", "militant", "terrorist", "fighter", "member", "operative"}
    | {"official", "officer", "general", "scientist", "figure", "founder", "deputy", "spokesman", "cleric"}
)
# reactions whose "saying" gives their grounds: rejection, threat (a summons or a protest "calling" an act
# illegal is coded with its criticism)
_REACTING_ROOTS = frozenset({"12", "13"})
_HOSTILE_ROOTS = frozenset({"11", "12", "13", "14", "15", "16", "17", "18", "19", "20"})
_CIVIL = frozenset({"CVL", "OPP", "REF"})
# acts that settle a state's internal war: "Ethiopia's government and Tigrayan forces agreed to a truce"
# words of a speaker's dismay: "said it was deeply concerned", "said Moscow was disappointed"
_DISMAY = frozenset(
    {"concerned", "disappointed", "alarmed", "worried", "dismayed", "troubled", "sceptical", "skeptical"}
    | {"unhappy", "displeased", "dissatisfied", "upset"}
)
# words of a speaker's outrage, which condemn (111): "said Canberra was appalled", "said it was shocked by"
# (and the disappointment or alarm a government voices at another's act: "the White House said it was
# extremely disappointed", "the African Union said it was alarmed by the comments")
# acts of holding people, or freeing them, that show who holds them
_CUSTODY = frozenset({"173", "116", "0841", "1711", "181"})
# patterns that condemn a seizure of power, which happens in a state
_COUP_JUDGED = frozenset({"condemn.coup.v", "condemn.seizure.v"})
_OUTRAGE = frozenset(
    {"shocked", "appalled", "outraged", "horrified", "angered", "incensed", "indignant", "furious", "angry"}
    | {"disappointed", "alarmed"}
)
_MOVING = frozenset(
    {"leave", "enter", "travel", "cross", "return", "fly", "land", "depart", "board", "dock", "sail", "reach"}
    | {"approach", "pass", "transit", "visit", "attend", "access", "go", "come", "move", "exit"}
)
_SETTLING_ROOTS = frozenset({"03", "04", "05", "08"})
# acts of pressure and force that an actor announces it will do are threats until done
_THREATENED_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})
# craft that measures may be taken against (by force)
_CRAFT = frozenset(
    {"jet", "aircraft", "plane", "warplane", "drone", "helicopter", "vessel", "ship", "boat", "missile"}
)
# roots of the measures a state takes that its officials may tell in the passive with no agent
_SPEAKERS_MEASURES = frozenset({"07", "08", "16", "17"})
# verbs of answering: a measure announced in answer to another's act is a threat of it
_ANSWERING = frozenset({"respond", "reply", "retort"})
# acts two sides do together at one place (a visit of the side whose country it is not: "held talks with
# Putin in Moscow")
_JOINT_ACTS = frozenset({"057", "061", "046"})
# verbs by which the parties make or make known an accord (its subject may be one of them)
_ACCORD_MAKING = frozenset(
    {"sign", "conclude", "reach", "agree", "negotiate", "seal", "strike", "ink", "finalise", "finalize"}
    | {"announce", "unveil", "make", "clinch", "broker", "mediate", "hail", "welcome", "praise"}
)
# places and honours of arrival with which a host meets a guest
_ARRIVALS = frozenset(
    {
        "airport",
        "airbase",
        "tarmac",
        "runway",
        "aerodrome",
        "guard",
        "ceremony",
        "carpet",
        "honours",
        "honors",
    }
)
# economic measures that "target" or "hit" what they are imposed on
_SANCTIONS = frozenset(
    {"sanction", "sanctions", "tariff", "tariffs", "embargo", "levy", "levies", "duty", "duties"}
)
# the staff of a mission, whose cut a host orders: an expulsion
_DIPLOMATIC_STAFF = frozenset({"staff", "personnel", "diplomat", "presence", "mission"})
# verbs of leaving a country, a withdrawal when forces leave
_DEPARTING = frozenset({"leave", "exit", "quit"})
# verbs of moving one's recognition or ties from one state to another
_SWITCHING = frozenset({"switch", "shift", "transfer", "move", "change"})
# craft that arrive or land: no visit ("Indian air force planes carrying relief supplies landed in Kathmandu",
# "two Russian strategic bombers landed in Venezuela")
_VEHICLES = frozenset(
    {"plane", "aircraft", "jet", "flight", "helicopter", "ship", "vessel", "boat", "convoy", "truck", "train"}
    | {"bomber", "warplane", "fighter", "warship", "frigate", "destroyer", "carrier", "submarine", "drone"}
)
# objects that leave an announced act unnamed: "would take the necessary steps", "would adopt measures"
_UNNAMED_MEASURES = frozenset({"measure", "step", "countermeasure", "action"})
# the acts an armed group claims when it claims an attack ("claimed the bombing"; a bare "claimed
# responsibility" names none), and the sectors of the groups that claim attacks
_CLAIMABLE = frozenset({"attack", "attacks", "bombing", "killing", "raid", "assault", "blast"})
_ARMED_GROUPS = frozenset({"IMG", "INS", "REB", "SEP", "UAF"})
# economic measures one state takes against another ("retaliated against the US tariffs")
_ECONOMIC_MEASURES = frozenset(
    {"tariff", "duty", "levy", "sanction", "embargo", "ban", "curb", "restriction", "quota", "boycott"}
)
# who speaks for an actor without naming it: "a statement issued by the ministry said", "sources said"
_ANNOUNCING_BODIES = frozenset(
    {"statement", "communique", "communiqué", "announcement", "release", "source", "official"}
    | {"spokesman", "spokeswoman", "spokesperson", "ministry", "embassy", "office", "agency", "government"}
    | {"website"}
)


def _foretold_by_answer(subject: Token) -> bool:
    """Whether a warned clause's subject may be the speaker's answer or the act it answers ("it would further
    damage relations", "such a move would be met with force"), not people it laments ("people in need
    everywhere would pay the price")."""
    return subject.pos_ in ("PRON", "PROPN") or any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that", "such", "any") for c in children(subject)
    )


def _denying(clause: Token) -> bool:
    """Whether a clause said in answer says an act did not happen: negated ("had not flown in the area",
    "was not to blame"), with no one or nothing as its doer or its object ("none of its planes had been",
    "had nothing to do with the strikes"), or set against what did ("were local self-defence units, not
    Russian troops"); a negated future or possibility is a refusal or a prediction, no denial."""
    verbs = (clause, *clause.conjuncts)
    if any(c.dep_ == "aux" and c.lower_ in MODALS for v in verbs for c in children(v)):
        return False
    if any(v.lemma_.lower() in _STANCES for v in verbs):
        return False  # ("said it did not recognise the decision": a stance taken, a rejection)
    for verb in verbs:
        for tok in _own_words(verb):
            if tok.dep_ == "neg":
                return True
            if tok.head.i == verb.i and tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.lower_ in _NO_ONE:
                return True
            if tok.dep_ == "det" and tok.lower_ == "no" and tok.head.dep_ in ("nsubj", "nsubjpass"):
                return True  # ("no Russian missiles struck Polish territory", not "had no authority to")
    # ("was being used to search for a fishing boat, not to target the aircraft": the parser may hang the
    # contrast anywhere)
    return any(t.dep_ == "neg" and t.i > 0 and t.nbor(-1).text == "," for t in clause.subtree)


def _own_words(verb: Token) -> list[Token]:
    """The words of a clause, without the clauses it holds (another speaker's, or a time's)."""
    out: list[Token] = []
    stack = list(children(verb))
    while stack:
        tok = stack.pop()
        if tok.dep_ in ("ccomp", "advcl", "relcl", "acl") and is_verbal(tok):
            continue
        out.append(tok)
        stack.extend(children(tok))
    return out


def _other_sides(sources: list[ActorRef], targets: list[ActorRef]) -> list[ActorRef]:
    """The targets a speaker can judge or oblige: another country, or another side of the speaker's own
    ("Rwandan rebels announced that President Kagame must agree ...": rebels and government), never the
    speaker's own side ("Russia said it must respond")."""
    own = {(s.code, s.sector) for s in sources}
    codes = {s.code for s in sources}
    return [
        t
        for t in targets
        if t.code not in codes or (t.sector and all(s.sector and s.sector != t.sector for s in sources))
        if (t.code, t.sector) not in own
        # (a state's forces are its government's side: "Olmert called the raid an act of war" judges no
        # Israeli raid told before)
        if t.code not in codes
        or t.sector not in STATE_FORCES
        or any(s.sector not in STATE_FORCES for s in sources)
    ]


def _owned_by_pronoun(tokens: list[Token]) -> bool:
    """Whether the phrase an act noun's actor was read off is a possessive pronoun ("their release")."""
    return bool(tokens) and all(t.dep_ == "poss" and t.tag_ == "PRP$" for t in tokens)


# diplomats who live where they are received, and offices whose holders travel to be received
_RESIDENT_DIPLOMATS = frozenset(
    {"ambassador", "chargé", "charge", "d'affaires", "diplomat", "consul", "attaché"}
)
_VISITING_OFFICES = frozenset(
    {"envoy", "minister", "president", "premier", "chancellor", "delegation", "counterpart", "secretary"}
    | {"king", "emir", "prince", "leader"}
)


def _hosting(trigger: Token) -> bool:
    """Whether a host's act tells that its guest came: "hosted", "welcomed ... to Hanoi" (not "received the
    ambassador", who may live there)."""
    lemma = trigger.lemma_.lower()
    if lemma in ("receive", "meet", "greet", "welcome") and any(
        g.lemma_.lower() in _ARRIVALS for c in children(trigger) if c.dep_ == "prep" for g in children(c)
    ):
        return True  # "was received at Kigali airport by President Kagame", "with an honour guard": it came
    if lemma == "receive" and any(_visitor(o) for o in objects(trigger)):
        return True  # "Lukashenko received US envoy Keith Kellogg in Minsk": a visiting envoy came
    return lemma == "host" or (
        lemma in ("welcome", "greet") and any(c.dep_ == "prep" for c in children(trigger))
    )


def _visitor(person: Token) -> bool:
    """Whether an object received is a visitor: a named person or a visiting office, not a resident diplomat
    ("received the ambassador", "received Russian ambassador Ivanov": he lives there)."""
    words = {person.lemma_.lower(), *(c.lemma_.lower() for c in children(person) if c.dep_ == "compound")}
    if words & _RESIDENT_DIPLOMATS:
        return False
    return person.ent_type_ == "PERSON" or bool(words & _VISITING_OFFICES)


def _governed_by(code: str, sources: list[ActorRef], trigger: Token) -> list[ActorRef]:
    """'Thousands of students staged demonstrations to demand reforms': a protest that names no target is
    aimed at the protesters' own government; 'Yoon declared martial law': a restriction of rights, curfew or
    state of emergency that names no target is imposed on the ruler's own people (an implicit actor: its span
    is the act's word)."""
    measure = code in _DOMESTIC_MEASURES
    if (code[:2] != "14" and not measure) or len({s.code for s in sources}) != 1:
        return []
    source = sources[0]
    if source.sector == "GOV" and not measure:
        return []
    if not source.code.isalpha() or len(source.code) != 3 or source.kind not in _NATIONAL_KINDS:
        return []
    span = CharSpan(trigger.idx, trigger.idx + len(trigger.text), trigger.text)
    if measure:
        return [ActorRef(trigger.text, span, source.code, "", "", ActorKind.STATE, "")]
    return [ActorRef(trigger.text, span, source.code, "GOV", "", ActorKind.ROLE, "")]


# measures a government takes on its own people: curbs on freedoms, curfews, states of emergency
_DOMESTIC_MEASURES = frozenset({"1721", "1723", "1724"})


def _reciprocal(trigger: Token) -> bool:
    """'accused each other', 'expelled one another's diplomats', 'suspended visa services for each other's
    citizens', 'expelled six of each other's diplomats' (within four steps of the trigger, not inside a clause
    of its own)."""
    layer = [trigger]
    for _ in range(4):
        layer = [c for t in layer for c in children(t) if c.dep_ not in _OWN_CLAUSES]
        for tok in layer:
            if tok.lower_ == "other" and any(c.lower_ in ("each", "one") for c in children(tok)):
                return True
            if tok.lower_ == "another" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "one":
                return True
    return False


_OWN_CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis"})


def _told_as_answer(trigger: Token, answering: frozenset[str]) -> bool:
    """'launched drones at Israel, saying it was retaliating for a strike', 'fired missiles in what Putin
    called retaliation for the blast': an act of force its author says answers another (``answering``: the
    response lexicon's verbs and cue nouns)."""
    for c in children(trigger):
        if c.dep_ == "advcl" and c.lemma_.lower() in ("say", "state", "claim"):
            for said in children(c):
                if said.dep_ == "ccomp" and said.lemma_.lower() in answering:
                    return True
    # ("killing at least 11 people, in what Putin called retaliation": the parser may hang the phrase on the
    # participle of the toll)
    hosts = [trigger, *(c for c in children(trigger) if c.dep_ == "advcl" and c.tag_ == "VBG")]
    for prep in (c for h in hosts for c in children(h) if c.dep_ == "prep" and c.lower_ == "in"):
        calls = [g for g in children(prep) if g.dep_ == "pcomp"] + [
            r for g in children(prep) if g.lower_ == "what" for r in children(g) if r.dep_ in ("relcl", "acl")
        ]
        if any(
            o.dep_ in ("oprd", "xcomp", "ccomp", "attr") and o.lemma_.lower() in answering
            for call in calls
            for o in children(call)
        ):
            return True
    return False


def _clauses_after(trigger: Token) -> list[Token]:
    """The verbs of the clauses of time "after ..." that follow a verb, which may tell the act it answers
    ("vowed revenge after Soleimani was killed")."""
    if not is_verbal(trigger):
        return []
    return [
        c
        for c in children(trigger)
        if c.dep_ == "advcl"
        and c.i > trigger.i
        and any(m.dep_ == "mark" and m.lower_ == "after" for m in children(c))
    ]


def _answers_what_follows(trigger: Token) -> bool:
    """Whether a verb is followed by a clause of time telling the act it answers ("vowed revenge after
    Soleimani was killed")."""
    return bool(_clauses_after(trigger))


def _or_else(verb: Token) -> bool:
    """'must leave Iraq within 48 hours or face military action': a demand with a time limit and the price
    of refusing it (without a time limit, "must drop barriers or face tariff penalties" stays a demand)."""
    kids = children(verb)
    return (
        any(c.dep_ == "cc" and c.lower_ == "or" for c in kids)
        and any(c.dep_ == "conj" and c.lemma_.lower() in ("face", "risk", "suffer", "bear") for c in kids)
        and any(p.dep_ == "prep" and p.lower_ in ("within", "by", "before") for p in kids)
    )


def _ordered_out(leave: Token) -> bool:
    """'ordered French troops to leave the country': the infinitive of an order."""
    return leave.dep_ == "xcomp" and leave.head.lemma_.lower() in ("order", "tell", "command", "instruct")


def _reported_by(trigger: Token, lemmas: frozenset[str], through_conjuncts: bool = False) -> Token | None:
    """The verb of one of ``lemmas`` whose complement clause tells the trigger's act, when neither that verb
    nor the clause is negated ("confirmed that it had killed", "concluded that the air force had used")."""
    verb = trigger if is_verbal(trigger) else clause_verb(trigger)
    while through_conjuncts and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_.lower() not in lemmas or polarity(head, False)[0]:
        return None
    return None if polarity(verb, True)[0] else head


# verbs whose infinitive complement is the act a pledge governs: "pledged to help fund", "agreed to resume
# sharing intelligence"
_HELPING_ON = frozenset({"help", "resume", "restart", "continue", "keep"})


def _own_accord(sources: list[ActorRef], parties: list[ActorRef]) -> bool:
    """Whether the sources are among the parties of the accord told before."""
    return {s.code for s in sources} <= {p.code for p in parties}


def _spell_of_talks(verb: Token) -> bool:
    """Whether a verb's object is a spell or round of talks ("ended two days of talks", "a round of
    negotiations")."""
    return any(
        o.lemma_.lower() in SPANS and any(c.lower_ == "of" for c in children(o))
        for o in children(verb)
        if o.dep_ in ("dobj", "obj")
    )


def _first_fitting(patterns: tuple[Pattern, ...] | list[Pattern], token: Token) -> Pattern | None:
    """The first pattern the token satisfies; leaving a country is a withdrawal only for forces that leave
    ("the last French soldiers left Mali"; "Macron left Mali" is a departure, "ordered French troops to leave"
    an expulsion, see ``DISPLACING``)."""
    if token.lemma_.lower() in _DEPARTING and (not forces_move(token) or _ordered_out(token)):
        patterns = [p for p in patterns if p.code != "0874"]
    return first_match(patterns, token)


# the bodies of a court a prosecutor asks for a warrant or a ruling
_COURTS = frozenset({"judge", "court", "tribunal", "chamber", "bench"})


def _asks_court(trigger: Token) -> bool:
    """Whether an appeal is made to judges or a court ("asked judges to issue an arrest warrant")."""
    return any(c.dep_ in ("dobj", "dative") and c.lemma_.lower() in _COURTS for c in children(trigger))


def _joint_visit(act: Found, place: Place | None) -> bool:
    """Whether a joint act of two sides (a treaty signed, a pipeline opened) took place in the target's
    country, named as a place: the source came there ("Marape signed the pact with Albanese in Canberra")."""
    return (
        act.code in _JOINT_ACTS
        and act.pattern.symmetric
        and act.target is not None
        and place is not None
        and place.country == act.target.code != act.source.code
        and _named_as_place(act.trigger.doc, place)
        and _in_clause(act.trigger, place)
    )


def _in_clause(trigger: Token, place: Place) -> bool:
    """Whether the place is named in the trigger's own clause ("signed the pact in Canberra"), not in another
    clause of its sentence ("protesters stormed the offices in Yerevan after he announced the deal")."""
    verb = trigger if is_verbal(trigger) else clause_verb(trigger)
    if place.span is None:
        return False
    start = place.span.start
    return any(t.idx <= start < t.idx + len(t.text) for t in verb.subtree) and not any(
        c.dep_ in ("advcl", "ccomp", "relcl")
        and c.i != trigger.i
        and c.left_edge.idx <= start <= c.right_edge.idx
        for c in verb.children
    )


def _meeting_code(act: Found, place: Place | None) -> str:
    """CAMEO 044 is a meeting at a third location: in one side's country it is a visit (042) and its
    hosting (043); where the text names no place, a consultation (040)."""
    if (
        place is None
        or not place.country
        or act.target is None
        or not _named_as_place(act.trigger.doc, place)
    ):
        return "040"
    if place.country == act.source.code:
        return "043"
    if place.country == act.target.code:
        return "042"
    return "044"


def _named_as_place(doc: Doc, place: Place) -> bool:
    """Whether the text names the place as where something is ("in Ankara", "at a villa in Geneva"), not
    only as a modifier ("the Syrian president")."""
    if place.span is None:
        return False
    span = doc.char_span(place.span.start, place.span.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in ("in", "at", "near", "outside", "inside")


def _without_vehicles(found: list[Found]) -> list[Found]:
    """'signed a communique re-establishing ties', 'issued a statement recognising Kosovo': signing or issuing
    the text that does an act is not a second act of the same parties; the act it does is kept."""
    vehicles: set[tuple[int, str, str]] = set()
    for act in found:
        t = act.trigger
        if t.tag_ != "VBG":
            continue
        if t.dep_ == "acl" and t.head.dep_ in ("dobj", "obj"):
            vehicles.add((t.head.head.i, act.source.code, act.target.code if act.target else ""))
        elif t.dep_ == "advcl":  # the parser's other reading of the same phrase
            vehicles.add((t.head.i, act.source.code, act.target.code if act.target else ""))
    if not vehicles:
        return found
    return [
        a
        for a in found
        if (a.code[:3] != "057" and a.code[:2] != "01")
        or (a.trigger.i, a.source.code, a.target.code if a.target else "") not in vehicles
    ]


def _to_leave(trigger: Token) -> bool:
    """Whether the time given is to leave: "gave Bolivian diplomats 72 hours to leave the country"."""
    return any(
        t.lemma_.lower() in DISPLACING and t.dep_ in ("xcomp", "relcl", "acl", "advcl")
        for t in trigger.subtree
    )


def _to_act(trigger: Token) -> bool:
    """Whether the time given is to do something: "gave them 60 days to finalize the deal"."""
    return any(
        t.dep_ in ("xcomp", "relcl", "acl", "advcl")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(t))
        for t in trigger.subtree
    )


def _strikers(trigger: Token) -> bool:
    """Whether the subject of 'strike' is people who go on strike (workers, teachers, doctors ...)."""
    return any(s.lemma_.lower() in _STRIKERS for s in subjects(trigger))


def _civil_alert(sentence: Span) -> bool:
    """Whether an alert the sentence speaks of is against a disease or a disaster, not an enemy."""
    return any(t.lemma_.lower() in _CIVIL_DANGERS for t in sentence)


def _doc_text(doc: Doc, text: str) -> str:
    """The doc's text: the article's own string when the doc was made from it (spaCy keeps every character),
    else ``Doc.text``, which builds a ``Token`` for every token to rebuild it."""
    if len(doc) == 0:
        return doc.text
    first, last = doc[0], doc[-1]
    end = last.idx + len(last.text_with_ws)
    if end == len(text) and text.startswith(first.text, first.idx) and text.startswith(last.text, last.idx):
        return text
    return doc.text


def _sentence_starts(doc: Doc) -> list[int]:
    """The first token of every sentence, as ``[s.start for s in doc.sents]`` (see ``sentence_starts``)."""
    return sentence_starts(doc)


# nouns that make a list of names a list of trade restrictions: "its export blacklist", "the entity list"
_TRADE_LISTS = frozenset({"export", "trade", "entity", "import", "investment"})


# the kinds of aid a sum may be "in": "$2 billion in military aid" (072), "in humanitarian assistance" (073)
_AID_KINDS = {
    **dict.fromkeys(("military", "defence", "defense", "security", "lethal", "weapons", "arms"), "072"),
    **dict.fromkeys(("humanitarian", "relief", "emergency", "food", "medical", "disaster"), "073"),
}
_AID_NOUNS = frozenset({"aid", "assistance", "support", "help", "supplies"})


def _aid_kind(trigger: Token) -> str | None:
    """The code of the kind of aid a sum given is in ("$500 million in humanitarian aid": 073, "provided Kyiv
    with $2 billion in military aid": 072), if named."""
    for o in (*objects(trigger), *prep_objects(trigger, ("with",))):
        for g in prep_objects(o, ("in",)):
            if g.lemma_.lower() in _AID_NOUNS:
                for c in children(g):
                    if c.dep_ in ("amod", "compound") and c.lemma_.lower() in _AID_KINDS:
                        return _AID_KINDS[c.lemma_.lower()]
    return None


# infinitives of purpose of forces sent to protect a country: "to help restore order" (not "to support
# Moscow's war", military cooperation)
_PROTECTING = frozenset({"help", "assist", "stabilise", "stabilize"})


def _claimed_acts(claim: Token) -> list[Token]:
    """The act a claim of responsibility names ("claimed responsibility for the attacks", "claimed the
    attack"), the clauses that tell it ("the attacks that killed 127 people in Paris") and whom they
    struck."""
    taken = objects(claim)
    # (the parser hangs "for" on the verb or on "responsibility")
    acts = [*prep_objects(claim, ("for",)), *(g for o in taken for g in prep_objects(o, ("for",))), *taken]
    clauses = [c for a in acts for c in children(a) if c.dep_ in ("relcl", "acl") and is_verbal(c)]
    # (and those the clause's act struck: "killed 127 people in Paris")
    return [*acts, *clauses, *(o for c in clauses for o in objects(c))]


def _giver(verb: Token) -> Token | None:
    """The verb of giving or sending something whose infinitive of purpose the verb is ("sent troops to
    support Russia", "pledged $1 billion to back Kyiv"), if it is one; not a request ("urged Europe to
    support Kyiv")."""
    giver = verb.head
    if verb.dep_ in ("relcl", "acl") and giver.dep_ in ("dobj", "obj"):
        giver = giver.head  # ("pledged $1 billion to support Ukraine": the parser's relative clause)
    elif verb.dep_ not in ("advcl", "xcomp"):
        return None
    if (
        giver.i != verb.i
        and giver.lemma_.lower() in _GIVING
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(verb))
        and any(o.dep_ in ("dobj", "obj") for o in children(giver))
    ):
        return giver
    return None


def _military_given(verb: Token) -> bool:
    """Whether what the verb gives or sends is armed help: troops, weapons, munitions."""
    return any(
        o.lemma_.lower() in _ARMED_HELP or o.lower_ in _ARMED_HELP
        for o in (*objects(verb), *(c for o in objects(verb) for c in children(o) if c.dep_ == "compound"))
    )


# verbs of giving or sending something, whose infinitive of purpose tells what the thing is for
_GIVING = frozenset(
    {"send", "deploy", "dispatch", "supply", "provide", "deliver", "ship", "give", "transfer", "donate"}
    | {"pledge", "promise", "approve", "allocate", "earmark", "commit", "offer", "fly", "airlift", "station"}
)
# things given that are armed help: "sent 1,500 soldiers", "supplied drones", "shipped artillery shells"
_ARMED_HELP = ARMS | {"troop", "soldier", "force", "fighter", "munition", "ammunition", "shell", "weaponry"}


def _invited(verb: Token) -> bool:
    """Whether forces move "at the request of" or "at the invitation of" someone (or "after a request
    from" him: "Australia will send police and troops to Honiara after a request from Prime Minister
    Manasseh Sogavare"), or are sent into a country to help it ("Kenya deployed 400 police officers to
    Haiti to help restore order"; not to a border, where they face the neighbour)."""
    return any(
        g.lemma_.lower() in ("request", "invitation", "behest")
        for g in prep_objects(verb, ("at", "on", "upon", "after", "following"))
    ) or (
        bool(purposes(verb, _PROTECTING))
        and not any(
            t.lemma_.lower() in ("border", "frontier", "boundary")
            for g in prep_objects(verb, ("to", "into", "in", "along", "near"))
            for t in g.subtree
        )
    )


def _kept_from_moving(verb: Token) -> bool:
    """'stopping North Korean embassy staff from leaving Malaysia': kept from leaving, entering, going."""
    return any(
        g.lemma_.lower() in _MOVING
        for p in children(verb)
        if p.lower_ == "from"
        for g in children(p)
        if g.dep_ in ("pcomp", "pobj")
    )


def _counted(count: Token) -> list[Token]:
    """What a count phrase counts: "49 of its soldiers"."""
    return prep_objects(count, ("of",))


def _same_body(s: ActorRef, t: ActorRef) -> bool:
    """Whether two mentions name the same international body (or organ of it)."""
    return s.kind is ActorKind.IGO and t.kind is ActorKind.IGO and s.code == t.code and s.sector == t.sector


_ENTERING = frozenset({"cross", "enter", "infiltrate", "sneak", "slip", "push", "storm"})
# sectors of private people and bodies, whose travels are no state visits
_PRIVATE = frozenset({"BUS", "NGO", "CVL", "MED", "REF", "EDU", "REL", "LAB", "HRI"})
_WARS = frozenset({"war", "conflict", "battle"})
# attacks from the air or from afar, which may be the subject of what they destroy
_STRIKES = frozenset({"strike", "airstrike", "air-strike", "missile", "drone", "rocket", "bombing"})
# measures a state takes at home, told with no place: curfews, states of emergency, martial law
_HOME_MEASURES = frozenset({"0813", "0814", "1723", "1724"})
_ARMED_GROUPS = frozenset({"REB", "INS", "IMG", "UAF", "SEP"})
# what a bombing is done with, when it is the subject of an act of force: "a car bomb killed 20 people"
_BOMBS = frozenset({"bomb", "bomber", "blast", "explosion", "bombing", "ied", "explosive", "explosives"})


def _bombing(subjects: Sequence[Token]) -> str | None:
    """The CAMEO code of a bombing told by the bomb or the bomber that did it: 1831 a suicide bombing,
    1832 a vehicle bomb, 1833 a roadside bomb, else 183 (a "bomber" alone is an aircraft: none)."""
    for s in subjects:
        lemma = s.lemma_.lower()
        if lemma not in _BOMBS:
            continue
        mods = {c.lemma_.lower() for c in children(s) if c.dep_ in ("compound", "amod", "nmod")}
        if "suicide" in mods:
            return "1831"
        if lemma == "bomber":
            continue
        if mods & {"car", "truck", "vehicle", "lorry"}:
            return "1832"
        if "roadside" in mods:
            return "1833"
        return "183"
    return None


def _blown_up(verb: Token) -> str | None:
    """'were killed when a woman blew herself up beside a minibus': a killing told with the clause of a
    suicide bombing (1831), or of a bomb set off (183), is that bombing."""
    for clause in children(verb):
        if clause.dep_ != "advcl" or not is_verbal(clause):
            continue
        lemma = clause.lemma_.lower()
        kids = children(clause)
        if lemma == "blow" and any(k.lower_ == "up" for k in kids):
            return "1831" if any(k.lower_ in REFLEXIVE for k in kids) else "183"
        if lemma == "detonate":
            return "183"
    return None


# craft that strike from the air: "warplanes struck", "drones hit"
_AIRCRAFT = frozenset({"warplane", "jet", "aircraft", "plane", "drone", "bomber", "helicopter", "gunship"})
# what strikes from the air as a clause's subject: craft, and strikes ("airstrikes killed 46 people")
_AIR_STRIKERS = _AIRCRAFT | {"strike", "airstrike", "air-strike"}
# verbs of sending forces: "sent forces to respond" (see ``_code_trigger``)
_DEPLOYING = frozenset({"send", "deploy", "dispatch", "scramble", "mobilise", "mobilize", "rush", "move"})
_EASINGS = ("081", "085")
_HOLDING_CODES = ("171", "173", "116", "18")
# calls and demands for the release of people or property, asked of their holder
_RELEASE_CALLS = frozenset({"0253", "1053"})
_TELEPHONES = frozenset({"telephone", "phone", "videophone"})
# what makes a call a telephone or video call: "during a two-hour video call"
_CALLS_BY = _TELEPHONES | {"video", "videoconference"}


def _by_telephone(trigger: Token) -> bool:
    """Whether an act is told as made by telephone ("complained to Obama by telephone", "over the phone", "in
    a telephone call"), in a call that names no parties of its own ("in a call with Erdogan" does)."""
    for prep in children(trigger):
        if prep.dep_ != "prep" or prep.lower_ not in ("by", "over", "in", "during"):
            continue
        for g in children(prep):
            if g.dep_ != "pobj":
                continue
            if g.lemma_.lower() in _TELEPHONES:
                return True
            if (
                g.lemma_.lower() in ("call", "conversation")
                and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in _CALLS_BY for c in children(g))
                and not any(c.dep_ == "prep" and c.lower_ in ("with", "between") for c in children(g))
            ):
                return True
    return False


# nouns of a body of troops
_FORCE_NOUNS = frozenset({"troop", "troops", "soldier", "soldiers", "forces", "garrison", "marines", "units"})


def _unnamed_force(token: Token) -> bool:
    """Whether a phrase names a body of troops with no word of whose it is: "troops", "the soldiers" (not
    "Ukrainian troops", "its forces", "troops of the Kurdish-led alliance")."""
    return token.lower_ in _FORCE_NOUNS and not any(
        c.dep_ in ("poss", "amod", "compound", "nmod", "prep") for c in children(token)
    )


# words of a list of favoured partners: removal from it withdraws a privilege
_FAVOURED = frozenset({"trusted", "preferred", "favoured", "favored", "white", "whitelist", "priority"})


def _favour_list(trigger: Token) -> bool:
    """Whether a removal is from a list of favoured partners: "removed South Korea from its list of trusted
    trading partners", "the removal of Japan from its white list" (not "from its terrorist list")."""
    lists = [
        g
        for host in (trigger, *objects(trigger))
        for g in prep_objects(host, ("from", "off"))
        if g.lemma_.lower() in ("list", "whitelist")
    ]
    return any(
        w.lower_ in _FAVOURED
        for g in lists
        for w in (g, *children(g), *(m for p in prep_objects(g, ("of",)) for m in children(p)))
    )


def _ordered(trigger: Token) -> bool:
    """Whether a noun of an act is the object of "order": "Putin ordered the withdrawal of the troops" (the
    act is done when whoever orders it is whoever does it)."""
    return (
        not is_verbal(trigger)
        and trigger.dep_ in ("dobj", "obj")
        and trigger.head.lemma_.lower() == "order"
        and is_verbal(trigger.head)
    )


def _no_longer(verb: Token) -> bool:
    """Whether the verb is done "no longer" ("will no longer provide aid"): the parser hangs the "no" on
    "longer", so the verb itself carries no negation."""
    return is_verbal(verb) and any(
        c.dep_ == "advmod"
        and c.lower_ == "longer"
        and any(g.dep_ == "neg" and g.lower_ == "no" for g in children(c))
        for c in children(verb)
    )


def _own_government(s: ActorRef, t: ActorRef) -> bool:
    """Whether an official and a government are one state's ("the Russian ambassador said she would ask
    Moscow to consider ..."): what passes between them is no appeal between actors."""
    return (
        s.code == t.code
        and s.kind is not ActorKind.IGO
        and t.kind is not ActorKind.IGO
        and s.sector in ("GOV", "")
        and t.sector in ("GOV", "")
    )


def _pairs(
    pattern: Pattern, sources: list[ActorRef], targets: list[ActorRef], symmetric: bool
) -> list[tuple[ActorRef, ActorRef | None]]:
    pairs: list[tuple[ActorRef, ActorRef | None]] = []
    if targets:
        for s in sources:
            for t in targets:
                pairs.append((s, t))
                if symmetric:
                    pairs.append((t, s))
    elif symmetric and len(sources) > 1:
        # ("the two leaders signed": two actors named by one phrase share its span)
        pairs.extend((s, t) for s in sources for t in sources if s.span != t.span or s.code != t.code)
    elif "notarget" in pattern.flags:
        pairs.extend((s, None) for s in sources)
    return [
        (s, t)
        for s, t in pairs
        if t is None
        or (s.code != t.code and (s.span != t.span or s.entity != t.entity))
        # (within a state its sides differ; a body does not act on itself: "the council said it condemned
        # the seizure of power", the seizure wrongly read as the council's own act)
        or (
            "internal" in pattern.flags
            and s.span != t.span
            and not _same_body(s, t)
            # (an appeal to a party asked, not for calm in a place)
            and not (pattern.code[:2] == "02" and "obj" in pattern.target and _own_government(s, t))
        )
        or (pattern.code[:2] in VIOLENT_ROOTS and s.span != t.span and civil_war(s, t))
        or (pattern.code[:2] in _SETTLING_ROOTS and s.span != t.span and warring_sides(s, t))
    ]


# -- evidence ----------------------------------------------------------------------------------------------
def _evidence(act: Found, sentence: Span, doc_text: str) -> Evidence:
    text = doc_text[sentence.start_char : sentence.end_char]  # = sentence.text, without rebuilding it
    lead = len(text) - len(text.lstrip())
    trail = len(text.rstrip())
    start = sentence.start_char + lead
    end = sentence.start_char + trail
    trigger = act.trigger
    return Evidence(
        sentence_index=act.sentence_index,
        sentence=CharSpan(start, end, doc_text[start:end]),
        predicate=CharSpan(trigger.idx, trigger.idx + len(trigger.text), trigger.text),
        source=act.source.span,
        target=act.target.span if act.target else None,
        date=act.date.span,
        pattern_id=act.pattern.id,
    )
