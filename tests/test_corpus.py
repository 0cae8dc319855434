"""Batch runs: error records instead of crashes, input order, limits, resume, gzip."""

from __future__ import annotations

import gzip
import json
import os
import signal
from pathlib import Path

import pytest

import quoteattr
from quoteattr import Article, Config, Failure
from quoteattr.corpus import (
    DocumentTimeout,
    can_interrupt,
    done_ids,
    extract_json_task,
    iter_process,
    prepare_resume,
    run_extract,
    time_limit,
)

SLOW_MARK = "<<runaway>>"
KILL_MARK = "<<kill-worker>>"
LIMITS = Config(max_doc_chars=2_000, time_limit=1.0)


def _runaway() -> None:
    """A CPU-bound loop that never ends by itself (only the timer can stop it)."""
    n = 0
    while True:
        n = (n * 31 + 7) % 1_000_003


def slow_extract(article: Article, config: Config) -> quoteattr.Extraction:
    """extract(), except that a document carrying SLOW_MARK never finishes."""
    if SLOW_MARK in article.text:
        _runaway()
    return quoteattr.extract(article, config)


def slow_extract_json(article: Article, config: Config) -> str:
    if SLOW_MARK in article.text:
        _runaway()
    return extract_json_task(article, config)


def killing_extract(article: Article, config: Config) -> quoteattr.Extraction:
    """extract(), except that a document carrying KILL_MARK kills its worker process."""
    if KILL_MARK in article.text:
        os._exit(3)
    return quoteattr.extract(article, config)


def good_text(i: int) -> str:
    return f'"Harbor fees will rise by {i} percent," the port director said.\n\n"We object," a shipper said.'


def write_corpus(path: Path, n_good: int = 12) -> list[str]:
    """A JSON Lines corpus: good documents with an undecodable, a huge and a runaway one among them.

    Returns the ids expected in the output, in order.
    """
    lines: list[bytes] = []
    ids: list[str] = []
    for i in range(n_good):
        if i == 3:
            lines.append(b'{"id": "bad-bytes", "text": "caf\xe9 \xff"}')  # Latin-1 bytes: not UTF-8
            ids.append(f"{path}:{len(lines)}")
        if i == 6:
            lines.append(json.dumps({"id": "huge", "text": '"x," he said. ' * 500}).encode())
            ids.append("huge")
        if i == 9:
            lines.append(json.dumps({"id": "runaway", "text": f'"{SLOW_MARK}," she said.'}).encode())
            ids.append("runaway")
        lines.append(json.dumps({"id": f"doc{i}", "text": good_text(i)}).encode())
        ids.append(f"doc{i}")
    data = b"\n".join(lines) + b"\n"
    if path.name.endswith(".gz"):
        path.write_bytes(gzip.compress(data))
    else:
        path.write_bytes(data)
    return ids


def read_jsonl(path: Path) -> list[dict[str, object]]:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


needs_timer = pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="stopping a runaway needs POSIX timers")


@needs_timer
@pytest.mark.parametrize("jobs", [1, 2])
def test_three_bad_documents_become_error_records_and_the_rest_is_processed(tmp_path: Path, jobs: int) -> None:
    corpus = tmp_path / "corpus.jsonl"
    expected_ids = write_corpus(corpus)
    results = list(iter_process(quoteattr.iter_articles([corpus]), slow_extract, config=LIMITS, jobs=jobs))
    got_ids = [r.id for r in results]
    assert got_ids == expected_ids  # input order, nothing lost
    failures = {r.id: r.error for r in results if isinstance(r, Failure)}
    assert set(failures) == {expected_ids[3], "huge", "runaway"}
    assert "not UTF-8" in failures[expected_ids[3]]
    assert "max_doc_chars=2000" in failures["huge"]
    assert "stopped after Config.time_limit=1.0" in failures["runaway"]
    good = [r for r in results if not isinstance(r, Failure)]
    assert len(good) == 12
    assert all(len(ex) == 2 for ex in good)
    assert [ex.id for ex in good] == [f"doc{i}" for i in range(12)]


def test_parallel_results_equal_serial_ones_in_order() -> None:
    docs = [Article(good_text(i) + " x" * (i % 7), id=f"d{i}") for i in range(150)]
    serial = list(iter_process(docs, jobs=1))
    parallel = list(iter_process(docs, jobs=2, chunk_docs=4))
    assert parallel == serial
    assert serial == [quoteattr.extract(d) for d in docs]


