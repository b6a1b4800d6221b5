"""The help screen and the command palette's provider, both generated from
`commands.COMMANDS` so they always say what the keys really do."""
from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from . import commands
from .widgets import TYPE_NAMES

if TYPE_CHECKING:
    from .app import ReaderApp

TYPE_WORDS = {"PERSON": "person", "ORG": "organisation", "PLACE": "place", "OTHER": "other"}


def help_content(colours: dict[str, str]) -> Group:
    """Every key by section, as two-column grids (descriptions wrap in their column
    at 80 columns), then the colour legend in the theme's own colours."""
    accent = colours.get("accent", "yellow")
    parts: list = []
    for section, items in commands.sections().items():
        parts.append(Text(section, style=f"bold {accent}"))
        grid = Table.grid(padding=(0, 2))
        grid.add_column(width=13, no_wrap=True, style="bold")
        grid.add_column(ratio=1)
        for c in items:
            grid.add_row(Text(c.keys_text), Text(c.help))
        parts.extend([grid, Text("")])
    parts.append(Text("Colours", style=f"bold {accent}"))
    legend = Text("  ")
    for t in TYPE_NAMES:
        legend.append("● " + TYPE_WORDS[t], style=f"bold {colours.get('entity-' + t.lower(), '')}")
        legend.append("   ")
    parts.append(legend)
    hit = Text("  ")
    hit.append(" search hit ", style=f"bold {colours.get('hit-foreground', 'black')} on {colours.get('hit-background', 'yellow')}")
    hit.append("   the traced entity is underlined; the bar on the left marks the focused passage")
    parts.extend([hit, Text("")])
    parts.append(Text("Search syntax", style=f"bold {accent}"))
    parts.append(Text('  words are ANDed; OR, NOT, "a phrase", wild*, fuzzy~, title:word'))
    return Group(*parts)


class HelpScreen(ModalScreen[None]):
    """Every key, by section (? or f1; escape closes)."""

    BINDINGS = [Binding("escape,q,question_mark,f1", "dismiss", "close", id="close_help")]

    def compose(self):
        with VerticalScroll(id="help-body") as body:
            body.border_title = "Keys"
            body.border_subtitle = "esc closes"
            yield Static(help_content(self.app.theme_variables), id="help-text")

    def action_dismiss(self, result=None):  # type: ignore[override]
        self.dismiss(None)


class ReaderCommands(Provider):
    """Palette entries: open any article by title, trace any entity by name, run any action."""

    async def startup(self) -> None:
        app: ReaderApp = self.app  # type: ignore[assignment]
        self.articles, self.entities = await app.palette_data()

    def _entries(self):
        app: ReaderApp = self.app  # type: ignore[assignment]
        for c in commands.COMMANDS:
            if c.palette:
                yield f"{c.help} ({c.keys_text})", partial(app.run_action, c.action), "action"
        for e in self.entities:
            yield f"Trace {e.name}", partial(app.trace_entity, e.id), f"{TYPE_WORDS.get(e.type, 'other')}, {e.mentions} mention(s) in {e.articles} article(s)"
        for a in self.articles:
            yield f"Open {a.title}", partial(app.open_article, a.id, 0), a.id

    async def discover(self) -> Hits:
        for text, callback, help_text in self._entries():
            if help_text == "action":
                yield DiscoveryHit(text, callback)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, callback, help_text in self._entries():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, matcher.highlight(text), callback, help=None if help_text == "action" else help_text)
