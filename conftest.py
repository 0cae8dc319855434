"""Doctest collection: modules whose examples need an optional extra are skipped without it."""

from __future__ import annotations

import importlib.util

#: Module files whose doctests import an optional extra, and that extra's import name.
_NEEDS = {"quoteattr/frame.py": "pandas"}

collect_ignore = [path for path, module in _NEEDS.items() if importlib.util.find_spec(module) is None]
