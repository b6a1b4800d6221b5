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
""".split())

_WORD = re.compile(r"[^\W\d_](?:[^\W_]|['\u2019](?=[^\W\d_]))*")
_HYPHENS = "-\u2010\u2011"
_SENTENCE_END = re.compile(r"[.!?:;\u2026]['\"\u2019\u201d)]*\s*$|[\"\u201c\u2018(\[]\s*$|\n")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,5}$")
_NAME_SYLLABLE = re.compile(r"^[A-Z][a-z]{1,5}$|^[a-z]{1,5}$")
_PLACE_NOUNS = r"(?:village|town|city|region|province|district|valley|river|county|port|island|tunnel|crossing)"
_PLACE_BEFORE = re.compile(_PLACE_NOUNS + r" of $")
_PLACE_AFTER = re.compile(r"\s+" + _PLACE_NOUNS + r"\b")
_NUMBER_AFTER = re.compile(r"[\s:]+(?:vs\b|[\d$])")
_LOCATIVE = re.compile(r"\b(?:in|from|to|near|at|into|outside|across|towards)\s")
_REPORTING_VERBS = re.compile(r"\s+(?:said|says|told|added|wrote|stated|argued)\b")

EXTRACTOR_NAME = "rules-1"


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


def _tokenise(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    previous_end = 0
    for match in _WORD.finditer(text):
        start, end = match.span()
        word = match.group()
        possessive = word[-2:] in ("'s", "\u2019s", "'S") and len(word) > 2
        if possessive:
            word, end = word[:-2], end - 2
        gap = text[previous_end:start]
        tokens.append(_Token(
            start=start, end=end, text=word, folded=fold(word).replace("'", ""),
            capitalised=word[0].isupper(), all_caps=len(word) > 1 and word.isupper(),
            initial=False, hyphen_before=bool(tokens) and gap != "" and all(c in _HYPHENS for c in gap)
            and not tokens[-1].possessive,
            gap_before=gap, possessive=possessive,
        ))
        previous_end = match.end()
    return tokens


def _mark_initials(text: str, tokens: list[_Token]) -> None:
    """Mark words whose capital letter says nothing: sentence starts and headline case."""
    line_start = 0
    index = 0
    while index < len(tokens):
        line_end = text.find("\n", tokens[index].start)
        line_end = len(text) if line_end < 0 else line_end
        line_tokens = []
        while index < len(tokens) and tokens[index].start < line_end:
            line_tokens.append(tokens[index])
            index += 1
        shouting = len(line_tokens) >= 3 and sum(t.all_caps for t in line_tokens) >= 0.8 * len(line_tokens)
        if shouting:
            # An all-caps line (wire headlines): read it as title case, with evidence only.
            for token in line_tokens:
                token.all_caps = False
                token.capitalised = True
        long_words = [t for t in line_tokens if len(t.text) >= 4 and not t.all_caps]
        # Title case ("Kim Lauds Close Moscow Ties"): nearly every longer word capitalised.
        # A sentence that happens to hold many names ends with a full stop; a headline does not.
        line_text = text[line_start:line_end].rstrip()
        headline = shouting or len(long_words) >= 4 and sum(t.capitalised for t in long_words) >= 0.8 * len(long_words) \
            and not line_text.endswith((".", "!", "?", "\"", "\u201d"))
        for position, token in enumerate(line_tokens):
            gap = token.gap_before if position else text[line_start:token.start]
            token.initial = headline or position == 0 or bool(_SENTENCE_END.search(gap))
            token.headline = headline
        line_start = line_end + 1


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
        evidence = {t.folded for t in tokens if t.capitalised and not t.initial and not t.all_caps}
        mentions: list[_Mention] = []
        for run in self._runs(tokens):
            mentions.extend(self._cut_run(text, run, evidence))
        mentions.sort(key=lambda m: m.start)
        _resolve_in_article(text, mentions)
        return mentions

    def _runs(self, tokens: list[_Token]) -> list[list[_Token]]:
        """Maximal sequences of capitalised words (with joiners, particles, name syllables)."""
        runs: list[list[_Token]] = []
        current: list[_Token] = []
        index = 0
        while index < len(tokens):
            token = tokens[index]
            if token.capitalised and len(token.text) > 1:  # a lone "I" or initial is no name
                if current and not self._continues(current[-1], token):
                    runs.append(current)
                    current = []
                current.append(token)
                index += 1
                continue
            if current and self._joins_inside_name(current, tokens, index):
                current.append(token)
                index += 1
                continue
            if current:
                runs.append(current)
                current = []
            index += 1
        if current:
            runs.append(current)
        return runs

    def _continues(self, previous: _Token, token: _Token) -> bool:
        if previous.possessive and previous.folded not in self.lexicon.inner_possessives:
            return False   # "Germany's Scholz" is two names; "People's Republic" is one
        return token.hyphen_before or (_is_space(token.gap_before) and (not token.initial or token.headline))

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
            left_is_head = (self.lexicon.zipf(previous.folded) >= 3.0 and not demonym_of(previous.folded)
                            and previous.folded not in self.lexicon.places and not self._is_given_name(previous.folded))
            return left_is_head and target.capitalised and target.folded not in self.lexicon.calendar_words \
                and target.folded not in CORE_TITLES
        if token.folded in LEADING_ARTICLES and current[-1].folded in NAME_JOINERS:
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
                    if rest and not rest[0].hyphen_before and not self._splits_after_place(rest[0]):
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
                    if not after or after[0].folded in PERSON_TITLES or after[0].hyphen_before \
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
    def _used_as_place(text: str, folded_word: str) -> bool:
        """Whether the article writes "in X", "from X"...: then X is a place, not a surname."""
        return _LOCATIVE.search(fold(text), ) is not None and re.search(
            r"\b(?:in|from|to|near|at|into|outside|across|towards)\s+" + re.escape(folded_word) + r"\b", fold(text)) is not None

    def _is_given_name(self, folded: str) -> bool:
        # The name lists hold "In", "Will", "Say"...: very frequent words are not names.
        return folded in self.lexicon.given_names and self.lexicon.zipf(folded) < 5.3

    def _splits_after_place(self, token: _Token) -> bool:
        return (token.folded in CORE_TITLES or demonym_of(token.folded) or token.folded in self.lexicon.places
                or token.folded in self.lexicon.calendar_words or token.all_caps
                or self._is_given_name(token.folded))

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

    @staticmethod
    def _title_at(run: list[_Token], index: int) -> int:
        """Length of a title phrase ("Deputy Defense Minister") starting at run[index], or 0."""
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
        if self._is_given_name(token.folded) and follower is not None and follower.capitalised \
                and (follower.folded in evidence or lex.zipf(follower.folded) < 3.5):
            return True
        if follower is not None and not follower.initial and follower.folded in evidence and zipf < 4.0:
            return True
        return zipf < 3.0 and token.folded not in lex.calendar_words

    # --- typing -------------------------------------------------------------------

    def _make_mention(self, text: str, tokens: list[_Token], after_title: bool, after_title_of: bool,
                      evidence: set[str]) -> _Mention | None:
        lex = self.lexicon
        while tokens and (not tokens[-1].capitalised and not tokens[-1].hyphen_before):
            tokens = tokens[:-1]
        if not tokens:
            return None
        start, end = tokens[0].start, tokens[-1].end
        surface = text[start:end]
        folded_words = [t.folded for t in tokens]
        phrase = " ".join(folded_words)
        if len(tokens) == 1:
            token = tokens[0]
            if len(token.text) < 2 or token.folded in lex.calendar_words or token.folded in COMPASS_WORDS:
                return None
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
        if len(tokens) >= 2:
            if self._is_given_name(folded_words[0]) and lex.zipf(folded_words[-1]) < 4.5 \
                    and all(self._is_given_name(w) or lex.zipf(w) < 3.5 for w in folded_words[1:-1]):
                return "PERSON"
            # East Asian names: "Pak Jong-chon", "Kang Sun-Nam".
            if len(tokens) <= 4 and any(t.hyphen_before for t in tokens[1:]) \
                    and all(_NAME_SYLLABLE.match(t.text) for t in tokens):
                return "PERSON"
            words = [t for t in tokens if not t.hyphen_before]
            if 2 <= len(words) <= 3 and all(lex.zipf(t.folded) < 3.5 or self._is_given_name(t.folded) for t in tokens) \
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
    for index, mention in enumerate(mentions):
        if not mention.acronym:
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
            candidates = {p.key for p in people if p.key.split()[-1] == words[0]}
            if not candidates:
                candidates = {p.key for p in people if p.key.split()[0] == words[0]}
            if len(candidates) == 1:
                mention.key = candidates.pop()
                mention.type = "PERSON"
        elif len(words) >= 2 and mention.type in ("ORG", "OTHER"):
            longer = {o.key for o in organisations if len(o.key) > len(mention.key)
                      and (" " + mention.key + " ") in (" " + o.key + " ")}
            if len(longer) == 1:
                mention.key = longer.pop()


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
