"""The facade: one object that wires readers, the NLP pipeline, the coder and the store.

The CLI, the evaluation harness and (later) the web server are thin shells over this class.

>>> from dragoman import Dragoman
>>> dm = Dragoman()
>>> events = dm.code("Russia recognised the Taliban government on Thursday.", published="2025-07-04")
>>> [(e.source.code, e.code, e.target.code if e.target else None, e.date.value) for e in events]
[('RUS', '054', 'AFG', '2025-07-03')]
"""

from __future__ import annotations

import logging
import queue
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, partial
from pathlib import Path
from typing import TextIO, cast

from dragoman.errors import BadDate, DragomanError, TooLarge
from dragoman.ingest import DEFAULT_FIELDS, ENGLISH, FieldMap, read_inputs
from dragoman.ingest.dedup import SCHEME as DEDUP_SCHEME
from dragoman.ingest.dedup import (
    NearDuplicateIndex,
    Signature,
    is_candidate,
    signature,
    signature_bytes,
    signature_from_bytes,
)
from dragoman.kb import KnowledgeBase, load_kb
from dragoman.kb.explanation import ActorExplanation
from dragoman.model import Article, CodingResult, Event, Failure
from dragoman.model.cameo import CameoTable, load_cameo
from dragoman.nlp import EventCoder, load_nlp
from dragoman.nlp.actors import ActorMatcher
from dragoman.nlp.lexicon import Lexicon, load_lexicon
from dragoman.nlp.pipeline import WorkerPool, can_fork, default_processes, parse, release_memory
from dragoman.store import DuplicateLink, Store, StoredSignature
from dragoman.store.export import write_csv, write_gdelt, write_jsonl, write_parquet, write_plover

log = logging.getLogger(__name__)

DEFAULT_DB = "dragoman.duckdb"

# Coded by ``Dragoman.warm_up``: actors, an event, a place and dates, so that every table is loaded.
_WARM_UP = (
    "Russia recognised the Taliban government in Kabul on Thursday. Talks between France and Egypt "
    "began in Cairo last week and will resume on 12 August 2025."
)


def parse_published(value: str | date | None) -> date | None:
    """An ISO date (or datetime) string, a date, or None."""
    if value is None or isinstance(value, date):
        return value
    text = value.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError as exc:
        raise BadDate(f"publication date {value!r} is not an ISO date (YYYY-MM-DD)") from exc


@dataclass(slots=True)
class RunSummary:
    """What one ``ingest`` run did."""

    read: int = 0
    coded: int = 0
    skipped_existing: int = 0
    near_duplicates: int = 0  # linked to an earlier article (a syndicated copy), not coded again
    events: int = 0
    failures: list[Failure] = field(default_factory=list)


