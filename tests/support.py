"""Shared test helpers (imported by the tests): where the fixtures and the optional measuring data live."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from quoteattr.config import Config
from quoteattr.lexicon.marks import DEFAULT_MARKS, MarkPair

FIXTURES = Path(__file__).resolve().parent / "fixtures"
#: The measuring data beside the repository (absent in a plain clone); the
#: environment variable QUOTEATTR_SHARED points elsewhere (a git worktree, say).
SHARED = Path(os.environ.get("QUOTEATTR_SHARED") or Path(__file__).resolve().parents[1].parent / "shared")


def load_fixture(name: str) -> list[dict[str, Any]]:
    """The cases of ``tests/fixtures/<name>``, a JSON list of objects with a ``label``."""
    cases: list[dict[str, Any]] = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    return cases


def fixture_params(name: str) -> list[Any]:
    """The cases of a fixture file as pytest params, each named by its label."""
    return [pytest.param(case, id=case["label"]) for case in load_fixture(name)]


def config_from(spec: dict[str, Any] | None) -> Config:
    """A Config from a fixture's ``config`` object.

    ``marks`` is a list whose items are either the name of a pair of
    ``DEFAULT_MARKS`` or ``[open, [closers...], family, name]``.
    """
    if not spec:
        return Config()
    changes = dict(spec)
    if "marks" in changes:
        named = {pair.name: pair for pair in DEFAULT_MARKS}
        changes["marks"] = tuple(
            named[m] if isinstance(m, str) else MarkPair(m[0], tuple(m[1]), m[2], m[3]) for m in changes["marks"]
        )
    return Config(**changes)


#: What the project's scorer trims from span ends before comparing spans.
TRIM_CHARS = frozenset(" \t\n\r,.;:!?\"'“”‘’«»„‹›—–-…")


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` without spaces, punctuation and quote marks at its ends (as the scorer compares)."""
    while start < end and text[start] in TRIM_CHARS:
        start += 1
    while end > start and text[end - 1] in TRIM_CHARS:
        end -= 1
    return start, end
