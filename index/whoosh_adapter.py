"""Every use of Whoosh internals, here and in `segment_arrays` (the posting arrays).

Checked against whoosh-reloaded 2.7.5 (pinned ">=2.7.5,<2.8" in pyproject.toml).
What each part relies on, so an upgrade knows what to re-check:

- `MappedFileStorage`: `FileStorage._fpath` (a file's path) and `StructFile`
  wrapping any file-like object, here a read-only memory map.
- `FastSegmentWriter`: `SegmentWriter`'s attributes (`perdocwriter`, `pool`, `docnum`,
  `schema`, `codec`, `fieldwriter`, `_added`) and methods (`_check_state`,
  `_check_fields`, `_flush_segment`, `per_document_reader`), the pool's posting tuple
  `(fieldname, term bytes, docnum, weight, encoded value)`, and the codec's
  `_lenfield` (the name of a field's length column, `whoosh.codec.whoosh3`).
- `numeric_column_array`: `segment_arrays.column_array` (the private layout of a numeric
  column reader) and the translating column reader.
- `posting_ids`: the on-disk block matcher's `_read_ids`, `_next_block`, `_atend`, `_i`,
  `_ids`, `_blocklength`, with a public fallback (`all_ids`).
- `cached_columns`: an attribute of our own set on a searcher object.
- `expansion_frequencies`: `PatternQuery._find_prefix` and `_get_pattern`, and
  `MultiTerm._btexts` (the terms a fuzzy term stands for in one segment).
- `union_matcher`: `matching.ListMatcher(ids, all_weights=...)` as a constant-score matcher.
- The posting arrays beside the segments: `segment_arrays` (its docstring says what it uses).
"""
from __future__ import annotations

import mmap
import os
import re
import sys
import time
from array import array
from pathlib import Path
from typing import Any, Iterator

from whoosh import index as windex
from whoosh.codec.whoosh3 import _lenfield  # a field's length column: its type, its name
from whoosh.fields import Schema
from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import StructFile
from whoosh.index import Index
from whoosh.writing import SegmentWriter

from . import segment_arrays
from .segment_arrays import column_array, postings_writers


def index_exists(folder: Path) -> bool:
    return folder.exists() and windex.exists_in(folder)


def open_index(folder: Path) -> Index:
    """The Whoosh index in `folder`, its files read through memory maps."""
    return MappedFileStorage(str(folder)).open_index()


def create_index(folder: Path, schema: Schema) -> Index:
    folder.mkdir(exist_ok=True)
    return MappedFileStorage(str(folder)).create_index(schema)


class MappedFileStorage(FileStorage):
    """Whoosh's file storage, with index files read through a read-only memory map:
    as fast as Whoosh's in-memory copy of a compound segment, but the pages are the
    OS's file cache (shared, dropped under pressure), not this process's memory."""

    def open_file(self, name, **kwargs):
        with open(self._fpath(name), "rb") as f:
            if os.fstat(f.fileno()).st_size == 0 or sys.platform == "win32":
                # Nothing to map; and Windows cannot delete a mapped file (merges do).
                return super().open_file(name, **kwargs)
            mapped = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        return StructFile(mapped, name=name, **kwargs)


