"""What alignment knows about one quote: a :class:`Record`, and :class:`AlignConfig`.

A record is built from one quote of one document and nothing else, so records
can be made document by document, anywhere, and still compare equal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import attrs

from ..compare import Tokens, tokenize
from ..config import Config
from ..lexicon.variants import STOPWORDS
from ..model import Article, Extraction, Quote, Relay
from ..pipeline import extract

if TYPE_CHECKING:
    from .group import Edge

__all__ = ["AlignConfig", "Record", "Source", "records_for", "speaker_key", "same_speaker"]

#: What :func:`quoteattr.align` accepts per document.
Source = Article | Extraction | tuple[str, str] | str

#: A pair scorer: two records (``a.rid < b.rid``) and the config -> an Edge or None.
PairScorer = Callable[["Record", "Record", "AlignConfig"], "Edge | None"]


def _non_negative(_inst: object, attribute: attrs.Attribute[Any], value: float) -> None:
    if value < 0:
        raise ValueError(f"AlignConfig.{attribute.name} must not be negative, got {value!r}")


@attrs.frozen(slots=True)
class AlignConfig:
    """Thresholds and limits of alignment (all numbers on the 0..100 scale are percentages).

    ``variant_threshold``: two renderings are variants of one statement when
    the Indel similarity of their normalized word lists (0..100) is at least
    this, or when they differ by at most ``variant_edits`` words (Indel
    distance: a substituted word counts 2) with a similarity of at least
    ``variant_floor``.
    ``fragment_edits``: a longer fragment (twice ``short_words`` words or more)
    may differ from the contiguous run it matches by this many words (Indel
    distance); shorter fragments must match exactly, after normalization.
    ``tiny_words``: a quote with fewer content words (not stop words) than this
    is *tiny* ("frozen", "tough, forthright"): it joins another quote only as an
    exact contiguous run, and only in its own article with the speaker agreeing
    or unknown, or in another article when both speakers are known and agree.
    ``short_words``: a quote with fewer words than this joins only when the
    speakers agree or one is unknown.
    ``shingle``: words per blocking shingle.  ``max_block``: a shingle shared by
    more quotes than this is compared only between neighbours (``window``) in
    the block sorted by the words that follow the shingle.  ``max_speaker_block``: a speaker+word block
    larger than this is too common to tell anything and is skipped;
    ``max_article_block``: likewise for the block of one article's quotes, where
    short fragments meet the quotes around them (so that an article with
    thousands of quotes stays linear).
    ``kinds``: the quote kinds aligned.  Indirect (reported) speech is left out
    until the paraphrase stage supplies a scorer for it (see ``scorers``).
    ``scorers``: pair scorers tried in order, the first Edge wins; ``None``
    means :data:`quoteattr.align.group.DEFAULT_SCORERS`.
    ``extract_config``: the :class:`~quoteattr.Config` used to extract quotes
    from Articles and texts.
    """

    variant_threshold: float = attrs.field(default=88.0, validator=_non_negative)
    variant_edits: int = attrs.field(default=4, validator=_non_negative)
    variant_floor: float = attrs.field(default=75.0, validator=_non_negative)
    fragment_edits: int = attrs.field(default=2, validator=_non_negative)
    tiny_words: int = attrs.field(default=3, validator=_non_negative)
    short_words: int = attrs.field(default=6, validator=_non_negative)
    shingle: int = attrs.field(default=3, validator=_non_negative)
    max_block: int = attrs.field(default=4, validator=_non_negative)
    window: int = attrs.field(default=2, validator=_non_negative)
    max_speaker_block: int = attrs.field(default=300, validator=_non_negative)
    max_article_block: int = attrs.field(default=300, validator=_non_negative)
    kinds: frozenset[str] = frozenset({"direct", "partial"})
    scorers: tuple[PairScorer, ...] | None = None
    extract_config: Config | None = None


DEFAULT_ALIGN_CONFIG = AlignConfig()


def speaker_key(name: str | None) -> str | None:
    """A speaker name for agreement: lower case, spaces collapsed (None stays None).

    >>> speaker_key("  Lena  Osei ")
    'lena osei'
    """
    if name is None or not name.strip():
        return None
    return " ".join(name.lower().split())


def same_speaker(a: str | None, b: str | None) -> bool:
    """Whether two known speaker keys name the same person: equal, or the same last word.

    >>> same_speaker("lena osei", "osei"), same_speaker("osei", "brandt")
    (True, False)
    """
    if a is None or b is None:
        return False
    return a == b or a.rpartition(" ")[2] == b.rpartition(" ")[2]


@attrs.frozen(slots=True, eq=False)
class Record:
    """One quote as alignment sees it.

    ``rid`` = (position of the document in the input, position of the quote
    in its extraction): the global order, made without any global counter.
    ``tokens``: the quote's words with normalized keys (offsets index
    ``quote.text``); ``keys`` = ``tokens.keys``.  ``content``: the keys that
    are not stop words.  ``speaker``: :func:`speaker_key` of the speaker's
    name, ``surname`` its last word.  ``tiny``: fewer content words than the
    config's ``tiny_words``.  Records compare and hash by ``rid``.
    """

    rid: tuple[int, int]
    doc_id: str
    quote: Quote
    tokens: Tokens
    keys: tuple[str, ...]
    content: tuple[str, ...]
    speaker: str | None
    surname: str | None
    relays: tuple[str, ...]
    tiny: bool
    credits: tuple[Relay, ...] = ()
    outlet: str | None = None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Record) and other.rid == self.rid

    def __hash__(self) -> int:
        return hash(self.rid)


def make_record(
    rid: tuple[int, int],
    doc_id: str,
    quote: Quote,
    credits: tuple[Relay, ...] = (),
    outlet: str | None = None,
    config: AlignConfig | None = None,
) -> Record:
    """A record for one quote."""
    cfg = config or DEFAULT_ALIGN_CONFIG
    tokens = tokenize(quote.text)
    content = tuple(k for k in tokens.keys if k not in STOPWORDS)
    speaker = speaker_key(quote.speaker.name) if quote.speaker is not None else None
    surname = speaker.rsplit(" ", 1)[-1] if speaker is not None else None
    relays = tuple(r.name for r in quote.relays)
    tiny = len(content) < cfg.tiny_words
    return Record(rid, doc_id, quote, tokens, tokens.keys, content, speaker, surname, relays, tiny, credits, outlet)


def _extraction_of(doc_pos: int, source: Source, config: AlignConfig) -> tuple[str, Extraction, str | None]:
    outlet = None
    if isinstance(source, Extraction):
        ex = source
        doc_id = source.id
    elif isinstance(source, Article):
        ex = extract(source, config.extract_config)
        doc_id, outlet = source.id, source.outlet
    elif isinstance(source, tuple) and len(source) == 2 and isinstance(source[1], str):
        doc_id = str(source[0])
        ex = extract(source[1], config.extract_config)
    elif isinstance(source, str):
        doc_id = None
        ex = extract(source, config.extract_config)
    else:
        raise TypeError(f"align() takes Articles, (id, text) pairs, texts or Extractions, not {type(source).__name__}")
    return (doc_id if doc_id is not None else f"#{doc_pos}"), ex, outlet


def records_for(doc_pos: int, source: Source, config: AlignConfig | None = None) -> list[Record]:
    """The records of one document at position ``doc_pos`` of the input.

    Articles and texts are extracted with ``config.extract_config``; an
    Extraction is used as it is.  Quotes of kinds outside ``config.kinds`` and
    quotes without a word are left out.  A document without an id is called
    ``#<doc_pos>``.

    >>> [r.keys for r in records_for(0, ("a1", 'She said "the talks were tough."'))]
    [('the', 'talks', 'were', 'tough')]
    """
    cfg = config or DEFAULT_ALIGN_CONFIG
    doc_id, ex, outlet = _extraction_of(doc_pos, source, cfg)
    out = []
    for qi, q in enumerate(ex.quotes):
        if str(q.kind) not in cfg.kinds:
            continue
        rec = make_record((doc_pos, qi), doc_id, q, ex.credits, outlet, cfg)
        if rec.keys:
            out.append(rec)
    return out
