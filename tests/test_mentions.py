"""Mentions: the noun-phrase reader, the article's name table and the relay index."""

from __future__ import annotations

import pytest

from quoteattr.lexicon.relays import DEFAULT_RELAYS
from quoteattr.mentions import NameTable, RelayIndex, np_after, np_before, tokenize


def _before(text: str) -> tuple[str, str]:
    toks = tokenize(text, 0, len(text))
    got = np_before(text, toks, len(toks) - 1)
    assert got is not None, text
    return got[1].text, got[1].kind


@pytest.mark.parametrize(
    ("phrase", "name", "kind"),
    [
        ("Deputy Foreign Minister Sergei Lavin", "Sergei Lavin", "person"),
        ("Harbor Commissioner Tomas Brandt", "Tomas Brandt", "person"),
        ("Osama bin Laden", "Osama bin Laden", "person"),
        ("Commission President Ursula von der Leyen", "Ursula von der Leyen", "person"),
        ("J.K. Rowling", "J.K. Rowling", "person"),
        ("Mr. Brandt", "Brandt", "person"),
        ("the State Department", "State Department", "organization"),
        ("the Justice Ministry", "Justice Ministry", "organization"),
        ("the top Norlandic diplomat", "the top Norlandic diplomat", "description"),
        ("one questioner", "one questioner", "description"),
        ("officials", "officials", "group"),
        ("she", "she", "pronoun"),
        ("the 61-year-old", "the 61-year-old", "description"),
    ],
)
def test_np_before_reads_names_titles_and_descriptions(phrase: str, name: str, kind: str) -> None:
    assert _before(phrase) == (name, kind)


def test_appositive_both_orders_keep_the_name_and_the_organization() -> None:
    text = "the ministry's spokeswoman, Ada Grell,"
    toks = tokenize(text, 0, len(text))
    got = np_before(text, toks, len(toks) - 1)
    assert got is not None
    assert (got[1].text, got[1].org, got[1].gender) == ("Ada Grell", "ministry", "f")
    text = "Dana Whitcombe, a State Department spokeswoman,"
    toks = tokenize(text, 0, len(text))
    got = np_before(text, toks, len(toks) - 1)
    assert got is not None
    assert (got[1].text, got[1].org) == ("Dana Whitcombe", "State Department")


def test_np_after_reads_rightwards() -> None:
    text = "said conservative radio host Rush Lamb, a critic"
    toks = tokenize(text, 0, len(text))
    got = np_after(text, toks, 1)
    assert got is not None
    assert got[1].text == "Rush Lamb"


def test_np_after_ends_where_a_clause_begins() -> None:
    text = "told the mayor that residents of his ward had heard it"
    toks = tokenize(text, 0, len(text))
    got = np_after(text, toks, 1, complete=False)
    assert got is not None
    assert (got[1].text, got[1].kind) == ("the mayor", "description")


def test_no_phrase_ending_in_an_adverb() -> None:
    text = "the talks ended quickly"
    toks = tokenize(text, 0, len(text))
    assert np_before(text, toks, len(toks) - 1) is None


def test_name_table_resolves_surnames_and_honorifics() -> None:
    table = NameTable("Trade Minister Anna Kovalenko arrived. Mrs. Kovalenko spoke. The United States agreed.")
    assert table.resolve("Kovalenko") == "Anna Kovalenko"
    assert table.resolve("Mrs. Kovalenko") == "Anna Kovalenko"
    assert table.gender_of("Anna Kovalenko") == "f"
    assert table.holders_of("minister") == ["Anna Kovalenko"]
    assert "United States" not in table.full.values()


