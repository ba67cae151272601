"""The DuckDB store: articles, events, mentions and failures. The only module that imports duckdb.

``Store`` owns one connection. Every write goes through ``Store._write``, one transaction that commits
whole or rolls back whole, so a failure while saving leaves nothing half-written and loses nothing stored.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

import duckdb

from dragoman.errors import StoreError
from dragoman.model import Article, CodingResult, Event, Failure, Mention
from dragoman.store.migrations import MIGRATIONS
from dragoman.store.rows import (
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    FAILURE_COLUMNS,
    MENTION_COLUMNS,
    check_result,
    event_from_values,
    event_values,
    mention_from_values,
    mention_values,
)

log = logging.getLogger(__name__)

T = TypeVar("T")
Connection = duckdb.DuckDBPyConnection
MEMORY = ":memory:"
_ROWS_PER_INSERT = 200
_DUPLICATE_COLUMNS = (
    "article_id", "original_id", "similarity", "title", "published", "url", "source", "origin",
    "external_id", "stored_at",
)  # fmt: skip
_CREATE_MIGRATIONS_TABLE = (
    "CREATE TABLE IF NOT EXISTS schema_migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMP NOT NULL)"
)


@dataclass(frozen=True, slots=True)
class StoreCounts:
    """How many rows each table holds."""

    articles: int
    events: int
    mentions: int
    failures: int
    duplicates: int = 0


@dataclass(frozen=True, slots=True)
class DuplicateLink:
    """A near-duplicate (a syndicated copy) of a stored article: kept with its own metadata, not coded.

    ``article_id`` is the copy's content hash, ``original_id`` the stored article it copies.
    """

    article_id: str
    original_id: str
    similarity: float
    title: str = ""
    published: date | None = None
    url: str = ""
    source: str = ""
    origin: str = ""
    external_id: str = ""

    @classmethod
    def of(cls, article: Article, original_id: str, similarity: float) -> DuplicateLink:
        return cls(
            article_id=article.id,
            original_id=original_id,
            similarity=similarity,
            title=article.title,
            published=article.published,
            url=article.url,
            source=article.source,
            origin=article.origin,
            external_id=article.external_id,
        )

    @property
    def label(self) -> str:
        return self.origin or self.external_id or self.article_id


@dataclass(frozen=True, slots=True)
class StoredSignature:
    """An article's near-duplicate signature as stored: the scheme that made it and its bytes."""

    article_id: str
    scheme: str
    data: bytes


@dataclass(frozen=True, slots=True)
class SavedBatch:
    """What ``save_many`` added: the results newly stored and how many near-duplicates it linked."""

    results: tuple[CodingResult, ...]
    duplicates: int


def _utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _insert_sql(table: str, columns: Sequence[str], extra: str = "") -> str:
    marks = ", ".join("?" for _ in columns)
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks}){extra}"


# --- the store ------------------------------------------------------------------------------------


