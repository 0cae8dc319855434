"""Candidates: blocking keys per record and the pairs each block proposes.

Never all pairs.  Each record emits string keys; records sharing a key form a
block; a block proposes pairs by a rule chosen by the key's prefix:

``s:<w1 w2 w3>``
    a shingle of three consecutive content words (stop words left out).  Every
    pair in the block is proposed; a block of more than ``max_block`` records
    proposes only neighbours within ``window`` in the block sorted by wording,
    so a common phrase costs linear, not quadratic, work.
``d:<doc id>``
    every record of one document.  Only pairs with a *tiny* member (fewer
    than ``tiny_words`` content words) are proposed: within an article a short
    fragment may echo a longer quote ("tough" and "tough, forthright").
``p:<speaker surname>:<word>``
    records with a known speaker, one key per content word.  Only pairs with a
    tiny member are proposed, so a one-word fragment can meet the longer quote
    of the same speaker in another article.  A block larger than
    ``max_speaker_block`` is skipped.

The keys of a record and the pairs of a block depend on nothing else, which is
what lets the work be split by key across processes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

from .records import DEFAULT_ALIGN_CONFIG, AlignConfig, Record

__all__ = ["blocking_keys", "block_pairs", "build_blocks", "candidate_pairs"]


def _shingles(words: Sequence[str], n: int) -> Iterator[str]:
    for i in range(len(words) - n + 1):
        yield "s:" + " ".join(words[i : i + n])


def blocking_keys(record: Record, config: AlignConfig | None = None) -> list[str]:
    """The distinct blocking keys of one record, in a fixed order.

    >>> from quoteattr import Extraction, Quote
    >>> from quoteattr.align import records_for
    >>> q = Quote("Relations are getting worse and worse,", 1, 39)
    >>> r = records_for(0, Extraction(quotes=(q,), id="a"))[0]
    >>> blocking_keys(r)
    ['s:relations getting worse', 's:getting worse worse', 'd:a']
    """
    cfg = config or DEFAULT_ALIGN_CONFIG
    keys: dict[str, None] = {}
    if not record.is_tiny(cfg):
        n = max(1, cfg.shingle)
        for key in _shingles(record.content, n):
            keys[key] = None
    keys["d:" + record.doc_id] = None
    if record.speaker is not None:
        words = record.content or record.keys
        surname = record.speaker.rsplit(" ", 1)[-1]
        for w in words:
            keys[f"p:{surname}:{w}"] = None
    return list(keys)


def _all_pairs(members: Sequence[Record]) -> Iterator[tuple[Record, Record]]:
    for i, a in enumerate(members):
        for b in members[i + 1 :]:
            yield a, b


def _window_pairs(members: Sequence[Record], window: int) -> Iterator[tuple[Record, Record]]:
    ordered = sorted(members, key=lambda r: (r.keys, r.rid))
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 : i + 1 + window]:
            yield a, b


def _tiny_pairs(members: Sequence[Record], config: AlignConfig) -> Iterator[tuple[Record, Record]]:
    tiny = [r for r in members if r.is_tiny(config)]
    for t in tiny:
        for other in members:
            if other.rid == t.rid or (other.is_tiny(config) and other.rid < t.rid):
                continue  # each tiny-tiny pair once
            yield t, other


def block_pairs(
    key: str, members: Sequence[Record], config: AlignConfig | None = None
) -> Iterator[tuple[Record, Record]]:
    """The candidate pairs proposed by one block, each as ``(a, b)`` with ``a.rid < b.rid``.

    ``members`` may come in any order: they are sorted by ``rid`` first, so
    the pairs are the same wherever the block was gathered.
    """
    cfg = config or DEFAULT_ALIGN_CONFIG
    ordered = sorted(members, key=lambda r: r.rid)
    if len(ordered) < 2:
        return
    if key.startswith("s:"):
        raw = _all_pairs(ordered) if len(ordered) <= cfg.max_block else _window_pairs(ordered, cfg.window)
    elif key.startswith("p:") and len(ordered) > cfg.max_speaker_block:
        return
    else:
        raw = _tiny_pairs(ordered, cfg)
    for a, b in raw:
        yield (a, b) if a.rid < b.rid else (b, a)


def build_blocks(records: Iterable[Record], config: AlignConfig | None = None) -> dict[str, list[Record]]:
    """Records grouped by blocking key (the serial form of a group-by-key)."""
    blocks: dict[str, list[Record]] = defaultdict(list)
    for rec in records:
        for key in blocking_keys(rec, config):
            blocks[key].append(rec)
    return blocks


def candidate_pairs(records: Iterable[Record], config: AlignConfig | None = None) -> list[tuple[Record, Record]]:
    """Every distinct candidate pair of ``records``, sorted by ``(a.rid, b.rid)``."""
    seen: set[tuple[tuple[int, int], tuple[int, int]]] = set()
    out: list[tuple[Record, Record]] = []
    for key, members in build_blocks(records, config).items():
        for a, b in block_pairs(key, members, config):
            pair = (a.rid, b.rid)
            if pair not in seen:
                seen.add(pair)
                out.append((a, b))
    out.sort(key=lambda p: (p[0].rid, p[1].rid))
    return out
