"""Places: toponym recognition and resolution on GeoWebNews (Gritta et al. 2019).

Recognition is scored by overlap, as in GeoWebNews' own evaluation; resolution by the geoparsing
standard: the share of matched toponyms within 161 km (100 miles) of the gold coordinates, and the
median error in km.
"""

from __future__ import annotations

import math
import statistics
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional, Sequence

from .common import PRF, Span, Table, base_pipes, extract_records, match_spans, rate

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from extractor import Extractor

# The places issue (issue 6): proper-name toponyms are scored, whatever their use in the sentence;
# demonyms, languages, homonyms and coercions are neutral; common nouns and non-toponyms are not places.
SCORED_TYPES = frozenset({"Literal", "Literal_Modifier", "Non_Literal_Modifier", "Metonymic", "Mixed",
                          "Embedded_Literal", "Embedded_Non_Lit"})
NEUTRAL_TYPES = frozenset({"Demonym", "Language", "Homonym", "Coercion"})
# Place words inside an organization's proper name ('Swiss National Bank', 'British Airways'), which the NewsFacts
# guide counts as no place mentions: the row by that convention makes them neutral.
EMBEDDED_TYPES = frozenset({"Embedded_Literal", "Embedded_Non_Lit"})
BASELINE_LABELS = frozenset({"GPE", "LOC", "FAC"})
EARTH_RADIUS_KM = 6371.0088
NEAR_KM = 161.0
UNRESOLVED_KM = math.pi * EARTH_RADIUS_KM  # the farthest two points can be: an unresolved toponym's error


@dataclass
class Toponym:
    start: int
    end: int
    latitude: Optional[float] = None
    longitude: Optional[float] = None
    geonames_id: Optional[int] = None


@dataclass
class Article:
    """An article's scored toponyms, and the spans that are neither credited nor penalised."""

    id: str
    text: str
    toponyms: list[Toponym]
    neutral: list[Span]


@dataclass
class PlaceScore:
    """Recognition counts; per matched toponym with gold coordinates, the error and whether the GeoNames ids agree."""

    prf: PRF
    errors_km: list[float]
    same_id: list[bool]

    def near_or_same(self) -> Optional[float]:
        """Share within 161 km or with the gold GeoNames id: our regions are placed by estimate, not GeoNames' point."""
        return rate(sum(error <= NEAR_KM or same for error, same in zip(self.errors_km, self.same_id)),
                    len(self.errors_km))


def load(path: Path, limit: Optional[int] = None, embedded_neutral: bool = False) -> list[Article]:
    """GeoWebNews XML. A span annotated twice is scored if either type is scored, else neutral if either is
    (Coercion + Non_Toponym is neutral; an org name that is both Non_Toponym and Embedded_Non_Lit is scored,
    matched by any place inside it). ``embedded_neutral``: names inside organizations' names are neutral, as
    the NewsFacts guide has it."""
    scored_types = SCORED_TYPES - EMBEDDED_TYPES if embedded_neutral else SCORED_TYPES
    neutral_types = NEUTRAL_TYPES | EMBEDDED_TYPES if embedded_neutral else NEUTRAL_TYPES
    articles = []
    for element in ET.parse(path).getroot().iter("article"):
        scored: dict[Span, Toponym] = {}
        neutral: set[Span] = set()
        for toponym in element.iter("toponym"):
            span = (int(_field(toponym, "start")), int(_field(toponym, "end")))
            kind = _field(toponym, "type")
            if kind in scored_types:
                latitude, longitude = _field(toponym, "latitude"), _field(toponym, "longitude")
                geonames_id = _field(toponym, "geonamesID")
                if span not in scored or scored[span].latitude is None:
                    scored[span] = Toponym(*span, float(latitude) if latitude else None,
                                           float(longitude) if longitude else None,
                                           int(geonames_id) if geonames_id else None)
            elif kind in neutral_types:
                neutral.add(span)
        articles.append(Article(element.get("file", str(len(articles))), _field(element, "text"),
                                sorted(scored.values(), key=lambda t: (t.start, t.end)),
                                sorted(neutral - set(scored))))
        if limit is not None and len(articles) >= limit:
            break
    return articles


def _field(element: ET.Element, name: str) -> str:
    child = element.find(name)
    return (child.text or "") if child is not None else ""


def predictions_from_facts(facts: Optional[dict[str, Any]]) -> list[Toponym]:
    """Every mention of every place (demonyms too), with its place's coordinates."""
    return [Toponym(mention["start"], mention["end"], place.get("latitude"), place.get("longitude"),
                    place.get("geonames_id"))
            for place in (facts or {}).get("places", []) for mention in place.get("mentions", [])]


