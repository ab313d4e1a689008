"""Numbers that measure one quantity, and what they tell each other about it.

A sentence often gives one quantity several figures and says what it is only once: a change's start,
amount and result ("Historical cost operating profit was 61 mln stg, up from 16 mln"), a level restated
in another currency ("879 stg per tonne, ... equivalent to 1,410 dlrs"), a list that names its unit at
the end ("20, seven and five stg"), a results table's two periods ("Net 603.0 mln dlrs vs 813.0 mln"), two
verbs sharing what they count ("killed 45 workers and injured 185"). A reader takes the noun, the currency and
the scale of one figure for all of them; so do we, but only along these links, and a figure keeps whatever it
says itself.
"""

from __future__ import annotations

import re
from typing import Callable, Optional

from spacy.tokens import Doc, Span, Token

from ..doc_utils import sentence_bounds
from .changes import LEVEL_KINDS, SAME_TERMS, ChangeWords, Link, Record
from .counted import json_number
from .tokens import PARAGRAPH_BREAK, text_between

ELIDED_SCALE_RATIO = (0.1, 10.0)  # a start or amount this close to its partner's figure before its scale shares it
_LIST_GLUE = re.compile(r",?\s*(?:and|or)?\s*")
_GLUE_CHARS = re.compile(r"[,\sandor]*")  # every character ``_LIST_GLUE`` can match
_COMPARED_GAP = 12  # characters: " versus " with room for wrapped spaces
_COMPARED_GLUE = re.compile(r"\s+(?:vs\.?|versus|against)\s+", re.IGNORECASE)
_BRACKET_OPEN = re.compile(r"\s*\(")
_LIST_SEPARATOR = re.compile(r"\s*[;,]\s*")
# What joins a bare figure to the figure before it as the same quantity at another time or place: "up from",
# "compared with", the level of an estimate or a season named after them ("246,000 ha versus a February 1 estimate
# of 236,000"), or "and" after a year or place ("33,000 tonnes in 1986 and 31,000 in 1985").
_EARLIER_GLUE = re.compile(
    r"(?:[^;:()\[\]]{0,50}?[\s,])?(?:(?:(?:up|down|rising|falling|unchanged)\s+)?from|compared\s+(?:with|to)|against"
    r"|versus|vs\.?)\s+(?:(?P<named>(?:a|an|the|its|their)\s+(?:[\w'/-]+\s+){1,4}?of\s+)|(?:(?:a|an|the)\s+)?"
    r"(?:(?:revised|estimated|provisional|preliminary|year-ago|yearago|previous|initial)\s+)?)"
    r"|\s+in \S+\s+and\s+", re.IGNORECASE)
# The next figure of such a comparison, the level of another named period or estimate: "versus a February 1 estimate
# of 236,000 and actual area harvested last campaign of 217,000".
_NEXT_EARLIER_GLUE = re.compile(r",?\s+(?:and|or)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w'/-]+\s+){1,5}?of\s+",
                                re.IGNORECASE)
_EARLIER_GAP = 70  # characters between the two figures
# A percentage and the bare figure after it set against it alone: "3.905 pct against the 3.955 close" (no "from").
_COMPARED_PERCENT = re.compile(r"\s+(?:against|versus|vs\.?|compared\s+(?:with|to))\s", re.IGNORECASE)
_ACCOUNT_REACH = 60  # characters before a figure that name its account ("made a loss of 44 mln stg")
_RATE_BASE = re.compile(r"\b(?:per|every|in)\s+$", re.IGNORECASE)  # "7.5 connections per 100 people": no level
EARLIER_RATIO = (0.05, 20.0)  # a bare figure this close to its partner's (before the scale) measures the same
POINTS = frozenset({"point", "points"})
_COMPARED = ("compared", "named")  # a figure set against another: "vs 813.0 mln", "versus a February 1 estimate of"
ITEM_LINKS = ("item", "part")  # ``item_lists``: a list's later item, the first part a heading lists
# "487,000 tonnes, of which 107,000 are ...", "918,707 bags to all markets, of which 326,182 are ...": a few words
# of the whole's own clause may lie between, no other figure, clause or bracket.
_PARTITIVE_GLUE = re.compile(r"(?:\s+[^\d,;:()]{1,40}?)?,?\s+of\s+which\s+", re.IGNORECASE)
_NEXT_PART_GLUE = re.compile(r"\s+[^\d,;:()]{1,60}?\s+and\s+")  # "... are grains/oilseeds and 380,000 derivatives"


