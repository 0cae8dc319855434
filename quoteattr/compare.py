"""compare(): how two renderings of one quote differ, word by word, and whether it matters.

The two texts are cut into words (a dotted acronym such as "U.S." is one
word, a hyphen separates words, punctuation sits in the gaps between words).
Each word gets a normalized *key*: lower case, typographic apostrophes made
plain, accents and acronym dots dropped, British spelling mapped to American
(:mod:`quoteattr.lexicon.variants`).  RapidFuzz's Levenshtein opcodes over the
two key lists give the alignment; every changed region is then labelled by a
short list of named rules:

======================  ===================================================
kind                    meaning
======================  ===================================================
``spelling``            the same word spelt otherwise (dialog/dialogue,
                        judgement/judgment, a contraction written out)
``acronym``             dotted or not (US/U.S.)
``spacing``             a word split or joined (vice Chair/vicechair)
``case``                only upper/lower case differs
``punctuation``         only the marks between words differ
``insertion``           words only in ``b``
``deletion``            words only in ``a``
``substitution``        words replaced (``detail="name"`` when a name is)
``negation``            not, never, no, n't ... added, dropped or swapped
``number``              a figure or a number word changed
``truncation``          words missing at the start or end: one rendering is a
                        contiguous fragment of the other
``ellipsis``            words missing where the other side shows "..."
======================  ===================================================

The verdict sums the labels up: ``identical`` (no operation at all),
``cosmetic`` (only spelling, acronym, spacing, case, punctuation),
``partial`` (cosmetic plus truncation or ellipsis), ``altered`` (words inserted,
deleted or substituted) and ``meaning-changed`` (a negation, a number or a
name changed), whatever the similarity.

>>> d = compare("the dialog on fishing was hard", "the dialogue on fishing was hard")
>>> d.verdict, d.similarity, [op.kind for op in d.ops]
('cosmetic', 100.0, ['spelling'])
>>> compare("We will not raise taxes.", "We will raise taxes.").verdict
'meaning-changed'
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator, Sequence

import attrs
from rapidfuzz.distance import Indel, Levenshtein

from .lexicon.variants import (
    CONTRACTIONS,
    ELLIPSES,
    NEGATION_SUFFIX,
    NEGATORS,
    NUMBER_WORDS,
    SPELLING_PAIRS,
    SPELLING_SUFFIXES,
)
from .model import Quote, _Plain

__all__ = [
    "OP_KINDS",
    "VERDICTS",
    "DiffOp",
    "Tokens",
    "WordingDiff",
    "compare",
    "diff_tokens",
    "tokenize",
    "word_key",
]

#: Every label an operation can carry.
OP_KINDS: tuple[str, ...] = (
    "spelling", "acronym", "spacing", "case", "punctuation", "insertion", "deletion",
    "substitution", "negation", "number", "truncation", "ellipsis",
)  # fmt: skip

#: Verdicts from the mildest to the most serious.
VERDICTS: tuple[str, ...] = ("identical", "cosmetic", "partial", "altered", "meaning-changed")

COSMETIC_KINDS = frozenset({"spelling", "acronym", "spacing", "case", "punctuation"})
PARTIAL_KINDS = frozenset({"truncation", "ellipsis"})
MEANING_KINDS = frozenset({"negation", "number"})

# A word: a dotted acronym (U.S., e.g.), a figure with separators (2,000 / 3.5),
# or letters and digits with inner apostrophes (won't, Russia's, G20).  Hyphens
# split words.  The stdlib engine with findall is the fastest here (no match objects).
_WORD = re.compile(r"(?=[^\W\d_]\.[^\W\d_]\.)(?:[^\W\d_]\.)+|\d+(?:[.,:]\d+)+|[^\W_]+(?:['’][^\W_]+)*")
_SENTENCE_END = re.compile(r"[.!?:]")
_SPACE = re.compile(r"\s+")
_SUFFIXES = tuple(sorted(SPELLING_SUFFIXES, key=lambda rule: -len(rule[0])))
_GAP_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "–": "-", "—": "-"})


# --------------------------------------------------------------------------- words


def _strip_accents(word: str) -> str:
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def spelling_key(word: str) -> str:
    """The canonical (American) spelling of a lower-case word, by table then suffix rule.

    >>> spelling_key("colour"), spelling_key("dialogue"), spelling_key("four")
    ('color', 'dialog', 'four')
    """
    got = SPELLING_PAIRS.get(word)
    if got is not None:
        return got
    for suffix, repl, min_len in _SUFFIXES:
        if len(word) >= min_len and word.endswith(suffix):
            return word[: -len(suffix)] + repl
    return word


@functools.lru_cache(maxsize=1 << 17)
def word_key(raw: str) -> str:
    """The normalized key of one word: what two renderings must share to align.

    >>> [word_key(w) for w in ("U.S.", "Don’t", "Guaidó", "programme")]
    ['us', "don't", 'guaido', 'program']
    """
    w = raw.lower().replace("’", "'")
    if "." in w:
        w = w.replace(".", "")
    return spelling_key(_strip_accents(w))


@attrs.frozen(slots=True)
class Tokens:
    """The words of one text: normalized ``keys`` and ``starts``/``ends`` offsets into ``text``."""

    text: str
    keys: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def raw(self, i: int) -> str:
        """The word ``i`` as written."""
        return self.text[self.starts[i] : self.ends[i]]

    def gap(self, i: int) -> str:
        """The text after word ``i`` up to the next word (``i == -1``: before the first word)."""
        start = 0 if i < 0 else self.ends[i]
        end = self.starts[i + 1] if i + 1 < len(self.keys) else len(self.text)
        return self.text[start:end]

    def __len__(self) -> int:
        return len(self.keys)


def tokenize(text: str) -> Tokens:
    """Cut ``text`` into words with offsets and normalized keys.

    >>> t = tokenize("The U.S.-Russia dialogue, he said.")
    >>> t.keys
    ('the', 'us', 'russia', 'dialog', 'he', 'said')
    >>> t.raw(1), t.gap(3)
    ('U.S.', ', ')
    """
    words = _WORD.findall(text)
    starts: list[int] = []
    ends: list[int] = []
    pos, find = 0, text.find
    for w in words:  # a gap holds no letter or digit, so the next occurrence is the match
        pos = find(w, pos)
        starts.append(pos)
        pos += len(w)
        ends.append(pos)
    return Tokens(text, tuple(map(word_key, words)), tuple(starts), tuple(ends))


def is_negator(key: str) -> bool:
    """Whether a word key denies: not, never, no, ... or a word ending in n't."""
    return key in NEGATORS or key.endswith(NEGATION_SUFFIX)


