"""The learned type model: it types only the names no rule explains, only where it is
confident, evidence elsewhere outvotes it, and its features and shipped weights name no
one. Names are made up."""
from __future__ import annotations

import json
import re

from corpus_tui.index.engine import CorpusIndex
from corpus_tui.index.extraction import RuleExtractor, default_extractor
from corpus_tui.index.extraction.type_model import (
    MODEL_FILE,
    TypeModel,
    name_features,
    type_model,
    type_unexplained_names,
    unexplained_names,
)
from corpus_tui.index.resolution import KeyStat, resolve_entities
from corpus_tui.index.resolution.keys import dominant_type

RULES = RuleExtractor(learned_types=False)
TEXT = ("Mr Smith visited the Drelling factory in Zamport, where Zamport residents met him. "
        "Shares of Veltronics Corp rose.")


def test_only_names_that_nothing_explains_are_the_models_to_type() -> None:
    mentions = RULES.raw_mentions(TEXT)
    unexplained = unexplained_names(mentions)
    assert "zamport" in unexplained and len(unexplained["zamport"]) == 2
    # A company's suffix and a title are evidence: the model never sees those names.
    assert not {"veltronics corp", "veltronics", "smith"} & set(unexplained)


def test_a_confident_model_types_every_mention_of_the_name_and_an_unsure_one_leaves_it() -> None:
    sure = TypeModel(("ORG", "OTHER", "PERSON", "PLACE"), (0.0, 0.0, 0.0, 0.0),
                     {"after=residents": (0.0, 0.0, 0.0, 5.0)}, threshold=0.6)
    mentions = RULES.raw_mentions(TEXT)
    type_unexplained_names(TEXT, mentions, sure)
    assert [m.type for m in mentions if m.key == "zamport"] == ["PLACE", "PLACE"]
    assert next(m.type for m in mentions if m.key == "veltronics corp") == "ORG"

    unsure = TypeModel(sure.types, sure.bias, {"after=residents": (0.0, 0.0, 0.0, 0.5)}, threshold=0.6)
    mentions = RULES.raw_mentions(TEXT)
    type_unexplained_names(TEXT, mentions, unsure)
    assert [m.type for m in mentions if m.key == "zamport"] == ["OTHER", "OTHER"]


def test_probabilities_are_a_softmax_over_the_types() -> None:
    model = TypeModel(("ORG", "OTHER"), (0.0, 0.0), {"words=1": (1.0, -1.0)}, threshold=0.6)
    probabilities = model.probabilities({"words=1": 1.0, "unknown feature": 3.0})
    assert abs(sum(probabilities.values()) - 1.0) < 1e-9
    assert probabilities["ORG"] > 0.85 and model.type_of({"words=1": 1.0}) == "ORG"
    assert model.type_of({}) == "OTHER"   # a tie is no confidence


def test_the_features_hold_no_word_of_a_name_nor_a_capitalised_word_around_it() -> None:
    text = "Analysts at Brimwell said on Tuesday that Brimwell, Quarsh and Old Fennick would merge."
    article = RULES.raw_mentions(text)
    mentions = [m for m in article if m.key == "brimwell"]
    features = name_features(text, mentions, article)
    assert features["words=1"] == 2.0   # a sum over the name's two mentions
    assert not [f for f in features if re.search("brimwell|quarsh|fennick|tuesday", f, re.I)]
    # (a sentence's first word, "Analysts", is capitalised too: no word then, only its capital)
    assert {"before=<Cap> at", "before=<Cap> that", "after=said on", "after=, <Cap>"} <= set(features)


