#!/usr/bin/env bash
# Drives the installed `corpus-tui` in tmux like a person, at 80x24 and 160x45, on
# the bundled seeds (or on $1), with a throw-away cache folder. Not run by pytest:
#   bash tests/smoke_tmux.sh [CORPUS]
# Exits non-zero with the screen printed when something expected is not on it.
set -euo pipefail
command -v tmux >/dev/null || { echo "smoke_tmux: tmux is not installed" >&2; exit 2; }
command -v corpus-tui >/dev/null || { echo "smoke_tmux: corpus-tui is not installed" >&2; exit 2; }

CORPUS="${1:-}"
export XDG_CACHE_HOME="$(mktemp -d)"
SESSION="corpus-tui-smoke-$$"
trap 'tmux kill-session -t "$SESSION" 2>/dev/null || true; rm -rf "$XDG_CACHE_HOME"' EXIT

screen() { tmux capture-pane -p -t "$SESSION"; }

# Waits up to 20 s for a text to be on screen.
expect() {
    for _ in $(seq 1 80); do
        if screen | grep -qF -- "$1"; then return 0; fi
        sleep 0.25
    done
    echo "smoke_tmux: FAILED at ${SIZE}: expected '$1' on screen:" >&2
    screen >&2
    exit 1
}

keys() { tmux send-keys -t "$SESSION" "$@"; sleep 0.4; }

for SIZE in 80x24 160x45; do
    tmux new-session -d -s "$SESSION" -x "${SIZE%x*}" -y "${SIZE#*x}" \
        "env XDG_CACHE_HOME=$XDG_CACHE_HOME corpus-tui $CORPUS; sleep 5"
    # tmux would otherwise read Escape and the next key as one alt+key.
    tmux set-option -s escape-time 0
    expect "Search"
    expect "¶0/"                      # the first article is open, cursor on its title
    keys j j
    expect "¶2/"                      # j moves passage by passage
    expect "Related to ¶2"            # the strip follows the cursor
    keys /
    keys S h o i g u
    expect "article(s)"               # search as you type
    keys Enter
    keys n
    keys t
    expect "Trace:"                   # t traces the entity under the cursor
    keys o
    keys Escape
    expect "Related"
    keys ']'
    keys C-o                          # back in history
    keys '?'
    expect "Next passage"             # the help screen
    keys Escape
    keys e
    expect "here ·"                   # the entities pane (swapped in at 80 columns)
    keys Escape
    sleep 0.3
    keys q                            # apart from Escape: ESC then q would read as alt+q
    for _ in $(seq 1 20); do screen | grep -qF "Search ·" || break; sleep 0.25; done
    if screen | grep -qF "Search ·"; then echo "smoke_tmux: q did not quit at $SIZE" >&2; exit 1; fi
    tmux kill-session -t "$SESSION" 2>/dev/null || true
    echo "smoke_tmux: $SIZE ok"
done
