"""Trains the choice of the shown passage of a related article (index/passage_pick.py) on
the labelled pairs of the development sets.

For every labelled pair, asked both ways, `related` scores the passages of the other
article; where the labelled partner passage is among them, that article's passages are one
example group: the partner against each of the others (a pairwise logistic model without
intercept, on features scaled by their mean absolute difference). Only development sets are
read, never the held-out one of the round. Needs ../shared/data/news beside the checkout.

    pip install -e ".[train]"
    python tests/data/train_passage_pick.py --cv   # leave-one-set-out estimate, writes nothing
    python tests/data/train_passage_pick.py        # the same estimate, then writes index/passage_pick.json

The estimate trains on all sets but one and scores the one left out, for each set in turn: how
often the shown passage of the partner's article is the partner, where that article is in the
top 3, with the rule's pick and with the model's.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from test_related_news_eval import NEWS, load_labels, write_eval_corpus  # noqa: E402

from corpus_tui.index.engine import CorpusIndex  # noqa: E402
from corpus_tui.index.passage_pick import FEATURES, MODEL_FILE, PassagePick, pick_features  # noqa: E402
from corpus_tui.index.related import related_passages  # noqa: E402

DEV_SETS = ["related_pairs_news.json"] + [f"related_pairs_news{n}.json" for n in range(2, 23)]
REGULARISATION = 1.0   # sklearn's C (0.1, 1 and 10 picked equally well, leaving each set out in turn)


def groups(work: Path) -> list[dict]:
    """One example group per asked pair whose partner passage was scored."""
    found = []
    for name in DEV_SETS:
        labels = load_labels(HERE / name)
        folder = work / name.removesuffix(".json")
        corpus = folder / "corpus" / "news_eval.jsonl"
        if not corpus.exists():
            write_eval_corpus(labels, corpus)
        with CorpusIndex.open(corpus, folder / "ix") as ix:
            asks = [(x, y) for pair in labels["pairs"] for x, y in ((pair["a"], pair["b"]), (pair["b"], pair["a"]))]
            ix.related(asks[0][0]["article"], asks[0][0]["passage"])   # (brings the entity clusters up to date)
            for asked, partner in asks:
                scored: dict = {}
                listed = related_passages(ix.search_backend, ix.store, ix.article(asked["article"]), asked["passage"],
                                          limit=10, candidates_out=scored, learned_pick=False).related
                group = scored.get(partner["article"], [])
                labels_of = [c.passage == partner["passage"] for c in group]
                if not any(labels_of):
                    continue
                top3 = [r.article for r in listed[:3]]
                shown = next((r.passage for r in listed[:3] if r.article == partner["article"]), None)
                found.append({"set": name, "group": group, "y": np.array(labels_of),
                              "X": np.array(pick_features(group), dtype=float),
                              "in_top3": partner["article"] in top3, "shown_right": shown == partner["passage"]})
        print(f"{name}: {len(found)} groups so far", flush=True)
    return found


def fit(train: list[dict]) -> tuple[dict[str, float], dict[str, float]]:
    """Weights and scales by feature name."""
    diffs, ys = [], []
    for g in train:
        for i in np.flatnonzero(g["y"]):
            for j in np.flatnonzero(~g["y"]):
                diffs.append(g["X"][i] - g["X"][j])
                diffs.append(g["X"][j] - g["X"][i])
                ys += [1, 0]
    D = np.array(diffs)
    scale = np.abs(D).mean(axis=0) + 1e-9
    model = LogisticRegression(C=REGULARISATION, fit_intercept=False, max_iter=5000).fit(D / scale, ys)
    return (dict(zip(FEATURES, map(float, model.coef_[0]), strict=True)),
            dict(zip(FEATURES, map(float, scale), strict=True)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cv", action="store_true", help="only the estimate (one set left out in turn); write nothing")
    parser.add_argument("--work", type=Path, help="a folder to keep the sets' indexes in between runs")
    args = parser.parse_args()
    if not NEWS.exists():
        sys.exit("../shared/data/news is absent: the labelled pairs read their text from there")
    with tempfile.TemporaryDirectory() as tmp:
        examples = groups(args.work or Path(tmp))
    print(f"{len(examples)} groups, {sum(len(g['y']) for g in examples)} passages")
    rule = model_right = asked = 0
    for name in DEV_SETS:
        weights, scale = fit([g for g in examples if g["set"] != name])
        pick = PassagePick(weights, scale)
        for g in examples:
            if g["set"] == name and g["in_top3"]:
                asked += 1
                rule += g["shown_right"]
                model_right += bool(g["y"][pick.choose(g["group"])])
    print(f"partner's article in the top 3: {asked}; shown passage right: the rule's {rule / asked:.3f}, "
          f"the model's, its set left out of training, {model_right / asked:.3f}")
    if args.cv:
        return
    weights, scale = fit(examples)
    MODEL_FILE.write_text(json.dumps({"features": list(FEATURES), "weights": weights, "scale": scale},
                                     indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {MODEL_FILE}")


if __name__ == "__main__":
    main()
