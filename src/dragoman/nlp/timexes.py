"""The DATE expressions of a text and their TimeML values (what ``dragoman eval --format timeml`` scores).

Mentions are spaCy's DATE entities that name a point or period in time (durations such as "two months" and
sets such as "every year" are left out), ranges of years split in two ("2009-2010"), plus the few
document-relative words the entity tagger never marks ("now", "currently", "recently", "the future").
Each is normalised by :func:`dragoman.nlp.dates.timex_value` against the document creation time; a bare
weekday, month or day of a verb in the future tense ("will meet on Friday") is the next one, else the last.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from dragoman.nlp.dates import timex_value
from dragoman.nlp.syntax import children

_FUTURE_AUX = frozenset(
    {"will", "'ll", "shall", "wo", "would", "'d", "going", "can", "may", "might", "must", "should"}
)
_SCHEDULING = frozenset({"plan", "schedule", "expect", "set", "postpone", "delay", "due", "intend"})
_REPORTING = frozenset({"say", "tell", "report", "announce", "state", "add", "confirm", "claim", "write"})
_SET = re.compile(r"^(?:every|each|per)\b|\b(?:daily|weekly|monthly|annually|yearly)\b", re.I)
_YEAR_RANGE = re.compile(r"\b(1[89]\d\d|20\d\d)\s*(?:-|–|to|and|through)\s*(1[89]\d\d|20\d\d|\d\d)\b")
_MONTH_NAME = "|".join(
    [name for name in calendar.month_name if name] + [name for name in calendar.month_abbr if name] + ["Sept"]
)
_EXPLICIT = re.compile(
    rf"\b(?:{_MONTH_NAME})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b(?!\d)"
    rf"|\b(?:{_MONTH_NAME})\.?,?\s+\d{{4}}\b|\b(?:1[89]|20)\d\d\b"
)
_REFERENCE_WORDS: dict[tuple[str, ...], str] = {
    ("now",): "now",
    ("currently",): "currently",
    ("recently",): "recently",
    ("the", "future"): "future",
}


@dataclass(frozen=True, slots=True)
class DateMention:
    """A DATE expression: character offsets into the doc's text, the text and its TimeML value."""

    start: int
    end: int
    text: str
    value: str


def date_mentions(doc: Doc, dct: date) -> tuple[DateMention, ...]:
    """The DATE expressions of ``doc`` in text order, normalised against the creation date ``dct``."""
    mentions: list[DateMention] = []
    taken: set[int] = set()
    for ent in doc.ents:
        if ent.label_ != "DATE" or _SET.search(ent.text):
            continue
        found = _entity_mentions(ent, dct)
        mentions.extend(found)
        if found:
            taken.update(range(ent.start, ent.end))
    mentions.extend(_reference_words(doc, dct, taken))
    return tuple(sorted(mentions, key=lambda m: m.start))


def _entity_mentions(ent: Span, dct: date) -> list[DateMention]:
    text, start = ent.text, ent.start_char
    if text.endswith("'s") or text.endswith("’s"):
        text = text[:-2]
    if m := _YEAR_RANGE.search(text):
        first, second = m.group(1), m.group(2)
        if len(second) == 2:
            second = first[:2] + second
        return [
            DateMention(start + m.start(1), start + m.end(1), m.group(1), first),
            DateMention(start + m.start(2), start + m.end(2), m.group(2), second),
        ]
    before = ent.doc[max(ent.start - 3, 0) : ent.start].text.lower()
    future = before == "as soon as" or is_future(ent.root)
    value = timex_value(text, dct, future=future)
    if value is not None:
        return [DateMention(start, start + len(text), text, value)]
    # "the quarter ended Sept. 30", "fiscal years through 1995": the explicit dates inside
    found: list[DateMention] = []
    for m in _EXPLICIT.finditer(text):
        value = timex_value(m.group(0), dct, future=future)
        if value is not None:
            found.append(DateMention(start + m.start(), start + m.end(), m.group(0), value))
    return found


def _reference_words(doc: Doc, dct: date, taken: set[int]) -> list[DateMention]:
    found: list[DateMention] = []
    for token in doc:
        for words, expression in _REFERENCE_WORDS.items():
            end = token.i + len(words)
            if end > len(doc) or any(i in taken for i in range(token.i, end)):
                continue
            if tuple(t.lower_ for t in doc[token.i : end]) != words:
                continue
            value = timex_value(expression, dct)
            span = doc[token.i : end]
            if value is not None:
                found.append(DateMention(span.start_char, span.end_char, span.text, value))
                taken.update(range(token.i, end))
    return found


def is_future(token: Token) -> bool:
    """Whether the clause ``token`` belongs to speaks of the future.

    Cues on the governing verb: a future or non-past modal ("will", "'ll", "would", "may", "should"...),
    "going to", a verb of scheduling ("plan", "schedule", "expect", "set", "postpone"), an infinitive
    ("to leave on Thursday"), or the simple present of a verb that does not report ("Congress reconvenes
    Jan. 24"; "says Tuesday" reports).
    """
    verb = token
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    chain = [verb]
    while chain[-1].dep_ in ("xcomp", "conj") and chain[-1].head is not chain[-1] and len(chain) < 4:
        chain.append(chain[-1].head)
    for candidate in chain:
        if candidate.lemma_.lower() in _SCHEDULING:
            return True
        for child in children(candidate):
            if child.dep_ in ("aux", "auxpass") and child.lower_ in _FUTURE_AUX:
                return True
    infinitive = any(child.dep_ == "aux" and child.lower_ == "to" for child in children(verb))
    if infinitive and not (verb.dep_ == "xcomp" and verb.head.tag_ == "VBD"):
        return True  # "to be published in November"; not "agreed to sell in October"
    past_aux = any(
        child.dep_ in ("aux", "auxpass") and child.tag_ in ("VBD", "VBN") for child in children(verb)
    )
    return verb.tag_ in ("VBZ", "VBP") and not past_aux and verb.lemma_.lower() not in _REPORTING
