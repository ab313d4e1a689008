"""Which candidate spans are time expressions, and where they start and end.

The model's DATE entities and the Matcher's finds both overreach (ages, 'May' the verb, 'the Sunday
Times'); trimming and rejecting them here keeps the rules free of such checks.
"""

from __future__ import annotations

import re
from typing import Any, Callable, Optional

from spacy.tokens import Doc, Span, Token

from ..doc_utils import sentence_bounds, sentence_tokens
from .lexicon import _YEAR_RE, _prefix_ends, lexicon, _vocabulary
from .resolve import _anchor, _sentence_start


_MONTH_DAY_TOKEN_RE = re.compile(r"([a-z]{3,9})\.?[-/.](?:\d{1,2}(?:st|nd|rd|th)?|\d{4})")
_PERIOD_CODE_RE = re.compile(r"([qh])([1-4])$")
_FULL_DECADE_RE = re.compile(r"(1\d|20)\d0s")
_SHORT_DECADE_TEXT_RE = re.compile(r"\d0s")
_DECIMAL_RE = re.compile(r"\d+\.\d+")
_DIGIT_START_RE = re.compile(r"['’/-]?\d")
_ZONE_YEAR_RE = re.compile(r"[a-z]{2,4}/\d{4}")
_YEAR_OR_DECADE_RE = re.compile(r"(\d{4})s?")
_VERB_TAGS = frozenset({"MD", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})


def _is_date_token(token: Token) -> bool:
    word = token.lower_.rstrip(".")
    stamp = _MONTH_DAY_TOKEN_RE.fullmatch(word)
    return (word in _vocabulary() or token.like_num or bool(_DIGIT_START_RE.match(word))
            or "-" in word and all(part in _vocabulary() or part.isdigit() for part in word.split("-"))
            or bool(_PERIOD_CODE_RE.match(word)) or bool(stamp and stamp[1] in lexicon()["months"])
            or token.lower_ in ("a.m.", "p.m.", "-", "–", "/")
            or bool(_ZONE_YEAR_RE.fullmatch(word)) and word.split("/")[0] in lexicon()["timezones"])


def _trim(span: Span) -> Optional[Span]:
    """The span without the words around a time expression; the span itself when it has none (its tokens are
    made once, and a new span only when it changes: both cost more than the tests)."""
    lex = lexicon()
    tokens = tuple(span)
    first, last = 0, len(tokens)
    while first < last and (tokens[first].lower_ in lex["trim_leading"] or tokens[first].is_space
                            or tokens[first].is_punct and tokens[first].text not in ("'", "’")
                            or _an_article_before_digits(tokens, first, last)):
        first += 1
    while last > first and (tokens[last - 1].lower_ in lex["trim_trailing"] or not _is_date_token(tokens[last - 1])
                            and not (tokens[last - 1].lower_ == "date" and last - 2 >= first
                                     and tokens[last - 2].lower_ in ("to", "-"))):
        last -= 1  # but 'the year to date' keeps its end
    if first >= last:
        return None
    start, end = span.start + first, span.start + last
    if _a_difference(span.doc, start, end):
        end -= 1
    if end - start == 1 and tokens[first].lower_ in ("past", "future", "present") and first > 0:
        start -= 1
    return span if (start, end) == (span.start, span.end) else span.doc[start:end]


def _an_article_before_digits(tokens: tuple[Token, ...], first: int, last: int) -> bool:
    """'for a 36 hour working week', 'for a five year facility': the article belongs to the noun after the amount,
    which digits or a number word state ('a hundred years', 'a dozen years', 'a couple of days' keep theirs)."""
    if tokens[first].lower_ not in ("a", "an") or first + 1 >= last:
        return False
    following = tokens[first + 1]
    return following.text[:1].isdigit() or following.lower_ in lexicon()["numbers"] \
        and following.lower_ not in ("a", "an", "hundred", "dozen", "couple", "half")


def _a_bare_decimal(span: Span) -> bool:
    """'1.5', '15.8', '1.50': a figure with a decimal point, alone, is no date whatever its context (the reader
    takes a dot between numbers for a date only with a third number, '11.08.2023', and for a clock time only
    before am or pm, '8.30pm'). The Matcher finds every one as a possible 'month.day', a third of its finds in
    wire copy: told first, they are spared the rejections and the reading of their context."""
    return len(span) == 1 and _DECIMAL_RE.fullmatch(span.text) is not None


def _a_difference(doc: Doc, start: int, end: int) -> bool:
    """'three years early', 'a day late', 'five years earlier than expected', 'a day later than other contestants':
    the amount is how much earlier or later, a duration; counted from nothing the story dated ('a year earlier'
    alone is counted from the story's last year)."""
    last = doc[end - 1].lower_
    if end - start < 2 or doc[end - 2].lower_ not in lexicon()["units"]:
        return False
    return last in ("early", "late") or last in ("earlier", "later") and end < len(doc) and doc[end].lower_ == "than"