def is_number(key: str) -> bool:
    """Whether a word key is a figure or a number word."""
    return key[:1].isdigit() or key in NUMBER_WORDS


def _has_ellipsis(gap: str) -> bool:
    return any(e in gap for e in ELLIPSES)


def _fold_gap(t: Tokens, i: int) -> str:
    """The marks after word ``i``, spaces dropped, typographic marks made plain."""
    return _SPACE.sub("", t.gap(i)).translate(_GAP_FOLD)


def _one_letter_variant(a: str, b: str) -> bool:
    """Spelling by edit distance: one doubled letter or one silent "e" more or less
    (travelled/traveled, focussed/focused, judgement/judgment), in words of 6+ letters."""
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(long_) < 6 or len(long_) != len(short) + 1 or Indel.distance(short, long_) != 1:
        return False
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    extra = long_[i]
    doubled = (i > 0 and long_[i - 1] == extra) or (i + 1 < len(long_) and long_[i + 1] == extra)
    return extra == "e" or (doubled and extra.isalpha())


def _is_name(t: Tokens, i: int) -> bool:
    raw = t.raw(i)
    if not raw[:1].isupper() or (len(raw) > 1 and "." in raw):
        return False
    return i > 0 and not _SENTENCE_END.search(t.gap(i - 1))


# --------------------------------------------------------------------------- results


@attrs.frozen(slots=True)
class DiffOp(_Plain):
    """One labelled difference between ``a`` and ``b``.

    ``a_start``/``a_end`` index ``a`` (for a :class:`~quoteattr.Quote`, its
    ``text``; add ``quote.start`` for the article), ``b_start``/``b_end`` index
    ``b``; an empty span (start == end) marks where words would go.
    ``a_text``/``b_text`` are those slices.  ``detail`` refines the kind
    ("name" for a substituted name, "contraction", "diacritics").
    """

    kind: str
    a_text: str
    b_text: str
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    detail: str | None = None

    @property
    def changes_meaning(self) -> bool:
        """A negation, a number or a name changed."""
        return self.kind in MEANING_KINDS or self.detail == "name"


