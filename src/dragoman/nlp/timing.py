"""Which date an event takes: the expression that governs its clause, else the publication date.

Three kinds of cue are read from the doc's DATE and TIME entities:

- absolute or relative points in time ("on Thursday", "In April", "in August 2021"), anchored to the verb
  they modify directly; a date inside a further prepositional phrase describes something else;
- offsets of a subordinate clause ("a day after Belarus scrambled a jet", "two days before"): the clause's
  date is the main clause's date shifted by the offset;
- anaphoric days ("the same day", "that night"): the date of the latest event dated from the text before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
from spacy.attrs import DEP
from spacy.tokens import Doc, Span, Token

from dragoman.model import CharSpan, DateSource, EventDate, Precision
from dragoman.nlp.dates import WORD_NUMBERS, ResolvedDate, is_holiday, resolve_date
from dragoman.nlp.syntax import (
    OCCASIONS,
    children,
    clause_subject_taken_for_object,
    clause_verb,
    is_verbal,
    main_clause,
    participle_conjuncts,
)

# days after the day named before: "two days later", "a week later", "the following day", "the next morning"
_LATER = re.compile(
    r"^(?:(?P<n>a|an|one|two|three|four|five|six|seven|\d+) (?P<unit>days?|weeks?) later|"
    r"the (?:following|next) (?:day|morning|afternoon|evening|night)|the day after|"
    r"(?:(?:a few|several|some|two|three|four|five|six|\d+) )?(?:hours?|minutes?) (?:later|earlier))$",
    re.I,
)
# days before the day named before: "two days earlier", "a week earlier", "the day before", "the previous day"
_EARLIER = re.compile(
    r"^(?:(?P<n>a|an|one|two|three|four|five|six|seven|\d+) (?P<unit>days?|weeks?) earlier|"
    r"the (?:previous|preceding) (?:day|morning|afternoon|evening|night)|the (?:day|night|evening) before)$",
    re.I,
)
# what the tagger leaves of "the day before" when a comma follows it: "The day before, Bangkok had ..."
_DAYS_NAMED_BY_THE = frozenset({"the day", "the night", "the evening", "the morning"})
_WITHIN_A_DAY = re.compile(r"\b(?:hours?|minutes?)\b", re.I)
_HOURS = re.compile(r"^(?:(?:a few|several|some|two|three|four|five|six|\d+) )?(?:hours?|minutes?)$", re.I)
_LATER_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_ANAPHORIC = re.compile(
    r"^(?:late |early )?"
    r"(?:the same (?:day|night|evening|morning)|that (?:day|night|evening|morning|afternoon)|"
    r"(?:earlier|later) that day|the same day)$",
    re.I,
)
_OFFSET = re.compile(
    r"^(?:about |nearly |some |just )?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a few|"
    r"several|hours|minutes)\s*(hours?|minutes?|days?|weeks?)?$",
    re.I,
)
_OFFSET_UNITS = frozenset({"day", "week", "hour", "minute"})


@dataclass(frozen=True, slots=True)
class DateCue:
    span: Span
    resolved: ResolvedDate
    anaphoric: bool = False
    after_days: int = (
        0  # an anaphoric cue's offset from the day named before it ("two days later": 2, "a day earlier": -1)
    )


@dataclass(frozen=True, slots=True)
class OffsetCue:
    span: Span
    days: int  # signed: "a day after" = -1 from the main clause


def _span(ent: Span) -> CharSpan:
    return CharSpan(ent.start_char, ent.end_char, ent.text)


class DateIndex:
    """The date cues of one doc, and the dating of its events."""

    def __init__(self, doc: Doc, published: date | None, ents: Sequence[Span] | None = None) -> None:
        """``ents``: the doc's entities, when the caller has already read them."""
        self.published = published
        self.points: dict[int, list[DateCue]] = {}
        self.offsets: dict[int, OffsetCue] = {}
        self.ordered: list[DateCue] = []  # non-anaphoric cues in text order, for "the same day"
        self.main: set[int] = set()  # starts of the ordered cues that date a sentence's main clause
        strings = doc.vocab.strings
        npadvmod = strings["npadvmod"]
        # (only the noun-phrase adverbials' lemmas are read: their positions off the doc's array of labels)
        for i in np.flatnonzero(doc.to_array(DEP) == npadvmod).tolist():
            # "a day after ...": the named-entity tagger often leaves these out, so read them off the parse
            token = doc[i]
            if token.lemma_.lower() in _OFFSET_UNITS:
                span = doc[token.left_edge.i : token.i + 1]
                offset = _offset(span)
                if offset is not None:
                    self.offsets[offset[0].i] = OffsetCue(span, offset[1])
        offset_roots = {o.span.root.i for o in self.offsets.values()}
        for ent in doc.ents if ents is None else ents:
            holiday = ent.label_ == "EVENT" and is_holiday(ent.text)  # ("on New Year's Day")
            if (ent.label_ not in ("DATE", "TIME") and not holiday) or ent.root.i in offset_roots:
                continue
            after = ent.root.head
            if after.i == ent.end and after.lower_ in ("earlier", "later") and ent.root.dep_ == "npadvmod":
                ent = doc[
                    ent.start : ent.end + 1
                ]  # ("Hours earlier Iran released ...": the tagger's "Hours")
            elif (
                ent.end + 1 < len(doc)
                and doc[ent.end].lower_ in ("before", "after")
                and doc[ent.end + 1].is_punct
                and ent.text.lower() in _DAYS_NAMED_BY_THE
            ):
                ent = doc[ent.start : ent.end + 1]  # ("The day before, Bangkok had expelled ...": "The day")
            later = _later_days(ent.text.strip())
            if (
                later is None
                and ent.root.dep_ == "pobj"
                and ent.root.head.lower_ == "within"
                and _HOURS.match(ent.text.strip())
            ):
                later = 0  # ("rallied behind Zelenskiy within hours": the day named before)
            if later is not None:
                anchor = _anchor(ent.root)
                if anchor is not None and published is not None:
                    cue = DateCue(ent, ResolvedDate(published, Precision.DAY), True, later)
                    self.points.setdefault(anchor.i, []).append(cue)
                continue
            if _deadline(ent.root) or _reference_point(ent.root):
                continue
            resolved = resolve_date(ent.text, published)
            if resolved is None:
                ent, resolved = _before_comma(ent, published)
            if resolved is None:
                continue
            if published is not None and resolved.day > published:
                continue  # the future is not when a reported act happened
            anchor = _anchor(ent.root)
            if anchor is not None:
                cue = DateCue(ent, resolved, bool(_ANAPHORIC.match(ent.text.strip())))
                self.points.setdefault(anchor.i, []).append(cue)
                if not cue.anaphoric:
                    self.ordered.append(cue)
                    if main_clause(anchor):
                        self.main.add(ent.start)

    def event_date(self, trigger: Token) -> EventDate:
        found = self._from_clauses(trigger, depth=0)
        if found is not None:
            return found
        if self.published is None:
            return EventDate.unknown()
        return EventDate.from_day(self.published, DateSource.PUBLISHED)

    def _from_clauses(self, trigger: Token, depth: int) -> EventDate | None:
        t = trigger if trigger.i in self.points else clause_verb(trigger)
        seen: set[int] = set()
        while t.i not in seen and depth < 5:
            seen.add(t.i)
            if t.i not in self.points:
                # "fired on and seized three vessels on Sunday": coordinated verbs share the date the last
                # of them carries
                dated = [c for c in children(t) if c.dep_ == "conj" and is_verbal(c) and c.i in self.points]
                # (and those the parser hangs on a participle on the object: "blocked two boats carrying
                # supplies and fired water cannon at them on Tuesday")
                dated += [c for c in participle_conjuncts(t) if c.i in self.points]
                # (and a day the parser hangs on a present participle describing the object: "boarded
                # navy boats delivering supplies to troops on Monday")
                dated += [
                    a
                    for o in children(t)
                    if o.dep_ in ("dobj", "obj") and is_verbal(t)
                    for a in children(o)
                    if a.dep_ == "acl" and a.tag_ == "VBG" and a.i in self.points
                ]
                if not dated:
                    # ("agreed to a ceasefire at talks hosted by Anwar Ibrahim in Putrajaya on Monday": an act
                    # done at an occasion takes the day the occasion's own clause names; the parser may hang
                    # the occasion on the verb's object)
                    taken = [o for o in children(t) if o.dep_ in ("dobj", "obj")]
                    taken += [
                        g for c in children(t) if c.dep_ == "prep" for g in children(c) if g.dep_ == "pobj"
                    ]
                    dated = [
                        a
                        for p in (*children(t), *(c for o in taken for c in children(o)))
                        if p.dep_ == "prep" and p.lower_ in ("at", "during")
                        for g in children(p)
                        if g.dep_ == "pobj" and g.lemma_.lower() in _SITTINGS
                        for a in children(g)
                        if a.dep_ in ("acl", "relcl") and a.i in self.points
                    ]
                if not dated and t.i != trigger.i and trigger.dep_ == "conj" and trigger.head.i == t.i:
                    # ("tried to cross the border last Friday but were pushed back": the day the parser hangs
                    # on the infinitive of the first conjunct dates the second)
                    dated = [
                        c for c in children(t) if c.dep_ == "xcomp" and c.i in self.points and c.i < trigger.i
                    ]
                # ("recalled its ambassador and expelled the envoy a day earlier": both a day earlier)
                if dated and (
                    not self.points[dated[-1].i][0].anaphoric or self.points[dated[-1].i][0].after_days < 0
                ):
                    t = dated[-1]
                elif t.lemma_.lower() == "give":
                    # ("gave the French ambassador 48 hours to leave the country on Friday": the parser hangs
                    # the day of the ultimatum on the infinitive; a day gone by is not the deadline)
                    left = [
                        c
                        for c in children(t)
                        if c.dep_ in ("xcomp", "advcl")
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))
                        and c.i in self.points
                        and not self.points[c.i][0].anaphoric
                        and self.published is not None
                        and self.points[c.i][0].resolved.day < self.published
                    ]
                    if left:
                        t = left[0]
            if t.i in self.points:
                cue = self.points[t.i][0]
                if cue.anaphoric:
                    # "the same day": the day named last before it; "two days later": two days after it
                    earlier = [c for c in self.ordered if c.span.start < cue.span.start]
                    # ("lifted sanctions on Saturday after a deal reached last July ... Hours earlier": a
                    # day-long anaphor refers to the last day named, not to a month)
                    earlier = [c for c in earlier if c.resolved.precision is Precision.DAY] or earlier
                    if earlier and earlier[-1].span.start not in self.main:
                        # "recalled ... on Friday, after a pact announced on Wednesday. A day earlier":
                        # the day of the sentence's main clause, not of a clause inside it
                        sent = earlier[-1].span.sent
                        main = [c for c in earlier if c.span.start in self.main and c.span.sent == sent]
                        earlier = main or earlier
                    if cue.after_days:
                        if not earlier and cue.after_days < 0 and self.published is not None:
                            # "a day earlier" with no day named before it: before the publication
                            start = self.published
                        elif not earlier or earlier[-1].resolved.precision is not Precision.DAY:
                            return None  # after a day the text does not name
                        else:
                            start = earlier[-1].resolved.day
                        day = start + timedelta(days=cue.after_days)
                        if self.published is not None and day > self.published:
                            return None  # a reported act is not after its report
                        return EventDate.from_day(day, DateSource.TEXT, _span(cue.span))
                    if earlier:
                        cue = DateCue(cue.span, earlier[-1].resolved)
                day, precision = cue.resolved.day, cue.resolved.precision
                return EventDate.at_precision(day, precision, DateSource.TEXT, _span(cue.span))
            if t.i in self.offsets and t.head.i != t.i:
                base = self._from_clauses(t.head, depth + 1)
                if base is None and self.published is not None:
                    # "closed the crossings, a day after it expelled ...": the main clause is dated by
                    # the publication
                    base = EventDate.from_day(self.published, DateSource.PUBLISHED)
                if base is not None and base.precision is Precision.DAY:
                    offset = self.offsets[t.i]
                    day = date.fromisoformat(base.value) + timedelta(days=offset.days)
                    return EventDate.from_day(day, DateSource.TEXT, _span(offset.span))
            if t.head.i == t.i:
                break
            if t.dep_ == "acl" and t.head.i in self.points:
                t = t.head  # "Australia's decision last month to cancel two agreements": the noun's date
                continue
            t = clause_verb(t.head)
        return None


