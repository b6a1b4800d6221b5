"""Queries answered over whole posting lists as numpy arrays, scored as Whoosh scores them.

Whoosh scores a match at a time in Python: a frequent word at 100k articles ("said",
311,000 passages) took a second, and the exact article count needed every match.
Here a query tree of terms, AND, OR, NOT, phrases and bound expansions is answered
segment by segment from the posting lists read whole (`whoosh_adapter.term_postings`,
mapped from the segment's postings file, `postings`): every matching passage with
the BM25F score Whoosh gives it (same formula, same statistics, same field lengths),
so the ranking and the exact count come from one pass over arrays. Anything else
(ranges, other weightings, sloppy phrases, `Every`) is left to Whoosh: `evaluate`
answers None.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from whoosh import query as wq
from whoosh.scoring import BM25F

from .postings import TermPostings
from .search import ExpandedTerm
from .segment_arrays import deleted_docnums, field_lengths, term_postings


@dataclass(frozen=True)
class Matches:
    """Every passage a query matches (global docnums, ascending) and its score."""

    docnums: np.ndarray
    scores: np.ndarray


_EMPTY_IDS = np.zeros(0, dtype=np.int64)
_EMPTY_SCORES = np.zeros(0, dtype=np.float64)


class Unsupported(Exception):
    """A query node this module does not answer (Whoosh does)."""


def evaluate(q: wq.Query, searcher: Any, within: tuple[int, int] | None = None) -> Matches | None:
    """Every match of `q` over `searcher` with its score, or None where a part of `q`
    is not answered here. `within` (first, end): only the documents in that range of
    docnums (one article's passages), each posting list cut to it before scoring."""
    weighting = searcher.weighting
    if type(weighting) is not BM25F:
        return None
    cache = _searcher_cache(searcher)
    ids: list[np.ndarray] = []
    scores: list[np.ndarray] = []
    try:
        for leaf, offset in searcher.reader().leaf_readers():
            local = None
            if within is not None:
                local = (max(0, within[0] - offset), min(leaf.doc_count_all(), within[1] - offset))
                if local[0] >= local[1]:
                    continue
            segment = _Segment(searcher, leaf, weighting, cache.setdefault(id(leaf), {}), local)
            found, score = segment.match(q)
            deleted = segment.deleted()
            if deleted is not None and len(found):
                keep = ~np.isin(found, deleted, assume_unique=True)
                found, score = found[keep], score[keep]
            ids.append(found + offset)
            scores.append(score)
    except Unsupported:
        return None
    if not ids:
        return Matches(_EMPTY_IDS, _EMPTY_SCORES)
    return Matches(np.concatenate(ids), np.concatenate(scores))


def _searcher_cache(searcher: Any) -> dict[int, dict[str, Any]]:
    """Per-segment arrays (field lengths, deletions) kept with the searcher: a
    searcher sees one state of the index, and a refreshed one is a new object."""
    cache = getattr(searcher, "_corpus_tui_arrays", None)
    if cache is None:
        cache = {}
        searcher._corpus_tui_arrays = cache
    return cache


class _Segment:
    """One segment's answers: (sorted local docnums, scores) per query node."""

    def __init__(self, searcher: Any, leaf: Any, weighting: BM25F, cache: dict[str, Any],
                 within: tuple[int, int] | None = None):
        self.searcher = searcher
        self.leaf = leaf
        self.weighting = weighting
        self.cache = cache
        self.within = within
        self.size = leaf.doc_count_all()

    def deleted(self) -> np.ndarray | None:
        if "deleted" not in self.cache:
            self.cache["deleted"] = deleted_docnums(self.leaf)
        return self.cache["deleted"]

    def lengths(self, field: str) -> np.ndarray | None:
        key = "lengths:" + field
        if key not in self.cache:
            self.cache[key] = field_lengths(self.leaf, field)
        return self.cache[key]

    def match(self, q: wq.Query) -> tuple[np.ndarray, np.ndarray]:
        if isinstance(q, ExpandedTerm):
            return self._expanded(q)
        if isinstance(q, wq.Term):
            return self._term(q.fieldname, q.text, q.boost)
        if isinstance(q, wq.Phrase):
            return self._phrase(q)
        if isinstance(q, wq.And):
            return self._and(q)
        if isinstance(q, wq.Or):
            if q.minmatch or q.scale or any(isinstance(s, wq.Not) for s in q.subqueries):
                raise Unsupported
            return self._scaled(_union([self.match(s) for s in q.subqueries], self.size), q.boost)
        if isinstance(q, wq.AndNot):
            ids, scores = self.match(q.a)
            excluded, _ = self.match(q.b)
            keep = ~np.isin(ids, excluded, assume_unique=True)
            return self._scaled((ids[keep], scores[keep]), q.boost)
        if isinstance(q, wq.AndMaybe):
            ids, scores = self.match(q.a)
            maybe_ids, maybe_scores = self.match(q.b)
            where = np.searchsorted(maybe_ids, ids)
            hit = (where < len(maybe_ids)) & (maybe_ids[np.minimum(where, len(maybe_ids) - 1)] == ids) \
                if len(maybe_ids) else np.zeros(len(ids), dtype=bool)
            scores = scores.copy()
            scores[hit] += maybe_scores[where[hit]]
            return self._scaled((ids, scores), q.boost)
        if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)):
            return _EMPTY_IDS, _EMPTY_SCORES
        raise Unsupported

    @staticmethod
    def _scaled(found: tuple[np.ndarray, np.ndarray], boost: float) -> tuple[np.ndarray, np.ndarray]:
        return found if boost == 1.0 else (found[0], found[1] * boost)

    def _btext(self, field: str, text: Any) -> bytes | None:
        schema = self.leaf.schema
        if field not in schema:
            return None
        try:
            return schema[field].to_bytes(text)
        except ValueError:
            return None

    def _postings(self, field: str, text: Any, positions: bool = False):
        btext = text if isinstance(text, bytes) else self._btext(field, text)
        if btext is None:
            return None, None
        found = term_postings(self.leaf, field, btext, positions)
        if found is not None and self.within is not None:
            # The postings in the range: a slice of the sorted docnums (the positions
            # stay whole, addressed through `starts`).
            first, end = np.searchsorted(found.docnums, self.within)
            found = TermPostings(found.docnums[first:end], found.weights[first:end],
                                 found.starts[first:end + 1], found.positions)
        return btext, found

    def _term_scores(self, field: str, btext: bytes, found: Any) -> np.ndarray:
        """BM25F as Whoosh's `BM25FScorer` computes it (idf and average length from the
        whole searcher, the length of each document from its one-byte form)."""
        weights = found.weights.astype(np.float64)
        schema_field = self.leaf.schema[field]
        if not schema_field.scorable:
            return weights  # Whoosh's `WeightScorer`
        lengths = self.lengths(field)
        if lengths is None:
            raise Unsupported
        w = self.weighting
        b = w._field_B.get(field, w.B)
        k1 = w.K1
        idf = self.searcher.idf(field, btext.decode("utf-8"))
        avgfl = self.searcher.avg_field_length(field) or 1
        fl = lengths[found.docnums]
        return idf * ((weights * (k1 + 1)) / (weights + k1 * ((1 - b) + b * fl / avgfl)))

    def _term(self, field: str, text: Any, boost: float) -> tuple[np.ndarray, np.ndarray]:
        btext, found = self._postings(field, text)
        if found is None:
            return _EMPTY_IDS, _EMPTY_SCORES
        return found.docnums.astype(np.int64), self._term_scores(field, btext, found) * boost

    def _expanded(self, q: ExpandedTerm) -> tuple[np.ndarray, np.ndarray]:
        if not q.constantscore:
            return _union([self._term(q.fieldname, btext, q.boost) for btext in q.btexts], self.size)
        parts = []
        for btext in q.btexts:
            _b, found = self._postings(q.fieldname, btext)
            if found is not None and len(found.docnums):
                parts.append(found.docnums)
        if not parts:
            return _EMPTY_IDS, _EMPTY_SCORES
        if len(parts) == 1:
            ids = parts[0].astype(np.int64)
        else:
            # A mark per document of the segment: no sort of the (often millions of) ids.
            held = np.zeros(self.size, dtype=bool)
            for part in parts:
                held[part] = True
            ids = np.flatnonzero(held)
        return ids, np.full(len(ids), q.boost, dtype=np.float64)

    def _and(self, q: wq.And) -> tuple[np.ndarray, np.ndarray]:
        positive = [s for s in q.subqueries if not isinstance(s, wq.Not)]
        negative = [s for s in q.subqueries if isinstance(s, wq.Not)]
        if not positive:
            raise Unsupported  # Whoosh answers "everything but"
        found = [self.match(s) for s in positive]
        ids, scores = found[0]
        for other_ids, other_scores in found[1:]:
            common, here, there = np.intersect1d(ids, other_ids, assume_unique=True, return_indices=True)
            ids, scores = common, scores[here] + other_scores[there]
        for s in negative:
            # Whoosh intersects with an inverse matcher, which scores its boost.
            excluded, _ = self.match(s.query)
            keep = ~np.isin(ids, excluded, assume_unique=True)
            ids, scores = ids[keep], scores[keep] + s.boost
        return self._scaled((ids, scores), q.boost)

    def _phrase(self, q: wq.Phrase) -> tuple[np.ndarray, np.ndarray]:
        """Whoosh's phrase: every word in order at consecutive positions (slop 1),
        scored as the sum of its words' scores."""
        if q.slop != 1 or not q.words:
            raise Unsupported
        field = q.fieldname
        if field not in self.leaf.schema or not self.leaf.schema[field].format.supports("positions"):
            raise Unsupported
        words = []
        for word in q.words:
            btext, found = self._postings(field, word, positions=True)
            if found is None:
                return _EMPTY_IDS, _EMPTY_SCORES
            words.append((btext, found))
        # The documents holding every word.
        ids = words[0][1].docnums.astype(np.int64)
        for _btext, found in words[1:]:
            ids = np.intersect1d(ids, found.docnums, assume_unique=True).astype(np.int64)
        if not len(ids):
            return _EMPTY_IDS, _EMPTY_SCORES
        # A phrase starts at position p of a document if word i is at p + i for every i:
        # keys (document, start) present for every word.
        starts_ok: np.ndarray | None = None
        total = np.zeros(len(ids), dtype=np.float64)
        for i, (btext, found) in enumerate(words):
            rows = np.searchsorted(found.docnums, ids)
            total += self._term_scores(field, btext, found)[rows]
            begin, end = found.starts[rows], found.starts[rows + 1]
            counts = (end - begin).astype(np.int64)
            owner = np.repeat(np.arange(len(ids), dtype=np.int64), counts)
            within = np.arange(counts.sum(), dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts)
            positions = found.positions[np.repeat(begin, counts) + within].astype(np.int64)
            keys = np.unique(owner * (1 << 32) + (positions - i + (1 << 31)))
            starts_ok = keys if starts_ok is None else np.intersect1d(starts_ok, keys, assume_unique=True)
        assert starts_ok is not None
        matched = np.unique(starts_ok >> 32)
        return ids[matched], total[matched] * q.boost


