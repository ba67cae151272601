"""Places: names the entity recogniser missed, found in the gazetteer, and the tests they pass.

A run of proper nouns the gazetteer knows (with guards against names of people and things), one named as
a place by a settlement noun ("the village of Ashmi", "Khanasir town", "Bourbon and Dauphine streets") or
by its division ("Knockhill, Fife"), or the name of a street or building ("Royal Street", "Hotel Kyjev",
"Caesar's Palace"). Also the mention record and the word lists the rest of recognition shares.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span

from dragoman.nlp.gazetteer import FeatureClass, Gazetteer, GazetteerEntry, name_key, without_article
from dragoman.nlp.places_metonymy import LOCATED_NOUNS
from dragoman.nlp.places_tokens import _Tokens
from dragoman.nlp.syntax import time_words_start


@dataclass(frozen=True, slots=True)
class _Mention:
    span: Span
    label: str
    candidates: tuple[GazetteerEntry, ...]
    text: str  # the span's text (``Span.text`` rebuilds it from the tokens on every access)


LIST_LINKS = frozenset({",", "and", "&", "or", "/", "-"})


def _listed(
    toks: _Tokens, span: Span, gazetteer: Gazetteer, doc_text: str, links_only: bool = False
) -> list[_Mention]:
    """The places of a place entity the gazetteer does not know as a whole that is a list of names: parts
    between commas, conjunctions or slashes ("Donington Park, Leicestershire", "Suwon and Incheon"), or
    hyphens between countries, regions or seas ("Asia-Pacific"), or words each a
    country or division ("Greece Italy"); each part kept when the gazetteer knows it or it names a
    facility. With ``links_only`` (a run a settlement noun names as places: "the cities of Palmyra and
    Quaryatayn") only commas and conjunctions cut, and every part is kept. Empty when it is no such list."""
    lower = toks.lower
    cuts = [i for i in range(span.start + 1, span.end - 1) if lower[i] in LIST_LINKS]
    if not cuts and links_only:
        return []
    hyphened = any(toks.text[i] == "-" for i in cuts)
    if cuts:
        bounds = list(zip([span.start, *(i + 1 for i in cuts)], [*cuts, span.end], strict=True))
    else:
        bounds = [(i, i + 1) for i in range(span.start, span.end)]
    doc = toks.doc
    found: list[_Mention] = []
    for start, end in bounds:
        if end <= start:
            continue
        text = doc_text[toks.idx[start] : toks.idx[end - 1] + len(toks.text[end - 1])]
        candidates = gazetteer.lookup(text)
        if not cuts and not any(entry.feature_class == FeatureClass.ADMIN for entry in candidates):
            return []
        if hyphened and all(entry.feature_class == FeatureClass.PLACE for entry in candidates):
            return []  # a hyphen joins one name ("Miami-Dade", "al-Tanf") unless it joins areas
        facility = lower[end - 1] in FACILITY_HEADS
        if candidates or links_only or (end - start > 1 and facility):
            found.append(_Mention(doc[start:end], "FAC" if facility else "GPE", candidates, text))
    return found if len(bounds) > 1 else []


PROPER_TAGS = frozenset({"NNP", "NNPS"})
# Lower-case words inside a place name ("Bosnia and Herzegovina", "Dar es Salaam", "Stratford-upon-Avon").
NAME_LINKS = frozenset({"of", "and", "de", "del", "la", "le", "el", "al", "es", "upon", "on", "-", "du"})
MIN_POPULATION_PERSON = 100_000  # the least population of a town for a lone "person" entity to be its name
# Words after a name that make it a place's full name ("Oaxaca State", "Homs Governorate").
PLACE_TYPE_WORDS = frozenset(
    {
        "province",
        "governorate",
        "district",
        "region",
        "state",
        "county",
        "oblast",
        "prefecture",
        "valley",
        "city",
        "town",
        "village",
    }
)
# Entity labels whose whole span may still be a place the recogniser mislabelled ("Cyprus" as ORG).
MISLABELLED = frozenset({"ORG", "PERSON", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "NORP"})
# Prepositions before a name that make it a place rather than a person ("in Riverdale", "near Douma").
PLACE_PREPS = frozenset(
    {
        "in",
        "at",
        "near",
        "from",
        "to",
        "outside",
        "into",
        "across",
        "around",
        "towards",
        "within",
        "throughout",
    }
)
# The least population of a town for a lone capitalised word the recogniser did not call a place to be taken
# as its name, without and with a locative preposition before it.
MIN_POPULATION_ALONE = 50_000
MIN_POPULATION_ALTERNATE = 100_000  # the least population of a city to be found by an alternate name
# Verbs whose object is a place ("captured Badme", "shelled Douma").
PLACE_OBJECT_VERBS = frozenset(
    {
        "capture",
        "recapture",
        "seize",
        "liberate",
        "shell",
        "bomb",
        "storm",
        "occupy",
        "besiege",
        "overrun",
        "raid",
        "evacuate",
        "enter",
        "visit",
        "leave",
        "flee",
        "reach",
    }
)
MIN_POPULATION_AFTER_PREP = 1000


def _name_words(toks: _Tokens, ents: Sequence[Span]) -> set[str]:
    """The words of the doc's multi-word personal names ("wang" of "Wang Yi"), lower-cased."""
    lower = toks.lower
    return {
        lower[i] for ent in ents if ent.label_ == "PERSON" and len(ent) > 1 for i in range(ent.start, ent.end)
    }


def _untimed(toks: _Tokens, ent: Span) -> list[Span]:
    """A time entity without the place name the recogniser glued before its time word ("fired missiles at
    Odesa overnight": the TIME entity "Odesa overnight" is the time "overnight"); any other entity as is."""
    if ent.label_ not in ("DATE", "TIME"):
        return [ent]
    cut = time_words_start(toks.doc, ent.start, ent.end)
    return [ent] if cut == ent.start else [Span(toks.doc, cut, ent.end, label=ent.label)]


def _possessed(toks: _Tokens, ent: Span) -> list[Span]:
    """An entity split at a possessive 's inside it ("Derry's Altnagelvin Hospital": "Derry's", "Altnagelvin
    Hospital"), each part with the entity's label; the entity alone when there is none."""
    start, end = ent.start, ent.end
    if end - start < 3:
        return [ent]
    tag = toks.tag
    cut = next((i for i in range(start + 1, end - 1) if tag[i] == "POS"), None)
    if cut is None:
        return [ent]
    doc = toks.doc
    return [Span(doc, start, cut + 1, label=ent.label), Span(doc, cut + 1, end, label=ent.label)]


def _gazetteer_mentions(
    toks: _Tokens,
    gazetteer: Gazetteer,
    doc_text: str,
    ents: Sequence[Span],
    taken: set[int],
    people: set[str],
) -> list[_Mention]:
    """Runs of proper nouns that the gazetteer knows and that no place entity covers: each run is taken
    whole (with a trailing place-type word), and only under guards against names of people and things;
    ``people``: the words of the doc's multi-word personal names (:func:`_name_words`)."""
    # an entity is taken as two at a possessive inside it ("Derry's Altnagelvin Hospital")
    entity_of: dict[int, Span] = {
        i: part
        for ent in ents
        for piece in _untimed(toks, ent)
        for part in _possessed(toks, piece)
        for i in range(part.start, part.end)
    }
    lower = toks.lower
    # the doc's lower-case words
    words = set(itertools.compress(lower, toks.is_lower))
    doc = toks.doc
    found: list[_Mention] = []
    # a run opens with a proper noun, or "al-"/"el-" (see ``_name_run``): only those tokens are looked at
    openings = [
        i
        for i, (tag, word) in enumerate(zip(toks.tag, lower, strict=True))
        if tag in PROPER_TAGS or word in NAME_ARTICLES
    ]
    i = 0
    for opening in openings:
        if opening < i:
            continue
        i = opening
        end = _name_run(toks, i)
        if end == i:
            i += 1
            continue
        mention = None
        while mention is None and end > i:
            lone = end - i == 1 and ((lower[i] in people and not _in_place(toks, i)) or lower[i] in words)
            if not lone and taken.isdisjoint(range(i, end)):
                mention = _run_mention(toks, gazetteer, doc_text, i, end, entity_of)
                if mention is None and (
                    _typed(toks, i, end)
                    or _facility(toks, i, end, entity_of)
                    or _in_division(toks, gazetteer, doc_text, i, end, entity_of)
                ):
                    span = doc[i:end]
                    text = doc_text[span.start_char : span.end_char]
                    candidates = gazetteer.lookup(text)
                    parts = [] if candidates else _listed(toks, span, gazetteer, doc_text, links_only=True)
                    if parts:  # "the cities of Suwon and Incheon"
                        found.extend(parts[:-1])
                        mention = parts[-1]
                    else:
                        building = lower[end - 1] in FACILITY_HEADS or lower[i] in FACILITY_FIRSTS
                        label = "FAC" if building else "GPE"
                        mention = _Mention(span, label, candidates, text)
            if mention is None:  # "Yala and Pattani", "Karachi on April 18": the part before a link word
                end = next((j for j in range(i + 1, end) if lower[j] in NAME_LINKS), i)
        if mention is not None:
            found.append(mention)
            i = end
        else:
            i += 1
    return found


# Nouns for a kind of settlement or area that name a place next to them ("the village of Ashmi", "Khanasir
# town", "the al-Atebaa neighborhood").
SETTLEMENT_NOUNS = frozenset(
    {
        "village",
        "town",
        "city",
        "district",
        "neighborhood",
        "neighbourhood",
        "suburb",
        "area",
        "province",
        "governorate",
        "region",
        "county",
        "municipality",
        "settlement",
        "camp",
        "port",
        "island",
        "valley",
    }
)


# Last words of the names of streets, buildings and natural features ("Royal Street", "Manila Cathedral").
FACILITY_HEADS = frozenset(
    {
        "street",
        "st.",
        "avenue",
        "ave.",
        "rd.",
        "place",
        "palace",
        "cottage",
        "armory",
        "armoury",
        "complex",
        "campus",
        "graveyard",
        "station",
        "road",
        "drive",
        "boulevard",
        "lane",
        "square",
        "plaza",
        "bridge",
        "church",
        "cathedral",
        "basilica",
        "mosque",
        "temple",
        "synagogue",
        "stadium",
        "arena",
        "airport",
        "hospital",
        "library",
        "university",
        "college",
        "school",
        "park",
        "estate",
        "lagoon",
        "lake",
        "river",
        "canal",
        "bay",
        "beach",
        "island",
        "islands",
        "mountains",
        "racecourse",
        "plantation",
        "cemetery",
        "prison",
        "castle",
        "center",
        "centre",
        "hall",
        "hotel",
        "inn",
        "mall",
        "museum",
        "theatre",
        "theater",
        "zoo",
        "pier",
        "harbour",
        "harbor",
        "terminal",
        "highway",
        "motorway",
        "crossing",
        "heights",
        "hills",
        "falls",
        "creek",
        "forest",
        "gardens",
        "point",
        "valley",
    }
)


# First words of the names of buildings named head first ("Hotel Kyjev", "Palais des Nations").
FACILITY_FIRSTS = frozenset(
    {"hotel", "museum", "palais", "palazzo", "castle", "cathedral", "basilica", "mall", "stadium", "stade"}
)


def _facility(toks: _Tokens, start: int, end: int, entity_of: dict[int, Span]) -> bool:
    """Whether a proper-noun run of two words or more is the name of a street, building or feature (by its
    last word, or a first word that names a building: "Hotel Kyjev", "Museum of Ice Cream"), and no entity
    crosses its edges (but for a leading "the" or trailing punctuation)."""
    if end - start < 2:
        return False
    if toks.lower[end - 1] not in FACILITY_HEADS and toks.lower[start] not in FACILITY_FIRSTS:
        return False
    inside = {entity_of[j] for j in range(start, end) if j in entity_of}
    return all(_inside_or_minor(toks, entity, start, end) for entity in inside)


def _inside_or_minor(toks: _Tokens, entity: Span, start: int, end: int) -> bool:
    """Whether an entity lies within ``start:end`` but for a leading "the" or trailing punctuation."""
    outside = [*range(entity.start, start), *range(end, entity.end)]
    return all(toks.lower[j] == "the" or toks.punct[j] or toks.tag[j] == "POS" for j in outside)


DIVISION_CODES = frozenset({"ADM1", "ADM2"})


def _in_division(
    toks: _Tokens, gazetteer: Gazetteer, doc_text: str, start: int, end: int, entity_of: dict[int, Span]
) -> bool:
    """Whether a proper-noun run is followed by a comma and the name of a first- or second-level division
    ("Snetterton, Norfolk", "New Quay, Ceredigion", "Parkland, Fla."), which names it as a place there; not a
    person's full name unless a locative preposition comes before it ("Sen. Ben Sasse, Neb.")."""
    if end + 1 >= toks.size or toks.text[end] != ",":
        return False
    entity = entity_of.get(start)
    if entity is not None and entity.start < start:  # the end of a longer name ("Kaplan & Rothstein, P.A.")
        return False
    if (
        entity is not None
        and entity.label_ == "PERSON"
        and len(entity) > 1
        and not _after_place_prep(toks, start)
    ):
        return False
    stop = _name_run(toks, end + 1)
    first = toks.idx[end + 1]
    while stop > end + 1:
        name = doc_text[first : toks.idx[stop - 1] + len(toks.text[stop - 1])]
        if any(entry.feature_code in DIVISION_CODES for entry in gazetteer.lookup(name)):
            return True
        stop -= 1
    return False


# Lower-case nouns of streets that name the proper nouns before them as streets ("Bourbon and Dauphine
# streets", "State street").
STREET_NOUNS = frozenset({"street", "avenue", "road", "boulevard", "lane"})


NAMING_NOUNS = SETTLEMENT_NOUNS | STREET_NOUNS
# Lower-case last words an entity keeps ("Homs province", "Third street", "Methodist church").
KEPT_LAST_WORDS = NAMING_NOUNS | PLACE_TYPE_WORDS | FACILITY_HEADS


def _typed(toks: _Tokens, start: int, end: int) -> bool:
    """Whether a proper-noun run is named as a place by a settlement noun: "the town of X", "X village", or
    by a plural one after a list ("Bourbon and Dauphine streets")."""
    doc = toks.doc
    named = NAMING_NOUNS
    if end < toks.size:
        if toks.is_lower[end]:
            after = doc[end]
            if after.lemma_ in named and after.dep_ != "compound":
                return True
        if toks.lower[end] in ("and", ","):  # the first names of such a list
            nxt = _name_run(toks, end + 1)
            if end + 1 < nxt < toks.size and toks.tag[nxt] == "NNS" and doc[nxt].lemma_ in named:
                return True
    if start < 2:
        return False
    noun = start - 2
    return toks.lower[start - 1] == "of" and toks.is_lower[noun] and doc[noun].lemma_ in SETTLEMENT_NOUNS


def _mixed_case(toks: _Tokens, start: int, i: int) -> bool:
    """Whether token ``i`` is a capitalised mixed-case word ("MetroHealth") inside a longer name; alone it
    is mostly a surname ("McGregor")."""
    if not toks.text[i][:1].isupper():
        return False
    return i > start or (i + 1 < toks.size and toks.tag[i + 1] in PROPER_TAGS and toks.title[i + 1])


# Arabic articles that may open a name hyphened to it ("al-Atebaa").
NAME_ARTICLES = frozenset({"al", "el"})


def _name_run(toks: _Tokens, start: int) -> int:
    """The end of the run of proper-noun tokens starting at ``start`` (``start`` when there is none); words
    joined by hyphens count as one ("Mazar-e-Sharif", "al-Atebaa")."""
    end = start
    size = toks.size
    tags, lower, title = toks.tag, toks.lower, toks.title
    while end < size:
        proper = tags[end] in PROPER_TAGS and (
            title[end] or toks.upper[end] or not toks.alpha[end] or _mixed_case(toks, start, end)
        )
        linked = (
            not proper
            and end > start
            and lower[end] in NAME_LINKS
            and end + 1 < size
            and tags[end + 1] in PROPER_TAGS
            and title[end + 1]
        )
        article = end == start and lower[end] in NAME_ARTICLES and _hyphened(toks, end)
        if proper or linked:
            end += 1
        elif (end > start and _hyphened(toks, end - 1)) or (article and title[end + 2]):
            end += 2
        elif end > start and _possessive_facility(toks, end):  # "Caesar's Palace", "St. Peter's Basilica"
            return end + 2
        else:
            break
    return min(end, size)


def _possessive_facility(toks: _Tokens, i: int) -> bool:
    """Whether token ``i`` is a possessive 's followed by the last word of a facility's name and no more
    proper nouns ("Caesar's Palace"; not "Derry's Altnagelvin Hospital")."""
    if i + 1 >= toks.size or toks.tag[i] != "POS":
        return False
    after = i + 2
    return (
        toks.title[i + 1]
        and toks.lower[i + 1] in FACILITY_HEADS
        and (after >= toks.size or toks.tag[after] not in PROPER_TAGS or not toks.text[after][:1].isupper())
    )


def _hyphened(toks: _Tokens, i: int) -> bool:
    """Whether token ``i`` is joined by a hyphen, without spaces, to a word after it."""
    return (
        i + 2 < toks.size
        and not toks.space[i]
        and toks.text[i + 1] == "-"
        and not toks.space[i + 1]
        and toks.alpha[i + 2]
    )


def _run_mention(
    toks: _Tokens, gazetteer: Gazetteer, doc_text: str, start: int, end: int, entity_of: dict[int, Span]
) -> _Mention | None:
    name_end = end
    if end - start > 1 and toks.lower[end - 1] in PLACE_TYPE_WORDS:
        name_end = end - 1
    first = toks.idx[start]
    name = doc_text[first : toks.idx[name_end - 1] + len(toks.text[name_end - 1])]
    found = gazetteer.lookup(name)
    if not found:
        return None
    key = name_key(name)
    # a place's own name (or, for countries, divisions and regions, any of ours), not the alternate name of
    # a town, nor a city's unless a preposition or verb makes it a place ("around Kut", not "the Cup")
    placed: bool | None = None  # (read when first needed)
    kept: list[GazetteerEntry] = []
    for entry in found:
        if entry.feature_class != FeatureClass.PLACE or _own_name(entry, key):
            kept.append(entry)  # ("Qamishli" for "Al Qamishli")
        elif entry.population >= MIN_POPULATION_ALTERNATE:
            if placed is None:
                placed = _after_place_prep(toks, start)
            if placed:
                kept.append(entry)
    if not kept:
        return None
    candidates = tuple(kept)
    entities = {id(entity_of[j]) for j in range(start, end) if j in entity_of}
    if entities and start not in entity_of:
        return None  # a run that enters an entity midway is no name of its own (was a KeyError)
    entity = entity_of[start] if entities else None
    if entity is not None:
        # the whole entity, but for a possessive 's ("Harare's" of "Harare's Third Street")
        whole = len(entities) == 1 and entity.start == start and _inside_or_minor(toks, entity, start, end)
        # a country after a locative preposition that opens a longer name ("to the Holy See Mikayel
        # Minasyan": the ambassador's name run on)
        country = any(entry.is_country for entry in candidates) and _after_place_prep(toks, start)
        opening = len(entities) == 1 and entity.start <= start and country
        if not (whole or opening) or entity.label_ not in MISLABELLED:
            return None
    if not _plausible(toks, start, end, candidates, entity):
        return None
    text = doc_text[first : toks.idx[end - 1] + len(toks.text[end - 1])]
    return _Mention(toks.doc[start:end], "GPE", candidates, text)


def _is_dateline(toks: _Tokens, start: int, end: int) -> bool:
    """Whether the tokens ``start:end`` are an all-capital name opening a line ("WASHINGTON (AP) --",
    "BEIRUT, Syria --")."""
    at_line_start = start == 0 or "\n" in toks.text[start - 1]
    return at_line_start and all(toks.upper[i] or not toks.alpha[i] for i in range(start, end))


# Prepositions that put what follows somewhere even when it is also a person's name ("in Riverdale").
IN_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "into", "within", "throughout"})


