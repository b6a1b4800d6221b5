"""The word right before a name, as the patterns that look backwards from a name end on it.

Those patterns ("the retailer X", "shares of X") end on a `$` at the name, so the regex
engine tries them from every character of the window before it: a few microseconds each,
for every name. The word they must end on is found in a fraction of that, and before most
names it is none of theirs; only then are they run.
"""
from __future__ import annotations

import re
from string import ascii_letters


def final_words(alternation: str) -> frozenset[str]:
    """The last words (lower case) of the alternatives of a regex alternation of nouns
    ("firms?|market leader|start-?up"), each written with at most optional characters ("?")
    inside: {"firm", "firms", "leader", "up", "startup"}. Other syntax only adds words that
    are never found, which costs nothing."""
    words: set[str] = set()
    for alternative in alternation.split("|"):
        variants = [""]
        for index, char in enumerate(alternative):
            if char == "?":
                continue
            optional = alternative[index + 1:index + 2] == "?"
            variants = [variant + char for variant in variants] + (variants if optional else [])
        words.update(re.split(r"[ -]", variant)[-1].lower() for variant in variants)
    return frozenset(words)


def trailing_letters(text: str) -> str:
    """The letters `text` ends on."""
    if text.isascii():
        return text[len(text.rstrip(ascii_letters)):]
    index = len(text)
    while index and text[index - 1].isalpha():
        index -= 1
    return text[index:]


def word_before(before: str) -> str:
    """The word (lower case) that `before` ends on, past the spaces after it, a bracket
    opened after it (with an "'s" before the bracket) or a "the" after it: "bank" for
    "the German bank ", "the bank's (" and "the bank the "."""
    rest = before.rstrip()
    if rest.endswith("("):
        rest = rest[:-1].rstrip()
        if rest.endswith(("'s", "\u2019s")):
            rest = rest[:-2]
    word = trailing_letters(rest)
    if word == "the" and rest[:-3][-1:].isspace():
        word = trailing_letters(rest[:-3].rstrip())
    return word.lower()
