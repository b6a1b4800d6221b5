"""A headline's word that the body writes capitalised only inside longer names.

A wire's headline shouts the topic's word ("GRUMMET DEALERS UNVEIL STANDARD CONTRACT", "DRUG
TREATS DISEASE"), and the body often names a body or a thing that starts with it ("the
International Grummet Dealers Association", "Varnby Wasting Disease") while also writing it
as a word of the language ("grummet transactions", "a rare disease"). Those capitals are the
longer name's, not the word's: the headline's word alone is no name. A firm named like a
word ("Turbine") is written alone by the body ("shares of Turbine rose") and keeps its evidence.
"""
from __future__ import annotations

import re

from .tokens import Token

# A capital that opens a sentence (or a line, or a quotation) says nothing about the word.
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?:;]['\"\u2019\u201d]?\s+|\n\s*|[\"'\u2018\u201c(\[])$")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w.&'\-]*\s$")
_CAPITALISED_AFTER = re.compile(r"\s[A-Z]")


def only_inside_names(text: str, token: Token) -> bool:
    """Whether the body (the text after the headline's line) writes the headline word of
    `token` in lowercase somewhere and, mid-sentence, capitalised only next to another
    capitalised word (once at least): the word of the language, and a part of other names."""
    body_start = text.find("\n", token.end)
    if body_start < 0:
        return False
    word = re.compile(r"(?<![\w\-'])" + re.escape(token.text.lower()) + r"(?![\w\-])", re.IGNORECASE)
    lowercase = inside = False
    for match in word.finditer(text, body_start):
        found = match.group()
        if found.islower():
            lowercase = True
            continue
        if not found[:1].isupper() or found.isupper() and len(found) > 1:
            return False   # written in capitals: an acronym, or a shouted line of its own
        before = text[max(0, match.start() - 40):match.start()]
        if _SENTENCE_BEFORE.search(before):
            continue
        if _CAPITALISED_BEFORE.search(before) or _CAPITALISED_AFTER.match(text, match.end()):
            inside = True   # "the International Grummet Dealers Association"
            continue
        return False   # "the Court said": the word names something alone
    return lowercase and inside   # (a story written all in lowercase proves nothing by its case)
