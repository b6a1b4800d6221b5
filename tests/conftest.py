"""Shared fixtures: tests never touch the user's cache, and the seeds are indexed
once per session into a temporary folder (a real Whoosh index on disk)."""
from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def isolated_cache(tmp_path_factory, monkeypatch):
    """Point the user's cache folder (where indexes live by default) at a fresh tmp folder."""
    cache = tmp_path_factory.mktemp("xdg-cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    return cache


@pytest.fixture(scope="session")
def seeds_index_dir(tmp_path_factory):
    """An up-to-date index of the bundled seeds, built once for the session."""
    from corpus_tui.index.engine import CorpusIndex

    folder = tmp_path_factory.mktemp("seeds-index")
    with CorpusIndex.open(None, folder):
        pass
    return folder
