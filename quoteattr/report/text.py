"""The text format for people: each quote with its kind and who said it."""

from __future__ import annotations

import textwrap

from ..model import Extraction, Quote

__all__ = ["format_extraction", "format_quote"]


def _provenance(q: Quote) -> str:
    if q.speaker is None:
        who = "speaker: (none)"
    else:
        who = f"speaker: {q.speaker.name}"
        if q.speaker.mention != q.speaker.name:
            who += f" (as {q.speaker.mention!r})"
    parts = [who]
    if q.cue is not None:
        parts.append(f"cue: {q.cue.text!r}")
    if q.relays:
        parts.append("via: " + " \u2190 ".join(r.name for r in q.relays))
    if q.rule:
        parts.append(f"rule: {q.rule} ({q.confidence:.2f})")
    return "; ".join(parts)


def format_quote(q: Quote, width: int = 88) -> str:
    """One quote as a short block: offsets, kind, flags, the words, then who said it."""
    flags = "" if q.closed else " UNCLOSED"
    head = f"[{q.start}:{q.end}] {q.kind}{flags}"
    body = textwrap.fill(
        "\u201c" + " ".join(q.text.split()) + "\u201d", width=width, initial_indent="  ", subsequent_indent="  "
    )
    return f"{head}\n{body}\n  {_provenance(q)}"


def format_extraction(ex: Extraction, title: str | None = None) -> str:
    """An extraction as text: a heading, the credits, then every quote."""
    lines = [f"== {title or ex.id or '(text)'}: {len(ex)} quote{'s' if len(ex) != 1 else ''}"]
    if ex.credits:
        lines.append("credits: " + ", ".join(r.name for r in ex.credits))
    for q in ex:
        lines.append(format_quote(q))
    for p in ex.problems:
        lines.append(f"  ! {p.code} at {p.start}: {p.message}")
    return "\n".join(lines)
