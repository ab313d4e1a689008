"""A firm named for its partners, which the model cuts at 'and' into two organizations ('Bolt Beranek' and 'Newman
Inc', 'Cable' and 'Wireless Plc', 'International Minerals' and 'Chemical Corp'), is one name where neither part
names anything apart: the part before 'and' is a whole entity the model tags ORG, neither part is a listed or known
name, and the article never writes either one apart from the firm's name. The article's repeats of the partners'
names, with or without the legal form ('Bell and Howell said'), are that firm too, also where the model tags the
firm's name whole ('Cable and Wireless is seeking' after 'Cable and Wireless Plc'). A list of firms stays apart ('IBM
and Hitachi Ltd'), as does a part after 'and', a comma or a capitalised word, where a list or a longer name runs on
before it ('Hicks and Haas and Acadia Partners LP', 'Lovett Mitchell\\nWebb and Garrison Inc').

A firm named '... and Co' or '... and Sons' whose legal form alone the model tags ('Co Ltd' of 'Samuel Montagu and Co
Ltd') takes in its partners' names before 'and': one to four capitalised words or initials each, over a wire's line
break, several set apart by commas ('Kidder, Peabody and Co Inc'); not a comma of a clause ('between Jefferies and
Boesky, Jefferies and Co would hold') or of a list after a person's full name ('Schroder Wagg, S.G. Warburg and Co
Ltd'), nor the second half of a hyphenated name ('Gabelli-Rosenthal and Partners LP').

Every passage is real news text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

ONE_FIRM = [
    # Reuters-21578 02129
    ("BOLT BERANEK AND NEWMAN <BBN> UNIT SELLS SYSTEM\n\nBolt Beranek and Newman Inc said\nits subsidiary BBN "
     "Advanced Computers Inc sold approximately\n700,000 dlrs worth of its Butterfly parallel processors to\n"
     "Indiana University, MITRE Corp, FMC Corp and the Naval Research\nLaboratory.",
     "Bolt Beranek and Newman Inc"),
    # Reuters-21578 10875
    ("<Advanced Voice Technologies Inc> said\nit has filed a suit against Reynolds and Reynolds Co <REYNA>,\n"
     "charging the company with pirating a computer-based voice\nmessaging system for auto dealer service "
     "departments (CASI),\nusing confidential information it received while test marketing\nthe system for "
     "Advanced Voice.", "Reynolds and Reynolds Co"),
    # Reuters-21578 13767
    ("Rexon Inc said an offering\nof two mln common shares is underway at 13.25 dlrs per share\nthrough "
     "underwriters led by Hambrecht and Quist Inc.\n    Underwriters have been granted an overallotment option "
     "for\nup to 300,000 more shares.", "Hambrecht and Quist Inc."),
    # Reuters-21578 05380
    ("    The deal, guaranteed by Mitsui Trust and Banking Co Ltd,\nwill carry a seven pct coupon in year one, "
     "rising to 8.44 pct\nin the final year.", "Mitsui Trust and Banking Co Ltd"),
    # Reuters-21578 11017
    ("Quartz Engineering and Materials\nInc said it has received a 500,000 dlr order from <Siemens AG>\nof West "
     "Germany for its ATMOSCAN automated environmentally\ncontrolled semiconductor wafer processing system.",
     "Quartz Engineering and Materials Inc"),
    # Reuters-21578 12942
    ("    Howard said he would use his trip to push for a bigger role\nin Japan's telecommunications industry for "
     "Cable and Wireless\nPlc. The U.K. Government has made the issue a test case for\nJapan's willingness to "
     "open its markets adequately to outside\ncompetition.", "Cable and Wireless Plc"),
]

REPEATED = [
    # Reuters-21578 18679 (its first, fourth and sixth sentences)
    ("Bell and Howell Co, in remarks prepared\nfor delivery to the New York Society of Security Analysts, said\nit "
     "expects per-share earnings to grow in the 12-to-15 pct range\nin the next three to four years.\n    The "
     "company said its decision to sell the DeVry business to\nKeller Graduate School of Management Inc will "
     "provide Bell and\nHowell with a non-recurring gain of more than 4.00 dlrs a share\nin the third quarter.\n"
     "    Bell and Howell said it will invest 16 mln dlrs this year\nin electronic product development and "
     "introduction.", "Bell and Howell Co", ["Bell and Howell Co", "Bell and Howell", "Bell and Howell"]),
    # Reuters-21578 01103 (its first and third sentences)
    ("Advertising agents Saatchi and Saatchi Co\nPlc <SACHY> said it was buying <Cleveland Consulting "
     "Associates\nInc> for an initial consideration of 2.0 mln dlrs.\n    At the Saatchi and Saatchi annual "
     "meeting today, the\ncompany reported a particularly strong start to the current\nyear.",
     "Saatchi and Saatchi Co Plc", ["Saatchi and Saatchi Co Plc", "Saatchi and Saatchi"]),
    # Reuters-21578 10005 (its second, third and fifth sentences): the model tags the first name whole
    ("    She told Parliament that the bid by the U.K.'s Cable and\nWireless Plc <CAWL.L> to enter the Japanese "
     "telecommunications\nmarket was being regarded by her government as a test case.\n    \"I wrote to the prime "
     "minister of Japan, Mr Nakasone, on the\nfourth of March to express our interest on the Cable and\nWireless "
     "bid. I have not yet had a reply,\" Thatcher said.\n    Cable and Wireless is seeking a stake in the proposed\n"
     "Japanese telecommunications rival to Kokusai Denshin Denwa.", "Cable and Wireless Plc",
     ["Cable and Wireless Plc", "Cable and Wireless", "Cable and Wireless"]),
]

AND_CO = [
    # Reuters-21578 00697
    ("Currency fluctuations may reassert their\ninfluence on the bullion market in the near future, bullion\n"
     "bankers Samuel Montagu and Co Ltd said in a market report.", "Samuel Montagu and Co Ltd"),
    # Reuters-21578 03101
    ("Frank B. Hall and Co Inc said the\nsuperintendent of insurance of New York, as liquidator of Union\nCapital "
     "Indemnity Insurance Co of New York, has filed a lawsuit\nagainst the company, Touche Ross and Co, a group of "
     "Hall units,\nand former officers and directors of Union Indemnity seeking\ndamages of 140 mln dlrs in "
     "connection with Union's insolvency.", "Frank B. Hall and Co Inc"),
    # Reuters-21578 03185
    ("    S.G. Warburg and Co Ltd is arranger for the financing, the\nbankers said.", "S.G. Warburg and Co Ltd"),
    # Reuters-21578 05384
    ("Corken International Corp said it\nhas completed an initial public offering of 500,000 common\nshares at "
     "five dlrs each through underwriters led by Lowell H.\nListrom and Co Inc.", "Lowell H. Listrom and Co Inc."),
    # Reuters-21578 12108
    ("    Burlington Industries Inc <BUR> - Offering of 100 mln dlrs\nof sinking fund debentures due 2017 through "
     "Kidder, Peabody and\nCo Inc and an offering of 75 mln dlrs of convertible\nsubordinated debentures due 2012 "
     "through an underwriting group\nled by Kidder, Peabody.", "Kidder, Peabody and Co Inc"),
    # Reuters-21578 07200
    ("    Under the agreement between Jefferies and Boesky, Jefferies\nand Co would hold stock owned by Seemala "
     "Corp, one of Boesky's\nbrokerage firms, for 31 days, after which Seemala would \"buy\"\nthe stock back, the "
     "SEC said.", "Jefferies and Co"),
    # Reuters-21578 18004
    ("    Dealers will be Schroder Wagg, S.G. Warburg and Co Ltd and\nCounty Natwest Capital Markets Ltd.",
     "S.G. Warburg and Co Ltd"),
]

APART = [
    # Reuters-21578 17904
    ("    Late last year, IBM and Hitachi Ltd <HIT.T> said they had\nagreed to revise a separate 1983 agreement "
     "which arose out of\nsoftware disputes similar to those between Fujitsu and IBM.", "IBM and Hitachi Ltd"),
    # Reuters-21578 17694
    ("SPI Holding Inc, a group consisting of\nHicks and Haas and Acadia Partners LP, said it has received\n"
     "commitments for the senior bank financing needed to complete\nits proposed acquisition of Spectradyne Inc "
     "for 46 dlrs a share.", "Haas and Acadia Partners LP"),
    # Reuters-21578 15633
    ("    The partnership said the units are expected to be offered\nat 13 to 15 dlrs each next month by "
     "underwriters managed by\nDonaldson Lufkin and Jenrette, Rotan Mosle Inc, Lovett Mitchell\nWebb and "
     "Garrison Inc and Southwest Securities Inc.", "Webb and Garrison Inc"),
]


def names(doc: Any) -> set[str]:
    return {record["name"] for record in doc._.organizations}


@pytest.mark.parametrize("text, firm", ONE_FIRM)
def test_a_firm_the_model_cuts_at_and_is_one_name(run: Any, text: str, firm: str) -> None:
    found = names(run(text))
    assert " ".join(firm.split()) in found
    assert not any(firm.endswith(" " + name) or firm.startswith(name + " and") for name in found)


@pytest.mark.parametrize("text, firm, mentions", REPEATED)
def test_the_partners_names_repeated_are_the_firm(run: Any, text: str, firm: str, mentions: list[str]) -> None:
    records = run(text)._.organizations
    record = next(record for record in records if record["name"] == firm)
    assert [" ".join(mention["text"].split()) for mention in record["mentions"]] == mentions
    assert not {"Bell", "Howell", "Saatchi", "Cable", "Wireless"} & {record["name"] for record in records}


@pytest.mark.parametrize("text, wrong", APART)
def test_a_list_of_firms_stays_apart(run: Any, text: str, wrong: str) -> None:
    assert wrong not in names(run(text))


@pytest.mark.parametrize("text, firm", AND_CO)
def test_a_firm_and_co_takes_in_its_partners_names(run: Any, text: str, firm: str) -> None:
    found = names(run(text))
    assert " ".join(firm.split()) in found
    assert not any(name != firm and name.endswith(firm.split(" and ")[-1]) for name in found)
