"""Writes news_gold3.json: a third blind, hand-made entity gold on real news, held out.

The first two real-news golds (news_gold.json, news_gold2.json) have been scored and read;
for the rounds after, they are development text, and this gold is the new held-out text:
nobody tunes the extractor on it, and it is scored once, at the end.

Selection (done before anything was extracted from these articles; re-running this script
reproduces it and checks it): the records of ../shared/data/news/articles.jsonl.gz whose
shown text is at most MAX_CHARS characters (as for the first two golds; MAX_CHARS, N_BBC and
N_REUTERS are build_news_gold2's), minus the articles of news_gold.json
(build_news_gold.select()) and of news_gold2.json (build_news_gold2.select()); with
random.Random(SEED) draw N_BBC ids from the sorted BBC ids, then N_REUTERS from the sorted
Reuters ids. Every article is in split "test".

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

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
import build_news_gold as first  # noqa: E402
import build_news_gold2 as second  # noqa: E402

SEED = 20261205
GOLD3 = HERE / "news_gold3.json"


def select() -> list[tuple[str, str]]:
    """The seeded draw described in the module docstring: [(id, "test")]."""
    return second.later_select(SEED, [first.select, second.select])


def build() -> dict:
    return second.later_build(select(), "news_gold3_spec", SEED,
                              "the articles of news_gold.json and of news_gold2.json", "build_news_gold3.py")


if __name__ == "__main__":
    second.main(GOLD3, select, build)
