"""The quote-mark pairing pass: one left-to-right scan with a stack.

:func:`find_spans` reads the marks of ``Config.marks`` in text order and pairs
them; it never backtracks, so it is linear in the input (each mark is read
once, each paragraph boundary is crossed once).  The rules, in order:

1. *Apostrophes are not quotes*: a single mark between two letters (don't,
   O'Brien), after a digit (6'2", the foot mark), before an elided word ('em,
   'n') or a decade ('90s), or after a word when no single quote is open
   (parties').  A straight double mark after a digit with no double quote open
   is an inch mark (a 15" screen).
2. *Flanking*: a symmetric mark (``"`` ``'``) opens when it leans on the next
   word and closes when it leans on the previous one (a comma, colon or
   semicolon before it counts as a space: ``said,"Look``).  A straight double
   mark always closes an open straight double quote: news never nests ``"`` in
   ``"``.  A one-way opener (``“`` ``«``) opens even when a space follows it,
   and one typed in a closing position (``“rapists“ while``) closes its quote
   (``MarkPair.turned``).
3. *Nesting*: an opener while a quote is open pushes a nested quote
   (``"... 'inner' ..."`` and ``'... "inner" ...'``), up to ``max_nesting``.
4. *Paragraph breaks*: at the end of a paragraph with a quote still open,
   a next paragraph that opens with the same mark that opened the quote
   continues it (the news multi-paragraph convention; another style of mark,
   as in ``"`` then ``“``, starts a new quote); a next paragraph that
   continues the sentence (it starts in lower case, or the paragraph ended
   mid-sentence and the next one closes the quote) continues it too (text
   damaged by extraction).  Otherwise the quote ends there, flagged unclosed.
5. *Leftovers*: a closing mark with nothing to close is reported and ignored;
   a quote still open at the end of the text is closed at the end of its
   paragraph and flagged.
6. *Excerpts*: quotes nested in a quote are dropped (``Config.include_nested``
   keeps them all), except the first level inside a quote that runs over
   several paragraphs: such a quote is an excerpt of another text (a
   transcript, another outlet's article) and the quotes in it are quotes in
   their own right.  They come out with ``depth`` 1, inside their excerpt: two
   spans are therefore either disjoint or one holds the other.
"""

from __future__ import annotations

import bisect
import functools
import unicodedata

import attrs
import regex

from .config import Config
from .lexicon.marks import ELISIONS, MarkPair
from .model import Problem, QuoteKind
from .segment import paragraphs

__all__ = ["RawSpan", "find_spans", "quote_kind"]

# Characters after which a mark leans on the next word (opens), like a space:
# brackets, dashes, a slash, an ellipsis, and the comma, colon or semicolon of
# text whose space was lost (``said,"Look`` or ``Osei:"We``).
_OPEN_PUNCT = frozenset("([{<\u2014\u2013-/\u2026,:;")
_TERMINAL = frozenset(".!?\u2026")
_SINGLE_CLOSER_RE = regex.compile("(?<=[\\p{L}\\p{N}.,!?])['\u2019](?=[\\s.,;:!?]|$)")
_SINGLE_OPENER_RE = regex.compile("(?<=^|[\\s(\\[\u2014\u2013\"\u201c])['\u2018](?=\\p{L})")
# The end of a split quote's first half: a comma, ? or ! then a closing mark.
_SPLIT_RE = regex.compile("[,!?][\"\u201d\u2019'\u00bb\u203a\u300d\u300f]\\s")


@attrs.frozen(slots=True)
class RawSpan:
    """A paired quote before attribution: content offsets and the marks around them."""

    start: int
    end: int
    open_at: int
    close_at: int | None
    marks: str
    family: str
    depth: int
    segments: tuple[tuple[int, int], ...]
    closed: bool
    paragraph: int


@attrs.define(slots=True)
class _Open:
    pair: MarkPair
    at: int
    length: int
    content_start: int
    paragraph: int
    first_paragraph: int
    segments: list[tuple[int, int]]
    depth: int
    nested: list[RawSpan] = attrs.Factory(list)  # held until this quote is known to be an excerpt


