"""compare(): every op label and every verdict on sentences written for these tests."""

from __future__ import annotations

import pytest

import quoteattr
from quoteattr.compare import OP_KINDS, VERDICTS, compare, tokenize

# (label, a, b, op kinds expected among the ops, verdict)
CASES = [
    ("identical", "The harbour talks went well.", "The harbour talks went well.", set(), "identical"),
    ("whitespace only", "The talks\n\nwent well.", "The talks went well.", set(), "identical"),
    ("spelling table", "the dialogue on fishing was hard", "the dialog on fishing was hard", {"spelling"}, "cosmetic"),
    (
        "spelling suffix",
        "we recognise the colour of money",
        "we recognize the color of money",
        {"spelling"},
        "cosmetic",
    ),
    ("spelling edit rule", "the delegates travelled far", "the delegates traveled far", {"spelling"}, "cosmetic"),
    ("spelling diacritics", "we met Señora Alvarez", "we met Senora Alvarez", {"spelling"}, "cosmetic"),
    ("contraction", "we won't sign it", "we will not sign it", {"spelling"}, "cosmetic"),
    ("acronym", "talks with the EU on fish", "talks with the E.U. on fish", {"acronym"}, "cosmetic"),
    ("spacing join", "the vice Chair spoke first", "the vicechair spoke first", {"spacing"}, "cosmetic"),
    ("spacing hyphen", "a long-term plan for ports", "a longterm plan for ports", {"spacing"}, "cosmetic"),
    ("case", "The Port Will Open soon", "The port will open soon", {"case"}, "cosmetic"),
    ("punctuation", "we agreed, and we left.", "we agreed; and we left!", {"punctuation"}, "cosmetic"),
    ("insertion", "the ferry will run daily", "the ferry will surely run daily", {"insertion"}, "altered"),
    ("deletion", "the ferry will surely run daily", "the ferry will run daily", {"deletion"}, "altered"),
    ("substitution", "the ferry will run daily", "the ferry will sail daily", {"substitution"}, "altered"),
    ("negation dropped", "the ferry will not run daily", "the ferry will run daily", {"negation"}, "meaning-changed"),
    ("negation n't", "the ferry does run daily", "the ferry doesn't run daily", {"negation"}, "meaning-changed"),
    (
        "negation swapped",
        "the ferry never runs on time",
        "the ferry always runs on time",
        {"negation"},
        "meaning-changed",
    ),
    (
        "number figure",
        "fares rise by 4 percent this year",
        "fares rise by 7 percent this year",
        {"number"},
        "meaning-changed",
    ),
    (
        "number word",
        "we have three ferries in service",
        "we have five ferries in service",
        {"number"},
        "meaning-changed",
    ),
    (
        "name",
        "the mayor met Captain Ortiz at noon",
        "the mayor met Captain Lindqvist at noon",
        {"substitution"},
        "meaning-changed",
    ),
    ("truncation start", "As I said, the ferry will run daily", "the ferry will run daily", {"truncation"}, "partial"),
    ("truncation end", "the ferry will run daily from May", "the ferry will run daily", {"truncation"}, "partial"),
    (
        "ellipsis",
        "the ferry will run daily from May to June",
        "the ferry will run ... to June",
        {"ellipsis"},
        "partial",
    ),
]


@pytest.mark.parametrize(("label", "a", "b", "kinds", "verdict"), CASES, ids=[c[0] for c in CASES])
def test_labels_and_verdicts(label: str, a: str, b: str, kinds: set[str], verdict: str) -> None:
    d = compare(a, b)
    assert {op.kind for op in d.ops} == kinds, (label, d.ops)
    assert d.verdict == verdict


def test_every_label_and_verdict_is_covered() -> None:
    assert {k for c in CASES for k in c[3]} == set(OP_KINDS)
    assert {c[4] for c in CASES} == set(VERDICTS)


@pytest.mark.parametrize(("label", "a", "b", "kinds", "verdict"), CASES, ids=[c[0] for c in CASES])
def test_offsets_index_each_input(label: str, a: str, b: str, kinds: set[str], verdict: str) -> None:
    for op in compare(a, b).ops:
        assert a[op.a_start : op.a_end] == op.a_text
        assert b[op.b_start : op.b_end] == op.b_text


def test_name_substitution_is_flagged() -> None:
    (op,) = compare("we thank Minister Okafor today", "we thank Minister Brandt today").ops
    assert (op.kind, op.detail, op.a_text, op.b_text) == ("substitution", "name", "Okafor", "Brandt")
    assert op.changes_meaning


def test_sentence_initial_capital_is_not_a_name() -> None:
    d = compare("Ferries run daily. Buses run hourly.", "Ferries run daily. Trams run hourly.")
    assert d.verdict == "altered"


def test_ops_carry_words_of_both_sides() -> None:
    (op,) = compare("the dialogue was hard", "the dialog was hard").ops
    assert (op.a_text, op.b_text, op.a_start, op.a_end, op.b_start, op.b_end) == ("dialogue", "dialog", 4, 12, 4, 10)


def test_quotes_are_accepted_and_offsets_index_their_text() -> None:
    text = 'She said "the ferry will not run" and left. Later: "the ferry will run".'
    q1, q2 = quoteattr.extract(text).quotes
    d = compare(q1, q2)
    assert d.verdict == "meaning-changed"
    assert q1.text[d.ops[0].a_start : d.ops[0].a_end] == "not"


def test_bad_input_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match="strings or Quotes"):
        compare("a", 3)  # type: ignore[arg-type]


def test_to_dict_is_plain_json() -> None:
    import json

    d = compare("the dialogue was hard", "the dialog was not hard")
    back = json.loads(json.dumps(d.to_dict()))
    assert back["verdict"] == "meaning-changed"
    assert {op["kind"] for op in back["ops"]} == {"spelling", "negation"}


def test_result_is_frozen_and_compares_by_value() -> None:
    import attrs

    d = compare("a b c", "a b d")
    assert d == compare("a b c", "a b d")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        d.verdict = "identical"  # type: ignore[misc]


def test_tokenize_keeps_offsets() -> None:
    t = tokenize("Don’t stop—U.S. ports, 2,500 ships.")
    assert [t.raw(i) for i in range(len(t))] == ["Don’t", "stop", "U.S.", "ports", "2,500", "ships"]
    assert t.keys == ("don't", "stop", "us", "ports", "2,500", "ships")


def test_long_inputs_stay_fast_enough() -> None:
    # pathological size: 20k words each side, one change in the middle; bound is generous
    import time

    words = " ".join(f"w{i % 997}" for i in range(20_000))
    other = words.replace(" w500 ", " not w500 ", 1)
    t0 = time.perf_counter()
    d = compare(words, other)
    assert time.perf_counter() - t0 < 10
    assert d.verdict == "meaning-changed"


def test_a_split_word_keeps_a_high_similarity() -> None:
    d = compare("the under Secretary stressed", "the undersecretary stressed")
    assert d.verdict == "cosmetic"
    assert d.similarity >= 95
