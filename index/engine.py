"""`CorpusIndex`: the engine's public face. Opens (or builds, or brings up to date)
the index of one corpus and answers search, show, entities, trace and related.

On disk, in one folder per corpus (the user's cache folder by default):
`store.sqlite` (manifest, article texts, mentions, entity clusters) and `whoosh/`
(one Whoosh document per passage).
"""
from __future__ import annotations

import hashlib
import json
import mmap
import os
import shutil
import sys
import threading
import time
from array import array
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from whoosh import index as windex
from whoosh.codec.whoosh3 import _lenfield  # the name of a field's length column
from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import StructFile
from whoosh.searching import Searcher
from whoosh.writing import SegmentWriter

from . import corpus as corpus_mod
from .errors import CorpusError, IndexLocationError, UnknownArticle, UnknownEntity
from .model import (
    Article, ArticleHits, ArticleInfo, Entity, IndexStats, Mention, PassageHit, Related,
    SearchResult, Span, Trace, TraceMention,
)
from .search import ENTITY_KEY_SEPARATOR, make_schema, mark, parse_query, positive_terms, snippet, term_spans
from .store import Store

# Bump when what is stored changes shape: an index of another version is rebuilt.
SCHEMA_VERSION = "5"

# Articles written between two commits: a first build of a big corpus becomes
# searchable batch by batch, and an interrupted build resumes where it stopped.
# The first batch is committed after half a second, so a reader opened on a new corpus
# has something to search at once; after that, batches double (COMMIT_EVERY
# articles or COMMIT_SECONDS, then twice that, ...). Each commit leaves a Whoosh
# segment, and every segment costs each search a term lookup and a matcher: equal
# batches gave 40 segments at 100k articles and searches 2-3 times slower, while
# merging them costs as much as writing them (Whoosh merges in Python). Doubling
# gives about 7 segments at 100k and no merge.
COMMIT_EVERY = 2000
COMMIT_SECONDS = 10.0
FIRST_COMMIT_SECONDS = 0.5

# Reading, splitting and entity extraction need no writer: from this many files on,
# they run in a pool of worker processes while this process feeds the single Whoosh
# writer. Below it, the pool's start-up would cost more than it saves.
PARALLEL_MIN_FILES = 200
PREPARE_BATCH = 32

Progress = Callable[[int, int], None]
Warn = Callable[[str], None]


def default_index_dir(root: Path) -> Path:
    from platformdirs import user_cache_dir

    digest = hashlib.sha1(str(root).encode("utf-8")).hexdigest()[:12]
    return Path(user_cache_dir("corpus-tui", appauthor=False)) / "indexes" / f"{root.name or 'corpus'}-{digest}"


