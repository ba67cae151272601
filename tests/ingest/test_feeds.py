"""Feeds and URLs, fetched from a small HTTP server on 127.0.0.1 in a thread (no other address is used)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from dragoman.ingest import USER_AGENT, Fetcher, FetchPolicy, read_inputs
from dragoman.model import Article, Failure

from .helpers import ENGLISH_BODY, page, rss


class Site:
    """Pages served by path: (status, content type, body); every request's path and User-Agent is kept."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[int, str, bytes]] = {}
        self.requests: list[tuple[str, str]] = []
        self.base = ""


@pytest.fixture
def site() -> Iterator[Site]:
    served = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            served.requests.append((self.path, self.headers.get("User-Agent", "")))
            if self.path == "/slow":
                threading.Event().wait(1.0)
            status, content_type, body = served.pages.get(self.path, (404, "text/plain", b"not found"))
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.block_on_close = False
    served.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield served
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


FAST = FetchPolicy(timeout=1.0, delay=0.0)


def read_all(*paths: Path | str, **options: object) -> list[Article | Failure]:
    options.setdefault("fetch", FAST)
    return list(read_inputs(list(paths), **options))  # type: ignore[arg-type]


def serve_feed(site: Site, tmp_path: Path) -> Path:
    site.pages["/news/1"] = (200, "text/html; charset=utf-8", page().encode())
    site.pages["/news/2"] = (200, "text/html", page(title="Second story", day="").encode())
    feed = rss(
        (f"{site.base}/news/1", "Russia recognises Kabul", "Fri, 04 Jul 2025 23:30:00 -0500"),
        (f"{site.base}/news/2", "Second story", ""),
        (f"{site.base}/gone", "Missing story", ""),
        (f"{site.base}/image", "A picture", ""),
    )
    site.pages["/image"] = (200, "image/png", b"\x89PNG")
    path = tmp_path / "feed.rss"
    path.write_text(feed, encoding="utf-8")
    return path


def test_feed_file_fetches_each_item(site: Site, tmp_path: Path) -> None:
    path = serve_feed(site, tmp_path)
    first, second, gone, image = read_all(path, published=date(2020, 1, 1))
    assert isinstance(first, Article) and isinstance(second, Article)
    assert ENGLISH_BODY in first.text
    assert (first.title, first.published, first.source) == (
        "Russia recognises Kabul",
        date(2025, 7, 4),
        "Example Feed",
    )
    assert (first.url, first.origin, first.external_id) == (f"{site.base}/news/1",) * 2 + ("item-1",)
    assert second.published == date(2020, 1, 1)  # no item date, no page date: the argument
    assert isinstance(gone, Failure)
    assert (gone.stage, gone.code, gone.origin) == ("fetch", "E108", f"{site.base}/gone")
    assert "HTTP 404" in gone.reason
    assert isinstance(image, Failure) and (image.stage, image.code) == ("fetch", "E105")
    assert all(agent == USER_AGENT for _, agent in site.requests)
    assert USER_AGENT.startswith("Dragoman/")


def test_feed_without_fetching_reads_the_items_own_text(site: Site, tmp_path: Path) -> None:
    path = serve_feed(site, tmp_path)
    items = read_all(path, fetch=False)
    assert [getattr(item, "text", None) for item in items] == [f"Short summary {n}." for n in range(1, 5)]
    assert site.requests == []


def test_feed_and_page_urls(site: Site, tmp_path: Path) -> None:
    serve_feed(site, tmp_path)
    site.pages["/feed"] = (200, "application/rss+xml", rss((f"{site.base}/news/1", "T", "")).encode())
    site.pages["/plain"] = (200, "text/plain", ENGLISH_BODY.encode())
    from_feed, page_item, plain = read_all(f"{site.base}/feed", f"{site.base}/news/1", f"{site.base}/plain")
    assert isinstance(from_feed, Article) and from_feed.origin == f"{site.base}/news/1"
    assert isinstance(page_item, Article)
    assert (page_item.origin, page_item.url) == (f"{site.base}/news/1", "https://example.org/news/1")
    assert isinstance(plain, Article) and plain.text == ENGLISH_BODY


def test_url_failures(site: Site) -> None:
    site.pages["/error"] = (500, "text/html", b"oops")
    site.pages["/big"] = (200, "text/html", b"x" * 2000)
    policy = FetchPolicy(timeout=0.5, delay=0.0, max_bytes=1000)
    urls = [f"{site.base}/error", f"{site.base}/slow", f"{site.base}/big", "http://127.0.0.1:1/closed"]
    failures = read_all(*urls, fetch=policy)
    assert [(f.stage, f.code) for f in failures if isinstance(f, Failure)] == [
        ("fetch", "E100"),
        ("fetch", "E100"),
        ("fetch", "E106"),
        ("fetch", "E100"),
    ]
    assert "HTTP 500" in failures[0].reason if isinstance(failures[0], Failure) else False
    assert all(isinstance(f, Failure) and f.origin == url for f, url in zip(failures, urls, strict=True))


def test_url_with_fetching_off(site: Site) -> None:
    (failure,) = read_all(f"{site.base}/news/1", fetch=False)
    assert isinstance(failure, Failure) and (failure.stage, failure.code) == ("fetch", "E100")
    assert site.requests == []


def test_fetcher_waits_between_requests_to_one_host(site: Site) -> None:
    site.pages["/a"] = (200, "text/plain", b"a")
    now = [100.0]
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds

    fetcher = Fetcher(FetchPolicy(delay=2.0), clock=lambda: now[0], sleep=sleep)
    for _ in range(3):
        fetcher.get(f"{site.base}/a")
        now[0] += 0.5
    assert waits == [1.5, 1.5]


@pytest.mark.parametrize(
    ("feed", "code", "stage"),
    [
        ("<html><body>no feed here</body></html>", "E104", "parse"),
        ('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>', "E101", "read"),
    ],
)
def test_bad_feed_files(tmp_path: Path, feed: str, code: str, stage: str) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(feed, encoding="utf-8")
    (failure,) = read_all(path, fetch=False)
    assert isinstance(failure, Failure) and (failure.code, failure.stage, failure.origin) == (
        code,
        stage,
        str(path),
    )
