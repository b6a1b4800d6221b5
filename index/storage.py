"""The on-disk half of `CorpusIndex`: opening the index of one corpus in its folder,
finding it broken, outdated or read-only, rebuilding it, and the one clear error for
what rebuilding cannot fix (a folder that is not writable, a full disk, another
corpus-tui holding the writer lock).

On disk, in one folder per corpus (the user's cache folder by default):
`store.sqlite` (manifest, article texts, mentions, entity clusters), `whoosh/` (one
Whoosh document per passage), and the analyst's files (`workspace`), which every
rebuild leaves alone.
"""
from __future__ import annotations

import errno
import hashlib
import os
import shutil
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any, Callable, TypeVar

from .backend import WhooshBackend
from .errors import CorpusTuiError, IndexBusy, IndexDamaged, IndexLocationError, IndexWriteError
from .extraction import Extractor, default_extractor
from .indexing import check_counts
from .resolution.stored import RESOLVER_META, RESOLVER_VERSION
from .search import make_schema
from .store import ReadOnlyStore, Store
from .whoosh_adapter import QuietLocks, create_index, index_exists, open_index

T = TypeVar("T")
Warn = Callable[[str], None]

# Bump when what is stored changes shape: an index of another version is rebuilt.
# 6: date and source on every passage; 7: postings files beside the segments; 8: a mention's
# type guessed by the learned model is marked so (evidence outvotes it); 9: a number written
# with separators is one term ("3,350,000" is "3350000")
SCHEMA_VERSION = "9"



# How often an open that found the index broken while another process writes it looks again
# (50 ms apart), and how often at least, even when no other process seems to write it.
BUSY_RETRIES = 40
SETTLE_RETRIES = 4


def default_index_dir(root: Path) -> Path:
    from platformdirs import user_cache_dir

    digest = hashlib.sha1(str(root).encode("utf-8")).hexdigest()[:12]
    return Path(user_cache_dir("corpus-tui", appauthor=False)) / "indexes" / f"{root.name or 'corpus'}-{digest}"