class CorpusIndex:
    """The index of one corpus. Thread-safe for readers: each thread gets its own
    SQLite connection and Whoosh searcher; one sync (writer) at a time."""

    def __init__(self, root: Path, index_dir: Path, warn: Warn):
        self.root = root
        self.index_dir = index_dir
        self.warn = warn
        self._local = threading.local()
        self._write_lock = threading.Lock()
        self._entities_lock = threading.Lock()
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
        missing; with `sync`, bring it up to date with the corpus first."""
        warn = warn or (lambda _m: None)
        root = corpus_mod.resolve_corpus(corpus)
        folder = Path(index_dir).expanduser().resolve() if index_dir else default_index_dir(root)
        _check_index_location(root, folder)
        ix = cls(root, folder, warn)
        if rebuild:
            ix._reset("rebuilding the index as asked")
        if sync:
            ix.sync(progress)
            if ix.article_count() == 0:
                raise CorpusError(f"no articles in {root} (looked for .txt, .md and .jsonl files)")
        return ix

    def _open_storage(self) -> None:
        self.index_dir.mkdir(parents=True, exist_ok=True)
        whoosh_dir = self.index_dir / "whoosh"
        try:
            self.store = Store(self.index_dir / "store.sqlite")
            version = self.store.get_meta("schema_version")
            extractor = self.store.get_meta("extractor")
            if version is not None and (version != SCHEMA_VERSION or extractor != self._extractor().name):
                self.store.close()
                self._wipe("the index was written by another version of corpus-tui; rebuilding it")
                return
            if whoosh_dir.exists() and windex.exists_in(whoosh_dir):
                self.ix = _MappedFileStorage(str(whoosh_dir)).open_index()
                self.ix.doc_count()  # reads the table of contents: fails on a broken index
                if version is None:
                    raise ValueError("store has no version")
            else:
                whoosh_dir.mkdir(exist_ok=True)
                self.ix = _MappedFileStorage(str(whoosh_dir)).create_index(make_schema())
                self._forget_manifest()
            self.store.set_meta("schema_version", SCHEMA_VERSION)
            self.store.set_meta("extractor", self._extractor().name)
            self.store.set_meta("corpus", str(self.root))
        except Exception as e:  # a broken index, whatever broke, is rebuilt
            self._wipe(f"the index at {self.index_dir} is broken ({type(e).__name__}); rebuilding it")

    def _forget_manifest(self) -> None:
        # A fresh Whoosh index with an old store would be out of step: start both over.
        self.store.db.executescript("DELETE FROM files; DELETE FROM articles; DELETE FROM mentions;")

    def _wipe(self, message: str) -> None:
        """Remove what this index owns (only our own files: `--index` may name a
        folder that holds other things too) and create it anew."""
        self.warn(message)
        store = getattr(self, "store", None)
        if store is not None:
            store.close()
        self._local = threading.local()
        for name in ("store.sqlite", "store.sqlite-wal", "store.sqlite-shm"):
            (self.index_dir / name).unlink(missing_ok=True)
        shutil.rmtree(self.index_dir / "whoosh", ignore_errors=True)
        self._open_storage()

    def _reset(self, message: str) -> None:
        with self._write_lock:
            self._wipe(message)

    def close(self) -> None:
        self.store.close()
        searcher = getattr(self._local, "searcher", None)
        if searcher is not None:
            searcher.close()
            self._local.searcher = None

    def __enter__(self) -> "CorpusIndex":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @staticmethod
    def _extractor():
        from .entities import default_extractor

        return default_extractor()

    # -- keeping it current -------------------------------------------------------

    def pending_files(self) -> tuple[list[corpus_mod.CorpusFile], list[str]]:
        """Files whose size or mtime differ from the manifest (to be read), and
        manifest entries whose file is gone. Unchanged files are not read."""
        manifest = self.store.manifest()
        candidates = []
        for rel, full, size, mtime_ns in corpus_mod.scan_stats(self.root):
            known = manifest.pop(rel, None)
            if known is None or known[0] != size or known[1] != mtime_ns:
                candidates.append(corpus_mod.CorpusFile(Path(full), rel, size, mtime_ns))
        return candidates, sorted(manifest)

    def sync(self, progress: Progress | None = None) -> IndexStats:
        """Bring the index up to date with the corpus; returns what it did."""
        with self._write_lock:
            return self._sync(progress)

    def _sync(self, progress: Progress | None) -> IndexStats:
        stats = IndexStats()
        candidates, gone = self.pending_files()
        manifest = self.store.manifest()
        if not candidates and not gone:
            stats.unchanged = len(manifest)
            return stats
        extractor = self._extractor()
        writer = _Writer(self)
        try:
            for rel in gone:
                writer.delete_file(rel)
                stats.deleted += len(self.store.article_ids_of(rel)) or 1
                self.store.forget_file(rel)
            done = changed_files = 0
            for prepared in _prepare_all(candidates, manifest, extractor):
                done += 1
                cf = prepared.cf
                for message in prepared.warnings:
                    self.warn(message)
                if prepared.error is not None:
                    self.warn(prepared.error)
                    stats.skipped += 1
                    continue
                digest = prepared.digest
                known = manifest.get(cf.rel)
                if prepared.unchanged:
                    # Touched but not changed: remember the new mtime, index nothing.
                    self.store.record_file(cf.rel, cf.size, cf.mtime_ns, digest)
                    continue
                articles = prepared.articles
                if prepared.undecodable:
                    stats.skipped += 1
                if known is not None:
                    writer.delete_file(cf.rel)
                    self.store.delete_articles_of(cf.rel)
                    stats.changed += len(articles)
                    changed_files += 1
                else:
                    stats.added += len(articles)
                for ord_, (article, mentions) in enumerate(zip(articles, prepared.mentions)):
                    writer.add(article, cf.rel, ord_, mentions, prepared.postings[ord_] if prepared.postings else None)
                    stats.indexed_articles.append(article.id)
                self.store.record_file(cf.rel, cf.size, cf.mtime_ns, digest)
                writer.maybe_commit()
                if progress:
                    progress(done, len(candidates))
            writer.commit()
        except BaseException:
            writer.cancel()
            raise
        # Files, not articles: a .jsonl file holds many.
        stats.unchanged = len(manifest) - changed_files - len(gone)
        if stats.did_work:
            self.store.set_meta("generation", str(time.time_ns()))
        return stats

    # -- reading ------------------------------------------------------------------

    @contextmanager
    def searcher(self) -> Iterator[Searcher]:
        """This thread's Whoosh searcher, refreshed when the index has changed."""
        searcher = getattr(self._local, "searcher", None)
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
        self._local.searcher = searcher
        yield searcher

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

    def passage_text(self, article_id: str, passage: int) -> str:
        article = self.article(article_id)
        _check_passage(article, passage)
        return article.passage_text(passage)

    # -- search -------------------------------------------------------------------

    def search(self, text: str, limit: int = 10, passages_per_article: int = 3) -> SearchResult:
        """Passages matching `text`, grouped by article: articles ranked by their best
        passage (BM25), each with up to `passages_per_article` passages, best first."""
        from whoosh import query as wq

        q = parse_query(text, self.ix.schema)
        with self.searcher() as s:
            if s.doc_count_all() == 0:  # nothing indexed yet (a first build starting)
                return SearchResult(text, 0, [])
            articles_col = s.reader().column_reader("article")
            passages_col = s.reader().column_reader("passage")
            # Only the top of the passage ranking is scored (Whoosh skips blocks that
            # cannot enter it), in growing windows until `limit` articles have a
            # passage: scoring every match of a frequent word is what made search slow.
            window = max(50, 3 * limit * passages_per_article)
            while True:
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
            top = [(a, [(score, passages_col[d]) for score, d in g]) for a, g in top]
            total = self._count_articles(s, q) if len(top_n) >= window else len(grouped)
            terms = positive_terms(q, s.reader())
        texts = self.store.articles_by_id(a for a, _ in top)
        out: list[ArticleHits] = []
        for article_id, group in top:
            article = texts[article_id]
            hits = [self._passage_hit(article, passage, score, terms) for score, passage in group]
            out.append(ArticleHits(article_id, article.title, hits[0].score, hits))
        return SearchResult(text, total, out)

    def _count_articles(self, s: Searcher, q) -> int:
        """How many articles have a passage matching `q`, exactly, without scoring.

        The passages of an article are written together and stay together through
        merges, so `docnum - passage number` (its first passage's docnum) tells
        articles apart: one array read per match instead of a column lookup."""
        passages = self._passage_numbers(s)
        return len({docnum - passages[docnum] for docnum in s.docs_for_query(q)})

    def _passage_numbers(self, s: Searcher) -> array:
        """The passage number of every document of searcher `s` (cached with it)."""
        cached = getattr(self._local, "passage_numbers", None)
        if cached is not None and cached[0] is s:
            return cached[1]
        numbers = array("q")
        for leaf, _offset in s.reader().leaf_readers():
            numbers.extend(_column_array(leaf.column_reader("passage", translate=False), leaf.doc_count_all()))
        self._local.passage_numbers = (s, numbers)
        return numbers

    def article_hits(self, text: str, article_id: str) -> list[PassageHit]:
        """Every passage of one article that matches `text`, in passage order (for
        next/previous hit in the reader)."""
        from whoosh import query as wq

        q = parse_query(text, self.ix.schema)
        article = self.article(article_id)
        with self.searcher() as s:
            restricted = wq.And([q, wq.Term("article", article_id)])
            passages_col = s.reader().column_reader("passage")
            found = [(passages_col[docnum], score) for score, docnum in s.search(restricted, limit=None).top_n]
            terms = positive_terms(q, s.reader())
        return [self._passage_hit(article, p, score, terms) for p, score in sorted(found)]

    def _passage_hit(self, article: Article, passage: int, score: float, terms: set[str]) -> PassageHit:
        p = article.passages[passage]
        body = article.text[p.start:p.end]
        local = term_spans(body, terms)
        snip, snip_spans = snippet(body, local)
        spans = [Span(s.start + p.start, s.end + p.start) for s in local]
        return PassageHit(article.id, article.title, passage, round(float(score), 4), snip, snip_spans, spans)

    # -- entities -----------------------------------------------------------------

    def _resolved(self) -> None:
        """Make the stored entity clusters current with the stored mentions (they are
        resolved corpus-wide, so after any change they are resolved again, from the
        per-key aggregates only: no article is re-read)."""
        generation = self.store.get_meta("generation", "0")
        if self.store.get_meta("entities_generation") == generation:
            return
        with self._entities_lock:
            if self.store.get_meta("entities_generation") == generation:
                return
            from .entities import KeyStat, lookup_forms, resolve

            stats: dict[str, KeyStat] = {}
            for key, type_, form, mentions in self.store.key_stats():
                st = stats.get(key)
                if st is None:
                    st = stats[key] = KeyStat(key=key, type_counts={}, forms={}, mentions=0, articles=0)
                st.type_counts[type_] = st.type_counts.get(type_, 0) + mentions
                st.forms[form] = st.forms.get(form, 0) + mentions
                st.mentions += mentions
            for key, articles in self.store.key_article_counts().items():
                stats[key].articles = articles
            resolved = resolve(stats.values())
            rows, key_rows, lookup_rows = [], [], []
            for ent in resolved:
                lookup_rows.extend((form, step, ent.id) for step, form in lookup_forms(ent))
                mentions = sum(stats[k].mentions for k in ent.keys if k in stats)
                # A one-key entity's article count is its key's; see below for merged ones.
                articles = stats[ent.keys[0]].articles if len(ent.keys) == 1 and ent.keys[0] in stats else 0
                rows.append((ent.id, ent.name, ent.type, json.dumps(ent.aliases, ensure_ascii=False), articles, mentions))
                key_rows.extend((k, ent.id) for k in ent.keys)
            self.store.replace_entities(rows, key_rows, lookup_rows)
            # Article counts of a merged entity: articles may share keys, so count
            # distinct articles through the store rather than adding up.
            counts = self.store.db.execute(
                "SELECT k.entity, count(DISTINCT m.article) FROM entity_keys k JOIN mentions m ON m.key = k.key "
                "WHERE k.entity IN (SELECT entity FROM entity_keys GROUP BY entity HAVING count(*) > 1) GROUP BY k.entity"
            ).fetchall()
            self.store.db.executemany("UPDATE entities SET articles=? WHERE id=?", [(c, e) for e, c in counts])
            self.store.set_meta("entities_generation", generation)

    def entities(self) -> list[Entity]:
        """Every entity of the corpus, most mentioned first."""
        self._resolved()
        return [_entity(row) for row in self.store.entity_rows()]

    def entity(self, entity_id: str) -> Entity:
        self._resolved()
        row = self.store.entity_row(entity_id)
        if row is None:
            raise UnknownEntity(entity_id, [])
        return _entity(row)

    def find_entity(self, name: str) -> Entity:
        """The entity a user means by `name`: any alias, case-insensitively."""
        from .entities import ResolvedEntity, lookup_queries, pick_candidate, suggest

        self._resolved()
        # The steps of entities.lookup, answered from the precomputed forms.
        for step, form in lookup_queries(name):
            chosen = pick_candidate(self.store.entities_by_form(step, form))
            if chosen is None:
                break
            if chosen is not False:
                return self.entity(chosen)
        entities = self.entities()
        resolved = [ResolvedEntity(e.id, e.name, e.type, e.aliases, [], e.mentions, e.articles) for e in entities]
        raise UnknownEntity(name, suggest(resolved, name))

    def mentions(self, article_id: str) -> list[Mention]:
        """The entity mentions of one article, in text order."""
        self._resolved()
        rows = self.store.mentions_of_article(article_id)
        entity_of = self.store.entity_of_keys(r[5] for r in rows)
        return [
            Mention(article_id, passage, start, end, text, entity_of.get(key, key))
            for passage, start, end, text, _type, key in rows
        ]

    def article_entities(self, article_id: str) -> list[tuple[Entity, int]]:
        """The entities of one article with their mention count in it, most mentioned first."""
        counts: dict[str, int] = {}
        for m in self.mentions(article_id):
            counts[m.entity] = counts.get(m.entity, 0) + 1
        out = []
        for entity_id, n in counts.items():
            row = self.store.entity_row(entity_id)
            if row is not None:
                out.append((_entity(row), n))
        out.sort(key=lambda en: (-en[1], en[0].name))
        return out

    def trace(self, name: str | Entity, limit: int = -1, offset: int = 0, context: int = 60) -> Trace:
        """Every mention of one entity across the corpus in corpus order, each with a
        keyword-in-context line."""
        entity = name if isinstance(name, Entity) else self.find_entity(name)
        keys = self.store.keys_of_entity(entity.id)
        rows = self.store.mentions_of_keys(keys, limit, offset) if keys else []
        # Each article's text and passage offsets, decoded once however many mentions it has.
        texts = {n: (body, json.loads(spans)) for n, (body, spans) in self.store.texts_by_number(r[6] for r in rows).items()}
        out = []
        for article_id, title, passage, start, end, text, n in rows:
            body, spans = texts[n]
            # Context stays inside the mention's passage: a KWIC line reads as one thought.
            p_start, p_end = spans[passage]
            ctx, cs, ce = _kwic(body, start, end, context, p_start, p_end)
            out.append(TraceMention(article_id, title, passage, start, end, text, ctx, cs, ce,
                                    position=start / max(1, len(body))))
        return Trace(entity, out)

    # -- related passages -----------------------------------------------------------

    def related(self, article_id: str, passage: int, limit: int = 10) -> Related:
        """Passages of other articles that most likely report the same thing."""
        from .related import related_passages

        article = self.article(article_id)
        _check_passage(article, passage)
        return related_passages(self, article, passage, limit)