class Around:
    """A candidate span with the words either side of it, which most rejections look at."""

    __slots__ = ("span", "tokens", "words", "before", "after", "_text")

    def __init__(self, span: Span) -> None:
        doc = span.doc
        self.span = span
        self.tokens = tuple(span)  # the span's, each made once: twenty tests indexing the doc anew cost more
        self.words = tuple(token.lower_ for token in self.tokens)  # the span's words in lower case
        self.before = doc[span.start - 1] if span.start > 0 else None
        self.after = _word_after(doc, span.end)
        self._text: Optional[str] = None

    def keys(self) -> set[str]:
        """What the rules' triggers look for in the candidate (see ``REJECTIONS``), read once: its words (also
        without a closing dot), the words either side of it marked '^' and '$', and the shapes of its words."""
        words = self.words
        keys = set(words)
        keys.update(word.rstrip(".") for word in words if word.endswith("."))
        if self.before is not None:
            keys.add("^" + self.before.lower_)
        after = self.after.lower_ if self.after is not None else ""
        if after:
            keys.add("$" + after)
        if len(words) == 1 and len(words[0]) >= 4 and words[0][:4].isdigit():
            keys.add("<year>")
        if any(word[:1].isdigit() and _SHORT_DECADE_TEXT_RE.fullmatch(word) for word in words):
            keys.add("<decade>")
        if "-old" in after or any("-old" in word for word in words):
            keys.add("<old>")
        return keys

    @property
    def text(self) -> str:
        """The span's text in lower case, made when a test first asks: a span builds its text anew each time,
        and the few tests that read it ask only when the words around fit."""
        if self._text is None:
            self._text = self.span.text.lower()
        return self._text


def _word_after(doc: Doc, end: int) -> Optional[Token]:
    """The first of the three words after a span that is no dash ('1986 - Reuters'), if any."""
    for index in range(end, min(end + 3, len(doc))):
        token = doc[index]
        if token.lower_ not in ("-", "–"):
            return token
    return None


def _an_age(at: Around) -> bool:
    """'aged 45', 'a 35-year-old', 'for over 16-year-olds'."""
    lex = lexicon()
    if at.before is not None and at.before.lower_ in lex["age_before"]:
        return True
    return any(word in lex["age_after"] or word.endswith(("-old", "-olds"))
               for word in (*at.words, *((at.after.lower_,) if at.after is not None else ())))


def _a_decade_of_life(at: Around) -> bool:
    return _decade_of_life(at)


def _a_table_or_model_number(at: Around) -> bool:
    tokens = at.tokens
    return len(tokens) == 1 and (_lone_year_in_table(tokens[0], at.before, at.after)
                                 or _model_number(tokens[0], at.before, at.after))


def _a_table_row_label(at: Around) -> bool:
    """A figure ending one row of a table and the month in capitals labelling the next ('APR 7325 542 2727', a
    line break, 'MAY 996 4645') are no date; a date runs over a line break only as prose wraps it ('April', a line
    break, '12')."""
    tokens = at.tokens
    for index in range(1, len(tokens) - 1):
        if "\n" in tokens[index].text and tokens[index].is_space and tokens[index - 1].like_num \
                and tokens[index + 1].is_upper and tokens[index + 1].lower_ in lexicon()["months"]:
            return True
    return False


def _a_film_title(at: Around) -> bool:
    """'the Friday the 13th franchise'."""
    words = at.words
    return len(words) == 3 and words[0] in lexicon()["weekdays"] and words[1] == "the" \
        and at.after is not None and at.after.pos_ == "NOUN"


def _a_weekday_in_a_title(at: Around) -> bool:
    """'the Sunday Times', "BBC One's Sunday AM programme", 'Fridays For Future'."""
    lex = lexicon()
    before, after = at.before, at.after
    if after is None or len(at.words) != 1 or after.lower_ in lex["parts_of_day"] or _names_calendar(after):
        return False
    word = at.words[0]
    titled = word in lex["weekdays"] and before is not None and before.lower_ in ("the", "'s", "’s") \
        and after.text[:1].isupper()
    return titled or word[:-1] in lex["weekdays"] and word.endswith("s") and after.is_title and after.is_alpha


def _a_weekday_in_a_name(at: Around) -> bool:
    """'Happy Mondays star Bez', 'the "Black Monday" sell-off', 'Sunday Bloody Sunday': a capitalised weekday after
    a word that makes it a name. A named day the calendar fixes ('Black Friday', 'Easter Monday') is left to be
    read whole (``_extend`` takes its first word in)."""
    lex = lexicon()
    doc = at.span.doc
    for token in at.tokens:
        word = token.lower_
        if not token.is_title or token.i == 0 or word not in lex["weekdays"] and word[:-1] not in lex["weekdays"]:
            continue
        before = doc[token.i - 1]
        if before.is_title and before.lower_ in lex["weekday_name_words"] \
                and f"{before.lower_} {word}" not in lex["floating_holidays"]:
            return True
    return False


