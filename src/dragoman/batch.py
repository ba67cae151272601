"""Coding on a Dask cluster: a thin shell over ``Dragoman.code_articles``.

The driver reads the inputs, records what cannot be read, skips articles already stored, and sends the rest
to the workers in partitions as it reads them (the last ones spread over the workers). Each worker codes its
partitions and writes them as Parquet files (articles, events, mentions, failures) into a run directory
beside the store; the driver then loads them all into the store in one transaction
(``dragoman.store.parquet.load_parquet``). With ``tcp://HOST:PORT`` the workers must see that directory at
the same path (a shared file system).

>>> parse_cluster("local:2")
ClusterSpec(address='', workers=2)
"""

from __future__ import annotations

import functools
import logging
import re
import shutil
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from dragoman.api import (
    DEFAULT_DB,
    BatchPlan,
    Dragoman,
    Progress,
    ReadOptions,
    RunSummary,
    batches,
    parse_published,
    stored_index,
)
from dragoman.errors import DragomanError, TooLarge
from dragoman.ingest import ENGLISH, read_inputs
from dragoman.ingest.dedup import SCHEME as DEDUP_SCHEME
from dragoman.ingest.dedup import signature_bytes
from dragoman.model import Article, CodingResult, Failure
from dragoman.nlp import load_nlp
from dragoman.nlp.pipeline import release_memory
from dragoman.store import Store, StoredSignature
from dragoman.store.parquet import ParquetLoad, PartitionCounts, load_parquet, write_partition

log = logging.getLogger(__name__)

DEFAULT_PARTITION_SIZE = 32
_LOCAL = re.compile(r"local:(\d+)")


@dataclass(frozen=True, slots=True)
class ClusterSpec:
    """Where to run: a local cluster of ``workers`` processes, or the scheduler at ``address``."""

    address: str = ""
    workers: int = 0


def parse_cluster(spec: str) -> ClusterSpec:
    """``local:N`` (N worker processes on this machine) or ``tcp://HOST:PORT`` (a running scheduler)."""
    text = spec.strip()
    local = _LOCAL.fullmatch(text)
    if local is not None and int(local.group(1)) > 0:
        return ClusterSpec(workers=int(local.group(1)))
    if text.startswith("tcp://") and len(text) > len("tcp://"):
        return ClusterSpec(address=text)
    raise ValueError(f"cluster {spec!r}: expected local:N (N >= 1) or tcp://HOST:PORT")


@dataclass(frozen=True, slots=True)
class PartitionTask:
    """One worker's share: articles with their input positions, and where to write the files."""

    part: str
    directory: str
    articles: tuple[tuple[int, Article], ...]
    dictionaries: tuple[str, ...] = ()
    batch_size: int = 32
    one_sided: bool = False


@dataclass(frozen=True, slots=True)
class PartitionReport:
    """What a worker wrote for one partition, with the articles it could not code."""

    part: str
    counts: PartitionCounts
    failures: tuple[Failure, ...]


@functools.cache
def _worker_dragoman(dictionaries: tuple[str, ...], batch_size: int, one_sided: bool = False) -> Dragoman:
    """One facade per worker process, so the model and tables load once, not once per partition."""
    return Dragoman(dictionaries=dictionaries, batch_size=batch_size, one_sided=one_sided)


def _failure(article: Article, stage: str, code: str, reason: str) -> Failure:
    return Failure(origin=article.label, stage=stage, code=code, reason=reason, article_id=article.id)


def _code(
    dm: Dragoman, items: Sequence[tuple[int, Article]], failures: list[Failure]
) -> list[tuple[int, CodingResult]]:
    """Code a partition in batches; when a batch fails, code its articles one by one and record failures."""
    try:
        results = list(dm.code_articles(article for _, article in items))
        return [(position, result) for (position, _), result in zip(items, results, strict=True)]
    except DragomanError:
        raise
    except Exception:  # a bug or a parser failure on one article: isolate it, record it, go on
        log.exception("partition failed; coding its articles one by one")
    coded: list[tuple[int, CodingResult]] = []
    for position, article in items:
        try:
            coded.append((position, dm.code_article(article)))
        except Exception as exc:  # recorded with its reason; the run goes on
            reason = f"{article.label}: coding failed: {type(exc).__name__}: {exc}"
            failures.append(_failure(article, "code", "E500", reason))
    return coded


