"""The engine's vocabulary as plain data classes (see DESIGN.md, "Vocabulary").

Every offset is a character offset into `Article.text`, which is exactly the
text a reader is shown: `article.text[p.start:p.end]` is passage `p`.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Literal

# The kinds of entity, declared once: data carries them as these plain strings (as JSON does).
EntityType = Literal["PERSON", "ORG", "PLACE", "OTHER"]
ENTITY_TYPES: tuple[EntityType, ...] = ("PERSON", "ORG", "PLACE", "OTHER")


@dataclass(frozen=True, slots=True)
class Passage:
    number: int
    start: int
    end: int


@dataclass(slots=True)
class Article:
    id: str
    title: str
    text: str
    source: str = ""
    date: str = ""
    passages: list[Passage] = field(default_factory=list)

    def passage_text(self, number: int) -> str:
        p = self.passages[number]
        return self.text[p.start:p.end]

    def passage_at(self, offset: int) -> int:
        """The number of the passage holding character `offset` (or the one just before it):
        a binary search over the passage starts (an article may have many thousands)."""
        passages = self.passages
        i = bisect_right(passages, offset, key=_passage_start) - 1
        return passages[i].number if i >= 0 else 0


def _passage_start(p: Passage) -> int:
    return p.start


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """What a list of articles shows, without the text."""
    id: str
    title: str
    source: str
    date: str
    size: int
    passages: int


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(slots=True)
class PassageHit:
    article: str
    title: str
    passage: int
    score: float
    snippet: str
    # Where the query's terms match, as spans into the snippet and into the article text.
    snippet_spans: list[Span] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class ArticleHits:
    """One article's matching passages, best first."""
    article: str
    title: str
    score: float
    passages: list[PassageHit]

    @property
    def best(self) -> PassageHit:
        return self.passages[0]


@dataclass(slots=True)
class SearchResult:
    query: str
    total: int  # matching articles
    articles: list[ArticleHits]
    # What the engine bounded to keep the query fast (a capped fuzzy distance, a wildcard
    # searched by its most frequent terms): one line each, for under the box or stderr.
    notes: list[str] = field(default_factory=list)
    counted: bool = True  # False: `total` is a lower bound (`CorpusIndex.search(count=False)`)


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of an entity in an article."""
    article: str
    passage: int
    start: int
    end: int
    text: str
    entity: str  # entity id


@dataclass(slots=True)
class Entity:
    id: str
    name: str
    type: EntityType
    aliases: list[str]
    articles: int
    mentions: int


@dataclass(slots=True)
class TraceMention:
    article: str
    title: str
    passage: int
    start: int
    end: int
    text: str
    context: str
    # Where the mention sits in `context`, for highlighting.
    context_start: int = 0
    context_end: int = 0
    # Position of the mention in its article, 0..1, for dispersion plots.
    position: float = 0.0


@dataclass(slots=True)
class Trace:
    entity: Entity
    mentions: list[TraceMention]


@dataclass(slots=True)
class RelatedPassage:
    article: str
    title: str
    passage: int
    text: str
    score: float
    shared_entities: list[str]
    shared_terms: list[str]
    # Other passages of the same article that report it too, best first: the list
    # shows one passage per article, these are reachable from its row.
    also: list[int] = field(default_factory=list)


@dataclass(slots=True)
class Related:
    article: str
    passage: int
    text: str
    related: list[RelatedPassage]


@dataclass(slots=True)
class IndexStats:
    """What one synchronisation of the index with the corpus did (the indexer's own counters)."""
    added: int = 0
    changed: int = 0
    deleted: int = 0
    unchanged: int = 0
    skipped: int = 0  # unreadable or binary files
    rebuilt: bool = False
    indexed_articles: list[str] = field(default_factory=list)

    @property
    def did_work(self) -> bool:
        return bool(self.added or self.changed or self.deleted or self.rebuilt)


@dataclass(frozen=True, slots=True)
class MarkedPassage:
    """A marked passage as a reader sees it: its current text (or, when `orphaned`, the
    text it had when marked, which is no longer in the corpus) and the analyst's note."""
    article: str
    title: str
    passage: int
    text: str
    note: str | None
    orphaned: bool = False


@dataclass(frozen=True, slots=True)
class Cooccurrence:
    """An entity named in the same passages as another: how many passages they share
    and how much more than chance (log-likelihood; 0 when no more than chance)."""
    entity: Entity
    passages: int
    score: float
