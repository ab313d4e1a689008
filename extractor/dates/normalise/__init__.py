"""Reading the text of one time expression into a TIMEX3 value, without a model.

``parse(text, context)`` is the whole reader: the ``Context`` says what the words around the expression
tell (anchor day, tense, a preposition before it), so the same text and context always read the same and
the reading is cached.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Optional

from ..lexicon import _CLOCK_VALUE_RE
from ..values import Context, Parsed
from .absolute import _fallback, _numeric, _partial
from .ranges import _clock_on_day, _clock_only, _range, _split_year, _weekdays_of_a_week
from .single import _single
from .tokens import _tokenize


@lru_cache(maxsize=8192)
def parse(text: str, ctx: Context) -> Optional[Parsed]:
    """The TIMEX3 reading of one time expression, or None when it is not one."""
    tokens = _tokenize(text)
    if not tokens:
        return None
    parsed = _weekdays_of_a_week(text, tokens, ctx) or _clock_on_day(text, tokens, ctx) or _split_year(tokens, ctx) \
        or _range(text, tokens, ctx) or _single(tokens, ctx) or _numeric(text, ctx) or _fallback(text, ctx)
    if parsed is not None and parsed.type == "time" and parsed.kind == "point" and parsed.value \
            and _CLOCK_VALUE_RE.search(parsed.value) and (found := _partial(tokens)) and _clock_only(found):
        # 'At 6:36 p.m., the operator ordered...' after 'on Friday': the story's day, else publication's
        return replace(parsed, offset=(0.0, "day", 1, parsed.value[11:], False))
    return parsed