class _Writer:
    """A Whoosh writer with the store's transaction beside it, committed together
    in growing batches (see `COMMIT_EVERY`)."""

    def __init__(self, index: CorpusIndex):
        self.index = index
        self.writer = None
        self.pending = 0
        self.commits = 0
        self.since = time.monotonic()
        self._begin()

    def _begin(self) -> None:
        # The pool spills sorted runs to disk past `limitmb`: the app runs the build
        # in its own process, so memory stays bounded whatever the batch size.
        # Segments stay separate files (not compound): Whoosh opens a compound
        # segment by copying its postings and terms into memory, which made a
        # searcher on 100k articles cost 600 MB.
        self.writer = _SegmentWriter(self.index.ix, limitmb=128, timeout=120.0, compound=False)
        self.index.store.db.execute("BEGIN")
        self.pending = 0
        self.since = time.monotonic()

    def delete_file(self, rel: str) -> None:
        self.writer.delete_by_term("file", rel)

    def add(self, article: Article, rel: str, ord_: int, mentions, postings: list | None = None) -> None:
        """Store one article and index its passages; `postings` (per passage: the
        analysed fields, from a worker process) spares this process the analysis."""
        by_passage: dict[int, list[str]] = {}
        rows = []
        for m in mentions:
            passage = article.passage_at(m.start)
            rows.append((passage, m.start, m.end, m.text, m.type, m.key))
            keys = by_passage.setdefault(passage, [])
            if m.key not in keys:
                keys.append(m.key)
        self.index.store.add_article(article, rel, ord_, rows)
        for p in article.passages:
            # The title goes with passage 0 only (the title line): `title:` still finds
            # the article, and the other passages skip a fifth of all postings.
            self.writer.add_document(
                article=article.id, file=rel, passage=p.number, title=article.title if p.number == 0 else None,
                body=article.text[p.start:p.end],
                entities=ENTITY_KEY_SEPARATOR.join(by_passage.get(p.number, ())),
                _postings=postings[p.number] if postings else None,
            )
        self.pending += 1

    def maybe_commit(self) -> None:
        growth = 2 ** max(0, self.commits - 1)
        interval = COMMIT_SECONDS * growth if self.commits else FIRST_COMMIT_SECONDS
        if self.pending >= COMMIT_EVERY * growth or (self.pending and time.monotonic() - self.since > interval):
            self.commit()
            self._begin()

    def commit(self) -> None:
        self.writer.commit()
        self.index.store.db.execute("COMMIT")
        self.writer = None
        self.commits += 1

    def cancel(self) -> None:
        if self.writer is not None:
            self.writer.cancel()
            self.writer = None
            self.index.store.db.execute("ROLLBACK")


