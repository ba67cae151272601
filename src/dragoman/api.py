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
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TextIO

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
from dragoman.store import DuplicateLink, Store, StoredSignature
from dragoman.store.export import write_csv, write_gdelt, write_jsonl, write_parquet, write_plover

log = logging.getLogger(__name__)

DEFAULT_DB = "dragoman.duckdb"


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
        n_process: int = 1,
    ) -> None:
        self.db_path = Path(db) if db is not None else None
        self.dictionaries = tuple(Path(d) for d in dictionaries)
        self.batch_size = batch_size
        self.n_process = n_process  # parser processes for nlp.pipe (-1: every core); coding stays here

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
        return EventCoder(self.lexicon, self.cameo, matcher)

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
        return next(iter(self.code_articles([article])))

    def code_articles(self, articles: Iterable[Article]) -> Iterator[CodingResult]:
        """Code articles in batches with ``nlp.pipe``; results come out in input order."""
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
        original, not coded again. Each batch is stored in one transaction, so a run killed at any
        moment and run again codes only what is missing.
        """
        summary = RunSummary()
        pub = parse_published(published)
        opts = reading or ReadOptions()
        nlp = load_nlp()
        inputs = read_inputs(
            paths,
            published=pub,
            fields=opts.fields,
            fetch=opts.fetch,
            stdin_format=opts.stdin_format,
            languages=None if opts.any_language else ENGLISH,
        )
        with self._store() as store:
            index = _stored_index(store)
            for batch in _batches(inputs, self.batch_size):
                plan = _BatchPlan(index)
                for item in batch:
                    if isinstance(item, Failure):
                        self._fail(store, summary, item, progress)
                        continue
                    summary.read += 1
                    if store.has_article(item.id) or store.has_duplicate(item.id) or item.id in plan.seen:
                        summary.skipped_existing += 1
                        continue
                    plan.seen.add(item.id)
                    if len(item.text) > nlp.max_length:
                        err = TooLarge(
                            f"{item.label}: {len(item.text):,} characters is over the parser's limit of "
                            f"{nlp.max_length:,}; split the article"
                        )
                        self._fail(store, summary, _failure(item, "parse", err), progress)
                        continue
                    plan.place(item)
                self._code_and_save(store, plan, summary, progress)
        return summary

    def _code_and_save(
        self, store: Store, plan: _BatchPlan, summary: RunSummary, progress: Progress | None
    ) -> None:
        """Code a batch's new articles and store them with its near-duplicate links in one transaction."""
        results = list(self._code_safely(plan.todo, store, summary, progress))
        coded = {result.article.id for result in results}
        links = [link for link in plan.links if link.original_id in coded or link.original_id in plan.index]
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
            if result.article.id in plan.signatures:
                plan.index.add(result.article.id, plan.signatures[result.article.id])
            if progress is not None:
                progress(summary, result.article.label)
        if progress is not None:
            for link in links:
                progress(summary, link.label)

    def _code_safely(
        self, articles: list[Article], store: Store, summary: RunSummary, progress: Progress | None
    ) -> Iterator[CodingResult]:
        try:
            yield from list(self.code_articles(articles))
        except DragomanError:
            raise
        except Exception:  # a bug or a parser failure on one article: isolate it, record it, go on
            log.exception("batch failed; coding its articles one by one")
            for article in articles:
                try:
                    yield self.code_article(article)
                except Exception as exc:  # recorded with its reason; the run goes on
                    failure = Failure(
                        origin=article.label,
                        stage="code",
                        code="E500",
                        reason=f"{article.label}: coding failed: {type(exc).__name__}: {exc}",
                        article_id=article.id,
                    )
                    self._fail(store, summary, failure, progress)

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


def _stored_index(store: Store) -> NearDuplicateIndex:
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


class _BatchPlan:
    """One batch sorted before coding: articles to code, near-duplicates to link, signatures to store."""

    def __init__(self, index: NearDuplicateIndex) -> None:
        self.index = index  # stored articles
        self.pending = NearDuplicateIndex(index.threshold)  # this batch's articles to code
        self.seen: set[str] = set()
        self.todo: list[Article] = []
        self.links: list[DuplicateLink] = []
        self.copies: dict[str, Article] = {}
        self.signatures: dict[str, Signature] = {}

    def place(self, article: Article) -> None:
        """Code the article, or link it to the stored or batch article it nearly duplicates."""
        if is_candidate(article.text):
            sig = signature(article.text)
            matches = [m for m in (self.index.find(sig), self.pending.find(sig)) if m is not None]
            if matches:
                best = max(matches, key=lambda m: m.similarity)
                self.links.append(DuplicateLink.of(article, best.article_id, best.similarity))
                self.copies[article.id] = article
                return
            self.pending.add(article.id, sig)
            self.signatures[article.id] = sig
        self.todo.append(article)


def _batches(items: Iterable[Article | Failure], size: int) -> Iterator[list[Article | Failure]]:
    batch: list[Article | Failure] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
