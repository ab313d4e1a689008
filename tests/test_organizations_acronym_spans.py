"""A body's name the model cuts short of the initials the article gives it in brackets takes back the words those
initials spell: 'World Anti-Doping Agency (WADA)', not 'Anti-Doping Agency'; 'Agricultural Stabilization
and\nConservation Service (ASCS)', not 'Conservation Service'. The words are capitalised ones and a name's small
words ('and', 'of', 'on', 'for', 'the'), over a wire's line breaks, up to the nearest start whose initials are
exactly the acronym's. A name that spells its initials already keeps its start.

Every passage is real news text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

WIDENED = [
    # BBC News sport/039
    ("World Anti-Doping Agency (WADA) chief Dick Pound says Marion Jones should be stripped of all her medals if "
     "found guilty of taking banned substances.", "WADA", "World Anti-Doping Agency"),
    # BBC News sport/045
    ("The company has been accused by the United States Anti-Doping Agency (USADA) of being the source of the "
     "banned steroid THG and modafinil. The USADA claims that 10 athletes have received sanctions for testing "
     "positive for THG and modafinil.", "USADA", "United States Anti-Doping Agency"),
    # BBC News business/015
    ("The European Commission is facing two legal challenges - one from the European Low-fare Airlines Association "
     "(ELAA) and the other from the International Air Transport Association (IATA), which has attacked the package "
     "as a \"bad piece of legislation\".", "ELAA", "European Low-fare Airlines Association"),
    # BBC News business/345
    ("Tourism is a vital to many developing countries, providing jobs for 19 million people in the south east "
     "Asian region, according to the World Travel and Tourism Council (WTTC).", "WTTC",
     "World Travel and Tourism Council"),
    # Reuters-21578 00097
    ("The Agricultural Stabilization and\nConservation Service (ASCS) has established these unit values\nfor "
     "commodities offered from government stocks through\ngeneric certificates.", "ASCS",
     "Agricultural Stabilization and Conservation Service"),
    # Reuters-21578 02966
    ("The yield on 30-day bankers security\ndeposit accounts issued this week by the Saudi Arabian Monetary\n"
     "Agency (SAMA) fell to 5.84073 pct from 6.21950 last Saturday,\nbankers said.", "SAMA",
     "Saudi Arabian Monetary Agency"),
    # Reuters-21578 06190
    ("    Industry also welcomed Lawson's budget. Confederation of\nBritish Industry (CBI) President David Nickson "
     "said \"This budget\nwill reinforce business success.\"", "CBI", "Confederation of British Industry"),
    # Reuters-21578 04636
    ("Australian beef production is forecast to\ndecline to 1.34 mln tonnes carcass weight in 1987 and 1.36 mln\n"
     "in 1988 from 1.44 mln in 1986, the Australian Meat and\nLive-Stock Corp (AMLC) said.", "AMLC",
     "Australian Meat and Live-Stock Corp"),
    # Reuters-21578 12746
    ("The Palm Oil Registration and\nLicensing Authority (PORLA) reports trade in crude palm oil\n(cpo) on April 2 "
     "as follows in ringgit per tonne delivered", "PORLA", "Palm Oil Registration and Licensing Authority"),
    # Reuters-21578 14888
    ("    Ramon Diaz, Secretary of the Presidential Commission on\nGood Government (PCGG), said Anheuser-Busch had "
     "told the\ngovernment it was interested in buying 14 mln \"B\" shares of San\nMiguel.", "PCGG",
     "Presidential Commission on Good Government"),
    # Reuters-21578 14942
    ("    The annual report of the U.N. Economic and Social\nCommission for Asia and the Pacific (ESCAP) said the\n"
     "international economic environment reversed the fortunes of the\ntwo groups of countries.", "ESCAP",
     "Economic and Social Commission for Asia and the Pacific"),
    # Reuters-21578 12734
    ("The China International Trust and\nInvestment Corp (CITIC) will issue a 30 billion yen, 10-year\nbond on "
     "April 23, Daiwa Securities said as lead manager.", "CITIC", "China International Trust and Investment Corp"),
    # Reuters-21578 11813
    ("up on 165 of 2.97 million ldt in 1985, Lin Chung-jung, a Taiwan\nShipbreaking Industry Association (TSIA) "
     "spokesman, told\nReuters.", "TSIA", "Taiwan Shipbreaking Industry Association"),
]

KEPT = [
    # Reuters-21578 17409
    ("Egypt has embarked on reforms sought by\nthe International Monetary Fund (IMF) and the World Bank by\nraising "
     "the price of diesel oil and other types of transport fuel.", "IMF", "International Monetary Fund"),
    # BBC News business/015
    ("The European Commission is facing two legal challenges - one from the European Low-fare Airlines Association "
     "(ELAA) and the other from the International Air Transport Association (IATA), which has attacked the package "
     "as a \"bad piece of legislation\".", "IATA", "International Air Transport Association"),
    # Reuters-21578 18849
    ("    But Zambia's decision to abandon last May 1 a tough\nInternational Monetary Fund (IMF) economic recovery "
     "program has\nintroduced an element of uncertainty into plans to restructure\nthe ailing industry.", "IMF",
     "International Monetary Fund"),
]


def name_of(doc: Any, acronym: str) -> str:
    names = [record["name"] for record in doc._.organizations if acronym in record["aliases"]]
    assert len(names) == 1, [record["name"] for record in doc._.organizations]
    return names[0]


@pytest.mark.parametrize("text, acronym, name", WIDENED)
def test_a_name_cut_short_of_its_initials_takes_back_the_words_they_spell(run: Any, text: str, acronym: str,
                                                                          name: str) -> None:
    doc = run(text)
    assert name_of(doc, acronym) == name
    assert not any(name.endswith(" " + record["name"]) for record in doc._.organizations)


@pytest.mark.parametrize("text, acronym, name", KEPT)
def test_a_name_spelling_its_initials_keeps_its_start(run: Any, text: str, acronym: str, name: str) -> None:
    assert name_of(run(text), acronym) == name
