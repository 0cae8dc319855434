"""The corpus run on a Dask cluster (the optional extra: ``pip install 'quoteattr[dask]'``).

Dask is imported only inside these functions.  Each function takes and
returns a ``dask.bag.Bag``; nothing is computed until you call
``.compute()`` or write the bag out, so the same code runs on a laptop and on
a cluster (``distributed.Client``)::

    import json
    from quoteattr.dask import read_articles, extract_bag

    records = extract_bag(read_articles("corpus/*.jsonl.gz"))
    records.map(json.dumps).to_textfiles("out/part-*.jsonl.gz")

:func:`align_bag` (and :func:`align`, which computes it) groups the variants
of each quote across a bag of documents and gives exactly the groups of the
serial :func:`quoteattr.align` on the same documents in the same order.

Every record that comes out of :func:`extract_bag` is an Extraction's ``to_dict()`` or an error record
``{"id", "error"}``, exactly as :func:`quoteattr.corpus.run_extract` writes
them.  The size limit ``Config.max_doc_chars`` applies as in a local run.
``Config.time_limit`` is checked when a document finishes (its result is then
dropped and reported as timed out) but cannot interrupt it: Dask runs tasks in
worker threads, where no timer signal can be delivered.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import attrs

from .config import DEFAULT_CONFIG, Config
from .corpus import extract_task, run_one
from .io import Failure
from .model import Article, Extraction

if TYPE_CHECKING:
    from .align import AlignConfig, QuoteGroup, Record

__all__ = ["align", "align_bag", "extract_bag", "extract_record", "read_articles", "to_article"]


def _bag_module() -> Any:
    try:
        import dask.bag
    except ImportError:
        raise ImportError("quoteattr.dask needs the optional extra: pip install 'quoteattr[dask]'") from None
    return dask.bag


def to_article(item: Article | dict[str, Any]) -> Article | Failure:
    """An Article from an Article or a ``{"id", "text", ...}`` dict; a Failure for anything else.

    An error record (a dict with ``"error"``) becomes a Failure, so that it is
    passed through.

    >>> to_article({"id": 7, "text": "Hi."})
    Article(text='Hi.', id='7', outlet=None, published=None, url=None)
    >>> to_article({"id": "x"})
    Failure(id='x', error="record has no 'text' string")
    """
    if isinstance(item, Article):
        return item
    if not isinstance(item, dict):
        return Failure("?", f"expected an Article or a dict with 'text', not {type(item).__name__}")
    doc_id = item.get("id")
    sid = str(doc_id) if doc_id is not None else "?"
    if "error" in item and "text" not in item:
        return Failure(sid, str(item["error"]))
    text = item.get("text")
    if not isinstance(text, str):
        return Failure(sid, "record has no 'text' string")
    return Article(text, id=sid, outlet=item.get("outlet"), published=item.get("published"), url=item.get("url"))


def extract_record(item: Article | dict[str, Any], config: Config | None = None) -> dict[str, Any]:
    """One document to one JSON-ready record: the Extraction's ``to_dict()`` or ``{"id", "error"}``."""
    article = to_article(item)
    if isinstance(article, Failure):
        return article.to_dict()
    result = run_one(extract_task, article, config or DEFAULT_CONFIG)
    out: dict[str, Any] = result.to_dict()
    return out


def extract_bag(bag: Any, config: Config | None = None) -> Any:
    """A bag of records (see :func:`extract_record`), one per item of ``bag``, in the same order.

    ``bag`` holds Articles, ``{"id", "text", ...}`` dicts, or error records (as
    :func:`read_articles` yields), which are passed through.
    """
    _bag_module()
    return bag.map(extract_record, config=config)


def _parse_lines(lines: Iterable[tuple[str, str]]) -> Iterator[dict[str, Any]]:
    """JSON Lines of one file (``(line, path)`` pairs) to dicts, with error records for bad lines.

    Ids of unreadable lines are ``"path:line"``, as in :func:`quoteattr.iter_articles`.
    """
    for n, (line, path) in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            line.encode("utf-8")
        except UnicodeEncodeError as exc:  # surrogate escapes stand for bytes that were not UTF-8
            at = len(line[: exc.start].encode("utf-8", "surrogateescape"))  # as a byte offset, like iter_articles
            yield Failure(where, f"not UTF-8 text at byte {at}").to_dict()
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Failure(where, f"invalid JSON: {exc.msg} at column {exc.colno}").to_dict()
            continue
        if not isinstance(record, dict):
            yield Failure(where, "a JSON Lines record must be an object with 'text'").to_dict()
            continue
        if record.get("id") is None:
            record["id"] = where
        yield record


def read_articles(urlpath: str | list[str], **storage_options: Any) -> Any:
    """A bag of article dicts from JSON Lines files (gzip by suffix), one partition per file.

    A line that is not UTF-8 or not JSON becomes an error record in its place.
    ``urlpath``: a path, a glob or a list of them (any fsspec URL);
    ``storage_options`` go to ``dask.bag.read_text``.
    """
    db = _bag_module()
    lines = db.read_text(
        urlpath, blocksize=None, include_path=True, errors="surrogateescape", storage_options=storage_options or None
    )
    return lines.map_partitions(lambda part: list(_parse_lines(part)))


