"""The entities pane: the open article's entities, coloured by type, with how often each
is mentioned here and in how many articles, and where in the article (a dispersion bar).
A legend on top says what the colours and bars mean. Enter or `t` traces the entity."""
from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from corpus_tui.index.model import Entity, EntityType, Mention

from .. import messages
from ..styling import dispersion, dispersion_legend, entity_legend, entity_style, type_badge, type_word
from .lists import PaneList

BAR_WIDTH = 8
# What the type filter (`f`) cycles through: None shows every type.
TYPE_FILTERS: tuple[EntityType | None, ...] = (None, "PERSON", "ORG", "PLACE")


class EntityOption(Option):
    def __init__(self, prompt: Content, entity: Entity):
        super().__init__(prompt)
        self.entity = entity


class EntitiesList(PaneList):
    """The entities of the open article; `t` (or Enter) traces the highlighted one."""

    BINDINGS = [Binding("t", "trace", "trace", show=False)]

    def action_trace(self) -> None:
        option = self.get_option_at_index(self.highlighted) if self.highlighted is not None else None
        if isinstance(option, EntityOption):
            self.post_message(messages.TraceEntity(option.entity.id))


class EntitiesPane(Vertical):
    """Legend, then the list of `EntitiesList`, filtered by type (`cycle_filter`)."""

    type_filter: EntityType | None = None
    _shown: tuple[list[tuple[Entity, int]], list[Mention], int] = ([], [], 1)
    _shown_article = ""

    def compose(self) -> ComposeResult:
        yield Static(Content.assemble(entity_legend(short=True), "\n", dispersion_legend()), id="legend")
        yield EntitiesList(id="entities")

    def on_mount(self) -> None:
        self.border_title = "Entities"

    @property
    def entity_list(self) -> EntitiesList:
        return self.query_one(EntitiesList)

    def cycle_filter(self) -> EntityType | None:
        """Show the next type only (all, person, organisation, place, all...)."""
        self.type_filter = TYPE_FILTERS[(TYPE_FILTERS.index(self.type_filter) + 1) % len(TYPE_FILTERS)]
        self.show(*self._shown)
        return self.type_filter

    def show(self, entities: list[tuple[Entity, int]], mentions: list[Mention], length: int) -> None:
        self._shown = (entities, mentions, length)
        every = len(entities)
        if self.type_filter is not None:
            entities = [(e, n) for e, n in entities if e.type == self.type_filter]
        where: dict[str, list[float]] = {}
        for m in mentions:
            where.setdefault(m.entity, []).append(m.start / length)
        listing = self.entity_list
        # The same article shown again (a curation): the highlight stays where it was.
        was = listing.highlighted
        same = bool(self._shown_article) and self._shown_article == (mentions[0].article if mentions else "")
        self._shown_article = mentions[0].article if mentions else ""
        listing.clear_options()
        listing.add_options([
            EntityOption(Content.assemble(type_badge(e.type), " ", (e.name, entity_style(e.type)), "\n  ",
                                          (dispersion(where.get(e.id, []), BAR_WIDTH), "$text-accent"),
                                          (f" {n} here · {e.articles} art.", "dim")), e)
            for e, n in entities
        ])
        if same and was is not None and listing.option_count:
            listing.highlighted = min(was, listing.option_count - 1)
        if self.type_filter is None:
            self.border_title = f"Entities ({every})"
        else:
            self.border_title = f"Entities: {type_word(self.type_filter)} ({len(entities)}/{every})"

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if isinstance(event.option, EntityOption):
            self.post_message(messages.TraceEntity(event.option.entity.id))
