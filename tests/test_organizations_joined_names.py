"""A name the model tags whole once is whole where it tags its parts apart over 'and' ('Customs' and 'Border
Protection' beside 'Customs and Border Protection'), and a body's word opening it before 'and' supports it as a
body; two bodies the article names alone stay apart ('Gazprom and Rosneft' beside 'due to merge with
Rosneft').

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def org_names(doc: Any) -> set[str]:
    return {record["name"] for record in doc._.organizations}


def test_the_parts_of_a_name_tagged_whole_elsewhere_are_one_name(run: Any) -> None:
    # html-articles 9e8c9f08...3b9991e0d3 (a web page)
    doc = run("Here\u2019s the most recent data on drug seizures \u2014 cocaine, heroin, marijuana, methamphetamine, "
              "and fentanyl \u2014 from Customs and Border Protection.\nThe official and most consistent way that "
              "Customs and Border Protection measures seizures is by pounds, not by value, an agency spokesman told "
              "us.")
    assert org_names(doc) == {"Customs and Border Protection"}


def test_bodies_named_alone_stay_apart(run: Any) -> None:
    # bbc/business/025
    doc = run("The US court's jurisdiction had been challenged by Deutsche Bank and Gazpromneft, a former unit of "
              "Russian gas monopoly Gazprom which is due to merge with Rosneft. Analysts said the ability of Gazprom "
              "and Rosneft to trade freely overseas had been stifled while the ownership of Yugansk remained unclear.")
    assert {"Gazprom", "Rosneft"} <= org_names(doc)


def test_a_name_cut_before_and_runs_on_where_named_whole_elsewhere(run: Any) -> None:
    """The model tags only 'Customs' of the second mention: one body, under its fullest name."""
    # html-articles b6906ca016bbfc64...f39f7f7 (a web page)
    doc = run("If the U.S. imposes a tariff on Chinese televisions, the duty is paid to U.S. Customs and Border "
              "Protection at the border by a U.S. broker. \"The Chinese government pays nothing.\"\nCustoms and "
              "Border Protection typically requires payment within 10 days.")
    assert "Customs" not in org_names(doc) and "U.S. Customs and Border Protection" in org_names(doc)


@pytest.mark.parametrize(
    "text",
    [
        # Reuters-21578 00740
        "Lawson would officially state his position when the\ntwo meet again next month for the IMF and World Bank "
        "spring\nmeetings in Washington, Funaro said.\n",
        # Reuters-21578 12073
        "IMF's Interim Committee and the Joint Development Committee of\nthe IMF and World Bank.\n",
    ],
)
def test_a_known_body_before_and_is_no_part_of_the_next_name(run: Any, text: str) -> None:
    assert {"IMF", "World Bank"} <= org_names(run(text))
