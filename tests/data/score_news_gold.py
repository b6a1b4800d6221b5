"""Scores the extractor on a real-news gold (or one half of it) and lists every miss and spurious span.

    python tests/data/score_news_gold.py --split dev|test|all [--gold news_gold2.json]

Held-out text is for a one-time measurement (a "before"/"after" figure): do not read its
misses to change the extractor, or it stops being an honest estimate for unseen text.
news_gold.json's test half was that for the round that made it (scored once, at its end);
since then all of news_gold.json is development text, and news_gold2.json (all "test") is
the held-out gold. Pass --quiet to print the scores without the misses.
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
    parser.add_argument("--split", choices=("dev", "test", "all"), required=True)
    parser.add_argument("--gold", default=NEWS_GOLD.name, help="a gold file in tests/data (default news_gold.json)")
    parser.add_argument("--quiet", action="store_true", help="the scores only")
    args = parser.parse_args()
    if not NEWS_GZ.exists():
        sys.exit(f"{NEWS_GZ} is absent: the real-news gold reads its text from there")
    path = NEWS_GOLD.with_name(args.gold)
    split = None if args.split == "all" else args.split
    gold, texts = load(path, split=split)
    scores = evaluate(path, texts=texts, split=split)
    mentions = sum(len(a["mentions"]) for a in gold["articles"] if split in (None, a["split"]))
    print(f"{len(texts)} articles, {mentions} gold mentions")
    print(scores.report(f"{path.name} [{args.split}]"))
    if args.quiet:
        return
    if scores.violations:
        print("must-not-merge violations:", ", ".join(f"{a}/{b}" for a, b in scores.violations))
    print(f"missed ({len(scores.missed)}):")
    for line in scores.missed:
        print("  " + line)
    print(f"spurious ({len(scores.spurious)}):")
    for line in scores.spurious:
        print("  " + line)
    print("gold type -> the entity's type:", ", ".join(f"{g}->{t} {n}" for (g, t), n in sorted(scores.confusion.items())))
    print(f"typed otherwise ({len(scores.type_errors)}):")
    for line in scores.type_errors:
        print("  " + line)


if __name__ == "__main__":
    main()
