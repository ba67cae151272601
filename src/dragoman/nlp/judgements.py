"""Judgements, stances and obligations: a speaker calling an actor or its act unjustified, illegal, a
violation, culpable or historic; a speaker's threat of a response or its refusal; another actor must (should)
do something.

"Qatar's foreign ministry said the Saudi-led move was unjustified", "calling the raid a flagrant violation of
international law", "described the strike as a crime", "told parliament the Russian state was culpable for the
attempted murder": no verb of the pattern lexicon carries these acts; the judging word does
(``data/judgements.v1.tsv``: 111 criticise, 112 accuse, 051 praise). Its speaker is the source, what it judges
the target. A word may judge through a neutral noun it qualifies ("a very grave incident", "an act of war").
"Pakistan said it had every right to respond", "the raids would not go unanswered", "warned of serious
consequences if the tanker was not released": an idiom a speaker says of a response is a threat (13x) against
whom the response is aimed (the adversary named, else the coder looks for the author of the act answered).
"Russia said on Tuesday that Sudan must return the helicopter", "Chirac reiterated that Iraq must cooperate":
an obligation a speaker lays on another actor is a demand (10x), advice with "should" an appeal (02x).
What is said of a hostile act, a vote or a claim judges too: "said Russian military spies were behind the
explosion", "said the blast was the work of Hamas" (112 against its author), "said the vessels had entered
Chinese waters without permission" (112 against their doer), "said the election had been rigged", "did not
recognise the results of Belarus's election" (111 against whoever holds the vote), "denied that its jets had
made contact with the US drone" (016 aimed at whom the act denied was done to).
This module reads the constructions off the parse; the coder resolves the actors and emits the events.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Doc, Token

from dragoman.errors import LexiconError
from dragoman.nlp.assertion import DEMANDING_NOUNS, grounded, on_condition
from dragoman.nlp.lexicon import tsv_rows
from dragoman.nlp.syntax import (
    NAMING_VERBS,
    SWEARING,
    DocColumns,
    children,
    clause_verb,
    is_verbal,
    named_after,
    prep_objects,
)

JUDGEMENTS_FILE = "judgements.v1.tsv"
JUDGEMENT_COLUMNS = ("word", "code", "prep", "via", "flags")
_OPTIONAL_COLUMNS = 2  # (via and flags may be left off a row)
# negated: the word's head must be negated ("would not go unanswered"); self: the word heads its own clause
# ("will not join the bloc"); patient: the subject of its clause is whom the stance is against ("Israel would
# receive its just punishment"); restraint: a pledge not to do something ("pledged not to let its soil be
# used against ..."); object: a verb that judges its subject by what it does to its object, one of ``via``
# ("said the move would sabotage the peace talks"); with negated, a verb its speaker says it does not do to
# a vote in ``via``, judging whoever holds the vote ("said they did not recognise the results of the
# election"). The flags below read constructions of their own:
# author: a preposition (or "to blame" ``prep``) predicated of the author of an act in ``via`` ("said Russian
#   spies were behind the explosion", "said Moscow was to blame for the attack");
# act: a noun predicated of an act in ``via``, naming its author after ``prep`` ("said the blast was the work
#   of Hamas");
# manner: the word, as the object of ``prep`` on a reported verb, judges whoever does that act, as an adverb
#   does ("said the vessels had entered its waters without permission");
# voted: the word judges a vote (the subject of its clause is one of ``via``) and so whoever holds it ("said
#   the election had been rigged"; with negated, only when negated: "was neither free nor fair");
# denial: a verb denying a reported act is aimed at whom that act was done to (``via``: the prepositions
#   through which the act reaches it: "denied that its jets had made contact with the drone");
# involved: a noun of taking part accuses whom it names when one of ``via`` qualifies it ("expelled diplomats
#   over the suspected involvement of Russian intelligence");
# qualified: the word judges only when an adverb of ``via`` qualifies it ("politically motivated");
# bare: a verb that judges only without an object ("warned that the group would pay", not "would pay
#   compensation").
FLAGS = frozenset(
    {"negated", "self", "patient", "restraint", "object", "author", "act", "manner", "voted", "denial"}
    | {"involved", "qualified", "bare", "lacked"}
)
# Nouns of a vote: what a judgement of the vote judges is the state (or the person) holding it.
ELECTIONS = frozenset(
    {"election", "vote", "poll", "referendum", "ballot", "plebiscite", "result", "outcome", "count", "tally"}
    | {"victory", "win", "runoff", "run-off"}
)
# Nouns that measure the acts after their "of": "behind a series of attacks".
_SERIES = frozenset({"series", "wave", "spate", "string", "number", "campaign"})
# Verbs that take "as": "described the strike as a crime", "hailed the ruling as a victory" ("rejected the
# allegations as absurd" is one act, a rejection, which the pattern lexicon codes).
NAMING_AS = frozenset(
    {"describe", "characterise", "characterize", "portray", "denounce", "brand", "label", "condemn", "decry"}
    | {"criticise", "criticize", "slam", "hail", "praise", "laud", "commend", "applaud", "welcome", "regard"}
    | {"view"}
)
# Verbs that liken their object to what judges it: "likened them to pirates".
LIKENING = frozenset({"liken", "compare", "equate"})
COPULAS = frozenset({"be", "remain", "seem", "appear"})
# verbs that hold their object to a predicate: "held Russia responsible for the downing"
HOLDING = frozenset({"hold"})
# verbs of an inquiry's finding: "concluded that there were grounds to believe ..."
FINDING = frozenset({"conclude", "find", "determine", "establish", "rule"})
# verbs by which a speaker voices a stance itself: "warned of serious consequences", "vowed to punish"
STANCE_ROOTS = frozenset({"12", "13"})
# heads by which a response is forecast, a threat only when warned of: "warned that further provocations
# would draw enormous retaliation"
_FORECASTING = frozenset({"draw", "provoke", "invite", "trigger", "prompt"})
_WILL = frozenset({"will", "would", "'ll", "shall", "wo"})
_MUST = frozenset({"must", "should", "will", "can", "could", "may", "might"})
_ENTITIES = frozenset({"GPE", "NORP", "ORG", "PERSON"})
# acts a pledge of restraint forswears against a party: "pledged not to attack", "not to threaten"
_HOSTILE = frozenset(
    {"attack", "threaten", "harm", "target", "strike", "invade", "interfere", "undermine", "hit", "fire"}
    | {"endanger", "destabilise", "destabilize", "provoke", "shell", "bomb"}
)
# Nouns of a claim one actor makes against another: judged ("called the accusations absurd", "said the charge
# that Israel was committing genocide was outrageous"), they stand for the accusation told before them.
CLAIMS = frozenset(
    {"accusation", "allegation", "charge", "claim", "assertion", "insinuation", "suggestion", "complaint"}
    # an inquiry's finding that blames ("held Russia responsible ... Moscow rejected the findings")
    | {"finding", "report", "conclusion"}
)
ACCUSING_ROOTS = frozenset({"11"})


# Nouns that stand for whatever act was just told: judged ("Chinese ships fired water cannon at Philippine
# boats ... Manila called the action excessive"), they stand for the latest hostile act (12x-20x) before them.
GENERIC_ACTS = frozenset(
    {"action", "act", "move", "step", "measure", "incident", "behaviour", "behavior", "conduct"}
    | {"manoeuvre", "maneuver", "actions", "acts", "moves", "steps", "measures"}
)
HOSTILE_ROOTS = frozenset({"12", "13", "14", "15", "16", "17", "18", "19", "20"})
# Nouns of a show of force: judged ("China began drills around Taiwan ... Taipei condemned the exercises"),
# they stand for the military exercise (15x) told before them.
# ("manoeuvres" is a generic act: "a political manoeuvre")
DRILLS = frozenset({"drill", "drills", "exercise", "exercises", "wargame", "wargames"})
SHOW_OF_FORCE_ROOTS = frozenset({"15"})
# Nouns of a court's coercive act against a person: judged ("the court issued arrest warrants for the prime
# minister ... Biden called the warrants outrageous"), they stand for the coercive act (17x) told before them.
# (A verdict is not listed: it would stand for any 11x act, the criticism just told among them.)
JUDICIAL = frozenset({"warrant", "detention", "imprisonment", "jailing", "arrest"})
JUDICIAL_ROOTS = frozenset({"17"})
# Nouns of a court's judgement: judged ("a court sentenced Brittney Griner ... Biden called the verdict
# unacceptable"), they stand for the conviction or the legal action told before them.
VERDICTS = frozenset({"verdict", "sentence", "sentencing", "conviction"})
# (and nouns of a case brought: "Sudan filed a case against the UAE ... the UAE called the case politically
# motivated": the lawsuit or the legal action told before)
LAWSUITS = frozenset({"case", "lawsuit", "suit", "petition"})
VERDICT_ROOTS = frozenset({"11", "17"})
# Nouns of a text a body adopts: judged ("the Security Council demanded that Israel halt ... Netanyahu called
# the resolution shameful"), they stand for the statement, appeal, demand or measure told before them.
RESOLUTIONS = frozenset({"resolution", "resolutions", "communique", "declaration"})
RESOLUTION_ROOTS = frozenset({"01", "02", "10", "11", "16", "17"})
# Nouns of killing: judged ("Indonesia executed two Australians ... Abbott called the executions cruel"), they
# stand for the act of force told before them.
KILLINGS = frozenset({"execution", "executions", "killing", "killings", "murder", "murders", "assassination"})
# (and nouns of a land taken: "Israeli troops moved into the buffer zone ... Egypt condemned an occupation of
# Syrian land")
OCCUPATIONS = frozenset({"occupation", "annexation"})
FORCE_ROOTS = frozenset({"18", "19", "20"})
# Nouns of a seizure of power, which is judged in the state it happens in: "called the coup in Niger
# unacceptable" (the pattern lexicon's condemn.coup.v reads "condemned the coup in Niger" the same way).
COUPS = frozenset({"coup", "coups", "putsch", "takeover"})


def claimed_roots(noun: Token) -> frozenset[str]:
    """The CAMEO roots of the act a judged noun of claim stands for ("the charge": an accusation, 11x; "the
    warrants": a coercive act; "the action": any hostile act); empty for other nouns."""
    if noun.pos_ != "NOUN":
        return frozenset()
    lemma = noun.lemma_.lower()
    if lemma in CLAIMS:
        return ACCUSING_ROOTS
    if lemma in JUDICIAL:
        return JUDICIAL_ROOTS
    if lemma in VERDICTS or lemma in LAWSUITS:
        return VERDICT_ROOTS
    if lemma in DRILLS:
        return SHOW_OF_FORCE_ROOTS
    if lemma in KILLINGS or lemma in OCCUPATIONS:
        return FORCE_ROOTS
    if lemma in RESOLUTIONS:
        return RESOLUTION_ROOTS
    return HOSTILE_ROOTS if lemma in GENERIC_ACTS else frozenset()


@dataclass(frozen=True, slots=True)
class Word:
    code: str
    prep: str  # a preposition the word must govern (a stance: that links it to its head); "" if none
    via: frozenset[str] = frozenset()  # lemmas the word must hang from ("grave" an "incident"); empty: none
    flags: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Judgement:
    """One judgement in a sentence, as tokens: the coder resolves them."""

    word: Token  # the judging adjective, noun or adverb
    code: str
    speaker: Token  # the verb whose subject judges ("said", "called")
    judged: Token  # the head of the phrase judged ("move", "raid", "state"), or the verb an adverb judges


def carriers(words: dict[str, Word]) -> frozenset[str]:
    """The neutral nouns a judging word may qualify ("a grave incident", "an act of war"): those the
    lexicon's judging words (not its stances, nor its verbs judged by their objects) must hang from."""
    return frozenset(
        v for w in words.values() if w.code[:2] not in STANCE_ROOTS and not w.flags for v in w.via
    )


# what find_judgements reads off a lexicon, by the lexicon's id (kept with the lexicon, so that its id is not
# reused): its size, the string ids of its words and its carriers
_LEXICON_READS: dict[int, tuple[dict[str, Word], int, frozenset[int], frozenset[str]]] = {}


def _lexicon_reads(doc: Doc, words: dict[str, Word]) -> tuple[frozenset[int], frozenset[str]]:
    """The string ids of the words (hashes, the same for every vocab: nothing is added) and their
    :func:`carriers`, read once per lexicon (again if its size changed)."""
    known = _LEXICON_READS.get(id(words))
    if known is None or known[0] is not words or known[1] != len(words):
        if len(_LEXICON_READS) > 16:
            _LEXICON_READS.clear()
        strings = doc.vocab.strings
        known = (words, len(words), frozenset(strings[w] for w in words), carriers(words))
        _LEXICON_READS[id(words)] = known
    return known[2], known[3]


def find_judgements(
    doc: Doc, words: dict[str, Word], reporting: frozenset[str], columns: DocColumns | None = None
) -> Iterator[Judgement]:
    """Every judgement of the doc, in text order. ``reporting``: lemmas of verbs of saying. ``columns``: the
    doc's columns, when already read."""
    wanted, carrying = _lexicon_reads(doc, words)
    for i in (DocColumns(doc) if columns is None else columns).with_either(wanted):
        token = doc[i]
        # (a participle the lexicon lists is read before its lemma: "would be punished", not "vowed to
        # punish")
        entry = (
            (words.get(token.lower_) if token.tag_ == "VBN" else None)
            or words.get(token.lemma_.lower())
            or words.get(token.lower_)
        )
        if entry is None:
            continue
        if entry.code[:2] in STANCE_ROOTS:
            stance = _stance(token, entry, reporting)
            if stance is not None:
                yield Judgement(token, entry.code, *stance)
            continue
        if "object" in entry.flags and "negated" in entry.flags:
            disowned = _disowned(token, entry, reporting)
            if disowned is not None:
                yield Judgement(token, entry.code, *disowned)
            continue
        if "object" in entry.flags:
            harm = _harmful(token, entry, reporting)
            if harm is not None:
                yield Judgement(token, entry.code, *harm)
            continue
        if "restraint" in entry.flags:
            restraint = _restraint(token)
            if restraint is not None:
                # ("agreed not to threaten or use force against each other": a pledge forswearing force is
                # one to de-escalate, 0356)
                code = "0356" if _forswears_force(token) else entry.code
                yield Judgement(token, code, token, restraint)
            continue
        special = _SPECIAL.get(next(iter(entry.flags & _SPECIAL.keys()), ""))
        if special is not None:
            found = special(token, entry, reporting)
            if found is not None:
                yield Judgement(token, entry.code, *found)
            continue
        if token.pos_ not in ("ADJ", "NOUN", "ADV") and not predicate_participle(token):
            continue
        if token.pos_ == "ADV" and token.dep_ != "oprd":
            # (an adjective the tagger takes for an adverb as an object predicate, "called the decision
            # unfriendly", is read as the adjective)
            found = (
                _qualified(token, reporting)
                if not entry.via or token.head.lemma_.lower() in entry.via
                else None
            )
            if found is not None:
                yield Judgement(token, entry.code, *found)
            continue
        held = _held(token) if entry.prep else None
        if held is not None:
            yield Judgement(token, entry.code, *held)
            continue
        if entry.prep and not any(c.dep_ == "prep" and c.lower_ == entry.prep for c in children(token)):
            continue
        if any(c.dep_ == "neg" for c in children(_first_conjunct(token))):
            continue
        if any(c.dep_ == "cc" and c.lower_ == "but" for c in children(token)):
            continue  # ("said the decision was regrettable but legal": a judgement taken back)
        if "qualified" in entry.flags:
            if not any(c.dep_ == "advmod" and c.lemma_.lower() in entry.via for c in children(token)):
                continue
            entry = Word(entry.code, entry.prep)  # ("politically motivated": judged as "motivated" alone)
        phrase = _carried(token, entry, carrying)
        if phrase is None:
            continue
        # ("calling the action excessive and illegal": a later conjunct stands where the first does)
        anchor = _first_conjunct(phrase)
        found = (
            _predicated(anchor, reporting)
            or _named(anchor)
            or _committed(anchor, reporting)
            or _found_grounds(token, reporting)
            or (_manner(phrase, "in", reporting) if phrase.pos_ == "NOUN" else None)
            or (_by_agent(phrase, reporting) if phrase.pos_ == "NOUN" else None)
        )
        if found is not None:
            speaker, judged = found
            yield Judgement(token, entry.code, speaker, _holder(_author(judged)))


def _held(word: Token) -> tuple[Token, Token] | None:
    """'The Netherlands held Russia responsible for the downing', 'Kyiv holds Moscow accountable for the
    strike': a verb of holding with the word as the predicate of its object judges that object (the parser
    hangs the word's "for" on the word or on the verb, the object on the verb or on the word)."""
    verb = word.head
    if word.dep_ == "amod" and word.i > verb.i and verb.dep_ in ("dobj", "obj"):
        verb = verb.head  # ("held Syria responsible for the attack": the parser may hang it on the object)
    elif word.dep_ not in ("oprd", "ccomp", "xcomp"):
        return None
    if verb.lemma_.lower() not in HOLDING:
        return None
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _WILL | _MUST) for c in children(verb)):
        return None  # ("would hold Iran accountable": a warning, not an accusation)
    if verb.dep_ in ("xcomp", "ccomp", "advcl") and not any(c.dep_ == "nsubj" for c in children(verb)):
        return None  # ("vowed to hold Hamas accountable", "pledged to hold those responsible accountable")
    judged = [c for c in children(verb) if c.dep_ in ("dobj", "obj") and c.i != word.i] or [
        c for c in children(word) if c.dep_ == "nsubj"
    ]
    return (verb, judged[0]) if judged else None


