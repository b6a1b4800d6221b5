"""Builds data/related_pairs_news2.json: a second, wholly held-out set of
hand-labelled related-passage pairs and no-counterpart passages on real news
(../shared/data/news/articles.jsonl.gz, BBC 2004-5 and Reuters-21578; see its
SOURCE.md). Every label here has split "test": there is no dev half, and the set
is meant to be measured rarely, never tuned on.

Only article ids, passage numbers, labels and a short "why" in our own words are
stored here; the text is read from the news file at test time.

Procedure (how the labels were made; the same as build_related_news.py, blind):

1. Candidates: throwaway stdlib scripts (outside the repository) listed article
   pairs that share several rare capitalised names and numbers (Reuters items on
   one event on nearby dates, BBC follow-ups), and passage pairs of those
   articles that share many ordinary words but few rare ones (paraphrase
   candidates). Neither `corpus-tui`, its tests nor anything of index/ or tui/
   was run or imported (split_passages, via the first builder, only numbers the
   passages). No article of the first set's corpus (related_pairs_news.json) was
   used. Each pair below was read in full and labelled by hand: passage A and
   passage B report the same fact. `paraphrase` marks pairs that state it in
   other words (other verbs, a number written another way, a statement reported
   indirectly) and share at most three words rarer than 300 passages of the
   news file, most of them one or none (checked by script).
2. The eval corpus was then fixed: every article of a pair, plus DISTRACTORS
   articles drawn with random.Random(SEED).sample from the sorted ids that are
   neither labelled here nor in the first set's corpus.
3. Only then were the no-counterpart passages chosen from that corpus (from
   distractors and from labelled articles alike): passages whose fact no other
   article of the corpus reports, checked by searching every corpus article for
   the passage's names and numbers (and reading the near misses).
4. Split: none; every pair and none entry is "test".

Passage numbers are those of the engine: an article's shown text is the title
(whitespace collapsed), a blank line, then the stripped body; passage 0 is the
title line, then one passage per blank-line-separated block.

    python tests/data/build_related_news2.py [--news PATH]
"""
from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_related_news as first  # noqa: E402

from corpus_tui.index.corpus import split_passages  # noqa: E402  (numbering only)

NEWS = first.NEWS
FIRST = HERE / "related_pairs_news.json"
OUT = HERE / "related_pairs_news2.json"
SEED = 12
DISTRACTORS = 400

