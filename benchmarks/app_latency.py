"""Reader latency on a real index, headless (App.run_test), no mocks.

- warm start: from creating the app to the first article on screen (index up to date);
- search as you type: queries typed one key at a time at a typist's pace; the lag of
  the app's event loop meanwhile (a key never waits longer than that on a search),
  and for each search shown, keystroke-to-results (includes the debounce).

    python benchmarks/app_latency.py [CORPUS] [--index DIR] [--runs N]

Build the index first (`corpus-tui index --corpus CORPUS`): this measures a warm start.
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import time

from corpus_tui.tui import app as app_mod
from corpus_tui.tui.app import ReaderApp

QUERIES = ["oil prices", "government", "election campaign", "football", "market shares", "minister",
           "bank interest rates", "film award", "mobile phone", "world cup"]
KEY_GAP = 0.08  # seconds between keys: a brisk typist


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


async def settle(app, pilot) -> None:
    for _ in range(4):
        await app.workers.wait_for_complete()
        await pilot.pause()


async def warm_start(corpus, index_dir) -> float:
    app = ReaderApp(corpus, index_dir)
    async with app.run_test(size=(160, 45)) as pilot:
        while app.timings.first_article is None:
            await pilot.pause(0.005)
        result = app.timings.first_article
        await settle(app, pilot)
    return result


async def typing(corpus, index_dir) -> tuple[list[float], list[float]]:
    app = ReaderApp(corpus, index_dir)
    lags: list[float] = []
    typing_done = asyncio.Event()

    async def ticker() -> None:
        # The app's event loop is the one keys are read on: how late a 10 ms timer
        # fires while searches run is how long a key would wait.
        while not typing_done.is_set():
            t0 = time.perf_counter()
            await asyncio.sleep(0.01)
            lags.append(time.perf_counter() - t0 - 0.01)

    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash")
        tick = asyncio.create_task(ticker())
        for query in QUERIES:
            for ch in query:
                key = "space" if ch == " " else ch
                await pilot.press(key)
                await asyncio.sleep(KEY_GAP)
            await settle(app, pilot)
            await pilot.press("ctrl+l")
            await settle(app, pilot)
        typing_done.set()
        await tick
        searches = list(app.timings.search)
    return lags, searches


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?")
    ap.add_argument("--index")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    starts = [asyncio.run(warm_start(args.corpus, args.index)) for _ in range(args.runs)]
    keys, searches = asyncio.run(typing(args.corpus, args.index))
    ms = lambda v: f"{v * 1000:.0f} ms"  # noqa: E731
    print(f"corpus: {args.corpus or 'seeds'}")
    print(f"warm start to first article: median {ms(statistics.median(starts))}, "
          f"min {ms(min(starts))}, max {ms(max(starts))} ({args.runs} runs)")
    print(f"event-loop lag while typing and searching (how long a key could wait): p50 {ms(pct(keys, 50))}, "
          f"p95 {ms(pct(keys, 95))}, max {ms(max(keys))} ({len(keys)} ticks)")
    print(f"keystroke to results (debounce {app_mod.SEARCH_DEBOUNCE * 1000:.0f} ms included): "
          f"p50 {ms(pct(searches, 50))}, p95 {ms(pct(searches, 95))}, max {ms(max(searches))} "
          f"({len(searches)} searches shown)")


if __name__ == "__main__":
    main()
