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
from typing import Literal

import attrs
import regex

from ..lexicon.relays import (
    CALL_SIGN_RE,
    CARRIER_KINDS,
    EVENT_NOUNS,
    OFFICE_ROLES,
    OUTLET_GATHERINGS,
    OUTLET_TAKE_UP_NOUNS,
    UNNAMED_RELAY_NOUNS,
    RelayEntry,
)
from ..lexicon.titles import PREPOSITIONS, TIME_WORDS, WEEKDAYS_MONTHS, NameTables
from ..mentions import ACRONYM_RE, Mention, RelayHit, Token, opens_a_sentence
from ..model import Relay
from .state import LOOKBACK, QuoteState

__all__ = ["AS_REACH", "relays_for", "org_relay", "relay_named", "relay_of", "trailing_relays"]

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


def _agency_after(state: QuoteState, pos: int, near: int, limit: int) -> RelayHit | None:
    """An agency, a broadcaster or a newspaper (:data:`~quoteattr.lexicon.relays.CARRIER_KINDS`)
    named within ``near`` characters after ``pos`` (and before ``limit``): "told RIA", "in comments
    to RIA", "carried by KCNA", "told the BBC"."""
    hit = _hit_at(state, pos, min(limit, pos + 60))
    if hit is None or hit.start - pos > near or not _carrier(state, hit):
        return None
    return hit


def _outlet_reported(state: QuoteState, hit: RelayHit, last: Token) -> bool:
    """Whether a broadcaster or a newspaper ``hit`` right before "reported" or "said" (``last``
    the token before the verb) opens a clause of its own after a comma ("..., CNN reported") or
    is the one spoken to ("speaking to Fox News said"), not "denying what NHK reported"."""
    before = state.text[max(0, hit.start - 12) : hit.start].rstrip()
    opened = before.endswith((",", ", the", " to", " with", " to the", " with the"))  # "speaking to Fox News said"
    return _carrier(state, hit) and last.end == hit.end and opened


def _carrier(state: QuoteState, hit: RelayHit) -> bool:
    """Whether ``hit`` names an agency, or a broadcaster or a newspaper as its name is written,
    with a capital ("told The Guardian"; not "told the guardian of his granddaughter")."""
    if hit.entry.kind == "agency":
        return True
    words = state.text[hit.start : hit.end]
    if words[:4].lower() == "the ":
        words = words[4:]  # "told the Washington Post"
    return hit.entry.kind in CARRIER_KINDS and words[:1].isupper()


def _hit_at(state: QuoteState, start: int, end: int) -> RelayHit | None:
    """The first registry name in ``text[start:end]``."""
    hits = state.ctx.relays.within(start, end)
    return hits[0] if hits else None


def relay_named(state: QuoteState, hit: RelayHit) -> Relay:
    """The relay a registry name in the text stands for, with its words and offsets; a
    broadcaster's with the name of its station or programme after it ("ABC Goulburn Murray",
    "ORF Tirol radio": :func:`_sub_brand_end`)."""
    return _named_with_end(state, hit)[0]


def _named_with_end(state: QuoteState, hit: RelayHit) -> tuple[Relay, int]:
    """:func:`relay_named` for ``hit``, and where its words end (past a broadcaster's station)."""
    end = _sub_brand_end(state, hit)
    glued = (
        _GLUED_BEFORE_RE.search(state.text, max(0, hit.start - 40), hit.start)
        if hit.entry.kind == "newspaper"
        else None
    )
    if glued is not None and not any(w.lower() in state.tables.nationalities for w in glued.group(1).split()):
        # "the Harlan Daily Mail": another paper, whose name holds the registry's
        start = glued.start(1)
        return Relay(state.text[start:end], "newspaper", state.text[start:end], start, end, None), end
    if end == hit.end:
        return relay_of(hit.entry, hit.start, hit.end, state.text[hit.start : hit.end]), end
    tail = state.text[hit.end : end]
    written = " ".join(state.text[hit.start : hit.end].split())
    # "BBC Radio Kent": the station keeps the alias's words that the canonical name opens
    head = written if written.startswith(hit.entry.name + " ") else hit.entry.name
    name = head + tail if tail.startswith("-") else f"{head} {tail.strip()}"
    return Relay(name, hit.entry.kind, state.text[hit.start : end], hit.start, end, hit.entry.country), end


#: Capitalized words between "the" and a newspaper's name of the registry ("the Harlan Daily
#: Mail"): a paper of that name, not the registry's (group 1), unless a nationality's ("the
#: British Daily Mail").
_GLUED_BEFORE_RE = regex.compile(r"(?<![\p{L}\p{N}])the[ \t]+((?:\p{Lu}\p{Ll}+[ \t]+){1,2})\Z")


#: Up to three capitalized words or numbers right after a broadcaster's name: a station or a
#: programme of its own ("ABC Goulburn Murray", "BBC Radio 4", "NRK Innlandet").
_SUB_BRAND_RE = regex.compile(r"(?:[ \t]+(?:\p{Lu}[\p{L}-]*|\p{N}+)(?![\p{L}\p{N}'’])){1,3}")


#: A hyphen and a capitalized word right after a registry name: its service for a country or
#: a region ("Interfax-Kazakhstan", "Interfax-Ukraine").
_REGIONAL_BRAND_RE = regex.compile(r"-\p{Lu}\p{Ll}+(?![\p{L}\p{N}-])")


#: Words after a hyphenated agency's name that leave it a name of its own ("according to
#: Interfax-Ukraine on Monday", "Interfax-Ukraine reported").
_AFTER_A_NAME = frozenset(
    {"on", "in", "at", "from", "to", "that", "and", "as", "which", "said", "says", "reported", "reports",
     "quoted", "quotes", "cited", "added", "wrote", "news", "agency"}
)  # fmt: skip


def _ends_a_name(text: str, start: int, end: int) -> bool:
    """Whether a hyphenated run ``text[start:end]`` ("Interfax-Kazakhstan") is a name of its own:
    not after "a" or "an" nor before a lower-case noun ("a Reuters-Ipsos poll", "BBC-Kestrel
    survey"), which make it a modifier."""
    before = text[max(0, start - 4) : start].lower().split()
    if before and before[-1] in ("a", "an"):
        return False
    word = _word_after(text, end)
    return not word[:1].islower() or word.rstrip(".,;:") in _AFTER_A_NAME


def _sub_brand_end(state: QuoteState, hit: RelayHit) -> int:
    """Where a broadcaster's name named by ``hit`` ends with the station after it: the words of
    :data:`_SUB_BRAND_RE`, none of them a time, a title or a given name ("told ABC Tuesday",
    "told the BBC Ida Lund had ..."), and no capitalized word after them."""
    regional = _REGIONAL_BRAND_RE.match(state.text, hit.end, min(len(state.text), hit.end + 30))
    if regional is not None and _ends_a_name(state.text, hit.start, regional.end()):
        return regional.end()  # "Interfax-Kazakhstan": the agency's service for a country
    if hit.entry.kind != "broadcaster":
        return hit.end
    m = _SUB_BRAND_RE.match(state.text, hit.end, min(len(state.text), hit.end + 50))
    if m is None:
        return hit.end
    tables = state.tables
    for word in m.group().split():
        low = word.lower()
        if low in TIME_WORDS or low in tables.not_names or _person_word(tables, low):
            return hit.end
    if _clause_follows(state.text, m.end()):
        return hit.end  # "told the BBC Russia had broken its word": the next clause's subject
    return m.end()


#: Words after which a name is a clause's subject, not an outlet ("told the radio station Lund
#: had lied", "told the newspaper Britain must not wait").
_SUBJECT_VERBS = frozenset(
    {"had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "should", "might", "may",
     "can", "did", "does", "do", "said", "says", "must", "shall", "wants", "needs", "remains", "plans"}
)  # fmt: skip


def _clause_follows(text: str, end: int) -> bool:
    """Whether the word after ``end`` is a verb as a clause's subject takes it (:data:`_SUBJECT_VERBS`,
    or a lower-case word in "-ed"): the name before it is that subject."""
    word = _word_after(text, end)
    return word.islower() and (word in _SUBJECT_VERBS or (word.endswith("ed") and len(word) > 3))


def _word_after(text: str, end: int) -> str:
    """The word after ``end``, past blanks, as written (with any punctuation it has); "" at the end."""
    after = text[end : end + 16].split()
    return after[0] if after else ""


def _person_word(tables: NameTables, low: str) -> bool:
    """Whether the lower-cased ``low`` is a given name, a title or an honorific: a person's word,
    no outlet's ("told the BBC Ida Lund had", "told the radio station Ivan Lund")."""
    return low in tables.given_names or low in tables.titles or low in tables.honorifics


def _gathering_after(text: str, end: int, nouns: frozenset[str] = EVENT_NOUNS) -> bool:
    """Whether a noun for a gathering follows ``end``: one of ``nouns``
    (:data:`~quoteattr.lexicon.relays.EVENT_NOUNS`, or the narrower
    :data:`~quoteattr.lexicon.relays.OUTLET_GATHERINGS` after a registry outlet)."""
    return _word_after(text, end).lower().rstrip(".,;:") in nouns


