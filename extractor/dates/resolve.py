"""What the text around an expression says about its value: tense, anchor and the story's own days.

The rules read an expression's words only; 'Tuesday' is last Tuesday or next by the clause's tense,
and 'the next day' counts from the last date the story named, which only the document knows.
"""

from __future__ import annotations

import re
from dataclasses import fields, replace
from datetime import MAXYEAR, MINYEAR, date, datetime, timedelta
from typing import Any, Callable, Optional

from spacy.tokens import Span, Token

from ..doc_utils import sentence_bounds, sentence_tokens
from .calendar import _bounds, _finish, _offset_value, _whole_unit
from .lexicon import _DAY_RE, _ISO_DAY_RE, _MONTH_VALUE_RE, _YEAR_RE, lexicon
from .normalise import parse
from .values import _DIRECTION_REFS, Context, Parsed


_CLOCK_MOMENT_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_PART_OF_YEAR_RE = re.compile(r"(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)")
_RATE_LABELS = frozenset({"MONEY", "CARDINAL", "QUANTITY", "PERCENT"})
# The most words between a number and the noun it counts before a period ('200 million cell phones a year').
_COUNTED_WORDS = 3


def _tense(span: Span, root: Token) -> Optional[str]:
    """Tense of the verb the expression hangs from: it decides which Wednesday or October is meant.

    A date naming a noun ("around Wednesday's ruling") does not take the future of its clause: the
    ruling is as likely to be past. ``root``: the span's (a span finds its root anew each time it is asked)."""
    token = root
    tense = _clause_tense(span, root)
    if tense == "future" and token.dep_ in ("compound", "poss", "nmod", "amod") and token.head.pos_ == "NOUN":
        return None
    if tense is None and token.lower_ in lexicon()["weekdays"] and _scheduled(token):
        return "future"
    return tense


def _scheduled(day: Token) -> bool:
    """'The Gophers play Saturday against the Wildcats', 'finance ministers meet on Thursday', 'Tim Collins is on
    Thursday setting out a new scheme': a weekday on a verb in the present (simple or progressive) tells a day on
    the calendar ahead, as news copy tells past days in the past tense. Not a verb of saying or showing ('figures
    show'), nor a headline, whose present tells the past ('Gates pledges $750m on Tuesday')."""
    verb = _verb_dated(day)
    if verb is None or verb.lemma_ in lexicon()["present_report_verbs"]:
        return False
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    simple = verb.tag_ in ("VBZ", "VBP") and not auxiliaries
    progressive = verb.tag_ == "VBG" and len(auxiliaries) == 1 and auxiliaries[0].lemma_ == "be" \
        and auxiliaries[0].tag_ in ("VBZ", "VBP")
    closing = sentence_tokens(verb.doc, verb.i).text.rstrip()[-1:]
    return (simple or progressive) and closing in (".", "!", "?", '"', "'", "\u201d", "\u2019")


def _verb_dated(day: Token) -> Optional[Token]:
    """The verb a date's head word dates itself, right on it ('play Saturday') or through a preposition of time
    ('agreed on Tuesday'; not 'a strike for Monday', the day something is for)."""
    head = day.head
    if head.dep_ == "prep" and head.lower_ in ("on", "in", "at", "during") and head.i != head.head.i:
        head = head.head
    elif day.dep_ not in ("npadvmod", "tmod", "obl"):
        return None
    return head if head.pos_ in ("VERB", "AUX") else None