def equivalent_links(doc: Doc, records: list[Record], spans: list[Optional[Span]], links: list[Link],
                     equivalents: frozenset[str]) -> list[Link]:
    """"879 stg per tonne, ... equivalent to 1,410 dlrs": a figure after "equivalent to" restates the nearest
    figure of its kind before it in the sentence (an amount a level moved by is no such figure)."""
    amounts = {other for _, other, how in links if how == "amount"}
    found = []
    for n, record in enumerate(records):
        span = spans[n]
        if span is not None and not _after_to(span):
            continue
        before = text_between(doc, max(0, record["start"] - 40), record["start"]).lower().split()
        if len(before) < 2 or before[-1] != "to" or before[-2] not in equivalents:
            continue
        sentence_start = 0
        if span is not None and doc.has_annotation("SENT_START"):
            sentence_start = doc[sentence_bounds(doc, span.start)[0]].idx
        partner = next((m for m in range(n - 1, -1, -1) if records[m]["start"] >= sentence_start
                        and records[m]["kind"] == record["kind"] and m not in amounts), None)
        between = text_between(doc, records[partner]["end"], record["start"]) if partner is not None else ""
        if PARAGRAPH_BREAK.search(between):
            partner = None  # "NOTE: ... tax credits equal to 18 cts" restates nothing in the table above it
        if partner is not None:
            found.append((partner, n, "restated"))
    return found


def _after_to(span: Span) -> bool:
    """Whether the word before ``span`` is "to": the tokenizer never splits or joins that word, so a figure
    without it can have no "equivalent to" before it, and its text need not be read."""
    k = span.start - 1
    while k >= 0 and span.doc[k].is_space:
        k -= 1
    return k >= 0 and span.doc[k].lower_ == "to"


def list_links(doc: Doc, records: list[Record], spans: list[Optional[Span]]) -> list[Link]:
    """"20, seven and five stg", "5-3/4, 5-1/4 pct": figures joined only by commas and "and"/"or". Two that each name
    their own terms, in kinds apart and neither a share of the other (a percentage: "370,500 shares, or 9.2 pct"),
    are two quantities ("Rs 24 lakh in the four attempts and Rs 40 lakh", "at 4,480 dlrs and 2.27 times")."""
    found, sums = [], set()
    for n in range(len(records) - 1):
        if records[n + 1]["start"] <= records[n]["end"] or not _may_glue(doc, spans[n], spans[n + 1]):
            continue  # no text between them, or a word that is no glue
        if _apart(records[n], records[n + 1]):
            continue
        glue = text_between(doc, records[n]["end"], records[n + 1]["start"])
        if glue.strip() and _LIST_GLUE.fullmatch(glue):
            if _total_or_per_share(records[n], records[n + 1], glue):
                sums.add(n)
            found.append((n + 1, n, "listed"))
    return [(a, b, "per share" if a in sums or b in sums else how) for a, b, how in found]


def _apart(first: Record, second: Record) -> bool:
    kinds = {first["kind"], second["kind"]}
    return len(kinds) > 1 and "percent" not in kinds and not (_is_bare(first) or _is_bare(second))


def _total_or_per_share(first: Record, second: Record, glue: str) -> bool:
    """"a loss of 553,000 or 11 cts a share": a sum and, after "or", its share in coins (money with a unit that
    is no rate: cents, pence) of one thing; the sum is no number of cents, nor is one listed beside it
    ("credits of 2,227,000 or four cts and 4,841,000 or nine cts"), so such links share only what is counted."""
    coin = second.get("kind") == "money" and second.get("unit") is not None and not second["unit"].startswith("per ")
    return coin and "or" in glue.split() and first.get("unit") is None


def compared_links(doc: Doc, records: list[Record]) -> list[Link]:
    """"Net 603.0 mln dlrs vs 813.0 mln", "Group shr 18.34 yen vs 58.72", "28 dlrs per bag against 7.0": a figure
    joined to the one before it by "vs" or "against" alone is the same quantity at another time (a results table
    names the money once)."""
    return [(n + 1, n, "compared") for n in range(len(records) - 1)
            if records[n + 1]["start"] - records[n]["end"] <= _COMPARED_GAP
            and _COMPARED_GLUE.fullmatch(text_between(doc, records[n]["end"], records[n + 1]["start"]))]


