"""An organization's type where a word of its name says another kind of body than the name does: a central bank
named 'Bank of <country>' is government, not a company (but 'Industrial Bank of Japan' and 'Bank of China' are
companies); a multilateral development bank is international, a national one government; a savings and loan
association or a 'Bank and Trust Co' is a company (not an ngo, not a central bank); a legislature's committee is
government, whatever its other words ('Judiciary' is no court).

Every sentence is real text, its source named beside it (line breaks of the wire joined)."""

from __future__ import annotations

from typing import Any

import pytest

TYPED = [
    # BBC business/084
    ("The Bank of Mexico said that remittances grew 24% last year and now represent the country's second-biggest "
     "source of income after oil.", "Bank of Mexico", "government"),
    # Reuters-21578 00307
    ("The Bank of England said it forecast a shortage of around 800 mln stg in the money market today.",
     "Bank of England", "government"),
    # Reuters-21578 00221
    ("Average interest rates on yen certificates of deposit, CD, fell to 4.27 pct in the week ended February 25 from "
     "4.32 pct the previous week, the Bank of Japan said.", "Bank of Japan", "government"),
    # Reuters-21578 00312
    ("It widened to 622 mln dlrs in January from 484 mln in December and compared with a deficit of 334 mln in "
     "January 1986, Bank of Korea figures show.", "Bank of Korea", "government"),
    # BBC business/084
    ("Remittance charges are estimated to have dropped by between 50 and 60%, reports from the US Treasury and the "
     "Inter-American Development Bank have said.", "Inter-American Development Bank", "international"),
    # Reuters-21578 01985
    ("The World Bank, African Development Bank, European Community, Canada, Belgium, West Germany, Britain, Sweden, "
     "Italy and Denmark had contributed to the package, he said.", "African Development Bank", "international"),
    # Reuters-21578 05588
    ("Kan'an told reporters the loans, concluded during the past six months, were made by the European Investment "
     "Bank, the Islamic Development Bank and three Arab funds.", "Islamic Development Bank", "international"),
    # Reuters-21578 01955
    ("Japanese private plant and equipment investment will grow 0.1 pct in fiscal 1987, starting April 1, from 1986 "
     "due mainly to a continued slump in manufacturing sector spending, the Japan Development Bank said.",
     "Japan Development Bank", "government"),
    # Reuters-21578 19950
    ("\"We do believe they will be a better competitor than Sears,\" said James Stutz, Executive Vice President of "
     "Home Federal Savings and Loan Association <HFD>, based in San Diego.",
     "Home Federal Savings and Loan Association", "company"),
    # Reuters-21578 01676
    ("First Southern Federal Savings and Loan Association said it has agreed in principle to acquire Horizon "
     "Financial Corp and Horizon Funding corp from <Victor Federal Savings and Loan Association> of Muskogee, "
     "Okla., for undisclosed terms.", "Victor Federal Savings and Loan Association", "company"),
    # Reuters-21578 02847
    ("Landmark Savings Association said it completed the sale of its Whitehall, Pa., office, including deposits of "
     "about 31 mln dlrs, to Parkvale Savings Association.", "Landmark Savings Association", "company"),
    # Reuters-21578 00172
    ("The FDIC said it subsidized the merger of Central Bank and Trust Co, Glenmora, La., with the healthy Peoples "
     "Bank and Trust Co, Natchitoches, La., after state regulators notified it that Central was in danger of "
     "failing.", "Central Bank and Trust Co", "company"),
    # Reuters-21578 01236
    ("After testifying before a Senate Judiciary Committee, Webster answered repeatedly with \"no comment\" when "
     "asked by reporters if he has been approached.", "Senate Judiciary Committee", "government"),
    # Reuters-21578 15955
    ("\"Drugs are easily available in the Wall Street area,\" Weihenmayer told the Senate Judiciary Committee.",
     "Senate Judiciary Committee", "government"),
    # the same words ending a commercial bank's name, and a commercial 'Bank of <country>', stay companies
    # Reuters-21578 00889
    ("Japan's unemployment rate is expected to continue to climb to about 3.5 pct within the next year from "
     "January's three pct record, senior economists, including Susumu Taketomi of Industrial Bank of Japan, said.",
     "Industrial Bank of Japan", "company"),
    # Reuters-21578 01152
    ("<Royal Bank of Canada> said it estimates 1987 loan losses at one billion dlrs, a 25 mln dlr increase over last "
     "year.", "Royal Bank of Canada", "company"),
    # Reuters-21578 01919
    ("\"The Hongkong Bank group is still the leader in mortgage business despite tough competition from the Bank of "
     "China group and other foreign banks,\" one analyst said.", "Bank of China", "company"),
]


@pytest.mark.parametrize(("text", "name", "kind"), TYPED)
def test_a_bank_or_committee_is_typed_by_what_the_whole_name_names(run: Any, text: str, name: str,
                                                                   kind: str) -> None:
    found = {record["name"]: record["type"] for record in run(text)._.organizations}
    assert found.get(name, "missing") == kind, found