def _clause_tense(span: Span, root: Optional[Token] = None) -> Optional[str]:
    """Future after will/shall/going to, an intention ('plans to'), a directive's infinitive ('ordered him to
    appear') or an obligation ('should', 'must'); past for a past or perfect verb ('has been searching')."""
    token = span.root if root is None else root
    for _ in range(10):
        head = token.head
        if token.pos_ in ("VERB", "AUX") or head.i == token.i:
            break
        token = head
    if token.pos_ not in ("VERB", "AUX"):
        token = sentence_tokens(span.doc, span.start).root
    if token.dep_ == "acl" and token.tag_ == "VBN":
        return "future" if token.lemma_ in lexicon()["intention_verbs"] else "past"
    auxiliaries = [child for child in token.children if child.dep_ in ("aux", "auxpass")]
    if any(aux.lower_ in ("will", "shall", "'ll", "wo") for aux in auxiliaries):
        return "future"
    if any(child.lower_ == "going" for child in auxiliaries) or token.head.lower_ == "going":
        return "future"
    if any(aux.tag_ == "TO" for aux in auxiliaries):
        governor = token.head
        if governor.i == token.i:
            return "future"  # a headline's plan: 'Honda to open plant on Tuesday', 'Opec to cut output in March'
        forward = lexicon()["intention_verbs"] + lexicon()["directive_verbs"]
        told_before = governor.tag_ == "VBN" and any(
            child.lemma_ in ("have", "be") and child.tag_ == "VBD" for child in governor.children)
        if told_before or governor.tag_ == "VBD" and governor.lemma_ in lexicon()["intention_verbs"]:
            # 'had aimed to save £220m by 31 December', 'was expected to launch on October 15', 'was asked to
            # break the news on Dec. 18', 'planned to open in March': the plan may be over
            return None
        return "past" if governor.tag_ == "VBD" and governor.lemma_ not in forward else "future"
    if token.lemma_ in lexicon()["commitment_verbs"] and _told_in_past(token):
        dated = _verb_dated(span.root if root is None else root)
        if dated is not None and dated.i == token.i:
            return "past"  # 'On Tuesday, Mr Gates pledged $750m', 'was promised on Tuesday': the day of the pledge
    if token.lemma_ in lexicon()["intention_verbs"] and not any(child.dep_ == "xcomp" for child in token.children):
        return "future"
    if token.tag_ == "VB" and any(aux.lower_ in ("should", "must", "may", "might") for aux in auxiliaries):
        return "future"
    if token.tag_ == "VBD" or any(aux.tag_ == "VBD" for aux in auxiliaries):
        return "past"
    if token.tag_ in ("VBN", "VBG") and any(aux.lemma_ == "have" for aux in auxiliaries):
        return "past"
    if token.tag_ == "VBN" and not auxiliaries and any(child.dep_ == "nsubj" for child in token.children):
        return "past"  # 'Violence flared over the weekend': a past verb the tagger took for a participle
    if token.tag_ in ("VBN", "VBD") and not auxiliaries and token.dep_ == "conj" and _told_in_past(token.head):
        return "past"  # 'was elected in 1992 and re-elected the next year': shares the past of its first verb
    return None


def _told_in_past(verb: Token) -> bool:
    """A past verb, or a participle with a past auxiliary ('was elected', 'had joined')."""
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
        child.dep_ in ("aux", "auxpass") and child.tag_ == "VBD" for child in verb.children)


def _word_before(span: Span) -> Optional[Token]:
    """The word before the span, past runs of spaces and line breaks that text copied from web pages keeps."""
    index = span.start - 1
    while index >= 0 and span.doc[index].is_space:
        index -= 1
    return span.doc[index] if index >= 0 else None


def _context(span: Span, anchor: Optional[date], text: Optional[str] = None) -> Context:
    """The span's whole context (``Surroundings``); ``text``: the span's, when the caller has it already."""
    return Surroundings(span, anchor, text).context()


