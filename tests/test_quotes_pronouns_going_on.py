"""A subject pronoun of a reporting verb goes on with the speaker of the quote just before, in its sentence or the one
before, when it is the first subject since that speaker was named as the subject of a reporting verb and fits them
('Yukos said it would consider its options in light of the ruling. However, it claimed' is Yukos, not Rosneft named
the sentence before); a speaker named inside the quote ('because Nakasone breached his election pledge') is no one
the pronoun means. Where the speaker was named by a title or a description, the pronoun is left to the referent
rules ('the Liberal Democrat leader said ... He said' is Charles Kennedy, named before). An 'it' or 'they' goes on
further: wire copy tells one body's statement over several sentences, naming other bodies only beside it, and the
pronoun is that body while no subject since could be whom it means.

Passages from the BBC News corpus and Reuters-21578 (file named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from .conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param(  # BBC business/025
        "The US court's jurisdiction had been challenged by Deutsche Bank and Gazpromneft, a former unit of "
        "Russian gas monopoly Gazprom which is due to merge with Rosneft. Analysts said the ability of Gazprom "
        "and Rosneft to trade freely overseas had been stifled while the ownership of Yugansk remained "
        "unclear.\n\nYukos said it would consider its options in light of the ruling. However, it claimed that "
        "the court had backed its argument in four out of five key issues.",
        "the court had backed its argument", "Yukos", id="it-after-a-firm-the-model-tags-a-person"),
    pytest.param(  # BBC business/011
        "Its $17m profit for the quarter was dwarfed by the $204m announced by rival Google earlier in the "
        "week. During the same quarter, Yahoo earned $187m, again tipping a resurgence in online "
        "advertising.\n\nThe trend has taken hold relatively quickly. Late last year, marketing company "
        "Doubleclick, one of the leading providers of online advertising, warned that some or all of its "
        "business would have to be put up for sale. But on Thursday, it announced that a sharp turnaround had "
        "brought about an unexpected increase in profits.",
        "a sharp turnaround", "Doubleclick", id="it-after-a-firm-named-in-apposition"),
    pytest.param(  # Reuters-21578 00308
        "Rei Shiratori,\nprofessor of politics at Dokkyo University, told Reuters.\n    \"Nakasone will almost "
        "certainly step down as soon as\nparliament approves the sales tax, probably in the "
        "summer,\"\nShiratori said.\n    Some ruling Liberal Democratic Party (LDP) members of\nparliament have "
        "spoken against the tax, which Nakasone says is\nneeded to balance planned cuts in income and corporate "
        "taxes.\n    Nakasone today called for disciplinary action against LDP\nmembers who oppose the tax. "
        "\"There are some who are objecting\nbecause of their constituencies,\" he told a meeting "
        "of\ngovernment and party leaders. \"If the party discipline is\nbroken, I would like to see punishment "
        "considered.\"\n    \"A proposed sales tax has become a political issue, partly\nbecause Nakasone "
        "breached his election pledge against\nintroducing it,\" Shiratori said.\n    \"Moreover, the tax is "
        "being introduced when the public feels\nuncertainty about the sluggish economy stemming from the "
        "yen's\nappreciation and about the future when the Japanese society is\nrapidly aging,\" he said.",
        "Moreover, the tax", "Shiratori", id="he-after-a-quote-naming-another"),
    pytest.param(  # BBC politics/036
        "Voters will have a clear choice between the politics of fear and the politics of hope in the next "
        "general election, said Charles Kennedy.\n\nIn his New Year message the Liberal Democrat leader said "
        "Labour and the Conservatives were united in relying on fear and \"populist scares\". He said his party "
        "was the one of hope and was ready for a 2005 poll.",
        "his party was the one of hope", "Charles Kennedy", id="he-after-a-title"),
    pytest.param(  # Reuters-21578 04553
        "Rochester Gas and Electric Corp\nsaid 300,000 shares of 8.25 pct preferred stock, series R, will\nbe offered "
        "at 100 dlrs per share plus accrued dividends, if\nany, from the date of the original issue.\n    It said The "
        "First Boston Corp <FBC> and <E.F. Hutton and Co\nInc> are co-underwriters of the issue.\n    It said net "
        "proceeds of the offering will be used to redeem\nits 10.84 pct preferred stock, series G.",
        "net\nproceeds of the offering", "Rochester Gas and Electric Corp", id="it-past-bodies-named-together"),
    pytest.param(  # Reuters-21578 05433
        "The Plessey Co Plc <PLYL.L> said it won\ninitial orders for more than 10 mln stg for coin\nand cashless "
        "payphones from seven European telephone\nadministrations. The major orders were from Sweden's\n<Televerket>, "
        "Spain's <Telefonica SA> and British\nTelecommunications Plc <BTY.L>.\n    It said that the Finnish PTT had "
        "also invited the company\nto install a field trial for Finland.",
        "the Finnish PTT", "Plessey Co Plc", id="it-past-the-bodies-a-sentence-lists"),
    pytest.param(  # Reuters-21578 02702
        "The companies said RSVP will use Reuter Monitor technology\nand the Reuter private communications network to "
        "provide a\nglobal financing capability for commercial real estate\nventures. It will enable parties seeking "
        "real estate financing\nto identify funding sources on a private basis.\n    They said the system is "
        "scheduled for testing in August in\nselected U.S. cities.",
        "scheduled for testing", "companies", id="they-past-a-thing-of-another-number"),
    pytest.param(  # Reuters-21578 04174
        "Most Japanese companies have decided not\nto renew term contracts to lift Iranian crude oil because spot\n"
        "prices remain considerably lower than OPEC's official levels,\nindustry sources said.\n    The sources said Japanese companies had been lifting a\ntotal of about 185,000 barrels "
        "per day (bpd) of Iranian crude\nunder term contracts, but only one firm has agreed to lift in\nthe second "
        "quarter. It is lifting just 10,000 to 15,000 bpd.\n    They said this move could inspire Iran to offer "
        "discounts.",
        "this move could inspire", "industry sources", id="they-past-a-firm-the-sources-told-of"),
])
def test_a_pronoun_goes_on_with_the_speaker_just_before(
    run: Callable[..., Doc], text: str, words: str, speaker: str
) -> None:
    assert speaker_of(run, text, words) == speaker

