"""What a passage says, as terms: the analysis related passages and compare share,
and the measures over it they share too (a stem's passage frequency and rarity, forms
of one word, an article's weighted term vector).

A term is a content word as stemmed by the index, with function words, reporting
verbs and the most frequent words of English (wordfreq) left out, numbers written as
digits ("twelve" = "12", "twenty-two" = "22", "five and a half" = "5.5"; "pct" =
"percent" = "per cent"; "3,350,000" one number; "$1.2bn" = "1,200 mln dlrs"),
British and American spellings and irregular verb forms as one, and a note of which
words stand inside quotation marks.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .figures import FRACTIONS, UNITS, YEAR, counts_differ, figures_by_unit, figures_in_one_form
from .lexicon import lexicon
from .model import Article
from .search import ANALYZER, LONG_NUMBER, WORD, plain_number

# Words of English this frequent (Zipf scale) are filler whatever the corpus;
# words a little rarer count in part.
FILLER_ZIPF = 5.9
# A capitalised word this frequent in English is shown in lower case in reasons.
EVERYDAY_ZIPF = 3.0
COMMON_ZIPF = 5.0
# A term this common in the corpus (idf below it) is no reason shown to a reader.
REASON_IDF = 1.0

_MONTHS_AND_DAYS = {
    "januari", "februari", "march", "april", "may", "june", "juli", "august", "septemb", "octob",
    "novemb", "decemb", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}
# Text between quotation marks: typographic double and single quotes, straight
# double quotes, and straight single quotes that are not apostrophes.
QUOTED = re.compile(r"“([^”]{3,}?)”|\"([^\"]{3,}?)\"|‘([^’]{3,}?)’|(?<!\w)'([^']{3,}?)'(?!\w)")
# A stock ticker in angle brackets, as wires write it after a company's name ("<ACM>", "<TSL.N>").
TICKER = re.compile(r"<[A-Z][A-Z0-9.&-]{0,9}>")


# Function words the analyser keeps, and reporting verbs: every news paragraph
# has them, so they are no evidence that two paragraphs report the same thing.
_FUNCTION_WORDS = frozenset("""
about above after again against all also although am among another any anyone around because been before
being below both but could did does doing done down during each either else even ever every few further
had has have having he her here hers herself him himself his how however i into its itself just least
less let like made make many me might more most much must my neither no nor now off often once only other
others our ours out over own per rather same several she should since so some still such than their
theirs them themselves then there these they those though through thus too toward towards under until
upon very was were what whatever whether which while who whom whose why within without would yet
said say says saying told tell tells according added also mr mrs ms
""".split())
# Irregular forms the stemmer leaves apart ("met" and "meeting" report the same thing).
_IRREGULAR = {"met": "meet", "meets": "meet", "meeting": "meet", "meetings": "meet", "held": "hold",
              "gave": "give", "given": "give", "took": "take", "taken": "take", "spoke": "speak",
              "spoken": "speak", "went": "go", "gone": "go", "sent": "send", "saw": "see", "seen": "see",
              "won": "win", "lost": "lose", "led": "lead", "paid": "pay", "sought": "seek",
              "brought": "bring", "thought": "think", "kept": "keep", "left": "leave", "began": "begin",
              "begun": "begin", "chose": "choose", "chosen": "choose", "wrote": "write", "written": "write"}

# British and American spellings of the same word (outlets differ).
_SPELLING = {"defence": "defense", "offence": "offense", "licence": "license", "labour": "labor",
             "favour": "favor", "honour": "honor", "neighbour": "neighbor", "neighbours": "neighbors",
             "colour": "color", "centre": "center", "programme": "program", "organisation": "organization",
             "organisations": "organizations"}

# Numbers and units written in other ways: the stem every form is counted as.
_NUMBER_WORDS = {w: str(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_NUMBER_WORDS.update({"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70",
                      "eighty": "80", "ninety": "90", "hundred": "100"})


@dataclass(slots=True)
class Terms:
    """A passage analysed: its content stems in order (function words and filler
    dropped, numbers and units normalised), how often each occurs, which occur
    inside quotation marks, where each first occurs (to show the word as written)
    and every occurrence (to leave out the words of entity names)."""
    text: str
    order: list[str]
    counts: dict[str, int]
    first: dict[str, tuple[int, int]]
    quoted: set[str] = field(default_factory=set)
    spans: list[tuple[str, int, int]] = field(default_factory=list)
    low: dict[str, str] | None = None
    by_unit: dict[str, set[float]] | None = None

    @property
    def pairs(self) -> set[tuple[str, str]]:
        return set(zip(self.order, self.order[1:], strict=False))

    def lowered(self) -> dict[str, str]:
        """Stem -> the word as first written, lower-cased (computed once)."""
        if self.low is None:
            self.low = {stem: self.text[s:e].lower() for stem, (s, e) in self.first.items()}
        return self.low

    def figures(self) -> dict[str, set[float]]:
        """Its figures by unit (see figures_by_unit), worked out once."""
        if self.by_unit is None:
            self.by_unit = figures_by_unit(self.text, self.spans)
        return self.by_unit

    def surface(self, stem: str) -> str:
        """The word as written, lower-cased when its capital only marks a sentence start
        or a headline's style ("Wishes Russians 'Victory'"): a capitalised word of
        everyday English is shown as the word (the names are listed as entities)."""
        start, end = self.first[stem]
        word = self.text[start:end]
        if not (word[:1].isupper() and word[1:].islower()) or word.lower() in lexicon().calendar_words:
            return word   # (a day or a month keeps its capital wherever it stands: "Wednesday")
        before = self.text[max(0, start - 4):start].rstrip(" \t\"'“‘(")
        if not before or before[-1] in ".!?:\n" or lexicon().word_zipf.get(word.lower(), 0.0) >= EVERYDAY_ZIPF:
            return word.lower()
        return word

    def without(self, names: list[tuple[int, int]]) -> Terms:
        """The same analysis without the words inside the character ranges `names`."""
        if not names:
            return self
        kept = [(stem, s, e) for stem, s, e in self.spans if not any(a <= s < b for a, b in names)]
        counts: dict[str, int] = {}
        first: dict[str, tuple[int, int]] = {}
        for stem, s, e in kept:
            counts[stem] = counts.get(stem, 0) + 1
            first.setdefault(stem, (s, e))
        return Terms(self.text, [k[0] for k in kept], counts, first, self.quoted & set(counts), kept)


@lru_cache(maxsize=1)
def filler_weights() -> dict[str, float]:
    """Word -> weight factor below 1 for the frequent words of English (0 = filler)."""
    out: dict[str, float] = {}
    for word, zipf in lexicon().word_zipf.items():
        if zipf >= FILLER_ZIPF:
            out[word] = 0.0
        elif zipf > COMMON_ZIPF:
            out[word] = 1.0 - 0.6 * (zipf - COMMON_ZIPF) / (FILLER_ZIPF - COMMON_ZIPF)
    return out


def is_filler(word: str) -> bool:
    """A word that says nothing about what a passage reports: a function word, a
    reporting verb, or one of the most frequent words of English."""
    low = word.lower()
    return low in _FUNCTION_WORDS or filler_weights().get(low) == 0.0


@lru_cache(maxsize=8192)
def analyse(text: str) -> Terms:
    # Cached: moving the cursor re-ranks many of the same candidates and stories.
    # The words are the index analyser's (its pattern, stop words and stems), read in
    # one loop here: related analyses a hundred candidate passages a call.
    order: list[str] = []
    counts: dict[str, int] = {}
    first: dict[str, tuple[int, int]] = {}
    spans: list[tuple[str, int, int]] = []
    quote_spans = [m.span() for m in QUOTED.finditer(text)]
    # A ticker in angle brackets ("Acme Corp <ACM>") repeats the company's name: it counts
    # through the entity, as the name does, never as a term.
    tickers = [m.span() for m in TICKER.finditer(text)] if "<" in text else []
    # A number written with separators ("3,350,000", "4.02") is one number, not its parts.
    numbers = {m.start(): (m.end(), plain_number(m.group())) for m in LONG_NUMBER.finditer(text)}
    inside = 0
    quoted: set[str] = set()
    term_of_word = _term_of_word
    previous, previous_start = "", 0
    for match in WORD.finditer(text):
        start, end = match.span()
        if start < inside or tickers and any(s <= start < e for s, e in tickers):
            continue
        word = match.group().lower()
        (prev, prev_start), (previous, previous_start) = (previous, previous_start), (word, start)
        if start in numbers:
            inside, stem = numbers[start]
            end = inside
        elif word == "cent" and prev == "per":
            stem, start = "percent", prev_start   # (shown as written: "per cent")
        else:
            known = term_of_word(word)
            if known is None:
                continue
            stem = known
        order.append(stem)
        spans.append((stem, start, end))
        if stem in counts:
            counts[stem] += 1
        else:
            counts[stem] = 1
            first[stem] = (start, end)
        if quote_spans and any(s <= start < e for s, e in quote_spans):
            quoted.add(stem)
    if any(stem[:1].isdigit() for stem in counts) or not counts.keys().isdisjoint(FRACTIONS):
        spans = figures_in_one_form(text, spans)
        order = [stem for stem, _s, _e in spans]
        counts, first = {}, {}
        for stem, start, end in spans:
            counts[stem] = counts.get(stem, 0) + 1
            first.setdefault(stem, (start, end))
        quoted = {stem for stem, start, _e in spans if quote_spans and any(s <= start < e for s, e in quote_spans)}
    return Terms(text, order, counts, first, quoted, spans)


# (What a word is does not depend on the passage, and related analyses about a hundred
# passages a call: each word is worked out once, up to a corpus's vocabulary.)
@lru_cache(maxsize=500_000)
def _term_of_word(word: str) -> str | None:
    """A word's term (lower-cased word, not part of a long number nor "per cent"), or None."""
    if word in _FUNCTION_WORDS or ANALYZER.is_stop(word):
        return None
    if word in _NUMBER_WORDS:
        return _NUMBER_WORDS[word]
    if word in UNITS:
        return UNITS[word]
    stemmed = ANALYZER.stem(word)
    if stemmed in UNITS:
        return UNITS[stemmed]
    if filler_weights().get(word) == 0.0 and not any(c.isdigit() for c in word):
        return None
    if word in _SPELLING:
        return ANALYZER.stem(_SPELLING[word])
    return _IRREGULAR.get(word, stemmed)