def test_name_table_keeps_titles_that_open_a_sentence_and_where_names_stand() -> None:
    text = "Chief Justice Nora Brandt wrote. Mayor Ida Marsh spoke. Marsh left. Then Ida Marsh came back."
    table = NameTable(text)
    assert table.holders_of("justice", frozenset({"chief"})) == ["Nora Brandt"]
    assert table.holders_of("justice") == []  # "the justice" is not the chief justice
    assert table.holders_of("mayor") == ["Ida Marsh"]
    sites = table.sites_of("Ida Marsh")
    assert [text[s:e] for s, e in sites] == ["Ida Marsh", "Ida Marsh"]
    assert sites[0][0] < sites[1][0]
    assert table.sites_of("Marsh") == []  # a surname alone has no full-name place


def test_name_table_tells_gender_from_given_names_and_titles() -> None:
    text = (
        "Tomas Brandt met Ida Brandt and spokeswoman Vera Lund. Cllr Derek Osei and Frank Dahl came, "
        "then Ines Dahl. Mr. Reyes left."
    )
    table = NameTable(text)
    assert table.gender_of("Tomas Brandt") == "m"
    assert table.gender_of("Ida Brandt") == "f"
    assert table.gender_of("Lund") == "f"  # the title tells it
    assert table.gender_of("Osei") == "m"  # "Cllr" is a title, "Derek" the given name
    assert table.gender_of("Reyes") == "m"
    # "Ines" is in no table: her gender stays unknown, not her relative's
    assert table.gender_of("Ines Dahl") is None


def test_name_table_reads_gender_from_the_pronoun_that_opens_the_next_sentence() -> None:
    text = (
        "Tobiah Vantreese, 24, sets up the chairs. He credits her. Quillon Marsh met Ida Lund. She left. "
        "Anwen Dahl spoke. He nodded. Later Anwen Dahl sat. She smiled."
    )
    table = NameTable(text)
    assert table.gender_of("Vantreese") == "m"  # the only person the sentence before names
    assert table.gender_of("Quillon Marsh") is None  # two people named: the "She" may be either
    assert table.gender_of("Anwen Dahl") is None  # a "He" and a "She" after her: no gender
    assert table.gender_of("Ida Lund") == "f"  # her given name, whatever the sentences say


def test_name_table_resolves_a_lone_given_name_among_people_of_one_surname() -> None:
    text = (
        "Tobias Brenner baked. His mother, Margaret Brenner, sold. Margaret Anne Brenner came. "
        "Later Tobias Kellner and Tobias Brenner met Ida Hale."
    )
    table = NameTable(text)
    assert table.resolve("Margaret") == "Margaret Anne Brenner"  # her fullest name stands for the shorter one
    assert table.resolve("Ida") == "Ida Hale"
    assert table.resolve("Tobias") == "Tobias"  # two people open with it: either of them
    assert table.given_to_several("Tobias")
    assert not table.given_to_several("Margaret")
    assert not table.given_to_several("Tobias Brenner")


def test_name_table_proper_words_are_capitalized_inside_a_sentence() -> None:
    table = NameTable("Waiting times are long. The report, by Quorvath, was read by Ida Lund. Insurance rose.")
    assert {"Quorvath", "Ida", "Lund"} <= table.proper_words
    assert not {"Waiting", "Insurance", "The"} & table.proper_words


def test_name_table_reads_honorifics_without_stops_and_drops_post_nominals() -> None:
    table = NameTable("Callum Kane, 34, denies fraud. Mr Kane is on trial. Priya Rao KC opened. Ms Rao spoke.")
    assert table.gender_of("Kane") == "m"  # "Mr" opening a sentence is his honorific, not a common word
    assert table.resolve("Priya Rao KC") == "Priya Rao"
    assert table.resolve("Ms Rao") == "Priya Rao"
    assert table.gender_of("Rao") == "f"


def test_name_table_keeps_both_of_two_people_of_one_surname_in_full() -> None:
    table = NameTable(
        "Bernadette Quayle keeps a letter. Her husband, Frank Quayle, read it. Following Quayle, we left."
    )
    # one fullest name per surname: the first one named, a known given name opening the sentence
    assert table.resolve("Quayle") == "Bernadette Quayle"
    assert table.resolve("Mr. Quayle") == "Frank Quayle"  # the honorific tells which of the two
    assert table.names_in_full("Bernadette Quayle")
    assert table.names_in_full("Frank Quayle")
    assert not table.names_in_full("Following Quayle")  # a sentence's first word, no given name
    assert table.of_gender("Quayle", "m") == "Frank Quayle"
    assert table.of_gender("Quayle", "f") == "Bernadette Quayle"


