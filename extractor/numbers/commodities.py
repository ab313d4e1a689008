"""What a commodity's price is of: "dealings in copper ended with three months Grade A business at 879 stg per
tonne" prices copper, not the business.

Market reports give a price per tonne, ounce or barrel as the level of a trade ("business at 879 stg per tonne",
"sales were booked at 1,750 dlrs per tonne") or of nothing the parse ties to it, and name the commodity elsewhere in
the sentence. A reader needs the commodity: a price per one of the ``commodity_units`` that counts nothing or only a
trade (``trade_words``) counts the one commodity its sentence names (``commodities``, by lemma); a sentence naming two
("gold added 0.1% ... Copper rose") leaves it as it is. Run after the levels are read, before the figures of one
quantity share what they count, so that a price's move ("a rise of three") counts the commodity too.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from ..doc_utils import sentence_tokens
from .changes import ChangeWords, Record, noun_phrase

_NAMES = frozenset({"ORG", "PERSON", "GPE", "FAC"})  # "Union Oil Co", "Gold Fields": a name, no commodity


def read_commodities(records: list[Record], spans: list[Optional[Span]], words: ChangeWords) -> None:
    """Set ``counted`` (in place) of each commodity price that counts nothing or a trade to its sentence's commodity."""
    for record, span in zip(records, spans):
        if span is None or record.get("kind") != "money" or not _per_commodity_unit(record, words):
            continue
        counted = record.get("counted")
        if counted is not None and counted.split()[-1].lower() not in words.trade_words:
            continue
        commodity = _sentence_commodity(span, words)
        if commodity is not None:
            record["counted"] = noun_phrase(commodity, words) or counted


def _per_commodity_unit(record: Record, words: ChangeWords) -> bool:
    """Whether the record is a price per a unit commodities are sold by ("per tonne", "per barrel")."""
    unit = record.get("unit") or ""
    return unit.startswith("per ") and unit[len("per "):] in words.commodity_units


def _sentence_commodity(span: Span, words: ChangeWords) -> Optional[Token]:
    """The one commodity noun the figure's sentence names, else None: none, two different ones, or a sentence that
    names a payment per unit (``payment_words``: "the bonus awarded was 119.05 dlrs per tonnes", "a maximum daily
    rebate ... at 141 Ecus a tonne" are no price of the wheat or maize). A commodity word that modifies another noun
    names it only before a price ("the tin price", "US gasoline futures"): "Soybean meal", "Union Oil Co" and the
    "crude" of "crude oil" are no commodity of their own."""
    found: dict[str, Token] = {}
    for token in sentence_tokens(span.doc, span.start):
        lemma = token.lemma_.lower()
        if lemma in words.payment_words:
            return None
        if token.pos_ in ("NOUN", "PROPN") and lemma in words.commodities and token.ent_type_ not in _NAMES \
                and (token.dep_ != "compound" or token.head.lemma_.lower() in words.price_words):
            found.setdefault(lemma, token)
    return next(iter(found.values())) if len(found) == 1 else None
