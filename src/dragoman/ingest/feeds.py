"""RSS and Atom feeds (feedparser) to articles, each item's page fetched politely.

A feed file (``.rss``, ``.atom``, ``.xml``) or a feed URL gives one article per item. With a ``Fetcher``,
each item's link is fetched and its main text extracted (see ``dragoman.ingest.html``); without one, or for
an item with no link, the item's own content (or summary) is the text. The item's date wins over the page's
date, which wins over the ``published`` argument; the feed's title is the article's ``source``, the item's
guid its ``external_id``. A page that cannot be fetched is a ``Failure`` at stage ``fetch`` naming its URL.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from dragoman.errors import EmptyInput, InputError, MalformedRecord
from dragoman.ingest.common import input_failure, parse_published
from dragoman.ingest.decode import check_text_sample
from dragoman.ingest.fetch import Fetcher, is_url
from dragoman.ingest.html import extract_page, extracted_date, fragment_text
from dragoman.model import Article, Failure

log = logging.getLogger(__name__)

FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})
FEED_MEDIA_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml"}
)
_FEED_ROOTS = (b"<rss", b"<feed", b"<rdf:rdf")


def looks_like_feed(raw: bytes) -> bool:
    """True when the first 2 KB hold an RSS, Atom or RDF root element."""
    head = raw[:2048].lower()
    return any(root in head for root in _FEED_ROOTS)


@dataclass(frozen=True, slots=True)
class FeedItem:
    """The parts of one feed entry that make an article; empty string = not given."""

    link: str
    title: str
    guid: str
    published: date | None
    content: str  # the entry's content or summary, as text


def parse_feed(raw: bytes, origin: str) -> tuple[str, list[FeedItem]]:
    """The feed's title and items; raise ``MalformedRecord`` for no feed, ``EmptyInput`` for no items."""
    check_text_sample(raw[:8192], origin)
    import feedparser

    parsed = feedparser.parse(io.BytesIO(raw))  # a stream: feedparser never opens paths or URLs here
    entries: list[Mapping[str, Any]] = list(parsed.get("entries", []))
    if not entries:
        if not parsed.get("version"):
            problem = parsed.get("bozo_exception", "")
            raise MalformedRecord(f"{origin}: not an RSS or Atom feed ({problem or 'unrecognised'})")
        raise EmptyInput(f"{origin}: the feed has no items")
    if parsed.get("bozo"):
        log.debug(
            "%s: feed is not well formed (%s); reading its items anyway", origin, parsed.get("bozo_exception")
        )
    title = str(parsed.get("feed", {}).get("title", "") or "")
    return title, [_feed_item(entry, origin) for entry in entries]


def _feed_item(entry: Mapping[str, Any], origin: str) -> FeedItem:
    content = ""
    for part in entry.get("content", None) or []:
        if isinstance(part, Mapping) and part.get("value"):
            content = str(part["value"])
            break
    if not content:
        content = str(entry.get("summary", "") or "")
    return FeedItem(
        link=str(entry.get("link", "") or "").strip(),
        title=str(entry.get("title", "") or ""),
        guid=str(entry.get("id", "") or ""),
        published=_entry_date(entry, origin),
        content=fragment_text(content),
    )


def _entry_date(entry: Mapping[str, Any], origin: str) -> date | None:
    fields: dict[str, Any] = dict(
        entry
    )  # a plain copy: FeedParserDict.get maps updated to published, with a warning
    for key in ("published", "updated"):
        value = fields.get(key)
        if isinstance(value, str) and value.strip():
            try:
                return parse_published(value, origin)
            except InputError:
                parsed = fields.get(f"{key}_parsed")
                if parsed is not None:
                    try:
                        return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
                    except (AttributeError, ValueError):
                        pass
    return None


def read_feed(
    raw: bytes, origin: str, published: date | None, fetcher: Fetcher | None
) -> Iterator[Article | Failure]:
    """An article (or a failure) for every item of the feed in ``raw`` (see the module doc)."""
    try:
        source, items = parse_feed(raw, origin)
    except InputError as err:
        yield input_failure(origin, err, stage="parse" if isinstance(err, MalformedRecord) else "")
        return
    for number, item in enumerate(items, start=1):
        where = item.link or f"{origin}#{number}"
        if fetcher is not None and is_url(item.link):
            yield _fetched_article(item, source, published, fetcher)
        elif item.content.strip():
            yield Article.from_text(
                item.content,
                title=item.title,
                published=item.published or published,
                url=item.link,
                source=source,
                origin=where,
                external_id=item.guid,
            )
        else:
            reason = f"{where}: the feed item has no text" + (" and no link to fetch" if fetcher else "")
            yield input_failure(where, EmptyInput(reason))


def _fetched_article(
    item: FeedItem, source: str, published: date | None, fetcher: Fetcher
) -> Article | Failure:
    try:
        page = fetcher.get(item.link)
    except InputError as err:
        return input_failure(item.link, err, stage="fetch")
    try:
        found = extract_page(page.body, item.link, page.url)
    except InputError as err:
        return input_failure(item.link, err, stage="extract" if isinstance(err, EmptyInput) else "")
    return Article.from_text(
        found.text,
        title=item.title or found.title,
        published=item.published or extracted_date(found, item.link, published),
        url=item.link,
        source=source or found.source,
        origin=item.link,
        external_id=item.guid,
    )
