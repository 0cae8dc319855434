"""`quoteattr extract` batch flags: --jobs, --quiet, --resume, gzip output, limits, error records."""

from __future__ import annotations

import csv
import gzip
import io
import json
import signal
import sys
from pathlib import Path

import pytest

import quoteattr.corpus
from quoteattr import Article, Config
from quoteattr.cli import main


def make_corpus(path: Path, n: int = 9) -> None:
    lines = [json.dumps({"id": f"d{i}", "text": f'"Rates rise {i} times," the banker said.'}) for i in range(n)]
    lines.insert(4, json.dumps({"id": "long", "text": "word " * 200}))
    lines.insert(2, '{"id": "broken", "text": ')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def ids_of(lines: list[str]) -> list[str]:
    return [json.loads(line)["id"] for line in lines]


EXPECTED = ["d0", "d1", "c.jsonl:3", "d2", "d3", "long", "d4", "d5", "d6", "d7", "d8"]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_jsonl_with_jobs_keeps_order_and_writes_error_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    make_corpus(tmp_path / "c.jsonl")
    status = main(["extract", str(tmp_path / "c.jsonl"), "--format", "jsonl", "--jobs", jobs, "--max-chars", "500"])
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert status == 1
    assert ids_of(lines)[0:2] == ["d0", "d1"]
    assert [i.rsplit("/", 1)[-1] for i in ids_of(lines)] == EXPECTED
    errors = {json.loads(x)["id"].rsplit("/", 1)[-1]: json.loads(x)["error"] for x in lines if '"error"' in x}
    assert set(errors) == {"c.jsonl:3", "long"}
    assert "max_doc_chars=500" in errors["long"]
    assert "2 of 11 documents failed" in captured.err


def test_gzip_output_when_the_name_ends_in_gz(tmp_path: Path) -> None:
    make_corpus(tmp_path / "c.jsonl")
    out = tmp_path / "out.jsonl.gz"
    status = main(["extract", str(tmp_path / "c.jsonl"), "--format", "jsonl", "-j", "2", "-q", "-o", str(out)])
    assert status == 1
    lines = gzip.decompress(out.read_bytes()).decode().splitlines()
    assert [i.rsplit("/", 1)[-1] for i in ids_of(lines)] == EXPECTED
    assert json.loads(lines[0])["quotes"][0]["text"] == "Rates rise 0 times,"


@pytest.mark.parametrize("name", ["out.jsonl", "out.jsonl.gz"])
def test_resume_skips_what_is_already_written(tmp_path: Path, name: str) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"d{i}", "text": f'"{i}," he said.'}) + "\n" for i in range(6)))
    out = tmp_path / name
    assert main(["extract", str(corpus), "--format", "jsonl", "-q", "-o", str(out)]) == 0
    opener = gzip.open if name.endswith(".gz") else open
    with opener(out, "rt", encoding="utf-8") as fh:
        full = fh.read()
    with opener(out, "wt", encoding="utf-8") as fh:
        fh.write("".join(full.splitlines(keepends=True)[:2]) + full.splitlines()[2][:10])  # cut mid-record
    assert main(["extract", str(corpus), "--format", "jsonl", "-q", "--resume", "-o", str(out)]) == 0
    with opener(out, "rt", encoding="utf-8") as fh:
        assert fh.read() == full


def test_resume_needs_an_output_file_and_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_corpus(tmp_path / "c.jsonl")
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(tmp_path / "c.jsonl"), "--format", "jsonl", "--resume"])
    assert exc.value.code == 2
    assert "--resume needs -o FILE" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(tmp_path / "c.jsonl"), "--format", "csv", "--resume", "-o", str(tmp_path / "o")])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(tmp_path / "c.jsonl"), "--jobs", "-2"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(tmp_path / "c.jsonl"), "--time-limit", "0"])
    assert exc.value.code == 2


def test_other_formats_work_with_jobs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_corpus(tmp_path / "c.jsonl")
    assert main(["extract", str(tmp_path / "c.jsonl"), "--format", "csv", "-j", "2"]) == 1
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["doc"] for r in rows] == [f"d{i}" for i in range(9)]
    assert main(["extract", str(tmp_path / "c.jsonl"), "--format", "json", "-j", "2"]) == 1
    assert len(json.loads(capsys.readouterr().out)) == 10  # the long document is fine without --max-chars
    assert main(["extract", str(tmp_path / "c.jsonl"), "-j", "2"]) == 1
    assert "Rates rise 8 times," in capsys.readouterr().out


def test_progress_bar_only_on_a_terminal_and_not_with_quiet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("tqdm", reason="the progress bar needs the progress extra (tqdm)")
    make_corpus(tmp_path / "c.jsonl")
    args = ["extract", str(tmp_path / "c.jsonl"), "--format", "jsonl", "-o", str(tmp_path / "o.jsonl")]
    main(args)
    assert "doc/s" not in capsys.readouterr().err  # stderr is not a terminal here
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    main(args)
    assert "11doc" in capsys.readouterr().err.replace(" ", "")
    main([*args, "--quiet"])
    assert "doc/s" not in capsys.readouterr().err


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="stopping a runaway needs POSIX timers")
def test_time_limit_turns_a_runaway_into_an_error_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    real_extract = quoteattr.corpus.extract

    def slow(article: Article, config: Config | None = None) -> quoteattr.Extraction:
        if article.id == "d3":
            while True:
                sum(range(1000))
        return real_extract(article, config)

    monkeypatch.setattr(quoteattr.corpus, "extract", slow)  # jobs=1 runs in this process
    make_corpus(tmp_path / "c.jsonl")
    status = main(["extract", str(tmp_path / "c.jsonl"), "--format", "jsonl", "--time-limit", "0.5"])
    captured = capsys.readouterr()
    assert status == 1
    records = {json.loads(x)["id"]: json.loads(x) for x in captured.out.splitlines()}
    assert "time_limit=0.5" in records["d3"]["error"]
    assert records["d4"]["quotes"][0]["text"] == "Rates rise 4 times,"


def test_align_with_jobs_gives_the_serial_groups(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    texts = [
        '"The dialog on this issue was difficult," Anna Kovalenko said.',
        'Kovalenko said "the dialogue on this issue was difficult."',
        '"We will build the new pier next spring," the mayor said.',
        '"We will build the new pier next spring," Mayor Lena Ortiz said.',
    ]
    corpus = tmp_path / "c.jsonl"
    lines = [json.dumps({"id": f"t{i}", "text": t}) for i, t in enumerate(texts)]
    corpus.write_text("\n".join([*lines, "{oops"]) + "\n")
    assert main(["align", str(corpus), "--format", "json", "--jobs", "2", "-q"]) == 1
    parallel = json.loads(capsys.readouterr().out)
    assert main(["align", str(corpus), "--format", "json"]) == 1
    serial = json.loads(capsys.readouterr().out)
    assert parallel == serial
    assert [[v["doc_id"] for v in g["variants"]] for g in serial["groups"]] == [["t0", "t1"], ["t2", "t3"]]
