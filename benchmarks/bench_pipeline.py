"""Benchmark: throughput of the whole pipeline against raw spaCy, with 1 and 2 processes, and on Dask.

Run: .venv/bin/python benchmarks/bench_pipeline.py [--limit N] [--json OUT] [--only raw,e2e,dask]
     [--batch-size B]

The corpus is the real news articles in ../shared/eval/geo/ (GeoWebNews, GeoVirus, LGL, TR-News) and
../shared/eval/time/ (TimeML news), about 1,400 articles; --limit N takes an even sample of N of them.
Each measurement runs in a fresh Python process; peak memory is the highest sum of the resident memory of
that process and all its children, sampled every 50 ms (``peak_mb``: an upper bound, forked processes
share the model's pages), and the highest sum of their proportional set sizes, sampled every 0.5 s
(``peak_pss_mb``: shared pages counted once). Timings exclude loading the model (each process codes one
article first) except for Dask, where starting the cluster and its workers is part of the run.

- raw: ``nlp.pipe`` over the texts with n_process 1 and 2 (no coding, nothing stored).
- e2e: ``Dragoman.ingest`` (what ``dragoman code`` runs) from a JSONL file of the articles into a new store,
  with n_process 1 (parsing in the same process) and 2 (two parser processes for the run; the default on
  a 2-core machine).
- stream: ``Dragoman.code_articles`` over all the articles in one spaCy ``nlp.pipe`` (n_process 1 or 2),
  each result saved with ``Store.save`` (not run by default).
- dask: ``dragoman.batch.code_on_cluster`` with ``local:1`` and ``local:2``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BATCH_SIZE = 64
PSS_EVERY = 10  # samples: reading the proportional set size is slower than reading the resident size


@dataclass(frozen=True, slots=True)
class Text:
    text: str
    published: str
    title: str


def _is_iso_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _xml_articles(path: Path) -> list[Text]:
    texts = []
    for article in ET.parse(path).getroot().iter("article"):
        text = (article.findtext("text") or "").strip()
        when = (article.findtext("dltime") or "").strip()[:10]
        if text:
            title = (article.findtext("title") or "").strip()
            texts.append(Text(text, when if _is_iso_date(when) else "", title))
    return texts


def load_corpus(limit: int | None) -> list[Text]:
    from dragoman.evaluate.timeml import read_timeml

    geo = SHARED / "eval" / "geo" / "data"
    texts = [Text(p.read_text(encoding="utf-8"), "", "") for p in sorted((geo / "GeoWebNews").glob("*.txt"))]
    for name in ("GeoVirus.xml", "lgl.xml", "TR-News.xml"):
        if (geo / "Corpora" / name).exists():
            texts += _xml_articles(geo / "Corpora" / name)
    timeml = SHARED / "eval" / "time"
    if timeml.exists():
        texts += [Text(d.text, d.dct.isoformat(), "") for d in read_timeml(timeml)]
    texts = [t for t in texts if t.text.strip()]
    if limit is not None and limit < len(texts):
        step = len(texts) / limit
        texts = [texts[int(i * step)] for i in range(limit)]
    return texts


def write_jsonl(texts: list[Text], path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for number, t in enumerate(texts):
            record = {"id": f"a{number}", "text": t.text, "title": t.title, "published": t.published or None}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


# --- one measurement, in its own process --------------------------------------------------------------


def child(kind: str, n: int, corpus: Path, work: Path, batch_size: int = BATCH_SIZE) -> dict[str, float]:
    """Run one measurement; returns seconds and counts (printed as JSON on stdout by main)."""
    from dragoman import Dragoman
    from dragoman.ingest import read_inputs
    from dragoman.model import Article
    from dragoman.nlp import load_nlp

    articles = [a for a in read_inputs([corpus]) if isinstance(a, Article)]
    texts = [a.text for a in articles]
    size = {"articles": len(texts), "words": sum(len(text.split()) for text in texts)}
    if kind == "raw":
        nlp = load_nlp()
        nlp(texts[0])
        start = time.perf_counter()
        for _ in nlp.pipe(texts, n_process=n, batch_size=batch_size):
            pass
        return {"seconds": time.perf_counter() - start, **size}
    db = work / f"{kind}-{n}.duckdb"
    if kind == "e2e":
        dm = Dragoman(db, batch_size=batch_size, n_process=n)
        dm.code(texts[0])  # load the model, tables and lexicon
        start = time.perf_counter()
        summary = dm.ingest([corpus])
        seconds = time.perf_counter() - start
        return {"seconds": seconds, **size, "coded": summary.coded, "events": summary.events}
    if kind == "stream":
        from dragoman.store import Store

        dm = Dragoman(db, batch_size=batch_size, n_process=n)
        dm.code(texts[0])
        start = time.perf_counter()
        events = 0
        with Store(db) as store:
            for result in dm.code_articles(articles):
                store.save(result)
                events += len(result.events)
        return {"seconds": time.perf_counter() - start, **size, "events": events}
    from dragoman.batch import code_on_cluster

    start = time.perf_counter()
    summary = code_on_cluster(Dragoman(db, batch_size=batch_size), [corpus], f"local:{n}")
    return {"seconds": time.perf_counter() - start, **size, "coded": summary.coded, "events": summary.events}


def measure(
    kind: str, n: int, corpus: Path, work: Path, batch_size: int
) -> tuple[dict[str, float], float, float]:
    """Run ``child`` in a new process; returns its result and its peak memory in MB (with children): the
    sum of resident sizes and the sum of proportional set sizes."""
    command = [sys.executable, __file__, "--child", kind, "--n", str(n), "--corpus", str(corpus)]
    command += ["--work", str(work), "--batch-size", str(batch_size)]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    watched = psutil.Process(proc.pid)
    peak = peak_pss = 0
    samples = 0
    while proc.poll() is None:
        try:
            tree = [p for p in (watched, *watched.children(recursive=True)) if p.is_running()]
            peak = max(peak, sum(p.memory_info().rss for p in tree))
            if samples % PSS_EVERY == 0:
                peak_pss = max(peak_pss, sum(p.memory_full_info().pss for p in tree))
        except psutil.Error:
            pass
        samples += 1
        time.sleep(0.05)
    out, _ = proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(f"{kind} n={n} failed with exit code {proc.returncode}")
    return json.loads(out.strip().splitlines()[-1]), peak / 1e6, peak_pss / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--limit", type=int, help="an even sample of this many articles")
    parser.add_argument("--only", default="raw,e2e,dask", help="comma-separated: raw, e2e, stream, dask")
    parser.add_argument("--batch-size", type=int, default=BATCH_SIZE, help="articles per batch")
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--n", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.n, args.corpus, args.work, args.batch_size)))
        return
    texts = load_corpus(args.limit)
    if not texts:
        sys.exit(f"no corpus under {SHARED / 'eval'}")
    words = sum(len(t.text.split()) for t in texts)
    results: dict[str, object] = {
        "sampled_articles": len(texts),
        "sampled_words": words,
        "cpus": psutil.cpu_count(),
        "batch_size": args.batch_size,
        "load_average_1min_before": round(psutil.getloadavg()[0], 2),
    }
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        write_jsonl(texts, corpus)
        for kind in args.only.split(","):
            for n in (1, 2):
                got, peak_mb, peak_pss_mb = measure(kind, n, corpus, Path(tmp), args.batch_size)
                seconds = got["seconds"]
                row = {
                    "seconds": round(seconds, 2),
                    "words_per_s": round(got["words"] / seconds),
                    "articles_per_s": round(got["articles"] / seconds, 1),
                    "peak_mb": round(peak_mb),
                    "peak_pss_mb": round(peak_pss_mb),
                    **{k: v for k, v in got.items() if k != "seconds"},
                }
                row["load_average_1min_after"] = round(psutil.getloadavg()[0], 2)  # other work on the machine
                results[f"{kind}_{n}"] = row
                print(f"{kind} n={n}: {json.dumps(row)}", file=sys.stderr)
    for n in (1, 2):
        raw = results.get(f"raw_{n}")
        for kind in ("e2e", "stream"):
            run = results.get(f"{kind}_{n}")
            if isinstance(raw, dict) and isinstance(run, dict):
                results[f"ratio_{kind}_over_raw_{n}"] = round(run["words_per_s"] / raw["words_per_s"], 3)
    d1, d2 = results.get("dask_1"), results.get("dask_2")
    if isinstance(d1, dict) and isinstance(d2, dict):
        results["dask_speedup_2_over_1"] = round(d1["seconds"] / d2["seconds"], 2)
    text = json.dumps(results, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
