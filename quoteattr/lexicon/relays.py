"""The relay registry: news agencies and official channels that carry words, and the tables
that tell an outlet the registry does not hold.  Data, and the patterns built from it.

Each :class:`RelayEntry` has the canonical ``name`` used in results, the
``aliases`` by which articles name it (compared case-insensitively on word
boundaries; a leading "the" and words like "state-run" are skipped by the
matcher), its ``kind`` and ``country``.  Add entries through
``Config(relays=DEFAULT_RELAYS + (RelayEntry(...),))``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import attrs
import regex

from .titles import WEEKDAYS_MONTHS

__all__ = [
    "DEFAULT_RELAYS",
    "RelayEntry",
    "UNNAMED_RELAY_NOUNS",
    "CALL_SIGN_RE",
    "CARRIER_KINDS",
    "CREDIT_ONLY",
    "OFFICE_ROLES",
    "OutletTables",
    "DEFAULT_OUTLETS",
    "BODY_INITIALS",
    "OUTLET_INITIAL_ENDINGS",
    "EVENT_NOUNS",
    "OUTLET_GATHERINGS",
    "OUTLET_TAKE_UP_NOUNS",
]


@attrs.frozen(slots=True)
class RelayEntry:
    """One agency or official channel."""

    name: str
    aliases: tuple[str, ...] = ()
    kind: str = "agency"  # "agency" | "official" | "broadcaster" | "newspaper" | "outlet"
    country: str | None = None
    #: Aliases that count only with a capital letter in the text ("AP", not "ap").
    case_sensitive: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


DEFAULT_RELAYS: tuple[RelayEntry, ...] = (
    RelayEntry("RIA", ("RIA Novosti", "RIA news agency", "RIA Novosti news agency"), country="RU"),
    RelayEntry("TASS", ("ITAR-TASS", "TASS news agency", "Tass"), country="RU"),
    RelayEntry("Interfax", ("Interfax news agency",), country="RU"),
    RelayEntry("Reuters", ("Thomson Reuters", "Reuters news agency"), country="GB"),
    RelayEntry("AP", ("Associated Press", "The Associated Press"), country="US", case_sensitive=("AP",)),
    RelayEntry("AFP", ("Agence France-Presse", "Agence France Presse", "France-Presse"), country="FR"),
    RelayEntry("Xinhua", ("Xinhua news agency", "Xinhua News Agency"), country="CN"),
    RelayEntry("Bloomberg", ("Bloomberg News",), country="US"),
    RelayEntry("dpa", ("Deutsche Presse-Agentur", "DPA"), country="DE"),
    RelayEntry("Kyodo", ("Kyodo News", "Kyodo news agency"), country="JP"),
    RelayEntry("Yonhap", ("Yonhap news agency", "Yonhap News Agency"), country="KR"),
    RelayEntry("ANSA", ("ANSA news agency",), country="IT"),
    RelayEntry("EFE", ("EFE news agency", "Agencia EFE"), country="ES"),
    RelayEntry("PTI", ("Press Trust of India",), country="IN"),
    RelayEntry("Anadolu", ("Anadolu Agency", "Anadolu news agency"), country="TR"),
    RelayEntry("IRNA", ("Islamic Republic News Agency",), country="IR"),
    RelayEntry("KCNA", ("Korean Central News Agency",), country="KP"),
    RelayEntry("Ukrinform", (), country="UA"),
    RelayEntry("UNIAN", (), country="UA"),
    RelayEntry("UPI", ("United Press International",), country="US"),
    # more national agencies: short forms that are also common words or other bodies' initials
    # ("MENA region", "Petra", Singapore's PAP) count only in capitals or with "news agency"
    RelayEntry("Jiji Press", ("Jiji", "Jiji news agency"), country="JP"),
    RelayEntry("Kazinform", ("Kazinform news agency",), country="KZ"),
    RelayEntry("UzA", ("UzA news agency",), country="UZ", case_sensitive=("UzA",)),
    RelayEntry("MTI", ("MTI news agency",), country="HU", case_sensitive=("MTI",)),
    RelayEntry("Saudi Press Agency", ("SPA",), country="SA", case_sensitive=("SPA",)),
    RelayEntry("WAM", ("Emirates News Agency",), country="AE", case_sensitive=("WAM",)),
    RelayEntry("QNA", ("Qatar News Agency",), country="QA", case_sensitive=("QNA",)),
    RelayEntry("KUNA", ("Kuwait News Agency",), country="KW", case_sensitive=("KUNA",)),
    RelayEntry("MENA", ("Middle East News Agency", "MENA news agency"), country="EG", case_sensitive=("MENA",)),
    RelayEntry("Petra", ("Petra news agency", "Jordan News Agency"), country="JO", case_sensitive=("Petra",)),
    RelayEntry("SANA", ("Syrian Arab News Agency", "SANA news agency"), country="SY", case_sensitive=("SANA",)),
    RelayEntry("ISNA", ("Iranian Students' News Agency", "ISNA news agency"), country="IR", case_sensitive=("ISNA",)),
    RelayEntry("Fars", ("Fars news agency",), country="IR", case_sensitive=("Fars",)),
    RelayEntry("Tasnim", ("Tasnim news agency",), country="IR"),
    RelayEntry("Mehr", ("Mehr news agency",), country="IR", case_sensitive=("Mehr",)),
    RelayEntry("Sputnik", ("Sputnik news agency",), country="RU"),
    RelayEntry("BelTA", ("Belarusian Telegraph Agency", "BelTA news agency"), country="BY"),
    RelayEntry("Azertac", ("AZERTAC",), country="AZ"),
    RelayEntry("Armenpress", (), country="AM"),
    RelayEntry("PAP", ("Polish Press Agency", "PAP news agency"), country="PL", case_sensitive=("PAP",)),
    RelayEntry("CTK", ("Czech News Agency", "CTK news agency"), country="CZ", case_sensitive=("CTK",)),
    RelayEntry("BTA", ("Bulgarian News Agency", "BTA news agency"), country="BG", case_sensitive=("BTA",)),
    RelayEntry("Belga", ("Belga news agency",), country="BE"),
    RelayEntry("ANP", ("ANP news agency",), country="NL", case_sensitive=("ANP",)),
    RelayEntry("NTB", ("NTB news agency",), country="NO", case_sensitive=("NTB",)),
    RelayEntry("Ritzau", ("Ritzau news agency",), country="DK"),
    RelayEntry("Lusa", ("Lusa news agency",), country="PT"),
    RelayEntry("Agerpres", (), country="RO"),
    RelayEntry("LETA", ("LETA news agency",), country="LV", case_sensitive=("LETA",)),
    RelayEntry("BNS", ("Baltic News Service",), country="LT", case_sensitive=("BNS",)),
    RelayEntry("ELTA", ("ELTA news agency",), country="LT", case_sensitive=("ELTA",)),
    RelayEntry("Tanjug", (), country="RS"),
    RelayEntry("HINA", ("HINA news agency",), country="HR", case_sensitive=("HINA",)),
    RelayEntry("ANA-MPA", ("Athens News Agency",), country="GR"),
    RelayEntry("APA", ("Austria Presse Agentur", "Austria Press Agency"), country="AT", case_sensitive=("APA",)),
    RelayEntry("Keystone-SDA", ("Keystone-ATS", "Keystone-SDA-ATS"), country="CH"),
    RelayEntry("Bernama", (), country="MY"),
    RelayEntry("Antara", ("Antara news agency",), country="ID"),
    RelayEntry("Philippine News Agency", (), country="PH"),
    RelayEntry("VNA", ("Vietnam News Agency",), country="VN", case_sensitive=("VNA",)),
    RelayEntry("China News Service", (), country="CN"),
    RelayEntry("Prensa Latina", (), country="CU"),
    RelayEntry("Notimex", (), country="MX"),
    RelayEntry("Télam", ("Telam",), country="AR"),
    RelayEntry("ANI", ("Asian News International", "ANI news agency"), country="IN", case_sensitive=("ANI",)),
    RelayEntry("IANS", ("Indo-Asian News Service",), country="IN", case_sensitive=("IANS",)),
    RelayEntry("APP", ("Associated Press of Pakistan",), country="PK", case_sensitive=("APP",)),
    RelayEntry("NAN", ("News Agency of Nigeria",), country="NG", case_sensitive=("NAN",)),
    RelayEntry("AAP", ("Australian Associated Press",), country="AU", case_sensitive=("AAP",)),
    RelayEntry("Canadian Press", ("The Canadian Press",), country="CA"),
    RelayEntry("Interfax-Ukraine", (), country="UA"),
    # broadcasters and newspapers: words told to them, or in an interview with them, reach the
    # article through them ("told the BBC", "in an interview with Le Monde"); short forms that are
    # also words or initials of other things count only as written; names that are also
    # surnames or companies ("Spiegel", "Rai", "Bild", "Asahi") count only in full
    RelayEntry("BBC", ("BBC News", "British Broadcasting Corporation", "BBC Radio"), "broadcaster", "GB"),
    RelayEntry("Sky News", (), "broadcaster", "GB"),
    RelayEntry("ITV", ("ITV News",), "broadcaster", "GB", case_sensitive=("ITV",)),
    RelayEntry("Channel 4 News", (), "broadcaster", "GB"),
    RelayEntry("CNN", (), "broadcaster", "US", case_sensitive=("CNN",)),
    RelayEntry("NBC", ("NBC News",), "broadcaster", "US", case_sensitive=("NBC",)),
    RelayEntry("CBS", ("CBS News",), "broadcaster", "US", case_sensitive=("CBS",)),
    RelayEntry("Fox News", ("Fox News Channel",), "broadcaster", "US"),
    RelayEntry("MSNBC", (), "broadcaster", "US"),
    RelayEntry("CNBC", (), "broadcaster", "US"),
    RelayEntry("NPR", ("National Public Radio",), "broadcaster", "US", case_sensitive=("NPR",)),
    RelayEntry("PBS", ("PBS NewsHour",), "broadcaster", "US", case_sensitive=("PBS",)),
    RelayEntry("Voice of America", ("VOA",), "broadcaster", "US", case_sensitive=("VOA",)),
    RelayEntry(
        "Radio Free Europe/Radio Liberty", ("RFE/RL", "Radio Free Europe", "Radio Liberty"), "broadcaster", "US"
    ),
    RelayEntry(
        "CBC",
        ("CBC News", "Canadian Broadcasting Corporation", "CBC Radio"),
        "broadcaster",
        "CA",
        case_sensitive=("CBC",),
    ),
    RelayEntry("Radio-Canada", (), "broadcaster", "CA"),
    # the American network and the Australian corporation share their initials
    RelayEntry("ABC", ("ABC News", "Australian Broadcasting Corporation"), "broadcaster", case_sensitive=("ABC",)),
    RelayEntry("SBS", ("SBS News",), "broadcaster", "AU", case_sensitive=("SBS",)),
    RelayEntry("RNZ", ("Radio New Zealand",), "broadcaster", "NZ", case_sensitive=("RNZ",)),
    RelayEntry("TVNZ", (), "broadcaster", "NZ"),
    RelayEntry("RTÉ", ("RTE", "RTÉ News", "RTÉ Radio"), "broadcaster", "IE", case_sensitive=("RTE",)),
    RelayEntry("Al Jazeera", ("Al-Jazeera",), "broadcaster", "QA"),
    RelayEntry("Al Arabiya", ("Al-Arabiya",), "broadcaster", "SA"),
    RelayEntry("France 24", (), "broadcaster", "FR"),
    RelayEntry("RFI", ("Radio France Internationale",), "broadcaster", "FR", case_sensitive=("RFI",)),
    RelayEntry("France Info", ("franceinfo",), "broadcaster", "FR"),
    RelayEntry("Euronews", (), "broadcaster"),
    RelayEntry("Deutsche Welle", ("DW",), "broadcaster", "DE", case_sensitive=("DW",)),
    RelayEntry("ZDF", (), "broadcaster", "DE", case_sensitive=("ZDF",)),
    RelayEntry("ARD", (), "broadcaster", "DE", case_sensitive=("ARD",)),
    RelayEntry("ORF", (), "broadcaster", "AT", case_sensitive=("ORF",)),
    RelayEntry("SRF", (), "broadcaster", "CH", case_sensitive=("SRF",)),
    RelayEntry("RTS", (), "broadcaster", "CH", case_sensitive=("RTS",)),
    RelayEntry("RAI", (), "broadcaster", "IT", case_sensitive=("RAI",)),
    RelayEntry("RTVE", ("TVE",), "broadcaster", "ES", case_sensitive=("RTVE", "TVE")),
    RelayEntry("RTP", (), "broadcaster", "PT", case_sensitive=("RTP",)),
    RelayEntry("NOS", (), "broadcaster", "NL", case_sensitive=("NOS",)),
    RelayEntry("RTBF", (), "broadcaster", "BE", case_sensitive=("RTBF",)),
    RelayEntry("VRT", (), "broadcaster", "BE", case_sensitive=("VRT",)),
    RelayEntry("NRK", (), "broadcaster", "NO", case_sensitive=("NRK",)),
    RelayEntry("SVT", ("Sveriges Television",), "broadcaster", "SE", case_sensitive=("SVT",)),
    RelayEntry("Sveriges Radio", (), "broadcaster", "SE"),
    RelayEntry("Yle", ("YLE",), "broadcaster", "FI", case_sensitive=("Yle", "YLE")),
    RelayEntry("RÚV", ("RUV",), "broadcaster", "IS", case_sensitive=("RÚV", "RUV")),
    RelayEntry("TVP", (), "broadcaster", "PL", case_sensitive=("TVP",)),
    RelayEntry("Czech Television", ("Ceska televize", "Česká televize"), "broadcaster", "CZ"),
    RelayEntry("ERT", (), "broadcaster", "GR", case_sensitive=("ERT",)),
    RelayEntry("TRT", ("TRT World",), "broadcaster", "TR", case_sensitive=("TRT",)),
    RelayEntry("NHK", (), "broadcaster", "JP", case_sensitive=("NHK",)),
    RelayEntry("KBS", (), "broadcaster", "KR", case_sensitive=("KBS",)),
    RelayEntry("CCTV", ("China Central Television",), "broadcaster", "CN", case_sensitive=("CCTV",)),
    RelayEntry("NDTV", (), "broadcaster", "IN", case_sensitive=("NDTV",)),
    RelayEntry("SABC", (), "broadcaster", "ZA", case_sensitive=("SABC",)),
    RelayEntry("The New York Times", ("New York Times",), "newspaper", "US"),
    RelayEntry("The Washington Post", ("Washington Post",), "newspaper", "US"),
    RelayEntry("The Wall Street Journal", ("Wall Street Journal", "WSJ"), "newspaper", "US", case_sensitive=("WSJ",)),
    RelayEntry("USA Today", (), "newspaper", "US"),
    RelayEntry("Los Angeles Times", (), "newspaper", "US"),
    RelayEntry("Politico", (), "newspaper", "US"),
    RelayEntry("Financial Times", (), "newspaper", "GB"),
    RelayEntry("The Guardian", ("Guardian newspaper",), "newspaper", "GB"),
    RelayEntry("The Daily Telegraph", ("Daily Telegraph", "The Telegraph"), "newspaper", "GB"),
    RelayEntry("The Economist", (), "newspaper", "GB"),
    RelayEntry("Daily Mail", ("The Daily Mail", "MailOnline"), "newspaper", "GB"),
    RelayEntry("The Irish Times", ("Irish Times",), "newspaper", "IE"),
    RelayEntry("The Globe and Mail", ("Globe and Mail",), "newspaper", "CA"),
    RelayEntry("The Sydney Morning Herald", ("Sydney Morning Herald",), "newspaper", "AU"),
    RelayEntry("Le Monde", (), "newspaper", "FR"),
    RelayEntry("Le Figaro", (), "newspaper", "FR"),
    RelayEntry("Der Spiegel", (), "newspaper", "DE"),
    RelayEntry("Süddeutsche Zeitung", ("Sueddeutsche Zeitung",), "newspaper", "DE"),
    RelayEntry("Frankfurter Allgemeine Zeitung", ("FAZ",), "newspaper", "DE", case_sensitive=("FAZ",)),
    RelayEntry("Die Zeit", (), "newspaper", "DE"),
    RelayEntry("El País", ("El Pais",), "newspaper", "ES"),
    RelayEntry("Corriere della Sera", (), "newspaper", "IT"),
    RelayEntry("La Repubblica", (), "newspaper", "IT"),
    RelayEntry("Gazeta Wyborcza", (), "newspaper", "PL"),
    RelayEntry("Dagens Nyheter", (), "newspaper", "SE"),
    RelayEntry("Aftenposten", (), "newspaper", "NO"),
    RelayEntry("Helsingin Sanomat", (), "newspaper", "FI"),
    RelayEntry("Kommersant", (), "newspaper", "RU"),
    RelayEntry("Izvestia", (), "newspaper", "RU"),
    RelayEntry("Haaretz", (), "newspaper", "IL"),
    RelayEntry("Asahi Shimbun", (), "newspaper", "JP"),
    RelayEntry("Yomiuri Shimbun", ("Yomiuri",), "newspaper", "JP"),
    RelayEntry("South China Morning Post", (), "newspaper", "HK"),
    RelayEntry("The Times of India", ("Times of India",), "newspaper", "IN"),
    RelayEntry("State Department", ("State Dept", "U.S. State Department", "US State Department"), "official", "US"),
    RelayEntry("Kremlin", ("the Kremlin",), "official", "RU"),
    RelayEntry("White House", ("the White House",), "official", "US"),
    RelayEntry("Pentagon", ("the Pentagon", "Defense Department", "Department of Defense"), "official", "US"),
    RelayEntry("Foreign Ministry", ("Russian Foreign Ministry", "Ministry of Foreign Affairs"), "official"),
)

#: Nouns of a relay named only by kind ("told Russian news agencies").
UNNAMED_RELAY_NOUNS: tuple[str, ...] = (
    "news agencies",
    "news agency",
    "state media",
    "state television",
    "state TV",
    "local media",
)

#: The kinds of registry entries that carry words to an article when they are spoken or told to
#: ("told Interfax", "told the BBC", "in an interview with Le Monde", "according to NHK");
#: offices ("official") speak for their people instead.
CARRIER_KINDS: frozenset[str] = frozenset({"agency", "broadcaster", "newspaper", "outlet"})

#: Registry names that credit an article but never stand as a speaker.
CREDIT_ONLY: frozenset[str] = frozenset({"Reuters", "AP", "AFP", "UPI", "dpa"})

#: Roles that speak for the office named before them ("Pentagon press secretary Diane Fair",
#: "State Department spokeswoman Ida Marsh"): a statement of theirs is relayed by that office.
OFFICE_ROLES: frozenset[str] = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "secretary", "official", "officials", "officer", "representative",
     "minister", "chief", "director", "head", "aide", "adviser", "advisor", "staffer", "counsel", "ambassador",
     "envoy", "commander", "chairman", "chairwoman", "chair", "president", "spokespeople", "press", "deputy"}
)  # fmt: skip


#: Nouns that say what kind of outlet the name after them is ("the regional daily X", "the news
#: portal X", "radio station X", "Swiss public radio X"), with the relay kind each gives.
OUTLET_NOUNS: dict[str, str] = {
    "daily": "newspaper", "weekly": "newspaper", "newspaper": "newspaper", "paper": "newspaper",
    "tabloid": "newspaper", "broadsheet": "newspaper", "magazine": "outlet", "news magazine": "outlet",
    "news portal": "outlet", "portal": "outlet", "news site": "outlet", "news website": "outlet",
    "website": "outlet", "news outlet": "outlet", "broadcaster": "broadcaster",
    "public broadcaster": "broadcaster", "radio": "broadcaster", "radio station": "broadcaster",
    "television": "broadcaster", "television channel": "broadcaster", "TV": "broadcaster",
    "TV channel": "broadcaster", "TV station": "broadcaster", "channel": "broadcaster",
    "station": "broadcaster", "news agency": "agency",
}  # fmt: skip

#: Last words of outlets' names that tell what they are without a noun before them ("the Wangaratta
#: Chronicle", "Latvian Television", "GMA News Online"; "Shimbun", "Ilbo" and "Harian" are "newspaper"
#: or "daily" in Japanese, Korean and Malay), with the relay kind each gives.  Only
#: read where words are told or credited to an outlet ("told", "according to", "in an interview
#: with"), and never before another capitalized word ("the Independent Commission").
OUTLET_ENDINGS: dict[str, str] = {
    "Chronicle": "newspaper", "Times": "newspaper", "Post": "newspaper", "Herald": "newspaper",
    "Gazette": "newspaper", "Tribune": "newspaper", "Journal": "newspaper", "Courier": "newspaper",
    "Telegraph": "newspaper", "Examiner": "newspaper", "Observer": "newspaper", "Independent": "newspaper",
    "Advertiser": "newspaper", "Inquirer": "newspaper", "Dispatch": "newspaper", "Bulletin": "newspaper",
    "Zeitung": "newspaper", "Kurier": "newspaper", "Nyheter": "newspaper", "Posten": "newspaper",
    "Shimbun": "newspaper", "Shinbun": "newspaper", "Ilbo": "newspaper", "Sinmun": "newspaper",
    "Harian": "newspaper", "News": "outlet", "Online": "outlet", "Press": "outlet", "Television": "broadcaster",
    "TV": "broadcaster",
    "Radio": "broadcaster", "Broadcasting": "broadcaster", "FM": "broadcaster",
}  # fmt: skip

#: First words of outlets' names that tell what they are ("Radio Iasi", "Radio Free Europe").
OUTLET_OPENINGS: dict[str, str] = {
    "Radio": "broadcaster", "Telewizja": "broadcaster", "Televisión": "broadcaster", "TV": "broadcaster",
    "Television": "broadcaster", "Harian": "newspaper",
}  # fmt: skip

#: The nouns of :data:`OUTLET_NOUNS` that may follow an outlet's name, which then is the name
#: alone ("the Khabar 24 TV channel", "the Harlan Courier newspaper").
OUTLET_NOUNS_AFTER: frozenset[str] = frozenset(
    {"TV channel", "television channel", "TV station", "radio station", "channel", "newspaper", "daily",
     "weekly", "news agency", "news portal", "news website", "website", "magazine", "broadcaster",
     "television", "TV", "radio"}
)  # fmt: skip

#: Initials of bodies that are told things but carry no words to an article ("told NATO", "told
#: the IMF"): after "told", initials the registry does not hold count as an outlet's ("told
#: GBC") unless they are one of these or the article spells them out as a body's.
BODY_INITIALS: frozenset[str] = frozenset(
    {"UN", "EU", "NATO", "IMF", "WHO", "WTO", "OPEC", "ASEAN", "AU", "ECB", "FBI", "CIA", "NSA", "ICE", "FDA",
     "EPA", "NASA", "IAEA", "OSCE", "ILO", "UNICEF", "UNHCR", "UNESCO", "UNDP", "ICC", "ICJ", "FIFA", "UEFA",
     "IOC", "NHS", "IRS", "DOJ", "DHS", "CDC", "NIH", "SEC", "FCC", "FAA", "NTSB", "ANC", "PLO", "IDF", "RAF",
     "NYPD", "LAPD", "PSNI", "HSE", "EFCC", "OECD", "GOP", "DNC", "RNC", "ACLU", "NAACP", "UAE", "USA", "UK",
     "HSBC", "ICBC", "DNA", "RNA", "UNA"}
)  # fmt: skip

#: Last letters of initials that mark a broadcaster or an agency ("GBC", "ZBC": Broadcasting
#: Corporation; "KBS": Broadcasting System; "NTV", "KFM"; "PNA": News Agency): after "told",
#: initials the registry does not hold count as an outlet only with one of these endings, or
#: when the article spells them out with a medium's word.
OUTLET_INITIAL_ENDINGS: tuple[str, ...] = ("BC", "BS", "TV", "FM", "NA")

#: Words in lower case inside newspapers' names in languages that write titles so ("the regional
#: daily Ceskolipsky denik", "Hospodarske noviny", "Vecernji list"), accents as written.
OUTLET_TITLE_WORDS: frozenset[str] = frozenset(
    {"deník", "denik", "noviny", "list", "novine", "dnevnik", "gazeta", "zeitung", "vjesnik", "dziennik", "rytas",
     "žinios", "avīze", "ziņas", "novosti", "vesti", "vijesti"}
)  # fmt: skip

#: A North American broadcaster's call sign with its band ("WBTR-TV", "KXAN-FM", "CKAC-AM"):
#: a station by its shape alone.
CALL_SIGN_RE = regex.compile(r"(?<![\p{L}\p{N}-])[CKW][A-Z]{2,3}-(?:TV|FM|AM|DT)(?![\p{L}\p{N}-])")

#: Particles inside outlets' names ("Corriere della Sera", "Diario de Noticias"), and the
#: pattern of one with the blanks after it.
_OUTLET_PARTICLES = ("de", "del", "della", "di", "da", "do", "la", "le", "du", "des", "van", "der", "von")
_PARTICLE = r"(?:" + "|".join(_OUTLET_PARTICLES) + r")[ \t]+"

#: Words that never open an outlet's name after its noun: days and months, as written in full
#: or as AP abbreviates them, and a few openings of a time or a clause ("told the paper Tuesday",
#: "told the station Aug. 4").
_OUTLET_NOT_NAMES = (
    *sorted(word.capitalize() for word in WEEKDAYS_MONTHS),
    "On", "In", "At", "That", "The", "This", "Last", "Earlier", "Later",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
)  # fmt: skip

#: Nouns for a gathering after a name ("told the weekly Cabinet meeting", "the daily Covid-19
#: briefing"): the words before them name the gathering, no outlet.
EVENT_NOUNS: frozenset[str] = frozenset(
    {"meeting", "meetings", "briefing", "briefings", "session", "sessions", "conference", "lunch", "update",
     "updates", "hearing", "rally", "summit", "forum", "call", "dinner", "breakfast", "gathering", "event",
     "assembly", "caucus", "press", "webinar", "address", "debate", "panel"}
)  # fmt: skip

#: Gatherings an outlet in the registry may hold that carry no words on ("told a Wall Street
#: Journal lunch group", "a Times forum"); not its programmes ("the BBC breakfast programme", "a
#: CNN debate"), which the event nouns above hold too.
OUTLET_GATHERINGS: frozenset[str] = frozenset(
    {"lunch", "luncheon", "dinner", "meeting", "meetings", "conference", "forum", "summit", "gathering", "rally",
     "event", "gala", "reception"}
)  # fmt: skip


#: The nouns by which "told the ..." takes up an outlet named before ("she told the newspaper",
#: "Toga told the paper", "he told the channel"), with the kind of outlet each takes up
#: ("outlet": any).
OUTLET_TAKE_UP_NOUNS: dict[str, str] = {
    "newspaper": "newspaper", "paper": "newspaper", "daily": "newspaper", "weekly": "newspaper",
    "station": "broadcaster", "broadcaster": "broadcaster", "channel": "broadcaster", "network": "broadcaster",
    "programme": "broadcaster", "program": "broadcaster", "radio": "broadcaster", "television": "broadcaster",
    "agency": "agency", "outlet": "outlet", "site": "outlet", "magazine": "outlet",
}  # fmt: skip


#: A word with a capital letter in it ("Delfi", "dzBB", "96FM"), and the marks names hold.
_CAPITALIZED_WORD = r"[\p{L}\p{N}]*\p{Lu}[\p{L}\p{N}'’.&-]*"

#: What may follow an outlet's name: a blank, a punctuation mark, the end (not "Libération"
#: cut short at a byte the text lost).
_NAME_ENDS = r"(?=[\s,.;:!?)\]'\"’”»]|\Z)"


def _alternatives(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any run of blanks."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(regex.escape(w).replace(r"\ ", r"[ \t]+") for w in ordered)


@attrs.frozen(slots=True)
class OutletTables:
    """What makes a name an outlet's when no registry entry holds it: the nouns before it
    (:data:`OUTLET_NOUNS`), the words that end or open such names (:data:`OUTLET_ENDINGS`,
    :data:`OUTLET_OPENINGS`) and the lower-case words inside them (:data:`OUTLET_TITLE_WORDS`),
    and the initials after "told" that are a body's, no outlet's (:data:`BODY_INITIALS`), or an
    outlet's by their last letters (:data:`OUTLET_INITIAL_ENDINGS`).
    Extend through ``Config(outlets=DEFAULT_OUTLETS.evolve(...))``; the patterns built from the
    tables are compiled once per instance."""

    nouns: Mapping[str, str] = attrs.field(default=OUTLET_NOUNS, converter=dict, hash=False)
    endings: Mapping[str, str] = attrs.field(default=OUTLET_ENDINGS, converter=dict, hash=False)
    openings: Mapping[str, str] = attrs.field(default=OUTLET_OPENINGS, converter=dict, hash=False)
    title_words: frozenset[str] = attrs.field(default=OUTLET_TITLE_WORDS, converter=frozenset)
    nouns_after: frozenset[str] = attrs.field(default=OUTLET_NOUNS_AFTER, converter=frozenset)
    body_initials: frozenset[str] = attrs.field(default=BODY_INITIALS, converter=frozenset)
    initial_endings: tuple[str, ...] = attrs.field(default=OUTLET_INITIAL_ENDINGS, converter=tuple)
    #: "the Quebec City daily Le Soleil": the noun, up to three words after "the", then the name.
    after_noun: regex.Pattern[str] = attrs.field(init=False, eq=False, repr=False)
    #: "the Wangaratta Chronicle", "Radio Iasi", "KCLR 96FM": a name whose own words tell.
    by_shape: regex.Pattern[str] = attrs.field(init=False, eq=False, repr=False)
    #: "the Khabar 24 TV channel": a name of capitalized words or numbers, then a noun of :attr:`nouns_after`.
    before_noun: regex.Pattern[str] = attrs.field(init=False, eq=False, repr=False)
    #: A noun of :attr:`nouns` before a capitalized word: where :attr:`after_noun` may match, found
    #: by a cheap scan of a whole article.
    noun_before_name: regex.Pattern[str] = attrs.field(init=False, eq=False, repr=False)

    @after_noun.default
    def _after_noun(self) -> regex.Pattern[str]:
        word = r"(?!(?:" + "|".join(_OUTLET_NOT_NAMES) + r")\b)" + _CAPITALIZED_WORD
        particle = _PARTICLE + word  # "Corriere della Sera"
        inner = r"(?:" + word + r"|(?:" + _alternatives(self.title_words) + r")(?![\p{L}\p{N}])|" + particle + ")"
        nouns = _alternatives(self.nouns)
        # "the radio station 107.7 Estrie": a station's frequency may open its name
        frequency = r"\p{N}{2,3}(?:[.,]\p{N})?(?=[ \t]+\p{Lu})"
        name = r"(?P<name>(?:" + word + "|" + frequency + r")(?:[ \t]+" + inner + r"){0,4})"
        return regex.compile(
            r"(?:[Tt]he[ \t]+)?(?:[\p{L}-]+[ \t]+){0,3}?(?P<noun>" + nouns + r")[ \t]+" + name + _NAME_ENDS
        )

    @by_shape.default
    def _by_shape(self) -> regex.Pattern[str]:
        word = _CAPITALIZED_WORD
        ending = r"(?:" + _alternatives(self.endings) + ")"
        # "Radio Sur del Kestrel": a particle may stand before a word of the name
        later = r"(?:[ \t]+(?:" + _PARTICLE + ")?" + word + "){0,2}"
        opened = r"(?P<opening>" + _alternatives(self.openings) + r")[ \t]+" + word + later
        # "KCLR 96FM": an ending may follow digits in its word; "the Press and Herald": two words
        # joined by "and"
        ended = (
            r"(?:" + word + r"[ \t]+(?:and[ \t]+)?){0,3}[\p{N}.]*(?P<ending>" + ending + r")"
            r"(?:[ \t]+(?P<ending2>" + ending + "))?"
        )
        # a broadcaster's name may end in its country or region: "Public Television of Armenia"
        stations = _alternatives(k for k, kind in self.endings.items() if kind == "broadcaster" and k.isalpha())
        of_place = r"(?:" + word + r"[ \t]+){0,3}(?P<ending3>" + stations + r")[ \t]+of[ \t]+\p{Lu}\p{Ll}+"
        # not before another capitalized word or a link ("the Independent Commission", "the Journal of ...")
        links = r"(?![ \t]+(?:\p{Lu}|(?:of|for|and|de|del|di)\b|&))"
        shaped = r"(?P<name>" + of_place + "|" + opened + "|" + ended + ")"
        return regex.compile(r"(?:[Tt]he[ \t]+)?" + shaped + _NAME_ENDS + links)

    @before_noun.default
    def _before_noun(self) -> regex.Pattern[str]:
        name = r"(?P<name>" + _CAPITALIZED_WORD + r"(?:[ \t]+(?:" + _CAPITALIZED_WORD + r"|\p{N}+)){0,3}?)"
        nouns = _alternatives(self.nouns_after)
        gloss = r"(?:[ \t]+\([^()\n]{1,30}\))?"  # "Tin Moi (New News) newspaper": a translation
        # not before a name of its own ("the Paris daily Le Monde": the name is after the noun)
        return regex.compile(
            r"(?:[Tt]he[ \t]+)?" + name + gloss + r"[ \t]+(?P<noun>" + nouns + r")(?![\p{L}\p{N}]|[ \t]+\p{Lu})"
        )

    @noun_before_name.default
    def _noun_before_name(self) -> regex.Pattern[str]:
        return regex.compile(r"(?<![\p{L}\p{N}])(?:" + _alternatives(self.nouns) + r")[ \t]+(?=[\p{Lu}\p{N}])")

    def kind_of(self, noun: str) -> str:
        """The relay kind the outlet noun :attr:`after_noun` matched gives ("daily" -> "newspaper"),
        its blanks read as one space."""
        return self.nouns.get(" ".join(noun.split()), "outlet")

    def evolve(self, **changes: Any) -> OutletTables:
        """A copy with ``changes`` applied (the patterns are built anew)."""
        return attrs.evolve(self, **changes)


#: The outlet tables as the package ships them (``Config().outlets``).
DEFAULT_OUTLETS = OutletTables()
