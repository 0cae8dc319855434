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
from collections.abc import Container, Iterable, Iterator, Sequence

from .records import DEFAULT_ALIGN_CONFIG, AlignConfig, Record

__all__ = [
    "blocking_keys",
    "block_pairs",
    "build_blocks",
    "candidate_index_pairs",
    "candidate_pairs",
    "tiny_surnames",
]


def _keyed(record: Record, config: AlignConfig, tiny_surnames: Container[str] | None = None) -> dict[str, int]:
    """Blocking keys in a fixed order, each with the position of its first shingle in
    ``record.content`` (-1 for keys that are not shingles)."""
    keys: dict[str, int] = {}
    if not record.tiny:
        words, n = record.content, max(1, config.shingle)
        for i in range(len(words) - n + 1):
            keys.setdefault("s:" + " ".join(words[i : i + n]), i)
    keys["d:" + record.doc_id] = -1
    if record.surname is not None and (tiny_surnames is None or record.surname in tiny_surnames):
        prefix = f"p:{record.surname}:"
        for w in record.content or record.keys:
            keys.setdefault(prefix + w, -1)
    return keys


def blocking_keys(
    record: Record, config: AlignConfig | None = None, tiny_surnames: Container[str] | None = None
) -> list[str]:
    """The distinct blocking keys of one record, in a fixed order.

    ``tiny_surnames``: when given, the surnames of all tiny records (see
    :func:`tiny_surnames`); ``p:`` keys are then left out for other speakers.
    Their blocks could propose no pair anyway (they hold no tiny record), so
    the candidate pairs are the same, with fewer keys.

    >>> from quoteattr import Extraction, Quote
    >>> from quoteattr.align import records_for
    >>> q = Quote("Relations are getting worse and worse,", 1, 39)
    >>> r = records_for(0, Extraction(quotes=(q,), id="a"))[0]
    >>> blocking_keys(r)
    ['s:relations getting worse', 's:getting worse worse', 'd:a']
    """
    return list(_keyed(record, config or DEFAULT_ALIGN_CONFIG, tiny_surnames))


def tiny_surnames(records: Iterable[Record]) -> frozenset[str]:
    """The speaker surnames of the tiny records (a small set, cheap to gather and share)."""
    return frozenset(r.surname for r in records if r.tiny and r.surname is not None)


def _continuation(record: Record, shingle: tuple[str, ...], limit: int = 12) -> tuple[str, ...]:
    """The record's content words from the first occurrence of ``shingle`` on (at most ``limit``)."""
    words, n, first = record.content, len(shingle), shingle[0]
    i = -1
    try:
        while True:
            i = words.index(first, i + 1)
            if words[i : i + n] == shingle:
                return words[i : i + limit]
    except ValueError:
        return words[:limit]


def _pair_indices(
    key: str, ordered: Sequence[Record], config: AlignConfig, positions: Sequence[int] | None = None
) -> Iterator[tuple[int, int]]:
    """Index pairs ``(i, j)``, ``i < j``, into ``ordered`` (the block sorted by ``rid``).

    ``positions``: where the shingle starts in each member's content, when known
    (else found again by :func:`_continuation`)."""
    n = len(ordered)
    if n < 2:
        return
    if key.startswith("s:"):
        if n <= config.max_block:
            for i in range(n - 1):
                for j in range(i + 1, n):
                    yield i, j
            return
        # neighbours in the block sorted by what follows the shingle: renderings of one
        # statement, and a fragment and its statement, continue alike and sort together
        shingle = tuple(key[2:].split(" "))
        if positions is None:
            conts = [_continuation(r, shingle) for r in ordered]
        else:
            conts = [r.content[p : p + 12] for r, p in zip(ordered, positions, strict=True)]
        order = sorted(range(n), key=lambda i: (conts[i], i))
        size = len(shingle)
        for x, i in enumerate(order):
            for j in order[x + 1 : x + 1 + config.window]:
                # only neighbours that go on alike (or one of which ends here, a fragment's end)
                if len(conts[i]) <= size or len(conts[j]) <= size or conts[i][size] == conts[j][size]:
                    yield (i, j) if i < j else (j, i)
        return
    if key.startswith("p:") and n > config.max_speaker_block:
        return
    if key.startswith("d:") and n > config.max_article_block:
        return  # an article with hundreds of quotes: its short fragments would pair with all
    for i in range(n):
        if not ordered[i].tiny:
            continue
        for j in range(n):
            if j != i and not (ordered[j].tiny and j < i):  # each tiny-tiny pair once
                yield (i, j) if i < j else (j, i)


def block_pairs(
    key: str, members: Sequence[Record], config: AlignConfig | None = None
) -> Iterator[tuple[Record, Record]]:
    """The candidate pairs proposed by one block, each as ``(a, b)`` with ``a.rid < b.rid``.

    ``members`` may come in any order: they are sorted by ``rid`` first, so
    the pairs are the same wherever the block was gathered.
    """
    cfg = config or DEFAULT_ALIGN_CONFIG
    ordered = sorted(members, key=lambda r: r.rid)
    for i, j in _pair_indices(key, ordered, cfg):
        yield ordered[i], ordered[j]


def build_blocks(records: Iterable[Record], config: AlignConfig | None = None) -> dict[str, list[Record]]:
    """Records grouped by blocking key (the serial form of a group-by-key)."""
    recs = list(records)
    speakers = tiny_surnames(recs)
    blocks: dict[str, list[Record]] = defaultdict(list)
    for rec in recs:
        for key in blocking_keys(rec, config, speakers):
            blocks[key].append(rec)
    return blocks


def candidate_index_pairs(records: Sequence[Record], config: AlignConfig | None = None) -> list[int]:
    """Candidate pairs of ``records`` (sorted by ``rid``) as sorted integers
    ``i * (len(records) + 1) + j`` with ``i < j`` indexing ``records``: the union of
    :func:`block_pairs` over all blocks, without building a pair object per proposal."""
    cfg = config or DEFAULT_ALIGN_CONFIG
    blocks: dict[str, list[int]] = defaultdict(list)
    where: dict[str, list[int]] = defaultdict(list)
    speakers = tiny_surnames(records)
    for k, rec in enumerate(records):
        for key, pos in _keyed(rec, cfg, speakers).items():
            blocks[key].append(k)
            if pos >= 0:
                where[key].append(pos)
    big = len(records) + 1
    seen: set[int] = set()
    for key, ids in blocks.items():
        n = len(ids)
        if n < 2:
            continue
        if n == 2 and key.startswith("s:"):
            seen.add(ids[0] * big + ids[1])
            continue
        members = [records[i] for i in ids]
        for i, j in _pair_indices(key, members, cfg, where.get(key)):
            seen.add(ids[i] * big + ids[j])
    return sorted(seen)


def candidate_pairs(records: Iterable[Record], config: AlignConfig | None = None) -> list[tuple[Record, Record]]:
    """Every distinct candidate pair of ``records`` (the union of :func:`block_pairs` over
    all blocks), sorted by ``(a.rid, b.rid)``."""
    recs = sorted(records, key=lambda r: r.rid)
    big = len(recs) + 1
    return [(recs[p // big], recs[p % big]) for p in candidate_index_pairs(recs, config)]
