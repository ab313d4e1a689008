"""A firm the article names with its legal form ('Zapata Corp', the wire's '<Donohue\nInc>') is named again by the rest
of its name, which the model leaves untagged or tags as a person, a place or a nationality ('Zapata said', 'the
stake in Donohue'): each such use is a mention of the firm. A use that runs on into a longer name ('the 148 Unocal
76 Auto/TruckStops') is none.

Every passage is real wire text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

MENTIONED = [
    # Reuters-21578 00568
    ("Zapata Corp said it does not intend to\npay the interest due March 15 on its 10-1/4 pct subordinated\ndebentures "
     "due 1997 or the interest due May One on its 10-7/8\npct subordinated debentures due 2001.\n    Zapata said the "
     "results of continuing discussions with its\nbank lenders and the company's future financial position will\n"
     "determine Zapata's ability to meet its obligations to holders\nof the subordinated debentures.\n    Zapata "
     "stopped paying interest on the debentures in April\n1986.", "Zapata Corp", "Zapata", 3),
    # Reuters-21578 00372
    ("    Hutton said the acquiring company, PC Acquisition Inc, is\npaying 35 dlrs cash per share for 83 pct of "
     "Purolator's stock\nin a tender offer to begin Thursday. The rest of the shares\nwill be purchased for "
     "securities and warrants to buy stock in a\nsubsidiary of PC Acquisition, containing Purolator's U.S.\ncourier "
     "operations.\n    If all the shares of Purolator are tendered, shareholders\nwould receive for each share 29 dlrs "
     "cash, six dlrs in\ndebentures, and a warrant to buy shares in a subsidiary of PC\nAcquisition containing the "
     "U.S. courier operations.", "PC Acquisition Inc", "PC Acquisition", 2),
    # Reuters-21578 00045
    ("ChemLawn Corp <CHEM> could attract a\nhigher bid than the 27 dlrs per share offered by Waste\nManagement Inc "
     "<WNX>, Wall Street arbitrageurs said.\n    Shares of ChemLawn shot up 11-5/8 to 29-3/8 in\n"
     "over-the-counter- trading with 3.8 mln of the company's 10.1\nmln shares changing hands by late afternoon.",
     "ChemLawn Corp", "ChemLawn", 1),
    # Reuters-21578 00079
    ("    The company, which last week won a bid to buy the Quebec\ngovernment's 55 pct interest in pulp and paper "
     "company <Donohue\nInc>, will also likely go ahead with plans to build a new paper\nmill in Matane, Quebec, "
     "Peladeau said.\n    Peladeau said the joint acquisition of Donohue with Robert\nMaxwell's British Printing and "
     "Communications Corp plc <BPCL.L>\ndoes not mean Quebecor is planning a similar venture.", "Donohue Inc",
     "Donohue", 1),
]


def mentions_of(doc: Any, name: str) -> list[str]:
    return [item["text"] for record in doc._.organizations if record["name"] == name for item in record["mentions"]]


@pytest.mark.parametrize("text, name, short, count", MENTIONED)
def test_a_firms_name_without_its_legal_form_is_its_mention(run: Any, text: str, name: str, short: str,
                                                             count: int) -> None:
    shorts = [mention for mention in mentions_of(run(text), name) if " ".join(mention.split()) == short]
    assert len(shorts) == count


def test_a_firms_short_name_running_into_a_longer_name_is_no_mention(run: Any) -> None:
    # Reuters-21578 00471
    text = ("Unocal Corp said it plans to introduce\ntruck lube centers at most of the 148 Unocal 76 "
            "Auto/TruckStops\nalong the nation's interstate highways.")
    doc = run(text)
    inside = text.index("Unocal 76")
    assert not any(item["start"] == inside for record in doc._.organizations for item in record["mentions"])
