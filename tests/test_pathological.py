"""Pathological inputs of about 1 MB: each runs in linear time and gives sensible output.

The bound (20 s a family on a busy 2-core machine) is generous on purpose: it
catches quadratic behaviour (minutes to hours at 1 MB), not ordinary slowness;
speed itself is measured in ``benchmarks/spans_scaling.py``.  Each family runs
twice: through the tokenizer alone (``find_spans``), and through the whole
``quoteattr.extract``.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from strategies import PATHOLOGICAL

import quoteattr
from quoteattr.model import Extraction
from quoteattr.spans import find_spans

SIZE = 1_000_000
BOUND = 20.0
LIMIT = quoteattr.Config().max_quote_chars
MAX_PROBLEMS = quoteattr.Config().max_problems

pytestmark = pytest.mark.slow


def _unclosed_openers(text: str, ex: Extraction) -> None:
    assert ex.quotes
    assert not any(q.closed for q in ex)
    assert len(ex.problems) <= MAX_PROBLEMS + 1


def _closers_only(text: str, ex: Extraction) -> None:
    assert list(ex) == []
    assert ex.problems[0].code == "stray-mark"
    assert ex.problems[-1].code == "more-problems"


def _no_quotes(text: str, ex: Extraction) -> None:
    assert list(ex) == []


def _its(text: str, ex: Extraction) -> None:
    assert list(ex) == []
    assert ex.problems == ()


def _mismatched(text: str, ex: Extraction) -> None:
    assert not any(q.closed for q in ex)


def _deep_nesting(text: str, ex: Extraction) -> None:
    assert all(q.depth == 0 for q in ex)
    assert "too-deep" in {p.code for p in ex.problems}


def _multi_paragraph(text: str, ex: Extraction) -> None:
    # 50 000 paragraphs that each reopen: the quote is cut at max_quote_chars, flagged, and goes on
    assert len(ex.quotes) >= len(text) // (2 * LIMIT)
    assert not any(q.closed for q in ex)


def _one_open_quote(text: str, ex: Extraction) -> None:
    # the quote left open does not swallow the megabyte after it
    assert len(ex.quotes) == 1
    assert not ex.quotes[0].closed
    assert ex.quotes[0].end < len(text) // 10


def _single_soup(text: str, ex: Extraction) -> None:
    assert {q.text for q in ex} <= {"plan"}


CHECKS: dict[str, Callable[[str, Extraction], None]] = {
    "unclosed-openers": _unclosed_openers,
    "closers-only": _closers_only,
    "straight-marks": _no_quotes,
    "its": _its,
    "mismatched": _mismatched,
    "deep-nesting": _deep_nesting,
    "multi-paragraph": _multi_paragraph,
    "open-before-text": _one_open_quote,
    "open-before-paragraphs": _one_open_quote,
    "single-soup": _single_soup,
}


def _check(name: str, text: str, ex: Extraction) -> None:
    assert len(text) >= 0.7 * SIZE
    for q in ex:
        assert text[q.start : q.end] == q.text
        assert len(q.text) <= LIMIT, "no quote swallows the text"
    CHECKS[name](text, ex)


def test_every_family_is_checked() -> None:
    assert set(CHECKS) == set(PATHOLOGICAL)
    assert len(CHECKS) >= 8


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_tokenizer(name: str) -> None:
    text = PATHOLOGICAL[name](SIZE)
    cfg = quoteattr.Config()
    t0 = time.perf_counter()
    spans, problems = find_spans(text, cfg)
    elapsed = time.perf_counter() - t0
    assert elapsed < BOUND, f"{name}: {elapsed:.1f} s for {len(text)} characters"
    quotes = tuple(
        quoteattr.Quote(
            text=text[s.start : s.end],
            start=s.start,
            end=s.end,
            kind=quoteattr.QuoteKind.PARTIAL,
            closed=s.closed,
            depth=s.depth,
        )
        for s in spans
    )
    _check(name, text, Extraction(quotes=quotes, problems=tuple(problems), length=len(text)))


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_extract(name: str) -> None:
    text = PATHOLOGICAL[name](SIZE)
    t0 = time.perf_counter()
    ex = quoteattr.extract(text)
    elapsed = time.perf_counter() - t0
    assert elapsed < BOUND, f"{name}: {elapsed:.1f} s for {len(text)} characters"
    _check(name, text, ex)