def code_partition(task: PartitionTask) -> PartitionReport:
    """Run on a worker: code one partition and write its Parquet files."""
    dm = _worker_dragoman(task.dictionaries, task.batch_size, task.one_sided)
    limit = load_nlp().max_length
    failures: list[Failure] = []
    todo: list[tuple[int, Article]] = []
    for position, article in task.articles:
        if len(article.text) > limit:
            reason = (
                f"{article.label}: {len(article.text):,} characters is over the parser's limit of "
                f"{limit:,}; split the article"
            )
            failures.append(_failure(article, "parse", TooLarge.code, reason))
            continue
        todo.append((position, article))
    results = _code(dm, todo, failures)
    counts = write_partition(Path(task.directory), task.part, results, failures)
    release_memory()  # the partition's parser arrays are freed: give their pages back until the next one
    return PartitionReport(task.part, counts, tuple(failures))


def set_dask_log_level(level: int) -> None:
    """Set the level of Dask's loggers in this process (Dask configures each of them at INFO)."""
    import distributed  # noqa: F401  (importing it configures its loggers)

    for name in list(logging.root.manager.loggerDict):
        if name == "distributed" or name.startswith("distributed."):
            logging.getLogger(name).setLevel(level)


@contextmanager
def open_client(spec: ClusterSpec, *, processes: bool = True) -> Iterator[Any]:
    """A Dask client: on a new local cluster (closed on exit) or connected to a running scheduler."""
    from distributed import Client, LocalCluster

    try:
        if spec.address:
            with Client(spec.address, timeout="20s") as client:  # type: ignore[no-untyped-call]
                yield client
            return
        with (
            LocalCluster(  # type: ignore[no-untyped-call]
                n_workers=spec.workers,
                threads_per_worker=1,
                processes=processes,
                dashboard_address=None,
            ) as cluster,
            Client(cluster) as client,  # type: ignore[no-untyped-call]
        ):
            yield client
    except (OSError, TimeoutError) as err:
        raise DragomanError(f"cannot reach the Dask cluster {spec.address or spec}: {err}") from err


def _record(summary: RunSummary, failure: Failure, progress: Progress | None) -> None:
    log.warning("%s", failure.reason)
    summary.failures.append(failure)
    if progress is not None:
        progress(summary, failure.origin)


def code_on_cluster(
    dm: Dragoman,
    paths: Sequence[str | Path],
    cluster: str | ClusterSpec,
    *,
    published: str | date | None = None,
    reading: ReadOptions | None = None,
    progress: Progress | None = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    processes: bool = True,
) -> RunSummary:
    """Read ``paths``, code the new articles on a Dask cluster and load the results into ``dm``'s store.

    The same contract as ``Dragoman.ingest``: bad input is recorded as a failure, never fatal; articles
    already stored are skipped. Each partition of ``partition_size`` new articles goes to the cluster as
    soon as it is read, so the workers code while the rest is read. Parquet files go to
    ``<store>.parts/<run>`` and are removed after loading.
    """
    spec = cluster if isinstance(cluster, ClusterSpec) else parse_cluster(cluster)
    if partition_size < 1:
        raise ValueError(f"a partition needs at least one article, not {partition_size}")
    opts = reading or ReadOptions()
    summary = RunSummary()
    inputs = read_inputs(
        paths,
        published=parse_published(published),
        fields=opts.fields,
        fetch=opts.fetch,
        stdin_format=opts.stdin_format,
        languages=None if opts.any_language else ENGLISH,
    )
    db = Path(dm.db_path or DEFAULT_DB)
    run_dir = db.with_name(db.name + ".parts") / uuid.uuid4().hex
    dictionaries = tuple(str(d.resolve()) for d in dm.dictionaries)
    with open_client(spec, processes=processes) as client, Store(db) as store:
        _warm_up(client, dictionaries, dm.batch_size, dm.one_sided)  # the workers load while we read
        plan = BatchPlan(stored_index(store))  # the whole run is one plan: copies are linked at the end
        run = _Run(
            client, str(run_dir.resolve()), dictionaries, dm.batch_size, summary, progress, dm.one_sided
        )
        try:
            todo: list[tuple[int, Article]] = []
            seen: set[str] = set()
            for chunk in batches(inputs, partition_size):
                stored = store.known([item.id for item in chunk if isinstance(item, Article)])
                for item in chunk:
                    if isinstance(item, Failure):
                        store.record_failure(item)
                        _record(summary, item, progress)
                        continue
                    summary.read += 1
                    if item.id in seen or item.id in stored:
                        summary.skipped_existing += 1
                        continue
                    seen.add(item.id)
                    placed = len(plan.todo)
                    plan.place(item)
                    if len(plan.todo) > placed:  # to code (not a copy of an earlier article)
                        todo.append((summary.read - 1, item))
                while len(todo) >= partition_size:
                    run.submit(tuple(todo[:partition_size]))
                    del todo[:partition_size]
                run.collect(wait=False)
            workers = spec.workers or len(client.scheduler_info()["workers"]) or 1
            for share in _shares(todo, workers):  # the last few: spread over the workers
                run.submit(share)
            run.collect(wait=True)
            loaded = load_parquet(store, run_dir) if run.submitted else ParquetLoad(0, 0, 0, 0, 0)
        finally:
            shutil.rmtree(run_dir, ignore_errors=True)
        log.info("loaded %s from %s", loaded, run_dir)
        summary.coded = loaded.articles
        summary.events = loaded.events
        summary.skipped_existing += loaded.skipped_existing
        if plan.links or plan.signatures:
            _link_copies(dm, store, plan, summary, progress)
    return summary


