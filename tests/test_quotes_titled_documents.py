"""A capitalised document word inside a sentence is part of a title, an outlet or a programme ('Vincent Koen, a senior
economist with the OECD, told the BBC's World Business Report'), not a document a later 'the report' takes up: the
report stays the one the article's body issued ('In its latest bi-annual report, the OECD ...'), never the BBC.

Sentences come from the BBC News corpus (file named per case).
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc

_OECD = (  # BBC business/030
    "A dip in oil prices and improving jobs prospects would improve consumer confidence and spe"
    "nding, the OECD said. \"The oil shock is not enormous by historical standards - we have see"
    "n worse in the seventies. If the oil price does not rise any further, then we think the sh"
    "ock can be absorbed within the next few quarters,\" Vincent Koen, a senior economist with t"
    "he OECD, told the BBC's World Business Report. \"The recovery that was underway, and has be"
    "en interrupted a bit by the oil shock this year, would then regain momentum in the course "
    "of 2005.\" China's booming economy and a \"spectacular comeback\" in Japan - albeit one that "
    "has faltered in recent months - would help world economic recovery, the OECD said. \"Suppor"
    "ted by strong balance sheets and high profits, the recovery of business investment should "
    "continue in North America and start in earnest in Europe,\" it added. However, the report w"
    "arned: \"It remains to be seen whether continental Europe will play a strong supportive rol"
    "e through a marked upswing of final domestic demand.\"")


def test_a_title_is_no_document_the_report_takes_up(run: Callable[..., Doc]) -> None:
    quotes = [q for q in run(_OECD)._.quotes if "continental Europe" in q["text"]]
    assert quotes and quotes[0]["speaker"] != "BBC"
