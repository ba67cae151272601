"""The FORMAT.md JSONL gold reader and the country-level reduction of actor codes."""

from __future__ import annotations

import datetime
import json
import os
from pathlib import Path

import pytest

from dragoman.errors import GoldFormatError
from dragoman.evaluate.gold import GoldEvent, country_level, is_state_code, read_dragoman_gold


def shared_dir() -> Path:
    configured = os.environ.get("DRAGOMAN_SHARED")
    return Path(configured) if configured else Path(__file__).resolve().parents[2] / "../shared"


def write_lines(path: Path, *records: object) -> Path:
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


def document(**changes: object) -> dict[str, object]:
    record: dict[str, object] = {
        "id": "d-001",
        "published": "2023-03-20",
        "text": "Chinese President Xi Jinping arrived in Moscow on Monday.",
        "events": [
            {
                "source": "CHN",
                "target": "RUS",
                "code": "042",
                "alt": [],
                "date": "2023-03-20",
                "optional": False,
            },
            {
                "source": "RUS",
                "target": "CHN",
                "code": "043",
                "alt": ["040"],
                "date": "2023-03",
                "optional": True,
            },
        ],
        "tags": ["person-role", "relative-date"],
    }
    record.update(changes)
    return record


def test_reads_documents_and_events(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "gold.jsonl", document(), document(id="d-002", events=[], tags=[]))
    docs = read_dragoman_gold(path)
    assert [doc.id for doc in docs] == ["d-001", "d-002"]
    first = docs[0]
    assert first.published == datetime.date(2023, 3, 20)
    assert first.tags == ("person-role", "relative-date")
    assert first.events[0] == GoldEvent("CHN", "RUS", "042", (), "2023-03-20", False, "")
    assert first.events[1].alt == ("040",)
    assert first.events[1].optional
    assert first.events[1].roots == frozenset({"04"})
    assert first.required == (first.events[0],)
    assert docs[1].events == ()


def test_tolerates_blank_lines_missing_defaults_and_extra_keys(tmp_path: Path) -> None:
    event = {"source": "RUS", "target": None, "code": "0841"}
    record = document(events=[event], published=None, relations_expected=[{"kind": "recognition"}])
    del record["tags"]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n" + json.dumps(record) + "\n\n", encoding="utf-8")
    (doc,) = read_dragoman_gold(path)
    assert doc.published is None
    assert doc.tags == ()
    assert doc.events == (GoldEvent(source="RUS", target=None, code="0841"),)


@pytest.mark.parametrize(
    ("bad_line", "message"),
    [
        ("{not json", "not a JSON object"),
        ("[1, 2]", "must be a JSON object"),
        (json.dumps(document(id="")), "'id' must be a non-empty string"),
        (json.dumps(document(text=None)), "'text'"),
        (json.dumps(document(published="20 March 2023")), "not an ISO date"),
        (json.dumps(document(events={"source": "RUS"})), "'events' must be a list"),
        (json.dumps(document(events=[{"target": "RUS", "code": "042"}])), "'source'"),
        (json.dumps(document(events=[{"source": "CHN", "target": "", "code": "042"}])), "'target'"),
        (
            json.dumps(document(events=[{"source": "CHN", "target": "RUS", "code": "42a"}])),
            "not a CAMEO code",
        ),
        (
            json.dumps(document(events=[{"source": "CHN", "target": "RUS", "code": "042", "alt": ["5"]}])),
            "'5'",
        ),
        (
            json.dumps(
                document(events=[{"source": "CHN", "target": "RUS", "code": "042", "date": "3/2023"}])
            ),
            "date",
        ),
        (
            json.dumps(
                document(events=[{"source": "CHN", "target": "RUS", "code": "042", "optional": "no"}])
            ),
            "optional",
        ),
        (json.dumps(document(tags="igo")), "'tags' must be a list of strings"),
    ],
)
def test_malformed_line_names_file_and_line(tmp_path: Path, bad_line: str, message: str) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(document(id="ok")) + "\n\n" + bad_line + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=message) as caught:
        read_dragoman_gold(path)
    assert f"{path}:3" in str(caught.value)
    assert caught.value.code == "E401"


def test_repeated_id_is_an_error(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "gold.jsonl", document(), document())
    with pytest.raises(GoldFormatError, match=r"gold.jsonl:2: document id 'd-001' appears twice"):
        read_dragoman_gold(path)


def test_unreadable_file_is_a_gold_format_error(tmp_path: Path) -> None:
    with pytest.raises(GoldFormatError, match="cannot read"):
        read_dragoman_gold(tmp_path / "absent.jsonl")


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("RUS", "RUS"),
        ("UN", "UN"),
        ("NATO", "NATO"),
        ("OPCW", "OPCW"),
        ("ICC", "ICC"),
        ("USAGOV", "USA"),
        ("IRQGOVMIL", "IRQ"),
        ("PSEREBHMSGOV", "PSE"),
        ("SOMUAF", "SOM"),
        ("IGOUNO", "UN"),
        ("IGOUNOMIL", "UN"),
        ("IGOUNOJUDICJ", "ICJ"),
        ("IGOUNODEVWBK", "WB"),
        ("IGOEUREEC", "EU"),
        ("IGOWSTNAT", "NATO"),
        ("IGOAFRAFU", "AU"),
        ("IGOBUSOPC", "OPEC"),
        ("NGOHLHIRC", "ICRC"),
        ("IGOCOPITP", None),  # Interpol: no FORMAT id
        ("IMGMUSISI", None),
        ("IGO", None),
        ("---", None),
        ("---LEG", None),
        ("", None),
        ("HAMAS", "HAMAS"),  # not CAMEO blocks: somebody's own id, kept
        (" usagov ", "USA"),
    ],
)
def test_country_level(code: str, expected: str | None) -> None:
    assert country_level(code) == expected


@pytest.mark.parametrize(
    ("code", "state"), [("RUS", True), ("UN", False), ("ICC", False), ("NATO", False), ("who", False)]
)
def test_is_state_code(code: str, state: bool) -> None:
    assert is_state_code(code) is state


def test_real_dev_set_parses() -> None:
    path = shared_dir() / "eval" / "dev.jsonl"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    docs = read_dragoman_gold(path)
    assert len(docs) == 45
    assert len({doc.id for doc in docs}) == 45
    assert all(doc.published is not None for doc in docs)
    assert any(not doc.events for doc in docs)
    assert all(country_level(event.source) == event.source for doc in docs for event in doc.events)


def test_real_seed_parses() -> None:
    path = shared_dir() / "seed" / "gold.jsonl"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    (doc,) = read_dragoman_gold(path)
    assert len(doc.required) == 5
    assert len(doc.events) - len(doc.required) == 5
