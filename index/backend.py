"""The seam between the `CorpusIndex` facade and the engine that answers searches.

`SearchBackend` is every question the facade (and `related`) asks of the passage
index: ranked search grouped by article, the hits of one article, the mentions of an
entity's keys for a trace, and the statistics and candidate lookups of related
passages. `WhooshBackend` answers them from the Whoosh passage index on disk and the
SQLite store beside it (which holds the mentions).

A distributed backend (OpenSearch/Elasticsearch, for corpora beyond one machine)
would implement the same protocol: one document per passage with the fields of
`search.make_schema` (article, passage, title, body, entities), `search` as a
`bool` query with a `collapse`/`top_hits` on article, `article_hits` as a filtered
query, `entity_mentions` as a terms query on a mention index, `term_stats` from
term vectors or `_termvectors`/aggregations, `candidates` as a weighted `terms`
`should` query excluding the article. Its writer half would replace `indexing`'s
Whoosh writer; the store's articles and entity clusters would move into it or stay
beside it. None is built here: the protocol is what such a backend must answer.
"""
from __future__ import annotations

import os
import threading
from array import array
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from typing import Callable, Iterable, Iterator, NamedTuple, Protocol

import numpy as np
from whoosh import query as wq
from whoosh.index import Index
from whoosh.searching import Searcher

from .entity_tables import TraceRow
from .errors import CorpusTuiError, IndexDamaged
from .fast_query import evaluate, rank_articles
from .search import ExpandedTerm, bound_expansions, parse_query, positive_terms
from .segment_arrays import deleted_docnums, document_frequencies, term_postings
from .store import Store
from .whoosh_adapter import cached_columns, numeric_column_array, top_and_groups


@dataclass(slots=True)
class RankedArticles:
    """Articles ranked by their best passage, each with its passages as (score,
    passage number), best first; the total of matching articles; the indexed terms
    the query matched (for highlighting)."""
    total: int
    articles: list[tuple[str, list[tuple[float, int]]]] = field(default_factory=list)
    terms: set[str] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)  # what was bounded (see `search.bound_expansions`)
    counted: bool = True  # False: `total` is a lower bound, the articles found (not counted)


class PassageRef(NamedTuple):
    """One passage found by a candidate lookup, with its lookup score."""
    article: str
    passage: int
    score: float


class TermStats(NamedTuple):
    """Collection statistics for scoring: passages indexed, the average body length
    in terms, and the passage frequency of each (field, term) asked for."""
    passages: int
    average_length: float
    frequencies: dict[tuple[str, str], int]


class SearchBackend(Protocol):
    def search(self, text: str, limit: int, passages_per_article: int, count: bool = True,
               expansions: int | None = None) -> RankedArticles:
        """Passages matching the query `text` (the query language of `search.parse_query`),
        grouped by article: the top `limit` articles, up to `passages_per_article` each;
        without `count`, the total is exact only where it costs nothing. `expansions`
        bounds the terms a prefix, wildcard or fuzzy term stands for (default
        `search.MAX_EXPANSIONS`)."""
        ...

    def count_articles(self, text: str, should_stop: Callable[[], bool] | None = None,
                       expansions: int | None = None) -> int | None:
        """How many articles match the query `text`; None when `should_stop` said so
        before the count was done (a newer search made it stale)."""
        ...

    def article_hits(self, text: str, article_id: str) -> tuple[list[tuple[int, float]], set[str]]:
        """(passage, score) of every passage of one article matching `text`, in passage
        order, and the matched terms."""
        ...

    def entity_mentions(self, keys: list[str], limit: int = -1, offset: int = 0) -> list[TraceRow]:
        """The mentions carrying any of `keys`, in corpus order."""
        ...

    def passage_count(self) -> int:
        ...

    def warm(self) -> None:
        """Load what the first search reads (a session's first search is not slower)."""
        ...

    def term_stats(self, terms: Iterable[tuple[str, str]]) -> TermStats:
        ...

    def candidates(self, probes: list[tuple[str, str, float]], exclude_article: str, limit: int) -> list[PassageRef]:
        """The `limit` passages with the highest sum of the weights of the probes
        (field, term, weight) they hold, the passages of `exclude_article` left out."""
        ...

    def body_frequency(self, term: str) -> int:
        """How often the (analysed) `term` occurs in all passage bodies (for collocates)."""
        ...

    def close(self) -> None:
        ...


