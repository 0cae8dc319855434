"""align(): group the variant renderings of one quote across and within articles.

Serial flow (what :func:`align` does)::

    records_for(doc_pos, source)        one document -> its Records (rid = (doc_pos, quote_pos))
    blocking_keys(record)               one Record -> its blocking keys
    build_blocks(records)               key -> records sharing it          (a group-by-key)
    score_block(key, members)           one block -> its scored Edges      (pure, per block)
    link(records, edges)                all Edges -> groups of Records     (one merge step)
    build_group(records)                one group -> QuoteGroup (fullest, differences, conflicts)

The same result, distributed (for example on Dask): map every document to
``records_for(doc_pos, source, config)`` with ``doc_pos`` its position in the
input; emit ``(key, record)`` for every key of ``blocking_keys(record,
config)``; group by key; map every block to ``score_block(key, members,
config)``; gather the distinct edges and the records they name; call
``link(records, edges)`` once, then ``build_group(group)`` per group.  Every
step is a pure function of its arguments: ``block_pairs`` sorts its members
by ``rid``, ``link`` sorts the edges and ignores duplicates (a pair met in
several blocks scores the same everywhere), so the groups and the order of
groups and variants are exactly those of the serial run.

Direct quote versus its paraphrase in reported speech is a later stage: it
plugs in as an extra pair scorer (``AlignConfig.scorers``, see
:data:`quoteattr.align.group.DEFAULT_SCORERS`) with ``"indirect"`` added to
``AlignConfig.kinds``; nothing here pretends to do it yet.

>>> groups = align([("a", 'She said "the dialog on this issue was difficult."'),
...                 ("b", '"The dialogue on this issue was difficult," she said.')])
>>> [(v.doc_id, g.differences[i].verdict) for g in groups for i, v in enumerate(g.variants)]
[('a', 'identical'), ('b', 'cosmetic')]
"""

from __future__ import annotations

from collections.abc import Iterable

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
    score_wording,
)
from .index import block_pairs, blocking_keys, build_blocks, candidate_pairs
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
    "score_wording",
]


def align_records(records: Iterable[Record], config: AlignConfig | None = None) -> list[QuoteGroup]:
    """Group records already made by :func:`records_for`."""
    cfg = config or DEFAULT_ALIGN_CONFIG
    recs = list(records)
    edges = []
    for key, members in build_blocks(recs, cfg).items():
        edges.extend(score_block(key, members, cfg))
    return [build_group(g) for g in link(recs, edges)]


def align(articles: Iterable[Source], config: AlignConfig | None = None) -> list[QuoteGroup]:
    """Group the variants of each quote across and within ``articles``.

    ``articles``: Articles, ``(id, text)`` pairs, texts or Extractions (mixed
    freely).  Returns groups of two or more variants, ordered by their first
    variant (document position, then quote position).
    """
    cfg = config or DEFAULT_ALIGN_CONFIG
    recs = [r for pos, src in enumerate(articles) for r in records_for(pos, src, cfg)]
    return align_records(recs, cfg)
