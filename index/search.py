"""Whoosh side of the engine: the passage schema, query parsing with clear errors,
and highlighting of the terms a query matched."""
from __future__ import annotations

import re
from typing import Iterator

from whoosh import fields
from whoosh import query as wq
from whoosh.analysis import STOP_WORDS, LowercaseFilter, RegexTokenizer, Token, Tokenizer
from whoosh.lang.porter import stem as porter_stem
from whoosh.qparser import FuzzyTermPlugin, QueryParser

from .errors import QueryError
from .model import Article, PassageHit, Span

WORD = re.compile(r"[\w\*]+(\.?[\w\*]+)*")  # Whoosh's default tokenizer pattern
# A number written with separators ("3,350,000", "4.02") is one number, not its parts.
LONG_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)+")
_INDEXED_WORD = re.compile(LONG_NUMBER.pattern + "|" + WORD.pattern)
_WHOLE_NUMBER = re.compile(r"\d+(?:[.,]\d+)+")
_STEM_CACHE_LIMIT = 500_000


def plain_number(written: str) -> str:
    """A number as one term, whatever its separators and trailing zeros: "3,350,000" is
    "3350000"; a table's "84.0" is the sentence's "84", "1.50" its "1.5"."""
    number = written.replace(",", "")
    return number.rstrip("0").rstrip(".") if "." in number else number


class LeanAnalyzer(Tokenizer):
    """Whoosh's StemmingAnalyzer (regex tokenizer | lowercase | stop words and words
    under two letters | Porter stemmer, positions renumbered over the kept words) in
    one generator with a plain dict as stem cache. Same tokens, positions and
    offsets as the chain (benchmarks/README.md says how that was checked), a
    quarter less time: the chain's four nested generators and its LFU cache
    wrapper cost more than the work itself. One difference: a number written with
    separators is one token in its plain form ("3,350,000" is "3350000"), as
    `related` reads it, so a rare figure is a term the index can look up (the chain
    cuts it at its commas into parts that every table holds)."""

    is_morph = True

    def __init__(self, stoplist=STOP_WORDS, minsize: int = 2):
        self.stops = frozenset(stoplist)
        self.minsize = minsize
        self._stems: dict[str, str] = {}

    # The analyzer is pickled into the index's schema: the cache is not.
    def __getstate__(self):
        return {"stops": self.stops, "minsize": self.minsize}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._stems = {}

    def __eq__(self, other):
        return self.__class__ is other.__class__ and self.stops == other.stops and self.minsize == other.minsize

    def is_stop(self, lowered: str) -> bool:
        """A word the analyser drops (a stop word, or under `minsize` letters)."""
        return len(lowered) < self.minsize or lowered in self.stops

    def stem(self, lowered: str) -> str:
        """The stem the analyser gives a lower-cased word that is no stop word."""
        stemmed = self._stems.get(lowered)
        if stemmed is None:
            if len(self._stems) >= _STEM_CACHE_LIMIT:
                self._stems.clear()
            stemmed = self._stems[lowered] = porter_stem(lowered)
        return stemmed

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        stops, minsize, stems = self.stops, self.minsize, self._stems
        words: Iterator[tuple[str, int, int]]
        if tokenize:
            words = ((m.group(0), m.start(), m.end()) for m in _INDEXED_WORD.finditer(value))
        else:
            words = iter(((value, 0, len(value)),))
        pos = None
        for n, (word, start, end) in enumerate(words):
            text = plain_number(word) if word[0].isdigit() and _WHOLE_NUMBER.fullmatch(word) else word.lower()
            if len(text) < minsize or text in stops:
                if removestops:
                    continue
                t.stopped = True
                t.text = text
            else:
                t.stopped = False
                stemmed = stems.get(text)
                if stemmed is None:
                    if len(stems) >= _STEM_CACHE_LIMIT:
                        stems.clear()
                    stemmed = stems[text] = porter_stem(text)
                t.text = stemmed
            t.boost = 1.0
            if keeporiginal:
                t.original = word
            if positions:
                if t.stopped:
                    t.pos = start_pos + n
                else:
                    pos = start_pos + n if pos is None else pos + 1
                    t.pos = pos
            if chars:
                t.startchar = start_char + start
                t.endchar = start_char + end
            yield t


# Stemmed, stop words dropped, positions kept for phrases and highlights.
ANALYZER = LeanAnalyzer()

# Keys of entities are joined with this in the Whoosh KEYWORD field.
ENTITY_KEY_SEPARATOR = ","


