"""The align and compare commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quoteattr.cli import main

A = 'The mayor spoke. "The harbour will stay open through the winter and no ferry route will be cut," she said.\n'
B = 'At a meeting, "The harbor will stay open through the winter and no ferry route will be cut," the mayor said.\n'
C = 'Elsewhere, "Fish prices fell sharply in the autumn," a trader said.\n'


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in (("a.txt", A), ("b.txt", B), ("c.txt", C)):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_align_text_marks_changes(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["align", str(corpus)]) == 0
    out = capsys.readouterr().out
    assert "== group 1: 2 variants in 2 article(s)" in out
    assert "[-harbour-]{+harbor+}" in out
    assert "cosmetic" in out
    assert "\x1b[" not in out  # not a terminal: plain markers
    assert "Fish prices" not in out


def test_align_json(corpus: Path, tmp_path: Path) -> None:
    target = tmp_path / "groups.json"
    assert main(["align", str(corpus), "--format", "json", "-o", str(target)]) == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    (group,) = data["groups"]
    assert [Path(v["doc_id"]).name for v in group["variants"]] == ["a.txt", "b.txt"]
    assert group["differences"][1]["verdict"] == "cosmetic"


def test_align_html(corpus: Path, tmp_path: Path) -> None:
    target = tmp_path / "groups.html"
    assert main(["align", str(corpus), "--format", "html", "-o", str(target)]) == 0
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "<del" in page
    assert "<ins" in page


def test_align_reports_a_bad_input_and_goes_on(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    assert main(["align", str(corpus)]) == 1
    captured = capsys.readouterr()
    assert "empty" in captured.err
    assert "== group 1" in captured.out


def test_compare_text_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", "We will not cut ferries", "We will cut ferries"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("verdict: meaning-changed")
    assert "[-not-]" in out
    assert main(["compare", "the dialogue", "the dialog", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["verdict"] == "cosmetic"
    assert data["ops"][0]["kind"] == "spelling"


def test_compare_needs_two_texts(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["compare", "only one"])
    assert exc.value.code == 2
