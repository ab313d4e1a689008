"""A subject pronoun of a reporting verb goes on with the speaker of the quote just before, in its sentence or the one
before, when it is the first subject since that speaker was named as the subject of a reporting verb and fits them
('Yukos said it would consider its options in light of the ruling. However, it claimed' is Yukos, not Rosneft named
the sentence before); a speaker named inside the quote ('because Nakasone breached his election pledge') is no one
the pronoun means. Where the speaker was named by a title or a description, the pronoun is left to the referent
rules ('the Liberal Democrat leader said ... He said' is Charles Kennedy, named before).

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
])
def test_a_pronoun_goes_on_with_the_speaker_just_before(
    run: Callable[..., Doc], text: str, words: str, speaker: str
) -> None:
    assert speaker_of(run, text, words) == speaker
