"""A speaker's name has a letter of the Latin script or a digit ('40%' of those asked): the English model misreads a
page in another script (a Korean page's '행동에 대한', 'about the behaviour') and wire brackets (']') as names, and those
name no one.

Sentences come from Reuters-21578 (story numbered per case) and the saved web-page corpus (named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc


@pytest.mark.parametrize("text", [
    pytest.param(  # web page 0ec95c7261d122f3 (a Korean entertainment column)
        "그래서 처음 이러한 사진 공개에 대한 대중들의 반응은 엘제이의 행동에 대한 비난으로 이어졌다. 하지만 엘제이는 자신의 부적절한 "
        "행동들에 대해 무감한 태도를 보였다. 그는 “너네들이 우습게 봐도 내가 사랑하는 사람의 추억을 간직하는 게 잘못이냐”고 말하기도 "
        "했다. 또 “제 여자친구랑 여행 간 게 잘못인가요”라거나 “이하늘 형님 보고 용기를 얻습니다. 전 형님보다 한 살 어립니다” "
        "같은 글을 남기기도 했다.",
        id="korean-page"),
    pytest.param(  # Reuters-21578 00566
        "BENETTON IN FINANCIAL SERVICES JOINT VENTURE\n\nBenetton Group Spa [BTOM.MI] said\nit reached agreement with "
        "textiles concern [GFT-Gruppo\nFinanziario Tessile Spa] for a joint venture in the financial\nservices "
        "sector.\n",
        id="wire-bracket"),
])
def test_no_speaker_without_a_latin_letter_or_digit(run: Callable[..., Doc], text: str) -> None:
    speakers = [q["speaker"] for q in run(text)._.quotes if q["speaker"]]
    assert all(any("a" <= c.lower() <= "z" or c.isdigit() for c in speaker) for speaker in speakers)
