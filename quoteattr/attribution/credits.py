"""Article credits: the wires credited for the whole article (bylines, datelines, sign-offs).

The first and last few paragraphs are read with anchored patterns, and any
short paragraph that opens with "With"/"Additional" is tried for a reporting
credit; every pattern is anchored, so the cost stays linear.

* dateline: ``GENEVA (Reuters) -``, ``WASHINGTON (AP) —``, ``OSLINGEN, Nord., Sept. 26 (UPI) —``
* byline: ``By Reuters``, ``By [Reuters](#)``, ``By The Associated Press``
* sign-off: ``... measures —AFP``, ``-- AFP``
* ``With reporting by AP``, ``Additional reporting by Reuters``
* ``Reporting by Jane Doe; Editing by John Roe`` (Reuters' house sign-off)
"""

from __future__ import annotations

import regex

from ..mentions import DATELINE_DATE, RelayIndex
from ..model import Relay
from .relays import relay_of

__all__ = ["find_credits"]

_EDGE = 4  # paragraphs read at each end
_DATELINE = regex.compile(
    r"^[\p{Lu}][\p{L}\p{M} .,'’\-/]{1,40}?"  # the place: "OSLINGEN, Nord.,", "New York"
    r"(?:,?\s*" + DATELINE_DATE + ",?)?"  # an optional date: "Sept. 26", "May 3/2025", "4 September"
    r"\s*(?:\((?P<wire>[^()\n]{2,40})\)|/(?P<wire>[^/\n]{2,40})/)\s*[-—–―:]"
)
_BYLINE = regex.compile(r"^By\s+\[?((?:The\s+)?[\p{L}][\p{L} .\-]{1,40}?)\]?(?:\(#?[^)]*\))?\s*$")
_SIGNOFF = regex.compile(r"(?:^|[\s\p{P}\p{S}])[-—–―]{1,2}\s*([\p{L}][\p{L}.\- ]{1,30}?)\s*$")
_WITH_REPORTING = regex.compile(
    r"(?:^|[.;]\s*)(?:With|Additional)\s+reporting\s+by\s+((?:the\s+)?[\p{L}][\p{L} .\-]{1,40}?)[.;]?\s*$", regex.I
)
_REUTERS_SIGNOFF = regex.compile(r"^\(?Reporting by [^;\n]{2,80};\s*(?:Additional reporting[^;\n]*;\s*)?Editing by")


def find_credits(text: str, paras: list[tuple[int, int]], relays: RelayIndex) -> list[Relay]:
    """The wires credited for the article, in the order found, each once."""
    out: list[Relay] = []
    seen: set[str] = set()

    def add(name: str, start: int, end: int) -> None:
        entry = relays.lookup(name.strip())
        if entry is None or entry.name in seen or entry.kind not in ("agency", "broadcaster", "newspaper"):
            return
        seen.add(entry.name)
        out.append(relay_of(entry, start, end, text[start:end]))

    n = len(paras)
    edge = sorted({*range(min(_EDGE, n)), *range(max(0, n - _EDGE), n)})
    for i in edge:
        s, e = paras[i]
        line = text[s:e]
        if i < _EDGE:
            m = _DATELINE.match(line)
            if m:
                add(m.group("wire"), s + m.start("wire"), s + m.end("wire"))
            m = _BYLINE.match(line)
            if m:
                add(m.group(1), s + m.start(1), s + m.end(1))
        m = _SIGNOFF.search(line[-40:])
        if m:
            off = s + max(0, len(line) - 40)
            add(m.group(1), off + m.start(1), off + m.end(1))
        m = _WITH_REPORTING.search(line[-80:])
        if m:
            off = s + max(0, len(line) - 80)
            add(m.group(1), off + m.start(1), off + m.end(1))
    # "With reporting by AP" may stand above page furniture: look at every short paragraph's start
    for s, e in paras:
        if e - s <= 80 and text[s : s + 4].lower() in ("with", "addi"):
            m = _WITH_REPORTING.match(text[s:e])
            if m:
                add(m.group(1), s + m.start(1), s + m.end(1))
        m = _REUTERS_SIGNOFF.match(line) if i >= n - _EDGE else None
        if m:
            add("Reuters", s + m.start(), s + m.end())
    return out
