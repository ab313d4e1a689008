"""Regular expressions that read article text finish in time linear in their input: a pattern where one
character may be matched by two parts of it (a letter inside a word that is also a word character, a digit
inside a run of non-dashes) made the matcher retry every split, for hours on a real BBC line-up. An alarm fails
each test where the pattern would hang."""

from __future__ import annotations

import re
import signal
from typing import Any, Callable

import pytest

from extractor.numbers.ranges import _RANGE_TOKEN
from extractor.organizations.teams import SCORERS_LINE
from extractor.readers.furniture import _ADDRESS

# bbc/sport/246, 224: line-ups that end with the unused substitutes, which are no scorers line
CHELSEA = ("Cech, Paulo Ferreira, Ricardo Carvalho (Drogba 45), Terry, Gallas, Duff, Tiago (Bridge 45), Makelele, "
           "Lampard, Robben, Gudjohnsen (Parker 77). Subs Not Used: Kezman, Cudicini.")
BRIGHTON = ("Phillips, Amankwaah, Coles, Hill, Fortune, Murray (Anyinsah 59), Doherty (Harley 45), Dinning, Bell, Lita "
            "(Cotterill 72), Gillespie. Subs Not Used: Orr, Brown.")


@pytest.mark.parametrize("pattern, ask, text, found", [
    (SCORERS_LINE, re.Pattern.fullmatch, CHELSEA, False),
    (SCORERS_LINE, re.Pattern.fullmatch, BRIGHTON, False),
    (SCORERS_LINE, re.Pattern.fullmatch, CHELSEA.split(". Subs")[0] + ".", True),
    # a web page's line of figures or a blob with no "@" after it, and one with an address at its end
    (_ADDRESS, re.Pattern.search, "1." * 50_000, False),
    (_ADDRESS, re.Pattern.search, "1." * 50_000 + " press@chron.com", True),
    # a token of figures with no dash, and a range token
    (_RANGE_TOKEN, re.Pattern.match, "1" * 80_000, False),
    (_RANGE_TOKEN, re.Pattern.match, "3.5–4.0", True),
])
def test_a_long_input_is_read_at_once(pattern: re.Pattern[str], ask: Callable[..., Any], text: str, found: bool):
    signal.signal(signal.SIGALRM, _too_long)
    signal.alarm(10)
    try:
        assert (ask(pattern, text) is not None) is found
    finally:
        signal.alarm(0)


def _too_long(*_: Any) -> None:
    raise AssertionError("the pattern backtracks without end")