class Store:
    """A DuckDB file of coded articles. Opens or creates ``path`` and brings its schema up to date.

    Use as a context manager (or call ``close``). ``":memory:"`` gives a store that lives in memory.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        if self.path != MEMORY:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self._con: Connection | None = duckdb.connect(self.path)
        except duckdb.Error as err:
            raise StoreError(f"cannot open the store {self.path}: {err}") from err
        try:
            self._migrate()
        except BaseException:
            self.close()
            raise

    # lifecycle
    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection; safe to call twice."""
        if self._con is not None:
            self._con.close()
            self._con = None

    def _connection(self) -> Connection:
        if self._con is None:
            raise StoreError(f"the store {self.path} is closed")
        return self._con

    # the one write path
    def _write(self, what: str, work: Callable[[Connection], T]) -> T:
        """Run ``work`` in one transaction: commit all of it or, on any error, roll all of it back."""
        with self._transaction(what) as con:
            return work(con)

    @contextmanager
    def _transaction(self, what: str) -> Iterator[Connection]:
        con = self._connection()
        try:
            con.execute("BEGIN TRANSACTION")
        except duckdb.Error as err:
            raise StoreError(f"{self.path}: cannot start a transaction to {what}: {err}") from err
        try:
            yield con
            con.execute("COMMIT")
        except BaseException as err:
            self._rollback(con)
            if isinstance(err, duckdb.Error):
                raise StoreError(f"{self.path}: could not {what}: {err}") from err
            raise

    def _rollback(self, con: Connection) -> None:
        try:
            con.execute("ROLLBACK")
        except duckdb.Error as err:  # no transaction is open any more (e.g. a failed COMMIT ended it)
            log.debug("rollback in %s: %s", self.path, err)

    # schema
    def _migrate(self) -> None:
        applied = set(self._write("read the schema version", _applied_migrations))
        unknown = applied - {name for name, _ in MIGRATIONS}
        if unknown:
            raise StoreError(
                f"{self.path} was written by a newer Dragoman (migrations {', '.join(sorted(unknown))}); "
                "upgrade Dragoman to open it"
            )
        for name, sql in MIGRATIONS:
            if name not in applied:
                self._write(f"apply migration {name}", partial(_apply_migration, name=name, sql=sql))
                log.info("applied migration %s to %s", name, self.path)

    def migrations(self) -> list[str]:
        """Names of the applied migrations, in the order they were applied."""
        rows = self._connection().execute("SELECT name FROM schema_migrations ORDER BY applied_at, name")
        return [row[0] for row in rows.fetchall()]

    # writes
    def save(self, result: CodingResult) -> bool:
        """Store an article with its events and mentions in one transaction.

        Returns False, changing nothing, when the article is already stored (re-runs are idempotent).
        Raises ``StoreError`` for a result whose events or mentions belong to another article.
        """
        check_result(result)
        return self._write(f"save article {result.article.label}", lambda con: self._save(con, result))

    def _save(self, con: Connection, result: CodingResult) -> bool:
        if _has_article(con, result.article.id):
            return False
        self._insert_article(con, result.article)
        self._insert_events(con, result.events)
        self._insert_mentions(con, result.mentions)
        return True

    def save_many(
        self,
        results: Sequence[CodingResult],
        *,
        duplicates: Sequence[DuplicateLink] = (),
        signatures: Sequence[StoredSignature] = (),
    ) -> SavedBatch:
        """Store a batch in one transaction: articles with their events and mentions, near-duplicate
        links and signatures. A process killed meanwhile leaves none of it; already stored articles and
        links are skipped. Raises ``StoreError`` for a link to an article that is not stored and is
        not in the batch, or for a result whose parts belong to another article.
        """
        for result in results:
            check_result(result)

        def write(con: Connection) -> SavedBatch:
            saved = self._save_new(con, results)
            linked = sum(self._link(con, link) for link in duplicates)
            if signatures:
                rows = [(s.article_id, s.scheme, s.data) for s in signatures]
                con.executemany(
                    "INSERT OR REPLACE INTO signatures (article_id, scheme, minhash) VALUES (?, ?, ?)", rows
                )
            return SavedBatch(results=saved, duplicates=linked)

        return self._write(f"save a batch of {len(results)} articles", write)

    def _save_new(self, con: Connection, results: Sequence[CodingResult]) -> tuple[CodingResult, ...]:
        """Insert the results whose article is not stored yet (the first of each), a few statements for
        the whole batch; returns them in order."""
        ids = list(dict.fromkeys(result.article.id for result in results))
        stored: set[str] = set()
        for start in range(0, len(ids), _ROWS_PER_INSERT):
            chunk = ids[start : start + _ROWS_PER_INSERT]
            sql = f"SELECT article_id FROM articles WHERE article_id IN ({', '.join('?' for _ in chunk)})"
            stored.update(row[0] for row in con.execute(sql, chunk).fetchall())
        fresh: list[CodingResult] = []
        for result in results:
            if result.article.id not in stored:
                stored.add(result.article.id)
                fresh.append(result)
        now = _utc_now()
        _insert_rows(
            con, "articles", (*ARTICLE_COLUMNS, "stored_at"), [_article_row(r.article, now) for r in fresh]
        )
        events = [event_values(ordinal, e) for r in fresh for ordinal, e in enumerate(r.events)]
        _insert_rows(con, "events", EVENT_COLUMNS, events)
        mentions = [mention_values(ordinal, m) for r in fresh for ordinal, m in enumerate(r.mentions)]
        _insert_rows(con, "mentions", MENTION_COLUMNS, mentions)
        return tuple(fresh)

    def _link(self, con: Connection, link: DuplicateLink) -> bool:
        if _has_article(con, link.article_id) or _has_duplicate(con, link.article_id):
            return False
        if not _has_article(con, link.original_id):
            raise StoreError(f"{link.label} copies article {link.original_id}, which is not stored")
        values = (
            link.article_id,
            link.original_id,
            link.similarity,
            link.title,
            link.published,
            link.url,
            link.source,
            link.origin,
            link.external_id,
            _utc_now(),
        )
        con.execute(_insert_sql("duplicates", _DUPLICATE_COLUMNS), values)
        return True

    def save_signatures(self, signatures: Sequence[StoredSignature]) -> None:
        """Store (or replace) signatures of stored articles in one transaction."""
        if signatures:
            self.save_many((), signatures=signatures)

    def _insert_article(self, con: Connection, article: Article) -> None:
        con.execute(
            _insert_sql("articles", (*ARTICLE_COLUMNS, "stored_at")), _article_row(article, _utc_now())
        )

    def _insert_events(self, con: Connection, events: Sequence[Event]) -> None:
        if events:
            rows = [event_values(ordinal, event) for ordinal, event in enumerate(events)]
            con.executemany(_insert_sql("events", EVENT_COLUMNS), rows)

    def _insert_mentions(self, con: Connection, mentions: Sequence[Mention]) -> None:
        if mentions:
            rows = [mention_values(ordinal, mention) for ordinal, mention in enumerate(mentions)]
            con.executemany(_insert_sql("mentions", MENTION_COLUMNS), rows)

    def record_failure(self, failure: Failure) -> bool:
        """Record a failure once: False when the same origin, stage, code and reason is already recorded."""
        sql = _insert_sql("failures", (*FAILURE_COLUMNS, "recorded_at"), " ON CONFLICT DO NOTHING")
        values = (failure.origin, failure.stage, failure.code, failure.reason, failure.article_id, _utc_now())

        def insert(con: Connection) -> bool:
            row = con.execute(sql, values).fetchone()
            return row is not None and row[0] > 0

        return self._write(f"record the failure of {failure.origin}", insert)

    # reads
    def has_article(self, article_id: str) -> bool:
        return _has_article(self._connection(), article_id)

    def known(self, article_ids: Sequence[str]) -> set[str]:
        """The ids among ``article_ids`` stored as articles or as near-duplicates (a few queries in all)."""
        ids = list(dict.fromkeys(article_ids))
        found: set[str] = set()
        con = self._connection()
        for start in range(0, len(ids), _ROWS_PER_INSERT):
            chunk = ids[start : start + _ROWS_PER_INSERT]
            marks = ", ".join("?" for _ in chunk)
            sql = (
                f"SELECT article_id FROM articles WHERE article_id IN ({marks}) "
                f"UNION SELECT article_id FROM duplicates WHERE article_id IN ({marks})"
            )
            found.update(row[0] for row in con.execute(sql, [*chunk, *chunk]).fetchall())
        return found

    def has_duplicate(self, article_id: str) -> bool:
        """Whether ``article_id`` is stored as a near-duplicate of another article."""
        return _has_duplicate(self._connection(), article_id)

    def duplicates(self) -> list[DuplicateLink]:
        """All near-duplicate links, in the order they were stored."""
        sql = f"SELECT {', '.join(_DUPLICATE_COLUMNS[:-1])} FROM duplicates ORDER BY seq"
        return [
            DuplicateLink(
                article_id=row[0],
                original_id=row[1],
                similarity=row[2],
                title=row[3],
                published=row[4],
                url=row[5],
                source=row[6],
                origin=row[7],
                external_id=row[8],
            )
            for row in self._connection().execute(sql).fetchall()
        ]

    def story_mentions(self) -> dict[str, int]:
        """For each stored article: 1 + the number of its near-duplicates."""
        rows = self._connection().execute("SELECT article_id, mentions FROM story_mentions").fetchall()
        return {row[0]: int(row[1]) for row in rows}

    def signatures(self, scheme: str) -> list[StoredSignature]:
        """Stored signatures made by ``scheme``, in the order their articles were stored."""
        sql = (
            "SELECT s.article_id, s.scheme, s.minhash FROM signatures s "
            "JOIN articles a ON a.article_id = s.article_id WHERE s.scheme = ? ORDER BY a.seq"
        )
        rows = self._connection().execute(sql, [scheme]).fetchall()
        return [StoredSignature(article_id=row[0], scheme=row[1], data=bytes(row[2])) for row in rows]

    def unsigned_articles(self, scheme: str) -> list[tuple[str, str]]:
        """(id, text) of stored articles without a signature made by ``scheme``, in stored order."""
        sql = (
            "SELECT a.article_id, a.text FROM articles a LEFT JOIN signatures s "
            "ON s.article_id = a.article_id AND s.scheme = ? WHERE s.article_id IS NULL ORDER BY a.seq"
        )
        return [(row[0], row[1]) for row in self._connection().execute(sql, [scheme]).fetchall()]

    def articles(self) -> list[Article]:
        """All articles, in the order they were stored."""
        sql = f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles ORDER BY seq"
        return [
            Article(
                id=row[0],
                text=row[1],
                title=row[2],
                published=row[3],
                url=row[4],
                source=row[5],
                origin=row[6],
                external_id=row[7],
            )
            for row in self._connection().execute(sql).fetchall()
        ]

    def events(self, article_id: str | None = None) -> list[Event]:
        """Events of one article or of all, ordered by article (as stored), then sentence, then position."""
        rows = self._select_by_article("events", EVENT_COLUMNS, article_id, "e.sentence_index, e.ordinal")
        return [event_from_values(row) for row in rows]

    def mentions(self, article_id: str | None = None) -> list[Mention]:
        """Actor mentions of one article or of all, ordered by article (as stored), then position."""
        rows = self._select_by_article("mentions", MENTION_COLUMNS, article_id, "e.ordinal")
        return [mention_from_values(row) for row in rows]

    def _select_by_article(
        self, table: str, columns: Sequence[str], article_id: str | None, order: str
    ) -> list[tuple[Any, ...]]:
        selected = ", ".join(f"e.{column}" for column in columns)
        where = "" if article_id is None else "WHERE e.article_id = ?"
        params = [] if article_id is None else [article_id]
        sql = (
            f"SELECT {selected} FROM {table} e JOIN articles a ON a.article_id = e.article_id "
            f"{where} ORDER BY a.seq, {order}"
        )
        return self._connection().execute(sql, params).fetchall()

    def failures(self) -> list[Failure]:
        """All recorded failures, in the order they were first recorded."""
        sql = f"SELECT {', '.join(FAILURE_COLUMNS)} FROM failures ORDER BY seq"
        return [
            Failure(origin=row[0], stage=row[1], code=row[2], reason=row[3], article_id=row[4])
            for row in self._connection().execute(sql).fetchall()
        ]

    def counts(self) -> StoreCounts:
        row = (
            self._connection()
            .execute(
                "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), "
                "(SELECT count(*) FROM mentions), (SELECT count(*) FROM failures), "
                "(SELECT count(*) FROM duplicates)"
            )
            .fetchone()
        )
        if row is None:
            raise StoreError(f"{self.path}: cannot count rows")
        return StoreCounts(
            articles=row[0], events=row[1], mentions=row[2], failures=row[3], duplicates=row[4]
        )


