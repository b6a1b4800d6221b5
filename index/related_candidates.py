"""The candidate step of related passages (see related.py): which of the asked passage's
terms and entity keys are looked up, within a budget of postings, and which passages of
the articles found are scored besides the ones the lookup found."""
from __future__ import annotations

from .backend import PassageRef
from .model import Article

# Candidates are found by the passage's rarest terms and entity keys: at most this
# many, and no more postings in all than the budget (about 1 microsecond each in
# Whoosh), so a call stays fast on a big corpus. A common term left out of the
# lookup still counts when a candidate shares it.
QUERY_TERMS = 24
POSTING_BUDGET = 15_000
# Every passage of the best this many candidate articles is scored too.
EXPAND = 5


def within_budget(probes: list[tuple[str, str, float, int]]) -> list[tuple[str, str, float]]:
    """The probes (field, term, weight, document frequency) to look up: the rarest
    first, as many as fit in the posting budget, so the cost of one call stays
    bounded however big the corpus (rare terms are also the telling ones)."""
    chosen: list[tuple[str, str, float]] = []
    spent = 0
    for field_name, term, weight, df in sorted(probes, key=lambda p: (p[3], p[0], p[1])):
        if df == 0:
            continue
        if chosen and (spent + df > POSTING_BUDGET or len(chosen) >= QUERY_TERMS):
            break
        chosen.append((field_name, term, weight))
        spent += df
    return chosen


def expanded(found: list[PassageRef], texts: dict[str, Article]) -> list[PassageRef]:
    """The candidates found, and every other passage of the best EXPAND articles
    among them (prior 0): the passage that reports the same fact in other words
    may share too few rare terms to be found by the lookup, while another passage
    of its article is."""
    out = list(found)
    seen = {(ref.article, ref.passage) for ref in found}
    order: list[str] = []
    for ref in found:
        if ref.article not in order:
            order.append(ref.article)
    for art in order[:EXPAND]:
        other = texts.get(art)
        if other is None:
            continue
        for i in range(len(other.passages)):
            if (art, i) not in seen:
                out.append(PassageRef(art, i, 0.0))
    return out
