"""Ambiguity shown, not hidden: a name that several entities carry makes `find_entity`
raise `AmbiguousEntity` with the candidates; an entity id, a full name and an alias one
entity owns outright still resolve. On a small real index of text written here."""
from __future__ import annotations

import pytest

from corpus_tui.index.engine import CorpusIndex
from corpus_tui.index.errors import AmbiguousEntity, CorpusTuiError, UnknownEntity
from corpus_tui.index.resolution import KeyStat, candidates_for, find_entity, resolve_entities

# Two people share a surname; a company carries it as its own name too. Nobody here is real.
ARTICLES = {
    "a.txt": "Port deal signed\n\nMarta Quellwater, the port director, signed the deal on Monday.\n\n"
             "Quellwater said the harbour would reopen in spring.\n",
    "b.txt": "Rowing club wins\n\nTeodor Quellwater won the regional rowing title on Sunday.\n\n"
             "His coach said Teodor Quellwater had trained for years.\n",
    "c.txt": "Shares rise\n\nShares of Quellwater Holdings Inc rose on Tuesday after Brannock Freight Corp "
             "agreed to buy a stake.\n\nBrannock Freight Corp said the stake was worth 40 mln dlrs.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    root = tmp_path_factory.mktemp("ambiguity")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    ix = CorpusIndex.open(corpus, root / "index")
    yield ix
    ix.close()


def test_a_shared_surname_is_ambiguous_and_lists_the_candidates(index) -> None:
    with pytest.raises(AmbiguousEntity) as raised:
        index.find_entity("quellwater")
    error = raised.value
    assert isinstance(error, CorpusTuiError)   # the command line turns it into exit 2
    names = {candidate.name for candidate in error.candidates}
    assert {"Marta Quellwater", "Teodor Quellwater"} <= names
    assert all(candidate.id and candidate.type and candidate.articles >= 1 for candidate in error.candidates)
    message = str(error)
    assert "Marta Quellwater" in message and "Teodor Quellwater" in message and "PERSON" in message


def test_the_surname_does_not_silently_join_the_biggest_person(index) -> None:
    marta = index.find_entity("Marta Quellwater")
    teodor = index.find_entity("Teodor Quellwater")
    assert marta.id != teodor.id
    # Within its article the bare surname is Marta's; it is never given to Teodor.
    assert "Quellwater" not in teodor.aliases


def test_full_names_ids_and_owned_aliases_still_resolve(index) -> None:
    marta = index.find_entity("Marta Quellwater")
    assert index.find_entity(marta.id).id == marta.id
    for candidate in index.entities():
        assert index.find_entity(candidate.id).id == candidate.id   # an exact id always resolves
    buyer = index.find_entity("brannock freight corp")
    assert buyer.type == "ORG"
    assert index.find_entity("BRANNOCK FREIGHT CORP").id == buyer.id


def test_an_unknown_name_is_still_unknown(index) -> None:
    with pytest.raises(UnknownEntity):
        index.find_entity("Nobody Atall")


def test_library_lookup_lists_candidates_of_a_shared_name() -> None:
    def stat(key: str, form: str, entity_type: str, articles: int) -> KeyStat:
        return KeyStat(key, {entity_type: articles}, {form: articles}, articles, articles)   # type: ignore[dict-item]

    entities = resolve_entities([
        stat("anders brisk", "Anders Brisk", "PERSON", 9),
        stat("lena brisk", "Lena Brisk", "PERSON", 1),
        stat("brisk", "Brisk", "ORG", 3),
    ])
    # The biggest does not win silently: all three carry "Brisk".
    assert find_entity(entities, "Brisk") is None
    assert {e.name for e in candidates_for(entities, "brisk")} == {"Anders Brisk", "Lena Brisk", "Brisk"}
    assert find_entity(entities, "Lena Brisk").name == "Lena Brisk"


def test_the_command_line_lists_each_candidate_with_its_first_article(tmp_path) -> None:
    """Two Treasuries of two countries share a name and a type: each listed line says
    where it is first found; --json keeps the documented shape."""
    import json
    import subprocess
    import sys

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Varnland budget\n\nThe Treasury said Varnland would borrow more. "
                                  "Britain's economy grew, the UK said.\n", encoding="utf-8")
    (corpus / "b.txt").write_text("Notes sale\n\nThe U.S. Treasury said it would sell notes. "
                                  "The Treasury added that U.S. yields rose.\n", encoding="utf-8")
    command = [sys.executable, "-m", "corpus_tui.tui.cli", "trace", "Treasury", "--corpus", str(corpus),
               "--index", str(tmp_path / "index")]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2, result.stderr
    listed = [line for line in result.stderr.splitlines() if line.startswith("  ")]
    assert len(listed) == 2 and {line.split("first in ")[1] for line in listed} == {"'Varnland budget'",
                                                                                   "'Notes sale'"}
    result = subprocess.run([*command, "--json"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    document = json.loads(result.stdout)
    assert document["error"] == "ambiguous" and len(document["candidates"]) == 2
    assert all(set(c) == {"id", "name", "type", "aliases", "articles", "mentions"} for c in document["candidates"])
