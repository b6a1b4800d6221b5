"""What the engine bounded in a query (a fuzzy distance capped) is said under the box."""
from __future__ import annotations

from textual.widgets import Static

from corpus_tui.tui.app import ReaderApp


async def test_a_capped_fuzzy_distance_is_said_under_the_search_box(seeds_index_dir):
    app = ReaderApp(None, seeds_index_dir)
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("slash", *"talks~9", "enter")
        for _ in range(3):
            await pilot.pause(0.3)
            await app.workers.wait_for_complete()
        status = str(app.query_one("#query-status", Static).content)
        assert "capped at 2" in status, status
