"""Export of what a command (or a pane of the app) shows: CSV and Markdown beside JSON.

Every export starts from the command's documented JSON document (DESIGN.md), so the
three formats never disagree. CSV has a header row and one row per hit, mention, entity,
mark or line, with the JSON rows' field names (lists joined with "; "). Markdown is a
report for a person: a heading per article, passages quoted with their numbers.

No Textual here: the command line uses it, and its start-up time matters.
"""
from __future__ import annotations

import csv
import io
from typing import Any, Callable

FORMATS = ("text", "json", "csv", "md")
LIST_SEPARATOR = "; "

# The list of rows in each command's document, and its columns, in order.
ROWS: dict[str, tuple[str, tuple[str, ...]]] = {
    "search": ("hits", ("article", "title", "passage", "score", "snippet", "date", "source")),
    "entities": ("entities", ("id", "name", "type", "aliases", "articles", "mentions")),
    "trace": ("mentions", ("article", "title", "passage", "start", "end", "text", "context", "date", "source")),
    "related": ("related", ("article", "passage", "text", "score", "shared_entities", "shared_terms", "date",
                            "source", "also")),
    "marks": ("marks", ("article", "title", "passage", "text", "note")),
    "show": ("passages", ("passage", "start", "end", "text")),
    "kwic": ("lines", ("article", "title", "passage", "start", "end", "left", "match", "right")),
    "cooccur": ("cooccurring", ("id", "name", "type", "passages", "score")),
}


def _cell(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(str(v) for v in value)
    return "" if value is None else value


def to_csv(kind: str, document: dict[str, Any]) -> str:
    """The rows of `document` (the JSON of command `kind`) as CSV with a header row."""
    if kind not in ROWS:
        raise ValueError(f"no CSV form for {kind}")
    key, columns = ROWS[kind]
    rows = document[key]
    if kind == "cooccur":
        rows = [{**{k: r["entity"][k] for k in ("id", "name", "type")}, **r} for r in rows]
    if kind == "show":
        text = document["text"]
        rows = [{**p, "text": text[p["start"]:p["end"]]} for p in rows]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(column)) for column in columns])
    return out.getvalue()


def _quote(text: str) -> str:
    return "\n".join("> " + line if line.strip() else ">" for line in text.strip().splitlines()) or ">"


def _about(row: dict[str, Any]) -> str:
    known = [str(row[k]) for k in ("date", "source") if row.get(k)]
    return f" ({', '.join(known)})" if known else ""


def _by_article(rows: list[dict[str, Any]], render: Callable[[dict[str, Any]], str]) -> list[str]:
    """A heading per article (in the order they first appear), its rows below it."""
    lines: list[str] = []
    current = None
    for row in rows:
        if row["article"] != current:
            current = row["article"]
            title = row.get("title") or row["article"]
            lines += [f"## {title}{_about(row)}", "", f"`{row['article']}`", ""]
        lines += [render(row), ""]
    return lines


def _search_md(doc: dict[str, Any]) -> list[str]:
    lines = [f"# Search: {doc['query']}", "", f"{doc['total']} matching article(s).", ""]
    return lines + _by_article(doc["hits"],
                               lambda h: f"¶{h['passage']} (score {h['score']:.2f})\n\n{_quote(h['snippet'])}")


def _entity_line(entity: dict[str, Any]) -> str:
    return f"{entity['name']} ({entity['type']}; {entity['articles']} articles, {entity['mentions']} mentions)"


def _trace_md(doc: dict[str, Any]) -> list[str]:
    entity = doc["entity"]
    aliases = ", ".join(entity["aliases"])
    lines = [f"# Trace: {_entity_line(entity)}", "", f"Written as: {aliases}.", ""]
    return lines + _by_article(doc["mentions"], lambda m: f"¶{m['passage']}: **{m['text']}**\n\n{_quote(m['context'])}")


