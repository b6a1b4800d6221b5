"""The files an analyst's work is kept in (marks, curation decisions, query history).

They live beside the index, never in the corpus folder, as small JSON documents a person
can read and edit. Every write goes to a temporary file in the same folder which is then
renamed over the old one, so a crash or a full disk leaves the previous version whole.
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from .errors import CorpusTuiError


class UserFileError(CorpusTuiError):
    """A work file that cannot be read or written."""


def read_json(path: Path, default: Any) -> Any:
    """The document in `path`, or `default` when there is no such file yet."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return default
    except OSError as e:
        raise UserFileError(f"cannot read {path}: {e.strerror or e}") from None
    try:
        return json.loads(raw)
    except json.JSONDecodeError as e:
        raise UserFileError(f"{path} is not valid JSON (line {e.lineno}): fix or remove it") from None


def write_json(path: Path, document: Any) -> None:
    """Write `document` to `path` atomically (temporary file, fsync, rename)."""
    text = json.dumps(document, ensure_ascii=False, indent=1) + "\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as e:
        raise UserFileError(f"cannot write {path}: {e.strerror or e}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as e:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise UserFileError(f"cannot write {path}: {e.strerror or e}") from None
