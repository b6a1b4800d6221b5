"""The option list every list pane is made of."""
from __future__ import annotations

from textual.binding import Binding
from textual.widgets import OptionList


class PaneList(OptionList):
    """An option list that has a highlighted option as soon as it has the focus, so Enter
    always acts on something visible; j/k move in it as the arrows do."""

    BINDINGS = [
        Binding("j", "cursor_down", "down", show=False),
        Binding("k", "cursor_up", "up", show=False),
    ]

    def on_focus(self) -> None:
        if self.highlighted is None and self.option_count:
            self.action_first()