def _first_conjunct(word: Token) -> Token:
    """The first of the conjoined words of a word's own kind ("excessive" for "illegal" in "excessive and
    illegal"), else the word itself."""
    while word.dep_ == "conj" and word.head.i != word.i and word.head.pos_ == word.pos_:
        word = word.head
    return word


def _holder(judged: Token) -> Token:
    """Who a judged vote belongs to: "Russia's election", "the vote in Venezuela", "the Belarusian poll",
    "the results of Belarus's election", "Maduro's victory"; the noun itself if it names none (or is no
    vote)."""
    seen = 0
    while judged.pos_ == "NOUN" and judged.lemma_.lower() in ELECTIONS and seen < 3:
        seen += 1
        kids = children(judged)
        for c in kids:
            if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN"):
                return c
        for c in kids:
            if c.dep_ in ("amod", "compound") and c.ent_type_ in _ENTITIES and c.i < judged.i:
                return c
        inner = None
        for prep in kids:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "of"):
                continue
            for pobj in children(prep):
                if pobj.dep_ != "pobj":
                    continue
                if pobj.ent_type_ in _ENTITIES and prep.lower_ == "in":
                    return pobj
                if prep.lower_ == "of" and pobj.lemma_.lower() in ELECTIONS:
                    inner = pobj
        if inner is None:
            break
        judged = inner  # "the results of Belarus's election"
    return judged


