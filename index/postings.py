"""The postings of a segment's field as flat arrays, in a file beside the segment.

Whoosh keeps each posting list as pickled, zlib-compressed blocks of 128 postings:
reading the 311,000 postings of "said" at 100k articles decompresses and unpickles
2,400 blocks (about 150 ms) before any scoring starts, and scoring them one by one in
Python takes a second. A segment's postings are written once more, when the segment is
written, as plain little-endian arrays that a search maps into memory and reads as
numpy arrays at no cost (`fast_query` scores them as Whoosh would): the document
numbers and weights of every term, and the positions of the frequent terms' postings
(the rare terms' positions, for a phrase, are few and read from Whoosh).

The file also holds the field's vocabulary (every term, sorted, with its document
frequency), which orders the postings and finds them (term i's are at the cumulative
frequencies of the terms before it), and against which a fuzzy term is expanded in C
(rapidfuzz) instead of Whoosh's automaton stepping through the on-disk term table.

Layout: the frequent terms' positions (per term: where each posting's positions start,
then the positions; all 4-byte items); the vocabulary (the terms joined by newlines,
which no term holds), their frequencies, every posting's document number and weight
in vocabulary order; the directory (msgpack: {"positions": term bytes -> [offset of the
starts, number of positions, offset of the positions], "vocabulary": [offset, length,
terms, offset of the frequencies], "postings": [offset of the document numbers, offset
of the weights, postings]}); a trailer of the directory's offset (8 bytes) and `MAGIC`.
A file that does not end in the trailer is not read (the segment is then read from
Whoosh alone).
"""
from __future__ import annotations

import mmap
import os
import struct
import sys
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

import msgpack
import numpy as np

# The segment file's extension: "<segment id>.ctp" is cleaned up with its segment
# (Whoosh deletes every file named after a segment that is no longer in use).
EXTENSION = ".ctp"
MAGIC = b"CTP3"
_TRAILER = struct.Struct("<Q4s")
# Terms with at least this many postings in a segment have their positions written:
# below it, Whoosh's blocks are few and cheap to decode for the phrases that need them.
MIN_POSTINGS = 192

# (field, term bytes, docnum, weight, encoded value): an item of Whoosh's posting pool.
PoolItem = tuple


@dataclass(frozen=True)
class TermPostings:
    """One term's postings in one segment: document numbers (ascending), weights,
    and the positions of posting i at `positions[starts[i]:starts[i + 1]]`."""

    docnums: np.ndarray
    weights: np.ndarray
    starts: np.ndarray
    positions: np.ndarray


class PostingsFileWriter:
    """Writes a segment's postings file for one field as the postings stream by
    (`watch` passes every item through unchanged, to Whoosh's own writer)."""

    def __init__(self, path: str, field: str, decode_positions: Callable[[bytes], list[int]] | None,
                 min_postings: int | None = None):
        self.path = path
        self.field = field
        self.decode_positions = decode_positions
        self.min_postings = MIN_POSTINGS if min_postings is None else min_postings
        if decode_positions is None:  # a field without positions
            self.min_postings = sys.maxsize
        self.directory: dict[bytes, list[int]] = {}
        self.vocabulary: list[bytes] = []
        self.frequencies = array("i")
        # Every posting's document number and weight, in vocabulary order (written last).
        self.docnums = array("i")
        self.weights = array("f")
        self._file = open(path, "wb")
        self._offset = 0

    def watch(self, items: Iterable[PoolItem]) -> Iterator[PoolItem]:
        field = self.field
        term: bytes | None = None
        values: list[bytes] = []
        docnums, weights = self.docnums, self.weights
        for item in items:
            if item[0] == field:
                if item[1] != term:
                    self._end_term(term, values)
                    term, values = item[1], []
                docnums.append(item[2])
                weights.append(item[3])
                values.append(item[4])
            yield item
        self._end_term(term, values)

    def _end_term(self, term: bytes | None, values: list[bytes]) -> None:
        if term is None:
            return
        self.vocabulary.append(term)
        self.frequencies.append(len(values))
        if len(values) >= self.min_postings:
            decode = self.decode_positions
            assert decode is not None
            starts = array("i", [0])
            positions = array("i")
            for value in values:
                positions.extend(decode(value))
                starts.append(len(positions))
            self.directory[term] = [self._offset, len(positions), self._offset + 4 * len(starts)]
            self._write(starts)
            self._write(positions)

    def _write(self, part: array | bytes) -> None:
        if isinstance(part, array) and sys.byteorder == "big":
            part.byteswap()
        data = part.tobytes() if isinstance(part, array) else part
        self._file.write(data)
        self._offset += len(data)

    def close(self) -> None:
        """Writes the vocabulary, the postings, the directory and the trailer (a file
        without the trailer is never read)."""
        words = b"\n".join(self.vocabulary)
        words_offset = self._offset
        self._write(words + b"\0" * (-len(words) % 4))
        vocabulary = [words_offset, len(words), len(self.vocabulary), self._offset]
        self._write(self.frequencies)
        postings = [self._offset, self._offset + 4 * len(self.docnums), len(self.docnums)]
        self._write(self.docnums)
        self._write(self.weights)
        directory = msgpack.packb({"positions": self.directory, "vocabulary": vocabulary, "postings": postings},
                                  use_bin_type=True)
        self._file.write(directory)
        self._file.write(_TRAILER.pack(self._offset, MAGIC))
        self._file.close()

    def cancel(self) -> None:
        self._file.close()
        try:
            os.remove(self.path)
        except OSError:
            pass


