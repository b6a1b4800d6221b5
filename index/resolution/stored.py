"""The store's entity clusters kept current with its mentions.

Clusters are corpus-wide, resolved from the store's per-key aggregates only: no article
is re-read. After a small change (one file edited in a big corpus) only the clusters it
can touch are resolved again: the indexer marks the keys of every article it adds or
deletes as dirty; each dirty key is re-clustered with every key sharing a merge rule's
block with it (`merges.blocking_signatures`, stored per key) and with the whole of the
clusters those keys were in, and only those clusters are replaced. A full resolution
runs the first time, after the curation decisions change, or when the change is big.
"""
from __future__ import annotations

import json
from typing import Iterable, Sequence

from ..curation import Decision, apply
from ..entity_tables import SIGNATURES_META, KeyFormCount
from ..model import Entity
from ..store import Store
from . import cluster_keys, describe_keys
from .keys import Key, KeyStat, ResolvedEntity
from .lookup import lookup_forms
from .merges import blocking_signatures

# Past this share of all keys dirty, a full resolution is cheaper than finding the
# neighbourhood of each dirty key.
INCREMENTAL_MAX_SHARE = 0.05
INCREMENTAL_MIN_KEYS = 2000

PROBLEMS_META = "entities_problems"
RESOLUTION_META = "entities_resolution"  # how the last one went: "full" or "incremental"
# Bumped whenever the merge rules or the typing of clusters change: clusters stored by
# other rules are resolved again, in full, without re-reading any article.
# 4: a thing's plural and suffix variants of an everyday word merge
# 5: a bare given name joins no western full name of another article
RESOLVER_VERSION = "5"
RESOLVER_META = "entities_resolver"


def entities_are_current(store: Store, curation: str = "") -> bool:
    """Whether the stored clusters were made from the mentions as they are now, with the
    curation decisions whose fingerprint is `curation`."""
    return (store.get_meta("entities_generation") == store.get_meta("generation", "0")
            and (store.get_meta("entities_curation") or "") == curation
            and store.get_meta(RESOLVER_META) == RESOLVER_VERSION)


def refresh_entities(store: Store, decisions: Sequence[Decision] = (), curation: str = "",
                     full: bool = False) -> list[str]:
    """Resolve the stored mentions into entity clusters, apply the analyst's curation
    `decisions` to them, and store them with the forms `trace NAME` finds each under;
    mark them current. Returns a line for each decision that no longer applies.
    Incremental where it can be (see the module's docstring), unless `full`."""
    generation = store.get_meta("generation", "0") or "0"
    incremental = not full and _can_be_incremental(store, curation)
    problems = _refresh_incrementally(store, decisions) if incremental else _refresh_fully(store, decisions)
    store.set_meta(RESOLUTION_META, "incremental" if incremental else "full")
    store.set_meta(PROBLEMS_META, json.dumps(problems))
    store.set_meta("entities_generation", generation)
    store.set_meta("entities_curation", curation)
    store.set_meta(RESOLVER_META, RESOLVER_VERSION)
    return problems


def _can_be_incremental(store: Store, curation: str) -> bool:
    if store.get_meta(SIGNATURES_META) is None or store.get_meta("entities_generation") is None:
        return False
    if (store.get_meta("entities_curation") or "") != curation:
        return False   # the decisions changed: they are applied to every cluster anew
    if store.get_meta(RESOLVER_META) != RESOLVER_VERSION:
        return False   # clusters made by other rules
    return store.dirty_key_count() <= max(INCREMENTAL_MIN_KEYS, INCREMENTAL_MAX_SHARE * store.key_count())


def _key_stats(rows: Iterable[KeyFormCount], article_counts: dict[str, int]) -> dict[str, KeyStat]:
    stats: dict[str, KeyStat] = {}
    for key, type_, form, guessed, mentions in rows:
        st = stats.get(key)
        if st is None:
            st = stats[key] = KeyStat(key=key, type_counts={}, forms={}, mentions=0, articles=0)
        st.count(type_, form, bool(guessed), mentions)
    for key, articles in article_counts.items():
        if key in stats:
            stats[key].articles = articles
    return stats


