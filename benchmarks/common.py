"""What every benchmark shares: where the data is, span matching, P/R/F1, and result tables."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Optional, Sequence

if TYPE_CHECKING:
    from extractor import Extractor

SHARED_ENV = "EXTRACTOR_SHARED"


def shared_dir() -> Path:
    """``../shared`` beside the checkout (or ``$EXTRACTOR_SHARED``): gold data is read there, never copied."""
    default = Path(__file__).resolve().parent.parent.parent / "shared"
    return Path(os.environ.get(SHARED_ENV, default))


@dataclass
class PRF:
    """Precision, recall and F1 from counts."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "PRF") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


Span = tuple[int, int]


def overlap(a: Span, b: Span) -> int:
    """Characters two half-open spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def coverage(predicted: Span, gold: Span) -> float:
    """Share of the gold span's characters the predicted span covers (the GenderGapTracker measure)."""
    return overlap(predicted, gold) / (gold[1] - gold[0]) if gold[1] > gold[0] else 0.0


def match_spans(
    predicted: Sequence[Span], gold: Sequence[Span], *, strict: bool = False, min_coverage: float = 0.0
) -> list[tuple[int, int]]:
    """One-to-one (predicted index, gold index) pairs, largest overlaps first.

    ``strict``: same span only. Otherwise any overlap counts, or at least ``min_coverage`` of the gold span.
    """
    candidates = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            if strict:
                if p == g:
                    candidates.append((g[1] - g[0], i, j))
                continue
            shared = overlap(p, g)
            if shared and coverage(p, g) >= min_coverage:
                candidates.append((shared, i, j))
    pairs, used_p, used_g = [], set(), set()
    for _, i, j in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return sorted(pairs, key=lambda pair: pair[1])


def prf_of(predicted: Sequence[Span], gold: Sequence[Span], **match: Any) -> tuple[PRF, list[tuple[int, int]]]:
    pairs = match_spans(predicted, gold, **match)
    return PRF(tp=len(pairs), fp=len(predicted) - len(pairs), fn=len(gold) - len(pairs)), pairs


@dataclass
class Table:
    """One result table: markdown for people, ``to_dict`` for ``--json``."""

    title: str
    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, *row: Any) -> None:
        self.rows.append(list(row))

    def markdown(self) -> str:
        lines = [f"### {self.title}", "", "| " + " | ".join(self.columns) + " |",
                 "|" + "|".join(" --- " for _ in self.columns) + "|"]
        lines += ["| " + " | ".join(_cell(value) for value in row) + " |" for row in self.rows]
        lines += [""] + [f"{note}" for note in self.notes] if self.notes else []
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "columns": self.columns, "rows": self.rows, "notes": self.notes}


def _cell(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.3f}" if abs(value) < 10 else f"{value:,.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def base_pipes(nlp: Any) -> Any:
    """``with base_pipes(nlp):`` runs only the model's own components, so a spaCy baseline uses the very same model."""
    return nlp.select_pipes(disable=[name for name in nlp.pipe_names if name.startswith("extractor_")])


def rate(passed: int, total: int) -> Optional[float]:
    return passed / total if total else None


def mean(values: Iterable[float]) -> Optional[float]:
    items = list(values)
    return sum(items) / len(items) if items else None


def extract_records(extractor: "Extractor", records: Iterable[Mapping[str, Any]]) -> list[Optional[dict[str, Any]]]:
    """Each record's output (``text`` plus optional ``id``/``published``), or None where the extractor failed.

    One failing article must not stop a benchmark: it scores as predicting nothing, and the callers
    report how many failed.
    """
    from extractor.readers import article_from_record

    articles = (article_from_record(record, source=str(n), default_id=str(n)) for n, record in enumerate(records, 1))
    return [outcome.facts.to_dict() if outcome.facts else None for outcome in extractor.process(articles)]
