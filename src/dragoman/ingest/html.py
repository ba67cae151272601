"""Web pages to articles: trafilatura finds the main text, the title, the publication date and the URL.

An ``.html`` or ``.htm`` file is one article. The page's own date (``article:published_time``, JSON-LD,
the URL ...) as found by trafilatura wins over the ``published`` argument; its canonical URL and site
name fill ``url`` and ``source``. A page without a main text becomes a ``Failure`` at stage ``extract``.
Feed entries that carry HTML are turned into text by ``fragment_text``.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date

import lxml.html
from lxml import etree

from dragoman.errors import EmptyInput, InputError
from dragoman.ingest.common import input_failure, parse_published
from dragoman.ingest.decode import check_text_sample
from dragoman.model import Article, Failure

log = logging.getLogger(__name__)

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n\s*")


@dataclass(frozen=True, slots=True)
class Extracted:
    """What trafilatura found in a page; empty string = not found. ``date`` is ``YYYY-MM-DD``."""

    text: str
    title: str = ""
    date: str = ""
    url: str = ""
    source: str = ""


def extract_page(raw: bytes, origin: str, url: str = "") -> Extracted:
    """The main text and metadata of an HTML page; raise ``EmptyInput`` when it has no main text.

    ``url`` is where the page was fetched from (it helps date and link extraction); raises ``BinaryInput``
    or ``EncodingError`` for bytes that are not text.
    """
    check_text_sample(raw[:8192], origin)
    from trafilatura import bare_extraction
    from trafilatura.settings import Document

    try:
        found = bare_extraction(
            raw, url=url or None, with_metadata=True, include_comments=False, include_tables=False
        )
    except (ValueError, TypeError, etree.LxmlError, RecursionError) as err:
        raise EmptyInput(f"{origin}: the page could not be parsed ({type(err).__name__}: {err})") from err
    if not isinstance(found, Document) or not (text := str(found.text or "")).strip():
        raise EmptyInput(f"{origin}: no main text found in the page (not an article, or an empty one)")
    return Extracted(
        text=text,
        title=str(found.title or ""),
        date=str(found.date or ""),
        url=str(found.url or ""),
        source=str(found.sitename or ""),
    )


def extracted_date(extracted: Extracted, origin: str, default: date | None) -> date | None:
    """The page's publication date, else ``default`` (an unreadable page date is logged and ignored)."""
    if not extracted.date:
        return default
    try:
        return parse_published(extracted.date, origin)
    except InputError:
        log.debug("%s: ignoring the page date %r", origin, extracted.date)
        return default


def html_article(
    raw: bytes, origin: str, published: date | None, *, url: str = "", external_id: str = ""
) -> Article | Failure:
    """One article from the bytes of a page, or the ``Failure`` saying why there is none."""
    try:
        found = extract_page(raw, origin, url)
    except InputError as err:
        return input_failure(origin, err, stage="extract" if isinstance(err, EmptyInput) else "")
    return Article.from_text(
        found.text,
        title=found.title,
        published=extracted_date(found, origin, published),
        url=found.url or url,
        source=found.source,
        origin=origin,
        external_id=external_id,
    )


def fragment_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed entry's content): blocks become paragraphs, markup goes."""
    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.LxmlError, ValueError):
        return ""
    for element in list(root.iter("script", "style")):
        element.drop_tree()
    for element in root.iter(*_BLOCKS):
        element.tail = "\n\n" + (element.tail or "")
    lines = (_SPACES.sub(" ", line).strip() for line in str(root.text_content()).split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
