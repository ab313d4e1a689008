"""The wire capitalises the word after 'U.S.' or 'U.K.' whatever it is: one such word, no body's head, that
modifies the common noun after it is no organization ('a U.S. Chemical firm'); 'U.S. Mint' stays a body.

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


def names(doc: Any) -> list[str]:
    return [record["name"] for record in doc._.organizations]


@pytest.mark.parametrize(
    "text, wrong",
    [(CHEMICAL, "U.S. Chemical"), (INSTITUTIONAL, "U.K. Institutional"), (HEALTH, "U.S. Health"),
     (FINANCIAL, "U.K. Financial")],
)
def test_a_capital_after_the_initials_before_a_common_noun_is_no_name(run: Any, text: str, wrong: str) -> None:
    assert wrong not in names(run(text))


def test_a_body_named_so_stays(run: Any) -> None:
    assert "U.S. Mint" in names(run(MINT))
