"""A direct quote attributed by a verb that tells how it was said or what it demanded ('an officer ordered', 'Bush
bragged', 'Mr Weingarten pressed', 'Benioff weighed in') is that verb's subject's, not carried on to an earlier
speaker or a person named before. Such verbs attribute quoted words only: they report no clause.

Sentences come from Reuters-21578 (story numbered per case), the BBC News corpus and the saved web-page corpus
(named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from tests.conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param(  # BBC business/087: not Mr Myers, who answered before
        "During cross examination, he asked Mr Myers if he ever knew Mr Ebbers \"make an accounting decision?\". "
        "\"Not that I am aware of,\" Mr Myers replied. \"Did you ever know Mr Ebbers to make an accounting entry into "
        "Worldcom books?\" Mr Weingarten pressed. \"No,\" replied the witness.",
        "accounting entry", "Weingarten", id="pressed"),
    pytest.param(  # Reuters-21578 20860
        "    \"We have weathered the storm. Our economy has recovered to\nbe the strongest in history,\" Bush said.\n"
        "    \"We mark next week the longest peacetime economic expansion\nin our nation's recorded history,\" Bush "
        "bragged.\n",
        "longest peacetime", "Bush", id="bragged"),
    pytest.param(  # Reuters-21578 00382
        "    However, Dub said the offering sold out quickly anyway.\n    \"Investors receive interest only payments "
        "for the first 18\nmonths and then interest and principal payments for the\nremaining five to seven "
        "months,\" Dub detailed.\n",
        "interest only payments", "Dub", id="detailed"),
    pytest.param(  # web page 291a8bf33ee49074 (Tim Cook On Apple Being 'Pulled Into The Enterprise'): not Jobs
        "Jobs would typically leave work before him, but always stop by his office to exchange notes for the day. "
        "It was simple things like that that made him such a great leader.\n\"We all miss Steve so much,\" Benioff "
        "weighed in, telling Cook, \"since he passed, you've been so true to him and his values.\"\nAmong those "
        "values is privacy, which Apple views as \"a fundamental human right\" and embeds into its products.",
        "We all miss Steve", "Benioff", id="weighed-in"),
])
def test_the_verbs_subject_speaks(run: Callable[..., Doc], text: str, words: str, speaker: str) -> None:
    assert speaker in (speaker_of(run, text, words) or "")