# A source is matched word by word, in any case, unstemmed ("source:reuters").
SOURCE_ANALYZER = RegexTokenizer() | LowercaseFilter()


def make_schema() -> fields.Schema:
    # The passage number is read per hit from its column and never searched: indexed,
    # Whoosh would write eight trie terms per passage (a quarter of all postings).
    passage = fields.NUMERIC(int, stored=True, sortable=True)
    passage.indexed = False
    return fields.Schema(
        article=fields.ID(stored=True, sortable=True),
        file=fields.ID(),
        passage=passage,
        title=fields.TEXT(analyzer=ANALYZER, phrase=True),
        body=fields.TEXT(analyzer=ANALYZER, phrase=True),
        entities=fields.KEYWORD(commas=True, lowercase=False, scorable=True),
        # The article's date (ISO, as far as known: "2024", "2024-03" or "2024-03-05")
        # and source, on every passage, so `date:` and `source:` filter passages.
        date=fields.ID(),
        source=fields.TEXT(analyzer=SOURCE_ANALYZER),
    )


SEARCH_FIELDS = ("body", "title", "entities", "date", "source")
_FIELD_PREFIX = re.compile(r'(?:^|[\s(])([A-Za-z_]\w*):(?=\S)')
_BINARY_OPS = {"AND", "OR", "ANDNOT", "ANDMAYBE"}


def parse_query(text: str, schema: fields.Schema) -> wq.Query:
    """Whoosh's query language (AND by default, OR, NOT, "phrases", wild*cards,
    fuzzy~, `title:`), with the mistakes Whoosh would silently swallow turned into
    a `QueryError` that says what is wrong."""
    stripped = text.strip()
    if not stripped:
        raise QueryError("empty query")
    _check_balanced(stripped)
    for m in _FIELD_PREFIX.finditer(stripped):
        if m.group(1) not in SEARCH_FIELDS:
            raise QueryError(f"unknown field {m.group(1)!r} (fields: {', '.join(SEARCH_FIELDS)})")
    if re.search(r'(?:^|\s)[A-Za-z_]\w*:(?:\s|$)', stripped):
        raise QueryError("a field name needs a term after the colon (e.g. title:Paris)")
    words = stripped.replace("(", " ").replace(")", " ").split()
    if not words:
        raise QueryError("query has no searchable words (only parentheses)")
    if words[0] in _BINARY_OPS or words[-1] in _BINARY_OPS | {"NOT"}:
        raise QueryError(f"operator {words[0] if words[0] in _BINARY_OPS else words[-1]} needs a term on both sides")
    parser = QueryParser("body", schema)
    parser.add_plugin(FuzzyTermPlugin())
    try:
        q = parser.parse(stripped)
    except Exception as e:  # Whoosh raises assorted errors on odd syntax
        raise QueryError(f"query does not parse: {e}") from None
    if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)):
        raise QueryError("query has no searchable words (only stop words or punctuation)")
    return _dates_by_prefix(q)


def _dates_by_prefix(q: wq.Query) -> wq.Query:
    """`date:2024` means every date in 2024 and `date:[2024-01 TO 2024-06]` runs to the
    end of June: a date term is a prefix, a range's end takes in all that starts with it."""
    if isinstance(q, wq.Term) and q.fieldname == "date":
        return wq.Prefix("date", q.text)
    if isinstance(q, wq.TermRange) and q.fieldname == "date":
        end = q.end + "\uffff" if q.end else None
        return wq.TermRange("date", q.start, end, q.startexcl, q.endexcl)
    return q.apply(_dates_by_prefix)


def _check_balanced(text: str) -> None:
    if text.count('"') % 2:
        raise QueryError('unbalanced quote: a phrase needs a closing "')
    depth = 0
    in_phrase = False
    for ch in text:
        if ch == '"':
            in_phrase = not in_phrase
        elif not in_phrase and ch == "(":
            depth += 1
        elif not in_phrase and ch == ")":
            depth -= 1
            if depth < 0:
                raise QueryError("unbalanced parenthesis: ')' without '('")
    if depth:
        raise QueryError("unbalanced parenthesis: '(' without ')'")


