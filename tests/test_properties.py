"""Properties of extract() on generated text: offsets, bounds, shifts, mark styles, any Unicode."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import any_text, article, curl, paragraph, straight_article

import quoteattr
from quoteattr.model import Quote


def _check_structure(text: str, quotes: tuple[Quote, ...]) -> None:
    """Offsets index the text; spans are in bounds; two spans are disjoint or one holds the other
    (only a nested quote, depth > 0, lies inside another one)."""
    for q in quotes:
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert 0 <= q.open_at < q.start
    ordered = sorted(quotes, key=lambda q: (q.start, -q.end))
    for a, b in itertools.pairwise(ordered):
        if b.start < a.end:
            assert b.end <= a.end, "partial overlap"
            assert b.depth > a.depth
    top = [q for q in ordered if q.depth == 0]
    for a, b in itertools.pairwise(top):
        assert a.end <= b.start, "top-level quotes overlap"


@given(article())
def test_offsets_and_structure_on_news_text(text: str) -> None:
    _check_structure(text, quoteattr.extract(text).quotes)


@given(any_text)
@settings(max_examples=300)
def test_never_raises_on_any_unicode(text: str) -> None:
    ex = quoteattr.extract(text)
    _check_structure(text, ex.quotes)
    assert ex.length == len(text)


@given(article(), paragraph())
def test_prefix_shifts_every_offset(text: str, prefix_para: str) -> None:
    prefix = prefix_para.replace('"', "").replace("\u201c", "").replace("\u201d", "") + "\n\n"
    prefix = "".join(ch for ch in prefix if ch not in "\u00ab\u00bb\u201e'\u2019")
    base = quoteattr.extract(text)
    shifted = quoteattr.extract(prefix + text)
    n = len(prefix)
    assert [(q.start + n, q.end + n, q.text, q.closed, q.kind) for q in base] == [
        (q.start, q.end, q.text, q.closed, q.kind) for q in shifted
    ]


@given(straight_article())
def test_straight_to_curly_keeps_contents(text: str) -> None:
    straight = quoteattr.extract(text)
    curly_text = curl(text)
    curly = quoteattr.extract(curly_text)
    assert len(curly_text) == len(text)
    assert [(q.start, q.end, q.text) for q in straight] == [(q.start, q.end, q.text) for q in curly]
    assert straight.quotes, "the generator always writes a quote or the test is void"


@given(st.lists(st.sampled_from(['"', "\u201c", "\u201d", "'", "\u2019", "\n\n", "a", " ", "\u00ab"]), max_size=80))
def test_mark_soup_never_raises(parts: list[str]) -> None:
    text = "".join(parts)
    _check_structure(text, quoteattr.extract(text).quotes)
