"""The reader's panes, one module each. A pane draws its own content, handles its own
keys and reports what happened as a message of `tui/messages.py`; only the app routes."""
