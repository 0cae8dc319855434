"""Score quote finding and attribution on the seeds and on PolNeAR dev; write docs/accuracy.md.

    python benchmarks/accuracy.py                 # print the table
    python benchmarks/accuracy.py --write         # also rewrite docs/accuracy.md
    python benchmarks/accuracy.py --errors 40     # list remaining errors by cause

It reads ``../shared`` beside the repository (measuring data that never enters
the repository) and scores the way the project's outside checks do:

* a predicted quote matches a gold one when both spans, with spaces,
  punctuation and quote marks trimmed from their ends, are equal;
* seeds: the speaker is right when the gold surname is a word of the
  predicted name (or the names are equal); relays compare as sets of names,
  leaving out the speaker's own name;
* PolNeAR: gold quotes are the quoted parts of annotated attributions; the
  speaker is right when the predicted mention overlaps the annotated Source;
* a gold quote with no speaker is right when nothing, or a speaker under 0.5
  confidence, is predicted;
* attribution precision counts every predicted quote that has a speaker,
  recall every gold quote that has one.
"""

from __future__ import annotations

import argparse
import collections
import glob
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import quoteattr

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TRIM_CHARS = frozenset(" \t\n\r,.;:!?\"'“”‘’«»„‹›—–-…")
QUOTE_OPEN = {"“": "”", "«": "»", "„": "“", "‘": "’", "‹": "›", '"': '"'}


def trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in TRIM_CHARS:
        s += 1
    while e > s and text[e - 1] in TRIM_CHARS:
        e -= 1
    return s, e


def norm_name(name: str | None) -> str:
    if not name:
        return ""
    return " ".join(name.lower().replace(".", "").replace("dept", "department").split())


