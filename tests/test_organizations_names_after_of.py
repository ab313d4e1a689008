"""A body's name the model ends at its head word runs on over 'of' and the place or name after it ('the Federal
Reserve Bank' of New York, 'Royal Bank' of Scotland, 'the European Court' of Justice), up to a post; a legal form
ends a firm's name before 'of' ('Hoechst AG of West Germany').

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def names(doc: Any) -> set[str]:
    return {record["name"] for record in doc._.organizations}


@pytest.mark.parametrize(
    "text, name",
    [
        # BBC business 385
        ("Previous winners of the Forbes award include Royal Bank of Scotland chief executive Fred Goodwin and "
         "former Vodafone boss Chris Gent.", "Royal Bank of Scotland"),
        # Reuters-21578 00204
        ("    Issue price is 100-5/8. Lead manager is Union Bank of\nSwitzerland.\n", "Union Bank of Switzerland"),
        # Reuters-21578 05917
        ("    However, Schoen said that last year the European Court of\nJustice had ruled that this clause should "
         "also apply to air\ntraffic.", "European Court of Justice"),
        # BBC politics 151
        ("The Muslim Council of Britain urged that the men should receive counselling and medical help.",
         "Muslim Council of Britain"),
        # Reuters-21578 00080
        ("books of the 10 major New York banks, excluding acceptances,\nfell 195 mln dlrs to 65.06 billion in the "
         "week ended February\n18, the Federal Reserve Bank of New York said.\n", "Federal Reserve Bank of New York"),
        # Reuters-21578 07872
        ("Endotronics Inc said it is the\ntarget of a formal private investigation by the Securities and\nExchange "
         "Commission as well as the Federal Bureau of\nInvestigation.\n", "Federal Bureau of Investigation"),
        # Reuters-21578 00251
        ("Trading in the shares of three of the\nCheung Kong group of companies will be suspended for two days\nat "
         "the request of the companies, the Stock Exchange of Hong\nKong said.\n", "Stock Exchange of Hong Kong"),
        # Reuters-21578 11848
        ("    They told Reuters local banks may decide on the increase at\nthis weekend's routine meeting of the Hong "
         "Kong Association of\nBanks.\n", "Hong Kong Association of Banks"),
    ],
)
def test_the_name_runs_on_over_of(run: Any, text: str, name: str) -> None:
    assert name in names(run(text))


def test_a_legal_form_ends_the_name_before_of(run: Any) -> None:
    # Reuters-21578 00558
    text = "Hoechst AG of West Germany said\nit has completed the acquisition of Celanese Corp.\n"
    assert "Hoechst AG" in names(run(text))


def test_a_name_running_on_over_and_is_not_taken_in(run: Any) -> None:
    """'the Stock Exchange of Singapore Dealing and Automated Quotation System' is a system the model cut: the body
    keeps its own name."""
    # Reuters-21578 00276 (the first sentence's start and a later sentence)
    text = ("The Stock Exchange of Singapore (SES)\nplans to introduce electronic trading of shares listed on the\n"
            "National Association of Securities Dealers Automated Quotation\nSystem (NASDAQ) in the U.S.\n"
            "    On February 18 the SES created the Stock Exchange of\nSingapore Dealing and Automated Quotation System "
            "(SESDAQ),\nmodelled on NASDAQ.\n")
    assert "Stock Exchange of Singapore" in names(run(text))
