"""The measurements, each run in a fresh process by `benchmarks.run` so that peak RSS
and cold/warm state mean what they say:

    python -m benchmarks.probes build CORPUS INDEX
    python -m benchmarks.probes reopen CORPUS INDEX
    python -m benchmarks.probes incremental CORPUS INDEX
    python -m benchmarks.probes queries CORPUS INDEX QUERIES.json
    python -m benchmarks.probes first-results CORPUS INDEX
    python -m benchmarks.probes build-lag CORPUS INDEX
    python -m benchmarks.probes entity-refresh CORPUS INDEX
    python -m benchmarks.probes html-pages CORPUS PAGES N
    python -m benchmarks.probes html-extract PAGES
    python -m benchmarks.probes html-read PAGES
    python -m benchmarks.probes associations INDEX
    python -m benchmarks.probes app CORPUS INDEX
    python -m benchmarks.probes fts5-build CORPUS DB
    python -m benchmarks.probes fts5-queries DB QUERIES.json
    python -m benchmarks.probes rg CORPUS QUERIES.json
    python -m benchmarks.probes tantivy-build CORPUS FOLDER
    python -m benchmarks.probes tantivy-queries FOLDER QUERIES.json

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
ENTITY_PAGE = 50  # entities `corpus-tui entities` shows as text
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


def _searchable_articles(store: sqlite3.Connection) -> int:
    """Articles a search sees now. A search returns only articles both in the committed
    passage index and in the committed store (it checks its ranking against the store),
    and a batch commits the passage index first, the store right after: so, the committed
    store's articles, read through a connection of its own (the build's connection would
    see its own uncommitted rows). This used to walk the article ids of every segment:
    ~1 s a sample at 100k, holding the interpreter lock, which slowed the build it
    measured by a third and stretched the lag it reported."""
    (count,) = store.execute("SELECT count(*) FROM articles").fetchone()
    return count


def build_lag(corpus: str, index_dir: str, every: str = "0.25") -> dict:
    """A first build in a thread (as the app runs it); every `every` seconds, how many
    articles the progress callback has reported read and how many a search sees. The
    lag of an article is the time from its being read to its being searchable; the
    worst over the build is the figure (resolution: the sampling interval)."""
    import threading

    from corpus_tui.index.engine import CorpusIndex

    shutil.rmtree(index_dir, ignore_errors=True)
    t0 = time.perf_counter()
    ix = CorpusIndex.open(corpus, index_dir, sync=False)
    read: list[tuple[float, int]] = []  # (seconds, articles read so far), from the callback

    def progress(done: int, _total: int) -> None:
        read.append((time.perf_counter() - t0, done))

    builder = threading.Thread(target=ix.sync, kwargs={"progress": progress}, daemon=True)
    builder.start()
    store = sqlite3.connect(f"file:{ix.store.path}?mode=ro", uri=True, check_same_thread=False)
    samples: list[tuple[float, int, int]] = []  # (seconds, searchable, read)
    interval = float(every)
    while builder.is_alive():
        builder.join(interval)
        t = time.perf_counter() - t0
        try:
            searchable = _searchable_articles(store)
        except Exception:
            searchable = samples[-1][1] if samples else 0
        samples.append((t, searchable, read[-1][1] if read else 0))
    seconds = time.perf_counter() - t0
    samples.append((seconds, _searchable_articles(store), read[-1][1] if read else 0))
    store.close()
    total = ix.article_count()
    ix.close()

    # Articles k in (before, now] became searchable at sample time t; the earliest read
    # of them is article before+1's: its lag is the worst of that step.
    read_at = [0.0] * (max((d for _t, d in read), default=0) + 2)
    k = 1
    for t, done in read:
        while k <= done and k < len(read_at):
            read_at[k] = t
            k += 1
    worst = 0.0
    worst_at = None
    before = 0
    for t, searchable, _read in samples:
        if searchable > before:
            first_new = min(before + 1, len(read_at) - 1)
            lag = t - read_at[first_new]
            if lag > worst:
                worst, worst_at = lag, t
            before = searchable
    gap = max((r - s for _t, s, r in samples), default=0)
    step = max(1, len(samples) // 24)
    return {
        "articles": total, "build_s": round(seconds, 2), "sample_every_s": interval,
        "worst_lag_s": round(worst, 2), "worst_lag_at_s": round(worst_at, 2) if worst_at is not None else None,
        "worst_lag_share_of_build": round(worst / seconds, 3) if seconds else None,
        "max_read_not_searchable": gap,
        "first_searchable_s": next((round(t, 2) for t, s, _r in samples if s > 0), None),
        "timeline": [(round(t, 2), s, r) for t, s, r in samples[::step]],
    }


def entity_refresh(corpus: str, index_dir: str) -> dict:
    """Entities resolved, then one file changed (a paragraph naming a frequent entity
    and a new person appended): `open` (which syncs), then the first `entities()` and
    the first `trace()` of that entity. Then the file is restored, and after `open` the
    first `trace()` is timed before anything else resolves (both are "first after a
    change"). Each `open` is timed too: the engine may refresh entities in it."""
    from corpus_tui.index.engine import CorpusIndex

    ix = CorpusIndex.open(corpus, index_dir)
    t0 = time.perf_counter()
    entities = ix.entities()
    warm_s = time.perf_counter() - t0
    frequent = entities[0]
    ix.close()
    files = sorted(p for p in Path(corpus).iterdir() if p.suffix == ".txt")
    victim = files[len(files) // 3]
    original = victim.read_bytes()
    out: dict = {"file": victim.name, "entity": frequent.name, "entity_mentions": frequent.mentions,
                 "entities_before_change_s": round(warm_s, 3), "entities": len(entities)}

    def timed_trace(ix) -> float | None:
        t0 = time.perf_counter()
        try:
            ix.trace(frequent.name, limit=TRACE_PAGE)
        except Exception as e:  # an ambiguous or renamed entity: say so
            out.setdefault("trace_errors", []).append(f"{type(e).__name__}: {str(e)[:80]}")
            return None
        return round(time.perf_counter() - t0, 3)

    try:
        victim.write_bytes(original + (f"\n\nZenobia Quixbench met {frequent.name} on Tuesday, "
                                       f"officials said.\n").encode())
        t0 = time.perf_counter()
        ix = CorpusIndex.open(corpus, index_dir)
        out["sync_s"] = round(time.perf_counter() - t0, 3)
        # The first question after the change resolves what it touched: a page of the
        # entity list (what `corpus-tui entities` reads), then the whole list.
        t0 = time.perf_counter()
        ix.entities(limit=ENTITY_PAGE)
        out["entities_page_after_change_s"] = round(time.perf_counter() - t0, 3)
        t0 = time.perf_counter()
        entities = ix.entities()
        out["entities_all_listed_s"] = round(time.perf_counter() - t0, 3)
        out["entities_after_change_s"] = round(out["entities_page_after_change_s"] + out["entities_all_listed_s"], 3)
        out["new_person_found"] = any(e.name == "Zenobia Quixbench" for e in entities)
        out["trace_after_entities_s"] = timed_trace(ix)
        ix.close()
    finally:
        victim.write_bytes(original)
    t0 = time.perf_counter()
    ix = CorpusIndex.open(corpus, index_dir)
    out["restore_sync_s"] = round(time.perf_counter() - t0, 3)
    out["trace_first_after_change_s"] = timed_trace(ix)
    t0 = time.perf_counter()
    ix.entities()
    out["entities_after_trace_s"] = round(time.perf_counter() - t0, 3)
    ix.close()
    # As a user sees it, from opening the changed corpus: wherever the engine does the
    # refresh (in `open`, after the sync, or at the first question), it is in these.
    out["open_to_entities_s"] = round(out["sync_s"] + out["entities_page_after_change_s"], 3)
    if out["trace_first_after_change_s"] is not None:
        out["open_to_trace_s"] = round(out["restore_sync_s"] + out["trace_first_after_change_s"], 3)
    return out


def app(corpus: str, index_dir: str, runs: str = "3") -> dict:
    """The app, headless on a warm index: start to first article on screen, and
    keystroke-to-results while typing (benchmarks/app_latency.py's scenarios)."""
    import asyncio

    from benchmarks.app_latency import KEY_GAP, SLOW_KEY_GAP, pct, typeahead, typeahead_available, typing, warm_start

    starts = [asyncio.run(warm_start(corpus, index_dir)) for _ in range(int(runs))]
    lags, searches = asyncio.run(typing(corpus, index_dir))
    ahead: dict = {"prefix_while_typing": typeahead_available()}
    for label, gap in (("brisk", KEY_GAP), ("slow", SLOW_KEY_GAP)):
        got = asyncio.run(typeahead(corpus, index_dir, gap))
        found = got.pop("searches")
        ahead[label] = {"key_gap_ms": round(1000 * gap), "searches_shown": len(found), **got,
                        "p50_ms": round(1000 * pct(found, 50), 1) if found else None,
                        "p95_ms": round(1000 * pct(found, 95), 1) if found else None}
    return {
        "first_frame_s": round(sorted(starts)[len(starts) // 2], 3), "first_frame_runs": [round(x, 3) for x in starts],
        "keystroke_p50_ms": round(1000 * pct(searches, 50), 1) if searches else None,
        "keystroke_p95_ms": round(1000 * pct(searches, 95), 1) if searches else None,
        "event_loop_lag_p95_ms": round(1000 * pct(lags, 95), 1) if lags else None,
        "searches": len(searches), "typeahead": ahead, "rss_mb": round(peak_rss_mb(), 1),
    }


# -- HTML input ------------------------------------------------------------------------

_NAV = ("Home", "World", "Business", "Politics", "Technology", "Science", "Sport", "Culture", "Opinion")
_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | The Benchmark Herald</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/site.css">
</head>
<body>
<header class="site-header">
<a class="logo" href="/">The Benchmark Herald</a>
<nav><ul>{nav}</ul></nav>
<form action="/search"><input name="q" placeholder="Search the Herald"></form>
</header>
<div class="cookie-banner"><p>We use cookies to improve your experience. Accept all cookies?</p></div>
<main>
<article>
<h1>{title}</h1>
<p class="byline">By Staff Reporter &middot; Newsroom</p>
{paragraphs}
</article>
<aside class="related">
<h2>Most read</h2>
<ul>{most_read}</ul>
</aside>
</main>
<footer>
<p>Subscribe to our newsletter for the day's top stories.</p>
<ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy policy</a></li>
<li><a href="/terms">Terms of use</a></li><li><a href="/contact">Contact</a></li></ul>
<p>&copy; 2026 The Benchmark Herald. All rights reserved.</p>
</footer>
</body>
</html>
"""
_BOILERPLATE = ("Subscribe to our newsletter", "All rights reserved", "Accept all cookies", "Most read",
                "Privacy policy", "Search the Herald")


def html_pages(corpus: str, folder: str, cap: str = "2000") -> dict:
    """The corpus's first articles (at most `cap`) as simple news pages: the title in
    <title> (with the site's name) and <h1>, one <p> per paragraph, navigation, a
    cookie banner, a 'most read' box and a footer around them. Written once."""
    import html

    out = Path(folder)
    stamp = out.with_name(out.name + ".done")
    if stamp.exists() and out.is_dir():
        return {"pages": int(stamp.read_text()), "written_s": 0.0}
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    t0 = time.perf_counter()
    files = sorted(p for p in Path(corpus).iterdir() if p.suffix == ".txt")[: int(cap)]
    titles = []
    for path in files:
        blocks = [" ".join(b.split()) for b in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")) if b.strip()]
        titles.append(blocks[0] if blocks else path.stem)
    nav = "".join(f'<li><a href="/{w.lower()}">{w}</a></li>' for w in _NAV)
    for i, path in enumerate(files):
        blocks = [" ".join(b.split()) for b in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")) if b.strip()]
        title, body = (blocks[0], blocks[1:]) if len(blocks) > 1 else (path.stem, blocks)
        most_read = "".join(f'<li><a href="/story/{j}">{html.escape(titles[j])}</a></li>'
                            for j in ((i + 1) % len(files), (i + 7) % len(files), (i + 13) % len(files)))
        page = _PAGE.format(title=html.escape(title), nav=nav, most_read=most_read,
                            paragraphs="\n".join(f"<p>{html.escape(p)}</p>" for p in body))
        (out / (path.stem + ".html")).write_text(page, encoding="utf-8")
    stamp.write_text(str(len(files)))
    return {"pages": len(files), "written_s": round(time.perf_counter() - t0, 2)}


def html_extract(folder: str) -> dict:
    """`html.extract_page` over every page (bytes already in memory), once: pages per
    second over all of them and after the first 200 (the first pages of a process are
    2-3x slower: warm-up inside lxml/trafilatura), with how many came out empty and how
    many kept boilerplate. (Not a second pass: trafilatura caches text helpers, so
    pages seen before come out about twice as fast.)"""
    from corpus_tui.index.html import extract_page

    pages = sorted(Path(folder).glob("*.html"))
    data = [p.read_bytes() for p in pages]
    extract_page(b"<html><head><title>x</title></head><body><p>Warm up.</p></body></html>")  # the imports
    empty = leaks = titled = 0
    times = []
    found = []
    for d in data:
        t0 = time.perf_counter()
        found.append(extract_page(d))
        times.append(time.perf_counter() - t0)
    for page in found:
        if page is None:
            empty += 1
            continue
        text = page.shown_text()
        leaks += any(b in text for b in _BOILERPLATE)
        titled += "Benchmark Herald" not in page.title
    n = len(pages)
    steady = times[200:] if n > 400 else times
    return {
        "pages": n, "extract_s": round(sum(times), 2), "pages_per_s": round(n / sum(times), 1),
        "ms_per_page": round(1000 * sum(times) / n, 2),
        "steady_pages_per_s": round(len(steady) / sum(steady), 1), "p95_ms": percentiles(times).get("p95_ms"),
        "empty": empty, "boilerplate_kept": leaks, "clean_titles": titled, "peak_rss_mb": round(peak_rss_mb(), 1),
    }


def html_read(folder: str) -> dict:
    """The same pages through `corpus.read_articles` (the scan, extraction and passage
    split an index build does), in a fresh process of its own."""
    from corpus_tui.index.corpus import read_articles, scan

    t0 = time.perf_counter()
    files = scan(Path(folder).resolve())
    articles = passages = 0
    for cf in files:
        for article in read_articles(cf, cf.path.read_bytes(), lambda _m: None):
            articles += 1
            passages += len(article.passages)
    seconds = time.perf_counter() - t0
    return {"read_articles_s": round(seconds, 2), "read_articles_pages_per_s": round(len(files) / seconds, 1),
            "articles": articles, "passages": passages}


# -- term associations for related passages (when the engine builds them) -----------------

def associations(index_dir: str) -> dict:
    """Size on disk (and build time, when the engine records it) of term-association
    data built at index time for related passages, when there is any."""
    import importlib.util

    module = next((m for m in ("corpus_tui.index.associations", "corpus_tui.index.paraphrase")
                   if importlib.util.find_spec(m) is not None), None)
    if module is None:
        return {"skipped": "no corpus_tui.index.associations (or paraphrase) module in the engine"}
    hits = [p for p in Path(index_dir).rglob("*") if "assoc" in p.name.lower() or "paraphras" in p.name.lower()]
    size = sum(p.stat().st_size for p in hits if p.is_file())
    size += sum(folder_size_mb(p) * 2**20 for p in hits if p.is_dir())
    out: dict = {"module": module, "files": sorted(str(p.relative_to(index_dir)) for p in hits),
                 "size_mb": round(size / 2**20, 2)}
    mod = importlib.import_module(module)
    for attr in ("build_seconds", "last_build_seconds"):
        value = getattr(mod, attr, None)
        if isinstance(value, (int, float)):
            out["build_s"] = value
    return out


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


def tantivy_build(corpus: str, folder: str) -> dict:
    """tantivy (its Python package), the third peer: one document per passage (the
    same passages as ours and FTS5's), English stemming, the writer's default threads,
    one commit."""
    try:
        import tantivy
    except ImportError:
        return {"skipped": "tantivy not installed (pip install tantivy)"}
    from corpus_tui.index.corpus import read_articles, scan

    shutil.rmtree(folder, ignore_errors=True)
    Path(folder).mkdir(parents=True)
    t0 = time.perf_counter()
    sb = tantivy.SchemaBuilder()
    sb.add_text_field("article", stored=True, fast=True, tokenizer_name="raw")
    sb.add_integer_field("passage", stored=True)
    sb.add_text_field("body", stored=True, tokenizer_name="en_stem")
    index = tantivy.Index(sb.build(), path=folder)
    writer = index.writer(heap_size=256_000_000)
    n = 0
    for cf in scan(Path(corpus).resolve()):
        for article in read_articles(cf, cf.path.read_bytes(), lambda _m: None):
            n += 1
            for p in article.passages:
                writer.add_document(tantivy.Document(article=article.id, passage=p.number,
                                                     body=article.text[p.start:p.end]))
    writer.commit()
    writer.wait_merging_threads()
    seconds = time.perf_counter() - t0
    return {"articles": n, "seconds": round(seconds, 2), "articles_per_s": round(n / seconds, 1),
            "peak_rss_mb": round(peak_rss_mb(), 1), "index_mb": folder_size_mb(Path(folder)),
            "version": getattr(tantivy, "__version__", "")}


def tantivy_query(index, text: str, kind: str):
    words = re.findall(r"[\w']+", text.replace("~", " "))
    if kind == "phrase":
        return index.parse_query('"' + " ".join(words) + '"', ["body"])
    if kind == "fuzzy":
        # tantivy's query syntax has no `word~` (it reads `word~1` as a phrase); the
        # parser makes fuzzy terms (edit distance 1, like ours) through fuzzy_fields.
        return index.parse_query(words[0], ["body"], fuzzy_fields={"body": (False, 1, True)})
    return index.parse_query(" ".join(f"+{w}" for w in words), ["body"])


def tantivy_queries(folder: str, queries_path: str) -> dict:
    """Top-10 passages (BM25) with a snippet each, plus the number of matching
    articles (tantivy's cardinality aggregation over the article field: an estimate,
    HyperLogLog, where ours and FTS5's are exact)."""
    try:
        import tantivy
    except ImportError:
        return {"skipped": "tantivy not installed (pip install tantivy)"}
    spec = json.loads(Path(queries_path).read_text())
    index = tantivy.Index.open(folder)
    index.reload()
    searcher = index.searcher()
    schema = index.schema
    by_kind: dict[str, list[float]] = {k: [] for k in QUERY_KINDS}
    errors = 0
    empty_snippets = {k: 0 for k in QUERY_KINDS}  # tantivy highlights no fuzzy match
    no_hits = {k: 0 for k in QUERY_KINDS}
    for kind, text in spec["search"]:
        t0 = time.perf_counter()
        try:
            q = tantivy_query(index, text, kind)
            hits = searcher.search(q, 10, count=False).hits
            generator = tantivy.SnippetGenerator.create(searcher, q, schema, "body")
            snippets = []
            for _score, address in hits:
                doc = searcher.doc(address)
                snippets.append((doc["article"][0], doc["passage"][0], generator.snippet_from_doc(doc).to_html()))
            searcher.cardinality(q, "article")
        except ValueError:
            errors += 1
            continue
        by_kind[kind].append(time.perf_counter() - t0)
        empty_snippets[kind] += sum(1 for s in snippets if not s[2])
        no_hits[kind] += not hits
    out = {"search": {"all": percentiles([t for ts in by_kind.values() for t in ts]), "errors": errors},
           "empty_snippets": empty_snippets, "queries_without_hits": no_hits}
    for kind in QUERY_KINDS:
        out["search"][kind] = percentiles(by_kind[kind])
    return out


def main(argv: list[str]) -> int:
    command, *args = argv
    handlers = {
        "build": build, "reopen": reopen, "incremental": incremental, "queries": queries,
        "first-results": first_results, "build-lag": build_lag, "entity-refresh": entity_refresh,
        "html-pages": html_pages, "html-extract": html_extract, "html-read": html_read,
        "associations": associations, "app": app,
        "fts5-build": fts5_build, "fts5-queries": fts5_queries, "rg": rg_queries,
        "tantivy-build": tantivy_build, "tantivy-queries": tantivy_queries,
    }
    result = handlers[command](*args)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
