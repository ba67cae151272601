"""Resolving date expressions against the publication date.

News dates are mostly relative to the day of publication: "on Thursday" is the latest Thursday on or before
it, "in April" in a July article is April of that year, "last November" is the November before. These common
shapes are resolved here exactly; anything else goes to dateparser with the publication date as its base and
a preference for the past. Durations ("two months", "72 hours") are not points in time and resolve to nothing.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import dateparser
from dateparser.date import DateDataParser

from dragoman.model import Precision

_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9

_NUMBER_WORDS = (
    r"\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|few|some|many"
)
_UNITS = r"seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century"
_DURATION = re.compile(
    rf"^(?:about|nearly|almost|around|over|more than|less than|at least|up to|some|the past|the last|"
    rf"the next|the first|the previous|another|a further)?\s*(?:{_NUMBER_WORDS})?[\s-]*(?:{_UNITS})$"
)
_AGO = re.compile(rf"^(?:about |nearly |some )?({_NUMBER_WORDS})\s+({_UNITS})\s+(ago|earlier)$")
_SAME_DAY = re.compile(
    r"^(?:today|tonight|this morning|this afternoon|this evening|that night|that day|the same day|"
    r"earlier in the day|later in the day|earlier today|later that day|the day|same day|day|"
    r"hours earlier|hours later|midnight|noon|that|(?:earlier|later) that day)$"
)
_DECADE = re.compile(r"^(?:the )?(?:early |mid-|mid |late )?(?:\d{4}|\d0)'?s$")
_YEAR = re.compile(r"^(?:in |the year )?(1[89]\d\d|20\d\d)$")
_FILLER = re.compile(
    r"^(?:on|in|since|by|from|until|till|during|at|of|late|early|earlier|the|mid|mid-|the end of|"
    r"the start of|the beginning of|the middle of)\s+"
)
_PART_OF_DAY = re.compile(r"\s+(?:morning|afternoon|evening|night|midnight)$")
_WORD_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    day: date  # first day of the period
    precision: Precision


def _strip(text: str) -> str:
    out = text.strip().lower().replace("’", "'").rstrip(".,;")
    out = re.sub(r"\s+", " ", out)
    previous = None
    while previous != out:
        previous = out
        out = _FILLER.sub("", out)
    return _PART_OF_DAY.sub("", out).strip()


def _latest_weekday(weekday: int, base: date) -> date:
    return base - timedelta(days=(base.weekday() - weekday) % 7)


def _month_year(month: int, base: date, direction: str) -> int:
    if direction == "next":
        return base.year if month > base.month else base.year + 1
    if direction == "last":
        return base.year if month < base.month else base.year - 1
    return base.year if month <= base.month else base.year - 1


def resolve_date(text: str, published: date | None) -> ResolvedDate | None:
    """Resolve one date expression; ``None`` for durations, decades and what cannot be placed in time."""
    expr = _strip(text)
    if not expr or _DURATION.match(expr) or _DECADE.match(expr):
        return None
    if m := _YEAR.match(expr):
        return ResolvedDate(date(int(m.group(1)), 1, 1), Precision.YEAR)
    if published is None:
        return _absolute(expr)
    if _SAME_DAY.match(expr):
        return ResolvedDate(published, Precision.DAY)
    if expr in ("this year", "earlier this year", "this year's", "year"):
        return ResolvedDate(date(published.year, 1, 1), Precision.YEAR)
    if expr in ("this month", "earlier this month"):
        return ResolvedDate(published.replace(day=1), Precision.MONTH)
    if expr in ("yesterday", "last night"):
        return ResolvedDate(published - timedelta(days=1), Precision.DAY)
    if m := _AGO.match(expr):
        return _ago(m.group(1), m.group(2), published)
    direction = ""
    for word in ("last", "next", "this", "past"):
        if expr.startswith(word + " "):
            direction = "next" if word == "next" else ("last" if word in ("last", "past") else "")
            expr = expr[len(word) + 1 :]
            break
    if expr in _WEEKDAYS:
        day = _latest_weekday(_WEEKDAYS[expr], published)
        if direction == "next":
            day = published + timedelta(days=((_WEEKDAYS[expr] - published.weekday()) % 7) or 7)
        elif direction == "last" and day == published:
            day -= timedelta(days=7)
        return ResolvedDate(day, Precision.DAY)
    if expr in _MONTHS:
        month = _MONTHS[expr]
        return ResolvedDate(date(_month_year(month, published, direction), month, 1), Precision.MONTH)
    if expr in ("week", "month", "year") and direction:
        return _relative_period(expr, direction, published)
    return _parsed(expr, published)


def _ago(amount: str, unit: str, published: date) -> ResolvedDate | None:
    n = int(amount) if amount.isdigit() else _WORD_NUMBERS.get(amount)
    if n is None:
        return None
    unit = unit.rstrip("s")
    if unit in ("second", "minute", "hour"):
        return ResolvedDate(published, Precision.DAY)
    if unit == "day":
        return ResolvedDate(published - timedelta(days=n), Precision.DAY)
    if unit == "week":
        return ResolvedDate(published - timedelta(weeks=n), Precision.DAY)
    if unit == "month":
        total = published.year * 12 + published.month - 1 - n
        return ResolvedDate(date(total // 12, total % 12 + 1, 1), Precision.MONTH)
    if unit == "year":
        return ResolvedDate(date(published.year - n, 1, 1), Precision.YEAR)
    return None


def _relative_period(unit: str, direction: str, published: date) -> ResolvedDate | None:
    step = 1 if direction == "next" else -1
    if unit == "year":
        return ResolvedDate(date(published.year + step, 1, 1), Precision.YEAR)
    if unit == "month":
        total = published.year * 12 + published.month - 1 + step
        return ResolvedDate(date(total // 12, total % 12 + 1, 1), Precision.MONTH)
    return None  # "last week" names no day


_PRECISIONS = {"day": Precision.DAY, "week": Precision.DAY, "month": Precision.MONTH, "year": Precision.YEAR}


def _absolute(expr: str) -> ResolvedDate | None:
    """Only fully explicit dates can be placed without a publication date."""
    if not re.search(r"\b(1[89]|20)\d\d\b", expr):
        return None
    parsed = dateparser.parse(expr, settings={"REQUIRE_PARTS": ["year"], "RETURN_AS_TIMEZONE_AWARE": False})
    if parsed is None:
        return None
    has_day = bool(re.search(r"\b\d{1,2}(st|nd|rd|th)?\b(?!\d)", re.sub(r"\b\d{4}\b", "", expr)))
    has_month = any(m in expr.split() for m in _MONTHS)
    precision = Precision.DAY if has_day else Precision.MONTH if has_month else Precision.YEAR
    return _at(parsed.date(), precision)


def _parsed(expr: str, published: date) -> ResolvedDate | None:
    base = datetime(published.year, published.month, published.day, 12, 0)
    parser = DateDataParser(
        languages=["en"],
        settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False},
    )
    data = parser.get_date_data(expr)
    if data.date_obj is None:
        return None
    precision = _PRECISIONS.get(data.period or "day", Precision.DAY)
    day = data.date_obj.date()
    has_year = bool(re.search(r"\b(1[89]|20)\d\d\b", expr))
    if not has_year and day > published + timedelta(days=1):
        # a month and day without a year: the latest such day not after publication
        try:
            day = day.replace(year=day.year - 1)
        except ValueError:  # 29 February
            day = day.replace(year=day.year - 1, day=28)
    return _at(day, precision)


def _at(day: date, precision: Precision) -> ResolvedDate:
    if precision is Precision.MONTH:
        return ResolvedDate(day.replace(day=1), precision)
    if precision is Precision.YEAR:
        return ResolvedDate(date(day.year, 1, 1), precision)
    return ResolvedDate(day, precision)
