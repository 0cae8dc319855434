"""Properties of compare(), checked with Hypothesis against obvious references."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr.compare import compare

WORDS = ["ferry", "port", "will", "run", "the", "daily", "we", "agreed", "talks", "three", "7", "U.S.",
         "dialogue", "dialog", "colour", "ships", "never", "harbour", "Minister", "Ortiz", "said", "and"]  # fmt: skip
PUNCT = ["", "", "", ",", ".", ";", " -", "!"]

word_lists = st.lists(st.sampled_from(WORDS), min_size=0, max_size=25)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    words = draw(word_lists)
    return " ".join(w + draw(st.sampled_from(PUNCT)) for w in words)


@settings(max_examples=200, deadline=None)
@given(sentences())
def test_compare_with_itself_is_identical_at_100(text: str) -> None:
    d = compare(text, text)
    assert d.verdict == "identical"
    assert d.similarity == 100.0
    assert d.ops == ()


@settings(max_examples=200, deadline=None)
@given(sentences(), sentences())
def test_similarity_is_symmetric_and_bounded(a: str, b: str) -> None:
    ab, ba = compare(a, b), compare(b, a)
    assert ab.similarity == ba.similarity
    assert 0.0 <= ab.similarity <= 100.0


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=20), st.data())
def test_a_dropped_not_is_never_cosmetic(words: list[str], data: st.DataObject) -> None:
    at = data.draw(st.integers(min_value=0, max_value=len(words)))
    with_not = [*words[:at], "not", *words[at:]]
    d = compare(" ".join(with_not), " ".join(words))
    assert d.verdict not in ("identical", "cosmetic")
    assert any(op.a_text == "not" or "not" in op.a_text.split() for op in d.ops)


@settings(max_examples=200, deadline=None)
@given(sentences(), sentences())
def test_offsets_always_index_the_inputs(a: str, b: str) -> None:
    for op in compare(a, b).ops:
        assert a[op.a_start : op.a_end] == op.a_text
        assert b[op.b_start : op.b_end] == op.b_text
        assert op.a_start <= op.a_end
        assert op.b_start <= op.b_end


@settings(max_examples=200, deadline=None)
@given(sentences(), sentences())
def test_verdict_identical_exactly_when_no_ops(a: str, b: str) -> None:
    d = compare(a, b)
    assert (d.verdict == "identical") == (d.ops == ())
