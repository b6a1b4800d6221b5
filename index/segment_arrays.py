"""The posting arrays beside Whoosh's segments, read and written through Whoosh's internals.

A segment's postings are written once more, as flat arrays (`postings`), while Whoosh
writes the segment (`postings_writers`, called from `whoosh_adapter.FastSegmentWriter`).
Here they are found for a segment reader and read as numpy arrays, with what scoring
them as Whoosh does needs (field lengths, deletions, document frequencies), and the
vocabulary in them expands prefixes and fuzzy terms. A segment without a file (an index
written before them, a torn file) is read from Whoosh's own blocks.

Like `whoosh_adapter`, checked against whoosh-reloaded 2.7.5. What it relies on: the
writer's `newsegment.make_filename` and `storage.folder`, the pool item's layout
`(fieldname, term bytes, docnum, weight, encoded value)`, a field format's
`decode_positions`; on reading, a segment reader's `storage()`, `segment()`,
`_perdoc.column_reader` with `LENGTHS_COLUMN` and `_lenfield` (field lengths, one byte
each, decoded by `byte_to_length`), `deleted_docs_set`, the block matcher's
`_read_ids`/`_read_weights`/`_read_values` (with the public matcher API as fallback),
the private layout of a numeric column reader (`column_array`, with a public fallback),
and `FuzzyTerm.maxdist`/`prefixlength`.
"""
from __future__ import annotations

import os
import sys
from array import array
from bisect import bisect_left
from typing import Any, Iterable, Iterator, cast

import numpy as np
from rapidfuzz import process as rf_process
from rapidfuzz.distance import Levenshtein
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield  # a field's length column: its type, its name
from whoosh.fields import Schema
from whoosh.util.numeric import byte_to_length

from . import postings as postings_format
from .postings import PostingsFile, PostingsFileWriter, TermPostings

# The fields whose postings get a file of flat arrays beside each segment, with its
# extension: the body, which every query searches, and the entity keys, which related
# passages ask for (dozens a call, in every segment). The others are small or searched by name.
ARRAY_POSTINGS_FIELDS = {"body": postings_format.EXTENSION, "entities": ".entities" + postings_format.EXTENSION}
# The field whose fuzzy and prefix terms are expanded against the file's vocabulary.
EXPANSION_FIELD = "body"


def postings_writers(schema: Schema, storage: Any, segment: Any) -> list[PostingsFileWriter]:
    """Writers of the segment's postings files (none if the index is not on disk); the
    positions are written for fields that have them. Uses `segment.make_filename`
    and `storage.folder`."""
    folder = getattr(storage, "folder", None)
    if folder is None:
        return []
    writers = []
    for name, extension in ARRAY_POSTINGS_FIELDS.items():
        if name not in schema.names():
            continue
        field = schema[name]
        decode = field.format.decode_positions if field.format.supports("positions") else None
        writers.append(PostingsFileWriter(os.path.join(folder, segment.make_filename(extension)), name, decode))
    return writers


_UNKNOWN = object()
# Postings files already mapped, by path: a segment's files never change.
_MAPPED_POSTINGS: dict[str, PostingsFile | None] = {}
_MAPPED_LIMIT = 512


def postings_file_of(leaf: Any, field: str = EXPANSION_FIELD) -> PostingsFile | None:
    """The postings file of `field` in one segment reader, or None (no such file: an
    index written before them, a field without one, a torn file). Uses
    `leaf.storage()`/`leaf.segment()`."""
    extension = ARRAY_POSTINGS_FIELDS.get(field)
    if extension is None:
        return None
    known_files = getattr(leaf, "_corpus_tui_postings", None)
    if known_files is None:
        known_files = leaf._corpus_tui_postings = {}
    known = known_files.get(field, _UNKNOWN)
    if known is not _UNKNOWN:  # asked once per segment and term of every query: kept with the reader
        return cast("PostingsFile | None", known)
    folder = getattr(leaf.storage(), "folder", None)
    if folder is None:
        return None
    path = os.path.join(folder, leaf.segment().make_filename(extension))
    if path not in _MAPPED_POSTINGS:
        if len(_MAPPED_POSTINGS) >= _MAPPED_LIMIT:
            # Segments merged away leave their paths behind: start over.
            _MAPPED_POSTINGS.clear()
        _MAPPED_POSTINGS[path] = PostingsFile.open(path)
    known_files[field] = _MAPPED_POSTINGS[path]
    return known_files[field]