def positive_terms(q: wq.Query, reader, fieldnames: tuple[str, ...] = ("body", "title")) -> set[str]:
    """The indexed terms of `fieldnames` that the query looks for, wildcards and
    fuzzy terms expanded; terms under NOT are left out (they are not hits). Title
    terms count too: the title is the article's first passage."""
    found: set[str] = set()

    def walk(node: wq.Query) -> None:
        if isinstance(node, wq.Not):
            return
        if isinstance(node, wq.AndNot):
            walk(node.a)
            return
        if isinstance(node, ExpandedTerm):
            # Bound to terms found in the index: no need to look each up in every segment.
            if node.fieldname in fieldnames:
                found.update(t.decode("utf-8") if isinstance(t, bytes) else t for t in node.btexts)
            return
        if node.is_leaf():
            # Expanded segment by segment, as the matcher does: over a multi-segment
            # reader Whoosh expands a fuzzy term by brute force over the whole
            # vocabulary (seconds at 20k articles), and with Damerau distance, so it
            # would also mark words the search did not match.
            for leaf, _offset in reader.leaf_readers():
                for field, term in node.existing_terms(leaf, phrases=True, expand=True):
                    if field in fieldnames:
                        found.add(term.decode("utf-8") if isinstance(term, bytes) else term)
            return
        for child in node.children():
            walk(child)

    walk(q)
    return found


def term_spans(text: str, terms: set[str], offset: int = 0) -> list[Span]:
    """Where in `text` the analysed tokens are among `terms`; neighbours separated only
    by white space join into one span, so a phrase is marked as one."""
    if not terms:
        return []
    spans: list[Span] = []
    for token in ANALYZER(text, chars=True, mode="query", removestops=False):
        if token.text in terms:
            start, end = token.startchar, token.endchar
            if spans and not text[spans[-1].end - offset:start].strip():
                spans[-1] = Span(spans[-1].start, end + offset)
            else:
                spans.append(Span(start + offset, end + offset))
    return spans


