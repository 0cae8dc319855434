"""Extract+attribute throughput in characters per second, against the floor of one regex scan.

    python benchmarks/throughput.py                 # one core, --jobs 2, the floor, ratios
    python benchmarks/throughput.py --dask          # also the Dask overhead (needs quoteattr[dask])
    python benchmarks/throughput.py --profile 25    # also where the time goes (cProfile, top 25)

Text: PolNeAR train text (``../shared/polnear/train/text`` beside the repository)
when present, else a generated corpus.  The floor is the same text scanned once
by one compiled regular expression for every quote mark quoteattr knows: no
real extractor can be faster than finding the marks.  Every figure is measured
in this one run with ``time.perf_counter`` (best of ``--repeat`` runs), so the
ratios compare like with like on this machine.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import random
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import regex

import quoteattr
from quoteattr.corpus import iter_process
from quoteattr.lexicon.marks import DEFAULT_MARKS

ROOT = Path(__file__).resolve().parents[1]
# ../shared beside the repository; a git worktree one level deeper looks one level higher too.
POLNEAR_CANDIDATES = [base / "shared" / "polnear" / "train" / "text" for base in (ROOT.parent, ROOT.parent.parent)]
POLNEAR_TEXT = next((p for p in POLNEAR_CANDIDATES if p.is_dir()), POLNEAR_CANDIDATES[0])


def polnear_articles() -> list[quoteattr.Article]:
    files = sorted(POLNEAR_TEXT.glob("*.txt"))
    return [quoteattr.Article(p.read_text(encoding="utf-8"), id=p.name) for p in files]


VOCABULARY = (
    "the council said talks on harbor fees would resume next week after officials met with shipping firms "
    "and union leaders in the capital where prices rose sharply over the summer months"
)
WORDS = tuple(VOCABULARY.split())
NAMES = ("Ana Ruiz", "Tom Becker", "Mira Osei", "Jon Park", "Lena Ortiz", "Sam Adeyemi")


def generated_articles(n: int = 800, seed: int = 1) -> list[quoteattr.Article]:
    """News-like articles of about 6,000 characters: narrative paragraphs with quotes every few."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        paras = []
        for _ in range(rng.randint(12, 20)):
            sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 30))).capitalize() + "."
            if rng.random() < 0.4:
                quote = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 20))).capitalize()
                sentence = f'"{quote}," {rng.choice(NAMES)} said. ' + sentence
            paras.append(sentence + " " + " ".join(rng.choice(WORDS) for _ in range(rng.randint(10, 40))) + ".")
        out.append(quoteattr.Article("\n\n".join(paras), id=f"gen{i}"))
    return out


def floor_pattern() -> regex.Pattern[str]:
    marks = {m.open for m in DEFAULT_MARKS} | {c for m in DEFAULT_MARKS for c in m.closers}
    return regex.compile("[" + "".join(regex.escape(c) for c in sorted(marks)) + "]")


def best_of(repeat: int, fn: Callable[[], Any]) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def run_floor(texts: list[str]) -> int:
    pattern = floor_pattern()
    return sum(1 for t in texts for _ in pattern.finditer(t))


def run_serial(articles: list[quoteattr.Article]) -> int:
    return sum(len(quoteattr.extract(a)) for a in articles)


def run_jobs(articles: list[quoteattr.Article], jobs: int) -> int:
    return sum(len(r) for r in iter_process(articles, jobs=jobs))


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def machine_parallelism(jobs: int, repeat: int) -> float:
    """Speed-up of ``jobs`` processes over one on a pure CPU loop: what this machine gives right now.

    The control for the ``--jobs`` figure: on a shared or oversubscribed host it
    is well under ``jobs``, and no extractor can scale better than this.
    """
    work = [2_000_000] * (4 * jobs)
    t_one = best_of(repeat, lambda: [_burn(n) for n in work])
    with ProcessPoolExecutor(jobs) as pool:
        list(pool.map(_burn, [1] * jobs))  # start the workers
        t_many = best_of(repeat, lambda: list(pool.map(_burn, work)))
    return t_one / t_many


def run_dask(articles: list[quoteattr.Article], jobs: int) -> dict[str, float]:
    import dask.bag as db
    import distributed

    from quoteattr.dask import extract_bag

    with (
        distributed.LocalCluster(
            n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
        ) as cluster,
        distributed.Client(cluster),
    ):
        bag = db.from_sequence(articles, npartitions=jobs * 8)
        extract_bag(bag).count().compute()  # warm the workers (imports)
        t0 = time.perf_counter()
        n = len(extract_bag(bag).compute())
        return {"seconds": time.perf_counter() - t0, "records": n}


def profile(articles: list[quoteattr.Article], top: int) -> str:
    prof = cProfile.Profile()
    prof.enable()
    run_serial(articles)
    prof.disable()
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out)
    stats.sort_stats("tottime").print_stats(top)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--generated", action="store_true", help="use the generated corpus even if PolNeAR is there")
    ap.add_argument("--text", type=Path, metavar="DIR", help="a folder of .txt articles to measure instead")
    ap.add_argument("--repeat", type=int, default=3, help="best of this many runs (default 3)")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes for the parallel run (default 2)")
    ap.add_argument("--dask", action="store_true", help="also time extract_bag on a local Dask cluster")
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="print the top N functions by own time")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)

    if args.text is not None:
        files = sorted(args.text.glob("*.txt"))
        articles = [quoteattr.Article(p.read_text(encoding="utf-8"), id=p.name) for p in files]
        source = f"{len(files)} .txt files from {args.text}"
    elif POLNEAR_TEXT.is_dir() and not args.generated:
        articles, source = polnear_articles(), f"PolNeAR train text ({POLNEAR_TEXT.name})"
    else:
        articles, source = generated_articles(), "generated corpus"
    texts = [a.text for a in articles]
    chars = sum(len(t) for t in texts)

    t_floor = best_of(args.repeat, lambda: run_floor(texts))
    t_serial = best_of(args.repeat, lambda: run_serial(articles))
    t_jobs = best_of(args.repeat, lambda: run_jobs(articles, args.jobs))
    figures: dict[str, Any] = {
        "source": source,
        "documents": len(articles),
        "characters": chars,
        "cpus": os.cpu_count(),
        "python": sys.version.split()[0],
        "floor_chars_per_s": chars / t_floor,
        "serial_chars_per_s": chars / t_serial,
        f"jobs{args.jobs}_chars_per_s": chars / t_jobs,
        "serial_vs_floor": t_serial / t_floor,
        f"jobs{args.jobs}_speedup": t_serial / t_jobs,
        f"cpu_loop_speedup_{args.jobs}_procs": machine_parallelism(args.jobs, args.repeat),
        "quotes": run_serial(articles),
    }
    if args.dask:
        d = run_dask(articles, args.jobs)
        figures["dask_chars_per_s"] = chars / d["seconds"]
        figures[f"dask_vs_jobs{args.jobs}"] = d["seconds"] / t_jobs
        figures["dask_vs_serial"] = d["seconds"] / t_serial
    if args.json:
        print(json.dumps(figures, indent=1))
    else:
        for key, value in figures.items():
            print(f"{key:>24}: {value:,.2f}" if isinstance(value, float) else f"{key:>24}: {value}")
    if args.profile:
        print()
        print(profile(articles, args.profile))
    return 0


if __name__ == "__main__":
    sys.exit(main())
