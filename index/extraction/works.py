"""Titles of works written in running text: "the new comedy Diary of a Mad Black Woman",
"their latest album, How to Dismantle an Atomic Bomb". A title is capitalised like a name
but keeps its small words in lower case, so the cutter reads it as several names or none
("Diary", "Mad Black Woman"); after a word that says a work follows, the whole title is one
name of a work (OTHER), as the golds annotate it."""
from __future__ import annotations

import re

from ..lexicon import Lexicon, fold, normalize_name
from .tokens import RawMention, Token, put_in_place

# What says that a work's title follows: "the film", "her album", "starring in".
_WORK_WORDS = ("film", "movie", "album", "single", "song", "comedy", "drama", "thriller", "musical", "novel", "sitcom",
               "documentary", "re-release", "starring in", "star of", "book", "hit", "directed", "directing")
# (several: "the singles X and Y", where "and" parts two titles; "The" may start the title)
_WORK_BEFORE = re.compile(r"\b(?:" + "|".join(_WORK_WORDS) + r")(?P<several>s?)(?:,|:)?(?:\s+including|\s+with)?"
                          r"\s+(?-i:The\s+)?$", re.I)
# The small words a title keeps in lower case between its capitalised ones.
_TITLE_SMALL_WORDS = frozenset("of a an the to and in on for with as at by from into".split())
# A title word: capitalised, with an apostrophe or hyphen inside at most (a number ends
# the title: "... Zero-Eight in 1958").
_TITLE_WORD = re.compile(r"[A-Z][\w'\u2019-]*|[a-z]+")


def titles_of_works(text: str, mentions: list[RawMention], tokens: list[Token], lex: Lexicon) -> None:
    """One OTHER mention for each title that a word of its kind introduces and that keeps
    a small word in lower case inside it, in place of the names cut from it."""
    lowered = text.lower()
    if not any(word in lowered for word in _WORK_WORDS):
        return   # (most articles name no work)
    titles: set[str] = set()
    for start, cue in [(m.start, cue) for m in mentions
                       if (cue := _WORK_BEFORE.search(text, max(0, m.start - 30), m.start)) is not None]:
        end = _title_end(text, start, lex, several=bool(cue.group("several")))
        if end is not None and not any(m.start < start < m.end for m in mentions):
            titles.add(text[start:end])
    if not titles:
        return
    # (the title wherever the article writes it again, introduced or not)
    for match in re.finditer("|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True)), text):
        start, end = match.span()
        span = [t for t in tokens if start <= t.start < end]
        if not span or text[end:end + 1].isalnum() or start and text[start - 1].isalnum():
            continue
        put_in_place(mentions, RawMention(start, end, match.group(), "OTHER", normalize_name(match.group()), span))
    mentions.sort(key=lambda m: m.start)


def _title_end(text: str, start: int, lex: Lexicon, several: bool = False) -> int | None:
    """Where the title that starts at `start` ends, if its words run capitalised word,
    small words, capitalised word... with a small word inside; else None. A small word
    before a place, a date or a person's given name ends it ("... in London", "... on
    Friday", "... with Norah Jones"), and two names joined by "and" are no title unless
    each is one word ("Hide and Seek", not "Ann Lee and Bo Quist") and the cue names one work
    (not "the singles Takeover and Izzo")."""
    words: list[tuple[str, int]] = []
    position = start
    for match in _TITLE_WORD.finditer(text, start):
        word = match.group()
        if match.start() != position or word[0].islower() and word not in _TITLE_SMALL_WORDS:
            break   # (not one space between words: punctuation ends the title)
        if word[0].isupper() and words and words[-1][0][0].islower():
            folded = fold(word).rstrip("'\u2019s")
            if folded in lex.places or folded in lex.calendar_words or folded in lex.given_names:
                break
        words.append((word, match.end()))
        position = match.end() + 1
        if not text.startswith(" ", match.end()):
            break
    while words and words[-1][0][0].islower():
        words.pop()
    small = [i for i, (word, _end) in enumerate(words) if word[0].islower()]
    if not small:
        return None
    if all(words[i][0] == "and" for i in small) and (len(small) > 1 or len(words) != 3 or several):
        return None
    return words[-1][1]
