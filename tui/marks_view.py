"""The marks view (`'`): every marked passage of the corpus in corpus order, with its
article's title, its text and the analyst's note; a mark whose text is no longer in the
corpus is flagged orphaned. Enter jumps to the mark (the screen answers the place),
`x` exports the list, Escape closes."""
from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from corpus_tui.index.model import MarkedPassage

from .panes.lists import PaneList

TEXT_LIMIT = 240


class MarkOption(Option):
    def __init__(self, prompt: Content, mark: MarkedPassage):
        super().__init__(prompt, disabled=mark.orphaned)
        self.mark = mark


def mark_prompt(m: MarkedPassage) -> Content:
    flat = " ".join(m.text.split())
    text = flat if len(flat) <= TEXT_LIMIT else flat[: TEXT_LIMIT - 1] + "…"
    parts: list[str | tuple[str, str] | Content] = [(f"¶{m.passage:<3} ", "dim"), (m.title or m.article, "bold")]
    if m.orphaned:
        parts.append((" · orphaned (its text is no longer in the corpus)", "$text-warning"))
    parts.extend(["\n     ", text])
    if m.note:
        parts.extend(["\n     ", (f"✎ {m.note}", "italic $text-accent")])
    return Content.assemble(*parts)


class MarksScreen(ModalScreen[tuple[str, int] | None]):
    """Every mark; answers (article, passage) of the one chosen, or None."""

    DEFAULT_CSS = """
    MarksScreen { align: center middle; }
    MarksScreen > Vertical { width: 90%; height: 85%; border: round $accent; background: $surface; }
    MarksScreen #marks-empty { padding: 1 2; color: $text-muted; }
    """
    BINDINGS = [Binding("escape,q,apostrophe", "close", "close", id="marks_close"),
                Binding("x", "export", "export", id="marks_export")]

    def __init__(self, marks: list[MarkedPassage]):
        super().__init__()
        self.marks = marks

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = f"Marks ({len(self.marks)})"
            box.border_subtitle = "Enter jumps · x exports · esc closes"
            if not self.marks:
                yield Static("No marks yet: m marks the focused passage, M adds a note.", id="marks-empty")
            yield PaneList(*[MarkOption(mark_prompt(m), m) for m in self.marks], id="marks-list")

    def on_mount(self) -> None:
        self.query_one(PaneList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if isinstance(event.option, MarkOption):
            self.dismiss((event.option.mark.article, event.option.mark.passage))

    async def action_export(self) -> None:
        await self.app.run_action("export_view('marks')")

    def action_close(self) -> None:
        self.dismiss(None)
