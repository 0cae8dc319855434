"""Config: the name tables (titles, roles, words that are never names) extended through
``Config.names``, and the outlet tables through ``Config.outlets``."""

from __future__ import annotations

import pickle

import pytest

import quoteattr
from quoteattr.config import DEFAULT_CONFIG
from quoteattr.lexicon.relays import DEFAULT_OUTLETS, OutletTables
from quoteattr.lexicon.titles import DEFAULT_NAME_TABLES, HONORIFICS, NOT_NAMES, TITLES, NameTables
from quoteattr.mentions import NameTable, np_before, tokenize


def _speaker(text: str, config: quoteattr.Config | None = None) -> str | None:
    ex = quoteattr.extract(text, config)
    assert len(ex) == 1, [q.text for q in ex]
    return ex[0].speaker.name if ex[0].speaker is not None else None


def test_default_config_carries_the_default_name_tables() -> None:
    assert quoteattr.Config().names is DEFAULT_NAME_TABLES
    assert DEFAULT_CONFIG.names.titles is TITLES
    assert DEFAULT_NAME_TABLES.honorifics == HONORIFICS


def test_title_added_through_config_is_read() -> None:
    text = 'Harbormaster Ines Dahl said the pier "is closed."'
    assert _speaker(text) == "Harbormaster Ines Dahl"  # an unknown title reads as part of the name
    names = DEFAULT_NAME_TABLES.evolve(titles=DEFAULT_NAME_TABLES.titles | {"harbormaster"})
    assert _speaker(text, quoteattr.Config(names=names)) == "Ines Dahl"
    after = '"The pier is closed," said Harbormaster Ines Dahl.'
    assert _speaker(after, quoteattr.Config(names=names)) == "Ines Dahl"


def test_word_added_to_not_names_is_never_a_name() -> None:
    text = 'Thereupon Paul Reyes said the vote "was rushed."'
    assert _speaker(text) == "Thereupon Paul Reyes"
    cfg = quoteattr.Config(names=DEFAULT_NAME_TABLES.evolve(not_names=DEFAULT_NAME_TABLES.not_names | {"thereupon"}))
    assert _speaker(text, cfg) == "Paul Reyes"
    alone = '"The vote was rushed," said Thereupon.'
    assert _speaker(alone) == "Thereupon"
    assert _speaker(alone, cfg) is None


def test_mention_readers_take_the_tables() -> None:
    text = "Harbormaster Ines Dahl"
    toks = tokenize(text, 0, len(text))
    tables = NameTables(titles={"harbormaster"})
    default = np_before(text, toks, len(toks) - 1)
    extended = np_before(text, toks, len(toks) - 1, tables=tables)
    assert default is not None
    assert default[1].text == text
    assert extended is not None
    assert (extended[1].text, extended[1].role) == ("Ines Dahl", "Harbormaster")
    article = "Harbormaster Ines Dahl closed the pier. Dahl said the tide was late."
    assert NameTable(article).resolve("Dahl") == "Harbormaster Ines Dahl"
    assert NameTable(article, tables=tables).resolve("Dahl") == "Ines Dahl"


def test_plain_sets_and_dicts_are_copied_and_the_defaults_stay_unchanged() -> None:
    titles = set(TITLES) | {"harbormaster"}
    honorifics = {**HONORIFICS, "skipper": None}
    tables = NameTables(titles=titles, not_names=["thereupon", *NOT_NAMES], honorifics=honorifics)
    assert (type(tables.titles), type(tables.not_names)) == (frozenset, frozenset)
    titles.add("wharfinger")
    honorifics["bosun"] = "m"
    assert "wharfinger" not in tables.titles
    assert "bosun" not in tables.honorifics
    assert tables.honorifics["skipper"] is None
    cfg = quoteattr.Config(names=tables)
    assert _speaker('Thereupon Paul Reyes said the vote "was rushed."', cfg) == "Paul Reyes"
    added = {"harbormaster", "wharfinger", "skipper", "bosun", "thereupon"}
    defaults = DEFAULT_NAME_TABLES
    for table in (TITLES, HONORIFICS, NOT_NAMES, defaults.titles, defaults.honorifics, defaults.not_names):
        assert not added & set(table)
    assert quoteattr.Config().names == NameTables()
    assert _speaker('Thereupon Paul Reyes said the vote "was rushed."') == "Thereupon Paul Reyes"