def _later_days(text: str) -> int | None:
    """The days "two days later", "a week later", "the following day" put after the day named before ("hours
    later", "hours earlier": none), or, negative, "two days earlier", "the day before" put before it."""
    sign = 1
    m = _LATER.match(text)
    if m is None:
        m, sign = _EARLIER.match(text), -1
        if m is None:
            return None
    if m.group("n") is None:
        return 0 if _WITHIN_A_DAY.search(text) else sign
    n = int(m.group("n")) if m.group("n").isdigit() else _LATER_NUMBERS[m.group("n").lower()]
    return sign * (n * 7 if m.group("unit").lower().startswith("week") else n)


# gatherings at which acts are done: "agreed to a ceasefire at talks hosted by ... on Monday"
_SITTINGS = OCCASIONS | frozenset(
    {"conference", "ceremony", "session", "forum", "negotiation", "negotiations", "gathering", "dinner"}
    | {"reception", "event"}
)
# participles of a thing's standing use or keeping, which no weekday dates
_STANDING_USES = frozenset(
    {"use", "run", "operate", "own", "control", "man", "guard", "base", "locate", "house"}
)


def _anchor(root: Token) -> Token | None:
    """The verb a date expression modifies, if it modifies one directly: "In April, X removed ...",
    "X on Friday blocked ...". A date inside a further prepositional phrase describes something else
    ("normalise relations, after Egypt in 1979"): no anchor."""
    preps = 0
    named = root
    if root.dep_ in ("npadvmod", "nmod") and root.head.pos_ in ("NOUN", "PROPN") and root.head.i != root.i:
        return root.head  # "the shooting down of a warplane last November": the date of that noun
    if root.dep_ == "compound" and root.head.lemma_.lower() in _DAY_PARTS and root.head.i != root.i:
        root = root.head  # "on Monday night": the phrase is the night's
    if (
        root.dep_ in ("nummod", "compound", "amod", "poss")
        and root.head.pos_ == "NOUN"
        and root.head.i != root.i
        and not root.head.ent_type_
    ):
        return root.head  # "criticised NATO's 2011 intervention", "last year's election": that noun's date
    if _compared(root):
        return None
    t = root
    while not is_verbal(t) and t.head.i != t.i:
        if t.dep_ in ("prep", "agent"):
            preps += 1
            if preps > 1 and named.lower_ not in _WEEKDAYS:
                # (a weekday is the news' own time: "threatened Japan with sanctions on Monday")
                return None
        t = t.head
    if not is_verbal(t) and t.dep_ != "ROOT":
        return None
    if (
        t.dep_ == "advcl"
        and t.head.i != t.i
        and is_verbal(t.head)
        and any(c.dep_ == "mark" and c.lower_ == "while" for c in children(t))
    ):
        # "was shot dead while speaking at a gallery on Monday evening": what went on meanwhile is dated
        # with the act
        return t.head
    if (
        t.dep_ == "acl"
        and t.tag_ == "VBN"
        and t.lemma_.lower() in _STANDING_USES
        and named.lower_ in _WEEKDAYS
        and t.head.dep_ in ("dobj", "obj")
        and is_verbal(t.head.head)
    ):
        # "stormed an airstrip used by U.S. forces at Manda Bay on Sunday": a place's standing use has no
        # day; the parser hangs the act's day on it
        return t.head.head
    if t.dep_ == "xcomp" and t.head.lemma_.lower() in _APPEALING and t.head.i != t.i:
        # "called on Guterres to resign on Tuesday": what is asked for is still to come; the day is the call's
        return t.head
    if t.dep_ == "ccomp" and is_verbal(t.head) and t.head.i < root.i:
        # "Russia said on Thursday it had expelled ...": a date before the reported clause's subject is
        # the report's, wherever the parser hangs it
        subject = [c.i for c in children(t) if c.dep_ in ("nsubj", "nsubjpass")]
        if subject and root.i < min(subject):
            return t.head
    return t


