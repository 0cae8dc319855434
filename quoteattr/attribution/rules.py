"""The attribution rules, in order.  Each reads a :class:`QuoteState` and decides or passes.

A rule returns a :class:`Decision` (speaker phrase, cue, relays, confidence,
its own name) or ``None`` to let the next rule try.  :data:`RULES` is the
default order; ``Config.rules`` picks a subset or a new order by name, and may
add ``(name, function)`` pairs of the caller's own (see :func:`rules_for`).

In the default order:

==================  =========================================================  ==========
rule                pattern                                                    confidence
==================  =========================================================  ==========
title_of_work       ``said on "Harbor Nights"``: a title, so no speaker         0
scare_quote         ``its so-called "shadow fleet"``, ``what analysts call a    0
                    "..."``: the author's distancing or a common label
as_saying           ``"...," RIA quoted Kovalenko as saying``                  0.95
reported_citing     ``TASS reported, citing a Kremlin statement, that``:       0.8-0.9
                    the office or author cited speaks, the agency relays;
                    also after the quote (``"...," RIA reported, citing X``)
headline_colon      ``... 'tough' talks: State Dept``                          0.7
headline_source     ``Ida Marsh: Voters Uneasy; It's 'All in the Timing'``     0.55-0.6
colon_lead_in       ``X replied: "..."`` (also at the end of the paragraph     0.6-0.9
                    before)
in_words            ``..., in Lund's words, "..."``, ``in the words of X,``,   0.8
                    ``to quote X,``: whose words, whatever the subject
before_cue          ``X said relations were "..."``, ``X called it "..."``     0.85 / 0.7
after_adjacent      ``"...," X said`` / ``"...," said X``                      0.85-0.9
after_clause        ``... a "tough" talk, the State Department said Tuesday``  0.75
sentence_end_cue    ``"a" and the "b" they need, Lund said``: a cue after      0.7
                    the sentence's last quote covers its earlier quotes
according_to        ``"...," according to X``                                 0.7
put_it              ``As Dahl put it, "..."``, ``"...," as the memo put it``   0.75
as_label            ``Reyes referred to the plan as "a mess"``                 0.6
dash                ``"..." — Minister X``                                     0.8
subheading          ``'Legend of the Quay.'`` alone in its paragraph: nobody    0
continuation        a quote with no cue after a quote of the same speaker,     0.6-0.8
                    when nobody else speaks or opens a sentence between them
previous_sentence   ``..., Dahl said. "..."``; in one paragraph also ``Dahl     0.6
                    said the port would shut. "..."`` (a name, not a pronoun)
reported_paragraph  ``Dahl said the port would stay shut. ¶ "..."``: a quote   0.45-0.6
                    paragraph after a paragraph that reports speech
==================  =========================================================  ==========

After the rules, :mod:`quoteattr.attribution` gives an unsure fragment the sure speaker of
the quotes that repeat it (``echo``) and a headline quote the speaker of the body quote that
repeats it (``headline_echo``).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

import attrs
import regex

from ..lexicon.cues import (
    ADDRESSING_VERBS,
    ANONYMITY_AFTER,
    ANONYMITY_VERBS,
    CARRYING_VERBS,
    CUE_ADVERBS,
    HEADLINE_VERBS,
    LABEL_PARTICIPLES,
    LABEL_PRESENT_VERBS,
    LABEL_VERBS,
    LY_NOT_ADVERBS,
    NAME_CALLING_VERBS,
    NAME_GIVING_VERBS,
    NICKNAME_NOUNS,
    NOT_NAMING_AFTER,
    NOUN_HOMOGRAPHS,
    PERMISSION_WORDS,
    RECORDING_NOUNS,
    SCARE_MARKERS,
)
from ..lexicon.titles import (
    APPROXIMATORS,
    COUNT_WORDS,
    DETERMINERS,
    HEADLINE_ROLES,
    INDEFINITE_DETERMINERS,
    NOT_PLACING_PARTICIPLES,
    PLACING_PREPOSITIONS,
    PREPOSITIONS,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    SUBJECT_DETERMINERS,
    SUBORDINATORS,
    TIME_NOUNS,
    TIME_OPENERS,
    TIME_WORDS,
    TITLE_DETERMINERS,
    WEEKDAYS_MONTHS,
    NameTables,
)
from ..mentions import (
    ACRONYM_RE,
    DATELINE_DATE,
    Mention,
    Token,
    fronted_question,
    is_possessive,
    np_after,
    np_before,
    relative_before,
    strip_possessive,
    title_follows,
    tokenize,
    without_possessive,
)
from ..model import Relay
from .relays import AS_REACH, relay_named, relay_of, relays_for, trailing_relays
from .state import Decision, QuoteState

__all__ = ["RULES", "Rule", "asks_anonymity", "rules_for"]

Rule = Callable[[QuoteState], "Decision | None"]

_AS_WORDS = frozenset({"saying", "telling", "stating", "writing", "declaring", "adding", "warning"})
_DASHES = frozenset("—–―")
_BE = frozenset({"was", "were", "been", "being", "be", "is", "are", "am"})
#: Words that open a relative or circumstantial clause: a speaker there is a bystander
#: ("Dahl said at the dinner, where Lund also spoke.").
_RELATIVES = frozenset({"where", "when", "while", "whom", "as"})
#: Words that open a clause whose speaker is a bystander to the next quote ("Osei said after Lund spoke.").
_BYSTANDER_OPENERS = _RELATIVES | SUBORDINATORS
#: The forms of "put" in the idiom "as X put it".
_PUT = frozenset({"put", "puts", "putting"})


def _is_cue(tok: Token, state: QuoteState) -> bool:
    cfg = state.ctx.config
    return tok.is_word and tok.low in cfg.speech_verbs


def _is_text_verb(tok: Token, state: QuoteState) -> bool:
    """A verb whose subject is a written thing ("the letter read"), and not a speech verb as well;
    capitalized, it is a name ("Read said")."""
    cfg = state.ctx.config
    return tok.is_word and not tok.is_cap and tok.low in cfg.text_verbs and tok.low not in cfg.speech_verbs


#: Articles: a cue word right after one is a noun or an adjective, a verb only in
#: :data:`_NAMING_NOUNS`, nouns that name what follows ("coined the term", "a call to").
_ARTICLES = frozenset({"a", "an", "the"})
_NAMING_NOUNS = frozenset({"term", "terms", "call", "calls", "label", "labels"})


def _counts(tok: Token) -> bool:
    """Whether ``tok`` is a count before a noun ("22", "three")."""
    return tok.low[:1].isdigit() or tok.low in COUNT_WORDS


def _verb_here(toks: Sequence[Token], c: int, state: QuoteState) -> bool:
    """Whether a cue word stands as a verb here, not as a noun or inside a name.

    "the audit report", "a Tomas Brandt tweet", "the Port Rules Committee":
    a capitalized cue word, or one that is also a noun ("report", "claims"),
    after a capitalized run that follows a determiner or a preposition is
    part of a noun phrase; so is a noun-like cue word right after a
    determiner or a possessive, or before a title ("HPL state general
    secretary Ida Marsh").  "the State Department said" keeps its verb, and
    so does a written thing ("the report states").
    In a headline (``state.headline``) a capitalized cue word may be a verb.
    """
    prev = toks[c - 1] if c > 0 else None
    if toks[c].low in ANONYMITY_VERBS and asks_anonymity(toks, c):
        return False  # "an official who asked not to be named told Kyodo": the cue is "told"
    if c >= 3 and toks[c - 1].low == "to" and toks[c - 2].low in PERMISSION_WORDS and toks[c - 3].low == "not":
        return False  # "because he was not authorized to speak to the media"; "was allowed to tell" is speech
    if toks[c].is_cap and not state.headline and prev is not None and prev.is_word:
        return False  # "New York State Republican Party": a capital inside a sentence starts a name
    if prev is not None and prev.low in _ARTICLES and toks[c].low not in _NAMING_NOUNS:
        return False  # "in the mock debates": no verb after an article ("coined the term" still names)
    maybe_noun = toks[c].is_cap or toks[c].low in NOUN_HOMOGRAPHS
    if maybe_noun and prev is not None and prev.is_word and prev.is_cap:
        k = c - 1
        while k > 0 and toks[k - 1].is_word and toks[k - 1].is_cap:
            k -= 1
        before = toks[k - 1] if k > 0 else None
        counted = before is not None and _counts(before) and not prev.low.endswith("s")  # not "40 Republicans demand"
        if before is not None and (before.low in DETERMINERS or before.low in PREPOSITIONS or counted):
            return False  # "the audit report", "a group of 22 African states"
    if toks[c].low not in NOUN_HOMOGRAPHS:
        return True
    if title_follows(toks, c, state.tables):
        return False
    if prev is None or not prev.is_word:
        return False
    if prev.low in DETERMINERS or prev.low.endswith(("'s", "’s")):
        return False
    if toks[c].low.endswith("s") and state.tables.written(prev.low):
        return True  # "the report states", "the letter notes": a written thing's verb
    return prev.is_cap or prev.low in PRONOUNS or prev.low in CUE_ADVERBS


def asks_anonymity(toks: Sequence[Token], c: int) -> bool:
    """Whether the verb at ``toks[c]`` asks for anonymity (:data:`ANONYMITY_AFTER` follows it)."""
    after = tuple(tok.low if tok.is_word else "" for tok in toks[c + 1 : c + 5])  # "asked, not to be outdone": no
    return any(after[: len(words)] == words for words in ANONYMITY_AFTER)


def _anonymous_aside(toks: Sequence[Token], w: int, c: int) -> bool:
    """Whether ``toks[w:c]`` is a relative clause that only asks for anonymity, between a
    speaker (and a short phrase of place) and the cue at ``c`` ("an official who declined to be
    named told Reuters", "a police commander at the scene, who asked not to be identified, told EFE")."""
    if w < c and toks[w].low in PREPOSITIONS:  # "a police commander at the scene, who ..."
        w = next((n for n in range(w + 1, min(c, w + 7)) if not toks[n].is_word or toks[n].low == "who"), w)
    if w < len(toks) and toks[w].text == "," and toks[c - 1].text == ",":
        w, c = w + 1, c - 1  # "a police commander, who asked not to be identified, told EFE"
    return (
        w + 1 < c <= w + 20
        and toks[w].low == "who"
        and toks[w + 1].low in ANONYMITY_VERBS
        and asks_anonymity(toks, w + 1)
        and not any(tok.text in (".", ";", ":") or (tok.text == "," and c > w + 12) for tok in toks[w:c])
    )


def _is_naming(tok: Token, state: QuoteState) -> bool:
    return tok.is_word and tok.low in state.ctx.config.naming_verbs


def _names_here(toks: Sequence[Token], i: int, state: QuoteState) -> bool:
    """Whether ``toks[i]`` is a naming verb used to name ("called it", "branded them"), not a
    phrasal verb of another sense ("called for the minister's resignation"), which a cue right
    after a quote that ends in a comma overrides ('... called for his resignation. "...," Lund
    told the house')."""
    return _is_naming(toks[i], state) and not (i + 1 < len(toks) and toks[i + 1].low in NOT_NAMING_AFTER)


def _is_adverb(tok: Token) -> bool:
    """An adverb that may stand between a speaker and the cue ("also", "forcefully")."""
    if not tok.is_word or tok.is_cap:
        return False
    low = tok.low
    return low in CUE_ADVERBS or (len(low) >= 6 and low.endswith("ly") and low not in LY_NOT_ADVERBS)


#: Quantifiers that may float between a plural subject and its verb ("Lund and Dahl each said").
_FLOATING_QUANTIFIERS = frozenset({"each", "both", "all"})


def _skip_adverbs_left(toks: Sequence[Token], k: int) -> int:
    """The last token before ``toks[k + 1]`` that is no adverb nor a floating quantifier after a
    word ("each" in "the Times and the Post each called"; not "after all")."""
    while k >= 0 and (_is_adverb(toks[k]) or _floating_quantifier(toks, k)):
        k -= 1
    return k


def _floating_quantifier(toks: Sequence[Token], k: int) -> bool:
    prev = toks[k - 1] if k > 0 else None
    return (
        toks[k].low in _FLOATING_QUANTIFIERS
        and prev is not None
        and prev.is_word
        and prev.low not in DETERMINERS
        and prev.low not in PREPOSITIONS
    )


def _relative_at(toks: Sequence[Token], k: int) -> int:
    """Where a relative pronoun stands before the cue: at ``k``, or before a short time phrase.

    "Dahl, who in 2010 said", "Lund, who on Monday wrote": the pronoun may be
    set off from its verb by a short time phrase (a preposition or "last",
    then only dates, time nouns and articles, at most four words); a subject
    there ("who last week Reyes said") keeps the cue's own subject.
    """
    if k < 0 or toks[k].low in RELATIVE_PRONOUNS:
        return k
    for r in range(k - 1, max(-1, k - 5), -1):
        if toks[r].low in RELATIVE_PRONOUNS:
            between = toks[r + 1 : k + 1]
            opens_time = between[0].low in PREPOSITIONS or between[0].low in TIME_OPENERS
            if opens_time and all(_is_time_word(t) for t in between[1:]):
                return r
            return k
        if not toks[r].is_word and toks[r].text != ",":
            break
    return k


def _is_time_word(tok: Token) -> bool:
    """A word of a short time or place phrase: "in 2010", "on Monday", "last week", "in May", ","."""
    low = tok.low
    return (
        tok.text == ","
        or low.isdigit()
        or low in TIME_NOUNS
        or low in TIME_OPENERS
        or low in ("the", "a", "an")
        or low in WEEKDAYS_MONTHS
    )


def _skip_time_left(toks: Sequence[Token], k: int) -> int:
    """Step left over a short time phrase between a subject and its cue ("Lund at the time said").

    Only a phrase of time words ("at the time", "on Monday", "last week", "in
    2010"), at most four words, opened by a preposition or "last"/"this", and
    with a word before it; otherwise ``k`` unchanged.
    """
    if k < 1 or not (_is_time_word(toks[k]) and toks[k].text != "," and toks[k].low not in ("the", "a", "an")):
        return k
    j = k
    while j > 0 and k - j < 4 and _is_time_word(toks[j]) and toks[j].text != ",":
        j -= 1
    opener = toks[j].low in PREPOSITIONS or toks[j].low in TIME_OPENERS
    if opener and j >= 1 and toks[j - 1].is_word:
        return _skip_adverbs_left(toks, j - 1)
    return k


def _speaker_before(state: QuoteState, toks: Sequence[Token], cue: int) -> tuple[int, Mention] | None:
    k = _skip_time_left(toks, _skip_adverbs_left(toks, cue - 1))
    relative = relative_before(state.text, toks, _relative_at(toks, k), tables=state.tables)
    if relative is not None:
        return relative  # "Dahl, who said": the pronoun speaks for the phrase before it
    if k >= 3 and toks[k].text == "," and toks[k - 1].text == ")":
        k -= 1  # "Gov. Ada Lund (R-North), said"
    if k >= 2 and toks[k].text == ")":  # "Rep. Paul Reyes (R-North) said": step over the bracket
        j = k - 1
        while j >= 0 and toks[j].text != "(" and k - j < 8:
            j -= 1
        if j >= 1 and toks[j].text == "(":
            named = _named_for_acronym(state, toks, j, k)
            # not "Chancellor Ida Marsh of the Harbor Party (HP) said": she speaks
            if named is not None and not _after_preposition(toks, named[0]):
                return named  # "The Economic Community of Harbor States (ECHS) condemned"
            k = j - 1
    if k >= 1 and toks[k].low == "and":
        return _coordinated_subject(state, toks, k)  # "He adopted an accent and joked"
    got = np_before(state.text, toks, k, tables=state.tables)
    if got is not None and got[1].kind in ("group", "organization") and got[0] >= 2:
        head = _member_of(state, toks, got[0] - 1)
        if head is not None:
            return head  # "Ida Marsh of the Harbor Democrats said": she speaks, not her party
    lone = got is None or (got[0] == k and got[1].kind == "person")  # "Several said": no name
    if lone and k >= 0 and toks[k].low in state.tables.indefinite_subjects and _clause_opens_at(toks, k):
        tok = toks[k]  # "Another said", "..., and many fear": some of a group, by no name
        return k, Mention(tok.start, tok.end, tok.text, "group", tok.start, tok.end)
    return got


def _member_of(state: QuoteState, toks: Sequence[Token], prep: int) -> tuple[int, Mention] | None:
    """The person named before the "of" or "from" at ``toks[prep]`` that links her to a body
    ("Ida Marsh of the Harbor Democrats", "Ian Lund from Kestrel Energy")."""
    if toks[prep].low not in state.tables.of_phrase_words or prep < 1 or not toks[prep - 1].is_cap:
        return None
    head = np_before(state.text, toks, prep - 1, tables=state.tables)
    return head if head is not None and head[1].kind == "person" else None


def _named_for_acronym(
    state: QuoteState, toks: Sequence[Token], opening: int, closing: int
) -> tuple[int, Mention] | None:
    """The body a capitalized name before a bracketed acronym names ("The Economic Community of
    Harbor States (ECHS)"), ``toks[opening]`` and ``toks[closing]`` the brackets: the
    whole name, with the "of", "and", "for" or "&" inside it, as an organization."""
    if closing != opening + 2 or ACRONYM_RE.fullmatch(toks[opening + 1].text) is None:
        return None
    first = opening - 1
    if first < 0 or not toks[first].is_cap:
        return None
    while (
        first - 1 >= 0
        and toks[first - 1].is_word
        and (
            toks[first - 1].is_cap
            or (toks[first - 1].low in ("of", "and", "for", "&") and first - 2 >= 0 and toks[first - 2].is_cap)
        )
    ):
        first -= 1
    while first < opening - 1 and toks[first].low in state.tables.not_names:
        first += 1  # "The"
    initials = "".join(tok.text[0] for tok in toks[first:opening] if tok.is_cap)
    if first == opening - 1 or not initials.startswith(toks[opening + 1].text[0]):
        return None  # one word, or a name whose initials do not open the acronym: "Reyes (R-North)"
    s, e = toks[first].start, toks[opening - 1].end
    return first, Mention(s, e, state.text[s:e], "organization", s, e)


def _after_preposition(toks: Sequence[Token], start: int) -> bool:
    """Whether the phrase at ``toks[start]`` follows a preposition, past a "the" ("of the Harbor Party")."""
    p = start - 1
    if p >= 1 and toks[p].low == "the":
        p -= 1
    return p >= 0 and toks[p].low in PREPOSITIONS


def _clause_opens_at(toks: Sequence[Token], k: int) -> bool:
    """Whether a clause may open at ``toks[k]``: the first token, or after , ; : "and" "but"."""
    return k == 0 or toks[k - 1].text in ",;:" or toks[k - 1].low in ("and", "but")


#: Words after which a clause, and so a subject, may begin.
_CLAUSE_OPENERS = frozenset({"and", "but", "when", "while", "because", "as", "after", "before", "that", "so"})


def _coordinated_subject(state: QuoteState, toks: Sequence[Token], and_at: int) -> tuple[int, Mention] | None:
    """The subject of a verb phrase joined by "and" to the cue: "He then adopted a fake accent and joked".

    The nearest pronoun or name before ``and_at`` that stands where a clause
    begins (the sentence's start, a comma, "when", "but") and has a verb
    after it; never a name inside the first verb phrase ("a fake Northern
    accent", "the Harbor Street fire").  The first such subject decides.
    """
    not_names = state.tables.not_names
    for j in range(and_at - 1, max(-1, and_at - 40), -1):
        tok = toks[j]
        if not tok.is_word:
            continue
        if tok.is_cap and tok.low not in not_names:
            j0 = j
            while j0 > 0 and toks[j0 - 1].is_word and toks[j0 - 1].is_cap:
                j0 -= 1  # the start of the name
        elif tok.low in PRONOUNS and tok.low not in ("him", "her"):
            j0 = j  # "he", "it", "she'd"
        elif tok.low.endswith("s") and state.tables.people_noun(tok.low):
            group = np_before(state.text, toks, j, tables=state.tables)  # "around 80 campaigners waved"
            if group is None or group[1].kind not in ("group", "description"):
                continue
            if any(t.is_cap or not t.is_word for t in toks[group[0] + 1 : j + 1]):
                continue  # "Ida Marsh started calling voters and telling": no group of its own
            if toks[j + 1].low in RELATIVE_PRONOUNS or any(t.text == "," for t in toks[j + 1 : and_at]):
                continue  # "As voters went to the polls, the campaign sent ... and accused": not theirs
            j0 = group[0]
            if j0 > 0 and toks[j0 - 1].low in APPROXIMATORS:
                j0 -= 1  # "around 80", when the phrase leaves it out
        else:
            continue
        at_clause_start = j0 == 0 or toks[j0 - 1].text in ",;" or toks[j0 - 1].low in _CLAUSE_OPENERS
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        verb_next = nxt is not None and nxt.is_word and not nxt.is_cap and nxt.low not in PREPOSITIONS
        if at_clause_start and verb_next:
            got = np_before(state.text, toks, j, tables=state.tables)
            if got is not None and got[1].kind in ("person", "organization", "pronoun", "group"):
                return got
            if got is not None and got[1].kind == "description" and state.tables.plural_role(got[1].role or ""):
                return min(j0, got[0]), got[1]  # "around 80 campaigners waved placards and chanted"
            return None
    return None


def _decide(
    state: QuoteState,
    rule: str,
    confidence: float,
    mention: Mention,
    toks: Sequence[Token],
    cue_idx: Sequence[int],
    extra_end: int = 0,
) -> Decision:
    parts = tuple((toks[i].start, toks[i].end) for i in cue_idx)
    relays, rel_end = relays_for(state, toks, cue_idx, mention)
    if parts and parts[-1][1] <= state.open_at and not state.after_next_sentence:
        # 'Lund said the plan was "...", according to Xinhua': a relay after the quote
        known = {r.name for r in relays}
        relays += [r for r in trailing_relays(state, state.after_tokens) if r.name not in known]
    attr_end = max([mention.phrase_end, extra_end, rel_end, *(e for _, e in parts)])
    cited = _cited_office(state, mention, relays)
    if cited is not None:  # '"...," TASS reported, citing a Kremlin statement': the Kremlin speaks
        mention, relays = cited
    return Decision(rule, confidence, mention, parts, tuple(relays), attr_end)


def _cited_office(state: QuoteState, mention: Mention, relays: list[Relay]) -> tuple[Mention, list[Relay]] | None:
    """When an agency reports citing an office (``TASS reported, citing a Kremlin statement``),
    the office as speaker and the chain office then agency; None otherwise."""
    if mention.kind not in ("organization", "person") or not relays or relays[0].kind != "official":
        return None
    entry = state.ctx.relays.lookup(mention.text)
    office = relays[0]
    if entry is None or entry.kind != "agency" or office.start is None or office.end is None:
        return None
    source = _organization_at(state, office.start, office.end)
    return source, [office, relay_of(entry, mention.start, mention.end, mention.text), *relays[1:]]


def _organization_at(state: QuoteState, start: int, end: int) -> Mention:
    """The organization named by ``text[start:end]`` (a registry name) as a speaker mention."""
    return Mention(start, end, state.text[start:end], "organization", start, end)


# -- the rules -------------------------------------------------------------------------


def as_saying(state: QuoteState) -> Decision | None:
    """``AGENCY quoted|reported|cited X as saying`` after or before the quote."""
    # '"... engine." KCNA quoted Pak as saying "..."': the words after a quote that ends its
    # sentence are the next sentence's, with a quote of their own
    after = () if state.after_next_sentence else state.after_tokens
    for toks in (after, state.before_tokens):
        for i, tok in enumerate(toks):
            if toks is after and tok.text in (".", "!", "?"):
                break
            if not (tok.is_word and tok.low in state.ctx.config.as_saying_verbs):
                continue
            as_at = next((j for j in range(i + 1, min(i + AS_REACH, len(toks) - 1)) if toks[j].low == "as"), None)
            if as_at is None or toks[as_at + 1].low not in _AS_WORDS:
                continue
            if i >= 2 and toks[i - 1].low in ("was", "were", "is", "being"):
                passive = _speaker_before(state, toks, i - 1)  # "X was quoted by RIA as saying"
                if passive is not None:
                    cue = [i - 1, i, as_at, as_at + 1]
                    return _decide(state, "as_saying", 0.9, passive[1], toks, cue, toks[as_at + 1].end)
                continue
            got = np_after(state.text, toks, i + 1, tables=state.tables)
            if got is None and as_at == i + 2 and toks[i + 1].low in ("him", "her", "them"):
                tok = toks[i + 1]  # "KCNA quoted him as saying": the object pronoun is the speaker
                gender = PRONOUNS.get(tok.low, "p")
                got = as_at, Mention(tok.start, tok.end, tok.text, "pronoun", tok.start, tok.end, gender=gender)
            if got is None:
                continue
            # "quoted Ida Lund, the guild's head, as saying": the phrase took its aside up to the comma;
            # not "quoted a spokesman for the governor, Ida Lund,": her name is the governor's
            closed = got[0] == as_at - 1 and toks[got[0]].text == ","
            if closed and any(t.low in PREPOSITIONS for t in toks[i + 1 : as_at] if t.end <= got[1].start):
                got = _of_a_person(state, toks, i + 1, as_at) or got
            timed = as_at - got[0] <= 3 and all(t.low in _AS_TIME_WORDS for t in toks[got[0] : as_at])
            # and "as saying" right before the quote or the sentence's end: not "quoted Taro Yamashiro
            # this week as saying the plant was safe, and on Friday quoted a worker as saying: ..."
            timed = timed and (as_at + 2 >= len(toks) or toks[as_at + 2].text in (":", ",", ".", ";"))
            aside = _appositive_between(toks, got[0], as_at) or _relative_between(toks, got[0], as_at)
            if got[0] != as_at and not closed and not timed and not aside:
                got = _name_before_as(state, toks, i, as_at)  # "quoted the Canton Minister of X, Ida Lund, as"
                if got is None:
                    continue  # but "quoted one skipper this week as saying": a time between the two
            mention = got[1]
            return _decide(state, "as_saying", 0.95, mention, toks, [i, as_at, as_at + 1], toks[as_at + 1].end)
    return None


def _of_a_person(state: QuoteState, toks: Sequence[Token], start: int, as_at: int) -> tuple[int, Mention] | None:
    """For ``quoted a spokesman for the governor, Ida Lund, as saying``: the phrase up to the
    comma ("a spokesman for the governor") when a "for" or "to" has a person's role as its
    object, for the name after it may be that person's; None when the object is a body ("a
    spokesman for the ministry, Ida Lund,": the name is the spokesman's) or the phrase is an
    of-phrase ("the widow of the late mayor, Olga Brandtova,": the widow's)."""
    comma = next((k for k in range(start, as_at) if toks[k].text == ","), None)
    if comma is None or comma < start + 2 or not state.tables.person_role(toks[comma - 1].low):
        return None
    if not any(tok.low in ("for", "to") for tok in toks[start:comma]):
        return None  # "the widow of the late mayor, Olga Brandtova,": the name is the widow's
    got = np_after(state.text, toks[:comma], start, tables=state.tables)
    if got is None or got[0] != comma or got[1].kind != "description":
        return None
    return as_at - 1, got[1]


#: The words of a time phrase between a source and its "as saying" ("quoted one skipper this
#: week as saying", "on Monday").
_AS_TIME_WORDS = TIME_WORDS | {"this", "in"}


#: Words an aside between commas before "as saying" may not hold: a verb of saying or a clause's
#: opener of its own.
_ASIDE_STOPS = frozenset({"said", "says", "told", "that"})
#: ... and for an appositive, a relative pronoun too: a clause, no appositive.
_APPOSITIVE_STOPS = _ASIDE_STOPS | {"who", "which"}


def _set_off(toks: Sequence[Token], start: int, as_at: int, stops: frozenset[str]) -> bool:
    """Whether ``toks[start:as_at]`` is set off by commas, with no comma nor word of ``stops``
    between them."""
    if not (toks[start].text == "," and toks[as_at - 1].text == ","):
        return False
    return not any(tok.text == "," or tok.low in stops for tok in toks[start + 1 : as_at - 1])


def _appositive_between(toks: Sequence[Token], start: int, as_at: int) -> bool:
    """Whether ``toks[start:as_at]`` is one appositive between commas (", deputy head of the
    committee,"), with no verb of its own."""
    return as_at - start > 2 and _set_off(toks, start, as_at, _APPOSITIVE_STOPS)


def _name_before_as(state: QuoteState, toks: Sequence[Token], verb: int, as_at: int) -> tuple[int, Mention] | None:
    """The person named between the last two commas before "as saying", after a long title the
    phrase reader does not take whole ("quoted the Canton Minister of Spatial Planning, Ida Lund,
    as saying"), when no full stop or verb of saying stands between ``toks[verb]`` and the name."""
    if toks[as_at - 1].text != ",":
        return None
    comma = next((c for c in range(as_at - 2, max(verb, as_at - 8), -1) if toks[c].text == ","), None)
    if comma is None or any(
        t.text in (".", ";") or t.low in state.ctx.config.speech_verbs for t in toks[verb + 1 : comma]
    ):
        return None
    got = np_after(state.text, toks, comma + 1, tables=state.tables, complete=False)
    if got is None or got[0] != as_at - 1 or got[1].kind != "person":
        return None
    return got


def _relative_between(toks: Sequence[Token], start: int, as_at: int) -> bool:
    """Whether ``toks[start:as_at]`` is one who- or which-clause between commas (", who asked not
    to be named,", "the head of the river board, which manages the dams,"), with no verb of
    saying of its own."""
    return as_at - start > 3 and toks[start + 1].low in ("who", "which") and _set_off(toks, start, as_at, _ASIDE_STOPS)


def reported_citing(state: QuoteState) -> Decision | None:
    """``AGENCY reported, quoting|citing X, that ... "..."``: X is the speaker, the agency a relay
    ("The Yonhap news agency reported, quoting a spokesman, Col. Lee, that ...").  A document cited
    ("citing a Kremlin statement") is no speaker; other rules read that sentence."""
    toks = state.before_tokens
    for i in range(2, len(toks) - 1):
        if toks[i].low not in _CITING or toks[i - 1].text != ",":
            continue
        verb = _reporting_verb(toks, i, 0)  # "KCNA reported Wednesday, citing ..."
        if verb is None:
            continue
        got = np_after(state.text, toks, i + 1, tables=state.tables)
        if got is None:
            continue
        end, mention = got
        role = (mention.role or "").lower()
        document = mention.kind == "description" and state.tables.written(role)
        if document and end < len(toks) and toks[end].low in ("from", "by"):
            authored = _document_author(state, toks, [verb, i], end + 1)  # "citing a statement from X, that"
            if authored is not None:
                return authored
            continue
        that = _that_after(toks, end)
        if that is None:
            continue
        if document:
            return _cited_document(state, toks, [verb, i], mention, toks[that].end)
        if mention.kind == "description" and role in state.tables.body_nouns:
            mention = _as_organization(mention)  # "citing the General Staff of the army"
        elif mention.kind == "description" and not state.tables.person_role(role):
            continue
        if mention.kind not in ("person", "organization", "description", "group"):
            continue
        return _decide(state, "reported_citing", 0.9, mention, toks, [verb, i], toks[that].end)
    return _cited_after(state)


def _cited_after(state: QuoteState) -> Decision | None:
    """``"...," RIA reported, citing a source in the government.``: the one an agency cites after
    the quote is its speaker, the agency a relay; an unnamed source stays a description (no
    speaker), the agency is kept.  A document cited, or a body, is left to the later rules
    (``after_adjacent`` reads '"...," TASS reported, citing a Kremlin statement' as the office's)."""
    toks = state.after_tokens
    first = 1 if toks and toks[0].text == "," else 0
    for i in range(first + 2, min(len(toks) - 1, first + 10)):
        if toks[i].low not in _CITING or toks[i - 1].text != ",":
            continue
        verb = _reporting_verb(toks, i, first, ("on", "in"))  # "RIA reported on Monday, citing ..."
        if verb is None or verb <= first:
            return None
        hits = state.ctx.relays.within(toks[first].start, toks[verb - 1].end)
        if len(hits) != 1 or hits[0].entry.kind != "agency":
            return None  # "the state-run RIA news agency reported": one agency, the verb's subject
        hit = hits[0]
        got = np_after(state.text, toks, i + 1, tables=state.tables)
        if got is None or (got[0] < len(toks) and toks[got[0]].text not in (".", ";")):
            return None
        mention = got[1]
        role = (mention.role or "").lower()
        if mention.kind == "description" and (state.tables.written(role) or not state.tables.person_role(role)):
            return None
        if mention.kind not in ("person", "description", "group"):
            return None
        parts = ((toks[verb].start, toks[verb].end), (toks[i].start, toks[i].end))
        return Decision("reported_citing", 0.9, mention, parts, (relay_named(state, hit),), mention.phrase_end)
    return None


#: The participles by which an agency brings in its source: ", citing X", ", quoting X".
_CITING = frozenset({"quoting", "citing"})


def _reporting_verb(toks: Sequence[Token], i: int, lo: int, skip: tuple[str, ...] = ()) -> int | None:
    """The index of the reporting verb (``_REPORTING``) before the ", citing" at ``toks[i]``, read
    back past a time phrase and the words of ``skip``, not before ``toks[lo]``; None when the word
    there reports nothing."""
    verb = i - 2
    while verb > lo and (_is_time_word(toks[verb]) or toks[verb].low in skip):
        verb -= 1
    return verb if toks[verb].low in _REPORTING else None


def _as_organization(mention: Mention) -> Mention:
    """A description of a body ("the General Staff of the army") as the organization it names."""
    skip = len(mention.text) - len(mention.text.split(maxsplit=1)[-1]) if mention.text.lower().startswith("the ") else 0
    start = mention.start + skip
    return attrs.evolve(mention, start=start, text=mention.text[skip:], kind="organization")


def _cited_document(
    state: QuoteState, toks: Sequence[Token], cue: list[int], document: Mention, end: int
) -> Decision | None:
    """``AGENCY reported, citing a Kremlin statement, that ...``: the registry body whose statement
    it is speaks, and the chain runs from that body's channel to the agency, nearest the speaker
    first.  None when the document names no registry body."""
    hits = state.ctx.relays.within(document.phrase_start, document.phrase_end)
    if not hits:
        return None
    hit = hits[-1]
    source = _organization_at(state, hit.start, hit.end)
    decided = _decide(state, "reported_citing", 0.85, source, toks, cue, end)
    channel = relay_named(state, hit)
    if any(r.name == channel.name for r in decided.relays):
        return decided
    return attrs.evolve(decided, relays=(channel, *decided.relays))


def _document_author(state: QuoteState, toks: Sequence[Token], cue: list[int], k: int) -> Decision | None:
    """``IRNA reported, citing a statement from Iran's Energy Ministry, that ...``: the body or
    person the cited document is from or by (the phrase at ``toks[k]``) speaks; the agency is
    the relay."""
    got = np_after(state.text, toks, k, tables=state.tables)
    if got is None:
        return None
    end, author = got
    that = _that_after(toks, end)
    if that is None:
        return None
    if author.kind == "description" and (author.role or "").lower() in state.tables.body_nouns:
        author = _as_organization(author)
    if author.kind not in ("person", "organization"):
        return None
    return _decide(state, "reported_citing", 0.8, author, toks, cue, toks[that].end)


def _that_after(toks: Sequence[Token], end: int) -> int | None:
    """The index of the "that" at ``toks[end]``, or after a comma there, which opens what an
    agency reports ("citing X, that ..."); None when none does."""
    that = end + 1 if end < len(toks) and toks[end].text == "," else end
    return that if that < len(toks) and toks[that].low == "that" else None


#: Verbs an agency reports with before ", quoting X, that ...".
_REPORTING = frozenset({"reported", "reports", "said", "says", "wrote"})


def scare_quote(state: QuoteState) -> Decision | None:
    """``its so-called "shadow fleet"``: a short quote right after a word that distances it
    (:data:`~quoteattr.lexicon.cues.SCARE_MARKERS`) is the author's scare quote, nobody's
    statement, unless it closes with a comma that leads to its own cue ('so-called "rebels,"
    Dahl said').  So is a short quote after "known ... as" ('the fields, known locally as "the
    Marsh Bowl"'), and one that a nickname appositive follows ('"the Countess", a nickname she
    claims never to have understood', :data:`~quoteattr.lexicon.cues.NICKNAME_NOUNS`)."""
    toks = state.before_tokens
    if len(state.quote.text.split()) > _SCARE_WORDS:
        return None
    after = [tok.low for tok in state.after_tokens[:3]]
    if after[:1] == [","]:
        after = after[1:]  # '"the Countess", a nickname'
    elif not state.quote.text.rstrip().endswith(","):
        after = []  # no comma after the words, inside the marks ('"the Countess," a nickname') or out
    if len(after) >= 2 and after[0] in DETERMINERS and after[1] in NICKNAME_NOUNS:
        return Decision("scare_quote", 0.0, None)
    if not toks:
        return None
    if toks[-1].low == "as" and _known_as(toks):
        return Decision("scare_quote", 0.0, None)  # 'the fields, known locally as "the Marsh Bowl"'
    if _passive_name(toks):
        return Decision("scare_quote", 0.0, None)  # 'what is usually called the "Harbour Rule"'
    if _common_label(toks):
        return Decision("scare_quote", 0.0, None)  # 'what analysts call a "strongman corridor"'
    cued = state.quote.text.rstrip().endswith(",") and any(_is_cue(t, state) for t in state.after_tokens[:4])
    if _group_label(toks) and not cued:
        return Decision("scare_quote", 0.0, None)  # 'Planners call such areas "white spots"'
    if _given_name(state, toks):
        return Decision("scare_quote", 0.0, None)  # 'staff came to call it "the Sultan's Voice"'
    if _habit_name(toks):
        return Decision("scare_quote", 0.0, None)  # 'Islanders have taken to calling the route the "detour"'
    last = toks[-1].low  # "so-called" is one token; "so called" two
    two = f"{toks[-2].low} {last}" if len(toks) > 1 else ""
    if not ({last, two} & SCARE_MARKERS):
        return None
    if cued:
        return None
    return Decision("scare_quote", 0.0, None)


#: The most words a scare quote holds.
_SCARE_WORDS = 5

#: How many words may stand between "known" and the "as" before a name (:func:`_known_as`).
_KNOWN_AS_WORDS = 8


def _known_as(toks: Sequence[Token]) -> bool:
    """Whether the "as" that ends ``toks`` closes "known ... as", with only words between
    ('known locally as', 'Known to three generations of regulars simply as')."""
    window = toks[-_KNOWN_AS_WORDS - 1 : -1]
    for n in range(len(window) - 1, -1, -1):
        tok = window[n]
        if not tok.is_word or tok.low in _KNOWN_AS_STOPS or tok.low in LABEL_VERBS:
            return False  # "is known for his temper and describes the plan as": another verb's "as"
        if tok.low == "known":
            return not (n > 0 and window[n - 1].low in ("has", "have", "had"))  # "has known Brandt"
        if tok.low == "remembered":  # "still remembered along the coast as", not "she remembered him as"
            return n > 0 and (window[n - 1].low in _BE or window[n - 1].low in _REMEMBERED_ADVERBS)
    return False


#: Adverbs before "remembered" that make it passive, a name others use ("still remembered as").
_REMEMBERED_ADVERBS = frozenset({"still", "fondly", "widely", "best", "affectionately", "mostly", "chiefly", "often"})

#: Words that end the reach of "known" before an "as" (:func:`_known_as`): a new clause.
_KNOWN_AS_STOPS = frozenset({"and", "but", "or", "who", "which", "that"}) | _BE


#: Adverbs that may stand between a passive "is" and "called" ('is usually called').
_NAMING_ADVERBS = frozenset({"usually", "often", "commonly", "widely", "locally", "sometimes", "also", "simply", "now"})


#: Every verb that gives a thing a name, by habit or once, or a label (:func:`_passive_name`).
_NAMING_VERBS = NAME_CALLING_VERBS | NAME_GIVING_VERBS | LABEL_PARTICIPLES


def _passive_name(toks: Sequence[Token]) -> bool:
    """Whether ``toks`` end in a passive naming verb, perhaps with "the" or "a" after it: the
    quote is what a thing is called, nobody's statement ('what is usually called the "Harbour
    Rule"', 'a ferry named "Silver Tern"').  A be-verb, perhaps with an adverb
    (:data:`_NAMING_ADVERBS`), before "called" or "named" makes it passive; "named" and
    "nicknamed" are passive after a lower-case noun too ('a ferry named'; not 'the mayor
    called "a disgrace"', which is hers), and these and "dubbed" after a comma ('the variety,
    nicknamed "Black Thorn"')."""
    k = len(toks) - 1
    if k >= 0 and toks[k].low in ("the", "a", "an"):
        k -= 1
    if k < 1 or toks[k].low not in _NAMING_VERBS or toks[k].low.endswith(("s", "ing")):
        return False  # "calls", "naming": no participle
    verb, k = toks[k].low, k - 1
    if toks[k].low in _NAMING_ADVERBS and k > 0:
        k -= 1
    before = toks[k]
    if before.low in _BE:
        return True
    if before.text == "," and verb in _ASIDE_NAMING:
        return True  # 'the D200 variety, nicknamed "Black Thorn" for its tips,': a name in an aside
    after_noun = verb in ("named", "nicknamed") or verb in LABEL_PARTICIPLES  # "jars labelled"
    return after_noun and before.is_word and not before.is_cap and before.low not in PRONOUNS


#: Participles that give a name in an aside opened by a comma ("the variety, nicknamed ...").
_ASIDE_NAMING = frozenset({"named", "nicknamed", "dubbed", "christened", "renamed"})


def _given_name(state: QuoteState, toks: Sequence[Token]) -> bool:
    """Whether the quote is a name given to a thing or a person: two words or more in title case,
    right after a name-giving verb and "it", "him", "her" or "them" ('came to call it "the Sultan's
    Voice"', 'dubbed him "Captain Tide"').  Lower-case words there are somebody's label ('called
    it "a disgrace"'), and so are title-case words that one person "called" something ('called it
    "Absolutely Wrong."'); ``before_cue`` gives those to whoever said them."""
    if len(toks) < 2 or toks[-1].low not in ("it", "him", "her", "them"):
        return False
    words = state.quote.text.rstrip(" .,!?").split()
    article = bool(words) and words[0].lower() == "the"
    # "came to call it", "took to calling him", "supporters call him": a habit, not one verdict
    habit = (len(toks) >= 3 and toks[-3].low == "to") or toks[-2].low in LABEL_PRESENT_VERBS
    if toks[-2].low not in NAME_GIVING_VERBS and not (toks[-2].low in NAME_CALLING_VERBS and (article or habit)):
        return False
    if article:
        words = words[1:]
    return len(words) >= 2 and _title_cased(words)


#: The words before "call"/"calling" that make the naming a habit taken up ("taken to calling",
#: "came to call", "started calling", "began calling"), as the words before them.
_HABIT_OPENERS: dict[str, tuple[tuple[str, ...], ...]] = {
    "calling": (("took", "to"), ("taken", "to"), ("take", "to"), ("taking", "to"), ("started",), ("begun",),
                ("began",), ("starting",)),
    "call": (("came", "to"), ("come", "to"), ("coming", "to")),
}  # fmt: skip


#: Words that cannot stand in the object of a habit's naming verb: a clause goes on there.
_NOT_OBJECT_WORDS = frozenset({"and", "or", "but", "to", "that", "who", "which"})


def _habit_name(toks: Sequence[Token]) -> bool:
    """Whether the quote is a name people have taken to using for a thing, its object a few
    words at most ('have already taken to calling the new route the "Lochboisdale detour"',
    'started calling the bridge "the Harp"'): nobody's statement."""
    k = len(toks) - 1
    if k >= 0 and toks[k].low in ("the", "a", "an"):
        k -= 1
    for n in range(k, max(-1, k - _LABEL_OBJECT_WORDS - 3), -1):
        tok = toks[n]
        if tok.is_word and tok.low in _HABIT_OPENERS:
            before = tuple(t.low for t in toks[max(0, n - 2) : n])
            habit = any(before[len(before) - len(words) :] == words for words in _HABIT_OPENERS[tok.low])
            return habit and n < k  # an object between the verb and the name, not "started calling "...""
        if not tok.is_word or tok.is_cap or tok.low in _NOT_OBJECT_WORDS or tok.low.endswith("ing"):
            return False  # a few lower-case words ("the new route"), no clause ("voters and telling them")
    return False


#: The plural present naming verbs by which people at large name a thing ("planners call").
_PLURAL_LABEL_VERBS = frozenset({"call", "term", "dub", "nickname"})

#: Their participles, which name by habit after "have" or "had" ('Locals have long called the
#: crop "brown gold"'), and the adverbs that may stand between.
_PERFECT_LABEL_VERBS = frozenset({"called", "termed", "dubbed", "nicknamed"})
_PERFECT_ADVERBS = _NAMING_ADVERBS | {"long", "always", "affectionately"}
_LABEL_VERBS = _PLURAL_LABEL_VERBS | _PERFECT_LABEL_VERBS

#: How many words may stand between such a verb and the quote ('call such areas "..."').
_LABEL_OBJECT_WORDS = 3


def _group_label(toks: Sequence[Token]) -> bool:
    """Whether the words before a quote are a group at large naming a thing: a lower-case plural
    noun and a plural present naming verb, perhaps with a short object ('Planners call such
    areas "white spots"', 'the tripel that regulars call "de Laatste"'), or its perfect ('Locals
    have long called the crop "brown gold"'); not a person named or
    a he or she ('Lund calls it', 'she calls them'), whose verb is singular."""
    k = len(toks) - 1
    objects = 0
    while k >= 0 and toks[k].low not in _LABEL_VERBS:
        if not toks[k].is_word or toks[k].is_cap or objects >= _LABEL_OBJECT_WORDS:
            return False
        objects += 1
        k -= 1
    if k >= 0 and toks[k].low in _PERFECT_LABEL_VERBS:  # "have long called": the subject before "have"
        k -= 1
        if k >= 0 and toks[k].low in _PERFECT_ADVERBS:
            k -= 1
        if k < 0 or toks[k].low not in ("have", "had"):
            return False
    if k < 1:
        return False
    subject = toks[k - 1]
    if not subject.is_word or (subject.low in PRONOUNS and subject.low != "they"):
        return False  # "its", "his": no group
    if k >= 2 and is_possessive(toks[k - 2].low):
        return False  # "Ida Marsh's lawyers call the ruling": hers, through them
    opens = k - 1 == 0  # "Planners call ...": capitalized only as the sentence's first word
    return subject.low in ("they", "people") or (subject.low.endswith("s") and (opens or not subject.is_cap))


def _common_label(toks: Sequence[Token]) -> bool:
    """Whether the words before a quote give it as what people at large call a thing: "what",
    lower-case words that name nobody in particular ("analysts", "players simply", "they"),
    a present-tense naming verb and perhaps a determiner ('what analysts call a "strongman corridor"').
    Somebody named or a he or she ("what Lund calls", "what she calls") labels it as theirs."""
    k = len(toks) - 1
    if k >= 0 and toks[k].low in DETERMINERS:
        k -= 1
    if k < 2 or toks[k].low not in LABEL_PRESENT_VERBS:
        return False
    what = next((n for n in range(k - 1, max(-1, k - 5), -1) if toks[n].low == "what"), -1)
    between = toks[what + 1 : k]
    return (
        what >= 0
        and bool(between)
        and all(tok.is_word and not tok.is_cap and (tok.low not in PRONOUNS or tok.low == "they") for tok in between)
    )


def title_of_work(state: QuoteState) -> Decision | None:
    """``on "Harbor Hour Sunday"``, ``Channel 4's "Morning Tide."``: a title, not words anybody said.

    A short quote in title case (every word of four letters or more
    capitalized, no sentence inside but a closing period or comma) outside a
    headline names a show, a book, a film or a song when what comes before it
    says so: a preposition, an article or a possessive determiner (``his
    "Harbor Hour" radio show``), a possessive (``Channel 4's``) or a noun of a
    titled work (``the anthem "..."``, ``his 2002 book, "..."``).  A closing
    period closes a one-word title only after a possessive or such a noun
    (``ended the call with "Goodbye."`` is somebody's word).  A one-word quote
    between two capitalized words is a nickname (``Ines "Nessa" Dahl``).  It
    gets no speaker, and the decision says so.
    """
    text = state.text
    toks = state.before_tokens
    if not toks or (state.paragraph == 0 and state.headline):
        return None
    words = [w for w in text[state.quote.start : state.quote.end].split() if any(ch.isalpha() for ch in w)]
    prev = toks[-1]
    if prev.low in _TITLED and 0 < len(words) <= 16:
        return Decision("title_of_work", 0.0, None)  # 'a report titled "Cod: Stock Status and Outlook"'
    if not words or len(words) > 6:
        return None
    closing = state.quote.text.rstrip()[-1:]
    if len(words) == 1 and closing not in ".,!?" and _between_names(state, prev):
        return Decision("title_of_work", 0.0, None)  # 'Ines "Nessa" Dahl': a nickname
    inner = state.quote.text.rstrip().rstrip(".,")
    if any(ch in inner for ch in ".!?"):
        return None  # a sentence inside: words somebody said
    title_nouns = state.tables.title_nouns
    after_work = prev.text == "," and len(toks) >= 2 and toks[-2].low in title_nouns
    if after_work and closing not in ".,!?:;" and words[0][0].isupper() and _names_a_work(state, words):
        return Decision("title_of_work", 0.0, None)  # 'a 2011 memoir, "Il legno che canta"': any case, unpunctuated
    if not _title_cased(words):
        return None
    if prev.text == "," and len(toks) >= 2:
        return Decision("title_of_work", 0.0, None) if toks[-2].low in title_nouns else None  # 'his book, "..."'
    low = prev.low
    if low in state.tables.title_adjectives and len(toks) >= 2 and toks[-2].low in TITLE_DETERMINERS:
        low = toks[-2].low  # 'its annual "Harbor Review"': the determiner before the adjective
    if low in title_nouns or low.endswith(("'s", "’s", "s'", "s’")):
        return Decision("title_of_work", 0.0, None)
    if (closing != "." or len(words) > 1) and (low in PREPOSITIONS or low in TITLE_DETERMINERS):
        return Decision("title_of_work", 0.0, None)  # 'on "Meet the Harbor."', not 'with "Absolutely."'
    return None


def _names_a_work(state: QuoteState, words: Sequence[str]) -> bool:
    """Whether a quote in sentence case after "his memoir," is the work's title rather than words
    said of it: no pronoun among its words ("I wrote it for my father") and nothing after it but
    a bracket, a comma, a period or the sentence's end (not '"Nobody reads anymore" Brandt joked')."""
    if any(word.lower().strip(".,!?;:'’\"") in PRONOUNS for word in words):
        return False
    after = state.after_tokens
    return not after or after[0].text in ("(", ",", ".", ";") or after[0].low in ("which", "that", "and")


def _title_cased(words: Sequence[str]) -> bool:
    """Whether ``words`` are in title case: the first and every word of four letters or more capitalized."""
    long_words = [w for w in words if len(w) >= 4]
    return bool(long_words) and all(w[0].isupper() for w in long_words) and words[0][0].isupper()


#: Participles that announce a title, whatever its words ('a report titled "Why Ports Fail"');
#: not "headlined", whose words are the outlet's own.
_TITLED = frozenset({"titled", "entitled", "title"})


def _between_names(state: QuoteState, prev: Token) -> bool:
    """Whether a one-word quote stands between two capitalized words of a name ('Ines "Nessa" Dahl')."""
    nxt = state.after_tokens[0] if state.after_tokens else None
    not_names = state.tables.not_names
    if not (prev.is_word and prev.is_cap and prev.low not in not_names):
        return False
    return nxt is not None and nxt.is_word and nxt.is_cap and nxt.low not in not_names


def _first_word(toks: Sequence[Token]) -> int:
    k = 0
    while k < len(toks) and not toks[k].is_word and toks[k].text in ",;:—–―-":
        k += 1
    return k


def after_adjacent(state: QuoteState) -> Decision | None:
    """``"...," X said`` or ``"...," said X``: the attribution right after the closing mark.

    It beats a colon lead-in, even as a pronoun (``Dahl scolded him: "...," she said``:
    the mention is "she", resolved to Dahl).
    """
    return _after_adjacent(state)


def _after_adjacent(state: QuoteState) -> Decision | None:
    if "after_adjacent" not in state.memo:  # colon_lead_in and after_adjacent both read it
        state.memo["after_adjacent"] = _after_adjacent_checked(state)
    return state.memo["after_adjacent"]


def _after_adjacent_checked(state: QuoteState) -> Decision | None:
    decided = _after_adjacent_any(state)
    if decided is None or not state.after_next_sentence or not decided.cue:
        return decided
    # after a quote that closed its sentence, the sentence must be a bare attribution
    # ('"...?" Reyes demanded.'), not a new statement ('"..." Reid said both men ...').
    # Only the words before a comma must be a bare attribution: a clause after a comma is
    # an aside ('Reyes said of the board, when it balked', 'Osei shouted, waving a flag'),
    # though a "that" there still opens reported speech ("He said, twice, that ...").
    cue_end = decided.cue[-1][1]
    after = [t for t in state.after_tokens if t.start >= max(cue_end, decided.attr_end)]
    tail: list[Token] = []
    later: list[Token] = []
    past_comma = False
    for i, t in enumerate(after):
        if t.text == ",":
            if i + 1 < len(after) and _opens_aside(after[i + 1]):
                break
            past_comma = True
        elif t.is_word and not past_comma and t.low in _TIME_CLAUSE:
            break  # 'Reyes said as she left', 'Osei said on Friday before he flew home': an aside
        elif t.is_word:
            (later if past_comma else tail).append(t)
    # after a verb of addressing, one or two words ("her", "the board", "his son") are the one
    # spoken to ('"...?" Dahl asked her.'), not a new clause
    addressed = len(tail) <= 2 and any(state.text[a:b].lower() in ADDRESSING_VERBS for a, b in decided.cue)
    new_object = bool(tail) and tail[0].low in _NEW_OBJECT and not addressed
    new_clause = new_object or any(t.low in _NEW_CLAUSE for t in tail)
    if len(tail) > 8 or new_clause or any(t.low == "that" for t in later):
        return None
    return decided


def _opens_aside(tok: Token) -> bool:
    """Whether ``tok``, after a comma, opens a subordinate clause or a participle ("when", "who", "smiling")."""
    low = tok.low
    participle = low.endswith("ing") and len(low) > 4
    return low in _BYSTANDER_OPENERS or low in ("who", "which") or participle


#: Conjunctions that open a clause of time or manner right after a cue ("said as he left"):
#: the clause is an aside, whatever its subject.
_TIME_CLAUSE = frozenset({"as", "while", "when", "after", "before"})
#: Words that open a clause of its own after a cue ("said that ...", "said he would ...").
_NEW_CLAUSE = frozenset({"that", "he", "she", "they", "it", "we", "i", "both"})
#: Words that open a clause of its own right after the cue ("said the talks ..."), not after
#: a preposition ("said of the board").
_NEW_OBJECT = frozenset({"the", "his", "her", "their"})


def _after_adjacent_any(state: QuoteState) -> Decision | None:
    toks = state.after_tokens
    k = _first_word(toks)
    if k >= len(toks) or not toks[k].is_word:
        return None
    text_verb = _is_text_verb(toks[k], state)
    if _is_cue(toks[k], state) or text_verb:
        if toks[k].low.endswith("ing"):
            return None  # '"...," adding that the board ...': a participle's object is not its speaker
        got = np_after(state.text, toks, k + 1, tables=state.tables)
        if got is not None and text_verb and not _written(state, got[1]):
            return None  # '"...," read Dahl': a person reading out words is not a written thing
        if got is not None and (got[1].kind != "pronoun" or toks[k].low in ("said", "says")):
            return _decide(state, "after_adjacent", 0.9, got[1], toks, [k])
        return None
    word = toks[k]
    comma = (k > 0 and toks[k - 1].text == ",") or state.quote.text.rstrip().endswith(",")
    if (
        comma
        and word.is_cap
        and word.low in state.tables.not_names
        and word.low not in PRONOUNS
        and word.low not in DETERMINERS
        and k + 1 < len(toks)
        and toks[k + 1].low in ("said", "says")
        and _clause_ends_at(toks, k + 2)
    ):
        # '"...," From said': a surname that is also a common word, after the quote's own comma
        mention = Mention(word.start, word.end, word.text, "person", word.start, word.end)
        return _decide(state, "after_adjacent", 0.8, mention, toks, [k + 1])
    depth = 0
    for c in range(k + 1, min(len(toks), k + 24)):
        tok = toks[c]
        if tok.text == "(":
            depth += 1
        elif tok.text == ")":
            depth = max(0, depth - 1)
        text_verb = _is_text_verb(tok, state)  # '"...," the letter read'
        if depth == 0 and (_is_cue(tok, state) or text_verb) and _verb_here(toks, c, state):
            got = _speaker_before(state, toks, c)
            if text_verb and (got is None or not _written(state, got[1])):
                return None  # '"...," Dahl had read in the paper': a reader, not a written thing
            # the subject right after the quote, or after a body's name before his title ("Port of
            # Kestrelmoor spokesman Koen Vantreese told")
            titled = got is not None and got[1].kind == "person" and got[0] > k and _body_name_run(toks, k, got[0])
            if got is not None and (got[0] == k or titled):
                return _decide(state, "after_adjacent", 0.9, got[1], toks, [c])
            # "Sen. Paula Reyes (R-North) said", "Voss, a founder, said"
            head = np_after(state.text, toks, k, tables=state.tables)
            if head is not None and head[1].kind in ("person", "organization") and _aside(toks, head[0], c):
                return _decide(state, "after_adjacent", 0.85, head[1], toks, [c])
            bare = np_after(state.text, toks, k, tables=state.tables, complete=False)
            if bare is not None and bare[1].kind == "person" and _long_appositive(toks, bare[0], c):
                return _decide(state, "after_adjacent", 0.8, bare[1], toks, [c])  # "Ida Marsh, a researcher at ...,"
            if head is not None and head[0] < c and toks[head[0]].low in PREPOSITIONS and c - head[0] <= 5:
                return _decide(state, "after_adjacent", 0.8, head[1], toks, [c])  # "a fisherman in the crowd shouted"
            if head is not None and _participle_phrase(toks, head[0], c) and head[1].kind in ("group", "description"):
                # '"...," guardians waiting outside the shed told this correspondent'
                return _decide(state, "after_adjacent", 0.8, head[1], toks, [c])
            if head is not None and _anonymous_aside(toks, head[0], c):
                # "a town official who asked not to be named told Kyodo News"
                return _decide(state, "after_adjacent", 0.85, head[1], toks, [c])
            return None
        if depth == 0 and not tok.is_word and tok.text not in ",.'’-()":
            return None
    return None


def _participle_phrase(toks: Sequence[Token], start: int, cue: int) -> bool:
    """Whether ``toks[start:cue]`` is a short phrase of words opened by a present participle
    ("waiting outside the shed", "standing near the gate"), no more than
    :data:`_PARTICIPLE_WORDS` words, that tells which of a group or description speaks."""
    if not start < cue <= start + _PARTICIPLE_WORDS or not toks[start].low.endswith("ing"):
        return False
    return all(t.is_word and not t.is_cap for t in toks[start:cue])


#: How many words a participle phrase between a speaker and the cue may hold.
_PARTICIPLE_WORDS = 6


def _body_name_run(toks: Sequence[Token], start: int, end: int) -> bool:
    """Whether ``toks[start:end]`` is one capitalized name, perhaps with "of", "the", "&" or
    "for" inside it ("Port of Kestrelmoor", "Secretary of State for Migration"), as a body's
    name or an office before a name is."""
    return toks[start].is_cap and all(
        tok.is_word and (tok.is_cap or tok.low in ("of", "the", "&", "for")) for tok in toks[start:end]
    )


def _clause_ends_at(toks: Sequence[Token], k: int) -> bool:
    """Whether the clause ends at ``toks[k]``: no token, punctuation, a preposition or a date ("said Friday")."""
    if k >= len(toks) or not toks[k].is_word:
        return True
    low = toks[k].low
    return low in PREPOSITIONS or low.isdigit() or low in WEEKDAYS_MONTHS or low in TIME_NOUNS


def _long_appositive(toks: Sequence[Token], start: int, cue: int) -> bool:
    """Whether ``toks[start:cue]`` is a description set off by commas, too long to read as one
    phrase (", a researcher at the Institute of World Economy and International Relations,")."""
    return (
        cue - start > 3
        and toks[start].text == ","
        and toks[start + 1].low in ("a", "an", "the")
        and toks[cue - 1].text == ","
        and all(t.is_word or t.text in ".'’-" for t in toks[start + 1 : cue - 1])
    )


def _aside(toks: Sequence[Token], start: int, cue: int) -> bool:
    """Whether ``toks[start:cue]`` is a parenthetical or comma-set aside: "(D-Wis.)", ", 25,"."""
    if start >= cue:
        return start == cue
    first, last = toks[start].text, toks[cue - 1].text
    return first in ("(", ",") and last in (")", ",")


def colon_lead_in(state: QuoteState) -> Decision | None:
    """``X replied: "..."``: a cue before a colon, in the quote's sentence or the paragraph before.

    An attribution right after the quote (``...: "..." the union wrote``,
    ``...: "...," she said``) is nearer the quote and wins.
    """
    after = _after_adjacent(state)
    if after is not None and after.mention is not None:
        return None
    return _colon_lead_in(state)


def _colon_lead_in(state: QuoteState) -> Decision | None:
    toks = state.before_tokens
    if not toks and state.open_at == state.para_start and state.paragraph > 0:
        s, e = state.ctx.doc.paras[state.paragraph - 1]
        toks = tokenize(state.text, max(s, e - 300), e)
        if not toks or toks[-1].text != ":":
            return None
        decision = _cue_subject(state, toks, len(toks) - 1, "colon_lead_in", 0.8)
        decision = decision or _owned_speech(state, toks, len(toks) - 1)
        if decision is None:  # "Fire chief Dale Lund delivered the news outside the hall: ¶ "...""
            return _named_opener(state, toks)
        return decision
    if not toks or toks[-1].text != ":":
        return None
    decided = _cue_subject(state, toks, len(toks) - 1, "colon_lead_in", 0.9) or _owned_speech(
        state, toks, len(toks) - 1
    )
    if decided is None and len(toks) >= 2:
        label = np_before(state.text, toks, len(toks) - 2, tables=state.tables)
        names = state.ctx.names
        # 'Brandt: "..."' with Tomas Brandt named in the article; not 'Verdict: "..."'
        known = label is not None and label[1].kind == "person" and names.resolve(label[1].text) in names.full_names
        if label is not None and label[0] == 0 and known:
            return _decide(state, "colon_lead_in", 0.75, label[1], toks, [len(toks) - 1])
    if decided is None:
        got = _clause_subject(state, toks, len(toks) - 1)  # "the mayor is trying out a new slogan: "...""
        if got is not None and got[1].kind in ("person", "organization"):
            return _decide(state, "colon_lead_in", 0.6, got[1], toks, [len(toks) - 1])
    return decided


def _named_opener(state: QuoteState, toks: Sequence[Token]) -> Decision | None:
    """The person the article names in full who opens the sentence ``toks`` ends with a colon
    ("Fire chief Dale Lund delivered the news at the hall:", "Ida Marsh issued the following
    statement:"): a lead-in to the quote paragraph after it, whatever its verb."""
    start = max((n + 1 for n, t in enumerate(toks[:-1]) if t.text in (".", "!", "?")), default=0)
    if start < len(toks) and (toks[start].low in SUBORDINATORS or toks[start].low in PREPOSITIONS):
        comma = next((n for n in range(start, len(toks) - 1) if toks[n].text == ","), None)
        if comma is None:
            return None
        start = comma + 1  # "When Lund died, President Ida Marsh released the following statement:"
    got = np_after(state.text, toks, start, tables=state.tables, complete=False)
    names = state.ctx.names
    if got is None or got[1].kind != "person" or not names.names_in_full(names.resolve(got[1].text)):
        return None
    if got[0] < len(toks) and toks[got[0]].text in (",", ":"):
        return None  # "Ida Marsh, ...": an aside, not the sentence's subject and verb
    if any(t.is_cap and t.low not in state.tables.not_names for t in toks[got[0] + 1 :]):
        return None  # "Marsh quotes former adviser Tomas Kahn:": somebody else may be the one quoted
    return _decide(state, "colon_lead_in", 0.55, got[1], toks, [len(toks) - 1])


#: Contractions with "is", "am" or "are" that make a passive before a cue ("It's said", "I'm told").
_BE_CONTRACTED = frozenset(
    p + a + e for p, e in (("it", "s"), ("i", "m"), ("we", "re"), ("they", "re"), ("you", "re")) for a in ("'", "’")
)


#: Possessive pronouns that own a speech noun ("His reply was blunt:"), with their gender.
_POSSESSIVES: dict[str, str] = {"his": "m", "her": "f", "their": "p"}


def _owned_speech(state: QuoteState, toks: Sequence[Token], colon: int) -> Decision | None:
    """``His reply was blunt: "..."``, ``The minister's answer: "..."``: the owner of a noun of
    speech (``Config.speech_nouns``) opening the clause before the colon speaks the words after it.
    Up to two lower-case words may stand between the owner and the noun, and a form of "be" with
    up to two more between the noun and the colon."""
    nouns = state.ctx.config.speech_nouns
    k = colon - 1
    while k >= 0 and colon - k <= 4 and toks[k].is_word and not toks[k].is_cap and toks[k].low not in nouns:
        k -= 1
    if k < 1 or not toks[k].is_word or toks[k].low not in nouns or (k + 1 < colon and toks[k + 1].low not in _BE):
        return None
    o = k - 1  # the owner, before up to two lower-case words ("His parting shot", "her final answer")
    while o >= 0 and k - o <= 2 and toks[o].is_word and not toks[o].is_cap and toks[o].low not in _POSSESSIVES:
        o -= 1
    if o < 0:
        return None
    owned = _owner(state, toks, o, ("person", "description"))
    if owned is None:
        return None
    start, mention = owned
    if start > 0 and toks[start - 1].is_word:
        return None  # 'Lund welcomed her reply:' is the subject's comment on it, not the reply
    return _decide(state, "colon_lead_in", 0.7, mention, toks, [k])


def _owner(state: QuoteState, toks: Sequence[Token], o: int, kinds: tuple[str, ...]) -> tuple[int, Mention] | None:
    """The owner that ``toks[o]`` closes, a possessive pronoun ("his") or a phrase of one of
    ``kinds`` ending in 's ("the minister's", "Ida Lund's"), as a speaker mention without the
    's, and the index where it starts; None for any other word."""
    owner = toks[o]
    if owner.low in _POSSESSIVES:
        g = _POSSESSIVES[owner.low]
        return o, Mention(owner.start, owner.end, owner.text, "pronoun", owner.start, owner.end, gender=g)
    if not owner.low.endswith(("'s", "’s")):
        return None
    got = np_before(state.text, toks, o, tables=state.tables)
    if got is None or got[1].kind not in kinds:
        return None
    return got[0], without_possessive(got[1])


def _passive_before(toks: Sequence[Token], c: int) -> bool:
    """Whether the cue at ``c`` follows a form of "be": "was told", "is called", "It's said"."""
    low = toks[c - 1].low
    return low in _BE or low in _BE_CONTRACTED


def _recorded(toks: Sequence[Token], first: int, cue: Token) -> bool:
    """Whether the subject at ``toks[first]`` of the -ing cue ``cue`` follows "of" after a
    recording's noun ('footage of Ida Marsh asking', :data:`~quoteattr.lexicon.cues.RECORDING_NOUNS`)."""
    return (
        cue.low.endswith("ing") and first > 1 and toks[first - 1].low == "of" and toks[first - 2].low in RECORDING_NOUNS
    )


def _relative_before(toks: Sequence[Token], c: int) -> bool:
    """Whether "who" stands right before the cue ``toks[c]``, past adverbs ("others who only
    specified"): the cue's subject is the noun before it, or nobody named."""
    k = _skip_adverbs_left(toks, c - 1)
    return k >= 0 and toks[k].low == "who"


#: Words before a name that opens a sentence with a who-clause ("Another fisherman who ...").
_OPENER_LEADS = frozenset({"another", "one", "a", "an", "the"})
#: How many words may open a sentence before the "who" of :func:`_inside_who_clause`.
_OPENER_WORDS = 6
#: How many tokens a relative clause set off by no comma may hold before its cue
#: (:func:`_opener_with_who`).
_WHO_CLAUSE_REACH = 24


def _who_at(toks: Sequence[Token], c: int) -> int | None:
    """The index of the first lower-case "who" in ``toks[1:c]``, or None."""
    return next((k for k in range(1, c) if toks[k].text == "who"), None)


def _who_speaks(state: QuoteState, mention: Mention) -> bool:
    """Whether the phrase before a "who" may speak: a person, a group, or a description of a
    person by a role of the tables (not "the plan", "a statement")."""
    if mention.kind not in ("person", "description", "group"):
        return False
    return mention.kind != "description" or state.tables.person_role(mention.role or "")


def _inside_who_clause(toks: Sequence[Token], c: int, at: int) -> bool:
    """Whether ``toks[at]`` stands inside a "who" clause of words only that runs from the words
    opening the sentence up to the cue ``toks[c]`` ("Young divers who collected their permits
    on Sunday said"): the phrase there is the clause's object, not the cue's subject."""
    if c > _WHO_CLAUSE_REACH:
        return False
    who = _who_at(toks, c)
    if who is None or who > _OPENER_WORDS or toks[who - 1].low in PREPOSITIONS:
        return False  # not "grew so heated over who supported which bill that Ida Marsh said"
    if any(not tok.is_cap and tok.low.endswith(("ed", "ly")) for tok in toks[:who]):
        return False  # "Ida Marsh sharply rebuked critics who say": a verb before "who", no opener
    return who < at and all(tok.is_word for tok in toks[:c])


def _opener_with_who(state: QuoteState, toks: Sequence[Token], c: int) -> tuple[int, Mention] | None:
    """The person, people or person's description that opens the sentence ``toks`` right before
    a "who" clause of no commas running up to the cue ``toks[c]`` ("A quarry worker who asked not
    to be identified because he was not cleared to talk to reporters said"), else None."""
    if c > _WHO_CLAUSE_REACH or not toks or state.ctx.doc.sentence_at(toks[0].start)[0] != toks[0].start:
        return None  # not "rebuked critics who say": the tokens must open the sentence
    who = _who_at(toks, c)
    if who is None or any(not tok.is_word for tok in toks[who:c]):
        return None  # a comma, a dash or a quote mark: the clause is not one run of words
    got = np_before(state.text, toks, who - 1, tables=state.tables)
    lead = got is not None and got[0] == 1 and toks[0].low in _OPENER_LEADS  # "Another fisherman who"
    if got is None or (got[0] != 0 and not lead) or not _who_speaks(state, got[1]):
        return None
    return 0, got[1]


def _relative_antecedent(state: QuoteState, toks: Sequence[Token], c: int) -> tuple[int, Mention] | None:
    """The person, people or description of a person right before the "who" of the cue
    ``toks[c]`` (:func:`_relative_before`: "a campaign surrogate who said"), else None."""
    k = _skip_adverbs_left(toks, c - 1)
    got = np_before(state.text, toks, k - 1, tables=state.tables) if k > 0 else None
    return got if got is not None and _who_speaks(state, got[1]) else None


def _cue_subject(state: QuoteState, toks: Sequence[Token], end: int, rule: str, conf: float) -> Decision | None:
    """The last cue in ``toks[:end]`` and its subject; participles defer to the finite verb before them."""
    cues = [
        i
        for i in range(end)
        if (_is_cue(toks[i], state) or _is_naming(toks[i], state) or _is_text_verb(toks[i], state))
        and _verb_here(toks, i, state)
        and not _reduced_passive(toks, i, end)
    ]
    absolute = _with_participle(state, toks, cues)
    if absolute is not None:  # "..., with one councillor describing the plans as '...'"
        return _decide(state, rule, conf - 0.15, absolute[1], toks, [absolute[0]])
    for c in cues:
        tok = toks[c]
        if _participle(toks, c):
            continue
        if fronted_question(toks, c):  # "Asked whether the pact would hold, Marsh turned to Lund:"
            main = None if c < cues[-1] else _main_subject_after(state, toks, c, end, pronoun=True)
            if main is not None:
                return _decide(state, rule, conf - 0.15, main[1], toks, [c])
            continue
        if c > 0 and _passive_before(toks, c) and not tok.low.endswith("ing"):
            if c + 1 < end and toks[c + 1].low == "by" and _is_cue(tok, state):
                agent = np_after(state.text, toks, c + 2, tables=state.tables)  # "Reyes was asked by host Ida Marsh"
                if agent is not None and agent[1].kind in ("person", "organization", "description"):
                    return _decide(state, rule, conf - 0.1, agent[1], toks, [c - 1, c, c + 1])
            continue  # passive: "was told", "is called" (but "is telling" is active)
        modified = _modified_subject(state, toks, c)
        if modified is not None:  # "Commuters waiting at the terminal said": the commuters
            return _decide(state, rule, conf, modified[1], toks, [c])
        got = _speaker_before(state, toks, c)
        if got is not None and got[1].kind == "description" and _inside_who_clause(toks, c, got[0]):
            # "A diver who collected her permit on Sunday said": the opener, not the permit (but
            # "Asked who was to blame Ida Marsh said", "Unsure who to trust many voters said": theirs)
            got = _opener_with_who(state, toks, c)
            if got is None:
                continue
        if got is None and c == 0 and not tok.low.endswith("ing"):
            after = np_after(state.text, toks, 1, tables=state.tables)  # "Said Dahl: ..."
            got = (0, after[1]) if after is not None else None
        subordinate = got is not None and got[0] > 0 and toks[got[0] - 1].low in SUBORDINATORS
        relative = got is not None and got[1].refers_to is not None
        if (subordinate or relative) and any(d > c for d in cues):
            continue  # "When Brandt noted that ..., Kovalenko replied": the main clause speaks
        main = _main_subject_after(state, toks, c, end) if subordinate else None
        if main is not None:  # "When Lund told the room the hall shut at nine, Dahl pressed on: "...""
            return _decide(state, rule, conf - 0.15, main[1], toks, [c])
        title_of = got is not None and got[0] > 1 and toks[got[0] - 1].low == "of" and toks[got[0] - 2].is_cap
        in_phrase = got is not None and got[0] > 0 and toks[got[0] - 1].low in PREPOSITIONS
        if in_phrase and got is not None and _recorded(toks, got[0], tok):
            in_phrase = False  # 'footage of Ida Marsh asking, "..."': she speaks, not the footage
        # "a day after Hamid Lund said that ... "...": his clause, unless it closes before the quote
        # ("After Ida Marsh asked about it, the Graysons became "agitated"")
        in_phrase = in_phrase and not (subordinate and not _clause_closed(toks, c, end))
        placed = _placed_description(state, toks, got[0] - 1) if in_phrase and got is not None else None
        if placed is not None:
            got = placed  # "after a senior consultant in Port Alma described": the consultant
        elif in_phrase and got is not None and got[1].refers_to is None and not title_of:
            got = _clause_subject(state, toks, got[0])  # "Fishermen walking along the quay shouted"
        if got is None and _relative_before(toks, c):
            got = _relative_antecedent(state, toks, c)  # "a campaign surrogate who said"
            if got is None:
                continue  # "30 others who only specified": whose words, the people before "who" tell
        if got is None:
            got = _subject_before_aside(state, toks, c) or _opener_with_who(state, toks, c)
        if got is not None and tok.low in _WRITTEN_CUES and _a_thing(state, got[1]):
            # "A sign in the window of a shop up the road reads": the sign, not the road
            head = _clause_subject(state, toks, got[0])
            got = head if head is not None and _written(state, head[1]) else None
        if got is None or (_is_text_verb(tok, state) and not _written(state, got[1])):
            continue
        work = got[1].kind == "description" and (got[1].role or "") in state.tables.work_nouns
        if work and tok.low.endswith("ing"):
            maker = _clause_subject(state, toks, got[0])  # "Dahl issued a statement saying", "an ad calling"
            if maker is not None and maker[1].kind in ("person", "organization", "group", "pronoun"):
                got = maker
        if got[1].kind == "pronoun" and got[0] > 0 and toks[got[0] - 1].low == "what":
            main = _clause_subject(state, toks, got[0] - 1)  # "The council condemned what it called"
            if main is not None and main[1].kind != "pronoun" and _same_number(main[1], got[1]):
                got = main
        later = _later_clause_cue(state, toks, cues, c)
        if later is not None:
            c, got = later
            tok = toks[c]
        naming = _is_naming(tok, state) and not _is_cue(tok, state)
        return _decide(state, rule, conf - (0.15 if naming else 0.0), got[1], toks, [c])
    # no cue's own subject parsed (", saying ...", "X, the head of ..., told"): the subject of
    # the main clause speaks; not for a word that is more often a noun ("the question of")
    fallback = [
        c
        for c in cues
        if not _is_text_verb(toks[c], state)
        and (toks[c].low not in NOUN_HOMOGRAPHS or (c > 0 and toks[c - 1].text == ","))
        and not (c > 0 and _passive_before(toks, c))
        and not (toks[c].low in _PASSIVE_LABELS and _participle(toks, c))
        and not _as_saying_of(state, toks, c)
        and not _relative_before(toks, c)
        and not _inside_who_clause(toks, c, c - 1)  # "Young Harlanian divers who ... said": no name opens it
    ]
    if fallback and not _own_clause(toks, fallback[0]):
        c = fallback[0]
        got = _clause_subject(state, toks, c)
        if got is not None:
            return _decide(state, rule, conf - 0.15, got[1], toks, [c])
    return None


def _with_participle(state: QuoteState, toks: Sequence[Token], cues: Sequence[int]) -> tuple[int, Mention] | None:
    """The subject of the last cue when it is a participle after "with" and its subject, after a
    comma ("Islanders have warned ..., with one councillor describing the plans as '...'", "...,
    with many saying"): the cue's index and that subject; else None."""
    if not cues:
        return None
    c = cues[-1]
    if not toks[c].low.endswith("ing") or c < 3:
        return None
    if not any(toks[j].low == "with" and toks[j - 1].text == "," for j in range(1, c)):
        return None  # the cheap look first: no ", with" before the participle
    got = _speaker_before(state, toks, c)
    if got is None or got[0] < 2 or toks[got[0] - 1].low != "with" or toks[got[0] - 2].text != ",":
        return None
    if got[1].kind not in ("person", "description", "group"):
        return None
    return c, got[1]


def _as_saying_of(state: QuoteState, toks: Sequence[Token], c: int) -> bool:
    """Whether ``toks[c]`` is the "saying" of "quoted ... as saying": its subject is whoever was
    quoted, never the main clause's (the outlet that quoted)."""
    if c < 2 or toks[c].low not in _AS_WORDS or toks[c - 1].low != "as":
        return False
    verbs = state.ctx.config.as_saying_verbs
    return any(t.low in verbs for t in toks[max(0, c - AS_REACH) : c - 1])


def _own_clause(toks: Sequence[Token], c: int) -> bool:
    """Whether the cue ``toks[c]`` has a subject of its own in a subordinate clause, up to three
    lower-case words after a subordinator ("... water as farmers warn of", "while local growers
    said"): that unnamed subject speaks, not the main clause's."""
    k = c - 1
    while k >= 0 and c - k <= 4 and toks[k].is_word and not toks[k].is_cap and toks[k].low not in PRONOUNS:
        if toks[k].low in SUBORDINATORS:
            return k < c - 1
        k -= 1
    return False  # "although he thanked them, ...": a he or she is the main clause's subject too


def _main_subject_after(
    state: QuoteState, toks: Sequence[Token], c: int, end: int, pronoun: bool = False
) -> tuple[int, Mention] | None:
    """The person who opens the main clause after a fronted subordinate clause whose cue is
    ``toks[c]``, before the quote at ``toks[end]``: a name after a comma, followed by a word in
    lower case ("When Lund told the room the hall shut at nine, Dahl pressed on"); with
    ``pronoun``, a he, she or they there too ("Asked which county he liked, he demurred")."""
    for n in range(c + 1, end - 1):
        if toks[n].text != ",":
            continue
        low = toks[n + 1].low
        if pronoun and low in ("he", "she", "they") and n + 2 < end and toks[n + 2].is_word and not toks[n + 2].is_cap:
            return np_before(state.text, toks, n + 1, tables=state.tables)  # the pronoun as a mention
        if not toks[n + 1].is_cap:
            continue
        k = n + 1
        while k + 1 < end and toks[k + 1].is_word and toks[k + 1].is_cap:
            k += 1
        if k + 1 < end and toks[k + 1].is_word and not toks[k + 1].is_cap:
            got = np_before(state.text, toks, k, tables=state.tables)
            if got is not None and got[0] == n + 1 and got[1].kind == "person":
                return got
    return None


def _placed_description(
    state: QuoteState, toks: Sequence[Token], prep: int, hops: int = 1
) -> tuple[int, Mention] | None:
    """A description of a person whose place or body follows in a phrase that opens with the
    preposition at ``toks[prep]`` ("a senior consultant in Port Alma", "the mayor of Port Alma"),
    standing right before a cue: the description speaks, not the name in the phrase nor the
    subject of the main clause. A place of the place is read through, ``hops`` times ("An
    official at a mill in Port Alma": the official, not the mill)."""
    if prep < 2 or not toks[prep - 1].is_word or toks[prep - 1].is_cap:
        return None
    got = np_before(state.text, toks, prep - 1, tables=state.tables)
    if got is None or got[1].kind != "description":
        return None
    if (
        toks[got[0]].low in INDEFINITE_DETERMINERS
        and got[0] == 0
        and (got[1].role or "") not in state.tables.body_nouns
    ):
        return got  # "One crane driver at the port said": somebody unnamed, whatever the role
    if state.tables.person_role(got[1].role or ""):
        return got if toks[got[0]].low in SUBJECT_DETERMINERS else None
    if hops > 0 and got[0] >= 2 and toks[got[0] - 1].low in PLACING_PREPOSITIONS:
        return _placed_description(state, toks, got[0] - 1, hops - 1)  # "at a mill in Port Alma"
    return None


def _opening_placed_further(
    state: QuoteState, toks: Sequence[Token], prep: int, last: int
) -> tuple[int, Mention] | None:
    """:func:`_opening_placed` at a preposition further left than ``toks[prep]`` in the same run
    of words ("A buyer with one of the contracting companies": "with", not "of"), up to five
    words back."""
    for p in range(prep - 1, max(0, prep - 6), -1):
        if not toks[p].is_word:
            return None
        if toks[p].low in PREPOSITIONS:
            placed = _opening_placed(state, toks, p, last)
            if placed is not None:
                return placed
    return None


def _opening_placed(state: QuoteState, toks: Sequence[Token], prep: int, last: int) -> tuple[int, Mention] | None:
    """The description of :func:`_placed_description` at ``toks[prep]`` when it opens the clause,
    named with its placing words up to ``toks[last]`` where they run on so (:func:`_placed_up_to`:
    "One crane driver at the port"); else None."""
    placed = _placed_description(state, toks, prep)
    if placed is None or placed[0] != 0:
        return None
    return _placed_up_to(state, toks, placed, last) or placed


#: Words that end a placing phrase's run: a coordinated or finite verb after it is the clause's
#: own ("Workers at the plant voted and said"), not part of who the speakers are.
_PLACING_STOPS = frozenset({"and", "or", "but", "which", "whose", "where", "until"}) | _BE | SUBORDINATORS
#: The most words a placing phrase, and a relative clause after it, may take between a
#: description's head and its cue.
_PLACING_REACH = 10
_RELATIVE_REACH = 14
#: The words that open the relative clause a placing run may end with ("... who asked not to be named").
_RELATIVE_OPENERS = frozenset({"who", "that", "whose"})


def _modified_subject(state: QuoteState, toks: Sequence[Token], c: int) -> tuple[int, Mention] | None:
    """A description that opens the sentence and runs on with a placing phrase, a participle's or a
    relative clause right up to the cue ``toks[c]`` ("Commuters waiting at the terminal said", "An
    exporter from Cacak who asked not to be named told"): the description speaks, named with the
    placing words (up to any relative clause and a closing time phrase), not a noun inside them.
    A role in the plural that no table holds as a group opens one too ("Local guesthouse owners
    said")."""
    last = _skip_time_left(toks, _skip_adverbs_left(toks, c - 1))
    tables = state.tables
    for head in range(min(last + 1, 6)):
        tok = toks[head]
        if not tok.is_word or (tok.is_cap and head > 0 and tok.low not in tables.nationalities):
            continue
        if not _heads_people(toks, head, tables) or toks[head + 1].low in PRONOUNS:
            continue
        got = np_before(state.text, toks, head, tables=tables)
        if got is None:
            got = _plural_group(state, toks, head)
            if got is not None and head == last:
                return got  # "Local guesthouse owners said"
        if got is None or got[0] != 0 or got[1].kind not in ("description", "group") or head == last:
            continue
        if not all(_qualifying(state, t) for t in toks[:head]):
            return None  # "President Ida Marsh sharply rebuked critics who say": a clause, no phrase
        return _placed_up_to(state, toks, got, last)
    return None


def group_subject(state: QuoteState, toks: Sequence[Token], c: int) -> Mention | None:
    """The group of people that opens a sentence as the subject of its cue ``toks[c]``, with the
    words that place it ("Traders at the Aflao market complained", "Farmers said"): the
    people a "they" after the sentence stands for; None for anything else."""
    got = _modified_subject(state, toks, c)
    if got is None:
        bare = np_after(state.text, toks, 0, tables=state.tables)
        got = bare if bare is not None and bare[0] == c else None
    return got[1] if got is not None and got[1].kind == "group" else None


def _heads_people(toks: Sequence[Token], head: int, tables: NameTables) -> bool:
    """Whether ``toks[head]`` may head a description of people that opens a sentence: a people
    noun, a doer's ("smallholders", "beekeepers"), or any noun after a determiner that "who"
    follows ("A tour operator who declined to be named")."""
    low = strip_possessive(toks[head].low)
    if tables.people_noun(low) or tables.doer(low) or (low.endswith("s") and tables.doer(low[:-1])):
        return True
    return (
        head > 0
        and toks[head + 1].low == "who"
        and any(tok.low in DETERMINERS for tok in toks[max(0, head - 2) : head])
        and toks[head].is_word
        and not toks[head].is_cap
        and low not in tables.not_names
    )


def _qualifying(state: QuoteState, tok: Token) -> bool:
    """Whether ``tok`` may stand before the head of a description that opens a sentence: a word,
    but no pronoun, cue, nor a lower-case word ending as past verbs and adverbs do ("rebuked",
    "passionately")."""
    if not tok.is_word or tok.low in PRONOUNS or _is_cue(tok, state):
        return False
    return tok.is_cap or not tok.low.endswith(("ed", "ly"))


def _placed_up_to(
    state: QuoteState, toks: Sequence[Token], got: tuple[int, Mention], last: int
) -> tuple[int, Mention] | None:
    """The description ``got`` named with the placing words that run on after it to ``toks[last]``
    (:func:`_placing_run`; "An official in the ministry's heritage department"), or None when
    the words after it are not such a run."""
    head = next((i for i in range(got[0], last + 1) if toks[i].end == got[1].end), None)
    if head is None:
        return None
    named_end = head if head == last else _placing_run(state, toks, head + 1, last)
    if named_end is None:
        return None
    s, e = got[1].start, toks[named_end].end
    return got[0], attrs.evolve(got[1], end=e, text=state.text[s:e], phrase_end=max(got[1].phrase_end, toks[last].end))


def _plural_group(state: QuoteState, toks: Sequence[Token], head: int) -> tuple[int, Mention] | None:
    """The group a role in the plural at ``toks[head]`` heads when it opens the sentence after at
    most three words that qualify it ("Local guesthouse owners", "Many shop owners"): not after a
    pronoun, a verb or a word in the singular role of its own."""
    low = toks[head].low
    if not state.tables.plural_role(low) or head > 3:
        return None
    first = 1 if head > 0 and toks[0].is_cap and toks[0].low in state.tables.not_names else 0  # "Now farmers say"
    for tok in toks[first:head]:
        if not _qualifying(state, tok) or is_possessive(tok.text):
            return None  # not "Ida Marsh's lawyers": the owner's words, her lawyers' rule
        if tok.low in DETERMINERS and tok.low not in ("some", "many", "several", "most"):
            return None
    s, e = toks[first].start, toks[head].end
    return first, Mention(s, e, state.text[s:e], "group", s, e, role=low)


def _placing_run(state: QuoteState, toks: Sequence[Token], first: int, last: int) -> int | None:
    """The index of the last word that places the people of a description when ``toks[first :
    last + 1]`` runs on from its head to the cue: a placing phrase or a participle's, then at most
    a relative clause with no comma ("... from Cacak who asked not to be named"); None when the
    words are anything else."""
    if last < first or last - first > _PLACING_REACH + _RELATIVE_REACH:
        return None
    if any(not tok.is_word for tok in toks[first : last + 1]):
        return None
    low = toks[first].low
    if low in _RELATIVE_OPENERS:
        # "A diplomat who asked not to be named said", "A fisherman whose licence was revoked
        # told": the head alone, if the clause has a verb
        return first - 1 if first < last <= first + _RELATIVE_REACH else None
    participle = low.endswith("ing") and len(low) > 4 and low not in NOT_PLACING_PARTICIPLES
    # "Drivers stranded near the town said", "Families displaced by the fire told": a past
    # participle with its phrase; two finite verbs would want an "and" between them
    past = (
        low.endswith("ed")
        and first < last
        and (toks[first + 1].low in PLACING_PREPOSITIONS or toks[first + 1].low == "by")
    )
    participle = (participle or past) and not _is_cue(toks[first], state)
    if not participle and low not in PLACING_PREPOSITIONS:
        return None
    k = first + 1
    while k <= last and toks[k].low not in _RELATIVE_OPENERS:
        tok = toks[k]
        if tok.low in _PLACING_STOPS or _is_cue(tok, state):
            return None  # "Workers at the plant voted and said": the run holds a verb of its own
        if not tok.is_cap and tok.low.endswith("ed"):
            return None  # "Residents near the river camped": a verb in the past
        k += 1
    if k == last or k - first > _PLACING_REACH or last - k > _RELATIVE_REACH:
        return None  # "... who said": no verb of its own before the cue; or too long a run
    if any(tok.is_cap or tok.low in PRONOUNS for tok in toks[k + 1 : last + 1]):
        return None  # "Residents evacuated from the tower that Mayor Ada Lund called": her clause, her cue
    return k - 1


def _clause_closed(toks: Sequence[Token], c: int, end: int) -> bool:
    """Whether a comma after the cue ``toks[c]`` and before ``toks[end]`` (the quote) comes before
    any "that": the cue's clause closed there, and another clause leads to the quote."""
    for tok in toks[c + 1 : end]:
        if tok.low == "that":
            return False
        if tok.text == ",":
            return True
    return False


def _participle(toks: Sequence[Token], c: int) -> bool:
    """Whether the cue ``toks[c]`` is a participle after a comma: present (", saying"), which
    defers to the finite verb before it, or a passive label right before the quote ("Nell Ash,
    dubbed 'Flying Nell' by staff"), whose subject did not choose the words ("Dahl, the chair,
    described it as '...'" has an object: a finite verb)."""
    if c == 0 or toks[c - 1].text != ",":
        return False
    return toks[c].low.endswith("ing") or (toks[c].low in _PASSIVE_LABELS and c == len(toks) - 1)


def _reduced_passive(toks: Sequence[Token], c: int, end: int) -> bool:
    """Whether the cue ``toks[c]`` is a past participle before "by" with no "be" before it ("A
    tourist, quoted by the Daily Mail in a report later cited by Skai TV, said"): an aside on
    somebody, not what a subject did; "was quoted by" is read as a passive with its agent."""
    return (
        toks[c].low.endswith("ed")
        and c + 2 < end
        and toks[c + 1].low == "by"
        # "Husted continued by saying", "responded by first saying": active, by its means
        and not any(t.low.endswith("ing") for t in toks[c + 2 : min(end, c + 4)])
        and toks[c + 2].low not in _MEANS_NOUNS  # "confirmed by phone", "replied by email"
        and c > 0
        and not toks[c - 1].is_cap  # "Ida Varnas confirmed by ...": a name's own verb
        and not _passive_before(toks, c)
    )


#: Nouns after "by" that tell how words were given, not who carried them ("by phone").
_MEANS_NOUNS = frozenset(
    {"phone", "telephone", "email", "e-mail", "text", "letter", "video", "videolink", "fax", "post", "mail",
     "message", "messenger", "radio", "satellite", "link"}
)  # fmt: skip


#: Speech verbs whose subject is a written thing or a person, never another thing: the
#: present "reads" ("the letter reads", "Lund reads", not "the road reads").
_WRITTEN_CUES = frozenset({"reads"})


def _no_one_described(state: QuoteState, mention: Mention) -> bool:
    """Whether ``mention`` is a description whose head is neither a person's role nor a written
    thing or a sign ("the road", "the inspectorate")."""
    role = (mention.role or "").lower()
    return mention.kind == "description" and not state.tables.person_role(role) and not state.tables.written(role)


def _a_thing(state: QuoteState, mention: Mention) -> bool:
    """Whether ``mention`` is a description of a thing that is neither written nor a person nor
    a body ("the road", "the window")."""
    return _no_one_described(state, mention) and (mention.role or "").lower() not in state.tables.body_nouns


def _written(state: QuoteState, mention: Mention) -> bool:
    """Whether ``mention`` is a written thing that can "read": "the letter", "a sign that", "it"."""
    phrase = mention.named
    if phrase.kind == "description":
        role = phrase.role or ""
        return state.tables.written(role)
    return phrase.kind == "pronoun" and phrase.text.lower() == "it"


#: Verbs that resume a main clause after a comma-set relative clause ("..., which Reyes wrote, was").
_CLAUSE_VERBS = frozenset({"is", "was", "are", "were", "has", "had", "have", "will", "would", "remains", "remained"})

#: Words before a subject that open a clause of its own after a first attribution:
#: "Dahl says, but she cautions", "..., he said, from", "which he called".
_NEW_SUBJECT_AFTER = frozenset({",", ";", "but", "and", "which", "whom"})


#: Words that join a second verb to the first one's subject ("said ... and warned").
_COORDINATORS = frozenset({"and", "but", "or"})


def _later_clause_cue(
    state: QuoteState, toks: Sequence[Token], cues: Sequence[int], first: int
) -> tuple[int, tuple[int, Mention]] | None:
    """The last cue before the quote when it has a subject of its own in a later clause.

    "Brandt said that was natural — no different, he said, from ...": the
    parenthetical "he said" is the quote's attribution.  Only a finite cue
    whose subject follows a comma, "but", "and" or a relative word counts, so
    "Dahl said she recalled thinking" stays Dahl's.
    """
    finite = [c for c in cues if c > 0 and not toks[c].low.endswith("ing") and toks[c - 1].low not in _BE]
    if not finite or finite[-1] <= first:
        return None
    last = finite[-1]
    if toks[last - 1].low in _COORDINATORS:
        return None  # "said cancellations hit Paros, Milos and Ikaria, and warned of "..."": one subject
    got = _speaker_before(state, toks, last)
    if got is None or got[0] == 0:
        return None
    if got[1].refers_to is not None:
        # "said Ida Marsh, the group's strategist, who added that ...": a comma-set "who" clause
        # nearer the quote attributes it, with the same person as its antecedent
        pronoun = next((j for j in range(last - 1, got[0], -1) if toks[j].start == got[1].start), None)
        if pronoun is None or toks[pronoun].low != "who" or toks[pronoun - 1].text != ",":
            return None
        return last, got
    rest = toks[last + 1 :]
    if any(a.text == "," and b.low in _CLAUSE_VERBS for a, b in itertools.pairwise(rest)):
        return None  # "the report, which Reyes wrote, was": the later clause closed before the quote
    if toks[got[0] - 1].text in _NEW_SUBJECT_AFTER or toks[got[0] - 1].low in _NEW_SUBJECT_AFTER:
        return last, got
    n = got[0]  # "..., a step Lund said proved the pact was "...": a clause on a noun set off by a comma
    noun = n >= 3 and toks[n - 1].is_word and not toks[n - 1].is_cap
    if noun and toks[n - 3].text == "," and toks[n - 2].low in ("a", "an") and got[1].kind == "person":
        return last, got
    return None


def _same_number(antecedent: Mention, pronoun: Mention) -> bool:
    """Whether ``pronoun`` can stand for ``antecedent``: "it" for a body, "they" for a group or body,
    "he" or "she" for a person."""
    if pronoun.gender == "n":
        return antecedent.kind == "organization"
    if pronoun.gender == "p":
        return antecedent.kind in ("organization", "group")
    return antecedent.kind == "person"


#: Words that open a fronted subordinate clause, whose subject is not the main clause's.
_FRONTED_CLAUSE = SUBORDINATORS - {"as", "whereas", "once"}


def _clause_subject(state: QuoteState, toks: Sequence[Token], before: int) -> tuple[int, Mention] | None:
    """The first name or pronoun in ``toks[:before]`` that stands as a subject.

    Not inside a prepositional phrase (from the preposition to the next comma:
    "At the port's meeting in Oslingen, Lund ..."), not a word in capitals (a
    dateline), not an opening adverb or participle ("Domestically, ...",
    "Holding signs, ..."), and followed by what can be its verb: a lower-case
    word, a bracket, or a comma-set aside.
    """
    k = 0
    in_phrase = False
    prep = 0  # the preposition that opened the phrase
    not_names = state.tables.not_names
    k = _past_dateline_tokens(state, toks, before)  # "Vlorë, July 18 /ATA/ - Residents gathered"
    while k < before:
        tok = toks[k]
        if not tok.is_word:
            if tok.text in ",;:()" or tok.text in _DASHES:
                in_phrase = False
            k += 1
            continue
        if tok.low in PREPOSITIONS and (not tok.is_cap or k == 0):
            in_phrase, prep = True, k
            k += 1
            continue
        if tok.low in _FRONTED_CLAUSE and k == 0 and any(t.text == "," for t in toks[k:before]):
            in_phrase = True  # "When Lund told the room the hall shut at nine, Dahl pressed on": not Lund
            k += 1
            continue
        if tok.low in SUBJECT_DETERMINERS and _clause_opens_at(toks, k) and not in_phrase:
            desc = _description_subject(state, toks, k, before)  # "the justice sounded off on Lund, saying"
            if desc is not None:
                return k, desc
        # not "Minutes later", nor the day in "Tuesday's meeting"
        day = tok.low.removesuffix("'s").removesuffix("’s") in WEEKDAYS_MONTHS
        name_word = tok.is_cap and tok.low not in not_names and tok.low not in TIME_NOUNS and not day
        subject_word = name_word or tok.low in ("he", "she", "they", "it", "we", "i")
        if not subject_word:
            k += 1
            continue
        end = k
        while end + 1 < before and toks[end + 1].is_word and toks[end + 1].is_cap:
            end += 1
        run = toks[k : end + 1]
        nxt = toks[end + 1] if end + 1 < len(toks) else None
        shouting = all(t.text.isupper() and len(t.text) > 1 for t in run)
        opener = k == 0 and end == 0 and tok.low.endswith(("ing", "ly", "ed"))
        clause_start = _clause_opens_at(toks, k) or (k == 1 and toks[0].low == "the")
        verb_next = nxt is not None and (
            (nxt.is_word and not nxt.is_cap and (nxt.low not in PREPOSITIONS or clause_start)) or nxt.text in ",("
        )
        # "A Marsaxlokk fisherman whose ... told": a place that qualifies a noun, no subject
        qualifies = k >= 1 and toks[k - 1].low in ("a", "an") and nxt is not None and nxt.is_word and not nxt.is_cap
        if not in_phrase and not shouting and not opener and verb_next and not qualifies:
            got = np_before(state.text, toks, end, tables=state.tables)
            if got is not None and got[1].kind in ("person", "organization", "pronoun", "group"):
                return got
        # "One operative inside Harbor House tried to": the operative; not "familiar with Cruz's
        # thinking", nor "A mile from Orvale Bridge, Ada Lund stopped" (a comma: she is the subject)
        verb_word = verb_next and nxt is not None and nxt.is_word
        if in_phrase and verb_word and prep > 0 and not is_possessive(toks[end].text):
            placed = _opening_placed(state, toks, prep, end)
            if placed is not None:
                return placed
        k = end + 1
    return None


def _description_subject(state: QuoteState, toks: Sequence[Token], k: int, before: int) -> Mention | None:
    """The description opening at ``toks[k]`` when it stands as the subject of an active verb.

    Its head is a role noun and a lower-case verb follows it; a passive ("The
    mayor was heckled by protesters shouting") or a comma-set "with" ("the
    senator left, with Dahl saying") before ``before`` gives the words to
    someone else.
    """
    desc = np_after(state.text, toks, k, tables=state.tables, complete=False)
    if desc is None or desc[0] >= before or desc[1].phrase_start != toks[k].start:
        return None
    if desc[1].kind not in ("description", "group") or (desc[1].role or "") not in state.tables.role_nouns:
        return None
    verb = toks[desc[0]]
    # "The 44-year-old, who ...", "The 72-year-old, now living in Port Alma, said"
    aside = verb.text == "," and desc[0] + 1 < before and _aside_about_subject(toks, desc[0] + 1)
    if not aside and (not verb.is_word or verb.is_cap or verb.low in PREPOSITIONS):
        return None
    span = toks[desc[0] : before]
    passive = any(a.low in _BE and b.low.endswith(("ed", "en")) for a, b in itertools.pairwise(span))
    if passive or any(a.text == "," and b.low == "with" for a, b in itertools.pairwise(span)):
        return None
    return desc[1]


def _aside_about_subject(toks: Sequence[Token], n: int) -> bool:
    """Whether ``toks[n]``, after a comma, opens an aside about the subject before it: a relative
    pronoun ("who"), a participle ("speaking on condition of anonymity", "quoted by the daily
    X"), or one of
    :data:`_ASIDE_ADVERBS` before a participle ("now living in Port Alma")."""
    low = toks[n].low
    if low in RELATIVE_PRONOUNS or low.endswith("ing"):
        return True
    if low.endswith("ed") and n + 1 < len(toks) and toks[n + 1].low == "by":
        return True  # "A ministry official, quoted by the daily X, said"
    return low in _ASIDE_ADVERBS and n + 1 < len(toks) and toks[n + 1].low.endswith(("ing", "ed"))


def _past_dateline_tokens(state: QuoteState, toks: Sequence[Token], before: int) -> int:
    """The index of the first token past a dateline that opens the paragraph of ``toks``
    ("Vlorë, July 18 /ATA/ -", "PORT ALMA (OPA) —", "Harlan, 4 May -"): a place in capitals, or
    a place with a date or a credit, then a dash; 0 when no dateline opens it."""
    if not toks:
        return 0
    start = toks[0].start
    if start > 0 and state.text[start - 1] != "\n":
        return 0
    m = _DATELINE_LEAD_RE.match(state.text, start, toks[min(before, len(toks)) - 1].end if before else start)
    if m is None:
        return 0
    return next((k for k, tok in enumerate(toks) if tok.start >= m.end()), 0)


#: A dateline at a paragraph's start: a place in capitals ("PORT ALMA"), or of capitalized words
#: with a date or a credit ("Vlorë, July 18 /ATA/", "Harlan (OPA)"), then a dash.
_PLACE = r"\p{Lu}[\p{L}\p{M}'’.\-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.\-]*){0,3}(?:,[ \t]*\p{Lu}[\p{L}\p{M}.]*)?"
_DATE = r",?[ \t]*" + DATELINE_DATE
_CREDIT = r"[ \t]*(?:\([^()\n]{2,40}\)|/[^/\n]{2,30}/)"
_DATELINE_LEAD_RE = regex.compile(
    r"(?:\p{Lu}{2}[\p{Lu}\p{M}'’.\- ]*(?:" + _DATE + r")?(?:" + _CREDIT + r")?"
    r"|" + _PLACE + r"(?:" + _DATE + r"(?:" + _CREDIT + r")?|" + _CREDIT + r"))"
    r"[ \t]*(?:--|[—–―-])[ \t]+"
)


def _a_body_described(state: QuoteState, mention: Mention) -> bool:
    """Whether ``mention`` is a definite description that may name a body ("the inspectorate"):
    no person's role, no written thing or sign, and "the" or "this" before its head."""
    return _no_one_described(state, mention) and mention.text.split()[0].lower() in ("the", "this")


#: Adverbs that may open an aside before its participle ("now living in", "still working as").
_ASIDE_ADVERBS = frozenset({"now", "still", "once", "long", "newly", "recently", "since"})


def _subject_before_aside(state: QuoteState, toks: Sequence[Token], cue: int) -> tuple[int, Mention] | None:
    """``Kovalenko, asked by reporters whether ..., replied``: the name before a comma-set aside."""
    k = _skip_adverbs_left(toks, cue - 1)  # "..., forcefully told"
    if k < 1 or toks[k].text != ",":
        return None
    for j in range(k - 1, max(-1, k - 39), -1):
        if toks[j].text == "," and j >= 1:
            if toks[j - 1].low.isdigit():
                continue  # "Cory Lund, 22, of Oslingen, said": an age
            got = np_before(state.text, toks, j - 1, tables=state.tables)
            relative = _aside_about_subject(toks, j + 1)
            if got is not None and got[0] > 0 and toks[got[0] - 1].low in PREPOSITIONS:
                if _work_by(state, toks, got[0] - 1) and got[1].kind in ("person", "organization"):
                    return got  # "A 1911 entry by warden Ian Lund, penned in a gale, reads": its writer
                placed = _opening_placed(state, toks, got[0] - 1, j - 1) if relative else None
                if placed is None and relative:  # "A buyer with one of the companies, who ..., said"
                    placed = _opening_placed_further(state, toks, got[0] - 1, j - 1)
                if placed is not None:
                    return placed  # "One crane driver at the port, who asked not to be named, said"
                continue  # "..., of Oslingen, Nordland, said": a place in the aside
            if got is None and relative:
                prep = next((p for p in range(j - 1, max(0, j - 6), -1) if toks[p].low in PREPOSITIONS), 0)
                plain = prep > 0 and all(t.is_word for t in toks[prep:j])
                placed = _opening_placed(state, toks, prep, j - 1) if plain else None
                if placed is not None:
                    return placed  # "One crane driver at the Port Alma terminal, who ..., said"
            if got is not None and got[1].kind == "organization":
                person = _person_before_title(state, toks, got[0])
                if person is not None:
                    return person  # "Ian Lund, chief executive of Harbor Trust, who ..., apologised"
            if got is not None and got[1].kind in ("person", "organization"):
                return got
            # the aside is a relative clause or a participle's ("speaking on condition of anonymity")
            if (
                got is not None
                and got[0] == 0
                and relative
                and got[1].kind == "description"
                and (state.tables.person_role((got[1].role or "").lower()) or toks[0].low in INDEFINITE_DETERMINERS)
            ):
                return got  # "A military official, who spoke on condition of anonymity, told Yonhap"
            if got is not None and got[0] == 0 and toks[j + 1].low == "which" and _a_body_described(state, got[1]):
                return got  # "The inspectorate, which falls under the Health Ministry, said": a body
            return None
    return None


def _work_by(state: QuoteState, toks: Sequence[Token], by: int) -> bool:
    """Whether ``toks[by]`` is the "by" after a written thing ("an entry by", "a letter by")."""
    return toks[by].low == "by" and by >= 1 and state.tables.written(toks[by - 1].low)


def _person_before_title(state: QuoteState, toks: Sequence[Token], first: int) -> tuple[int, Mention] | None:
    """The person named just before a title phrase that ends in a body's name ("Ian Lund, chief
    executive of Harbor Trust"; the body's phrase opens at ``toks[first]``)."""
    for n in range(first - 1, max(0, first - 5), -1):
        if toks[n].text == ",":
            got = np_before(state.text, toks, n - 1, tables=state.tables)
            return got if got is not None and got[1].kind == "person" else None
        if toks[n].is_cap and toks[n].low not in state.tables.titles:
            return None
    return None


def before_cue(state: QuoteState) -> Decision | None:
    """``X said relations were "..."``: the last cue of the sentence before the quote, and its subject."""
    toks = state.before_tokens
    if not toks:
        return None
    decided = _cue_subject(state, toks, len(toks), "before_cue", 0.85)
    after = _after_adjacent(state) if state.quote.text.rstrip().endswith(",") else None
    if decided is not None and after is not None and after.mention is not None and decided.cue:
        naming = _names_here(toks, _index_at(toks, decided.cue[0][0]), state)
        body = after.mention.kind == "description" and (after.mention.role or "") in state.tables.body_nouns
        entry = state.ctx.relays.lookup(after.mention.text) if after.mention.kind == "organization" else None
        relayed = entry is not None and entry.kind == "agency"  # '"...," the Interfax news agency reported'
        if not naming and not body and not relayed and not _subordinate_subject(toks, decided):
            return None  # '"...," the senator said' closes the quote with its own attribution
    if decided is not None and _reported_clause(state, toks, decided):
        return None  # 'KCNA quoted him as saying "..." and that Pyongyang would respond in a "..."'
    if decided is None and state.tokens_past_title:
        wide = state.tokens_past_title  # 'Dahl tells Channel 4's "Morning Tide" that "..."'
        decided = _cue_subject(state, wide, len(wide), "before_cue", 0.8)
    return decided


def _reported_clause(state: QuoteState, toks: Sequence[Token], decided: Decision) -> bool:
    """Whether the decided subject opens an "and that" clause after an earlier quote of the sentence:
    the clause goes on with that quote's reported speech ('said the drills were "..." and that
    Pyongyang would respond in a "..." manner'), so its verb is no new attribution."""
    if decided.mention is None or state.before[0] <= state.sentence_lo:
        return False
    return _goes_on_reported(toks, _index_at(toks, decided.mention.phrase_start))


def _goes_on_reported(toks: Sequence[Token], first: int) -> bool:
    """Whether a subject at ``toks[first]`` opens the window with "and that" or ", that": a clause
    of the speech reported before it, not an attribution of its own."""
    return first == 2 and toks[1].low == "that" and toks[0].low in ("and", ",")


def _subordinate_subject(toks: Sequence[Token], decided: Decision) -> bool:
    """Whether the decided speaker opens a subordinate clause that runs on to the quote ("As
    Lund claimed that "...," Dahl said"): the comma after the quote closes that clause, not
    the quote's attribution.  "When Lund spoke, he "...," Dahl said" closed it before."""
    if decided.mention is None:
        return False
    k = _index_at(toks, decided.mention.phrase_start)
    return k > 0 and toks[k - 1].low in SUBORDINATORS and not any(t.text == "," for t in toks[k:])


def _index_at(toks: Sequence[Token], pos: int) -> int:
    """The index of the first token of ``toks`` that starts at or after ``pos`` (0 if none does)."""
    return next((k for k, t in enumerate(toks) if t.start >= pos), 0)


def after_clause(state: QuoteState) -> Decision | None:
    """``..., the State Department said Tuesday``: a clause-final attribution later in the sentence.

    Also inverted, ``"..." in the 2008 primary, said Professor Dahl``: the cue
    right after a comma, its speaker named after it, up to the sentence's end.
    """
    if state.after_next_sentence:
        return None  # the quote closed its sentence: what follows is a statement of its own
    toks = state.after_tokens
    for c in range(len(toks)):
        if not _is_cue(toks[c], state) or not _verb_here(toks, c, state):
            continue
        got = _speaker_before(state, toks, c)
        if got is None:
            if c > 0 and toks[c - 1].text == "," and toks[c].low in ("said", "says"):
                after = np_after(state.text, toks, c + 1, tables=state.tables)
                if after is not None and after[1].kind in ("person", "organization", "description"):
                    rest = toks[after[0] :]
                    if not rest or rest[0].text in ".,;" or rest[0].low in PREPOSITIONS:
                        return _decide(state, "after_clause", 0.75, after[1], toks, [c])
            continue
        if got[0] > 0 and not _opens_clause(state, toks, got[0]):
            continue
        return _decide(state, "after_clause", 0.75, got[1], toks, [c])
    return None


def _opens_clause(state: QuoteState, toks: Sequence[Token], first: int) -> bool:
    """Whether the phrase at ``toks[first]`` follows a comma or a dash, perhaps after two
    lower-case modifiers the phrase reader left out ("..., club spokeswoman Ida Marsh said")."""
    for k in range(first - 1, max(-1, first - 4), -1):
        if toks[k].text in (",", "—", "–", "―"):
            return True
        if not toks[k].is_word or toks[k].is_cap or toks[k].low in PREPOSITIONS or toks[k].low in _NEW_CLAUSE:
            return False
        if _is_cue(toks[k], state) or toks[k].low in _BE or toks[k].low in CUE_ADVERBS:
            return False
    return False


def sentence_end_cue(state: QuoteState) -> Decision | None:
    """``"stagnant" as donors waited out a "turbulent" cycle, he said.``: one cue for every quote of the sentence.

    When later quotes stand between a quote and the end of its sentence, a
    clause-final attribution after the last of them (a comma, the speaker,
    the cue, at most a few words to the stop) covers the earlier quotes too.
    """
    toks = state.tail_tokens
    for c in range(len(toks)):
        if not _is_cue(toks[c], state) or not _verb_here(toks, c, state):
            continue
        rest = [t for t in toks[c + 1 :] if t.is_word]
        if len(rest) > 6 or any(t.low in _NEW_CLAUSE for t in rest):
            return None  # "..., he said the board would ...": a statement of its own
        got = _speaker_before(state, toks, c)
        # after the last quote's own comma ('"...," Dahl said') the phrase may open the tail
        last = state.tail_quote
        after_comma = got is not None and got[0] == 0 and last is not None and last.text.rstrip().endswith(",")
        if got is None or (not after_comma and (got[0] == 0 or not _opens_clause(state, toks, got[0]))):
            return None
        return _decide(state, "sentence_end_cue", 0.7, got[1], toks, [c])
    return None


def put_it(state: QuoteState) -> Decision | None:
    """``As Dahl put it, "..."``, ``"...," as the memo put it``, ``Dahl put it this way: "..."``.

    "put it" names a speaker only in this idiom, so it is a rule of its own
    rather than a verb in the speech-verb table.  After the quote the idiom
    must come first; before it, anywhere in the sentence.
    """
    for toks, after in ((state.after_tokens, True), (state.before_tokens, False)):
        for i in range(1, len(toks) - 1):
            if toks[i].low not in _PUT or toks[i + 1].low != "it":
                continue
            if after and i > 12:
                break
            k = _skip_adverbs_left(toks, i - 1)
            got = None
            as_at = next((j for j in range(k, max(-1, k - 30), -1) if toks[j].low == "as"), None)
            if as_at is not None:
                front = np_after(state.text, toks, as_at + 1, tables=state.tables)
                if front is not None:
                    got = front[1]
            if got is None:
                before = _speaker_before(state, toks, i)
                got = before[1] if before is not None else None
            if got is None or (got.kind == "pronoun" and got.text.lower() == "it"):
                continue
            return _decide(state, "put_it", 0.75, got, toks, [i, i + 1])
    return None


def in_words(state: QuoteState) -> Decision | None:
    """``in Lund's words, "..."``, ``in his own words, "..."``, ``in the words of Mayor Ida Marsh,
    "..."``, ``to quote Lund, "..."``: the one whose words they are, right before the quote,
    whatever the sentence's subject ("Prosecutor Ida Marsh told the court the feud began, in
    Lund's words, "..."")."""
    toks = state.before_tokens
    end = len(toks) - 1 if toks and toks[-1].text in (",", ":") else len(toks)
    if end < 2:
        return None
    if toks[end - 1].low == "words":
        k = end - 2 if toks[end - 2].low != "own" else end - 3  # "in his own words"
        owned = _owner(state, toks, k, ("person", "organization", "description")) if k >= 1 else None
        if owned is None or owned[0] < 1 or toks[owned[0] - 1].low != "in":
            return None
        return _decide(state, "in_words", 0.8, owned[1], toks, [owned[0] - 1, end - 1])
    for n in range(max(0, end - 10), end - 1):
        words = [t.low for t in toks[n : n + 4]]
        opener = words[:4] == ["in", "the", "words", "of"] or words[:2] == ["to", "quote"]
        start = n + (4 if words[:1] == ["in"] else 2)
        if not opener or start >= end:
            continue
        got = np_after(state.text, toks, start, tables=state.tables)
        if got is not None and got[0] == end and got[1].kind in ("person", "organization", "description"):
            return _decide(state, "in_words", 0.8, got[1], toks, list(range(n, start)))
    return None


def according_to(state: QuoteState) -> Decision | None:
    """``"...," according to X``: X as the source (an agency is then a relay, not a speaker);
    ``According to him, the price is "..."``: the one the pronoun stands for
    (:func:`_according_pronoun`)."""
    for toks in (state.after_tokens, state.before_tokens):
        for i in range(len(toks) - 2):
            if toks[i].low == "according" and toks[i + 1].low == "to":
                got = _according_pronoun(state, toks, i + 2) or np_after(state.text, toks, i + 2, tables=state.tables)
                if got is None:
                    continue
                mention = got[1]
                return _decide(state, "according_to", 0.7, mention, toks, [i, i + 1])
    return None


def _according_pronoun(state: QuoteState, toks: Sequence[Token], k: int) -> tuple[int, Mention] | None:
    """An object pronoun that closes "according to" at ``toks[k]``, before a comma or the end
    ("According to him, ...", "..., according to her."; not "according to her husband", nor
    'according to her "clawback" plan'): a mention of the one it stands for, with its gender;
    not when a verb by which something else gives the words stands between the pronoun and the
    quote ("According to her, the banners read "..."": :data:`CARRYING_VERBS`, the speech and
    naming verbs)."""
    tok = toks[k]
    if tok.low not in _ACCORDING_PRONOUNS or k + 1 >= len(toks) or toks[k + 1].text not in (",", ".", ";"):
        return None  # not 'according to her "clawback" plan': her plan, the quote's own words
    config = state.ctx.config
    if toks is state.before_tokens and any(
        t.low in CARRYING_VERBS or t.low in config.speech_verbs or t.low in config.naming_verbs for t in toks[k + 2 :]
    ):
        return None  # "According to her, the banners read "Stop the Cuts"": the banners' words
    gender = _ACCORDING_PRONOUNS[tok.low]
    return k + 1, Mention(tok.start, tok.end, tok.text, "pronoun", tok.start, tok.end, gender=gender)


#: The object pronouns "according to" takes, with the gender each gives ("according to them":
#: a group).
_ACCORDING_PRONOUNS = {"him": "m", "her": "f", "them": "p"}


def as_label(state: QuoteState) -> Decision | None:
    """``Lund referred to the plan as "a mess"``: the words someone chose for a thing.

    The quote follows "as" ("as a", "as the"), with a verb of the clause
    before it ("referred to", "hailed", "portrayed himself"); the clause's
    subject chose the words.  Labels that nobody in the sentence chose
    ("known as", "billed as", "was seen as") and comparisons ("such as",
    "as well as") are left alone.
    """
    toks = state.before_tokens
    a = len(toks) - 1
    if a >= 1 and toks[a].low in ("a", "an", "the"):
        a -= 1
    if a < 2 or toks[a].low != "as" or toks[a].is_cap:
        return None
    prev = toks[a - 1]
    if not prev.is_word or (prev.low in _PASSIVE_LABELS and toks[a - 2].low in _BE):
        return None
    if any(t.low in _NOT_LABELLING for t in toks[max(0, a - 3) : a]):
        return None  # "known online as", "such as"
    got = _clause_subject(state, toks, a)
    if got is None:
        return None
    m = got[1]
    if m.kind not in ("person", "organization", "pronoun"):
        return None
    if m.kind == "pronoun" and m.text.lower() not in ("he", "she"):
        return None  # "we", "it", "they" label things in an author's voice too often to be sure
    if m.text.endswith(("'s", "’s", "'", "’")):
        return None  # "Kazakhstan's plan": an owner, not the subject
    between = toks[got[0] : a]
    if any(t.text in ";:" for t in between) or not any(t.low in LABEL_VERBS for t in between):
        return None  # a labelling verb of the subject's must stand between it and "as"
    if any(t.low in _BE for t in between):
        return None  # "Dahl is widely seen as", "Dahl was hired as": nobody chose the label
    if any(t.low in ("what", "which", "who", "whom") for t in between):
        return None  # "Dahl rejected what critics see as": another clause's subject chose it
    return _decide(state, "as_label", 0.6, got[1], toks, [a])


#: Words before "as" that make it a comparison or a role, not someone's label: "such as",
#: "as well as", "known as", "served as".
_NOT_LABELLING = frozenset(
    {"such", "well", "same", "known", "billed", "served", "serves", "serving", "acting", "acts", "acted",
     "worked", "works", "working", "identified", "registered", "designated", "classified", "listed", "just",
     "much", "many", "long", "soon", "far", "so", "disguised", "masquerading", "posing"}
)  # fmt: skip
#: Labels that are somebody's only when the clause names who ("was seen as" names nobody).
_PASSIVE_LABELS = frozenset(
    {"seen", "viewed", "regarded", "described", "labeled", "labelled", "dubbed", "branded", "portrayed",
     "characterized", "considered", "treated", "cast", "framed", "touted", "hailed", "derided", "dismissed"}
)  # fmt: skip


def dash(state: QuoteState) -> Decision | None:
    """``"..." — Minister X``: a dash and a name right after the closing mark."""
    toks = state.after_tokens
    if len(toks) < 2 or (toks[0].text not in _DASHES and not (toks[0].text == "-" and len(toks) > 1)):
        return None
    got = np_after(state.text, toks, 1, tables=state.tables)
    if got is None or got[1].kind not in ("person", "organization"):
        return None  # "— a metaphor for ..." is the author's aside, not a source
    return _decide(state, "dash", 0.8, got[1], toks, [0])


def headline_colon(state: QuoteState) -> Decision | None:
    """``Diplomats hold 'tough' talks: State Dept``: a headline whose source follows a colon."""
    text = state.text
    para_end = state.para_end
    if text[para_end - 1] in '.!?"”':
        return None
    toks = state.after_tokens
    colon = next((i for i, t in enumerate(toks) if t.text == ":"), None)
    if colon is None or colon + 1 >= len(toks) or toks[-1].end != para_end:
        return None
    got = np_after(text, toks, colon + 1, tables=state.tables)
    if got is None or got[0] != len(toks) or got[1].kind == "pronoun":
        return None
    return _decide(state, "headline_colon", 0.7, got[1], toks, [colon])


def headline_source(state: QuoteState) -> Decision | None:
    """``Ida Marsh: Voters Uneasy; It's 'All in the Timing'`` and ``Reyes Calls Port Plan 'a Mess'``.

    Only in a headline (the article's first paragraph, without a final period
    of a sentence): the short name before a colon, or the words before the
    headline's speech or headline verb.
    """
    if state.paragraph != 0 or not state.ctx.doc.paras or not state.headline:
        return None
    text = state.text
    toks = tokenize(text, state.ctx.doc.paras[0][0], state.open_at)
    if not toks:
        return None
    colon = next((i for i, t in enumerate(toks) if t.text == ":"), None)
    if colon is not None and 1 <= colon <= 4 and all(t.is_word and t.is_cap for t in toks[:colon]):
        got = np_before(text, toks, colon - 1, tables=state.tables)
        if got is not None and got[0] == 0:
            return _decide(state, "headline_source", 0.6, got[1], toks, [colon])
    verbs = state.ctx.config.speech_verbs | state.ctx.config.naming_verbs | HEADLINE_VERBS
    # the verb nearest the quote whose subject opens the headline or a clause of it ("Council
    # backs closures as mayor calls plan 'a painful necessity'": the mayor)
    found = [i for i, tok in enumerate(toks) if i >= 2 and tok.is_word and tok.low in verbs]
    for i in reversed(found[-_HEADLINE_VERBS_READ:]):
        got = np_before(text, toks, i - 1, tables=state.tables) or _bare_role(state, toks, i - 1)
        if (
            got is not None
            and got[0] > 0
            and toks[got[0] - 1].low in _HEADLINE_CLAUSE_OPENERS
            and _role_only(state, got[1])
        ):
            return _decide(state, "headline_source", 0.55, got[1], toks, [i])
    for i, tok in enumerate(toks[:7]):  # the headline's first verb, whose subject opens it
        if i >= 1 and tok.is_word and tok.low in verbs:
            got = np_before(text, toks, i - 1, tables=state.tables)
            if got is not None and got[0] == 0:
                return _decide(state, "headline_source", 0.55, got[1], toks, [i])
            break
    return None


def _role_only(state: QuoteState, mention: Mention) -> bool:
    """Whether a headline's subject is a role, not a name: "mayor", "the minister", "CEO"."""
    return mention.kind == "description" or (
        " " not in mention.text
        and (mention.text.lower() in state.tables.titles or mention.text.lower() in HEADLINE_ROLES)
    )


def _bare_role(state: QuoteState, toks: Sequence[Token], k: int) -> tuple[int, Mention] | None:
    """A headline's role noun with no article before its verb ("as mayor calls plan"), as a
    description of the person whose title it is."""
    tok = toks[k]
    if not tok.is_word or not (state.tables.person_role(tok.low) or tok.low in HEADLINE_ROLES):
        return None
    role = HEADLINE_ROLES.get(tok.low, tok.low)
    start = k  # "as chief executive warns": the lower-case words of the role before its head
    while start > 0 and k - start < 2 and toks[start - 1].is_word and not toks[start - 1].is_cap:
        if toks[start - 1].low in _HEADLINE_CLAUSE_OPENERS:
            break
        start -= 1
    first = toks[start]
    words = state.text[first.start : tok.end]
    return start, Mention(first.start, tok.end, words, "description", first.start, tok.end, role=role)


#: How many of a headline's verbs, nearest its quote first, are read for a speaker.
_HEADLINE_VERBS_READ = 3

#: Words and marks after which a headline's clause opens with its own subject ("...; CEO says").
_HEADLINE_CLAUSE_OPENERS = frozenset({";", ",", ":", "as", "while", "after", "and", "but", "—", "–", "-"})


def previous_sentence(state: QuoteState) -> Decision | None:
    """A quote that opens its sentence, after a sentence that ends ``..., Dahl said.``.

    Or, in the same paragraph, a quote that closes its sentence (or its paragraph) after a
    sentence that reports what a named speaker said (``Dahl said the port would shut.
    "We have no choice."``; :func:`_reported_speech`).  Not after "He said ...", whose "he" the
    quote's neighbours resolve more surely.
    """
    if state.before_tokens or any(_is_cue(t, state) for t in state.after_tokens):
        return None
    prev = state.ctx.doc.sentence_before(state.open_at)
    if prev is None:
        return None
    prev_s, prev_e = prev
    if state.index > 0 and state.ctx.close_end(state.index - 1) > prev_s:
        return None  # the sentence before holds a quote: continuation decides
    toks = tokenize(state.text, prev_s, prev_e)
    for c in range(len(toks) - 1, max(-1, len(toks) - 7), -1):
        if _is_cue(toks[c], state) and _verb_here(toks, c, state):
            got = _speaker_before(state, toks, c)
            if got is None and c + 1 < len(toks):
                after = np_after(state.text, toks, c + 1, tables=state.tables)
                got = (c + 1, after[1]) if after is not None else None
            if got is not None and got[1].kind in ("person", "organization", "pronoun"):
                return _decide(state, "previous_sentence", 0.6, got[1], toks, [c])
            return None
    if state.ctx.doc.paragraph_index(prev_s) != state.paragraph:
        return None
    if not (state.after_next_sentence or state.close_end >= state.para_end):
        return None  # '"Stickerboy" placed two stickers': the quote is its sentence's subject
    # 'Dahl said he would bring his daughters. "They should see it."': the quote goes on with
    # the speech its paragraph's sentence before reports, when that sentence names its speaker
    decided = _reported_speech(state, toks, "previous_sentence", 0.6)
    if decided is None or decided.mention is None or decided.mention.kind == "pronoun":
        return None  # "He said ...": whom the he stands for is surer from the quote's neighbours
    if _another_voice(state, toks[_index_at(toks, decided.cue[0][1]) :]):
        return None  # 'Brandt said the mayor had answered with one word. "No."': the mayor's
    return decided


def _another_voice(state: QuoteState, toks: Sequence[Token]) -> bool:
    """Whether the reported clause ``toks`` (after its speech verb) brings in another voice the
    quote after it may be: a verb of a voice that is no report ("had answered", "began to
    chant", "read out"), a sign or a verdict ("the sign on the gate", "its verdict"), a body
    ("the council"), or a person by a role after "the" or "a" ("the mayor"); not a
    possessive ("the company's website")."""
    tables = state.tables
    for n, tok in enumerate(toks):
        if not tok.is_word:
            continue
        if tok.low in _VOICE_VERBS or tok.low in _VOICE_NOUNS:
            return True
        if tok.low in tables.sign_nouns:
            return True
        body = tok.low in tables.body_nouns
        role = n > 0 and toks[n - 1].low in ("the", "a", "an") and tables.person_role(tok.low)
        if (body or role) and _speaks_next(state, toks, n):
            return True  # "the mayor had answered", "the council said": not "the council had commissioned"
    return False


def _speaks_next(state: QuoteState, toks: Sequence[Token], n: int) -> bool:
    """Whether a verb of saying or of a voice follows ``toks[n]`` within
    :data:`_VOICE_REACH` words ("the council said", "the mayor had answered")."""
    verbs = state.ctx.config.speech_verbs
    return any(t.low in verbs or t.low in _VOICE_VERBS for t in toks[n + 1 : n + 1 + _VOICE_REACH])


#: How many words after a body or a role a verb of its voice may stand (:func:`_speaks_next`).
_VOICE_REACH = 3


#: Verbs and nouns of a voice that is not a person's speech, for :func:`_another_voice`
#: ("the crowd began to chant", "its verdict").
_VOICE_VERBS = frozenset({"chant", "chanted", "chanting", "sing", "sang", "read", "shouted", "answered", "replied"})
_VOICE_NOUNS = frozenset({"verdict", "crowd", "chant", "slogan", "motto", "message"})  # and the sign nouns


def reported_paragraph(state: QuoteState) -> Decision | None:
    """A paragraph that is wholly a quote, after a paragraph with no quote whose last sentence
    reports what somebody said: ``Dahl said the port would stay shut. ¶ "We have no choice."``

    The quote goes on with the speech the sentence reports.  0.6, or 0.45 when the
    sentence's verb names rather than says ("Dahl called it a fiasco.").
    """
    if state.paragraph < 2 or state.open_at != state.para_start or not _whole_paragraph(state):
        return None
    ctx = state.ctx
    prev_s = ctx.doc.paras[state.paragraph - 1][0]
    if state.index > 0 and ctx.close_end(state.index - 1) > prev_s:
        return None  # the paragraph before holds a quote: continuation decides
    sents = ctx.doc.sentences_of(state.paragraph - 1)
    if not sents:
        return None
    return _reported_speech(state, tokenize(state.text, *sents[-1]), "reported_paragraph", 0.6)


def _reported_speech(state: QuoteState, toks: Sequence[Token], rule: str, conf: float) -> Decision | None:
    """The subject of the sentence ``toks`` when it reports what that subject said ("Dahl said
    the port would stay shut."), for a quote that goes on with that speech: ``conf``, or 0.15
    less when the verb names rather than says ("Dahl called it a fiasco."); None when the
    sentence's subject is no person, a negation or an -ing cue reports nobody's speech, the
    subject does not open the sentence, or the sentence asks a question or ends at its verb."""
    decided = _cue_subject(state, toks, len(toks), rule, conf)
    if decided is None or decided.mention is None or not decided.cue:
        return None
    mention = decided.mention
    role = (mention.role or "").lower()
    person = mention.kind in ("person", "organization", "pronoun")
    tables = state.tables
    if not person and not (mention.kind == "description" and tables.person_role(role)):
        return None  # "the attack would ...": no speaker
    cue_at = _index_at(toks, decided.cue[0][0])
    said = toks[cue_at]
    if said.low.endswith("ing") or any(t.low in _NEGATIONS for t in toks[:cue_at]):
        return None  # "in chiding Lund", "Neither Dahl nor Lund said": not a report of speech
    first = _index_at(toks, mention.phrase_start)
    fronted = next((k + 1 for k, t in enumerate(toks[:12]) if t.text == ","), 0)
    if first not in (0, fronted) and not _after_lead_title(toks, fronted, first):
        return None  # "..., who Dahl said must go", "Lund and Osei argued": not the sentence's one subject
    if any(t.text == "?" for t in toks[cue_at:]) or not any(t.is_word for t in toks[cue_at + 1 :]):
        return None  # "Dahl said." alone, or a question the reporter asks: no speech to go on with
    return decided


def _after_lead_title(toks: Sequence[Token], lead: int, first: int) -> bool:
    """Whether the name at ``toks[first]`` follows a title phrase set off by a comma that opens
    the subject at ``toks[lead]`` ("Speaking to us, the head of the market, Ida Lund, said"): a
    phrase opened by "the" with no other comma, no more than :data:`_LEAD_TITLE_WORDS` words."""
    if not 0 < first - lead <= _LEAD_TITLE_WORDS + 1 or toks[first - 1].text != "," or toks[lead].low != "the":
        return False
    return all(t.is_word for t in toks[lead : first - 1])


#: How many words a title phrase before a subject's name may hold ("the head of the market").
_LEAD_TITLE_WORDS = 8

#: Words that deny the speech a sentence reports ("Lund did not say", "neither Dahl nor Lund").
_NEGATIONS = frozenset({"not", "never", "neither", "nor", "didn't", "didn’t", "won't", "won’t"})


def _name_words(state: QuoteState, mention: Mention) -> tuple[str, ...]:
    """The words of a mention that name someone, in order: lower case, without possessives, articles or titles."""
    tables = state.tables
    out = []
    for w in state.text[mention.start : mention.end].split():
        low = w.rstrip(".,").removesuffix("'s").removesuffix("’s").lower()
        if low and low not in DETERMINERS and low not in tables.titles and low not in tables.honorifics:
            out.append(low)
    return tuple(out)


def _same_speaker(state: QuoteState, other: Mention, mine: tuple[str, ...], gender: str | None) -> bool | None:
    """Whether ``other`` names the speaker whose name words are ``mine`` (:func:`_name_words`) and
    whose gender is ``gender``: True, False, or None for a pronoun whose gender says nothing.

    Names compare by their words (articles and titles left out, "the mayor" is
    not "the minister"); a pronoun is the speaker when its gender is known
    and agrees with the speaker's.
    """
    if other.kind == "pronoun":
        if other.gender in ("m", "f") and gender is not None:
            return other.gender == gender
        return None
    theirs = _name_words(state, other)
    if not mine or not theirs:
        return False
    return mine[-1] == theirs[-1] or set(mine) <= set(theirs) or set(theirs) <= set(mine)


def _speaker_gender(state: QuoteState, speaker: Mention) -> str | None:
    if speaker.gender:
        return speaker.gender
    return state.ctx.names.gender_of(speaker.text) if speaker.kind == "person" else None


def _read_gap(state: QuoteState, start: int, end: int, speaker: Mention) -> tuple[bool, Decision | None]:
    """What ``text[start:end]``, between two quotes, says about who speaks the second.

    ``speaker`` is the named source of the previous quote.  Returns (whether
    someone else intervenes, the speaker's own nearest attribution there, as a
    decision whose mention and cue are that clause's).  Someone intervenes
    when a speech verb has another subject there, or a sentence there opens
    with another name or a pronoun of another gender; names in object
    position ("speaking of Brandt's health") do not count.  A speech verb
    whose subject is the same speaker ("Osei added that ...", "he says ...")
    is where the next quote's attribution stands.
    """
    if end - start > 1000:
        return True, None  # too far apart to carry a speaker over
    own = _name_words(state, speaker)
    toks = tokenize(state.text, start, end)
    # the gap opens inside the attribution's sentence, unless the quote before it closed one
    back = state.text[max(0, start - 3) : start].rstrip(" \"”’'")
    sentence_start = back.endswith((".", "!", "?"))
    nearest: Decision | None = None
    not_names = state.tables.not_names
    names = state.ctx.names
    gender = _speaker_gender(state, speaker)
    fronted = False  # inside a phrase that opens a sentence ("For Dahl's voters, ..."), up to its comma
    for j, tok in enumerate(toks):
        if not tok.is_word:
            if fronted and tok.text == ",":
                fronted, sentence_start = False, True  # the subject follows the fronted phrase
                continue
            fronted = fronted and tok.text not in ".!?"
            sentence_start = tok.text in ".!?" or (sentence_start and tok.text in "\"“”'‘’,")
            continue
        if fronted:
            if tok.is_cap and tok.low not in own and names.resolve(tok.text) in names.full_names:
                return True, None  # "For Lund, the plan ...": a person this article names
            continue
        if _is_cue(tok, state) and _verb_here(toks, j, state) and j > 0:
            got = np_before(state.text, toks, _skip_adverbs_left(toks, j - 1), tables=state.tables)
            # "Osei said after Lund spoke.": a speaker in a subordinate clause is a bystander
            aside = got is not None and got[0] > 0 and toks[got[0] - 1].low in _BYSTANDER_OPENERS
            # '"..." and that Pyongyang would respond': the clause goes on with the reported speech
            reported = got is not None and _goes_on_reported(toks, got[0])
            if got is not None and not aside and not reported:
                same = _same_speaker(state, got[1], own, gender)
                if same is False and got[1].kind != "pronoun":
                    return True, None
                if same:  # the attribution clause's own mention and cue; its relays are the source's
                    cue = ((tok.start, tok.end),)
                    nearest = Decision("continuation", 0.0, got[1], cue, (), max(got[1].phrase_end, tok.end))
        if sentence_start:
            low = tok.low
            word = tok.text.rstrip(".").removesuffix("'s").removesuffix("’s").lower()
            if tok.is_cap and low in _FRONTING:
                fronted = True  # "For Lund's voters, ...", "Unless Brandt quits, ...": no subject yet
                continue
            if tok.is_cap and word not in own and low not in not_names:
                return True, None
            if low in PRONOUNS and PRONOUNS[low] in ("m", "f") and gender in ("m", "f") and PRONOUNS[low] != gender:
                return True, None  # "He ..." between two quotes of a woman's (not "They ...": the towns)
            if low in not_names and tok.is_cap and low not in PRONOUNS:
                continue  # "Meanwhile, Lund ...": the subject may follow an opening word
        sentence_start = False
    return False, nearest


#: Words that open a phrase fronted before a sentence's subject ("For Lund's voters, ...",
#: "Unless Brandt quits, ...").
_FRONTING = PREPOSITIONS | SUBORDINATORS | {"unless"}


def subheading(state: QuoteState) -> Decision | None:
    """``'Legend of the Quay.'`` alone in a paragraph: a section heading in quote marks, said by nobody.

    Some house styles head a section with a short quoted phrase in title case
    (every word capitalized but the small ones).  Such a paragraph would
    otherwise continue the last speaker.
    """
    if state.paragraph == 0 or state.open_at != state.para_start or not _whole_paragraph(state):
        return None
    words = [w for w in state.quote.text.split() if any(ch.isalpha() for ch in w)]
    if not 2 <= len(words) <= 8 or not words[0][0].isupper():
        return None
    if any(ch in state.quote.text for ch in "!?,"):
        return None  # "Never Again!", "Go Home, Reyes": words somebody shouted
    if all(w[0].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in words):
        return Decision("subheading", 0.0, None)
    return None


#: Words a title-case heading leaves in lower case.
_TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "is"}
)