def _a_paper_or_programme(at: Around) -> bool:
    """'The Daily and Sunday Telegraph', 'by Sunday Telegraph journalist Robert Peston', 'told the Mail on Sunday',
    "told GMTV's Sunday programme", 'the Sunday papers': a weekday naming a paper or a show, whatever word comes
    before a paper's name ('the Sunday Times' is read by ``_a_weekday_in_a_title`` too)."""
    lex = lexicon()
    if len(at.tokens) != 1 or at.words[0] not in lex["weekdays"] or not at.tokens[0].is_title:
        return False
    token, doc = at.tokens[0], at.span.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    before = doc[token.i - 1] if token.i > 0 else None
    if after is not None and after.is_title and after.lower_ in lex["weekday_title_heads"]:
        return True
    if after is not None and after.lower_ in lex["weekday_programme_nouns"] and before is not None \
            and before.lower_ in ("the", "'s", "’s"):
        return True
    return before is not None and before.lower_ == "on" and token.i > 1 and doc[token.i - 2].is_title \
        and f"{doc[token.i - 2].lower_} on {at.words[0]}" in lex["weekday_titles"]


def _a_name_spelled_like_a_weekday(at: Around) -> bool:
    """'Sun Co <SUN>', 'told The Sun', 'the operating system owned by Sun', 'Tears of the Sun': an abbreviated
    weekday that is also a name or a word is a date alone only beside another calendar word ('Sun 5 March', 'Sat
    & Sun', 'Fair Sat/Sun'). Other abbreviations stand alone in weather copy ('Partly cloudy Sat.')."""
    word = at.words[0].rstrip(".")
    if len(at.tokens) != 1 or word not in lexicon()["weekday_abbreviations_as_names"]:
        return False
    token = at.tokens[0]
    return not (_beside_calendar(token, -1) or _beside_calendar(token, 1))


def _beside_calendar(token: Token, step: int) -> bool:
    """Whether the word next to ``token`` on one side, past one separator ('-', '/', '&', 'and', 'to', a comma),
    names a day, month, year or time."""
    doc = token.doc
    index = token.i + step
    if 0 <= index < len(doc) and doc[index].lower_ in (",", ".", "-", "–", "/", "&", "and", "to", "or"):
        index += step
    if not 0 <= index < len(doc):
        return False
    neighbour = doc[index]
    return neighbour.like_num or neighbour.text[:1].isdigit() or _names_calendar(neighbour)


def _a_holiday_naming_a_thing(at: Around) -> bool:
    """'his Christmas cards', 'a Christmas tree', 'as Christmas presents': the holiday names what is kept or given
    for it, not a day ('Christmas sales' and 'a poor Christmas' stay dates)."""
    after = at.after
    return after is not None and after.i == at.span.end and after.lower_ in lexicon()["holiday_things"] \
        and at.text in lexicon()["holidays"]


def _a_programme(at: Around) -> bool:
    """"told NBC News' Today show", "Radio 4's Today programme", and a paper or show whose name ends in it: 'told
    USA TODAY', 'The Day Today' (a capitalised name right before; not in a line all in capitals, a wire's
    headline: 'OPEC MINISTERS MEET TODAY')."""
    span, before = at.span, at.before
    token = at.tokens[0]
    if len(at.words) != 1 or at.words[0] not in lexicon()["relative_days"] or span.start == _sentence_start(span) \
            or before is None or not (token.is_title or token.is_upper):
        return False
    if before.tag_ == "POS" or before.lower_ in ("'", "’", "the"):
        return token.is_title
    return before.tag_ == "NNP" and (before.is_title or before.is_upper) \
        and before.lower_ not in lexicon()["weekdays"] \
        and any(word.is_lower for word in sentence_tokens(span.doc, span.start))


def _a_counted_weekday(at: Around) -> bool:
    """'his second Sunday in charge': an ordinal counted for someone."""
    lex = lexicon()
    words, before = at.words, at.before
    return len(words) == 2 and words[0] in lex["ordinals"] and words[1] in lex["weekdays"] \
        and before is not None and before.tag_ in ("PRP$", "POS")


def _a_changing_amount(at: Around) -> bool:
    """'rose from 4 to 5'."""
    lex = lexicon()
    span, before = at.span, at.before
    return before is not None and before.lower_ in lex["range_starts"] and span.start > 1 \
        and at.tokens[0].like_num and len(at.tokens[0].text) <= 2 and span.doc[span.start - 2].lemma_ in lex["change_verbs"]


def _a_surname_like_a_month(at: Around) -> bool:
    """'Theresa May first said'."""
    lex = lexicon()
    tokens, before = at.tokens, at.before
    return at.words[0] in lex["ambiguous_months"] and len(tokens) > 1 and tokens[1].is_alpha and before is not None \
        and before.pos_ == "PROPN" and before.is_title and before.lower_.rstrip(".") not in lex["weekdays"] \
        and before.lower_ not in lex["months"]


def _a_surname_like_a_clock_word(at: Around) -> bool:
    """'with either Tait or Noon dropping out' beside 'Jamie Noon': a clock word written with a capital inside a
    sentence, as no time is, that ends the name of a person the model tags in the article is that person."""
    span, token = at.span, at.tokens[0]
    if len(at.tokens) != 1 or not token.is_title or token.i == _sentence_start(span) \
            or at.words[0] not in lexicon()["clock_words"]:
        return False
    return any(ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == token.text for ent in span.doc.ents)


