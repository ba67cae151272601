"""Readers: every supported input and every kind of bad input, on tiny files made in tmp_path."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from dragoman.errors import BadDate
from dragoman.ingest import FrontMatter, parse_published, read_inputs, split_front_matter
from dragoman.model import Article, Failure, content_hash

BOM = b"\xef\xbb\xbf"


def shared_dir() -> Path:
    env = os.environ.get("DRAGOMAN_SHARED")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "../shared"


def read_all(*paths: Path, **options: object) -> list[Article | Failure]:
    return list(read_inputs(list(paths), **options))  # type: ignore[arg-type]


def only(items: list[Article | Failure]) -> Article | Failure:
    assert len(items) == 1, items
    return items[0]


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def jsonl(*records: object) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


# --- text files ---------------------------------------------------------------------------------


def test_txt_is_one_article_with_the_published_argument(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "Russia recognised the Taliban.\n")
    article = only(read_all(path, published=date(2025, 7, 4)))
    assert article == Article.from_text(
        "Russia recognised the Taliban.\n", published=date(2025, 7, 4), origin=str(path)
    )
    assert article.id == content_hash("Russia recognised the Taliban.")
    assert article.title == ""


def test_txt_without_published_has_none(tmp_path: Path) -> None:
    article = only(read_all(write(tmp_path / "a.md", "# Heading\n\nSome text.")))
    assert isinstance(article, Article)
    assert article.published is None
    assert article.title == ""  # not guessed from the heading


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    article = only(read_all(write(tmp_path / "a.txt", BOM + "Caf\u00e9 talks.".encode())))
    assert isinstance(article, Article)
    assert article.text == "Caf\u00e9 talks."


FRONT = """---
title: "Russia recognises the Taliban"
published: 2025-07-04
url: https://example.org/1
source: Example News
id: ex-1
tags: ignored
---

