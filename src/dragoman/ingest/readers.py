"""Read files, folders, URLs and stdin into ``Article`` records, and bad input into ``Failure`` records.

Supported inputs, by file extension (case-insensitive):

- ``.txt`` and ``.md``: the whole file is the text of one article. It may open with a front matter block
  (see ``dragoman.ingest.frontmatter``) that sets title, published, url, source and id and is removed
  from the text. Without one, the title is empty and the publication date is the ``published`` argument.
- ``.html``, ``.htm``, ``.xhtml``: one web page, its main text found by trafilatura
  (``dragoman.ingest.html``).
- ``.jsonl``/``.ndjson``, ``.json``, ``.csv``, ``.tsv``: records with the fields a ``FieldMap`` names
  (``dragoman.ingest.tables``; by default ``text``, ``published``, ``title``, ``url``, ``source``, ``id``).
- ``.rss``, ``.atom``, ``.xml``: an RSS or Atom feed, each item's page fetched (``dragoman.ingest.feeds``).
- ``.warc``, ``.warc.gz``: the HTML pages of a web crawl (``dragoman.ingest.warc``).
- an ``http://`` or ``https://`` URL: fetched; a feed gives its items, a page one article.
- ``-``: standard input, in the format ``stdin_format`` names (``auto`` by default: see ``sniff_format``).
- folders: searched recursively in name order for the extensions above; hidden files and folders (name
  starting with ``.``) and other extensions are skipped.

A publication date written in the input wins over the ``published`` argument, which is the default for
inputs that give none. Every article whose text is confidently in a language outside ``languages``
(English by default; ``None`` keeps all) becomes an ``E109`` failure at stage ``language``
(``dragoman.ingest.language``). Nothing is ever raised for bad input: each problem is a ``Failure`` with its
stage, code and a reason naming the input, and every input given yields at least one record.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

from dragoman.errors import BadDate, EmptyInput, InputError, MissingPath, TooLarge, UnsupportedInput
from dragoman.ingest.common import (
    DEFAULT_MAX_BYTES,
    input_failure,
    parse_published,
    read_bounded,
    sample_stream,
)
from dragoman.ingest.decode import SAMPLE_BYTES, check_text_sample, decode_utf8
from dragoman.ingest.feeds import FEED_MEDIA_TYPES, FEED_SUFFIXES, looks_like_feed, read_feed
from dragoman.ingest.fetch import Fetcher, FetchPolicy, is_url
from dragoman.ingest.frontmatter import split_front_matter
from dragoman.ingest.html import HTML_SUFFIXES, html_article
from dragoman.ingest.language import ENGLISH, check_language
from dragoman.ingest.tables import (
    CSV_SUFFIXES,
    DEFAULT_FIELDS,
    JSON_SUFFIXES,
    JSONL_SUFFIXES,
    FieldMap,
    read_csv,
    read_json,
    read_jsonl,
)
from dragoman.ingest.warc import WARC_SUFFIXES, read_warc
from dragoman.model import Article, Failure, content_hash

__all__ = [
    "DEFAULT_MAX_BYTES",
    "STDIN",
    "SUPPORTED_SUFFIXES",
    "InputFormat",
    "input_failure",
    "input_format",
    "iter_input_files",
    "parse_published",
    "read_inputs",
    "sniff_format",
]

log = logging.getLogger(__name__)

STDIN = "-"


class InputFormat(StrEnum):
    """The kinds of input; ``AUTO`` (for stdin) guesses from the first bytes."""

    AUTO = "auto"
    TEXT = "text"
    HTML = "html"
    JSONL = "jsonl"
    JSON = "json"
    CSV = "csv"
    TSV = "tsv"
    FEED = "feed"
    WARC = "warc"


TEXT_SUFFIXES = frozenset({".txt", ".md"})
_STREAMED = frozenset({InputFormat.JSONL, InputFormat.CSV, InputFormat.TSV, InputFormat.WARC})
_SUFFIX_FORMATS: dict[str, InputFormat] = {
    **dict.fromkeys(TEXT_SUFFIXES, InputFormat.TEXT),
    **dict.fromkeys(HTML_SUFFIXES, InputFormat.HTML),
    **dict.fromkeys(JSONL_SUFFIXES, InputFormat.JSONL),
    **dict.fromkeys(JSON_SUFFIXES, InputFormat.JSON),
    **dict.fromkeys(CSV_SUFFIXES, InputFormat.CSV),
    ".tsv": InputFormat.TSV,
    **dict.fromkeys(FEED_SUFFIXES, InputFormat.FEED),
    **dict.fromkeys(WARC_SUFFIXES, InputFormat.WARC),
}
SUPPORTED_SUFFIXES = frozenset(_SUFFIX_FORMATS)


@dataclass(frozen=True, slots=True)
class _Options:
    published: date | None
    max_bytes: int
    fields: FieldMap
    fetcher: Fetcher | None
    stdin_format: InputFormat


def read_inputs(
    paths: Sequence[str | Path],
    published: date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    fields: FieldMap = DEFAULT_FIELDS,
    *,
    fetch: FetchPolicy | Fetcher | bool = True,
    stdin_format: InputFormat | str = InputFormat.AUTO,
    languages: Collection[str] | None = ENGLISH,
) -> Iterator[Article | Failure]:
    """Yield an ``Article`` for every article found in ``paths``, or a ``Failure`` for every bad input.

    Lazy and in a stable order: the paths in the order given, folders in name order. ``paths`` may hold
    files, folders, http(s) URLs and ``-`` for stdin. ``fields`` names the record fields of JSON, JSONL and
    CSV inputs. ``fetch`` sets how feed items and URLs are fetched: True with the default ``FetchPolicy``, a
    policy of its own, a ``Fetcher`` to share one per-host rate across calls, or False never to touch the
    network (feed items are then read from the feed's own content and URLs are failures). ``stdin_format``
    is the format of ``-``. ``languages`` are the ISO 639-1 codes kept (None: no language check). Never
    raises for bad input.
    """
    fetcher = _fetcher(fetch)
    options = _Options(published, max_bytes, fields, fetcher, InputFormat(stdin_format))
    keep = None if languages is None else frozenset(languages)
    for given in paths:
        for item in _read_input(given, options):
            yield item if keep is None or isinstance(item, Failure) else check_language(item, keep)


def _fetcher(fetch: FetchPolicy | Fetcher | bool) -> Fetcher | None:
    if isinstance(fetch, Fetcher):
        return fetch
    if isinstance(fetch, FetchPolicy):
        return Fetcher(fetch)
    return Fetcher() if fetch else None


def input_format(path: Path) -> InputFormat | None:
    """The format a file's extension names (``.warc.gz`` included), or None when not supported."""
    name = path.name.lower()
    if name.endswith(".warc.gz"):
        return InputFormat.WARC
    return _SUFFIX_FORMATS.get(path.suffix.lower())


def sniff_format(sample: bytes) -> InputFormat:
    """Guess the format of stdin from its first bytes.

    WARC (``WARC/`` or gzip magic), a feed (an RSS, Atom or RDF root), HTML (``<!doctype html`` or
    ``<html``), JSON Lines (``{`` first, and the first line is a whole object: ``{`` ending in ``}``),
    JSON (``{`` or ``[``); anything else is text. CSV is never guessed: name it.
    """
    head = sample.lstrip(b"\xef\xbb\xbf \t\r\n")
    lower = head[:2048].lower()
    if head.startswith((b"WARC/", b"\x1f\x8b")):
        return InputFormat.WARC
    if head.startswith(b"<") and looks_like_feed(head):
        return InputFormat.FEED
    if lower.startswith((b"<!doctype html", b"<html")) or (head.startswith(b"<") and b"<body" in lower):
        return InputFormat.HTML
    if head.startswith(b"{"):
        first = head.split(b"\n", 1)[0].rstrip()
        return InputFormat.JSONL if first.endswith(b"}") else InputFormat.JSON
    if head.startswith(b"["):
        return InputFormat.JSON
    return InputFormat.TEXT


def _read_input(given: str | Path, options: _Options) -> Iterator[Article | Failure]:
    if isinstance(given, str) and given == STDIN:
        yield from _read_stdin(options)
    elif isinstance(given, str) and is_url(given):
        yield from _read_url(given, options)
    else:
        yield from _read_path(Path(given), options)


def _read_stdin(options: _Options) -> Iterator[Article | Failure]:
    origin = "<stdin>"
    sampled = sample_stream(sys.stdin.buffer, SAMPLE_BYTES)
    kind = options.stdin_format
    if kind is InputFormat.AUTO:
        kind = sniff_format(sampled.sample)
        log.debug("stdin read as %s", kind)
    if not sampled.sample.strip():
        yield input_failure(origin, EmptyInput(f"{origin}: nothing on standard input"))
        return
    yield from _read_stream(sampled.stream, origin, kind, options, sample=sampled.sample)


def _read_url(url: str, options: _Options) -> Iterator[Article | Failure]:
    if options.fetcher is None:
        yield input_failure(url, InputError(f"{url}: fetching is turned off"), stage="fetch")
        return
    try:
        page = options.fetcher.get(url)
    except InputError as err:
        yield input_failure(url, err, stage="fetch")
        return
    if page.media_type in FEED_MEDIA_TYPES or (page.media_type != "text/html" and looks_like_feed(page.body)):
        yield from read_feed(page.body, url, options.published, options.fetcher)
    elif page.media_type == "text/plain":
        yield _text_article(page.body, url, options.published)
    else:
        yield html_article(page.body, url, options.published, url=page.url)


def _read_path(path: Path, options: _Options) -> Iterator[Article | Failure]:
    origin = str(path)
    try:
        kind = _path_kind(path)
    except InputError as err:
        yield input_failure(origin, err)
        return
    if kind is None:
        for item in iter_input_files(path):
            if isinstance(item, Failure):
                yield item
            else:
                yield from _read_file(item, options)
    else:
        yield from _read_file(path, options)


def _path_kind(path: Path) -> InputFormat | None:
    """The format of a readable file, None for a folder; raise the input error otherwise."""
    try:
        if path.is_dir():
            return None
        if not path.exists():
            raise MissingPath(f"{path}: no such file or folder")
        is_file = path.is_file()
    except OSError as err:
        raise InputError(f"{path}: cannot access it ({err.strerror or err})") from err
    kind = input_format(path) if is_file else None
    if kind is None:
        suffix = path.suffix.lower()
        what = f"file type {suffix!r}" if is_file and suffix else "input (not a regular file or no extension)"
        raise UnsupportedInput(
            f"{path}: unsupported {what}; supported: {', '.join(sorted(SUPPORTED_SUFFIXES))}"
        )
    return kind


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
        elif is_file and input_format(entry) is not None:
            yield entry
        else:
            log.debug("skipping %s: not a supported input file", entry)


def _read_file(path: Path, options: _Options) -> Iterator[Article | Failure]:
    origin = str(path)
    kind = input_format(path) or InputFormat.TEXT
    try:
        size = path.stat().st_size
        if kind not in _STREAMED and size > options.max_bytes:
            reason = f"{origin}: {size} bytes is more than the limit of {options.max_bytes}; split the file"
            yield input_failure(origin, TooLarge(reason))
            return
        stream = path.open("rb")
    except OSError as err:
        yield input_failure(origin, InputError(f"{origin}: cannot read the file ({err.strerror or err})"))
        return
    with stream:
        yield from _read_stream(stream, origin, kind, options)


def _read_stream(
    stream: BinaryIO, origin: str, kind: InputFormat, options: _Options, sample: bytes | None = None
) -> Iterator[Article | Failure]:
    """Read one input of a known format; ``sample`` is its first bytes when they were already read."""
    if kind in _STREAMED:
        yield from _read_streamed(stream, origin, kind, options, sample)
        return
    try:
        raw = read_bounded(stream, origin, options.max_bytes)
        if kind is not InputFormat.TEXT and not raw.strip():
            raise EmptyInput(f"{origin}: the input is empty or only whitespace")
    except InputError as err:
        yield input_failure(origin, err)
        return
    if kind is InputFormat.JSON:
        yield from read_json(raw, origin, options.fields, options.published)
    elif kind is InputFormat.HTML:
        yield html_article(raw, origin, options.published)
    elif kind is InputFormat.FEED:
        yield from read_feed(raw, origin, options.published, options.fetcher)
    else:
        yield _text_article(raw, origin, options.published)


def _read_streamed(
    stream: BinaryIO, origin: str, kind: InputFormat, options: _Options, sample: bytes | None
) -> Iterator[Article | Failure]:
    published, max_bytes, names = options.published, options.max_bytes, options.fields
    if kind is InputFormat.WARC:
        yield from read_warc(stream, origin, published, max_bytes)
        return
    try:
        if sample is None:
            sampled = sample_stream(stream, SAMPLE_BYTES)
            sample, stream = sampled.sample, sampled.stream
        check_text_sample(sample, origin)
    except OSError as err:
        yield input_failure(origin, InputError(f"{origin}: cannot read the input ({err.strerror or err})"))
        return
    except InputError as err:
        yield input_failure(origin, err)
        return
    if kind is InputFormat.JSONL:
        yield from read_jsonl(stream, origin, names, published, max_bytes)
    else:
        delimiter = "\t" if kind is InputFormat.TSV else ","
        yield from read_csv(stream, origin, names, published, max_bytes, delimiter=delimiter)


def _text_article(raw: bytes, origin: str, published: date | None) -> Article | Failure:
    """A ``.txt`` or ``.md`` input: one article, with optional front matter."""
    try:
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
