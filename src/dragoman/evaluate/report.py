"""Readable views of a scoring report: rich tables for the summary, plain text for the errors."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from rich.console import Group
from rich.table import Table

from dragoman.evaluate.geo import EventLocationReport, GwnReport, render_geo_summary
from dragoman.evaluate.plover import PloverReport
from dragoman.evaluate.scoring import PRF, EvalReport, RootScore, gold_label
from dragoman.evaluate.timeml import TimexReport, render_timex_errors


def render_summary(
    report: EvalReport | PloverReport | TimexReport | GwnReport | EventLocationReport,
) -> Group:
    """The headline figures, the other figures, then per root (or PLOVER category) and per tag."""
    if isinstance(report, GwnReport | EventLocationReport):
        return Group(render_geo_summary(report))
    if isinstance(report, TimexReport):
        return Group(_timex_summary(report))
    parts: list[Table] = [_headline(report), _other_figures(report)]
    classes = report.per_root if isinstance(report, EvalReport) else report.per_category
    title = "per CAMEO root" if isinstance(report, EvalReport) else "per PLOVER category"
    per_class = _class_table(title, classes)
    if per_class.row_count:
        parts.append(per_class)
    if isinstance(report, EvalReport) and report.per_tag:
        parts.append(_prf_table("per tag", sorted(report.per_tag.items())))
    return Group(*parts)


def _headline(report: EvalReport | PloverReport) -> Table:
    name = f" — {report.gold_name}" if report.gold_name else ""
    table = Table(title=f"Evaluation{name}", header_style="bold")
    table.add_column("figure")
    for column in ("precision", "recall", "F1", "tp", "fp", "fn"):
        table.add_column(column, justify="right")
    figures: list[tuple[str, PRF]] = [("event", report.event)]
    if isinstance(report, EvalReport):
        figures.append(("event_code", report.event_code))
    figures.append(("dyad", report.dyad))
    for label, prf in figures:
        table.add_row(label, *_prf_cells(prf))
    if isinstance(report, EvalReport):
        optional = report.optional_gold_events
        counts = f"{len(report.documents)} documents, {report.gold_events} gold events (+{optional} optional)"
    else:
        counts = f"{len(report.sentences)} sentences, {report.gold_events} gold events"
    table.caption = f"{counts}, {report.predicted_events} predicted events"
    return table


def _timex_summary(report: TimexReport) -> Table:
    name = f" — {report.gold_name}" if report.gold_name else ""
    table = Table(title=f"TimeML DATE evaluation{name}", header_style="bold")
    table.add_column("figure")
    for column in ("precision", "recall", "F1", "tp", "fp", "fn"):
        table.add_column(column, justify="right")
    table.add_row("timex (strict)", *_prf_cells(report.timex))
    table.add_row("timex (overlap)", *_prf_cells(report.timex_relaxed))
    correct, gold, found = report.values_correct, report.gold_dates, report.timex_relaxed.tp
    table.caption = (
        f"{len(report.documents)} documents, {gold} gold DATEs, {report.predicted_dates} predicted; "
        f"date_value_accuracy {_share(report.date_value_accuracy)} ({correct}/{gold}), "
        f"on found {_share(report.value_accuracy_found)} ({correct}/{found})"
    )
    return table


def _other_figures(report: EvalReport | PloverReport) -> Table:
    table = Table(header_style="bold")
    table.add_column("figure")
    table.add_column("value", justify="right")
    table.add_column("count", justify="right")
    if isinstance(report, EvalReport):
        dates = f"{report.dates_correct}/{report.dates_total}"
        table.add_row("date accuracy", _share(report.date_accuracy), dates)
        table.add_row("empty-doc false positives", str(report.empty_doc_false_positives), "")
    else:
        categories = f"{sum(result.category_correct for result in report.sentences)}/{len(report.sentences)}"
        items = [item for result in report.sentences for item in result.actor_items]
        table.add_row("category accuracy", _share(report.category_accuracy), categories)
        table.add_row("actor accuracy", _share(report.actor_accuracy), f"{sum(items)}/{len(items)}")
    return table


def _class_table(title: str, classes: Mapping[str, RootScore]) -> Table:
    table = Table(title=title, header_style="bold")
    table.add_column("class")
    for column in ("precision", "recall", "F1", "tp", "fp", "fn", "support"):
        table.add_column(column, justify="right")
    for name, figure in sorted(classes.items()):
        prf = figure.prf
        if prf.tp or prf.fp or prf.fn:
            table.add_row(name, *_prf_cells(prf), str(figure.support))
    return table


def _prf_table(title: str, rows: Iterable[tuple[str, PRF]]) -> Table:
    table = Table(title=title, header_style="bold")
    table.add_column("tag")
    for column in ("precision", "recall", "F1", "tp", "fp", "fn"):
        table.add_column(column, justify="right")
    for name, prf in rows:
        table.add_row(name, *_prf_cells(prf))
    return table


def _prf_cells(prf: PRF) -> tuple[str, ...]:
    return (
        f"{prf.precision:.3f}",
        f"{prf.recall:.3f}",
        f"{prf.f1:.3f}",
        str(prf.tp),
        str(prf.fp),
        str(prf.fn),
    )


def _share(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def render_errors(report: EvalReport | PloverReport | TimexReport | GwnReport | EventLocationReport) -> str:
    """Per document (or sentence) with an error: gold events missed, extra predictions, wrong dates.

    Predictions that only met optional gold events are listed too, marked ``optional``, for context.
    """
    if isinstance(report, PloverReport):
        return _plover_errors(report)
    if isinstance(report, GwnReport | EventLocationReport):
        return "(no per-document errors for the geography formats)"
    if isinstance(report, TimexReport):
        return render_timex_errors(report)
    blocks: list[str] = []
    for result in report.documents:
        wrong_dates = [match for match in result.matched if match.date_correct is False]
        if not (result.missed or result.extra or wrong_dates):
            continue
        event = result.event
        lines = [f"== {result.document.id}  (event: tp {event.tp}, fp {event.fp}, fn {event.fn})"]
        lines += [f"  missed   {gold_label(gold)}" for gold in result.missed]
        lines += [f"  extra    {predicted.label()}" for predicted in result.extra]
        lines += [
            f"  date     {gold_label(match.gold)}  predicted {match.predicted.date or '(none)'}"
            for match in wrong_dates
        ]
        lines += [f"  optional {predicted.label()}" for predicted in result.optional_found]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) if blocks else "no errors"


def _plover_errors(report: PloverReport) -> str:
    blocks: list[str] = []
    for result in report.sentences:
        wrong_actor = False in result.actor_items
        if result.category_correct and not wrong_actor:
            continue
        record = result.record
        gold = f"{'|'.join(record.sources) or '-'} -> {'|'.join(record.targets) or '-'} {record.category}"
        if result.top is None:
            got = "(no event)"
        else:
            top = result.top
            category = result.predicted_category or "no category"
            got = f"{top.source} -> {top.target or '-'} {top.code} ({category})"
        blocks.append(f"== {record.id}\n  {record.text}\n  gold   {gold}\n  top    {got}")
    return "\n\n".join(blocks) if blocks else "no errors"
