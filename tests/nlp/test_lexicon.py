from pathlib import Path

import pytest

from dragoman.errors import LexiconError
from dragoman.nlp.lexicon import COLUMNS, load_lexicon, read_patterns

HEADER = "\t".join(COLUMNS)


def write(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "patterns.tsv"
    path.write_text("# test lexicon\n" + HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_bundled_lexicon_loads_and_indexes_triggers() -> None:
    lexicon = load_lexicon()
    assert len(lexicon) > 40
    assert any(p.code == "054" for p in lexicon.candidates("V", "recognize"))
    assert all(p.example for p in lexicon.patterns)


def test_pattern_fields_are_parsed(tmp_path: Path) -> None:
    path = write(
        tmp_path, "cut.v\t161\tV\tcut|sever\t\trelation|ties\twith\tsubj\tprep:with\t\tX cut ties with Y."
    )
    (pattern,) = read_patterns(path)
    assert pattern.lemmas == {"cut", "sever"}
    assert pattern.objects == {"relation", "ties"}
    assert pattern.prep is not None and pattern.prep.preps == {"with"}
    assert pattern.target == ("prep:with",)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("a\t54x\tV\tgo\t\t\t\t\t\t\tx", "2-4 digits"),
        ("a\t054\tX\tgo\t\t\t\t\t\t\tx", "pos must be"),
        ("a\t054\tV\t\t\t\t\t\t\t\tx", "no trigger"),
        ("a\t054\tV\tgo\t\t\t\tsubj\twhere\t\tx", "unknown slot"),
        ("a\t054\tV\tgo\t\t\t\t\t\tloud\tx", "unknown flags"),
        ("a\t054\tV\tgo", "columns"),
    ],
)
def test_bad_rows_are_rejected_with_file_and_line(tmp_path: Path, row: str, message: str) -> None:
    path = write(tmp_path, row)
    with pytest.raises(LexiconError, match=message) as info:
        read_patterns(path)
    assert f"{path}:3" in str(info.value)


def test_duplicate_ids_are_rejected(tmp_path: Path) -> None:
    row = "a\t054\tV\tgo\t\t\t\t\t\t\tx"
    with pytest.raises(LexiconError, match="duplicate"):
        read_patterns(write(tmp_path, row, row))


def test_every_code_in_the_lexicon_exists() -> None:
    from dragoman.model.cameo import load_cameo

    cameo = load_cameo()
    for pattern in load_lexicon().patterns:
        assert pattern.code in cameo, pattern.id


def test_modality_lexicon_loads_with_every_class() -> None:
    from dragoman.nlp.lexicon import load_modality

    modality = load_modality()
    assert "agree" in modality.intents and "agree" in modality.governors
    assert "say" in modality.reporting and "accuse" in modality.allegations and "also" in modality.ellipsis


def test_modality_rows_are_validated() -> None:
    from dragoman.nlp.lexicon import parse_modality

    with pytest.raises(LexiconError, match="unknown class"):
        parse_modality([(3, ["want", "wish"])], "modality.tsv")
    with pytest.raises(LexiconError, match="single lemma"):
        parse_modality([(3, ["call off", "governor"])], "modality.tsv")


def test_chain_codes_take_the_longest_prefix() -> None:
    lexicon = load_lexicon()
    assert lexicon.chain_code("02", "0874") == "0256"
    assert lexicon.chain_code("02", "0831") == "0241"  # "called on Guterres to resign"
    assert lexicon.chain_code("02", "080") == "025"
    assert lexicon.chain_code("13", "163") == "1312"
    assert lexicon.chain_code("02", "190") == "0256"
    assert lexicon.chain_code("11", "190") is None


def test_claims_and_allegations_are_not_asserted_and_swearing_is_an_intent() -> None:
    from dragoman.nlp.lexicon import load_modality

    modality = load_modality()
    assert {"claim", "allege"} <= modality.non_factive
    assert "swear" in modality.intents and "swear" in modality.governors


def test_domestic_speech_acts_may_share_a_country_and_stand_without_a_target() -> None:
    lexicon = load_lexicon()
    # "the opposition demanded elections", "the army threatened a curfew": acts within one state
    for lemma, code in [("demand", "100"), ("threaten", "130"), ("accuse", "112"), ("reject", "120")]:
        patterns = [p for p in lexicon.candidates("V", lemma) if p.code == code]
        assert patterns and all("internal" in p.flags for p in patterns), lemma
    assert all(
        "notarget" in p.flags for p in lexicon.patterns if p.code[:2] in ("10", "13") and not p.symmetric
    )
    # "declined to rule out force" is no refusal: a bare refusal needs a target
    (refuse,) = [p for p in lexicon.patterns if p.id == "refuse.bare.v"]
    assert "notarget" not in refuse.flags


def test_staging_a_strike_is_never_an_air_strike() -> None:
    lexicon = load_lexicon()
    assert not [p.id for p in lexicon.candidates("V", "stage") if p.code.startswith("195")]
    assert any(p.code == "143" for p in lexicon.candidates("V", "stage"))
