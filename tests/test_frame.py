"""quoteattr.to_dataframe: one row per quote (or per variant of a group), pandas imported when called."""

from __future__ import annotations

import builtins
import sys
from typing import Any

import attrs
import pytest

import quoteattr
from quoteattr import Article, Cue, Extraction, Quote, Relay, Speaker
from quoteattr.frame import GROUP_COLUMNS, QUOTE_COLUMNS

pd = pytest.importorskip("pandas", reason="to_dataframe needs the pandas extra")

TEXT = '"We will rebuild the pier," Mayor Lena Ortiz said. Critics called it "a waste."'


def attributed() -> Extraction:
    ex = quoteattr.extract(Article(TEXT, id="doc-1"))
    first = attrs.evolve(
        ex[0],
        speaker=Speaker("Lena Ortiz", "Mayor Lena Ortiz", 28, 44),
        cue=Cue("said", 45, 49),
        relays=(Relay("AP"), Relay("Reuters")),
        confidence=0.9,
        rule="name_said",
    )
    second = attrs.evolve(ex[1], speaker=None, cue=None, relays=(), confidence=0.0, rule=None)
    return attrs.evolve(ex, quotes=(first, second))


def test_one_row_per_quote_with_offsets_into_the_document() -> None:
    df = quoteattr.to_dataframe(attributed())
    assert list(df.columns) == list(QUOTE_COLUMNS)
    assert len(df) == 2
    for row in df.itertuples():
        assert TEXT[row.start : row.end] == row.text
    first = df.iloc[0]
    assert (first.doc_id, first.kind, first.speaker, first.speaker_mention) == (
        "doc-1", "direct", "Lena Ortiz", "Mayor Lena Ortiz",
    )  # fmt: skip
    assert (first.speaker_start, first.speaker_end, first.cue, first.relays) == (28, 44, "said", "AP|Reuters")
    assert (first.confidence, first.rule) == (0.9, "name_said")
    second = df.iloc[1]
    assert second.kind == "partial"
    assert pd.isna(second.speaker)
    assert pd.isna(second.cue)
    assert pd.isna(second.speaker_start)
    assert second.relays == ""
    assert str(df["speaker_start"].dtype) == "Int64"


def test_many_extractions_keep_their_order() -> None:
    exs = [quoteattr.extract(Article(f'"{w}," he said.', id=w)) for w in ("one", "two", "three")]
    df = quoteattr.to_dataframe(exs)
    assert df["doc_id"].tolist() == ["one", "two", "three"]
    assert df["text"].tolist() == ["one,", "two,", "three,"]


def test_no_quotes_gives_an_empty_frame_with_the_columns() -> None:
    df = quoteattr.to_dataframe([Extraction(quotes=(), id="x")])
    assert list(df.columns) == list(QUOTE_COLUMNS)
    assert len(df) == 0
    assert str(df["start"].dtype) == "int64"


@attrs.frozen
class _Variant:  # the contract's Variant: doc_id and quote
    doc_id: str
    quote: Quote


@attrs.frozen
class _Group:  # the contract's QuoteGroup: variants
    variants: tuple[_Variant, ...]


def test_groups_give_one_row_per_variant_with_the_group_index() -> None:
    a = quoteattr.extract(Article('"The pier will open," she said.', id="a"))[0]
    b = quoteattr.extract(Article('She said "the pier will open."', id="b"))[0]
    groups = [_Group((_Variant("a", a), _Variant("b", b))), _Group((_Variant("b", b), _Variant("a", a)))]
    df = quoteattr.to_dataframe(groups)
    assert list(df.columns) == list(GROUP_COLUMNS)
    assert df["group"].tolist() == [0, 0, 1, 1]
    assert df["doc_id"].tolist() == ["a", "b", "b", "a"]
    assert df["text"].tolist() == [a.text, b.text, b.text, a.text]


def test_mixed_or_wrong_input_is_refused() -> None:
    ex = quoteattr.extract('"Hi," she said.')
    with pytest.raises(TypeError, match="Extractions or QuoteGroups"):
        quoteattr.to_dataframe([ex, "not an extraction"])
    with pytest.raises(TypeError, match="QuoteGroup and a Extraction"):
        quoteattr.to_dataframe([_Group(()), ex])


def test_missing_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_pandas(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "pandas":
            raise ImportError("no pandas here")
        return real_import(name, *args, **kwargs)

    monkeypatch.delitem(sys.modules, "pandas")
    monkeypatch.setattr(builtins, "__import__", no_pandas)
    with pytest.raises(ImportError, match=r"quoteattr\[pandas\]"):
        quoteattr.to_dataframe([])


def test_real_groups_from_align() -> None:
    groups = quoteattr.align(
        [
            ("a", '"The dialog on this issue was difficult," Anna Kovalenko said.'),
            ("b", 'Kovalenko said "the dialogue on this issue was difficult."'),
        ]
    )
    df = quoteattr.to_dataframe(groups)
    assert df["group"].tolist() == [0, 0]
    assert df["doc_id"].tolist() == ["a", "b"]
    assert df["text"].str.lower().str.startswith("the dialog").all()
