"""Dotted initials that a gazetteer reads as a country's: the initials of its name's words
give every country a code ("B.F.", "R.P."), and news writes few of them ("U.S.", "N.Z.")."""
from __future__ import annotations

from ..lexicon import lexicon
from .tokens import Token
from .word_lists import TABLE_WORDS
from .words import country_code


def initials_before_a_name(text: str, run: list[Token], index: int) -> bool:
    """Whether run[index], two dotted capitals read as a country's code, are a person's
    before a name of no English (often a founder's, in a firm's name: "R.P. Scherer Corp"),
    the country being named nowhere in full and its code one that news never writes
    alone (unlike "U.S." or "U.K.")."""
    token = run[index]
    if len(token.text) != 4 or token.text[1] != "." or index + 1 >= len(run):
        return False
    following = run[index + 1]
    lex = lexicon()
    code = country_code(token)
    return following.gap_before == " " and following.capitalised and not following.all_caps \
        and len(following.text) > 1 and lex.zipf(following.folded) < 3.0 \
        and following.folded not in lex.places and following.folded not in TABLE_WORDS \
        and code not in lex.codes_written_alone \
        and not any(country in text for country in lex.country_codes.get(code, ()))
