"""A small town's name that the article uses for a company it names is the company, not the town; real wire copy."""

import pytest

from extractor.places import gazetteer
from extractor.places.resolve import propose_places

GILLETTE = (  # Reuters-21578 18660
    "Gillette Co said Revlon Group made an\nunsolicited request, asking the Gillette board to allow Revlon\n"
    "to make a cash offer for all Gillette shares of at least 40.50\ndlrs per share.\n"
    "    In November 1986, Revlon made an unsolicited offer for\nGillette shares, Gillette said.\n"
    "    Subsequently, Revlon withdrew its offer, sold back to\nGillette the shares it owned at that time."
)
SAN_MIGUEL = (  # Reuters-21578 00316
    "Disagreement over management of <San\nMiguel Corp> (SMC) may follow the Philippine government's\n"
    "appointment of a well-known banker to the SMC board, investment\nanalysts said.\n"
    "    Sy was appointed by a government commission that controls\n51 pct of San Miguel's stock, after another "
    "nominee resigned."
)
SEALY = (  # Reuters-21578 00012
    "The company said any decline would be due to expenses\nrelated to the acquisitions in the middle of the current\n"
    "quarter of seven licensees of Sealy Inc, as well as 82 pct of\nthe outstanding capital stock of Sealy."
)


@pytest.mark.parametrize("text, name", [(GILLETTE, "Gillette"), (SAN_MIGUEL, "San Miguel"), (SEALY, "Sealy")])
def test_a_small_town_named_as_a_company_of_the_article_is_no_place(run, text, name) -> None:
    assert [place["name"] for place in run(text)._.places if place["name"] == name] == []


def test_only_an_unqualified_small_town_is_left_for_a_company_to_claim(run) -> None:
    # Reuters-21578 00369: a town its state qualifies stays a place whatever companies the article names.
    doc = run("Penril Corp said it is seeking to\nsell its Triplett Electrical Instrument Corp subsidiary in\n"
              "Bluffton, Ohio, and Triplett's Alltest division in Hoffman\nEstates, Ill., as part of a plan.")
    places, small_towns, _ = propose_places(doc, gazetteer())
    hoffman = next(place for place in places if place["name"] == "Hoffman Estates")
    assert hoffman["mentions"][0]["start"] not in small_towns
    # A town of the article's country, unqualified, is left for a company to claim ('San Miguel' beside the
    # Philippine government); one abroad with no words settling it there is no place to begin with ('Gillette').
    doc = run(SAN_MIGUEL)
    assert {doc.text[start:start + 10] for start in propose_places(doc, gazetteer())[1]} == {"San Miguel"}
