"""The shapes passed from stage to stage: a number (``Core``) and the phrase built around it (``Phrase``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional

from spacy.tokens import Doc

from .lexicon import Lexicon


@dataclass(slots=True)
class Core:
    """A number without its qualifier or unit; token indexes are ``[start, end)``."""

    start: int
    end: int
    value: float
    scaled: bool = False
    vague: Optional[tuple[float, float]] = None
    currency: Optional[str] = None
    unit: Optional[str] = None
    fraction: bool = False


@dataclass(slots=True)
class Phrase:
    """A number with its qualifier, currency, unit and (for ranges) second core.

    ``opener`` is a range opener before the number ("between") with the joiner it expects ("and");
    ``skip`` marks what reads like a number but is not one (a score such as "3-1").
    """

    start: int
    end: int
    cores: list[Core]
    qualifier: str = "exact"
    currency: Optional[str] = None
    money: bool = False
    percent: bool = False
    unit: Optional[str] = None
    skip: bool = False
    opener: Optional[tuple[int, str]] = None
    joiner: Optional[str] = None


# ``phrases.phrase_at``, handed to the stages that read a neighbouring phrase (a bracketed figure, a second bound).
PhraseAt = Callable[[Lexicon, Doc, int, int], Optional[Phrase]]
