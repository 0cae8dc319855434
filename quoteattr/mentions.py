"""Mentions: people, organizations, pronouns, descriptions and agencies, with offsets.

Two kinds of work live here:

* **Local noun phrases.**  :func:`np_before` reads the words just before a cue
  right to left ("the department's spokeswoman, Lena Osei," said) and
  :func:`np_after` reads those after it (said "Secretary Brandt").  Each gives
  a :class:`Mention`: the name part, the role words, the organization named in
  the phrase, the gender the words tell.
* **The article's tables.**  :class:`NameTable` maps a surname or a "Mr."
  form to the fullest name the article gives ("Kovalenko" -> "Anna Kovalenko"),
  and :class:`RelayIndex` finds every registry agency or office named in the
  text, each with one pass of a precompiled pattern.

Every function reads a bounded window or scans the text once.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Callable, Collection, Iterator, Sequence

import attrs
import regex

from .lexicon.abbreviations import ABBREVIATIONS, NAME_OR_TITLE_ABBREVIATIONS, SENTENCE_STARTERS
from .lexicon.cues import PHRASAL_CUES, PHRASAL_NOT_BEFORE, QUESTION_OPENERS, QUESTIONED_PARTICIPLES, SPEECH_VERBS
from .lexicon.marks import DEFAULT_MARKS
from .lexicon.relays import CARRIER_KINDS, OUTLET_OPENINGS, RelayEntry
from .lexicon.titles import (
    AGE_ROLE,
    APPROXIMATORS,
    COUNT_WORDS,
    DEFAULT_NAME_TABLES,
    DETERMINERS,
    FEMALE_WORDS,
    GENDERED_PRONOUNS,
    GENERATION_SUFFIXES,
    GENERIC_ORG_NOUNS,
    GROUP_SHARE_WORDS,
    HYPHENED_PARTICLES,
    KINSHIP_TITLES,
    MALE_WORDS,
    NATIVE_ROLE,
    OFFICE_HEADS,
    OFFICE_LINKS,
    PATRONYMIC_PARTICLES,
    PLACE_OPENERS,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    TIME_NOUNS,
    WEEKDAYS_MONTHS,
    NameTables,
)
from .segment import sentences

__all__ = [
    "title_follows",
    "fronted_question",
    "Mention",
    "NameTable",
    "RelayHit",
    "RelayIndex",
    "ACRONYM_RE",
    "Token",
    "gender_of_words",
    "opens_a_sentence",
    "is_possessive",
    "strip_possessive",
    "without_possessive",
    "owner_words",
    "WHO_AFTER_NAME_RE",
    "KIN_AFTER_POSSESSIVE_RE",
    "np_after",
    "np_before",
    "relative_before",
    "tokenize",
]

#: Inside a word: apostrophes, periods and hyphens; a slash between digits ("9/11");
#: and the Latin-1 symbols that mojibake leaves inside names ("FranÃ§ois"), but not
#: the guillemets or the no-break space.
_WORD_JOINERS = "’'.\\-\u0080-\u009f\u00a1-\u00aa\u00ac-\u00ba\u00bc-\u00bf"
_TOKEN_RE = regex.compile(
    r"[\p{L}\p{N}][\p{L}\p{M}\p{N}]*"  # combining marks belong to the word ("Jose\u0301")
    r"(?:[" + _WORD_JOINERS + r"]+[\p{L}\p{M}\p{N}]+|/\p{N}+)*\.?(?:[’']s?)?|[^\s\p{L}\p{N}]"
)
_DASHES = frozenset("—–―-")

#: A particle joined to a capitalized surname by a hyphen ("al-Hashimi").
_HYPHENED = "(?:" + "|".join(sorted(HYPHENED_PARTICLES)) + ")-"
_HYPHENED_NAME_RE = regex.compile(_HYPHENED + r"\p{Lu}")


class Token:
    """A word or a punctuation mark with its offsets (internal; made by the thousand, so kept plain)."""

    __slots__ = ("end", "is_cap", "is_word", "low", "start", "text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.low = text.lower()
        first = text[0]
        self.is_word = first.isalnum()
        # "al-Hashimi" is a name's word too
        self.is_cap = first.isupper() or ("-" in text and first in "aeib" and _HYPHENED_NAME_RE.match(text) is not None)

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.text!r})"


#: The word after a place, past spaces.
_NEXT_WORD_RE = regex.compile(r"\s*(\p{L}+)")


def _title_before_name(text: str, pos: int) -> bool:
    """Whether a capitalized word other than a common sentence opener follows ``pos`` after a
    blank ("Eng. Omar Haddad"; not "said Tan Ah Eng. He added")."""
    m = _TITLE_NEXT_RE.match(text, pos)
    return m is not None and m.group(1) not in SENTENCE_STARTERS


#: The capitalized word after a blank that a title's period may stand before.
_TITLE_NEXT_RE = regex.compile(r"[ \t]+(\p{Lu}[\p{L}'’-]*)")


def _period_kept(word: str, text: str, end: int) -> bool:
    """Whether the final period of ``word`` (ending at ``end``) stays on it: an abbreviation's
    ("Mr."), or a title's that is a surname too, before a name ("Eng. Omar Haddad")."""
    low = word[:-1].lower()
    return low in ABBREVIATIONS or (low in NAME_OR_TITLE_ABBREVIATIONS and _title_before_name(text, end))


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Words and punctuation marks of ``text[start:end]``.

    A final period stays on abbreviations and initials ("Mr.", "U.S.", "J.")
    and is a token of its own after any other word ("said.").  A two-word cue
    of :data:`~quoteattr.lexicon.cues.PHRASAL_CUES` ("shot back") is one token.

    >>> [t.text for t in tokenize("Mr. Smith said.", 0, 15)]
    ['Mr.', 'Smith', 'said', '.']
    """
    out: list[Token] = []
    for m in _TOKEN_RE.finditer(text, start, end):
        word = m.group(0)
        stop = word.endswith(".") and len(word) > 2 and "." not in word[:-1] and not _period_kept(word, text, m.end())
        end = m.end() - 1 if stop else m.end()
        bare = word[:-1] if stop else word
        phrasal = out and out[-1].low in PHRASAL_CUES and bare.lower() in PHRASAL_CUES[out[-1].low]
        nxt = _NEXT_WORD_RE.match(text, m.end()) if phrasal else None
        if phrasal and (nxt is None or nxt.group(1).lower() not in PHRASAL_NOT_BEFORE):  # not "went on to promote"
            first = out.pop()  # "shot back": one cue
            out.append(Token(first.start, end, text[first.start : end]))
        else:
            out.append(Token(m.start(), end, bare))
        if stop:
            out.append(Token(end, m.end(), "."))
    return out


@attrs.frozen(slots=True)
class Mention:
    """A noun phrase that can name a speaker.

    ``start``/``end`` cover the words that name the speaker (the name, or the
    whole description when there is no name); ``phrase_start``/``phrase_end``
    the whole phrase with its title and appositive.  ``kind`` is one of
    person, organization, pronoun, description, group.

    A relative pronoun that speaks ("Lund, who said ...") is a mention of its
    own words with the phrase it stands for in ``refers_to``: the name comes
    from that phrase, the offsets from the pronoun.
    """

    start: int
    end: int
    text: str
    kind: str
    phrase_start: int
    phrase_end: int
    role: str | None = None
    org: str | None = None
    gender: str | None = None
    refers_to: Mention | None = None

    @property
    def named(self) -> Mention:
        """The phrase that names the speaker: the one a relative pronoun stands for, else this one."""
        return self.refers_to or self


def strip_possessive(word: str) -> str:
    """``word`` without a possessive ending ("Dahl's" -> "Dahl", "Harriers'" -> "Harriers")."""
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def is_possessive(word: str) -> bool:
    """Whether ``word`` is written possessive ("Dahl's", "Harriers'")."""
    return strip_possessive(word) != word


def owner_words(words: Sequence[str]) -> list[str]:
    """The words of a phrase up to its last possessive but its last word ("NBC's" of "NBC's
    Dante Chinni", "the Whitcomb's" of "the Whitcomb's granddaughter"); none without one."""
    owner = max((k for k, w in enumerate(words[:-1]) if is_possessive(w)), default=-1)
    return list(words[: owner + 1])


def _past_owner(words: list[str]) -> list[str]:
    """The words of a capitalized run after its last possessive but its last word ("NBC's Dante
    Chinni": Dante Chinni; "South Korea's Joint Chiefs of Staff": the body)."""
    return words[len(owner_words(words)) :]


def without_possessive(m: Mention) -> Mention:
    """The mention ``m`` ("the minister's", "The inquiry's") without its possessive ending, its
    end and phrase end moved to match."""
    text = strip_possessive(m.text)
    end = m.start + len(text)
    return attrs.evolve(m, text=text, end=end, phrase_end=end)


def _is_name_word(tok: Token, tables: NameTables) -> bool:
    low = tok.low
    if tok.is_cap:
        return True
    return low in tables.name_particles


def _without_post_nominals(words: list[str], tables: NameTables) -> list[str]:
    """A name's words without the letters after it ("Priya Rao KC" -> "Priya Rao")."""
    end = len(words)
    while end > 1 and words[end - 1].lower().rstrip(".") in tables.post_nominals:
        end -= 1
    return words[:end]


def _is_title_word(low: str, tables: NameTables) -> bool:
    honorifics = tables.honorifics
    return low in tables.titles or low in honorifics or low.rstrip(".") in honorifics or low in tables.nationalities


def gender_of_words(words: Sequence[str]) -> str | None:
    """The gender the first gendered word of ``words`` tells ("spokeswoman", "husband"), if any."""
    for w in words:
        low = w.lower()
        if low in FEMALE_WORDS:
            return "f"
        if low in MALE_WORDS:
            return "m"
    return None


def _plural_demonym(word: str, tables: NameTables) -> bool:
    """Whether the lower-cased ``word`` is the plural of a nationality or a demonym the tables
    list ("cubans", "czechs", "swedes", "filipinos"); not of one that only an ending tells
    ("Deans", "Corinthians"), nor a surname that ends in s ("Evans")."""
    one = word[:-1]
    return word.endswith("s") and len(word) > 4 and (one in tables.nationalities or one in tables.demonyms)


#: A place in capitals that opens a dateline ("KUALA LUMPUR, July 8", "SAN JOSE (Reuters)"),
#: matched from a run's start to four characters past its end: a comma and a capitalized word
#: or a bracket after it, not "IDA LUND, 34," nor "IDA LUND, the mayor,".
_DATELINE_PLACE_RE = regex.compile(
    r"\p{Lu}[\p{Lu}\p{M}'’.\-]+(?:[ \t]+\p{Lu}[\p{Lu}\p{M}'’.\-]+)+(?:,[ \t]+\p{Lu}\p{Ll}|[ \t]\()"
)


#: Right after a name: a speech verb, or an appositive's first lower-case words (group 1), read
#: by :meth:`NameTable._speaks_or_told`.
_SPEAKS_OR_TOLD_RE = regex.compile(
    r"(?:,[ \t]+(?:an?[ \t]+)?(\p{Ll}[\p{Ll}\-]*(?:[ \t]+\p{Ll}[\p{Ll}\-]*){0,2})|[ \t]+(?:said|says|told|added)\b)"
)

#: Right before a name: a speech verb that it follows as its subject ('"...," said Rudi Santoso').
_SAID_BEFORE_RE = regex.compile(r"\b(?:said|says|added)[ \t]+\Z")


def _of_a_place(word: str, tables: NameTables) -> bool:
    """Whether the lower-cased ``word`` surely says where people are from ("cuban", "mongolian",
    "czech", "londoner"), as :meth:`NameTables.from_a_place` reads it, or is any word of the
    nationalities table ("Several Western lawmakers": an adjective all the same)."""
    return word in tables.nationalities or tables.from_a_place(word)


def _split_name(tokens: Sequence[Token], tables: NameTables) -> tuple[int, int]:
    """Indices (i, j) of the name inside a run of capitalized tokens: titles stripped on the left."""
    i, j = 0, len(tokens)
    # everything up to the last title word is the title: "Harbor Commissioner Tomas Brandt"
    for k in range(j - 2, -1, -1):
        if tokens[k].low in tables.titles or tokens[k].low in tables.honorifics:
            i = k + 1
            break
    while i < j - 1 and _is_title_word(tokens[i].low, tables):
        i += 1
    while i < j and tokens[i].low in tables.not_names:
        i += 1
    return i, j


def _org_kind(tokens: Sequence[Token], tables: NameTables) -> bool:
    """Whether a run of tokens ends as a body's name does ("Harbor Union", "Hwaseon County")."""
    last = strip_possessive(tokens[-1].low) if tokens else ""
    return last in tables.org_suffixes or (len(tokens) > 1 and last in tables.local_governments)


def _mention_from_run(
    text: str,
    run: Sequence[Token],
    prefix: Sequence[Token],
    surname_ok: bool = False,
    *,
    tables: NameTables = DEFAULT_NAME_TABLES,
) -> Mention | None:
    """A mention from a run of capitalized tokens and the description words before it.

    A lone nationality word ("Russian") is an adjective, not a speaker, unless
    ``surname_ok`` says a speech verb follows it ("Cuban said").
    """
    i, j = _split_name(run, tables)
    if _org_kind(run, tables):
        i = 0
        while i < j - 1 and run[i].low in tables.not_names:
            i += 1
    if i >= j:
        return None
    name = run[i:j]
    words = [t.text for t in (*prefix, *run)]
    phrase_start = (prefix[0] if prefix else run[0]).start
    if len(name) == 1 and name[0].low in tables.nationalities and not surname_ok:
        return None  # "Republican", "Russian": an adjective, not a speaker
    if len(run) == 1 and _plural_demonym(name[0].low, tables):
        s, e = name[0].start, name[0].end  # "Cubans call the old cars ...": people at large, nobody named
        return Mention(s, e, text[s:e], "group", s, e, role=name[0].low)
    is_org = _org_kind(name, tables)
    if not is_org and i > 0 and name[-1].low in tables.place_words:
        name, is_org = run[:j], True  # "Health Canada", "Transport Canada": a body, not a Mr. Canada
    kind = "organization" if is_org else "person"
    org = _org_in(prefix, tables) if prefix else None
    if org is None and i > 0 and kind == "person":
        org = _org_in(run[:i], tables)
    role = " ".join(t.text for t in (*prefix, *run[:i]) if t.low not in DETERMINERS) or None
    return Mention(
        start=name[0].start,
        end=name[-1].end,
        text=text[name[0].start : name[-1].end],
        kind=kind,
        phrase_start=phrase_start,
        phrase_end=run[-1].end,
        role=role,
        org=org,
        gender=gender_of_words(words),
    )


def _org_in(tokens: Sequence[Token], tables: NameTables) -> str | None:
    """The organization named inside a description ("the department's", "State Department")."""
    best = None
    run: list[Token] = []
    suffixes = tables.org_suffixes
    for tok in [*tokens, Token(0, 0, " ")]:
        if tok.is_word and (tok.is_cap or strip_possessive(tok.low) in suffixes):
            run.append(tok)
            continue
        if run and strip_possessive(run[-1].low) in suffixes:
            best = " ".join(strip_possessive(t.text) if k == len(run) - 1 else t.text for k, t in enumerate(run))
        elif best is None and _voiced_body(run, tok, tables):
            best = " ".join(t.text for t in run)  # "Kestrel Energy spokeswoman": the body she speaks for
        run = []
    return best


def _voiced_body(run: Sequence[Token], role: Token, tables: NameTables) -> bool:
    """Whether the capitalized ``run`` right before a role that speaks for a body
    (:data:`~quoteattr.lexicon.titles.VOICE_ROLES`) names that body: two words and more, the
    first no given name nor honorific ("Indigenous Services Canada spokesperson"; not "Ida
    Marsh spokesman", a person's)."""
    if len(run) < 2 or role.low not in tables.voice_roles:
        return False
    first = run[0].low
    return first not in tables.given_names and first not in tables.honorifics and first not in tables.titles


_YEAR_RE = regex.compile(r"1[89]\d\d|2[01]\d\d")
#: A person's age used as a noun: "61-year-old", "sixty-one-year-old".
_AGE_RE = regex.compile(r"(?:\d+|\p{Ll}+(?:-\p{Ll}+)?)-year-old")
#: Words before a number that make it a count inside a phrase ("of 32 experts", "four in 10").
_COUNT_PREPOSITIONS = frozenset(
    {"of", "in", "on", "at", "for", "from", "with", "by", "to", "since", "about", "over", "under", "than",
     "after", "before", "during", "until", "around", "nearly", "almost"}
)  # fmt: skip


def _opening_number(toks: Sequence[Token], k: int) -> bool:
    """Whether ``toks[k]`` is a number that opens a phrase as a determiner would ("14 percent said",
    "..., and 21 percent said"), not a year ("2019 officials") or a count inside a phrase ("a 2013
    study", "four in 10 voters", "of 32 experts")."""
    low = toks[k].low
    if not low[:1].isdigit() or _YEAR_RE.fullmatch(low):
        return False
    prev = toks[k - 1] if k > 0 else None
    if prev is not None and prev.low in APPROXIMATORS and (k == 1 or not toks[k - 2].is_word):
        return True  # ", around 80 campaigners waved": a rough count opening the clause
    return prev is None or not prev.is_word or (prev.low not in DETERMINERS and prev.low not in _COUNT_PREPOSITIONS)


def _description(text: str, toks: Sequence[Token], end: int, tables: NameTables) -> tuple[int, Mention] | None:
    """A description ending at token ``end`` (inclusive): "the top U.S. diplomat", "officials"."""
    head = toks[end]
    low = strip_possessive(head.low)
    if _AGE_RE.fullmatch(low):
        low = AGE_ROLE  # "the 61-year-old": a person, by age
    roles, group_roles = tables.role_nouns, tables.group_role_nouns
    # "Herders describe ...": a trade in the plural opening a sentence is a group, like "Officials";
    # so is one in lower case right after a comma ("In Kestrelby, a village, farmers said"), but not
    # one set off by commas on both sides ("Ida Marsh and her husband, farmers, said": an appositive)
    after_comma = end >= 1 and toks[end - 1].text == "," and not (end + 1 < len(toks) and toks[end + 1].text == ",")
    plural = low in tables.trade_groups or tables.plural_role(low)  # "Herders", "campaigners"
    trade = plural and ((head.is_cap and opens_a_sentence(text, head.start)) or after_comma)
    group = low in group_roles or trade
    known_role = low in roles or group or low in tables.member_nouns
    if not known_role:
        # any common noun right after a determiner ("one questioner", "the announcer")
        if head.is_cap or low in tables.not_names or low in PRONOUNS or len(low) < 3 or low.endswith("ly"):
            return None
        if low in TIME_NOUNS:
            return None  # "this month", "last week": a time, not a speaker
        before = toks[end - 1] if end >= 1 else None
        before2 = toks[end - 2] if end >= 2 else None
        det_near = (
            (before is not None and _opening_number(toks, end - 1))  # "21 percent said"
            or (before is not None and before.low in DETERMINERS)
            or (before2 is not None and before2.low in DETERMINERS and before is not None and before.is_word)
        )
        if not det_near:
            return None
    k = end - 1
    lower_words = 0
    while k >= 0 and end - k <= 7:
        tok = toks[k]
        if not tok.is_word:
            break
        if tok.low in DETERMINERS or _opening_number(toks, k):
            break
        opening = k == 0 or not toks[k - 1].is_word or toks[k - 1].low not in DETERMINERS
        if tok.is_cap and tok.low in tables.not_names and opening:
            break  # "Since 2019 officials": an opening word, not part of the phrase ("a Wednesday editorial" is)
        if tok.is_cap or tok.low.endswith(("'s", "’s")) or tok.low in tables.titles or tok.low in tables.nationalities:
            k -= 1
            continue
        if tok.low in roles or tok.low in group_roles:
            k -= 1
            continue
        lower_words += 1
        if lower_words > 2 or tok.low in tables.not_names:
            break
        after_name = k >= 1 and toks[k - 1].is_cap and not is_possessive(toks[k - 1].text)
        after_name = after_name and toks[k - 1].low not in DETERMINERS
        if after_name and tok.low.endswith("ly") and toks[k + 1].low.endswith("ed") and toks[k + 1].low != head.low:
            break  # "Lund sharply rebuked critics": an adverb and a verb after a name, not "Lund ... critics"
        k -= 1
    has_det = k >= 0 and toks[k].is_word and (toks[k].low in DETERMINERS or _opening_number(toks, k))
    first = k if has_det else k + 1
    while first < end and not has_det and not toks[first].is_cap and toks[first].low not in roles:
        first += 1  # drop leading lower-case words that did not reach a determiner
    if not has_det and not group and not toks[first].is_cap:
        return None
    words = toks[first : end + 1]
    kind = "group" if group else "description"
    if (
        kind == "description"
        and (low in tables.org_suffixes or low in tables.local_governments)
        and any(t.is_cap for t in words)
    ):
        kind = "organization"
    s, e = words[0].start, words[-1].end
    mention = Mention(
        start=s,
        end=e,
        text=text[s:e],
        kind=kind,
        phrase_start=s,
        phrase_end=e,
        role=low,
        org=_org_in(words[:-1], tables) if kind != "organization" else None,
        gender=gender_of_words([t.text for t in words]),
    )
    return first, mention


def _name_run_left(toks: Sequence[Token], end: int, tables: NameTables) -> int:
    """Index of the first token of the capitalized run ending at ``end``."""
    k = end
    particles = tables.name_particles
    while k - 1 >= 0 and toks[k - 1].is_word and _is_name_word(toks[k - 1], tables):
        if toks[k - 1].low in particles and not toks[k - 1].is_cap:
            j = k - 1
            while j - 1 >= 0 and toks[j - 1].is_word and toks[j - 1].low in particles and not toks[j - 1].is_cap:
                j -= 1  # "von der", "bin"
            if not (j - 1 >= 0 and toks[j - 1].is_word and toks[j - 1].is_cap):
                break
            k = j
            continue
        k -= 1
    return k


def _mission_in_place(text: str, toks: Sequence[Token], end: int, tables: NameTables) -> tuple[int, Mention] | None:
    """A country's mission abroad named with its city, the capitalized run ``toks[k : end + 1]``
    after "in" right after a capitalized name that ends in a mission noun (NameTables.mission_nouns:
    "the Harlanian High Commission in Port Alma"): one organization, its "the" kept out of the
    name; else None."""
    if not toks[end].is_cap:
        return None
    k = _name_run_left(toks, end, tables)
    if k < 3 or toks[k - 1].low != "in" or not toks[k - 2].is_cap:
        return None
    head = toks[k - 2].low
    two = f"{toks[k - 3].low} {head}" if toks[k - 3].is_cap else ""
    if head not in tables.mission_nouns and two not in tables.mission_nouns:
        return None
    first = _name_run_left(toks, k - 2, tables)
    while first < k - 2 and toks[first].low in tables.not_names:
        first += 1  # "The German Embassy": the article is no part of the name
    if first == k - 2 and head in tables.mission_nouns:
        return None  # "the Embassy in Valletta": whose, unsaid
    s, e = toks[first].start, toks[end].end
    lead = first - 1 if first >= 1 and toks[first - 1].low == "the" else first
    return lead, Mention(s, e, text[s:e], "organization", toks[lead].start, e)


def _phrase_ending_at(text: str, toks: Sequence[Token], end: int, tables: NameTables) -> tuple[int, Mention] | None:
    """The noun phrase whose last token is ``toks[end]``: (index of its first token, mention).

    A description completed by an of-phrase is one phrase: "the senator from
    Nordland", "the secretary of state", "one of the advisers", "a person
    familiar with the talks".
    """
    mission = _mission_in_place(text, toks, end, tables)
    if mission is not None:  # "the Norwegian Embassy in Valletta": its city is part of its name
        return mission
    got = _bare_phrase_ending_at(text, toks, end, tables)
    if got is not None and got[1].kind == "pronoun":
        return got
    joined = _joined_body(text, toks, got, tables) if got is not None else None
    if joined is not None:
        # "an official at the Ministry of Trade, Industry and Energy": the description it completes
        longer = _of_phrase(text, toks, joined[0], end, tables, "organization", reach=end - joined[0])
        return longer if longer is not None else joined
    tail = got[0] if got is not None else _lone_tail(toks, end, tables)
    if tail is None:
        return got
    longer = _of_phrase(text, toks, tail, end, tables, got[1].kind if got is not None else None)
    if longer is not None:
        return longer
    if got is not None and got[1].kind == "organization" and tail >= 2 and toks[tail - 1].low == "of":
        owner = _bare_phrase_ending_at(text, toks, tail - 2, tables)  # "Ida Marsh of the Harbor Trust"
        if owner is not None and owner[1].kind == "person":
            org = owner[1].org or got[1].text
            return owner[0], attrs.evolve(owner[1], org=org, phrase_end=got[1].phrase_end)
    return got


def _joined_body(
    text: str, toks: Sequence[Token], got: tuple[int, Mention], tables: NameTables
) -> tuple[int, Mention] | None:
    """A body's name whose of-phrase joins two words by "and" ("the Ministry of Commerce and
    Industry"), read whole where ``got`` is the capitalized word after "and"; else None."""
    first, last = got
    if last.kind not in ("person", "organization") or " " in last.text or first < 4 or toks[first - 1].low != "and":
        return None
    of = first - 3
    while of >= 3 and toks[of].text == "," and toks[of - 1].is_cap and listed_in_of(toks, of, tables) == first - 1:
        of -= 2  # "the Ministry of Trade, Industry and Energy": the listed words before "and"
    if not toks[first - 2].is_cap or toks[of].low != "of" or last.text.lower() in tables.given_names:
        return None  # not "the Ministry of Fisheries and Ida said"
    before = _bare_phrase_ending_at(text, toks, of - 1, tables)
    if before is None or (before[1].kind != "organization" and toks[of - 1].low not in tables.org_suffixes):
        return None
    if of < first - 3 and toks[of - 1].low not in tables.generic_org_nouns:
        return None  # a list after "of" only in an office of state's name, not "the Bank of Voltara, Marsh and Dahl"
    owned = [n for n in range(before[0], of - 1) if is_possessive(toks[n].low)]
    start = owned[-1] + 1 if owned else before[0]  # "South Korea's Ministry of ...": no part of the name
    whole = text[toks[start].start : last.end]
    return start, Mention(toks[start].start, last.end, whole, "organization", toks[start].start, last.end)


def listed_in_of(toks: Sequence[Token], n: int, tables: NameTables, named: bool = False) -> int | None:
    """Where the list that the comma ``toks[n]`` opens inside an of-phrase closes: the index of
    its "and" when single capitalized words follow, each after a comma, then "and" and one or
    two capitalized words ("of Trade, Industry and Energy"; "of Environment, Science and
    Climate Change"), none an honorific, a role or a given name, nor a body's last word
    ("of Finance, Harbours and Port Alma Council"); else None. Whether the name before
    "of" is an office of state's is the caller's to judge. With ``named`` the words after "and"
    run on into the holder's name ("of Trade, Industry and Competition Ida Marsh"), which the
    caller reads: only the first of them is judged."""
    j = n
    while j + 2 < len(toks) and toks[j].text == "," and j - n < 2 * _LISTED_WORDS:
        word = toks[j + 1]
        if not (word.is_word and word.is_cap) or _not_a_body_word(word.low, tables):
            return None
        if toks[j + 2].low == "and":
            tail = list(itertools.takewhile(lambda t: t.is_word and t.is_cap, toks[j + 3 : j + 6]))
            if named:
                return j + 2 if tail and not _not_a_body_word(tail[0].low, tables) else None
            ok = 0 < len(tail) <= 2 and not any(_not_a_body_word(t.low, tables) for t in tail)
            # "of Finance, Harbours and Port Alma Council": a body of its own after "and"
            return j + 2 if ok and tail[-1].low not in tables.org_suffixes else None
        j += 2
    return None


def _not_a_body_word(low: str, tables: NameTables) -> bool:
    """Whether a capitalized word names a person rather than a subject of an office (a title of
    its own, :func:`_a_title_of_its_own`, or a given name; a title word such as "Energy" may be
    either)."""
    return _a_title_of_its_own(low, tables) or low in tables.given_names


def _a_title_of_its_own(low: str, tables: NameTables) -> bool:
    """Whether a capitalized word after an office's "and" titles somebody else ("Voltara
    Ambassador Tomas Brandt"): an honorific or a person's role; a given name may be the first of
    a name of three words ("Climate Change Ahmet Emre Basaran")."""
    return low in tables.honorifics or tables.person_role(low)


#: How many words a list inside an office's of-phrase may hold before its "and".
_LISTED_WORDS = 4


def _office_list_of(toks: Sequence[Token], k: int, end: int, tables: NameTables) -> int | None:
    """The index of "of" in an office whose of-phrase joins its subjects by "and" and runs on
    into the name at ``toks[k:end + 1]`` ("Secretary of Health and Human Services Ida Marsh",
    "Minister of Trade, Industry and Competition Ida Marsh"): the run after "and" holds a word
    of the office and a name of two words, and the word before "of" is a title; else None."""
    if k < 4 or toks[k - 1].low != "and" or end - k < 2 or _not_a_body_word(toks[k].low, tables):
        return None
    split = k + _name_after_office([t.text for t in toks[k : end + 1]], tables)
    if any(_a_title_of_its_own(t.low, tables) for t in toks[k:split]):
        return None  # "the Minister of Finance and Voltara Ambassador Tomas Brandt": a title of his own
    first = _name_run_left(toks, k - 2, tables)
    if k - 1 - first > 2 or any(t.low in tables.given_names for t in toks[first : k - 1]):
        return None  # "Secretary of State Ida Marsh and ...": a name before "and", not the office's subject
    while first >= 3 and toks[first - 1].text == "," and toks[first - 2].is_cap:
        if listed_in_of(toks, first - 1, tables, named=True) != k - 1:
            return None
        first = _name_run_left(toks, first - 2, tables)  # "of Trade, Industry and"
    of = first - 1
    if of >= 2 and toks[of].low == "the" and toks[of - 1].low == "of":
        of -= 1  # "Minister of the Sea, Transport and Infrastructure Ida Marsh"
    if of < 1 or toks[of].low != "of" or toks[of - 1].low not in tables.titles or first == k - 1:
        return None
    return of


def _lone_tail(toks: Sequence[Token], end: int, tables: NameTables) -> int | None:
    """``end`` when it is one lower-case word or number after an of-phrase word ("of state", "of three")."""
    tok = toks[end]
    if end < 2 or not tok.is_word or tok.is_cap or tok.low in tables.not_names:
        return None
    return end if toks[end - 1].low in tables.of_phrase_words else None


def _of_phrase(
    text: str,
    toks: Sequence[Token],
    tail: int,
    end: int,
    tables: NameTables,
    tail_kind: str | None,
    reach: int = 6,
) -> tuple[int, Mention] | None:
    """The description before the of-phrase ``toks[tail - 1 : end + 1]``, read as one phrase with it.

    ``tail_kind`` is the kind of the phrase after the preposition: after "at"
    or "with" it must be a name or an organization ("the senator at the back"
    is not one phrase). ``reach`` bounds the tokens after the preposition (more only for a
    body's name already read whole, :func:`_joined_body`).
    """
    if tail < 2 or end - tail > reach:
        return None
    prep = toks[tail - 1].low
    if (toks[tail - 2].low, prep) in tables.knowing_phrases:
        head, knowing = tail - 3, True  # "a person familiar with the talks"
    elif (
        prep in tables.of_phrase_words
        or (prep in tables.named_of_phrase_words and tail_kind in ("person", "organization"))
        or toks[tail - 2].low in OFFICE_LINKS.get(prep, ())  # "Iran's ambassador to Moscow"
    ):
        head, knowing = tail - 2, False
    else:
        return None
    if head < 0 or not toks[head].is_word:
        return None
    if not knowing and prep == "of" and toks[head].low in tables.quantifiers:
        low = strip_possessive(toks[end].low)
        people = low in tables.group_role_nouns or tables.person_role(low)
        if not people:
            return None  # "one of his recent reads": not people
        first, kind, role, gender = head, "group", toks[end].low, None  # "one of the advisers"
    else:
        desc = _description(text, toks, head, tables)
        if desc is None or desc[1].kind not in ("description", "group"):
            return None
        role = desc[1].role or ""
        if tables.written(role):
            return None  # "this tweet from Reyes, who wrote": a work is not completed by its maker
        if not knowing and role not in tables.role_nouns and role not in tables.group_role_nouns:
            return None  # "the share of voters": not a speaker's role
        first, kind, gender = desc[0], desc[1].kind, desc[1].gender
    s, e = toks[first].start, toks[end].end
    org = _org_in(toks[first : end + 1], tables)
    return first, Mention(s, e, text[s:e], kind, s, e, role=role, org=org, gender=gender)


def _group_share(toks: Sequence[Token], k: int) -> Mention | None:
    """``toks[k:k + 3]`` as "several of them" (:data:`GROUP_SHARE_WORDS`, "of", "them"): a plural
    pronoun for some of a group named before, or None."""
    if k < 0 or k + 2 >= len(toks) or toks[k].low not in GROUP_SHARE_WORDS:
        return None
    if toks[k + 1].low != "of" or toks[k + 2].low != "them":
        return None
    s, e = toks[k].start, toks[k + 2].end
    return Mention(s, e, f"{toks[k].text} of them", "pronoun", s, e, gender="p")


def _bare_phrase_ending_at(
    text: str, toks: Sequence[Token], end: int, tables: NameTables
) -> tuple[int, Mention] | None:
    """The noun phrase whose last token is ``toks[end]``, without a completing of-phrase."""
    tok = toks[end]
    if not tok.is_word:
        return None
    share = _group_share(toks, end - 2)
    if share is not None:  # "several of them said"
        return end - 2, share
    if tok.low in PRONOUNS and (not tok.is_cap or tok.low != "i"):
        if tok.low in ("him", "her"):
            return None
        return end, Mention(tok.start, tok.end, tok.text, "pronoun", tok.start, tok.end, gender=PRONOUNS[tok.low])
    if tok.text == "I":
        return end, Mention(tok.start, tok.end, tok.text, "pronoun", tok.start, tok.end)
    not_names = tables.not_names
    plural = tok.low in tables.trade_groups or tables.plural_role(tok.low)
    trade_group = plural and opens_a_sentence(text, tok.start)  # "Herders describe", "Campaigners chanted"
    if tok.is_cap and (tok.low in tables.group_role_nouns or tok.low in tables.member_nouns or trade_group):
        described = _description(text, toks, end, tables)  # "Officials said", "said one Republican"
        if described is not None:
            return described
    if tok.is_cap and tok.low not in not_names:
        k = _name_run_left(toks, end, tables)
        body_end = strip_possessive(tok.low) in tables.org_suffixes and end - k >= 1
        # "the Irish Nurses and Midwifery Organisation": one body, not "Dahl and Harbor Union" nor
        # "Marsh Holdings and Harbor Union", two of them
        joined = body_end and k >= 3 and toks[k - 1].low in ("and", "&") and toks[k - 2].is_cap
        if joined and toks[k - 3].is_cap and not tables.ends_a_body(toks[k - 2].low):
            left = _name_run_left(toks, k - 2, tables)
            if toks[left].low not in tables.given_names and toks[left].low not in tables.honorifics:
                k = left  # not "Ida Dahl and Harbor Union": a person and a body
        while k < end and toks[k].low in not_names:
            k += 1  # "When Brandt noted": the sentence's first word is not part of the name
        run = toks[k : end + 1]
        adjective = k == end and k >= 1 and toks[k - 1].is_cap and toks[k - 1].low in tables.quantifiers
        if adjective and _of_a_place(tok.low, tables):
            return None  # "Several Mongolian lawmakers": an adjective after a quantifier (not "Then Ian said")
        after_the = k == end and k >= 1 and toks[k - 1].low == "the"
        if after_the and tables.demonym(tok.low) and tok.text[1:].islower() and tok.low not in tables.titles:
            s, e = toks[k - 1].start, tok.end  # "the Galwegian, who trained as a welder": somebody named before
            return k - 1, Mention(s, e, text[s:e], "description", s, e, role=NATIVE_ROLE)
        # title words in lower case before the run: "spokeswoman Lena Osei"
        prefix_start = k
        if k - 1 >= 0 and toks[k - 1].is_word and not toks[k - 1].is_cap and toks[k - 1].low in tables.role_nouns:
            desc = _description(text, toks, k - 1, tables)
            if desc is not None:
                prefix_start = desc[0]
            else:
                j = k - 1
                while j - 1 >= 0 and toks[j - 1].is_word and (toks[j - 1].is_cap or toks[j - 1].low in tables.titles):
                    j -= 1
                prefix_start = j
        surname_ok = end + 1 < len(toks) and toks[end + 1].low in SPEECH_VERBS
        # "Ministry of Fisheries", "Office for the Harbor Economy": the body's head before the link
        linked = k - 2 if k >= 3 and toks[k - 1].low == "the" else k - 1
        of_org = linked >= 1 and toks[linked].low in ("of", "for") and toks[linked - 1].is_cap
        of_org = of_org and toks[linked - 1].low in tables.org_suffixes
        if not of_org and linked >= 1 and toks[linked].low == "of" and toks[linked - 1].is_cap:
            # "the Isle of Wight Borough Council": a place's name with "of" opens the body's name,
            # when "the" or no capitalized word stands before it (not "Jenny Hill of the Trust")
            opened = linked < 2 or toks[linked - 2].low == "the" or not toks[linked - 2].is_cap
            placed_body = opened and toks[linked - 1].low in tables.place_words
            if placed_body and strip_possessive(tok.low) in tables.org_suffixes:
                of_org = True
            else:
                outer = _outer_of(toks, linked, tables)  # "the Association of Boat Operators of the Azores"
                of_org, linked = (True, outer) if outer is not None else (False, linked)
                # "for the Port of Harlan said": a name with "of" after "the", whose head is no title
                # nor role ("the Duke of Harlan", "the widow of"), names a place or a body, no person
                of_org = of_org or _named_of_at(toks, linked, tables)
        link = linked if toks[linked].low != "of" else k - 1  # "Ambassador to the", not "of the"
        listed = None if of_org else _office_list_of(toks, k, end, tables)
        if listed is not None:  # "Secretary of Health and Human Services Ida Marsh"
            link = listed
        office = not of_org and link >= 1 and _office_link(toks[link - 1].low, toks[link].low, tables)
        head = link - 1  # the office's title word
        chained = link >= 3 and toks[link].is_word and toks[link - 1].is_cap  # not "Minister of Energy, Ida Ruiz Lund"
        if not office and not of_org and chained and toks[link - 2].low in ("of", "for"):
            # "Secretary of State for Migration Ida Marsh": the office's title one link further back
            office = _office_link(toks[link - 3].low, toks[link - 2].low, tables)
            head = link - 3
        # "the bishop of Port Alma, Karel Quillon,": the office's place, and its holder after the comma
        placed = end + 2 < len(toks) and toks[end + 1].text == "," and toks[end + 2].is_cap
        # not "the daughter of Tomas Brandt, Ida,"; up to four words with no given name ("the Vice
        # Minister of High Technology Energy, Ida Marsh,")
        given = [t.low in tables.given_names for t in toks[k : end + 1]]
        placed = placed and not given[0] and (end - k < 2 or (end - k < 4 and not any(given)))
        if office and placed:
            return None
        # "The leader of Hallowmere District Council": a body; "Minister of Health Anna Court" is hers
        body_end = (
            strip_possessive(toks[end].low) in tables.org_suffixes and toks[end - 1].low not in tables.given_names
        )
        office = office and not body_end
        if office and end > k + (toks[link].low != "of"):  # "Ambassador to the United States Ida Lund"
            # "Secretary of Fisheries Ida Marsh", "Ambassador to Russia Ida Marsh": the office runs on
            # after "of"; the name is the last two words (with any initials between them)
            split = k + _name_after_office([t.text for t in toks[k : end + 1]], tables)
            title_start = _name_run_left(toks, head, tables)
            office_name = _mention_from_run(text, toks[split : end + 1], toks[title_start:split], tables=tables)
            if listed is not None and office_name is not None:  # "Human Services" is no body of its own
                office_name = attrs.evolve(office_name, org=None)
            return (title_start, office_name) if office_name is not None else None
        affiliated = None if of_org or office else _person_of(text, toks, k, tables)
        if affiliated is not None:  # "Ruud Kramer of Erasmus University said": the person, not the university
            left_start, person = affiliated
            return left_start, attrs.evolve(person, org=text[toks[k].start : tok.end], phrase_end=tok.end)
        held = _holder_after_body(text, toks, k, end, tables) if of_org else None
        if held is not None:
            return held  # "at the Ministry of Agriculture Jelena Kostic": she, of the ministry
        if of_org:  # "the Association of Harbor Pilots": one organization
            k = prefix_start = _name_run_left(toks, linked - 1, tables)
            while k < end and toks[k].low in not_names:
                k = prefix_start = k + 1
            s, e = toks[k].start, tok.end
            mention: Mention | None = Mention(s, e, text[s:e], "organization", s, e)
        else:
            mention = _mention_from_run(text, run, toks[prefix_start:k], surname_ok, tables=tables)
        if mention is None:
            return None
        if prefix_start == k and k - 1 >= 0 and toks[k - 1].low in ("the", "a", "an"):
            prefix_start = k - 1  # "the State Department"
            mention = attrs.evolve(mention, phrase_start=toks[k - 1].start)
        return prefix_start, mention
    return _description(text, toks, end, tables)


def _named_head(tok: Token, tables: NameTables) -> bool:
    """Whether ``tok`` may head a proper name with "of" after "the" ("the Port of Harlan", "the
    Isle of Harlan"): a capitalized word that is no title, role, honorific or given name."""
    low = tok.low
    return (
        tok.is_cap
        and low not in tables.titles
        and low not in tables.honorifics
        and low not in tables.given_names
        and not tables.person_role(low)
        and low not in tables.not_names
        and low not in OFFICE_HEADS
    )


def _named_of_at(toks: Sequence[Token], of: int, tables: NameTables) -> bool:
    """Whether the "of" at ``toks[of]`` is inside one proper name after "the": "the Port of
    Harlan", a capitalized word after it and a head before it that :func:`_named_head` allows."""
    return (
        of >= 2
        and of + 1 < len(toks)
        and toks[of + 1].is_cap
        and toks[of - 2].low == "the"
        and _named_head(toks[of - 1], tables)
    )


def _outer_of(toks: Sequence[Token], of: int, tables: NameTables) -> int | None:
    """The index of the first "of" (or "for") in a body's name of two of-phrases, the "of" at
    ``toks[of]`` being the second: "the Association of Boat Operators of the Azores", whose
    head word before the first is a body's word (an organization suffix); else None."""
    inner = _name_run_left(toks, of - 1, tables)  # "Boat Operators"
    outer = inner - 2 if inner >= 3 and toks[inner - 1].low == "the" else inner - 1
    if outer < 1 or toks[outer].low not in ("of", "for") or not toks[outer - 1].is_cap:
        return None
    return outer if toks[outer - 1].low in tables.org_suffixes else None


def _holder_after_body(
    text: str, toks: Sequence[Token], k: int, end: int, tables: NameTables
) -> tuple[int, Mention] | None:
    """The person named right after a body's "of" name, when the capitalized run ``toks[k : end
    + 1]`` after its "of" ends in a given name and a surname ("the Ministry of Agriculture Jelena
    Kostic"): she, with the body as her organization; None when the run is the body's alone
    ("of Foreign Affairs", "of Marion County")."""
    if end - k < 2 or not toks[end].is_cap or not _ends_in_a_holder([t.low for t in toks[k : end + 1]], tables):
        return None
    last = toks[end].low
    if last in tables.place_words or last in tables.not_names:
        return None
    person = _mention_from_run(text, toks[end - 1 : end + 1], (), tables=tables)
    if person is None or person.kind != "person":
        return None
    body = k - 2
    while body > 0 and toks[body - 1].is_cap and toks[body - 1].low not in tables.not_names:
        body -= 1
    return end - 1, attrs.evolve(person, org=text[toks[body].start : toks[end - 2].end])


def _ends_in_a_holder(lows: Sequence[str], tables: NameTables) -> bool:
    """Whether the lower-cased words of a capitalized run after a body's "of" end in a person's
    given name and surname ("agriculture jelena kostic"): the given name second to last, no
    place's first word before it ("the Bank of East Marina Tolvik", "of Upper Rosa Kelmford";
    :data:`~quoteattr.lexicon.titles.PLACE_OPENERS`), and a last word that ends no body."""
    if len(lows) < 3 or lows[-2] not in tables.given_names or tables.ends_a_body(lows[-1]):
        return False
    return lows[-3] not in tables.place_words and lows[-3] not in PLACE_OPENERS


def _person_of(
    text: str, toks: Sequence[Token], k: int, tables: NameTables, hop: bool = False
) -> tuple[int, Mention] | None:
    """The person named just before "of" or "at" ("the") and the run starting at ``toks[k]``
    ("Ruud Kramer of Erasmus University", "Ida Lund at the Brookings Institution"), through one
    organization between ("X of the Armenian Patriarchate of Jerusalem"): a first name and a
    surname, not one word ("Bank of America", "Duke of Edinburgh")."""
    j = k - 1
    if j >= 1 and toks[j].low == "the":
        j -= 1
    if j < 2 or toks[j].low not in ("of", "at") or not toks[j - 1].is_cap:
        return None
    left_start = _name_run_left(toks, j - 1, tables)
    left = toks[left_start:j]
    if left and left[-1].low in tables.org_suffixes and not hop:  # "X of the Armenian Patriarchate of Jerusalem"
        return _person_of(text, toks, left_start, tables, hop=True)
    last = left[-1].low if left else ""
    if len(left) < 2 or last in tables.org_suffixes or last in tables.role_nouns or last in tables.titles:
        return None  # "the General Staff of the army": a body, not a person
    if any(t.low in tables.place_words for t in left):
        return None
    person = _mention_from_run(text, left, (), tables=tables)
    return (left_start, person) if person is not None and person.kind == "person" else None


def _name_after_office(words: Sequence[str], tables: NameTables = DEFAULT_NAME_TABLES) -> int:
    """Where the name starts in the words after "Secretary of": the last two words, with initials.

    >>> _name_after_office(["Fisheries", "Ida", "Marsh"]), _name_after_office(["State", "John", "F.", "Kerry"])
    (1, 1)
    """
    split = len(words) - 1
    count = 1
    while split > 0 and count < 2:
        split -= 1
        if not (len(words[split]) == 2 and words[split].endswith(".")):
            count += 1
    while split < len(words) - 1 and words[split].lower() in tables.titles:
        split += 1
    return split


def _joins_a_title(toks: Sequence[Token], start: int, k: int, tables: NameTables) -> bool:
    """Whether the "and" at ``toks[k]`` joins two words of one title ("Energy and Mines Minister"):
    one capitalized word before it, or two after a role qualifier ("Deputy Agriculture and Food
    Security Minister"), and capitalized words after it up to a title word."""
    qualified = k - start == 2 and toks[start].low in tables.role_qualifiers and toks[start + 1].is_cap
    if not (k - start == 1 or qualified) or not toks[start].is_cap:
        return False
    for tok in toks[k + 1 : k + 5]:
        if not (tok.is_word and tok.is_cap):
            return False
        if tok.low in tables.titles:
            return True
    return False


def np_before(
    text: str, toks: Sequence[Token], end: int, *, tables: NameTables = DEFAULT_NAME_TABLES
) -> tuple[int, Mention] | None:
    """The speaker phrase ending at ``toks[end]``, with appositives in both orders.

    ``X, a spokeswoman,`` and ``the spokeswoman, X,`` give the name X with the
    description's role and organization.  Returns (first token index, mention).
    ``tables`` are the name tables to read the words with (``Config.names``).
    """
    if end < 0:
        return None
    if toks[end].text == "," and end >= 1:
        inner = _phrase_ending_at(text, toks, end - 1, tables)
        if inner is None:
            return None
        k, m_inner = inner
        if k - 1 >= 1 and toks[k - 1].text == ",":
            outer = _phrase_ending_at(text, toks, k - 2, tables)
            if outer is not None and m_inner.kind in ("person", "organization") and _no_one(outer[1], tables):
                outer = None  # "operators on the route, the coach company Alpenblick Reisen,": not the route
            if outer is not None:
                k2, m_outer = outer
                return k2, _merge_appositive(m_outer, m_inner)
            if m_inner.kind == "person":
                return k, m_inner  # "the senator's chief of staff, Joel Kasprzak, told": the name set off by commas
        return None
    return _phrase_ending_at(text, toks, end, tables)


def relative_before(
    text: str, toks: Sequence[Token], k: int, *, tables: NameTables = DEFAULT_NAME_TABLES
) -> tuple[int, Mention] | None:
    """A relative pronoun at ``toks[k]`` that speaks, with the phrase it stands for.

    "Ines Dahl, who said", "the union, which wrote", "the group that warned":
    the mention covers the pronoun (the words at the attribution site) and
    ``refers_to`` holds the phrase before it, appositives included ("Dahl, a
    fisherman, who said").  Returns (first token index of that phrase,
    mention), or ``None`` when no phrase stands right before the pronoun or
    the phrase is a thing rather than a speaker ("an ad that urges").
    ``tables`` are the name tables, as for :func:`np_before`.
    """
    if k < 1 or not toks[k].is_word or toks[k].low not in RELATIVE_PRONOUNS or toks[k].is_cap:
        return None
    if toks[k - 1].text == ",":
        got = np_before(text, toks, k - 1, tables=tables)  # "Dahl, a fisherman, who said": the appositive pair
        if got is None and k >= 2:
            got = _phrase_ending_at(text, toks, k - 2, tables)
        if got is None:
            got = _name_before_aside(text, toks, k - 1, tables)
    else:
        got = _phrase_ending_at(text, toks, k - 1, tables)  # "the group that warned", "Dahl who said"
    if got is None or got[1].kind == "pronoun":
        return None
    first, ante = got
    if ante.kind == "description" and ((ante.role or "") not in tables.role_nouns or ante.role in tables.work_nouns):
        return None  # "an ad that urges", "a resolution which said": the medium, not who speaks through it
    tok = toks[k]
    mention = attrs.evolve(ante, start=tok.start, end=tok.end, text=tok.text, phrase_end=tok.end, refers_to=ante)
    return first, mention


def _name_before_aside(text: str, toks: Sequence[Token], comma: int, tables: NameTables) -> tuple[int, Mention] | None:
    """The person named before an aside that an article opens and ``toks[comma]`` closes ("Margaret
    Lyle, a former consultant obstetrician, who said"), whatever nouns the aside holds."""
    for n in range(comma - 2, max(0, comma - 10), -1):
        if toks[n].text in (".", ";", ":"):
            return None
        if toks[n].text == ",":
            if toks[n + 1].low not in ("a", "an", "the"):
                return None
            got = np_before(text, toks, n - 1, tables=tables)
            return got if got is not None and got[1].kind == "person" else None
    return None


def _no_one(m: Mention, tables: NameTables) -> bool:
    """Whether the description ``m`` names no one: its head is no role, title, body, kind of
    body or written thing ("the route"), so a name after it and a comma is no appositive of it."""
    role = (m.role or m.text.split()[-1]).lower()
    return m.kind == "description" and not (
        role in tables.role_nouns
        or role in tables.titles
        or role in tables.body_kinds
        or tables.ends_a_body(role)
        or tables.written(role)
    )


def _merge_appositive(a: Mention, b: Mention) -> Mention:
    """Two phrases in apposition: keep the name, take role and organization from the description."""
    named, desc = (a, b) if a.kind in ("person", "organization") else (b, a)
    if named.kind not in ("person", "organization"):
        named, desc = b, a
    if a.kind == b.kind == "person" and " " not in a.text and " " in b.text:
        named, desc = b, a  # "Minister for Trade and Industry, Tan Wei Ming,": the full name, not "Industry"
    return attrs.evolve(
        named,
        phrase_start=min(a.phrase_start, b.phrase_start),
        phrase_end=max(a.phrase_end, b.phrase_end),
        role=named.role or desc.role,
        org=named.org or desc.org or (desc.text if desc.kind == "organization" else None),
        gender=named.gender or desc.gender,
    )


def fronted_question(toks: Sequence[Token], c: int) -> bool:
    """Whether ``toks[c]`` opens its sentence as a passive participle of questioning ("Asked
    whether the alliance would last, ..."): the one asked is the main clause's subject, never a
    noun inside the question."""
    opens = c == 0 or toks[c - 1].text in (".", "!", "?")
    return opens and toks[c].low in QUESTIONED_PARTICIPLES and c + 1 < len(toks) and toks[c + 1].low in QUESTION_OPENERS


def opens_a_sentence(text: str, pos: int) -> bool:
    """Whether the word at ``text[pos]`` opens a sentence (or a line, or what follows a colon),
    past an opening quote mark."""
    lead = text[max(0, pos - 3) : pos].rstrip(" \t\"“‘'")
    return not lead or lead[-1] in ".!?\n:"


def _verb_after_name(toks: Sequence[Token], k: int, tables: NameTables) -> bool:
    """Whether ``toks[k]``, lower case after a name word ("Ryan leads Kerry"), reads as a verb in
    the present tense: the phrase ended with the name.  A modifier before a name ("Tory
    backbencher Ida Marsh") does not end in a single s."""
    if k == 0:
        return False
    prev, low = toks[k - 1], toks[k].low
    if not prev.is_cap or prev.low in tables.titles or prev.low in tables.nationalities:
        return False
    return low.endswith("s") and not low.endswith(("ss", "'s", "’s")) and low not in tables.role_nouns


def np_after(
    text: str,
    toks: Sequence[Token],
    start: int,
    *,
    tables: NameTables = DEFAULT_NAME_TABLES,
    complete: bool = True,
) -> tuple[int, Mention] | None:
    """The speaker phrase that begins at ``toks[start]`` ("said Brandt", "said the minister").

    Returns (index after the phrase, mention).  ``tables`` are the name
    tables, as for :func:`np_before`.  With ``complete``, the phrase takes
    the of-phrase that completes a description ("said the head of the union")
    and an appositive after it; without, it stops at its own last word.
    """
    n = len(toks)
    if start >= n or not toks[start].is_word:
        return None
    k = start
    share = _group_share(toks, k)
    if share is not None:  # '"...," several of them said'
        return k + 3, share
    if toks[k].low in PRONOUNS and toks[k].low not in ("him", "her"):
        tok = toks[k]
        return k + 1, Mention(tok.start, tok.end, tok.text, "pronoun", tok.start, tok.end, gender=PRONOUNS[tok.low])
    # extend right over determiners, titles, capitalized words, role nouns, and a few
    # other lower-case words ("veteran harbor radio host Ida Marsh")
    last_head = -1
    roles, group_roles = tables.role_nouns, tables.group_role_nouns
    while k < n and toks[k].is_word and k - start < 10:
        low = toks[k].low
        head = low in tables.titles or low in roles or low in group_roles or _AGE_RE.fullmatch(low) is not None
        if toks[k].is_cap or low in tables.name_particles or head:
            last_head = k
            k += 1
            continue
        if low in ("and", "&") and _joins_a_title(toks, start, k, tables):
            k += 1  # "Economic and Fiscal Policy Minister Reiko Sato": one title
            continue
        if low == "of" and _named_of_at(toks, k, tables):
            k += 1  # "for the Isle of Harlan Regatta": one proper name with its "of"
            continue
        if low in DETERMINERS or low in tables.nationalities or low.endswith(("'s", "’s")) or k - start < 5:
            if low in SPEECH_VERBS or (
                low in tables.not_names and low not in DETERMINERS and not title_follows(toks, k, tables)
            ):
                break  # "Voss told Nordpress": the phrase ends before a verb
            if _verb_after_name(toks, k, tables):
                break  # "Ní Mhurchú leads Kerry into the final": a verb after the name
            if low == "that" and last_head >= start:
                break  # "told the mayor that residents ...": a clause begins after the head
            k += 1
            continue
        break
    if last_head < start:
        last_head = k - 1
    k = last_head + 1
    if k == start:
        return None
    longer = _of_phrase_after(text, toks, start, k, tables) if complete else None
    if longer is not None:
        k, mention = longer  # "said the senator from Nordland", "said one of the advisers"
    else:
        got = np_before(text, toks[start:k], k - 1 - start, tables=tables)  # only from ``start`` on ("Said Ines Dahl")
        lone_cap = k == start + 1 and toks[start].is_cap and toks[start].low in tables.nationalities
        # the phrase ends there: "said French." / "said French, who ...", not "said French, German and ..."
        ends = k >= n or toks[k].text in (".", ";", "!", "?")
        ends = ends or (toks[k].text == "," and k + 1 < n and toks[k + 1].low in ("who", "whose", "which"))
        if got is None and lone_cap and ends and start > 0 and toks[start - 1].low in SPEECH_VERBS:
            # "said Cuban, who ...": right after a speech verb a lone nationality word is a surname
            lone = _mention_from_run(text, toks[start:k], (), surname_ok=True, tables=tables)
            got = (start, lone) if lone is not None else None
        if got is None:
            return None
        mention = got[1]
    # an appositive after the phrase: "said Dana Whitcombe, a State Department spokeswoman",
    # "said the head of the port authority, Ida Marsh", "wrote the mayor at the time, Ida Marsh"
    at_the_time = [t.low for t in toks[k : k + 4]] == ["at", "the", "time", ","]
    if complete and at_the_time and mention.kind == "description":
        k += 3
    if complete and k < n - 1 and toks[k].text == "," and mention.kind in ("person", "description"):
        fits = ("description", "organization") if mention.kind == "person" else ("person",)
        whole = k + 1
        while whole < n and toks[whole].is_word and whole - k < 14:
            whole += 1  # the appositive's words up to the next punctuation
        for j in dict.fromkeys((whole, min(whole, k + 9))):
            other = np_before(text, toks, j - 1, tables=tables)
            if other is not None and other[0] == k + 1 and other[1].kind in fits:
                mention = _merge_appositive(mention, other[1])
                k = j
                break
    return k, mention


def title_follows(toks: Sequence[Token], k: int, tables: NameTables) -> bool:
    """Whether a title or a role noun follows ``toks[k]`` within two more lower-case words, none of
    them a verb ("HDP state general secretary Ida Marsh": the phrase runs on past "state")."""
    for j in range(k + 1, min(len(toks), k + 3)):
        tok = toks[j]
        if not tok.is_word or tok.is_cap or tok.low in SPEECH_VERBS:
            return False
        if tok.low in tables.titles or tables.person_role(tok.low):
            return True
        if tok.low in tables.not_names or tok.low in DETERMINERS:
            return False  # "said Ida Marsh in a statement", "promises the government will"
    return False


def _of_phrase_after(
    text: str, toks: Sequence[Token], start: int, k: int, tables: NameTables
) -> tuple[int, Mention] | None:
    """``toks[start:k]`` with the of-phrase after it, read as one description (index after it, mention)."""
    if k + 1 >= len(toks) or not toks[k].is_word:
        return None
    low = toks[k].low
    joins = low in tables.of_phrase_words or low in tables.named_of_phrase_words
    joins = joins or toks[k - 1].low in OFFICE_LINKS.get(low, ())  # "Iran's ambassador to Moscow"
    if joins or (toks[k - 1].low, low) in tables.knowing_phrases:  # "a person familiar | with the talks"
        j = k + 1
    elif k + 2 < len(toks) and (low, toks[k + 1].low) in tables.knowing_phrases:
        j = k + 2
    else:
        return None
    tail = np_after(text, toks, j, tables=tables, complete=False)
    if tail is None:
        return None
    # read back as one phrase: _of_phrase decides what may join ("said the senator at a news conference")
    end = tail[0]
    got = (
        _office_list_after(text, toks, start, end, tables) if low == "of" and toks[k - 1].low in tables.titles else None
    )
    if got is not None:
        end = got[0]
    got = np_before(text, toks[start:end], end - 1 - start, tables=tables)
    if got is None or got[0] != 0:
        return None
    if got[1].kind not in ("description", "group") and not (got[1].kind == "person" and got[1].start >= toks[j].start):
        return None  # a person only when named after the link: "quoted Minister of Energy Ida Lund as saying"
    return end, got[1]


def _office_list_after(
    text: str, toks: Sequence[Token], start: int, end: int, tables: NameTables
) -> tuple[int, Mention] | None:
    """An office whose of-phrase lists its subjects, read on past ``toks[end]`` (its "and", or
    the comma of a list, :func:`listed_in_of`) to the person named after it: (index after the
    phrase, mention) for "said Secretary of Health and Human Services Ida Marsh"; else None
    ("said the Minister of Fisheries and Ida Marsh": two people)."""
    if end >= len(toks):
        return None
    listed = listed_in_of(toks, end, tables, named=True) if toks[end].text == "," else None
    joined = end if toks[end].low == "and" else listed
    more = np_after(text, toks, joined + 1, tables=tables, complete=False) if joined is not None else None
    if more is None or more[1].kind != "person":
        return None
    got = np_before(text, toks[start : more[0]], more[0] - 1 - start, tables=tables)
    return (more[0], got[1]) if got is not None and got[0] == 0 and got[1].kind == "person" else None


@attrs.frozen(slots=True)
class RelayHit:
    """A registry entry named in the text."""

    start: int
    end: int
    entry: RelayEntry


#: The letters and digits that open a word: where a registry name may start.
_WORD_START_RE = regex.compile(r"(?<![\p{L}\p{N}])[\p{L}\p{N}]+")


class _RelayMatcher:
    """Finds registry names in a text: each word start is looked up by its first letters, and
    only the names that begin so are tried there (a hundred names and more cost no more than a
    few).  A name matches case-insensitively unless the entry lists it as case-sensitive, with
    any run of spaces between its words, and never inside a longer word; the longest name at a
    place wins, and matches do not overlap."""

    def __init__(self, entries: tuple[RelayEntry, ...]) -> None:
        self.lookup: dict[str, RelayEntry] = {}
        by_first: dict[str, list[tuple[int, regex.Pattern[str]]]] = {}
        for entry in entries:
            for alias in entry.names:
                sensitive = alias in entry.case_sensitive
                self.lookup.setdefault(alias if sensitive else alias.lower(), entry)
                head = _WORD_START_RE.match(alias)
                if head is None:
                    continue
                body = regex.escape(alias).replace(r"\ ", r"\s+") + r"(?![\p{L}\p{N}])"
                flags = 0 if sensitive else regex.I
                by_first.setdefault(head.group(0).lower(), []).append((len(alias), regex.compile(body, flags)))
        self._by_first = {key: [p for _, p in sorted(ps, key=lambda lp: -lp[0])] for key, ps in by_first.items()}

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, str]]:
        """``(start, end, words)`` of every registry name in ``text[start:end]``, in text order."""
        end = len(text) if end is None else end
        after = start
        for word in _WORD_START_RE.finditer(text, start, end):
            if word.start() < after:
                continue
            for pattern in self._by_first.get(word.group(0).lower(), ()):
                m = pattern.match(text, word.start(), end)
                if m is not None:
                    yield m.start(), m.end(), m.group(0)
                    after = m.end()
                    break

    def entry(self, words: str) -> RelayEntry | None:
        """The entry the matched ``words`` name."""
        key = " ".join(words.split())
        return self.lookup.get(key) or self.lookup.get(key.lower())


