"""The seed articles (outside the repository, read at test time): groups and verdicts.

Skipped when ../shared/seeds is absent.  The gold is read here, never copied.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from support import trim

import quoteattr

_ROOT = Path(__file__).resolve().parents[1]
# beside the repository; a git worktree sits one folder deeper
SEEDS = next(
    (p / "shared" / "seeds" for p in (_ROOT.parent, _ROOT.parent.parent) if (p / "shared" / "seeds").is_dir()),
    _ROOT.parent / "shared" / "seeds",
)
pytestmark = pytest.mark.skipif(not (SEEDS / "clusters.json").exists(), reason="../shared/seeds is not available")


def _jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


@pytest.fixture(scope="module")
def seeds() -> tuple[dict[str, str], list[dict[str, object]], list[quoteattr.QuoteGroup]]:
    docs = {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
    gold = [json.loads(line) for line in (SEEDS / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
    groups = quoteattr.align([quoteattr.Article(t, id=name) for name, t in docs.items()])
    return docs, gold, groups


def _gold_index(docs: dict[str, str], gold: list[dict[str, object]], doc: str, start: int, end: int) -> int | None:
    """The gold quote a predicted span stands for: best trimmed overlap of at least 0.5."""
    span = trim(docs[doc], start, end)
    best, best_ov = None, 0.5
    for i, g in enumerate(gold):
        if g["doc"] != doc:
            continue
        ov = _jaccard(span, trim(docs[doc], int(g["start"]), int(g["end"])))  # type: ignore[call-overload]
        if ov >= best_ov:
            best, best_ov = i, ov
    return best


def test_pair_f1_is_one(seeds: Seeds) -> None:
    docs, gold, groups = seeds
    key = {(g["doc"], g["start"], g["end"]): i for i, g in enumerate(gold)}
    clusters = json.loads((SEEDS / "clusters.json").read_text(encoding="utf-8"))["clusters"]
    gold_pairs = set()
    for c in clusters:
        ids = sorted(key[(v["doc"], v["start"], v["end"])] for v in c["variants"])
        gold_pairs |= set(itertools.combinations(ids, 2))
    pred_pairs = set()
    for g in groups:
        ids = {_gold_index(docs, gold, v.doc_id, v.quote.start, v.quote.end) for v in g.variants}
        assert None not in ids, "a grouped quote is not a gold quote"
        pred_pairs |= set(itertools.combinations(sorted(i for i in ids if i is not None), 2))
    tp = len(pred_pairs & gold_pairs)
    precision, recall = tp / len(pred_pairs), tp / len(gold_pairs)
    f1 = 2 * precision * recall / (precision + recall)
    assert f1 == 1.0, (sorted(pred_pairs - gold_pairs), sorted(gold_pairs - pred_pairs))


def _gold_clusters(
    docs: dict[str, str], gold: list[dict[str, object]], groups: list[quoteattr.QuoteGroup]
) -> list[list[tuple[quoteattr.QuoteGroup, int]]]:
    """Each gold cluster (read at test time) as the (group, variant index) of its members."""
    clusters = json.loads((SEEDS / "clusters.json").read_text(encoding="utf-8"))["clusters"]
    key = {(g["doc"], g["start"], g["end"]): i for i, g in enumerate(gold)}
    where = {}
    for grp in groups:
        for i, v in enumerate(grp.variants):
            where[_gold_index(docs, gold, v.doc_id, v.quote.start, v.quote.end)] = (grp, i)
    return [[where[key[(v["doc"], v["start"], v["end"])]] for v in c["variants"]] for c in clusters]


Seeds = tuple[dict[str, str], list[dict[str, object]], list[quoteattr.QuoteGroup]]


def _cross_pairs(seeds: Seeds, first: str, second: str) -> list[quoteattr.WordingDiff]:
    """compare(first-article variant, second-article variant) for every gold cluster holding both."""
    docs, gold, groups = seeds
    out = []
    for members in _gold_clusters(docs, gold, groups):
        a = [g.variants[i] for g, i in members if g.variants[i].doc_id.startswith(first)]
        b = [g.variants[i] for g, i in members if g.variants[i].doc_id.startswith(second)]
        if a and b:
            out.append(quoteattr.compare(a[0].quote, b[0].quote))
    return out


def test_renderings_in_the_two_wire_copies_differ_only_cosmetically(seeds: Seeds) -> None:
    # articles 000 and 001 carry the same statements; "dialog"/"dialogue" with "US"/"U.S."
    # and their spelling, acronym and spacing differences must read as cosmetic, never worse
    diffs = _cross_pairs(seeds, "000", "001")
    assert len(diffs) == 4
    assert {d.verdict for d in diffs} <= {"identical", "cosmetic"}
    kinds = [set(d.kinds) for d in diffs]
    assert {"acronym", "spelling"} in kinds
    assert {"spelling"} in kinds
    assert {"spacing"} in kinds


def test_fragment_of_the_statement_is_partial(seeds: Seeds) -> None:
    # the one gold cluster spanning three articles: 002 quotes a fragment of the statement
    docs, gold, groups = seeds
    (members,) = [m for m in _gold_clusters(docs, gold, groups) if len({g.variants[i].doc_id for g, i in m}) == 3]
    group = members[0][0]
    assert all(g is group for g, _ in members)
    (i,) = [i for g, i in members if g.variants[i].doc_id.startswith("002")]
    assert group.fullest.doc_id.startswith("000")
    assert group.differences[i].verdict == "partial"
    assert [op.kind for op in group.differences[i].ops] == ["truncation"]
