"""A currency is no organization, though the model tags it one where it opens a sentence or in the wire's slang
('Sterling's firmness', 'The U.S. Unit eased'), in an article that speaks of money; a group named so stays ('the
Sterling group'), as does a firm's short form ('Sterling said' beside 'Sterling Drug Inc').

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def names(doc: Any) -> list[str]:
    return [record["name"] for record in doc._.organizations]


@pytest.mark.parametrize(
    "text, currency",
    [
        # Reuters-21578 10123
        ("Sterling's firmness also means there are profits to\nbe made from the currency turn. However, many equity "
         "dealers\npolled by Reuters think that the Japanese will shy away from\n", "Sterling"),
        # Reuters-21578 13396
        ("    The U.S. Unit eased to 1.8205/15 marks from an early\n1.8230/40 and New York's 1.8260/70 close.\n",
         "U.S. Unit"),
        # Reuters-21578 13396
        ("    The Hong Kong dollar stayed on the weak side of its 7.80\npeg with the U.S. Unit, finishing at 7.8015/35 "
         "against Friday's\nclose here of 7.8005/25.\n", "U.S. Unit"),
    ],
)
def test_a_currency_is_no_body(run: Any, text: str, currency: str) -> None:
    assert currency not in names(run(text))


@pytest.mark.parametrize(
    "text, body",
    [
        # BBC business/019
        ("The Indian mobile market is currently dominated by four companies, Bharti Televentures which has allied "
         "itself with Singapore Telecom, Essar which is linked with Hong Kong-based Hutchison Whampoa, the Sterling "
         "group and the Tata group.", "Sterling"),
        # Reuters-21578 07125
        ("Sterling Drug Inc said it submitted a\nnew drug application to the Food and Drug Administration for\n"
         "permission to market an oral form of Corotrope (milrinone), a\ndrug for treating chronic congestive heart "
         "failure.\n    Sterling said the application includes a series of studies\nof 952 patients and results of "
         "three multicenter studies\n", "Sterling Drug Inc"),
    ],
)
def test_a_body_named_like_a_currency_stays(run: Any, text: str, body: str) -> None:
    assert body in names(run(text))
