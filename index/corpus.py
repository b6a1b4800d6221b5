"""Reading a corpus: a folder of .txt/.md/.jsonl files (searched recursively),
or a single file. Nothing here writes anywhere.

Article ids are paths relative to the corpus root in POSIX form; a record of a
.jsonl file is `file.jsonl#N` (N counting records from 0) unless it carries an
`id` of its own.
"""
from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from .errors import CorpusError
from .model import Article, Passage

TEXT_SUFFIXES = {".txt", ".md"}
JSONL_SUFFIXES = {".jsonl"}
HTML_SUFFIXES = {".html", ".htm"}
CORPUS_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES

TEXT_FIELDS = ("text", "body", "content")
TITLE_FIELDS = ("title", "headline")

Warn = Callable[[str], None]

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_LINE = re.compile(r"[^\n]*\S[^\n]*")  # a line with something on it
# When a detector cannot tell legacy code pages apart, Western ones are the likelier.
_PREFERRED_ON_TIE = ("cp1252", "latin_1", "iso8859_15")


@dataclass(frozen=True, slots=True)
class CorpusFile:
    """One file of the corpus as the manifest sees it."""
    path: Path
    rel: str  # POSIX path relative to the corpus root (the file name for a one-file corpus)
    size: int
    mtime_ns: int


def bundled_seeds() -> Path:
    """The bundled default corpus: `seeds/` beside the `index/` folder.

    Both layouts put it there: a source checkout or editable install
    (`<repo>/index`, `<repo>/seeds`) and a wheel (`corpus_tui/index`,
    `corpus_tui/seeds`). A path is used rather than importlib.resources
    because the folder is not a package.
    """
    return Path(__file__).resolve().parent.parent / "seeds"


def locate_corpus(path: str | os.PathLike | None) -> Path:
    """The corpus root for a user-given path (None = the bundled seeds)."""
    if path is None:
        return bundled_seeds()
    root = Path(path).expanduser()
    if not root.exists():
        raise CorpusError(f"no such corpus: {path}")
    root = root.resolve()
    if root.is_file() and root.suffix.lower() not in CORPUS_SUFFIXES:
        raise CorpusError(f"not a corpus: {path} (expected a folder, or a .txt, .md or .jsonl file)")
    if not root.is_file() and not root.is_dir():
        raise CorpusError(f"not a corpus: {path}")
    return root


def scan(root: Path, warn: Warn | None = None) -> list[CorpusFile]:
    """Every corpus file under `root`, sorted by relative path (the corpus order).

    Hidden files and folders (a leading dot) are passed over: they hold editor
    back-ups and version-control data, not articles.
    """
    return [CorpusFile(Path(full), rel, size, mtime_ns) for rel, full, size, mtime_ns in scan_stats(root, warn)]


def scan_stats(root: Path, warn: Warn | None = None) -> list[tuple[str, str, int, int]]:
    """`scan` as plain tuples (rel, full path, size, mtime_ns): what comparing a big
    corpus with the manifest needs, without a Path object per file (at 100k files
    those were most of the time of re-opening an unchanged index).

    Only regular files are taken: a FIFO or a device with a text file's name would
    block the reader forever. A file whose name is not valid UTF-8 cannot be an
    article id (ids are text in the index and in JSON): it is skipped, with `warn`."""
    if root.is_file():
        st = root.stat()
        return [(root.name, str(root), st.st_size, st.st_mtime_ns)]
    found: list[tuple[str, str, int, int]] = []

    def walk(folder: str, prefix: str) -> None:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            return
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            try:
                if entry.is_dir():
                    # Like os.walk: a symlinked folder is listed but not entered.
                    if not entry.is_symlink():
                        walk(entry.path, prefix + name + "/")
                    continue
                dot = name.rfind(".")
                if dot <= 0 or name[dot:].lower() not in CORPUS_SUFFIXES:
                    continue   # (os.path.splitext's generality cost a third of a 100k scan)
                st = entry.stat()
            except OSError:
                continue
            if not stat.S_ISREG(st.st_mode):
                if warn:
                    warn(f"skipped {prefix + name!r}: not a regular file")
                continue
            rel = prefix + name
            try:
                rel.encode("utf-8")
            except UnicodeEncodeError:
                if warn:
                    warn(f"skipped {rel.encode('utf-8', 'replace').decode()!r}: file name is not valid UTF-8")
                continue
            found.append((rel, entry.path, st.st_size, st.st_mtime_ns))

    walk(str(root), "")
    found.sort()
    return found