def continuation(state: QuoteState) -> Decision | None:
    """A quote with no cue of its own continues the last speaker when nobody else intervenes.

    Same sentence: 0.8.  Its own sentence in the same paragraph: 0.7.  A
    paragraph that is wholly a quote, right after the speaker's paragraph: 0.65.
    """
    prev = state.previous_decision()
    if prev is None:
        return None
    k, d = prev
    ctx = state.ctx
    root = d.inherited if d.inherited is not None else k  # the quote whose attribution named the speaker
    source = ctx.decisions[root]
    if d.mention is None or source is None or source.mention is None:
        return None
    named = source.mention.named
    gap_start = max(d.attr_end, ctx.close_end(k))
    if gap_start > state.open_at:
        gap_start = ctx.close_end(k)
    prev_para = ctx.doc.paragraph_index(ctx.quotes[k].end)  # a quote may run over paragraphs: its end counts
    same_sentence = ctx.doc.sentence_at(state.open_at) == ctx.doc.sentence_at(ctx.quotes[k].start)
    intervenes, nearer = _read_gap(state, gap_start, state.open_at, named)
    if intervenes:
        return None
    if _other_cue_after(state, named):
        return None
    if same_sentence:
        conf = 0.8
    elif prev_para == state.paragraph:
        conf = 0.7
    elif state.paragraph - prev_para == 1 and state.open_at == state.para_start and _whole_paragraph(state):
        conf = 0.65
    else:
        return None
    conf *= min(1.0, d.confidence / 0.85)
    if nearer is not None and nearer.mention is not None:  # "Osei added that ... . "...": the nearer words
        return Decision("continuation", conf, nearer.mention, nearer.cue, d.relays, nearer.attr_end, root)
    return Decision("continuation", conf, d.mention, d.cue, d.relays, d.attr_end, root)