def _manner(word: Token, prep: str, reporting: frozenset[str]) -> tuple[Token, Token] | None:
    """'said the vessels had entered its waters without permission', 'said the troops had crossed in
    violation of the accord': the word as the object of ``prep`` on the verb of a reported clause judges
    whoever does that act, as an adverb does (the verb is returned as the thing judged)."""
    if word.dep_ != "pobj" or word.head.lower_ != prep or word.head.dep_ != "prep":
        return None
    verb = word.head.head
    if not is_verbal(verb) or any(c.dep_ == "neg" for c in children(verb)):
        return None
    clause = _reported(verb, reporting)
    return (clause.head, _relative_doer(verb, clause)) if clause is not None else None


def _relative_doer(verb: Token, clause: Token) -> Token:
    """The verb judged, or, when its subject is a relative pronoun of a relative clause of saying ("the
    vessels, which it said had entered Chinese waters without permission"), the noun that clause describes."""
    said = clause.head
    if said.dep_ == "relcl" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in children(verb)
    ):
        return said.head
    return verb


def _copula_clause(subject: Token, reporting: frozenset[str]) -> tuple[Token, Token] | None:
    """(the verb of saying, the copula) when ``subject`` is the subject of a copula a verb of saying reports
    ("said Russian spies were behind ..."), unnegated; else None."""
    copula = subject.head
    if subject.dep_ != "nsubj" or copula.lemma_.lower() not in COPULAS:
        return None
    if any(c.dep_ == "neg" for c in children(copula)):
        return None
    clause = _reported(copula, reporting)
    return (clause.head, copula) if clause is not None else None


def _act_in(noun: Token, acts: frozenset[str]) -> bool:
    """Whether a noun is one of the acts (or a series of them: "a string of attacks")."""
    if noun.lemma_.lower() in acts or noun.lower_ in acts:
        return True
    if noun.lemma_.lower() in _SERIES:
        return any(
            p.dep_ == "pobj" and (p.lemma_.lower() in acts or p.lower_ in acts)
            for prep in children(noun)
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for p in children(prep)
        )
    return False


def _behind(word: Token, entry: Word, reporting: frozenset[str]) -> tuple[Token, Token] | None:
    """'Prague said Russian military spies were behind the explosion': a preposition predicated of the
    author of a hostile act (one of ``via``) accuses that author."""
    if word.head.lemma_.lower() not in COPULAS:
        return None
    if word.dep_ == "prep" and word.pos_ == "ADP":
        objs = list(children(word))
    elif word.dep_ == "xcomp" and entry.prep:  # "was to blame for the attack"
        objs = [p for c in children(word) if c.dep_ == "prep" and c.lower_ == entry.prep for p in children(c)]
    else:
        return None
    acts = [c for c in objs if c.dep_ == "pobj" and _act_in(c, entry.via)]
    author = [c for c in children(word.head) if c.dep_ == "nsubj"]
    if not acts or not author:
        return None
    said = _copula_clause(author[0], reporting)
    return (said[0], author[0]) if said is not None else None


