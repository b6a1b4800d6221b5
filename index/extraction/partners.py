"""Firms named after their partners, the names listed with commas: "Donaldson, Lufkin and
Jenrette Securities Corp", "Warburg, Pincus Capital Co L.P.", "Moore, Quell and deVane Inc".
The list of surnames and the company's suffix after them are one name, not two or three."""
from __future__ import annotations

import re

from ..lexicon import Lexicon, lexicon
from .tokens import RawMention, Token, put_organisation, start_of
from .word_lists import COMPANY_SUFFIXES, FUNCTION_WORDS

# Two or three single words with commas ("A, B and C", "A, B, C"), at most three more words
# (the third partner's, the trade's: "deVane", "Capital"), and the suffix. (The first word is
# no list's later element: no capitalised word and comma before it. The capital comes before
# the look-behinds, which take it in: the regex engine skips to the capitals of the text.)
_PARTNERS = re.compile(
    r"([A-Z](?<![\w&.'-][A-Z])(?<![A-Za-z.], [A-Z])[a-z]+), ([A-Z][a-z]+)(, | and | )"
    r"((?:(?:[A-Z]|de|van|von|du)[\w'-]* ){0,3}?)"
    r"(?:Inc|Co|Corp|Ltd|L\.P\.|LP|Plc|PLC|Cos|Associates|Railway|Railroad)\b(?: (?:Inc|Ltd|L\.P\.))?\.?")
# In two partners' name, with no "and", a word as common as this may be an adverb opening
# the sentence ("Meanwhile, Tarvel Motor Co"), or a firm of a list, not a partner's.
_PARTNER_ZIPF = 3.5
# A capitalised word and a space or comma right before the first partner: the list goes on
# further back, or a longer name ends there.
_NAME_BEFORE = re.compile(r"[A-Z][\w.'&-]*,? (?:and |& )?$")


def firms_named_after_partners(text: str, mentions: list[RawMention], tokens: list[Token]) -> None:
    """One ORG mention for partners' surnames listed before a company's suffix, in place
    of the names the runs cut at the commas."""
    if ", " not in text:
        return
    lex = lexicon()
    found = False
    for match in _PARTNERS.finditer(text):
        first, second = match.group(1).lower(), match.group(2).lower()
        if first in COMPANY_SUFFIXES or second in COMPANY_SUFFIXES or second in FUNCTION_WORDS:
            continue   # ("Tarvel Inc, Quell Grain Co": a list of firms)
        if match.group(3) != " and " and (first in FUNCTION_WORDS or lex.zipf(first) >= _PARTNER_ZIPF
                                          or lex.zipf(second) >= _PARTNER_ZIPF):
            continue   # ("Meanwhile, Tarvel Motor Co": an adverb opening the sentence; "Sohio, Shell, ...")
        if any(lex.places.get(word, ("", ""))[1] == "country" for word in (first, second)):
            continue   # ("Milan, Italy and QRC Seed Co": a town and its country)
        start, end = match.start(), match.end()
        if any(m.start == start and m.end >= end - 1 for m in mentions):
            continue   # ("Kidder, Peabody and Co": the runs found it whole)
        if _NAME_BEFORE.search(text, max(0, start - 40), start):
            continue   # ("Credit Tarvais, Quell Overseas Finance Ltd": a list's second firm)
        if _written_alone(text, match.group(1), match.group(2), lex) \
                or _written_alone(text, match.group(2), match.group(1), lex):
            continue   # ("Tarvex, Quell Oil Co" where the article writes Tarvex alone: two firms listed)
        if text.endswith(".", start, end) and not text.endswith("L.P.", start, end):
            end -= 1   # (a sentence's full stop after "Co")
        put_organisation(mentions, text, start, end, tokens)
        found = True
    if found:
        mentions.sort(key=start_of)


def _written_alone(text: str, word: str, partner: str, lex: Lexicon) -> bool:
    """Whether the article writes a partner's name alone: not beside the other partner's
    ("Warburg Pincus group"), nor after a given name or an initial (the partner himself,
    "Ann B. Quell")."""
    for match in re.finditer(r"(?<![\w-])" + word + r"(?![\w-])", text):
        before = text[max(0, match.start() - 30):match.start()]
        if re.match(r",? " + partner + r"\b", text[match.end():match.end() + len(partner) + 2]) \
                or re.search(partner + r",? (?:and )?$", before) or re.search(r"\b[A-Z]\. $", before):
            continue
        previous = re.search(r"\b([A-Z][a-z]+) $", before)
        if previous is not None and lex.is_given_name(previous.group(1).lower()):
            continue
        return True
    return False