def test_config_with_name_tables_stays_hashable_and_picklable() -> None:
    cfg = quoteattr.Config(names=NameTables(honorifics={"skipper": None}, generic_org_nouns=["bureau"]))
    assert pickle.loads(pickle.dumps(cfg)) == cfg
    assert hash(cfg) == hash(pickle.loads(pickle.dumps(cfg)))
    assert cfg.names.generic_org_nouns == ("bureau",)
    assert cfg != quoteattr.Config()


def test_names_must_be_name_tables() -> None:
    with pytest.raises(TypeError, match="names"):
        quoteattr.Config(names={"titles": {"harbormaster"}})  # type: ignore[arg-type]


def test_text_verbs_come_from_config() -> None:
    text = '"The pier is closed," the chalkboard read.'
    assert _speaker(text) is None  # "chalkboard" is no written thing in the default tables
    names = DEFAULT_NAME_TABLES.evolve(work_nouns=DEFAULT_NAME_TABLES.work_nouns | {"chalkboard"})
    with_board = quoteattr.Config(names=names.evolve(role_nouns=names.role_nouns | {"chalkboard"}))
    assert _speaker(text, with_board) == "the chalkboard"
    assert _speaker(text, with_board.evolve(text_verbs=frozenset())) is None


def test_title_nouns_come_from_config() -> None:
    text = 'In her opera, "Harbor Lights at Dawn," Reyes wrote of the quay.'
    ex = quoteattr.extract(text)
    assert ex[0].speaker is not None  # an opera is no titled work in the default tables
    names = DEFAULT_NAME_TABLES.evolve(title_nouns=DEFAULT_NAME_TABLES.title_nouns | {"opera"})
    ex = quoteattr.extract(text, quoteattr.Config(names=names))
    assert ex[0].speaker is None
    assert ex[0].rule == "title_of_work"


def test_of_phrase_tables_come_from_config() -> None:
    text = '"The pier is safe," said the adviser to the council.'
    assert _speaker(text) == "the adviser"  # "to" joins only an office of OFFICE_LINKS ("envoy to")
    names = DEFAULT_NAME_TABLES.evolve(of_phrase_words=DEFAULT_NAME_TABLES.of_phrase_words | {"to"})
    assert _speaker(text, quoteattr.Config(names=names)) == "the adviser to the council"


def test_member_nouns_come_from_config() -> None:
    text = '"We were outvoted," said one Whig.'
    assert _speaker(text) == "Whig"  # no party noun in the default tables: read as a surname
    names = DEFAULT_NAME_TABLES.evolve(member_nouns=DEFAULT_NAME_TABLES.member_nouns | {"whig"})
    assert _speaker(text, quoteattr.Config(names=names)) == "one Whig"


def test_speech_nouns_come_from_config() -> None:
    text = 'Omer Kaya spoke last. His parting shot: "We will be back."'
    assert _speaker(text) is None  # a "shot" is no noun of speech in the default tables
    cfg = quoteattr.Config(speech_nouns=quoteattr.Config().speech_nouns | {"shot"})
    assert _speaker(text, cfg) == "Omer Kaya"