# Searchers kept for the next thread that asks (each reader thread of the app holds one at a time).
IDLE_SEARCHERS = 4
# Document frequencies kept per searcher, at most this many (a few MB).
FREQUENCY_CACHE_LIMIT = 200_000
# A count that may be called off (`count_articles(should_stop=...)`) asks after this many matches.
_COUNT_CHUNK = 4096


# Exceptions that, raised by this package's own code (not from inside Whoosh reading a
# file), are a mistake in the code: treating them as a damaged index would rebuild it for
# nothing (and fail again after the rebuild).
_MISTAKES = (AttributeError, NameError, TypeError, AssertionError, NotImplementedError)
_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))


def _is_own_mistake(e: Exception) -> bool:
    if not isinstance(e, _MISTAKES):
        return False
    tb = e.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    return tb is not None and os.path.abspath(tb.tb_frame.f_code.co_filename).startswith(_PACKAGE_DIR + os.sep)


def _expansions_as_or(q: wq.Query) -> wq.Query:
    """`q` with each expanded term (`search.ExpandedTerm`) an OR of its terms."""
    if isinstance(q, ExpandedTerm):
        texts = [t.decode("utf-8") if isinstance(t, bytes) else t for t in q.btexts]
        if not texts:
            return wq.NullQuery
        # Scored as the expanded term is: every match the same.
        return wq.ConstantScoreQuery(wq.Or([wq.Term(q.fieldname, text) for text in texts]), q.boost)
    return q.apply(_expansions_as_or) if not q.is_leaf() else q


