"""An official or spokesperson who speaks without the article naming them or whom they speak for ('a senior
Japanese government official said') is whom a following 'he said' means: not a person named earlier who has not
spoken, nor a person named inside the very words 'he' reports ('... a bill introduced by Democratic Senator Lloyd
Bentsen, he said' is the official's), also a few sentences on while no subject since could be one person. 'The
official said' takes up the unnamed official called so before.

Sentences come from the Reuters-21578 and BBC News corpora (file named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from .conftest import speaker_of

_SCHULTZ = (  # Reuters-21578 00342
    "    The talks, held annually at sub-cabinet level to review the\nwhole gamut of U.S./Japan "
    "economic relations, will pave the way\nfor American Secretary of State George Schultz's one"
    " day\nstop-over here at end-week on his way home from China.\n    Faced with growing Congres"
    "sional protectionist pressure,\nthe U.S. Administration is pressing Japan for speedy action"
    " to\nreduce its still huge trade surplus, U.S. Officials said.\n    \"We appreciate their fru"
    "stration,\" a senior Japanese\ngovernment official said. \"But we are also frustrated.\"\n    T"
    "he official said the 40 pct rise of the yen over the last\n18 months has hit Japan hard, fo"
    "rcing exporters to slash\nspending and lay off workers to make up for lost sales abroad.\nTh"
    "at has not yet shown up in dollar-based statistics on trade,\nbut it will, he said.\n    He "
    "said the U.S. Administration was ignoring the progress\nthat has been made and instead emph"
    "asizing the problems that\nremain when it talks with Congress.")
_BENTSEN = (  # Reuters-21578 00342
    "    Japan seems particularly peeved at being singled in a draft\ntrade bill before the Senate as a nation "
    "following adverserial\ntrade practices. \"It condemns Japan without due process,\" one\nJapanese official "
    "said.\n    That reference spoils what is otherwise a well-thought-out\nbill introduced by Democratic Senator "
    "Lloyd Bentsen, he said.")
_TRUST_BANK = (  # Reuters-21578 00223
    "    Yutaka Hashimoto general manager of Nippon Life Insurance\nCo told an economic conference tha"
    "t insurance companies, which\nare responsible for 26 pct of Japanese funds in foreign\nsecurities,"
    " hold a lopsided proportion of U.S. Treasuries and\nintend to diversify into other instruments an"
    "d currencies.\n    Insurance companies have put the dominant portion of their\nfunds into the U.S."
    ", But will now invest in Britain, West\nGermany, France and other countries, Hashimoto said.\n    "
    "Lower interest rates worldwide make the returns on stocks\nrelatively high in comparison with bon"
    "ds and in light of the\nstrength in the yen, the growth in stock values is expected to\noffset cur"
    "rency risks, he added.\n    One trust bank official said his bank aims for a 10 pct\nannual return"
    " on overseas investments but the recent decline in\nU.S. 30-year bond yields has caused a rethink"
    " in pension fund\ninvestment stategies.\n    The bank is looking more at U.S. Equities and Europea"
    "n\nbonds, he said.")
_HUNTS = (  # BBC politics/179: the sentence between names no one, so 'He' is the spokesman, not the farmer
    "Farmer Geoff Brooks, a senior member of the Quorn hunt, told BBC News people's lives \"revolved around "
    "hunting\". He described the ban as \"ridiculous\" and \"badly thought out\".\n\nThe Association of Chief "
    "Police Officers has issued guidance to forces on how to deal with the new rules. A spokesman said: "
    "\"Basically, it's not going to be police officers chasing about in cars across fields, it will be based on "
    "intelligence and information received as well.\" The decision on how to police individual hunts will be "
    "left to local forces, with more officers sent to hunts where disruption is expected. He said police would "
    "consider evidence submitted by anti-hunt organisations on its merits.")
_TAIWAN = (  # Reuters-21578 00224
    "TAIWAN OFFSHORE BANKING ASSETS RISE IN JANUARY\n\nThe combined assets of Taiwan's offshore\nb"
    "anking units (obu) rose to 6.28 billion U.S. Dlrs at end-\nJanuary from 6.21 billion in Dec"
    "ember and 6.34 billion in\nJanuary 1986, the central bank said.\n    A bank official told Re"
    "uters the increase came mainly from\nincreased local obu borrowings from their Asian counte"
    "rparts.\n    He said the assets, held by 15 foreign and local banks,\nwere mainly in U.S. Do"
    "llars with the remainder in certificates\nof deposit and bonds.")


@pytest.mark.parametrize("text, words, official", [
    (_TRUST_BANK, "looking more at U.S. Equities", "official"),
    (_TAIWAN, "held by 15 foreign", "official"),
    (_SCHULTZ, "has not yet shown up", "official"),
    (_SCHULTZ, "was ignoring the progress", "official"),
    (_BENTSEN, "That reference spoils", "official"),
    (_HUNTS, "police would consider evidence", "spokesman"),
])
def test_he_after_an_unnamed_official_is_the_official(
    run: Callable[..., Doc], text: str, words: str, official: str
) -> None:
    speaker = speaker_of(run, text, words)
    assert speaker is None or official in speaker