def test_work_makers_come_from_config() -> None:
    text = (
        "Appeal ends\n\nThe Kestrel Court of Appeal found that the sale broke the law.\n\n"
        '"The sale is void," the verdict says.'
    )
    assert _speaker(text) == "the verdict"  # a verdict's maker is no kind in the default tables
    names = DEFAULT_NAME_TABLES.evolve(work_makers={**DEFAULT_NAME_TABLES.work_makers, "Verdict": "court"})
    assert names.work_makers["verdict"] == "court"  # lower-cased, as the other tables are
    assert _speaker(text, quoteattr.Config(names=names)) == "Kestrel Court of Appeal"


_MILL = "Clocks\n\nTomas Brandt, who bought the workshop in 1981, sold it on Friday.\n\n"


def test_doer_endings_come_from_config() -> None:
    text = _MILL + '"The springs need work," the clockmaker said.'
    assert _speaker(text) == "Tomas Brandt"  # "clockmaker" ends as a craft's noun does
    names = DEFAULT_NAME_TABLES.evolve(doer_endings=())
    assert _speaker(text, quoteattr.Config(names=names)) == "the clockmaker"  # no doer ending: unnamed


def test_contrasting_words_come_from_config() -> None:
    text = _MILL + '"The springs need work," the older clockmaker said.'
    assert _speaker(text) != "Tomas Brandt"  # set against Brandt: somebody else
    names = DEFAULT_NAME_TABLES.evolve(contrasting_words=frozenset())
    assert _speaker(text, quoteattr.Config(names=names)) == "Tomas Brandt"


def test_a_doer_is_no_written_thing_nor_a_body() -> None:
    tables = DEFAULT_NAME_TABLES
    assert all(map(tables.doer, ("projectionist", "craftswoman", "clockmaker", "boatwright")))
    assert not any(map(tables.doer, ("breeder", "stranger", "customer", "gunman")))  # not every -er or -man
    assert not tables.doer("newsletter")  # a written thing that may "say"
    assert not any(map(tables.doer, ("paper", "poster")))  # a body, a sign
    assert not tables.doer("mayor")  # a role the tables hold is read as a role
    assert not tables.doer("heir")  # too short to tell by its ending


def test_demonyms_come_from_config() -> None:
    text = 'Ida Orrin runs the kiln. "It sulks," Orrin said.\n\n"They called our glass honest," the Vorlak said.'
    last = quoteattr.extract(text)[-1]
    assert last.speaker is not None
    assert last.speaker.name == "Vorlak"
    names = DEFAULT_NAME_TABLES.evolve(demonyms=DEFAULT_NAME_TABLES.demonyms | {"vorlak"})
    last = quoteattr.extract(text, quoteattr.Config(names=names))[-1]
    assert last.speaker is not None
    assert last.speaker.name == "Ida Orrin"


def test_placeless_qualifiers_come_from_config() -> None:
    # "Norwegian" before her trade tells where Holm is from, so "the Czech" is not her; a table that
    # counts "norwegian" as a qualifier with no place reads the same words as telling nothing
    text = (
        'Ingrid Holm, a Norwegian nurse, led the rope team.\n\n"We waited six hours," Holm said.\n\n'
        '"It was the longest night of my life," the Czech said.'
    )
    last = quoteattr.extract(text)[-1]
    assert last.speaker is None or last.confidence < 0.5
    names = DEFAULT_NAME_TABLES.evolve(placeless_qualifiers=DEFAULT_NAME_TABLES.placeless_qualifiers | {"norwegian"})
    last = quoteattr.extract(text, quoteattr.Config(names=names))[-1]
    assert last.speaker is not None
    assert last.speaker.name == "Ingrid Holm"
    assert not names.from_a_place("norwegian")
    assert DEFAULT_NAME_TABLES.from_a_place("czech")
    assert not DEFAULT_NAME_TABLES.from_a_place("former")
    assert not DEFAULT_NAME_TABLES.from_a_place("morgan")  # the ending "an" alone is no sign


