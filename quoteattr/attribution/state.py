"""The shared state the attribution rules read: one article, one quote at a time."""

from __future__ import annotations

import bisect
from functools import cached_property
from typing import TYPE_CHECKING

import attrs

from ..config import Config
from ..lexicon.titles import NameTables
from ..mentions import Mention, NameTable, RelayIndex, Token, tokenize
from ..model import Quote, Relay

if TYPE_CHECKING:
    from ..pipeline import Document

__all__ = ["ArticleContext", "Decision", "QuoteState"]

#: How far a rule looks around a quote, in characters (bounds every window).
WINDOW = 300
#: How many earlier quotes a rule or a resolver looks back at (keeps every pass linear).
LOOKBACK = 24


@attrs.frozen(slots=True)
class Decision:
    """What a rule decided for one quote.

    ``mention`` is the phrase at the attribution site; ``cue`` the pieces of
    the attributing words; ``attr_end`` where the attribution clause ends
    (used by the continuation rule to see whether anyone intervenes).
    ``inherited`` is set when the speaker is carried over from another quote.
    """

    rule: str
    confidence: float
    mention: Mention | None
    cue: tuple[tuple[int, int], ...] = ()
    relays: tuple[Relay, ...] = ()
    attr_end: int = 0
    inherited: int | None = None


#: Outlets' nouns that name places too ("the station Harlan Central", "the channel"): no name
#: after them alone is known for an outlet's later.
_PLACE_NOUNS = frozenset({"station", "channel"})


class ArticleContext:
    """Per-article tables shared by every quote: names, relays, the decisions so far."""

    def __init__(self, doc: Document, quotes: list[Quote], config: Config) -> None:
        self.doc = doc
        self.text = doc.text
        self.quotes = quotes
        self.config = config
        self.decisions: list[Decision | None] = [None] * len(quotes)
        self._outside_tokens: dict[tuple[int, int], list[Token]] = {}
        #: The body of a kind each far paragraph names (:func:`~quoteattr.attribution._far_body`),
        #: read once per kind, description words and paragraph.
        self.far_bodies: dict[tuple[str, tuple[str, ...], int], str | None] = {}
        #: Where the article tells an age by a sentence of its own, and the gender of its
        #: pronoun, by age (:func:`~quoteattr.attribution._age_told`), read once on demand.
        self.told_ages: dict[str, list[tuple[int, str]]] | None = None
        #: The words of a people or a place written with each full name
        #: (:func:`~quoteattr.attribution._place_words_of`), read once per name.
        self.place_words: dict[str, frozenset[str]] = {}
        #: The wires the article credits (:func:`~quoteattr.attribution.credits.find_credits`),
        #: read before the rules run: "told this agency" is told to the one a dateline names.
        self.credits: list[Relay] = []
        #: The words before the first "(initials)" the article writes, by initials
        #: (:func:`~quoteattr.attribution.relays._words_before_brackets`), read once each.
        self.bracketed: dict[str, str] = {}

    @cached_property
    def names(self) -> NameTable:
        return NameTable(self.text, tables=self.config.names)

    @cached_property
    def named_speakers(self) -> frozenset[str]:
        """The people some quote's decision names as its speaker, each by the fullest name the
        article gives; read once, after every quote has its decision."""
        return frozenset(
            self.names.resolve(d.mention.named.text)
            for d in self.decisions
            if d is not None and d.mention is not None and d.mention.named.kind == "person"
        )

    @cached_property
    def relays(self) -> RelayIndex:
        return RelayIndex(self.text, self.config.relays, tables=self.config.names)

    @cached_property
    def introduced_outlets(self) -> dict[str, tuple[int, str]]:
        """The outlets the article names after an outlet's noun, outside quotes ("the private TV
        channel Harlan Live", "the weekly Kestrel Voice"): name -> where first named and its kind,
        read in one scan when first asked, so that the bare name later is known for an outlet."""
        outlets = self.config.outlets
        out: dict[str, tuple[int, str]] = {}
        for hit in outlets.noun_before_name.finditer(self.text):
            m = outlets.after_noun.match(self.text, hit.start())  # from the noun: cheap, anchored
            if m is None or " ".join(m.group("noun").split()) in _PLACE_NOUNS:
                continue  # "at the station Harlan Central": a railway's, perhaps
            name = " ".join(m.group("name").split()).removesuffix("'s").removesuffix("’s").rstrip(".")
            if name and name.lower() not in self.config.names.not_names and not self.inside_quote(m.start()):
                out.setdefault(name, (m.start("name"), outlets.kind_of(m.group("noun"))))
        return out

    @cached_property
    def _quote_starts(self) -> list[int]:
        return [q.start for q in self.quotes]

    def tokens_outside(self, start: int, end: int) -> list[Token]:
        """The tokens of ``text[start:end]`` outside every quote, read once per span (the pronoun
        passes read the same few sentences for neighbouring quotes)."""
        key = (start, end)
        got = self._outside_tokens.get(key)
        if got is None:
            got = [tok for a, b in self.outside_quotes(start, end) for tok in tokenize(self.text, a, b)]
            self._outside_tokens[key] = got
        return got

    def inside_quote(self, pos: int) -> bool:
        """Whether ``pos`` falls within the words of a quote (between its marks)."""
        k = bisect.bisect_right(self._quote_starts, pos) - 1
        return k >= 0 and pos < self.quotes[k].end

    def outside_quotes(self, start: int, end: int) -> list[tuple[int, int]]:
        """The pieces of ``start:end`` that lie outside the words of every quote."""
        quotes = self.quotes
        k = max(0, bisect.bisect_right(self._quote_starts, start) - 1)
        out: list[tuple[int, int]] = []
        pos = start
        while k < len(quotes) and quotes[k].start < end:
            q = quotes[k]
            if q.end > pos:
                if q.start > pos:
                    out.append((pos, q.start))
                pos = q.end
            k += 1
        if pos < end:
            out.append((pos, end))
        return out

    def close_end(self, i: int) -> int:
        q = self.quotes[i]
        if q.close_at is None:
            return q.end
        two = self.text[q.close_at : q.close_at + 2]
        return q.close_at + (2 if two in ("''", "``") else 1)