#: A name that ends in initials with their full stops ("U.S."), which stay in it.
_INITIALS_END_RE = regex.compile(r"(?:\p{Lu}\.){2,}\Z")


def _station_named(state: QuoteState, name: str) -> bool:
    """Whether the words ``name`` before a bare medium ("radio", "television") name a station
    rather than a place: two words or more, none of them a place's word or a nationality's, and
    not a place the article writes after "in", "of", "at", "from" or "near" ("Onda Verde radio";
    not "Kestrel Valley radio" after "farmers in Kestrel Valley")."""
    tables = state.tables
    words = name.split()
    if len(words) < 2 or any(w.lower() in tables.place_words or w.lower() in tables.nationalities for w in words):
        return False
    return name not in state.ctx.names.places


def _title_modifier(tables: NameTables, low: str) -> bool:
    """Whether the lower-cased ``low`` is a title's modifier only ("national", "regional",
    "federal"): a title word that is no person's role, honorific, given name nor a qualifier of
    a role ("deputy", "acting", "senior"), so it may open an outlet's name."""
    return (
        low in tables.titles
        and not tables.person_role(low)
        and low not in tables.honorifics
        and low not in tables.given_names
        and low not in tables.role_qualifiers
    )


def _own_name(tables: NameTables, name: str) -> bool:
    """Whether ``name``, read before an outlet's noun, is a name of its own: two words or more
    ("Khabar 24"), or one with a digit or a capital past its first letter ("NTV", "RTL4"); never
    a nationality's word first ("the French news agency")."""
    words = name.split()
    if words[0].lower() in tables.nationalities or words[0].lower().endswith(tables.demonym_endings):
        return False
    return len(words) > 1 or any(ch.isdigit() or ch.isupper() for ch in name[1:])


#: Nouns for an outlet's people or audience after its name ("told Radio X staff", "told Port Alma radio
#: listeners"): words to them are not on its air.
_STAFF_NOUNS = frozenset(
    {"staff", "employees", "management", "executives", "bosses", "board", "crew", "listeners", "viewers",
     "readers", "audience", "audiences", "subscribers"}
)  # fmt: skip


def _staff_after(tables: NameTables, text: str, end: int) -> bool:
    """Whether the word after ``end`` names an outlet's people ("staff", "journalists")."""
    word = _word_after(text, end).rstrip(".,;:")
    return word.islower() and (word in _STAFF_NOUNS or tables.people_noun(word))


def _outlet_at(
    state: QuoteState, pos: int, limit: int, registry: bool = True, subject: bool = False
) -> tuple[Relay, int] | None:
    """The outlet named right at ``pos`` (past blanks and a "the"), and where its name ends: a
    carrier of the registry (with ``registry``), or a name the registry does not hold that a
    noun before it tells for an outlet's ("the regional daily Le Soleil", "radio station dzBB")
    or whose own words do ("the Wangaratta Chronicle", "Radio Iasi", "KCLR 96FM"; see
    :class:`~quoteattr.lexicon.relays.OutletTables`). With ``subject`` the name is read as the
    subject of the verb at ``limit`` ("K7 television quoted ..."), which a verb may follow."""
    text = state.text
    own_shape = False  # whether the name's own words tell an outlet ("National Radio of Harlan")
    while pos < limit and text[pos] in " \t":
        pos += 1
    if registry:
        hit = _hit_at(state, pos, min(limit, pos + 60))
        if hit is not None and hit.start - pos <= 4 and _carrier(state, hit):
            return _named_with_end(state, hit)
    call = CALL_SIGN_RE.match(text, pos, limit)
    if call is not None:  # "told WBTR-TV": a station by its call sign
        return Relay(call.group(), "broadcaster", call.group(), call.start(), call.end(), None), call.end()
    outlets = state.ctx.config.outlets
    hi = min(limit, pos + 120)
    m = outlets.after_noun.match(text, pos, hi)
    # the shape is read once: when no noun opens the name, or when the noun is a medium that may
    # open a name itself ("TV Slovenija": a name opened by its medium, not a noun before a name)
    shaped = outlets.by_shape.match(text, pos, hi) if m is None or m.group("noun") in outlets.openings else None
    if m is not None and shaped is not None and shaped.group("opening") == m.group("noun"):
        m = None
    if m is not None and shaped is not None and shaped.start("name") < m.start("noun") <= shaped.end("name"):
        m = None  # "Harlan TV News": one name its shape gives, not "News" after the noun "TV"
    if m is not None and _lead_breaks(text, m.start(), m.start("noun")):
        return None  # "reporters outside the TV Sul studios": no outlet's noun of these words
    if m is not None:
        if _gathering_after(text, m.end()) or m.group("name").endswith(("'s", "’s")):
            return None  # "told the weekly Cabinet meeting", "told state television Iran's program"
        kind = outlets.kind_of(m.group("noun"))
    elif shaped is not None:
        m = shaped
        own_shape = True
        key = m.group("opening") or m.group("ending3") or m.group("ending2") or m.group("ending")
        kind = outlets.openings.get(key) or outlets.endings.get(key) or "outlet"
        if m.group("name") == key and kind != "newspaper":
            return None  # "speaking on TV", "told Radio": a medium, no outlet's name
    else:
        m = outlets.before_noun.match(text, pos, hi)
        if m is None:
            return _introduced_at(state, pos, hi)  # "Asked by Harlan Live, ...": the channel named before
        if registry and _hit_at(state, m.start("name"), m.end("name")) is not None:
            return None  # "told the Kremlin website": the registry's, not a carrier
        # "according to The Kestrelian newspaper": a capital "The" inside a sentence is the name's own
        titled = text.startswith("The ", m.start()) and not opens_a_sentence(text, m.start())
        if not titled and not _own_name(state.tables, m.group("name")):
            return None  # "told the French news agency", "the Kestrelby radio station": no name of its own
        bare = m.group("noun") in _BARE_MEDIA and not _INITIALS_NAME_RE.fullmatch(m.group("name"))
        if bare and not _station_named(state, m.group("name")):
            return None  # "K7 television", "Onda Verde radio"; but "Kestrel Valley radio" is a place's, no name
        kind = outlets.kind_of(m.group("noun"))
    start, end = m.span("name")
    if _staff_after(state.tables, text, m.end()):
        return None  # "told Public Radio of Harlania staff": its people, not its air
    owner = _INNER_POSSESSIVE_RE.search(text, start, end)
    if owner is not None:
        end = owner.start()  # "told Radio Kestrel's Ana del Rio": the station, not its host
    words = text[start:end].removesuffix("'s").removesuffix("’s")  # "Latvian Television's news"
    while words.endswith(".") and _INITIALS_END_RE.search(words) is None:
        words = words[:-1]  # "the news portal Delfi." (not "the U.S.")
    end = start + len(words)
    if not words or words.lower() in state.tables.not_names:
        return None
    if _titled_person(state, words):
        return None  # "told Harian Osman" after "Harian Osman, a local reporter,": a person, by any shape
    split = words.split()
    after_the = text[pos:start].lower().startswith("the") or split[0] == "The"  # "The Harlan Courier quoted"
    joined = "and" in split
    # "the Press and Herald", not "Brandt and Herald readers" nor "the Information and Broadcasting ministry"
    if joined and (not after_the or _noun_after(state, end)):
        return None
    # a person's first word, but not a title joined to the next word by "and" ("the Press and Herald")
    person = _person_word(state.tables, split[0].lower()) and (len(split) < 2 or split[1] != "and")
    # a title's modifier ("National", "Regional") with no title, given name or honorific after
    # it opens an outlet's name its own words end ("National Radio of Harlan"), no person's
    # ("Mayor Ida Post", "Regional Commissioner Ida Post")
    modifier = own_shape and len(split) > 1 and _title_modifier(state.tables, split[0].lower())
    modifier = modifier and not any(_person_word(state.tables, w.lower()) for w in split[1:])
    # initials in capitals are no title ("the broadcaster DR", not "Dr")
    initials = len(split) == 1 and len(words) > 1 and words.isupper()
    person = person and not modifier and not initials
    if person or (not subject and _clause_follows(text, end)):
        return None
    hit = _hit_at(state, start, end)
    if hit is not None and hit.start == start and _carrier(state, hit):
        return _named_with_end(state, hit)  # "Swiss public radio SRF": the registry's own
    capital_the = text[max(0, start - 4) : start] == "The "
    if capital_the and (len(split) == 1 or not opens_a_sentence(text, start - 4)):
        # "The Post": a one-word name keeps its "The"; "told The Lautoka Times": a capital
        # "The" inside a sentence is the name's own
        start, words = start - 4, "The " + words
    short = _SHORT_FORM_RE.match(text, end, limit)
    if short is not None and short.group(1)[0] == words[0]:
        # "Radio Sur del Kestrel (RSK)": named by the short form the article gives it
        return Relay(short.group(1), kind, text[start : short.end()], start, short.end(), None), short.end()
    return Relay(words, kind, words, start, end, None), end


