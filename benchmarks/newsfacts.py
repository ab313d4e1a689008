"""NewsFacts: whole news articles with gold for all six fact types, scored as a careful reader judges them.

The single-type suites score one phrase or one entity class at a time; a reader sees every fact of
an article at once, headline and furniture included. So a fact counts as right only when what the
reader is shown is right: a number with its value, a date with its TIMEX3 value, a place mention in
the right country. A fact the gold does not have (one in a headline line, say) is a false positive.
The conventions are ``shared/eval/newsfacts/GUIDE.md``; the data is read where it lies, never copied.
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Optional, Sequence

from extractor.facts import offset_spans

from .common import PRF, Span, Table, coverage, extract_records, overlap, rate
from .quotes import normalise_name, same_person

if TYPE_CHECKING:
    from extractor import Extractor

FACT_TYPES = ("numbers", "dates", "places", "organizations", "people", "quotes")
QUOTE_COVERAGE = 0.3
NEAR_KM = 161  # 100 miles, the GeoWebNews "accuracy at 161 km"
ROLE_SHARE = 0.5
CONTEXT_CHARS = 110

Fact = dict[str, Any]


@dataclass
class Accuracy:
    """Right out of judged, for one attribute of matched facts."""

    right: int = 0
    judged: int = 0

    def judge(self, ok: bool) -> None:
        self.judged += 1
        self.right += bool(ok)

    def add(self, other: "Accuracy") -> None:
        self.right += other.right
        self.judged += other.judged

    @property
    def rate(self) -> Optional[float]:
        return rate(self.right, self.judged)


@dataclass
class Error:
    """A fact the reader would object to: ``false`` (not in the gold), ``missed``, ``wrong`` (there, misread),
    or a matched number with one attribute misread (the verdict names it: ``counted``, ``kind``, ...)."""

    fact_type: str
    verdict: str
    start: int
    end: int
    detail: str


@dataclass
class Score:
    """Counts of one article, or summed over many: one PRF per fact type plus the secondary measures."""

    facts: dict[str, PRF] = field(default_factory=lambda: {name: PRF() for name in FACT_TYPES})
    spans: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    attributes: dict[str, Accuracy] = field(default_factory=lambda: defaultdict(Accuracy))
    errors: list[Error] = field(default_factory=list)
    offset_errors: int = 0

    def add(self, other: "Score") -> None:
        for name, prf in other.facts.items():
            self.facts[name].add(prf)
        for name, prf in other.spans.items():
            self.spans[name].add(prf)
        for name, accuracy in other.attributes.items():
            self.attributes[name].add(accuracy)
        self.offset_errors += other.offset_errors

    def micro(self) -> PRF:
        total = PRF()
        for prf in self.facts.values():
            total.add(prf)
        return total


@dataclass
class Article:
    id: str
    text: str
    gold: dict[str, Any]


def load(folder: Path, limit: Optional[int] = None) -> list[Article]:
    """Every ``ID.gold.json`` beside its ``ID.txt``: the benchmark reads whatever articles are present."""
    articles = []
    for gold_path in sorted(folder.glob("*.gold.json"))[:limit]:
        article_id = gold_path.name[: -len(".gold.json")]
        text = gold_path.with_name(f"{article_id}.txt").read_text(encoding="utf-8")
        articles.append(Article(article_id, text, json.loads(gold_path.read_text(encoding="utf-8"))))
    return articles


# --- matching -------------------------------------------------------------------------------------------


def pair_up(predicted: Sequence[Span], gold: Sequence[Span], agree: Callable[[int, int], bool],
            min_coverage: float = 0.0) -> list[tuple[int, int]]:
    """One-to-one (predicted, gold) pairs that overlap and agree, largest overlaps first."""
    candidates = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            shared = overlap(p, g)
            if shared and coverage(p, g) >= min_coverage and agree(i, j):
                candidates.append((-shared, i, j))
    pairs, used_p, used_g = [], set(), set()
    for _, i, j in sorted(candidates):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def judge(fact_type: str, predicted: Sequence[Fact], gold: Sequence[Fact], agree: Callable[[Fact, Fact], bool],
          describe: Callable[[Fact], str], min_coverage: float = 0.0) -> tuple[PRF, PRF, list[tuple[int, int]], list[Error]]:
    """Fact P/R/F1 (overlap and agreement), span-only P/R/F1 (overlap), the fact pairs, and the errors.

    An unmatched prediction that overlaps an unmatched gold fact is one ``wrong`` error (the reader
    sees the fact misread), not a false and a missed one.
    """
    p_spans = [(fact["start"], fact["end"]) for fact in predicted]
    g_spans = [(fact["start"], fact["end"]) for fact in gold]
    pairs = pair_up(p_spans, g_spans, lambda i, j: agree(predicted[i], gold[j]), min_coverage)
    span_pairs = pair_up(p_spans, g_spans, lambda i, j: True, min_coverage)
    facts = PRF(tp=len(pairs), fp=len(predicted) - len(pairs), fn=len(gold) - len(pairs))
    spans = PRF(tp=len(span_pairs), fp=len(predicted) - len(span_pairs), fn=len(gold) - len(span_pairs))
    free_p = set(range(len(predicted))) - {i for i, _ in pairs}
    free_g = set(range(len(gold))) - {j for _, j in pairs}
    errors = []
    for j in sorted(free_g):
        rivals = [i for i in sorted(free_p) if overlap(p_spans[i], g_spans[j])]
        if rivals:
            free_p -= set(rivals)
            ours = "; ".join(describe(predicted[i]) for i in rivals)
            errors.append(Error(fact_type, "wrong", *g_spans[j], f"ours {ours} | gold {describe(gold[j])}"))
        else:
            errors.append(Error(fact_type, "missed", *g_spans[j], describe(gold[j])))
    errors += [Error(fact_type, "false", *p_spans[i], describe(predicted[i])) for i in sorted(free_p)]
    return facts, spans, pairs, errors


# --- numbers ----------------------------------------------------------------------------------------------


def same_number(a: Optional[float], b: Optional[float]) -> bool:
    return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def number_agrees(predicted: Fact, gold: Fact) -> bool:
    """The value a reader sees: a range's two ends, else the value."""
    if gold.get("qualifier") == "range":
        low = predicted.get("low") if predicted.get("low") is not None else predicted.get("value")
        return same_number(low, gold.get("low", gold.get("value"))) and same_number(predicted.get("high"), gold.get("high"))
    return same_number(predicted.get("value"), gold.get("value"))


