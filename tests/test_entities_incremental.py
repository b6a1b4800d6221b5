"""Incremental entity resolution: after a change, only the clusters around the changed
keys are resolved again, and the result is the one a full resolution gives."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from corpus_tui.index.engine import CorpusIndex
from corpus_tui.index.resolution.stored import refresh_entities
from corpus_tui.index.store import Store

DATA = Path(__file__).parent / "data"
SEEDS = Path(__file__).parent.parent / "seeds"


def _clusters(store: Store) -> dict[frozenset[str], tuple]:
    """Each entity as its set of keys, with what a reader sees of it (id aside: ids of
    kept entities are stable, a full resolution may number colliding slugs otherwise)."""
    keys: dict[str, set[str]] = {}
    for key, entity in store.db.execute("SELECT key, entity FROM entity_keys"):
        keys.setdefault(entity, set()).add(key)
    return {frozenset(keys[e.id]): (e.name, e.type, tuple(e.aliases), e.articles, e.mentions)
            for e in store.entities()}


def _full_resolution(index_dir: Path, decisions=()) -> dict[frozenset[str], tuple]:
    """What a full resolution makes of the same store (on a copy of it), with the
    curation `decisions` applied."""
    copy = index_dir.parent / (index_dir.name + "-full")
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(index_dir, copy)
    store = Store(copy / "store.sqlite")
    try:
        refresh_entities(store, decisions, full=True)
        return _clusters(store)
    finally:
        store.close()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for source in (SEEDS, DATA / "own", DATA / "own2"):
        for path in sorted(source.glob("*.txt")):
            shutil.copy(path, folder / f"{source.name}-{path.name}")
    return folder


def _resolved_incrementally(corpus: Path, index_dir: Path) -> dict[frozenset[str], tuple]:
    """Open after a change (which syncs), ask for the entities, check that the change
    marked keys, that they were resolved incrementally and that the result is what a
    full resolution gives; the clusters."""
    with CorpusIndex.open(corpus, index_dir) as ix:
        assert ix.store.dirty_key_count() > 0, "the change marked no key as changed"
        ix.entities()
        assert ix.store.dirty_key_count() == 0
        assert ix.store.get_meta("entities_resolution") == "incremental"
        incremental = _clusters(ix.store)
    assert incremental == _full_resolution(index_dir)
    return incremental


def test_changes_are_resolved_incrementally_as_a_full_resolution_would(corpus: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    with CorpusIndex.open(corpus, index_dir) as ix:
        ix.entities()
        assert ix.store.get_meta("entities_resolution") == "full"
    files = sorted(corpus.glob("own-*.txt"))

    # A new person and a new organisation, in full only.
    edited = files[3]
    edited.write_text(edited.read_text() + "\n\nMaria Quixbench of the Caspian Water Authority met "
                      "Kasimov on Friday.\n")
    incremental = _resolved_incrementally(corpus, index_dir)
    assert {"Maria Quixbench", "Caspian Water Authority"} <= {row[0] for row in incremental.values()}

    # Another article writes the surname alone and the acronym alone: both join (the
    # keys they join are not in the changed article).
    (corpus / "own-98-later.txt").write_text(
        "Water talks resume\nThe CWA confirmed on Monday that Quixbench would lead the talks.\n")
    incremental = _resolved_incrementally(corpus, index_dir)
    cluster_of = {key: keys for keys in incremental for key in keys}
    assert "cwa" in cluster_of["caspian water authority"], "the acronym joins its long form"
    assert "quixbench" in cluster_of["maria quixbench"], "the bare surname joins its one person"

    # A second person of that surname: the bare surname must no longer join either.
    (corpus / "own-99-second.txt").write_text(
        "Lawyer appointed\nPeter Quixbench, a lawyer, was appointed on Monday.\n")
    incremental = _resolved_incrementally(corpus, index_dir)
    cluster_of = {key: keys for keys in incremental for key in keys}
    assert "quixbench" not in cluster_of["maria quixbench"] | cluster_of["peter quixbench"]

    # A file gone and another emptied of names: their keys shrink or disappear.
    files[0].unlink()
    files[1].write_text("Nothing to see\nno names here at all, only words.\n")
    incremental = _resolved_incrementally(corpus, index_dir)


def test_a_kept_entity_keeps_its_id_and_trace_finds_the_new_mentions(corpus: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    with CorpusIndex.open(corpus, index_dir) as ix:
        before = {e.name: e for e in ix.entities()}
    edited = sorted(corpus.glob("own-*.txt"))[3]
    edited.write_text(edited.read_text() + "\n\nRustam Kasimov spoke again on Saturday.\n")
    with CorpusIndex.open(corpus, index_dir) as ix:
        after = {e.name: e for e in ix.entities()}
        assert ix.store.get_meta("entities_resolution") == "incremental"
        person = after["Rustam Kasimov"]
        assert person.id == before["Rustam Kasimov"].id
        assert person.mentions == before["Rustam Kasimov"].mentions + 1
        untouched = [name for name in before if name in after and before[name] == after[name]]
        assert len(untouched) > len(before) * 0.8, "entities away from the change are kept as they were"
        trace = ix.trace(person.id)
        assert any("Saturday" in mention.context for mention in trace.mentions)


def test_new_curation_resolves_fully_and_the_next_change_incrementally(corpus: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    with CorpusIndex.open(corpus, index_dir) as ix:
        ix.entities()
        ix.curate("ignore", [ix.entities()[-1].name])
        ix.entities()
        assert ix.store.get_meta("entities_resolution") == "full"
    edited = sorted(corpus.glob("own-*.txt"))[3]
    edited.write_text(edited.read_text() + "\n\nRustam Kasimov spoke again on Saturday.\n")
    with CorpusIndex.open(corpus, index_dir) as ix:
        ix.entities()
        assert ix.store.get_meta("entities_resolution") == "incremental"


def test_curation_decisions_hold_through_incremental_resolutions(corpus: Path, tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    with CorpusIndex.open(corpus, index_dir) as ix:
        ix.entities()
        ix.curate("merge", ["Rustam Kasimov", "Giorgi Beridze"])
        ix.curate("rename", ["Giorgi Beridze"], "The Two Envoys")
    edited = sorted(corpus.glob("own-*.txt"))
    for round_, path in enumerate((edited[3], edited[0])):   # one names them, one does not
        path.write_text(path.read_text() + f"\n\nRustam Kasimov spoke again, round {round_}.\n")
        with CorpusIndex.open(corpus, index_dir) as ix:
            merged = ix.find_entity("The Two Envoys")
            assert ix.store.get_meta("entities_resolution") == "incremental"
            assert {"rustam kasimov", "giorgi beridze"} <= set(ix.store.keys_of_entity(merged.id))
            decisions = ix.workspace.decisions.decisions
            assert _clusters(ix.store) == _full_resolution(index_dir, decisions)