@attrs.frozen(slots=True)
class WordingDiff(_Plain):
    """How ``b`` differs from ``a``.

    ``similarity``: 100 × RapidFuzz's normalized Indel similarity of the two
    normalized word lists, ``100 * (1 - (words only in a + words only in b) /
    (len(a words) + len(b words)))``, rounded to one decimal; symmetric,
    100 for the same words (cosmetic differences included), 0 for no word in
    common.  ``verdict``: one of :data:`VERDICTS`.  ``ops``: the labelled
    differences in text order.
    """

    a: str
    b: str
    similarity: float
    verdict: str
    ops: tuple[DiffOp, ...]

    @property
    def kinds(self) -> tuple[str, ...]:
        """The distinct op kinds, in order of first appearance."""
        return tuple(dict.fromkeys(op.kind for op in self.ops))


# --------------------------------------------------------------------------- labelling rules


class _Builder:
    """Collects ops between two token lists; small named methods make each label."""

    __slots__ = ("a", "b", "ops")

    def __init__(self, a: Tokens, b: Tokens) -> None:
        self.a, self.b = a, b
        self.ops: list[DiffOp] = []

    # spans ---------------------------------------------------------------
    def _span_a(self, i1: int, i2: int) -> tuple[int, int]:
        if i1 < i2:
            return self.a.starts[i1], self.a.ends[i2 - 1]
        pos = self.a.ends[i1 - 1] if i1 > 0 else (self.a.starts[0] if len(self.a) else 0)
        return pos, pos

    def _span_b(self, j1: int, j2: int) -> tuple[int, int]:
        if j1 < j2:
            return self.b.starts[j1], self.b.ends[j2 - 1]
        pos = self.b.ends[j1 - 1] if j1 > 0 else (self.b.starts[0] if len(self.b) else 0)
        return pos, pos

    def add(self, kind: str, i1: int, i2: int, j1: int, j2: int, detail: str | None = None) -> None:
        a0, a1 = self._span_a(i1, i2)
        b0, b1 = self._span_b(j1, j2)
        op = DiffOp(kind, self.a.text[a0:a1], self.b.text[b0:b1], a0, a1, b0, b1, detail)
        last = self.ops[-1] if self.ops else None
        if (
            last is not None
            and last.kind == kind
            and last.detail == detail
            and kind in ("substitution", "insertion", "deletion", "truncation", "ellipsis")
            and last.a_end <= a0
            and last.b_end <= b0
            and not self.a.text[last.a_end : a0].strip(" ,;")
            and not self.b.text[last.b_end : b0].strip(" ,;")
        ):
            s0, s1 = min(last.a_start, a0), max(last.a_end, a1)
            t0, t1 = min(last.b_start, b0), max(last.b_end, b1)
            self.ops[-1] = DiffOp(kind, self.a.text[s0:s1], self.b.text[t0:t1], s0, s1, t0, t1, detail)
        else:
            self.ops.append(op)

    # equal keys ----------------------------------------------------------
    def equal_word(self, i: int, j: int) -> None:
        """Same key: the words are equal, or differ in case, acronym dots, spelling or apostrophes."""
        ra, rb = self.a.raw(i), self.b.raw(j)
        if ra == rb:
            return
        la, lb = ra.lower(), rb.lower()
        if la == lb:
            self.add("case", i, i + 1, j, j + 1)
        elif la.replace("’", "'") == lb.replace("’", "'"):
            self.add("punctuation", i, i + 1, j, j + 1)
        elif ("." in la or "." in lb) and la.replace(".", "") == lb.replace(".", ""):
            self.add("acronym", i, i + 1, j, j + 1)
        elif _strip_accents(la) == _strip_accents(lb):
            self.add("spelling", i, i + 1, j, j + 1, "diacritics")
        else:
            self.add("spelling", i, i + 1, j, j + 1)

    def gap(self, i: int, j: int) -> None:
        """The marks after word ``i`` of a and word ``j`` of b (both aligned), compared."""
        raw_a, raw_b = self.a.gap(i), self.b.gap(j)
        if raw_a == raw_b:
            return
        ga, gb = _fold_gap(self.a, i), _fold_gap(self.b, j)
        if i >= 0 and j >= 0 and self.a.raw(i).endswith(".") != self.b.raw(j).endswith("."):
            ga, gb = ga.removeprefix("."), gb.removeprefix(".")  # U.S. at a sentence end
        if ga == gb:
            return
        a0 = 0 if i < 0 else self.a.ends[i]
        a1 = a0 + len(self.a.gap(i))
        b0 = 0 if j < 0 else self.b.ends[j]
        b1 = b0 + len(self.b.gap(j))
        self.ops.append(DiffOp("punctuation", self.a.text[a0:a1], self.b.text[b0:b1], a0, a1, b0, b1))

    # changed regions -----------------------------------------------------
    def spacing_or_contraction(self, i1: int, i2: int, j1: int, j2: int) -> bool:
        """A word split or joined, or a contraction written out: one cosmetic op."""
        ka, kb = self.a.keys[i1:i2], self.b.keys[j1:j2]
        if not ka or not kb:
            return False
        if "".join(ka) == "".join(kb):
            self.add("spacing", i1, i2, j1, j2)
            return True
        if _expand(ka) == _expand(kb):
            self.add("spelling", i1, i2, j1, j2, "contraction")
            return True
        return False

    def pair(self, i: int, j: int) -> None:
        """One word replaced by another: negation, number, spelling, name or substitution."""
        ka, kb = self.a.keys[i], self.b.keys[j]
        if is_negator(ka) != is_negator(kb):
            self.add("negation", i, i + 1, j, j + 1)
        elif is_number(ka) or is_number(kb):
            self.add("number", i, i + 1, j, j + 1)
        elif _one_letter_variant(ka, kb):
            self.add("spelling", i, i + 1, j, j + 1)
        elif _is_name(self.a, i) and _is_name(self.b, j):
            self.add("substitution", i, i + 1, j, j + 1, "name")
        else:
            self.add("substitution", i, i + 1, j, j + 1)

    def one_sided(self, i1: int, i2: int, j1: int, j2: int, edge: bool) -> None:
        """Words on one side only: truncation at an edge, ellipsis where the other shows "...",
        else word by word negation, number, or plain insertion/deletion."""
        in_a = i2 > i1
        other_gap = self.b.gap(j1 - 1) if in_a else self.a.gap(i1 - 1)
        if _has_ellipsis(other_gap):
            self.add("ellipsis", i1, i2, j1, j2)
            return
        if edge:
            self.add("truncation", i1, i2, j1, j2)
            return
        keys = self.a.keys[i1:i2] if in_a else self.b.keys[j1:j2]
        plain = "deletion" if in_a else "insertion"
        for k, key in enumerate(keys):
            kind = "negation" if is_negator(key) else "number" if is_number(key) else plain
            if in_a:
                self.add(kind, i1 + k, i1 + k + 1, j1, j1)
            else:
                self.add(kind, i1, i1, j1 + k, j1 + k + 1)

    def region(self, i1: int, i2: int, j1: int, j2: int) -> None:
        """A maximal run of changed words: ``a[i1:i2]`` against ``b[j1:j2]``."""
        if self.spacing_or_contraction(i1, i2, j1, j2):
            return
        n, m = len(self.a), len(self.b)
        at_start, at_end = i1 == 0 and j1 == 0, i2 == n and j2 == m
        la, lb = i2 - i1, j2 - j1
        if (at_start or at_end) and la != lb:
            extra = abs(la - lb)
            if at_start:  # the longer side's first words are missing from the other
                if la > lb:
                    self.one_sided(i1, i1 + extra, j1, j1, edge=True)
                    i1 += extra
                else:
                    self.one_sided(i1, i1, j1, j1 + extra, edge=True)
                    j1 += extra
                for k in range(i2 - i1):
                    self.pair(i1 + k, j1 + k)
                return
            for k in range(min(la, lb)):
                self.pair(i1 + k, j1 + k)
            cut_a, cut_b = i1 + min(la, lb), j1 + min(la, lb)
            self.one_sided(cut_a, i2, cut_b, j2, edge=True)
            return
        for op in Levenshtein.opcodes(self.a.keys[i1:i2], self.b.keys[j1:j2]):
            s1, s2, t1, t2 = op.src_start + i1, op.src_end + i1, op.dest_start + j1, op.dest_end + j1
            if op.tag == "replace":
                for k in range(s2 - s1):
                    self.pair(s1 + k, t1 + k)
            elif op.tag in ("delete", "insert"):
                self.one_sided(s1, s2, t1, t2, edge=False)
            else:  # re-aligning a region can find a shared word inside it
                for k in range(s2 - s1):
                    self.equal_word(s1 + k, t1 + k)


