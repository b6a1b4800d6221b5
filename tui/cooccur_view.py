"""Who appears with whom: the entities named in the same passages as one entity, with
how many passages they share and how much more than chance (log-likelihood). Enter
closes the view with the chosen entity (the app then searches for the passages naming
both); Escape closes. Built on `CorpusIndex.cooccurring`."""
from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from corpus_tui.index.engine import CorpusIndex
from corpus_tui.index.errors import CorpusTuiError
from corpus_tui.index.model import Cooccurrence, Entity

from .panes.lists import PaneList
from .styling import entity_style, type_badge, type_word

LIMIT = 50


class PartnerOption(Option):
    def __init__(self, prompt: Content, entity: Entity):
        super().__init__(prompt)
        self.entity = entity


def partner_row(c: Cooccurrence) -> Content:
    e = c.entity
    return Content.assemble(type_badge(e.type), " ", (e.name, entity_style(e.type)),
                            (f"  {c.passages} passage(s) together", "dim"), (f" · score {c.score:.1f}", "$text-accent"))


class CooccurScreen(ModalScreen[Entity | None]):
    """The entities that appear with `entity` (an id); dismissed with the one chosen."""

    DEFAULT_CSS = """
    CooccurScreen { align: center middle; }
    CooccurScreen #cooccur-frame { width: 90%; max-width: 100; height: 80%; border: round $accent;
                                   background: $surface; }
    CooccurScreen #cooccur-status { height: 1; padding: 0 1; background: $surface; }
    """
    BINDINGS = [
        Binding("escape", "close", "close", id="cooccur_close"),
    ]

    def __init__(self, ix: CorpusIndex, entity: str):
        super().__init__()
        self.ix = ix
        self.entity_id = entity
        self.entity: Entity | None = None
        self.partners: list[Cooccurrence] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="cooccur-frame"):
            yield PaneList(id="cooccur-box")
            yield Static("", id="cooccur-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        box = self.query_one("#cooccur-box", OptionList)
        frame = self.query_one("#cooccur-frame")
        frame.border_title = "Appears with…"
        frame.border_subtitle = "Enter: passages naming both · esc closes"
        box.add_option(Option(Content.styled("finding…", "dim italic"), disabled=True))
        box.focus()
        self.find()

    @work(thread=True, exclusive=True, group="cooccur", exit_on_error=False)
    def find(self) -> None:
        try:
            found: tuple[Entity, list[Cooccurrence]] | str = self.ix.cooccurring(self.entity_id, limit=LIMIT)
        except CorpusTuiError as e:
            found = str(e)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._found, found)

    def _found(self, found: tuple[Entity, list[Cooccurrence]] | str) -> None:
        box = self.query_one("#cooccur-box", OptionList)
        box.clear_options()
        if isinstance(found, str):
            box.add_option(Option(Content.styled(f"✗ {found}", "$text-error"), disabled=True))
            return
        self.entity, self.partners = found
        e = self.entity
        self.query_one("#cooccur-frame").border_title = f"Appears with {e.name} ({type_word(e.type)})"
        box.add_options([PartnerOption(partner_row(c), c.entity) for c in self.partners])
        if not self.partners:
            box.add_option(Option(Content.styled("no other entity in the same passages", "dim italic"),
                                  disabled=True))
        else:
            box.highlighted = 0
        self.query_one("#cooccur-status", Static).update(Content.styled(
            f"{len(self.partners)} entities named in the same passages as {e.name}, most associated first "
            "(log-likelihood)", "dim"))

    @on(OptionList.OptionSelected, "#cooccur-box")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if isinstance(event.option, PartnerOption):
            self.dismiss(event.option.entity)

    def action_close(self) -> None:
        self.dismiss(None)