def document_frequency(reader: Any, field: str, text: str) -> int:
    """Whoosh's `doc_frequency` (the passages holding the term, deleted ones counted
    until merged away), from the segments' postings files where every segment has one:
    Whoosh looks the term up in each segment's on-disk table (tens of microseconds a
    segment), the file's vocabulary answers in one."""
    return document_frequencies(reader, field, [text])[text]


def document_frequencies(reader: Any, field: str, texts: Iterable[str]) -> dict[str, int]:
    """`document_frequency` of many terms of one field at once: the segments' files and
    vocabularies are found once for all of them, not once a term (related passages ask
    for hundreds of terms a call, in each of a big index's hundred segments)."""
    texts = list(texts)
    tables = getattr(reader, "_corpus_tui_frequencies", None)
    if tables is None:
        tables = reader._corpus_tui_frequencies = {}
    if field not in tables:
        files = [postings_file_of(leaf, field) for leaf, _offset in reader.leaf_readers()]
        tables[field] = (FieldFrequencies([cast(PostingsFile, f).vocabulary() for f in files])
                         if files and all(f is not None for f in files) else None)
    table = tables[field]
    if table is None:
        return {text: int(reader.doc_frequency(field, text)) for text in texts}
    return table.frequencies(texts)


# The whole-field table of `FieldFrequencies` is built once lookups segment by segment
# have cost about what it costs: an entry of the table costs about a fifth of one lookup
# (0.24 s for the 1.3M entries of a 100k index's hundred segments, about 1 µs a lookup).
TABLE_AFTER_LOOKUPS_PER_ENTRY = 0.2


class FieldFrequencies:
    """The document frequencies of one field's terms over all of a reader's segments.

    A term is first looked up in each segment's sorted vocabulary. Once those lookups
    have cost about as much as summing the vocabularies would (a related call asks for
    a thousand new terms; a 100k index has a hundred segments), they are summed once into
    one table, the sorted 64-bit hashes of the terms beside their counts, and a call's
    terms are then one vectorised search. Python's hash of bytes is fixed within a
    process and the table lives in memory only; two terms of the field sharing a hash
    (odds about 1 in 10^7 for a million terms) would share a count."""

    def __init__(self, vocabularies: list[tuple[list[bytes], np.ndarray]],
                 table_after: float = TABLE_AFTER_LOOKUPS_PER_ENTRY) -> None:
        self.vocabularies = vocabularies
        self.lookups_before_table = table_after * sum(len(terms) for terms, _counts in vocabularies)
        self.lookups = 0
        self.hashes: np.ndarray | None = None
        self.counts: np.ndarray | None = None

    def frequencies(self, texts: list[str]) -> dict[str, int]:
        if self.hashes is None and self.lookups < self.lookups_before_table:
            self.lookups += len(texts) * len(self.vocabularies)
            return {text: self._looked_up(text.encode("utf-8")) for text in texts}
        hashes, counts = self._table()
        if not len(hashes):
            return dict.fromkeys(texts, 0)
        keys = np.fromiter((hash(text.encode("utf-8")) for text in texts), dtype=np.int64, count=len(texts))
        at = np.minimum(np.searchsorted(hashes, keys), len(hashes) - 1)
        found = np.where(hashes[at] == keys, counts[at], 0)
        return dict(zip(texts, found.tolist(), strict=True))

    def _looked_up(self, btext: bytes) -> int:
        total = 0
        for terms, counts in self.vocabularies:
            i = bisect_left(terms, btext)
            if i < len(terms) and terms[i] == btext:
                total += int(counts[i])
        return total

    def _table(self) -> tuple[np.ndarray, np.ndarray]:
        if self.hashes is None or self.counts is None:
            every = [np.fromiter(map(hash, terms), dtype=np.int64, count=len(terms)) for terms, _ in self.vocabularies]
            hashes = np.concatenate(every) if every else np.zeros(0, dtype=np.int64)
            counts = (np.concatenate([c for _terms, c in self.vocabularies]).astype(np.int64) if every
                      else np.zeros(0, dtype=np.int64))
            self.hashes, where = np.unique(hashes, return_inverse=True)
            self.counts = np.bincount(where, weights=counts, minlength=len(self.hashes)).astype(np.int64)
        return self.hashes, self.counts


