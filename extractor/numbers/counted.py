"""What a number counts and its output record: the counted noun from the parse, the kind, unit and currency.

The counted noun comes from the dependency parse: the head a number modifies, the object of a
following "of", or the attribute of a copula whose subject is the number ("of which 215 are passports").
"""

from __future__ import annotations

import math
import re
from typing import Any, Optional

from spacy.symbols import DET
from spacy.tokens import Doc, Token

from ..doc_utils import mention
from .ages import Age, read_age
from .exclusions import is_excluded, is_excluded_by_noun, is_not_a_count
from .lexicon import Lexicon
from .qualifiers import bounds
from .rows import results_row
from .spans import Phrase
from .tokens import Phrases, is_break, is_spaced_dash, reads_as_verb, skip, span_text

_NOUN_POS = {"NOUN", "PROPN"}
_MODIFIER_DEPS = {"nummod", "amod", "compound", "quantmod", "nmod", "det", "npadvmod", "appos"}
_LEADING_NOISE_DEPS = {"det", "poss", "predet", "case", "punct", "cc"}
_SENTENCE_ENDS = frozenset({".", ":", ";", "?", "!"})
_MULTIPLIED_OPENERS = {"more", "less", "fewer", "the", "what", "that", "its", "their", "his", "her"}
_WORD = re.compile(r"\S+")
_TERM_WORDS = 4  # the most words a currency, coin, unit or percent name after a scale spans ("n.z. dlrs")


def counted_noun(lex: Lexicon, doc: Doc, phrase: Phrase) -> tuple[Optional[Token], Optional[tuple[int, int]], str]:
    """The counted noun, its token span ``[start, end]`` and how it was found."""
    inside = set(range(phrase.cores[0].start, phrase.end))
    roots = [t for t in doc[phrase.cores[0].start : phrase.end] if (head := t.head.i) not in inside or head == t.i]
    found = _of_complement(lex, doc, phrase, inside)
    if found is not None:
        return found[0], found[1], "of"
    for root in roots:
        head = root.head
        if root.dep_ in _MODIFIER_DEPS and head.pos_ in _NOUN_POS and head.i >= phrase.end \
                and not _crosses_break(doc, phrase.end, head.i, inside):
            span = _noun_phrase(lex, doc, head, phrase.end)
            if span is not None:
                return head, span, "modifier"
    for root in roots:
        if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ == "be":
            attrs = [c for c in root.head.rights if c.dep_ == "attr" and c.pos_ == "NOUN"]
            if attrs:
                return attrs[0], _noun_phrase(lex, doc, attrs[0], attrs[0].left_edge.i), "predicate"
    return None, None, ""


def _crosses_break(doc: Doc, start: int, end: int, inside: set[int]) -> bool:
    """Whether the tokens ``[start, end)`` between a number and its head break the phrase: a paragraph break, a
    conjunction joining the number to another noun, a determiner opening another noun phrase, a bracket the head
    lies in ("134.1 (base 1980)", "48.0 (nil)"), or the end of a table's row ("APR7  69.80 UP  0.40\nJUN7": the
    next row's label)."""
    for k in range(start, end):
        token = doc[k]
        if is_break(token) or _joins_another(doc, k, inside) or _stray_determiner(doc, k):
            return True
        if token.text == "(" and not any(doc[j].text == ")" for j in range(k + 1, end)):
            return True
        if token.is_space and "\n" in token.text and _in_table_row(doc, start - 1):
            return True
    return False


def _in_table_row(doc: Doc, i: int) -> bool:
    """Whether token ``i``'s line is a table's row: two spaces or more part two of its words (a column), not after
    a sentence's end ("last month.  Exports" is prose)."""
    k = i
    while k > 0 and not (doc[k - 1].is_space and "\n" in doc[k - 1].text):
        k -= 1
    while k < len(doc) and not (doc[k].is_space and "\n" in doc[k].text):
        if doc[k].is_space and k > 0 and doc[k - 1].text not in _SENTENCE_ENDS:
            return True
        k += 1
    return False


