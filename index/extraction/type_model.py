"""The type of a name that no rule explains, voted by a small learned model.

Where no rule finds evidence of what a name is, the rules can only call it OTHER; on the
development golds such names are an organisation, a place or a person almost half the
time. A multinomial logistic model, trained on those golds (tests/data/train_type_model.py
writes its weights to type_model.json), reads what the rules do not weigh together: the
shape of the name's words (their capitals, endings, how common each is, whether it is a
given name or a place's) and the everyday words around every mention of it in the article.
Its features sum over all the article's mentions of the name, so each mention is a vote.
It changes a name's type only where it is confident; below that the name stays OTHER.

The features name no one: a name's own words enter only as shapes, endings and word
classes, and the words around a name as themselves only where they are written in lower
case.
"""
from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import cast

from ..lexicon import Lexicon, lexicon
from ..model import EntityType
from .tokens import RawMention

__all__ = ["TypeModel", "name_features", "type_model", "type_unexplained_names", "unexplained_names"]

MODEL_FILE = Path(__file__).with_name("type_model.json")

_CONTEXT_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*|\d+|[^\w\s]")
_CONTEXT_REACH = 40   # characters either side of a mention where its context words are read


def _band(lex: Lexicon, word: str) -> str:
    """How common a word is, in five bands (Zipf frequency)."""
    zipf = lex.zipf(word)
    return "0" if zipf < 1.0 else "1" if zipf < 2.5 else "2" if zipf < 3.5 else "3" if zipf < 4.5 else "4"


@lru_cache(maxsize=65536)
def _shape(word: str) -> str:
    """"Xx", "X", "X.X.", "XxXx", "Xx-Xx", "9": a word's capitals, small letters and digits,
    each run of one kind written once."""
    kinds = ["X" if ch.isupper() else "x" if ch.isalpha() else "9" if ch.isdigit() else ch for ch in word]
    return "".join(kind for index, kind in enumerate(kinds) if index == 0 or kind != kinds[index - 1])


# Per-word results of the default lexicon, kept across articles (most words come back):
# a word's features at a place in a name, and what a context word counts as.
_CACHE_LIMIT = 100_000
_word_features_cache: dict[tuple[str, str], tuple[str, ...]] = {}
_context_word_cache: dict[str, str] = {}


def _word_features(lex: Lexicon, where: str, word: str) -> tuple[str, ...]:
    """The features of one word of a name at its place ("first", "middle", "last"), in the
    order name_features adds them."""
    cache = _word_features_cache if lex is lexicon() else {}
    found = cache.get((where, word))
    if found is not None:
        return found
    folded = word.lower().replace(".", "")
    features = [f"{where}:shape={_shape(word)}", f"{where}:band={_band(lex, folded)}"]
    if folded in lex.given_names:
        features.append(f"{where}:given")
    elif folded in lex.places:
        features.append(f"{where}:place")
    if len(folded) >= 4:
        features.append(f"{where}:ends={folded[-3:]}")
        features.append(f"{where}:ends={folded[-2:]}")
    if len(cache) > _CACHE_LIMIT:
        cache.clear()
    found = cache[(where, word)] = tuple(features)
    return found


def _context_word(lex: Lexicon, word: str) -> str:
    if lex is not lexicon():
        return _find_context_word(lex, word)
    found = _context_word_cache.get(word)
    if found is None:
        if len(_context_word_cache) > _CACHE_LIMIT:
            _context_word_cache.clear()
        found = _context_word_cache[word] = _find_context_word(lex, word)
    return found


def _find_context_word(lex: Lexicon, word: str) -> str:
    if not word[:1].isalpha():
        return "<num>" if word[:1].isdigit() else word
    if word[:1].isupper():
        return "<Cap>"   # a name's word, or a sentence's first: only a lower-case word counts as itself
    folded = word.replace("\u2019", "'")
    return folded if lex.zipf(folded) >= 3.0 else "<rare>"


# The pronoun that next follows a name, within its paragraph, is often the name's own: a
# firm is "it", a person "he" or "she", a club or a band "they": group 1, 2 or 3 matches.
# (What was r"\b(?:(he|his|him|she|her)|(it|its)|(they|their|them))\b" with re.I, the first
# letter taken first, in every case re.I matches it in: a pattern that opens on a set of
# letters lets the regex engine skip to them, instead of trying it from every character.)
_PRONOUN = re.compile(r"[hHsS\u017fiI\u0130\u0131tT](?<!\w.)"
                      r"(?i:((?<=[hH])(?:e|is|im|er)|(?<=[sS\u017f])he)|((?<=[iI\u0130\u0131])ts?)"
                      r"|((?<=[tT])he(?:y|ir|m)))\b")
_PRONOUN_REACH = 150   # characters after a mention (80 and 300 scored the same by --cv)

# What ends the sentence or the line before a name that opens the next.
_OPENS_SENTENCE = re.compile(r'(?:\n|[.!?]["\u201d]? |" )$')

# What stands between two items of a list ("X, Y and Z", "X or Y").
_LIST_GAP = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def _listed_with(text: str, mention: RawMention, article: Sequence[RawMention],
                 positions: dict[int, int] | None = None) -> list[EntityType]:
    """The types the rules gave the names listed right beside a mention ("X, Y and Z");
    `positions` maps each mention's id to its index in `article`, if the caller has it."""
    beside = []
    index = positions[id(mention)] if positions is not None else next(i for i, m in enumerate(article) if m is mention)
    if index > 0 and _LIST_GAP.fullmatch(text, article[index - 1].end, mention.start):
        beside.append(article[index - 1])
    if index + 1 < len(article) and _LIST_GAP.fullmatch(text, mention.end, article[index + 1].start):
        beside.append(article[index + 1])
    return [m.type for m in beside if not m.unexplained]


