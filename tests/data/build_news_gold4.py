"""Writes news_gold4.json: a fourth blind, hand-made entity gold on real news, held out.

The first three real-news golds (news_gold.json, news_gold2.json, news_gold3.json) have been
scored and read; for the rounds after, they are development text (news_gold3 included), and
this gold is the new held-out text: nobody tunes the extractor on it, and it is scored once,
at the end.

Selection (done before anything was extracted from these articles; re-running this script
reproduces it and checks it): the records of ../shared/data/news/articles.jsonl.gz whose
shown text is at most MAX_CHARS characters (as for the first three golds), minus the
articles of news_gold.json (build_news_gold.select()), of news_gold2.json
(build_news_gold2.select()) and of news_gold3.json (build_news_gold3.select()); with
random.Random(SEED) draw N_BBC ids from the sorted BBC ids, then N_REUTERS from the sorted
Reuters ids. Every article is in split "test".

Annotation: as for the first three golds (GUIDELINES in build_gold.py, NEWS_NOTES in
build_news_gold.py), every article read in full and marked by hand with no extractor output
in sight; the spec is per article a list of (surface pattern, type, entity id), in
news_gold4_spec.py, whose DECISIONS lists the choices taken where NEWS_NOTES and
news_gold3_spec.DECISIONS (which it follows) leave a doubt.

    python tests/data/build_news_gold4.py            # writes news_gold4.json
    python tests/data/build_news_gold4.py --ids      # the selected ids
    python tests/data/build_news_gold4.py --text ID… # the shown text of articles, to annotate
    python tests/data/build_news_gold4.py --show     # each article with its spans marked
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
import build_news_gold as first  # noqa: E402
import build_news_gold2 as second  # noqa: E402
import build_news_gold3 as third  # noqa: E402

SEED = 20261206
MAX_CHARS = second.MAX_CHARS
N_BBC, N_REUTERS = second.N_BBC, second.N_REUTERS   # draw() draws these
GOLD4 = HERE / "news_gold4.json"


def select() -> list[tuple[str, str]]:
    """The seeded draw described in the module docstring: [(id, "test")]."""
    taken = {article_id for article_id, _split in first.select()}
    taken |= {article_id for article_id, _split in second.select()}
    taken |= {article_id for article_id, _split in third.select()}
    return second.draw(SEED, taken)


def build() -> dict:
    from news_gold4_spec import MUST_NOT_MERGE, SPEC

    chosen = select()
    gold = first.build_from(chosen, SPEC, MUST_NOT_MERGE)
    gold["selection"] = {"file": "../shared/data/news/articles.jsonl.gz", "seed": SEED, "max_chars": MAX_CHARS,
                         "bbc": N_BBC, "reuters": N_REUTERS,
                         "excludes": "the articles of news_gold.json, of news_gold2.json and of news_gold3.json",
                         "procedure": "see tests/data/build_news_gold4.py"}
    return gold


if __name__ == "__main__":
    second.main(GOLD4, select, build)