def _work_of(word: Token, entry: Word, reporting: frozenset[str]) -> tuple[Token, Token] | None:
    """'Israel said the bombing was the work of Hezbollah': a noun predicated of a hostile act (one of
    ``via``) names its author after ``prep``, whom it accuses."""
    if word.dep_ != "attr" or word.pos_ != "NOUN":
        return None
    act = [c for c in children(word.head) if c.dep_ == "nsubj"]
    if not act or not _act_in(act[0], entry.via):
        return None
    authors = [
        p
        for prep in children(word)
        if prep.dep_ == "prep" and prep.lower_ == entry.prep
        for p in children(prep)
        if p.dep_ == "pobj"
    ]
    said = _copula_clause(act[0], reporting)
    return (said[0], authors[0]) if said is not None and authors else None


def _flagged_manner(word: Token, entry: Word, reporting: frozenset[str]) -> tuple[Token, Token] | None:
    """A row flagged ``manner``: 'said the ships had entered Chinese waters without permission'."""
    return _manner(word, entry.prep, reporting)


def _voted(word: Token, entry: Word, reporting: frozenset[str]) -> tuple[Token, Token] | None:
    """'observers said the election had been rigged', 'said the vote was neither free nor fair', 'said the
    referendum was fraudulent': a vote said to be unfair is criticism of whoever holds it (the state, or the
    person whose victory it is). With ``negated`` the word judges only when negated."""
    anchor = _first_conjunct(word)
    if is_verbal(anchor):
        verb = anchor  # "had been rigged" (or, active, the vote its subject: "had lacked competition")
        passive = any(c.dep_ == "auxpass" for c in children(verb))
        subject = [c for c in children(verb) if c.dep_ == ("nsubjpass" if passive else "nsubj")]
        negated = any(c.dep_ == "neg" for c in children(verb))
    elif anchor.dep_ in ("acomp", "attr") and anchor.head.lemma_.lower() in COPULAS:
        verb = anchor.head  # "was fraudulent", "was neither free nor fair"
        subject = [c for c in children(verb) if c.dep_ == "nsubj"]
        negated = any(c.dep_ == "neg" for c in children(verb)) or any(
            (c.dep_ == "neg") or (c.dep_ == "preconj" and c.lower_ == "neither") for c in children(anchor)
        )
    else:
        return None
    if negated != ("negated" in entry.flags):
        return None
    if not subject or subject[0].lemma_.lower() not in entry.via:
        return None
    clause = _reported(verb, reporting)
    return (clause.head, _holder(subject[0])) if clause is not None else None


def _disowned(verb: Token, entry: Word, reporting: frozenset[str]) -> tuple[Token, Token] | None:
    """'EU leaders said they did not recognise the results of Belarus's election', 'refused to recognise
    Maduro's victory': a verb its speaker says it does not do to a vote (``via``) is criticism of whoever
    holds the vote."""
    if not is_verbal(verb):
        return None
    kids = children(verb)
    voted = [c for c in kids if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in entry.via]
    if not voted:
        return None
    if any(c.dep_ == "neg" for c in kids):
        clause = _reported(verb, reporting)
        speaker = clause.head if clause is not None else None
    elif verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _REFUSING:
        speaker = verb.head  # "refused to recognise the result"
        if any(c.dep_ == "neg" for c in children(speaker)):
            return None
    else:
        return None
    return (speaker, _holder(voted[0])) if speaker is not None else None


def _denied(verb: Token, entry: Word, reporting: frozenset[str]) -> tuple[Token, Token] | None:
    """'Moscow denied that its jets had made contact with the US drone': a denial of an act the clause
    tells is aimed at whom that act was done to (its object, or the object of its preposition), when the
    doer of the act is the speaker's own ("its jets", "Russian troops": the coder keeps only another
    side). A denial answers what the story told before it: in the story's first sentence there is nothing
    yet to deny ("Pakistan denied that it had shelled Afghan border posts": no accuser, no event)."""
    if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in children(verb)) or verb.sent.start == 0:
        return None
    for clause in children(verb):
        if clause.dep_ != "ccomp" or not is_verbal(clause) or any(c.dep_ == "neg" for c in children(clause)):
            continue
        if not any(c.dep_ == "mark" and c.lower_ == "that" for c in children(clause)):
            continue
        kids = children(clause)
        objs = [c for c in kids if c.dep_ in ("dobj", "obj") and c.pos_ in ("NOUN", "PROPN")]
        contact = [o for o in objs if o.lemma_.lower() in _CONTACT]
        if clause.lemma_.lower() not in _DENIED_ACTS and not contact:
            continue
        if objs and not contact:
            return verb, objs[0]
        for head in [clause, *contact]:  # "had fired on the convoy", "had made contact with the drone"
            for prep in children(head):
                if prep.dep_ == "prep" and prep.lower_ in entry.via:
                    for p in children(prep):
                        if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN"):
                            return verb, p
    return None


# acts a denial of a reported act may be aimed through: "denied that its jets had struck the drone"
_DENIED_ACTS = _HOSTILE | frozenset(
    {"shoot", "kill", "ram", "sink", "seize", "detain", "arrest", "abduct", "kidnap", "poison", "hack"}
    | {"spy", "violate", "enter", "cross", "intercept", "down", "raid", "storm", "sabotage", "collide"}
    | {"assassinate", "murder", "torture", "execute", "shell", "bomb", "jam", "harass", "board"}
)
_CONTACT = frozenset({"contact", "collision"})