class FastSegmentWriter(SegmentWriter):
    """Whoosh's writer, with field lengths read once per segment instead of once per
    posting: when it writes a segment's postings, Whoosh looks up the document's field
    length for every posting through the on-disk column (a file read each, plus a
    stat for fields without lengths); that was a third of the time of a first build."""

    def add_document(self, **fields):
        """Whoosh's add_document, taking fields already analysed (`_postings`:
        {field name: [(term bytes, frequency, weight, encoded positions)]}, what
        `field.index(value)` returns) so that the analysis can run in another process."""
        postings = fields.pop("_postings", None)
        if not postings:
            return super().add_document(**fields)
        self._check_state()
        perdocwriter = self.perdocwriter
        schema = self.schema
        docnum = self.docnum
        add_post = self.pool.add
        fieldnames = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(schema, fieldnames)
        perdocwriter.start_doc(docnum)
        try:
            for fieldname in fieldnames:
                value = fields[fieldname]
                if value is None:
                    continue
                field = schema[fieldname]
                length = 0
                if field.indexed:
                    items = postings[fieldname] if fieldname in postings else field.index(value)
                    scorable = field.scorable
                    for tbytes, freq, weight, vbytes in items:
                        if scorable:
                            length += freq
                        add_post((fieldname, tbytes, docnum, weight, vbytes))
                perdocwriter.add_field(fieldname, field, value if field.stored else None, length)
                column = field.column_type
                if column:
                    perdocwriter.add_column_value(fieldname, column, field.to_column_value(value))
        except Exception:
            perdocwriter.cancel_doc()
            raise
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1

    def _flush_segment(self):
        self.perdocwriter.close()
        lengths = _FieldLengths(self.per_document_reader()) if self.codec.length_stats else None
        postings = self.pool.iter_postings()
        # The postings also go to files of flat arrays (`postings`), a file per field.
        writers = postings_writers(self.schema, self.storage, self.newsegment)
        for writer in writers:
            postings = writer.watch(postings)
        try:
            self.fieldwriter.add_postings(self.schema, lengths, postings)
        except BaseException:
            for writer in writers:
                writer.cancel()
            raise
        self.fieldwriter.close()
        for writer in writers:
            writer.close()
        if lengths:
            lengths.close()


# Segments with fewer passages than this are merged together once there are
# SMALL_SEGMENTS_TO_MERGE of them: the small segments of incremental updates (a few
# changed files each) would otherwise pile up, one per sync.
SMALL_SEGMENT_PASSAGES = 5000
SMALL_SEGMENTS_TO_MERGE = 3


def merge_small_segments(writer: Any, segments: list[Any], at_least: int = SMALL_SEGMENTS_TO_MERGE) -> list[Any]:
    """A Whoosh merge policy: the small segments (and those mostly deleted) are merged
    into the new one once there are enough of them; big segments are left as they are
    (Whoosh's merges decode and rewrite every posting in Python: merging a 20k-article
    index costs as much as writing it). Whoosh's own MERGE_SMALL, once a corpus has a
    few dozen equal segments, merges most of them at once. Uses `SegmentReader` and
    `writer.add_reader`, as Whoosh's policies do. `at_least`: how many small segments
    it takes (see `merge_leftovers`)."""
    from whoosh.reading import SegmentReader

    chosen = [segment for segment in segments if _small(segment)]
    if not chosen or len(chosen) < at_least:
        return segments
    for segment in chosen:
        reader = SegmentReader(writer.storage, writer.schema, segment)
        writer.add_reader(reader)
        reader.close()
    return [segment for segment in segments if not _small(segment)]


def _small(segment: Any) -> bool:
    live = segment.doc_count()
    return live < SMALL_SEGMENT_PASSAGES or live < segment.doc_count_all() // 2


def merge_leftovers(writer: Any, segments: list[Any]) -> list[Any]:
    """The merge policy of the last commit of a big sync: the small segments it left (the
    half-second first batch's, the remainder's) made one now, while the reader already
    waits for the build to finish, rather than at a small change after it: any small
    segment when this commit writes documents of its own (a small remainder, likely),
    otherwise two or more."""
    return merge_small_segments(writer, segments, at_least=1 if writer.docnum else 2)


class _FieldLengths:
    """The `doc_field_length` of a per-document reader, each field's column loaded
    into a list on first use."""

    def __init__(self, reader):
        self.reader = reader
        self.columns: dict[str, list | None] = {}

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0):
        if fieldname not in self.columns:
            self.columns[fieldname] = self._load(fieldname)
        column = self.columns[fieldname]
        return default if column is None else column[docnum]

    def _load(self, fieldname: str) -> list | None:
        reader = self.reader
        if not reader.has_column(_lenfield(fieldname)):
            return None
        # Exactly what the reader's own doc_field_length computes, for every doc at once.
        return [reader.doc_field_length(docnum, fieldname) for docnum in range(reader.doc_count_all())]

    def close(self) -> None:
        self.reader.close()