def _of_complement(lex: Lexicon, doc: Doc, phrase: Phrase, inside: set[int]) -> Optional[tuple[Token, tuple[int, int]]]:
    """ "thousands of migrants", "12% of voters", "20 kg of cocaine"."""
    end = skip(doc, phrase.end)
    if end + 1 >= len(doc) or doc[end].lower_ != "of" or doc[end].head.i not in inside:
        return None
    objects = [c for c in doc[end].children if c.dep_ == "pobj"]
    if not objects or objects[0].lower_ in lex.counted_pronouns or not _is_nominal(objects[0]):
        return None
    return objects[0], _noun_phrase(lex, doc, objects[0], end + 1)


def _stray_determiner(doc: Doc, i: int) -> bool:
    """"expand by five the pool of bidders": a determiner after the number starts another noun phrase ("hundreds
    of the" is a partitive: its "of" comes first)."""
    return doc[i].pos == DET and doc[i].dep_ == "det" and (i == 0 or doc[i - 1].lower_ != "of")


def _is_nominal(token: Token) -> bool:
    """A noun, or an adjective standing as one after "of" with nothing to modify ("30.8 GW of solar", "20 pct or
    more of the company's common": a possessor is its owner, no noun it modifies)."""
    return token.pos_ in _NOUN_POS or token.pos_ == "ADJ" and not any(c.pos_ in _NOUN_POS and c.dep_ != "poss"
                                                                      for c in token.children)


def _noun_phrase(lex: Lexicon, doc: Doc, noun: Token, start: int) -> Optional[tuple[int, int]]:
    """From ``start`` to ``noun`` (dropping determiners), plus "of X" after partitives ("rounds of ammunition");
    none for a one-letter noun, which in news labels a class or an item ("VIP : 60,000₩\nR : 50,000₩")."""
    if len(span_text(doc, noun.i, _glued_end(doc, noun.i) + 1)) < 2:
        return None
    start = max(start, noun.left_edge.i)
    if start > noun.i or any(not noun.is_ancestor(doc[k]) for k in range(start, noun.i)):
        start = noun.i
    figures = [k for k in range(start, noun.i) if doc[k].like_num or doc[k].pos_ == "NUM"]
    if figures:  # "60 mln dlrs of 6-3/4 pct convertible debentures": the debentures, not the rate's words
        start = _past_terms(lex, doc, figures[-1] + 1)
        if start > noun.i:
            return None  # "600 mln dlrs of New Zealand's 21.74 billion dlrs": another figure's currency
    while start < noun.i and (_is_filler(doc[start]) or doc[start].like_num or doc[start].dep_ == "nummod"):
        start += 1
    end = _glued_end(doc, noun.i)
    if noun.lemma_.lower() in lex.partitives:
        of = [c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1]
        objects = [c for c in of[0].children if c.dep_ == "pobj"] if of else []
        if objects and objects[0].pos_ in _NOUN_POS:
            end = _glued_end(doc, objects[0].i)
    return start, end


def _past_terms(lex: Lexicon, doc: Doc, i: int) -> int:
    """The first token from ``i`` past a figure's scale, currency, percent and unit words ("billion dlr")."""
    while True:
        i = skip(doc, i)
        if i < len(doc) and doc[i].lower_ in lex.scales:
            i += 1
            continue
        found = next((m for m in (table.at(doc, i) for table in (lex.currency_after, lex.percent, lex.units))
                      if m is not None), None)
        if found is None:
            return i
        i = found[0]


def _glued_end(doc: Doc, i: int) -> int:
    """Extend over hyphenated words the tokenizer split and the parser left apart ("e-mails")."""
    while i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_:
        i += 2
    return i