@functools.lru_cache(maxsize=16)
def _relay_matcher(entries: tuple[RelayEntry, ...]) -> _RelayMatcher:
    """The matcher of a registry, built once per registry (its names compiled once)."""
    return _RelayMatcher(entries)


class RelayIndex:
    """The registry agencies and offices named in one text, found where they are asked for.

    :meth:`within` scans only the range it is given (attribution windows are a
    few hundred characters), and :meth:`last_before` and :meth:`last_hit_before`
    scan the whole text once, the first time either is asked, so a text costs no
    more than the places a rule looks at.
    """

    def __init__(self, text: str, entries: tuple[RelayEntry, ...], *, tables: NameTables = DEFAULT_NAME_TABLES) -> None:
        self.text = text
        registry = _relay_matcher(entries)
        found = article_agencies(text, registry, tables)
        self.entries = entries + found
        self._matcher = _RelayMatcher(self.entries) if found else registry
        self._by_name = {e.name.lower(): e for e in self.entries}
        for e in self.entries:
            for alias in e.aliases:
                self._by_name.setdefault(" ".join(alias.lower().split()), e)
        # "SPA" names an agency, "the spa" does not: these aliases match only as written
        self._as_written = {alias.lower(): alias for e in self.entries for alias in e.case_sensitive}
        self._every_hit: list[RelayHit] | None = None  # the whole text's, read when first asked for
        self._by_suffix: dict[str, list[RelayHit]] = {}
        self._suffix_starts: dict[str, list[int]] = {}

    def _hits(self, start: int, end: int) -> list[RelayHit]:
        out = []
        for s, e, words in self._matcher.finditer(self.text, start, end):
            entry = self._matcher.entry(words)
            if entry is not None:
                out.append(RelayHit(s, e, entry))
        return out

    def within(self, start: int, end: int) -> list[RelayHit]:
        """Registry names that lie inside ``start:end``, in text order."""
        return self._hits(max(0, start), min(len(self.text), end))

    def lookup(self, name: str) -> RelayEntry | None:
        """The registry entry named ``name`` (any alias, any case but a case-sensitive alias's,
        a leading "the" ignored)."""
        words = name.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        key = " ".join(words).lower()
        if key in self._as_written and " ".join(words) != self._as_written[key]:
            return None  # "The spa said": not the Saudi Press Agency
        return self._by_name.get(key)

    def last_hit_before(self, pos: int, kind: str) -> RelayHit | None:
        """The last place before ``pos`` that names an entry of ``kind`` ("agency")."""
        return self._last_hit(pos, "kind " + kind, lambda e: e.kind == kind)

    def last_carrier_before(self, pos: int) -> RelayHit | None:
        """The last place before ``pos`` that names an agency, a broadcaster or a newspaper
        (:data:`~quoteattr.lexicon.relays.CARRIER_KINDS`): one words are told to."""
        return self._last_hit(pos, "carrier", lambda e: e.kind in CARRIER_KINDS)

    def last_before(self, pos: int, suffix: str) -> RelayEntry | None:
        """The last entry named before ``pos`` whose name ends with ``suffix`` ("department")."""
        hit = self._last_hit(pos, "suffix " + suffix, lambda e: e.name.lower().endswith(suffix))
        return hit.entry if hit is not None else None

    def _last_hit(self, pos: int, key: str, select: Callable[[RelayEntry], bool]) -> RelayHit | None:
        """The last hit before ``pos`` among the entries ``select`` keeps; the whole text is
        scanned once, the first time any such question is asked, then each is a bisection."""
        hits = self._by_suffix.get(key)
        if hits is None:
            if self._every_hit is None:
                self._every_hit = self._hits(0, len(self.text))
            hits = self._by_suffix[key] = [h for h in self._every_hit if select(h.entry)]
            self._suffix_starts[key] = [h.start for h in hits]
        k = bisect.bisect_left(self._suffix_starts[key], pos) - 1
        return hits[k] if k >= 0 else None


