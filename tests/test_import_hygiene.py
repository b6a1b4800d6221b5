"""The engine and the command line never import Textual: each engine module, and the
CLI module, imported alone in a fresh interpreter leaves `textual` out of sys.modules.
(import-linter checks the static imports; this checks what really happens at run time,
lazy imports included.)"""
from __future__ import annotations

import pkgutil
import subprocess
import sys

import pytest

import corpus_tui.index


def _engine_modules() -> list[str]:
    return sorted(
        m.name for m in pkgutil.walk_packages(corpus_tui.index.__path__, prefix="corpus_tui.index.")
    )


MODULES = ["corpus_tui.index", *_engine_modules(), "corpus_tui.tui.cli"]


def test_every_engine_module_is_checked() -> None:
    for name in ("corpus_tui.index.engine", "corpus_tui.index.indexing", "corpus_tui.index.backend",
                 "corpus_tui.index.extraction.tokens", "corpus_tui.index.resolution.merges"):
        assert name in MODULES


@pytest.mark.parametrize("module", MODULES)
def test_module_does_not_import_textual(module: str) -> None:
    code = f"import sys, {module}; print('textual' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False", f"importing {module} imports textual"