def test_name_table_knows_ages_the_article_gives() -> None:
    table = NameTable("The rescuers were Wu Hao, 26, and Yang Li (31). Chen Bo, a driver, waited.")
    assert table.aged("26") == ["Wu Hao"]
    assert table.aged("31") == ["Yang Li"]
    assert table.aged("40") == []


def test_title_holders_agree_on_vice_and_former() -> None:
    from quoteattr.lexicon.titles import DEFAULT_NAME_TABLES

    table = NameTable("Vice President Ida Marsh met President Tomas Brandt and former Mayor Vera Lund.")
    assert table.holders_of("president") == ["Tomas Brandt"]
    assert table.holders_of("president", frozenset({"vice"})) == ["Ida Marsh"]
    assert table.holders_of("mayor") == []
    assert table.holders_of("mayor", DEFAULT_NAME_TABLES.qualifiers_in("the former mayor")) == ["Vera Lund"]
    assert DEFAULT_NAME_TABLES.qualifiers_in("the former vice-president") == {"former", "vice"}


def test_given_names_extend_through_the_tables() -> None:
    from quoteattr.lexicon.given_names import GIVEN_NAMES
    from quoteattr.lexicon.titles import DEFAULT_NAME_TABLES

    tables = DEFAULT_NAME_TABLES.evolve(given_names={**GIVEN_NAMES, "Ines": "f"})
    assert NameTable("Ines Dahl spoke.", tables=tables).gender_of("Dahl") == "f"
    assert NameTable("Ines Dahl spoke.").gender_of("Dahl") is None


def test_age_description_reads_as_a_person_role() -> None:
    text = "said the 61-year-old, who"
    toks = tokenize(text, 0, len(text))
    got = np_after(text, toks, 1, complete=False)
    assert got is not None
    assert (got[1].text, got[1].kind, got[1].role) == ("the 61-year-old", "description", "year-old")


def test_relay_index_finds_aliases_in_a_range_only() -> None:
    text = "The Associated Press said. Later, RIA Novosti quoted him."
    index = RelayIndex(text, DEFAULT_RELAYS)
    assert [h.entry.name for h in index.within(0, len(text))] == ["AP", "RIA"]
    assert [h.entry.name for h in index.within(27, len(text))] == ["RIA"]
    assert index.lookup("the Associated Press") is not None
    assert index.lookup("ria novosti") is not None  # lookup is by name, any case
    assert index.lookup("The AP") is not None
    assert index.lookup("ap") is None  # but a case-sensitive alias only as written
    assert index.lookup("The spa") is None
    assert index.lookup("the SPA") is not None
    assert [h.entry.name for h in RelayIndex("an ap course", DEFAULT_RELAYS).within(0, 12)] == []


def test_relay_index_reads_names_as_the_registry_writes_them() -> None:
    text = "Agence  France-Presse and the ap wire; Reuters's desk, AP and RIA Novosti; TASSO, not TASS."
    index = RelayIndex(text, DEFAULT_RELAYS)
    hits = [(text[h.start : h.end], h.entry.name) for h in index.within(0, len(text))]
    # the longest name at a place, any run of spaces, case only where the registry asks for
    # it ("AP", not "ap"), never inside a longer word ("TASSO")
    assert hits == [
        ("Agence  France-Presse", "AFP"),
        ("Reuters", "Reuters"),
        ("AP", "AP"),
        ("RIA Novosti", "RIA"),
        ("TASS", "TASS"),
    ]


def test_last_before_finds_the_department_named_earlier() -> None:
    text = "The State Department met. Later the department said more."
    index = RelayIndex(text, DEFAULT_RELAYS)
    entry = index.last_before(text.index("the department"), "department")
    assert entry is not None
    assert entry.name == "State Department"
    assert index.last_before(3, "department") is None


