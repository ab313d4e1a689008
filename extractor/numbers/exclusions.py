"""What reads like a number but is not one: dates, years, names, labels, codes, scores, model numbers, index names,
phone and street numbers, and "one" that counts nothing.

Each test is a named predicate in one of four tables; any one drops the phrase. Most dropped phrases are dates,
years or codes that their form gives away, so the tables of predicates that read only the phrase and its
neighbours (``EXCLUSIONS``, and ``PLAIN_EXCLUSIONS`` for a plain figure: one number with no currency, percent or
unit) are asked by ``is_excluded`` before the counted noun is looked for; those that also read the noun it
counts (``NOUN_EXCLUSIONS``, ``PLAIN_NOUN_EXCLUSIONS``) are asked after, by ``is_excluded_by_noun``.
``is_not_a_count`` drops a plain count that is a score or a model number.
"""

from __future__ import annotations

import re
from typing import Callable, Optional

from spacy.tokens import Doc, Token

from .lexicon import Lexicon
from .rows import in_line_score, results_row
from .spans import Phrase
from ..doc_utils import has_digit, sentence_bounds, sentence_tokens
from .tokens import is_break, skip
from .values import is_year_number

_LEADING_ZERO = re.compile(r"^0\d*[1-9]")
_SCORE_LIMIT = 200  # no game's score reaches this; a dashed pair at or above it is a range
_DAY_JOINERS = frozenset({"and", "or", "to", "-", "–", "through"})
_LIST_JOINERS = frozenset({"and", "or", "&", ","})
_ITEM_JOINERS = frozenset({"and", ","})  # what parts a list's item from the one before ("China 52,500 of wheat and")
_NAME_WORDS = 4  # words of an item's name before its figure ("the Soviet Union", "west coast Africa")
_ITEM_WORDS = 4  # words after the item before's figure ("tonnes of barley", "of wheat and maize")
# A list item's figure written as an amount, in thousands or with decimals ("24,516", "6.4"), as a model's seldom is.
_PLAIN_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+")
_CHART_SIZE = 40  # the places of a chart a rank after "to" or "at" may name (the UK singles chart's top 40)


def is_excluded(lex: Lexicon, doc: Doc, phrase: Phrase, sent_starts: set[int]) -> bool:
    """Dates, names, labels ("Article 5"), codes, durations and fractions ("two thirds") are not numbers."""
    for rule in EXCLUSIONS:  # a loop, not any() over a generator: every rule, every phrase
        if rule(lex, doc, phrase, sent_starts):
            return True
    if _is_plain(phrase):
        for rule in PLAIN_EXCLUSIONS:
            if rule(lex, doc, phrase, sent_starts):
                return True
    return False


def is_excluded_by_noun(lex: Lexicon, doc: Doc, phrase: Phrase, noun: Optional[Token], sent_starts: set[int]) -> bool:
    """The exclusions that need what the number counts: a year before nothing counted, a name ("Six Nations")."""
    for rule in NOUN_EXCLUSIONS:
        if rule(lex, doc, phrase, noun, sent_starts):
            return True
    if _is_plain(phrase):
        for rule in PLAIN_NOUN_EXCLUSIONS:
            if rule(lex, doc, phrase, noun, sent_starts):
                return True
    return False


def is_not_a_count(lex: Lexicon, doc: Doc, phrase: Phrase, noun: Optional[Token]) -> bool:
    """A plain count that is a score ("3-1") or a model number ("the 737-800", "the 777 program"), not an amount."""
    return _is_score(phrase, noun) or _is_model_number(doc, phrase, noun) or _is_designation(lex, doc, phrase, noun)


def _core_tokens(doc: Doc, phrase: Phrase) -> list[Token]:
    """The tokens of the phrase's numbers, without its qualifier, currency or unit."""
    return [doc[k] for core in phrase.cores for k in range(core.start, core.end)]


def _read_as_no_number(lex: Lexicon, doc: Doc, phrase: Phrase, sent_starts: set[int]) -> bool:
    """Set while reading the phrase: a dashed pair of small numbers is a score ("3-1")."""
    return phrase.skip


def _in_longer_name(lex: Lexicon, doc: Doc, phrase: Phrase, sent_starts: set[int]) -> bool:
    """Inside a name entity with other words ("Boeing 747"); not in a results table's row, which the model often
    tags a name ("Revs 291.8 mln vs 151.1 mln")."""
    for core in phrase.cores:
        for k in range(core.start, core.end):
            if doc[k].ent_type_ in lex.name_labels and _names_more_than_number(lex, doc, doc[k], phrase):
                return results_row(lex, doc, phrase) is None
    return False


