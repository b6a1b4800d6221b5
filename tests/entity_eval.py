"""Scoring of entity extraction and merging against a gold file (see tests/data/*_gold.json).

Mentions: precision/recall on exact spans; type accuracy over matched spans.
Merging: pairwise precision/recall over the matched mentions (two mentions are a pair when
they belong to one entity), and the must-not-merge pairs that ended up in one entity.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from corpus_tui.index.extraction import default_extractor
from corpus_tui.index.resolution import KeyStat, resolve_entities


@dataclass
class Scores:
    gold_mentions: int = 0
    predicted_mentions: int = 0
    matched_mentions: int = 0
    type_correct: int = 0
    entity_type_correct: int = 0   # the type of the entity the mention is in (what a reader sees)
    pair_true_positive: int = 0
    pair_predicted: int = 0
    pair_gold: int = 0
    violations: list[tuple[str, str]] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    type_errors: list[str] = field(default_factory=list)   # a matched mention whose entity has another type
    confusion: Counter = field(default_factory=Counter)     # (gold type, the entity's type) -> mentions

    @property
    def precision(self) -> float:
        return self.matched_mentions / max(self.predicted_mentions, 1)

    @property
    def recall(self) -> float:
        return self.matched_mentions / max(self.gold_mentions, 1)

    @property
    def type_accuracy(self) -> float:
        return self.type_correct / max(self.matched_mentions, 1)

    @property
    def entity_type_accuracy(self) -> float:
        return self.entity_type_correct / max(self.matched_mentions, 1)

    @property
    def merge_precision(self) -> float:
        return self.pair_true_positive / max(self.pair_predicted, 1)

    @property
    def merge_recall(self) -> float:
        return self.pair_true_positive / max(self.pair_gold, 1)

    def report(self, label: str) -> str:
        return (f"{label}: mentions P={self.precision:.3f} R={self.recall:.3f} "
                f"(gold {self.gold_mentions}, predicted {self.predicted_mentions}, matched {self.matched_mentions}); "
                f"type accuracy {self.type_accuracy:.3f} (of the entity: {self.entity_type_accuracy:.3f}); "
                f"merge pairwise P={self.merge_precision:.3f} "
                f"R={self.merge_recall:.3f}; must-not-merge violations {len(self.violations)}")


def evaluate(gold_path: Path, root: Path | None = None, texts: Mapping[str, str] | None = None,
             split: str | None = None) -> Scores:
    """Extract and resolve the gold file's articles (read from `root`, or taken from `texts`,
    a mapping {file or id: text}), and score them. With `split` ("dev"/"test"), only the
    articles of that split are extracted and scored."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    if split is not None:
        gold["articles"] = [a for a in gold["articles"] if a.get("split") == split]
    extractor = default_extractor()
    predicted: dict[tuple[str, int, int], tuple[str, str]] = {}   # (file, start, end) -> (type, key)
    stats: dict[str, KeyStat] = {}
    articles_of_key: dict[str, set[str]] = defaultdict(set)
    scores = Scores()
    gold_entity: dict[tuple[str, int, int], str] = {}
    for article in gold["articles"]:
        name = article["file"] if "file" in article else article["id"]
        text = texts[name] if texts is not None else (root / name).read_text(encoding="utf-8")
        for mention in extractor.extract(text):
            assert text[mention.start:mention.end] == mention.text
            predicted[(name, mention.start, mention.end)] = (mention.type, mention.key)
            stat = stats.setdefault(mention.key, KeyStat(mention.key, {}, {}, 0, 0))
            stat.count(mention.type, mention.text, mention.guessed)
            articles_of_key[mention.key].add(name)
        for mention in article["mentions"]:
            span = (name, mention["start"], mention["end"])
            gold_entity[span] = mention["entity"]
            scores.gold_mentions += 1
            if span in predicted:
                scores.matched_mentions += 1
                scores.type_correct += predicted[span][0] == mention["type"]
            else:
                scores.missed.append(f"{name}:{mention['start']} {mention['text']!r}")
        gold_spans = {(name, m["start"], m["end"]) for m in article["mentions"]}
        scores.spurious += [f"{name}:{s} {text[s:e]!r}" for (n, s, e) in predicted
                            if n == name and (n, s, e) not in gold_spans]
    for key, stat in stats.items():
        stat.articles = len(articles_of_key[key])
    scores.predicted_mentions = len(predicted)

    resolved = resolve_entities(stats.values())
    entity_of_key = {key: entity.id for entity in resolved for key in entity.keys}
    type_of_key = {key: entity.type for entity in resolved for key in entity.keys}
    predicted_entity = {span: entity_of_key[predicted[span][1]] for span in gold_entity if span in predicted}
    gold_type = {(name, m["start"], m["end"]): m["type"]
                 for article in gold["articles"] for name in [article["file"] if "file" in article else article["id"]]
                 for m in article["mentions"]}
    scores.entity_type_correct = sum(type_of_key[predicted[span][1]] == gold_type[span] for span in predicted_entity)
    gold_text = {(name, m["start"], m["end"]): m["text"]
                 for article in gold["articles"] for name in [article["file"] if "file" in article else article["id"]]
                 for m in article["mentions"]}
    scores.confusion = Counter((gold_type[span], type_of_key[predicted[span][1]]) for span in predicted_entity)
    scores.type_errors = [f"{span[0]}:{span[1]} {gold_text[span]!r} is {gold_type[span]}, "
                          f"its entity {type_of_key[predicted[span][1]]}"
                          for span in sorted(predicted_entity) if type_of_key[predicted[span][1]] != gold_type[span]]
    matched = sorted(predicted_entity)
    for first, second in combinations(matched, 2):
        same_gold = gold_entity[first] == gold_entity[second]
        same_predicted = predicted_entity[first] == predicted_entity[second]
        scores.pair_gold += same_gold
        scores.pair_predicted += same_predicted
        scores.pair_true_positive += same_gold and same_predicted
    # A must-not-merge pair is violated when some mention of one and some mention of the
    # other end up in one predicted entity.
    predicted_of_gold: dict[str, set[str]] = defaultdict(set)
    for span, entity in predicted_entity.items():
        predicted_of_gold[gold_entity[span]].add(entity)
    for first, second in gold["must_not_merge"]:
        if predicted_of_gold[first] & predicted_of_gold[second]:
            scores.violations.append((first, second))
    return scores
