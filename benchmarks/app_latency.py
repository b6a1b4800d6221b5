"""Reader latency on a real index, headless (App.run_test), no mocks.

- warm start: from creating the app to the first article on screen (index up to date);
- search as you type: queries typed one key at a time at a typist's pace; the lag of
  the app's event loop meanwhile (a key never waits longer than that on a search),
  and for each search shown, keystroke-to-results (includes the debounce);
- type-ahead: single words typed letter by letter and never ended (no space, no
  Enter), so that where the app searches the last word as a prefix while typing
  ("Tre" finds "Treasury") every search shown is a prefix search; keys sent as the
  terminal sends them (the typist does not wait for the app); key-to-results at a
  brisk pace (only the last key of a word outlives the debounce) and at a slow one
  (every key does, so the short prefixes that expand to many words are searched too),
  and whether three letters already list results.

    python benchmarks/app_latency.py [CORPUS] [--index DIR] [--runs N]

Build the index first (`corpus-tui index --corpus CORPUS`): this measures a warm start.
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import time

from corpus_tui.tui.app import ReaderApp

try:
    from corpus_tui.tui.panes.search import SEARCH_DEBOUNCE
except ImportError:  # older layouts kept it in the app module
    from corpus_tui.tui.app import SEARCH_DEBOUNCE  # type: ignore[attr-defined,no-redef]

QUERIES = ["oil prices", "government", "election campaign", "football", "market shares", "minister",
           "bank interest rates", "film award", "mobile phone", "world cup"]
KEY_GAP = 0.08  # seconds between keys: a brisk typist
SLOW_KEY_GAP = 0.25  # a slow typist: longer than the debounce, so every key searches
# Words typed letter by letter for type-ahead: names and common words of news text.
WORDS = ["government", "Blair", "election", "Microsoft", "economy", "football", "Iraq", "minister"]


def typeahead_available() -> bool:
    """Whether the search box searches the last word as a prefix while typing."""
    try:
        from corpus_tui.tui.typeahead import live_query
    except ImportError:
        return False
    return live_query("Sho") != "Sho"


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


async def settle(app, pilot) -> None:
    from textual.worker import WorkerCancelled

    for _ in range(4):
        try:
            await app.workers.wait_for_complete()
        except WorkerCancelled:  # a search made stale by the next key: waited for enough
            pass
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


def send_key(app, key: str) -> None:
    """A key as the terminal driver delivers it, without waiting for the app to be idle
    (Pilot.press waits until the app is idle after each key, so a busy app would slow
    the typist down: at 80 ms a key it measured about 400 ms between keys)."""
    from textual import events

    event = events.Key(key, key if len(key) == 1 else None)
    event.set_sender(app)
    app._driver.send_message(event)


async def typeahead(corpus, index_dir, gap: float = KEY_GAP) -> dict:
    """Words typed letter by letter, `gap` seconds apart (keys sent as a terminal sends
    them: the typist never waits for the app), never ended: for each search shown, the
    time from the key that started it to its results on screen (debounce included);
    and per word, whether the first three letters listed any result."""
    from corpus_tui.tui.panes.search import SearchPane

    app = ReaderApp(corpus, index_dir)
    three_letters: list[int] = []
    shown: list[float] = []
    sent_at = [0.0]
    started: dict[int, float] = {}
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        pane = app.query_one(SearchPane)
        start_search, show_search = pane.start_search, pane.show_search

        def timed_start(text, **kwargs):
            start_search(text, **kwargs)
            started[pane.generation] = sent_at[0]

        def timed_show(gen, *args, **kwargs):
            show_search(gen, *args, **kwargs)
            if gen == pane.generation and gen in started:
                shown.append(time.perf_counter() - started.pop(gen))

        pane.start_search = timed_start  # type: ignore[method-assign]
        pane.show_search = timed_show  # type: ignore[method-assign]
        await pilot.press("slash")
        await settle(app, pilot)
        for word in WORDS:
            for i, ch in enumerate(word):
                sent_at[0] = time.perf_counter()
                send_key(app, ch)
                await asyncio.sleep(gap)
                if i == 2:
                    await settle(app, pilot)
                    three_letters.append(pane.results.option_count)
            await settle(app, pilot)
            await pilot.press("ctrl+l")
            await settle(app, pilot)
    return {"searches": shown, "keys": sum(len(w) for w in WORDS),
            "three_letters_with_results": sum(1 for n in three_letters if n), "words": len(WORDS)}


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
    print(f"keystroke to results (debounce {SEARCH_DEBOUNCE * 1000:.0f} ms included): "
          f"p50 {ms(pct(searches, 50))}, p95 {ms(pct(searches, 95))}, max {ms(max(searches))} "
          f"({len(searches)} searches shown)")
    print(f"type-ahead (last word as a prefix while typing): {'yes' if typeahead_available() else 'no'}")
    for label, gap in (("brisk", KEY_GAP), ("slow", SLOW_KEY_GAP)):
        got = asyncio.run(typeahead(args.corpus, args.index, gap))
        found = got["searches"]
        if found:
            print(f"type-ahead, {label} ({gap * 1000:.0f} ms a key): keystroke to results p50 {ms(pct(found, 50))}, "
                  f"p95 {ms(pct(found, 95))} ({len(found)} searches shown for {got['keys']} keys); "
                  f"3 letters listed results for {got['three_letters_with_results']}/{got['words']} words")


if __name__ == "__main__":
    main()
