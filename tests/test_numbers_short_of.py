"""Numbers: "short of" a figure, "just short of" it, is less than it, as "just under" is ("just short of 60,000
tonnes", "just short of $449,000", "were short of 36 pct").

Every excerpt is real news: Reuters-21578 (reuters/NNNNN), with the wire's line breaks, and a web page (web <id>).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_numbers_counted_heads import figure


@pytest.mark.parametrize("text, wanted", [
    # reuters/18637
    ("The same graph shows total butter consumption in 1973 at\njust over 30,000 tonnes compared with just short of "
     "60,000\ntonnes last year.", "just short of 60,000"),
    # web 156770d6
    ("The state's Department of Social Services paid a Minnesota ad agency just short of $449,000 this fall for their "
     "work on the campaign.", "just short of $449,000"),
    # reuters/04525
    ("Oil imports\npeaked in 1977 at 47 pct, were short of 36 pct last year and\nthis year are up over 40 pct, "
     "Bentsen said.", "short of 36 pct"),
])
def test_short_of_a_figure_is_less_than_it(extractor: Any, text: str, wanted: str) -> None:
    assert figure(extractor, text, wanted)["qualifier"] == "less_than"
