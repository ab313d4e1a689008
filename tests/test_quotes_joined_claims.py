"""A claim is whole and ends where its words end. Two clauses the parser hung apart on one reporting verb, joined by
'but' or 'and', are one claim ('X, but Y, delegates said'), also when the parser made the verb a conjunct of the
first ('Courts should be used as a last resort, but where they are, their orders should be enforced more rigorously,
MPs said'), and a claim never ends in the word that joins it to the
speaker's next verb ('said it is evaluating a plan ... but gave no details').

Sentences come from the Reuters-21578 and BBC News corpora and a saved web page (source named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc


def _claims(run: Callable[..., Doc], text: str) -> list[str]:
    return [" ".join(q["text"].split()) for q in run(text)._.quotes if q["kind"] == "indirect"]


@pytest.mark.parametrize("text, first, last", [
    (  # html-articles c13b9c0e04fb (spokesman-review.com, 2019)
        "When developing the “Starts with one” campaign – which will be in its third year in January – DH did "
        "extensive research into the targeted audiences. Selling a product is difficult, but altering behavior is "
        "much more difficult, Hege said.",
        "Selling a product", "much more difficult"),
    (  # Reuters-21578 00223
        "    One trust bank official said his bank aims for a 10 pct\nannual return on overseas investments but the "
        "recent decline in\nU.S. 30-year bond yields has caused a rethink in pension fund\ninvestment stategies.",
        "his bank aims", "investment stategies"),
    (  # Reuters-21578 00264
        "    The aircraft will be financed by foreign borrowings and\nforeign exchange earnings, and Qantas believes "
        "they will pay\nfor themselves in four to five years, Leslie said.",
        "The aircraft will be financed", "four to five years"),
    (  # Reuters-21578 00402
        "Coffee quota talks at the International\nCoffee Organization council meeting here continued this\n"
        "afternoon, but producers and consumers still had not reached\ncommon ground on the key issue of how to "
        "estimate export\nquotas, delegates said.",
        "Coffee quota talks", "estimate export quotas"),
    (  # Reuters-21578 00562
        "Talks at the extended special meeting of\nthe International Coffee Organization (ICO) on the\n"
        "reintroduction of export quotas continued, but chances of\nsuccess were still almost impossible to gauge, "
        "delegates said.",
        "Talks at the extended", "impossible to gauge"),
    (  # BBC politics/051: the parser hangs 'said' on the first clause's verb as its conjunct
        "Courts should be used as a last resort, but where they are, their orders should be enforced more "
        "rigorously, MPs said. But they rejected the claim made by some campaign groups that there should be a legal "
        "presumption of equal access.",
        "Courts should be used", "enforced more rigorously"),
])
def test_clauses_joined_by_a_conjunction_are_one_claim(
    run: Callable[..., Doc], text: str, first: str, last: str
) -> None:
    claims = _claims(run, text)
    assert len(claims) == 1 and claims[0].startswith(first) and claims[0].endswith(last), claims


@pytest.mark.parametrize("text, end", [
    (  # Reuters-21578 00369
        "    The company also said it is evaluating a plan to satisfy\nits obligations under its 10-7/8 pct "
        "subordinated notes but\ngave no details.  Interest on the notes is due today.",
        "subordinated notes"),
    (  # Reuters-21578 00250
        "    The bank said it expects to conduct open market operations\nduring the week and after these, cash "
        "balances should fluctuate\naround 30 mln N.Z. Dlrs.",
        "open market operations during the week"),
    (  # BBC politics/022
        "Tony Blair has said he does not want higher tax rates for top earners but on Wednesday said other tax "
        "promises would be left to Labour's manifesto.",
        "for top earners"),
    (  # Reuters-21578 00344
        "    He said they are <Pratt and Whitney> and General Electric\nCo <GE>, a unit of United Technologies Corp "
        "<UTX>, and\nBritain's <Rolls-Royce Ltd>.",
        "United Technologies Corp <UTX>"),
])
def test_a_claim_does_not_end_in_a_joining_word(run: Callable[..., Doc], text: str, end: str) -> None:
    assert any(claim.endswith(end) for claim in _claims(run, text)), _claims(run, text)


@pytest.mark.parametrize("text, start, end", [
    pytest.param(  # Reuters-21578 15286: the parser closes a sentence at 'U.S.' before the wire's capital 'And'
        "    Airbus said yesterday that it chosen the CFM56-5-S3 engine,\nto be produced by <General Electric> of the "
        "U.S. And <SNECMA of\nFrance, because the <International Aero Engine> (IAE) high\ntechnology superfan engine "
        "would not be ready by early 1992,\nwhen the A340 plane is due to become operational.",
        "it chosen", "due to become operational", id="claim-after-its-verb"),
    pytest.param(  # Reuters-21578 04081: the claim before its verb opens the sentence before the false break
        "    Rowntree expects North American operations will this year,\nahead of company expectations, be of the same "
        "order as those\nfrom the U.K. And the rest of Europe combined, the statement\nsaid. A spokesman said no "
        "specific figures had been forecast.",
        "Rowntree expects", "the rest of Europe combined", id="claim-before-its-verb"),
])
def test_a_claim_runs_over_a_wire_capital_after_an_abbreviation(
    run: Callable[..., Doc], text: str, start: str, end: str
) -> None:
    claims = _claims(run, text)
    assert claims and claims[0].startswith(start) and claims[0].endswith(end), claims
