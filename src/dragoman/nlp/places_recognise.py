"""Places: the toponyms of a parsed article, recognised (before resolution and the literal test).

A toponym is a GPE, LOC or FAC entity of the parse (a single word the gazetteer does not know only after a
locative preposition, next to a settlement noun or before its division: "Snetterton, Norfolk"; a list the
recogniser took as one name is split: "Thruxton, Hampshire", "Suwon and Incheon"; names of events and
sports clubs are dropped: "Easter Vigil Mass", "Birmingham City"), a NORP entity that names a place
through its adjective ("Russian troops", "European markets"), a dateline's place wherever the dateline
stands ("... Press WASHINGTON (AP) --", "KOLKATA, India --"), a name the recogniser missed
(:mod:`dragoman.nlp.places_names`), or a road number ("the A120"); a known place the article names is
found again where the recogniser saw nothing ("IMMOKALEE -" then "revitalize Immokalee"); storms named
like towns are dropped ("hurricanes ...: Harvey, Irma and Maria").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from dragoman.nlp.gazetteer import FeatureClass, Gazetteer, name_key
from dragoman.nlp.places_metonymy import PLACE_LABELS
from dragoman.nlp.places_names import (
    KEPT_LAST_WORDS,
    PLACE_TYPE_WORDS,
    _after_place_prep,
    _gazetteer_mentions,
    _hyphened,
    _in_division,
    _in_place,
    _listed,
    _Mention,
    _name_words,
    _typed,
)
from dragoman.nlp.places_tokens import _char_span, _Tokens

# Last words of names of events and laws the recogniser sometimes calls facilities ("Easter Vigil Mass",
# "New York Auto Show", "the Framework Act"): not toponyms unless the gazetteer knows the name.
EVENT_HEADS = frozenset({"mass", "vigil", "day", "show", "act", "week"})


def _mentions(
    toks: _Tokens,
    gazetteer: Gazetteer,
    adjectives: dict[str, str],
    doc_text: str,
    ents: Sequence[Span],
    datelines: list[tuple[int, int]],
) -> list[_Mention]:
    found: list[_Mention] = []
    doc = toks.doc
    lower = toks.lower
    people = _name_words(toks, ents)
    # dateline names first: the recogniser often splits or mislabels them ("ST. LOUIS")
    found.extend(_dateline_mentions(doc, gazetteer, doc_text, datelines))
    in_dateline = {i for mention in found for i in range(mention.span.start, mention.span.end)}
    for ent in ents:
        label = ent.label_
        if label not in PLACE_LABELS and label != "NORP":
            continue
        span = _trimmed(ent, toks)
        if span is None:
            continue
        start, end = span.start, span.end
        if in_dateline and not in_dateline.isdisjoint(range(start, end)):
            continue
        text = doc_text[span.start_char : span.end_char]
        if label in PLACE_LABELS:
            candidates = gazetteer.lookup(text)
            longer = _hyphen_extended(toks, span)
            if longer is not None:  # "Gilgit-Baltistan", of which the recogniser took "Gilgit"
                longer_text = doc_text[longer.start_char : longer.end_char]
                if found_longer := gazetteer.lookup(longer_text):
                    span, text, candidates = longer, longer_text, found_longer
                    start, end = span.start, span.end
            size = end - start
            if not candidates and (lower[end - 1] in EVENT_HEADS or _team(toks, start, end)):
                continue
            parts = [] if candidates or size < 2 else _listed(toks, span, gazetteer, doc_text)
            if parts:  # "Thruxton, Hampshire", "Suwon and Incheon": a list the recogniser took as one
                found.extend(parts)
                continue
            if not candidates and size > 1 and lower[end - 1] in PLACE_TYPE_WORDS:  # "Homs province"
                candidates = gazetteer.lookup(
                    doc_text[span.start_char : toks.idx[end - 2] + len(toks.text[end - 2])]
                )
            # a single word the gazetteer does not know is more often a person's name ("Buhari", "Yulia")
            # than a place, unless a preposition, a settlement noun or its division says it is one
            unknown = not candidates and size == 1
            if (
                unknown
                and not _after_place_prep(toks, start)
                and not _typed(toks, start, end)
                and not _in_division(toks, gazetteer, doc_text, start, end, {})
            ):
                continue
            # nor a word of a personal name the article gives in full ("Salah" after "Mohamed Salah")
            towns = all(entry.feature_class == FeatureClass.PLACE for entry in candidates)
            if size == 1 and towns and lower[start] in people and not _in_place(toks, start):
                continue
            # nor a name the gazetteer does not know that ends in a word of such a name ("Helen Kunz")
            personal = size > 1 and label != "FAC" and lower[end - 1] in people  # not "Trump Tower"
            if not candidates and personal and not _in_place(toks, start):
                continue
            found.append(_Mention(span, label, candidates, text))
        elif (key := name_key(text)) in adjectives:
            places = [e for e in gazetteer.lookup(adjectives[key]) if e.feature_class != FeatureClass.PLACE]
            found.append(_Mention(span, label, tuple(places), text))
    taken = {i for mention in found for i in range(mention.span.start, mention.span.end)}
    found.extend(_gazetteer_mentions(toks, gazetteer, doc_text, ents, taken, people))
    found.extend(_road_mentions(toks, doc_text, taken))
    found.extend(_repeated(toks, doc_text, found, ents))
    # storms named like towns ("hurricanes striking US soil: Harvey, Irma and Maria")
    found = [mention for mention in found if not _storm(toks, mention.span)]
    found.sort(key=lambda mention: mention.span.start)
    return _joined(found, toks, gazetteer, doc_text)


def _repeated(toks: _Tokens, doc_text: str, found: list[_Mention], ents: Sequence[Span]) -> list[_Mention]:
    """Other occurrences of a place name the article already uses as a known place, where the recogniser
    saw no entity at all ("IMMOKALEE -" in a dateline, then "revitalize Immokalee"): one sense per
    article. An occurrence must be whole capitalised words, not followed by another, outside any entity
    and any mention."""
    known = {mention.text.casefold(): mention for mention in found if mention.candidates}
    if not known:
        return []
    doc = toks.doc
    covered = {i for mention in found for i in range(mention.span.start, mention.span.end)}
    covered.update(i for ent in ents for i in range(ent.start, ent.end))
    out: list[_Mention] = []
    for first, last in _whole_names(doc_text, sorted(known, key=len, reverse=True)):
        tokens = _char_span(toks, first, last)
        if tokens is None:
            continue
        start, end = tokens
        if not covered.isdisjoint(range(start, end)):
            continue
        if not all(toks.title[i] or toks.upper[i] or not toks.alpha[i] for i in range(start, end)):
            continue
        name = doc_text[first:last]
        if end < toks.size and toks.title[end] and not name.isupper():
            continue  # the first words of a longer name ("Seoul Central District Court")
        mention = known[name.casefold()]
        out.append(_Mention(doc[start:end], mention.label, mention.candidates, name))
        covered.update(range(start, end))
    return out


def _whole_names(text: str, names: list[str]) -> list[tuple[int, int]]:
    r"""Where the (case-folded) names occur in the text as whole words, case ignored, from left to right
    without overlapping, the longest name first at each place: the matches of ``re.finditer`` with
    ``\b(?:name|...)\b`` (longest first) and IGNORECASE. In ASCII text they are found with ``str.find``
    (compiling that pattern, new for every article, costs more than coding the article)."""
    if not text.isascii() or not all(name and name.isascii() for name in names):
        # (the look-ahead at the names' first letters only spares the engine trying every name at every word)
        firsts = "".join(sorted({re.escape(name[0]) for name in names}))
        pattern = re.compile(
            r"\b(?=[" + firsts + r"])(?:" + "|".join(re.escape(name) for name in names) + r")\b",
            re.IGNORECASE,
        )
        return [match.span() for match in pattern.finditer(text)]
    lowered = text.lower()  # (ASCII: the same length, and the case ignored as IGNORECASE ignores it)
    longest: dict[int, int] = {}  # where a name starts -> where the longest one there ends
    for name in names:
        at = lowered.find(name)
        while at >= 0:
            end = at + len(name)
            if end > longest.get(at, -1) and _word_edge(text, at) and _word_edge(text, end):
                longest[at] = end
            at = lowered.find(name, at + 1)
    found: list[tuple[int, int]] = []
    for start in sorted(longest):
        if not found or start >= found[-1][1]:
            found.append((start, longest[start]))
    return found


def _word_edge(text: str, at: int) -> bool:
    r"""Whether ``\b`` holds at ``at`` in ASCII text: a word character on one side only."""
    before = at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")
    after = at < len(text) and (text[at].isalnum() or text[at] == "_")
    return before != after


def _hyphen_extended(toks: _Tokens, span: Span) -> Span | None:
    """The span with the word joined to its end by a hyphen ("Gilgit" in "Gilgit-Baltistan"), if any."""
    end = span.end
    if end + 1 < toks.size and _hyphened(toks, end - 1) and toks.text[end + 1][:1].isupper():
        return toks.doc[span.start : end + 2]
    return None


# Nouns of storms, whose names are often those of towns ("Hurricane Harvey", "the storm Irma").
STORM_NOUNS = frozenset({"hurricane", "storm", "typhoon", "cyclone"})


def _storm(toks: _Tokens, span: Span) -> bool:
    """Whether a name is that of a storm: after a storm noun or in apposition to one, as one of a list."""
    if span.start > 0 and toks.lower[span.start - 1] in STORM_NOUNS:
        return True
    role = span.root
    while role.dep_ == "conj" and role.head != role:
        role = role.head
    return role.dep_ == "appos" and role.head.lemma_.lower() in STORM_NOUNS


# Last words of the names of sports clubs named after their town ("Birmingham City", "Aston Villa").
TEAM_WORDS = frozenset({"city", "united", "rovers", "athletic", "wanderers", "albion", "hotspur", "villa"})


def _team(toks: _Tokens, start: int, end: int) -> bool:
    """Whether a name the gazetteer does not know is a sports club's: a place name or abbreviation then a
    club word ("Birmingham City", "Man City"); a city's own name ("Kansas City") is in the gazetteer."""
    return end - start > 1 and toks.lower[end - 1] in TEAM_WORDS and toks.title[end - 1]