def _introduced_at(state: QuoteState, pos: int, limit: int) -> tuple[Relay, int] | None:
    """An outlet's name at ``pos`` that the article gave before with an outlet's noun ("the
    private TV channel Harlan Live ... Asked by Harlan Live about it"; see
    :attr:`~quoteattr.attribution.state.ArticleContext.introduced_outlets`), the longest such
    name, and where it ends; None for any other words."""
    run = _NAME_RUN_RE.match(state.text, pos, limit)
    if run is None:
        return None
    known = state.ctx.introduced_outlets
    spans = [w.span() for w in _WORD_RE.finditer(state.text, pos, run.end())]
    for n in range(len(spans), 0, -1):
        end = spans[n - 1][1]
        name = " ".join(state.text[pos:end].split())
        first = known.get(name)
        if first is not None and first[0] < pos:
            if _noun_after(state, end):
                return None  # "according to Kestrel police": the place's police, not the channel
            return Relay(name, first[1], state.text[pos:end], pos, end, None), end
    return None


_WORD_RE = regex.compile(r"\S+")
#: Up to five capitalized words in a row: the words an outlet named before may be.
_NAME_RUN_RE = regex.compile(r"\p{Lu}[\p{L}\p{N}&-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}&-]*){0,4}")


def _lead_breaks(text: str, start: int, noun: int) -> bool:
    """Whether the words before an outlet's noun (``text[start:noun]``, "the regional", "the
    Quebec City") hold a preposition, or an article past the first word ("reporters outside the
    TV"): words of another phrase, which the noun does not qualify."""
    words = text[start:noun].lower().split()
    return any(w in PREPOSITIONS or (n > 0 and w in ("the", "a", "an")) for n, w in enumerate(words))


#: An outlet's short form in brackets right after its name, its initials in capitals: " (RSK)".
_SHORT_FORM_RE = regex.compile(r"[ \t]*\((\p{Lu}[\p{Lu}\p{N}]{1,5})\)")

#: Media nouns after a name that name an outlet only after initials ("K7 television", "HRT2
#: radio"), not after a place ("Kestrel Valley radio": a station nobody names).
_BARE_MEDIA = frozenset({"television", "TV", "radio"})
#: One word of initials, letters and digits only, with a digit or an inner capital ("K7",
#: "HRT2", "dzBB"): stricter than :func:`_own_name`, which also takes "K-7" and two words.
_INITIALS_NAME_RE = regex.compile(r"[\p{L}\p{N}]+\p{Lu}[\p{L}\p{N}]*|\p{Lu}[\p{L}]*\p{N}[\p{L}\p{N}]*")
#: A possessive inside a name, before another word ("Radio Kestrel's Ana del Rio").
_INNER_POSSESSIVE_RE = regex.compile(r"(?:'s|’s)(?=[ \t]+\S)")

#: Lower-case words that may follow an outlet's name or noun in a clause that goes on about the
#: words told it ("told the Press and Herald that ...", "told the paper on Monday").
_AFTER_OUTLET = frozenset(
    {"that", "on", "in", "about", "last", "this", "earlier", "when", "after", "before", "at", "as", "and", "but",
     "it", "he", "she", "they", "the", "a", "an"}
)  # fmt: skip
#: Lower-case words that may follow an outlet's name of two words joined by "and" ("told the
#: Press and Herald that ..."); any other lower-case word makes the "and" join something else
#: ("the Information and Broadcasting ministry").
_AFTER_JOINED_NAME = _AFTER_OUTLET | frozenset(
    {"by", "of", "for", "to", "said", "says", "reported", "reports", "quoted", "wrote"}
)


def _noun_after(state: QuoteState, end: int) -> bool:
    """Whether a lower-case word follows ``end`` that is neither in :data:`_AFTER_JOINED_NAME` nor
    an outlet's noun ("the Post and Courier newspaper")."""
    word = _word_after(state.text, end).rstrip(".,;:")
    return word.islower() and word not in _AFTER_JOINED_NAME and word not in state.ctx.config.outlets.nouns


def _outlet_near(state: QuoteState, pos: int, limit: int, near: int) -> tuple[Relay, int] | None:
    """The outlet named right at ``pos`` (:func:`_outlet_at`), else an agency, broadcaster or
    newspaper of the registry within ``near`` characters ("told the state news agency TASS"),
    and where its words end."""
    found = _outlet_at(state, pos, limit)
    if found is None:
        hit = _agency_after(state, pos, near, limit)
        longer = _CAPITAL_BEFORE_RE.search(state.text, max(pos, hit.start - 40), hit.start) if hit else None
        if hit is not None and longer is not None:  # "told Thai PBS", "the Hallowmere Daily Mail": a name of its own
            words = state.text[longer.start() : hit.end]
            return Relay(words, hit.entry.kind, words, longer.start(), hit.end, None), hit.end
        found = _named_with_end(state, hit) if hit is not None else None
    if found is not None and _gathering_after(state.text, found[1], OUTLET_GATHERINGS):
        return None  # "told a Wall Street Journal lunch group": a gathering, not the paper
    return found


#: A capitalized word other than "The" and no possessive right before a registry name: the name
#: is part of a longer one ("the Hallowmere Daily Mail" is not the Daily Mail; "Thai PBS"), not
#: "Britain's ITV".
_CAPITAL_BEFORE_RE = regex.compile(r"(?<![\p{L}\p{N}])(?!The[ \t])\p{Lu}[\p{L}\p{N}'’-]*(?<!['’]s)[ \t]+\Z")


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
                of_place = _OF_PLACE_RE.match(text, end) if text[end - len(noun)].isupper() else None
                if of_place is not None:  # "the News Agency of Nigeria": a name, by its country
                    opening = toks[k + skip].start
                    name = text[opening : of_place.end()]
                    return Relay(name, "agency", name, opening, of_place.end(), None), of_place.end()
                return Relay(words, "agency", words, start, end, None, named=False), end
    return None


def _taken_up_after(state: QuoteState, toks: Sequence[Token], k: int) -> tuple[Relay, int] | None:
    """ "the paper", "the channel" at ``toks[k]`` after "told", taking up the outlet of that kind
    named last before it in its paragraph or the one before (:func:`_outlet_named_before`: "Toga
    told The Lautoka Times that ... "...," Toga told the paper"), and where those words end."""
    if k + 1 < len(toks) and toks[k].low == "this":
        return _own_wire(state, toks, k)
    if k + 1 >= len(toks) or toks[k].low != "the" or toks[k + 1].low not in OUTLET_TAKE_UP_NOUNS:
        return None
    the, noun = toks[k].start, toks[k + 1]
    if noun.low in _MEDIUM_WORDS and k + 2 < len(toks) and toks[k + 2].low in OUTLET_TAKE_UP_NOUNS:
        k, noun = k + 1, toks[k + 2]  # "the radio station", "the news agency": the last noun tells the kind
    if k + 2 < len(toks) and toks[k + 2].is_word and toks[k + 2].low not in _AFTER_TAKEN_UP:
        return None  # "the paper Le Soir", "the daily briefing", "the station sergeant": not the outlet
    found = _taken_up(state, the, noun)
    return (found, noun.end) if found is not None else None


def _taken_up(state: QuoteState, the: int, noun: Token) -> Relay | None:
    """The outlet that "the" at ``the`` and the take-up noun ``noun`` ("the paper", "the
    station") stand for: the one of the noun's kind named last before them in their paragraph or
    the one before (:func:`_outlet_named_before`), with these words as its mention; else None."""
    kind = OUTLET_TAKE_UP_NOUNS.get(noun.low)
    found = _outlet_named_before(state, the, kind) if kind is not None else None
    if found is None:
        return None
    return attrs.evolve(found, mention=state.text[the : noun.end], start=the, end=noun.end)


def _initials_told(state: QuoteState, toks: Sequence[Token], k: int) -> tuple[Relay, int] | None:
    """ "told GBC": initials right after "told" that the registry does not hold, closing the
    clause or before a word that goes on about the telling ("told GBC on Monday", "told GBC
    that"), an outlet of no known kind, when the article spells them out with a medium's word
    ("the Kestrel Broadcasting Corporation (KBC)") or, spelled out nowhere, they end as an
    outlet's do (:attr:`OutletTables.initial_endings`: "GBC", "NTV"); never a body's initials
    (:attr:`OutletTables.body_initials`: "told NATO") nor initials spelled out as a body's name
    ("the Trekking Agencies' Association (TAAN)"), nor "told HRW"."""
    tok = toks[k]
    if (
        len(tok.text) < 3
        or ACRONYM_RE.fullmatch(tok.text) is None
        or tok.text in state.ctx.config.outlets.body_initials
    ):
        return None  # not "told TV", "told NATO"
    if k + 1 < len(toks) and toks[k + 1].is_word and toks[k + 1].low not in _AFTER_TAKEN_UP:
        return None  # "told EU ministers", "told GBC viewers"
    if not _outlet_initials(state, tok.text):
        return None  # "told HRW", "told KPMG": initials of no outlet's shape, spelled out nowhere
    return Relay(tok.text, "outlet", tok.text, tok.start, tok.end, None), tok.end


