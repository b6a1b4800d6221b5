"""What a surname looks like: an everyday word after a first name ("Stevie Wonder"), a
word the article writes after someone's given name, another's written one letter otherwise."""
from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from ..lexicon import COMPASS_WORDS, ORG_HEADS, Lexicon, lexicon
from .place_words import PLACE_HEADS
from .word_lists import NO_SURNAME

# The shortest surname taken as another's misspelling (see misspelt_surname).
_LEAST_MISSPELT = 6


def everyday_surname(lex: Lexicon, folded_words: list[str]) -> bool:
    """Whether the last word may be a surname that is an everyday word ("Stevie Wonder",
    "Alicia Keys", "E Smith"): after a first name or initial that is no word itself, and
    not a word that ends the names of prizes, clubs, firms, sites or places."""
    last = folded_words[-1]
    first_no_word = lex.zipf(folded_words[0]) < 4.2 or len(folded_words[0]) == 1 \
        or lex.is_given_name(folded_words[0]) and lex.zipf(folded_words[0]) < 4.6   # "Sean Long"
    return first_no_word and last not in NO_SURNAME and last not in ORG_HEADS \
        and last not in PLACE_HEADS and last not in lex.places and last not in COMPASS_WORDS


def surname_in_text(lex: Lexicon, text: str, word: str) -> bool:
    """Whether the text names a person with this surname ("James Baker", "Ann B. Lee")."""
    for match in re.finditer(r"\b([A-Z][a-z]+)(?: [A-Z]\.)? " + re.escape(word) + r"\b", text):
        if lex.is_given_name(match.group(1).lower()):
            return True
    return False


def misspelt_surname(word: str, by_last: dict[str, set[str]]) -> set[str]:
    """The full names whose surname is `word` written one letter otherwise ("Reichart"
    for "Reichert", "Halefoglu" for "Halefolu"), where only one surname is that close.
    Left alone: short surnames ("Regan" and "Reagan" are often two people), a word the
    word list knows ("Malone" beside "Maloney", "William" beside "Williams": each a name
    of its own) and a plural ("the Osbournes", a family or a show)."""
    lex = lexicon()
    if len(word) < _LEAST_MISSPELT or lex.zipf(word) > 0 or word in lex.given_names:
        return set()
    close = [last for last in by_last if last[0] == word[0] and len(last) >= _LEAST_MISSPELT
             and last + "s" != word and word + "s" != last
             and Levenshtein.distance(word, last, score_cutoff=1) <= 1]
    return by_last[close[0]] if len(close) == 1 else set()
