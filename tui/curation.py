"""Entity curation from the app (`R` rename, `+` merge, `S` split, `I` ignore, `Z` undo)
and the "which one?" question for a name several entities answer to.

Each action works on the entity highlighted in the entities pane when that pane has the
focus, else it asks for a name (any alias or id, as the command line takes). The engine
keeps each decision (`CorpusIndex.curate`) and the app shows it at once: the article is
loaded again (highlights, entities pane) and a trace is traced again. `ReaderApp` mixes
`CurationActions` in."""
from __future__ import annotations

from typing import cast

from textual.content import Content

from corpus_tui.index.errors import AmbiguousEntity, CorpusTuiError, UnknownEntity
from corpus_tui.index.model import Entity

from .panes.entities import EntitiesList, EntityOption
from .prompts import ChoicePrompt, TextPrompt, ask, dialogue, in_thread
from .reader import Reader
from .styling import entity_style, type_word


def candidate_prompt(e: Entity) -> Content:
    aliases = ", ".join(a for a in e.aliases if a != e.name)[:120]
    return Content.assemble((e.name, entity_style(e.type)), (f"  {type_word(e.type)}", "dim"),
                            (f" · {e.mentions} mention(s) in {e.articles} article(s)", "dim"),
                            ("\n  " + aliases, "dim italic") if aliases else "")