Russia has recognised the Taliban government.
"""


def test_front_matter_sets_fields_and_is_removed(tmp_path: Path) -> None:
    path = write(tmp_path / "a.md", FRONT)
    article = only(read_all(path, published=date(2000, 1, 1)))
    assert article == Article.from_text(
        "Russia has recognised the Taliban government.\n",
        title="Russia recognises the Taliban",
        published=date(2025, 7, 4),
        url="https://example.org/1",
        source="Example News",
        origin=str(path),
        external_id="ex-1",
    )


def test_front_matter_without_published_uses_the_argument(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "---\ntitle: T\n---\nBody.")
    article = only(read_all(path, published=date(2025, 1, 2)))
    assert isinstance(article, Article)
    assert (article.title, article.published, article.text) == ("T", date(2025, 1, 2), "Body.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("---\ntitle: A\n---\nBody", (FrontMatter(title="A"), "Body")),
        ("---\r\nid: 'x'\r\n\r\n---\r\n\r\nBody\r\n", (FrontMatter(id="x"), "Body\r\n")),
        ("---\n# a comment\npublished: 2025-07-04\n---\n", (FrontMatter(published="2025-07-04"), "")),
        ("Body only\n---\ntitle: A\n---\n", (None, "Body only\n---\ntitle: A\n---\n")),
        ("---\nA horizontal rule, then prose.\n---\n", (None, "---\nA horizontal rule, then prose.\n---\n")),
        ("---\ntitle: never closed\nBody", (None, "---\ntitle: never closed\nBody")),
        ("---", (None, "---")),
    ],
)
def test_split_front_matter(text: str, expected: tuple[FrontMatter | None, str]) -> None:
    assert split_front_matter(text) == expected


def test_markdown_rule_at_top_is_kept_as_text(tmp_path: Path) -> None:
    text = "---\nNot front matter.\n---\nMore.\n"
    article = only(read_all(write(tmp_path / "a.md", text)))
    assert isinstance(article, Article)
    assert article.text == text


# --- folders ------------------------------------------------------------------------------------


def test_folder_is_read_recursively_in_name_order(tmp_path: Path) -> None:
    root = tmp_path / "in"
    write(root / "b" / "z.txt", "Z text.")
    write(root / "b" / "a.md", "A text.")
    write(root / "a.TXT", "Upper-case extension.")
    write(root / "c.jsonl", jsonl({"text": "J one."}, {"text": "J two."}))
    write(root / ".hidden.txt", "Hidden.")
    write(root / ".git" / "x.txt", "In a hidden folder.")
    write(root / "notes.pdf", b"%PDF-1.4")
    write(root / "README", "No extension.")
    items = read_all(root)
    assert all(isinstance(item, Article) for item in items)
    assert [item.origin for item in items] == [
        str(root / "a.TXT"),
        str(root / "b" / "a.md"),
        str(root / "b" / "z.txt"),
        f"{root / 'c.jsonl'}:1",
        f"{root / 'c.jsonl'}:2",
    ]


def test_paths_keep_the_given_order_and_reading_is_lazy(tmp_path: Path) -> None:
    second = write(tmp_path / "b.txt", "Second.")
    first = write(tmp_path / "a.txt", "First.")
    items = read_inputs([second, str(first), tmp_path / "missing.txt"])
    assert isinstance(items, Iterator)
    assert [getattr(item, "origin", None) for item in items] == [
        str(second),
        str(first),
        str(tmp_path / "missing.txt"),
    ]


def test_explicit_hidden_file_is_read(tmp_path: Path) -> None:
    assert isinstance(only(read_all(write(tmp_path / ".note.txt", "Text."))), Article)


# --- JSONL --------------------------------------------------------------------------------------


def test_jsonl_records_with_extra_fields(tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.jsonl",
        jsonl(
            {"id": "d-1", "published": "2021-12-10", "text": "One.", "events": [{"code": "161"}]},
            "",
            "   ",
            {"id": 7, "text": "Two.", "title": "T", "url": "u", "source": "s", "published": None},
            {"text": "Three.", "published": "2021-12-10T23:30:00-05:00"},
        ),
    )
    items = read_all(path, published=date(2020, 1, 1))
    assert items == [
        Article.from_text("One.", published=date(2021, 12, 10), origin=f"{path}:1", external_id="d-1"),
        Article.from_text(
            "Two.",
            title="T",
            url="u",
            source="s",
            published=date(2020, 1, 1),
            origin=f"{path}:4",
            external_id="7",
        ),
        Article.from_text("Three.", published=date(2021, 12, 10), origin=f"{path}:5"),
    ]


def test_jsonl_with_bom_and_crlf(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", BOM + b'{"text": "One."}\r\n{"text": "Two."}\r\n')
    assert [getattr(item, "text", None) for item in read_all(path)] == ["One.", "Two."]


BAD_LINES = [  # (line, code, part of the reason, whether the text was read)
    ("{not json", "E104", "not valid JSON", False),
    ("[1, 2]", "E104", "expected a JSON object, found an array", False),
    ('"text"', "E104", "found a string", False),
    ('{"title": "no text"}', "E104", 'no "text" field', False),
    ('{"text": ""}', "E104", '"text" is empty', False),
    ('{"text": "  \\n "}', "E104", '"text" is empty', False),
    ('{"text": 42}', "E104", '"text" must be a string, found a number', False),
    ("[" * 100_000, "E104", "nested too deeply", False),
    ('{"text": "ok", "title": ["x"]}', "E104", '"title" must be a string, found an array', True),
    ('{"text": "ok", "id": true}', "E104", '"id" must be a string, found a boolean', True),
    ('{"text": "ok", "published": "July 4"}', "E107", "'July 4' is not an ISO date", True),
    ('{"text": "ok", "published": 2025}', "E107", "must be an ISO date string, found a number", True),
]


@pytest.mark.parametrize(("line", "code", "reason", "text_read"), BAD_LINES)
def test_bad_jsonl_line_is_a_failure_and_the_file_goes_on(
    tmp_path: Path, line: str, code: str, reason: str, text_read: bool
) -> None:
    path = write(tmp_path / "a.jsonl", jsonl({"text": "Before."}, line, {"text": "After."}))
    before, failure, after = read_all(path)
    assert isinstance(before, Article) and isinstance(after, Article)
    assert isinstance(failure, Failure)
    assert (failure.origin, failure.code, failure.stage) == (f"{path}:2", code, "read")
    assert reason in failure.reason
    assert f"{path}:2" in failure.reason
    assert failure.article_id == (content_hash("ok") if text_read else "")


def test_jsonl_line_longer_than_max_bytes(tmp_path: Path) -> None:
    long_text = "x" * 200
    path = write(tmp_path / "a.jsonl", jsonl({"text": "short"}, {"text": long_text}, {"text": "last"}))
    first, failure, last = read_all(path, max_bytes=100)
    assert isinstance(failure, Failure)
    assert (failure.origin, failure.code) == (f"{path}:2", "E106")
    assert isinstance(first, Article) and isinstance(last, Article)
    assert last.origin == f"{path}:3"


def test_jsonl_bad_utf8_line_names_line_and_file_offset(tmp_path: Path) -> None:
    first = b'{"text": "ok"}\n'
    path = write(tmp_path / "a.jsonl", first + b'{"text": "caf\xe9"}\n')
    ok, failure = read_all(path)
    assert isinstance(ok, Article)
    assert isinstance(failure, Failure)
    assert (failure.origin, failure.code, failure.stage) == (f"{path}:2", "E103", "decode")
    assert f"byte offset {len(first) + 13}" in failure.reason


# --- bad files ----------------------------------------------------------------------------------

BAD_FILES: list[tuple[str, bytes, str, str, str]] = [
    ("empty.txt", b"", "E101", "read", "empty"),
    ("blank.md", b" \n\t\r\n", "E101", "read", "empty"),
    ("bom-only.txt", BOM, "E101", "read", "no text"),
    ("matter-only.md", b"---\ntitle: T\n---\n\n", "E101", "read", "only front matter"),
    ("empty.jsonl", b"", "E101", "read", "no records"),
    ("blank.jsonl", b"\n  \n\n", "E101", "read", "no records"),
    ("nul.txt", b"text\x00with a NUL", "E102", "decode", "binary"),
    ("controls.md", bytes(range(1, 9)) * 20 + b"some text", "E102", "decode", "binary"),
    ("nul.jsonl", b'{"text": "a"}\n\x00\x01\x02', "E102", "decode", "binary"),
    ("latin1.txt", "caf\u00e9 au lait".encode("latin-1"), "E103", "decode", "byte offset 3"),
    ("bom-latin1.txt", BOM + "caf\u00e9".encode("latin-1"), "E103", "decode", "byte offset 6"),
    ("utf16.txt", "hello".encode("utf-16"), "E103", "decode", "UTF-16"),
    ("bad-date.md", b"---\npublished: 2025-13-01\n---\nBody.", "E107", "read", "'2025-13-01' is not an ISO"),
    ("doc.pdf", b"%PDF-1.4", "E105", "read", "unsupported file type '.pdf'"),
    ("noext", b"text", "E105", "read", "unsupported"),
]


@pytest.mark.parametrize(("name", "content", "code", "stage", "reason"), BAD_FILES)
def test_bad_file_is_a_failure_naming_it(
    tmp_path: Path, name: str, content: bytes, code: str, stage: str, reason: str
) -> None:
    path = write(tmp_path / name, content)
    failure = only(read_all(path))
    assert isinstance(failure, Failure)
    assert (failure.origin, failure.code, failure.stage) == (str(path), code, stage)
    assert str(path) in failure.reason
    assert reason in failure.reason
    assert failure.article_id == (content_hash("Body.") if code == "E107" else "")


def test_bad_utf8_suggests_converting(tmp_path: Path) -> None:
    failure = only(read_all(write(tmp_path / "a.txt", b"\xff\xfe\xfdabc" + b"x" * 100)))
    assert isinstance(failure, Failure)
    assert "convert" in failure.reason


def test_missing_path(tmp_path: Path) -> None:
    failure = only(read_all(tmp_path / "nope"))
    where = str(tmp_path / "nope")
    expected = Failure(origin=where, stage="read", code="E108", reason=f"{where}: no such file or folder")
    assert failure == expected


def test_too_large_is_found_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:
        stream.truncate(50_000_000)  # sparse: nothing to read, only the size is known
    failure = only(read_all(path))
    assert isinstance(failure, Failure)
    assert failure.code == "E106"
    assert "50000000 bytes" in failure.reason


@pytest.mark.parametrize(("size", "code"), [(100, None), (101, "E106")])
def test_max_bytes_is_inclusive(tmp_path: Path, size: int, code: str | None) -> None:
    item = only(read_all(write(tmp_path / "a.txt", "x" * size), max_bytes=100))
    assert getattr(item, "code", None) == code


def test_bad_inputs_never_stop_the_run(tmp_path: Path) -> None:
    for name, content, *_ in BAD_FILES:
        write(tmp_path / "in" / name, content)
    write(tmp_path / "in" / "zz-good.txt", "Good.")
    items = read_all(tmp_path / "in", tmp_path / "missing")
    failures = [item for item in items if isinstance(item, Failure)]
    articles = [item for item in items if isinstance(item, Article)]
    assert [article.text for article in articles] == ["Good."]
    # files of unsupported types are skipped in folders, not failures; the missing path is one
    assert len(failures) == len(BAD_FILES) - 2 + 1


# --- published values ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-07-04", date(2025, 7, 4)),
        (" 2025-07-04 ", date(2025, 7, 4)),
        ("2025-07-04T09:30:00", date(2025, 7, 4)),
        ("2025-07-04T09:30:00Z", date(2025, 7, 4)),
        ("2025-07-04 23:30:00-05:00", date(2025, 7, 4)),  # the date as written, not converted to UTC
    ],
)
def test_parse_published(value: str, expected: date) -> None:
    assert parse_published(value, "here") == expected


@pytest.mark.parametrize("value", ["", "July 4, 2025", "2025-07", "2025-13-01", "04/07/2025"])
def test_parse_published_rejects(value: str) -> None:
    with pytest.raises(BadDate, match=r"\[E107\] here: published value"):
        parse_published(value, "here")


# --- the shared evaluation files are read directly ------------------------------------------------


@pytest.mark.parametrize("relative", ["eval/dev.jsonl", "seed/gold.jsonl"])
def test_shared_jsonl_files_read_directly(relative: str) -> None:
    path = shared_dir() / relative
    if not path.exists():
        pytest.skip(f"{path} not present")
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    items = read_all(path)
    assert len(items) == len(lines)
    assert all(isinstance(item, Article) and item.external_id and item.published for item in items)
