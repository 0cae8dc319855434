"""The corpus run on a Dask cluster (the optional extra: ``pip install 'quoteattr[dask]'``).

Dask is imported only inside these functions.  Each function takes and
returns a ``dask.bag.Bag``; nothing is computed until you call
``.compute()`` or write the bag out, so the same code runs on a laptop and on
a cluster (``distributed.Client``)::

    import json
    from quoteattr.dask import read_articles, extract_bag

    records = extract_bag(read_articles("corpus/*.jsonl.gz"))
    records.map(json.dumps).to_textfiles("out/part-*.jsonl.gz")

Every record that comes out is an Extraction's ``to_dict()`` or an error record
``{"id", "error"}``, exactly as :func:`quoteattr.corpus.run_extract` writes
them.  The size limit ``Config.max_doc_chars`` applies as in a local run.
``Config.time_limit`` is checked when a document finishes (its result is then
dropped and reported as timed out) but cannot interrupt it: Dask runs tasks in
worker threads, where no timer signal can be delivered.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from .config import DEFAULT_CONFIG, Config
from .corpus import extract_task, run_one
from .io import Failure
from .model import Article

__all__ = ["extract_bag", "extract_record", "read_articles", "to_article"]


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
