"""Builds data/related_pairs_own4.json: a held-out set of hand-labelled related-passage
pairs and no-counterpart passages on 26 articles we wrote ourselves (tests/data/own4/).

Like own3, this set is made of fictional but realistic English news text written for it by
the project's authors (no real living people, no real companies; big real places such as
Hamburg, Lyon, Quebec City or Manchester appear only as settings). The repository holds the
text itself. Nothing in it (story, outlet, name or place) is taken from own3.

Articles: 26 plain-text UTF-8 files, each "title line, blank line, paragraphs separated by
blank lines"; passage 0 is the title line, then one passage per blank-line-separated block.
20 articles report six fictional stories, each told by three or four outlets in clearly
different styles:

- pellacor fraud verdict (4): a Hamburg court jails the former head of a collapsed haulier
  for invoice fraud - a terse wire report with figures, a business-page piece, a tabloid,
  the Uhlenbrook regional paper;
- wrexford striker transfer (3): Wrexford City sign a Spanish striker for a club-record
  fee - sports wire, tabloid, the local evening paper;
- solvantis plant fire (4): a night fire at a solvent warehouse near Lyon - wire, the
  regional paper, a radio bulletin, the company's press release;
- lac-brule recount (3): a judicial recount keeps a Quebec government's one-seat majority -
  wire, broadsheet analysis, the riding's local paper;
- morvania rate cut (3): a fictional central bank cuts its key rate by a quarter point -
  wire, business-page analysis, a radio bulletin;
- quickcook recall (3): an appliance maker recalls 410,000 pressure cookers - wire,
  consumer tabloid, the company's press release.

The outlets spell names differently (Vranjes / Vranješ, Amberger-Kranz / Amberger Kranz,
Joaquin Ibarrola Sanz / Joaquín Ibarrola-Sanz, Saint-Orens-sur-Bievre / Saint-Orens-sur-
Bièvre, Marie-Eve Thibodeau-Lacasse / Marie-Ève Thibodeau Lacasse, Helene / Hélène,
Dragomirescu / Dragomiresku), restate numbers (six years and nine months / six and
three-quarter years; 23.4 million euros / EUR23.4m; 12 pct / one euro in every eight;
45 million with add-ons / another seven million; 0515 / a quarter past five; 2 km / two
kilometres; 58.4 pct / fewer than six in ten; 5.75 to 5.50 pct / five and three-quarter to
five and a half; 22 and 44 / twenty-two and forty-four; hospital treatment / A&E), quote
directly in one and report indirectly in another, order facts differently and often
describe the same fact in other words. 6 distractor articles share places, industries and
vocabulary with the stories (another Hamburg criminal trial, a tax case, Wrexford City's stadium
expansion, a parcel-depot fire near Lyon, Morvania's jobless figures, a kettle recall, a
Quebec by-election) and report none of their facts.

Labels: 107 pairs of passages in different articles that report the same fact (all six
stories; no pair is listed in both directions), 48 of them paraphrases, and 62
no-counterpart passages (20 from distractors, 42 from story articles) whose fact no
other article of the set reports. Where a fact is reported in two passages of the other
article (often its title and its first paragraph), the row names the passage that reports it
most fully and its "why" says so; titles (passage 0) are never labelled. Passages with only
a partial overlap (for example a tabloid's general "behind bars" opening, or a mother's
scald story beside the count of 37 burns) are left unlabelled.

Paraphrase: the same fact in other words. Checked by this script (own_related_sets.content_words):
lower-cased word and number tokens, English stop words and generic reporting words
dropped, possessive and plural -s stripped; every pair marked paraphrase shares at most two
such words (asserted at build time), and each was also read by hand to be the same fact.
Pairs sharing three or more are not marked paraphrase.

Held out: this set was written and labelled blind (no code of index/, tui/, benchmarks/
or tests/*.py read, corpus-tui and the scorers not run) and is made to be a held-out set:
nobody tunes on it before it is scored; every entry has split "test". Measure rarely.

This builder uses the standard library only. It (re)writes the labels file from the
tables below, computes the header counts, checks every passage index against the
articles' passage split and that every pair links two different articles.

    python tests/data/build_related_own4.py
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import own_related_sets  # noqa: E402

ARTICLES = HERE / "own4"
OUT = HERE / "related_pairs_own4.json"

ART = {
    "C1": "01_pellacor_wire.txt",
    "C2": "02_pellacor_business.txt",
    "C3": "03_pellacor_tabloid.txt",
    "C4": "04_pellacor_regional.txt",
    "T5": "05_transfer_wire.txt",
    "T6": "06_transfer_tabloid.txt",
    "T7": "07_transfer_regional.txt",
    "F8": "08_fire_wire.txt",
    "F9": "09_fire_regional.txt",
    "F10": "10_fire_radio.txt",
    "F11": "11_fire_release.txt",
    "R12": "12_recount_wire.txt",
    "R13": "13_recount_analysis.txt",
    "R14": "14_recount_regional.txt",
    "B15": "15_rates_wire.txt",
    "B16": "16_rates_business.txt",
    "B17": "17_rates_radio.txt",
    "P18": "18_recall_wire.txt",
    "P19": "19_recall_tabloid.txt",
    "P20": "20_recall_release.txt",
    "D21": "21_hamburg_tax_trial.txt",
    "D22": "22_wrexford_stadium.txt",
    "D23": "23_lyon_depot_fire.txt",
    "D24": "24_morvania_jobs.txt",
    "D25": "25_kettle_recall.txt",
    "D26": "26_quebec_byelection.txt",
}

STORIES = {
    "pellacor fraud verdict": ["C1", "C2", "C3", "C4"],
    "wrexford striker transfer": ["T5", "T6", "T7"],
    "solvantis plant fire": ["F8", "F9", "F10", "F11"],
    "lac-brule recount": ["R12", "R13", "R14"],
    "morvania rate cut": ["B15", "B16", "B17"],
    "quickcook recall": ["P18", "P19", "P20"],
}
DISTRACTORS = ["D21", "D22", "D23", "D24", "D25", "D26"]

# (article A, passage, article B, passage, paraphrase, why)
PAIRS = [
    # pellacor fraud verdict
    ("C1", 1, "C2", 1, False, "a Hamburg court sentences Vranjes / Vranješ to six years and nine months in prison for commercial fraud"),
    ("C1", 1, "C3", 2, False, "Vranjes jailed by a German court for six years and nine months / six and three-quarter years"),
    ("C1", 1, "C4", 1, False, "Vranješ given six years and nine months by the Hamburg court on Tuesday"),
    ("C2", 1, "C3", 2, False, "the former haulage boss is jailed for six years nine months (six and three-quarter years)"),
    ("C2", 1, "C4", 1, False, "the Hamburg regional court gives Teodor Vranješ six years and nine months in prison"),
    ("C3", 2, "C4", 1, False, "Teodor Vranjes / Vranješ sentenced to six and three-quarter years / six years and nine months"),
    ("C1", 2, "C2", 2, False, "fictitious invoices for 23.4 million euros (EUR23.4m) sold to banks and a factoring house"),
    ("C1", 2, "C4", 5, False, "false invoices for some 23.4 million euros"),
    ("C2", 2, "C4", 5, False, "the court found invoices worth 23.4 million euros were for deliveries that never happened / false"),
    ("C1", 3, "C2", 8, False, "prosecutors (the prosecution) had sought / asked for eight years"),
    ("C1", 4, "C3", 5, False, "Amberger-Kranz / Amberger Kranz, 49, gets a two-year suspended sentence after confessing / spilling the beans"),
    ("C1", 4, "C4", 6, False, "former finance director Amberger-Kranz given a two-year suspended sentence"),
    ("C3", 5, "C4", 6, False, "the ex-finance chief walks free with a suspended two-year term"),
    ("C1", 5, "C2", 7, False, "defence lawyer Mattias Oberholt says his client will appeal (to the Federal Court of Justice)"),
    ("C1", 5, "C3", 8, True, "his lawyer will appeal / vowed to take the case to a higher court"),
    ("C2", 7, "C3", 8, True, "the defence wants the verdict reviewed in Karlsruhe / the lawyer vows to go to a higher court"),
    ("C1", 6, "C3", 6, True, "about 1,150 / more than 1,100 jobs lost when Pellacor went insolvent (bust) in 2022"),
    ("C1", 6, "C4", 3, True, "1,150 employees / people lost their jobs in the collapse"),
    ("C3", 6, "C4", 3, True, "more than 1,100 workers on the dole / 1,150 jobs went when the haulier collapsed"),
    ("C1", 7, "C2", 4, True, "creditors have recovered about 12 pct / roughly one euro in every eight, says the insolvency administrator"),
    ("C3", 4, "C4", 4, True, "the judge: he built a company on paper and let others pay (quoted in C3, reported indirectly in C4)"),
    # wrexford striker transfer
    ("T5", 1, "T6", 1, False, "Wrexford City sign Ibarrola Sanz / Ibarrola-Sanz for a record 38 million pounds"),
    ("T5", 1, "T7", 1, False, "the signing on Wednesday on a five-year contract / a deal to summer 2030 (T7 passage 2 gives the fee)"),
    ("T5", 1, "T7", 2, False, "a club-record fee of 38 million pounds / the most the club has ever paid"),
    ("T6", 1, "T7", 2, True, "City pay a record 38 million pounds for him"),
    ("T5", 2, "T6", 5, True, "add-ons / bonuses could lift the fee to 45 million, i.e. by another seven million"),
    ("T5", 3, "T6", 2, False, "he scored 21 goals last season"),
    ("T5", 4, "T6", 4, False, "the previous club record, 22 million pounds for Tobias Mhlanga-Reid / Mhlanga Reid in 2021"),
    ("T5", 5, "T7", 5, True, "Arenales get 15 pct of any future sale / a 15 per cent sell-on clause"),
    ("T5", 6, "T7", 6, True, "he passed / completed his medical on Tuesday, the day before the announcement"),
    ("T5", 7, "T6", 9, True, "he could make his debut against Stanmoor (United) on Saturday / at the weekend"),
    ("T5", 7, "T7", 8, False, "his debut could come in Saturday's game against Stanmoor United"),
    ("T6", 9, "T7", 8, True, "he could face Stanmoor at the weekend / be on the bench on Saturday"),
    ("T6", 3, "T7", 3, True, "Dunleavy has chased the striker for two years / since 2023 (quoted in T6, reported in T7)"),
    # solvantis plant fire
    ("F8", 1, "F9", 1, False, "the fire broke out late on Thursday (night) at Saint-Orens"),
    ("F8", 1, "F11", 1, False, "fire broke out late on Thursday in a Solvantis storage building at Saint-Orens-sur-Bievre / -Bièvre"),
    ("F9", 1, "F11", 1, False, "the fire began shortly before eleven / at about 22:40 on Thursday"),
    ("F8", 2, "F9", 3, False, "110 firefighters; the fire under control at 0515 / contained at a quarter past five"),
    ("F8", 2, "F10", 1, True, "the fire was brought under control / contained after burning through the night"),
    ("F9", 3, "F10", 1, True, "the blaze was contained in the morning after a night's firefighting"),
    ("F8", 3, "F9", 4, False, "three employees treated for smoke inhalation; a firefighter's burned hand"),
    ("F8", 3, "F10", 3, False, "four hurt: three workers who breathed smoke and a firefighter with a burned hand, none seriously"),
    ("F9", 4, "F10", 3, False, "three workers breathed in smoke; a firefighter burned his hand"),
    ("F8", 3, "F11", 3, False, "three employees treated after inhaling smoke"),
    ("F9", 4, "F11", 3, True, "three night-shift workers treated for smoke and since released / discharged"),
    ("F10", 3, "F11", 3, True, "three workers / employees hurt by breathing in smoke"),
    ("F8", 4, "F9", 5, True, "residents within 2 km told to stay indoors with windows / shutters closed"),
    ("F8", 4, "F10", 2, False, "within 2 km / two kilometres: stay indoors, keep windows shut, says the prefecture"),
    ("F9", 5, "F10", 2, True, "anyone within two kilometres to stay at home / inside"),
    ("F8", 5, "F10", 4, True, "schools in four municipalities / Saint-Orens and three villages closed on Friday"),
    ("F8", 6, "F10", 5, True, "overnight air measurements / tests found no toxic / dangerous levels"),
    ("F8", 6, "F11", 5, True, "measurements show no harm to air quality (F11 adds that the fire did not spread)"),
    ("F10", 5, "F11", 5, True, "the authorities' air tests show nothing dangerous"),
    ("F8", 7, "F9", 7, False, "the plant employs 180 people"),
    ("F8", 8, "F9", 9, False, "the Lyon prosecutor has opened an investigation / inquiry"),
    ("F8", 8, "F11", 6, False, "the public prosecutor has opened an investigation"),
    ("F9", 9, "F11", 6, False, "an inquiry opened by the public prosecutor"),
    ("F10", 7, "F11", 6, True, "the company will help the inquiry in every way / cooperate fully"),
    ("F8", 9, "F11", 4, True, "about 2,300 square metres (m²) destroyed"),
    # lac-brule recount
    ("R12", 1, "R13", 1, False, "the recount confirms Thibodeau-Lacasse / Thibodeau Lacasse held the riding for Parti Renouveau by nine votes"),
    ("R12", 1, "R14", 1, False, "the recount ended on Friday with Thibodeau-Lacasse nine votes ahead"),
    ("R13", 1, "R14", 1, False, "she holds Lac-Brûlé–Montfleury by nine after the recount at the Saint-Jérôme courthouse ended on Friday"),
    ("R12", 2, "R13", 3, False, "the government has 63 of 125 seats, a majority of one"),
    ("R12", 2, "R14", 7, True, "the governing party keeps its majority by one / a single seat"),
    ("R13", 3, "R14", 7, True, "the government cannot lose a single member: a one-seat majority"),
    ("R12", 3, "R13", 2, False, "she had led by 31 votes on election night"),
    ("R12", 3, "R14", 8, True, "a 31-vote lead when the polls closed"),
    ("R13", 2, "R14", 8, True, "the 31-vote lead on election night"),
    ("R12", 4, "R13", 4, False, "judge Helene / Hélène Marchessault oversaw four days of counting"),
    ("R12", 5, "R13", 5, True, "22 / twenty-two rejected ballots let back in, 44 / forty-four counted ones thrown out"),
    ("R12", 6, "R13", 6, False, "Sandhu-Walsh will not challenge the result in court"),
    ("R12", 6, "R14", 3, False, "Sandhu-Walsh accepts the result and will not go to court"),
    ("R13", 6, "R14", 3, False, "Gurpreet Sandhu-Walsh rules out a court challenge"),
    ("R12", 7, "R13", 9, True, "turnout of 58.4 pct / fewer than six in ten in the riding"),
    # morvania rate cut
    ("B15", 1, "B16", 1, False, "the central bank cuts its key rate a quarter point (25 basis points) to 5.50 / 5.5 pct on Thursday"),
    ("B15", 1, "B17", 1, False, "the National Bank cuts rates for the first time since 2022 / in three years, to 5.50 pct / five and a half"),
    ("B16", 1, "B17", 1, False, "the rate is cut by a quarter point to five and a half per cent"),
    ("B15", 2, "B16", 3, False, "two of the monetary council's members wanted no change"),
    ("B15", 2, "B17", 2, True, "the vote was five to two"),
    ("B16", 3, "B17", 2, True, "not unanimous: five votes to two"),
    ("B15", 3, "B16", 2, True, "most economists / forecasters expected no change / a pause"),
    ("B15", 4, "B16", 4, False, "inflation slowed to 3.4 pct in August from 4.1 pct"),
    ("B15", 4, "B17", 3, True, "inflation now 3.4 pct / three point four per cent"),
    ("B16", 4, "B17", 3, False, "prices rising more slowly, inflation at 3.4 per cent"),
    ("B15", 5, "B16", 6, False, "growth forecast cut to 1.2 pct from 1.8 pct"),
    ("B15", 6, "B16", 9, False, "the ducat falls about 0.6 pct to 24.87 per euro"),
    ("B15", 6, "B17", 5, True, "the ducat weakens against the euro after the decision"),
    ("B16", 9, "B17", 5, True, "the ducat slips / loses ground against the euro on the news"),
    ("B15", 7, "B16", 5, False, "governor Dragomirescu: further cuts 'not a foregone conclusion'"),
    ("B15", 7, "B17", 4, True, "the governor (Dragomirescu / Dragomiresku) says more cuts may follow but nothing is decided"),
    ("B16", 5, "B17", 4, True, "further easing not a foregone conclusion / nothing decided, says Ilinca Dragomirescu"),
    ("B15", 8, "B17", 6, True, "the next rate meeting is on December 11 / the eleventh of December"),
    # quickcook recall
    ("P18", 1, "P19", 2, True, "Hallbeck recalls the 410,000 cookers / pans sold in Britain"),
    ("P18", 1, "P20", 1, False, "Hallbeck recalls QuickCook pressure cookers sold in Britain / the UK and Ireland"),
    ("P19", 2, "P20", 1, True, "the firm wants its pans back / announces a voluntary recall"),
    ("P18", 2, "P19", 4, True, "37 burns / people scalded, four in hospital / A&E"),
    ("P18", 2, "P20", 4, False, "37 reports of burns, four needing hospital treatment"),
    ("P19", 4, "P20", 4, True, "37 burned, four in hospital"),
    ("P18", 3, "P20", 2, False, "sold September 2021 to August 2023, batch codes beginning 21, 22 or 23"),
    ("P18", 3, "P19", 6, False, "affected cookers have batch codes beginning 21, 22 or 23"),
    ("P19", 6, "P20", 2, False, "batch code on the base starting 21, 22 or 23"),
    ("P18", 4, "P19", 7, True, "stop using it; a new lid or your money back"),
    ("P18", 4, "P20", 5, False, "stop using immediately; free replacement lid or full refund"),
    ("P19", 7, "P20", 5, True, "Hallbeck will send a new lid or refund the cash"),
    ("P18", 5, "P19", 5, True, "a lid-locking pin that can wear away"),
    ("P18", 5, "P20", 3, False, "wear to the locking pin is the fault"),
    ("P19", 5, "P20", 3, False, "the pin that locks the lid can wear"),
]

# (article, passage, why): facts no other article of the set reports
NONE = [
    # from distractors
    ("D21", 1, "a Hamburg court acquits shipbroker Harmsworth of evading 9.1 million euros in tax"),
    ("D21", 2, "prosecutors had sought four and a half years and have a week to appeal"),
    ("D21", 5, "a co-defendant accountant fined 36,000 euros"),
    ("D21", 6, "23 hearing days and 48 witnesses"),
    ("D22", 1, "planners approve 6,000 more seats at the Millfield ground"),
    ("D22", 4, "the season-ticket waiting list passes 9,000 names"),
    ("D22", 5, "the expansion costs about 48 million pounds"),
    ("D23", 1, "a parcel depot fire at Saint-Rambert-des-Prés; no one hurt"),
    ("D23", 2, "60 firefighters; the fire broke out in a loading bay after 3 pm"),
    ("D23", 5, "about 8,000 parcels lost"),
    ("D23", 7, "an electric forklift charging overnight may have caught fire"),
    ("D24", 1, "Morvania's jobless rate falls to 6.1 pct in July"),
    ("D24", 3, "wages up 9.2 pct after a 12 pct rise in the public-sector minimum salary"),
    ("D24", 5, "the seasonal foreign-worker quota rises to 40,000"),
    ("D25", 1, "Corrin Housewares recalls 62,000 kettles whose switch can stick"),
    ("D25", 3, "11 reports of kettles overheating, no injuries"),
    ("D25", 4, "a 30 pound voucher or an exchange"),
    ("D26", 1, "the Alliance civique holds Baie-des-Loups-Est in a by-election"),
    ("D26", 3, "the winner is 2,140 votes ahead"),
    ("D26", 4, "by-election turnout of 38.9 pct"),
    # from story articles
    ("C1", 8, "the trial ran for 41 hearing days"),
    ("C2", 3, "the lenders: Nordhafen Kreditbank, Elbtal Volksbank, Kapra Finanz and one unnamed"),
    ("C2", 5, "an analyst says banks now want debtor confirmations for receivables"),
    ("C2", 6, "Pellacor was founded in 1974 and had revenue of 610 million euros in 2020"),
    ("C3", 3, "a villa in Mallorca and a 28-metre yacht"),
    ("C3", 7, "Vranjes showed no emotion at the sentence"),
    ("C4", 2, "a former forklift driver says six years is nothing"),
    ("C4", 7, "a packaging firm bought the depot and employs 140"),
    ("C4", 8, "the mayor wants to close the chapter"),
    ("T5", 8, "four caps for Spain's under-21 side"),
    ("T6", 6, "he will wear No 9 and be paraded at the Millfield on Friday"),
    ("T6", 7, "his girlfriend is house-hunting"),
    ("T6", 8, "Arenales fans hang a 'traidor' banner"),
    ("T7", 4, "born in Huelva, joined the academy at 13"),
    ("T7", 7, "a hat-trick in his final Arenales game in May"),
    ("T7", 9, "season-ticket sales rose by 1,200 in 24 hours"),
    ("F8", 10, "a smaller fire at the site in 2021"),
    ("F9", 2, "residents heard drums bursting for almost an hour"),
    ("F9", 6, "the mayor says the commune escaped a catastrophe"),
    ("F9", 8, "growers told not to pick vegetables within five kilometres"),
    ("F10", 6, "the A7 motorway diverted for two hours"),
    ("F11", 2, "the internal emergency plan activated and staff evacuated"),
    ("F11", 7, "the chief executive's thoughts are with employees and residents"),
    ("F11", 8, "Solvantis has 1,450 employees and seven sites"),
    ("R12", 8, "the Alliance civique holds 41 seats"),
    ("R13", 7, "the premier called the election 18 months early; 'a duty to listen'"),
    ("R13", 8, "the opposition chairs four of eleven standing committees"),
    ("R14", 2, "the winner, a former mayor, promises to earn the trust of all"),
    ("R14", 4, "counting teams of two watched by scrutineers"),
    ("R14", 5, "the closest result in the riding since 1981"),
    ("R14", 6, "the Route 329 bridge promise"),
    ("B15", 9, "second-quarter growth of 0.3 pct"),
    ("B16", 7, "about 70 per cent of home loans are on variable rates"),
    ("B16", 8, "exporters call the cut a year late"),
    ("B17", 7, "the opposition leader calls for an energy price freeze"),
    ("P18", 6, "the cookers sold for about 69 pounds"),
    ("P18", 7, "the product safety regulator is monitoring the recall"),
    ("P18", 8, "Hallbeck sells in 14 countries"),
    ("P19", 8, "a campaigner calls the recall long overdue"),
    ("P20", 6, "the recall phone line and web address"),
    ("P20", 7, "the managing director apologises"),
    ("P20", 8, "no other Hallbeck products are affected"),
]

SOURCE = "tests/data/own4/ (26 fictional articles written by the project's authors; the text is in the repository)"
PROCEDURE = (
    "written and labelled blind (no index/, tui/, benchmarks/ or tests/*.py code read; corpus-tui, "
    "pytest and the scorers not run): six fictional stories told by three or four outlets each, "
    "six distractors on neighbouring subjects; pairs and no-counterpart passages labelled by hand; "
    "paraphrase = same fact sharing at most two content words (checked by this builder). "
    "Built by tests/data/build_related_own4.py."
)


def build() -> dict:
    return own_related_sets.build(ARTICLES, ART, STORIES, DISTRACTORS, PAIRS, NONE, SOURCE, PROCEDURE)


if __name__ == "__main__":
    own_related_sets.write(OUT, build())
