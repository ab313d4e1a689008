"""Quotes: the GenderGapTracker evaluation on its dev set, and direct quotes of PolNeAR dev.

GenderGapTracker (Asr et al. 2021) counts a predicted quote as found when it covers at least 30%
(or 80%) of a gold quote's characters, and judges the speaker over the found quotes; we report the
same figures so ours compare with theirs. PolNeAR annotates every attribution (Source, Cue,
Content); we score its direct quotes, the part our extractor claims to find verbatim.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional, Sequence

from .common import PRF, Span, Table, base_pipes, extract_records, overlap, prf_of, rate

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from extractor import Extractor

THRESHOLDS = (0.3, 0.8)
POLNEAR_THRESHOLD = 0.3
OPENING = "\u201c\u201e\u00ab"
CLOSING = "\u201d\u00bb"
STRAIGHT = '"'
BASELINE_MIN_WORDS = 4
DIRECT_SHARE = 0.5
TITLES = frozenset("mr mrs ms miss dr prof sir dame rev hon jr sr ii iii".split())


@dataclass
class GoldQuote:
    """A gold quote: its span, the speaker's name and, in PolNeAR, the Source span's pieces."""

    start: int
    end: int
    speaker: Optional[str] = None
    direct: bool = False
    source: tuple[Span, ...] = ()


@dataclass
class PredictedQuote:
    """A predicted quote with the speaker's name and the span of the words naming them."""

    start: int
    end: int
    speaker: Optional[str] = None
    mention: Optional[Span] = None


@dataclass
class Document:
    id: str
    text: str
    quotes: list[GoldQuote]


@dataclass
class QuoteScore:
    """Matching counts at one coverage threshold; speakers are judged on matched quotes that have one."""

    prf: PRF
    speakers_right: int = 0
    speakers_judged: int = 0
    found: dict[bool, int] = field(default_factory=lambda: {True: 0, False: 0})
    total: dict[bool, int] = field(default_factory=lambda: {True: 0, False: 0})


def load_ggt(path: Path, limit: Optional[int] = None) -> list[Document]:
    """GenderGapTracker JSON Lines: one article per line with its quotes and resolved speakers."""
    documents = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            record = json.loads(line)
            quotes = [GoldQuote(q["start"], q["end"], q.get("speaker") or None, bool(q.get("direct")))
                      for q in record["quotes"]]
            documents.append(Document(str(record["id"]), record["text"], quotes))
            if limit is not None and len(documents) >= limit:
                break
    return documents


def load_polnear(folder: Path, limit: Optional[int] = None) -> list[Document]:
    """PolNeAR text + BRAT attributions, one annotator per document (the first by id, so runs repeat).

    Each attribution's Content becomes a gold quote spanning its pieces; ``direct`` when most of its
    characters lie inside quotation marks.
    """
    documents = []
    for text_path in sorted((folder / "text").glob("*.txt")):
        annotations = sorted((folder / "attributions").glob(f"{text_path.stem}_*.ann"))
        if not annotations:
            continue
        text = text_path.read_text(encoding="utf-8")
        quoted = quoted_regions(text)
        quotes = []
        for content, source in parse_brat_attributions(annotations[0].read_text(encoding="utf-8")):
            inside = sum(overlap(piece, region) for piece in content for region in quoted)
            length = sum(end - start for start, end in content)
            names = " ".join(text[start:end] for start, end in source) or None
            quotes.append(GoldQuote(content[0][0], content[-1][1], names,
                                    bool(length) and inside / length >= DIRECT_SHARE, tuple(source)))
        documents.append(Document(text_path.stem, text, quotes))
        if limit is not None and len(documents) >= limit:
            break
    return documents


def parse_brat_attributions(ann: str) -> list[tuple[list[Span], list[Span]]]:
    """(Content pieces, Source pieces) of each attribution event in a BRAT standoff file."""
    spans: dict[str, list[Span]] = {}
    events = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            _label, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = sorted((int(a), int(b)) for a, b in
                                     (piece.split() for piece in offsets.split(";")))
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg))
    attributions = []
    for roles in events:
        content = spans.get(roles.get("Content", ""))
        if content:
            attributions.append((content, spans.get(roles.get("Source", ""), [])))
    return attributions


