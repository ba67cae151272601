"""The PETRARCH-2 validation reader, on a small file in the upstream shape, and scoring through it."""

from __future__ import annotations

import datetime
import os
from pathlib import Path

import pytest

from dragoman.errors import GoldFormatError
from dragoman.evaluate.gold import GoldEvent, read_petrarch_gold
from dragoman.evaluate.runner import run_eval
from dragoman.evaluate.scoring import PRF, EvalReport
from dragoman.model import Event

# The upstream file's quirks: '#' comments, self-closed <Sentence/> followed by its parts as siblings,
# </Parse></Sentence> on one line, a sentence with a proper end tag, an XML comment, noevents.
SAMPLE = """<?xml version='1.0' encoding='utf-8'?>
<Validation>
##########################
#   a header with <EventCoding...> in a comment & an ampersand
##########################
<Sentences>
<Sentence category="AFP" date="20080804" id="S1" evaluate="true"/>
<!-- PATTERN * TALKS [046:046] -->
<EventCoding eventcode="042" sourcecode="USAGOV" targetcode="CHN" />
<EventCoding eventcode="042" sourcecode="USA" targetcode="CHNGOV" />
<EventCoding eventcode="031" sourcecode="IGOUNO" targetcode="USA" />
<Text>
The stopover came as the US leader prepared to attend
the Beijing Olympics &amp; more.
</Text>
<Parse>
1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_
</Parse></Sentence>

<Sentence category="TEST" date="20150609" id="S2" evaluate="true">
<EventCoding noevents="True" />
<Text>Washington said nothing.</Text>
</Sentence>

<Sentence category="TEST" date="121108" id="S3" evaluate="true"/>
<EventCoding eventcode="0841" sourcecode="RUSGOV" targetcode="---CVL" />
<EventCoding eventcode="100" sourcecode="---LEG" targetcode="USAGOV" />
<EventCoding eventcode="112" sourcecode="USA" targetcode="IMGMUSISI" />
<EventCoding eventcode="140" sourcecode="RWALEG" />
<Text>
</Text>
<Parse>
1\tBoko\tBoko\tPROPN\tNNP\t_\t2\tname\t_\t_
2\tHaram\tHaram\tPROPN\tNNP\t_\t3\tnsubj\t_\tSpaceAfter=No
3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_
</Parse></Sentence>

<Sentence category="TEST" date="20150609" id="S4" evaluate="false"/>
<EventCoding eventcode="190" sourcecode="USA" targetcode="RUS" />
<Text>Left out.</Text>
</Sentence>

<Sentence category="OTHER" date="20150609" id="S5" evaluate="true"/>
<Text>No coding at all.</Text>
</Sentence>
</Sentences>
</Validation>
"""


def shared_dir() -> Path:
    configured = os.environ.get("DRAGOMAN_SHARED")
    return Path(configured) if configured else Path(__file__).resolve().parents[2] / "../shared"


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "petr.xml"
    path.write_text(SAMPLE, encoding="utf-8")
    return path


def test_reads_sentences_in_the_upstream_shape(sample: Path) -> None:
    docs = {doc.id: doc for doc in read_petrarch_gold(sample)}
    assert list(docs) == ["S1", "S2", "S3", "S5"]  # S4 has evaluate="false"
    s1 = docs["S1"]
    assert s1.text == "The stopover came as the US leader prepared to attend the Beijing Olympics & more."
    assert s1.published == datetime.date(2008, 8, 4)
    assert s1.tags == ("AFP",)
    # USAGOV->CHN and USA->CHNGOV are one act at the country level
    assert [(e.source, e.target, e.code) for e in s1.events] == [("USA", "CHN", "042"), ("UN", "USA", "031")]
    assert s1.events[0].note == "USAGOV 042 CHN"
    assert s1.events[0].date == ""
    assert docs["S2"].events == ()
    assert docs["S5"].events == ()


def test_unknown_actors_and_missing_targets(sample: Path) -> None:
    s3 = {doc.id: doc for doc in read_petrarch_gold(sample)}["S3"]
    assert s3.published is None  # "121108" is not YYYYMMDD
    assert s3.text == "Boko Haram."  # empty <Text>: read from the parse
    assert s3.events == (
        GoldEvent("RUS", None, "0841", note="RUSGOV 0841 ---CVL"),
        GoldEvent("---LEG", "USA", "100", optional=True, note="---LEG 100 USAGOV"),
        GoldEvent("USA", "IMGMUSISI", "112", optional=True, note="USA 112 IMGMUSISI"),
        GoldEvent("RWA", None, "140", note="RWALEG 140 (no target)"),
    )


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        ('<EventCoding eventcode="042" sourcecode="USA" targetcode="CHN" />\n', 2, "outside a <Sentence>"),
        (
            '<Sentence id="X" date="20080804"/>\n<EventCoding eventcode="4x" sourcecode="USA"/>\n',
            3,
            "eventcode",
        ),
        (
            '<Sentence id="X" date="20080804"/>\n<EventCoding eventcode="042" targetcode="USA"/>\n',
            3,
            "sourcecode",
        ),
        ('<Sentence id="X" date="20080804"/>\n<Text>\n</Text>\n</Sentence>\n', 2, "has no <Text>"),
        ('<Sentence date="20080804"/>\n<Text>Some text.</Text>\n</Sentence>\n', 2, "without an id"),
        (
            '<Sentence id="X"/>\n<EventCoding noevents="True"/>\n'
            '<EventCoding eventcode="042" sourcecode="USA"/>\n<Text>T.</Text>\n',
            2,
            "both noevents and event codings",
        ),
    ],
)
def test_malformed_input_names_file_and_line(tmp_path: Path, body: str, line: int, message: str) -> None:
    path = tmp_path / "bad.xml"
    path.write_text("<Sentences>\n" + body + "</Sentences>\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=message) as caught:
        read_petrarch_gold(path)
    assert f"{path}:{line}" in str(caught.value)


def test_unterminated_text_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.xml"
    path.write_text('<Sentence id="X"/>\n<Text>\nno end\n', encoding="utf-8")
    with pytest.raises(GoldFormatError, match="ends inside"):
        read_petrarch_gold(path)


def test_run_eval_petrarch_format(sample: Path) -> None:
    def code_text(text: str, published: datetime.date | None) -> list[Event]:
        return []

    report = run_eval(sample, "petrarch", code_text)
    assert isinstance(report, EvalReport)
    # S1: 2 required; S3: 2 required (the ---LEG and IMGMUSISI codings are optional)
    assert report.event == PRF(tp=0, fp=0, fn=4)
    assert report.per_tag["AFP"] == PRF(fn=2)


def test_real_validation_file_parses() -> None:
    path = shared_dir() / "eval" / "petrarch" / "PETR2_GSR_validation.xml"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    docs = read_petrarch_gold(path)
    assert len(docs) == 78
    assert all(doc.text for doc in docs)
    # 80 codings with an event code (the file's other 12 <EventCoding> say noevents): one pair
    # (ISR->PSECVL, ISR->PSEGZACVL) is one act at the country level, hence 79 events
    assert sum(len(doc.events) for doc in docs) == 79
    assert sum(1 for doc in docs if not doc.events) == 12
    assert sum(len(doc.required) for doc in docs) == 71
