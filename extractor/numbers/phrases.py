"""A whole number phrase around its first number, read by the stages in ``STAGES`` in order.

``[range opener] [qualifier] [sign] [currency] core [joiner core] [percent | currency | unit] [postfix qualifier]``
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, Iterable, NamedTuple, Optional

from spacy.strings import get_string_id
from spacy.tokens import Doc

from .lexicon import Lexicon
from .measure import INCH_MARKS, hyphen_unit, read_after, read_glued_mark
from .metre_or_million import read_metre_or_million
from .qualifiers import read_before, read_ratio, read_sign, read_spaced_minus, read_uncertainty
from .ranges import range_token, read_range
from .recognise import core_at
from .spans import Phrase
from ..doc_utils import figure_shaped
from .tokens import is_break, skip

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
    _read_stages(lex, doc, phrase)
    if doc[core.start].lower_ in ("a", "an") and core.end == core.start + 1 and phrase.unit is None \
            and not phrase.money:
        return None  # an article before a unit word that no unit reader took
    return phrase


def read_repeat(lex: Lexicon, doc: Doc, phrase: Phrase) -> Phrase:
    """ "375,000 rpt 375,000 harvested", "89.32 rpt 89.32 mln dlrs": the wire writes a figure again after "rpt"
    (``Lexicon.repeat_marks``) to say it is right; the two are one figure, read from the first with the terms the
    second names, else the first would count "rpt" and the second be a figure of its own."""
    mark = skip(doc, phrase.end)
    if mark + 1 >= len(doc) or doc[mark].lower_ not in lex.repeat_marks:
        return phrase
    again = phrase_at(lex, doc, skip(doc, mark + 1), mark + 1)
    if again is None or doc[again.cores[0].start].text != doc[phrase.cores[0].start].text:
        return phrase
    again.start = phrase.start
    return again


# What a token's text lets ``start_tokens`` make of it (``_start_kind``), kept by the text's id in
# ``Lexicon.start_kinds``, forgotten past this many texts so that memory stays flat over a long run.
_NONE, _START, _ARTICLE, _SPACE = range(4)
START_KINDS_CAP = 200_000


def start_tokens(lex: Lexicon, doc: Doc) -> list[int]:
    """The tokens ``phrase_at`` can find a phrase at: the walk skips all others.

    It must never leave out a token a reader starts at: one with a digit (a token of 100 characters or more has
    the shape "LONG"), a word a reader starts with (``Lexicon.start_words``: "fourfold" among them) unless it is
    an article no reader can go on from (``_article_may_count``), or a space a percent word follows (the only
    reader that starts at a space: ``_percent_of``). What a text can start is read once, and looked up by the
    token's ``orth`` id: one look-up costs less than reading a token's space flag, shape and lower case.
    """
    kinds, strings = lex.start_kinds, doc.vocab.strings
    found = []
    last = len(doc) - 1
    for i, token in enumerate(doc):
        kind = kinds.get(token.orth)
        if kind is None:
            if len(kinds) >= START_KINDS_CAP:
                kinds.clear()
            kind = kinds[token.orth] = _start_kind(lex, strings[token.orth])
        if kind == _NONE:
            continue
        if kind == _START or kind == _ARTICLE and _article_may_count(lex, doc, i):
            found.append(i)
        # A space before another space or a percent word's first word; ``_percent_of`` then reads the percent word.
        elif kind == _SPACE and i < last and (doc[i + 1].is_space or doc[i + 1].lower in lex.percent_ids) \
                and lex.percent.at(doc, i) is not None:
            found.append(i)
    return found


def _start_kind(lex: Lexicon, text: str) -> int:
    """A space (``Token.is_space``); a start: digits (what a token's shape shows, where a text of 100 characters
    or more has the shape "LONG") or a start word; an article; or none (a token's ``lower`` is its lower case)."""
    if text.isspace():
        return _SPACE
    if figure_shaped(text):
        return _START
    lower = get_string_id(text.lower())
    if lower in lex.article_ids:
        return _ARTICLE
    return _START if lower in lex.start_ids else _NONE


def _article_may_count(lex: Lexicon, doc: Doc, i: int) -> bool:
    """Whether a reader can go on from the article at token ``i``: only to a scale, a denominator or a cardinal
    ("a hundred", "a third", "a twenty-fifth"), a unit ("a tonne") or a vague amount ("a few"). Most articles
    ("a year") start no number, and each costs every reader a try: the word after it settles that at once."""
    nxt = skip(doc, i + 1)
    if nxt >= len(doc):
        return False
    word = doc[nxt].lower_
    return word in lex.article_followers or doc[i].lower_ + word in lex.vague.prefixes


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


class Trigger(NamedTuple):
    """What a stage needs around a figure to read anything: the word after it among the lower-case forms ``after``
    lists (a figure's own text when ``after`` names a sign), or one that may open a unit expression
    (``opens_unit``); the word before it among ``before``; a unit glued to its digits (``glued_unit``)."""

    after: Callable[[Lexicon], Iterable[str]] = lambda lex: ()
    before: Callable[[Lexicon], Iterable[str]] = lambda lex: ()
    opens_unit: bool = False
    glued_unit: bool = False


class Wakers(NamedTuple):
    """The stages' triggers read for a lexicon, as bit masks of the stages (bit ``k`` for ``STAGES[k]``) each word
    wakes: by the word after a phrase, by the word before it (both by the id a token's ``lower`` holds, read faster
    than its text), and the stages a word that may open a unit wakes and a unit glued to the digits. What a word
    after a phrase wakes depends only on its text and on whether a space follows it: it is worked out once per
    text and kept by the text's id in ``after_spaced`` or ``after_glued``, forgotten past ``START_KINDS_CAP``
    texts as ``Lexicon.start_kinds`` is."""

    after: dict[int, int]
    before: dict[int, int]
    opens_unit: int
    glued_unit: int
    after_spaced: dict[int, int]
    after_glued: dict[int, int]


@lru_cache(maxsize=4)
def _wakers(lex: Lexicon) -> Wakers:
    after: dict[int, int] = {}
    before: dict[int, int] = {}
    opens_unit = glued_unit = 0
    for k, (_, trigger) in enumerate(STAGES):
        for word in map(get_string_id, trigger.after(lex)):
            after[word] = after.get(word, 0) | 1 << k
        for word in map(get_string_id, trigger.before(lex)):
            before[word] = before.get(word, 0) | 1 << k
        opens_unit |= trigger.opens_unit << k
        glued_unit |= trigger.glued_unit << k
    return Wakers(after, before, opens_unit, glued_unit, {}, {})


def _read_stages(lex: Lexicon, doc: Doc, phrase: Phrase) -> None:
    """Each stage in order where its own trigger holds on the phrase as the stages before it left it: most figures
    wake one stage or two ("12.5 pct", "150 mln dlrs", "20 to 25"), many none. The words around the phrase are
    looked up again only when a stage has moved its edges or given its first number a unit."""
    woken = stages_woken(lex, doc, phrase)
    if not woken:
        return
    for k, (stage, _) in enumerate(STAGES):
        if woken >> k & 1:
            read = phrase.start, phrase.end, phrase.cores[0].unit
            stage(lex, doc, phrase)
            if (phrase.start, phrase.end, phrase.cores[0].unit) != read:
                woken = stages_woken(lex, doc, phrase)


def stages_woken(lex: Lexicon, doc: Doc, phrase: Phrase) -> int:
    """The stages (bit ``k`` for ``STAGES[k]``) whose trigger holds on the phrase read so far, by the last word
    before it that is no space within a paragraph and the first token after it past spaces; most figures stand
    before a full stop, a comma or "vs" and wake none."""
    wakers = _wakers(lex)
    before = phrase.start - 1
    while before >= 0 and doc[before].is_space and not is_break(doc[before]):
        before -= 1
    woken = wakers.before.get(doc[before].lower, 0) if before >= 0 else 0
    if phrase.cores[0].unit is not None:
        woken |= wakers.glued_unit
    after = skip(doc, phrase.end)
    if after < len(doc):
        token = doc[after]
        known = wakers.after_spaced if token.whitespace_ else wakers.after_glued
        bits = known.get(token.orth)
        if bits is None:  # a word after it that may open a unit or name a country's money ("70 mln Zimbabwean
            # dlrs": ``measure.read_after``) wakes the unit readers (``opens_unit``)
            if len(known) >= START_KINDS_CAP:
                known.clear()
            opens = lex.expressions.may_open(token) or token.is_alpha and (token.is_title or token.is_upper)
            bits = known[token.orth] = wakers.after.get(token.lower, 0) | (wakers.opens_unit if opens else 0)
        woken |= bits
    return woken


_HYPHENS = ("-", "–")
_UNCERTAINTY_OPENERS = ("±", "+", "+/", "+/-", "+-")  # every start of "±", "+/-" or "+-" as its first token


def _after_read_after(lex: Lexicon) -> Iterable[str]:
    """The first words of a percent, currency, coin or unit, or a bracket (``lex.after_starts``), a rate's "per",
    "a" or "/", a qualifier's first word ("or more"), a unit outside the lists that reads like a word ("pm", "in",
    an inch mark), a joiner that hands a number the next one's unit ("45 and 50 mg")."""
    return {*lex.after_starts, *lex.rate_words, *lex.qualifiers_after.prefixes,
            *(word.lower() for word in lex.expressions.clock_units), *INCH_MARKS, "in", "and", "or"}


# After the qualifier or currency before it (``read_before``, which needs the previous phrase's end), each
# stage widens the phrase in this order: a percent or coin glued to the digits ("12pc", "212p"), a sign word,
# a share ("one in five"), a bare "m", a range, an uncertainty ("± 4"), the percent, currency or unit after it,
# a hyphenated unit ("45-acre"), a spaced minus. Each stage's trigger says what it reads before anything else:
# ``phrase_at`` calls a stage only where its own holds (``stages_woken``).
STAGES: tuple[tuple[Stage, Trigger], ...] = (
    (read_glued_mark, Trigger(glued_unit=True)),
    (read_sign, Trigger(before=lambda lex: lex.negators)),
    (read_ratio, Trigger(after=lambda lex: lex.ratio_words.prefixes)),
    (_metre_or_million, Trigger(after=lambda lex: lex.metre_or_million)),
    (read_range, Trigger(after=lambda lex: {*lex.range_joiners, *lex.range_openers.values(), *lex.percent.prefixes,
                                            *lex.units.prefixes, *lex.currency_after.prefixes})),
    (read_uncertainty, Trigger(after=lambda lex: _UNCERTAINTY_OPENERS)),
    (read_after, Trigger(after=_after_read_after, opens_unit=True, glued_unit=True)),
    (hyphen_unit, Trigger(after=lambda lex: _HYPHENS)),
    (read_spaced_minus, Trigger(before=lambda lex: ("-", "−"))),
)
