"""The choice of the passage shown for a related article (index/passage_pick.py)."""
from __future__ import annotations

import json
import math

import pytest

from corpus_tui.index.engine import CorpusIndex
from corpus_tui.index.passage_pick import FEATURES, MODEL_FILE, PassagePick, PickEvidence, passage_pick
from corpus_tui.index.related import related_passages

A = "000_b63a4b959fc8c7e4.txt"


def evidence(passage: int, *, passages: int = 8, asked_passage: int = 4, asked_passages: int = 8,
             evidence_weight: float = 2.0, score: float = 10.0) -> PickEvidence:
    return PickEvidence(asked_passage, asked_passages, 20.0, passage, passages, score, score, 0.3, evidence_weight,
                        True, 5.0, 0.0, 0.0, 0.0, 0.0, 1.0, 1, 2, 15.0, 3.0, False)


@pytest.fixture(scope="module")
def ix(seeds_index_dir):
    with CorpusIndex.open(None, seeds_index_dir) as index:
        yield index


def test_the_shipped_model_has_a_finite_weight_and_a_scale_for_every_feature() -> None:
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert data["features"] == list(FEATURES)
    assert set(data["weights"]) == set(data["scale"]) == set(FEATURES)
    assert all(math.isfinite(w) for w in data["weights"].values())
    assert all(s > 0 for s in data["scale"].values())
    assert passage_pick() is not None


def test_the_passage_in_the_same_place_of_its_story_wins_where_only_that_counts() -> None:
    pick = PassagePick({"place_gap": -1.0}, {})
    group = [evidence(1), evidence(4), evidence(7)]
    assert group[pick.choose(group)].passage == 4
    group = [evidence(1, asked_passage=1), evidence(4, asked_passage=1), evidence(7, asked_passage=1)]
    assert group[pick.choose(group)].passage == 1


def test_a_passage_with_too_little_evidence_to_be_listed_is_never_shown_for_its_article() -> None:
    pick = PassagePick({"title": 5.0}, {})
    group = [evidence(0, evidence_weight=0.2), evidence(3)]
    assert group[pick.choose(group)].passage == 3
    # ... unless none of its article's passages has enough.
    group = [evidence(0, evidence_weight=0.2), evidence(3, evidence_weight=0.1)]
    assert group[pick.choose(group)].passage == 0


def test_features_are_relative_to_the_best_passage_of_the_article() -> None:
    pick = PassagePick({"score_share": 1.0}, {})
    group = [evidence(2, score=4.0), evidence(5, score=9.0), evidence(6, score=1.0)]
    assert group[pick.choose(group)].passage == 5


def test_every_scored_passage_of_a_listed_article_is_handed_to_the_choice(ix) -> None:
    scored: dict[str, list[PickEvidence]] = {}
    listed = related_passages(ix.search_backend, ix.store, ix.article(A), 4, limit=10, candidates_out=scored).related
    assert listed
    for row in listed:
        group = scored[row.article]
        assert row.passage in {c.passage for c in group}
        assert all(c.asked_passage == 4 and c.asked_passages == len(ix.article(A).passages) for c in group)
        assert all(c.passages == len(ix.article(row.article).passages) for c in group)
        # The shown passage is never listed again among the article's other passages.
        assert row.passage not in row.also
