"""Places: a one-word place name that is a word of a person's name the article gives is no place ('the rift between
Blair and Brown camps'), but a word in capitals inside a name written otherwise is an abbreviation the model ran into
the name ('Coloroll U.S.' tagged a person), so 'U.S.' elsewhere stays the United States; nor is a word of a name the
model tags an organization elsewhere ('Franco Nevada said' beside 'Franco Nevada stock'), so 'northern Nevada' stays.

Texts come from the Reuters-21578 corpus (source named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

CASES = [
    pytest.param(  # Reuters-21578 00334, the whole story
        "COLOROLL AGREES TO BUY U.S. WALLCOVERINGS COMPANY\n\n<Coloroll Group Plc> said it has entered\ninto a "
        "conditional agreement to acquire the business and assets\nof <Wallco Inc> and related companies for 14.5 mln "
        "dlrs.\n    Miami-based Wallco manufactures and distributes\nwallcoverings and showed a pretax profit of 1.5 "
        "mln dlrs on\nturnover of 37 mln in the year ending June 1986. The total U.S.\nMarket was estimated to be "
        "worth 840 mln dlrs in 1986, having\ngrown by 47 pct in the previous five years, Coloroll said.\n    The "
        "combined sales and profit of the enlarged Coloroll U.S.\nBusiness would be 67 mln and four mln dlrs "
        "respectively.\n REUTER\n",
        "U.S.", 384, id="market"),
    pytest.param(  # Reuters-21578 03997: the model tags the company a person once and an organization once
        "Franco Nevada Mining Corp Ltd said the\n"
        "gain in its stock price today is related to deep drilling being\n"
        "conducted by American Barrick Resources Corp at the Goldstrike\n"
        "claims in the Carlin camp in northern Nevada.\n"
        "    Franco Nevada stock is up two at seven dlrs per share on\n"
        "the Toronto Stock Exchange.\n"
        "    Franco Nevada said American Barrick announced on March nine\n"
        "that the drilling indicated a number of significant\n"
        "intersections of sulfide gold mineralization below a depth of\n"
        "about 1,000 feet.",
        "Nevada", 204, id="company"),
]


@pytest.mark.parametrize(("text", "name", "start"), CASES)
def test_a_place_in_a_name_tagged_a_person_stays_where_the_name_is_no_persons(
    run: Callable[..., Doc], text: str, name: str, start: int
) -> None:
    doc = run(text)
    assert any(ent.label_ == "PERSON" and name in ent.text for ent in doc.ents)
    assert any(mention["text"] == name and mention["start"] == start for place in doc._.places
               for mention in place["mentions"])
