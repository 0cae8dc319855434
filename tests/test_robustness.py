"""Inputs that once hung or crashed, or could: long runs of attributions, Markdown
look-alikes, articles full of short quotes, invisible characters, broken corpora."""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path

import pytest

import quoteattr
from quoteattr.cli import main
from quoteattr.io import iter_articles, strip_markdown

BOUND = 20.0  # seconds: generous, but a quadratic pass over these sizes takes minutes


def _timed(func, *args):  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    result = func(*args)
    return result, time.perf_counter() - t0


@pytest.mark.slow
@pytest.mark.parametrize(
    ("label", "unit", "repeat"),
    [
        ("pronoun-in-one-long-sentence", '"We are fine," he said, and ', 20_000),
        # 20 000 quotes in one sentence take about 8 s on one shared core; a quadratic pass would take minutes
        ("told-in-one-long-sentence", '"A," he told ', 20_000),
        ("according-to-run", '"A," according to ', 30_000),
        ("nul-separated", 'He said "a\x00b" ok.\x00', 20_000),
        ("agency-said", "RIA said. ", 100_000),
        ("pronouns", "he ", 10_000),
        ("quotes-and-pronouns", '"Yes," he said. ', 60_000),
    ],
)
def test_attribution_of_long_sentences_is_linear(label: str, unit: str, repeat: int) -> None:
    text = unit * repeat
    ex, elapsed = _timed(quoteattr.extract, text)
    assert elapsed < BOUND, f"{label}: {elapsed:.1f}s"
    if '"' in unit:
        assert len(ex) >= repeat // 2
    else:
        assert len(ex) == 0  # no marks, no quotes: only the time is at stake
    assert all(text[q.start : q.end] == q.text for q in ex)


@pytest.mark.slow
@pytest.mark.parametrize("unit", [" **x", "[a", "<a", "`a", " _x"])
def test_markdown_stripping_is_linear(unit: str) -> None:
    text = unit * 50_000
    out, elapsed = _timed(strip_markdown, text)
    assert elapsed < BOUND
    assert len(out) <= len(text)


@pytest.mark.slow
def test_align_of_articles_full_of_short_quotes_is_fast() -> None:
    text = "\n\n".join(f'Smith called it "tough{i}".' for i in range(6000))
    groups, elapsed = _timed(quoteattr.align, [("a", text), ("b", text)])
    assert elapsed < BOUND
    assert len(groups) == 6000  # each short quote with its copy in the other article


@pytest.mark.parametrize("invisible", ["\ufeff", "\u200b", "\u2060"])
def test_invisible_character_before_a_mark_keeps_the_quote(invisible: str) -> None:
    text = f'{invisible}"We are close," Brandt said.'
    ex = quoteattr.extract(text)
    assert [q.text for q in ex] == ["We are close,"]
    assert not ex.problems


def test_lone_surrogate_in_a_corpus_is_written_not_a_crash(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        json.dumps({"id": "s", "text": '"Hi \ud800 there," she said.'})
        + "\n"
        + json.dumps({"id": "ok", "text": '"Fine," he said.'})
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(corpus), "--format", "jsonl", "-o", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    assert json.loads(lines[0])["quotes"][0]["text"] == "Hi \ud800 there,"


def test_corrupt_gzip_corpus_is_reported_and_the_rest_processed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.jsonl.gz"
    bad.write_bytes(gzip.compress(b'{"id": "x", "text": "y"}\n' * 50)[:25])
    good = tmp_path / "good.txt"
    good.write_text('"Fine," he said.', encoding="utf-8")
    assert main(["extract", str(bad), str(good), "--format", "jsonl"]) == 1
    captured = capsys.readouterr()
    assert "bad.jsonl.gz" in captured.err
    records = [json.loads(line) for line in captured.out.splitlines()]
    assert any(r.get("id") == "good.txt" for r in records)


def test_byte_order_mark_on_a_corpus_keeps_the_first_record(tmp_path: Path) -> None:
    corpus = tmp_path / "bom.jsonl"
    corpus.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "first", "text": '"Yes," he said.'}).encode() + b"\n")
    items = list(iter_articles([corpus]))
    assert [getattr(a, "id", None) for a in items] == ["first"]


@pytest.mark.slow
def test_bodies_named_far_back_are_read_in_bounded_time() -> None:
    # every "the guild said" finds its body named thousands of characters back (the far reading of
    # _named_body), after a name with an acronym in brackets: each read is bounded, so the whole
    # megabyte takes seconds, not the minutes a read to the end of the text each time would take
    unit = (
        "The Guild of Kestrel Weavers (GKW) met on Monday. "
        + "Wool prices rose again across the valley this week. " * 80
        + '\n\n"We will keep weaving," the guild said.\n\n'
    )
    text = unit * 230
    ex, elapsed = _timed(quoteattr.extract, text)
    assert elapsed < BOUND, f"{elapsed:.1f}s"
    assert len(ex) == 230
    assert {q.speaker.name for q in ex if q.speaker is not None} == {"Guild of Kestrel Weavers"}
