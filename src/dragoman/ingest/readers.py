"""Read files and folders of news text into ``Article`` records, and bad input into ``Failure`` records.

Supported inputs:

- ``.txt`` and ``.md``: the whole file is the text of one article. It may open with a front matter block
  (see ``dragoman.ingest.frontmatter``) that sets title, published, url, source and id and is removed
  from the text. Without one, the title is empty and the publication date is the ``published`` argument.
- ``.jsonl``: one JSON object per line with ``text`` (required) and optionally ``published``, ``title``,
  ``url``, ``source`` and ``id``; other fields are ignored and blank lines are skipped. The origin of each
  article is ``path:line``. For JSONL, ``max_bytes`` limits each line, not the whole file.
- folders: searched recursively in name order for the extensions above; hidden files and folders (name
  starting with ``.``) and other extensions are skipped.

A publication date written in the input (front matter or JSONL field) wins over the ``published`` argument,
which is the default for inputs that give none. ``published`` values are ISO dates (``2025-07-04``) or ISO
datetimes (``2025-07-04T09:30:00+02:00``, of which the date as written is kept).
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from dragoman.errors import (
    BadDate,
    EmptyInput,
    InputError,
    MalformedRecord,
    MissingPath,
    TooLarge,
    UnsupportedInput,
)
from dragoman.ingest.decode import SAMPLE_BYTES, UTF8_BOM, check_text_sample, decode_utf8
from dragoman.ingest.frontmatter import split_front_matter
from dragoman.model import Article, Failure, content_hash

log = logging.getLogger(__name__)

TEXT_SUFFIXES = frozenset({".txt", ".md"})
JSONL_SUFFIXES = frozenset({".jsonl"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES
DEFAULT_MAX_BYTES = 5_000_000
_DRAIN_BYTES = 1 << 16


def input_failure(origin: str, err: InputError, article_id: str = "") -> Failure:
    """The ``Failure`` record for an input error at ``origin``."""
    return Failure(origin=origin, stage=err.stage, code=err.code, reason=err.message, article_id=article_id)


def parse_published(value: str, where: str) -> date:
    """Parse an ISO date or datetime string into its date; raise ``BadDate`` naming ``where`` otherwise."""
    text = value.strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        raise BadDate(
            f"{where}: published value {value!r} is not an ISO date (YYYY-MM-DD) or datetime"
        ) from None


def read_inputs(
    paths: Sequence[str | Path], published: date | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | Failure]:
    """Yield an ``Article`` for every article found in ``paths``, or a ``Failure`` for every bad input.

    Lazy and in a stable order: the paths in the order given, folders in name order. Never raises for
    bad input: a missing path, an empty, binary, non-UTF-8 or too large file, a malformed JSONL line or
    a bad publication date each become a ``Failure`` with the error code and a reason naming the file.
    """
    for given in paths:
        yield from _read_path(Path(given), published, max_bytes)


def _read_path(path: Path, published: date | None, max_bytes: int) -> Iterator[Article | Failure]:
    origin = str(path)
    try:
        kind = _path_kind(path)
    except InputError as err:
        yield input_failure(origin, err)
        return
    if kind == "dir":
        for item in iter_input_files(path):
            if isinstance(item, Failure):
                yield item
            else:
                yield from _read_file(item, published, max_bytes)
    else:
        yield from _read_file(path, published, max_bytes)


def _path_kind(path: Path) -> str:
    """``"dir"`` or ``"file"`` for a path that can be read; raise the input error otherwise."""
    try:
        if path.is_dir():
            return "dir"
        if not path.exists():
            raise MissingPath(f"{path}: no such file or folder")
        is_file = path.is_file()
    except OSError as err:
        raise InputError(f"{path}: cannot access it ({err.strerror or err})") from err
    suffix = path.suffix.lower()
    if not is_file or suffix not in SUPPORTED_SUFFIXES:
        what = f"file type {suffix!r}" if is_file and suffix else "input (not a regular file or no extension)"
        raise UnsupportedInput(
            f"{path}: unsupported {what}; supported: {', '.join(sorted(SUPPORTED_SUFFIXES))}"
        )
    return "file"


def iter_input_files(folder: Path) -> Iterator[Path | Failure]:
    """The supported files under ``folder``, recursively, in name order; hidden entries skipped.

    A folder that cannot be listed yields a ``Failure``; a folder reached twice through symbolic links
    is read once.
    """
    seen: set[str] = set()
    yield from _walk(folder, seen)


def _walk(folder: Path, seen: set[str]) -> Iterator[Path | Failure]:
    real = os.path.realpath(folder)
    if real in seen:
        log.debug("skipping %s: already read through another link", folder)
        return
    seen.add(real)
    try:
        entries = sorted(folder.iterdir(), key=lambda entry: entry.name)
    except OSError as err:
        reason = f"{folder}: cannot list the folder ({err.strerror or err})"
        yield input_failure(str(folder), InputError(reason))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()
            is_file = not is_dir and entry.is_file()
        except OSError as err:
            yield input_failure(str(entry), InputError(f"{entry}: cannot access it ({err.strerror or err})"))
            continue
        if is_dir:
            yield from _walk(entry, seen)
        elif is_file and entry.suffix.lower() in SUPPORTED_SUFFIXES:
            yield entry
        else:
            log.debug("skipping %s: not a supported input file", entry)


def _read_file(path: Path, published: date | None, max_bytes: int) -> Iterator[Article | Failure]:
    if path.suffix.lower() in JSONL_SUFFIXES:
        yield from _read_jsonl(path, published, max_bytes)
    else:
        yield _read_text_file(path, published, max_bytes)


def _read_bounded(path: Path, max_bytes: int) -> bytes:
    """The bytes of ``path``, reading at most ``max_bytes + 1``; raise ``TooLarge`` beyond the limit."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise TooLarge(f"{path}: {size} bytes is more than the limit of {max_bytes}; split the file")
        with path.open("rb") as stream:
            raw = stream.read(max_bytes + 1)
    except OSError as err:
        raise InputError(f"{path}: cannot read the file ({err.strerror or err})") from err
    if len(raw) > max_bytes:
        raise TooLarge(f"{path}: more than the limit of {max_bytes} bytes; split the file")
    return raw