class QuoteState:
    """One quote and the two windows around it where its attribution may stand.

    ``before`` runs from the start of the quote's sentence (or the end of the
    previous quote in it) to the opening mark; ``after`` from the closing mark
    to the end of the sentence (or the next quote).  Both are bounded by
    :data:`WINDOW` characters and the paragraph.
    """

    def __init__(self, ctx: ArticleContext, index: int) -> None:
        self.ctx = ctx
        self.index = index
        self.quote = q = ctx.quotes[index]
        #: The name tables every phrase is read with (``Config.names``).
        self.tables: NameTables = ctx.config.names
        doc = ctx.doc
        text = ctx.text
        open_at = q.open_at if q.open_at is not None else q.start
        self.open_at = open_at
        self.close_end = ctx.close_end(index)
        pi = doc.paragraph_index(open_at)
        para_s, _ = doc.paras[pi] if doc.paras else (0, len(text))
        self.paragraph = pi
        self.para_start = para_s
        sent_s, _ = doc.sentence_at(open_at)
        lo = max(sent_s, para_s, open_at - WINDOW)
        #: Where the before window would start if no earlier quote of the sentence cut it.
        self.sentence_lo = lo
        if index > 0:
            prev_end = ctx.close_end(index - 1)
            if prev_end <= open_at:
                lo = max(lo, prev_end)
        self.before = (lo, open_at)
        end_pi = doc.paragraph_index(max(self.close_end - 1, 0))
        para_e = doc.paras[end_pi][1] if doc.paras else len(text)
        self.end_paragraph = end_pi
        self.para_end = para_e
        _, sent_e = doc.sentence_at(max(self.close_end - 1, 0))
        #: The after window is the sentence that follows a quote that closed its own
        #: sentence ("...?" Reyes demanded.); attributions there must be short.
        self.after_next_sentence = False
        if sent_e <= self.close_end and self.close_end < len(text):
            self.after_next_sentence = True
            # the quote closed its sentence ("...?" Reyes demanded.): read the next one
            at = self.close_end
            while at < len(text) and text[at] in " \t":
                at += 1
            if at < para_e:
                sent_e = doc.sentence_at(at)[1]
        hi = min(max(sent_e, self.close_end), para_e, self.close_end + WINDOW)
        #: Where the after window would end if no later quote cut it: the end of the sentence
        #: (or of the next one, after a quote that closed its own), the paragraph, or WINDOW.
        self.after_bound = hi
        if index + 1 < len(ctx.quotes):
            nxt = ctx.quotes[index + 1]
            nxt_open = nxt.open_at if nxt.open_at is not None else nxt.start
            if nxt_open >= self.close_end:
                hi = min(hi, nxt_open)
        self.after = (self.close_end, max(self.close_end, hi))
        #: Results of helper readings that more than one rule asks for (computed once).
        self.memo: dict[str, Decision | None] = {}

    @cached_property
    def headline(self) -> bool:
        """Whether the quote stands in the article's first paragraph, read as a headline.

        A headline is short and in title case, or has no final stop; its capitalized
        words may be verbs ("Reyes Calls Port Plan 'a Mess'").
        """
        doc = self.ctx.doc
        if self.paragraph != 0 or len(doc.paras) < 2:
            return False
        s, e = doc.paras[0]
        if e - s > 200:
            return False
        words = [t for t in tokenize(self.ctx.text, s, e) if t.is_word and len(t.text) > 3]
        title_case = bool(words) and sum(t.is_cap for t in words) >= 0.7 * len(words)
        return title_case or self.ctx.text[e - 1] not in ".!?"

    @cached_property
    def before_tokens(self) -> list[Token]:
        return tokenize(self.ctx.text, *self.before)

    @cached_property
    def after_tokens(self) -> list[Token]:
        return tokenize(self.ctx.text, *self.after)

    @cached_property
    def tokens_past_title(self) -> list[Token]:
        """The before window stretched back over a title quoted just before in the sentence.

        ``Dahl tells Channel 4's "Morning Tide" on Friday that "..."``: the cue
        stands before the title, which cut the before window.  Empty unless
        the previous quote closes where the window starts and was decided to
        be a title.
        """
        i = self.index
        if i == 0 or self.before[0] <= self.sentence_lo or self.ctx.close_end(i - 1) != self.before[0]:
            return []
        d = self.ctx.decisions[i - 1]
        if d is None or d.rule != "title_of_work":
            return []
        lo = self.sentence_lo
        if i >= 2 and self.ctx.close_end(i - 2) > lo:
            lo = self.ctx.close_end(i - 2)
        return tokenize(self.ctx.text, lo, self.open_at)

    @cached_property
    def _tail(self) -> tuple[list[Token], Quote | None]:
        if self.after[1] >= self.after_bound or self.after_next_sentence:
            return [], None
        quotes = self.ctx.quotes
        start = self.after[1]
        last: Quote | None = None
        for j in range(self.index + 1, min(len(quotes), self.index + 1 + LOOKBACK)):
            q = quotes[j]
            if (q.open_at if q.open_at is not None else q.start) >= self.after_bound:
                break
            if self.ctx.close_end(j) >= start:
                start, last = self.ctx.close_end(j), q
        if start >= self.after_bound:
            return [], None
        return tokenize(self.ctx.text, start, self.after_bound), last

    @property
    def tail_tokens(self) -> list[Token]:
        """The end of the quote's sentence after the later quotes in it, when the after window stops at one.

        ``"stagnant" as donors waited out a "turbulent" cycle, he said.``: for
        the first quote, the words after the second.  Empty when the after
        window already reaches the sentence's end.  Looks at no more than
        :data:`LOOKBACK` later quotes and :data:`WINDOW` characters.
        """
        return self._tail[0]

    @property
    def tail_quote(self) -> Quote | None:
        """The later quote of the sentence that :attr:`tail_tokens` follow (``None`` without a tail)."""
        return self._tail[1]

    @property
    def text(self) -> str:
        return self.ctx.text

    def previous_decision(self) -> tuple[int, Decision] | None:
        """The nearest earlier quote that has a speaker."""
        for k in range(self.index - 1, max(-1, self.index - 1 - LOOKBACK), -1):
            d = self.ctx.decisions[k]
            if d is not None and d.mention is not None:
                return k, d
        return None
