"""The relay chain of one attribution: who carried the words between speaker and article.

Patterns, read in the attribution clause around the cue:

* ``AGENCY quoted|reported|cited X as saying`` -> AGENCY
* ``X was quoted by AGENCY as saying`` -> AGENCY
* ``X told AGENCY`` / ``X told Russian news agencies`` (a relay without a name)
* ``X said, according to AGENCY`` -> AGENCY
* ``X said in a statement`` -> X's organization, when the article gives it
  ("the department's spokeswoman" -> State Department)
* ``..., citing a Kremlin statement`` -> Kremlin, nearer the speaker than the
  agency that cites it

The chain is ordered nearest the speaker first.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..lexicon.relays import UNNAMED_RELAY_NOUNS, RelayEntry
from ..mentions import Mention, Token
from ..model import Relay
from .state import QuoteState

__all__ = ["relays_for", "org_relay", "relay_of"]

_STATEMENT_WORDS = frozenset({"statement", "release", "communique", "communiqué", "readout", "briefing"})
_REPORT_VERBS = frozenset({"reported", "reports", "said", "says", "wrote", "quoted", "added"})


def relay_of(entry: RelayEntry, start: int | None = None, end: int | None = None, mention: str | None = None) -> Relay:
    """A :class:`Relay` for a registry entry named at ``start:end``."""
    return Relay(entry.name, entry.kind, mention, start, end, entry.country)


def org_relay(state: QuoteState, org: str, phrase: tuple[int, int]) -> Relay | None:
    """The relay for an organization named in a speaker phrase, resolved through the registry.

    ``phrase`` is the speaker phrase's span: the organization's words are found
    there, so the relay's ``mention`` and offsets index the caller's text.
    """
    relays = state.ctx.relays
    text = state.text
    lo, hi = phrase
    at = text.lower().find(org.lower(), lo, hi) if org else -1
    start, end = (at, at + len(org)) if at >= 0 else (None, None)
    mention = text[start:end] if start is not None and end is not None else None
    entry = relays.lookup(org)
    if entry is None:
        low = org.lower()
        generic = next((g for g in state.tables.generic_org_nouns if low == g or low == "the " + g), None)
        if generic is not None:
            entry = relays.last_before(lo, generic)
            if entry is None:  # "the commission's spokeswoman": an office the registry does not name
                words = org if low.startswith("the ") else "the " + org
                return Relay(words, "official", mention, start, end, None, named=False)
    if entry is not None:
        return relay_of(entry, start, end, mention)
    if org[:1].isupper():
        return Relay(org, "official", mention, start, end, None)
    return None


def _hit_at(state: QuoteState, start: int, end: int) -> tuple[RelayEntry, int, int] | None:
    hits = state.ctx.relays.within(start, end)
    if not hits:
        return None
    h = hits[0]
    return h.entry, h.start, h.end


def _unnamed_after(state: QuoteState, toks: Sequence[Token], k: int) -> tuple[Relay, int] | None:
    """``Russian news agencies`` starting at token ``k`` (up to two qualifying words first)."""
    text = state.text
    for skip in range(3):
        if k + skip >= len(toks):
            return None
        start = toks[k].start
        rest = text[toks[k + skip].start : toks[k + skip].start + 40].lower()
        for noun in UNNAMED_RELAY_NOUNS:
            if rest.startswith(noun.lower()):
                end = toks[k + skip].start + len(noun)
                words = text[start:end]
                return Relay(words, "agency", words, start, end, None, named=False), end
    return None


def relays_for(
    state: QuoteState, toks: Sequence[Token], cue_idx: Sequence[int], speaker: Mention
) -> tuple[list[Relay], int]:
    """The relay chain of an attribution whose cue is at ``cue_idx`` in ``toks``, and where it ends."""
    chain: list[Relay] = []
    last_end = 0
    if not cue_idx or not toks:
        return chain, last_end
    first_cue = toks[cue_idx[0]]
    low_cue = first_cue.low
    # AGENCY quoted X as saying: the agency stands right before the verb
    if low_cue in state.ctx.config.as_saying_verbs or (
        len(cue_idx) > 1 and toks[cue_idx[1]].low in ("quoted", "cited")
    ):
        verb = toks[cue_idx[0]] if low_cue in state.ctx.config.as_saying_verbs else toks[cue_idx[1]]
        window_start = toks[0].start
        hits = state.ctx.relays.within(max(window_start, verb.start - 60), verb.start)
        if hits:
            h = hits[-1]
            chain.append(relay_of(h.entry, h.start, h.end, state.text[h.start : h.end]))
        else:
            by = _by_agency(state, toks, cue_idx)
            if by is not None:
                chain.append(by)
    # the clause after the cue: told AGENCY, in a statement, according to AGENCY, citing X
    last = cue_idx[-1]
    span_end = min(len(toks), last + 14)
    k = last + 1
    statement = False
    while k < span_end:
        tok = toks[k]
        if tok.text in (".", ";") or (tok.text == '"' and k > last + 1):
            break
        if low_cue in ("told", "tells", "telling") and k == last + 1:
            hit = _hit_at(state, tok.start, min(toks[-1].end, tok.start + 60))
            if hit is not None and hit[1] - tok.start <= 25 and hit[0].kind == "agency":
                chain.append(relay_of(hit[0], hit[1], hit[2], state.text[hit[1] : hit[2]]))
                last_end = hit[2]
            else:
                unnamed = _unnamed_after(state, toks, k)
                if unnamed is not None:
                    chain.append(unnamed[0])
                    last_end = unnamed[1]
        if tok.low in _STATEMENT_WORDS and not statement:
            statement = True
            last_end = max(last_end, tok.end)
        if tok.low == "according" and k + 1 < len(toks) and toks[k + 1].low == "to":
            hit = _hit_at(state, toks[k + 1].end, min(toks[-1].end, toks[k + 1].end + 40))
            if hit is not None:
                chain.append(relay_of(hit[0], hit[1], hit[2], state.text[hit[1] : hit[2]]))
                last_end = hit[2]
        if tok.low in _REPORT_VERBS and k > last + 1:
            hit = _hit_at(state, toks[max(last + 1, k - 4)].start, tok.start)
            if hit is not None and hit[0].kind == "agency":  # "..., TASS reported"
                chain.append(relay_of(hit[0], hit[1], hit[2], state.text[hit[1] : hit[2]]))
                last_end = tok.end
        if tok.low in ("citing", "cited"):
            hit = _hit_at(state, tok.end, min(toks[-1].end, tok.end + 40))
            if hit is not None:
                chain.insert(0, relay_of(hit[0], hit[1], hit[2], state.text[hit[1] : hit[2]]))
                last_end = hit[2]
        k += 1
    if statement and speaker.kind != "organization" and speaker.org:
        relay = org_relay(state, speaker.org, (speaker.phrase_start, speaker.phrase_end))
        if relay is not None:
            chain.insert(0, relay)
    # drop a relay that is the speaker itself, and repeats
    seen: set[str] = set()
    out = []
    speaker_entry = state.ctx.relays.lookup((speaker.refers_to or speaker).text)  # "the agency, which said"
    for r in chain:
        if r.name in seen or (speaker_entry is not None and r.name == speaker_entry.name):
            continue
        seen.add(r.name)
        out.append(r)
    return out, last_end


def _by_agency(state: QuoteState, toks: Sequence[Token], cue_idx: Sequence[int]) -> Relay | None:
    """``X was quoted by AGENCY as saying``."""
    for k in cue_idx:
        if k + 1 < len(toks) and toks[k + 1].low == "by":
            hit = _hit_at(state, toks[k + 1].end, min(toks[-1].end, toks[k + 1].end + 40))
            if hit is not None:
                return relay_of(hit[0], hit[1], hit[2], state.text[hit[1] : hit[2]])
    return None
