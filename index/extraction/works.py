"""Titles of works written in running text: "the new comedy Diary of a Mad Black Woman",
"their latest album, How to Dismantle an Atomic Bomb". A title is capitalised like a name
but keeps its small words in lower case, so the cutter reads it as several names or none
("Diary", "Mad Black Woman"); after a word that says a work follows, the whole title is one
name of a work (OTHER), as the golds annotate it."""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..lexicon import ORG_HEADS, PERSON_TITLES, Lexicon, fold, normalize_name
from .tokens import RawMention, Token, put_in_place, start_of
from .word_before import trailing_letters

# What says that a work's title follows: "the film", "her album", "starring in".
_WORK_WORDS = ("film", "movie", "album", "single", "song", "comedy", "drama", "thriller", "musical", "novel", "sitcom",
               "documentary", "re-release", "starring in", "star of", "book", "hit", "directed", "directing")
# (several: "the singles X and Y", where "and" parts two titles; "The" may start the title,
# and "A" or "An", which the title keeps: "the movie A Little Princess")
_WORK_BEFORE = re.compile(r"\b(?P<work>" + "|".join(_WORK_WORDS) + r")(?P<several>s?)(?:,|:)?"
                          r"(?:\s+including|\s+with)?\s+(?-i:The\s+|(?P<article>An?)\s+)?$", re.I)
_WORK_REACH = 30
# The last words of those cues, alone and plural ("in" of "starring in", "release" of "re-release").
_WORK_LAST_WORDS = frozenset(word for cue in _WORK_WORDS for last in [re.split(r"[ -]", cue)[-1]]
                             for word in (last, last + "s"))
# The words that name a work's kind outright, after which a title of capitalised words alone
# is one name too ("the album Genius Loves Company"); not those that also head other things
# ("a single European currency", "a hit", "star of Manchester United").
_KINDS_OF_WORK = frozenset({"film", "movie", "album", "song", "comedy", "drama", "thriller", "musical", "novel",
                            "sitcom", "documentary"})
# A word that makes the kind word one work's ("the film", "his last album", "Mitchell's novel";
# not "named best musical, Victoria Hamilton", where a person follows the award).
_OWNED_OR_DETERMINED = re.compile(r"(?:\b(?:the|a|an|his|her|their|its|this|that)\b|['\u2019]s)[\w\s-]{0,20}$",
                                  re.I)
_KIND_THEN_ARTICLE = re.compile(r"\b(?:" + "|".join(sorted(_KINDS_OF_WORK)) + r"),? (?-i:(?P<article>An?) (?=[A-Z]))",
                                re.I)
