"""What the app's parts may ask of the reader app, as a Protocol: the palette and the
action mixins (explore, work, curation) name the app's type through it, without
importing `app` (which imports them), so the app's modules import one way."""
from __future__ import annotations

from typing import Any, Awaitable, Protocol

from corpus_tui.index.engine import CorpusIndex
from corpus_tui.index.model import ArticleInfo, Entity

from .actions import KeyAction
from .dates import Order
from .panes.article import ArticleView
from .panes.entities import EntitiesPane
from .panes.search import SearchPane
from .panes.strip import StripPane


class Reader(Protocol):
    """`ReaderApp` as its palette and action mixins see it."""

    ix: CorpusIndex | None
    row_order: Order

    @property
    def search_pane(self) -> SearchPane: ...

    @property
    def article_view(self) -> ArticleView: ...

    @property
    def entities_pane(self) -> EntitiesPane: ...

    @property
    def strip(self) -> StripPane: ...

    @property
    def article_id(self) -> str | None: ...

    @property
    def passage(self) -> int: ...

    @property
    def result_ids(self) -> list[str]: ...

    def open_location(self, article: str, passage: int = 0) -> None: ...

    def trace_entity(self, entity_id: str) -> None: ...

    def trace_by_name(self, name: str, first: str | None = None) -> None: ...

    def concordance_default(self) -> str: ...

    def chosen_entity(self) -> str | None: ...

    def run_scoped_action(self, action: KeyAction) -> Awaitable[bool]: ...

    async def palette_data(self) -> tuple[list[ArticleInfo], list[Entity]]: ...

    # Textual's App, as far as they use it.
    screen_stack: Any
    screen: Any
    focused: Any

    def notify(self, message: str, **kwargs: Any) -> None: ...

    def bell(self) -> None: ...

    def push_screen(self, screen: Any, callback: Any = None, **kwargs: Any) -> Any: ...

    def post_message(self, message: Any) -> bool: ...

    def save_screenshot(self, filename: str | None = None, path: str | None = None, **kwargs: Any) -> str: ...
