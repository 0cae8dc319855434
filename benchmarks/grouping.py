"""Grouping time and peak memory of quoteattr.align for 10 k, 100 k and 1 M generated quotes.

    python benchmarks/grouping.py                       # 10k 100k 1M, serial, each in a fresh process
    python benchmarks/grouping.py --sizes 10000 20000   # other sizes
    python benchmarks/grouping.py --dask 2              # also quoteattr.dask.align on 2 local workers

Input: generated Extractions (quotes built directly, so the figure is the
grouping alone, not extraction): statements drawn from a vocabulary of 5,000
made-up words, each rendered by 2 to 8 outlets with spelling changes, dropped
words, fragments and different speakers, in documents of 5 quotes.  Every size
runs in its own subprocess; peak memory is that process's maximum resident set
(``resource.getrusage``), time is ``time.perf_counter`` around ``align``.  Time
per doubling = (t[n2] / t[n1]) ** (1 / log2(n2 / n1)): 2.0 is linear.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import random
import resource
import subprocess
import sys
import time
from typing import Any

import quoteattr
from quoteattr import Extraction, Quote, Speaker

SYLLABLES = ("ka", "lo", "mi", "ren", "tu", "sa", "vel", "dor", "pa", "ni", "gor", "te", "ul", "bri", "son")


def vocabulary(n: int, rng: random.Random) -> list[str]:
    words: set[str] = set()
    while len(words) < n:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def render(words: list[str], rng: random.Random) -> list[str]:
    roll = rng.random()
    out = list(words)
    if roll < 0.2:
        i = rng.randrange(len(out))
        out[i] = out[i] + "e"  # a spelling variant
    elif roll < 0.35 and len(out) > 6:
        del out[rng.randrange(1, len(out))]
    elif roll < 0.5 and len(out) > 8:
        start = rng.randrange(0, len(out) - 6)
        out = out[start : start + 6]  # a fragment
    return out


def generated_extractions(n_quotes: int, seed: int = 1, per_doc: int = 5) -> list[Extraction]:
    """About ``n_quotes`` quotes in documents of ``per_doc``: statements rendered 2 to 8 times each."""
    rng = random.Random(seed)
    vocab = vocabulary(5000, rng)
    speakers = [f"{rng.choice(vocab).title()} {rng.choice(vocab).title()}" for _ in range(max(10, n_quotes // 50))]
    quotes: list[tuple[str, str]] = []
    while len(quotes) < n_quotes:
        words = [rng.choice(vocab) for _ in range(rng.randint(5, 25))]
        who = rng.choice(speakers)
        for _ in range(rng.randint(2, 8)):
            quotes.append((" ".join(render(words, rng)), who if rng.random() < 0.8 else rng.choice(speakers)))
    rng.shuffle(quotes)
    quotes = quotes[:n_quotes]
    docs = []
    for d in range(0, len(quotes), per_doc):
        qs = []
        offset = 0
        for text, who in quotes[d : d + per_doc]:
            q = Quote(text, offset + 1, offset + 1 + len(text), speaker=Speaker(who, who, 0, len(who)))
            qs.append(q)
            offset += len(text) + 40
        docs.append(Extraction(quotes=tuple(qs), id=f"doc{d // per_doc}", length=offset))
    return docs


def measure(n: int, dask_workers: int) -> dict[str, Any]:
    docs = generated_extractions(n)
    t0 = time.perf_counter()
    if dask_workers:
        import dask.bag as db
        import distributed

        from quoteattr.dask import align

        with (
            distributed.LocalCluster(
                n_workers=dask_workers, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
            ) as cluster,
            distributed.Client(cluster),
        ):
            t0 = time.perf_counter()
            groups = align(db.from_sequence(docs, npartitions=dask_workers * 8))
    else:
        groups = quoteattr.align(docs)
    seconds = time.perf_counter() - t0
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "quotes": n,
        "groups": len(groups),
        "grouped_quotes": sum(len(g.variants) for g in groups),
        "seconds": seconds,
        "peak_rss_mb": peak_kb / 1024,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument(
        "--dask", type=int, default=0, metavar="WORKERS", help="use quoteattr.dask.align on a local cluster"
    )
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # run one size in this process
    args = ap.parse_args(argv)
    if args.one is not None:
        print(json.dumps(measure(args.one, args.dask)))
        return 0
    rows = []
    for n in args.sizes:
        cmd = [sys.executable, __file__, "--one", str(n), "--dask", str(args.dask)]
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            print(f"{n}: failed\n{done.stderr[-2000:]}", file=sys.stderr)
            continue
        row = json.loads(done.stdout.strip().splitlines()[-1])
        rows.append(row)
        print(
            f"{row['quotes']:>9,} quotes: {row['seconds']:8.2f} s, {row['peak_rss_mb']:7.0f} MB peak, "
            f"{row['groups']:,} groups ({row['grouped_quotes']:,} quotes grouped)",
            flush=True,
        )
    for a, b in itertools.pairwise(rows):
        per_doubling = (b["seconds"] / a["seconds"]) ** (1 / math.log2(b["quotes"] / a["quotes"]))
        print(f"time per doubling {a['quotes']:,} -> {b['quotes']:,}: x{per_doubling:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
