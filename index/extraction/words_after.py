"""Words written after a name that are no part of it: letters of an honour ("Ann Lee QC",
where the title before a name is left out as well) and a format the work or the brand is
sold on ("the Tarn Hollow DVD", "a Varnex DVD"), which a run of capitals takes in."""
from __future__ import annotations

from ..folding import normalize_name
from .tokens import RawMention
from .word_lists import FORMATS_AFTER_A_NAME, POST_NOMINALS


def words_after_names(text: str, mentions: list[RawMention]) -> None:
    """Cut, in place, the letters of an honour after a person's name and a format's acronym
    after a name that is no acronym itself (not "HD DVD", a format's own name)."""
    for mention in mentions:
        words = mention.tokens
        if len(words) < 2 or not words[-1].all_caps or not words[-1].gap_before == " ":
            continue
        last = words[-1].folded
        if last in POST_NOMINALS and mention.type in ("PERSON", "OTHER") \
                or last in FORMATS_AFTER_A_NAME and not words[-2].all_caps and len(words[-2].text) > 1:
            end = words[-2].end
            mention.end, mention.text, mention.tokens = end, text[mention.start:end], words[:-1]
            mention.key = normalize_name(mention.text)
            if last in POST_NOMINALS:
                mention.type, mention.unexplained = "PERSON", False   # (the letters say who bears them)
