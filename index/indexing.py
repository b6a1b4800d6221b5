"""The indexing pipeline: the incremental update of the index from the corpus.

`update_index` compares the corpus with the store's manifest (path, size, mtime,
hash), reads only what changed, splits it into articles, runs the entity extractor,
and writes passages to Whoosh and articles and mentions to the store, committed
together in batches. It is handed the Whoosh index, the store and the extractor;
reading, splitting, extraction and the analysis of every indexed field run in a pool
of worker processes for big changes, while this process feeds the single writer.

Entity clusters are not made here: they are corpus-wide, resolved afterwards from the
store's per-key aggregates (`resolution.stored`), so adding an article never forces
a rebuild.
"""
from __future__ import annotations

import errno
import gc
import json
import os
import sqlite3
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

from whoosh.index import Index, LockError

from . import corpus as corpus_mod
from .entity_tables import SIGNATURES_META, MentionRow
from .errors import IndexBusy, IndexWriteError
from .extraction import ExtractedMention, Extractor, default_extractor
from .model import Article, IndexStats
from .search import ENTITY_KEY_SEPARATOR, make_schema
from .store import ManifestEntry, Store, passage_total, store_counts
from .whoosh_adapter import (
    SYNC_LOCK,
    FastSegmentWriter,
    index_files,
    merge_leftovers,
    merge_small_segments,
    wait_for_lock,
)

# Articles written between two commits: a first build of a big corpus becomes
# searchable batch by batch, and an interrupted build resumes where it stopped.
# The first batch is committed after half a second, so a reader opened on a new corpus
# has something to search at once; after that, every COMMIT_EVERY articles or
# COMMIT_SECONDS, whichever comes first, so that what was read a few seconds ago is
# searchable. Batches used to double (fewer segments, when every segment cost each
# search a Whoosh matcher): the big ones spilled Whoosh's posting pool to disk, and a
# 20k build ran at 328 articles/s against 426 with equal batches. Searches over posting
# arrays (`fast_query`) cost little per segment (20k: 11 segments, p95 13.8 ms against
# 11.3 with 5), and Whoosh's own merges cost as much as the writing: a first build
# merges nothing (see `merge_small_segments`). A commit of 2,000 articles takes the
# writer about 2 s, so an article waits at most COMMIT_SECONDS plus that before it is
# searchable (batches fill in seconds only while the pool is starting).
COMMIT_EVERY = 2000
COMMIT_SECONDS = 2.0
FIRST_COMMIT_SECONDS = 0.5
# A sync of this many batches or more merges its small segments in its last commit.
LEFTOVER_COMMITS = 3

# Reading, splitting and entity extraction need no writer: from this many files on,
# they run in a pool of worker processes while this process feeds the single Whoosh
# writer. Below it, the pool's start-up would cost more than it saves.
PARALLEL_MIN_FILES = 200
PREPARE_BATCH = 32
# Batches handed to the pool ahead of the writer. A commit keeps the writer busy for
# a few seconds (~1,700 articles' worth at 20k); with only a few batches ahead the
# workers finished them early in each commit and then sat idle, and the writer waited
# for them after it (a third of a 20k build). This many covers a commit; prepared
# articles are held in this process until written (~30 MB at the bound).
PREPARE_AHEAD = 64

# How long a sync waits for the writer lock that another corpus-tui holds (it is
# indexing this corpus) before it says so and answers from what is committed.
LOCK_WAIT_SECONDS = 1.0

# What the last commit recorded, for the consistency check on open (`check_counts`).
META_COUNTS = "counts"

Progress = Callable[[int, int], None]
Warn = Callable[[str], None]


def pending_files(root: Path, store: Store, warn: Warn | None = None,
                  manifest: dict[str, ManifestEntry] | None = None) -> tuple[list[corpus_mod.CorpusFile], list[str]]:
    """Files whose size or mtime differ from the manifest (to be read), and
    manifest entries whose file is gone. Unchanged files are not read. Files the
    scan passes over (not regular files, names that are not UTF-8) go to `warn`.
    `manifest`: the store's, when the caller has read it (100k rows take 0.35 s)."""
    manifest = store.manifest() if manifest is None else dict(manifest)
    candidates = []
    for rel, full, size, mtime_ns in corpus_mod.scan_stats(root, warn):
        known = manifest.pop(rel, None)
        if known is None or known.size != size or known.mtime_ns != mtime_ns:
            candidates.append(corpus_mod.CorpusFile(Path(full), rel, size, mtime_ns))
    return candidates, sorted(manifest)


