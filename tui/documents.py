"""The JSON documents of DESIGN.md's command-line contract, built from engine results.

One place makes each shape, so the CLI's `--format json|csv|md` and the app's export
agree field for field (fields may be added, never renamed or removed). No Textual, no
Rich: plain dictionaries.
"""
from __future__ import annotations

from typing import Any

from corpus_tui.index.kwic import Concordance
from corpus_tui.index.model import (
    Article,
    Cooccurrence,
    Entity,
    MarkedPassage,
    Mention,
    Related,
    SearchResult,
    Trace,
)
from corpus_tui.index.search import mark

Document = dict[str, Any]


def _or_none(value: str) -> str | None:
    return value or None


def entity(e: Entity) -> Document:
    return {"id": e.id, "name": e.name, "type": e.type, "aliases": e.aliases, "articles": e.articles,
            "mentions": e.mentions}


def search(result: SearchResult, about: dict[str, tuple[str, str]]) -> Document:
    """`about`: article id -> (date, source)."""
    hits = []
    for a in result.articles:
        date, source = about.get(a.article, ("", ""))
        hits.append({"article": a.article, "title": a.title, "passage": a.best.passage, "score": a.best.score,
                     "snippet": mark(a.best.snippet, a.best.snippet_spans), "date": _or_none(date),
                     "source": _or_none(source), "hits": len(a.passages)})
    return {"query": result.query, "total": result.total, "hits": hits}


def entities(found: list[Entity]) -> Document:
    return {"entities": [entity(e) for e in found]}


def trace(t: Trace, about: dict[str, tuple[str, str]]) -> Document:
    mentions = []
    for m in t.mentions:
        date, source = about.get(m.article, ("", ""))
        mentions.append({"article": m.article, "title": m.title, "passage": m.passage, "start": m.start,
                         "end": m.end, "text": m.text, "context": m.context, "date": _or_none(date),
                         "source": _or_none(source)})
    return {"entity": entity(t.entity), "mentions": mentions}


def ambiguous(candidates: list[Entity]) -> Document:
    return {"error": "ambiguous", "candidates": [entity(e) for e in candidates]}


def related(r: Related, about: dict[str, tuple[str, str]]) -> Document:
    rows = []
    for p in r.related:
        date, source = about.get(p.article, ("", ""))
        rows.append({"article": p.article, "passage": p.passage, "text": p.text, "score": p.score,
                     "shared_entities": p.shared_entities, "shared_terms": p.shared_terms,
                     "date": _or_none(date), "source": _or_none(source), "also": p.also})
    return {"passage": {"article": r.article, "passage": r.passage, "text": r.text}, "related": rows}


def show(article: Article, mentions: list[Mention]) -> Document:
    return {
        "article": article.id, "title": article.title, "text": article.text,
        "date": _or_none(article.date), "source": _or_none(article.source),
        "passages": [{"passage": p.number, "start": p.start, "end": p.end} for p in article.passages],
        "mentions": [{"entity": m.entity, "start": m.start, "end": m.end, "text": m.text} for m in mentions],
    }


def marks(found: list[MarkedPassage]) -> Document:
    return {"marks": [{"article": m.article, "title": m.title, "passage": m.passage, "text": m.text,
                       "note": m.note, "orphaned": m.orphaned} for m in found]}


def kwic(c: Concordance) -> Document:
    return {
        "query": c.query, "total": c.total,
        "lines": [{"article": line.article, "title": line.title, "passage": line.passage, "start": line.start,
                   "end": line.end, "left": line.left, "match": line.match, "right": line.right}
                  for line in c.lines],
        "collocates": [{"term": col.term, "count": col.count, "score": col.score} for col in c.collocates],
    }


def cooccur(of: Entity, found: list[Cooccurrence]) -> Document:
    return {"entity": entity(of),
            "cooccurring": [{"entity": entity(c.entity), "passages": c.passages, "score": c.score} for c in found]}