def _in_place(toks: _Tokens, start: int) -> bool:
    """Whether a name comes right after a preposition of location ("in Riverdale", not "to Bolton") or
    modifies a noun of place ("the Riverdale gas station")."""
    if start > 0 and toks.lower[start - 1] in IN_PLACE_PREPS:
        return True
    token = toks.doc[start]
    return token.dep_ == "compound" and token.head.lemma_.lower() in LOCATED_NOUNS


def _after_place_prep(toks: _Tokens, start: int) -> bool:
    """Whether a name follows a locative preposition ("in Riverdale") or is the object of a verb whose
    object is a place ("captured Badme")."""
    lower = toks.lower
    before = start - 1 if start > 1 and lower[start - 1] == "the" else start
    if before > 0 and lower[before - 1] in PLACE_PREPS:  # "in Riverdale", "to the UAE"
        return True
    doc = toks.doc
    if start > 1 and lower[start - 1] == "of":  # where a person is from: "Jodi Mahler of Bellmore"
        person = doc[start - 3] if toks.text[start - 2] == "," and start > 2 else doc[start - 2]
        if person.ent_type_ == "PERSON":
            return True
    # the second of a coordination after such a preposition ("stops in Hilversum and Almelo")
    token = doc[start]
    first = token
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first is not token and first.i > 0 and first.dep_ == "pobj" and lower[first.i - 1] in PLACE_PREPS:
        return True
    return token.dep_ == "dobj" and token.head.lemma_ in PLACE_OBJECT_VERBS


