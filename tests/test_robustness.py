"""Nothing breaks, nothing hangs, nothing is lost (issue 14, engine classes 1-5): where the
index lives (permissions, a path under a file, a read-only index, a full disk), broken
index files, a very long article, queries that expand to thousands of terms, and
another instance holding the writer lock. Real indexes on disk, damaged by truncating,
overwriting and dropping their real files and tables; real processes."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from corpus_tui.index import engine, search, storage
from corpus_tui.index.engine import CorpusIndex
from corpus_tui.index.errors import CorpusTuiError, IndexDamaged, IndexLocationError
from corpus_tui.index.model import Article, Passage

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_IDS = {p.name for p in SEEDS.glob("*.txt")}


def cli(*args: str, env: dict | None = None, prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    return subprocess.run([*prefix, sys.executable, "-m", "corpus_tui.tui.cli", *args], capture_output=True,
                          text=True, timeout=120, env={**os.environ, **(env or {})})


@contextmanager
def read_only_tree(folder: Path):
    """`folder` and everything in it read-only for the duration (made writable again after)."""
    paths = [folder, *folder.rglob("*")]
    for p in paths:
        p.chmod(0o555 if p.is_dir() else 0o444)
    try:
        yield
    finally:
        for p in paths:
            p.chmod(0o755 if p.is_dir() else 0o644)


def one_clear_line(proc: subprocess.CompletedProcess, *words: str) -> None:
    """Exit 2 with one `error:` line on stderr that says `words`, and no traceback."""
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr
    errors = [line for line in proc.stderr.splitlines() if "error:" in line]
    assert len(errors) == 1, proc.stderr
    for word in words:
        assert word in errors[0], errors[0]


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.fixture(scope="module")
def good_index(tmp_path_factory) -> tuple[Path, Path]:
    """A corpus of the seeds and its index with a mark in it, built once: each test
    damages a copy."""
    base = tmp_path_factory.mktemp("good")
    corpus = base / "corpus"
    shutil.copytree(SEEDS, corpus)
    with CorpusIndex.open(corpus, base / "ix") as ix:
        ix.mark(ix.articles()[0].id, 1, note="keep me")
    return corpus, base / "ix"


def _copy(good_index, tmp_path) -> tuple[Path, Path]:
    corpus, ix = good_index
    shutil.copytree(ix, tmp_path / "ix")
    (tmp_path / "ix" / "curation.json").write_text('{"version": 1, "decisions": []}\n')
    return corpus, tmp_path / "ix"


def _whoosh_files(index_dir: Path, suffix: str) -> list[Path]:
    return sorted(p for p in (index_dir / "whoosh").iterdir() if p.name.endswith(suffix))


def _truncate(suffix: str, fraction: float):
    def damage(index_dir: Path) -> None:
        for p in _whoosh_files(index_dir, suffix):
            os.truncate(p, int(p.stat().st_size * fraction))
    return damage


def _overwrite(suffix: str, at: float, length: int = 64):
    def damage(index_dir: Path) -> None:
        for p in _whoosh_files(index_dir, suffix):
            size = p.stat().st_size
            with open(p, "r+b") as f:
                f.seek(int(size * at))
                f.write(bytes((i * 73 + 41) % 256 for i in range(min(length, size - int(size * at)))))
    return damage


def _sql(statement: str):
    def damage(index_dir: Path) -> None:
        db = sqlite3.connect(index_dir / "store.sqlite")
        db.executescript(statement)
        db.close()
    return damage


def _folder_for_file(index_dir: Path) -> None:
    target = _whoosh_files(index_dir, ".pst")[0]
    target.unlink()
    target.mkdir()


def _folder_for_store(index_dir: Path) -> None:
    (index_dir / "store.sqlite").unlink()
    (index_dir / "store.sqlite").mkdir()
    (index_dir / "store.sqlite" / "inside").write_text("x")


def _file_for_folder(index_dir: Path) -> None:
    shutil.rmtree(index_dir / "whoosh")
    (index_dir / "whoosh").write_text("not a folder")


DAMAGE = {
    # Whoosh files: truncated, emptied, overwritten, removed, replaced by a folder
    "postings truncated": _truncate(".pst", 0.5),
    "postings emptied": _truncate(".pst", 0.0),
    "terms truncated": _truncate(".trm", 0.5),
    "columns truncated": _truncate(".col", 0.5),
    "table of contents truncated": _truncate(".toc", 0.5),
    "terms header overwritten": _overwrite(".trm", 0.0),
    "article column overwritten": _overwrite("article.col", 0.1),
    "passage column overwritten": _overwrite("passage.col", 0.0, 8),
    "every column overwritten": _overwrite(".col", 0.5),
    "terms removed": lambda d: [p.unlink() for p in _whoosh_files(d, ".trm")],
    "a folder where a segment file was": _folder_for_file,
    "a folder where the store was": _folder_for_store,
    "a file where the whoosh folder was": _file_for_folder,
    # the store: rows missing, tables dropped, bytes overwritten
    "a manifest row deleted": _sql("DELETE FROM files WHERE rowid = 1"),
    "an article row deleted": _sql("DELETE FROM articles WHERE rowid = 1"),
    "articles table dropped": _sql("DROP TABLE articles"),
    "manifest table dropped": _sql("DROP TABLE files"),
    "meta table dropped": _sql("DROP TABLE meta"),
    "mentions table dropped": _sql("DROP TABLE mentions"),
    "store overwritten": lambda d: (d / "store.sqlite").write_bytes(b"not a database" * 300),
    "store truncated": lambda d: os.truncate(d / "store.sqlite", 2048),
}


@pytest.mark.parametrize("case", list(DAMAGE))
def test_a_damaged_index_gives_right_answers_after_one_message(good_index, tmp_path, case):
    corpus, index_dir = _copy(good_index, tmp_path)
    DAMAGE[case](index_dir)
    messages: list[str] = []
    with CorpusIndex.open(corpus, index_dir, warn=messages.append) as ix:
        assert {a.article for a in ix.search("Shoigu", limit=100).articles} == SEED_IDS
        assert ix.search("Shoigu").total == 5
        assert ix.search("Pyongyang OR Moscow").total == 5
        assert ix.article_count() == 5
        assert ix.find_entity("Shoigu").articles == 5
        assert [m.note for m in ix.marks()] == ["keep me"]
    # Damage found on open or on the first search: said once, then rebuilt.
    assert len(messages) <= 1 and all("rebuilding" in m for m in messages), messages
    assert (index_dir / "curation.json").read_text() == '{"version": 1, "decisions": []}\n'


def test_damage_that_a_rebuild_cannot_fix_is_one_error_not_a_recursion(good_index, tmp_path, monkeypatch):
    corpus, index_dir = _copy(good_index, tmp_path)
    _truncate(".toc", 0.5)(index_dir)

    def broken(*_args, **_kwargs):
        raise ValueError("this Whoosh cannot write an index")

    monkeypatch.setattr(storage, "create_index", broken)
    with pytest.raises(IndexDamaged, match="cannot be rebuilt"):
        CorpusIndex.open(corpus, index_dir)
    assert "keep me" in (index_dir / "marks.json").read_text()


def test_a_manifest_row_deleted_no_longer_fails_every_later_call(good_index, tmp_path):
    """Before: the file looked new, its articles were added again, and every sync
    failed with IntegrityError until --rebuild."""
    corpus, index_dir = _copy(good_index, tmp_path)
    _sql("DELETE FROM files WHERE rowid = 2")(index_dir)
    for _ in range(2):
        with CorpusIndex.open(corpus, index_dir) as ix:
            assert ix.search("Shoigu").total == 5


def test_whoosh_ahead_of_the_store_is_found_not_a_wrong_total(good_index, tmp_path):
    """A Whoosh commit without its store commit (killed in between): the file's passages
    would be indexed twice and totals silently wrong. Made here by forgetting a file in
    the store (as the store's rollback would) with its articles."""
    corpus, index_dir = _copy(good_index, tmp_path)
    db = sqlite3.connect(index_dir / "store.sqlite")
    rel = db.execute("SELECT rel FROM files LIMIT 1").fetchone()[0]
    (passages,) = db.execute("SELECT sum(json_array_length(passages)) FROM articles WHERE file=?", (rel,)).fetchone()
    db.executescript(f"DELETE FROM mentions WHERE article IN (SELECT n FROM articles WHERE file='{rel}');"
                     f"DELETE FROM articles WHERE file='{rel}'; DELETE FROM files WHERE rel='{rel}';")
    db.execute("UPDATE meta SET value = json_set(value, '$.articles', 4, '$.files', 4, '$.passages', "
               "json_extract(value, '$.passages') - ?) WHERE key = 'counts'", (passages,))
    db.commit()
    db.close()
    messages: list[str] = []
    with CorpusIndex.open(corpus, index_dir, warn=messages.append) as ix:
        assert ix.search("Shoigu").total == 5
        assert ix.backend.ix.doc_count() == sum(len(ix.article(a.id).passages) for a in ix.articles())
    assert len(messages) == 1 and "passages" in messages[0]


# -- where the index lives --------------------------------------------------------------

def test_an_index_path_under_a_file_is_one_clear_error(corpus, tmp_path):
    (tmp_path / "afile").write_text("x")
    with pytest.raises(IndexLocationError, match="is a file"):
        CorpusIndex.open(corpus, tmp_path / "afile" / "ix")
    one_clear_line(cli("search", "Shoigu", "--corpus", str(corpus), "--index", str(tmp_path / "afile" / "ix")),
                   "is a file")


def _unprivileged() -> tuple[str, ...] | None:
    """A command prefix that runs a process without the power to ignore file
    permissions: as root, root without CAP_DAC_OVERRIDE (setpriv); `runuser -u nobody`
    cannot be used because the interpreter lives in root's home. None if impossible."""
    if os.geteuid() != 0:
        return ()
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    prefix = (setpriv, "--bounding-set", "-dac_override,-dac_read_search,-fowner", "--")
    probe = tempfile.mkdtemp()
    try:
        os.chmod(probe, 0o555)
        denied = subprocess.run([*prefix, "sh", "-c", f"touch {probe}/x"], capture_output=True).returncode != 0
    finally:
        os.chmod(probe, 0o755)
        shutil.rmtree(probe)
    return prefix if denied else None


@pytest.fixture
def unprivileged() -> tuple[str, ...]:
    prefix = _unprivileged()
    if prefix is None:
        pytest.skip("no way to run a process that obeys file permissions (root without setpriv)")
    return prefix


def test_an_unwritable_index_folder_is_one_clear_error(corpus, tmp_path, unprivileged):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        proc = cli("search", "Shoigu", "--corpus", str(corpus), "--index", str(folder), prefix=unprivileged)
        one_clear_line(proc, "not writable", str(folder))
        proc = cli("search", "Shoigu", "--corpus", str(corpus), "--index", str(folder / "sub"), prefix=unprivileged)
        one_clear_line(proc, "cannot create the index folder", "Permission denied")
    finally:
        folder.chmod(0o755)


def test_an_unwritable_cache_folder_is_one_clear_error(corpus, tmp_path, unprivileged):
    cache = tmp_path / "cache"
    cache.mkdir()
    cache.chmod(0o555)
    try:
        proc = cli("search", "Shoigu", "--corpus", str(corpus), env={"XDG_CACHE_HOME": str(cache)},
                   prefix=unprivileged)
        one_clear_line(proc, "cannot create the index folder", "--index")
    finally:
        cache.chmod(0o755)


def test_a_read_only_up_to_date_index_still_answers(corpus, tmp_path, unprivileged):
    index_dir = tmp_path / "ix"
    # Built as `corpus-tui index` builds it (entities resolved), then made read-only.
    with CorpusIndex.open(corpus, index_dir) as ix:
        ix.entities()
    before = {p.name: p.stat().st_mtime_ns for p in index_dir.rglob("*")}
    with read_only_tree(index_dir):
        proc = cli("search", "Shoigu", "--corpus", str(corpus), "--index", str(index_dir), "--json",
                   prefix=unprivileged)
        assert proc.returncode == 0, proc.stderr
        assert '"total": 5' in proc.stdout and "Traceback" not in proc.stderr
        proc = cli("trace", "Shoigu", "--corpus", str(corpus), "--index", str(index_dir), "--json",
                   prefix=unprivileged)
        assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
        # Out of date: it says so and answers from what it holds.
        (corpus / "new.txt").write_text("Harbour talks\nNegotiators met at the quayside.\n")
        proc = cli("search", "Shoigu", "--corpus", str(corpus), "--index", str(index_dir), "--json",
                   prefix=unprivileged)
        assert proc.returncode == 0 and "read-only" in proc.stderr and '"total": 5' in proc.stdout, proc.stderr
        one_clear_line(cli("index", "--rebuild", "--corpus", str(corpus), "--index", str(index_dir),
                           prefix=unprivileged), "read-only")
    assert {p.name: p.stat().st_mtime_ns for p in index_dir.rglob("*")} == before


def test_a_read_only_index_whose_entities_were_never_resolved_says_so(corpus, tmp_path, unprivileged):
    index_dir = tmp_path / "ix"
    with CorpusIndex.open(corpus, index_dir, sync=False) as ix:
        ix.sync()  # what `corpus-tui index` does: entities are resolved at the first question
    with read_only_tree(index_dir):
        proc = cli("trace", "Shoigu", "--corpus", str(corpus), "--index", str(index_dir), "--json",
                   prefix=unprivileged)
        if proc.returncode != 0:
            one_clear_line(proc, "read-only")
        proc = cli("search", "Shoigu", "--corpus", str(corpus), "--index", str(index_dir), "--json",
                   prefix=unprivileged)
        assert proc.returncode == 0 and '"total": 5' in proc.stdout, proc.stderr


# -- a full disk ---------------------------------------------------------------------------

def _tmpfs_prefix(mountpoint: Path, size_kb: int) -> list[str] | None:
    """`sh -c` inside a new mount namespace with a `size_kb` tmpfs at `mountpoint`."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return None
    probe = subprocess.run([unshare, "-rm", "sh", "-c", f"mount -t tmpfs -o size=16k tmpfs {mountpoint}"],
                           capture_output=True)
    if probe.returncode != 0:
        return None
    return [unshare, "-rm", "sh", "-c", f'mount -t tmpfs -o size={size_kb}k tmpfs {mountpoint} && exec "$@"', "sh"]


def _write_articles(folder: Path, n: int, start: int = 0) -> None:
    folder.mkdir(exist_ok=True)
    for i in range(start, start + n):
        body = " ".join(f"word{(i * 7 + j) % 997} harbour{j % 13}" for j in range(300))
        (folder / f"a{i:04d}.txt").write_text(f"Report number {i}\n\n{body}\n")


def test_a_disk_that_fills_during_the_first_build_is_one_clear_error(tmp_path):
    mount = tmp_path / "small"
    mount.mkdir()
    prefix = _tmpfs_prefix(mount, 256)
    if prefix is None:
        pytest.skip("cannot mount a small tmpfs here (no unshare or no user namespaces)")
    _write_articles(tmp_path / "corpus", 150)
    proc = cli("index", "--corpus", str(tmp_path / "corpus"), "--index", str(mount / "ix"), prefix=tuple(prefix))
    one_clear_line(proc, "no space left", str(mount / "ix"))


def test_a_disk_that_fills_while_the_index_grows_keeps_the_index_usable(tmp_path):
    """The index is built on a small tmpfs, then the corpus grows past what it holds:
    `index` says the disk is full (exit 2), and a search in the same mount still
    answers from what was committed, with a warning."""
    mount = tmp_path / "small"
    mount.mkdir()
    prefix = _tmpfs_prefix(mount, 1024)
    if prefix is None:
        pytest.skip("cannot mount a small tmpfs here (no unshare or no user namespaces)")
    corpus = tmp_path / "corpus"
    _write_articles(corpus, 20)
    _write_articles(tmp_path / "later", 600, start=1000)
    script = textwrap.dedent(f"""
        set -u
        py={sys.executable}
        $py -m corpus_tui.tui.cli index --corpus {corpus} --index {mount}/ix > {tmp_path}/first.out 2>&1
        echo "first=$?" >> {tmp_path}/codes
        mv {tmp_path}/later/* {corpus}/
        $py -m corpus_tui.tui.cli index --corpus {corpus} --index {mount}/ix > {tmp_path}/grow.out 2>&1
        echo "grow=$?" >> {tmp_path}/codes
        $py -m corpus_tui.tui.cli search "Report" --json --limit 100 --corpus {corpus} --index {mount}/ix \
            > {tmp_path}/search.out 2> {tmp_path}/search.err
        echo "search=$?" >> {tmp_path}/codes
    """)
    subprocess.run([*prefix, "sh", "-c", script], capture_output=True, text=True, timeout=180)
    codes = dict(line.split("=") for line in (tmp_path / "codes").read_text().split())
    assert codes["first"] == "0", (tmp_path / "first.out").read_text()
    grow = subprocess.CompletedProcess([], int(codes["grow"]), "", (tmp_path / "grow.out").read_text())
    one_clear_line(grow, "no space left")
    err = (tmp_path / "search.err").read_text()
    assert codes["search"] == "0" and "no space left" in err and "Traceback" not in err, err
    import json

    found = json.loads((tmp_path / "search.out").read_text())
    assert found["total"] >= 20


# -- another instance holding the writer lock -------------------------------------------------

HOLD_LOCK = """
import sys, time
from corpus_tui.index.engine import CorpusIndex
ix = CorpusIndex.open(sys.argv[1], sys.argv[2], sync={sync})
writer = ix.backend.ix.writer()   # what a sync holds while it indexes
print("locked", flush=True)
time.sleep(60)
"""


def _hold_lock(corpus: Path, index_dir: Path, sync: bool) -> subprocess.Popen:
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK.format(sync=sync), str(corpus), str(index_dir)],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    return holder


def test_another_instance_indexing_is_said_at_once_and_committed_work_answers(corpus, tmp_path):
    index_dir = tmp_path / "ix"
    holder = _hold_lock(corpus, index_dir, sync=True)
    try:
        (corpus / "new.txt").write_text("Harbour talks\nNegotiators met at the quayside.\n")
        started = time.monotonic()
        proc = cli("search", "Shoigu", "--corpus", str(corpus), "--index", str(index_dir), "--json")
        assert time.monotonic() - started < 20
        assert proc.returncode == 0 and '"total": 5' in proc.stdout, proc.stderr
        assert "another corpus-tui is indexing this corpus" in proc.stderr and "Traceback" not in proc.stderr
        one_clear_line(cli("index", "--corpus", str(corpus), "--index", str(index_dir)),
                       "another corpus-tui is indexing this corpus")
    finally:
        holder.kill()
        holder.wait()


def test_another_instance_with_nothing_committed_yet_is_one_clear_line(corpus, tmp_path, monkeypatch):
    index_dir = tmp_path / "ix"
    holder = _hold_lock(corpus, index_dir, sync=False)
    monkeypatch.setattr(engine, "BUSY_WAIT_SECONDS", 0.3)
    try:
        with pytest.raises(CorpusTuiError, match="committed nothing yet"):
            CorpusIndex.open(corpus, index_dir)
    finally:
        holder.kill()
        holder.wait()


# -- a very long article ----------------------------------------------------------------------

def test_finding_the_passage_of_a_mention_is_a_binary_search():
    """100,000 passages and a mention in each: a linear scan per mention would take
    minutes (10^10 steps); the answer must also be the passage holding the offset."""
    passages = [Passage(i, i * 10, i * 10 + 8) for i in range(100_000)]
    article = Article("big", "t", "x" * 1_000_000, passages=passages)
    started = time.monotonic()
    found = [article.passage_at(i * 10 + 3) for i in range(100_000)]
    assert found == list(range(100_000))
    assert time.monotonic() - started < 5
    assert article.passage_at(0) == 0 and article.passage_at(9) == 0 and article.passage_at(10) == 1
    assert Article("e", "t", "", passages=[]).passage_at(5) == 0


def test_a_long_article_with_many_mentions_indexes_in_seconds(tmp_path):
    corpus = tmp_path / "big"
    corpus.mkdir()
    names = ["Anna Keller", "Boris Lund", "Clara Moss", "Delta Corporation", "Keller", "Lund"]
    paragraphs = [f"On day {i} {names[i % 6]} met {names[(i + 2) % 6]} in the harbour of Port Elling. "
                  f"{names[(i + 3) % 6]} said the talks went well." for i in range(8000)]
    (corpus / "big.txt").write_text("A long report\n\n" + "\n\n".join(paragraphs) + "\n")
    started = time.monotonic()
    with CorpusIndex.open(corpus, tmp_path / "ix") as ix:
        article = ix.article("big.txt")
        assert len(article.passages) == 8001
        assert ix.search("harbour").total == 1
        mentions = ix.mentions("big.txt")
        assert all(article.passages[m.passage].start <= m.start < article.passages[m.passage].end for m in mentions)
    assert time.monotonic() - started < 30


# -- queries that would take seconds ------------------------------------------------------------

def test_fuzzy_distance_is_capped_and_said(seeds_index_dir):
    with CorpusIndex.open(None, seeds_index_dir, sync=False) as ix:
        capped = ix.search("Shoigu~9")
        assert capped.notes == ["fuzzy distance capped at 2 (shoigu~9 searched as shoigu~2)"]
        assert capped.total == ix.search("Shoigu~2").total == 5
        assert ix.search("Shoigu~2").notes == []
        assert ix.search("Shoigu").notes == []


def test_expansions_are_bounded_to_the_most_frequent_terms_and_said(seeds_index_dir, monkeypatch):
    with CorpusIndex.open(None, seeds_index_dir, sync=False) as ix:
        full = ix.search("s*", limit=100)
        assert full.notes == [] and full.total == 5
        monkeypatch.setattr(search, "MAX_EXPANSIONS", 3)
        bounded = ix.search("s*", limit=100)
        assert len(bounded.notes) == 1 and bounded.notes[0].startswith("s* matched ")
        assert bounded.notes[0].endswith("terms; searched the 3 most frequent")
        # The most frequent terms are kept, and what they match is highlighted.
        with ix.backend.searcher() as s:
            q, _notes = search.bound_expansions(search.parse_query("s*", s.reader().schema), s.reader())
            kept = q.btexts
            counts = {t: s.reader().doc_frequency("body", t) for t in kept}
            assert len(kept) == 3 and min(counts.values()) >= max(
                s.reader().doc_frequency("body", t) for t, _ in s.reader().iter_prefix("body", "s") if t not in kept)
        assert bounded.articles[0].passages[0].spans


@pytest.mark.parametrize("query", ["*", "?", "??*", "a*", "*a*", "a* OR b*", "NOT a* AND Shoigu", "title:s*"])
def test_wildcards_answer_without_error(seeds_index_dir, query):
    with CorpusIndex.open(None, seeds_index_dir, sync=False) as ix:
        result = ix.search(query)
        assert result.total >= 0
    if query == "*":
        assert result.total == 5


SYNC_IN_SMALL_BATCHES = """
import sys
from corpus_tui.index import indexing
from corpus_tui.index.engine import CorpusIndex
indexing.COMMIT_EVERY = 2
indexing.COMMIT_SECONDS = indexing.FIRST_COMMIT_SECONDS = 0.0
with CorpusIndex.open(sys.argv[1], sys.argv[2], warn=print) as ix:
    print("done", ix.article_count(), flush=True)
"""


def test_opening_while_another_instance_commits_batches_never_sees_damage(tmp_path):
    """Whoosh lets its lock go at each of its commits, before the store's commit beside it:
    an open in between must not take the half-made commit for damage (and wipe it)."""
    corpus = tmp_path / "corpus"
    _write_articles(corpus, 30)
    index_dir = tmp_path / "ix"
    writer = subprocess.Popen([sys.executable, "-c", SYNC_IN_SMALL_BATCHES, str(corpus), str(index_dir)],
                              stdout=subprocess.PIPE, text=True)
    messages: list[str] = []
    opens = 0
    try:
        while writer.poll() is None:
            try:
                with CorpusIndex.open(corpus, index_dir, sync=False, warn=messages.append) as ix:
                    ix.search("harbour3")
                opens += 1
            except CorpusTuiError as e:
                messages.append(f"error: {e}")
    finally:
        out, _ = writer.communicate(timeout=60)
    assert out.strip().endswith("done 30"), out
    assert opens > 0 and not [m for m in messages if "broken" in m or "damaged" in m], messages
    with CorpusIndex.open(corpus, index_dir, warn=messages.append) as ix:
        assert ix.article_count() == 30 and ix.search("harbour3").total == 30
        assert ix.backend.ix.doc_count() == 60


def test_a_writer_is_seen_while_the_table_of_contents_cannot_be_read(corpus, tmp_path):
    """Whether another process writes is asked of the lock files in the folder, not of an
    opened index: while a commit replaces the table of contents, opening fails for a
    moment, and that must not pass for "nobody writes" (the index would be wiped)."""
    from corpus_tui.index.whoosh_adapter import SYNC_LOCK, try_write_lock

    with CorpusIndex.open(corpus, tmp_path / "ix"):
        pass
    whoosh_dir = tmp_path / "ix" / "whoosh"
    held = subprocess.Popen([sys.executable, "-c", HOLD_SYNC_LOCK, str(whoosh_dir)], stdout=subprocess.PIPE,
                            stdin=subprocess.PIPE, text=True)
    try:
        assert held.stdout is not None and held.stdout.readline().strip() == "held"
        for toc in whoosh_dir.glob("_MAIN_*.toc"):
            toc.rename(toc.with_suffix(".moved"))
        assert storage._try_lock_folder(whoosh_dir) is None
    finally:
        held.communicate("\n", timeout=30)
    lock = try_write_lock(whoosh_dir, SYNC_LOCK)
    assert lock is not None
    lock.release()


HOLD_SYNC_LOCK = """
import sys
from pathlib import Path
from corpus_tui.index.whoosh_adapter import SYNC_LOCK, try_write_lock
lock = try_write_lock(Path(sys.argv[1]), SYNC_LOCK)
print("held" if lock else "busy", flush=True)
sys.stdin.readline()
"""


def test_a_mistake_in_the_code_is_not_taken_for_a_damaged_index(corpus, tmp_path, monkeypatch):
    """A damaged file makes the index rebuild itself; an error of the code's own (here a
    call with the wrong arguments, raised in the package) must not: rebuilding would
    lose the index for nothing and fail again."""
    from corpus_tui.index import backend, folding

    with CorpusIndex.open(corpus, tmp_path / "ix") as ix:
        generation = ix.store.get_meta("generation")
        monkeypatch.setattr(backend, "positive_terms", folding.normalize_name)
        with pytest.raises(TypeError):
            ix.search("Pyongyang")
        assert ix.store.get_meta("generation") == generation
        monkeypatch.undo()
        assert ix.search("Pyongyang").total > 0