def update_index(ix: Index, store: Store, extractor: Extractor, root: Path, warn: Warn,
                 progress: Progress | None = None) -> IndexStats:
    """Bring the Whoosh index and the store up to date with the corpus at `root`;
    returns what it did. The caller holds the one writer lock."""
    stats = IndexStats()
    manifest = store.manifest()
    candidates, gone = pending_files(root, store, warn, manifest)
    if not candidates and not gone:
        stats.unchanged = len(manifest)
        return stats
    try:
        writer = BatchWriter(ix, store)
    except LockError:
        raise IndexBusy(_busy(ix, "is indexing")) from None
    except (OSError, sqlite3.OperationalError) as e:
        raise _write_error(store, e) from None
    try:
        for rel in gone:
            writer.delete_file(rel)
            stats.deleted += len(store.article_ids_of(rel)) or 1
            store.forget_file(rel)
        done = changed_files = 0
        for prepared in _prepare_all(candidates, manifest, extractor):
            done += 1
            cf = prepared.cf
            for message in prepared.warnings:
                warn(message)
            if prepared.error is not None or prepared.digest is None:
                warn(prepared.error or f"skipped {cf.rel}")
                stats.skipped += 1
                continue
            if prepared.unchanged:
                # Touched but not changed: remember the new mtime, index nothing.
                store.record_file(cf.rel, cf.size, cf.mtime_ns, prepared.digest)
                continue
            articles = prepared.articles
            if prepared.undecodable:
                stats.skipped += 1
            if cf.rel in manifest:
                writer.delete_file(cf.rel)
                store.delete_articles_of(cf.rel)
                stats.changed += len(articles)
                changed_files += 1
            else:
                stats.added += len(articles)
            for ord_, (article, mentions) in enumerate(zip(articles, prepared.mentions, strict=True)):
                writer.add(article, cf.rel, ord_, mentions, prepared.postings[ord_] if prepared.postings else None)
                stats.indexed_articles.append(article.id)
            store.record_file(cf.rel, cf.size, cf.mtime_ns, prepared.digest)
            writer.maybe_commit()
            if progress:
                progress(done, len(candidates))
        writer.commit(last=True)
    except LockError:
        writer.cancel()
        raise IndexBusy(_busy(ix, "took over indexing")) from None
    except (OSError, sqlite3.OperationalError) as e:
        writer.cancel()
        if not _is_write_error(e):
            raise
        raise _write_error(store, e) from None
    except BaseException:
        writer.cancel()
        raise
    finally:
        writer.release()
    # Files, not articles: a .jsonl file holds many.
    stats.unchanged = len(manifest) - changed_files - len(gone)
    if stats.did_work:
        store.set_meta("generation", str(time.time_ns()))
    return stats


def _busy(ix: Index, doing: str) -> str:
    return f"another corpus-tui {doing} this corpus (it holds the writer lock of {ix.storage.folder})"


def _is_write_error(e: BaseException) -> bool:
    """A failure to write that rebuilding cannot fix: a full disk, no permission, a
    read-only file system (OSError), or SQLite saying the same."""
    if isinstance(e, sqlite3.OperationalError):
        text = str(e).lower()
        return any(s in text for s in ("disk is full", "readonly", "read-only", "unable to open", "disk i/o"))
    return isinstance(e, OSError) and e.errno in (errno.ENOSPC, errno.EDQUOT, errno.EACCES, errno.EPERM,
                                                   errno.EROFS, errno.EFBIG, errno.EIO)


def _write_error(store: Store, e: BaseException) -> IndexWriteError:
    folder = store.path.parent
    if isinstance(e, OSError) and e.errno in (errno.ENOSPC, errno.EDQUOT) or "full" in str(e).lower():
        why = "no space left on the device"
    elif isinstance(e, OSError):
        why = e.strerror or str(e)
    else:
        why = str(e)
    try:
        count = store.article_count()
        kept = f"it keeps the {count} article(s) committed before" if count else "nothing was committed"
    except sqlite3.Error:
        kept = "it keeps what was committed before"
    return IndexWriteError(f"cannot write the index at {folder} ({why}); {kept}: free space or choose another --index")


