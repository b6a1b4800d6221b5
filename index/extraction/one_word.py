"""One capitalised word that is no name by itself: a calendar or number word, a generic
noun, a currency after its country's adjective, the plural of a title, an acronym of common
words, an adjective of nationality or of an institution, a table's label (a credit rating is
a figure's: see dates_and_figures)."""
from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from ..lexicon import COMPASS_WORDS, ORG_HEADS, PERSON_TITLES, Lexicon, currency_words, demonym_of
from .dates_and_figures import a_table_label
from .tokens import RawMention, Token, words_spelling
from .type_cues import SECURITIES_AFTER
from .word_lists import (
    COMPANY_ABBREVIATIONS,
    FUNCTION_WORDS,
    GENERIC_ALONE,
    HOLIDAYS,
    OCCASIONS,
    SMALL_NUMBERS,
    TABLE_WORDS,
)
from .words import COMPANY_START, SURNAME

_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,}s$")
# Adjectives of institutions, which news capitalises: like a nationality's, no name alone.
_INSTITUTION_ADJECTIVES = frozenset("""congressional congressionally parliamentary presidential ministerial
    constitutional judicial senatorial gubernatorial mayoral legislative governmental federal municipal
    papal""".split())
# Rarer than this, a word opening its sentence before "said" is a name there (see a_speaker_alone);
# ("reports", "wrote" may be nouns: "Dismal reports from the retail trade")
_SPEAKER_ZIPF = 4.0
_SAID = re.compile(r"\s+(?:said|says|told|added)\b")
_NUMBER_WORDS = SMALL_NUMBERS | frozenset({"hundred", "thousand", "million", "billion"})
# A currency, which wires capitalise after its country's adjective or name ("the South African
# Rand", "the Taiwan Dollar"): the money, no name of its own.
_WORD_BEFORE = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,}|[A-Za-z]+) +$")


def generic_words_only(tokens: list[Token]) -> bool:
    """Whether a name of two words or more is only generic company words ("Co Inc", "Bank
    Group"). An everyday word before a body's head noun is a body's name, though each word
    alone is none: "the World Bank", "the Trade Ministry" name one body each."""
    first, last = tokens[0].folded, tokens[-1].folded
    body = last in ORG_HEADS and first not in ORG_HEADS and first not in COMPANY_ABBREVIATIONS \
        and first not in TABLE_WORDS
    return all(t.folded in GENERIC_ALONE for t in tokens) and not body


def no_name_alone(text: str, token: Token, evidence: AbstractSet[str], lex: Lexicon) -> bool:
    """Whether `token`, a mention's only word, names nothing."""
    start, end, folded = token.start, token.end, token.folded
    if len(token.text) < 2 or folded in lex.calendar_words or folded in COMPASS_WORDS or folded in GENERIC_ALONE \
            or folded in _NUMBER_WORDS or folded in HOLIDAYS or folded in OCCASIONS and not token.all_caps:
        return True
    if folded == "treasuries" or folded == "treasury" and SECURITIES_AFTER.match(text, end):
        return True   # "Treasuries", "Treasury bonds": a class of securities, not the department
    if folded in FUNCTION_WORDS and not token.all_caps:
        return True   # "North Aegean Petroleum Co., Had given up": a wire's stray capital
    if _PLURAL_ACRONYM.match(token.text):
        return True   # "CDs", "MTNs": a plural is a common noun
    if folded not in lex.places and demonym_of(folded) \
            and COMPANY_START + folded not in evidence and SURNAME + folded not in evidence:
        return True   # "CHINESE" in a headline: an adjective of nationality is no name
    if folded in _INSTITUTION_ADJECTIVES and COMPANY_START + folded not in evidence:
        return True   # "Congressional leaders", "a Parliamentary session" (not "Presidential Airways Inc ...
        #               Presidential will serve Albany": the firm's short name)
    if folded.endswith("men") and folded[:-3] + "man" in PERSON_TITLES:
        return True   # "Congressmen", "Spokesmen": people by their role
    if folded in currency_words():
        before = _WORD_BEFORE.search(text, max(0, start - 30), start)
        written = before.group(1).replace(".", "") if before is not None else ""
        if written and (demonym_of(written.lower()) or written.lower() in lex.places
                        or written in lex.country_codes):
            return True
    return (token.all_caps or token.headline) and lex.zipf(folded) >= 3.5 and folded not in evidence \
        and folded not in lex.places and a_table_label(text, start, end)   # "YEAR", "LOSS" labelling a line


# What a government or a treaty names, spelt out in common words: the acronym is its name
# ("export enhancement program (EEP)", "special drawing right (SDR)").
_NAMED_SCHEMES = frozenset({"program", "programme", "agreement", "accord", "pact", "treaty", "right"})


def acronyms_of_common_words(text: str, mentions: list[RawMention]) -> None:
    """Drop, in place, the acronyms the article spells out in common words ("intermediate
    level waste (ILW)", "value added tax (VAT)"): a thing's name, not a body's; but a
    programme's or an agreement's is a name (OTHER)."""
    defined: set[str] = set()
    schemes: set[str] = set()
    for mention in mentions:
        if mention.acronym and text[mention.start - 1:mention.start] == "(" and text.startswith(")", mention.end):
            words = words_spelling(text, mention.start - 1, mention.text)
            if words and all(w.islower() for w in words):
                (schemes if words[-1] in _NAMED_SCHEMES else defined).add(mention.text)
    if defined:
        mentions[:] = [m for m in mentions if not (m.acronym and m.text in defined)]
    for mention in mentions:
        if mention.acronym and mention.text in schemes:
            mention.type = "OTHER"


def a_speaker_alone(text: str, tokens: list[Token], lex: Lexicon) -> bool:
    """One word, not an everyday one, opening its sentence before "said" ("Audi said it would
    ..."): a name though the article writes it nowhere else; not a plural or another form of a
    word ("Investigators said", "Campaigners said", "Businessmen said")."""
    word = tokens[0].folded
    if len(tokens) != 1 or lex.zipf(word) >= _SPEAKER_ZIPF or word.endswith("men") \
            or not _SAID.match(text, tokens[0].end):
        return False
    return not any(word.endswith(ending) and lex.zipf(word[:-len(ending)]) >= 2.0 for ending in ("s", "es", "ed"))
