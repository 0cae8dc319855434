"""Attribution: who said each quote, the words that say so, and the relay chain.

:func:`attribute` runs the ordered rules of :mod:`quoteattr.attribution.rules`
on each quote in text order (a rule may look at the decisions already made
for earlier quotes), then resolves every speaker phrase to a name:

* a surname or "Mr. Brandt" to the fullest name the article gives;
* a pronoun to the subject of the speech in the same sentence, else the
  last speaker nearby, else the first person named in the sentence before,
  else the person a thread of sentences about one person leads back to, when
  the gender agrees;
* a description ("the minister", "the 61-year-old") to the one person whose
  title holds its role word or who is given that age, else to the person who
  opens the sentence before, else to the named speaker of a quote in the same
  thread, otherwise kept as the description, with a lower confidence;
* an organization to its registry name ("State Dept" -> "State Department").

Last, a fragment given to somebody the article does not name surely takes the
sure speaker of the one quote elsewhere that repeats its words (``echo``: the
lede's 'a consultant called it "a crisis in slow motion"' and the consultant's
own words later), and a headline quote that no rule gave a speaker takes the
speaker of the body quote that repeats its words (``headline_echo``).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import attrs
import regex

from ..compare import tokenize as words_of
from ..config import Config
from ..lexicon.cues import (
    ADDRESSING_VERBS,
    ANONYMITY_VERBS,
    ANONYMITY_WISH_VERBS,
    ASK_VERBS,
    CONTINUING_VERBS,
    CUE_ADVERBS,
    MAKING_PARTICIPLES,
    MOTION_WRITING_VERBS,
    NAME_CALLING_VERBS,
    NAME_GIVING_VERBS,
    NOUN_HOMOGRAPHS,
    QUESTION_WORDS,
    QUESTIONED_PARTICIPLES,
    REPLY_VERBS,
    WRITING_VERBS,
)
from ..lexicon.relays import CARRIER_KINDS, OUTLET_TAKE_UP_NOUNS
from ..lexicon.titles import (
    AGE_ROLE,
    ANY_BODY_KINDS,
    COMMON_BODY_KINDS,
    COUNT_WORDS,
    GENDERED_PRONOUNS,
    GENERIC_ROLES,
    INDEFINITE_DETERMINERS,
    KINSHIP_TITLES,
    LEGAL_ENDINGS,
    NAME_LINKS,
    NATIVE_ROLE,
    OF_LINKS,
    PLACING_ADVERBS,
    PLACING_PREPOSITIONS,
    POSSESSIVE_DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    SUBORDINATORS,
    TIME_NOUNS,
    TIME_OPENERS,
    TITLE_ABBREVIATIONS,
    TITLE_DETERMINERS,
    TOPIC_OPENERS,
    UNRELATED_PHRASES,
    WEEKDAYS_MONTHS,
    NameTables,
)
from ..lexicon.variants import NUMBER_WORDS
from ..mentions import (
    ACRONYM_RE,
    KIN_AFTER_POSSESSIVE_RE,
    WHO_AFTER_NAME_RE,
    Mention,
    Token,
    fronted_question,
    gender_of_words,
    is_possessive,
    listed_in_of,
    np_after,
    np_before,
    opens_a_sentence,
    owner_words,
    strip_possessive,
    tokenize,
    without_possessive,
)
from ..model import Cue, Quote, QuoteKind, Relay, Speaker
from .credits import find_credits
from .relays import relays_for
from .rules import RULES, asks_anonymity, group_subject, rules_for
from .state import LOOKBACK, WINDOW, ArticleContext, Decision, QuoteState

if TYPE_CHECKING:
    from ..pipeline import Document

__all__ = ["RULES", "attribute"]


@attrs.frozen(slots=True)
class _Resolved:
    name: str
    kind: str
    factor: float
    gender: str | None = None


def attribute(doc: Document, quotes: Sequence[Quote], config: Config) -> tuple[list[Quote], list[Relay]]:
    """The quotes of ``doc`` with speaker, cue, relays, confidence and rule; and the article's credits."""
    qs = list(quotes)
    ctx = ArticleContext(doc, qs, config)
    ctx.credits = find_credits(doc.text, doc.paras, ctx.relays) if doc.paras else []
    rules = rules_for(config.rules)
    resolved: list[_Resolved | None] = [None] * len(qs)
    heads: list[int] = []
    for i in range(len(qs)):
        state = QuoteState(ctx, i)
        if state.headline:
            heads.append(i)
        for _name, rule in rules:
            decision = rule(state)
            if decision is not None:
                ctx.decisions[i] = decision
                break
    if heads:
        said = _body_speakers(ctx, frozenset(heads))
        for i in heads[:_HEADLINE_QUOTES]:
            if _headline_stranger(ctx, i, said):
                ctx.decisions[i] = None  # "Camel numbers dwindle at fair: '...'": nobody the body names
    for i, d in enumerate(ctx.decisions):  # pronouns once every quote has its decision, in text order
        if d is None or d.mention is None:
            continue
        target = d.mention.named  # a relative pronoun: the phrase it stands for
        if d.inherited is not None:
            resolved[i] = resolved[d.inherited]
        elif target.kind == "pronoun":
            resolved[i] = _resolve_pronoun(ctx, i, target, resolved)
    for i, d in enumerate(ctx.decisions):
        if d is None or d.mention is None or resolved[i] is not None:
            continue
        if d.inherited is not None and resolved[d.inherited] is not None:
            resolved[i] = resolved[d.inherited]  # a continuation named only after its source was resolved
            continue
        resolved[i] = _resolve_named(ctx, i, d.mention.named, resolved)
    for i, d in enumerate(ctx.decisions):  # "said his daughter": his family, by his surname
        res = resolved[i]
        if d is None or d.mention is None or res is None or res.kind != "description":
            continue
        if d.inherited is None:
            resolved[i] = _kin_named(ctx, i, d.mention.named, resolved) or res
        else:
            resolved[i] = resolved[d.inherited]  # a continuation goes with its source, a relative named so or not
    for i, d in enumerate(ctx.decisions):  # "A father ... "...," he said. ... the father, Olaf Brandtsen,"
        if d is None or d.mention is None:
            continue
        if d.inherited is not None and d.inherited < i:
            resolved[i] = resolved[d.inherited]  # a continuation goes with its source, as named later
            continue
        resolved[i] = _named_later(ctx, i, d.mention.named, resolved[i]) or resolved[i]
    in_head = frozenset(heads)
    unsure = [i for i in range(len(qs)) if i not in in_head and _unsure_fragment(ctx, i, resolved[i])]
    if heads or unsure:
        keys = [f" {_echo_key(q.text)} " for q in qs]  # once: echoes cost one pass over the quotes
        for i in unsure[:_ECHOED_FRAGMENTS]:  # the body's fragments first: a headline may echo one
            _echo_fragment(ctx, i, keys, resolved)
        for i in heads[:_HEADLINE_QUOTES]:
            _echo_headline(ctx, i, keys, resolved)
    _relays_told_before(ctx, resolved)
    out = [_finish(ctx, i, q, resolved[i]) for i, q in enumerate(qs)]
    return out, ctx.credits


def _named_later(ctx: ArticleContext, i: int, m: Mention, res: _Resolved | None) -> _Resolved | None:
    """The name the article gives a little later to a newcomer it first only describes: a quote
    given to "A father" (or to a pronoun with no name before it, after "an elderly woman" in its
    sentence or the one before) goes to the name an appositive gives the same noun further on
    ("After the meeting, the father, Olaf Brandtsen, told"; "The woman, Ines Varga, 67,"), or
    that the newcomer gives ("the vendor, who gave her name as Marit,"); None when another
    newcomer of that noun comes in between, or no such name follows within two paragraphs."""
    tables = ctx.config.names
    role: str | None = None
    gender = m.gender
    if res is not None and res.kind == "description":
        words = list(
            itertools.takewhile(lambda w: w not in PREPOSITIONS and w not in ("who", "that"), res.name.lower().split())
        )
        if len(words) >= 2 and words[0] in ("a", "an", "one") and tables.person_role(words[-1]):
            role = words[-1]  # "A father who had travelled", not "a spokeswoman for the governor"
    elif m.kind == "pronoun" and (res is None or res.kind == "pronoun") and gender in ("m", "f"):
        role = _newcomer_before(ctx, i, m, gender)
    if role is None:
        return None
    q = ctx.quotes[i]
    para = ctx.doc.paragraph_index(q.start)
    lo = q.end
    hi = min(ctx.doc.paras[min(len(ctx.doc.paras) - 1, para + _NAMED_LATER_PARAS)][1], lo + _NAMED_LATER_REACH)
    got = _later_name_re(role).search(ctx.text, lo, hi)
    if got is None or ctx.inside_quote(got.start()):
        return None
    said = _LAST_WORD_RE.search(ctx.text, max(0, got.start() - 16), got.start())
    said_before = said is not None and said.group(1).lower() in ctx.config.speech_verbs  # '"...," said the woman, X,'
    if got.group("gave") is None and not (said_before or _speaks_after(ctx, got.end())):
        return None  # "The man, Karl Sund, 52, was charged": somebody else of that noun, perhaps
    if _another_newcomer_re(role).search(ctx.text, lo, got.start()) is not None:
        return None  # "Another father stood up ... the father, Tomas Brandt,": which one, the name does not say
    name = ctx.names.resolve(got.group("name"))
    if name.split()[0].lower() in tables.not_names:
        return None
    return _Resolved(name, "person", 0.75, gender_of_words([role]) or gender)


def _newcomer_before(ctx: ArticleContext, i: int, m: Mention, gender: str) -> str | None:
    """The role noun of the last newcomer brought in by "a" or "an" in the pronoun ``m``'s
    sentence or the one before, in its paragraph ("an elderly woman walked this reporter through
    her field. "...," she said"), of a gender the pronoun allows; else None."""
    tables = ctx.config.names
    sent_s = ctx.doc.sentence_at(min(m.start, ctx.quotes[i].start))[0]
    before = _sentence_before(ctx, sent_s)
    para = ctx.doc.paragraph_index(m.start)
    lo = before[0] if before is not None and ctx.doc.paragraph_index(before[0]) == para else sent_s
    lo = max(lo, m.start - 2 * WINDOW)  # bounded, however long the sentence
    found = None
    for a, b in ctx.outside_quotes(lo, m.start):
        for art in _INDEFINITE_RE.finditer(ctx.text, a, b):  # only the words right after "a" or "an"
            toks = tokenize(ctx.text, art.end(), min(b, art.end() + _NEWCOMER_CHARS))
            for tok in toks[:3]:
                if not tok.is_word or tok.is_cap:
                    break
                if tables.person_role(tok.low):
                    if gender_of_words([tok.low]) in (None, gender):
                        found = tok.low
                    break
    return found


#: How many characters after "a" or "an" :func:`_newcomer_before` reads for the newcomer's noun.
_NEWCOMER_CHARS = 40


#: The word right after a quote's closing mark and its comma, before a position ('"...," said ').
_LAST_WORD_RE = regex.compile(r"[,.!?]?[”\"’'»“][ \t]*(\p{L}+)[ \t]+\Z")


def _speaks_after(ctx: ArticleContext, pos: int) -> bool:
    """Whether a verb of saying follows ``pos`` within two words, past an age and a who-clause
    ("The woman, Ida Varga, 67, said"; "the father, Olaf Brandtsen, later told"; not "was
    charged"): the one named goes on to speak, as the newcomer did."""
    toks = tokenize(ctx.text, pos, min(len(ctx.text), pos + 120))
    if toks and toks[0].low == "who":  # "The councillor, Cllr Ruth Orkel, who represents the ward, said"
        comma = next((k for k, t in enumerate(toks) if t.text == ","), None)
        toks = toks[comma + 1 :] if comma is not None else []
    words = [t for t in toks if t.is_word and not t.low.isdigit()][:2]
    if words and words[0].low in ("was", "were", "is", "has", "had"):
        return False  # "The man, Karl Sund, 52, was charged": a passive, no saying
    return any(t.low in ctx.config.speech_verbs for t in words)


#: "a" or "an" as a word, in any case.
_INDEFINITE_RE = regex.compile(r"(?<![\p{L}\p{N}])[Aa]n?(?![\p{L}\p{N}])")

#: How many paragraphs after a quote's own :func:`_named_later` reads, and how many characters
#: at most, for the name of the newcomer who said it.
_NAMED_LATER_PARAS = 2
_NAMED_LATER_REACH = 3000

#: An of-phrase of up to three lower-case words or numbers that completes a description ("the
#: mother of four"), or nothing.
_SHORT_OF_PHRASE = r"(?:[ \t]+of[ \t]+[\p{Ll}\p{N}]+(?:[ \t]+[\p{Ll}\p{N}]+){0,2})?"

#: A person's name of one to four capitalized words, and a full name of two to four.
_NAME_WORD = r"\p{Lu}[\p{L}\p{M}'’-]+"
_LATER_NAME = r"(?P<name>" + _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r"){0,3})"
_LATER_FULL_NAME = r"(?P<name>" + _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r"){1,3})"


@functools.lru_cache(maxsize=256)
def _later_name_re(role: str) -> regex.Pattern[str]:
    """ "the father, Olaf Brandtsen, said" or "the vendor, who gave her name as Marit,": the
    definite noun ``role`` right after "the" (not "the other woman", "the head teacher"), with
    a short of-phrase ("the mother of four"), and the name it is given."""
    # no "the other woman"; a short of-phrase may follow the noun ("the mother of four, who ...")
    head = r"(?<![\p{L}\p{N}])[Tt]he[ \t]+" + regex.escape(role) + _SHORT_OF_PHRASE + r",[ \t]+"
    gave = (
        r"(?P<gave>who[ \t]+(?:later[ \t]+)?(?:gave[ \t]+(?:her|his)[ \t]+name|identified[ \t]+(?:herself|himself))"
        r"(?:[ \t]+only)?[ \t]+as[ \t]+)"
    )
    # an appositive gives a full name; the newcomer's own naming may give one word
    return regex.compile(head + r"(?:" + _LATER_FULL_NAME + r"[ \t]*,|" + gave + _LATER_NAME + r")")


@functools.lru_cache(maxsize=256)
def _another_newcomer_re(role: str) -> regex.Pattern[str]:
    """Another newcomer with the noun ``role`` ("Another father", "a second woman", "an older man")."""
    return regex.compile(
        r"(?<![\p{L}\p{N}])(?:[Aa]nother|[Aa]n?)[ \t]+(?:\p{Ll}[\p{L}-]*[ \t]+){0,2}"
        + regex.escape(role)
        + r"(?![\p{L}])"
    )


def _kin_named(ctx: ArticleContext, i: int, m: Mention, resolved: list[_Resolved | None]) -> _Resolved | None:
    """A possessive kinship description ("his daughter", "her son") as the one other person of
    the possessor's surname the article names near it, before or after ('"...," said Aslak
    Turi. "...," said his daughter ... ¶ Elle Turi, 34, said'): the possessor is the nearest
    named speaker of a quote before, in its paragraph or the two before, when that quote names
    the speaker by name or pronoun (not by a description resolved so) and the speaker is of the
    possessive's gender or of none the article shows; the relative's gender, where the article
    shows it, must be the kinship word's."""
    words = m.text.lower().split()
    gender = GENDERED_PRONOUNS.get(words[0]) if len(words) == 2 else None
    if gender not in ("m", "f") or words[0] not in POSSESSIVE_DETERMINERS or words[1] not in KINSHIP_TITLES:
        return None
    para = ctx.doc.paragraph_index(ctx.quotes[i].start)
    owner: str | None = None
    for j in range(i - 1, max(-1, i - 1 - LOOKBACK), -1):
        if ctx.doc.paragraph_index(ctx.quotes[j].start) < para - 2:
            break
        res, d = resolved[j], ctx.decisions[j]
        if res is None or res.kind != "person" or res.factor < _UNRESOLVED:
            continue
        by_name = d is not None and d.mention is not None and d.mention.named.kind in ("person", "pronoun")
        if by_name and ctx.names.gender_of(res.name) in (None, gender):
            owner = res.name
        break  # the nearest named speaker only: not past a relative named so, nor another person
    if owner is None or " " not in owner:
        return None
    lo = ctx.doc.paras[max(0, para - _KIN_PARAGRAPHS)][0]
    hi = ctx.doc.paras[min(len(ctx.doc.paras) - 1, para + _KIN_AFTER)][1]
    kin_gender = gender_of_words(words[1:])
    fits = [
        other
        for other in ctx.names.others_of_surname(owner)
        if ctx.names.gender_of(other) in (None, kin_gender)
        and ctx.text.find(other, lo, hi) >= 0
        and not _other_kin(ctx, other, words[1])
    ]
    return _Resolved(fits[0], "person", 0.7) if len(fits) == 1 else None


def _other_kin(ctx: ArticleContext, name: str, kin: str) -> bool:
    """Whether the article brings in ``name`` as a relative of another kind than ``kin`` ("His
    wife, Kari Holm," is no daughter) or as no relative at all ("Mike Holm, who is no relation,")."""
    for a, b in ctx.names.sites_of(name):
        if not ctx.text[a:b].endswith(name):
            continue
        if _unrelated(ctx, b):
            return True
        lead = _lead_words(ctx, a)
        owned = len(lead) >= 2 and lead[-2] in POSSESSIVE_DETERMINERS
        if owned and lead[-1] in KINSHIP_TITLES and lead[-1] != kin:
            return True
    return False


def _unrelated(ctx: ArticleContext, end: int) -> bool:
    """Whether an aside right after a name that ends at ``end`` denies a family tie ("Mike Holm,
    who is no relation,", "Mike Holm (no relation)"; :data:`UNRELATED_PHRASES`); not "Mike Holm
    said it was unrelated to the dam"."""
    after = ctx.text[end : end + _KIN_READ].lower()
    if after.startswith(" ("):
        aside = after[2:].split(")")[0]
    elif after.startswith(","):
        aside = after[1:].split(",")[0]
    else:
        return False
    return any(phrase in aside for phrase in UNRELATED_PHRASES)


def _lead_words(ctx: ArticleContext, pos: int) -> list[str]:
    """The lower-case words of the :data:`_KIN_READ` characters before ``pos``, a comma after
    the last one dropped: where a kinship word before a name stands ("His wife, Kari Holm")."""
    words = ctx.text[max(0, pos - _KIN_READ) : pos].lower().split()
    if words:
        words[-1] = words[-1].rstrip(",")
    return words


#: How many characters before a name :func:`_lead_words` reads for a kinship word.
_KIN_READ = 30


#: How many paragraphs before and after its quote :func:`_kin_named` reads for a relative's full name.
_KIN_PARAGRAPHS = 6
_KIN_AFTER = 2


#: How many quotes of a headline are matched against the body.
_HEADLINE_QUOTES = 8


def _body_speakers(ctx: ArticleContext, heads: frozenset[int]) -> frozenset[str]:
    """The people the decisions of the quotes outside the headline (``heads``) name as their
    speakers, each by the fullest name the article gives."""
    return frozenset(
        ctx.names.resolve(d.mention.named.text)
        for j, d in enumerate(ctx.decisions)
        if j not in heads and d is not None and d.mention is not None and d.mention.named.kind == "person"
    )


def _headline_stranger(ctx: ArticleContext, i: int, said: frozenset[str]) -> bool:
    """Whether the person a rule took for headline quote ``i``'s speaker is nobody the body
    names as a person: a headline opens with a capital whatever its first word ("Camel numbers
    dwindle at fair: '...'", "Thieves are stealing tubing: '...'", "Harbour town's ferryman
    retires: '...'"). The body names a person so when it gives the name in full with a given
    name or a gender the article tells, or when a body quote's own rule names that person
    (``said``, :func:`_body_speakers`). A headline quote whose speaker is dropped so may take
    one from the body (``headline_echo``)."""
    d = ctx.decisions[i]
    if d is None or d.mention is None or d.mention.named.kind != "person":
        return False
    names, tables, m = ctx.names, ctx.names.tables, d.mention.named
    after = regex.match(r"[^\p{L}\n]*(\p{L})", ctx.text[m.end : m.end + 40])
    if after is None or after.group(1).isupper():
        return False  # a title-case headline ("Retired General Reveals ..."): its subject as written
    if any(w.lower() in tables.titles or tables.person_role(w.lower()) for w in m.text.split()):
        return False  # "Mayor defends plan": a role, which the body's holder resolves
    full = names.resolve(m.text)
    words = full.split()
    if names.gender_of(full) or (
        len(words) > 1 and names.names_in_full(full) and words[0].lower() in tables.given_names
    ):
        return False  # a person the article tells a gender of ("Mr Brevik"), or named in full
    return full not in said


def _echo_headline(ctx: ArticleContext, i: int, keys: list[str], resolved: list[_Resolved | None]) -> None:
    """A headline quote that no rule gave a sure named speaker (a role it names, "CEO says",
    resolved or not, is none; nor a word a rule took under one half), whose words a body quote
    repeats, takes that quote's speaker (rule ``headline_echo``): the body says who said them
    ('Bakery "back where we belong"' ... '"We're back where we belong," said owner Ida Marsh').
    A word alone must be the whole body quote or stand in one body quote only; the body speaker
    must be a sure one (0.5 and over), else the one person named in full that every quote of
    the words went to (or nobody did), taken unsure. Words the body gives as a scare quote
    (``scare_quote``) are one in the headline too. ``keys`` are the quotes' words as
    :func:`_echo_key` reads them."""
    key, own, res_i = keys[i], ctx.decisions[i], resolved[i]
    same = next((ctx.decisions[j] for j in range(i + 1, len(keys)) if keys[j] == key), None)
    if key.strip() and same is not None and same.rule == "scare_quote":
        ctx.decisions[i] = same  # 'EU targets "shadow fleet"' ... its so-called "shadow fleet"
        resolved[i] = None
        return
    if not key.strip() or (
        own is not None
        and own.mention is not None
        and own.mention.kind != "description"
        and res_i is not None
        and res_i.kind != "description"
        and own.confidence * res_i.factor >= max(0.5, ctx.config.min_confidence)
    ):
        # the headline names its own speaker ("Marsh: ..."), not just a role ("CEO says ...") nor
        # a word a rule took unsurely ("Tractors block the A28: '...'")
        return

    sure = functools.partial(_sure, ctx, resolved=resolved)
    found = [j for j in range(i + 1, len(keys)) if key in keys[j]]
    whole = [_echoed(ctx, j) for j in found if keys[j] == key]  # a fragment echoed: the quote it echoes
    if any(_nobodys(ctx, j) for j in whole):
        return  # the body gives the same words alone as nobody's: a title ('"Harvest Week"')
    found = [j for j in whole if sure(j)] or found  # the same words alone, when sure, say it first
    speakers = {r.name if r is not None and sure(j) else None for j, r in ((j, resolved[j]) for j in found)}
    if " " not in key.strip() and len(speakers) > 1:
        return  # one word: in body quotes of one speaker only, never two speakers' word
    j = next((j for j in found if sure(j)), -1)  # the first that says who: a fragment before may not
    if j < 0 and (" " in key.strip() or len(found) == 1):
        # else one named person the body gives less surely ("She described it as "...""), kept
        # unsure, when every quote of the words went to that person or to nobody
        people = [j for j in found if _named_person(ctx, j, resolved)]
        named = {r.name for r in (resolved[j] for j in people) if r is not None}
        others = [j for j in found if j not in people and not _nobodys(ctx, j) and ctx.decisions[j] is not None]
        j = people[0] if len(named) == 1 and not others else -1
    if j < 0:
        return
    res = resolved[j]
    if res_i is not None and res_i.kind == "person" and res is not None and res.kind != "person":
        return  # "Council chief says" resolved to her, not to a body the quote's words echo
    _inherit(ctx, i, j, "headline_echo", 0.9, resolved)


def _named_person(ctx: ArticleContext, j: int, resolved: list[_Resolved | None]) -> bool:
    """Whether quote ``j`` went to a person the article names in full, however unsurely (not
    "Shares" opening a sentence)."""
    d, res = ctx.decisions[j], resolved[j]
    if d is None or d.mention is None or res is None or res.kind != "person":
        return False
    return " " in res.name and ctx.names.names_in_full(res.name)


def _inherit(ctx: ArticleContext, i: int, j: int, rule: str, factor: float, resolved: list[_Resolved | None]) -> None:
    """Give quote ``i`` the decision and resolution of quote ``j`` under ``rule``, its confidence
    times ``factor`` (an echo of ``j``'s words)."""
    d = ctx.decisions[j]
    if d is not None:
        ctx.decisions[i] = Decision(rule, d.confidence * factor, d.mention, d.cue, inherited=j)
        resolved[i] = resolved[j]


#: How many unsure fragments of an article are matched against its other quotes.
_ECHOED_FRAGMENTS = 8


def _unsure_fragment(ctx: ArticleContext, i: int, res: _Resolved | None) -> bool:
    """Whether quote ``i`` is a fragment that a rule gave to somebody the article does not name
    surely ("after a senior consultant described the situation as "..."")."""
    d = ctx.decisions[i]
    if ctx.quotes[i].kind != QuoteKind.PARTIAL or d is None or d.mention is None:
        return False
    if any(_names_quote(ctx, i, a, b) for a, b in d.cue):
        return False  # 'a generator her customers call "the Tractor"': a name given, nobody's words
    return res is None or d.confidence * res.factor < 0.5


def _names_quote(ctx: ArticleContext, i: int, a: int, b: int) -> bool:
    """Whether the cue ``text[a:b]`` is a verb giving a name right before quote ``i``, with no
    object between ('that her customers call "the Tractor"'; not 'called it "a blank check"',
    somebody's words about it)."""
    verb = ctx.text[a:b].lower()
    named = verb in NAME_CALLING_VERBS or verb in NAME_GIVING_VERBS
    return named and b <= ctx.quotes[i].start and _WORD.search(ctx.text, b, ctx.quotes[i].start) is None


_WORD = regex.compile(r"\w")


def _echo_fragment(ctx: ArticleContext, i: int, keys: list[str], resolved: list[_Resolved | None]) -> None:
    """A fragment whose speaker is unsure, whose words (two or more) another quote repeats, takes
    that quote's sure speaker (rule ``echo``): the lede's 'a consultant described it as "a
    crisis in slow motion"' is the words of the consultant named later, '"... This is a
    crisis in slow motion," Dr Ida Marsh said'. Every quote that repeats them must have that
    one speaker."""
    key = keys[i]
    if key.strip().count(" ") < 1:
        return
    found = [j for j in range(len(keys)) if j != i and key in keys[j] and keys[j] != key]
    repeats = [resolved[j] if _sure(ctx, j, resolved) else None for j in found]
    if not found or any(res is None or res.kind == "description" for res in repeats):
        return  # a repeat whose speaker is unsure: the words may be anybody's
    if len({res.name for res in repeats if res is not None}) != 1:
        return
    _inherit(ctx, i, found[0], "echo", 0.8, resolved)


def _sure(ctx: ArticleContext, j: int, resolved: list[_Resolved | None]) -> bool:
    """Whether quote ``j`` has a sure speaker: a named one, at the speaker line (0.5) or over
    and at ``Config.min_confidence`` or over."""
    d, res = ctx.decisions[j], resolved[j]
    floor = max(0.5, ctx.config.min_confidence)
    return d is not None and d.mention is not None and res is not None and d.confidence * res.factor >= floor


def _nobodys(ctx: ArticleContext, j: int) -> bool:
    """Whether a rule decided that nobody said quote ``j`` (a title, a scare quote)."""
    d = ctx.decisions[j]
    return d is not None and d.mention is None


def _echoed(ctx: ArticleContext, j: int) -> int:
    """The quote whose speaker quote ``j`` took by echoing it (rule ``echo``), else ``j``."""
    d = ctx.decisions[j]
    return d.inherited if d is not None and d.rule == "echo" and d.inherited is not None else j


def _echo_key(text: str) -> str:
    """A quote's words as two renderings of it must share them (:func:`quoteattr.compare.tokenize`:
    lower case, one spelling, no accents or punctuation), single-spaced."""
    return " ".join(words_of(text).keys)


def _relays_told_before(ctx: ArticleContext, resolved: Sequence[_Resolved | None]) -> None:
    """Give a quote whose attributing words name no relay the outlets its speaker told the
    words to in the sentence before (:func:`_told_before`), and the quotes that continue it
    the same, in text order."""
    given: dict[int, tuple[Relay, ...]] = {}
    for i, d in enumerate(ctx.decisions):
        if d is None or d.mention is None or d.relays:
            continue
        if d.inherited is not None:
            relays = given.get(d.inherited, ())  # a continuation, as its source
            own, source = resolved[i], resolved[d.inherited]
            if relays and own is not None and source is not None and own.name == source.name:
                ctx.decisions[i] = attrs.evolve(d, relays=relays)
            continue
        relays = _told_before(ctx, i, resolved)
        if relays:
            given[i] = relays
            ctx.decisions[i] = attrs.evolve(d, relays=relays)