def head_word(phrase: Optional[str]) -> Optional[str]:
    """The head noun as a reader compares it: the last word before any prepositional phrase, lowercased and
    made singular the simple way ("assault rifles" and "rifle", "counts of indecency with a child" and "counts")."""
    head = re.split(r"\s+(?:of|for|in|on|at|to|from|with|by)\s+", (phrase or "").lower(), maxsplit=1)[0]
    words = re.findall(r"[^\W_]+", head)
    if not words:
        return None
    word = words[-1]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def change_direction(number: Fact) -> Optional[str]:
    return (number.get("change") or {}).get("direction")


def describe_number(number: Fact) -> str:
    value = number.get("value")
    if number.get("qualifier") == "range" or number.get("high") is not None:
        value = f"{number.get('low', value)}..{number.get('high')}"
    return f"{number['text']!r} = {value} {number.get('kind')} counted={number.get('counted')!r}"


def score_numbers(predicted: Sequence[Fact], gold: Sequence[Fact], score: Score) -> None:
    facts, spans, pairs, errors = judge("numbers", predicted, gold, number_agrees, describe_number)
    score.facts["numbers"].add(facts)
    score.spans["numbers"].add(spans)
    score.errors += errors
    for i, j in pairs:
        ours, theirs = predicted[i], gold[j]
        checks = {"counted": (head_word(ours.get("counted")) == head_word(theirs.get("counted")),
                              "numbers: counted (same head word)", ours.get("counted"), theirs.get("counted")),
                  "qualifier": (ours.get("qualifier") == theirs.get("qualifier"), "numbers: qualifier",
                                ours.get("qualifier"), theirs.get("qualifier")),
                  "kind": (ours.get("kind") == theirs.get("kind"), "numbers: kind", ours.get("kind"), theirs.get("kind"))}
        if change_direction(ours) or change_direction(theirs):
            checks["change"] = (change_direction(ours) == change_direction(theirs), "numbers: change direction",
                                change_direction(ours), change_direction(theirs))
        for verdict, (ok, measure, mine, right) in checks.items():
            score.attributes[measure].judge(ok)
            if not ok:
                score.errors.append(Error("numbers", verdict, theirs["start"], theirs["end"],
                                          f"{theirs['text']!r}: ours {mine!r} | gold {right!r}"))