def _shares(items: Sequence[tuple[int, Article]], parts: int) -> Iterator[tuple[tuple[int, Article], ...]]:
    """``items`` cut into at most ``parts`` consecutive shares of nearly equal size."""
    count = min(parts, len(items))
    for number in range(count):
        share = tuple(items[number * len(items) // count : (number + 1) * len(items) // count])
        if share:
            yield share


class _Run:
    """The partitions of one run on the cluster: submitted as they are read, their reports collected
    (counted and failures recorded) as they come back."""

    def __init__(
        self,
        client: Any,
        directory: str,
        dictionaries: tuple[str, ...],
        batch_size: int,
        summary: RunSummary,
        progress: Progress | None,
        one_sided: bool = False,
    ) -> None:
        from distributed import as_completed

        self.one_sided = one_sided
        self.client = client
        self.directory = directory
        self.dictionaries = dictionaries
        self.batch_size = batch_size
        self.summary = summary
        self.progress = progress
        self.submitted = 0
        self.pending: Any = as_completed()  # type: ignore[no-untyped-call]

    def submit(self, articles: tuple[tuple[int, Article], ...]) -> None:
        task = PartitionTask(
            part=f"{self.submitted:05d}",
            directory=self.directory,
            articles=articles,
            dictionaries=self.dictionaries,
            batch_size=self.batch_size,
            one_sided=self.one_sided,
        )
        self.pending.add(self.client.submit(code_partition, task, pure=False))
        self.submitted += 1

    def collect(self, *, wait: bool) -> None:
        """Take the reports of the partitions done (all of them, waiting for them, with ``wait``)."""
        while self.pending.has_ready() or (wait and not self.pending.is_empty()):
            report: PartitionReport = next(self.pending).result()
            self.summary.coded += report.counts.articles
            self.summary.events += report.counts.events
            for failure in report.failures:
                _record(self.summary, failure, self.progress)
            if self.progress is not None:
                self.progress(self.summary, f"partition {report.part}")


def _link_copies(
    dm: Dragoman, store: Store, plan: BatchPlan, summary: RunSummary, progress: Progress | None
) -> None:
    """After loading: store the signatures of the articles coded on the cluster, then link their copies
    (a copy whose original failed is coded here instead)."""
    coded = [
        StoredSignature(article_id, DEDUP_SCHEME, signature_bytes(sig))
        for article_id, sig in plan.signatures.items()
        if store.has_article(article_id)
    ]
    store.save_signatures(coded)
    dm._code_and_save(store, plan, [], summary, progress)


def warm_worker(dictionaries: tuple[str, ...], batch_size: int, one_sided: bool = False) -> None:
    """Run on a worker before its partitions: load the model, the knowledge base, the lexicon and the tables
    loaded on first use (the gazetteer)."""
    _worker_dragoman(dictionaries, batch_size, one_sided).warm_up()


def _warm_up(client: Any, dictionaries: tuple[str, ...], batch_size: int, one_sided: bool = False) -> None:
    """Start loading on every worker now, without waiting (each worker's partitions queue behind it)."""
    for worker in client.scheduler_info()["workers"]:
        client.submit(
            warm_worker,
            dictionaries,
            batch_size,
            one_sided,
            workers=[worker],
            allow_other_workers=False,
            pure=False,
        )