_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def file_hash(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def decode(data: bytes) -> str | None:
    """Text of a file's bytes: UTF-8 first, then a detected encoding; None for binary
    or undecodable data."""
    # A byte-order mark names the encoding; UTF-16 and UTF-32 text is full of NUL bytes,
    # so it is decoded before NULs are taken for a sign of binary data.
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding).replace("\r\n", "\n").replace("\r", "\n")
            except UnicodeDecodeError:
                return None
    if b"\x00" in data[:8192]:
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        matches = list(from_bytes(data))
        if not matches:
            return None
        best = matches[0]
        tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
        for preferred in _PREFERRED_ON_TIE:
            chosen = next((m for m in tied if preferred in m.could_be_from_charset), None)
            if chosen is not None:
                best = chosen
                break
        text = str(best)
    # Offsets must mean the same on every platform: one newline convention.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_passages(text: str) -> list[Passage]:
    """Passage 0 is the first line (the title line); then the paragraphs of the rest.

    Where the body has blank lines a paragraph is a block between them (hard-wrapped
    lines stay together); where it has none, every non-empty line is one. Offsets
    exclude the surrounding white space, so `text[start:end]` is the paragraph.
    """
    passages: list[Passage] = []
    first = _LINE.search(text)
    if first is None:
        return passages
    s, e = _strip_span(text, first.start(), first.end())
    passages.append(Passage(0, s, e))
    rest_start = first.end()
    rest = text[rest_start:]
    if _BLANK_LINE.search(rest.strip("\n")):
        blocks = _blocks_between_blank_lines(text, rest_start)
    else:
        blocks = ((rest_start + m.start(), rest_start + m.end()) for m in _LINE.finditer(rest))
    for bs, be in blocks:
        s, e = _strip_span(text, bs, be)
        if e > s:
            passages.append(Passage(len(passages), s, e))
    return passages


def _blocks_between_blank_lines(text: str, offset: int) -> Iterator[tuple[int, int]]:
    pos = offset
    for m in _BLANK_LINE.finditer(text, offset):
        yield pos, m.start()
        pos = m.end()
    yield pos, len(text)


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def make_article(article_id: str, text: str, title: str | None = None, source: str = "", date: str = "") -> Article:
    passages = split_passages(text)
    if title is None:
        title = text[passages[0].start:passages[0].end] if passages else ""
        title = title.lstrip("#").strip() if article_id.lower().endswith(".md") else title
    return Article(id=article_id, title=title, text=text, source=source, date=date, passages=passages)


def read_articles(cf: CorpusFile, data: bytes, warn: Warn) -> list[Article]:
    """The articles of one corpus file (already read into `data`)."""
    suffix = cf.path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return _read_jsonl(cf, data, warn)
    if suffix in HTML_SUFFIXES:
        return _read_html(cf, data, warn)
    text = decode(data)
    if text is None:
        warn(f"skipped {cf.rel}: binary or undecodable")
        return []
    if not text.strip():
        warn(f"skipped {cf.rel}: empty")
        return []
    header, body = split_header(text)
    if header and body.strip():
        # The header is not shown: the article is what follows it, offsets into that.
        return [make_article(cf.rel, body, source=header.get("source", ""), date=header.get("date", ""))]
    return [make_article(cf.rel, text)]


# A .txt or .md file may start with a header of "Field: value" lines (Date, Source,
# Author, Title), or with YAML front matter between "---" lines, then a blank line.
HEADER_LINES_MAX = 64
_HEADER_LINE = re.compile(r"^(date|source|author|title)\s*:\s*(.*?)\s*$", re.IGNORECASE)