def check_counts(ix: Index, store: Store) -> str | None:
    """The cheap consistency check on open: the counts and files the last commit
    recorded against what is on disk now (rows deleted from the store, a Whoosh file
    truncated, removed or replaced, a commit of one side without the other). Returns
    what is wrong, or None. An index written before these were recorded passes."""
    raw = store.get_meta(META_COUNTS)
    if raw is None:
        return None
    recorded = json.loads(raw)
    counts = store_counts(store)
    if counts.orphan_articles:
        return f"{counts.orphan_articles} file(s) of stored articles are missing from the manifest"
    if counts.articles != recorded["articles"]:
        return f"the store holds {counts.articles} articles, its last commit {recorded['articles']}"
    if counts.files != recorded["files"]:
        return f"the manifest holds {counts.files} files, its last commit {recorded['files']}"
    if counts.mentions != recorded.get("mentions", counts.mentions):
        return "the stored mentions are gone"
    if counts.mentions and not counts.entities and store.get_meta("entities_generation"):
        return "the stored entities are gone"
    passages = ix.doc_count()
    if passages != recorded["passages"]:
        return f"the search index holds {passages} passages, the store {recorded['passages']}"
    folder = Path(ix.storage.folder)
    on_disk = index_files(folder)
    for name, size in recorded["whoosh"].items():
        if on_disk.get(name) != size:
            return f"search index file {name} is {'missing' if name not in on_disk else 'changed'}"
    return None


class BatchWriter:
    """A Whoosh writer with the store's transaction beside it, committed together
    in batches (see `COMMIT_EVERY`)."""

    def __init__(self, ix: Index, store: Store):
        self.ix = ix
        self.store = store
        self.writer: FastSegmentWriter | None = None
        self.pending = 0
        self.commits = 0
        self.since = time.monotonic()
        raw = store.get_meta(META_COUNTS)
        self.passages = json.loads(raw)["passages"] if raw else passage_total(store)
        # Once entities were resolved, the keys each change touches are recorded, so the
        # next resolution re-clusters only around them (`resolution.stored`).
        self.track_keys = store.get_meta(SIGNATURES_META) is not None
        # One sync at a time, from its first batch to its last commit (see SYNC_LOCK).
        self.sync_lock = wait_for_lock(ix, SYNC_LOCK, LOCK_WAIT_SECONDS)
        if self.sync_lock is None:
            raise LockError
        try:
            self._begin()
        except BaseException:
            self.release()
            raise

    def _begin(self) -> None:
        # The pool spills sorted runs to disk past `limitmb`: the app runs the build
        # in its own process, so memory stays bounded whatever the batch size.
        # Segments stay separate files (not compound): Whoosh opens a compound
        # segment by copying its postings and terms into memory, which made a
        # searcher on 100k articles cost 600 MB.
        self.writer = FastSegmentWriter(self.ix, limitmb=128, timeout=LOCK_WAIT_SECONDS, compound=False)
        self.store.begin()
        self.passages_before = self.passages
        self.pending = 0
        self.since = time.monotonic()

    def _open_writer(self) -> FastSegmentWriter:
        assert self.writer is not None, "the batch writer is committed or cancelled"
        return self.writer

    def delete_file(self, rel: str) -> None:
        self._open_writer().delete_by_term("file", rel)
        if self.track_keys:
            self.store.mark_keys_of_file_dirty(rel)
        self.passages -= passage_total(self.store, rel)

    def add(self, article: Article, rel: str, ord_: int, mentions: list[ExtractedMention],
            postings: list | None = None) -> None:
        """Store one article and index its passages; `postings` (per passage: the
        analysed fields, from a worker process) spares this process the analysis."""
        writer = self._open_writer()
        rows = [MentionRow(article.passage_at(m.start), m.start, m.end, m.text, m.type, m.key, m.guessed)
                for m in mentions]
        self.store.add_article(article, rel, ord_, rows)
        if self.track_keys:
            self.store.mark_keys_dirty({m.key for m in mentions})
        for number, values in enumerate(passage_documents(article, rel, mentions)):
            writer.add_document(**values, _postings=postings[number] if postings else None)
        self.passages += len(article.passages)
        self.pending += 1

    def maybe_commit(self) -> None:
        interval = COMMIT_SECONDS if self.commits else FIRST_COMMIT_SECONDS
        if self.pending >= COMMIT_EVERY or (self.pending and time.monotonic() - self.since > interval):
            self.commit()
            self._begin()

    def commit(self, last: bool = False) -> None:
        """Commit the batch; `last`: the sync's last commit, which after many batches also
        merges the small segments they left (see `merge_leftovers`)."""
        merge = merge_leftovers if last and self.commits >= LEFTOVER_COMMITS else merge_small_segments
        self._open_writer().commit(mergetype=merge)
        self.writer = None
        # What this commit leaves, for the consistency check of the next open.
        counts = store_counts(self.store)
        recorded = {"articles": counts.articles, "files": counts.files, "mentions": counts.mentions,
                    "passages": self.passages,
                    "whoosh": index_files(Path(self.ix.storage.folder))}
        self.store.set_meta(META_COUNTS, json.dumps(recorded, separators=(",", ":")))
        self.store.commit()
        self.commits += 1

    def release(self) -> None:
        """Let the sync lock go (after the last commit, or a cancel)."""
        lock, self.sync_lock = self.sync_lock, None
        if lock is not None:
            lock.release()

    def cancel(self) -> None:
        writer, self.writer = self.writer, None
        self.passages = self.passages_before
        if writer is not None:
            try:
                writer.cancel()
            except Exception:
                # A writer that failed half-way through its commit (a full disk): its
                # files are left for the next commit to clean; the lock is let go.
                lock = getattr(writer, "writelock", None)
                if lock is not None and getattr(lock, "fd", None) is not None:
                    lock.release()
        try:
            self.store.rollback()
        except sqlite3.OperationalError:
            pass  # no transaction open (it was committed, or never began)


