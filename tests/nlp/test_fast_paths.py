"""The coding stage's fast paths give what the plain spaCy reads give.

Docs are built by hand (words, heads, labels), so no model is loaded.
"""

from __future__ import annotations

import re

import pytest
import spacy
from spacy.tokens import Doc

from dragoman.nlp.coder import _CANDIDATES_KEPT, _needed_ids, _sentence_starts, _word_ids
from dragoman.nlp.gazetteer import FeatureClass, Gazetteer, GazetteerEntry
from dragoman.nlp.lexicon import Pattern, PrepConstraint
from dragoman.nlp.places_recognise import _whole_names
from dragoman.nlp.syntax import (
    DocColumns,
    char_offsets,
    children,
    first_match,
    matches,
    needed_words,
    objects,
    sentence_bounds,
    sentence_starts,
)

VOCAB = spacy.blank("en").vocab  # lexical attributes (lower case) without a trained model

WORDS = ["Russia", "expelled", "two", "diplomats", "from", "Moscow", "."]
WORDS += ["China", "pulled", "its", "troops", "out", "of", "Syria", "."]
HEADS = [1, 1, 3, 1, 1, 4, 1, 8, 8, 10, 8, 8, 11, 12, 8]
DEPS = ["nsubj", "ROOT", "nummod", "dobj", "prep", "pobj", "punct"]
DEPS += ["nsubj", "ROOT", "poss", "dobj", "prt", "prep", "pobj", "punct"]
POS = ["PROPN", "VERB", "NUM", "NOUN", "ADP", "PROPN", "PUNCT"]
POS += ["PROPN", "VERB", "PRON", "NOUN", "ADP", "ADP", "PROPN", "PUNCT"]
LEMMAS = ["Russia", "expel", "two", "diplomat", "from", "Moscow", "."]
LEMMAS += ["China", "pull", "its", "troop", "out", "of", "Syria", "."]
STARTS: list[bool | int | None] = [True, *([False] * 6), True, *([False] * 7)]


def _doc() -> Doc:
    return Doc(VOCAB, words=WORDS, heads=HEADS, deps=DEPS, pos=POS, lemmas=LEMMAS, sent_starts=STARTS)


def _pattern(pid: str, lemma: str, particle: str = "", objects: str = "", prep: str = "") -> Pattern:
    constraint = None
    if prep:
        head, _, objs = prep.partition(":")
        constraint = PrepConstraint(frozenset(head.split("|")), frozenset(o for o in objs.split("|") if o))
    return Pattern(
        id=pid,
        code="16",
        pos="V",
        lemmas=frozenset({lemma}),
        particle=particle,
        objects=frozenset(o for o in objects.split("|") if o),
        prep=constraint,
        source=("subj",),
        target=("obj",),
        flags=frozenset(),
        example="",
    )


def test_children_are_the_tokens_children_in_order() -> None:
    doc, other = _doc(), _doc()
    for token, twin in zip(doc, other, strict=True):
        assert [c.i for c in children(token)] == [c.i for c in token.children]
        # alternating between two docs reads each one's own tree
        assert [c.i for c in children(twin)] == [c.i for c in twin.children]


def test_objects_are_a_fresh_list_each_time() -> None:
    verb = _doc()[1]
    first = objects(verb)
    first.clear()
    assert [t.text for t in objects(verb)] == ["diplomats"]


def test_sentence_starts_are_those_of_doc_sents() -> None:
    doc = _doc()
    assert _sentence_starts(doc) == [s.start for s in doc.sents] == [0, 7]
    starts = sentence_starts(doc)
    assert starts == [0, 7]
    starts.clear()  # (a fresh list each time: the one kept with the doc's tree is not handed out)
    assert sentence_starts(doc) == [0, 7]
    # (read with the token's sentence bounds, after them and before them alike)
    other = _doc()
    assert [sentence_bounds(t) for t in other] == [(t.sent.start, t.sent.end) for t in other]
    assert sentence_starts(other) == [s.start for s in other.sents]


def test_doc_columns_are_the_tokens_attributes() -> None:
    doc = _doc()
    columns = DocColumns(doc)
    assert columns.poses == [t.pos for t in doc]
    assert columns.lemmas == [t.lemma for t in doc]
    assert columns.lowers == [t.lower for t in doc]
    empty = DocColumns(Doc(VOCAB, words=[]))
    assert (empty.lemmas, empty.lowers, empty.with_lemma({1}), empty.with_either({1})) == ([], [], [], [])
    strings = doc.vocab.strings
    for words in (
        {"pull"},
        {"expel", "pull", "troop"},
        {"russia"},
        {"."},
        {"of", ".", "Syria"},
        {"absent"},
        set(),
    ):
        ids = {strings[w] for w in words}
        assert columns.with_lemma(ids) == [t.i for t in doc if t.lemma in ids]
        assert columns.with_lower(ids) == [t.i for t in doc if t.lower in ids]
        assert columns.with_either(ids) == [t.i for t in doc if t.lemma in ids or t.lower in ids]