def _opens_a_name(lex: Lexicon, doc: Doc, phrase: Phrase, sent_starts: set[int]) -> bool:
    """A spelled number opening a sentence and, in capitals, a name the model tags nothing: two proper nouns in
    the singular or more right after it, with no entity type ("One World Project Tsunami fundraiser"). One such
    word may be counted ("One Starbucks, one Rymans and one small Greek cafe"), and a name the model knows counts
    its things ("Three Labour councillors", "Five Bank of America subsidiaries", "Two Percy Montgomery penalties")."""
    first = doc[phrase.cores[0].start]
    if first.i not in sent_starts or not (first.is_alpha and first.is_title) or phrase.cores[0].end != first.i + 1:
        return False
    name = doc[first.i + 1 : first.i + 3]
    return len(name) == 2 and all(word.is_title and word.tag_ == "NNP" and not word.ent_type_ for word in name)


def _followed_by_time_or_part(lex: Lexicon, doc: Doc, phrase: Phrase, sent_starts: set[int]) -> bool:
    """"two weeks", "48 hours", "3 pm" are durations and times; "two thirds" is a fraction (the word after it); so is
    a figure glued to a colon and a clock's word ("from 7:30am till 5:pm")."""
    if _time_word_is_unit(phrase):
        return False
    nxt = skip(doc, phrase.cores[-1].end)
    if nxt >= len(doc):
        return False
    if doc[nxt].text == ":" and not doc[nxt - 1].whitespace_ and not doc[nxt].whitespace_ and nxt + 1 < len(doc):
        nxt += 1  # "5:pm"
    word = doc[nxt].lower_
    return word in lex.time_nouns or word in lex.fraction_nouns or doc[nxt].lemma_.lower() in lex.time_nouns


def _counts_time(lex: Lexicon, doc: Doc, phrase: Phrase, noun: Optional[Token], sent_starts: set[int]) -> bool:
    """A duration whose time word the number counts from further off ("48 working hours")."""
    if _time_word_is_unit(phrase):
        return False
    return noun is not None and (noun.lemma_.lower() in lex.time_nouns or noun.lower_ in lex.time_nouns)


def _time_word_is_unit(phrase: Phrase) -> bool:
    """The time word after the number is its unit's ("2.123 pm", "W/min"), so the number is a measure."""
    return phrase.unit is not None and phrase.end > phrase.cores[-1].end


def _names_more_than_number(lex: Lexicon, doc: Doc, token: Token, phrase: Phrase) -> bool:
    """Whether the name entity around ``token`` has words besides numbers ("Boeing 747", not a lone "104").

    The phrase's own currency or unit is no such word: the model tags "8.6bn euros" a facility.
    """
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    words = (t.lower_ for t in doc[start:end] if t.is_alpha and not phrase.start <= t.i < phrase.end)
    return any(word not in lex.cardinals and word not in lex.scales for word in words)


def _looks_like_date(lex: Lexicon, doc: Doc, phrase: Phrase, sent_starts: set[int]) -> bool:
    """Next to a month name, "in '94", or a year inside a DATE/TIME entity; ``_dated_whatever_it_counts`` asks
    the rest, which needs the counted noun."""
    first, last = phrase.cores[0], phrase.cores[-1]
    nxt = skip(doc, last.end)
    for k in (_word_before(doc, first.start), nxt if nxt < len(doc) else -1):
        if k >= 0 and doc[k].lower in lex.month_ids and doc[k].pos_ == "PROPN":
            return True
    if _is_day(doc[first.start]) and (_second_day(lex, doc, first.start) or _opens_day_span(doc, first.start)):
        return True
    if first.start > 0 and doc[first.start - 1].text in ("'", "’") and not doc[first.start - 1].whitespace_ \
            and doc[first.start].shape_ == "dd":
        return True  # "in '94"
    if _has_unit(phrase):
        return False
    core_tokens = _core_tokens(doc, phrase)
    return _is_year_like(core_tokens) and _in_date_entity(lex, doc, core_tokens, True)


def _word_before(doc: Doc, i: int) -> int:
    """The token before ``i`` past a wrapped line's break ("on Feb\\n24."), or -1; a paragraph's break and a
    table's column gap ("Ill. Track  1.49") stop it."""
    k = i - 1
    if k >= 0 and doc[k].is_space and "\n" in doc[k].text and not is_break(doc[k]):
        k -= 1
    return k


def _is_day(token: Token) -> bool:
    text = token.text
    return len(text) <= 2 and text.isdecimal() and 1 <= int(text) <= 31


def _opens_day_span(doc: Doc, i: int) -> bool:
    """A day glued by a hyphen to "day/month", a freight list's laydays: "discharge 5-20/4" is the 5th to the 20th of
    April. A bond's or a share's price "99-1/4" is 99 and a quarter: its fraction is proper, so a second part above
    its denominator ("20/4") is no fraction."""
    if i + 2 >= len(doc) or doc[i].whitespace_ or doc[i + 1].text not in ("-", "–") or doc[i + 1].whitespace_:
        return False
    day, slash, month = doc[i + 2].text.partition("/")
    return bool(slash) and day.isdecimal() and month.isdecimal() and 1 <= int(month) <= 12 \
        and max(int(doc[i].text), int(month)) < int(day) <= 31


