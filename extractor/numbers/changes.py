"""Changes: a number that moves a quantity ("rose 4.1%") or is where it moved to ("to 212p", "22, down from 26").

News reports most figures as movements, and a reader must not mistake the size of a move for a
level: "fell 195 mln dlrs to 65.3 billion dlrs" is a fall of 195 million and a level of 65.3
billion. Each number gets ``change``: ``{"direction", "from", "by"}`` when the parse ties it to a
change word, else null:

- an *amount* ("rose 4.1%", "grew by 0.1%", "a 6.1% increase", "up 3.2 pct", "a rise of three",
  "7.7% more") has the direction only;
- a *result* ("rose to 119,400 tonnes from 73,200 tonnes", "591p, down from 611p", "879 stg, a rise
  of three") has the direction, ``from`` (the start's value, when the sentence names it) and ``by``
  (the amount's value, when named);
- a *start* ("from 73,200 tonnes") is no change: it is the level before.

For money, percentages and measures whose counted noun is unknown, the changed quantity is what
they count: the subject of an intransitive change ("Soyabean exports rose"), the object of a
transitive one ("reduce coal-fired fine dusts by 90%"), the noun after a change noun ("a 6.1%
increase in capital investment"); ``quantities`` asks the same of levels.
Only the parse and the word lists in ``data/numbers_changes.json`` decide: no evidence, no change.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from spacy.tokens import Doc, Span, Token

from .points import measured_points
from .tokens import is_break, reads_as_verb


Record = dict[str, Any]
LEVEL_KINDS = ("money", "percent", "measure")  # an object of a change verb that is a count is no amount ("cut 300 jobs")
POINT_NOUNS = frozenset({"point", "points", "pct", "percent", "percentage"})
SUBJECT_DEPS = ("nsubj", "nsubjpass")
QUANTITY_DEPS = ("compound", "amod", "nmod")
SAME_TERMS = ("kind", "unit", "currency")  # an amount and a level are comparable when these agree
# Names of these kinds after a change noun's "in" say where or in what source a change was seen, not what changed.
NOT_QUANTITY_ENTITIES = frozenset({"NORP", "GPE", "LOC", "PERSON", "FAC", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"})


# Which lists of ``data/numbers_changes.json`` a ``ChangeWords`` holds, by how it is read: tables of words by the
# direction they move a quantity ({"up": [...], "down": [...]}), read as word -> direction, and plain word sets.
_BY_DIRECTION = ("verbs", "nouns", "adverbs", "comparatives", "particles")
_WORD_SETS = (
    "particle_verbs", "transitive", "not_direct_amount", "level_verbs", "containers", "equivalents", "people_verbs",
    "glued_measures", "item_verbs", "point_words", "point_contexts", "point_gaps", "measured_changes",
    "number_nouns", "deciding_verbs", "loss_verbs", "commodities", "commodity_units", "trade_words", "price_words", "payment_words",
    "payment_changes", "item_prepositions", "list_headings",
)
ITEM_REACH = 4  # words back from a change word to the verb that lists it ("excludes discontinued operations gain")
BASE_OR_PRESENT = frozenset({"VB", "VBP", "VBZ"})  # verb tags a noun such as "gain" or "gains" is misread with


class ChangeWords:
    """The change lexicon: each of ``_BY_DIRECTION`` as a word -> direction table, each of ``_WORD_SETS`` as a
    frozenset, and ``implied_heads``; built once per pipeline, never changed by a doc."""

    def __init__(self, data: dict[str, Any]) -> None:
        for name in _BY_DIRECTION:
            setattr(self, name, {word: direction for direction, words in data[name].items() for word in words})
        for name in _WORD_SETS:
            setattr(self, name, frozenset(data[name]))
        self.implied_heads: dict[str, str] = dict(data["implied_heads"])
        self.standings = tuple(data["standing_words"])  # read by ``_next_word_in``

    def direction(self, token: Token) -> Optional[str]:
        """The way a change word moves its quantity: a verb by its lemma or its particle, a noun by its lemma."""
        lemma = token.lemma_.lower()
        if token.pos_ in ("VERB", "AUX"):
            if self._listed_item(token):
                return None
            particle = next((child for child in token.children if child.dep_ == "prt"), None)
            if particle is not None and lemma in self.particle_verbs and particle.lower_ in self.particles:
                return self.particles[particle.lower_]
            return self.verbs.get(lemma)
        if token.pos_ == "NOUN":
            return self.nouns.get(lemma)
        if token.pos_ == "ADV" or token.dep_ == "advmod":
            return self.adverbs.get(token.lower_)
        return None

    def _listed_item(self, token: Token) -> bool:
        """"Net includes gain 46 cts per share", "excludes investment gains 20,000 dlrs", "excludes discontinued
        operations gain 9,837,000 dlrs": a change word the tagger reads as a present-tense verb, with only words
        between it and a verb that lists what a figure holds ("item_verbs"), is an item of the accounts, no move;
        "Sales excluding fuel rose" keeps its past-tense verb."""
        if token.tag_ not in BASE_OR_PRESENT:
            return False
        doc = token.doc
        for k in range(token.i - 1, max(token.i - ITEM_REACH, 0) - 1, -1):
            if doc[k].lower_ in self.item_verbs:
                return True
            if not doc[k].is_alpha:
                return False
        return False


NOUN_PHRASE_DEPS = ("nmod", "compound", "amod", "nummod", "quantmod")
BY_TOLERANCE = 0.2  # share of a change's size its start and level may be further or closer apart, by rounding
FROM_WINDOW = 5  # "up from a close of 43.41": the start's number within this many tokens of "from"
CHANGER_DEPTH = 6  # how far up an object's noun phrase a result's "to" may hang from its change verb
OBJECT_PATH_DEPS = ("dobj", "pobj", "prep", "acl", "compound", "amod", "nmod")
ARGUMENT_DEPS = ("dobj", "pobj", "nsubj", "nsubjpass")  # a change word in these is a noun misread ("led advances")
ADVERB_REACH = 5  # "up 1-1/8 points to": the amount's words between a change adverb and "to"
FROM_GAP = 2  # "from around 20% now to 24%": words of time between a change's start and its "to"


def anchor(span: Span, words: ChangeWords) -> Token:
    """The token through which the number phrase hangs in the sentence: its last token with a head outside,
    raised to the head of the noun phrase it modifies ("119,400 tonnes actual weight": "weight"), but not
    into a change noun it premodifies ("a 6.1% increase")."""
    token = _last_outside(span)
    while (token.dep_ in NOUN_PHRASE_DEPS and token.head.pos_ in ("NOUN", "PROPN", "NUM") and token.head.i > token.i
           and token.head.lemma_.lower() not in words.nouns):
        token = token.head
    return token


def _last_outside(span: Span) -> Token:
    """The span's last token whose head lies outside it (or that heads itself), else its root: read from the end,
    it usually stops at the first token it reads."""
    doc, start, end = span.doc, span.start, span.end
    for k in range(end - 1, start - 1, -1):
        token = doc[k]
        head = token.head.i
        if head == k or not start <= head < end:
            return token
    return span.root


def changer_of(preposition: Token, words: ChangeWords) -> Optional[Token]:
    """The change word a "to"/"from" phrase belongs to: its head, or the change verb whose object holds it
    ("increase the average efficiency of devices from 23% to 35%", "reduce the price of the electricity
    generated by large projects to $0.03/kWh"); never through a subject ("payments to seven provinces
    will rise")."""
    token = preposition.head
    if token.pos_ == "ADJ":
        return None  # "equivalent to 1,410 dlrs", "close to 9%": a comparison, not where a move ended
    for _ in range(CHANGER_DEPTH):
        if words.direction(token) is not None:
            return token
        if _hung_on_amount(token, preposition, words):
            return token.head
        adverb = _adverb_before(token, preposition, words)
        if adverb is not None:
            return adverb
        if token.dep_ not in OBJECT_PATH_DEPS or token.head == token \
                or (token.pos_ == "VERB" and token.dep_ != "acl"):  # "compared to October's £4.29m"
            return None
        token = token.head
    return None


def _hung_on_amount(amount: Token, preposition: Token, words: ChangeWords) -> bool:
    """"fell 37 pct to\n516,000 tonnes", "were off 0.2 pct to\n1.25 billion dlrs": the parser hangs "to" on the
    amount right after its change word; an amount further on belongs to a clause whose verb is left out ("rose 25
    cents to 3.95 dlrs, ... CRA 36 to 8.70"), and a change word that is an object is a noun misread ("Declines led
    advances 326 to 282")."""
    if amount.dep_ != "npadvmod" or amount.i > preposition.i or amount.head.dep_ in ARGUMENT_DEPS \
            or words.direction(amount.head) is None:
        return False
    return _words(amount.doc, amount.left_edge.i - 1, -1, 1) == [amount.head]


def _adverb_before(verb: Token, preposition: Token, words: ChangeWords) -> Optional[Token]:
    """"The company's stock was up 1-1/8 points to 11 dlrs", "closed up 23 points to 6661.89": the parser hangs "to"
    on the verb, which moves nothing itself; its "up" or "down", with only the amount between it and "to", does
    ("was up to 5%" has no amount between: a bound)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    doc = verb.doc
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in words.adverbs and 1 < preposition.i - child.i <= ADVERB_REACH:
            between = doc[child.i + 1 : preposition.i]
            if any(token.like_num for token in between) and not any(token.is_punct and token.text not in "-/"
                                                                   for token in between):
                return child
    return None


@dataclass(frozen=True)
class Change:
    """What the parse says of one number's move: its direction, the change word, and the records (indices
    into the doc's records) the sentence ties to it: a result's start and amount, an amount's level."""

    direction: str
    governor: Optional[Token] = None
    start: Optional[int] = None
    amount: Optional[int] = None
    level: Optional[int] = None

    def links(self, n: int) -> list["Link"]:
        """``(level, other, how)`` for each record of the same quantity as record ``n``."""
        pairs = [(n, self.start, "start"), (n, self.amount, "amount"), (self.level, n, "amount")]
        return [(a, b, how) for a, b, how in pairs if a is not None and b is not None and a != b]


Link = tuple[int, int, str]  # (a level, another record of its quantity, how: "start", "amount", "restated", "listed",
# "compared", "named" (compared, the figure of an estimate or season named before it), "bracketed", "per share",
# "elided")


def find_changes(doc: Doc, records: list[Record], spans: list[Optional[Span]], heads: list[Optional[Token]],
                 owner: dict[int, int], words: ChangeWords) -> tuple[dict[int, Change], list[Link]]:
    """Each record's change (by index), and the pairs of records that measure one quantity through a change:
    a level and its start, a level and the amount it moved by (``spans``: each record's tokens; ``heads``: their
    ``anchors``; ``owner``: their ``token_owners``)."""
    changes: dict[int, Change] = {}
    for n, (record, span, head) in enumerate(zip(records, spans, heads)):
        found = None if span is None \
            else _amount(doc, span, head, words, record, owner) or _result(doc, span, head, words, owner)
        if found is not None and not _decided_by(doc, found, record, span, words) \
                and not _lost_sum(doc, found, record, span, words):
            changes[n] = found
    return changes, [link for n, change in changes.items() for link in change.links(n)]


def _decided_by(doc: Doc, change: Change, record: Record, span: Span, words: ChangeWords) -> bool:
    """"The match came down to two tie-breaks", "Came down to a few points": one of the ``deciding_verbs`` before "to"
    and a count of things of its own is "be decided by", no move; before a price or a bare count it is one ("The
    price of inkjet printers has come down to as little as £34")."""
    return change.governor is not None and change.governor.lemma_.lower() in words.deciding_verbs \
        and record.get("kind") == "count" and record.get("counted") is not None \
        and _next_word_in(doc, span.start - 1, -1, ("to",))


def _lost_sum(doc: Doc, change: Change, record: Record, span: Span, words: ChangeWords) -> bool:
    """"The units being sold lost 28 cts per share", "Purolator lost 120 mln dlrs over the last two years": a sum of
    money one of the ``loss_verbs`` takes is what a business lost, a result, no fall of the figure; a price's move
    names the level it reached ("Standard Chartered lost 3p to 821", "ICI lost 2p at 1,333"), and so is that level."""
    verb = change.governor
    return verb is not None and verb.lemma_.lower() in words.loss_verbs and record.get("kind") == "money" \
        and verb.i < span.start and not any(doc[k].lower_ == "to" for k in range(verb.i + 1, span.start)) \
        and not _next_word_in(doc, span.end, 1, ("to", "at"))


def write_changes(records: list[Record], spans: list[Optional[Span]], changes: dict[int, Change],
                  words: ChangeWords) -> None:
    """Set ``change`` on every record (in place), and ``counted`` where a change names the quantity; run after
    the records of one quantity share their terms, so that ``by`` compares like with like."""
    for n, record in enumerate(records):
        change = changes.get(n)
        if change is None:
            record["change"] = None
            continue
        start = records[change.start]["value"] if change.start is not None else None
        amount = records[change.amount] if change.amount is not None else None
        by = amount["value"] if amount is not None and all(amount.get(key) == record.get(key) for key in SAME_TERMS) \
            else None
        if by is not None and start is not None and not _moved_by(start, record.get("value"), by):
            by = None  # "rose by 37 percent, from 0.90 percent to 1.23 percent": a relative rise, not 37 points
        record["change"] = {"direction": change.direction, "from": start, "by": by}
        if record.get("counted") is None and record.get("kind") in LEVEL_KINDS and change.governor is not None:
            record["counted"] = _changed_quantity(change.governor, spans[n], words)
        elif record.get("counted") is None and record.get("kind") == "count" and change.governor is not None:
            record["counted"] = noun_phrase(numbered(_changed(change.governor, spans[n], words), words), words)


def measure_points(records: list[Record], spans: list[Optional[Span]], changes: dict[int, Change],
                   words: ChangeWords) -> None:
    """A count of points (in place) is a measure in points when the figure is a price's, a rate's or an index's: written
    with a fraction or decimals ("cut by 0.60 point", "7/8 point over LIBOR", "1-1/8 points") or the amount of a move
    ("forecast to drop one point", "rose almost 27 points"); a point is the unit, no thing counted: the index the
    sentence names, if any, is what the figure counts (``bare_figures``); the subject of the move is not asked, it is
    as often the seller or the cause ("Their sales helped send Wall Street stocks down 508 points"). Games score whole
    points: a gap in a league ("slip 10 points behind Chelsea") or where a move ended stays a count, unless its
    sentence names a poll, a rate, a market or a percentage ("a six point lead" in a poll:
    ``points.measured_points``). Run after every stage that reads or shares what a figure counts."""
    for n, (record, span) in enumerate(zip(records, spans)):
        if span is None or record.get("kind") != "count" or record.get("unit") is not None \
                or (record.get("counted") or "").lower() not in words.point_words:
            continue
        doc = span.doc
        if float(record["value"]).is_integer() and (n not in changes or _next_word_in(doc, span.start - 1, -1, ("to",))
                                                    or _next_word_in(doc, span.end, 1, words.standings)) \
                and not measured_points(span, records, record["sentence"], words.point_contexts, words.point_gaps,
                                        words.nouns):
            continue
        record.update(kind="measure", unit="point", counted=None)


def _moved_by(start: float, level: Optional[float], by: float) -> bool:
    """Whether a start and a level lie ``by`` apart, give or take the rounding of figures in news copy."""
    return level is not None and abs(abs(level - start) - abs(by)) <= BY_TOLERANCE * abs(by)


def token_owners(spans: list[Optional[Span]]) -> dict[int, int]:
    """The record each token of a record belongs to; found once per doc for every stage that asks it."""
    return {k: n for n, span in enumerate(spans) if span is not None for k in range(span.start, span.end)}


def record_spans(doc: Doc, records: list[Record]) -> list[Optional[Span]]:
    """Each record's tokens, found once per doc for every stage that reads the parse around the records."""
    return [doc.char_span(r["start"], r["end"], alignment_mode="expand") for r in records]


def anchors(spans: list[Optional[Span]], words: ChangeWords) -> list[Optional[Token]]:
    """Each record's ``anchor``, found once per doc: changes, links and what a level counts all start from it."""
    return [None if span is None else anchor(span, words) for span in spans]


def _amount(doc: Doc, span: Span, head: Token, words: ChangeWords, record: Record,
            owner: dict[int, int]) -> Optional[Change]:
    """A number that is the size of a move: after "up"/"down", as "by"/"of" object or direct object of a
    change word, premodifying a change noun, or before a comparative; a change noun in apposition to a
    level names the level it moved ("carried 1.3 mln passengers ..., a rise of 14 pct"). ``doc``: the tokens
    ``find_changes`` reads (a ``DocTokens``: ``span.doc`` would make a Token object at each look)."""
    k = span.start - 1
    while k >= 0 and doc[k].is_space and not is_break(doc[k]):
        k -= 1  # "were up\n6.0 pct": the wire wraps the line after the adverb
    before = doc[k] if k >= 0 else None
    if before is not None and before.lower_ in words.adverbs:
        if before.dep_ == "prt":  # "make up 22%" is no rise, "shot up 11-5/8" is
            direction = words.direction(before.head)
            return Change(direction, before.head) if direction is not None else None
        return Change(words.adverbs[before.lower_], before.head if before.head.pos_ in ("VERB", "AUX") else None)
    governor = head.head
    if head.dep_ == "pobj" and governor.lower_ in ("by", "of") and governor.head.i not in range(span.start, span.end) \
            and not _agents(governor, record, span):
        direction = words.direction(governor.head)
        if direction is not None and (governor.lower_ == "by" or governor.head.pos_ == "NOUN") \
                and not _pays(governor.head, record, words):
            noun = governor.head
            return Change(direction, noun, level=owner.get(noun.head.i) if noun.dep_ == "appos" else None)
    if head.dep_ in ("dobj", "npadvmod") and governor.pos_ == "VERB" and _is_level(record, span) \
            and governor.lemma_.lower() not in words.not_direct_amount:
        direction = words.direction(governor)
        if direction is not None:
            return Change(direction, governor)
    if head.dep_ in ("nummod", "compound", "amod", "npadvmod") and governor.pos_ == "NOUN" and governor.i >= span.end:
        direction = words.nouns.get(governor.lemma_.lower())
        if direction is not None and not _pays(governor, record, words):
            return Change(direction, governor)
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and record.get("kind") == "percent" and after.lower_ in words.comparatives \
            and not (span.end + 1 < len(doc) and doc[span.end + 1].lower_ == "than" and after.lower_ != "more"):
        return Change(words.comparatives[after.lower_])
    return None


def _pays(noun: Token, record: Record, words: ChangeWords) -> bool:
    """"a £100,000 advance for her novels", "a minimum advance of 25,000 dlrs a quarter": a sum of money that a
    payment's noun takes as its amount is paid, not a rise ("a 25.8 pct advance in net profit" is one)."""
    return record.get("kind") == "money" and noun.pos_ == "NOUN" and noun.lemma_.lower() in words.payment_changes


def _agents(preposition: Token, record: Record, span: Span) -> bool:
    """"Stern was dropped by six stations": things counted after a passive verb's "by" did it, they are no
    amount it moved by ("was cut by 300" and "was raised by 150 mln guilders" are)."""
    return preposition.dep_ == "agent" and record.get("kind") == "count" and record.get("counted") is not None \
        and not _is_level(record, span)


def _result(doc: Doc, span: Span, head: Token, words: ChangeWords, owner: dict[int, int]) -> Optional[Change]:
    """A number that is where a move ended: "to" object of a change word, or followed by ", up/down (from)"
    or by an appositive change noun ("879 stg per tonne, a rise of three")."""
    governor = head.head
    if head.dep_ == "pobj" and governor.lower_ == "to":
        changer = changer_of(governor, words)
        if changer is not None and changer.i not in range(span.start, span.end):
            start = _record_of(changer, "from", owner)
            verb = _verb_of(changer)
            amount = _amount_of(changer, owner, span)
            if start is None:
                start = _from_after(span, owner)
            if amount is None and verb is not changer:
                amount = _amount_of(verb, owner, span)
            return Change(words.direction(changer) or "", verb, start, amount)
    start = _from_before(doc, span, owner)
    if start is not None:
        changer = changer_of(doc[start[0]], words)
        if changer is not None:
            return Change(words.direction(changer) or "", changer, start[1])
    return _following_change(doc, span, words, owner)


def _words(doc: Doc, i: int, step: int, limit: int) -> list[Token]:
    """Up to ``limit`` tokens from ``i`` on in direction ``step``, line breaks of hard-wrapped copy skipped."""
    found: list[Token] = []
    end = len(doc)
    while 0 <= i < end and len(found) < limit:
        token = doc[i]
        if not token.is_space:
            found.append(token)
        i += step
    return found


def _next_word_in(doc: Doc, i: int, step: int, forms: tuple[str, ...]) -> bool:
    """Whether the first word ``_words`` reads from ``i`` in direction ``step`` is one of ``forms`` (lower case);
    read here, not through a list of one word: most numbers are asked it twice."""
    end = len(doc)
    while 0 <= i < end:
        token = doc[i]
        if not token.is_space:
            return token.lower_ in forms
        i += step
    return False


def _from_before(doc: Doc, span: Span, owner: dict[int, int]) -> Optional[tuple[int, int]]:
    """"from X to <span>" (also "from around 20% now to 24%"): the index of "from" and X's record, whatever
    the parser made of the pair."""
    if not _next_word_in(doc, span.start - 1, -1, ("to",)):
        return None  # most numbers follow no "to": the words before it are not read
    before = _words(doc, span.start - 1, -1, FROM_GAP + 2)
    between = 1
    while between < len(before) and before[between].i not in owner and between <= FROM_GAP \
            and (before[between].pos_ == "ADV" or before[between].ent_type_ in ("DATE", "TIME")):
        between += 1
    if between >= len(before) or before[between].i not in owner:
        return None
    start = owner[before[between].i]
    first = before[between].i
    while first > 0 and owner.get(first - 1) == start:
        first -= 1
    opener = _words(doc, first - 1, -1, 1)
    return (opener[0].i, start) if opener and opener[0].lower_ == "from" else None


def _following_change(doc: Doc, span: Span, words: ChangeWords, owner: dict[int, int]) -> Optional[Change]:
    """", down from 26" / ", up four" / ", a rise of three" right after a level (and its rate: "per tonne")."""
    if not _next_word_in(doc, span.end, 1, ("per", ",")):
        return None  # most numbers are followed by neither: the window after it is not read
    after = _words(doc, span.end, 1, FROM_WINDOW + 4)
    while len(after) > 1 and after[0].lower_ == "per":
        after = after[2:]
    if len(after) < 3 or after[0].text != ",":
        return None
    word, following = after[1], after[2]
    if word.lower_ in ("up", "down"):
        if following.lower_ == "from":
            start = next((t for t in after[3:] if t.i in owner), None)  # "from 611p", "from a close of 43.41"
            return Change(words.adverbs[word.lower_], start=owner[start.i] if start is not None else None)
        if following.like_num or following.pos_ == "NUM":
            return Change(words.adverbs[word.lower_], amount=owner.get(following.i))
        return None
    if word.lower_ in ("a", "an") and following.lemma_.lower() in words.nouns \
            and (following.dep_ == "appos" or len(after) > 3 and after[3].lower_ == "of"):
        amount = next((t.i for t in following.subtree if t.i in owner and t.i > following.i), None)
        return Change(words.nouns[following.lemma_.lower()], amount=owner.get(amount) if amount is not None else None)
    return None


def _from_after(span: Span, owner: dict[int, int]) -> Optional[int]:
    """"to 405 mln ringgit from 105", the parser hanging "from" on the result: the start right after it."""
    after = _words(span.doc, span.end, 1, 2)
    return owner.get(after[1].i) if len(after) == 2 and after[0].lower_ == "from" else None


def _verb_of(changer: Token) -> Token:
    """"were up 1.3 pct to 1.90 billion dlrs", "closed up 23 points to 6661.89": the verb an "up" or "down" result
    hangs on says what moved (its subject) and may hold the amount ("points" of "closed"); else the change word: an
    object moved ("taking 1-1/8 pct down to 13/16 pct"), or the adverb has its own subject ("reported a net profit
    up 34.8 pct to")."""
    verb = changer.head
    if changer.pos_ == "ADV" and changer.dep_ == "advmod" and verb.pos_ in ("VERB", "AUX") \
            and not any(child.dep_ == "dobj" for child in verb.children) \
            and not any(child.dep_ in SUBJECT_DEPS for child in changer.children):
        return verb
    return changer


def _record_of(changer: Token, preposition: str, owner: dict[int, int]) -> Optional[int]:
    for child in changer.children:
        if child.dep_ == "prep" and child.lower_ == preposition:
            for token in child.subtree:
                if token.i in owner:
                    return owner[token.i]
    return None


def _amount_of(changer: Token, owner: dict[int, int], result: Span) -> Optional[int]:
    """The move a result came by: the change verb's "by" object or its direct amount."""
    amount = _record_of(changer, "by", owner)
    if amount is None:
        amount = next((owner[child.i] for child in changer.children if child.dep_ in ("dobj", "npadvmod")
                       and child.i in owner and not result.start <= child.i < result.end), None)
    return amount


def _changed_quantity(governor: Token, span: Span, words: ChangeWords) -> Optional[str]:
    """What moved: a noun's "in" complement (else a change noun that names a quantity of its own: "sales growth of
    8%", "1.9 pct growth in 1985"), a transitive change verb's object (not another number's noun: "will
    increase eight cts a pound, rather than five cts" says what the cents are of by its subject), an intransitive
    verb's subject;
    after a verb of no change that takes an object ("BMW sold nearly 95,000 cars ..., up 2.6%"), the object: the
    seller is no quantity."""
    found = noun_phrase(_changed(governor, span, words), words)
    if found is None and governor.pos_ == "NOUN" and governor.lemma_.lower() in words.measured_changes:
        return noun_phrase(governor, words, span.end if governor.i >= span.end else 0)  # "sales growth of 8%"
    return found


def _changed(governor: Token, span: Span, words: ChangeWords) -> Optional[Token]:
    """The noun ``_changed_quantity`` names what moved by."""
    obj = next((c for c in governor.children if c.dep_ == "dobj" and not span.start <= c.i < span.end
                and not _set_off_after(span, c)), None)
    if governor.pos_ == "NOUN":
        target = next((grand for child in governor.children if child.dep_ == "prep" and child.lower_ == "in"
                       for grand in child.children if grand.dep_ == "pobj"), None)
        if target is not None and target.ent_type_ in NOT_QUANTITY_ENTITIES:
            target = None  # "a 6.1% increase in the September Tankan": a survey, not what rose
    elif obj is not None and (governor.lemma_.lower() in words.transitive or _moved_by_particle(governor, words)):
        target = None if _counts_another_number(obj) else obj
    elif obj is not None and governor.pos_ == "VERB" and words.direction(governor) is None \
            and governor.lemma_.lower() not in words.level_verbs:  # "carloadings totaled 26,108 cars, down 2.2 pct"
        target = _with_absolute(span, words) or contents_of(obj, words)
    else:
        target = contents_of(subject_of(governor), words)
    return target


def _set_off_after(span: Span, noun: Token) -> bool:
    """"widened to more than $60bn (£31.7bn), an all-time record": a noun after the figure and a comma says what the
    figure is, in apposition; it is no object the verb moved, which stands before the figure."""
    return noun.i >= span.end and any(token.text == "," for token in span.doc[span.end:noun.left_edge.i])


def numbered(noun: Optional[Token], words: ChangeWords) -> Optional[Token]:
    """"the number of Japanese films": what a number noun counts (its "of" object); None for any other noun: a count
    that moves or reaches another quantity ("prices rose to 300") says nothing of what it counts."""
    if noun is None or noun.lemma_.lower() not in words.number_nouns:
        return None
    return next((grand for child in noun.children if child.dep_ == "prep" and child.lower_ == "of"
                 for grand in child.children if grand.dep_ == "pobj"), None)


def _moved_by_particle(verb: Token, words: ChangeWords) -> bool:
    """"helped to bring debt down to 35.8bn euros", "revised its forecast of the shortage down to around 700 mln stg":
    a verb its particle makes a change moves its object, as a transitive change verb does."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in words.particle_verbs \
        and any(child.dep_ == "prt" and child.lower_ in words.particles for child in verb.children)


def _counts_another_number(noun: Token) -> bool:
    """"increase eight cts a pound, rather than five cts": the object is another figure's noun; "boost its 1987
    imports" is dated, not counted."""
    return any(child.dep_ == "nummod" and not (len(child.text) == 4 and child.text.isdigit())
               for child in noun.children)


def _with_absolute(span: Span, words: ChangeWords) -> Optional[Token]:
    """"felt little Christmas cheer with December sales down 0.7%": the noun "with" takes right before the change
    word is what moved."""
    k = span.start - 1
    if k < 1 or span.doc[k].lower_ not in words.adverbs:
        return None
    noun = span.doc[k - 1]
    return noun if noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ == "with" else None


def contents_of(noun: Optional[Token], words: ChangeWords) -> Optional[Token]:
    """"The breakdown of the spread premium equated to 20 stg", "the amount of factory capacity in use rose to
    77.6%": a container names what it holds in its "of"."""
    if noun is None or noun.lemma_.lower() not in words.containers:
        return noun
    return next((grand for child in noun.children if child.dep_ == "prep" and child.lower_ == "of"
                 for grand in child.children if grand.dep_ == "pobj"), noun)


def subject_of(verb: Token) -> Optional[Token]:
    """The verb's subject, or its controller's when it is an infinitive ("is forecast to drop") or the first of
    two joined verbs ("rose 5% and then fell"); a noun right before a joined verb is its own subject, whatever
    the parser made of it ("... from 115.3 mln and available seat miles rose 15.0 pct")."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None or verb.dep_ not in ("xcomp", "conj"):
        return subject
    before = verb.i - 1
    while before > verb.head.i and verb.doc[before].pos_ in ("ADV", "AUX", "PART", "SPACE"):
        before -= 1
    if verb.dep_ == "conj" and verb.doc[before].pos_ in ("NOUN", "PROPN"):
        noun = verb.doc[before]
        while noun.dep_ == "pobj" and noun.head.head.pos_ in ("NOUN", "PROPN") and verb.head.i < noun.head.head.i:
            noun = noun.head.head  # "and return on average equity rose": the subject is the return
        return noun
    return next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS), None)


def noun_phrase(noun: Optional[Token], words: ChangeWords, floor: int = 0) -> Optional[str]:
    """A noun with its compound and adjective modifiers, without determiners or possessors ("Soyabean exports"),
    starting no earlier than ``floor`` (a number's own unit is not part of what it counts: "a 912km pipeline")."""
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.like_num or noun.ent_type_ in ("DATE", "TIME") \
            or noun.i < floor or len(noun.text) < 2 or reads_as_verb(noun):
        return None  # a one-letter "noun" labels a class or an item ("R : 50,000₩"); nor is a verb the tagger missed
    first = noun.i
    while first > max(noun.left_edge.i, floor) and noun.doc[first - 1].dep_ in QUANTITY_DEPS \
            and noun.doc[first - 1].head.i >= first:
        first -= 1
        first = _hyphen_start(noun.doc, first, max(noun.left_edge.i, floor))
    return noun.doc[_past_measure(noun.doc, first, noun.i, words):noun.i + 1].text


def _past_measure(doc: Doc, first: int, last: int, words: ChangeWords) -> int:
    """Where a noun phrase starts past a measure glued to a number ("a 10-year loan", "a two-year loss" name a loan
    and a loss: the length is no part of the name; "one-time gains" keep theirs)."""
    if first + 2 < last and doc[first].like_num and _glued_measure(doc, first + 2, words):
        return first + 3
    if first < last and _glued_measure(doc, first, words):
        return first + 1
    return first


def _glued_measure(doc: Doc, k: int, words: ChangeWords) -> bool:
    """Whether the word at ``k`` is a measure a hyphen glues to a number before it ("10-year", "two-week")."""
    return k >= 2 and doc[k].lemma_.lower() in words.glued_measures and doc[k - 1].text in ("-", "–") \
        and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_ and doc[k - 2].like_num


def _hyphen_start(doc: Doc, first: int, floor: int) -> int:
    """Where a word joined by hyphens to ``first`` starts: "coal-fired", "ground-mounted" are one modifier, though
    the parser hangs only their last part on the noun."""
    while first - 2 >= floor and doc[first - 1].text == "-" and not doc[first - 1].whitespace_ \
            and not doc[first - 2].whitespace_ and doc[first - 2].is_alpha:
        first -= 2
    return first


def _is_level(record: Record, span: Span) -> bool:
    """An amount a change verb takes directly is a level's move, not a count of things ("cut 300 jobs")."""
    return record.get("kind") in LEVEL_KINDS or span[-1].lower_ in POINT_NOUNS

