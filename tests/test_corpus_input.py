"""Input that real folders hold: saved news pages, text files with a date/source header,
and files that must be skipped (not hang or break the corpus)."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from corpus_tui.index.corpus import load_corpus
from corpus_tui.index.engine import CorpusIndex

HTML = Path(__file__).resolve().parent / "data" / "html"


def test_html_pages_give_their_article_with_date_and_source(tmp_path):
    warnings: list[str] = []
    articles = {a.id: a for a in load_corpus(HTML, warnings.append)}
    assert set(articles) == {"01_lisbon.html", "02_cafes.htm"}
    lisbon = articles["01_lisbon.html"]
    assert (lisbon.title, lisbon.date, lisbon.source) == ("Ministers meet in Lisbon", "2024-03-05", "The Harbour Times")
    assert lisbon.passage_text(0) == "Ministers meet in Lisbon"
    assert "Subscribe" not in lisbon.text and "Home" not in lisbon.text
    cafes = articles["02_cafes.htm"]   # windows-1252, declared in the page
    assert "René Kessler" in cafes.text and "€2,000" in cafes.text
    assert any("03_navigation_only.html" in w and "no article" in w for w in warnings)


def test_a_text_header_gives_date_and_source_and_is_not_shown(tmp_path):
    (tmp_path / "a.txt").write_text("Date: 2024-3-5\nSource: Harbour Wire\n\nBoats return\n\nThe fleet came back.\n")
    (tmp_path / "b.md").write_text("---\ntitle: Front matter title\ndate: 2023/11/02\nlayout: post\n---\n\nBody.\n")
    (tmp_path / "c.txt").write_text("A plain title\n\nNo header here.\n")
    articles = {a.id: a for a in load_corpus(tmp_path)}
    a, b, c = articles["a.txt"], articles["b.md"], articles["c.txt"]
    assert (a.title, a.date, a.source) == ("Boats return", "2024-03-05", "Harbour Wire")
    assert not a.text.startswith("Date")
    assert (b.title, b.date) == ("Front matter title", "2023-11-02") and "layout" not in b.text
    assert (c.title, c.date, c.source) == ("A plain title", "", "")


def test_fifos_bad_names_and_lone_surrogates_are_skipped_or_repaired_not_fatal(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text("Good title\n\nA paragraph.\n")
    os.mkfifo(corpus / "pipe.txt")   # reading it would block forever
    try:
        bad_name = os.fsencode(corpus) + b"/caf\xe9.txt"
        with open(bad_name, "wb") as f:
            f.write(b"Latin-1 name\n\nText.\n")
    except OSError:
        pytest.skip("this file system refuses names that are not UTF-8")
    (corpus / "records.jsonl").write_text(json.dumps({"id": "r1", "title": "Half \ud800 pair", "text": "Body"}) + "\n")
    warnings: list[str] = []
    with CorpusIndex.open(corpus, tmp_path / "ix", warn=warnings.append) as ix:
        ids = {info.id for info in ix.articles()}
        assert ids == {"good.txt", "r1"}
        assert ix.article("r1").title == "Half \ufffd pair"
        assert ix.search("paragraph").total == 1
    assert any("pipe.txt" in w and "regular file" in w for w in warnings)
    assert any("not valid UTF-8" in w for w in warnings)
    shutil.rmtree(corpus)