def earlier_links(doc: Doc, records: list[Record], scale_of: Callable[[str], Optional[float]]) -> list[Link]:
    """"exported 18,367 tonnes in 1986, up from 17,359 in 1985", "rose to 70,000 tonnes on March 21 compared with
    10,000 a week earlier", "from 33,000 tonnes in 1986 and 31,000 in 1985": a bare figure right after a figure of
    money or a measure (or a count that names its noun), joined to it by words of comparison, is the same quantity
    at another time and is measured alike, when the two are of a size (a percentage is left alone: "up 5 pct from
    100" moves no %, and so is a rate's base: "7.5 connections per 100 people, compared to 6.7 in Germany" counts
    no people); so is money that names its account but no currency ("a loss of 44 mln stg in 1986 against a 35
    mln loss"), not money that names neither ("five billion francs of investment from the 41 billion francs").
    The figure of an estimate, season or price named before its "of" ("versus a February 1 estimate of 236,000")
    is linked as "named", and so is the next such figure after "and" ("and actual area harvested last campaign of
    217,000"): measured alike, but the estimate's name is no noun for the figure it is set against."""
    found = []
    for n in range(1, len(records)):
        bare, partner = records[n], records[n - 1]
        if found and found[-1][::2] == (n - 1, "named") and _is_bare(bare) and bare["sentence"] == partner["sentence"] \
                and bare.get("value") and partner.get("value") \
                and EARLIER_RATIO[0] <= bare["value"] / partner["value"] <= EARLIER_RATIO[1] \
                and _NEXT_EARLIER_GLUE.fullmatch(between := text_between(doc, partner["end"], bare["start"])) \
                and not PARAGRAPH_BREAK.search(between):
            found.append((n, n - 1, "named"))
            continue
        alike = _measured_alike(bare, partner, scale_of)
        if not (_is_bare(bare) or _lacks_currency(bare) and bare["counted"] is not None or alike) \
                or bare["sentence"] != partner["sentence"] \
                or partner.get("low") is not None \
                or not (partner["kind"] in ("money", "measure", "percent")
                        or partner["kind"] == "count" and partner["counted"]):
            continue
        if _lacks_currency(bare) and bare["counted"] is not None and bare["counted"].lower() not in text_between(
                doc, max(0, partner["start"] - _ACCOUNT_REACH), partner["start"]).lower():
            continue  # "a surplus of 180 mln crowns, against a 3.04 billion deficit": another account
        if bare["start"] - partner["end"] > _EARLIER_GAP or not bare.get("value") or not partner.get("value") \
                or partner["kind"] == "count" and _RATE_BASE.search(doc.text, max(0, partner["start"] - 8),
                                                                    partner["start"]):
            continue
        scale = scale_of(partner["text"]) if scale_of(bare["text"]) is None else None
        ratio = bare["value"] / (partner["value"] / (scale or 1))
        between = text_between(doc, partner["end"], bare["start"])
        if partner["kind"] == "percent" and not _COMPARED_PERCENT.match(between):
            continue  # "up 5 pct from 100": a move's start is no percentage
        glue = _EARLIER_GLUE.fullmatch(between)
        if EARLIER_RATIO[0] <= ratio <= EARLIER_RATIO[1] and not PARAGRAPH_BREAK.search(between) and glue \
                and not (alike and glue["named"] is None):
            found.append((n, n - 1, "compared" if glue["named"] is None else "named"))
    return found


def _measured_alike(figure: Record, partner: Record, scale_of: Callable[[str], Optional[float]]) -> bool:
    """A figure written with no terms but its scale that counts nothing in the terms of its partner's money or
    measure, which a list gave it ("its previous estimate of 4.651 mln and 4.57 mln ha"): still the level of an
    estimate named before it, as a bare figure would be; one that writes its unit ("a provisional figure of 1.3 mln
    tonnes") stands on its own."""
    words = [word for word in figure["text"].split() if not any(char.isdigit() for char in word)]
    return figure["counted"] is None and figure["kind"] in ("money", "measure") \
        and all(figure.get(key) == partner.get(key) for key in SAME_TERMS) \
        and (not words or len(words) == 1 and scale_of(figure["text"]) is not None)


def _may_glue(doc: Doc, left: Optional[Span], right: Optional[Span]) -> bool:
    """Whether every token between two records' tokens is made of the glue's characters: most pairs have a word
    between them, and this settles them without reading the text between."""
    if left is None or right is None:
        return True
    return all(_GLUE_CHARS.fullmatch(doc[k].text) for k in range(left.end, right.start))


