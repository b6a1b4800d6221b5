"""The analyst's files of one corpus, kept in its index folder beside (never inside) the
index proper, so `index --rebuild` and the automatic rebuild of a broken index leave them:

- `marks.json`: marked passages and their notes (`marks`),
- `curation.json`: decisions about entities (`curation`),
- `queries.json`: the search box's history (`query_log`).
"""
from __future__ import annotations

from functools import cached_property
from pathlib import Path

from .curation import DecisionLog
from .marks import MarkBook
from .query_log import QueryLog

WORK_FILES = ("marks.json", "curation.json", "queries.json")


class Workspace:
    def __init__(self, folder: Path):
        self.folder = folder

    @cached_property
    def marks(self) -> MarkBook:
        return MarkBook(self.folder / "marks.json")

    @cached_property
    def decisions(self) -> DecisionLog:
        return DecisionLog(self.folder / "curation.json")

    @cached_property
    def queries(self) -> QueryLog:
        return QueryLog(self.folder / "queries.json")
