"""Spelling folds under which two writings of one name coincide: transliteration and
romanisation variants (Yuri/Yury, Gaddafi/Qaddafi), initials of multi-word names."""
from __future__ import annotations

import re
from functools import lru_cache

# Spelling differences that transliteration and romanisation produce for one sound:
# Yuri/Yury, Gaddafi/Qaddafi/Gadhafi, Andrey/Andrei, Mikheil/Mikhail, Yevgeny/Evgeny.
_SKELETON_INITIAL = (("ye", "e"), ("yu", "iu"), ("ya", "ia"))
# (French romanisation's "dj" for "j" too: Djamel/Jamal. Not its "ch" for "sh": in English
# names that would make Mitchell Michael, Fitch Fish.)
_SKELETON_DIGRAPHS = (("dj", "j"), ("kh", "h"), ("gh", "g"), ("dh", "d"), ("th", "t"), ("ph", "f"), ("ck", "k"),
                      ("x", "ks"), ("q", "k"), ("w", "v"), ("y", "i"), ("j", "i"), ("ou", "u"), ("oo", "u"),
                      ("ee", "i"))
_HARD_C = re.compile(r"c(?=[aou]|$)")
_FINAL_EI = re.compile(r"ei$")
_VOWEL_I_VOWEL = re.compile(r"(?<=[aeou])i(?=[aeiou])")
_DOUBLES = re.compile(r"(.)\1+")
# "ow" before a consonant is the vowel "ou" spelt otherwise: Rowhani/Rouhani.
_OW_VOWEL = re.compile(r"ow(?=[^aeiouy])")


# British and American spellings of the words organisations are named with
# ("International Coffee Organisation" / "Organization", "Centre" / "Center").
_BRITISH_WORDS = {"centre": "center", "centres": "centers", "theatre": "theater", "defence": "defense",
                  "programme": "program", "programmes": "programs"}


@lru_cache(maxsize=262144)
def transliteration_skeleton(word: str) -> str:
    """A folding of one normalised word under which romanisation variants coincide."""
    word = _BRITISH_WORDS.get(word, word)
    if "isation" in word:
        word = word.replace("isation", "ization")
    if "ow" in word:
        word = _OW_VOWEL.sub("u", word)
    if word[:1] == "o" and word[1:2] not in ("", "a", "e", "i", "o", "u"):
        word = "u" + word[1:]   # initial o/u drift: Osama/Usama, Omar/Umar
    for prefix, replacement in _SKELETON_INITIAL:
        if word.startswith(prefix):
            word = replacement + word[len(prefix):]
            break
    word = _HARD_C.sub("k", word)
    for digraph, replacement in _SKELETON_DIGRAPHS:
        if digraph in word:
            word = word.replace(digraph, replacement)
    word = _FINAL_EI.sub("i", word).replace("ie", "i").replace("ai", "ei")
    word = _VOWEL_I_VOWEL.sub("", word)
    return _DOUBLES.sub(r"\1", word)


_DROP_VOWELS = str.maketrans("", "", "aeiou")


def consonants(skeleton: str) -> str:
    return skeleton[:1] + skeleton[1:].translate(_DROP_VOWELS)


def initials_of(words: list[str]) -> set[str]:
    skipped = {"of", "the", "and", "for", "on", "in", "de", "la", "du"}
    if len(words) < 2:
        return set()
    # "Standard and Poor's" is "S&P": an "and" may be written as the ampersand it stands for.
    return {"".join(w[0] for w in words if w not in skipped), "".join(w[0] for w in words),
            "".join("&" if w == "and" else w[0] for w in words if w == "and" or w not in skipped)}



def skeleton_of(normalised: str) -> str:
    return "".join(transliteration_skeleton(w) for w in normalised.split())