def _told_before(ctx: ArticleContext, i: int, resolved: Sequence[_Resolved | None]) -> tuple[Relay, ...]:
    """The agencies, broadcasters, newspapers and outlets that the sentence right before quote
    ``i``'s own tells its speaker's words to ("Ida Lund, who runs two boats, told Lusa that the
    rules favoured big firms. «...,» she said"; "Lund said in an interview with Radio Harlan
    that ... "...," the minister said"; "Lund defended the decree in an interview with TV
    Harlan."): read only for a person resolved at :data:`_UNRESOLVED` or more, or an unnamed
    source a description takes up ("the official": "an official of X told ..."), when that
    sentence stands in the quote's paragraph, holds no quote, and its cue's subject is the
    speaker (:func:`_cue_speaker_before`, :func:`_subject_of_cue`); its relays are read as a
    cue's (:func:`relays_for`) from its first verb of saying, else from the word before "in an
    interview with".  A quote inside that sentence is no bar when it is the same speaker's
    ("Lund told the daily X that costs had "not kept pace". "...," the minister was quoted as
    saying": :func:`_quotes_theirs`)."""
    d = ctx.decisions[i]
    res = resolved[i]
    if d is None or d.mention is None or res is None or res.kind not in ("person", "description"):
        return ()
    if res.factor < _UNRESOLVED or (res.kind == "description" and res.name == d.mention.named.text):
        return ()  # a description only as the one it takes up ("the official": "an official of X")
    q = ctx.quotes[i]
    prev = _sentence_told_in(ctx, q.start)
    if prev is None:
        return ()
    start, end = prev[0], min(prev[1], prev[0] + WINDOW)
    telling = _TELLING_WORDS_RE.search(ctx.text, start, end) is not None
    if not telling and not _station_in(ctx, start, end):  # "said on CNN"
        return ()  # no word that tells words to an outlet, nor a broadcaster spoken on: most sentences
    if _own_audience(ctx, i):
        return ()  # '... told Reuters in March ... "...," she told parliament on Tuesday': its own audience
    if ctx.outside_quotes(start, end) != [(start, end)] and not _quotes_theirs(ctx, i, start, end, resolved):
        return ()  # words quoted there have somebody else's attribution
    toks = ctx.tokens_outside(start, end)
    verbs = ctx.config.speech_verbs
    cue = next((k for k, tok in enumerate(toks) if _cue_told(ctx, toks, k)), None)
    interview = cue is None
    if cue is None:
        opening = range(1, len(toks) - 2)
        cue = next(
            (k - 1 for k in opening if toks[k].low in _INTERVIEW_OPENING and toks[k + 2].low == "interview"), None
        )
    if cue is None:
        cue = _after_fronted_speaking(ctx, res, start, end, toks)  # "Speaking to TV Sul, Lund welcomed it"
    if cue is None:
        return ()
    subject = _cue_speaker_before(ctx, res, start, end, toks, cue) or _pronoun_opening(ctx, i, toks, resolved)
    if subject is None or not _subject_of_cue(toks, cue, subject.split()[-1], interview, verbs):
        return ()  # "Ida Lund's lawyer told Lusa", "Lund was criticised by the minister, who told Lusa"
    return _carried_relays(ctx, i, toks, cue, subject)


def _quotes_theirs(ctx: ArticleContext, i: int, start: int, end: int, resolved: Sequence[_Resolved | None]) -> bool:
    """Whether every quote that opens in ``text[start:end]``, before quote ``i``, was resolved to
    quote ``i``'s speaker, and the span holds no quote that opened before it."""
    res = resolved[i]
    inside = [j for j in range(i - 1, max(-1, i - LOOKBACK), -1) if ctx.quotes[j].end > start]
    if res is None or not inside or any(ctx.quotes[j].start < start for j in inside):
        return False
    names = {r.name if r is not None else None for r in (resolved[j] for j in inside)}
    return names == {res.name}


def _after_fronted_speaking(
    ctx: ArticleContext, res: _Resolved, start: int, end: int, toks: Sequence[Token]
) -> int | None:
    """For a sentence ``text[start:end]`` (``toks``) that opens with "Speaking to X,", "Talking
    to X," or "Appearing on X," and has no verb of saying ("Speaking to TV Sul on Wednesday, the
    growers' president, Ana Pinto, welcomed the contract."), the index of the verb after its
    subject when that subject is ``res``: the word :func:`_subject_of_cue` reads as the cue of
    an interview; None otherwise."""
    if len(toks) < 6 or toks[0].low not in _FRONTED_ON_AIR or toks[1].low not in ("to", "with", "on"):
        return None
    if not (toks[2].is_cap or (toks[2].low == "the" and toks[3].is_cap)):
        return None  # "Speaking to reporters after an interview with Reuters, ...": not to an outlet
    comma = next((k for k in range(2, min(len(toks), _FRONTED_REACH)) if toks[k].text == ","), None)
    if comma is None or res.kind != "person":
        return None
    subject = _sentence_subject(ctx, start, end, ctx.names.gender_of(res.name), list(toks))
    if subject is None or ctx.names.resolve(subject) != res.name:
        return None
    last = subject.split()[-1]
    j = next((k for k in range(comma + 1, len(toks)) if toks[k].text == last), None)
    if j is None:
        return None
    k = j + 1 if j + 1 < len(toks) and toks[j + 1].text == "," else j
    k += 1
    return k if k < len(toks) and toks[k].is_word and not toks[k].is_cap else None


#: The words that open a fronted phrase of words given on air or to an outlet ("Speaking to
#: TV Sul, ..."), and how many tokens such a phrase may hold before its comma.
_FRONTED_ON_AIR = frozenset({"speaking", "talking", "appearing"})
_FRONTED_REACH = 16


def _pronoun_opening(
    ctx: ArticleContext, i: int, toks: Sequence[Token], resolved: Sequence[_Resolved | None]
) -> str | None:
    """The "He" or "She" that opens the sentence ``toks`` telling an outlet words ("He told the
    channel that ... "...," Gogia said"), when it may stand for quote ``i``'s speaker: the
    quote right before was resolved to that speaker, in this paragraph or the one before, nobody
    else is named between, and the article gives the speaker no other gender."""
    res = resolved[i]
    if res is None or i == 0 or not toks or toks[0].low not in ("he", "she"):
        return None
    before = resolved[i - 1]
    doc = ctx.doc
    if before is None or before.name != res.name:
        return None
    if doc.paragraph_index(ctx.quotes[i - 1].start) < doc.paragraph_index(ctx.quotes[i].start) - 1:
        return None
    if any(ctx.names.resolve(name) != res.name for name in _people_in(ctx, ctx.quotes[i - 1].end, toks[0].start)):
        return None  # '"...," said coach Dan Rook. The referee, Ed Marr, ... He told Radio Sul': Marr
    gender = ctx.names.gender_of(res.name)
    return toks[0].text if gender in (None, GENDERED_PRONOUNS[toks[0].low]) else None


