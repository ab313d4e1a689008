"""Entities: places, organizations and people as CoNLL-2003 LOC/ORG/PER, exact token spans (conlleval).

CoNLL-2003 is the standard English NER benchmark, so these figures compare with any NER system's.
Each document is rebuilt from its tokens (spaces between tokens, newlines between sentences) so
every token keeps its character offsets, and our mentions map back onto tokens.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Optional, Sequence

from .common import PRF, Span, Table, base_pipes, extract_records

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from extractor import Extractor

TYPES = ("LOC", "ORG", "PER")
FACT_TYPES = {"places": "LOC", "organizations": "ORG", "people": "PER"}
BASELINE_LABELS = {"GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG", "PERSON": "PER"}
DOCSTART = "-DOCSTART-"

Entity = tuple[str, int, int]  # (type, first token, token after the last)
Predictions = list[set[Entity]]  # one set per document


@dataclass
class Document:
    """A rebuilt document: its text, each token's character span, each sentence's token range, gold entities."""

    text: str
    tokens: list[Span]
    sentences: list[tuple[int, int]]
    gold: set[Entity]


def load(path: Path, limit: Optional[int] = None) -> list[Document]:
    """CoNLL-2003 (``token POS chunk NER`` per line, IOB1), documents split at ``-DOCSTART-``; MISC dropped."""
    documents: list[Document] = []
    sentences: list[list[tuple[str, str]]] = [[]]
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            fields = line.split()
            if fields and fields[0] == DOCSTART:
                if any(sentences):
                    documents.append(build_document(sentences))
                    if limit is not None and len(documents) >= limit:
                        return documents
                sentences = [[]]
            elif not fields:
                if sentences[-1]:
                    sentences.append([])
            else:
                sentences[-1].append((fields[0], fields[-1]))
    if any(sentences):
        documents.append(build_document(sentences))
    return documents


def build_document(sentences: Sequence[Sequence[tuple[str, str]]]) -> Document:
    """Text and offsets from (token, tag) sentences: tokens joined by spaces, sentences by newlines."""
    text_parts: list[str] = []
    tokens: list[Span] = []
    ranges: list[tuple[int, int]] = []
    tags: list[str] = []
    position = 0
    for sentence in (s for s in sentences if s):
        first = len(tokens)
        for n, (token, tag) in enumerate(sentence):
            if n:
                text_parts.append(" ")
                position += 1
            tokens.append((position, position + len(token)))
            text_parts.append(token)
            position += len(token)
            tags.append(tag)
        ranges.append((first, len(tokens)))
        text_parts.append("\n")
        position += 1
    gold = {entity for entity in iob1_entities(tags) if entity[0] in TYPES}
    return Document("".join(text_parts), tokens, ranges, gold)


def iob1_entities(tags: Sequence[str]) -> list[Entity]:
    """Entities of an IOB1 tag sequence: ``I-X`` continues an X entity, ``B-X`` starts a new one right after another."""
    entities: list[Entity] = []
    kind, start = None, 0
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        continues = prefix == "I" and label == kind
        if kind is not None and not continues:
            entities.append((kind, start, i))
            kind = None
        if prefix in ("I", "B") and not continues:
            kind, start = label, i
    return entities


def token_range(tokens: Sequence[Span], span: Span) -> Optional[tuple[int, int]]:
    """The tokens a character span touches, as (first, after last); None if it touches none."""
    starts = [start for start, _ in tokens]
    first = bisect.bisect_right(starts, span[0]) - 1
    if first < 0 or tokens[first][1] <= span[0]:
        first += 1
    last = bisect.bisect_left(starts, span[1])
    return (first, last) if first < last else None


def to_entities(tokens: Sequence[Span], labelled: Iterable[tuple[str, int, int]]) -> set[Entity]:
    """(type, start char, end char) spans as token entities."""
    entities = set()
    for kind, start, end in labelled:
        tokens_touched = token_range(tokens, (start, end))
        if tokens_touched:
            entities.add((kind, *tokens_touched))
    return entities


def predictions_from_facts(document: Document, facts: Optional[dict[str, Any]]) -> set[Entity]:
    """Mentions of places, organizations and people as LOC/ORG/PER; demonym mentions are skipped.

    CoNLL tags "Serbian" in "Serbian police" as MISC, which is ignored, so a demonym is no LOC claim.
    """
    labelled = [(kind, mention["start"], mention["end"])
                for key, kind in FACT_TYPES.items() for fact in (facts or {}).get(key, [])
                for mention in fact.get("mentions", []) if mention.get("via") != "demonym"]
    return to_entities(document.tokens, labelled)


def baseline_from_docs(document: Document, docs: Sequence["Doc"], offsets: Sequence[int]) -> set[Entity]:
    """The base model's entities (GPE/LOC/FAC as LOC, ORG, PERSON as PER) from docs of the text's pieces."""
    labelled = [(BASELINE_LABELS[ent.label_], offset + ent.start_char, offset + ent.end_char)
                for doc, offset in zip(docs, offsets) for ent in doc.ents if ent.label_ in BASELINE_LABELS]
    return to_entities(document.tokens, labelled)


def score(documents: Sequence[Document], predictions: Sequence[set[Entity]]) -> dict[str, PRF]:
    """Exact-span P/R/F1 per type and ``micro`` over all three."""
    result = {kind: PRF() for kind in (*TYPES, "micro")}
    for document, predicted in zip(documents, predictions):
        for kind in TYPES:
            ours = {e for e in predicted if e[0] == kind}
            gold = {e for e in document.gold if e[0] == kind}
            counts = PRF(tp=len(ours & gold), fp=len(ours - gold), fn=len(gold - ours))
            result[kind].add(counts)
            result["micro"].add(counts)
    return result


def predict(extractor: "Extractor", documents: Sequence[Document]) -> tuple[Predictions, Predictions, Predictions, int]:
    """Our entities, the baseline's on whole documents and sentence by sentence, and how many documents failed."""
    outputs = extract_records(extractor, [{"id": str(n), "text": d.text} for n, d in enumerate(documents)])
    ours = [predictions_from_facts(d, facts) for d, facts in zip(documents, outputs)]
    sentences = [d.text[d.tokens[a][0]:d.tokens[b - 1][1]] for d in documents for a, b in d.sentences]
    with base_pipes(extractor.nlp):
        whole = list(extractor.nlp.pipe(d.text for d in documents))
        sentence_docs = iter(list(extractor.nlp.pipe(sentences)))
    by_document = [baseline_from_docs(d, [doc], [0]) for d, doc in zip(documents, whole)]
    by_sentence = [baseline_from_docs(d, [next(sentence_docs) for _ in d.sentences],
                                      [d.tokens[a][0] for a, _ in d.sentences]) for d in documents]
    return ours, by_document, by_sentence, sum(facts is None for facts in outputs)


