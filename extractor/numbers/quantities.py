"""What a level is the value of: the quantity an amount of money, a percentage or a measure gives.

"a backwardation of 23 stg", "business at 879 stg per tonne", "capacity reached 1.64 GW", "a $90
million fine", "the balance was 22": the reader needs the quantity as much as the amount, and the
counted-noun rules, made for counts ("81,000 cars"), do not see it. Each rule reads the parse around
the number; they are tried in the order of ``RULES`` and the first that names a noun wins. A number
whose counted noun is known is left alone, a count is asked only the copula's and the "of" phrase's
questions ("the death toll was 30", "a premium of 32"), and a rule that finds no noun phrase gives
nothing, so counted stays null.
"""

from __future__ import annotations

from typing import Callable, Optional

from spacy.tokens import Span, Token

from .changes import LEVEL_KINDS, SUBJECT_DEPS, ChangeWords, Record, contents_of, noun_phrase, numbered, subject_of
from .tokens import is_break, is_spaced_dash, reads_as_verb

Rule = Callable[[Token, Span, ChangeWords], Optional[Token]]


def copula_subject(head: Token, span: Span, words: ChangeWords) -> Optional[Token]:
    """"The balance ... was 22": a copula's attribute is the value of its subject."""
    if head.dep_ == "attr" and head.head.lemma_ == "be":
        return contents_of(next((child for child in head.head.children if child.dep_ in SUBJECT_DEPS), None), words)
    return None


def of_complement(head: Token, span: Span, words: ChangeWords) -> Optional[Token]:
    """"a backwardation of 23 stg", "a temporary price of 75.80 dlrs", "borrowing at a premium of 32": the noun
    the "of" phrase completes; a container ("at a high of 883 stg", "a total of $5m") passes the question to
    its own place."""
    if head.dep_ != "pobj" or head.head.lower_ != "of" or head.head.head.pos_ != "NOUN":
        return None
    noun = head.head.head
    if noun.lemma_.lower() in words.containers:
        return at_place(noun, span, words) or level_verb_subject(noun, span, words)
    return None if noun.lemma_.lower() in words.nouns else noun


def count_of_complement(head: Token, span: Span, words: ChangeWords) -> Optional[Token]:
    """"a family of four", "a shortlist of five": a count completes a singular noun's "of"; not "kids of 15"
    (their age), "the bottom of the two" (things named before), nor "initial price of 89.6" (a price's value, no
    count of prices)."""
    noun = head.head.head if head.dep_ == "pobj" else None
    before = span.doc[span.start - 1] if span.start > 0 else None
    if noun is None or noun.tag_ != "NN" or before is not None and (before.pos_ == "DET" or before.tag_ == "PRP$") \
            or noun.lower_ in words.price_words:
        return None
    return of_complement(head, span, words)


def at_place(head: Token, span: Span, words: ChangeWords) -> Optional[Token]:
    """"business at 879 stg per tonne": the noun "at" hangs on; "fixed the won at 846.90": the verb's object;
    "ended with forward business at a high of 883 stg": what its "with" names; "the price was set at 44 dlrs":
    the verb's subject."""
    if head.dep_ != "pobj" or head.head.lower_ != "at":
        return None
    holder = head.head.head
    if holder.pos_ == "NOUN":
        return holder
    if holder.pos_ not in ("VERB", "AUX"):
        return None
    placed = next((child for child in holder.children if child.dep_ == "dobj" and child.i < head.head.i), None)
    if placed is None:
        placed = next((grand for child in holder.children if child.dep_ == "prep" and child.lower_ == "with"
                       and child.i < head.head.i for grand in child.children if grand.dep_ == "pobj"), None)
    if placed is not None:
        return placed
    subject = subject_of(holder)
    if subject is not None and subject.pos_ == "PROPN" and holder.dep_ == "conj" and subject.head.i != holder.i:
        return None  # "BFCE is issuing a ... eurobond ... and priced at 102-3/8 pct": the bond's price, not BFCE's
    return subject


def level_verb_subject(head: Token, span: Span, words: ChangeWords) -> Optional[Token]:
    """"newly installed capacity reached 1.64 GW", "the premium equated to 20 stg": a level verb's subject;
    "loans totalling 390 mln dlrs", "rates ranging from 3.9 pct": the noun a level verb's clause describes.
    A level verb right before the figure is its verb whatever the parser made of the pair ("capacity ...
    reached 1.64 GW and Seoul plans ...", with "GW" parsed as the subject of "plans")."""
    verb = head.head.head if head.dep_ == "pobj" and head.head.lower_ in ("to", "at", "from", "between") \
        else head.head
    if not (head.dep_ in ("dobj", "attr", "npadvmod", "pobj") and verb.pos_ == "VERB"
            and verb.lemma_.lower() in words.level_verbs):
        before = span.doc[span.start - 1] if span.start > 0 else None
        if before is None or before.pos_ != "VERB" or before.lemma_.lower() not in words.level_verbs:
            return None
        verb = before
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.head.i < verb.i:
        return verb.head
    return contents_of(subject_of(verb), words)


