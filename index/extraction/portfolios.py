"""A title's portfolio that runs on past "and" into the next run of capitals.

"Minister of Energy and Mines Ann Lee": runs of capitals stop at "and", so the run after it
opens inside the title ("Mines Ann Lee"). Read alone, the portfolio's last word would be glued
to the name and would type it ("Mines" makes a body of a minister). Knowing the run goes on a
title's "of" phrase, the cutter drops the portfolio's words and types the name after it as a
titled person's, as it does for "Minister of Energy Ann Lee". Only everyday words count as a
portfolio's, and only before a given name: "chairman of Hambrecht and Quist", "chief executive
of Astrotech and S. Kent Rockwell's father", "director of the Pew Internet and American Life
Project" stay as they are.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from ..lexicon import PERSON_TITLES, Lexicon
from .tokens import Token

# "<Title> of [the] <one to three capitalised words> and " right before the run.
_TITLE_OF_AND = re.compile(r"\b([A-Za-z]+) of (?:the )?(?:[A-Z][\w'-]* ){1,3}and $")
_REACH = 60
_LONGEST_PORTFOLIO_END = 3
_EVERYDAY_ZIPF = 3.0


def portfolio_length(text: str, run: list[Token], lex: Lexicon, is_given_name: Callable[[str], bool]) -> int:
    """How many words at the start of `run` end a title's portfolio begun before "and", a
    given name right after them; 0 if the run does not open that way."""
    if len(run) < 2 or not text.endswith(" and ", 0, run[0].start):
        return 0   # (the cheap tests first: most runs follow no "and", and one word leaves no name after it)
    length = 0
    while length < min(_LONGEST_PORTFOLIO_END, len(run) - 1) and _everyday_word(run[length], lex, is_given_name):
        length += 1
    if not length or not is_given_name(run[length].folded) or not _portfolio_goes_on(text, run[0].start):
        return 0
    return length


def _everyday_word(token: Token, lex: Lexicon, is_given_name: Callable[[str], bool]) -> bool:
    return token.capitalised and not token.all_caps and len(token.text) > 1 and not is_given_name(token.folded) \
        and lex.zipf(token.folded) >= _EVERYDAY_ZIPF and token.folded not in lex.places


def _portfolio_goes_on(text: str, start: int) -> bool:
    """Whether the run at `start`, right after " and ", goes on the "of" phrase of a title
    before it (the caller tests the " and " first: the search is tried from every character
    of its window)."""
    found = _TITLE_OF_AND.search(text, max(0, start - _REACH), start)
    return found is not None and found.group(1).lower() in PERSON_TITLES