def _second_day(lex: Lexicon, doc: Doc, i: int) -> bool:
    """The second day of a month's list or span: "between Feb 13 and 24", "on March 2 and 3", "March 2 to 9"."""
    joiner = _word_before(doc, i)
    if joiner < 0 or doc[joiner].lower_ not in _DAY_JOINERS:
        return False
    day = _word_before(doc, joiner)
    month = _word_before(doc, day) if day >= 0 else -1
    return month >= 0 and _is_day(doc[day]) and doc[month].lower_ in lex.months and doc[month].pos_ == "PROPN"


def _dated_whatever_it_counts(
    lex: Lexicon, doc: Doc, phrase: Phrase, noun: Optional[Token], sent_starts: set[int]
) -> bool:
    """A bare year, or a number inside a DATE/TIME entity, unless what it counts says otherwise.

    The tagger sometimes puts counts into DATE entities ("Between 10 and 15 people", "2000 people", "40C"):
    a non-year number modifying a common noun that is not a time word, or with a unit, still counts.
    """
    if _has_unit(phrase):
        return False
    core_tokens = _core_tokens(doc, phrase)
    if not _is_year_like(core_tokens):  # a year in a date entity is ``_looks_like_date``'s
        counts_things = noun is not None and noun.pos_ == "NOUN"
        return not counts_things and _in_date_entity(lex, doc, core_tokens, False) \
            and results_row(lex, doc, phrase) is None  # "Revs 605,321\n Year" is no date
    dashed = phrase.joiner in ("-", "–", "—")  # "1990-1995"; "above 1000 and below 1500" counts
    # "a crewed 2024 moon mission", "the 1987 crop": a year before a singular noun names when, not how many
    names_year = noun is not None and noun.tag_ in ("NN", "NNP") and noun.i >= phrase.end
    if noun is None and phrase.qualifier != "exact" and _after_year_word(lex, doc, phrase):
        return True  # "wait until at least 2006": a bound on a year, which the model tags no date
    return (phrase.qualifier == "exact" or dashed) and (noun is None or names_year)


def _after_year_word(lex: Lexicon, doc: Doc, phrase: Phrase) -> bool:
    """Whether the word before the phrase (and its qualifier) is one that takes a time ("until", "since")."""
    k = _word_before(doc, phrase.start)
    return k >= 0 and doc[k].lower_ in lex.year_prepositions


def _has_unit(phrase: Phrase) -> bool:
    return phrase.money or phrase.percent or phrase.unit is not None


def _is_year_like(core_tokens: list[Token]) -> bool:
    """Every figure among the number's tokens is a year ("1990-1995")."""
    digits = [t for t in core_tokens if "d" in t.shape_]
    return bool(digits) and all(_is_year(t) for t in digits)


def _in_date_entity(lex: Lexicon, doc: Doc, core_tokens: list[Token], year_like: bool) -> bool:
    """Inside a DATE/TIME entity that has date words besides the number ("two weeks", "Friday 13").

    The small model tags many lone numbers as dates ("42", "10k", "one and a half"): an entity
    made only of the number itself is a date only when the number looks like a year.
    """
    dated = [t for t in core_tokens if t.ent_type_ in lex.date_labels]
    if not dated:
        return False
    if year_like or _is_age(lex, doc, core_tokens):
        return True
    inside = {t.i for t in core_tokens}
    for token in dated:
        start, end = token.i, token.i + 1
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        words = (doc[k] for k in range(start, end) if k not in inside and doc[k].is_alpha)
        if any(word.lower_ not in lex.number_words for word in words):
            return True
    return False


def _is_age(lex: Lexicon, doc: Doc, core_tokens: list[Token]) -> bool:
    """"died aged 94", "aged under 30", "Mutu, 25, was sacked": an age, which the model tags as a date."""
    first, last = core_tokens[0].i, core_tokens[-1].i
    k = first - 1
    while k > 0 and doc[k].lower_ in lex.number_words:
        k -= 1
    if k >= 0 and doc[k].lower_ in lex.age_words:
        return True
    before = doc[first - 1] if first > 0 else None
    after = doc[last + 1] if last + 1 < len(doc) else None
    between_commas = before is not None and before.text == "," and after is not None and after.text == ","
    return between_commas and first == last and doc[first].shape_ in ("d", "dd", "ddd")


def _is_year(token: Token) -> bool:
    """Four digits in the range of years (written without a thousands separator)."""
    return token.shape_ == "dddd" and is_year_number(int(token.text))


def _is_label(lex: Lexicon, doc: Doc, phrase: Phrase, sent_starts: set[int]) -> bool:
    """"Boeing 747", "Article 5", "F-16", "SCP2-173": a number naming something rather than counting it; not the
    figure after a results table's label ("Sales 9,346,000 vs 8,579,000")."""
    return _labels_number(lex, doc, phrase, sent_starts) and results_row(lex, doc, phrase) is None


