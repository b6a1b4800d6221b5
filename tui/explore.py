"""The reader's exploring keys (tui/actions.py): `s` sorts the results and the trace by
rank, date or source; `w` opens the concordance; `a` shows who appears with the traced
or chosen entity; `f` filters the entities pane by type. `ReaderApp` mixes them in; the
views they open live in kwic_view.py and cooccur_view.py."""
from __future__ import annotations

from typing import cast

from corpus_tui.index.kwic import ConcordanceLine
from corpus_tui.index.model import Entity

from . import messages
from .cooccur_view import CooccurScreen
from .dates import ORDER_WORDS, Order, next_order
from .kwic_view import KwicScreen
from .panes.entities import EntityOption
from .reader import Reader
from .styling import type_word


class ExploreActions:
    """Actions of `ReaderApp` (a mixin: `self` is the app)."""

    row_order: Order = "rank"

    @property
    def reader(self) -> Reader:
        return cast("Reader", self)

    def action_sort_order(self) -> None:
        app = self.reader
        app.row_order = next_order(app.row_order)
        app.search_pane.set_order(app.row_order)
        app.strip.set_order(app.row_order)
        app.notify(f"results and trace {ORDER_WORDS[app.row_order]}", timeout=2)

    def concordance_default(self) -> str:
        """What the concordance opens on: the hit or mention jumped to, else the query."""
        app = self.reader
        view = app.article_view
        span = view.marks.current
        if span is not None and view.article is not None:
            words = " ".join(view.article.text[span[0]:span[1]].split())
            if words:
                return f'"{words}"' if " " in words else words
        return app.search_pane.effective  # as listed (while typing, with its prefix)

    def action_concordance(self) -> None:
        app = self.reader
        if app.ix is None:
            app.bell()
            return
        app.push_screen(KwicScreen(app.ix, app.concordance_default()), self._concordance_closed)

    def _concordance_closed(self, line: ConcordanceLine | None) -> None:
        app = self.reader
        if line is not None:
            app.post_message(messages.OpenLocation(line.article, line.passage, (line.start, line.end), focus=True))

    def chosen_entity(self) -> str | None:
        """The entity the reader means: highlighted in the entities pane when that has the
        focus, else the traced one, else the one under the article cursor."""
        app = self.reader
        listing = app.entities_pane.entity_list
        if app.focused is listing and listing.highlighted is not None:
            option = listing.get_option_at_index(listing.highlighted)
            if isinstance(option, EntityOption):
                return option.entity.id
        if app.strip.trace is not None and app.strip.trace.entity:
            return app.strip.trace.entity
        mention = app.article_view.mention_here()
        return mention.entity if mention else None

    def action_cooccurring(self) -> None:
        app = self.reader
        entity = app.chosen_entity()
        if entity is None or app.ix is None:
            app.bell()
            app.notify("no entity: trace one (t) or choose one in the entities pane", severity="warning", timeout=2)
            return

        def chosen(partner: Entity | None) -> None:
            if partner is not None:
                # The passages naming both, in the results (every spelling of each).
                app.search_pane.set_query(f"entity:{entity} entity:{partner.id}")
                app.screen.set_focus(app.search_pane.results)
        app.push_screen(CooccurScreen(app.ix, entity), chosen)

    def action_filter_entities(self) -> None:
        app = self.reader
        shown = app.entities_pane.cycle_filter()
        app.notify(f"entities: {type_word(shown) if shown else 'every type'}", timeout=1.5)
