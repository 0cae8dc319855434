"""Golden fixtures for the quote-span tokenizer (issue 2, item 4) and its look-alikes."""

from __future__ import annotations

from typing import Any

import pytest
from support import config_from, fixture_params, load_fixture

import quoteattr
from quoteattr.model import QuoteKind


def _observed(case: dict[str, Any]) -> list[dict[str, Any]]:
    ex = quoteattr.extract(case["text"], config_from(case.get("config")))
    out = []
    for q, want in zip(ex, [*case["expected"], *([{}] * len(ex.quotes))], strict=False):
        got = {"text": q.text, "kind": str(q.kind), "closed": q.closed}
        if "depth" in want:
            got["depth"] = q.depth
        out.append(got)
    return out


@pytest.mark.parametrize("case", fixture_params("spans.json"))
def test_golden(case: dict[str, Any]) -> None:
    assert _observed(case) == case["expected"], case["comment"]


@pytest.mark.parametrize("case", fixture_params("spans.json"))
def test_golden_offsets_index_the_text(case: dict[str, Any]) -> None:
    text = case["text"]
    for q in quoteattr.extract(text, config_from(case.get("config"))):
        assert text[q.start : q.end] == q.text
        assert q.open_at < q.start
        if q.closed:
            assert q.close_at is not None
            assert q.end <= q.close_at


@pytest.mark.parametrize("case", fixture_params("spans_negative.json"))
def test_negative(case: dict[str, Any]) -> None:
    ex = quoteattr.extract(case["text"])
    assert [q.text for q in ex] == [], case["comment"]


def test_fixtures_cover_every_mark_of_the_table() -> None:
    from quoteattr.lexicon.marks import DEFAULT_MARKS

    texts = "".join(case["text"] for case in load_fixture("spans.json"))
    for pair in DEFAULT_MARKS:
        assert pair.open in texts, pair.name


def test_unclosed_quote_is_reported_as_a_problem() -> None:
    text = "He shouted “stop the vote and left.\n\nThe hall emptied."
    ex = quoteattr.extract(text)
    assert [q.closed for q in ex] == [False]
    assert [p.code for p in ex.problems] == ["unclosed-quote"]
    assert ex.quotes[0].end <= text.index("\n")


def test_stray_closing_mark_is_reported_and_ignored() -> None:
    ex = quoteattr.extract("The list ended” and the meeting went on.")
    assert list(ex) == []
    assert [p.code for p in ex.problems] == ["stray-mark"]


def test_kinds_are_quote_kinds() -> None:
    ex = quoteattr.extract('“We leave at noon,” she said, calling the delay "absurd."')
    assert [q.kind for q in ex] == [QuoteKind.DIRECT, QuoteKind.PARTIAL]


def test_too_deep_nesting_is_reported() -> None:
    cfg = quoteattr.Config(max_nesting=2)
    ex = quoteattr.extract("“one ‘two «three» two’ one”", cfg)
    assert [q.text for q in ex] == ["one ‘two «three» two’ one"]
    assert "too-deep" in [p.code for p in ex.problems]


def test_problem_list_is_capped() -> None:
    cfg = quoteattr.Config(max_problems=3)
    ex = quoteattr.extract("word” " * 10, cfg)
    codes = [p.code for p in ex.problems]
    assert codes == ["stray-mark"] * 3 + ["more-problems"]