def index_forms(stem: str) -> list[str]:
    """The stems the index holds for one normalised stem ("million" -> "million", "mln")."""
    return _INDEX_FORMS.get(stem, [stem])


def _index_forms() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for word, norm in list(_NUMBER_WORDS.items()) + list(UNITS.items()):
        out.setdefault(norm, [norm]).append(_stem(word))
    return {k: sorted(set(v)) for k, v in out.items()}


def _stem(word: str) -> str:
    return next((t.text for t in ANALYZER(word, mode="index")), word)


_INDEX_FORMS = _index_forms()


@lru_cache(maxsize=65536)
def is_number_or_date(stem: str) -> bool:
    return stem in _MONTHS_AND_DAYS or any(c.isdigit() for c in stem)


def figures_disagree(a: Terms, b: Terms) -> bool:
    """Whether two passages give different figures of one counted thing and no figure
    alike: "23 hearing days" and "41 hearing days" report two trials, not one."""
    ours = a.figures()
    if not ours or not counts_differ(ours, b.figures()):
        return False
    return not any(stem[:1].isdigit() and not YEAR.match(stem) and stem in b.counts for stem in a.counts)


def read_from_a_figure(stem: str, written: str) -> bool:
    """A unit or a currency that `analyse` read from a figure's own characters ("$1.2bn":
    the "$" is a dollar, the "1.2bn" a billion): the figure shows it, no word of its own."""
    return not is_number_or_date(stem) and (any(c.isdigit() for c in written)
                                            or not any(c.isalpha() for c in written))


