"""The seed articles (outside the repository, read at test time): groups and verdicts.

Skipped when ../shared/seeds is absent.  The gold is read here, never copied.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

import quoteattr

_ROOT = Path(__file__).resolve().parents[1]
# beside the repository; a git worktree sits one folder deeper
SEEDS = next(
    (p / "shared" / "seeds" for p in (_ROOT.parent, _ROOT.parent.parent) if (p / "shared" / "seeds").is_dir()),
    _ROOT.parent / "shared" / "seeds",
)
pytestmark = pytest.mark.skipif(not (SEEDS / "clusters.json").exists(), reason="../shared/seeds is not available")

_TRIM = set(" \t\n\r,.;:!?\"'“”‘’«»„‹›—–-…")  # what the scorer trims at span ends


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


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
    span = _trim(docs[doc], start, end)
    best, best_ov = None, 0.5
    for i, g in enumerate(gold):
        if g["doc"] != doc:
            continue
        ov = _jaccard(span, _trim(docs[doc], int(g["start"]), int(g["end"])))  # type: ignore[call-overload]
        if ov >= best_ov:
            best, best_ov = i, ov
    return best


def test_pair_f1_is_one(seeds: tuple[dict[str, str], list[dict[str, object]], list[quoteattr.QuoteGroup]]) -> None:
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


def _find(groups: list[quoteattr.QuoteGroup], doc_prefix: str, words: str) -> tuple[quoteattr.QuoteGroup, int]:
    for g in groups:
        for i, v in enumerate(g.variants):
            if v.doc_id.startswith(doc_prefix) and words in v.quote.text:
                return g, i
    raise AssertionError(f"no variant from {doc_prefix} with {words!r}")


def test_dialog_and_us_variants_are_cosmetic(
    seeds: tuple[dict[str, str], list[dict[str, object]], list[quoteattr.QuoteGroup]],
) -> None:
    _docs, _gold, groups = seeds
    g, i = _find(groups, "001", "common ground with the U.S.")
    d = g.differences[i]
    assert d.verdict == "cosmetic"
    assert {op.kind for op in d.ops} == {"acronym", "spelling"}
    g, i = _find(groups, "001", "the dialogue on this issue")
    assert g.differences[i].verdict == "cosmetic"


def test_under_secretary_spacing_is_cosmetic(
    seeds: tuple[dict[str, str], list[dict[str, object]], list[quoteattr.QuoteGroup]],
) -> None:
    _docs, _gold, groups = seeds
    g, i = _find(groups, "001", "The undersecretary stressed")
    d = quoteattr.compare(g.variants[i].quote, _find(groups, "000", "The under Secretary")[0].fullest.quote)
    assert d.verdict == "cosmetic"
    assert [op.kind for op in d.ops] == ["spacing"]


def test_fragment_of_the_statement_is_partial(
    seeds: tuple[dict[str, str], list[dict[str, object]], list[quoteattr.QuoteGroup]],
) -> None:
    _docs, _gold, groups = seeds
    g, i = _find(groups, "002", "stressed that while")
    assert g.fullest.doc_id.startswith("000")
    assert g.differences[i].verdict == "partial"
