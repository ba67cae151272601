"""HTML, JSON, CSV/TSV, WARC, stdin and language checks, on small inputs made in tmp_path."""

from __future__ import annotations

import io
import json
import sys
from datetime import date
from pathlib import Path

import pytest

from dragoman.ingest import FieldMap, InputFormat, detect_language, read_inputs, sniff_format
from dragoman.model import Article, Failure

from .helpers import ENGLISH_BODY, FRENCH_BODY, page, write_warc


def read_all(*paths: Path | str, **options: object) -> list[Article | Failure]:
    return list(read_inputs(list(paths), fetch=False, **options))  # type: ignore[arg-type]


def only(items: list[Article | Failure]) -> Article | Failure:
    assert len(items) == 1, items
    return items[0]


# --- HTML -----------------------------------------------------------------------------------------


def test_html_page_gives_main_text_title_date_url_and_site(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    path.write_text(page(), encoding="utf-8")
    article = only(read_all(path, published=date(2000, 1, 1)))
    assert isinstance(article, Article)
    assert ENGLISH_BODY in article.text
    assert "Home" not in article.text and "Copyright" not in article.text
    assert (article.title, article.published) == ("Russia recognises Kabul", date(2025, 7, 4))
    assert (article.url, article.source, article.origin) == (
        "https://example.org/news/1",
        "Example News",
        str(path),
    )


def test_html_without_a_date_uses_the_published_argument(tmp_path: Path) -> None:
    path = tmp_path / "a.htm"
    path.write_text(page(day=""), encoding="utf-8")
    article = only(read_all(path, published=date(2024, 2, 3)))
    assert isinstance(article, Article) and article.published == date(2024, 2, 3)


@pytest.mark.parametrize(
    ("content", "code", "stage"),
    [
        (b"<html><head><title>T</title></head><body><script>x()</script></body></html>", "E101", "extract"),
        (b"   \n", "E101", "read"),
        (b"<html>\x00\x01\x02</html>", "E102", "decode"),
    ],
)
def test_html_without_an_article_is_a_failure(tmp_path: Path, content: bytes, code: str, stage: str) -> None:
    path = tmp_path / "a.html"
    path.write_bytes(content)
    failure = only(read_all(path))
    assert isinstance(failure, Failure)
    assert (failure.code, failure.stage, failure.origin) == (code, stage, str(path))
    assert str(path) in failure.reason


# --- JSON, CSV, TSV and the field map -------------------------------------------------------------

RECORDS = [
    {"body": "First text.", "when": "2025-07-04", "headline": "One", "link": "u1", "outlet": "S", "key": 1},
    {"body": "Second text.", "when": "Sat, 05 Jul 2025 23:30:00 -0500", "headline": "Two"},
]
FIELDS = FieldMap(text="body", date="when", title="headline", url="link", source="outlet", id="key")


def test_json_array_with_a_field_map(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text(json.dumps(RECORDS), encoding="utf-8")
    first, second = read_all(path, fields=FIELDS)
    assert first == Article.from_text(
        "First text.",
        title="One",
        published=date(2025, 7, 4),
        url="u1",
        source="S",
        origin=f"{path}[0]",
        external_id="1",
    )
    assert isinstance(second, Article)
    assert (second.published, second.origin) == (date(2025, 7, 5), f"{path}[1]")  # the date as written


def test_json_single_object_and_nested_fields(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"article": {"body": "Nested text.", "date": "2025-07-04"}}), encoding="utf-8")
    article = only(read_all(path, fields=FieldMap(text="article.body", date="article.date")))
    assert isinstance(article, Article)
    assert (article.text, article.published, article.origin) == ("Nested text.", date(2025, 7, 4), str(path))


@pytest.mark.parametrize(
    ("content", "code", "reason"),
    [
        ("[]", "E101", "no records"),
        ('"text"', "E104", "expected a JSON object or an array of objects, found a string"),
        ("{", "E104", "not valid JSON"),
        ("", "E101", "empty"),
    ],
)
def test_bad_json_documents(tmp_path: Path, content: str, code: str, reason: str) -> None:
    path = tmp_path / "a.json"
    path.write_text(content, encoding="utf-8")
    failure = only(read_all(path))
    assert isinstance(failure, Failure)
    assert (failure.code, failure.origin) == (code, str(path))
    assert reason in failure.reason