def _plausible(
    toks: _Tokens, start: int, end: int, candidates: tuple[GazetteerEntry, ...], entity: Span | None
) -> bool:
    """Guards for a name the recogniser did not call a place: all-capital words only in a dateline or when
    long; a single word, or a whole entity of another kind, only for a country, division, region or a town
    of some size (smaller after a locative preposition); a person's name only after such a preposition;
    never just before a person's name."""
    strong = any(entry.feature_class != FeatureClass.PLACE for entry in candidates)
    biggest = max(entry.population for entry in candidates)
    upper = all(toks.upper[i] or not toks.alpha[i] for i in range(start, end))
    after_prep = _after_place_prep(toks, start)
    # an all-capital word is an acronym of something else unless a dateline, a long name of a country,
    # division or region, or a short one after a locative preposition ("in the UAE", "within the EU")
    if upper and not _is_dateline(toks, start, end):
        length = toks.idx[end - 1] + len(toks.text[end - 1]) - toks.idx[start]
        if not (strong and (length > 3 or after_prep)):
            return False
    if (
        entity is not None
        and entity.label_ == "PERSON"
        and not after_prep
        and biggest < MIN_POPULATION_PERSON
    ):
        return False
    least = MIN_POPULATION_AFTER_PREP if after_prep else MIN_POPULATION_ALONE
    if (end - start == 1 or entity is not None) and not strong and biggest < least:
        return False
    # "the Holy See Mikayel Minasyan": a country after a locative preposition may precede a person's name
    return end >= toks.size or toks.doc[end].ent_type_ != "PERSON" or (strong and after_prep)


def _own_name(entry: GazetteerEntry, key: str) -> bool:
    """Whether a place's own name (or that name without its Arabic article) has the lookup key ``key``."""
    if name_key(entry.name) == key:
        return True
    bare = without_article(entry.name)
    return bare is not None and name_key(bare) == key
