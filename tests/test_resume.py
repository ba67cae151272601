"""Runs that resume: near-duplicates linked across runs, and a run killed with SIGKILL, then run again.

Loads the spaCy model (and the kill test starts ``dragoman code`` three times), hence slow.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from dragoman import Dragoman
from dragoman.ingest.dedup import SCHEME, is_candidate
from dragoman.model import Article
from dragoman.store import Store

pytestmark = pytest.mark.slow

DRAGOMAN = Path(sys.executable).with_name("dragoman")

STORY_1 = (
    "Kenya signed a trade agreement with Ethiopia on Monday after months of talks in Nairobi. The deal "
    "lowers tariffs on tea, coffee and cut flowers and sets up a joint committee on transport links. "
    "Officials in Addis Ababa said the first shipments under the new rules would cross the border in "
    "September. Farmers' groups welcomed the accord, while traders asked for faster customs checks at "
    "the Moyale crossing. The ministers will meet again in December to review progress."
)
STORY_2 = (
    "France recalled its ambassador from Mali on Wednesday after the military government expelled a "
    "French diplomat from Bamako. The foreign ministry in Paris called the expulsion unjustified and "
    "said it would review its remaining cooperation programmes in the country. Malian state television "
    "accused French officials of interfering in domestic politics ahead of the planned elections. "
    "Regional leaders urged both governments to resume dialogue before the summit in Accra."
)
COUNTRIES = ("Russia", "China", "Japan", "Brazil", "Kenya", "Chad", "France", "Egypt", "India", "Peru")
VERBS = ("criticised", "praised", "severed diplomatic ties with", "signed a trade agreement with")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def syndicated(story: str, dateline: str = "NAIROBI (Wire)") -> str:
    """A wire copy: its own dateline and credit line, the last sentence cut."""
    body = story.rsplit(". ", 1)[0] + "."
    return f"{dateline} - {body} Reporting by our correspondents; editing by the desk."


def brief(number: int) -> str:
    """A short article (too short to be a near-duplicate candidate), distinct for each number."""
    first = COUNTRIES[number % 10]
    second = COUNTRIES[(number // 10 + number % 10 + 1) % 10]
    verb = VERBS[number % 4]
    day = DAYS[number % 5]
    return f"{first} {verb} {second} on {day}. Talks between the two will resume in {2026 + number} ."


def inputs() -> list[str]:
    """40 article texts: briefs, two stories, a copy of story 2 in the first batch of 32 and a copy of
    story 1 in the second."""
    texts = [brief(number) for number in range(40)]
    texts[5], texts[10] = STORY_1, STORY_2
    texts[20], texts[35] = syndicated(STORY_2, "PARIS (Wire)"), syndicated(STORY_1)
    return texts


def test_the_stories_are_candidates_and_the_briefs_are_not() -> None:
    texts = inputs()
    assert len({Article.from_text(text).id for text in texts}) == 40
    assert [i for i, text in enumerate(texts) if is_candidate(text)] == [5, 10, 20, 35]


def write_folder(folder: Path, texts: list[str]) -> Path:
    folder.mkdir()
    for number, text in enumerate(texts):
        (folder / f"{number:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def test_ingest_links_copies_within_and_across_runs(tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    first = write_folder(tmp_path / "first", [STORY_1, brief(1), syndicated(STORY_1), STORY_2])
    summary = Dragoman(db, batch_size=2).ingest([first], published="2025-07-04")
    assert (summary.read, summary.coded, summary.near_duplicates, summary.failures) == (4, 3, 1, [])
    again = Dragoman(db, batch_size=2).ingest([first], published="2025-07-04")
    assert (again.coded, again.skipped_existing, again.near_duplicates) == (0, 4, 0)
    later = write_folder(tmp_path / "later", [syndicated(STORY_2, "PARIS (Wire)"), brief(2)])
    resumed = Dragoman(db).ingest([later], published="2025-07-04")
    assert (resumed.coded, resumed.near_duplicates) == (1, 1)
    with Store(db) as store:
        originals = {link.original_id for link in store.duplicates()}
        assert originals == {Article.from_text(STORY_1).id, Article.from_text(STORY_2).id}
        assert sorted(store.story_mentions().values()) == [1, 1, 2, 2]
        assert store.counts().duplicates == 2


def test_articles_stored_without_signatures_are_found(tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    with Store(db) as store:
        store.save(Dragoman().code_article(Article.from_text(STORY_1)))
        assert store.signatures(SCHEME) == []
    folder = write_folder(tmp_path / "in", [syndicated(STORY_1)])
    assert Dragoman(db).ingest([folder]).near_duplicates == 1
    with Store(db) as store:
        assert [s.article_id for s in store.signatures(SCHEME)] == [Article.from_text(STORY_1).id]


# --- kill -9 ----------------------------------------------------------------------------------------------

PADDING = "x" * 1200  # an ignored field: the first 32 records are read well before the 39th arrives


def jsonl(texts: list[str]) -> bytes:
    lines = [
        json.dumps({"id": f"r{n:03d}", "text": text, "published": "2025-07-04", "note": PADDING})
        for n, text in enumerate(texts)
    ]
    return "".join(line + "\n" for line in lines).encode("utf-8")


def code_command(db: Path) -> list[str]:
    return [str(DRAGOMAN), "code", "-", "--stdin-format", "jsonl", "--db", str(db)]


def stored_articles(db: Path, scratch: Path) -> int:
    """Articles in a copy of the store (the running process holds the lock on the store itself)."""
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir()
    for part in (db, db.with_name(db.name + ".wal")):
        try:
            shutil.copy(part, scratch / part.name)
        except FileNotFoundError:
            continue  # (not created yet, or a write-ahead log checkpointed away while being looked at)
    try:
        con = duckdb.connect(str(scratch / db.name))
        try:
            row = con.execute("SELECT count(*) FROM articles").fetchone()
        finally:
            con.close()
    except duckdb.Error:  # not created yet, or copied while being written: look again
        return 0
    return 0 if row is None else int(row[0])


def snapshot(db: Path) -> tuple[dict[str, list[tuple[str, str]]], set[tuple[str, str]], int]:
    """Events (id, code) by article, (copy, original) links, failures."""
    with Store(db) as store:
        events: dict[str, list[tuple[str, str]]] = {a.id: [] for a in store.articles()}
        for event in store.events():
            events[event.article_id].append((event.id, event.code))
        links = {(link.article_id, link.original_id) for link in store.duplicates()}
        return events, links, store.counts().failures


def test_a_run_killed_with_sigkill_resumes_and_stores_everything_once(tmp_path: Path) -> None:
    if not DRAGOMAN.exists():
        pytest.skip(f"{DRAGOMAN} is not installed")
    data = jsonl(inputs())
    reference = tmp_path / "reference.duckdb"
    done = subprocess.run(code_command(reference), input=data, capture_output=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr.decode()

    db = tmp_path / "killed.duckdb"
    cut = data.index(b'{"id": "r039"')  # the second batch (8 records) never completes: the run waits
    process = subprocess.Popen(code_command(db), stdin=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        assert process.stdin is not None
        process.stdin.write(data[:cut])
        process.stdin.flush()
        deadline = time.monotonic() + 40
        while stored_articles(db, tmp_path / "scratch") == 0:
            assert process.poll() is None, "the run ended before it was killed"
            assert time.monotonic() < deadline, "no batch was stored in 40 s"
            time.sleep(0.05)
        os.kill(process.pid, signal.SIGKILL)
        assert process.wait(timeout=10) == -signal.SIGKILL
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()

    events, links, _ = snapshot(db)
    assert (len(events), len(links)) == (31, 1)  # the whole first batch of 32, nothing of the second

    resumed = subprocess.run(code_command(db), input=data, capture_output=True, timeout=60, check=False)
    output = resumed.stderr.decode()  # the summary goes to stderr
    assert resumed.returncode == 0, output
    assert "7 articles coded, 32 already stored, 1 near-duplicates linked" in output
    assert snapshot(db) == snapshot(reference)
    events, links, failures = snapshot(db)
    assert (len(events), len(links), failures) == (38, 2, 0)
    assert sum(len(found) for found in events.values()) >= 38  # every article codes at least one event


def test_a_folder_run_killed_after_its_first_batch_keeps_whole_batches(tmp_path: Path) -> None:
    """``dragoman code FOLDER``: SIGKILL as soon as the first batch shows, mostly while the second is coded
    (or committed); only whole batches may be stored, and the run again completes the store."""
    if not DRAGOMAN.exists():
        pytest.skip(f"{DRAGOMAN} is not installed")
    folder = write_folder(tmp_path / "in", inputs())
    command = [str(DRAGOMAN), "code", str(folder), "--published", "2025-07-04", "--db"]
    reference = tmp_path / "reference.duckdb"
    done = subprocess.run([*command, str(reference)], capture_output=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr.decode()

    db = tmp_path / "killed.duckdb"
    process = subprocess.Popen([*command, str(db)], stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 40
        while process.poll() is None and stored_articles(db, tmp_path / "scratch") == 0:
            assert time.monotonic() < deadline, "no batch was stored in 40 s"
            time.sleep(0.005)
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
        assert process.wait(timeout=10) in (0, -signal.SIGKILL)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()

    events, links, _ = snapshot(db)
    assert len(events) + len(links) in (32, 40)  # the first batch, or both: never part of one

    resumed = subprocess.run([*command, str(db)], capture_output=True, timeout=60, check=False)
    assert resumed.returncode == 0, resumed.stderr.decode()
    assert snapshot(db) == snapshot(reference)
