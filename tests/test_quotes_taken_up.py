"""A definite description of someone who spoke unnamed ('the aide', 'The spokesman', 'The official') takes up
whoever the article last called so as a speaker, also when that speaker was given as the body they speak for ('a
Treasury spokesman said ... The spokesman said' is the Treasury's, as the first was), and a 'he said' after it means
that speaker, not a person named only inside the description ('the aide to Lyng said ... "...," he said' is the
aide's, not Lyng's).

Texts come from the Reuters-21578 and BBC News corpora (file named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from .conftest import speaker_of

_AIDE = (  # Reuters-21578 00193
    'USDA SAID UNLIKELY TO BROADEN CORN BONUS OFFER\n\nThe U.S. Agriculture Department\nprobably will not of'
    'fer a two dlr per bushel bonus payment to\ncorn farmers for any erodible cropland they enrolled in th'
    'e\nconservation reserve program last year, an aide to USDA\nSecretary Richard Lyng said.\n    Sen. Char'
    'les Grassley (R-Iowa) said yesterday that Lyng had\nindicated he would consider giving those farmers '
    'the same two\ndlr bonus offered corn farmers who are signing up for the 1987\nprogram this month.\n    '
    'But the aide to Lyng said it was doubtful that the\ndepartment would offer a retroactive bonus to far'
    'mers who\nenrolled land in the 10-year conservation reserve last year.\n    "How are you going to stop'
    ' the tide," he said, referring to\ndemands that would follow from other commodity groups.')
_TREASURY = (  # Reuters-21578 00458
    'U.K. SAYS HAS NO ROLE IN BRAZIL MORATORIUM TALKS\n\nU.K. Chancellor of the Exchequer Nigel\nLawson has '
    "told Brazil's Finance Minister Dilson Funaro that\nnegotiations on Brazil's debt to commercial banks "
    'are a matter\nfor the commercial banks themselves, a Treasury spokesman said.\n    The spokesman said '
    'the Chancellor had emphasised in talks\nthis morning with Funaro the need for the Brazilian authoriti'
    "es\nto be able to present a convincing economic program to the\ncountry's creditors. He added an accor"
    'd with the International\nMonetary Fund (IMF) could be a very helpful support.')
_HOME_OFFICE = (  # BBC politics/056
    'The Home Office started work on its Community Cohesion and Race Equality Strategy last year and the '
    "outcome, launched on Wednesday, is called 'Improving Opportunity, Strengthening Society'. It is aime"
    'd at tackling racism, exclusion, segregation and the rise in political and religious extremism. "It '
    'represents a move away from the one-size-fits-all approach to focus on specifics within cultural gro'
    'ups," said a Home Office spokesman. "It is not right to say that if you are from a black or ethnic m'
    'inority group you must be disadvantaged." The spokesman highlighted specific issues that affect part'
    'icular communities - for example people of south Asian origin tend to suffer from a high incidence o'
    'f heart disease.\n\n"It is about drilling down and focusing on these sorts of problems," the spokesman'
    ' added.')


@pytest.mark.parametrize("text, words, speaker", [
    (_TREASURY, "the Chancellor had emphasised", "Treasury"),
    (_HOME_OFFICE, "drilling down", "Home Office"),
])
def test_the_spokesman_is_the_body_the_first_spoke_for(
    run: Callable[..., Doc], text: str, words: str, speaker: str
) -> None:
    assert speaker_of(run, text, words) == speaker


@pytest.mark.parametrize("text, words, speaker", [
    (_AIDE, "stop the tide", "aide to USDA Secretary Richard Lyng"),
    (_TREASURY, "an accord with the International", "Treasury"),
])
def test_he_after_a_taken_up_description_is_that_speaker(
    run: Callable[..., Doc], text: str, words: str, speaker: str
) -> None:
    assert " ".join((speaker_of(run, text, words) or "").split()) == speaker
