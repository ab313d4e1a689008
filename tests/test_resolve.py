"""The document-level entity resolver: the cross-type rules decide on plain proposal records, no model needed."""

from __future__ import annotations

import pytest

from extractor.resolve import RULES, Proposals
from extractor.resolve.rules import (
    given_names_are_people,
    group_words_are_not_people,
    nationalities_are_not_organizations,
    surnames_are_people,
    teams_are_not_places,
)


def _record(name: str, *mentions: tuple[str, int]) -> dict:
    return {"name": name, "mentions": [{"text": text, "start": start, "end": start + len(text), "sentence": 0}
                                       for text, start in mentions]}


def test_rules_run_in_table_order():
    assert [rule.__name__ for _, rule in RULES] == [
        "teams_are_not_places", "surnames_are_people", "given_names_are_people",
        "nationalities_are_not_organizations", "group_words_are_not_people"]


def test_town_inside_a_results_line_team_is_the_clubs():
    # BBC sport: "Mansfield 0-1 Leyton Orient\n\nA second-half goal ... condemned Mansfield to ..."
    mansfield = _record("Mansfield", ("Mansfield", 0), ("Mansfield", 80))
    orient = _record("Leyton", ("Leyton", 14))
    found = Proposals(places=[mansfield, orient], teams=[(0, 9), (14, 27)])
    assert teams_are_not_places(found.places, found) == [_record("Mansfield", ("Mansfield", 80))]


def test_places_stand_when_no_results_line_names_a_team():
    places = [_record("Mansfield", ("Mansfield", 0))]
    assert teams_are_not_places(places, Proposals(places=places)) is places


@pytest.mark.parametrize(
    "organization, proposals, is_person",
    [
        # "... researcher Jelena Sesar told the BBC. Sesar's report was published on Monday."
        (_record("Sesar", ("Sesar", 60)), Proposals(surnames={"Sesar"}), True),
        # Reuters (CoNLL-2003 dev): "veteran dissident Wang Donghai ... said Wang's arrest"
        (_record("Wang", ("Wang", 90)), Proposals(family_names={"Wang": 20}), True),
        # Reuters: 'Pirelli' before a later 'Pirelli Cables' person-like name stays the company
        (_record("Pirelli", ("Pirelli", 5)), Proposals(family_names={"Pirelli": 40}), False),
        # one mention by another name keeps the organization
        (_record("Sesar Group", ("Sesar", 60), ("Sesar Group", 10)), Proposals(surnames={"Sesar"}), False),
    ],
)
def test_organization_named_only_by_a_surname_is_the_person(organization, proposals, is_person):
    assert (surnames_are_people([organization], proposals) == []) is is_person


def test_organization_mentions_inside_a_given_name_person_go():
    # bbc/entertainment/101: "... including Keanu Reeves and Benjamin Bratt." tagged ORG by the model
    reeves = _record("Keanu Reeves", ("Keanu Reeves", 100))
    bank = _record("Morgan Stanley", ("Morgan Stanley", 10))
    found = Proposals(organizations=[reeves, bank], given_names=[(100, 112)])
    assert given_names_are_people(found.organizations, found) == [bank]


def test_organization_keeps_its_mentions_outside_a_given_name_person():
    org = _record("Reeves", ("Reeves", 0), ("Keanu Reeves", 100))
    kept = given_names_are_people([org], Proposals(given_names=[(100, 112)]))
    assert kept == [_record("Reeves", ("Reeves", 0))]


@pytest.mark.parametrize(
    "person, kept",
    [
        # bbc/politics/102: "... said the Lib Dems"; bbc/politics/128: "a Lib Dem spokesman"
        (_record("Lib Dems", ("Lib Dems", 10)), False),
        (_record("Lib Dem", ("Lib Dem", 10)), False),
        # bbc/politics/110: "two-thirds of Britons"; bbc/tech/120: "The Briton"; bbc/politics/127: "Africans"
        (_record("Britons", ("Britons", 10)), False),
        (_record("Briton", ("Briton", 10)), False),
        (_record("Africans", ("Africans", 10)), False),
        # a person also named by a name stays
        (_record("Christian Slater", ("Christian", 10), ("Christian Slater", 40)), True),
    ],
)
def test_a_person_named_only_by_a_party_or_a_people_is_none(person, kept):
    assert (group_words_are_not_people([person], Proposals()) == [person]) is kept


def test_a_nationality_alone_is_no_organization():
    # bbc/politics/101: "Welsh councils should set their taxes ..."; the party stays
    welsh = _record("Welsh", ("Welsh", 0))
    party = _record("Liberal Democrats", ("Lib Dems", 30))
    assert nationalities_are_not_organizations([welsh, party], Proposals()) == [party]
