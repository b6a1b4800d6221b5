"""The store's tables of mentions and entity clusters: what extraction wrote per
article, read per key for entity resolution (incremental resolution's dirty keys and
merge signatures included), and the clusters it stores. A part of `store.Store`, kept
in its own module for its size; the schema and the connection are `store`'s."""
from __future__ import annotations

import json
import sqlite3
from typing import Iterable, Iterator, NamedTuple

from .memory import cycle_collection_paused
from .model import Entity, EntityType


class MentionRow(NamedTuple):
    """One stored mention of one article."""
    passage: int
    start: int
    end: int
    text: str
    type: EntityType
    key: str
    guessed: bool = False   # the type is the learned model's guess (see extraction.type_model)


class TraceRow(NamedTuple):
    """One mention with its article, for a trace; `number` is the article's row number
    (what `texts_by_number` takes)."""
    article: str
    title: str
    passage: int
    start: int
    end: int
    text: str
    number: int


class KeyFormCount(NamedTuple):
    """How often one key was written in one surface form with one type (guessed or not), corpus-wide."""
    key: str
    type: EntityType
    form: str
    guessed: bool
    mentions: int


# Set once every key's merge signatures are stored (by a full entity resolution), so an
# incremental one may follow; gone whenever the mentions change without their keys marked.
SIGNATURES_META = "key_signatures"

# Passage numbers stay below this: (article, passage) packs into one integer for counting.
PASSAGES_PER_ARTICLE = 1_000_000