def _other_cue_after(state: QuoteState, speaker: Mention) -> bool:
    """Whether a cue after the quote names someone other than ``speaker``.

    The after rules found no attribution there, so the cue opens a statement
    of its own; it leaves the quote to the last speaker unless its subject is
    plainly someone else: a cue with no subject before it ("Asked what it
    meant, she said"), the speaker by name, a pronoun of the same gender ('"..."
    He said, twice, that he would stay.') or a pronoun whose agreement is
    unknown do not take the quote away.
    """
    toks = state.after_tokens
    gender = _speaker_gender(state, speaker)
    own = _name_words(state, speaker)
    for j, tok in enumerate(toks):
        said = _is_cue(tok, state) or _is_text_verb(tok, state)  # '"...," Dahl had read in the paper'
        if not (said and _verb_here(toks, j, state)):
            continue
        got = _speaker_before(state, toks, j)
        if got is None:
            continue  # "Asked what it meant, she said": no subject of its own before the cue
        if _same_speaker(state, got[1].named, own, gender) is False:
            return True
    return False


def _whole_paragraph(state: QuoteState) -> bool:
    rest = state.text[state.close_end : state.para_end]
    return not any(ch.isalnum() for ch in rest)


RULES: dict[str, Rule] = {
    "title_of_work": title_of_work,
    "scare_quote": scare_quote,
    "as_saying": as_saying,
    "reported_citing": reported_citing,
    "headline_colon": headline_colon,
    "headline_source": headline_source,
    "colon_lead_in": colon_lead_in,
    "in_words": in_words,
    "before_cue": before_cue,
    "after_adjacent": after_adjacent,
    "after_clause": after_clause,
    "sentence_end_cue": sentence_end_cue,
    "according_to": according_to,
    "put_it": put_it,
    "as_label": as_label,
    "dash": dash,
    "subheading": subheading,
    "continuation": continuation,
    "previous_sentence": previous_sentence,
    "reported_paragraph": reported_paragraph,
}


def rules_for(chosen: Sequence[str | tuple[str, Rule]] | None) -> list[tuple[str, Rule]]:
    """The rules to run, in order: all of :data:`RULES` for ``None``.

    Each item of ``chosen`` is the name of a built-in rule or a ``(name, rule)``
    pair for a rule of the caller's own:

    >>> [name for name, _ in rules_for(["after_adjacent", ("mine", lambda state: None)])]
    ['after_adjacent', 'mine']
    """
    if chosen is None:
        return list(RULES.items())
    out: list[tuple[str, Rule]] = []
    for item in chosen:
        if isinstance(item, tuple):
            out.append(item)
        elif item in RULES:
            out.append((item, RULES[item]))
        else:
            raise ValueError(f"unknown attribution rule {item!r}; known: {sorted(RULES)}")
    return out
