"""Tokenising an article for the rule extractor: the words that can be part of a name,
each with the gap before it, and which of them carry no information in their capital
letter (sentence starts, title-cased headlines, all-caps shouting)."""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

from ..lexicon import (
    FOREIGN_JOINERS,
    LEADING_ARTICLES,
    NAME_JOINERS,
    NAME_PARTICLES,
    TITLE_ABBREVIATIONS,
    Lexicon,
    fold,
    normalize_name,
)
from ..model import EntityType
from .word_lists import SUFFIXES_IN_LOWER_CASE

_HYPHENS = "-\u2010\u2011"
# What ends a sentence in the gap before a word (the definition: `_ends_sentence` reads the
# same off the gap's end, faster).
_SENTENCE_END = re.compile(r"[.!?:;\u2026]['\"\u2019\u201d)]*\s*$|[\"\u201c\u2018(\[]\s*$|\n"
                           r"|\s(?:-{1,2}|[\u2013\u2014])\s+$")
_HAS_LETTER = re.compile(r"[^\W\d_]")
# The end of a gap that leaves a sentence open: a word (or its possessive, or a comma) and a space.
_MID_SENTENCE = re.compile(r"[^\W_]['\u2019]?s?,? $")
_CONTRACTION = re.compile(r"['\u2019](?:ve|m|d|ll|re|t)$")


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str          # as written, possessive stripped
    folded: str        # fold(text)
    capitalised: bool
    all_caps: bool
    initial: bool      # capitalisation carries no information here
    hyphen_before: bool  # attached to the previous word by a hyphen
    gap_before: str    # the characters between the previous word and this one
    possessive: bool = False  # written with a possessive 's, which ends a name
    headline: bool = False    # in a title-cased line, where only evidence makes a name
    line: int = 0             # the line (of the text) the word is on


@dataclass(slots=True)
class RawMention:
    start: int
    end: int
    text: str
    type: EntityType
    key: str
    tokens: list[Token]
    acronym: bool = False
    gazetteer: bool = False
    place_kind: str = ""   # "country" | "city" | "region" for gazetteer places
    code_of: tuple[str, ...] = ()   # a code's countries ("SA": Saudi Arabia, South Africa)
    guessed: bool = False   # typed by the shape of a person's name, or a small place's name, alone
    unexplained: bool = False   # typed OTHER for want of any evidence (the type model may say more)
    learned: bool = False   # typed by the learned type model


# Lowercase words that a name may hold ("Bank of England", "de la Fuente", "Trade and
# Industry Ministry"); every other lowercase word only ends a name, so it is not kept.
_STRUCTURAL_WORDS = NAME_PARTICLES | NAME_JOINERS | FOREIGN_JOINERS | LEADING_ARTICLES | frozenset({"and"})
_HYPHEN_GAPS = frozenset(_HYPHENS)
# Put before the gap of a word that follows words the tokeniser did not keep: such a word
# is never adjacent to the token before it.
SKIPPED = "\x00"
_folded_words: dict[str, str] = {}


def _fold_word(word: str) -> str:
    folded = _folded_words.get(word)
    if folded is None:
        if len(_folded_words) > 500_000:
            _folded_words.clear()
        folded = _folded_words[word] = fold(word).replace("'", "")
    return folded


# A letter written as an HTML reference inside a word, as some feeds leave them: "Jos&#233;"
# (the Latin letters start at 192).
_LETTER_REFERENCE = r"&#(?:19[2-9]|2\d\d|[3-9]\d\d|[1-9]\d{3,4});"
_STRUCTURAL_PATTERN = "|".join(sorted(_STRUCTURAL_WORDS | SUFFIXES_IN_LOWER_CASE, key=len, reverse=True))
# The words a name can be made of, found without visiting the others: capitalised words
# (ASCII or a few Unicode upper-case blocks; `isupper` decides), the structural lowercase
# words, and lowercase syllables hyphenated to a word ("Min-ho").
# (Every one starts a word: the leading \b spares the alternatives' look-behinds inside words;
# and every one starts on a letter: the look-ahead spares them at the ends of words. Of the
# words that start in lower case, the ordinary words of the text, only these can be one:
# the next look-ahead spares the alternatives at the others.)
_LOWERCASE_STARTS = (r"(?:(?=[^a-z]|[ie][A-Z]|[dl]['\u2019]|(?:" + _STRUCTURAL_PATTERN + r")(?![\w'\u2019]))"
                     r"|(?<=[-\u2010\u2011]))")
