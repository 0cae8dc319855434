"""align(): variants grouped, fragments to the right statement, no merging through a shared fragment."""

from __future__ import annotations

import json
import random

import pytest

import quoteattr
from quoteattr import Extraction, Quote, Relay, Speaker
from quoteattr.align import (
    AlignConfig,
    align_records,
    blocking_keys,
    build_group,
    link,
    records_for,
    score_block,
)


def _ex(doc: str, *quotes: tuple[str, str | None] | tuple[str, str | None, tuple[str, ...]]) -> Extraction:
    """An Extraction whose quotes sit one after another in a made-up text."""
    out, pos = [], 0
    for item in quotes:
        text, speaker = item[0], item[1]
        relays = tuple(Relay(r) for r in item[2]) if len(item) > 2 else ()  # type: ignore[misc]
        sp = Speaker(speaker, speaker, 0, len(speaker)) if speaker else None
        out.append(Quote(text, pos, pos + len(text), speaker=sp, relays=relays))
        pos += len(text) + 3
    return Extraction(quotes=tuple(out), id=doc)


def _ids(groups: list[quoteattr.QuoteGroup]) -> list[list[tuple[str, str]]]:
    return [[(v.doc_id, v.quote.text) for v in g.variants] for g in groups]


STATEMENT = "The harbour will stay open through the winter and no ferry route will be cut this year"
OTHER = "The airport will stay open through the summer while the new runway is being built"


def test_variants_across_articles_are_grouped_with_differences() -> None:
    groups = quoteattr.align(
        [
            ("a", f'"{STATEMENT}," the mayor said.'),
            ("b", f'"{STATEMENT.replace("harbour", "harbor")}," she said.'),
            ("c", f'"{STATEMENT.replace("no ferry", "a ferry")}," the mayor said.'),
            ("d", f'"{OTHER}," an official said.'),
        ]
    )
    assert len(groups) == 1
    g = groups[0]
    assert [v.doc_id for v in g.variants] == ["a", "b", "c"]
    assert [d.verdict for d in g.differences] == ["identical", "cosmetic", "meaning-changed"]
    assert g.verdict == "meaning-changed"
    assert g.fullest == g.variants[g.fullest_index]


def test_fragment_joins_its_statement() -> None:
    groups = quoteattr.align(
        [
            _ex("a", (STATEMENT, "Lena Park")),
            _ex("b", ("no ferry route will be cut this year", None)),
        ]
    )
    (g,) = groups
    assert g.fullest.doc_id == "a"
    assert g.differences[1].verdict == "partial"
    assert {op.kind for op in g.differences[1].ops} == {"truncation"}


def test_two_statements_sharing_a_fragment_are_not_merged() -> None:
    s1 = "We have reached an agreement on fishing quotas and the details will follow next week"
    s2 = "The details will follow next week once the lawyers have read every page of the text"
    frag = "the details will follow next week"
    groups = quoteattr.align(
        [_ex("a", (s1, None)), _ex("b", (s2, None)), _ex("c", (frag, None)), _ex("d", (frag, None))]
    )
    assert len(groups) == 1
    texts = {v.quote.text for v in groups[0].variants}
    assert frag in texts
    assert not {s1, s2} <= texts


def test_fragment_goes_to_the_statement_of_its_speaker() -> None:
    s1 = "Prices are frozen until the spring and nobody will pay more for bread"
    s2 = "Talks with the union are frozen until the spring because the offer was too low"
    frag = "frozen until the spring"
    groups = quoteattr.align([_ex("a", (s1, "Ana Ruiz")), _ex("b", (s2, "Tom Berg")), _ex("c", (frag, "Tom Berg"))])
    (g,) = groups
    assert [v.quote.text for v in g.variants] == [s2, frag]


def test_short_common_fragment_needs_agreeing_or_unknown_speaker() -> None:
    long_q = "Their claims are baseless and everybody in this room knows it"
    # in one article: joins when the speaker is unknown or the same, not when it differs
    same = quoteattr.align([_ex("a", (long_q, "Ana Ruiz"), ("baseless", None))])
    assert len(same) == 1
    agree = quoteattr.align([_ex("a", (long_q, "Ana Ruiz"), ("baseless", "Ruiz"))])
    assert len(agree) == 1
    differ = quoteattr.align([_ex("a", (long_q, "Ana Ruiz"), ("baseless", "Tom Berg"))])
    assert differ == []


def test_one_word_fragment_across_articles_needs_known_agreeing_speakers() -> None:
    long_q = "Their claims are baseless and everybody in this room knows it"
    assert quoteattr.align([_ex("a", (long_q, None)), _ex("b", ("baseless", None))]) == []
    assert quoteattr.align([_ex("a", (long_q, "Ana Ruiz")), _ex("b", ("baseless", "Tom Berg"))]) == []
    (g,) = quoteattr.align([_ex("a", (long_q, "Ana Ruiz")), _ex("b", ("baseless", "Ruiz"))])
    assert [v.doc_id for v in g.variants] == ["a", "b"]


