"""The text format for alignment groups and wording diffs.

Changed words are marked ``[-old-]{+new+}`` (the fullest rendering's words,
then the variant's), or in colour (red struck out, green) for a terminal.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..align import QuoteGroup, Variant
from ..compare import DiffOp, WordingDiff

__all__ = ["diff_pieces", "format_diff", "format_groups", "mark_diff", "provenance"]

_RED, _GREEN, _RESET = "\x1b[31;9m", "\x1b[32m", "\x1b[0m"


def diff_pieces(d: WordingDiff) -> Iterator[tuple[str, str, DiffOp | None]]:
    """The variant ``d.b`` cut into pieces ``(role, text, op)``: role "same" for unchanged
    text (and the spaces set around words that ``b`` lacks), "old" for words of ``d.a``
    that ``b`` lacks or replaced, "new" for ``b``'s own words."""
    cursor = 0
    for op in sorted(d.ops, key=lambda o: (o.b_start, o.a_start)):
        if op.b_start < cursor:
            continue
        if op.b_start > cursor:
            yield "same", d.b[cursor : op.b_start], None
        only_old = not op.b_text and bool(op.a_text.strip()) and op.kind != "punctuation"
        if only_old and op.b_start > 0:
            yield "same", " ", None
        if op.a_text.strip():
            yield "old", op.a_text, op
        if op.b_text:
            yield "new", op.b_text, op
        if only_old and op.b_start == 0 and d.b:
            yield "same", " ", None
        cursor = op.b_end
    if cursor < len(d.b):
        yield "same", d.b[cursor:], None


def mark_diff(d: WordingDiff, color: bool = False) -> str:
    """The variant with its changes marked.

    >>> from quoteattr import compare
    >>> mark_diff(compare("we will not go there", "we will go there now"))
    'we will [-not-] go there {+now+}'
    >>> mark_diff(compare("the dialog was hard", "the dialogue was hard"))
    'the [-dialog-]{+dialogue+} was hard'
    """
    out = []
    for role, text, _op in diff_pieces(d):
        if role == "same":
            out.append(text)
        elif role == "old":
            out.append(f"{_RED}{text}{_RESET}" if color else f"[-{text}-]")
        else:
            out.append(f"{_GREEN}{text}{_RESET}" if color else f"{{+{text}+}}")
    return "".join(out)


def format_diff(d: WordingDiff, color: bool = False) -> str:
    """A WordingDiff for people: verdict, similarity, each op, the marked text."""
    lines = [f"verdict: {d.verdict} (similarity {d.similarity:.1f})"]
    for op in d.ops:
        detail = f" ({op.detail})" if op.detail else ""
        where = f"[a {op.a_start}:{op.a_end}, b {op.b_start}:{op.b_end}]"
        lines.append(f"  {op.kind}{detail}: {op.a_text!r} -> {op.b_text!r}  {where}")
    lines.append("  " + mark_diff(d, color))
    return "\n".join(lines)


def provenance(v: Variant) -> str:
    """speaker -> relays -> credited wires -> outlet, the known links only."""
    q = v.quote
    chain = [q.speaker.name if q.speaker is not None else "(speaker unknown)"]
    chain.extend(r.name for r in q.relays)
    chain.extend(f"{r.name} (credit)" for r in v.credits)
    chain.append(v.outlet or v.doc_id)
    return " \u2192 ".join(chain)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def format_group(g: QuoteGroup, number: int, color: bool = False) -> str:
    """One group: the fullest rendering, then each variant with its article, provenance,
    verdict and marked changes, then the conflicts."""
    full = g.fullest
    lines = [
        f"== group {number}: {len(g.variants)} variants in {len(g.doc_ids)} article(s), worst: {g.verdict}",
        f"fullest [{full.doc_id} {full.quote.start}:{full.quote.end}]: \u201c{_one_line(full.quote.text)}\u201d",
    ]
    for i, (v, d) in enumerate(zip(g.variants, g.differences, strict=True)):
        kinds = ", ".join(d.kinds)
        head = f"  [{v.doc_id} {v.quote.start}:{v.quote.end}] {d.verdict} ({d.similarity:.1f})"
        lines.append(head + (f": {kinds}" if kinds else "") + (" (fullest)" if i == g.fullest_index else ""))
        lines.append(f"    via: {provenance(v)}")
        lines.append(f"    \u201c{_one_line(mark_diff(d, color))}\u201d")
    for c in g.conflicts:
        claims = "; ".join(f"{cl.value} [{cl.doc_id}]" for cl in c.claims)
        lines.append(f"  ! {c.kind} conflict: {claims}")
    return "\n".join(lines)


def format_groups(groups: Sequence[QuoteGroup], color: bool = False) -> str:
    """Every group, numbered from 1, separated by blank lines."""
    if not groups:
        return "no quote appears in more than one rendering"
    return "\n\n".join(format_group(g, n, color) for n, g in enumerate(groups, 1))
