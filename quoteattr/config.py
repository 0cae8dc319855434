"""Config: which tables quoteattr uses and which limits it keeps.

A ``Config`` is frozen; make a changed copy with :meth:`Config.evolve` (or
``attrs.evolve``).  Every knowledge table (quote marks, speech verbs, titles,
the relay registry) is a field, so a caller extends it without touching the
package:

>>> from quoteattr.lexicon.marks import DEFAULT_MARKS
>>> cfg = Config(single_quotes="off")
>>> cfg.single_quotes, cfg.marks == DEFAULT_MARKS
('off', True)
"""

from __future__ import annotations

from typing import Any

import attrs

from .lexicon.cues import AS_SAYING_VERBS, NAMING_VERBS, SPEECH_NOUNS, SPEECH_VERBS, TEXT_VERBS
from .lexicon.marks import DEFAULT_MARKS, MarkPair
from .lexicon.relays import DEFAULT_OUTLETS, DEFAULT_RELAYS, OutletTables, RelayEntry
from .lexicon.titles import DEFAULT_NAME_TABLES, NameTables

__all__ = ["Config", "DEFAULT_CONFIG"]


def _one_of(*choices: str) -> Any:
    return attrs.validators.in_(choices)


def _positive(_inst: object, attribute: attrs.Attribute[Any], value: float | None) -> None:
    if value is not None and value <= 0:
        raise ValueError(f"Config.{attribute.name} must be positive, got {value!r}")


@attrs.frozen(slots=True)
class Config:
    """Tables and limits for one run.

    ``marks``: the quote-mark pairs (:data:`quoteattr.lexicon.marks.DEFAULT_MARKS`).
    ``single_quotes``: ``"on"`` single marks quote like double ones; ``"off"``
    they never quote; ``"auto"`` (default) they quote when they pair up inside
    one paragraph, and an unpaired one is taken for an apostrophe.
    ``max_quote_chars``: a quote longer than this is closed at the paragraph
    where it passes the limit and flagged unclosed.
    ``max_nesting``: deeper quote marks are reported and ignored.
    ``include_nested``: also return quotes inside quotes (``depth`` > 0).
    ``speech_verbs``, ``naming_verbs`` (called it "baseless"), ``as_saying_verbs``
    (quoted X as saying), ``text_verbs`` (the letter read "..."), ``speech_nouns``
    (His reply was blunt: "..."): the cue tables, every form in lower case.
    ``names``: the name tables (titles, honorifics, role nouns, organization
    suffixes, words that are never names, ...), a
    :class:`~quoteattr.lexicon.titles.NameTables`; extend one with, say,
    ``Config(names=DEFAULT_NAME_TABLES.evolve(titles=DEFAULT_NAME_TABLES.titles | {"harbormaster"}))``.
    ``relays``: the registry of agencies and official channels.
    ``outlets``: what makes a name an outlet's when the registry does not hold it ("the
    regional daily X", "the Wangaratta Chronicle"), a
    :class:`~quoteattr.lexicon.relays.OutletTables`.
    ``rules``: the attribution rules to run, in order: names of built-in rules or
    ``(name, function)`` pairs (``None``: all built-in rules, in the default
    order of :data:`quoteattr.attribution.rules.RULES`).
    ``min_confidence``: a speaker decided with less confidence is dropped.
    ``max_doc_chars`` / ``time_limit``: per-document limits used by corpus runs.
    """

    marks: tuple[MarkPair, ...] = attrs.field(default=DEFAULT_MARKS, converter=tuple)
    single_quotes: str = attrs.field(default="auto", validator=_one_of("auto", "on", "off"))
    max_quote_chars: int = attrs.field(default=20_000, validator=_positive)
    max_nesting: int = attrs.field(default=4, validator=_positive)
    include_nested: bool = False
    max_problems: int = attrs.field(default=100, validator=_positive)
    speech_verbs: frozenset[str] = attrs.field(default=SPEECH_VERBS, converter=frozenset)
    naming_verbs: frozenset[str] = attrs.field(default=NAMING_VERBS, converter=frozenset)
    as_saying_verbs: frozenset[str] = attrs.field(default=AS_SAYING_VERBS, converter=frozenset)
    text_verbs: frozenset[str] = attrs.field(default=TEXT_VERBS, converter=frozenset)
    speech_nouns: frozenset[str] = attrs.field(default=SPEECH_NOUNS, converter=frozenset)
    names: NameTables = attrs.field(default=DEFAULT_NAME_TABLES, validator=attrs.validators.instance_of(NameTables))
    relays: tuple[RelayEntry, ...] = attrs.field(default=DEFAULT_RELAYS, converter=tuple)
    outlets: OutletTables = attrs.field(default=DEFAULT_OUTLETS, validator=attrs.validators.instance_of(OutletTables))
    rules: tuple[Any, ...] | None = attrs.field(default=None, converter=attrs.converters.optional(tuple))
    min_confidence: float = 0.0
    max_doc_chars: int | None = attrs.field(default=5_000_000, validator=_positive)
    time_limit: float | None = attrs.field(default=None, validator=_positive)

    def evolve(self, **changes: Any) -> Config:
        """A copy with ``changes`` applied."""
        return attrs.evolve(self, **changes)


DEFAULT_CONFIG = Config()