def _outlet_initials(state: QuoteState, initials: str) -> bool:
    """Whether the article tells ``initials`` for an outlet's: spelled out with a medium's word
    ("the Kestrel Broadcasting Corporation (KBC)"), or, spelled out nowhere, ending as an
    outlet's do (:attr:`OutletTables.initial_endings`: "GBC", "NTV")."""
    full = state.ctx.names.expand(initials) or _words_before_brackets(state, initials)
    if full:
        return any(w.lower().strip(",.()") in _OUTLET_WORDS for w in full.split())
    return initials.endswith(state.ctx.config.outlets.initial_endings)


def _words_before_brackets(state: QuoteState, initials: str) -> str:
    """The words before the first "(initials)" in the article ("Citizens for Responsibility and
    Ethics in Washington (CREW)"), up to 80 characters back; "" when the article brackets them
    nowhere. Read once per initials and article."""
    got = state.ctx.bracketed.get(initials)
    if got is None:
        text = state.text
        at = text.find(f"({initials})")
        got = state.ctx.bracketed[initials] = text[max(0, at - 80) : at] if at >= 0 else ""
    return got


def _own_wire(state: QuoteState, toks: Sequence[Token], k: int) -> tuple[Relay, int] | None:
    """ "this agency" or "this news agency" at ``toks[k]`` after "told": the agency the article's
    dateline credits ("PORT ALMA, 14 MAY (OPA) - ... Brandt told this agency"), and where
    those words end; None without such a credit ("told this newspaper": the paper's own words)."""
    noun = k + 2 if toks[k + 1].low == "news" and k + 2 < len(toks) else k + 1
    if toks[noun].low != "agency":
        return None
    if noun + 1 < len(toks) and toks[noun + 1].is_word and toks[noun + 1].low not in _AFTER_TAKEN_UP:
        return None  # "this agency's report", "this agency chief"
    wire = next((r for r in state.ctx.credits if r.kind == "agency"), None)
    if wire is None:
        return None
    start, end = toks[k].start, toks[noun].end
    return attrs.evolve(wire, mention=state.text[start:end], start=start, end=end), end


#: The words that may follow "told the paper" when it takes up an outlet ("told the paper on
#: Monday", "told the station that"); any other word makes the noun part of another phrase.
_AFTER_TAKEN_UP = _AFTER_OUTLET | frozenset(
    {"we", "during", "while", "ahead", "yesterday", "today", "late", "early", "recently", "afterwards", "later"}
)

#: Words of a medium before a take-up noun ("the radio station", "the news agency").
_MEDIUM_WORDS = frozenset({"radio", "television", "tv", "news"})
#: Words of a spelled-out outlet's name ("Gibraltar Broadcasting Corporation", "Kestrel News Agency").
_OUTLET_WORDS = _MEDIUM_WORDS | {"press", "agency", "broadcasting", "broadcaster"}

#: How far back, at most, :func:`_outlet_named_before` reads for an outlet to take up.
_TAKE_UP_REACH = 800


def _outlet_named_before(state: QuoteState, pos: int, kind: str) -> Relay | None:
    """The outlet named last before ``pos``, outside quotes, in its paragraph or the one
    before: a carrier of the registry, or a name an outlet's noun or shape gives
    (:func:`_outlet_at`); of ``kind``, or of the kind "outlet" (a name of no known kind)."""
    ctx = state.ctx
    para = ctx.doc.paragraph_index(pos)
    lo = max(ctx.doc.paras[max(0, para - 1)][0], pos - _TAKE_UP_REACH)
    best: Relay | None = None
    hit = ctx.relays.last_carrier_before(pos)
    if hit is not None and hit.start >= lo and not ctx.inside_quote(hit.start):
        best = relay_named(state, hit)
    outlets = ctx.config.outlets
    text = state.text
    for pattern in (outlets.after_noun, outlets.by_shape, outlets.before_noun):
        for m in pattern.finditer(text, lo, pos):
            if best is not None and best.start is not None and m.start() <= best.start:
                continue
            if ctx.inside_quote(m.start()):
                continue
            at = m.start()
            stop = text.rfind(". ", at, m.end())
            if stop >= 0:
                at = stop + 2  # "in May. The Harlan Courier": the name opens past the full stop
            found = _outlet_at(state, at, pos, registry=False, subject=True)
            if found is None and pattern is outlets.after_noun and m.start("noun") > at:
                # "with the private television channel KTN": the words before the noun may be no lead of its
                found = _outlet_at(state, m.start("noun"), pos, registry=False, subject=True)
            if found is not None and found[0].named and found[0].start is not None:
                best = found[0]
    # a newspaper, a station or an agency takes up its own kind or a name of no known kind; a
    # magazine or a site only the latter ("told the magazine" is not the Harlan Courier)
    if best is None or (best.kind != kind and best.kind != "outlet"):
        return None
    return best


#: "of" and a place of up to three capitalized words after an agency's capitalized noun ("the
#: News Agency of Nigeria"), not before more of a name ("of the Republic of ...").
_OF_PLACE_RE = regex.compile(r"[ \t]+of[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2}(?![\p{L}\p{N}]|[ \t]+of\b)")


#: The cues after which "on" and a station's name tell where words were said ("said on RTL
#: Radio"; not "commented on TV Licence fees", "spoke on TV Rights", which name a topic).
_SAID_ON = frozenset({"said", "says", "saying"})