def _a_count_after_a_month(at: Around) -> bool:
    """'in May one person died', 'in March one of them': a count, not a spelled day."""
    lex = lexicon()
    words, after = at.words, at.after
    return len(words) >= 2 and words[-1] in lex["day_count_words"] and words[-2] in lex["months"] \
        and after is not None and (after.lower_ == "of" or after.is_lower and after.pos_ in ("NOUN", "ADJ", "NUM"))


def _now_that_as_a_conjunction(at: Around) -> bool:
    """'Now that his federal trial has ended', '..., now that digital TV reaches', 'at a crossroads now that its
    founder has left' (not 'I hope now that the government will act')."""
    span, before, after = at.span, at.before, at.after
    return after is not None and after.lower_ == "that" and at.text == "now" and (
        span.start == _sentence_start(span) or before is not None and (before.is_punct or before.dep_ == "cc")
        or before is not None and before.pos_ in ("NOUN", "PROPN") and after.dep_ == "mark")


def _now_opening_a_clause(at: Around) -> bool:
    """'but now Harry had apologised the matter should be left to the palace', 'a paid adviser ... now he is not
    home secretary': 'now' with its 'that' left out, opening a clause the sentence hangs on another verb (not 'Now
    the board has confirmed', nor 'while now it is a must-have')."""
    if at.tokens[0].dep_ != "advmod" or at.text != "now":
        return False
    now = at.tokens[0]
    verb = now.head
    return verb.dep_ in ("advcl", "csubj", "csubjpass") and verb.left_edge.i == now.i \
        and not any(child.dep_ == "mark" for child in verb.children) \
        and any(child.dep_.startswith("nsubj") and child.left_edge.i == now.i + 1 for child in verb.children)


def _a_clock_time_before_its_zone(at: Around) -> bool:
    """'at 1530 EST/2030 gmt': four digits before a time zone are a clock time, never the year 1530 (the
    tokenizer glues the second zone's time to the first zone)."""
    tokens, after = at.tokens, at.after
    return len(tokens) == 1 and bool(_YEAR_RE.match(tokens[0].text)) and after is not None \
        and after.lower_.split("/")[0] in lexicon()["timezones"]


def _a_clock_time_before_local_time(at: Around) -> bool:
    """'lifted off at 1805 local time (2305 GMT)', 'around 1330 local time', 'to 1500 local (0600 GMT)': four digits
    before 'local time' are the clock's, never a year ('the 1986 local elections' is one)."""
    after = at.after
    following = _word_after(after.doc, after.i + 1) if after is not None and after.lower_ == "local" else None
    return following is not None and following.lower_ in lexicon()["local_time_words"] \
        and bool(_YEAR_RE.fullmatch(at.tokens[-1].text))


def _a_figure_of_a_measure(at: Around) -> bool:
    """'a resolution of 1080 pixels by 1920 pixels', 'the 1500 metres': four digits before a unit of measure count
    it, never a year (``measure_units``)."""
    after = at.after
    return after is not None and after.lower_ in lexicon()["measure_units"] \
        and bool(_YEAR_RE.fullmatch(at.tokens[-1].text))


def _a_day_the_words_pick_out(at: Around) -> bool:
    """'It was the day the music died': 'the day' is the story's only as "the day's highs" (read so by the rules)."""
    before, after = at.before, at.after
    return before is not None and before.lower_ == "the" and at.text == "day" \
        and (after is None or after.lower_ not in ("'s", "’s"))


def _a_fall_in_value(at: Around) -> bool:
    return at.words[-1] == "fall" and _fall_is_a_decline(at.span)


def _as_soon_as(at: Around) -> bool:
    return at.before is not None and at.before.lower_ == "as" and at.after is not None \
        and at.after.lower_ == "as" and at.text == "soon"


def _a_multiple(at: Around) -> bool:
    """'four times a year earlier': a multiple of what 'a year earlier' dates."""
    lex = lexicon()
    words, after = at.words, at.after
    return (words[0] in (*lex["frequencies"], "times") or len(words) > 1 and words[1] == "times") \
        and after is not None and (after.lower_ in lex["unanchored_offsets"] or after.lower_ in lex["ago_words"])


def _counted_from_an_event(at: Around) -> bool:
    """'the day before the election': counted from an event, not a date."""
    span = at.span
    return at.words[-1] in ("before", "after") and span.end < len(span.doc) and span.doc[span.end].is_alpha


def _a_share(at: Around) -> bool:
    """'more than a quarter of Clinton's supporters': a share, not three months."""
    words, after = at.words, at.after
    return len(words) > 1 and words[-1] == "quarter" and words[-2] in ("a", "one") and after is not None \
        and after.lower_ == "of" and not any(
            tok.lower_ in lexicon()["units"] or _names_calendar(tok) for tok in _object_phrase(after))


def _a_figure_before_a_unit_it_does_not_count(at: Around) -> bool:
    """'hog slaughter at about 280,000 to 300,000 head versus 294,000 week ago and 303,000 a year ago': a wire table's
    short way to write 'a week ago', after the figure of the count it compares; a figure other than one counts no
    singular unit ('294,000 week'), and the words 'week ago' are the date."""
    words = at.words
    return len(words) == 3 and words[2] == "ago" and at.tokens[0].like_num and words[0] not in ("1", "one") \
        and words[1] in lexicon()["units"] and not words[1].endswith("s")


