"""Quote speakers given by a description: only a description of a person may mean the person an article is
about; someone an article often leaves unnamed ('the spokesman', 'the aide', 'the analyst') is whoever it
called so, and a pronoun after an unnamed speaker means that speaker, not a name inside the description.

A quote put in the wrong mouth is the costliest quote error, so an unresolved description keeps its own
words. Sentences come from the BBC news and Reuters-21578 corpora (file named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from .conftest import speaker_of


@pytest.mark.parametrize("text, words, wrong", [
    pytest.param(  # bbc/sport/136.txt: the spokesman is not the player he speaks about
        "Iranian striker Vahid Hashemian will not travel to Israel for Bayern Munich's Champions League match "
        "against Maccabi Tel Aviv on Wednesday. The German club said the player had pulled out because of a back "
        "injury. A Bayern spokesman said on Monday that the decision not to take Hashemian to Israel had been "
        "motivated only by his physical condition. \"He's got back pain and he couldn't train,\" the spokesman "
        "said.", "back pain", "Vahid Hashemian", id="the-spokesman-is-not-the-player"),
    pytest.param(  # reuters 00458.txt: a Treasury spokesman reports what the Chancellor said
        "U.K. Chancellor of the Exchequer Nigel Lawson has told Brazil's Finance Minister Dilson Funaro that "
        "negotiations on Brazil's debt to commercial banks are a matter for the commercial banks themselves, a "
        "Treasury spokesman said.\n    The spokesman said the Chancellor had emphasised in talks this morning "
        "with Funaro the need for the Brazilian authorities to be able to present a convincing economic program "
        "to the country's creditors.", "need for the Brazilian", "Nigel Lawson", id="the-spokesman-is-not-the-minister"),
    pytest.param(  # reuters 00342.txt: a Japanese official is not the US Secretary of State
        "U.S. Secretary of State George Schultz will stop over here at end-week on his way home from China.\n"
        "    \"We appreciate their frustration,\" a senior Japanese government official said. \"But we are also "
        "frustrated.\"\n    The official said the 40 pct rise of the yen over the last 18 months has hit Japan "
        "hard, forcing exporters to slash spending and lay off workers.", "rise of the yen", "George Schultz",
        id="the-official-is-not-the-visitor"),
    pytest.param(  # bbc/business/149.txt: 'the chief executive of a leading European car maker' is unnamed
        "\"It will not be sold in the US,\" said GM Europe president Carl-Peter Forster. But not everyone in the "
        "industry agree that it would be the best way forward. \"We know that in five years the US dollar will "
        "be stronger than it is today,\" the chief executive of a leading European car maker told BBC News. The "
        "current trend towards US production was \"stupid\", he said.", "dollar will be stronger",
        "Carl-Peter Forster", id="chief-executive-of-an-unnamed-firm"),
    pytest.param(  # bbc/business/149.txt: the 'he' after that unnamed chief executive
        "\"It will not be sold in the US,\" said GM Europe president Carl-Peter Forster. But not everyone in the "
        "industry agree that it would be the best way forward. \"We know that in five years the US dollar will "
        "be stronger than it is today,\" the chief executive of a leading European car maker told BBC News. The "
        "current trend towards US production was \"stupid\", he said.", "current trend", "Carl-Peter Forster",
        id="he-after-an-unnamed-chief-executive"),
    pytest.param(  # bbc/business/200.txt: 'he' is the aide, not the president the aide works for
        "In a live television broadcast announcing the measure, President Castro's chief aide said it was "
        "necessary because of the United States' increasing \"economic aggression\". \"The ten percent "
        "obligation applies exclusively to the dollar by virtue of the situation created by the new measures of "
        "the US government to suffocate our country,\" he said.", "ten percent obligation", "Fidel Castro",
        id="he-after-the-presidents-aide"),
    pytest.param(  # reuters 00231.txt: a magazine is no person
        "A majority of Americans disapprove of the way Ronald Reagan has handled the presidency and one-third "
        "believe he should resign, a new poll said.\n    The poll conducted by Newsweek magazine said 53 pct of "
        "the respondents gave Reagan a negative performance rating.\n    The magazine said, however, that Reagan "
        "remained personally popular.", "remained personally popular", "Ronald Reagan", id="the-magazine"),
])
def test_a_description_does_not_put_words_in_a_named_mouth(
    run: Callable[..., Doc], text: str, words: str, wrong: str
) -> None:
    assert speaker_of(run, text, words) != wrong


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param(  # reuters 10375.txt (India countertrade): 'the official' after 'a trade official said'
        "\"MMTC's recent global tenders now include a clause that preference will be given to parties who accept "
        "payment in kind,\" a trade official said, adding that the policy remains flexible.\n    Early this year "
        "the commerce ministry quietly told foreign companies that they stood a better chance if they bought "
        "Indian goods, the trade sources said.\n    Illustrating the point, the official said a South Korean "
        "firm recently agreed to sell a drilling platform worth 40 mln dlrs.", "drilling platform",
        "trade official", id="the-official-is-the-trade-official"),
    pytest.param(  # bbc/sport/136.txt: the spokesman who spoke before
        "A Bayern spokesman said on Monday that the decision not to take Hashemian to Israel had been motivated "
        "only by his physical condition. \"He's got back pain and he couldn't train,\" the spokesman said.",
        "back pain", "Bayern spokesman", id="the-spokesman-who-spoke-before"),
])
def test_a_description_means_whom_the_article_called_so(
    run: Callable[..., Doc], text: str, words: str, speaker: str
) -> None:
    assert speaker_of(run, text, words) == speaker
