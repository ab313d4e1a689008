"""A body of states named 'International ... Agency/Council/Fund/Organization' is international, not government by its
head ('the International Energy Agency said', 'the International Tin Council (ITC)'); a council of a trade's members
is a trade body, ngo ('National Pork Producers Council', 'Council of Mortgage Lenders'). A state's own commission and
a council of ministers stay government.

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import type_of


@pytest.mark.parametrize(
    "text, name, kind",
    [
        # Reuters-21578 02522
        ("    World oil demand fell to 45.3 mln bpd in fourth quarter\n1986, the International Energy Agency said.\n",
         "International Energy Agency", "international"),
        # BBC business/028
        ("The International Energy Agency (IEA) warned demand for Opec's crude in the first quarter would outstrip "
         "supply.", "International Energy Agency", "international"),
        # Reuters-21578 05258
        ("    The still unresolved legal wrangle surrounding the\nInternational Tin Council (ITC), which had buffer "
         "stock losses\nrunning into hundreds of millions of sterling, is also casting\na shadow over commodity "
         "negotiations.\n", "International Tin Council", "international"),
        # Reuters-21578 07124
        ("    The International Coffee Organization executive board is to\nmeet in London between March 31 and April "
         "2.\n", "International Coffee Organization", "international"),
        # Reuters-21578 20060
        ("East and West on Monday decided to go\nahead with an ambitious nuclear fusion project billed as\npossibly "
         "providing an inexhaustible source of energy, the\nInternational Atomic Energy Agency (IAEA) said.\n",
         "International Atomic Energy Agency", "international"),
        # Reuters-21578 06269
        ("    The farm groups included the American Farm Bureau\nFederation, American Soybean Association, National "
         "Cattlemen's\nAssociation, National Corn Growers Association, National Cotton\nCouncil, National Pork "
         "Producers Council and the U.S. Feed\nGrains Council.\n", "National Pork Producers Council", "ngo"),
        # Reuters-21578 02881
        ("AMERICAN PORK CONGRESS TO BE OVERHAULED IN 1988\n\nThe National Pork Producers Council,\nNPPC, announced at "
         "this year's American Pork Congress, APC,\nthat the Congress and trade show will be divided into two parts.\n",
         "National Pork Producers Council", "ngo"),
        # BBC business/177
        ("Last week, figures from the Council of Mortgage Lenders (CML) indicated that the popularity of buy-to-let "
         "mortgages - a key phenomenon of the housing boom - could be waning.", "Council of Mortgage Lenders", "ngo"),
    ],
)
def test_bodies_of_states_and_trades_are_typed_so(run: Any, text: str, name: str, kind: str) -> None:
    assert type_of(run(text), name) == kind


@pytest.mark.parametrize(
    "text, name",
    [
        # Reuters-21578 06281
        ("Harley-Davidson Inc said it is\npetitioning the International Trade Commission to lift import\ntaxes on "
         "Japanese motorcycle manufacturers.\n", "International Trade Commission"),
        # BBC tech/048
        ("The EC says the Council of Ministers will adopt a draft version that was agreed upon last May but said it "
         "would review \"all aspects of the text\".", "Council of Ministers"),
    ],
)
def test_a_states_commission_and_its_ministers_stay_government(run: Any, text: str, name: str) -> None:
    assert type_of(run(text), name) == "government"