# --- dates ------------------------------------------------------------------------------------------------


def date_agrees(predicted: Fact, gold: Fact) -> bool:
    """The same TIMEX3 value; a gold value of null (unresolvable without a publication date) accepts any."""
    return gold.get("value") is None or predicted.get("value") == gold.get("value")


def score_dates(predicted: Sequence[Fact], gold: Sequence[Fact], score: Score) -> None:
    facts, spans, _, errors = judge("dates", predicted, gold, date_agrees,
                                    lambda date: f"{date['text']!r} = {date.get('value')} ({date.get('type')})")
    score.facts["dates"].add(facts)
    score.spans["dates"].add(spans)
    score.errors += errors


# --- places, organizations, people ------------------------------------------------------------------------


def mentions(entities: Sequence[Fact]) -> list[Fact]:
    """Each mention with its entity (``entity``): entities are judged mention by mention, as a reader meets them."""
    return [{**mention, "entity": entity} for entity in entities for mention in entity.get("mentions", [])]


def distance_km(a: Fact, b: Fact) -> Optional[float]:
    points = [(p.get("latitude"), p.get("longitude")) for p in (a, b)]
    if any(None in point for point in points):
        return None
    (lat1, lon1), (lat2, lon2) = [(math.radians(lat), math.radians(lon)) for lat, lon in points]
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


def describe_place(mention: Fact) -> str:
    return f"{mention['text']!r} = {mention['entity'].get('name')} ({mention['entity'].get('country_code')})"


def score_places(predicted: Sequence[Fact], gold: Sequence[Fact], score: Score) -> None:
    ours, theirs = mentions(predicted), mentions(gold)
    facts, spans, pairs, errors = judge(
        "places", ours, theirs, lambda p, g: p["entity"].get("country_code") == g["entity"].get("country_code"),
        describe_place)
    score.facts["places"].add(facts)
    score.spans["places"].add(spans)
    score.errors += errors
    for i, j in pairs:
        km = distance_km(ours[i]["entity"], theirs[j]["entity"])
        near = km is not None and km <= NEAR_KM
        score.attributes[f"places: within {NEAR_KM} km"].judge(near)
        if not near:
            score.errors.append(Error("places", "far", theirs[j]["start"], theirs[j]["end"],
                                      f"ours {describe_place(ours[i])} | gold {describe_place(theirs[j])}"
                                      f" ({'no point' if km is None else f'{km:.0f} km'})"))


def name_key(name: Optional[str]) -> str:
    """A name as a reader compares names: case, dots, a leading "the" and spacing do not matter."""
    plain = re.sub(r"[.\u2019']", "", (name or "").lower())
    plain = re.sub(r"^the\s+", "", plain)
    return " ".join(re.sub(r"[^\w&]+", " ", plain).split())


def entity_names(entity: Fact) -> set[str]:
    return {name_key(name) for name in [entity.get("name"), *entity.get("aliases", [])] if name}


def score_mentions(fact_type: str, predicted: Sequence[Fact], gold: Sequence[Fact],
                   score: Score) -> tuple[list[Fact], list[Fact], list[tuple[int, int]]]:
    """Mention P/R/F1 of organizations or people, whoever the entity; the matched mentions for what follows."""
    ours, theirs = mentions(predicted), mentions(gold)
    facts, _, pairs, errors = judge(fact_type, ours, theirs, lambda p, g: True,
                                    lambda m: f"{m['text']!r} of {m['entity'].get('name')!r}")
    score.facts[fact_type].add(facts)
    score.errors += errors
    return ours, theirs, pairs


def score_organizations(predicted: Sequence[Fact], gold: Sequence[Fact], score: Score) -> None:
    ours, theirs, pairs = score_mentions("organizations", predicted, gold, score)
    for i, j in pairs:
        score.attributes["organizations: found under the right name"].judge(
            bool(entity_names(ours[i]["entity"]) & entity_names(theirs[j]["entity"])))


def surname(name: Optional[str]) -> Optional[str]:
    words = normalise_name(name)
    return words[-1] if words else None


