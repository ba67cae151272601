"""The command line end to end, on files made here (loads the spaCy model)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dragoman.cli import main
from dragoman.store import Store

pytestmark = pytest.mark.slow

ARTICLE = """---
title: Chad and Israel
published: 2024-05-10
---
Chad severed diplomatic ties with Israel on Tuesday.
"""


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.md").write_text(ARTICLE, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    (folder / "latin1.txt").write_bytes("Le ministre a dit: café crème.".encode("latin-1"))
    return folder


def test_code_records_bad_input_and_goes_on(inputs: Path, tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    result = CliRunner().invoke(main, ["code", str(inputs), "--db", str(db)])
    assert result.exit_code == 1, result.output  # finished, but some inputs failed
    assert "1 articles coded" in result.output
    assert "3 failures" in result.output
    for name in ("empty.txt", "binary.txt", "latin1.txt"):
        assert name in result.output
    with Store(db) as store:
        assert store.counts().articles == 1
        assert {f.code for f in store.failures()} == {"E101", "E102", "E103"}
        (event,) = store.events()
    assert (event.source.code, event.code, event.target.code if event.target else None) == (
        "TCD",
        "161",
        "ISR",
    )
    assert event.date.value == "2024-05-07"


def test_code_in_this_process_only(inputs: Path, tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    result = CliRunner().invoke(main, ["code", str(inputs / "good.md"), "--db", str(db), "--processes", "1"])
    assert result.exit_code == 0, result.output
    with Store(db) as store:
        assert [e.code for e in store.events()] == ["161"]
    bad = CliRunner().invoke(main, ["code", str(inputs / "good.md"), "--db", str(db), "--processes", "0"])
    assert bad.exit_code == 2 and "--processes" in bad.output


def test_rerun_is_idempotent_and_keeps_what_is_stored(inputs: Path, tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    runner = CliRunner()
    runner.invoke(main, ["code", str(inputs), "--db", str(db)])
    again = runner.invoke(main, ["code", str(inputs), "--db", str(db)])
    assert "0 articles coded, 1 already stored" in again.output
    with Store(db) as store:
        counts = store.counts()
    assert (counts.articles, counts.events, counts.failures) == (1, 1, 3)


def test_events_formats(inputs: Path, tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    runner = CliRunner()
    runner.invoke(main, ["code", str(inputs / "good.md"), "--db", str(db)])
    as_jsonl = runner.invoke(main, ["events", "--db", str(db), "--format", "jsonl"])
    record = json.loads(as_jsonl.output.splitlines()[0])
    assert record["code"] == "161"
    as_csv = runner.invoke(main, ["events", "--db", str(db), "--format", "csv"])
    assert as_csv.output.splitlines()[0].startswith("event_id,")
    table = runner.invoke(main, ["events", "--db", str(db)])
    assert "Chad severed diplomatic ties" in table.output


def test_published_option_dates_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Chad severed diplomatic ties with Israel on Tuesday.", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    result = CliRunner().invoke(main, ["code", str(path), "--db", str(db), "--published", "2024-05-10"])
    assert result.exit_code == 0, result.output
    with Store(db) as store:
        assert [e.date.value for e in store.events()] == ["2024-05-07"]


def test_bad_published_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["code", str(tmp_path), "--published", "last week"])
    assert result.exit_code == 2
    assert "ISO date" in result.output


def test_missing_store_is_a_clean_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["events", "--db", str(tmp_path / "nope.duckdb")])
    assert result.exit_code == 2
    assert "no store" in result.output


def test_csv_with_a_field_map(tmp_path: Path) -> None:
    path = tmp_path / "wire.csv"
    path.write_text(
        "headline,body,day\n"
        "Chad and Israel,Chad severed diplomatic ties with Israel on Tuesday.,2024-05-10\n",
        encoding="utf-8",
    )
    db = tmp_path / "s.duckdb"
    result = CliRunner().invoke(
        main,
        [
            "code",
            str(path),
            "--db",
            str(db),
            "--text-field",
            "body",
            "--date-field",
            "day",
            "--title-field",
            "headline",
        ],
    )
    assert result.exit_code == 0, result.output
    with Store(db) as store:
        (article,) = store.articles()
        assert article.title == "Chad and Israel"
        assert [(e.code, e.date.value) for e in store.events()] == [("161", "2024-05-07")]


def test_standard_input(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    result = CliRunner().invoke(
        main,
        ["code", "-", "--db", str(db), "--published", "2024-05-10", "--no-fetch"],
        input="Chad severed diplomatic ties with Israel on Tuesday.",
    )
    assert result.exit_code == 0, result.output
    with Store(db) as store:
        assert [e.code for e in store.events()] == ["161"]


def test_events_export_to_parquet_and_plover(inputs: Path, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    db = tmp_path / "store.duckdb"
    runner = CliRunner()
    runner.invoke(main, ["code", str(inputs / "good.md"), "--db", str(db)])
    parquet = tmp_path / "events.parquet"
    result = runner.invoke(main, ["events", "--db", str(db), "--format", "parquet", "--output", str(parquet)])
    assert result.exit_code == 0, result.output
    table = pq.read_table(parquet)
    assert table.num_rows == 1
    assert table.column("code").to_pylist() == ["161"]
    plover = runner.invoke(main, ["events", "--db", str(db), "--format", "plover"])
    record = json.loads(plover.output.splitlines()[0])
    assert (record["event"], record["source"][0]["code"], record["target"][0]["code"]) == (
        "SANCTION",
        "TCD",
        "ISR",
    )
    missing = runner.invoke(main, ["events", "--db", str(db), "--format", "parquet"])
    assert missing.exit_code == 2


def test_events_export_to_gdelt(inputs: Path, tmp_path: Path) -> None:
    from dragoman.store.export import GDELT_COLUMNS

    db = tmp_path / "store.duckdb"
    runner = CliRunner()
    runner.invoke(main, ["code", str(inputs / "good.md"), "--db", str(db)])
    result = runner.invoke(main, ["events", "--db", str(db), "--format", "gdelt"])
    assert result.exit_code == 0, result.output
    (line,) = result.output.splitlines()
    row = dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True))
    assert (row["SQLDATE"], row["Actor1Code"], row["Actor2Code"], row["EventCode"]) == (
        "20240507",
        "TCD",
        "ISR",
        "161",
    )
    assert (row["EventRootCode"], row["QuadClass"], row["Actor1CountryCode"]) == ("16", "4", "TCD")
