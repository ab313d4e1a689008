"""A direct quote that names, by surname, the person its 'he' or 'she' was read as, or by surname or first name the
person a description was read as, is someone else's: in their own words people speak of others, not of themselves,
in the third person. The speaker is then left unknown rather than guessed. Reported speech is the writer's words,
which may name the speaker.

Sentences from saved web pages (html-articles: 702d1da6 New York Times, 3d8f3404, c00962aa), Reuters-21578 and BBC
News (file named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from .conftest import speaker_of


@pytest.mark.parametrize("text, words, wrong", [
    pytest.param(
        "Mr. Trump’s tendency to waver and increase his demands have made China wary of offering concessions, for "
        "fear that he will only demand more, people familiar with Chinese trade policy said.\n"
        "Eswar Prasad, a trade professor at Cornell, said the president’s “mercurial temperament and predilection "
        "to undercutting his own negotiating team” had complicated the already challenging task of striking a "
        "deal. “By hyping up expectations and setting unrealistic goals for the trade talks, Trump makes the "
        "prospects for any sort of trade deal with China more uncertain and volatile,” he said.",
        "By hyping up", "Mr. Trump", id="702d1da6"),
    pytest.param(
        "One thing Young would push off NASA’s plate is the Gateway. “I do not really see a required role for the "
        "Gateway in the lunar program,” he said, although it could later support preparations for human missions "
        "to Mars.", "required role", "Gateway", id="c00962aa"),
    pytest.param(
        "Not long after that, Steenburgen bought a house in Nashville.\nMcDowell still laughs at the memory of "
        "hearing his mom spontaneously begin to scat in the backseat of his car. “It could have been really easy "
        "for Mary Steenburgen to just put her name on something and get a pass on many of the usual steps in some "
        "new creative thing, but she didn’t do that,” she said.", "really easy", "Mary Steenburgen", id="3d8f3404"),
    pytest.param(  # BBC sport/011: a description read as the person in focus, whom the quote names by first name
        "Radcliffe yet to answer GB call\n\nPaula Radcliffe has been granted extra time to decide whether to compete "
        "in the World Cross-Country Championships.\n\nThe 31-year-old is concerned the event, which starts on 19 "
        "March in France, could upset her preparations for the London Marathon on 17 April. \"There is no question "
        "that Paula would be a huge asset to the GB team,\" said Zara Hyde Peters of UK Athletics. \"But she is "
        "working out whether she can accommodate the worlds without too much compromise in her marathon training.\" "
        "Radcliffe must make a decision by Tuesday - the deadline for team nominations. British team member Hayley "
        "Yelling said the team would understand if Radcliffe opted out of the event. \"It would be fantastic to have "
        "Paula in the team,\" said the European cross-country champion. \"But you have to remember that athletics "
        "is basically an individual sport and anything achieved for the team is a bonus.\n\n\"She is not messing us "
        "around. We all understand the problem.\"\n\nRadcliffe was world cross-country champion in 2001 and 2002 but "
        "missed last year's event because of injury.",
        "fantastic to have Paula", "Paula Radcliffe", id="sport-011"),
])
def test_a_quote_naming_its_pronoun_speaker_is_not_theirs(run: Callable[..., Doc], text: str, words: str,
                                                           wrong: str) -> None:
    speaker = speaker_of(run, text, words)
    assert speaker is None or wrong.split()[-1] not in speaker


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param(  # a company's statement names the company (Reuters-21578 00447)
        "Bally Manufacturing Corp said it completed the acquisition of the Golden Nugget Casino Hotel in Atlantic "
        "City, New Jersey from Golden Nugget Inc.", "completed", "Bally Manufacturing Corp", id="00447"),
    pytest.param(  # reported speech may name its speaker (Reuters-21578 00496)
        "Redstone said his group would contribute more than 475 mln\ndlrs in equity toward the takeover.\n"
        "    The Redstone equity contribution to the takeover would\nconsist of all of his group's 6,881,800 Viacom "
        "common shares\nand at least 118 mln dlrs cash, he said.", "equity contribution", "Redstone", id="00496"),
    pytest.param(  # a pronoun speaker whose quote names someone else keeps its referent (702d1da6)
        "Eswar Prasad, a trade professor at Cornell, said the talks had stalled. “By hyping up expectations and "
        "setting unrealistic goals for the trade talks, Trump makes the prospects for any sort of trade deal with "
        "China more uncertain and volatile,” he said.", "By hyping up", "Eswar Prasad", id="702d1da6-kept"),
])
def test_a_quote_naming_someone_else_keeps_its_speaker(run: Callable[..., Doc], text: str, words: str,
                                                        speaker: str) -> None:
    assert speaker_of(run, text, words) == speaker
