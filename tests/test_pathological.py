"""Pathological inputs of about 1 MB: each runs in linear time and gives sensible output.

The bound (10 s a family) is generous on purpose: it catches quadratic pairing
(which would take minutes), not ordinary slowness; speed itself is measured in
``benchmarks/spans_scaling.py``.
"""

from __future__ import annotations

import time

import pytest
from strategies import PATHOLOGICAL

import quoteattr
from quoteattr.model import Extraction

SIZE = 1_000_000
BOUND = 10.0
LIMIT = quoteattr.Config().max_quote_chars


def _timed(name: str) -> tuple[str, Extraction]:
    text = PATHOLOGICAL[name](SIZE)
    t0 = time.perf_counter()
    ex = quoteattr.extract(text)
    elapsed = time.perf_counter() - t0
    assert elapsed < BOUND, f"{name}: {elapsed:.1f} s for {len(text)} characters"
    assert len(text) >= 0.7 * SIZE
    for q in ex:
        assert text[q.start : q.end] == q.text
        assert len(q.text) <= LIMIT, "no quote swallows the text"
    return text, ex


pytestmark = pytest.mark.slow


def test_unclosed_openers() -> None:
    _, ex = _timed("unclosed-openers")
    assert ex.quotes
    assert not any(q.closed for q in ex)
    assert len(ex.problems) <= quoteattr.Config().max_problems + 1


def test_closers_only() -> None:
    _, ex = _timed("closers-only")
    assert list(ex) == []
    assert ex.problems[0].code == "stray-mark"
    assert ex.problems[-1].code == "more-problems"


def test_straight_marks() -> None:
    _, ex = _timed("straight-marks")
    assert list(ex) == []


def test_its() -> None:
    _, ex = _timed("its")
    assert list(ex) == []
    assert ex.problems == ()


def test_mismatched() -> None:
    _, ex = _timed("mismatched")
    assert not any(q.closed for q in ex)


def test_deep_nesting() -> None:
    _, ex = _timed("deep-nesting")
    assert all(q.depth == 0 for q in ex)
    assert "too-deep" in {p.code for p in ex.problems}


def test_multi_paragraph() -> None:
    text, ex = _timed("multi-paragraph")
    # 50 000 paragraphs that each reopen: the quote is cut at max_quote_chars, flagged, and goes on
    assert len(ex.quotes) >= len(text) // (2 * LIMIT)
    assert not any(q.closed for q in ex)


def test_open_before_text() -> None:
    text, ex = _timed("open-before-text")
    assert len(ex.quotes) == 1
    q = ex.quotes[0]
    assert not q.closed
    assert q.end < len(text) // 10


def test_open_before_paragraphs() -> None:
    text, ex = _timed("open-before-paragraphs")
    # the next paragraphs continue in lower case (damaged text): the quote runs on, up to the limit
    assert len(ex.quotes) == 1
    assert not ex.quotes[0].closed
    assert ex.quotes[0].end < len(text) // 10


def test_single_soup() -> None:
    _, ex = _timed("single-soup")
    assert {q.text for q in ex} <= {"plan"}