def _labels_number(lex: Lexicon, doc: Doc, phrase: Phrase, sent_starts: set[int]) -> bool:
    first = phrase.cores[0]
    if phrase.start != first.start or first.start == 0:
        return False
    before = doc[first.start - 1]
    word = _word_before(doc, first.start)  # past a wrapped line: "in band\ntwo"
    if word >= 0 and doc[word].lower_ in lex.label_nouns or before.text == "#":
        return True
    if word >= 1 and doc[word].text == "." and not doc[word - 1].whitespace_ \
            and doc[word - 1].lower_ in lex.label_nouns and first.start not in sent_starts:
        return True  # "its No. 3 and No. 4 nuclear power plants", "U.S. no. 2": the abbreviation's stop split off
    other = _word_before(doc, word) if word > 0 and doc[word].lower_ in _LIST_JOINERS else -1
    label = _word_before(doc, other) if other > 0 and doc[other].like_num else -1
    if label >= 0 and doc[label].lower_ in lex.label_nouns:
        return True  # the second of a list of labels: "in bands one and two", "Articles 5 and 6"
    if before.text in ("-", "–") and first.start >= 2 and any(c.isalpha() for c in doc[first.start - 2].text):
        return not before.whitespace_ and not doc[first.start - 2].whitespace_
    number = doc[first.start]
    return number.head.i == before.i and (before.pos_ == "PROPN" or before.pos_ == "NOUN" and before.is_title) \
        and not _listed_after_an_amount(lex, doc, before.i)


def _listed_after_an_amount(lex: Lexicon, doc: Doc, name: int) -> bool:
    """"Saudi Arabia with 158,109 tonnes of barley, the Soviet Union 147,214 of wheat", "South Korea 7.1 billion
    dlrs, Hong Kong 6.4 billion", "Sudan took 19,327 tonnes and west coast Africa 4,130": a name before a figure is
    an item of a list, no label, when a comma or "and" parts it from an amount whose figure names its terms (a scale,
    percent, currency or unit, or "of" and the stuff); "Varga 40, Thompson 48 pen, Petrov 60" (goal minutes) and
    "Boeing 737, Airbus 320" name none. A figure glued to letters or with neither thousands nor decimals is a
    model's number, not an amount ("32GB of RAM, and the Radeon Pro 5500M")."""
    figure = skip(doc, name + 1)
    if figure >= len(doc) or not _PLAIN_FIGURE.fullmatch(doc[figure].text):
        return False
    k = _back(doc, name)
    steps = 0
    while k >= 0 and steps < _NAME_WORDS and (doc[k].pos_ == "PROPN" or doc[k].is_title or doc[k].lower_ == "the"):
        k, steps = _back(doc, k), steps + 1
    if k < 0 or doc[k].lower_ not in _ITEM_JOINERS:
        return False
    if doc[k].lower_ == "and" and k > 0 and doc[_back(doc, k)].text == ",":
        k = _back(doc, k)
    k = _back(doc, k)
    steps = 0
    while k >= 0 and steps < _ITEM_WORDS and doc[k].is_alpha and not doc[k].like_num:
        k, steps = _back(doc, k), steps + 1
    if k < 0 or not doc[k].like_num:
        return False
    if steps == 0:  # "28,526 tonnes, Indonesia 24,516, Thailand 19,000": the item before is a name's figure too
        name = _back(doc, k)
        return name >= 0 and (doc[name].pos_ == "PROPN" or doc[name].is_title) \
            and _listed_after_an_amount(lex, doc, name)
    after = skip(doc, k + 1)
    return doc[after].lower_ in lex.scales or doc[after].lower_ == "of" or any(
        table.at(doc, after) is not None for table in (lex.percent, lex.units, lex.currency_after))


def _back(doc: Doc, i: int) -> int:
    """The token before ``i`` past spaces and wrapped lines, or -1."""
    k = i - 1
    while k >= 0 and doc[k].is_space and not is_break(doc[k]):
        k -= 1
    return -1 if k >= 0 and doc[k].is_space else k


def _is_name(lex: Lexicon, doc: Doc, phrase: Phrase, noun: Optional[Token], sent_starts: set[int]) -> bool:
    """"Six Nations", "Super Mario 64 DS", "Destiny 2": a number inside a proper name the tagger missed; not the
    figure after a results table's label ("Net 387,000 vs 240,000")."""
    first = phrase.cores[0].start
    if first > 0 and phrase.start == first and _listed_after_an_amount(lex, doc, first - 1):
        return False  # "Italy 104,704 of wheat" after "the Soviet Union 147,214 of wheat": an item of a list
    return _names_number(doc, phrase, noun, sent_starts) and results_row(lex, doc, phrase) is None