@functools.lru_cache(maxsize=32)
def _tables(marks: tuple[MarkPair, ...]) -> tuple[regex.Pattern[str], dict[str, list[MarkPair]], frozenset[str]]:
    openers: dict[str, list[MarkPair]] = {}
    chars: set[str] = set()
    for pair in marks:
        openers.setdefault(pair.open, []).append(pair)
        chars.add(pair.open)
        chars.update(pair.closers)
        chars.update(pair.turned)
    alternatives = sorted(chars, key=len, reverse=True)
    pattern = regex.compile("|".join(regex.escape(c) for c in alternatives))
    closers = frozenset(c for pair in marks for c in pair.closers)
    return pattern, openers, closers


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


class _Scanner:
    """State of one pairing pass (kept in one object so the rules stay small)."""

    def __init__(self, text: str, config: Config) -> None:
        self.text = text
        self.config = config
        self.pattern, self.openers, self.closer_chars = _tables(config.marks)
        self.paras = paragraphs(text)
        self.stack: list[_Open] = []
        self.spans: list[RawSpan] = []
        self.problems: list[Problem] = []
        self.problem_count = 0
        self.skip: set[int] = set()  # reopening marks consumed by a continuation
        self.pi = 0  # index of the paragraph being read
        # Positions of single marks in a closing position (after a word, before a space or
        # punctuation), found once so that a look ahead costs a binary search.
        self.single_closers = [m.start() for m in _SINGLE_CLOSER_RE.finditer(text)]
        self.single_openers = [m.start() for m in _SINGLE_OPENER_RE.finditer(text)]

    # -- reporting -------------------------------------------------------
    def problem(self, code: str, message: str, start: int, end: int) -> None:
        self.problem_count += 1
        if len(self.problems) < self.config.max_problems:
            self.problems.append(Problem(code, message, start, end))

    # -- context ---------------------------------------------------------
    def prev_char(self, i: int) -> str:
        return self.text[i - 1] if i > 0 else ""

    def next_char(self, j: int) -> str:
        return self.text[j] if j < len(self.text) else ""

    def flanks(self, i: int, j: int) -> tuple[bool, bool]:
        """(leans right, leans left): whether the mark at i..j opens or closes by context."""
        p, n = self.prev_char(i), self.next_char(j)
        if p and unicodedata.category(p) == "Cf":
            p = " "  # a BOM or zero-width space before a mark: as good as a space
        if n and unicodedata.category(n) == "Cf":
            n = " "
        p_space = p == "" or p.isspace() or p in _OPEN_PUNCT or p in self.closer_chars or p in self.openers
        n_space = n == "" or n.isspace()
        n_punct = n_space or (not _is_word_char(n) and n not in self.openers and n not in "$#@(\u00a3\u20ac")
        left = not n_space and p_space
        right = not p.isspace() and p != "" and n_punct
        return left, right

    # -- rule 1: apostrophes ----------------------------------------------
    def is_apostrophe(self, mark: str, i: int, j: int) -> bool:
        """Single marks that are apostrophes, foot marks or elisions."""
        p, n = self.prev_char(i), self.next_char(j)
        if _is_word_char(p) and _is_word_char(n):
            return True  # don't, O'Brien, rock'n'roll
        if p.isdigit() and mark in ("'", "\u2019"):
            return True  # 6'2", 5' tall
        if _is_word_char(n) and (p == "" or not _is_word_char(p)):
            if n.isdigit() and mark in ("'", "\u2019"):
                m = regex.match(r"\d\d?s?\b", self.text[j : j + 4])
                if m:
                    return True  # '90s, '08
            word = regex.match(r"\p{L}+", self.text[j : j + 8])
            if word and word.group(0).lower() in ELISIONS and mark in ("'", "\u2019"):
                following = self.next_char(j + len(word.group(0)))
                if following in ("'", "\u2019") or not following.isalpha():
                    return True  # 'em, 'til, rock 'n' roll
        if _is_word_char(p) and mark in ("'", "\u2019"):
            top = self.top_single()
            if top is None:
                return True  # possessive plural: parties', Jesus'
            if p in "sS" and self.later_single_closer(j):
                return True  # 'the workers' victory': another closing mark follows in the paragraph
        return False

    def later_single_closer(self, j: int) -> bool:
        """Whether a lower-case word follows ``j``, then a closing single mark in this paragraph
        with no opening single mark before it."""
        if not regex.match(r"\s\p{Ll}", self.text[j : j + 2]):
            return False
        k = bisect.bisect_left(self.single_closers, j)
        if k == len(self.single_closers) or self.single_closers[k] >= self.paras[self.pi][1]:
            return False
        o = bisect.bisect_left(self.single_openers, j)
        return o == len(self.single_openers) or self.single_openers[o] > self.single_closers[k]

    def top_single(self) -> _Open | None:
        for entry in reversed(self.stack):
            if entry.pair.family == "single":
                return entry
        return None

    def is_measure(self, mark: str, i: int) -> bool:
        """A straight double mark after a digit with no straight quote open: inches."""
        if mark != '"' or not self.prev_char(i).isdigit():
            return False
        if any(e.pair.open == '"' for e in self.stack):
            return self.text[max(0, i - 3) : i - 1].endswith("'")
        return True

    # -- paragraphs ---------------------------------------------------------
    def advance_to(self, pos: int) -> None:
        """Cross paragraph boundaries up to ``pos``, applying rule 4 to open quotes."""
        paras = self.paras
        while self.pi < len(paras) - 1 and pos >= paras[self.pi + 1][0]:
            if self.stack:
                self.cross_boundary()
            if not self.stack:
                # jump straight to the paragraph that holds pos
                while self.pi < len(paras) - 1 and pos >= paras[self.pi + 1][0]:
                    self.pi += 1
                return
            self.pi += 1

    def cross_boundary(self) -> None:
        """Rule 4: decide whether the open quotes continue into the next paragraph."""
        text, paras = self.text, self.paras
        cur_e = paras[self.pi][1]
        nxt_s, nxt_e = paras[self.pi + 1]
        bottom = self.stack[0]
        # nested quotes never cross a paragraph
        while len(self.stack) > 1:
            self.close_unclosed(self.stack.pop(), cur_e)
        if bottom.pair.family == "single" and self.config.single_quotes == "auto":
            self.stack.pop()
            return
        too_long = cur_e - (bottom.at + bottom.length) > self.config.max_quote_chars
        first = text[nxt_s]
        reopen = self.reopening_mark(bottom, nxt_s)
        if reopen and not too_long:
            bottom.segments.append((bottom.content_start, cur_e))
            self.skip.add(nxt_s)
            bottom.content_start = nxt_s + len(reopen)
            bottom.paragraph = self.pi + 1
            return
        k = cur_e - 1
        while k > bottom.content_start and (text[k] in self.closer_chars or text[k] in ")]"):
            k -= 1  # look past closing marks: 'chanting “U-S-A!”' ends a sentence
        last = text[k]
        opens_quote = self.pattern.match(text, nxt_s) is not None
        continues = not opens_quote and (
            first.islower() or (last not in _TERMINAL and last not in ":;" and self.closes_in(bottom, nxt_s, nxt_e))
        )
        if continues and not too_long:
            bottom.paragraph = self.pi + 1
            return
        self.stack.pop()
        self.close_unclosed(bottom, cur_e)

    def reopening_mark(self, entry: _Open, at: int) -> str | None:
        m = self.pattern.match(self.text, at)
        if not m:
            return None
        mark = m.group(0)
        if mark != entry.pair.open:
            return None  # another style of mark starts a new quote (text pasted from elsewhere)
        left, _ = self.flanks(at, at + len(mark))
        return mark if left else None

    def closes_in(self, entry: _Open, s: int, e: int) -> bool:
        """Whether text[s:e] holds a mark that would close ``entry`` (read once per boundary)."""
        for m in self.pattern.finditer(self.text, s, e):
            if m.group(0) in entry.pair.closers:
                _, right = self.flanks(m.start(), m.end())
                if right:
                    return True
        return False

    # -- emitting -------------------------------------------------------------
    def emit(self, entry: _Open, end: int, close_at: int | None, close_len: int) -> None:
        text = self.text
        s, e = entry.content_start, end
        segments = [*entry.segments, (s, e)]
        first_s = segments[0][0]
        while first_s < e and text[first_s].isspace():
            first_s += 1
        while e > first_s and text[e - 1].isspace():
            e -= 1
        if not any(ch.isalnum() for ch in text[first_s:e]):
            return
        clean = tuple((a, b) for a, b in ((max(a, first_s), min(b, e)) for a, b in segments) if a < b)
        close_mark = text[close_at : close_at + close_len] if close_at is not None else ""
        span = RawSpan(
            start=first_s,
            end=e,
            open_at=entry.at,
            close_at=close_at,
            marks=text[entry.at : entry.at + entry.length] + close_mark,
            family=entry.pair.family,
            depth=entry.depth,
            segments=clean,
            closed=close_at is not None,
            paragraph=entry.first_paragraph,
        )
        if entry.depth == 0:
            self.spans.append(span)
            if entry.paragraph != entry.first_paragraph:
                self.spans.extend(entry.nested)  # rule 6: quotes inside an excerpt
        elif self.config.include_nested:
            self.spans.append(span)
        elif entry.depth == 1 and self.stack:
            self.stack[0].nested.append(span)

    def limit(self, entry: _Open) -> int:
        """Where a quote opened by ``entry`` must end at the latest: ``max_quote_chars``
        after its opening mark, moved back to a space when one is near."""
        cut = entry.at + entry.length + self.config.max_quote_chars
        if cut >= len(self.text):
            return len(self.text)
        space = max(
            self.text.rfind(" ", max(cut - 200, entry.at), cut), self.text.rfind("\n", max(cut - 200, entry.at), cut)
        )
        return space if space > entry.at else cut

    def expire(self, pos: int) -> None:
        """Rule 5: quotes open longer than ``max_quote_chars`` before ``pos`` end, flagged."""
        if self.stack and pos - (self.stack[0].at + self.stack[0].length) > self.config.max_quote_chars:
            while self.stack:
                self.close_unclosed(self.stack.pop(), pos)

    def close_unclosed(self, entry: _Open, end: int) -> None:
        end = min(end, self.limit(entry))
        if entry.pair.family == "single" and self.config.single_quotes == "auto":
            return  # an unpaired single mark is taken for an apostrophe
        self.problem(
            "unclosed-quote",
            f"quote opened with {entry.pair.open!r} is not closed; it ends with its paragraph",
            entry.at,
            end,
        )
        self.emit(entry, end, None, 0)

    # -- the pass ------------------------------------------------------------------
    def run(self) -> tuple[list[RawSpan], list[Problem]]:
        cfg = self.config
        for m in self.pattern.finditer(self.text):
            i, j = m.span()
            mark = m.group(0)
            self.advance_to(i)
            self.expire(i)
            if i in self.skip:
                continue
            self.handle(mark, i, j, cfg)
        self.advance_to(len(self.text))
        while self.stack:
            entry = self.stack.pop()
            para_end = self.paras[min(self.pi, len(self.paras) - 1)][1] if self.paras else len(self.text)
            self.close_unclosed(entry, max(para_end, entry.content_start))
        self.spans.sort(key=lambda s: (s.start, -s.end))
        if self.problem_count > len(self.problems):
            extra = self.problem_count - len(self.problems)
            self.problems.append(Problem("more-problems", f"{extra} more problems were not listed", 0, len(self.text)))
        return self.spans, self.problems

    def handle(self, mark: str, i: int, j: int, cfg: Config) -> None:
        pairs = self.openers.get(mark, [])
        single = (pairs[0].family if pairs else self.closer_family(mark)) == "single"
        if single:
            if cfg.single_quotes == "off" or self.is_apostrophe(mark, i, j):
                return
        elif self.is_measure(mark, i):
            return
        left, right = self.flanks(i, j)
        top = self.stack[-1] if self.stack else None
        if top is not None and mark in top.pair.turned and right and not left:
            self.close(top, i, j)  # the opening glyph typed in a closing position
            return
        if top is not None and mark in top.pair.closers:
            straight_pair = mark == top.pair.open and top.pair.symmetric
            if straight_pair or right or not left or not pairs:
                self.close(top, i, j)
                return
        # a closer for an entry deeper in the stack: the inner ones were never closed
        if not (left and pairs) and right:
            for k in range(len(self.stack) - 2, -1, -1):
                if mark in self.stack[k].pair.closers:
                    while len(self.stack) > k + 1:
                        inner = self.stack.pop()
                        self.close_unclosed(inner, i)
                    self.close(self.stack[-1], i, j)
                    return
        if pairs and left:
            self.push(pairs[0], i, j)
            return
        if pairs and top is None and not right and not pairs[0].symmetric:
            self.push(pairs[0], i, j)  # a one-way opener set off by a space (“ You know)
            return
        if not pairs and left and mark in self.closer_chars and top is None:
            # a closing mark used to open (”Hello,” he said): pair it with itself
            self.push(MarkPair(mark, (mark,), self.closer_family(mark), "reversed"), i, j)
            return
        if single:
            return  # a lone single mark is an apostrophe we could not name
        self.problem("stray-mark", f"quote mark {mark!r} pairs with nothing", i, j)

    def closer_family(self, mark: str) -> str:
        for pair in self.config.marks:
            if mark in pair.closers:
                return pair.family
        return "double"

    def push(self, pair: MarkPair, i: int, j: int) -> None:
        if len(self.stack) >= self.config.max_nesting:
            self.problem("too-deep", f"quote mark {pair.open!r} nested too deep; ignored", i, j)
            return
        self.stack.append(_Open(pair, i, j - i, j, self.pi, self.pi, [], len(self.stack)))

    def close(self, entry: _Open, i: int, j: int) -> None:
        self.stack.pop()
        self.emit(entry, i, i, j - i)


