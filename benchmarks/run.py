"""One command for the whole benchmark (issue 6):

    python -m benchmarks [--sizes 2000,20000,100000] [--data ../shared/data] [--work /tmp/corpus-tui-bench]

For each size: generate the corpus with make_corpus.py (once; kept in --work), build
our index from scratch, re-open it unchanged, change one file and time until a search
sees it, how far searchable lags read during a first build, then search / trace /
related latencies with a warm index; the app's first frame, search-as-you-type and
type-ahead when benchmarks/app_latency.py is there; the first entities/trace after one
changed file; HTML extraction over the corpus's first 2,000 articles written as pages;
and the peers on the same queries: SQLite FTS5, ripgrep and tantivy (when its Python
package is installed). Prints a table and writes JSON.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import platform
import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data"
DEFAULT_SIZES = "2000,20000,100000"

# Common words make poor probes (and the analyzer drops them anyway).
_STOP = set("""a about after again all also an and any are as at be because been before being
between both but by can could did do does each few for from had has have he her here his how
if in into is it its just more most no nor not now of on once only or other our out over own
said same says she should so some such than that the their them then there these they this
those through to too under until up very was we were what when where which while who will
with would year years you your""".split())
_WORD = re.compile(r"[A-Za-z]{4,}")
HTML_PAGES = 2000  # articles written as HTML pages for the extraction row (at most)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def probe(*args: str, timeout: float = 1800) -> dict:
    """Run one measurement in a fresh interpreter; its last stdout line is JSON."""
    done = subprocess.run([sys.executable, "-m", "benchmarks.probes", *args], cwd=REPO,
                          capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        return {"error": tail[0]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def make_corpus(data: Path, n: int, out: Path) -> float:
    """Generate the corpus once: a stamp beside it (never inside) says it is complete."""
    stamp = out.with_name(out.name + ".done")
    if stamp.exists() and out.is_dir():
        return 0.0
    script = data / "make_corpus.py"
    if not script.exists():
        sys.exit(f"no {script}: pass --data DIR (the folder holding make_corpus.py)")
    shutil.rmtree(out, ignore_errors=True)
    t0 = time.perf_counter()
    subprocess.run([sys.executable, str(script), "--n", str(n), "--out", str(out)], check=True,
                   stdout=subprocess.DEVNULL)
    stamp.write_text(str(n))
    return time.perf_counter() - t0


def draw_queries(corpus: Path, per_kind: int, related: int, seed: int = 11) -> dict:
    """Queries drawn from the corpus itself (seeded): single terms, AND pairs and
    two-word phrases taken from one passage, fuzzy terms; and passages for related."""
    rng = random.Random(seed)
    files = sorted(p for p in corpus.iterdir() if p.suffix == ".txt")
    sample = rng.sample(files, min(len(files), 400))
    passages: list[tuple[str, int, list[str]]] = []
    for path in sample:
        text = path.read_text(encoding="utf-8")
        blocks = [b for b in re.split(r"\n\s*\n", text) if b.strip()]
        for number, block in enumerate(blocks):
            words = _WORD.findall(block)
            if words:
                passages.append((path.name, number, words))
    search: list[tuple[str, str]] = []
    for kind in ("term", "and", "phrase", "fuzzy"):
        made = 0
        while made < per_kind:
            _article, _number, words = rng.choice(passages)
            content = [w for w in words if w.lower() not in _STOP]
            if not content:
                continue
            if kind == "term":
                query = rng.choice(content).lower()
            elif kind == "and":
                if len(set(content)) < 2:
                    continue
                a, b = rng.sample(sorted(set(content)), 2)
                query = f"{a.lower()} {b.lower()}"
            elif kind == "phrase":
                pairs = [(a, b) for a, b in zip(words, words[1:], strict=False)
                         if a.lower() not in _STOP and b.lower() not in _STOP]
                if not pairs:
                    continue
                a, b = rng.choice(pairs)
                query = f'"{a.lower()} {b.lower()}"'
            else:
                long_words = [w for w in content if len(w) >= 6]
                if not long_words:
                    continue
                query = rng.choice(long_words).lower() + "~"
            search.append((kind, query))
            made += 1
    rel = [(a, n) for a, n, _w in rng.sample(passages, min(related, len(passages))) if n > 0]
    return {"search": search, "related": rel}


def ratio(ours, peer) -> float | None:
    try:
        return round(ours / peer, 2) if ours and peer else None
    except TypeError:
        return None


def app_probe(corpus: Path, index_dir: Path) -> dict:
    """The app's figures, with benchmarks/app_latency.py's scenarios when it is there."""
    if not (REPO / "benchmarks" / "app_latency.py").exists():
        return {"skipped": "benchmarks/app_latency.py not present"}
    return probe("app", str(corpus), str(index_dir), timeout=900)


def run_size(n: int, args) -> dict:
    work = Path(args.work)
    corpus = work / f"corpus-{n}"
    index_dir = work / f"index-{n}"
    row: dict = {"articles": n}
    log(f"[{n}] corpus")
    row["corpus_generated_s"] = round(make_corpus(Path(args.data), n, corpus), 1)
    spec = draw_queries(corpus, args.queries // 4, args.related)
    queries_path = work / f"queries-{n}.json"
    queries_path.write_text(json.dumps(spec))

    log(f"[{n}] build")
    row["build"] = probe("build", str(corpus), str(index_dir))
    log(f"[{n}] reopen")
    row["reopen"] = probe("reopen", str(corpus), str(index_dir))
    log(f"[{n}] incremental")
    row["incremental"] = probe("incremental", str(corpus), str(index_dir))
    log(f"[{n}] first results while building")
    row["first_results"] = probe("first-results", str(corpus), str(work / f"index-{n}-fresh"))
    shutil.rmtree(work / f"index-{n}-fresh", ignore_errors=True)
    log(f"[{n}] searchable lag during a first build")
    row["build_lag"] = probe("build-lag", str(corpus), str(work / f"index-{n}-lag"))
    shutil.rmtree(work / f"index-{n}-lag", ignore_errors=True)
    log(f"[{n}] queries")
    row["queries"] = probe("queries", str(corpus), str(index_dir), str(queries_path))
    if not args.no_app:
        log(f"[{n}] app")
        row["app"] = app_probe(corpus, index_dir)
    # After the queries (whose entities row is the first resolution after the build).
    log(f"[{n}] entity refresh after one change")
    row["entity_refresh"] = probe("entity-refresh", str(corpus), str(index_dir))
    log(f"[{n}] associations")
    row["associations"] = probe("associations", str(index_dir))
    log(f"[{n}] html extraction")
    pages = work / f"html-{n}"
    row["html"] = probe("html-pages", str(corpus), str(pages), str(HTML_PAGES))
    row["html"].update(probe("html-extract", str(pages)))
    row["html"].update(probe("html-read", str(pages)))
    if not args.no_peers:
        log(f"[{n}] fts5")
        db = work / f"fts5-{n}.sqlite"
        row["fts5"] = {"build": probe("fts5-build", str(corpus), str(db))}
        row["fts5"].update(probe("fts5-queries", str(db), str(queries_path)))
        log(f"[{n}] rg")
        row["rg"] = probe("rg", str(corpus), str(queries_path))
        log(f"[{n}] tantivy")
        folder = work / f"tantivy-{n}"
        row["tantivy"] = {"build": probe("tantivy-build", str(corpus), str(folder))}
        if "skipped" in row["tantivy"]["build"]:
            row["tantivy"]["skipped"] = row["tantivy"]["build"]["skipped"]
        else:
            row["tantivy"].update(probe("tantivy-queries", str(folder), str(queries_path)))
    return row


def ms(d: dict | None, *path: str):
    for key in path:
        if not isinstance(d, dict):
            return None
        d = d.get(key)
    return d


def table(rows: list[dict]) -> str:
    """The figures as a Markdown table, one column per corpus size."""
    def fmt(v, unit=""):
        if v is None:
            return "–"
        if isinstance(v, float):
            v = f"{v:.1f}" if v >= 10 else f"{v:.2f}"
        return f"{v}{unit}"

    lines = [("", [f"{r['articles']:,} articles" for r in rows])]

    def add(label, getter, unit=""):
        lines.append((label, [fmt(getter(r), unit) for r in rows]))

    add("build: articles/s (incl. entities)", lambda r: ms(r, "build", "articles_per_s"))
    add("build: seconds", lambda r: ms(r, "build", "seconds"), " s")
    add("build: peak RSS", lambda r: ms(r, "build", "peak_rss_mb"), " MB")
    add("build: index size", lambda r: ms(r, "build", "index_mb"), " MB")
    add("build: first batch searchable after", lambda r: ms(r, "build", "first_batch_searchable_s"), " s")
    add("new corpus: first results while building", lambda r: ms(r, "first_results", "first_results_s"), " s")
    add("first build: worst lag read → searchable", lambda r: ms(r, "build_lag", "worst_lag_s"), " s")
    add("first build: most articles read, not searchable",
        lambda r: ms(r, "build_lag", "max_read_not_searchable"))
    add("re-open unchanged (median)", lambda r: ms(r, "reopen", "median_s"), " s")
    add("one changed file visible after", lambda r: ms(r, "incremental", "changed_visible_s"), " s")
    for kind in ("all", "term", "and", "phrase", "fuzzy"):
        add(f"search top-10+snippets {kind} p50", lambda r, k=kind: ms(r, "queries", "search", k, "p50_ms"), " ms")
        add(f"search top-10+snippets {kind} p95", lambda r, k=kind: ms(r, "queries", "search", k, "p95_ms"), " ms")
    add("trace first page, frequent p95", lambda r: ms(r, "queries", "trace_frequent", "p95_ms"), " ms")
    add("trace first page, rare p95", lambda r: ms(r, "queries", "trace_rare", "p95_ms"), " ms")
    add("find entity by name p95", lambda r: ms(r, "queries", "find_entity_frequent", "p95_ms"), " ms")
    add("entities resolved (first call)", lambda r: ms(r, "queries", "entities_s"), " s")
    add("one change: open (sync) + first entities page",
        lambda r: _plus(ms(r, "entity_refresh", "sync_s"), ms(r, "entity_refresh", "entities_page_after_change_s")),
        " s")
    add("one change: open (sync) + first trace(frequent)",
        lambda r: _plus(ms(r, "entity_refresh", "restore_sync_s"),
                        ms(r, "entity_refresh", "trace_first_after_change_s")), " s")
    add("one change: first entities page alone",
        lambda r: ms(r, "entity_refresh", "entities_page_after_change_s"), " s")
    add("one change: then all entities listed", lambda r: ms(r, "entity_refresh", "entities_all_listed_s"), " s")
    add("related p50", lambda r: ms(r, "queries", "related", "p50_ms"), " ms")
    add("related p95", lambda r: ms(r, "queries", "related", "p95_ms"), " ms")
    add("engine RSS after queries", lambda r: ms(r, "queries", "peak_rss_mb"), " MB")
    add("app: first usable frame (warm)", lambda r: ms(r, "app", "first_frame_s"), " s")
    add("app: keystroke to results p95", lambda r: ms(r, "app", "keystroke_p95_ms"), " ms")
    add("app: type-ahead (prefix) p95, brisk keys", lambda r: _typeahead(r, "brisk"), " ms")
    add("app: type-ahead (prefix) p95, slow keys", lambda r: _typeahead(r, "slow"), " ms")
    add("app: RSS", lambda r: ms(r, "app", "rss_mb"), " MB")
    add("related: association data on disk", lambda r: ms(r, "associations", "size_mb"), " MB")
    add("related: association data build", lambda r: ms(r, "associations", "build_s"), " s")
    add(f"HTML extract_page: pages/s ({HTML_PAGES:,} pages)", lambda r: ms(r, "html", "pages_per_s"))
    add("HTML extract_page: pages/s after 200 pages", lambda r: ms(r, "html", "steady_pages_per_s"))
    add("HTML via read_articles: pages/s", lambda r: ms(r, "html", "read_articles_pages_per_s"))
    add("FTS5: build articles/s", lambda r: ms(r, "fts5", "build", "articles_per_s"))
    add("FTS5: search p50", lambda r: ms(r, "fts5", "search", "all", "p50_ms"), " ms")
    add("FTS5: search p95", lambda r: ms(r, "fts5", "search", "all", "p95_ms"), " ms")
    add("rg: search p50 (no fuzzy)", lambda r: ms(r, "rg", "search", "all", "p50_ms"), " ms")
    add("rg: search p95 (no fuzzy)", lambda r: ms(r, "rg", "search", "all", "p95_ms"), " ms")
    add("tantivy: build articles/s", lambda r: ms(r, "tantivy", "build", "articles_per_s"))
    add("tantivy: search p50", lambda r: ms(r, "tantivy", "search", "all", "p50_ms"), " ms")
    add("tantivy: search p95", lambda r: ms(r, "tantivy", "search", "all", "p95_ms"), " ms")
    add("tantivy: fuzzy p95", lambda r: ms(r, "tantivy", "search", "fuzzy", "p95_ms"), " ms")
    def peer_ratios(peer: str, label: str) -> None:
        add(f"ratio build rate ours/{label}",
            lambda r: ratio(ms(r, "build", "articles_per_s"), ms(r, peer, "build", "articles_per_s")))
        for stat in ("p50", "p95"):
            add(f"ratio search {stat} ours/{label}",
                lambda r, key=f"{stat}_ms": ratio(ms(r, "queries", "search", "all", key),
                                                  ms(r, peer, "search", "all", key)))

    peer_ratios("fts5", "FTS5")
    add("ratio search p50 ours/rg (same kinds)",
        lambda r: ratio(_ours_without_fuzzy(r, "p50_ms"), ms(r, "rg", "search", "all", "p50_ms")))
    add("ratio search p95 ours/rg (same kinds)",
        lambda r: ratio(_ours_without_fuzzy(r, "p95_ms"), ms(r, "rg", "search", "all", "p95_ms")))

    peer_ratios("tantivy", "tantivy")
    add("ratio fuzzy p95 ours/tantivy",
        lambda r: ratio(ms(r, "queries", "search", "fuzzy", "p95_ms"), ms(r, "tantivy", "search", "fuzzy", "p95_ms")))

    width = max(len(label) for label, _ in lines)
    out = []
    for i, (label, cells) in enumerate(lines):
        out.append(f"| {label.ljust(width)} | " + " | ".join(c.rjust(16) for c in cells) + " |")
        if i == 0:
            out.append(f"|{'-' * (width + 2)}|" + "|".join("-" * 17 + ":" for _ in cells) + "|")
    return "\n".join(out)


def _plus(a, b):
    return round(a + b, 2) if a is not None and b is not None else None


def _typeahead(row: dict, pace: str):
    """Type-ahead p95 when the app searches the last word as a prefix; None otherwise."""
    if not ms(row, "app", "typeahead", "prefix_while_typing"):
        return None
    return ms(row, "app", "typeahead", pace, "p95_ms")


def _ours_without_fuzzy(row: dict, key: str):
    """Our figure over the query kinds rg was given (rg has no fuzzy search): the
    worst of the three kinds' percentiles, so the ratio never flatters us."""
    values = [ms(row, "queries", "search", k, key) for k in ("term", "and", "phrase")]
    values = [v for v in values if v is not None]
    return max(values) if values else None