class IndexStorage:
    """Opens, checks and rebuilds the index in `index_dir`; `CorpusIndex` asks it."""

    root: Path
    index_dir: Path
    warn: Warn
    store: Store
    backend: WhooshBackend
    read_only: bool  # an index this process may not write: it answers, never syncs
    _write_lock: threading.Lock

    @staticmethod
    def _extractor() -> Extractor:
        return default_extractor()

    def _open_storage(self) -> None:
        """Open the store and the Whoosh index, creating them when missing. An index
        that is broken (or of another version) is wiped and made anew once; what
        rebuilding cannot fix (permissions, a full disk, a rebuild that breaks
        again) is one clear error."""
        self.read_only = False
        problem = self._try_open()
        # While another process commits, Whoosh may drop the files of the generation this
        # one just began to read: what looks broken then is a race, so look again. Its
        # lock is free for a moment between two of its commits, so a few looks are taken
        # even when nobody seems to be writing, before an index is called broken.
        for attempt in range(BUSY_RETRIES):
            if problem is None or attempt >= SETTLE_RETRIES and not self._someone_writing():
                break
            self._close_parts()
            time.sleep(0.05)
            problem = self._try_open()
        if problem is not None:
            self._wipe(problem)

    def _someone_writing(self) -> bool:
        whoosh_dir = self.index_dir / "whoosh"
        if not whoosh_dir.is_dir():
            return False
        lock = _try_lock_folder(whoosh_dir)
        if lock is None:
            return True
        lock.release()
        return False

    def _try_open(self) -> str | None:
        """Open the index; None when it is usable, else why it must be rebuilt. Errors
        that a rebuild cannot fix are raised."""
        folder = self.index_dir
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise IndexLocationError(f"cannot create the index folder {folder}: {e.strerror or e}; "
                                     "choose another --index") from None
        store_path = folder / "store.sqlite"
        whoosh_dir = folder / "whoosh"
        for path, kind in ((store_path, "file"), (whoosh_dir, "folder")):
            if path.is_symlink() or (path.exists() and path.is_dir() != (kind == "folder")):
                return f"the index at {folder} is broken ({path.name} is not a {kind}); rebuilding it"
        if _read_only(folder, store_path, whoosh_dir):
            if store_path.exists() and index_exists(whoosh_dir):
                return self._open_read_only(store_path, whoosh_dir)
            raise IndexLocationError(f"the index folder {folder} is not writable; choose another --index")
        try:
            self.store = Store(store_path)
            version = self.store.get_meta("schema_version")
            extractor = self.store.get_meta("extractor")
            if version is not None and (version != SCHEMA_VERSION or extractor != self._extractor().name):
                return "the index was written by another version of corpus-tui; rebuilding it"
            if index_exists(whoosh_dir):
                ix = open_index(whoosh_dir)
                # (reads the table of contents: fails on a broken index); an empty index with
                # no version in the store is one another process is making this moment
                if ix.doc_count() and version is None:
                    raise ValueError("store has no version")
                self.backend = WhooshBackend(ix, self.store)
                problem = self._check_consistency()
                if problem is not None:
                    return f"the index at {folder} is broken ({problem}); rebuilding it"
            else:
                ix = create_index(whoosh_dir, make_schema())
                self.store.forget_all_files()
                self.backend = WhooshBackend(ix, self.store)
            # Written only when they change: an open must not wait for (or need) a write.
            for key, value in (("schema_version", SCHEMA_VERSION), ("extractor", self._extractor().name),
                               ("corpus", str(self.root))):
                if self.store.get_meta(key) != value:
                    self.store.set_meta(key, value)
        except CorpusTuiError:
            raise
        except Exception as e:  # a broken index, whatever broke, is rebuilt
            if _unfixable(e):
                raise _location_error(folder, e) from None
            return f"the index at {folder} is broken ({_describe(e)}); rebuilding it"
        return None

    def _open_read_only(self, store_path: Path, whoosh_dir: Path) -> str | None:
        """A read-only index (folder or files): opened for reading only, if it can be
        read and is of this version; otherwise one clear error (it cannot be rebuilt)."""
        try:
            self.store = ReadOnlyStore(store_path)
            version = self.store.get_meta("schema_version")
            ix = open_index(whoosh_dir)
            ix.doc_count()
        except Exception as e:
            raise IndexLocationError(f"the index at {self.index_dir} is read-only and cannot be read "
                                     f"({_describe(e)}); choose another --index") from None
        # (Its entities cannot be resolved again here: clusters by other rules are another version too.)
        resolver = self.store.get_meta(RESOLVER_META)
        if version != SCHEMA_VERSION or self.store.get_meta("extractor") != self._extractor().name \
                or resolver not in (None, RESOLVER_VERSION):
            raise IndexLocationError(f"the index at {self.index_dir} is read-only and was written by another "
                                     "version of corpus-tui; choose another --index")
        self.backend = WhooshBackend(ix, self.store)
        self.read_only = True
        return None

    def _check_consistency(self) -> str | None:
        """The cheap check on open (see `indexing.check_counts`), skipped while another
        process holds the writer lock (its two commits, Whoosh's and the store's, are
        not one): it would see a half-made commit as damage."""
        lock = QuietLocks.quiet(self.backend.ix)
        if lock is None:
            return None
        try:
            return check_counts(self.backend.ix, self.store)
        finally:
            lock.release()

    def _wipe(self, message: str) -> None:
        """Remove what this index owns (only our own files: `--index` may name a
        folder that holds other things too, and the analyst's files stay) and
        create it anew; when even a fresh index cannot be opened, one clear error."""
        self.warn(message)
        self._close_parts()
        whoosh_dir = self.index_dir / "whoosh"
        if whoosh_dir.is_dir() and not whoosh_dir.is_symlink():
            lock = _try_lock_folder(whoosh_dir)
            if lock is None:
                raise IndexBusy(f"the index at {self.index_dir} needs rebuilding, but another corpus-tui is "
                                "indexing this corpus; try again when it has finished")
            lock.release()
        for name in ("store.sqlite", "store.sqlite-wal", "store.sqlite-shm", "store.sqlite-journal", "whoosh"):
            try:
                _remove(self.index_dir / name)
            except OSError as e:
                raise _location_error(self.index_dir, e) from None
        problem = self._try_open()
        if problem is not None:
            raise IndexDamaged(f"the index at {self.index_dir} cannot be rebuilt: {problem}")

    def _close_parts(self) -> None:
        store = getattr(self, "store", None)
        if store is not None:
            store.close()
        backend = getattr(self, "backend", None)
        if backend is not None:
            backend.close()

    def _reset(self, message: str) -> None:
        if self.read_only:
            raise IndexLocationError(f"the index at {self.index_dir} is read-only: it cannot be rebuilt here; "
                                     "choose another --index")
        with self._write_lock:
            self._wipe(message)