def _station_named_on(state: QuoteState, pos: int, limit: int) -> tuple[Relay, int] | None:
    """A broadcaster the registry does not hold, named right at ``pos`` after "said on" (past
    a "the" and an outlet's noun): its name must open there ("said on Radio Centre", "said on the
    radio station Kestrel FM"; not the "Sul" of "said on Monday on TV Sul")."""
    found = _outlet_at(state, pos, limit, registry=False)
    if found is None or found[0].kind != "broadcaster" or found[0].start is None:
        return None
    nouns = state.ctx.config.outlets.nouns
    lead = state.text[pos : found[0].start].lower().split()
    # past "the" and an outlet's noun only ("said on the radio station Kestrel FM")
    return found if all(w == "the" or w in nouns for w in lead) else None


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
    quoted_as = _quoted_as(state, toks, cue_idx[0])
    if (
        low_cue in state.ctx.config.as_saying_verbs
        or (len(cue_idx) > 1 and toks[cue_idx[1]].low in ("quoted", "cited", "quoting", "citing"))
        or quoted_as is not None
    ):
        if quoted_as is not None:
            at = quoted_as
        elif low_cue in state.ctx.config.as_saying_verbs:
            at = cue_idx[0]
        else:
            at = cue_idx[1]
        verb = toks[at]
        window_start = toks[0].start
        cited = _citing_aside(state, toks, at)
        if cited:  # "Reuters, citing an interview with the daily X, quoted Ida Lund as saying"
            chain.extend(cited)
            window_start = verb.start
        hits = state.ctx.relays.within(max(window_start, verb.start - 60), verb.start)
        taken_up = _named_or_taken_up(state, toks, at - 2) if at >= 2 and toks[at - 2].low == "the" else None
        if hits:
            h = hits[-1]
            chain.append(relay_named(state, h))
        elif taken_up is not None:
            chain.append(taken_up[0])  # "The agency quoted its deputy director as saying"
        else:
            by = _by_agency(state, toks, cue_idx) or _outlet_quoting(state, toks, at)
            if by is not None:
                chain.append(by)
    # the clause after the cue: told AGENCY, in a statement, according to AGENCY, citing X
    last = cue_idx[-1]
    span_end = min(len(toks), last + 14)
    k = last + 1
    statement = False
    # "quoted Ida Marsh as telling the daily X": the words were told to the outlet right after
    # "telling" (not to an agency a few words on: "as telling a friend that AFP had ...")
    as_telling = low_cue not in _TELLING and toks[last].low == "telling" and toks[last - 1].low == "as"
    told = low_cue in _TELLING or as_telling
    while k < span_end:
        tok = toks[k]
        if tok.text in (".", ";") or (tok.text == '"' and k > last + 1):
            break
        if told and k == last + 1:  # nearest the speaker: before an outlet that quoted the telling
            near = 0 if as_telling else 25
            outlet = _outlet_near(state, tok.start, toks[-1].end, near)  # "told the regional daily Le Soleil"
            if outlet is not None:
                chain.insert(0, outlet[0])
                last_end = outlet[1]
            else:
                unnamed = (
                    _unnamed_after(state, toks, k) or _taken_up_after(state, toks, k) or _initials_told(state, toks, k)
                )
                if unnamed is not None:  # "told Russian news agencies", "told the paper", "told GBC"
                    chain.insert(0, unnamed[0])
                    last_end = unnamed[1]
        if tok.low == "to" and last + 1 < k < len(toks) - 1 and low_cue in _SAID_ON and toks[k - 1].end == speaker.end:
            # '"...," says Naja Lund to KNR': the outlet right after a speaker named after the cue
            outlet = _outlet_near(state, tok.end, toks[-1].end, 0) or _initials_told(state, toks, k + 1)
            if outlet is not None:
                chain.insert(0, outlet[0])
                last_end = outlet[1]
        if tok.low == "on" and all(t.low in TIME_WORDS and t.low != "on" for t in toks[last + 1 : k]):
            hit = _agency_after(state, tok.end, 5, toks[-1].end)  # "said last week on CNN"
            if hit is not None and hit.entry.kind == "broadcaster":
                chain.append(relay_named(state, hit))
                last_end = hit.end
            elif hit is None and low_cue in _SAID_ON:
                station = _station_named_on(state, tok.end, toks[-1].end)
                if station is not None:  # "said on RTL Radio"
                    chain.append(station[0])
                    last_end = station[1]
        if tok.low in _STATEMENT_WORDS and not statement:
            statement = True
            last_end = max(last_end, tok.end)
        if tok.low == "according" and k + 1 < len(toks) and toks[k + 1].low == "to":
            found = _named_or_taken_up(state, toks, k + 2)
            if found is not None:
                chain.append(found[0])
                last_end = found[1]
        if k > last + 1 and _spoken_to(toks, k) and _phrase_of_cue(toks, last, k):
            found = _outlet_spoken_to(state, toks, k, toks[-1].end)  # "in comments to RIA"
            if found is not None:
                chain.append(found[0])
                last_end = found[1]
        if (
            k > last + 1
            and tok.low in _BY_VERBS
            and k + 1 < len(toks)
            and toks[k + 1].low == "by"
            and _carried_on(toks, last, k)
        ):
            found = _outlet_at(state, toks[k + 1].end, toks[-1].end)
            if found is not None:  # "in comments reported by the Canadian Press", "as quoted by the daily X"
                chain.append(found[0])
                last_end = found[1]
        if tok.low in _REPORT_VERBS and k > last + 1:
            hit = _hit_at(state, toks[max(last + 1, k - 4)].start, tok.start)
            if hit is not None and (hit.entry.kind == "agency" or _outlet_reported(state, hit, toks[k - 1])):
                chain.append(relay_named(state, hit))  # "..., TASS reported", "..., CNN reported"
                last_end = tok.end
            elif hit is None:
                shaped = _outlet_reporting(state, toks, k)  # "..., the Harlan Post reported."
                if shaped is not None:
                    chain.append(shaped)
                    last_end = tok.end
        if tok.low in ("citing", "cited"):
            hit = _hit_at(state, tok.end, min(toks[-1].end, tok.end + 40))
            if hit is not None:
                chain.insert(0, relay_named(state, hit))
                last_end = hit.end
        k += 1
    statement = statement or _statement_before(toks, cue_idx[0])  # "In a written statement, Fair said"
    chain += _clause_relays(state, toks, cue_idx, speaker)  # "Speaking to EFE, Marsh said", "carried by KCNA"
    if statement and speaker.kind != "organization":
        relay = _speaker_office(state, speaker)
        if relay is not None:
            chain.insert(0, relay)
    # drop a relay that is the speaker itself, and repeats
    seen: set[str] = set()
    out = []
    speaker_entry = state.ctx.relays.lookup(speaker.named.text)  # "the agency, which said"
    own = _bare_name(speaker.named.text)
    for r in chain:
        if r.name in seen or (speaker_entry is not None and r.name == speaker_entry.name):
            continue
        if _bare_name(r.name) == own:
            continue  # "..., The Harlan Courier reported": the outlet that speaks relays nothing
        inside = r.start is not None and speaker.named.start <= r.start < speaker.named.end
        if inside and r.kind in CARRIER_KINDS:
            continue  # "POLITICO Florida reported": the speaker's own name, not a channel it spoke to
        seen.add(r.name)
        out.append(r)
    return out, last_end


_AGENCY_WORD = regex.compile(r"(?i)\bagency\b")

#: Nouns before "to"/"with" that make the agency after them a relay ("in comments to RIA",
#: "in an interview with Kyodo").
_INTERVIEW_WORDS = frozenset(
    {"comments", "comment", "remarks", "interview", "speaking", "talking", "statements", "statement"}
)


#: The cue words after which the outlet named next is the one told ("told Interfax").
_TELLING = frozenset({"told", "tells", "telling"})

#: Verbs of an aside on the speaker before "by" that name the outlet that carried the words
#: ("A ministry official, quoted by the daily X, said"; "in a report later cited by Skai TV").
_ASIDE_BY_VERBS = frozenset({"quoted", "cited", "interviewed"})


def _in_subject_aside(toks: Sequence[Token], k: int, cue: int) -> bool:
    """Whether ``toks[k]`` stands in an aside set off by commas between the speaker and the cue
    ``toks[cue]``: a comma before it with no full stop between, and a comma closing the aside
    right before the cue ("Lund, quoted by X in a report later cited by Y, said"), with no "as"
    nor time word in it, which would tell of other words ("quoted by X last month as backing")."""
    if toks[cue - 1].text != ",":
        return False
    opening = next((j for j in range(k - 1, max(-1, k - _ASIDE_REACH), -1) if toks[j].text in (",", ".")), None)
    if opening is None or toks[opening].text != "," or any(t.text == "," for t in toks[k : cue - 1]):
        return False
    # not "quoted by the Kestrel Times last month as backing the deal": other words, at another time
    return not any(t.low == "as" or t.low in _OTHER_TIME for t in toks[k:cue])


#: Words that put an aside's quoting at another time than the cue's ("quoted by X last month").
_OTHER_TIME = frozenset({"last", "ago", "yesterday", "earlier", "previously", "once", "before"}) | WEEKDAYS_MONTHS
#: How many words back from a by-verb the comma opening its aside may stand.
_ASIDE_REACH = 12

#: Verbs before "by" that name who carried words on ("as quoted by the daily X", "in comments
#: reported by the Canadian Press", "carried by KCNA").
_BY_VERBS = frozenset(
    {"quoted", "reported", "carried", "cited", "published", "broadcast", "rebroadcast", "aired", "relayed"}
)

#: Words before "on" that make the broadcaster after it one spoken to ("Speaking on KCLR 96FM").
_ON_AIR_WORDS = frozenset({"speaking", "talking", "appearing"})


def _spoken_to(toks: Sequence[Token], k: int) -> bool:
    """Whether ``toks[k]`` is the "to", "with" or "on" after which words are spoken to an outlet
    ("in comments to RIA", "in an interview with Kyodo", "speaking on RTE"): the words given
    "in", "during" or as "an" interview, not somebody else's ("Varn's remarks to the Herald", "said
    of her interview with")."""
    if k < 1:
        return False
    low, before = toks[k].low, toks[k - 1].low
    if low == "on":  # "speaking on RTE"; "in remarks on the TV channel X", a station only
        return before in _ON_AIR_WORDS or (before in _INTERVIEW_WORDS and _given_in(toks, k - 1))
    if low not in ("to", "with") or before not in _INTERVIEW_WORDS:
        return False
    if before in ("statement", "statements") and low != "to":
        return False  # "in a joint statement with the Harlan Post": a co-signer, no carrier
    return before in _ON_AIR_WORDS or _given_in(toks, k - 1)


#: Words that open the phrase of words given to an outlet ("in comments to", "during an interview
#: with", "gave an interview to").
_GIVEN_IN = frozenset({"in", "during", "an", "a"})


def _given_in(toks: Sequence[Token], noun: int) -> bool:
    """Whether the interview noun at ``toks[noun]`` opens with :data:`_GIVEN_IN` one or two words
    before it ("in comments", "in an interview", "in a phone interview")."""
    return any(toks[j].low in _GIVEN_IN for j in range(max(0, noun - 3), noun))


def _carried_on(toks: Sequence[Token], cue: int, k: int) -> bool:
    """Whether the by-verb at ``toks[k]`` tells who carried the cue's own words on: right after
    "as" ("as quoted by the daily X"), or after words given in an interview ("in comments reported
    by", "in remarks later quoted by"), in the cue's phrase; not "said of a story published by"."""
    if toks[k - 1].low == "as":
        return True
    noun = k - 1 if toks[k - 1].low in _INTERVIEW_WORDS else k - 2
    if noun <= cue or toks[noun].low not in _INTERVIEW_WORDS or not _given_in(toks, noun):
        return False
    return _phrase_of_cue(toks, cue, k)


#: Words that open a phrase after a comma that still tells how the cue's words were given
#: ("Lund said, in an interview with Kyodo", "..., speaking to RTE").
_INTERVIEW_OPENERS = frozenset({"in", "during", "speaking", "talking", "appearing"})