@pytest.mark.parametrize(
    ("text", "table", "word", "kind", "relay"),
    [
        # "the podcast Harbor Talk": no outlet noun of the shipped table, so no relay; a table that
        # holds "podcast" makes the name after it an outlet, of the kind the table gives
        (
            'Ida Dahl told the podcast Harbor Talk that the fee was "absurd".',
            "nouns",
            "podcast",
            "outlet",
            "Harbor Talk",
        ),
        # "Clarion" ends no outlet's name the shipped table knows; added, it ends a newspaper's
        (
            'Ida Dahl said the pier was "unsafe", according to the Millbrook Clarion.',
            "endings",
            "Clarion",
            "newspaper",
            "Millbrook Clarion",
        ),
    ],
)
def test_outlet_tables_come_from_config(text: str, table: str, word: str, kind: str, relay: str) -> None:
    assert [r.name for r in quoteattr.extract(text)[0].relays] == []
    outlets = DEFAULT_OUTLETS.evolve(**{table: {**getattr(DEFAULT_OUTLETS, table), word: kind}})
    relays = quoteattr.extract(text, quoteattr.Config(outlets=outlets))[0].relays
    assert [(r.name, r.kind) for r in relays] == [(relay, kind)]
    assert word not in getattr(DEFAULT_OUTLETS, table)


def test_admin_areas_come_from_config() -> None:
    # "Governor of Harlan canton Ida Marsh" gives her the title only while "canton" is a kind of area
    text = (
        "Opening the fair, Governor of Harlan canton Ida Marsh welcomed the riders.\n\n"
        '"This fair is not a show for tourists," the governor told the crowd.'
    )
    assert quoteattr.extract(text)[0].speaker.name == "Ida Marsh"  # type: ignore[union-attr]
    names = DEFAULT_NAME_TABLES.evolve(admin_areas=DEFAULT_NAME_TABLES.admin_areas - {"canton"})
    got = quoteattr.extract(text, quoteattr.Config(names=names))[0]
    assert got.speaker is None or got.confidence < 0.5 or got.speaker.name != "Ida Marsh"


def test_outlet_nouns_after_a_name_come_from_config() -> None:
    # "the Kestrel Voice podcast": a name before an outlet's noun only once the noun is in the table
    text = '"We will not sell," Ida Lund told the Kestrel Voice podcast.'
    assert [r.name for r in quoteattr.extract(text)[0].relays] == []
    outlets = DEFAULT_OUTLETS.evolve(
        nouns={**DEFAULT_OUTLETS.nouns, "podcast": "outlet"}, nouns_after=DEFAULT_OUTLETS.nouns_after | {"podcast"}
    )
    relays = quoteattr.extract(text, quoteattr.Config(outlets=outlets))[0].relays
    assert [(r.name, r.kind) for r in relays] == [("Kestrel Voice", "outlet")]


def test_media_after_a_name_come_from_config() -> None:
    # "K7 television quoted ... as saying": the quoting outlet, while "television" may follow a name
    text = 'K7 television quoted Karlo Vidal as saying that "no island will be left behind" this winter.'
    assert [r.name for r in quoteattr.extract(text)[0].relays] == ["K7"]
    outlets = DEFAULT_OUTLETS.evolve(nouns_after=DEFAULT_OUTLETS.nouns_after - {"television"})
    assert [r.name for r in quoteattr.extract(text, quoteattr.Config(outlets=outlets))[0].relays] == []


def test_config_with_outlet_tables_stays_hashable_and_picklable() -> None:
    cfg = quoteattr.Config(outlets=OutletTables(nouns={"podcast": "outlet"}))
    back = pickle.loads(pickle.dumps(cfg))
    assert back == cfg
    assert hash(back) == hash(cfg)
    assert back.outlets.after_noun.match("the podcast Harbor Talk") is not None
    assert cfg != quoteattr.Config()
    with pytest.raises(TypeError, match="outlets"):
        quoteattr.Config(outlets={"podcast": "outlet"})  # type: ignore[arg-type]
