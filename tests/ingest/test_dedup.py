"""MinHash signatures and the LSH index of near-duplicates, on stories written here."""

from __future__ import annotations

import numpy as np
import pytest

from dragoman.ingest.dedup import (
    MIN_WORDS,
    PERMUTATIONS,
    Match,
    NearDuplicateIndex,
    is_candidate,
    shingles,
    signature,
    signature_bytes,
    signature_from_bytes,
    similarity,
)

STORY = (
    "Foreign ministers of Kenya and Ethiopia met in Nairobi on Monday to discuss the dispute over the "
    "shared river basin. The Kenyan minister said both governments had agreed to set up a joint "
    "commission that will report within six months. Ethiopia promised to release more water during the "
    "dry season, officials said. Farmers downstream have complained for years that the new dam has cut "
    "the flow of the river. The talks will continue next month in Addis Ababa, a spokesman added."
)
OTHER = (
    "Brazil and Argentina signed a customs agreement in Brasilia on Friday after two years of "
    "negotiations. The deal lowers tariffs on cars, steel and grain and creates a committee to settle "
    "disputes between exporters. Business groups in both countries welcomed the agreement, while unions "
    "warned that factory jobs could move across the border. The presidents are expected to meet again "
    "at the regional summit in Montevideo in December, diplomats said."
)


def syndicated(story: str) -> str:
    """A wire copy: a dateline in front, the last sentence cut, a credit line at the end."""
    body = story.rsplit(". ", 1)[0] + "."
    return f"NAIROBI (Wire Service) - {body} Reporting by our staff; editing by the desk."


def jaccard(first: str, second: str) -> float:
    a, b = shingles(first), shingles(second)
    return len(a & b) / len(a | b)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", set()),
        ("One two three", {"one two three"}),
        ("One, two; THREE four five", {"one two three four five"}),
        ("a b c d e f", {"a b c d e", "b c d e f"}),
    ],
)
def test_shingles_are_runs_of_lower_cased_words(text: str, expected: set[str]) -> None:
    assert shingles(text) == expected


def test_signatures_are_deterministic_and_survive_bytes() -> None:
    sig = signature(STORY)
    assert sig.shape == (PERMUTATIONS,)
    assert sig.dtype == np.uint32
    assert np.array_equal(sig, signature(STORY))
    assert np.array_equal(signature_from_bytes(signature_bytes(sig)), sig)
    assert len(signature_bytes(sig)) == PERMUTATIONS * 4


def test_signature_bytes_of_the_wrong_length_are_refused() -> None:
    with pytest.raises(ValueError, match="bytes"):
        signature_from_bytes(b"\x00" * 12)


@pytest.mark.parametrize(
    ("first", "second"),
    [(STORY, syndicated(STORY)), (STORY, OTHER), (OTHER, syndicated(OTHER)), (STORY, STORY.upper())],
)
def test_similarity_estimates_the_jaccard_similarity(first: str, second: str) -> None:
    estimate = similarity(signature(first), signature(second))
    assert abs(estimate - jaccard(first, second)) < 0.15  # 128 permutations: standard error <= 0.045


def test_whitespace_and_case_do_not_change_the_signature() -> None:
    assert np.array_equal(signature(STORY), signature("  " + STORY.replace(" ", "\n  ").lower()))


@pytest.mark.parametrize(
    ("words", "expected"), [(MIN_WORDS - 1, False), (MIN_WORDS, True), (MIN_WORDS + 50, True)]
)
def test_only_texts_of_min_words_are_candidates(words: int, expected: bool) -> None:
    assert is_candidate(" ".join(f"word{i}" for i in range(words))) is expected


def test_index_finds_a_syndicated_copy_and_not_another_story() -> None:
    index = NearDuplicateIndex()
    index.add("story", signature(STORY))
    index.add("other", signature(OTHER))
    found = index.find(signature(syndicated(STORY)))
    assert found is not None
    assert found.article_id == "story"
    assert found.similarity >= index.threshold
    unrelated = "The central bank of Chile raised its main interest rate by half a point on Tuesday. " * 3
    assert index.find(signature(unrelated)) is None


def test_index_prefers_the_most_similar_article() -> None:
    index = NearDuplicateIndex(threshold=0.5)
    index.add("copy", signature(syndicated(STORY)))
    index.add("story", signature(STORY))
    assert index.find(signature(STORY)) == Match("story", 1.0)


def test_adding_an_indexed_id_again_changes_nothing() -> None:
    index = NearDuplicateIndex()
    index.add("story", signature(STORY))
    index.add("story", signature(OTHER))
    assert len(index) == 1
    assert "story" in index
    assert index.find(signature(OTHER)) is None


@pytest.mark.parametrize("threshold", [0.0, -0.1, 1.5])
def test_a_threshold_outside_zero_to_one_is_refused(threshold: float) -> None:
    with pytest.raises(ValueError, match="threshold"):
        NearDuplicateIndex(threshold)


def test_one_changed_word_in_a_short_brief_is_not_a_candidate() -> None:
    brief = "Russia recognised the Taliban government on Thursday, the foreign ministry said."
    assert not is_candidate(brief)
    assert not is_candidate(brief.replace("Thursday", "Friday"))
