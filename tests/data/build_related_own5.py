"""Builds data/related_pairs_own5.json: a held-out set of hand-labelled related-passage
pairs and no-counterpart passages on 26 articles we wrote ourselves (tests/data/own5/).

Like own3 and own4, this set is made of fictional but realistic English news text written
for it by the project's authors (no real living people, no real companies; big real places
such as Karaganda, Athens, Zurich, Bristol, Fife or Monaco appear only as settings). The
repository holds the text itself. Nothing in it (story, outlet, name or place) is taken
from own3 or own4.

Articles: 26 plain-text UTF-8 files, each "title line, blank line, paragraphs separated by
blank lines"; passage 0 is the title line, then one passage per blank-line-separated block.
20 articles report six fictional stories, each told by three or four outlets in clearly
different styles:

- tuzdy-sai mine collapse (4): a roof fall kills four miners at a Kazakh coal mine near
  Karaganda - a terse wire report with figures, the Shakhtau regional paper, a radio
  bulletin, the operator's statement;
- clydelink-forthway merger (3): the UK competition regulator clears a Scottish bus
  takeover on condition that 14 Fife routes are sold - wire, business page, the Fife
  regional paper;
- athens heatwave blackout (4): a transformer failure in a heatwave cuts power to 380,000
  Athens homes - wire, tabloid, a radio bulletin, the grid operator's press release;
- corbellis rsv vaccine trial (3): a Basel biotech's RSV vaccine for over-60s succeeds in a
  late-stage trial - wire, business page, a tabloid health page;
- combe dallow planning ruling (3): the High Court quashes permission for 450 homes near
  Bristol - wire, the village's local paper, a broadsheet analysis;
- yavorivsky doping ban (3): a Ukrainian hurdler is banned for four years - sports wire,
  tabloid, a radio sports bulletin.

The outlets spell names differently (Tuzdy-Sai / Tuzdysai / Tuzdy Sai, Sarykol Komir /
Sarykol Kömir, Dmitry Volynsky / Dmitri Volynski, Andrei / Andrey Kovalenko, Yerzhan /
Erzhan Tulegenov, Maxim / Maksim Deryabin, Callum Okafor-Baird / Okafor Baird, Yiorgos
Papadakis Lentzos / Georgios Papadakis-Lentzos, Muhammad Iqbal-Rahman / Mohammed Iqbal
Rahman, Okonkwo-Hale / Okonkwo Hale, Bohdan Yavorivsky / Bogdan Yavorivskiy / Bohdan
Yavorivski, Vitaliy Horbenko / Vitali Gorbenko, Theo Marchal-Duval / Théo Marchal Duval),
restate numbers (0340 / twenty to four / 03:40; 480 metres / almost half a kilometre;
212 underground / more than two hundred / all 208 others; 10 million tenge / 10,000,000
tenge / about nineteen thousand euros; 60 / sixty rescuers; 186 million pound / £186m;
14 / fourteen routes; six months / half a year; 4.2 pct to 212 pence / more than four per
cent, 211p; April / next month; 380,000 / close to four hundred thousand; 43 degrees
Celsius / 109F; 44C / 111F; 1450 / 14:50; 2130 / 21:30 / half past nine; 48 hours / two
days; 600 / six hundred; 71.4 pct / roughly seven in ten / almost three-quarters; 24,600
/ more than 24,000; 19 / nineteen; 28 pct / just over one in four; 38 pct / more than a
third; 61.20 Swiss francs / CHF61.20; first half of next year / well before the summer;
two decades / twenty years; 41,000 pounds / £41,000; 21 days / three weeks; 135 of 450 /
three in ten; September 2028 / the autumn of 2028; 30 days / a month), quote directly in
one and report indirectly in another, order facts differently and often describe the same
fact in other words. 6 distractor articles share places, trades, vocabulary and numbers
with the stories (an underground pay protest at another Karaganda pit, Fife Council
subsidising rural bus routes to the end of 2026, Athens's hottest June night with
ElektraGrid demand at 10,100 MW, a rival RSV vaccine approved for over-60s, another Wenmoor
housing approval with flood objections, a sport court halving a hammer thrower's doping
ban) and report none of their facts.

Labels: 104 pairs of passages in different articles that report the same fact (all six
stories; no pair is listed in both directions), 62 of them paraphrases, and 60
no-counterpart passages (22 from distractors, 38 from story articles) whose fact no
other article of the set reports. Where a fact is reported in two passages of the other
article, the row names the passage that reports it most fully and its "why" says so;
titles (passage 0) are never labelled. Passages with only a partial overlap (for example
the operator's "rock fall at 03:40" beside the wire's "four killed in a roof collapse", or
a tabloid's metro-tunnel quote beside a bulletin's six hundred passengers walking along
the tracks) are left unlabelled.

Paraphrase: the same fact in other words. Checked by this script (own_related_sets.content_words):
lower-cased word and number tokens, English stop words and generic reporting words
dropped, possessive and plural -s stripped; every pair marked paraphrase shares at most two
such words (asserted at build time), and each was also read by hand to be the same fact.
Pairs sharing three or more are not marked paraphrase.

Held out: this set was written and labelled blind (no code of index/, tui/, benchmarks/
or tests/*.py read, corpus-tui, pytest and the scorers not run) and is made to be a
held-out set: nobody tunes on it before it is scored; every entry has split "test".
Measure rarely.

This builder uses the standard library only. It (re)writes the labels file from the
tables below, computes the header counts, checks every passage index against the
articles' passage split and that every pair links two different articles.

    python tests/data/build_related_own5.py
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import own_related_sets  # noqa: E402

ARTICLES = HERE / "own5"
OUT = HERE / "related_pairs_own5.json"

ART = {
    "M1": "01_mine_wire.txt",
    "M2": "02_mine_regional.txt",
    "M3": "03_mine_radio.txt",
    "M4": "04_mine_release.txt",
    "B5": "05_buses_wire.txt",
    "B6": "06_buses_business.txt",
    "B7": "07_buses_regional.txt",
    "A8": "08_blackout_wire.txt",
    "A9": "09_blackout_tabloid.txt",
    "A10": "10_blackout_radio.txt",
    "A11": "11_blackout_release.txt",
    "V12": "12_vaccine_wire.txt",
    "V13": "13_vaccine_business.txt",
    "V14": "14_vaccine_tabloid.txt",
    "P15": "15_planning_wire.txt",
    "P16": "16_planning_local.txt",
    "P17": "17_planning_analysis.txt",
    "S18": "18_doping_wire.txt",
    "S19": "19_doping_tabloid.txt",
    "S20": "20_doping_radio.txt",
    "D21": "21_karaganda_sitin.txt",
    "D22": "22_fife_rural_buses.txt",
    "D23": "23_athens_hot_night.txt",
    "D24": "24_rsv_rival_approval.txt",
    "D25": "25_hensbury_homes.txt",
    "D26": "26_hammer_appeal.txt",
}

STORIES = {
    "tuzdy-sai mine collapse": ["M1", "M2", "M3", "M4"],
    "clydelink-forthway merger": ["B5", "B6", "B7"],
    "athens heatwave blackout": ["A8", "A9", "A10", "A11"],
    "corbellis rsv vaccine trial": ["V12", "V13", "V14"],
    "combe dallow planning ruling": ["P15", "P16", "P17"],
    "yavorivsky doping ban": ["S18", "S19", "S20"],
}
DISTRACTORS = ["D21", "D22", "D23", "D24", "D25", "D26"]

# (article A, passage, article B, passage, paraphrase, why)
PAIRS = [
    # tuzdy-sai mine collapse
    ("M1", 1, "M2", 1, False, "four miners die when the roof comes down at Tuzdy-Sai / Tuzdysai early on Tuesday"),
    ("M1", 1, "M3", 1, False, "four dead at the Tuzdy-Sai / Tuzdy Sai mine"),
    ("M2", 1, "M3", 1, True, "the pit's death toll is four"),
    ("M3", 1, "M4", 2, True, "four miners / employees died (M4 names them)"),
    ("M1", 2, "M2", 2, True, "the fall came at 0340 / twenty to four, 480 metres / almost half a kilometre down, where 23 / twenty-three men were working"),
    ("M1", 2, "M4", 1, True, "the collapse / rock fall at 0340 (03:40) in a longwall section (M4's passage 1 is its only account of the time and place)"),
    ("M2", 2, "M4", 1, False, "the rock fall at twenty to four / 03:40 on face No 7"),
    ("M2", 3, "M4", 2, False, "the four dead named: Serik Baimukhanov, Andrei / Andrey Kovalenko, Yerzhan / Erzhan Tulegenov, Maxim / Maksim Deryabin"),
    ("M1", 3, "M3", 3, True, "212 / more than two hundred men were underground and all the others got out"),
    ("M1", 3, "M4", 5, False, "all the other miners underground (212 in all / 208 others) were brought to the surface"),
    ("M3", 3, "M4", 5, True, "the rest of the two hundred-odd men underground made it out safely"),
    ("M1", 4, "M2", 6, False, "two of the injured are in a serious condition / intensive care in hospital in Karaganda"),
    ("M1", 4, "M3", 2, True, "two of the injured are seriously / critically ill"),
    ("M2", 6, "M3", 2, True, "two injured men critically ill / in intensive care"),
    ("M1", 5, "M2", 9, False, "a government commission under deputy industry minister Aidos Temirkhanov investigates"),
    ("M1", 6, "M3", 5, False, "prosecutors have opened a criminal case"),
    ("M1", 7, "M2", 7, True, "Sarykol Komir / Kömir stops work / production at the pit, which has 2,100 workers, during the investigation"),
    ("M1", 7, "M4", 6, False, "production suspended for the duration of the investigation"),
    ("M2", 7, "M4", 6, True, "work stopped while the inquiry runs, workers keep their basic wage / salary"),
    ("M1", 8, "M4", 7, True, "each bereaved family gets 10 million (10,000,000) tenge from the company"),
    ("M1", 8, "M3", 7, True, "compensation of 10 million tenge / about nineteen thousand euros per family"),
    ("M3", 7, "M4", 7, True, "each bereaved family / household is to be paid (10,000,000 tenge / about nineteen thousand euros)"),
    ("M1", 9, "M2", 5, True, "the mine was fined / penalised last year (in March / last spring) over ventilation / its air supply"),
    ("M2", 8, "M3", 6, False, "Thursday is a day of mourning in the Karaganda region"),
    ("M3", 4, "M4", 4, True, "60 / sixty emergencies-ministry rescuers, led by Dmitry Volynsky / Dmitri Volynski"),
    # clydelink-forthway merger
    ("B5", 1, "B6", 1, False, "the watchdog clears Clydelink's 186 million pound (£186m) takeover of Forthway on condition that 14 / fourteen Fife routes are sold"),
    ("B5", 1, "B7", 1, False, "regulators clear the Clydelink-Forthway deal and 14 / fourteen Fife routes go to a new operator"),
    ("B6", 1, "B7", 1, False, "fourteen Fife routes must be sold as the merger is cleared"),
    ("B5", 2, "B6", 3, False, "the overlap is on routes around Dunfermline and Kirkcaldy, where riders / passengers would otherwise pay more for fewer services"),
    ("B5", 3, "B7", 2, True, "Forthway's (Dunfermline / Halbeath Road) depot is sold with the routes"),
    ("B5", 3, "B7", 3, True, "a buyer approved by the regulator / watchdog must be found within six months / half a year (B7 passage 2 gives the depot; passage 3 the deadline and approval)"),
    ("B5", 4, "B6", 5, True, "the enlarged group has 1,350 buses / vehicles and 3,900 staff, the country's second-largest / number two operator"),
    ("B5", 5, "B6", 6, True, "Clydelink shares rose 4.2 pct / more than four per cent (212 / 211 pence)"),
    ("B5", 6, "B6", 9, True, "completion expected in April / next month"),
    ("B5", 7, "B7", 4, False, "fares on the overlapping / affected routes frozen until the end of 2026"),
    ("B5", 8, "B6", 8, False, "Forthway is owned by the McAra family and Norloch Partners"),
    ("B6", 7, "B7", 6, False, "Callum Okafor-Baird / Okafor Baird: 40 million pounds (£40m) for electric buses"),
    # athens heatwave blackout
    ("A8", 1, "A9", 1, True, "Athens loses power as the heat reaches 43C / 109F"),
    ("A8", 1, "A9", 2, True, "about 380,000 / nearly four hundred thousand homes lost power"),
    ("A8", 1, "A10", 2, True, "about 380,000 / close to four hundred thousand households without electricity"),
    ("A8", 1, "A11", 2, True, "supply cut to about 380,000 households / customers"),
    ("A9", 2, "A10", 2, False, "nearly / close to four hundred thousand homes blacked out"),
    ("A9", 2, "A11", 2, True, "nearly four hundred thousand homes / approximately 380,000 customers cut off"),
    ("A10", 2, "A11", 2, True, "close to four hundred thousand / 380,000 households / customers lost supply"),
    ("A8", 2, "A9", 5, True, "an overheated transformer caused the outage"),
    ("A8", 2, "A10", 3, True, "the cause was substation equipment that overheated / could not cope with the heat"),
    ("A8", 2, "A11", 1, False, "at 1450 / 14:50 a transformer at the Kifissos substation overheated and shut down / was disconnected"),
    ("A9", 5, "A10", 3, True, "one piece of overheated equipment / a transformer to blame"),
    ("A9", 5, "A11", 1, True, "a transformer overheated / exceeded its temperature limits"),
    ("A10", 3, "A11", 1, True, "substation equipment tripped because of the heat"),
    ("A8", 3, "A10", 1, False, "power back for most homes by 2130 / half past nine"),
    ("A8", 3, "A11", 3, False, "supply restored to most / 96.8% of customers by 2130 (21:30); 12,000 still off overnight"),
    ("A10", 1, "A11", 3, True, "most homes / 96.8% of customers have supply again by half past nine / 21:30"),
    ("A8", 4, "A11", 4, True, "demand reached a record 10,940 MW / megawatts"),
    ("A8", 5, "A9", 3, False, "firefighters freed people trapped in 140 lifts"),
    ("A8", 6, "A9", 4, False, "metro trains stopped in the tunnels"),
    ("A8", 6, "A10", 5, False, "about 600 / six hundred metro passengers walked through the tunnels / along the tracks to a station"),
    ("A9", 6, "A10", 4, True, "hospitals ran on (back-up) generators"),
    ("A9", 6, "A11", 5, True, "hospitals switched to their (emergency / back-up) generators"),
    ("A10", 4, "A11", 5, False, "hospitals in the affected area ran on their generators without problems"),
    ("A8", 7, "A10", 6, True, "the energy minister gives the operator 48 hours / two days to report / explain"),
    ("A8", 7, "A11", 7, False, "a report to the energy ministry within 48 hours"),
    ("A10", 6, "A11", 7, True, "the company must explain / report to the energy ministry within two days / 48 hours"),
    ("A8", 8, "A9", 8, True, "forecasters expect 44C / 111F on Thursday / tomorrow"),
    ("A8", 8, "A10", 7, True, "44 degrees forecast for Thursday / tomorrow"),
    ("A9", 8, "A10", 7, True, "tomorrow even hotter: 111F / 44 degrees"),
    ("A9", 7, "A11", 6, False, "chief executive Yiorgos Papadakis Lentzos / Georgios Papadakis-Lentzos says sorry"),
    # corbellis rsv vaccine trial
    ("V12", 1, "V13", 2, True, "the RSV vaccine cut lung / lower respiratory disease by 71.4 pct / roughly seven in ten in the over-60s"),
    ("V12", 1, "V14", 2, True, "RSV chest / lower respiratory disease cut by 71.4 pct / almost three-quarters in people over 60"),
    ("V13", 2, "V14", 2, False, "the jab prevented about seven in ten / almost three-quarters of RSV infections in the over-60s"),
    ("V12", 2, "V13", 7, True, "the study had 24,600 / more than 24,000 people in 11 / eleven countries"),
    ("V12", 3, "V13", 3, False, "three vaccinated people hospitalised against 19 / nineteen on placebo"),
    ("V12", 3, "V14", 4, False, "three in hospital after the vaccine, 19 after the placebo / dummy jab"),
    ("V13", 3, "V14", 4, False, "only three vaccinated volunteers in hospital against nineteen / 19 on a placebo"),
    ("V12", 4, "V14", 5, True, "the commonest side effect, injection-site pain / a sore arm, in 28 pct / just over one in four"),
    ("V12", 5, "V13", 5, True, "filing for approval in Europe and the US in the first half of next year / well before the summer"),
    ("V12", 6, "V13", 1, True, "Corbellis shares jump 38 pct / more than a third to 61.20 francs (CHF61.20)"),
    ("V12", 7, "V14", 3, False, "lead investigator Professor Muhammad Iqbal-Rahman / Mohammed Iqbal Rahman: a result two decades / twenty years in the making"),
    ("V12", 8, "V13", 8, False, "second-winter / second-season data due next autumn"),
    # combe dallow planning ruling
    ("P15", 1, "P16", 1, False, "on Wednesday the High Court quashes permission for 450 homes at Combe Dallow"),
    ("P15", 2, "P16", 3, True, "the public was never consulted on Stelbury's revised / updated flood report, handed in late"),
    ("P15", 2, "P17", 2, False, "Mrs Justice Okonkwo-Hale / Okonkwo Hale: no consultation on Stelbury Homes' revised flood-risk assessment"),
    ("P16", 3, "P17", 2, True, "nobody outside the council could comment on the fresh / updated flood report Stelbury filed"),
    ("P15", 3, "P16", 6, False, "900 donors gave 41,000 pounds (£41,000) to fund the case"),
    ("P15", 4, "P16", 5, False, "the council pays the campaigners' legal costs of about 68,000 pounds (£68,000)"),
    ("P15", 5, "P16", 7, True, "Stelbury is considering an appeal / has not ruled out the Court of Appeal"),
    ("P15", 5, "P17", 8, True, "the developer has 21 days / three weeks to seek permission to appeal"),
    ("P15", 6, "P17", 5, False, "the committee approved it by seven votes to five"),
    ("P15", 7, "P17", 7, False, "135 affordable homes, three in ten of the 450"),
    ("P15", 8, "P16", 8, True, "the application goes back to the council (planning committee) to be decided again"),
    ("P15", 8, "P17", 4, True, "the council will decide the application again"),
    ("P16", 8, "P17", 4, True, "the plans return to the council's planning committee, which could approve them again"),
    # yavorivsky doping ban
    ("S18", 1, "S19", 1, False, "Bohdan Yavorivsky / Bogdan Yavorivskiy banned for four years for doping"),
    ("S18", 1, "S20", 1, False, "the Ukrainian hurdler Bohdan Yavorivsky / Yavorivski suspended for four years"),
    ("S19", 1, "S20", 1, True, "Yavorivskiy / Yavorivski banned / thrown out for four years"),
    ("S18", 2, "S19", 2, True, "caught in an out-of-competition / surprise test at a camp in Portugal"),
    ("S18", 5, "S19", 3, True, "his contaminated-beef / dodgy-steak defence was rejected"),
    ("S18", 4, "S19", 4, True, "he loses his European Championships / Euros silver medal"),
    ("S18", 3, "S19", 5, True, "the ban runs to September / the autumn of 2028, ruling him out of Los Angeles / LA"),
    ("S18", 8, "S19", 6, True, "Theo Marchal-Duval / Théo Marchal Duval, third, gets the silver"),
    ("S18", 8, "S20", 5, False, "France's Theo Marchal-Duval moves up to silver / second place"),
    ("S19", 6, "S20", 5, True, "the Frenchman Marchal Duval / Marchal-Duval moves up to the silver / second place"),
    ("S18", 6, "S20", 2, True, "he can appeal to the Court of Arbitration for Sport / sports court in Lausanne within 30 days / a month"),
    ("S18", 9, "S20", 3, True, "the panel is investigating his coach Vitaliy Horbenko / Vitali Gorbenko"),
]

# (article, passage, why): facts no other article of the set reports
NONE = [
    # from distractors
    ("D21", 1, "about 180 miners end a two-day underground protest at the Karabulak mine after a 15 pct pay rise"),
    ("D21", 3, "Steppe Coal Company employs 2,300 at Karabulak; coal output not affected"),
    ("D21", 5, "the labour inspectorate will review conditions in the deeper seams"),
    ("D21", 6, "average monthly pay at the mine is about 420,000 tenge"),
    ("D22", 1, "Fife Council will spend 1.4 million pounds a year on nine rural routes Lomond Coaches planned to drop"),
    ("D22", 2, "the rural routes carry about 3,900 passengers a week"),
    ("D22", 4, "the subsidy contracts run to the end of 2026"),
    ("D22", 6, "Fife bus passenger numbers are 14 pct below 2019"),
    ("D23", 1, "Athens's hottest June night on record: no lower than 31.2C"),
    ("D23", 3, "Attica water use reaches a June record of 1.1 million cubic metres"),
    ("D23", 4, "demand reached 10,100 megawatts in June and the grid coped without interruptions"),
    ("D23", 5, "85 people treated in hospital for heat exhaustion"),
    ("D24", 1, "the European Commission approves Halvorsen Biologics' RSV vaccine for over-60s"),
    ("D24", 2, "Halvorsen's trial of 19,800 adults showed 67 pct protection"),
    ("D24", 4, "tiredness in 21 pct was the commonest side effect"),
    ("D25", 1, "Wenmoor planners approve 120 homes at Hensbury by eight votes to three"),
    ("D25", 2, "the Environment Agency drops its objection after Marlcombe agrees to build storage ponds"),
    ("D25", 3, "forty of the Hensbury homes, a third, will be affordable"),
    ("D25", 4, "Hensbury campaigners consider a judicial review but have raised no money"),
    ("D26", 1, "the Court of Arbitration for Sport cuts Ion Ciobanu-Rusu's ban from four years to two"),
    ("D26", 2, "the hammer thrower tested positive for clostebol in Ostrava in 2023"),
    ("D26", 3, "he is eligible again from September"),
    # from story articles
    ("M1", 10, "Sarykol Komir is owned by Dala Capital"),
    ("M2", 4, "a relative says the men complained of cracking roof supports"),
    ("M2", 10, "a fund for the families at the union office"),
    ("M2", 11, "Shakhtau has 38,000 inhabitants, two households in three depend on the pit"),
    ("M3", 8, "the road to the pithead is closed to all but emergency vehicles"),
    ("M3", 9, "the regional akim visits the injured; the state will pay for their treatment"),
    ("M4", 9, "a telephone line for relatives"),
    ("M4", 10, "Sarykol Kömir employs 6,400 and mined 9.8 million tonnes last year"),
    ("B5", 9, "Clydelink also runs Glasgow-Inverness coaches"),
    ("B6", 2, "analysts had feared the sale of the whole Fife business"),
    ("B6", 4, "the panel chair: the right balance between efficiency and choice"),
    ("B6", 10, "rivals argued the deal would squeeze independents out of school contracts"),
    ("B7", 5, "the drivers' union says members are anxious"),
    ("B7", 7, "a pensioner says the X54 is never on time"),
    ("B7", 8, "the council's transport convener seeks talks on rural services"),
    ("A8", 9, "ElektraGrid is 51 pct state-owned and plans a 1.2 billion euro upgrade"),
    ("A9", 9, "a café owner throws away 2,000 euros of ice cream"),
    ("A10", 8, "air-conditioned halls for the elderly stay open until midnight"),
    ("A10", 9, "firefighters called to more than thirty grass fires"),
    ("A11", 8, "ElektraGrid operates 240,000 km of lines and 7.6 million connections"),
    ("V12", 9, "Corbellis has no products and lost 212 million francs last year"),
    ("V12", 10, "the trial ran at 410 sites"),
    ("V13", 4, "the RSV vaccine market for older adults is put at about $5bn a year"),
    ("V13", 6, "Corbellis will seek a marketing partner"),
    ("V13", 9, "the finance chief says the cash lasts into 2027"),
    ("V14", 7, "a retired nurse who took part in the trial in Leeds"),
    ("V14", 8, "RSV puts about 8,000 older adults in hospital in Britain each winter"),
    ("P16", 2, "the campaign chair: today the law listened"),
    ("P16", 4, "the meadows flooded twice last winter"),
    ("P16", 9, "a ward councillor wants green fields protected in the new local plan"),
    ("P16", 10, "the village school of 96 pupils would have had to double"),
    ("P17", 6, "the local plan needs 9,400 homes by 2040 and the council is 1,800 behind"),
    ("P17", 9, "the third such High Court ruling in the south-west in two years"),
    ("S18", 7, "his personal best of 47.81 seconds ranks 11th in Europe"),
    ("S18", 10, "he did not attend the video-link hearing"),
    ("S19", 7, "he deleted his social media accounts"),
    ("S19", 8, "his lawyer calls the ruling deeply unjust"),
    ("S20", 4, "the Ukrainian federation accepts the decision, zero tolerance"),
]

SOURCE = "tests/data/own5/ (26 fictional articles written by the project's authors; the text is in the repository)"
PROCEDURE = (
    "written and labelled blind (no index/, tui/, benchmarks/ or tests/*.py code read; corpus-tui, "
    "pytest and the scorers not run): six fictional stories told by three or four outlets each, "
    "six distractors on neighbouring subjects; pairs and no-counterpart passages labelled by hand; "
    "paraphrase = same fact sharing at most two content words (checked by this builder). "
    "Built by tests/data/build_related_own5.py."
)


def build() -> dict:
    return own_related_sets.build(ARTICLES, ART, STORIES, DISTRACTORS, PAIRS, NONE, SOURCE, PROCEDURE)


if __name__ == "__main__":
    own_related_sets.write(OUT, build())