class EntityTables:
    """The mention and entity queries of `store.Store` (which gives the connection)."""

    @property
    def db(self) -> sqlite3.Connection:
        raise NotImplementedError

    # -- mentions and entities ------------------------------------------------

    def key_stats(self) -> Iterator[KeyFormCount]:
        """Mentions per distinct (key, type, surface form, guessed), in key order."""
        rows = self.db.execute(
            "SELECT key, type, text, guessed, count(*) FROM mentions GROUP BY key, type, text, guessed")
        return map(KeyFormCount._make, rows)

    def key_article_counts(self) -> dict[str, int]:
        return dict(self.db.execute("SELECT key, count(DISTINCT article) FROM mentions GROUP BY key"))

    def _rows_where_in(self, sql: str, values: Iterable[str]) -> Iterator[tuple]:
        """The rows of `sql`, whose `{marks}` is an `IN (...)` list, for every value of
        `values`, asked in chunks (SQLite bounds the parameters of one statement)."""
        for chunk in chunks(sorted(set(values)), 500):
            yield from self.db.execute(sql.format(marks=",".join("?" * len(chunk))), chunk)

    def key_stats_of(self, keys: Iterable[str]) -> list[KeyFormCount]:
        """`key_stats` for the given keys only."""
        return [KeyFormCount._make(row) for row in self._rows_where_in(
            "SELECT key, type, text, guessed, count(*) FROM mentions WHERE key IN ({marks}) "
            "GROUP BY key, type, text, guessed", keys)]

    def key_article_counts_of(self, keys: Iterable[str]) -> dict[str, int]:
        return dict(self._rows_where_in(
            "SELECT key, count(DISTINCT article) FROM mentions WHERE key IN ({marks}) GROUP BY key", keys))

    # -- what incremental resolution needs ----------------------------------

    def mark_keys_dirty(self, keys: Iterable[str]) -> None:
        self.db.executemany("INSERT OR REPLACE INTO dirty_keys (key) VALUES (?)", ((k,) for k in keys))

    def mark_keys_of_file_dirty(self, rel: str) -> None:
        """The keys of a file's stored articles, before they are deleted."""
        self.db.execute(
            "INSERT OR REPLACE INTO dirty_keys (key) SELECT DISTINCT key FROM mentions "
            "WHERE article IN (SELECT n FROM articles WHERE file=?)", (rel,))

    def dirty_keys(self) -> tuple[int, list[str]]:
        """The keys changed since the last resolution, and the seq to forget up to."""
        rows = self.db.execute("SELECT seq, key FROM dirty_keys").fetchall()
        return max((seq for seq, _ in rows), default=0), [key for _, key in rows]

    def dirty_key_count(self) -> int:
        (count,) = self.db.execute("SELECT count(*) FROM dirty_keys").fetchone()
        return count

    def signatures_of(self, keys: Iterable[str]) -> set[str]:
        return {sig for (sig,) in self._rows_where_in("SELECT signature FROM key_signatures WHERE key IN ({marks})",
                                                      keys)}

    def keys_with_signatures(self, signatures: Iterable[str]) -> set[str]:
        return {key for (key,) in self._rows_where_in(
            "SELECT key FROM key_signatures WHERE signature IN ({marks})", signatures)}

    def existing_keys(self, keys: Iterable[str]) -> set[str]:
        """Those of `keys` that some stored mention has."""
        return {key for (key,) in self._rows_where_in("SELECT DISTINCT key FROM mentions WHERE key IN ({marks})", keys)}

    def keys_of_entities(self, entity_ids: Iterable[str]) -> set[str]:
        return {key for (key,) in self._rows_where_in("SELECT key FROM entity_keys WHERE entity IN ({marks})",
                                                      entity_ids)}

    def article_count_of_keys(self, keys: list[str]) -> int:
        """Distinct articles that mention any of `keys`."""
        marks = ",".join("?" * len(keys))
        (count,) = self.db.execute(f"SELECT count(DISTINCT article) FROM mentions WHERE key IN ({marks})",
                                   keys).fetchone()
        return count

    def entity_ids(self) -> set[str]:
        return {entity_id for (entity_id,) in self.db.execute("SELECT id FROM entities")}

    def key_count(self) -> int:
        (count,) = self.db.execute("SELECT count(*) FROM entity_keys").fetchone()
        return count

    def mentions_of_article(self, article_id: str) -> list[MentionRow]:
        rows = self.db.execute(
            "SELECT m.passage, m.start, m.end, m.text, m.type, m.key, m.guessed FROM mentions m "
            "JOIN articles a ON a.n = m.article WHERE a.id=? ORDER BY m.start", (article_id,)
        )
        return list(map(MentionRow._make, rows))

    def mentions_of_keys(self, keys: list[str], limit: int = -1, offset: int = 0) -> list[TraceRow]:
        """The mentions carrying any of `keys`, in corpus order."""
        marks = ",".join("?" * len(keys))
        rows = self.db.execute(
            "SELECT a.id, a.title, m.passage, m.start, m.end, m.text, a.n FROM mentions m "
            f"JOIN articles a ON a.n = m.article WHERE m.key IN ({marks}) "
            "ORDER BY a.file, a.ord, m.start LIMIT ? OFFSET ?", (*keys, limit, offset),
        )
        return list(map(TraceRow._make, rows))

    def passage_keys(self, article_ids: Iterable[str]) -> dict[tuple[str, int], set[str]]:
        """(article, passage) -> the entity keys mentioned there, for a few articles at once."""
        out: dict[tuple[str, int], set[str]] = {}
        for chunk in chunks(sorted(set(article_ids)), 500):
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(
                "SELECT a.id, m.passage, m.key FROM mentions m JOIN articles a ON a.n = m.article "
                f"WHERE a.id IN ({marks})", chunk,
            )
            for article_id, passage, key in rows:
                out.setdefault((article_id, passage), set()).add(key)
        return out

    def passage_entities_of(self, article_ids: Iterable[str]
                            ) -> tuple[dict[tuple[str, int], set[str]], dict[str, int]]:
        """(article, passage) -> the entities mentioned there, for a few articles at once,
        and for each of those entities the number of articles naming it: in one query, as
        `related` asks it for its eighty candidates every call. A key no entity holds yet
        stands for itself, named in one article."""
        out: dict[tuple[str, int], set[str]] = {}
        articles: dict[str, int] = {}
        for chunk in chunks(sorted(set(article_ids)), 500):
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(
                "SELECT a.id, m.passage, m.key, k.entity, e.articles FROM mentions m "
                "JOIN articles a ON a.n = m.article LEFT JOIN entity_keys k ON k.key = m.key "
                f"LEFT JOIN entities e ON e.id = k.entity WHERE a.id IN ({marks})", chunk,
            )
            for article_id, passage, key, entity, named_in in rows:
                entity = entity or key
                out.setdefault((article_id, passage), set()).add(entity)
                articles[entity] = named_in or 1
        return out, articles

    def passages_shared_with(self, keys: list[str]) -> tuple[int, dict[str, int]]:
        """How many passages mention any of `keys`, and for each entity the number of
        those passages that also mention it (the entity itself included)."""
        if not keys:
            return 0, {}
        marks = ",".join("?" * len(keys))
        own = f"SELECT DISTINCT article, passage FROM mentions WHERE key IN ({marks})"
        (count,) = self.db.execute(f"SELECT count(*) FROM ({own})", keys).fetchone()
        rows = self.db.execute(
            f"SELECT k.entity, count(DISTINCT m.article * {PASSAGES_PER_ARTICLE} + m.passage) "
            f"FROM ({own}) o JOIN mentions m ON m.article = o.article AND m.passage = o.passage "
            "JOIN entity_keys k ON k.key = m.key GROUP BY k.entity", keys)
        return count, {entity: both for entity, both in rows}

    def entity_passage_counts(self, entity_ids: list[str]) -> dict[str, int]:
        """Entity id -> the number of passages that mention it."""
        return dict(self._rows_where_in(
            f"SELECT k.entity, count(DISTINCT m.article * {PASSAGES_PER_ARTICLE} + m.passage) "
            "FROM entity_keys k JOIN mentions m ON m.key = k.key WHERE k.entity IN ({marks}) "
            "GROUP BY k.entity", entity_ids))

    def replace_entities(self, rows: Iterable[Entity], key_rows: Iterable[tuple[str, str]],
                         lookup_rows: Iterable[tuple[str, int, str]]) -> None:
        """Replace every entity cluster: the entities, (key, entity id) pairs, and the
        (form, lookup step, entity id) rows under which `trace NAME` finds each."""
        db = self.db
        db.execute("BEGIN")
        db.execute("DELETE FROM entities")
        db.execute("DELETE FROM entity_keys")
        db.execute("DELETE FROM entity_lookup")
        self._insert_entities(rows, key_rows, lookup_rows)
        db.execute("COMMIT")

    def replace_some_entities(self, old_ids: Iterable[str], keys: Iterable[str], rows: Iterable[Entity],
                              key_rows: Iterable[tuple[str, str]], lookup_rows: Iterable[tuple[str, int, str]],
                              signature_rows: Iterable[tuple[str, str]], forget_dirty_upto: int) -> None:
        """Replace some entity clusters (an incremental resolution): the entities `old_ids`
        and the (key, entity) rows of `keys` go, `rows` and their keys and lookup forms come;
        the signatures of `keys` become `signature_rows`; the dirty keys read are forgotten.
        One transaction: readers see the old clusters or the new, never half."""
        db = self.db
        old, keys = sorted(set(old_ids)), sorted(set(keys))
        db.execute("BEGIN")
        try:
            for chunk in chunks(old, 500):
                marks = ",".join("?" * len(chunk))
                db.execute(f"DELETE FROM entities WHERE id IN ({marks})", chunk)
                db.execute(f"DELETE FROM entity_lookup WHERE entity IN ({marks})", chunk)
                db.execute(f"DELETE FROM entity_keys WHERE entity IN ({marks})", chunk)
            for chunk in chunks(keys, 500):
                marks = ",".join("?" * len(chunk))
                db.execute(f"DELETE FROM entity_keys WHERE key IN ({marks})", chunk)
                db.execute(f"DELETE FROM key_signatures WHERE key IN ({marks})", chunk)
            self._insert_entities(rows, key_rows, lookup_rows)
            db.executemany("INSERT OR IGNORE INTO key_signatures (signature, key) VALUES (?, ?)", signature_rows)
            db.execute("DELETE FROM dirty_keys WHERE seq <= ?", (forget_dirty_upto,))
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    def replace_signatures(self, signature_rows: Iterable[tuple[str, str]], forget_dirty_upto: int) -> None:
        """Every key's signatures anew (after a full resolution), the dirty keys read forgotten."""
        db = self.db
        db.execute("BEGIN")
        db.execute("DELETE FROM key_signatures")
        db.executemany("INSERT OR IGNORE INTO key_signatures (signature, key) VALUES (?, ?)", signature_rows)
        db.execute("DELETE FROM dirty_keys WHERE seq <= ?", (forget_dirty_upto,))
        db.execute("COMMIT")

    def _insert_entities(self, rows: Iterable[Entity], key_rows: Iterable[tuple[str, str]],
                         lookup_rows: Iterable[tuple[str, int, str]]) -> None:
        db = self.db
        db.executemany(
            "INSERT INTO entities (id, name, type, aliases, articles, mentions) VALUES (?,?,?,?,?,?)",
            ((r.id, r.name, r.type, json.dumps(r.aliases, ensure_ascii=False), r.articles, r.mentions) for r in rows),
        )
        db.executemany("INSERT OR REPLACE INTO entity_keys (key, entity) VALUES (?, ?)", key_rows)
        db.executemany("INSERT INTO entity_lookup (form, step, entity) VALUES (?, ?, ?)", lookup_rows)

    def recount_merged_entity_articles(self) -> None:
        """Set the article count of every entity of several keys from the mentions: articles
        may hold two keys of one entity, so the keys' counts cannot be added up."""
        counts = self.db.execute(
            "SELECT k.entity, count(DISTINCT m.article) FROM entity_keys k JOIN mentions m ON m.key = k.key "
            "WHERE k.entity IN (SELECT entity FROM entity_keys GROUP BY entity HAVING count(*) > 1) GROUP BY k.entity"
        ).fetchall()
        self.db.executemany("UPDATE entities SET articles=? WHERE id=?", [(c, e) for e, c in counts])

    def entities_by_form(self, step: int, form: str) -> list[tuple[str, int]]:
        """(entity id, mentions) of the entities found under `form` at lookup `step`."""
        return self.db.execute(
            "SELECT DISTINCT e.id, e.mentions FROM entity_lookup l JOIN entities e ON e.id = l.entity "
            "WHERE l.form = ? AND l.step = ?", (form, step),
        ).fetchall()

    def entities(self, type_: str | None = None, limit: int | None = None) -> list[Entity]:
        """The entities (of `type_`, or all), most mentioned first; the first `limit` only."""
        where, params = ("WHERE type = ?", [type_]) if type_ else ("", [])
        page = "LIMIT ?" if limit is not None else ""
        rows = self.db.execute(
            f"SELECT id, name, type, aliases, articles, mentions FROM entities {where} "
            f"ORDER BY mentions DESC, name {page}", [*params, *([limit] if limit is not None else [])]
        )
        # Tens of thousands of entities at 100k articles, each with its list of aliases: with
        # the collector on, building them took twice as long (it walked the whole index's
        # objects several times over).
        with cycle_collection_paused():
            return [entity_from_row(row) for row in rows]

    def entity_count(self, type_: str | None = None) -> int:
        if type_:
            (count,) = self.db.execute("SELECT count(*) FROM entities WHERE type = ?", (type_,)).fetchone()
        else:
            (count,) = self.db.execute("SELECT count(*) FROM entities").fetchone()
        return count

    def entity(self, entity_id: str) -> Entity | None:
        row = self.db.execute(
            "SELECT id, name, type, aliases, articles, mentions FROM entities WHERE id=?", (entity_id,)
        ).fetchone()
        return entity_from_row(row) if row else None

    def names_and_articles(self, entity_ids: Iterable[str]) -> dict[str, tuple[str, int]]:
        """Entity id -> (canonical name, articles naming it): what related passages weigh
        entities by, without decoding every entity's aliases (thousands a call)."""
        return {entity_id: (name, articles) for entity_id, name, articles in self._rows_where_in(
            "SELECT id, name, articles FROM entities WHERE id IN ({marks})", entity_ids)}

    def keys_of_entity(self, entity_id: str) -> list[str]:
        return [key for (key,) in self.db.execute("SELECT key FROM entity_keys WHERE entity=?", (entity_id,))]

    def entity_of_keys(self, keys: Iterable[str]) -> dict[str, str]:
        return dict(self._rows_where_in("SELECT key, entity FROM entity_keys WHERE key IN ({marks})", keys))


def entity_from_row(row: tuple) -> Entity:
    entity_id, name, type_, aliases, articles, mentions = row
    return Entity(entity_id, name, type_, json.loads(aliases), articles, mentions)


def chunks(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]
