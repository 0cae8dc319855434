"""Hypothesis strategies for news-like text with quotes, and for any Unicode at all."""

from __future__ import annotations

from hypothesis import strategies as st

from quoteattr.lexicon.marks import DEFAULT_MARKS

#: Characters that make trouble: surrogates, NUL, BOM, line and paragraph separators,
#: every quote mark of the table, apostrophes, dashes and white space.
AWKWARD = (
    "\ud800", "\udfff", "\x00", "\ufeff", "\u2028", "\u2029", "\x85", "\r", "\n", "\t", "\v", "\f",
    "\u00a0", "\u2014", "\u2026", "'", "`", "``", "''", "\"", *(p.open for p in DEFAULT_MARKS),
    *(c for p in DEFAULT_MARKS for c in p.closers),
)  # fmt: skip

WORDS = (
    "the", "port", "ferry", "council", "minister", "said", "would", "never", "agree", "talks",
    "were", "difficult", "and", "on", "Monday", "we", "will", "not", "leave", "crew", "harbor",
    "plan", "Ms.", "Dr.", "U.S.", "3.5", "percent", "No.", "tide", "over",
)  # fmt: skip
APOSTROPHE_WORDS = ("don't", "Don’t", "Norway's", "crews'", "'90s", "O'Brien", "rock 'n' roll", "won’t")
SPEAKERS = ("the minister said", "she said", "said Dr. Lee", "the captain told reporters", "he added")

#: Pairs of plain marks used for generated quotes: (open, close).
DOUBLE_PAIRS = (('"', '"'), ("\u201c", "\u201d"), ("\u00ab", "\u00bb"), ("\u201e", "\u201c"))

any_text = st.lists(st.one_of(st.characters(), st.sampled_from(AWKWARD)), max_size=300).map("".join)
"""Any string at all, with the awkward characters above drawn often."""


@st.composite
def phrase(draw: st.DrawFn, min_words: int = 1, max_words: int = 8) -> str:
    """Lower-case words without quote marks (apostrophes in words included)."""
    n = draw(st.integers(min_words, max_words))
    pool = st.one_of(st.sampled_from(WORDS), st.sampled_from(APOSTROPHE_WORDS))
    return " ".join(draw(pool) for _ in range(n))


@st.composite
def plain_sentence(draw: st.DrawFn) -> str:
    """A sentence with no quote marks (apostrophes only)."""
    words = draw(phrase(min_words=2))
    return words[0].upper() + words[1:] + "."


@st.composite
def quoted_sentence(draw: st.DrawFn, pairs: tuple[tuple[str, str], ...] = DOUBLE_PAIRS) -> str:
    """A sentence holding one or two well-formed double quotes, direct or partial."""
    open_, close = draw(st.sampled_from(pairs))
    inner = draw(phrase())
    shape = draw(st.sampled_from(("direct", "partial", "split")))
    if shape == "direct":
        return f"{open_}{inner.capitalize()},{close} {draw(st.sampled_from(SPEAKERS))}."
    if shape == "partial":
        return f"{draw(phrase()).capitalize()} {open_}{inner}{close} today."
    second = draw(phrase())
    return f"{open_}{inner.capitalize()},{close} {draw(st.sampled_from(SPEAKERS))}, {open_}{second}.{close}"


@st.composite
def paragraph(draw: st.DrawFn) -> str:
    """One to four sentences, some with quotes."""
    parts = draw(st.lists(st.one_of(plain_sentence(), quoted_sentence()), min_size=1, max_size=4))
    return " ".join(parts)


@st.composite
def article(draw: st.DrawFn) -> str:
    """News-like text: paragraphs separated by blank lines (or single newlines)."""
    paras = draw(st.lists(paragraph(), min_size=1, max_size=5))
    sep = draw(st.sampled_from(("\n\n", "\n")))
    return sep.join(paras)


@st.composite
def straight_article(draw: st.DrawFn) -> str:
    """An article whose only double marks are straight ``"``, all well paired (at least one quote)."""
    first = draw(quoted_sentence(pairs=(('"', '"'),)))
    paras = draw(
        st.lists(
            st.lists(st.one_of(plain_sentence(), quoted_sentence(pairs=(('"', '"'),))), min_size=1, max_size=3),
            min_size=1,
            max_size=4,
        )
    )
    return first + " " + "\n\n".join(" ".join(p) for p in paras)


def curl(text: str) -> str:
    """Straight double marks turned into curly ones, alternating open and close."""
    out, opening = [], True
    for ch in text:
        if ch == '"':
            out.append("\u201c" if opening else "\u201d")
            opening = not opening
        else:
            out.append(ch)
    return "".join(out)


#: Pathological inputs: family name -> a function of the wanted size in characters.
#: Each one targets a way a naive pairing goes quadratic or swallows the text.
PATHOLOGICAL = {
    "unclosed-openers": lambda n: "\u201ca " * (n // 3),
    "closers-only": lambda n: "a\u201d " * (n // 3),
    "straight-marks": lambda n: '"' * n,
    "its": lambda n: "it's " * (n // 5),
    "mismatched": lambda n: "\u201ca\u00bb" * (n // 3),
    "deep-nesting": lambda n: "\u201ca \u2018b \u00abc \u2039d \u201ee " * (n // 20),
    "multi-paragraph": lambda n: "\u201cThe plan is late.\n\n" * (n // 20) + "\u201d",
    "open-before-text": lambda n: "\u201cThis quote never ends " + "and the report goes on. " * (n // 24),
    "open-before-paragraphs": lambda n: "\u201cThis quote never ends\n\n" + "and the report goes on.\n\n" * (n // 25),
    "single-soup": lambda n: "the crews' \u2018plan ' 'n' " * (n // 24),
}
