"""The analyst's other questions of a corpus, answered from the backend and the store:
the concordance of any word or phrase, who appears with whom, and the `entity:` query
field that stands for every spelling of an entity.
"""
from __future__ import annotations

import re
from typing import Callable

from .backend import SearchBackend
from .errors import QueryError
from .kwic import Concordance, MatchedPassage, SortOrder, concordance, log_likelihood
from .model import Cooccurrence, Entity
from .search import ENTITY_KEY_SEPARATOR, term_spans
from .store import Store

# `entity:NAME` or `entity:"Two Words"`.
_ENTITY_FIELD = re.compile(r'(?<![\w:])entity:(?:"([^"]+)"|(\S+?))(?=[\s)]|$)')
# A concordance reads at most this many articles' passages (the most relevant first).
KWIC_ARTICLES = 500


def expand_entity_fields(text: str, find_entity: Callable[[str], Entity],
                         keys_of_entity: Callable[[str], list[str]]) -> str:
    """The query with each `entity:NAME` replaced by a search for any of the entity's
    keys in the passages' `entities` field, so every spelling of it matches."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(1) or match.group(2)
        entity = find_entity(name)
        keys = [k for k in keys_of_entity(entity.id) if "'" not in k and ENTITY_KEY_SEPARATOR not in k]
        if not keys:
            raise QueryError(f"entity {entity.name!r} has no searchable spelling")
        return "(" + " OR ".join(f"entities:'{k}'" for k in keys) + ")"

    return _ENTITY_FIELD.sub(replace, text)


def concordance_of(backend: SearchBackend, store: Store, query: str, *, width: int, order: SortOrder,
                   limit: int) -> Concordance:
    """Concordance lines of `query` in corpus order (or sorted by context), with collocates."""
    ranked = backend.search(query, KWIC_ARTICLES, 10_000)
    texts = store.articles_by_id(a for a, _ in ranked.articles)
    positions = store.article_order(texts)
    matched: list[MatchedPassage] = []
    for article_id, group in ranked.articles:
        article = texts[article_id]
        for _score, number in group:
            p = article.passages[number]
            body = article.text[p.start:p.end]
            spans = [(s.start + p.start, s.end + p.start) for s in term_spans(body, ranked.terms)]
            if spans:
                matched.append(MatchedPassage(article.id, article.title, number, p.start, body, spans))
    matched.sort(key=lambda m: (positions.get(m.article, 0), m.passage))
    stats = backend.term_stats([])
    tokens = int(stats.average_length * stats.passages)
    return concordance(query, matched, width=width, order=order, limit=limit,
                       corpus_frequency=backend.body_frequency, corpus_tokens=tokens)


def cooccurring(store: Store, passages: int, entity: Entity, keys: list[str], limit: int,
                entity_of: Callable[[str], Entity | None]) -> list[Cooccurrence]:
    """The entities named in the same passages as `entity`: how many passages they share,
    and Dunning's log-likelihood of sharing that many given how often each is named,
    so that an entity named everywhere does not top every list."""
    own, shared = store.passages_shared_with(keys)
    if not own:
        return []
    counts = store.entity_passage_counts(list(shared))
    out = []
    for other_id, both in shared.items():
        other = entity_of(other_id)
        if other is None or other_id == entity.id:
            continue
        score = log_likelihood(both, own, counts.get(other_id, both), passages)
        out.append(Cooccurrence(other, both, round(score, 3)))
    out.sort(key=lambda c: (-c.score, -c.passages, c.entity.name))
    return out[:limit]