def split_header(text: str) -> tuple[dict[str, str], str]:
    """The header fields of a text file and the text after the header; ({}, text) when
    the file has no header."""
    # Only the head is split: the last piece keeps the rest of the text whole, so a big
    # file costs no more than a small one (a header is a few lines).
    lines = text.split("\n", HEADER_LINES_MAX)
    front_matter = lines[0].strip() == "---"
    fields: dict[str, str] = {}
    index = 1 if front_matter else 0
    while index < len(lines):
        line = lines[index]
        if front_matter and line.strip() == "---":
            index += 1
            break
        if not front_matter and not line.strip():
            break
        m = _HEADER_LINE.match(line)
        if m is None:
            if front_matter:
                index += 1
                continue   # other front-matter keys are ignored
            return {}, text
        fields[m.group(1).lower()] = m.group(2).strip().strip("'\"")
        index += 1
    else:
        if front_matter:
            return {}, text   # no closing "---": not front matter
    if not fields or (not front_matter and index == 0):
        return {}, text
    body = "\n".join(lines[index:]).lstrip("\n")
    if "title" in fields and fields["title"]:
        body = f"{fields['title']}\n\n{body}"
    if "date" in fields:
        fields["date"] = _iso_date(fields["date"])
    return fields, body


def _iso_date(value: str) -> str:
    """A date as YYYY[-MM[-DD]] where it can be read as one; else as written."""
    m = re.match(r"^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?", value.strip())
    if not m:
        return value.strip()
    year, month, day = m.groups()
    return "-".join([year] + [f"{int(x):02d}" for x in (month, day) if x])


def _read_html(cf: CorpusFile, data: bytes, warn: Warn) -> list[Article]:
    from .html import extract_page

    page = extract_page(data)
    if page is None:
        warn(f"skipped {cf.rel}: no article text found in the page")
        return []
    return [make_article(cf.rel, page.shown_text(), title=page.title, source=page.source, date=page.date)]


def _read_jsonl(cf: CorpusFile, data: bytes, warn: Warn) -> list[Article]:
    text = decode(data)
    if text is None:
        warn(f"skipped {cf.rel}: binary or undecodable")
        return []
    articles: list[Article] = []
    seen: set[str] = set()
    bad = 0
    for n, line in enumerate(text.split("\n")):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError:
            bad += 1
            continue
        if not isinstance(record, dict):
            bad += 1
            continue
        body = _without_lone_surrogates(_first_str(record, TEXT_FIELDS))
        title = _without_lone_surrogates(_first_str(record, TITLE_FIELDS))
        if not body and not title:
            bad += 1
            continue
        own_id = record.get("id")
        article_id = _without_lone_surrogates(str(own_id)) if own_id not in (None, "") else f"{cf.rel}#{n}"
        if article_id in seen:
            article_id = f"{cf.rel}#{n}"
        seen.add(article_id)
        # The title is the first line of what is shown, so passage 0 is the title.
        heading = " ".join(title.split()) if title else None
        shown = f"{heading}\n\n{body.strip()}" if heading and body else (heading or body)
        articles.append(make_article(
            article_id, shown, title=heading,
            source=_without_lone_surrogates(str(record.get("source") or "")),
            date=_without_lone_surrogates(str(record.get("date") or "")),
        ))
    if bad:
        warn(f"{cf.rel}: skipped {bad} record(s) that are not JSON objects with a text or title")
    return articles


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_lone_surrogates(value: str) -> str:
    """JSON may escape half of a surrogate pair ("\\ud800"); such text cannot be encoded
    for the index, so the half character becomes U+FFFD instead of failing the corpus."""
    return _LONE_SURROGATE.sub("\ufffd", value)


def _first_str(record: dict, names: tuple[str, ...]) -> str:
    for name in names:
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            return value
    return ""


def load_corpus(path: str | os.PathLike | None, warn: Warn = lambda _m: None) -> list[Article]:
    """Every article of a corpus, in corpus order, without any index (for tests and tools)."""
    root = locate_corpus(path)
    articles: list[Article] = []
    for cf in scan(root):
        try:
            data = cf.path.read_bytes()
        except OSError as e:
            warn(f"skipped {cf.rel}: {e.strerror or e}")
            continue
        articles.extend(read_articles(cf, data, warn))
    return articles
