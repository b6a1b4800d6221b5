"""The help screen (`?`, f1): what the colours and bars mean, in the theme's own colours,
then every key by section, generated from `actions.ACTIONS`."""
from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from corpus_tui.index.model import ENTITY_TYPES

from . import actions
from .styling import TYPE_WORDS, dispersion


def help_content(colours: dict[str, str]) -> Group:
    """What the colours and bars mean, then every key by section, as two-column grids
    (descriptions wrap in their column at 80 columns), then the search syntax."""
    accent = colours.get("accent", "yellow")
    parts: list[RenderableType] = []
    parts.append(Text("Colours and bars", style=f"bold {accent}"))
    legend = Text("  ")
    for t in ENTITY_TYPES:
        legend.append("● " + TYPE_WORDS[t], style=f"bold {colours.get('entity-' + t.lower(), '')}")
        legend.append("   ")
    parts.append(legend)
    hit = Text("  ")
    hit.append(" search hit ", style=f"bold {colours.get('hit-foreground', 'black')} "
                                     f"on {colours.get('hit-background', 'yellow')}")
    hit.append("   the traced entity is underlined; the bar on the left marks the focused passage")
    parts.append(hit)
    bar = Text("  ")
    bar.append(dispersion([0.1, 0.45, 0.5, 0.9], 12), style=accent)
    bar.append("   where in an article an entity is mentioned: the text from start to end, ┃ a mention")
    parts.extend([bar, Text("")])
    for section, items in actions.sections().items():
        parts.append(Text(section, style=f"bold {accent}"))
        grid = Table.grid(padding=(0, 2))
        grid.add_column(width=13, no_wrap=True, style="bold")
        grid.add_column(ratio=1)
        for a in items:
            grid.add_row(Text(a.keys_text), Text(a.help))
        parts.extend([grid, Text("")])
    parts.append(Text("Search syntax", style=f"bold {accent}"))
    parts.append(Text('  words are ANDed; OR, NOT, "a phrase", wild*, fuzzy~, title:word'))
    return Group(*parts)


class HelpScreen(ModalScreen[None]):
    """Every key, by section (? or f1; escape closes)."""

    BINDINGS = [Binding("escape,q,question_mark,f1", "close", "close", id="close_help")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body") as body:
            body.border_title = "Keys"
            body.border_subtitle = "esc closes"
            yield Static(help_content(self.app.theme_variables), id="help-text")

    def action_close(self) -> None:
        self.dismiss(None)