_CANDIDATE = re.compile(
    r"\b(?=[^\W\d_])" + _LOWERCASE_STARTS
    + r"(?:(?<![\w&])[A-Z]{1,3}&[A-Z]{1,3}(?![\w&])"   # an ampersand acronym: "S&P", "AT&T"
    r"|(?<![\w'\u2019.])(?:[A-Z]\.){2,}(?:['\u2019]s)?(?![\w'\u2019])"   # a dotted abbreviation: "U.S.", "U.K.'s"
    r"|(?<=[a-z] )[A-Z]\.(?= [A-Z][a-z])"   # a middle initial: "Sanford C. Bernstein"
    r"|(?<![\w.])[NSEW]\.(?= [A-Z][a-z]| [A-Z]{4})"   # "N."/"W." for North/West: "S. Africa", "W. GERMANY"
    r"|(?<=[^\W\d_] )A/S(?![\w/])"   # the Scandinavian company suffix: "Norsk Data A/S"
    r"|(?<![\w'\u2019.@/-])[ie][A-Z][a-z][A-Za-z]*"   # an i- or e- brand, capitalised within: "iPod", "eBay"
    r"|(?<![\w'\u2019])(?:[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f\u0386-\u03ab\u0400-\u042f]"
    r"|(?:" + _STRUCTURAL_PATTERN + r")(?![\w'\u2019])|(?<=[^\W_][-\u2010\u2011])[^\W\d_]"
    r"|[dl]['\u2019](?=[A-Z\u00c0-\u00de]))"   # an elided particle on a name's word: "d'Ivoire"
    r"(?:[^\W_]|['\u2019](?=[^\W\d_])|" + _LETTER_REFERENCE + r")*)")


# The sort key of mentions (and tokens) in the text's order: the many sorts of an article's
# mentions call it for every one, and attrgetter costs less than a lambda.
start_of = attrgetter("start")


# Ampersand abbreviations that are common nouns, not names.
_AMPERSAND_WORDS = frozenset({"M&A", "R&D", "Q&A", "P&L", "B&B", "R&B", "C&W", "F&B", "G&T", "A&E"})


def _spelt_out(text: str, initials: str) -> bool:
    """Whether the text names a firm whose initials these are ("Bradford & Bingley ... B&B")."""
    first, second = initials.split("&")
    return re.search(rf"\b{first}[a-z]+ (?:&|and) {second}[a-z]+", text) is not None


def put_in_place(mentions: list[RawMention], mention: RawMention) -> None:
    """Add `mention` in place of the mentions it overlaps (the caller sorts the list again)."""
    mentions[:] = [m for m in mentions if m.end <= mention.start or m.start >= mention.end]
    mentions.append(mention)


def put_organisation(mentions: list[RawMention], text: str, start: int, end: int, tokens: list[Token]) -> None:
    """Put the company or body named by text[start:end] in place of what overlaps it, its
    tokens those inside (the caller sorts the list again)."""
    surface = text[start:end]
    put_in_place(mentions, RawMention(start, end, surface, "ORG", normalize_name(surface),
                                      [t for t in tokens if start <= t.start < end]))


# What stands between the names of a list ("A, B and C", "A or B").
LIST_GAPS = (", ", " and ", ", and ", " or ")