def premodified_noun(head: Token, span: Span, words: ChangeWords) -> Optional[Token]:
    """"a $90 million fine", "a 3 GW ground-mounted PV array": the noun the amount premodifies, when every word
    between them is of its phrase; for a container
    ("$4,000 worth of coffee machines") what it holds."""
    last = span[-1]
    if last.dep_ not in ("compound", "nummod", "amod", "quantmod", "nmod") or last.head.i < span.end \
            or last.head.pos_ != "NOUN" or last.head.lemma_.lower() in words.nouns:
        return None
    noun = last.head
    if any(not token.is_space and (not span.end <= token.head.i <= noun.i or token.dep_ == "cc" or token.text in ",;"
                                   or is_spaced_dash(token)) for token in span.doc[span.end:noun.i]):
        return None  # "1.36 billion dlrs and Fed funds averaged": the noun is another phrase's
    if noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].text == "-" and not noun.whitespace_:
        return None  # "60 mln dlrs pre-tax": a prefix, not a noun
    while noun.dep_ == "compound" and noun.head.i > noun.i and noun.head.pos_ == "NOUN" \
            and not reads_as_verb(noun.head):  # "credit facility"; not "an £800m bid undervalues club prospects"
        noun = noun.head
    if noun.lemma_.lower() in words.containers:
        return next((grand for child in noun.children if child.dep_ == "prep" and child.lower_ == "of"
                     for grand in child.children if grand.dep_ == "pobj"), None)
    return noun


# A noun the amount premodifies is asked first: it is what the whole phrase is, wherever the phrase stands
# ("the collapse of his proposed £500,000 move" is a move, not a collapse).
RULES: tuple[Rule, ...] = (premodified_noun, copula_subject, of_complement, at_place, level_verb_subject)
# A count whose noun is unknown is asked less: its "of" only when the count is no vague amount ("get hold of
# Abramovich's millions").
COUNT_RULES: tuple[Rule, ...] = (copula_subject, count_of_complement)
VAGUE_COUNT_RULES: tuple[Rule, ...] = (copula_subject,)
# Asked of a count only for a collective noun that says what is counted ("the audience averaged 13.7 million",
# "the audience peaked at 14.2 million": viewers).
IMPLIED_HEAD_RULES: tuple[Rule, ...] = (level_verb_subject, at_place)


def read_quantities(records: list[Record], spans: list[Optional[Span]], heads: list[Optional[Token]],
                    owned: dict[int, int], words: ChangeWords) -> None:
    """Set ``counted`` (in place) where there is none, by the first rule that names a noun (``heads``: the records'
    ``anchors``; ``owned``: their ``token_owners``)."""
    for record, span, head in zip(records, spans, heads):
        if record.get("counted") is not None or record.get("kind") not in LEVEL_KINDS + ("count",):
            continue
        rules = RULES if record["kind"] in LEVEL_KINDS \
            else VAGUE_COUNT_RULES if record.get("qualifier") == "vague" else COUNT_RULES
        if span is None:
            continue
        count = record["kind"] == "count"
        for rule in rules + (IMPLIED_HEAD_RULES if rules is COUNT_RULES else ()):
            noun = rule(head, span, words)
            if noun is None or noun.i in owned or _across_break(span, noun):
                continue
            if record["kind"] == "money":
                noun = _possessed(noun)
            implied = words.implied_heads.get(noun.lemma_.lower()) if count else None
            counts = numbered(noun, words) if count else None  # "the number of ... banks ... now totals 32"
            if implied is None and counts is None and rule in IMPLIED_HEAD_RULES and count:
                continue
            noun = counts or noun
            counted = implied or noun_phrase(noun, words, span.end if noun.i >= span.end else 0)
            if counted is not None:
                record["counted"] = counted
                break


def _possessed(noun: Token) -> Token:
    """What a sum before a possessor is the amount of: the thing possessed ("his £71,433 minister's salary", "a $1.7bn
    donors' aid package"); a measure before one says what the possessor is ("the 1500m champion's time")."""
    thing = noun.head
    return thing if noun.dep_ == "poss" and thing.i > noun.i and thing.pos_ == "NOUN" else noun


def read_balances(records: list[Record], scale_of: Callable[[str], Optional[float]], nouns: set[str]) -> None:
    """"In 1982 it posted a profit of 329 mln", "The 1985 net profit was 2.72 billion": a scaled count whose counted
    noun is a balance of the accounts (``nouns``: a loss, profit, surplus or deficit) is money, its currency unsaid,
    as a scaled figure before one is ("vs a 226 mln loss"). Run after the counted nouns are read and shared."""
    for record in records:
        counted = record.get("counted")
        if record["kind"] == "count" and counted and counted.split()[-1].lower() in nouns \
                and scale_of(record["text"]) is not None:
            record["kind"] = "money"


def _across_break(span: Span, noun: Token) -> bool:
    """Whether a paragraph or a table's line lies between the figure and the noun: "Shr loss 35 cts vs profit six
    cts / Net loss 3,555,293" names no net loss of six cents."""
    first, last = (noun.i + 1, span.start) if noun.i < span.start else (span.end, noun.i)
    return any(is_break(token) for token in span.doc[first:last])


def read_implied_people(records: list[Record], spans: list[Optional[Span]], heads: list[Optional[Token]],
                        words: ChangeWords) -> None:
    """"The blast killed three", "three were arrested": a bare count that a verb of harm or arrest takes as
    its object counts people, though the sentence does not say so (the last resort: run after every other
    reading of what a count counts)."""
    for record, span, head in zip(records, spans, heads):
        if record["kind"] != "count" or record.get("counted") is not None or record.get("qualifier") == "vague":
            continue
        if span is None:
            continue
        if head.pos_ == "NUM" and head.dep_ in ("dobj", "nsubjpass") and head.head.pos_ == "VERB" \
                and head.head.lemma_.lower() in words.people_verbs:
            record["counted"] = "people"
