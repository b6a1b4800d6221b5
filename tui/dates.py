"""Dates and sources in the reader: the orders a list of articles can take (rank, date,
source; `s` cycles them) and a timeline of dated events (a sparkline row, per week,
month or year, whichever fits). No widget here."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable, Iterable, Literal, Mapping, TypeVar

Order = Literal["rank", "date", "source"]
ORDERS: tuple[Order, ...] = ("rank", "date", "source")
# How each order reads in a status line or a border.
ORDER_WORDS: dict[Order, str] = {"rank": "by rank", "date": "by date", "source": "by source"}

# Article id -> (date, source), "" where unknown (CorpusIndex.article_about).
About = Mapping[str, tuple[str, str]]

T = TypeVar("T")

_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
SPARKS = "▁▂▃▄▅▆▇█"
TIMELINE_WIDTH = 40


def next_order(order: Order) -> Order:
    return ORDERS[(ORDERS.index(order) + 1) % len(ORDERS)]


def sort_articles(items: list[T], article_of: Callable[[T], str], about: About, order: Order) -> list[T]:
    """`items` (each belonging to an article) in `order`: "rank" keeps the given order;
    "date" puts the oldest first and "source" sorts by name; articles without a date or
    source go last. Ties keep the given order."""
    if order == "rank":
        return list(items)
    slot = 0 if order == "date" else 1

    def key(item: T) -> tuple[bool, str]:
        value = about.get(article_of(item), ("", ""))[slot]
        return (not value, value.casefold())

    return sorted(items, key=key)


def about_line(article: str, about: About) -> str:
    """"date · source" of an article, or "" when neither is known."""
    d, s = about.get(article, ("", ""))
    return " · ".join(x for x in (d, s) if x)


@dataclass(frozen=True, slots=True)
class Timeline:
    """Counts of dated events per step of time, from `first` to `last` (labels)."""
    unit: Literal["week", "month", "year"]
    first: str
    last: str
    counts: list[int]
    undated: int

    def spark(self) -> str:
        top = max(self.counts) or 1
        return "".join("·" if n == 0 else SPARKS[min(len(SPARKS) - 1, (n * len(SPARKS) - 1) // top)]
                       for n in self.counts)


def parse_date(text: str) -> tuple[int, int | None, int | None] | None:
    """Year, month and day of a date written as ISO (2024, 2024-03, 2024-03-05T10:00...)."""
    m = _DATE.match(text.strip()) if text else None
    if m is None:
        return None
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) and 1 <= int(m.group(2)) <= 12 else None
    day = int(m.group(3)) if month and m.group(3) else None
    if day is not None:
        try:
            date(year, month or 1, day)
        except ValueError:
            day = None
    return year, month, day


def timeline(dates: Iterable[str], width: int = TIMELINE_WIDTH) -> Timeline | None:
    """How many of `dates` (one per event, "" when unknown) fall in each week, month or
    year: weeks when every date has a day and they fit in `width` weeks, else months when
    they fit, else years. None when no date is known."""
    parsed = []
    undated = 0
    for text in dates:
        d = parse_date(text)
        if d is None:
            undated += 1
        else:
            parsed.append(d)
    if not parsed:
        return None
    if all(d[2] is not None for d in parsed):
        days = [date(y, m or 1, dd or 1) for y, m, dd in parsed]
        start = min(days) - timedelta(days=min(days).weekday())
        weeks = Counter((d - start).days // 7 for d in days)
        n = max(weeks) + 1
        if n <= width:
            end = start + timedelta(weeks=n - 1)
            return Timeline("week", start.isoformat(), end.isoformat(), [weeks[i] for i in range(n)], undated)
    if all(d[1] is not None for d in parsed):
        months = Counter(y * 12 + (m or 1) - 1 for y, m, _ in parsed)
        lo, hi = min(months), max(months)
        if hi - lo < width:
            return Timeline("month", f"{lo // 12}-{lo % 12 + 1:02d}", f"{hi // 12}-{hi % 12 + 1:02d}",
                            [months[i] for i in range(lo, hi + 1)], undated)
    years = Counter(y for y, _, _ in parsed)
    lo, hi = min(years), max(years)
    step = max(1, -(-(hi - lo + 1) // width))  # several years a cell when they do not fit
    counts = [sum(years[y] for y in range(s, s + step)) for s in range(lo, hi + 1, step)]
    return Timeline("year", str(lo), str(hi), counts, undated)
