"""The dateline a wire story opens with, and the actors it does not name."""

from __future__ import annotations

import pytest

from dragoman import Dragoman
from dragoman.nlp.dateline import dateline_end


@pytest.mark.parametrize(
    ("text", "story"),
    [
        ("MOSCOW (Reuters) - Russia expelled two diplomats.", "Russia expelled"),
        ("KYIV, Ukraine (AP) \u2014 Russian forces pounded the grid.", "Russian forces"),
        ("BEIJING, May 9 (Xinhua) -- Chinese President Xi Jinping met ...", "Chinese President"),
        ("Beijing, May 9 (Xinhua) -- Chinese President Xi Jinping met ...", "Chinese President"),
        ("NEW DELHI - India said on Monday ...", "India said"),
        ("WASHINGTON \u2014 The United States imposed sanctions.", "The United States"),
    ],
)
def test_a_dateline_ends_where_the_story_begins(text: str, story: str) -> None:
    assert text[dateline_end(text) :].startswith(story)


@pytest.mark.parametrize(
    "text",
    [
        "Russia expelled two Estonian diplomats - a first since 2022.",
        "NATO - the alliance said - will meet.",
        "The UN - in a statement - said.",
        "US-China talks - a summary",
        "",
    ],
)
def test_no_dateline(text: str) -> None:
    assert dateline_end(text) == 0


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "MOSCOW (Reuters) - Russia expelled two Estonian diplomats on Thursday, the ministry said.",
            {("RUS", "174", "EST")},
        ),
        (
            "KYIV, Ukraine (AP) \u2014 Russian forces pounded Ukraine's energy facilities.",
            {("RUS", "194", "UKR")},
        ),
    ],
)
def test_the_dateline_names_no_actor(dm: Dragoman, text: str, expected: set[tuple[str, str, str]]) -> None:
    got = {(e.source.code, e.code, e.target.code if e.target else "") for e in dm.code(text, "2024-05-10")}
    assert got == expected
