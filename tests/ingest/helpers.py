"""Small makers of input files shared by the ingest tests: pages, feeds, WARC files."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ENGLISH_BODY = (
    "Russia on Thursday became the first country to formally recognise the government in Kabul, "
    "the foreign ministry in Moscow said. Officials in Kabul welcomed the decision as a historic step "
    "for relations between the two countries."
)
FRENCH_BODY = (
    "La Russie est devenue jeudi le premier pays à reconnaître officiellement le gouvernement de Kaboul, "
    "a indiqué le ministère des affaires étrangères à Moscou. Les responsables ont salué une décision "
    "historique pour les relations entre les deux pays."
)


def page(body: str = ENGLISH_BODY, *, title: str = "Russia recognises Kabul", day: str = "2025-07-04") -> str:
    """A news page with navigation, an article, a date, a canonical URL and a site name."""
    meta = f'<meta property="article:published_time" content="{day}T09:00:00+02:00">' if day else ""
    return (
        f"<!DOCTYPE html><html><head><title>{title} - Example News</title>{meta}"
        '<meta property="og:site_name" content="Example News">'
        '<link rel="canonical" href="https://example.org/news/1"></head>'
        "<body><nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
        f"<article><h1>{title}</h1><p>{body}</p><p>{body}</p></article>"
        "<footer>Copyright Example News</footer></body></html>"
    )


def rss(*items: tuple[str, str, str], title: str = "Example Feed") -> str:
    """An RSS 2.0 feed; each item is (link, title, RFC 2822 date or "")."""
    parts = []
    for number, (link, item_title, day) in enumerate(items, start=1):
        date_tag = f"<pubDate>{day}</pubDate>" if day else ""
        parts.append(
            f"<item><title>{item_title}</title><link>{link}</link>{date_tag}"
            f"<guid>item-{number}</guid><description>Short summary {number}.</description></item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>https://example.org/</link>{''.join(parts)}</channel></rss>"
    )


def write_warc(
    path: Path, pages: list[tuple[str, bytes, str, str]], *, gzip: bool = False, warc_date: str = ""
) -> Path:
    """A WARC file with one response record per (url, body, status, content type), plus a request record."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    for url, body, status, content_type in pages:
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        warc_headers = {"WARC-Date": warc_date} if warc_date else None
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=headers, warc_headers_dict=warc_headers
        )
        writer.write_record(record)
        request = writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
        writer.write_record(request)
    path.write_bytes(buffer.getvalue())
    return path