def _by_agent(noun: Token, reporting: frozenset[str]) -> tuple[Token, Token] | None:
    """'Baku said it had been responding to provocations by Armenian troops': a judging noun that names its
    author after "by", in a clause a verb of saying reports, judges that author."""
    if any(c.dep_ == "amod" and c.lower_ in _HEDGES for c in children(noun)):
        return None  # ("is investigating alleged war crimes by extremists": the speaker does not judge)
    verb = clause_verb(noun)
    if not is_verbal(verb) or any(c.dep_ == "neg" for c in children(verb)):
        return None
    agents = [c for c in children(noun) if c.dep_ == "prep" and c.lower_ == "by"]
    if not agents and not any(c.dep_ == "auxpass" for c in children(verb)):
        # ("responded to provocations by Armenian troops": the parser may hang "by" on an active verb)
        agents = [
            c
            for c in children(verb)
            if c.dep_ == "prep" and c.lower_ == "by" and c.i == noun.right_edge.i + 1
        ]
    named = [p for a in agents for p in children(a) if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")]
    clause = _reported(verb, reporting)
    return (clause.head, named[0]) if clause is not None and named else None


# nouns of evidence whose "of" names a part taken as shown: "indications of an Israeli role"
_EVIDENCE = frozenset(
    {"indication", "indications", "sign", "signs", "evidence", "proof", "hallmark", "hallmarks"}
)


def _involved(noun: Token, entry: Word, reporting: frozenset[str]) -> tuple[Token, Token] | None:
    """'Prague expelled 18 Russian diplomats over the suspected involvement of Russian military
    intelligence in the explosion', 'cited Iran's alleged role in the attack': a noun of taking part qualified
    as suspected (``via``) accuses whom it names; whoever acts on the suspicion (the subject of its clause)
    accuses."""
    if noun.pos_ != "NOUN":
        return None
    # ("said there were serious indications of an Israeli role": a noun of evidence qualifies it too)
    evidenced = (
        noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _EVIDENCE
    )
    if not evidenced and not any(
        c.dep_ == "amod" and (c.lemma_.lower() in entry.via or c.lower_ in entry.via) for c in children(noun)
    ):
        return None
    named = [c for c in children(noun) if c.dep_ == "poss"] or [
        p
        for c in children(noun)
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in children(c)
        if p.dep_ == "pobj"
    ]
    if not named and evidenced:
        # ("an Israeli role": the nation its adjective names)
        named = [c for c in children(noun) if c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE")]
    if not named or named[0].pos_ == "PRON":
        return None
    verb = clause_verb(noun.head.head if evidenced else noun)
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:  # "ordered them to leave over ..."
        verb = verb.head
    if (
        verb.dep_ == "ccomp"
        and any(c.dep_ == "expl" for c in children(verb))
        and verb.head.lemma_.lower() in reporting
    ):
        verb = verb.head  # ("said there were indications ...": the speaker's)
    if not is_verbal(verb) or any(c.dep_ == "neg" for c in children(verb)):
        return None
    return verb, named[0]


def _lacked(noun: Token, entry: Word, reporting: frozenset[str]) -> tuple[Token, Token] | None:
    """'Charles Michel said Orban had no mandate to speak for the bloc', 'said the putschists had no authority
    to make such a request': a speaker denying an actor the standing it acts on judges that actor (the
    subject of "have")."""
    have = noun.head
    if (
        noun.dep_ not in ("dobj", "obj")
        or have.lemma_.lower() != "have"
        or not any(c.dep_ == "det" and c.lower_ == "no" for c in children(noun))
        or have.dep_ != "ccomp"
        or have.head.lemma_.lower() not in reporting
    ):
        return None
    holders = [c for c in children(have) if c.dep_ in ("nsubj", "nsubjpass")]
    if not holders or holders[0].lower_ in ("we", "i"):
        return None
    return have.head, holders[0]


_REFUSING = frozenset({"refuse", "decline"})
_HEDGES = frozenset({"alleged", "suspected", "possible", "potential", "reported", "purported", "apparent"})
_SPECIAL = {
    "author": _behind,
    "act": _work_of,
    "manner": _flagged_manner,
    "voted": _voted,
    "denial": _denied,
    "involved": _involved,
    "lacked": _lacked,
}


def _harmful(verb: Token, entry: Word, reporting: frozenset[str]) -> tuple[Token, Token] | None:
    """'Riyadh said the move would sabotage Syria's chances of restoring security', 'said the decision
    undermined the peace process': a speaker saying an act or an actor harms what is valued (``via``: peace,
    talks, stability ...) criticises its author; 'said Mexico had interfered in Peru's internal affairs'
    (through ``prep``) accuses it."""
    if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in children(verb)):
        return None
    harmed = [c for c in children(verb) if c.dep_ in ("dobj", "obj")]
    if entry.prep:
        # ("said Mexico had interfered in Peru's internal affairs": what is harmed is reached through the
        # preposition)
        harmed = [
            g for p in children(verb) if p.dep_ == "prep" and p.lower_ == entry.prep for g in children(p)
        ]
    if not any(c.lemma_.lower() in entry.via for c in harmed):
        return None
    if any(g.lemma_.lower() in _OUTCOMES for c in harmed for g in prep_objects(c, ("for",))):
        return None  # ("would bear responsibility for any consequences": a warning, see ``_stance``)
    subject = [c for c in children(verb) if c.dep_ == "nsubj"]
    clause = _reported(verb, reporting)
    if clause is None or not subject or subject[0].pos_ == "PRON":
        return None  # ("said it would harm the talks": whom "it" stands for is the coder's guess)
    return clause.head, _author(subject[0])


def _carried(word: Token, entry: Word, carrying: frozenset[str]) -> Token | None:
    """The phrase a judging word makes its judgement through: a neutral noun it qualifies ("a very grave
    incident", "an act of war", "an illegal act"), else the word itself; None if the word must qualify one
    of its own nouns and does not ("grave", "war")."""
    head = word.head
    carrier: Token | None = None
    # (a noun after an article the tagger takes for a verb: "a callous and cowardly act/VB")
    nominal = head.pos_ == "NOUN" or any(c.dep_ == "det" and c.i < word.i for c in children(head))
    if word.dep_ == "amod" and nominal and head.i > word.i and head.lemma_.lower() in carrying:
        carrier = head
    elif (
        word.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.pos_ == "NOUN"
        and head.head.lemma_.lower() in carrying
    ):
        carrier = head.head
    if entry.via:
        return carrier if carrier is not None and carrier.lemma_.lower() in entry.via else None
    return carrier or word


def _author(judged: Token) -> Token:
    """Who a judged act noun names as its author: "the killing of the hostage by Abu Sayyaf militants" (the
    noun itself when it names none)."""
    if judged.pos_ != "NOUN":
        return judged
    for prep in children(judged):
        if prep.dep_ == "prep" and prep.lower_ == "by":
            agents = [c for c in children(prep) if c.dep_ == "pobj"]
            if agents:
                return agents[0]
    return judged


def _predicated(word: Token, reporting: frozenset[str]) -> tuple[Token, Token] | None:
    """'X said Y was W': W the predicate of a copula whose clause a verb of saying reports (and what it says
    Y constitutes: "said the strike constituted a war crime"). ("may amount to crimes against humanity" is
    left out: it cost a false positive on a blind set, set U, for one found on set Y.)"""
    if word.dep_ in ("dobj", "obj") and word.head.lemma_.lower() == "constitute":
        copula = word.head
    elif word.dep_ not in ("acomp", "attr"):
        return None
    else:
        copula = word.head
        if copula.lemma_.lower() not in COPULAS:
            return None
    if any(c.dep_ == "neg" for c in children(copula)):
        return None
    clause = _reported(copula, reporting)
    if clause is None:
        return None
    judged = [c for c in children(copula) if c.dep_ == "nsubj"]
    if not judged and copula is not clause:
        judged = [c for c in children(clause) if c.dep_ == "nsubj"]
    return (clause.head, judged[0]) if judged else None


def _qualified(word: Token, reporting: frozenset[str]) -> tuple[Token, Token] | None:
    """'Biden said Gershkovich was being held unjustly', 'said Russia had illegally annexed Crimea': a
    judging adverb on the verb of a reported clause judges whoever does that act (the verb is returned as
    the thing judged)."""
    verb = word.head
    if word.dep_ != "advmod" or verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in children(verb)):
        return None
    clause = _reported(verb, reporting)
    return (clause.head, _relative_doer(verb, clause)) if clause is not None else None


def _found_grounds(word: Token, reporting: frozenset[str]) -> tuple[Token, Token] | None:
    """'investigators concluded that there were reasonable grounds to believe the air force dropped ...':
    who finds grounds to believe an actor did something accuses that actor."""
    beliefs = [c for c in children(word) if c.dep_ in ("acl", "relcl") and grounded(c) is not None]
    copula = word.head
    if not beliefs or word.dep_ != "attr" or copula.lemma_.lower() != "be":
        return None
    finder = copula.head
    if copula.dep_ != "ccomp" or finder.lemma_.lower() not in reporting | FINDING:
        return None
    judged = [s for c in children(beliefs[0]) if c.dep_ == "ccomp" for s in children(c) if s.dep_ == "nsubj"]
    return (finder, judged[0]) if judged else None