def check_index_location(root: Path, folder: Path) -> None:
    # A one-file corpus (.jsonl) is only that file: the folder around it is the user's.
    if root.is_dir() and (folder == root or root in folder.parents):
        raise IndexLocationError(f"the index folder {folder} is inside the corpus {root}; choose another --index")
    if folder.exists() and not folder.is_dir():
        raise IndexLocationError(f"the index folder {folder} is a file; choose another --index")
    for parent in folder.parents:
        if parent.exists():
            if not parent.is_dir():
                raise IndexLocationError(f"the index folder {folder} cannot be made: {parent} is a file; "
                                         "choose another --index")
            break


def _read_only(folder: Path, store_path: Path, whoosh_dir: Path) -> bool:
    """Whether this process may not write the index (a read-only folder, store or
    Whoosh folder, or a read-only file system)."""
    paths = [folder] + [p for p in (store_path, whoosh_dir) if p.exists()]
    if not all(os.access(p, os.W_OK) for p in paths):
        return True
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def _remove(path: Path) -> None:
    """Remove a file or a folder of ours, whichever it is now."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)


class _NoLock:
    def release(self) -> None:
        pass


def _try_lock_folder(whoosh_dir: Path) -> Any:
    """The writer lock of the Whoosh index in `whoosh_dir`, or None while another
    process holds it; a folder whose lock files cannot be made has no writer to wait for.
    (The locks are taken on the folder, not through an opened index: opening one reads
    its table of contents, which fails for a moment while another process commits, and
    that must not pass for "nobody is writing".)"""
    try:
        return QuietLocks.quiet(whoosh_dir)
    except OSError:
        return _NoLock()


def _unfixable(e: BaseException) -> bool:
    """An error opening the index that rebuilding it cannot fix (the folder or the disk)."""
    if isinstance(e, sqlite3.OperationalError):
        text = str(e).lower()
        return any(s in text for s in ("disk is full", "readonly", "read-only", "locked", "unable to open"))
    return isinstance(e, OSError) and e.errno in (errno.ENOSPC, errno.EDQUOT, errno.EACCES, errno.EPERM, errno.EROFS)


def _location_error(folder: Path, e: BaseException) -> CorpusTuiError:
    text = str(e).lower()
    if isinstance(e, OSError) and e.errno in (errno.ENOSPC, errno.EDQUOT) or "disk is full" in text:
        return IndexWriteError(f"cannot write the index at {folder}: no space left on the device; "
                               "free space or choose another --index")
    if "locked" in text:
        return IndexBusy(f"the index at {folder} is locked by another corpus-tui; try again when it has finished")
    why = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
    return IndexLocationError(f"cannot use the index folder {folder} ({why}); choose another --index")


def _describe(e: BaseException) -> str:
    text = str(e).splitlines()[0][:80] if str(e) else ""
    return f"{type(e).__name__}: {text}" if text else type(e).__name__
