"""Builds data/related_pairs_news22.json: a twenty-second, wholly held-out set of
hand-labelled related-passage pairs and no-counterpart passages on real news
(../shared/data/news/articles.jsonl.gz; see its SOURCE.md). Set 21
(related_pairs_news21.json) is now development text; this set is the new held-out
one. Every label has split "test"; only ids, passage numbers, labels and a short
"why" in our own words are stored, the text is read from the news file at test
time.

Procedure: the one of build_related_news21.py, blind, with the corpora of all
twenty-one earlier sets (related_pairs_news.json to related_pairs_news21.json)
excluded, and SEED below. This builder uses the standard library only: it does not
import the project or the earlier builders, and splits passages itself the way the
labels files describe (passage 0 the title line, then one per blank-line-separated
block). 34 pairs on 11 stories (25 labelled articles: eight stories of two
articles, three of three), 41 no-counterpart passages (29 from distractors, 12
from labelled articles); corpus of 425 articles. Of the 7 paraphrase pairs (at
most three words rarer than 300 passages of the news file shared, checked by
script), all 7 share one such word or none (5 share none). Pairs whose passages
repeat the same sentence or phrase (a lightly reworded wire sentence, an offering
restated with the same terms, the same figures restated in another sentence, a
tender result restated) are not marked paraphrase even when few rare words are
shared; no row sharing more than three rare words is marked paraphrase. One
asked passage has rows to two other articles of its story (no pair is listed in
both directions). Two asked passages still have a second, about equally good
partner passage in the same other article (listed in SECOND_PARTNERS; only one row
per article can be counted).

This set is much smaller than the earlier ones, and fewer than a third of its pairs
are paraphrases: after twenty-one sets the articles left outside their corpora hold
very few stories covered by more than one article, and nearly all of those that
remain report facts also found in the earlier corpora. Before the corpus was drawn,
candidate pairs whose facts are also reported by articles of the earlier sets'
corpora, or recur across many articles of the news file, were left out (Federer's
Rotterdam final against Ljubicic, Luscombe's hamstring and the Welsh win in Rome,
the out-of-town storage report guesses in the April 7 pork-belly reports, the
Fortune Savings purchase of a Financial Security branch, the northern Chile
earthquake, Sumita's second-half upturn, Clausen's Chamber of Commerce speech, the
Japanese Finance Ministry's currency survey and its request to trust banks, the
Hamburgische Landesbank Canadian dollar bond, the triple-witching definition and
dates, the Polish price rises and the OPZZ, the Yugoslav wage-freeze strikes,
Caesars World and Sosnoff, Chepkemei and Radcliffe in New York, Taiwan's reserves
as the world's third largest, the seven-year Canadian bond auction, the Liberal
Democrats' 50% tax band, the Shultz trip to Moscow, and the general themes excluded
by the earlier sets such as the semiconductor tariffs, the Brazilian debt
moratorium, the U.S. strike on Iran, the OPEC quotas, the Oscars and the Kenteris
case). Near-copy article pairs (the same wire story sent twice, such as the two
Rostenkowski securities-tax stories, the two Murray Ohio earnings forecasts, the two
Alusuisse capital-cut stories or the two NYSE expiration stories) were left out.
After the distractors were drawn, every distractor was checked against the labelled
facts and none reports one, so the distractors were drawn once. Distractors on the
same broad events as labelled stories were left as distractors (rumours of a U.S.
wheat subsidy offer to Moscow, a Taiwan certificate of deposit issue, other tennis
tournaments of early 2005, other countries' bill tenders); none reports a labelled
fact and no no-counterpart passage was taken from them.

    python tests/data/build_related_news22.py [--news PATH]
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
NEWS = HERE.parents[2] / "shared" / "data" / "news" / "articles.jsonl.gz"
EARLIER_SETS = [HERE / f"related_pairs_news{n}.json"
                for n in ("", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                          "16", "17", "18", "19", "20", "21")]
OUT = HERE / "related_pairs_news22.json"
SEED = 32
DISTRACTORS = 400

# (article A, passage, article B, passage, paraphrase, why)
PAIRS22 = [
    # canada steel monitoring
    ('reuters-15313', 5, 'reuters-9554', 7, False, 'Canadian steel has risen to 5.7 pct of the U.S. market, almost double two years ago'),
    ('reuters-15313', 6, 'reuters-9554', 8, False, 'the rise comes amid growing U.S. anger over steel imports and a declining domestic industry'),
    ('reuters-15313', 7, 'reuters-9554', 9, False, "some U.S. lawmakers want Canada's share limited to 2.4 pct"),
    ('reuters-15313', 1, 'reuters-9554', 1, False, 'Canada to monitor steel flowing in and out of the country'),
    ('reuters-15313', 2, 'reuters-9554', 1, True, 'the aim is to stop offshore steel reaching the U.S. through Canada'),
    ('reuters-9554', 2, 'reuters-15313', 2, True, 'concern that foreign steel is routed to the U.S. via Canada'),
    # philippine capital fund
    ('reuters-13239', 4, 'reuters-5233', 2, False, 'the fund is to be launched jointly by Shearson Lehman and the IFC'),
    ('reuters-5233', 5, 'reuters-13239', 4, False, 'Ongpin proposed the fund on a U.S. trip last September'),
    ('reuters-13239', 5, 'reuters-5233', 2, True, 'no launch date has been given'),
    ('reuters-5233', 1, 'reuters-13239', 5, False, 'the fund is meant to encourage private sector investment'),
    ('reuters-13239', 7, 'reuters-5233', 6, True, 'investors buy discounted Philippine debt and turn it into equity for local projects'),
    # taiwan currency curbs of june 2
    ('reuters-17930', 5, 'reuters-19040', 5, False, 'central bank purchases of forward dollars cut to 40 pct from 90 pct of contract value'),
    ('reuters-17930', 1, 'reuters-19040', 5, False, "banks' overseas foreign exchange borrowings frozen from June 2"),
    ('reuters-17930', 3, 'reuters-19040', 6, False, "the measures limit banks' ability to lend foreign exchange to importers and exporters"),
    ('reuters-17930', 8, 'reuters-18461', 8, False, 'money supply up about 51.9 pct in the year to end-April'),
    ('reuters-18461', 4, 'reuters-17930', 12, False, 'capital outflow controls to be lifted at the end of July or early August'),
    # uk treasury bill tender of april 3
    ('reuters-12846', 3, 'reuters-12810', 2, False, 'bids at the top discount rate (lowest price) were allotted about 81 pct'),
    ('reuters-12810', 1, 'reuters-12846', 3, False, 'the top accepted rate of discount was 9.5261 pct'),
    ('reuters-12810', 4, 'reuters-12846', 1, False, "last week's average rate of discount was 9.3157 pct"),
    ('reuters-12810', 3, 'reuters-12846', 2, False, '100 mln stg of bills were offered this week'),
    # miller on the fed
    ('reuters-16903', 3, 'reuters-16852', 1, False, 'Miller feared the Fed might overreact to the dollar decline by raising rates'),
    # australian open draw
    ('bbc-sport-450', 3, 'bbc-sport-476', 2, False, 'Hewitt meets Clement in the first round of the Australian Open'),
    # japan curbs dollar sales
    ('reuters-12437', 1, 'reuters-12795', 1, False, 'the Finance Ministry asked commercial banks to moderate their dollar sales'),
    ('reuters-12795', 4, 'reuters-10749', 2, True, 'the ministry has asked institutional investors to hold back dollar selling'),
    # sumitomo swiss franc convertible
    ('reuters-7211', 1, 'reuters-3471', 1, False, "Sumitomo's 200 mln franc convertible notes due September 30, 1992, led by Swiss Bank Corp"),
    ('reuters-3471', 2, 'reuters-7211', 3, False, 'a put option after three years at 103 pct'),
    ('reuters-3471', 3, 'reuters-7211', 3, False, 'payment date is March 30'),
    ('reuters-7211', 3, 'reuters-3471', 1, False, 'the coupon was indicated at 5/8 pct'),
    # canada bond auctions
    ('reuters-9859', 1, 'reuters-8519', 1, False, 'three-year bonds are auctioned on March 31'),
    # soviet grain import estimate
    ('reuters-3401', 3, 'reuters-3330', 1, False, 'USDA raised its 1986/87 Soviet grain import estimate to 26 mln tonnes from 23 mln'),
    ('reuters-3401', 3, 'reuters-3429', 3, False, 'USDA raised its Soviet grain import estimate by three mln to 26 mln tonnes'),
    ('reuters-3429', 3, 'reuters-3330', 2, True, 'the increase reflects Soviet buying from the U.S. and all other suppliers'),
    ('reuters-3429', 4, 'reuters-3330', 2, True, 'the Soviet Union is back buying U.S. corn'),
    # soviet corn purchase rumour
    ('reuters-4825', 1, 'reuters-4988', 2, False, 'the Soviet Union is rumoured to have bought another 1.5 mln tonnes of U.S. corn'),
]

# (asked article, passage, other article, second passage): another, about equally good partner
# passage in the same other article (only one row per article can be counted)
SECOND_PARTNERS = [
    ('reuters-16903', 3, 'reuters-16852', 8),
    ('reuters-3429', 3, 'reuters-3330', 1),
]

STORIES = {
    'canada steel monitoring': ['reuters-15313', 'reuters-9554'],
    'philippine capital fund': ['reuters-13239', 'reuters-5233'],
    'taiwan currency curbs of june 2': ['reuters-17930', 'reuters-18461', 'reuters-19040'],
    'uk treasury bill tender of april 3': ['reuters-12810', 'reuters-12846'],
    'miller on the fed': ['reuters-16852', 'reuters-16903'],
    'australian open draw': ['bbc-sport-450', 'bbc-sport-476'],
    'japan curbs dollar sales': ['reuters-10749', 'reuters-12437', 'reuters-12795'],
    'sumitomo swiss franc convertible': ['reuters-3471', 'reuters-7211'],
    'canada bond auctions': ['reuters-8519', 'reuters-9859'],
    'soviet grain import estimate': ['reuters-3330', 'reuters-3401', 'reuters-3429'],
    'soviet corn purchase rumour': ['reuters-4825', 'reuters-4988'],
}

# (article, passage, why): chosen after the corpus was fixed
NONE22 = [
    # from distractors
    ('bbc-business-021', 1, 'Rank may demerge its film services unit and sell its media business'),
    ('bbc-business-200', 1, 'Castro bans cash transactions in US dollars in Cuba'),
    ('bbc-entertainment-024', 1, 'a novel set in 19th century Paraguay wins the US National Book Award for fiction'),
    ('bbc-entertainment-304', 1, "film rights to a British children's bestseller sold, Ridley Scott to direct"),
    ('bbc-sport-086', 1, 'Allan Scott expects a medal at the European Indoors'),
    ('bbc-tech-021', 1, 'a PC Pro survey finds many Britons unhappy with their internet service'),
    ('bbc-tech-320', 1, "the Cell processor for Sony's PlayStation 3 unveiled"),
    ('reuters-10504', 1, 'a Krupp Stahl manager arrested for fraud'),
    ('reuters-10866', 1, 'the Philadelphia Stock Exchange opens a Far East marketing division in Hong Kong'),
    ('reuters-11324', 1, 'Akzo plans small U.S. acquisitions'),
    ('reuters-12325', 1, 'New Zealand may buy about 100,000 tonnes of U.S. wheat'),
    ('reuters-12888', 1, 'Kleer-Vu to sell its Neslemur cosmetics unit'),
    ('reuters-14828', 1, "vermin eat seven to 12 pct of China's grain stocks"),
    ('reuters-16081', 1, 'the French parliament approves higher defence spending'),
    ('reuters-16897', 1, 'Soviet first-quarter industrial output up 2.5 pct'),
    ('reuters-18210', 1, 'Lynch offers cash, debentures and shares for Becor Western'),
    ('reuters-18667', 1, 'Berisford wants to stay independent'),
    ('reuters-19486', 1, 'Surinam may take the Netherlands to the world court over aid'),
    ('reuters-19909', 1, 'FERC seeks a stay of a court ruling in the Middle South cost case'),
    ('reuters-2399', 1, 'GM to offer driver-side airbags as standard if a safety rule is relaxed'),
    ('reuters-3351', 1, "a World Bank report criticises Peru's economic strategy"),
    ('reuters-500', 1, 'the FAA fines Delta 140,400 dlrs'),
    ('reuters-5353', 1, 'Seabright Resources gets approval for its unit issues'),
    ('reuters-6602', 1, 'Boeing says no give-aways under its French AWACS offset'),
    ('reuters-727', 1, 'J.P. Industries forms two operating groups'),
    ('reuters-7917', 1, 'fears that El Nino is returning to Peru'),
    ('reuters-8314', 1, 'Bayerische Vereinsbank expects an unchanged dividend'),
    ('reuters-8772', 1, "Wang and Sterling Software's Answer Systems in a software agreement"),
    ('reuters-9793', 1, 'the IWC says support price cuts have had only partial success'),
    # from labelled articles
    ('reuters-9554', 11, "Canada's 1986 steel exports and imports"),
    ('reuters-13239', 1, 'the central bank approved 80.7 mln dlrs of debt-to-equity conversions'),
    ('reuters-5233', 4, 'an OPIC mission said the fund would be at least 100 mln dlrs'),
    ('reuters-18461', 7, "Taiwan's trade surplus up 34 pct in the first five months"),
    ('reuters-19040', 9, 'the Taiwan central bank sold at least 1.1 billion dlrs in two weeks'),
    ('reuters-16852', 7, 'Miller: a slowdown would cut tax revenue and widen the deficit'),
    ('reuters-7211', 2, 'the Sumitomo conversion price and exchange rate'),
    ('reuters-8519', 3, 'the bond issues depend on Parliament passing Bill C-40'),
    ('reuters-3330', 3, 'Soviet wheat imports projected at 15 mln tonnes'),
    ('reuters-3330', 5, 'Soviet meat, egg and milk output in January'),
    ('reuters-4988', 10, 'U.S. corn at about 71 dlrs a tonne against 67 for Argentine'),
    ('bbc-sport-450', 2, 'Hewitt beat Minar 7-5 6-0 in the Sydney final'),
]

PROCEDURE22 = ("labelled blind: pairs found with throwaway rare-word/name/number overlap scripts outside the "
               "repository (neither corpus-tui, its tests, the scorer nor its index/tui code run or imported; "
               "this builder itself uses the standard library only), read and labelled by hand, none of them "
               "from an article of the corpus of related_pairs_news.json, related_pairs_news2.json, "
               "related_pairs_news3.json, related_pairs_news4.json, related_pairs_news5.json, "
               "related_pairs_news6.json, related_pairs_news7.json, related_pairs_news8.json, "
               "related_pairs_news9.json, related_pairs_news10.json, related_pairs_news11.json, "
               "related_pairs_news12.json, related_pairs_news13.json, related_pairs_news14.json, "
               "related_pairs_news15.json, related_pairs_news16.json, related_pairs_news17.json, "
               "related_pairs_news18.json, related_pairs_news19.json, related_pairs_news20.json or "
               "related_pairs_news21.json; corpus = labelled articles + DISTRACTORS ids drawn with "
               "random.Random(seed).sample from the sorted ids neither labelled here nor in those twenty-one "
               "corpora; no-counterpart passages chosen afterwards from that corpus and checked against all of "
               "it; every entry is split test. Built by tests/data/build_related_news22.py.")

SOURCE = ("../shared/data/news/articles.jsonl.gz (BBC News dataset 2004-5, Reuters-21578 Distribution 1.0; "
          "research use only, see its SOURCE.md); only ids and passage numbers are stored here")
PASSAGES = "passage 0 is the title line of 'title\\n\\nbody'; then one per blank-line-separated block"


def shown_text(record: dict) -> str:
    """What the reader shows for a JSONL record: the title on one line, a blank line, the body."""
    title = " ".join(record["title"].split())
    body = record["text"].strip()
    return f"{title}\n\n{body}" if title and body else (title or body)


def split_passages(text: str) -> list[str]:
    """Passage 0 is the first (title) line; then one passage per blank-line-separated block."""
    first, _, rest = text.partition("\n")
    blocks = [block.strip() for block in re.split(r"\n[ \t]*\n", rest)]
    return [first.strip()] + [block for block in blocks if block]


def read_news(path: Path) -> dict[str, dict]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return {r["id"]: r for r in map(json.loads, f)}


def eval_corpus(pairs: list[tuple], ids: list[str], earlier: set[str], seed: int) -> tuple[list[str], list[str]]:
    """(labelled article ids, distractor ids), both sorted: DISTRACTORS ids drawn with
    random.Random(seed) from the sorted ids neither labelled nor in an earlier set's corpus."""
    labelled = sorted({a for a, _, b, _, _, _ in pairs} | {b for _, _, b, _, _, _ in pairs})
    pool = sorted(set(ids) - set(labelled) - earlier)
    distractors = sorted(random.Random(seed).sample(pool, DISTRACTORS))
    return labelled, distractors