DATELINE_MARKS = frozenset({",", "(", "—", "–", "-", "--", ":", "_"})
DATELINE_DASHES = frozenset({"—", "–", "-", "--", "_"})


NEWLINE = re.compile(r"\n")


def _datelines(toks: _Tokens, doc_text: str) -> list[tuple[int, int]]:
    """The token ranges of the place names of datelines: an all-capital name opening a line before a comma,
    dash or bracket ("BEIRUT, Syria --"), or anywhere before a news agency's bracket or a dash ("... Press
    WASHINGTON (AP) --", "OAKLAND, Calif. (AP) -"), or a capitalised name opening a line before an agency's
    bracket ("Hanoi (VNA) --", "Moscow, SANA -"); with the state or country after its comma
    ("KOLKATA, India --", "ALBUQUERQUE, N.M. (AP)")."""
    found: list[tuple[int, int]] = []
    # only tokens opening a line or all-capital are looked at
    size = toks.size
    is_upper, text = toks.upper, toks.text
    starts = toks.idx
    line_starts = {0} | {bisect.bisect_left(starts, m.end()) for m in NEWLINE.finditer(doc_text)}
    upper = [i for i, capital in enumerate(is_upper) if capital]
    for i in sorted(line_starts.union(upper)):
        if i >= size or (i > 0 and is_upper[i - 1]):
            continue
        line_start = i in line_starts
        end = _name_end(toks, i, upper=True)
        title = end == i and line_start and toks.title[i]
        if title:
            end = _name_end(toks, i, upper=False)
        if end == i or end >= size:
            continue
        tail = _dateline_tail(toks, end)
        if tail is None:
            if title or not line_start or text[end] not in DATELINE_MARKS:
                continue
            tail = end
        elif title and tail == end and text[end] in DATELINE_DASHES:
            continue  # "Mary - ..." is no dateline: a capitalised one needs an agency
        if not title and not line_start and starts[end - 1] + len(text[end - 1]) - starts[i] < 4:
            continue
        found.append((i, end))
        if tail > end + 1:
            found.append((end + 1, tail))
    return found