def article_agencies(text: str, registry: _RelayMatcher, tables: NameTables) -> tuple[RelayEntry, ...]:
    """News agencies that the article names in full and the registry does not know ("the
    Kestrel News Agency (KNA)"), each an entry of kind "agency" under the name as written,
    with the acronym in brackets after it as a case-sensitive alias. The words before the
    name that are no part of it are left out ("On Monday", "Voltara's"), and a name that
    holds a registry name is the registry's ("Korean Central News Agency"). The acronym a
    dateline credits ("OSLINGEN, May 3 (KNA) -") is an agency too, named by the acronym, so
    that "told KNA" further on is told to it."""
    found: dict[str, RelayEntry] = {}
    credit = _DATELINE_CREDIT_RE.search(text, 0, _DATELINE_REACH)
    if credit is not None and registry.entry(credit.group("acr")) is None:
        acronym = credit.group("acr")  # "Oslingen, May 3/2025 (KNA) -": the wire that filed it
        found[acronym] = RelayEntry(acronym, (), "agency", None, case_sensitive=(acronym,))
    if "Agency" not in text:
        return tuple(found.values())
    for m in _AGENCY_NAME_RE.finditer(text):
        words = m.group(1).split()
        first = max((k + 1 for k, w in enumerate(words) if is_possessive(w.lower())), default=0)
        while first < len(words) - 2 and (
            words[first].lower() in tables.not_names or words[first].lower() in WEEKDAYS_MONTHS
        ):
            first += 1
        name = " ".join(words[first:])
        if first == len(words) - 2 or name in found or next(registry.finditer(text, m.start(1), m.end(1)), None):
            continue
        acronym = m.group(2)
        known = acronym is not None and registry.entry(acronym) is not None
        aliases = (acronym,) if acronym is not None and not known else ()
        found[name] = RelayEntry(name, aliases, "agency", None, case_sensitive=aliases)
    return tuple(found.values())


