"""A document's issuer is never the document itself: in 'In a study on probable fields, the report said' the
subject of the study's verb is the report, which named no issuer and sent the speaker rules round in a circle
(RecursionError: the whole story lost its facts). The report then speaks for whoever it did before.

Text from Reuters-21578 07355.
"""

from __future__ import annotations

from extractor import extract

_WOOD_MACKENZIE = (  # Reuters-21578 07355
    "    A report by the stockbrokers said that on a new field not\npaying PRT due to its small size, the relief would "
    "directly\nbenefit in PRT saving on an existing field.\n    The government would in effect be subsidising these\n"
    "developments at 7.5 pct of capital expenditure before\ncorporation tax, the report said.\n    In a study on "
    "probable fields, the report said that when\nthe rates of return are examined, the rise for a PRT-paying\nfield "
    "such as Miller, the largest undeveloped oil field in the\nU.K. North Sea, is from 18.7 to 19 pct.")


def test_a_document_that_is_its_own_verbs_subject_is_no_issuer() -> None:
    quotes = extract(_WOOD_MACKENZIE, "1987-03-20").quotes
    assert [q for q in quotes if "rates of return" in q["text"]]
