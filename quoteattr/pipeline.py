"""extract(): segment -> spans -> mentions -> attribution, for one article."""

from __future__ import annotations

import bisect

from .attribution import attribute
from .config import DEFAULT_CONFIG, Config
from .model import Article, Extraction, Problem, Quote
from .segment import paragraphs, sentences
from .spans import RawSpan, find_spans, quote_kind

__all__ = ["extract", "Document"]


class Document:
    """One text split into paragraphs and sentences, shared by every stage.

    Sentences are computed lazily per paragraph, so a stage that looks at a few
    paragraphs pays only for those.
    """

    __slots__ = ("_para_starts", "_sentence_starts", "_sentences", "paras", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.paras = paragraphs(text)
        self._para_starts = [s for s, _ in self.paras]
        self._sentences: dict[int, list[tuple[int, int]]] = {}
        self._sentence_starts: dict[int, list[int]] = {}

    def paragraph_index(self, pos: int) -> int:
        """Index of the paragraph holding ``pos`` (the one before it, between paragraphs)."""
        return max(0, bisect.bisect_right(self._para_starts, pos) - 1)

    def sentences_of(self, pi: int) -> list[tuple[int, int]]:
        got = self._sentences.get(pi)
        if got is None:
            s, e = self.paras[pi]
            got = sentences(self.text, s, e)
            self._sentences[pi] = got
            self._sentence_starts[pi] = [a for a, _ in got]
        return got

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The sentence holding ``pos`` (or the paragraph, for a position between sentences)."""
        if not self.paras:
            return (0, len(self.text))
        pi = self.paragraph_index(pos)
        sents = self.sentences_of(pi)
        k = bisect.bisect_right(self._sentence_starts[pi], pos) - 1
        if 0 <= k < len(sents):
            return sents[k]
        return self.paras[pi]

    def sentence_before(self, pos: int) -> tuple[int, int] | None:
        """The sentence before the one holding ``pos`` in its paragraph; None for a paragraph's first."""
        if not self.paras:
            return None
        sent_s, _ = self.sentence_at(pos)
        if sent_s <= self.paras[self.paragraph_index(pos)][0]:
            return None
        return self.sentence_at(sent_s - 1)

    def sentence_after(self, pos: int) -> tuple[int, int] | None:
        """The sentence after the one holding ``pos`` in its paragraph; None for a paragraph's last."""
        if not self.paras:
            return None
        pi = self.paragraph_index(pos)
        sents = self.sentences_of(pi)
        k = bisect.bisect_right(self._sentence_starts[pi], pos)
        return sents[k] if k < len(sents) else None


def _to_quote(doc: Document, span: RawSpan) -> Quote:
    sent_start = doc.sentence_at(span.open_at)[0]
    return Quote(
        text=doc.text[span.start : span.end],
        start=span.start,
        end=span.end,
        kind=quote_kind(doc.text, span, sent_start),
        closed=span.closed,
        open_at=span.open_at,
        close_at=span.close_at,
        marks=span.marks,
        segments=span.segments,
        depth=span.depth,
    )


def extract(source: str | Article, config: Config | None = None) -> Extraction:
    """Find every quote in ``source`` with its speaker, cue and relays.

    ``source`` is a string or an :class:`~quoteattr.Article`.  Offsets in the
    result index that string exactly.

    >>> ex = extract('"We are ready," the minister said.')
    >>> [(q.text, str(q.kind)) for q in ex]
    [('We are ready,', 'direct')]
    """
    cfg = config or DEFAULT_CONFIG
    if isinstance(source, Article):
        text, doc_id = source.text, source.id
    elif isinstance(source, str):
        text, doc_id = source, None
    else:
        raise TypeError(f"extract() takes a str or an Article, not {type(source).__name__}")
    problems: list[Problem] = []
    if cfg.max_doc_chars is not None and len(text) > cfg.max_doc_chars:
        raise ValueError(f"document of {len(text)} characters is over Config.max_doc_chars={cfg.max_doc_chars}")
    doc = Document(text)
    spans, span_problems = find_spans(text, cfg)
    problems.extend(span_problems)
    quotes = [_to_quote(doc, s) for s in spans]
    attributed, credits = attribute(doc, quotes, cfg)
    return Extraction(
        quotes=tuple(attributed),
        credits=tuple(credits),
        id=doc_id,
        problems=tuple(problems),
        length=len(text),
    )