class Surroundings:
    """What the words around a span say (its ``Context``), each field worked out when first asked: a reading
    looks at a few fields of its context, which its text decides (``normalise.parse_around``), and the clause's
    tense, most of what a whole context cost, is asked for a third to a half of the spans. The words next to the
    span, which most fields read, are found once, when one first needs them.

    ``text``: the span's, when the caller has it already (a span builds its text anew each time)."""

    __slots__ = ("span", "text", "_fields", "_near")

    def __init__(self, span: Span, anchor: Optional[date], text: Optional[str] = None) -> None:
        self.span, self.text = span, text
        self._fields: dict[str, Any] = {"anchor": anchor, "ordered": False}
        self._near: Optional[tuple[Optional[Token], Optional[str], Optional[Token]]] = None

    def field(self, name: str) -> Any:
        """The value of the context's field ``name``, worked out once."""
        known = self._fields
        if name not in known:
            _FIELD_READERS[name](self)
        return known[name]

    def context(self) -> Context:
        """The whole context, every field worked out."""
        return Context(**{name: self.field(name) for name in _CONTEXT_FIELDS})

    def _words_near(self) -> tuple[Optional[Token], Optional[str], Optional[Token]]:
        """The word before the span, it in lower case (a token's text is looked up each time it is read) and the
        token after the span."""
        if self._near is None:
            span = self.span
            before = _word_before(span)
            after = span.doc[span.end] if span.end < len(span.doc) else None
            self._near = before, before.lower_ if before is not None else None, after
        return self._near

    def _rate(self) -> None:
        before, word, after = self._words_near()
        # 'June 1988 a year early'
        differs = after is not None and after.lower_ in ("early", "late", "earlier", "later")
        self._fields["rate"] = before is not None and (
            before.like_num or before.ent_type_ in _RATE_LABELS or word in _frequency_words()
            or _counted(before)) and not differs

    def _signal(self) -> None:
        before, word, _ = self._words_near()
        governs = before is not None and self.span.root.head == before
        self._fields["signal"] = lexicon()["signals"].get(word) if governs else None

    def _tense(self) -> None:
        """The tense and whether the words place the date in the past, which makes the tense past."""
        span = self.span
        before, _, after = self._words_near()
        root = span.root
        tense = _tense(span, root)
        past = tense != "future" and _placed_in_the_past(span, root, before, after, tense)
        self._fields["tense"] = "past" if past else tense
        self._fields["past"] = past

    def _preceded(self) -> None:
        """The fields the word before the span alone tells."""
        lex = lexicon()
        before, word, _ = self._words_near()
        known = self._fields
        known["between"] = before is not None and word == "between"
        known["dated"] = before is not None and word in lex["date_prepositions"]
        known["opened"] = before is not None and word in lex["range_starts"]
        known["definite"] = before is not None and (word == "the" or word in lex["possessives"])

    def _ahead(self) -> None:
        before, word, _ = self._words_near()
        self._fields["ahead"] = before is not None and word == "in" and not (
            before.i > 0 and self.span.doc[before.i - 1].lower_ in _frequency_words()) \
            and not _a_span_looked_back_on(before)

    def _day_of_month(self) -> None:
        self._fields["day_of_month"] = _names_day_of_month(self.span)

    def _day_part(self) -> None:
        self._fields["day_part"] = _tells_part_of_day(self.span)

    def _split_months(self) -> None:
        self._fields["split_months"] = _bracketed_months(self.span, self.span.text if self.text is None else self.text)


_CONTEXT_FIELDS = tuple(field.name for field in fields(Context))
# The reader of each field a ``Surroundings`` works out (``anchor`` and ``ordered`` it is given).
_FIELD_READERS: dict[str, Callable[[Surroundings], None]] = {
    "tense": Surroundings._tense, "past": Surroundings._tense,
    "between": Surroundings._preceded, "dated": Surroundings._preceded, "opened": Surroundings._preceded,
    "definite": Surroundings._preceded, "rate": Surroundings._rate, "signal": Surroundings._signal,
    "ahead": Surroundings._ahead, "day_of_month": Surroundings._day_of_month, "day_part": Surroundings._day_part,
    "split_months": Surroundings._split_months,
}


def _counted(word: Token) -> bool:
    """'100,000 Mini models a year', '200 million cell phones a year': the noun before the span is what a number
    counts, so the span says how often, as it does right after the number ('5% a year')."""
    if word.pos_ not in ("NOUN", "PROPN"):
        return False
    doc = word.doc
    index = word.i - 1
    while index >= max(word.i - _COUNTED_WORDS, 0) and doc[index].pos_ in ("NOUN", "PROPN", "ADJ") \
            and not doc[index].like_num:
        index -= 1
    return index >= 0 and (doc[index].like_num or doc[index].ent_type_ in _RATE_LABELS)


def _frequency_words() -> tuple[str, ...]:
    """Words of frequency before an amount ('twice', 'times'): a rate, not a date ('three times a year')."""
    return (*lexicon()["frequencies"], "times")