def _entities_md(doc: dict[str, Any]) -> list[str]:
    lines = ["# Entities", "", "| name | type | articles | mentions | aliases |", "|---|---|---:|---:|---|"]
    for e in doc["entities"]:
        aliases = LIST_SEPARATOR.join(e["aliases"]).replace("|", "\\|")
        lines.append(f"| {e['name']} | {e['type']} | {e['articles']} | {e['mentions']} | {aliases} |")
    return lines + [""]


def _related_md(doc: dict[str, Any]) -> list[str]:
    source = doc["passage"]
    lines = [f"# Related to ¶{source['passage']} of `{source['article']}`", "", _quote(source["text"]), ""]
    if not doc["related"]:
        return lines + ["Nothing closely related in other articles.", ""]

    def row(r: dict[str, Any]) -> str:
        why = LIST_SEPARATOR.join([*r["shared_entities"], *r["shared_terms"]])
        return f"¶{r['passage']} (score {r['score']:.2f}; shared: {why})\n\n{_quote(r['text'])}"

    return lines + _by_article(doc["related"], row)


def _marks_md(doc: dict[str, Any]) -> list[str]:
    lines = ["# Marks", ""]
    if not doc["marks"]:
        return lines + ["No marks.", ""]

    def row(m: dict[str, Any]) -> str:
        note = f"\n\nNote: {m['note']}" if m.get("note") else ""
        return f"¶{m['passage']}\n\n{_quote(m['text'])}{note}"

    return lines + _by_article(doc["marks"], row)


def _show_md(doc: dict[str, Any]) -> list[str]:
    lines = [f"# {doc['title']}{_about(doc)}", "", f"`{doc['article']}`", ""]
    for p in doc["passages"][1:]:
        lines += [f"¶{p['passage']}", "", _quote(doc["text"][p["start"]:p["end"]]), ""]
    return lines


def _kwic_md(doc: dict[str, Any]) -> list[str]:
    lines = [f"# Concordance: {doc['query']}", "", f"{doc['total']} match(es).", "",
             "| left | match | right | where |", "|---:|:---:|---|---|"]
    for line in doc["lines"]:
        cells = [line["left"], f"**{line['match']}**", line["right"], f"`{line['article']}` ¶{line['passage']}"]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    if doc["collocates"]:
        lines += ["", "Collocates: " + ", ".join(f"{c['term']} ({c['count']})" for c in doc["collocates"]) + "."]
    return lines + [""]


def _cooccur_md(doc: dict[str, Any]) -> list[str]:
    lines = [f"# Named with {_entity_line(doc['entity'])}", "", "| entity | type | passages | log-likelihood |",
             "|---|---|---:|---:|"]
    for c in doc["cooccurring"]:
        lines.append(f"| {c['entity']['name']} | {c['entity']['type']} | {c['passages']} | {c['score']:.1f} |")
    return lines + [""]


def _compare_md(doc: dict[str, Any]) -> list[str]:
    lines = ["# Compare", ""]
    for side, own in (("a", "only_a"), ("b", "only_b")):
        p = doc[side]
        lines += [f"## `{p['article']}` ¶{p['passage']}", "", _quote(p["text"]), ""]
        if doc[own]:
            lines += ["Only here: " + "; ".join(f"{i['text']} ({i['kind']})" for i in doc[own]) + ".", ""]
    if doc["shared"]:
        lines += ["Both say: " + "; ".join(f"{i['text']} ({i['kind']})" for i in doc["shared"]) + ".", ""]
    return lines


MARKDOWN: dict[str, Callable[[dict[str, Any]], list[str]]] = {
    "search": _search_md, "trace": _trace_md, "entities": _entities_md, "related": _related_md,
    "marks": _marks_md, "show": _show_md, "kwic": _kwic_md, "cooccur": _cooccur_md, "compare": _compare_md,
}


def to_markdown(kind: str, document: dict[str, Any]) -> str:
    """A readable report of `document` (the JSON of command `kind`)."""
    return "\n".join(MARKDOWN[kind](document)).rstrip() + "\n"


def supports(kind: str, fmt: str) -> bool:
    return fmt in ("text", "json") or (fmt == "csv" and kind in ROWS) or (fmt == "md" and kind in MARKDOWN)
