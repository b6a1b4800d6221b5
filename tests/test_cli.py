"""The command line: the exact `--json` shapes of DESIGN.md, readable text output, and
one clear line with exit 2 for every kind of bad input."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from corpus_tui.tui.cli import main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ALL = {p.name for p in SEEDS.glob("*.txt")}
ENTITY_KEYS = {"id", "name", "type", "aliases", "articles", "mentions"}


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("cli-ix")
    assert main(["index", "--index", str(folder)]) == 0
    return str(folder)


def run_json(capsys, *args) -> dict:
    capsys.readouterr()
    assert main([*args, "--json"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1  # one JSON document on one line
    return json.loads(out)


def cli(*args, cwd=None, env_extra=None) -> subprocess.CompletedProcess:
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "corpus_tui.tui.cli", *args], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=120)


def _check_entity(entity: dict) -> None:
    assert set(entity) == ENTITY_KEYS
    assert isinstance(entity["id"], str) and isinstance(entity["name"], str)
    assert entity["type"] in ("PERSON", "ORG", "PLACE", "OTHER")
    assert isinstance(entity["aliases"], list) and all(isinstance(a, str) for a in entity["aliases"])
    assert isinstance(entity["articles"], int) and isinstance(entity["mentions"], int)


def test_search_json_shape(capsys, index_dir):
    data = run_json(capsys, "search", "strategic partnership", "--index", index_dir)
    assert set(data) == {"query", "total", "hits"}
    assert data["query"] == "strategic partnership" and isinstance(data["total"], int)
    assert data["hits"]
    for hit in data["hits"]:
        # DESIGN.md's fields, and the number of matching passages in the article (added).
        assert set(hit) == {"article", "title", "passage", "score", "snippet", "date", "source", "hits"}
        assert hit["article"] in ALL and isinstance(hit["title"], str)
        assert isinstance(hit["passage"], int) and isinstance(hit["score"], float)
        assert "**" in hit["snippet"]


def test_search_finds_every_seed_and_limit_caps_hits(capsys, index_dir):
    data = run_json(capsys, "search", "Shoigu", "--index", index_dir)
    assert {h["article"] for h in data["hits"]} == ALL and data["total"] == 5
    data = run_json(capsys, "search", "Shoigu", "--limit", "2", "--index", index_dir)
    assert len(data["hits"]) == 2 and data["total"] == 5


def test_show_json_shape_and_offsets(capsys, index_dir):
    article = "001_ed452c7c3a345e91.txt"
    data = run_json(capsys, "show", article, "--index", index_dir)
    assert set(data) == {"article", "title", "text", "date", "source", "passages", "mentions"}
    assert data["article"] == article
    assert data["text"] == (SEEDS / article).read_text(encoding="utf-8")
    assert [p["passage"] for p in data["passages"]] == list(range(len(data["passages"])))
    for p in data["passages"]:
        assert set(p) == {"passage", "start", "end"}
        assert data["text"][p["start"]:p["end"]].strip() == data["text"][p["start"]:p["end"]]
    for m in data["mentions"]:
        assert set(m) == {"entity", "start", "end", "text"}
        assert data["text"][m["start"]:m["end"]] == m["text"]


def test_entities_json_shape(capsys, index_dir):
    data = run_json(capsys, "entities", "--index", index_dir)
    assert set(data) == {"entities"} and data["entities"]
    for entity in data["entities"]:
        _check_entity(entity)


def test_trace_json_shape(capsys, index_dir):
    name = run_json(capsys, "entities", "--index", index_dir)["entities"][0]["name"]
    data = run_json(capsys, "trace", name.upper(), "--index", index_dir)
    assert set(data) == {"entity", "mentions"}
    _check_entity(data["entity"])
    assert len(data["mentions"]) == data["entity"]["mentions"]
    for m in data["mentions"]:
        assert set(m) == {"article", "title", "passage", "start", "end", "text", "context", "date", "source"}
        assert m["text"] in m["context"]


def test_related_json_shape(capsys, index_dir):
    data = run_json(capsys, "related", "002_19ede879a1e1781d.txt", "4", "--index", index_dir)
    assert set(data) == {"passage", "related"}
    assert set(data["passage"]) == {"article", "passage", "text"}
    assert data["passage"]["article"] == "002_19ede879a1e1781d.txt" and data["passage"]["passage"] == 4
    for r in data["related"]:
        assert set(r) == {"article", "passage", "text", "score", "shared_entities", "shared_terms", "date", "source",
                          "also"}
        assert r["article"] != "002_19ede879a1e1781d.txt"
        assert isinstance(r["score"], float)


def test_text_output_is_readable(capsys, index_dir):
    capsys.readouterr()
    assert main(["search", "Shoigu", "--index", index_dir]) == 0
    out = capsys.readouterr().out
    assert "5 article(s) match" in out and "Shoigu" in out
    assert main(["show", "000_b63a4b959fc8c7e4.txt", "--index", index_dir]) == 0
    assert "¶1" in capsys.readouterr().out
    assert main(["index", "--index", index_dir]) == 0
    assert "up to date" in capsys.readouterr().out


def test_corpus_option_takes_a_folder_or_a_jsonl_file(capsys, tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "x1", "title": "Harbour strike", "text": "Dockers walked out at dawn."}) + "\n")
    data = run_json(capsys, "search", "dockers", "--corpus", str(feed), "--index", str(tmp_path / "ix"))
    assert [h["article"] for h in data["hits"]] == ["x1"]


@pytest.mark.parametrize("args, message", [
    (["search", "x", "--corpus", "/no/such/folder"], "no such corpus"),
    (["search", '"unclosed phrase'], "unbalanced quote"),
    (["search", "(a OR b"], "unbalanced parenthesis"),
    (["search", "Shoigu", "--limit", "0"], "at least 1"),
    (["search", "Shoigu", "--limit", "many"], "not a whole number"),
    (["trace", "Nobody Atall"], "no entity named"),
    (["show", "no-such-article.txt"], "no article"),
    (["related", "no-such-article.txt", "1"], "no article"),
    (["related", "000_b63a4b959fc8c7e4.txt", "999"], "no passage 999"),
    (["related", "000_b63a4b959fc8c7e4.txt", "-1"], "must not be negative"),
    (["frobnicate"], None),
    (["search"], "required"),
])
def test_bad_input_is_one_line_and_exit_2(args, message, index_dir, tmp_path):
    extra = [] if "--corpus" in args or args[0] == "frobnicate" else ["--index", index_dir]
    result = cli(*args, *extra, env_extra={"XDG_CACHE_HOME": str(tmp_path)})
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    if message:
        assert message in lines[0]


def test_unknown_entity_suggests_close_names(index_dir):
    entities = json.loads(cli("entities", "--json", "--index", index_dir).stdout)["entities"]
    name = entities[0]["name"]
    typo = name[:-1] + ("x" if name[-1] != "x" else "y")
    result = cli("trace", typo, "--index", index_dir)
    if result.returncode == 0:  # a lenient lookup may accept a one-letter typo outright
        return
    assert result.returncode == 2 and "did you mean" in result.stderr


def test_subcommands_do_not_import_textual(index_dir):
    code = (
        "import sys; from corpus_tui.tui.cli import main; "
        f"rc = main(['search', 'Shoigu', '--index', {index_dir!r}]); "
        f"rc += main(['trace', 'Shoigu', '--index', {index_dir!r}]) if False else 0; "
        "sys.stderr.write('textual' in sys.modules and 'LOADED' or 'clean'); sys.exit(rc)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and result.stderr.endswith("clean"), result.stderr


def test_engine_modules_do_not_import_textual():
    code = (
        "import sys, pkgutil, importlib, corpus_tui.index as p\n"
        "for m in pkgutil.iter_modules(p.__path__): importlib.import_module('corpus_tui.index.' + m.name)\n"
        "print('textual' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == "False", result.stderr


def test_search_from_another_folder_uses_the_bundled_corpus(tmp_path):
    result = cli("search", "strategic partnership", "--json", cwd=tmp_path,
                 env_extra={"XDG_CACHE_HOME": str(tmp_path / "c")})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["hits"]
    assert list(tmp_path.iterdir()) == [tmp_path / "c"]  # nothing written where we stood


def test_help_for_every_subcommand():
    for command in ("search", "entities", "trace", "related", "show", "index"):
        result = cli(command, "--help")
        assert result.returncode == 0 and "usage: corpus-tui " + command in result.stdout
    result = cli("--help")
    assert result.returncode == 0 and all(c in result.stdout for c in ("search", "trace", "related"))