def _name_end(toks: _Tokens, start: int, upper: bool) -> int:
    """The end of a run of up to four all-capital (or capitalised) words from ``start``."""
    end = start
    size, text, is_upper = toks.size, toks.text, toks.upper
    while end < size and end - start < 4:
        word = text[end]
        if word == "." and end > start and not toks.space[end - 1]:  # "ST. LOUIS"
            end += 1
            continue
        if not word.rstrip(".").isalpha():
            break
        if not (is_upper[end] if upper else toks.title[end] or (end > start and is_upper[end])):
            break
        end += 1
    while end > start and text[end - 1] == ".":
        end -= 1
    return end


def _dateline_tail(toks: _Tokens, end: int) -> int | None:
    """Where the state or country after a dateline's comma ends (``end`` when there is none), when an
    agency's bracket or a dash follows the name or that part; ``None`` otherwise."""
    size, text = toks.size, toks.text
    part_end = end
    if text[end] == ",":
        part_end = end + 1
        while part_end < size and part_end - end <= 3 and _part_word(text[part_end]):
            part_end += 1
        agency = text[end + 1] if end + 1 < size else None
        if agency is not None and part_end == end + 1 and agency.isupper() and agency.endswith("-"):
            return end  # "Moscow, SANA- ..."
        if part_end == end + 1 or part_end >= size:
            return None
    after = text[part_end]
    if after in DATELINE_DASHES or (after.endswith("--") and part_end > end):
        return part_end
    if part_end > end and after == "," and _dated_dash(toks.doc, part_end + 1):
        return part_end  # "NAIROBI, Kenya, Apr 5 --"
    if after == "(" and part_end + 2 < size:
        agency = text[part_end + 1]
        if agency[:1].isupper() and toks.alpha[part_end + 1] and text[part_end + 2] == ")":
            return part_end
    return None


