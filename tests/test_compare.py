"""Compare: two passages side by side, what both say and what each adds (the engine's
`CorpusIndex.compare`, its JSON shape from DESIGN.md), and the compare view of the app
(`c` from a passage, `]`/`[` along the related list, Escape closes), on a real index
of articles written here."""
from __future__ import annotations

import json

import pytest

from corpus_tui.index.engine import CorpusIndex
from corpus_tui.index.errors import UnknownArticle
from corpus_tui.tui.app import ReaderApp
from corpus_tui.tui.compare_view import CompareScreen

ARTICLES = {
    "harbour.txt": (
        "Harbour board approves new ferry link\n\n"
        "The Westmere harbour board approved a ferry link to Calloway Island on Tuesday, with sailings "
        "to start on 14 March at a cost of 12 pct more than the old service.\n\n"
        "\"This is a lifeline for the island,\" said board chair Orla Penhallow.\n"),
    "gazette.txt": (
        "Island ferry gets green light\n\n"
        "A ferry link between Westmere and Calloway Island was approved by the harbour board, which said "
        "sailings begin on 14 March and fares rise twelve percent. Fishermen objected to the timetable.\n\n"
        "Orla Penhallow called it \"a lifeline for the island\".\n"),
    "weather.txt": (
        "Storm warning for the coast\n\n"
        "Forecasters warned of gales along the coast this weekend, with ferry sailings likely to be cancelled.\n"),
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    base = tmp_path_factory.mktemp("compare")
    folder = base / "corpus"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder, base / "ix"


def test_what_both_say_and_what_each_adds(corpus):
    folder, index_dir = corpus
    with CorpusIndex.open(folder, index_dir) as ix:
        c = ix.compare("harbour.txt", 1, "gazette.txt", 1)
        shared = {(s.kind, s.text.lower()) for s in c.shared}
        assert ("number", "12") in shared  # "12 pct" = "twelve percent"
        assert any(kind == "entity" and "calloway" in text for kind, text in shared), shared
        assert ("term", "ferry") in shared and ("term", "sailings") in shared
        assert any(s.kind == "date" or s.text == "14" for s in c.shared), c.shared
        for side, items in ((c.a.text, c.only_a), (c.b.text, c.only_b)):
            for item in items:
                assert side[item.start:item.end] == item.text
                assert item.kind in {"entity", "number", "date", "quote", "term"}
        assert any(o.text.lower().startswith("fishermen") for o in c.only_b), c.only_b
        assert not any(o.text.lower() == "ferry" for o in c.only_a + c.only_b)
        quotes = ix.compare("harbour.txt", 2, "gazette.txt", 2)
        assert any(s.kind == "quote" for s in quotes.shared), quotes.shared
        data = json.loads(json.dumps(c.to_json()))
        assert set(data) == {"a", "b", "shared", "only_a", "only_b"}
        assert data["a"] == {"article": "harbour.txt", "passage": 1, "text": ix.passage_text("harbour.txt", 1)}
        assert all(set(o) == {"start", "end", "text", "kind"} for o in data["only_a"] + data["only_b"])
        with pytest.raises(UnknownArticle):
            ix.compare("harbour.txt", 1, "nope.txt", 0)


def test_an_amount_written_two_ways_is_one_shared_figure_and_nothing_added(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "wire.txt").write_text("Mills sold\n\nVarnex agreed to sell its paper mills to Tessel for $1.2bn, "
                                     "the company said on Monday.\n", encoding="utf-8")
    (folder / "paper.txt").write_text("VARNEX TO SELL MILLS\n\nVarnex said it would sell its paper mills to Tessel "
                                      "for 1.2 billion dlrs.\n", encoding="utf-8")
    with CorpusIndex.open(folder, tmp_path / "ix") as ix:
        c = ix.compare("wire.txt", 1, "paper.txt", 1)
    assert ("number", "1.2") in {(s.kind, s.text) for s in c.shared}, c.shared
    assert not {"$", "1.2bn"} & {s.text for s in c.shared}, c.shared
    assert not {"billion", "dlrs"} & {o.text for o in c.only_b}, c.only_b


async def test_c_opens_the_compare_view_and_brackets_step_the_right_side(corpus):
    folder, index_dir = corpus
    with CorpusIndex.open(folder, index_dir) as ix:
        related = [(r.article, r.passage) for r in ix.related("harbour.txt", 1).related]
    assert related and related[0] == ("gazette.txt", 1)
    app = ReaderApp(folder, index_dir)
    async with app.run_test(size=(120, 36)) as pilot:
        await app.workers.wait_for_complete()
        app.open_location("harbour.txt", 1)
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.press("c")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.comparison is not None
        assert (screen.comparison.b.article, screen.comparison.b.passage) == related[0]
        assert "harbour.txt" in str(screen.query_one("#left-side").border_title)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        if len(related) > 1:
            assert (screen.comparison.b.article, screen.comparison.b.passage) == related[1]
        else:
            assert screen.index == 0
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, CompareScreen)
