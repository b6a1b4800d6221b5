"""CSV and Markdown exports of the commands' JSON documents."""
from __future__ import annotations

import csv
import io

from corpus_tui.tui.export import ROWS, to_csv, to_markdown

SEARCH = {"query": "talks", "total": 2, "hits": [
    {"article": "a.txt", "title": "Talks resume", "passage": 2, "score": 3.5, "snippet": "the **talks**, \"again\"",
     "date": "2024-01-02", "source": "Wire"},
    {"article": "b.txt", "title": "Other", "passage": 1, "score": 1.25, "snippet": "more **talks**",
     "date": None, "source": None}]}
ENTITIES = {"entities": [{"id": "e1", "name": "Jan Novak", "type": "PERSON", "aliases": ["Jan Novak", "Novak"],
                          "articles": 2, "mentions": 5}]}


def test_csv_has_the_json_field_names_and_one_row_per_hit():
    rows = list(csv.DictReader(io.StringIO(to_csv("search", SEARCH))))
    assert list(rows[0]) == list(ROWS["search"][1])
    assert [r["article"] for r in rows] == ["a.txt", "b.txt"]
    assert rows[0]["snippet"] == 'the **talks**, "again"'
    assert rows[1]["date"] == ""


def test_csv_joins_lists():
    rows = list(csv.DictReader(io.StringIO(to_csv("entities", ENTITIES))))
    assert rows == [{"id": "e1", "name": "Jan Novak", "type": "PERSON", "aliases": "Jan Novak; Novak",
                     "articles": "2", "mentions": "5"}]


def test_markdown_has_a_heading_per_article_and_quoted_passages():
    report = to_markdown("search", SEARCH)
    assert report.startswith("# Search: talks")
    assert "## Talks resume (2024-01-02, Wire)" in report and "## Other" in report
    assert "> the **talks**" in report and "¶2" in report
    table = to_markdown("entities", ENTITIES)
    assert "| Jan Novak | PERSON | 2 | 5 | Jan Novak; Novak |" in table
