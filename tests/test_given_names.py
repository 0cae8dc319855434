"""The given-name table: its shape, a sample of its genders, and the names it must not hold."""

from __future__ import annotations

import unicodedata

import pytest

from quoteattr.lexicon import given_names
from quoteattr.lexicon.given_names import GIVEN_NAMES
from quoteattr.lexicon.titles import DEFAULT_NAME_TABLES
from quoteattr.mentions import NameTable


def test_no_name_is_both_male_and_female() -> None:
    both = given_names._MALE & given_names._FEMALE
    assert not both, sorted(both)
    assert len(GIVEN_NAMES) == len(given_names._MALE) + len(given_names._FEMALE)


def test_table_is_large_and_tells_only_m_or_f() -> None:
    assert 2500 <= len(GIVEN_NAMES) <= 4000
    assert set(GIVEN_NAMES.values()) == {"m", "f"}


def test_entries_are_lower_case_single_words_in_composed_form() -> None:
    for name in GIVEN_NAMES:
        assert name == name.lower() == name.strip(), name
        assert name, name
        assert not any(c.isspace() for c in name), name
        assert unicodedata.normalize("NFC", name) == name, name
        assert all(c.isalpha() or c == "-" for c in name), name


def test_the_default_tables_carry_the_module_table() -> None:
    assert dict(DEFAULT_NAME_TABLES.given_names) == dict(GIVEN_NAMES)


@pytest.mark.parametrize(
    ("full_name", "gender"),
    [
        ("Barry Goldwater", "m"),
        ("Phil Haskett", "m"),
        ("Marty Brannock", "m"),
        ("Callum Ferrie", "m"),
        ("Séamus Doherty", "m"),
        ("Pádraig Ó Ceallaigh", "m"),
        ("Yevgeny Sokolov", "m"),
        ("Evgeny Sokolov", "m"),
        ("Kwame Asante", "m"),
        ("Jean-Luc Marchetti", "m"),
        ("Aoife Brennan", "f"),
        ("Priyanka Rao", "f"),
        ("Carly Fenwick", "f"),
        ("Patti Lomax", "f"),
        ("Megyn Harlow", "f"),
        ("Bronwyn Tait", "f"),
        ("Siobhán Kearney", "f"),
        ("Niamh Gallagher", "f"),
        ("Ama Owusu", "f"),
        ("Zeynep Arslan", "f"),
    ],
)
def test_added_given_names_tell_the_gender_of_a_full_name(full_name: str, gender: str) -> None:
    surname = full_name.split()[-1]
    table = NameTable(f"{full_name} spoke to reporters. {surname} left early.")
    assert table.gender_of(full_name) == gender
    assert table.gender_of(surname) == gender


@pytest.mark.parametrize(
    "name",
    [
        "sandy", "jordan", "alex", "kim", "jean", "andrea", "robin", "sasha", "leslie", "jamie", "taylor", "morgan",
        "casey", "dana", "kelly", "terry", "chris", "sam", "nikola", "yuki", "charlie", "joan", "nicola", "simone",
        "michal", "ines",
    ],
)  # fmt: skip
def test_names_given_to_both_genders_are_left_out(name: str) -> None:
    assert name not in GIVEN_NAMES


@pytest.mark.parametrize(
    "name", ["dean", "judge", "major", "bishop", "will", "may", "june", "april", "king", "lincoln", "kennedy"]
)
def test_words_and_surnames_are_left_out(name: str) -> None:
    assert name not in GIVEN_NAMES


def test_a_unisex_given_name_leaves_the_gender_unknown() -> None:
    table = NameTable("Sandy Okafor spoke to reporters. Jordan Vail agreed.")
    assert table.gender_of("Sandy Okafor") is None
    assert table.gender_of("Vail") is None


def test_a_pronoun_right_after_a_speech_verb_tells_an_unknown_given_names_gender() -> None:
    table = NameTable("Brannoc Orrin is the brewer. Orrin, who trains two brewers, says he lacks the money.")
    assert table.gender_of("Brannoc Orrin") == "m"


@pytest.mark.parametrize(
    "text",
    [
        "Brannoc Orrin met Ida Lund. Orrin told Lund that she would lead. Lund said he may stay.",  # two named
        "Brannoc Orrin came. Her deputy, Brannoc Orrin, said she was tired.",  # "Her" before the verb
        "Brannoc Orrin came. Orrin said he was tired. Orrin said she was tired.",  # the signs differ
    ],
)
def test_a_pronoun_after_a_speech_verb_tells_nothing_when_its_sentence_is_unclear(text: str) -> None:
    assert NameTable(text).gender_of("Brannoc Orrin") is None