def _phrase_of_cue(toks: Sequence[Token], cue: int, k: int) -> bool:
    """Whether ``toks[k]``, after the cue ``toks[cue]``, stands in the cue's own phrase: no comma
    between, or the last comma opens a phrase of :data:`_INTERVIEW_OPENERS` (not "Clinton
    tweeted, linking to a video of her slamming his remarks to the Daily News")."""
    comma = next((j for j in range(k - 1, cue, -1) if toks[j].text == ","), None)
    return comma is None or toks[comma + 1].low in _INTERVIEW_OPENERS


def _outlet_spoken_to(state: QuoteState, toks: Sequence[Token], k: int, limit: int) -> tuple[Relay, int] | None:
    """The outlet after the "to", "with" or "on" at ``toks[k]`` (:func:`_spoken_to`): named right
    there (:func:`_outlet_at`), or an agency of the registry a few words on ("in an interview
    with the state agency X"); after "on", a broadcaster only."""
    found = _outlet_near(state, toks[k].end, limit, 12)
    if found is not None and toks[k].low == "on" and found[0].kind != "broadcaster":
        return None  # "speaking on Politico's podcast"? only a station is spoken on
    topic = toks[k].low == "on" and toks[k - 1].low not in _ON_AIR_WORDS
    if found is not None and topic and (state.text.startswith(("'s", "’s"), found[1]) or _noun_after(state, found[1])):
        return None  # "in remarks on Radio Kestrel's decision", "on Harlan TV licence fees": the topic
    return found


#: How far apart an as-saying verb and its "as" may stand, in tokens ("quoted Ida Lund, deputy
#: head of the committee on energy, as saying"; "quoted the ministry's undersecretary, Eng.
#: Omar Haddad, as telling"): read so by the rule as_saying and by :func:`_quoted_as`.
AS_REACH = 26


def _quoted_as(state: QuoteState, toks: Sequence[Token], cue: int) -> int | None:
    """``KCNA quoted a vice minister, Ri, as condemning``: the index of the as-saying verb before an
    "as" that stands right before the cue, when the cue is not that verb itself."""
    if cue < 2 or toks[cue - 1].low != "as" or toks[cue].low in state.ctx.config.as_saying_verbs:
        return None
    for k in range(cue - 2, max(-1, cue - AS_REACH), -1):
        if toks[k].text in (".", ";"):
            return None
        if toks[k].low in ("quoted", "cited"):
            return k
    return None


def _named_or_taken_up(state: QuoteState, toks: Sequence[Token], k: int) -> tuple[Relay, int] | None:
    """The agency named at ``toks[k]`` ("according to Xinhua"), or taken up there by "the agency"
    (the last agency the article named before)."""
    if k >= len(toks):
        return None
    hit = _hit_at(state, toks[k].start, min(toks[-1].end, toks[k].start + 40))
    if hit is not None and hit.start - toks[k].start <= 25:
        return relay_named(state, hit), hit.end
    outlet = _outlet_at(state, toks[k].start, toks[-1].end, registry=False)
    if outlet is not None:
        return outlet  # "according to the news portal Delfi", "according to GMA News Online"
    words = [t.low for t in toks[k : k + 3]]
    for phrase in (["the", "agency"], ["the", "news", "agency"]):
        if words[: len(phrase)] == phrase:
            end_tok = toks[k + len(phrase) - 1]
            named = state.ctx.relays.last_hit_before(toks[k].start, "agency")
            doc = state.ctx.doc
            near = named is not None and doc.paragraph_index(named.start) >= doc.paragraph_index(toks[k].start) - 1
            if named is None or not near or _AGENCY_WORD.search(state.text, named.end, toks[k].start):
                return None  # no agency named near, or another agency between ("the Harbor Safety Agency")
            mention = state.text[toks[k].start : end_tok.end]
            return relay_of(named.entry, toks[k].start, end_tok.end, mention), end_tok.end
    return None


#: How many tokens after the cue :func:`_clause_relays` reads ("told Radio X that Togo was
#: cooperating with Ghana, in remarks carried by AFP").
_CLAUSE_REACH = 22


def _clause_relays(
    state: QuoteState, toks: Sequence[Token], cue_idx: Sequence[int], speaker: Mention | None = None
) -> list[Relay]:
    """Relays the cue's sentence names around it, in text order: the agency a fronted phrase
    names as the one spoken to ("Speaking to EFE after the ceremony, Marsh said", "In an
    interview with dpa, Lund acknowledged"; after the cue the main loop reads these) or as the
    source ("According to the state news agency TASS, Lund said"), "(in a
    statement) carried by KCNA", and "in the interview" taking up the agency an interview was
    given to just before ("Lund told TASS in an interview. ... In the interview, the diplomat said")."""
    out: list[Relay] = []
    cue = cue_idx[0]
    lo = cue
    while lo > 0 and toks[lo - 1].text not in (".", ";", '"'):
        lo -= 1
    hi = cue_idx[-1] + 1
    while hi < len(toks) and hi - cue_idx[-1] < _CLAUSE_REACH and toks[hi].text not in (".", ";", '"'):
        hi += 1
    for k in range(lo, hi - 1):
        low, nxt = toks[k].low, toks[k + 1].low
        if k < cue and _spoken_to(toks, k):
            found = _outlet_spoken_to(state, toks, k, toks[cue].start)  # "Speaking on KCLR 96FM, ..."
            if found is not None:
                out.append(found[0])
        if k < cue and low == "according" and nxt == "to":  # "According to TASS, Lund said"
            comma = next((j for j in range(k + 2, min(cue, k + 10)) if toks[j].text == ","), None)
            hit = _hit_at(state, toks[k + 1].end, toks[comma].start) if comma is not None else None
            if hit is not None and _carrier(state, hit):
                out.append(relay_named(state, hit))
            elif comma is not None:
                outlet = _outlet_at(state, toks[k + 1].end, toks[comma].start, registry=False)
                if outlet is not None and outlet[1] == toks[comma - 1].end:
                    out.append(outlet[0])  # "According to the Wangaratta Chronicle, ..."
        if low == "carried" and nxt == "by":
            hit = _agency_after(state, toks[k + 1].end, 25, toks[-1].end)
            if hit is not None:
                out.append(relay_named(state, hit))
        elif k < cue and low == "asked" and nxt == "by" and k == lo:
            found = _outlet_at(state, toks[k + 1].end, toks[cue].start)  # "Asked by Radio X about it, Lund said"
            if found is not None:
                out.append(found[0])
        elif k < cue and low in _ASIDE_BY_VERBS and nxt == "by" and k > 0 and _in_subject_aside(toks, k, cue):
            found = _outlet_at(state, toks[k + 1].end, toks[cue].start)  # "An official, quoted by the daily X, said"
            if found is not None:
                out.append(found[0])
        same = nxt == "same" and k + 2 < len(toks) and toks[k + 2].low == "interview"
        if low == "the" and (nxt == "interview" or same) and k > 0 and toks[k - 1].low == "in":
            out.extend(_interview_given(state, toks[k].start, speaker))
    return out


#: "told" (and "the") right before an agency's name: words told to it, an interview given.
_TOLD_BEFORE_RE = regex.compile(r"(?<![\p{L}\p{N}])(?:told|telling|tells)[ \t]+(?:the[ \t]+)?\Z", regex.I)


#: An interview other than one named before ("in an interview", "interview with", "was
#: interviewed by", "spoke to"; not "in the interview", "in the same interview", which take it up).
_ANOTHER_INTERVIEW_RE = regex.compile(
    r"(?i)(?<![\p{L}\p{N}])(?:an?|another|her|his|their|its)[ \t]+(?:[\p{L}-]+[ \t]+)?interviews?\b"
    r"|\binterviews?[ \t]+with\b|\binterviewed\b|\b(?:spoke|speaking|talked|talking)[ \t]+(?:to|with)\b"
)


def _interview_given(state: QuoteState, pos: int, speaker: Mention | None = None) -> tuple[Relay, ...]:
    """The agency, broadcaster or newspaper of the interview an article mentions last before
    ``pos``, in the same or the previous paragraph ("told TASS in an interview", "In an
    interview with Kyodo News", "told the BBC in an interview", or
    words told to it: "Villanueva told The Associated Press. ... Villanueva said in the interview");
    failing a registry's name there, the relays of the last quote before in those paragraphs
    that has any (:func:`_relays_quoted_before`: "... told radio station dzBB, according to GMA
    News Online. ¶ In the same interview, the secretary said")."""
    hit = state.ctx.relays.last_carrier_before(pos)
    doc = state.ctx.doc
    if hit is None or doc.paragraph_index(hit.start) < doc.paragraph_index(pos) - 1:
        return _relays_quoted_before(state, pos, speaker)
    near = state.text[max(0, hit.start - 30) : hit.end + 20].lower()
    told = _TOLD_BEFORE_RE.search(state.text, max(0, hit.start - 12), hit.start) is not None
    if ("interview" not in near and not told) or _ANOTHER_INTERVIEW_RE.search(state.text, hit.end + 20, pos):
        return ()  # no interview with that agency (nor words told it), or another interview since
    return (relay_of(hit.entry),)