def _expand(keys: Sequence[str]) -> tuple[str, ...]:
    out: list[str] = []
    for k in keys:
        out.extend(CONTRACTIONS.get(k, (k,)))
    return tuple(out)


def _regions(a: Tokens, b: Tokens) -> Iterator[tuple[str, int, int, int, int]]:
    """Levenshtein opcodes with adjacent changed blocks merged into one region."""
    pending: list[int] | None = None
    for op in Levenshtein.opcodes(a.keys, b.keys):
        if op.tag == "equal":
            if pending is not None:
                yield ("change", pending[0], pending[1], pending[2], pending[3])
                pending = None
            yield ("equal", op.src_start, op.src_end, op.dest_start, op.dest_end)
        elif pending is None:
            pending = [op.src_start, op.src_end, op.dest_start, op.dest_end]
        else:
            pending[1], pending[3] = op.src_end, op.dest_end
    if pending is not None:
        yield ("change", pending[0], pending[1], pending[2], pending[3])


def verdict_of(ops: Sequence[DiffOp]) -> str:
    """The verdict for a list of ops (see the module docstring)."""
    if not ops:
        return "identical"
    kinds = {op.kind for op in ops}
    if any(op.changes_meaning for op in ops):
        return "meaning-changed"
    if kinds <= COSMETIC_KINDS:
        return "cosmetic"
    if kinds <= COSMETIC_KINDS | PARTIAL_KINDS:
        return "partial"
    return "altered"