# (article A, passage, article B, passage, paraphrase, why)
PAIRS2 = [
    # Afghan air raids on Pakistani villages (March 1987)
    ("reuters-9179", 1, "reuters-9221", 1, True, "almost 150 killed when Afghan planes raided Pakistani villages on Monday"),
    ("reuters-9179", 2, "reuters-9221", 3, False, "tolls of 81 in Teri Mangal and 23 in Angur Adar"),
    ("reuters-9179", 2, "reuters-9221", 2, False, "about 45 killed in Lwarai Mandi, North Waziristan"),
    # Brazilian seamen's strike
    ("reuters-2326", 3, "reuters-2542", 3, True, "the seamen want a 275 pct pay rise"),
    ("reuters-2326", 5, "reuters-2542", 5, False, "six ships idle abroad in five named countries"),
    ("reuters-2326", 7, "reuters-2542", 7, False, "Habbema: foreign ships could carry exports if the strike goes on"),
    # Iraq's cabinet shuffle
    ("reuters-8405", 4, "reuters-8493", 2, True, "no reason was given for the changes"),
    ("reuters-8405", 2, "reuters-8493", 3, False, "Al-Chalaby named the new oil minister by decree"),
    ("reuters-8405", 1, "reuters-8493", 4, False, "Taqi moved to the heavy industries ministry"),
    # Greek-Turkish Aegean crisis
    ("reuters-10395", 1, "reuters-10452", 4, True, "Papandreou: the armed forces can teach any aggressor a hard lesson"),
    ("reuters-10395", 5, "reuters-10452", 3, False, "Sismik 1 with warships to sail into disputed waters tomorrow"),
    ("reuters-10862", 3, "reuters-10910", 5, False, "Ozal silent on the Hague court offer, which is not the only way"),
    # Carical (Calabrian savings bank)
    ("reuters-8079", 1, "reuters-11868", 4, True, "the Bank of Italy put three commissioners in to run Carical temporarily"),
    ("reuters-8412", 2, "reuters-11868", 3, False, "Del Monte, BNL vice-president, among those arrested"),
    # Macao handover accord
    ("reuters-9670", 4, "reuters-9843", 2, True, "Macao's system stays in force until 2050 (63 more years)"),
    ("reuters-9670", 1, "reuters-9843", 1, False, "Macao goes back to China on 20 December 1999"),
    # Zambian copper routes
    ("reuters-5827", 1, "reuters-6025", 1, True, "Zambia no longer ships its copper through South Africa"),
    ("reuters-5827", 10, "reuters-6025", 4, False, "Lusaka diplomats doubt Dar es Salaam and Beira can take all the copper"),
    # Volkswagen currency affair
    ("reuters-4760", 3, "reuters-5159", 9, False, "Borchert and Mueller suspended with other staff"),
    ("reuters-4760", 4, "reuters-5159", 7, False, "the currency transactions could cost 480 mln marks"),
    # US escorts for Kuwaiti tankers
    ("reuters-8421", 3, "reuters-8675", 4, False, "Kuwait asked for protection of a dozen vessels by US destroyers and frigates"),
    ("reuters-8421", 12, "reuters-8675", 8, False, "Iran calls the reports baseless and warns of a strong response"),
    # Yugoslav debt
    ("reuters-12013", 18, "reuters-8107", 6, True, "ministers regret the too costly 1986 repayment effort"),
    ("reuters-12013", 19, "reuters-8107", 1, False, "Mikulic: Yugoslavia will not follow Brazil in suspending payments"),
    # Sunter (First Boston) tender for Allegheny International
    ("reuters-4910", 2, "reuters-5091", 3, True, "the offer expires on 9 April unless extended"),
    ("reuters-4910", 3, "reuters-5091", 2, True, "20 dlrs per preference share and 87.50 per convertible preferred (securities named differently)"),
    # Viacom bidding contest
    ("reuters-393", 2, "reuters-496", 6, True, "a special board committee reviews the offers later today"),
    ("reuters-393", 5, "reuters-496", 4, True, "Viacom holders would get a fifth (20 pct) of Arsenal"),
    ("reuters-393", 4, "reuters-496", 2, False, "cash part raised to 42 dlrs from 40.50"),
    # Illinois Cooperative Futures dissolution
    ("reuters-8943", 3, "reuters-9687", 11, True, "Growmark's withdrawal (70 pct of capital) brought on the dissolution"),
    ("reuters-8943", 29, "reuters-9687", 13, True, "the co-op could still meet minimum capital requirements without Growmark"),
    ("reuters-8943", 6, "reuters-9687", 12, False, "Growmark affiliated with Archer Daniels Midland last year"),
    # Dome Petroleum's stakes
    ("reuters-2596", 3, "reuters-2833", 5, False, "Annesley: Encor is strategic and will not be sold"),
    ("reuters-2596", 6, "reuters-2833", 22, False, "Annesley: Dome Mines prices over 15 dlrs are very attractive"),
    # Oil back above $50 (BBC)
    ("bbc-business-138", 1, "bbc-business-152", 1, True, "cold in the US and Europe lifts US crude to a months-long high"),
    ("bbc-business-138", 3, "bbc-business-152", 3, False, "below the October peak of $55.67, above 2004's $41.48 average"),
    ("bbc-business-138", 5, "bbc-business-152", 5, False, "Libya's Shatwan: no cut unless prices fall below $35"),
    # Foster's and Southcorp (BBC)
    ("bbc-business-435", 2, "bbc-business-451", 2, False, "Fosters bought 18.8% of Southcorp (Penfolds, Lindemans, Rosemount)"),
    ("bbc-business-435", 4, "bbc-business-451", 5, False, "the stake came from the Oatley family, founders of Rosemount"),
    # Air Deccan orders (BBC)
    ("bbc-business-339", 1, "bbc-business-407", 2, False, "Air Deccan ordered 30 Airbus A320s for $1.8bn"),
    ("bbc-business-339", 2, "bbc-business-407", 5, False, "Mallya's Kingfisher and Branson eye the Indian market"),
    # Euronext and the LSE (BBC)
    ("bbc-business-264", 1, "bbc-business-319", 1, True, "Euronext approaches the LSE about a possible bid"),
    ("bbc-business-264", 2, "bbc-business-319", 4, False, "Theodore held talks with Clara Furse"),
    # Turkcell in Iran (BBC)
    ("bbc-business-074", 1, "bbc-business-092", 1, True, "Turkcell may quit the Iran deal after MPs cut its stake"),
    ("bbc-business-074", 2, "bbc-business-092", 2, False, "stake cut from 70% to 49%; MPs' veto on foreign investment"),
    ("bbc-business-074", 3, "bbc-business-092", 4, False, "the army closed TAV's new Tehran airport"),
    # Balco case (BBC sport)
    ("bbc-sport-045", 3, "bbc-sport-091", 4, False, "White and Harrison banned; Chambers serving two years for THG"),
    ("bbc-sport-045", 2, "bbc-sport-091", 3, False, "the defence failed to get the case dismissed at the San Francisco pre-trial hearing"),
    # John Peel's Radio 1 slot (BBC entertainment)
    ("bbc-entertainment-197", 2, "bbc-entertainment-231", 4, False, "the show airs at 2300 Tuesday to Thursday"),
]