class WhooshBackend:
    """`SearchBackend` over a Whoosh index, its postings files and the store.
    Thread-safe for readers: each call holds a Whoosh searcher of its own (see `searcher`)."""

    def __init__(self, ix: Index, store: Store):
        self.ix = ix
        self.store = store
        # The schema, read once: `ix.schema` reads the newest table of contents each time,
        # which another process's commit may delete between its listing and its reading.
        self.schema = ix.schema
        # Searchers not in use, each with what it has cached (columns, passage numbers,
        # field lengths, document frequencies): the app runs every search in a new
        # worker thread, so searchers kept per thread were opened and warmed anew each
        # time (a third of a type-ahead search at 100k).
        self._idle: list[Searcher] = []
        self._idle_lock = threading.Lock()

    def close(self) -> None:
        with self._idle_lock:
            idle, self._idle = self._idle, []
        for searcher in idle:
            searcher.close()

    @contextmanager
    def searcher(self) -> Iterator[Searcher]:
        """A Whoosh searcher for this thread's use alone (from the idle ones, else new),
        refreshed when the index has changed, given back afterwards.

        A damaged index file fails only when a search reads it ("seek out of range",
        "Block tag error", a decoding error...): whatever Whoosh raises while this
        searcher is in use becomes one `IndexDamaged` (the facade rebuilds), except a
        mistake of this package's own code (`_is_own_mistake`), which is raised as is."""
        with self._idle_lock:
            searcher = self._idle.pop() if self._idle else None
        try:
            if searcher is None:
                searcher = self.ix.searcher()
            elif not searcher.up_to_date():
                if searcher.doc_count_all() == 0:
                    # Whoosh cannot refresh a searcher of an empty index (the first
                    # search of a reader opened before the first batch of a build).
                    searcher.close()
                    searcher = self.ix.searcher()
                else:
                    searcher = searcher.refresh()
            yield searcher
        except CorpusTuiError:
            self._give_back(searcher)
            raise
        except Exception as e:
            # A searcher that met damage is not used again.
            if _is_own_mistake(e):
                self._give_back(searcher)
                raise
            first = str(e).splitlines()[0][:80] if str(e) else ""
            raise IndexDamaged(f"the search index at {self.ix.storage.folder} is damaged "
                               f"({type(e).__name__}{': ' + first if first else ''})") from e
        else:
            self._give_back(searcher)

    def _give_back(self, searcher: Searcher | None) -> None:
        if searcher is None:
            return
        with self._idle_lock:
            if len(self._idle) < IDLE_SEARCHERS:
                self._idle.append(searcher)
                return
        searcher.close()

    def warm(self) -> None:
        """Opens a searcher and fills what every search reads first (columns, passage
        numbers, the body's field lengths, the postings files): the first search
        of a session answers as fast as the next."""
        with self.searcher() as s:
            cached_columns(s)
            self._passage_numbers(s)
            evaluate(wq.Term("body", "news"), s)

    # -- search -------------------------------------------------------------------

    def search(self, text: str, limit: int, passages_per_article: int, count: bool = True,
               expansions: int | None = None) -> RankedArticles:
        q = parse_query(text, self.schema)
        with self.searcher() as s:
            if s.doc_count_all() == 0:  # nothing indexed yet (a first build starting)
                return RankedArticles(0)
            q, notes = bound_expansions(q, s.reader(), expansions)
            # Opening a column reads its offset table segment by segment: kept with the searcher.
            articles_col, passages_col = cached_columns(s)
            # Every match scored at once over arrays (`fast_query`), the exact count with
            # it; Whoosh answers what that does not (ranges, sloppy phrases...).
            matches = evaluate(q, s)
            if matches is not None:
                # A query whose matches all score the same (a fuzzy term, a prefix while
                # typing) ranks articles by how many passages match: in corpus order
                # alone, typing "Bla" listed the first articles of the folder.
                by_count = isinstance(q, ExpandedTerm) and q.constantscore
                total, best = rank_articles(matches, self._passage_array(s), limit, passages_per_article, by_count)
                ranked = [(articles_col[group[0][1]], [(score, passages_col[d]) for score, d in group])
                          for group in best]
                return RankedArticles(total, ranked, positive_terms(q, s.reader()), notes)
            # Whoosh's own search: the top of the passage ranking, in growing windows until
            # `limit` articles have a passage; with `count`, the matching articles are
            # counted in the same pass (see `top_and_groups`), otherwise Whoosh may skip
            # blocks that cannot enter the window.
            window = max(50, 3 * limit * passages_per_article)
            first_passage_of = self._first_passage_of(s) if count else None
            firsts: set[int] | None = None
            while True:
                if first_passage_of is not None:
                    top_n, firsts = top_and_groups(s, q, window, first_passage_of)
                else:
                    top_n = s.search(q, limit=window).top_n
                grouped: dict[str, list[tuple[float, int]]] = {}
                for score, docnum in top_n:
                    group = grouped.setdefault(articles_col[docnum], [])
                    if len(group) < passages_per_article:
                        group.append((score, docnum))
                if len(grouped) >= limit or len(top_n) < window:
                    break
                window *= 4
            top = list(grouped.items())[:limit]
            short = [a for a, g in top if len(g) < passages_per_article]
            if len(top_n) >= window and short:
                # Passages of the shown articles that ranked below the window: the same
                # query required to be in those articles (Require scores by the query
                # alone, so the passages keep the scores of the full ranking).
                only = wq.Or([wq.Term("article", a) for a in short])
                for score, docnum in s.search(wq.Require(q, only), limit=None).top_n:
                    group = grouped[articles_col[docnum]]
                    if len(group) < passages_per_article and all(d != docnum for _s, d in group):
                        group.append((score, docnum))
                for _a, group in top:
                    group.sort(key=lambda sd: -sd[0])
            ranked = [(a, [(score, passages_col[d]) for score, d in g]) for a, g in top]
            # Without `count`, the total is the articles the window held unless it held
            # every match (the app asks `count_articles` after showing the results).
            complete = len(top_n) < window
            total = len(grouped)
            if count and not complete:
                assert firsts is not None
                total = len(firsts)
            terms = positive_terms(q, s.reader())
        return RankedArticles(total, ranked, terms, notes, counted=complete or count)

    def count_articles(self, text: str, should_stop: Callable[[], bool] | None = None,
                       expansions: int | None = None) -> int | None:
        q = parse_query(text, self.schema)
        with self.searcher() as s:
            if s.doc_count_all() == 0:
                return 0
            q, _notes = bound_expansions(q, s.reader(), expansions)
            matches = evaluate(q, s)
            if matches is not None:
                return rank_articles(matches, self._passage_array(s), 0, 0)[0]
            return self._count_articles(s, q, should_stop)

    def _count_articles(self, s: Searcher, q: wq.Query, should_stop: Callable[[], bool] | None = None) -> int | None:
        """How many articles have a passage matching `q`, exactly, without scoring;
        None if `should_stop` (asked every few thousand matches) said to stop.

        The passages of an article are written together and stay together through
        merges, so `docnum - passage number` (its first passage's docnum) tells
        articles apart: one array read per match instead of a column lookup."""
        passages = self._passage_numbers(s)
        matches = s.docs_for_query(q)
        if should_stop is None:
            return len({docnum - passages[docnum] for docnum in matches})
        firsts: set[int] = set()
        while True:
            chunk = list(islice(matches, _COUNT_CHUNK))
            firsts.update(docnum - passages[docnum] for docnum in chunk)
            if len(chunk) < _COUNT_CHUNK:
                return len(firsts)
            if should_stop():
                return None

    def _first_passage_of(self, s: Searcher) -> Callable[[int], int]:
        """docnum -> the docnum of its article's first passage (an article's passages are
        written together and stay together through merges)."""
        passages = self._passage_numbers(s)
        return lambda docnum: docnum - passages[docnum]

    def _passage_numbers(self, s: Searcher) -> array:
        """The passage number of every document of searcher `s` (cached with it)."""
        numbers = getattr(s, "_corpus_tui_passages", None)
        if numbers is None:
            numbers = array("q")
            for leaf, _offset in s.reader().leaf_readers():
                numbers.extend(numeric_column_array(leaf, "passage"))
            s._corpus_tui_passages = numbers
        return numbers

    def _passage_array(self, s: Searcher) -> np.ndarray:
        """`_passage_numbers` as a numpy array (the same memory)."""
        return np.frombuffer(self._passage_numbers(s), dtype=np.int64)

    def _frequency_cache(self, s: Searcher) -> dict[tuple[str, str], int]:
        """Document frequencies already read with searcher `s` (dropped with it)."""
        cached = getattr(s, "_corpus_tui_frequencies", None)
        if cached is None or len(cached) > FREQUENCY_CACHE_LIMIT:
            cached = s._corpus_tui_frequencies = {}
        return cached

    def article_hits(self, text: str, article_id: str) -> tuple[list[tuple[int, float]], set[str]]:
        q = parse_query(text, self.schema)
        with self.searcher() as s:
            q, _notes = bound_expansions(q, s.reader())
            span = _article_span(s.reader(), article_id)
            matches = evaluate(q, s, within=span) if span is not None else None
            if matches is not None:
                # The query's posting lists cut to the article's passages before scoring.
                passages = self._passage_array(s)
                found = [(int(passages[d]), float(score))
                         for d, score in zip(matches.docnums.tolist(), matches.scores.tolist(), strict=True)]
                return sorted(found), positive_terms(q, s.reader())
            # The article holds a few passages: an OR of term matchers steps to them by
            # skipping, where a constant-score expansion would read every posting of its
            # terms first (for a prefix being typed, a hundred milliseconds a key at 100k).
            restricted = wq.And([wq.Term("article", article_id), _expansions_as_or(q)])
            _articles_col, passages_col = cached_columns(s)
            found = [(passages_col[docnum], score) for score, docnum in s.search(restricted, limit=None).top_n]
            terms = positive_terms(q, s.reader())
        return sorted(found), terms

    # -- trace ----------------------------------------------------------------------

    def entity_mentions(self, keys: list[str], limit: int = -1, offset: int = 0) -> list[TraceRow]:
        # Mentions with their offsets live in the store; the passage index only knows
        # which passages hold a key.
        return self.store.mentions_of_keys(keys, limit, offset) if keys else []

    # -- related passages -------------------------------------------------------------

    def passage_count(self) -> int:
        with self.searcher() as s:
            return s.reader().doc_count()

    def term_stats(self, terms: Iterable[tuple[str, str]]) -> TermStats:
        with self.searcher() as s:
            reader = s.reader()
            # Related passages ask for hundreds of terms a call, most of them asked
            # before (the same story, the next passage): each is a lookup in every
            # segment's term table, so the answers are kept while the searcher is current.
            cache = self._frequency_cache(s)
            frequencies = {}
            missing: dict[str, list[str]] = {}
            for key in terms:
                df = cache.get(key)
                if df is None:
                    missing.setdefault(key[0], []).append(key[1])
                else:
                    frequencies[key] = df
            for field_name, texts in missing.items():
                # (all of a field's new terms at once: the segments are walked once)
                for text, df in document_frequencies(reader, field_name, texts).items():
                    frequencies[(field_name, text)] = cache[(field_name, text)] = df
            try:
                average = max(1.0, reader.field_length("body") / max(1, reader.doc_count()))
            except Exception:  # a reader without field lengths: no length normalisation
                average = 1.0
            return TermStats(max(1, reader.doc_count()), average, frequencies)

    def body_frequency(self, term: str) -> int:
        with self.searcher() as s:
            return int(s.reader().frequency("body", term))

    def candidates(self, probes: list[tuple[str, str, float]], exclude_article: str, limit: int) -> list[PassageRef]:
        with self.searcher() as s:
            top = _accumulate(s.reader(), probes, exclude_article, limit)
            articles_col, passages_col = cached_columns(s)
            return [PassageRef(articles_col[d], passages_col[d], score) for score, d in top]


