"""Attribution: golden fixtures for every pattern, credits, rules from Config, and pathological inputs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import quoteattr
from quoteattr.attribution.rules import RULES, rules_for

FIXTURES = Path(__file__).parent / "fixtures"
CASES: list[dict[str, Any]] = json.loads((FIXTURES / "attribution.json").read_text(encoding="utf-8"))
CREDITS: list[dict[str, Any]] = json.loads((FIXTURES / "credits.json").read_text(encoding="utf-8"))


def _quote(ex: quoteattr.Extraction, words: str) -> quoteattr.Quote:
    found = [q for q in ex if q.text == words]
    assert found, f"no quote {words!r} in {[q.text for q in ex]}"
    return found[0]


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_attribution_fixture(case: dict[str, Any]) -> None:
    ex = quoteattr.extract(case["text"])
    for want in case["expect"]:
        q = _quote(ex, want["quote"])
        if want["speaker"] is None:
            assert q.speaker is None or q.confidence < 0.5, q
            if "rule" in want:
                assert q.rule == want["rule"]
            if "relays" in want:  # an unnamed source keeps the agency it spoke to
                assert [r.name for r in q.relays] == want["relays"]
            continue
        assert q.speaker is not None, f"{case['label']}: no speaker for {q.text!r}"
        assert q.speaker.name == want["speaker"], (q.speaker, q.rule)
        assert case["text"][q.speaker.start : q.speaker.end] == q.speaker.mention
        if "mention" in want:
            assert q.speaker.mention == want["mention"]
        if "relays" in want:
            assert [r.name for r in q.relays] == want["relays"]
        for r in q.relays:  # a relay's words, when it has them, index the caller's text
            if r.start is not None and r.end is not None:
                assert case["text"][r.start : r.end] == r.mention
        if "rule" in want:
            assert q.rule == want["rule"]
        if "kind" in want:
            assert str(q.kind) == want["kind"]
        if "speaker_kind" in want:
            assert q.speaker.kind == want["speaker_kind"]
        if "max_confidence" in want:
            assert q.confidence <= want["max_confidence"]
        for name in want.get("not_speaker", ()):
            assert name not in q.speaker.name
        assert 0.0 < q.confidence <= 1.0
        assert q.cue is not None
        assert case["text"][q.cue.start : q.cue.end]


@pytest.mark.parametrize("case", CREDITS, ids=[c["label"] for c in CREDITS])
def test_credits(case: dict[str, Any]) -> None:
    ex = quoteattr.extract(case["text"])
    assert [r.name for r in ex.credits] == case["credits"]
    for r in ex.credits:
        assert r.start is not None
        assert r.end is not None


def test_credits_are_not_quote_relays() -> None:
    text = 'OSLINGEN (Reuters) - "We are close," Brandt said.'
    ex = quoteattr.extract(text)
    assert [r.name for r in ex.credits] == ["Reuters"]
    assert ex[0].relays == ()


def test_rules_subset_from_config() -> None:
    text = '"We are close," Brandt said.'
    only_dash = quoteattr.Config(rules=("dash",))
    assert quoteattr.extract(text, only_dash)[0].speaker is None
    assert quoteattr.extract(text)[0].speaker is not None


def test_custom_rule_from_config() -> None:
    from quoteattr.attribution.state import Decision
    from quoteattr.mentions import Mention

    def everyone_is_anna(state: Any) -> Decision:
        m = Mention(0, 4, state.text[0:4], "person", 0, 4)
        return Decision("anna", 0.3, m)

    text = 'Anna: "We are close."'
    ex = quoteattr.extract(text, quoteattr.Config(rules=(("anna", everyone_is_anna),)))
    assert ex[0].rule == "anna"
    assert ex[0].speaker is not None
    assert ex[0].speaker.name == "Anna"


def test_unknown_rule_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown attribution rule 'nope'"):
        rules_for(["nope"])
    assert list(RULES)[:3] == ["title_of_work", "scare_quote", "as_saying"]


def test_extra_relay_through_config() -> None:
    from quoteattr.lexicon.relays import DEFAULT_RELAYS, RelayEntry

    text = '"The fleet stays in port," Kovalenko told the Nordpress agency.'
    cfg = quoteattr.Config(relays=(*DEFAULT_RELAYS, RelayEntry("Nordpress", ("Nordpress agency",), country="NL")))
    assert [r.name for r in quoteattr.extract(text, cfg)[0].relays] == ["Nordpress"]
    assert [r.name for r in quoteattr.extract(text)[0].relays] == []


def test_min_confidence_drops_thin_speakers() -> None:
    text = '"The bridge is unsafe," a city engineer said.'
    assert quoteattr.extract(text)[0].speaker is not None
    assert quoteattr.extract(text, quoteattr.Config(min_confidence=0.95))[0].speaker is None


def test_to_dict_carries_attribution() -> None:
    text = '"The dialog was difficult," RIA quoted Kovalenko as saying.'
    d = quoteattr.extract(text).to_dict()
    q = d["quotes"][0]
    assert q["speaker"]["name"] == "Kovalenko"
    assert q["relays"][0]["name"] == "RIA"
    assert q["cue"]["text"] == "quoted ... as saying"
    assert json.loads(json.dumps(d)) == d