def _relays_quoted_before(state: QuoteState, pos: int, speaker: Mention | None = None) -> tuple[Relay, ...]:
    """The relays of the last quote before quote ``state.index`` that has any, when it stands
    in the paragraph of ``pos`` or the one before, no other interview is named since, and its
    speaker may be ``speaker`` (:func:`_may_be_same`: not Per Dahl's interview for Ida Lund)."""
    ctx = state.ctx
    para = ctx.doc.paragraph_index(pos)
    for j in range(state.index - 1, max(-1, state.index - LOOKBACK), -1):
        if ctx.doc.paragraph_index(ctx.quotes[j].start) < para - 1:
            return ()
        d = ctx.decisions[j]
        if d is not None and d.relays:
            if _ANOTHER_INTERVIEW_RE.search(state.text, ctx.quotes[j].end, pos):
                return ()
            if d.mention is None or not _may_be_same(state, d.mention.named, speaker):
                return ()
            return tuple(r for r in d.relays if r.kind in CARRIER_KINDS)
    return ()


def _may_be_same(state: QuoteState, before: Mention, speaker: Mention | None) -> bool:
    """Whether ``speaker`` may be the one ``before`` names: a pronoun or a description may be
    anybody; two names must resolve to one person ("Lund" and "Ida Lund", not "Per Dahl")."""
    if (
        speaker is None
        or speaker.kind not in ("person", "organization")
        or before.kind not in ("person", "organization")
    ):
        return True
    names = state.ctx.names
    return names.resolve(speaker.text) == names.resolve(before.text)


def _statement_before(toks: Sequence[Token], cue: int) -> bool:
    """Whether the clause before the cue opens with "In a (written) statement," or the like."""
    for k in range(cue - 1, -1, -1):
        if toks[k].text in (".", ";"):
            return False
        if toks[k].low in _STATEMENT_WORDS and k >= 1 and any(t.low == "in" for t in toks[max(0, k - 3) : k]):
            return True
    return False


def _speaker_office(state: QuoteState, speaker: Mention) -> Relay | None:
    """The office a speaker's statement comes from: a registry name in the speaker phrase
    ("Pentagon press secretary Diane Fair", "Col. Ann Voss, a Pentagon spokeswoman"), else the
    organization the phrase names ("the department's spokeswoman"), else the office of an earlier
    statement by the same person, else the office given where the article introduces the person
    ("Kremlin spokesman Arkady Lund told reporters ... In a statement, Lund said")."""
    office = _office_near(state, speaker.phrase_start, speaker.start, speaker.end, speaker.phrase_end)
    if office is not None:
        return office or None
    if speaker.org:
        return org_relay(state, speaker.org, (speaker.phrase_start, speaker.phrase_end))
    names = state.ctx.names
    if speaker.kind == "description" and speaker.role in OFFICE_ROLES:
        holder = _holder_named_before(state, names.holders_of(speaker.role), speaker.start)
        if holder is None:  # "the spokeswoman added in the statement"
            return None
        name = holder
    elif speaker.kind == "person":
        name = names.resolve(speaker.text)
    else:
        return None
    for k in range(state.index - 1, max(-1, state.index - 1 - LOOKBACK), -1):
        d = state.ctx.decisions[k]
        if d is None or d.mention is None or d.mention.kind != "person" or names.resolve(d.mention.text) != name:
            continue
        earlier = next((r for r in d.relays if r.kind == "official" and r.named), None)
        if earlier is not None:
            return Relay(earlier.name, earlier.kind, None, None, None, earlier.country)  # named elsewhere
    doc = state.ctx.doc
    for start, end in names.sites_of(name):
        if start <= speaker.start < end:
            continue  # the speaker's own words, read above
        sent_s, sent_e = doc.sentence_at(start)
        given = _office_near(state, max(sent_s, start - 60), start, end, min(sent_e, end + 60))
        if given:
            return Relay(given.name, given.kind, None, None, None, given.country)  # named elsewhere
    return None


#: The most holders of one title :func:`_holder_named_before` reads between.
_HOLDERS_READ = 6


def _holder_named_before(state: QuoteState, holders: list[str], pos: int) -> str | None:
    """Of the people who hold a description's title, the one it stands for: the one holder, or
    of several, the one named in full last before ``pos`` in its paragraph ("Col. Ann Voss, a
    Pentagon spokeswoman ... Foreign Ministry spokeswoman Vera Brandt said ... the spokeswoman
    added": Brandt); None when no one is."""
    if len(holders) <= 1:
        return holders[0] if holders else None
    if len(holders) > _HOLDERS_READ:
        return None  # many of that title: none is sure, and the read stays bounded
    doc = state.ctx.doc
    para_s = doc.paras[doc.paragraph_index(pos)][0]
    best: tuple[int, str] | None = None
    for name in holders:
        for start, _ in state.ctx.names.sites_of(name):
            if para_s <= start < pos and (best is None or start > best[0]):
                best = (start, name)
    return best[1] if best is not None else None


#: Words that may stand between an office and a name after it besides the role
#: ("Pentagon deputy press secretary", "the ministry's chief spokeswoman").
_OFFICE_QUALIFIERS = frozenset({"senior", "top", "acting", "chief", "deputy", "principal", "assistant", "vice"})
#: ", a Pentagon spokeswoman": the start of an appositive that may name a person's office.
_APPOSITIVE_LEAD = regex.compile(r"[ \t]*,[ \t]+(?:(?:a|an|the)[ \t]+)?(?:\p{Ll}+[ \t]+){0,2}\Z")


def _office_near(state: QuoteState, lo: int, start: int, end: int, hi: int) -> Relay | Literal[False] | None:
    """The office a registry name gives a person named at ``start:end``, read within ``lo:hi``:
    before the name ("Kremlin spokesman Arkady Lund", "A Pentagon spokesman, Lt. Col. Tom Reyes,")
    or in an appositive after it ("Col. Ann Voss, a Pentagon spokeswoman,").  ``False`` when a
    registry name stands before the name without making it the office's voice ("former Pentagon
    official", "Pentagon critic"): the phrase speaks against the office.
    """
    text = state.text
    titles = state.tables.titles
    hits = state.ctx.relays.within(lo, start)
    if hits:
        h = hits[-1]
        between = [w.strip(",") for w in text[h.end : start].lower().split()]
        while between and between[-1] in titles and between[-1] not in OFFICE_ROLES:
            between.pop()  # the rank before the name: "spokesman, Lt. Col."
        before = text[max(0, min(lo, h.start) - 8) : h.start].lower().split()
        fits = all(w in OFFICE_ROLES or w in _OFFICE_QUALIFIERS for w in between[:-1])
        if between and between[-1] in OFFICE_ROLES and fits and not {"former", "ex-"} & set(before):
            return relay_named(state, h)
        return False
    after = state.ctx.relays.within(end, min(hi, end + 50))
    if after:
        h = after[0]
        if not _APPOSITIVE_LEAD.match(text, end, h.start) or "former" in text[end : h.start].lower():
            return None
        role = [w.strip(",.") for w in text[h.end : min(hi, h.end + 40)].lower().split()[:3]]
        if role and role[0] in ("'s", "’s"):
            role = role[1:]
        if any(w in OFFICE_ROLES for w in role[:2]):
            return relay_named(state, h)
    return None


def trailing_relays(state: QuoteState, after: Sequence[Token]) -> list[Relay]:
    """Relays named at the end of the sentence of a quote whose cue stands before it: ``Lund said
    the plan was "...", according to Xinhua`` or ``... "..." with Tokyo, RIA reported, citing a
    Kremlin statement`` (nearest the speaker first)."""
    for k in range(min(len(after), 16)):
        if after[k].text in (".", ";", "!", "?"):
            return []
        if k == 0 or after[k - 1].text == ",":
            found = _relay_clause(state, after, k)
            if found:
                return found
    return []


def _relay_clause(state: QuoteState, after: Sequence[Token], k: int) -> list[Relay]:
    """``according to AGENCY`` or ``AGENCY reported[, citing X]`` opening at ``after[k]`` and
    closing the sentence (not "while Xinhua reported that ...", not "as AFP reported")."""
    if k + 1 < len(after) and after[k].low == "according" and after[k + 1].low == "to":
        found = _named_or_taken_up(state, after, k + 2)
        return [found[0]] if found is not None else []
    if after[k].low in ("in", "during"):  # '"...", in remarks on the private TV channel X'
        to = k + 3 if k + 1 < len(after) and after[k + 1].low in ("an", "a") else k + 2
        if to < len(after) and _spoken_to(after, to):
            found = _outlet_spoken_to(state, after, to, after[-1].end)
            return [found[0]] if found is not None else []
    for j in range(k + 1, min(len(after), k + 5)):
        if after[j].low in _REPORT_VERBS:
            hit = _hit_at(state, after[k].start, after[j].start)
            lead = after[k + 1].start if after[k].low == "the" and k + 1 < j else after[k].start
            opens = hit is not None and hit.start == lead  # the agency opens the clause (after "the")
            if hit is None and j == k + 2 and after[k].low == "the" and _closes_sentence(after, j + 1):
                taken = _taken_up(state, after[k].start, after[k + 1])
                if taken is not None:  # "..., the newspaper reported.": the paper named just before
                    return [taken]
            if hit is None or not opens or not _carrier(state, hit):
                shaped = _outlet_reporting(state, after, j)  # "..., the Harlan Post reported."
                return [shaped] if shaped is not None else []
            chain = [relay_named(state, hit)]
            rest = [t for t in after[j + 1 :] if t.low not in TIME_WORDS]  # "RIA reported on Monday"
            if len(rest) >= 2 and rest[0].text == "," and rest[1].low == "citing":
                cited = _hit_at(state, rest[1].end, min(after[-1].end, rest[1].end + 40))
                if cited is not None:
                    chain.insert(0, relay_named(state, cited))
            elif rest and rest[0].text not in (".", ";", "!", "?"):
                return []  # "TASS reported that ...": a statement of its own
            return chain
        if not after[j].is_word:
            return []
    return []


