"""Saved news pages (.html, .htm): the article in them, without the page around it.

trafilatura finds the article body (navigation, footers, comments and other boilerplate
dropped), its title, date, author and site name; the charset comes from the page (its
meta tag or the bytes). What is shown is the title line, then one paragraph per block,
separated by blank lines, so passages and offsets work as for a text file.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PageArticle:
    title: str
    paragraphs: list[str]
    date: str      # ISO date (YYYY-MM-DD) or ""
    author: str
    source: str    # the site's name, else its host name, else ""

    def shown_text(self) -> str:
        return "\n\n".join([self.title, *self.paragraphs]) if self.title else "\n\n".join(self.paragraphs)


def extract_page(data: bytes) -> PageArticle | None:
    """The article of an HTML page, or None when the page holds no article text."""
    import trafilatura

    try:
        found = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False,
                                            include_tables=False, favor_precision=True)
    except Exception:  # noqa: BLE001 - a malformed page is skipped, whatever the parser raised
        return None
    if found is None:
        return None
    fields = found.as_dict() if hasattr(found, "as_dict") else dict(found)
    lines = [" ".join(line.split()) for line in (fields.get("text") or "").splitlines()]
    paragraphs = [line for line in lines if line]
    title = " ".join((fields.get("title") or "").split())
    if paragraphs and title and paragraphs[0] == title:
        paragraphs = paragraphs[1:]   # the page's own heading repeats the title
    if not paragraphs:
        return None
    if not title:
        title, paragraphs = paragraphs[0], paragraphs[1:]
    source = fields.get("sitename") or fields.get("hostname") or ""
    return PageArticle(title=title, paragraphs=paragraphs, date=(fields.get("date") or "")[:10],
                       author=fields.get("author") or "", source=" ".join(source.split()))