#: A month's name in full or cut short, in any case ("May", "SEPT.", "September").
_MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?)\.?(?![\p{L}])"
)

#: A dateline's date, as wires write it: "Sept. 26", "May 3/2025", "14 MAY", "4 September",
#: "22/04/2025".
DATELINE_DATE = (
    r"(?:\p{Lu}\p{Ll}{2,8}\.?[ \t]+\d{1,2}(?:/\d{2,4})?|\d{1,2}[ \t]+" + _MONTH + r"|\d{1,2}/\d{1,2}/\d{2,4})"
)

#: A dateline's credit at the start of a line near the top of an article: a place in capitals
#: ("OSLINGEN (OPA) -") or of capitalized words with a date, and maybe a region, after commas
#: ("Oslingen, Nord., May 3/2025 (OPA) -"; not "The Kestrel Party (KP) - a small party"), then
#: initials in brackets before a dash and the story's first words, a word in lower case among
#: its first four; not a caption ("Ida Marsh, chair of the Kestrel Union (KU) - Photo: ...")
#: nor a release's header ("KESTREL UNION (KU) - PRESS RELEASE"), and not a region in brackets
#: ("KESTRELBY (HARLAN) -": six letters or more).
_DATELINE_CREDIT_RE = regex.compile(
    r"(?m)^(?:\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}|\p{Lu}[\p{L}\p{M}.'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}"
    r"(?:,[ \t]*\p{Lu}[\p{L}\p{M}.]*)?,[ \t]*" + DATELINE_DATE + ")"
    r"[ \t]*(?:\((?P<acr>\p{Lu}{2,5})\)|/(?P<acr>\p{Lu}{2,5})/)"  # "(OPA)" or "/OPA/"
    r"[ \t]*[-—–―:][ \t]*(?:\p{L}[\p{L}\p{M}'’-]*[ \t]+){1,3}\p{Ll}"
)
#: How far into an article a dateline is looked for (a headline and a standfirst may come first).
_DATELINE_REACH = 600

#: A news agency's name: capitalized words before "News Agency" or "Press Agency" (group 1),
#: and an acronym in brackets after it (group 2).
_AGENCY_NAME_RE = regex.compile(
    r"(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}\p{M}’'\-]*[ \t]+){1,4}(?:News|Press)[ \t]+Agency)"
    r"(?![\p{L}\p{N}])(?:[ \t]*\((\p{Lu}{2,6})\))?"
)


#: A run of capitalized words with the small words a body's name holds ("Joint Chiefs of Staff"),
#: and an acronym in brackets after it (group 1).
_BODY_NAME_RE = regex.compile(
    r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{M}’'\-]*(?:,?[ \t]+(?:(?:of|and|for|the|on|&)[ \t]+)*\p{Lu}[\p{L}\p{M}’'\-]*)+"
    r"(?:[ \t]*\((\p{Lu}{2,6})\))?"
)
#: An acronym: two to six capital letters.
ACRONYM_RE = regex.compile(r"\p{Lu}{2,6}")


def _read_acronyms(text: str, offices: Collection[str] = GENERIC_ORG_NOUNS) -> dict[str, str]:
    """Acronym -> the name it stands for, from one scan of ``text`` (see :meth:`NameTable.expand`);
    "" for an acronym whose letters begin two different names. Commas part a run into names
    of their own, except in the list of an office's of-phrase (``offices``: "the Ministry of
    Trade, Industry and Energy (MOTIE)")."""
    told: dict[str, str] = {}
    guessed: dict[str, str] = {}
    for m in _BODY_NAME_RE.finditer(text):
        parts = _comma_parts(m.group(0).split("(")[0].split(), offices)
        for n, words in enumerate(parts):
            _read_acronym_run(words, m.group(1) if n == len(parts) - 1 else None, told, guessed)
    return {**guessed, **told}


def _comma_parts(words: list[str], offices: Collection[str]) -> list[list[str]]:
    """The words of a capitalized run parted at its commas, or whole when its commas list the
    subjects of an office ("Ministry of Trade, Industry and Energy")."""
    cut = [k for k, w in enumerate(words) if w.endswith(",")]
    if not cut:
        return [words]
    of = cut[0] - 1  # "Ministry of Trade, Industry and Energy": "of" before the first listed word
    listed = of >= 1 and words[of] == "of" and words[of - 1].lower() in offices
    listed = listed and all(b - a == 1 for a, b in itertools.pairwise(cut))  # one word each
    if listed and words[cut[-1] + 2 : cut[-1] + 3] == ["and"]:
        return [words]
    bounds = [0, *(k + 1 for k in cut), len(words)]
    return [[w.rstrip(",") for w in words[a:b]] for a, b in itertools.pairwise(bounds) if b > a]


def _read_acronym_run(words: list[str], bracketed: str | None, told: dict[str, str], guessed: dict[str, str]) -> None:
    """Record what one run of capitalized words tells of acronyms (:func:`_read_acronyms`):
    ``bracketed`` is the acronym written in brackets after it, if any."""
    words = _past_owner(words)  # "South Korea's Joint Chiefs of Staff": the body after the possessive
    day = next((k for k in range(1, len(words) - 1) if words[k] == "on" and words[k + 1].lower() in WEEKDAYS_MONTHS), 0)
    words = words[:day] if day else words  # "the Federal Aviation Administration on Friday"
    caps = [k for k, w in enumerate(words) if w[0].isupper()]
    if len(caps) < 2:
        return
    for n in range(len(caps) - 1):  # every tail of two capitalized words and more
        letters = "".join(words[k][0] for k in caps[n:]).upper()
        name = " ".join(words[caps[n] :])
        if bracketed == letters:
            told.setdefault(letters, name)
        elif guessed.setdefault(letters, name) != name:
            guessed[letters] = ""
    if bracketed and bracketed not in told:  # "State Hydraulic Works (DSI)": its own language's letters
        told[bracketed] = " ".join(words[1:] if words[0] == "The" else words)


#: A word in lower case: the article's common words, which a capitalized sentence opener may be.
_LOWER_WORD_RE = regex.compile(r"(?<![\p{L}\p{N}])\p{Ll}[\p{L}’'\-]*")


def _title_case(line: str) -> bool:
    """Whether a line has (nearly) all its longer words capitalized, as a headline has."""
    words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.9 * len(words)


def _office_link(title: str, link: str, tables: NameTables) -> bool:
    """Whether ``title link`` opens an office that runs on before a name: any title with "of"
    ("Secretary of Fisheries Ida Marsh"), the titles of OFFICE_LINKS with theirs ("Ambassador to
    Russia Ida Marsh"), not "adviser to President Ida Marsh", whose name is the president's."""
    if link == "of":
        return title in tables.titles
    return title in OFFICE_LINKS.get(link, ())


#: The last word of a body's name before its "of" or "for" ending the text searched ("the Ministry
#: of ", "the Office for the "): the run after it may end in the name of a person there.
_BODY_OF_RE = regex.compile(r"(\p{L}+)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?\Z", regex.I)

