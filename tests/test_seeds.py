"""Acceptance on the seed articles: every required gold quote is found, nothing outside the gold.

Reads ``<repo>/../shared/seeds`` at test time (nothing of it is copied here) and
skips when it is absent.  Spans compare after trimming spaces, punctuation and
quote marks at both ends, as the project's scorer does.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from support import SHARED, trim

import quoteattr

SEEDS = SHARED / "seeds"

pytestmark = pytest.mark.skipif(
    not (SEEDS / "gold.jsonl").is_file(), reason=f"seed articles not present at {SEEDS} (measuring data)"
)


def _gold() -> dict[str, list[dict[str, Any]]]:
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for line in (SEEDS / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            g = json.loads(line)
            by_doc.setdefault(g["doc"], []).append(g)
    return by_doc


def _docs() -> list[str]:
    if not (SEEDS / "gold.jsonl").is_file():
        return []
    return sorted(p.name for p in SEEDS.glob("*.txt"))


@pytest.mark.parametrize("doc", _docs())
def test_seed_article(doc: str) -> None:
    text = (SEEDS / doc).read_text(encoding="utf-8")
    gold = _gold().get(doc, [])
    predicted = {trim(text, q.start, q.end) for q in quoteattr.extract(text)}
    required = {trim(text, g["start"], g["end"]) for g in gold if not g.get("optional")}
    allowed = required | {trim(text, g["start"], g["end"]) for g in gold if g.get("optional")}
    missing = sorted(required - predicted)
    extra = sorted(predicted - allowed)
    assert missing == [], [text[s:e][:60] for s, e in missing]
    assert extra == [], [text[s:e][:60] for s, e in extra]


def test_seed_folder_has_articles() -> None:
    assert _docs(), f"no .txt articles in {SEEDS}"
    assert Path(SEEDS / "gold.jsonl").stat().st_size > 0
