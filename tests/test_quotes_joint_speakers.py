"""Quote speakers who speak together: organizations named together as the subject of a reporting verb are one
speaker named by all their names ('Lotus Development Corp and MCI Communications Corp said they ...'), whom a later
'the companies' or 'they' means; a group named inside someone's reported words is no speaker a later description
takes up.

Sentences come from the Reuters-21578 and BBC News corpora (file named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from .conftest import speaker_of


_LOTUS = (  # Reuters-21578 07780
        "LOTUS <LOTS>, MCI <MCIC> SHIP SOFTWARE PACKAGE\n\nLotus Development Corp and MCI\nCommunications Corp "
        "said they made the first shipment of Lotus\nExpress for MCI Mail, a communications-software product "
        "that\nenables personal computer users to exchange messages, send\ntelexes and transfer files.\n    "
        "Lotus Express was announced last December and was shipped\non schedule, the companies said.")
_CLABIR = (  # Reuters-21578 09661
        "CLABIR <CLG>, AMBRIT <ABI> CALL OFF MERGER\n\nClabir Corp and AmBrit Corp\nsaid they called off their "
        "plans for Clabir to buy the 16 pct\nvoting interest in AmBrit that it does not already own.\n    The "
        "companies said they agreed not to pursue the merger\nbecause several actions recently taken by AmBrit "
        "would mean\nsubstantial delays in completing the deal.\n    They said they might revive merger plans "
        "at a later date or\nseek other ways for Clabir to increase its holdings in AmBrit.")


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param(_LOTUS, "first shipment", "Lotus Development Corp and MCI Communications Corp",
                 id="two-companies-said-they"),
    pytest.param(_LOTUS, "was shipped", "Lotus Development Corp and MCI Communications Corp",
                 id="the-companies-who-spoke-together"),
    pytest.param(_CLABIR, "agreed not to pursue", "Clabir Corp and AmBrit Corp", id="the-companies-then"),
    pytest.param(_CLABIR, "might revive", "Clabir Corp and AmBrit Corp", id="they-after-the-companies"),
    pytest.param(  # Reuters-21578 13175
        "SCI <SCIS> BUYS FORTUNE <FSYS> COMPUTER ASSETS\n\nFortune Systems Corp and SCI\nSystems Inc said they "
        "signed a letter of intent covering the\npurchase of Fortune's microcomputer business assets for "
        "an\nunspecified amount of cash.\n    Fortune Systems makes a desktop computer systems.",
        "letter of intent", "Fortune Systems Corp and SCI Systems Inc", id="buyer-and-seller-together"),
    pytest.param(  # BBC politics/010: two parties saying the same
        "The Scottish Executive believes that the legislation should be handled by Westminster. The new law "
        "will control internet gambling for the first time and is aimed at preventing children from becoming "
        "involved. A super-casino in Glasgow could be located at Ibrox or the Scottish Exhibition and "
        "Conference Centre. The new gambling bill going through Westminster will allow casino complexes to open "
        "to the public, have live entertainment and large numbers of fruit machines with unlimited prizes. But "
        "the Scottish National Party and the Tories say the issue of super-casinos should be decided in "
        "Scotland and believe the executive is shirking its responsibility.",
        "super-casinos", "Scottish National Party and Tories", id="two-parties-say"),
])
def test_organizations_named_together_speak_together(
    run: Callable[..., Doc], text: str, words: str, speaker: str
) -> None:
    assert speaker_of(run, text, words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param(  # BBC business/010: firms listed as the accused did not speak; 'the tobacco companies' did
        "Among the accused were Altria Group, RJ Reynolds Tobacco, Lorillard Tobacco, Liggett Group and Brown "
        "and Williamson. In its case, the government claimed tobacco firms manipulated nicotine levels to "
        "increase addiction, targeted teenagers with multi-billion dollar advertising campaigns, lied about the "
        "dangers of smoking and ignored research to the contrary.\n\nProsecutors wanted the cigarette firms to "
        "surrender $280bn in profits accumulated over the past 50 years and impose tougher rules on marketing "
        "their products. But the Court of Appeals for the District of Columbia ruled that the US government "
        "could not sue the firms under legislation drawn up to counteract Mafia infiltration of business. The "
        "tobacco companies deny that they illegally conspired to promote smoking and defraud the public.",
        "illegally conspired", "tobacco companies", id="the-accused-listed-are-not-who-speaks"),
    pytest.param(  # BBC entertainment/010: the organisers in the council's reported words are what it said
        "The Ugandan Media Council said the performance would not be put on as it promoted and glorified acts "
        "such as lesbianism and homosexuality. It said the production could go ahead if the organisers "
        "\"expunge all the offending parts\". But the organisers of the play say it raises awareness of sexual "
        "abuse against women.",
        "raises awareness", "organisers of the play", id="group-in-reported-words-is-no-speaker"),
])
def test_a_plural_description_means_no_group_that_did_not_speak(
    run: Callable[..., Doc], text: str, words: str, speaker: str
) -> None:
    assert speaker_of(run, text, words) == speaker
