"""Quote pairing on pathological inputs: time per doubling of the input.

For each family of ``tests/strategies.py::PATHOLOGICAL`` this times the quote
pairing (``quoteattr.spans.find_spans``, paragraph segmentation included), or
with ``--extract`` the whole ``quoteattr.extract``, at 1/8, 1/4, 1/2 and 1 MB
(best of 3 runs each, measured with ``time.perf_counter`` in this one process).
It prints each step's ratio and the time per doubling: the geometric mean of
the steps, (t(1 MB) / t(1/8 MB)) ** (1/3), steadier than one step on a busy
machine.  A linear scan gives about 2.0 per doubling, a quadratic one about
4.0.  The goal is below 2.5; the exit status is 1 when a family misses it.

Run from the repository root:

    python benchmarks/spans_scaling.py            # quote pairing
    python benchmarks/spans_scaling.py --extract  # the whole pipeline
"""

from __future__ import annotations

import itertools
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # strategies.py lives there

from strategies import PATHOLOGICAL

import quoteattr
from quoteattr.spans import find_spans

SIZES = (125_000, 250_000, 500_000, 1_000_000)
GOAL = 2.5
CONFIG = quoteattr.Config()


def _pair(text: str) -> None:
    find_spans(text, CONFIG)


def best_of(text: str, run: Callable[[str], object] = _pair, runs: int = 3) -> float:
    """The shortest of ``runs`` timings of ``run(text)``, in seconds."""
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        run(text)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> int:
    run: Callable[[str], object] = quoteattr.extract if "--extract" in sys.argv[1:] else _pair
    print("timing:", "quoteattr.extract" if run is quoteattr.extract else "quote pairing (find_spans)")
    header = f"| {'family':24} | " + " | ".join(f"{s // 1000:>5} kB" for s in SIZES) + " | steps | per doubling |"
    print(header)
    print("|" + "---|" * (len(SIZES) + 3))
    worst_all = 0.0
    for name, make in PATHOLOGICAL.items():
        times = [best_of(make(size), run) for size in SIZES]
        ratios = [b / a for a, b in itertools.pairwise(times)]
        per_doubling = (times[-1] / times[0]) ** (1 / (len(SIZES) - 1))
        worst_all = max(worst_all, per_doubling)
        cells = " | ".join(f"{t:7.3f}s" for t in times)
        steps = ", ".join(f"{r:.2f}x" for r in ratios)
        print(f"| {name:24} | {cells} | {steps:19} | {per_doubling:.2f}x |")
    print(f"\nhighest time per doubling: {worst_all:.2f}x (goal < {GOAL}x)")
    return 0 if worst_all < GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
