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

from corpus_tui.index.model import Entity, Mention

from .. import messages
from ..styling import dispersion, dispersion_legend, entity_legend, entity_style, type_badge
from .lists import PaneList

BAR_WIDTH = 8


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
    """Legend, then the list of `EntitiesList`."""

    def compose(self) -> ComposeResult:
        yield Static(Content.assemble(entity_legend(short=True), "\n", dispersion_legend()), id="legend")
        yield EntitiesList(id="entities")

    def on_mount(self) -> None:
        self.border_title = "Entities"

    @property
    def entity_list(self) -> EntitiesList:
        return self.query_one(EntitiesList)

    def show(self, entities: list[tuple[Entity, int]], mentions: list[Mention], length: int) -> None:
        where: dict[str, list[float]] = {}
        for m in mentions:
            where.setdefault(m.entity, []).append(m.start / length)
        listing = self.entity_list
        listing.clear_options()
        listing.add_options([
            EntityOption(Content.assemble(type_badge(e.type), " ", (e.name, entity_style(e.type)), "\n  ",
                                          (dispersion(where.get(e.id, []), BAR_WIDTH), "$text-accent"),
                                          (f" {n} here · {e.articles} art.", "dim")), e)
            for e, n in entities
        ])
        self.border_title = f"Entities ({len(entities)})"

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if isinstance(event.option, EntityOption):
            self.post_message(messages.TraceEntity(event.option.entity.id))
