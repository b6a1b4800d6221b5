"""Small modal questions the app asks: a line of text (a note, a file name, a new name)
and a choice from a list (which entity, which alias). Escape answers None: nothing is
done unless the user confirmed with Enter."""
from __future__ import annotations

import asyncio
from typing import Any, Callable, Coroutine, TypeVar, cast

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from corpus_tui.index.errors import CorpusTuiError

T = TypeVar("T")
R = TypeVar("R")

PROMPT_CSS = """
TextPrompt, ChoicePrompt { align: center middle; }
TextPrompt > Vertical, ChoicePrompt > Vertical {
    width: 70%; max-width: 90; height: auto; max-height: 80%;
    border: round $accent; background: $surface; padding: 0 1;
}
TextPrompt Input { margin: 1 0 0 0; }
ChoicePrompt OptionList { height: auto; max-height: 20; border: none; }
.prompt-hint { color: $text-muted; height: auto; }
"""

# The app a dialogue runs in: the `App`, or the reader's action mixins (`reader.Reader`,
# which name the app through a Protocol, not by importing it). Both have push_screen,
# notify and run_worker; typed loosely here, since Textual's own signatures are long.
Host = Any


class TextPrompt(ModalScreen[str | None]):
    """Ask for a line of text: Enter answers it (stripped), Escape answers None."""

    DEFAULT_CSS = PROMPT_CSS
    BINDINGS = [Binding("escape", "cancel", "cancel", id="prompt_cancel")]

    def __init__(self, title: str, value: str = "", hint: str = "", placeholder: str = ""):
        super().__init__()
        self.title_text = title
        self.value = value
        self.hint = hint
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = self.title_text
            box.border_subtitle = "Enter confirms · esc cancels"
            yield Input(self.value, placeholder=self.placeholder, id="prompt-input")
            if self.hint:
                yield Static(self.hint, markup=False, classes="prompt-hint")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)


class ChoicePrompt(ModalScreen[int | None]):
    """Ask which one of `choices`: Enter answers its index, Escape answers None."""

    DEFAULT_CSS = PROMPT_CSS
    BINDINGS = [Binding("escape", "cancel", "cancel", id="choice_cancel"),
                Binding("j", "down", show=False, id="choice_down"),
                Binding("k", "up", show=False, id="choice_up")]

    def __init__(self, title: str, choices: list[str | Content], hint: str = ""):
        super().__init__()
        self.title_text = title
        self.choices = choices
        self.hint = hint

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = self.title_text
            box.border_subtitle = "Enter chooses · esc cancels"
            if self.hint:
                yield Static(self.hint, markup=False, classes="prompt-hint")
            yield OptionList(*[Option(c if isinstance(c, Content) else Content(c)) for c in self.choices],
                             id="choices")

    def on_mount(self) -> None:
        choices = self.query_one(OptionList)
        choices.focus()
        if choices.option_count:
            choices.highlighted = 0

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option_index)

    def action_down(self) -> None:
        self.query_one(OptionList).action_cursor_down()

    def action_up(self) -> None:
        self.query_one(OptionList).action_cursor_up()

    def action_cancel(self) -> None:
        self.dismiss(None)


# -- dialogues: a few questions in a row, then the work --------------------------------------
#
# A dialogue runs as an asyncio task, not a Textual worker: it waits for the user, and
# waiting for workers must mean waiting for work (the tests settle on it). Its engine
# calls run in thread workers (`in_thread`), so those are waited for like any other.

_RUNNING: set[asyncio.Task[None]] = set()


def ask(app: Host, screen: Screen[T]) -> asyncio.Future[T | None]:
    """Show `screen`; the future is its answer."""
    future: asyncio.Future[T | None] = asyncio.get_running_loop().create_future()

    def answered(result: T | None) -> None:
        if not future.done():
            future.set_result(result)

    app.push_screen(screen, callback=answered)
    return future


def dialogue(app: Host, steps: Coroutine[Any, Any, None]) -> None:
    """Run `steps` (questions and work) beside the app; a failure is a message."""
    task = asyncio.create_task(steps)
    _RUNNING.add(task)

    def done(finished: asyncio.Task[None]) -> None:
        _RUNNING.discard(finished)
        if not finished.cancelled() and finished.exception() is not None:
            error = finished.exception()
            app.notify(f"{type(error).__name__}: {error}", severity="error", timeout=8)

    task.add_done_callback(done)


async def in_thread(app: Host, work: Callable[[], R], group: str) -> R:
    """`work()` in a thread worker; what it raises (a user's error) is raised here."""
    def guarded() -> tuple[R | None, Exception | None]:
        try:
            return work(), None
        except (CorpusTuiError, OSError, ValueError) as e:
            return None, e

    result, error = await app.run_worker(guarded, thread=True, group=group, exit_on_error=False).wait()
    if error is not None:
        raise error
    return cast(R, result)
