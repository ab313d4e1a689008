"""Quote speakers named as an organization by 'it' or 'the company': the body that acts in the article, not one
only mentioned beside it ('listed on the Tokyo Stock Exchange', 'In a filing with the Securities and Exchange
Commission', 'approved by the West Virginia Public Service Commission').

Sentences come from the Reuters-21578 and BBC News corpora (file named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from .conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param(  # Reuters-21578 00317: the exchange the firms are listed on says nothing
        "The combined profits of Japan's major\ncorporations, excluding financial institutions, are forecast to\n"
        "fall 19.2 pct in the 1986/87 year ending March 31, compared to\nthe 19.9 pct decline projected in late "
        "November, Wako Research\nInstitute of Economics said.\n    The private research body also said in a "
        "statement that 437\nof the 1,084 firms listed on the first section of the Tokyo\nStock Exchange foresee an "
        "11.6 pct fall in sales in the year\nagainst an 11.4 pct fall estimated last November.\n    Current profits "
        "are projected to fall 4.4 pct in 1987/88 on\nsales seen increasing by 4.2 pct, it said.",
        "Current profits", "Wako Research Institute of Economics", id="not-the-exchange-firms-are-listed-on"),
    pytest.param(  # Reuters-21578 00545: the commission a filing went to is no speaker
        "WEDGE Group Inc, a Houston investment\nfirm with a 5.5 pct stake in American Medical "
        "International\nInc, said it has had talks with Pesch and Co, which is seeking\ncontrol of the "
        "company.\n    In a filing with the Securities and Exchange Commission,\nWEDGE, which is owned by Issam "
        "Fares, a Lebanese citizen living\nin Switzerland, also said it discussed the possibility of\njoining "
        "with others in its own bid to seek control of AMI.\n    WEDGE stressed that it has no current plans to "
        "seek control\nof AMI, but refused to rule out a takeover try in the future.\n    WEDGE said it has had "
        "discussions with AMI management,\nPesch, the closely held health care and investment "
        "concern\ncontrolled by Chicago physician LeRoy Pesch, and other AMI\nshareholders.\n    It did not "
        "specify in its SEC filing which issues --\nselling its AMI stake or joining with others in a takeover "
        "try\n-- were discussed with which group. But it said the talks did\nnot produce any agreements or "
        "understandings.",
        "the talks did", "WEDGE Group Inc", id="not-the-commission-filed-with"),
    pytest.param(  # Reuters-21578 00304: the company bid for is an object, the bidder the subject before
        "SHV already holds 6.8 mln IC Gas ordinary stock units\nrepresenting around 4.9 pct of the current issued "
        "share\ncapital.\n    Successful completion of the offer would increase SHV's\nstake in IC Gas to 39.8 mln "
        "shares, representing around 27.9\npct of issued share capital, it said.\n    The offer capitalises IC Gas "
        "at around one billion stg.\n    It said it was tendering for both ordinary stock and loan\nstock, which when "
        "fully converted, gave a total of 33 mln IC\nGas ordinary.",
        "tendering for both", "SHV", id="not-the-target-named-as-an-object"),
    pytest.param(  # Reuters-21578 00498: the regulator that approved the sale is an agent, not the speaker
        "UtiliCorp United Inc said it\ncompleted the acquisition of West Virginia Power from Dominion\nResources for "
        "about 21 mln dlrs.\n    The sale was approved by the West Virginia Public Service\nCommission in January "
        "and became effective March one. West\nVirginia's management will continue to be responsible for\noperating "
        "the utility, it said.",
        "management will continue", "UtiliCorp United Inc", id="not-the-regulator-in-a-passive"),
    pytest.param(  # BBC business/040: the exchange a firm listed on is no speaker
        "In January, Umbro announced its sponsorship agreement with Chelsea, which gave Umbro the lucrative right to "
        "make replica shirts, would end in 2006, five years earlier than expected. The firm, which is to receive a "
        "payment from Chelsea of \u00a324.5m, said it is \"appraising a number of additional investment opportunities "
        "as a result of this compensation\" . Chief executive Peter McGuigan said the firm plans to grow sales both in "
        "the UK and internationally.\n\nThe firm, reporting its first annual results since listing on the London "
        "Stock Exchange in June, said the UK market had seen sales growth of 8% last year. It said the launch of its "
        "Evolution X fashion range had boosted sales.",
        "Evolution X", "Umbro", id="not-the-exchange-a-firm-listed-on"),
])
def test_an_organization_pronoun_means_the_body_that_acts(
    run: Callable[..., Doc], text: str, words: str, speaker: str
) -> None:
    assert speaker_of(run, text, words) == speaker
