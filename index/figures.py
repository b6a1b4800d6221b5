"""Figures as one form, however an outlet writes them: the figure passes of the passage
analysis (`passage_terms.analyse`), and what a figure counts, to tell two facts apart.

Each pass takes the analysis's terms as (stem, start, end) spans, numbers already digits
("twelve" is "12"), and gives them back with one kind of figure in one form: a number in
several words, a whole number and its fraction, a share written as a fraction, an amount
with its multiplier and currency.
"""
from __future__ import annotations

import math
import re

# Units written in other ways: the stem every form is counted as.
UNITS = {"pct": "percent", "percentage": "percent", "mln": "million", "mn": "million", "bln": "billion",
          "bn": "billion", "dlr": "dollar", "dlrs": "dollar", "dollars": "dollar", "stg": "sterling",
          "pound": "sterling", "pounds": "sterling", "usd": "dollar", "gbp": "sterling", "eur": "euro"}
# An amount is one figure however an outlet writes it: "1.2 billion", "1,200 million",
# "1.2 bln" and "$1.2bn" are all "1.2" and "billion" (and "dollar" for the sign);
# "3,500,000" and "3.5 mln" are "3.5" and "million".
_MULTIPLIERS = {"million": 1e6, "billion": 1e9}
# A multiplier glued to its figure: "1.2bn", "5mln"; "350m" only after a currency sign
# (a race's "100m" is metres).
_GLUED_AMOUNT = re.compile(r"(\d+(?:\.\d+)?)(bn|bln|mn|mln|m)")
_GLUED_MULTIPLIER = re.compile(r"(bn|bln|mn|mln|m)\b")   # (after a figure with a point: "1.2bn")
_CURRENCY_SIGNS = {"$": "dollar", "£": "sterling", "€": "euro"}
# A share written as a fraction is its percentage: "two-fifths of" is "40 pct", "a third
# of" is "33 pct", "half of" is "50 pct" (only before "of": a "first quarter" is a period).
FRACTIONS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "eighth": 8, "tenth": 10}
_OF = re.compile(r"\s+of\b", re.IGNORECASE)
# A whole number's fraction after "and" ("five and a half", "six and three-quarter",
# "two-and-a-half"), and the months after its years ("six years and nine months").
_MIXED_FRACTIONS = {"half": 2, "quarter": 4, "third": 3}
# A number in words: which word may follow which ("twenty-two", "two hundred and fifty",
# "nineteen thousand"), with a space, a hyphen or "and" between.
_NUMBER_WORD_FOLLOWS = {"unit": {"hundred", "thousand"}, "tens": {"unit", "thousand"},
                        "hundred": {"unit", "tens", "thousand"}, "thousand": {"unit", "tens"}}
_NUMBER_WORD_GAP = re.compile(r"-| | and ", re.IGNORECASE)
_AND_A = re.compile(r"(?:\s+|-)and(?:\s+|-)(?:an?(?:\s+|-))?", re.IGNORECASE)
_YEARS_AND = re.compile(r"\s+years?\s+and\s+", re.IGNORECASE)


