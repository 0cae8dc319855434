"""The relay registry: news agencies and official channels that carry words.  Data only.

Each :class:`RelayEntry` has the canonical ``name`` used in results, the
``aliases`` by which articles name it (compared case-insensitively on word
boundaries; a leading "the" and words like "state-run" are skipped by the
matcher), its ``kind`` and ``country``.  Add entries through
``Config(relays=DEFAULT_RELAYS + (RelayEntry(...),))``.
"""

from __future__ import annotations

import attrs

__all__ = ["DEFAULT_RELAYS", "RelayEntry", "UNNAMED_RELAY_NOUNS", "CREDIT_ONLY", "OFFICE_ROLES"]


@attrs.frozen(slots=True)
class RelayEntry:
    """One agency or official channel."""

    name: str
    aliases: tuple[str, ...] = ()
    kind: str = "agency"  # "agency" | "official" | "broadcaster" | "newspaper"
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

#: Registry names that credit an article but never stand as a speaker.
CREDIT_ONLY: frozenset[str] = frozenset({"Reuters", "AP", "AFP", "UPI", "dpa"})

#: Roles that speak for the office named before them ("Pentagon press secretary Diane Fair",
#: "State Department spokeswoman Ida Marsh"): a statement of theirs is relayed by that office.
OFFICE_ROLES: frozenset[str] = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "secretary", "official", "officials", "officer", "representative",
     "minister", "chief", "director", "head", "aide", "adviser", "advisor", "staffer", "counsel", "ambassador",
     "envoy", "commander", "chairman", "chairwoman", "chair", "president", "spokespeople", "press", "deputy"}
)  # fmt: skip