def test_jsonl_uses_the_field_map(tmp_path: Path) -> None:
    path = tmp_path / "a.ndjson"
    path.write_text("".join(json.dumps(record) + "\n" for record in RECORDS), encoding="utf-8")
    items = read_all(path, fields=FIELDS)
    assert [(getattr(item, "text", ""), getattr(item, "origin", "")) for item in items] == [
        ("First text.", f"{path}:1"),
        ("Second text.", f"{path}:2"),
    ]


@pytest.mark.parametrize(("suffix", "sep"), [(".csv", ","), (".tsv", "\t")])
def test_csv_and_tsv_rows(tmp_path: Path, suffix: str, sep: str) -> None:
    path = tmp_path / f"a{suffix}"
    rows = [["body", "when", "headline"], ["First text.", "2025-07-04", "One"], ["", "2025-07-04", "none"]]
    rows.append(["Multi\nline text.", "", ""])
    lines = [sep.join(f'"{cell}"' if "\n" in cell else cell for cell in row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    first, empty, multi = read_all(path, fields=FIELDS, published=date(2020, 1, 1))
    assert isinstance(first, Article)
    assert (first.text, first.published, first.title, first.origin) == (
        "First text.",
        date(2025, 7, 4),
        "One",
        f"{path}:2",
    )
    assert isinstance(empty, Failure) and (empty.code, empty.origin) == ("E104", f"{path}:3")
    assert isinstance(multi, Article)
    assert (multi.text, multi.published, multi.origin) == ("Multi\nline text.", date(2020, 1, 1), f"{path}:5")


@pytest.mark.parametrize(
    ("content", "code", "reason"),
    [
        (b"title,url\nT,u\n", "E104", 'no "text" column in the header row'),
        (b"text\n", "E101", "no rows"),
        (b"", "E101", "no rows"),
        (b'text\n"caf\xe9 au lait"\n', "E103", "not valid UTF-8"),
        (b"text\nab\x00\x00\x00\x00", "E102", "binary"),
    ],
)
def test_bad_csv_files(tmp_path: Path, content: bytes, code: str, reason: str) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes(content)
    items = read_all(path)
    failure = items[-1]
    assert isinstance(failure, Failure)
    assert failure.code == code
    assert reason in failure.reason and str(path) in failure.reason


def test_csv_field_over_max_bytes_ends_the_file(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("text\nshort\n" + "x" * 500 + "\nafter\n", encoding="utf-8")
    first, failure = read_all(path, max_bytes=100)
    assert isinstance(first, Article)
    assert isinstance(failure, Failure) and failure.code == "E106"


# --- WARC -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("gzip", [False, True])
def test_warc_pages_become_articles_and_other_records_are_skipped(tmp_path: Path, gzip: bool) -> None:
    path = write_warc(
        tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc"),
        [
            ("https://example.org/news/1", page().encode(), "200 OK", "text/html; charset=utf-8"),
            ("https://example.org/logo.png", b"\x89PNG\r\n", "200 OK", "image/png"),
            ("https://example.org/moved", b"", "301 Moved Permanently", "text/html"),
            ("https://example.org/news/2", page(day="").encode(), "200 OK", "text/html"),
        ],
        gzip=gzip,
        warc_date="2025-07-06T10:00:00Z",
    )
    first, second = read_all(path)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert ENGLISH_BODY in first.text
    assert first.origin.startswith(f"{path}@") and first.origin != second.origin
    assert first.external_id.startswith("urn:uuid:")
    assert (first.published, second.published) == (date(2025, 7, 4), date(2025, 7, 6))  # page date, crawl day
    assert second.url == "https://example.org/news/1"  # the page's canonical link wins over the target URI


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"this is not a WARC file\r\n\r\n", "E101"),  # warcio reads it as a record with no page
        (b"", "E101"),
        (b"\x1f\x8b\x08garbage", "E104"),
        (b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nabc", "E104"),
    ],
)
def test_bad_warc_files(tmp_path: Path, content: bytes, code: str) -> None:
    path = tmp_path / "bad.warc"
    path.write_bytes(content)
    failure = read_all(path)[-1]
    assert isinstance(failure, Failure) and failure.code == code
    assert str(path) in failure.reason


def test_warc_with_no_pages(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "a.warc", [("https://example.org/x.png", b"\x89PNG", "200 OK", "image/png")])
    failure = only(read_all(path))
    assert isinstance(failure, Failure)
    assert (failure.code, failure.reason) == ("E101", f"{path}: no HTML page responses in the WARC file")


# --- stdin ----------------------------------------------------------------------------------------


def feed_stdin(monkeypatch: pytest.MonkeyPatch, content: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(content), encoding="utf-8"))


