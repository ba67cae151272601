"""The command line: a thin shell over ``dragoman.api.Dragoman``.

Each command opens the facade, makes one call, and turns domain errors into a clean message.
Exit codes: 0 success, 1 the run finished but some inputs failed (recorded in the store),
2 usage or data error.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from dragoman import __version__
from dragoman.api import DEFAULT_DB, Dragoman, ReadOptions, RunSummary, parse_published
from dragoman.errors import DragomanError
from dragoman.ingest import FieldMap
from dragoman.model import Event

if TYPE_CHECKING:
    from dragoman.batch import ClusterSpec

console = Console(stderr=True)
# Piped or captured output gets a fixed, wide layout instead of rich's 80-column default.
out = Console() if Console().is_terminal else Console(width=160)


def _fail(err: DragomanError) -> None:
    console.print(f"[bold red]error[/] {err}")
    sys.exit(2)


def _published(value: str | None) -> date | None:
    try:
        return parse_published(value)
    except DragomanError as err:
        raise click.BadParameter(str(err)) from err


@click.group()
@click.version_option(__version__, prog_name="dragoman")
@click.option("-v", "--verbose", count=True, help="Log more (-v info, -vv debug).")
def main(verbose: int) -> None:
    """Dragoman: news in, CAMEO/PLOVER-coded events with evidence out."""
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    if verbose == 0:
        logging.getLogger("dragoman").setLevel(logging.ERROR)  # failures are reported by the summary


def _cluster(value: str) -> ClusterSpec:
    from dragoman.batch import parse_cluster

    try:
        return parse_cluster(value)
    except ValueError as err:
        raise click.BadParameter(str(err), param_hint="--cluster") from err


@main.command("code")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--db", default=DEFAULT_DB, show_default=True, type=click.Path(path_type=Path), help="Store file."
)
@click.option("--published", help="Publication date (YYYY-MM-DD) for inputs that carry none.")
@click.option(
    "--dictionary",
    "dictionaries",
    multiple=True,
    type=click.Path(exists=True, path_type=Path),
    help="Extra actor dictionary (our TSV tables or a PETRARCH actor/agent dictionary); may be repeated.",
)
@click.option("--text-field", default="text", show_default=True, help="JSON key or CSV column of the text.")
@click.option("--date-field", default="published", show_default=True, help="... of the publication date.")
@click.option("--title-field", default="title", show_default=True, help="... of the title.")
@click.option("--url-field", default="url", show_default=True, help="... of the URL.")
@click.option("--source-field", default="source", show_default=True, help="... of the outlet.")
@click.option("--id-field", default="id", show_default=True, help="... of the record id.")
@click.option("--no-fetch", is_flag=True, help="Never use the network (feed items are read from the feed).")
@click.option(
    "--stdin-format",
    type=click.Choice(["auto", "text", "html", "jsonl", "json", "csv", "tsv", "feed", "warc"]),
    default="auto",
    show_default=True,
    help="Format of standard input (the path '-').",
)
@click.option("--any-language", is_flag=True, help="Keep non-English articles (skipped by default).")
@click.option(
    "--cluster",
    metavar="local:N|tcp://HOST:PORT",
    help="Code on Dask: N local worker processes, or a running scheduler (workers must share the store's "
    "folder). Workers write Parquet partitions that are then loaded into the store.",
)
@click.option(
    "--processes",
    type=int,
    default=-1,
    show_default=True,
    help="Processes to parse and code in (-1: every core; 1: this process only, least memory).",
)
@click.option(
    "--one-sided",
    is_flag=True,
    help="Also keep events that name no target ('Evo Morales resigned'); by default every event is a dyad.",
)
def code_command(
    paths: Sequence[str],
    db: Path,
    published: str | None,
    dictionaries: Sequence[Path],
    text_field: str,
    date_field: str,
    title_field: str,
    url_field: str,
    source_field: str,
    id_field: str,
    no_fetch: bool,
    stdin_format: str,
    any_language: bool,
    cluster: str | None,
    processes: int,
    one_sided: bool,
) -> None:
    """Code files, folders, feed or page URLs, or '-' for standard input into the store.

    Files: text and Markdown, HTML, JSON, JSONL, CSV/TSV, RSS/Atom feeds, WARC. Already stored articles are
    skipped; inputs that cannot be read are recorded as failures and the run goes on.
    """
    pub = _published(published)
    try:
        fields = FieldMap(text_field, date_field, title_field, url_field, source_field, id_field)
    except ValueError as err:
        raise click.BadParameter(str(err)) from err
    reading = ReadOptions(fields, fetch=not no_fetch, stdin_format=stdin_format, any_language=any_language)
    if processes == 0 or processes < -1:
        raise click.BadParameter("use -1 (every core) or a positive number", param_hint="--processes")
    dm = Dragoman(db, dictionaries=dictionaries, n_process=processes, one_sided=one_sided)
    progress = Progress(
        TextColumn("[bold]coding"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn(
            "{task.fields[rate]} articles/s, {task.fields[events]} events, {task.fields[failures]} failures"
        ),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    )
    started = time.perf_counter()
    with progress:
        task = progress.add_task("code", total=None, events=0, failures=0, rate="0.0")

        def report(summary: RunSummary, label: str) -> None:
            done = summary.coded + summary.skipped_existing + len(summary.failures)
            rate = f"{done / max(time.perf_counter() - started, 1e-6):.1f}"
            progress.update(
                task, completed=done, events=summary.events, failures=len(summary.failures), rate=rate
            )

        try:
            if cluster:
                from dragoman.batch import code_on_cluster, set_dask_log_level

                set_dask_log_level(max(logging.WARNING, logging.getLogger().level))  # start-up logs at INFO
                summary = code_on_cluster(
                    dm, paths, _cluster(cluster), published=pub, progress=report, reading=reading
                )
            else:
                summary = dm.ingest(paths, published=pub, progress=report, reading=reading)
        except DragomanError as err:
            _fail(err)
            return
    console.print(
        f"[bold]{summary.coded}[/] articles coded, {summary.skipped_existing} already stored, "
        + (f"{summary.near_duplicates} near-duplicates linked, " if summary.near_duplicates else "")
        + f"[bold]{summary.events}[/] events, [bold]{len(summary.failures)}[/] failures -> {db}"
    )
    for failure in summary.failures:
        console.print(f"  [red]{failure.code}[/] {failure.stage}: {failure.reason}")
    if summary.failures:
        sys.exit(1)


def _events_table(events: Sequence[Event]) -> Table:
    table = Table(show_lines=False, header_style="bold")
    table.add_column("date", no_wrap=True)
    table.add_column("source", no_wrap=True)
    table.add_column("code", no_wrap=True)
    table.add_column("event")
    table.add_column("target", no_wrap=True)
    table.add_column("evidence", ratio=3)
    for e in events:
        target = e.target.cameo if e.target else "-"
        table.add_row(e.date.value or "?", e.source.cameo, e.code, e.name, target, e.sentence)
    return table


@main.command("events")
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "jsonl", "csv", "parquet", "plover", "gdelt"]),
    default="table",
    show_default=True,
)
@click.option("--output", type=click.Path(path_type=Path), help="Write to this file (required for parquet).")
def events_command(db: Path, fmt: str, output: Path | None) -> None:
    """List the events in the store, or export them (JSONL, CSV, Parquet, PLOVER JSONL, GDELT 2.0 TSV)."""

    if fmt == "parquet" and output is None:
        raise click.BadParameter("parquet needs --output FILE", param_hint="--output")
    if not db.exists():
        _fail(DragomanError(f"no store at {db}; create one with `dragoman code PATH --db {db}`"))
    dm = Dragoman(db)
    try:
        if fmt == "table":
            out.print(_events_table(dm.events()))
        elif fmt == "parquet" and output is not None:
            console.print(f"{dm.export_parquet(output)} events written to {output}")
        elif output is None:
            dm.export_events(fmt, sys.stdout)
        else:
            with output.open("w", encoding="utf-8", newline="") as stream:
                count = dm.export_events(fmt, stream)
            console.print(f"{count} events written to {output}")
    except DragomanError as err:
        _fail(err)


@main.command("failures")
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(path_type=Path))
def failures_command(db: Path) -> None:
    """List the inputs that could not be read or coded."""
    if not db.exists():
        _fail(DragomanError(f"no store at {db}"))
    table = Table(header_style="bold")
    for col in ("origin", "stage", "code", "reason"):
        table.add_column(col)
    for f in Dragoman(db).failures():
        table.add_row(f.origin, f.stage, f.code, f.reason)
    out.print(table)


@main.command("eval")
@click.argument("gold", type=click.Path(exists=True, path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["dragoman", "plover", "petrarch", "timeml", "gwn", "eventloc"]),
    default="dragoman",
    show_default=True,
    help="Gold format: FORMAT.md JSONL, the PLOVER GSR, or PETRARCH2 validation XML.",
)
@click.option("--json", "json_out", type=click.Path(path_type=Path), help="Write the figures as JSON here.")
@click.option("--show-errors", is_flag=True, help="Print each document's misses and extras.")
@click.option("--one-sided", is_flag=True, help="Also score events that name no target (see `code`).")
def eval_command(gold: Path, fmt: str, json_out: Path | None, show_errors: bool, one_sided: bool) -> None:
    """Score the coder against a gold file."""
    from dragoman.evaluate import render_errors, render_summary, run_eval, write_json

    dm = Dragoman(one_sided=one_sided)

    def code_text(text: str, published: date | None) -> list[Event]:
        return dm.code(text, published=published)

    try:
        report = run_eval(gold, fmt, code_text)
    except DragomanError as err:
        _fail(err)
        return
    if show_errors:
        out.print(render_errors(report))
    out.print(render_summary(report))
    if json_out is not None:
        write_json(report, json_out)
        console.print(f"figures written to {json_out}")


@main.command("actors")
@click.argument("name")
@click.option("--date", "on", help="Date (YYYY-MM-DD) whose roles apply; default: the latest known.")
@click.option(
    "--dictionary",
    "dictionaries",
    multiple=True,
    type=click.Path(exists=True, path_type=Path),
    help="Extra actor dictionary (TSV); may be repeated.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the explanation as JSON.")
def actors_command(name: str, on: str | None, dictionaries: Sequence[Path], as_json: bool) -> None:
    """Show how a name resolves to an actor and why: candidates, the role valid at the date, the choice."""
    import dataclasses
    import json

    day = _published(on)
    try:
        explanation = Dragoman(dictionaries=dictionaries).explain_actor(name, day)
    except DragomanError as err:
        _fail(err)
        return
    if as_json:
        out.print_json(json.dumps(dataclasses.asdict(explanation), default=str, ensure_ascii=False))
        return
    table = Table(header_style="bold", title=f"{name!r} on {day.isoformat() if day else 'the latest date'}")
    for col in ("text", "form", "entity", "kind", "code", "sector", "role or status on the date"):
        table.add_column(col)
    for c in explanation.candidates:
        spell = ""
        if c.spell is not None:
            spell = f"{c.spell.label} ({c.spell.start or '…'} to {c.spell.end or '…'})"
            spell += "" if c.current else " [not current]"
        entity = f"{c.name} ({c.entity_id})"
        table.add_row(c.text, c.form.value, entity, c.kind.value, c.code, c.sector, spell)
    out.print(table)
    for ref in explanation.chosen:
        out.print(f"[bold]chosen[/] {ref.code} {ref.sector or '-'}  {ref.entity}  ({ref.kind.value})")
    if not explanation.chosen:
        out.print("[bold]chosen[/] nothing")
    for reason in explanation.reasons:
        out.print(f"  - {reason}", markup=False)