class PostingsFile:
    """A segment's postings file, mapped into memory."""

    def __init__(self, mapped: mmap.mmap, positions: dict[bytes, list[int]], vocabulary: list[int],
                 postings: list[int]):
        self._mapped = mapped
        self.directory = positions
        self._vocabulary_at = vocabulary
        self._postings_at = postings
        self._vocabulary: tuple[list[bytes], np.ndarray] | None = None
        self._words: list[str] | None = None
        self._arrays: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None

    @classmethod
    def open(cls, path: str) -> "PostingsFile | None":
        """The file at `path`, or None if there is none or it is not whole."""
        try:
            with open(path, "rb") as f:
                size = os.fstat(f.fileno()).st_size
                if size < _TRAILER.size:
                    return None
                mapped = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):
            return None
        try:
            offset, magic = _TRAILER.unpack(mapped[size - _TRAILER.size:])
            if magic != MAGIC or offset > size - _TRAILER.size:
                raise ValueError("no trailer")
            directory = msgpack.unpackb(mapped[offset:size - _TRAILER.size], raw=True, strict_map_key=False)
            positions, vocabulary, postings = directory[b"positions"], directory[b"vocabulary"], directory[b"postings"]
            if not isinstance(positions, dict) or len(vocabulary) != 4 or len(postings) != 3:
                raise ValueError("no directory")
        except Exception:  # a torn or foreign file: read the segment from Whoosh instead
            mapped.close()
            return None
        return cls(mapped, positions, vocabulary, postings)

    def vocabulary(self) -> tuple[list[bytes], np.ndarray]:
        """Every term of the field in the segment, sorted (as Whoosh sorts them: by
        bytes), and the number of documents holding each."""
        if self._vocabulary is None:
            offset, length, count, frequencies_offset = self._vocabulary_at
            terms = self._mapped[offset:offset + length].split(b"\n") if count else []
            frequencies = np.frombuffer(self._mapped, dtype="<i4", count=count, offset=frequencies_offset)
            self._vocabulary = (terms, frequencies)
        return self._vocabulary

    def _postings_arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Every posting's document number and weight, and where each term's begin."""
        if self._arrays is None:
            docnums_offset, weights_offset, count = self._postings_at
            frequencies = self.vocabulary()[1]
            begins = np.zeros(len(frequencies) + 1, dtype=np.int64)
            np.cumsum(frequencies, out=begins[1:])
            self._arrays = (np.frombuffer(self._mapped, dtype="<i4", count=count, offset=docnums_offset),
                            np.frombuffer(self._mapped, dtype="<f4", count=count, offset=weights_offset), begins)
        return self._arrays

    def term_number(self, term: bytes) -> int | None:
        """The place of `term` in the vocabulary, or None if the segment has it not."""
        terms = self.vocabulary()[0]
        i = bisect_left(terms, term)
        return i if i < len(terms) and terms[i] == term else None

    def has_term(self, term: bytes) -> bool:
        """Whether the segment's field holds `term`."""
        return self.term_number(term) is not None

    def get(self, term: bytes, positions: bool = True) -> TermPostings | None:
        """The term's postings; None if the segment has it not, or if `positions` are
        asked and the file has none for it (a rare term: read them from Whoosh)."""
        number = self.term_number(term)
        if number is None:
            return None
        docnums, weights, begins = self._postings_arrays()
        first, end = int(begins[number]), int(begins[number + 1])
        if not positions:
            return TermPostings(docnums[first:end], weights[first:end], _NO_STARTS, _NO_POSITIONS)
        entry = self.directory.get(term)
        if entry is None:
            return None
        starts_offset, npositions, positions_offset = entry
        return TermPostings(
            docnums[first:end], weights[first:end],
            np.frombuffer(self._mapped, dtype="<i4", count=end - first + 1, offset=starts_offset),
            np.frombuffer(self._mapped, dtype="<i4", count=npositions, offset=positions_offset),
        )

    def words(self) -> list[str]:
        """`vocabulary()`'s terms as text (in the same order)."""
        if self._words is None:
            self._words = [term.decode("utf-8") for term in self.vocabulary()[0]]
        return self._words


_NO_STARTS = np.zeros(1, dtype=np.int32)
_NO_POSITIONS = np.zeros(0, dtype=np.int32)
