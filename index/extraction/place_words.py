"""Words of places' names for the rule extractor: the kinds written before or after a
place's name, the compass and position words of regions, the abbreviations inside names."""
from __future__ import annotations

# A place's kind written before its name: "River Thames", "Gulf of Suez", "Mount Kenya".
PLACE_HEADS_BEFORE = frozenset({"river", "lake", "mount", "mt", "cape", "isle", "port", "puerto", "gulf", "bay", "sea",
                                "strait", "straits"})
# Regions named by where they lie: "Middle East", "Far East", "Deep South".
CARDINAL_POINTS = frozenset({"north", "south", "east", "west"})
POSITION_WORDS = frozenset({"middle", "far", "near", "mid", "deep"})
# Of the kinds before a name, the waters name a place only with "of" ("Gulf of Suez"; not "Gulf War",
# "Bay City Rollers", "Sea King").
WATERS = frozenset({"gulf", "bay", "sea", "strait", "straits"})
# Nouns that make a capitalised phrase a place when they end it.
PLACE_HEADS = frozenset({"islands", "island", "isles", "river", "lake", "bay", "valley", "coast", "mountains",
                         "peninsula", "desert", "sea", "ocean", "gulf", "strait", "straits", "airport", "county",
                         "province", "district", "heights", "plateau", "canal", "harbour", "harbor", "theatre",
                         "theater", "stadium", "arena", "square", "springs", "falls", "reef", "basin", "glacier",
                         "plains", "lagoon", "gardens"})
# ... and those that end a person's name as well ("Coldwater Creek", "Beverly Hills"; not
# "Dennis Hills"): a place only when no given name comes first.
PLACE_HEADS_NOT_AFTER_GIVEN_NAMES = frozenset({"creek", "hills"})
# Abbreviated words that begin a place's name and keep their full stop inside it ("St. Louis",
# "Mt. Hood", "Ft. Worth"), and the words gazetteers spell them out as.
ABBREVIATED_PLACE_WORDS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
# "S. Africa", "N. Irish": the initial of a compass word before a place or demonym.
COMPASS_INITIALS = {"n.": "north", "s.": "south", "e.": "east", "w.": "west",
                    "n": "north", "s": "south", "e": "east", "w": "west"}   # "S. Africa", "W Germany"
