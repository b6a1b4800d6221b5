"""The index on disk: built once, kept current file by file, rebuilt when broken or
outdated, never written into the corpus."""
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from corpus_tui.index import indexing, storage
from corpus_tui.index.engine import CorpusIndex
from corpus_tui.index.errors import CorpusError, IndexLocationError

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    return folder


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {p.relative_to(folder).as_posix(): (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.rglob("*")}


def _hit_ids(ix: CorpusIndex, query: str) -> set[str]:
    return {a.article for a in ix.search(query, limit=100).articles}


def test_first_open_indexes_everything_and_reopen_does_nothing(corpus, tmp_path):
    with CorpusIndex.open(corpus, tmp_path / "ix", sync=False) as ix:
        first = ix.sync()
    assert first.added == 5 and len(first.indexed_articles) == 5
    with CorpusIndex.open(corpus, tmp_path / "ix", sync=False) as ix:
        again = ix.sync()
        assert ix.article_count() == 5
    assert not again.did_work and again.indexed_articles == [] and again.unchanged == 5


def test_add_change_delete_reindex_only_those_files(corpus, tmp_path):
    index_dir = tmp_path / "ix"
    CorpusIndex.open(corpus, index_dir).close()

    (corpus / "sub").mkdir()
    (corpus / "sub" / "new.txt").write_text("Harbour talks resume\nNegotiators met at the quayside warehouse.\n")
    changed = corpus / "002_19ede879a1e1781d.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "A zeppelinology footnote was added.\n", encoding="utf-8")
    (corpus / "004_2d9af6185ffcc238.txt").unlink()

    with CorpusIndex.open(corpus, index_dir, sync=False) as ix:
        stats = ix.sync()
        assert sorted(stats.indexed_articles) == ["002_19ede879a1e1781d.txt", "sub/new.txt"]
        assert (stats.added, stats.changed, stats.deleted, stats.unchanged) == (1, 1, 1, 3)
        assert _hit_ids(ix, "quayside") == {"sub/new.txt"}
        assert _hit_ids(ix, "zeppelinology") == {"002_19ede879a1e1781d.txt"}
        assert "004_2d9af6185ffcc238.txt" not in _hit_ids(ix, "Shoigu")
        assert ix.article_count() == 5


def test_a_touched_but_unchanged_file_is_not_reindexed(corpus, tmp_path):
    CorpusIndex.open(corpus, tmp_path / "ix").close()
    target = corpus / "000_b63a4b959fc8c7e4.txt"
    os.utime(target, ns=(target.stat().st_atime_ns, target.stat().st_mtime_ns + 5_000_000_000))
    with CorpusIndex.open(corpus, tmp_path / "ix", sync=False) as ix:
        stats = ix.sync()
        assert stats.indexed_articles == [] and not stats.did_work
        # ...and the new mtime is remembered, so the next open does not even read it.
        assert ix.pending_files() == ([], [])


def test_the_corpus_folder_is_never_written(corpus, tmp_path):
    before = _snapshot(corpus)
    with CorpusIndex.open(corpus, tmp_path / "ix") as ix:
        ix.search("Shoigu")
        ix.entities()
    assert _snapshot(corpus) == before


def test_index_inside_the_corpus_is_refused(corpus):
    with pytest.raises(IndexLocationError, match="inside the corpus"):
        CorpusIndex.open(corpus, corpus / ".index")
    assert not (corpus / ".index").exists()


def test_default_location_is_the_user_cache_folder(corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    with CorpusIndex.open(corpus) as ix:
        assert (tmp_path / "cache" / "corpus-tui") in ix.index_dir.parents
        assert (ix.index_dir / "store.sqlite").exists()


def test_an_index_of_another_schema_version_is_rebuilt_with_a_message(corpus, tmp_path, monkeypatch):
    CorpusIndex.open(corpus, tmp_path / "ix").close()
    monkeypatch.setattr(storage, "SCHEMA_VERSION", "older-than-this")
    messages: list[str] = []
    with CorpusIndex.open(corpus, tmp_path / "ix", sync=False, warn=messages.append) as ix:
        stats = ix.sync()
        assert len(stats.indexed_articles) == 5
        assert _hit_ids(ix, "Shoigu")
    assert len(messages) == 1 and "another version" in messages[0]


@pytest.mark.parametrize("articles", [0, 5])
def test_a_store_with_no_version_is_damage_only_beside_an_index_that_holds_articles(corpus, tmp_path, articles):
    """Another process creates the index before it writes the store's version: an open in
    between finds an empty index and no version, which is no damage (a rebuild would fail
    while that process holds the index)."""
    import sqlite3

    index_dir = tmp_path / "ix"
    CorpusIndex.open(corpus, index_dir, sync=bool(articles)).close()
    with sqlite3.connect(index_dir / "store.sqlite") as db:
        db.execute("DELETE FROM meta WHERE key = 'schema_version'")
    messages: list[str] = []
    CorpusIndex.open(corpus, index_dir, sync=False, warn=messages.append).close()
    assert bool(messages) == bool(articles), messages


@pytest.mark.parametrize("damage", ["whoosh_toc", "sqlite"])
def test_a_broken_index_is_rebuilt_with_a_message(corpus, tmp_path, damage):
    index_dir = tmp_path / "ix"
    CorpusIndex.open(corpus, index_dir).close()
    if damage == "whoosh_toc":
        for toc in (index_dir / "whoosh").glob("*.toc"):
            toc.write_bytes(b"garbage")
    else:
        for name in ("store.sqlite-wal", "store.sqlite-shm"):
            (index_dir / name).unlink(missing_ok=True)
        (index_dir / "store.sqlite").write_bytes(b"this is not a database" * 100)
    messages: list[str] = []
    with CorpusIndex.open(corpus, index_dir, warn=messages.append) as ix:
        assert _hit_ids(ix, "Shoigu") == {p.name for p in SEEDS.glob("*.txt")}
    assert len(messages) == 1 and "broken" in messages[0]


def test_rebuild_leaves_other_files_in_the_index_folder_alone(corpus, tmp_path):
    index_dir = tmp_path / "shared-folder"
    index_dir.mkdir()
    (index_dir / "notes.txt").write_text("mine")
    CorpusIndex.open(corpus, index_dir).close()
    CorpusIndex.open(corpus, index_dir, rebuild=True).close()
    assert (index_dir / "notes.txt").read_text() == "mine"


def test_an_empty_corpus_is_an_error(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(CorpusError, match="no articles"):
        CorpusIndex.open(tmp_path / "empty", tmp_path / "ix")


def _stories(tmp_path, count: int):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(count):
        (folder / f"{i:02d}.txt").write_text(f"Story {i}\nParagraph about widget{i} and the common harbour.\n")
    return folder


def _batches_of(monkeypatch, articles: int) -> None:
    """Commit batches by count alone (on a busy machine the first half-second batch may
    hold one article)."""
    monkeypatch.setattr(indexing, "COMMIT_EVERY", articles)
    monkeypatch.setattr(indexing, "FIRST_COMMIT_SECONDS", 60.0)
    monkeypatch.setattr(indexing, "COMMIT_SECONDS", 60.0)


def test_big_builds_commit_in_batches_so_readers_see_progress(tmp_path, monkeypatch):
    folder = _stories(tmp_path, 7)
    _batches_of(monkeypatch, 3)
    seen: list[int] = []
    with CorpusIndex.open(folder, tmp_path / "ix", sync=False) as ix:
        reader = CorpusIndex.open(folder, tmp_path / "ix", sync=False)
        ix.sync(progress=lambda done, total: seen.append(reader.article_count()))
        reader.close()
        assert _hit_ids(ix, "harbour") == {f"{i:02d}.txt" for i in range(7)}
    # A second connection saw committed batches grow while the build went on.
    assert seen[0] == 0 and 0 < seen[3] < 7


def test_batches_stay_separate_and_small_segments_of_updates_are_merged(tmp_path, monkeypatch):
    """A first build's batches are not merged (Whoosh's merges rewrite every posting);
    the small segments that incremental updates leave are merged once a few pile up,
    and searches see the same articles throughout."""
    from corpus_tui.index import whoosh_adapter

    folder = _stories(tmp_path, 12)
    _batches_of(monkeypatch, 4)
    monkeypatch.setattr(whoosh_adapter, "SMALL_SEGMENT_PASSAGES", 8)  # a batch of 4 articles holds 8

    def segments(ix) -> list[int]:
        with ix.search_backend.searcher() as s:
            return [leaf.doc_count() for leaf, _ in s.reader().leaf_readers()]

    with CorpusIndex.open(folder, tmp_path / "ix") as ix:
        assert segments(ix) == [8, 8, 8]
    counts = []
    for n in range(4):
        (folder / f"new-{n}.txt").write_text(f"Update {n}\nAnother harbour story.\n")
        with CorpusIndex.open(folder, tmp_path / "ix") as ix:
            counts.append(segments(ix))
            assert _hit_ids(ix, "harbour") == {p.name for p in folder.glob("*.txt")}
    # Small segments are kept until three pile up; the next update merges them into its own.
    assert counts == [[8, 8, 8, 2], [8, 8, 8, 2, 2], [8, 8, 8, 2, 2, 2], [8, 8, 8, 8]]


def test_the_last_commit_of_a_big_build_merges_the_small_segments_it_left(tmp_path, monkeypatch):
    """The half-second first batch is small; the build's last commit merges it (the first
    small change after the build would otherwise pay for it)."""
    from corpus_tui.index import whoosh_adapter

    folder = _stories(tmp_path, 14)
    _batches_of(monkeypatch, 4)
    monkeypatch.setattr(indexing, "FIRST_COMMIT_SECONDS", 0.0)  # the first batch: one article
    monkeypatch.setattr(whoosh_adapter, "SMALL_SEGMENT_PASSAGES", 8)
    with CorpusIndex.open(folder, tmp_path / "ix") as ix:
        with ix.search_backend.searcher() as s:
            # Batches of 1, 4, 4, 4 and 1 articles (2 passages each): the first and the
            # last are one segment.
            assert sorted(leaf.doc_count() for leaf, _ in s.reader().leaf_readers()) == [4, 8, 8, 8]
        assert _hit_ids(ix, "harbour") == {p.name for p in folder.glob("*.txt")}


def test_store_is_sqlite_and_keeps_a_manifest(corpus, tmp_path):
    CorpusIndex.open(corpus, tmp_path / "ix").close()
    db = sqlite3.connect(tmp_path / "ix" / "store.sqlite")
    rows = db.execute("SELECT rel, size, hash FROM files ORDER BY rel").fetchall()
    assert [r[0] for r in rows] == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert all(size > 0 and len(h) == 32 for _rel, size, h in rows)


def test_a_pool_of_worker_processes_indexes_exactly_what_one_process_does(corpus, tmp_path, monkeypatch):
    """Big corpora are read, split and searched for entities in worker processes;
    the index they make must be the one a single process makes."""
    for i in range(12):
        (corpus / f"extra-{i:02d}.txt").write_text(
            f"Council vote {i}\nThe Harbour Authority of Port Elsewhere met Mayor Ana Vidal on day {i}.\n")

    def snapshot(ix):
        return (
            {a.article: [(h.passage, h.score) for h in a.passages]
             for a in ix.search("Shoigu OR harbour", limit=100).articles},
            {a: [(m.start, m.end, m.text, m.entity) for m in ix.mentions(a)] for a in ix.store.all_article_ids()},
            sorted((e.name, e.type, e.mentions, e.articles) for e in ix.entities()),
            every_posting(ix),
        )

    def every_posting(ix):
        # Every indexed field, analysed in the worker or here: the same terms, documents,
        # weights and positions, by article and passage (docnums may differ).
        with ix.backend.searcher() as searcher:
            reader = searcher.reader()
            where = {docnum: (fields["article"], fields["passage"]) for docnum, fields in reader.iter_docs()}
            return sorted((name, term, where[docnum], weight, value)
                          for name, term, docnum, weight, value in reader.iter_postings())

    with CorpusIndex.open(corpus, tmp_path / "single") as ix:
        single = snapshot(ix)
    monkeypatch.setattr(indexing, "PARALLEL_MIN_FILES", 1)
    monkeypatch.setattr(indexing, "PREPARE_BATCH", 3)
    with CorpusIndex.open(corpus, tmp_path / "pooled") as ix:
        pooled = snapshot(ix)
    assert pooled == single