def _a_period_of_play(at: Around) -> bool:
    """'scoring 24 points in the third quarter for a 38-10 bulge', 'got a technical foul in the third quarter',
    'left the court in the second quarter' after 'Davis dunked and was fouled': a quarter of a game, not of a year,
    where the words around tell of play and the span names no year. Read from the sentence and a few words
    either side, only for a quarter with its ordinal."""
    words = at.words
    if words[-1] != "quarter" or len(words) < 2 or words[-2] not in lexicon()["ordinals"]:
        return False
    doc, sentence = at.span.doc, sentence_tokens(at.span.doc, at.span.start)
    play = lexicon()["play_words"]
    return any(token.lower_ in play for token in doc[max(0, sentence.start - 30):sentence.end + 30])


def _quarters_of_opinion(at: Around) -> bool:
    """'excessive expectations in some quarters', 'stirred active indignation in many quarters', 'expressions of
    interest from several quarters': circles of people, not spells of three months ('led to several quarters of
    revenue growth', 'over the next few quarters' stay durations)."""
    words, before, after = at.words, at.before, at.after
    return len(words) == 2 and words[1] == "quarters" and words[0] in lexicon()["circle_determiners"] \
        and before is not None and before.lower_ in ("in", "from") and (after is None or after.lower_ != "of")


def _a_week_picked_out(at: Around) -> bool:
    words = at.words
    determiner = at.tokens[0] if len(words) == 2 else at.before if len(words) == 1 else None
    return words[-1] in ("week", "month") and determiner is not None and (
        determiner.lower_ == "the" or determiner.lower_ in lexicon()["possessives"]) and _week_picked_out(at.span)


def _a_word_that_is_no_date(at: Around) -> bool:
    """A verb spelled like a month ('May', 'March'), a lowercase English word spelled like a month, weekday or
    holiday ('may', 'sun'), a capitalised unit that is a title ('60 Minutes') or a name, a set word that names
    a paper ('the Daily Mail'), a season that modifies a noun, a short decade that is a price or an age."""
    lex = lexicon()
    span, before, after = at.span, at.before, at.after
    for token, word in zip(at.tokens, at.words):
        if _short_decade_misread(token):
            return True
        word = word.rstrip(".")
        if word in lex["months"] and _a_trade_month(token):
            continue
        if word in lex["months"] or word in lex["weekdays"]:
            if word in lex["ambiguous_months"] and token.tag_ in _VERB_TAGS or word in lex["lowercase_words"] \
                    and token.is_lower:
                return True
            if word in lex["ambiguous_months"] and len(at.words) == 1 and (
                    before is None or before.lower_ not in lex["month_context"]
                    or before.lower_ == "the" and after is not None and after.lower_ in ("on", "of", "to", "for")):
                return True
        if word in lex["holiday_capitals"] and token.is_lower:
            return True
        if word in lex["units"] and token.is_title and token.i > _sentence_start(span) and token.i > span.start \
                and span.doc[token.i - 1].like_num:
            return True
        if word in lex["units"] and token.i == span.start and _name_spelled_like_unit(token):
            return True
        if word in lex["sets"] and len(at.words) == 1 and _names_a_title(token, after):
            return True
        if word in lex["seasons"] and len(at.words) == 1 and token.dep_ in ("compound", "amod", "nmod"):
            return True
    return False


# What a candidate the model or the Matcher found may be instead of a date; any one rejects it. The order
# is only that of cost: the cheap tests of the words around the span first. Each row names its trigger, the
# keys (``Around.keys``) of which a candidate the rule rejects holds at least one, so that a candidate holding
# none is spared the rule: "@list" a word of the span in that lexicon list, "^" the word before the span,
# "$" the word after it (``Around.after``), "<year>" a lone word opening with four digits, "<decade>" a word
# like '30s', "<old>" a word of the span or after it holding '-old'; an empty trigger runs the rule always.
REJECTIONS: tuple[tuple[Callable[[Around], bool], tuple[str, ...]], ...] = (
    (_an_age, ("^@age_before", "@age_after", "$@age_after", "<old>")),
    (_a_decade_of_life, ("@spelled_decades", "<decade>")),
    (_a_table_or_model_number, ("<year>",)),
    (_a_table_row_label, ("@months",)),
    (_a_film_title, ("@weekdays",)),
    (_a_weekday_in_a_title, ("@weekdays", "@weekday_plurals")),
    (_a_weekday_in_a_name, ("@weekdays", "@weekday_plurals")),
    (_a_paper_or_programme, ("@weekdays",)),
    (_a_name_spelled_like_a_weekday, ("@weekday_abbreviations_as_names",)),
    (_a_holiday_naming_a_thing, ("$@holiday_things",)),
    (_a_programme, ("@relative_days",)),
    (_a_counted_weekday, ("@weekdays",)),
    (_a_changing_amount, ("^@range_starts",)),
    (_a_surname_like_a_month, ("@ambiguous_months",)),
    (_a_surname_like_a_clock_word, ("@clock_words",)),
    (_a_count_after_a_month, ("@day_count_words",)),
    (_now_that_as_a_conjunction, ("$that",)),
    (_now_opening_a_clause, ("now",)),
    (_a_clock_time_before_its_zone, ("<year>",)),
    (_a_clock_time_before_local_time, ("$local",)),
    (_a_figure_of_a_measure, ("$@measure_units",)),
    (_a_fall_in_value, ("fall",)),
    (_as_soon_as, ("^as",)),
    (_a_multiple, ("@frequencies", "times")),
    (_counted_from_an_event, ("before", "after")),
    (_a_share, ("quarter",)),
    (_a_figure_before_a_unit_it_does_not_count, ("ago",)),
    (_a_period_of_play, ("quarter",)),
    (_quarters_of_opinion, ("quarters",)),
    (_a_week_picked_out, ("week", "month")),
    (_a_day_the_words_pick_out, ("day",)),
    (_a_word_that_is_no_date, ("@months", "@weekdays", "@holiday_capitals", "@units", "@sets", "@seasons",
                               "<decade>")),
)


