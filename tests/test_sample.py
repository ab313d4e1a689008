"""Acceptance: the sample article against its hand-made gold facts (tests/data, from ../shared/samples)."""

from __future__ import annotations

import pytest

from extractor import ArticleFacts

from .conftest import SAMPLE


@pytest.fixture(scope="module")
def facts(extractor) -> ArticleFacts:
    (result,) = extractor.extract_many([SAMPLE.read_text(encoding="utf-8")])
    return result


def overlapping(items, gold):
    return [item for item in items if item["start"] < gold["end"] and gold["start"] < item["end"]]


def test_output_is_valid_and_every_offset_points_at_its_text(facts, validate, sample_text):
    validate(facts.to_dict(), sample_text)


def test_header_gives_the_publication_date_and_no_facts(facts):
    assert facts.published == "2023-11-09"
    assert all(item["start"] >= 16 for name in ("numbers", "dates", "quotes") for item in getattr(facts, name))


def test_all_fifteen_numbers_have_value_qualifier_and_counted(facts, gold):
    for expected in gold["numbers"]:
        found = overlapping(facts.numbers, expected)
        assert len(found) == 1, expected["text"]
        got = found[0]
        assert (got["value"], got["qualifier"], got["counted"]) == (
            expected["value"], expected["qualifier"], expected["counted"]), expected["text"]
    assert len(facts.numbers) == len(gold["numbers"])


ACCEPTED_DATE_VALUES = {
    "two weeks ago": {"2023-10-26", "2023-W43"},
    "a few days ago": {"PAST_REF"} | {f"2023-11-0{day}" for day in range(1, 9)},
}


def test_every_body_date_has_type_and_value(facts, gold):
    for expected in gold["dates"]:
        if expected.get("note") == "publication date header":
            continue
        found = overlapping(facts.dates, expected)
        assert found, expected["text"]
        got = found[0]
        accepted = ACCEPTED_DATE_VALUES.get(expected["text"], {expected["value"]})
        assert got["type"] == expected["type"] and got["value"] in accepted, (expected, got)
        if "mod" in expected:
            assert got["mod"] == expected["mod"]


def test_places_are_separate_and_in_the_right_country(facts, gold):
    by_name = {place["name"]: place for place in facts.places}
    for expected in gold["places"]:
        assert expected["name"] in by_name, expected["name"]
        assert by_name[expected["name"]]["country_code"] == expected["country_code"]
        for mention in expected["mentions"]:
            assert overlapping(by_name[expected["name"]]["mentions"], mention), (expected["name"], mention)


def test_towns_are_not_people_or_organizations(facts):
    names = {mention["text"] for entity in facts.people + facts.organizations for mention in entity["mentions"]}
    assert not any(town in name for name in names for town in ("Subotica", "Sombor", "Kikinda", "Pirot"))


def test_organizations_are_merged_under_canonical_names(facts, gold):
    by_name = {org["name"]: org for org in facts.organizations}
    assert set(by_name) == {org["name"] for org in gold["organizations"]}
    for expected in gold["organizations"]:
        got = by_name[expected["name"]]
        for mention in expected["mentions"]:
            assert overlapping(got["mentions"], mention), (expected["name"], mention["text"])
    assert {by_name["RTV"]["type"], by_name["Tanjug"]["type"], by_name["Reuters"]["type"]} == {"media"}


def test_people_have_full_names_and_roles(facts, gold):
    by_name = {person["name"]: person for person in facts.people}
    assert set(by_name) == {person["name"] for person in gold["people"]}
    for expected in gold["people"]:
        assert by_name[expected["name"]]["roles"] == expected["roles"]


def test_quotes_have_speakers_cues_and_media(facts, gold):
    for expected in gold["quotes"]:
        found = [q for q in overlapping(facts.quotes, expected) if q["kind"] == expected["kind"]]
        assert len(found) == 1, expected["text"][:40]
        got = found[0]
        assert got["speaker"] == expected["speaker"], expected["text"][:40]
        assert got["cue"] == expected["cue"]
        assert got["medium"] == expected.get("medium")
    assert len(facts.quotes) == len(gold["quotes"])