def _names_number(doc: Doc, phrase: Phrase, noun: Optional[Token], sent_starts: set[int]) -> bool:
    first = doc[phrase.cores[0].start]
    names_noun = noun is not None and noun.pos_ == "PROPN"
    if names_noun and first.is_title and first.i not in sent_starts:
        return True
    if _capitalised_pair(doc, first, sent_starts):
        return True
    if phrase.unit is not None or phrase.money or phrase.percent:
        return False  # "Everest 8,848 metres", "Processor 2.80 GHz", "Shr 23 cts": the name ends before
    before = doc[first.i - 1] if first.i > 0 else None
    if before is None or phrase.start != first.i or before.i in sent_starts:
        return False
    if before.pos_ != "PROPN":
        return noun is None and len(phrase.cores) == 1 and first.is_digit and _closes_a_name(doc, before, sent_starts)
    return noun is None or names_noun or first.is_title


def _closes_a_name(doc: Doc, before: Token, sent_starts: set[int]) -> bool:
    """"Band Aid 20 is not going to be released", "displacing Ocean's 12", "Dare to Play 3": bare digits that count
    nothing, after a word written with a capital inside a sentence that the tagger took for a common word ("Aid" as
    a verb), or after a proper name's possessive, close a title or a name; not after a capitalised function word
    ("At 16, he went", "These 11 had until Nov. 1")."""
    if before.tag_ == "POS" and before.i > 0:
        owner = doc[before.i - 1]
        return owner.pos_ == "PROPN" and owner.is_title
    return before.is_alpha and before.is_title and before.pos_ in ("NOUN", "VERB")


def _capitalised_pair(doc: Doc, first: Token, sent_starts: set[int]) -> bool:
    """"last season's Six Nations", "the entire Six Nations", "Six Feet Under", "Three Kings film-maker": a number
    word written with a capital inside a sentence, before a capitalised word, is a name even where the tagger
    reads that word as a common noun; not in a line written in title case ("Italy  Six Chris Paterson penalties",
    after a missed sentence break), nor after a line break or a colon."""
    k = first.i
    if not (first.is_alpha and first.is_title) or k in sent_starts or k == 0 or k + 1 >= len(doc):
        return False
    before, after = doc[k - 1], doc[k + 1]
    if not (after.is_alpha and after.is_title) or before.is_title or before.is_space or first.i - before.i > 1:
        return False
    return not before.is_punct or before.is_quote or before.text in ("(", "-", "–", "/")


def _is_reference(lex: Lexicon, doc: Doc, phrase: Phrase, noun: Optional[Token], sent_starts: set[int]) -> bool:
    """Citation marks "(3)" and list numbering ("2. Avoid skipping meals") count nothing."""
    if noun is not None or phrase.money or phrase.percent or phrase.unit is not None or len(phrase.cores) > 1:
        return False
    start, end = phrase.start, phrase.end
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    if before is not None and after is not None and before.text in ("(", "[") and after.text in (")", "]"):
        return True
    opens_line = before is None or before.is_space and "\n" in before.text
    item = end + 1 < len(doc) and not (doc[end + 1].is_space and "\n" in doc[end + 1].text)
    return opens_line and after is not None and after.text in (".", ")") and item


def _is_code(lex: Lexicon, doc: Doc, phrase: Phrase, sent_starts: set[int]) -> bool:
    """"4K", "5G": digits glued to letters that are no unit or scale name a format, not an amount;
    "050505", "007": a leading zero makes digits an identifier; "$30, 000": a split figure's tail is none."""
    first = phrase.cores[0].start
    text = doc[first].text
    if text.startswith("0") and _LEADING_ZERO.match(text):
        return True
    if text == "000" and first >= 2 and doc[first - 1].text == "," and doc[first - 2].like_num:
        return True
    if _glued_digit_groups(doc, phrase.cores[0].start) >= 3:
        return True  # "+1-222-555-0199", "978-3-16": phone numbers and catalogue codes
    end = phrase.cores[-1].end
    return phrase.end == end and end < len(doc) and not doc[end - 1].whitespace_ and doc[end].is_alpha


def _glued_digit_groups(doc: Doc, i: int) -> int:
    """How many groups of digits are glued by hyphens or slashes, with no space, into the run around token ``i``."""
    if doc[i].whitespace_ and (i == 0 or doc[i - 1].whitespace_):
        return int(has_digit(doc[i].text))  # spaces on both sides, as around most figures: a run of one token

    def joins(token: Token) -> bool:
        return token.text in ("-", "–", "/") or has_digit(token.text)

    start = end = i
    while start > 0 and not doc[start - 1].whitespace_ and joins(doc[start - 1]):
        start -= 1
    while end + 1 < len(doc) and not doc[end].whitespace_ and joins(doc[end + 1]):
        end += 1
    return sum(1 for token in doc[start : end + 1] if has_digit(token.text))


