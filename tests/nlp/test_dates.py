from datetime import date

import pytest

from dragoman.model import Precision
from dragoman.nlp.dates import resolve_date, timex_value

FRIDAY = date(2025, 7, 4)  # a Friday

CASES = [
    # expression, publication date, expected day, precision
    ("Thursday", FRIDAY, date(2025, 7, 3), Precision.DAY),
    ("on Friday", FRIDAY, date(2025, 7, 4), Precision.DAY),
    ("Saturday night", FRIDAY, date(2025, 6, 28), Precision.DAY),
    ("late on Friday", FRIDAY, date(2025, 7, 4), Precision.DAY),
    ("last Friday", FRIDAY, date(2025, 6, 27), Precision.DAY),
    ("In April", FRIDAY, date(2025, 4, 1), Precision.MONTH),
    ("December", FRIDAY, date(2024, 12, 1), Precision.MONTH),
    ("last November", FRIDAY, date(2024, 11, 1), Precision.MONTH),
    ("August 2021", FRIDAY, date(2021, 8, 1), Precision.MONTH),
    ("in 2016", FRIDAY, date(2016, 1, 1), Precision.YEAR),
    ("December 1", FRIDAY, date(2024, 12, 1), Precision.DAY),
    ("July 3, 2025", FRIDAY, date(2025, 7, 3), Precision.DAY),
    ("two weeks ago", FRIDAY, date(2025, 6, 20), Precision.DAY),
    ("three days ago", FRIDAY, date(2025, 7, 1), Precision.DAY),
    ("last month", FRIDAY, date(2025, 6, 1), Precision.MONTH),
    ("last year", FRIDAY, date(2024, 1, 1), Precision.YEAR),
    ("earlier this year", FRIDAY, date(2025, 1, 1), Precision.YEAR),
    ("yesterday", FRIDAY, date(2025, 7, 3), Precision.DAY),
    ("the same day", FRIDAY, date(2025, 7, 4), Precision.DAY),
    ("that night", FRIDAY, date(2025, 7, 4), Precision.DAY),
    ("hours earlier", FRIDAY, date(2025, 7, 4), Precision.DAY),
    # a week names no day: the month it lies in (23-29 June 2025), or the year when it straddles two
    ("last week", FRIDAY, date(2025, 6, 1), Precision.MONTH),
    ("last week", date(2025, 7, 9), date(2025, 1, 1), Precision.YEAR),
    ("earlier this week", date(2025, 7, 9), date(2025, 7, 1), Precision.MONTH),
    # the week or month before the story's, named from it
    ("the previous week", FRIDAY, date(2025, 6, 1), Precision.MONTH),
    ("the week before", FRIDAY, date(2025, 6, 1), Precision.MONTH),
    ("the preceding month", FRIDAY, date(2025, 6, 1), Precision.MONTH),
]


@pytest.mark.parametrize(("text", "published", "day", "precision"), CASES)
def test_resolves_against_publication_date(
    text: str, published: date, day: date, precision: Precision
) -> None:
    resolved = resolve_date(text, published)
    assert resolved is not None, text
    assert (resolved.day, resolved.precision) == (day, precision)


@pytest.mark.parametrize(
    "text",
    [
        "two months",
        "72 hours",
        "nearly two years",
        "three decades",
        "the 1990s",
        "four years",
        "",
        "the next three years",
        "the past two weeks",
    ],
)
def test_durations_and_decades_are_not_dates(text: str) -> None:
    assert resolve_date(text, FRIDAY) is None


def test_without_publication_date_only_explicit_dates_resolve() -> None:
    assert resolve_date("Thursday", None) is None
    resolved = resolve_date("March 17, 2023", None)
    assert resolved is not None
    assert (resolved.day, resolved.precision) == (date(2023, 3, 17), Precision.DAY)


