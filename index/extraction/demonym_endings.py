"""Demonyms read off their endings, without the lexicon: the places a word would be the
demonym of ("ossetia" for "ossetian"), and the endings of a demonym of a place whose name
is two words ("New Zealander", "Sri Lankan")."""
from __future__ import annotations

from functools import lru_cache

# The endings of a demonym of a place of two words, and their last letters: a phrase that
# ends on none of these is no such demonym, and need not be looked up.
TWO_WORD_DEMONYM_SUFFIXES = ("ers", "er", "ans", "an", "ns", "n")
TWO_WORD_DEMONYM_LAST_LETTERS = tuple(sorted({suffix[-1] for suffix in TWO_WORD_DEMONYM_SUFFIXES}))


@lru_cache(maxsize=65536)
def places_of_demonym(folded: str) -> tuple[str, ...]:
    """The places a word would be the demonym of by its ending: "ossetia" for "ossetian"."""
    places: list[str] = []
    for suffix in ("ians", "ian", "ans", "an", "ns", "n"):
        stem = folded[: -len(suffix)]
        if folded.endswith(suffix) and len(stem) >= 4:
            places += (stem + "a", stem + "ia")
    return tuple(places)