# --------------------------------------------------------------------------- distributed align
#
# The serial align() is: records per document -> blocking keys -> blocks (group by
# key) -> scored edges per block -> link() once -> build_group() per group.  Here
# each step runs where its data is: records per partition, a shuffle by key, edges
# per block, then one link() task and build_group() over a bag of groups.  Records
# get their global document position (what the serial run gives them) from the
# partition sizes, so the rids, the edges, the link and the order are the serial ones.


def _align_source(item: Any) -> Any:
    """What records_for takes: dicts become Articles, error records and Failures None (no quotes)."""
    if isinstance(item, Failure):
        return None
    if isinstance(item, dict):
        article = to_article(item)
        return None if isinstance(article, Failure) else article
    return item


def _has_id(source: Any) -> bool:
    if isinstance(source, (Article, Extraction)):
        return source.id is not None
    return isinstance(source, tuple)


def _partition_records(part: Iterable[Any], config: AlignConfig) -> tuple[int, list[Record], list[int]]:
    """The records of one partition with partition-local document positions.

    Returns the number of documents, the records, and the local positions of
    documents without an id (whose name ``#<position>`` must be made global).
    """
    from .align import records_for

    n = 0
    records: list[Record] = []
    unnamed: list[int] = []
    for j, item in enumerate(part):
        n = j + 1
        source = _align_source(item)
        if source is None:
            continue
        if not _has_id(source):
            unnamed.append(j)
        records.extend(records_for(j, source, config))
    return n, records, unnamed


def _offsets(counts: list[tuple[int, list[Record], list[int]]]) -> list[int]:
    out, total = [], 0
    for n, _records, _unnamed in counts:
        out.append(total)
        total += n
    return out


def _keyed_records(
    local: tuple[int, list[Record], list[int]], offsets: list[int], index: int, config: AlignConfig
) -> list[tuple[str, Record]]:
    """``(key, record)`` for every blocking key of every record, rids made global."""
    from .align import blocking_keys

    _n, records, unnamed = local
    offset = offsets[index]
    unnamed_set = set(unnamed)
    out: list[tuple[str, Record]] = []
    for rec in records:
        pos = rec.rid[0]
        changes: dict[str, Any] = {"rid": (pos + offset, rec.rid[1])}
        if pos in unnamed_set:
            changes["doc_id"] = f"#{pos + offset}"
        shifted = attrs.evolve(rec, **changes)
        out.extend((key, shifted) for key in blocking_keys(shifted, config))
    return out


def _score(block: tuple[str, list[Any]], config: AlignConfig) -> tuple[list[Any], list[Record]]:
    """The edges of one block and the records they name."""
    from .align import score_block

    key, pairs = block
    members = [pair[1] for pair in pairs]
    if len(members) < 2:
        return [], []
    edges = score_block(key, members, config)
    named = {x for e in edges for x in (e.a, e.b)}
    return edges, [r for r in members if r.rid in named]


def _link_all(scored_parts: list[list[tuple[list[Any], list[Record]]]]) -> list[tuple[Record, ...]]:
    from .align import link

    edges = [e for part in scored_parts for block_edges, _ in part for e in block_edges]
    records = {r.rid: r for part in scored_parts for _, recs in part for r in recs}
    return link(records.values(), edges)


def align_bag(bag: Any, config: AlignConfig | None = None) -> Any:
    """A bag of :class:`~quoteattr.align.QuoteGroup`: the groups :func:`quoteattr.align` gives, in its order.

    ``bag`` holds what :func:`quoteattr.align` takes (Articles, ``(id, text)``
    pairs, texts, Extractions) or ``{"id", "text", ...}`` dicts; error records
    and Failures count as documents without quotes.  Documents are extracted
    with ``config.extract_config`` on the workers.  The shuffle by blocking key
    moves each record once per key it has; the linking of scored edges into
    groups is one task (it needs every edge), building the groups is parallel
    again.  Nothing is computed until the bag is.
    """
    db = _bag_module()
    from dask.delayed import delayed

    from .align import build_group
    from .align.records import DEFAULT_ALIGN_CONFIG

    cfg = config or DEFAULT_ALIGN_CONFIG
    local = [delayed(_partition_records)(part, cfg) for part in bag.to_delayed()]
    offsets = delayed(_offsets)(local)
    keyed = db.from_delayed([delayed(_keyed_records)(loc, offsets, i, cfg) for i, loc in enumerate(local)])
    scored = keyed.groupby(lambda pair: pair[0]).map(_score, cfg)
    linked = delayed(_link_all)(scored.to_delayed())
    groups = db.from_delayed([linked])
    return groups.repartition(max(1, bag.npartitions)).map(build_group)


def align(bag: Any, config: AlignConfig | None = None) -> list[QuoteGroup]:
    """:func:`align_bag` computed (on the current Dask scheduler or client): a list of QuoteGroups."""
    result: list[QuoteGroup] = align_bag(bag, config).compute()
    return result
