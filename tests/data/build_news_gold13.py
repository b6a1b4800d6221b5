"""Writes news_gold13.json: a thirteenth blind, hand-made entity gold on real news, held out.

The first twelve real-news golds have been scored and read; for the rounds after, they are
development text: news_gold12 is now development text; this gold is the new held-out text.
Nobody tunes the extractor on it, and it is scored once, at the end.

Selection and annotation: as for news_gold3 (see build_news_gold3.py), with SEED below and
the articles of news_gold3.json, news_gold4.json, news_gold5.json, news_gold6.json,
news_gold7.json, news_gold8.json, news_gold9.json, news_gold10.json, news_gold11.json and
news_gold12.json taken out too. The annotator followed news_gold3_spec.DECISIONS,
news_gold4_spec.DECISIONS, news_gold5_spec.DECISIONS, news_gold6_spec.DECISIONS,
news_gold7_spec.DECISIONS, news_gold8_spec.DECISIONS, news_gold9_spec.DECISIONS,
news_gold10_spec.DECISIONS, news_gold11_spec.DECISIONS and news_gold12_spec.DECISIONS, and
news_gold13_spec.DECISIONS lists the choices taken where those and NEWS_NOTES leave a doubt.

    python tests/data/build_news_gold13.py [--ids | --text ID… | --show]
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
import build_news_gold4 as fourth  # noqa: E402
import build_news_gold5 as fifth  # noqa: E402
import build_news_gold6 as sixth  # noqa: E402
import build_news_gold7 as seventh  # noqa: E402
import build_news_gold8 as eighth  # noqa: E402
import build_news_gold9 as ninth  # noqa: E402
import build_news_gold10 as tenth  # noqa: E402
import build_news_gold11 as eleventh  # noqa: E402
import build_news_gold12 as twelfth  # noqa: E402

SEED = 20261215
GOLD13 = HERE / "news_gold13.json"


def select() -> list[tuple[str, str]]:
    """The seeded draw described in the module docstring: [(id, "test")]."""
    return second.later_select(SEED, [first.select, second.select, third.select, fourth.select, fifth.select,
                                      sixth.select, seventh.select, eighth.select, ninth.select, tenth.select,
                                      eleventh.select, twelfth.select])


def build() -> dict:
    return second.later_build(select(), "news_gold13_spec", SEED,
                              "the articles of news_gold.json, of news_gold2.json, of news_gold3.json, of "
                              "news_gold4.json, of news_gold5.json, of news_gold6.json, of news_gold7.json, of "
                              "news_gold8.json, of news_gold9.json, of news_gold10.json, of news_gold11.json and "
                              "of news_gold12.json; news_gold12 is now development text; this gold is the new "
                              "held-out text, scored once at the end",
                              "build_news_gold13.py")


if __name__ == "__main__":
    second.main(GOLD13, select, build)