def _article_row(article: Article, stored_at: datetime) -> tuple[object, ...]:
    return (
        article.id,
        article.text,
        article.title,
        article.published,
        article.url,
        article.source,
        article.origin,
        article.external_id,
        stored_at,
    )


def _insert_rows(
    con: Connection, table: str, columns: Sequence[str], rows: Sequence[tuple[object, ...]]
) -> None:
    """Insert rows with one multi-row statement per ``_ROWS_PER_INSERT`` (DuckDB runs ``executemany`` as
    one statement per row, many times slower)."""
    marks = f"({', '.join('?' for _ in columns)})"
    for start in range(0, len(rows), _ROWS_PER_INSERT):
        chunk = rows[start : start + _ROWS_PER_INSERT]
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES {', '.join(marks for _ in chunk)}"
        con.execute(sql, [value for row in chunk for value in row])


def _has_article(con: Connection, article_id: str) -> bool:
    row = con.execute("SELECT 1 FROM articles WHERE article_id = ? LIMIT 1", [article_id]).fetchone()
    return row is not None


def _has_duplicate(con: Connection, article_id: str) -> bool:
    row = con.execute("SELECT 1 FROM duplicates WHERE article_id = ? LIMIT 1", [article_id]).fetchone()
    return row is not None


def _applied_migrations(con: Connection) -> list[str]:
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMP)"
    )
    return [row[0] for row in con.execute("SELECT name FROM schema_migrations").fetchall()]


def _apply_migration(con: Connection, name: str, sql: str) -> None:
    con.execute(sql)
    con.execute("INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)", [name, _utc_now()])
