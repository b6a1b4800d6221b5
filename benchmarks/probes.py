"""The measurements, each run in a fresh process by `benchmarks.run` so that peak RSS
and cold/warm state mean what they say:

    python -m benchmarks.probes build CORPUS INDEX
    python -m benchmarks.probes reopen CORPUS INDEX
    python -m benchmarks.probes incremental CORPUS INDEX
    python -m benchmarks.probes queries CORPUS INDEX QUERIES.json
    python -m benchmarks.probes first-results CORPUS INDEX
    python -m benchmarks.probes app CORPUS INDEX
    python -m benchmarks.probes fts5-build CORPUS DB
    python -m benchmarks.probes fts5-queries DB QUERIES.json
    python -m benchmarks.probes rg CORPUS QUERIES.json

Each prints one JSON object on its last stdout line.
"""
from __future__ import annotations

import json
import os
import random
import re
import resource
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

QUERY_KINDS = ("term", "and", "phrase", "fuzzy")
TRACE_PAGE = 100  # mentions on the first page of a trace
FIND_SAMPLES = 5  # name lookups timed per group


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentiles(values: list[float]) -> dict:
    """p50/p95/max in milliseconds of a list of seconds."""
    if not values:
        return {"n": 0}
    ordered = sorted(values)

    def at(q: float) -> float:
        return round(1000 * ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))], 2)

    return {"n": len(ordered), "p50_ms": at(0.5), "p95_ms": at(0.95), "max_ms": round(1000 * ordered[-1], 2)}


def folder_size_mb(folder: Path) -> float:
    total = 0
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            try:
                total += os.stat(os.path.join(dirpath, name)).st_size
            except OSError:
                pass
    return round(total / 2**20, 1)


# -- our engine ------------------------------------------------------------------------

def build(corpus: str, index_dir: str) -> dict:
    """First build of an index (the folder is wiped first); with the time at which
    the first batch became searchable, as the app sees it."""
    from corpus_tui.index.engine import CorpusIndex

    shutil.rmtree(index_dir, ignore_errors=True)
    t0 = time.perf_counter()
    first_batch: list[float] = []

    def progress(done: int, total: int) -> None:
        if not first_batch and os.path.exists(os.path.join(index_dir, "whoosh")):
            # A batch is searchable once a table of contents past generation 0 exists.
            whoosh = Path(index_dir, "whoosh")
            if any(p.name.endswith(".toc") and not p.name.endswith("_0.toc") for p in whoosh.iterdir()):
                first_batch.append(time.perf_counter() - t0)

    ix = CorpusIndex.open(corpus, index_dir, progress=progress)
    seconds = time.perf_counter() - t0
    n = ix.article_count()
    passages = ix.search_backend.passage_count()
    ix.close()
    return {
        "articles": n, "passages": passages, "seconds": round(seconds, 2),
        "articles_per_s": round(n / seconds, 1), "peak_rss_mb": round(peak_rss_mb(), 1),
        "index_mb": folder_size_mb(Path(index_dir)),
        "first_batch_searchable_s": round(first_batch[0], 2) if first_batch else None,
    }


