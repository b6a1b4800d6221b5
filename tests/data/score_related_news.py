"""Scores `related` on one half of the real-news labels (data/related_pairs_news.json)
and prints the figures and the misses. The dev half is also scored by
tests/test_related_news_eval.py; the test half is meant to be measured rarely
(once for a baseline, once after a change), never tuned on. Its test half was
scored at the end of the round that made it; since then the held-out set is
data/related_pairs_news2.json (all "test"): `--labels related_pairs_news2.json`,
with --quiet (the figures only: its misses are not for reading).

    python tests/data/score_related_news.py --split dev|test [--labels FILE] [--quiet] [--news PATH]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TESTS))

from test_related_news_eval import NEWS, headline, load_labels, score_split, write_eval_corpus  # noqa: E402

from corpus_tui.index.engine import CorpusIndex  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"), required=True)
    parser.add_argument("--news", type=Path, default=NEWS)
    parser.add_argument("--labels", default="related_pairs_news.json", help="a labels file in tests/data")
    parser.add_argument("--quiet", action="store_true", help="the figures only")
    args = parser.parse_args()
    if not args.news.exists():
        sys.exit(f"{args.news} is absent: the real-news pairs read their text from there")
    labels = load_labels(TESTS / "data" / args.labels)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_eval_corpus(labels, Path(tmp) / "corpus" / "news_eval.jsonl", args.news)
        with CorpusIndex.open(corpus, Path(tmp) / "ix") as ix:
            r = score_split(ix, labels, args.split)
    print(headline(r))
    if args.quiet:
        return
    print("misses (asked article, passage, partner article, passage, partner's rank or None):")
    for m in r["misses"]:
        print("  ", m)
    print("paraphrase misses:")
    for m in r["paraphrase_misses"]:
        print("  ", m)
    print("no-counterpart passages with a non-empty list (article, passage, results):")
    for m in r["none_not_empty"]:
        print("  ", m)


if __name__ == "__main__":
    main()