def quoted_regions(text: str) -> list[Span]:
    """Spans from an opening double quotation mark to its closing one, marks included, within a paragraph.

    Curly marks pair by direction, straight ones alternate; an unclosed mark at a paragraph's end is dropped.
    """
    regions: list[Span] = []
    opened: Optional[int] = None
    for i, char in enumerate(text):
        if char == "\n":
            opened = None
        elif opened is None and (char in OPENING or char == STRAIGHT):
            opened = i
        elif opened is not None and char in OPENING:
            opened = i
        elif opened is not None and (char in CLOSING or char == STRAIGHT):
            regions.append((opened, i + 1))
            opened = None
    return regions


def predictions_from_facts(facts: Optional[dict[str, Any]]) -> list[PredictedQuote]:
    """Our quotes; the speaker is the canonical name, else the words naming them."""
    quotes = []
    for quote in (facts or {}).get("quotes", []):
        mention = quote.get("speaker_mention")
        name = quote.get("speaker") or (mention or {}).get("text")
        span = (mention["start"], mention["end"]) if mention else None
        quotes.append(PredictedQuote(quote["start"], quote["end"], name, span))
    return quotes


def baseline_predictions(doc: "Doc") -> list[PredictedQuote]:
    """The naive baseline: paired double quotes around 4+ words; the nearest PERSON in that or the next sentence."""
    quotes = []
    for start, end in quoted_regions(doc.text):
        if len(doc.text[start + 1:end - 1].split()) < BASELINE_MIN_WORDS:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            quotes.append(PredictedQuote(start, end))
            continue
        last = span[-1].sent
        window_end = doc[last.end].sent.end_char if last.end < len(doc) else last.end_char
        window = (span[0].sent.start_char, window_end)
        people = [ent for ent in doc.ents if ent.label_ == "PERSON" and window[0] <= ent.start_char
                  and ent.end_char <= window[1] and not overlap((ent.start_char, ent.end_char), (start, end))]
        nearest = min(people, key=lambda ent: max(start - ent.end_char, ent.start_char - end), default=None)
        if nearest is None:
            quotes.append(PredictedQuote(start, end))
        else:
            quotes.append(PredictedQuote(start, end, nearest.text, (nearest.start_char, nearest.end_char)))
    return quotes


def normalise_name(name: Optional[str]) -> list[str]:
    """Lowercase words of a name without accents, punctuation, possessives or titles."""
    if not name:
        return []
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    plain = re.sub(r"['\u2019]s\b", "", plain.lower())
    return [word for word in re.sub(r"[^\w]+", " ", plain).split() if word not in TITLES]


def same_person(predicted: Optional[str], gold: Optional[str]) -> bool:
    """Same normalised name, or the same surname (last word): "McCallum" is "Doug McCallum"."""
    ours, theirs = normalise_name(predicted), normalise_name(gold)
    return bool(ours and theirs) and (ours == theirs or ours[-1] == theirs[-1])


def speaker_right(predicted: PredictedQuote, gold: GoldQuote) -> bool:
    """Our speaker mention overlaps the gold Source span, or our speaker's name is the gold one."""
    if predicted.mention and any(overlap(predicted.mention, piece) for piece in gold.source):
        return True
    return same_person(predicted.speaker, gold.speaker)


def score(documents: Sequence[Document], predictions: Sequence[Sequence[PredictedQuote]],
          min_coverage: float, *, direct_only: bool = False) -> QuoteScore:
    """P/R/F1 of quote spans at ``min_coverage`` of the gold quote's characters, and speaker accuracy."""
    result = QuoteScore(PRF())
    for document, predicted in zip(documents, predictions):
        gold = [quote for quote in document.quotes if quote.direct or not direct_only]
        prf, pairs = prf_of([(p.start, p.end) for p in predicted], [(g.start, g.end) for g in gold],
                            min_coverage=min_coverage)
        result.prf.add(prf)
        for quote in gold:
            result.total[quote.direct] += 1
        for i, j in pairs:
            result.found[gold[j].direct] += 1
            if gold[j].speaker or gold[j].source:
                result.speakers_judged += 1
                result.speakers_right += speaker_right(predicted[i], gold[j])
    return result