@pytest.mark.parametrize("kept", [0, 3, _CANDIDATES_KEPT])
def test_word_ids_are_the_ids_of_the_words_first_match_compares(
    kept: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The doc's words as string ids (lower-case forms; lemmas lower-cased, "Russia" as "russia") are the
    ids of the words read off its tokens, whether the lemmas' words are kept or not (``kept``: how many
    may be)."""
    monkeypatch.setattr("dragoman.nlp.coder._CANDIDATES_KEPT", kept)
    doc = _doc()
    strings = doc.vocab.strings
    words = {t.lower_ for t in doc} | {t.lemma_.lower() for t in doc}
    lowered: dict[int, int] = {}
    for _ in range(2):  # (the second time from the lemmas kept)
        ids = _word_ids(DocColumns(doc), strings, lowered)
        assert ids == {strings[w] for w in words}
        assert len(lowered) <= kept
    for pattern in PATTERNS:
        assert _needed_ids(pattern) == tuple(
            frozenset(map(strings.__getitem__, g)) for g in needed_words(pattern)
        )
        for group, group_ids in zip(needed_words(pattern), _needed_ids(pattern), strict=True):
            assert words.isdisjoint(group) == ids.isdisjoint(group_ids)


PATTERNS = [
    _pattern("particle-miss", "pull", particle="back"),
    _pattern("object-miss", "expel", objects="ambassador"),
    _pattern("prep-object-miss", "expel", prep="from:Kyiv"),
    _pattern("particle-prep", "pull", particle="out", prep="of"),
    _pattern("object", "expel", objects="diplomat"),
    _pattern("any-object", "expel", objects="*"),
    _pattern("prep-object", "expel", prep="from:moscow"),
    _pattern("plain", "pull"),
]


@pytest.mark.parametrize("position", [1, 8])
def test_first_match_is_the_first_pattern_that_matches(position: int) -> None:
    trigger = _doc()[position]
    for start in range(len(PATTERNS)):
        candidates = PATTERNS[start:]
        expected = next((p for p in candidates if matches(p, trigger)), None)
        assert first_match(candidates, trigger) == expected


@pytest.mark.parametrize(
    ("pid", "position", "expected"),
    [
        ("particle-miss", 8, False),
        ("particle-prep", 8, True),
        ("object-miss", 1, False),
        ("object", 1, True),
        ("any-object", 1, True),
        ("prep-object-miss", 1, False),
        ("prep-object", 1, True),
    ],
)
def test_pattern_constraints(pid: str, position: int, expected: bool) -> None:
    pattern = next(p for p in PATTERNS if p.id == pid)
    assert matches(pattern, _doc()[position]) is expected


def test_gazetteer_lookups_are_kept_and_unchanged() -> None:
    doha = GazetteerEntry(2, "Doha", 25.3, 0.0, "QAT", "", FeatureClass.PLACE, "PPLC", 340_000)
    gazetteer = Gazetteer.from_entries([("Doha", doha)])
    assert gazetteer.lookup("Doha") == gazetteer.lookup("Doha") == (doha,)
    assert gazetteer.lookup("Nowhere") == gazetteer.lookup("Nowhere") == ()


# "Russia, China and Iran condemned and rejected the move. Moscow agreed."
LIST_WORDS = ["Russia", ",", "China", "and", "Iran", "condemned", "and", "rejected", "the", "move", "."]
LIST_WORDS += ["Moscow", "agreed", "."]
LIST_HEADS = [5, 0, 0, 2, 2, 5, 5, 5, 9, 7, 5, 12, 12, 12]
LIST_DEPS = ["nsubj", "punct", "conj", "cc", "conj", "ROOT", "cc", "conj", "det", "dobj", "punct"]
LIST_DEPS += ["nsubj", "ROOT", "punct"]
LIST_SPACES = [False, True, True, True, True, True, True, True, True, False, True, True, False, False]
LIST_STARTS: list[bool | int | None] = [True, *([False] * 10), True, False, False]


def _list_doc() -> Doc:
    return Doc(
        VOCAB,
        words=LIST_WORDS,
        spaces=LIST_SPACES,
        heads=LIST_HEADS,
        deps=LIST_DEPS,
        sent_starts=LIST_STARTS,
    )


def test_sentence_bounds_are_those_of_token_sent() -> None:
    doc = _list_doc()
    for token in doc:
        assert sentence_bounds(token) == (token.sent.start, token.sent.end)
    assert sentence_bounds(doc[12]) == (11, 14)


def test_char_offsets_give_the_text_of_spans() -> None:
    doc = _list_doc()
    starts, ends = char_offsets(doc)
    assert starts == [t.idx for t in doc]
    for i in range(len(doc)):
        for j in range(i + 1, len(doc) + 1):
            span = doc[i:j]
            assert (starts[i], ends[j - 1]) == (span.start_char, span.end_char)
            assert doc.text[starts[i] : ends[j - 1]] == span.text


def _whole_names_by_pattern(text: str, names: list[str]) -> list[tuple[int, int]]:
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(name) for name in names) + r")\b", re.IGNORECASE)
    return [match.span() for match in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("IMMOKALEE - Officials want to revitalize Immokalee.", ["immokalee"]),
        ("New York and York, New York-based YORK", ["new york", "york"]),
        ("the Sanaa_area, Sanaa2 and Sanaa's port", ["sanaa"]),
        ("St. Louis, st. louis and St.Louis", ["st. louis", "louis"]),
        ("a b c a b", ["a b", "b c"]),
        ("Gilgit-Baltistan and Gilgit", ["gilgit-baltistan", "gilgit", "baltistan"]),
        ("Zürich and Zurich", ["zurich", "zürich"]),  # (not ASCII: read by the pattern)
        ("", ["kabul"]),
    ],
)
def test_whole_names_are_those_of_the_pattern(text: str, names: list[str]) -> None:
    names = sorted(names, key=len, reverse=True)
    assert _whole_names(text, names) == _whole_names_by_pattern(text, names)