def score_people(predicted: Sequence[Fact], gold: Sequence[Fact], score: Score) -> None:
    score_mentions("people", predicted, gold, score)
    # People as entities, matched by surname (the guide's convention: "Trump" is "Donald Trump"); between
    # namesakes ("Anas Haqqani", "Sirajuddin Haqqani") the one with the full name, then with most shared mentions.
    unmatched = list(predicted)
    matched: list[tuple[Fact, Optional[Fact]]] = []
    for person in gold:
        namesakes = [p for p in unmatched if surname(p.get("name")) == surname(person.get("name"))]
        twin = max(namesakes, default=None, key=lambda p: (normalise_name(p.get("name")) == normalise_name(person.get("name")),
                                                           shared_mentions(p, person)))
        if twin is not None:
            unmatched.remove(twin)
        matched.append((person, twin))
    found = sum(twin is not None for _, twin in matched)
    score.spans["people (entities, by surname)"].add(PRF(tp=found, fp=len(predicted) - found, fn=len(gold) - found))
    for person, twin in matched:
        for role in person.get("roles", []):
            score.attributes["people: roles recalled"].judge(
                twin is not None and any(role_shares(theirs_role, role) for theirs_role in twin.get("roles", [])))


def shared_mentions(a: Fact, b: Fact) -> int:
    return sum(bool(overlap((m["start"], m["end"]), (n["start"], n["end"])))
               for m in a.get("mentions", []) for n in b.get("mentions", []))


def role_shares(predicted: str, gold: str) -> bool:
    """A predicted role names a gold one when it has at least half the gold role's words."""
    gold_words = re.findall(r"[^\W_]+", gold.lower())
    predicted_words = set(re.findall(r"[^\W_]+", predicted.lower()))
    return bool(gold_words) and sum(word in predicted_words for word in gold_words) >= ROLE_SHARE * len(gold_words)


# --- quotes -----------------------------------------------------------------------------------------------


def speaker_right(predicted: Fact, gold: Fact, entities: Sequence[Fact]) -> bool:
    """The gold speaker's entity (a person, organization or place of the gold) by any name or mention of it;
    else, for a person or a description, the same full name or last word."""
    names = [name for name in (predicted.get("speaker"), (predicted.get("speaker_mention") or {}).get("text")) if name]
    entity = next((e for e in entities if name_key(e.get("name")) == name_key(gold.get("speaker"))), None)
    if entity is not None:
        known = entity_names(entity) | {name_key(m["text"]) for m in entity.get("mentions", [])}
        if any(name_key(name) in known for name in names):
            return True
        if "roles" not in entity:  # an organization or a place: by its names only, never by a last word
            return False
    return any(same_person(name, gold.get("speaker")) for name in names)


def score_quotes(predicted: Sequence[Fact], gold: Sequence[Fact], entities: Sequence[Fact], score: Score) -> None:
    facts, _, pairs, errors = judge(
        "quotes", predicted, gold, lambda p, g: True,
        lambda q: f"{q['text'][:60]!r} by {q.get('speaker')!r}", min_coverage=QUOTE_COVERAGE)
    score.facts["quotes"].add(facts)
    score.errors += errors
    for i, j in pairs:
        right = speaker_right(predicted[i], gold[j], entities)
        score.attributes["quotes: speaker"].judge(right)
        if not right:
            score.errors.append(Error("quotes", "wrong", gold[j]["start"], gold[j]["end"],
                                      f"speaker ours {predicted[i].get('speaker')!r} | gold {gold[j].get('speaker')!r}"))


# --- articles ---------------------------------------------------------------------------------------------


def offset_errors(text: str, predicted: dict[str, Any]) -> int:
    """Spans whose text is not the article's text at their offsets (there should be none)."""
    return sum(text[s["start"]:s["end"]] != s["text"] for name in FACT_TYPES
               for s in offset_spans(predicted.get(name, [])))


def score_article(text: str, gold: dict[str, Any], predicted: Optional[dict[str, Any]]) -> Score:
    """Every fact type of one article; a failed extraction (None) predicts nothing."""
    ours = predicted or {}
    score = Score(offset_errors=offset_errors(text, ours))
    score_numbers(ours.get("numbers", []), gold.get("numbers", []), score)
    score_dates(ours.get("dates", []), gold.get("dates", []), score)
    score_places(ours.get("places", []), gold.get("places", []), score)
    score_organizations(ours.get("organizations", []), gold.get("organizations", []), score)
    score_people(ours.get("people", []), gold.get("people", []), score)
    entities = [*gold.get("people", []), *gold.get("organizations", []), *gold.get("places", [])]
    score_quotes(ours.get("quotes", []), gold.get("quotes", []), entities, score)
    score.errors.sort(key=lambda error: (FACT_TYPES.index(error.fact_type), error.start))
    return score