def _placed_in_the_past(span: Span, root: Token, before: Optional[Token], after: Optional[Token],
                        tense: Optional[str]) -> bool:
    """'a smart TV back in March', 'with 24.4% of the company as of March 20', 'down from the March high', 'In
    December, the firm bid $16.50 per share' (written in November): words that place a yearless date before
    publication, or a past verb it dates itself, which no nearer reading in the publication's year outweighs.
    Only a date naming a month: 'as of Monday' is as often the Monday ahead. Not in a clause of the future ('will
    be back in March')."""
    months = lexicon()["months"]
    if not any(token.lower_.rstrip(".") in months for token in span):
        return False
    if before is not None and before.i > 0:
        pair = (before.doc[before.i - 1].lower_, before.lower_)
        if pair in (("back", "in"), ("as", "of")):
            return True
    if after is not None and after.lower_ in lexicon()["past_levels"] and before is not None \
            and before.lower_ in ("the", "its", "their"):
        return True
    if tense == "past":
        verb = _verb_dated(root)
        return verb is not None and _told_in_past(verb)
    return False


def _a_span_looked_back_on(preposition: Token) -> bool:
    """'for the first time in 11 years', 'their highest level in two years': 'in' measures the time looked back
    over, not a time ahead, whatever the tense ('will tour together for the first time in nearly 25 years')."""
    doc = preposition.doc
    words = doc[max(0, preposition.i - 3):preposition.i]
    return preposition.i > 0 and doc[preposition.i - 1].lower_ == "time" or any(word.tag_ == "JJS" for word in words)


_SPLIT_YEAR_TEXT_RE = re.compile(r"\d/\d")
_BRACKETED_MONTHS_RE = re.compile(r"(?:\s+[a-z]+)?\s*\(\s*([a-z]+)\.?\s*[-–/]\s*([a-z]+)\.?\s*\)")


def _bracketed_months(span: Span, text: str) -> Optional[tuple[int, int]]:
    """'1987/88 (April-March)', '1986/87 season (October/September)', '1985/86 (Sept-Aug)': the months of a split
    year, when the second comes before the first in the calendar (twelve months across the turn of a year)."""
    if not _SPLIT_YEAR_TEXT_RE.search(text):
        return None
    found = _BRACKETED_MONTHS_RE.match(_text_after(span, 40).lower())
    months = lexicon()["months"]
    if found is None or found[1] not in months or found[2] not in months:
        return None
    start, end = months[found[1]], months[found[2]]
    return (start, end) if end < start else None


def _text_after(span: Span, size: int) -> str:
    """The ``size`` characters of the text after the span, read off its tokens (the doc's whole text is built
    anew each time it is asked for)."""
    doc = span.doc
    parts = [doc[span.end - 1].whitespace_]
    length = len(parts[0])
    index = span.end
    while length < size and index < len(doc):
        parts.append(doc[index].text_with_ws)
        length += len(parts[-1])
        index += 1
    return "".join(parts)[:size]


def _tells_part_of_day(span: Span) -> bool:
    """'In the morning, Democratic lawmakers grilled...', 'Prices eased during the afternoon', 'LME afternoon ring
    dealings ended': a part of the day after 'in the' in a clause of the past (not 'I take my pills in the
    morning', nor 'the morning of the vote', which the words after pick out, nor 'until three or four in the
    morning', a clock time), or naming a market session without a determiner in a clause not of the future
    (wire reports of the day's trading; not 'the Evening Standard', nor 'members approved the evening
    session', a session as an institution)."""
    lex = lexicon()
    doc = span.doc
    if len(span) != 1 or span[0].lower_ not in lex["story_day_parts"]:
        return False
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    session = after is not None and after.lower_ in lex["session_nouns"] and (
        before is None or before.tag_ not in ("DT", "PRP$", "POS"))
    told = span.start > 1 and before is not None and before.lower_ == "the" \
        and doc[span.start - 2].lower_ in lex["day_part_prepositions"] and (after is None or after.lower_ != "of") \
        and not (span.start > 2 and _clock_hour(doc[span.start - 3]))
    tense = _clause_tense(span)
    return session and tense != "future" or told and tense == "past"


def _clock_hour(token: Token) -> bool:
    """'until three or four in the morning', '10 in the evening': the part of the day belongs to a clock time."""
    return token.like_num or token.lower_ in lexicon()["meridiem"] or token.lower_ in lexicon()["clock_words"]


