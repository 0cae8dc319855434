"""`quoteattr extract`: output formats, folders, stdin and exit statuses (speakers not asserted)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from quoteattr.cli import main

PIER = "“The pier reopens in May,” the harbor master said.\n\nCrews called the repairs “slow but steady.”\n"
DOCK = '"We will not sell the dock," the owner told the council.\n'


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "pier.txt").write_text(PIER, encoding="utf-8")
    (tmp_path / "nested").mkdir()
    (tmp_path / "nested" / "dock.txt").write_text(DOCK, encoding="utf-8")
    return tmp_path


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


def test_jsonl_one_line_per_article(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(["extract", str(corpus / "pier.txt"), "--format", "jsonl"], capsys)
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == 1
    doc = json.loads(lines[0])
    assert doc["id"] == "pier.txt"
    assert [(q["text"], q["kind"]) for q in doc["quotes"]] == [
        ("The pier reopens in May,", "direct"),
        ("slow but steady.", "partial"),
    ]
    for q in doc["quotes"]:
        assert PIER[q["start"] : q["end"]] == q["text"]


def test_folder_is_recursive_and_json_is_a_list(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(["extract", str(corpus), "--format", "json"], capsys)
    assert status == 0
    docs = json.loads(out)
    assert sorted(d["id"] for d in docs) == ["dock.txt", "pier.txt"]
    dock = next(d for d in docs if d["id"] == "dock.txt")
    assert [q["text"] for q in dock["quotes"]] == ["We will not sell the dock,"]


def test_csv_rows(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(["extract", str(corpus / "pier.txt"), "--format", "csv"], capsys)
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["doc"], r["text"], r["kind"], r["closed"]) for r in rows] == [
        ("pier.txt", "The pier reopens in May,", "direct", "True"),
        ("pier.txt", "slow but steady.", "partial", "True"),
    ]
    assert int(rows[0]["start"]) == PIER.index("The pier")


def test_text_format_lists_each_quote_with_its_kind(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(["extract", str(corpus / "pier.txt")], capsys)
    assert status == 0
    assert "The pier reopens in May," in out
    assert "slow but steady." in out
    assert "direct" in out
    assert "partial" in out


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    class Stdin:
        buffer = io.BytesIO(DOCK.encode("utf-8"))

    monkeypatch.setattr(sys, "stdin", Stdin())
    status, out, _ = _run(["extract", "-", "--format", "jsonl"], capsys)
    assert status == 0
    doc = json.loads(out)
    assert doc["id"] == "<stdin>"
    assert [q["text"] for q in doc["quotes"]] == ["We will not sell the dock,"]


def test_output_file(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.jsonl"
    status, out, _ = _run(["extract", str(corpus / "pier.txt"), "--format", "jsonl", "-o", str(target)], capsys)
    assert (status, out) == (0, "")
    assert json.loads(target.read_text(encoding="utf-8"))["id"] == "pier.txt"


def test_broken_file_among_good_ones(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (corpus / "broken.txt").write_bytes(b"\xff\xfe\x00\x00binary")
    (corpus / "empty.txt").write_bytes(b"")
    status, out, err = _run(["extract", str(corpus), "--format", "jsonl"], capsys)
    assert status == 1
    records = [json.loads(line) for line in out.splitlines()]
    good = sorted(r["id"] for r in records if "quotes" in r)
    assert good == ["dock.txt", "pier.txt"]
    failed = sorted(r["id"] for r in records if "error" in r)
    assert failed == sorted([str(corpus / "broken.txt"), str(corpus / "empty.txt")])
    assert "broken.txt" in err
    assert "empty.txt" in err
    assert "binary file" in err


def test_missing_path_exits_1_and_names_it(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(["extract", str(corpus / "pier.txt"), str(corpus / "gone.txt"), "--format", "json"], capsys)
    assert status == 1
    assert [d["id"] for d in json.loads(out)] == ["pier.txt"]
    assert "gone.txt" in err


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param(["extract"], id="no-path"),
        pytest.param(["extract", "x.txt", "--format", "xml"], id="bad-format"),
        pytest.param([], id="no-command"),
        pytest.param(["frobnicate"], id="unknown-command"),
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    assert "usage" in capsys.readouterr().err


def test_exit_status_of_the_process(corpus: Path) -> None:
    ok = subprocess.run(
        [sys.executable, "-m", "quoteattr.cli", "extract", str(corpus), "--format", "jsonl"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert ok.returncode == 0
    assert len(ok.stdout.splitlines()) == 2
    usage = subprocess.run([sys.executable, "-m", "quoteattr.cli", "extract"], capture_output=True, check=False)
    assert usage.returncode == 2
