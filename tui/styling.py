"""How the reader draws things, shared by the panes and the help screen: entity colours
(theme variables, so every theme can carry them), search-hit style, dispersion bars and
the legend that explains them. No widget here."""
from __future__ import annotations

from typing import Iterable, Protocol

from textual.content import Content, Span

from corpus_tui.index.model import ENTITY_TYPES, EntityType

HIT_STYLE = "bold $hit-foreground on $hit-background"
CURRENT_STYLE = "bold reverse"
TYPE_WORDS: dict[EntityType, str] = {"PERSON": "person", "ORG": "organisation", "PLACE": "place", "OTHER": "other"}
DISPERSION_WIDTH = 24


class Offsets(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def theme_colours(dark: bool) -> dict[str, str]:
    """The app's own theme variables: entity colours by type and the search-hit colours,
    picked per light/dark so both stay readable."""
    if dark:
        return {"entity-person": "#5fafff", "entity-org": "#d787ff", "entity-place": "#87d787",
                "entity-other": "#d7af5f", "hit-foreground": "#000000", "hit-background": "#ffd75f"}
    return {"entity-person": "#005fd7", "entity-org": "#8700af", "entity-place": "#00794f",
            "entity-other": "#875f00", "hit-foreground": "#000000", "hit-background": "#ffd700"}


def type_word(entity_type: str) -> str:
    """The reader's word for an entity type: person, organisation, place, other."""
    return next((TYPE_WORDS[t] for t in ENTITY_TYPES if t == entity_type), "other")


def entity_style(entity_type: str) -> str:
    kind = entity_type.lower() if entity_type in ENTITY_TYPES else "other"
    return f"bold $entity-{kind}"


def type_badge(entity_type: str) -> Content:
    """A coloured dot that stands for the entity type (see `legend`)."""
    return Content.styled("●", entity_style(entity_type))


def highlighted(text: str, spans: Iterable[Offsets], style: str = HIT_STYLE) -> Content:
    """`text` with `spans` (objects with start/end offsets into it) styled."""
    return Content(text, [Span(s.start, s.end, style) for s in spans if 0 <= s.start < s.end <= len(text)])


def dispersion(positions: Iterable[float], width: int = DISPERSION_WIDTH) -> str:
    """Where in an article mentions fall: one cell per slice of the text, `┃` where one is."""
    cells = ["·"] * width
    for p in positions:
        cells[min(width - 1, max(0, int(p * width)))] = "┃"
    return "".join(cells)


def entity_legend(short: bool = False) -> Content:
    """The entity colours, named: ● person ● organisation ● place ● other (`short`: ●org,
    no spaces, to fit a narrow pane)."""
    parts: list[Content | str] = []
    for t in ENTITY_TYPES:
        word = "org" if short and t == "ORG" else TYPE_WORDS[t]
        if parts:
            parts.append(" " if short else "  ")
        parts.append(Content.assemble(type_badge(t), "" if short else " ", (word, entity_style(t))))
    return Content.assemble(*parts)


def dispersion_legend() -> Content:
    """What a dispersion bar means."""
    return Content.assemble(("·┃··┃·", "$text-accent"), (" where in the article", "dim"))
