"""Type-ahead: while a query is being typed, its last word is still growing, so the live
search matches it as a prefix ("Gdan" finds "Gdansk"). Enter runs the query as written."""
from __future__ import annotations

import re

# A plain word of three letters or more at the very end (no field, quote, wildcard or
# fuzzy mark of its own); the text before it may be anything. Two letters are searched
# as written: "UN" and "EU" are words, and "un*" would stand for hundreds of them.
_LAST_WORD = re.compile(r"(?:^|[\s(])([^\W\d_]{3,})$")
_OPERATORS = {"AND", "OR", "NOT", "TO"}

# Typing pauses shorter than this start no search: each key would otherwise start one
# that the next key makes stale (the search box and the article's hits both wait).
TYPING_PAUSE = 0.09


def live_query(text: str) -> str:
    """`text` with `*` after its last word when that word is a plain word of three letters
    or more that the user may still be typing; otherwise `text` unchanged."""
    m = _LAST_WORD.search(text)
    if m is None or m.group(1) in _OPERATORS or text.count('"') % 2:
        return text
    return text + "*"
