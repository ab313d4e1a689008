"""A description by a noun that fits anyone ('the patient wrote', 'the man said') means someone the article leaves
unnamed, not its person in focus: in a case report, the person in focus is the doctor who treated the patient. An
epithet still describes the person in focus ('the 47-year-old man').

Sentences come from the saved web-page corpus (file named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc


@pytest.mark.parametrize("text, words", [
    pytest.param(  # web page bd673bd7988144f0 (feather-duvet lung): the patient, not his pulmonologist
        "But when Dr. Owen Dempsey, a pulmonologist at the Aberdeen Royal Infirmary in the UK, took a look, he "
        "disagreed and performed a more detailed CT scan.\nThe patient was given steroids, and switched his bedding "
        "to hypoallergenic synthetic materials. After a year, his symptoms completely cleared and he is now fully "
        "recovered, Dempsey said.\n\"It doesn't affect me at all now and my life is pretty much as it was before,\" "
        "the patient wrote in the case study.",
        "affect me at all", id="the-patient-wrote"),
    pytest.param(  # web page 7bb1ca9035431384 (feather duvet lung): the man, not his chest doctor
        "His doctor referred him to an urgent respiratory care clinic and sought out advice from one of the study "
        "authors, Owen Dempsey, a chest doctor at the Aberdeen Royal Infirmary.\nDempsey talked with the man over "
        "the phone, trying to zero in any potential causes for his symptoms.\n\u201cIt doesn\u2019t affect me at all "
        "now and my life is pretty much as it was before,\u201d the man wrote in a patient perspective accompanying "
        "the case report.",
        "affect me at all", id="the-man-wrote"),
])
def test_a_noun_for_anyone_is_not_the_person_in_focus(
    run: Callable[..., Doc], text: str, words: str,
) -> None:
    """'the patient', 'the man' fit anyone: the article leaves them unnamed, they are not its person in focus."""
    quotes = [q for q in run(text)._.quotes if words in q["text"]]
    assert quotes and quotes[0]["speaker"] != "Owen Dempsey"
