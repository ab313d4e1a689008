"""Reading the text of one time expression into a TIMEX3 value, without a model.

``parse(text, context)`` is the whole reader: the ``Context`` says what the words around the expression
tell (anchor day, tense, a preposition before it), so the same text and context always read the same and
the reading is cached. ``RULES`` below is the order in which the expression families are tried; the row
for one expression leads on to the table of single expressions, ``single.RULES``.
"""

from __future__ import annotations

from dataclasses import fields, replace
from functools import lru_cache, wraps
from typing import Any, Callable, Optional, Protocol

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


class ContextFields(Protocol):
    """A context whose fields are worked out when first asked (extractor.dates.resolve.Surroundings)."""

    def field(self, name: str) -> Any: ...


_FIELDS = frozenset(field.name for field in fields(Context))
_CHEAP = ("anchor", "ordered", "between", "dated", "opened", "definite", "rate", "ahead", "signal")
# The order in which a kept reading compares the fields it looked at: first those the words next to the span tell,
# so that a reading they rule out is not compared on the clause's tense, the dearest, last.
_COMPARED = (*_CHEAP, *sorted(_FIELDS - {*_CHEAP, "past", "tense"}), "past", "tense")
# Texts whose readings are kept; past this many they are forgotten and met afresh.
READINGS_CAP = 8192
_READINGS: dict[str, list[tuple[tuple[str, ...], tuple[Any, ...], Optional[Parsed]]]] = {}


def parse_around(text: str, around: ContextFields) -> Optional[Parsed]:
    """``parse(text, context)`` for the context ``around`` works out, asking it only for the fields the reading
    looks at.

    The rules read a few fields of a context, which the text's words decide (a lone year reads none of the
    clause's tense): each text keeps the readings made of it, each with the fields it looked at and their
    values, and a context with those values again reads the same (the rules read nothing else of it),
    whatever its other fields. So a span is read without working out its whole context (the clause's tense
    cost most of it), and a text read in a context differing only in fields its reading never looked at is not
    read again."""
    readings = _READINGS.get(text)
    if readings is None:
        if len(_READINGS) >= READINGS_CAP:
            _READINGS.clear()
        readings = _READINGS[text] = []
    for names, values, parsed in readings:
        if all(around.field(name) == value for name, value in zip(names, values)):
            return parsed
    watched = _Watched(None)
    looked_at: set[str] = set()
    object.__setattr__(watched, "_around", around)
    object.__setattr__(watched, "_looked_at", looked_at)
    try:
        parsed = parse.__wrapped__(text, watched)
    finally:
        watched.settle()
    names = tuple(name for name in _COMPARED if name in looked_at)
    readings.append((names, tuple(around.field(name) for name in names), parsed))
    return parsed


def forget_readings() -> None:
    """Drop the readings ``parse`` and ``parse_around`` keep: they were made with the word lists installed before."""
    parse.cache_clear()
    _READINGS.clear()


class _Watched(Context):
    """A context whose fields, when read, are those ``_around`` works out, and which notes the fields read into
    ``_looked_at`` (both set once it is made; the values it was made with are never read). One made from it by
    ``dataclasses.replace`` has neither, reads as a plain context and need note nothing: ``replace`` read every
    field it kept."""

    def __getattribute__(self, name: str) -> Any:
        if name in _FIELDS:
            state = object.__getattribute__(self, "__dict__")
            around = state.get("_around")
            if around is not None:
                state["_looked_at"].add(name)
                return around.field(name)
        return object.__getattribute__(self, name)

    def settle(self) -> None:
        """Keep the values handed out and let go of ``_around`` (and so of the doc): a reading that passed this
        context on to ``parse`` (a second zone's) left it as a key of that cache, which hashing it read whole."""
        state = object.__getattribute__(self, "__dict__")
        around = state.pop("_around")
        for name in state["_looked_at"]:
            object.__setattr__(self, name, around.field(name))
