"""The postings of a segment's frequent terms as flat arrays, in a file beside the segment.

Whoosh keeps each posting list as pickled, zlib-compressed blocks of 128 postings:
reading the 311,000 postings of "said" at 100k articles decompresses and unpickles
2,400 blocks (about 150 ms) before any scoring starts, and scoring them one by one in
Python takes a second. The postings of a segment's frequent terms are written once more,
when the segment is written, as plain little-endian arrays (document numbers, weights,
and the positions of each posting) that a search maps into memory and reads as numpy
arrays at no cost (`fast_query` scores them as Whoosh would). Rare terms stay
Whoosh-only: a few blocks decode in microseconds.

The file also holds the field's whole vocabulary (every term, sorted, with its
document frequency): a fuzzy term is expanded against it in C (rapidfuzz) instead of
Whoosh's automaton stepping through the on-disk term table (35 ms a term at 20k).

Layout: for each frequent term, its arrays one after the other (all 4-byte items); the
vocabulary (the terms joined by newlines, which no term holds, then their frequencies);
then the directory (msgpack: {"postings": term bytes -> [postings, offset of the
document numbers, number of positions, offset of the positions], "vocabulary": [offset,
length, terms, offset of the frequencies]}); then a trailer of the directory's offset
(8 bytes) and `MAGIC`. A file that does not end in the trailer is not read (the
segment is then read from Whoosh alone).
"""
from __future__ import annotations

import mmap
import os
import struct
import sys
from array import array
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

import msgpack
import numpy as np

# The segment file's extension: "<segment id>.ctp" is cleaned up with its segment
# (Whoosh deletes every file named after a segment that is no longer in use).
EXTENSION = ".ctp"
MAGIC = b"CTP2"
_TRAILER = struct.Struct("<Q4s")
# Terms with at least this many postings in a segment are written: below it, Whoosh's
# blocks are few and cheap to decode.
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


class FrequentPostingsWriter:
    """Writes the frequent terms of one field of a segment as its postings stream by
    (`watch` passes every item through unchanged, to Whoosh's own writer)."""

    def __init__(self, path: str, field: str, decode_positions: Callable[[bytes], list[int]],
                 min_postings: int | None = None):
        self.path = path
        self.field = field
        self.decode_positions = decode_positions
        self.min_postings = MIN_POSTINGS if min_postings is None else min_postings
        self.directory: dict[bytes, list[int]] = {}
        self.vocabulary: list[bytes] = []
        self.frequencies = array("i")
        self._file = open(path, "wb")
        self._offset = 0

    def watch(self, items: Iterable[PoolItem]) -> Iterator[PoolItem]:
        field = self.field
        term: bytes | None = None
        docnums: list[int] = []
        weights: list[float] = []
        values: list[bytes] = []
        for item in items:
            if item[0] == field:
                if item[1] != term:
                    self._end_term(term, docnums, weights, values)
                    term, docnums, weights, values = item[1], [], [], []
                docnums.append(item[2])
                weights.append(item[3])
                values.append(item[4])
            yield item
        self._end_term(term, docnums, weights, values)

    def _end_term(self, term: bytes | None, docnums: list[int], weights: list[float], values: list[bytes]) -> None:
        if term is None:
            return
        self.vocabulary.append(term)
        self.frequencies.append(len(docnums))
        if len(docnums) >= self.min_postings:
            self._write_term(term, docnums, weights, values)

    def _write_term(self, term: bytes | None, docnums: list[int], weights: list[float], values: list[bytes]) -> None:
        assert term is not None
        decode = self.decode_positions
        starts = array("i", [0])
        positions = array("i")
        for value in values:
            positions.extend(decode(value))
            starts.append(len(positions))
        parts: list[array] = [array("i", docnums), array("f", weights), starts, positions]
        positions_offset = self._offset + 4 * (2 * len(docnums) + len(starts))
        self.directory[term] = [len(docnums), self._offset, len(positions), positions_offset]
        for part in parts:
            self._write(part)

    def _write(self, part: array | bytes) -> None:
        if isinstance(part, array) and sys.byteorder == "big":
            part.byteswap()
        data = part.tobytes() if isinstance(part, array) else part
        self._file.write(data)
        self._offset += len(data)

    def close(self) -> None:
        """Writes the vocabulary, the directory and the trailer (a file without the
        trailer is never read)."""
        words = b"\n".join(self.vocabulary)
        words_offset = self._offset
        self._write(words + b"\0" * (-len(words) % 4))
        vocabulary = [words_offset, len(words), len(self.vocabulary), self._offset]
        self._write(self.frequencies)
        directory = msgpack.packb({"postings": self.directory, "vocabulary": vocabulary}, use_bin_type=True)
        self._file.write(directory)
        self._file.write(_TRAILER.pack(self._offset, MAGIC))
        self._file.close()

    def cancel(self) -> None:
        self._file.close()
        try:
            os.remove(self.path)
        except OSError:
            pass


class FrequentPostings:
    """A segment's frequent-term postings file, mapped into memory."""

    def __init__(self, mapped: mmap.mmap, directory: dict[bytes, list[int]], vocabulary: list[int]):
        self._mapped = mapped
        self.directory = directory
        self._vocabulary_at = vocabulary
        self._vocabulary: tuple[list[bytes], np.ndarray] | None = None
        self._words: list[str] | None = None

    @classmethod
    def open(cls, path: str) -> "FrequentPostings | None":
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
            postings, vocabulary = directory[b"postings"], directory[b"vocabulary"]
            if not isinstance(postings, dict) or len(vocabulary) != 4:
                raise ValueError("no directory")
        except Exception:  # a torn or foreign file: read the segment from Whoosh instead
            mapped.close()
            return None
        return cls(mapped, postings, vocabulary)

    def vocabulary(self) -> tuple[list[bytes], np.ndarray]:
        """Every term of the field in the segment, sorted (as Whoosh sorts them: by
        bytes), and the number of documents holding each."""
        if self._vocabulary is None:
            offset, length, count, frequencies_offset = self._vocabulary_at
            terms = self._mapped[offset:offset + length].split(b"\n") if count else []
            frequencies = np.frombuffer(self._mapped, dtype="<i4", count=count, offset=frequencies_offset)
            self._vocabulary = (terms, frequencies)
        return self._vocabulary

    def words(self) -> list[str]:
        """`vocabulary()`'s terms as text (in the same order)."""
        if self._words is None:
            self._words = [term.decode("utf-8") for term in self.vocabulary()[0]]
        return self._words

    def get(self, term: bytes) -> TermPostings | None:
        entry = self.directory.get(term)
        if entry is None:
            return None
        count, offset, npositions, positions_offset = entry
        buffer = self._mapped
        return TermPostings(
            np.frombuffer(buffer, dtype="<i4", count=count, offset=offset),
            np.frombuffer(buffer, dtype="<f4", count=count, offset=offset + 4 * count),
            np.frombuffer(buffer, dtype="<i4", count=count + 1, offset=offset + 8 * count),
            np.frombuffer(buffer, dtype="<i4", count=npositions, offset=positions_offset),
        )