# story of each labelled article (for the header's count of stories only)
STORIES = {
    "afghan raids": ["reuters-9179", "reuters-9221"],
    "brazil seamen": ["reuters-2326", "reuters-2542"],
    "iraq shuffle": ["reuters-8405", "reuters-8493"],
    "aegean crisis": ["reuters-10395", "reuters-10452", "reuters-10862", "reuters-10910"],
    "carical": ["reuters-8079", "reuters-8412", "reuters-11868"],
    "macao": ["reuters-9670", "reuters-9843"],
    "zambia copper": ["reuters-5827", "reuters-6025"],
    "vw currency": ["reuters-4760", "reuters-5159"],
    "kuwaiti tankers": ["reuters-8421", "reuters-8675"],
    "yugoslav debt": ["reuters-12013", "reuters-8107"],
    "allegheny tender": ["reuters-4910", "reuters-5091"],
    "viacom": ["reuters-393", "reuters-496"],
    "illinois co-op": ["reuters-8943", "reuters-9687"],
    "dome": ["reuters-2596", "reuters-2833"],
    "oil above $50": ["bbc-business-138", "bbc-business-152"],
    "fosters southcorp": ["bbc-business-435", "bbc-business-451"],
    "air deccan": ["bbc-business-339", "bbc-business-407"],
    "euronext lse": ["bbc-business-264", "bbc-business-319"],
    "turkcell iran": ["bbc-business-074", "bbc-business-092"],
    "balco": ["bbc-sport-045", "bbc-sport-091"],
    "peel show": ["bbc-entertainment-197", "bbc-entertainment-231"],
}