def record(lex: Lexicon, doc: Doc, phrase: Phrase, sent_starts: set[int]) -> Optional[dict[str, Any]]:
    """The output record for ``phrase``, or None when it is not a number worth reporting."""
    age = read_age(lex, doc, phrase)
    if age is not None:
        return _age_record(lex, doc, phrase, age)
    if is_excluded(lex, doc, phrase, sent_starts):
        return None
    if not (phrase.money or phrase.unit or phrase.percent):
        described = _described_unit(lex, doc, phrase.end)
        if described is not None:
            phrase.end, phrase.unit = described
    noun, span, how = counted_noun(lex, doc, phrase)
    if is_excluded_by_noun(lex, doc, phrase, noun, sent_starts):
        return None
    if noun is not None and _names_a_moment(lex, phrase, noun):
        noun = span = None  # "against the 3.955 close": the moment of a price or rate, no thing counted
    if noun is not None and (reads_as_verb(noun) or noun.lower_ in lex.repeat_marks):
        noun = span = None  # "the previous record set last June 6 of 1,240 billion pesetas": a verb the tagger missed;
        # "of 621,000 and 375,000 rpt 375,000": the wire's repeat mark, which the parser hangs the figure before on
    elif noun is not None:
        noun, span = _before_dash(lex, doc, phrase, noun, span)
        noun, span = _before_clause(doc, noun, span)
    first = phrase.cores[0]
    lone_one = doc[first.start].lower_ == "one" and first.end == first.start + 1 and first.value > 0
    if lone_one and how != "modifier" and not (phrase.money or phrase.unit or phrase.percent) \
            and not _one_with_adjective(doc, first.start):
        return None
    kind = "percent" if phrase.percent else "money" if phrase.money else "measure" if phrase.unit else "count"
    if kind == "count" and is_not_a_count(lex, doc, phrase, noun):
        return None
    row = results_row(lex, doc, phrase) if kind in ("count", "money") and noun is None else None
    if row is not None and row.money:
        kind = "money"  # "Net 387,000 vs 240,000": an account's figures, in money the row does not name
    elif row is not None and (kind != "count" or lex.row_counted.isdisjoint(row.account.lower().split())):
        row = None  # "Shr 18 cts", "Group shr 18.34 yen vs 58.72": a share's money; "Avg shrs 10.7 mln" counts shares
    counted, end_token = None, phrase.end
    times = _times_after(lex, doc, phrase)
    if times is not None and kind == "count":
        end_token = times + 1
        if _multiplies(doc, times):
            kind, phrase.unit = "measure", "times"
            counted = _multiplied(lex, doc, times)
        else:
            counted = doc[times].text  # "the rate has been increased nine times since": occasions
    elif noun is not None and span is not None and times is None:
        kind, counted, end_token = _resolve_counted(lex, doc, phrase, kind, noun, span, how)
        if kind == "count" and how == "modifier" and noun.lower_ in lex.threshold_nouns and first.value > 1:
            counted = None  # "topped the 100,000 mark" (singular): a threshold the count crossed, no thing counted
    if row is not None and counted is None:
        counted = row.account
    if kind == "count" and first.scaled and counted is not None and counted.lower() in lex.scaled_money_nouns:
        kind = "money"  # "vs a 226 mln loss in 1986": a scaled figure counting a loss or profit is money
    value, low, high = bounds(phrase)
    if not (_finite(value) and _finite(low) and _finite(high)):
        return None  # digits past a float's range: JSON has no infinity to write
    last = doc[end_token - 1]
    last_text = last.text  # read once: each read decodes it anew
    end_char = last.idx + len(last_text)
    if last_text.endswith(".") and (last.lower_ in lex.metre_or_million or end_token - 1 < phrase.cores[-1].end
                                    or phrase.unit is not None and len(last_text) > 1
                                    and skip(doc, end_token) >= len(doc)):
        end_char -= 1  # an abbreviation's or a figure's stop, or the doc's last full stop glued to a unit
    return mention(
        doc, doc[phrase.start].idx, end_char, _text_to(doc, phrase.start, end_token, end_char),
        value=json_number(value), low=json_number(low), high=json_number(high),
        qualifier=phrase.qualifier, kind=kind, counted=counted, unit=phrase.unit,
        currency=phrase.currency if kind == "money" else None,
    )


def _described_unit(lex: Lexicon, doc: Doc, end: int) -> Optional[tuple[int, str]]:
    """A unit after one word describing it, which the unit readers right after a figure do not reach ("10,572,402 more
    acres", "671,100 harvested hectares", "11,254,837 erodoble acres"): ``(end, name)``. Not after a noun or a word
    that makes another unit, which the table names where it knows it ("299.5 mln seat miles", "329,999 gross tons"),
    nor one that is money too ("20 extra pounds")."""
    i = skip(doc, end)
    if i + 1 >= len(doc):
        return None
    word = doc[i]
    if not (word.pos_ == "ADJ" or word.tag_ in ("VBN", "JJR")) or not word.is_alpha or not word.is_lower \
            or word.lower_ in lex.unit_making_words or doc[i + 1].lower_ in lex.weight_or_money:
        return None
    return lex.units.at(doc, i + 1)