def _dated_dash(doc: Doc, start: int) -> bool:
    """Whether a date of up to three words then a dash follows ``start`` ("Apr 5 --")."""
    for i in range(start, min(start + 4, len(doc))):
        if doc[i].text in DATELINE_DASHES:
            return i > start
        if not (doc[i].like_num or doc[i].is_title):
            return False
    return False


def _part_word(text: str) -> bool:
    """A word of the state or country after a dateline's comma ("Calif.", "N.M.", "Philippines", "SC")."""
    return text[:1].isupper() and text.replace(".", "").isalpha()


def _dateline_mentions(
    doc: Doc, gazetteer: Gazetteer, doc_text: str, datelines: list[tuple[int, int]]
) -> list[_Mention]:
    """The dateline names (:func:`_datelines`) the gazetteer knows."""
    found: list[_Mention] = []
    for start, end in datelines:
        span = doc[start:end]
        text = doc_text[span.start_char : span.end_char]
        candidates = gazetteer.lookup(text)
        if candidates:
            found.append(_Mention(span, "GPE", candidates, text))
    return found


def _joined(mentions: list[_Mention], toks: _Tokens, gazetteer: Gazetteer, doc_text: str) -> list[_Mention]:
    """Two mentions next to each other or a comma apart that the gazetteer knows as one name ("Baja
    California", "Washington, D.C.") made one."""
    out: list[_Mention] = []
    for mention in mentions:
        last = out[-1] if out else None
        adjacent = last is not None and mention.span.start == last.span.end  # "Baja" "California"
        if last is not None and (
            adjacent or (mention.span.start == last.span.end + 1 and toks.text[last.span.end] == ",")
        ):
            span = toks.doc[last.span.start : mention.span.end]
            text = doc_text[span.start_char : span.end_char]
            candidates = gazetteer.lookup(text)
            if candidates:
                out[-1] = _Mention(span, last.label, candidates, text)
                continue
        out.append(mention)
    return out


# British and Irish road numbers ("the A120", "the M4", "A40(M)") and US interstates ("I-95").
ROAD_NUMBER_IN_TEXT = re.compile(r"\b(?:[AMBN]\d{1,4}(?:\(M\))?|I-\d{1,3})(?![\w(-])")
# Words after a road number that make it a road ("the A417 southbound carriageway", "M5 junction 12").
ROAD_WORDS = frozenset(
    {"road", "motorway", "carriageway", "junction", "southbound", "northbound", "eastbound", "westbound"}
)


def _road_mentions(toks: _Tokens, doc_text: str, taken: set[int]) -> list[_Mention]:
    """Road numbers named as roads: after "the" ("on the A120"), before a road word ("A417 southbound"), or
    in a list with such a road ("via the A436, A40 and A429")."""
    found: list[_Mention] = []
    last = -10
    for match in ROAD_NUMBER_IN_TEXT.finditer(doc_text):  # (a scan of the text: cheaper than of the tokens)
        tokens = _char_span(toks, match.start(), match.end())
        if tokens is None or tokens[1] - tokens[0] != 1 or tokens[0] in taken:
            continue
        i = tokens[0]
        before = toks.lower[i - 1] if i > 0 else ""
        after = toks.lower[i + 1] if i + 1 < toks.size else ""
        listed = i - last <= 2 and before in (",", "and", "or")
        if before == "the" or after in ROAD_WORDS or listed:
            found.append(_Mention(toks.doc[i : i + 1], "FAC", (), match.group()))
            last = i
    return found


def _trimmed(ent: Span, toks: _Tokens) -> Span | None:
    """The entity without leading lower-case words ("the", "north west London") or punctuation and
    without trailing punctuation, a possessive 's or lower-case words other than a place-type or street
    noun ("New York's" tagged as a noun, "the Pacific equatorial region", "Grand and State")."""
    start, end = ent.start, ent.end
    lower, punct, is_lower, tag = toks.lower, toks.punct, toks.is_lower, toks.tag
    while start < end and (lower[start] == "the" or punct[start] or is_lower[start]):
        start += 1
    while end > start and (
        punct[end - 1]
        or tag[end - 1] == "POS"
        or (is_lower[end - 1] and lower[end - 1] not in KEPT_LAST_WORDS)
    ):
        end -= 1
    if start == ent.start and end == ent.end:
        return ent  # (a new span costs more than the checks)
    return toks.doc[start:end] if end > start else None
