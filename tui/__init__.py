"""The corpus-tui command line and Textual app."""
