"""Back/forward jump history, browser style, with no widget in sight.

The history is a list of places with a pointer to the current one. A jump records
where the reader is (so coming back restores the passage and scroll they left, not
the one they arrived at) and appends the destination. A jump made after going back
drops the forward entries, as every browser does: forward then means "the way I
went", never a branch the reader abandoned.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Location:
    """A place in the reader: an article, the focused passage and how far it was scrolled."""
    article: str
    passage: int = 0
    scroll_y: float = 0.0

    def same_place(self, other: "Location | None") -> bool:
        return other is not None and (self.article, self.passage) == (other.article, other.passage)


class History:
    """Places visited, oldest first, with the current one marked."""

    def __init__(self, limit: int = 500):
        self.limit = limit
        self._entries: list[Location] = []
        self._index = -1

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def current(self) -> Location | None:
        return self._entries[self._index] if self._entries else None

    @property
    def entries(self) -> list[Location]:
        return list(self._entries)

    @property
    def index(self) -> int:
        return self._index

    @property
    def can_go_back(self) -> bool:
        return self._index > 0

    @property
    def can_go_forward(self) -> bool:
        return 0 <= self._index < len(self._entries) - 1

    def update_current(self, here: Location) -> None:
        """Remember where the reader now is within the current entry (passage, scroll)."""
        if self._entries:
            self._entries[self._index] = here

    def visit(self, destination: Location, here: Location | None = None) -> None:
        """A jump from `here` (if given, it replaces the current entry) to `destination`.
        Forward entries are dropped; a jump to the place one already is adds nothing."""
        if here is not None:
            self.update_current(here)
        if destination.same_place(self.current):
            self.update_current(destination)
            return
        del self._entries[self._index + 1:]
        self._entries.append(destination)
        if len(self._entries) > self.limit:
            del self._entries[: len(self._entries) - self.limit]
        self._index = len(self._entries) - 1

    def back(self, here: Location | None = None) -> Location | None:
        """Step back; returns the place to restore, or None when there is none."""
        if not self.can_go_back:
            return None
        if here is not None:
            self.update_current(here)
        self._index -= 1
        return self._entries[self._index]

    def forward(self, here: Location | None = None) -> Location | None:
        """Step forward; returns the place to restore, or None when there is none."""
        if not self.can_go_forward:
            return None
        if here is not None:
            self.update_current(here)
        self._index += 1
        return self._entries[self._index]
