"""Writes news_gold25.json: a twenty-fifth blind, hand-made entity gold on real news, held out.

The first twenty-four real-news golds have been scored and read; for the rounds after, they are
development text: news_gold24 is now development text; this gold (news_gold25) is the new
held-out text. Nobody tunes the extractor on it, and it is scored once, at the end.

Selection and annotation: as for news_gold3 (see build_news_gold3.py), with SEED below and
the articles of news_gold3.json, news_gold4.json, news_gold5.json, news_gold6.json,
news_gold7.json, news_gold8.json, news_gold9.json, news_gold10.json, news_gold11.json,
news_gold12.json, news_gold13.json, news_gold14.json, news_gold15.json, news_gold16.json,
news_gold17.json, news_gold18.json, news_gold19.json, news_gold20.json, news_gold21.json,
news_gold22.json, news_gold23.json and news_gold24.json taken out too. The annotator followed
news_gold3_spec.DECISIONS, news_gold4_spec.DECISIONS, news_gold5_spec.DECISIONS,
news_gold6_spec.DECISIONS, news_gold7_spec.DECISIONS, news_gold8_spec.DECISIONS,
news_gold9_spec.DECISIONS, news_gold10_spec.DECISIONS, news_gold11_spec.DECISIONS,
news_gold12_spec.DECISIONS, news_gold13_spec.DECISIONS, news_gold14_spec.DECISIONS,
news_gold15_spec.DECISIONS, news_gold16_spec.DECISIONS, news_gold17_spec.DECISIONS,
news_gold18_spec.DECISIONS, news_gold19_spec.DECISIONS, news_gold20_spec.DECISIONS,
news_gold21_spec.DECISIONS, news_gold22_spec.DECISIONS, news_gold23_spec.DECISIONS and
news_gold24_spec.DECISIONS, and news_gold25_spec.DECISIONS lists the new choices, taken where
those and NEWS_NOTES leave a doubt.

    python tests/data/build_news_gold25.py [--ids | --text ID… | --show]
"""
from __future__ import annotations

import functools
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
import build_news_gold13 as thirteenth  # noqa: E402
import build_news_gold14 as fourteenth  # noqa: E402
import build_news_gold15 as fifteenth  # noqa: E402
import build_news_gold16 as sixteenth  # noqa: E402
import build_news_gold17 as seventeenth  # noqa: E402
import build_news_gold18 as eighteenth  # noqa: E402
import build_news_gold19 as nineteenth  # noqa: E402
import build_news_gold20 as twentieth  # noqa: E402
import build_news_gold21 as twenty_first  # noqa: E402
import build_news_gold22 as twenty_second  # noqa: E402
import build_news_gold23 as twenty_third  # noqa: E402
import build_news_gold24 as twenty_fourth  # noqa: E402

# Each earlier select() calls every select() before it, so an unmemoised draw reads the news
# file 2**24 times; caching each earlier draw once per process gives the same ids, fast.
for _module in (first, second, third, fourth, fifth, sixth, seventh, eighth, ninth, tenth, eleventh, twelfth,
                thirteenth, fourteenth, fifteenth, sixteenth, seventeenth, eighteenth, nineteenth, twentieth,
                twenty_first, twenty_second, twenty_third, twenty_fourth):
    _module.select = functools.cache(_module.select)

SEED = 20261227
GOLD25 = HERE / "news_gold25.json"


def select() -> list[tuple[str, str]]:
    """The seeded draw described in the module docstring: [(id, "test")]."""
    return second.later_select(SEED, [first.select, second.select, third.select, fourth.select, fifth.select,
                                      sixth.select, seventh.select, eighth.select, ninth.select, tenth.select,
                                      eleventh.select, twelfth.select, thirteenth.select, fourteenth.select,
                                      fifteenth.select, sixteenth.select, seventeenth.select, eighteenth.select,
                                      nineteenth.select, twentieth.select, twenty_first.select,
                                      twenty_second.select, twenty_third.select, twenty_fourth.select])


def build() -> dict:
    return second.later_build(select(), "news_gold25_spec", SEED,
                              "the articles of news_gold.json, of news_gold2.json, of news_gold3.json, of "
                              "news_gold4.json, of news_gold5.json, of news_gold6.json, of news_gold7.json, of "
                              "news_gold8.json, of news_gold9.json, of news_gold10.json, of news_gold11.json, of "
                              "news_gold12.json, of news_gold13.json, of news_gold14.json, of news_gold15.json, of "
                              "news_gold16.json, of news_gold17.json, of news_gold18.json, of news_gold19.json, of "
                              "news_gold20.json, of news_gold21.json, of news_gold22.json, of news_gold23.json and "
                              "of news_gold24.json; news_gold24 is now development text; this gold (news_gold25) "
                              "is the new held-out text, scored once at the end",
                              "build_news_gold25.py")


if __name__ == "__main__":
    second.main(GOLD25, select, build)
