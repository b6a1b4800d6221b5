"""Writes news_gold3.json: a third blind, hand-made entity gold on real news, held out.

The first two real-news golds (news_gold.json, news_gold2.json) have been scored and read;
for the rounds after, they are development text, and this gold is the new held-out text:
nobody tunes the extractor on it, and it is scored once, at the end.

Selection (done before anything was extracted from these articles; re-running this script
reproduces it and checks it): the records of ../shared/data/news/articles.jsonl.gz whose
shown text is at most MAX_CHARS characters (as for the first two golds), minus the articles
of news_gold.json (build_news_gold.select()) and of news_gold2.json
(build_news_gold2.select()); with random.Random(SEED) draw N_BBC ids from the sorted BBC
ids, then N_REUTERS from the sorted Reuters ids. Every article is in split "test".

Annotation: as for the first two golds (GUIDELINES in build_gold.py, NEWS_NOTES in
build_news_gold.py), every article read in full and marked by hand with no extractor output
in sight; the spec is per article a list of (surface pattern, type, entity id), in
news_gold3_spec.py, whose DECISIONS lists the choices taken where NEWS_NOTES leave a doubt.

    python tests/data/build_news_gold3.py            # writes news_gold3.json
    python tests/data/build_news_gold3.py --ids      # the selected ids
    python tests/data/build_news_gold3.py --text ID… # the shown text of articles, to annotate
    python tests/data/build_news_gold3.py --show     # each article with its spans marked
"""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
import build_news_gold as first  # noqa: E402
import build_news_gold2 as second  # noqa: E402
from news_gold import NEWS_GZ, read_records, shown_text  # noqa: E402

SEED = 20261205
MAX_CHARS = first.MAX_CHARS
N_BBC, N_REUTERS = 14, 26
GOLD3 = HERE / "news_gold3.json"


def select() -> list[tuple[str, str]]:
    """The seeded draw described in the module docstring: [(id, "test")]."""
    taken = {article_id for article_id, _split in first.select()}
    taken |= {article_id for article_id, _split in second.select()}
    records = read_records()
    eligible: dict[str, list[str]] = {"bbc": [], "reuters21578": []}
    for record in records.values():
        if record["id"] not in taken and len(shown_text(record)) <= MAX_CHARS:
            eligible[record["source"]].append(record["id"])
    rng = random.Random(SEED)
    bbc = sorted(rng.sample(sorted(eligible["bbc"]), N_BBC))
    reuters = sorted(rng.sample(sorted(eligible["reuters21578"]), N_REUTERS))
    return [(article_id, "test") for article_id in bbc + reuters]


def build() -> dict:
    from news_gold3_spec import MUST_NOT_MERGE, SPEC

    chosen = select()
    gold = first.build_from(chosen, SPEC, MUST_NOT_MERGE)
    gold["selection"] = {"file": "../shared/data/news/articles.jsonl.gz", "seed": SEED, "max_chars": MAX_CHARS,
                         "bbc": N_BBC, "reuters": N_REUTERS,
                         "excludes": "the articles of news_gold.json and of news_gold2.json",
                         "procedure": "see tests/data/build_news_gold3.py"}
    return gold


def main() -> None:
    if not NEWS_GZ.exists():
        sys.exit(f"{NEWS_GZ} is absent: the real-news gold reads its text from there")
    if "--ids" in sys.argv:
        print("\n".join(article_id for article_id, _ in select()))
        return
    if "--text" in sys.argv:
        wanted = sys.argv[sys.argv.index("--text") + 1:]
        records = read_records(wanted)
        for article_id in wanted:
            print(f"=== {article_id}\n{shown_text(records[article_id])}\n")
        return
    gold = build()
    GOLD3.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if "--show" in sys.argv:
        first.show(gold)
    ents = {m["entity"] for a in gold["articles"] for m in a["mentions"]}
    print(f"{GOLD3.name}: {len(gold['articles'])} articles "
          f"({sum(a['source'] == 'bbc' for a in gold['articles'])} BBC), "
          f"{sum(len(a['mentions']) for a in gold['articles'])} mentions, {len(ents)} entities")


if __name__ == "__main__":
    main()
