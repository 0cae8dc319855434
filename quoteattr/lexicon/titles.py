"""Titles, roles, organizations, pronouns and name particles.  Data only.

Lower case throughout; the code compares lower-cased words.  The tables that
are knowledge about names (titles, roles, organizations, places, the words
that are never names) travel together as :class:`NameTables`, which
:class:`quoteattr.Config` carries as ``names``; the grammar words (pronouns,
determiners, time nouns, gender words) stay plain constants.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from .given_names import GIVEN_NAMES
from .variants import NUMBER_WORDS

__all__ = [
    "AGE_ROLE",
    "NATIVE_ROLE",
    "DEMONYM_ENDINGS",
    "DEMONYMS",
    "PLACELESS_QUALIFIERS",
    "DOER_ENDINGS",
    "CONTRASTING_WORDS",
    "NameTables",
    "DEFAULT_NAME_TABLES",
    "BODY_NOUNS",
    "INDEFINITE_SUBJECTS",
    "MEMBER_NOUNS",
    "KNOWING_PHRASES",
    "NAMED_OF_PHRASE_WORDS",
    "OF_PHRASE_WORDS",
    "QUANTIFIERS",
    "SIGN_NOUNS",
    "SUBJECT_DETERMINERS",
    "TITLE_DETERMINERS",
    "TITLE_NOUNS",
    "TITLE_ADJECTIVES",
    "GENERIC_ORG_NOUNS",
    "BODY_KINDS",
    "PLACE_WORDS",
    "LOCAL_GOVERNMENTS",
    "ADMIN_AREAS",
    "TIME_NOUNS",
    "TIME_WORDS",
    "TIME_OPENERS",
    "TOPIC_OPENERS",
    "SUBORDINATORS",
    "WEEKDAYS_MONTHS",
    "TITLES",
    "OFFICE_HEADS",
    "KINSHIP_TITLES",
    "UNRELATED_PHRASES",
    "INDEFINITE_DETERMINERS",
    "ANY_BODY_KINDS",
    "COMMON_BODY_KINDS",
    "LEGAL_ENDINGS",
    "WORK_MAKERS",
    "GENERIC_ROLES",
    "HEADLINE_ROLES",
    "HONORIFICS",
    "ROLE_NOUNS",
    "NAME_LINKS",
    "OF_LINKS",
    "ORG_SUFFIXES",
    "NAME_PARTICLES",
    "PATRONYMIC_PARTICLES",
    "GENERATION_SUFFIXES",
    "HYPHENED_PARTICLES",
    "ROLE_QUALIFIERS",
    "TITLE_ABBREVIATIONS",
    "OFFICE_LINKS",
    "POST_NOMINALS",
    "VOICE_ROLES",
    "MISSION_NOUNS",
    "GENDERED_PRONOUNS",
    "PRONOUNS",
    "PLACING_PREPOSITIONS",
    "PLACING_ADVERBS",
    "NOT_PLACING_PARTICIPLES",
    "PLACE_OPENERS",
    "PREPOSITIONS",
    "DETERMINERS",
    "NATIONALITIES",
    "NOT_NAMES",
    "FEMALE_WORDS",
    "MALE_WORDS",
    "POSSESSIVE_DETERMINERS",
    "GROUP_ROLE_NOUNS",
    "TRADE_GROUPS",
    "COUNT_WORDS",
    "APPROXIMATORS",
    "GROUP_SHARE_WORDS",
]

#: Titles that tell a family tie, not an office ("his brother, Tomas Dahl" may still be "the
#: former president").
KINSHIP_TITLES: frozenset[str] = frozenset(
    {"daughter", "son", "granddaughter", "grandson", "mother", "father", "grandmother", "grandfather",
     "wife", "husband", "widow", "widower", "sister", "brother", "niece", "nephew", "aunt", "uncle",
     "mum", "dad", "stepdaughter", "stepson"}
)  # fmt: skip

#: What an aside after a name says to deny a family tie with a namesake ("Mike Holm, who is no
#: relation,", "Ada Holm (no relation)"): such a person is nobody's "his nephew".
UNRELATED_PHRASES: tuple[str, ...] = ("no relation", "not related", "unrelated")

#: Words that head or qualify a title before a name ("Deputy Foreign Minister", "Sen."), and
#: the kinship titles, as tabloids title people ("Daughter Carol Pennock, 63, said").
TITLES: frozenset[str] = frozenset(
    {
        "president", "vice", "prime", "minister", "deputy", "foreign", "secretary", "undersecretary",
        "under", "assistant", "state", "defense", "defence", "interior", "finance", "trade", "economy",
        "chancellor", "senator", "sen", "sen.", "representative", "rep", "rep.", "congressman",
        "congresswoman", "governor", "gov", "gov.", "mayor", "general", "gen", "gen.", "admiral",
        "adm", "adm.", "colonel", "col", "col.", "lieutenant", "lt", "lt.", "captain", "capt",
        "capt.", "major", "maj.", "sergeant", "sgt.", "commander", "chief", "judge", "justice",
        "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "king", "queen",
        "prince", "princess", "pope", "sheikh", "emir", "ayatollah", "chairman", "chairwoman",
        "chair", "director", "attorney", "speaker", "leader", "candidate", "nominee", "former",
        "acting", "senior", "top", "commissioner", "executive", "ceo", "cfo", "founder", "coach", "managing",
        "professor", "prof", "prof.", "dr", "dr.", "doctor", "premier", "supreme", "first", "lady",
        "democratic", "republican", "presidential", "libertarian", "house", "majority", "minority",
        "whip", "press", "campaign", "manager", "chairperson", "pastor", "reverend", "rev.",
        "bishop", "cardinal", "rabbi", "imam", "trooper", "officer", "detective", "sheriff",
        "archbishop", "monsignor", "mgr", "mgr.", "msgr", "msgr.", "abbot", "abbess", "fr", "fr.",
        "det", "insp",
        "agent", "analyst", "economist", "strategist", "adviser", "advisor", "aide", "counsel",
        "councilman", "councilwoman", "delegate", "lawmaker", "legislator", "economic", "national",
        "security", "political", "affairs", "health", "energy", "treasury", "homeland",
        "general's", "u.s.", "us", "u.n.", "un", "eu", "nato", "white", "pentagon", "kremlin",
        "army", "navy", "air", "force", "marine", "police", "fire", "district", "county", "city",
        "federal", "regional", "provincial", "retired", "incoming", "outgoing", "then", "longtime",
        "cllr", "cr", "councillor", "councilor", "alderman", "alderwoman", "assemblyman", "assemblywoman",
        "assemblymember", "del.", "det.", "insp.", "inspector", "superintendent", "supt.", "sgt", "cpl.",
        "pvt.", "maj", "prosecutor", "magistrate", "coroner", "constable", "pc",
        "mp", "msp", "mla", "mpp", "mep", "td", "mhk", "mlc",
        # honorifics of office and rank that stand before a name, as the press of many
        # countries writes them ("H.E. Sok Vanna", "Sayyid Faisal", "Pehin"); "Hon." and "Eng."
        # with their period only, for "Hon" and "Eng" are surnames too ("Hon Wai-ming")
        "rev", "hon.", "eng.", "honourable", "honorable", "h.e.", "excellency", "sayyid", "sayyida",
        "sheikha", "pehin", "haji", "hajah",
    }
) | KINSHIP_TITLES  # fmt: skip

#: Heads of a college or a school named with "of" ("the Dean of Harlan Medical School", "the
#: Provost of Kestrel College"): an office, whose holder is a person, never a place's name.
OFFICE_HEADS: frozenset[str] = frozenset({"dean", "provost", "rector", "principal", "warden", "registrar", "bursar"})

#: Headline shorthand for a role, and the role word the article writes in full ("CEO says").
HEADLINE_ROLES: Mapping[str, str] = {"ceo": "executive", "pm": "minister", "mp": "lawmaker", "opposition": "opposition"}

#: Role words any office holder may be called ("Council chief" for the council's leader;
#: "the envoy" for an ambassador, a diplomat for any of the foreign service).
GENERIC_ROLES: frozenset[str] = frozenset({"chief", "head", "leader", "boss", "official", "envoy", "diplomat"})

#: Courtesy titles: Mr. Brandt, Mrs. Dahl.  Their gender, when they have one.
HONORIFICS: dict[str, str | None] = {
    "mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f",
    "sir": "m", "dame": "f", "lord": "m", "lady": "f", "dr": None, "dr.": None, "herr": "m",
    "madame": "f", "monsieur": "m", "mme": "f", "mme.": "f", "m.": "m",
    "datuk": None, "dato": None, "dato'": None, "datin": "f", "encik": "m", "puan": "f",
    "alhaji": "m", "alhaja": "f", "hajia": "f",
}  # fmt: skip

#: The role an age description stands for ("the 61-year-old said"): its head word is read as this.
AGE_ROLE = "year-old"

#: The role a word for a person from a place stands for after "the" ("the Galwegian, who
#: trained as a welder ...", "the Tasmanian said"): somebody the article named before, like an age.
NATIVE_ROLE = "demonym"

#: Trades, crafts and callings: person roles whose plural opening a sentence is a group
#: speaker too ("Herders describe ...", "Fishermen say", :data:`TRADE_GROUPS`).
_TRADE_ROLES: frozenset[str] = frozenset(
    {
        "fisherman", "farmer", "worker", "engineer", "nurse", "pilot",
        "consultant", "surgeon", "specialist", "lecturer", "scholar", "biologist", "ecologist",
        "psychologist", "psychiatrist", "paramedic", "firefighter", "driver",
        "shopkeeper", "trader", "vendor", "banker", "soldier",
        "deckhand", "miner", "welder", "electrician", "plumber", "carpenter", "mechanic", "labourer",
        "laborer", "cleaner", "waiter", "waitress", "bartender", "clerk", "cashier", "sailor", "crewman",
        "keeper", "rancher", "grower", "crofter", "shepherd", "baker", "butcher", "contractor",
        "technician", "investigator", "ranger", "warden", "curator", "librarian", "artist", "painter",
        "photographer", "musician", "pianist", "drummer", "guitarist", "trumpeter", "composer", "dancer",
        "poet", "novelist", "playwright", "architect", "entrepreneur", "broker", "accountant",
        "epidemiologist", "virologist", "geologist", "physicist", "chemist", "astronomer",
        "archaeologist", "meteorologist", "forecaster", "dentist", "pharmacist", "midwife", "therapist",
        "caregiver", "headteacher", "headmaster", "headmistress", "schoolteacher", "referee", "umpire", "jockey",
        "goalkeeper", "midfielder", "footballer", "cricketer", "athlete", "swimmer", "boxer", "golfer",
        "skipper", "mariner",
        "herder", "herdsman", "seller", "seafarer", "villager", "stallholder", "hawker", "harvester", "picker",
        "farmhand", "farmworker", "gondolier", "brewer", "winemaker", "hydrologist", "pathologist",
        "botanist", "zoologist", "commuter", "tourist", "parent",
        "abbot", "abbess", "monk", "nun", "friar", "chaplain", "vicar", "rector", "seamstress",
        "criminologist", "glaciologist", "volcanologist", "seismologist", "climatologist", "toxicologist",
        "oceanographer", "veterinarian", "trucker", "cabbie", "stewardess", "hostess", "chef", "apprentice",
        "classmate", "teammate", "retiree", "pensioner", "organiser", "organizer",
        "angler", "hotelier", "exporter", "importer", "producer", "visitor", "customer", "shopper", "pupil",
        "spectator", "colleague",
        "buyer", "volunteer", "instructor", "porter", "cook", "guard", "pilgrim", "worshipper",
        "builder", "tailor", "barber", "hairdresser", "beekeeper", "weaver", "boatman", "ferryman",
        "fishmonger", "caretaker", "janitor", "surveyor", "survivor", "bystander", "climber", "hiker",
        "cyclist", "motorist", "rider", "protester",
    }
)  # fmt: skip


def _plural(word: str) -> str:
    """The plural of a trade noun: "fishermen", "midwives", "waitresses", "herders"."""
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("fe"):
        return word[:-2] + "ves"
    if word.endswith(("s", "sh", "ch", "x")):
        return word + "es"
    return word + "s"


#: Endings of words for people from a place ("Icelander", "Dubliner", "Northerner",
#: "Galician", "Tasmanian", "Viennese", "Muscovite"); with NATIONALITIES, a capitalized
#: word after "the" that ends so heads a description (:data:`NATIVE_ROLE`), not a name.
DEMONYM_ENDINGS: tuple[str, ...] = ("lander", "oner", "iner", "erner", "an", "ese", "ite")

#: Words for a person from a place that neither NATIONALITIES nor DEMONYM_ENDINGS cover
#: ("the Czech", "the Swede", "the Kazakh", "the Filipina"): after "the" a description
#: (:data:`NATIVE_ROLE`) for somebody named before, never a Mr. Czech. Not the ones that are
#: common names too (Finn, Dane, Pole, Scot, Turk, Brit, Breton).
DEMONYMS: frozenset[str] = frozenset(
    {
        "czech", "slovak", "slovene", "croat", "serb", "bosniak", "swede",
        "scotsman", "scotswoman", "briton", "englishman", "englishwoman",
        "irishman", "irishwoman", "welshman", "welshwoman", "frenchman", "frenchwoman",
        "dutchman", "dutchwoman", "kurd", "thai", "lao", "kazakh", "uzbek", "tajik",
        "kyrgyz", "mongol", "bangladeshi", "nepali", "kuwaiti", "qatari", "yemeni", "omani",
        "emirati", "somali", "filipino", "filipina", "basque", "kiwi", "aussie",
    }
)  # fmt: skip

#: Endings of a noun for somebody who plies a craft or a trade ("projectionist", "craftswoman",
#: "clockmaker", "boatwright", "beekeeper"): a definite description whose head no role table
#: holds but ends so ("the clockmaker said") may stand for the person the sentences before it
#: are about, as a role noun's may. Not every "-er" or "-man": "the stranger", "the customer",
#: "the winner", "the gunman" are somebody else in the scene, and "the computer" nobody.
DOER_ENDINGS: tuple[str, ...] = (
    "maker", "builder", "smith", "wright", "keeper", "monger", "ist", "craftsman", "craftswoman", "grapher",
    "holder",
)  # fmt: skip

#: Words that set a description against somebody just named ("the older woman replied", "the
#: other diver"): it stands for someone else than the sentence before is about.
CONTRASTING_WORDS: frozenset[str] = frozenset(
    {"older", "younger", "elder", "eldest", "oldest", "youngest", "other", "second", "latter", "taller", "shorter"}
)

#: Nouns that name the role of a person; with the body, work and sign nouns below they make
#: ROLE_NOUNS.
_PERSON_ROLES: frozenset[str] = frozenset(
    {
        "diplomat", "minister", "spokesman", "spokeswoman", "spokesperson", "official", "president",
        "comedian", "donor", "democrat",
        "senator", "governor", "mayor", "secretary", "undersecretary", "ambassador", "envoy",
        "general", "commander", "leader", "chief", "chairman", "chairwoman", "director", "lawyer",
        "attorney", "candidate", "nominee", "businessman", "businesswoman", "billionaire", "mogul",
        "judge", "prosecutor", "adviser", "advisor", "aide", "analyst", "economist", "expert",
        "strategist", "representative", "congressman", "congresswoman", "lawmaker",
        "legislator", "premier", "chancellor", "king", "queen", "prince", "officer", "source",
        "negotiator", "manager", "executive", "founder", "host", "anchor", "reporter", "journalist",
        "author", "writer", "columnist", "editor", "professor", "researcher", "scientist", "doctor",
        "physician", "activist", "campaigner", "witness", "victim", "resident", "voter", "supporter",
        "critic", "opponent", "rival", "challenger", "incumbent", "pollster", "historian", "owner",
        "head", "captain", "coach", "player", "star", "actor", "actress", "singer", "rapper",
        "pastor", "priest", "bishop", "rabbi", "imam", "teacher", "student", "woman", "man",
        "mother", "father", "wife", "husband", "daughter", "son", "friend",
        "widow", "widower", "grandmother", "grandfather", "granddaughter", "grandson", "brother",
        "aunt", "uncle", "niece", "nephew", "cousin", "fiancee", "fiancée", "fiance", "fiancé",
        "girlfriend", "boyfriend", "mum", "dad", "mom", "stepfather", "stepmother",
        "justice", "councillor", "councilor", "councilman", "councilwoman", "sheriff", "commissioner",
        "superintendent", "treasurer", "solicitor", "barrister", "defendant", "plaintiff", "juror",
        "veteran", "chair", "passenger", "investor", "landowner", "homeowner", "landlord", "tenant", "boss",
        "neighbour", "neighbor",
        AGE_ROLE, NATIVE_ROLE,
    }
) | _TRADE_ROLES  # fmt: skip

#: Nouns that name a body that speaks ("the newspaper said", "the committee wrote").
_BODY_ROLES: frozenset[str] = frozenset(
    {"newspaper", "daily", "paper", "magazine", "network", "agency", "ministry", "department", "government",
     "administration", "campaign", "committee", "council", "commission", "court", "office", "company", "group",
     "organization", "organisation", "kremlin", "staff", "presidency", "embassy", "cabinet", "palace"}
)  # fmt: skip

#: Role nouns that name a written or filmed work, not a speaker of its own: a relative
#: pronoun after one ("an ad that urges") speaks for whoever made it, so it is not taken.
#: A work may "read" (the letter read "..."); every work noun is a role noun too.
WORK_NOUNS: frozenset[str] = frozenset(
    {"statement", "report", "study", "survey", "poll", "memo", "letter", "document", "tweet", "post", "ad",
     "video", "release", "book", "article", "editorial", "website", "site", "message", "email", "e-mail",
     "transcript", "petition", "flyer", "leaflet", "entry", "diary", "logbook", "notebook", "note", "ruling",
     "judgment", "judgement", "filing", "affidavit", "indictment", "lawsuit", "verdict", "citation",
     "newsletter", "brochure", "pamphlet", "booklet", "manifesto", "bulletin", "notice", "circular", "communique",
     "communiqué", "ledger"}
)  # fmt: skip

#: Things that display words without being anybody's statement ("a sign that read", "the
#: banner read"): they may "read", but "held up a sign saying" is the sign's, not its holder's.
SIGN_NOUNS: frozenset[str] = frozenset(
    {"sign", "banner", "placard", "poster", "headline", "caption", "inscription", "plaque", "billboard"}
)

#: Nouns that name a role: the head of a description ("the top U.S. diplomat", "the letter").
ROLE_NOUNS: frozenset[str] = _PERSON_ROLES | _BODY_ROLES | WORK_NOUNS | SIGN_NOUNS

#: Nouns (and participles) that introduce the title of a work: 'the anthem "..."',
#: 'his 2002 book, "..."', 'a film titled "..."'.
TITLE_NOUNS: frozenset[str] = frozenset(
    {"book", "books", "song", "songs", "anthem", "album", "show", "program", "programme", "film", "movie",
     "series", "novel", "memoir", "play", "musical", "documentary", "podcast", "poem", "hymn", "single",
     "titled", "entitled", "headlined"}
)  # fmt: skip

#: Adjectives that may stand between a determiner and a title ("its annual "Harbor Review"",
#: "her latest "Tide Tables""): read past, the title follows the determiner as it would alone.
TITLE_ADJECTIVES: frozenset[str] = frozenset(
    {"annual", "latest", "new", "final", "first", "second", "third", "last", "next", "own", "weekly",
     "monthly", "daily", "yearly", "quarterly", "interim", "draft", "recent", "forthcoming", "upcoming",
     "landmark", "flagship", "biennial", "inaugural"}
)  # fmt: skip

#: Role nouns that name a body or a work rather than a person ("the newspaper", "the
#: committee", "the memo"): never resolved to a person of the article's thread.
BODY_NOUNS: frozenset[str] = WORK_NOUNS | SIGN_NOUNS | _BODY_ROLES

#: Capitalized nouns for one member of a party or a movement: after a determiner or a number
#: they head a description ("said one Republican", "a Democrat said"), not a name.
MEMBER_NOUNS: frozenset[str] = frozenset(
    {"republican", "democrat", "conservative", "liberal", "libertarian", "progressive", "tory", "socialist",
     "communist", "independent", "populist", "nationalist"}
)  # fmt: skip

#: Role nouns in the plural (officials said): a group speaker.
GROUP_ROLE_NOUNS: frozenset[str] = frozenset(
    {
        "officials", "diplomats", "ministers", "sources", "analysts", "experts", "lawmakers",
        "critics", "supporters", "opponents", "residents", "voters", "observers", "aides",
        "advisers", "advisors", "leaders", "authorities", "investigators", "prosecutors",
        "protesters", "protestors", "demonstrators", "democrats", "republicans", "economists",
        "researchers", "scientists", "activists", "witnesses", "people", "polls", "reports",
        "documents", "statements", "emails", "organizers", "organisers", "officers", "members",
        "parents", "guardians", "families", "relatives", "neighbours", "neighbors", "villagers", "locals",
        "students", "pupils", "passengers", "commuters", "tourists", "visitors", "fans", "citizens",
        "islanders", "survivors", "worshippers", "patients",
    }
)  # fmt: skip

#: Trade nouns in the plural ("Herders", "Fishermen"): capitalized where they open a sentence,
#: a group speaker ("Herders describe ..."), not a name.
TRADE_GROUPS: frozenset[str] = frozenset(_plural(word) for word in _TRADE_ROLES)

#: Last words of organization names: "the Foreign Ministry", "the Justice Department".
ORG_SUFFIXES: frozenset[str] = frozenset(
    {
        "ministry", "department", "dept", "dept.", "agency", "council", "committee", "commission",
        "office", "party", "bank", "court", "service", "services", "institute", "university",
        "association", "foundation", "administration", "campaign", "group", "corporation", "corp",
        "corp.", "inc", "inc.", "company", "co", "co.", "ltd", "union", "federation", "confederation", "organization",
        "organisation", "board", "bureau", "authority", "parliament", "congress", "senate",
        "assembly", "government", "cabinet", "network", "news", "times", "post", "journal",
        "press", "tribune", "herald", "gazette", "magazine", "center", "centre", "fund", "trust",
        "alliance", "coalition", "forces", "army", "navy", "police", "house", "guard", "command",
        "post-dispatch", "channel", "radio", "tv", "television", "watch", "project", "program",
        "programme", "caucus", "movement", "front", "league", "society", "club", "team", "unit",
        "tribunal", "institution", "chamber", "church", "diocese", "patriarchate", "treasury",
        "hospital", "clinic", "infirmary", "museum", "gallery", "academy", "school",
    }
)  # fmt: skip

#: Last words that make a place's name its local government when it speaks ("Hwaseon County
#: said", "the Ille-et-Vilaine prefecture said"): a body, not a person; unlike
#: :data:`ORG_SUFFIXES`, no office a title or a speaker's body is read from ("Harlan County
#: Professional Firefighters" is one body's name).
LOCAL_GOVERNMENTS: frozenset[str] = frozenset(
    {"county", "prefecture", "municipality", "province", "borough", "township", "district"}
)

#: The kinds of area an office of a place is named for, after the place's name ("Governor of
#: Bayan province Ida Marsh", "Deputy akim of Ulytau region Marat Lund"): the title before "of"
#: is the name's after them.
ADMIN_AREAS: frozenset[str] = frozenset(
    {"region", "province", "county", "district", "oblast", "governorate", "prefecture", "canton",
     "municipality", "state", "aimag", "soum", "department", "voivodeship", "krai", "parish",
     "borough", "township", "emirate", "territory"}
)  # fmt: skip

#: Particles that join a given name to a father's ("Nurul Huda binti Kamarudin"): the words
#: before them are what the article calls the person by ("Nurul Huda said").
PATRONYMIC_PARTICLES: frozenset[str] = frozenset({"bin", "binti", "binte", "bint"})

#: Words after a surname that tell a generation, not a second surname ("Joseph R. Biden Jr.",
#: "Harry Hurt III"): the word before them is no first surname of two.
GENERATION_SUFFIXES: frozenset[str] = frozenset({"jr", "sr", "ii", "iii", "iv", "v", "jnr", "snr"})

#: Lower-case words that belong inside a name: Osama bin Laden, Ursula von der Leyen.
NAME_PARTICLES: frozenset[str] = frozenset(
    {"bin", "binti", "binte", "bint", "ibn", "al", "el", "de", "del", "della", "der", "den", "van", "von", "da", "di",
     "du", "dos", "das", "la", "le", "ter", "zu", "zur", "abu", "ben", "af", "við", "st.", "y"}
)  # fmt: skip

#: Particles joined to a surname by a hyphen ("al-Hashimi", "el-Sayed"): such a word is part of a
#: name though it opens in lower case.
HYPHENED_PARTICLES: frozenset[str] = frozenset(
    {"al", "el", "ad", "ash", "as", "at", "az", "ar", "an", "abu", "bin", "ibn"}
)

#: Personal pronouns that can name a speaker, with their gender ("m", "f") or number ("p").
PRONOUNS: dict[str, str | None] = {
    "he": "m", "she": "f", "they": "p", "i": None, "we": "p", "it": "n", "him": "m", "her": "f",
}  # fmt: skip
#: Words that take some of a group named before by "of them" ("several of them said", "one of
#: them, a retired driver, told"): a plural pronoun's reference (:data:`PRONOUNS`' "they").
GROUP_SHARE_WORDS: frozenset[str] = frozenset(
    {"several", "many", "some", "most", "all", "few", "both", "one", "two", "three", "four", "others"}
)
#: Their contractions with a verb ("He's said", "They’ve argued"): the same pronoun as a subject.
PRONOUNS.update(
    {
        pronoun + apostrophe + ending: PRONOUNS[pronoun]
        for pronoun, endings in (("he", "sdl"), ("she", "sdl"), ("it", "s"), ("they", "rvdl"), ("we", "rvdl"),
                                 ("i", "mvdl"))
        for ending in ({"s": "s", "d": "d", "l": "ll", "r": "re", "v": "ve", "m": "m"}[e] for e in endings)
        for apostrophe in ("'", "’")
    }
)  # fmt: skip

#: Every word that stands for a man or a woman already named ("he", "his", "herself", "she's"),
#: with the gender: what shows a sentence going on about somebody.
GENDERED_PRONOUNS: dict[str, str] = {
    **{word: gender for word, gender in PRONOUNS.items() if gender in ("m", "f")},
    "his": "m", "himself": "m", "hers": "f", "herself": "f",
}  # fmt: skip

#: Relative pronouns that can stand as the subject of a speech verb ("Lund, who said").
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "which", "that"})

#: Words that open a description ("the minister", "a spokeswoman", "his aide").
DETERMINERS: frozenset[str] = frozenset(
    {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those",
     "another", "one", "two", "three", "several", "some", "many", "other", "both"}
)  # fmt: skip

#: Prepositions that open a phrase placing people right after the noun for them ("commuters at
#: the terminal said", "an exporter from Cacak told"): with a participle or a relative clause, the
#: words a speaker's description runs on with before its cue.
PLACING_PREPOSITIONS: frozenset[str] = frozenset(
    {"at", "from", "in", "on", "near", "outside", "inside", "along", "across", "around", "with", "behind"}
)

#: Adverbs that place people right after the noun for them ("A fish seller nearby, who ...").
PLACING_ADVERBS: frozenset[str] = frozenset({"nearby", "outside", "inside", "here", "there", "opposite"})

#: Words that open a place's name before a word that may be a given name ("Upper Rosa", "New
#: Marina", "Port Ida"): a body's of-name that holds one names a place, not a person after it.
PLACE_OPENERS: frozenset[str] = frozenset(
    {"upper", "lower", "new", "old", "great", "greater", "little", "port", "mount", "fort", "saint", "st", "san",
     "santa", "south", "east", "north", "west", "central"}
)  # fmt: skip

#: Words in "-ing" that open a phrase as a preposition does, not a participle placing people
#: ("Experts including economist Tomas Rell said": Rell speaks, not "Experts including ...").
NOT_PLACING_PARTICIPLES: frozenset[str] = frozenset(
    {"including", "excluding", "according", "regarding", "concerning", "following", "considering", "involving",
     "notwithstanding", "barring", "pending", "during"}
)  # fmt: skip

#: Prepositions: a noun phrase after one is no clause's subject ("Growing up in El Paso, ...").
#: The placing prepositions are among them.
PREPOSITIONS: frozenset[str] = PLACING_PREPOSITIONS | frozenset(
    {"of", "to", "for", "by", "about", "over", "through", "into", "under", "after", "before", "during",
     "against", "among", "between", "without", "within", "toward", "towards", "beside", "amid", "beyond"}
)  # fmt: skip

#: Words that open a time phrase besides a preposition ("last week", "earlier this month",
#: "early on Monday"): before a subject or between a subject and its cue.
TIME_OPENERS: frozenset[str] = frozenset(
    {"last", "this", "next", "early", "late", "earlier", "later", "once", "then"}
)  # fmt: skip

#: Conjunctions that open a subordinate clause ("When Dahl noted that ..., Lund replied").
SUBORDINATORS: frozenset[str] = frozenset(
    {"when", "while", "as", "after", "before", "although", "though", "if", "because", "since", "whereas", "once"}
)

#: Prepositions that front a sentence's topic before its comma ("For Ada Varga, the turning point
#: came last spring."): the person they bring in is who the sentence is about.
TOPIC_OPENERS: frozenset[str] = frozenset({"for"})

#: Determiners before a title of a work ('on his "Harbor Hour" show'): articles and possessives,
#: not "that" or a number, which also stand before reported words.
TITLE_DETERMINERS: frozenset[str] = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your"})

#: Determiners that open an indefinite description, which brings in somebody the article has not
#: named ("a top aide", "one crane driver", "another nurse").
INDEFINITE_DETERMINERS: frozenset[str] = frozenset({"a", "an", "one", "another"})

#: Possessive determiners. A description they open ("his barrister", "her husband") stands for
#: somebody other than its owner, so neither the subject before it nor a nearby speaker is taken
#: for it.
POSSESSIVE_DETERMINERS: frozenset[str] = TITLE_DETERMINERS - {"the", "a", "an"}

#: Determiners that open a description standing as a clause's subject ("the justice sounded off"):
#: the same, but "your", which addresses the reader.
SUBJECT_DETERMINERS: frozenset[str] = TITLE_DETERMINERS - {"your"}

#: Adjectives of nationality and place that qualify a title, never a name by themselves.
NATIONALITIES: frozenset[str] = frozenset(
    {
        "russian", "american", "u.s.", "us", "british", "french", "german", "chinese", "japanese",
        "iranian", "israeli", "palestinian", "ukrainian", "syrian", "turkish", "indian", "korean",
        "north", "south", "venezuelan", "cuban", "mexican", "canadian", "european", "italian",
        "spanish", "polish", "swedish", "finnish", "norwegian", "danish", "dutch", "belgian",
        "austrian", "swiss", "greek", "egyptian", "saudi", "iraqi", "afghan", "pakistani",
        "brazilian", "argentine", "australian", "western", "eastern", "soviet", "democratic",
        "republican", "gop", "conservative", "liberal", "libertarian", "green", "federal", "state",
        "local", "senior", "top", "former", "new", "veteran", "longtime", "international", "global",
    }
)  # fmt: skip

#: The words of :data:`NATIONALITIES` that tell a side, a rank or a reach, not where somebody is
#: from: "Former Gov. Ida Lund" and "Veteran skipper Tomas Brandt" are nobody's nationality.
PLACELESS_QUALIFIERS: frozenset[str] = frozenset(
    {
        "north", "south", "western", "eastern", "democratic", "republican", "gop", "conservative",
        "liberal", "libertarian", "green", "federal", "state", "local", "senior", "top", "former", "new",
        "veteran", "longtime", "international", "global",
    }
)  # fmt: skip

#: The days of the week and the months.
WEEKDAYS_MONTHS: frozenset[str] = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
     "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
)  # fmt: skip

#: Number words that count things: capitalized before a plural, they open a run that names
#: nobody ("Three Leicas, a Nikon and a flak jacket"); not "Ten Hag", "Zero Hedge", "First
#: Minister" or "63 percent".
COUNT_WORDS: frozenset[str] = NUMBER_WORDS - {
    "zero", "first", "second", "third", "fourth", "fifth", "tenth", "half", "quarter", "double", "twice", "triple",
    "percent",
}  # fmt: skip

#: Capitalized words that never begin or form a person's name in a speaker slot.
NOT_NAMES: frozenset[str] = WEEKDAYS_MONTHS | frozenset(
    {
        "the", "a", "an", "in", "on", "at", "but", "and", "or", "so", "if", "when", "while", "after",
        "before", "as", "asked", "speaking", "meanwhile", "however", "still", "yet", "then", "later",
        "this", "that", "these", "those", "there", "here", "it", "he", "she",
        "they", "we", "i", "you", "his", "her", "their", "its", "our", "my", "your", "what", "who",
        "why", "how", "where", "which", "mr", "mrs", "ms", "today", "yesterday", "tomorrow", "also",
        "not", "no", "yes", "one", "some", "all", "both", "many", "most", "every", "each",
        "according", "for", "from", "with", "without", "by", "of", "to", "about", "over", "under",
        "during", "since", "until", "because", "though", "although", "even", "just", "only", "now",
        "once", "last", "next", "editor's", "editor’s", "note", "update", "updated", "watch", "read",
        "despite", "neither", "nor", "either", "maybe", "perhaps", "is", "are", "was", "were",
        "another", "several", "outside", "inside", "like", "unlike", "besides", "among", "amid", "against",
        "ever", "likewise", "instead", "indeed", "similarly", "moreover", "furthermore", "nevertheless",
        "nonetheless", "otherwise", "thus", "hence", "therefore", "overall", "ultimately", "eventually",
        "afterward", "afterwards", "currently", "recently", "again", "soon", "already", "sometimes",
        "underneath", "beneath", "above", "below", "behind", "beside", "beyond", "across", "along",
        "around", "through", "throughout", "toward", "towards", "upon", "within", "into", "onto",
    }
) | frozenset(  # contractions that open a sentence ("That's", "There’s"): never a name
    word + apostrophe + ending
    for word, ending in (("that", "s"), ("there", "s"), ("here", "s"), ("what", "s"), ("let", "s"),
                         ("who", "s"), ("you", "re"), ("you", "ve"), ("you", "ll"))
    for apostrophe in ("'", "’")
)  # fmt: skip

#: Words in a description or title that tell a person's gender. A possessive ("his", "her")
#: is not one: "her lawyer" tells the gender of the client, not the lawyer's.
FEMALE_WORDS: frozenset[str] = frozenset(
    {"spokeswoman", "chairwoman", "congresswoman", "businesswoman", "councilwoman", "woman", "queen",
     "princess", "actress", "mother", "wife", "daughter", "sister", "lady", "mrs", "mrs.", "ms", "ms.",
     "miss", "dame", "madame", "grandmother", "girl", "she", "granddaughter", "niece", "aunt",
     "widow", "mum", "mom", "grandma", "nan", "stepdaughter", "stepmother", "fiancee", "fiancée"}
)  # fmt: skip
MALE_WORDS: frozenset[str] = frozenset(
    {"spokesman", "chairman", "congressman", "businessman", "councilman", "man", "king", "prince",
     "actor", "father", "husband", "son", "brother", "mr", "mr.", "sir", "lord", "grandfather", "boy",
     "he", "him", "grandson", "nephew", "uncle", "widower", "dad", "grandpa", "stepson",
     "stepfather", "fiance", "fiancé"}
)  # fmt: skip

#: Prepositions that join a description to the phrase that completes it: "the senator from
#: Nordland", "the head of the union", "a spokesman for the port".
OF_PHRASE_WORDS: frozenset[str] = frozenset({"of", "from", "for"})

#: Prepositions that join a description to a name or an organization only ("a spokesman at
#: the Harbor Trust", "a source in the Lund campaign"); before anything else they start an
#: adverbial ("said the senator at a news conference", "with a smile", "in a statement").
NAMED_OF_PHRASE_WORDS: frozenset[str] = frozenset({"at", "with", "in"})

#: Words before a count that make it rough ("around 80 campaigners", "some 200 residents").
APPROXIMATORS: frozenset[str] = frozenset({"around", "about", "nearly", "almost", "some", "roughly", "over"})

#: Words that pick some of a group: "one of the advisers", "many of the delegates".
QUANTIFIERS: frozenset[str] = frozenset(
    {"one", "some", "many", "most", "several", "none", "each", "all", "both", "few", "half", "two", "three", "four"}
)  # fmt: skip

#: Pronouns that stand for some members of a group and may speak ("Another said", "Many
#: fear", "Others argued"): a source with no name, kept as its word.
INDEFINITE_SUBJECTS: frozenset[str] = frozenset({"another", "others", "many", "some", "most", "several", "few", "both"})

#: An adjective and its preposition that tie a source to what it knows: "a person familiar
#: with the talks", "an aide close to the mayor".
KNOWING_PHRASES: frozenset[tuple[str, str]] = frozenset(
    {("familiar", "with"), ("close", "to"), ("involved", "in"), ("briefed", "on")}
)

#: Nouns of time, which a determiner before them does not make a speaker ("this month said" is a misreading).
TIME_NOUNS: frozenset[str] = frozenset(
    {
        "month", "months", "week", "weeks", "year", "years", "day", "days", "morning", "afternoon",
        "evening", "night", "weekend", "time", "moment", "decade", "century", "hour", "hours",
        "minute", "minutes", "season", "spring", "summer", "autumn", "fall", "winter",
    }
)  # fmt: skip

#: The words of a short phrase of time around a cue ("RIA reported on Monday", "said last week
#: on CNN", "quoted Ida Lund on Monday as saying"): the days, months and nouns of time, and a
#: few words that go with them.
TIME_WORDS: frozenset[str] = (
    WEEKDAYS_MONTHS | TIME_NOUNS | {"on", "late", "early", "earlier", "later", "today", "yesterday", "last"}
)

#: Words that make a capitalized run a place or a body, never a person ("United States", "North Korea").
PLACE_WORDS: frozenset[str] = frozenset(
    {
        "states", "kingdom", "nations", "union", "republic", "korea", "york", "jersey", "island",
        "islands", "city", "county", "street", "avenue", "university", "college", "school", "hall",
        "america", "africa", "asia", "europe", "east", "west", "north", "south", "arabia", "emirates",
        "zealand", "coast", "valley", "river", "lake", "mountain", "mountains", "bay",
        "square", "park", "airport", "base", "federation", "congress", "senate", "house", "court",
        "capitol", "hill", "washington", "moscow", "london", "paris", "beijing", "kremlin", "district",
        "province", "region", "convention", "conference", "summit", "isle", "peninsula", "gulf",
        # countries whose name is no one's given name or surname ("Health Canada" is no Mr. Canada)
        "canada", "russia", "china", "france", "germany", "ukraine", "japan", "iran", "iraq", "syria",
        "mexico", "brazil", "australia", "britain", "england", "ireland", "scotland", "spain", "italy",
        "poland", "egypt", "pakistan", "afghanistan", "nigeria", "venezuela", "argentina", "sweden",
        "norway", "finland", "denmark", "greece", "portugal", "netherlands", "belgium", "austria",
        "switzerland", "vietnam", "indonesia", "philippines", "ethiopia", "libya", "lebanon", "yemen",
        "qatar", "taiwan",
        # US states whose name is no one's given name or surname
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
        "florida", "hawaii", "idaho", "illinois", "iowa", "kansas", "kentucky", "louisiana", "maryland",
        "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "nebraska", "nevada", "ohio",
        "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah", "vermont", "wisconsin", "wyoming",
    }
)  # fmt: skip

#: Letters written after a name for an honour, a rank at the bar or a seat ("Priya Rao KC",
#: "Tom Hale MP"): not the surname.
POST_NOMINALS: frozenset[str] = frozenset(
    {"kc", "qc", "sc", "mp", "msp", "mla", "mpp", "td", "mep", "obe", "mbe", "cbe", "kbe", "dbe", "frs", "esq"}
)  # fmt: skip

#: The last words of a country's mission abroad, whose city after "in" is part of its name
#: ("the Norwegian Embassy in Valletta", "the Harlanian High Commission in Port Alma").
MISSION_NOUNS: frozenset[str] = frozenset({"embassy", "consulate", "consulate-general", "legation", "high commission"})

#: Roles that speak for a body, so that the capitalized words right before them name it
#: ("Kestrel Energy spokeswoman Ida Lund": Kestrel Energy's words).
VOICE_ROLES: frozenset[str] = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople", "spokespersons"}
)

#: Titles whose office runs on after "to" or "for" before the holder's name ("Ambassador to
#: Russia Ida Marsh", "Minister for Trade Tomas Brandt"); after "of" any title does ("Secretary of
#: State").  Not "adviser to", whose name is somebody else's ("an adviser to President Marsh").
OFFICE_LINKS: Mapping[str, frozenset[str]] = {
    "to": frozenset({"ambassador", "envoy", "representative", "delegate", "emissary", "consul"}),
    "for": frozenset(
        {"minister", "secretary", "commissioner", "undersecretary", "director", "inspector", "coordinator", "envoy"}
    ),
    "in": frozenset({"opposition"}),  # "Leader of the Opposition in the Assembly Ida Marsh"
}

#: Short forms of titles with the title they stand for ("Gov. Ida Marsh" is the governor).
TITLE_ABBREVIATIONS: Mapping[str, str] = {
    "gov": "governor", "sen": "senator", "rep": "representative", "gen": "general", "lt": "lieutenant",
    "col": "colonel", "adm": "admiral", "capt": "captain", "sgt": "sergeant", "maj": "major",
    "pres": "president", "amb": "ambassador", "atty": "attorney", "supt": "superintendent",
    "prof": "professor", "dr": "doctor", "insp": "inspector", "det": "detective", "cllr": "councillor",
    "ceo": "executive", "cr": "councillor",
}  # fmt: skip

#: Words that make a title another office than its head noun alone ("Vice President", "former
#: president", "Chief Justice"): a description and a title holder agree on them, so "the former
#: president" is not the sitting one, "the president" not the vice president and "the chief
#: justice" not Justice Lund.
ROLE_QUALIFIERS: frozenset[str] = frozenset({"vice", "former", "chief", "deputy"})

#: The name endings of an organization, in either spelling (:data:`BODY_KINDS`).
_ORGANIZATION_ENDS = frozenset({"organization", "organisation", "association", "institute", "foundation"})

#: The legal forms that end a company's name ("Inc.", "GmbH"): a kind's word may stand before
#: one ("Orlen Semiconductor Co." is a chipmaker's name).
LEGAL_ENDINGS: frozenset[str] = frozenset(
    {"inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "limited", "plc", "llc", "llp", "ag", "gmbh", "nv",
     "sa", "spa", "asa", "ab", "bhd", "bhd.", "berhad", "pty", "pte", "tbk", "srl", "oyj"}
)  # fmt: skip

#: Nouns of a body's kind that stand for the body the article named before ("Halvorsen
#: Property Services said ... ¶ "...," the company said"), with the last words of a name that
#: tell that kind ("Harbor Foods Inc." is a company), or the word before its "of" ("the
#: Ministry of Water Resources" is a ministry).  An empty set: only an appositive links the name
#: and the noun ("the Harriers, a team that ...").
BODY_KINDS: Mapping[str, frozenset[str]] = {
    "company": frozenset({"inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "plc", "llc", "group",
                          "holdings", "services", "industries", "company", "corporation", "technologies",
                          "labs", "foods", "partners", "capital", "energy", "airlines", "motors", "logistics",
                          "systems", "pharmaceuticals", "brands", "media", "networks", "solutions", "shipping",
                          "mining", "resources", "petroleum", "homes", "construction", "insurance", "telecom",
                          "communications", "entertainment", "studios", "enterprises", "trading", "ventures",
                          "metals", "investment", "investments"}) | LEGAL_ENDINGS,
    "firm": frozenset({"partners", "capital", "group", "holdings", "associates"}) | LEGAL_ENDINGS,
    "club": frozenset({"club", "fc", "united", "city", "rovers", "athletic"}),
    "team": frozenset(),
    "union": frozenset(
        {"union", "federation", "confederation", "association", "organisation", "organization", "guild", "congress"}
    ),
    "charity": frozenset({"trust", "foundation", "fund"}),
    "fund": frozenset({"fund", "investment", "investments", "capital", "partners"}),
    "hospital": frozenset({"hospital", "infirmary", "clinic"}),
    "university": frozenset({"university", "college"}),
    "school": frozenset({"school", "academy", "college"}),
    "bank": frozenset({"bank"}),
    "force": frozenset({"police", "constabulary"}),
    "airline": frozenset({"airlines", "airways", "air"}),
    "party": frozenset({"party"}),
    "government": frozenset({"government"}),
    "council": frozenset({"council"}),
    "board": frozenset({"board"}),
    "museum": frozenset({"museum", "gallery"}),
    "group": frozenset({"group", "coalition", "alliance", "network", "association", "society"}),
    "organization": _ORGANIZATION_ENDS,
    "organisation": _ORGANIZATION_ENDS,
    "body": _ORGANIZATION_ENDS,
    "ministry": frozenset({"ministry"}),
    "department": frozenset({"department"}),
    "agency": frozenset({"agency", "administration"}),
    "administration": frozenset({"administration"}),
    "authority": frozenset({"authority"}),
    "commission": frozenset({"commission"}),
    "inquiry": frozenset({"inquiry", "commission", "review"}),
    "trust": frozenset({"trust"}),
    "service": frozenset({"service"}),
    "institute": frozenset({"institute"}),
    "foundation": frozenset({"foundation"}),
    "college": frozenset({"college"}),
    "association": frozenset({"association"}),
    "regulator": frozenset({"authority", "commission", "regulator", "inspectorate"}),
    "inspectorate": frozenset({"inspectorate"}),
    "directorate": frozenset({"directorate"}),
    "secretariat": frozenset({"secretariat"}),
    "bureau": frozenset({"bureau"}),
    "developer": frozenset({"homes", "developments", "properties", "estates"}),
    "operator": frozenset({"shipping", "lines", "ferries", "rail", "railway", "railways"}),
    "bloc": frozenset({"community", "union", "alliance", "league", "pact", "coalition", "organization",
                       "organisation", "council"}),
    "utility": frozenset({"power", "energy", "water", "electric"}),
    "broadcaster": frozenset({"broadcasting", "television", "radio"}),
    "insurer": frozenset({"insurance", "assurance"}),
    "retailer": frozenset({"stores", "retail"}),
    "lender": frozenset({"bank", "finance"}),
    "carrier": frozenset({"airlines", "airways"}),
    "manufacturer": frozenset({"motors", "industries", "manufacturing"}),
    "maker": frozenset({"foods", "motors", "industries"}),
    "carmaker": frozenset({"motors", "automobil", "automotive", "auto", "automobile", "cars"}),
    "automaker": frozenset({"motors", "automobil", "automotive", "auto", "automobile", "cars"}),
    "chipmaker": frozenset({"semiconductor", "semiconductors", "electronics"}),
    "drugmaker": frozenset({"pharmaceuticals", "pharma", "therapeutics"}),
    "steelmaker": frozenset({"steel"}),
    "planemaker": frozenset({"aerospace", "aviation"}),
    "guild": frozenset({"guild"}),
    "cooperative": frozenset({"cooperative", "co-operative", "co-op", "coop"}),
    "diocese": frozenset({"diocese", "archdiocese"}),
    "archdiocese": frozenset({"archdiocese"}),
    "church": frozenset({"church"}),
    "parish": frozenset({"parish"}),
    "estate": frozenset({"estate", "estates"}),
    "chamber": frozenset({"chamber"}),
    "orchestra": frozenset({"orchestra", "philharmonic"}),
}  # fmt: skip

#: Written things only one kind of body makes, and that kind: "the ruling says" after "The
#: Kestrel Court of Appeal found ..." is the court's words.
WORK_MAKERS: Mapping[str, str] = {"ruling": "court", "judgment": "court", "judgement": "court"}

#: Kind nouns that fit a body of any kind ("United Gun Group said ... "...," the organization
#: wrote"), unlike "the union" after "Harbor Council said".
ANY_BODY_KINDS: frozenset[str] = frozenset({"organization", "organisation", "group", "body", "entity", "outfit"})

#: The small words inside a body's name: "Bank of Kestrel", "Ministry for Primary Industries",
#: "Marks & Spencer"; after an office of state's word (``GENERIC_ORG_NOUNS``), "the" may follow
#: one ("Ministry for the Ecological Transition").
OF_LINKS: frozenset[str] = frozenset({"of", "for"})
NAME_LINKS: frozenset[str] = OF_LINKS | {"&"}

#: Kind nouns so common that writing one before a name ("blood-testing company Lumenfold")
#: ties the name to a later "the company" only nearby, not over other bodies named since.
COMMON_BODY_KINDS: frozenset[str] = ANY_BODY_KINDS | {"company", "firm"}

#: Bare office nouns that stand for an organization named earlier ("the department said").
GENERIC_ORG_NOUNS: tuple[str, ...] = (
    "department",
    "ministry",
    "agency",
    "office",
    "commission",
    "council",
    "committee",
)


def _honorifics(table: Mapping[str, str | None]) -> Mapping[str, str | None]:
    """A copy of an honorific table, so that changing the caller's dict later changes nothing here."""
    return dict(table)