def _is_hyphen_compound(lex: Lexicon, doc: Doc, phrase: Phrase, sent_starts: set[int]) -> bool:
    """"eight-player", "one-off", "82-date tour", "a similar 3-in-1 charging solution" (the tokenizer keeps "in-1"
    whole): the number is part of a compound modifier (a unit's is kept: "a 45-acre farm")."""
    end = phrase.cores[-1].end
    return (
        phrase.unit is None
        and not phrase.money
        and end + 1 < len(doc)
        and doc[end].text in ("-", "–")
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].text[:1].isalpha()
    )


def _in_line_score(lex: Lexicon, doc: Doc, phrase: Phrase, sent_starts: set[int]) -> bool:
    """"Rockledge 14 11 6 15 — 44": a period's score or the game's total on a line score (``rows.in_line_score``)."""
    return phrase.start == phrase.cores[0].start and in_line_score(doc, phrase.start)


def _is_plain(phrase: Phrase) -> bool:
    """One number with no currency, percent or unit: the only shape a name, a label or a phone number takes."""
    return len(phrase.cores) == 1 and not phrase.money and not phrase.percent and phrase.unit is None


def _in_index_name(lex: Lexicon, doc: Doc, phrase: Phrase, sent_starts: set[int]) -> bool:
    """"FTSE 100", "S&P 500", "Nikkei 225", "Fortune 500": the number closing a stock index's or list's name."""
    first = phrase.cores[0]
    return phrase.start == first.start and lex.index_names.ending(doc, first.start) is not None


def _is_phone_number(lex: Lexicon, doc: Doc, phrase: Phrase, noun: Optional[Token], sent_starts: set[int]) -> bool:
    """"called 911", "a 999 call", "dial 101": a number to dial, not an amount."""
    if doc[phrase.cores[0].start].text in lex.emergency_numbers and (noun is None or noun.lower_ in lex.phone_nouns):
        return True
    before = doc[phrase.start - 1] if phrase.start > 0 else None
    if noun is None and before is not None and before.lemma_.lower() in lex.dialling_verbs:
        return True
    return _after_dialling_groups(doc, phrase.start)


def _after_dialling_groups(doc: Doc, i: int) -> bool:
    """"by telephoning 0800 028 9276": a plain figure after groups of digits one of which opens with a zero (a
    dialling code) is the last group of a phone number."""
    k = i - 1
    while k >= 0 and doc[k].text.isdigit() and doc[k].whitespace_ == " ":
        if _LEADING_ZERO.match(doc[k].text):
            return True
        k -= 1
    return False


def _is_street_number(lex: Lexicon, doc: Doc, phrase: Phrase, sent_starts: set[int]) -> bool:
    """"10 Downing Street", "300 Sixth Avenue Building": a house number before a street's capitalised name
    ("10 main streets" counts)."""
    first = skip(doc, phrase.end)
    for k in range(first, min(first + 4, len(doc))):
        if not doc[k].is_title:
            return False
        if k > first and doc[k].lower_ in lex.street_words:
            return True
    return False


def _is_idiomatic_one(lex: Lexicon, doc: Doc, phrase: Phrase, sent_starts: set[int]) -> bool:
    """"rain one moment and sunshine the next", "said one thing ... and done another", "at one point", "on the one
    hand": "one" before a noun of occasion or manner contrasts or places, it counts nothing ("fell one point" does);
    "zero coupon notes", "zero tolerance": "zero" before these names a kind of bond or policy."""
    first = phrase.cores[0]
    word = doc[first.start].lower_
    idioms = lex.one_idioms if word == "one" else lex.zero_idioms if word == "zero" else None
    if idioms is None or first.end != first.start + 1 or phrase.qualifier != "exact":
        return False
    nxt = skip(doc, first.end)
    if nxt >= len(doc) or doc[nxt].lower_ not in idioms:
        return False
    needs = idioms[doc[nxt].lower_]
    before = first.start - 1
    while before >= 0 and doc[before].is_space:  # "on the\none hand": a wire's line break
        before -= 1
    return not needs or before >= 0 and doc[before].lower_ in needs


def _numerates_a_fraction(lex: Lexicon, doc: Doc, phrase: Phrase, sent_starts: set[int]) -> bool:
    """"purchase one one-hundredth share", "buy one\none-thousandth of a share": a lone "one" before a fraction
    written "one-<denominator>" says the fraction's "one" twice; it counts no share, nor the fraction's word."""
    first = phrase.cores[0]
    if first.end != first.start + 1 or doc[first.start].lower_ != "one":
        return False
    k = skip(doc, first.end)
    return k + 2 < len(doc) and doc[k].lower_ == "one" and doc[k + 1].text == "-" and not doc[k].whitespace_ \
        and doc[k + 2].lower_ in lex.denominators


