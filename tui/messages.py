"""What the panes tell the app. A pane never reaches into another pane: it posts one of
these, and `ReaderApp` routes it (see the `on_*` handlers in app.py)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from textual.message import Message

from corpus_tui.index.model import Article, Entity, Mention


@dataclass
class OpenLocation(Message):
    """Show a place: an article with the cursor on a passage.

    `span` marks the hit or mention jumped to (offsets into the article text); `hit`
    puts the cursor on the article's first or last search hit instead of `passage`;
    `push` records the jump in the back/forward history; `scroll_y` restores a scroll
    position (history); `focus` gives the article view the focus."""

    article: str
    passage: int = 0
    span: tuple[int, int] | None = None
    push: bool = True
    hit: Literal["first", "last"] | None = None
    scroll_y: float | None = None
    focus: bool = False


@dataclass
class CursorMoved(Message):
    """The article view's cursor is on a new passage (a step, a jump or a new article)."""

    article: str
    passage: int
    scroll_y: float = 0.0

    def can_replace(self, message: Message) -> bool:
        # Holding j: only the latest position matters.
        return isinstance(message, CursorMoved)


@dataclass
class ArticleShown(Message):
    """The article view shows a new article (its text; entities follow)."""

    article: Article


@dataclass
class EntitiesFound(Message):
    """The entities of the open article, with how often each is mentioned in it."""

    article: str
    entities: list[tuple[Entity, int]]
    mentions: list[Mention] = field(default_factory=list)
    length: int = 1  # characters of the article text, for where mentions fall


@dataclass
class TraceEntity(Message):
    """Trace one entity across the corpus (in the lower strip)."""

    entity: str  # entity id


@dataclass
class TraceChanged(Message):
    """The strip traces another entity now, or none (None): the article underlines it."""

    entity: str | None


@dataclass
class QueryChanged(Message):
    """The search box holds a new query ("" when cleared): the article's hits follow it."""

    query: str


@dataclass
class FocusArticle(Message):
    """Give the article view the focus (Enter in the search box with nothing listed)."""