def predict(extractor: "Extractor", articles: Sequence[Article]) -> list[Optional[dict[str, Any]]]:
    """Each article as ``--date`` would give it: its text as is, its publication date from the gold."""
    return extract_records(extractor, ({"id": a.id, "text": a.text, "published": a.gold.get("published")}
                                       for a in articles))


def tables(scores: Sequence[Score], failed: int) -> list[Table]:
    total = Score()
    for score in scores:
        total.add(score)
    main = Table(f"NewsFacts: whole articles, every fact a reader sees ({len(scores)} articles)",
                 ["fact type", "right when", "gold", "ours", "P", "R", "F1"])
    when = {"numbers": "overlaps, same value (range: both ends)", "dates": "overlaps, same TIMEX3 value",
            "places": "mention overlaps, same country", "organizations": "mention overlaps",
            "people": "mention overlaps", "quotes": f"covers >= {QUOTE_COVERAGE:.0%} of the gold quote"}
    for name in FACT_TYPES:
        prf = total.facts[name]
        main.add(name, when[name], prf.tp + prf.fn, prf.tp + prf.fp, prf.precision, prf.recall, prf.f1)
    micro = total.micro()
    main.add("all (micro)", "", micro.tp + micro.fn, micro.tp + micro.fp, micro.precision, micro.recall, micro.f1)
    main.notes.append(f"Offsets not matching the text: {total.offset_errors}. Articles the extractor failed: {failed}.")
    details = Table("NewsFacts: spans and attributes", ["measure", "P or share", "R", "F1", "over"])
    for name, prf in sorted(total.spans.items(), key=lambda item: item[0]):
        label = name if "entities" in name else f"{name}: span only"
        details.add(label, prf.precision, prf.recall, prf.f1, f"{prf.tp + prf.fn} gold")
    for name, accuracy in sorted(total.attributes.items()):
        details.add(name, accuracy.rate, None, None, f"{accuracy.judged} judged")
    details.notes.append("Attributes are judged over matched facts; change direction over matched numbers where "
                         "the gold or ours names a change; roles over every gold role.")
    return [main, details]


def run(extractor: "Extractor", shared: Path, limit: Optional[int] = None) -> list[Table]:
    articles = load(shared / "eval" / "newsfacts", limit)
    predictions = predict(extractor, articles)
    scores = [score_article(a.text, a.gold, p) for a, p in zip(articles, predictions)]
    return tables(scores, sum(p is None for p in predictions))


# --- explain ----------------------------------------------------------------------------------------------


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding a span, on one line, the span marked with >> <<, cut to a readable width."""
    bounds = [m.end() for m in re.finditer(r"[.!?][\"”’']?\s+(?=[\"“‘']?[A-Z])|\n\s*\n", text)]
    left = max((b for b in bounds if b <= start), default=0)
    right = min((b for b in bounds if b >= end), default=len(text))
    before = " ".join(text[max(left, start - CONTEXT_CHARS):start].split())
    after = " ".join(text[end:min(right, end + CONTEXT_CHARS)].split())
    return f"{before} >>{' '.join(text[start:end].split())}<< {after}".strip()


def explain(extractor: "Extractor", shared: Path, article_id: Optional[str] = None) -> str:
    """Every false, missed and misread fact, article by article, each with its sentence."""
    articles = [a for a in load(shared / "eval" / "newsfacts") if article_id in (None, a.id)]
    if not articles:
        return f"newsfacts: no article {article_id!r}"
    lines = []
    for article, predicted in zip(articles, predict(extractor, articles)):
        score = score_article(article.text, article.gold, predicted)
        micro = score.micro()
        lines.append(f"## {article.id} (published {article.gold.get('published')}): "
                     f"P {micro.precision:.3f} R {micro.recall:.3f} F1 {micro.f1:.3f}")
        if predicted is None:
            lines.append("  the extractor failed on this article")
        for error in score.errors:
            lines.append(f"  {error.fact_type:<13} {error.verdict.upper():<9} {error.detail}")
            lines.append(f"  {'':<13} {'':<9} {sentence_around(article.text, error.start, error.end)}")
        lines.append("")
    return "\n".join(lines)