def _is_determiner_one(lex: Lexicon, doc: Doc, phrase: Phrase, noun: Optional[Token], sent_starts: set[int]) -> bool:
    """"one official admitted", "according to one estimate", "from one room to another": "one" before an unnamed
    source (a source verb's subject or the source of "according to") or set against the next ("another", "the
    other" later in its sentence, standing for a noun) is a determiner, no count a reader could check ("one
    redeemable warrant" is, and "only one title at launch ..., while most of the other games" too)."""
    first = phrase.cores[0]
    if noun is None or doc[first.start].lower_ != "one" or first.end != first.start + 1 or phrase.start != first.start \
            or phrase.qualifier != "exact" or doc[first.start].head != noun:
        return False
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_.lower() in lex.one_source_verbs:
        return True
    if noun.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
        return True
    sentence_end = sentence_bounds(doc, noun.i)[1]
    for token in doc[noun.i + 1 : sentence_end]:
        if token.lower_ in lex.one_contrasts and token.dep_ not in ("det", "amod") \
                and (token.lower_ != "other" or doc[token.i - 1].lower_ == "the"):
            return True  # standing for a noun: "the other games" sets nothing against the "one"
    return _picks_out(lex, doc, first.start, noun)


def _picks_out(lex: Lexicon, doc: Doc, one: int, noun: Token) -> bool:
    """"the one sign you can point to", "one such article", "There was just one problem", "one figure from his
    childhood that he would love to portray", "one side effect of higher inflation could be", "One result was
    deflation" (the subject of "be" with a noun or a clause: "One member was absent" counts): "one" picks a thing out
    (the only, a certain, a kind of) rather than counting it; "only one company", "exactly one unit" and one item of
    a list of counts ("two shares ... and one redeemable warrant, which ...") count."""
    before = one - 1
    while before >= 0 and doc[before].is_space:  # "the\none": a wire's line break
        before -= 1
    previous = doc[before].lower_ if before >= 0 else ""
    after = skip(doc, one + 1)
    if previous in lex.one_before or after < len(doc) and doc[after].lower_ in lex.one_modifiers:
        return True
    if previous in lex.one_restrictors or _in_count_list(noun):
        return False
    if noun.dep_ == "attr" or any(child.dep_ == "relcl" for child in noun.children):
        return True
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be" and any(child.dep_ in ("attr", "ccomp")
                                                                 for child in noun.head.children):
        return True  # "One result was deflation", "One problem is that ...": a thing named by what it is
    return noun.dep_ in ("nsubj", "nsubjpass") and any(
        child.dep_ == "prep" and child.lower_ == "of" for child in noun.children)


def _in_count_list(noun: Token) -> bool:
    """"two shares of common stock and one redeemable warrant": the noun is joined to another that a number counts."""
    return any(child.dep_ == "nummod" and child.like_num for other in noun.conjuncts for child in other.children)


def _is_chart_place(lex: Lexicon, doc: Doc, phrase: Phrase, noun: Optional[Token], sent_starts: set[int]) -> bool:
    """"slipped one place to four", "went in at number two, pushing ... to three", "followed by Girls Aloud at
    five": a small whole number after "to" or "at", counting nothing, in a sentence that moves or names a chart's
    places ("one place", "a place", "number two") is a rank, no amount."""
    core = phrase.cores[0]
    if noun is not None or core.end != core.start + 1 or phrase.start != core.start or phrase.qualifier != "exact" \
            or not (float(core.value).is_integer() and 1 <= core.value <= _CHART_SIZE) or phrase.start == 0:
        return False
    before = phrase.start - 1
    while before > 0 and doc[before].is_space:
        before -= 1
    if doc[before].lower_ not in ("to", "at"):
        return False
    for token in sentence_tokens(doc, phrase.start):
        if token.i == 0 or token.i == phrase.start:
            continue
        previous = doc[token.i - 1]
        if token.lower_ in lex.chart_places and (previous.like_num or previous.lower_ == "a"):
            return True
        if previous.lower_ == "number" and token.like_num:
            return True
    return False


def _is_score(phrase: Phrase, noun: Optional[Token]) -> bool:
    """"beat Chelsea 3-1", "lost 98-104": a dashed pair of small whole numbers that counts nothing plural is
    a score, not a range; "20,000-25,000" and "3-5bn" are beyond any score."""
    if phrase.joiner not in ("-", "–", "—") or phrase.start != phrase.cores[0].start:
        return False
    if noun is not None and noun.tag_ in ("NNS", "NNPS"):
        return False
    return all(not core.scaled and float(core.value).is_integer() and 0 <= core.value < _SCORE_LIMIT
               for core in phrase.cores)


def _is_model_number(doc: Doc, phrase: Phrase, noun: Optional[Token]) -> bool:
    """"the 737-800 had", "its RB 211-524 engine": a dashed pair after a determiner or a name names a
    model; a range counts something plural or stands as an amount ("put the crowd at 20,000-25,000")."""
    if phrase.joiner not in ("-", "–", "—") or phrase.start != phrase.cores[0].start or phrase.start == 0:
        return False
    if noun is not None and noun.tag_ in ("NNS", "NNPS"):
        return False
    before = doc[phrase.start - 1]
    return before.pos_ in ("DET", "PRON", "PROPN") or before.tag_ == "PRP$" or before.is_upper