def _before_dash(lex: Lexicon, doc: Doc, phrase: Phrase, noun: Token, span: Optional[tuple[int, int]]
                 ) -> tuple[Optional[Token], Optional[tuple[int, int]]]:
    """The counted noun and span as found, unless a spaced dash lies between the figure and the noun: the noun is then
    the one right before the dash ("its three marques - BMW, Mini and Rolls-Royce": marques; "five members -
    president Konstantinos Panagopoulos": members; "the five main wheat exporters - Argentina, Australia, ..."), or none ("at 7-3/4 pct - dealers": a wire's source tag)."""
    dash = next((k for k in range(phrase.end, noun.i) if is_spaced_dash(doc[k])), None)
    if dash is None:
        return noun, span
    before = dash - 1
    while before >= phrase.end and doc[before].is_space:
        before -= 1
    if before < phrase.end or doc[before].pos_ not in _NOUN_POS or reads_as_verb(doc[before]):
        return None, None
    return doc[before], _noun_phrase(lex, doc, doc[before], phrase.end)


def _before_clause(doc: Doc, noun: Token, span: Optional[tuple[int, int]]
                   ) -> tuple[Optional[Token], Optional[tuple[int, int]]]:
    """The counted noun and span as found, unless a comma and a conjunction lie inside the span: a noun phrase's words
    never do, so the phrase ends before the comma ("buys 20 pct of the company's common, or announces or commences a
    tender offer": common; "owns 85 pct of its common,\nand Farmitalia Carlo Erba": common), or there is none."""
    if span is None:
        return noun, span
    comma = next((k for k in range(span[0], noun.i) if doc[k].text == ","
                  and doc[skip(doc, k + 1)].dep_ == "cc"), None)
    if comma is None:
        return noun, span
    last = comma - 1
    while last >= span[0] and doc[last].is_space:
        last -= 1
    if last < span[0] or not _is_nominal(doc[last]) and doc[last].pos_ != "ADJ":
        return None, None
    return doc[last], (span[0], last)


def _names_a_moment(lex: Lexicon, phrase: Phrase, noun: Token) -> bool:
    """A bare figure before or of a moment of trading ("the 3.955 close", "a close of 43.41"), or written with
    decimals or a fraction before a mark ("the 101-2/32 level"), is a price, rate or index then, no count of it."""
    if phrase.money or phrase.unit or phrase.percent:
        return False
    word = noun.lower_
    return word in lex.moment_nouns or word in lex.mark_nouns and not float(phrase.cores[0].value).is_integer()


def _finite(bound: Optional[float]) -> bool:
    """Whether a bound is none or a float JSON can write (a figure's digits may overflow to infinity)."""
    return bound is None or math.isfinite(bound)


def _age_record(lex: Lexicon, doc: Doc, phrase: Phrase, age: Age) -> dict[str, Any]:
    """An age counts who is that old: a name whole ("Robert Jackson"), a noun as a count's ("Fort Worth girl")."""
    counted = None
    if age.who is not None and age.named:
        counted = _text(doc, *_name_around(doc, age.who))
    elif age.who is not None:
        start = age.end if age.who.i >= age.end else age.who.i
        while start < age.start and start > 0 and doc[start - 1].dep_ in ("compound", "amod") \
                and doc[start - 1].head.i == age.who.i:
            start -= 1  # "US citizens aged under 30"
        span = _noun_phrase(lex, doc, age.who, start)
        counted = _text(doc, *span) if span is not None else None
    value, low, high = bounds(phrase)
    last = doc[age.end - 1]
    end_char = last.idx + len(last)
    return mention(
        doc, doc[age.start].idx, end_char, _text_to(doc, age.start, age.end, end_char),
        value=json_number(value), low=json_number(low), high=json_number(high),
        qualifier=phrase.qualifier, kind="age", counted=counted, unit=age.unit, currency=None,
    )