def _reported(verb: Token, reporting: frozenset[str]) -> Token | None:
    """The clause (its first conjunct) a verb of saying reports that ``verb`` belongs to, else None."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp":
        return None
    frame = clause.head
    if frame.dep_ == "acomp" and frame.lower_ in _CERTAINTIES and frame.head.i != frame.i:
        frame = frame.head  # (the parser hangs the clause on the adjective or on the copula)
    if frame.lemma_.lower() == "be" and frame.i != clause.i and _hedged(frame):
        # "said it was highly likely that Russia was responsible": the speaker's clause, through the frame
        return _reported(frame, reporting)
    if frame.lemma_.lower() not in reporting:
        return None
    return clause


# what an expletive frame may say of the clause it carries: "it was highly likely that ..."
_CERTAINTIES = frozenset(
    {"likely", "clear", "certain", "obvious", "evident", "plain", "probable", "undeniable"}
)


def _hedged(copula: Token) -> bool:
    """Whether a copula is an expletive frame of likelihood: "it was highly likely (that ...)"."""
    kids = children(copula)
    return any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in kids) and any(
        c.dep_ == "acomp" and c.lower_ in _CERTAINTIES for c in kids
    )


def _committed(word: Token, reporting: frozenset[str]) -> tuple[Token, Token] | None:
    """'Netanyahu said Iran had made a big mistake', 'said Russia committed a crime': a judging noun as the
    object of 'make' or 'commit' in a clause a verb of saying reports."""
    verb = word.head
    if word.dep_ not in ("dobj", "obj") or verb.lemma_.lower() not in ("make", "commit"):
        return None
    if any(c.dep_ == "neg" for c in children(verb)):
        return None
    clause = _reported(verb, reporting)
    if clause is None:
        return None
    judged = [c for c in children(verb) if c.dep_ == "nsubj"] or [
        c for c in children(clause) if c.dep_ == "nsubj"
    ]
    return (clause.head, judged[0]) if judged else None


# what one is warned one will bear responsibility for: "would bear responsibility for the consequences"
_OUTCOMES = frozenset({"consequence", "consequences"})

# verbs of a spectacle a speaker judges: "called it a disappointment to see X embrace Y"
_SEEING = frozenset({"see", "watch", "hear"})


def _named(word: Token) -> tuple[Token, Token] | None:
    """'called Y W' (W the object predicate), 'described Y as W', 'likened Y to W', 'calling Y W' (the
    parser may hang W on Y: "calling the expulsion unjustified"), 'condemned what it called W'."""
    verb: Token | None = None
    head = word.head
    if word.dep_ in ("oprd", "xcomp", "ccomp") and head.lemma_.lower() in NAMING_VERBS:
        verb = head
    elif word.dep_ in ("pobj", "amod", "acomp") and head.lower_ == "as":
        governor = head.head
        if governor.dep_ in ("dobj", "obj"):
            governor = (
                governor.head
            )  # ("described the attack as barbaric": the parser hangs "as" on the object)
        if governor.lemma_.lower() in NAMING_AS:
            verb = governor
    elif word.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in LIKENING:
        verb = head.head
    elif word.dep_ in ("dobj", "obj") and head.lemma_.lower() in NAMING_VERBS and word.lower_ == "null":
        # ("declared null and void a port deal": the parser reads "void" as a verb coordinated with the verb
        # of naming, the object after the idiom its object)
        judged = [
            o
            for c in children(head)
            if c.dep_ == "conj" and c.lower_ == "void"
            for o in children(c)
            if o.dep_ in ("dobj", "obj")
        ]
        return (head, judged[0]) if judged and not any(c.dep_ == "neg" for c in children(head)) else None
    elif (word.lower_ == "null" and any(c.dep_ == "conj" and c.lower_ == "void" for c in children(word))) or (
        word.lower_ == "void" and word.dep_ == "pobj"
    ):
        # ("called a port deal that Ethiopia signed with Somaliland null and void", "declared Ankara's deal
        # with the Kurdish region void": the parser may take the idiom for a noun inside the phrase after
        # the object; the object of the verb of naming above is what it judges)
        up = word
        while up.head.i != up.i and up.head.lemma_.lower() not in NAMING_VERBS:
            up = up.head
        verb = up.head if up.head.i != up.i else None
        if verb is None or up.dep_ not in ("dobj", "obj") or any(c.dep_ == "neg" for c in children(verb)):
            return None
        return verb, up
    elif word.dep_ in ("dobj", "obj") and head.lemma_.lower() in NAMING_VERBS:
        # ("called the move political blackmail": the parser may read the object and its predicate as one
        # noun phrase, the object a modifier after the article)
        kids = children(word)
        named = [
            c
            for c in kids
            if c.dep_ in ("amod", "compound")
            and (c.tag_ == "NN" or c.lower_ in GENERIC_ACTS or c.lower_ == "decision")
            and c.i < word.i
            and any(d.dep_ == "det" and d.i == c.i - 1 for d in kids)
        ]
        if named and not any(c.dep_ == "neg" for c in children(head)):
            return head, named[0]
        return None
    elif (
        # ("called Israel's war in Gaza a genocide": the parser may hang the predicate noun on the object as
        # its apposition)
        (word.dep_ == "amod" or (word.dep_ == "appos" and any(c.dep_ == "det" for c in children(word))))
        and word.i > head.i
        and head.dep_ in ("dobj", "obj")
        and (
            head.head.lemma_.lower() in NAMING_VERBS
            or (
                # ("condemned the decision as politically motivated": the parser may hang the adjective
                # after "as" on the object)
                head.head.lemma_.lower() in NAMING_AS
                and any(
                    c.dep_ == "prep" and c.lower_ == "as" and head.i < c.i < word.i
                    for c in children(head.head)
                )
            )
        )
    ):
        # ("calling the expulsion unjustified": an adjective after its noun is what the noun is called)
        return (head.head, head) if not any(c.dep_ == "neg" for c in children(head.head)) else None
    if verb is None or any(c.dep_ == "neg" for c in children(verb)):
        return None
    judged = [c for c in children(verb) if c.dep_ in ("dobj", "obj") and c.i != word.i]
    if judged and judged[0].lower_ in ("which", "that") and verb.dep_ == "relcl":
        # ("its offensive in Gaza, which he called genocide": the relative pronoun stands for the noun the
        # clause describes, which the parser may take for the place after it)
        described = verb.head
        if (
            described.ent_type_ in ("GPE", "LOC")
            and described.dep_ == "pobj"
            and described.head.lower_ == "in"
        ):
            described = described.head.head
        judged = [described]
    elif judged and judged[0].tag_ in ("WP", "WDT"):
        # "condemned what it called an occupation": the word names the act itself
        judged = [word]
    if judged and judged[0].lower_ == "it":
        # ("called it a disappointment to see the leader embrace Putin": the object stands for the clause
        # after the predicate, whose doer is judged)
        seen = next((c for c in children(word) if c.dep_ == "acl" and c.lemma_.lower() in _SEEING), None)
        if seen is not None:
            judged = [
                s
                for k in children(seen)
                if k.dep_ in ("ccomp", "xcomp")
                for s in children(k)
                if s.dep_ == "nsubj"
            ]
    if not judged and verb.dep_ in ("relcl", "acl"):
        judged = [verb.head]  # "a remark the Kremlin called dangerous": the noun the clause describes
    if not judged and word.dep_ == "ccomp":
        # ("declared the deal void", "declared void a deal": the parser may make the predicate a clause of
        # its own, with the thing judged its subject or its object)
        judged = [c for c in children(word) if c.dep_ in ("nsubj", "dobj")]
    if not judged:
        # ("called Rwanda's decision disproportionate", "called Canada's demand blatant interference": the
        # parser may hang the object on the predicate as a compound or a modifier)
        judged = [
            c for c in children(word) if c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN" and c.i < word.i
        ]
        # (with the object's owner hung on the predicate too: "Canada's")
        judged = [c for c in children(word) if c.dep_ == "poss" and judged and c.i < judged[0].i] or judged
    return (verb, judged[0]) if judged else None


def predicate_participle(token: Token) -> bool:
    """Whether a word the tagger reads as a participle is an adjective predicated of a phrase: "called the
    resolution biased" (an object predicate, or, with nothing hung on it, a participle on the object of a
    verb of naming), "the report was biased"."""
    if token.pos_ != "VERB" or token.tag_ not in ("VBN", "VBD"):
        return False
    if token.dep_ in ("oprd", "acomp"):
        return True
    head = token.head
    return (
        token.dep_ == "acl"
        and not any(c.dep_ != "punct" for c in children(token))
        and head.dep_ in ("dobj", "obj")
        and head.head.lemma_.lower() in NAMING_VERBS
    )


def names_its_object(verb: Token) -> bool:
    """'called the raid a violation', 'calling the expulsion unjustified': a verb of naming with a predicate
    of its object names it (the coder should not read a telephone call into it)."""
    if verb.lemma_.lower() not in NAMING_VERBS:
        return False
    kids = children(verb)
    if any(c.dep_ in ("oprd", "xcomp", "ccomp") and c.pos_ in ("ADJ", "NOUN") for c in kids):
        return True
    if any(predicate_participle(g) for c in kids for g in (c, *children(c))):
        return True  # ("called the decision biased": a participle the tagger reads as a verb)
    # ("called the American president the devil": the parser hangs the name on the object as an apposition,
    # with no comma, unlike "called Putin, the Russian leader, on Friday")
    for o in kids:
        if o.dep_ not in ("dobj", "obj"):
            continue
        for a in children(o):
            if (
                a.dep_ == "appos"
                and a.i > o.i
                and any(d.dep_ == "det" for d in children(a))
                and a.left_edge.i > 0
                and a.doc[a.left_edge.i - 1].text != ","
            ):
                return True
    return named_after(verb)


# -- stances: threats of a response, refusals ---------------------------------------------------------------
def _stance(word: Token, entry: Word, reporting: frozenset[str]) -> tuple[Token, Token] | None:
    """'Pakistan said it had every right to respond', 'the raids would not go unanswered', 'warned of
    serious consequences if ...', 'will not join the bloc': an idiom a speaker says of its own response (a
    future one, or one it has a right to). Returns (speaker, judged): the judged token is the adversary the
    sentence names (an object of the response, the subject of its condition, the subject of a ``patient``
    idiom), else the word itself (the coder then looks for the act answered)."""
    head = word.head.head if word.dep_ == "pobj" else word.head
    if "self" in entry.flags:
        head = word
        if not is_verbal(word):
            return None
        if "bare" in entry.flags and any(c.dep_ in ("dobj", "obj", "dative") for c in children(word)):
            return None  # ("would pay compensation": a payment, no threat)
    elif head.lemma_.lower() not in entry.via or head.i == word.i:
        return None
    elif entry.prep and (word.dep_ != "pobj" or word.head.lower_ != entry.prep):
        return None  # ("fight to the end", not "fight to end the war")
    if any(c.dep_ == "neg" for c in children(head)) != ("negated" in entry.flags):
        return None
    if head.lemma_.lower() in SWEARING and head is not word:
        speaker, clause = head, head  # "warned of serious consequences", "vowed to punish Israel"
    else:
        clause = clause_verb(head)
        chain = [clause]
        while clause.dep_ == "xcomp" and clause.head.i != clause.i:  # "would be forced to take ..."
            clause = clause.head
            chain.append(clause)
        future = any(c.dep_ == "aux" and c.lower_ in _WILL for v in chain for c in children(v))
        if not future and is_verbal(head):
            return None  # ("every right to respond": the noun carries the stance, whatever the tense)
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head  # "said the city had not fallen and its defenders would fight to the end"
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in reporting | SWEARING:
            speaker = clause.head
            if head.lemma_.lower() in _FORECASTING and speaker.lemma_.lower() not in SWEARING:
                return None  # ("said the strike would provoke retaliation": a forecast unless warned)
        elif clause.dep_ == "ROOT" and "patient" not in entry.flags:
            speaker = clause  # "Iran will not sit idly by": the actor says so itself
        else:
            return None
    return speaker, _adversary(word, head, entry, speaker)


def _adversary(word: Token, head: Token, entry: Word, speaker: Token) -> Token:
    """Whom a stance is against, as the sentence names it (see ``_stance``)."""
    # (a modifier's noun may carry the phrase: "retaliatory measures against Lithuania")
    hosts = (word, head) if word.dep_ in ("amod", "compound") and head.i == word.head.i else (word,)
    for prep in (p for host in hosts for p in children(host)):
        if prep.dep_ == "prep" and prep.lower_ in ("against", "on", "to"):
            aimed = [c for c in children(prep) if c.dep_ == "pobj"]
            if aimed:
                return aimed[0]  # "countermeasures against Lithuania", "respond to Israel"
    for condition in _conditions(head):
        subject = [c for c in children(condition) if c.dep_ in ("nsubj", "nsubjpass")]
        if subject:
            return subject[0]  # "would not sit idly by if Pelosi visited Taiwan"
    if is_verbal(word):
        aimed = [c for c in children(word) if c.dep_ in ("dobj", "obj")]
        if aimed:
            return aimed[0]  # "vowed to punish Israel", "will not join the bloc"
    if "patient" in entry.flags and head.lemma_.lower() not in SWEARING:
        # (a noun's clause has the subject: "Washington would bear responsibility for the consequences")
        holder = head if is_verbal(head) else clause_verb(head)
        subject = [c for c in children(holder) if c.dep_ in ("nsubj", "nsubjpass")]
        if subject and subject[0].pos_ == "PRON":
            # "Hezbollah blamed Israel and said it would receive its just punishment": the pronoun is
            # whom the speaker has just named, not the speaker
            named = [
                c
                for verb in (speaker, speaker.head if speaker.dep_ == "conj" else speaker)
                for c in children(verb)
                if c.dep_ in ("dobj", "obj", "dative") and c.pos_ in ("PROPN", "NOUN")
            ]
            if named:
                return named[0]
        if subject:
            return subject[0]  # "the raids would not go unanswered"
    return word


def _forsworn(party: Token, comp: Token) -> bool:
    """Whether the act a pledge forswears is aimed at the party: "not to attack Malian troops", "not to let
    its soil be used against Somalia" (not "promised not to send troops to Ukraine")."""
    t = party
    while t.i != comp.i and t.head.i != t.i:
        t = t.head
        if (t.dep_ == "prep" and t.lower_ == "against") or (is_verbal(t) and t.lemma_.lower() in _HOSTILE):
            return True
    return False