def _names_day_of_month(span: Span) -> bool:
    """'for the 27th', 'on the 15th': a lone day number after 'the' that counts nothing (not 'the 21st
    century', 'the 6-year-old', 'the 10 or so images')."""
    doc = span.doc
    if len(span) != 1 or span.start == 0 or doc[span.start - 1].lower_ != "the":
        return False
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and (after.text in ("-", "–", "/")
                              or after.pos_ not in ("PUNCT", "ADP", "AUX", "VERB", "SCONJ")):
        return False
    return bool(_DAY_RE.match(span.text.lower()))


# The years a publication date can anchor: relative and yearless dates are read up to a year either side of
# it, which from the calendar's first or last year would reach past the years 1 to 9999 dates can name.
_ANCHOR_YEARS = range(MINYEAR + 1, MAXYEAR)


def _publication_day(published: Optional[str]) -> Optional[date]:
    """The publication date as a day; None when there is none or it is not an ISO date."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _sentence_start(span: Span) -> int:
    """The first token of the span's sentence, that of ``span.sent``, found without walking to it
    (``doc_utils.sentence_bounds``)."""
    return sentence_bounds(span.doc, span.start)[0]


def _anchor(published: Optional[str]) -> Optional[date]:
    """The day relative dates count from: the publication day, unless it lies in the calendar's first or last
    year ('0001-01-01', '9999-12-31'), where they are left unresolved rather than failing the article."""
    day = _publication_day(published)
    return day if day is not None and day.year in _ANCHOR_YEARS else None


_GRANULARITY = {"minute": 0, "day": 1, "month": 2, "quarter": 3, "half": 4, "year": 5}


def _story_point(value: str) -> Optional[tuple[datetime, int]]:
    """The moment, day, month, quarter or year a date names as a point to count from, with its granularity (a
    half or a season counts as its year); None for a decade, which 'a year earlier' could not be counted from."""
    if _CLOCK_MOMENT_RE.match(value):
        return datetime.fromisoformat(value[:16]), _GRANULARITY["minute"]
    if _ISO_DAY_RE.match(value):
        return datetime.fromisoformat(value[:10]), _GRANULARITY["day"]
    if match := _MONTH_VALUE_RE.fullmatch(value):
        return datetime(int(match[1]), int(match[2]), 1), _GRANULARITY["month"]
    if match := _PART_OF_YEAR_RE.fullmatch(value):
        if match[2].startswith("Q"):
            return datetime(int(match[1]), int(match[2][1]) * 3 - 2, 1), _GRANULARITY["quarter"]
        return datetime(int(match[1]), 1, 1), _GRANULARITY["year"]
    if _YEAR_RE.match(value):
        return datetime(int(value), 1, 1), _GRANULARITY["year"]
    return None


def _counted_from(told: datetime, offset: tuple[float, str, int, Optional[str], bool]) -> tuple[str, str]:
    """The type and value ``offset`` names counted from the story's point ``told``."""
    lex = lexicon()
    amount, unit, sign, part, whole = offset
    if unit in lex["time_units"]:
        seconds = {"second": 1, "minute": 60, "hour": 3600}[unit] * amount
        try:
            return "time", f"{told + sign * timedelta(seconds=seconds):%Y-%m-%dT%H:%M}"
        except OverflowError:
            return "date", _DIRECTION_REFS[sign]
    value = _offset_value(amount, unit, sign, told.date())
    if value in _DIRECTION_REFS.values():
        return "date", value
    value = _whole_unit(value, unit) if whole else value
    return ("time", f"{value}T{part}") if part else ("date", value)


