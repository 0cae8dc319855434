"""to_dataframe(): results as a pandas DataFrame, one row per quote (pandas imported when called).

Columns for extractions (:data:`QUOTE_COLUMNS`): ``doc_id``; ``start``/``end``
(offsets of the quoted words in that document's text); ``kind``; ``closed``;
``depth``; ``text``; ``speaker`` (canonical name), ``speaker_mention``,
``speaker_start``/``speaker_end`` (offsets of the mention); ``cue``; ``relays``
(registry names joined by ``"|"``, nearest the speaker first); ``confidence``
(0..1); ``rule``.  A missing speaker, cue or rule is a missing value
(``pandas.isna`` is true: ``None`` or ``NaN`` depending on the pandas version;
``<NA>`` in the integer offset columns, which have the nullable ``Int64`` type).

Groups of variants (from :func:`quoteattr.align`) give one row per variant,
with ``group`` (the index of the group in the input) in front of the same
columns.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from .model import Extraction, Quote

__all__ = ["to_dataframe", "QUOTE_COLUMNS", "GROUP_COLUMNS"]

QUOTE_COLUMNS = (
    "doc_id", "start", "end", "kind", "closed", "depth", "text", "speaker", "speaker_mention",
    "speaker_start", "speaker_end", "cue", "relays", "confidence", "rule",
)  # fmt: skip
GROUP_COLUMNS = ("group", *QUOTE_COLUMNS)
_NULLABLE_INT = ("speaker_start", "speaker_end")


def _quote_row(doc_id: str | None, q: Quote) -> dict[str, Any]:
    sp = q.speaker
    return {
        "doc_id": doc_id, "start": q.start, "end": q.end, "kind": str(q.kind), "closed": q.closed,
        "depth": q.depth, "text": q.text, "speaker": sp.name if sp else None,
        "speaker_mention": sp.mention if sp else None, "speaker_start": sp.start if sp else None,
        "speaker_end": sp.end if sp else None, "cue": q.cue.text if q.cue else None,
        "relays": "|".join(r.name for r in q.relays), "confidence": q.confidence, "rule": q.rule,
    }  # fmt: skip


def _is_group(obj: object) -> bool:
    return hasattr(obj, "variants")


def _group_rows(groups: Iterable[Any]) -> Iterator[dict[str, Any]]:
    for index, group in enumerate(groups):
        if not _is_group(group):
            raise TypeError(f"to_dataframe() got a QuoteGroup and a {type(group).__name__} in one input")
        for variant in group.variants:
            yield {"group": index, **_quote_row(variant.doc_id, variant.quote)}


def _extraction_rows(extractions: Iterable[Any]) -> Iterator[dict[str, Any]]:
    for ex in extractions:
        if not isinstance(ex, Extraction):
            raise TypeError(f"to_dataframe() takes Extractions or QuoteGroups, not {type(ex).__name__}")
        for q in ex:
            yield _quote_row(ex.id, q)


def to_dataframe(obj: Extraction | Iterable[Any]) -> Any:
    """A pandas DataFrame of quotes: from one Extraction, many, or a list of QuoteGroups.

    Needs pandas (``pip install 'quoteattr[pandas]'``), imported only here.
    Columns: see the module docs.

    >>> import quoteattr
    >>> df = quoteattr.to_dataframe(quoteattr.extract(quoteattr.Article('"Yes," she said.', id="a1")))
    >>> df[["doc_id", "start", "end", "text"]].values.tolist()
    [['a1', 1, 5, 'Yes,']]
    """
    try:
        import pandas as pd
    except ImportError:
        raise ImportError("to_dataframe() needs pandas: pip install 'quoteattr[pandas]'") from None
    items: list[Any] = [obj] if isinstance(obj, Extraction) else list(obj)
    columns: tuple[str, ...]
    if items and _is_group(items[0]):
        rows, columns = list(_group_rows(items)), GROUP_COLUMNS
    else:
        rows, columns = list(_extraction_rows(items)), QUOTE_COLUMNS
    frame = pd.DataFrame.from_records(rows, columns=list(columns))
    for name in _NULLABLE_INT:
        frame[name] = frame[name].astype("Int64")
    if not rows:  # keep the types an empty result would have had
        frame = frame.astype({"start": "int64", "end": "int64", "depth": "int64", "confidence": "float64"})
    return frame
