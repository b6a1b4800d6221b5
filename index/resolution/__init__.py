"""Entity resolution: corpus-wide clustering of mention keys into entities.

Extraction (`..extraction`) sees one article and gives each mention a *key*, the
normalised fullest name it stands for there ("Varga" after "Tomas Varga" gets
"tomas varga"). Resolution sees the corpus only as one `KeyStat` per key, so adding
one article never forces more than a re-run of `resolve_entities` over aggregates. It
clusters keys into entities (transliteration/spelling variants, acronyms, bare
surnames, short forms of organisation names): the decisions that two names are one
entity are the rules of `merges`; `naming` names the clusters; `lookup` finds the
entity a user means by a name; `stored` keeps the store's clusters current.

In this code base "resolve" means this clustering and nothing else.
Keys are lowercase ASCII words separated by single spaces; they never contain commas.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from ..memory import cycle_collection_paused
from .keys import Key, KeyStat, ResolvedEntity, UnionFind, describe
from .lookup import (
    ambiguous_candidates,
    candidates_for,
    find_entity,
    lookup_forms,
    lookup_queries,
    lookup_tiers,
    pick_candidate,
    suggest,
)
from .merges import blocking_signatures, merge_keys
from .naming import assign_ids, entity_of
from .spelling import transliteration_skeleton

__all__ = [
    "Key", "KeyStat", "ResolvedEntity", "resolve_entities", "describe_keys", "cluster_keys", "blocking_signatures",
    "transliteration_skeleton",
    "find_entity", "candidates_for", "lookup_forms", "lookup_queries", "lookup_tiers", "pick_candidate",
    "ambiguous_candidates", "suggest",
]


def resolve_entities(stats: Iterable[KeyStat], taken_ids: Iterable[str] = ()) -> list[ResolvedEntity]:
    """Cluster keys into entities, corpus-wide. Deterministic for the same input.
    `taken_ids`: ids the entities must not get (those an incremental resolution keeps)."""
    with cycle_collection_paused():
        return _cluster([describe(stat) for stat in sorted(stats, key=lambda s: s.key)], taken_ids)


def describe_keys(stats: Iterable[KeyStat]) -> list[Key]:
    """The per-key facts the merge rules ask, in key order."""
    with cycle_collection_paused():
        return [describe(stat) for stat in sorted(stats, key=lambda s: s.key)]


def cluster_keys(keys: list[Key], taken_ids: Iterable[str] = ()) -> list[ResolvedEntity]:
    """`resolve_entities` over keys already described (in key order)."""
    # Clustering allocates several containers per key and frees none until it returns.
    with cycle_collection_paused():
        return _cluster(keys, taken_ids)


def _cluster(keys: list[Key], taken_ids: Iterable[str]) -> list[ResolvedEntity]:
    union = UnionFind(len(keys), [key.type for key in keys])
    merge_keys(keys, union)
    clusters: dict[int, list[int]] = defaultdict(list)
    for index in range(len(keys)):
        clusters[union.find(index)].append(index)
    entities = [entity_of([keys[i] for i in members]) for members in clusters.values()]
    return assign_ids(entities, taken_ids)

