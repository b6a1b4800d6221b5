"""Writes news_gold2.json: a second blind, hand-made entity gold on real news, held out.

The first real-news gold (news_gold.json) was split into dev and test; its test half was
scored once, at the end of the round that built it, and has been read since. For the round
after, it is all development text, and this gold is the new held-out text: nobody tunes the
extractor on it, and it is scored once, at the end.

Selection (done before anything was extracted from these articles; re-running this script
reproduces it and checks it): the records of ../shared/data/news/articles.jsonl.gz whose
shown text is at most MAX_CHARS characters (as for the first gold), minus the first gold's
articles; with random.Random(SEED) draw N_BBC ids from the sorted BBC ids, then N_REUTERS
from the sorted Reuters ids. Every article is in split "test".

Annotation: as for the first gold (GUIDELINES in build_gold.py, NEWS_NOTES in
build_news_gold.py), every article read in full and marked by hand with no extractor output
in sight; the spec is per article a list of (surface pattern, type, entity id), in
news_gold2_spec.py.

    python tests/data/build_news_gold2.py            # writes news_gold2.json
    python tests/data/build_news_gold2.py --ids      # the selected ids
    python tests/data/build_news_gold2.py --text ID… # the shown text of articles, to annotate
    python tests/data/build_news_gold2.py --show     # each article with its spans marked
"""
from __future__ import annotations

import importlib
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
import build_news_gold as first  # noqa: E402
from news_gold import NEWS_GZ, read_records, shown_text  # noqa: E402

SEED = 20261216
MAX_CHARS = first.MAX_CHARS
N_BBC, N_REUTERS = 14, 26
GOLD2 = HERE / "news_gold2.json"


def select() -> list[tuple[str, str]]:
    """The seeded draw described in the module docstring: [(id, "test")]."""
    return later_select(SEED, [first.select])


def later_select(seed: int, earlier_selects: list) -> list[tuple[str, str]]:
    """A later held-out gold's draw: `draw` with the articles of the earlier golds taken."""
    return draw(seed, {article_id for select_ids in earlier_selects for article_id, _split in select_ids()})


def draw(seed: int, taken: set[str]) -> list[tuple[str, str]]:
    """N_BBC then N_REUTERS ids drawn with random.Random(seed) from the sorted ids of each
    source whose shown text is at most MAX_CHARS, minus `taken`: [(id, "test")]."""
    records = read_records()
    eligible: dict[str, list[str]] = {"bbc": [], "reuters21578": []}
    for record in records.values():
        if record["id"] not in taken and len(shown_text(record)) <= MAX_CHARS:
            eligible[record["source"]].append(record["id"])
    rng = random.Random(seed)
    bbc = sorted(rng.sample(sorted(eligible["bbc"]), N_BBC))
    reuters = sorted(rng.sample(sorted(eligible["reuters21578"]), N_REUTERS))
    return [(article_id, "test") for article_id in bbc + reuters]


def build() -> dict:
    return later_build(select(), "news_gold2_spec", SEED, "the articles of news_gold.json", "build_news_gold2.py")


def later_build(chosen: list[tuple[str, str]], spec_module: str, seed: int, excludes: str, builder: str) -> dict:
    """A held-out gold from its draw and the spec module annotating it."""
    spec = importlib.import_module(spec_module)
    gold = first.build_from(chosen, spec.SPEC, spec.MUST_NOT_MERGE)
    gold["selection"] = {"file": "../shared/data/news/articles.jsonl.gz", "seed": seed, "max_chars": MAX_CHARS,
                         "bbc": N_BBC, "reuters": N_REUTERS, "excludes": excludes,
                         "procedure": f"see tests/data/{builder}"}
    return gold


def main(path: Path = GOLD2, select_ids=select, build_gold=build) -> None:
    """The command line of a held-out gold's builder (see the module docstring)."""
    if not NEWS_GZ.exists():
        sys.exit(f"{NEWS_GZ} is absent: the real-news gold reads its text from there")
    if "--ids" in sys.argv:
        print("\n".join(article_id for article_id, _ in select_ids()))
        return
    if "--text" in sys.argv:
        wanted = sys.argv[sys.argv.index("--text") + 1:]
        records = read_records(wanted)
        for article_id in wanted:
            print(f"=== {article_id}\n{shown_text(records[article_id])}\n")
        return
    gold = build_gold()
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if "--show" in sys.argv:
        first.show(gold)
    ents = {m["entity"] for a in gold["articles"] for m in a["mentions"]}
    print(f"{path.name}: {len(gold['articles'])} articles "
          f"({sum(a['source'] == 'bbc' for a in gold['articles'])} BBC), "
          f"{sum(len(a['mentions']) for a in gold['articles'])} mentions, {len(ents)} entities")


if __name__ == "__main__":
    main()