def _titled_person(state: QuoteState, words: str) -> bool:
    """Whether the article tells ``words`` for a person's name by a person's role as a title
    ("Harian Osman, a local reporter,"; not "the daily Glas Otoka"; not by a gender, which a
    "he" after "told La Radio" may lend a station)."""
    return any(state.tables.person_role(t) for t in state.ctx.names.titles.get(words, ()))


def _outlet_reporting(state: QuoteState, toks: Sequence[Token], verb: int) -> Relay | None:
    """The outlet named by its shape (:func:`_outlet_quoting`) that is the subject of the
    report verb ``toks[verb]`` closing the sentence after a quote ("..., the Harlan Post
    reported."), after "the" (:func:`_after_the`) and with nothing but time words after it
    (:func:`_closes_sentence`); else None."""
    if not _after_the(toks, verb) or not _closes_sentence(toks, verb + 1):
        return None
    return _outlet_quoting(state, toks, verb)


def _after_the(toks: Sequence[Token], verb: int) -> bool:
    """Whether the words before ``toks[verb]``, back to a comma, open with "the" ("..., the
    Harlan Post reported"), as an outlet's name by its shape must there: "..., Orsolo Post
    reported" may be a reporter's."""
    return toks[min(_subject_start(toks, verb), verb - 1)].low == "the"


def _subject_start(toks: Sequence[Token], verb: int) -> int:
    """Where the run of words right before ``toks[verb]`` opens, at most :data:`_SUBJECT_REACH`
    of them: the subject a verb's outlet is read from."""
    first = verb
    while first > 0 and verb - first < _SUBJECT_REACH and toks[first - 1].is_word:
        first -= 1
    return first


def _closes_sentence(toks: Sequence[Token], k: int) -> bool:
    """Whether the sentence ends at ``toks[k]``, past time words ("reported on Monday."), or
    the tokens end there: no clause of its own follows ("reported that ...")."""
    rest = [t for t in toks[k:] if t.low not in TIME_WORDS]
    return not rest or rest[0].text in (".", ";", "!", "?")


def _bare_name(name: str) -> str:
    """``name`` in lower case without a leading "the", to compare an outlet with a speaker."""
    low = " ".join(name.lower().split())
    return low.removeprefix("the ")


#: How many words before an as-saying verb :func:`_outlet_quoting` reads for its subject.
_SUBJECT_REACH = 6


def _outlet_quoting(state: QuoteState, toks: Sequence[Token], at: int) -> Relay | None:
    """``K7 television quoted Ida Marsh as saying``: the outlet the registry does not hold that
    is the subject of the as-saying verb ``toks[at]``, named by its shape (:func:`_outlet_at`:
    "state television HRT2", "the Harlan Courier") from the subject's first word right up to the
    verb; else None. Initials alone are nobody's outlet here ("The PM quoted", "JFK quoted"), nor
    is a name inside a longer subject ("Mayor Ida Post quoted", "A man who reads the Harlan
    Herald quoted")."""
    verb = toks[at]
    first = _subject_start(toks, at)
    while first < at and toks[first].low in state.tables.not_names and toks[first].low != "the":
        first += 1  # "As the Harlan Courier reported": the clause's opening word is no part of the name
    if first >= at:
        return None
    text, nouns = state.text, state.ctx.config.outlets.nouns
    found = _outlet_at(state, toks[first].start, verb.start, registry=False, subject=True)
    between = text[found[1] : verb.start].split() if found is not None else None
    while between and between[-1].lower() in TIME_WORDS | {"this"}:
        between.pop()  # "Kestrel Voice daily on Tuesday quoted", "the Harlan Courier this week quoted"
    if found is not None and between is not None and (not between or " ".join(between) in nouns):
        return found[0]  # "state television HRT2", "K7 television": the name, then nothing or its noun
    return None


#: Words that open an aside naming where an outlet took words from ("Reuters, citing an interview
#: with the daily X, quoted ...").
_CITING_WORDS = frozenset({"citing", "quoting"})
#: The verbs of an outlet quoting somebody after a citing aside.
_QUOTING_VERBS = frozenset({"quoted", "quotes"})
#: How many tokens an aside of :func:`_citing_aside` may hold.
_CITING_REACH = 24
#: Single-word initials for an outlet that cites ("KTN, citing ..."): two to six capitals.
_CITING_INITIALS_RE = regex.compile(r"\p{Lu}{2,6}")


def _citing_initials(state: QuoteState, word: str) -> bool:
    """Whether the capitals ``word`` that open a citing aside name an outlet: never a body's
    initials (:attr:`OutletTables.body_initials`), and only those the article names after an
    outlet's noun ("the private television channel KTN"), spells out as an outlet's or that end
    as an outlet's do (:func:`_outlet_initials`); not "UNHCR, citing ..."."""
    if _CITING_INITIALS_RE.fullmatch(word) is None or word in state.ctx.config.outlets.body_initials:
        return False
    return word in state.ctx.introduced_outlets or _outlet_initials(state, word)


def _citing_aside(state: QuoteState, toks: Sequence[Token], at: int) -> list[Relay]:
    """The chain of ``OUTLET, citing SOURCE, (also) quoted X as saying`` before the as-saying verb
    ``toks[at]``: the outlet the aside cites (a registry's carrier in it, else one an outlet's
    noun or shape names after "by", "with", "to" or "in"), nearest the speaker, then the outlet
    that opens the sentence (a registry's carrier, one named by its shape, or initials the
    article tells for an outlet's: :func:`_citing_initials`); empty when the verb has no such
    aside before it.
    ``at`` may be the aside's own "citing", the verb then the "quoted" after the aside."""
    if toks[at].low in _CITING_WORDS:
        reach = range(at + 1, min(len(toks), at + _CITING_REACH))
        at = next((k for k in reach if toks[k].low in _QUOTING_VERBS and toks[k - 1].text in (",", "also")), at)
    close = at - 1
    if close > 0 and toks[close].low in ("also", "then", "later"):
        close -= 1
    if close < 3 or toks[close].text != ",":
        return []
    open_ = next((k for k in range(close - 2, max(0, close - _CITING_REACH), -1) if toks[k].text == ","), None)
    if open_ is None or open_ == 0 or toks[open_ + 1].low not in _CITING_WORDS:
        return []
    first = 0
    while first < open_ and toks[first].low in state.tables.not_names and toks[first].low != "the":
        first += 1
    if first >= open_:
        return []
    # a carrier of the registry, or a name its noun or its shape tells, up to the comma
    found = _outlet_at(state, toks[first].start, toks[open_].start, subject=True)
    outlet = found[0] if found is not None and found[1] == toks[open_ - 1].end else None
    if outlet is None and open_ == first + 1 and _citing_initials(state, toks[first].text):
        word = toks[first]
        outlet = Relay(word.text, "outlet", word.text, word.start, word.end, None)
    if outlet is None:
        return []
    source: Relay | None = None
    inside = state.ctx.relays.within(toks[open_].end, toks[close].start)
    carriers = [h for h in inside if _carrier(state, h)]
    if carriers:
        source = relay_named(state, carriers[-1])
    else:
        for k in range(open_ + 2, close):
            if toks[k].low in ("by", "with", "to", "in"):
                found = _outlet_at(state, toks[k].end, toks[close].start, registry=False)
                if found is not None:
                    source = found[0]
                    break
    return [source, outlet] if source is not None else [outlet]


def _by_agency(state: QuoteState, toks: Sequence[Token], cue_idx: Sequence[int]) -> Relay | None:
    """``X was quoted by AGENCY as saying``, ``X was quoted as saying by the Harlan Times``: a
    carrier of the registry, else an outlet whose name or noun tells it (:func:`_outlet_at`)."""
    for k in cue_idx:
        if k + 1 < len(toks) and toks[k + 1].low == "by":
            hit = _hit_at(state, toks[k + 1].end, min(toks[-1].end, toks[k + 1].end + 40))
            if hit is not None:
                return relay_named(state, hit)
            found = _outlet_at(state, toks[k + 1].end, toks[-1].end, registry=False)
            if found is not None:
                return found[0]
    return None
