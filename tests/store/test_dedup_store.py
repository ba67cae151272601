"""Batches, near-duplicate links and signatures in the store: one transaction per batch, nothing partial."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import duckdb
import pytest

from dragoman.errors import StoreError
from dragoman.model import Article, CodingResult, Event
from dragoman.store import MIGRATIONS, DuplicateLink, Store, StoreCounts, StoredSignature

MakeEvent = Callable[..., Event]

TEXT_A = "Russia signed a trade agreement with Afghanistan on Friday. Officials met again in Kabul."
TEXT_B = "France recalled its ambassador from Mali on Friday. Officials met again in Kabul."
COPY_A = "MOSCOW (Wire) - Russia signed a trade agreement with Afghanistan on Friday."


def result(text: str, make_event: MakeEvent, origin: str) -> CodingResult:
    article = Article.from_text(text, published=date(2025, 7, 4), origin=origin)
    if text.startswith("Russia"):
        events: tuple[Event, ...] = (make_event(text),)
    else:
        events = (
            make_event(text, source=("France", "FRA", ""), target=("Mali", "MLI", ""), predicate="recalled"),
        )
    return CodingResult(article=article, events=events, mentions=())


def copy_of(original: CodingResult, similarity: float = 0.8) -> DuplicateLink:
    copy = Article.from_text(
        COPY_A, title="Copy", source="Wire", url="https://example.org/copy", origin="c.txt"
    )
    return DuplicateLink.of(copy, original.article.id, similarity)


def test_save_many_stores_a_batch_with_links_and_signatures(make_event: MakeEvent) -> None:
    a, b = result(TEXT_A, make_event, "a.txt"), result(TEXT_B, make_event, "b.txt")
    link = copy_of(a)
    signed = StoredSignature(a.article.id, "test-scheme", b"\x01\x02")
    with Store(":memory:") as store:
        saved = store.save_many([a, b], duplicates=[link], signatures=[signed])
        assert [r.article.id for r in saved.results] == [a.article.id, b.article.id]
        assert saved.duplicates == 1
        assert store.counts() == StoreCounts(articles=2, events=2, mentions=0, failures=0, duplicates=1)
        assert store.duplicates() == [link]
        assert store.has_duplicate(link.article_id)
        assert not store.has_article(link.article_id)
        assert store.story_mentions() == {a.article.id: 2, b.article.id: 1}
        assert store.signatures("test-scheme") == [signed]
        assert store.signatures("other-scheme") == []
        assert [article_id for article_id, _ in store.unsigned_articles("test-scheme")] == [b.article.id]


def test_save_many_again_adds_nothing(make_event: MakeEvent) -> None:
    a, b = result(TEXT_A, make_event, "a.txt"), result(TEXT_B, make_event, "b.txt")
    with Store(":memory:") as store:
        store.save_many([a], duplicates=[copy_of(a)])
        again = store.save_many([a, b], duplicates=[copy_of(a)])
        assert [r.article.id for r in again.results] == [b.article.id]
        assert again.duplicates == 0
        assert store.counts() == StoreCounts(articles=2, events=2, mentions=0, failures=0, duplicates=1)


def test_known_finds_stored_articles_and_copies_in_a_few_queries(make_event: MakeEvent) -> None:
    a, b = result(TEXT_A, make_event, "a.txt"), result(TEXT_B, make_event, "b.txt")
    link = copy_of(a)
    many = [f"{n:064x}" for n in range(450)]  # more ids than one query takes
    with Store(":memory:") as store:
        assert store.known([a.article.id, link.article_id]) == set()
        store.save_many([a], duplicates=[link])
        ids = [*many, a.article.id, b.article.id, link.article_id, a.article.id]
        assert store.known(ids) == {a.article.id, link.article_id}
        assert store.known([]) == set()


def test_a_batch_with_many_events_and_mentions_is_stored_whole(make_event: MakeEvent) -> None:
    """More rows than one multi-row insert takes: every row is stored, in order, and read back equal."""
    texts = [
        f"Russia signed a trade agreement with Afghanistan on Friday. Round {n} was in Kabul."
        for n in range(9)
    ]
    results = []
    for n, text in enumerate(texts):
        article = Article.from_text(text, published=date(2025, 7, 4), origin=f"{n}.txt")
        events = tuple(make_event(text, day=date(2025, 1, 1 + day)) for day in range(30))
        results.append(CodingResult(article=article, events=events, mentions=()))
    with Store(":memory:") as store:
        saved = store.save_many(results)
        assert len(saved.results) == 9
        assert store.counts().events == 270
        assert store.events() == [event for r in results for event in r.events]
        assert [a.id for a in store.articles()] == [r.article.id for r in results]


def test_a_link_to_an_unknown_article_rolls_back_the_whole_batch(make_event: MakeEvent) -> None:
    a, b = result(TEXT_A, make_event, "a.txt"), result(TEXT_B, make_event, "b.txt")
    with Store(":memory:") as store:
        with pytest.raises(StoreError, match="not stored"):
            store.save_many([b], duplicates=[copy_of(a)])
        assert store.counts() == StoreCounts(articles=0, events=0, mentions=0, failures=0, duplicates=0)


def test_an_error_midway_leaves_no_partial_batch(make_event: MakeEvent) -> None:
    a, b = result(TEXT_A, make_event, "a.txt"), result(TEXT_B, make_event, "b.txt")
    bad = StoredSignature(b.article.id, "scheme", None)  # type: ignore[arg-type]  # NOT NULL column
    with Store(":memory:") as store:
        with pytest.raises(StoreError):
            store.save_many([a, b], signatures=[bad])
        assert store.counts().articles == 0
        assert store.events() == []


def test_a_copy_of_a_stored_article_is_not_linked(make_event: MakeEvent) -> None:
    a = result(TEXT_A, make_event, "a.txt")
    same = DuplicateLink(article_id=a.article.id, original_id=a.article.id, similarity=1.0)
    with Store(":memory:") as store:
        assert store.save_many([a], duplicates=[same]).duplicates == 0
        assert store.duplicates() == []


def test_save_signatures_replaces_a_signature(make_event: MakeEvent) -> None:
    a = result(TEXT_A, make_event, "a.txt")
    with Store(":memory:") as store:
        store.save(a)
        assert [article_id for article_id, _ in store.unsigned_articles("s")] == [a.article.id]
        store.save_signatures([StoredSignature(a.article.id, "s", b"old")])
        store.save_signatures([StoredSignature(a.article.id, "s", b"new")])
        store.save_signatures([])
        assert store.signatures("s") == [StoredSignature(a.article.id, "s", b"new")]
        assert store.unsigned_articles("s") == []


def test_a_store_of_the_first_schema_is_upgraded_keeping_its_articles(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    name, sql = MIGRATIONS[0]
    con = duckdb.connect(str(path))
    con.execute(sql)
    con.execute("CREATE TABLE schema_migrations (name VARCHAR PRIMARY KEY, applied_at TIMESTAMP)")
    con.execute("INSERT INTO schema_migrations VALUES (?, now())", [name])
    con.execute(
        "INSERT INTO articles (article_id, text, title, url, source, origin, external_id, stored_at) "
        "VALUES ('abc', 'Some text.', '', '', '', 'old.txt', '', now())"
    )
    con.close()
    with Store(path) as store:
        assert store.migrations() == [name for name, _ in MIGRATIONS]
        assert store.counts().articles == 1
        assert store.story_mentions() == {"abc": 1}
        assert store.unsigned_articles("any") == [("abc", "Some text.")]
