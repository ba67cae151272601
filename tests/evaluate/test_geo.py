"""GeoWebNews and event-location readers and scorers, on small hand-made files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dragoman.errors import GoldFormatError
from dragoman.evaluate.geo import (
    EventLocationRecord,
    PredictedToponym,
    read_event_locations,
    read_gwn,
    score_event_locations,
    score_gwn,
)
from dragoman.nlp.gazetteer import distance_km

GWN_TEXT = "Officials in Lyon said Paris would decide."
GWN_XML = f"""<?xml version="1.0" ?>
<articles><article file="7"><title>t</title><link>l</link><text>{GWN_TEXT}</text><toponyms>
<toponym><extractedName>Lyon</extractedName><type>Literal</type><start>13</start><end>17</end>
<latitude>45.75</latitude><longitude>4.85</longitude></toponym>
<toponym><extractedName>Paris</extractedName><type>Metonymic</type><start>23</start><end>28</end>
<latitude>48.85</latitude><longitude>2.35</longitude></toponym>
<toponym><extractedName>Officials</extractedName><type>Non_Lit_Expression</type><start>0</start><end>9</end>
</toponym>
</toponyms></article></articles>"""


@pytest.fixture
def gwn_file(tmp_path: Path) -> Path:
    path = tmp_path / "gwn.xml"
    path.write_text(GWN_XML, encoding="utf-8")
    return path


def test_read_gwn(gwn_file: Path) -> None:
    (article,) = read_gwn(gwn_file)
    assert article.name == "7"
    assert [(t.text, t.literal, t.latitude) for t in article.toponyms] == [
        ("Lyon", True, 45.75),
        ("Paris", False, 48.85),
        ("Officials", False, None),
    ]


@pytest.mark.parametrize(
    ("predicted", "f1", "acc", "metonymy"),
    [
        # both found, Lyon geocoded right, Paris flagged metonymic: perfect
        (
            [PredictedToponym(13, 17, True, 45.76, 4.84), PredictedToponym(23, 28, False, 48.86, 2.35)],
            1.0,
            1.0,
            1.0,
        ),
        # Paris taken as literal: a false positive for literal spans and a metonymy error
        (
            [PredictedToponym(13, 17, True, 45.76, 4.84), PredictedToponym(23, 28, True, 48.86, 2.35)],
            2 / 3,
            1.0,
            0.5,
        ),
        # Lyon put in the wrong country; Paris missed
        ([PredictedToponym(13, 17, True, 40.0, -3.7)], 1.0, 0.0, 1.0),
    ],
)
def test_score_gwn(
    gwn_file: Path, predicted: list[PredictedToponym], f1: float, acc: float, metonymy: float
) -> None:
    report = score_gwn(read_gwn(gwn_file), [predicted], distance_km)
    assert report.toponym.f1 == pytest.approx(f1)
    assert report.acc_161km == pytest.approx(acc)
    assert report.metonymy_accuracy == pytest.approx(metonymy)


def test_read_gwn_rejects_other_xml(tmp_path: Path) -> None:
    path = tmp_path / "bad.xml"
    path.write_text("<root/>", encoding="utf-8")
    with pytest.raises(GoldFormatError):
        read_gwn(path)


def _record(text: str, verb: int, locations: list[tuple[int, int]]) -> dict[str, object]:
    words = text.split(" ")
    tokens, at = [], 0
    for i, word in enumerate(words):
        tokens.append({"text": word, "start": at, "end": at + len(word), "id": i})
        at += len(word) + 1
    spans = [{"label": "VERB", "token_start": verb, "token_end": verb, "start": 0, "end": 0}]
    spans += [
        {"label": "LOCATION", "token_start": a, "token_end": b, "start": 0, "end": 0} for a, b in locations
    ]
    return {"text": text, "tokens": tokens, "spans": spans}


def test_read_event_locations(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    lines = [
        _record("Rebels shelled Kharkiv yesterday", 1, [(2, 2)]),
        _record("Gunmen killed two guards", 1, []),
        {"text": "no spans", "tokens": []},
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    records, skipped = read_event_locations(path)
    assert skipped == 1
    assert records[0] == EventLocationRecord("Rebels shelled Kharkiv yesterday", (7, 14), ((15, 22),))
    assert records[1].locations == ()


def test_score_event_locations() -> None:
    records = [
        EventLocationRecord("a", (0, 1), ((10, 17),)),
        EventLocationRecord("b", (0, 1), ()),
        EventLocationRecord("c", (0, 1), ((3, 5),)),
        EventLocationRecord("d", (0, 1), ()),
    ]
    report = score_event_locations(records, [(12, 15), None, None, (2, 4)])
    assert (report.correct, report.total, report.with_location_correct) == (2, 4, 1)
    assert report.accuracy == 0.5
