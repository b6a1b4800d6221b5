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


async def test_other_passages_of_a_related_article_are_reachable_from_its_row(seeds_index_dir):
    from corpus_tui.index.engine import CorpusIndex
    from corpus_tui.tui.panes.strip import AlsoOption, JumpList

    with CorpusIndex.open(None, seeds_index_dir, sync=False) as ix:
        places = [(a.id, p.number) for a in map(ix.article, [i.id for i in ix.articles()]) for p in a.passages]
        found = next(((article, passage, row) for article, passage in places
                      for row in ix.related(article, passage).related if row.also), None)
    assert found is not None, "no related row with other passages of its article in the seeds"
    article, passage, row = found
    assert row.passage not in row.also and len(row.also) <= 3
    app = ReaderApp(None, seeds_index_dir)
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        app.open_location(article, passage)
        for _ in range(4):
            await pilot.pause(0.3)
            await app.workers.wait_for_complete()
        strip = app.query_one(JumpList)
        index = next(i for i in range(strip.option_count)
                     if isinstance(strip.get_option_at_index(i), AlsoOption)
                     and strip.get_option_at_index(i).jump.article == row.article)
        also = strip.get_option_at_index(index)
        assert f"¶{also.jump.passage}" in str(also.prompt)
        strip.focus()
        strip.highlighted = index
        await pilot.press("enter")
        for _ in range(3):
            await pilot.pause(0.3)
            await app.workers.wait_for_complete()
        assert (app.article_id, app.passage) == (row.article, also.jump.passage)