def _read_text_file(path: Path, published: date | None, max_bytes: int) -> Article | Failure:
    origin = str(path)
    try:
        raw = _read_bounded(path, max_bytes)
        if not raw.strip():
            raise EmptyInput(f"{origin}: the file is empty or only whitespace")
        front, text = split_front_matter(decode_utf8(raw, origin))
        if not text.strip():
            raise EmptyInput(f"{origin}: no text (empty, only whitespace or only front matter)")
    except InputError as err:
        return input_failure(origin, err)
    if front is None:
        return Article.from_text(text, published=published, origin=origin)
    try:
        day = parse_published(front.published, f"{origin} (front matter)") if front.published else published
    except BadDate as err:
        return input_failure(origin, err, content_hash(text))
    return Article.from_text(
        text,
        title=front.title,
        published=day,
        url=front.url,
        source=front.source,
        origin=origin,
        external_id=front.id,
    )


def _read_jsonl(path: Path, published: date | None, max_bytes: int) -> Iterator[Article | Failure]:
    origin = str(path)
    try:
        stream = path.open("rb")
    except OSError as err:
        yield input_failure(origin, InputError(f"{origin}: cannot read the file ({err.strerror or err})"))
        return
    with stream:
        try:
            check_text_sample(stream.read(SAMPLE_BYTES), origin)
            stream.seek(0)
        except OSError as err:
            yield input_failure(origin, InputError(f"{origin}: cannot read the file ({err.strerror or err})"))
            return
        except InputError as err:
            yield input_failure(origin, err)
            return
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
            yield _jsonl_article(line, where, offset, published)
    if records == 0:
        reason = f"{origin}: no records (the file is empty or only blank lines)"
        yield input_failure(origin, EmptyInput(reason))


def _jsonl_lines(
    stream: BinaryIO, origin: str, max_bytes: int
) -> Iterator[tuple[int, int, bytes | InputError]]:
    """(line number, byte offset, bytes) of each line, at most ``max_bytes`` of them held in memory.

    A line longer than ``max_bytes`` (its line break not counted) gives ``TooLarge`` in place of its bytes;
    a read error ends the file with an ``InputError``.
    """
    lineno = 0
    offset = 0
    while True:
        try:
            line = stream.readline(max_bytes + 2)  # room for the content and a CRLF
        except OSError as err:
            yield lineno + 1, offset, InputError(f"{origin}: cannot read the file ({err.strerror or err})")
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


def _jsonl_article(line: bytes, where: str, offset: int, published: date | None) -> Article | Failure:
    try:
        record = _json_object(decode_utf8(line, where, offset=offset), where)
        text = _record_text(record, where)
    except InputError as err:
        return input_failure(where, err)
    try:
        fields = {key: _record_str(record, key, where) for key in ("title", "url", "source", "id")}
        day = _record_published(record.get("published"), where, published)
    except InputError as err:
        return input_failure(where, err, content_hash(text))
    return Article.from_text(
        text,
        title=fields["title"],
        published=day,
        url=fields["url"],
        source=fields["source"],
        origin=where,
        external_id=fields["id"],
    )


def _json_object(line: str, where: str) -> dict[str, object]:
    try:
        value = json.loads(line)
    except json.JSONDecodeError as err:
        raise MalformedRecord(f"{where}: not valid JSON ({err.msg} at column {err.colno})") from err
    except RecursionError as err:
        raise MalformedRecord(f"{where}: not usable JSON (nested too deeply)") from err
    if not isinstance(value, dict):
        raise MalformedRecord(f"{where}: expected a JSON object, found {_json_type(value)}")
    return value


def _record_text(record: dict[str, object], where: str) -> str:
    text = record.get("text")
    if text is None:
        raise MalformedRecord(f'{where}: the record has no "text" field')
    if not isinstance(text, str):
        raise MalformedRecord(f'{where}: "text" must be a string, found {_json_type(text)}')
    if not text.strip():
        raise MalformedRecord(f'{where}: "text" is empty')
    return text


def _record_str(record: dict[str, object], key: str, where: str) -> str:
    """An optional string field; ``id`` may also be an integer."""
    value = record.get(key)
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if key == "id" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise MalformedRecord(f'{where}: "{key}" must be a string, found {_json_type(value)}')


def _record_published(value: object, where: str, default: date | None) -> date | None:
    if value is None or value == "":
        return default
    if not isinstance(value, str):
        raise BadDate(f'{where}: "published" must be an ISO date string, found {_json_type(value)}')
    return parse_published(value, where)


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"
