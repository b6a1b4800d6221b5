"""A name's own "'s" ("Moody's said", "at Sotheby's.", "MCDONALD'S <MCD> UP") against a
possessive ("Acme's profits"): what follows it, and the names a text always writes with it."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import ORG_HEADS
from .word_lists import COMPANY_ABBREVIATIONS

# What may follow a name whose "'s" is its own ("Moody's said", "by Standard & Poor's."),
# where a possessive would need a noun after it.
NAME_OWN_S_AFTER = re.compile(
    r"\s*(?:[,.;:)\]]|$)|\s+(?:said|says|told|added|reported|reports|and|or|cut|raised|lowered|"
    r"downgraded|upgraded|rated|affirmed|placed|put|gave|has|have|had|is|are|was|were|will|would|"
    r"cited|noted|pointed|stressed|expects)\b")
# A ticker after the "'s" ("MCDONALD'S <MCD> UP"), unless the name ends on a company's
# suffix or head word ("Acme Corp's <ACM.O> unit", "Acme Group's <ACM>": the possessive
# of the company).
_TICKER_AFTER = re.compile(r"\s+<[A-Z]")
# (The look-behind after the first capital is the word boundary before it: a pattern that
# opens on a capital lets the regex engine skip to the capitals of the text. The words'
# letters are taken possessively: a word cut shorter, or a name of fewer words, ends before
# a letter or a space, never before the "'s", so the engine need not try them.)
_OWN_S = re.compile(r"([A-Z](?<!\w[A-Z])[\w&.-]*+(?: [A-Z][\w&.-]*+)*+)['\u2019][sS]\b")


def _own_s_after(text: str, position: int, last_word: str) -> bool:
    """Whether what follows an "'s" at `position` shows it is the name's own."""
    return bool(NAME_OWN_S_AFTER.match(text, position)
                or last_word not in COMPANY_ABBREVIATIONS and last_word not in ORG_HEADS
                and _TICKER_AFTER.match(text, position))


@lru_cache(maxsize=4)
def names_with_own_s(text: str) -> frozenset[str]:
    """The names (lower case) the text writes with an "'s" that is their own at least once
    (nothing a possessive needs follows) and never without it."""
    own: set[str] = set()
    for match in _OWN_S.finditer(text):
        words = match.group(1).split(" ")
        if _own_s_after(text, match.end(), words[-1].lower()):
            for start in range(len(words)):   # "Analyst Lee said McDonald's" -> every tail
                own.add(" ".join(words[start:]).lower())
    lowered = text.lower()
    return frozenset(name for name in own
                     if not re.search(r"\b" + re.escape(name) + r"\b(?!['\u2019]s)", lowered))


def keeps_own_s(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end], written with an "'s" after it, keeps it:
    "Moody's said", "rated by Standard & Poor's." (no noun follows, so the 's is the
    name's own, not a possessive); and so wherever else the article writes that name, if
    never without it ("the average McDonald's")."""
    return bool(NAME_OWN_S_AFTER.match(text, end + 2)) or text[start:end].lower() in names_with_own_s(text)
