"""An analyst's corrections to the entities, kept as decisions and applied after every
clustering, so they hold through incremental updates and full rebuilds.

The file (beside the index) lists decisions, oldest first:

    {"version": 1,
     "decisions": [
       {"op": "merge",  "entities": ["e-id-1", "e-id-2"]},
       {"op": "split",  "entity": "e-id", "alias": "Surface Form"},
       {"op": "rename", "entity": "e-id", "name": "New Canonical Name"},
       {"op": "ignore", "entity": "e-id"}]}

An entity is referred to by what the user typed, turned into its id and canonical name
when the decision was taken ("ref": {"id": ..., "name": ...}), so a decision still finds
its entity when a re-clustering gives it another id. A decision whose entity is gone is
reported and skipped, never an error. Results are never stored here: only decisions.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping, Protocol, Sequence, TypeVar

from .model import EntityType
from .userfiles import UserFileError, read_json, write_json

FORMAT_VERSION = 1
OPERATIONS = ("merge", "split", "rename", "ignore")


class Clustered(Protocol):
    """What curation needs of an entity produced by clustering."""

    id: str
    name: str
    type: EntityType
    aliases: list[str]
    keys: list[str]
    mentions: int
    articles: int


E = TypeVar("E", bound=Clustered)


@dataclass(frozen=True, slots=True)
class EntityRef:
    id: str
    name: str

    def to_json(self) -> dict[str, str]:
        return {"id": self.id, "name": self.name}


@dataclass(frozen=True, slots=True)
class Decision:
    op: str                       # one of OPERATIONS
    entities: tuple[EntityRef, ...]
    value: str | None = None      # split: the alias; rename: the new name

    def describe(self) -> str:
        names = ", ".join(ref.name for ref in self.entities)
        if self.op == "split":
            return f"split {self.value!r} out of {names}"
        if self.op == "rename":
            return f"rename {names} to {self.value!r}"
        return f"{self.op} {names}"

    def to_json(self) -> dict[str, Any]:
        row: dict[str, Any] = {"op": self.op}
        if self.op == "merge":
            row["entities"] = [ref.to_json() for ref in self.entities]
        else:
            row["entity"] = self.entities[0].to_json()
        if self.op == "split":
            row["alias"] = self.value
        elif self.op == "rename":
            row["name"] = self.value
        return row

    @classmethod
    def from_json(cls, row: dict[str, Any]) -> Decision:
        op = row["op"]
        if op not in OPERATIONS:
            raise ValueError(op)
        refs = row["entities"] if op == "merge" else [row["entity"]]
        entities = tuple(EntityRef(str(r["id"]), str(r["name"])) for r in refs)
        value = row.get("alias") if op == "split" else row.get("name") if op == "rename" else None
        return cls(op, entities, value)


class DecisionLog:
    """The curation decisions of one corpus, read from and written through to `path`."""

    def __init__(self, path: Path):
        self.path = path
        document = read_json(path, {"version": FORMAT_VERSION, "decisions": []})
        try:
            self.decisions = [Decision.from_json(row) for row in document["decisions"]]
        except (KeyError, TypeError, ValueError):
            raise UserFileError(f"{path} is not a curation file: fix or remove it") from None
        self._fingerprint: str | None = None

    def append(self, decision: Decision) -> None:
        self.decisions.append(decision)
        self._save()

    def undo(self) -> Decision | None:
        """Take back the last decision; None when there is none."""
        if not self.decisions:
            return None
        last = self.decisions.pop()
        self._save()
        return last

    def fingerprint(self) -> str:
        """Changes whenever the decisions do (entities are re-clustered then); asked on
        every entities question, so computed once per change."""
        if self._fingerprint is None:
            raw = json.dumps([d.to_json() for d in self.decisions], sort_keys=True)
            self._fingerprint = hashlib.sha1(raw.encode("utf-8")).hexdigest()
        return self._fingerprint

    def _save(self) -> None:
        self._fingerprint = None
        write_json(self.path, {"version": FORMAT_VERSION, "decisions": [d.to_json() for d in self.decisions]})


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def find(entities: Sequence[E], ref: EntityRef) -> E | None:
    """The entity a decision meant: same id, else the same canonical name, else the one
    entity carrying that name as an alias."""
    for entity in entities:
        if entity.id == ref.id:
            return entity
    wanted = _fold(ref.name)
    for entity in entities:
        if _fold(entity.name) == wanted:
            return entity
    carrying = [e for e in entities if any(_fold(a) == wanted for a in e.aliases)]
    return carrying[0] if len(carrying) == 1 else None


def apply(entities: list[E], decisions: Sequence[Decision],
          forms_of_key: Mapping[str, Mapping[str, int]]) -> tuple[list[E], list[str]]:
    """The clustered `entities` with `decisions` applied in order, and a line for each
    decision that could not be applied (its entity is gone)."""
    current = list(entities)
    problems: list[str] = []
    for decision in decisions:
        found = [find(current, ref) for ref in decision.entities]
        missing = [ref.name for ref, entity in zip(decision.entities, found, strict=True) if entity is None]
        if missing:
            problems.append(f"{decision.describe()}: no entity {', '.join(map(repr, missing))} any more (skipped)")
            continue
        targets = [entity for entity in found if entity is not None]
        if decision.op == "merge":
            current = _merge(current, targets)
        elif decision.op == "ignore":
            current = [e for e in current if e is not targets[0]]
        elif decision.op == "rename":
            current = [_renamed(e, decision.value or e.name) if e is targets[0] else e for e in current]
        elif decision.op == "split":
            parts = _split(targets[0], decision.value or "", forms_of_key)
            if parts is None:
                problems.append(f"{decision.describe()}: that alias is not one of its own (skipped)")
                continue
            index = current.index(targets[0])
            current[index:index + 1] = parts
    return current, problems


def _merge(current: list[E], targets: list[E]) -> list[E]:
    unique = list({id(e): e for e in targets}.values())
    keep = max(unique, key=lambda e: e.mentions)
    keys = list(dict.fromkeys(k for e in [keep, *unique] for k in e.keys))
    aliases = list(dict.fromkeys(a for e in [keep, *unique] for a in e.aliases))
    merged = dataclasses.replace(keep, keys=keys, aliases=aliases,  # type: ignore[type-var]
                                 mentions=sum(e.mentions for e in unique),
                                 articles=sum(e.articles for e in unique))
    gone = {id(e) for e in unique}
    return [merged if e is keep else e for e in current if id(e) not in gone or e is keep]


def _renamed(entity: E, name: str) -> E:
    aliases = entity.aliases if entity.name in entity.aliases else [entity.name, *entity.aliases]
    return dataclasses.replace(entity, name=name, aliases=aliases)  # type: ignore[type-var]


_NOT_SLUG = re.compile(r"[^0-9a-z]+")


def _split(entity: E, alias: str, forms_of_key: Mapping[str, Mapping[str, int]]) -> list[E] | None:
    """The entity without the keys written as `alias`, and a new entity of those keys.

    A key is moved when `alias` is the form it is most often written in, or, where no key
    is, every key written that way at all."""
    wanted = _fold(alias)

    def forms(key: str) -> Mapping[str, int]:
        return forms_of_key.get(key, {})

    def written_mostly(key: str) -> bool:
        written = forms(key)
        return bool(written) and _fold(max(written, key=lambda f: written[f])) == wanted

    moved = [k for k in entity.keys if written_mostly(k)] or \
        [k for k in entity.keys if any(_fold(f) == wanted for f in forms(k))]
    if not moved or len(moved) == len(entity.keys):
        return None
    kept = [k for k in entity.keys if k not in moved]

    def aliases_of(keys: list[str]) -> list[str]:
        return list(dict.fromkeys(f for k in keys for f in forms(k)))

    def count(keys: list[str]) -> int:
        return sum(sum(forms(k).values()) for k in keys)

    slug = _NOT_SLUG.sub("-", wanted).strip("-") or "alias"
    rest = dataclasses.replace(entity, keys=kept, aliases=aliases_of(kept) or entity.aliases,  # type: ignore[type-var]
                               mentions=count(kept))
    split_off = dataclasses.replace(entity, id=f"{entity.id}~{slug}", name=alias,  # type: ignore[type-var]
                                    keys=moved, aliases=aliases_of(moved), mentions=count(moved))
    return [rest, split_off]
