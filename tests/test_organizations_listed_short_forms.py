"""A listed company's name or a firm's initials, used alone after the article gives the firm's name ending in a legal
form, are that firm's short form ('Adobe' after 'Adobe Systems Inc', 'MCI' after 'MCI Communications Corp', 'WTC'
after 'WTC International N.V.'): one record. Not where the initials already stand for another body of the article ('GE' of 'General Electric Co' beside
its unit 'GE Information Services Co') or where the firm's name comes after the short one, a unit the short one
floats ('BHP' ... 'a new company, BHP Gold Mines Ltd').

Every text is real, its source named beside it (line breaks of the wire joined)."""

from __future__ import annotations

from typing import Any

import pytest

JOINED = [
    # Reuters-21578 01130
    ("Adobe Systems Inc said it signed a contract with International Business Machines, giving IBM licensing rights "
     "to its PostScript page description language interpreter. Adobe said IBM plans to use PostScript as one of the "
     "foundation elements of its preferred environments for IBM electronic publishing products.",
     "Adobe Systems Inc", "Adobe"),
    # Reuters-21578 02130
    ("MCI Communications Corp President Bert Roberts said he expects MCI's financial performance to improve in the "
     "current quarter compared to the previous quarter.", "MCI Communications Corp", "MCI"),
    # Reuters-21578 00408 (a European legal form)
    ("Pittston Co said it has tentatively agreed to acquire WTC International N.V. in a tax-free exchange of stock. "
     "Pittston said it agreed to exchange 0.523 common share for each of the about 8,612,000 WTC common shares "
     "outstanding. Pittston said WTC's three principal shareholders, who own 62 pct of its stock, are parties to this "
     "agreement.", "WTC International N.V.", "WTC"),
]

APART = [
    # Reuters-21578 01663
    ("GE Information Services Co, a unit of General Electric Co, said it is making avialable this week an on-line "
     "stock market analysis database, called VESTOR, on GEnie, the General Electric Network for Information "
     "Exchange. GE said Investment Technologies Inc <IVES> developed the database that evaluates more than 6,000 "
     "securities and advises users on stock market decisions based on their portfolio needs and criteria.",
     "GE Information Services Co", "GE"),
    # Reuters-21578 01918
    ("The Broken Hill Pty Co Ltd <BRKN.S> (BHP) said it plans a renounceable one-for-three issue of rights to float "
     "a new company, <BHP Gold Mines Ltd> (BHPGM), which will hold most of BHP's gold interests.",
     "BHP Gold Mines Ltd", "BHP"),
]


@pytest.mark.parametrize(("text", "name", "short"), JOINED)
def test_a_listed_name_or_initials_after_the_firms_legal_name_are_its_short_form(run: Any, text: str, name: str,
                                                                                 short: str) -> None:
    aliases = {record["name"]: record["aliases"] for record in run(text)._.organizations}
    assert short in aliases.get(name, []), aliases


@pytest.mark.parametrize(("text", "name", "short"), APART)
def test_initials_of_another_body_or_before_a_units_name_stay_apart(run: Any, text: str, name: str,
                                                                    short: str) -> None:
    aliases = {record["name"]: record["aliases"] for record in run(text)._.organizations}
    assert name in aliases and short not in aliases[name], aliases