def _article_span(reader, article_id: str) -> tuple[int, int] | None:
    """The docnums (first, end) of the live passages of one article: they are written
    together, so they are consecutive in one segment. None if it has none."""
    for leaf, base in reader.leaf_readers():
        found = term_postings(leaf, "article", leaf.schema["article"].to_bytes(article_id), positions=False)
        if found is None:
            continue
        docnums = found.docnums.astype(np.int64)
        deleted = deleted_docnums(leaf)
        if deleted is not None:
            docnums = docnums[~np.isin(docnums, deleted)]
        if len(docnums):
            return int(docnums[0]) + base, int(docnums[-1]) + base + 1
    return None


def _accumulate(reader, probes: list[tuple[str, str, float]], own_article: str, limit: int) -> list[tuple[float, int]]:
    """The `limit` best (sum of the weights of the probes a passage holds, docnum): an
    OR query scored by rarity, the passages of `own_article` and deleted ones left out;
    ties go to the lower docnum. The posting lists are read whole (`term_postings`) and
    summed into an array per segment."""
    best_scores: list[np.ndarray] = []
    best_docnums: list[np.ndarray] = []
    for leaf, base in reader.leaf_readers():
        scores: np.ndarray | None = None
        for field_name, term, weight in probes:
            if field_name not in leaf.schema:
                continue
            found = term_postings(leaf, field_name, leaf.schema[field_name].to_bytes(term), positions=False)
            if found is None:
                continue
            if scores is None:
                scores = np.zeros(leaf.doc_count_all(), dtype=np.float64)
            scores[found.docnums] += weight  # a term's docnums are distinct
        if scores is None:
            continue
        own = term_postings(leaf, "article", leaf.schema["article"].to_bytes(own_article), positions=False)
        if own is not None:
            scores[own.docnums] = 0.0
        deleted = deleted_docnums(leaf)
        if deleted is not None:
            scores[deleted] = 0.0
        held = np.flatnonzero(scores > 0)
        if len(held) > limit:
            # The best `limit`, and every passage tied with the last of them (the exact
            # order, ties to the lower docnum, is made over all segments below).
            cut = np.partition(scores[held], len(held) - limit)[len(held) - limit] if limit > 0 else np.inf
            held = held[scores[held] >= cut]
        best_scores.append(scores[held])
        best_docnums.append(held.astype(np.int64) + base)
    if not best_scores:
        return []
    scores_all, docnums_all = np.concatenate(best_scores), np.concatenate(best_docnums)
    order = np.lexsort((docnums_all, -scores_all))[:limit]
    return [(float(scores_all[i]), int(docnums_all[i])) for i in order]
