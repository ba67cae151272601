"""WARC files of news crawls (warcio) to articles: one article per HTML page response.

``.warc`` and ``.warc.gz`` files are read as a stream. A ``response`` (or ``resource``) record with HTTP
status 200 and an HTML content type is a page: trafilatura extracts its main text (see
``dragoman.ingest.html``). Other records (requests, metadata, redirects, images ...) are skipped. The origin
of an article is ``path@offset``, the record's byte offset in the file; its URL is the record's target URI
and its external id the WARC record id. The date is the page's own date, else the ``published`` argument,
else the day of the crawl (``WARC-Date``). ``max_bytes`` limits each page. A WARC with no page at all is an
``E101`` failure; a broken record ends the file with a failure naming its offset.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date
from typing import Any, BinaryIO

from dragoman.errors import EmptyInput, InputError, MalformedRecord, TooLarge
from dragoman.ingest.common import input_failure, parse_published
from dragoman.ingest.html import html_article
from dragoman.model import Article, Failure

log = logging.getLogger(__name__)

WARC_SUFFIXES = frozenset({".warc", ".warc.gz"})
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", ""})
_PAGE_RECORDS = frozenset({"response", "resource"})


def read_warc(
    stream: BinaryIO, origin: str, published: date | None, max_bytes: int
) -> Iterator[Article | Failure]:
    """An article (or a failure) for every HTML page in the WARC ``stream`` (see the module doc)."""
    from warcio.archiveiterator import ArchiveIterator

    pages = 0
    skipped = 0
    offset = 0
    try:
        records = ArchiveIterator(stream)
        for record in records:
            offset = int(records.offset)
            where = f"{origin}@{offset}"
            if not _is_page(record):
                skipped += 1
                continue
            pages += 1
            yield _page_article(record, where, published, max_bytes)
    # warcio raises its own exceptions, zlib and codec errors, and plain Exception for unknown compression
    except Exception as err:
        where = f"{origin}@{offset}"
        reason = f"{where}: not a readable WARC record ({type(err).__name__}: {err}); the rest is not read"
        yield input_failure(where, MalformedRecord(reason), stage="parse")
        return
    log.debug("%s: %d pages, %d other records skipped", origin, pages, skipped)
    if pages == 0:
        yield input_failure(origin, EmptyInput(f"{origin}: no HTML page responses in the WARC file"))


def _is_page(record: Any) -> bool:
    if record.rec_type not in _PAGE_RECORDS:
        return False
    if record.rec_type == "response":
        headers = record.http_headers
        if headers is None or headers.get_statuscode() != "200":
            return False
        content_type = headers.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    return content_type.split(";")[0].strip().lower() in PAGE_TYPES


def _page_article(record: Any, where: str, published: date | None, max_bytes: int) -> Article | Failure:
    url = str(record.rec_headers.get_header("WARC-Target-URI") or "").strip("<> ")
    record_id = str(record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>")
    raw = record.content_stream().read(max_bytes + 1)
    if len(raw) > max_bytes:
        return input_failure(
            where, TooLarge(f"{where}: the page is more than the limit of {max_bytes} bytes")
        )
    default = published or _crawl_day(record, where)
    return html_article(raw, where, default, url=url, external_id=record_id)


def _crawl_day(record: Any, where: str) -> date | None:
    value = record.rec_headers.get_header("WARC-Date") or ""
    try:
        return parse_published(str(value), where) if value else None
    except InputError:
        return None
