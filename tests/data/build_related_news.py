"""Builds data/related_pairs_news.json: hand-labelled related-passage pairs and
no-counterpart passages on real news (../shared/data/news/articles.jsonl.gz,
BBC 2004-5 and Reuters-21578; see its SOURCE.md). Issue 11, item 5.

Only article ids, passage numbers, labels and a short "why" in our own words are
stored here; the text is read from the news file at test time.

Procedure (how the labels were made):

1. Candidates: throwaway scripts listed article pairs that share several rare
   capitalised names and numbers (Reuters items on one event on nearby dates,
   BBC follow-ups); the project's own `related` was not used to find or choose
   anything. Each pair below was read in full and labelled by hand: passage A
   and passage B report the same fact. `paraphrase` marks pairs that state it
   in other words and share few rare words (other verbs, a number written
   another way, a statement reported in other terms): at most three shared
   words rarer than 300 passages of the news file, most of them one or none.
2. The eval corpus was then fixed: every article of a pair, plus DISTRACTORS
   articles drawn with random.Random(SEED).sample from all other ids (sorted).
3. Only then were the no-counterpart passages chosen from that corpus (from
   distractors and from labelled articles alike): passages whose fact no other
   article of the corpus reports, checked by searching every corpus article for
   the passage's names and numbers (and reading the few near misses).
4. Split: paraphrase pairs, other pairs and no-counterpart passages are each
   shuffled with random.Random(SPLIT_SEED) and dealt alternately to "dev" and
   "test", so each half has its share of every kind.

Passage numbers are those of the engine: an article's shown text is the title
(whitespace collapsed), a blank line, then the stripped body; passage 0 is the
title line, then one passage per blank-line-separated block.

    python tests/data/build_related_news.py [--news PATH]
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
from pathlib import Path

from corpus_tui.index.corpus import split_passages

HERE = Path(__file__).resolve().parent
NEWS = HERE.parents[2] / "shared" / "data" / "news" / "articles.jsonl.gz"
OUT = HERE / "related_pairs_news.json"
SEED = 11
DISTRACTORS = 400
SPLIT_SEED = 11

# (article A, passage, article B, passage, paraphrase, why)
PAIRS = [
    ("reuters-10297", 1, "reuters-10341", 4, False, "Japan's February current account surplus and its comparison figures"),
    ("reuters-10297", 10, "reuters-10341", 5, False, "seasonally adjusted trade surplus slipped from January's record"),
    ("reuters-5554", 1, "reuters-5929", 7, False, "finance minister: the rating cut should not be over-dramatised"),
    ("reuters-5554", 2, "reuters-5929", 2, False, "S and P lowered Denmark's long-term external debt one notch to AA"),
    ("reuters-5554", 6, "reuters-5929", 2, True, "the agency's reason: labour costs hurt competitiveness, so the deficit and debt grow"),
    ("reuters-5554", 7, "reuters-5929", 6, True, "Denmark's total foreign debt at the end of 1986 (about 260-265 billion, figure given differently)"),
    ("reuters-5554", 7, "reuters-5929", 5, False, "the 1986 current account deficit hit a record"),
    ("reuters-9209", 5, "reuters-9882", 5, False, "losing Ouadi Doum left Libya without its only hard runway in Chad"),
    ("reuters-9209", 1, "reuters-9882", 4, True, "Chadian forces took Libya's main air base in the north on Sunday"),
    ("reuters-17142", 3, "reuters-17154", 1, True, "the Mexican and Peruvian central bank chiefs held talks in Mexico City"),
    ("reuters-17154", 2, "reuters-17423", 6, False, "Figueroa met Mancera Aguayo in Mexico City"),
    ("reuters-17177", 1, "reuters-17187", 7, False, "Huayta: the freeze on silver sales stays until the price is right"),
    ("reuters-17177", 2, "reuters-17187", 11, False, "Garcia had spoken by phone with Mexico's president"),
    ("reuters-17187", 2, "reuters-17423", 4, True, "Peru, the number two producer, stopped selling silver last week"),
    ("reuters-7779", 1, "reuters-7905", 2, False, "BUE's agreement with Gosbank and Vneshtorgbank"),
    ("bbc-sport-013", 2, "bbc-sport-021", 2, False, "the ban followed her absence from the Embu training camp"),
    ("bbc-entertainment-043", 3, "bbc-entertainment-044", 2, False, "Davis was found dead in a Florida hotel while filming; natural causes"),
    ("bbc-entertainment-043", 3, "bbc-entertainment-044", 4, False, "his 1950 debut in No Way Out"),
    ("bbc-business-418", 2, "bbc-business-510", 2, False, "LVMH sheds non-core units; Falic bought two cosmetics brands and runs duty-free stores"),
    ("bbc-tech-016", 2, "bbc-tech-035", 6, False, "22 February is 'Free Mojtaba and Arash Day'"),
    ("reuters-17876", 1, "reuters-17986", 2, False, "ETL offers 4.15 dlrs a share against CSR's 3.80"),
    ("reuters-17876", 14, "reuters-17986", 13, True, "CSR will not lift its offer for Monier"),
    ("reuters-17876", 10, "reuters-17986", 20, False, "Monier's independent directors back the ETL bid"),
    ("reuters-8085", 6, "reuters-8091", 4, True, "the class A shares may not go to foreign buyers"),
    ("reuters-8091", 6, "reuters-8130", 7, False, "a deal with the government is expected in 14 days"),
    ("reuters-12660", 2, "reuters-13095", 2, False, "Duffour et Igon's share capital and last traded price"),
    ("reuters-5229", 5, "reuters-14838", 6, False, "NEC holds about 70 pct of the Japanese PC market"),
    ("reuters-18196", 6, "reuters-18318", 5, False, "Roche and the Foundation sued Genetech last September"),
    ("reuters-18196", 5, "reuters-18318", 3, True, "Lilly accepts Roche's patent: it licenses it / pays royalties"),
    ("reuters-3579", 1, "reuters-3630", 1, True, "Novo's 1986 pre-tax profit fell (table figures vs a percentage)"),
    ("reuters-3579", 4, "reuters-3630", 3, False, "earnings per 20-crown share"),
    ("reuters-11840", 2, "reuters-12768", 2, False, "GEM handles about 95 pct of Rotterdam's grain"),
    ("reuters-11840", 3, "reuters-12768", 5, False, "the strike left GEM's facilities 40 pct operational"),
    ("reuters-16493", 1, "reuters-16688", 2, False, "the terms: one Nor-Quest share plus one dlr for two Northair shares"),
    ("reuters-2973", 1, "reuters-3332", 4, True, "the quake-damaged pipeline halts Ecuador's crude exports for four months"),
    ("reuters-4609", 7, "reuters-5118", 5, True, "the separate five mln barrel loan is for refining in Ecuador"),
    ("reuters-4028", 5, "reuters-4609", 2, True, "Ecuador pays the oil back from August"),
    ("reuters-4947", 1, "reuters-5137", 1, True, "after the quake Ecuador stops paying the private foreign banks"),
    ("reuters-16077", 1, "reuters-16739", 6, True, "limited output to restart on 8 May with the pipeline link to Colombia"),
    ("reuters-16077", 2, "reuters-16739", 3, False, "output stopped on 5 March when the quake damaged the Lago Agrio-Balao line"),
    ("reuters-16077", 6, "reuters-16739", 4, True, "repairing the main line and restoring normal output takes months more (about four / until end of July)"),
    ("bbc-entertainment-323", 4, "bbc-entertainment-373", 5, False, "Winslet 'ecstatic' about her fourth nomination"),
    ("bbc-politics-192", 5, "bbc-politics-205", 5, False, "Chakrabarti: the government should 'practise what it preaches'"),
]

NONE = [
    ("reuters-4833", 1, "Haiti lifts its ban on Creole pig imports"),
    ("reuters-18129", 5, "Mitsuya's team found AZT prolongs AIDS patients' lives"),
    ("reuters-11344", 1, "Ferruzzi weighs floating up to 49 pct of European Sugar (France)"),
    ("reuters-5929", 4, "central bank governor Hoffmeyer: the downgrade barely affects borrowing"),
    ("reuters-16851", 1, "BIMP flotation priced at 140 francs a share"),
    ("reuters-10548", 2, "Honeywell Bull's president says the company is profitable"),
    ("bbc-politics-302", 2, "Galloway to stand in Bethnal Green for Respect"),
    ("reuters-18425", 2, "Keating: deficit about 1.5 billion below the Budget forecast"),
    ("reuters-654", 1, "Dean Witter accepts a censure over unreported cash transactions"),
    ("reuters-15106", 2, "Brazil ministry expects about five mln tonnes of the crop to be lost"),
    ("reuters-9708", 1, "Ansell study: a spermicidal cream kills the AIDS virus"),
    ("reuters-8062", 1, "tear gas against miners blocking Weizsaecker's motorcade in Bolivia"),
    ("reuters-8214", 1, "New Zealand ports reopen after the watersiders' strike"),
    ("reuters-2759", 1, "Calero links payments to a company controlled by Oliver North"),
    ("reuters-8019", 1, "Morton Thiokol contract modification for missile rocket motors"),
    ("reuters-7604", 1, "Akzo takes over Rhone-Poulenc's household products units"),
    ("reuters-10297", 8, "Japan's basic balance of payments and short-term capital in February"),
    ("reuters-29", 1, "US existing home sales fell 14.5 pct in January"),
    ("reuters-7628", 11, "Kuranari: Japan cannot tolerate a stronger yen"),
    ("reuters-5726", 7, "Conrail's 1986 profit and revenue"),
    ("bbc-business-357", 3, "Soros' OSI withdrew from Moscow, Uzbekistan and Belarus"),
    ("bbc-entertainment-242", 3, "Top of the Pops on the UK's 1,000th number one"),
    ("reuters-3597", 1, "Raab Karcher raised operating profit despite lower turnover"),
    ("reuters-16107", 2, "China's ambassador: more imports from Pakistan"),
    ("reuters-19285", 4, "Lukman expects a brief, calm OPEC meeting in Vienna"),
    ("reuters-11793", 2, "Boliden to announce a takeover of a 4,000-employee firm"),
    ("reuters-3979", 3, "bids to enter 11-12 mln acres in the conservation program"),
    ("bbc-entertainment-043", 4, "Burt Reynolds' tribute; Harlem residents queue at the funeral"),
    ("reuters-6886", 1, "Greyhound completes the sale of Greyhound Lines to GLI"),
    ("bbc-politics-345", 3, "a lower candidacy age prompts calls for votes at 16"),
]


def shown_text(record: dict) -> str:
    """What the engine shows for a JSONL record (see _read_jsonl in index/corpus.py)."""
    title = " ".join(record["title"].split())
    body = record["text"].strip()
    return f"{title}\n\n{body}" if title and body else (title or body)


def read_news(path: Path) -> dict[str, dict]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return {r["id"]: r for r in map(json.loads, f)}


def eval_corpus(ids: list[str]) -> tuple[list[str], list[str]]:
    """(labelled article ids, distractor ids), both sorted."""
    labelled = sorted({a for a, _, b, _, _, _ in PAIRS} | {b for _, _, b, _, _, _ in PAIRS})
    pool = sorted(set(ids) - set(labelled))
    distractors = sorted(random.Random(SEED).sample(pool, DISTRACTORS))
    return labelled, distractors


def deal(items: list, rng: random.Random) -> list[tuple[object, str]]:
    items = list(items)
    rng.shuffle(items)
    return [(item, "dev" if i % 2 == 0 else "test") for i, item in enumerate(items)]


def build(news: Path) -> dict:
    records = read_news(news)
    n_passages = {i: len(split_passages(shown_text(r))) for i, r in records.items()}
    labelled, distractors = eval_corpus(list(records))
    corpus = set(labelled) | set(distractors)

    def check(article: str, passage: int) -> None:
        assert article in corpus, article
        assert 1 <= passage < n_passages[article], (article, passage, n_passages[article])

    seen = set()
    for a, ap, b, bp, _, _ in PAIRS:
        assert a != b, (a, b)
        check(a, ap)
        check(b, bp)
        key = frozenset([(a, ap), (b, bp)])
        assert key not in seen, (a, ap, b, bp)
        seen.add(key)
    in_pairs = {(a, ap) for a, ap, *_ in PAIRS} | {(b, bp) for _, _, b, bp, *_ in PAIRS}
    assert len({(a, p) for a, p, _ in NONE}) == len(NONE)
    for a, p, _ in NONE:
        check(a, p)
        assert (a, p) not in in_pairs, (a, p)

    rng = random.Random(SPLIT_SEED)
    pairs = []
    for group in ([x for x in PAIRS if x[4]], [x for x in PAIRS if not x[4]]):
        for (a, ap, b, bp, para, why), split in deal(group, rng):
            pairs.append({"a": {"article": a, "passage": ap}, "b": {"article": b, "passage": bp},
                          "why": why, "paraphrase": para, "split": split})
    nones = [{"article": a, "passage": p, "none": True, "why": why, "split": split}
             for (a, p, why), split in deal(NONE, rng)]
    order = {(a, ap, b, bp): i for i, (a, ap, b, bp, *_) in enumerate(PAIRS)}
    pairs.sort(key=lambda x: order[(x["a"]["article"], x["a"]["passage"], x["b"]["article"], x["b"]["passage"])])
    none_order = {(a, p): i for i, (a, p, _) in enumerate(NONE)}
    nones.sort(key=lambda x: none_order[(x["article"], x["passage"])])

    def count(split: str) -> dict:
        ps = [p for p in pairs if p["split"] == split]
        return {"pairs": len(ps), "paraphrase": sum(p["paraphrase"] for p in ps),
                "none": sum(n["split"] == split for n in nones)}

    header = {
        "source": "../shared/data/news/articles.jsonl.gz (BBC News dataset 2004-5, Reuters-21578 Distribution 1.0; "
                  "research use only, see its SOURCE.md); only ids and passage numbers are stored here",
        "news_sha256": hashlib.sha256(news.read_bytes()).hexdigest(),
        "seed": SEED,
        "distractors": DISTRACTORS,
        "split_seed": SPLIT_SEED,
        "procedure": "pairs found with throwaway rare-name/number overlap scripts (not the project's related), "
                     "read and labelled by hand; corpus = labelled articles + DISTRACTORS ids drawn with "
                     "random.Random(seed).sample from the sorted other ids; no-counterpart passages chosen "
                     "afterwards from that corpus and checked against all of it; split by seeded shuffle "
                     "per kind (paraphrase pairs, other pairs, none), dealt alternately dev/test. "
                     "Built by tests/data/build_related_news.py.",
        "passages": "passage 0 is the title line of 'title\\n\\nbody'; then one per blank-line-separated block",
        "counts": {"articles": len(corpus), "labelled_articles": len(labelled), "pairs": len(pairs),
                   "paraphrase": sum(p["paraphrase"] for p in pairs), "none": len(nones),
                   "dev": count("dev"), "test": count("test")},
    }
    return {"header": header, "corpus": sorted(corpus), "pairs": pairs, "none": nones}


def main(build_labels=build, out: Path = OUT, doc: str = __doc__) -> None:
    """The command line of a labels builder: `build_labels(news path)` written to `out`."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--news", type=Path, default=NEWS)
    args = parser.parse_args()
    data = build_labels(args.news)
    out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out}: {json.dumps(data['header']['counts'])}")


if __name__ == "__main__":
    main()