def parallel_links(records: list[Record], spans: list[Optional[Span]], heads: list[Optional[Token]],
                   owner: dict[int, int], words: ChangeWords) -> list[Link]:
    """"killed 45 workers and injured 185", "killed two people, injured 20": a bare figure that a second verb,
    sharing the first one's subject, takes as object counts what the first verb's object counts (``owner``: the
    records' ``token_owners``)."""
    found = []
    for n, (span, head) in enumerate(zip(spans, heads)):
        if span is None or records[n].get("counted") is not None or records[n]["kind"] != "count":
            continue
        verb = head.head
        if head.dep_ != "dobj" or verb.dep_ not in ("conj", "advcl") or verb.head.pos_ != "VERB" \
                or verb.head.i > verb.i or any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children):
            continue  # a verb with a subject of its own starts another clause ("Avg shrs diluted 1,859,421")
        first = next((child for child in verb.head.children if child.dep_ == "dobj"), None)
        partner = None if first is None else owner.get(first.i)
        if partner is not None and partner != n:
            found.append((partner, n, "listed"))
    return found


def elided_links(doc: Doc, records: list[Record], scale_of: Callable[[str], Optional[float]]) -> list[Link]:
    """"to rise to 1.56 mln tonnes in 1987 and 2.11 mln in 1988", "grew 209.24 billion rupees ..., compared to a
    growth of 155.38 billion", "3.4 mln bales of cotton ... after 2.96 mln in 1985/86": a bare figure at a scale
    (millions, billions) is the quantity of the last scaled figure before it in its paragraph's sentence that names
    its money, unit or noun, outside brackets; the wire names those once. A table's next row is no such sentence
    ("Revs 236.1 mln vs 256.2 mln\\n    Avg shrs 7.8 mln"). What it counts goes from that figure to it, not back."""
    found = []
    named: list[int] = []  # the sentence's scaled figures that name their terms, last first
    for n, record in enumerate(records):
        if named and (records[named[0]]["sentence"] != record["sentence"]
                      or PARAGRAPH_BREAK.search(text_between(doc, records[named[0]]["end"], record["start"]))):
            named = []
        if scale_of(record["text"]) is None:
            continue
        if _is_bare(record):
            partner = next((m for m in named if _outside_brackets(text_between(doc, records[m]["end"],
                                                                              record["start"]))), None)
            if partner is not None:
                found.append((partner, n, "elided"))
        elif record["kind"] in ("money", "measure") or record["kind"] == "count" and record.get("counted"):
            named.insert(0, n)
    return found


def _outside_brackets(between: str) -> bool:
    """Whether the text after a figure closes no bracket it was in: "77m euros (£53m; $100m), up from 38m" gives 38m
    the terms of the 77m, not of a restatement in brackets."""
    return between.count(")") <= between.count("(")


def share_terms(records: list[Record], links: list[Link], scale_of: Callable[[str], Optional[float]]) -> None:
    """A bare number takes the kind, unit and currency of a partner ("16 mln" after "61 mln stg"), along chains too,
    except a level from a percentage it moved by ("rose 9.5 pct to 10.9 mln" is no level of 10.9 million %), a sum
    from its share in coins ("553,000 or 11 cts a share") and a listed figure from one of another scale ("peaked at
    11.9m and 49.2%"); a change's start or amount takes its level's scale when the sentence leaves it out ("to
    3,061.8 billion francs from 3,304.1"), and so does a figure after "vs" ("9.06 billion dlrs vs 7.52"); such
    figures in a price's money share its rate ("fell 2 dlrs to 400 dlrs an ounce")."""
    changed = True
    while changed:
        changed = False
        for level, other, how in links:
            for bare, partner, moved_by in _sharing_pairs(records, level, other, how):
                kind = partner.get("kind")
                if how in ITEM_LINKS:
                    changed |= _share_item_terms(bare, partner, scale_of)
                    continue
                if _lacks_currency(bare) and (how not in _COMPARED or kind != "money" or partner.get("currency") is None
                                              or partner.get("unit") is not None):
                    continue  # a results row's money takes only the currency of its figure across "vs", no coin
                if how == "per share" or not (_is_bare(bare) or _lacks_currency(bare)) or kind not in LEVEL_KINDS \
                        or moved_by and kind == "percent" \
                        or how == "listed" and scale_of(bare["text"]) != scale_of(partner["text"]):
                    continue
                bare.update({key: partner.get(key) for key in SAME_TERMS})
                changed = True
    for level, other, how in links:
        for bare, partner in ((records[level], records[other]), (records[other], records[level])):
            if how in ("start", "amount", *_COMPARED) and bare.get("kind") == partner.get("kind"):
                _restore_scale(bare, partner, scale_of)
                _share_rate(bare, partner)