# (article, passage, why): chosen after the corpus was fixed
NONE2 = [
    # from distractors
    ("reuters-16716", 2, "PacifiCorp redeems two serial preferred issues fully and a third in part"),
    ("reuters-11100", 1, "Shell Canada schedules its annual refinery maintenance shutdowns"),
    ("reuters-4778", 1, "some 220 Rotterdam grain-sector port workers stop work over a work-practice deal"),
    ("reuters-18509", 1, "South African producer price inflation 16.1 pct in April"),
    ("reuters-366", 1, "Ropak's tender brings it 34.4 pct of Buckhorn's votes"),
    ("reuters-11519", 1, "Amstutz sympathetic to credit guarantees for US wood exports"),
    ("reuters-13232", 1, "South Korea's March wholesale price index 125.1"),
    ("reuters-4249", 1, "Leader Development buys Petrosurance convertible preferred"),
    ("reuters-18109", 1, "Danish net official reserves at 60.6 billion crowns in May"),
    ("reuters-280", 1, "Ecolab and North China Industrial set up a rinsing-agent joint venture"),
    ("reuters-2509", 1, "Arizona Appetito's to sell its franchise operation"),
    ("reuters-14978", 1, "I.U. International to sell Hawaiian Insurance to Hawaiian Electric"),
    ("reuters-15684", 1, "Dassault offers a lighter, stealthier Rafale design"),
    ("reuters-7283", 1, "the Navy leases two more surveillance systems from Whitehall"),
    ("reuters-3898", 1, "Quebec housing starts down four pct in February"),
    ("reuters-4340", 1, "the Wildlife Federation rejects opening northern Alaska to drilling"),
    ("reuters-3346", 1, "Emery Air Freight shipments up 12 pct in February"),
    ("reuters-9283", 1, "Reuters to buy I P Sharp Associates for 30.4 mln stg"),
    ("bbc-politics-100", 1, "a Briton held 33 months at Guantanamo plans to sue the government"),
    ("bbc-sport-003", 1, "Greene aims for a fourth world title after losing his Olympic crown"),
    ("bbc-entertainment-365", 1, "Tarantino to direct an episode of CSI"),
    ("bbc-business-378", 1, "Ukraine agrees to pay 30% more for Turkmen gas"),
    # from labelled articles
    ("reuters-9670", 8, "Macao keeps an elected assembly, free press and the Portuguese language"),
    ("reuters-5827", 5, "TAZARA's record month: 36,000 tonnes of ore last December"),
    ("reuters-12013", 16, "the December 1985 refinancing deal with 600 commercial banks"),
    ("reuters-8943", 13, "US farm cooperatives down from 6,700 to 5,600 in five years"),
    ("reuters-2833", 18, "Encor's 225 mln dlr joint liability on Arctic Petroleum's loans"),
    ("reuters-10395", 16, "Papandreou: 95 pct of the research areas lie on the Greek shelf"),
    ("reuters-4760", 5, "Sedlmair temporarily takes over the financial transfer department"),
    ("reuters-496", 9, "Redstone puts his takeover cost at 2.95 billion; Bank of America can raise 2.275"),
    ("reuters-2326", 10, "Santos port moving ships at half its normal 12 a day"),
]


PROCEDURE2 = ("labelled blind: pairs found with throwaway rare-name/number overlap scripts outside the "
              "repository (neither corpus-tui, its tests nor its index/tui code run or imported), read and "
              "labelled by hand, none of them from an article of related_pairs_news.json's corpus; "
              "corpus = labelled articles + DISTRACTORS ids drawn with random.Random(seed).sample from the "
              "sorted ids neither labelled here nor in the first set's corpus; no-counterpart passages "
              "chosen afterwards from that corpus and checked against all of it; every entry is split test. "
              "Built by tests/data/build_related_news2.py.")


def eval_corpus(pairs: list[tuple], ids: list[str], earlier: set[str], seed: int) -> tuple[list[str], list[str]]:
    """(labelled article ids, distractor ids), both sorted: DISTRACTORS ids drawn with
    random.Random(seed) from the sorted ids neither labelled nor in an earlier set's corpus."""
    labelled = sorted({a for a, _, b, _, _, _ in pairs} | {b for _, _, b, _, _, _ in pairs})
    pool = sorted(set(ids) - set(labelled) - earlier)
    distractors = sorted(random.Random(seed).sample(pool, DISTRACTORS))
    return labelled, distractors