def term_postings(leaf: Any, field: str, btext: bytes, positions: bool) -> TermPostings | None:
    """The postings of one term in one segment reader (deleted documents included),
    from the segment's postings file where it has the term, else decoded from
    Whoosh's blocks (`positions` asks for the positions too). None if the segment has
    not the term. Uses the block matcher's `_read_ids`, `_read_weights`,
    `_read_values`, `_ids`, `_weights`, `_values`, `_next_block`, `_atend`, and a
    filtering matcher's `child`, with the public `Matcher` API as the fallback."""
    arrays = postings_file_of(leaf, field)
    if arrays is not None:
        # The file answers whether the segment has the term at all (a lookup in
        # Whoosh's on-disk term table costs ten times more, once per segment and term).
        found = arrays.get(btext, positions)
        if found is not None:
            return found
        if not arrays.has_term(btext):
            return None
    elif (field, btext) not in leaf:
        return None
    matcher = leaf.postings(field, btext)
    # Deleted documents are left to the caller: the unfiltered matcher reads blocks whole.
    while not hasattr(matcher, "_atend") and hasattr(matcher, "child"):
        matcher = matcher.child
    ids: list[int] = []
    weights: list[float] = []
    values: list[Any] = []
    if all(hasattr(matcher, a) for a in ("_read_ids", "_read_weights", "_read_values", "_next_block", "_atend")):
        while not matcher._atend:
            matcher._read_ids()
            matcher._read_weights()
            ids.extend(matcher._ids)
            weights.extend(matcher._weights)
            if positions:
                matcher._read_values()
                values.extend(matcher._values)
            matcher._next_block()
    else:
        while matcher.is_active():
            ids.append(matcher.id())
            weights.append(matcher.weight())
            if positions:
                values.append(matcher.value())
            matcher.next()
    starts = array("i", [0])
    flat = array("i")
    if positions:
        decode = leaf.schema[field].format.decode_positions
        for value in values:
            flat.extend(decode(value))
            starts.append(len(flat))
    return TermPostings(np.array(ids, dtype=np.int32), np.array(weights, dtype=np.float32),
                        np.frombuffer(starts, dtype=np.int32), np.frombuffer(flat, dtype=np.int32))


# Whoosh stores a document's field length as one byte (`length_to_byte`).
_BYTE_LENGTHS = np.array([byte_to_length(b) for b in range(256)], dtype=np.float64)


def field_lengths(leaf: Any, field: str) -> np.ndarray | None:
    """The length of `field` in every document of one segment reader, as Whoosh's
    scoring reads it (decoded from its one-byte form); None for an unscored field.
    Uses the per-document reader `_perdoc` and its `column_reader`."""
    name = _lenfield(field)
    perdoc = getattr(leaf, "_perdoc", None)
    count = leaf.doc_count_all()
    if perdoc is not None and perdoc.has_column(name):
        raw = column_array(perdoc.column_reader(name, LENGTHS_COLUMN), count)
        return _BYTE_LENGTHS[np.frombuffer(raw, dtype=np.int64)]
    if not leaf.schema[field].scorable:
        return None
    return np.array([leaf.doc_field_length(d, field, 0) or 0 for d in range(count)], dtype=np.float64)


def deleted_docnums(leaf: Any) -> np.ndarray | None:
    """The deleted document numbers of one segment reader, sorted, or None if none."""
    if not leaf.has_deletions():
        return None
    deleted = leaf.deleted_docs_set  # a cached property of Whoosh's segment reader
    return np.array(sorted(deleted() if callable(deleted) else deleted), dtype=np.int64)


