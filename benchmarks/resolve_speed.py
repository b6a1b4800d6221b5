"""Corpus-wide entity resolution, timed apart from extraction:

    python -m benchmarks.resolve_speed STATS.pkl [--runs 3]
    python -m benchmarks.resolve_speed CORPUS_DIR [--save STATS.pkl] [--limit N] [--runs 3]

With a folder, every article is read the way the indexer reads it and run through the
entity extractor (two processes), and the per-key aggregates are built as
`resolution.stored.refresh_entities` builds them (`KeyStat`: type counts, surface forms, mentions,
distinct articles); `--save` keeps them in a pickle so that later runs skip the
extraction. With a pickle, only `resolve_entities` runs. Prints the key count, the entity count and
the seconds of each run, then the median: the first run also pays for the word-level
caches (`normalize_name`, `transliteration_skeleton`) that a long-lived process keeps.
"""
from __future__ import annotations

import argparse
import pickle
import statistics
import sys
import time
from multiprocessing import Pool
from pathlib import Path

from corpus_tui.index import corpus as corpus_mod
from corpus_tui.index.extraction import default_extractor
from corpus_tui.index.resolution import KeyStat, resolve_entities

_Aggregate = dict[str, tuple[dict[str, int], dict[str, int], int, set[int]]]


def _mentions_of(job: tuple[int, str]) -> list[tuple[int, str, str, str]]:
    """(article number, key, type, surface form) for each mention in one corpus file."""
    number, path = job
    cf = corpus_mod.CorpusFile(Path(path), Path(path).name, 0, 0)
    out = []
    for offset, article in enumerate(corpus_mod.read_articles(cf, Path(path).read_bytes(), lambda _m: None)):
        out.extend((number * 1000 + offset, m.key, m.type, m.text) for m in default_extractor().extract(article.text))
    return out


def stats_of_corpus(folder: Path, limit: int | None, processes: int = 2) -> list[KeyStat]:
    files = [p for p in sorted(folder.rglob("*")) if p.is_file() and p.suffix.lower() in (".txt", ".md", ".jsonl")]
    files = files[:limit] if limit else files
    started = time.perf_counter()
    keys: _Aggregate = {}
    with Pool(processes) as pool:
        for done, mentions in enumerate(pool.imap(_mentions_of, enumerate(map(str, files)), chunksize=64), 1):
            for article, key, type_, form in mentions:
                entry = keys.get(key)
                if entry is None:
                    entry = keys[key] = ({}, {}, 0, set())
                type_counts, forms, count, articles = entry
                type_counts[type_] = type_counts.get(type_, 0) + 1
                forms[form] = forms.get(form, 0) + 1
                articles.add(article)
                keys[key] = (type_counts, forms, count + 1, articles)
            if done % 10000 == 0:
                print(f"  extracted {done} files, {time.perf_counter() - started:.0f}s", file=sys.stderr, flush=True)
    return [KeyStat(key, type_counts, forms, count, len(articles))
            for key, (type_counts, forms, count, articles) in sorted(keys.items())]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", type=Path, help="a KeyStats pickle, or a corpus folder to extract")
    parser.add_argument("--save", type=Path, help="write the KeyStats built from a folder to this pickle")
    parser.add_argument("--limit", type=int, help="only the first N files of the folder")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    if args.source.is_dir():
        stats = stats_of_corpus(args.source, args.limit)
        if args.save:
            args.save.write_bytes(pickle.dumps(stats, protocol=pickle.HIGHEST_PROTOCOL))
    elif args.source.is_file():
        stats = pickle.loads(args.source.read_bytes())
    else:
        print(f"resolve_speed: no such file or folder: {args.source}", file=sys.stderr)
        return 2
    seconds = []
    for _ in range(max(1, args.runs)):
        started = time.perf_counter()
        entities = resolve_entities(stats)
        seconds.append(time.perf_counter() - started)
    print(f"keys {len(stats)}  entities {len(entities)}  runs {' '.join(f'{s:.2f}' for s in seconds)}s  "
          f"median {statistics.median(seconds):.2f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
