"""The command palette's entries (ctrl+p): every action of `actions.ACTIONS` that has a
palette entry, "Open <title>" for every article and "Trace <name>" for every entity.
What is typed is also looked up as a name (any alias, as the command line's `trace`
takes it): the entity it names comes first, or "which one?" when several answer to it."""
from __future__ import annotations

import asyncio
from functools import partial
from typing import Callable, Iterator, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider

from corpus_tui.index.errors import AmbiguousEntity, CorpusTuiError
from corpus_tui.index.model import ArticleInfo, Entity

from . import actions
from .reader import Reader
from .styling import type_word

# Above any fuzzy match (the matcher's scores can pass 1): the entity named comes first.
NAMED_SCORE = 1000.0


class ReaderPalette(Provider):
    """Palette entries: run any action, open any article by title, trace any entity by name."""

    articles: list[ArticleInfo]
    entities: list[Entity]

    @property
    def reader(self) -> Reader:
        return cast("Reader", self.app)

    async def startup(self) -> None:
        self.articles, self.entities = await self.reader.palette_data()

    def _entries(self) -> Iterator[tuple[str, Callable[[], object], str | None]]:
        app = self.reader
        for a in actions.ACTIONS:
            if a.palette:
                yield f"{a.help} ({a.keys_text})", partial(app.run_scoped_action, a), None
        for e in self.entities:
            kind = type_word(e.type)
            yield (f"Trace {e.name}", partial(app.trace_entity, e.id),
                   f"{kind}, {e.mentions} mention(s) in {e.articles} article(s)")
        for info in self.articles:
            yield f"Open {info.title}", partial(app.open_location, info.id), info.id

    async def discover(self) -> Hits:
        for text, callback, help_text in self._entries():
            if help_text is None:
                yield DiscoveryHit(text, callback)

    async def _by_name(self, query: str) -> Hit | None:
        """The entity `query` names (an alias, case-insensitively), as the first hit."""
        ix, app = self.reader.ix, self.reader
        if ix is None or len(query.strip()) < 2:
            return None
        try:
            e = await asyncio.to_thread(ix.find_entity, query.strip())
        except AmbiguousEntity as many:
            text = f"Trace {query.strip()!r}: which one? ({len(many.candidates)} entities answer to it)"
            return Hit(NAMED_SCORE, text, partial(app.trace_by_name, query.strip()))
        except CorpusTuiError:
            return None
        text = f"Trace {e.name}"
        return Hit(NAMED_SCORE, text, partial(app.trace_entity, e.id),
                   help=f"{type_word(e.type)}, named {query.strip()!r}")

    async def search(self, query: str) -> Hits:
        named = await self._by_name(query)
        if named is not None:
            yield named
        matcher = self.matcher(query)
        for text, callback, help_text in self._entries():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, matcher.highlight(text), callback, help=help_text)
