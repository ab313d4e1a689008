"""A fragment quoted inside the writer's sentence (opening in lower case) is the words of its frame's subject when
that subject names someone ('Aviation analysts called it the "end of an era,"'), and no one's when the frame is a
thing's or names the last-named person only as its object ('The report blamed Regan for the "chaos ..."'); it is
never simply carried on to the last person named.

Sentences come from Reuters-21578 (story numbered per case), the BBC News corpus and the saved web-page corpus
(named per case).
"""

from __future__ import annotations

from typing import Callable, Optional

import pytest
from spacy.tokens import Doc

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param(  # web page 374ac9a59a85196c (Emirates, Airbus A380): not the French manufacturer
        "Emirates is the number one buyer of Airbus' iconic A380, the world's largest airliner, with 123 of the "
        "planes in its fleet. But its cutback on orders of the jumbo jet early this year led the French manufacturer "
        "to announce it would scrap its production. Aviation analysts called it the \"end of an era,\" as the "
        "industry's symbol of excess and luxury flight was sidelined for smaller, more fuel-efficient planes now "
        "increasingly preferred by airliners.",
        "end of an era", "analysts", id="called-it"),
    pytest.param(  # web page 291a8bf33ee49074 (Tim Cook On Apple Being 'Pulled Into The Enterprise'): not Jobs
        "And they both got a little choked up when considering the history of the Yerba Buena theater on the grounds "
        "of San Francisco's Moscone Center, where on the same stage Apple founder and legendary CEO Steve Jobs "
        "unveiled many products.\nCook remembered Jobs rehearsing there for one event and \"going way off script in "
        "a way that only he could do, making everyone laugh along the way.\"\n\"I can feel him and his presence "
        "when I come here,\" Cook said.",
        "going way off script", "Cook", id="remembered"),
    pytest.param(  # BBC entertainment/013: not John Guy, whose book it is
        "In the biography category it was John Guy's The Life of Mary Queen of Scots that was picked as winner. The "
        "judges called it \"an impressive and readable piece of scholarship, which cannot fail but leave the reader "
        "moved and intrigued by this most tragic and likeable of queens\".",
        "impressive and readable", "judges", id="judges-called"),
    pytest.param(  # Reuters-21578 00386: the report's words, not Regan's
        "    Regan, the former Wall Street executive and Treasury\nsecretary who has been the president's top aide for "
        "the past\ntwo years, was assigned the lion's share of the blame for the\nbotched handling of the Iran arms "
        "sale.\n    The report blamed Regan for the \"chaos that descended on the\nWhite House\" since it was first "
        "revealed last November.\n",
        "chaos that descended", None, id="a-things-frame"),
    pytest.param(  # BBC politics/199: a relative clause on the writer's own noun is no one's frame
        "Patricia Hewitt is expected to call for the law banning the sale of 18-rated games to children to be "
        "enforced better at a games industry meeting on Sunday. She is concerned too many children are playing games "
        "aimed at adults which include \"high levels of violence\". Parents are expected to spend millions on video "
        "games as Christmas presents.",
        "high levels of violence", None, id="relative-clause-on-a-thing"),
])
def test_a_fragment_is_its_frames(run: Callable[..., Doc], text: str, words: str, speaker: Optional[str]) -> None:
    found = speaker_of(run, text, words)
    assert found == speaker if speaker is None else speaker in (found or "")