def predict(extractor: "Extractor", documents: Sequence[Document]) -> tuple[list[list[PredictedQuote]],
                                                                             list[list[PredictedQuote]], int]:
    """Our quotes, the baseline's, and how many documents the extractor failed on."""
    outputs = extract_records(extractor, [{"id": d.id, "text": d.text} for d in documents])
    with base_pipes(extractor.nlp):
        docs = list(extractor.nlp.pipe(d.text for d in documents))
    return ([predictions_from_facts(facts) for facts in outputs], [baseline_predictions(doc) for doc in docs],
            sum(facts is None for facts in outputs))


def run(extractor: "Extractor", shared: Path, limit: Optional[int] = None) -> list[Table]:
    """Both data sets: load -> predict (ours and the baseline) -> score -> tables."""
    tables = []
    ggt = load_ggt(shared / "eval" / "quotes" / "ggt-dev.jsonl", limit)
    ours, base, failed = predict(extractor, ggt)
    gold_count = sum(len(d.quotes) for d in ggt)
    table = Table(f"Quotes: GenderGapTracker dev ({len(ggt)} articles, {gold_count} quotes)",
                  ["metric", "extractor", "baseline"])
    for threshold in THRESHOLDS:
        a, b = score(ggt, ours, threshold), score(ggt, base, threshold)
        share = f">= {threshold:.0%} covered"
        table.add(f"precision ({share})", a.prf.precision, b.prf.precision)
        table.add(f"recall ({share})", a.prf.recall, b.prf.recall)
        table.add(f"F1 ({share})", a.prf.f1, b.prf.f1)
        for direct, kind in ((True, "direct"), (False, "indirect")):
            table.add(f"recall, {kind} quotes ({share})", rate(a.found[direct], a.total[direct]),
                      rate(b.found[direct], b.total[direct]))
        table.add(f"speaker accuracy on matched quotes ({share})", rate(a.speakers_right, a.speakers_judged),
                  rate(b.speakers_right, b.speakers_judged))
    table.notes += _notes(failed) + [
        "Speaker: same normalised name (lowercase, no accents, punctuation or titles) or same surname."]
    tables.append(table)

    polnear = load_polnear(shared / "eval" / "quotes" / "polnear-dev", limit)
    ours, base, failed = predict(extractor, polnear)
    a, b = (score(polnear, preds, POLNEAR_THRESHOLD, direct_only=True) for preds in (ours, base))
    table = Table(f"Quotes: PolNeAR dev ({len(polnear)} articles, {a.total[True]} direct quotes)",
                  ["metric", "extractor", "baseline"])
    table.add(f"direct-quote recall (>= {POLNEAR_THRESHOLD:.0%} covered)", a.prf.recall, b.prf.recall)
    table.add("speaker accuracy on matched quotes (vs Source span)", rate(a.speakers_right, a.speakers_judged),
              rate(b.speakers_right, b.speakers_judged))
    table.notes += _notes(failed) + [
        "Gold: one annotator per article (the first by id); a Content is a direct quote when at least half "
        "of its characters lie inside double quotation marks; discontinuous pieces are spanned first to last.",
        "Speaker right: our speaker mention overlaps the Source span, or our speaker's name matches its text."]
    tables.append(table)
    return tables


def _notes(failed: int) -> list[str]:
    notes = ["Baseline: text between paired double quotation marks of 4+ words; speaker = the nearest PERSON "
             "entity of the base model in the same or the next sentence."]
    if failed:
        notes.append(f"The extractor failed on {failed} articles; they count as finding nothing.")
    return notes