#: "Secretary of ", "Ambassador to the " just before a run of capitalized words (the office's
#: head word is group 1).
_OFFICE_OF_RE = regex.compile(r"(\p{L}+)\s+(of|to|for|in)\s+(?:the\s+)?\Z")
#: "Secretary of Health and ", "Minister of the Sea, Transport and " just before a run of
#: capitalized words that holds the rest of the office and the name (the office's head word is
#: group 1, its link group 2).
_OFFICE_LIST_RE = regex.compile(
    r"(\p{L}+)[ \t]+(of)[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}\-]*(?:[ \t]+\p{Lu}[\p{L}\-]*)?"
    r"(?:,[ \t]+\p{Lu}[\p{L}\-]*)*[ \t]+and[ \t]+\Z"
)
#: A capitalized word, a comma and up to three lower-case words (an article, a title's first
#: words) just before an office written in lower case ("Ida Marsh, director general of "): the
#: office is an appositive's, so the run after it names its body, not its holder.
_APPOSITIVE_OFFICE_RE = regex.compile(r"\p{Lu}\p{L}*,[ \t]+(?:\p{Ll}+[ \t]+){0,3}\Z")
#: "and" and a capitalized word right after a run that follows an office's "of": the office's
#: name goes on ("Minister of Maritime Affairs and Insular Policy").
_OFFICE_GOES_ON_RE = regex.compile(r"[ \t]+(?:and|&)[ \t]+\p{Lu}")
#: A comma and a capitalized word right after a run: an appositive that names somebody.
_APPOSITIVE_NAME_RE = regex.compile(r",[ \t]+\p{Lu}")
#: An office of capitalized words set before a name by a comma ("Minister of Tourism and
#: Heritage, Khamis Lund"): group 1 is the office's head word.
_OFFICE_COMMA_RE = regex.compile(
    r"(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"
    r"\p{Lu}[\p{L}\-]*(?:[ \t]+(?:and[ \t]+|&[ \t]+)?\p{Lu}[\p{L}\-]*)*,[ \t]+\Z"
)
#: A lower-case office of a body or a place in an appositive's place right before a name ("the
#: deputy director of production of Harlan Sugar, ", "The head of the co-operative in Baní, "): group 1
#: is the office's word.
_DESCRIBED_OFFICE_RE = regex.compile(
    r"(?<![\p{L}\p{N}])[Tt]he[ \t]+(?:\p{Ll}+[ \t]+)?(\p{Ll}+)[ \t]+(?:of|for|at)[ \t]+"
    r"[^,.;:!?\n\"“”«»]{1,60},[ \t]+\Z"
)


def _described_office(text: str, start: int, tables: NameTables) -> str:
    """The office a lower-case appositive before the name at ``start`` gives
    (:data:`_DESCRIBED_OFFICE_RE`) when its word is a title or a role ("head"), else ""."""
    m = _DESCRIBED_OFFICE_RE.search(text, max(0, start - 90), start)
    if m is None or (m.group(1) not in tables.titles and m.group(1) not in tables.role_nouns):
        return ""
    return m.group(1)


#: The lower-case word right before a name ("transport senator Katrin Wallenhorst",
#: "the ministry's spokeswoman, Ida Marsh").
_ROLE_BEFORE_RE = regex.compile(r"(?<![\p{L}\p{N}])(\p{Ll}+),?[ \t]+\Z")
#: An office of a place named by its kind of area right before a name ("Governor of Bayan
#: province Ida Marsh", :data:`~quoteattr.lexicon.titles.ADMIN_AREAS`): group 1 is its title.
_AREA_OFFICE_RE = regex.compile(
    r"(?<![\p{L}\p{N}])(\p{L}+)[ \t]+of[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}'’\-]*(?:[ \t]+\p{Lu}[\p{L}'’\-]*){0,2}"
    r"[ \t]+\p{Ll}+[ \t]+\Z"
)
#: The word before a role word (:data:`_ROLE_BEFORE_RE`), which may qualify it ("Chief executive").
_WORD_BEFORE_RE = regex.compile(r"(?<![\p{L}\p{N}])(\p{L}+)[ \t]+\Z")
#: The word right before an office's title, by a blank or a hyphen ("Deputy Minister",
#: "Vice-Minister"): a role qualifier there is the office's.
_QUALIFIER_BEFORE_RE = regex.compile(r"(?<![\p{L}\p{N}])(\p{L}+)(?:[ \t]+|-)\Z")
#: An age right after a name: "Ida Marsh, 61,", "Ida Marsh, who is 61,", "Ida Marsh (61)" or
#: "Ida Marsh, a 61-year-old potter" (the age group of each is the first that is set; not "Lund,
#: a 12-year-old boy's father").
_AGE_AFTER_RE = regex.compile(
    r",[ \t]*(?:now[ \t]+|aged[ \t]+|who[ \t]+is[ \t]+)?(\d{1,3})(?:[ \t]*[,.;]|[ \t]+and[ \t])|[ \t]+\((\d{1,3})\)"
    r"|,[ \t]+an?[ \t]+(\d{1,3})-year-old(?![\p{L}\p{N}'’-])(?![ \t]+[\p{L}-]+['’]s\b)"
)
#: An appositive of an article after a name, an age allowed before it ("Baca, a
#: third-generation farmer who grows", "Ida Marsh, 61, a labor contractor in Port Alma", "Ida
#: Marsh, the fisheries protection officer who led the inspection"):
#: group 2 holds the words before its head word, group 3 the head, which a stop or a
#: clause's first word follows (:meth:`NameTable._appositive_roles`).
_APPOSITIVE_ROLE_RE = regex.compile(
    r"(?:,[ \t]*\d{1,3})?,[ \t]+(?:an?|(?P<the>the))[ \t]+((?:[\p{L}\p{N}'’-]+[ \t]+){0,4}?)(\p{Ll}[\p{Ll}-]*)"
    r"(?=[ \t]*[,.;:)—]|[ \t]+(?:who|whose|that|in|at|for|from|of|with|on|and|based|since|to)\b)"
    # "Sanders, the senator from Vermont,": the one of that place, not "the Florida senator";
    # "Brandt, the minister and the harbour master": a list, not an appositive
    r"(?(the)(?![ \t]+(?:from|of|for)[ \t]+\p{Lu}|[ \t]+and\b))"
)
#: An appositive with no article that gives an office (group 1: up to four lower-case words, the
#: last the office's head) of something named after it: ", director general of ", ", head of the ".
_BARE_OFFICE_RE = regex.compile(r",[ \t]+((?:\p{Ll}[\p{Ll}-]*[ \t]+){0,3}\p{Ll}[\p{Ll}-]*)[ \t]+(?:of|for|at)[ \t]+")
#: How far after a name :data:`_APPOSITIVE_ROLE_RE` is read.
_APPOSITIVE_CHARS = 240
#: A one-word name the article gives somebody who goes by it alone ("asked that only her first
#: name, Maruxa, be used", "identified only as Mehmet", "a woman named Ana"): group "name" is
#: the name; "f" or "m" the word that tells the gender, if any (:attr:`NameTable.mononyms`).
_MONONYM_RE = regex.compile(
    r"(?:(?<![\p{L}\p{N}])(?:first|given)[ \t]+name"
    r"|identified[ \t]+only[ \t]+as"
    r"|(?<![\p{L}\p{N}])(?:(?<f>woman|girl)|(?<m>man|boy))[ \t]+(?:named|(?<called>called)))"
    r",?[ \t]+(?:as[ \t]+|is[ \t]+|was[ \t]+)?(?<name>\p{Lu}\p{Ll}+)(?![ \t]*\p{Lu}|[\p{L}'’-])"
    # after "called", the name ends a clause or opens one: not "a woman called Coyle to
    # complain", a telephone call
    r"(?(called)(?=[ \t]*[,.;:)—]|[ \t]+(?:who|whose|and|said|says|told|tells)\b))"
)
#: One word of a name given after "gave her name as", hyphenated parts included ("Al-Hamad").
_GIVEN_AS_WORD = r"\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)*"
#: "gave his name only as Ah Meng", "gave her name as Siti": the one to three words a person
#: goes by in the article (group 1 the possessive, which tells the gender).
_NAME_GIVEN_AS_RE = regex.compile(
    r"(?<![\p{L}\p{N}])gave[ \t]+(his|her)[ \t]+(?:first[ \t]+)?name[ \t]+(?:only[ \t]+)?as[ \t]+"
    r"(?<name>" + _GIVEN_AS_WORD + r"(?:[ \t]+" + _GIVEN_AS_WORD + r"){0,2})(?![\p{L}'’-])"
)
#: Words one of which every match of :data:`_MONONYM_RE` holds, looked for before it is run.
_MONONYM_HINTS = ("first name", "given name", "identified only", "man named", "man called", "girl named",
                  "girl called", "boy named", "boy called")  # fmt: skip
#: A one-word name with an age after it and a lower-case word after that ("In the village of
#: Wiradesa, Sumiyati, 56, stirs a vat", "Dorjsuren, 52, a herder"), not after another
#: capitalized word: somebody who goes by that one name, as many Indonesians and Mongolians
#: do (:attr:`NameTable.mononyms`), unless the article gives the word as somebody's surname,
#: or anywhere as the name of a thing (:data:`_NOUN_NAMED_RE`).
_AGED_MONONYM_RE = regex.compile(
    r"(?:(?<=^)|(?<=[,;:.!?][ \t])|(?<=\p{Ll}[ \t]))"
    r"(?<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?),[ \t]*\d{1,3},[ \t]+(?=\p{Ll})",
    regex.MULTILINE,
)
#: A lower-case noun, a comma and a one-word name with a comma after it ("Her mare, Silja,",
#: "The ferry, Nordstjerna,", "His wife, Wartini,"): group 1 the noun, group 2 the name; the
#: name of a thing unless the noun is a kinship word or a person's role.
_NOUN_NAMED_RE = regex.compile(r"(?<![\p{L}\p{N}])(\p{Ll}+),[ \t]+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?),")
#: A kinship word, a comma and a capitalized word ("His daughter, Kalani"): looked for before
#: :data:`_NOUN_NAMED_RE`, whose every match :meth:`NameTable._kin_mononyms` reads, is run.
_KIN_NAMED_RE = regex.compile(r"(?<![\p{L}\p{N}])(?:" + "|".join(sorted(KINSHIP_TITLES)) + r"),[ \t]+\p{Lu}")
#: The possessive right before "first name" that tells the gender ("her first name, Maruxa").
_MONONYM_OWNER_RE = regex.compile(r"(?<![\p{L}\p{N}])(her|his)[ \t]+\Z")
#: A sentence opened by "He" or "She" (the sign :attr:`NameTable._followed_by` reads), and how
#: far back its sentence before is read.
_PRONOUN_OPENS_RE = regex.compile(r"[.!?][\"”’']?\s+(He|She)\b")
#: A kinship word after a possessive ("his grandmother", "their son"): somebody besides the
#: person a sentence names, whose gender a He or She after it may be (not "the son of her
#: daughter", an aside about that person); group 1 the possessive, group 2 the kinship word.
KIN_AFTER_POSSESSIVE_RE = regex.compile(
    r"\b(his|her|their)\s+(" + "|".join(sorted(KINSHIP_TITLES)) + r")\b", regex.IGNORECASE
)
_FOLLOWED_WINDOW = 400
#: "he" or "she" after a space; the word before it (or before a "that" there), read within
#: :data:`_VERB_REACH` characters, may be a speech verb: "Igarashi says he lacks the money"
#: (:meth:`NameTable._followed_by`).
_SAYS_PRONOUN_RE = regex.compile(r"(?<=[ \t])(he|she)\b")
#: The opening of a relative aside right after a name (and an age) whose subject is its "who",
#: no pronoun ("Ida Lund, 61, who has"; not ", who she has known").
_WHO_ASIDE = r",[ \t]+(?:\d{1,3},[ \t]+)?who[ \t](?!(?:he|she|they|we|you|I)\b)"
#: Such an aside whose he or she, subject of a clause of time or reason inside it, before any
#: capital, quote mark or stop, is the named person's: "Ida Lund, 61, who has cracked nuts since
#: she was a girl"; not "who says he owes her", nor a "his" ("who has worked at his side").
_WHO_PRONOUN_RE = regex.compile(
    _WHO_ASIDE + r"[^\p{Lu}.!?;:\"“”]{0,80}?"
    r"\b(?:since|when|as|because|after|before|while|until|till|though|although|once)[ \t]+(he|she)\b"
)
#: A "who" right after a name (and an age) that no pronoun follows as the clause's subject:
#: ", 61, who has cracked nuts", not ", who she has known since school" (read where a name ends).
WHO_AFTER_NAME_RE = regex.compile(_WHO_ASIDE)
#: A possessive "his" or "her" after a preposition and before a lower-case word that is no
#: determiner nor adverb ("in her filing"; not "to her last week", nor "took over his route"),
#: whose sentence a name may open (:meth:`NameTable._owner_opening`).
_OWN_POSSESSIVE_RE = regex.compile(
    r"(?<=\b(?:in|on|at|with|from|by)[ \t])(his|her)"
    r"(?=[ \t]+(?!(?:the|a|an|last|next|this|yesterday|today|again|once|now|then|too|here|there)\b)\p{Ll})"
)
#: A capitalized run after a preposition of place, not followed by another capitalized word
#: (:attr:`NameTable.places`).
_PLACED_RE = regex.compile(
    r"(?<![\p{L}])(?:in|of|at|from|near)[ \t]+(\p{Lu}[\p{L}\-]*(?:[ \t]+\p{Lu}[\p{L}\-]*)*)(?![ \t]*\p{Lu})"
)
#: How far back :meth:`NameTable._owner_opening` reads for the start of a possessive's sentence,
#: and how many lower-case words may stand between the name and the possessive.
_OWNER_WINDOW = 160
_OWNER_WORDS = 4
#: Words that open a clause, after which a possessive may be somebody else's ("laughed when
#: told of her plan").
_CLAUSE_OPENERS = frozenset(
    {"when", "that", "because", "after", "before", "while", "as", "if", "who", "whom", "whose", "which", "told", "and"}
)
_VERB_REACH = 40
#: One to three lower-case words, then a capitalized word, a comma between or not: a title between
#: a body and a name ("Kestrel Tin's managing director, Dr Ada Lund").
_TITLE_AFTER_RE = regex.compile(r"[ \t]+((?:\p{Ll}[\p{L}\-]*[ \t]+){0,2}\p{Ll}[\p{L}\-]*),?[ \t]+\p{Lu}")
#: How far after the headline :attr:`NameTable.lede_person` looks for the first full name,
#: and how far its sentence is read.
_LEDE_WINDOW = 400
#: The share of a profile's paragraphs that must name its person (:attr:`NameTable.profile_person`).
_PROFILE_SHARE = 0.3

#: A gendered pronoun or possessive (:data:`GENDERED_PRONOUNS`), for :attr:`NameTable.lede_person`.
_GENDERED_WORD_RE = regex.compile(r"\b(" + "|".join(sorted(GENDERED_PRONOUNS)) + r")\b", regex.IGNORECASE)
#: The double quote marks of the mark table, for telling narration from quoted words (not the
#: single marks, which are apostrophes too).
_QUOTE_CHARS = frozenset(
    c for pair in DEFAULT_MARKS if pair.family == "double" for c in (pair.open, *pair.closers) if len(c) == 1
)
#: A capitalized word after a lower-case word or a comma: inside a sentence, not opening it.
_MID_SENTENCE_CAP_RE = regex.compile(r"(?<=[\p{Ll},][ \t])(\p{Lu}[\p{L}\p{M}’'\-]*)")


#: One capitalized word of a name run.
_RUN_WORD = r"\p{Lu}[\p{L}\p{M}’'\-]*\.?"


@functools.lru_cache(maxsize=8)
def name_run_re(particles: frozenset[str], dotted: frozenset[str] = frozenset()) -> regex.Pattern[str]:
    """A run of capitalized words with the lower-case ``particles`` of names between them
    ("Paula dos Santos", "Jan van der Berg"), and the ``dotted`` titles as single words
    ("Minister of Tourism H.E. Dara Vuthy"), built once per pair of tables."""
    words = "|".join(sorted((regex.escape(p) for p in particles if p.isalpha()), key=len, reverse=True))
    abbreviations = sorted((regex.escape(w) for w in dotted), key=len, reverse=True)
    # the look ahead for a capital, a stop and a capital first: most words fail it at once
    dotted_word = r"(?=\p{Lu}\.\p{Lu})(?i:" + "|".join(abbreviations) + ")"
    word = r"(?:" + dotted_word + "|" + _RUN_WORD + ")" if abbreviations else _RUN_WORD
    return regex.compile(
        r"(?<![\p{L}\p{N}.])" + word + r"(?:[ \t]+(?:(?:" + words + r")[ \t]+)*"
        r"(?:" + _HYPHENED + r")?" + word + r")*"
    )


def _stop_before(text: str, lo: int, at: int) -> int:
    """Where the last ". " or line break in ``text[lo:at]`` stands (-1 if none): the sentence
    of ``at`` opens right after it, as :class:`NameTable`'s gender signs read it."""
    return max(text.rfind(". ", lo, at), text.rfind("\n", lo, at))


def _middle_initial(words: list[str], k: int, tables: NameTables) -> bool:
    """Whether ``words[k]`` is one capital and a stop between a given name (or a name after a
    title) and a surname ("Ida M. Marsh", "Rep. Sander M. Levin"), however the honorifics table
    reads it ("M." for Monsieur); not "Dear M. Brandt"."""
    word = words[k]
    if not (len(word) == 2 and word[0].isupper() and word[1] == "." and 0 < k < len(words) - 1):
        return False
    before = words[k - 1].lower()
    if before in tables.titles or before in tables.honorifics:
        return False
    # a given name before it ("Ida M. Marsh"), or a title before that ("Rep. Sander M. Levin");
    # not "Dear M. Brandt", "In Kestrelmoor M. Brandt"
    opened = k >= 2 and (words[k - 2].lower() in tables.titles or words[k - 2].lower() in tables.honorifics)
    return before in tables.given_names or opened


def _sub_runs(words: list[str], tables: NameTables) -> list[list[str]]:
    """Split a capitalized run where a word ends a sentence ("Dahl. Mrs. Kovalenko"), and
    where a possessive ends an owner's name ("JPMorgan's Ayla Demirtas": her employer's name,
    not hers); the owner is kept only when it opens with a given name ("Ida Marsh's Tom")."""
    out: list[list[str]] = [[]]
    for k, w in enumerate(words):
        out[-1].append(w)
        low = w.lower()
        if k < len(words) - 1 and ("'" in w or "’" in w) and is_possessive(w):
            if not any(word.lower() in tables.given_names for word in out[-1]):
                out[-1] = []  # "BC Children's Hospital": no person's name before it
            out.append([])
        elif (
            w.endswith(".")
            and len(w) > 2
            and low not in tables.honorifics
            and low not in tables.titles
            and w.count(".") == 1
        ):
            out.append([])
    return [[w.rstrip(".") if len(w) > 2 and w.count(".") == 1 else w for w in run] for run in out if run]


#: How many places :meth:`NameTable.sites_of` keeps for one surname.
_SITES_KEPT = 4

#: A quote mark just before a run and one just after it (past a comma or stop): the run is the
#: whole of a quote, a nickname ('dubbed "Skydiving Sheila"'), and no full name of anybody.
_NICKNAME_OPEN = regex.compile("[" + regex.escape("".join(p.open for p in DEFAULT_MARKS if len(p.open) == 1)) + "]")
_NICKNAME_CLOSE = regex.compile(
    "[,.]?[" + regex.escape("".join(c for p in DEFAULT_MARKS for c in p.closers if len(c) == 1)) + "]"
)


