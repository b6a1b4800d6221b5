"""Which passage of a related article is shown for it: a small learned ranking.

`related` finds the articles that report what an asked passage reports and ranks them by
one passage each. Which of an article's passages says the asked fact is a finer question:
a lead sums the story up, one passage repeats the asked one's names, another reports its
figure in other words. The hand-set rule (the shared features counted less the more of the
article's passages hold them, with leads and titles held back) picks the labelled partner
about four times in five where the article is listed. A linear model over the same evidence
and the passages' places in their articles, trained on the labelled pairs of the
development sets (tests/data/train_passage_pick.py writes passage_pick.json), weighs those
clues together and picks the shown passage; the article's place in the list stays the
rule's.

Trained as a pairwise ranking (the labelled passage against each other passage of its
article, a logistic model without intercept): its score only orders passages of one
article, and is never shown.
"""
from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = ["PickEvidence", "PassagePick", "passage_pick", "pick_features", "FEATURES", "MODEL_FILE"]

MODEL_FILE = Path(__file__).with_name("passage_pick.json")


@dataclass(slots=True)
class PickEvidence:
    """What one candidate passage shares with the asked one, in parts, and where each stands."""
    asked_passage: int
    asked_passages: int    # how many passages the asked article has
    asked_weight: float    # the asked passage's own weight (terms and entities)
    passage: int
    passages: int          # how many passages its article has
    score: float           # the related score (see related._score)
    pick: float            # the rule's pick score, before a title is held back
    cosine: float
    evidence: float
    found: bool            # found by the lookup itself (not only as a passage of a found article)
    terms: float           # weight of the shared terms
    family: float          # weight of the terms shared in another form of the word
    pairs: float           # weight of the shared word pairs
    numbers: float         # weight of the shared numbers and dates
    quoted: float          # weight of the words both quote
    entities: float        # rarity of the shared entities
    shared_entities: int
    their_entities: int
    own_weight: float      # the candidate's own term weight
    local: float           # the shared terms counted less the more of its article's passages hold them
    shares_figures: bool
    headline: bool = False  # a title line (the first passage, when it does not end like a sentence)


# The features, in the model file's order.
FEATURES = (
    "score_share", "pick_share", "local_share", "entity_share", "term_share", "log_score", "cosine", "evidence",
    "title", "lead", "lead_for_lead", "title_for_title", "lead_for_deeper", "place_gap", "found", "has_numbers",
    "has_quote", "has_pairs", "has_family", "shares_figures", "enough_evidence", "log_own_weight",
    "shared_entities", "own_share", "asked_share", "best_score", "best_pick", "log_local", "log_entities",
    "log_terms", "log_numbers", "log_quoted", "log_pairs", "place", "their_entities",
)
_MIN_EVIDENCE = 0.6   # related.MIN_EVIDENCE (a passage with less is never listed on its own)


def pick_features(group: Sequence[PickEvidence]) -> list[list[float]]:
    """The features of each candidate passage of one article, some relative to the best of them."""
    top_score = max((c.score for c in group), default=0.0) or 1e-9
    top_pick = max((c.pick for c in group), default=0.0) or 1e-9
    top_local = max((c.local for c in group), default=0.0) or 1e-9
    top_entities = max((c.entities for c in group), default=0.0) or 1e-9
    top_terms = max((c.terms for c in group), default=0.0) or 1e-9
    rows = []
    for c in group:
        asked_passage = c.asked_passage
        asked_place = asked_passage / max(1, c.asked_passages - 1)
        place = c.passage / max(1, c.passages - 1)
        shared = c.terms + c.entities
        rows.append([
            c.score / top_score, c.pick / top_pick, c.local / top_local, c.entities / top_entities,
            c.terms / top_terms, math.log1p(c.score), c.cosine, min(c.evidence, 3.0),
            float(c.headline), float(c.passage == 1), float(c.passage == 1 and asked_passage == 1),
            float(c.headline and asked_passage == 0), float(c.passage <= 1 and asked_passage >= 2),
            abs(place - asked_place), float(c.found), float(c.numbers > 0), float(c.quoted > 0), float(c.pairs > 0),
            float(c.family > 0), float(c.shares_figures), float(c.evidence >= _MIN_EVIDENCE),
            math.log1p(c.own_weight), float(c.shared_entities), shared / max(1.0, c.own_weight + c.entities),
            shared / max(1.0, c.asked_weight), float(c.score >= top_score), float(c.pick >= top_pick),
            math.log1p(c.local), math.log1p(c.entities), math.log1p(c.terms), math.log1p(c.numbers),
            math.log1p(c.quoted), math.log1p(c.pairs), place, float(c.their_entities),
        ])
    return rows


class PassagePick:
    """The learned weights: a candidate's worth is the dot product of its scaled features."""

    def __init__(self, weights: dict[str, float], scale: dict[str, float]) -> None:
        self._weights = [weights.get(name, 0.0) / (scale.get(name) or 1.0) for name in FEATURES]

    def choose(self, group: Sequence[PickEvidence]) -> int:
        """The index in `group` of the passage to show: the best-ranked among those with
        enough evidence to be listed (all of them, if none has)."""
        rows = pick_features(group)
        eligible = [i for i, c in enumerate(group) if c.evidence >= _MIN_EVIDENCE] or list(range(len(group)))
        return max(eligible, key=lambda i: (sum(w * x for w, x in zip(self._weights, rows[i], strict=True)),
                                            -group[i].passage))


@lru_cache(maxsize=1)
def passage_pick() -> PassagePick | None:
    """The shipped model, or None where its file is missing (the rule's pick then stands)."""
    try:
        data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return PassagePick(data["weights"], data["scale"])