def passage_documents(article: Article, rel: str, mentions: list[ExtractedMention]) -> list[dict[str, Any]]:
    """The search index's fields of each passage of `article`, in passage order."""
    by_passage: dict[int, dict[str, None]] = {}
    for m in mentions:
        by_passage.setdefault(article.passage_at(m.start), {})[m.key] = None
    return [
        # The title goes with passage 0 only (the title line): `title:` still finds
        # the article, and the other passages skip a fifth of all postings.
        {"article": article.id, "file": rel, "passage": p.number,
         "title": article.title if p.number == 0 else None,
         "body": article.text[p.start:p.end],
         "entities": ENTITY_KEY_SEPARATOR.join(by_passage.get(p.number, ())),
         "date": article.date or None, "source": article.source or None}
        for p in article.passages
    ]


@dataclass(slots=True)
class _Prepared:
    """One corpus file read, split into articles, and run through the entity
    extractor: the part of indexing that needs no writer."""
    cf: corpus_mod.CorpusFile
    digest: str | None = None
    error: str | None = None
    unchanged: bool = False
    undecodable: bool = False
    articles: list[Article] = field(default_factory=list)
    mentions: list[list[ExtractedMention]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    postings: list | None = None  # per article, per passage: {indexed field: analysed terms}


def _prepare_file(cf: corpus_mod.CorpusFile, known_digest: str | None, extractor: Extractor) -> _Prepared:
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


# A worker process's own extractor and schema, made on its first batch.
_worker_extractor: Extractor | None = None
_worker_schema: Any = None


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
    and analyse every indexed field too (the writer then only files the postings)."""
    global _worker_extractor, _worker_schema
    if _worker_extractor is None:
        _worker_extractor = default_extractor()
        _worker_schema = make_schema()
    schema = _worker_schema
    indexed = [name for name in schema.names() if schema[name].indexed]
    out = [_prepare_file(cf, known, _worker_extractor) for cf, known in batch]
    for prepared in out:
        prepared.postings = [
            [{name: list(schema[name].index(document[name])) for name in indexed if document[name] is not None}
             for document in passage_documents(article, prepared.cf.rel, mentions)]
            for article, mentions in zip(prepared.articles, prepared.mentions, strict=True)
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


def _prepare_all(candidates: list[corpus_mod.CorpusFile], manifest: dict[str, ManifestEntry],
                 extractor: Extractor) -> Iterator[_Prepared]:
    """The candidates prepared, in corpus order: in this process for a few files, in a
    pool for many, with a bounded number of batches in flight (memory stays flat)."""
    jobs = [(cf, manifest[cf.rel].hash if cf.rel in manifest else None) for cf in candidates]
    workers = _pool_workers(len(jobs))
    if not workers:
        for cf, known in jobs:
            yield _prepare_file(cf, known, extractor)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    batches = iter([jobs[i:i + PREPARE_BATCH] for i in range(0, len(jobs), PREPARE_BATCH)])
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                               initializer=_worker_init, initargs=(os.getpid(),))
    try:
        # The workers are forked at the first submits. Frozen objects are never
        # collected in a child, so nothing of this process (an open file's buffer,
        # the store's connection) is flushed or closed from a worker.
        gc.freeze()
        try:
            first = [b for _, b in zip(range(PREPARE_AHEAD), batches, strict=False)]
            in_flight = deque(pool.submit(_prepare_batch, b) for b in first)
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