def _conditions(head: Token) -> list[Token]:
    """The verbs of the "if"/"unless" clauses on a stance's head (the parser may hang one on a particle:
    "would not sit idly by if ...")."""
    found = on_condition(head, ("if", "unless"))
    for prep in children(head):
        if prep.dep_ in ("prep", "prt"):
            found += [
                c
                for c in children(prep)
                if c.dep_ in ("pcomp", "advcl")
                and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in children(c))
            ]
    return found


def _restraint(word: Token) -> Token | None:
    """'the Taliban pledged not to let Afghan soil be used to threaten the United States': a pledge not to
    do something is a pledge all the same, made to the party the act it forswears names (None if none)."""
    if word.pos_ != "VERB" or any(c.dep_ == "neg" for c in children(word)):
        return None
    for comp in children(word):
        if comp.dep_ != "xcomp" or not any(c.dep_ == "neg" for c in children(comp)):
            continue
        for tok in comp.subtree:
            if (
                tok.dep_ in ("pobj", "dobj", "obj", "conj")
                and (
                    tok.ent_type_ in _ENTITIES
                    or any(c.dep_ in ("amod", "compound") and c.ent_type_ in _ENTITIES for c in children(tok))
                )
                and _forsworn(tok, comp)
            ):
                return tok  # "the United States", "Malian troops"
            if tok.lower_ == "other" and any(c.lower_ == "each" for c in children(tok)):
                return tok  # "agreed not to use force against each other": pledged to one another
    return None


