"""Paragraphs, sentences and words, as offset pairs into the caller's string.

Every function here scans its input once, left to right.

>>> text = "Mr. Smith met Gen. Lee in the U.S. on Monday. They talked.\\n\\nNew line."
>>> [text[s:e] for s, e in paragraphs(text)]
['Mr. Smith met Gen. Lee in the U.S. on Monday. They talked.', 'New line.']
>>> [text[s:e] for s, e in sentences(text, 0, 58)]
['Mr. Smith met Gen. Lee in the U.S. on Monday.', 'They talked.']
"""

from __future__ import annotations

import regex

from .lexicon.abbreviations import ABBREVIATIONS, NAME_OR_TITLE_ABBREVIATIONS, SENTENCE_STARTERS
from .lexicon.marks import DEFAULT_MARKS

__all__ = ["paragraphs", "sentences", "words", "WORD_RE"]

# A line is a paragraph: news text arrives with one paragraph per line or with
# blank lines between paragraphs; both give the same paragraphs here.
_LINE_RE = regex.compile(r"[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")

#: A word: letters or digits, with inner apostrophes, periods, hyphens (U.S., don't, co-op).
WORD_RE = regex.compile(r"[\p{L}\p{N}]+(?:['\u2019.\-][\p{L}\p{N}]+)*\.?")

#: Every one-character quote mark of the mark table, opening or closing: the house styles
#: differ on which glyph opens ("„...“", "»...«", "«...»"), so between sentences any may stand.
_MARK_CHARS = "".join(sorted({c for pair in DEFAULT_MARKS for c in (pair.open, *pair.closers) if len(c) == 1}))
_MARK_CLASS = regex.escape(_MARK_CHARS)

#: What may follow a sentence's last stop: those marks and closing brackets.
_CLOSING_CHARS = _MARK_CHARS + ")]"

# A candidate sentence end: terminal punctuation, optional closing marks or
# brackets, then white space.
_END_RE = regex.compile(r"[.!?\u2026]+[" + _MARK_CLASS + r")\]]*(?=\s)")
_NEXT_RE = regex.compile(r"\s+([" + _MARK_CLASS + r"(\[]*)([\p{L}\p{N}]+)")
_ABBR_BEFORE_RE = regex.compile(r"(?:^|(?<=[\s(\[" + _MARK_CLASS + r"]))((?:\p{L}\.)+\p{L}?|\p{L}+)\.$")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The non-blank lines of ``text``, stripped of surrounding spaces, as offsets."""
    out = []
    for m in _LINE_RE.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def _is_abbreviation(text: str, start: int, dot: int) -> bool:
    """Whether the period at ``dot`` closes an abbreviation or an initial."""
    lo = max(start, dot - 12)
    m = _ABBR_BEFORE_RE.search(text[lo : dot + 1])
    if not m:
        return False
    word = m.group(1)
    if len(word) == 1 and word.isupper():
        return True  # an initial: "J. Smith"
    return word.lower() in ABBREVIATIONS or word.lower() in NAME_OR_TITLE_ABBREVIATIONS or "." in word


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]`` as offsets, splitting after . ! ? and closing marks.

    Abbreviations (Mr., Gen., No. 3), initials and dotted acronyms (U.S.) do
    not end a sentence unless a common sentence opener follows them.
    """
    if end is None:
        end = len(text)
    out = []
    s = start
    for m in _END_RE.finditer(text, start, end):
        nxt = _NEXT_RE.match(text, m.end(), end)
        if not nxt:
            continue
        word = nxt.group(2)
        if not (word[0].isupper() or word[0].isdigit() or nxt.group(1)):
            continue
        punct_end = m.start() + len(m.group(0).rstrip(_CLOSING_CHARS))
        if text[punct_end - 1] == "." and text[m.start()] == "." and _is_abbreviation(text, start, m.start()):
            last = _ABBR_BEFORE_RE.search(text[max(start, m.start() - 12) : m.start() + 1])
            abbr = last.group(1).lower() if last else ""
            if abbr in ABBREVIATIONS or word not in SENTENCE_STARTERS:
                continue
        out.append((s, m.end()))
        s = nxt.start(1) if nxt.group(1) else nxt.start(2)
    if s < end:
        e = end
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def words(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Words of ``text[start:end]`` as offsets (a trailing period stays on dotted acronyms)."""
    if end is None:
        end = len(text)
    out = []
    for m in WORD_RE.finditer(text, start, end):
        s, e = m.span()
        if text[e - 1] == "." and "." not in text[s : e - 1]:
            e -= 1  # "Monday." -> "Monday"; "U.S." keeps its period
        out.append((s, e))
    return out