def _sentence_around(text: str, start: int, end: int, reach: int) -> tuple[int, int]:
    """The sentence (:func:`~quoteattr.segment.sentences`) that holds ``text[start:end]``, read
    within its line and ``reach`` characters either side."""
    line_s = max(text.rfind("\n", max(0, start - reach), start) + 1, start - reach, 0)
    line_e = text.find("\n", end, min(len(text), end + reach))
    line_e = line_e if line_e >= 0 else min(len(text), end + reach)
    for sent_s, sent_e in sentences(text, line_s, line_e):
        if sent_s <= start < sent_e:
            return sent_s, min(sent_e, line_e)
    return line_s, line_e


#: A given name of two syllables joined by a hyphen, the second in lower case ("Chang-ho",
#: "Sun-ja"), as Korean and Taiwanese names are written after the surname: a person's name
#: ("Park Chang-ho"), whatever the surname also means.
_GIVEN_AFTER_RE = regex.compile(r"\p{Lu}\p{Ll}+-(\p{Ll}+)")

#: What follows a hyphen in a capitalized compound that is no given name ("Park Avenue-based").
_COMPOUND_ENDINGS = frozenset(
    {"based", "owned", "run", "listed", "backed", "controlled", "headquartered", "led", "born", "area", "wide",
     "style", "made", "bound", "class", "linked", "funded", "registered"}
)  # fmt: skip


def _written_surname_first(words: Sequence[str]) -> bool:
    """Whether a name of two words is written surname first before a hyphened given name
    ("Park Chang-ho"; :data:`_GIVEN_AFTER_RE`), not a compound ("Park Avenue-based")."""
    given = _GIVEN_AFTER_RE.fullmatch(words[-1]) if len(words) == 2 else None
    return given is not None and given.group(1) not in _COMPOUND_ENDINGS


def _after_particle(full: str, tables: NameTables) -> bool:
    """Whether the second-to-last word of the name ``full`` follows a lower-case particle
    ("Inés de la Varra Quenta"): a first surname, whatever given name is spelt so."""
    words = full.split()
    return len(words) >= 4 and words[-3] in tables.name_particles