def _told_days(found: list[tuple[Span, Parsed]], anchor: Optional[date]) -> list[tuple[Span, Parsed]]:
    """Resolve 'the next day', 'two days later', 'a year earlier' and 'thirty minutes later' from the last date
    the story named before them (not from publication: 'He was arrested on Tuesday. The next day...'; 'at
    end-1986 from 25.4 billion a year earlier'; 'the blast hit at 10:35 a.m. Thirty minutes later...'); without
    one as fine as their unit ('1986. Two months later') they stay unresolved; one counted back is no new point to
    count from ('a 1.65 billion yen profit a year earlier, on sales ... down 15.9 pct from a year earlier' compare
    both figures with the same year), nor is a figure's date it is measured against ('to 5.4% from 10.2% in 2003
    and cut its debt ... from £610m a year earlier'), and a point whose value is unknown leaves the count unknown
    ('(base 1985) ... in January ... compared with a year earlier' is no 1984). A clock time alone ('on Friday.
    At 6:36 p.m., ...') takes the story's day when that is within a week of publication: further off it is
    more often an anniversary named in passing ('the 11 September attacks') than the day of the story."""
    lex = lexicon()
    told: Optional[tuple[datetime, int]] = None
    business_year: Optional[str] = None
    resolved = []
    for span, parsed in found:
        shifted = _years_away(parsed, business_year) if business_year is not None else None
        if shifted is not None:
            parsed = shifted
        elif parsed.offset is not None and told is not None:
            unit = parsed.offset[1]
            needed = "minute" if unit in lex["time_units"] else "day" if unit in lex["unit_days"] \
                else unit if unit in ("month", "quarter") else "year"
            bare_clock = parsed.offset[0] == 0.0 and parsed.kind == "point"  # a clock time or part of day alone
            recent = anchor is None or abs((told[0].date() - anchor).days) <= 7
            if told[1] <= _GRANULARITY[needed] and (recent or not bare_clock):
                kind, value = _counted_from(told[0], parsed.offset)
                parsed = _finish(replace(parsed, type=kind, value=value), None, Context(anchor), None)
        looked_back = parsed.offset is not None and parsed.offset[2] < 0  # 'a year earlier', the figure compared
        if parsed.value is None and parsed.offset is None and parsed.type in ("date", "time", "range"):
            told = business_year = None  # 'in January ... from a year earlier': January of which year?
        elif parsed.value and parsed.type in ("date", "time", "range") and parsed.value[:1].isdigit() \
                and not _comparison_point(span) and not looked_back and not _a_figure_compared(span):
            told = _story_point(parsed.value.split("/")[-1])  # a range's end ('ran to Wednesday. The next day')
            if parsed.offset is None:  # not the year compared with: 'a year earlier. Current profit for the year...'
                business_year = parsed.value if _BUSINESS_YEAR_RE.fullmatch(parsed.value) \
                    and _a_business_year(parsed.value, span.text) else None
        resolved.append((span, parsed))
    return resolved


# A year's range that need not start in January: '1986-04-01/1987-03-31', '2004-04/2005-03', a split year '1987/1988'.
_BUSINESS_YEAR_RE = re.compile(r"(\d{4})(-\d{2})?(-\d{2})?/(\d{4})(-\d{2})?(-\d{2})?")


def _a_business_year(value: str, text: str) -> bool:
    """Twelve months from a month other than January ('the year ended March 31, 1987', 'the year to March 2005'),
    or a split year written as one ('1987/88'; not 'from 1986 to 1987')."""
    first, last = value.split("/")
    if len(first) == 4:
        return len(last) == 4 and int(last) == int(first) + 1 and bool(_SPLIT_YEAR_TEXT_RE.search(text))
    bounds = _bounds(first), _bounds(last)
    if bounds[0] is None or bounds[1] is None or len(first) != len(last):
        return False
    start, end = bounds[0][0], bounds[1][1]
    return start.month != 1 and start.day == 1 and (end + timedelta(days=1)) == start.replace(year=start.year + 1)


def _years_away(parsed: Parsed, business_year: str) -> Optional[Parsed]:
    """'up 8.6 pct from a year earlier' after 'the year ended March 31, 1987': the business year before
    (1985-04-01/1986-03-31), not the calendar year 1986; 'from a year earlier' after '1987/88' is 1986/87. None
    for any other expression, and where the shifted year has no such day (29 February) or is past the calendar."""
    if parsed.offset is None or parsed.offset[1] != "year" or not parsed.offset[0].is_integer() \
            or parsed.offset[3] is not None:
        return None
    years = int(parsed.offset[0]) * parsed.offset[2]
    ends = [f"{int(end[:4]) + years:04d}{end[4:]}" for end in business_year.split("/")]
    try:
        first, last = _bounds(ends[0]), _bounds(ends[1])
    except ValueError:
        return None
    if first is None or last is None:
        return None
    return replace(parsed, type="range", value="/".join(ends), earliest=first[0].isoformat(),
                   latest=last[1].isoformat())


