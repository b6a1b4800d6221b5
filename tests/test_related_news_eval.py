"""How well `related` does on real news: hand-labelled pairs of passages that
report the same fact, and passages with no counterpart in the eval corpus
(data/related_pairs_news.json, built by data/build_related_news.py; issue 11).

The text comes from ../shared/data/news/articles.jsonl.gz (research-use data,
not in this repository); without it the test is skipped. Only the DEV half is
scored here; the test half is measured once, by hand, with
`python tests/data/score_related_news.py --split test`.

Figures (pytest -s to see them): top-3 rate of the partners both ways round,
MRR, top-3 rate on the paraphrase pairs, and the share of no-counterpart
passages for which `related` returns nothing.
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from test_related_eval import score_pairs

from corpus_tui.index.engine import CorpusIndex

DATA = Path(__file__).resolve().parent / "data"
NEWS = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "articles.jsonl.gz"
PAIRS_FILE = DATA / "related_pairs_news.json"
FIELDS = ("id", "title", "text", "source", "date")

# Floors about 0.05 under the dev figures. At the labelling (engine at fa52731):
# top-3 0.84, MRR 0.752, paraphrase top-3 0.62, empty list 0.00. After the first
# round of issue 11 (one passage per other article, a cut-off): top-3 0.68, MRR
# 0.667, paraphrase 0.25, empty list 0.87. After the second (every passage of the
# best candidate articles scored, the article's passage chosen by the features most
# its own, a two-step cut-off): top-3 0.75, MRR 0.714, paraphrase 0.44, empty list
# 0.93. One pair (reuters-5929 p2 -> reuters-5554 p2 and p6) cannot have both
# partners listed, one passage per article. Then the test half was scored once and
# the whole set became development text (related_pairs_news2.json is held out); a
# stricter cut-off: dev top-3 0.73, MRR 0.706, paraphrase 0.38, empty list 1.00. Then
# the second set was scored once too (related_pairs_news3.json is held out); a fact in
# other words let through when the two articles tell one story: dev top-3 0.82, MRR
# 0.761, paraphrase 0.62, empty list 1.00.
FLOOR_TOP3 = 0.77
FLOOR_PARAPHRASE_TOP3 = 0.55
FLOOR_NONE_EMPTY = 0.93


def load_labels(path: Path = PAIRS_FILE) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def write_eval_corpus(labels: dict, out: Path, news: Path = NEWS) -> Path:
    """The eval corpus (the ids listed in the labels) as one .jsonl file."""
    wanted = set(labels["corpus"])
    out.parent.mkdir(parents=True, exist_ok=True)
    found = 0
    with gzip.open(news, "rt", encoding="utf-8") as f, out.open("w", encoding="utf-8") as w:
        for line in f:
            record = json.loads(line)
            if record["id"] in wanted:
                w.write(json.dumps({k: record.get(k, "") for k in FIELDS}, ensure_ascii=False) + "\n")
                found += 1
    assert found == len(wanted), f"{len(wanted) - found} eval articles missing from {news}"
    return out


def score_split(ix: CorpusIndex, labels: dict, split: str) -> dict:
    """Every figure for one half ("dev" or "test"), with the misses."""
    pairs = [p for p in labels["pairs"] if p["split"] == split]
    for pair in pairs:
        for side in (pair["a"], pair["b"]):
            assert 0 <= side["passage"] < len(ix.article(side["article"]).passages), side
    both = score_pairs(ix, pairs)
    para = score_pairs(ix, [p for p in pairs if p["paraphrase"]])
    nones = [n for n in labels["none"] if n["split"] == split]
    not_empty = []
    for n in nones:
        found = ix.related(n["article"], n["passage"], limit=10).related
        if found:
            not_empty.append((n["article"], n["passage"], len(found)))
    return {
        "split": split,
        "pairs": len(pairs),
        "asked": both["asked"],
        "top3": both["top3"],
        "mrr": both["mrr"],
        "paraphrase_pairs": sum(p["paraphrase"] for p in pairs),
        "paraphrase_top3": para["top3"],
        "none": len(nones),
        "none_empty": (len(nones) - len(not_empty)) / len(nones),
        "misses": both["misses"],
        "paraphrase_misses": para["misses"],
        "none_not_empty": not_empty,
    }


def headline(r: dict) -> str:
    return (f"{r['split']}: {r['pairs']} pairs ({r['asked']} asked), top-3 {r['top3']:.2f}, MRR {r['mrr']:.3f}; "
            f"{r['paraphrase_pairs']} paraphrase pairs, top-3 {r['paraphrase_top3']:.2f}; "
            f"{r['none']} no-counterpart passages, empty list {r['none_empty']:.2f}")


@pytest.fixture(scope="module")
def news_index(tmp_path_factory):
    if not NEWS.exists():
        pytest.skip("../shared/data/news is absent: the real-news pairs read their text from there")
    labels = load_labels()
    folder = tmp_path_factory.mktemp("news-eval")
    corpus = write_eval_corpus(labels, folder / "corpus" / "news_eval.jsonl")
    with CorpusIndex.open(corpus, folder / "ix") as ix:
        yield ix, labels


def test_labels_are_well_formed():
    labels = load_labels()
    counts = labels["header"]["counts"]
    assert counts["pairs"] == len(labels["pairs"]) >= 36
    assert counts["paraphrase"] * 3 >= counts["pairs"]
    assert counts["none"] == len(labels["none"]) >= 24
    corpus = set(labels["corpus"])
    for split in ("dev", "test"):
        assert any(p["paraphrase"] and p["split"] == split for p in labels["pairs"])
        assert any(n["split"] == split for n in labels["none"])
    for pair in labels["pairs"]:
        assert pair["a"]["article"] != pair["b"]["article"]
        assert {pair["a"]["article"], pair["b"]["article"]} <= corpus
    assert {n["article"] for n in labels["none"]} <= corpus


def test_dev_half(news_index):
    ix, labels = news_index
    assert ix.article_count() == len(labels["corpus"])
    result = score_split(ix, labels, "dev")
    print("\n" + headline(result) + f"\nmisses: {result['misses']}")
    assert result["top3"] >= FLOOR_TOP3, result
    assert result["paraphrase_top3"] >= FLOOR_PARAPHRASE_TOP3, result
    assert result["none_empty"] >= FLOOR_NONE_EMPTY, result


# The later sets, each scored once as held-out text and development text since; floors
# about 0.05 under their figures when they became development text (news2: top-3 0.81,
# paraphrase 0.76, empty 0.87; news3: 0.82, 0.71, 0.88; news4: 0.81, 0.74, 0.64; news5:
# 0.80, 0.64, 0.90; news6: 0.69, 0.49, 0.86; news7: 0.56, 0.24, 0.95; news8: 0.60, 0.42,
# 0.90; news9: 0.68, 0.39, 0.93; news10: 0.71, 0.52, 0.94; news11: 0.68, 0.38, 0.87;
# news12: 0.78, 0.73, 0.98; news13: 0.60, 0.36, 0.88; news14: 0.75, 0.58, 0.98; news15:
# 0.70, 0.57, 0.96; news16: 0.64, 0.39, 0.96; news17: 0.53, 0.26, 0.90; news18: 0.54,
# 0.27, 1.00; news19: 0.55, 0.32, 0.94; news20: 0.64, 0.33, 1.00; news21: 0.67, 0.37,
# 0.86; news22: 0.65, 0.14 on 14 asks, 0.88; news23: 0.57 on 30 asks, 0.33 on 6 asks, 0.79), the
# empty answer's at the figure after the different-subject rule of related.py (news2 0.90, news3 0.92) or
# the stand-out asked of a shared name (news4 0.89).
DEVELOPMENT_FLOORS = {
    "related_pairs_news2.json": (0.76, 0.70, 0.88),
    "related_pairs_news3.json": (0.77, 0.65, 0.90),
    "related_pairs_news4.json": (0.76, 0.69, 0.84),
    "related_pairs_news5.json": (0.75, 0.59, 0.85),
    "related_pairs_news6.json": (0.64, 0.44, 0.81),
    "related_pairs_news7.json": (0.51, 0.19, 0.90),
    "related_pairs_news8.json": (0.55, 0.37, 0.85),
    "related_pairs_news9.json": (0.63, 0.34, 0.88),
    "related_pairs_news10.json": (0.66, 0.47, 0.89),
    "related_pairs_news11.json": (0.63, 0.33, 0.82),
    "related_pairs_news12.json": (0.73, 0.68, 0.93),
    "related_pairs_news13.json": (0.55, 0.31, 0.83),
    "related_pairs_news14.json": (0.70, 0.53, 0.93),
    "related_pairs_news15.json": (0.65, 0.52, 0.91),
    "related_pairs_news16.json": (0.59, 0.34, 0.91),
    "related_pairs_news17.json": (0.48, 0.21, 0.85),
    "related_pairs_news18.json": (0.49, 0.22, 0.95),
    "related_pairs_news19.json": (0.50, 0.27, 0.89),
    "related_pairs_news20.json": (0.59, 0.28, 0.95),
    "related_pairs_news21.json": (0.62, 0.32, 0.81),
    "related_pairs_news22.json": (0.60, 0.09, 0.83),
    "related_pairs_news23.json": (0.52, 0.16, 0.74),
}


@pytest.mark.parametrize("labels_file", list(DEVELOPMENT_FLOORS),
                         ids=[name.removeprefix("related_pairs_").removesuffix(".json") for name in DEVELOPMENT_FLOORS])
def test_the_later_sets_now_development_text(labels_file, tmp_path):
    if not NEWS.exists():
        pytest.skip("../shared/data/news is absent: the real-news pairs read their text from there")
    labels = load_labels(DATA / labels_file)
    corpus = write_eval_corpus(labels, tmp_path / "corpus" / "news_eval.jsonl")
    with CorpusIndex.open(corpus, tmp_path / "ix") as ix:
        result = score_split(ix, labels, "test")
    print("\n" + headline(result))
    top3, paraphrase, empty = DEVELOPMENT_FLOORS[labels_file]
    assert result["top3"] >= top3, result
    assert result["paraphrase_top3"] >= paraphrase, result
    assert result["none_empty"] >= empty, result


# Every set in the order it was made: each is checked apart from all made before it.
SETS_IN_ORDER = ["related_pairs_news.json"] + [f"related_pairs_news{n}.json" for n in range(2, 24)]
# The sets whose paraphrases are fewer than a third of their pairs, and how many they have:
# after twenty-one sets, the news file holds few stories several outlets covered that no
# earlier corpus holds, and the labels were not loosened to make up the share (set 22: 34
# pairs, 7 paraphrases; its paraphrase figure is read on 14 asks only; set 23: 15 pairs, 3
# paraphrases).
SHORT_OF_PARAPHRASES = {"related_pairs_news22.json": 7, "related_pairs_news23.json": 3}
# ... and the sets with fewer than the 30 pairs asked of a set, for the same reason, and how
# many they have (set 23's figures rest on 30 asks: read them as a rough sign only).
SHORT_OF_PAIRS = {"related_pairs_news23.json": 15}


@pytest.mark.parametrize("held_out_file, earlier_files",
                         [(name, SETS_IN_ORDER[:i]) for i, name in enumerate(SETS_IN_ORDER) if i],
                         ids=[name.removeprefix("related_pairs_").removesuffix(".json") for name in SETS_IN_ORDER[1:]])
def test_held_out_labels_are_well_formed_and_apart_from_the_earlier_sets(held_out_file, earlier_files):
    """A held-out set is checked here and scored only with
    tests/data/score_related_news.py --labels FILE --quiet: related_pairs_news2.json and
    related_pairs_news3.json, related_pairs_news4.json, related_pairs_news5.json and
    related_pairs_news6.json, related_pairs_news7.json, related_pairs_news8.json and
    related_pairs_news9.json, related_pairs_news10.json, related_pairs_news11.json,
    related_pairs_news12.json, related_pairs_news13.json, related_pairs_news14.json,
    related_pairs_news15.json, related_pairs_news16.json, related_pairs_news17.json,
    related_pairs_news18.json, related_pairs_news19.json, related_pairs_news20.json,
    related_pairs_news21.json, related_pairs_news22.json and related_pairs_news23.json were each
    scored at the end of a round (development text since). The news file has run out of stories
    several outlets covered, so the held-out related set now is one on text we wrote
    (data/related_pairs_own5.json, checked in test_related_eval.py)."""
    held_out = load_labels(DATA / held_out_file)
    counts = held_out["header"]["counts"]
    assert counts["pairs"] == len(held_out["pairs"])
    assert counts["pairs"] >= 30 or counts["pairs"] == SHORT_OF_PAIRS[held_out_file]
    assert counts["paraphrase"] == sum(pair["paraphrase"] for pair in held_out["pairs"])
    assert counts["paraphrase"] * 3 >= counts["pairs"] or counts["paraphrase"] == SHORT_OF_PARAPHRASES[held_out_file]
    assert counts["none"] == len(held_out["none"]) >= 20
    assert {p["split"] for p in held_out["pairs"]} == {n["split"] for n in held_out["none"]} == {"test"}
    corpus = set(held_out["corpus"])
    for earlier in earlier_files:
        assert not corpus & set(load_labels(DATA / earlier)["corpus"])
    for pair in held_out["pairs"]:
        assert pair["a"]["article"] != pair["b"]["article"]
        assert {pair["a"]["article"], pair["b"]["article"]} <= corpus
    assert {n["article"] for n in held_out["none"]} <= corpus
