"""Resolving date expressions against the publication date.

News dates are mostly relative to the day of publication: "on Thursday" is the latest Thursday on or before
it, "in April" in a July article is April of that year, "last November" is the November before. These common
shapes are resolved here exactly; anything else goes to dateparser with the publication date as its base and
a preference for the past. Durations ("two months", "72 hours") are not points in time and resolve to nothing.
"""

from __future__ import annotations

import calendar
import functools
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
# "the next three years", "the past two weeks" (the filler "the" already stripped): a stretch, not a point
_SPAN = re.compile(rf"^(?:next|past|last|coming|previous|following)\s+(?:{_NUMBER_WORDS})[\s-]*(?:{_UNITS})$")
_ABOUT = r"(?:about |nearly |almost |some |just |only |over |more than )?"
_AGO = re.compile(rf"^{_ABOUT}({_NUMBER_WORDS})\s+({_UNITS})\s+(ago|earlier)$")
_SAME_DAY = re.compile(
    r"^(?:late |early )?(?:today|tonight|this morning|this afternoon|this evening|that night|that day|"
    r"the same day|"
    r"earlier in the day|later in the day|earlier today|later that day|the day|same day|day|"
    r"hours earlier|hours later|midnight|noon|that|(?:earlier|later) that day)$"
)
_DECADE = re.compile(r"^(?:the )?(?:early |mid-|mid |late )?(?:\d{4}|\d0)'?s$")
_LATER = re.compile(
    rf"^(?:{_NUMBER_WORDS})\s+(?:{_UNITS})\s+(?:later|afterwards|after)$|^(?:following|next) day$"
)
_BARE_NUMBER = re.compile(r"^'?\d{1,3}$|^\d{5,}$")  # ages, counts: not years
_DAY_RANGE = re.compile(r"\b(\d{1,2})\s*(?:-|–|and|to|through)\s*\d{1,2}\b(?!\d)")  # "April 24 and 25"
_YEAR = re.compile(r"^(?:in |the year )?(1[89]\d\d|20\d\d)$")
_FILLER = re.compile(
    r"^(?:on|in|since|by|from|until|till|during|at|of|late|early|earlier|the|mid|fiscal|end of|"
    r"start of|beginning of|middle of)\s+"
)
_PART_OF_DAY = re.compile(r"\s+(?:morning|afternoon|evening|night|midnight)$")
WORD_NUMBERS = {
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
    out = re.sub(r"\s+", " ", out).replace("mid-", "mid ")
    previous = None
    while previous != out:
        previous = out
        out = _FILLER.sub("", out)
    return _PART_OF_DAY.sub("", out).strip()


# days of the calendar named by their feast (fixed dates only): "on New Year's Day", "on Christmas Eve 2023"
_HOLIDAYS = {
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "boxing day": (12, 26),
    "valentine's day": (2, 14),
    "halloween": (10, 31),
    "bastille day": (7, 14),
}
_HOLIDAY = re.compile(r"^(?:the )?(" + "|".join(re.escape(h) for h in _HOLIDAYS) + r")(?:,? (\d{4}))?$")


def is_holiday(text: str) -> bool:
    """Whether an expression names a feast day of fixed date (the tagger calls some of them events)."""
    return _HOLIDAY.match(_strip(text)) is not None


def _holiday(expr: str, published: date | None) -> ResolvedDate | None:
    """The feast day an expression names: of the year it gives, else the latest on or before publication."""
    m = _HOLIDAY.match(expr)
    if m is None:
        return None
    month, day = _HOLIDAYS[m.group(1)]
    if m.group(2):
        return ResolvedDate(date(int(m.group(2)), month, day), Precision.DAY)
    if published is None:
        return None
    found = date(published.year, month, day)
    return ResolvedDate(found if found <= published else date(published.year - 1, month, day), Precision.DAY)


def _latest_weekday(weekday: int, base: date) -> date:
    return base - timedelta(days=(base.weekday() - weekday) % 7)


def _month_year(month: int, base: date, direction: str) -> int:
    if direction == "next":
        return base.year if month > base.month else base.year + 1
    if direction == "last":
        return base.year if month < base.month else base.year - 1
    return base.year if month <= base.month else base.year - 1


@functools.lru_cache(maxsize=8192)
def resolve_date(text: str, published: date | None) -> ResolvedDate | None:
    """Resolve one date expression; ``None`` for durations, decades and what cannot be placed in time.

    Memoised: news repeats its date expressions, and dateparser takes milliseconds for each.
    """
    expr = _DAY_RANGE.sub(r"\1", _strip(text))
    if (
        not expr
        or _DURATION.match(expr)
        or _SPAN.match(expr)
        or _DECADE.match(expr)
        or _BARE_NUMBER.match(expr)
        or _LATER.match(expr)
    ):
        return None  # ("two days later" counts from a day the text named before: see ``timing``)
    if m := _YEAR.match(expr):
        return ResolvedDate(date(int(m.group(1)), 1, 1), Precision.YEAR)
    if _HOLIDAY.match(expr):
        return _holiday(expr, published)
    if published is None:
        return _absolute(expr)
    if _SAME_DAY.match(expr):
        return ResolvedDate(published, Precision.DAY)
    if expr in ("this year", "earlier this year", "this year's", "year"):
        return ResolvedDate(date(published.year, 1, 1), Precision.YEAR)
    if expr in ("this month", "earlier this month"):
        return ResolvedDate(published.replace(day=1), Precision.MONTH)
    if expr in ("this week", "earlier this week"):
        return _within(published - timedelta(days=published.weekday()), published)
    if expr in ("yesterday", "last night"):
        return ResolvedDate(published - timedelta(days=1), Precision.DAY)
    if m := _AGO.match(expr):
        return _ago(m.group(1), m.group(2), published)
    # ("had pulled its diplomats out the previous week": the week before the story's, as "last week")
    expr = _PREVIOUS.get(expr, expr)
    direction = ""
    this = expr.startswith("this ")  # "this September": the one of the publication year
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
        year = published.year if this else _month_year(month, published, direction)
        return ResolvedDate(date(year, month, 1), Precision.MONTH)
    if expr in ("week", "month", "year") and direction:
        return _relative_period(expr, direction, published)
    return _parsed(expr, published)


def _ago(amount: str, unit: str, published: date) -> ResolvedDate | None:
    n = int(amount) if amount.isdigit() else WORD_NUMBERS.get(amount)
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
    if unit == "decade":
        return ResolvedDate(date(published.year - 10 * n, 1, 1), Precision.YEAR)
    return None


def _relative_period(unit: str, direction: str, published: date) -> ResolvedDate | None:
    step = 1 if direction == "next" else -1
    if unit == "year":
        return ResolvedDate(date(published.year + step, 1, 1), Precision.YEAR)
    if unit == "month":
        total = published.year * 12 + published.month - 1 + step
        return ResolvedDate(date(total // 12, total % 12 + 1, 1), Precision.MONTH)
    if direction == "last":
        monday = published - timedelta(days=published.weekday() + 7)
        return _within(monday, monday + timedelta(days=6))
    return None  # "next week": no act reported has happened then


def _within(first: date, last: date) -> ResolvedDate | None:
    """A week names no day: the month it lies in, or the year if it straddles two months ("last week" in a
    story of 3 May 2024 is 22-28 April: April 2024)."""
    if (first.year, first.month) == (last.year, last.month):
        return ResolvedDate(first.replace(day=1), Precision.MONTH)
    if first.year == last.year:
        return ResolvedDate(date(first.year, 1, 1), Precision.YEAR)
    return None


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
    has_month = any(word.rstrip(".,") in _MONTHS for word in expr.split())
    if not has_year and has_month and abs(day.year - published.year) > 1:
        return None  # a year dateparser read into a number that is not one
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


# --- TimeML values -------------------------------------------------------------------------------------

PRESENT_REF, PAST_REF, FUTURE_REF = "PRESENT_REF", "PAST_REF", "FUTURE_REF"
_REFS = {
    PRESENT_REF: frozenset({"now", "right now", "currently", "current", "present", "at present", "nowadays"}),
    PAST_REF: frozenset(
        {
            "past",
            "recently",
            "recent",
            "recent years",
            "recent months",
            "recent weeks",
            "recent days",
            "previously",
            "formerly",
            "time",
        }
    ),
    FUTURE_REF: frozenset({"future", "soon", "coming years", "coming months", "years to come"}),
}
# a period before the story's, named from the story's time: read as "last week", "last month" (not "the
# previous year", which mostly counts from a year the text named)
_PREVIOUS = {
    f"{the}{which} {unit}": f"last {unit}"
    for the in ("", "the ")
    for which in ("previous", "preceding", "prior")
    for unit in ("week", "month")
} | {f"{the}{unit} before": f"last {unit}" for the in ("", "the ") for unit in ("week", "month")}
_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_TIMEX_DECADE = re.compile(r"^(?:(1[0-9]|20)(\d)0|'?(\d)0)'?s$")
_CENTURY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th) century$")
_CENTURY_WORDS = {"nineteenth": 19, "twentieth": 20, "twenty-first": 21, "eighteenth": 18}
_QUARTER = re.compile(r"^(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter(?: of (\d{4}))?$")
_HALF = re.compile(r"^(first|second) half(?: of (\d{4}))?$")
_WEEKS_AGO = re.compile(rf"^{_ABOUT}({_NUMBER_WORDS})\s+weeks?\s+(?:ago|earlier)$")
_SPAN_OF_TIME = re.compile(  # "the past two years": a duration
    rf"^(?:past|last|next|previous|coming|first|final)\s+(?:{_NUMBER_WORDS})\s+(?:{_UNITS})$"
)
_NEXT_DAYS = {"tomorrow": 1, "the day after tomorrow": 2}


def timex_value(text: str, dct: date, *, future: bool = False) -> str | None:
    """The TimeML ``value`` of a DATE expression read against the document creation time ``dct``.

    Values are ISO-like: ``2025-07-03``, ``2025-04``, ``2025``, ``2025-W27``, ``2025-W27-WE`` (weekend),
    ``2025-Q2``, ``2025-H1``, ``2025-SU`` (season), ``199`` (the 1990s), ``19`` (the 20th century),
    ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``. ``future`` says the expression dates a future event
    (the verb is "will ..."): a bare weekday, month or month and day then means the next one, not the
    last. ``None`` for durations ("two months") and what cannot be placed.
    """
    expr = _strip(text)
    expr = re.sub(r"'s?$", "", expr).strip()
    if not expr or _SPAN_OF_TIME.match(expr):
        return None
    for ref, words in _REFS.items():
        if expr in words:
            return ref
    if shaped := _shaped_value(expr, dct):
        return shaped
    if _DURATION.match(expr):
        return None
    if future and (value := _future_value(expr, dct)):
        return value
    if expr in _NEXT_DAYS:
        return (dct + timedelta(days=_NEXT_DAYS[expr])).isoformat()
    resolved = resolve_date(expr, dct)
    return None if resolved is None else _iso(resolved)


def _iso(resolved: ResolvedDate) -> str:
    day = resolved.day
    if resolved.precision is Precision.YEAR:
        return f"{day.year:04d}"
    if resolved.precision is Precision.MONTH:
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def _week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _shaped_value(expr: str, dct: date) -> str | None:
    """Weeks, weekends, seasons, quarters, halves, decades, centuries: what ResolvedDate cannot hold."""
    if m := _TIMEX_DECADE.match(expr):
        if m.group(1):
            return f"{m.group(1)}{m.group(2)}"
        decade = int(m.group(3))
        return f"{'19' if decade >= 2 else '20'}{decade}"
    if m := _CENTURY.match(expr):
        return f"{int(m.group(1)) - 1:02d}"
    words = expr.split(" ")
    if len(words) == 2 and words[1] == "century" and words[0] in _CENTURY_WORDS:
        return f"{_CENTURY_WORDS[words[0]] - 1:02d}"
    shift = {"this": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}
    step, unit = (shift[words[0]], " ".join(words[1:])) if words[0] in shift else (0, expr)
    if unit == "week" and words[0] in shift:
        return _week(dct + timedelta(weeks=step))
    if unit == "weekend":
        return _week(_weekend(dct, step if words[0] in shift else 0)) + "-WE"
    if unit in _SEASONS:
        year = dct.year + (step if words[0] in shift and words[0] != "past" else 0)
        return f"{year:04d}-{_SEASONS[unit]}"
    if m := _QUARTER.match(unit):
        year = int(m.group(2)) if m.group(2) else dct.year + step
        return f"{year:04d}-Q{_ORDINALS[m.group(1)]}"
    if unit in ("quarter",) and words[0] in shift:
        index = (dct.month - 1) // 3 + step
        return f"{dct.year + index // 4:04d}-Q{index % 4 + 1}"
    if m := _HALF.match(unit):
        year = int(m.group(2)) if m.group(2) else dct.year + step
        return f"{year:04d}-H{1 if m.group(1) == 'first' else 2}"
    if m := _WEEKS_AGO.match(expr):
        n = int(m.group(1)) if m.group(1).isdigit() else WORD_NUMBERS.get(m.group(1))
        return None if n is None else _week(dct - timedelta(weeks=n))
    return None


def _weekend(dct: date, step: int) -> date:
    """A day of the weekend meant: "the weekend" before a Wednesday is the last one, after it the next."""
    if dct.weekday() >= 5:
        return dct + timedelta(weeks=step)
    if step == 0:
        step = -1 if dct.weekday() <= 2 else 0
    return dct + timedelta(days=5 - dct.weekday()) + timedelta(weeks=step)


def _future_value(expr: str, dct: date) -> str | None:
    """A bare weekday, month or month and day of a future event: the next one on or after ``dct``."""
    if expr in _WEEKDAYS:
        return (dct + timedelta(days=(_WEEKDAYS[expr] - dct.weekday()) % 7)).isoformat()
    if expr in _MONTHS:
        month = _MONTHS[expr]
        return f"{dct.year if month >= dct.month else dct.year + 1:04d}-{month:02d}"
    resolved = resolve_date(expr, dct)
    if resolved is None or resolved.precision is not Precision.DAY or re.search(r"\b\d{4}\b", expr):
        return None
    if not any(word.rstrip(".") in _MONTHS for word in expr.split()):
        return None
    day = resolved.day
    while day < dct:
        try:
            day = day.replace(year=day.year + 1)
        except ValueError:  # 29 February
            day = day.replace(year=day.year + 1, day=28)
    return day.isoformat()