def numeric_column_array(leaf: Any, field: str) -> array:
    """The values of a numeric column of one segment as stored numbers: the raw column
    holds them shifted into an unsigned range (Whoosh's sortable encoding), so the shift
    is taken off, as read from the first document through the translating reader."""
    count = leaf.doc_count_all()
    values = column_array(leaf.column_reader(field, translate=False), count)
    if count:
        shift = values[0] - int(leaf.column_reader(field)[0])
        if shift:
            values = array("q", (value - shift for value in values))
    return values


def posting_ids(matcher: Any) -> Iterator[int]:
    """The document numbers of a posting list. Whoosh's generic `all_ids` steps one
    posting at a time through method calls; its on-disk matcher holds whole blocks
    of ids, read here block by block (three times faster). Any other matcher
    falls back to `all_ids`."""
    if not all(hasattr(matcher, a) for a in ("_read_ids", "_next_block", "_atend", "_i", "_blocklength")):
        yield from matcher.all_ids()
        return
    while not matcher._atend and matcher._i < matcher._blocklength:
        if matcher._ids is None:
            matcher._read_ids()
        yield from matcher._ids[matcher._i:matcher._blocklength]
        matcher._i = matcher._blocklength - 1
        matcher.next()


def cached_columns(searcher: Any) -> tuple[Any, Any]:
    """The article and passage columns of a searcher, kept with it: opening a
    column reads its offset table segment by segment (milliseconds each time)."""
    cols = getattr(searcher, "_corpus_tui_columns", None)
    if cols is None:
        reader = searcher.reader()
        cols = (reader.column_reader("article"), reader.column_reader("passage"))
        searcher._corpus_tui_columns = cols
    return cols


def expansion_frequencies(node: Any, reader: Any) -> dict[bytes, int]:
    """The indexed terms a multi-term query (prefix, wildcard, regex, fuzzy term) stands
    for, each with its passage frequency, expanded segment by segment (over a
    multi-segment reader Whoosh expands a fuzzy term by brute force over the whole
    vocabulary). Uses `PatternQuery._find_prefix`/`_get_pattern` (the literal prefix
    and the regular expression of a wildcard or regex) and `MultiTerm._btexts`."""
    from whoosh import query as wq

    field = node.field()
    near = segment_arrays.fuzzy_over_all_segments(node, reader)
    if near is not None:
        return near
    out: dict[bytes, int] = {}
    for leaf, _offset in reader.leaf_readers():
        if field not in leaf.schema:
            continue
        from_vocabulary = segment_arrays.vocabulary_expansion(node, leaf)
        if from_vocabulary is not None:
            found = from_vocabulary
        elif isinstance(node, wq.Prefix):
            found = ((b, info.doc_frequency()) for b, info in leaf.iter_prefix(field, node.text))
        elif isinstance(node, wq.PatternQuery):
            # The terms under the literal prefix, with their frequencies in the same
            # walk, filtered by the pattern (what `_btexts` does, without a lookup per term).
            pattern = re.compile(node._get_pattern())
            from_bytes = leaf.schema[field].from_bytes
            found = ((b, info.doc_frequency()) for b, info in leaf.iter_prefix(field, node._find_prefix(node.text))
                     if pattern.match(from_bytes(b)))
        else:
            found = ((b, leaf.doc_frequency(field, b)) for b in node._btexts(leaf))
        for btext, frequency in found:
            if isinstance(btext, str):  # Whoosh's fuzzy expansion yields text
                btext = btext.encode("utf-8")
            out[btext] = out.get(btext, 0) + frequency
    return out


def union_matcher(reader: Any, field: str, btexts: list[bytes], weight: float) -> Any:
    """A constant-score matcher of the documents of one segment `reader` holding any of
    `btexts` in `field`: the posting lists read block by block into one sorted list.
    Whoosh's own OR of many terms is a tree of union matchers stepped in Python
    (seconds for a hundred frequent terms)."""
    from whoosh.matching import ListMatcher, NullMatcher

    ids = _segment_ids(reader, field, btexts)
    if not ids:
        return NullMatcher()
    return ListMatcher(sorted(ids), all_weights=weight)


