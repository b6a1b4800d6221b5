"""`CorpusIndex`: the engine's public face. Opens (or builds, or brings up to date)
the index of one corpus and answers search, show, entities, trace and related.

On disk, in one folder per corpus (the user's cache folder by default):
`store.sqlite` (manifest, article texts, mentions, entity clusters) and `whoosh/`
(one Whoosh document per passage).

This module only wires the parts together; each job has its own module:
`indexing` (the incremental update), `backend` (search, hits, trace and related
lookups: the seam where a distributed backend would plug in), `resolution`
(corpus-wide entity clusters), `related` (related passages), `store` (all SQL).
"""
from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Callable, Iterable, TypeVar

from . import corpus as corpus_mod
from .backend import RankedArticles, SearchBackend, WhooshBackend
from .compare import Comparison, compare_passages
from .curation import Decision, EntityRef
from .errors import (
    AmbiguousEntity,
    CorpusError,
    IndexBusy,
    IndexDamaged,
    IndexWriteError,
    UnknownArticle,
    UnknownEntity,
)
from .exploration import concordance_of, cooccurring, expand_entity_fields
from .indexing import pending_files, update_index
from .kwic import Concordance, SortOrder, context_line
from .model import (
    Article,
    ArticleHits,
    ArticleInfo,
    Cooccurrence,
    Entity,
    EntityType,
    IndexStats,
    MarkedPassage,
    Mention,
    PassageHit,
    Related,
    SearchResult,
    Trace,
    TraceMention,
)
from .related import related_passages
from .resolution import ResolvedEntity, ambiguous_candidates, lookup_tiers, pick_candidate, suggest
from .resolution.stored import entities_are_current, refresh_entities
from .search import passage_hit
from .storage import BUSY_RETRIES, SETTLE_RETRIES, IndexStorage, check_index_location, default_index_dir
from .store import Store, passage_counts
from .workspace import Workspace

Progress = Callable[[int, int], None]
Warn = Callable[[str], None]
T = TypeVar("T")

# How long an open waits for another corpus-tui's first build to commit something.
BUSY_WAIT_SECONDS = 5.0


