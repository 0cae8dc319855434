"""Quote marks: which characters open a quote, which close it, and their families.

Data only.  A :class:`MarkPair` says that ``open`` starts a quote that one of
``closers`` ends.  ``symmetric`` marks (the straight ``"`` and ``'``) open and
close alike, so the tokenizer decides by context.  ``family`` is ``double`` or
``single``: single-quote families are subject to the apostrophe rules and to
``Config.single_quotes``.  ``turned`` lists marks that close the quote only in
a closing position (after a word, before a space or punctuation): the opening
glyph typed again where the closing one belongs (``“rapists“ while``), a
common slip of keyboards and converters.
"""

from __future__ import annotations

import attrs

__all__ = [
    "APOSTROPHES",
    "DEFAULT_MARKS",
    "ELISIONS",
    "MarkPair",
]


@attrs.frozen(slots=True)
class MarkPair:
    """One way to open a quote and the marks that may close it."""

    open: str
    closers: tuple[str, ...]
    family: str  # "double" | "single"
    name: str
    turned: tuple[str, ...] = ()

    @property
    def symmetric(self) -> bool:
        return self.open in self.closers


DEFAULT_MARKS: tuple[MarkPair, ...] = (
    MarkPair(
        "\N{QUOTATION MARK}", ("\N{QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"), "double", "straight double"
    ),
    MarkPair(
        "\N{LEFT DOUBLE QUOTATION MARK}",
        ("\N{RIGHT DOUBLE QUOTATION MARK}", "\N{QUOTATION MARK}"),
        "double",
        "curly double",
        ("\N{LEFT DOUBLE QUOTATION MARK}",),
    ),
    MarkPair(
        "\N{DOUBLE LOW-9 QUOTATION MARK}",
        ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        "double",
        "low double",
    ),
    MarkPair(
        "\N{DOUBLE HIGH-REVERSED-9 QUOTATION MARK}", ("\N{RIGHT DOUBLE QUOTATION MARK}",), "double", "reversed double"
    ),
    MarkPair(
        "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
        ("\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",),
        "double",
        "guillemets",
    ),
    MarkPair("\N{LEFT CORNER BRACKET}", ("\N{RIGHT CORNER BRACKET}",), "double", "corner brackets"),
    MarkPair(
        "\N{LEFT WHITE CORNER BRACKET}",
        ("\N{RIGHT WHITE CORNER BRACKET}",),
        "double",
        "white corner brackets",
    ),
    MarkPair("``", ("''", "\N{QUOTATION MARK}"), "double", "TeX double"),
    MarkPair(
        "\N{APOSTROPHE}",
        ("\N{APOSTROPHE}", "\N{RIGHT SINGLE QUOTATION MARK}"),
        "single",
        "straight single",
    ),
    MarkPair(
        "\N{LEFT SINGLE QUOTATION MARK}",
        ("\N{RIGHT SINGLE QUOTATION MARK}", "\N{APOSTROPHE}"),
        "single",
        "curly single",
        ("\N{LEFT SINGLE QUOTATION MARK}",),
    ),
    MarkPair(
        "\N{SINGLE LOW-9 QUOTATION MARK}",
        ("\N{LEFT SINGLE QUOTATION MARK}", "\N{RIGHT SINGLE QUOTATION MARK}"),
        "single",
        "low single",
    ),
    MarkPair(
        "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}",
        ("\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}",),
        "single",
        "single guillemets",
    ),
)

#: Characters that, between letters or after a word, are apostrophes by default.
APOSTROPHES: frozenset[str] = frozenset("\N{APOSTROPHE}\N{RIGHT SINGLE QUOTATION MARK}")

#: Words that begin with an elided letter ('em, 'til, 'n'): an apostrophe
#: before them opens nothing.  Compared in lower case, without the apostrophe.
ELISIONS: frozenset[str] = frozenset(
    {"em", "til", "tis", "twas", "cause", "bout", "n", "round", "nuff", "ol", "sup", "kay", "allo"}
)