def snippet(text: str, spans: list[Span], width: int = 240) -> tuple[str, list[Span]]:
    """A window of about `width` characters of `text` around its first matches, cut at
    word boundaries, with the spans moved into it."""
    if len(text) <= width:
        return text, list(spans)
    first = spans[0].start if spans else 0
    start = max(0, first - width // 4)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    prefix = "…" if start else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix) - start
    moved = [Span(s.start + shift, s.end + shift) for s in spans if s.start >= start and s.end <= end]
    return prefix + text[start:end] + suffix, moved


def mark(text: str, spans: list[Span], before: str = "**", after: str = "**") -> str:
    """`text` with every span wrapped in markers (the plain-text form of a highlight)."""
    out: list[str] = []
    pos = 0
    for s in spans:
        out.append(text[pos:s.start])
        out.append(before + text[s.start:s.end] + after)
        pos = s.end
    out.append(text[pos:])
    return "".join(out)


# Bounds on the terms one query term may stand for (`bound_expansions`): past these a
# fuzzy or wildcard term costs seconds (an OR of thousands of posting lists) and says
# little; the note tells the reader what was searched.
MAX_EDIT_DISTANCE = 2
MAX_EXPANSIONS = 128


class ExpandedTerm(wq.MultiTerm):
    """A prefix, wildcard, regex or fuzzy term bound to the indexed terms it was
    expanded to (Whoosh would expand it again, unbounded, at every use). Scores as the
    query it replaces (constant or per term)."""

    def __init__(self, fieldname: str, text: str, btexts: list[bytes], boost: float = 1.0,
                 constantscore: bool = True):
        self.fieldname = fieldname
        self.text = text
        self.btexts = btexts
        self.boost = boost
        self.constantscore = constantscore

    def _btexts(self, ixreader):
        return iter(self.btexts)

    def matcher(self, searcher, context=None):
        if not self.constantscore:
            return super().matcher(searcher, context)
        from .whoosh_adapter import union_matcher

        return union_matcher(searcher.reader(), self.fieldname, self.btexts, self.boost)

    def __eq__(self, other):
        return (other is not None and self.__class__ is other.__class__ and self.fieldname == other.fieldname
                and self.text == other.text and self.btexts == other.btexts and self.boost == other.boost)

    def __hash__(self):
        return hash((self.fieldname, self.text, tuple(self.btexts), self.boost))

    def __repr__(self):
        return f"{self.__class__.__name__}({self.fieldname!r}, {self.text!r}, {len(self.btexts)} terms)"

    def __unicode__(self):
        return f"{self.fieldname}:{self.text}"

    __str__ = __unicode__


# Fields indexed as Porter stems: a prefix typed there may run past the stem of the word
# it begins ("governm" of "government", indexed "govern").
STEMMED_FIELDS = ("body", "title")
# What the Porter stemmer takes off the end of a word (and the longer endings it cuts
# back to a stem), for `_stem_inside_prefix`.
_STEMMED_ENDINGS = (
    "ization", "izations", "ational", "ation", "ations", "ement", "ements", "ment", "ments", "ness", "fulness",
    "iveness", "ousness", "alism", "ing", "ings", "ion", "ions", "ive", "ives", "ively", "ize", "ized", "izes",
    "izing", "ism", "isms", "ist", "ists", "ity", "ities", "al", "ally", "als", "ance", "ances", "ence", "ences",
    "er", "ers", "ed", "es", "ly", "ful", "able", "ably", "ible", "ant", "ants", "ent", "ents", "ate", "ated",
    "ates", "ating", "ator", "ators", "ous", "ously", "ic", "ical", "ically", "ies", "ied", "y",
)


def _stem_inside_prefix(prefix: str, frequency) -> tuple[str, int] | None:
    """The indexed stem a typed prefix has run past, with its passage frequency: the
    longest proper prefix of `prefix` (four letters at least) that is an indexed term
    and whose remainder begins an ending the stemmer takes off ("governm" -> "govern",
    "electi" -> "elect", "ministe" -> "minist"; not "footb" -> "foot"). None if none."""
    prefix = prefix.lower()
    for cut in range(len(prefix) - 1, 3, -1):
        rest = prefix[cut:]
        if not any(ending.startswith(rest) for ending in _STEMMED_ENDINGS):
            continue
        found = frequency(prefix[:cut])
        if found:
            return prefix[:cut], found
    return None


def bound_expansions(q: wq.Query, reader, max_terms: int | None = None,
                     max_distance: int | None = None) -> tuple[wq.Query, list[str]]:
    """`q` with every fuzzy, prefix, wildcard and regex term bound to at most
    `max_terms` indexed terms (the most frequent) and every edit distance to at most
    `max_distance`, and a note for the reader on each bound that changed something.
    A bare `*` matches every passage (Whoosh would read every posting of the body)."""
    from .segment_arrays import document_frequency
    from .whoosh_adapter import expansion_frequencies

    max_terms = MAX_EXPANSIONS if max_terms is None else max_terms
    max_distance = MAX_EDIT_DISTANCE if max_distance is None else max_distance
    notes: list[str] = []

    def note(message: str) -> None:
        if message not in notes:
            notes.append(message)

    def visit(node: wq.Query) -> wq.Query:
        if isinstance(node, wq.Every) or (isinstance(node, wq.Prefix) and not node.text):
            # Every passage has a body: all documents, without reading every posting.
            return wq.Every(boost=node.boost)
        if not node.is_leaf():
            return node.apply(visit)
        if not isinstance(node, (wq.FuzzyTerm, wq.PatternQuery)):
            return node
        shown = str(node.text) + ("*" if isinstance(node, wq.Prefix) else "")
        if isinstance(node, wq.FuzzyTerm):
            shown = f"{node.text}~{node.maxdist}"
        if node.fieldname != "body":
            shown = f"{node.fieldname}:{shown}"
        if isinstance(node, wq.FuzzyTerm):
            if node.maxdist > max_distance:
                note(f"fuzzy distance capped at {max_distance} ({shown} searched as {node.text}~{max_distance})")
                node = wq.FuzzyTerm(node.fieldname, node.text, node.boost, max_distance, node.prefixlength,
                                    node.constantscore)
        frequencies = expansion_frequencies(node, reader)
        if isinstance(node, wq.Prefix) and node.fieldname in STEMMED_FIELDS:
            stem = _stem_inside_prefix(node.text, lambda term: document_frequency(reader, node.fieldname, term))
            if stem is not None:
                frequencies[stem[0].encode("utf-8")] = stem[1]
        chosen = sorted(frequencies, key=lambda b: (-frequencies[b], b))
        if len(chosen) > max_terms:
            note(f"{shown} matched {len(chosen)} terms; searched the {max_terms} most frequent")
            chosen = sorted(chosen[:max_terms])
        return ExpandedTerm(node.fieldname, node.text, chosen, node.boost, node.constantscore)

    return visit(q), notes


def passage_hit(article: Article, passage: int, score: float, terms: set[str] | None) -> PassageHit:
    """One hit with its snippet and the spans of `terms` in it (no snippet: `terms` None)."""
    if terms is None:
        return PassageHit(article.id, article.title, passage, round(float(score), 4), "")
    p = article.passages[passage]
    body = article.text[p.start:p.end]
    local = term_spans(body, terms)
    snip, snip_spans = snippet(body, local)
    spans = [Span(s.start + p.start, s.end + p.start) for s in local]
    return PassageHit(article.id, article.title, passage, round(float(score), 4), snip, snip_spans, spans)