def column_array(column: Any, count: int) -> array:
    """The values of a numeric Whoosh column as an array, read in one go (its raw
    big-endian bytes) where the reader exposes them, else value by value."""
    try:
        raw = column._dbfile.get(column._basepos, column._count * column._fixedlen)
        values = array(column._typecode, raw)
        if sys.byteorder == "little":
            values.byteswap()
        values = array("q", values)
        values.extend([column._default] * (count - len(values)))
        return values
    except AttributeError:
        return array("q", (column[i] for i in range(count)))


def fuzzy_over_all_segments(node: Any, reader: Any) -> dict[bytes, int] | None:
    """A fuzzy term's expansion made once over the union of every segment's words that
    share its literal prefix, kept with the reader by prefix: a first build leaves a
    segment per few thousand articles, and comparing a word with each segment's
    vocabulary in turn cost a millisecond a segment. None unless every segment has its
    postings file (then `vocabulary_expansion` goes segment by segment)."""
    from whoosh import query as wq

    if not isinstance(node, wq.FuzzyTerm) or node.field() != EXPANSION_FIELD:
        return None
    files = [postings_file_of(leaf) for leaf, _offset in reader.leaf_readers()]
    if not files or any(f is None for f in files):
        return None
    prefix = node.text[:node.prefixlength]
    cache = getattr(reader, "_corpus_tui_words_by_length", None)
    if cache is None:
        cache = reader._corpus_tui_words_by_length = {}
    if prefix not in cache:
        cache[prefix] = _words_by_length([f for f in files if f is not None], prefix)
    return _near_words(node, cache[prefix])


def vocabulary_expansion(node: Any, leaf: Any) -> Iterator[tuple[bytes, int]] | None:
    """The terms of one segment a prefix or fuzzy term stands for, with their document
    frequencies, from the vocabulary in the segment's postings file (None where there
    is none, or for another kind of term)."""
    from whoosh import query as wq

    if node.field() != EXPANSION_FIELD or not isinstance(node, (wq.Prefix, wq.FuzzyTerm)):
        return None
    arrays = postings_file_of(leaf)
    if arrays is None:
        return None
    if isinstance(node, wq.FuzzyTerm):
        return iter(_near_words(node, _words_by_length([arrays], node.text[:node.prefixlength])).items())
    terms, frequencies = arrays.vocabulary()
    prefix = node.text.encode("utf-8")
    start = bisect_left(terms, prefix)
    end = start
    while end < len(terms) and terms[end].startswith(prefix):
        end += 1
    return ((terms[i], int(frequencies[i])) for i in range(start, end))


# Words of a vocabulary by length, each with its document frequency summed over files.
WordsByLength = dict[int, tuple[list[str], list[int]]]


def _words_by_length(files: list[PostingsFile], prefix: str) -> WordsByLength:
    """The words of `files` that begin with `prefix`, grouped by length (a word more than
    `maxdist` letters longer or shorter than a fuzzy term is never within its reach)."""
    union: dict[str, int] = {}
    for arrays in files:
        words = arrays.words()
        frequencies = arrays.vocabulary()[1]
        start = bisect_left(words, prefix) if prefix else 0
        end = bisect_left(words, prefix + "\U0010ffff") if prefix else len(words)
        for word, frequency in zip(words[start:end], frequencies[start:end].tolist(), strict=True):
            union[word] = union.get(word, 0) + frequency
    by_length: WordsByLength = {}
    for word, frequency in union.items():
        bucket = by_length.setdefault(len(word), ([], []))
        bucket[0].append(word)
        bucket[1].append(frequency)
    return by_length


def _near_words(node: Any, by_length: WordsByLength) -> dict[bytes, int]:
    """The words within a fuzzy term's reach, as Whoosh's automaton has them: the first
    `prefixlength` characters as written (`by_length` holds only those), then at most
    `maxdist` insertions, deletions or substitutions (Levenshtein, computed by rapidfuzz).
    Uses `FuzzyTerm.maxdist`."""
    out: dict[bytes, int] = {}
    length = len(node.text)
    for size in range(max(0, length - node.maxdist), length + node.maxdist + 1):
        if size not in by_length:
            continue
        words, counts = by_length[size]
        for word, _distance, i in rf_process.extract(node.text, words, scorer=Levenshtein.distance,
                                                      score_cutoff=node.maxdist, limit=None):
            out[word.encode("utf-8")] = counts[i]
    return out