def tokenise(text: str) -> list[Token]:
    """The words that can be part of a name, each with the gap before it."""
    tokens: list[Token] = []
    previous_end = 0
    line = 0
    dropped = False   # a word was left out since the last token kept: the next is not adjacent
    # Tickers in angle brackets ("<KLUW.AS>", "<YNK>", "<VOLV ST>") are page furniture, never names.
    tickers = [m.span() for m in TICKER.finditer(text)] if "<" in text else []
    for match in _CANDIDATE.finditer(text):
        start, end = match.span()
        if tickers and any(left < start < right for left, right in tickers):
            continue
        word = match.group()
        gap = text[previous_end:start]
        previous_end = end
        if "\n" in gap:
            line += gap.count("\n")
        skipped = dropped or gap != " " and _HAS_LETTER.search(gap) is not None   # (most gaps are one space)
        capitalised = word[0].isupper() or word[1:2].isupper() or word[2:3].isupper()   # ("iPod", "d'Estaing")
        # ("Apple iPod": the maker and its product; but "Cote d'Ivoire" is one name)
        skipped = skipped or word[0].islower() and capitalised and word[1] not in "'\u2019"
        dropped = True
        if not capitalised:
            if gap in _HYPHEN_GAPS:
                if not tokens or skipped:
                    continue
            elif word not in _STRUCTURAL_WORDS and not (word in SUFFIXES_IN_LOWER_CASE and gap == " " and not skipped
                                                        and tokens and tokens[-1].capitalised):
                continue   # an upper-case block's lowercase letter: an ordinary word
        elif ("'" in word or "\u2019" in word) and _CONTRACTION.search(word) \
                or word in _AMPERSAND_WORDS and not _spelt_out(text, word):
            continue   # "I've", "Don't", "R&D": a capital that says nothing, and never a name
        dropped = False
        possessive = len(word) > 2 and word[-2:] in ("'s", "\u2019s", "'S")
        if possessive:
            word, end = word[:-2], end - 2
        # (positional arguments, in Token's field order: cheaper than keywords, for every word of every article)
        tokens.append(Token(
            start, end, word, _folded_words.get(word) or _fold_word(word), capitalised,
            capitalised and len(word) > 1 and word.isupper(),   # all_caps
            False,   # initial
            not skipped and gap in _HYPHEN_GAPS and bool(tokens) and not tokens[-1].possessive,   # hyphen_before
            SKIPPED + gap if skipped else gap, possessive, False, line,
        ))
    return tokens


# A ticker, and its exchange ("<VOLV ST>"; not a company's suffix: "<SIEMENS AG>" is a name).
TICKER = re.compile(r"<[A-Z0-9][A-Z0-9.\-/&]*(?: (?!AG>|AB>|SA>|NV>|BV>|AS>)[A-Z]{1,2})?>")
_LINE_WORD = re.compile(r"[^\W\d_][\w'\u2019]*")


# Verbs a sentence writes in lowercase and a title-cased heading in capitals ("Is").
_LOWERCASE_VERBS = frozenset({"is", "are", "was", "were", "has", "have", "had", "said", "says"})


def _line_is_headline(line_text: str, first_line: bool) -> tuple[bool, bool]:
    """(title-cased headline, all-caps shouting) for one line of text."""
    words = _LINE_WORD.findall(line_text)
    if len(words) < 3:
        return False, False
    # Single letters (of dotted abbreviations: "U.S. HOME SALES") say nothing about case.
    longer = [w for w in words if len(w) > 1]
    if len(longer) >= 2 and sum(1 for w in longer if w.isupper()) >= 0.8 * len(longer):
        return True, True
    if not first_line and (len(words) > 10 or any(w in _LOWERCASE_VERBS for w in words)):
        # (title case capitalises verbs: a lowercase "is" below the title is a sentence's,
        # "NOTE: Full name is Acme Real Estate Investment Trust")
        return False, False
    long_words = [w for w in words if len(w) >= 4 and not w.isupper()]
    return (len(long_words) >= 4 and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)
            and not line_text.rstrip().endswith((".", "!", "?", "\"", "\u201d", ")"))), False


def words_spelling(text: str, end: int, letters: str) -> list[str]:
    """The words just before `end` whose initials spell `letters`, case aside ("value added
    tax" before "(VAT)"), or []: an acronym spelt out before it in brackets."""
    count = len(letters)
    words = re.findall(r"[^\W\d_]+", text[max(0, end - max(120, 25 * count)):end])[-count:]
    return words if len(words) == count and "".join(w[0] for w in words).lower() == letters.lower() else []


_CLOSERS = "'\"\u2019\u201d)"