def _body_kinds(table: Mapping[str, frozenset[str]]) -> Mapping[str, frozenset[str]]:
    """A copy of a body-kind table, lower-cased, its suffixes as frozensets."""
    return {kind.lower(): frozenset(word.lower() for word in words) for kind, words in table.items()}


def _word_map(table: Mapping[str, str]) -> Mapping[str, str]:
    """A copy of a table from words to words (a given name to its gender, a written thing to
    its maker's kind), lower-cased, for the same reason."""
    return {name.lower(): gender for name, gender in table.items()}


@attrs.frozen(slots=True)
class NameTables:
    """The word tables that tell names, titles, roles and organizations apart, one field per table.

    Each field defaults to the module table of the same name in upper case
    (``titles``: :data:`TITLES`, ...), lower case throughout.  A set-valued
    field takes any iterable of words (a set, a list) and keeps a frozenset;
    ``generic_org_nouns`` keeps its order, as a tuple; ``honorifics`` maps a
    courtesy title to its gender (``"m"``, ``"f"`` or ``None``) and
    ``given_names`` a given name to its gender (``"m"`` or ``"f"``) and
    ``work_makers`` a written thing to the kind of body that makes it; all keep
    a copy of the mapping they are given (left out of the hash, which a dict
    has not).  Make a changed copy with :meth:`evolve`:

    >>> tables = DEFAULT_NAME_TABLES.evolve(titles=DEFAULT_NAME_TABLES.titles | {"harbormaster"})
    >>> "harbormaster" in tables.titles, "harbormaster" in DEFAULT_NAME_TABLES.titles
    (True, False)
    """

    titles: frozenset[str] = attrs.field(default=TITLES, converter=frozenset)
    honorifics: Mapping[str, str | None] = attrs.field(default=HONORIFICS, converter=_honorifics, hash=False)
    given_names: Mapping[str, str] = attrs.field(default=GIVEN_NAMES, converter=_word_map, hash=False)
    role_nouns: frozenset[str] = attrs.field(default=ROLE_NOUNS, converter=frozenset)
    group_role_nouns: frozenset[str] = attrs.field(default=GROUP_ROLE_NOUNS, converter=frozenset)
    trade_groups: frozenset[str] = attrs.field(default=TRADE_GROUPS, converter=frozenset)
    member_nouns: frozenset[str] = attrs.field(default=MEMBER_NOUNS, converter=frozenset)
    work_nouns: frozenset[str] = attrs.field(default=WORK_NOUNS, converter=frozenset)
    sign_nouns: frozenset[str] = attrs.field(default=SIGN_NOUNS, converter=frozenset)
    title_nouns: frozenset[str] = attrs.field(default=TITLE_NOUNS, converter=frozenset)
    title_adjectives: frozenset[str] = attrs.field(default=TITLE_ADJECTIVES, converter=frozenset)
    body_nouns: frozenset[str] = attrs.field(default=BODY_NOUNS, converter=frozenset)
    org_suffixes: frozenset[str] = attrs.field(default=ORG_SUFFIXES, converter=frozenset)
    local_governments: frozenset[str] = attrs.field(default=LOCAL_GOVERNMENTS, converter=frozenset)
    admin_areas: frozenset[str] = attrs.field(default=ADMIN_AREAS, converter=frozenset)
    nationalities: frozenset[str] = attrs.field(default=NATIONALITIES, converter=frozenset)
    demonym_endings: tuple[str, ...] = attrs.field(default=DEMONYM_ENDINGS, converter=tuple)
    demonyms: frozenset[str] = attrs.field(default=DEMONYMS, converter=frozenset)
    placeless_qualifiers: frozenset[str] = attrs.field(default=PLACELESS_QUALIFIERS, converter=frozenset)
    doer_endings: tuple[str, ...] = attrs.field(default=DOER_ENDINGS, converter=tuple)
    contrasting_words: frozenset[str] = attrs.field(default=CONTRASTING_WORDS, converter=frozenset)
    name_particles: frozenset[str] = attrs.field(default=NAME_PARTICLES, converter=frozenset)
    not_names: frozenset[str] = attrs.field(default=NOT_NAMES, converter=frozenset)
    place_words: frozenset[str] = attrs.field(default=PLACE_WORDS, converter=frozenset)
    of_phrase_words: frozenset[str] = attrs.field(default=OF_PHRASE_WORDS, converter=frozenset)
    named_of_phrase_words: frozenset[str] = attrs.field(default=NAMED_OF_PHRASE_WORDS, converter=frozenset)
    quantifiers: frozenset[str] = attrs.field(default=QUANTIFIERS, converter=frozenset)
    indefinite_subjects: frozenset[str] = attrs.field(default=INDEFINITE_SUBJECTS, converter=frozenset)
    knowing_phrases: frozenset[tuple[str, str]] = attrs.field(default=KNOWING_PHRASES, converter=frozenset)
    generic_org_nouns: tuple[str, ...] = attrs.field(default=GENERIC_ORG_NOUNS, converter=tuple)
    body_kinds: Mapping[str, frozenset[str]] = attrs.field(default=BODY_KINDS, converter=_body_kinds, hash=False)
    work_makers: Mapping[str, str] = attrs.field(default=WORK_MAKERS, converter=_word_map, hash=False)
    role_qualifiers: frozenset[str] = attrs.field(default=ROLE_QUALIFIERS, converter=frozenset)
    post_nominals: frozenset[str] = attrs.field(default=POST_NOMINALS, converter=frozenset)
    voice_roles: frozenset[str] = attrs.field(default=VOICE_ROLES, converter=frozenset)
    mission_nouns: frozenset[str] = attrs.field(default=MISSION_NOUNS, converter=frozenset)
    #: Every last word that tells a body's kind (the union of ``body_kinds``), derived once.
    body_endings: frozenset[str] = attrs.field(init=False, eq=False, repr=False)

    #: The titles and honorifics written with stops inside them that stand before a name
    #: ("h.e."), which a name run reads as one word; not a nationality's or a body's ("U.S.",
    #: "U.N.", which may end a sentence before a name), derived once.
    dotted_titles: frozenset[str] = attrs.field(init=False, eq=False, repr=False)

    @body_endings.default
    def _every_body_ending(self) -> frozenset[str]:
        return frozenset(end for ends in self.body_kinds.values() for end in ends)

    @dotted_titles.default
    def _dotted(self) -> frozenset[str]:
        words = self.titles | frozenset(self.honorifics)
        # "U.N." is a body's modifier as "un" is; "H.E." has no undotted title of its own
        return frozenset(
            w for w in words if "." in w.rstrip(".") and w not in self.nationalities and w.replace(".", "") not in words
        )

    def evolve(self, **changes: Any) -> NameTables:
        """A copy with ``changes`` applied."""
        return attrs.evolve(self, **changes)

    def qualifiers_in(self, phrase: str) -> frozenset[str]:
        """The role qualifiers among the words of ``phrase`` ("the former vice president")."""
        return frozenset(word for word in phrase.lower().replace("-", " ").split() if word in self.role_qualifiers)

    def demonym(self, word: str) -> bool:
        """Whether the lower-cased ``word`` names a person from a place ("icelander", "tasmanian")."""
        return word in self.nationalities or word in self.demonyms or word.endswith(self.demonym_endings)

    def from_a_place(self, word: str) -> bool:
        """Whether the lower-cased ``word`` surely tells where somebody is from ("czech", "texan",
        "galwegian"): a demonym, but not a qualifier of :attr:`placeless_qualifiers` ("former") nor
        a word whose only sign is the ending "an", which ends given names too ("Morgan", "Evan")."""
        if word in self.placeless_qualifiers:
            return False
        if word in self.nationalities or word in self.demonyms:
            return True
        return word.endswith((*(end for end in self.demonym_endings if len(end) > 2), "ian", "ean"))

    def doer(self, word: str) -> bool:
        """Whether the lower-cased ``word``, a noun no role or title table holds, names somebody
        who plies a craft or a trade ("projectionist", "clockmaker"): it ends as
        :data:`DOER_ENDINGS` do and is no work, sign or body noun."""
        return (
            len(word) > 4
            and word.endswith(self.doer_endings)
            and not self.written(word)
            and word not in self.body_nouns
            and word not in self.role_nouns
            and word not in self.titles
        )

    def ends_a_body(self, word: str) -> bool:
        """Whether the lower-cased ``word`` may end a body's name ("union", "holdings", "trust")."""
        return word in self.org_suffixes or word in self.body_endings

    def person_role(self, word: str) -> bool:
        """Whether ``word`` names the role of a person ("mayor"), not a body, a work or a sign."""
        return word in self.role_nouns and word not in self.body_nouns

    def people_noun(self, word: str) -> bool:
        """Whether the lower-cased ``word`` heads a phrase for one or more people: a person's role
        ("diplomat"), a group ("officials", "fishermen") or a role in the plural ("owners")."""
        if word in self.group_role_nouns or word in self.trade_groups or self.person_role(word):
            return True
        return self.plural_role(word)

    def plural_role(self, word: str) -> bool:
        """Whether the lower-cased ``word`` is a person's role with an "s" ("owners", "anglers"), or
        in "-men" for one in "-man" ("fishermen", "spokesmen")."""
        if word.endswith("men"):
            return self.person_role(word[:-3] + "man")
        return word.endswith("s") and self.person_role(word[:-1])

    def written(self, word: str) -> bool:
        """Whether ``word`` names a written thing that can "read" or "say" ("letter", "banner")."""
        return word in self.work_nouns or word in self.sign_nouns


#: The tables as the package ships them (``Config().names``).
DEFAULT_NAME_TABLES = NameTables()