def find_spans(text: str, config: Config) -> tuple[list[RawSpan], list[Problem]]:
    """Pair the quote marks of ``text``: the spans in text order and the problems met.

    >>> from quoteattr.config import Config
    >>> spans, problems = find_spans('He said "we don\\'t know," and left.', Config())
    >>> [(s.start, s.end, s.closed) for s in spans], problems
    ([(9, 23, True)], [])
    """
    return _Scanner(text, config).run()


def quote_kind(text: str, span: RawSpan, sentence_start: int) -> QuoteKind:
    """``direct`` when the quote stands as a clause of its own, else ``partial``.

    A quote is direct when nothing of the author's sentence stands before it
    (it opens the sentence or paragraph, or follows a colon), when it is a
    whole capitalized sentence of its own after a comma, dash or speech verb,
    or when it is the second half of a split quote (``"A," she said, "b."``:
    a quote closed by ``,"`` stands within 300 characters before it in the
    sentence).

    >>> from quoteattr.config import Config
    >>> t = '"Prices rise," she said, "and wages do not." Pay was "too low."'
    >>> [str(quote_kind(t, s, 0 if s.start < 45 else 45)) for s in find_spans(t, Config())[0]]
    ['direct', 'direct', 'partial']
    """
    i = span.open_at
    k = i - 1
    while k >= sentence_start and text[k].isspace():
        k -= 1
    content = text[span.start : span.end]
    starts_upper = content[:1].isupper() or content[:1].isdigit()
    ends_sentence = content.rstrip("\"'\u201d\u2019 ")[-1:] in _TERMINAL
    if k < sentence_start:
        return QuoteKind.DIRECT
    before = text[k]
    if before in ":" or before in _TERMINAL:
        return QuoteKind.DIRECT
    if before in ",\u2014\u2013-(" and starts_upper:
        return QuoteKind.DIRECT
    if starts_upper and ends_sentence and span.depth == 0 and before.isalpha():
        return QuoteKind.DIRECT
    if before in "[" and starts_upper:
        return QuoteKind.DIRECT
    if before == "," and _SPLIT_RE.search(text, max(sentence_start, i - 300), i):
        return QuoteKind.DIRECT
    return QuoteKind.PARTIAL