def _ends_sentence(gap: str) -> bool:
    """Whether a gap between words ends a sentence: _SENTENCE_END.search(gap), read off
    the gap's end in a few string operations (the pattern, tried from every character of a
    gap, costs more where the gap holds lowercase words)."""
    if "\n" in gap:
        return True
    rest = gap.rstrip()
    if not rest:
        return False
    if rest[-1] in "\"\u201c\u2018([":
        return True   # an opening quote or bracket
    if len(rest) < len(gap) and (rest.endswith(("\u2013", "\u2014")) and rest[-2:-1].isspace()
                                 or rest.endswith("-") and (rest[-2:-1].isspace()
                                                            or rest[-2:-1] == "-" and rest[-3:-2].isspace())):
        return True   # a dash between spaces
    stop = rest.rstrip(_CLOSERS)[-1:]
    return stop != "" and stop in ".!?:;\u2026"   # a full stop (or the like), then closing quotes and brackets


def mark_initials(text: str, tokens: list[Token]) -> None:
    """Mark words whose capital letter says nothing: sentence starts and headline case."""
    index = 0
    line_start = 0
    line_number = 0
    while index < len(tokens):
        # Move to the line of the next token (lines without tokens are passed over).
        while line_number < tokens[index].line:
            line_start = text.index("\n", line_start) + 1
            line_number += 1
        line_end = text.find("\n", tokens[index].start)
        line_end = len(text) if line_end < 0 else line_end
        first = index
        while index < len(tokens) and tokens[index].line == line_number:
            index += 1
        line_tokens = tokens[first:index]
        # Title case ("Varga Lauds Close Quito Ties"): nearly every longer word capitalised;
        # a sentence that happens to hold many names ends with a full stop, a headline does
        # not. Below the title line only a short line can be a sub-heading: a long
        # title-cased line is a credit ("Reporting by Ann Lee in Paris; Editing by ...").
        # Only lines with enough capitalised words are looked at closely.
        headline = shouting = False
        # (All-caps wire headlines of short words count too: "ACME INC 4TH QTR JAN 3 LOSS".)
        if len(line_tokens) >= 3 \
                and sum(1 for t in line_tokens if t.capitalised and (len(t.text) >= 4 or t.all_caps)) >= 3 \
                and (line_number == 0 or line_end - line_start <= 160 or sum(t.all_caps for t in line_tokens) >= 3):
            headline, shouting = _line_is_headline(text[line_start:line_end], line_number == 0)
        if shouting:
            # An all-caps line (wire headlines): read it as title case, with evidence only.
            for token in line_tokens:
                token.all_caps = False
                token.capitalised = True
        for position, token in enumerate(line_tokens):
            if headline:
                token.initial = token.headline = True
                continue
            gap = token.gap_before if position else text[line_start:token.start]
            token.initial = gap != " " and _ends_sentence(gap) or position == 0 and not _HAS_LETTER.search(gap)
            if token.initial and gap.endswith("(") and text.startswith(")", token.end) \
                    and _MID_SENTENCE.search(gap, 0, len(gap) - 1) \
                    and not words_spelling(text, token.start, token.folded):
                # "the space agency's (Nasa) centre", "he (Kerr) said": a word alone in
                # brackets in the middle of a sentence starts no sentence of its own (but
                # "European currency units (Ecu)" stays a thing's short name, no name).
                token.initial = False
            if token.initial and position and gap[:1] == "." and gap[1:] == " " \
                    and line_tokens[position - 1].folded in TITLE_ABBREVIATIONS:
                token.initial = False   # "Capt. Ann Lee": the stop of an abbreviated title
            if token.folded in ("and", "or") and token.capitalised and position and gap == " " \
                    and line_tokens[position - 1].text.endswith("."):
                # "in the U.S. And Japan": a wire capitalises the word after an abbreviation's
                # stop as if it began a sentence; a conjunction there is still one.
                token.capitalised = False
        line_start = line_end + 1
        line_number += 1


_LOCATIVE_TARGET = re.compile(
    r"\b(?:in|from|to|near|at|into|outside|across|towards)\s+((?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})")


@lru_cache(maxsize=8)
def _locative_targets(text: str) -> frozenset[str]:
    """Every name (and its leading words) written after "in", "at", "from"... in the text."""
    targets: set[str] = set()
    for match in _LOCATIVE_TARGET.finditer(text):
        words = normalize_name(match.group(1)).split()
        for length in range(1, len(words) + 1):
            targets.add(" ".join(words[:length]))
    return frozenset(targets)