def _a_figure_compared(span: Span) -> bool:
    """'to 5.4% from 10.2% in 2003', 'compared with a profit of 682.4 mln in the same period of 1986', 'up 2.6% on
    2003', 'consumer price index (base 1985)', 'the first drop larger than 1.0 pct since it fell 1.3 pct in
    September 1958': the date of a figure the story's own is measured against, not a point the story goes on
    from, so a later 'a year earlier' does not count back from it. Read from the few words the date hangs from,
    up to the first verb (not 'rose from 5 mln to 6 mln in 1986')."""
    lex = lexicon()
    token = span.root
    for _ in range(6):
        head = token.head
        if head.i == token.i:
            return False
        if head.lower_ in lex["comparison_words"] or head.lower_ in lex["baseline_words"] \
                or head.lower_ == "on" and head.i > 0 and head.nbor(-1).lower_ in lex["rate_words"]:
            return True
        if head.pos_ in ("VERB", "AUX"):
            return any(child.dep_ == "mark" and child.lower_ in lex["baseline_words"] for child in head.children)
        token = head
    return False


def _comparison_point(span: Span) -> bool:
    """'a rise of three from yesterday's afternoon kerb close', 'still below last night's close': the day of a
    price the figures are compared with, not the day the story goes on to tell of ('It eased during the
    morning')."""
    doc = span.doc
    following = doc[span.end:span.end + 4]
    return any(token.tag_ == "POS" for token in doc[span.start:span.end + 1]) \
        and any(token.lower_ in lexicon()["price_points"] for token in following)


def _framed_by_part_of_year(found: list[tuple[Span, Parsed]], anchor: Optional[date]) -> list[tuple[Span, Parsed]]:
    """Without a publication date, a yearless month or day takes the year of a quarter or half the same sentence
    names and that holds it ('sales growth for the first half of 1987' frames 'sales in February'; 'the 1987
    first quarter will include ... the sale completed in January'): the sentence itself says which year. Not a
    part named as what is compared with ('a 5 pct rise in the first quarter of 1986' after 'fell in March'), nor
    a month outside it ('in the second half of 2004 after contracting the illness in April'), nor a whole year
    or a year's range, which reports as often name beside a later month ('cut its forecasts for the year to March
    2005' in January of either year); a sentence that frames the month in two years leaves it unknown."""
    if anchor is not None:
        return found
    parts = [(_sentence_start(span), int(match[1]), *_months_of_part(match[2])) for span, parsed in found
             if parsed.value and (match := _PART_OF_YEAR_RE.fullmatch(parsed.value)) and match[2][0] in "QH"
             and not _compared_with(span)]
    if not parts:
        return found
    framed = []
    for span, parsed in found:
        if parsed.value is None and parsed.unanchored and parsed.type == "date":
            month = int(parsed.unanchored[5:7])
            sentence = _sentence_start(span)
            years = {year for told, year, first, last in parts if told == sentence and first <= month <= last}
            if len(years) == 1:
                day = date(years.pop(), month, int(parsed.unanchored[8:10]) if len(parsed.unanchored) > 7 else 1)
                text = span.text
                read = parse(text, replace(_context(span, day, text), tense=None))  # the nearest: that very day
                if read is not None and read.value and read.value.startswith(f"{day.year:04d}"):
                    parsed = read
        framed.append((span, parsed))
    return framed


def _months_of_part(part: str) -> tuple[int, int]:
    """The first and last month of a quarter ('Q2') or half ('H1')."""
    length = 3 if part[0] == "Q" else 6
    return (int(part[1]) - 1) * length + 1, int(part[1]) * length


def _compared_with(span: Span) -> bool:
    """'compared with a 5 pct rise in the first quarter of 1986', 'down from $1bn in the fourth quarter of 2003':
    a word of comparison among the few before the date."""
    doc = span.doc
    words = lexicon()["comparison_words"]
    return any(token.lower_ in words for token in doc[max(_sentence_start(span), span.start - 8):span.start])


