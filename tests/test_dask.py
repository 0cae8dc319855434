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

from quoteattr.dask import align, align_bag, extract_bag, extract_record, read_articles  # noqa: E402 - after skips

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


STATEMENTS = (
    "the dialog on this issue was difficult and we said so",
    "relations between our countries are getting worse and worse",
    "we will not accept any new sanctions against our economy",
    "the talks in Geneva were useful but very hard for everyone",
)
SPEAKERS = ("Anna Kovalenko", "Lena Osei", "Anna Kovalenko")


def variant(statement: str, rng: random.Random) -> str:
    """One outlet's rendering: spelling, a dropped word, a fragment or the words as they were."""
    words = statement.split()
    roll = rng.random()
    if roll < 0.25:
        return statement.replace("dialog", "dialogue").replace("Geneva", "GENEVA")
    if roll < 0.45:
        del words[rng.randrange(1, len(words))]
    elif roll < 0.6:
        start = rng.randrange(0, 3)
        words = words[start : start + 6]
    return " ".join(words)


def variant_corpus(n: int, seed: int) -> list[Any]:
    rng = random.Random(seed)
    docs: list[Any] = []
    for i in range(n):
        parts = []
        for _ in range(rng.randint(1, 3)):
            statement = rng.choice(STATEMENTS)
            parts.append(f'"{variant(statement, rng).capitalize()}," {rng.choice(SPEAKERS)} said.')
        text = "\n\n".join(parts)
        kind = i % 9
        if kind == 0:
            docs.append(text)  # no id: named by position
        elif kind == 1:
            docs.append((f"pair{i}", text))
        elif kind == 2:
            docs.append(quoteattr.extract(Article(text, id=f"ex{i}")))
        else:
            docs.append(Article(text, id=f"a{i}", outlet=rng.choice(("Daily", "Wire"))))
    return docs


@pytest.mark.parametrize("npartitions", [1, 5])
def test_distributed_align_equals_the_serial_align(client: Any, npartitions: int) -> None:
    docs = variant_corpus(90, seed=11)
    serial = quoteattr.align(docs)
    assert len(serial) >= 4
    assert any(len(g.variants) >= 10 for g in serial)
    assert any(v.doc_id.startswith("#") for g in serial for v in g.variants)
    distributed_groups = align(db.from_sequence(docs, npartitions=npartitions))
    assert distributed_groups == serial


def test_align_bag_takes_dicts_and_skips_error_records(client: Any) -> None:
    docs = variant_corpus(30, seed=5)
    articles = [d for d in docs if isinstance(d, Article)]
    items: list[Any] = [{"id": a.id, "text": a.text, "outlet": a.outlet} for a in articles]
    items.insert(3, {"id": "broken", "error": "not UTF-8 text at byte 3"})
    got = align_bag(db.from_sequence(items, npartitions=3)).compute()
    assert got == quoteattr.align(articles)


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
