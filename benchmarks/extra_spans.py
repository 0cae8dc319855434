"""Classify the extra spans of a PolNeAR run: quotes found that the gold does not list.

Usage (from the repository root; the scoring tools are imported from the
measuring data folder at run time, nothing of it is copied here):

    python ../shared/tools/run_quoteattr.py extract /tmp/dev.jsonl ../shared/polnear/dev/text/*.txt
    python benchmarks/extra_spans.py ../shared/polnear/dev /tmp/dev.jsonl

Each unmatched prediction gets the first class whose rule of thumb fits, in
this order: it overlaps a gold quote (the gold splits or cuts it differently);
it sits in the first paragraph (the headline); one to three words between a
first name and a surname (a nickname); up to six words, all capitalized apart
from small words (a title of a work, show, law or slogan); up to four words (a
scare quote or a word used as a term); otherwise a direct or partial quote with
no annotated attribution.  The rules are rough; the table in
docs/extra-spans.md was checked by reading the spans.
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

import regex

SMALL = frozenset({"of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "with", "is"})


def classify(text: str, start: int, end: int, kind: str, golds: list[tuple[int, int]]) -> str:
    words = text[start:end].split()
    before = text[max(0, start - 40) : max(0, start - 1)]
    after = text[end + 1 : end + 30]
    if any(min(b, end) > max(a, start) for a, b in golds):
        return "overlaps a gold quote split or cut differently"
    if "\n" not in text[:start].strip():
        return "quote inside the headline"
    if len(words) <= 3 and regex.search(r"\p{Lu}\p{Ll}+\s*$", before) and regex.match(r"\s*\p{Lu}\p{Ll}+", after):
        return "nickname inside a name"
    if len(words) <= 6 and all(w[:1].isupper() or w.lower() in SMALL for w in words):
        return "title of a work, show, law or slogan"
    if len(words) <= 4:
        return "scare quote or word used as a term"
    if kind == "direct":
        return "direct quote with no annotated attribution"
    return "partial quote with no annotated attribution"


def main(split: str, preds_path: str) -> None:
    tools = Path(split).resolve().parents[1] / "tools"
    sys.path.insert(0, str(tools))
    import golds as gold_mod  # type: ignore[import-not-found]  # the measuring data's scorer
    import score as score_mod  # type: ignore[import-not-found]

    docs, golds = gold_mod.load_polnear(split)
    lines = Path(preds_path).read_text(encoding="utf-8").splitlines()
    preds = [json.loads(line) for line in lines if line.strip()]
    by_doc: dict[str, list[tuple[int, int]]] = collections.defaultdict(list)
    for g in golds:
        by_doc[g["doc"]].append(score_mod.trim(docs[g["doc"]], g["start"], g["end"]))
    matched: set[int] = set()
    for g in golds:
        text = docs[g["doc"]]
        want = score_mod.trim(text, g["start"], g["end"])
        for i, p in enumerate(preds):
            if i not in matched and p["doc"] == g["doc"] and score_mod.trim(text, p["start"], p["end"]) == want:
                matched.add(i)
                break
    counts: collections.Counter[str] = collections.Counter()
    for i, p in enumerate(preds):
        if i in matched:
            continue
        text = docs[p["doc"]]
        s, e = score_mod.trim(text, p["start"], p["end"])
        counts[classify(text, s, e, p.get("kind", ""), by_doc[p["doc"]])] += 1
    print("| cause | count |\n|---|---|")
    for cause, n in counts.most_common():
        print(f"| {cause} | {n} |")
    print(f"| total | {sum(counts.values())} |")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