def _trigger_keys(trigger: tuple[str, ...]) -> frozenset[str]:
    """The keys a row's trigger names, its word lists spelled out from the lexicon."""
    lex = lexicon()
    lists = {"weekday_plurals": [f"{day}s" for day in lex["weekdays"]]}
    keys: set[str] = set()
    for item in trigger:
        side, name = ("^", item[1:]) if item.startswith("^") else ("$", item[1:]) if item.startswith("$") \
            else ("", item)
        words = lists.get(name[1:]) or lex[name[1:]] if name.startswith("@") else [name]
        keys.update(side + word for word in words)
    return frozenset(keys)


_TRIGGERED: dict[int, tuple[dict[str, Any], tuple[tuple[Callable[[Around], bool], Optional[frozenset[str]]], ...]]] = {}


def _rejections() -> tuple[tuple[Callable[[Around], bool], Optional[frozenset[str]]], ...]:
    """``REJECTIONS`` with their triggers as key sets (None: always run), made once for the lexicon installed."""
    lex = lexicon()
    made = _TRIGGERED.get(0)
    if made is None or made[0] is not lex:
        made = _TRIGGERED[0] = (lex, tuple((rejects, _trigger_keys(trigger) if trigger else None)
                                           for rejects, trigger in REJECTIONS))
    return made[1]


_BY_KEY: dict[int, tuple[dict[str, Any], int, dict[str, int]]] = {}


def _rows_by_key() -> tuple[int, dict[str, int]]:
    """The rows of ``_rejections`` as bits (row i the bit 1 << i): those run always, and for each key the rows it
    triggers, made once for the lexicon installed. A candidate's rows are its keys' bits joined: some ten
    look-ups, where asking each row's trigger in turn cost a fifth of the rejections."""
    lex = lexicon()
    made = _BY_KEY.get(0)
    if made is None or made[0] is not lex:
        always, by_key = 0, {}
        for row, (_, trigger) in enumerate(_rejections()):
            if trigger is None:
                always |= 1 << row
            for key in trigger or ():
                by_key[key] = by_key.get(key, 0) | 1 << row
        made = _BY_KEY[0] = (lex, always, by_key)
    return made[1], made[2]


def _rejected(span: Span) -> bool:
    """Whether the span is something else that reads like a date: one of ``REJECTIONS`` says so (only those
    whose trigger the candidate holds are asked, in their order)."""
    at = Around(span)
    rows, by_key = _rows_by_key()
    for key in at.keys():
        rows |= by_key.get(key, 0)
    rejections = _rejections()
    while rows:
        lowest = rows & -rows
        if rejections[lowest.bit_length() - 1][0](at):
            return True
        rows ^= lowest
    return False