def quoted_parts(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The spans between quote marks inside ``text[s:e]`` (an annotated Content)."""
    found: list[tuple[int, int]] = []
    start: int | None = None
    closer = ""
    for i in range(s, e):
        ch = text[i]
        if start is None:
            if ch in QUOTE_OPEN and not (ch == "‘" and i > 0 and text[i - 1].isalnum()):
                start, closer = i + 1, QUOTE_OPEN[ch]
            continue
        same_family = {closer, ch} <= {"”", '"'}
        if ch == closer or same_family:
            if closer == "’" and i + 1 < len(text) and text[i + 1].isalpha():
                continue
            found.append((start, i))
            start = None
    if start is not None and e > start:
        found.append((start, e))
    out = []
    for a, b in found:
        while a < b and text[a] in " \n\t":
            a += 1
        while b > a and text[b - 1] in " \n\t":
            b -= 1
        if b - a >= 2 and any(c.isalpha() for c in text[a:b]):
            out.append((a, b))
    return out


def load_polnear(split_dir: Path, doubled_apostrophes: bool = False) -> tuple[dict[str, str], list[dict[str, Any]]]:
    """Gold quotes of a PolNeAR split, read like the outside scorer reads them.

    With ``doubled_apostrophes`` the gold reader also takes ``''`` for a quote
    mark (the house style of some archived articles), so the quotes the
    annotators marked inside ``''...''`` count as gold too.  The offsets do not
    change: each ``''`` is read as a mark and a space.
    """
    docs: dict[str, str] = {}
    gold: list[dict[str, Any]] = []
    seen: set[str] = set()
    for ann in sorted(glob.glob(str(split_dir / "attributions" / "*.ann"))):
        name = os.path.basename(ann).rsplit("_", 1)[0]
        if name in seen:
            continue
        seen.add(name)
        doc = name + ".txt"
        text = (split_dir / "text" / doc).read_text(encoding="utf-8")
        docs[doc] = text
        marked = text.replace("''", '" ') if doubled_apostrophes else text
        spans: dict[str, list[tuple[int, int]]] = {}
        events = []
        for line in Path(ann).read_text(encoding="utf-8").splitlines():
            parts = line.rstrip("\n").split("\t")
            if line.startswith("T") and len(parts) >= 2 and " " in parts[1]:
                offs = parts[1].split(" ", 1)[1]
                spans[parts[0]] = [(int(a), int(b)) for a, b in (p.split() for p in offs.split(";"))]
            elif line.startswith("E") and len(parts) >= 2:
                events.append(dict(kv.split(":", 1) for kv in parts[1].split() if ":" in kv))
        for ev in events:
            if "Content" not in ev or ev["Content"] not in spans:
                continue
            src = spans.get(ev.get("Source", ""), [])
            for s, e in spans[ev["Content"]]:
                for a, b in quoted_parts(marked, s, e):
                    gold.append(
                        {"doc": doc, "start": a, "end": b, "sources": src, "speaker": bool(src), "optional": False}
                    )
    return docs, gold


def load_seeds(folder: Path) -> tuple[dict[str, str], list[dict[str, Any]]]:
    lines = (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    gold = [json.loads(line) for line in lines if line.strip()]
    docs = {os.path.basename(p): Path(p).read_text(encoding="utf-8") for p in glob.glob(str(folder / "*.txt"))}
    return docs, gold


#: Marks that the PolNeAR gold reader does not take for quote marks (TeX-style '' ... '').
UNREAD_MARKS = ("''", "``")


def score(
    docs: dict[str, str], gold: list[dict[str, Any]], mode: str, gold_marks_only: bool = False
) -> tuple[dict[str, Any], list[tuple[str, ...]]]:
    """Scores of one set; ``gold_marks_only`` leaves out quotes in marks the gold reader cannot see."""
    preds: dict[str, list[quoteattr.Quote]] = {}
    t0 = time.perf_counter()
    for doc, text in docs.items():
        preds[doc] = list(quoteattr.extract(text))
    seconds = time.perf_counter() - t0
    if gold_marks_only:
        preds = {d: [q for q in qs if not q.marks.startswith(UNREAD_MARKS)] for d, qs in preds.items()}
    used: set[tuple[str, int]] = set()
    tp = fn = spk_ok = spk_n = rel_ok = rel_n = e2e = 0
    errors: list[tuple[str, ...]] = []
    for g in gold:
        text = docs[g["doc"]]
        want = trim(text, g["start"], g["end"])
        hit = next(
            (
                i
                for i, q in enumerate(preds[g["doc"]])
                if (g["doc"], i) not in used and trim(text, q.start, q.end) == want
            ),
            None,
        )
        if hit is None:
            if not g.get("optional"):
                fn += 1
                errors.append(("quote not found", g["doc"], text[want[0] : want[1]][:60]))
            continue
        used.add((g["doc"], hit))
        if g.get("optional"):
            continue
        tp += 1
        q = preds[g["doc"]][hit]
        ok = _speaker_ok(g, q, mode)
        spk_n += 1
        spk_ok += ok
        has_gold_speaker = bool(g.get("speaker"))
        e2e += ok and has_gold_speaker
        if not ok:
            cause = _cause(g, q)
            errors.append((cause, g["doc"], text[want[0] : want[1]][:50]))
        if mode == "name":
            gold_rel = {norm_name(r) for r in g.get("relays", [])} - {norm_name(g.get("speaker"))}
            got_rel = {norm_name(r.name) for r in q.relays} - {norm_name(q.speaker.name if q.speaker else None)}
            rel_n += 1
            rel_ok += gold_rel == got_rel
            if gold_rel != got_rel:
                errors.append(("relays differ", g["doc"], text[want[0] : want[1]][:50]))
    extras = [(d, i) for d, qs in preds.items() for i in range(len(qs)) if (d, i) not in used]
    extra_with_speaker = sum(1 for d, i in extras if preds[d][i].speaker is not None)
    for d, i in extras:
        q = preds[d][i]
        errors.append(("extra quote, " + ("with a speaker" if q.speaker else "no speaker"), d, q.text[:60]))
    attributed = sum(1 for qs in preds.values() for q in qs if q.speaker is not None)
    with_speaker = sum(1 for g in gold if g.get("speaker") and not g.get("optional"))
    pred_n = tp + len(extras)

    def f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    qp, qr = tp / pred_n if pred_n else 0.0, tp / (tp + fn) if tp + fn else 0.0
    ap, ar = e2e / attributed if attributed else 0.0, e2e / with_speaker if with_speaker else 0.0
    chars = sum(len(t) for t in docs.values())
    return {
        "docs": len(docs),
        "gold": tp + fn,
        "pred": pred_n,
        "quote_P": round(qp, 3),
        "quote_R": round(qr, 3),
        "quote_F1": round(f1(qp, qr), 3),
        "extra_with_speaker": extra_with_speaker,
        "speaker_acc": round(spk_ok / spk_n, 3) if spk_n else 0.0,
        "relay_acc": round(rel_ok / rel_n, 3) if rel_n else None,
        "attr_P": round(ap, 3),
        "attr_R": round(ar, 3),
        "attr_F1": round(f1(ap, ar), 3),
        "chars_per_s": round(chars / seconds) if seconds else None,
    }, errors


def _speaker_ok(g: dict[str, Any], q: quoteattr.Quote, mode: str) -> bool:
    if not g.get("speaker"):
        return q.speaker is None or q.confidence < 0.5
    if q.speaker is None:
        return False
    if mode == "span":
        return any(min(q.speaker.end, e) > max(q.speaker.start, s) for s, e in g["sources"])
    want, got = norm_name(g["speaker"]), norm_name(q.speaker.name)
    return want == got or want.split()[-1] in got.split() or got.endswith(want)


def _cause(g: dict[str, Any], q: quoteattr.Quote) -> str:
    if not g.get("speaker"):
        return "speaker given where the gold has none"
    if q.speaker is None:
        return "no attribution pattern matched"
    return f"another speaker chosen (rule {q.rule})"


def score_credits(split: str) -> dict[str, Any]:
    """Article credits against PolNeAR's ``wire`` column (the agency credited, or None)."""
    import csv

    meta = SHARED / "polnear" / "metadata.tsv"
    with meta.open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t") if r["compartment"] == split]
    found = missed = wrong = quiet = 0
    for r in rows:
        text = (SHARED / "polnear" / split / "text" / f"{r['filename']}.txt").read_text(encoding="utf-8")
        got = {c.name.lower() for c in quoteattr.extract(text).credits}
        want = r["wire"].lower() if r["wire"] not in ("None", "NA", "") else None
        if want is None:
            quiet += not got
            wrong += bool(got)
        elif want in got:
            found += 1
        else:
            missed += 1
    return {
        "articles": len(rows),
        "credited": found + missed,
        "found": found,
        "missed": missed,
        "uncredited": quiet + wrong,
        "credit given wrongly": wrong,
    }


def table(rows: dict[str, dict[str, Any]]) -> str:
    cols = ["docs", "gold", "pred", "quote_P", "quote_R", "quote_F1", "speaker_acc", "relay_acc"]
    cols += ["attr_P", "attr_R", "attr_F1", "extra_with_speaker"]
    out = ["| set | " + " | ".join(cols) + " |", "|---|" + "---|" * len(cols)]
    for name, r in rows.items():
        out.append(f"| {name} | " + " | ".join("" if r.get(c) is None else str(r[c]) for c in cols) + " |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", action="store_true", help="rewrite the generated part of docs/accuracy.md")
    ap.add_argument("--errors", type=int, default=0, help="print this many errors of each cause")
    args = ap.parse_args(argv)
    if not SHARED.is_dir():
        print(f"no measuring data at {SHARED}; nothing to score", file=sys.stderr)
        return 0
    rows: dict[str, dict[str, Any]] = {}
    causes: dict[str, collections.Counter[str]] = {}
    all_errors: dict[str, list[tuple[str, ...]]] = {}
    dev = load_polnear(SHARED / "polnear" / "dev")
    sets = [
        ("seeds", load_seeds(SHARED / "seeds"), "name", False),
        ("PolNeAR dev", dev, "span", False),
        ("PolNeAR dev, quotes in marks the gold reads", dev, "span", True),
        ("PolNeAR dev, gold read with '' marks too", load_polnear(SHARED / "polnear" / "dev", True), "span", False),
    ]
    for name, (docs, gold), mode, marks_only in sets:
        rows[name], errors = score(docs, gold, mode, marks_only)
        causes[name] = collections.Counter(e[0] for e in errors)
        all_errors[name] = errors
    print(table(rows))
    credit_rows = {f"PolNeAR {split}": score_credits(split) for split in ("dev", "train")}
    credits_table = "\n".join(
        [
            "| set | " + " | ".join(next(iter(credit_rows.values()))) + " |",
            "|---|" + "---|" * len(next(iter(credit_rows.values()))),
            *(f"| {n} | " + " | ".join(str(v) for v in r.values()) + " |" for n, r in credit_rows.items()),
        ]
    )
    print("\nArticle credits against PolNeAR's wire column:\n" + credits_table)
    for name, counter in causes.items():
        print(f"\n{name}: " + ", ".join(f"{c} {n}" for c, n in counter.most_common()))
        if args.errors:
            by_cause: dict[str, int] = collections.Counter()
            for cause, doc, words in all_errors[name]:
                if by_cause[cause] < args.errors:
                    by_cause[cause] += 1
                    print(f"  {cause}: {doc[:40]} {words!r}")
    if args.write:
        path = ROOT / "docs" / "accuracy.md"
        old = path.read_text(encoding="utf-8") if path.exists() else ""
        start, end = "<!-- accuracy:begin -->", "<!-- accuracy:end -->"
        counts = "\n".join(
            f"- {name}: " + (", ".join(f"{c} {n}" for c, n in counter.most_common()) or "none")
            for name, counter in causes.items()
        )
        block = (
            f"{start}\n{table(rows)}\n\nArticle credits (`ex.credits`) against the wire that PolNeAR's "
            f"metadata names for each article:\n\n{credits_table}\n\n"
            f"Errors by cause, as counted by the script:\n\n{counts}\n{end}"
        )
        if start in old and end in old:
            new = old[: old.index(start)] + block + old[old.index(end) + len(end) :]
        else:
            new = old + ("\n" if old else "") + block + "\n"
        path.write_text(new, encoding="utf-8")
        print(f"\nwrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