def _refresh_fully(store: Store, decisions: Sequence[Decision]) -> list[str]:
    forget_upto, _dirty = store.dirty_keys()
    stats = _key_stats(store.key_stats(), store.key_article_counts())
    keys = describe_keys(stats.values())
    clusters, problems = apply(cluster_keys(keys), decisions, {key: stat.forms for key, stat in stats.items()})
    rows, key_rows, lookup_rows = _entity_rows(clusters, stats)
    store.replace_entities(rows, key_rows, lookup_rows)
    store.recount_merged_entity_articles()
    store.replace_signatures(_signature_rows(keys), forget_upto)
    store.set_meta(SIGNATURES_META, "1")
    return problems


def _refresh_incrementally(store: Store, decisions: Sequence[Decision]) -> list[str]:
    forget_upto, dirty = store.dirty_keys()
    previous_problems: list[str] = json.loads(store.get_meta(PROBLEMS_META) or "[]")
    if not dirty:
        return previous_problems
    dirty_stats = _key_stats(store.key_stats_of(dirty), {})
    # The neighbourhood: keys sharing a block with a dirty key, before or after the change
    # (a key gone still had partners), then the whole of every cluster any of them is in.
    signatures = store.signatures_of(dirty) | {sig for key in describe_keys(dirty_stats.values())
                                               for sig in blocking_signatures(key)}
    spelt_as = {sig[2:] for sig in signatures if sig.startswith("k:")}
    neighbours = (set(dirty) | store.keys_with_signatures(signatures | {"k:" + key for key in dirty})
                  | store.existing_keys(spelt_as))
    old_entities = set(store.entity_of_keys(neighbours).values())
    affected = neighbours | store.keys_of_entities(old_entities)
    stats = _key_stats(store.key_stats_of(affected), store.key_article_counts_of(affected))
    keys = describe_keys(stats.values())
    # A decision naming an entity kept outside the neighbourhood (by its id) was applied
    # there before: it is not applied again here, where a name could find another entity.
    # A decision that finds nothing here keeps its "no longer applies" line from the last
    # full run.
    kept = store.entity_ids() - old_entities
    local = [d for d in decisions if not any(ref.id in kept for ref in d.entities)]
    clusters, _problems = apply(cluster_keys(keys, kept), local, {key: stat.forms for key, stat in stats.items()})
    rows, key_rows, lookup_rows = _entity_rows(clusters, stats)
    keys_by_id = {cluster.id: cluster.keys for cluster in clusters}
    rows = [_recounted(store, row, keys_by_id[row.id]) for row in rows]
    store.replace_some_entities(old_entities, affected, rows, key_rows, lookup_rows, _signature_rows(keys),
                                forget_upto)
    return previous_problems


def _entity_rows(clusters: list[ResolvedEntity], stats: dict[str, KeyStat]
                 ) -> tuple[list[Entity], list[tuple[str, str]], list[tuple[str, int, str]]]:
    rows: list[Entity] = []
    key_rows: list[tuple[str, str]] = []
    lookup_rows: list[tuple[str, int, str]] = []
    for ent in clusters:
        lookup_rows.extend((form, step, ent.id) for step, form in lookup_forms(ent))
        mentions = sum(stats[k].mentions for k in ent.keys if k in stats)
        # A one-key entity's article count is its key's; merged ones are recounted.
        articles = stats[ent.keys[0]].articles if len(ent.keys) == 1 and ent.keys[0] in stats else 0
        rows.append(Entity(ent.id, ent.name, ent.type, ent.aliases, articles, mentions))
        key_rows.extend((k, ent.id) for k in ent.keys)
    return rows, key_rows, lookup_rows


def _recounted(store: Store, row: Entity, keys: list[str]) -> Entity:
    """The row with its article count taken from the mentions (an article may hold two
    keys of one entity, so the keys' counts cannot be added up)."""
    if len(keys) == 1:
        return row
    return Entity(row.id, row.name, row.type, row.aliases, store.article_count_of_keys(keys), row.mentions)


def _signature_rows(keys: list[Key]) -> list[tuple[str, str]]:
    return [(sig, key.stat.key) for key in keys for sig in blocking_signatures(key)]
