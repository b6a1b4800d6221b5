"""How names are folded for lookups and keys: ASCII, lowercase, dotted abbreviations
as their letters, possessives and a leading "the" dropped. Shared by the word lists
(lexicon, gazetteer), extraction (which makes keys) and resolution (which compares them).
"""
from __future__ import annotations

import re
from functools import lru_cache

from unidecode import unidecode

LEADING_ARTICLES = frozenset({"the"})
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern",
                           "western", "central", "upper", "lower", "new"})


# A character written as an HTML reference, as some feeds leave them: "Jos&#233;" is José.
_NUMERIC_REFERENCE = re.compile(r"&#(\d{2,5});")


def fold(text: str) -> str:
    """ASCII, lowercase, typographic apostrophes unified: the form every lookup uses."""
    if "&#" in text:
        text = _NUMERIC_REFERENCE.sub(lambda match: chr(int(match.group(1))), text)
    return unidecode(text.replace("\u2019", "'")).lower()


_DOTTED = re.compile(r"(?<![\w.])(?:[a-z]\.){2,}(?![\w])")
# Words the wires shorten with an apostrophe in headlines: "NAT'L COMPUTER" is the body's
# "National Computer Systems Inc", "INT'L MINERALS" its "International Minerals".
_CONTRACTED = {"nat'l": "national", "int'l": "international", "ass'n": "association", "gov't": "government",
               "dep't": "department", "mfg": "manufacturing"}
_CONTRACTION = re.compile(r"\b(?:" + "|".join(re.escape(word) for word in _CONTRACTED) + r")(?![\w'])")
_POSSESSIVE = re.compile(r"'s\b|(?<=s)'(?=\s|$)")
_NOT_IN_A_KEY = re.compile(r"[^a-z0-9&]+")


@lru_cache(maxsize=262144)
def normalize_name(name: str) -> str:
    """The folding used for entity keys: ASCII, lowercase, no possessive, hyphens as spaces.

    "Moon Jae-in's" -> "moon jae in"; "Lajčák" -> "lajcak"; "the Elysee" -> "elysee".
    Shared by extraction (which makes keys) and resolution (which compares them).
    """
    folded = fold(name)
    if "." in folded:
        # A dotted abbreviation is its letters: "U.S." -> "us", "E.C. Commission" -> "ec commission".
        folded = _DOTTED.sub(lambda match: match.group().replace(".", ""), folded)
    if "'" in folded or "mfg" in folded:
        folded = _CONTRACTION.sub(lambda match: _CONTRACTED[match.group()], folded)
    if "'" in folded:   # (a possessive needs its apostrophe)
        folded = _POSSESSIVE.sub("", folded).replace("'", "")
    folded = _NOT_IN_A_KEY.sub(" ", folded)
    # "Standard & Poor's" and "Standard and Poor's Corp": one name either way.
    words = ["and" if word == "&" else word for word in folded.split()]
    if len(words) > 1 and words[0] in LEADING_ARTICLES:
        words = words[1:]
    return " ".join(words)


def place_key(folded_name: str) -> str:
    """How place names are looked up: folded, no possessive or apostrophes, hyphens as spaces."""
    name = re.sub(r"'s\b", "", folded_name).replace("'", "")
    return " ".join(re.sub(r"[^a-z0-9]+", " ", name).split())
