"""One body is one record: the forms an article gives one organization (its full name, its initials, a variant
spelling) are its aliases, not records of their own.

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

# Reuters-21578 19043
JAL = ("Faulty repairs and inadequate inspection\ncaused the 1985 crash of a Japan Airlines Co Ltd <JAPN.T> (JAL)\n"
       "Boeing 747 which killed 520 people, the Japanese government\nsaid in a final official report.\n    A Japan Air "
       "Lines spokesman declined comment on the report.\nBoeing is expected to release a statement later today.\n    "
       "The report cleared the JAL crew of all responsibility.\n")
# Reuters-21578 17048
BP = ("Standard Oil Co <SRD> said in a brief\nannouncement issued after a meeting of its board of directors\nthat "
      "British Petroleum Co PLC <BP.L> (BP) has extended its 70\ndlr per share tender offer until midnight May 4.\n    "
      "The offer for the 45 pct of Standard shares not owned by BP\nhad been due to expire midnight April 28.\n")
# Reuters-21578 17474
BMW = ("They were generally optimistic for Bayerische Motoren Werke\nAG <BMWG.F> (BMW) but some were sceptical it "
       "could match record\n1986 profits.\n    BMW's chairman Eberhard von Kuenheim shrugged off the\nweak dollar.\n")
# Reuters-21578 21509
FCL = ("Fletcher Challenge Ltd <FLTC.WE> (FCL)\nannounced a striking price of 5.89 N.Z. Dlrs a share for\nshareholders "
       "who have elected to receive bonus shares.\n    FCL shares were quoted from Monday as ex-dividend and\nclosed at "
       "6.10 dlrs.\n")

def names_of(doc: Any) -> dict[str, str]:
    """Every name a record goes by, with the record's name."""
    return {alias: record["name"] for record in doc._.organizations for alias in [record["name"], *record["aliases"]]}


@pytest.mark.parametrize(
    "text, initials, full",
    [
        (JAL, "JAL", "Japan Airlines Co Ltd"),
        (BP, "BP", "British Petroleum Co PLC"),
        (BMW, "BMW", "Bayerische Motoren Werke AG"),
        (FCL, "FCL", "Fletcher Challenge Ltd"),
    ],
)
def test_initials_in_brackets_after_a_wire_ticker_are_the_names_before_it(run: Any, text: str, initials: str,
                                                                          full: str) -> None:
    assert names_of(run(text)).get(initials) == full


def test_a_variant_spelling_sharing_the_initials_is_the_same_body(run: Any) -> None:
    assert names_of(run(JAL)).get("Japan Air Lines") == "Japan Airlines Co Ltd"

