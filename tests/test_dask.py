"""quoteattr.dask on a real two-process LocalCluster: the same records as the serial run."""

from __future__ import annotations

import builtins
import gzip
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import quoteattr
from quoteattr import Article, Config
from quoteattr.corpus import run_extract

db = pytest.importorskip("dask.bag", reason="quoteattr.dask needs the dask extra (dask[bag])")
distributed = pytest.importorskip("distributed", reason="the cluster tests need the dask extra (distributed)")

from quoteattr.dask import extract_bag, extract_record, read_articles  # noqa: E402 - after the skips

PEOPLE = ("Ana Ruiz", "Tom Becker", "Mira Osei", "Jon Park")
CLAIMS = ("the bridge will open in May", "we have no plans to raise fares", "the audit found nothing wrong")


def generated_corpus(n: int, seed: int = 7) -> list[Article]:
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        paras = []
        for _ in range(rng.randint(1, 4)):
            who, claim = rng.choice(PEOPLE), rng.choice(CLAIMS)
            paras.append(f'"{claim.capitalize()}," {who} said on day {rng.randint(1, 30)}.')
        docs.append(Article("\n\n".join(paras), id=f"g{i}", outlet=rng.choice(("Daily", "Wire"))))
    return docs


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


def test_extract_bag_equals_the_serial_run(client: Any) -> None:
    docs = generated_corpus(120)
    bag = db.from_sequence(docs, npartitions=6)
    got = extract_bag(bag).compute()
    assert got == [quoteattr.extract(d).to_dict() for d in docs]
    assert len(client.scheduler_info()["workers"]) == 2


def test_dicts_and_error_records_pass_through_with_limits(client: Any) -> None:
    items = [{"id": "a", "text": '"Yes," she said.'}, {"id": "b", "text": "x" * 300}, {"id": "c"}, "junk"]
    got = extract_bag(db.from_sequence(items, npartitions=2), Config(max_doc_chars=100)).compute()
    assert got[0] == quoteattr.extract(Article('"Yes," she said.', id="a")).to_dict()
    assert got[1] == {"id": "b", "error": "too large: 300 characters, over Config.max_doc_chars=100"}
    assert got[2] == {"id": "c", "error": "record has no 'text' string"}
    assert got[3]["error"].startswith("expected an Article or a dict")


def test_files_read_on_the_cluster_give_the_serial_output(client: Any, tmp_path: Path) -> None:
    docs = generated_corpus(40, seed=3)
    paths = []
    for part in range(3):
        lines = [json.dumps({"id": d.id, "text": d.text}).encode() for d in docs[part::3]]
        lines.insert(2, b'{"id": "latin", "text": "caf\xe9"}')
        lines.insert(4, b"{not json")
        path = tmp_path / f"part-{part}.jsonl.gz"
        path.write_bytes(gzip.compress(b"\n".join(lines) + b"\n"))
        paths.append(str(path))
    cfg = Config(max_doc_chars=60)
    dask_records = extract_bag(read_articles(paths), cfg).compute()
    run_extract(paths, tmp_path / "serial.jsonl", config=cfg)
    serial = [json.loads(line) for line in (tmp_path / "serial.jsonl").read_text().splitlines()]
    assert dask_records == serial
    assert sum("error" in r for r in serial) == 6 + sum(len(d.text) > 60 for d in docs)


def test_extract_record_is_the_jsonl_record() -> None:
    article = Article('"No," he said.', id="n")
    assert extract_record(article) == quoteattr.extract(article).to_dict()
    assert extract_record({"id": "e", "error": "unreadable"}) == {"id": "e", "error": "unreadable"}


def test_missing_dask_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_dask(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.startswith("dask"):
            raise ImportError("no dask here")
        return real_import(name, *args, **kwargs)

    monkeypatch.delitem(sys.modules, "dask.bag")
    monkeypatch.setattr(builtins, "__import__", no_dask)
    with pytest.raises(ImportError, match=r"quoteattr\[dask\]"):
        read_articles("*.jsonl")
