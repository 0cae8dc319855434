"""Alignment benchmark: pair precision/recall and time on generated corpora.

    python benchmarks/align.py                 # 10k, 25k, 50k and 100k quotes
    python benchmarks/align.py 10000 20000     # chosen sizes

Quotes are built directly as Extractions (no extraction step), then
``quoteattr.align`` groups them (diffs and conflicts included).  Pairs: two
quotes in one predicted group; gold: two renderings of one generated
statement.  Time: the best of three runs of ``quoteattr.align`` on one core.
"x per doubling" = (t2 / t1) ** (1 / log2(n2 / n1)) between consecutive sizes,
from times measured in this one run.
"""

from __future__ import annotations

import json
import math
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_corpus import make_articles

import quoteattr
from quoteattr import Extraction, Quote, Speaker
from quoteattr.align import candidate_index_pairs, records_for


def build(n: int) -> tuple[list[Extraction], dict[tuple[str, int], int]]:
    exs, label = [], {}
    for art in make_articles(n):
        quotes, pos = [], 0
        for qi, q in enumerate(art["quotes"]):  # type: ignore[attr-defined]
            text, name = q["text"], q["speaker"]
            sp = Speaker(name, name, 0, len(name)) if name else None
            quotes.append(Quote(text, pos, pos + len(text), speaker=sp))
            label[(str(art["id"]), qi)] = q["group"]
            pos += len(text) + 3
        exs.append(Extraction(quotes=tuple(quotes), id=str(art["id"])))
    return exs, label


def pairs(groups_of_labels: list[list[int]]) -> tuple[int, int]:
    """(predicted pairs, true pairs among them)."""
    pred = tp = 0
    for labels in groups_of_labels:
        k = len(labels)
        pred += k * (k - 1) // 2
        tp += sum(c * (c - 1) // 2 for c in Counter(labels).values())
    return pred, tp


def run(n: int, repeat: int = 3) -> dict[str, float]:
    """One size: the groups of the last run, the best time of ``repeat`` runs (the
    least disturbed by other work on the machine)."""
    exs, label = build(n)
    index = {(ex.id, q.start): qi for ex in exs for qi, q in enumerate(ex.quotes)}
    seconds = math.inf
    for _ in range(repeat):
        t0 = time.perf_counter()
        groups = quoteattr.align(exs)
        seconds = min(seconds, time.perf_counter() - t0)
    recs = [r for pos, ex in enumerate(exs) for r in records_for(pos, ex)]
    n_pairs = len(candidate_index_pairs(recs))  # outside the timing: a load-independent measure of work
    grouped = [[label[(v.doc_id, index[(v.doc_id, v.quote.start)])] for v in g.variants] for g in groups]
    pred, tp = pairs(grouped)
    gold = sum(c * (c - 1) // 2 for c in Counter(label.values()).values())
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "quotes": n,
        "groups": len(groups),
        "pair_P": round(p, 4),
        "pair_R": round(r, 4),
        "pair_F1": round(f, 4),
        "candidate_pairs_per_quote": round(n_pairs / n, 2),
        "seconds": round(seconds, 2),
    }


def main(sizes: list[int]) -> None:
    prev: dict[str, float] | None = None
    first: dict[str, float] | None = None
    for n in sizes:
        row = run(n)
        if prev is not None:
            ratio = (row["seconds"] / prev["seconds"]) ** (1 / math.log2(row["quotes"] / prev["quotes"]))
            row["x_per_doubling"] = round(ratio, 2)
        print(json.dumps(row), flush=True)
        prev = row
        first = first or row
    if first is not None and prev is not None and prev is not first:
        overall = (prev["seconds"] / first["seconds"]) ** (1 / math.log2(prev["quotes"] / first["quotes"]))
        print(json.dumps({"x_per_doubling_overall": round(overall, 2), "from": first["quotes"], "to": prev["quotes"]}))


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [10_000, 25_000, 50_000, 100_000])