_DAY_PARTS = frozenset(
    {"night", "morning", "evening", "afternoon", "dawn", "dusk", "midnight", "noon", "weekend"}
)
_COMPARING = frozenset({"after", "before", "like", "unlike", "following"})
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def _compared(root: Token) -> bool:
    """'the third Arab state to normalise relations, after Egypt in 1979': a date right after a name the
    sentence compares with ('after', 'before', 'like') dates that name's act, whatever the parser says."""
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.i == 0:
        return False
    before = root.doc[prep.i - 1]
    if before.pos_ != "PROPN":
        return False
    # "after Egypt in 1979 and Jordan in 1994": back over the list to its preposition
    for tok in reversed(root.doc[max(0, prep.i - 12) : prep.i - 1]):
        if tok.lower_ in _COMPARING:
            return True
        if tok.pos_ not in ("PROPN", "CCONJ", "PUNCT", "ADP", "NUM") or tok.is_sent_start:
            return False
    return False


_FUTURE_AUX = frozenset({"must", "will", "would", "should", "shall", "'ll", "to"})
_APPEALING = frozenset({"call", "urge", "ask", "press", "implore", "exhort", "encourage", "invite", "tell"})
_GRANTING = frozenset({"give", "grant", "allow", "extend"})  # verbs that grant time until a deadline


