"""How well `related` finds, for a passage, the passages of other articles that
report the same fact or quote: hand-labelled pairs on the seeds
(data/related_pairs_seeds.json) and on our own articles about another story
(data/own/, pairs in data/related_pairs_own.json). Each pair is asked both
ways (a -> b and b -> a); the partner should be among the first three results.

Prints the top-3 rate and the mean reciprocal rank (pytest -s to see them).
A held-out set of pairs in the same format is scored by `score_pairs` too.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus_tui.index.engine import CorpusIndex

DATA = Path(__file__).resolve().parent / "data"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TOP = 3
# 0.80 before issue 11. With one passage per other article the strict count
# (this exact passage in the top 3) has a ceiling below 1: a passage labelled with
# two partners in one article (seeds 001 p6 -> 000 p3 and p5; own 03 p4 -> 01 p1
# and p2) can have only one of them listed. Measured after the second round of
# issue 11: seeds 0.85 (29 of 34), own 0.85 (22 of 26). Now seeds 0.94 (32 of 34: one
# miss is the two-partner ceiling), own 0.85 (22 of 26): the floors hold these, since a
# change tuned on wire copy can lose our own genres' pairs while the news sets gain (a
# learned pick of the shown passage took the seeds to 28 of 34 and was reverted).
REQUIRED = {"related_pairs_seeds.json": 32 / 34, "related_pairs_own.json": 22 / 26}


def score_pairs(ix: CorpusIndex, pairs: list[dict], depth: int = 50) -> dict:
    """Top-3 rate and mean reciprocal rank of the partners, both ways round."""
    asked = hits = 0
    reciprocal = 0.0
    misses = []
    for pair in pairs:
        for x, y in ((pair["a"], pair["b"]), (pair["b"], pair["a"])):
            found = ix.related(x["article"], x["passage"], limit=depth).related
            ranks = [i + 1 for i, r in enumerate(found) if (r.article, r.passage) == (y["article"], y["passage"])]
            rank = ranks[0] if ranks else None
            asked += 1
            if rank is not None:
                reciprocal += 1 / rank
            if rank is not None and rank <= TOP:
                hits += 1
            else:
                misses.append((x["article"], x["passage"], y["article"], y["passage"], rank))
    return {"asked": asked, "top3": hits / asked, "mrr": reciprocal / asked, "misses": misses}


def _check_labels(ix: CorpusIndex, pairs: list[dict]) -> None:
    for pair in pairs:
        assert pair["a"]["article"] != pair["b"]["article"], pair
        for side in (pair["a"], pair["b"]):
            article = ix.article(side["article"])
            assert 0 <= side["passage"] < len(article.passages), side


@pytest.mark.parametrize("corpus, pairs_file", [
    (None, "related_pairs_seeds.json"),
    (DATA / "own", "related_pairs_own.json"),
], ids=["seeds", "own"])
def test_partners_are_in_the_top_three(tmp_path, corpus, pairs_file):
    pairs = json.loads((DATA / pairs_file).read_text(encoding="utf-8"))
    assert len(pairs) >= 12
    with CorpusIndex.open(corpus, tmp_path / "ix") as ix:
        _check_labels(ix, pairs)
        result = score_pairs(ix, pairs)
    print(f"\n{pairs_file}: {len(pairs)} pairs, {result['asked']} asked, "
          f"top-{TOP} {result['top3']:.2f}, MRR {result['mrr']:.3f}; misses: {result['misses']}")
    assert result["top3"] >= REQUIRED[pairs_file] - 1e-9, result


def _own_folder(labels_file: str) -> Path:
    """related_pairs_own3.json labels the articles of data/own3/."""
    return DATA / labels_file.removeprefix("related_pairs_").removesuffix(".json")


# Our own multi-outlet sets, each held out for a round and scored once at its end, are
# development text since, with floors about 0.05 under that figure (own3: top-3 0.61, MRR
# 0.501, paraphrases 0.41, empty answer 0.47 on 43 no-counterpart passages: on a corpus of
# 22 articles the cut-off let too much through), the empty answer's at the figure after the
# same-story floor of related.py (own3: 0.77; top-3 0.62, paraphrases 0.43); own4: top-3
# 0.66, MRR 0.528, paraphrases 0.49, empty answer 0.53 on 62 no-counterpart passages.
OWN_DEVELOPMENT_FLOORS = {"related_pairs_own3.json": (0.56, 0.36, 0.72),
                          "related_pairs_own4.json": (0.61, 0.44, 0.48)}


@pytest.mark.parametrize("labels_file", list(OWN_DEVELOPMENT_FLOORS),
                         ids=[_own_folder(name).name for name in OWN_DEVELOPMENT_FLOORS])
def test_our_multi_outlet_sets_now_development_text(tmp_path, labels_file):
    labels = json.loads((DATA / labels_file).read_text(encoding="utf-8"))
    with CorpusIndex.open(_own_folder(labels_file), tmp_path / "ix") as ix:
        both = score_pairs(ix, labels["pairs"])
        paraphrases = score_pairs(ix, [pair for pair in labels["pairs"] if pair["paraphrase"]])
        not_empty = [(n["article"], n["passage"]) for n in labels["none"]
                     if ix.related(n["article"], n["passage"], limit=10).related]
    empty = 1 - len(not_empty) / len(labels["none"])
    print(f"\n{labels_file}: top-{TOP} {both['top3']:.2f}, MRR {both['mrr']:.3f}, "
          f"paraphrases {paraphrases['top3']:.2f}, empty {empty:.2f}; not empty: {not_empty}")
    top3, paraphrase, empty_floor = OWN_DEVELOPMENT_FLOORS[labels_file]
    assert both["top3"] >= top3, both
    assert paraphrases["top3"] >= paraphrase, paraphrases
    assert empty >= empty_floor, not_empty


@pytest.mark.parametrize("labels_file", ["related_pairs_own3.json", "related_pairs_own4.json",
                                         "related_pairs_own5.json"])
def test_our_multi_outlet_sets_are_well_formed(tmp_path, labels_file):
    """data/related_pairs_own3.json (built by data/build_related_own3.py, on articles we wrote
    in data/own3/) and data/related_pairs_own4.json (data/own4/) were each held out for a round
    (development text since); data/related_pairs_own5.json (data/own5/) is held out now: checked
    here, scored only at the end of a round, with the scorer of the news sets on its folder.
    Their stories are told by three or four outlets each, so they hold the
    paraphrases the news file has run out of."""
    labels = json.loads((DATA / labels_file).read_text(encoding="utf-8"))
    counts = labels["header"]["counts"]
    assert counts["pairs"] == len(labels["pairs"]) >= 30
    assert counts["paraphrase"] == sum(pair["paraphrase"] for pair in labels["pairs"])
    assert counts["paraphrase"] * 3 >= counts["pairs"]
    assert counts["none"] == len(labels["none"]) >= 20
    assert {p["split"] for p in labels["pairs"]} == {n["split"] for n in labels["none"]} == {"test"}
    with CorpusIndex.open(_own_folder(labels_file), tmp_path / "ix") as ix:
        assert sorted(a.id for a in ix.articles()) == sorted(labels["corpus"])
        _check_labels(ix, labels["pairs"])
        for n in labels["none"]:
            assert 0 <= n["passage"] < len(ix.article(n["article"]).passages), n