def _a_trade_month(token: Token) -> bool:
    """'for May shipment', 'the May position', 'March futures': a capitalised month before the trade it dates is
    the month, not the verb 'may' nor 'march' (but after a capitalised name it is a surname: 'Theresa May')."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    before = token.nbor(-1) if token.i > 0 else None
    named = before is not None and before.is_title and before.pos_ == "PROPN"
    return not token.is_lower and not named and following is not None \
        and following.lower_ in lexicon()["trade_month_nouns"]


def _names_a_title(token: Token, after: Optional[Token]) -> bool:
    """'the Daily Mail', 'Weekly Standard', 'a weekly' (the paper), 'the Communist Party daily Granma': a set word
    that is a noun or part of a name. Lowercase before a name that itself modifies a common noun it is the
    adjective of a recurring event ('the quarterly Tankan survey', 'the annual Glastonbury festival'), a set."""
    if token.pos_ in ("NOUN", "PROPN"):
        return True
    if after is None or after.pos_ != "PROPN":
        return False
    name_end = after.i
    while name_end < len(token.doc) and token.doc[name_end].pos_ == "PROPN":
        name_end += 1
    headed = name_end < len(token.doc) and token.doc[name_end].pos_ == "NOUN"
    return not (token.is_lower and token.dep_ == "amod" and headed)


def _decade_of_life(at: Around) -> bool:
    """'in his late thirties', 'friends who are in their seventies', 'in their 30s, 40s and 50s': a decade after a
    possessive is an age (a number of kind age), not the 1930s."""
    lex = lexicon()
    doc = at.span.doc
    decades = [tok for tok, word in zip(at.tokens, at.words)
               if word in lex["spelled_decades"] or _SHORT_DECADE_TEXT_RE.fullmatch(tok.text)]
    if not decades:
        return False
    index = decades[0].i - 1
    while index >= 0 and (doc[index].lower_ in lex["life_decade_glue"] or doc[index].lower_ in lex["spelled_decades"]
                          or _SHORT_DECADE_TEXT_RE.fullmatch(doc[index].text)):
        index -= 1
    return index >= 0 and doc[index].lower_ in lex["possessives"]


def _name_spelled_like_unit(token: Token) -> bool:
    """'Australian Timothy Weeks', 'King and Weeks were abducted', 'the Magic Years Child Care': inside a
    sentence a capitalised unit word that no amount counts is a name. After a quotation mark, colon or line
    break the capital may open a clause ('said: "Weeks of talks ...'), so only a word before it counts."""
    if not token.is_title or token.i == sentence_bounds(token.doc, token.i)[0]:
        return False
    before = token.doc[token.i - 1]
    lex = lexicon()
    return before.is_alpha and not before.like_num and before.lower_ not in lex["numbers"] \
        and before.lower_ not in lex["vague_quantities"] and before.lower_ not in lex["ordinals"]


def _fall_is_a_decline(span: Span) -> bool:
    """'were blamed for the fall', 'the fall in prices', 'The January fall came after', 'predicts this fall from the
    current 2.1% level': 'fall' is the season only with a season cue, 'last', 'next' or 'this' ('corn farmers this
    fall'), a year ('fall 2019'), or 'in', 'during', 'by' ... 'the fall' ('by the fall'), and then not followed by
    'in' or 'of' and more than a year ('the fall of Saddam') nor by 'from' or 'to' an amount."""
    lex = lexicon()
    doc = span.doc
    after = doc[span.end:span.end + 4]
    changed = len(after) > 1 and (after[0].lower_ in ("in", "of") and not _YEAR_RE.match(after[1].text)
                                  or after[0].lower_ in ("from", "to") and any(tok.like_num for tok in after[1:]))
    if len(span) > 1:
        seasonal = any(tok.lower_ in lex["deictic"] or _YEAR_RE.match(tok.text) for tok in span)
        return not seasonal or span[0].lower_ == "this" and changed  # not 'last fall to receive 92 pct'
    cue = doc[span.start - 2:span.start] if span.start > 1 else None
    before = doc[span.start - 1] if span.start > 0 else None
    return changed or not (before is not None and before.lower_ in lex["season_cues"]
                           or cue is not None and cue[1].lower_ == "the" and cue[0].lower_ in lex["season_prepositions"])


def _week_picked_out(span: Span) -> bool:
    """'the week that the company announced losses', 'the week I'd had', 'the week to 25 December', 'the week
    ending Jan 30', 'his month-long bidding war', 'every day of the week': a week the words after it pick out,
    or any week, not the story's."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and (after.pos_ in ("PRON", "ADP", "SCONJ") or after.tag_ == "VBG"
                              or after.text in ("-", "–") or after.lower_ in ("that", "when")):
        return True
    if any(child.dep_ in ("relcl", "acl", "prep") and child.i >= span.end for child in span.root.children):
        return True
    of = doc[span.start - 2] if span.start > 1 else None
    day = of.head if of is not None and of.lower_ == "of" else None
    return day is not None and day.lower_ in ("day", "days") and (
        day.lower_ == "days" or any(child.lower_ in ("any", "every", "each", "a") for child in day.children))


def _object_phrase(preposition: Token) -> Span:
    """The words from a preposition to the noun it governs ('of [Hillary Clinton's supporters]'), without what
    hangs after that noun."""
    objects = [child for child in preposition.children if child.dep_ == "pobj"]
    doc = preposition.doc
    return doc[preposition.i + 1 : objects[0].i + 1] if objects else doc[preposition.i + 1 : preposition.i + 2]


def _names_calendar(token: Token) -> bool:
    word = token.lower_.rstrip(".")
    return word in lexicon()["months"] or word in lexicon()["weekdays"] or bool(_YEAR_RE.match(word)) \
        or bool(_FULL_DECADE_RE.fullmatch(word) or _SHORT_DECADE_TEXT_RE.fullmatch(word))


def _lone_year_in_table(token: Token, before: Optional[Token], after: Optional[Token]) -> bool:
    """A lone year among other numbers is a table cell, not a year, however many spaces lay the columns out
    ('OCT    1838    171     230'), and so is one ending a row whose next opens with a month in capitals."""
    if not _YEAR_RE.match(token.text):
        return False
    before = _past_spaces(token, -1) if before is not None and before.is_space else before
    broken = after is not None and after.is_space and "\n" in after.text
    after = _past_spaces(token, 1) if after is not None and after.is_space else after
    labelled = broken and after is not None and after.is_upper and after.lower_ in lexicon()["months"]
    return labelled or any(neighbour is not None and neighbour.like_num for neighbour in (before, after))