def _name_around(doc: Doc, token: Token) -> tuple[int, int]:
    """The person entity around ``token``, else the run of proper nouns it is in (``[first, last]``)."""
    first = last = token.i
    if token.ent_type_ == "PERSON":
        while first > 0 and doc[first].ent_iob_ == "I":
            first -= 1
        while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
            last += 1
        return first, last
    while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_alpha:
        first -= 1
    while last + 1 < len(doc) and doc[last + 1].pos_ == "PROPN" and doc[last + 1].is_alpha:
        last += 1
    return first, last


def _one_with_adjective(doc: Doc, i: int) -> bool:
    """"one last time", "one key witness": "one" before an adjective and its noun counts, though the
    parser may miss that it modifies the noun; "the one true heir" and "no one else" do not."""
    if i + 2 >= len(doc) or i > 0 and doc[i - 1].pos_ in ("DET", "PRON"):
        return False
    return doc[i + 1].pos_ == "ADJ" and doc[i + 2].pos_ == "NOUN"


def _resolve_counted(
    lex: Lexicon, doc: Doc, phrase: Phrase, kind: str, noun: Token, span: tuple[int, int], how: str
) -> tuple[str, Optional[str], int]:
    """``(kind, counted, end token)``: a counted currency or unit turns a count into money or a measure.

    "millions of dollars" is money and "thousands of tonnes of grain" a measure of grain; money,
    percentages and measures only count what follows their "of" ("12% of voters").
    """
    currency = lex.currency_after.at(doc, noun.i) if kind == "count" else None
    unit = lex.units.at(doc, noun.i) if kind == "count" and how == "of" else None
    counted = None
    if kind == "count" and how == "modifier" and lex.percent.at(doc, noun.i) is not None:
        return "percent", None, phrase.end  # "5.45 and 6.25 pct": the noun is the other figure's unit
    if kind == "count" and how == "modifier" and lex.subunits.at(doc, noun.i) is not None:
        return kind, None, phrase.end  # "a loss of 553,000 or 11 cts a share": the coin is the other figure's
    percent = lex.percent.at(doc, span[0]) if kind == "count" and how == "of" else None
    if percent is not None and percent[0] == span[1] + 1:  # "a quarter of a percentage point": a percentage
        phrase.unit = None if percent[1] == "percent" else percent[1]
        return "percent", None, span[1] + 1
    if currency is not None:
        kind, phrase.currency = "money", currency[1]
    elif unit is not None:
        kind, phrase.unit = "measure", unit[1]
        if span[1] > unit[0]:
            counted = _text(doc, skip(doc, unit[0] + 1), span[1])
    elif kind == "count" or how == "of":
        counted = _text(doc, span[0], span[1])
    names_unit = how == "of" and (currency or unit) is not None
    adjacent = all(_is_filler(doc[k]) for k in range(phrase.end, span[0]))
    end_token = max(phrase.end, span[1] + 1) if (counted is not None or names_unit) and adjacent else phrase.end
    return kind, counted, end_token


def _times_after(lex: Lexicon, doc: Doc, phrase: Phrase) -> Optional[int]:
    """The "times" right after the number ("18 times", "nine times"), if any."""
    nxt = skip(doc, phrase.end)
    return nxt if nxt < len(doc) and doc[nxt].lemma_.lower() in lex.multipliers and doc[nxt].lower_ != "fold" \
        else None


def _multiplied(lex: Lexicon, doc: Doc, times: int) -> Optional[str]:
    """What a multiplier multiplies: "18 times shareholders' equity", "100 times the voting power"."""
    first = next((k for k in range(times + 1, min(times + 4, len(doc))) if doc[k].pos_ in _NOUN_POS), None)
    if first is None or any(_joins_another(doc, k, {times}) or doc[k].is_punct for k in range(times + 1, first)):
        return None
    noun = doc[first]
    while noun.dep_ in ("poss", "compound", "amod") and noun.head.pos_ in _NOUN_POS and noun.head.i > noun.i:
        noun = noun.head
    span = _noun_phrase(lex, doc, noun, first)
    return _text(doc, *span) if span is not None else None


