"""Readers fuzzed with hypothesis: over 10,000 generated inputs across formats, none may crash a reader.

Every input yields at least one record; each record is an ``Article`` with text or a ``Failure`` with an
input error code (``E1xx``), a stage and a reason naming where it happened. Nothing is fetched.
Derandomised (the same inputs on every run) so that the suite stays reproducible.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dragoman.ingest import read_inputs
from dragoman.model import Article, Failure

pytestmark = pytest.mark.slow

EXAMPLES = {"txt": 2000, "jsonl": 1800, "json": 1500, "csv": 1500, "html": 1100, "feed": 1100, "warc": 1000}
assert sum(EXAMPLES.values()) >= 10_000


def fuzz_settings(name: str) -> settings:
    return settings(
        max_examples=EXAMPLES[name],
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def check_read(path: Path, content: bytes) -> None:
    path.write_bytes(content)
    items = list(read_inputs([path], fetch=False, max_bytes=20_000))
    assert items, "every input yields at least one record"
    for item in items:
        if isinstance(item, Failure):
            assert item.code.startswith("E1") and item.stage and item.reason
            assert item.origin and item.origin in item.reason
        else:
            assert isinstance(item, Article) and item.text.strip() and item.id


WORDS = st.sampled_from(
    ["Russia", "said", "the", "talks", "Kabul", "é", "\u202e", "\x00", "<", "&amp;", "", "\n"]
)
PROSE = st.lists(WORDS, max_size=12).map(" ".join)
TEXTISH = st.one_of(st.text(max_size=40), PROSE)
JSON_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), TEXTISH)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=4,
)
KEYS = st.sampled_from(["text", "published", "title", "url", "source", "id", "x"])
RECORDS = st.dictionaries(KEYS, st.one_of(JSON_VALUES, st.just("2025-07-04"), st.just("July 4")), max_size=4)
RAW = st.binary(max_size=200)


@fuzz_settings("txt")
@given(
    st.one_of(
        RAW,
        TEXTISH.map(str.encode),
        st.tuples(st.lists(st.tuples(KEYS, TEXTISH), max_size=4), TEXTISH).map(
            lambda parts: ("---\n" + "".join(f"{k}: {v}\n" for k, v in parts[0]) + "---\n" + parts[1]).encode(
                "utf-8", "surrogatepass"
            )
        ),
    ),
    st.sampled_from(["a.txt", "a.md"]),
)
def test_fuzz_text(folder: Path, content: bytes, name: str) -> None:
    check_read(folder / name, content)


def jsonl_line(value: object) -> bytes:
    return json.dumps(value).encode() if not isinstance(value, bytes) else value


@fuzz_settings("jsonl")
@given(st.lists(st.one_of(RECORDS, JSON_VALUES, RAW), max_size=4))
def test_fuzz_jsonl(folder: Path, lines: list[object]) -> None:
    check_read(folder / "a.jsonl", b"\n".join(jsonl_line(line) for line in lines))


@fuzz_settings("json")
@given(
    st.one_of(
        st.lists(RECORDS, max_size=3).map(json.dumps).map(str.encode),
        JSON_VALUES.map(json.dumps).map(str.encode),
        RAW,
    )
)
def test_fuzz_json(folder: Path, content: bytes) -> None:
    check_read(folder / "a.json", content)


CELLS = st.one_of(TEXTISH, st.just("2025-07-04"), st.just('"'), st.just(","), st.just("\r\n"))


@fuzz_settings("csv")
@given(
    st.one_of(
        st.lists(st.lists(CELLS, max_size=5), max_size=6)
        .map(lambda rows: "\n".join(",".join(row) for row in [["text", "published", "title"], *rows]))
        .map(lambda text: text.encode("utf-8", "surrogatepass")),
        RAW,
    ),
    st.sampled_from(["a.csv", "a.tsv"]),
)
def test_fuzz_csv(folder: Path, content: bytes, name: str) -> None:
    check_read(folder / name, content)


TAGS = st.sampled_from(["p", "div", "article", "script", "title", "meta", "h1", "nav", "br", "html", "body"])
HTML = st.recursive(
    TEXTISH.map(lambda text: text.replace("<", "")),
    lambda inner: st.tuples(TAGS, st.lists(inner, max_size=3)).map(
        lambda t: f"<{t[0]}>{''.join(t[1])}</{t[0]}>"
    ),
    max_leaves=5,
)


@fuzz_settings("html")
@given(st.one_of(HTML.map(lambda html: html.encode("utf-8", "surrogatepass")), RAW))
def test_fuzz_html(folder: Path, content: bytes) -> None:
    check_read(folder / "a.html", content)


ITEM = st.tuples(
    TEXTISH,
    st.one_of(st.just("http://127.0.0.1:9/x"), TEXTISH),
    TEXTISH,
    st.sampled_from(["", "Fri, 04 Jul 2025 09:00:00 GMT", "junk"]),
)


def feed_xml(items: list[tuple[str, str, str, str]], atom: bool) -> bytes:
    if atom:
        body = "".join(
            f"<entry><title>{t}</title><link href='{link}'/>"
            f"<content>{c}</content><updated>{d}</updated></entry>"
            for t, link, c, d in items
        )
        text = f"<feed xmlns='http://www.w3.org/2005/Atom'><title>F</title>{body}</feed>"
    else:
        body = "".join(
            f"<item><title>{t}</title><link>{link}</link><description>{c}</description><pubDate>{d}</pubDate></item>"
            for t, link, c, d in items
        )
        text = f"<rss version='2.0'><channel><title>F</title>{body}</channel></rss>"
    return text.encode("utf-8", "surrogatepass")


@fuzz_settings("feed")
@given(st.one_of(st.tuples(st.lists(ITEM, max_size=4), st.booleans()).map(lambda p: feed_xml(*p)), RAW))
def test_fuzz_feed(folder: Path, content: bytes) -> None:
    check_read(folder / "a.xml", content)


def warc_bytes(bodies: list[bytes], gzip: bool, cut: int) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    for body in bodies:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://example.org/", "response", payload=io.BytesIO(body), http_headers=headers
            )
        )
    data = buffer.getvalue()
    return data[: len(data) - cut] if cut else data


@fuzz_settings("warc")
@given(
    st.one_of(
        st.tuples(
            st.lists(st.one_of(HTML.map(lambda h: h.encode("utf-8", "surrogatepass")), RAW), max_size=3),
            st.booleans(),
            st.integers(0, 40),
        ).map(lambda p: warc_bytes(*p)),
        RAW,
        RAW.map(lambda raw: b"WARC/1.0\r\n" + raw),
    ),
    st.sampled_from(["a.warc", "a.warc.gz"]),
)
def test_fuzz_warc(folder: Path, content: bytes, name: str) -> None:
    check_read(folder / name, content)
