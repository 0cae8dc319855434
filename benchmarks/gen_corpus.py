"""A synthetic quote corpus with known groups, for measuring alignment.

Every statement is made from two of a few sentence frames with their slots
filled at random, so different statements built on one frame share many words
(hard negatives), about half of them at most.  Each statement appears as 1 to 6 renderings: the original,
and variants with British spelling, dotted acronyms, a truncation (a contiguous
fragment), an inserted word, a dropped or added "not", or a changed number.
Renderings are spread over articles of about ten quotes each.  Place names
are drawn from about two thousand (a few real, the rest made of syllables);
the other slots come from short lists, so hard negatives share many words.

    python benchmarks/gen_corpus.py 1000 > corpus.jsonl     # one article per line

Each line: {"id", "quotes": [{"text", "speaker", "group"}]}; quotes with the
same "group" are renderings of one statement.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable

FRAMES = (
    "the {topic} talks in {place} were {adj} and {num} {things} will be {verb} by {month}",
    "we will {verb2} the {topic} plan for {place} because {num} {things} are still {adj}",
    "our {topic} policy in {place} is {adj} and nobody should expect {num} new {things} before {month}",
    "{place} has asked us for {num} {things} and the {topic} ministry will answer by {month}",
    "i told my colleagues from {place} that the {topic} deal is {adj} and that {num} {things} are enough",
    "the {color} report on {topic} shows that {place} lost {num} {things} since {month}",
    "nobody in {place} believes the {topic} figures and {num} {things} were {verb} last {month}",
    "the U.S. position on {topic} in {place} is {adj} and we expect {num} {things} by {month}",
)
SLOTS: dict[str, tuple[str, ...]] = {
    "topic": ("trade", "energy", "fishing", "grain", "border", "rail", "harbor", "water", "visa", "steel", "gas", "tax",
              "pension", "health", "school", "housing", "defense", "cyber", "climate", "farming", "copper", "salt"),
    "place": ("Geneva", "Lagos", "Oslo", "Lima", "Hanoi", "Quito", "Tunis", "Riga", "Doha", "Accra", "Minsk", "Perth",
              "Dakar", "Porto", "Kyiv", "Cairo", "Sofia", "Baku", "Seoul", "Dublin", "Nairobi", "Bogota"),
    "adj": ("difficult", "useful", "frozen", "honest", "tense", "productive", "slow", "baseless", "fragile", "open",
            "promising", "stalled", "complex", "cordial", "bitter", "late"),
    "num": ("two", "three", "five", "12", "40", "300", "seven", "nine", "18", "2,000", "60", "four"),
    "things": ("ships", "trucks", "permits", "engineers", "tonnes", "licenses", "inspectors", "loans", "visas",
               "turbines", "schools", "clinics", "buses", "judges", "wells", "plants"),
    "verb": ("delivered", "approved", "inspected", "returned", "signed", "released", "built", "cancelled", "checked"),
    "verb2": ("defend", "review", "finance", "support", "reject", "delay", "expand", "audit"),
    "month": ("March", "April", "May", "June", "July", "August", "October", "December", "spring", "autumn", "winter"),
    "color": ("green", "white", "grey", "blue", "red", "yellow"),
}  # fmt: skip
# Place names made from syllables: news covers thousands of places and names, so
# a shingle of three content words is rarely shared by chance between statements.
_SYL_A = ("Ka", "Lo", "Mi", "Ser", "Ta", "Vel", "Dor", "Ar", "Bel", "Cor", "En", "Fa", "Gal", "Hu", "Is", "Jo")
_SYL_B = ("ra", "no", "vik", "ton", "lia", "mar", "sen", "do", "ber", "la", "nia", "pur", "sk", "ven", "tra", "zi")
_SYL_C = ("", "a", "o", "ia", "burg", "stad", "ville", "port")
SLOTS["place"] = SLOTS["place"] + tuple(a + b + c for a in _SYL_A for b in _SYL_B for c in _SYL_C)

BRITISH = {"harbor": "harbour", "license": "licence", "licenses": "licences", "defense": "defence",
           "color": "colour", "gray": "grey", "canceled": "cancelled", "organize": "organise"}  # fmt: skip
SPEAKERS = tuple(
    f"{f} {s}"
    for f in ("Ana", "Tom", "Lena", "Omar", "Ida", "Raj")
    for s in ("Park", "Ruiz", "Berg", "Haddad", "Okafor", "Lind", "Sato")
)


def statement(rng: random.Random) -> str:
    """Two frames joined: statements sharing one frame and most of its slots still differ in
    the other half, as different statements on one topic do."""
    first, second = rng.sample(FRAMES, 2)
    one = first.format(**{k: rng.choice(v) for k, v in SLOTS.items()})
    two = second.format(**{k: rng.choice(v) for k, v in SLOTS.items()})
    return f"{one} and {two}"


def _spelling(words: list[str], rng: random.Random) -> list[str]:
    out = [BRITISH.get(w, w) for w in words]
    if out == words:
        out = [*words[:-1], words[-1] + ","]
    return out


def _acronym(words: list[str], rng: random.Random) -> list[str]:
    return (
        [("US" if w == "U.S." else w) for w in words]
        if "U.S." in words
        else [w.capitalize() if i == 0 else w for i, w in enumerate(words)]
    )


def _truncation(words: list[str], rng: random.Random) -> list[str]:
    n = rng.randint(max(6, len(words) // 2), len(words) - 2)
    start = rng.randint(0, len(words) - n)
    return words[start : start + n]


def _insertion(words: list[str], rng: random.Random) -> list[str]:
    at = rng.randint(1, len(words) - 1)
    return [*words[:at], rng.choice(("really", "certainly", "also", "frankly")), *words[at:]]


def _negation(words: list[str], rng: random.Random) -> list[str]:
    for neg in ("not", "nobody"):
        if neg in words:
            return [w for w in words if w != neg] if neg == "not" else words
    for i, w in enumerate(words):
        if w in ("will", "is", "are", "were"):
            return [*words[: i + 1], "not", *words[i + 1 :]]
    return [*words[:2], "not", *words[2:]]


def _number(words: list[str], rng: random.Random) -> list[str]:
    nums = set(SLOTS["num"])
    return [rng.choice([n for n in SLOTS["num"] if n != w]) if w in nums else w for w in words]


VARIANTS: tuple[Callable[[list[str], random.Random], list[str]], ...] = (
    _spelling, _acronym, _truncation, _insertion, _negation, _number,
)  # fmt: skip


def make_quotes(n_quotes: int, seed: int = 1) -> list[tuple[str, str | None, int]]:
    """``n_quotes`` renderings as (text, speaker or None, statement number)."""
    rng = random.Random(seed)
    out: list[tuple[str, str | None, int]] = []
    group = 0
    seen: set[str] = set()
    while len(out) < n_quotes:
        text = statement(rng)
        if text in seen:
            continue
        seen.add(text)
        words = text.split()
        speaker = rng.choice(SPEAKERS)
        renderings = [words]
        for _ in range(rng.choice((0, 0, 1, 1, 2, 3, 4, 5))):
            renderings.append(rng.choice(VARIANTS)(words, rng))
        for r in renderings:
            sentence = " ".join(r)
            out.append((sentence[0].upper() + sentence[1:], speaker if rng.random() < 0.6 else None, group))
        group += 1
    out = out[:n_quotes]
    rng.shuffle(out)
    return out


def make_articles(n_quotes: int, seed: int = 1, per_article: int = 10) -> list[dict[str, object]]:
    """Articles of about ``per_article`` quotes: {"id", "quotes": [{"text", "speaker", "group"}]}."""
    quotes = make_quotes(n_quotes, seed)
    return [
        {
            "id": f"doc{i // per_article:06d}",
            "quotes": [{"text": t, "speaker": s, "group": g} for t, s, g in quotes[i : i + per_article]],
        }
        for i in range(0, len(quotes), per_article)
    ]


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    for article in make_articles(n):
        sys.stdout.write(json.dumps(article) + "\n")