class _MappedFileStorage(FileStorage):
    """Whoosh's file storage, with index files read through a read-only memory map:
    as fast as Whoosh's in-memory copy of a compound segment, but the pages are the
    OS's file cache (shared, dropped under pressure), not this process's memory."""

    def open_file(self, name, **kwargs):
        with open(self._fpath(name), "rb") as f:
            if os.fstat(f.fileno()).st_size == 0 or sys.platform == "win32":
                # Nothing to map; and Windows cannot delete a mapped file (merges do).
                return super().open_file(name, **kwargs)
            mapped = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        return StructFile(mapped, name=name, **kwargs)


class _SegmentWriter(SegmentWriter):
    """Whoosh's writer, with field lengths read once per segment instead of once per
    posting: when it writes a segment's postings, Whoosh looks up the document's field
    length for every posting through the on-disk column (a file read each, plus a
    stat for fields without lengths); that was a third of the time of a first build."""

    def add_document(self, **fields):
        """Whoosh's add_document, taking fields already analysed (`_postings`:
        {field name: [(term bytes, frequency, weight, encoded positions)]}, what
        `field.index(value)` returns) so that the analysis can run in another process."""
        postings = fields.pop("_postings", None)
        if not postings:
            return super().add_document(**fields)
        self._check_state()
        perdocwriter = self.perdocwriter
        schema = self.schema
        docnum = self.docnum
        add_post = self.pool.add
        fieldnames = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(schema, fieldnames)
        perdocwriter.start_doc(docnum)
        try:
            for fieldname in fieldnames:
                value = fields[fieldname]
                if value is None:
                    continue
                field = schema[fieldname]
                length = 0
                if field.indexed:
                    items = postings[fieldname] if fieldname in postings else field.index(value)
                    scorable = field.scorable
                    for tbytes, freq, weight, vbytes in items:
                        if scorable:
                            length += freq
                        add_post((fieldname, tbytes, docnum, weight, vbytes))
                perdocwriter.add_field(fieldname, field, value if field.stored else None, length)
                column = field.column_type
                if column:
                    perdocwriter.add_column_value(fieldname, column, field.to_column_value(value))
        except Exception:
            perdocwriter.cancel_doc()
            raise
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1

    def _flush_segment(self):
        self.perdocwriter.close()
        lengths = _FieldLengths(self.per_document_reader()) if self.codec.length_stats else None
        postings = self.pool.iter_postings()
        self.fieldwriter.add_postings(self.schema, lengths, postings)
        self.fieldwriter.close()
        if lengths:
            lengths.close()


