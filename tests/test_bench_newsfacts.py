"""The NewsFacts scorer on a hand-made article and gold (no pipeline): what a reader would count right."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from benchmarks.__main__ import main
from benchmarks.newsfacts import FACT_TYPES, head_word, load, role_shares, score_article, sentence_around, tables

# A wire story of our own making, in the shape of Reuters copy: a headline line in capitals, then the body.
TEXT = (
    "ACME SHARES JUMP IN LONDON\n"
    "\n"
    "Acme Corp shares rose 4.1% to 212p in London on Monday after the company sold 81,000 cars, "
    "chief executive Jane Doe said.\n"
    "\"We are delighted,\" Doe told Reuters.\n"
)


def span(text: str, occurrence: int = 0) -> dict[str, Any]:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(text, start + 1)
    return {"text": text, "start": start, "end": start + len(text)}


def number(text: str, value: float, **fields: Any) -> dict[str, Any]:
    return {**span(text), "value": value, "low": value, "high": None, "qualifier": "exact", "kind": "count",
            "counted": None, "unit": None, "currency": None, "change": None, **fields}


GOLD: dict[str, Any] = {
    "id": "acme", "published": "1987-04-06",
    "numbers": [
        number("4.1%", 4.1, kind="percent", counted="shares", change={"direction": "up", "from": None}),
        number("212p", 212, kind="money", counted="shares", unit="pence", currency="GBP",
               change={"direction": "up", "from": None}),
        number("81,000 cars", 81000, counted="cars"),
    ],
    "dates": [{**span("Monday"), "type": "date", "value": "1987-04-06"}],
    "places": [{"name": "London", "country_code": "GB", "latitude": 51.51, "longitude": -0.13, "feature": "city",
                "mentions": [span("London")]}],
    "organizations": [{"name": "Acme Corp", "aliases": [], "type": "company", "mentions": [span("Acme Corp")]},
                      {"name": "Reuters", "aliases": [], "type": "media", "mentions": [span("Reuters")]}],
    "people": [{"name": "Jane Doe", "roles": ["chief executive"], "mentions": [span("Jane Doe"), span("Doe", 1)]}],
    "quotes": [
        {**span("Acme Corp shares rose 4.1% to 212p in London on Monday after the company sold 81,000 cars"),
         "kind": "indirect", "speaker": "Jane Doe", "cue": "said", "medium": None},
        {**span("\"We are delighted,\""), "kind": "direct", "speaker": "Jane Doe", "cue": "told", "medium": "Reuters"},
    ],
}


def as_prediction(gold: dict[str, Any]) -> dict[str, Any]:
    return copy.deepcopy({name: gold[name] for name in FACT_TYPES})


def test_gold_as_prediction_scores_one_everywhere() -> None:
    score = score_article(TEXT, GOLD, as_prediction(GOLD))
    assert score.errors == [] and score.offset_errors == 0
    assert all(prf.f1 == 1.0 for prf in score.facts.values())
    assert all(accuracy.rate == 1.0 for accuracy in score.attributes.values())
    assert score.micro().f1 == 1.0


def test_a_value_off_by_a_million_is_a_miss_and_a_false_fact_not_a_match() -> None:
    predicted = as_prediction(GOLD)
    predicted["numbers"][2]["value"] = 81_000_000_000
    score = score_article(TEXT, GOLD, predicted)
    assert (score.facts["numbers"].tp, score.facts["numbers"].fp, score.facts["numbers"].fn) == (2, 1, 1)
    assert score.spans["numbers"].f1 == 1.0
    assert [(e.verdict, e.fact_type) for e in score.errors] == [("wrong", "numbers")]
    assert "81000000000" in score.errors[0].detail and "81000" in score.errors[0].detail


def test_a_fact_in_the_headline_line_is_a_false_positive() -> None:
    predicted = as_prediction(GOLD)
    predicted["organizations"].append({"name": "ACME SHARES", "aliases": [], "type": None,
                                       "mentions": [span("ACME SHARES")]})
    predicted["places"][0]["mentions"].insert(0, span("LONDON"))
    score = score_article(TEXT, GOLD, predicted)
    assert score.facts["organizations"].fp == 1 and score.facts["places"].fp == 1
    assert {(e.fact_type, e.verdict) for e in score.errors} == {("organizations", "false"), ("places", "false")}


def test_a_range_needs_both_ends() -> None:
    text_gold = {**GOLD, "numbers": [number("81,000 cars", 81000, qualifier="range", low=81000, high=90000)]}
    one_end = as_prediction(text_gold)
    one_end["numbers"][0].update(qualifier="exact", low=None, high=None)
    both = as_prediction(text_gold)
    assert score_article(TEXT, text_gold, one_end).facts["numbers"].tp == 0
    assert score_article(TEXT, text_gold, both).facts["numbers"].tp == 1


@pytest.mark.parametrize(("field", "wrong", "attribute"), [
    ("counted", "company", "numbers: counted (same head word)"),
    ("qualifier", "approximately", "numbers: qualifier"),
    ("change", {"direction": "down", "from": None}, "numbers: change direction"),
])
def test_a_misread_number_attribute_lowers_its_accuracy_not_the_value_score(field: str, wrong: Any, attribute: str) -> None:
    predicted = as_prediction(GOLD)
    predicted["numbers"][0][field] = wrong
    score = score_article(TEXT, GOLD, predicted)
    assert score.facts["numbers"].f1 == 1.0
    assert score.attributes[attribute].right == score.attributes[attribute].judged - 1
    assert [(e.fact_type, e.verdict) for e in score.errors] == [("numbers", field)]  # --explain names the attribute


def test_a_number_without_a_change_field_judges_change_by_the_gold() -> None:
    predicted = as_prediction(GOLD)
    for fact in predicted["numbers"]:
        del fact["change"]
    assert score_article(TEXT, GOLD, predicted).attributes["numbers: change direction"].rate == 0.0


@pytest.mark.parametrize(("ours", "theirs", "same"), [
    ("assault rifles", "rifles", True),
    ("counts", "counts of indecency with a child", True),
    ("state charges", "state charges of aggravated kidnapping", True),
    ("companies", "company", True),
    ("point", "confidence", False),
    (None, None, True),
    (None, "cars", False),
])
def test_counted_nouns_compare_by_their_head_word(ours: Any, theirs: Any, same: bool) -> None:
    assert (head_word(ours) == head_word(theirs)) is same


def test_a_place_in_the_wrong_country_is_wrong_and_a_near_one_is_within_reach() -> None:
    ontario = as_prediction(GOLD)
    ontario["places"][0].update(name="London", country_code="CA", latitude=42.98, longitude=-81.25)
    score = score_article(TEXT, GOLD, ontario)
    assert score.facts["places"].tp == 0 and score.errors[0].verdict == "wrong"
    nearby = as_prediction(GOLD)
    nearby["places"][0].update(latitude=51.75, longitude=-1.26)  # Oxford's point: same country, 85 km away
    assert score_article(TEXT, GOLD, nearby).attributes["places: within 161 km"].rate == 1.0


def test_a_place_in_the_right_country_but_far_off_is_listed_for_explain() -> None:
    far = as_prediction(GOLD)
    far["places"][0].update(latitude=55.95, longitude=-3.19)  # Edinburgh's point: same country, 533 km away
    score = score_article(TEXT, GOLD, far)
    assert score.facts["places"].tp == 1 and score.attributes["places: within 161 km"].rate == 0.0
    assert [(e.fact_type, e.verdict) for e in score.errors] == [("places", "far")]
    assert score.errors[0].detail.endswith("(533 km)")


def test_an_organization_found_under_another_name_counts_the_mention_not_the_name() -> None:
    predicted = as_prediction(GOLD)
    predicted["organizations"][0]["name"] = "Acme Shares"
    score = score_article(TEXT, GOLD, predicted)
    assert score.facts["organizations"].f1 == 1.0
    assert score.attributes["organizations: found under the right name"].rate == 0.5


def test_people_match_by_surname_and_a_split_person_is_a_false_entity() -> None:
    predicted = as_prediction(GOLD)
    person = predicted["people"][0]
    predicted["people"] = [{"name": "Doe", "roles": [], "mentions": [person["mentions"][1]]},
                           {"name": "Jane Doe", "roles": ["executive"], "mentions": [person["mentions"][0]]}]
    score = score_article(TEXT, GOLD, predicted)
    assert score.facts["people"].f1 == 1.0
    entities = score.spans["people (entities, by surname)"]
    assert (entities.tp, entities.fp, entities.fn) == (1, 1, 0)
    assert score.attributes["people: roles recalled"].rate == 1.0  # "executive" is half of "chief executive"


@pytest.mark.parametrize(("predicted", "gold", "shares"), [
    ("executive", "chief executive", True),
    ("minister", "Deputy Police Director General", False),
    ("spokesman for the ministry", "spokesman", True),
])
def test_a_role_is_recalled_when_it_has_half_the_gold_words(predicted: str, gold: str, shares: bool) -> None:
    assert role_shares(predicted, gold) is shares


@pytest.mark.parametrize(("speaker", "right"), [("Doe", True), ("Jane Doe", True), ("Reuters", False), (None, False)])
def test_quote_speakers_are_judged_by_the_gold_entity(speaker: Any, right: bool) -> None:
    predicted = as_prediction(GOLD)
    predicted["quotes"][1]["speaker"] = speaker
    assert (score_article(TEXT, GOLD, predicted).attributes["quotes: speaker"].right == 2) is right


def test_a_quote_covered_below_thirty_percent_is_missed() -> None:
    predicted = as_prediction(GOLD)
    predicted["quotes"][0].update(span("Acme Corp shares"))
    score = score_article(TEXT, GOLD, predicted)
    assert score.facts["quotes"].tp == 1 and score.facts["quotes"].fn == 1


def test_offsets_that_do_not_index_the_text_are_counted() -> None:
    predicted = as_prediction(GOLD)
    predicted["dates"][0]["start"] += 1
    assert score_article(TEXT, GOLD, predicted).offset_errors == 1


def test_a_failed_article_predicts_nothing() -> None:
    score = score_article(TEXT, GOLD, None)
    assert (score.micro().tp, score.micro().fn) == (0, 11)  # places, organizations and people by mention


def test_tables_sum_articles_and_name_every_fact_type() -> None:
    main_table, details = tables([score_article(TEXT, GOLD, as_prediction(GOLD))] * 2, failed=0)
    assert [row[0] for row in main_table.rows] == [*FACT_TYPES, "all (micro)"]
    assert main_table.rows[-1][2] == 2 * 11 and main_table.rows[-1][-1] == 1.0
    assert any(row[0] == "numbers: span only" for row in details.rows)


def test_sentence_around_marks_the_span_within_its_sentence() -> None:
    start = TEXT.index("212p")
    assert sentence_around(TEXT, start, start + 4).startswith("Acme Corp shares rose 4.1% to >>212p<< in London")
    assert "delighted" not in sentence_around(TEXT, start, start + 4)


def write_article(folder: Path) -> None:
    folder.mkdir(parents=True)
    (folder / "acme.txt").write_text(TEXT, encoding="utf-8")
    (folder / "acme.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")


def test_load_reads_every_gold_file_beside_its_text(tmp_path: Path) -> None:
    write_article(tmp_path / "newsfacts")
    [article] = load(tmp_path / "newsfacts")
    assert (article.id, article.text, article.gold["published"]) == ("acme", TEXT, "1987-04-06")


def test_explain_is_for_newsfacts_alone() -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["dates", "--explain"])
    assert exit_info.value.code == 2