def build(news: Path) -> dict:
    """The held-out labels file (every entry split "test"), checked against the earlier
    sets: no article of their corpora, no pair of theirs."""
    records = read_news(news)
    n_passages = {i: len(split_passages(shown_text(r))) for i, r in records.items()}
    earlier_sets = [json.loads(path.read_text(encoding="utf-8")) for path in EARLIER_SETS]
    earlier = {article for labels in earlier_sets for article in labels["corpus"]}
    labelled, distractors = eval_corpus(PAIRS22, list(records), earlier, SEED)
    corpus = set(labelled) | set(distractors)
    assert not corpus & earlier

    def check(article: str, passage: int) -> None:
        assert article in corpus, article
        assert 1 <= passage < n_passages[article], (article, passage, n_passages[article])

    earlier_pairs = {frozenset([(p["a"]["article"], p["a"]["passage"]), (p["b"]["article"], p["b"]["passage"])])
                     for labels in earlier_sets for p in labels["pairs"]}
    seen = set()
    for a, ap, b, bp, _, _ in PAIRS22:
        assert a != b, (a, b)
        check(a, ap)
        check(b, bp)
        key = frozenset([(a, ap), (b, bp)])
        assert key not in seen and key not in earlier_pairs, (a, ap, b, bp)
        seen.add(key)
    asked = {(a, ap): set() for a, ap, *_ in PAIRS22}
    for a, ap, b, *_ in PAIRS22:
        asked[(a, ap)].add(b)
    for a, ap, b, bp in SECOND_PARTNERS:
        assert b in asked[(a, ap)], (a, ap, b, bp)
        check(b, bp)
        assert frozenset([(a, ap), (b, bp)]) not in seen, (a, ap, b, bp)
    in_pairs = {(a, ap) for a, ap, *_ in PAIRS22} | {(b, bp) for _, _, b, bp, *_ in PAIRS22}
    assert len({(a, p) for a, p, _ in NONE22}) == len(NONE22)
    for a, p, _ in NONE22:
        check(a, p)
        assert (a, p) not in in_pairs, (a, p)
    story_of = {a: s for s, arts in STORIES.items() for a in arts}
    assert set(story_of) == set(labelled), set(story_of) ^ set(labelled)

    pairs = [{"a": {"article": a, "passage": ap}, "b": {"article": b, "passage": bp},
              "why": why, "paraphrase": para, "split": "test"}
             for a, ap, b, bp, para, why in PAIRS22]
    nones = [{"article": a, "passage": p, "none": True, "why": why, "split": "test"} for a, p, why in NONE22]

    def count(split: str) -> dict:
        ps = [p for p in pairs if p["split"] == split]
        return {"pairs": len(ps), "paraphrase": sum(p["paraphrase"] for p in ps),
                "none": sum(n["split"] == split for n in nones)}

    header = {
        "source": SOURCE,
        "news_sha256": hashlib.sha256(news.read_bytes()).hexdigest(),
        "seed": SEED,
        "distractors": DISTRACTORS,
        "split": "all test (held-out set: no dev half; measure rarely, never tune on it)",
        "procedure": PROCEDURE22,
        "passages": PASSAGES,
        "counts": {"articles": len(corpus), "labelled_articles": len(labelled), "stories": len(STORIES),
                   "pairs": len(pairs), "paraphrase": sum(p["paraphrase"] for p in pairs), "none": len(nones),
                   "dev": count("dev"), "test": count("test")},
    }
    return {"header": header, "corpus": sorted(corpus), "pairs": pairs, "none": nones}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news", type=Path, default=NEWS)
    args = parser.parse_args()
    data = build(args.news)
    OUT.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {json.dumps(data['header']['counts'])}")


if __name__ == "__main__":
    main()
