"""Scoring candidate pairs, linking them into groups, and the group results.

Scoring (:func:`score_wording`) looks at the normalized word lists of two
records, the shorter one ``s`` and the longer one ``long``:

1. *guard*: a tiny ``s`` (see :class:`AlignConfig`) needs its own article with
   the speaker agreeing or unknown, or two known agreeing speakers; a short
   ``s`` needs the speakers to agree or one to be unknown;
2. *fragment*: ``s`` is strictly shorter and its words match a contiguous run
   of ``long`` exactly (any ``s``), or within ``fragment_edits`` word
   insertions/deletions (a substitution counts 2) for an ``s`` of at least
   twice ``short_words`` words that is at most 90 % of ``long``;
3. *variant*: the Indel similarity of the whole word lists is at least
   ``variant_threshold``, or the lists differ by at most ``variant_edits``
   words with a similarity of at least ``variant_floor`` (tiny and short ``s``
   must have the same words).

Linking (:func:`link`) is done in two steps so that a fragment never glues two
statements together: variant edges are joined transitively into *statements*;
then each statement that is a fragment of a longer statement attaches to the
one it best belongs to (highest fragment score, then known agreeing speaker,
then same article, then the earliest), and follows that statement's own
attachment to the root.  Two statements that share a fragment stay apart.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Sequence

import attrs
from rapidfuzz.distance import Indel, Levenshtein

from ..compare import VERDICTS, WordingDiff, diff_tokens
from ..model import Quote, Relay, _Plain
from .index import block_pairs
from .records import DEFAULT_ALIGN_CONFIG, AlignConfig, PairScorer, Record, same_speaker

__all__ = [
    "Claim",
    "Conflict",
    "DEFAULT_SCORERS",
    "Edge",
    "QuoteGroup",
    "Variant",
    "build_group",
    "find_conflicts",
    "link",
    "score_block",
    "score_pair",
    "score_pairs",
    "score_wording",
]

Rid = tuple[int, int]


@attrs.frozen(slots=True, order=True)
class Edge:
    """A scored candidate pair.  ``kind`` "variant": two renderings of one statement;
    "fragment": ``a`` is a contiguous part of ``b`` (``a`` the shorter).  ``score``:
    0..100, the similarity that decided.  ``agree``: both speakers known and agreeing.
    ``same_doc``: both in one article."""

    a: Rid
    b: Rid
    kind: str
    score: float
    agree: bool = False
    same_doc: bool = False


# --------------------------------------------------------------------------- scoring


def _speakers_compatible(s: Record, long: Record) -> bool:
    return s.speaker is None or long.speaker is None or same_speaker(s.speaker, long.speaker)


def guard(s: Record, long: Record, config: AlignConfig) -> bool:
    """Whether the shorter record ``s`` may join ``long`` at all (see the module docstring)."""
    if s.tiny:
        if s.doc_id == long.doc_id:
            return _speakers_compatible(s, long)
        return same_speaker(s.speaker, long.speaker)
    if len(s.keys) < config.short_words:
        return _speakers_compatible(s, long)
    return True


def contiguous_run(short: Sequence[str], long: Sequence[str]) -> bool:
    """Whether ``short`` occurs as a contiguous run of ``long``.

    >>> contiguous_run(("b", "c"), ("a", "b", "c")), contiguous_run(("a", "c"), ("a", "b", "c"))
    (True, False)
    """
    n = len(short)
    if n == 0 or n > len(long):
        return False
    first = short[0]
    return any(long[i] == first and tuple(long[i : i + n]) == tuple(short) for i in range(len(long) - n + 1))


def run_distance(short: Sequence[str], long: Sequence[str]) -> int:
    """Words to insert or delete (a substitution counts 2) to turn ``short`` into the run of
    ``long`` it aligns with, from its first to its last aligned word (``len(short)`` if none)."""
    first = last = None
    for op in Levenshtein.opcodes(short, long):
        if op.tag == "equal":
            first = op.dest_start if first is None else first
            last = op.dest_end
    if first is None or last is None:
        return len(short)
    return int(Indel.distance(short, long[first:last]))


def score_wording(a: Record, b: Record, config: AlignConfig) -> Edge | None:
    """The default scorer: fragment or variant by wording (see the module docstring)."""
    s, long = (a, b) if (len(a.keys), a.rid) <= (len(b.keys), b.rid) else (b, a)
    ns, nl = len(s.keys), len(long.keys)
    if not guard(s, long, config):
        return None
    dist = Indel.distance(s.keys, long.keys)
    common = (ns + nl - dist) // 2  # longest common subsequence, in words
    strict = s.tiny or ns < config.short_words
    if ns < nl and common == ns and contiguous_run(s.keys, long.keys):
        return Edge(s.rid, long.rid, "fragment", 100.0, same_speaker(s.speaker, long.speaker), s.doc_id == long.doc_id)
    if (
        ns < nl
        and ns >= 2 * config.short_words
        and ns <= 0.9 * nl
        and common >= ns - config.fragment_edits
        and run_distance(s.keys, long.keys) <= config.fragment_edits
    ):
        score = round(100.0 * (1 - config.fragment_edits / (2 * ns)), 1)
        return Edge(s.rid, long.rid, "fragment", score, same_speaker(s.speaker, long.speaker), s.doc_id == long.doc_id)
    sim = 100.0 * (1 - dist / (ns + nl))
    if strict:
        ok = dist == 0
    else:
        ok = sim >= config.variant_threshold or (dist <= config.variant_edits and sim >= config.variant_floor)
    if ok:
        a_rid, b_rid = (a.rid, b.rid) if a.rid < b.rid else (b.rid, a.rid)
        return Edge(
            a_rid, b_rid, "variant", round(sim, 1), same_speaker(s.speaker, long.speaker), s.doc_id == long.doc_id
        )
    return None


#: The pair scorers used when ``AlignConfig.scorers`` is None.  Extension point:
#: the later direct-quote-versus-paraphrase stage adds a scorer for pairs where
#: one side is reported speech (kind "indirect", added to ``AlignConfig.kinds``),
#: returning a "variant" or "fragment" Edge like this one does.
DEFAULT_SCORERS: tuple[PairScorer, ...] = (score_wording,)


def score_pair(a: Record, b: Record, config: AlignConfig | None = None) -> Edge | None:
    """The first Edge any scorer gives for ``a`` and ``b``, or None."""
    cfg = config or DEFAULT_ALIGN_CONFIG
    for scorer in cfg.scorers or DEFAULT_SCORERS:
        edge = scorer(a, b, cfg)
        if edge is not None:
            return edge
    return None


def score_pairs(pairs: Iterable[tuple[Record, Record]], config: AlignConfig | None = None) -> list[Edge]:
    """The edges of the given candidate pairs."""
    cfg = config or DEFAULT_ALIGN_CONFIG
    out = []
    for a, b in pairs:
        edge = score_pair(a, b, cfg)
        if edge is not None:
            out.append(edge)
    return out


def score_block(key: str, members: Sequence[Record], config: AlignConfig | None = None) -> list[Edge]:
    """The edges of one block: every pair :func:`~quoteattr.align.index.block_pairs` proposes, scored."""
    out = []
    for a, b in block_pairs(key, members, config):
        edge = score_pair(a, b, config)
        if edge is not None:
            out.append(edge)
    return out


# --------------------------------------------------------------------------- linking


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[Rid, Rid] = {}

    def find(self, x: Rid) -> Rid:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while self.parent.get(x, x) != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, x: Rid, y: Rid) -> None:
        rx, ry = self.find(x), self.find(y)
        if rx != ry:
            lo, hi = (rx, ry) if rx < ry else (ry, rx)
            self.parent[hi] = lo


def link(records: Iterable[Record], edges: Iterable[Edge]) -> list[tuple[Record, ...]]:
    """Groups of two or more records from scored edges, each group and the list in ``rid`` order.

    Only the records named by an edge matter; others may be passed and are
    ignored.  The result depends on the set of edges, not their order.
    """
    by_rid = {r.rid: r for r in records}
    unique = sorted(set(edges), key=lambda e: (e.a, e.b, e.kind, e.score))
    uf = _UnionFind()
    for e in unique:
        if e.kind == "variant":
            uf.union(e.a, e.b)
    members: dict[Rid, list[Rid]] = defaultdict(list)
    for rid in sorted({x for e in unique for x in (e.a, e.b)}):
        members[uf.find(rid)].append(rid)

    sizes = {
        stmt: (max(len(by_rid[r].keys) for r in rids), (-stmt[0], -stmt[1]))  # on a tie the earlier is "larger"
        for stmt, rids in members.items()
    }

    best: dict[Rid, tuple[tuple[float, bool, bool, Rid], Rid]] = {}
    for e in unique:
        if e.kind != "fragment":
            continue
        child, parent = uf.find(e.a), uf.find(e.b)
        if child == parent or not sizes[parent] > sizes[child]:
            continue
        rank = (e.score, e.agree, e.same_doc, (-parent[0], -parent[1]))
        if child not in best or rank > best[child][0]:
            best[child] = (rank, parent)

    def root(stmt: Rid) -> Rid:
        seen = 0
        while stmt in best and seen <= len(best):
            stmt = best[stmt][1]
            seen += 1
        return stmt

    grouped: dict[Rid, list[Rid]] = defaultdict(list)
    for stmt, rids in members.items():
        grouped[root(stmt)].extend(rids)
    groups = [tuple(by_rid[r] for r in sorted(rids)) for rids in grouped.values() if len(rids) >= 2]
    groups.sort(key=lambda g: g[0].rid)
    return groups


# --------------------------------------------------------------------------- results


@attrs.frozen(slots=True)
class Variant(_Plain):
    """One rendering of a statement: the article it is in and the quote.

    ``outlet`` and ``credits`` (wires credited for the whole article) complete
    the provenance chain speaker -> relays -> credits -> outlet.
    """

    doc_id: str
    quote: Quote
    outlet: str | None = None
    credits: tuple[Relay, ...] = ()


@attrs.frozen(slots=True)
class Claim(_Plain):
    """What one variant says: ``variant`` indexes ``QuoteGroup.variants``; ``value`` is a
    speaker name or a relay chain joined with " <- " (nearest the speaker first)."""

    variant: int
    doc_id: str
    value: str


@attrs.frozen(slots=True)
class Conflict(_Plain):
    """Variants of one statement that disagree: ``kind`` "speaker" or "relays"; one claim
    per variant that names one (variants that name none do not conflict)."""

    kind: str
    claims: tuple[Claim, ...]

    @property
    def values(self) -> tuple[str, ...]:
        """The distinct values claimed, in variant order."""
        return tuple(dict.fromkeys(c.value for c in self.claims))


@attrs.frozen(slots=True)
class QuoteGroup(_Plain):
    """Two or more renderings of one statement.

    ``variants``: in input order (document, then quote position).
    ``fullest``: the rendering with the most words (the earliest on a tie),
    ``variants[fullest_index]``.  ``differences[i]``: how ``variants[i]``
    differs from the fullest (``a`` = fullest, ``b`` = the variant).
    ``conflicts``: speaker or relay disagreements.  ``verdict``: the most
    serious verdict among the differences.
    """

    variants: tuple[Variant, ...]
    fullest: Variant
    fullest_index: int
    differences: tuple[WordingDiff, ...]
    conflicts: tuple[Conflict, ...]
    verdict: str

    @property
    def doc_ids(self) -> tuple[str, ...]:
        """The distinct articles of the group, in order."""
        return tuple(dict.fromkeys(v.doc_id for v in self.variants))


def _conflict(kind: str, claims: list[Claim]) -> Conflict | None:
    if kind == "speaker":
        keys = [" ".join(c.value.lower().split()) for c in claims]
        if all(same_speaker(x, y) for x, y in itertools.combinations(keys, 2)):
            return None
    elif len({c.value for c in claims}) < 2:
        return None
    return Conflict(kind, tuple(claims))


#: Speaker kinds that name somebody (pronouns, descriptions and groups do not).
_NAMED_KINDS = frozenset({"person", "organization"})


def find_conflicts(variants: Sequence[Variant]) -> tuple[Conflict, ...]:
    """Speaker and relay disagreements among variants that name one.

    Only resolved speakers (a person or an organization) count: an unresolved
    "he" or "a city engineer" does not contradict a name.
    """
    speakers = [
        Claim(i, v.doc_id, v.quote.speaker.name)
        for i, v in enumerate(variants)
        if v.quote.speaker is not None and v.quote.speaker.kind in _NAMED_KINDS
    ]
    relays = [
        Claim(i, v.doc_id, " <- ".join(r.name for r in v.quote.relays))
        for i, v in enumerate(variants)
        if v.quote.relays
    ]
    out = [c for c in (_conflict("speaker", speakers), _conflict("relays", relays)) if c is not None]
    return tuple(out)


def build_group(records: Sequence[Record]) -> QuoteGroup:
    """The QuoteGroup of linked records (in ``rid`` order): fullest, differences, conflicts."""
    fullest = max(range(len(records)), key=lambda i: (len(records[i].keys), -i))
    base = records[fullest].tokens
    diffs = tuple(diff_tokens(base, r.tokens) for r in records)
    variants = tuple(Variant(r.doc_id, r.quote, r.outlet, r.credits) for r in records)
    verdict = max((d.verdict for d in diffs), key=VERDICTS.index)
    return QuoteGroup(variants, variants[fullest], fullest, diffs, find_conflicts(variants), verdict)
