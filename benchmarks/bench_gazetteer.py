"""How long the gazetteer takes to load in a fresh process (cached index), and to build when absent.

Run: ``.venv/bin/python benchmarks/bench_gazetteer.py [--rebuild]``. Each load runs in its own process so
that nothing is shared; ``--rebuild`` first builds the cache in a temporary directory.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile

PROBE = """
import time
from dragoman.nlp import gazetteer
start = time.perf_counter()
index = gazetteer.load_gazetteer()
print(time.perf_counter() - start, len(index))
"""


def _load_once(env: dict[str, str]) -> tuple[float, int]:
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, check=True, capture_output=True, text=True)
    seconds, names = out.stdout.split()
    return float(seconds), int(names)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true", help="build the index in a fresh cache first")
    args = parser.parse_args()
    env = dict(os.environ)
    with tempfile.TemporaryDirectory() as cache:
        if args.rebuild:
            env["DRAGOMAN_CACHE"] = cache
            seconds, names = _load_once(env)
            print(f"build: {seconds:.2f} s ({names:,} names)")
        _load_once(env)  # make sure the cache exists
        times = [_load_once(env)[0] for _ in range(args.runs)]
    median, worst = statistics.median(times), max(times)
    print(f"load from cache: median {median:.3f} s, max {worst:.3f} s over {args.runs} processes")


if __name__ == "__main__":
    main()
