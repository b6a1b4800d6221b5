"""The queries a reader ran on one corpus, most recent last, kept beside the index so the
search box can walk them (up/down) in the next session too.

    {"version": 1, "queries": ["oldest", "...", "newest"]}
"""
from __future__ import annotations

from pathlib import Path

from .userfiles import UserFileError, read_json, write_json

FORMAT_VERSION = 1
KEPT = 200


class QueryLog:
    def __init__(self, path: Path, kept: int = KEPT):
        self.path = path
        self.kept = kept
        document = read_json(path, {"version": FORMAT_VERSION, "queries": []})
        queries = document.get("queries") if isinstance(document, dict) else None
        if not isinstance(queries, list):
            raise UserFileError(f"{path} is not a query history: fix or remove it")
        self.queries: list[str] = [q for q in queries if isinstance(q, str)][-kept:]

    def add(self, query: str) -> None:
        """Remember `query` as the newest (once: an earlier run of it moves up)."""
        query = query.strip()
        if not query:
            return
        if query in self.queries:
            self.queries.remove(query)
        self.queries.append(query)
        del self.queries[:-self.kept]
        write_json(self.path, {"version": FORMAT_VERSION, "queries": self.queries})
