"""The corpus-tui engine: corpus loading, the Whoosh passage index, search,
entities and related passages. Nothing in this package imports Textual."""
