"""Concordance (key word in context) and collocates, for any word or phrase.

Lines are aligned on the match: `left` is the text before it (at most `width`
characters, cut at a word), `right` the text after. They sort by the words nearest the
match on the left (read right to left, as AntConc does) or on the right.

Collocates are the words that occur near the matches more often than their frequency in
the whole corpus predicts, ranked by log-likelihood (Dunning's G2), which does not simply
favour the most frequent words, and shown as the form written most often.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Callable, Iterable, Literal

from .passage_terms import is_filler
from .search import ANALYZER

SortOrder = Literal["corpus", "left", "right"]
# Words either side of a match that count as its neighbours for collocates.
COLLOCATE_WINDOW = 5
_WORDS = re.compile(r"\w+(?:[-'’.]\w+)*")


@dataclass(frozen=True, slots=True)
class MatchedPassage:
    """One passage with matches: offsets of the passage and of the matches are into the
    article's text."""
    article: str
    title: str
    passage: int
    start: int
    text: str
    matches: list[tuple[int, int]]


@dataclass(frozen=True, slots=True)
class ConcordanceLine:
    article: str
    title: str
    passage: int
    start: int    # the match, as offsets into the article's text
    end: int
    left: str
    match: str
    right: str


@dataclass(frozen=True, slots=True)
class Collocate:
    term: str
    count: int
    score: float


@dataclass(slots=True)
class Concordance:
    query: str
    total: int    # matches found (lines may be fewer: see `limit`)
    lines: list[ConcordanceLine]
    collocates: list[Collocate]


def _left_context(text: str, width: int) -> str:
    cut = text[-width:] if len(text) > width else text
    if len(text) > width and not text[-width - 1].isspace() and " " in cut:
        cut = cut[cut.index(" ") + 1:]   # a word cut in half is left out
    return " ".join(cut.split())


def _right_context(text: str, width: int) -> str:
    cut = text[:width]
    if len(text) > width and not text[width].isspace() and " " in cut:
        cut = cut[:cut.rindex(" ")]
    return " ".join(cut.split())


def _sort_key(order: SortOrder) -> Callable[[ConcordanceLine], tuple]:
    if order == "left":
        return lambda line: ([w.casefold() for w in reversed(_WORDS.findall(line.left))], line.match.casefold())
    if order == "right":
        return lambda line: ([w.casefold() for w in _WORDS.findall(line.right)], line.match.casefold())
    return lambda line: ()


def concordance(query: str, passages: Iterable[MatchedPassage], *, width: int = 40,
                order: SortOrder = "corpus", limit: int = 1000,
                corpus_frequency: Callable[[str], int] | None = None, corpus_tokens: int = 0,
                collocates: int = 20) -> Concordance:
    """The concordance of the matches in `passages` (in corpus order), with collocates
    scored against `corpus_frequency(stem)` out of `corpus_tokens` when given."""
    lines: list[ConcordanceLine] = []
    near: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    near_tokens = total = 0
    for found in passages:
        words = [(m.start(), m.end(), m.group(0)) for m in _WORDS.finditer(found.text)]
        for start, end in found.matches:
            total += 1
            local_start, local_end = start - found.start, end - found.start
            if len(lines) < limit:
                lines.append(ConcordanceLine(
                    found.article, found.title, found.passage, start, end,
                    _left_context(found.text[:local_start], width), found.text[local_start:local_end],
                    _right_context(found.text[local_end:], width)))
            before = [w for w in words if w[1] <= local_start][-COLLOCATE_WINDOW:]
            after = [w for w in words if w[0] >= local_end][:COLLOCATE_WINDOW]
            for _s, _e, word in before + after:
                near_tokens += 1
                if is_filler(word):   # "than", "said", "the": no collocate, however near
                    continue
                for token in ANALYZER(word):
                    near[token.text] += 1
                    forms[token.text][word.lower() if not word.isupper() else word] += 1
    if order != "corpus":
        lines.sort(key=_sort_key(order))
    ranked: list[Collocate] = []
    if corpus_frequency is not None and corpus_tokens > near_tokens > 0:
        for stem, count in near.items():
            if count < 2:
                continue
            score = log_likelihood(count, near_tokens, max(corpus_frequency(stem), count), corpus_tokens)
            ranked.append(Collocate(forms[stem].most_common(1)[0][0], count, round(score, 3)))
        ranked.sort(key=lambda c: (-c.score, c.term))
    return Concordance(query, total, lines, ranked[:collocates])


def log_likelihood(near: int, near_total: int, corpus: int, corpus_total: int) -> float:
    """Dunning's G2 for a word seen `near` times in `near_total` neighbouring words and
    `corpus` times in `corpus_total` words in all; positive only where the word is more
    frequent near the matches than elsewhere (an attraction, not an avoidance)."""
    a, b = near, near_total - near
    c, d = corpus - near, (corpus_total - near_total) - (corpus - near)
    if d < 0 or c < 0:
        return 0.0
    n = a + b + c + d

    def term(observed: float, row: float, col: float) -> float:
        expected = row * col / n
        return observed * math.log(observed / expected) if observed > 0 and expected > 0 else 0.0

    g2 = 2 * (term(a, a + b, a + c) + term(b, a + b, b + d) + term(c, c + d, a + c) + term(d, c + d, b + d))
    rate_near, rate_rest = a / max(a + b, 1), c / max(c + d, 1)
    return g2 if rate_near > rate_rest else 0.0


def context_line(text: str, start: int, end: int, width: int, lo: int, hi: int) -> tuple[str, int, int]:
    """One line of context around text[start:end] within text[lo:hi], cut at word
    boundaries, with the mention's place in it."""
    left = max(lo, start - width)
    if left > lo:
        space = text.find(" ", left, start)
        left = space + 1 if space >= 0 else left
    right = min(hi, end + width)
    if right < hi:
        space = text.rfind(" ", end, right)
        right = space if space >= 0 else right
    ctx = text[left:right].replace("\n", " ")
    prefix = "…" if left > lo else ""
    suffix = "…" if right < hi else ""
    return prefix + ctx + suffix, len(prefix) + start - left, len(prefix) + end - left
