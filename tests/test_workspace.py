"""Marks and curation through the engine, on a real index: they persist, follow the
corpus, survive `--rebuild`, and show at once in entities, trace and highlights."""
from __future__ import annotations

import pytest

from corpus_tui.index.engine import CorpusIndex
from corpus_tui.index.errors import CorpusError, CorpusTuiError

ARTICLES = {
    "a.txt": "Harbour talks resume\n\nJan Novak, the harbour master, met Acme Shipping in Gdansk on Monday.\n\n"
             "Novak said the talks with Acme Shipping would go on.\n",
    "b.txt": "Fleet returns\n\nAcme Shipping said its fleet returned to Gdansk.\n\nThe harbour master Jan Novak "
             "welcomed the boats.\n",
}


@pytest.fixture()
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_marks_persist_follow_their_text_and_survive_a_rebuild(corpus, tmp_path):
    index = tmp_path / "ix"
    with CorpusIndex.open(corpus, index) as ix:
        ix.mark("b.txt", 2, note="who else was there?")
        ix.mark("a.txt", 1)
        with pytest.raises(CorpusTuiError):
            ix.mark("a.txt", 99)  # one clear error, no mark
    (corpus / "a.txt").write_text(ARTICLES["a.txt"].replace("\n\nJan Novak", "\n\nA new first paragraph.\n\nJan Novak"))
    with CorpusIndex.open(corpus, index) as ix:
        marks = ix.marks()
        assert [(m.article, m.passage) for m in marks] == [("a.txt", 2), ("b.txt", 2)]
        assert marks[0].text.startswith("Jan Novak") and marks[1].note == "who else was there?"
    with CorpusIndex.open(corpus, index, rebuild=True) as ix:
        assert len(ix.marks()) == 2
        assert ix.unmark("a.txt", 2) and not ix.unmark("a.txt", 2)
    (corpus / "b.txt").write_text("Fleet returns\n\nSomething else entirely now.\n")
    with CorpusIndex.open(corpus, index) as ix:
        [orphan] = ix.marks()
        assert orphan.orphaned and orphan.text.startswith("The harbour master")


def test_curation_shows_at_once_and_holds_through_updates_and_rebuilds(corpus, tmp_path):
    index = tmp_path / "ix"
    with CorpusIndex.open(corpus, index) as ix:
        person = ix.find_entity("Novak")
        ix.curate("rename", ["Novak"], "J. Novak (harbour master)")
        assert ix.find_entity("Jan Novak").name == "J. Novak (harbour master)"
        assert ix.entity(person.id).name == "J. Novak (harbour master)"
        ix.curate("ignore", ["Gdansk"])
        with pytest.raises(CorpusTuiError):
            ix.find_entity("Gdansk")
        assert all(ix.entity(m.entity).name != "Gdansk" for m in ix.mentions("a.txt"))
        with pytest.raises(CorpusError):
            ix.curate("merge", ["Novak", "Jan Novak"])   # one entity twice
    (corpus / "c.txt").write_text("Later\n\nAcme Shipping and Jan Novak met in Gdansk again.\n")
    with CorpusIndex.open(corpus, index, rebuild=True) as ix:
        assert ix.find_entity("Novak").name == "J. Novak (harbour master)"
        with pytest.raises(CorpusTuiError):
            ix.find_entity("Gdansk")
        assert ix.undo_curation().op == "ignore"
        assert ix.find_entity("Gdansk").name == "Gdansk"
        assert ix.undo_curation().op == "rename"
        assert ix.find_entity("Novak").name == "Jan Novak"
        assert ix.undo_curation() is None


def test_merge_and_split_change_trace(corpus, tmp_path):
    with CorpusIndex.open(corpus, tmp_path / "ix") as ix:
        acme, gdansk = ix.find_entity("Acme Shipping"), ix.find_entity("Gdansk")
        both = len(ix.trace(acme).mentions) + len(ix.trace(gdansk).mentions)
        ix.curate("merge", ["Acme Shipping", "Gdansk"])
        merged = ix.find_entity("Gdansk")
        assert merged.id in (acme.id, gdansk.id)
        assert len(ix.trace(merged).mentions) == both
        assert {m.text for m in ix.trace(merged).mentions} == {"Acme Shipping", "Gdansk"}
        ix.curate("split", [merged.id], "Gdansk")
        assert {m.text for m in ix.trace("Gdansk").mentions} == {"Gdansk"}
        assert {m.text for m in ix.trace("Acme Shipping").mentions} == {"Acme Shipping"}
        with pytest.raises(CorpusError, match="not an alias"):
            ix.curate("split", ["Acme Shipping"], "Nothing Like It")