def test_the_shipped_weights_are_of_features_that_name_no_one() -> None:
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert data["types"] == ["ORG", "OTHER", "PERSON", "PLACE"] and 0.5 <= data["threshold"] < 1.0
    assert all(name.startswith("news_gold") for name in data["trained_on"])
    allowed = re.compile(r"words=\d|capitals|listed with=(ORG|PERSON|PLACE|OTHER)"
                         r"|(first|middle|last):(shape=\S+|band=\d|given|place|ends=[^A-Z]{2,3})"
                         r"|next pronoun=(person|it|they)|opens sentence"
                         r"|(before|after)=([^A-Z\s]+|<Cap>|<rare>|<num>)( ([^A-Z\s]+|<Cap>|<rare>|<num>))?")
    assert [feature for feature in data["weights"] if not allowed.fullmatch(feature)] == []
    model = type_model()
    assert len(model.weights) == len(data["weights"]) and all(len(row) == 4 for row in model.weights.values())


def test_the_types_of_the_names_listed_beside_a_name_are_features() -> None:
    text = "Talks between Acme Corp, Brimwell, Varlex Inc and others ended. Mr Quarsh or Brimwell will sign."
    article = RULES.raw_mentions(text)
    features = name_features(text, [m for m in article if m.key == "brimwell"], article)
    assert features["listed with=ORG"] == 2.0 and features["listed with=PERSON"] == 1.0


def test_the_pronoun_that_next_follows_a_name_in_its_paragraph_is_a_feature() -> None:
    text = ("Brimwell has named a new chief to run it. Quarsh said they were pleased.\n\n"
            "Shares of Brimwell rose.\n\nHe left.")
    article = RULES.raw_mentions(text)
    features = name_features(text, [m for m in article if m.key == "brimwell"], article)
    # (the second mention's paragraph ends before "He": no pronoun for it)
    assert features["next pronoun=it"] == 1.0 and "next pronoun=person" not in features
    features = name_features(text, [m for m in article if m.key == "quarsh"], article)
    assert features["next pronoun=they"] == 1.0


def test_opening_a_sentence_or_a_line_is_a_feature() -> None:
    # (a capital there is the sentence's: it says nothing of the name)
    text = 'Brimwell Board rules\n\nBrimwell Board said. Staff at Brimwell Board and "Brimwell Board" agreed.'
    article = RULES.raw_mentions(text)
    features = name_features(text, [m for m in article if m.key == "brimwell board"], article)
    assert features["opens sentence"] == 2.0


def test_the_default_extractor_applies_the_shipped_model() -> None:
    # "in X", "X residents": the rules have no cue for an unknown town, the model has learned one.
    assert RULES.extract(TEXT)[2].type == "OTHER"
    typed = {m.text: m.type for m in default_extractor().extract(TEXT)}
    assert typed["Zamport"] == "PLACE" and typed["Veltronics Corp"] == "ORG"


def test_evidence_anywhere_outvotes_the_models_guesses() -> None:
    assert dominant_type({"ORG": 1}, {"PLACE": 5}) == "ORG"
    assert dominant_type({"OTHER": 3}, {"PERSON": 1}) == "PERSON"
    assert dominant_type({}, {"PLACE": 2, "ORG": 1}) == "PLACE"
    assert dominant_type({"OTHER": 3}, {}) == "OTHER"
    evidenced = KeyStat("varnby", {"ORG": 1}, {"Varnby": 6}, 6, 3, guessed_types={"PLACE": 5})
    guessed_only = KeyStat("zamport", {}, {"Zamport": 2}, 2, 1, guessed_types={"PLACE": 2})
    assert {e.name: e.type for e in resolve_entities([evidenced, guessed_only])} == {"Varnby": "ORG",
                                                                                   "Zamport": "PLACE"}


def test_the_index_keeps_which_types_are_guesses(tmp_path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    # The model guesses "Zamport" a place twice in the first article; the second has evidence,
    # once, of a firm: the evidence decides.
    (corpus / "one.txt").write_text("Visit\n\n" + TEXT + "\n", encoding="utf-8")
    (corpus / "two.txt").write_text("Results\n\nShares of Zamport rose 4 pct on the day.\n", encoding="utf-8")
    with CorpusIndex.open(corpus, tmp_path / "index") as ix:
        stored = {(row.text, row.guessed) for row in ix.store.mentions_of_article("one.txt")}
        assert {("Zamport", True), ("Veltronics Corp", False)} <= stored
        assert ix.find_entity("Zamport").type == "ORG"