def reason_words(shared: list[str], source: Terms, entity_words: set[str], idf: dict[str, float],
                 limit: int) -> list[str]:
    """Readable shared words as written in the passage `source`, in the order of `shared`,
    without the words of entity names (the entities are listed already), without words too
    common to explain anything (rarer than REASON_IDF, or filler) and without case
    duplicates: at most `limit`."""
    out: list[str] = []
    seen: set[str] = set()
    for stem in shared:
        word = source.surface(stem)
        low = word.lower()
        if low in entity_words or low in seen or len(word) < 2 or read_from_a_figure(stem, word):
            continue
        if idf.get(stem, 0.0) < REASON_IDF or filler_weights().get(low, 1.0) < 0.5:
            continue
        seen.add(low)
        out.append(word)
        if len(out) == limit:
            break
    return out


def term_weight(stem: str, word: str, idf: float) -> float:
    """A term's weight: its rarity in the corpus, less for a frequent word of English."""
    return lowered_term_weight(stem, word.lower(), idf)


def lowered_term_weight(stem: str, low: str, idf: float) -> float:
    """`term_weight` of a word already lower-cased (a candidate's every word, a hundred
    candidates a call: the lower-casing is done once, in `Terms.lowered`)."""
    if is_number_or_date(stem):
        return idf
    return idf * filler_weights().get(low, 1.0)


