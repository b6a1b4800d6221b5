"""A rule-based extractor of people, organisations and places in English news text.

How it works, per article (it never looks at other articles):

1. Tokenise once; note for every word whether it starts a sentence (or sits in a
   title-cased headline), where capitalisation says nothing about being a name.
2. Collect *evidence*: words written capitalised in the middle of a sentence anywhere in
   the article. A sentence-initial "Kim" counts as a name because "Kim" appears mid-
   sentence elsewhere; "However" or "Officials" do not.
3. Build runs of capitalised words (joined by spaces, hyphens, name particles, and
   "of"/"on"/"for" after a capitalised common noun: "Bank of England"), then cut each run
   into mentions: leading articles, sentence-initial common words, weekdays/months,
   titles ("Defence Minister") and demonyms ("North Korean") are stripped; places are
   matched against the gazetteer, longest first; hyphenated pairs of places or acronyms
   ("Russia-North Korea", "DPRK-Russia") are split.
4. Type each mention (gazetteer -> PLACE, organisation head noun or acronym -> ORG,
   given name / title / name-shaped tokens -> PERSON, else OTHER).
5. Resolve every mention to the fullest name it stands for in this article: acronyms
   defined as "Long Name (LN)", a surname or first name to the one full name that has it,
   a short organisation name to the longer one that contains it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .entity_lexicon import (COMPASS_WORDS, LEADING_ARTICLES, NAME_JOINERS, NAME_PARTICLES,
                             ORG_HEADS, PERSON_TITLES, Lexicon, demonym_of, fold, lexicon)

# Title words that name a role by themselves; the rest of PERSON_TITLES only modify one
# ("Deputy Defense Minister"), and may also start an organisation ("Defence Ministry").
CORE_TITLES = frozenset("""
mr mrs ms miss dr prof professor sir dame lord lady madam comrade president minister ministers
secretary chairman chairwoman chairperson chief general gen lieutenant lt colonel col major maj
captain capt commander admiral marshal sergeant senator sen governor gov mayor ambassador envoy
king queen prince princess emperor sultan sheikh emir pope cardinal bishop archbishop rev reverend
imam rabbi judge chancellor premier leader spokesman spokeswoman spokesperson director ceo mp
speaker councillor councilor commissioner inspector detective sheriff attorney undersecretary
executive officer prosecutor coach manager striker midfielder defender goalkeeper
""".split())

# Upper-case words that are common nouns or units, not names.
_COMMON_ACRONYMS = frozenset("""tv dvd cd pc gdp gnp cpi hiv aids dna gmt bst est pm am ok vat ceo cfo coo ipo
faq usb sms mp3 id pr hq ppm mph kmh rpm ad bc""".split())
_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# Abbreviations that end company names; their full stop belongs to the name ("Acme Corp.").
_COMPANY_ABBREVIATIONS = frozenset({"co", "corp", "inc", "ltd", "ltda", "plc", "llc", "bhd", "cos"})
# Words that, standing alone, are a generic company word or a table label, not a name.
_GENERIC_ALONE = _COMPANY_ABBREVIATIONS | _COMMON_ACRONYMS | frozenset({
    "bank", "group", "company", "fund", "department", "ministry", "industry", "trade", "government", "corporation",
    "division", "unit", "shr", "oper", "revs", "qtr", "avg", "shrs", "mln", "dlrs", "cts", "net", "note"})
# "SANTIAGO, March 4 (Reuters) -", "COPIAPO, Chile (AP) —": the outlet of a wire dateline.
_DATELINE = re.compile(r"^[A-Z][A-Z.'\- ]{1,30}(?:,\s[A-Z][\w.' ]{1,30}?)?(?:,?\s[A-Z][a-z]{2,8}\.?\s\d{1,2})?"
                       r"\s\(([A-Z][\w&]*(?:\s[A-Z][\w&]*){0,3})\)\s*(?:-{1,2}|[\u2013\u2014])", re.M)

_WORD = re.compile(r"[^\W\d_](?:[^\W_]|['\u2019](?=[^\W\d_]))*")
_HYPHENS = "-\u2010\u2011"
_SENTENCE_END = re.compile(r"[.!?:;\u2026]['\"\u2019\u201d)]*\s*$|[\"\u201c\u2018(\[]\s*$|\n|\s(?:-{1,2}|[\u2013\u2014])\s+$")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,5}$")
_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,}s$")
_HAS_LETTER = re.compile(r"[^\W\d_]")
_CONTRACTION = re.compile(r"['\u2019](?:ve|m|d|ll|re|t)$")
_NUMBER_WORDS = frozenset("""one two three four five six seven eight nine ten eleven twelve thirteen
fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
hundred thousand million billion""".split())
_NAME_SYLLABLE = re.compile(r"^[A-Z][a-z]{1,5}$|^[a-z]{1,5}$")
_PLACE_NOUNS = (r"(?:village|town|city|region|province|district|valley|river|county|port|island|tunnel|crossing"
                r"|desert|mine|lake|coast|peninsula|bay|mountains?|border|airport|camp|state)")
_PLACE_BEFORE = re.compile(_PLACE_NOUNS + r" of $")
_PLACE_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?" + _PLACE_NOUNS + r"\b")
_NUMBER_AFTER = re.compile(r"[\s:]+(?:vs\b|[\d$])")
_LOCATIVE = re.compile(r"\b(?:in|from|to|near|at|into|outside|across|towards)\s")
_REPORTING_VERBS = re.compile(r"\s+(?:said|says|told|added|wrote|stated|argued|reported|reports)\b")

EXTRACTOR_NAME = "rules-2"


@dataclass(slots=True)
class _Token:
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
class _Mention:
    start: int
    end: int
    text: str
    type: str
    key: str
    tokens: list[_Token]
    acronym: bool = False
    gazetteer: bool = False
    place_kind: str = ""   # "country" | "city" | "region" for gazetteer places


@lru_cache(maxsize=262144)
def normalize_name(name: str) -> str:
    """The folding used for keys: ASCII, lowercase, no possessive, hyphens as spaces.

    "Moon Jae-in's" -> "moon jae in"; "Lajčák" -> "lajcak"; "the Kremlin" -> "kremlin".
    """
    folded = fold(name)
    folded = re.sub(r"'s\b|(?<=s)'(?=\s|$)", "", folded)
    folded = re.sub(r"[^a-z0-9&]+", " ", folded.replace("'", ""))
    words = folded.split()
    if len(words) > 1 and words[0] in LEADING_ARTICLES:
        words = words[1:]
    return " ".join(words)


# Lowercase words that a name may hold ("Bank of England", "de la Fuente", "Trade and
# Industry Ministry"); every other lowercase word only ends a name, so it is not kept.
_STRUCTURAL_WORDS = NAME_PARTICLES | NAME_JOINERS | LEADING_ARTICLES | frozenset({"and"})
_HYPHEN_GAPS = frozenset(_HYPHENS)
# Put before the gap of a word that follows words the tokeniser did not keep: such a word
# is never adjacent to the token before it.
_SKIPPED = "\x00"
_folded_words: dict[str, str] = {}


def _fold_word(word: str) -> str:
    folded = _folded_words.get(word)
    if folded is None:
        if len(_folded_words) > 500_000:
            _folded_words.clear()
        folded = _folded_words[word] = fold(word).replace("'", "")
    return folded


_STRUCTURAL_PATTERN = "|".join(sorted(_STRUCTURAL_WORDS, key=len, reverse=True))
# The words a name can be made of, found without visiting the others: capitalised words
# (ASCII or a few Unicode upper-case blocks; `isupper` decides), the structural lowercase
# words, and lowercase syllables hyphenated to a word ("Jong-un").
_CANDIDATE = re.compile(
    r"(?<![\w'\u2019])(?:[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f\u0386-\u03ab\u0400-\u042f]"
    r"|(?:" + _STRUCTURAL_PATTERN + r")(?![\w'\u2019])|(?<=[^\W_][-\u2010\u2011])[^\W\d_])"
    r"(?:[^\W_]|['\u2019](?=[^\W\d_]))*")


def _tokenise(text: str) -> list[_Token]:
    """The words that can be part of a name, each with the gap before it."""
    tokens: list[_Token] = []
    previous_end = 0
    line = 0
    for match in _CANDIDATE.finditer(text):
        start, end = match.span()
        word = match.group()
        gap = text[previous_end:start]
        previous_end = end
        if "\n" in gap:
            line += gap.count("\n")
        skipped = _HAS_LETTER.search(gap) is not None
        capitalised = word[0].isupper()
        if not capitalised:
            if gap in _HYPHEN_GAPS:
                if not tokens or skipped:
                    continue
            elif word not in _STRUCTURAL_WORDS:
                continue   # an upper-case block's lowercase letter: an ordinary word
        elif _CONTRACTION.search(word):
            continue   # "I've", "Don't": a capital that says nothing, and never a name
        possessive = len(word) > 2 and word[-2:] in ("'s", "\u2019s", "'S")
        if possessive:
            word, end = word[:-2], end - 2
        tokens.append(_Token(
            start=start, end=end, text=word, folded=_fold_word(word), capitalised=capitalised,
            all_caps=capitalised and len(word) > 1 and word.isupper(), initial=False,
            hyphen_before=not skipped and gap in _HYPHEN_GAPS and bool(tokens) and not tokens[-1].possessive,
            gap_before=_SKIPPED + gap if skipped else gap, possessive=possessive, line=line,
        ))
    return tokens


_LINE_WORD = re.compile(r"[^\W\d_][\w'\u2019]*")


def _line_is_headline(line_text: str, first_line: bool) -> tuple[bool, bool]:
    """(title-cased headline, all-caps shouting) for one line of text."""
    words = _LINE_WORD.findall(line_text)
    if len(words) < 3:
        return False, False
    all_caps = sum(1 for w in words if len(w) > 1 and w.isupper())
    if all_caps >= 0.8 * len(words):
        return True, True
    if not first_line and len(words) > 10:
        return False, False
    long_words = [w for w in words if len(w) >= 4 and not w.isupper()]
    return (len(long_words) >= 4 and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)
            and not line_text.rstrip().endswith((".", "!", "?", "\"", "\u201d", ")"))), False


def _mark_initials(text: str, tokens: list[_Token]) -> None:
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
        # Title case ("Kim Lauds Close Moscow Ties"): nearly every longer word capitalised;
        # a sentence that happens to hold many names ends with a full stop, a headline does
        # not. Below the title line only a short line can be a sub-heading: a long
        # title-cased line is a credit ("Reporting by Ann Lee in Paris; Editing by ...").
        # Only lines with enough capitalised words are looked at closely.
        headline = shouting = False
        if sum(1 for t in line_tokens if t.capitalised and len(t.text) >= 4) >= 3 \
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
            token.initial = bool(_SENTENCE_END.search(gap)) or position == 0 and not _HAS_LETTER.search(gap)
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


def _particles_then_name(tokens: list[_Token], index: int) -> bool:
    """Whether tokens[index:] are lowercase name particles ending on a capitalised word:
    "de la Fuente", "van der Berg", "al-Mansoori", "bin Salman"."""
    for _ in range(3):
        token = tokens[index]
        if token.capitalised or token.folded not in NAME_PARTICLES or index + 1 >= len(tokens):
            return False
        following = tokens[index + 1]
        if not (_is_space(following.gap_before) or following.hyphen_before):
            return False
        if following.capitalised and len(following.text) > 1:
            return True
        index += 1
    return False


def _is_space(gap: str) -> bool:
    return 0 < len(gap) <= 2 and gap.isspace() and "\n" not in gap


class RuleExtractor:
    """Capitalisation, gazetteers and a few grammatical word classes; see the module doc."""

    name = EXTRACTOR_NAME

    def __init__(self, lex: Lexicon | None = None) -> None:
        self._lexicon = lex

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self._lexicon = lexicon()
        return self._lexicon

    def extract(self, text: str):  # -> list[ExtractedMention]
        from .entities import ExtractedMention
        mentions = self._mentions(text)
        return [ExtractedMention(m.start, m.end, m.text, m.type, m.key) for m in mentions]

    # --- pipeline -----------------------------------------------------------------

    def _mentions(self, text: str) -> list[_Mention]:
        tokens = _tokenise(text)
        if not tokens:
            return []
        _mark_initials(text, tokens)
        evidence = self._evidence(tokens)
        outlets = [match.span(1) for match in _DATELINE.finditer(text, 0, 800)]
        for start, end in outlets:
            evidence.update(fold(word) for word in text[start:end].split())
        mentions: list[_Mention] = []
        for run in self._runs(tokens):
            mentions.extend(self._cut_run(text, run, evidence))
        mentions.sort(key=lambda m: m.start)
        _resolve_in_article(text, mentions)
        if outlets:
            # The outlet of a dateline is an organisation wherever else it is named.
            outlet_keys = {m.key for m in mentions if (m.start, m.end) in outlets}
            for mention in mentions:
                if mention.key in outlet_keys:
                    mention.type = "ORG"
        return mentions

    def _evidence(self, tokens: list[_Token]) -> set[str]:
        """Words written capitalised mid-sentence: names wherever else they stand.

        A common word capitalised only inside a longer name ("Copper" in "Andes Copper",
        "Workers" in "Workers Union") is no evidence that it names something alone; after a
        given name or a title it is ("Vladimir Putin", "President Putin").
        """
        lex = self.lexicon
        evidence: set[str] = set()
        for index, token in enumerate(tokens):
            if not token.capitalised or token.initial or token.all_caps or token.folded in evidence:
                continue
            if lex.zipf(token.folded) >= 4.0:
                previous = tokens[index - 1] if index else None
                following = tokens[index + 1] if index + 1 < len(tokens) else None
                if following is not None and following.capitalised and _is_space(following.gap_before) \
                        and following.folded in ORG_HEADS:
                    continue
                if previous is not None and previous.capitalised and _is_space(token.gap_before) \
                        and not previous.possessive and previous.folded not in PERSON_TITLES \
                        and not self._is_given_name(previous.folded):
                    continue
            evidence.add(token.folded)
        return evidence

    def _runs(self, tokens: list[_Token]) -> list[list[_Token]]:
        """Maximal sequences of capitalised words (with joiners, particles, name syllables)."""
        runs: list[list[_Token]] = []
        current: list[_Token] = []
        index = 0
        while index < len(tokens):
            token = tokens[index]
            if token.capitalised and len(token.text) > 1:  # a lone "I" or initial is no name
                if current and not self._continues(current[-1], token, tokens[index + 1] if index + 1 < len(tokens) else None):
                    runs.append(current)
                    current = []
                current.append(token)
                index += 1
                continue
            if current and self._joins_inside_name(current, tokens, index):
                current.append(token)
                index += 1
                continue
            if not current and token.folded in NAME_PARTICLES and _particles_then_name(tokens, index):
                current.append(token)   # "de la Fuente said": a family name with its particles
                index += 1
                continue
            if current:
                runs.append(current)
                current = []
                continue   # the word that ended a name may start the next: "... ours," da Silva said
            index += 1
        if current:
            runs.append(current)
        return runs

    def _continues(self, previous: _Token, token: _Token, following: _Token | None) -> bool:
        if previous.possessive and previous.folded not in self.lexicon.inner_possessives \
                and not self._company_after_possessive(previous, token, following):
            return False   # "Germany's Scholz" is two names; "People's Republic" is one
        return token.hyphen_before or (_is_space(token.gap_before) and (not token.initial or token.headline))

    def _company_after_possessive(self, previous: _Token, token: _Token, following: _Token | None) -> bool:
        """"Moody's Investors Service", "McDonald's Corp": a possessive inside a company name."""
        lex = self.lexicon
        if previous.folded in lex.places or self._is_given_name(previous.folded) or demonym_of(previous.folded) \
                or not _is_space(token.gap_before):
            return False
        if token.folded in _COMPANY_ABBREVIATIONS:
            return True
        return token.folded not in ORG_HEADS and following is not None and following.capitalised \
            and _is_space(following.gap_before) and (following.folded in ORG_HEADS
                                                     or following.folded in _COMPANY_ABBREVIATIONS)

    def _joins_inside_name(self, current: list[_Token], tokens: list[_Token], index: int) -> bool:
        token = tokens[index]
        previous = current[-1]
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        # A lowercase syllable hyphenated to a name: "Jong-un", "Seong-kweun" (not "US-led").
        if token.hyphen_before and previous.capitalised and not previous.all_caps:
            if token.folded.endswith(("ed", "ing")):
                return False
            if len(token.text) <= 2 or self.lexicon.zipf(token.folded) < 3.0:
                return True
            # The second syllable of a hyphenated given name after a family name: "Lee Jae-sung".
            return len(current) >= 2 and len(previous.text) <= 5 and len(token.text) <= 5

        if token.folded in NAME_PARTICLES and not token.capitalised and _is_space(token.gap_before) \
                and not previous.possessive and not previous.all_caps \
                and (not previous.initial or self._is_given_name(previous.folded)) \
                and _particles_then_name(tokens, index):
            return True   # "María José de la Fuente", "Khalid bin Hamad al-Mansoori"
        if token.folded in NAME_PARTICLES and current[-1].folded in NAME_PARTICLES and not token.capitalised:
            return True
        if previous.possessive or not _is_space(token.gap_before) or following is None \
                or not _is_space(following.gap_before):
            return False
        if token.folded in NAME_PARTICLES and following.capitalised and not previous.initial:
            return True
        if token.folded in NAME_JOINERS:
            target = following
            if following.folded in LEADING_ARTICLES and index + 2 < len(tokens):
                target = tokens[index + 2]
                if not _is_space(target.gap_before):
                    return False
            # "Bank of England", "Secretary of the Security Council" (the title is cut later),
            # not "Kim of North Korea".
            left_is_head = previous.folded in ORG_HEADS or (
                self.lexicon.zipf(previous.folded) >= 3.0 and not demonym_of(previous.folded)
                and previous.folded not in self.lexicon.places and not self._is_given_name(previous.folded))
            return left_is_head and target.capitalised and target.folded not in self.lexicon.calendar_words \
                and target.folded not in CORE_TITLES
        if token.folded in LEADING_ARTICLES and current[-1].folded in NAME_JOINERS:
            return True
        if token.folded == "and" and following.capitalised and self._and_inside_organisation(current, tokens, index):
            return True
        return False

    def _and_inside_organisation(self, current: list[_Token], tokens: list[_Token], index: int) -> bool:
        """"National Geology and Mining Service", "Trade and Industry Ministry": common words
        joined by "and" whose last part ends on an organisation noun, none before it."""
        lex = self.lexicon
        for token in current[-3:]:
            if token.folded in ORG_HEADS or token.folded in lex.places or lex.zipf(token.folded) < 3.0 \
                    or self._is_given_name(token.folded) or demonym_of(token.folded) or token.all_caps:
                return False
        for offset in range(1, 4):
            if index + offset >= len(tokens):
                return False
            token = tokens[index + offset]
            if not token.capitalised or not _is_space(token.gap_before) or token.folded in lex.places:
                return False
            if token.folded in ORG_HEADS:
                return True
        return False

    # --- cutting a run into mentions ----------------------------------------------

    def _cut_run(self, text: str, run: list[_Token], evidence: set[str]) -> list[_Mention]:
        lex = self.lexicon
        # Joiners / articles dangling at the end of a run are not part of a name.
        while run and not run[-1].capitalised and not run[-1].hyphen_before:
            run = run[:-1]
        mentions: list[_Mention] = []
        after_title = False
        after_title_of = False
        index = 0
        pending: list[_Token] = []

        def flush() -> None:
            nonlocal pending, after_title, after_title_of
            if pending:
                mention = self._make_mention(text, pending, after_title, after_title_of, evidence)
                if mention is not None:
                    mentions.append(mention)
                after_title = False
                after_title_of = False
            pending = []

        while index < len(run):
            token = run[index]
            if token.headline and pending and not self._place_at(run, index) \
                    and not self._initial_is_name(run, index, evidence, text):
                flush()   # "Kim Lauds Close Moscow Ties": each headline word proves itself
                index += 1
                continue
            if pending and token.folded in lex.calendar_words:
                flush()   # "Korean Central News Agency September 14"
                index += 1
                continue
            # Places first, longest match: "Democratic People's Republic of Korea".
            if not pending or token.hyphen_before:
                place_length = self._place_at(run, index)
                if place_length:
                    end = index + place_length
                    rest = run[end:]
                    # "Kyiv Post", "Moscow State University": a place that starts a longer
                    # name is part of that name, unless what follows is a title, another
                    # place or demonym, or is hyphen-attached ("US-South Korean").
                    if rest and not rest[0].hyphen_before and not self._splits_after_place(rest):
                        pending.extend(run[index:end])
                        index = end
                        continue
                    flush()
                    pending = run[index:end]
                    flush()
                    index = end
                    continue
            if token.hyphen_before and pending and (token.all_caps or pending[-1].all_caps
                                                    or self._place_at(run, index)):
                flush()
            if not pending:
                if index == 0 and token.folded in NAME_PARTICLES and not token.capitalised:
                    pending.append(token)   # a run that starts with particles: "da Silva"
                    index += 1
                    continue
                if token.folded in LEADING_ARTICLES or not token.capitalised:
                    index += 1
                    continue
                if token.folded in lex.calendar_words:
                    index += 1
                    continue
                if token.initial and not self._initial_is_name(run, index, evidence, text):
                    index += 1
                    continue
                demonym_length = self._demonym_at(run, index, evidence)
                if demonym_length:
                    after = run[index + demonym_length:]
                    if not after or self._title_at(run, index + demonym_length) or after[0].hyphen_before \
                            or self._place_at(run, index + demonym_length):
                        index += demonym_length
                        continue
                title_length = self._title_at(run, index)
                if title_length:
                    index += title_length
                    after_title = True
                    # "Chairman of State Affairs": words after "Title of" belong to the title.
                    if index < len(run) and run[index].folded in NAME_JOINERS:
                        after_title_of = True
                        while index < len(run) and not run[index].capitalised:
                            index += 1
                    continue
                if token.folded in COMPASS_WORDS and (index + 1 == len(run)):
                    index += 1
                    continue
            elif token.folded in PERSON_TITLES and not token.hyphen_before:
                title_length = self._title_at(run, index)
                if title_length:
                    flush()
                    continue
            elif pending[-1].folded in ORG_HEADS and self._is_given_name(token.folded) \
                    and not token.hyphen_before and index + 1 < len(run):
                flush()   # "Secretary of the Security Council Anna Berg"
                continue
            pending.append(token)
            index += 1
        flush()
        return mentions

    @staticmethod
    def _used_as_place(text: str, folded_phrase: str) -> bool:
        """Whether the article writes "in X", "from X"...: then X is a place, not a surname."""
        return folded_phrase in _locative_targets(text)

    def _is_given_name(self, folded: str) -> bool:
        # The name lists hold "In", "Will", "Say"...: very frequent words are not names.
        return folded in self.lexicon.given_names and self.lexicon.zipf(folded) < 5.3

    def _splits_after_place(self, rest: list[_Token]) -> bool:
        token = rest[0]
        if token.folded in CORE_TITLES or demonym_of(token.folded) or token.folded in self.lexicon.places \
                or token.folded in self.lexicon.calendar_words or token.all_caps:
            return True
        # "Moscow Vladimir Putin" (a headline) splits; "Cerro Alto" and "Cerro Alto Workers
        # Union" do not: a given name only splits when a surname-like word follows it.
        return self._is_given_name(token.folded) and len(rest) >= 2 and not rest[1].hyphen_before \
            and self.lexicon.zipf(rest[1].folded) < 3.5 and rest[1].folded not in ORG_HEADS

    def _place_at(self, run: list[_Token], index: int) -> int:
        """Length in tokens of the longest gazetteer place starting at run[index], or 0."""
        places = self.lexicon.places
        if run[index].all_caps and len(run[index].text) <= 3:
            return 1 if run[index].text in self.lexicon.country_codes else 0
        best = 0
        words: list[str] = []
        for offset in range(min(self.lexicon.max_place_tokens, len(run) - index)):
            token = run[index + offset]
            if offset and token.hyphen_before:
                break
            words.append(token.folded)
            if not token.capitalised and offset == 0:
                return 0
            if token.capitalised and " ".join(words) in places:
                best = offset + 1
        return best

    def _demonym_at(self, run: list[_Token], index: int, evidence: set[str] = frozenset()) -> int:
        token = run[index]
        if self._is_demonym(token.folded, evidence):
            return 1
        if token.folded in COMPASS_WORDS and index + 1 < len(run) and not run[index + 1].hyphen_before \
                and self._is_demonym(run[index + 1].folded, evidence):
            return 2
        return 0

    def _is_demonym(self, folded: str, evidence: set[str]) -> bool:
        """"Korean" (from the gazetteer's "Korea"), or "Ossetian" where "Ossetia" is in the article."""
        if folded in self.lexicon.places:
            return False
        if demonym_of(folded):
            return True
        for suffix in ("ians", "ian", "ans", "an", "ns", "n"):
            stem = folded[: -len(suffix)]
            if folded.endswith(suffix) and len(stem) >= 4:
                if any(candidate in evidence for candidate in (stem + "a", stem + "ia")):
                    return True
        return False
        if demonym_of(folded):
            return True
        for suffix in ("ians", "ans", "ian", "an", "n", "ns"):
            if folded.endswith(suffix) and len(folded) - len(suffix) >= 4:
                stem = folded[: -len(suffix)]
                if stem in evidence or stem + "a" in evidence:
                    return stem + "a" in evidence or suffix.startswith("ian") and stem + "ia" in evidence
        return False

    def _title_at(self, run: list[_Token], index: int) -> int:
        """Length of a title phrase ("Deputy Defense Minister") starting at run[index], or 0.

        A portfolio written before the role is part of the title when a name follows:
        "Mining Minister Ana Diaz", "Health Secretary Tom Reed".
        """
        prefix = 0
        lex = self.lexicon
        while prefix < 2 and index + prefix < len(run) and run[index + prefix].capitalised \
                and run[index + prefix].folded not in PERSON_TITLES:
            word = run[index + prefix].folded
            if lex.zipf(word) < 3.0 or word in ORG_HEADS or word in lex.places or self._is_given_name(word) \
                    or demonym_of(word) or run[index + prefix].hyphen_before:
                return 0
            prefix += 1
        if prefix:
            length = self._title_at(run, index + prefix)
            return prefix + length if length and index + prefix + length < len(run) else 0
        length = 0
        while index + length < len(run) and run[index + length].folded in PERSON_TITLES:
            length += 1
        # The phrase must end on a role noun and not be the start of an organisation name.
        while length and run[index + length - 1].folded not in CORE_TITLES:
            length -= 1
        if length and index + length < len(run) and run[index + length].folded in ORG_HEADS:
            return 0
        return length

    def _initial_is_name(self, run: list[_Token], index: int, evidence: set[str], text: str) -> bool:
        """Whether a word whose capital proves nothing is still a name."""
        token = run[index]
        lex = self.lexicon
        if token.all_caps and len(token.text) <= 6:
            return True
        if token.folded in PERSON_TITLES and self._title_at(run, index):
            return True   # handled as a title by the caller
        if token.folded in evidence or token.folded in lex.places:
            return True
        if self._demonym_at(run, index, evidence):
            return True
        zipf = lex.zipf(token.folded)
        follower = run[index + 1] if index + 1 < len(run) else None
        if token.headline:
            return False   # a title-cased headline word needs evidence from the article
        if follower is None and _NUMBER_AFTER.match(text, token.end):
            return False   # "Shr 12 cts", "Revs 4.5 mln": table labels, not names
        follower = run[index + 1] if index + 1 < len(run) else None
        while follower is not None and follower.folded in NAME_PARTICLES and not follower.capitalised \
                and run.index(follower) + 1 < len(run):
            follower = run[run.index(follower) + 1]   # "Khalid bin Hamad"
        if self._is_given_name(token.folded) and follower is not None and follower.capitalised \
                and (follower.folded in evidence or lex.zipf(follower.folded) < 3.5):
            return True
        if follower is not None and not follower.initial and follower.folded in evidence and zipf < 4.0:
            return True
        if follower is None and zipf < 4.0 and _REPORTING_VERBS.match(text, token.end) \
                and not self._derived_from_common(token.folded):
            return True   # "Bloomberg reported" (but not "Analysts said")
        return zipf < 3.0 and token.folded not in lex.calendar_words and not self._derived_from_common(token.folded)

    def _derived_from_common(self, folded: str) -> bool:
        """"Rescuers", "Analysts", "Drilling": an inflection of a common English word."""
        zipf = self.lexicon.zipf
        for suffix in ("ers", "ings", "ing", "es", "er", "s", "ed"):
            if folded.endswith(suffix) and len(folded) - len(suffix) >= 3:
                stem = folded[: -len(suffix)]
                if zipf(stem) >= 3.5 or zipf(stem + "e") >= 3.5:
                    return True
        return False

    # --- typing -------------------------------------------------------------------

    def _make_mention(self, text: str, tokens: list[_Token], after_title: bool, after_title_of: bool,
                      evidence: set[str]) -> _Mention | None:
        lex = self.lexicon
        while tokens and (not tokens[-1].capitalised and not tokens[-1].hyphen_before):
            tokens = tokens[:-1]
        if not tokens:
            return None
        start, end = tokens[0].start, tokens[-1].end
        if tokens[-1].folded in _COMPANY_ABBREVIATIONS and text.startswith(".", end):
            end += 1
        surface = text[start:end]
        folded_words = [t.folded for t in tokens]
        phrase = " ".join(folded_words)
        if len(tokens) == 1:
            token = tokens[0]
            if len(token.text) < 2 or token.folded in lex.calendar_words or token.folded in COMPASS_WORDS \
                    or token.folded in _GENERIC_ALONE or token.folded in _NUMBER_WORDS:
                return None
            if _PLURAL_ACRONYM.match(token.text):
                return None   # "CDs", "MTNs": a plural is a common noun
            if token.folded in _MONTH_ABBREVIATIONS and re.match(r"\.?\s*\d", text[end:end + 4]):
                return None   # "Feb 26"
            if token.all_caps and token.initial and not text[end:].strip():
                return None   # a sign-off ("... the spokeswoman said. REUTER")
        elif all(t.folded in _GENERIC_ALONE for t in tokens):
            return None       # "Co Inc"
            if token.folded in PERSON_TITLES and token.folded in CORE_TITLES:
                return None   # a bare title: "the President"
            if self._is_demonym(token.folded, evidence):
                return None
        if all(t.initial for t in tokens) and all(lex.zipf(w) >= 3.0 and w not in evidence and w not in lex.places
                                                  for w in folded_words) and not tokens[0].all_caps:
            return None
        if after_title_of and not any(w in ORG_HEADS for w in folded_words) and phrase not in lex.places:
            return None
        key = normalize_name(surface)
        if phrase in lex.places and not tokens[0].all_caps:
            display, kind = lex.places[phrase]
            return _Mention(start, end, surface, "PLACE", normalize_name(display), tokens, gazetteer=True,
                            place_kind=kind)
        if len(tokens) == 1 and tokens[0].all_caps:
            word = tokens[0].text
            if word in lex.country_codes and len(word) <= 3:
                return _Mention(start, end, surface, "PLACE", normalize_name(lex.country_codes[word]), tokens,
                                gazetteer=True)
            if _ACRONYM.match(word):
                return _Mention(start, end, surface, "ORG", key, tokens, acronym=True)
        return _Mention(start, end, surface, self._type_of(tokens, after_title, text, end), key, tokens)

    def _type_of(self, tokens: list[_Token], after_title: bool, text: str, end: int) -> str:
        lex = self.lexicon
        folded_words = [t.folded for t in tokens]
        if folded_words[-1] in ORG_HEADS or (len(tokens) > 2 and any(w in ORG_HEADS for w in folded_words)):
            return "ORG"
        if any(w in NAME_JOINERS for w in folded_words):
            return "OTHER"
        if after_title:
            return "PERSON"
        if len(tokens) >= 2 and folded_words[0] in COMPASS_WORDS and folded_words[1] not in COMPASS_WORDS:
            return "PLACE"     # "North Ossetia", "South Caucasus"
        if len(tokens) >= 2 and folded_words[-1] in lex.places and (
                not self._is_given_name(folded_words[0]) or self._used_as_place(text, folded_words[-1])):
            return "ORG"       # named after a place: "Dinamo Tbilisi"
        if len(tokens) >= 2 and not self._is_given_name(folded_words[0]) and (
                _PLACE_AFTER.match(text, end) or _PLACE_BEFORE.search(text, max(0, tokens[0].start - 20), tokens[0].start)):
            return "PLACE"     # "the Cerro Alto copper mine", "the village of Upper Kandi"
        if len(tokens) >= 2:
            if self._is_given_name(folded_words[0]) and lex.zipf(folded_words[-1]) < 4.5 \
                    and all(self._is_given_name(w) or lex.zipf(w) < 3.5 or w in NAME_PARTICLES
                            for w in folded_words[1:-1]):
                return "PERSON"
            # East Asian names: "Pak Jong-chon", "Kang Sun-Nam".
            if len(tokens) <= 4 and any(t.hyphen_before for t in tokens[1:]) \
                    and all(_NAME_SYLLABLE.match(t.text) for t in tokens):
                return "PERSON"
            # Unknown words (and given names) only: "Joao Pedro da Silva", "Lac Van Thanh".
            words = [t for t in tokens if not t.hyphen_before and t.folded not in NAME_PARTICLES]
            if 2 <= len(words) <= 3 and all(lex.zipf(t.folded) < 3.5 or self._is_given_name(t.folded)
                                            or t.folded in NAME_PARTICLES for t in tokens) \
                    and not demonym_of(folded_words[0]):
                return "PERSON"
            return "OTHER"
        if _REPORTING_VERBS.match(text, end):
            return "PERSON"
        if _PLACE_BEFORE.search(text, max(0, tokens[0].start - 20), tokens[0].start) or _PLACE_AFTER.match(text, end):
            return "PLACE"
        return "OTHER"


def _initials(words: list[str], keep_joiners: bool = False) -> str:
    skipped = {"of", "the", "and", "for", "on", "in", "de", "la", "du", "&"}
    return "".join(w[0] for w in words if w and (keep_joiners or w not in skipped))


def _resolve_in_article(text: str, mentions: list[_Mention]) -> None:
    """Point each mention's key at the fullest name it stands for in this article."""
    _join_definitions(text, mentions)
    _resolve_acronyms(text, mentions)
    _resolve_short_names(text, mentions)
    _unify_types(mentions)


_DEFINITION_GLUE = frozenset({"and", "&", "of", "of the", "for", "for the", "on", "on the", "in", "to"})


def _join_definitions(text: str, mentions: list[_Mention]) -> None:
    """"Incident Prevention and Response Mechanism (IPRM)": the acronym's initials show
    that the mentions before it, joined by "and"/"of"/..., form one long name."""
    index = 1
    while index < len(mentions):
        acronym = mentions[index]
        if acronym.acronym and text[mentions[index - 1].end:acronym.start].strip() == "(":
            wanted = acronym.text.lower()
            first = index - 1
            while first > 0 and text[mentions[first - 1].end:mentions[first].start].strip().lower() in _DEFINITION_GLUE \
                    and not mentions[first - 1].acronym and first > index - 4:
                first -= 1
                span = normalize_name(text[mentions[first].start:mentions[index - 1].end]).split()
                if wanted in (_initials(span), _initials(span, keep_joiners=True)):
                    start, end = mentions[first].start, mentions[index - 1].end
                    surface = text[start:end]
                    tokens = [t for m in mentions[first:index] for t in m.tokens]
                    joined = _Mention(start, end, surface, "ORG" if tokens[-1].folded in ORG_HEADS else "OTHER",
                                      normalize_name(surface), tokens)
                    mentions[first:index] = [joined]
                    index = first + 1
                    break
        index += 1


def _resolve_acronyms(text: str, mentions: list[_Mention]) -> None:
    # "Long Name (LN)" defines LN; so does "LN (Long Name)"; so does a long name whose
    # initials are LN anywhere in the article.
    long_by_initials: dict[str, _Mention] = {}
    for index, mention in enumerate(mentions):
        if mention.acronym:
            continue
        # Initials are taken from the surface form: "World Health Organization" -> who
        surface_words = normalize_name(mention.text).split()
        if len(surface_words) >= 2:
            for initials in {_initials(surface_words), _initials(surface_words, keep_joiners=True)}:
                long_by_initials.setdefault(initials, mention)
    # "National Geology and Mining Service (Sernageomin)": a short name defined in brackets
    # stands for the long one wherever the article uses it.
    bracketed: dict[str, _Mention] = {}
    for index, mention in enumerate(mentions):
        if index and not mention.acronym and len(mention.tokens) == 1 and not mention.gazetteer \
                and text.startswith(")", mention.end):
            previous = mentions[index - 1]
            if text[previous.end:mention.start].strip() == "(" and len(previous.key.split()) >= 2 \
                    and previous.type in ("ORG", "OTHER") and not previous.gazetteer:
                bracketed.setdefault(mention.key, previous)
    for index, mention in enumerate(mentions):
        if not mention.acronym:
            definition = bracketed.get(mention.key)
            if definition is not None:
                mention.key = definition.key
                mention.type = definition.type
            continue
        definition = long_by_initials.get(mention.text.lower())
        if definition is None and index > 0:
            previous = mentions[index - 1]
            between = text[previous.end:mention.start]
            if between.strip() in ("(", "\u201c(", "(the") and not previous.acronym and len(previous.key.split()) >= 2:
                definition = previous
        if definition is not None:
            mention.key = definition.key
            if definition.type != "OTHER":
                mention.type = definition.type


def _resolve_short_names(text: str, mentions: list[_Mention]) -> None:
    people = [m for m in mentions if m.type == "PERSON" and len(m.key.split()) >= 2]
    organisations = [m for m in mentions if m.type in ("ORG", "OTHER") and len(m.key.split()) >= 2
                     and not m.gazetteer]
    surnames = {p.key.split()[-1] for p in people}
    for mention in mentions:
        if mention.gazetteer and mention.place_kind == "city" and mention.key in surnames \
                and not RuleExtractor._used_as_place(text, mention.key):
            mention.gazetteer = False   # "Rustam Kasimov ... Kasimov said": a surname, not the town
            mention.type = "PERSON"
        if mention.gazetteer or mention.acronym:
            continue
        words = mention.key.split()
        if len(words) == 1 and mention.type in ("PERSON", "OTHER"):
            key = _full_name_of(mention, [p for p in people if p.key.split()[-1] == words[0]]) \
                or _full_name_of(mention, [p for p in people if p.key.split()[0] == words[0]])
            if key:
                mention.key = key
                mention.type = "PERSON"
        elif len(words) >= 2 and mention.type in ("PERSON", "OTHER"):
            # "de la Fuente", "Ibanez-Soto", "Quispe Mamani": the family name of a full name.
            key = _full_name_of(mention, [p for p in people if len(p.key) > len(mention.key)
                                          and p.key.endswith(" " + mention.key)])
            if key:
                mention.key = key
                mention.type = "PERSON"
        elif len(words) >= 2 and mention.type in ("ORG", "OTHER"):
            longer = {o.key for o in organisations if len(o.key) > len(mention.key)
                      and (" " + mention.key + " ") in (" " + o.key + " ")}
            if len(longer) == 1:
                mention.key = longer.pop()


def _full_name_of(mention: _Mention, people: list[_Mention]) -> str:
    """The one full name among `people`; of several, the one full name written before
    `mention` ("Zhang Wei ... Zhang said ... Ambassador Zhang Lei"); "" when that is ambiguous."""
    keys = {p.key for p in people}
    if len(keys) <= 1:
        return keys.pop() if keys else ""
    before = {p.key for p in people if p.end <= mention.start}
    return before.pop() if len(before) == 1 else ""


def _unify_types(mentions: list[_Mention]) -> None:
    """Mentions that share a key share the type most of their typed mentions have."""
    votes: dict[str, dict[str, int]] = {}
    for mention in mentions:
        if mention.type != "OTHER":
            counts = votes.setdefault(mention.key, {})
            counts[mention.type] = counts.get(mention.type, 0) + 1
    for mention in mentions:
        counts = votes.get(mention.key)
        if counts:
            mention.type = max(sorted(counts), key=counts.__getitem__)
