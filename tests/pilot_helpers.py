"""What the Pilot tests share: waiting until the app is idle, and pressing keys one by one."""
from __future__ import annotations

import contextlib

from textual.worker import WorkerCancelled


async def settle(app, pilot) -> None:
    """Wait until every worker is done, including those the finished ones started."""
    for _ in range(4):
        with contextlib.suppress(WorkerCancelled):  # a search made stale was cancelled
            await app.workers.wait_for_complete()
        await pilot.pause()


async def press(app, pilot, *keys: str) -> None:
    for key in keys:
        await pilot.press(key)
        await settle(app, pilot)


async def type_query(app, pilot, text: str) -> None:
    """Open the search box and type `text` (without Enter), then wait for the search."""
    await press(app, pilot, "slash")
    await pilot.press(*text)
    await settle(app, pilot)