def _sharing_pairs(records: list[Record], level: int, other: int, how: str) -> tuple[tuple[Record, Record, bool], ...]:
    """``(bare, partner, moved by)`` for each way a link may share terms: a list's item or heading gives them only to
    the items after it (``item_lists``: the link is ``(earlier, later)``)."""
    if how in ITEM_LINKS:
        return ((records[other], records[level], False),)
    return ((records[level], records[other], how == "amount"), (records[other], records[level], False))


def _share_item_terms(item: Record, before: Record, scale_of: Callable[[str], Optional[float]]) -> bool:
    """A later item of a list (a bare figure, or an amount of stuff: "87,259 wheat") takes the kind, unit and
    currency of the item before it when that one names a level's and both are written at one scale ("Hong Kong 6.4
    billion" after "South Korea 7.1 billion dlrs"); whether it took them."""
    if before.get("kind") not in LEVEL_KINDS or item.get("kind") != "count" or item.get("unit") is not None \
            or scale_of(item["text"]) != scale_of(before["text"]) \
            or item.get("counted") is not None and before.get("kind") == "percent":
        return False
    item.update({key: before.get(key) for key in SAME_TERMS})
    return True


def share_partitives(doc: Doc, records: list[Record], scale_of: Callable[[str], Optional[float]]) -> None:
    """"arrivals total 487,000 tonnes, of which 107,000 are grains/oilseeds and 380,000 derivatives", "worth 23,442
    billion lire, of which 20,322 was held by operators", "918,707 bags ..., of which 326,182 are for the pool": a
    figure right after "of which" (and one joined to it by "and" later in its clause) is a part of the figure before
    it, measured alike: a bare count takes that figure's kind, unit, currency and scale, and its noun where it names
    none; a part larger than its whole is no part, and a share of it ("of which more than half") stays a share."""
    for n in range(1, len(records)):
        whole = records[n - 1]
        if whole["sentence"] != records[n]["sentence"] or whole["kind"] not in ("money", "measure", "count") \
                or not _PARTITIVE_GLUE.fullmatch(text_between(doc, whole["end"], records[n]["start"])):
            continue
        part = n
        while part < len(records) and records[part]["sentence"] == whole["sentence"] and _take_part(
                records[part], whole, scale_of):
            part += 1
            if part == len(records) or not _NEXT_PART_GLUE.fullmatch(
                    text_between(doc, records[part - 1]["end"], records[part]["start"])):
                break


def _take_part(part: Record, whole: Record, scale_of: Callable[[str], Optional[float]]) -> bool:
    """Give a bare count the terms of the whole it is part of; whether it took them."""
    if part["kind"] != "count" or part["unit"] is not None or part["qualifier"] == "vague" \
            or not part["value"] or abs(part["value"]) < 1 or whole["kind"] == "count" and whole["counted"] is None:
        return False  # a share ("of which about two-thirds are") is no amount of the whole's terms
    scale = scale_of(whole["text"]) if scale_of(part["text"]) is None else None
    value = part["value"] * (scale or 1)
    if value > whole["value"] * (1 if whole["high"] is None else whole["high"] / whole["value"]):
        return False
    if scale:
        for key in ("value", "low", "high"):
            if part[key] is not None:
                part[key] = json_number(part[key] * scale)
    part.update({key: whole[key] for key in SAME_TERMS})
    if part["counted"] is None and whole["kind"] == "count":
        part["counted"] = whole["counted"]
    return True


def restated_links(doc: Doc, records: list[Record]) -> list[Link]:
    """"an $11bn (£5.7bn) accounting fraud", "fines of $3.5m (£1.8m)": money in brackets right after money in
    another currency restates it, and so does each sum of a list of them in one bracket ("a capitalisation of
    £5.7bn ($10.7bn; 8.2bn euros)")."""
    found = []
    for n in range(len(records) - 1):
        first = records[n]
        if first["kind"] != "money" or not _BRACKET_OPEN.fullmatch(
                text_between(doc, first["end"], records[n + 1]["start"])):
            continue
        listed = _bracketed_sums(doc, records, n + 1)
        if not listed or any(records[k].get("currency") == first.get("currency") for k in listed):
            continue
        found += [(n, k, "bracketed") for k in listed]
    return found