def _station_in(ctx: ArticleContext, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names a registry outlet, or an outlet by its noun or its
    shape right after an " on " ("on Radio Centre", "on the radio station Kestrel FM"): a
    station words may have been said on; none without an " on " (most sentences)."""
    outlets, text = ctx.config.outlets, ctx.text
    at = text.find(" on ", start, end)
    if at < 0:
        return False
    if ctx.relays.within(start, end):
        return True
    while at >= 0:
        if outlets.by_shape.match(text, at + 4, end) or outlets.after_noun.match(text, at + 4, end):
            return True
        at = text.find(" on ", at + 4, end)
    return False


#: Words without which no sentence tells to what outlet words were given (:func:`_told_before`,
#: a first look before the sentence is read): "told", "interview", "speaking to", "according
#: to", "quoted", "cited", "carried", "reported", "comments", "broadcast".
_TELLING_WORDS_RE = regex.compile(
    r"(?i)(?<![\p{L}\p{N}])(?:told|tell|tells|telling|interview|interviews|speaking|talking|appearing|according"
    r"|quoted|quoting|cited|citing|carried|reported|comments|remarks|broadcast|rebroadcast|aired)(?![\p{L}\p{N}])"
)


def _cue_told(ctx: ArticleContext, toks: Sequence[Token], k: int) -> bool:
    """Whether ``toks[k]`` is the cue of a sentence that tells whom words were said to
    (:func:`_told_before`): a verb of saying, not capitalized; one that quotes somebody
    ("cited", "quoted") only with its "as" ("TASS quoted Lund as saying"), not "Lund, at the
    MSNBC forum, cited problems"."""
    tok = toks[k]
    if tok.low not in ctx.config.speech_verbs or tok.is_cap:
        return False
    return tok.low not in ctx.config.as_saying_verbs or any(t.low == "as" for t in toks[k + 1 : k + _AS_REACH])


#: How many words after a verb that quotes somebody its "as" may stand ("quoted the deputy
#: foreign minister, Ida Lund, as saying").
_AS_REACH = 10


def _own_audience(ctx: ArticleContext, i: int) -> bool:
    """Whether quote ``i``'s own attribution names where or to whom its words were given, other
    than the outlet told before: a verb of writing or posting ("she wrote on Facebook"), a
    statement, a hearing or a platform after its cue ("she said in a statement", "told
    parliament"; :data:`_AUDIENCE_WORDS`), or "told" with anybody but the outlet again ("she told
    the newspaper" takes it up; :data:`~quoteattr.lexicon.relays.OUTLET_TAKE_UP_NOUNS`)."""
    d = ctx.decisions[i]
    if d is None or not d.cue:
        return False
    start, end = d.cue[0]
    verb = ctx.text[start:end].lower()
    if verb in WRITING_VERBS or verb in _WRITING_PRESENT:
        return True  # "she wrote on Facebook", "posted", "tweeted"
    stop = ctx.doc.sentence_at(start)[1]
    words = [t.low for t in ctx.tokens_outside(end, stop) if t.is_word]
    if any(w in _AUDIENCE_WORDS for w in words):
        return True
    if verb in ("told", "tells"):
        obj = words[1] if words and words[0] in ("the", "a", "an") and len(words) > 1 else (words[0] if words else "")
        return obj not in OUTLET_TAKE_UP_NOUNS
    return False


#: The present forms of the writing verbs (:data:`~quoteattr.lexicon.cues.WRITING_VERBS` holds
#: the past ones) that give words in writing or by posting them: not what an outlet was told.
_WRITING_PRESENT = frozenset({"writes", "posts", "tweets"})
#: Words after a cue that name the words' own setting ("in a statement", "told parliament").
_AUDIENCE_WORDS = frozenset(
    {"statement", "parliament", "lawmakers", "committee", "court", "senate", "assembly", "council", "conference",
     "briefing", "hearing", "facebook", "twitter", "instagram", "blog", "letter", "email", "rally", "crowd"}
)  # fmt: skip


def _sentence_told_in(ctx: ArticleContext, pos: int) -> tuple[int, int] | None:
    """The sentence that may tell to whom the words of the quote opening at ``pos`` were said:
    the one before the quote's own in its paragraph or, for a quote whose sentence opens its
    paragraph, the last of the paragraph before ("Talking to APP, Ida Lund said the mill had
    lost orders. ¶ "...," she said")."""
    sent_s = ctx.doc.sentence_at(pos)[0]
    prev = ctx.doc.sentence_before(sent_s)  # in the paragraph; None for its first sentence
    if prev is not None:
        return prev
    pi = ctx.doc.paragraph_index(pos)
    if pi == 0:
        return None
    sents = ctx.doc.sentences_of(pi - 1)
    return sents[-1] if sents else None


def _cue_speaker_before(
    ctx: ArticleContext, res: _Resolved, start: int, end: int, toks: list[Token], cue: int
) -> str | None:
    """The speaker ``res`` as the sentence ``text[start:end]`` (``toks``) writes it before its cue
    ``toks[cue]``: the description as written, or the person who opens the sentence
    (:func:`_sentence_subject`) or, failing that, the one person it names before the cue
    ("Minister of Economy Ida Lund said"); None when that is somebody else."""
    if res.kind == "description":  # "An official of the Revenue Office told Radio X that ..."
        return res.name if ctx.text.find(res.name, start, toks[cue].start) >= 0 else None
    subject = _sentence_subject(ctx, start, end, ctx.names.gender_of(res.name), toks)
    if subject is None:
        people = set(_people_in(ctx, start, toks[cue].start)) - ctx.names.places
        people = {name for name in people if name.lower() not in ctx.config.names.titles}  # not "Minister"
        subject = people.pop() if len(people) == 1 else None
    return subject if subject is not None and ctx.names.resolve(subject) == res.name else None


def _subject_of_cue(toks: Sequence[Token], cue: int, last: str, interview: bool, verbs: frozenset[str]) -> bool:
    """Whether the speaker whose words end with ``last`` is the subject of the cue ``toks[cue]``:
    written right before it, past adverbs ("Lund also told"; :data:`CUE_ADVERBS`), an acronym
    in brackets or up to :data:`_ASIDES` asides set off by commas or dashes that bring in
    nobody else's words (not "whose", a possessive or another of ``verbs``: "Ida Lund, whose
    husband told Lusa"); for an interview phrase (``interview``: the cue is the word before
    "in an interview with"), before a verb phrase with no passive, relative or comma ("Lund
    defended the decree in", not "Lund was attacked by the minister in")."""
    j = max((k for k in range(cue) if toks[k].text == last), default=None)
    if j is None:
        return False  # not written as a subject ("Ida Lund's lawyer")
    k = j + 1
    if k < cue and toks[k].text == "(":  # "the Revenue Office (OTR) told"
        k = next((n + 1 for n in range(k, cue) if toks[n].text == ")"), cue)
    if k < cue and toks[k].text in _ASIDE_MARKS:
        # "Ida Lund, R-Harlan, appearing on Radio X, said": asides between the marks; a lone mark
        # right before the cue closes an appositive ("Another ally, Secretary Ida Lund, told"),
        # and one right after the name that closes nothing opens an aside that never ends
        marks = [n for n in range(k, cue) if toks[n].text in _ASIDE_MARKS]
        if len(marks) - 1 > _ASIDES or (marks == [j + 1] and j + 1 != cue - 1):
            return False
        for a, b in itertools.pairwise(marks):
            aside = toks[a + 1 : b]
            relative = bool(aside) and aside[0].low == "who"  # "who teaches at the estate's school"
            if any(t.low == "whose" or (is_possessive(t.text) and not relative) or t.low in verbs for t in aside):
                return False  # "Ida Lund, whose husband told Lusa"
        k = marks[-1] + 1
    if interview:
        rest = toks[k : cue + 1]
        return len(rest) <= _INTERVIEW_VERB_WORDS and not any(
            t.low in _NOT_THE_SUBJECTS or not t.is_word or is_possessive(t.text) for t in rest
        )
    return all(t.is_word and (t.low.endswith("ly") or t.low in CUE_ADVERBS) for t in toks[k:cue])


#: Marks that set off an aside between a speaker and the cue, and how many asides may stand there.
_ASIDE_MARKS = frozenset({",", "—", "–"})
_ASIDES = 3
#: Words in a verb phrase before "in an interview with" that make the one named before it not
#: the one interviewed ("was attacked by the minister", "who").
_NOT_THE_SUBJECTS = frozenset({"by", "was", "were", "is", "are", "been", "being", "who", "whose", "which"})
#: The most words such a verb phrase may hold ("defended the new decree").
_INTERVIEW_VERB_WORDS = 6


def _carried_relays(ctx: ArticleContext, i: int, toks: list[Token], cue: int, speaker: str) -> tuple[Relay, ...]:
    """The agencies, broadcasters, newspapers and outlets the cue ``toks[cue]`` of ``speaker``
    names as carrying the words (:func:`relays_for`), for quote ``i``."""
    found = toks[cue].start
    mention = Mention(found, found, speaker, "person", found, found)
    relays, _ = relays_for(QuoteState(ctx, i), toks, [cue], mention)
    return tuple(r for r in relays if r.kind in CARRIER_KINDS)


#: The words that open "in an interview with" and "during an interview with" (:func:`_told_before`).
_INTERVIEW_OPENING = frozenset({"in", "during"})


def _finish(ctx: ArticleContext, i: int, q: Quote, res: _Resolved | None) -> Quote:
    d = ctx.decisions[i]
    if d is None:
        return q
    if d.mention is None:  # a rule decided that nobody said it (a title, say)
        return attrs.evolve(q, rule=d.rule, confidence=0.0)
    m = d.mention
    name, kind, factor = (res.name, res.kind, res.factor) if res is not None else (m.text, m.kind, 0.6)
    confidence = round(min(1.0, d.confidence * factor), 3)
    cue = None
    if d.cue:
        s, e = d.cue[0][0], d.cue[-1][1]
        cue = Cue(_cue_words(ctx.text, d.cue), s, e, d.cue)
    if confidence < ctx.config.min_confidence:
        return attrs.evolve(q, cue=cue, relays=d.relays, confidence=confidence, rule=d.rule)
    speaker = Speaker(name=name, mention=m.text, start=m.start, end=m.end, kind=kind)
    return attrs.evolve(q, speaker=speaker, cue=cue, relays=d.relays, confidence=confidence, rule=d.rule)


def _cue_words(text: str, parts: tuple[tuple[int, int], ...]) -> str:
    """The cue's words, with "..." where other words stand between its pieces ("quoted ... as saying")."""
    out = text[parts[0][0] : parts[0][1]]
    for (_, prev_end), (s, e) in itertools.pairwise(parts):
        out += (" " if not text[prev_end:s].strip() else " ... ") + text[s:e]
    return out


def _resolve_named(ctx: ArticleContext, i: int, m: Mention, known: Sequence[_Resolved | None] = ()) -> _Resolved:
    """The name ``m`` stands for; ``known`` holds the quotes' resolutions so far (pronouns first)."""
    if m.kind in ("organization", "person"):
        bare = m.text[4:] if m.text.lower().startswith("the ") else m.text
        full = ctx.names.expand(bare) if ACRONYM_RE.fullmatch(bare) else None
        entry = ctx.relays.lookup(m.text)
        # "the JCS said": the Joint Chiefs of Staff (JCS) named before; the article's own spelling
        # out wins over the registry's ("the Kestrel Association of Nurses (NAN)" is no agency)
        if full is not None and (entry is None or ctx.relays.lookup(full) is None):
            return _Resolved(full, "organization", 1.0)
    if m.kind == "organization":
        entry = ctx.relays.lookup(m.text)
        if entry is not None:
            return _Resolved(entry.name, "organization", 1.0)
        low = m.text.lower()
        for generic in ctx.config.names.generic_org_nouns:
            if low in (generic, "the " + generic):
                found = ctx.relays.last_before(m.start, generic)
                if found is not None:
                    return _Resolved(found.name, "organization", 0.95)
        desc = low.split()[1:] if low.startswith("the ") and m.text[4:].islower() else []
        body = _named_body(ctx, m, desc[-1], desc) if len(desc) >= 2 else None
        if body is not None:  # "the health service said": the Health Service Executive named before
            return _Resolved(body, "organization", 0.85)
        if desc:  # "The union said", "the civil liberties group said": a body by its kind, as a description
            return _resolve_description(ctx, i, attrs.evolve(m, kind="description", role=desc[-1]), known)
        name = m.text[4:] if low.startswith("the ") else m.text
        return _Resolved(_body_in_full(ctx, name) or name, "organization", 1.0)
    if m.kind == "person":
        entry = ctx.relays.lookup(m.text)
        if entry is not None:
            return _Resolved(entry.name, "organization", 1.0)
        body = _body_in_full(ctx, m.text)
        if body is not None:  # "Nukhba said" after "Nukhba Metals Investment, a fund, ..."
            return _Resolved(body, "organization", 0.9)
        the = ctx.text[m.phrase_start : m.start].lower() == "the " and " " not in m.text
        body = ctx.names.named_with_particle(m.text) if the else None
        if body is not None:  # "the Xunta said" after "the Xunta de Galicia, the regional government,"
            return _Resolved(body, "organization", 0.9)
        if _bare_title(ctx, m):  # "said the Mayor", "Chief justice calls ...": a description
            words = ctx.text[m.phrase_start : m.end]
            role = m.text.lower().rstrip(".")
            return _resolve_description(ctx, i, attrs.evolve(m, text=words, kind="description", role=role), known)
        gender = m.gender or _fronted_gender(ctx, m)
        name = ctx.names.by_gender(ctx.names.resolve(m.text), gender)  # "Mr. Castellane" beside his wife Ida
        before = ctx.names.named_before(m.text, m.start) if " " not in m.text else None
        if before is not None and (gender is None or ctx.names.gender_of(before) in (None, gender)):
            name = before  # "said Lund, 58," after Ida Lund and before Per Lund is brought in: her
        if _common_word(ctx, m, name):
            return _Resolved(name, "person", 0.5)  # "Sleep specialists have a name for it: ..."
        if ctx.names.given_to_several(name):
            return _Resolved(name, "person", 0.4)  # "Tobias said" beside two Tobiases: either of them
        return _Resolved(name, "person", 1.0, gender or ctx.names.gender_of(m.text))
    if m.kind == "description":
        return _resolve_description(ctx, i, m, known)
    if m.kind == "group" and m.role == m.text.lower() and m.text in ctx.names.full:
        return _resolve_named(ctx, i, attrs.evolve(m, kind="person", role=None), known)  # Mara Danes, "Danes said"
    if m.kind == "group" and _vague(m):
        return _Resolved(m.text, m.kind, _VAGUE)  # "Critics said", "many residents say": nobody named
    return _Resolved(m.text, m.kind, 0.8)


#: How sure a vague collective is as a speaker (:func:`_vague`): under one half with any rule.
_VAGUE = 0.5


def _vague(m: Mention) -> bool:
    """Whether a group names nobody: no body it belongs to and no capitalized word but its first
    ("Critics", "many residents", "Several", "Republicans"); not "Harbor Union members" nor
    "analysts at Condor Capital"."""
    return m.org is None and not any(w[:1].isupper() for w in m.text.split()[1:])


def _body_in_full(ctx: ArticleContext, word: str) -> str | None:
    """The full name of a body that a shorter name stands for: the one longer name the article
    gives that opens with ``word`` and ends as a body's name does ("Nukhba" for "Nukhba Metals
    Investment"; for a name of several words, by a company's legal form only: "Harbor Golden
    Fruit" for "Harbor Golden Fruit Bhd."); None for a name no such name opens, for a person's
    surname, given name or full name, and for one word the article also writes in lower case."""
    names = ctx.names
    first = word.split()[0]
    if first.lower() in ctx.config.names.given_names or names.resolve(word) != word:
        return None
    if " " in word:  # "Sandy Hook" is no "Sandy Hook Elementary School": a company's legal form only
        if names.gender_of(word) is not None or word in names.titles or word in names.places:
            return None  # a person's full name, or a place's ("the council of Port Alma")
        longer = names.body_name(word, LEGAL_ENDINGS)
        if longer is not None and names.short_before_long(word, longer):
            return None  # "Sasha Lund founded Sasha Lund Pty": hers, named first
        return longer
    if word in names.full or word.lower() in names.lower_words or names.gender_of(word) is not None:
        return None  # "Orrin said" beside Mr. Orrin's "Orrin Holdings Ltd.": the man
    return names.body_name(word, ctx.config.names.body_endings)


def _common_word(ctx: ArticleContext, m: Mention, name: str) -> bool:
    """Whether a one-word person mention that opens its sentence is more likely a common word
    capitalized there ("Sleep specialists have a name for it"): the article gives nobody that
    surname in full and writes the word in lower case elsewhere."""
    if " " in name or m.start != m.phrase_start or name.lower() not in ctx.names.lower_words:
        return False
    return opens_a_sentence(ctx.text, m.start)


def _bare_title(ctx: ArticleContext, m: Mention) -> bool:
    """Whether a person mention is a title standing alone ("the Mayor"), not a surname the article gives."""
    low = m.text.lower().rstrip(".")
    tables = ctx.config.names
    return " " not in m.text and (low in tables.titles or tables.person_role(low)) and m.text not in ctx.names.full


#: How many sentences after a description's quote :func:`_named_next` reads for the person it
#: introduces: the first that is not the quote going on.
_NEXT_SENTENCES = 3

#: The paragraphs (the headline's included) where a description may name the person whom the
#: article names only after it ("..., the top U.S. diplomat said." then "Pompeo said ..."): a
#: wire lede's way; further on, a person named only later is a newcomer.
_LEDE_PARAS = 4


#: How many characters of a sentence :func:`_fronted_gender` reads for its first word.
_PARTICIPLE_CHARS = 16


def _fronted_gender(ctx: ArticleContext, m: Mention) -> str | None:
    """The gender a question fronted before the name ``m`` gives it, when the name stands after
    that clause and its comma ("Asked whether she would sell, Hasegawa said"): the one asked is
    the one who answers; its pronouns must agree and it must name nobody, by name or by a role
    ("the minister")."""
    sent_s = ctx.doc.sentence_at(m.start)[0]
    first = ctx.text[sent_s : sent_s + _PARTICIPLE_CHARS].split(maxsplit=1)
    if not first or first[0].lower() not in QUESTIONED_PARTICIPLES:
        return None  # the cheap test first: most sentences open otherwise
    toks = ctx.tokens_outside(max(sent_s, m.start - WINDOW), m.start)
    if len(toks) < 4 or not fronted_question(toks, 0):
        return None
    if any(ctx.config.names.person_role(tok.low) for tok in toks[2:]):
        return None  # "Asked whether the minister knew what she signed, Holm said": the minister's "she"
    if toks[-1].text != "," or any(tok.is_cap and strip_possessive(tok.text) in ctx.names.full for tok in toks[1:]):
        return None  # "Asked whether Dahl would sell, Lund said": not a clause about the speaker alone
    genders = {GENDERED_PRONOUNS[tok.low] for tok in toks if tok.low in GENDERED_PRONOUNS}
    return genders.pop() if len(genders) == 1 else None


def _unhyphened_role(tables: NameTables, role: str) -> str:
    """A role written with its qualifier by a hyphen ("vice-minister") as its title ("minister"),
    the qualifier read from the description's words (:meth:`NameTables.qualifiers_in`); any other
    role as it is ("vice-chair" when "chair" is no title, "self-employed")."""
    lead, _, head = role.rpartition("-")
    if lead in tables.role_qualifiers and (head in tables.titles or tables.person_role(head)):
        return head
    return role


def _resolve_description(ctx: ArticleContext, i: int, m: Mention, known: Sequence[_Resolved | None] = ()) -> _Resolved:
    """A description to the person it stands for, when the article makes the link; ``known``
    holds the quotes' resolutions so far (a nearby quote's "she" may name the person)."""
    written_role = (m.role or "").lower()
    role = _unhyphened_role(ctx.config.names, written_role)
    entry = ctx.relays.lookup(m.text)
    if entry is not None:
        return _Resolved(entry.name, "organization", 1.0)
    mononym = _mononym_given(ctx, m)
    if mononym is None and _refuses_a_name(ctx, m):
        return _Resolved(m.text, "description", 0.5)  # 'said the man, who did not want to give his name': nobody named
    tables = ctx.config.names
    kind = role or m.text.lower().split()[-1]  # "the firm": a head no role table holds
    words = m.text.lower().split()[1:] if m.text.lower().startswith("the ") else []
    if words and (kind in tables.body_kinds or (len(words) >= 2 and not tables.person_role(kind))):
        body = _named_body(ctx, m, kind, words)
        if body is not None:  # "Halvorsen Property Services said ... "...," the company said"
            return _Resolved(body, "organization", 0.85)
    if words and kind in tables.body_kinds:
        spoke = _body_before(ctx, i, m.start, kind)  # 'The INMO said it would meet managers. "...," the union said'
        if spoke is not None and not _agency_not_of(ctx, spoke.name, kind):
            return attrs.evolve(spoke, factor=0.8)
        subject = _body_subject(ctx, i, m.start, kind)
        if subject is not None and not _agency_not_of(ctx, subject, kind):
            # 'The Harriers marked the day online. "...," the team wrote'
            return _Resolved(subject, "organization", 0.75)
        if spoke is not None or subject is not None:
            return _Resolved(m.text, "description", 0.6)  # 'Bloomberg reported that ... "...," the regulator said'
        again = _kind_said_again(ctx, i, m, kind, words)
        if again is not None:  # "the ministry said" far on, as it said before
            return again

    owned = any(is_possessive(word) for word in m.text.split())  # "Harbor Council's report"
    made = _maker_from(ctx, i, m) if tables.written(role) else None
    if made is not None:  # '"...," a statement from the company reads'
        return made
    if (words or owned or role in tables.work_makers) and tables.written(role):
        writer = _writer_of(ctx, i, m, role) if words else None
        if writer is None:  # "The court's 64-page judgment criticises what it calls "...""
            writer = _owner_of_work(ctx, i, m)
        if writer is None and words:  # "The guild's autumn newsletter is blunt. "...," the newsletter says"
            writer = _owned_before(ctx, i, m, role)
        if writer is None and words and role in tables.work_makers:  # 'The Kestrel Court of Appeal found ...'
            writer = _maker_subject(ctx, i, m, tables.work_makers[role], role)
        if writer is not None:  # 'Lumenfold emailed its customers. "...," the email read'
            return writer
        return _Resolved(m.text, "description", 0.5)  # "the statement said": whose, the article does not say
    if role in tables.sign_nouns:
        return _Resolved(m.text, "description", 0.5)  # "a banner read": words nobody in particular said
    if role in tables.body_nouns:
        return _Resolved(m.text, "description", 0.6)  # "the newspaper": a body, named by kind
    if mononym is not None:  # "said the fair's organiser, a cook who asked that only her first name, Maruxa, be used"
        return _Resolved(mononym, "person", 0.85)
    found = _AGE_OF.search(m.text) if words and not owned else None  # not "the 34-year-old's widow"
    age = found.group(1) if found is not None else None
    told = None  # an age the article tells only by "She is 79.", read when nobody nearer is of it
    if age is not None:  # "the 26-year-old", "the 61-year-old engineer": the one person of that age
        aged = ctx.names.aged(age)
        if len(aged) == 1 and (role == AGE_ROLE or not _holds_another_title(ctx, aged[0], role, m.text)):
            return _Resolved(aged[0], "person", 0.9 if role == AGE_ROLE else 0.85)
        told = age if role == AGE_ROLE and not aged else None
    if _introduces_someone(ctx, m, role):
        described = _introduced_as(ctx, m, role) if m.text.lower().startswith("the ") else None
        if described is not None:  # 'An official of the Revenue Office told ... "...," the official said'
            return _Resolved(described, "description", 0.8)
        return _Resolved(m.text, "description", 0.5)  # "a top aide": somebody the article does not name
    place = m.text.split()[-1].lower() if role == NATIVE_ROLE else None
    if place is not None:
        natives = [name for name in sorted(ctx.names.full_names) if place in _place_words_of(ctx, name)]
        if len(natives) == 1:  # "Jan Dvořák, a Czech guide, ... "...," the Czech said"
            return _Resolved(natives[0], "person", 0.85)
    holders = ctx.names.holders_of(role, tables.qualifiers_in(m.text)) if role else []
    if not holders and role and words and m.text[4:].islower():
        holders = ctx.names.holders_in_full(frozenset(words))  # "Ida Lund, director general of X,"
    if role != written_role and len(holders) != 1:
        return _Resolved(m.text, "description", 0.6)  # "the vice-president": never the president
    if len(holders) == 1:
        return _Resolved(holders[0], "person", 0.85)
    picked = _holder_by_modifier(ctx, holders, words, role) if len(holders) > 1 else None
    if picked is not None:  # "the mill director" beside "At the Palmar mill, director Ida Marsh"
        return _Resolved(picked, "person", 0.8)
    if m.text.split()[0].lower() in POSSESSIVE_DETERMINERS:
        introduced = _named_next(ctx, i, m, role)
        if introduced is not None:  # '"...," his widow said. Keiko Hasegawa, 68, has kept ...'
            return introduced
        return _Resolved(m.text, "description", 0.5)  # "his barrister": not him, nor whoever spoke last
    owner = _person_owner(ctx, m) if owned else None
    if owner is not None and role in KINSHIP_TITLES:
        # "Whitcomb's granddaughter" as "her granddaughter": never the owner, nor whoever spoke last
        return _named_next(ctx, i, m, role) or _Resolved(m.text, "description", 0.5)
    # with two holders of the role named, the one it stands for is one of them (or one an
    # appositive gives the office: "Dan Weir, president of the league,"), never somebody else
    holding = frozenset(holders + ctx.names.holders_in_full(frozenset({role}))) if len(holders) > 1 else None
    # "the breeder said": a doer no role table holds, for the person the sentences before are about
    doer = (
        tables.doer(role)
        and role not in KINSHIP_TITLES
        and m.text.startswith(("the ", "The "))
        and m.text[4:].islower()
        and not any(w in tables.contrasting_words for w in m.text.lower().split())
        and len(holders) < 2  # "the mill director" with two directors named: one of them, not a doer
    )
    if role not in tables.role_nouns and not doer:
        return _Resolved(m.text, "description", 0.6)  # "a harbor office memo": not a person
    # the sentence before the description's; after a quote of several sentences ('"... else. We
    # can't," the 61-year-old said'), the sentence before the one the quote opens in
    anchor = _anchor(ctx, i, m.start)
    before = _sentence_before(ctx, anchor) if m.text.lower().startswith("the ") else None
    repeated = False  # whether the sentence before opens with the same description
    replying = _replies(ctx, i)  # a reply is not the words of the one it answers
    if before is not None:
        sent_s, sent_e = ctx.doc.sentence_at(anchor)[0], ctx.doc.sentence_at(m.start)[1]
        toks = tokenize(ctx.text, max(before[0], sent_s - WINDOW), sent_s)
        para_s = ctx.doc.paras[ctx.doc.paragraph_index(before[0])][0]
        subject = _subject_before(ctx, m, toks, sent_s, sent_e)
        # the role named for somebody else ("Osei met the mayor. "...," the mayor said"), not as the
        # subject's own title ("Kazakhstan's ambassador, Yerlan Lund, told ... "...," the ambassador said")
        # nor a named person's title in the sentences before ("Petroleum Minister Hamid al-Sayegh")
        if subject is not None and _of_another_age(ctx, subject, age):
            subject = None  # '"...," Lund said.' with Ida Lund, 74, before "the 79-year-old": not her
        if subject is not None and holding is not None and subject not in holding:
            subject = None  # two directors named, and the subject before is neither: not him either
        if subject is not None and replying and _asked_by(ctx, i - 1, subject):
            subject = None  # '"...?" Dr Vella asked. "...," the witness replied': not the one answered
        own = _title_of_subject(toks, subject, role) if subject is not None else -1
        # 'The climatologist said ... "...," the climatologist added': the same description
        # twice, read on as one (the speakers nearby), not somebody else by that role
        repeated = subject is None and len(toks) > 1 and toks[0].low == "the" and toks[1].low == role
        repeated = repeated and _goes_on_about(toks)  # not "The climatologist hired by the council"
        own = 1 if repeated else own
        earlier = tokenize(ctx.text, max(para_s, toks[0].start - WINDOW), toks[0].start) if toks else []
        if any(tok.low == role and not _titles(ctx, earlier, n) for n, tok in enumerate(earlier)) or any(
            tok.low == role for tok in toks[own + 1 :]
        ):
            return _Resolved(m.text, "description", 0.5)
        if doer and not repeated:
            return _doer_subject(ctx, m, toks, subject, before[0], sent_s)
        if subject is not None and not _holds_another_title(ctx, subject, role, m.text):
            return _Resolved(subject, "person", 0.8)
        if subject is None and _opens_with_description(ctx, before[0], sent_s, new_only=True):
            return _Resolved(m.text, "description", 0.5)  # 'One fisherman said ... "...," the man said'
        if subject is None and role in (AGE_ROLE, NATIVE_ROLE):
            threaded = _thread_through(ctx, before[0], sent_s) or _age_introduced(ctx, m, before[0])
            if threaded is not None:  # 'She has taught it since 1991. "...," the 64-year-old said'
                return _Resolved(threaded, "person", 0.7)
            person = _age_told(ctx, m, told) if told is not None else None
            if person is not None:
                return _Resolved(person, "person", 0.75)
    if doer and not repeated:
        return _Resolved(m.text, "description", 0.6)  # a doer is the subject's before it or nobody's
    # the named speaker of a nearby quote in the same thread; an age ("the 64-year-old") or a
    # description that goes on ("the envoy added") is somebody met already, never a speaker still to come
    para = ctx.doc.paragraph_index(ctx.quotes[i].start)
    best: tuple[int, int, str] | None = None
    met = role in (AGE_ROLE, NATIVE_ROLE) or _cue_verb(ctx, i) in CONTINUING_VERBS
    last = i if met else min(len(ctx.decisions), i + LOOKBACK)
    told_after: frozenset[str] | None = None  # whom its sentence tells or asks after it, read when needed
    for j in range(max(0, i - LOOKBACK), last):
        d = ctx.decisions[j]
        if j == i or d is None or d.mention is None or d.inherited == i:
            continue
        if replying and j == i - 1:
            continue  # '"...?" Dr Vella asked. "...," the witness replied': not the one answered
        other = d.mention.named
        # a pronoun's person, as resolved, only in the description's paragraph or in the quote
        # just before, from the paragraph before ('"...," he said. The Argentine ... "...," the
        # Argentine said')
        pj = ctx.doc.paragraph_index(ctx.quotes[j].start)
        near = pj == para or (j == i - 1 and pj == para - 1)
        through = known[j] if near and j < len(known) and other.kind == "pronoun" else None
        if through is not None and through.kind == "person" and through.factor >= 0.7:
            name = through.name  # 'O'Driscoll said ... "...," she said. The scientist said ...'
        elif other.kind != "person" or _bare_title(ctx, other) or ctx.relays.lookup(other.text) is not None:
            continue  # a person, not a title alone nor an agency read as a name ("RIA Novosti reported")
        else:
            name = ctx.names.resolve(other.text)
        if name == owner:
            continue  # "Brandt's lawyer added": not Brandt
        if told_after is None:
            told_after = _addressed_after(ctx, m.end, min(ctx.doc.sentence_at(m.start)[1], m.end + WINDOW))
        if name in told_after:
            continue  # 'The old man sniffed the jar and told Lund: "Again."': those it speaks to, not it
        dist = abs(pj - para)
        if dist > 2:
            continue
        later = j > i and para >= _LEDE_PARAS  # a name written in full ends the site ("Rep. Jared Huffman")
        sites = [a for a, b in ctx.names.sites_of(name) if ctx.text[a:b].endswith(name)] if later else []
        if sites and sites[0] > ctx.quotes[i].start:
            continue  # '"...," the councillor said. ... gondolier Nico da Re said': a newcomer, not her
        if m.gender and ctx.names.gender_of(name) and ctx.names.gender_of(name) != m.gender:
            continue
        if _holds_another_title(ctx, name, role, m.text):
            continue  # 'Kerry manager Seamus Lund ... "...," the Kerry captain said': not him
        if holding is not None and name not in holding:
            continue  # "the mill director" with two directors named: one of them, not the cane cutter
        if _of_another_age(ctx, name, age):
            continue  # Ida Lund, 74, is not "the 79-year-old"
        if place is not None and _of_other_peoples(_place_words_of(ctx, name), place):
            continue  # "Ingrid Holm, a Norwegian nurse," is not "the Czech"
        key = (dist, 0 if j < i else 1, name)
        if best is None or key < best:
            best = key
    if best is not None:
        return _Resolved(best[2], "person", 0.8)
    # a possessive description ("The school's head teacher") may be named in the next sentence
    return (_named_next(ctx, i, m, role) if owned else None) or _Resolved(m.text, "description", 0.5)


#: The negations before a verb of wanting in an aside that refuses a name (:func:`_refuses_a_name`).
_NEGATED_AUXILIARIES = frozenset({"did", "does", "would"})
_NEGATIONS = frozenset({"not", "didn't", "doesn't", "wouldn't", "didn’t", "doesn’t", "wouldn’t"})


def _refuses_a_name(ctx: ArticleContext, m: Mention) -> bool:
    """Whether an aside right after the description ``m`` asks not to be named ("said the man,
    who did not want to give his name", "a grower, who asked not to be named,"): the one it
    stands for is somebody the article does not name.  Reads at most 80 characters."""
    if ctx.text[m.end : m.end + 1] != ",":
        return False
    toks = tokenize(ctx.text, m.end, min(len(ctx.text), m.end + 80))
    if len(toks) < 4 or toks[1].low != "who":
        return False
    k = 2
    if toks[k].low in _NEGATED_AUXILIARIES and toks[k + 1].low == "not":
        k += 2
    elif toks[k].low in _NEGATIONS:
        k += 1
    wish = k > 2 and k < len(toks) and toks[k].low in ANONYMITY_WISH_VERBS
    if not (k < len(toks) and (wish or (k == 2 and toks[k].low in ANONYMITY_VERBS)) and asks_anonymity(toks, k)):
        return False
    # a name or anonymity itself is what is refused: not "who declined to give her reasons"
    return any(tok.low in _REFUSED_WORDS for tok in toks[k + 1 : k + 6])


#: The words that make an aside's refusal one of a name (:func:`_refuses_a_name`).
_REFUSED_WORDS = frozenset({"name", "named", "identified", "anonymity", "anonymous", "unnamed"})


def _goes_on_about(toks: Sequence[Token]) -> bool:
    """Whether a sentence that opens with "The <role>" (``toks``) goes on about one known
    person: its third word opens the predicate (not "The climatologist hired by the council",
    "The innkeeper who ...", "The climatologist at the station"), and nobody is its object by a
    pronoun ("The innkeeper has since laid her off": somebody the sentences before named)."""
    if len(toks) < 3:
        return True
    third = toks[2].low
    if third in PREPOSITIONS or third in ("that", "who", "which", "whom", "whose"):
        return False
    if len(toks) > 3 and toks[3].low == "by":
        return False  # "The climatologist hired by the council"
    for k, tok in enumerate(toks[2:], start=2):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if tok.low == "him":
            return False
        if tok.low == "her" and (nxt is None or not nxt.is_word or nxt.low in PREPOSITIONS or nxt.low in _PARTICLES):
            return False  # "laid her off", "hired her." (an object); not "her team"
    return True


#: Adverb particles of phrasal verbs that are no prepositions ("laid her off").
_PARTICLES = frozenset({"off", "up", "out", "down", "away", "back"})


def _of_another_age(ctx: ArticleContext, name: str, age: str | None) -> bool:
    """Whether the article gives ``name`` an age other than ``age`` ("Ida Lund, 74," is not "the
    79-year-old"); False without an age."""
    return age is not None and bool(ctx.names.ages_of(name) - {age})


#: How many characters around a full name :func:`_holder_by_modifier` reads for a description's
#: other words ("At the Palmar mill, director Ida Marsh").
_MODIFIER_REACH = 60


def _holder_by_modifier(ctx: ArticleContext, holders: list[str], words: list[str], role: str) -> str | None:
    """The one of several holders of ``role`` that a description's other words (``words``, after
    its "the": "mill" in "the mill director", "north harlan" in "the North Harlan governor") go
    with, at a place where the article names the holder in full: every one of them among the
    two tokens before the title written right before the name ("At the Palmar mill, director
    Ida Marsh", "Velo coach Tomas Brandt"), or in the of-phrase right after the name ("Coach Ida
    Marsh of Harlan"); None when no such word, or not exactly one holder fits."""
    tables = ctx.config.names
    modifiers = [w for w in words if w != role and w not in tables.role_qualifiers and w.isalpha()]
    if not modifiers or len(modifiers) > 3:
        return None
    fits = []
    for name in holders:
        for a, b in ctx.names.sites_of(name):
            before = tokenize(ctx.text, max(ctx.doc.sentence_at(a)[0], a - _MODIFIER_REACH), a)
            near: set[str] = set()
            if len(before) > 1 and before[-1].text == "," and before[-2].low == role:
                before = before[:-1]  # "The farm manager, Ida Marsh,": the title before her comma
            if before and before[-1].low == role:
                near = {t.low for t in before[-3:-1]}  # "mill, director", "Velo coach"
            after = _OF_AFTER_NAME_RE.match(ctx.text, b, min(len(ctx.text), b + _MODIFIER_REACH))
            if after is not None:  # "Coach Ida Marsh of Harlan"
                near |= {w.lower() for w in _WORD_RE.findall(after.group(1))}
            if all(w in near for w in modifiers):
                fits.append(name)
                break
    return fits[0] if len(fits) == 1 else None


#: The of-phrase right after a name, up to a comma or a stop ("Ida Marsh of Port Alma said"):
#: group 1 its words.
_OF_AFTER_NAME_RE = regex.compile(r"[ \t]+of[ \t]+((?:the[ \t]+)?\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,3})")


def _doer_subject(
    ctx: ArticleContext, m: Mention, toks: list[Token], subject: str | None, start: int, end: int
) -> _Resolved:
    """A doer no role table holds ("the breeder said", :meth:`NameTables.doer`) as the person the
    sentence before it (``toks``, ``text[start:end]``) is about: its subject (``subject``) when
    that is a person the article names in full and the verb after the name is not a passive
    ("Lund was asked ... "...," the moderator said": the one who asked), or, when a he or she
    opens that sentence, the person who opens the sentence before it
    (:func:`_named_before_pronoun`); else nobody named."""
    unnamed = _Resolved(m.text, "description", 0.6)
    if _someone_brought_in(ctx, toks) or any(tok.low in ("him", "them") for tok in toks):
        # "Marsh bought her first clock from him", "a man sat down": the doer is somebody else
        return unnamed
    if subject is not None:
        people = {ctx.names.resolve(name) for name in _people_in(ctx, start, end)} - {subject}
        if people - ctx.names.places or not _a_person(ctx, subject) or _passive_after(toks, subject):
            return unnamed  # "Brandt and Marsh judged the ewes": which of them, unsaid
        if _holds_another_title(ctx, subject, (m.role or "").lower(), m.text):
            return unnamed
        return _Resolved(subject, "person", 0.75)
    found = _subject_pronoun(ctx, start, end)
    got = _named_before_pronoun(ctx, start, end, found[1]) if found is not None else None
    if got is not None and (_a_person(ctx, got) or (" " in got and got in ctx.names.full_names)):
        return _Resolved(got, "person", 0.7)  # the pronoun's gender is the name's
    return unnamed


def _someone_brought_in(ctx: ArticleContext, toks: list[Token]) -> bool:
    """Whether ``toks`` bring somebody in by an indefinite article and a person's noun ("a man",
    "a young locksmith"), within :data:`_BROUGHT_IN_WORDS` words, or name somebody by a role or
    a kinship word after a possessive ("her mother", "his father")."""
    tables = ctx.config.names
    for n, tok in enumerate(toks):
        if not (tables.person_role(tok.low) or tables.doer(tok.low) or tok.low in KINSHIP_TITLES):
            continue
        before = toks[max(0, n - _BROUGHT_IN_WORDS) : n]
        if any(t.low in INDEFINITE_DETERMINERS or t.low in POSSESSIVE_DETERMINERS for t in before):
            return True
    return False


#: How many words may stand between "a" (or "his") and the person's noun it brings in.
_BROUGHT_IN_WORDS = 3


def _passive_after(toks: list[Token], name: str) -> bool:
    """Whether the verb after the last word of ``name`` in ``toks`` is a passive, past an
    auxiliary and an adverb ("Lund was asked", "Lund had been interviewed", "Lund was also
    asked"), wherever the name stands."""
    last = name.split()[-1]
    for n in range(len(toks) - 1):
        if strip_possessive(toks[n].text) != last:
            continue
        verbs = [t.low for t in toks[n + 1 : n + 5] if t.is_word]
        be = next((k for k, word in enumerate(verbs) if word in _BE_WORDS), None)
        if be is not None and any(word.endswith(("ed", "en")) for word in verbs[be + 1 : be + 3]):
            return True
    return False


#: The forms of "be" before a passive participle.
_BE_WORDS = frozenset({"was", "were", "is", "are", "been", "being", "be"})


#: How far past a description :func:`_mononym_given` reads for the one name it goes by.
_MONONYM_REACH = 200
#: Words in a description's appositive that turn it to somebody else ("whose husband", "of a man").
_ABOUT_ANOTHER_RE = regex.compile(r"(?i)\b(?:whose|of[ \t]+an?|with[ \t]+an?|to[ \t]+an?|said|says|told)\b")


#: The comma of a description's own appositive, right after it or after a short of-phrase that
#: completes it ("the mother of four, who gave her name as Ida").
_OWN_APPOSITIVE_RE = regex.compile(_SHORT_OF_PHRASE + ",")


def _mononym_given(ctx: ArticleContext, m: Mention) -> str | None:
    """The one-word name that a description's own appositive gives it, within
    :data:`_MONONYM_REACH` characters of its sentence ("said the fair's organiser, a 63-year-old
    cook who asked that only her first name, Maruxa, be used"): read only when the article gives
    such a name and a comma follows the description; never a name inside a quote, nor past words
    that turn to somebody else (:data:`_ABOUT_ANOTHER_RE`), and only when just one is given."""
    if not ctx.names.mononyms or _OWN_APPOSITIVE_RE.match(ctx.text, m.end) is None:
        return None  # only its own appositive: not "the inspector said, adding that the suspect, ..."
    end = min(ctx.doc.sentence_at(m.end)[1], m.end + _MONONYM_REACH)
    if _ABOUT_ANOTHER_RE.search(ctx.text, m.end, end):
        return None  # "the organiser, whose husband, a man named Tavi, ...": about somebody else
    names = {name for name, at in ctx.names.mononyms_in(m.end, end) if not ctx.inside_quote(at)}
    return names.pop() if len(names) == 1 else None


#: How far back (in characters) :func:`_kind_said_again` reads for the same kind noun speaking.
_AGAIN_CHARS = 9000


def _kind_said_again(ctx: ArticleContext, i: int, m: Mention, kind: str, words: list[str]) -> _Resolved | None:
    """The body a definite kind noun ("the ministry", its ``words`` after "the") stood for when
    it last spoke, in a quote at most :data:`_AGAIN_CHARS` before, too far back for its name
    to be read again ("The Ministry of Agriculture said ... "...," the ministry said. ... the
    ministry said in a written reply"): the name read from there (:func:`_named_body`); None
    when another of that kind stands in between, by a name or by the kind word, not after
    "the", within two words of a capitalized word or a possessive ("the Ministry of Finance",
    "Kestrel's farm ministry")."""
    tables = ctx.config.names
    ends = tables.body_kinds.get(kind, frozenset()) | {kind}
    lo = m.start - _AGAIN_CHARS
    said = m.text.lower()
    for j in range(i - 1, -1, -1):
        if ctx.quotes[j].end < lo:
            return None
        d = ctx.decisions[j]
        if d is None or d.mention is None or d.inherited is not None or d.mention.named.text.lower() != said:
            continue
        body = _named_body(ctx, d.mention.named, kind, words)
        if body is None:
            return None
        if _another_of_kind(ctx.tokens_outside(ctx.quotes[j].end, m.start), ends):
            return None  # "the Ministry of Finance", "Kestrel's farm ministry" since: which one, unsaid
        return _Resolved(body, "organization", 0.8)
    return None


def _another_of_kind(toks: list[Token], ends: frozenset[str]) -> bool:
    """Whether ``toks`` name a body by a word of ``ends``: capitalized ("the Ministry of
    Finance"), or in lower case, not after "the", within two words of a capitalized word or a
    possessive ("Kestrel's farm ministry")."""
    for n, tok in enumerate(toks):
        if strip_possessive(tok.low) not in ends:
            continue
        if tok.is_cap:
            return True
        near = toks[max(0, n - 2) : n]
        if near and near[-1].low != "the" and any(t.is_cap or is_possessive(t.text) for t in near):
            return True
    return False


def _agency_not_of(ctx: ArticleContext, name: str, kind: str) -> bool:
    """Whether ``name`` is a news agency, broadcaster or newspaper of the registry, not of ``kind``:
    one that reported ("Bloomberg reported that ...") is not "the regulator" who then speaks; an
    office of the registry ("the Foreign Ministry") is a body like any other, and any of them
    may be "the company" or "the group" (``COMMON_BODY_KINDS``: "Bloomberg said it would cut
    jobs")."""
    entry = ctx.relays.lookup(name)
    return entry is not None and entry.kind not in ("official", kind) and kind not in COMMON_BODY_KINDS


def _person_owner(ctx: ArticleContext, m: Mention) -> str | None:
    """The person a description's possessive names ("Whitcomb's granddaughter": Whitcomb, whom
    the article names in full or gives a gender), not a body ("the council's spokesman"); else None."""
    words = owner_words(m.text.split())
    if not words or not words[-1][:1].isupper():
        return None
    owner = strip_possessive(" ".join(words).removeprefix("The ").removeprefix("the "))
    name = ctx.names.resolve(owner)
    if ctx.relays.lookup(owner) is not None or not (name in ctx.names.full_names or ctx.names.gender_of(name)):
        return None
    return name


def _sentence_after(ctx: ArticleContext, pos: int) -> tuple[int, int] | None:
    """The sentence after the one holding ``pos``: in its paragraph, or the first of the next."""
    after = ctx.doc.sentence_after(pos)
    if after is not None:
        return after
    para = ctx.doc.paragraph_index(pos)
    return ctx.doc.sentence_at(ctx.doc.paras[para + 1][0]) if para + 1 < len(ctx.doc.paras) else None


def _named_next(ctx: ArticleContext, i: int, m: Mention, role: str) -> _Resolved | None:
    """The person the sentence right after the quote's introduces, opening with a full name the
    article writes there for the first time ('"...," his widow said. Keiko Hasegawa, 68, has kept
    the accounts'; a quote that goes on in between is passed over), when the name's gender and
    title do not tell against the description ``m`` and no other description speaks in the
    quote's paragraph; after "his" or "her" the name's gender must be known and the other one
    ("his lawyer said. Corwin Vale, 32, is accused" may be about the man "his" stands for);
    else None.  Read for a possessive description only ("his widow", "the school's head teacher")."""
    pos = max(m.end, ctx.quotes[i].end)
    para = ctx.doc.paragraph_index(ctx.quotes[i].start)
    tables = ctx.config.names
    for j in range(max(0, i - LOOKBACK), min(len(ctx.quotes), i + LOOKBACK)):
        other = ctx.decisions[j]
        if ctx.doc.paragraph_index(ctx.quotes[j].start) != para or other is None or other.mention is None:
            continue
        if other.mention.named.kind == "description" and other.mention.named.text.lower() != m.text.lower():
            return None  # '"...," said his daughter. "...," said her son.': which of them, the name does not say
    for _ in range(_NEXT_SENTENCES):
        sent = _sentence_after(ctx, pos)
        if sent is None or ctx.doc.paragraph_index(sent[0]) > para + 1:
            return None
        pos = sent[1] - 1
        toks = ctx.tokens_outside(sent[0], min(sent[1], sent[0] + WINDOW))
        if not any(tok.is_word for tok in toks):
            continue  # '"Stopping was never discussed."': the quote goes on
        k = _name_end(toks, 0, tables) if toks and toks[0].is_cap else 0  # not a particle first
        if not 2 <= k <= 5 or k >= len(toks) or toks[0].low in tables.not_names:
            return None
        written = ctx.text[toks[0].start : toks[k - 1].end]
        if is_possessive(written) or any(tok.low.rstrip(".") in tables.titles for tok in toks[:k]):
            return None  # a possessive ("Keiko Hasegawa's nephew"), a title ("California Rep. Ida Lund")
        if role in KINSHIP_TITLES and _unrelated(ctx, toks[k - 1].end):
            return None  # '"...," his nephew said. Mike Holm, who is no relation, ...': not the nephew
        first = next((a for a, b in ctx.names.sites_of(written) if ctx.text[a:b] == written), -1)
        if first != toks[0].start:
            return None  # somebody met before
        name = ctx.names.resolve(written)
        gender = tables.given_names.get(toks[0].low) or ctx.names.gender_of(name)  # hers, not her husband's
        wanted = gender_of_words([role])  # "her son": a man, whatever "her" says
        if (wanted and gender and gender != wanted) or _holds_another_title(ctx, name, role, m.text):
            return None
        owner = GENDERED_PRONOUNS.get(m.text.split()[0].lower())
        # '"...," his lawyer said. Corwin Vale, 32, is accused': he may be the one "his" is; unless
        # the "his" had spoken and the newcomer speaks or names kin ('Theo Varga, 24, says he is
        # thinking about it'; 'Randi Lund met her husband in 1976')
        kin_told = owner is not None and _owner_spoke(ctx, i, owner, role) and _speaks_or_kin(ctx, toks[k:])
        if owner is not None and (gender is None or gender == owner) and not kin_told:
            return None
        return _Resolved(name, "person", 0.7, wanted or gender)
    return None


def _speaks_or_kin(ctx: ArticleContext, toks: list[Token]) -> bool:
    """Whether a sentence's tokens after a newcomer's name hold a speech verb or a kinship word
    ("says he is thinking about it", "met her husband")."""
    verbs = ctx.config.speech_verbs
    return any(tok.low in verbs or tok.low in KINSHIP_TITLES for tok in toks)


def _owner_spoke(ctx: ArticleContext, i: int, owner: str, role: str) -> bool:
    """Whether the "his" or "her" (of gender ``owner``) of a kinship description ("his grandson")
    has somebody to stand for before the name that follows it: a quote before, in the
    description's paragraph or the two before, that a named person or a pronoun of that gender
    speaks ('"...," he said. ... "...," his grandson said. Theo Brandt, 24, ...': the grandson is
    the newly named man, not the "he")."""
    if role not in KINSHIP_TITLES:
        return False
    para = ctx.doc.paragraph_index(ctx.quotes[i].start)
    for j in range(i - 1, max(-1, i - LOOKBACK), -1):
        if ctx.doc.paragraph_index(ctx.quotes[j].start) < para - 2:
            return False
        d = ctx.decisions[j]
        said = d.mention.named if d is not None and d.mention is not None else None
        if said is None:
            continue
        if said.kind == "pronoun" and GENDERED_PRONOUNS.get(said.text.lower()) == owner:
            return True
        if said.kind == "person" and ctx.names.gender_of(said.text) == owner:
            return True
    return False


def _maker_subject(ctx: ArticleContext, i: int, m: Mention, kind: str, role: str) -> _Resolved | None:
    """The body of ``kind`` that makes the written thing ``m`` ("the ruling"), as the subject
    of one of the few sentences before its quote's (:data:`_WRITER_SENTENCES`, in its paragraph
    or the one before): a name of that kind ("The Kestrel Court of Appeal found that ...") or
    the kind noun standing for one ("The court, sitting in Brno, annulled ...", read where it
    stands, as far as the article ties that noun to a name), not "A court in Brno"; none when
    the nearest sentence opening with a body names another kind, or when a sentence read names
    another such thing ("Lawyers cited an older ruling.")."""
    sent_s, lo = _writer_window(ctx, i, m)
    tables = ctx.config.names
    ends = tables.body_kinds.get(kind, frozenset())
    for before in _sentences_since(ctx, lo, sent_s, _WRITER_SENTENCES):
        toks = ctx.tokens_outside(before[0], min(before[1], before[0] + WINDOW))
        got = np_after(ctx.text, toks, 0, tables=tables) if toks else None
        if got is None or got[0] >= len(toks) or not (toks[got[0]].is_word or toks[got[0]].text == ","):
            if any(tok.low == role for tok in toks):
                return None  # "It cited an older ruling.": another one
            continue
        subject = got[1]
        words = subject.text.lower().split()
        if words[0] in INDEFINITE_DETERMINERS:
            return None  # "A court in Brno annulled ...": no name
        if subject.kind == "description" and words == ["the", kind]:
            made = _resolve_description(ctx, i, subject)
            return attrs.evolve(made, factor=0.8) if made.kind == "organization" else None
        if subject.kind == "organization":
            j = got[0]
            while j + 1 < len(toks) and toks[j].low == "of" and toks[j + 1].is_cap:
                j += 2  # "The Kestrel Court of Appeal": the name goes on past "of"
                while j < len(toks) and toks[j].is_word and toks[j].is_cap:
                    j += 1
            of = words.index("of") if "of" in words else len(words)
            if words[of - 1] in ends or words[of - 1] == kind:
                name = attrs.evolve(subject, end=toks[j - 1].end, text=ctx.text[subject.start : toks[j - 1].end])
                made = _resolve_named(ctx, i, name)
                return attrs.evolve(made, factor=0.8) if made.kind == "organization" else None
            return None
        if any(tok.low == role for tok in toks):
            return None  # "Lawyers cited an older ruling.": another one
    return None


def _owner_of_work(ctx: ArticleContext, i: int, m: Mention) -> _Resolved | None:
    """The maker of a written thing its own phrase gives by a possessive, in it or right before
    it ("Harbor Council's annual report", "The court's 64-page judgment"; :func:`_maker_before`):
    a body, not a person (an indictment or a verdict is about its person); else None."""
    toks = ctx.tokens_outside(max(0, m.phrase_start - WINDOW), m.end)
    k = max((n for n, tok in enumerate(toks) if is_possessive(tok.low) and tok.end <= m.end), default=-1)
    if k < 0 or any(tok.is_word for tok in toks[k + 1 :] if tok.end <= m.phrase_start):
        return None  # no possessive right before the thing, nor in its phrase
    got = np_before(ctx.text, toks, k, tables=ctx.config.names)
    owner = _maker_before(ctx, got[1]) if got is not None else None
    made = _resolve_maker(ctx, i, owner) if owner is not None else None
    # a body only: "Tomas Dahl's indictment" is about him, not by him
    return attrs.evolve(made, factor=0.8) if made is not None and made.kind == "organization" else None


def _owned_before(ctx: ArticleContext, i: int, m: Mention, role: str) -> _Resolved | None:
    """The body that owns the written thing a definite description takes up ("the newsletter"),
    by the possessive the article gave it last, in the description's paragraph or the one before
    and within :data:`_OWNED_WORDS` words of the thing ("The guild's autumn newsletter is
    blunter than its chair. "...," the newsletter says"); read as :func:`_owner_of_work` reads
    one in the description's own phrase. None when the thing came up since without one."""
    para = ctx.doc.paragraph_index(m.start)
    lo = max(ctx.doc.paras[max(0, para - 1)][0], m.start - 2 * WINDOW)
    toks = ctx.tokens_outside(lo, m.phrase_start)
    n = max((n for n, tok in enumerate(toks) if tok.low == role), default=-1)
    if n < 1:
        return None
    k = n - 1
    while k > 0 and n - k <= _OWNED_WORDS and toks[k].is_word and not toks[k].is_cap and not is_possessive(toks[k].low):
        if toks[k].low == "its":
            break  # "its autumn bulletin": the owner is the sentence's body (:func:`_its_subject`)
        k -= 1  # "autumn", "latest": words between the owner and the thing
    between = toks[k + 1 : n]
    if any(_not_a_modifier(tok.low) for tok in between):
        return None  # "The guild's rivals posted a newsletter": not the guild's
    if toks[k].low == "its":  # "The Kestrel Dairy Association devoted its autumn bulletin to ..."
        return _its_subject(ctx, i, toks[k].start) or _fronted_its(ctx, i, toks, k, n)
    if not is_possessive(toks[k].low):
        return None
    thing = attrs.evolve(m, start=toks[n].start, end=toks[n].end, phrase_start=toks[k + 1].start)
    return _owner_of_work(ctx, i, thing)


def _its_subject(ctx: ArticleContext, i: int, at: int) -> _Resolved | None:
    """The body whose name opens the sentence of the "its" at ``at`` ("The Kestrel Dairy
    Association, which markets the cheese of 300 farms, devoted its autumn bulletin to ..."),
    when nothing capitalized and no noun of a body or a person's role stands between the name and
    the "its" (no other body or person it could be); else None."""
    sent_s = ctx.doc.sentence_at(at)[0]
    toks = ctx.tokens_outside(max(sent_s, at - WINDOW), at)
    tables = ctx.config.names
    got = np_after(ctx.text, toks, 0, tables=tables) if toks and toks[0].start == sent_s else None
    if got is None or got[1].kind != "organization":
        return None
    between = toks[got[0] :]
    if any(
        tok.is_cap or tok.low in tables.body_nouns or tok.low in tables.body_kinds or tables.person_role(tok.low)
        for tok in between
    ):
        return None  # "is angry with a rival cooperative, which devoted its bulletin to ...": another body's
    return _owning_body(ctx, i, got[1])


def _fronted_its(ctx: ArticleContext, i: int, toks: list[Token], k: int, n: int) -> _Resolved | None:
    """The body named right after a fronted phrase that opens its sentence with a preposition,
    "its" and the written thing (``toks[k]`` is the "its", ``toks[n]`` the thing) and closes with
    a comma ("In its autumn newsletter, the Kestrel Beekeepers' League urged members ..."): the
    body whose thing it is; else None."""
    sent_s = ctx.doc.sentence_at(toks[k].start)[0]
    if k < 1 or toks[k - 1].start != sent_s or toks[k - 1].low not in PREPOSITIONS:
        return None
    if n + 1 >= len(toks) or toks[n + 1].text != ",":
        return None
    got = np_after(ctx.text, toks, n + 2, tables=ctx.config.names)
    return _owning_body(ctx, i, got[1]) if got is not None and got[1].kind == "organization" else None


def _owning_body(ctx: ArticleContext, i: int, m: Mention) -> _Resolved | None:
    """The organization the mention ``m`` of an "its" reading (:func:`_its_subject`,
    :func:`_fronted_its`) names, resolved, as a thing's owner: 0.8 of the rule's confidence."""
    made = _resolve_named(ctx, i, m)
    return attrs.evolve(made, factor=0.8) if made.kind == "organization" else None


#: How many words may stand between an owner's possessive and the written thing it owns.
_OWNED_WORDS = 3


def _not_a_modifier(word: str) -> bool:
    """Whether a word between an owner's possessive and a thing cannot be a modifier of the
    thing: an article, a determiner or a verb's past form ("rivals posted a newsletter")."""
    return (
        word in INDEFINITE_DETERMINERS
        or word in POSSESSIVE_DETERMINERS
        or word in ("the", "this", "that", "its")
        or word.endswith("ed")
    )


def _thread_through(ctx: ArticleContext, start: int, end: int) -> str | None:
    """The person a he or she opening the sentence ``text[start:end]`` stands for, through the
    sentences before it (:func:`_thread_subject`, then :func:`_named_before_pronoun`), or None."""
    found = _subject_pronoun(ctx, start, end)
    if found is None:
        return None
    at, gender = found
    got = _thread_subject(ctx, start, at, ctx.doc.paragraph_index(start), gender)
    return got if got is not None else _named_before_pronoun(ctx, start, end, gender)


def _subject_pronoun(ctx: ArticleContext, start: int, end: int) -> tuple[int, str] | None:
    """Where the he or she that is the subject of the sentence ``text[start:end]`` stands, and its
    gender: first, or past a fronted phrase that names nobody ("Sixty-seven years later, she is
    teaching ...", "This year he brought 14")."""
    toks = ctx.tokens_outside(start, min(end, start + WINDOW))
    first = next((n for n, tok in enumerate(toks[:_PRONOUN_REACH]) if tok.low in ("he", "she")), None)
    if first is None:
        return None
    fronted = toks[:first]
    if fronted and fronted[-1].text != "," and not all(_time_word(tok) for tok in fronted):
        return None  # "The judges say she ...": not the sentence's subject
    if first >= _PRONOUN_WORDS and any(tok.text[:1].isupper() for tok in fronted[1:]):
        return None  # a long fronted phrase that names somebody: "Standing beside Lund, she"
    return toks[first].start, GENDERED_PRONOUNS[toks[first].low]


#: Words of a fronted phrase of time besides its nouns and numbers ("For a decade", "Later that year").
_TIME_PHRASE_WORDS = frozenset(
    {"this", "last", "next", "every", "each", "in", "on", "by", "since", "that", "later", "ago", "for", "a", "an",
     "after", "within", "over", "during", "nearly", "almost", "more", "than", "few", "several", "many", "some"}
)  # fmt: skip


def _time_word(tok: Token) -> bool:
    """Whether a token may stand in a fronted phrase of time ("This year", "Last week", "In 2004")."""
    low = tok.low
    return (
        low in TIME_NOUNS
        or low in WEEKDAYS_MONTHS
        or low in _TIME_PHRASE_WORDS
        or low[:1].isdigit()
        or low in NUMBER_WORDS
    )


def _named_before_pronoun(ctx: ArticleContext, start: int, end: int, gender: str) -> str | None:
    """The person who opens the sentence just before the sentence ``text[start:end]`` that a
    pronoun of ``gender`` opens, which :func:`_thread_subject` leaves to its caller, when that
    sentence names nobody else of the gender, by name or by a role of that gender ("with her
    mother"), nor the pronoun's own ("By seven, Hatice Oruc is on the slope. She has done this
    for 47 years."); past a dateline ("JEJU, Oct. 14 (Yonhap) --").
    When no subject opens it past one fronted phrase, the one person it names in full is read."""
    own = _people_in(ctx, start, min(end, start + WINDOW))
    if any(name in ctx.names.full_names or ctx.names.gender_of(name) for name in own):
        return None  # "She trained Ida Lund": perhaps Lund
    prev = _sentence_before(ctx, start)
    p = ctx.doc.paragraph_index(prev[0]) if prev is not None else -1
    if prev is None or p < ctx.doc.paragraph_index(start) - 1:
        return None
    lo = _past_dateline(ctx, prev)  # a story's first sentence only
    hi = min(prev[1], lo + WINDOW)
    if _role_of_gender(ctx, lo, hi, gender):
        return None  # "Ida Marsh teaches with her mother. She is 79.": either of them
    people = _people_in(ctx, lo, hi)
    subject = _sentence_subject(ctx, lo, hi, gender, ctx.tokens_outside(lo, hi))
    if subject is None:  # "On a Thursday night, in a tavern in Alfama, Amelia dos Reis will sing": past two
        full = {name for name in people if " " in name and name in ctx.names.full_names}
        subject = full.pop() if len(full) == 1 else None
    if subject is None or ctx.names.gender_of(subject) not in (None, gender):
        return None
    others = [name for name in people if ctx.names.resolve(name) != subject and name not in ctx.names.places]
    if any(ctx.names.gender_of(name) in (None, gender) for name in others):
        return None
    return subject


def _past_dateline(ctx: ArticleContext, sent: tuple[int, int]) -> int:
    """Where the sentence ``sent`` begins past a dateline ("JEJU, Oct. 14 (Yonhap) --"), when it
    is a story's first sentence (in the first paragraph after the headline); else its start."""
    p = ctx.doc.paragraph_index(sent[0])
    if p > 1 or sent[0] != ctx.doc.paras[p][0]:
        return sent[0]
    dateline = _DATELINE_RE.match(ctx.text, sent[0], min(sent[1], sent[0] + _DATELINE_CHARS))
    if dateline is None:
        return sent[0]
    capitals = ctx.text[sent[0] : sent[0] + 2].isupper()  # "JEJU, Oct. 14 -"; else an agency in brackets
    if not capitals and not ctx.relays.within(sent[0], dateline.end()):
        return sent[0]  # "Ida Lund (Green) – the party's only MP – voted": no dateline
    return dateline.end()


def _role_of_gender(ctx: ArticleContext, start: int, end: int, gender: str) -> bool:
    """Whether ``text[start:end]`` names somebody by a role of ``gender`` outside quotes ("her
    mother", "the widow"), whom a he or she after it may stand for."""
    tables = ctx.config.names
    return any(
        tables.person_role(tok.low) and gender_of_words((tok.low,)) == gender for tok in ctx.tokens_outside(start, end)
    )


#: How many tokens of a sentence :func:`_subject_pronoun` reads for its pronoun.
_PRONOUN_WORDS = 7
#: How many words a fronted phrase that names nobody may hold before the he or she that
#: opens its clause ("Standing among trees whose blossom had turned brown, she held up a branch").
_PRONOUN_REACH = 14

#: A dateline opening a story's first sentence, up to its dash: a place in capitals ("RIZE,
#: Turkey -", "OSLINGEN, Nord., Sept. 26 (AP) --") or any place before an agency in brackets
#: ("Schonach, Germany (dpa) -"; not "Ida Marsh (61) -" nor "(left)"); within
#: :data:`_DATELINE_CHARS` characters, and read in the first paragraph after the headline only.
_DATELINE_RE = regex.compile(
    r"(?:\p{Lu}[\p{Lu}\p{M}'’.\-]+(?:[ \t]+[\p{Lu}\p{M}'’.\-]+)*(?:[,(][^\n—–―]*?|(?<=\p{Lu}{3}))"
    r"|[^\n()]{2,50}?\((?!(?:left|right|cent(?:re|er)|pictured|above|below|top|bottom|file)\))\p{L}[^()\n]{1,39}\))"
    r"[ \t]*(?:--|[—–―-])[ \t]+"
)
_DATELINE_CHARS = 90


#: How many paragraphs and characters before "the company" :func:`_named_body` reads for its name.
_BODY_PARAGRAPHS = 6
_BODY_CHARS = 3000


def _acronym_full(ctx: ArticleContext, name: str, end: int) -> str:
    """``name`` in full when an acronym in brackets right after it (at ``end``) spells a longer
    name that ends with it ("Franchising and Regulatory Board (LTFRB)": the whole Land
    Transportation Franchising and Regulatory Board)."""
    got = _BRACKETED_ACRONYM.match(ctx.text, end, end + _BRACKETED_CHARS)  # bounded: a literal "(" is sought to the end
    full = ctx.names.expand(got.group(1)) if got is not None else None
    full = full.removeprefix("The ") if full is not None else None  # opening a sentence
    return full if full is not None and (full == name or full.endswith(" " + name)) else name


#: An acronym in brackets ("(LTFRB)") right after a name, within so many characters.
_BRACKETED_ACRONYM = regex.compile(r"[ \t]*\((\p{Lu}[\p{Lu}\p{N}&]{1,9})\)")
_BRACKETED_CHARS = 40


def _named_body(
    ctx: ArticleContext, m: Mention, role: str, words: list[str], far: tuple[int, int] | None = None
) -> str | None:
    """The body a definite noun of its kind stands for ("the company"): the nearest name before
    it, in its paragraph or the two before (or, by the last word of its name, the
    :data:`_BODY_PARAGRAPHS` before), that the article ties to that kind, by an
    appositive ("The company that runs it, Halvorsen Property Services, said"; "Calloway Ridge,
    a Denver-based firm,"), by the last word of the name ("Harbor Foods Inc.") or the word
    before its "of" ("the Ministry of Lakes and Fisheries") or, for a description of two words
    and more (``words``, after "the"), by holding them ("the health service" for the Health
    Service Executive); none when the noun comes up again between them, for another body ("the
    trade group for the plans"; "the developer" said again is the same one). When none is found
    so, a kind of few name words ("the diocese", :data:`_FAR_KIND_WORDS`) is read further back
    (:func:`_far_body`), where ``far`` is the paragraph read alone."""
    tables = ctx.config.names
    suffixes = tables.body_kinds.get(role, frozenset())
    last_words = {w.rstrip(".") for w in suffixes}  # "Inc." and "Inc" alike
    generic = frozenset(tables.generic_org_nouns)  # the offices of state whose names run on "for the"
    para = ctx.doc.paragraph_index(m.start)
    lo = max(ctx.doc.paras[max(0, para - _BODY_PARAGRAPHS)][0], m.start - _BODY_CHARS)
    lo, hi = far if far is not None else (lo, m.start)
    near = max(ctx.doc.paras[max(0, para - 2)][0], m.start - 4 * WINDOW)
    found: str | None = None
    found_end = lo
    for a, b in ctx.outside_quotes(lo, hi):
        toks = tokenize(ctx.text, a, b)
        k = 0
        while k < len(toks):
            if not (toks[k].is_word and toks[k].is_cap) or toks[k].low in tables.not_names:
                k += 1
                continue
            j = k
            while (
                j + 1 < len(toks)
                and (
                    (
                        toks[j + 1].is_word
                        and (
                            toks[j + 1].is_cap
                            or toks[j + 1].low in NAME_LINKS
                            # "Consell de Vorland": a particle between capitalized words
                            or (toks[j + 1].low in tables.name_particles and j + 2 < len(toks) and toks[j + 2].is_cap)
                            # "Ministry for the Ecological Transition", not "Kestrel Trust for the Harbor Fund"
                            or (toks[j + 1].low == "the" and toks[j].low in NAME_LINKS and toks[k].low in generic)
                            or _and_in_of(ctx, toks, k, j + 1)
                        )
                    )
                    or _listed_in_office(ctx, toks, k, j + 1, generic)
                )
                and "\n" not in ctx.text[toks[j].end : toks[j + 1].start]
            ):
                j += 1
            while j > k and not toks[j].is_cap:
                j -= 1  # "Bank of": not ending on "of"
            of = next((n for n in range(k, j) if toks[n].low in OF_LINKS), -1)
            if of > k and toks[of - 1].low not in suffixes:
                opens = k == 0 or toks[k - 1].text in (".", "!", "?")
                common = all(t.low in ctx.names.lower_words for t in toks[k:of])
                if common or (opens and toks[k].low not in suffixes):
                    k = of + 1  # "Shares of Harbor Foods Inc.": the name after the common words
            placed = max((n for n in range(k, j) if toks[n].low.endswith(_PLACE_MODIFIERS)), default=None)
            if placed is not None:
                k = placed + 1  # "the Port Alma-based Halcyon Tide Shipping": the place is no part of the name
            name = strip_possessive(ctx.text[toks[k].start : toks[j].end])  # "Vastmark Automobil AG's plant"
            name = _acronym_full(ctx, name, toks[j].end)
            run = [strip_possessive(t.low) for t in toks[k : j + 1]]
            # the kind's word last, or before a company's legal ending ("Orlen Semiconductor Co.")
            legal = len(run) > 2 and run[-1] in LEGAL_ENDINGS
            named_so = (len(run) > 1 and run[-1].rstrip(".") in last_words) or (
                of > k and toks[of - 1].low in suffixes  # "the Ministry of Lakes and Fisheries"
            )
            named_so = named_so or (legal and run[-2] in last_words)
            # further back than two paragraphs, only a name that says its kind ("Harbor Foods Inc."),
            # so no other run there is looked up
            close = toks[k].start >= near
            # the kind right before the name ("carmaker Vastmark Automobil AG's plant") ties them at
            # any distance read; a common kind ("company Lumenfold") only nearby, as an appositive does
            prefixed = k >= 1 and toks[k - 1].low == role
            named_so = named_so or (prefixed and role not in COMMON_BODY_KINDS)
            if (named_so or close) and not _a_person(ctx, name):
                kind_end = _kind_in_appositive(toks, k, j, role)
                if not named_so and close:
                    named_so = (
                        prefixed
                        or kind_end is not None
                        or (
                            len(words) >= 2
                            and _contains(run, words)
                            and not _titles_a_name(ctx, toks[k : j + 1], words)
                        )
                        or _described_body(ctx, run, words)
                    )
                if named_so:  # after the appositive that names its kind ("X, the biggest retail lobby,")
                    found, found_end = name, max(toks[j].end, kind_end or 0)
            k = j + 1
    if far is not None:
        return found  # the caller reads what stands between
    if found is None and 0 < len(last_words) <= _FAR_KIND_WORDS:
        return _far_body(ctx, m, role, words, last_words, lo)
    between = ctx.tokens_outside(found_end, m.start) if found is not None else []
    if any(tok.low == role and before.low != "the" for before, tok in itertools.pairwise(between)):
        return None  # "Tallis Group ... the trade group for the plans ... the group wrote": another one
    return found


def _far_body(
    ctx: ArticleContext, m: Mention, role: str, words: list[str], last_words: set[str], lo: int
) -> str | None:
    """The body a kind noun of few name words stands for ("the diocese") when :func:`_named_body`
    found none near: the name that says its kind in the paragraph of the last capitalized name
    word of the kind within :data:`_FAR_BODY_CHARS` before ``lo`` ("The Diocese of Coutances ...
    [ten paragraphs] ... the diocese said"), read once per paragraph; when every capitalized word
    of the kind there stands in that one name (not "the Ministry of Finance" beside the ministry
    that spoke) and the kind noun comes up nowhere since but after "the"."""
    floor = max(0, m.start - _FAR_BODY_CHARS)
    at = max(_capitalized_at(ctx.text, word, floor, lo) for word in last_words)
    if at < 0:
        return None
    p = ctx.doc.paragraph_index(at)
    key = (role, tuple(words), p)
    if key not in ctx.far_bodies:
        ctx.far_bodies[key] = _named_body(ctx, m, role, words, far=ctx.doc.paras[p])
    got = ctx.far_bodies[key]
    if got is None or not all(_only_in(ctx.text, word, got, floor, lo) for word in last_words):
        return None
    since = ctx.doc.paras[p][1]
    kind = regex.compile(r"(?i)(?<![\p{L}\p{N}])" + regex.escape(role) + r"(?![\p{L}\p{N}])")
    for hit in kind.finditer(ctx.text, since, m.start):
        the = ctx.text[max(since, hit.start() - 4) : hit.start()].lower() == "the "
        if not the or _ANOTHER_AFTER_RE.match(ctx.text, hit.end(), hit.end() + 12):
            # "a rival dyers' guild", "the council of Velden", "the guild that Marsh started":
            # another one since, or maybe: which, the article does not say
            return None
    return got


#: Words after a kind noun that make it some other body of the kind ("the council of Velden").
_ANOTHER_AFTER_RE = regex.compile(r"[ \t]+(?:of|that)\b|[ \t]+\p{Lu}")


#: How far back (in characters) :func:`_named_body` reads for a name that says its kind, and
#: for kinds of at most how many name words.
_FAR_BODY_CHARS = 12000
_FAR_KIND_WORDS = 3


def _only_in(text: str, word: str, name: str, lo: int, hi: int) -> bool:
    """Whether every capitalized ``word`` in ``text[lo:hi]`` stands inside an occurrence of ``name``."""
    at = _capitalized_at(text, word, lo, hi)
    while at >= 0:
        start = text.find(name, max(0, at - len(name)), at + len(name))
        if start < 0 or not start <= at < start + len(name):
            return False
        at = _capitalized_at(text, word, lo, at)
    return True


def _capitalized_at(text: str, word: str, lo: int, hi: int) -> int:
    """Where the last capitalized ``word`` stands as a word of its own in ``text[lo:hi]``, or -1."""
    cap = word[:1].upper() + word[1:]
    at = text.rfind(cap, lo, hi)
    while at >= 0:
        end = at + len(cap)
        if (at == 0 or not text[at - 1].isalnum()) and (end >= len(text) or not text[end].isalnum()):
            return at
        at = text.rfind(cap, lo, at)
    return -1


def _titles_a_name(ctx: ArticleContext, run: list[Token], words: list[str]) -> bool:
    """Whether the description's ``words`` open the capitalized ``run`` as the title of a person
    the article names in full after them ("Chief Justice Maren Oduya" for "the chief justice"),
    not as part of a body's name ("Health Service Executive" for "the health service")."""
    n = len(words)
    if [tok.low for tok in run[:n]] != words or len(run) <= n:
        return False
    rest = " ".join(tok.text for tok in run[n:])  # a full name of two words or more, or a known person
    return _a_person(ctx, rest) or (len(run) - n >= 2 and ctx.names.resolve(rest) == rest in ctx.names.full_names)


#: Endings of a capitalized modifier before a body's name that are no part of it.
_PLACE_MODIFIERS = ("-based", "-owned", "-run", "-listed", "-backed", "-controlled", "-headquartered")


def _and_in_of(ctx: ArticleContext, toks: list[Token], k: int, n: int) -> bool:
    """Whether ``toks[n]`` is an "and" inside the of-phrase of a name that opens at ``k``, with
    up to :data:`_AND_WORDS` capitalized words after it on its line, none a title, a role or a
    given name, the last ending no second body ("Ministry of
    Lakes and Fisheries", "Ministry of Maritime Affairs and Insular Policy"; not "the Bank of
    Voltara and Harbor Union" nor "the Bank of Voltara and Governor Marsh")."""
    if toks[n].low != "and" or not any(tok.low in OF_LINKS for tok in toks[k:n]):
        return False
    tables = ctx.config.names
    if n >= 2 and toks[n - 2].text == "," and listed_in_of(toks, n - 2, tables) == n:
        return True  # the list's own "and" ("of Trade, Industry and Energy"), read by _listed_in_office
    j = n
    while j + 1 < len(toks) and toks[j + 1].is_word and toks[j + 1].is_cap and j - n < _AND_WORDS:
        word = toks[j + 1].low
        if word in tables.titles or tables.person_role(word) or word in tables.given_names:
            return False
        if "\n" in ctx.text[toks[j].end : toks[j + 1].start]:
            return False
        j += 1
    if j == n or (j + 1 < len(toks) and toks[j + 1].is_word and toks[j + 1].is_cap):
        return False  # nothing capitalized after "and", or more words than a name's of-phrase holds
    return j == n + 1 or not tables.ends_a_body(toks[j].low)


def _listed_in_office(ctx: ArticleContext, toks: list[Token], k: int, n: int, generic: frozenset[str]) -> bool:
    """Whether the comma ``toks[n]`` opens a list inside the of-phrase of an office of state's
    name that opens at ``k`` ("the Ministry of Trade, Industry and Energy";
    :func:`~quoteattr.mentions.listed_in_of`)."""
    if toks[n].text != "," or not toks[n - 1].is_cap:
        return False
    of = next((m for m in range(n - 1, k, -1) if toks[m].low == "of"), None)
    if of is None or toks[of - 1].low not in generic:
        return False
    return listed_in_of(toks, n, ctx.config.names) is not None


#: How many capitalized words may follow the "and" inside a body's of-phrase.
_AND_WORDS = 3


def _writer_of(ctx: ArticleContext, i: int, m: Mention, role: str) -> _Resolved | None:
    """Who made the written thing a definite description names ("the email", "the message"),
    as the sentence before its quote tells (or one of the two before that, in its paragraph or
    the one before, when it names the thing): the name after that noun before a writing verb
    ("a text message Ian Lund sent to his sister"), or the named subject of a writing verb
    ("Lumenfold also emailed its customers", :data:`~quoteattr.lexicon.cues.WRITING_VERBS`)."""
    sent_s, lo = _writer_window(ctx, i, m)
    # the sentence before, else up to two more in its paragraph or the one before
    for n, before in enumerate(_sentences_since(ctx, lo, sent_s, _WRITER_SENTENCES)):
        found = _writer_in(ctx, i, before, sent_s, role, named=n > 0)
        if found is not None:
            return found
        sent_s = before[0]
    return None


def _writer_window(ctx: ArticleContext, i: int, m: Mention) -> tuple[int, int]:
    """Where the sentence of a written thing's quote starts (the sentence it opens in, for a
    quote of several sentences; :func:`_anchor`), and where the paragraph before that sentence's
    starts: the sentences between are read for the thing's maker."""
    anchor = _anchor(ctx, i, m.start)
    return ctx.doc.sentence_at(anchor)[0], ctx.doc.paras[max(0, ctx.doc.paragraph_index(anchor) - 1)][0]


#: How many sentences back :func:`_writer_of` reads for the maker of a written thing.
_WRITER_SENTENCES = 3


def _writer_in(
    ctx: ArticleContext, i: int, before: tuple[int, int], sent_s: int, role: str, named: bool
) -> _Resolved | None:
    """The maker of the written thing ``role`` as the sentence ``before`` (which ends where the
    sentence at ``sent_s`` starts) tells it (see :func:`_writer_of`), or None; with ``named``
    (a sentence further back), only a sentence that names the thing by ``role`` tells it ("a text
    message Ian Lund sent" there makes no sign his)."""
    toks = ctx.tokens_outside(max(before[0], sent_s - WINDOW), sent_s)
    if named and not any(tok.low == role for tok in toks):
        return None
    tables = ctx.config.names
    fronted = _fronted_writer(ctx, before[0], toks, role)
    if fronted is not None:  # "In a statement ..., Roark denied it. "...," the statement read"
        return fronted
    for k, tok in enumerate(toks):
        verb = _said_in(ctx, toks, k) if tok.low == role else None
        if verb is not None:
            got = np_before(ctx.text, toks, verb - 1, tables=tables)
            if got is None:  # "Harbor Police, the regional unit, said in a statement": as its quote read it
                cued = _cue_speaker(ctx, i, toks[verb].start)
                if cued is not None:
                    return cued
                continue
            writer = got[1]  # "The Harbor Safety Commission said in a statement that ..."
        elif tok.low == role and k >= 1 and is_possessive(toks[k - 1].low):
            got = np_before(ctx.text, toks, k - 1, tables=tables)
            owner = _maker_before(ctx, got[1]) if got is not None else None
            if owner is None:
                continue
            writer = owner  # "The inquiry's report found": the inquiry
        elif tok.low == role and k + 2 < len(toks) and toks[k + 1].low == "from":
            made = _from_maker(ctx, i, toks, k + 1)
            if made is not None:  # '"...," a statement from the company reads. "...," the statement goes on'
                return made
            continue
        elif tok.low == role and k + 1 < len(toks):
            got = np_after(ctx.text, toks, k + 1, tables=tables, complete=False)
            if got is not None and got[0] < len(toks) and toks[got[0]].low in WRITING_VERBS:
                writer = got[1]  # "a text message Ian Lund sent"
            else:
                continue
        elif tok.low in WRITING_VERBS and k > 0:
            s = k - 1
            while s > 0 and (toks[s].low in CUE_ADVERBS or toks[s].low in ("also", "have", "has", "had")):
                s -= 1  # "Lumenfold also emailed", "Nunberg has filed"
            if tok.low in MOTION_WRITING_VERBS and k + 1 < len(toks) and toks[k + 1].low in PREPOSITIONS:
                continue  # "Reporters filed into the room": not a writing
            # "Ida Marsh, chair of the board, wrote" opens the sentence; not "the parents of two men
            # killed in Harbor City(,) have filed"
            got = np_before(ctx.text, toks, s, tables=tables)
            if got is None or (not toks[s].is_word and got[0] != 0):
                continue
            if got[0] > 0 and toks[got[0] - 1].low in PREPOSITIONS and toks[got[0] - 1].low not in SUBORDINATORS:
                continue  # "killed in Port Alma have filed"; but "after Nunberg filed"
            writer = got[1]
        else:
            continue
        res = _resolve_maker(ctx, i, writer)
        if res is None:
            continue
        kind = writer.text.split()[-1]
        if res.kind == "description":  # "The presidency said in a statement": a body the article names by kind
            return res if kind in tables.body_nouns and not tables.written(kind) else None
        return attrs.evolve(res, factor=0.8)
    return None


def _maker_from(ctx: ArticleContext, i: int, m: Mention) -> _Resolved | None:
    """The maker a written thing's own phrase gives after "from" ('"...," a statement from the
    company reads'; "a statement from the union's president, Ida Marsh"): a person or a body
    the article names, or a body by its kind noun, as :func:`_resolve_maker` resolves it; else
    None; or after a participle and "by" ("a notice signed by the trail club reads";
    :data:`~quoteattr.lexicon.cues.MAKING_PARTICIPLES`)."""
    toks = ctx.tokens_outside(m.end, min(len(ctx.text), m.end + WINDOW))
    if len(toks) > 2 and toks[0].low in MAKING_PARTICIPLES and toks[1].low == "by":
        return _from_maker(ctx, i, toks, 1, word="by")
    return _from_maker(ctx, i, toks, 0)


def _from_maker(ctx: ArticleContext, i: int, toks: list[Token], k: int, word: str = "from") -> _Resolved | None:
    """The maker after the "from" (or ``word``) at ``toks[k]`` (:func:`_maker_from`), or None."""
    if k + 1 >= len(toks) or toks[k].low != word:
        return None
    got = np_after(ctx.text, toks, k + 1, tables=ctx.config.names)
    if got is None:
        return None
    maker = got[1]
    if is_possessive(maker.text):
        return None  # "a letter from Brandt's cell": the place it came from, not its writer
    if word == "by" and maker.phrase_start != toks[k + 1].start:
        return None  # "signed by the Club de motoneige du Mont-Ham": a name read only in part
    made = _resolve_maker(ctx, i, maker)
    if made is None or made.kind not in ("person", "organization"):
        return None
    if maker.kind == "description":
        if made.kind != "organization":
            return None  # "from the union's president": whom a role stands for, this rule does not guess
        if _bodies_of_kind(ctx, maker.start, (maker.role or maker.text.split()[-1]).lower()) > 1:
            return None  # "Harbor Fresh Co. refused to sell to Orlen Fisheries Ltd.": which company?
    return attrs.evolve(made, factor=0.8)


def _bodies_of_kind(ctx: ArticleContext, pos: int, kind: str) -> int:
    """How many bodies whose names end as a body of ``kind`` does ("Harbor Fresh Co." for a
    company) the article names outside quotes in the paragraph before ``pos`` and its own,
    within :data:`_BODY_CHARS` characters."""
    ends = {w.rstrip(".") for w in ctx.config.names.body_kinds.get(kind, frozenset())}
    lo = max(ctx.doc.paras[max(0, ctx.doc.paragraph_index(pos) - 1)][0], pos - _BODY_CHARS)
    names = {" ".join(run) for run, _, _ in _name_runs(ctx, lo, pos) if run[-1].lower().rstrip(".") in ends}
    return len(names)


def _resolve_maker(ctx: ArticleContext, i: int, maker: Mention) -> _Resolved | None:
    """The maker of a written thing as quote ``i`` resolves it: a body by its kind noun after
    "the" ("The company said in a statement": the body the article named before as a company),
    or a person or body by name; None for anything else."""
    words = maker.text.split()
    if words[0] in ("The", "the") and len(words) > 1 and maker.text[4:].islower():
        described = attrs.evolve(maker, text=maker.text.lower(), kind="description", role=words[-1])
        return _resolve_description(ctx, i, described)
    if maker.kind in ("person", "organization") and maker.text[:1].isupper():
        return _resolve_named(ctx, i, maker)
    return None


def _maker_before(ctx: ArticleContext, m: Mention) -> Mention | None:
    """The possessor ``m`` of a written thing ("The inquiry's report", "Harbor Council's
    letter") as its maker, without the possessive: a body by its kind noun after "the", or a
    person or body the article names in full; not a day or a place ("Monday's statement")."""
    owner = without_possessive(m)
    words = owner.text.split()
    tables = ctx.config.names
    if not words or words[-1].lower() in tables.not_names:
        return None
    if m.kind == "description":
        own = strip_possessive((m.role or words[-1]).lower())
        if words[0].lower() != "the" or own not in tables.body_kinds:
            return None
    elif m.kind == "person":
        if not ctx.names.names_in_full(ctx.names.resolve(owner.text)):
            return None
    elif m.kind != "organization":
        return None
    return owner


def _cue_speaker(ctx: ArticleContext, i: int, pos: int) -> _Resolved | None:
    """The named speaker of an earlier quote whose attributing words hold ``pos`` ("Harbor Police,
    the regional unit, said in a statement that officers had "chosen calm"": the force), or None."""
    for j in range(i - 1, max(-1, i - 1 - _CUE_QUOTES), -1):
        d = ctx.decisions[j]
        if d is None or d.mention is None or d.inherited is not None:
            continue
        if any(a <= pos < b for a, b in d.cue):
            named = d.mention.named
            if named.kind in ("person", "organization"):
                return attrs.evolve(_resolve_named(ctx, j, named), factor=0.8)
            return None
    return None


#: How many quotes back :func:`_cue_speaker` looks for the one whose attributing words hold a verb.
_CUE_QUOTES = 4


def _said_in(ctx: ArticleContext, toks: list[Token], k: int) -> int | None:
    """The index of the speech or writing verb right before the written thing at ``toks[k]``
    that said something in it ("said in a statement", "wrote in its report", "said in a
    regulatory filing": one lower-case word may qualify the thing), or None."""
    d = k - 1
    if d >= 1 and toks[d].is_word and not toks[d].is_cap and toks[d].low not in TITLE_DETERMINERS:
        d -= 1  # "a regulatory filing"
    verb = d - 2
    if verb < 0 or toks[d].low not in TITLE_DETERMINERS or toks[d - 1].low != "in":
        return None
    return verb if toks[verb].low in ctx.config.speech_verbs or toks[verb].low in WRITING_VERBS else None


def _fronted_writer(ctx: ArticleContext, sent_s: int, toks: list[Token], role: str) -> _Resolved | None:
    """The subject of a sentence that opens with a phrase naming the written thing ("In a
    statement released through his solicitor, Roark denied ...", "In a prepared statement, she
    said ..."): the person the name or, through the thread, the he or she after the comma stands
    for, the person a description there is set beside ("In a letter, the bishop of Port Alma,
    Karel Quillon, thanked"), or the body a noun of its kind there stands for ("In the letter,
    the commission said", :func:`_named_body`); the phrase must open the sentence with "in" and
    hold ``role`` before its comma."""
    if not toks or toks[0].low != "in" or toks[0].start > sent_s + 3:
        return None
    comma = next((n for n, tok in enumerate(toks[:16]) if tok.text == ","), None)
    if comma is None or comma + 1 >= len(toks) or not any(tok.low == role for tok in toks[1:comma]):
        return None
    after = toks[comma + 1]
    gender = GENDERED_PRONOUNS.get(after.low)
    if gender in ("m", "f"):  # the subject of the sentence before, else of the thread
        prev = _sentence_before(ctx, sent_s)
        if prev is None:
            return None
        fits = {name for name in _people_in(ctx, prev[0], min(prev[1], prev[0] + WINDOW)) if _known_person(ctx, name)}
        fits = {name for name in fits if ctx.names.gender_of(name) in (None, gender)}
        if len(fits) > 1:
            return None  # "Ida Varga and her deputy, Nora Lund, resigned": either may be the "she"
        subject = _subject_of(ctx, prev, gender)
        if subject is None or ctx.names.gender_of(subject) not in (None, gender):
            # "The court heard that Roark was arrested. In a statement, he denied ..."
            subject = fits.pop() if fits else None
        if subject is None:
            subject = _thread_subject(ctx, sent_s, after.start, ctx.doc.paragraph_index(sent_s), gender)
        return _Resolved(subject, "person", 0.8) if subject is not None else None
    subject = _opening_subject(ctx, after.start, toks[-1].end, None)
    if subject is not None:
        return _Resolved(subject, "person", 0.8) if _known_person(ctx, subject) else None
    if after.low != "the":
        return None
    named = np_after(ctx.text, toks, comma + 1, tables=ctx.config.names)
    person = ctx.names.resolve(named[1].text) if named is not None and named[1].kind == "person" else None
    if person is not None and _known_person(ctx, person):
        return _Resolved(person, "person", 0.8)  # "..., the bishop, Ida Marsh, thanked"
    got = np_after(ctx.text, toks, comma + 1, tables=ctx.config.names, complete=False)
    kind = got[1].text.lower().split()[-1] if got is not None and got[1].kind == "description" else ""
    if got is None or kind not in ctx.config.names.body_kinds:
        return None
    body = _named_body(ctx, got[1], kind, got[1].text.lower().split()[1:])
    return _Resolved(body, "organization", 0.8) if body is not None else None  # the Harbor Safety Commission


def _a_person(ctx: ArticleContext, name: str) -> bool:
    """Whether a capitalized run names a person the article gives in full, known as one by a
    given name or a gender ("Foreign Minister Ida Marsh"; not "the Health Service Executive",
    whose "Health" reads as a title)."""
    full = ctx.names.resolve(name)
    if full not in ctx.names.full_names:
        return False
    return full.split()[0].lower() in ctx.config.names.given_names or ctx.names.gender_of(full) is not None


def _described_body(ctx: ArticleContext, run: list[str], words: list[str]) -> bool:
    """Whether the words before the kind in a description of three words or more stand
    together in the name ``run`` of a body, one whose name ends in a body's word or has it
    before "of" or "for", when the kind is that word or a kind any body is ("the civil
    liberties group" for the American Civil Liberties Union of Iowa; not "the state health
    department" for the State Health Insurance Fund)."""
    if len(words) < 3 or not _contains(run, words[:-1]):
        return False
    suffixes = ctx.config.names.org_suffixes
    of = next((n for n, word in enumerate(run) if word in OF_LINKS), len(run))
    head = run[of - 1] if of > 0 else ""
    kind = words[-1]  # the body's own word ("the trade union"), or a kind any body is ("group")
    return head in suffixes and (kind == head or kind in ANY_BODY_KINDS)


def _contains(run: list[str], words: list[str]) -> bool:
    """Whether ``words`` stand together in ``run`` ("the health service" in "Health Service
    Executive")."""
    return any(run[n : n + len(words)] == words for n in range(len(run) - len(words) + 1))


def _kind_in_appositive(toks: list[Token], k: int, j: int, role: str) -> int | None:
    """Where the kind noun ``role`` ends when the run ``toks[k:j+1]`` stands in apposition to
    it: after it ("Calloway Ridge, a Denver-based firm that ...", "the FNSEA, France's largest
    farmers' union,") or before it ("The company
    that runs the building, Halvorsen Property Services, said"); None when it does not."""
    determined = j + 2 < len(toks) and (toks[j + 2].low in ("a", "an", "the") or toks[j + 2].low.endswith(("'s", "’s")))
    if determined and toks[j + 1].text == ",":  # "X, a Denver-based firm", "X, France's largest farm union"
        for tok in toks[j + 3 : j + 9]:
            if tok.low == role:
                return tok.end
            if not tok.is_word:
                break
    if k >= 2 and toks[k - 1].text == ",":
        for n in range(k - 2, max(-1, k - 14), -1):
            if toks[n].low == role and n > 0 and toks[n - 1].low == "the":
                return toks[n].end
            if toks[n].text in (",", ".", ";"):
                break
    return None


#: The number of years in an age description ("the 26-year-old").
_AGE_OF = regex.compile(r"(\d{1,3})-year-old")


def _age_told(ctx: ArticleContext, m: Mention, age: str) -> str | None:
    """The person an age description ("the 79-year-old") stands for when the article told that
    age once, before it, by a sentence of its own that a he or she opens ("She is 79.", "He
    turned 79 in March."; :data:`_AGE_TOLD_RE`, found in one pass per article): the person that
    pronoun stands for (:func:`_thread_through`). Not when the sentence before the told one
    names somebody of the pronoun's gender by a role ("with her mother. She is 79."), nor when
    the age or "same age" comes up again in the :data:`_SOLE_CHARS` before the description
    ("His neighbour, a widow, is the same age."). Read by :func:`_resolve_description` only
    when the sentence before the description names nobody of that age."""
    if ctx.told_ages is None:
        ctx.told_ages = {}
        for hit in _AGE_TOLD_RE.finditer(ctx.text):
            if not ctx.inside_quote(hit.start()) and ctx.doc.sentence_at(hit.start())[0] >= hit.start() - 1:
                ctx.told_ages.setdefault(hit.group(2), []).append(
                    (hit.start(), GENDERED_PRONOUNS[hit.group(1).lower()])
                )
    sites = ctx.told_ages.get(age, [])
    if len(sites) != 1 or sites[0][0] >= m.start:
        return None  # told twice, or only after the description
    at, gender = sites[0]
    start, end = ctx.doc.sentence_at(at)
    prev = _sentence_before(ctx, start)
    if prev is not None and _role_of_gender(ctx, prev[0], prev[1], gender):
        return None  # "Ida Marsh teaches with her mother. She is 79.": either of them
    person = _thread_through(ctx, start, end)
    near = max(end, m.start - _SOLE_CHARS)
    again = regex.compile(r"(?i)(?<![\p{L}\p{N}])(?:same[ \t]+age|" + age + r")(?![\p{L}\p{N}])")
    if person is None or any(not ctx.inside_quote(hit.start()) for hit in again.finditer(ctx.text, near, m.start)):
        return None  # "His neighbour, a widow, is the same age.": either of them
    return person


#: A sentence that tells its person's age: "She is 79.", "He turned 78 in March", "She is now
#: 81 years old."; not "He is 12 points clear", nor an age that was.
_AGE_TOLD_RE = regex.compile(
    r"(?<![\p{L}\p{N}])([Hh]e|[Ss]he)[ \t]+(?:is|turned|turns|will[ \t]+be)(?:[ \t]+now)?[ \t]+(\d{1,3})"
    r"(?=[ \t]*(?:years?[ \t]+old\b)?(?:[ \t]+too)?[ \t]*[.;!]|[ \t]+(?:in|on|last|this|next|today)\b)"
)


def _of_other_peoples(words: frozenset[str], place: str) -> bool:
    """Whether the people words ``words`` written with somebody all name another people than
    ``place`` ("norwegian" for "the Czech"); two words that share their first three letters are
    taken for one people ("british" and "briton", "swedish" and "swede", "french" and
    "frenchman")."""
    return bool(words) and not any(word[:3] == place[:3] for word in words)


def _place_words_of(ctx: ArticleContext, name: str) -> frozenset[str]:
    """The words of a people or a place (:meth:`~quoteattr.lexicon.titles.NameTables.from_a_place`)
    the article writes with the full name ``name``: before it ("Czech guide Jan Dvořák") or in an
    appositive after it ("Jan Dvořák, a Czech guide,").  Reads the first few places the name is
    written, 40 characters before and 60 after each, once per name."""
    known = ctx.place_words.get(name)
    if known is not None:
        return known
    tables = ctx.config.names
    found: set[str] = set()
    for a, b in ctx.names.sites_of(name):
        for n, tok in enumerate(reversed(tokenize(ctx.text, max(0, a - 40), a)[-3:])):
            # a trade right before the name ("Czech guide Jan Dvořák"), not a verb ("said Jan Dvořák")
            trade = (
                n == 0
                and tok.low not in ctx.config.speech_verbs
                and tok.low not in PREPOSITIONS
                and tok.low not in ("and", "or")
            )
            if not tok.is_word or not (tok.is_cap or tok.low in tables.role_nouns or trade):
                break
            found.update(_people_word(tables, tok))
        after = tokenize(ctx.text, b, min(len(ctx.text), b + 60))
        if len(after) > 2 and after[0].text == "," and after[1].low in ("a", "an", "the"):
            for tok in after[2:8]:
                if not tok.is_word or tok.low in PREPOSITIONS:
                    break  # "a Danish doctor with the Norwegian Refugee Council": his own words only
                found.update(_people_word(tables, tok))
    ctx.place_words[name] = frozenset(found)
    return ctx.place_words[name]


def _people_word(tables: NameTables, tok: Token) -> tuple[str, ...]:
    """``tok``'s word, lower-cased, when it is a capitalized word of a people or a place
    (:meth:`NameTables.from_a_place`) and no given name ("a Christian Democrat", "Sebastian
    Brandt's lawyer"); else nothing."""
    return (tok.low,) if tok.is_cap and tables.from_a_place(tok.low) and tok.low not in tables.given_names else ()


def _holds_another_title(ctx: ArticleContext, name: str, role: str, described: str = "") -> bool:
    """Whether the article titles ``name`` only otherwise than ``role``, itself a title
    ("Mayor Tomas Vries ... "...," the Republican presidential candidate said": not him).  The
    titles written with the name count: an appositive's ("Ida Marsh, a doctor who was elected
    to the senate") tells a trade or a past as often as the office she speaks for, and counts
    only for a description that is itself former (``described``, its text): "Dean, a former
    party chairman" is no "former campaign strategist"."""
    tables = ctx.config.names
    if role not in tables.titles or role in GENERIC_ROLES:
        return False  # "Council chief": whatever the council's leader is titled
    held = ctx.names.written_titles(name) or ctx.names.written_titles(name.split()[-1])
    if "former" in described.lower().split():
        told = ctx.names.titles.get(name) or ctx.names.titles.get(name.split()[-1]) or set()
        held = held | (told if "former" in told else set())
    offices = {
        TITLE_ABBREVIATIONS.get(word.rstrip("."), word)  # "Gov. Chris Dahl" is a governor
        for word in held
        if word in tables.titles and word not in tables.nationalities and word not in KINSHIP_TITLES
    }
    return bool(offices) and role not in offices


def _title_of_subject(toks: list[Token], subject: str, role: str) -> int:
    """The index of the last token of the subject's phrase when ``role`` is its title, before the
    name ("ambassador to Russia, Yerlan Lund") or in an appositive right after it ("Lund, the
    ambassador,"); -1 otherwise."""
    surname = subject.split()[-1]
    at = next((k for k, tok in enumerate(toks) if tok.text.startswith(surname)), -1)
    if at < 0:
        return -1
    if any(tok.low == role for tok in toks[:at]):
        return at
    if at + 1 < len(toks) and toks[at + 1].text == ",":
        close = next((k for k in range(at + 2, min(len(toks), at + 10)) if toks[k].text == ","), -1)
        if close > 0 and any(tok.low == role for tok in toks[at + 2 : close]):
            return close
    return -1


def _age_introduced(ctx: ArticleContext, m: Mention, start: int) -> str | None:
    """The person an age description stands for when the sentence at ``start`` opens with the same
    description and the one before it with that person ("Fisherman Iain Dunlevy was loading
    creels. The 63-year-old has offered to help. "...," the 63-year-old said")."""
    opening = [tok.low for tok in ctx.tokens_outside(start, min(ctx.doc.sentence_at(start)[1], start + 40))][:2]
    if opening != m.text.lower().split()[:2]:
        return None
    prev = _sentence_before(ctx, start)
    subject = _subject_of(ctx, prev, None) if prev is not None else None
    return subject if subject is not None and _known_person(ctx, subject) else None


def _titles(ctx: ArticleContext, toks: list[Token], k: int) -> bool:
    """Whether the title word ``toks[k]`` belongs to somebody the article names: capitalized
    before a capitalized name ("Petroleum Minister Hamid al-Sayegh"), or in an aside after a
    known person's name (:func:`_named_role`); not a role given to somebody unnamed ("Osei met
    the mayor")."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return (toks[k].is_cap and nxt is not None and nxt.is_word and nxt.is_cap) or _named_role(ctx, toks, k)


def _named_role(ctx: ArticleContext, toks: list[Token], k: int) -> bool:
    """Whether the role word ``toks[k]`` is what an aside after a known person's name calls that
    person ("Lund, who has been harbor minister since 2021,", "Lund, the harbor minister,"): a
    few lower-case words back to "who" or an article, a comma and the name, and for an article
    a comma after the role; not "On Monday, the mayor visited"."""
    for n in range(k - 1, max(-1, k - _ASIDE_WORDS), -1):
        tok = toks[n]
        if not tok.is_word or tok.is_cap:
            return False
        if tok.low in _ASIDE_OPENERS:
            if n < 2 or toks[n - 1].text != "," or not (toks[n - 2].is_word and toks[n - 2].is_cap):
                return False
            if tok.low != "who" and not (k + 1 < len(toks) and toks[k + 1].text == ","):
                return False  # "Lund, the harbor minister, said"; not "In Kestrel, the mayor said"
            return _a_name(ctx, toks[n - 2])
    return False


#: The words that open an aside naming a person's role after the name, and how many words
#: back from the role :func:`_named_role` reads for one.
_ASIDE_OPENERS = frozenset({"who", "the", "a", "an"})
_ASIDE_WORDS = 6


def _anchor(ctx: ArticleContext, i: int, pos: int) -> int:
    """Where the sentence of quote ``i``'s attribution at ``pos`` is read from: the quote's start
    when the quote stands before ``pos`` ('"... else. We can't," the 61-year-old said' opens in
    the quote's first sentence), else ``pos``."""
    q = ctx.quotes[i]
    return q.start if q.end <= pos else pos


def _sentence_before(ctx: ArticleContext, pos: int) -> tuple[int, int] | None:
    """The sentence before the one holding ``pos``: in its paragraph, or the last of the paragraph
    before when ``pos`` stands in a paragraph's first sentence."""
    before = ctx.doc.sentence_before(pos)
    if before is not None:
        return before
    para = ctx.doc.paragraph_index(pos)
    if para == 0:
        return None
    start, end = ctx.doc.paras[para - 1]
    if end - start < _CAPTION_CHARS and ctx.outside_quotes(start, end) == [(start, end)]:
        return None  # "Ida Marsh via Reuters.": a caption or credit line, not a short reply quoted
    return ctx.doc.sentence_at(end - 1)


#: A paragraph shorter than this is a caption, credit or dateline line rather than a sentence.
_CAPTION_CHARS = 40


def _subject_before(ctx: ArticleContext, m: Mention, toks: list[Token], sent_s: int, sent_e: int) -> str | None:
    """The known person who opens the sentence before a definite description (``toks``, up to
    ``sent_s``, where the description's sentence starts), after a fronted phrase if need be
    ("Ida Marsh toured the harbor. "...," the port chief said": Marsh); none when a name follows
    the description ("wrote the mayor at the time, Ida Marsh")."""
    after = tokenize(ctx.text, m.end, min(sent_e, m.end + 80))
    if any(tok.text == "," and nxt.is_cap for tok, nxt in itertools.pairwise(after)):
        return None
    if not toks:
        return None
    return _sentence_subject(ctx, toks[0].start, sent_s, m.gender, toks)  # "On Thursday, Dahl announced ..."


#: Words that end the noun phrase an indefinite article opens ("an explosion that ...").
_CLAUSE_WORDS = frozenset({"that", "who", "which", "whom", "and", "or", "but"})


def _introduces_someone(ctx: ArticleContext, m: Mention, role: str) -> bool:
    """Whether the description is indefinite ("one Marsh aide said"), or ties its source to what
    it knows ("Source familiar with the talks"; :data:`~quoteattr.lexicon.titles.KNOWING_PHRASES`),
    or takes up an indefinite
    one with its role noun in its paragraph or the one before ("A senior official told the agency
    ... "...," the official said"): either way it stands for somebody the article does not name."""
    words = m.text.lower().split()
    if words and words[0] in INDEFINITE_DETERMINERS:
        return True
    if (
        words
        and words[0] != "the"
        and any(pair in ctx.config.names.knowing_phrases for pair in itertools.pairwise(words))
    ):
        return True  # "Source familiar with the ad": somebody unnamed (not "the detective involved in")
    if not role:
        return False
    return bool(_indefinite_openers(ctx, m, role)[1])


def _indefinite_openers(ctx: ArticleContext, m: Mention, role: str) -> tuple[list[Token], list[int]]:
    """The tokens of the description ``m``'s paragraph and the one before, up to it (at most two
    windows back), and the indices of the indefinite articles there that open a phrase whose head
    is ``role`` ("A senior official told the agency"), within five words."""
    para = ctx.doc.paragraph_index(m.start)
    lo = max(ctx.doc.paras[max(0, para - 1)][0], m.start - 2 * WINDOW)  # a long sentence before, whole
    toks = tokenize(ctx.text, lo, m.start)
    found: list[int] = []
    for k, tok in enumerate(toks):
        if tok.low != role or tok.is_cap:
            continue  # "an explosion that Mayor Ada Lund described": a title, not a new somebody
        first = max(0, k - 5)
        openers = [j for j in range(first, k) if toks[j].low in INDEFINITE_DETERMINERS]
        if openers and all(t.is_word and t.low not in _CLAUSE_WORDS for t in toks[openers[-1] : k]):
            found.append(openers[-1])
    return toks, found


def _introduced_as(ctx: ArticleContext, m: Mention, role: str) -> str | None:
    """The one indefinite description with the head ``role`` that a definite one ("the official")
    takes up (:func:`_indefinite_openers`), as written with its of-phrase, without an acronym in
    brackets after it ("an official of the Togolese Revenue Office (OTR)"), when it opens its
    sentence or follows a fronted phrase ("On the other side, an official of X told"); None
    when there are two ("An official ... Another official ..."), when it is an object or a
    named person's appositive ("wrote to an official of X", "Ida Lund, an official of X,"), or
    when it is read otherwise."""
    toks, openers = _indefinite_openers(ctx, m, role)
    if len(openers) != 1 or toks[openers[0]].low not in ("a", "an"):
        return None
    o = openers[0]
    opens = ctx.doc.sentence_at(toks[o].start)[0] == toks[o].start
    fronted = o >= 2 and toks[o - 1].text == "," and toks[o - 2].is_word and not toks[o - 2].is_cap
    if not (opens or fronted):
        return None  # "had written to an official of the ministry", "Ida Lund, an official of X,": no newcomer
    got = np_after(ctx.text, toks, o, tables=ctx.config.names)
    if got is None or got[1].kind != "description" or (got[1].role or "").lower() != role:
        return None
    return got[1].text.split(" (")[0]


def _resolve_pronoun(ctx: ArticleContext, i: int, m: Mention, resolved: list[_Resolved | None]) -> _Resolved:
    """A pronoun to the nearest compatible speaker or sentence subject; else kept, less sure."""
    gender = m.gender
    pos = m.start
    word = m.text.lower().replace("’", "'").split("'")[0]
    if word == "it":  # 'The HSE said flu cases had risen. "...," it said'
        body = _body_before(ctx, i, pos) or _body_in_sentence(ctx, i, resolved) or _body_opening(ctx, i, pos)
        if body is not None:
            return body
    if word in ("i", "we", "it"):  # "it", "It's", "we've"
        return _Resolved(m.text, "pronoun", 0.5)
    plural = gender == "p"
    # the subject of a speech verb earlier in the same sentence; after a quote of several
    # sentences ('"... share. We cannot," he said') that is the sentence the quote opens in
    sent_s, sent_e = ctx.doc.sentence_at(_anchor(ctx, i, pos))[0], ctx.doc.sentence_at(pos)[1]
    if plural and (word == "they" or word.endswith(" of them")):
        alone = not any(t.is_word for t in ctx.tokens_outside(sent_s, pos))  # not "Managers disputed it, and they"
        group = _group_before(ctx, i, sent_s) if alone else None
        if group is not None:  # 'Traders at the market complained that ... They said "..."'
            return _Resolved(group, "group", 0.75, gender)
    lo = max(sent_s, pos - WINDOW)  # a bounded look, whatever the sentence's length
    subject = _subject_in(ctx, lo, pos, gender)
    if subject is None and lo == sent_s:
        subject = _opening_subject(ctx, sent_s, pos, gender)  # "Lund condemned what he called ..."
    if subject is not None:
        return _Resolved(subject, "person", 0.95, gender)
    # the last speaker nearby, or the first person named in the sentence before; never a person
    # named later in the pronoun's own sentence ('"...," he told Lund'), nor one an earlier
    # pronoun of the other gender stood for
    addressed = _named_after(ctx, m.end, min(sent_e, pos + WINDOW)) | _of_other_gender(ctx, i, gender, resolved)
    para = ctx.doc.paragraph_index(pos)
    prev_s = ctx.doc.sentence_at(max(0, sent_s - 2))[0] if sent_s > 0 else -1
    prev_lo = max(prev_s, sent_s - WINDOW)  # the sentence before, its last WINDOW characters

    question = ctx.quotes[i].text.rstrip(_CLOSING_PUNCTUATION).endswith("?")  # an asker's own words

    @functools.cache
    def before() -> str | None:  # the subject of the sentence before, read once when needed
        if prev_s < 0 or ctx.doc.paragraph_index(prev_s) < para - 1:
            return None
        toks = ctx.tokens_outside(prev_lo, sent_s) if gender in ("m", "f") else []
        if gender is not None and toks and _opens_with_pronoun(toks, gender):
            return None  # "She said the defence would appeal, citing Ida Lund": "she" is its subject
        subject = _subject_in(ctx, prev_lo, sent_s, gender, any_name=True, skip=addressed)
        asked = _asked_person(ctx, toks, gender) if subject is not None and not question else None
        if asked is not None and asked != subject:
            return asked  # 'Rep. Wade Hebert asked Richard whether ... "Not on paper," she said'

        def speaks() -> bool:  # whether the subject speaks there, read only when it matters
            return _subject_in(ctx, prev_lo, sent_s, gender, skip=addressed) == subject

        if subject in ctx.names.kin_named and _talks_of(ctx, i, gender) and not speaks():
            return None  # 'Her sister, Noor, died in 2019. "I still talk to her," she said': not Noor
        if subject is None or prev_lo != prev_s or not _owned_by_pronoun(toks, gender, subject):
            return subject
        same_paragraph = ctx.doc.paragraph_index(prev_s) == para
        agent = any(t.low in _AGENT_ROLES for t in toks[:_SUBJECT_WORDS])
        if same_paragraph and not agent and speaks():
            return subject  # "Her neighbour Sulastri, 52, said her cattle ... "...," she said": she speaks on
        # "Her colleague Park Joon-seo noted ...": whether "she" is Park or the "her", unsaid; a
        # relative known only by that word ("Her sister, Noor, often comes with her.") as well
        known = ctx.names.gender_of(subject) is not None and subject not in ctx.names.kin_named
        return subject if known else None

    @functools.cache
    def names_someone() -> bool:  # whether the sentence before names anybody the pronoun may be
        people = _people_in(ctx, prev_lo, sent_s) if prev_s >= 0 else []
        return any(ctx.names.gender_of(name) in (None, gender) for name in people if name not in addressed)

    @functools.cache
    def described() -> bool:  # whether the sentence before opens with a description, read once
        return prev_s >= 0 and (_opens_with_description(ctx, prev_s, sent_s) or _kin_opening(ctx, prev_s, gender))

    @functools.cache
    def threaded() -> str | None:  # the person the sentences before keep to, read once when needed
        return _thread_subject(ctx, sent_s, pos, para, gender)

    @functools.cache
    def aged() -> str | None:  # the person an age opening the sentence before stands for, read once
        if prev_s < 0 or ctx.doc.paragraph_index(prev_s) < para - 1:
            return None
        return _aged_opening(ctx, i, prev_s, sent_s, gender)

    told: dict[int, str] = {}
    tellers: frozenset[str] = frozenset()  # who spoke to the pronoun in the sentence before
    if prev_s >= 0 and gender in ("m", "f") and ctx.doc.paragraph_index(prev_s) >= para - 1:
        reply = _replies(ctx, i)
        answer = reply or ctx.doc.paragraph_index(prev_s) < para  # an answer after its question's paragraph
        spoken_to, told = _spoken_to(ctx, prev_lo, sent_s, gender, reply=reply, answer=answer)
        if spoken_to is not None:  # 'Reyes told Voss the heat was back. "...," she replied'
            return _Resolved(spoken_to, "person", 0.8, gender)
        # 'The minister told her the buses were as good. "...," she replied': not the minister
        tellers = frozenset(ctx.names.resolve(text) for text in told.values())
        asking = _subject_in(ctx, prev_lo, sent_s, gender, any_name=True) if reply else None
        if asking is not None and _subject_asks(ctx.tokens_outside(prev_lo, sent_s), asking):
            tellers |= {asking}  # 'Vella asked why the money went back. "...," she replied': not Vella
        addressed = addressed | tellers
    if gender in ("m", "f") and i > 0 and ctx.doc.paragraph_index(ctx.quotes[i - 1].end) >= para - 1:
        asked = _vocative_reply(ctx, i, gender, resolved)
        if asked is not None:  # '"Did you read them, Mr Quillon?" Ms Varga asked. "Now and then," he replied'
            return _Resolved(asked, "person", 0.8, gender)
        back = _turn_back(ctx, i, gender, resolved)
        if back is not None:  # '"...," Quillon said. "...," Varga replied. "...," she shot back': Quillon
            return _Resolved(back, "person", 0.75, gender)
    for k in range(i - 1, max(-1, i - 1 - LOOKBACK), -1):
        d, r = ctx.decisions[k], _resolve_late(ctx, k, resolved, ("person", "organization", "description"))
        if d is not None and d.mention is not None and d.inherited is None and d.mention.named.kind == "description":
            if r is None or r.kind != "person" or (ctx.quotes[k].end < prev_s and names_someone()):
                break  # the nearest speaker is a description of nobody named, or somebody is named since
            if r.gender is None:  # "the mayor" stands for Ida Marsh: her gender is the article's
                r = attrs.evolve(r, gender=ctx.names.gender_of(r.name))
        if d is None or r is None:
            continue
        if d.mention is not None and d.mention.start in told:
            continue  # the one who spoke to "her", whom "she" answers
        para_k = ctx.doc.paragraph_index(ctx.quotes[k].start)
        if para - para_k > 2:
            break
        if ctx.quotes[k].end < prev_s and (before() is not None or described() or aged() is not None):
            break  # the sentence before names somebody nearer than that speaker
        owner = r.gender or ctx.names.gender_of(r.name)
        kin = ctx.quotes[k].end < prev_s and prev_s >= 0 and _kin_subject(ctx, prev_s, gender, owner)
        if kin and not _talks_of(ctx, i, gender):  # not '"She never took a day off," she said': of her
            break  # '"...," Kalani said. ¶ Her mother held up a photograph. "...," she said': not Kalani
        if plural != (r.kind in ("group", "organization")):
            continue
        if not plural and r.kind not in ("person", "description"):
            continue
        if (gender and r.gender and r.gender != gender) or r.name in addressed:
            continue
        if ctx.quotes[k].end < prev_s:  # quoted before the sentence before: somebody may have come in since
            if threaded() not in (None, r.name) and threaded() not in addressed:
                break  # "Among those who came was Iglesias. He had planned it. "...," he said': not the speaker before
            unknown = r.gender is None and ctx.names.gender_of(r.name) is None
            if _new_subject_since(ctx, ctx.quotes[k].end, sent_s, gender, r.name, tellers, unknown=unknown):
                break  # 'Ida Lund, 81, pushes a wheelbarrow. ... "...," she said': not the woman quoted before
            newcomer = _introduced_since(ctx, ctx.quotes[k].end, sent_s, gender, r.name)
            if newcomer is not None and newcomer not in addressed:  # 'The jury also heard from Janet Okafor, who ...'
                return _Resolved(newcomer, "person", 0.6, gender)
        # a speaker quoted in an earlier paragraph is a likelier guess than a sure one
        sure = 0.9 if para_k == para else 0.7
        return _Resolved(r.name, r.kind, sure, gender)
    subject = before() or aged()
    if subject is not None:
        return _Resolved(subject, "person", 0.8, gender)

    @functools.cache
    def opening() -> Mention | None:  # the description opening the sentence before, read once
        return _opening_description(ctx, prev_s, sent_s, gender) if prev_s >= 0 else None

    titled = _titled_opening(ctx, prev_s, opening(), gender) if gender in ("m", "f") else None
    if titled is not None and titled not in addressed:  # 'The chief said ... "...," she said': the chief
        return _Resolved(titled, "person", 0.75, gender)
    last = resolved[i - 1] if i > 0 else None
    if last is not None and last.kind == "pronoun" and last.gender == gender and ctx.quotes[i - 1].start >= prev_s:
        return _Resolved(m.text, "pronoun", _UNRESOLVED, gender)  # the same thread as the pronoun just before
    if prev_s >= 0 and _opens_with_description(ctx, prev_s, sent_s, new_only=True):
        # 'A tomato seller nearby, who asked not to be named, said ... "...," she said': her
        brought = _indefinite_opening(ctx, prev_s, sent_s, gender)
        if brought is not None:
            return _Resolved(brought, "description", 0.75, gender)
        return _Resolved(m.text, "pronoun", _UNRESOLVED, gender)

    @functools.cache
    def unnamed_role() -> str:  # read only when a candidate is found
        described = opening()
        if described is None or _resolve_description(ctx, i, described).kind == "person":
            return ""
        return (described.role or "").lower()

    def titled_otherwise(name: str) -> bool:
        # "Asked what he would take, the abbot smiled.": when the abbot is nobody the article
        # names, the "he" is not a man the article titles otherwise (the bishop named before)
        role = unnamed_role()
        return bool(role) and _holds_another_title(ctx, name, role)

    subject = threaded()
    if subject is not None and not titled_otherwise(subject):
        return _Resolved(subject, "person", 0.7, gender)
    # both readings below give way to somebody of the pronoun's gender brought in unnamed
    # nearby ("his mother", "Another analyst"): read once for both
    if gender not in ("m", "f") or _unnamed_nearby(ctx, i, sent_s, para, gender):
        return _Resolved(m.text, "pronoun", _UNRESOLVED, gender)
    sole = _sole_of_gender(ctx, i, sent_s, para, gender)
    if sole is not None and sole[0] not in tellers and not titled_otherwise(sole[0]):
        # a profile: 'Pupils compare her to a film teacher. She rejects it. "...," she said'
        return _Resolved(sole[0], "person", sole[1], gender)
    profile = _profile_subject(ctx, sent_s, para, gender)
    if profile is not None and profile not in tellers and profile not in addressed and not titled_otherwise(profile):
        return _Resolved(profile, "person", 0.6, gender)
    return _Resolved(m.text, "pronoun", _UNRESOLVED, gender)


def _group_before(ctx: ArticleContext, i: int, sent_s: int) -> str | None:
    """The group of people (:func:`~quoteattr.attribution.rules.group_subject`) that opens the
    sentence before the one at ``sent_s``, in its paragraph and with no quote in it, as the
    subject of its first verb of saying: whom a "they" opening the next sentence stands for."""
    prev = ctx.doc.sentence_before(sent_s)
    if prev is None:
        return None
    start, end = prev[0], min(prev[1], prev[0] + WINDOW)
    if ctx.outside_quotes(start, end) != [(start, end)]:
        return None  # words quoted there have their own attribution
    toks = ctx.tokens_outside(start, end)
    verbs = ctx.config.speech_verbs
    cue = next((k for k, tok in enumerate(toks) if k > 0 and tok.low in verbs and not tok.is_cap), None)
    if cue is None:
        return None
    group = group_subject(QuoteState(ctx, i), toks, cue)
    return group.text if group is not None else None


def _of_other_gender(
    ctx: ArticleContext, i: int, gender: str | None, resolved: list[_Resolved | None]
) -> frozenset[str]:
    """The people of no gender the name tables know whom a he or she before quote ``i`` of the
    other gender than ``gender`` stood for, surely, and no pronoun of ``gender`` ever did: the
    article's own word on their gender ("The coach, Josphat Kiprono, ... "...," he said" makes a
    later she not Kiprono). One pronoun of each gender for a name tells nothing."""
    if gender not in ("m", "f"):
        return frozenset()
    told: dict[str, set[str]] = {}
    for j in range(max(0, i - LOOKBACK), i):
        d, r = ctx.decisions[j], resolved[j]
        if d is None or d.mention is None or d.mention.kind != "pronoun" or r is None or r.kind != "person":
            continue
        if r.gender in ("m", "f") and r.factor >= _SURE_PRONOUN and ctx.names.gender_of(r.name) is None:
            told.setdefault(r.name, set()).add(r.gender)
    return frozenset(name for name, genders in told.items() if gender not in genders)


#: How sure a pronoun's resolution must be to tell its person's gender (:func:`_of_other_gender`).
_SURE_PRONOUN = 0.8


#: How many characters and paragraphs before a pronoun's sentence :func:`_sole_of_gender` reads.
_SOLE_CHARS = 3000
_SOLE_PARAGRAPHS = 6
_SOLE_QUOTES = 20


def _sole_of_gender(ctx: ArticleContext, i: int, sent_s: int, para: int, gender: str) -> tuple[str, float] | None:
    """The one person of a he's or she's gender that the text before the pronoun's sentence
    names outside quotes, within :data:`_SOLE_PARAGRAPHS` paragraphs and :data:`_SOLE_CHARS`
    characters: the subject of a profile, whom a long run of "she said" follows past other
    people's quotes.  Every full name there must have a known gender (or end in a word the
    article writes in lower case, "Kelmoor High"), nobody else in the article may share that
    person's surname, the person must be named as the speaker of one of the
    :data:`_SOLE_QUOTES` quotes before, and every speaker named there must have a known gender
    (the caller has made sure that no sentence in the pronoun's paragraph or the one before
    brings in somebody of that gender unnamed: :func:`_unnamed_nearby`).  Returns the
    name and how sure it is: 0.6, or 0.75 for the person a profile's first sentence names
    (:func:`_is_lede_person`), who need not have spoken before when no speaker has been named
    yet, within the first :data:`_LEDE_QUOTES` quotes and :data:`_LEDE_PARAGRAPHS` paragraphs."""
    lo = max(ctx.doc.paras[max(0, para - _SOLE_PARAGRAPHS)][0], sent_s - _SOLE_CHARS)
    people = {name for name in _people_in(ctx, lo, sent_s) if " " in name and name in ctx.names.full_names}
    genders = {name: ctx.names.gender_of(name) for name in people}
    if any(g is None and name.split()[-1].lower() not in ctx.names.lower_words for name, g in genders.items()):
        return None  # somebody of no known gender ("Wrenna Gionfrid"), not "Kelmoor High"
    fits = [name for name, g in genders.items() if g == gender]
    if len(fits) != 1 or ctx.names.shares_surname(fits[0]):
        return None  # "Mrs Brenner" tells the gender of her surname, not of her son Tobias Brenner
    spoke = False  # not "Pupils compare her to the teacher Greta Lindqvist played"
    anyone = False  # whether any speaker is named before
    for k in range(max(0, i - _SOLE_QUOTES), i):
        d = ctx.decisions[k]
        named = d.mention.named if d is not None and d.mention is not None else None
        if named is None or named.kind != "person" or ctx.quotes[k].start < lo:
            continue
        anyone = True
        name = ctx.names.resolve(named.text)
        if ctx.names.gender_of(name) is None:
            return None  # a speaker of no known gender ("Wrenna Coyle") may be the pronoun's
        spoke = spoke or name == fits[0]
    if spoke:
        return fits[0], 0.6
    if anyone or i > _LEDE_QUOTES or para > _LEDE_PARAGRAPHS or not _is_lede_person(ctx, fits[0], gender):
        return None
    if _someone_else_since(ctx, fits[0], ctx.doc.paras[max(0, para - 1)][0], sent_s, gender):
        return None  # "Ida Marsh opens her bakery. ¶ The apprentice arrives later. "...," she said"
    return fits[0], 0.75  # the person a profile opens on, before anybody else has spoken


#: How many quotes may come before the first pronoun a profile's lede person answers for
#: (:func:`_sole_of_gender`): the opening lines, before any other speaker is named.
_LEDE_QUOTES = 3

#: The last paragraph (the headline is the first, 0) in which a pronoun may stand for the person
#: a profile opens on without that person having spoken (:func:`_sole_of_gender`).
_LEDE_PARAGRAPHS = 3


def _is_lede_person(ctx: ArticleContext, name: str, gender: str) -> bool:
    """Whether ``name`` is the person the article's first sentence after its headline names,
    alone, with a pronoun of ``gender`` ("It is dark when Ida Marsh opens her shop."): a
    profile's subject."""
    lede = ctx.names.lede_person
    return lede is not None and lede == (name, gender)


def _unnamed_nearby(ctx: ArticleContext, i: int, sent_s: int, para: int, gender: str) -> bool:
    """Whether the pronoun's paragraph or the one before, up to its sentence at ``sent_s``, brings
    in somebody of ``gender`` unnamed, who may be the pronoun's person: the quote before was an
    indefinite description's ('One miner, who asked not to be named, said "..."'), or a role
    word there is of that gender ("his mother") or indefinite ("Another analyst"), or a
    possessive one that a pronoun of that gender follows ("Her neighbour, who sells airtime, said
    he had closed")."""
    near = ctx.doc.paras[max(0, para - 1)][0]
    last = ctx.decisions[i - 1] if i > 0 and ctx.quotes[i - 1].start >= near else None
    unnamed = last.mention.named if last is not None and last.mention is not None else None
    if (
        unnamed is not None
        and unnamed.kind == "description"
        and unnamed.text.split()[0].lower() in INDEFINITE_DETERMINERS
    ):
        return True
    tables = ctx.config.names
    toks = ctx.tokens_outside(max(near, sent_s - _SOLE_CHARS), sent_s)  # bounded, however long the paragraph
    for k, tok in enumerate(toks):
        if not tables.person_role(tok.low):
            continue
        if k + 2 < len(toks) and toks[k + 1].text == "," and _named_at(ctx, toks, k + 2):
            continue  # "Trump's wife, Melania,", "his wife, Ida Marsh,": named right there
        g = gender_of_words((tok.low,))
        if g == gender or (g is None and any(t.low in INDEFINITE_DETERMINERS for t in toks[max(0, k - 2) : k])):
            return True
        owned = g is None and k > 0 and toks[k - 1].low in POSSESSIVE_DETERMINERS
        if owned and any(GENDERED_PRONOUNS.get(t.low) == gender for t in toks[k + 1 : k + 1 + _OWNED_READ]):
            return True
    return False


def _named_at(ctx: ArticleContext, toks: Sequence[Token], k: int) -> bool:
    """Whether ``toks[k]`` opens a person's name the article gives: a one-word name somebody
    goes by ("Melania") or the first of two words that make a full name ("Ida Marsh")."""
    if toks[k].text in ctx.names.mononyms:
        return True
    return k + 1 < len(toks) and ctx.names.names_in_full(f"{toks[k].text} {toks[k + 1].text}")


def _profile_subject(ctx: ArticleContext, sent_s: int, para: int, gender: str) -> str | None:
    """The person a profile is about (:attr:`NameTable.profile_person`: named in its headline
    and first sentence, and in a good share of its paragraphs) for a he or she of that person's
    gender that no other rule resolved, when nothing since the person's last mention (within
    :data:`_SOLE_CHARS` characters), nor the pronoun's paragraph and the one before, names
    anybody else who may be of that gender or opens with a description
    (:func:`_someone_else_since`; the caller has checked :func:`_unnamed_nearby`): 'The little
    books fill two shelves in the Brekkes' house. ¶ "...," he wrote in 2005'."""
    profile = ctx.names.profile_person
    if profile is None or profile[1] != gender:
        return None
    # the person's last mention, within _SOLE_CHARS: nobody else since may be the pronoun's
    last = ctx.text.rfind(profile[0].split()[-1], max(0, sent_s - _SOLE_CHARS), sent_s)
    if last < 0 or _someone_else_since(ctx, profile[0], min(last, ctx.doc.paras[max(0, para - 1)][0]), sent_s, gender):
        return None
    return profile[0]


def _someone_else_since(ctx: ArticleContext, name: str, start: int, sent_s: int, gender: str) -> bool:
    """Whether ``text[start:sent_s]`` (at most :data:`_SOLE_CHARS` characters before ``sent_s``)
    names somebody other than ``name`` who may be of ``gender`` outside quotes ("Holm, the
    apprentice,"), or has a sentence that opens with a description of somebody ("The mayor
    stopped by", "The spokesperson for the port said"): a he or she there may be theirs."""
    start = max(start, sent_s - _SOLE_CHARS)
    for p in range(ctx.doc.paragraph_index(start), ctx.doc.paragraph_index(sent_s) + 1):
        for a, b in ctx.doc.sentences_of(p):
            if b <= start or a >= sent_s:
                continue
            lo, hi = max(a, start), min(b, sent_s)  # each sentence on its own: "Holm, the apprentice," opens one
            others = [other for other in _people_in(ctx, lo, hi) if other != name]
            if any(ctx.names.gender_of(other) in (None, gender) for other in others):
                return True
            if a >= start and _opens_with_description(ctx, a, hi):
                return True
    return False


#: How many tokens after a possessive description ("Her neighbour") :func:`_sole_of_gender`
#: reads for a pronoun that tells its gender.
_OWNED_READ = 20


#: How sure a pronoun that stands for nobody the article names is left: under half, whatever
#: the rule ('Another analyst, who asked not to be named, ... He said: "..."').
_UNRESOLVED = 0.5


def _near_sentence_before(ctx: ArticleContext, i: int, pos: int) -> tuple[int, tuple[int, int]] | None:
    """Where the sentence of quote ``i``'s attribution at ``pos`` starts (:func:`_anchor`), and the
    sentence before it when that stands in the same paragraph or the one before; None otherwise."""
    sent_s = ctx.doc.sentence_at(_anchor(ctx, i, pos))[0]
    before = _sentence_before(ctx, sent_s)
    if before is None or ctx.doc.paragraph_index(before[0]) < ctx.doc.paragraph_index(pos) - 1:
        return None
    return sent_s, before


def _body_before(
    ctx: ArticleContext, i: int, pos: int, kind: str | None = None, follow: bool = True
) -> _Resolved | None:
    """The body an "it" (or a kind noun, ``kind``: "the union") that speaks stands for: the
    organization that is the subject of a speech verb in the sentence before ("The HSE said flu
    cases had risen. "...," it said"), in the pronoun's paragraph or the one before; a body there
    by its kind noun ("The utility added that") is the one that noun stands for (its name tied to
    the kind, or, with ``follow``, the body one sentence further back), and for a kind noun only
    one of the same kind."""
    near = _near_sentence_before(ctx, i, pos)
    if near is None:
        return None
    sent_s, before = near
    verbs = ctx.config.speech_verbs
    toks = ctx.tokens_outside(max(before[0], sent_s - WINDOW), sent_s)
    for k in range(1, len(toks)):
        text_verb = toks[k].low in ctx.config.text_verbs and toks[k].low not in verbs
        if (toks[k].low not in verbs and not text_verb) or toks[k].text.isupper():
            continue  # not "U.N. PANEL RULES FOR ...": a heading in capitals
        got = np_before(ctx.text, toks, k - 1, tables=ctx.config.names)
        if got is None or got[1].kind not in ("organization", "person", "description"):
            continue
        if text_verb and not (got[1].kind == "description" and ctx.config.names.written(got[1].role or "")):
            continue  # "the report found" carries words; "Police found" does not
        if got[1].kind == "description" or not got[1].text.removeprefix("the ").removeprefix("The ")[:1].isupper():
            # "The company added that ...": a body by its kind, the one it stands for if named before;
            # for a kind noun, only a body of that kind ("The government said ... the team cited": not it)
            own = (got[1].role or "").lower()
            if kind is None and ctx.config.names.written(own) and got[1].text.lower().startswith("the "):
                return _writer_for_it(ctx, i, got[1])  # '"...," the statement said. It said ...': its maker
            if not got[1].text.lower().startswith("the ") or own not in ctx.config.names.body_kinds:
                return None
            if kind is not None and own != kind:
                return None
            body = _named_body(ctx, got[1], own, [own])
            if body is None and follow:  # one sentence further back at most, then no further
                back = _body_before(ctx, i, got[1].start, own, follow=False)
                body = back.name if back is not None else _body_subject(ctx, i, got[1].start, own)
            return _Resolved(body, "organization", 0.85) if body is not None else None
        res = _resolve_named(ctx, i, got[1])
        if res.kind == "person" and ACRONYM_RE.fullmatch(res.name):
            res = _Resolved(res.name, "organization", res.factor)  # "antitrust regulator HPX said"
        if res.kind != "organization":
            return None
        if kind is not None and kind not in ANY_BODY_KINDS and _of_another_kind(ctx, res.name, kind):
            return None  # 'Harbor Council said ... "...," the union said': a council, not the union
        return res
    return None


def _body_opening(ctx: ArticleContext, i: int, pos: int) -> _Resolved | None:
    """The body an "it" that speaks stands for when the sentence before, in its paragraph or the
    one before, opens with a body by its kind noun and a verb, whatever the verb ("The authority
    has drawn a zone around the village. It said ..."): the body named before of that kind
    (:func:`_named_body`); else None. Not a kind that fits any body ("The body was found"), and
    only when the quote before, in that sentence's paragraph or the one before, is a person's:
    a body that spoke, or no quote at all, leaves the "it" open."""
    near = _near_sentence_before(ctx, i, pos)
    if near is None:
        return None
    before = near[1]
    toks = ctx.tokens_outside(before[0], min(before[1], before[0] + WINDOW))
    tables = ctx.config.names
    if len(toks) < 3 or toks[0].low != "the" or not toks[1].is_word or toks[1].is_cap:
        return None
    kind = toks[1].low
    verb = toks[2]
    if kind not in tables.body_kinds or kind in ANY_BODY_KINDS or not verb.is_word or verb.is_cap:
        return None  # not "The Harriers", nor "The body was found", a corpse
    if verb.low in PREPOSITIONS:
        return None  # "The authority of the port"
    # a person quoted just before, in the paragraph before or this one: no body spoke last
    # ('Kestrel Mining said ... The council raised the charge. "...," it said': the miner)
    last = ctx.decisions[i - 1] if i > 0 else None
    if last is None or last.mention is None or last.mention.named.kind not in ("person", "pronoun"):
        return None
    if ctx.doc.paragraph_index(ctx.quotes[i - 1].start) < ctx.doc.paragraph_index(before[0]) - 1:
        return None
    s, e = toks[0].start, toks[1].end
    m = Mention(s, e, ctx.text[s:e], "description", s, e, role=kind)
    body = _named_body(ctx, m, kind, [kind])
    return _Resolved(body, "organization", 0.8) if body is not None else None


def _writer_for_it(ctx: ArticleContext, i: int, m: Mention) -> _Resolved | None:
    """Who speaks through an "it" when the sentence before quoted a written thing ``m`` ("the
    statement said. It said ..."): the "it" is the thing, and its maker (:func:`_writer_of`, or
    the owner the article gave it before, :func:`_owned_before`) the speaker."""
    role = (m.role or "").lower()
    res = _writer_of(ctx, i, m, role) or _owned_before(ctx, i, m, role)
    return attrs.evolve(res, factor=min(res.factor, 0.8)) if res is not None else None


def _body_subject(ctx: ArticleContext, i: int, pos: int, kind: str) -> str | None:
    """The body a noun of its kind ("the team", "the club") stands for when the sentence before,
    in its paragraph or the one before, opens with a name the article does not know as a person
    ("The Harriers marked the win online", "Kestrelmoor had announced", "National grid operator
    Voltgrid asked"): a run of one to four capitalized words, after "The" or lower-case words
    if need be, that a lower-case word other than a preposition or a conjunction follows.  The
    run is none of the article's people (no full name, given name, gender or title), no place
    or weekday, capitalized inside a sentence somewhere or after "The", and does not end in a
    word of another kind of body ("Harbor Council" is no company).  A longer name the article
    gives that opens with the run and ends in a word of the kind is preferred ("Kestrelmoor
    Athletic" for a club); one word without it or "The" must be followed by a speech verb
    ("Quorvane acknowledged", "Voltaran has warned"; not "Lagos flooded"), and a run that the
    article capitalizes only where it opens a sentence must speak and be no common word.  A
    relative clause may stand before the verb, and makes a run of two words or more a name
    ("The Coastal Dockworkers Association, which represents ...")."""
    near = _near_sentence_before(ctx, i, pos)
    if near is None:
        return None
    before = near[1]
    toks = ctx.tokens_outside(before[0], min(before[1], before[0] + WINDOW))
    names, tables = ctx.names, ctx.config.names
    k = 1 if toks and toks[0].low == "the" else 0
    if k == 0 and len(toks) > 1 and toks[0].low in names.lower_words and toks[1].is_word and not toks[1].is_cap:
        k = 1  # "National grid operator Voltgrid": a common word capitalized to open the sentence
    while k < min(len(toks), 4) and toks[k].is_word and not toks[k].is_cap:
        k += 1
    j = k
    while j < len(toks) and j - k <= 4 and toks[j].is_word and toks[j].is_cap:
        j += 1
    if j == k or j - k > 4 or j + 1 >= len(toks) or toks[j].is_cap:
        return None
    relative = toks[j].text == "," and toks[j + 1].low in ("which", "who", "whose")  # "X, which represents"
    if not (relative or toks[j].is_word) or toks[j].low in PREPOSITIONS or toks[j].low in _CLAUSE_WORDS:
        return None  # "Shares of Corvane fell", "Dahl and Lund said"
    verbs = ctx.config.speech_verbs
    speaks = toks[j].low in verbs or (toks[j].low in _AUXILIARIES and toks[j + 1].low in verbs)  # "has warned"
    run = [tok.text for tok in toks[k:j]]
    name = " ".join(run)
    lows = [w.lower() for w in run]
    the = toks[0].low == "the"  # "The Harriers": no person's name, even one the table holds
    if (
        (names.resolve(name) in names.full_names and not the)
        or (relative and toks[j + 1].low == "who" and len(lows) == 1 and tables.demonym(lows[0]))
        or names.gender_of(name) is not None
        or lows[0] in tables.given_names
        or any(w in tables.titles or w in WEEKDAYS_MONTHS for w in lows)
        or all(w in tables.place_words or w in tables.nationalities for w in lows)
    ):
        return None
    own = tables.body_kinds.get(kind, frozenset())
    if _of_another_kind(ctx, name, kind):
        return None  # "Harbor Council marked it": a council, not the company
    entry = ctx.relays.lookup(name)
    if entry is not None:
        return entry.name
    longer = names.body_name(name, own)
    if longer is not None:
        return longer
    if len(run) == 1 and not the and not speaks:
        return None  # "Lagos flooded again": one word may be a place; "Quorvane acknowledged" speaks
    named = the or all(w in names.proper_words for w in run) or (relative and len(run) > 1)
    if not (named or (speaks and lows[0] not in names.lower_words)):
        return None  # "Waiting lists grew": a common word that opens the sentence
    return names.resolve(name)


#: Auxiliaries that stand between a subject and its verb ("Voltaran has warned").
_AUXILIARIES = frozenset({"has", "had", "have", "will", "would", "also"})


#: How many sentences before its own a pronoun's antecedent is sought through a thread, and how
#: many paragraphs back that thread may reach.
_THREAD_SENTENCES = 3
_THREAD_PARAGRAPHS = 3
#: How many sentences a thread reads at most, those that the pronoun opens and that go
#: uncounted among the three included: a bound on the work, whatever the paragraph.
_THREAD_READ = 8
#: How many words open a sentence where a description of somebody unnamed is its subject
#: ("A woman in the crowd shouted"), not a noun deep in it ("... which one colleague likened").
_SUBJECT_WORDS = 5

#: Words that may open a sentence before its subject ("But she ...").
_SENTENCE_CONJUNCTIONS = frozenset({"but", "and", "yet", "so", "still", "then"})


def _thread_subject(ctx: ArticleContext, sent_s: int, pronoun: int, para: int, gender: str | None) -> str | None:
    """The person a he or she stands for when the sentences just before its own keep to that person
    (another "she", "her") or to somebody of the other gender ('Raghavan asked McGlashan whether
    ... "...," he replied. "...," she said'): the person who opens the first sentence back that
    names anyone of the pronoun's gender, when the article shows that person's gender or the next
    sentence goes on with the pronoun as its subject ("Dahl declined to comment. Asked about
    the merger, she defended it.").  A sentence that shows nobody ("The ovens have improved
    since.") is passed over, counted among the three; one the pronoun opens ("She smiles.") goes
    uncounted, within :data:`_THREAD_READ` sentences read.  One capitalized word opening a
    sentence about nobody of the pronoun's gender is no person unless the article capitalizes it
    inside a sentence too ("Insurance premiums have climbed").  A sentence that brings in someone
    of the pronoun's gender by a description among its first words ("a woman in the crowd"; not
    "her late husband" for a "she") ends the search; so does a sentence naming someone of the
    pronoun's gender who does not open it."""
    if gender not in ("m", "f"):
        return None
    tables = ctx.config.names
    own = _people_in(ctx, max(sent_s, pronoun - WINDOW), pronoun)  # a bounded look, as everywhere
    own = [name for name in own if _known_person(ctx, name) or not name.endswith(("ed", "ing"))]  # "Reached by"
    if any(ctx.names.gender_of(name) in (None, gender) for name in own):
        return None  # "As for Dahl, he said ...": somebody the pronoun's own sentence names first
    pos, seen, counted, goes_on = sent_s, 0, 0, False
    for _ in range(_THREAD_READ):
        if counted >= _THREAD_SENTENCES:
            return None
        sent = _sentence_before(ctx, pos)
        if sent is None or ctx.doc.paragraph_index(sent[0]) < para - _THREAD_PARAGRAPHS:
            return None
        pos = sent[0]
        lo = _past_dateline(ctx, sent)  # "KUALA LUMPUR, July 8 (Bernama) -- Deputy Minister ..."
        hi = min(sent[1], lo + WINDOW)
        toks = ctx.tokens_outside(lo, hi)
        words = [tok for tok in toks if tok.is_word]
        if not words:
            continue  # a sentence wholly inside a quote: the quote's own sentence tells who spoke it
        seen += 1
        if not (seen > 1 and _opens_with_pronoun(toks, gender)):
            counted += 1  # "She suspects it. She smiles.": a sentence the pronoun opens goes on, uncounted
        people = _people_in(ctx, lo, hi) if any(tok.is_cap for tok in words) else []
        genders = {GENDERED_PRONOUNS.get(tok.low) for tok in words}  # the pronouns' genders, read once
        # one capitalized word opening a sentence that goes on about nobody of the pronoun's
        # gender is a common word ("Insurance premiums have climbed"), not "Cruz admitted his";
        # so is one the article writes in lower case too ("Modern units on her route stop")
        people = [
            name
            for name in people
            if _known_person(ctx, name)
            or (gender in genders and name.lower() not in ctx.names.lower_words and not name.endswith(("ing", "ed")))
        ]  # nor a participle ("Addressing supporters, the economist said her ...")
        if any(ctx.names.gender_of(name) in (None, gender) for name in people):
            if seen == 1:
                first = _opening_word(toks)
                owned = (
                    first is not None
                    and first.low in POSSESSIVE_DETERMINERS
                    and GENDERED_PRONOUNS.get(first.low) == gender
                )
                if not (owned or _opens_with_pronoun(toks, gender)):
                    return None  # the sentence just before: read already, for its subject
                if _brings_in(ctx, toks, gender):
                    return None  # "She handed the floor to Greta Holm, who ...": perhaps Holm's
                # "He said his job in Cedar Rapids made it impossible.", "Her predecessor, Sean
                # Lund, ran the school.": whoever else it names, it is about the pronoun's own
                # person, named further back
                goes_on = True
                continue
            subject = _sentence_subject(ctx, lo, hi, gender, toks)
            if subject is None:
                return None
            known = ctx.names.gender_of(subject)
            if known is None and not goes_on:  # "Masaki Ono, who ..., said the heirs must ...": his thread
                goes_on = _speaks_next(toks, subject, ctx.config.speech_verbs)
            return subject if known == gender or (known is None and goes_on) else None
        # the first role word is the subject's; one after it is its appositive's ("Her husband, a trucker,")
        role = next((tok for tok in words[:_SUBJECT_WORDS] if not tok.is_cap and tables.person_role(tok.low)), None)
        if role is not None and gender_of_words((role.low,)) in (None, gender):
            return None  # "A woman in the crowd shouted at him.": somebody the article does not name
        genders.update(ctx.names.gender_of(name) for name in people)
        # a sentence that shows nobody ("The ovens have improved since.") neither breaks the thread
        # nor goes on with it
        goes_on = bool(genders & {"m", "f"}) and _opens_with_pronoun(toks, gender, anywhere=True)
    return None


def _brings_in(ctx: ArticleContext, toks: list[Token], gender: str) -> bool:
    """Whether a sentence's tokens introduce a named person of ``gender`` after its opening: a
    capitalized name that a relative "who" or an age follows ("She handed the floor to Greta
    Holm, who had waited", "He sold it to Karel Orrin, 19,"), whom a pronoun after it may be."""
    for n in range(1, len(toks) - 2):
        if not (toks[n].is_cap and toks[n + 1].text == ","):
            continue
        after = toks[n + 2]
        if after.low == "who" or after.text.isdigit():
            name = ctx.names.resolve(toks[n].text)
            if ctx.names.gender_of(name) in (None, gender):
                return True
    return False


def _speaks_next(toks: list[Token], subject: str, verbs: frozenset[str]) -> bool:
    """Whether a speech verb follows the subject's surname in ``toks``, right after it or after
    an aside closed by a comma ("Ono, who handles licensing, said"; not "Sasha Lund met Ida
    Marsh, who said ...")."""
    surname = subject.split()[-1]
    at = next((n for n, tok in enumerate(toks) if strip_possessive(tok.text) == surname), -1)
    if at < 0 or at + 1 >= len(toks):
        return False
    n = at + 1
    if toks[n].text == ",":
        close = next((c for c in range(n + 1, min(len(toks), n + _ASIDE_TOKENS)) if toks[c].text == ","), -1)
        n = close + 1 if close > 0 else len(toks)
    return n < len(toks) and toks[n].low in verbs


#: How many tokens an aside between a subject and its verb may hold (:func:`_speaks_next`).
_ASIDE_TOKENS = 24


def _known_person(ctx: ArticleContext, name: str) -> bool:
    """Whether ``name``, a capitalized run that may open a sentence, is surely somebody: a full
    name, or one word the article capitalizes inside a sentence too ("said Cruz")."""
    return " " in name or name in ctx.names.proper_words


def _sentence_subject(ctx: ArticleContext, start: int, end: int, gender: str | None, toks: list[Token]) -> str | None:
    """The known person who opens the sentence ``text[start:end]`` (tokens ``toks``), or opens it
    after a fronted phrase ("Walking to the next house, Dahl said ...")."""
    subject = _opening_subject(ctx, start, end, gender)
    first = next((tok for tok in toks if tok.is_word), None)
    if subject is None and first is not None and not toks[0].is_word:  # '"...," Dr Ida Marsh said.'
        subject = _opening_subject(ctx, first.start, end, gender)
    comma = next((tok for tok in toks[:12] if tok.text == ","), None)
    if subject is None and comma is not None:
        subject = _opening_subject(ctx, comma.end, end, gender)
    if subject is None and comma is not None and toks[0].low in TOPIC_OPENERS:  # "For Ada Varga, the ..."
        subject = _opening_subject(ctx, toks[1].start, comma.start, gender)
    if subject is None and toks and toks[0].low in SUBORDINATORS and gender in ("m", "f"):
        comma = next((tok for tok in toks[:24] if tok.text == ","), None)  # past the clause, however long
        after = toks.index(comma) + 1 if comma is not None else len(toks)
        if comma is not None and after < len(toks) and GENDERED_PRONOUNS.get(toks[after].low) == gender:
            # "When Ada Varga walked in, she was 23": the clause's subject is hers
            subject = _opening_subject(ctx, toks[1].start, comma.start, gender)
    if subject is None and toks and (toks[0].low in PREPOSITIONS or toks[0].low.endswith("ing")):
        be = next((n for n, tok in enumerate(toks[1:24], 1) if tok.low in _INVERTED_BE), None)
        if (
            be is not None
            and be + 1 < len(toks)
            and toks[be + 1].is_cap
            and not any(_ends_inversion(ctx, tok) for tok in toks[1:be])
        ):  # "Among those who turned up was Horacio Iglesias": the subject after its verb
            subject = _opening_subject(ctx, toks[be + 1].start, end, gender)
    when = _fronted_time(toks)
    if subject is None and when:  # "On Tuesday Mrs Ni Chonaill gave evidence"
        subject = _opening_subject(ctx, toks[when].start, end, gender)
    if subject is None and comma is not None:
        # "Known to pupils as X, a nickname she hates, Ida Marsh has taught ...": past an aside,
        # a name that a verb or an appositive follows (not "Dahl, Lund, and Ida Marsh")
        for n in [n for n in range(toks.index(comma) + 1, min(len(toks), 24)) if toks[n].text == ","][:2]:
            k = _name_end(toks, n + 1, ctx.config.names)  # "Ida Marsh", "von Harten"
            if k + 1 < len(toks) and toks[k].text == ",":
                k += 1  # "Qiu Meiyan, general manager of a fruit importer, said"
            verb_next = k < len(toks) and toks[k].is_word and toks[k].low not in ("and", "or", "nor")
            verb_next = verb_next and not toks[k].is_cap
            if k > n + 1 and verb_next:
                subject = _opening_subject(ctx, toks[n].end, end, gender)
                if subject is not None:
                    break
    if subject is None:
        subject = _passive_agent(ctx, toks, end, gender)
    if subject is None and gender in ("m", "f"):
        subject = _said_at_the_end(ctx, toks, gender)
    return subject


def _passive_agent(ctx: ArticleContext, toks: list[Token], end: int, gender: str | None) -> str | None:
    """The known person after the "by" of a passive that the sentence opens with ("Their view was
    echoed by Cllr Sue Penhale, who ..."): who did what the sentence tells, when no known person
    opens it, no person's noun comes before the passive ("The councillor was heckled by"), no
    appositive but a "who" clause follows the agent, and no he or she after the agent brings
    another person in."""
    tables = ctx.config.names
    for n in range(1, min(len(toks), 16) - 2):
        tok = toks[n]
        if not tok.is_word or tok.low in PRONOUNS or tok.low in ctx.config.speech_verbs:
            return None  # a clause of its own before the passive
        if tables.people_noun(strip_possessive(tok.low)):
            return None  # "The councillor was heckled by Tom Reed": the councillor is the one it tells
        if tok.low in _BE_FORMS and toks[n + 1].low.endswith("ed") and toks[n + 2].low == "by":
            if n + 3 >= len(toks) or any(t.low in GENDERED_PRONOUNS for t in toks[n + 3 :]):
                return None  # "visited by Ida Coyle, who she has known": another she in play
            k = _name_end(toks, n + 3, tables)
            if k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].low != "who":
                return None  # "welcomed by Tom Reed, the mayor's deputy": an appositive tells who he is
            return _opening_subject(ctx, toks[n + 3].start, end, gender)
    return None


def _said_at_the_end(ctx: ArticleContext, toks: list[Token], gender: str) -> str | None:
    """The person a sentence's closing ", said X." names ("Exports will reach a record this
    year, said Deputy Minister Hamidah Yusof."): its subject, put last; None when the name does
    not end the sentence or the article gives that person the other gender."""
    for n in range(len(toks) - 2, 0, -1):
        if toks[n].text in (".", ";", "!", "?") and n < len(toks) - 1:
            return None  # only the sentence's own last clause
        if toks[n - 1].text != "," or toks[n].low not in ctx.config.speech_verbs:
            continue
        got = np_after(ctx.text, toks, n + 1, tables=ctx.config.names)
        if got is None or got[1].kind != "person" or (got[0] < len(toks) and toks[got[0]].text not in (".", "!")):
            return None
        name = ctx.names.resolve(got[1].text)
        return name if ctx.names.gender_of(name) in (None, gender) else None
    return None


#: The verbs after which a fronted phrase puts the subject ("Among them was Ida Marsh").
_INVERTED_BE = frozenset({"was", "is", "were"})
#: Forms of "be" before a passive's participle ("was echoed by").
_BE_FORMS = _INVERTED_BE | {"are", "been"}


def _ends_inversion(ctx: ArticleContext, tok: Token) -> bool:
    """Whether ``tok``, between a fronted phrase's first word and its "was", shows a subject
    of its own there, so the name after "was" is no inverted subject: punctuation, a pronoun, a
    speech verb or "that" ("In his letter, he wrote that the man responsible was Tomas Brandt")."""
    return not tok.is_word or tok.low in PRONOUNS or tok.low in ctx.config.speech_verbs or tok.low == "that"


def _subject_of(ctx: ArticleContext, sent: tuple[int, int], gender: str | None) -> str | None:
    """:func:`_sentence_subject` of the sentence ``sent``, read within its first WINDOW characters."""
    hi = min(sent[1], sent[0] + WINDOW)
    return _sentence_subject(ctx, sent[0], hi, gender, ctx.tokens_outside(sent[0], hi))


def _fronted_time(toks: list[Token]) -> int:
    """The index after a short time phrase that opens ``toks`` without a comma before the
    subject ("On Tuesday", "Last week", "Early on Monday"), or 0."""
    k = 0
    while k < min(len(toks), 3) and (toks[k].low in PREPOSITIONS or toks[k].low in TIME_OPENERS):
        k += 1
    if k == 0 or k >= len(toks) or not (toks[k].low in WEEKDAYS_MONTHS or toks[k].low in TIME_NOUNS):
        return 0
    return k + 1 if k + 1 < len(toks) else 0


def _new_subject_since(
    ctx: ArticleContext,
    after: int,
    sent_s: int,
    gender: str | None,
    name: str,
    skip: frozenset[str],
    *,
    unknown: bool = False,
) -> bool:
    """Whether one of the few sentences between ``after`` (a quote's end) and ``sent_s`` (a
    pronoun's sentence) opens with a person other than ``name`` whom the article shows to be of
    the pronoun's gender: the one it more likely stands for; not one in ``skip``, who spoke to
    the pronoun ('"...," Quillon tells her. "...," she says').  When ``name``'s own gender is
    ``unknown``, a person of unknown gender there who is named as a speaker in the article
    counts too (not a body or a place opening a sentence): nearer, and no less likely."""
    for sent in _sentences_since(ctx, after, sent_s):
        subject = _subject_of(ctx, sent, gender)
        if subject is None or subject == name or subject in skip:
            continue
        his = ctx.names.gender_of(subject)
        if his == gender or (unknown and his is None and subject in ctx.named_speakers):
            return True
    return False


def _sentences_since(
    ctx: ArticleContext, after: int, sent_s: int, count: int = _THREAD_SENTENCES
) -> Iterator[tuple[int, int]]:
    """The few sentences (``count``) before the one at ``sent_s``, nearest first, that start at
    or after ``after`` (a quote's end, a paragraph's start)."""
    pos = sent_s
    for _ in range(count):
        sent = _sentence_before(ctx, pos)
        if sent is None or sent[0] < after:
            return
        pos = sent[0]
        yield sent


#: Words before the subject that opens a sentence ("And even Lund tried ...").
_THREAD_OPENERS = _SENTENCE_CONJUNCTIONS | {"even", "also"}


def _named_subject_at(ctx: ArticleContext, toks: list[Token], k: int, name: str, gender: str) -> bool:
    """Whether ``toks[k]`` is a one-word name other than ``name`` (a word the article capitalizes
    mid-sentence too), not known to be of the other gender, that a verb in lower case follows
    ("Lund tried"; not "Invoices arrived"): a sentence's named subject."""
    if k + 1 >= len(toks) or not toks[k].is_cap or not toks[k + 1].is_word or toks[k + 1].is_cap:
        return False
    if toks[k].text not in ctx.names.proper_words:
        return False
    low, tables = toks[k].low, ctx.config.names
    if low in tables.not_names or low in PREPOSITIONS or low in TITLE_DETERMINERS or low in PRONOUNS:
        return False
    opener = ctx.names.resolve(toks[k].text)
    return opener != name and ctx.names.gender_of(opener) in (None, gender)


def _introduced_since(ctx: ArticleContext, after: int, sent_s: int, gender: str | None, name: str) -> str | None:
    """The person of ``gender`` other than ``name`` whom one of the few sentences between
    ``after`` (a quote's end) and ``sent_s`` (a pronoun's sentence) brings in, named in full
    there for the first time, when that sentence refers to nobody else by a pronoun of that
    gender ("The jury also heard from Janet Okafor, who was his assistant."): the person a
    "she" after it more likely stands for than a woman quoted before it, through sentences that
    name nobody new ("She had filled the cold room."); None when there is no such person or
    two."""
    if gender not in ("m", "f"):
        return None
    through = False  # read back through a sentence that goes on about somebody ("She had ...")
    for sent in _sentences_since(ctx, after, sent_s):
        hi = min(sent[1], sent[0] + WINDOW)
        people = _people_in(ctx, sent[0], hi)
        toks = ctx.tokens_outside(sent[0], hi)
        pronoun = any(GENDERED_PRONOUNS.get(tok.low) == gender for tok in toks)
        gendered = [person for person in people if ctx.names.gender_of(person) is not None]
        new = {
            person
            for person in (gendered[:1] if through else people)
            if person != name
            and ctx.names.gender_of(person) == gender
            and any(sent[0] <= site[0] < sent[1] for site in ctx.names.sites_of(person)[:1])
        }
        if new and pronoun and not _own_relative_pronoun(ctx, toks, new, gender):
            return None  # "She met Ida Lund": the "she" goes on about somebody else
        if new:
            return new.pop() if len(new) == 1 else None
        k = next((n for n, tok in enumerate(toks) if tok.low not in _THREAD_OPENERS), len(toks))
        if _named_subject_at(ctx, toks, k, name, gender):
            return None  # "And even Lund tried to help, adding that he would keep quiet": the thread is Lund's
        # a sentence that names nobody new ("Her husband had taken the van."): read on, back, where
        # only the first person of a known gender named may be new ("Lund said the paper's Ida
        # Marsh had ...": not her; "In Kestrelmoor, baker Ida Marsh said": her)
        through = through or pronoun
    return None


def _own_relative_pronoun(ctx: ArticleContext, toks: Sequence[Token], new: set[str], gender: str) -> bool:
    """Whether every pronoun of ``gender`` in a sentence (``toks``) that brings in one new person
    (``new``) stands in a relative clause after that person's name ("sits Ida Lund, 61, who
    has cracked nuts by hand since she was a girl"): then the pronouns are hers."""
    if len(new) != 1:
        return False
    site = ctx.names.sites_of(next(iter(new)))[:1]
    who = WHO_AFTER_NAME_RE.match(ctx.text, site[0][1], site[0][1] + 20) if site else None
    return who is not None and all(tok.start > who.end() for tok in toks if GENDERED_PRONOUNS.get(tok.low) == gender)


def _people_in(ctx: ArticleContext, start: int, end: int) -> list[str]:
    """Who ``text[start:end]`` may name, outside quotes: the people the article names in full, and
    any capitalized run that opens a piece of it ("Brandt admitted ...": somebody, known or not)."""
    return [
        name
        for name, before in (
            (ctx.names.resolve(" ".join(run)), before) for run, before, _ in _name_runs(ctx, start, end)
        )
        if (before is None or name in ctx.names.full_names) and not _team_name(ctx, name, before)
    ]


def _team_name(ctx: ArticleContext, name: str, before: Token | None) -> bool:
    """Whether a name run after "the" is nobody's name ("who captains the Harrier Cyclones")."""
    return before is not None and before.low == "the" and not _a_person(ctx, name)


def _opening_word(toks: list[Token]) -> Token | None:
    """The first word of a sentence's tokens past a conjunction that may open it ("But she ...")."""
    words = (tok for tok in toks if tok.is_word)
    first = next(words, None)
    if first is not None and first.low in _SENTENCE_CONJUNCTIONS:
        return next(words, None)
    return first


def _owned_by_pronoun(toks: list[Token], gender: str | None, name: str) -> bool:
    """Whether a sentence's tokens open with a possessive of ``gender`` and its noun, with
    ``name`` right after ("Her colleague Park Joon-seo", "His successor, Ida Lund,"), not as a
    subject further on ("His neighbours call it a stunt, but engineer Dace Morrow insists")."""
    first = _opening_word(toks)
    if first is None or GENDERED_PRONOUNS.get(first.low) != gender:
        return False
    at = next(n for n, tok in enumerate(toks) if tok is first)
    return bool({tok.text for tok in toks[at + 2 : at + 4] if tok.is_cap} & set(name.split()))


def _opens_with_pronoun(toks: list[Token], gender: str, anywhere: bool = False) -> bool:
    """Whether a sentence's tokens (outside its quotes) open, after a conjunction or a fronted phrase
    ending in a comma, with a subject pronoun of ``gender`` ("When asked, she defended it")."""
    first = _opening_word(toks)
    if first is not None and first.low in ("he", "she"):
        return GENDERED_PRONOUNS[first.low] == gender
    # "When asked about the merger, she ..."; with ``anywhere``, past more fronted phrases too
    # ("Asked by X, for the defence, whether ..., she paused")
    commas = [n for n in range(min(len(toks) - 1, 24 if anywhere else 12)) if toks[n].text == ","]
    for n in commas if anywhere else commas[:1]:
        if toks[n + 1].low in ("he", "she"):
            return GENDERED_PRONOUNS[toks[n + 1].low] == gender
    return False


#: Any addressing verb as a word, to skip sentences without one cheaply.
_ADDRESSING = regex.compile(r"(?i)\b(?:" + "|".join(sorted(ADDRESSING_VERBS)) + r")\b")


def _spoken_to(
    ctx: ArticleContext, start: int, end: int, gender: str, *, reply: bool = False, answer: bool = False
) -> tuple[str | None, dict[int, str]]:
    """Who ``text[start:end]`` shows being spoken to, read in one pass, for a pronoun of ``gender``
    that replies next: the person spoken to by somebody of the other gender ("Reyes told Voss
    ...", "Dahl asked the mayor ..."), whom the pronoun stands for (the speaker's gender must be
    known to differ, the one spoken to's may not; but with ``answer`` (the pronoun's quote
    opens a new paragraph or replies), the one asked a question, "asked Dahl whether ...",
    answers whatever the asker's gender); else, by where they stand, the subjects that
    speak to a pronoun of ``gender`` ("The minister told her ...", "he asked her why"), whom
    it does not. With ``reply`` (the pronoun's verb answers: "replied"), a speaker of unknown
    gender will do when the one spoken to is known to be of the pronoun's gender."""
    tellers: dict[int, str] = {}
    if _ADDRESSING.search(ctx.text, start, end) is None:
        return None, tellers  # no "told"/"asked" there: nobody shown spoken to (read before any token is made)
    tables = ctx.config.names
    names = ctx.names
    for a, b in ctx.outside_quotes(start, end):
        toks = tokenize(ctx.text, a, b)
        for k in range(1, len(toks) - 1):
            if toks[k].low not in ADDRESSING_VERBS:
                continue
            subject = np_before(ctx.text, toks, k - 1, tables=tables)
            if subject is None:
                continue
            if toks[k + 1].low in ("her", "him"):
                if GENDERED_PRONOUNS[toks[k + 1].low] == gender:
                    tellers[subject[1].start] = subject[1].text
                continue
            heard = np_after(ctx.text, toks, k + 1, tables=tables, complete=False)
            if heard is None:
                continue
            said_by, to = subject[1], heard[1]
            if said_by.kind == "pronoun":
                said_gender = said_by.gender
            elif said_by.kind == "person":
                said_gender = said_by.gender or names.gender_of(said_by.text)
            else:
                continue
            # "Conroy asked Sanders whether ... "...," he said": the one asked answers, whatever
            # the asker's gender
            asked = (
                answer and toks[k].low in ASK_VERBS and heard[0] < len(toks) and toks[heard[0]].low in QUESTION_WORDS
            )
            # a reply ('"...," she replied') answers the one spoken to when only that one's gender is known
            unknown = reply and said_gender is None
            if not asked and not unknown and (said_gender not in ("m", "f") or said_gender == gender):
                continue
            if to.kind == "person":
                name = names.by_gender(names.resolve(to.text), gender)  # Hatice Yildiz, not her husband
            elif to.kind == "description" and to.text.lower().startswith("the "):
                holders = names.holders_of((to.role or "").lower(), tables.qualifiers_in(to.text))
                name = holders[0] if len(holders) == 1 else ""
            else:
                continue
            heard_gender = to.gender or names.gender_of(name)
            if name and (heard_gender == gender or (heard_gender is None and not unknown)):
                return name, {}
    return None, tellers


def _asked_person(ctx: ArticleContext, toks: Sequence[Token], gender: str | None) -> str | None:
    """The person a sentence's subject asks something ("Rep. Ida Marsh asked Richard whether
    any deaths were recorded"): the name right after "asked" or "pressed" (not "questioned",
    which may dispute a thing), a person the article names, of
    ``gender`` or of none known, before a word that opens the question (:data:`_ASKED_OPENERS`);
    whom a "she said" after it answers for. None when no such asking stands there."""
    for k, tok in enumerate(toks[:-2]):
        if tok.low not in _ASKING_VERBS or not toks[k + 1].is_cap or k == 0:
            continue
        end = k + 1
        while end < len(toks) and toks[end].is_cap and end - k <= 3:
            end += 1
        if end >= len(toks) or toks[end].low not in _ASKED_OPENERS:
            continue
        name = ctx.names.resolve(" ".join(t.text for t in toks[k + 1 : end]))
        if not (ctx.names.names_in_full(name) or name in ctx.names.mononyms):
            continue
        if any(a.low == "and" and _asker_goes_on(b) for a, b in itertools.pairwise(toks[end:])):
            return None  # "Dahl asked Lund whether it would open and got no answer": Dahl goes on
        if ctx.names.gender_of(name) in (None, gender):
            return name
    return None


def _subject_asks(toks: Sequence[Token], subject: str) -> bool:
    """Whether ``subject``'s last word is followed, within two words, by an asking verb
    (:data:`_ASKING_VERBS`: "Batiste asked why", "Lund then pressed") in the active voice."""
    last = subject.split()[-1]
    for k, tok in enumerate(toks):
        if tok.text == last:
            near = toks[k + 1 : k + 3]
            verb = next((n for n, t in enumerate(near) if t.low in _ASKING_VERBS), None)
            # not "Blumenthal was asked": the one asked
            if verb is None or any(t.low in _PASSIVE_BE for t in near[:verb]):
                return False
            after = toks[k + 2 + verb] if k + 2 + verb < len(toks) else None
            # a question put ("asked why", "asked Dahl whether", "asked her"), not "asked for patience"
            return after is not None and (after.low in _ASKED_OPENERS or after.is_cap or after.low in _ASKED_OBJECTS)
    return False


#: Objects of an asking verb that put a question to somebody ("asked him", "asked the minister").
_ASKED_OBJECTS = frozenset({"him", "her", "them", "the", "a", "an"})
#: Forms of "be" (and "get") that make the asking verb after them passive ("was asked").
_PASSIVE_BE = frozenset({"was", "were", "is", "are", "been", "being", "be", "got", "gets", "get"})


def _asker_goes_on(tok: Token) -> bool:
    """Whether ``tok``, after "and", is a verb that goes on with what the asker did ("and got
    no answer", "and waited", "and then left"): a past form or :data:`_ASKER_VERBS`."""
    return tok.is_word and not tok.is_cap and (tok.low.endswith("ed") or tok.low in _ASKER_VERBS)


#: Verbs without the "-ed" of a past form that go on with an asker's doings after "and".
_ASKER_VERBS = frozenset({"got", "gets", "heard", "hears", "left", "leaves", "said", "says", "then", "was", "went"})
#: Verbs by which somebody puts a question to a person named after them.
_ASKING_VERBS = frozenset({"asked", "pressed"})
#: Words that open the question a person was asked ("asked Richard whether", "asked Lund why");
#: not "to" nor "about", a request or a complaint the asker goes on with ("asked her to resign").
_ASKED_OPENERS = frozenset({"whether", "if", "why", "how", "what", "when", "where", "who"})
#: Marks a quote's text may end with after its last word or question mark.
_CLOSING_PUNCTUATION = " \t\n\"'”’»«“‘,."


def _asked_by(ctx: ArticleContext, j: int, name: str) -> bool:
    """Whether quote ``j`` (if any) is the named ``name``'s: its decision's mention, by name."""
    d = ctx.decisions[j] if j >= 0 else None
    if d is None or d.mention is None or d.mention.named.kind != "person":
        return False
    return ctx.names.resolve(d.mention.named.text) == name


def _vocative_reply(ctx: ArticleContext, i: int, gender: str, resolved: list[_Resolved | None]) -> str | None:
    """The person the quote before quote ``i`` ends by addressing ('"Did you read the accounts,
    Mr Quillon?" Ms Varga asked'), whom a pronoun of ``gender`` speaking next stands for: the
    speaker of that quote must be a known person, of the other gender unless the pronoun's verb
    replies (``REPLY_VERBS``); the one addressed a known person of ``gender`` or of no known
    gender."""
    before, said_by = ctx.quotes[i - 1], _resolve_late(ctx, i - 1, resolved, ("person", "description"))
    if said_by is None or said_by.kind != "person":
        return None
    asker = ctx.names.gender_of(said_by.name)
    if not _replies(ctx, i) and (asker not in ("m", "f") or asker == gender):
        return None
    m = _VOCATIVE.search(before.text[-_VOCATIVE_CHARS:])
    if m is None:
        return None
    honorific = ctx.config.names.honorifics.get((m.group(1) or "").lower())
    if honorific not in (None, gender):
        return None
    name = ctx.names.resolve(m.group(2))
    if not ctx.names.names_in_full(name) or ctx.names.gender_of(name) not in (None, gender):
        return None
    name = ctx.names.by_gender(name, gender)
    return name if name != said_by.name else None


def _cue_verb(ctx: ArticleContext, i: int) -> str:
    """The first word of quote ``i``'s cue, lower case ("added"), or "" when it has none."""
    own = ctx.decisions[i]
    return ctx.text[own.cue[0][0] : own.cue[0][1]].lower() if own is not None and own.cue else ""


def _replies(ctx: ArticleContext, i: int) -> bool:
    """Whether the cue of quote ``i`` answers what was said before (``REPLY_VERBS``: "replied",
    "shot back")."""
    return _cue_verb(ctx, i) in REPLY_VERBS


def _body_in_sentence(ctx: ArticleContext, i: int, resolved: list[_Resolved | None]) -> _Resolved | None:
    """The body an "it" of a relative clause stands for when the quote before, in the same
    sentence, is that body's words ('The estate said it had offered "a venue on its lake", which
    it described as "..."'): its speaker, resolved to an organization; not after a written thing
    between them ("in a report which it called"), nor an "it" outside such a clause ('and it
    warns that "..."': maybe the report)."""
    if i == 0 or ctx.doc.sentence_at(ctx.quotes[i - 1].start) != ctx.doc.sentence_at(ctx.quotes[i].start):
        return None
    d = ctx.decisions[i]
    at = d.mention.named.start if d is not None and d.mention is not None else ctx.quotes[i].start
    toks = ctx.tokens_outside(max(ctx.quotes[i - 1].end, at - WINDOW), at)
    if not toks or toks[-1].low not in ("which", "what"):
        return None  # 'called the report "alarming", and it warns': the report, perhaps
    if any(ctx.config.names.written(tok.low) for tok in toks):
        return None  # '..., in a report which it called "..."': the report's
    res = _resolve_late(ctx, i - 1, resolved, ("organization", "description", "person"))
    return attrs.evolve(res, factor=min(res.factor, 0.85)) if res is not None and res.kind == "organization" else None


def _resolve_late(
    ctx: ArticleContext, k: int, resolved: list[_Resolved | None], kinds: tuple[str, ...]
) -> _Resolved | None:
    """The speaker of quote ``k`` as resolved so far; when not yet, and its decision names one
    of ``kinds`` itself (not inherited), resolved now and kept: named speakers are resolved
    after pronouns, each when first needed."""
    d = ctx.decisions[k]
    named = d.mention.named if d is not None and d.mention is not None and d.inherited is None else None
    if resolved[k] is None and named is not None and named.kind in kinds:
        resolved[k] = _resolve_named(ctx, k, named, resolved)  # the pronouns before it resolved already
    return resolved[k]


def _turn_back(ctx: ArticleContext, i: int, gender: str, resolved: list[_Resolved | None]) -> str | None:
    """The one a pronoun of ``gender`` that answers (``REPLY_VERBS``: '"...," she shot back')
    stands for after an exchange of two: the speaker of the quote before last, when that quote
    and the one just before are two different people named as their speakers, in the pronoun's
    paragraph or the two before, neither known to be of the other gender."""
    if i < 2 or not _replies(ctx, i):
        return None
    para = ctx.doc.paragraph_index(ctx.quotes[i].start)
    names: list[str] = []
    for k in (i - 1, i - 2):
        d = ctx.decisions[k]
        if d is None or d.mention is None or d.inherited is not None or d.mention.named.kind != "person":
            return None
        if para - ctx.doc.paragraph_index(ctx.quotes[k].start) > 2:
            return None
        r = _resolve_late(ctx, k, resolved, ("person",))
        if r is None or r.kind != "person" or ctx.names.gender_of(r.name) not in (None, gender):
            return None
        names.append(r.name)
    return names[1] if names[0] != names[1] else None


#: A quote that ends by addressing somebody: ", Mr Quillon?" (an honorific, then a name).
_VOCATIVE = regex.compile(
    r",\s+(?:(\p{Lu}\p{Ll}{1,3}\.?)\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s*[?!.]?\s*$"
)
#: How many characters at a quote's end :data:`_VOCATIVE` reads.
_VOCATIVE_CHARS = 60


def _opens_with_description(ctx: ArticleContext, start: int, end: int, new_only: bool = False) -> bool:
    """Whether the sentence ``text[start:end]`` opens with a description of a person, definite
    ("But the former president showed restraint.", "Her neighbour, who ...") or bringing
    somebody in ("One nurse said ..."; with ``new_only``, only such a one), after a short fronted
    phrase or a fronted question if need be (:func:`_past_fronted`): a role noun among its first
    words, or ", who" after them ("A fish seller nearby, who ..."; after a possessive, only ",
    who" with no name before it, or an appositive that describes and does not name: "Her husband,
    a tractor driver,"); not a capitalized title nor a role after a preposition ("A
    photograph of Mayor Ida Marsh"). Its subject, whom a pronoun or a description after it may
    stand for, is not a speaker quoted before it."""
    tables = ctx.config.names
    toks = tokenize(ctx.text, start, min(end, start + 80))
    k = _past_fronted(ctx, toks)
    definite = k < len(toks) and (toks[k].low == "the" or toks[k].low in POSSESSIVE_DETERMINERS)
    if k >= len(toks) or not (definite or toks[k].low in INDEFINITE_DETERMINERS):
        return False  # "the former president", "Her neighbour", or somebody new: "One nurse said ..."
    if new_only and toks[k].low not in INDEFINITE_DETERMINERS:
        return False
    owned = toks[k].low in POSSESSIVE_DETERMINERS  # "Her neighbour, who ...", not "Her husband, Bongani,"
    for n in range(k + 1, min(len(toks), k + _HEAD_WORDS + 2)):
        tok = toks[n]
        if tok.text == "," and n + 1 < len(toks) and toks[n + 1].low == "who":
            return n > k + 1  # "A tomato seller nearby, who ...": "who" tells a person, whatever the noun
        if owned and tok.text == "," and n + 1 < len(toks) and toks[n + 1].low in ("a", "an"):
            return any(tables.person_role(t.low) for t in toks[k + 1 : n])  # "Her husband, a tractor driver,"
        if not tok.is_word or (n > k + 1 and tok.low in PREPOSITIONS) or (owned and tok.is_cap):
            return False  # "A photograph of Mayor Ida Marsh ...": a thing; "Her colleague Park Ji-ho, who"
        if n <= k + _HEAD_WORDS and tables.person_role(tok.low) and not owned:
            return not tok.is_cap  # not a title before a name
    return False


def _kin_opening(ctx: ArticleContext, start: int, gender: str | None) -> bool:
    """Whether the sentence at ``start`` opens with a possessive and a kinship word both of the
    pronoun's ``gender``, then a speech verb ("His father said he would wait until June."): the "he"
    after it may be the father or the one "his" is, and the words do not say which ("His wife
    was more cautious. "...," she said" is hers)."""
    found = KIN_AFTER_POSSESSIVE_RE.match(ctx.text, start, start + _KIN_OPENING_CHARS) if gender in ("m", "f") else None
    if found is None or GENDERED_PRONOUNS.get(found.group(1).lower()) != gender:
        return False
    if gender_of_words([found.group(2).lower()]) != gender:
        return False
    verb = _NEXT_WORD_RE.match(ctx.text, found.end(), found.end() + _KIN_OPENING_CHARS)
    return verb is not None and verb.group(1) in ctx.config.speech_verbs  # not "His father ran the mill"


def _talks_of(ctx: ArticleContext, i: int, gender: str | None) -> bool:
    """Whether quote ``i`` speaks of somebody of ``gender`` in the third person ("I still talk
    to her", "She never took a day off"): somebody other than its speaker, whom a sentence
    before it may be about."""
    words = _THIRD_PERSON.get(gender or "")
    return words is not None and any(w in words for w in _WORD_RE.findall(ctx.quotes[i].text.lower()))


#: The third-person pronouns of each gender a quote may speak of somebody by.
_THIRD_PERSON = {"f": frozenset({"she", "her", "hers", "herself"}), "m": frozenset({"he", "him", "his", "himself"})}
_WORD_RE = regex.compile(r"\p{L}+")
#: Roles whose holders speak for somebody else, the "her" of "Her lawyer, Kim Sato, said ...": a
#: "she said" after such a sentence may be either of them.
_AGENT_ROLES = frozenset(
    {"lawyer", "lawyers", "attorney", "counsel", "solicitor", "barrister", "spokesman", "spokeswoman",
     "spokesperson", "agent", "representative"}
)  # fmt: skip


def _kin_subject(ctx: ArticleContext, start: int, gender: str | None, owner: str | None) -> bool:
    """Whether the sentence at ``start`` opens with a possessive of the ``owner`` gender of the
    one quoted before and a kinship word of the pronoun's ``gender`` ("Her mother, standing
    beside her, held up a photograph." after Kalani's quote): a relative of that speaker, whom
    a "she" after it may be, and not that speaker ("His daughter laughed." after Nesta's
    quote may be Nesta)."""
    found = KIN_AFTER_POSSESSIVE_RE.match(ctx.text, start, start + _KIN_OPENING_CHARS) if gender in ("m", "f") else None
    if found is None or owner is None or GENDERED_PRONOUNS.get(found.group(1).lower()) != owner:
        return False
    return gender_of_words([found.group(2).lower()]) == gender


#: How far past a sentence's first characters :func:`_kin_opening` reads, for its kin and its verb.
_KIN_OPENING_CHARS = 30
#: The lower-case word right after a space ("said" in "His father said").
_NEXT_WORD_RE = regex.compile(r"[ \t]+(\p{Ll}+)\b")


def _aged_opening(ctx: ArticleContext, i: int, start: int, end: int, gender: str | None) -> str | None:
    """The person an age description that is the subject of the sentence ``text[start:end]``
    stands for, past a fronted question if need be ("Asked what she will do on Friday, the
    79-year-old does not hesitate."), as :func:`_resolve_description` resolves it, when that
    person is not known to be of the other gender than ``gender``."""
    toks = ctx.tokens_outside(start, min(end, start + WINDOW))
    k = _past_fronted(ctx, toks)
    if k >= len(toks) or toks[k].low != "the":
        return None
    got = np_after(ctx.text, toks, k, tables=ctx.config.names, complete=False)
    if got is None or got[1].kind != "description" or got[1].role != AGE_ROLE:
        return None
    res = _resolve_description(ctx, i, got[1])
    if res.kind != "person" or ctx.names.gender_of(res.name) not in (None, gender):
        return None
    return res.name


def _past_fronted(ctx: ArticleContext, toks: list[Token]) -> int:
    """Where the subject of the sentence ``toks`` opens: past "But", past a fronted adverb
    ("Instead, the businessman"), past a short fronted phrase before somebody brought in
    ("Reached by phone, one seafarer") and past a fronted question before a description
    ("Asked what he would take with him, the abbot smiled")."""
    k = 1 if toks and toks[0].low in ("but", "and", "yet", "still") else 0
    if len(toks) > k + 1 and toks[k].low in ctx.config.names.not_names and toks[k + 1].text == ",":
        return k + 2  # "Instead, the businessman ..."
    if (
        k < len(toks)
        and toks[k].low != "the"
        and toks[k].low not in INDEFINITE_DETERMINERS
        and toks[k].low not in POSSESSIVE_DETERMINERS  # "Her husband, a trucker, ...": its appositive
        and not _a_name(ctx, toks[k])
    ):
        reach = _FRONTED_QUESTION_WORDS if fronted_question(toks, k) else _FRONTED_WORDS
        comma = next((n for n in range(k + 1, min(len(toks), k + reach)) if toks[n].text == ","), -1)
        opener = toks[comma + 1].low if 0 < comma < len(toks) - 1 else ""
        if opener in INDEFINITE_DETERMINERS or (opener == "the" and reach == _FRONTED_QUESTION_WORDS):
            return comma + 1
    return k


def _opening_description(ctx: ArticleContext, start: int, end: int, gender: str | None) -> Mention | None:
    """The definite description of a person that is the subject of the sentence
    ``text[start:end]`` (:func:`_past_fronted`), its role not of the other gender than
    ``gender`` ("Asked what he would take, the abbot smiled."), and not an age nor a word for
    where the person is from, which stand for somebody met already ("The 52-year-old said")."""
    found = _opening_person(ctx, start, end, gender, ("the",), complete=False)
    described = found[1][1] if found is not None else None
    if described is None or (described.role or "").lower() in (AGE_ROLE, NATIVE_ROLE):
        return None  # "The 52-year-old", "the Dutchman": somebody met already, whoever it is
    return described


def _opening_person(
    ctx: ArticleContext, start: int, end: int, gender: str | None, articles: tuple[str, ...], complete: bool
) -> tuple[list[Token], tuple[int, Mention]] | None:
    """The description of a person that opens the sentence ``text[start:end]`` past a fronted
    phrase (:func:`_past_fronted`) with one of ``articles`` ("the", or "a" and "an"), read as
    :func:`np_after` reads it (with its of-phrase when ``complete``), its role a person's and
    not of the other gender than ``gender``: the tokens of the sentence's first 80 characters
    and the phrase; else None."""
    tables = ctx.config.names
    toks = tokenize(ctx.text, start, min(end, start + 80))
    k = _past_fronted(ctx, toks)
    if k >= len(toks) or toks[k].low not in articles:
        return None
    got = np_after(ctx.text, toks, k, tables=tables, complete=complete)
    role = (got[1].role or "").lower() if got is not None else ""
    if got is None or got[1].kind != "description" or not tables.person_role(role):
        return None
    return (toks, got) if gender_of_words((role,)) in (None, gender) else None


def _indefinite_opening(ctx: ArticleContext, start: int, end: int, gender: str | None) -> str | None:
    """The description that brings a person in as the subject of the sentence ``text[start:end]``
    with "a" or "an" (:func:`_past_fronted`; "Outside the court, a fisherman who asked not to be
    named said", "A woman in the crowd shouted"), as written with its of-phrase or its placing
    phrase (:func:`_placing_end`) and without an acronym in brackets, its role a person's and
    not of the other gender than ``gender``; only when that sentence reports speech, brings in
    nobody by "him", "her" or "them", and the sentence before it in its paragraph names nobody
    the pronoun may stand for; else None."""
    found = _opening_person(ctx, start, end, gender, ("a", "an"), complete=True)
    if found is None:
        return None
    toks, got = found
    sentence = ctx.tokens_outside(start, min(end, start + WINDOW))
    if not any(t.low in ctx.config.speech_verbs for t in sentence) or any(t.low in _OBJECTS for t in sentence):
        return None  # "A man in the crowd threw an egg at him": the one the pronoun stands for is another
    before = _sentence_before(ctx, start)
    if before is not None and ctx.doc.paragraph_index(before[0]) == ctx.doc.paragraph_index(start):
        people = set(_people_in(ctx, before[0], min(before[1], before[0] + WINDOW))) - ctx.names.places
        if any(ctx.names.gender_of(name) in (None, gender) for name in people):
            return None  # "Mayor Ida Marsh opened the meeting. A woman in the crowd shouted ...": either
    return ctx.text[got[1].start : _placing_end(ctx, toks, got[0], got[1].end)].split(" (")[0]


#: Object pronouns that bring another person into a sentence (:func:`_indefinite_opening`).
_OBJECTS = frozenset({"him", "her", "them"})


def _placing_end(ctx: ArticleContext, toks: Sequence[Token], j: int, end: int) -> int:
    """Where a description ending at ``end`` (before ``toks[j]``) ends with the placing adverb
    or phrase after it ("A fish seller nearby", "A woman in the crowd shouted"): up to a word
    in "-ed", a verb of saying, a relative pronoun or a comma within :data:`_PLACING_WORDS`
    words after a placing preposition; ``end`` when there is none."""
    if j < len(toks) and toks[j].low in PLACING_ADVERBS:
        return toks[j].end  # "A fish seller nearby"
    if j >= len(toks) or toks[j].low not in PLACING_PREPOSITIONS:
        return end
    for k in range(j + 1, min(len(toks), j + 1 + _PLACING_WORDS)):
        tok = toks[k]
        low = tok.low
        if tok.text == "," or low in ("who", "that", "whose") or low in ctx.config.speech_verbs or low.endswith("ed"):
            return toks[k - 1].end if k > j + 1 else end
    return end


#: How many words the placing phrase of :func:`_placing_end` may hold.
_PLACING_WORDS = 6


def _titled_opening(ctx: ArticleContext, start: int, opening: Mention | None, gender: str | None) -> str | None:
    """The person ``opening``, the definite description that opens the sentence at ``start``
    (:func:`_opening_description`), stands for by the title the article gives one person ("The
    chief said ..." after "Chief Ysolde Venn-Darrow"), when that person is not known to be of
    the other gender than ``gender`` ("m" or "f"), the text right before names that person and,
    after that person, nobody else in full who may be of ``gender``, and no capitalized word but a
    non-name ("Saturday") stands in the sentences after the one naming that person (another
    body, a place); else None."""
    role = (opening.role or "").lower() if opening is not None else ""
    if opening is None or not role:
        return None
    words = opening.text.lower().split()
    tables = ctx.config.names
    if (
        words[0] != "the"
        or words[-1] != role
        or not all(w in tables.role_qualifiers or tables.demonym(w) for w in words[1:-1])
    ):
        return None  # "The new minister", "the fire chief": maybe somebody else; "the former Mexican president" is one
    holders = ctx.names.holders_of(role, tables.qualifiers_in(opening.text))
    if len(holders) != 1 or ctx.names.gender_of(holders[0]) not in (None, gender):
        return None
    lo = max(0, start - WINDOW)
    toks = ctx.tokens_outside(lo, opening.start)
    last = max((n for n, tok in enumerate(toks) if tok.text in holders[0].split()), default=-1)
    if last < 0:
        return None
    # somebody named in full after the holder, of the pronoun's gender or of none known: "news
    # anchor Ilia Calderon reacted ... The journalist expressed ...", not another journalist (one
    # named before the holder is no bar, nor a man named since for "she")
    people = _people_in(ctx, toks[last].end, start)
    if any(n != holders[0] and n in ctx.names.full_names and ctx.names.gender_of(n) in (None, gender) for n in people):
        return None
    after = ctx.doc.sentence_at(toks[last].start)[1]  # the sentences after the one that names the holder
    since = [tok for tok in toks[last + 1 :] if tok.start >= after and tok.is_cap]
    if any(not opens_a_sentence(ctx.text, tok.start) and tok.low not in tables.not_names for tok in since):
        return None  # "Down the coast, the Harlow band has its own worries. The chief there said": theirs
    return holders[0]


#: How many words a fronted phrase before a description may hold ("Reached by phone at home, one ..."),
#: and a fronted question ("Asked what he would take with him, the abbot smiled").
_FRONTED_WORDS = 7
_FRONTED_QUESTION_WORDS = 20
#: How many words after its determiner a description's head may stand, and where a ", who"
#: after it may stand (:func:`_opens_with_description`).
_HEAD_WORDS = 4


def _a_name(ctx: ArticleContext, tok: Token) -> bool:
    """Whether ``tok`` is a name the article knows ("Marsh, a fish seller, nodded" opens with
    the subject, not with a fronted phrase)."""
    return tok.is_cap and ctx.names.resolve(tok.text) in ctx.names.full_names


def _opening_subject(ctx: ArticleContext, start: int, end: int, gender: str | None) -> str | None:
    """The known person whose name opens the sentence ``text[start:end]`` (its subject)."""
    if gender in ("p", "n") or end <= start:
        return None
    toks = tokenize(ctx.text, start, min(end, start + 120))
    tables = ctx.config.names
    run: list[str] = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        if (
            tok.is_word
            and (tok.is_cap or (run and tok.low in tables.name_particles) or _particle_opens(toks, k, tables))
            and not ctx.inside_quote(tok.start)
        ):
            run.append(tok.text)  # "Van der Linden", "von Harten"
            k += 1
            continue
        if (run or k == 0) and not tok.is_cap and (tok.low in tables.titles or tables.person_role(tok.low)):
            # "Harriers manager Piet Dunmore": the name after a team's or a body's title; "fisherman
            # Iain Dunlevy" after a fronted phrase
            titled = k
            while titled < len(toks) and toks[titled].is_word and not toks[titled].is_cap:
                if not (toks[titled].low in tables.titles or tables.person_role(toks[titled].low)):
                    break  # "One pastor supporting Mr. Brandt": not a title before a name
                titled += 1
            if titled < len(toks) and toks[titled].is_cap and titled - k <= 2:
                run, k = [], titled  # "Brandt campaign spokesman Jason Tull": not Brandt
                continue
        break
    if not run or run[0].lower() in PREPOSITIONS or run[-1].lower().endswith(("'s", "’s")):
        return None  # "With Dahl's help, ...": no subject
    name = ctx.names.resolve(" ".join(run))
    if not ctx.names.names_in_full(name) and len(run) > 2 and run[0].lower() in ctx.names.lower_words:
        # "Principal Ida Marsh has taught": a word the article writes in lower case, before a
        # person of a known gender (not "THE BORROWING Back when ...")
        shorter = ctx.names.resolve(" ".join(run[1:]))
        name = shorter if ctx.names.gender_of(shorter) is not None else name
    g = ctx.names.gender_of(name)
    if ctx.names.names_in_full(name) and not (gender and g and g != gender):
        return name
    return None


def _name_end(toks: list[Token], k: int, tables: NameTables) -> int:
    """The index past the name that opens at ``toks[k]``: capitalized words, and particles that
    lead to one ("Ida Marsh", "Marieke van Asperen", "von Harten")."""
    while k < len(toks) and toks[k].is_word and (toks[k].is_cap or _particle_opens(toks, k, tables)):
        k += 1
    return k


def _particle_opens(toks: list[Token], k: int, tables: NameTables) -> bool:
    """Whether the lower-case particle ``toks[k]`` opens a surname: the particles after it, if any,
    lead to a capitalized word ("von Harten came", "van der Berg said"), not "de facto"."""
    j = k
    while j < len(toks) and toks[j].is_word and not toks[j].is_cap and toks[j].low in tables.name_particles:
        j += 1
    return k < j < len(toks) and toks[j].is_word and toks[j].is_cap


_CAPITAL = regex.compile(r"\p{Lu}")


def _name_runs(ctx: ArticleContext, start: int, end: int) -> Iterator[tuple[list[str], Token | None, Token | None]]:
    """The capitalized runs in ``text[start:end]`` outside quotes ("Never say never," he said: no
    name inside the words), with the tokens before and after each."""
    not_names = ctx.config.names.not_names
    for a, b in ctx.outside_quotes(start, end):
        if _CAPITAL.search(ctx.text, a, b) is None:
            continue  # no capital, no name
        toks = tokenize(ctx.text, a, b)
        run: list[str] = []
        before: Token | None = None
        for k, tok in enumerate(toks):
            shouting = tok.text.isupper() and len(tok.text) > 3  # a heading in capitals, not a name
            plural = k + 1 < len(toks) and toks[k + 1].low.endswith("s")
            count = not run and tok.low in COUNT_WORDS and plural  # "Three Leicas, a Nikon": nobody; not "Ten Hag"
            if tok.is_word and tok.is_cap and tok.low.rstrip(".") not in not_names and not shouting and not count:
                if not run:
                    before = toks[k - 1] if k > 0 else None
                run.append(tok.text)
                continue
            if run:
                yield run, before, tok
                run = []
        if run:
            yield run, before, None


def _addressed_after(ctx: ArticleContext, start: int, end: int) -> frozenset[str]:
    """The people ``text[start:end]`` names, outside quotes, right after a verb of telling or
    asking ("and told Brevik:"), not a possessive ("as Brevik's grandson poured")."""
    return frozenset(
        ctx.names.resolve(" ".join(run))
        for run, before, _ in _name_runs(ctx, start, end)
        if before is not None and before.low in ADDRESSING_VERBS and not is_possessive(run[-1])
    )


def _named_after(ctx: ArticleContext, start: int, end: int) -> frozenset[str]:
    """The people named later in a pronoun's sentence (``text[start:end]``, outside quotes), who
    are not what the pronoun stands for ('he continued, mocking Lund', 'he told Lund'); a speaker
    of a later quote there may be ('"...," she said, and "...," said Kunin')."""
    verbs = ctx.config.speech_verbs
    return frozenset(
        ctx.names.resolve(" ".join(run))
        for run, before, after in _name_runs(ctx, start, end)
        if not (after is not None and after.low in verbs)
        and not (
            before is not None
            and before.low in verbs
            and before.low not in ADDRESSING_VERBS
            and (after is None or not after.is_word)
        )
    )


#: A relative aside or an age after a name and the lower-case word after it ("Orrin, who trains
#: two brewers, says", "Sulastri, 52, said"): the aside holds no comma nor quote mark and is at
#: most 120 characters.
_ASIDE_VERB_RE = regex.compile(r",\s+(?:who\s[^,\"“”]{1,120}|\d{1,3}),\s+(\p{Ll}+)\b")


def _aside_verb(ctx: ArticleContext, at: int, end: int) -> str:
    """The word after a relative aside or an age that opens at the comma at ``at`` and closes
    before ``end`` ("Orrin, who trains two brewers, says ...": "says"), or ""."""
    found = _ASIDE_VERB_RE.match(ctx.text, at, end)
    return found.group(1) if found is not None else ""


def _subject_in(
    ctx: ArticleContext,
    start: int,
    end: int,
    gender: str | None,
    any_name: bool = False,
    skip: frozenset[str] = frozenset(),
) -> str | None:
    """A person named in ``text[start:end]`` who speaks there (or, with ``any_name``, the first
    named who is not after a preposition or a conjunction, nor a modifier of a role noun: not
    "Growing up in Port Alma", "between Dahl and Lund" or "Dahl campaign manager Ida Lund"),
    other than those in ``skip``."""
    if gender == "p" or end <= start:
        return None
    verbs = ctx.config.speech_verbs
    tables = ctx.config.names
    first: str | None = None
    source: str | None = None  # the one the sentence's account is according to
    for run, before, after in _name_runs(ctx, start, end):
        name = ctx.names.resolve(" ".join(run))
        # "Dahl said", not "Dahl's comments" or "Harbor state leaders"
        possessive = run[-1].lower().endswith(("'s", "’s"))
        verb = after.low if after is not None and after.is_word else ""
        # "Orrin, who trains two brewers, says ...": a person the article names, in full or by a
        # title; not "a grower near Kestrelmoor, who asked not to be named, said"
        if (
            after is not None
            and after.text == ","
            and not possessive
            and (before is None or before.low not in PREPOSITIONS)
            and (ctx.names.names_in_full(name) or name in ctx.names.titles)
        ):
            verb = _aside_verb(ctx, after.start, end)
        speaks = verb in verbs and verb not in NOUN_HOMOGRAPHS and not verb.endswith("ing")  # not "Lund claiming"
        speaks = speaks and not possessive
        is_org = ctx.relays.lookup(" ".join(run)) is not None or _outlet_first(ctx, name.split())
        g = ctx.names.gender_of(name)
        if speaks and gender in ("m", "f") and g is not None and g != gender and ctx.names.shares_surname(name):
            other = ctx.names.of_gender(name, gender)  # "Vantreese said he": the Vantreese who is a he
            name, g = (other, gender) if other is not None and len(run) == 1 else (name, g)
        as_subject = before is None or (before.low not in PREPOSITIONS and before.low not in ("and", "or", "nor"))
        # "For Stadlmayr, the question is ...": the one whose view the sentence gives; a person
        # of a known gender that fits ("For Kestrel Marine," or "For Port Alma," is no one)
        as_subject = as_subject or (
            any_name
            and before is not None
            and before.low == "for"
            and before.start == start
            and after is not None
            and after.text == ","
            and g is not None
            and gender in (None, g)
        )
        # "According to Lund, the trials worked.": the one whose account the sentence gives, when
        # nobody named after is the sentence's subject ("According to Orrin, Ida Brandt kept the minutes")
        according = (
            any_name
            and not as_subject
            and before is not None
            and before.low == "to"
            and not possessive  # not "according to Lund's lawyer"
            and ctx.text[max(start, before.start - 10) : before.start].strip().lower() == "according"
            and g in (None, gender)
        )
        if _team_name(ctx, name, before):
            continue  # "who captains the Harrier Cyclones": a team's name, nobody's
        if before is not None and before.low == "and" and after is not None and after.is_word and not after.is_cap:
            # "... on a Tuesday morning and Ida Marsh is arguing": a clause's subject after "and",
            # not the second of two names ("Tomas and Ida Marsh should")
            lead = ctx.text[max(0, before.start - 30) : before.start].split()
            as_subject = bool(lead) and lead[-1][:1].islower() and after.low not in ("and", "or", "nor")
            # "Highlands and Islands MSP Ewan McKinnon raised ...": a body's name opening the
            # sentence, then a title; not "The minister thanked Ida Marsh and Senator Tomas Brandt"
            titled = any(w.lower().rstrip(".") in tables.titles for w in run[:-1])
            body = ctx.text[start : before.start].split()
            opens = start == ctx.doc.sentence_at(start)[0] and 0 < len(body) <= 3
            as_subject = as_subject or (titled and opens and all(w[:1].isupper() for w in body))
        if after is not None and after.is_word and not after.is_cap:
            as_subject = as_subject and after.low not in tables.role_nouns and after.low not in tables.titles
            # "in one of the Navarro greenhouses", "the Dahl administration": a name as a modifier
            as_subject = as_subject and not (before is not None and before.low == "the" and not speaks)
        # the less full of two people of one surname only where a sentence's subject stands
        # ("His daughter Ruby Vantreese captains ..."), not in "with her sister, Ida Marsh"
        opens = before is None or (before.is_word and not before.is_cap and _person_noun(tables, before.low))
        if before is not None and before.text == ",":  # "His son, Ewan Vantreese, 31, has worked ..."
            lead = _lead_words(ctx, before.start)
            # a kin noun, not one after a preposition ("with her sister, Ida Marsh")
            # back to a comma: "On the radio on Tuesday, his wife, Jana," is no phrase of "on"
            near = lead[-4:-1]
            near = near[max((n + 1 for n, w in enumerate(near) if w.endswith(",")), default=0) :]
            opens = bool(lead) and lead[-1] in KINSHIP_TITLES and not any(w in PREPOSITIONS for w in near)
        in_full = name in ctx.names.full_names or (opens and ctx.names.names_in_full(name))
        named = speaks or (any_name and as_subject and in_full)
        if gender in ("m", "f") and (_body_ending(ctx, name) or (g is None and name in ctx.names.title_owners)):
            continue  # "Peabody Energy", "the Harbor Trust", "Harbor Lithium chief executive ...": not a he or a she
        if according and not is_org and in_full and name not in skip:
            source = source or name
            continue
        if not is_org and named and not (gender and g and g != gender) and name not in skip:
            if not any_name or (speaks and (before is None or before.low not in SUBORDINATORS) and as_subject):
                return name  # "..., Lund said", not "when Lund asked" nor "Centre for Sea Studies wrote"
            first = first or name
    return first or source  # "Dahl's plan, Lund said": the one who speaks before the first named


def _outlet_first(ctx: ArticleContext, run: Sequence[str]) -> bool:
    """Whether the name ``run`` opens with an outlet of the registry's by an acronym it writes
    in capitals ("BBC Tamil", "CNN Brasil"): a service of the outlet, nobody's name."""
    first = run[0]
    if len(run) < 2 or not first.isupper() or len(first) < 3:
        return False  # not "AP Singh", initials before a surname
    entry = ctx.relays.lookup(first)
    return entry is not None and entry.kind in CARRIER_KINDS


def _person_noun(tables: NameTables, word: str) -> bool:
    """Whether the lower-cased ``word`` names a person by role or by kin ("captain", "sister")."""
    return tables.person_role(word) or word in KINSHIP_TITLES


def _of_another_kind(ctx: ArticleContext, name: str, kind: str) -> bool:
    """Whether ``name`` ends in a word that tells a body's kind other than ``kind`` ("Harbor
    Council" for "the union")."""
    tables = ctx.config.names
    last = name.rsplit(maxsplit=1)[-1].lower()
    return last in tables.body_endings and last not in tables.body_kinds.get(kind, frozenset())


def _body_ending(ctx: ArticleContext, name: str) -> bool:
    """Whether ``name`` ends in a word that ends the names of bodies ("Kestrel Energy",
    "Port Alma Trust"), never a person's."""
    return ctx.config.names.ends_a_body(name.rsplit(maxsplit=1)[-1].lower())
