"""The entities of one passage, as `related` weighs them: which entity each
of its names is, every spelling of those entities (so two outlets' spellings of one name
match), where the names are in the passage, and how rare each entity is in the corpus."""
from __future__ import annotations

from .model import Article
from .passage_terms import rarity
from .store import Store


def passage_entities(store: Store, article: Article, passage: int
                     ) -> tuple[dict[str, str], dict[str, list[str]], list[tuple[int, int]], dict[str, int]]:
    """The passage's entity keys -> entity ids, every key of each of those entities,
    and where their names are in the passage text (offsets into the passage)."""
    everywhere = store.mentions_of_article(article.id)
    rows = [m for m in everywhere if m.passage == passage]
    base = article.passages[passage].start
    names = [(m.start - base, m.end - base) for m in rows]
    keys = {m.key for m in rows}
    entity_of_key = store.entity_of_keys(keys)
    for key in keys:
        entity_of_key.setdefault(key, key)
    keys_of_entity: dict[str, list[str]] = {}
    for entity_id in set(entity_of_key.values()):
        keys_of_entity[entity_id] = sorted(set(store.keys_of_entity(entity_id)) | {
            k for k, e in entity_of_key.items() if e == entity_id})
    # How many of the article's passages name each of the passage's entities.
    spread: dict[str, set[int]] = {}
    for m in everywhere:
        named = entity_of_key.get(m.key)
        if named is not None:
            spread.setdefault(named, set()).add(m.passage)
    return entity_of_key, keys_of_entity, names, {e: len(p) for e, p in spread.items()}


def rarity_of_entities(store: Store, entity_ids: list[str], n_articles: int) -> dict[str, tuple[float, str]]:
    """Entity id -> (idf over the `n_articles` articles, canonical name)."""
    out: dict[str, tuple[float, str]] = {}
    found = store.names_and_articles(entity_ids)
    for entity_id in entity_ids:
        name, articles = found.get(entity_id, (entity_id, 1))
        out[entity_id] = (rarity(articles, n_articles), name)
    return out
