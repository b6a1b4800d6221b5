"""The article store: a SQLite file beside the Whoosh index holding the manifest
(which corpus files were indexed, with size, mtime and hash), every article's
text and passage offsets, the mentions found in it, and the corpus-wide entity
clusters resolved from those mentions. Every SQL statement of the engine is here and
in `entity_tables` (the mention and entity queries, a part of `Store`); rows leave as
model objects or named tuples, never as positional tuples.

Whoosh holds what is searched (one document per passage); this holds what is
shown, so a search hit's text, a trace's context and `show` never re-read the
corpus.
"""
from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path
from typing import Iterable, NamedTuple

from .entity_tables import (
    SIGNATURES_META,
    EntityTables,
    MentionRow,
    chunks,
)
from .errors import IndexLocationError
from .model import Article, ArticleInfo, Passage

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    rel TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, hash TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
    n INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    file TEXT NOT NULL,
    ord INTEGER NOT NULL,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    source TEXT NOT NULL,
    date TEXT NOT NULL,
    passages TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_by_file ON articles (file, ord);
CREATE TABLE IF NOT EXISTS mentions (
    article INTEGER NOT NULL,
    passage INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    key TEXT NOT NULL,
    guessed INTEGER NOT NULL DEFAULT 0
);
-- (key, type, text, article) rather than (key): the corpus-wide per-key aggregates that
-- entity resolution reads become one ordered scan of this index, not a sort of every mention
DROP INDEX IF EXISTS mentions_by_key;
CREATE INDEX IF NOT EXISTS mentions_by_key_form ON mentions (key, type, text, article);
CREATE INDEX IF NOT EXISTS mentions_by_article ON mentions (article, start);
CREATE TABLE IF NOT EXISTS entities (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, aliases TEXT NOT NULL,
    articles INTEGER NOT NULL, mentions INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS entity_keys (key TEXT PRIMARY KEY, entity TEXT NOT NULL);
-- the forms under which `trace NAME` finds an entity (entities.lookup_forms), so that a
-- lookup is a few indexed queries rather than a scan of every entity
CREATE TABLE IF NOT EXISTS entity_lookup (form TEXT NOT NULL, step INTEGER NOT NULL, entity TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS entity_lookup_by_form ON entity_lookup (form, step);
-- an incremental resolution replaces the lookup forms of a few entities
CREATE INDEX IF NOT EXISTS entity_lookup_by_entity ON entity_lookup (entity);
-- related passages look up every key of an entity on each cursor move
CREATE INDEX IF NOT EXISTS entity_keys_by_entity ON entity_keys (entity);
-- keys whose mentions changed since the entities were resolved (incremental resolution);
-- a key written again gets a new seq, so a resolution forgets only what it has read
CREATE TABLE IF NOT EXISTS dirty_keys (seq INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE);
-- every block a merge rule could put a key in (merges.blocking_signatures)
CREATE TABLE IF NOT EXISTS key_signatures (
    signature TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (signature, key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS key_signatures_by_key ON key_signatures (key);
"""


class ManifestEntry(NamedTuple):
    """What the manifest remembers of one corpus file."""
    size: int
    mtime_ns: int
    hash: str


class Store(EntityTables):
    """One SQLite database; a connection per thread (the app reads from workers
    while the indexer writes), WAL so readers never wait for the writer."""

    def __init__(self, path: Path):
        self.path = path
        self._local = threading.local()
        self.db.executescript(_SCHEMA)

    @property
    def db(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=60, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            self._local.conn = conn
        return conn

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    # -- transactions ---------------------------------------------------------
    # The indexer commits the store together with the Whoosh writer, batch by batch.

    def begin(self) -> None:
        self.db.execute("BEGIN")

    def commit(self) -> None:
        self.db.execute("COMMIT")

    def rollback(self) -> None:
        self.db.execute("ROLLBACK")

    # -- meta ---------------------------------------------------------------

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        if row is None:
            return default
        (value,) = row
        return value

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    # -- manifest -------------------------------------------------------------

    def manifest(self) -> dict[str, ManifestEntry]:
        rows = self.db.execute("SELECT rel, size, mtime_ns, hash FROM files")
        return {rel: ManifestEntry(size, mtime, h) for rel, size, mtime, h in rows}

    def forget_all_files(self) -> None:
        """Empty the manifest and every article and mention (a fresh Whoosh index with an
        old store would be out of step)."""
        self.db.executescript("DELETE FROM files; DELETE FROM articles; DELETE FROM mentions; "
                              f"DELETE FROM dirty_keys; DELETE FROM key_signatures; "
                              f"DELETE FROM meta WHERE key='{SIGNATURES_META}';")

    def record_file(self, rel: str, size: int, mtime_ns: int, hash_: str) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO files (rel, size, mtime_ns, hash) VALUES (?, ?, ?, ?)", (rel, size, mtime_ns, hash_)
        )

    def forget_file(self, rel: str) -> None:
        self.db.execute("DELETE FROM files WHERE rel=?", (rel,))
        self.delete_articles_of(rel)

    # -- articles -------------------------------------------------------------

    def delete_articles_of(self, rel: str) -> None:
        db = self.db
        db.execute("DELETE FROM mentions WHERE article IN (SELECT n FROM articles WHERE file=?)", (rel,))
        db.execute("DELETE FROM articles WHERE file=?", (rel,))

    def add_article(self, article: Article, rel: str, ord_: int, mentions: Iterable[MentionRow]) -> None:
        """Store one article and its mentions."""
        spans = json.dumps([[p.start, p.end] for p in article.passages], separators=(",", ":"))
        cur = self.db.execute(
            "INSERT INTO articles (id, file, ord, title, text, source, date, passages) VALUES (?,?,?,?,?,?,?,?)",
            (article.id, rel, ord_, article.title, article.text, article.source, article.date, spans),
        )
        n = cur.lastrowid
        self.db.executemany(
            "INSERT INTO mentions (article, passage, start, end, text, type, key, guessed) VALUES (?,?,?,?,?,?,?,?)",
            ((n, *m) for m in mentions),
        )

    def article_ids_of(self, rel: str) -> list[str]:
        return [article_id for (article_id,) in self.db.execute("SELECT id FROM articles WHERE file=?", (rel,))]

    def article(self, article_id: str) -> Article | None:
        row = self.db.execute(
            "SELECT id, title, text, source, date, passages FROM articles WHERE id=?", (article_id,)
        ).fetchone()
        return _article_from_row(row) if row else None

    def article_count(self) -> int:
        (count,) = self.db.execute("SELECT count(*) FROM articles").fetchone()
        return count

    def article_infos(self, offset: int = 0, limit: int = -1) -> list[ArticleInfo]:
        rows = self.db.execute(
            "SELECT id, title, source, date, length(text), passages FROM articles "
            "ORDER BY file, ord LIMIT ? OFFSET ?", (limit, offset),
        )
        return [ArticleInfo(i, t, s, d, size, _passage_count(p)) for i, t, s, d, size, p in rows]

    def articles_by_id(self, ids: Iterable[str]) -> dict[str, Article]:
        out: dict[str, Article] = {}
        for chunk in chunks(list(ids), 500):
            marks = ",".join("?" * len(chunk))
            for row in self.db.execute(
                f"SELECT id, title, text, source, date, passages FROM articles WHERE id IN ({marks})", chunk
            ):
                article = _article_from_row(row)
                out[article.id] = article
        return out

    def article_order(self, ids: Iterable[str]) -> dict[str, int]:
        """Each known id's rank among `ids` in corpus order (file, then place in the file):
        enough to sort or compare them, without counting the articles before each."""
        places: list[tuple[str, int, str]] = []
        for chunk in chunks(list(set(ids)), 500):
            marks = ",".join("?" * len(chunk))
            places.extend(self.db.execute(f"SELECT file, ord, id FROM articles WHERE id IN ({marks})", chunk))
        return {article_id: rank for rank, (_file, _ord, article_id) in enumerate(sorted(places))}

    def dates_and_sources(self, ids: Iterable[str]) -> dict[str, tuple[str, str]]:
        """Article id -> (date, source), without reading the texts."""
        out: dict[str, tuple[str, str]] = {}
        for chunk in chunks(list(set(ids)), 500):
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(f"SELECT id, date, source FROM articles WHERE id IN ({marks})", chunk)
            out.update((article_id, (date, source)) for article_id, date, source in rows)
        return out

    def all_article_ids(self) -> list[str]:
        return [article_id for (article_id,) in self.db.execute("SELECT id FROM articles ORDER BY file, ord")]

    def texts_by_number(self, numbers: Iterable[int]) -> dict[int, tuple[str, list[tuple[int, int]]]]:
        """Article number -> (text, (start, end) of each passage)."""
        out: dict[int, tuple[str, list[tuple[int, int]]]] = {}
        for chunk in chunks(sorted(set(numbers)), 500):
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(f"SELECT n, text, passages FROM articles WHERE n IN ({marks})", chunk)
            for n, text, passages in rows:
                out[n] = (text, [(start, end) for start, end in json.loads(passages)])
        return out



def _article_from_row(row: tuple) -> Article:
    article_id, title, text, source, date, spans = row
    passages = [Passage(i, s, e) for i, (s, e) in enumerate(json.loads(spans))]
    return Article(article_id, title, text, source, date, passages)


def _passage_count(spans_json: str) -> int:
    # Each passage adds one "[" to the JSON list of [start, end] pairs.
    return spans_json.count("[") - 1



class ReadOnlyStore(Store):
    """The store of an index the user may not write (a read-only folder or file): it
    answers every read; nothing is created or migrated."""

    def __init__(self, path: Path):
        self.path = path
        self._local = threading.local()
        self.db.execute("SELECT count(*) FROM meta").fetchone()

    @property
    def db(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            uri = self.path.resolve().as_uri()
            try:
                conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=60, isolation_level=None)
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.OperationalError:
                # A WAL database in a folder where its -shm file cannot be made: read
                # as an unchanging file (what a read-only folder is).
                conn = sqlite3.connect(f"{uri}?immutable=1", uri=True, timeout=60, isolation_level=None)
            self._local.conn = conn
        return conn

    def _refuse(self, *_args, **_kwargs) -> None:
        raise IndexLocationError(
            f"the index at {self.path.parent} is read-only and this needs to write it (entities not resolved "
            "yet, or a change to record); open it once where it can be written, or choose another --index")

    begin = set_meta = replace_entities = recount_merged_entity_articles = _refuse
    replace_some_entities = replace_signatures = mark_keys_dirty = mark_keys_of_file_dirty = _refuse


class StoreCounts(NamedTuple):
    """What the consistency check on open compares with what the last commit recorded."""
    articles: int
    files: int
    orphan_articles: int  # articles whose file is not in the manifest
    mentions: bool  # any mention stored
    entities: bool  # any entity stored


def store_counts(store: Store) -> StoreCounts:
    db = store.db
    (mentions,) = db.execute("SELECT EXISTS (SELECT 1 FROM mentions)").fetchone()
    (entities,) = db.execute("SELECT EXISTS (SELECT 1 FROM entities)").fetchone()
    (articles,) = db.execute("SELECT count(*) FROM articles").fetchone()
    (files,) = db.execute("SELECT count(*) FROM files").fetchone()
    (orphans,) = db.execute(
        "SELECT count(*) FROM (SELECT DISTINCT file FROM articles) WHERE file NOT IN (SELECT rel FROM files)"
    ).fetchone()
    return StoreCounts(articles, files, orphans, bool(mentions), bool(entities))


def passage_total(store: Store, rel: str | None = None) -> int:
    """Passages of every stored article (or of the articles of file `rel`)."""
    if rel is None:
        row = store.db.execute("SELECT sum(json_array_length(passages)) FROM articles").fetchone()
    else:
        row = store.db.execute("SELECT sum(json_array_length(passages)) FROM articles WHERE file=?", (rel,)).fetchone()
    return int(row[0] or 0)


def passage_counts(store: Store, ids: Iterable[str]) -> dict[str, int]:
    """Article id -> its number of passages, for the known ones of `ids`."""
    out: dict[str, int] = {}
    for chunk in chunks(list(set(ids)), 500):
        marks = ",".join("?" * len(chunk))
        out.update(store.db.execute(
            f"SELECT id, json_array_length(passages) FROM articles WHERE id IN ({marks})", chunk))
    return out