def test_fragment_that_is_not_contiguous_does_not_join_when_short() -> None:
    long_q = "We are tough on crime and forthright about the causes of crime"
    assert quoteattr.align([_ex("a", (long_q, None), ("tough, forthright", None))]) == []
    (g,) = quoteattr.align([_ex("a", ("It was tough, forthright and long", None), ("tough, forthright", None))])
    assert len(g.variants) == 2


def test_conflicts_report_speakers_and_relays() -> None:
    groups = quoteattr.align(
        [
            _ex("a", (STATEMENT, "Lena Park", ("Harbour Agency",))),
            _ex("b", (STATEMENT, "Park", ("Coast Wire",))),
            _ex("c", (STATEMENT, "Omar Haddad")),
            _ex("d", (STATEMENT, None)),
        ]
    )
    (g,) = groups
    kinds = {c.kind: c for c in g.conflicts}
    assert set(kinds) == {"speaker", "relays"}
    assert kinds["speaker"].values == ("Lena Park", "Park", "Omar Haddad")
    assert kinds["relays"].values == ("Harbour Agency", "Coast Wire")
    assert json.loads(json.dumps(g.to_dict()))["conflicts"][0]["kind"] == "speaker"


def test_no_conflict_when_speakers_agree() -> None:
    (g,) = quoteattr.align([_ex("a", (STATEMENT, "Lena Park")), _ex("b", (STATEMENT, "Park"))])
    assert g.conflicts == ()


def test_groups_within_one_article() -> None:
    text = (
        'The minister called the talks "tough, forthright" on Monday. '
        '"The talks were tough, forthright, and useful for both sides," the minister said.'
    )
    (g,) = quoteattr.align([("only", text)])
    assert next(v.quote.text for v in g.variants) == "tough, forthright"
    assert g.fullest.quote.text.startswith("The talks were")


def test_unrelated_quotes_make_no_group() -> None:
    assert quoteattr.align([("a", '"We will build a bridge," he said.'), ("b", '"Fish prices fell," she said.')]) == []


def test_accepts_articles_pairs_texts_and_extractions() -> None:
    text = f'"{STATEMENT}," he said.'
    groups = quoteattr.align([quoteattr.Article(text, id="art"), ("pair", text), text, quoteattr.extract(text)])
    (g,) = groups
    assert [v.doc_id for v in g.variants] == ["art", "pair", "#2", "#3"]


def test_bad_input_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match="align"):
        quoteattr.align([42])  # type: ignore[list-item]


def _corpus() -> list[Extraction]:
    base = [
        "The harbour will stay open through the winter and no ferry route will be cut",
        "We have reached an agreement on fishing quotas and the details will follow next week",
        "The details will follow next week once the lawyers have read every page",
        "Our budget for roads grows by 4 percent and schools get three new buildings",
    ]
    docs = []
    for d in range(6):
        quotes = []
        for i, s in enumerate(base):
            if (d + i) % 3 == 0:
                quotes.append((s, None))
            elif (d + i) % 3 == 1:
                quotes.append((s.replace("harbour", "harbor").replace("4", "5"), None))
            else:
                quotes.append((" ".join(s.split()[2:9]), None))
        quotes.append(("tough", None))
        docs.append(_ex(f"doc{d}", *quotes))
    return docs


def test_distributed_api_gives_the_serial_result() -> None:
    docs = _corpus()
    serial = quoteattr.align(docs)
    cfg = AlignConfig()
    # map: records per document; emit (key, record); shuffle as a cluster would
    recs = [r for pos, ex in enumerate(docs) for r in records_for(pos, ex, cfg)]
    emitted = [(k, r) for r in recs for k in blocking_keys(r, cfg)]
    random.Random(7).shuffle(emitted)
    blocks: dict[str, list[object]] = {}
    for k, r in emitted:
        blocks.setdefault(k, []).append(r)
    edges = [e for k, members in blocks.items() for e in score_block(k, members, cfg)]  # type: ignore[arg-type]
    random.Random(8).shuffle(edges)
    named = {x for e in edges for x in (e.a, e.b)}
    distributed = [build_group(g) for g in link([r for r in recs if r.rid in named], edges + edges[:5])]
    assert distributed == serial
    assert len(serial) >= 3


def test_result_does_not_depend_on_record_order() -> None:
    recs = [r for pos, ex in enumerate(_corpus()) for r in records_for(pos, ex)]
    shuffled = recs[:]
    random.Random(3).shuffle(shuffled)
    assert align_records(shuffled) == align_records(recs)


def test_large_common_shingle_block_stays_linear() -> None:
    # 400 distinct quotes sharing one phrase: the block is scanned by windows, not all pairs
    quotes = [(f"we are ready to talk about topic{i} and item{i} soon", None) for i in range(400)]
    recs = records_for(0, _ex("big", *quotes))
    blocks: dict[str, list[object]] = {}
    for r in recs:
        for k in blocking_keys(r):
            blocks.setdefault(k, []).append(r)
    from quoteattr.align import block_pairs

    n_pairs = sum(1 for k, m in blocks.items() for _ in block_pairs(k, m))  # type: ignore[arg-type]
    assert n_pairs < 400 * 400 / 4