class NameTable:
    """The article's people: surname or short form -> the fullest name the article gives.

    ``tables`` are the name tables that tell titles and non-names from names
    (``Config.names``).

    >>> t = NameTable("Deputy Trade Minister Anna Kovalenko met Dahl. Mrs. Kovalenko left.")
    >>> t.resolve("Kovalenko"), t.resolve("Mrs. Kovalenko"), t.resolve("Dahl")
    ('Anna Kovalenko', 'Anna Kovalenko', 'Dahl')
    """

    def __init__(self, text: str, *, tables: NameTables = DEFAULT_NAME_TABLES) -> None:
        self.tables = tables
        self._run_re = name_run_re(tables.name_particles, tables.dotted_titles)
        self.full: dict[str, str] = {}
        self._resolved: dict[str, str] = {}  # name -> resolve(name), kept once the table is complete
        self._complete = False
        self.gender: dict[str, str] = {}  # surname -> gender an honorific gives ("Mrs. Dahl")
        self._told_gender: dict[str, str] = {}  # full name or surname -> gender a given name or title tells, or "?"
        self._told_fulls: dict[str, set[str]] = {}  # surname -> the full names that told a gender
        self.titles: dict[str, set[str]] = {}  # name -> its title words, wherever the article gives them
        self._written_titles: dict[str, set[str]] = {}  # name -> the title words written with the name itself
        # name -> the words of each office an appositive with no article gives it ("Ida Lund,
        # director general of Nordvik Mejeri,": {"director", "general"}), read by holders_in_full
        self._bare_offices: dict[str, list[frozenset[str]]] = {}
        self._holders: dict[tuple[str, frozenset[str]], list[str]] = {}
        self._sites: dict[str, list[tuple[int, int]]] = {}  # surname -> where a full name of it stands
        # surname -> every run of two words or more that ends with it, a sentence's first words too
        # ("Per Lund no longer gives interviews." beside "Ida Lund said")
        self._runs_of_surname: dict[str, set[str]] = {}
        self._lone_words: set[str] = set()  # the capitalized words the article writes alone
        self._known_as: set[str] = set()  # those of them written after "as" ("known as Lou")
        self._sure_of: set[str] = set()  # surnames whose full name was seen away from a sentence start
        # surnames whose full name is so far only a second surname after a first one with particles
        self._second_surname_only: set[str] = set()
        self._ages: dict[str, set[str]] = {}  # an age the article gives ("Dahl, 61,") -> surnames
        self._every_full: set[str] = set()  # every full name, two people of one surname included
        self._runs_by_first: dict[str, set[str]] = {}  # first word -> the capitalized runs of 2+ words
        self._text = text  # read again on demand, for acronyms
        lower_words = {w.lower() for w in _LOWER_WORD_RE.findall(text)}
        self.lower_words = frozenset(lower_words)  # the words the article writes in lower case somewhere
        first_line = text.find("\n")
        headline_end = first_line if first_line > 0 and _title_case(text[:first_line]) else 0
        pending: list[tuple[str, frozenset[str]]] = []  # names and the titles an appositive gives them
        for m in self._run_re.finditer(text):
            run = m.group(0)
            aged = _AGE_AFTER_RE.match(text, m.end())
            if aged is not None:  # "Wu Hao, 26,": who "the 26-year-old" is
                self._ages.setdefault(aged.group(1) or aged.group(2) or aged.group(3), set()).add(run.split()[-1])
            if " " not in run and "\t" not in run:
                self._lone_words.add(strip_possessive(run))  # "Carvajal said": a surname written alone
                if text[max(0, m.start() - 6) : m.start()].endswith(("as ", "named ", "called ")):
                    # "known simply as Souza", "His wife is also named Rosa": a name of one word
                    self._known_as.add(strip_possessive(run).rstrip("."))
                told_roles = self._appositive_roles(m.end())
                if told_roles:  # "Baca, a third-generation farmer": a title, kept if Baca is named in full
                    pending.append((run, told_roles))
                continue  # one word: no full name, no honorific to learn from
            words = run.split()
            self._runs_by_first.setdefault(words[0], set()).add(" ".join(words))  # for body_name
            if len(words) > 3 and words[0] == "The" and words[2].islower():
                # "The Banca de Vorland and ...": a name with a particle, after "The" (named_with_particle)
                self._runs_by_first.setdefault(words[1], set()).add(" ".join(words[1:]))
            if len(words) > 2 and "-" in words[0] and words[0].rsplit("-", 1)[1].islower():
                # "Shenzhen-based Harbor Fresh Co.": the name after its place
                self._runs_by_first.setdefault(words[1], set()).add(" ".join(words[1:]))
            if m.start() < headline_end:
                continue  # a headline in title case capitalizes every word ("Understated Dahl Wins")
            at_start = text[m.start() - 1 : m.start()] in ("", "\n")  # most runs do not open a paragraph
            dateline = at_start and _DATELINE_PLACE_RE.match(text, m.start(), min(len(text), m.end() + 4))
            if dateline and words[0].lower() not in tables.given_names:
                continue  # "KUALA LUMPUR, July 8 (Bernama) --": a dateline's place; not "IDA LUND, 34,"
            if _NICKNAME_OPEN.search(text, max(0, m.start() - 1), m.start()) and _NICKNAME_CLOSE.match(text, m.end()):
                continue  # dubbed 'Skydiving Sheila': a nickname in quote marks, not her full name
            opens_sentence = opens_a_sentence(text, m.start())
            # after a lower-case word in its clause ("Can voters Trust Ida Marsh?"), not after a
            # comma ("Its organiser, Drew Allen Coyle,"): a run that may take a verb before a name
            mid_clause = text[max(0, m.start() - 2) : m.start()].rstrip()[-1:].islower()
            popped: set[str] = set()
            while (
                len(words) > 1
                and words[0].lower() not in tables.honorifics
                and (
                    words[0].lower() in tables.role_nouns
                    or words[0].lower() in tables.nationalities
                    or words[0].lower() in tables.not_names
                    or (words[0].endswith(".") and words[0].lower() in tables.titles)  # "Eng. Fatima Harb"
                    or (words[0].lower() in COUNT_WORDS and words[1].endswith("s"))  # "Three Leicas", not "Ten Hag"
                    # "Radio Bro", "TV Sul": a station's name, no person's ("Harian Osman" may be his)
                    or OUTLET_OPENINGS.get(words[0]) == "broadcaster"
                    or (opens_sentence and words[0].lower() in lower_words)
                    # "Can voters Trust Ida Marsh?": a word the article writes in lower case, before a name
                    or (
                        len(words) > 2
                        and mid_clause
                        and words[0].lower() in lower_words
                        and words[0].lower() not in tables.given_names
                        and words[0].lower() not in tables.name_particles
                    )
                )
            ):
                low = words.pop(0).lower()  # "Rival Ida Marsh", "Despite Tomas Brandt": not part of the name
                if low in tables.titles or low in tables.role_nouns:
                    popped.add(low.rstrip("."))  # "Mayor Ida Marsh" opening a sentence: still her title
                opens_sentence = False
            run = " ".join(words)
            # a sentence's first word may be a common word; but "Ida Marsh, 61," is a name, unlike
            # the possessor in "Harriers' Dahl, 31,"
            sure = not opens_sentence or (aged is not None and not any(map(is_possessive, words[:-1])))
            # "Marisela Chavarría, who has led walks ..., said": a person's who-clause after it
            sure = sure or (len(words) > 1 and text.startswith(", who ", m.end()))
            before_run = text[max(0, m.start() - 5) : m.start()]
            linked = before_run.rstrip().lower().endswith(("of", "to", "for", "the"))
            office = _OFFICE_OF_RE.search(text, max(0, m.start() - 40), m.start()) if linked else None
            if office is None and len(words) > 2 and before_run.endswith(" and "):
                lead = words[: _name_after_office(words, tables)]  # "Human Services"; not "Voltara Ambassador"
                if not any(_a_title_of_its_own(w.lower(), tables) for w in lead):
                    office = _OFFICE_LIST_RE.search(text, max(0, m.start() - 80), m.start())
            office_title = ""
            if office is not None and not _office_link(office.group(1).lower(), office.group(2), tables):
                # "Secretary of State for Migration Ida Marsh": the office's title one link further back
                outer = _OFFICE_OF_RE.search(text, max(0, office.start() - 40), office.start())
                chained = outer is not None and office.group(1)[:1].isupper()
                if outer is not None and chained and _office_link(outer.group(1).lower(), outer.group(2), tables):
                    office = outer
                else:
                    office = None
            placed = len(words) <= 2 and words[0].lower() not in tables.given_names
            if office is not None and placed and _OFFICE_GOES_ON_RE.match(text, m.end()):
                continue  # "Minister of Maritime Affairs and Insular Policy Ida Marsh": the office goes on
            # "the Vice Minister of High Technology Energy, Ida Marsh,": no given name in the run
            named_in = len(words) <= 4 and not any(w.lower() in tables.given_names for w in words)
            if office is not None and (placed or named_in) and _APPOSITIVE_NAME_RE.match(text, m.end()):
                continue  # "the bishop of Port Alma, Karel Quillon,": the office's place, then its holder
            if (
                office is not None
                and placed
                and office.group(1).islower()
                and _APPOSITIVE_OFFICE_RE.search(text, max(0, office.start() - 60), office.start())
            ):
                continue  # "Ida Marsh, director general of Nordvik Mejeri,": her office's body, not a name
            if office is not None:
                run_words = run.split()  # "Secretary of Fisheries Ida Marsh": the office is not a name
                run = " ".join(run_words[_name_after_office(run_words, tables) :])
                office_title = office.group(1).lower()  # but it is her title: "the minister" is her
            if linked and office is None and _ends_in_a_holder([w.lower() for w in words], tables):
                body = _BODY_OF_RE.search(text, max(0, m.start() - 40), m.start())
                if body is not None and tables.ends_a_body(body.group(1).lower()):
                    run = " ".join(words[-2:])  # "the Ministry of Agriculture Jelena Kostic": hers, the last two
            before = _ROLE_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
            role = before.group(1) if before is not None else ""
            role_at = before.start() if before is not None else m.start()
            area = (
                _AREA_OFFICE_RE.search(text, max(0, m.start() - 80), m.start()) if role in tables.admin_areas else None
            )
            if area is not None and area.group(1).lower() in tables.titles:
                role, role_at = area.group(1).lower(), area.start()  # "Governor of Bayan province Ida Marsh"
            if before is not None and "," in before.group(0) and text[m.end() : m.end() + 1] not in (",", "—"):
                role = ""  # "the mayor, Ida Marsh, said", not "After meeting the mayor, Ida Marsh flew home"
            if before is None and text[m.end() : m.end() + 1] in (",", ":", ".", ";", "—"):
                office_comma = _OFFICE_COMMA_RE.search(text, max(0, m.start() - 60), m.start())
                if office_comma is not None:  # "Minister of Tourism and Heritage, Khamis Lund:"
                    role = office_comma.group(1).lower()
                else:  # "the deputy director of production of Harlan Sugar, Yara Rey Cabal,"
                    role = _described_office(text, m.start(), tables)
            roles = frozenset({role}) if role in tables.titles or role in tables.role_nouns else frozenset()
            roles |= popped | ({office_title} if office_title else set())
            if office is not None:  # "Deputy Minister of Maritime Affairs", "Vice-Minister of Agriculture"
                qualifier = _QUALIFIER_BEFORE_RE.search(text, max(0, office.start() - 20), office.start())
                if qualifier is not None and qualifier.group(1).lower() in tables.role_qualifiers:
                    roles |= {qualifier.group(1).lower()}
            qualified = None  # "Chief executive Bram Yallen", an office; not "her chief rival"
            if before is not None and role in tables.titles:
                qualified = _WORD_BEFORE_RE.search(text, max(0, role_at - 40), role_at)
            if qualified is not None and qualified.group(1).lower() in tables.role_qualifiers:
                roles |= {qualified.group(1).lower()}
            site = (max(m.start(), text.find(run.split()[0], m.start(), m.end())), m.end()) if run else None
            subs = _sub_runs(run.split(), tables)
            for n, words in enumerate(subs):
                if len(words) > 1:  # the words before the run are the first sub-run's title only
                    self._add(words, sure, roles if n == 0 else frozenset(), site)
            told_roles = self._appositive_roles(m.end()) if subs and len(subs[-1]) > 1 else frozenset()
            if told_roles:  # "Ernesto Baca, a third-generation farmer who grows chile"
                pending.append((" ".join(subs[-1]), told_roles))
            office_words = self._bare_office(m.end()) if subs and len(subs[-1]) > 1 and not told_roles else None
            if office_words:  # "Ida Lund, director general of Nordvik Mejeri,"
                self._bare_offices.setdefault(" ".join(subs[-1]), []).append(office_words)
        self.mononyms: dict[str, str | None] = {}  # a one-word name somebody goes by -> gender, if told
        self.kin_named: set[str] = set()  # those given only after a kinship word ("Her sister, Noor,")
        self._mononym_sites: list[tuple[int, str]] = []  # where each such name is given, in text order
        hinted = any(hint in text for hint in _MONONYM_HINTS)  # a plain search first: most articles give none
        for m in _MONONYM_RE.finditer(text) if hinted else ():
            name, gender = m.group("name"), ("f" if m.group("f") else "m" if m.group("m") else None)
            owner = _MONONYM_OWNER_RE.search(text, max(0, m.start() - 5), m.start()) if gender is None else None
            if owner is not None:  # "her first name, Maruxa"
                gender = "f" if owner.group(1) == "her" else "m"
            if name.lower() in tables.not_names or name.lower() in tables.titles or name in self.full:
                continue  # not a title, nor the surname of somebody named in full ("Coyle")
            self._add_mononym(name, m.start("name"), gender)
        noun_named: list[tuple[str, str, int]] | None = None  # _NOUN_NAMED_RE's matches, read once if needed
        if _AGED_MONONYM_RE.search(text) or _KIN_NAMED_RE.search(text):  # most articles have neither
            noun_named = [(n.group(1), n.group(2), n.start(2)) for n in _NOUN_NAMED_RE.finditer(text)]
            self._aged_mononyms(text, noun_named)
            self._kin_mononyms(noun_named)
        for m in _NAME_GIVEN_AS_RE.finditer(text) if "name" in text else ():
            name = m.group("name")  # "who gave his name only as Ah Meng": all the name given
            if name not in self.mononyms:
                self._add_mononym(name, m.start("name"), "f" if m.group(1) == "her" else "m")
        for key, told_roles in pending:
            if key.split()[-1] in self.full:  # a person's name; not "Yesterday, a farmer said"
                self.titles.setdefault(key, set()).update(told_roles)
        self._complete = True  # the table is complete: resolutions can be kept

    def _add_mononym(self, name: str, at: int, gender: str | None) -> None:
        """Keep ``name``, given at ``at``, as a one-word name somebody goes by (:attr:`mononyms`):
        all of that person's name, a person named in full ("Maruxa"), of ``gender`` if told."""
        self.mononyms[name] = gender
        self._mononym_sites.append((at, name))
        self._every_full.add(name)
        if gender is not None:
            self.gender.setdefault(name, gender)

    def _aged_mononyms(self, text: str, noun_named: Sequence[tuple[str, str, int]]) -> None:
        """The one-word names with an age (:data:`_AGED_MONONYM_RE`: "Sumiyati, 56, stirs a vat"),
        kept as :meth:`_add_mononym` keeps them; not a name the article gives a thing after a noun
        anywhere ("Her mare, Silja, 14,"; :data:`_NOUN_NAMED_RE`), a title, a place, the surname
        of somebody named in full ("Lund, 58,"), a given name or the first word of a full name
        ("Marco, 45," for Marco Castellano).  Read while the table is built, from its own sets;
        ``noun_named`` holds :data:`_NOUN_NAMED_RE`'s matches (noun, name, where the name stands)."""
        tables = self.tables
        things = {name for noun, name, _ in noun_named if noun not in KINSHIP_TITLES and not tables.person_role(noun)}
        firsts = {full.split()[0] for full in (*self._every_full, *self.full.values())}
        for m in _AGED_MONONYM_RE.finditer(text):
            name = m.group("name")
            low = name.lower()
            if name in self.mononyms or name in things or name in self.full or name in firsts:
                continue
            if (
                low in tables.not_names
                or low in tables.titles
                or low in tables.place_words
                or low in tables.given_names
            ):
                continue
            self._add_mononym(name, m.start("name"), None)

    def _kin_mononyms(self, noun_named: Sequence[tuple[str, str, int]]) -> None:
        """The one-word names given after a kinship word ("Her daughter, Kalani, who teaches",
        :data:`_NOUN_NAMED_RE`), kept as :meth:`_add_mononym` keeps them, of the kinship word's
        gender; not a title, a place, the surname of somebody named in full or the first word
        of a full name ("His son, Marco," for Marco Castellano); ``noun_named`` holds
        :data:`_NOUN_NAMED_RE`'s matches (noun, name, where the name stands)."""
        tables = self.tables
        firsts = {full.split()[0] for full in (*self._every_full, *self.full.values())}
        for noun, name, at in noun_named:
            if noun not in KINSHIP_TITLES or name in self.mononyms or name in self.full or name in firsts:
                continue
            low = name.lower()
            if low in tables.not_names or low in tables.titles or low in tables.place_words:
                continue
            self._add_mononym(name, at, gender_of_words([noun]))
            self.kin_named.add(name)

    def _add(
        self, words: list[str], sure: bool, roles: frozenset[str] = frozenset(), site: tuple[int, int] | None = None
    ) -> None:
        """Learn one run's full name, gender and titles; ``sure`` when the run does not open a sentence;
        ``roles`` are lower-case title words written before the run ("transport senator"); ``site``
        is where the run stands."""
        if words:
            # strip titles, honorifics and leading non-names
            tables = self.tables
            honorifics = tables.honorifics
            i = 0
            gender = None
            for k in range(len(words) - 2, -1, -1):
                if _middle_initial(words, k, tables):
                    continue  # "Ida M. Marsh": an initial, not "M." for Monsieur
                if k > 0 and words[k - 1].lower() in PATRONYMIC_PARTICLES:
                    continue  # "Rizal bin Haji Omar": the father's honorific, inside the name
                if words[k].lower() in tables.titles or words[k].lower() in honorifics:
                    i = k + 1
                    gender = honorifics.get(words[k].lower())
                    break
            while i < len(words) - 1 and _is_title_word(words[i].lower(), tables):
                g = honorifics.get(words[i].lower())
                gender = gender or g
                i += 1
            name_words = _without_post_nominals([strip_possessive(w) for w in words[i:]], tables)
            while name_words and (name_words[0].lower() in tables.not_names or name_words[0].lower() in SPEECH_VERBS):
                name_words.pop(0)  # "The", "Said Ines Dahl"
            if not name_words or strip_possessive(name_words[-1]).lower() in tables.org_suffixes:
                return
            while len(name_words) > 2 and name_words[0].lower() in tables.place_words:
                name_words.pop(0)  # "Florida Rick Wilson": a place before the name
                if name_words[0].lower() in tables.org_suffixes:
                    return  # "Washington Post Brandt": a newspaper's name, then a surname
            if any(w.lower() in tables.place_words for w in name_words) and not _written_surname_first(name_words):
                return  # "United States", "North Korea": a place, not a person; but "Park Chang-ho" is a man
            if name_words[-1].lower() in tables.member_nouns:
                return  # "Kentucky Republican": a party member, not a surname
            surname = name_words[-1]
            sure = sure or name_words[0].lower() in tables.given_names  # "Graham Vantreese" opening the article
            # up to four names, and the particles between them ("Inés de la Varra Quenta")
            named = sum(1 for w in name_words if w.lower() not in tables.name_particles)
            if len(name_words) >= 2 and named <= 4 and len(name_words) <= 6:
                sites = self._sites.setdefault(surname, [])
                if site is not None and len(sites) < _SITES_KEPT:
                    sites.append(site)
                full = " ".join(name_words)
                self._runs_of_surname.setdefault(surname, set()).add(full)
                if sure:  # not "Following Brandt"
                    self._every_full.add(full)
                known = self.full.get(surname)
                longer = known is not None and len(full.split()) > len(known.split())
                surer = known is not None and len(full.split()) == len(known.split()) and surname not in self._sure_of
                # "Inés de la Varra Quenta" is called by her first surname: her last word stands
                # for her only while nobody else has it ("Dr. Quenta" beside Olga Quenta is Olga)
                second_only = _after_particle(full, tables)
                if second_only:
                    if known is None:
                        self.full[surname] = full
                        self._second_surname_only.add(surname)
                elif known is None or longer or (surer and sure) or surname in self._second_surname_only:
                    self.full[surname] = full
                    self._second_surname_only.discard(surname)
                    if sure:
                        self._sure_of.add(surname)
                by = next(
                    (n for n in range(1, len(name_words) - 1) if name_words[n].lower() in PATRONYMIC_PARTICLES), 0
                )
                if by:  # "Nurul Huda binti Kamarudin" is who "Nurul Huda" is
                    self.full.setdefault(name_words[by - 1], full)
            if gender is not None:
                self.gender.setdefault(surname, gender)
            else:
                told = gender_of_words([*words[:i], *roles]) if i > 0 or roles else None  # "spokeswoman Ida Marsh"
                given = tables.given_names.get(name_words[0].lower()) if len(name_words) >= 2 else None
                full_name = " ".join(name_words)
                for g in {g for g in (told, given) if g is not None}:
                    for key in (full_name, surname):  # two people of one surname: the surname alone tells nothing
                        if self._told_gender.setdefault(key, g) != g:
                            self._told_gender[key] = "?"
                    if len(name_words) > 1:
                        self._told_fulls.setdefault(surname, set()).add(full_name)
            if i > 0 or roles:
                key = " ".join(name_words) if len(name_words) >= 2 else surname
                written = {w.lower().rstrip(".") for w in words[:i]} | roles
                self.titles.setdefault(key, set()).update(written)
                self._written_titles.setdefault(key, set()).update(written)

    def written_titles(self, name: str) -> frozenset[str]:
        """The title words the article writes with ``name`` itself ("Mayor Ida Marsh", "the
        mayor, Ida Marsh,"), not those an appositive after it gives (:attr:`titles` holds both)."""
        return frozenset(self._written_titles.get(name, ()))

    def mononyms_in(self, start: int, end: int) -> list[tuple[str, int]]:
        """The one-word names (:attr:`mononyms`) the text at ``start:end`` gives somebody ("a cook
        who asked that only her first name, Maruxa, be used"), each with where it stands."""
        sites = self._mononym_sites  # found once, when the table was built
        lo = bisect.bisect_left(sites, (start, ""))
        return [(name, at) for at, name in sites[lo : bisect.bisect_left(sites, (end, ""))]]

    def _appositive_roles(self, end: int) -> frozenset[str]:
        """The title words an appositive right after a name at ``end`` gives it
        (:data:`_APPOSITIVE_ROLE_RE`): its head, when a person's role, and the role qualifiers
        before it ("a former farmer"); empty otherwise ("Marsh, a harbour town")."""
        # bounded: without an end the pattern's literal "," is sought through the rest of the text
        m = (
            _APPOSITIVE_ROLE_RE.match(self._text, end, end + _APPOSITIVE_CHARS)
            if self._text.startswith(",", end)
            else None
        )
        if m is None:  # most names have no comma after them: no appositive to read
            return frozenset()
        if _APPOSITIVE_NAME_RE.match(self._text, m.end()):
            return frozenset()  # "Talking to Radio Kestrel, the manager, Ida Lund,": the title is hers
        tables = self.tables
        head = m.group(3)
        if head not in tables.role_nouns and head not in tables.titles:
            return frozenset()
        return frozenset({head, *tables.qualifiers_in(m.group(2))})

    def _bare_office(self, end: int) -> frozenset[str]:
        """The words of an office an appositive with no article gives a name ending at ``end``
        (:data:`_BARE_OFFICE_RE`: ", director general of", ", head of the"), when its last word
        is a title or a person's role; empty otherwise."""
        m = _BARE_OFFICE_RE.match(self._text, end, end + _APPOSITIVE_CHARS) if self._text.startswith(",", end) else None
        if m is None:
            return frozenset()
        words = m.group(1).split()
        head = words[-1]
        if words[0] in ("a", "an", "the"):
            return frozenset()  # read as an appositive's title (_appositive_roles)
        if head not in self.tables.role_nouns and head not in self.tables.titles:
            return frozenset()
        return frozenset(words)

    def holders_in_full(self, words: frozenset[str]) -> list[str]:
        """The full names an appositive with no article gives an office holding every one of
        ``words`` (:meth:`_bare_office`): "the director general" is "Ida Lund, director general
        of Nordvik Mejeri,"; not "the district head", when no office of "district" is given."""
        out: list[str] = []
        qualifiers = words & self.tables.role_qualifiers  # "the director" is not "deputy director of"
        for name, offices in self._bare_offices.items():
            fits = any(words <= office and office & self.tables.role_qualifiers == qualifiers for office in offices)
            if name.split()[-1] in self.full and fits:
                full = self.resolve(name)
                if full not in out:
                    out.append(full)
        return out

    @functools.cached_property
    def full_names(self) -> frozenset[str]:
        """Every full name the article gives ("Anna Kovalenko"): the fullest one of each surname."""
        return frozenset(self.full.values())

    def names_in_full(self, name: str) -> bool:
        """Whether the article gives ``name`` in full, the less full of two of one surname
        included ("Bernadette Quayle" beside her husband "Frank Quayle")."""
        return name in self.full_names or name in self._every_full

    def holders_of(self, role: str, qualifiers: frozenset[str] = frozenset()) -> list[str]:
        """The full names whose title holds the word ``role`` ("minister") and, of the tables'
        role qualifiers ("vice", "former"), just those in ``qualifiers``: "the former president"
        is not "President Ida Marsh", nor "the president" "Vice President Tomas Brandt".  The
        titles written with a name ("hotel owner Ida Marsh") come first: an appositive's
        ("Tomas Brandt, a farmer") count only when no name holds the title so."""
        key = (role, qualifiers)
        cached = self._holders.get(key)
        if cached is not None:
            return cached
        out: list[str] = []
        kinds = self.tables.role_qualifiers
        for table in (self._written_titles, self.titles):
            for name, titles in table.items():
                if role in titles and titles & kinds == qualifiers & kinds:
                    full = self.resolve(name)
                    if full not in out:
                        out.append(full)
            if out:
                break
        self._holders[key] = out
        return out

    def resolve(self, name: str) -> str:
        """The fullest form of ``name`` in the article (titles and honorifics removed)."""
        got = self._resolved.get(name)
        if got is None:
            got = self._resolve(name)
            if self._complete:
                self._resolved[name] = got
        return got

    def _resolve(self, name: str) -> str:
        words = [strip_possessive(w) for w in _past_owner(name.split())]  # "NBC's Dante Chinni": Dante Chinni
        tables = self.tables
        honorific = next((g for g in map(tables.honorifics.get, (w.lower() for w in words[:-1])) if g), None)
        for k in range(len(words) - 2, -1, -1):
            if k > 0 and words[k - 1].lower() in PATRONYMIC_PARTICLES:
                continue  # "Rizal bin Haji Omar": the father's honorific, inside the name
            if words[k].lower() in tables.titles or words[k].lower() in tables.honorifics:
                words = words[k + 1 :]
                break
        while (len(words) > 1 and _is_title_word(words[0].lower(), tables)) or (
            len(words) > 2 and tables.person_role(words[0].lower())
        ):
            words.pop(0)  # "Parent Greg Lindqvist", as the table learned him; not "Skipper Okafor"
        words = _without_post_nominals(words, tables)
        if not words:
            return name
        surname = words[-1]
        full = self.full.get(surname)
        lone_given = len(words) == 1 and self._complete and surname.lower() in tables.given_names
        if lone_given and (full is None or full.split()[0].lower() not in tables.given_names):
            given = self._by_given_name.get(surname, ())
            if len(given) == 1:  # "Sheila" alone, as tabloids write, is Sheila Makepeace-Dunn
                return next(iter(given))
        if (
            full is not None
            and len(words) == 1
            and honorific in ("m", "f")
            and self._complete
            and self._told_gender.get(full) not in (None, honorific)
        ):
            return self.by_gender(full, honorific)  # "Mr. Castellane" beside Ida Castellane
        # "de la Varra" for Inés de la Varra Quenta: a first surname with its particles
        lead = words[:-1] if all(w in tables.name_particles for w in words[:-1]) else None
        first_surname = self._first_surname_of(surname, full, lead) if lead is not None and self._complete else None
        if first_surname is not None:  # "Carvajal" for Matías Carvajal Tapia
            return first_surname
        if full is not None and (len(words) == 1 or full.lower().endswith(" ".join(words).lower())):
            return full  # "De Búrca" opening a sentence is Sinéad de Búrca
        rest = full.split()[len(words) :] if full is not None and full.startswith(" ".join(words) + " ") else []
        if full is not None and rest and rest[0].lower() in PATRONYMIC_PARTICLES:
            return full  # "Nurul Huda" is Nurul Huda binti Kamarudin
        if (
            full is None
            and len(words) == 1
            and self._complete
            and not lone_given
            and surname.lower() not in self.lower_words
        ):
            opened = self._by_first_word.get(surname, ())
            # one person's name opens with it, of no other gender than an honorific says ("Ms. Lim"
            # is not Lim Chee Keong beside Lim Mei Hua)
            sole = len(opened) == 1 and len(self._full_by_first.get(surname, ())) == 1
            if sole and honorific in ("m", "f"):
                sole = self.gender_of(next(iter(opened))) in (None, honorific)
            if sole:  # "Tevita says" after "Tevita Maile was 19": a given name no table holds
                return next(iter(opened))
        return " ".join(words)

    def _first_surname_of(self, word: str, full: str | None, lead: list[str] | None = None) -> str | None:
        """The one person whose name of three words or more has ``word`` second to last, as a
        first surname of two is (Spanish and Portuguese names: "Carvajal" for Matías Carvajal
        Tapia), when ``word`` is no given name, opens nobody's name ("Lee Soo-jin"), is not
        written after "as" ("known simply as Lou"), the person's last word is not written alone
        (unless it is somebody's first surname), and either nobody has ``word`` as a last word
        or the one who does (``full``) is himself called by his first surname alone in the
        article ("Tapia" for Rosa Elena Tapia Ahumada beside her nephew Matías Carvajal Tapia,
        whom the article calls "Carvajal"); else None.  ``lead`` are the lower-case particles
        written before ``word`` ("de la Varra"), which the person's name has before it too; a
        word after particles is a surname, though a given name be spelt so ("Varra")."""
        owners = self._by_first_surname.get(word, ())
        if len(owners) != 1:
            return None
        owner = next(iter(owners))
        before = owner.split()[:-2]
        if lead and before[-len(lead) :] != lead:
            return None  # "de Varra" is not Ida de la Varra Quenta
        # after particles a given name's spelling is a surname ("de la Varra"), unless the article
        # gives the word as somebody's name of one word ("His wife is also named Rosa")
        given = word.lower() in self.tables.given_names and not _after_particle(owner, self.tables)
        if given or word in self._known_as or word in self._full_by_first:
            return None  # "Lee" beside Lee Soo-jin, "known simply as Lou": a name of its own
        last = owner.split()[-1]
        if last in self._lone_words and last not in self._by_first_surname:
            return None  # "Carver said" for Mary Lou Carver: she goes by her last name, and "Lou" is hers otherwise
        if full is None:
            return owner
        words = full.split()  # "Tapia" is the nephew's last word: his own first surname written alone?
        called_by_first = len(words) >= 3 and words[-2] in self._by_first_surname and words[-2] in self._lone_words
        return owner if called_by_first else None

    @functools.cached_property
    def _by_first_surname(self) -> dict[str, set[str]]:
        """Second-to-last word -> the full names of three words or more, opening with a given
        name or of a person the article tells (titled, aged, of a known gender or speaking:
        "Yoandri Tarazona Velde, 41,"), that have it there; a particle, a given name, a
        lower-case word or a word before a generation not counting ("Ignacio de la Barra",
        "Mary Ann Marsh", "Harry Hurt III"); read once, when the table is complete."""
        tables = self.tables
        out: dict[str, set[str]] = {}
        for full in self._all_full:
            words = full.split()
            if len(words) < 3 or not words[-2][:1].isupper():
                continue
            if words[0].lower() not in tables.given_names and not self.known_person(full, speaking=False):
                continue  # a given name opens a person's name, or the article tells one ("MV Carra Lass" is a ship)
            if words[-1].lower().rstrip(".") in GENERATION_SUFFIXES:
                continue  # "Joseph R. Biden Jr.": one surname and a generation
            low = words[-2].lower()
            if low in tables.name_particles or (low in tables.given_names and not _after_particle(full, tables)):
                continue
            out.setdefault(words[-2], set()).add(full)
        return out

    def expand(self, acronym: str) -> str | None:
        """The name an acronym stands for in the article: the one it follows in brackets ("the
        Irish Nurses and Midwifery Organisation (INMO)"), else a name whose capitalized words
        begin with its letters ("Health Service Executive" for HSE); none when two differ."""
        return self._acronyms.get(acronym) or None

    @functools.cached_property
    def _acronyms(self) -> dict[str, str]:
        """Acronym -> name (:func:`_read_acronyms`), from one scan of the article when first asked."""
        return _read_acronyms(self._text, self.tables.generic_org_nouns)

    @functools.cached_property
    def _all_full(self) -> frozenset[str]:
        """Every full name the article gives: the fullest of each surname and the less full of
        two people of one surname; read once, when the table is complete."""
        return frozenset(self._every_full) | self.full_names

    @functools.cached_property
    def _by_given_name(self) -> dict[str, set[str]]:
        """Given name -> the full names the article gives that open with it, each person once
        (the fullest name of a surname stands for a shorter one with the same given name), and
        two people of one surname apart ("Tobias" beside "Margaret Brenner" is Tobias Brenner);
        read once, when the table is complete (the only time it is asked)."""
        given: dict[str, set[str]] = {}
        for full in self._all_full:
            words = full.split()
            if words[0].lower() in self.tables.given_names:
                fullest = self.full.get(words[-1], full)
                person = fullest if fullest.split()[0] == words[0] else full
                given.setdefault(words[0], set()).add(person)
        return given

    @functools.cached_property
    def _by_first_word(self) -> dict[str, set[str]]:
        """First word -> the names of two words of the article's people (titled, aged or of a
        known gender; two people of one surname each) that open with it, for a given name the
        tables do not hold ("Tevita Maile") or a surname written first ("Lu Qiren"); read once,
        when the table is complete."""
        tables = self.tables
        ends = tables.body_endings
        out: dict[str, set[str]] = {}
        for full in self._all_full:  # two people of one surname each ("Mercy" and "Ruth" Jelagat)
            words = full.split()
            if len(words) not in (2, 3) or words[-1].lower() in ends or words[-1].lower() in tables.not_names:
                continue  # "Kestrelmoor Athletic": a club; "Facebook Friday": no name
            lows = [w.lower() for w in words]
            if len(words) == 3 and (lows[0] in tables.given_names or any(w in tables.name_particles for w in lows)):
                continue  # "Mary Ann Brandt", "Ida van Dahl": a given name the tables know opens it
            if self.known_person(full):  # not "Rosmadi Idris Kamaludin" passed over for his "Idris"
                out.setdefault(words[0], set()).add(full)
        return out

    def known_person(self, full: str, speaking: bool = True) -> bool:
        """Whether the article tells that ``full`` is a person: titled, aged ("Mercy, 29,"), of
        a known gender, or, with ``speaking``, written before a speech verb or a person's
        appositive or after "said" (which a company's name may be too: "Dunmore Reed Holdings
        said"); asked once the table is complete."""
        words = full.split()
        aged = self._aged_words
        if full in self.titles or words[0] in aged or words[-1] in aged or self.gender_of(full) is not None:
            return True
        return speaking and self._speaks_or_told(words[-1])

    @functools.cached_property
    def _aged_words(self) -> frozenset[str]:
        """The names written with an age ("Mercy, 29,"); read once, when the table is complete."""
        return frozenset(surname for surnames in self._ages.values() for surname in surnames)

    def _speaks_or_told(self, surname: str) -> bool:
        """Whether a full name of ``surname`` is written, at one of the first places the table
        kept, right before a speech verb or an appositive ("Rudi Santoso said", "Lim Chee Keong,
        a third-generation grower,") or right after one ('"...," said Rudi Santoso'): a person,
        though no title, age or gender tells it."""
        tables = self.tables
        for a, b in self._sites.get(surname, ()):
            if _SAID_BEFORE_RE.search(self._text, max(0, a - 10), a) is not None:
                return True  # '"...," said Rudi Santoso'
            m = _SPEAKS_OR_TOLD_RE.match(self._text, b, b + 60)
            if m is None:
                continue
            if m.group(1) is None:
                return True  # "Rudi Santoso said"
            words = m.group(1).lower().replace("-", " ").split()[-3:]  # "a third-generation grower"
            if words[0] in ("its", "their"):
                continue  # "Banca Kestrel, its smaller rival,": a thing's appositive
            if any(tables.person_role(w) or w in tables.titles or tables.doer(w) for w in words):
                return True  # a person's role or trade; not "Kestrel Foods, a cannery"
        return False

    @functools.cached_property
    def places(self) -> frozenset[str]:
        """The capitalized runs the article writes right after "in", "of", "at", "from" or "near"
        and not before another capitalized word ("the council of Port Alma"): places, maybe;
        read once, on demand."""
        return frozenset(m.group(1) for m in _PLACED_RE.finditer(self._text))

    def short_before_long(self, short: str, long: str) -> bool:
        """Whether the article's body writes ``short`` on its own before it first writes
        ``long`` ("Sasha Lund founded Sasha Lund Pty"): the short name is somebody's own, not a
        company's shortened; a headline may shorten a name it gives in full below."""
        body = max(0, self._text.find("\n"))
        at = self._text.find(short, body)
        return 0 <= at < self._text.find(long, body)

    def body_name(self, start: str, ends: frozenset[str]) -> str | None:
        """The one name of two words or more the article gives that opens with the words ``start``
        and ends in a word of ``ends`` ("Kestrelmoor Athletic" for "Kestrelmoor" and a club's
        name endings), or None when there is no such name or two."""
        runs = self._runs_by_first.get(start.split()[0], ())
        found = {run for run in runs if run.startswith(start + " ") and run.lower().split()[-1] in ends}
        return found.pop() if len(found) == 1 else None

    def named_with_particle(self, word: str) -> str | None:
        """The one name the article gives that opens with ``word`` and a lower-case particle
        ("Xunta de Galicia" for "the Xunta"), or None when it gives none, several, or another
        name that opens with ``word`` ("Banca Kestrel" beside "Banca de Vorland")."""
        runs = self._runs_by_first.get(word, ())
        found = {run for run in runs if len(run.split()) >= 3 and run.split()[1].islower()}
        if len(found) != 1:
            return None
        name = found.pop()
        others = {run for run in runs if not name.startswith(run) and not run.startswith(name)}
        return None if others else name  # "Banca Kestrel" beside "Banca de Vorland": either

    def shares_surname(self, name: str) -> bool:
        """Whether the article gives another full name with the surname of ``name`` ("Judith
        Ellery" beside "Margaret Ellery")."""
        return bool(self.others_of_surname(name))

    def others_of_surname(self, name: str) -> frozenset[str]:
        """The other full names the article gives with the surname of the full name ``name``
        ("Siobhan Hartnett" beside "Bridget Hartnett")."""
        return frozenset(self._by_surname.get(name.split()[-1], set()) - {name})

    @functools.cached_property
    def _by_surname(self) -> dict[str, set[str]]:
        """Surname -> every full name the article gives with it; read once, on demand."""
        out: dict[str, set[str]] = {}
        for full in self._all_full:
            out.setdefault(full.split()[-1], set()).add(full)
        return out

    def _another_of_surname(self, words: Sequence[str], full: str) -> bool:
        """Whether the run ``words`` gives a given name other than that of ``full``, the full name
        the table holds for its surname ("Per Lund" when it holds "Ida Lund"); titles
        and honorifics are no given name ("Mrs. Clinton")."""
        tables = self.tables
        given = [w for w in words[:-1] if w.lower() not in tables.honorifics and w.lower() not in tables.titles]
        return bool(given) and full.split()[0] not in given

    def _surname_of_several(self, word: str) -> bool:
        """Whether the article writes ``word`` as the surname of two people or more, counting the
        names that open a sentence (:attr:`_by_surname` counts only those sure to be names):
        a bare "Lund" there may be Per or Ida Lund."""
        return len(self._runs_of_surname.get(word, set()) | self._by_surname.get(word, set())) > 1

    def of_gender(self, name: str, gender: str) -> str | None:
        """The one person of the surname of ``name`` whose given name or title tells ``gender``, when
        it gives that surname to several ("he" beside "Vantreese" is Graham Vantreese, not his daughter
        Ruby), or None."""
        fits = {full for full in self._by_surname.get(name.split()[-1], ()) if self._told_gender.get(full) == gender}
        return fits.pop() if len(fits) == 1 else None

    def by_gender(self, name: str, gender: str | None) -> str:
        """``name``, or, when the article gives its surname to several people, the one of them
        whose given name or title tells ``gender`` (:meth:`of_gender`), if there is one ("Mr.
        Castellane" beside his wife Ida)."""
        if gender in ("m", "f") and self.shares_surname(name):
            return self.of_gender(name, gender) or name
        return name

    def named_before(self, word: str, pos: int) -> str | None:
        """The one person of the surname ``word``, written alone at ``pos``, whom the article has
        named in full before ``pos``, when it gives that surname to several people ("said Lund"
        after Ida Lund and before Per Lund is brought in is Ida Lund); else None."""
        if not self._surname_of_several(word):
            return None
        runs = self._runs_of_surname.get(word, set())
        written = (self._text[a:b] for a, b in self._sites.get(word, []) if b <= pos)
        fulls = {self.resolve(t if t in runs else t.rstrip(".")) for t in written}  # "Ida Lund." ending a sentence
        return fulls.pop() if len(fulls) == 1 else None

    def given_to_several(self, name: str) -> bool:
        """Whether ``name`` is a lone given name that opens the full names of two people or more
        in the article ("Tobias" beside Tobias Brenner and Tobias Kellner): it could be either."""
        return " " not in name and name not in self.full and len(self._by_given_name.get(name, ())) > 1

    def aged(self, age: str) -> list[str]:
        """The full names of the people the article gives the age ``age`` ("Ida Marsh, 61,")."""
        return sorted({self.resolve(surname) for surname in self._ages.get(age, ())})

    def ages_of(self, name: str) -> frozenset[str]:
        """The ages the article gives the person ``name`` ("Ida Marsh, 61,": {"61"})."""
        full = self.resolve(name)
        return frozenset(age for age, surnames in self._ages.items() if any(self.resolve(s) == full for s in surnames))

    def sites_of(self, name: str) -> list[tuple[int, int]]:
        """Where the article writes ``name`` in full (the first few places, in order): the
        phrase around such a place may give the person's office ("Kremlin spokesman Arkady Lund")."""
        words = name.split()
        return self._sites.get(words[-1], []) if len(words) >= 2 else []

    def gender_of(self, name: str) -> str | None:
        """The gender of the person ``name`` (a surname or a full name): from an honorific the article
        uses ("Mrs. Dahl"), else from a gendered title ("spokeswoman Ida Dahl") or a given name
        (:data:`~quoteattr.lexicon.given_names.GIVEN_NAMES`) when no two people of that surname differ."""
        name = self.resolve(name)  # "Dahl" is Carla Dahl, whatever Frank Dahl's gender
        words = name.split()
        if not words:
            return None
        told = self._told_gender.get(name) if len(words) > 1 else None
        if told in ("m", "f") and words[-1] in self._told_fulls and len(self._told_fulls[words[-1]]) > 1:
            return told  # "Florencia Pereyra" beside "Mr. Pereyra", her father: her own given name tells
        if told is None and not (len(words) > 1 and self._told_fulls.get(words[-1], set()) - {name}):
            told = self._told_gender.get(words[-1])  # not Frank Dahl's for Carla Dahl
        got = self.gender.get(words[-1]) or (told if told != "?" else None)
        if got is None and len(words) > 1:
            got = self._followed_by.get(name)
            got = got if got != "?" else None
        return got

    @functools.cached_property
    def title_owners(self) -> frozenset[str]:
        """The capitalized runs the article writes right before a lower-case title or role and a
        capitalized name ("Harbor Lithium chief executive Jon Reyes", "Quorvane spokeswoman Ida
        Marsh"): a body whose officer the name is, not a he or a she.  Read once, on demand."""
        tables = self.tables
        out: set[str] = set()
        for m in self._run_re.finditer(self._text):
            after = _TITLE_AFTER_RE.match(self._text, m.end())
            if after is None:
                continue
            words = after.group(1).lower().split()
            if not all(w in tables.titles or tables.person_role(w) or w in tables.role_qualifiers for w in words):
                continue
            if any(w in tables.body_nouns for w in words):
                continue  # "Dahl campaign manager Ida Lund": her campaign's manager, not a body's officer
            run = strip_possessive(m.group(0)).removeprefix("The ")
            first = run.split()[0].lower()
            if first in tables.given_names or first in tables.honorifics:
                continue  # a person's name before another's title, not a body
            out.add(run)
        return frozenset(out)

    @functools.cached_property
    def proper_words(self) -> frozenset[str]:
        """The capitalized words the article writes somewhere after a lower-case word or a comma,
        where no sentence opens ("said Cruz", "the Insurance Council"): proper nouns, unlike a
        word that is capitalized only where it opens a sentence ("Waiting times are long.").
        Read once, on demand."""
        return frozenset(m.group(1) for m in _MID_SENTENCE_CAP_RE.finditer(self._text))

    @functools.cached_property
    def _followed_by(self) -> dict[str, str]:
        """Full name -> the gender of the "He" or "She" that opens the sentence after the only
        sentence naming that person and nobody else ("Darnell Okafor, 24, runs the Friday
        sessions. He credits her ..."), or of the "he" or "she" right after a speech verb in a
        sentence that names that person and nobody else before it, with no gendered word there
        ("Igarashi, who trains two brewers, says he ..."), or "?" when two such pronouns differ: the weakest sign of
        a gender, read once, when a name the tables cannot place is asked about.  Each sentence is
        read within a bounded window, so the scan is linear."""
        found: dict[str, str] = {}
        text = self._text

        def sign(at: int, pronoun: str, to: int, *, inside: bool = False) -> None:
            """The pronoun at ``at`` tells the gender of the one person its sentence names before
            ``to``; ``inside``: the pronoun stands in that sentence after a speech verb, where no
            gendered word may come first and the name must open the sentence right before the
            verb or an aside closed by a comma ("Orrin, who trains brewers, says he")."""
            lo = max(0, at - _FOLLOWED_WINDOW)
            stop = _stop_before(text, lo, at)
            opening = stop + 1 if stop >= 0 else lo
            if inside:
                run = self._run_re.search(text, opening, to)
                between = text[run.end() : to].strip() if run is not None else ""
                if (
                    run is None
                    or text[opening : run.start()].strip()
                    or not (between == "" or (between.startswith(",") and between.endswith(",")))
                ):
                    return  # "A neighbour of Tavi Rennick says she heard ...": not Rennick's
            people = set()
            for run in self._run_re.finditer(text, opening, to):
                words = [strip_possessive(w).rstrip(".") for w in run.group(0).split()]
                if run.group(0).endswith(("'s", "’s")):
                    people.add("")  # "Ida Dahl's son": somebody else, maybe
                elif len(words) == 1 and self._surname_of_several(words[0]):
                    people.add("")  # "Lund" beside Per and Ida Lund: either of them
                elif words and words[-1] in self.full:
                    full = self.full[words[-1]]  # not "Per Lund" when the table holds Ida Lund
                    people.add("" if self._another_of_surname(words, full) else full)
                elif len(words) == 1:  # "Park" for Park Chang-ho, a name written surname first
                    first = [
                        full for full in self._full_by_first.get(words[0], ()) if _written_surname_first(full.split())
                    ]
                    people.update(first if len(first) == 1 else ())
            if len(people) != 1 or "" in people:
                return
            if inside and _GENDERED_WORD_RE.search(text, opening, to):
                return  # "Her deputy, Olaf Lund, said she ...": whose "she", the words do not say
            g = GENDERED_PRONOUNS[pronoun.lower()]
            if any(gender_of_words([kin.group(2)]) == g for kin in KIN_AFTER_POSSESSIVE_RE.finditer(text, opening, to)):
                return  # "Holm has asked his grandmother to sing. She has not said yes.": hers
            person = next(iter(people))
            if found.setdefault(person, g) != g:
                found[person] = "?"

        for m in _PRONOUN_OPENS_RE.finditer(text):
            sign(m.start(), m.group(1), m.start() + 1)
        for m in _SAYS_PRONOUN_RE.finditer(text):  # "Igarashi, who trains two brewers, says he ..."
            lo = max(0, m.start() - _VERB_REACH)
            before = text[lo : m.start()]
            words = before.split()
            if words and words[-1] == "that":
                words.pop()
            if words and words[-1] in SPEECH_VERBS:
                at = lo + before.rfind(words[-1])
                sign(at, m.group(1), at, inside=True)
        for m in _WHO_PRONOUN_RE.finditer(text):  # "sits Ida Lund, 61, who has worked since she was 12"
            sign(m.start(1), m.group(1), m.start())
        for m in _OWN_POSSESSIVE_RE.finditer(text):  # "Kang argued in his filing"
            person = self._owner_opening(m.start())
            if person is not None:
                g = GENDERED_PRONOUNS[m.group(0).lower()]
                if found.setdefault(person, g) != g:
                    found[person] = "?"
        lede = self.lede_person
        if lede is not None and found.setdefault(lede[0], lede[1]) != lede[1]:
            found[lede[0]] = "?"
        return found

    def _owner_opening(self, at: int) -> str | None:
        """The person whose name opens the sentence of the possessive at ``at`` ("Kang argued in
        his filing"), when nothing between names anybody else: at most :data:`_OWNER_WORDS`
        lower-case words, no other capitalized run, no possessive name, no person by a role noun
        ("Kang said the minister lost his seat"), no clause opener ("laughed when told of her
        plan"), no quote mark, no comma (an aside may bring somebody in), and no heading in
        capitals; else None."""
        text, tables = self._text, self.tables
        stop = _stop_before(text, max(0, at - _OWNER_WINDOW), at)
        if stop < 0:
            return None  # the sentence opens further back than the window reads
        opening = stop + 1
        run = self._run_re.search(text, opening, at)
        if run is None or text[opening : run.start()].strip() or is_possessive(run.group(0)):
            return None
        between = text[run.end() : at]
        if "," in between or _QUOTE_CHARS.intersection(between) or self._run_re.search(between):
            return None
        lows = _LOWER_WORD_RE.findall(between)
        if len(lows) > _OWNER_WORDS or any(tables.person_role(w) or w in _CLAUSE_OPENERS for w in lows):
            return None  # "Da Cunha laughed when told of her plan": hers, named before
        words = [strip_possessive(w).rstrip(".") for w in run.group(0).split()]
        if any(len(w) > 1 and w.isupper() for w in words):
            return None  # "THE BORROWING Back when he wrote his book": a heading
        if len(words) == 1 and self._surname_of_several(words[0]):
            return None  # "Lund kept his ledger" beside Ida and Per Lund: whose, the surname does not say
        if words[-1] in self.full:
            return self.full[words[-1]]
        # "Kang" for Kang Tae-ho, a surname written first (read here without resolve, which asks
        # for genders)
        opened = self._full_by_first.get(words[0], set()) if len(words) == 1 else set()
        return next(iter(opened)) if len(opened) == 1 else None

    @functools.cached_property
    def _full_by_first(self) -> dict[str, set[str]]:
        """First word -> the full names the article gives that open with it; read once, when
        :meth:`_owner_opening`, the He or She sign of :attr:`_followed_by` or
        :meth:`_first_surname_of` first asks (no gender is read, unlike :attr:`_by_first_word`)."""
        out: dict[str, set[str]] = {}
        for full in self._all_full:
            out.setdefault(full.split()[0], set()).add(full)
        return out

    @functools.cached_property
    def profile_person(self) -> tuple[str, str] | None:
        """The person a profile is about, with the gender its first sentence shows
        (:attr:`lede_person`), when the headline names that person by surname and at least
        :data:`_PROFILE_SHARE` of the article's paragraphs do; read once, on demand."""
        lede = self.lede_person
        if lede is None:
            return None
        named = regex.compile(r"(?<![\p{L}\p{N}])" + regex.escape(lede[0].split()[-1]) + r"(?![\p{L}\p{N}])")
        first_line = self._text.find("\n")
        if first_line <= 0 or named.search(self._text, 0, first_line) is None:
            return None  # a word of its own: not "Marsh" in "Marshfield"
        paras = [p for p in self._text[first_line:].split("\n") if p.strip()]
        if not paras or sum(named.search(p) is not None for p in paras) < _PROFILE_SHARE * len(paras):
            return None
        return lede

    @functools.cached_property
    def lede_person(self) -> tuple[str, str] | None:
        """The first full name the article gives after its headline (within
        :data:`_LEDE_WINDOW` characters), and the gender of the "his", "her", "he" or "she"
        after the name in its sentence, when the sentence names nobody else (no other
        capitalized run of two words, no possessive name, no person by a role noun, no quote)
        and its pronouns agree ("Ida Marsh walked out of her shop"): nobody named before can be
        whom they stand for.  Read once, on demand."""
        text, tables = self._text, self.tables
        first_line = text.find("\n")
        start = first_line + 1 if first_line > 0 else 0
        for run in self._run_re.finditer(text, start, min(len(text), start + _LEDE_WINDOW)):
            words = [strip_possessive(w).rstrip(".") for w in run.group(0).split()]
            full = self.full.get(words[-1]) if len(words) >= 2 else None
            if full is None or full not in self._every_full or is_possessive(run.group(0)):
                continue
            if self._another_of_surname(words, full):
                return None  # "Per Lund" beside the later "Ida Lund": not the one the table holds
            sent_s, end = _sentence_around(text, run.start(), run.end(), _LEDE_WINDOW)
            lead = text[sent_s : run.start()]  # the sentence up to the name
            tail = text[run.end() : end]
            if _QUOTE_CHARS.intersection(lead + tail):
                return None  # a pronoun in quoted words is the speaker's, not the narrator's
            if any(tables.person_role(w) for w in _LOWER_WORD_RE.findall(lead + " " + tail)):
                return None  # "watched the mayor lose his seat": somebody else, by a role
            for other in self._run_re.finditer(text, run.end(), end):
                name = strip_possessive(other.group(0))
                known = " " in name or is_possessive(other.group(0)) or name in self.full
                if known and name.split()[-1] != words[-1]:
                    return None  # somebody else named there ("after Tomas Lund's death")
            genders = {GENDERED_PRONOUNS[p.group(1).lower()] for p in _GENDERED_WORD_RE.finditer(tail)}
            return (full, genders.pop()) if len(genders) == 1 else None
        return None
