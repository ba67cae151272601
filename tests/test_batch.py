"""Batch coding on Dask: cluster specs, Parquet partitions loaded into the store, a 2-worker LocalCluster."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from dragoman import Dragoman
from dragoman.batch import ClusterSpec, code_on_cluster, parse_cluster
from dragoman.cli import main
from dragoman.ingest.dedup import SCHEME
from dragoman.model import Article, CodingResult, Event, Failure, Mention
from dragoman.store import Store
from dragoman.store.parquet import load_parquet, write_partition
from stories import COPY, STORY

TEXT = "Russia signed a trade agreement with Afghanistan on Friday. Officials met again in Kabul."
OTHER = "France signed a trade agreement with Chad on Friday. Ministers met in Paris."


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("local:1", ClusterSpec(workers=1)),
        ("local:4", ClusterSpec(workers=4)),
        (" local:2 ", ClusterSpec(workers=2)),
        ("tcp://10.0.0.5:8786", ClusterSpec(address="tcp://10.0.0.5:8786")),
    ],
)
def test_parse_cluster(spec: str, expected: ClusterSpec) -> None:
    assert parse_cluster(spec) == expected


@pytest.mark.parametrize("spec", ["local:0", "local", "local:x", "tcp://", "http://host:8786", ""])
def test_parse_cluster_refuses(spec: str) -> None:
    with pytest.raises(ValueError, match="local:N"):
        parse_cluster(spec)


def _result(text: str, make_event: Callable[..., Event]) -> CodingResult:
    event = make_event(text=text, source=(text.split()[0], text.split()[0][:3].upper(), ""), target=None)
    article = Article.from_text(text, title=text[:12], published=date(2025, 7, 4), origin=f"{text[:6]}.txt")
    mention = Mention(article_id=article.id, sentence_index=0, actor=event.source)
    return CodingResult(article=article, events=(event,), mentions=(mention,))


def test_partitions_load_into_the_store_once(tmp_path: Path, make_event: Callable[..., Event]) -> None:
    first, second = _result(TEXT, make_event), _result(OTHER, make_event)
    failure = Failure(origin="bad.txt", stage="code", code="E500", reason="bad.txt: coding failed")
    write_partition(tmp_path / "run", "00001", [(1, second)], [failure])
    write_partition(tmp_path / "run", "00000", [(0, first)])
    write_partition(tmp_path / "run", "00002", [])  # an empty partition is valid
    with Store(":memory:") as store:
        loaded = load_parquet(store, tmp_path / "run")
        assert (loaded.articles, loaded.events, loaded.mentions, loaded.failures) == (2, 2, 2, 1)
        assert [a.id for a in store.articles()] == [first.article.id, second.article.id]  # input order
        assert store.articles()[0] == first.article
        assert store.events() == [*first.events, *second.events]
        assert store.mentions(first.article.id) == list(first.mentions)
        again = load_parquet(store, tmp_path / "run")
        assert (again.articles, again.events, again.failures, again.skipped_existing) == (0, 0, 0, 2)
        assert store.counts().events == 2


def test_load_of_an_empty_directory_adds_nothing(tmp_path: Path) -> None:
    with Store(":memory:") as store:
        loaded = load_parquet(store, tmp_path)
        assert (loaded.articles, loaded.events, loaded.failures) == (0, 0, 0)


def test_code_refuses_a_bad_cluster(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(main, ["code", str(tmp_path / "a.txt"), "--cluster", "local:zero"])
    assert result.exit_code == 2
    assert "--cluster" in result.output


SENTENCES = (
    "{a} signed a trade agreement with {b} on Friday.",
    "{a} condemned {b} on Monday.",
    "The president of {a} met the foreign minister of {b} in the capital on Tuesday.",
)
COUNTRIES = ("Russia", "France", "Chad", "Japan", "Brazil", "Kenya", "India", "Peru", "Egypt", "Iran")


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for number, country in enumerate(COUNTRIES):
        other = COUNTRIES[(number + 3) % len(COUNTRIES)]
        text = " ".join(s.format(a=country, b=other) for s in SENTENCES[: 1 + number % 3])
        (folder / f"{number:02d}.txt").write_text(text, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    return folder


@pytest.mark.slow
def test_a_local_cluster_codes_like_ingest(articles: Path, tmp_path: Path) -> None:
    serial = Dragoman(tmp_path / "serial.duckdb")
    expected = serial.ingest([articles], published="2025-07-04")
    dm = Dragoman(tmp_path / "dask.duckdb")
    summary = code_on_cluster(
        dm, [articles], ClusterSpec(workers=2), published="2025-07-04", partition_size=3, processes=True
    )
    assert (summary.read, summary.coded, summary.events) == (10, 10, expected.events)
    assert [f.code for f in summary.failures] == ["E101"]
    assert dm.events() == serial.events()
    assert dm.failures() == serial.failures()
    with Store(tmp_path / "dask.duckdb") as store, Store(tmp_path / "serial.duckdb") as reference:
        assert store.articles() == reference.articles()
        assert store.mentions() == reference.mentions()
    again = code_on_cluster(dm, [articles], "local:2", published="2025-07-04", processes=False)
    assert (again.coded, again.skipped_existing) == (0, 10)
    parts = tmp_path / "dask.duckdb.parts"
    assert not parts.exists() or not any(parts.iterdir())  # partitions are removed once loaded


@pytest.mark.slow
def test_a_cluster_links_near_duplicates_like_ingest(articles: Path, tmp_path: Path) -> None:
    (articles / "story.txt").write_text(STORY, encoding="utf-8")
    (articles / "story-copy.txt").write_text(COPY, encoding="utf-8")
    serial = Dragoman(tmp_path / "serial.duckdb")
    expected = serial.ingest([articles], published="2025-07-04")
    dm = Dragoman(tmp_path / "dask.duckdb")
    summary = code_on_cluster(dm, [articles], "local:2", published="2025-07-04", processes=False)
    assert (summary.read, summary.coded, summary.near_duplicates) == (12, 11, 1)
    assert summary.near_duplicates == expected.near_duplicates
    with Store(tmp_path / "dask.duckdb") as store, Store(tmp_path / "serial.duckdb") as reference:
        assert [(d.article_id, d.original_id) for d in store.duplicates()] == [
            (d.article_id, d.original_id) for d in reference.duplicates()
        ]
        assert store.signatures(SCHEME) == reference.signatures(SCHEME)
    later = tmp_path / "later"
    later.mkdir()
    (later / "copy.txt").write_text(COPY.replace("NAIROBI (Wire)", "MOMBASA (Wire)"), encoding="utf-8")
    again = code_on_cluster(dm, [articles, later], "local:1", published="2025-07-04", processes=False)
    assert (again.coded, again.skipped_existing, again.near_duplicates) == (0, 12, 1)


def test_the_last_articles_are_spread_over_the_workers() -> None:
    from dragoman.batch import _shares

    items = [(n, Article.from_text(f"Text number {n}.")) for n in range(7)]
    shares = list(_shares(items, 3))
    assert [len(share) for share in shares] == [2, 2, 3]
    assert [item for share in shares for item in share] == items
    assert [len(share) for share in _shares(items[:2], 4)] == [1, 1]
    assert list(_shares([], 2)) == []