def test_tokens_keep_abbreviation_periods() -> None:
    assert [t.text for t in tokenize("Gen. Lee said. U.S. troops", 0, 26)] == [
        "Gen.",
        "Lee",
        "said",
        ".",
        "U.S.",
        "troops",
    ]


@pytest.mark.parametrize(
    ("lede", "gender"),
    [
        pytest.param("PORT ALMA — Wrenna Coyle walked out of her shop at dawn.", "f", id="her-after-the-name"),
        pytest.param("PORT ALMA — Wrenna Coyle watched the mayor lose his seat.", None, id="a-role-brings-in-another"),
        pytest.param(
            "PORT ALMA — Wrenna Coyle took over after Tomas Lund's death ended his run.", None, id="another-name"
        ),
        pytest.param('PORT ALMA — Wrenna Coyle said: "He lied to us." Nobody answered.', None, id="pronoun-in-a-quote"),
    ],
)
def test_lede_pronoun_tells_the_first_persons_gender(lede: str, gender: str | None) -> None:
    table = NameTable(f"Harbor news\n\n{lede}\n\nCoyle spoke again on Friday.")
    assert table.gender_of("Wrenna Coyle") == gender


def test_a_pronoun_after_one_person_tells_nothing_about_a_namesake() -> None:
    # "Ruslo Lund" opens the lede (a sentence's first words: not sure to be a name), "Nesta Lund,
    # 52," is the one the table holds for the surname: the "He" after Ruslo is not hers
    lede = NameTable(
        "Cellar\n\nRuslo Lund no longer gives interviews. He is 84.\n\n"
        "Nesta Lund, 52, came back from the city.\n\nNesta Lund spoke on Friday."
    )
    assert lede.resolve("Lund") == "Nesta Lund"
    assert lede.gender_of("Nesta Lund") is None
    # the surname alone, beside two people of it, opens a sentence: whose "his", it does not say
    owner = NameTable(
        "Cellar\n\nWe met Ruslo Lund on Monday and Nesta Lund on Friday.\n\n"
        "Lund argued in his filing that it was unsafe."
    )
    assert owner.gender_of("Nesta Lund") is None
    single = NameTable("Cellar\n\nWe met Nesta Lund on Friday.\n\nLund argued in his filing that it was unsafe.")
    assert single.gender_of("Nesta Lund") == "m"  # one person of the surname: the "his" is the sign


def test_a_relative_aside_tells_the_gender_of_the_name_before_it() -> None:
    lede = "Kernels\n\nWe met Tamsa Orrin on Monday.\n\nBy the window sits Wenna Coyle, "  # not the lede's person
    aside = NameTable(lede + "61, who has cracked nuts since she was a girl.")
    assert aside.gender_of("Wenna Coyle") == "f"
    other = NameTable(lede + "who met Ida Marsh when she was a girl.")
    assert other.gender_of("Wenna Coyle") is None  # somebody else named in the aside: whose "she", unsaid
    hired = NameTable(lede + "who hired her last year.")
    assert hired.gender_of("Wenna Coyle") is None  # an object "her" is somebody else


def test_a_first_surname_of_two_names_its_person() -> None:
    text = (
        "Nets\n\nEvery day, Lucía Brevik Orrin climbs the path. Her nephew, Tomás Holm Brevik, "
        "mends the mesh. Holm said so. We also met Mary Ann Marsh and Harry Dahl III."
    )
    names = NameTable(text)
    assert names.resolve("Holm") == "Tomás Holm Brevik"  # his first surname, written alone
    assert names.resolve("Brevik") == "Lucía Brevik Orrin"  # his second is her first: he goes by his first
    assert names.resolve("Ann") == "Ann"  # a given name, not a first surname
    assert names.resolve("Dahl") == "Dahl"  # a surname before a generation is no first surname of two
    english = NameTable("Nets\n\nWe met Tomás Holm Brevik. Brevik said so.")
    assert english.resolve("Brevik") == "Tomás Holm Brevik"  # nobody else's first surname: his last name


