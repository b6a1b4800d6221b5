"""Errors the engine raises for bad input. Each carries one line a user can act on;
the command line prints it and exits 2, the app shows it."""


class CorpusTuiError(Exception):
    """Base of the errors that are the user's input, not a bug."""


class CorpusError(CorpusTuiError):
    """No such corpus, not a corpus, or an empty one."""


class IndexLocationError(CorpusTuiError):
    """The index folder cannot be used (inside the corpus, not writable)."""


class QueryError(CorpusTuiError):
    """A search query that does not parse."""


class UnknownArticle(CorpusTuiError):
    """No article with that id, or no such passage in it."""


class UnknownEntity(CorpusTuiError):
    """No entity with that name; carries the closest known names."""

    def __init__(self, name: str, suggestions: list[str]):
        self.name = name
        self.suggestions = suggestions
        hint = f"; did you mean: {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"no entity named {name!r}{hint}")


class AmbiguousEntity(CorpusTuiError):
    """A name that several entities answer to; carries them (`candidates`, entities of
    the model), so the caller can ask which one was meant."""

    def __init__(self, name: str, candidates: list):
        self.name = name
        self.candidates = candidates
        listed = "; ".join(f"{e.name} ({e.type}, {e.articles} article(s), id {e.id})" for e in candidates)
        super().__init__(f"{name!r} names {len(candidates)} entities: {listed}. Use an id or a fuller name")


class IndexWriteError(CorpusTuiError):
    """The index could not be written (disk full, no permission, read-only file
    system): what it held before is kept."""


class IndexDamaged(CorpusTuiError):
    """The index on disk is damaged and could not be rebuilt (or is being rebuilt)."""


class IndexBusy(CorpusTuiError):
    """Another corpus-tui holds the writer lock of this index (it is indexing)."""
