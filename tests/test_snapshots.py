"""SVG snapshots of the reader (pytest-textual-snapshot) at 80x24 and 160x45:
the main screen, a search, a trace and the help screen. The index is built first
so no progress bar reaches an image. Update with `pytest --snapshot-update` and
look at the images before committing them."""
from __future__ import annotations

import pytest
from textual.widgets import Input

from corpus_tui.tui.app import ReaderApp

SIZES = {"80x24": (80, 24), "160x45": (160, 45)}


async def _settle(pilot) -> None:
    # Debounced workers (related passages) start a moment after a key: wait past
    # the debounce, then for every worker, twice over.
    app = pilot.app
    for _ in range(2):
        await pilot.pause(0.3)
        for _ in range(3):
            await app.workers.wait_for_complete()
            await pilot.pause()


def _steps(*keys: str):
    async def run_before(pilot) -> None:
        pilot.app.query_one(Input).cursor_blink = False
        await _settle(pilot)
        for key in keys:
            await pilot.press(key)
            await _settle(pilot)
    return run_before


SCENES = {
    "main": _steps("j"),
    "search": _steps("slash", *"Shoigu", "enter"),
    "trace": _steps("e", "enter", "o"),
    "help": _steps("question_mark"),
}


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("scene", SCENES)
def test_snapshot(snap_compare, seeds_index_dir, scene, size):
    app = ReaderApp(None, seeds_index_dir)
    assert snap_compare(app, terminal_size=SIZES[size], run_before=SCENES[scene])