def _bracketed_sums(doc: Doc, records: list[Record], k: int) -> list[int]:
    """The sums listed from record ``k`` up to a closing bracket, each money and parted from the next by a semicolon
    or a comma; none when anything else comes first."""
    listed = [k]
    while records[k]["kind"] == "money":
        if text_between(doc, records[k]["end"], records[k]["end"] + 1) == ")":
            return listed
        if k + 1 >= len(records) or not _LIST_SEPARATOR.fullmatch(
                text_between(doc, records[k]["end"], records[k + 1]["start"])):
            return []
        k += 1
        listed.append(k)
    return []


def share_counted(records: list[Record], links: list[Link]) -> None:
    """A number whose counted noun is unknown counts what its partner counts, along chains too (a start, its
    result and the amount between them); a figure in brackets restating another counts what that one counts,
    whatever the parser hung on it ("an $11bn (£5.7bn) accounting fraud" is no count of the "discovery" before
    it). Points are what an index moved by, not what its percentage counts ("fell 102.2 points, or 0.36%"), and
    a figure "named" as an estimate's level gives its name to nobody ("6.606 mln hectares compared with its previous
    forecast of 6.601 mln" counts no forecast; "its previous estimate of 4.651 mln and 4.57 mln ha harvested" counts
    no estimate either). A list's items share no noun: each names its own thing after its preposition ("450 crowns
    for the restricted and 455 for the free shares"); the first part a heading lists counts what the heading counts
    ("made 35 saves, including 15 in the third period")."""
    for a, b, how in links:
        if how == "bracketed" and records[a].get("counted") is not None:
            records[b]["counted"] = records[a]["counted"]
    estimates = {id(records[a]) for a, _, how in links if how == "named"}
    changed = True
    while changed:
        changed = False
        for a, b, how in links:
            pairs = () if how == "item" else ((records[b], records[a]),) if how in ("elided", "part") \
                else ((records[a], records[b]),) if how == "named" \
                else ((records[a], records[b]), (records[b], records[a]))
            for empty, other in pairs:
                if empty.get("counted") is None and other.get("counted") is not None and id(other) not in estimates \
                        and not _points_of_another_kind(other, empty):
                    empty["counted"] = other["counted"]
                    changed = True


def _points_of_another_kind(other: Record, empty: Record) -> bool:
    return other["counted"].split()[-1].lower() in POINTS and other.get("kind") != empty.get("kind")


def _share_rate(bare: Record, partner: Record) -> None:
    """"fell 2 dlrs to 400 dlrs an ounce": a price's start, move or other period in its money is per what the price
    is per, though the sentence says it once."""
    rate = partner.get("unit") or ""
    if bare.get("kind") == "money" and bare.get("unit") is None and bare.get("currency") == partner.get("currency") \
            and rate.startswith("per "):
        bare["unit"] = rate


def _restore_scale(bare: Record, partner: Record, scale_of: Callable[[str], Optional[float]]) -> None:
    """A figure without a scale, the size of its partner's figure before its scale, is in the partner's scale;
    "from 900,000" next to "1.2 mln" already is."""
    scale = scale_of(partner["text"])
    if scale is None or scale_of(bare["text"]) is not None or not bare.get("value") or not partner.get("value"):
        return
    ratio = bare["value"] / (partner["value"] / scale)
    if ELIDED_SCALE_RATIO[0] <= abs(ratio) <= ELIDED_SCALE_RATIO[1]:
        for key in ("value", "low", "high"):
            if bare.get(key) is not None:
                bare[key] = json_number(bare[key] * scale)


def _lacks_currency(record: Record) -> bool:
    """Money that names no currency: a results row's account ("Net 22.12 mln vs 24.13 mln" after "... stg")."""
    return record.get("kind") == "money" and record.get("currency") is None and record.get("unit") is None


def _is_bare(record: Record) -> bool:
    """A figure with nothing of its own but the number ("16 mln", "four"): no unit, currency or noun."""
    return record.get("kind") == "count" and record.get("counted") is None and record.get("unit") is None \
        and record.get("qualifier") != "vague"