def particles_then_name(tokens: list[Token], index: int) -> bool:
    """Whether tokens[index:] are lowercase name particles ending on a capitalised word:
    "de la Fuente", "van der Berg", "al-Mansoori", "bin Salman"."""
    for _ in range(3):
        token = tokens[index]
        if token.capitalised or token.folded not in NAME_PARTICLES or index + 1 >= len(tokens):
            return False
        following = tokens[index + 1]
        if not (is_space(following.gap_before) or following.hyphen_before):
            return False
        if following.capitalised and len(following.text) > 1:
            return True
        index += 1
    return False


def is_space(gap: str) -> bool:
    return gap == " " or 0 < len(gap) <= 2 and gap.isspace() and "\n" not in gap   # (one space, the commonest, first)


def used_as_place(text: str, folded_phrase: str) -> bool:
    """Whether the article writes "in X", "from X"...: then X is a place, not a surname."""
    return folded_phrase in _locative_targets(text)


# Wires capitalise the word after a country's dotted abbreviation as if its stop ended a
# sentence ("U.S. Exporters", "U.S. Frustration over ..."); a word of English at least this
# common, alone after it, is that word, not a name ("U.S. Sprint", rarer, may be a firm's).
AFTER_DOTTED_COUNTRY_ZIPF = 3.0


def after_dotted_country(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """Whether tokens[index] is the one word of a run after a country's dotted abbreviation,
    and a word of English ("U.S. Cereals exports")."""
    previous, token = tokens[index - 1], tokens[index]
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return previous.text.count(".") >= 2 and previous.capitalised and token.gap_before == " " \
        and not token.hyphen_before and not token.all_caps \
        and not (following is not None and following.capitalised and is_space(following.gap_before)) \
        and previous.text.replace(".", "") in lex.country_codes and lex.zipf(token.folded) >= AFTER_DOTTED_COUNTRY_ZIPF


def written_in_lowercase(text: str, token: Token) -> bool:
    """Whether the article writes the word all in lowercase somewhere: then it is a word of
    the language, whose capital at a sentence's start proves nothing ("Greenmail often
    involves ... the greenmail payments"), however rare it is in a general word list. (Not
    a web address, nor a word in quotes: a site's or a program's name, "ipodder".)"""
    if text.startswith(".", token.end) and text[token.end + 1:token.end + 2].isalpha():
        return False
    # (as the pattern (?<![\w\-'"\u2018\u201c])word(?![\w\-'"\u2019\u201d]|\.\w) would find it, without
    # compiling one for every word)
    word = token.text.lower()
    index = text.find(word)
    while index >= 0:
        end = index + len(word)
        before, after = text[index - 1:index] if index else "", text[end:end + 1]
        if not (before and (_is_word_char(before) or before in "-'\"\u2018\u201c")) \
                and not (after and (_is_word_char(after) or after in "-'\"\u2019\u201d")) \
                and not (after == "." and _is_word_char(text[end + 1:end + 2])):
            return True
        index = text.find(word, index + 1)
    return False


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"   # (what a regex's \w matches)


# The dash before a headline's source: "... RATED GOOD - USDA", "... -- MINISTER".
_SOURCE_DASH = re.compile(r" -{1,2} |\s[\u2013\u2014]\s")


def headline_source(tokens: list[Token]) -> list[Token]:
    """The words a headline ends on after a dash, where a wire names its source ("U.S.
    WINTER WHEAT RATED GOOD - USDA", "... - OAPEC OFFICIAL"); [] if the first line is no
    headline or has no such ending of one or two words."""
    line = list(itertools.takewhile(lambda t: t.line == 0, tokens))
    if not line or not line[0].headline:
        return []
    dash = max((i for i, t in enumerate(line) if i and _SOURCE_DASH.fullmatch(t.gap_before)), default=0)
    # (a longer ending is a headline of its own: "ECONOMIC SPOTLIGHT - JAPAN EYEING FOREIGN STOCKS")
    return line[dash:] if dash and len(line) - dash <= 2 else []
