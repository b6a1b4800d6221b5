"""What the builders of our own multi-outlet related sets share (build_related_own3.py,
build_related_own4.py): the passage split, the content words that tell a paraphrase (at most
two shared), the checks of every label and the labels file's form. Standard library only.
"""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

STOP = set("""
a about above after again against all almost also am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from further
had has have having he her here hers him his how i if in into is it its itself just me more most my
no nor not now of off on once only or other our out over own same she should so some such than that
the their them then there these they this those through to too under until up very was we were what
when where which while who whom why will with would you your said says say told tell according
""".split())


def split_passages(text: str) -> list[str]:
    """Passage 0 is the first (title) line; then one passage per blank-line-separated block."""
    first, _, rest = text.partition("\n")
    blocks = [block.strip() for block in re.split(r"\n[ \t]*\n", rest)]
    return [first.strip()] + [block for block in blocks if block]


def content_words(text: str) -> set[str]:
    """Lower-cased word and number tokens, stop words dropped, possessive and plural -s stripped."""
    words = set()
    for token in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?|\d+(?:[.,]\d+)*", text.lower()):
        token = token.removesuffix("'s")
        if token in STOP:
            continue
        if len(token) > 3 and token.endswith("s") and not token.endswith("ss"):
            token = token[:-1]
        if token not in STOP and len(token) > 1:
            words.add(token)
    return words


def build(folder: Path, art: dict[str, str], stories: dict[str, list[str]], distractors: list[str],
          labelled_pairs: list[tuple], labelled_none: list[tuple], source: str, procedure: str) -> dict:
    """The labels file's content from a builder's tables, every label checked (see the
    builders' docstrings)."""
    files = sorted(p.name for p in folder.glob("*.txt"))
    assert sorted(art.values()) == files, set(art.values()) ^ set(files)
    texts = {key: (folder / name).read_text(encoding="utf-8") for key, name in art.items()}
    passages = {key: split_passages(text) for key, text in texts.items()}
    story_keys = [k for keys in stories.values() for k in keys]
    assert sorted(story_keys + distractors) == sorted(art), "every article is in one story or a distractor"

    def check(key: str, passage: int) -> None:
        assert key in art, key
        assert 1 <= passage < len(passages[key]), (key, passage, len(passages[key]))

    story_of = {k: s for s, keys in stories.items() for k in keys}
    seen = set()
    for a, ap, b, bp, para, _ in labelled_pairs:
        assert a != b, (a, b)
        assert story_of.get(a) is not None and story_of.get(a) == story_of.get(b), (a, b)
        check(a, ap)
        check(b, bp)
        key = frozenset([(a, ap), (b, bp)])
        assert key not in seen, (a, ap, b, bp)
        seen.add(key)
        shared = content_words(passages[a][ap]) & content_words(passages[b][bp])
        if para:
            assert len(shared) <= 2, (a, ap, b, bp, sorted(shared))
        else:
            assert len(shared) >= 3, (a, ap, b, bp, sorted(shared))
    in_pairs = {(a, ap) for a, ap, *_ in labelled_pairs} | {(b, bp) for _, _, b, bp, *_ in labelled_pairs}
    assert len({(a, p) for a, p, _ in labelled_none}) == len(labelled_none)
    for a, p, _ in labelled_none:
        check(a, p)
        assert (a, p) not in in_pairs, (a, p)

    pairs = [{"a": {"article": art[a], "passage": ap}, "b": {"article": art[b], "passage": bp},
              "why": why, "paraphrase": para, "split": "test"}
             for a, ap, b, bp, para, why in labelled_pairs]
    nones = [{"article": art[a], "passage": p, "none": True, "why": why, "split": "test"} for a, p, why in labelled_none]
    digest = hashlib.sha256()
    for name in files:
        digest.update(name.encode("utf-8") + b"\0" + (folder / name).read_bytes() + b"\0")

    def count(split: str) -> dict:
        ps = [p for p in pairs if p["split"] == split]
        return {"pairs": len(ps), "paraphrase": sum(p["paraphrase"] for p in ps),
                "none": sum(n["split"] == split for n in nones)}

    header = {
        "source": source,
        "articles_sha256": digest.hexdigest(),
        "split": "all test (held-out set: no dev half; nobody tunes on it before it is scored; measure rarely)",
        "procedure": procedure,
        "passages": "passage 0 is the title line of 'title\\n\\nbody'; then one per blank-line-separated block",
        "stories": {s: [art[k] for k in keys] for s, keys in stories.items()},
        "distractors": [art[k] for k in distractors],
        "counts": {"articles": len(art), "story_articles": len(story_keys), "distractor_articles": len(distractors),
                   "labelled_articles": len({k for a, _, b, *_ in labelled_pairs for k in (a, b)} | {a for a, _, _ in labelled_none}),
                   "stories": len(stories), "pairs": len(pairs),
                   "paraphrase": sum(p["paraphrase"] for p in pairs), "none": len(nones),
                   "none_from_distractors": sum(a in distractors for a, _, _ in labelled_none),
                   "dev": count("dev"), "test": count("test")},
    }
    return {"header": header, "corpus": files, "pairs": pairs, "none": nones}


def write(out: Path, data: dict) -> None:
    out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out}: {json.dumps(data['header']['counts'])}")
