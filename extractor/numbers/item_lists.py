"""Lists whose items name their terms once: a wire's loadings by destination ("30,000 tonnes for China, 31,000 for
the Soviet Union, 25,000 for Turkey"), its buyers by name ("Saudi Arabia 90,944 tonnes barley, China 87,259 wheat"),
rain by province ("83 mm in Cordoba, 41 in Santa Fe"), and the parts a heading lists ("loading 32,000 tonnes,
including 24,000 for Egypt, 6,000 for Tanzania").

A reader carries the unit and currency of the item before to a later item that names none, and reads a figure before
a noun in the singular ("87,259 wheat", "53,000 of wheat") as an amount of that stuff in the item's unit, no count
of it; the noun is not carried, for each item names its own thing after its preposition ("450 crowns for the
restricted and 455 for the free shares"). Only parallel items are linked: each figure followed by the same
preposition and a name, or preceded by a name, or the first part a heading's "including" opens; elsewhere a figure
keeps what it says itself.
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Span

from .changes import ChangeWords, Link, Record
from .tokens import PARAGRAPH_BREAK, DocTokens, text_between

_NAME_AFTER = r"(?:the\s+)?(?:[A-Z][\w.'&/-]*\s+){1,4}"  # "China ", "the Soviet Union ", "the U.K. "
_ITEM_END = r"(?:,\s*(?:and\s+)?|\s+and\s+)"  # what parts two items: ", ", " and ", ", and "
# "... barley, China 87,259": the rest of the item before (its noun, "of wheat", "wheat and barley") and a name.
# The last item's name after "and" may open with common words ("and west coast Africa 4,130"); not after a comma
# alone (", above Friday's 17.15-20 range").
_NAME_FIRST = re.compile(r"(?:\s+[a-z]+){0,4}(?:" + _ITEM_END + _NAME_AFTER + r"|,?\s+and\s+(?:[a-z]+\s+){1,2}"
                         + _NAME_AFTER + ")")
_PLAIN = re.compile(r",\s*(?:and\s+)?|\s+and\s+")  # "47,000 tonnes of barley, 78,600 of wheat"
_NAME_REACH = 40  # characters of the name after an item's preposition ("for the\nSoviet Union")
_SENTENCE_END = re.compile(r"[.;:!?]")
_AFTER_REACH = 12  # characters after a later item read for its preposition


def item_links(doc: DocTokens, records: list[Record], spans: list[Optional[Span]], words: ChangeWords) -> list[Link]:
    """``(earlier, later, "item")`` for each later item of a list that may take the earlier one's terms: a bare
    figure, or a count of a noun in the singular (an amount of stuff); ``(heading, part, "part")`` for the bare
    first part a heading lists, which takes its noun too. Which terms they take is ``share_terms``' and
    ``share_counted``' call, along these links only forward."""
    found = []
    after = re.compile(r"\s+(?P<prep>" + "|".join(sorted(words.item_prepositions)) + r")\s+(?P<name>[^\d;:()]{1,%d}?)"
                       % _NAME_REACH + _ITEM_END)
    for n in range(len(records) - 1):
        first, later = records[n], records[n + 1]
        if first["kind"] == "age" or later["start"] <= first["end"]:
            continue
        mass = _mass_count(later, spans[n + 1])
        if not (mass or _is_bare(later)):
            continue
        between = text_between(doc, first["end"], later["start"])
        if PARAGRAPH_BREAK.search(between) or first["sentence"] != later["sentence"] and _SENTENCE_END.search(between):
            continue  # the parser may end a sentence inside a list ("Morocco 27,500 maize,\nGreece 26,700 wheat")
        glue = after.fullmatch(between)
        if glue is not None:
            following = text_between(doc, later["end"], later["end"] + _AFTER_REACH)
            parallel = re.match(r"\s+" + glue["prep"] + r"\s", following, re.IGNORECASE) is not None
        elif _heads(between, words):
            if _is_bare(later) and first.get("value") and later["value"] <= first["value"]:
                found.append((n, n + 1, "part"))
            continue
        else:
            parallel = _NAME_FIRST.fullmatch(between) is not None or mass and _PLAIN.fullmatch(between) is not None
        if parallel:
            found.append((n, n + 1, "item"))
    return found


def _heads(between: str, words: ChangeWords) -> bool:
    """ "32,000 tonnes, including 24,000": a heading's figure and the first part it lists."""
    glue = between.strip(" ,\n").lower()
    return glue in words.list_headings


def _is_bare(record: Record) -> bool:
    return record["kind"] == "count" and record["counted"] is None and record["unit"] is None \
        and record["qualifier"] != "vague"


def _mass_count(record: Record, span: Optional[Span]) -> bool:
    """ "87,259 wheat", "53,000 of wheat": a count of more than one whose noun, in the record's own words, is in the
    singular names an amount of stuff, no number of things."""
    counted = record["counted"]
    if span is None or counted is None or record["kind"] != "count" or record["unit"] is not None \
            or not record["value"] or record["value"] <= 1:
        return False
    last = span[-1]
    following = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    return last.tag_ == "NN" and last.lower_ == counted.split()[-1].lower() and last.dep_ != "compound" \
        and (following is None or following.pos_ not in ("PROPN", "NOUN", "X"))  # "USB 3.2 type C ones": a name