def _past_spaces(token: Token, step: int) -> Optional[Token]:
    """The first word on one side of ``token`` that is not a run of spaces or line breaks."""
    doc = token.doc
    index = token.i + step
    while 0 <= index < len(doc) and doc[index].is_space:
        index += step
    return doc[index] if 0 <= index < len(doc) else None


def _model_number(token: Token, before: Optional[Token], after: Optional[Token]) -> bool:
    """'RTX 2080', 'a 2080 Ti', 'RTX 3070s': a product's number that reads as a year or decade decades after
    publication, next to an upper-case name (not 'by 2050', not 'the 2030s'); 'GTX 1660 Ti', 'the GTX 1060': one
    that reads as a year centuries before it, after an upper-case name that is no era ('AD 1066'). Whatever the
    publication date, a number before a company's suffix ('Spectrum 2000 Inc') or a street's name ('of 1909
    Jolinda Drive') names that company or that house."""
    match = _YEAR_OR_DECADE_RE.fullmatch(token.text)
    if not match:
        return False
    lex = lexicon()
    if after is not None and (before is None or before.lower_ not in lex["year_prepositions"]) and (
            after.text.rstrip(".") in lex["company_suffixes"] or after.is_title and after.i + 1 < len(token.doc)
            and token.doc[after.i + 1].text.rstrip(".") in lex["street_words"]):
        return True  # not 'in 1987 Wall Street fell'
    published = _anchor(token.doc._.published)
    if published is None:
        return False
    vocabulary = _vocabulary()
    named_before = before is not None and before.is_upper and before.is_alpha and len(before) > 1 \
        and before.lower_ not in vocabulary
    if int(match[1]) < published.year - 200:
        return named_before and before.lower_ not in lex["eras"]
    if int(match[1]) <= published.year + 30:
        return False
    named_after = after is not None and after.is_title and after.is_alpha and after.lower_ not in vocabulary
    return named_before or named_after


def _short_decade_misread(token: Token) -> bool:
    """'the 70s' and "'70s" are decades, and so is one that continues a list of decades ('the 1930s and 40s',
    'the 70s and 80s'); '30s' after anything else ('the mid 30s') is a price or an age."""
    if not _SHORT_DECADE_TEXT_RE.fullmatch(token.text):
        return False
    if token.i == 0 or token.nbor(-1).lower_ in ("the", "'", "’"):
        return token.i == 0
    listed = token.nbor(-1).lower_ in ("and", "or", "to", ",") and token.i > 1
    return not (listed and (_FULL_DECADE_RE.fullmatch(token.nbor(-2).text) or _SHORT_DECADE_TEXT_RE.fullmatch(
        token.nbor(-2).text) and not _short_decade_misread(token.nbor(-2))))


def _extend(span: Span) -> Span:
    """Take in a modifier just before the span ('late' October, 'around' two weeks, 'end' April, not the verb 'end')
    and a time zone after it; the first word of a named day the calendar fixes ('Black Friday')."""
    lex = lexicon()
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in lex["timezones"]:
        span = doc[span.start:span.end + 1]
    if span.start > 0 and doc[span.start - 1].is_title and span[0].is_title \
            and f"{doc[span.start - 1].lower_} {span[0].lower_}" in lex["floating_holidays"]:
        return doc[span.start - 1:span.end]  # 'Black Friday', 'Easter Monday': the model often finds the weekday
    if span.start == 0 or not _may_close_a_modifier(doc[span.start - 1].lower_):
        return span
    preceding = [doc[index] for index in range(max(span.start - 3, 0), span.start)]
    words = [token.lower_ for token in preceding]
    for size in range(len(words), 0, -1):
        phrase = " ".join(words[len(words) - size:])
        mod = lex["mod_prefixes"].get(phrase) or lex["clamp_prefixes"].get(phrase)
        if phrase.endswith("-"):
            mod = lex["mod_prefixes"].get(phrase) or lex["mod_prefixes"].get(phrase[:-1].rstrip())
        if not (mod in ("START", "MID", "END", "before", "after") or mod and _counted(doc[span.start])):
            continue
        if preceding[len(preceding) - size].tag_ in _VERB_TAGS:
            continue  # 'set to end today', 'will start next week': the verb, not 'end April'
        return doc[span.start - size + (words[len(words) - size] == "the"):span.end]
    return span


def _may_close_a_modifier(word: str) -> bool:
    """Whether a modifier read by ``_extend`` may end with this word: each it tries ends with the word before the
    span, and with a hyphen ('mid-') only if that word does."""
    return word.endswith("-") or word in _prefix_ends()


def _counted(head: Token) -> bool:
    """A span opening with an amount ('about two weeks'), which any modifier before it may qualify."""
    lex = lexicon()
    return head.like_num or head.lower_ in lex["numbers"] or head.lower_ in lex["vague_quantities"]
