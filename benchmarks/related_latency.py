"""Latency of `related` (the lower strip refreshes it on every cursor move).

    python benchmarks/related_latency.py [--n 20000] [--samples 200] [--limit 10]

Builds (or reuses) a generated corpus of N articles in /tmp/corpus-tui-bench/cN
with ../shared/data/make_corpus.py and its index in /tmp/corpus-tui-bench/ixN,
then times `CorpusIndex.related` on random passages (seeded) with a warm
searcher, and prints p50/p95/max in milliseconds as JSON.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAKE_CORPUS = HERE.parent.parent / "shared" / "data" / "make_corpus.py"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20000)
    ap.add_argument("--samples", type=int, default=200)
    ap.add_argument("--limit", type=int, default=10)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--corpus", help="an existing corpus (default: generate one)")
    ap.add_argument("--index", help="where its index lives (default: beside the generated corpus)")
    args = ap.parse_args()

    base = Path("/tmp/corpus-tui-bench")
    corpus = Path(args.corpus) if args.corpus else base / f"c{args.n}"
    index_dir = Path(args.index) if args.index else base / f"ix{args.n}"
    if not corpus.exists():
        if not MAKE_CORPUS.exists():
            sys.exit(f"no corpus at {corpus} and no {MAKE_CORPUS} to make one")
        subprocess.run([sys.executable, str(MAKE_CORPUS), "--n", str(args.n), "--out", str(corpus)], check=True)

    from corpus_tui.index.engine import CorpusIndex

    t0 = time.perf_counter()
    ix = CorpusIndex.open(corpus, index_dir)
    open_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    ix.entities()  # resolve entity clusters once (cached in the store afterwards)
    resolve_s = time.perf_counter() - t0

    rng = random.Random(args.seed)
    infos = ix.articles()
    picks = []
    while len(picks) < args.samples:
        info = rng.choice(infos)
        if info.passages:
            picks.append((info.id, rng.randrange(info.passages)))

    ix.related(*picks[0], limit=args.limit)  # warm the searcher and caches
    # Wall time is what the reader feels; CPU time of the thread is the same work
    # without the noise of other processes on a busy machine.
    times, cpu_times, empty, reasons = [], [], 0, 0
    for article_id, passage in picks:
        t0, c0 = time.perf_counter(), time.thread_time()
        result = ix.related(article_id, passage, limit=args.limit)
        times.append((time.perf_counter() - t0) * 1000)
        cpu_times.append((time.thread_time() - c0) * 1000)
        empty += not result.related
        reasons += bool(result.related and (result.related[0].shared_terms or result.related[0].shared_entities))
    print(json.dumps({
        "articles": ix.article_count(), "samples": len(times), "limit": args.limit,
        "open_s": round(open_s, 2), "first_entity_resolution_s": round(resolve_s, 2),
        "p50_ms": round(statistics.median(times), 1), "p95_ms": round(percentile(times, 0.95), 1),
        "max_ms": round(max(times), 1), "mean_ms": round(statistics.fmean(times), 1),
        "cpu_p50_ms": round(statistics.median(cpu_times), 1), "cpu_p95_ms": round(percentile(cpu_times, 0.95), 1),
        "load_average_1min": round(os.getloadavg()[0], 2), "cpus": os.cpu_count(),
        "no_result": empty, "top_result_with_reasons": reasons,
    }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
