"""Segmentation: paragraphs, sentences and words as offsets into the caller's string."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from strategies import any_text, article

from quoteattr.pipeline import Document
from quoteattr.segment import paragraphs, sentences, words


def _sents(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Talks in the U.S. ended on Friday. The crew went home.",
            ["Talks in the U.S. ended on Friday.", "The crew went home."],
            id="dotted-acronym-mid-sentence",
        ),
        pytest.param(
            "The ship sailed to the U.S. The crew cheered.",
            ["The ship sailed to the U.S.", "The crew cheered."],
            id="dotted-acronym-ends-sentence",
        ),
        pytest.param(
            "Mr. Lee met Mrs. Park and Dr. Cho. They talked.",
            ["Mr. Lee met Mrs. Park and Dr. Cho.", "They talked."],
            id="titles",
        ),
        pytest.param(
            "Gen. Ortiz and Lt. Col. Rhee arrived. Nobody else came.",
            ["Gen. Ortiz and Lt. Col. Rhee arrived.", "Nobody else came."],
            id="military-ranks",
        ),
        pytest.param(
            "He lives at No. 3 Harbor Road. It is blue.", ["He lives at No. 3 Harbor Road.", "It is blue."], id="no-3"
        ),
        pytest.param(
            "The letter was signed by J. R. Smith and A. Jones. It was short.",
            ["The letter was signed by J. R. Smith and A. Jones.", "It was short."],
            id="initials",
        ),
        pytest.param(
            "Prices rose 3.5 percent. Wages rose 1.2 percent.",
            ["Prices rose 3.5 percent.", "Wages rose 1.2 percent."],
            id="decimals",
        ),
        pytest.param(
            "“We are done.” The minister left. Was it over? Yes!",
            ["“We are done.”", "The minister left.", "Was it over?", "Yes!"],
            id="closing-mark-and-other-terminals",
        ),
        pytest.param(
            "It ended in Jan. 2020 after a vote.", ["It ended in Jan. 2020 after a vote."], id="month-abbreviation"
        ),
        pytest.param(
            "Its patience had limits. „Roads are not for protest,“ the statement said.",
            ["Its patience had limits.", "„Roads are not for protest,“ the statement said."],
            id="low-nine-mark-opens-a-sentence",
        ),
        pytest.param(
            "Er sagte: »Wir gehen.« Dann ging er. «Non,» dit-il.",
            ["Er sagte: »Wir gehen.«", "Dann ging er.", "«Non,» dit-il."],
            id="guillemets-either-way",
        ),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert _sents(text) == expected


def test_paragraphs_blank_lines_and_single_newlines_agree() -> None:
    a = "One.\n\nTwo.\n\n\nThree."
    b = "One.\nTwo.\nThree."
    assert [a[s:e] for s, e in paragraphs(a)] == [b[s:e] for s, e in paragraphs(b)] == ["One.", "Two.", "Three."]


def test_paragraphs_strip_spaces_and_unicode_separators() -> None:
    text = "  First part. \u2029Second\u00a0part.\u2028 Third "
    assert [text[s:e] for s, e in paragraphs(text)] == ["First part.", "Second\u00a0part.", "Third"]


def test_words_keep_acronym_periods_and_apostrophes() -> None:
    text = "The U.S. crew didn't stop on Monday."
    assert [text[s:e] for s, e in words(text)] == ["The", "U.S.", "crew", "didn't", "stop", "on", "Monday"]


def test_sentences_of_a_slice_index_the_whole_text() -> None:
    text = "Intro here.\n\nMr. Lee spoke. He left."
    s, e = paragraphs(text)[1]
    assert [text[a:b] for a, b in sentences(text, s, e)] == ["Mr. Lee spoke.", "He left."]


@given(article())
def test_sentences_tile_each_paragraph(text: str) -> None:
    for ps, pe in paragraphs(text):
        sents = sentences(text, ps, pe)
        assert sents, "a non-blank paragraph has a sentence"
        assert sents[0][0] == ps
        assert sents[-1][1] == pe
        for (a, b), (c, _) in itertools.pairwise(sents):
            assert a < b <= c
            assert text[b:c].strip() == ""


@given(any_text)
def test_segmentation_in_bounds_on_any_text(text: str) -> None:
    for ps, pe in paragraphs(text):
        assert 0 <= ps < pe <= len(text)
        assert text[ps:pe] == text[ps:pe].strip()
        for s, e in sentences(text, ps, pe):
            assert ps <= s < e <= pe
        for s, e in words(text, ps, pe):
            assert ps <= s < e <= pe


def test_document_steps_to_the_sentence_before_and_after_within_a_paragraph() -> None:
    text = "First one. Second one. Third one.\n\nNext paragraph."
    doc = Document(text)
    second = text.index("Second")
    assert doc.sentence_before(second) == (0, 10)
    after = doc.sentence_after(second)
    assert after is not None
    assert text[after[0] : after[1]] == "Third one."
    assert doc.sentence_after(text.index("Third")) is None  # a paragraph's last
    assert doc.sentence_before(text.index("Next")) is None  # a paragraph's first
