"""A whole number phrase around its first number, read by the stages in ``STAGES`` in order.

``[range opener] [qualifier] [sign] [currency] core [joiner core] [percent | currency | unit] [postfix qualifier]``
"""

from __future__ import annotations

from typing import Callable, Optional

from spacy.attrs import IS_SPACE, LOWER, SHAPE
from spacy.tokens import Doc

from .lexicon import Lexicon
from .measure import hyphen_unit, read_after, read_glued_mark
from .metre_or_million import read_metre_or_million
from .qualifiers import read_before, read_ratio, read_sign, read_spaced_minus, read_uncertainty
from .ranges import range_token, read_range
from .recognise import core_at
from .spans import Phrase
from .tokens import skip

Stage = Callable[[Lexicon, Doc, Phrase], None]


def phrase_at(lex: Lexicon, doc: Doc, i: int, floor: int) -> Optional[Phrase]:
    """The whole number phrase whose first core starts at token ``i``; ``floor`` is the previous phrase's end."""
    core = core_at(lex, doc, i)
    if core is None:
        return range_token(lex, doc, i, floor) or _percent_of(lex, doc, i)
    phrase = Phrase(
        core.start, core.end, [core], currency=core.currency, money=core.currency is not None, unit=core.unit
    )
    read_before(lex, doc, phrase, floor)
    for stage in STAGES:
        stage(lex, doc, phrase)
    if doc[core.start].lower_ in ("a", "an") and core.end == core.start + 1 and phrase.unit is None \
            and not phrase.money:
        return None  # an article before a unit word that no unit reader took
    return phrase


def start_tokens(lex: Lexicon, doc: Doc) -> list[int]:
    """The tokens ``phrase_at`` can find a phrase at, read off the doc's arrays: the walk skips all others.

    It must never leave out a token a reader starts at: one with a digit (a token of 100 characters or more has
    the shape "LONG"), a word a reader starts with (``Lexicon.start_words``: "fourfold" among them), or a space
    a percent word follows (the only reader that starts at a space: ``_percent_of``).
    """
    if len(doc) == 0:
        return []
    lower, shape, space = doc.to_array([LOWER, SHAPE, IS_SPACE]).T.tolist()
    strings = doc.vocab.strings
    with_digit = {form for form in set(shape) if strings[form] == "LONG" or "d" in strings[form]}
    found = []
    last = len(doc) - 1
    for i, word in enumerate(lower):
        if not space[i]:
            if shape[i] in with_digit or word in lex.start_ids:
                found.append(i)
        # A space before another space or a percent word's first word; ``_percent_of`` then reads the percent word.
        elif i < last and (space[i + 1] or lower[i + 1] in lex.percent_ids) and lex.percent.at(doc, i) is not None:
            found.append(i)
    return found


def _percent_of(lex: Lexicon, doc: Doc, i: int) -> Optional[Phrase]:
    """"per cent of 210" closing a clause, with no number before it: the percentage named after "of"."""
    percent = lex.percent.at(doc, i)
    if percent is None or percent[1] != "percent" or i > 0 and doc[i - 1].like_num:
        return None
    of = skip(doc, percent[0])
    start = skip(doc, of + 1)
    if start >= len(doc) or doc[of].lower_ != "of":
        return None
    core = core_at(lex, doc, start)
    after = skip(doc, core.end) if core is not None else 0
    if core is None or core.vague or after < len(doc) and not doc[after].is_punct:
        return None
    return Phrase(i, core.end, [core], percent=True)


def _metre_or_million(lex: Lexicon, doc: Doc, phrase: Phrase) -> None:
    """The bare "m" stage, which reads a bracketed figure after it ("204.3m (£109m)") as a phrase of its own."""
    read_metre_or_million(lex, doc, phrase, phrase_at)


# After the qualifier or currency before it (``read_before``, which needs the previous phrase's end), each
# stage widens the phrase in this order: a percent or coin glued to the digits ("12pc", "212p"), a sign word,
# a share ("one in five"), a bare "m", a range, an uncertainty ("± 4"), the percent, currency or unit after it,
# a hyphenated unit ("45-acre"), a spaced minus.
STAGES: tuple[Stage, ...] = (
    read_glued_mark,
    read_sign,
    read_ratio,
    _metre_or_million,
    read_range,
    read_uncertainty,
    read_after,
    hyphen_unit,
    read_spaced_minus,
)
