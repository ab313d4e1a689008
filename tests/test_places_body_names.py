"""A place's name ending a body's own name after 'of' ('the Federal Reserve Bank of New York') is no mention of the
place, as the guide reads an organization's proper name; a company's suffix or a title before 'of' leaves the place."""

import pytest

ENDS_A_BODY = [
    (  # Reuters-21578 00080
        "Commercial and industrial loans on the\nbooks of the 10 major banks, excluding acceptances,\n"
        "fell 195 mln dlrs to 65.06 billion in the week ended February\n18, the Federal Reserve Bank of New York said.",
        "Bank of New York",
    ),
    (  # Reuters-21578 00393
        "Viacom said MCV Holdings, a group which includes the\ncompany's senior management and the Equitable Life "
        "Assurance\nSociety of the United States, raised the value of its offer by\nincreasing the value of the "
        "preferred being offered to 8.50\ndlrs from 8.00 dlrs a share.",
        "Society of the United States",
    ),
    (  # Reuters-21578 00397
        "The Writers Guild of America said its\nmembers have struck the news staffs of CBS Inc <CBS> and\n"
        "Capital Cities/ABC Inc <CCB> this morning after negotiations\nfor a new contract broke down.",
        "Guild of America",
    ),
    (  # saved web page 7a457a4f (AP, New York man pleads guilty to threatening to kill Rep. Ilhan Omar)
        "Patrick W. Carlineo Jr. pleaded guilty to threatening to assault and murder a United States official, "
        "the U.S. Attorney’s Office for the Western District of New York said in a statement.",
        "District of New York",
    ),
    (  # saved web page 702d1da6
        "“It’s striking that in almost every corner of the world geopolitical tensions are threatening to put the "
        "brakes on growth,” John Williams, the president of the Federal Reserve Bank of New York, said in a speech "
        "last week.",
        "Bank of New York",
    ),
]

STAYS_A_PLACE = [
    (  # Reuters-21578 00437: a company's suffix before 'of' says where the company is
        "The company said it has also signed an agreement for Wright\nEngineers Ltd of British Columbia to recoup "
        "the cost of its\nservices to Stansbury by converting warrants.",
        "British Columbia",
    ),
    (  # Reuters-21578 00414
        "The borrower is the wholesale financing arm of a\nmajor group of credit unions in the Province of Quebec.",
        "Quebec",
    ),
    (  # Reuters-21578 00072
        "Burlington Menswear of New York City,\na division of Burlington Industries Inc, has received a 30.5\n"
        "mln dlr defense contract for 3.69 mln yards of tropical cloth,\nthe Defense Logistics Agency said.",
        "New York City",
    ),
]


def _mentioned(doc, name: str) -> list[str]:
    return [mention["text"] for place in doc._.places if place["name"] == name for mention in place["mentions"]]


@pytest.mark.parametrize("text, body", ENDS_A_BODY)
def test_a_place_ending_a_body_name_is_no_mention(run, text, body) -> None:
    start, end = text.index(body), text.index(body) + len(body)
    mentions = [mention for place in run(text)._.places for mention in place["mentions"]]
    assert not any(start <= mention["start"] < end for mention in mentions), mentions


@pytest.mark.parametrize("text, name", STAYS_A_PLACE)
def test_a_company_or_a_division_before_of_leaves_the_place(run, text, name) -> None:
    assert _mentioned(run(text), name)