@pytest.mark.parametrize(
    ("text", "day", "precision"),
    [
        ("this September", date(2025, 9, 1), Precision.MONTH),  # of the publication year, even ahead
        ("fiscal 2024", date(2024, 1, 1), Precision.YEAR),
        ("mid-March", date(2025, 3, 1), Precision.MONTH),
        ("the end of 2019", date(2019, 1, 1), Precision.YEAR),
        ("just six years ago", date(2019, 1, 1), Precision.YEAR),
        ("a decade ago", date(2015, 1, 1), Precision.YEAR),
        ("March 24 and 25", date(2025, 3, 24), Precision.DAY),  # a range of days: its first
        ("June 3-5", date(2025, 6, 3), Precision.DAY),
        ("New Year's Day", date(2025, 1, 1), Precision.DAY),  # feast days: the latest, or of the year given
        ("Christmas Eve", date(2024, 12, 24), Precision.DAY),
        ("Christmas Day 2019", date(2019, 12, 25), Precision.DAY),
    ],
)
def test_more_shapes(text: str, day: date, precision: Precision) -> None:
    resolved = resolve_date(text, FRIDAY)
    assert resolved is not None, text
    assert (resolved.day, resolved.precision) == (day, precision)


@pytest.mark.parametrize("text", ["65", "48", "'58", "100000"])
def test_bare_numbers_are_not_years(text: str) -> None:
    assert resolve_date(text, FRIDAY) is None


TIMEX_CASES = [
    # expression, TimeML value against a Friday 4 July 2025 creation time
    ("Thursday", "2025-07-03"),
    ("In April", "2025-04"),
    ("in August 2021", "2021-08"),
    ("two weeks ago", "2025-W25"),
    ("earlier this year", "2025"),
    ("last year's", "2024"),
    ("tomorrow", "2025-07-05"),
    ("this week", "2025-W27"),
    ("last week", "2025-W26"),
    ("next week", "2025-W28"),
    ("this weekend", "2025-W27-WE"),
    ("the weekend", "2025-W27-WE"),
    ("last summer", "2024-SU"),
    ("this spring", "2025-SP"),
    ("the third quarter", "2025-Q3"),
    ("the first quarter of 2023", "2023-Q1"),
    ("last quarter", "2025-Q2"),
    ("the first half", "2025-H1"),
    ("the 1990s", "199"),
    ("the mid-1980s", "198"),
    ("the '90s", "199"),
    ("the 2010s", "201"),
    ("the 20th century", "19"),
    ("the twenty-first century", "20"),
    ("now", "PRESENT_REF"),
    ("currently", "PRESENT_REF"),
    ("recently", "PAST_REF"),
    ("recent years", "PAST_REF"),
    ("the future", "FUTURE_REF"),
    ("2009", "2009"),
    ("Feb. 28", "2025-02-28"),
    ("Nov. 20", "2024-11-20"),
]


@pytest.mark.parametrize(("text", "value"), TIMEX_CASES)
def test_timex_value(text: str, value: str) -> None:
    assert timex_value(text, FRIDAY) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [("Tuesday", "2025-07-08"), ("Friday", "2025-07-04"), ("June", "2026-06"), ("Nov. 20", "2025-11-20")],
)
def test_timex_value_of_a_future_event_is_the_next_one(text: str, value: str) -> None:
    assert timex_value(text, FRIDAY, future=True) == value


@pytest.mark.parametrize(
    "text", ["two months", "the past two years", "five years'", "the next three days", "65", "every year", ""]
)
def test_timex_value_of_durations_is_none(text: str) -> None:
    assert timex_value(text, FRIDAY) is None


@pytest.mark.slow
def test_date_mentions_read_tense_split_ranges_and_skip_durations() -> None:
    from dragoman.nlp import load_nlp
    from dragoman.nlp.timexes import date_mentions

    text = (
        "The envoys met on Tuesday after two months of talks. They will meet again on Tuesday. "
        "The 2019-2020 drought is now over."
    )
    mentions = date_mentions(load_nlp()(text), FRIDAY)
    assert [(m.text, m.value) for m in mentions] == [
        ("Tuesday", "2025-07-01"),
        ("Tuesday", "2025-07-08"),
        ("2019", "2019"),
        ("2020", "2020"),
        ("now", "PRESENT_REF"),
    ]