def test_title_owners_are_bodies_before_a_title_and_a_name() -> None:
    text = (
        "Harbor Lithium chief executive Jon Reyes spoke. Wrenna Coyle campaign manager Brann Tully spoke. "
        "Mrs Ida Marsh spokesman Tomas Lund spoke."
    )
    owners = NameTable(text).title_owners
    assert "Harbor Lithium" in owners
    assert "Wrenna Coyle" not in owners  # a campaign is not a title
    assert not any("Marsh" in owner for owner in owners)  # an honorific makes a person


def test_name_table_gives_the_others_of_a_surname_and_no_count_as_a_name() -> None:
    table = NameTable(
        "Herders\n\nAnders Turi herds in the valley. Elle Turi, 34, runs the herd. Four Rolleiflexes sat there."
    )
    assert table.others_of_surname("Anders Turi") == frozenset({"Elle Turi"})
    assert table.others_of_surname("Elle Turi") == frozenset({"Anders Turi"})
    assert table.shares_surname("Anders Turi")
    assert "Four Rolleiflexes" not in table.full_names  # a count opening a sentence names nobody


def test_a_possessive_inside_a_run_ends_the_owners_name() -> None:
    table = NameTable(
        "In a note, Kestrel Bank's Ayla Vantreese said so. Vantreese left. BC Children's Hospital opened."
    )
    assert table.resolve("Vantreese") == "Ayla Vantreese"
    assert table.resolve("Kestrel Bank's Ayla Vantreese") == "Ayla Vantreese"
    assert "BC Children" not in table.full_names


def test_listed_in_of_closes_an_office_list_at_its_and() -> None:
    from quoteattr.lexicon.titles import DEFAULT_NAME_TABLES
    from quoteattr.mentions import listed_in_of

    toks = tokenize("Ministry of Trade, Industry and Energy", 0, 38)
    assert [t.text for t in toks].index(",") == 3
    assert listed_in_of(toks, 3, DEFAULT_NAME_TABLES) == 5  # the "and"
    people = tokenize("Ministry of Trade, Ida and Marsh", 0, 32)
    assert listed_in_of(people, 3, DEFAULT_NAME_TABLES) is None  # a given name is no office's subject


def test_name_table_expands_an_acronym_after_an_office_list() -> None:
    names = NameTable("The Ministry of Rivers, Harbors and Fisheries (MRHF) approved it. MRHF said so.")
    assert names.expand("MRHF") == "Ministry of Rivers, Harbors and Fisheries"
    apart = NameTable("The Bank of Voltara, Kestrel Trust and Harbor Union (HU) signed.")
    assert apart.expand("HU") == "Harbor Union"  # a list of bodies after a bank is three names


def test_relay_index_adds_news_agencies_the_article_names_in_full() -> None:
    text = (
        "On Monday Kestrel News Agency (KNA) said so. KNA quoted Lund. North Korea's Korean Central News Agency said."
    )
    index = RelayIndex(text, DEFAULT_RELAYS)
    names = [hit.entry.name for hit in index.within(0, len(text))]
    assert names == ["Kestrel News Agency"] * 3 + ["KCNA"]  # the name, its bracketed acronym, the acronym
    assert index.lookup("KNA") is not None
    assert index.lookup("kna") is None  # the acronym as written only
    assert RelayIndex("No agency here.", DEFAULT_RELAYS).entries == DEFAULT_RELAYS


def test_name_table_full_names_take_every_particle_of_the_table() -> None:
    from quoteattr.lexicon.titles import DEFAULT_NAME_TABLES

    names = NameTable("Paula dos Santos, a toxicologist, said it. Ida ter Horst agreed.")
    assert {"Paula dos Santos", "Ida ter Horst"} <= names.full_names
    fewer = DEFAULT_NAME_TABLES.evolve(name_particles=DEFAULT_NAME_TABLES.name_particles - {"dos"})
    assert "Paula dos Santos" not in NameTable("Paula dos Santos said it.", tables=fewer).full_names


