"""The active 'X quoted Y as saying ...': Y speaks, X only relays the words. 'quoted him as saying' is whom 'he said'
would be, never the subject that quotes him; an object that cannot speak ('quoted its five-year plan ... as saying')
leaves the quote with no speaker.

Sentences come from the Reuters-21578 corpus and the BBC News corpus (file named per case)."""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param(  # Reuters-21578 19165
        "    GNA quoted Botchwey as saying that while the consequences\nof current reduced rainfall will be nowhere "
        "near the drought\nexperiences of 1982/83 the government has taken steps to\nalleviate anticipated food "
        "production shortfalls.", "government has taken steps", "Botchwey", id="a-name"),
    pytest.param(  # Reuters-21578 07094: a direct quote after the comma
        "    The company quoted Boyd Jefferies as saying, \"I fully\naccept sole responsibility for these "
        "transactions.\"", "sole responsibility", "Boyd Jefferies", id="direct"),
    pytest.param(  # Reuters-21578 21149: a title before the name
        "    It quoted President Ali Khamenei as saying, \"We will\ndefinitely retaliate and will not leave this "
        "American move\nunanswered.\"", "definitely retaliate", "Ali Khamenei", id="titled-name"),
])
def test_who_is_quoted_as_saying_speaks(run: Callable[..., Doc], text: str, words: str, speaker: str) -> None:
    assert speaker_of(run, text, words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param(  # Reuters-21578 08610
        "KUWAIT SAYS OPEC 2.4 MLN BPD BELOW CEILING\n\nKuwaiti oil minister Sheikh Ali\nal-Khalifa al-Sabah said OPEC "
        "was producing well below its oil\noutput ceiling and this would help prices move higher,\naccording to a "
        "Kuwaiti newspaper interview.\n    The al-Rai al-Aam newspaper quoted him as saying OPEC was\npumping 2.4 mln "
        "barrels per day (bpd) less than its 15.8 mln\nbpd ceiling.", "pumping 2.4 mln",
        "Sheikh Ali al-Khalifa al-Sabah", id="the-minister"),
    pytest.param(  # Reuters-21578 03452
        "IRANIAN OIL MINISTER IN UAE TALKS\n\nIranian Oil Minister Gholamreza\nAqazadeh is in the United Arab "
        "Emirates (UAE) to discuss oil\nprices and the general market situation, Iranian officials\naccompanying him "
        "said.\n    Aqazadeh arrived last night after a brief stopover in\nRiyadh, where he met Saudi Arabia's Oil "
        "Minister Hisham Nazir.\n    The official Saudi Press Agency quoted him as saying his\ntalks at Riyadh with "
        "Nazir had been constructive and good.", "constructive and good", "Gholamreza Aqazadeh", id="not-the-one-met"),
    pytest.param(  # Reuters-21578 06954: 'him' is never the subject that quotes him
        "INDONESIA SEES LIMITED CHOICES ON ECONOMY\n\nIndonesia cannot spend its way out of\nrecession and has very "
        "limited economic options due to lower\nworld oil prices, Central Bank governor Arifin Siregar was\nquoted as "
        "saying by the official Antara news agency.\n    Antara quoted him as saying Indonesia is relying on its\n"
        "export drive to help narrow its trade deficit.", "export drive", "Arifin Siregar", id="not-the-subject"),
])
def test_him_of_quoted_him_as_saying_is_the_person_named_before(
    run: Callable[..., Doc], text: str, words: str, speaker: str
) -> None:
    assert speaker_of(run, text, words) == speaker


def test_a_thing_quoted_as_saying_gives_no_speaker(run: Callable[..., Doc]) -> None:
    # BBC News politics/122: the plan's words are no minister's, and the plan itself speaks for no one named
    text = ("The government says the Tories are \"a bit late\" to the issue. Immigration minister Des Browne quoted "
            "its five-year plan for immigration and asylum, as saying: \"We are implementing our existing powers by "
            "targeted health screening for TB in high-risk areas at the entry clearance stage.\"")
    assert speaker_of(run, text, "implementing our existing powers") is None
