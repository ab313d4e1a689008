"""A short form is one record with its firm's long form: initials before a legal form ('USX' of 'USX Corp',
'UFJ' of 'UFJ Holdings'), and a name that starts several longer names, which names the firm whose name is the
shortest of them and ends in a legal form ('Mobil' of 'Mobil Corp' beside 'Mobil Chemical Co'). Two names as
short as each other, or a shortest one with no legal form, leave the short form alone ('Foothill', 'Central').

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

# Reuters-21578 00008
USX = ("Moody's Investors Service Inc said it\nlowered the debt and preferred stock ratings of USX Corp and\nits "
       "units. About seven billion dlrs of securities is affected.\n    Moody's said the lowering reflects USX's "
       "unsecured creditors.\n")
# BBC business/032
UFJ = ("Sumitomo bosses told counterparts at UFJ of its decision on Friday, clearing the way for it to conclude a "
       "3 trillion yen ($29bn) deal with Mitsubishi.\n\nUFJ Holdings, Japan's fourth-largest bank, has been at the "
       "centre of a fierce bid battle over the last year.\n")
# Reuters-21578 16427
VBI = ("The group includes VBI Corp, a Turks and Caicos Islands\ninvestment firm, and Ingemar Rydin "
       "Industritillbehor AB, a\nSwedish investment firm, and Erik Martin Vik, a Norwegian\ninvestor, and Vik's son, "
       "Alexander.\n    The group said VBI and the elder Vik bought a combined\n298,200 Scandinavia Fund common "
       "shares since March 13 at prices\nranging from 9.500 to 10.000 dlrs a share.\n")
# Reuters-21578 11466
SOUTHWESTERN = ("Southwestern Energy Co said\nit reached an agreement with Arkla Energy Resources for Arkla\nto carry "
                "gas owned by Southwestern subsidiaries.\n    Payment terms vary depending on the type of service\n"
                "provided, a Southwestern spokesman said.\n    The pact calls for transmission of gas owned by Arkansas"
                "\nWestern Gas Co, Seeco Inc, Arkansas Gas Gathering Co and\nSouthwestern Energy Production Co, "
                "Southwestern Energy said.\n")
# Reuters-21578 00549
MOBIL = ("Mobil Corp's Mobil Chemical Co's\nsubsidiary, the world's largest producer of disposable plastic\nproducts, "
         "said it will enter the food packaging market.\n    Mobil said it will begin making clear container food\n"
         "packaging for supermarkets and institutions in March.\n")
# Reuters-21578 00435
WHITTAKER = ("Whittaker Corp said it will have a\ngain on the sale of discontinued businesses.\n    The company said it "
             "has entered into definitive agreements\nto sell Whittaker General Medical Corp, Bennes MArrel SA of\n"
             "France and Juster Steel Corp as well.\n    Whittaker today reported first quarter earnings from\n"
             "continuing operations fell to 1,522,000 dlrs.\n")
# Reuters-21578 00172
CENTRAL = ("The FDIC said it subsidized the merger of Central Bank and\nTrust Co, Glenmora, La., with the healthy Peoples "
           "Bank and\nTrust Co, Natchitoches, La., after state regulators notified it\nthat Central was in danger of "
           "failing.\n    Central had assets of 28.3 mln dlrs.\n    The FDIC said the deposits of the failed First "
           "National Bank of Crosby were assumed by Central Bancshares of the South Inc, Birmingham, Ala.\n")


def names_of(doc: Any) -> dict[str, str]:
    """Every name a record goes by, with the record's name."""
    return {alias: record["name"] for record in doc._.organizations for alias in [record["name"], *record["aliases"]]}


@pytest.mark.parametrize(
    "text, short, full",
    [
        (USX, "USX", "USX Corp"),
        (UFJ, "UFJ", "UFJ Holdings"),
        (VBI, "VBI", "VBI Corp"),
        (SOUTHWESTERN, "Southwestern", "Southwestern Energy Co"),
        (SOUTHWESTERN, "Southwestern Energy", "Southwestern Energy Co"),
        (MOBIL, "Mobil", "Mobil Corp"),
        (WHITTAKER, "Whittaker", "Whittaker Corp"),
    ],
)
def test_a_short_form_joins_its_firm(run: Any, text: str, short: str, full: str) -> None:
    assert names_of(run(text)).get(short) == full


def test_a_unit_keeps_its_own_record(run: Any) -> None:
    names = names_of(run(SOUTHWESTERN))
    assert names.get("Southwestern Energy Production Co") == "Southwestern Energy Production Co"


def test_a_shorter_name_without_a_legal_form_leaves_the_short_form_alone(run: Any) -> None:
    names = names_of(run(CENTRAL))
    assert names.get("Central") != "Central Bancshares of the South Inc"


def test_initials_before_a_body_of_their_own_stay_apart(run: Any) -> None:
    # BBC sport/192: a channel is no legal form ('BBC One' is the BBC's channel, not the BBC)
    doc = run("Meanwhile, the BBC has confirmed it will be televising Exeter's replay with Man Utd live on Wednesday "
              "19 January, from 1930 on BBC One.")
    assert names_of(doc).get("BBC") != "BBC One"