def test_name_table_reads_a_profiles_person_from_its_lede_and_headline() -> None:
    text = (
        "The last winter at the forge: Tomas Brandt retires\n\nIt is dark when Tomas Brandt lights his forge.\n\n"
        'Brandt has worked there for 40 years.\n\n"It is time," he says.\n\nKarel Orrin agrees.'
    )
    names = NameTable(text)
    assert names.lede_person == ("Tomas Brandt", "m")
    assert names.profile_person == ("Tomas Brandt", "m")  # in the headline and in 3 of 4 paragraphs
    unnamed = NameTable(text.replace("Tomas Brandt retires", "a smith retires"))
    assert unnamed.lede_person == ("Tomas Brandt", "m")
    assert unnamed.profile_person is None  # the headline does not name him


def test_name_table_keeps_a_middle_initial_and_no_monsieur() -> None:
    names = NameTable("Rep. Karel M. Orrin said he spoke. Sen. Ida M. Marsh agreed.")
    assert {"Karel M. Orrin", "Ida M. Marsh"} <= names.full_names
    assert names.gender_of("Marsh") == "f"  # from Ida, not "M." read as Monsieur
    assert NameTable("The talks were led by M. Brandt.").gender_of("Brandt") == "m"


def test_name_table_learns_a_gender_from_the_persons_own_possessive() -> None:
    names = NameTable("News\n\nWe met Kang Tae-ho in Jeonju. Kang argued in his filing that it was unsafe.")
    assert names.gender_of("Kang") == "m"  # a surname written first
    told = NameTable("News\n\nWe met Raimo Orrin on Monday. Orrin laughed when told of her plan.")
    assert told.gender_of("Raimo Orrin") is None  # after a clause opener, the possessive is somebody else's
    object_her = NameTable("News\n\nWe met Tevita Maile on Monday. Tevita Maile told her the news.")
    assert object_her.gender_of("Tevita Maile") is None  # "her" as an object tells nothing


def test_name_table_leaves_a_lower_case_word_out_of_a_name() -> None:
    names = NameTable('Few voters trust her. "Can voters Trust Ida Marsh?" it asks. De la Fuente spoke.')
    assert "Ida Marsh" in names.full_names
    assert "Trust Ida Marsh" not in names.full_names
    assert names.resolve("Fuente") == "De la Fuente"  # a particle stays


def test_name_table_reads_a_surname_written_first_before_a_hyphened_given_name() -> None:
    text = "News\n\nDoctor Park Do-yun has run the clinic for years.\n\n"
    names = NameTable(text + "Park, who trained in Vorland, retires. He will fish.")
    assert "Park Do-yun" in names.full_names  # "park" is a place word, but "Do-yun" is a given name
    assert names.resolve("Park") == "Park Do-yun"
    assert names.gender_of("Park") == "m"  # the "He" after the sentence naming him alone
    place = NameTable("News\n\nWe walked through Central Park on Monday. Central Park was full.")
    assert "Central Park" not in place.full_names


@pytest.mark.parametrize(
    ("phrase", "name", "kind"),
    [
        ("Kestrel County", "Kestrel County", "organization"),
        ("the Vorland prefecture", "the Vorland prefecture", "organization"),
        ("County", "County", "person"),  # one word alone is no place's government
    ],
)
def test_a_local_government_by_its_place_name_is_a_body(phrase: str, name: str, kind: str) -> None:
    assert _before(phrase) == (name, kind)


def test_no_appositive_to_a_description_that_names_no_one() -> None:
    text = "One of the operators on the route, the Vorland coach company Lumentra Reisen, said"
    toks = tokenize(text, 0, len(text))
    got = np_before(text, toks, len(toks) - 2)
    assert got is not None
    assert got[1].text == "Lumentra Reisen"
    assert got[1].phrase_start == text.index("the Vorland")  # not from "the route"
    kept = "The mayor's deputy, Ida Marsh, said"
    toks = tokenize(kept, 0, len(kept))
    got = np_before(kept, toks, len(toks) - 2)
    assert got is not None
    assert (got[1].text, got[1].phrase_start) == ("Ida Marsh", 0)  # a title heads it


