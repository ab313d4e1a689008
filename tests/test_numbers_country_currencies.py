"""Numbers: a currency word several countries use ("rupees", "francs", "crowns", "riyals", "pesos"), named without
its country, is the money of the country the article is about: the one its headline names, the one named beside the
word before, or the one the article names (far more often than any other); a code the evidence splits is left
unknown, a word with no country named keeps its own reading, and "CFA francs" name their money.

Texts are excerpts of the Reuters-21578 corpus and the BBC News corpus (article named per case).
"""

from __future__ import annotations

from typing import Callable, Optional

import pytest
from spacy.tokens import Doc

COUNTRY = [
    # (text, the number's words, its currency)
    pytest.param(  # Reuters-21578 00268
        "SRI LANKAN BANK OFFERS 250 MLN RUPEES T-BILLS\n\nSri Lanka's Central Bank offered 250 mln\nrupees worth of "
        "three-month treasury bills at its weekly tender\nclosing on March 6, a Bank spokesman said.",
        "250 mln rupees", "LKR", id="sri-lankan-rupees"),
    pytest.param(  # Reuters-21578 01913
        "PAKISTAN'S FOREIGN EXCHANGE RESERVES FALL\n\nPakistan's foreign exchange reserves\nfell to 8.43 billion "
        "rupees in February from 8.96 billion in\nJanuary, compared with 12.97 billion in February 1986, the\nState "
        "Bank of Pakistan said.", "8.43 billion rupees", "PKR", id="pakistani-rupees"),
    pytest.param(  # BBC business/228
        "Tsunami 'to hit Sri Lanka banks'\n\nThe association estimates that the private banking sector has 25bn "
        "rupees ($250m; £135m) of loans outstanding in the disaster zone.", "25bn rupees", "LKR",
        id="sri-lankan-rupees-bbc"),
    pytest.param(  # Reuters-21578 00246: riyals are Saudi unless the story is another Gulf state's
        "QATAR UNVEILS BUDGET FOR FISCAL 1987/88\n\nThe Gulf oil state of Qatar, recovering\nslightly from last "
        "year's decline in world oil prices,\nannounced its first budget since early 1985 and projected a\ndeficit "
        "of 5.472 billion riyals.", "5.472 billion riyals", "QAR", id="qatari-riyals"),
    pytest.param(  # Reuters-21578 00364
        "SWISS HAVE NET GAIN IN 1985 GOVERNMENT FINANCES\n\n    The surplus, including cash transactions and "
        "long-term\ninvestments, contrasted with the 1985 shortfall of 1.06 billion\nfrancs and the 297 mln franc "
        "deficit proposed in the 1986\nbudget.", "1.06 billion francs", "CHF", id="swiss-francs"),
    pytest.param(  # Reuters-21578 00302
        "WALLENBERGS FIGHT BID FOR SWEDISH MATCH STAKE\n\n    Swedish Match's B shares open to foreign buyers "
        "closed at\n424 crowns on Friday.", "424 crowns", "SEK", id="swedish-crowns"),
    pytest.param(  # Reuters-21578 02257: Switzerland named in passing, France in the headline
        "FRANCE TO SELL STAKE IN SOCIETE GENERALE UNIT\n\n    SOGENAL, founded in 1881 and nationalised in 1982, is "
        "the\nleading French regional bank and has branches in Austria,\nBelgium, Luxembourg, East and West Germany "
        "and Switzerland.\n    Chairman Rene Geronimus told a news conference the share\noffer price, expected to be "
        "announced tomorrow by Finance\nMinister Edouard Balladur, would be between 110 and 130 francs.",
        "between 110 and 130 francs", "FRF", id="headline-country"),
    pytest.param(  # Reuters-21578 04132: France named too, the Swiss franc beside the first figure
        "JACOBS SUCHARD EXPECTS ANOTHER EXCELLENT YEAR\n\nThe group reported 1986 net profit of 190.9 mln Swiss\n"
        "francs compared with 150.4 mln in 1985 and raised its dividend\nper bearer share to 160 francs from 155 "
        "francs.\n    Market share in France was little changed at 25 pct.", "160 francs", "CHF",
        id="named-beside-before"),
    pytest.param(  # BBC business/307: Nepal named once in a story about India
        "Cairn shares slump on oil setback\n\nThe company said tests had shown no significant finds in one of its "
        "Indian oil fields, but was upbeat about the potential of other areas. It also said the Indian government "
        "had told it to pay a production tax, for which Cairn argues it is not liable. Investors had piled into Cairn "
        "after the company announced significant oil finds in India this year. The company said the rate "
        "would be about 900 rupees ($20.40; £10.50) per tonne, or seven barrels, of oil. Cairn, which also operates "
        "in Nepal and Bangladesh, was catapulted into the FTSE 100 index of leading UK shares earlier this year after "
        "the sharp rise in its share price.", "about 900 rupees", "INR", id="named-far-more-often"),
    pytest.param(  # Reuters-21578 19571: no country named: the word's own reading
        "TATA IRON AND STEEL PRE-TAX FALLS 37 PCT\n\nYear to March 31, 1987\n    Share 106 rupees vs 130\n",
        "106 rupees", "INR", id="no-country-named"),
    pytest.param(  # Reuters-21578 01889: the CFA franc is no country's franc
        "IVORY COAST SAYS COFFEE PRICE FALL SHORT-LIVED\n\n    Last year, the West African nation announced that "
        "the\ncoffee producer price would stay at 200 CFA francs (65 cents)\nper kilo.", "200 CFA francs", None,
        id="cfa-francs"),
]


@pytest.mark.parametrize(("text", "words", "currency"), COUNTRY)
def test_a_shared_currency_word_is_the_money_of_the_articles_country(
    run: Callable[..., Doc], text: str, words: str, currency: Optional[str]
) -> None:
    found = [n for n in run(text)._.numbers if " ".join(n["text"].split()) == words]
    assert [(n["kind"], n["currency"]) for n in found] == [("money", currency)]
