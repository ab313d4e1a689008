"""A document a definite 'the report' or 'the messages' takes up, with no author named, is the last organization's
that spoke, or a name's ('the Sunday Telegraph reported ... the report added'), never a group's in its own words:
'billboards in which people say, "I'm on meth." The report says' is no report of the people's, and the last speaker
before an unattributed report being such a group, the report's speaker is unknown.

Sentences come from the BBC News corpus and saved web pages (named per case).
"""

from __future__ import annotations

from typing import Callable, Optional

import pytest
from spacy.tokens import Doc

from .conftest import speaker_of

_METH = (  # web page html/3f65af7b6b98b1c9ae9a3e0d8a09a85600cdc44e
    "According to a report in the Argus Leader of Sioux Falls, Gov. Kristi Noem launched the ca"
    "mpaign on Monday in an effort to address the state’s meth crisis.\n“Meth. We’re on it” is r"
    "olling out with TV commercials and billboards in which people say, “I’m on meth.”\nThe repo"
    "rt says the Minneapolis ad agency Broadhead Co. came up with the campaign, and the state h"
    "as paid the agency nearly $449,000 so far this year.")

_DETENTION = (  # web page html/abd9d6291b6bfae0c3ffad8ab7623b482c6da46f
    "Health care providers have protested longer detention periods for migrants, warning that c"
    "hildren in particular would face more serious health risks with the extended incarceration"
    "s.\nOvercrowded conditions worsen risk\nThe doctors offering to operate the flu vaccination "
    "clinic noted findings of overcrowded and unsanitary conditions at detention facilities by "
    "the DHS Office of Inspector General.\nThat report found children in some CBP facilities did"
    "n’t have access to showers, didn’t always have opportunities to change clothes and that th"
    "ey had limited space for medical isolation.")

_FBI = (  # BBC tech/039
    "The US Federal Bureau of Investigation is warning that a computer virus is being spread vi"
    "a e-mails that purport to be from the FBI.\n\nThe e-mails show that they have come from an f"
    "bi.gov address and tell recipients that they have accessed illegal websites. The messages "
    "warn that their internet use has been monitored by the FBI's Internet Fraud Complaint Cent"
    "er.")

_RANK = (  # BBC business/021
    "Leisure group Rank could unveil plans to demerge its film services unit and sell its media"
    " business, reports claim.\n\nRank, formerly famous for the Carry On series, will expose the "
    "shake-up at the announcement of its results on Friday, the Sunday Telegraph reported. Advi"
    "sors Goldman Sachs are understood to have valued its demerged Deluxe Film unit at £300m, t"
    "he report added.")


@pytest.mark.parametrize("text, words, wrong", [
    (_METH, "Broadhead Co. came up", "people"),
    (_DETENTION, "have access to showers", "Health care providers"),
    (_FBI, "internet use has been monitored", "mails"),
])
def test_a_group_in_its_own_words_issues_no_report(run: Callable[..., Doc], text: str, words: str, wrong: str) -> None:
    assert speaker_of(run, text, words) != wrong


@pytest.mark.parametrize("text, words, issuer", [
    (_RANK, "Goldman Sachs are understood", "Sunday Telegraph"),
])
def test_a_named_body_still_issues_the_report(
    run: Callable[..., Doc], text: str, words: str, issuer: Optional[str]
) -> None:
    assert speaker_of(run, text, words) == issuer
