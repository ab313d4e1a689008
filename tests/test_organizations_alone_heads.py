"""A body's head word used alone ('the Fund', 'the Commission', "The Association's index"), or a longer name's words
without its opening words and its head ('the Corn Growers'), is a mention of the one body the article named so
before it; a sentence's first word ('Bank economists said') and a head word two bodies named before share ('according
to the Bank' after 'Export-Import Bank' and 'World Bank') name none of them.

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

ALONE = [
    # Reuters-21578 17020
    ("A Brazil Fund through which foreign\ninvestors will be able to buy stocks in Brazilian companies\nshould start "
     "operating in about two months, the Securities and\nExchange Commission said.\n    The spokesman said the Fund, "
     "approved last December, was\nexpected to attract about 100 mln dlrs of investments.", "Brazil Fund", "Fund"),
    # Reuters-21578 00799
    ("But still pending is El Paso's proposal to the Federal\nEnergy Regulatory Commission to directly bill its "
     "wholesale\ncustomers for deficiencies in natural gas liquid revenues.\n    It said its filing called for a "
     "commodity rate of about\n2.57 dlrs per dekatherm, but noted that the rate could drop to\n1.84 dlrs if the "
     "Commission approves its proposal to bill\nwholesale customers directly for the revenue deficiencies.",
     "Federal Energy Regulatory Commission", "Commission"),
    # Reuters-21578 00252
    ("The U.S. Economy continued to expand in\nFebruary but at a slower pace than in January, which saw a\nspurt of "
     "activity, the National Association of Purchasing\nManagement (NAPM) said in a report.\n    The Association's "
     "composite survey index dropped to 51.9\npct in February from 55.8 pct in January, the NAPM said.",
     "National Association of Purchasing Management", "Association"),
    # BBC entertainment/048
    ("The American Film Institute (AFI) hailed Mel Gibson's biblical epic and Michael Moore's political documentary "
     "as inspiring national debate. It claimed both film-makers \"tossed Hollywood convention out the window\". The "
     "Institute also cited the death of actor Marlon Brando and the changing landscape of TV news in the US.",
     "American Film Institute", "Institute"),
    # Reuters-21578 00205
    ("The New York Stock Exchange said it will\nbegin a review of regulation in the securities industry to\ndetermine "
     "what changes may be needed to maintain the integrity\nof the market and protect investors in coming years.\n    "
     "The Exchange said the study is needed because of the rapid\nchanges taking place in the securities industry.",
     "New York Stock Exchange", "Exchange"),
    # Reuters-21578 04490
    ("Officials from the National Corn Growers Association and\nthe National Cattlemen's Association said their "
     "groups oppose\nany 0/92 or decoupling plan due to concerns about reopening the\nfarm bill and creating more "
     "confusion among farmers.\n    But when asked if his association were forced to choose\nbetween a ten pct cut "
     "in target prices or a 0/92 program, Larry\nJohnson of the Corn Growers said they would agree to 0/92\nrather "
     "than take sharp cuts in target levels.",
     "National Corn Growers Association", "Corn Growers"),
]


def mentions_of(doc: Any, name: str) -> set[str]:
    return {item["text"] for record in doc._.organizations if record["name"] == name for item in record["mentions"]}


@pytest.mark.parametrize("text, name, alone", ALONE)
def test_a_head_word_alone_is_a_mention_of_the_body_named_with_it_before(run: Any, text: str, name: str,
                                                                         alone: str) -> None:
    assert alone in mentions_of(run(text), name)


def test_a_head_word_two_bodies_named_before_share_names_neither(run: Any) -> None:
    # Reuters-21578 08069
    doc = run("Japan's state Export-Import Bank last month agreed to\nprovide around 900 mln dlrs in untied credits "
              "to help "
              "Indonesia\npay for its share of 21 World Bank development projects.\n    Indonesia has official and "
              "private overseas debts totalling\n37 billion dlrs, according to the Bank, which makes it the\nThird "
              "World's sixth biggest debtor.")
    assert "Bank" not in mentions_of(doc, "World Bank") | mentions_of(doc, "Export-Import Bank")


def test_a_head_word_opening_a_sentence_names_no_body(run: Any) -> None:
    # Reuters-21578 06426
    doc = run("\"There is no need for action,\" Hermann Remsperger, chief\neconomist of Berliner Handels- and "
              "Frankfurter Bank (BHF) said.\n    Bank economists said U.S. Pressure on West Germany to\nfurther ease "
              "credit policies had receded since the Paris pact.")
    assert not any("Bank" in mentions_of(doc, record["name"]) for record in doc._.organizations
                   if record["name"] != "Bank")