class CorpusIndex(IndexStorage):
    """The index of one corpus. Thread-safe for readers: each thread gets its own
    SQLite connection and Whoosh searcher; one sync (writer) at a time."""

    store: Store
    backend: WhooshBackend
    read_only: bool  # an index this process may not write: it answers, never syncs

    def __init__(self, root: Path, index_dir: Path, warn: Warn):
        self.root = root
        self.index_dir = index_dir
        self.warn = warn
        self._write_lock = threading.Lock()
        self._entities_lock = threading.Lock()
        # The analyst's files (marks, curation, query history) beside the index.
        self.workspace = Workspace(index_dir)
        self.curation_problems: list[str] = []
        self._open_storage()

    # -- opening ----------------------------------------------------------------

    @classmethod
    def open(
        cls,
        corpus: str | Path | None = None,
        index_dir: str | Path | None = None,
        *,
        sync: bool = True,
        rebuild: bool = False,
        progress: Progress | None = None,
        warn: Warn | None = None,
    ) -> "CorpusIndex":
        """Open the index of `corpus` (None = the bundled seeds), creating it when
        missing; with `sync`, bring it up to date with the corpus first.

        A broken or outdated index is rebuilt with a message. A folder that cannot
        hold an index (not writable, under a file, a full disk) is an
        `IndexLocationError` or `IndexWriteError`; a read-only index that is there
        still answers. While another corpus-tui indexes the corpus, this one says so
        and answers from what that one has committed."""
        warn = warn or (lambda _m: None)
        root = corpus_mod.locate_corpus(corpus)
        folder = Path(index_dir).expanduser().resolve() if index_dir else default_index_dir(root)
        check_index_location(root, folder)
        ix = cls(root, folder, warn)
        if rebuild:
            ix._reset("rebuilding the index as asked")
        if sync:
            ix._sync_on_open(progress)
            if ix.article_count() == 0:
                raise CorpusError(f"no articles in {root} (looked for .txt, .md and .jsonl files)")
        return ix

    def _sync_on_open(self, progress: Progress | None) -> None:
        if self.read_only:
            pending, gone = self.pending_files()
            if pending or gone:
                self.warn(f"the index at {self.index_dir} is read-only and {len(pending) + len(gone)} corpus "
                          "file(s) changed since it was built: answering from the index as it is")
            return
        try:
            self.sync(progress)
        except IndexBusy as e:
            # Another process is writing: its commits are what there is to read. A
            # first build shows something within a second (its first commit).
            deadline = time.monotonic() + BUSY_WAIT_SECONDS
            while self.article_count() == 0 and time.monotonic() < deadline:
                time.sleep(0.2)
            if self.article_count() == 0:
                raise IndexBusy("another corpus-tui is building the index of this corpus and has committed "
                                "nothing yet; try again in a moment") from None
            self.warn(f"{e}: answering from what it has committed")
        except IndexWriteError as e:
            # A full disk (or a folder that turned read-only) while the index grows:
            # what was committed before still answers.
            if self.article_count() == 0:
                raise
            self.warn(f"{e}; answering from the index as it is")

    def _recovering(self, answer: Callable[[], T]) -> T:
        """`answer()`; when it finds the index damaged (a file that fails only when a
        search reads it), the index is rebuilt with a message and asked once more."""
        try:
            return answer()
        except IndexDamaged as e:
            if self.read_only:
                raise
            # Another process committing (and dropping an old generation's files) while
            # this one opened a searcher looks like damage for a moment: ask again. Its
            # last commit lets the locks go at once, so a few asks are taken even when
            # nobody seems to be writing, before the index is called damaged.
            for attempt in range(BUSY_RETRIES):
                if attempt >= SETTLE_RETRIES and not self._someone_writing():
                    break
                time.sleep(0.05)
                try:
                    return answer()
                except IndexDamaged:
                    continue
            self._reset(f"{e}; rebuilding it")
            self.sync()
            return answer()

    def _ranked(self, query: str, limit: int, passages_per_article: int, count: bool = True,
                expansions: int | None = None) -> RankedArticles:
        """The backend's ranking, its articles checked against the store (an article the
        search index holds and the store lacks is damage, not a KeyError later)."""
        ranked = self.search_backend.search(query, limit, passages_per_article, count, expansions)
        counts = passage_counts(self.store, (a for a, _ in ranked.articles))
        for article_id, group in ranked.articles:
            if article_id not in counts or any(not 0 <= p < counts[article_id] for _s, p in group):
                raise IndexDamaged(f"the index at {self.index_dir} is damaged (search found passages "
                                   "the store does not hold)")
        return ranked

    def close(self) -> None:
        self.store.close()
        self.backend.close()

    def __enter__(self) -> "CorpusIndex":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def search_backend(self) -> SearchBackend:
        """What answers search, hits, trace and related lookups (see `backend`)."""
        return self.backend

    # -- keeping it current -------------------------------------------------------

    def pending_files(self) -> tuple[list[corpus_mod.CorpusFile], list[str]]:
        """Files whose size or mtime differ from the manifest (to be read), and
        manifest entries whose file is gone. Unchanged files are not read."""
        return pending_files(self.root, self.store)

    def sync(self, progress: Progress | None = None) -> IndexStats:
        """Bring the index up to date with the corpus; returns what it did."""
        with self._write_lock:
            stats = update_index(self.backend.ix, self.store, self._extractor(), self.root, self.warn, progress)
        if stats.did_work:
            self._follow_marks()
        return stats

    # -- reading ------------------------------------------------------------------

    def article_count(self) -> int:
        return self.store.article_count()

    def articles(self, offset: int = 0, limit: int = -1) -> list[ArticleInfo]:
        """Articles in corpus order, without their text."""
        return self.store.article_infos(offset, limit)

    def article(self, article_id: str) -> Article:
        article = self.store.article(article_id)
        if article is None:
            raise UnknownArticle(f"no article {article_id!r} in {self.root}")
        return article

    def article_order(self, ids: Iterable[str]) -> dict[str, int]:
        """Article id -> its rank among `ids` in corpus order (to sort or compare them)."""
        return self.store.article_order(ids)

    def article_about(self, ids: Iterable[str]) -> dict[str, tuple[str, str]]:
        """Article id -> (date, source) ("" where unknown), for rows that show them."""
        return self.store.dates_and_sources(ids)

    def passage_text(self, article_id: str, passage: int) -> str:
        article = self.article(article_id)
        _check_passage(article, passage)
        return article.passage_text(passage)

    # -- search -------------------------------------------------------------------

    def search(self, text: str, limit: int = 10, passages_per_article: int = 3, count: bool = True,
               expansions: int | None = None, snippets: int | None = None) -> SearchResult:
        """Passages matching `text`, grouped by article: articles ranked by their best
        passage (BM25), each with up to `passages_per_article` passages, best first.
        Without `count` the total may be a lower bound (`counted` says), to be asked
        of `count_articles` after the results are shown. `expansions`: at most this
        many terms for a prefix, wildcard or fuzzy term (the most frequent; a note says).
        `snippets`: only the first this many passages of an article get their snippet
        and spans (the others' are empty), for a caller that shows the best alone."""
        query = self._expand_query(text)
        ranked = self._recovering(lambda: self._ranked(query, limit, passages_per_article, count, expansions))
        texts = self.store.articles_by_id(a for a, _ in ranked.articles)
        out: list[ArticleHits] = []
        for article_id, group in ranked.articles:
            article = texts[article_id]
            hits = [passage_hit(article, passage, score, ranked.terms if snippets is None or rank < snippets else None)
                    for rank, (score, passage) in enumerate(group)]
            out.append(ArticleHits(article_id, article.title, hits[0].score, hits))
        return SearchResult(text, ranked.total, out, list(ranked.notes), ranked.counted)

    def warm(self) -> None:
        """Fill the search caches now (the app does it at start): a first search as fast as the next."""
        self._recovering(self.search_backend.warm)

    def count_articles(self, text: str, should_stop: Callable[[], bool] | None = None,
                       expansions: int | None = None) -> int | None:
        """How many articles match `text` (what `search` counts unless told not to);
        None when `should_stop` called it off (it is asked every few thousand matches)."""
        query = self._expand_query(text)
        return self._recovering(lambda: self.search_backend.count_articles(query, should_stop, expansions))

    def article_hits(self, text: str, article_id: str) -> list[PassageHit]:
        """Every passage of one article that matches `text`, in passage order (for
        next/previous hit in the reader)."""
        query = self._expand_query(text)
        found, terms = self._recovering(lambda: self.search_backend.article_hits(query, article_id))
        article = self.article(article_id)
        return [passage_hit(article, p, score, terms) for p, score in found]

    def _expand_query(self, text: str) -> str:
        """`entity:NAME` stands for every spelling of the entity (see `exploration`)."""
        if "entity:" not in text:
            return text
        self._entities_current()
        return expand_entity_fields(text, self.find_entity, self.store.keys_of_entity)

    def kwic(self, text: str, *, width: int = 40, order: SortOrder = "corpus", limit: int = 1000) -> Concordance:
        """The concordance of `text` (any query): lines aligned on each match, with
        the words most attracted to it (collocates)."""
        return concordance_of(self.search_backend, self.store, self._expand_query(text),
                              width=width, order=order, limit=limit)

    def cooccurring(self, name: str | Entity, limit: int = 20) -> tuple[Entity, list[Cooccurrence]]:
        """The entities named in the same passages as the entity `name`, most associated first."""
        entity = name if isinstance(name, Entity) else self.find_entity(name)
        self._entities_current()
        found = cooccurring(self.store, self.search_backend.passage_count(), entity,
                            self.store.keys_of_entity(entity.id), limit, self.store.entity)
        return entity, found

    # -- entities -----------------------------------------------------------------

    def _entities_current(self) -> None:
        """Make the stored entity clusters current with the stored mentions and the
        analyst's curation decisions (see `resolution.stored`): once per change of
        either, whichever thread asks first."""
        decisions = self.workspace.decisions
        fingerprint = decisions.fingerprint() if decisions.decisions else ""
        if entities_are_current(self.store, fingerprint):
            return
        with self._entities_lock:
            if not entities_are_current(self.store, fingerprint):
                self.curation_problems = refresh_entities(self.store, decisions.decisions, fingerprint)
                for problem in self.curation_problems:
                    self.warn(f"curation: {problem}")

    def entities(self, type_: EntityType | None = None, limit: int | None = None) -> list[Entity]:
        """The entities of the corpus (of `type_`, or all), most mentioned first; the
        first `limit` only (a page is read without building the tens of thousands of
        entities of a big corpus)."""
        self._entities_current()
        return self.store.entities(type_, limit)

    def entity_count(self, type_: EntityType | None = None) -> int:
        """How many entities (of `type_`, or all) `entities` has."""
        self._entities_current()
        return self.store.entity_count(type_)

    def entity(self, entity_id: str) -> Entity:
        self._entities_current()
        entity = self.store.entity(entity_id)
        if entity is None:
            raise UnknownEntity(entity_id, [])
        return entity

    def find_entity(self, name: str) -> Entity:
        """The entity a user means by `name`: an entity id, or any alias, case-insensitively.

        Raises `AmbiguousEntity` (with the candidates, most mentioned first) when the name
        belongs to several entities, `UnknownEntity` when to none."""
        self._entities_current()
        # The tiers of resolution.find_entity, answered from the precomputed forms.
        for tier in lookup_tiers(name):
            found = [row for step, form in tier for row in self.store.entities_by_form(step, form)]
            chosen = pick_candidate(found)
            if chosen is None:
                raise AmbiguousEntity(name, [self.entity(i) for i in ambiguous_candidates(found)])
            if chosen is not False:
                return self.entity(chosen)
        entities = self.entities()
        known = [ResolvedEntity(e.id, e.name, e.type, e.aliases, [], e.mentions, e.articles) for e in entities]
        raise UnknownEntity(name, suggest(known, name))

    def mentions(self, article_id: str) -> list[Mention]:
        """The entity mentions of one article, in text order."""
        self._entities_current()
        rows = self.store.mentions_of_article(article_id)
        entity_of = self.store.entity_of_keys(r.key for r in rows)
        # A key in no entity was ignored by the analyst (curation): not a mention any more.
        return [Mention(article_id, r.passage, r.start, r.end, r.text, entity_of[r.key])
                for r in rows if r.key in entity_of]

    def article_entities(self, article_id: str) -> list[tuple[Entity, int]]:
        """The entities of one article with their mention count in it, most mentioned first."""
        counts: dict[str, int] = {}
        for m in self.mentions(article_id):
            counts[m.entity] = counts.get(m.entity, 0) + 1
        out = []
        for entity_id, n in counts.items():
            entity = self.store.entity(entity_id)
            if entity is not None:
                out.append((entity, n))
        out.sort(key=lambda en: (-en[1], en[0].name))
        return out

    def trace(self, name: str | Entity, limit: int = -1, offset: int = 0, context: int = 60) -> Trace:
        """Every mention of one entity across the corpus in corpus order, each with a
        keyword-in-context line."""
        entity = name if isinstance(name, Entity) else self.find_entity(name)
        keys = self.store.keys_of_entity(entity.id)
        rows = self.search_backend.entity_mentions(keys, limit, offset)
        # Each article's text and passage offsets, decoded once however many mentions it has.
        texts = self.store.texts_by_number(r.number for r in rows)
        out = []
        for r in rows:
            body, spans = texts[r.number]
            # Context stays inside the mention's passage: a KWIC line reads as one thought.
            p_start, p_end = spans[r.passage]
            ctx, cs, ce = context_line(body, r.start, r.end, context, p_start, p_end)
            out.append(TraceMention(r.article, r.title, r.passage, r.start, r.end, r.text, ctx, cs, ce,
                                    position=r.start / max(1, len(body))))
        return Trace(entity, out)

    # -- the analyst's work: curation and marks (kept in `workspace`) ---------------

    def curate(self, op: str, names: list[str], value: str | None = None) -> Decision:
        """Take a curation decision (merge, split, rename, ignore) about the entities
        named by `names` (any alias or id; an ambiguous name is an error), keep it, and
        make the entities show it at once."""
        entities = tuple(EntityRef(e.id, e.name) for e in (self.find_entity(n) for n in names))
        if op == "merge" and len({ref.id for ref in entities}) < 2:
            raise CorpusError("merge needs two or more different entities")
        if op == "split":
            entity = self.entity(entities[0].id)
            if value is None or value.casefold() not in {a.casefold() for a in entity.aliases}:
                raise CorpusError(f"{value!r} is not an alias of {entity.name} (aliases: {', '.join(entity.aliases)})")
        decision = Decision(op, entities, value)
        self.workspace.decisions.append(decision)
        self._entities_current()
        return decision

    def undo_curation(self) -> Decision | None:
        """Take back the last curation decision (None when there is none)."""
        decision = self.workspace.decisions.undo()
        self._entities_current()
        return decision

    def mark(self, article_id: str, passage: int, note: str | None = None) -> MarkedPassage:
        """Mark a passage (with a note, or keeping its note when `note` is None)."""
        article = self.article(article_id)
        _check_passage(article, passage)
        self.workspace.marks.add(article_id, passage, article.passage_text(passage), note)
        return next(m for m in self.marks() if (m.article, m.passage) == (article_id, passage))

    def unmark(self, article_id: str, passage: int) -> bool:
        return self.workspace.marks.remove(article_id, passage)

    def marks(self) -> list[MarkedPassage]:
        """Every mark in corpus order; orphaned ones (their text is gone) last."""
        marks = list(self.workspace.marks)
        order = self.store.article_order(m.article for m in marks)
        texts = self.store.articles_by_id(order)
        out = []
        for m in marks:
            article = texts.get(m.article)
            alive = article is not None and not m.orphaned and m.passage < len(article.passages)
            text = article.passage_text(m.passage) if alive and article is not None else m.anchor
            title = article.title if article is not None else m.article
            out.append(MarkedPassage(m.article, title, m.passage, text, m.note, not alive))
        out.sort(key=lambda mp: (mp.orphaned, order.get(mp.article, 0), mp.passage))
        return out

    def _follow_marks(self) -> None:
        """After the corpus changed: each mark follows its text (see `marks`)."""
        book = self.workspace.marks
        if not len(book):
            return
        texts = self.store.articles_by_id({m.article for m in book})

        def passages_of(article_id: str) -> list[str] | None:
            article = texts.get(article_id)
            return None if article is None else [article.passage_text(p.number) for p in article.passages]

        book.reanchor(passages_of)

    # -- related passages -----------------------------------------------------------

    def related(self, article_id: str, passage: int, limit: int = 10) -> Related:
        """Passages of other articles that most likely report the same thing."""
        article = self.article(article_id)
        _check_passage(article, passage)
        self._entities_current()
        return related_passages(self.search_backend, self.store, article, passage, limit)

    def compare(self, article_id: str, passage: int, other_article: str, other_passage: int) -> Comparison:
        """Two passages side by side: what both say and what each adds (see `compare`)."""
        a, b = self.article(article_id), self.article(other_article)
        _check_passage(a, passage)
        _check_passage(b, other_passage)
        self._entities_current()
        return compare_passages(self.search_backend, self.store, a, passage, b, other_passage)


def _check_passage(article: Article, passage: int) -> None:
    if not 0 <= passage < len(article.passages):
        raise UnknownArticle(
            f"article {article.id!r} has passages 0 to {len(article.passages) - 1}; there is no passage {passage}"
        )
