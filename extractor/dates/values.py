"""The shapes that travel between the parts: what a span's surroundings say, what a reading is.

They hold no logic so that the rule modules, the document resolver and the spaCy component can share
them without importing one another.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Callable, Optional


_DIRECTION_REFS = {-1: "PAST_REF", 1: "FUTURE_REF"}


@dataclass(frozen=True)
class Context:
    """What the text alone does not say: the anchor day, the tense and the words around the span."""

    anchor: Optional[date]
    tense: Optional[str] = None
    between: bool = False
    rate: bool = False
    signal: Optional[str] = None
    ahead: bool = False
    dated: bool = False
    day_of_month: bool = False
    opened: bool = False
    definite: bool = False  # 'the' or a possessive before: 'over the week' is a particular week, not a length
    # The tense orders the span after or before another date (a range's end, a day of a named week) rather
    # than telling of publication: the publication-year reading of a yearless day (see _pick) does not apply.
    ordered: bool = False
    # The words, not the tense alone, put the date before publication ('back in March', 'as of March 20', 'the
    # March high', 'In December, the firm bid'): its past reading stands against the publication-year one.
    past: bool = False
    # A lone part of the day that tells when on the story's day ('In the morning, lawmakers grilled...',
    # 'Morning ring dealings ended'), see _tells_part_of_day.
    day_part: bool = False
    # The months a split year names in brackets after it ('1987/88 (April-March)', '1986/87 season (Oct/Sept)').
    split_months: Optional[tuple[int, int]] = None


@dataclass(frozen=True)
class Parsed:
    type: str
    value: Optional[str]
    mod: Optional[str] = None
    earliest: Optional[str] = None
    latest: Optional[str] = None
    kind: str = "point"
    parts: tuple[tuple[int, int, "Parsed"], ...] = ()
    # An anaphoric expression ('the next day', 'two days later', 'the following week'): amount, unit,
    # direction, part of day and whether the value names the whole unit (a week, not a day a week away),
    # counted from the last date the story named, which only the whole document knows.
    offset: Optional[tuple[float, str, int, Optional[str], bool]] = None
    # Without a publication date, what a yearless day or month states, its year unknown ('July 25' XXXX-07-25,
    # as TimeML writes it): the value shown where ``value`` is None, which the rules keep reading as unresolved.
    unanchored: Optional[str] = None


@dataclass(frozen=True)
class Tok:
    key: str
    start: int
    end: int


@dataclass
class Partial:
    """The calendar fields an absolute-looking expression states, before resolution."""

    year: Optional[int] = None
    month: Optional[int] = None
    day: Optional[int] = None
    weekday: Optional[int] = None
    hour: Optional[int] = None
    minute: int = 0
    pod: Optional[str] = None
    decade: Optional[int] = None
    century: Optional[int] = None
    quarter: Optional[int] = None
    half: Optional[int] = None
    season: Optional[str] = None
    bare: Optional[int] = None
    holiday: Optional[str] = None
    meridiem: bool = False
    named_day: bool = False  # the month and day are a fixed holiday's ('Christmas'), not written out


@dataclass(frozen=True)
class Rule:
    """One row of a rule table: what the rule reads, in examples, and the function that reads it.

    The examples are for whoever reads the table: they say at a glance which row reads an expression, so
    that finding where 'two weeks ago' is read is a matter of reading down the table."""

    reads: str
    read: Callable[..., Optional[Parsed]]
