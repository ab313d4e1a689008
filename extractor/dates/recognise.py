"""Which candidate spans are time expressions, and where they start and end.

The model's DATE entities and the Matcher's finds both overreach (ages, 'May' the verb, 'the Sunday
Times'); trimming and rejecting them here keeps the rules free of such checks.
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span, Token

from .lexicon import _YEAR_RE, lexicon, _vocabulary
from .resolve import _anchor


_MONTH_DAY_TOKEN_RE = re.compile(r"([a-z]{3,9})\.?[-/.](?:\d{1,2}(?:st|nd|rd|th)?|\d{4})")
_PERIOD_CODE_RE = re.compile(r"([qh])([1-4])$")
_VERB_TAGS = frozenset({"MD", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})


def _is_date_token(token: Token) -> bool:
    word = token.lower_.rstrip(".")
    stamp = _MONTH_DAY_TOKEN_RE.fullmatch(word)
    return (word in _vocabulary() or token.like_num or bool(re.match(r"['’/-]?\d", word))
            or "-" in word and all(part in _vocabulary() or part.isdigit() for part in word.split("-"))
            or bool(_PERIOD_CODE_RE.match(word)) or bool(stamp and stamp[1] in lexicon()["months"])
            or token.lower_ in ("a.m.", "p.m.", "-", "–", "/"))


def _trim(span: Span) -> Optional[Span]:
    lex = lexicon()
    start, end = span.start, span.end
    while start < end and (span.doc[start].lower_ in lex["trim_leading"] or span.doc[start].is_space
                           or span.doc[start].is_punct and span.doc[start].text not in ("'", "’")):
        start += 1
    while end > start and (span.doc[end - 1].lower_ in lex["trim_trailing"] or not _is_date_token(span.doc[end - 1])
                           and not (span.doc[end - 1].lower_ == "date" and end - 2 >= start
                                    and span.doc[end - 2].lower_ in ("to", "-"))):
        end -= 1  # but 'the year to date' keeps its end
    if start >= end:
        return None
    if end - start == 1 and span.doc[start].lower_ in ("past", "future", "present") and start > span.start:
        start -= 1
    return span.doc[start:end]


def _rejected(span: Span) -> bool:
    """Ages, verbs spelled like months ('May', 'March', 'the March on Washington'), month and weekday
    spellings that are lowercase English words ('may', 'sun'; 'june' is a month in any case), a surname spelled
    like a month after a first name ('Theresa May first said'), a number word counting what follows a month
    ('in May one person died'), titles that end in a unit ('60 Minutes') or name a film ('the Friday the 13th
    franchise') or a paper ('the Sunday Times'), amounts that change ('rise from 4 to 5'), and ordinals
    counted for someone ('his second Sunday in charge')."""
    lex = lexicon()
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    following = [tok for tok in doc[span.end:span.end + 3] if tok.lower_ not in ("-", "–")]
    after = following[0] if following else None
    if before is not None and before.lower_ in lex["age_before"]:
        return True
    if any(tok.lower_ in lex["age_after"] or tok.lower_.endswith(("-old", "-olds")) for tok in (*span, *following[:1])):
        return True  # 'a 35-year-old', 'for over 16-year-olds'
    if _decade_of_life(span):
        return True
    if len(span) == 1 and (_lone_year_in_table(span[0], before, after) or _model_number(span[0], before, after)):
        return True
    if len(span) == 3 and span[0].lower_ in lex["weekdays"] and span[1].lower_ == "the" and after is not None \
            and after.pos_ == "NOUN":
        return True
    if len(span) == 1 and span[0].lower_ in lex["weekdays"] and before is not None and before.lower_ in (
            "the", "'s", "’s") and after is not None and after.text[:1].isupper() and not _names_calendar(after) \
            and after.lower_ not in lex["parts_of_day"]:
        return True  # a title: 'the Sunday Times', "BBC One's Sunday AM programme"
    if len(span) == 1 and span[0].lower_[:-1] in lex["weekdays"] and span[0].lower_.endswith("s") \
            and after is not None and after.is_title and after.is_alpha and not _names_calendar(after) \
            and after.lower_ not in lex["parts_of_day"]:
        return True  # a name: 'Fridays For Future'
    if len(span) == 1 and span[0].lower_ in lex["relative_days"] and span[0].is_title \
            and span[0].i > span.sent.start and before is not None and (before.tag_ == "POS" or before.lower_ in (
            "'", "’", "the")):
        return True  # a programme: "told NBC News' Today show", "Radio 4's Today programme"
    if len(span) == 2 and span[0].lower_ in lex["ordinals"] and span[1].lower_ in lex["weekdays"] \
            and before is not None and before.tag_ in ("PRP$", "POS"):
        return True
    if before is not None and before.lower_ in lex["range_starts"] and span.start > 1 and span[0].like_num \
            and len(span[0].text) <= 2 and doc[span.start - 2].lemma_ in lex["change_verbs"]:
        return True
    if span[0].lower_ in lex["ambiguous_months"] and len(span) > 1 and span[1].is_alpha and before is not None \
            and before.pos_ == "PROPN" \
            and before.is_title and before.lower_.rstrip(".") not in lex["weekdays"] and before.lower_ not in lex["months"]:
        return True
    if len(span) >= 2 and span[-1].lower_ in lex["day_count_words"] and span[-2].lower_ in lex["months"] \
            and after is not None and (after.lower_ == "of" or after.is_lower and after.pos_ in ("NOUN", "ADJ", "NUM")):
        return True  # 'in May one person died', 'in March one of them': a count, not a spelled day
    if span.text.lower() == "now" and after is not None and after.lower_ == "that" and (
            span.start == span.sent.start or before is not None and (before.is_punct or before.dep_ == "cc")
            or before is not None and before.pos_ in ("NOUN", "PROPN") and after.dep_ == "mark"):
        return True  # 'Now that his federal trial has ended', '..., now that digital TV reaches', 'at a crossroads
        # now that its founder has left': a conjunction (not 'I hope now that the government will act')
    if span[-1].lower_ == "fall" and _fall_is_a_decline(span):
        return True
    if span.text.lower() == "soon" and before is not None and before.lower_ == "as" and after is not None \
            and after.lower_ == "as":
        return True
    if span[0].lower_ in (*lex["frequencies"], "times") or len(span) > 1 and span[1].lower_ == "times":
        if after is not None and (after.lower_ in lex["unanchored_offsets"] or after.lower_ in lex["ago_words"]):
            return True  # 'four times a year earlier': a multiple of what 'a year earlier' dates
    if span[-1].lower_ in ("before", "after") and span.end < len(doc) and doc[span.end].is_alpha:
        return True  # 'the day before the election': counted from an event, not a date
    if len(span) > 1 and span[-1].lower_ == "quarter" and span[-2].lower_ in ("a", "one") and after is not None \
            and after.lower_ == "of" and not any(
            tok.lower_ in lex["units"] or _names_calendar(tok) for tok in _object_phrase(after)):
        return True  # 'more than a quarter of Clinton's supporters': a share, not three months
    determiner = span[0] if len(span) == 2 else before if len(span) == 1 else None
    if span[-1].lower_ in ("week", "month") and determiner is not None and (
            determiner.lower_ == "the" or determiner.lower_ in lex["possessives"]) and _week_picked_out(span):
        return True
    for token in span:
        if _short_decade_misread(token):
            return True
        word = token.lower_.rstrip(".")
        if word in lex["months"] or word in lex["weekdays"]:
            if word in lex["ambiguous_months"] and token.tag_ in _VERB_TAGS or word in lex["lowercase_words"] \
                    and token.is_lower:
                return True
            if word in lex["ambiguous_months"] and len(span) == 1 and (
                    before is None or before.lower_ not in lex["month_context"]
                    or before.lower_ == "the" and after is not None and after.lower_ in ("on", "of", "to", "for")):
                return True
        if word in lex["holiday_capitals"] and token.is_lower:
            return True
        if word in lex["units"] and token.is_title and token.i > span.sent.start and token.i > span.start \
                and doc[token.i - 1].like_num:
            return True
        if word in lex["units"] and token.i == span.start and _name_spelled_like_unit(token):
            return True
        if word in lex["sets"] and len(span) == 1 and _names_a_title(token, after):
            return True
        if word in lex["seasons"] and len(span) == 1 and token.dep_ in ("compound", "amod", "nmod"):
            return True
    return False


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


def _decade_of_life(span: Span) -> bool:
    """'in his late thirties', 'friends who are in their seventies', 'in their 30s, 40s and 50s': a decade after a
    possessive is an age (a number of kind age), not the 1930s."""
    lex = lexicon()
    doc = span.doc
    decades = [tok for tok in span if tok.lower_ in lex["spelled_decades"] or re.fullmatch(r"\d0s", tok.text)]
    if not decades:
        return False
    index = decades[0].i - 1
    while index >= 0 and (doc[index].lower_ in lex["life_decade_glue"] or doc[index].lower_ in lex["spelled_decades"]
                          or re.fullmatch(r"\d0s", doc[index].text)):
        index -= 1
    return index >= 0 and doc[index].lower_ in lex["possessives"]


def _name_spelled_like_unit(token: Token) -> bool:
    """'Australian Timothy Weeks', 'King and Weeks were abducted', 'the Magic Years Child Care': inside a
    sentence a capitalised unit word that no amount counts is a name. After a quotation mark, colon or line
    break the capital may open a clause ('said: "Weeks of talks ...'), so only a word before it counts."""
    if not token.is_title or token.i == token.sent.start:
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
    return word in lexicon()["months"] or word in lexicon()["weekdays"] or bool(_YEAR_RE.match(word))


def _lone_year_in_table(token: Token, before: Optional[Token], after: Optional[Token]) -> bool:
    """A lone year among other numbers is a table cell, not a year."""
    return bool(_YEAR_RE.match(token.text)) and any(
        neighbour is not None and neighbour.like_num for neighbour in (before, after))


def _model_number(token: Token, before: Optional[Token], after: Optional[Token]) -> bool:
    """'RTX 2080', 'a 2080 Ti', 'RTX 3070s': a product's number that reads as a year or decade decades after
    publication, next to an upper-case name (not 'by 2050', not 'the 2030s')."""
    match = re.fullmatch(r"(\d{4})s?", token.text)
    published = _anchor(token.doc._.published)
    if not match or published is None or int(match[1]) <= published.year + 30:
        return False
    vocabulary = _vocabulary()
    named_before = before is not None and before.is_upper and before.is_alpha and len(before) > 1 \
        and before.lower_ not in vocabulary
    named_after = after is not None and after.is_title and after.is_alpha and after.lower_ not in vocabulary
    return named_before or named_after


def _short_decade_misread(token: Token) -> bool:
    """'the 70s' and "'70s" are decades; '30s' after anything else ('the mid 30s') is a price or an age."""
    return bool(re.fullmatch(r"\d0s", token.text)) and (
        token.i == 0 or token.nbor(-1).lower_ not in ("the", "'", "’"))


def _extend(span: Span) -> Span:
    """Take in a modifier just before the span ('late' October, 'around' two weeks) and a time zone after it."""
    lex = lexicon()
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in lex["timezones"]:
        span = doc[span.start:span.end + 1]
    first = doc[span.start].lower_
    counted = doc[span.start].like_num or first in lex["numbers"] or first in lex["vague_quantities"]
    for size in (3, 2, 1):
        start = span.start - size
        if start < 0:
            continue
        phrase = " ".join(tok.lower_ for tok in doc[start:span.start])
        mod = lex["mod_prefixes"].get(phrase) or lex["clamp_prefixes"].get(phrase)
        if phrase.endswith("-"):
            mod = lex["mod_prefixes"].get(phrase) or lex["mod_prefixes"].get(phrase[:-1].rstrip())
        if mod in ("START", "MID", "END", "before", "after") or mod and counted:
            return doc[start + (doc[start].lower_ == "the"):span.end]
    return span
