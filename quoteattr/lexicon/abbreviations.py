"""Abbreviations that end in a period without ending a sentence.  Data only."""

from __future__ import annotations

__all__ = ["ABBREVIATIONS", "NAME_OR_TITLE_ABBREVIATIONS", "SENTENCE_STARTERS"]

#: Lower case, without the final period.  Titles before a name never end a sentence.
ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "maj", "capt",
        "cpl", "sgt", "adm", "cmdr", "pres", "supt", "rev", "hon", "amb", "atty", "sec", "st",
        "mgr", "msgr", "fr", "insp", "det", "cllr",
        "no", "nos", "vol", "fig", "art", "ch", "pp", "p", "ft", "mt", "ave", "blvd", "rd",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "vs", "v", "etc", "approx", "dept", "est", "govt", "jr", "sr", "inc", "corp", "co",
        "ltd", "bros",
    }
)  # fmt: skip

#: Titles that are surnames too ("Hon. Semisi Lolo" but "Hon Wai-ming"; "Eng. Omar Haddad", an
#: engineer, but "said Tan Ah Eng."): the word keeps its period, which tells the title, and ends
#: a sentence only before a common sentence opener, as a dotted acronym does.
NAME_OR_TITLE_ABBREVIATIONS: frozenset[str] = frozenset({"hon", "eng"})

#: Words that, after a dotted acronym ("... in the U.S. The talks ..."), mark a new sentence.
SENTENCE_STARTERS: frozenset[str] = frozenset(
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These",
        "Those", "But", "And", "Or", "So", "Yet", "In", "On", "At", "As", "If", "When", "While",
        "After", "Before", "There", "His", "Her", "Their", "Its", "Our", "My", "Some", "Many",
        "Most", "No", "Not", "What", "Why", "How", "Who", "However", "Still", "Meanwhile",
    }
)  # fmt: skip
