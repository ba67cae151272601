"""Records to articles: JSON Lines, JSON and CSV/TSV files, with a ``FieldMap`` naming the fields.

- ``.jsonl``/``.ndjson``: one JSON object per line; blank lines are skipped; the origin of each article is
  ``path:line``, and ``max_bytes`` limits each line, not the whole file.
- ``.json``: one object (one article) or an array of objects; the origin is ``path`` or ``path[index]``.
- ``.csv`` (comma) and ``.tsv`` (tab): a header row, then one article per row, origin ``path:line``
  (the line the row ends on); ``max_bytes`` limits each field.

The text field is required; date, title, url, source and id are optional. A field name with dots
(``meta.published``) reaches into nested JSON objects when no field has that exact name. Dates are ISO
dates or datetimes or RFC 2822 dates; an id may be a string or an integer.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import BinaryIO

from dragoman.errors import BadDate, EmptyInput, EncodingError, InputError, MalformedRecord, TooLarge
from dragoman.ingest.common import input_failure, json_type, parse_published
from dragoman.ingest.decode import UTF8_BOM, decode_utf8
from dragoman.model import Article, Failure, content_hash

JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
JSON_SUFFIXES = frozenset({".json"})
CSV_SUFFIXES = frozenset({".csv", ".tsv"})
_DRAIN_BYTES = 1 << 16


@dataclass(frozen=True, slots=True)
class FieldMap:
    """The names of the fields (JSON keys, CSV columns) that hold each part of an article."""

    text: str = "text"
    date: str = "published"
    title: str = "title"
    url: str = "url"
    source: str = "source"
    id: str = "id"

    def __post_init__(self) -> None:
        if not self.text.strip():
            raise ValueError("FieldMap.text must name a field")


DEFAULT_FIELDS = FieldMap()


# --- one record ---------------------------------------------------------------------------------


def _lookup(record: Mapping[str, object], name: str) -> object:
    if not name:
        return None
    if name in record or "." not in name:
        return record.get(name)
    value: object = record
    for part in name.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def record_article(
    record: Mapping[str, object], where: str, names: FieldMap, published: date | None
) -> Article | Failure:
    """The article in one record (a JSON object or a CSV row), or the ``Failure`` saying what is wrong."""
    try:
        text = _record_text(_lookup(record, names.text), names.text, where)
    except InputError as err:
        return input_failure(where, err)
    try:
        title, url, source = (
            _record_str(_lookup(record, name), name, where) for name in (names.title, names.url, names.source)
        )
        external_id = _record_id(_lookup(record, names.id), names.id, where)
        day = _record_published(_lookup(record, names.date), names.date, where, published)
    except InputError as err:
        return input_failure(where, err, content_hash(text))
    return Article.from_text(
        text, title=title, published=day, url=url, source=source, origin=where, external_id=external_id
    )


def _record_text(text: object, name: str, where: str) -> str:
    if text is None:
        raise MalformedRecord(f'{where}: the record has no "{name}" field')
    if not isinstance(text, str):
        raise MalformedRecord(f'{where}: "{name}" must be a string, found {json_type(text)}')
    if not text.strip():
        raise MalformedRecord(f'{where}: "{name}" is empty')
    return text


def _record_str(value: object, name: str, where: str) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    raise MalformedRecord(f'{where}: "{name}" must be a string, found {json_type(value)}')


def _record_id(value: object, name: str, where: str) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return _record_str(value, name, where)


def _record_published(value: object, name: str, where: str, default: date | None) -> date | None:
    if value is None or value == "":
        return default
    if not isinstance(value, str):
        raise BadDate(f'{where}: "{name}" must be an ISO date string, found {json_type(value)}')
    return parse_published(value, where)


def _json_object(line: str, where: str) -> dict[str, object]:
    value = _json_value(line, where)
    if not isinstance(value, dict):
        raise MalformedRecord(f"{where}: expected a JSON object, found {json_type(value)}")
    return value


def _json_value(text: str, where: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise MalformedRecord(
            f"{where}: not valid JSON ({err.msg} at line {err.lineno} column {err.colno})"
        ) from err
    except RecursionError as err:
        raise MalformedRecord(f"{where}: not usable JSON (nested too deeply)") from err


# --- JSON Lines ---------------------------------------------------------------------------------


def read_jsonl(
    stream: BinaryIO, origin: str, names: FieldMap, published: date | None, max_bytes: int
) -> Iterator[Article | Failure]:
    """The articles of a JSON Lines stream, one per non-blank line (see the module doc)."""
    records = 0
    for lineno, offset, line in _jsonl_lines(stream, origin, max_bytes):
        where = f"{origin}:{lineno}"
        if isinstance(line, InputError):
            records += 1
            yield input_failure(where, line)
            continue
        if not line.strip():
            continue
        records += 1
        try:
            record = _json_object(decode_utf8(line, where, offset=offset), where)
        except InputError as err:
            yield input_failure(where, err)
            continue
        yield record_article(record, where, names, published)
    if records == 0:
        yield input_failure(
            origin, EmptyInput(f"{origin}: no records (the input is empty or only blank lines)")
        )


def _jsonl_lines(
    stream: BinaryIO, origin: str, max_bytes: int
) -> Iterator[tuple[int, int, bytes | InputError]]:
    """(line number, byte offset, bytes) of each line, at most ``max_bytes`` of them held in memory.

    A line longer than ``max_bytes`` (its line break not counted) gives ``TooLarge`` in place of its bytes;
    a read error ends the input with an ``InputError``.
    """
    lineno = 0
    offset = 0
    while True:
        try:
            line = stream.readline(max_bytes + 2)  # room for the content and a CRLF
        except OSError as err:
            yield lineno + 1, offset, InputError(f"{origin}: cannot read the input ({err.strerror or err})")
            return
        if not line:
            return
        lineno += 1
        start = offset
        offset += len(line)
        if lineno == 1 and line.startswith(UTF8_BOM):
            line = line[len(UTF8_BOM) :]
            start += len(UTF8_BOM)
        if len(line.rstrip(b"\r\n")) > max_bytes:
            if not line.endswith(b"\n"):
                offset += _drain_line(stream)
            reason = f"{origin}:{lineno}: the line is longer than the limit of {max_bytes} bytes"
            yield lineno, start, TooLarge(reason)
            continue
        yield lineno, start, line


def _drain_line(stream: BinaryIO) -> int:
    """Skip the rest of an over-long line without holding it in memory; return how many bytes were skipped."""
    skipped = 0
    while chunk := stream.readline(_DRAIN_BYTES):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped


# --- JSON ---------------------------------------------------------------------------------------


def read_json(
    raw: bytes, origin: str, names: FieldMap, published: date | None
) -> Iterator[Article | Failure]:
    """The articles of a JSON document: one object, or an array of objects (see the module doc)."""
    try:
        text = decode_utf8(raw, origin)
        if not text.strip():
            raise EmptyInput(f"{origin}: the input is empty or only whitespace")
        value = _json_value(text, origin)
    except InputError as err:
        yield input_failure(origin, err)
        return
    if isinstance(value, dict):
        yield record_article(value, origin, names, published)
        return
    if not isinstance(value, list):
        reason = f"{origin}: expected a JSON object or an array of objects, found {json_type(value)}"
        yield input_failure(origin, MalformedRecord(reason))
        return
    if not value:
        yield input_failure(origin, EmptyInput(f"{origin}: no records (an empty array)"))
    for index, item in enumerate(value):
        where = f"{origin}[{index}]"
        if isinstance(item, dict):
            yield record_article(item, where, names, published)
        else:
            yield input_failure(
                where, MalformedRecord(f"{where}: expected a JSON object, found {json_type(item)}")
            )


# --- CSV and TSV --------------------------------------------------------------------------------


def read_csv(
    stream: BinaryIO,
    origin: str,
    names: FieldMap,
    published: date | None,
    max_bytes: int,
    *,
    delimiter: str = ",",
) -> Iterator[Article | Failure]:
    """The articles of a CSV (or, with ``delimiter="\\t"``, TSV) stream with a header row.

    A row that is not valid CSV (or a field over ``max_bytes``) ends the file with a failure.
    """
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    reader = csv.reader(text, delimiter=delimiter)
    rows = 0
    header: list[str] | None = None
    while True:
        try:
            row = _next_row(reader, max_bytes)
        except UnicodeDecodeError as err:
            reason = (
                f"{origin}: not valid UTF-8 after line {reader.line_num} ({err.reason}); convert it to UTF-8"
            )
            yield input_failure(origin, EncodingError(reason))
            return
        except csv.Error as err:
            where = f"{origin}:{reader.line_num}"
            what = TooLarge if "field larger than field limit" in str(err) else MalformedRecord
            yield input_failure(where, what(f"{where}: not a valid CSV row ({err}); the rest is not read"))
            return
        except OSError as err:
            yield input_failure(
                origin, InputError(f"{origin}: cannot read the input ({err.strerror or err})")
            )
            return
        if row is None:
            break
        if header is None:
            header = [name.strip() for name in row]
            if names.text not in header:
                columns = ", ".join(repr(name) for name in header[:20]) or "none"
                reason = f'{origin}: no "{names.text}" column in the header row (columns: {columns})'
                yield input_failure(origin, MalformedRecord(reason))
                return
            continue
        if not any(cell.strip() for cell in row):
            continue
        rows += 1
        where = f"{origin}:{reader.line_num}"
        yield record_article(dict(zip(header, row, strict=False)), where, names, published)
    if rows == 0:
        yield input_failure(origin, EmptyInput(f"{origin}: no rows (the input is empty or only a header)"))


def _next_row(reader: Iterator[list[str]], max_bytes: int) -> list[str] | None:
    """The next row, with the field size limit raised to ``max_bytes`` for this call only."""
    previous = csv.field_size_limit(max(max_bytes, 1))
    try:
        return next(reader, None)
    finally:
        csv.field_size_limit(previous)