class _FieldLengths:
    """The `doc_field_length` of a per-document reader, each field's column loaded
    into a list on first use."""

    def __init__(self, reader):
        self.reader = reader
        self.columns: dict[str, list | None] = {}

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0):
        column = self.columns.get(fieldname, False)
        if column is False:
            column = self.columns[fieldname] = self._load(fieldname)
        return default if column is None else column[docnum]

    def _load(self, fieldname: str) -> list | None:
        reader = self.reader
        if not reader.has_column(_lenfield(fieldname)):
            return None
        # Exactly what the reader's own doc_field_length computes, for every doc at once.
        return [reader.doc_field_length(docnum, fieldname) for docnum in range(reader.doc_count_all())]

    def close(self) -> None:
        self.reader.close()


@dataclass(slots=True)
class _Prepared:
    """One corpus file read, split into articles, and run through the entity
    extractor: the part of indexing that needs no writer."""
    cf: corpus_mod.CorpusFile
    digest: str | None = None
    error: str | None = None
    unchanged: bool = False
    undecodable: bool = False
    articles: list = field(default_factory=list)
    mentions: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    postings: list | None = None  # per article, per passage: {field: analysed terms}


def _prepare_file(cf: corpus_mod.CorpusFile, known_digest: str | None, extractor) -> _Prepared:
    out = _Prepared(cf)
    try:
        data = cf.path.read_bytes()
    except OSError as e:
        out.error = f"skipped {cf.rel}: {e.strerror or e}"
        return out
    out.digest = corpus_mod.file_hash(data)
    if out.digest == known_digest:
        out.unchanged = True
        return out
    out.articles = corpus_mod.read_articles(cf, data, out.warnings.append)
    out.undecodable = not out.articles and corpus_mod.decode(data) is None
    out.mentions = [extractor.extract(article.text) for article in out.articles]
    return out