def _segment_ids(reader: Any, field: str, btexts: list[bytes]) -> set[int]:
    """The docnums of one segment `reader` holding any of `btexts` in `field`, deleted
    documents left out."""
    ids: set[int] = set()
    for btext in btexts:
        if (field, btext) in reader:
            ids.update(posting_ids(reader.postings(field, btext)))
    if reader.has_deletions():
        ids = {d for d in ids if not reader.is_deleted(d)}
    return ids


def index_files(folder: Path) -> dict[str, int]:
    """The files of the latest committed generation of the Whoosh index in `folder`
    (its table of contents and every file of its segments) with their sizes: what
    the consistency check on open compares (a truncated, removed or replaced file).
    Uses `TOC.read`, `TOC._filename` and a segment's `segid` (its files' names hold it)."""
    storage = FileStorage(str(folder))
    toc = windex.TOC.read(storage, windex._DEF_INDEX_NAME)
    toc_name = windex.TOC._filename(windex._DEF_INDEX_NAME, toc.generation)
    segids = [seg.segid for seg in toc.segments]
    out: dict[str, int] = {}
    for entry in os.scandir(folder):
        if entry.name == toc_name or any(segid in entry.name for segid in segids):
            out[entry.name] = entry.stat().st_size if entry.is_file(follow_symlinks=False) else -1
    return out


# Held by a sync from its first batch to its last commit: Whoosh's own writer lock is let
# go at each Whoosh commit, before the store's commit beside it and between batches, and
# an index seen in between would look damaged (Whoosh ahead of the store).
SYNC_LOCK = "SYNCLOCK"
# The name Whoosh gives an index it opens or creates without one (its lock files start with it).
INDEX_NAME = "MAIN"


def try_write_lock(ix: Index | Path, name: str = "WRITELOCK") -> Any | None:
    """The index's lock `name` if no other process holds it now (the caller releases
    it), else None. Whoosh's locks are `flock`s on files in the index folder, so a
    folder (`Path`) is enough: its table of contents need not be read, which fails for a
    moment while another process commits."""
    if isinstance(ix, Path):
        lock = FileStorage(str(ix)).lock(f"{INDEX_NAME}_{name}")
    else:
        lock = ix.lock(name)
    return lock if lock.acquire(blocking=False) else None


def wait_for_lock(ix: Index, name: str, seconds: float) -> Any | None:
    """The lock `name`, waiting up to `seconds` for another process to let it go."""
    deadline = time.monotonic() + seconds
    while True:
        lock = try_write_lock(ix, name)
        if lock is not None or time.monotonic() >= deadline:
            return lock
        time.sleep(0.05)


class QuietLocks:
    """Both locks of an index (no sync running, no Whoosh writer open), or None from
    `quiet` while another process holds either."""

    def __init__(self, locks: list[Any]):
        self.locks = locks

    @classmethod
    def quiet(cls, ix: Index | Path) -> "QuietLocks | None":
        sync = try_write_lock(ix, SYNC_LOCK)
        if sync is None:
            return None
        writer = try_write_lock(ix)
        if writer is None:
            sync.release()
            return None
        return cls([writer, sync])

    def release(self) -> None:
        for lock in self.locks:
            lock.release()


def top_and_groups(searcher: Any, q: Any, limit: int, group_of: Any) -> tuple[list[tuple[float, int]], set[int] | None]:
    """The `limit` best (score, docnum) of `q`, best first, and the set of `group_of(docnum)`
    over every match, counted in the same pass. Whoosh's block-quality skipping would
    leave matches unseen; measured on 100k articles it skipped nothing for frequent words
    (every block of a frequent word holds a short passage using it often), so scoring
    every match costs the same and the count comes free instead of a second pass.
    Uses `TopCollector(usequality=False)` and its `collect(sub_docnum)`/`offset`."""
    from whoosh.collectors import TopCollector

    groups: set[int] = set()

    class _CountingTop(TopCollector):
        def collect(self, sub_docnum):
            groups.add(group_of(self.offset + sub_docnum))
            return TopCollector.collect(self, sub_docnum)

    collector = _CountingTop(limit=limit, usequality=False)
    searcher.search_with_collector(q, collector)
    return collector.results().top_n, groups