def similarity_of(a: Tokens, b: Tokens) -> float:
    """100 × normalized Indel similarity, one decimal (100 for two empty texts).

    The higher of two readings: over the lists of word keys, and over the keys
    run together without spaces, so that a word split or joined
    ("under Secretary" / "undersecretary") costs little, as its verdict says.
    """
    if not a.keys and not b.keys:
        return 100.0
    words = Indel.normalized_similarity(a.keys, b.keys)
    letters = Indel.normalized_similarity("".join(a.keys), "".join(b.keys))
    return round(100.0 * max(words, letters), 1)


def diff_tokens(a: Tokens, b: Tokens) -> WordingDiff:
    """:func:`compare` on texts already cut by :func:`tokenize` (saves the cutting when reused)."""
    if a.text == b.text:
        return WordingDiff(a.text, b.text, similarity_of(a, b), "identical", ())
    builder = _Builder(a, b)
    for tag, i1, i2, j1, j2 in _regions(a, b):
        if tag == "change":
            builder.region(i1, i2, j1, j2)
            continue
        if i1 == 0 and j1 == 0:
            builder.gap(-1, -1)
        both_end = i2 == len(a) and j2 == len(b)
        if a.text[a.starts[i1] : a.ends[i2 - 1]] == b.text[b.starts[j1] : b.ends[j2 - 1]]:
            if both_end:  # the same words and marks: only the closing marks may differ
                builder.gap(i2 - 1, j2 - 1)
            continue
        for k in range(i2 - i1):
            builder.equal_word(i1 + k, j1 + k)
            if k + 1 < i2 - i1 or both_end:
                builder.gap(i1 + k, j1 + k)
    ops = tuple(sorted(builder.ops, key=lambda op: (op.a_start, op.b_start, op.a_end, op.b_end)))
    return WordingDiff(a.text, b.text, similarity_of(a, b), verdict_of(ops), ops)


def _text_of(x: str | Quote) -> str:
    if isinstance(x, Quote):
        return x.text
    if isinstance(x, str):
        return x
    raise TypeError(f"compare() takes strings or Quotes, not {type(x).__name__}")


def compare(a: str | Quote, b: str | Quote) -> WordingDiff:
    """How rendering ``b`` differs from rendering ``a`` (strings or Quotes).

    Offsets in the ops index ``a`` and ``b`` (a Quote's ``text``).

    >>> d = compare("There is no deal with the US on ferries.", "There is a deal with the U.S. on ferries.")
    >>> d.verdict, [(op.kind, op.a_text, op.b_text) for op in d.ops]
    ('meaning-changed', [('negation', 'no', 'a'), ('acronym', 'US', 'U.S.')])
    >>> compare("The vice Chair agreed", "The vicechair agreed").ops[0].kind
    'spacing'
    """
    return diff_tokens(tokenize(_text_of(a)), tokenize(_text_of(b)))
