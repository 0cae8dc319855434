"""The frozen result classes: the ground floor every other module builds on.

Every class here is a frozen, slotted attrs class that compares by value and
turns into plain JSON with ``to_dict()``.  Offsets always index the caller's
string.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from typing import Any

import attrs

__all__ = [
    "Article",
    "Cue",
    "Extraction",
    "Problem",
    "Quote",
    "QuoteKind",
    "Relay",
    "Speaker",
    "to_plain",
]


class QuoteKind(str, enum.Enum):
    """How a quote sits in the author's text.

    ``direct``: a clause or sentence of its own (``"We are ready," she said``).
    ``partial``: a fragment inside the author's sentence
    (``relations were "getting worse and worse."``).
    ``indirect``: reported speech without marks (reserved for a later stage).

    >>> str(QuoteKind.DIRECT)
    'direct'
    """

    DIRECT = "direct"
    PARTIAL = "partial"
    INDIRECT = "indirect"

    def __str__(self) -> str:
        return self.value


def to_plain(value: Any) -> Any:
    """Turn a result object (or a container of them) into JSON-ready data."""
    if attrs.has(type(value)):
        return {
            f.name: to_plain(getattr(value, f.name))
            for f in attrs.fields(type(value))
            if f.metadata.get("serialize", True)
        }
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (tuple, list)):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    return value


class _Plain:
    """Mixin: ``to_dict()`` for every result class."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """The object as plain JSON-ready data (what the CLI writes)."""
        out: dict[str, Any] = to_plain(self)
        return out


def _opt_str(value: object) -> str | None:
    return None if value is None else str(value)


@attrs.frozen(slots=True)
class Article(_Plain):
    """One input document: the text and what is known about where it came from.

    >>> Article("He said \\"hi\\".", id="a1").id
    'a1'
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    id: str | None = attrs.field(default=None, converter=_opt_str, kw_only=True)
    outlet: str | None = attrs.field(default=None, kw_only=True)
    published: str | None = attrs.field(default=None, kw_only=True)
    url: str | None = attrs.field(default=None, kw_only=True)


@attrs.frozen(slots=True)
class Relay(_Plain):
    """A channel between the speaker and the article: an agency, an office, a wire.

    ``name`` is the registry name ("RIA", "State Department"), or the words
    themselves for an unnamed relay ("Russian news agencies").  ``start`` and
    ``end`` locate the words that name it, when the relay is named in the text.
    """

    name: str
    kind: str = "agency"
    mention: str | None = None
    start: int | None = None
    end: int | None = None
    country: str | None = None
    named: bool = True


@attrs.frozen(slots=True)
class Speaker(_Plain):
    """Who said it: the canonical ``name`` and the ``mention`` at the attribution site."""

    name: str
    mention: str
    start: int
    end: int
    kind: str = "person"


@attrs.frozen(slots=True)
class Cue(_Plain):
    """The words that attribute a quote ("said", "quoted ... as saying").

    ``start``/``end`` cover the whole cue; ``parts`` lists the pieces of a
    discontinuous one.
    """

    text: str
    start: int
    end: int
    parts: tuple[tuple[int, int], ...] = ()


@attrs.frozen(slots=True)
class Quote(_Plain):
    """One quoted span.

    ``start``/``end`` delimit the words between the marks, so
    ``text == source[start:end]``.  ``open_at``/``close_at`` are the offsets of
    the marks themselves (``close_at`` is ``None`` for an unclosed quote).
    ``segments`` lists the pieces of a quote that runs over several paragraphs.
    """

    text: str
    start: int
    end: int
    kind: QuoteKind = QuoteKind.DIRECT
    speaker: Speaker | None = None
    cue: Cue | None = None
    relays: tuple[Relay, ...] = ()
    confidence: float = 0.0
    rule: str | None = None
    closed: bool = True
    open_at: int | None = None
    close_at: int | None = None
    marks: str = ""
    segments: tuple[tuple[int, int], ...] = ()
    depth: int = 0


@attrs.frozen(slots=True)
class Problem(_Plain):
    """Something odd found in the input, reported rather than hidden."""

    code: str
    message: str
    start: int
    end: int


@attrs.frozen(slots=True)
class Extraction(_Plain):
    """The quotes of one article, in text order, and the wires credited for it.

    Iterating yields the quotes:

    >>> ex = Extraction(quotes=())
    >>> list(ex), len(ex)
    ([], 0)
    """

    quotes: tuple[Quote, ...]
    credits: tuple[Relay, ...] = ()
    id: str | None = None
    problems: tuple[Problem, ...] = ()
    length: int = 0

    def __iter__(self) -> Iterator[Quote]:
        return iter(self.quotes)

    def __len__(self) -> int:
        return len(self.quotes)

    def __getitem__(self, index: int) -> Quote:
        return self.quotes[index]
