"""Trains the extractor's type model (index/extraction/type_model.py) on the development golds.

The examples are the names of the development golds' articles that the rules leave OTHER
for want of any evidence (`unexplained_names`, with the model off), each labelled with the
type its annotated mentions have most often, weighted by how many of them are annotated
(names no gold mention matches are left out: whether a name is one is not this model's
question). Only development golds are read, never the held-out one of the round.

    pip install -e ".[train]"
    python tests/data/train_type_model.py --cv    # leave-one-gold-out estimate, writes nothing
    python tests/data/train_type_model.py         # writes index/extraction/type_model.json

--cv trains on all golds but one and scores the one left out, for each gold in turn, and
reports how many annotated mentions of the unexplained names get their type right with the
model and without it (OTHER), and at which threshold.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from news_gold import NEWS_GOLD, NEWS_GZ, load  # noqa: E402

from corpus_tui.index.extraction import RuleExtractor  # noqa: E402
from corpus_tui.index.extraction.type_model import MODEL_FILE, name_features, unexplained_names  # noqa: E402

DEV_GOLDS = ["news_gold.json"] + [f"news_gold{n}.json" for n in range(2, 25)]
REGULARISATION = 10.0  # sklearn's C: chosen by --cv among 1, 3, 10, 30 and 100 (on golds 1-19: 679, 690, 710, 710, 712)
THRESHOLD = 0.5        # the least probability at which the model's type replaces OTHER (by --cv: 0.5, 0.6, 0.7)
SMALLEST_WEIGHT = 0.005


def examples() -> list[tuple[str, dict[str, float], str, int]]:
    """(gold file, features, type, annotated mentions) for every unexplained name."""
    extractor = RuleExtractor(learned_types=False)
    found = []
    for gold_name in DEV_GOLDS:
        gold, texts = load(NEWS_GOLD.with_name(gold_name))
        for article in gold["articles"]:
            text = texts[article.get("file", article["id"])]
            annotated = {(m["start"], m["end"]): m["type"] for m in article["mentions"]}
            mentions = extractor.raw_mentions(text)
            for group in unexplained_names(mentions).values():
                types = Counter(annotated[(m.start, m.end)] for m in group if (m.start, m.end) in annotated)
                if types:
                    found.append((gold_name, name_features(text, group, mentions), types.most_common(1)[0][0],
                                  sum(types.values())))
    return found


def fit(train):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectoriser = DictVectorizer()
    matrix = vectoriser.fit_transform([features for _gold, features, _type, _n in train])
    model = LogisticRegression(C=REGULARISATION, max_iter=5000)
    model.fit(matrix, [type_ for _gold, _features, type_, _n in train],
              sample_weight=[n for _gold, _features, _type, n in train])
    return vectoriser, model


def as_json(vectoriser, model) -> dict:
    weights = {}
    for feature, column in sorted(vectoriser.vocabulary_.items()):
        row = [round(float(w), 4) for w in model.coef_[:, column]]
        if max(abs(w) for w in row) >= SMALLEST_WEIGHT:
            weights[feature] = row
    return {"trained_on": DEV_GOLDS, "regularisation": REGULARISATION, "threshold": THRESHOLD,
            "types": [str(t) for t in model.classes_], "bias": [round(float(b), 4) for b in model.intercept_],
            "weights": weights}


def cross_validate(found) -> None:
    from corpus_tui.index.extraction.type_model import TypeModel

    for threshold in (0.5, 0.6, 0.7):
        right_without = right_with = total = 0
        for held_out in DEV_GOLDS:
            model = TypeModel.from_data(as_json(*fit([e for e in found if e[0] != held_out])), threshold)
            for _gold, features, type_, n in (e for e in found if e[0] == held_out):
                total += n
                right_without += n * (type_ == "OTHER")
                right_with += n * (model.type_of(features) == type_)
        print(f"threshold {threshold}: of {total} annotated mentions of unexplained names, "
              f"{right_without} typed right without the model, {right_with} with it")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="leave-one-gold-out estimate; writes nothing")
    args = parser.parse_args()
    if not NEWS_GZ.exists():
        sys.exit("../shared/data/news is absent: the golds read their text from there")
    found = examples()
    print(f"{len(found)} unexplained names, {sum(n for *_, n in found)} annotated mentions, "
          f"{Counter(t for _g, _f, t, _n in found)}")
    if args.cv:
        cross_validate(found)
        return
    data = as_json(*fit(found))
    weights = data.pop("weights")
    # One feature a line, so that a retrained model's diff reads.
    lines = [f"{json.dumps(feature)}: {json.dumps(row)}" for feature, row in weights.items()]
    head = json.dumps(data, sort_keys=True)[:-1]
    MODEL_FILE.write_text(head + ', "weights": {\n' + ",\n".join(lines) + "\n}}\n", encoding="utf-8")
    print(f"wrote {MODEL_FILE}")


if __name__ == "__main__":
    main()