_worker_extractor = None


_worker_schema = None


def _worker_init(parent: int) -> None:
    """A pool worker leaves when the process that feeds it is gone (killed, or left
    with os._exit): otherwise it would wait for work forever."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _prepare_batch(batch: list[tuple[corpus_mod.CorpusFile, str | None]]) -> list[_Prepared]:
    """In a worker process: prepare a batch of files with this process's extractor,
    and analyse the text fields too (the writer then only files the postings)."""
    global _worker_extractor, _worker_schema
    if _worker_extractor is None:
        _worker_extractor = CorpusIndex._extractor()
        _worker_schema = make_schema()
    body, title = _worker_schema["body"], _worker_schema["title"]
    out = [_prepare_file(cf, known, _worker_extractor) for cf, known in batch]
    for prepared in out:
        prepared.postings = [
            [{"body": list(body.index(a.text[p.start:p.end])), **({"title": list(title.index(a.title))} if p.number == 0 else {})}
             for p in a.passages]
            for a in prepared.articles
        ]
    return out


def _pool_workers(files: int) -> int:
    """Worker processes for preparing `files` files (0: do it in this process).

    Only where `fork` is the natural start method (Linux): a spawned worker would
    re-import the caller's main module, which a script without a main guard would
    run again. One CPU is left to the writer, which is the slower half."""
    if files < PARALLEL_MIN_FILES or sys.platform != "linux":
        return 0
    import multiprocessing

    if multiprocessing.parent_process() is not None:
        return 0
    cpus = len(os.sched_getaffinity(0))
    return min(cpus - 1, 4) if cpus > 1 else 0


def _prepare_all(candidates: list[corpus_mod.CorpusFile], manifest: dict, extractor) -> Iterator[_Prepared]:
    """The candidates prepared, in corpus order: in this process for a few files, in a
    pool for many, with a bounded number of batches in flight (memory stays flat)."""
    jobs = [(cf, manifest[cf.rel][2] if cf.rel in manifest else None) for cf in candidates]
    workers = _pool_workers(len(jobs))
    if not workers:
        for cf, known in jobs:
            yield _prepare_file(cf, known, extractor)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    batches = iter([jobs[i:i + PREPARE_BATCH] for i in range(0, len(jobs), PREPARE_BATCH)])
    import gc

    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                               initializer=_worker_init, initargs=(os.getpid(),))
    try:
        # The workers are forked at the first submits. Frozen objects are never
        # collected in a child, so nothing of this process (an open file's buffer,
        # the store's connection) is flushed or closed from a worker.
        gc.freeze()
        try:
            in_flight = deque(pool.submit(_prepare_batch, b) for _, b in zip(range(2 * workers + 2), batches))
        finally:
            gc.unfreeze()
        while in_flight:
            results = in_flight.popleft().result()
            following = next(batches, None)
            if following is not None:
                in_flight.append(pool.submit(_prepare_batch, following))
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _column_array(column, count: int) -> array:
    """The values of a numeric Whoosh column as an array, read in one go (its raw
    big-endian bytes) where the reader exposes them, else value by value."""
    try:
        raw = column._dbfile.get(column._basepos, column._count * column._fixedlen)
        values = array(column._typecode, raw)
        if sys.byteorder == "little":
            values.byteswap()
        values = array("q", values)
        values.extend([column._default] * (count - len(values)))
        return values
    except AttributeError:
        return array("q", (column[i] for i in range(count)))


def _check_index_location(root: Path, folder: Path) -> None:
    # A one-file corpus (.jsonl) is only that file: the folder around it is the user's.
    if root.is_dir() and (folder == root or root in folder.parents):
        raise IndexLocationError(f"the index folder {folder} is inside the corpus {root}; choose another --index")
    if folder.exists() and not folder.is_dir():
        raise IndexLocationError(f"the index folder {folder} is a file")


def _check_passage(article: Article, passage: int) -> None:
    if not 0 <= passage < len(article.passages):
        raise UnknownArticle(
            f"article {article.id!r} has passages 0 to {len(article.passages) - 1}; there is no passage {passage}"
        )


def _entity(row) -> Entity:
    entity_id, name, type_, aliases, articles, mentions = row
    return Entity(entity_id, name, type_, json.loads(aliases), articles, mentions)


def _kwic(text: str, start: int, end: int, width: int, lo: int, hi: int) -> tuple[str, int, int]:
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