def build_held_out(news: Path, pairs_spec: list[tuple], none_spec: list[tuple], stories: dict[str, list[str]],
                   earlier_files: list[Path], seed: int, procedure: str) -> dict:
    """A wholly held-out labels file (every entry split "test"), checked against the
    earlier sets: no article of their corpora, no pair of theirs."""
    records = first.read_news(news)
    n_passages = {i: len(split_passages(first.shown_text(r))) for i, r in records.items()}
    earlier_sets = [json.loads(path.read_text(encoding="utf-8")) for path in earlier_files]
    earlier = {article for labels in earlier_sets for article in labels["corpus"]}
    labelled, distractors = eval_corpus(pairs_spec, list(records), earlier, seed)
    corpus = set(labelled) | set(distractors)
    assert not corpus & earlier

    def check(article: str, passage: int) -> None:
        assert article in corpus, article
        assert 1 <= passage < n_passages[article], (article, passage, n_passages[article])

    earlier_pairs = {frozenset([(p["a"]["article"], p["a"]["passage"]), (p["b"]["article"], p["b"]["passage"])])
                     for labels in earlier_sets for p in labels["pairs"]}
    seen = set()
    for a, ap, b, bp, _, _ in pairs_spec:
        assert a != b, (a, b)
        check(a, ap)
        check(b, bp)
        key = frozenset([(a, ap), (b, bp)])
        assert key not in seen and key not in earlier_pairs, (a, ap, b, bp)
        seen.add(key)
    in_pairs = {(a, ap) for a, ap, *_ in pairs_spec} | {(b, bp) for _, _, b, bp, *_ in pairs_spec}
    assert len({(a, p) for a, p, _ in none_spec}) == len(none_spec)
    for a, p, _ in none_spec:
        check(a, p)
        assert (a, p) not in in_pairs, (a, p)
    story_of = {a: s for s, arts in stories.items() for a in arts}
    assert set(story_of) == set(labelled), set(story_of) ^ set(labelled)

    pairs = [{"a": {"article": a, "passage": ap}, "b": {"article": b, "passage": bp},
              "why": why, "paraphrase": para, "split": "test"}
             for a, ap, b, bp, para, why in pairs_spec]
    nones = [{"article": a, "passage": p, "none": True, "why": why, "split": "test"} for a, p, why in none_spec]

    def count(split: str) -> dict:
        ps = [p for p in pairs if p["split"] == split]
        return {"pairs": len(ps), "paraphrase": sum(p["paraphrase"] for p in ps),
                "none": sum(n["split"] == split for n in nones)}

    header = {
        "source": "../shared/data/news/articles.jsonl.gz (BBC News dataset 2004-5, Reuters-21578 Distribution 1.0; "
                  "research use only, see its SOURCE.md); only ids and passage numbers are stored here",
        "news_sha256": hashlib.sha256(news.read_bytes()).hexdigest(),
        "seed": seed,
        "distractors": DISTRACTORS,
        "split": "all test (held-out set: no dev half; measure rarely, never tune on it)",
        "procedure": procedure,
        "passages": "passage 0 is the title line of 'title\\n\\nbody'; then one per blank-line-separated block",
        "counts": {"articles": len(corpus), "labelled_articles": len(labelled), "stories": len(stories),
                   "pairs": len(pairs), "paraphrase": sum(p["paraphrase"] for p in pairs), "none": len(nones),
                   "dev": count("dev"), "test": count("test")},
    }
    return {"header": header, "corpus": sorted(corpus), "pairs": pairs, "none": nones}


def build(news: Path) -> dict:
    return build_held_out(news, PAIRS2, NONE2, STORIES, [FIRST], SEED, PROCEDURE2)


if __name__ == "__main__":
    first.main(build, OUT, __doc__)