def test_input_is_consumed_lazily_with_a_bounded_number_of_chunks_in_flight() -> None:
    pulled = 0

    def source():  # type: ignore[no-untyped-def]
        nonlocal pulled
        for i in range(10_000):
            pulled += 1
            yield Article(good_text(i), id=str(i))

    it = iter_process(source(), jobs=2, chunk_docs=2)
    first = next(it)
    assert first.id == "0"
    # 4 chunks per job in flight, 2 documents each: far from the whole corpus.
    assert pulled <= 2 * 4 * 2 + 2
    it.close()  # type: ignore[attr-defined]


def test_a_worker_that_dies_costs_only_its_document() -> None:
    docs = [Article(good_text(i), id=f"d{i}") for i in range(10)]
    docs[4] = Article(f'"{KILL_MARK}," he said.', id="killer")
    results = list(iter_process(docs, killing_extract, jobs=2, chunk_docs=3))
    assert [r.id for r in results] == [d.id for d in docs]
    failed = [r for r in results if isinstance(r, Failure)]
    assert [f.id for f in failed] == ["killer"]
    assert "worker process died" in failed[0].error


def test_an_exception_in_one_document_is_its_error_record() -> None:
    docs: list[Article | Failure] = [Article('"a," she said.', id="ok"), Failure("gone", "unreadable")]
    docs.append(Article("text", id="bad"))

    def task(article: Article, config: Config) -> str:
        if article.id == "bad":
            raise KeyError("no such table")
        return article.text

    assert list(iter_process(docs, task)) == [
        '"a," she said.',
        Failure("gone", "unreadable"),
        Failure("bad", "KeyError: 'no such table'"),
    ]


@needs_timer
def test_time_limit_stops_a_runaway_and_restores_the_handler() -> None:
    if not can_interrupt():
        pytest.skip("tests not running in the main thread")
    before = signal.getsignal(signal.SIGALRM)
    with pytest.raises(DocumentTimeout), time_limit(0.05):
        _runaway()
    assert signal.getsignal(signal.SIGALRM) == before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_skip_leaves_out_the_given_ids() -> None:
    docs = [Article(good_text(i), id=f"d{i}") for i in range(6)]
    got = [r.id for r in iter_process(docs, jobs=2, skip={"d1", "d4"})]
    assert got == ["d0", "d2", "d3", "d5"]


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError, match="jobs"):
        iter_process([], jobs=-1)
    with pytest.raises(ValueError, match="chunk_docs"):
        iter_process([], chunk_docs=0)


@needs_timer
@pytest.mark.parametrize(("inp", "out"), [("c.jsonl", "o.jsonl"), ("c.jsonl.gz", "o.jsonl.gz")])
def test_run_extract_writes_every_document_plain_or_gzip(tmp_path: Path, inp: str, out: str) -> None:
    expected_ids = write_corpus(tmp_path / inp)
    seen: list[str] = []
    summary = run_extract(
        [tmp_path / inp], tmp_path / out, config=LIMITS, jobs=2, task=slow_extract_json,
        on_failure=lambda f: seen.append(f.id),
    )  # fmt: skip
    records = read_jsonl(tmp_path / out)
    assert [r["id"] for r in records] == expected_ids
    assert (summary.documents, summary.failed, summary.skipped, summary.ok) == (15, 3, 0, False)
    assert seen == [expected_ids[3], "huge", "runaway"]
    if out.endswith(".gz"):
        assert (tmp_path / out).read_bytes()[:2] == b"\x1f\x8b"
    first = records[0]
    assert first["quotes"][0]["text"] == "Harbor fees will rise by 0 percent,"  # type: ignore[index]


@pytest.mark.parametrize("out", ["o.jsonl", "o.jsonl.gz"])
def test_resume_skips_the_documents_already_written(tmp_path: Path, out: str) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"d{i}", "text": good_text(i)}) + "\n" for i in range(8)))
    target = tmp_path / out
    full = run_extract([corpus], target)
    complete = read_jsonl(target)
    # An interrupted run: the first three records, then half of the fourth.
    head = "".join(json.dumps(r) + "\n" for r in complete[:3]) + json.dumps(complete[3])[:25]
    if out.endswith(".gz"):
        target.write_bytes(gzip.compress(head.encode())[:-6])  # a cut-off gzip member
    else:
        target.write_text(head)
    assert done_ids(target) == {"d0", "d1", "d2"}
    summary = run_extract([corpus], target, resume=True)
    assert (summary.documents, summary.skipped) == (5, 3)
    assert read_jsonl(target) == complete
    assert full.documents == 8
    again = run_extract([corpus], target, resume=True)
    assert (again.documents, again.skipped) == (0, 8)
    assert read_jsonl(target) == complete


def test_prepare_resume_on_a_missing_file_finds_nothing(tmp_path: Path) -> None:
    assert prepare_resume(tmp_path / "none.jsonl") == set()
    assert done_ids(tmp_path / "none.jsonl.gz") == set()
