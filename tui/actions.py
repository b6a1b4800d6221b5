"""Every user action of the reader, declared once: its keys, who handles it, whether
the footer shows it, its words in the footer, the help screen and the command palette.

Keys, footer, help and palette are all generated from `ACTIONS`, so they cannot drift
apart. Each binding carries the action's name as its `id`, so a keymap can rebind any
of them. `scope` says which widget's `action_<name>` runs it: "app" (ReaderApp, keys
that work from any pane) or "article" (ArticleView, keys of the focused article).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from textual.binding import Binding, BindingType

PASSAGE = Binding.Group("passage", compact=True)
HIT = Binding.Group("hit", compact=True)
RELATED = Binding.Group("related", compact=True)
MENTION = Binding.Group("mention", compact=True)
HISTORY = Binding.Group("back/fwd")


Scope = Literal["app", "article"]


@dataclass(frozen=True, slots=True)
class KeyAction:
    action: str  # action_<name> of the widget named by `scope`
    keys: str  # Textual key names, comma separated
    footer: str  # a word or two for the footer
    help: str  # a sentence for the help screen and the palette
    section: str  # heading on the help screen
    show: bool = False  # in the footer
    display: str | None = None  # how the keys read on the help screen
    group: Binding.Group | None = None
    priority: bool = False
    palette: bool = True
    scope: Scope = "app"

    @property
    def keys_text(self) -> str:
        if self.display:
            return self.display
        return " ".join(_KEY_NAMES.get(k, k) for k in self.keys.split(","))

    def binding(self) -> Binding:
        return Binding(self.keys, self.action, self.footer, show=self.show, priority=self.priority,
                       id=self.action, group=self.group, tooltip=self.help)


_KEY_NAMES = {
    "slash": "/", "question_mark": "?", "left_square_bracket": "[", "right_square_bracket": "]",
    "down": "↓", "up": "↑", "escape": "esc", "shift+tab": "shift+tab", "apostrophe": "'", "plus": "+",
}

ACTIONS: tuple[KeyAction, ...] = (
    # Reading
    KeyAction("passage_down", "j,down", "passage", "Next passage", "Reading", show=True, group=PASSAGE,
              scope="article"),
    KeyAction("passage_up", "k,up", "passage", "Previous passage", "Reading", show=True, group=PASSAGE,
              scope="article"),
    KeyAction("top", "g,home", "top", "First passage of the article", "Reading", scope="article"),
    KeyAction("bottom", "G,end", "bottom", "Last passage of the article", "Reading", scope="article"),
    KeyAction("next_article", "J", "next article", "Open the next article of the result list", "Reading"),
    KeyAction("previous_article", "K", "prev article", "Open the previous article of the result list", "Reading"),
    KeyAction("toggle_mark", "m", "mark", "Mark or unmark the focused passage", "Reading", scope="article"),
    KeyAction("next_mark", "u", "next mark", "Go to the next marked passage", "Reading", scope="article"),
    KeyAction("previous_mark", "U", "prev mark", "Go to the previous marked passage", "Reading", scope="article"),
    KeyAction("note", "M", "note", "Add or edit a note on the focused passage (marks it)", "Reading", scope="article"),
    KeyAction("marks_view", "apostrophe", "marks", "List every mark with its note (Enter jumps to it)", "Reading"),
    # Search
    # A priority key: `/` and the keys typed right after it can arrive in one read, and those
    # must land in the search box, not in the pane that had the focus (in the box `/` is typed).
    KeyAction("search", "slash", "search", "Search the corpus (search as you type; Enter opens)", "Search",
              show=True, priority=True),
    KeyAction("next_hit", "n", "hit", "Next search hit (continues into the next article with hits)", "Search",
              show=True, group=HIT),
    KeyAction("previous_hit", "N", "hit", "Previous search hit (continues into the previous article)", "Search",
              show=True, group=HIT),
    KeyAction("clear_search", "ctrl+l", "clear", "Clear the search: list every article", "Search"),
    # Across articles (t and o/O are not in the footer: the strip's border says them)
    KeyAction("next_related", "right_square_bracket", "related",
              "Jump to the next related passage in another article", "Across articles", show=True, group=RELATED),
    KeyAction("previous_related", "left_square_bracket", "related",
              "Jump to the previous related passage in another article", "Across articles", show=True, group=RELATED),
    KeyAction("trace", "t", "trace", "Trace the entity under the cursor across the corpus", "Across articles"),
    KeyAction("next_mention", "o", "mention", "Next mention of the traced entity, across articles", "Across articles",
              group=MENTION),
    KeyAction("previous_mention", "O", "mention", "Previous mention of the traced entity", "Across articles",
              group=MENTION),
    KeyAction("show_related", "r", "related strip", "Show the related passages of the focused passage in the strip",
              "Across articles"),
    KeyAction("sort_order", "s", "sort", "Sort the results and the trace: by rank, by date, by source",
              "Across articles"),
    KeyAction("concordance", "w", "concordance", "Concordance… (words in context): the lines of a word or phrase, "
              "aligned on it, with its collocates", "Across articles"),
    KeyAction("cooccurring", "a", "appears with", "Appears with: the entities named in the same passages as the "
              "traced or chosen entity", "Across articles"),
    KeyAction("compare", "c", "compare", "Compare the passage with its best related passage (or the one chosen in "
              "the strip): what both say, what each adds", "Across articles"),
    # Entities: the one highlighted in the entities pane, else asked by name (curation.py)
    KeyAction("rename_entity", "R", "rename", "Rename an entity (its canonical name)", "Entities"),
    KeyAction("merge_entities", "plus", "merge", "Merge entities: + on one, then + on another merges it in "
              "(elsewhere: asks for the names)", "Entities"),
    KeyAction("split_entity", "S", "split", "Split an alias (with its mentions) out of an entity", "Entities"),
    KeyAction("ignore_entity", "I", "ignore", "Ignore a non-entity (it is no longer highlighted or traced)",
              "Entities"),
    KeyAction("undo_curation", "Z", "undo", "Undo the last entity curation (repeatable)", "Entities"),
    # History
    KeyAction("history_back", "alt+left,ctrl+o", "back", "Back in the jump history", "History", show=True,
              group=HISTORY, display="alt+← ctrl+o"),
    KeyAction("history_forward", "alt+right", "forward", "Forward in the jump history", "History", show=True,
              group=HISTORY, display="alt+→"),
    # Panes and the app
    KeyAction("next_pane", "tab", "pane", "Next pane", "Panes", priority=True, palette=False),
    KeyAction("previous_pane", "shift+tab", "pane", "Previous pane", "Panes", priority=True, palette=False),
    KeyAction("filter_entities", "f", "filter", "Filter the entities by type: person, organisation, place, all",
              "Panes"),
    KeyAction("focus_entities", "e", "entities", "Go to the entities of the article", "Panes"),
    KeyAction("step_out", "escape", "back out", "Step out: leave the search box, close the trace", "Panes",
              palette=False),
    KeyAction("export_view", "x", "export", "Export what the focused pane shows (results, trace, entities, "
              "article, marks) to a .csv, .md or .json file", "App"),
    KeyAction("help", "question_mark,f1", "help", "Show every key", "App", show=True),
    KeyAction("command_palette", "ctrl+p", "palette", "Command palette: open an article, trace an entity, theme",
              "App", palette=False),
    KeyAction("quit", "q", "quit", "Quit (ctrl+q anywhere)", "App", show=True, palette=False),
)

def bindings(scope: Scope) -> list[BindingType]:
    # ctrl+p is Textual's own palette binding; declared here only for help.
    return [a.binding() for a in ACTIONS if a.scope == scope and a.action != "command_palette"]


def sections() -> dict[str, list[KeyAction]]:
    out: dict[str, list[KeyAction]] = {}
    for c in ACTIONS:
        out.setdefault(c.section, []).append(c)
    return out