def baseline_predictions(doc: "Doc") -> list[Toponym]:
    """The base model's GPE/LOC/FAC entities, which carry no coordinates."""
    return [Toponym(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ in BASELINE_LABELS]


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def score(articles: Sequence[Article], predictions: Sequence[Sequence[Toponym]]) -> PlaceScore:
    """Overlap P/R/F1 (a prediction matched to a neutral span is ignored) and the errors of matched toponyms.

    A matched toponym with gold coordinates but none predicted gets the largest possible error.
    """
    result = PlaceScore(PRF(), [], [])
    for article, predicted in zip(articles, predictions):
        gold = [(t.start, t.end) for t in article.toponyms] + list(article.neutral)
        pairs = match_spans([(p.start, p.end) for p in predicted], gold)
        scored = [(i, j) for i, j in pairs if j < len(article.toponyms)]
        result.prf.add(PRF(tp=len(scored), fp=len(predicted) - len(pairs), fn=len(article.toponyms) - len(scored)))
        for i, j in scored:
            truth, guess = article.toponyms[j], predicted[i]
            if truth.latitude is None or truth.longitude is None:
                continue
            result.same_id.append(truth.geonames_id is not None and truth.geonames_id == guess.geonames_id)
            if guess.latitude is None or guess.longitude is None:
                result.errors_km.append(UNRESOLVED_KM)
            else:
                result.errors_km.append(haversine_km((truth.latitude, truth.longitude),
                                                     (guess.latitude, guess.longitude)))
    return result


def predict(extractor: "Extractor", articles: Sequence[Article]) -> tuple[list[list[Toponym]],
                                                                          list[list[Toponym]], int]:
    """Our place mentions, the baseline's entities, and how many articles the extractor failed on."""
    outputs = extract_records(extractor, [{"id": a.id, "text": a.text} for a in articles])
    with base_pipes(extractor.nlp):
        base = [baseline_predictions(doc) for doc in extractor.nlp.pipe(a.text for a in articles)]
    return [predictions_from_facts(facts) for facts in outputs], base, sum(facts is None for facts in outputs)


def run(extractor: "Extractor", shared: Path, limit: Optional[int] = None) -> list[Table]:
    """Load -> predict (ours and the baseline) -> score -> one table."""
    articles = load(shared / "eval" / "places" / "GeoWebNews.xml", limit)
    predicted, baseline, failed = predict(extractor, articles)
    ours, base = score(articles, predicted), score(articles, baseline)
    gold_count = sum(len(a.toponyms) for a in articles)
    table = Table(f"Places: GeoWebNews ({len(articles)} articles, {gold_count} toponyms)",
                  ["metric", "extractor", "baseline"])
    table.add("toponym precision (overlap)", ours.prf.precision, base.prf.precision)
    table.add("toponym recall (overlap)", ours.prf.recall, base.prf.recall)
    table.add("toponym F1 (overlap)", ours.prf.f1, base.prf.f1)
    by_guide = load(shared / "eval" / "places" / "GeoWebNews.xml", limit, embedded_neutral=True)
    table.add("toponym F1, names inside organizations' names neutral (NewsFacts guide)",
              score(by_guide, predicted).prf.f1, score(by_guide, baseline).prf.f1)
    near = sum(error <= NEAR_KM for error in ours.errors_km)
    table.add(f"accuracy within 161 km ({len(ours.errors_km)} matched with coordinates)",
              rate(near, len(ours.errors_km)), None)
    table.add("same place: within 161 km or same GeoNames id", ours.near_or_same(), None)
    table.add("median error (km)", statistics.median(ours.errors_km) if ours.errors_km else None, None)
    table.notes += [
        "Scored: proper-name toponyms (types " + ", ".join(sorted(SCORED_TYPES)) + "); "
        + ", ".join(sorted(NEUTRAL_TYPES)) + " are neutral (neither credit nor penalty); "
        "common nouns and non-toponyms count as false positives if predicted (the places issue).",
        f"A matched toponym we did not resolve counts as {UNRESOLVED_KM:,.0f} km off. Countries sit at "
        "GeoNames' own points; US states and other regions at the middle of their towns' bounding box, so "
        "the 'same place' row also credits the gold GeoNames id.",
        "Baseline: the base model's GPE/LOC/FAC entities (no coordinates).",
    ]
    if failed:
        table.notes.append(f"The extractor failed on {failed} articles; they count as finding nothing.")
    return [table]
