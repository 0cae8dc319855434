"""Word tables for comparing two renderings of a quote.  Data only.

Every entry is lower case.  The logic that uses them lives in
:mod:`quoteattr.compare` (labels) and :mod:`quoteattr.align` (normalized keys).
"""

from __future__ import annotations

__all__ = [
    "SPELLING_PAIRS",
    "SPELLING_SUFFIXES",
    "NEGATORS",
    "NEGATION_SUFFIX",
    "NUMBER_WORDS",
    "STOPWORDS",
    "ELLIPSES",
    "CONTRACTIONS",
]

#: British (or variant) spelling -> the American form used as the canonical key.
#: Whole words that the suffix rules below do not reach.
SPELLING_PAIRS: dict[str, str] = {
    "dialogue": "dialog", "dialogues": "dialogs", "programme": "program", "programmes": "programs",
    "catalogue": "catalog", "analogue": "analog", "grey": "gray", "tyre": "tire", "tyres": "tires",
    "cheque": "check", "cheques": "checks", "kerb": "curb", "aluminium": "aluminum", "plough": "plow",
    "jewellery": "jewelry", "mum": "mom", "pyjamas": "pajamas", "sceptical": "skeptical",
    "sceptic": "skeptic", "manoeuvre": "maneuver", "manoeuvres": "maneuvers", "defence": "defense",
    "offence": "offense", "licence": "license", "pretence": "pretense", "practise": "practice",
    "enrol": "enroll", "fulfil": "fulfill", "instalment": "installment", "judgement": "judgment",
    "ageing": "aging", "whilst": "while", "amongst": "among", "towards": "toward", "storey": "story",
    "draught": "draft", "gaol": "jail", "moustache": "mustache", "paediatric": "pediatric",
    "encyclopaedia": "encyclopedia", "oestrogen": "estrogen", "anaesthetic": "anesthetic",
    "haemorrhage": "hemorrhage", "foetus": "fetus", "mould": "mold", "smoulder": "smolder",
    "ok": "okay",
}  # fmt: skip

#: Suffix rules, British ending -> American ending, applied to words of at
#: least ``min_len`` letters (so "four" never becomes "for").
SPELLING_SUFFIXES: tuple[tuple[str, str, int], ...] = (
    ("ours", "ors", 6),  # colours, honours
    ("our", "or", 5),  # colour, honour, labour, behaviour
    ("ourable", "orable", 8),  # honourable
    ("ourite", "orite", 7),  # favourite
    ("isation", "ization", 8),  # organisation
    ("isations", "izations", 9),
    ("ise", "ize", 6),  # realise, recognise
    ("ised", "ized", 7),
    ("ises", "izes", 7),
    ("ising", "izing", 8),
    ("yse", "yze", 5),  # analyse, paralyse
    ("ysed", "yzed", 6),
    ("ysing", "yzing", 7),
    ("tre", "ter", 5),  # centre, theatre, metre
    ("tres", "ters", 6),
    ("bre", "ber", 5),  # fibre, sombre
    ("elled", "eled", 7),  # travelled, cancelled, labelled
    ("elling", "eling", 8),
    ("eller", "eler", 7),
)

#: Words that turn a clause into its denial.  A change in these is never cosmetic.
NEGATORS: frozenset[str] = frozenset(
    {"not", "no", "never", "nor", "neither", "none", "nobody", "nothing", "nowhere", "cannot", "without"}
)

#: A word ending in this carries a negation ("don't", "won't", "isn't").
NEGATION_SUFFIX = "n't"

#: Number words; a figure or one of these changed makes a number change.
NUMBER_WORDS: frozenset[str] = frozenset(
    {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions",
        "trillion", "dozen", "dozens", "half", "quarter", "first", "second", "third", "fourth",
        "fifth", "tenth", "double", "twice", "triple", "percent",
    }
)  # fmt: skip

#: Function words left out of blocking keys (never negators or number words).
STOPWORDS: frozenset[str] = frozenset(
    {
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for",
        "with", "from", "as", "into", "about", "than", "that", "this", "these", "those", "there",
        "it", "its", "it's", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does",
        "did", "have", "has", "had", "will", "would", "shall", "should", "can", "could", "may",
        "might", "must", "i", "we", "you", "he", "she", "they", "me", "us", "him", "her", "them",
        "my", "our", "your", "his", "their", "what", "which", "who", "whom", "so", "also", "very",
        "just", "all", "any", "some", "such", "more", "most", "out", "up", "then", "when", "while",
        "where", "how", "why", "here", "we're", "i'm", "we've", "i've", "they're", "that's",
    }
)  # fmt: skip

#: Marks that stand for dropped words.
ELLIPSES: tuple[str, ...] = ("...", "…", ". . .")

#: Contractions and their long forms: a change between them is a spelling matter.
CONTRACTIONS: dict[str, tuple[str, ...]] = {
    "won't": ("will", "not"), "can't": ("can", "not"), "cannot": ("can", "not"), "shan't": ("shall", "not"),
    "don't": ("do", "not"), "doesn't": ("does", "not"), "didn't": ("did", "not"), "isn't": ("is", "not"),
    "aren't": ("are", "not"), "wasn't": ("was", "not"), "weren't": ("were", "not"),
    "haven't": ("have", "not"), "hasn't": ("has", "not"), "hadn't": ("had", "not"),
    "wouldn't": ("would", "not"), "shouldn't": ("should", "not"), "couldn't": ("could", "not"),
    "mustn't": ("must", "not"), "it's": ("it", "is"), "that's": ("that", "is"), "we're": ("we", "are"),
    "they're": ("they", "are"), "you're": ("you", "are"), "i'm": ("i", "am"), "we've": ("we", "have"),
    "i've": ("i", "have"), "we'll": ("we", "will"), "i'll": ("i", "will"), "they'll": ("they", "will"),
    "let's": ("let", "us"),
}  # fmt: skip