# Stems that begin alike for this many letters are forms of one word the stemmer
# leaves apart ("suspension" / "suspend").
FAMILY_PREFIX = 6


def family_overlap(source_counts: dict[str, int], source_weights: dict[str, float],
                   cand_weights: dict[str, float]) -> float:
    """The weight of the source's terms the candidate does not share but writes in
    another form of the same word ("suspension" / "suspend", "shipments" / "shipped"):
    stems that begin alike for FAMILY_PREFIX letters, each of the source's counted at
    the lower of the two weights."""
    heads: dict[str, float] = {}
    for stem, weight in cand_weights.items():
        if weight > 0 and len(stem) >= FAMILY_PREFIX and stem not in source_counts:
            head = stem[:FAMILY_PREFIX]
            heads[head] = max(heads.get(head, 0.0), weight)
    if not heads:
        return 0.0
    total = 0.0
    for stem in source_counts:
        weight = source_weights.get(stem, 0.0)
        if weight > 0 and len(stem) >= FAMILY_PREFIX and stem not in cand_weights and not is_number_or_date(stem):
            total += min(weight, heads.get(stem[:FAMILY_PREFIX], 0.0))
    return total


def stem_frequency(frequencies: dict[tuple[str, str], int], stem: str) -> int:
    """In how many passages the index holds a stem, over every form it is indexed under
    (`frequencies` as the backend's term statistics give them)."""
    return sum(frequencies.get(("body", form), 0) for form in index_forms(stem))


def rarity(df: int, n_docs: int) -> float:
    """The rarity of a term found in `df` of `n_docs` passages: BM25's idf, floored at a
    small positive value so a term in most passages still counts a little rather than
    negatively."""
    return max(0.05, math.log((n_docs - df + 0.5) / (df + 0.5) + 1.0) - math.log(2.0))


def weighted_unit_vector(counts: dict[str, int], idf: dict[str, float], df: dict[str, int]) -> dict[str, float]:
    """Term counts weighted by log count and rarity, scaled to length 1. A term in one
    passage of the corpus cannot be shared: it would only lengthen the vector."""
    v = {stem: (1.0 + math.log(n)) * idf.get(stem, 0.0) for stem, n in counts.items() if df.get(stem, 0) > 1}
    norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
    return {stem: x / norm for stem, x in v.items()}


def story_similarity(own_counts: dict[str, int], analysed: dict[tuple[str, int], Terms],
                     texts: dict[str, Article], repeats: dict[str, int], idf: dict[str, float],
                     df: dict[str, int]) -> dict[str, float]:
    """The cosine of the asked article and each candidate article whose every passage
    was analysed (`repeats`: per article, the repeated passages left out), over their terms
    weighted by log count and rarity: near 1 for two reports of one event, low for two
    stories on one topic."""
    counts: dict[str, dict[str, int]] = {}
    seen: dict[str, int] = {}
    for (art, _p), terms in analysed.items():
        seen[art] = seen.get(art, 0) + 1
        held = counts.setdefault(art, {})
        for stem, n in terms.counts.items():
            held[stem] = held.get(stem, 0) + n
    own = weighted_unit_vector(own_counts, idf, df)
    out = {}
    for art, held in counts.items():
        other = texts.get(art)
        if other is not None and seen[art] + repeats.get(art, 0) == len(other.passages):   # (a repeat is no gap)
            theirs = weighted_unit_vector(held, idf, df)
            out[art] = sum(x * theirs.get(stem, 0.0) for stem, x in own.items())
    return out
