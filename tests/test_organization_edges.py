"""Where an organization's name begins and ends where the model's entity does not. An institution's name the model
cuts at 'and' before its last brief runs on over it ('The Ministry of International Trade and Industry', not '...
International Trade'), but two bodies or a body and a place, a figure or a person joined by 'and' stay apart ('Bank
of Japan and Bank of England', 'Group of Five and Canada'). A German body's name runs on over 'fuer' ('Bank fuer
Gemeinwirtschaft AG'). A legal form the model tags alone names no body: after 'and' it ends the name before ('Bank of
America NT and SA'), after a country in brackets it goes with the name before ('Mitsubishi Bank (Europe) SA'). No
name ends in a preposition or a relative word the model took in ('Management Centre at', 'The Associated Press
that').

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def org_names(doc: Any) -> set[str]:
    return {record["name"] for record in doc._.organizations}


@pytest.mark.parametrize(
    "text, name",
    [
        # Reuters-21578 01936
        ("JAPANESE MINISTRY DENIES EXPORT QUOTA FOR DAIHATSU\n\nThe Ministry of International Trade and\nIndustry has "
         "not yet set a car export quota for <Daihatsu Motor\nCo Ltd> which is scheduled to start exports to the U.S. "
         "Later\nthis year, a ministry official said.", "Ministry of International Trade and Industry"),
        # Reuters-21578 00179
        ("Switzerland's economy, combining low\nunemployment, financial stability and a large external payments\n"
         "surplus, is in excellent condition and faces a satisfactory\nfuture, the Organisation for Economic "
         "Cooperation and\nDevelopment, OECD, said.", "Organisation for Economic Cooperation and Development"),
        # Reuters-21578 00241
        ("    China\"s Ministry of Agriculture, Animal Husbandry and\nFisheries has called for measures including the "
         "timely supply\nof pesticides to farmers to combat the threat, it said.",
         "Ministry of Agriculture, Animal Husbandry and Fisheries"),
        # Reuters-21578 12903
        ("Anthony S. Fauci,\nwho heads the National Institute of Allergy and Infectious\nDisease, said the government "
         "will begin testing", "National Institute of Allergy and Infectious Disease"),
        # BBC politics 240
        ("The Parliamentary Group on Betting and Gaming held a substantial inquiry into betting last year.",
         "Parliamentary Group on Betting and Gaming"),
        # BBC business 353
        ("The International Federation of the Red Cross and Red Crescent Societies told the Reuters news agency "
         "that it was seeking $6.5m", "International Federation of the Red Cross and Red Crescent Societies"),
    ],
)
def test_an_institutions_name_runs_on_over_and_to_its_last_brief(run: Any, text: str, name: str) -> None:
    assert name in org_names(run(text))


@pytest.mark.parametrize(
    "text, name",
    [
        # Reuters-21578 09295
        ("    Dealers said the Bank of Japan and Bank of England\nsupported the dollar against the yen earlier today",
         "Bank of Japan"),
        # Reuters-21578 03068
        ("foreign exchange markets since the February 22 currency\nstabilisation accord here by the Group of Five and "
         "Canada.", "Group of Five"),
        # Reuters-21578 07033
        ("    The Bank of England and the Fed are trying to persuade the\nBank of Japan and European central banks to "
         "accept their\nstandards.", "Bank of Japan"),
        # Reuters-21578 19086
        ("    Manufacturers Hanover Asia and the other three lead\nmanagers, Amsterdam-Rotterdam Bank, Bank of Tokyo "
         "and Westpac\nBanking Corp, will each contribute 36 mln dlrs.", "Bank of Tokyo"),
    ],
)
def test_two_names_joined_by_and_stay_apart(run: Any, text: str, name: str) -> None:
    assert name in org_names(run(text))


@pytest.mark.parametrize(
    "text, name",
    [
        # Reuters-21578 19493
        ("    Balance sheet 59.89 billion marks vs 63.67 billion.\n    Full name is Bank fuer Gemeinwirtschaft AG.\n",
         "Bank fuer Gemeinwirtschaft AG"),
        # Reuters-21578 15763
        ("called for by Thomas Wegscheider, management board chairman of\nBank fuer Gemeinwirtschaft AG.\n",
         "Bank fuer Gemeinwirtschaft AG"),
        # Reuters-21578 09749
        ("    An economist at the Bank fuer Gemeinwirtschaft (BfG) in\nFrankfurt said", "Bank fuer Gemeinwirtschaft"),
    ],
)
def test_a_german_bodys_name_runs_on_over_its_particle(run: Any, text: str, name: str) -> None:
    assert name in org_names(run(text))


@pytest.mark.parametrize(
    "text, name",
    [
        # Reuters-21578 08633
        ("    The report shows foreign bank profits slumped in 1986,\nmostly due to a loss by Bank of America NT and "
         "SA.",
         "Bank of America NT and SA"),
        # Reuters-21578 10934
        ("    Citibank N.A., Bank of America NT and SA, Arab Banking Corp\n(ABC) and the Bank of Bahrain and Kuwait "
         "(BBK) filed claims", "Bank of America NT and SA"),
    ],
)
def test_a_legal_form_after_and_ends_the_name_before(run: Any, text: str, name: str) -> None:
    assert name in org_names(run(text))


@pytest.mark.parametrize(
    "text",
    [
        # Reuters-21578 04915
        "De Nationale Investeringsbank NV of\nthe Netherlands has signed a 3.1 billion yen bullet loan\nagreement, "
        "arranger Mitsubishi Bank (Europe) SA said.",
        # Reuters-21578 17466
        "RBC Finance BV, a wholly-owned\nsubsidiary of the Royal Bank of Canada, is to raise 300 mln\nLuxembourg "
        "francs through a six-year, 7-3/8 pct private\nplacement, lead manager Banque Paribas (Luxembourg) SA said.",
        # Reuters-21578 06658
        "Morgan Guaranty Trust Co of New York\nplans an issue of 12,000 warrants for gold bullion at 425 dlrs\nan "
        "ounce, lead manager Morgan Guaranty (Switzerland) AG said.",
    ],
)
def test_a_legal_form_after_a_country_in_brackets_names_no_body_alone(run: Any, text: str) -> None:
    assert not org_names(run(text)) & {"SA", "AG"}


@pytest.mark.parametrize(
    "text, name",
    [
        # BBC politics 241
        ("Linda Knox, Director of the Scottish Local Authority Management Centre at Strathclyde University, said: "
         "\"With this current settlement the increase is slowing.", "Scottish Local Authority Management Centre"),
        # html-articles 7a457a4f71735c17 (nbcnews.com)
        ("Carlineo's attorney, Sonya Zoghlin, said in an email to The Associated Press that Carlineo never intended to "
         "harm Omar.", "Associated Press"),
    ],
)
def test_a_name_ends_before_a_preposition_or_relative_word(run: Any, text: str, name: str) -> None:
    names = org_names(run(text))
    assert name in names and not any(other.startswith(name + " ") for other in names)