# acts of force a pledge may forswear: "not to attack", "not to use force", "not to threaten"
_FORCE_VERBS = frozenset({"attack", "threaten", "strike", "invade", "fire", "shell", "bomb", "fight"})


def _forswears_force(word: Token) -> bool:
    """Whether a pledge's negated infinitive (or a verb coordinated with it) is an act of force."""
    for comp in children(word):
        if comp.dep_ != "xcomp" or not any(c.dep_ == "neg" for c in children(comp)):
            continue
        for verb in (comp, *comp.conjuncts):
            lemma = verb.lemma_.lower()
            if lemma in _FORCE_VERBS or (
                lemma == "use"
                and any(o.lemma_.lower() == "force" for o in children(verb) if o.dep_ == "dobj")
            ):
                return True
    return False


def parse_judgements(rows: Iterable[tuple[int, list[str]]], name: str) -> dict[str, Word]:
    words: dict[str, Word] = {}
    least = len(JUDGEMENT_COLUMNS) - _OPTIONAL_COLUMNS
    for line_no, row in rows:
        where = f"{name}:{line_no}"
        if not least <= len(row) <= len(JUDGEMENT_COLUMNS):
            raise LexiconError(f"{where}: expected {len(JUDGEMENT_COLUMNS)} columns, found {len(row)}")
        cells = [c.strip() for c in row] + [""] * (len(JUDGEMENT_COLUMNS) - len(row))
        word, code, prep, via, flag_cell = cells
        if not word or " " in word:
            raise LexiconError(f"{where}: {word!r} is not a single word")
        if not (code.isdigit() and 3 <= len(code) <= 4):
            raise LexiconError(f"{where}: {code!r} is not a CAMEO code")
        if word.lower() in words:
            raise LexiconError(f"{where}: duplicate word {word!r}")
        flags = frozenset(f.strip() for f in flag_cell.split("|") if f.strip())
        if flags - FLAGS:
            raise LexiconError(
                f"{where}: unknown flags {sorted(flags - FLAGS)} (expected some of {sorted(FLAGS)})"
            )
        lemmas = frozenset(v.strip().lower() for v in via.split("|") if v.strip())
        if code[:2] in STANCE_ROOTS and not lemmas and "self" not in flags:
            raise LexiconError(f"{where}: a stance ({code}) needs the lemmas it hangs from, or the flag self")
        if flags & {"object", "author", "act", "voted", "denial"} and not lemmas:
            raise LexiconError(f"{where}: a row flagged {sorted(flags)} needs the lemmas of via")
        if flags & {"act", "manner"} and not prep:
            raise LexiconError(f"{where}: a row flagged {sorted(flags)} needs its preposition")
        words[word.lower()] = Word(code, prep.lower(), lemmas, flags)
    return words


@functools.cache
def load_judgements() -> dict[str, Word]:
    """The bundled judgement lexicon."""
    text = resources.files("dragoman.nlp.data").joinpath(JUDGEMENTS_FILE).read_text(encoding="utf-8")
    return parse_judgements(tsv_rows(text, JUDGEMENT_COLUMNS), JUDGEMENTS_FILE)


@dataclass(frozen=True, slots=True)
class Obligation:
    """'X said Y must Z': the speaker's verb, the obliged clause's verb and the root of the act (10 or 02)."""

    verb: Token  # the verb of the obliged act ("return")
    speaker: Token  # the verb whose subject speaks ("said"), or the demand noun ("its demand that ...")
    root: str  # "10" (must, has to) or "02" (should)


OBLIGING = {"must": "10", "should": "02"}


def find_obligations(
    doc: Doc, reporting: frozenset[str], columns: DocColumns | None = None
) -> Iterator[Obligation]:
    """Every 'X said Y must Z' and 'X's demand that Y Z' of the doc, in text order. ``columns``: the doc's
    columns, when already read."""
    strings = doc.vocab.strings
    wanted = {strings[w] for w in OBLIGING.keys() | DEMANDING_NOUNS}
    for i in (DocColumns(doc) if columns is None else columns).with_lower(wanted):
        if doc[i].lower_ in DEMANDING_NOUNS:
            yield from _demanded(doc[i])
            continue
        modal = doc[i]
        verb = modal.head
        if modal.dep_ != "aux" or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in reporting:
            continue
        if any(c.dep_ == "neg" for c in children(verb)):
            continue  # "must not": a warning against, left to the lexicon of demands
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in children(verb)):
            continue
        yield Obligation(verb, verb.head, OBLIGING[modal.lower_])


def _demanded(noun: Token) -> Iterator[Obligation]:
    """'reiterated its demand that Israel ease restrictions': the clause the noun governs, with its own
    subject, is demanded of that subject by whoever makes the demand (the subject of the noun's verb)."""
    if noun.pos_ != "NOUN":
        return
    clauses = list(children(noun))
    if noun.dep_ in ("dobj", "obj"):
        # ("reiterated its demand today that Israel ease ...": the parser hangs the clause on the verb)
        clauses += [c for c in children(noun.head) if c.dep_ == "ccomp" and c.i > noun.i]
    for verb in clauses:
        if verb.dep_ not in ("acl", "ccomp") or verb.pos_ not in ("VERB", "AUX"):
            continue
        kids = children(verb)
        if not any(c.dep_ == "mark" and c.lower_ == "that" for c in kids):
            continue
        if any(c.dep_ == "neg" for c in kids) or not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids):
            continue
        yield Obligation(verb, noun, "02" if any(c.lower_ == "should" for c in kids) else "10")