def _multiplies(doc: Doc, times: int) -> bool:
    """"16 times more powerful", "eight times as much", "ten times earnings", "100 times the voting power", "eleven
    times oversubscribed": "times" before a comparison, a quantity or a state multiplies it; before anything else
    it counts occasions ("nine times since", "three times annually", "five times last year")."""
    after = skip(doc, times + 1)
    if after >= len(doc) or doc[after].ent_type_ in ("DATE", "TIME"):
        return False  # "lifted borrowing costs five times last year"
    token = doc[after]
    if token.lower_ == "as":  # "eight times as much", not "won the Cup four times as a player"
        following = skip(doc, after + 1)
        return following < len(doc) and doc[following].pos_ in ("ADJ", "ADV")
    return token.lower_ in _MULTIPLIED_OPENERS or token.tag_ in ("JJR", "RBR", "PRP$", "VBN") \
        or token.pos_ in _NOUN_POS or token.pos_ == "ADJ"


def _text_to(doc: Doc, start: int, end: int, end_char: int) -> str:
    """``doc.text`` from token ``start`` to character ``end_char`` in token ``end - 1`` (a record may leave out a
    glued full stop), joined from those tokens: finding them again from the characters costs twice as much."""
    return "".join([token.text_with_ws for token in doc[start:end]])[: end_char - doc[start].idx]


def _text(doc: Doc, first: int, last: int) -> str:
    """Text of tokens ``first..last`` inclusive (a span's text: ``doc.text`` rebuilds the whole doc)."""
    return span_text(doc, first, last + 1)


def _joins_another(doc: Doc, i: int, inside: set[int]) -> bool:
    """"115.3 mln and available seat miles": a conjunction joining the number itself to a noun starts another
    phrase; one joining two numbers ("5,000 and 10,000 dlrs") or two adjectives ("senior and junior players")
    does not."""
    token = doc[i]
    if token.dep_ != "cc" or token.head.i not in inside:
        return False
    following = skip(doc, i + 1)
    return following < len(doc) and not (doc[following].like_num or doc[following].pos_ == "NUM")


def _is_filler(token: Token) -> bool:
    """Tokens that may sit between a number and the noun it counts: "hundreds of the"."""
    if token.is_space:
        return not is_break(token)
    return token.lower_ == "of" or token.dep_ in _LEADING_NOISE_DEPS


def json_number(value: Optional[float]) -> Optional[float]:
    """Whole numbers as ints so JSON shows 4500, not 4500.0; others rounded to twelve significant digits."""
    if value is None:
        return None
    value = float(value)
    if value.is_integer() and abs(value) < 1e12:
        return int(value)  # twelve digits at most: the rounding below leaves it as it is
    value = float(f"{value:.12g}")
    return int(value) if value.is_integer() else value


def drop_figure_terms(lex: Lexicon, records: list[dict[str, Any]]) -> None:
    """A counted noun never opens with another figure's terms: the parse hangs a noun phrase on the words after a
    figure ("the 5.3 pct 95th bond", "a 100 mln dlr eurobond", "the 76 stg pct balance"), but a percent or scale word
    and the currency, coin or unit after it name the figure's terms, not the thing; what is left is the noun
    ("95th bond", "eurobond", "balance"), or nothing ("payable 40 stg pct on application")."""
    for record in records:
        counted = record.get("counted")
        if counted:
            record["counted"] = _past_figure_terms(lex, counted)


def _past_figure_terms(lex: Lexicon, counted: str) -> Optional[str]:
    """``counted`` from its first word past any percent name ("pct", "percentage point") and any scale word with the
    currency, coin or unit name after it ("mln dlr", "mln N.Z. Dlr"); a percent word's figure has no currency, so
    "seven pct Swiss Franc notes" keeps its currency's name."""
    words = list(_WORD.finditer(counted))
    lower = [word.group().lower() for word in words]
    k = 0
    while k < len(words):
        end = _name_end(lower, k, (lex.percent,))
        if end == k and lower[k] in lex.scales:
            end = _name_end(lower, k + 1, (lex.currency_after, lex.subunits, lex.units, lex.scaled_currencies))
        if end == k:
            break
        k = end
    if k == 0:
        return counted
    return counted[words[k].start():] if k < len(words) else None


def _name_end(words: list[str], k: int, tables: tuple[Phrases, ...]) -> int:
    """The end of the longest name of up to ``_TERM_WORDS`` words at word ``k`` in any of ``tables``, else ``k``."""
    for end in range(min(len(words), k + _TERM_WORDS), k, -1):
        if any("".join(words[k:end]) in table.table for table in tables):
            return end
    return k
