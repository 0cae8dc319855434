"""One self-contained HTML page for alignment groups: no script, no external resource.

Each group shows a verdict badge and the fullest rendering, then its variants
side by side (stacked on a narrow screen), each with its own badge, the
provenance chain (speaker → relays → credited wires → outlet) and its words
marked: ``<del>`` for the fullest rendering's words the variant lacks or
replaced, ``<ins>`` for the variant's own.  All text is escaped.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from ..align import QuoteGroup, Variant
from ..compare import WordingDiff
from .groups import diff_pieces

__all__ = ["render_html"]

_CSS = """
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;padding:1rem;color:#1b1b1b;background:#f6f6f4}
h1{font-size:1.4rem;margin:0 0 1rem}
.group{background:#fff;border:1px solid #ddd;border-radius:8px;padding:1rem;margin:0 0 1.5rem;max-width:100%}
.group h2{font-size:1.1rem;margin:0 0 .5rem;display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
.fullest{margin:.25rem 0 1rem;padding:.5rem .75rem;border-left:4px solid #888;background:#fafafa}
.variants{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,18rem),1fr));gap:.75rem}
.variant{border:1px solid #e2e2e2;border-radius:6px;padding:.75rem;min-width:0}
.variant header{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center;font-size:.9rem}
.doc{font-weight:600;overflow-wrap:anywhere}
.chain{font-size:.85rem;color:#444;margin:.35rem 0;overflow-wrap:anywhere}
.words{margin:.35rem 0;overflow-wrap:anywhere}
.kinds{font-size:.8rem;color:#555}
del{background:#fde0e0;color:#8a1111;text-decoration:line-through}
ins{background:#dcf5dc;color:#125512;text-decoration:none}
.badge{display:inline-block;border-radius:999px;padding:.05rem .6rem;font-size:.8rem;font-weight:600;color:#fff}
.v-identical{background:#5a6b7a}.v-cosmetic{background:#2b7a3d}.v-partial{background:#a06a00}
.v-altered{background:#b3470c}.v-meaning-changed{background:#b0102a}
.conflict{color:#8a1111;font-size:.9rem;margin:.5rem 0 0}
@media (max-width:30rem){body{padding:.5rem}.group{padding:.6rem}}
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _badge(verdict: str) -> str:
    return f'<span class="badge v-{_e(verdict)}" data-verdict="{_e(verdict)}">{_e(verdict)}</span>'


def _marked(d: WordingDiff) -> str:
    out = []
    for role, text, op in diff_pieces(d):
        if role == "same":
            out.append(_e(text))
        else:
            tag = "del" if role == "old" else "ins"
            title = f' title="{_e(op.kind)}"' if op is not None else ""
            out.append(f"<{tag}{title}>{_e(text)}</{tag}>")
    return "".join(out)


def _chain(v: Variant) -> str:
    q = v.quote
    links = [f'<span class="speaker">{_e(q.speaker.name) if q.speaker else "speaker unknown"}</span>']
    links += [f'<span class="relay">{_e(r.name)}</span>' for r in q.relays]
    links += [f'<span class="credit">{_e(r.name)} (credit)</span>' for r in v.credits]
    links.append(f'<span class="outlet">{_e(v.outlet or v.doc_id)}</span>')
    return " → ".join(links)


def _variant(v: Variant, d: WordingDiff, fullest: bool) -> str:
    kinds = ", ".join(d.kinds) or "no difference"
    tag = " (fullest)" if fullest else ""
    return (
        '<article class="variant">'
        f'<header><span class="doc">{_e(v.doc_id)}{tag}</span> {_badge(d.verdict)}'
        f" <span>similarity {d.similarity:.1f}</span></header>"
        f'<p class="chain">{_chain(v)}</p>'
        f'<p class="words">“{_marked(d)}”</p>'
        f'<p class="kinds">{_e(kinds)}</p>'
        "</article>"
    )


def _group(g: QuoteGroup, number: int) -> str:
    parts = [
        f'<section class="group" id="g{number}">',
        f"<h2>Group {number} {_badge(g.verdict)} "
        f"<small>{len(g.variants)} variants, {len(g.doc_ids)} article(s)</small></h2>",
        f'<blockquote class="fullest">{_e(" ".join(g.fullest.quote.text.split()))}</blockquote>',
        '<div class="variants">',
    ]
    for i, (v, d) in enumerate(zip(g.variants, g.differences, strict=True)):
        parts.append(_variant(v, d, i == g.fullest_index))
    parts.append("</div>")
    for c in g.conflicts:
        claims = "; ".join(f"{_e(cl.value)} [{_e(cl.doc_id)}]" for cl in c.claims)
        parts.append(f'<p class="conflict">{_e(c.kind)} conflict: {claims}</p>')
    parts.append("</section>")
    return "\n".join(parts)


def render_html(groups: Sequence[QuoteGroup], title: str = "quoteattr: quote variants") -> str:
    """The whole page as a string.

    >>> page = render_html([])
    >>> page.startswith("<!DOCTYPE html>"), "<script" in page, "http" in page
    (True, False, False)
    """
    body = (
        "\n".join(_group(g, n) for n, g in enumerate(groups, 1))
        or "<p>No quote appears in more than one rendering.</p>"
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{_CSS}</style></head>\n"
        f"<body><h1>{_e(title)}</h1>\n{body}\n</body></html>\n"
    )