def _deadline(root: Token) -> bool:
    """'the diplomats must leave by the end of Monday', 'gave them until Friday to leave': a time limit
    of an act still to come dates nothing that happened."""
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ in ("on", "at") and prep.head.dep_ == "pobj":
        root, prep = prep.head, prep.head.head  # ("from midnight on Wednesday": the time the limit names)
    elif (
        root.dep_ == "pobj"
        and prep.lower_ == "on"
        and root.lower_ in _WEEKDAYS
        and is_verbal(prep.head)
        # ("Finland said on Thursday it will close the crossing": a day before the clause is the saying's,
        # whichever verb the parser hangs it on)
        and prep.i > prep.head.i
        and any(
            c.dep_ == "aux"
            and (c.lower_ in ("will", "shall", "'ll") or (c.lower_ == "would" and _reported(prep.head)))
            for c in children(prep.head)
        )
    ):
        # ("Finland will close the crossing ... on Wednesday": the day of an act to come; "Khan said the pilot
        # would be freed on Friday": one to come when it was said)
        return True
    if root.dep_ != "pobj" or prep.lower_ not in ("by", "until", "till", "from", "starting", "beginning"):
        return False  # ("would impose a tariff from June 10": the start of an act to come)
    verb = prep.head
    if prep.lower_ in ("until", "till") and verb.lemma_.lower() in _GRANTING:
        return True  # "gave Moscow until the end of Tuesday to explain itself": when time runs out
    return is_verbal(verb) and any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in children(verb))


