"""What a wire's headline says: the labels before it ("RPT-"), and its words that spell a
name the body writes in full, a company's or any other (all-caps headlines prove nothing by
their capitals: the body's evidence does)."""
from __future__ import annotations

from collections.abc import Mapping

from .tokens import Token
from .words import BODY_NAME, COMPANY_ABBREVIATIONS, COMPANY_WORDS

# Labels a wire service puts before a headline, joined to it by a hyphen ("RPT-", "REFILE-").
WIRE_LABELS = frozenset({"rpt", "refile", "corrected", "correction", "update", "wrapup", "urgent", "flash"})


def body_name_at(run: list[Token], index: int, evidence: set[str]) -> int:
    """How many headline words from run[index] spell a name of two or more words the
    body writes ("BANK OF THAILAND"), or 0."""
    for length in range(min(6, len(run) - index), 1, -1):
        if BODY_NAME + " ".join(t.folded for t in run[index:index + length]) in evidence:
            return length
    return 0


def company_words_at(run: list[Token], index: int, evidence: set[str]) -> int:
    """How many headline words from run[index] are the leading words of a company
    the article names with its suffix (0 if none, or only one word)."""
    for length in range(min(5, len(run) - index), 1, -1):
        if COMPANY_WORDS + " ".join(t.folded for t in run[index:index + length]) in evidence:
            follows = index + length < len(run) and run[index + length].folded in COMPANY_ABBREVIATIONS
            return length + follows   # with the suffix where the headline writes it
    return 0


def a_country(places: Mapping[str, tuple[str, str]], words: list[Token]) -> bool:
    """Whether the words are a country's whole name ("BRAZIL" of "IMF BRAZIL PLAN"), not a
    part of one ("NEW" of "NEW ZEALAND") nor another place."""
    return bool(words) and places.get(" ".join(t.folded for t in words), ("", ""))[1] == "country"
