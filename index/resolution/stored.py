"""The store's entity clusters kept current with its mentions.

Clusters are corpus-wide, so after any change to the mentions they are resolved again,
from the store's per-key aggregates only: no article is re-read, and adding one article
costs one re-run of `resolve_entities`, never a re-index.
"""
from __future__ import annotations

from typing import Sequence

from ..curation import Decision, apply
from ..model import Entity
from ..store import Store
from . import resolve_entities
from .keys import KeyStat
from .lookup import lookup_forms


def entities_are_current(store: Store, curation: str = "") -> bool:
    """Whether the stored clusters were made from the mentions as they are now, with the
    curation decisions whose fingerprint is `curation`."""
    return (store.get_meta("entities_generation") == store.get_meta("generation", "0")
            and (store.get_meta("entities_curation") or "") == curation)


def refresh_entities(store: Store, decisions: Sequence[Decision] = (), curation: str = "") -> list[str]:
    """Resolve the stored mentions into entity clusters, apply the analyst's curation
    `decisions` to them, and store them with the forms `trace NAME` finds each under;
    mark them current. Returns a line for each decision that no longer applies."""
    generation = store.get_meta("generation", "0") or "0"
    stats: dict[str, KeyStat] = {}
    for key, type_, form, mentions in store.key_stats():
        st = stats.get(key)
        if st is None:
            st = stats[key] = KeyStat(key=key, type_counts={}, forms={}, mentions=0, articles=0)
        st.type_counts[type_] = st.type_counts.get(type_, 0) + mentions
        st.forms[form] = st.forms.get(form, 0) + mentions
        st.mentions += mentions
    for key, articles in store.key_article_counts().items():
        stats[key].articles = articles
    rows: list[Entity] = []
    key_rows: list[tuple[str, str]] = []
    lookup_rows: list[tuple[str, int, str]] = []
    clusters, problems = apply(resolve_entities(stats.values()), decisions,
                               {key: stat.forms for key, stat in stats.items()})
    for ent in clusters:
        lookup_rows.extend((form, step, ent.id) for step, form in lookup_forms(ent))
        mentions = sum(stats[k].mentions for k in ent.keys if k in stats)
        # A one-key entity's article count is its key's; merged ones are recounted below.
        articles = stats[ent.keys[0]].articles if len(ent.keys) == 1 and ent.keys[0] in stats else 0
        rows.append(Entity(ent.id, ent.name, ent.type, ent.aliases, articles, mentions))
        key_rows.extend((k, ent.id) for k in ent.keys)
    store.replace_entities(rows, key_rows, lookup_rows)
    store.recount_merged_entity_articles()
    store.set_meta("entities_generation", generation)
    store.set_meta("entities_curation", curation)
    return problems
