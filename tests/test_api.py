"""``Dragoman.ingest``: parser processes that last the run, failures isolated per article, copies linked
across batches in flight. Loads the spaCy model, hence slow."""

from __future__ import annotations

from concurrent.futures import Future
from pathlib import Path

import pytest

from dragoman import Dragoman
from dragoman.model import Article, CodingResult
from dragoman.nlp import EventCoder
from dragoman.nlp.pipeline import WorkerPool, default_processes
from dragoman.store import Store
from stories import COPY, STORY

pytestmark = pytest.mark.slow

COUNTRIES = ("Russia", "China", "Japan", "Brazil", "Chad", "France", "Egypt", "India", "Peru")


def briefs(count: int) -> list[str]:
    return [
        f"{COUNTRIES[n % 9]} criticised {COUNTRIES[(n + 1 + n // 9) % 9]} on Monday over talks in {2000 + n}."
        for n in range(count)
    ]


def folder_of(path: Path, texts: list[str]) -> Path:
    path.mkdir()
    for number, text in enumerate(texts):
        (path / f"{number:03d}.txt").write_text(text, encoding="utf-8")
    return path


def snapshot(db: Path) -> tuple[object, ...]:
    with Store(db) as store:
        return store.articles(), store.events(), store.mentions(), store.duplicates(), store.failures()


def test_processes_resolve_every_core() -> None:
    assert Dragoman().processes == default_processes() >= 1
    assert Dragoman(n_process=3).processes == 3
    assert Dragoman(n_process=1).processes == 1


def test_two_worker_processes_store_what_one_process_stores(tmp_path: Path) -> None:
    folder = folder_of(tmp_path / "in", [STORY, *briefs(9), COPY, *briefs(12)[9:]])
    one = Dragoman(tmp_path / "one.duckdb", n_process=1, batch_size=4).ingest([folder], "2025-07-04")
    two = Dragoman(tmp_path / "two.duckdb", n_process=2, batch_size=4).ingest([folder], "2025-07-04")
    assert (two.read, two.coded, two.near_duplicates, two.events) == (
        one.read,
        one.coded,
        one.near_duplicates,
        one.events,
    )
    assert (two.read, two.coded, two.near_duplicates) == (14, 13, 1)
    assert snapshot(tmp_path / "two.duckdb") == snapshot(tmp_path / "one.duckdb")
    again = Dragoman(tmp_path / "two.duckdb", n_process=2, batch_size=4).ingest([folder], "2025-07-04")
    assert (again.coded, again.skipped_existing) == (0, 14)


@pytest.mark.parametrize("n_process", [1, 2])
def test_an_article_that_fails_to_code_is_recorded_and_its_copy_coded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, n_process: int
) -> None:
    """The original fails in the first batch; its copy, in a later batch read meanwhile, is coded itself."""
    real = EventCoder.code

    def code(self: EventCoder, doc: object, article: Article) -> CodingResult:
        if article.text == STORY:
            raise RuntimeError("a bug")
        return real(self, doc, article)  # type: ignore[arg-type]

    monkeypatch.setattr(EventCoder, "code", code)
    folder = folder_of(tmp_path / "in", [STORY, *briefs(5), COPY])
    dm = Dragoman(tmp_path / "s.duckdb", n_process=n_process, batch_size=3)
    summary = dm.ingest([folder], "2025-07-04")
    assert (summary.read, summary.coded, summary.near_duplicates) == (7, 6, 0)
    assert [(f.stage, f.code) for f in summary.failures] == [("code", "E500")]
    assert "coding failed: RuntimeError: a bug" in summary.failures[0].reason
    stored = {a.text for a in dm.articles()}
    assert COPY in stored and STORY not in stored


def test_a_batch_failed_in_a_worker_is_coded_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: WorkerPool, work: object, argument: object) -> Future[object]:
        future: Future[object] = Future()
        future.set_exception(RuntimeError("worker lost"))
        return future

    monkeypatch.setattr(WorkerPool, "submit", broken)
    folder = folder_of(tmp_path / "in", briefs(5))
    summary = Dragoman(tmp_path / "s.duckdb", n_process=2, batch_size=2).ingest([folder], "2025-07-04")
    assert (summary.read, summary.coded, summary.failures) == (5, 5, [])


def test_the_pipeline_annotates_like_spacys_own_components() -> None:
    """The faster attribute ruler and lemmatizer that ``ingest`` parses with change no annotation.
    (A test of ``dragoman.nlp.pipeline``; kept here with the other ingest speed tests.)"""
    import spacy

    from dragoman.nlp import load_nlp
    from dragoman.nlp.pipeline import MODEL_NAME

    reference = spacy.load(MODEL_NAME)
    reference.add_pipe("dragoman_paragraphs", before="parser")
    reference.add_pipe("dragoman_subject_repair", last=True)
    reference.add_pipe("dragoman_clause_repair", last=True)
    odd = "There are talks.\n\nIt's got worse; they're gone -- isn't it?  \t Yes, the U.S. gets it."
    texts = [STORY, COPY, *briefs(4), odd]

    def view(doc: object) -> list[tuple[object, ...]]:
        return [
            (t.lemma_, t.pos_, str(t.morph), t.tag_, t.dep_, t.head.i, t.ent_type_, t.is_sent_start)
            for t in doc  # type: ignore[attr-defined]
        ]

    ours = [view(doc) for doc in load_nlp().pipe(texts)]
    assert ours == [view(doc) for doc in reference.pipe(texts)]
    assert type(load_nlp().get_pipe("lemmatizer")).__name__ == "CachedLemmatizer"


def test_parse_keeps_order_and_annotations_in_small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """``parse`` gives the docs ``nlp.pipe`` gives, in order with their contexts, never parsing more than
    its character budget at once (a longer text alone)."""
    from dragoman.nlp import load_nlp
    from dragoman.nlp.pipeline import parse

    nlp = load_nlp()
    texts = [STORY, *briefs(6), COPY]
    expected = [doc.to_json() for doc in nlp.pipe(texts)]
    batches: list[int] = []
    real = nlp.pipe

    def pipe(items: list[tuple[str, int]], **kwargs: object) -> object:
        if kwargs.get("as_tuples"):  # (spaCy's own pipe calls itself again, on the texts alone)
            batches.append(sum(len(text) for text, _ in items))
        return real(items, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(nlp, "pipe", pipe)
    budget = 2 * len(briefs(1)[0])
    got = list(parse(((text, number) for number, text in enumerate(texts)), max_chars=budget))
    assert [number for _, number in got] == list(range(len(texts)))
    assert [doc.to_json() for doc, _ in got] == expected
    assert len(batches) > 2
    assert all(size <= budget or size in (len(STORY), len(COPY)) for size in batches)


def test_ingest_loads_every_table_before_its_worker_processes_fork(tmp_path: Path) -> None:
    """What the parent loads before the fork is shared by the workers; the gazetteer, loaded on first use,
    would otherwise be loaded again by each worker as its own copy."""
    from dragoman.nlp.gazetteer import load_gazetteer

    load_gazetteer.cache_clear()
    folder = folder_of(tmp_path / "in", briefs(3))
    summary = Dragoman(tmp_path / "s.duckdb", n_process=2, batch_size=2).ingest([folder], "2025-07-04")
    assert summary.coded == 3
    assert load_gazetteer.cache_info().currsize == 1  # loaded here, in the parent: workers cannot fill it


def test_release_memory_trims_the_heap_with_glibc() -> None:
    import platform

    from dragoman.nlp.pipeline import release_memory

    assert release_memory() is (platform.libc_ver()[0] == "glibc")