def _reported(verb: Token) -> bool:
    """Whether a verb heads (or is coordinated with) a clause a verb of saying reports."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ccomp"


_FIRSTS = frozenset({"first", "last", "only"})


def _reference_point(root: Token) -> bool:
    """'the first since 2021', 'the first such visit since 2016', 'arrived on his ninth trip since October':
    the date a record is counted from dates nothing that happened now."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "since":
        return False
    ranked = prep.head
    if ranked.tag_ == "VBD" and not any(c.dep_ == "aux" for c in children(ranked)):
        # ("arrived in Israel on his ninth trip to the region since October": a past act done once is not
        # dated by the start of a period, which the parser hangs on it from a phrase of its own)
        return True
    return ranked.lower_ in _FIRSTS or any(
        c.lower_ in _FIRSTS or c.tag_ in ("JJS", "RBS")
        for c in children(ranked)
        if c.dep_ in ("amod", "advmod")
    )


def _before_comma(ent: Span, published: date | None) -> tuple[Span, ResolvedDate | None]:
    """'on Wednesday, days after ...', 'on Saturday to a week-long ceasefire': the tagger runs a day on into
    what follows it (after a comma or a preposition); the day before that is the date."""
    cut = next((t.i for t in ent if t.i > ent.start and (t.text == "," or t.pos_ == "ADP")), None)
    if cut is None:
        return ent, None
    head = ent.doc[ent.start : cut]
    return head, resolve_date(head.text, published)


