"""Coding results as Parquet files, and loading such files into the store in one transaction.

A batch run (``dragoman.batch``) has each worker write one partition: ``articles-<part>.parquet``,
``events-<part>.parquet``, ``mentions-<part>.parquet`` and ``failures-<part>.parquet`` in one directory.
The rows are the store's own flat rows (``dragoman.store.rows``), so ``load_parquet`` is a few
``INSERT ... SELECT FROM read_parquet`` statements: articles already stored are skipped with their events
and mentions, exactly as ``Store.save`` does, and the files stay queryable in place by DuckDB.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from dragoman.model import CodingResult, Failure
from dragoman.store.db import Connection, Store, _utc_now
from dragoman.store.rows import (
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    FAILURE_COLUMNS,
    MENTION_COLUMNS,
    check_result,
    event_values,
    mention_values,
)

TABLES = ("articles", "events", "mentions", "failures")
POSITION = "position"  # articles files only: the article's place in the input, so seq follows input order

_INTEGERS = {
    "ordinal", "quad_class", "sentence_index", "source_start", "source_end", "target_start", "target_end",
    "date_start", "date_end", "place_start", "place_end", "span_start", "span_end",
}  # fmt: skip
_TYPES: dict[str, pa.DataType] = {
    **dict.fromkeys(_INTEGERS, pa.int32()),
    "goldstein": pa.float64(),
    "place_latitude": pa.float64(),
    "place_longitude": pa.float64(),
    "place_geonames_id": pa.int64(),
    "published": pa.date32(),
    POSITION: pa.int64(),
}


def _schema(columns: Sequence[str]) -> pa.Schema:
    return pa.schema([(column, _TYPES.get(column, pa.string())) for column in columns])


SCHEMAS: dict[str, pa.Schema] = {
    "articles": _schema((*ARTICLE_COLUMNS, POSITION)),
    "events": _schema(EVENT_COLUMNS),
    "mentions": _schema(MENTION_COLUMNS),
    "failures": _schema(FAILURE_COLUMNS),
}


@dataclass(frozen=True, slots=True)
class PartitionCounts:
    """What one partition's files hold."""

    articles: int
    events: int
    mentions: int
    failures: int


@dataclass(frozen=True, slots=True)
class ParquetLoad:
    """What ``load_parquet`` added to the store (articles already stored are not counted)."""

    articles: int
    events: int
    mentions: int
    failures: int
    skipped_existing: int


def _table(name: str, rows: Sequence[tuple[object, ...]]) -> pa.Table:
    schema = SCHEMAS[name]
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in schema.names]
    arrays = [pa.array(list(values), type=field.type) for values, field in zip(columns, schema, strict=True)]
    return pa.Table.from_arrays(arrays, schema=schema)


def write_partition(
    directory: Path,
    part: str,
    results: Sequence[tuple[int, CodingResult]],
    failures: Sequence[Failure] = (),
) -> PartitionCounts:
    """Write one partition: ``results`` as (input position, result) pairs, and the partition's failures."""
    article_rows: list[tuple[object, ...]] = []
    event_rows: list[tuple[object, ...]] = []
    mention_rows: list[tuple[object, ...]] = []
    for position, result in results:
        check_result(result)
        a = result.article
        article_rows.append(
            (a.id, a.text, a.title, a.published, a.url, a.source, a.origin, a.external_id, position)
        )
        event_rows.extend(event_values(ordinal, event) for ordinal, event in enumerate(result.events))
        mention_rows.extend(mention_values(ordinal, m) for ordinal, m in enumerate(result.mentions))
    failure_rows = [(f.origin, f.stage, f.code, f.reason, f.article_id) for f in failures]
    directory.mkdir(parents=True, exist_ok=True)
    for name, rows in (
        ("articles", article_rows),
        ("events", event_rows),
        ("mentions", mention_rows),
        ("failures", failure_rows),
    ):
        pq.write_table(_table(name, rows), directory / f"{name}-{part}.parquet")
    return PartitionCounts(len(article_rows), len(event_rows), len(mention_rows), len(failure_rows))


def partition_files(directory: Path, table: str) -> list[str]:
    """The Parquet files of one table in ``directory``, sorted by name."""
    return sorted(str(path) for path in directory.glob(f"{table}-*.parquet"))


def _files_sql(files: Sequence[str]) -> str:
    quoted = ", ".join("'" + file.replace("'", "''") + "'" for file in files)
    return f"read_parquet([{quoted}])"


def _count(con: Connection, sql: str) -> int:
    row = con.execute(sql).fetchone()
    return 0 if row is None else int(row[0])


def _load(con: Connection, directory: Path) -> ParquetLoad:
    files = {table: partition_files(directory, table) for table in TABLES}
    now = _utc_now()
    con.execute("DROP TABLE IF EXISTS temp.new_articles")
    if files["articles"]:
        con.execute(
            f"CREATE TEMP TABLE new_articles AS SELECT * FROM {_files_sql(files['articles'])} "
            "WHERE article_id NOT IN (SELECT article_id FROM articles) "
            f"QUALIFY row_number() OVER (PARTITION BY article_id ORDER BY {POSITION}) = 1"
        )
        offered = _count(con, f"SELECT count(DISTINCT article_id) FROM {_files_sql(files['articles'])}")
    else:
        con.execute("CREATE TEMP TABLE new_articles (article_id VARCHAR)")
        offered = 0
    articles = _count(con, "SELECT count(*) FROM new_articles")
    if articles:
        columns = ", ".join(ARTICLE_COLUMNS)
        con.execute(
            f"INSERT INTO articles ({columns}, stored_at) SELECT {columns}, ? FROM new_articles "
            f"ORDER BY {POSITION}",
            [now],
        )
    counts = {"events": 0, "mentions": 0}
    for table, columns_of in (("events", EVENT_COLUMNS), ("mentions", MENTION_COLUMNS)):
        if not files[table] or not articles:
            continue
        columns = ", ".join(columns_of)
        before = _count(con, f"SELECT count(*) FROM {table}")
        con.execute(
            f"INSERT INTO {table} ({columns}) SELECT {columns} FROM {_files_sql(files[table])} "
            "WHERE article_id IN (SELECT article_id FROM new_articles) "
            "QUALIFY row_number() OVER (PARTITION BY article_id, ordinal) = 1"
        )
        counts[table] = _count(con, f"SELECT count(*) FROM {table}") - before
    failures = 0
    if files["failures"]:
        columns = ", ".join(FAILURE_COLUMNS)
        before = _count(con, "SELECT count(*) FROM failures")
        con.execute(
            f"INSERT INTO failures ({columns}, recorded_at) SELECT DISTINCT {columns}, ? "
            f"FROM {_files_sql(files['failures'])} ON CONFLICT DO NOTHING",
            [now],
        )
        failures = _count(con, "SELECT count(*) FROM failures") - before
    con.execute("DROP TABLE temp.new_articles")
    return ParquetLoad(articles, counts["events"], counts["mentions"], failures, offered - articles)


def load_parquet(store: Store, directory: Path) -> ParquetLoad:
    """Load every partition in ``directory`` into ``store`` in one transaction (all of it or nothing).

    Articles already in the store, and repeats of one article across partitions, are skipped with their
    events and mentions; failures already recorded are not recorded twice.
    """
    return store._write(f"load the Parquet partitions in {directory}", lambda con: _load(con, directory))
