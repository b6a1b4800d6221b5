"""The command line of the analyst's work and of the exploring commands: marks,
curation, export formats, concordance, co-occurrence, date/source/entity fields, and
the one-line errors around them. Real indexes, a corpus written here."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pytest

from corpus_tui.tui.cli import main

RECORDS = [
    {"id": "n1", "title": "Harbour talks resume", "date": "2024-03-05", "source": "Harbour Wire",
     "text": "Jan Novak, the harbour master, met Acme Shipping in Gdansk on Monday.\n\n"
             "Novak said the harbour would reopen to fishing boats next week."},
    {"id": "n2", "title": "Fleet returns to port", "date": "2024-06-20", "source": "Coast Daily",
     "text": "Acme Shipping said its fleet returned to Gdansk after the harbour reopened.\n\n"
             "The harbour master Jan Novak welcomed the fishing boats on Friday."},
    {"id": "n3", "title": "Storm warning", "date": "2023-11-02", "source": "Harbour Wire",
     "text": "A storm warning was issued for the coast on Tuesday.\n\nFishing boats stayed in port."},
]


@pytest.fixture()
def corpus(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    return str(path)


def run(capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_marks_are_kept_between_calls_and_exported(capsys, corpus, tmp_path):
    ix = ["--corpus", corpus, "--index", str(tmp_path / "ix")]
    assert run(capsys, "mark", "n2", "2", "--note", "check the date", *ix)[0] == 0
    assert run(capsys, "mark", "n1", "1", *ix)[0] == 0
    code, out, _ = run(capsys, "marks", "--json", *ix)
    marks = json.loads(out)["marks"]
    assert [(m["article"], m["passage"], m["note"]) for m in marks] == [("n1", 1, None), ("n2", 2, "check the date")]
    assert set(marks[0]) >= {"article", "title", "passage", "text", "note"}
    code, out, _ = run(capsys, "marks", "--format", "csv", *ix)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["article"] for r in rows] == ["n1", "n2"] and rows[1]["note"] == "check the date"
    code, out, _ = run(capsys, "marks", "--format", "md", *ix)
    assert "## Harbour talks resume" in out and "Note: check the date" in out
    assert run(capsys, "unmark", "n1", "1", *ix)[0] == 0
    code, _, err = run(capsys, "unmark", "n1", "1", *ix)
    assert code == 2 and "is not marked" in err and err.count("\n") == 1
    code, _, err = run(capsys, "mark", "n1", "9", *ix)
    assert code == 2 and "no passage 9" in err


def test_curation_from_the_command_line_with_undo_and_rebuild(capsys, corpus, tmp_path):
    ix = ["--corpus", corpus, "--index", str(tmp_path / "ix")]
    assert run(capsys, "rename", "novak", "Jan Novak (harbour master)", *ix)[0] == 0
    assert run(capsys, "ignore", "Gdansk", *ix)[0] == 0
    assert run(capsys, "index", "--rebuild", *ix)[0] == 0
    code, out, _ = run(capsys, "entities", "--json", *ix)
    names = {e["name"] for e in json.loads(out)["entities"]}
    assert "Jan Novak (harbour master)" in names and "Gdansk" not in names
    code, _, err = run(capsys, "trace", "gdansk", *ix)
    assert code == 2 and "no entity" in err
    assert run(capsys, "undo", *ix)[0] == 0
    code, out, _ = run(capsys, "trace", "gdansk", "--json", *ix)
    assert code == 0 and json.loads(out)["entity"]["name"] == "Gdansk"
    code, _, err = run(capsys, "merge", "Gdansk", *ix)
    assert code == 2 and "two or more" in err


def test_export_formats_of_search_trace_and_entities_parse(capsys, corpus, tmp_path):
    ix = ["--corpus", corpus, "--index", str(tmp_path / "ix")]
    code, out, _ = run(capsys, "search", "harbour", "--format", "csv", *ix)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and set(rows[0]) >= {"article", "title", "passage", "score", "snippet", "date", "source"}
    assert {r["source"] for r in rows} <= {"Harbour Wire", "Coast Daily"}
    code, out, _ = run(capsys, "trace", "Jan Novak", "--format", "csv", *ix)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["article"] for r in rows} == {"n1", "n2"} and rows[0]["date"] == "2024-03-05"
    code, out, _ = run(capsys, "entities", "--format", "csv", "--type", "person", *ix)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and {r["type"] for r in rows} == {"PERSON"}
    code, out, _ = run(capsys, "search", "harbour", "--json", *ix)
    assert json.loads(out) == json.loads(run(capsys, "search", "harbour", "--format", "json", *ix)[1])
    code, out, _ = run(capsys, "entities", "--limit", "1", "--json", *ix)
    assert len(json.loads(out)["entities"]) == 1


def test_a_page_of_entities_is_the_head_of_the_whole_list(capsys, corpus, tmp_path):
    from corpus_tui.index.engine import CorpusIndex

    with CorpusIndex.open(corpus, tmp_path / "ix") as engine:
        every = engine.entities()
        assert len(every) >= 3 and engine.entity_count() == len(every)
        assert engine.entities(limit=2) == every[:2]
        people = engine.entities("PERSON")
        assert people == [e for e in every if e.type == "PERSON"] and engine.entity_count("PERSON") == len(people)
    code, out, _ = run(capsys, "entities", "--limit", "2", "--corpus", corpus, "--index", str(tmp_path / "ix"))
    assert code == 0 and f"{len(every) - 2} more: --limit N" in out


def test_date_source_and_entity_fields_filter_the_search(capsys, corpus, tmp_path):
    ix = ["--corpus", corpus, "--index", str(tmp_path / "ix")]

    def articles(query: str) -> set[str]:
        code, out, err = run(capsys, "search", query, "--json", *ix)
        assert code == 0, err
        return {h["article"] for h in json.loads(out)["hits"]}

    assert articles("boats date:2024") == {"n1", "n2"}
    assert articles("boats date:2024-06") == {"n2"}
    assert articles("boats date:[2023-01 TO 2024-03]") == {"n1", "n3"}
    assert articles("boats source:wire") == {"n1", "n3"}
    assert articles("entity:novak entity:gdansk") == {"n1"}   # passages where both are named
    code, _, err = run(capsys, "search", "entity:nobody", *ix)
    assert code == 2 and "no entity" in err
    code, out, _ = run(capsys, "search", "boats", "--sort", "date", "--json", *ix)
    assert [h["date"] for h in json.loads(out)["hits"]] == ["2023-11-02", "2024-03-05", "2024-06-20"]


def test_kwic_and_cooccur_shapes(capsys, corpus, tmp_path):
    ix = ["--corpus", corpus, "--index", str(tmp_path / "ix")]
    code, out, _ = run(capsys, "kwic", "harbour", "--sort", "right", "--json", *ix)
    data = json.loads(out)
    assert set(data) == {"query", "total", "lines", "collocates"} and data["total"] == len(data["lines"]) >= 4
    for line in data["lines"]:
        assert set(line) == {"article", "title", "passage", "start", "end", "left", "match", "right"}
        assert line["match"].lower() == "harbour"
    rights = [line["right"].lower() for line in data["lines"]]
    assert rights == sorted(rights)
    code, out, _ = run(capsys, "cooccur", "Jan Novak", "--json", *ix)
    data = json.loads(out)
    assert data["entity"]["name"] == "Jan Novak"
    names = {c["entity"]["name"] for c in data["cooccurring"]}
    assert "Acme Shipping" in names and "Jan Novak" not in names
    assert all(set(c) == {"entity", "passages", "score"} for c in data["cooccurring"])


def test_version_and_search_dash_hint(capsys):
    code = None
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    code = exit_.value.code
    assert code == 0 and capsys.readouterr().out.startswith("corpus-tui ")
    with pytest.raises(SystemExit) as exit_:
        main(["search", "-word"])
    assert exit_.value.code == 2 and "--" in capsys.readouterr().err


def test_the_reader_without_a_terminal_says_so(tmp_path):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    env.pop("TEXTUAL_DRIVER", None)
    done = subprocess.run([sys.executable, "-m", "corpus_tui.tui.cli"], stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 2 and "needs a terminal" in done.stderr and "Traceback" not in done.stderr