def _union(parts: list[tuple[np.ndarray, np.ndarray]], size: int) -> tuple[np.ndarray, np.ndarray]:
    """Documents matching any part, each scored the sum of the parts matching it
    (Whoosh's union matcher), summed into arrays over the segment's `size` documents."""
    parts = [p for p in parts if len(p[0])]
    if not parts:
        return _EMPTY_IDS, _EMPTY_SCORES
    if len(parts) == 1:
        return parts[0]
    held = np.zeros(size, dtype=bool)
    totals = np.zeros(size, dtype=np.float64)
    for ids, scores in parts:
        held[ids] = True
        totals[ids] += scores  # a part's ids are distinct
    found = np.flatnonzero(held)
    return found, totals[found]


def rank_articles(matches: Matches, passage_numbers: np.ndarray, limit: int, per_article: int,
                  by_count: bool = False) -> tuple[int, list[list[tuple[float, int]]]]:
    """How many articles match, and the best `limit` of them, each as its best
    `per_article` passages (score, docnum). Articles rank by their best passage's
    score (ties: corpus order), their passages by score (ties: document order), as
    Whoosh's top-N grouped by article would; `by_count` (a query whose matches all score
    the same) ranks articles by how many passages match, their passages in order.

    An article's passages are consecutive docnums, so `docnum - passage number` (its
    first passage's docnum) is the same for all of them and matches of one article
    are a run of the sorted docnums."""
    docnums, scores = matches.docnums, matches.scores
    if not len(docnums):
        return 0, []
    firsts = docnums - passage_numbers[docnums]
    run_starts = np.flatnonzero(np.r_[True, firsts[1:] != firsts[:-1]])
    if limit <= 0:
        return len(run_starts), []
    run_ends = np.r_[run_starts[1:], len(docnums)]
    key = (run_ends - run_starts).astype(np.float64) if by_count else np.maximum.reduceat(scores, run_starts)
    # The best `limit` runs by (key descending, first docnum ascending); ties at the
    # cut are all kept for the exact sort.
    if len(key) > limit:
        cut = np.partition(key, len(key) - limit)[len(key) - limit]
        candidates = np.flatnonzero(key >= cut)
    else:
        candidates = np.arange(len(key))
    order = candidates[np.lexsort((firsts[run_starts[candidates]], -key[candidates]))][:limit]
    ranked = []
    for run in order:
        start, end = int(run_starts[run]), int(run_ends[run])
        if by_count:
            picked = list(range(start, min(end, start + per_article)))
        else:
            picked = sorted(range(start, end), key=lambda i: (-scores[i], docnums[i]))[:per_article]
        ranked.append([(float(scores[i]), int(docnums[i])) for i in picked])
    return len(run_starts), ranked