class CurationActions:
    """Actions of `ReaderApp` (a mixin: `self` is the app)."""

    merge_into: Entity | None = None  # `+` pressed once: the entity the next `+` merges into

    @property
    def _reader(self) -> Reader:
        return cast("Reader", self)

    # -- which entity -------------------------------------------------------------------

    async def choose_entity(self, name: str, first: str | None = None) -> Entity | None:
        """The entity `name` means; when several answer to it, the one the user picks from
        a list (`first`, an entity id, on top); None when cancelled or unknown (said)."""
        app = self._reader
        ix = app.ix
        if ix is None:
            return None
        try:
            return await in_thread(app, lambda: ix.find_entity(name), "choose")
        except AmbiguousEntity as e:
            candidates = sorted(e.candidates, key=lambda c: c.id != first)
        except UnknownEntity as e:
            app.notify(str(e), severity="warning")
            return None
        chosen = await ask(app, ChoicePrompt(f"Which {name!r}?", [candidate_prompt(c) for c in candidates],
                         f"{len(candidates)} entities answer to {name!r}"))
        return None if chosen is None else candidates[chosen]

    def trace_by_name(self, name: str, first: str | None = None) -> None:
        """Trace the entity `name` means, asking which one when several answer to it."""
        async def steps() -> None:
            entity = await self.choose_entity(name, first)
            if entity is not None:
                self._reader.trace_entity(entity.id)
        dialogue(self._reader, steps())

    def _highlighted_entity(self) -> Entity | None:
        focused = self._reader.focused
        if isinstance(focused, EntitiesList) and focused.highlighted is not None:
            option = focused.get_option_at_index(focused.highlighted)
            if isinstance(option, EntityOption):
                return option.entity
        return None

    async def _entity_for(self, verb: str) -> Entity | None:
        """The highlighted entity of the entities pane, else one asked by name (None over
        another screen: the keys are the main screen's)."""
        if len(self._reader.screen_stack) > 1:
            return None
        entity = self._highlighted_entity()
        if entity is not None:
            return entity
        name = await ask(self._reader, TextPrompt(f"{verb}: which entity?", "", "any of its names, or its id"))
        return await self.choose_entity(name) if name else None

    # -- the decisions ---------------------------------------------------------------------

    async def _curate(self, op: str, entities: list[Entity], value: str | None = None) -> bool:
        app = self._reader
        if app.ix is None:
            return False
        try:
            ix = app.ix
            await in_thread(app, lambda: ix.curate(op, [e.id for e in entities], value), "curate")
        except (CorpusTuiError, OSError) as e:
            app.notify(str(e), title=f"{op} failed", severity="error", timeout=6)
            return False
        self.curated(value if op in ("rename",) else (entities[0].name if op != "ignore" else None))
        return True

    def curated(self, name: str | None = None) -> None:
        """A curation changed the entities: show it (article, entities pane, trace)."""
        app = self._reader
        app.article_view.reload()
        trace = app.strip.trace
        if trace is None or trace.entity is None or app.ix is None:
            return
        try:
            app.ix.entity(trace.entity)
            app.trace_entity(trace.entity)
        except UnknownEntity:
            try:
                app.trace_entity(app.ix.find_entity(name).id) if name else app.strip.close_trace()
            except CorpusTuiError:
                app.strip.close_trace()

    def action_rename_entity(self) -> None:
        dialogue(self._reader, self._rename_entity())

    async def _rename_entity(self) -> None:
        entity = await self._entity_for("Rename")
        if entity is None:
            return
        new = await ask(self._reader, TextPrompt(f"Rename {entity.name}", entity.name))
        if new and new != entity.name and await self._curate("rename", [entity], new):
            self._reader.notify(f"renamed {entity.name} to {new}")

    def action_ignore_entity(self) -> None:
        dialogue(self._reader, self._ignore_entity())

    async def _ignore_entity(self) -> None:
        entity = await self._entity_for("Ignore")
        if entity is not None and await self._curate("ignore", [entity]):
            self._reader.notify(f"ignored {entity.name} (Z undoes)")

    def action_split_entity(self) -> None:
        dialogue(self._reader, self._split_entity())

    async def _split_entity(self) -> None:
        entity = await self._entity_for("Split")
        if entity is None:
            return
        if len(entity.aliases) < 2:
            self._reader.notify(f"{entity.name} has one name only: nothing to split", severity="warning")
            return
        chosen = await ask(self._reader, 
            ChoicePrompt(f"Split out of {entity.name}", list(entity.aliases),
                         "the alias chosen, with its mentions, becomes an entity of its own"))
        if chosen is not None and await self._curate("split", [entity], entity.aliases[chosen]):
            self._reader.notify(f"split {entity.aliases[chosen]!r} out of {entity.name}")

    def action_merge_entities(self) -> None:
        dialogue(self._reader, self._merge_entities())

    async def _merge_entities(self) -> None:
        app = self._reader
        if len(app.screen_stack) > 1:
            return
        highlighted = self._highlighted_entity()
        if highlighted is not None:
            target = self.merge_into
            if target is None or target.id == highlighted.id:
                self.merge_into = highlighted
                app.notify(f"merge into {highlighted.name}: highlight another entity and press +", timeout=6)
                return
            self.merge_into = None
            if await self._curate("merge", [target, highlighted]):
                app.notify(f"merged {highlighted.name} into {target.name}")
            return
        names = await ask(app, TextPrompt("Merge entities", "", "two or more names or ids, separated "
                                                      "by commas; the first one is kept"))
        chosen: list[Entity] = []
        for name in (n.strip() for n in (names or "").split(",")):
            if name:
                entity = await self.choose_entity(name)
                if entity is None:
                    return
                chosen.append(entity)
        if len(chosen) < 2:
            if names:
                app.notify("merge needs two or more names", severity="warning")
            return
        if await self._curate("merge", chosen):
            app.notify(f"merged {', '.join(e.name for e in chosen[1:])} into {chosen[0].name}")

    def action_undo_curation(self) -> None:
        dialogue(self._reader, self._undo_curation())

    async def _undo_curation(self) -> None:
        app = self._reader
        if app.ix is None or len(app.screen_stack) > 1:
            return
        try:
            decision = await in_thread(app, app.ix.undo_curation, "curate")
        except (CorpusTuiError, OSError) as e:
            app.notify(str(e), title="undo failed", severity="error")
            return
        if decision is None:
            app.bell()
            app.notify("no curation to undo", timeout=2)
            return
        app.notify(f"undone: {decision.describe()}")
        self.curated()