def figures_in_one_form(text: str, spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The terms with every figure in one form (see the module docstring)."""
    return _amounts(text, _shares(text, _mixed_numbers(text, _worded_numbers(text, spans))))


def _worded_numbers(text: str, spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The terms with a number written in several words as one figure: "twenty-two" is
    "22", "two hundred" "200", "nineteen thousand" "19000" (as the digits are)."""
    out: list[tuple[str, int, int]] = []
    index = 0
    while index < len(spans):
        stem, start, end = spans[index]
        kind = _number_word_kind(text, stem, start, end)
        if kind is None:
            out.append((stem, start, end))
            index += 1
            continue
        total, current = 0, 0
        last, run_end, taken = "", end, 0
        for stem2, start2, end2 in spans[index:]:
            kind2 = _number_word_kind(text, stem2, start2, end2)
            if kind2 is None or taken and (kind2 not in _NUMBER_WORD_FOLLOWS[last]
                                           or not _NUMBER_WORD_GAP.fullmatch(text, run_end, start2)):
                break
            if kind2 == "hundred":
                current = max(current, 1) * 100
            elif kind2 == "thousand":
                total, current = total + max(current, 1) * 1000, 0
            else:
                current += int(stem2)
            last, run_end, taken = kind2, end2, taken + 1
        if taken > 1:
            out.append((str(total + current), start, run_end))
        else:
            out.append((stem, start, end))
        index += taken
    return out


def _number_word_kind(text: str, stem: str, start: int, end: int) -> str | None:
    """"unit" (one to nineteen), "tens", "hundred" or "thousand" for a number written as a
    word, else None."""
    if stem == "thousand":
        return "thousand"
    if not stem.isdigit() or not text[start:end].isalpha():
        return None
    value = int(stem)
    return "hundred" if value == 100 else "tens" if value >= 20 else "unit"


def _mixed_numbers(text: str, spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The terms with a whole number and its fraction as one figure: "five and a half" is
    "5.5" (as "5.50 pct" is), "six and three-quarter years" and "six years and nine months"
    are both "6.75"."""
    out: list[tuple[str, int, int]] = []
    index = 0
    while index < len(spans):
        stem, start, end = spans[index]
        index += 1
        ahead = spans[index:index + 2]
        if not stem.isdigit() or not ahead:
            out.append((stem, start, end))
            continue
        value: float | None = None
        nxt, nxt_start, nxt_end = ahead[0]
        if nxt in _MIXED_FRACTIONS and _AND_A.fullmatch(text, end, nxt_start):
            value, used = int(stem) + 1 / _MIXED_FRACTIONS[nxt], 1
        elif len(ahead) == 2 and nxt.isdigit() and _AND_A.fullmatch(text, end, nxt_start):
            frac, frac_start, frac_end = ahead[1]
            if frac in _MIXED_FRACTIONS and text[nxt_end:frac_start] in ("-", " ") \
                    and 0 < int(nxt) < _MIXED_FRACTIONS[frac]:
                value, used, nxt_end = int(stem) + int(nxt) / _MIXED_FRACTIONS[frac], 2, frac_end
        if value is None and len(ahead) == 2 and nxt.isdigit() and int(nxt) < 12 \
                and _YEARS_AND.fullmatch(text, end, nxt_start) and ahead[1][0] == "month" \
                and not text[nxt_end:ahead[1][1]].strip():
            value, used, nxt_end = int(stem) + int(nxt) / 12, 2, ahead[1][2]
        if value is None:
            out.append((stem, start, end))
            continue
        if used == 1:
            nxt_end = ahead[0][2]
        out.append((f"{value:.3f}".rstrip("0").rstrip("."), start, nxt_end))
        index += used
    return out


def _shares(text: str, spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The terms with a fraction before "of" as its percentage."""
    out: list[tuple[str, int, int]] = []
    for stem, start, end in spans:
        previous = out[-1] if out else None
        joined = previous is not None and previous[0].isdigit() and text[previous[2]:start] in (" ", "-")
        if stem in FRACTIONS and _OF.match(text, end):
            numerator = 1
            if joined and previous is not None and 0 < int(previous[0]) < FRACTIONS[stem]:
                numerator = int(previous[0])
                out.pop()
                start = previous[1]
            out.append((str(round(100 * numerator / FRACTIONS[stem])), start, end))
            out.append(("percent", start, end))
        else:
            out.append((stem, start, end))
    return out


def _amounts(text: str, spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The terms with every amount in one form (see _MULTIPLIERS): a figure and its
    multiplier as the figure in millions or billions, a currency sign as its currency."""
    out: list[tuple[str, int, int]] = []
    index = 0
    while index < len(spans):
        stem, start, end = spans[index]
        index += 1
        if not stem[:1].isdigit():
            out.append((stem, start, end))
            continue
        sign = _CURRENCY_SIGNS.get(text[start - 1:start]) if start else None
        if sign is not None:
            out.append((sign, start - 1, start))
        glued = _GLUED_AMOUNT.fullmatch(stem) or _GLUED_MULTIPLIER.match(text, end)
        suffix = glued.group(glued.lastindex or 0) if glued is not None else ""
        if glued is not None and (suffix != "m" or sign is not None):
            number = glued.group(1) if glued.re is _GLUED_AMOUNT else stem
            unit, unit_span = UNITS.get(suffix, "million"), (start, max(end, glued.end()))
        elif index < len(spans) and spans[index][0] in _MULTIPLIERS and not text[end:spans[index][1]].strip():
            number, unit, unit_span = stem, spans[index][0], spans[index][1:]
            index += 1
        else:
            number, unit, unit_span = stem, "", (start, end)
        try:
            value = float(number) * _MULTIPLIERS.get(unit, 1.0)
        except ValueError:
            out.append((stem, start, end))
            continue
        if value < 1e6 or not math.isfinite(value):   # (a run of digits too long for a float)
            out.append((stem, start, end))
            if unit:
                out.append((unit, *unit_span))
            continue
        unit = "billion" if value >= 1e9 else "million"
        figure = f"{value / _MULTIPLIERS[unit]:.3f}".rstrip("0").rstrip(".")
        out.append((figure, start, end))
        out.append((unit, *unit_span))
    return out


# What a figure counts: the next term, written in lower case with nothing but spaces or a
# hyphen between ("41 hearing days": "hearing"; "a 72-hour strike": "hour"), a multiplier
# passed over ("48 million barrels": "barrel"). Money and shares are no counted thing: one
# story's passages give many sums and percentages (a deal's price, a share's, last year's),
# as ranges ("20 to 30 pct") or parts. A figure with a share word after it
# ("three-quarter") is not read: its value is not the figure alone.
_MULTIPLIER_TERMS = frozenset(["million", "billion"])
_SHARE_WORDS = frozenset(FRACTIONS)
_MONEY_AND_SHARES = frozenset(UNITS.values()) | frozenset(_CURRENCY_SIGNS.values()) | {
    "cent", "ct", "cnt", "yen", "mark", "franc", "point"}
# Two figures of one thing this close (as a ratio) can be one fact rounded ("1,150 jobs" /
# "more than 1,100 jobs").
FIGURE_TOLERANCE = 0.15
YEAR = re.compile(r"^(?:19|20)\d\d$")
# A small whole number counts things told in many ways ("two of the seven members", "five
# votes to two"): no figure to set against another.
SMALL_COUNT = 10


def figures_by_unit(text: str, spans: list[tuple[str, int, int]]) -> dict[str, set[float]]:
    """Each thing a figure of the passage counts (read as the comment above
    _MULTIPLIER_TERMS says) -> the figures of it, years and small counts left out (a year
    dates many facts)."""
    out: dict[str, set[float]] = {}
    for i, (stem, _start, end) in enumerate(spans):
        if not stem[:1].isdigit() or YEAR.match(stem):
            continue
        try:
            value = float(stem)
        except ValueError:
            continue
        if value < SMALL_COUNT and value.is_integer():
            continue
        for unit, start, unit_end in spans[i + 1:i + 3]:
            if text[end:start].strip(" -") or not text[start:start + 1].islower():
                break
            if unit in _MULTIPLIER_TERMS:
                end = unit_end
                continue
            if not unit[:1].isdigit() and unit not in _SHARE_WORDS and unit not in _MONEY_AND_SHARES:
                out.setdefault(unit, set()).add(value)
            break
    return out


def counts_differ(ours: dict[str, set[float]], theirs: dict[str, set[float]]) -> bool:
    """Whether two passages' figures of one counted thing (figures_by_unit) are all further
    apart than FIGURE_TOLERANCE."""
    for unit, values in ours.items():
        held = theirs.get(unit)
        if held and not any(abs(x - y) <= FIGURE_TOLERANCE * max(abs(x), abs(y)) for x in values for y in held):
            return True
    return False