@pytest.mark.parametrize(
    ("content", "stdin_format", "texts"),
    [
        (b"Plain text on stdin.\n", "auto", ["Plain text on stdin.\n"]),
        (b'{"text": "One."}\n{"text": "Two."}\n', "auto", ["One.", "Two."]),
        (b'{"text": "One."}\n', "text", ['{"text": "One."}\n']),
        (b"text\nA row.\n", "csv", ["A row."]),
        (page().encode(), "auto", [None]),
    ],
)
def test_stdin(
    monkeypatch: pytest.MonkeyPatch, content: bytes, stdin_format: str, texts: list[str | None]
) -> None:
    feed_stdin(monkeypatch, content)
    items = read_all("-", stdin_format=stdin_format)
    assert all(isinstance(item, Article) and item.origin.startswith("<stdin>") for item in items)
    assert [text or ENGLISH_BODY in item.text for item, text in zip(items, texts, strict=True)] == [
        text or True for text in texts
    ]


def test_empty_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    feed_stdin(monkeypatch, b"")
    failure = only(read_all("-"))
    assert isinstance(failure, Failure) and (failure.code, failure.origin) == ("E101", "<stdin>")


@pytest.mark.parametrize(
    ("sample", "expected"),
    [
        (b"WARC/1.0\r\n", InputFormat.WARC),
        (b"\x1f\x8b\x08", InputFormat.WARC),
        (b'<?xml version="1.0"?><rss version="2.0">', InputFormat.FEED),
        (b"<feed xmlns='http://www.w3.org/2005/Atom'>", InputFormat.FEED),
        (b"<!DOCTYPE html><html>", InputFormat.HTML),
        (b'{"text": "a"}\n{"text": "b"}', InputFormat.JSONL),
        (b'{\n  "text": "a"\n}', InputFormat.JSON),
        (b"[{}]", InputFormat.JSON),
        (b"Russia said on Friday", InputFormat.TEXT),
    ],
)
def test_sniff_format(sample: bytes, expected: InputFormat) -> None:
    assert sniff_format(sample) is expected


# --- language -------------------------------------------------------------------------------------


def test_non_english_article_is_a_language_failure(tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    path.write_text(FRENCH_BODY, encoding="utf-8")
    failure = only(read_all(path))
    assert isinstance(failure, Failure)
    assert (failure.stage, failure.code, failure.origin) == ("language", "E109", str(path))
    assert "French (fr" in failure.reason
    assert failure.article_id == Article.from_text(FRENCH_BODY).id
    kept = only(read_all(path, languages=None))
    assert isinstance(kept, Article)
    assert isinstance(only(read_all(path, languages={"en", "fr"})), Article)


@pytest.mark.parametrize(
    "text",
    [
        ENGLISH_BODY,
        "Putin met Erdogan in Ankara. Sergei Lavrov and Hakan Fidan also attended the talks.",
        "ISLAMABAD, Pakistan — Pakistani PM Shehbaz Sharif met Xi Jinping in Beijing",
        "Short.",
    ],
)
def test_english_and_short_texts_are_kept(tmp_path: Path, text: str) -> None:
    path = tmp_path / "en.txt"
    path.write_text(text, encoding="utf-8")
    assert isinstance(only(read_all(path)), Article)


@pytest.mark.parametrize(
    ("text", "code"),
    [(ENGLISH_BODY, "en"), (FRENCH_BODY, "fr"), ("Too short.", "und")],
)
def test_detect_language(text: str, code: str) -> None:
    assert detect_language(text).code == code


# --- size limits: a 0-byte file and a 50 MB text --------------------------------------------------


@pytest.mark.parametrize("name", ["a.txt", "a.md", "a.html", "a.json", "a.jsonl", "a.csv", "a.xml", "a.warc"])
def test_zero_byte_files_are_empty_input(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    failure = only(read_all(path))
    assert isinstance(failure, Failure)
    assert failure.code == "E101"
    assert str(path) in failure.reason and ("empty" in failure.reason or "no " in failure.reason)


def test_fifty_megabyte_text(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    line = (ENGLISH_BODY + "\n").encode()
    with path.open("wb") as stream:
        for _ in range(50_000_000 // len(line) + 1):
            stream.write(line)
    size = path.stat().st_size
    failure = only(read_all(path))
    assert isinstance(failure, Failure)
    assert (failure.code, failure.stage) == ("E106", "read")
    assert failure.reason == f"{path}: {size} bytes is more than the limit of 5000000; split the file"
    article = only(read_all(path, max_bytes=60_000_000))
    assert isinstance(article, Article) and len(article.text) == size