def reopen(corpus: str, index_dir: str, repeat: int = 3) -> dict:
    """Open an unchanged index (scan + manifest compare + open), a few times."""
    from corpus_tui.index.engine import CorpusIndex

    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        ix = CorpusIndex.open(corpus, index_dir)
        times.append(time.perf_counter() - t0)
        ix.close()
    return {"seconds": [round(t, 3) for t in times], "median_s": round(sorted(times)[len(times) // 2], 3)}


def incremental(corpus: str, index_dir: str) -> dict:
    """Change one file of the corpus (a new paragraph with a word found nowhere else),
    sync, and time until a search finds it; then restore the file and sync again."""
    from corpus_tui.index.engine import CorpusIndex

    ix = CorpusIndex.open(corpus, index_dir)
    ix.close()
    files = sorted(p for p in Path(corpus).iterdir() if p.suffix == ".txt")
    victim = files[len(files) // 2]
    original = victim.read_bytes()
    marker = "zqxbenchmarkword"
    try:
        victim.write_bytes(original + f"\n\nA new paragraph about {marker}.\n".encode())
        t0 = time.perf_counter()
        ix = CorpusIndex.open(corpus, index_dir)
        found = ix.search(marker).total
        changed_s = time.perf_counter() - t0
        ix.close()
    finally:
        victim.write_bytes(original)
    t0 = time.perf_counter()
    ix = CorpusIndex.open(corpus, index_dir)
    gone = ix.search(marker).total if _has_term(ix, marker) else 0
    restored_s = time.perf_counter() - t0
    ix.close()
    return {"file": victim.name, "changed_visible_s": round(changed_s, 3), "found": found,
            "restored_s": round(restored_s, 3), "found_after_restore": gone}


def _has_term(ix, word: str) -> bool:
    return ix.search_backend.term_stats([("body", word)]).frequencies[("body", word)] > 0


def queries(corpus: str, index_dir: str, queries_path: str) -> dict:
    """Search, trace and related latencies with a warm index, in one process (as the
    app runs them: a searcher reused across calls)."""
    from corpus_tui.index.engine import CorpusIndex

    spec = json.loads(Path(queries_path).read_text())
    out: dict = {}
    t0 = time.perf_counter()
    ix = CorpusIndex.open(corpus, index_dir)
    out["open_s"] = round(time.perf_counter() - t0, 3)
    ix.search("the news")  # warm the searcher and the column readers

    by_kind: dict[str, list[float]] = {k: [] for k in QUERY_KINDS}
    totals: dict[str, list[int]] = {k: [] for k in QUERY_KINDS}
    errors = 0
    for kind, text in spec["search"]:
        t0 = time.perf_counter()
        try:
            result = ix.search(text, limit=10)
        except Exception:
            errors += 1
            continue
        by_kind[kind].append(time.perf_counter() - t0)
        totals[kind].append(result.total)
    everything = [t for ts in by_kind.values() for t in ts]
    out["search"] = {"all": percentiles(everything), "errors": errors}
    for kind in QUERY_KINDS:
        out["search"][kind] = percentiles(by_kind[kind])
        if totals[kind]:
            out["search"][kind]["median_total"] = sorted(totals[kind])[len(totals[kind]) // 2]

    # Trace: entities resolved once (as the app does on start), then first pages.
    t0 = time.perf_counter()
    entities = ix.entities()
    out["entities_s"] = round(time.perf_counter() - t0, 3)
    out["entities"] = len(entities)
    rng = random.Random(5)
    frequent = entities[:20]
    rare = [e for e in entities if 1 <= e.mentions <= 3]
    rare = rng.sample(rare, min(40, len(rare)))
    for label, group in (("frequent", frequent), ("rare", rare)):
        # As the app does it: the entity is known (picked in a list), its first page shown.
        times, lookups, failures = [], [], 0
        for ent in group:
            t0 = time.perf_counter()
            ix.trace(ent, limit=TRACE_PAGE)
            times.append(time.perf_counter() - t0)
            # As `corpus-tui trace NAME` does it: by name first (a few: it is slow).
            if len(lookups) + failures >= FIND_SAMPLES:
                continue
            t0 = time.perf_counter()
            try:
                ix.find_entity(ent.name)
            except Exception:
                failures += 1
                continue
            lookups.append(time.perf_counter() - t0)
        out[f"trace_{label}"] = percentiles(times)
        out[f"find_entity_{label}"] = percentiles(lookups)
        out[f"find_entity_{label}"]["failures"] = failures
        if group:
            out[f"trace_{label}"]["median_mentions"] = sorted(e.mentions for e in group)[len(group) // 2]

    times = []
    related_errors = 0
    for article_id, passage in spec["related"]:
        t0 = time.perf_counter()
        try:
            ix.related(article_id, passage, limit=10)
        except Exception as e:  # the related engine may be missing or failing: say so
            related_errors += 1
            out["related_error"] = f"{type(e).__name__}: {e}"
            continue
        times.append(time.perf_counter() - t0)
    out["related"] = percentiles(times)
    out["related"]["errors"] = related_errors
    out["peak_rss_mb"] = round(peak_rss_mb(), 1)
    ix.close()
    return out


def first_results(corpus: str, index_dir: str, word: str = "said") -> dict:
    """A new corpus opened as the app opens it: the first build runs in a thread while
    another thread searches a frequent word every 50 ms; how long until results show."""
    import threading

    from corpus_tui.index.engine import CorpusIndex

    shutil.rmtree(index_dir, ignore_errors=True)
    t0 = time.perf_counter()
    ix = CorpusIndex.open(corpus, index_dir, sync=False)
    builder = threading.Thread(target=ix.sync, daemon=True)
    builder.start()
    first = None
    while builder.is_alive():
        try:
            if ix.search(word).total > 0:
                first = time.perf_counter() - t0
                break
        except Exception:
            pass
        time.sleep(0.05)
    # The rest of the build is not this probe's business: report, and leave at once
    # (a clean exit would wait for the build thread and its worker processes).
    print(json.dumps({"first_results_s": round(first, 2) if first is not None else None, "word": word}), flush=True)
    import multiprocessing

    for child in multiprocessing.active_children():  # the build's pool workers
        child.kill()
    os._exit(0)


def app(corpus: str, index_dir: str, runs: str = "3") -> dict:
    """The app, headless on a warm index: start to first article on screen, and
    keystroke-to-results while typing (benchmarks/app_latency.py's scenarios)."""
    import asyncio

    from benchmarks.app_latency import pct, typing, warm_start

    starts = [asyncio.run(warm_start(corpus, index_dir)) for _ in range(int(runs))]
    lags, searches = asyncio.run(typing(corpus, index_dir))
    return {
        "first_frame_s": round(sorted(starts)[len(starts) // 2], 3), "first_frame_runs": [round(x, 3) for x in starts],
        "keystroke_p50_ms": round(1000 * pct(searches, 50), 1) if searches else None,
        "keystroke_p95_ms": round(1000 * pct(searches, 95), 1) if searches else None,
        "event_loop_lag_p95_ms": round(1000 * pct(lags, 95), 1) if lags else None,
        "searches": len(searches), "rss_mb": round(peak_rss_mb(), 1),
    }


# -- peers -----------------------------------------------------------------------------

def fts5_build(corpus: str, db_path: str) -> dict:
    """SQLite FTS5, the stdlib peer: one row per passage (the same passages as ours),
    porter stemming, built in one transaction."""
    from corpus_tui.index.corpus import read_articles, scan

    Path(db_path).unlink(missing_ok=True)
    t0 = time.perf_counter()
    db = sqlite3.connect(db_path)
    db.execute(
        "CREATE VIRTUAL TABLE p USING fts5(article UNINDEXED, passage UNINDEXED, body, tokenize='porter unicode61')"
    )
    n = 0
    db.execute("BEGIN")
    for cf in scan(Path(corpus).resolve()):
        for article in read_articles(cf, cf.path.read_bytes(), lambda _m: None):
            n += 1
            db.executemany("INSERT INTO p (article, passage, body) VALUES (?,?,?)",
                           ((article.id, p.number, article.text[p.start:p.end]) for p in article.passages))
    db.execute("COMMIT")
    db.close()
    seconds = time.perf_counter() - t0
    return {"articles": n, "seconds": round(seconds, 2), "articles_per_s": round(n / seconds, 1),
            "peak_rss_mb": round(peak_rss_mb(), 1), "index_mb": round(os.path.getsize(db_path) / 2**20, 1)}


def fts5_query(text: str, kind: str) -> str:
    words = re.findall(r"[\w']+", text.replace("~", " "))
    if kind == "phrase":
        return '"' + " ".join(words) + '"'
    if kind == "fuzzy":
        # FTS5 has no edit-distance search; a prefix query is what a user would try.
        return words[0][: max(3, len(words[0]) - 2)] + "*"
    return " AND ".join(f'"{w}"' for w in words)


def fts5_queries(db_path: str, queries_path: str) -> dict:
    """Top-10 passages with bm25 and snippet(), plus the count of matching articles
    (ours reports that total too)."""
    spec = json.loads(Path(queries_path).read_text())
    db = sqlite3.connect(db_path)
    by_kind: dict[str, list[float]] = {k: [] for k in QUERY_KINDS}
    for kind, text in spec["search"]:
        q = fts5_query(text, kind)
        t0 = time.perf_counter()
        try:
            db.execute("SELECT article, passage, bm25(p), snippet(p, 2, '[', ']', '…', 24) FROM p "
                       "WHERE p MATCH ? ORDER BY bm25(p) LIMIT 10", (q,)).fetchall()
            db.execute("SELECT count(DISTINCT article) FROM p WHERE p MATCH ?", (q,)).fetchone()
        except sqlite3.Error:
            continue
        by_kind[kind].append(time.perf_counter() - t0)
    out = {"search": {"all": percentiles([t for ts in by_kind.values() for t in ts])}}
    for kind in QUERY_KINDS:
        out["search"][kind] = percentiles(by_kind[kind])
    return out


def rg_queries(corpus: str, queries_path: str, per_kind: int = 30) -> dict:
    """ripgrep over the folder: what a user would type for each query (whole-word,
    case-insensitive; an AND pair as a second rg over the files of the first; no
    fuzzy search in rg)."""
    rg = shutil.which("rg")
    if rg is None:
        return {"skipped": "rg not found (Debian package ripgrep)"}
    spec = json.loads(Path(queries_path).read_text())
    by_kind: dict[str, list[float]] = {k: [] for k in QUERY_KINDS if k != "fuzzy"}
    for kind, text in spec["search"]:
        if kind not in by_kind or len(by_kind[kind]) >= per_kind:
            continue
        words = re.findall(r"[\w']+", text)
        t0 = time.perf_counter()
        if kind == "and":
            # Files holding both words, as a shell user would get them (comm of two lists).
            lists = [subprocess.run([rg, "-i", "-w", "-l", "--", w, corpus], capture_output=True, text=True).stdout
                     for w in words[:2]]
            set(lists[0].split("\n")) & set(lists[1].split("\n"))
        else:
            pattern = " ".join(words)
            subprocess.run([rg, "-i", "-w", "-n", "-F", "--", pattern, corpus], capture_output=True)
        by_kind[kind].append(time.perf_counter() - t0)
    out = {"search": {"all": percentiles([t for ts in by_kind.values() for t in ts])}}
    for kind, ts in by_kind.items():
        out["search"][kind] = percentiles(ts)
    return out


def main(argv: list[str]) -> int:
    command, *args = argv
    handlers = {
        "build": build, "reopen": reopen, "incremental": incremental, "queries": queries,
        "first-results": first_results, "app": app,
        "fts5-build": fts5_build, "fts5-queries": fts5_queries, "rg": rg_queries,
    }
    result = handlers[command](*args)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
