"""Reading the text of one time expression into a TIMEX3 value, without a model.

``parse(text, context)`` is the whole reader: the ``Context`` says what the words around the expression
tell (anchor day, tense, a preposition before it), so the same text and context always read the same and
the reading is cached. ``RULES`` below is the order in which the expression families are tried; the row
for one expression leads on to the table of single expressions, ``single.RULES``.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache, wraps
from typing import Callable, Optional

from ..lexicon import _CLOCK_VALUE_RE
from ..values import Context, Parsed, Rule, Tok
from .absolute import _fallback, _numeric, _partial, _second_zone
from .ranges import _clock_on_day, _clock_only, _range, _split_year, _weekdays_of_a_week
from .single import read_single
from .tokens import _tokenize


def _of_tokens(read: Callable[[list[Tok], Context], Optional[Parsed]]) -> Callable[..., Optional[Parsed]]:
    """A rule that reads only the tokens, as a row of the table of whole texts."""
    @wraps(read)
    def on_text(text: str, tokens: list[Tok], ctx: Context) -> Optional[Parsed]:
        return read(tokens, ctx)
    return on_text


def _of_text(read: Callable[[str, Context], Optional[Parsed]]) -> Callable[..., Optional[Parsed]]:
    """A rule that reads only the text as written (digits and separators), as a row of the table."""
    @wraps(read)
    def on_text(text: str, tokens: list[Tok], ctx: Context) -> Optional[Parsed]:
        return read(text, ctx)
    return on_text


def _in_first_zone(text: str, tokens: list[Tok], ctx: Context) -> Optional[Parsed]:
    """'1530 EST/2030 GMT' read as '1530 EST': the second zone gives the same time again."""
    blanked = _second_zone(text)
    return parse(blanked, ctx) if blanked is not None else None


# The expression families, tried in this order on the whole text: the first rule that reads it wins. The
# ones of two parts come before the one-expression table, which would read only a part of them ('Sunday
# to Tuesday next week' is not 'next week'); all-digit spellings and dateparser come last, for what the
# word rules leave.
RULES: tuple[Rule, ...] = (
    Rule("'1530 EST/2030 GMT' (a wire clock time given again in a second zone)", _in_first_zone),
    Rule("'from Sunday to Tuesday next week', 'next week between Wednesday and Friday'", _weekdays_of_a_week),
    Rule("'10:35 a.m. yesterday', 'today at 8.30pm', '9 a.m. to noon tomorrow'", _clock_on_day),
    Rule("'1986/87', 'late 1987/88'", _of_tokens(_split_year)),
    Rule("'from March 3 to 5', 'between 1990 and 1995', 'October 27 to November 8'", _range),
    Rule("one expression: 'two weeks ago', 'last week', 'March 3, 2004' (the table single.RULES)",
         _of_tokens(read_single)),
    Rule("'02/22/2016', '11.08.2023', '2016-11', '4/22' after 'on'", _of_text(_numeric)),
    Rule("what dateparser reads of the rest: '3 March 87'", _of_text(_fallback)),
)


@lru_cache(maxsize=8192)
def parse(text: str, ctx: Context) -> Optional[Parsed]:
    """The TIMEX3 reading of one time expression, or None when it is not one."""
    tokens = _tokenize(text)
    if not tokens:
        return None
    parsed = None
    for rule in RULES:
        parsed = rule.read(text, tokens, ctx)
        if parsed is not None:
            break
    if parsed is not None and parsed.type == "time" and parsed.kind == "point" and parsed.value \
            and _CLOCK_VALUE_RE.search(parsed.value) and (found := _partial(tokens)) and _clock_only(found):
        # 'At 6:36 p.m., the operator ordered...' after 'on Friday': the story's day, else publication's
        return replace(parsed, offset=(0.0, "day", 1, parsed.value[11:], False))
    return parsed