def run(extractor: "Extractor", shared: Path, limit: Optional[int] = None) -> list[Table]:
    """Load -> predict (ours; the baseline by document and by sentence) -> score -> one table."""
    documents = load(shared / "eval" / "entities" / "conll2003-eng.testa", limit)
    predicted = predict(extractor, documents)
    ours, by_document, by_sentence = (score(documents, p) for p in predicted[:3])
    table = Table(f"Entities: CoNLL-2003 dev ({len(documents)} documents, "
                  f"{sum(len(d.gold) for d in documents)} LOC/ORG/PER entities)",
                  ["type", "precision", "recall", "F1", "baseline P", "baseline R", "baseline F1",
                   "baseline F1, by sentence"])
    for kind in (*TYPES, "micro"):
        a, b, c = ours[kind], by_document[kind], by_sentence[kind]
        table.add(kind, a.precision, a.recall, a.f1, b.precision, b.recall, b.f1, c.f1)
    table.notes += [
        "Exact token spans; MISC ignored on both sides; a mention maps to every token it touches; "
        "demonym mentions of places are not counted (CoNLL tags them MISC).",
        "Baseline: the base model's entities, our components off (GPE/LOC/FAC -> LOC, ORG, PERSON -> PER), "
        "run on whole documents like the extractor, and sentence by sentence.",
    ]
    if predicted[3]:
        table.notes.append(f"The extractor failed on {predicted[3]} documents; they count as finding nothing.")
    return [table]