Progress = Callable[[RunSummary, str], None]


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How inputs are read: field names of JSON/CSV records, network use, stdin format, languages kept."""

    fields: FieldMap = DEFAULT_FIELDS
    fetch: bool = True  # fetch feed items' pages and URLs given as inputs
    stdin_format: str = "auto"
    any_language: bool = False  # keep non-English articles (they are skipped by default)


class Dragoman:
    """Code news text into CAMEO events; optionally store them in a DuckDB file.

    Heavy resources (the spaCy model, the knowledge base, the lexicon) load on first use, not here.
    """

    def __init__(
        self,
        db: str | Path | None = None,
        *,
        dictionaries: Sequence[str | Path] = (),
        batch_size: int = 32,
        n_process: int = -1,
        one_sided: bool = False,
    ) -> None:
        self.db_path = Path(db) if db is not None else None
        # keep events that name no target ("Evo Morales resigned"); by default every event is a dyad
        self.one_sided = one_sided
        self.dictionaries = tuple(Path(d) for d in dictionaries)
        self.batch_size = batch_size
        # processes ``ingest`` parses and codes in, started once for the run (-1: every core; 1: this one)
        self.n_process = n_process

    # -- resources --------------------------------------------------------------------------------------
    @cached_property
    def kb(self) -> KnowledgeBase:
        return load_kb(self.dictionaries)

    @cached_property
    def lexicon(self) -> Lexicon:
        return load_lexicon()

    @cached_property
    def cameo(self) -> CameoTable:
        return load_cameo()

    @cached_property
    def coder(self) -> EventCoder:
        nlp = load_nlp()
        matcher = ActorMatcher(nlp.vocab, self.kb, nlp.make_doc)
        return EventCoder(self.lexicon, self.cameo, matcher, one_sided=self.one_sided)

    def warm_up(self) -> None:
        """Load everything coding needs, including the tables loaded on first use (the gazetteer, the date
        parser's), by coding a short text. ``ingest`` calls it before forking its worker processes: what
        is loaded before the fork is shared by them, what each loads after is its own copy."""
        self.code(_WARM_UP, published="2025-07-04")

    # -- coding -----------------------------------------------------------------------------------------
    def code(
        self,
        text: str,
        published: str | date | None = None,
        *,
        title: str = "",
        url: str = "",
        source: str = "",
    ) -> list[Event]:
        """Code one text; returns its events (nothing is stored)."""
        article = Article.from_text(
            text, title=title, published=parse_published(published), url=url, source=source
        )
        return list(self.code_article(article).events)

    def code_article(self, article: Article) -> CodingResult:
        """Code one article, in this process whatever ``n_process`` says."""
        return next(self._code_here([article]))

    def code_articles(self, articles: Iterable[Article]) -> Iterator[CodingResult]:
        """Code articles in batches with ``nlp.pipe``; results come out in input order.

        Parses in this process unless ``n_process`` is over 1 (then in that many spaCy processes started
        for this call): every core (``n_process=-1``) is for ``ingest``, whose processes last the run.
        """
        if self.n_process <= 1:
            yield from self._code_here(articles)
            return
        nlp = load_nlp()
        coder = self.coder
        pairs = ((a.text, a) for a in articles)
        docs = nlp.pipe(pairs, as_tuples=True, batch_size=self.batch_size, n_process=self.n_process)
        for doc, article in docs:
            yield coder.code(doc, article)

    # -- storing ----------------------------------------------------------------------------------------
    def _store(self) -> Store:
        return Store(self.db_path or DEFAULT_DB)

    def ingest(
        self,
        paths: Sequence[str | Path],
        published: str | date | None = None,
        progress: Progress | None = None,
        reading: ReadOptions | None = None,
    ) -> RunSummary:
        """Read, code and store every article under ``paths``. Bad input is recorded, never fatal.

        Articles already stored (same content hash) are skipped; near-duplicates of stored articles or of
        earlier ones in the run (syndicated copies, see ``dragoman.ingest.dedup``) are linked to their
        original, not coded again. Inputs are read in batches of ``batch_size``; each batch is stored in
        one transaction as soon as it is coded, so a run killed at any moment and run again codes only
        what is missing. With more than one process, worker processes forked once for the run parse and
        code the batches while this process reads, sorts and stores them (see ``processes``).
        """
        summary = RunSummary()
        pub = parse_published(published)
        opts = reading or ReadOptions()
        processes = self.processes
        if processes > 1:
            self.warm_up()  # before the worker processes fork, so that they share all of it
        inputs = read_inputs(
            paths,
            published=pub,
            fields=opts.fields,
            fetch=opts.fetch,
            stdin_format=opts.stdin_format,
            languages=None if opts.any_language else ENGLISH,
        )
        with ExitStack() as stack:  # the pool first: its processes must not inherit the store or threads
            pool = None
            if processes > 1:
                pool = stack.enter_context(WorkerPool(processes, partial(_become_worker, self.coder)))
            store = stack.enter_context(self._store())
            _IngestRun(self, store, summary, progress, pool).run(inputs)
        return summary

    @property
    def processes(self) -> int:
        """Processes ``ingest`` parses and codes in: ``n_process``, or every core when it is -1 (or 0);
        one where worker processes cannot be forked."""
        if not can_fork():
            return 1
        return self.n_process if self.n_process > 0 else default_processes()

    def _code_and_save(
        self,
        store: Store,
        plan: BatchPlan,
        results: list[CodingResult],
        summary: RunSummary,
        progress: Progress | None,
    ) -> None:
        """Store a batch's coded articles with its near-duplicate links in one transaction. A link whose
        original was not coded (it failed) is dropped and the copy is coded itself."""
        coded = {result.article.id for result in results}
        links = [
            link for link in plan.links if link.original_id in coded or store.has_article(link.original_id)
        ]
        orphans = [plan.copies[link.article_id] for link in plan.links if link not in links]
        if orphans:  # their original failed to code: code the copies themselves
            results.extend(self._code_safely(orphans, store, summary, progress))
        signatures = [
            StoredSignature(r.article.id, DEDUP_SCHEME, signature_bytes(plan.signatures[r.article.id]))
            for r in results
            if r.article.id in plan.signatures
        ]
        saved = store.save_many(results, duplicates=links, signatures=signatures)
        summary.near_duplicates += saved.duplicates
        for result in saved.results:
            summary.coded += 1
            summary.events += len(result.events)
            if progress is not None:
                progress(summary, result.article.label)
        if progress is not None:
            for link in links:
                progress(summary, link.label)

    def _code_safely(
        self, articles: list[Article], store: Store, summary: RunSummary, progress: Progress | None
    ) -> Iterator[CodingResult]:
        """Parse and code articles in this process; when the batch fails, one by one, recording failures."""
        try:
            yield from list(self._code_here(articles))
        except DragomanError:
            raise
        except Exception:  # a bug or a parser failure on one article: isolate it, record it, go on
            log.exception("batch failed; coding its articles one by one")
            for article in articles:
                try:
                    yield self.code_article(article)
                except Exception as exc:  # recorded with its reason; the run goes on
                    self._fail(store, summary, _coding_failure(article, exc), progress)

    def _code_here(self, articles: Iterable[Article]) -> Iterator[CodingResult]:
        """``code_articles`` parsing in this process, whatever ``n_process`` says."""
        coder = self.coder
        for doc, article in parse((a.text, a) for a in articles):
            yield coder.code(doc, article)

    @staticmethod
    def _fail(store: Store, summary: RunSummary, failure: Failure, progress: Progress | None) -> None:
        log.warning("%s", failure.reason)
        store.record_failure(failure)
        summary.failures.append(failure)
        if progress is not None:
            progress(summary, failure.origin)

    def events(self, article_id: str | None = None) -> list[Event]:
        with self._store() as store:
            return store.events(article_id)

    def export_events(self, fmt: str, stream: TextIO) -> int:
        """Write the stored events to a text stream (jsonl, csv, plover or gdelt); return how many."""
        with self._store() as store:
            events = store.events()
            if fmt == "gdelt":
                urls = {a.id: a.url for a in store.articles()}
                return write_gdelt(events, stream, urls)
        writers = {"jsonl": write_jsonl, "csv": write_csv, "plover": write_plover}
        if fmt not in writers:
            raise DragomanError(
                f"unknown export format {fmt!r} (jsonl, csv, plover, gdelt; parquet to a file)"
            )
        return writers[fmt](events, stream)

    def export_parquet(self, path: str | Path) -> int:
        """Write the stored events as flat Parquet rows; return how many."""
        return write_parquet(self.events(), path)

    def articles(self) -> list[Article]:
        with self._store() as store:
            return store.articles()

    def failures(self) -> list[Failure]:
        with self._store() as store:
            return store.failures()

    # -- explaining -------------------------------------------------------------------------------------
    def explain_actor(self, name: str, on: date | None) -> ActorExplanation:
        """How a name or phrase resolves on a date: its candidates, the role valid then, the chosen actors."""
        from dragoman.nlp.explain import explain_actor

        return explain_actor(name, on, load_nlp(), self.coder.matcher)


def _failure(article: Article, stage: str, err: DragomanError) -> Failure:
    return Failure(
        origin=article.label, stage=stage, code=err.code, reason=err.message, article_id=article.id
    )


def stored_index(store: Store) -> NearDuplicateIndex:
    """The near-duplicate index of every stored article; signatures missing from the store (articles
    stored before near-duplicate detection, or by another scheme) are computed and stored now."""
    index = NearDuplicateIndex()
    for stored in store.signatures(DEDUP_SCHEME):
        try:
            index.add(stored.article_id, signature_from_bytes(stored.data))
        except ValueError as err:
            log.warning("recomputing the signature of %s: %s", stored.article_id, err)
    missing: list[StoredSignature] = []
    for article_id, text in store.unsigned_articles(DEDUP_SCHEME):
        if article_id not in index and is_candidate(text):
            sig = signature(text)
            index.add(article_id, sig)
            missing.append(StoredSignature(article_id, DEDUP_SCHEME, signature_bytes(sig)))
    store.save_signatures(missing)
    return index


class BatchPlan:
    """One batch of inputs sorted before coding: articles to code, near-duplicates to link, signatures to
    store. ``index`` is the run's: stored articles and the articles of earlier batches of the run."""

    def __init__(self, index: NearDuplicateIndex) -> None:
        self.index = index
        self.todo: list[Article] = []
        self.links: list[DuplicateLink] = []
        self.copies: dict[str, Article] = {}
        self.signatures: dict[str, Signature] = {}
        self.coded: Future[list[CodingResult | Failure]] | None = None  # when coded in a worker process

    def place(self, article: Article) -> None:
        """Code the article, or link it to the stored or earlier article it nearly duplicates."""
        if is_candidate(article.text):
            sig = signature(article.text)
            match = self.index.find(sig)
            if match is not None:
                self.links.append(DuplicateLink.of(article, match.article_id, match.similarity))
                self.copies[article.id] = article
                return
            self.index.add(article.id, sig)
            self.signatures[article.id] = sig
        self.todo.append(article)

    def ready(self) -> bool:
        return self.coded is None or self.coded.done()


_Event = tuple[str, object]


class _Reader:
    """Reads the inputs in a thread, batch by batch, into the run's event queue, at most ``ahead``
    batches ahead of the batches stored, so that a stalled input (a pipe) never holds back batches
    already read."""

    def __init__(
        self, inputs: Iterable[Article | Failure], size: int, events: queue.Queue[_Event], ahead: int
    ) -> None:
        self._inputs = inputs
        self._size = size
        self._events = events
        self._slots = threading.Semaphore(ahead)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._read, name="dragoman-reader", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def done_one(self) -> None:
        """A batch was stored: the reader may read one more."""
        self._slots.release()

    def stop(self) -> None:
        self._stop.set()

    def _read(self) -> None:
        try:
            for batch in batches(self._inputs, self._size):
                while not self._slots.acquire(timeout=0.2):
                    if self._stop.is_set():
                        return
                if self._stop.is_set():
                    return
                self._events.put(("batch", batch))
            self._events.put(("end", None))
        except BaseException as exc:  # raised again in the run's thread
            self._events.put(("error", exc))


class _IngestRun:
    """One ``ingest`` run: batches read by a ``_Reader`` thread, parsed and coded by the pool (or here),
    and stored here, one transaction per batch, in input order."""

    def __init__(
        self,
        dm: Dragoman,
        store: Store,
        summary: RunSummary,
        progress: Progress | None,
        pool: WorkerPool | None,
    ) -> None:
        self.dm = dm
        self.store = store
        self.summary = summary
        self.progress = progress
        self.pool = pool
        self.limit = load_nlp().max_length
        self.index = stored_index(store)
        self.seen: set[str] = set()
        self.events: queue.Queue[_Event] = queue.Queue()
        self.inflight: deque[BatchPlan] = deque()

    def run(self, inputs: Iterable[Article | Failure]) -> None:
        ahead = 2 * self.pool.processes + 1 if self.pool is not None else 2
        reader = _Reader(inputs, self.dm.batch_size, self.events, ahead)
        reader.start()
        ended = False
        try:
            while not ended or self.inflight:
                kind, payload = self.events.get()
                if kind == "batch":
                    self.inflight.append(self._plan(cast(list[Article | Failure], payload)))
                elif kind == "end":
                    ended = True
                elif kind == "error":
                    raise cast(BaseException, payload)
                while self.inflight and self.inflight[0].ready():
                    self._finish(self.inflight.popleft())
                    reader.done_one()
        finally:
            reader.stop()
            for plan in self.inflight:
                if plan.coded is not None:
                    plan.coded.cancel()

    def _plan(self, batch: list[Article | Failure]) -> BatchPlan:
        """Sort a batch: failures recorded, stored articles skipped, copies linked; start its parse."""
        plan = BatchPlan(self.index)
        stored = self.store.known([item.id for item in batch if isinstance(item, Article)])
        for item in batch:
            if isinstance(item, Failure):
                self.dm._fail(self.store, self.summary, item, self.progress)
                continue
            self.summary.read += 1
            if item.id in self.seen or item.id in stored:
                self.summary.skipped_existing += 1
                continue
            self.seen.add(item.id)
            if len(item.text) > self.limit:
                err = TooLarge(
                    f"{item.label}: {len(item.text):,} characters is over the parser's limit of "
                    f"{self.limit:,}; split the article"
                )
                self.dm._fail(self.store, self.summary, _failure(item, "parse", err), self.progress)
                continue
            plan.place(item)
        if self.pool is not None and plan.todo:
            try:
                plan.coded = self.pool.submit(_code_in_worker, plan.todo)
            except BrokenProcessPool:
                log.warning("the worker processes are gone; coding here")
                self.pool = None
            else:
                plan.coded.add_done_callback(lambda _: self.events.put(("coded", None)))
        return plan

    def _finish(self, plan: BatchPlan) -> None:
        """Take a batch's results (from a worker, or coded here now) and store them."""
        results: list[CodingResult] | None = None
        try:
            if plan.coded is not None:
                outcomes = plan.coded.result()
            else:
                outcomes = _code_batch(self.dm.coder, plan.todo)
        except DragomanError:
            raise
        except Exception:  # a parser failure (or a lost worker): code the batch one by one, here
            log.exception("a batch failed; coding its articles one by one")
        else:
            results = []
            for outcome in outcomes:
                if isinstance(outcome, Failure):
                    self.dm._fail(self.store, self.summary, outcome, self.progress)
                else:
                    results.append(outcome)
        if results is None:
            results = list(self.dm._code_safely(plan.todo, self.store, self.summary, self.progress))
        self.dm._code_and_save(self.store, plan, results, self.summary, self.progress)


_worker_coder: EventCoder | None = None  # in a worker process of ``ingest``: the run's coder


def _become_worker(coder: EventCoder) -> None:
    """Run as a worker process starts (forked: ``coder`` is the parent's, not a copy sent over)."""
    global _worker_coder
    _worker_coder = coder


def _code_in_worker(articles: list[Article]) -> list[CodingResult | Failure]:
    """Run in a worker process: ``_code_batch`` with the run's coder."""
    if _worker_coder is None:
        raise RuntimeError("not in a worker process of Dragoman.ingest")
    try:
        return _code_batch(_worker_coder, articles)
    finally:
        release_memory()  # the batch's parser arrays are freed: give their pages back until the next one


def _code_batch(coder: EventCoder, articles: list[Article]) -> list[CodingResult | Failure]:
    """Parse and code a batch; an article whose coding fails becomes a failure, the others are coded.

    A parser failure, or a ``DragomanError``, fails the whole batch."""
    outcomes: list[CodingResult | Failure] = []
    for doc, article in parse((article.text, article) for article in articles):
        try:
            outcomes.append(coder.code(doc, article))
        except DragomanError:
            raise
        except Exception as exc:  # a bug on one article: recorded with its reason; the run goes on
            log.exception("coding %s failed", article.label)
            outcomes.append(_coding_failure(article, exc))
    return outcomes


def _coding_failure(article: Article, exc: Exception) -> Failure:
    return Failure(
        origin=article.label,
        stage="code",
        code="E500",
        reason=f"{article.label}: coding failed: {type(exc).__name__}: {exc}",
        article_id=article.id,
    )


def batches(items: Iterable[Article | Failure], size: int) -> Iterator[list[Article | Failure]]:
    """The items in lists of ``size`` (the last one shorter), read lazily."""
    batch: list[Article | Failure] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
