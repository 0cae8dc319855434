"""align(): group the variant renderings of one quote across and within articles.

Serial flow (what :func:`align` does)::

    records_for(doc_pos, source, config)          one document -> its Records, rid = (doc_pos, quote_pos)
    blocking_keys(record, config, tiny_surnames)  one Record -> its blocking keys
    build_blocks(records, config)                 key -> the records sharing it (a group-by-key)
    block_pairs(key, members, config)             one block -> its candidate pairs (a.rid < b.rid)
    score_pair(a, b, config)                      one pair -> an Edge or None
    link(records, edges)                          all Edges -> groups of Records (the one merge step)
    build_group(records)                          one group -> QuoteGroup (fullest, differences, conflicts)

(:func:`align_records` runs the middle steps with integer pair ids,
:func:`~quoteattr.align.index.candidate_index_pairs`, to save memory.)

Distributed (for example on Dask), with exactly the serial result:

1. map each document to ``records_for(doc_pos, source, config)``, ``doc_pos``
   being its position in the input (this fixes every ``rid``);
2. optionally gather ``tiny_surnames(records)`` (a small set) and share it;
   passing it to ``blocking_keys`` only drops keys whose blocks propose no pair;
3. emit ``(key, record)`` for each key of ``blocking_keys(record, config,
   tiny_surnames)`` and group by key;
4. map each block to ``score_block(key, members, config)`` (= ``score_pair``
   over ``block_pairs``), or, to score each pair once, to the ``(a.rid,
   b.rid)`` of ``block_pairs``, keep distinct pairs, then ``score_pair``;
5. gather the edges and the records they name; ``link(records, edges)`` once;
   ``build_group(group)`` per group.

Every step is a pure function of its arguments.  ``block_pairs`` sorts the
members of a block by ``rid`` first (arrival order does not matter); ``link``
sorts the edges and ignores duplicates (a pair met in several blocks scores the
same everywhere), and orders groups by their first ``rid`` and variants by
``rid``.  ``tests/test_align.py`` checks a shuffled run of these steps against
:func:`align`.

Direct quote versus its paraphrase in reported speech is a later stage: it
plugs in as an extra pair scorer (``AlignConfig.scorers``, see
:data:`quoteattr.align.group.DEFAULT_SCORERS`) with ``"indirect"`` added to
``AlignConfig.kinds``; nothing here pretends to do it yet.

>>> groups = align([("a", 'She said "the dialog on fishing rights was hard."'),
...                 ("b", '"The dialogue on fishing rights was hard," she said.')])
>>> [(v.doc_id, g.differences[i].verdict) for g in groups for i, v in enumerate(g.variants)]
[('a', 'identical'), ('b', 'cosmetic')]
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterable, Iterator

from .group import (
    DEFAULT_SCORERS,
    Claim,
    Conflict,
    Edge,
    QuoteGroup,
    Variant,
    build_group,
    find_conflicts,
    link,
    score_block,
    score_pair,
    score_pairs,
    score_wording,
)
from .index import block_pairs, blocking_keys, build_blocks, candidate_index_pairs, candidate_pairs, tiny_surnames
from .records import DEFAULT_ALIGN_CONFIG, AlignConfig, Record, Source, records_for

__all__ = [
    "AlignConfig",
    "Claim",
    "Conflict",
    "DEFAULT_SCORERS",
    "Edge",
    "QuoteGroup",
    "Record",
    "Variant",
    "align",
    "align_records",
    "block_pairs",
    "blocking_keys",
    "build_blocks",
    "build_group",
    "candidate_pairs",
    "find_conflicts",
    "link",
    "records_for",
    "score_block",
    "score_pair",
    "score_pairs",
    "score_wording",
    "tiny_surnames",
    "candidate_index_pairs",
]


def align_records(records: Iterable[Record], config: AlignConfig | None = None) -> list[QuoteGroup]:
    """Group records already made by :func:`records_for`."""
    cfg = config or DEFAULT_ALIGN_CONFIG
    with _no_cycle_collection():
        recs = sorted(records, key=lambda r: r.rid)
        big = len(recs) + 1
        edges = []
        for p in candidate_index_pairs(recs, cfg):
            edge = score_pair(recs[p // big], recs[p % big], cfg)
            if edge is not None:
                edges.append(edge)
        return [build_group(g) for g in link(recs, edges)]


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector while alignment allocates millions of small,
    acyclic objects: each full collection would walk the whole heap again, which
    makes a large run superlinear.  Reference counting still frees everything;
    the collector is restored (and not run) afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def align(articles: Iterable[Source], config: AlignConfig | None = None) -> list[QuoteGroup]:
    """Group the variants of each quote across and within ``articles``.

    ``articles``: Articles, ``(id, text)`` pairs, texts or Extractions (mixed
    freely).  Returns groups of two or more variants, ordered by their first
    variant (document position, then quote position).

    While it runs, ``align`` pauses Python's cycle collector for the whole
    process (and restores it when done, even on an error): alignment makes
    millions of small acyclic objects, and full collections over them made large
    runs superlinear.  Reference counting still frees memory meanwhile.
    """
    cfg = config or DEFAULT_ALIGN_CONFIG
    with _no_cycle_collection():
        recs = [r for pos, src in enumerate(articles) for r in records_for(pos, src, cfg)]
    return align_records(recs, cfg)
