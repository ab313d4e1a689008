"""A firm's name the model tags only from its later words with the legal form starts at the proper nouns right
before, which it tagged as nothing, across a wire's line break too ('Purolator Courier Corp', "Dow Chemical Co's
<DOW> Merrell Dow\\nPharmaceuticals Inc"); words it tagged as a name of their own stay apart.

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def org_names(doc: Any) -> set[str]:
    return {record["name"].replace("\n", " ") for record in doc._.organizations}


@pytest.mark.parametrize(
    "text, name",
    [
        # Reuters-21578 00372
        ("New Jersey-based overnight messenger\nPurolator Courier Corp said it has agreed to be acquired for\nabout "
         "265 mln dlrs by a company formed by E.F. Hutton LBO Inc\nand certain managers of Purolator's U.S. courier "
         "business.", "Purolator Courier Corp"),
        # Reuters-21578 00192
        ("Dow Chemical Co's <DOW> Merrell Dow\nPharmaceuticals Inc unit said a jury found that Bendectin did\nnot "
         "cause the birth defects of a seven-year old boy whose\nmother took the drug during pregnancy.",
         "Merrell Dow Pharmaceuticals Inc"),
    ],
)
def test_a_firms_name_starts_at_its_untagged_words(run: Any, text: str, name: str) -> None:
    assert name in org_names(run(text))


def test_a_name_of_its_own_before_stays_apart(run: Any) -> None:
    # Reuters-21578 00192
    doc = run("Dow Chemical Co's <DOW> Merrell Dow\nPharmaceuticals Inc unit said a jury found that Bendectin did\nnot "
              "cause the birth defects of a seven-year old boy.")
    assert "Dow Chemical Co" in org_names(doc)
