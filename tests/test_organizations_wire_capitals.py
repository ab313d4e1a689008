"""The wire capitalises the word after 'U.S.' or 'U.K.' whatever it is: one such word, no body's head, that
modifies the common noun after it is no organization ('a U.S. Chemical firm'), nor is one that is no body's head or
word at all ('A U.S. Official said') or a plural naming the country's bodies of a kind ('demands by U.S. Airlines');
'U.S. Mint', 'U.S. Steel', 'U.S. Lines' stay bodies.

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

# Reuters-21578 11361
CHEMICAL = ("Du Pont De Nemours Nederland BV, a\nunit of U.S. Chemical firm E.I. Du Pont De Nemours and Co\n<DD.N>, "
            "plans to dismiss 140 of its workforce, Dutch labour\nfederation FNV spokesman Frank Koolen said.\n")
# Reuters-21578 18449
INSTITUTIONAL = ("    Broker Francesco Dinepi at Milan investment firm <Sige\nSpa>, said some U.K. Institutional "
                 "investors had placed buy\norders in Milan this morning.\n")
# Reuters-21578 18577
HEALTH = ("declined to comment on market rumours that it may be\nconsidering a bid for the U.S. Health care group The "
          "Gillette\nCo <GS.N>.\n")
# Reuters-21578 00561
FINANCIAL = ("   In January, Benetton acquired a large minority stake in the\nItalian unit of the U.K. Financial "
             "services group Prudential\nCorp PLC [PRUL.L].\n")
# Reuters-21578 17273
MINT = ("A visiting U.S. Mint official told\nreporters that American Eagle gold coins took the largest share\nof the "
        "world bullion coin market in 1986 despite the fact sales\nonly began in October last year.\n")
# Reuters-21578 04104
AIRLINES = ("Washington by a delegation from the three countries' transport\nministries, was seen in the industry as a "
            "major concession to\ndemands by U.S. Airlines to deregulate air fares to\nScandinavia.\n")
# Reuters-21578 16970
OFFICIAL = ("    Baldrige and China's Foreign Trade Minister Zheng Tuobin\nwill act as chairmen of the fifth session of a "
            "commission on\ncommerce and trade that will review bilateral trade relations.\n    A U.S. Official said "
            "other issues to be raised during\nBaldrige's talks are trade deficits, which each country says it\nhas "
            "with the other, and the problems facing U.S. Companies\ninvesting in China.\n")
# Reuters-21578 17438
INSURERS = ("Industry sources said all 17 Japanese and\nU.S. Insurers offering variable life policies here have earned\n"
            "returns of more than 10 pct on their investments.\n")
# Reuters-21578 00358
STEEL = ("    Vendor deliveries improved slightly last month, but members\nreported that steel supplies were tight as U.S. "
         "Steel <X>\ngradually resumed production.\n")
# Reuters-21578 00044
LINES = ("    U.S. Lines said negotiations on the contract are expected\nto be completed within the next week.\n")


def names(doc: Any) -> list[str]:
    return [record["name"] for record in doc._.organizations]


@pytest.mark.parametrize(
    "text, wrong",
    [(CHEMICAL, "U.S. Chemical"), (INSTITUTIONAL, "U.K. Institutional"), (HEALTH, "U.S. Health"),
     (FINANCIAL, "U.K. Financial")],
)
def test_a_capital_after_the_initials_before_a_common_noun_is_no_name(run: Any, text: str, wrong: str) -> None:
    assert wrong not in names(run(text))


@pytest.mark.parametrize("text, wrong", [(AIRLINES, "U.S. Airlines"), (OFFICIAL, "U.S. Official"),
                                         (INSURERS, "U.S. Insurers")])
def test_a_capital_after_the_initials_naming_no_one_body_is_no_name(run: Any, text: str, wrong: str) -> None:
    assert wrong not in names(run(text))


@pytest.mark.parametrize("text, body", [(MINT, "U.S. Mint"), (STEEL, "U.S. Steel"), (LINES, "U.S. Lines")])
def test_a_body_named_so_stays(run: Any, text: str, body: str) -> None:
    assert body in names(run(text))