def _verb_of(token: Token) -> Optional[Token]:
    """The verb a word hangs from, a few heads up; None for a word in a phrase without one."""
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _in_the_present(verb: Token) -> bool:
    """A verb in the simple present ('works', 'are'), or its passive ('are being felt'), or an infinitive hanging
    from one ('continues to suffer'); not the progressive, which tells the day ('shares are trading higher
    today'), nor a verb with a past or modal auxiliary."""
    if verb.tag_ == "VB" and verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    if any(aux.tag_ in ("VBD", "MD") for aux in auxiliaries):
        return False
    return verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VBN" and any(
        aux.dep_ == "auxpass" for aux in auxiliaries) and any(aux.tag_ in ("VBZ", "VBP") for aux in auxiliaries)


def _exists_today(today: Token, others: list[Parsed]) -> bool:
    """'what commercial launch vehicles exist today', 'the only copy that survives today'."""
    verb = _verb_of(today)
    return verb is not None and verb.lemma_ in lexicon()["present_era_verbs"]


def _as_it_is_today(today: Token, others: list[Parsed]) -> bool:
    """'why our universe appears as it is today', 'radio as we know it today': the present state compared."""
    verb = _verb_of(today)
    return verb is not None and verb.lemma_ in ("be", "know") \
        and any(child.dep_ == "mark" and child.lower_ == "as" for child in verb.children)


def _still_so_today(today: Token, others: list[Parsed]) -> bool:
    """'it still works today', 'the reverberations are still being felt today': a state lasting from the past
    to the present ('shares still rose today' tells the day)."""
    verb = _verb_of(today)
    return verb is not None and today.head.i == verb.i and _in_the_present(verb) \
        and any(child.dep_ == "advmod" and child.lower_ == "still" for child in verb.children)


def _set_against_years(today: Token, others: list[Parsed]) -> bool:
    """'The web looks very different today than it did 10 years ago', 'costs from around $0.23/W today to $0.10
    by 2030': a present set against a time years, decades or centuries away."""
    verb = _verb_of(today)
    doc = today.doc
    level = today.i + 1 < len(doc) and doc[today.i + 1].lower_ == "to"  # 'from $0.23/W today to $0.10 by 2030'
    told = level or verb is not None and today.head.i == verb.i and _in_the_present(verb)
    return told and any(
        parsed.type == "date" and parsed.value is not None
        and (parsed.value in ("PAST_REF", "FUTURE_REF") or _ERA_VALUE_RE.fullmatch(parsed.value) is not None
             or parsed.offset is not None and parsed.offset[1] in ("year", "decade", "century"))
        for parsed in others)


def _todays_world(today: Token, others: list[Parsed]) -> bool:
    """"today's world", "in today's money", "by today's standards", 'the children of today': the people or
    things of these days (not "heartened by today's judgement")."""
    doc = today.doc
    nxt = doc[today.i + 1] if today.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in ("'s", "’s"):
        noun = today.head
        return noun.i > today.i and noun.lower_ in lexicon()["present_era_nouns"]
    of = today.head
    return today.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in lexicon()["present_era_nouns"]


_ERA_VALUE_RE = re.compile(r"\d{2,4}")

# What makes 'today' these days rather than the day of the story (TimeML's PRESENT_REF, as 'now' reads), in no
# order: any one does. Each looks at the word 'today' and the other dates of its sentence.
PRESENT_ERA_CUES = (
    _exists_today,
    _as_it_is_today,
    _still_so_today,
    _set_against_years,
    _todays_world,
)


def _the_present_era(found: list[tuple[Span, Parsed]]) -> list[tuple[Span, Parsed]]:
    """'today' that means these days ('the best consoles that exist today', 'it still works today') is
    PRESENT_REF, which needs no publication date: not the day of publication, nor unknown without one."""
    read = []
    for span, parsed in found:
        if len(span) == 1 and span[0].lower_ == "today" and parsed.type == "date":
            today = span[0]
            sentence = _sentence_start(span)
            others = [other for place, other in found if _sentence_start(place) == sentence and place != span]
            if any(cue(today, others) for cue in PRESENT_ERA_CUES):
                parsed = Parsed("date", "PRESENT_REF")
        read.append((span, parsed))
    return read
