"""Marks and curation decisions: the plain files an analyst's work is kept in."""
from __future__ import annotations

import json
from dataclasses import dataclass, field

import pytest

from corpus_tui.index.curation import Decision, DecisionLog, EntityRef, apply
from corpus_tui.index.marks import MarkBook
from corpus_tui.index.userfiles import UserFileError, write_json


def test_marks_survive_a_new_book_on_the_same_file(tmp_path):
    path = tmp_path / "marks.json"
    book = MarkBook(path)
    book.add("a.txt", 2, "Second paragraph.", note="check this")
    book.add("b.txt", 0, "Title")
    again = MarkBook(path)
    assert [(m.article, m.passage, m.note) for m in again] == [("a.txt", 2, "check this"), ("b.txt", 0, None)]
    assert json.loads(path.read_text())["version"] == 1
    assert again.remove("b.txt", 0) and not again.remove("b.txt", 0)
    assert len(MarkBook(path)) == 1


def test_a_mark_follows_its_text_or_is_kept_as_orphaned(tmp_path):
    book = MarkBook(tmp_path / "marks.json")
    book.add("a.txt", 1, "The minister arrived on Tuesday for talks.")
    book.add("a.txt", 2, "A paragraph that will be deleted entirely from the article.")
    book.add("gone.txt", 0, "Title")
    texts = {"a.txt": ["Title", "A new paragraph above.", "The minister arrived on Tuesday for talks!"]}
    assert book.reanchor(texts.get)
    marks = {(m.article, m.anchor[:10]): m for m in MarkBook(tmp_path / "marks.json")}
    moved = marks[("a.txt", "The minist")]
    assert (moved.passage, moved.orphaned) == (2, False)
    assert marks[("a.txt", "A paragrap")].orphaned
    assert marks[("gone.txt", "Title")].orphaned
    assert not book.reanchor(texts.get)   # nothing changes a second time


def test_a_broken_work_file_is_one_clear_error(tmp_path):
    path = tmp_path / "marks.json"
    path.write_text("{not json")
    with pytest.raises(UserFileError, match="not valid JSON"):
        MarkBook(path)
    write_json(path, {"something": "else"})
    with pytest.raises(UserFileError, match="not a marks file"):
        MarkBook(path)


@dataclass
class Cluster:
    id: str
    name: str
    type: str
    aliases: list[str]
    keys: list[str]
    mentions: int = 0
    articles: int = 0
    extra: list[str] = field(default_factory=list)


FORMS = {"jan novak": {"Jan Novak": 5, "Novak": 3}, "novak": {"Novak": 2}, "acme": {"Acme": 4},
         "acme corp": {"Acme Corp": 1}, "spokesmen": {"Spokesmen": 7}}


def clusters() -> list[Cluster]:
    return [Cluster("jan-novak", "Jan Novak", "PERSON", ["Jan Novak", "Novak"], ["jan novak", "novak"], 10, 3),
            Cluster("acme", "Acme", "ORG", ["Acme"], ["acme"], 4, 2),
            Cluster("acme-corp", "Acme Corp", "ORG", ["Acme Corp"], ["acme corp"], 1, 1),
            Cluster("spokesmen", "Spokesmen", "OTHER", ["Spokesmen"], ["spokesmen"], 7, 5)]


def ref(entity_id: str, name: str) -> EntityRef:
    return EntityRef(entity_id, name)


def test_decisions_apply_in_order_and_hold_when_ids_change():
    decisions = [Decision("merge", (ref("acme", "Acme"), ref("acme-corp", "Acme Corp"))),
                 Decision("ignore", (ref("spokesmen", "Spokesmen"),)),
                 Decision("rename", (ref("acme", "Acme"),), "Acme Corporation"),
                 Decision("split", (ref("jan-novak", "Jan Novak"),), "Novak")]
    result, problems = apply(clusters(), decisions, FORMS)
    assert problems == []
    by_name = {e.name: e for e in result}
    assert set(by_name) == {"Jan Novak", "Novak", "Acme Corporation"}
    assert by_name["Acme Corporation"].keys == ["acme", "acme corp"]
    assert "Acme" in by_name["Acme Corporation"].aliases
    assert by_name["Novak"].keys == ["novak"] and by_name["Jan Novak"].keys == ["jan novak"]
    # A re-clustering that gives other ids: the decisions find their entities by name.
    renamed_ids = [Cluster(f"x{i}", c.name, c.type, c.aliases, c.keys, c.mentions) for i, c in enumerate(clusters())]
    again, problems = apply(renamed_ids, decisions, FORMS)
    assert problems == [] and {e.name for e in again} == set(by_name)


def test_a_decision_whose_entity_is_gone_is_reported_not_raised():
    decisions = [Decision("ignore", (ref("nobody", "Nobody At All"),)),
                 Decision("split", (ref("acme", "Acme"),), "Acme")]
    result, problems = apply(clusters(), decisions, FORMS)
    assert len(result) == 4
    assert "Nobody At All" in problems[0] and "skipped" in problems[1]


def test_the_decision_log_undoes_the_last_step(tmp_path):
    log = DecisionLog(tmp_path / "curation.json")
    before = log.fingerprint()
    log.append(Decision("ignore", (ref("spokesmen", "Spokesmen"),)))
    log.append(Decision("rename", (ref("acme", "Acme"),), "Acme Inc"))
    assert log.fingerprint() != before
    reread = DecisionLog(tmp_path / "curation.json")
    assert [d.op for d in reread.decisions] == ["ignore", "rename"]
    assert reread.undo().op == "rename"
    assert reread.undo().op == "ignore"
    assert reread.undo() is None
    assert DecisionLog(tmp_path / "curation.json").decisions == []
    assert reread.fingerprint() == before


def test_query_history_is_bounded_deduplicated_and_kept(tmp_path):
    from corpus_tui.index.query_log import QueryLog

    log = QueryLog(tmp_path / "queries.json", kept=3)
    for query in ["a", "b", "a", "c", "d", "  "]:
        log.add(query)
    assert log.queries == ["a", "c", "d"]
    assert QueryLog(tmp_path / "queries.json", kept=3).queries == ["a", "c", "d"]