def name_features(text: str, mentions: Iterable[RawMention], article: Sequence[RawMention],
                  lex: Lexicon | None = None, positions: dict[int, int] | None = None) -> dict[str, float]:
    """The features of one name in one article, summed over its mentions there; `article`
    holds all the article's mentions in order (`positions`, optional, maps each one's id to
    its index there: a caller typing many names spares a search of the article for each)."""
    lex = lex or lexicon()
    features: dict[str, float] = {}

    def add(feature: str) -> None:
        features[feature] = features.get(feature, 0.0) + 1.0

    for mention in mentions:
        words = [t.text for t in mention.tokens]
        add(f"words={min(len(words), 4)}")
        for position, word in enumerate(words):
            where = "first" if position == 0 else "last" if position == len(words) - 1 else "middle"
            for feature in _word_features(lex, where, word):
                features[feature] = features.get(feature, 0.0) + 1.0   # (add, inline: the most frequent)
        if len(words) == 1 and words[0].isupper():
            add("capitals")
        for type_ in _listed_with(text, mention, article, positions):
            add(f"listed with={type_}")
        before = _CONTEXT_WORD.findall(text, max(0, mention.start - _CONTEXT_REACH), mention.start)[-2:]
        after = _CONTEXT_WORD.findall(text, mention.end, mention.end + _CONTEXT_REACH)[:2]
        before = [_context_word(lex, w) for w in before]
        after = [_context_word(lex, w) for w in after]
        if before:
            add(f"before={before[-1]}")
        if len(before) == 2:
            add(f"before={before[0]} {before[1]}")
        if after:
            add(f"after={after[0]}")
        if len(after) == 2:
            add(f"after={after[0]} {after[1]}")
        if _OPENS_SENTENCE.search(text, max(0, mention.start - 3), mention.start) or mention.start == 0:
            add("opens sentence")   # (its capital says nothing there: "Analysts said", "Pork Board")
        pronoun = _PRONOUN.search(text[mention.end:mention.end + _PRONOUN_REACH].split("\n", 1)[0])
        if pronoun:
            add("next pronoun=" + ("person" if pronoun.group(1) else "it" if pronoun.group(2) else "they"))
    return features


@dataclass(frozen=True)
class TypeModel:
    """A multinomial logistic model: one weight per (feature, type), and a bias per type."""

    types: tuple[EntityType, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    threshold: float   # the least probability at which a type other than OTHER is taken

    @classmethod
    def from_data(cls, data: dict, threshold: float | None = None) -> TypeModel:
        """The model of type_model.json's contents (its own threshold, or `threshold`)."""
        return cls(tuple(cast(EntityType, t) for t in data["types"]), tuple(data["bias"]),
                   {feature: tuple(row) for feature, row in data["weights"].items()},
                   data["threshold"] if threshold is None else threshold)

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> TypeModel:
        return cls.from_data(json.loads(path.read_text(encoding="utf-8")))

    def probabilities(self, features: dict[str, float]) -> dict[EntityType, float]:
        weighed = [(row, value) for feature, value in features.items()
                   if (row := self.weights.get(feature)) is not None]   # (every row has a weight per type)
        # Type by type, each feature's weight added in the features' order: the very sums
        # of adding every type's weight feature by feature, with no list built per feature.
        scores = []
        for type_index, score in enumerate(self.bias):
            for row, value in weighed:
                score += row[type_index] * value
            scores.append(score)
        top = max(scores)
        exps = [math.exp(score - top) for score in scores]
        total = sum(exps)
        return {type_: e / total for type_, e in zip(self.types, exps, strict=True)}

    def type_of(self, features: dict[str, float]) -> EntityType:
        """The type the model is confident of, else OTHER."""
        probabilities = self.probabilities(features)
        best = max(probabilities, key=probabilities.__getitem__)
        return best if best != "OTHER" and probabilities[best] >= self.threshold else "OTHER"


@lru_cache(maxsize=1)
def type_model() -> TypeModel:
    return TypeModel.load()


def unexplained_names(mentions: Sequence[RawMention]) -> dict[str, list[RawMention]]:
    """The article's names (by key) that every mention leaves OTHER for want of evidence."""
    groups: dict[str, list[RawMention]] = {}
    for mention in mentions:
        groups.setdefault(mention.key, []).append(mention)
    return {key: group for key, group in groups.items()
            if all(m.type == "OTHER" and m.unexplained for m in group)}


def type_unexplained_names(text: str, mentions: Sequence[RawMention], model: TypeModel | None = None) -> None:
    """Give the names no rule explains the type the model is confident of."""
    model = model or type_model()
    groups = unexplained_names(mentions)
    positions: dict[int, int] = {}
    for index, mention in enumerate(mentions if groups else ()):
        positions.setdefault(id(mention), index)
    for group in groups.values():
        type_ = model.type_of(name_features(text, group, mentions, positions=positions))
        if type_ != "OTHER":
            for mention in group:
                mention.type, mention.learned = type_, True
