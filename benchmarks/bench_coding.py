"""Benchmark: the coding stage alone (parsed docs in, events out), in sentences per second.

Run: .venv/bin/python benchmarks/bench_coding.py [--corpus gold|news] [--limit N] [--repeat N] [--profile N]

Two corpora. ``gold`` (the default): the dev and seed gold texts in ../shared (skipped when absent) plus the
bundled sample articles, written to be dense in events (more than one per sentence), so the worst case.
``news``: the real news articles of the throughput benchmark (../shared/eval/geo and time, as in
bench_pipeline.py; ``--limit N`` takes an even sample of N), ordinary text where most sentences hold no
event. Parsing is done once, outside the timed loop, and reported for comparison. One untimed pass over the
corpus warms the coder first (the one-time loading of dateparser's locales and of the gazetteer is no cost
of coding an article), so the figures are the steady state of a long run. ``--profile N`` runs
the coding loop once more under cProfile and prints its N most expensive functions (internal time). The
coding speed is given on the clock and on the process's CPU time (steadier on a shared machine).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import sys
import time
from datetime import date
from pathlib import Path

from dragoman import Dragoman
from dragoman.ingest import read_inputs
from dragoman.model import Article
from dragoman.nlp import load_nlp

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def corpus(name: str = "gold", limit: int | None = None) -> list[Article]:
    if name == "news":
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from bench_pipeline import load_corpus

        texts = load_corpus(limit)
        if not texts:
            sys.exit(f"no news corpus under {SHARED / 'eval'}")
        return [
            Article.from_text(
                t.text, title=t.title, published=date.fromisoformat(t.published) if t.published else None
            )
            for t in texts
        ]
    paths = [ROOT / "examples" / "articles"]
    paths += [p for p in (SHARED / "eval" / "dev.jsonl", SHARED / "seed" / "gold.jsonl") if p.exists()]
    return [a for a in read_inputs(paths) if isinstance(a, Article)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", choices=("gold", "news"), default="gold", help="which texts (see above)")
    parser.add_argument("--limit", type=int, default=None, help="news corpus: an even sample of N articles")
    parser.add_argument("--repeat", type=int, default=20, help="times the coding loop runs over the corpus")
    parser.add_argument("--profile", type=int, default=0, help="print the N most expensive functions")
    args = parser.parse_args()
    articles = corpus(args.corpus, args.limit)
    nlp = load_nlp()
    coder = Dragoman().coder
    start = time.perf_counter()
    docs = list(nlp.pipe((a.text for a in articles), batch_size=32))
    parse_seconds = time.perf_counter() - start
    sentences = sum(len(list(d.sents)) for d in docs)
    # warm the caches with one pass over the corpus, not timed: the first article that carries a date
    # dateparser cannot read in English makes it load and compile every locale it knows (about 1.8 s of CPU,
    # once per process), which a run over a day's news pays once and the timed passes would count in full
    for doc, article in zip(docs, articles, strict=True):
        coder.code(doc, article)
    start = time.perf_counter()
    cpu_start = time.process_time()
    events = 0
    for _ in range(args.repeat):
        for doc, article in zip(docs, articles, strict=True):
            events += len(coder.code(doc, article).events)
    code_seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu_start
    result = {
        "corpus": args.corpus,
        "articles": len(articles),
        "sentences": sentences,
        "parse_sentences_per_s": round(sentences / parse_seconds, 1),
        "code_sentences_per_s": round(sentences * args.repeat / code_seconds, 1),
        # the same on this process's CPU time: steadier than the clock when other work shares the machine
        "code_sentences_per_cpu_s": round(sentences * args.repeat / cpu_seconds, 1),
        "events_per_pass": events // args.repeat,
        "code_vs_parse_speed": round(parse_seconds * args.repeat / code_seconds, 1),
    }
    print(json.dumps(result, indent=2))
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for doc, article in zip(docs, articles, strict=True):
            coder.code(doc, article)
        profiler.disable()
        pstats.Stats(profiler).sort_stats(os.environ.get("BENCH_SORT", "tottime")).print_stats(args.profile)


if __name__ == "__main__":
    main()