def _offset(ent: Span) -> tuple[Token, int] | None:
    """'a day after X did', 'two weeks before': (the clause verb, signed days), else None."""
    root = ent.root
    head = root.head
    if (
        root.dep_ == "npadvmod"
        and head.lower_ in ("earlier", "later")
        and head.dep_ == "advmod"
        and is_verbal(head.head)
        and head.head.dep_ == "advcl"
    ):
        # ("protested on Sunday after a Chinese ship used water cannon a day earlier": before the clause's
        # governing verb)
        m = _OFFSET.match(ent.text.strip())
        n = (int(m.group(1)) if m.group(1).isdigit() else WORD_NUMBERS.get(m.group(1).lower())) if m else None
        if m is None or n is None or not (m.group(2) or "").lower().startswith(("day", "week")):
            return None
        days = n * (7 if (m.group(2) or "").lower().startswith("week") else 1)
        return head.head, -days if head.lower_ == "earlier" else days
    if (
        root.dep_ == "npadvmod"
        and head.dep_ == "mark"
        and head.lower_ in ("after", "before")
        and is_verbal(head.head)
    ):
        head = head.head  # ("three days after members of the guard detained ...": hung on the conjunction)
    if root.dep_ != "npadvmod" or not is_verbal(head):
        return None
    verb = head
    marks = [c.lower_ for c in children(verb) if c.dep_ in ("mark", "prep")]
    sign = -1 if "after" in marks else 1 if "before" in marks else 0
    if sign == 0:
        # "held a summit on Thursday, a day after arriving by train": the offset's own preposition
        # governs the earlier act
        taken = clause_subject_taken_for_object(verb, None)
        for prep in children(root):
            acts = [c for c in children(prep) if c.dep_ == "pcomp" and is_verbal(c)]
            if prep.dep_ == "prep" and prep.lower_ in ("after", "before") and acts:
                verb, sign = acts[0], -1 if prep.lower_ == "after" else 1
                break
            if (
                prep.dep_ == "prep"
                and prep.lower_ in ("after", "before")
                and taken is not None
                and taken.head == prep
            ):
                # ("a day after Bamako and its allies withdrew their envoys": the parser's object of "after"
                # is the subject of the clause it opens)
                sign = -1 if prep.lower_ == "after" else 1
                break
    if sign == 0:
        return None
    m = _OFFSET.match(ent.text.strip())
    if m is None:
        return None
    amount, unit = m.group(1).lower(), (m.group(2) or m.group(1)).lower()
    if unit.startswith(("hour", "minute")):
        return verb, 0
    n = int(amount) if amount.isdigit() else WORD_NUMBERS.get(amount)
    if n is None:
        return None
    return verb, sign * n * (7 if unit.startswith("week") else 1)