def code_state() -> dict:
    """What was measured: the commit, whether the engine or the app had uncommitted
    changes (other sessions work in the same tree), and the versions that matter."""
    from importlib import metadata

    def git(*a: str) -> str:
        done = subprocess.run(["git", *a], cwd=REPO, capture_output=True, text=True)
        return done.stdout.rstrip()   # (not the first status line's leading space: " M index/...")

    versions = {}
    for name in ("whoosh-reloaded", "textual", "trafilatura", "tantivy"):
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    dirty = [line[3:] for line in git("status", "--short", "--", "index", "tui").splitlines()]
    return {"commit": git("rev-parse", "--short", "HEAD").strip(), "uncommitted_engine_or_app_files": dirty,
            "versions": versions}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default=DEFAULT_SIZES, help=f"corpus sizes, comma-separated (default {DEFAULT_SIZES})")
    ap.add_argument("--data", default=str(DEFAULT_DATA), help="folder holding make_corpus.py (default ../shared/data)")
    ap.add_argument("--work", default="/tmp/corpus-tui-bench", help="where corpora, indexes and peers' files go")
    ap.add_argument("--queries", type=int, default=300, help="search queries per size (a quarter of each kind)")
    ap.add_argument("--related", type=int, default=120, help="passages sampled for related")
    ap.add_argument("--json", default=str(REPO / "benchmarks" / "results.json"), help="where the JSON goes")
    ap.add_argument("--no-peers", action="store_true", help="skip SQLite FTS5, rg and tantivy")
    ap.add_argument("--no-app", action="store_true", help="skip the app measurements")
    args = ap.parse_args(argv)

    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    Path(args.work).mkdir(parents=True, exist_ok=True)
    if shutil.which("rg") is None and not args.no_peers:
        log("rg (ripgrep) not found: the rg peer is skipped (apt-get install ripgrep)")
    if importlib.util.find_spec("tantivy") is None and not args.no_peers:
        log("tantivy not installed: the tantivy peer is skipped (pip install tantivy)")
    t0 = time.perf_counter()
    rows = [run_size(n, args) for n in sizes]
    result = {
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": __import__("os").cpu_count()},
        "code": code_state(),
        "seconds": round(time.perf_counter() - t0, 1),
        "sizes": rows,
    }
    Path(args.json).write_text(json.dumps(result, indent=2))
    print(table(rows))
    print(f"\nJSON: {args.json}  (whole run {result['seconds']:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