def test_an_appositive_after_a_name_gives_it_a_title() -> None:
    text = (
        "Tomas Brandt, a third-generation farmer who grows barley, spoke first. Ida Marsh, 61, a former "
        "baker in Port Alma, came next. Reyes, a fisherman, said little. Yesterday, a farmer waved."
    )
    table = NameTable(text)
    assert table.holders_of("farmer") == ["Tomas Brandt"]  # not "Yesterday", a word before "a farmer"
    assert table.holders_of("baker") == []  # "the baker" is not the former baker
    assert table.holders_of("baker", frozenset({"former"})) == ["Ida Marsh"]
    assert table.holders_of("fisherman") == []  # Reyes is never named in full
    harbour = NameTable("Dahl Marsh, a harbour town, voted. Ida Marsh spoke.")
    assert harbour.holders_of("town") == []  # a town is no person's role


def test_a_person_who_goes_by_one_name() -> None:
    text = (
        "A baker, who asked that only her first name, Ysolde, be used, opened at six. A man named Orrin "
        "waved. Her first name, Ida Marsh, is long. A porter identified only as Brann stayed."
    )
    table = NameTable(text)
    assert table.mononyms == {"Ysolde": "f", "Orrin": "m", "Brann": None}  # not "Ida", a full name follows
    assert table.names_in_full("Ysolde")
    assert table.gender_of("Ysolde") == "f"
    assert [text[at : at + len(name)] for name, at in table.mononyms_in(0, 60)] == ["Ysolde"]
    assert NameTable("On a first name basis with Dahl.").mononyms == {}


def test_a_body_named_with_a_particle_by_its_first_word() -> None:
    table = NameTable("The Consell de Vorland met. Later the Consell spoke. Ida Marsh left.")
    assert table.named_with_particle("Consell") == "Consell de Vorland"  # past the sentence's "The"
    assert table.named_with_particle("Ida") is None  # "Ida Marsh" has no particle
    two = NameTable("Both the Banca de Vorland and the Banca di Kestrel lent money.")
    assert two.named_with_particle("Banca") is None  # two of them: neither


def test_a_title_written_with_a_name_comes_before_an_appositive() -> None:
    text = "Hotel owner Tomas Brandt spoke. Ida Marsh, a hostel owner in Port Alma, listened."
    table = NameTable(text)
    assert table.holders_of("owner") == ["Tomas Brandt"]  # "the owner" is the one titled so
    assert table.titles["Ida Marsh"] == {"owner"}  # her appositive still titles her


def test_a_patronymic_name_by_the_words_before_its_particle() -> None:
    text = "Food writer Ysolde Ama binti Kamal spoke. Later, Datuk Orrin bin Yusra said more. Ysolde Ama left."
    table = NameTable(text)
    assert table.resolve("Ysolde Ama") == "Ysolde Ama binti Kamal"  # what the article calls her
    assert table.resolve("Orrin") == "Orrin bin Yusra"  # "Datuk" is an honorific, no part of his name


def test_one_word_names_only_where_the_phrase_names_somebody() -> None:
    called = NameTable("Tomas Coyle runs the ferry. On Monday a woman called Coyle to complain.")
    assert called.mononyms == {}  # a telephone call; and Coyle is a surname named in full
    assert called.gender_of("Coyle") == "m"  # Tomas's, not the caller's
    table = NameTable("Tomas Brandt spoke. A woman called Ysolde, who sells eggs, listened.")
    assert table.mononyms == {"Ysolde": "f"}


