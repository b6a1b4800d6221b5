"""Scores the extractor on one half of the real-news gold and lists every miss and spurious span.

    python tests/data/score_news_gold.py --split dev|test

The "test" half is for a one-time measurement (a "before"/"after" figure): do not read its
misses to change the extractor, or it stops being an honest estimate for unseen text.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(TESTS))
from entity_eval import evaluate  # noqa: E402
from news_gold import NEWS_GOLD, NEWS_GZ, load  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"), required=True)
    args = parser.parse_args()
    if not NEWS_GZ.exists():
        sys.exit(f"{NEWS_GZ} is absent: the real-news gold reads its text from there")
    gold, texts = load(split=args.split)
    scores = evaluate(NEWS_GOLD, texts=texts, split=args.split)
    mentions = sum(len(a["mentions"]) for a in gold["articles"] if a["split"] == args.split)
    print(f"{len(texts)} articles, {mentions} gold mentions")
    print(scores.report(f"news_gold.json [{args.split}]"))
    if scores.violations:
        print("must-not-merge violations:", ", ".join(f"{a}/{b}" for a, b in scores.violations))
    print(f"missed ({len(scores.missed)}):")
    for line in scores.missed:
        print("  " + line)
    print(f"spurious ({len(scores.spurious)}):")
    for line in scores.spurious:
        print("  " + line)


if __name__ == "__main__":
    main()
