"""The DuckDB store (migrations, round trips, idempotence, rollback) and the event exports."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import duckdb
import pytest

from dragoman.errors import StoreError
from dragoman.model import (
    ActorKind,
    ActorRef,
    Article,
    CharSpan,
    CodingResult,
    DateSource,
    Event,
    EventDate,
    Failure,
    Mention,
    Place,
    Precision,
)
from dragoman.store import (
    CSV_COLUMNS,
    MIGRATIONS,
    Store,
    StoreCounts,
    event_to_record,
    event_to_row,
    write_csv,
    write_jsonl,
)

MakeEvent = Callable[..., Event]

TEXT_A = "Russia signed a trade agreement with Afghanistan on Friday. The UN criticised Iran in April 2025."
TEXT_B = "France recalled its ambassador from Mali. Mali expelled French troops."


def mention(article: Article, part: str, code: str, sentence_index: int = 0) -> Mention:
    start = article.text.index(part)
    span = CharSpan(start=start, end=start + len(part), text=part)
    return Mention(article.id, sentence_index, ActorRef(text=part, span=span, code=code, entity=part))


def result_a(make_event: MakeEvent) -> CodingResult:
    """Two events given out of sentence order, one without a target, one with a place and month date."""
    article = Article.from_text(TEXT_A, title="A", published=date(2025, 7, 4), origin="a.txt")
    april = TEXT_A.index("April")
    place = Place(
        name="Tehran",
        geonames_id=112931,
        latitude=35.69439,
        longitude=51.42151,
        country="IRN",
        admin1="Tehran",
        feature_class="P",
        span=CharSpan(april, april + 5, "April"),
    )
    second = make_event(
        TEXT_A,
        source=("UN", "UN", ""),
        target=None,
        predicate="criticised",
        code="111",
        name="Criticize or denounce",
        quad_class=3,
        goldstein=-2.0,
        plover_type="ACCUSE",
        plover_mode="disapprove",
        date_text=None,
        sentence_index=1,
        place=place,
    )
    month = EventDate.at_precision(
        date(2025, 4, 1), Precision.MONTH, DateSource.TEXT, CharSpan(april, april + 10, "April 2025")
    )
    second = dataclasses.replace(second, date=month)
    first = make_event(TEXT_A)
    mentions = (mention(article, "Russia", "RUS"), mention(article, "Afghanistan", "AFG"))
    return CodingResult(article=article, events=(second, first), mentions=mentions)


def result_b(make_event: MakeEvent) -> CodingResult:
    article = Article.from_text(TEXT_B, origin="b.jsonl:3", external_id="b-3")
    event = make_event(
        TEXT_B,
        source=("France", "FRA", "GOV"),
        target=("Mali", "MLI", ""),
        predicate="recalled",
        code="1012",
        name="Reduce or break diplomatic relations",
        date_text=None,
    )
    return CodingResult(article=article, events=(event,))


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "sub" / "test.duckdb")


# --- migrations ---------------------------------------------------------------------------------


def test_migrations_are_applied_once(tmp_path: Path) -> None:
    path = tmp_path / "m.duckdb"
    with Store(path) as first:
        assert first.migrations() == [name for name, _ in MIGRATIONS]
    with Store(path) as again:
        assert again.migrations() == [name for name, _ in MIGRATIONS]
        assert again.counts() == StoreCounts(articles=0, events=0, mentions=0, failures=0)


def test_a_store_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "m.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO schema_migrations VALUES ('9999_future', now()::TIMESTAMP)")
    con.close()
    with pytest.raises(StoreError, match="newer Dragoman"):
        Store(path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "not.duckdb"
    path.write_text("hello, I am text and not a database\n" * 200)
    with pytest.raises(StoreError, match=r"\[E300\] cannot open the store"):
        Store(path)


def test_a_closed_store_says_so(store: Store) -> None:
    store.close()
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.counts()


# --- save and load ------------------------------------------------------------------------------


def test_round_trip_gives_equal_records(store: Store, make_event: MakeEvent) -> None:
    result = result_a(make_event)
    assert store.save(result)
    second, first = result.events
    assert store.events() == [first, second]  # by sentence, not by the order given
    assert store.articles() == [result.article]
    assert store.mentions() == list(result.mentions)
    assert store.has_article(result.article.id)
    assert store.counts() == StoreCounts(articles=1, events=2, mentions=2, failures=0)


def test_round_trip_survives_reopening(tmp_path: Path, make_event: MakeEvent) -> None:
    path = tmp_path / "r.duckdb"
    results = [result_a(make_event), result_b(make_event)]
    with Store(path) as store:
        assert all(store.save(result) for result in results)
    with Store(path) as store:
        assert store.articles() == [result.article for result in results]
        assert store.events(results[1].article.id) == list(results[1].events)
        assert [event.article_id for event in store.events()] == [results[0].article.id] * 2 + [
            results[1].article.id
        ]
        assert store.events("no-such-article") == []


def test_save_is_idempotent(store: Store, make_event: MakeEvent) -> None:
    result = result_a(make_event)
    assert store.save(result) is True
    counts = store.counts()
    assert store.save(result) is False
    assert store.counts() == counts


def test_save_refuses_events_of_another_article(store: Store, make_event: MakeEvent) -> None:
    result = result_a(make_event)
    foreign = result_b(make_event).events
    with pytest.raises(StoreError, match="belongs to article"):
        store.save(CodingResult(article=result.article, events=foreign))
    assert not store.has_article(result.article.id)


def test_error_mid_save_rolls_back(
    store: Store, make_event: MakeEvent, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = result_a(make_event)
    store.save(kept)
    before = store.counts()

    def fail(self: Store, con: object, events: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(Store, "_insert_events", fail)
    lost = result_b(make_event)
    with pytest.raises(RuntimeError, match="disk on fire"):
        store.save(lost)
    assert not store.has_article(lost.article.id)
    assert store.counts() == before
    assert store.events() == [kept.events[1], kept.events[0]]
    monkeypatch.undo()
    assert store.save(lost)  # the store is still usable and nothing of the failed save is in the way


def test_database_error_mid_save_is_a_store_error(
    store: Store, make_event: MakeEvent, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_sql(self: Store, con: duckdb.DuckDBPyConnection, mentions: object) -> None:
        con.execute("INSERT INTO no_such_table VALUES (1)")

    monkeypatch.setattr(Store, "_insert_mentions", broken_sql)
    result = result_a(make_event)
    with pytest.raises(StoreError, match=r"\[E300\] .*could not save article a.txt"):
        store.save(result)
    assert store.counts() == StoreCounts(articles=0, events=0, mentions=0, failures=0)


# --- failures -----------------------------------------------------------------------------------


def test_failures_are_recorded_once(store: Store) -> None:
    failure = Failure(origin="a.txt", stage="read", code="E101", reason="a.txt: the file is empty")
    other = Failure(origin="b.jsonl:2", stage="read", code="E107", reason="bad date", article_id="abc")
    assert store.record_failure(failure) is True
    assert store.record_failure(failure) is False
    assert store.record_failure(other) is True
    assert store.failures() == [failure, other]
    assert store.counts().failures == 2


# --- the tables are usable directly -------------------------------------------------------------


def test_events_table_has_flat_queryable_columns(tmp_path: Path, make_event: MakeEvent) -> None:
    path = tmp_path / "q.duckdb"
    with Store(path) as store:
        store.save(result_a(make_event))
    con = duckdb.connect(str(path), read_only=True)
    rows = con.execute(
        "SELECT source_code, target_code, code, date, date_precision, place_name, "
        "json_extract_string(evidence, '$[0].predicate.text') FROM events ORDER BY sentence_index"
    ).fetchall()
    con.close()
    assert rows == [
        ("RUS", "AFG", "057", "2025-07-04", "day", None, "signed"),
        ("UN", None, "111", "2025-04", "month", "Tehran", "criticised"),
    ]


# --- exports ------------------------------------------------------------------------------------


def test_event_to_record_is_nested_and_json_ready(make_event: MakeEvent) -> None:
    event = make_event()
    record = event_to_record(event)
    assert json.loads(json.dumps(record)) == record
    assert record["source"] == {
        "code": "RUS",
        "sector": "",
        "text": "Russia",
        "entity": "Russia",
        "kind": "state",
        "entity_id": "",
        "span": [0, 6],
    }
    assert record["date"] == {"value": "2025-07-04", "precision": "day", "source": "text"}
    assert record["evidence"] == [
        {
            "sentence_index": 0,
            "sentence": {"text": event.sentence, "span": [0, len(event.sentence)]},
            "predicate": {"text": "signed", "span": [7, 13]},
            "source": {"text": "Russia", "span": [0, 6]},
            "target": {"text": "Afghanistan", "span": [37, 48]},
            "date": {"text": "Friday", "span": [52, 58]},
            "pattern_id": "test-pattern",
        }
    ]
    assert (record["code"], record["place"], record["sentence"]) == ("057", None, event.sentence)


def test_event_to_row_is_flat(make_event: MakeEvent) -> None:
    row = event_to_row(make_event(source=("Russia", "RUS", "GOV"), target=None, date_text=None))
    assert tuple(row) == CSV_COLUMNS
    actors = (row["source"], row["source_sector"], row["target"], row["target_sector"])
    assert actors == ("RUS", "GOV", None, None)
    assert (row["quad_class"], row["goldstein"], row["date"]) == (1, 8.0, "2025-07-04")


def test_write_jsonl(make_event: MakeEvent) -> None:
    events = [make_event(), make_event(target=None)]
    stream = io.StringIO()
    assert write_jsonl(events, stream) == 2
    lines = stream.getvalue().splitlines()
    assert [json.loads(line) for line in lines] == [event_to_record(event) for event in events]


def test_write_csv_keeps_commas_and_line_breaks(make_event: MakeEvent) -> None:
    text = 'Russia, "again", signed a deal\nwith Afghanistan. Done.'
    events = [make_event(text, date_text=None), make_event(target=None)]
    stream = io.StringIO(newline="")
    assert write_csv(events, stream) == 2
    rows = list(csv.DictReader(io.StringIO(stream.getvalue(), newline="")))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert rows[0]["sentence"] == 'Russia, "again", signed a deal\nwith Afghanistan.'
    assert (rows[1]["target"], rows[1]["goldstein"]) == ("", "8.0")


def test_make_event_kind_follows_sector(make_event: MakeEvent) -> None:
    event = make_event(source=("Russia", "RUS", "GOV"))
    assert event.source.kind is ActorKind.ROLE
    assert event.target is not None and event.target.kind is ActorKind.STATE