def test_written_titles_are_apart_from_an_appositives() -> None:
    table = NameTable("Mayor Tomas Brandt spoke. Ida Marsh, a doctor in Port Alma, listened.")
    assert table.written_titles("Tomas Brandt") == {"mayor"}
    assert table.written_titles("Ida Marsh") == frozenset()
    assert table.titles["Ida Marsh"] == {"doctor"}


def test_named_before_takes_the_one_namesake_named_so_far() -> None:
    text = "Ansel Brannoc farms the ponds. Brannoc, 58, was out early. Dale Brannoc, who is no relation, drained his."
    table = NameTable(text)
    assert table.named_before("Brannoc", text.index("Brannoc, 58")) == "Ansel Brannoc"
    assert table.named_before("Brannoc", len(text)) is None  # both named by then: the words do not say
    assert NameTable("Ida Lund spoke. Lund left.").named_before("Lund", 20) is None  # one Lund only


def test_aged_mononym_is_a_name_in_full() -> None:
    table = NameTable(
        "In the village of Port Alma, Wenna, 56, stirs a vat. Marco Tamsa bakes. Marco, 45, starts at four."
    )
    assert "Wenna" in table.mononyms
    assert table.names_in_full("Wenna")
    assert "Marco" not in table.mononyms  # the first word of a full name, not another person


def test_who_is_gives_an_age() -> None:
    table = NameTable("Padraig Holm, who is 82, kept the lock. Gerry Coyle, 60, keeps a boat.")
    assert table.aged("82") == ["Padraig Holm"]
    assert table.aged("60") == ["Gerry Coyle"]


def test_kin_word_does_not_tell_the_named_persons_gender() -> None:
    text = "Tavi Rennick has asked his grandmother to paint a panel. She has not said yes."
    assert NameTable(text).gender_of("Tavi Rennick") is None
    told = "Tavi Rennick, the son of her younger daughter, keeps the hives. He sells the honey."
    assert NameTable(told).gender_of("Tavi Rennick") == "m"


def test_plural_demonym_is_a_group_not_a_surname() -> None:
    toks = tokenize("Cubans call the cars snails.", 0, 28)
    got = np_before("Cubans call the cars snails.", toks, 0)
    assert got is not None
    assert got[1].kind == "group"
    text = "Evans said it was over."
    got = np_before(text, tokenize(text, 0, len(text)), 0)
    assert got is not None
    assert got[1].kind == "person"


def test_dateline_place_in_capitals_is_no_name() -> None:
    text = "Pepper on track\n\nPORT ALMA, July 8 (Bernama) -- Exports will grow, said Minister Ruslo Tamsa.\n"
    table = NameTable(text)
    assert "PORT ALMA" not in table.full_names
    assert "Ruslo Tamsa" in table.full_names


def test_first_word_of_a_speaking_name_resolves_to_it() -> None:
    text = (
        "Pepper grower Kwan Li Varo said his family had replanted.\n\n"
        "Ruslo Tamsa, head of the post, said the pressure was building.\n\n"
        "Banca Kestrel, its smaller rival, held its rate.\n"
    )
    table = NameTable(text)
    assert table.resolve("Kwan") == "Kwan Li Varo"
    assert table.resolve("Ruslo") == "Ruslo Tamsa"
    assert table.resolve("Banca") == "Banca"  # a thing's appositive shows no person


def test_broadcasters_and_newspapers_are_carriers() -> None:
    text = "Ida Lund told the BBC on Monday. Later she met Mayor Don Guardian and wrote to The Guardian."
    index = RelayIndex(text, DEFAULT_RELAYS)
    hit = index.last_carrier_before(len("Ida Lund told the BBC on Monday."))
    assert hit is not None
    assert hit.entry.name == "BBC"
    assert hit.entry.kind == "broadcaster"
    assert index.last_hit_before(len(text), "agency") is None  # a broadcaster is no agency
    last = index.last_carrier_before(len(text))
    assert last is not None
    assert last.entry.name == "The Guardian"
    assert text[last.start : last.end].endswith("Guardian")
    assert not any(text[h.start : h.end] == "Guardian" for h in index.within(0, text.index(" and wrote")))