def _is_designation(lex: Lexicon, doc: Doc, phrase: Phrase, noun: Optional[Token]) -> bool:
    """"The 777 program", "Qantas's 747 fleet", "the 68020 microprocessor", "Boeing 737 jets", "five 787 Dreamliner
    sales": a bare figure of three or more digits before a singular noun, or after a maker's name or a number word,
    names a model or a series, not an amount; a count of that size counts a plural ("92 aircraft", "200 staff" and
    "400 pieces" count: ``singular_counts``) or a noun that itself modifies one ("a 180 page publication"), but for
    four plain digits that are no round hundred after a determiner or a possessive ("its 9370 minicomputers": a
    count that large is written with a comma or is round, "450 of its 1200 buses")."""
    if len(phrase.cores) != 1 or phrase.unit is not None or phrase.money or phrase.percent:
        return False
    core = phrase.cores[0]
    figure = doc[core.start]
    if core.end - core.start != 1 or core.scaled or not figure.text.isdigit():
        return False
    if core.end < len(doc) and doc[core.end].lower_ in lex.series_words:
        return True  # "its 5000 series publishing workstations", "Prime's 50 series systems": a model line
    if len(figure.text) < 3:
        return _short_model(doc, core.start, noun)
    if noun is not None and noun.tag_ == "NN" and noun.dep_ != "compound" and noun.lower_ not in lex.singular_counts:
        return True
    before = doc[core.start - 1] if core.start > 0 else None
    if before is None or before.is_sent_start:
        return False
    if len(figure.text) == 4 and core.value % 100 and noun is not None and noun.i == core.end and noun.tag_ == "NNS" \
            and (before.pos_ == "DET" or before.tag_ in ("PRP$", "POS")):
        return True  # "its 9370 minicomputers", "the 3090 mainframes"; "450 of its 1200 buses" counts
    after = doc[core.end] if core.end < len(doc) else None
    if before.like_num and (before.is_alpha or after is not None and after.is_title and after.is_alpha):
        return True  # "five 787 Dreamliner sales", "400 737 Max jets"
    return before.pos_ == "PROPN" and before.is_title and before.ent_type_ not in ("GPE", "LOC", "DATE", "NORP")


def _short_model(doc: Doc, i: int, noun: Optional[Token]) -> bool:
    """"the Artemis 3 mission", "an 87W Thunderbolt 3 dock", "Wi-Fi 6 support": a figure of one or two digits above
    one right after a name, before a singular common noun it cannot count, is part of a product's or a programme's
    name ("Christian Watts 1 goal" counts, and so does "2 goals"); a "1" is too where a determiner opens the name's
    phrase ("the uncrewed Artemis 1 test flight": no player's line)."""
    if noun is None or noun.tag_ != "NN" or not noun.is_lower or noun.dep_ == "compound" or i == 0 \
            or int(doc[i].text) < 1 or int(doc[i].text) == 1 and not _determined(doc, i - 1):
        return False
    before = doc[i - 1]
    return before.pos_ == "PROPN" and before.is_title and not before.is_sent_start \
        and before.ent_type_ not in ("GPE", "LOC", "DATE", "PERSON")


def _determined(doc: Doc, i: int) -> bool:
    """Whether a determiner or a possessive opens the noun phrase of the word at ``i``, past up to two adjectives
    ("the uncrewed Artemis", "its Sismik")."""
    k = i - 1
    while k >= 0 and i - k <= 2 and (doc[k].pos_ == "ADJ" or doc[k].tag_ == "VBN"):
        k -= 1
    return k >= 0 and (doc[k].pos_ == "DET" or doc[k].tag_ == "PRP$")


Exclusion = Callable[[Lexicon, Doc, Phrase, set[int]], bool]
NounExclusion = Callable[[Lexicon, Doc, Phrase, Optional[Token], set[int]], bool]

# Any one of these drops a phrase, and any one of the PLAIN tables a plain one (``_is_plain``). None depends on
# another: their order only decides which is asked first. The first two read no counted noun and are asked before
# it is looked for (``counted.record``); the last two read it.
EXCLUSIONS: tuple[Exclusion, ...] = (
    _read_as_no_number,
    _in_longer_name,
    _opens_a_name,
    _followed_by_time_or_part,
    _looks_like_date,
    _is_label,
    _is_hyphen_compound,
    _is_code,
)
PLAIN_EXCLUSIONS: tuple[Exclusion, ...] = (
    _in_index_name,
    _is_street_number,
    _is_idiomatic_one,
    _numerates_a_fraction,
    _in_line_score,
)
NOUN_EXCLUSIONS: tuple[NounExclusion, ...] = (
    _counts_time,
    _dated_whatever_it_counts,
    _is_name,
    _is_reference,
)
PLAIN_NOUN_EXCLUSIONS: tuple[NounExclusion, ...] = (
    _is_phone_number,
    _is_chart_place,
    _is_determiner_one,
)
