"""Places: the gazetteer's name keys and ranking, literal vs metonymic use, and the event's place.

The parse-dependent cases load the spaCy model (marked slow) but use a small hand-made gazetteer, so
they never build the full index.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dragoman.nlp.gazetteer import FeatureClass, Gazetteer, GazetteerEntry, distance_km, name_key


def _entry(gid: int, name: str, country: str, code: str, population: int, lat: float = 0.0) -> GazetteerEntry:
    fclass = FeatureClass.ADMIN if code in ("PCLI", "ADM1") else FeatureClass.PLACE
    return GazetteerEntry(gid, name, lat, 0.0, country, "", fclass, code, population)


KHARKIV = _entry(1, "Kharkiv", "UKR", "PPL", 1_400_000, 50.0)
DOHA = _entry(2, "Doha", "QAT", "PPLC", 340_000, 25.3)
DOHA_VILLAGE = _entry(3, "Doha", "IND", "PPL", 7_000, 27.7)
VILNIUS = _entry(4, "Vilnius", "LTU", "PPLC", 540_000, 54.7)
MOSCOW = _entry(5, "Moscow", "RUS", "PPLC", 10_000_000, 55.8)
KABUL = _entry(6, "Kabul", "AFG", "PPLC", 3_000_000, 34.5)
GEORGIA = _entry(7, "Georgia", "GEO", "PCLI", 3_700_000, 42.3)
GEORGIA_STATE = _entry(8, "Georgia", "USA", "ADM1", 0, 32.9)
GENEVA = _entry(9, "Geneva", "CHE", "PPL", 180_000, 46.2)
IRAN = _entry(10, "Iran", "IRN", "PCLI", 80_000_000, 32.0)
RUSSIA = _entry(11, "Russia", "RUS", "PCLI", 144_000_000, 60.0)
TRIPOLI = _entry(12, "Tripoli", "LBY", "PPLC", 1_100_000, 32.9)
TRIPOLI_LEBANON = _entry(13, "Tripoli", "LBN", "PPL", 230_000, 34.4)
INDIA = _entry(14, "India", "IND", "PCLI", 1_400_000_000, 21.0)
ENTRIES = [
    *(KHARKIV, DOHA, DOHA_VILLAGE, VILNIUS, MOSCOW, KABUL, GEORGIA, GEORGIA_STATE, GENEVA, IRAN, RUSSIA),
    *(TRIPOLI, TRIPOLI_LEBANON, INDIA),
]
SMALL = Gazetteer.from_entries([(entry.name, entry) for entry in ENTRIES] + [("Russian Federation", RUSSIA)])


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Doha", "doha"),
        ("the Gambia", "gambia"),
        ("U.S.", "us"),
        ("São Paulo", "sao paulo"),
        ("Cote d\u2019Ivoire", "cote d'ivoire"),
        ("Guinea-Bissau", "guinea bissau"),
    ],
)
def test_name_key(text: str, key: str) -> None:
    assert name_key(text) == key


def test_lookup_gives_every_candidate_under_every_name() -> None:
    assert set(SMALL.lookup("DOHA")) == {DOHA, DOHA_VILLAGE}
    assert SMALL.lookup("the Russian Federation") == (RUSSIA,)
    assert SMALL.lookup("Atlantis") == ()


def test_distance_km() -> None:
    assert distance_km(0.0, 0.0, 0.0, 1.0) == pytest.approx(111.2, abs=0.1)
    assert distance_km(51.5, -0.13, 51.5, -0.13) == 0.0


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("Russian forces shelled Kharkiv on Monday.", "shelled", "Kharkiv"),
        ("The two ministers met in Doha on Tuesday.", "met", "Doha"),
        ("Hundreds held a rally outside the embassy in Vilnius.", "held", "Vilnius"),
        ("Moscow said the talks would resume.", "said", None),
        ("Kabul welcomed the decision.", "welcomed", None),
        ("The foreign minister of Russia held talks with Iran in Geneva.", "held", "Geneva"),
        ("Officials met on Friday and troops later shelled Kharkiv.", "met", None),
    ],
)
def test_place_for(text: str, trigger: str, place: str | None) -> None:
    from dragoman.nlp.pipeline import load_nlp
    from dragoman.nlp.places import PlaceIndex, place_for

    doc = load_nlp()(text)
    token = next(tok for tok in doc if tok.text == trigger)
    found = place_for(token, PlaceIndex(doc, None, (), SMALL))
    assert (found.name if found else None) == place
    if found is not None:
        assert found.span is not None and text[found.span.start : found.span.end] == place


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow said it would reply.", [("Moscow", False, "RUS")]),
        ("Russia's minister flew to Doha.", [("Russia", False, "RUS"), ("Doha", True, "QAT")]),
        ("Talks with Iran opened in Geneva.", [("Iran", False, "IRN"), ("Geneva", True, "CHE")]),
    ],
)
def test_toponyms_flag_metonymy(text: str, expected: list[tuple[str, bool, str]]) -> None:
    from dragoman.nlp.pipeline import load_nlp
    from dragoman.nlp.places import toponyms

    found = toponyms(load_nlp()(text), gazetteer=SMALL)
    assert [(t.span.text, t.literal, t.place.country) for t in found] == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "countries", "country"),
    [
        ("Protesters gathered in Doha.", (), "QAT"),  # the larger place
        # the article's actors' country wins over a namesake of comparable size, not over a capital fifty
        # times the size of its village
        ("Protesters gathered in Tripoli.", ("LBN",), "LBN"),
        ("Protesters gathered in Doha.", ("IND",), "QAT"),
        ("Protesters gathered in Doha, India.", ("IND",), "IND"),  # unless the text names the country
        ("Storms hit Georgia and Tbilisi.", (), "GEO"),  # a country outranks a division
    ],
)
def test_disambiguation(text: str, countries: tuple[str, ...], country: str) -> None:
    from dragoman.nlp.pipeline import load_nlp
    from dragoman.nlp.places import toponyms

    found = toponyms(load_nlp()(text), countries, SMALL)
    assert found[0].place.country == country


KARACHI = _entry(20, "Karachi", "PAK", "PPL", 11_600_000, 24.9)
SYRIA = _entry(21, "Syria", "SYR", "PCLI", 22_000_000, 35.0)
TORONTO = _entry(22, "Toronto", "CAN", "PPL", 2_600_000, 43.7)
NEW_ORLEANS = _entry(23, "New Orleans", "USA", "PPL", 390_000, 29.95)
AMARA = _entry(24, "Amarah", "IRQ", "PPL", 420_000, 31.8)
VIENNA = _entry(25, "Vienna", "AUT", "PPLC", 1_700_000, 48.2)
WASHINGTON = _entry(26, "Washington", "USA", "PPLC", 690_000, 38.9)
ALEPPO = _entry(27, "Aleppo", "SYR", "PPL", 1_600_000, 36.2)
MORE = Gazetteer.from_entries(
    [
        (entry.name, entry)
        for entry in [*ENTRIES, KARACHI, SYRIA, TORONTO, NEW_ORLEANS, VIENNA, WASHINGTON, ALEPPO]
    ]
    + [("Amara", AMARA)]
)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "literal"),
    [
        ("Toronto police arrested two men.", "Toronto", False),  # a modifier of an agent
        ("Toronto schools closed early.", "Toronto", True),  # a modifier of a located thing
        ("Syria's economy shrank again.", "Syria", True),  # a possessor of a located thing
        ("Syria's decision surprised many.", "Syria", False),
        ("The minister accused Syria of lying.", "Syria", False),  # the object of a verb of judging
        ("The government of Syria said nothing.", "Syria", False),
    ],
)
def test_modifiers_and_objects_are_literal_by_what_they_qualify(text: str, name: str, literal: bool) -> None:
    from dragoman.nlp.pipeline import load_nlp
    from dragoman.nlp.places import toponyms

    found = {t.span.text: t.literal for t in toponyms(load_nlp()(text), gazetteer=MORE)}
    assert found[name] is literal


@pytest.mark.slow
def test_gazetteer_names_the_recogniser_missed_are_found() -> None:
    from dragoman.nlp.pipeline import load_nlp
    from dragoman.nlp.places import toponyms

    text = "Noor Jehan was shot and left for dead on the outskirts of Karachi on April 18."
    found = toponyms(load_nlp()(text), gazetteer=MORE)
    assert [(t.span.text, t.literal, t.place.country) for t in found] == [("Karachi", True, "PAK")]


@pytest.mark.slow
def test_a_dateline_is_literal() -> None:
    from dragoman.nlp.pipeline import load_nlp
    from dragoman.nlp.places import toponyms

    found = toponyms(load_nlp()("WASHINGTON (AP) — The president signed the bill on Friday."), gazetteer=MORE)
    assert [(t.span.text, t.literal, t.place.country) for t in found][:1] == [("WASHINGTON", True, "USA")]


@pytest.mark.slow
def test_a_street_unknown_to_the_gazetteer_is_placed_near_the_town_named() -> None:
    from dragoman.nlp.pipeline import load_nlp
    from dragoman.nlp.places import toponyms

    text = "Police closed Royal Street in New Orleans after the parade."
    found = {t.span.text: t.place for t in toponyms(load_nlp()(text), gazetteer=MORE)}
    street = found["Royal Street"]
    assert street.geonames_id is None and street.country == ""
    assert (street.latitude, street.longitude) == (NEW_ORLEANS.latitude, NEW_ORLEANS.longitude)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("A policeman in Amara was killed by gunmen.", "killed", "Amara"),  # the subject's place
        ("In Vienna, some 200,000 people marched to celebrate the ruling.", "marched", "Vienna"),  # fronted
        (
            "Nine fighters were killed in the village of Ashmi in northern Syria.",
            "killed",
            "Ashmi",
        ),  # specific
        ("Three civilians were killed in shelling on Khanasir town near Aleppo.", "killed", "Khanasir"),
    ],
)
def test_place_for_beyond_the_clause_and_the_most_specific(text: str, trigger: str, place: str) -> None:
    from dragoman.nlp.pipeline import load_nlp
    from dragoman.nlp.places import PlaceIndex, place_for

    doc = load_nlp()(text)
    token = next(tok for tok in doc if tok.text == trigger)
    found = place_for(token, PlaceIndex(doc, None, (), MORE))
    assert found is not None and found.span is not None
    assert text[found.span.start : found.span.end] == place


def _area(gid: int, name: str, code: str, lat: float) -> GazetteerEntry:
    fclass = FeatureClass.WATER if code in ("OCN", "SEA") else FeatureClass.AREA
    return GazetteerEntry(gid, name, lat, 0.0, "", "", fclass, code, 0)


EUROPE = _area(30, "Europe", "CONT", 48.7)
DC = GazetteerEntry(31, "District of Columbia", 38.9, -77.0, "USA", "DC", FeatureClass.ADMIN, "ADM1", 0)
FLORIDA = GazetteerEntry(32, "Florida", 28.75, -82.5, "USA", "FL", FeatureClass.ADMIN, "ADM1", 0)
PARKLAND_FL = GazetteerEntry(33, "Parkland", 26.3, -80.2, "USA", "FL", FeatureClass.PLACE, "PPL", 30_000)
PARKLAND_WA = GazetteerEntry(34, "Parkland", 47.2, -122.4, "USA", "WA", FeatureClass.PLACE, "PPL", 35_000)
MAKHMUR = _entry(35, "Makhmur", "IRQ", "PPL", 20_000, 35.8)
AREAS = Gazetteer.from_entries(
    [(entry.name, entry) for entry in [*ENTRIES, EUROPE, PARKLAND_FL, PARKLAND_WA, MAKHMUR, SYRIA]]
    + [("Washington, D.C.", DC), ("D.C.", DC), ("Florida", FLORIDA), ("Fla.", FLORIDA)]
)


@pytest.mark.slow
def test_region_adjectives_and_continents() -> None:
    from dragoman.nlp.pipeline import load_nlp
    from dragoman.nlp.places import toponyms

    text = "European markets fell, and Europe's leaders met in Geneva."
    found = [(t.span.text, t.literal, t.place.name) for t in toponyms(load_nlp()(text), gazetteer=AREAS)]
    assert ("European", True, "Europe") in found  # a place adjective of a located thing
    assert ("Europe", True, "Europe") in found  # a continent is not taken for an actor


@pytest.mark.slow
def test_names_split_by_a_comma_and_the_division_named() -> None:
    from dragoman.nlp.pipeline import load_nlp
    from dragoman.nlp.places import toponyms

    text = "He flew to Washington, D.C., on Monday and then to Parkland, Fla., on Friday."
    found = [(t.span.text, t.place.name, t.place.admin1) for t in toponyms(load_nlp()(text), gazetteer=AREAS)]
    assert found == [
        ("Washington, D.C.", "District of Columbia", "DC"),
        ("Parkland", "Parkland", "FL"),  # Florida is named: its Parkland, not the larger one
        ("Fla.", "Florida", "FL"),
    ]


@pytest.mark.slow
def test_the_place_hung_on_a_party_is_still_searched() -> None:
    from dragoman.nlp.pipeline import load_nlp
    from dragoman.nlp.places import PlaceIndex, place_for

    text = "Thirty fighters were killed on Saturday in clashes with the Peshmerga forces in Makhmur district."
    doc = load_nlp()(text)
    token = next(tok for tok in doc if tok.text == "killed")
    found = place_for(token, PlaceIndex(doc, None, (), AREAS))
    assert found is not None and found.name == "Makhmur"


@pytest.mark.slow
def test_a_word_of_a_personal_name_is_not_a_town() -> None:
    from dragoman.nlp.pipeline import load_nlp
    from dragoman.nlp.places import toponyms

    salah = _entry(40, "Salah", "EGY", "PPL", 60_000, 30.0)
    names = Gazetteer.from_entries([(entry.name, entry) for entry in [*ENTRIES, salah]])
    text = "Mohamed Salah scored twice for Liverpool. Salah later thanked the fans in Geneva."
    found = [t.span.text for t in toponyms(load_nlp()(text), gazetteer=names)]
    assert "Salah" not in found and "Geneva" in found


PAKISTAN = _entry(41, "Pakistan", "PAK", "PCLI", 200_000_000, 30.0)
NORFOLK = GazetteerEntry(42, "Norfolk", 52.65, 1.0, "GBR", "", FeatureClass.ADMIN, "ADM2", 0)
UNION = GazetteerEntry(43, "European Union", 50.85, 4.35, "", "", FeatureClass.ADMIN, "UNION", 0)
WIDER = Gazetteer.from_entries(
    [
        (entry.name, entry)
        for entry in [*ENTRIES, KARACHI, SYRIA, TORONTO, VIENNA, WASHINGTON, ALEPPO, PAKISTAN, NORFOLK]
    ]
    + [("EU", UNION), ("European Union", UNION)]
)


def _found(text: str) -> dict[str, bool]:
    from dragoman.nlp.pipeline import load_nlp
    from dragoman.nlp.places import toponyms

    return {t.span.text: t.literal for t in toponyms(load_nlp()(text), gazetteer=WIDER)}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a dateline inside a line, after the byline
        ("By Jane Roe, Associated Press VIENNA (AP) — Talks on the deal resumed on Monday.", ["VIENNA"]),
        # a dateline with its country after the comma
        ("KARACHI, Pakistan – Police arrested three men on Sunday.", ["KARACHI", "Pakistan"]),
    ],
)
def test_datelines_anywhere_are_literal(text: str, names: list[str]) -> None:
    found = _found(text)
    assert all(found.get(name) is True for name in names), found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "literal"),
    [
        ("The council ordered Syria to withdraw its troops.", "Syria", False),  # object of a control verb
        ("Syria is concerned about the plan.", "Syria", False),  # a copula of stance
        ("The interests of Syria were discussed at length.", "Syria", False),  # what a polity has
        ("Officers closed the Toronto police station on Friday.", "Toronto", True),  # a chain of modifiers
        ("Two ministers left for Vienna on Monday.", "Vienna", True),  # a destination after "left for"
        ("The rules apply within the EU from next year.", "EU", True),  # a union as a place
        ("A delegation from Syria arrived on Monday.", "Syria", False),  # a polity's body "from" it
        ("The pressure on Syria grew after the vote.", "Syria", False),  # what one party does to another
        ("Ten countries, including Syria, expelled the envoys.", "Syria", False),  # an example of parties
        ("The firm agreed to sell artillery to Pakistan last year.", "Pakistan", False),  # a recipient
        ("It was an attack that the army has blamed on Pakistan.", "Pakistan", False),  # who is blamed
        ("Officials said Pakistan used to be a key market for tea.", "Pakistan", True),  # a phase verb
        ("Pakistan has been experiencing record smog this winter.", "Pakistan", True),  # where it happens
        ("Chinese State Councilor Wang Yi met the envoy.", "Chinese", False),  # a title, not a state
        ("Sen. Ben Smith, R-Norfolk, called the bill dangerous.", "Norfolk", False),  # a legislator's seat
        ("Tickets for the Toronto festival sold out.", "Toronto", True),  # what happens there
        ("The minister said Vietnam sees Syria as a partner.", "Syria", False),  # judged as something
        ("A helicopter from Vienna and Coastguard teams from Karachi helped.", "Vienna", True),  # a conjunct
    ],
)
def test_literal_use_by_construction(text: str, name: str, literal: bool) -> None:
    found = _found(text)
    assert found.get(name) is literal, found


@pytest.mark.slow
def test_institutions_and_clubs_are_not_literal_places() -> None:
    found = _found("A professor at Toronto University said Birmingham City played well in Vienna.")
    assert found.get("Toronto University") is not True
    assert "Birmingham City" not in found
    assert found.get("Vienna") is True


@pytest.mark.slow
def test_road_numbers_and_places_named_in_a_division_are_found() -> None:
    found = _found(
        "Traffic was diverted via the A436, A40 and A429. The race is held at Snetterton, Norfolk."
    )
    assert {"A436", "A40", "A429", "Snetterton", "Norfolk"} <= {
        name for name, literal in found.items() if literal
    }


@pytest.mark.slow
def test_a_name_the_article_uses_as_a_place_is_a_place_again() -> None:
    found = _found("KARACHI, Pakistan – Police arrested three men. Residents said Karachi was calm.")
    assert found.get("Karachi") is True, found


@pytest.mark.slow
def test_trailing_lower_case_words_and_storms_are_not_part_of_places() -> None:
    found = _found(
        "Rain fell in New York’s parks, with three major hurricanes striking US soil: "
        "Karachi, Aleppo and Vienna."
    )
    assert "New York’s" not in found
    assert not {"Karachi", "Aleppo", "Vienna"} & set(found), found


@pytest.mark.slow
def test_the_place_in_a_possessive_inside_a_name_is_found() -> None:
    found = _found("Harare’s Third Street and Toronto’s Union Station will be renamed.")
    assert found.get("Toronto") is True, found


@pytest.mark.slow
def test_legislatures_are_bodies_not_places() -> None:
    found = _found("On March 28, 2018, Poroshenko called on the Verkhovna Rada to repeal the rule.")
    assert found.get("Verkhovna Rada") is False, found


# --- the per-doc lists places reads instead of tokens (docs built by hand: no model is loaded)


def _hand_doc() -> Doc:
    import spacy

    words = ["IMMOKALEE", ",", "Fla.", "--", "In", "Al-Qamishli", "\n", "Caesar", "'s", "Palace", "shut", "."]
    words += ["Officials", "in", "McAllen", "said", "so", "."]
    spaces = [False, True, True, True, True, False, False, False, True, True, False, True]
    spaces += [True, True, True, True, False, False]
    heads = [0, 0, 0, 0, 10, 4, 5, 8, 9, 10, 10, 10, 15, 12, 13, 15, 15, 15]
    deps = ["ROOT", "punct", "appos", "punct", "prep", "pobj", "dep", "poss", "case", "nsubj", "ROOT"]
    deps += ["punct", "nsubj", "prep", "pobj", "ROOT", "advmod", "punct"]
    pos = ["PROPN", "PUNCT", "PROPN", "PUNCT", "ADP", "PROPN", "SPACE", "PROPN", "PART", "PROPN", "VERB"]
    pos += ["PUNCT", "NOUN", "ADP", "PROPN", "VERB", "ADV", "PUNCT"]
    tags = ["NNP", ",", "NNP", ":", "IN", "NNP", "_SP", "NNP", "POS", "NNP", "VBD", ".", "NNS", "IN"]
    tags += ["NNP", "VBD", "RB", "."]
    starts = [True, *([False] * 11), True, *([False] * 5)]
    vocab = spacy.blank("en").vocab
    return Doc(vocab, words, spaces, tags=tags, pos=pos, heads=heads, deps=deps, sent_starts=starts)


def test_token_lists_are_the_tokens_attributes() -> None:
    from dragoman.nlp.places import _Tokens

    doc = _hand_doc()
    toks = _Tokens(doc)
    assert toks.size == len(doc)
    for i, token in enumerate(doc):
        assert toks.text[i] == token.text and toks.lower[i] == token.lower_ and toks.tag[i] == token.tag_
        assert (toks.title[i], toks.upper[i], toks.alpha[i]) == (
            token.is_title,
            token.is_upper,
            token.is_alpha,
        )
        assert (toks.is_lower[i], toks.punct[i]) == (token.is_lower, token.is_punct)
        assert toks.space[i] == bool(token.whitespace_) and toks.idx[i] == token.idx
    empty = _Tokens(Doc(doc.vocab, words=[]))
    assert empty.size == 0 and empty.text == [] and empty.idx == []


def test_char_spans_are_those_of_the_doc() -> None:
    from dragoman.nlp.places import _char_span, _Tokens

    doc = _hand_doc()
    toks = _Tokens(doc)
    size = len(doc.text)
    for start in range(size + 1):
        for end in range(start + 1, size + 2):
            span = doc.char_span(start, end)
            assert _char_span(toks, start, end) == (None if span is None else (span.start, span.end))


def test_the_parse_lists_are_the_tokens_tree() -> None:
    from dragoman.nlp.places import _Parse, _Tokens

    doc = _hand_doc()
    parse = _Parse(doc[0], _Tokens(doc).lower)
    for token in doc:
        assert parse.kids.get(token.i, []) == [child.i for child in token.children]
        assert parse.dep[token.i] == token.dep_ and parse.lower[token.i] == token.lower_


CHINATOWN = _entry(30, "Chinatown", "USA", "PPL", 100_000, 37.8)
SUVA = _entry(31, "Suva", "FJI", "PPLC", 90_000, -18.1)
SAN_FRANCISCO = _entry(32, "San Francisco", "USA", "PPL", 870_000, 37.8)
QUALIFIED = Gazetteer.from_entries([(e.name, e) for e in (CHINATOWN, SUVA, SAN_FRANCISCO)])


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Rioters torched shops in Suva's Chinatown on Friday.", "FJI"),
        ("Rioters torched shops in Chinatown in Suva on Friday.", "FJI"),
        ("Protesters marched through Chinatown in San Francisco on Friday.", "USA"),  # a candidate lies there
        ("Protesters marched through Chinatown on Friday.", "USA"),
    ],
)
def test_a_town_qualified_by_a_place_of_another_country_is_part_of_that_place(
    text: str, country: str
) -> None:
    from dragoman.nlp.pipeline import load_nlp
    from dragoman.nlp.places import toponyms

    found = {t.span.text: t for t in toponyms(load_nlp()(text), (), QUALIFIED)}
    assert found["Chinatown"].place.country == country
