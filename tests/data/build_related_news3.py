"""Builds data/related_pairs_news3.json: a third, wholly held-out set of
hand-labelled related-passage pairs and no-counterpart passages on real news
(../shared/data/news/articles.jsonl.gz, BBC 2004-5 and Reuters-21578; see its
SOURCE.md). Every label here has split "test": there is no dev half, and the set
is meant to be measured rarely, never tuned on.

Only article ids, passage numbers, labels and a short "why" in our own words are
stored here; the text is read from the news file at test time.

Procedure (how the labels were made; the same as build_related_news2.py, blind):

1. Candidates: throwaway stdlib scripts (kept in /tmp, outside the repository)
   listed article pairs that share several rare words, names and numbers
   (Reuters items on one event on nearby dates, BBC follow-ups), and passage
   pairs of those articles that share many ordinary words but few rare ones
   (paraphrase candidates). Neither `corpus-tui`, its tests, the scorer nor
   anything of index/ or tui/ was run or imported (split_passages, via the
   first builder, only numbers the passages). No article of the first or the
   second set's corpus (related_pairs_news.json, related_pairs_news2.json) was
   used, and no pair of those sets is repeated. Each pair below was read in
   full and labelled by hand: passage A and passage B report the same fact.
   `paraphrase` marks pairs that state it in other words (other verbs, a
   number written another way, a statement reported indirectly) and share at
   most three words rarer than 300 passages of the news file, most of them one
   or none (checked by script).
2. The eval corpus was then fixed: every article of a pair, plus DISTRACTORS
   articles drawn with random.Random(SEED).sample from the sorted ids that are
   neither labelled here nor in the first or second set's corpus.
3. Only then were the no-counterpart passages chosen from that corpus (from
   distractors and from labelled articles alike): passages whose fact no other
   article of the corpus reports, checked by searching every corpus article for
   the passage's names and numbers (and reading the near misses).
4. Split: none; every pair and none entry is "test".

Passage numbers are those of the engine: an article's shown text is the title
(whitespace collapsed), a blank line, then the stripped body; passage 0 is the
title line, then one passage per blank-line-separated block.

    python tests/data/build_related_news3.py [--news PATH]
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_related_news as first  # noqa: E402
import build_related_news2 as second  # noqa: E402

NEWS = first.NEWS
FIRST = HERE / "related_pairs_news.json"
SECOND_SET = HERE / "related_pairs_news2.json"
OUT = HERE / "related_pairs_news3.json"
SEED = 13
DISTRACTORS = second.DISTRACTORS

# (article A, passage, article B, passage, paraphrase, why)
PAIRS3 = [
    # Bolivia's debt (central bank chief Nogales, March 1987)
    ("reuters-4548", 1, "reuters-8055", 15, True, "Bolivia will offer to buy back its bank debt at a deep discount (90 pct off / 10-15 cents a dollar)"),
    ("reuters-4548", 13, "reuters-8055", 5, True, "of the four billion foreign debt, 2.5 billion is owed to governments"),
    ("reuters-4548", 19, "reuters-8055", 13, True, "inflation down to a 10 pct yearly rate over the last six months"),
    # EC farm price talks in Luxembourg
    ("reuters-17366", 4, "reuters-17386", 4, True, "the Commission's package means cuts above 10 pct for many crops"),
    ("reuters-17366", 5, "reuters-17386", 8, True, "the price package was due by 1 April"),
    ("reuters-17366", 6, "reuters-17386", 5, False, "proposed tax on home-grown and imported oilseeds"),
    # Merger of the Baltic Exchange futures markets
    ("reuters-3084", 6, "reuters-5499", 2, True, "BIFFEX's board decides on the merger at its end-of-month meeting"),
    ("reuters-3084", 2, "reuters-5499", 3, False, "potato, meat and soya meal futures markets told lawyers to carry out a merger"),
    # French reflation row
    ("reuters-7032", 3, "reuters-7254", 3, True, "the finance ministry at once excluded a reflationary turn"),
    ("reuters-7032", 4, "reuters-7254", 4, False, "Balladur's circle: policy is still sound public finances"),
    ("reuters-7032", 2, "reuters-7254", 2, False, "Chirac's spokesman spoke of relaunching the economy on Monday"),
    # Murakhovsky in Paris; Pechiney's Soviet accords
    ("reuters-4027", 10, "reuters-5149", 6, True, "no deal yet concluded under the new Soviet joint-venture laws"),
    # OPEC's June 1987 accord and Iraq
    ("reuters-19559", 2, "reuters-19560", 4, True, "OPEC ceiling kept at 16.6 mln bpd for the second half (Q3 and Q4 / July-December)"),
    ("reuters-19559", 6, "reuters-19560", 3, False, "Iraq wants a quota as large as Iran's 2.255 mln bpd"),
    # Australian election: Howard's tax plan
    ("reuters-18468", 4, "reuters-19034", 4, True, "Keating: the opposition plan means a nine billion deficit and harms the economy"),
    ("reuters-18468", 5, "reuters-19034", 5, False, "May 13 mini-budget deficit forecast of two to three billion"),
    ("reuters-18468", 3, "reuters-19034", 6, False, "Keating accuses Howard's plan of double counting"),
    # Austrian growth forecast
    ("reuters-3800", 1, "reuters-3838", 1, True, "Austrian GDP expected to grow 0.5 to 1.5 pct this year"),
    ("reuters-3800", 2, "reuters-3838", 2, False, "WIFO had forecast two pct in December"),
    ("reuters-3800", 3, "reuters-3838", 3, False, "forecast made at a meeting with Vranitzky, Lacina and Koren"),
    # Brazil: troops at the oil installations, seamen's strike
    ("reuters-3869", 3, "reuters-4953", 2, False, "Petrobras asked for the troops over a threatened strike of 55,000 oil workers"),
    ("reuters-3869", 7, "reuters-4953", 14, True, "a worsening trade balance caused Brazil's debt crisis"),
    ("reuters-3869", 6, "reuters-4953", 16, True, "the seamen's strike holds up exports when foreign currency is badly needed"),
    # Bolivian tin miners' strike
    ("reuters-7877", 2, "reuters-8427", 7, False, "Comibol miners strike for more pay and more money for the mines"),
    ("reuters-7877", 4, "reuters-8427", 9, False, "the government says the strike aims to discredit it during Weizsaecker's visit"),
    # Nigeria's bilateral debt accords
    ("reuters-8881", 4, "reuters-10525", 3, False, "follows December's Paris Club deal on 7.5 billion of official debt"),
    ("reuters-8881", 9, "reuters-10525", 10, False, "900 mln in fresh export credits due this year under the World Bank programme"),
    # GenCorp takeover fight
    ("reuters-10676", 3, "reuters-10784", 4, False, "analysts value GenCorp broken up at 110-120 dlrs a share"),
    ("reuters-10676", 11, "reuters-10784", 17, False, "the bidders may sue or call a special meeting to replace the board"),
    ("reuters-6463", 9, "reuters-6928", 6, True, "General Partners would keep GenCorp's head office in Akron"),
    # International Telecom Japan
    ("reuters-9755", 1, "reuters-9976", 1, False, "ITJ to offer a stake to 10 foreign firms"),
    ("reuters-9755", 3, "reuters-9976", 3, False, "ITJ and IDC to merge to compete with KDD"),
    # Cocoa buffer stock rules
    ("reuters-7071", 5, "reuters-10760", 7, True, "no buffer stock rules agreed when the new cocoa pact began in January"),
    # EU constitution referendum question (BBC)
    ("bbc-politics-142", 1, "bbc-politics-222", 3, True, "the government has published the referendum question"),
    ("bbc-politics-142", 4, "bbc-politics-222", 4, False, "Ancram: the question looks straightforward, but the bill mixes two issues"),
    # Ukraine's privatisation review (BBC)
    ("bbc-business-136", 2, "bbc-business-197", 3, True, "Tymoshenko: some 3,000 firms may be reviewed / taken back"),
    ("bbc-business-136", 4, "bbc-business-197", 4, False, "Yushchenko had spoken of only 30-40 firms; an open list worries investors"),
    ("bbc-business-136", 6, "bbc-business-197", 2, False, "Krivorizhstal went for $800m, under rival bids"),
    # Yukos (BBC)
    ("bbc-business-164", 3, "bbc-business-399", 3, False, "the $27bn tax bill forced the sale of Yuganskneftegas"),
    ("bbc-business-164", 4, "bbc-business-399", 8, False, "the Houston court hears arguments on 16 February"),
    # Bush campaign website blocked abroad (BBC)
    ("bbc-tech-101", 2, "bbc-tech-123", 2, False, "since Monday users outside the US are told they may not view the site"),
    ("bbc-tech-101", 3, "bbc-tech-123", 5, False, "Netcraft noticed the block on georgewbush.com"),
    # Delta flight attendant's blog (BBC)
    ("bbc-tech-102", 2, "bbc-tech-133", 2, False, "Simonetti, 'Queen of the Sky', suspended by Delta over her blog"),
    # Attorney general's Iraq advice (BBC)
    ("bbc-politics-327", 3, "bbc-politics-328", 3, False, "Goldsmith says he drafted and approved the written answer himself"),
    # Kilroy-Silk's new party (BBC)
    ("bbc-politics-293", 3, "bbc-politics-333", 5, False, "Kilroy-Silk left UKIP after failing to win its leadership"),
]

# story of each labelled article (for the header's count of stories only)
STORIES = {
    "bolivia debt": ["reuters-4548", "reuters-8055"],
    "ec farm prices": ["reuters-17366", "reuters-17386"],
    "baltic futures merger": ["reuters-3084", "reuters-5499"],
    "french reflation": ["reuters-7032", "reuters-7254"],
    "soviet joint ventures": ["reuters-4027", "reuters-5149"],
    "opec iraq quota": ["reuters-19559", "reuters-19560"],
    "australian tax plan": ["reuters-18468", "reuters-19034"],
    "austrian growth": ["reuters-3800", "reuters-3838"],
    "brazil troops": ["reuters-3869", "reuters-4953"],
    "bolivian miners": ["reuters-7877", "reuters-8427"],
    "nigeria debt": ["reuters-8881", "reuters-10525"],
    "gencorp": ["reuters-10676", "reuters-10784", "reuters-6463", "reuters-6928"],
    "itj telecom": ["reuters-9755", "reuters-9976"],
    "cocoa buffer stock": ["reuters-7071", "reuters-10760"],
    "eu referendum": ["bbc-politics-142", "bbc-politics-222"],
    "ukraine privatisation": ["bbc-business-136", "bbc-business-197"],
    "yukos": ["bbc-business-164", "bbc-business-399"],
    "bush website": ["bbc-tech-101", "bbc-tech-123"],
    "delta blogger": ["bbc-tech-102", "bbc-tech-133"],
    "goldsmith advice": ["bbc-politics-327", "bbc-politics-328"],
    "kilroy veritas": ["bbc-politics-293", "bbc-politics-333"],
}

# (article, passage, why): chosen after the corpus was fixed
NONE3 = [
    # from distractors
    ("reuters-5638", 1, "Babangida: over 500 held after the northern riots go before a tribunal"),
    ("reuters-14616", 1, "Moody's confirms United Technologies' debt ratings (3.7 billion)"),
    ("reuters-9290", 1, "export bonus accepted for 760 dairy cattle bound for Egypt"),
    ("reuters-1775", 1, "E.F. Hutton gives Jerry Welsh a new marketing post"),
    ("reuters-7678", 1, "First Federal agrees in principle to merge into BankEast at 60 dlrs a share"),
    ("reuters-9829", 1, "West German living costs flat in March, 0.2 pct below a year before"),
    ("reuters-14261", 1, "Gandalf to distribute a British Telecom voice system in North America"),
    ("bbc-sport-008", 1, "Ashia Hansen gives up on a comeback this year after a knee setback"),
    ("reuters-18133", 1, "Moody's lifts New Jersey Bell's debentures to Aaa"),
    ("bbc-business-193", 1, "Borussia Dortmund says it faces bankruptcy if creditor talks fail"),
    ("reuters-13291", 1, "IEA sees Western oil demand growth slowing to about one pct"),
    ("reuters-12640", 1, "Eyskens to ease the refund of Belgian withholding tax for non-residents"),
    ("reuters-11534", 1, "NRC staff orders the Peach Bottom nuclear plant shut"),
    ("reuters-12370", 1, "UPI's president Benjamin resigns; the chairman takes over his duties"),
    ("bbc-business-111", 1, "Unilever to merge its two boards after weak 2004 results"),
    ("bbc-entertainment-013", 1, "Andrea Levy's Small Island wins the Whitbread novel award"),
    ("reuters-1914", 1, "Austria to redeem a 20 billion yen samurai bond six years early"),
    # from labelled articles
    ("reuters-18468", 6, "Howard would cut the top tax rate from 55 to 38 pct, paid for by spending cuts"),
    ("reuters-19559", 8, "Kuwait's oil minister: the OPEC meeting was too short"),
    ("reuters-3084", 3, "members of the three markets raised no objection to the merger"),
    ("reuters-9755", 4, "the posts ministry pressed the two rivals to merge and refused foreign management"),
    ("reuters-17366", 12, "Kjeldsen: a June agreement is the best to hope for"),
    ("reuters-7254", 7, "Seguin: reflation's results are possible without its harmful effects"),
    ("reuters-7032", 9, "no intention to force growth out of step with neighbouring economies"),
]


PROCEDURE3 = ("labelled blind: pairs found with throwaway rare-word/name/number overlap scripts outside the "
              "repository (neither corpus-tui, its tests, the scorer nor its index/tui code run or imported), "
              "read and labelled by hand, none of them from an article of the corpus of "
              "related_pairs_news.json or related_pairs_news2.json; corpus = labelled articles + DISTRACTORS "
              "ids drawn with random.Random(seed).sample from the sorted ids neither labelled here nor in "
              "those two corpora; no-counterpart passages chosen afterwards from that corpus and checked "
              "against all of it; every entry is split test. Built by tests/data/build_related_news3.py.")


def build(news: Path) -> dict:
    return second.build_held_out(news, PAIRS3, NONE3, STORIES, [FIRST, SECOND_SET], SEED, PROCEDURE3)


if __name__ == "__main__":
    first.main(build, OUT, __doc__)