# The space before an article that opens a title, found far faster than the whole pattern,
# which is then tried only from the few characters before it (a kind's word, a comma, a space).
_SPACE_THEN_ARTICLE = re.compile(r" (?=An? [A-Z])")
_KIND_REACH = max(map(len, _KINDS_OF_WORK)) + 2
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
    for start, cue in [(m.start, cue) for m in mentions if _may_follow_a_cue(text, m.start)
                       and (cue := _WORK_BEFORE.search(text, max(0, m.start - _WORK_REACH), m.start)) is not None]:
        if cue.group("article"):
            start = cue.start("article")
        end = _title_end(text, start, lex, several=bool(cue.group("several")))
        if end is None and cue.group("work").lower() in _KINDS_OF_WORK and not cue.group("several") \
                and _OWNED_OR_DETERMINED.search(text, max(0, cue.start() - 25), cue.start()):
            end = _capitalised_title_end(text, start, lex)
            if end is not None and "," in cue.group() and text[end:end + 1] not in (",", ".", ";", ":", ")", ""):
                end = None   # ("In the film, Tony Quist plays a spy": a name begins the sentence)
        if end is not None and not _cuts_a_name(start, end, mentions):
            titles.add(text[start:end])
    # ("the movie A Little Princess": a title opened by "A" may hold no name the cutter kept)
    for cue in _kinds_then_articles(text):
        start = cue.start("article")
        end = _title_end(text, start, lex) or _capitalised_title_end(text, start, lex)
        if end is not None and not _cuts_a_name(start, end, mentions):
            titles.add(text[start:end])
    titles.update(_titles_with_the_inside(text, mentions, lex))
    titles.update(_titles_with_a_colon(text, mentions))
    if not titles:
        return
    # (the title wherever the article writes it again, introduced or not)
    for match in re.finditer("|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True)), text):
        start, end = match.span()
        span = [t for t in tokens if start <= t.start < end]
        if not span or text[end:end + 1].isalnum() or start and text[start - 1].isalnum() \
                or any(m.start <= start and end <= m.end and m.end - m.start > end - start for m in mentions):
            continue   # (nor inside a longer name: the album "Realise And Witness" of "Realise And Witness Talent")
        put_in_place(mentions, RawMention(start, end, match.group(), "OTHER", normalize_name(match.group()), span))
    mentions.sort(key=start_of)


# "Shaun of the Dead", "The Squid and the Whale": capitalised words, "of the" or "and the",
# capitalised words; a possessive may end a word ("... Cuckoo's Nest").
# (The first capital comes before the look-behind, which takes it in: a pattern that opens
# on a capital lets the regex engine skip to the capitals of the text.)
_THE_INSIDE = re.compile(r"(?P<before>[A-Z](?<![\w'\u2019.-][A-Z])[\w'\u2019-]*\s(?:[A-Z][\w'\u2019-]*\s){0,2})"
                         r"(?P<joint>of|and)\sthe"
                         r"(?P<after>(?:\s[A-Z][\w'\u2019-]*){1,3})(?![\w'\u2019-])")
# Titles that head works' names ("Lord of the Rings", "King of the Hill") as often as
# people's; the other titles before "of the" name an office ("Leader of the Opposition").
_NOBLE_TITLES = frozenset({"lord", "lady", "king", "queen", "prince", "princess", "duke", "duchess"})
# A modifier hyphened to a title's last word: "a Lord of the Rings-style epic".
_HYPHENED_MODIFIER = re.compile(r"-[a-z]+$")


def _kinds_then_articles(text: str) -> Iterator[re.Match[str]]:
    """What _KIND_THEN_ARTICLE.finditer(text) finds (it is tried from every character)."""
    searched_to = 0
    for space in _SPACE_THEN_ARTICLE.finditer(text):
        article = space.end()
        cue = _KIND_THEN_ARTICLE.search(text, max(searched_to, article - _KIND_REACH), article + len("An X"))
        if cue is not None:
            yield cue
            searched_to = cue.end()


def _titles_with_the_inside(text: str, mentions: list[RawMention], lex: Lexicon) -> set[str]:
    """Titles with "of the" or "and the" inside, written with no word of their kind near,
    in an article about works ("Polar Express used the technology of Lord of the Rings"):
    where nothing the cutter found in them has any evidence of its own (no place of the
    gazetteer, no acronym, no person by a given name, no body by its head word), the words
    name no one and nothing but the work."""
    titles: set[str] = set()
    for match in _THE_INSIDE.finditer(text):
        before, after = match.group("before").split(), match.group("after").split()
        start, end = match.start(), match.end()
        opens_sentence = text[:start].rstrip(" ")[-1:] in ("", ".", "\n", "!", "?", '"')
        while before and (before[0] in ("A", "The") or "-" in before[0] and before[0][-1].islower()
                          or opens_sentence and lex.zipf(fold(before[0])) >= 5.0):
            start += len(before.pop(0)) + 1   # ("In Tears of the Sun", "A Top of the Pops", "Oscar-winning X")
        first = fold(before[0]) if before else ""
        if not first or first in ORG_HEADS or first in PERSON_TITLES and first not in _NOBLE_TITLES \
                or opens_sentence and first.endswith("s") and lex.zipf(first) >= 3.5 \
                or fold(after[0]) in lex.calendar_words or _HYPHENED_MODIFIER.search(after[-1]):
            continue   # ("University of the X", "Leader of the X", "Stars of the X", "Minutes of the December meeting")
        if match.group("joint") == "and" and _two_names_listed(text, match, before, after):
            continue
        inside = [m for m in mentions if m.start < end and start < m.end]
        if any(m.start < start or m.end > end for m in inside) \
                or any(not (m.unexplained or m.guessed) and (m.type != "OTHER" or m.acronym) for m in inside) \
                or any(m.type == "PERSON" and len(m.tokens) > 1 and lex.is_given_name(m.tokens[0].folded)
                       for m in inside):
            continue
        titles.add(text[start:end])
    return titles


def _two_names_listed(text: str, match: re.Match[str], before: list[str], after: list[str]) -> bool:
    """Whether "A and the B" lists two names ("Kelby Dunn and the Rattlers", "the Tonys and
    the Grammys", "Harrow and the Kremlin"), as it more often does than name one work: unless
    one word stands on either side, neither a plural, and the article never writes B alone."""
    if len(before) > 1 or len(after) > 1 or before[0].endswith("s") or after[-1].endswith("s"):
        return True
    elsewhere = text[:match.start()] + " " + text[match.end():]
    return re.search(r"(?<![\w-])" + re.escape(after[0]) + r"(?![\w-])", elsewhere) is not None


def _may_follow_a_cue(text: str, start: int) -> bool:
    """Whether the words before `start` end as _WORK_BEFORE does: on a cue's last word, then
    perhaps a comma or colon, "including" or "with", and "The" or "A". (The pattern, tried
    from every character of its window, costs more than this; before most names it fails.)"""
    rest = text[max(0, start - _WORK_REACH - 1):start]
    if not rest.isascii():
        return True   # (case-insensitive matching of other scripts is left to the pattern)
    rest = rest.rstrip()
    for optional in (("The", "A", "An"), ("including", "with")):
        word = trailing_letters(rest)
        if (word if optional[0] == "The" else word.lower()) in optional and rest[:-len(word)][-1:].isspace():
            rest = rest[:-len(word)].rstrip()
    if rest.endswith((",", ":")):
        rest = rest[:-1]
    return trailing_letters(rest).lower() in _WORK_LAST_WORDS


# "Robin Hood: Prince of Thieves", "Grand Theft Auto: San Andreas": a name, a colon, then a
# subtitle of two capitalised words or more, inside a sentence (after a lower-case word or a
# comma; opening one only after "The": a colon after a sentence's or a line's first word
# ends a label, "NOTE: ...", "Booked: Ann Lee"), before punctuation or a lower-case word.
_TITLE_CASED = r"[A-Z][\w'\u2019-]*"
_KEPT_LOWER = r"(?:of|the|a|an|to|in|on|for|with) "
_NEXT_TITLE_WORD = rf"(?: (?:{_KEPT_LOWER})*{_TITLE_CASED})"
_COLON_TITLE = re.compile(rf"(?:(?<=[a-z,] )|(?<=\. )(?=The ))(?:The )?"
                          rf"(?P<title>{_TITLE_CASED}{_NEXT_TITLE_WORD}{{0,4}}: {_TITLE_CASED}{_NEXT_TITLE_WORD}+)"
                          rf"(?=[,.;)!?\"\u201d]| [a-z]|$)")
# What every such title holds, found far faster than the whole pattern.
_COLON_THEN_CAPITAL = re.compile(r": [A-Z]")


def _titles_with_a_colon(text: str, mentions: list[RawMention]) -> set[str]:
    """Titles of a name and a subtitle after a colon, in an article about works (no name
    is written so but a work's: a person's words after a colon open with a quote)."""
    if not _COLON_THEN_CAPITAL.search(text):
        return set()   # (the pattern is tried from every character: only where its colon is written)
    return {match.group("title") for match in _COLON_TITLE.finditer(text)
            if not _cuts_a_name(match.start("title"), match.end("title"), mentions)
            and not _capitalised_word_before(text, match.start())}


def _capitalised_word_before(text: str, start: int) -> bool:
    """Whether a capitalised word stands right before `start`, so that a title found there
    would begin in the middle of a longer one ("Shake Hands With ...": not "Hands With ...")."""
    before = text[:start].rsplit(None, 1)
    return bool(before) and before[-1][:1].isupper() and before[-1][-1].isalnum()


def _cuts_a_name(start: int, end: int, mentions: list[RawMention]) -> bool:
    """Whether a title from `start` to `end` would begin or end inside a name found already."""
    return any(m.start < start < m.end or m.start < end < m.end for m in mentions)


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


def _capitalised_title_end(text: str, start: int, lex: Lexicon) -> int | None:
    """Where a title of two or more capitalised words, one space apart, ends ("Genius
    Loves Company", "A Little Princess", "See It In A Boy's Eyes"), if no place comes
    in it after its first word; else None."""
    end = start
    count = 0
    position = start
    for match in _TITLE_WORD.finditer(text, start):
        word = match.group()
        if match.start() != position:
            break
        if word[0].islower():
            # (a small word inside, before a capitalised one, makes the title one that
            # _title_end reads, or refused: "Maria Full of Grace" is not "Maria Full")
            if word in _TITLE_SMALL_WORDS and re.match(r" [A-Z]", text[match.end():match.end() + 2]):
                return None
            break
        if count and re.sub(r"['\u2019]s$", "", fold(word)) in lex.places:
            return None   # ("the film Kinsey London": a place after the title)
        count += 1
        end = match.end()
        position = match.end() + 1
        if not text.startswith(" ", match.end()):
            break
    if count < 2 or text[end - 2:end] in ("'s", "\u2019s"):
        return None   # (a possessive ends no title: "the top film, Ice Cube's road-trip comedy")
    return end


# "Meet the Quorvanes", "Save the Tarns": an everyday word capitalised inside a sentence (after
# a lower-case word or a comma), "the", and one to three capitalised words that end there.
# (The first capital comes before the look-behind, which takes it in; see _THE_INSIDE.)
_WORD_THEN_THE = re.compile(r"[A-Z](?<=[a-z,] [A-Z])[a-z]+ the [A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,2}"
                            r"(?![\w'\u2019-]| [A-Z]| of\b| and\b)")
# How common the first word is: an everyday word (a verb: "Meet", "Stop"), not a name's.
_EVERYDAY_OPENER_ZIPF = 4.0


def titles_of_a_word_and_the(text: str, mentions: list[RawMention], tokens: list[Token], lex: Lexicon) -> None:
    """One OTHER mention for a title made of an everyday word capitalised inside a sentence,
    "the" and capitalised words ("sequel Meet the Quorvanes", "and Stop the Tarn campaigners"),
    where the article writes that word capitalised nowhere else and nothing inside has
    evidence of its own (no place, person, body or acronym), in place of the names cut from it."""
    for match in _WORD_THEN_THE.finditer(text):
        start, end = match.span()
        words = match.group().split()
        first, after = fold(words[0]), fold(words[2])
        if lex.zipf(first) < _EVERYDAY_OPENER_ZIPF or first in ORG_HEADS or first in PERSON_TITLES \
                or first in lex.calendar_words or first in lex.places or lex.is_given_name(first) \
                or after in lex.places or after in lex.calendar_words:
            continue
        if len(re.findall(r"(?<![\w-])" + words[0] + r"(?![\w-])", text)) \
                > len(re.findall(r"(?<![\w-])" + words[0] + r" [tT]he [A-Z]", text)):
            continue   # (the word is a name of its own elsewhere: "told Reuters the Quorvane group")
        inside = [m for m in mentions if m.start < end and start < m.end]
        if any(m.start < start or m.end > end for m in inside) \
                or any(not (m.unexplained or m.guessed) and (m.type != "OTHER" or m.acronym) for m in inside):
            continue
        span = [t for t in tokens if start <= t.start < end]
        put_in_place(mentions, RawMention(start, end, match.group(), "OTHER", normalize_name(match.group()), span))
        mentions.sort(key=start_of)
