from datetime import date

import pytest

from dragoman.model import Precision
from dragoman.nlp.dates import resolve_date

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
]


@pytest.mark.parametrize(("text", "published", "day", "precision"), CASES)
def test_resolves_against_publication_date(
    text: str, published: date, day: date, precision: Precision
) -> None:
    resolved = resolve_date(text, published)
    assert resolved is not None, text
    assert (resolved.day, resolved.precision) == (day, precision)


@pytest.mark.parametrize(
    "text", ["two months", "72 hours", "nearly two years", "three decades", "the 1990s", "four years", ""]
)
def test_durations_and_decades_are_not_dates(text: str) -> None:
    assert resolve_date(text, FRIDAY) is None


def test_without_publication_date_only_explicit_dates_resolve() -> None:
    assert resolve_date("Thursday", None) is None
    resolved = resolve_date("March 17, 2023", None)
    assert resolved is not None
    assert (resolved.day, resolved.precision) == (date(2023, 3, 17), Precision.DAY)
