"""The library entry points: ``Extractor`` loads the pipeline once; ``extract`` is the one-call form."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import date
from typing import Any, Iterable, Iterator, Mapping, Optional, Union

from spacy.language import Language
from spacy.tokens import Doc

from .facts import FACT_TYPES, ArticleFacts
from .pipeline import build_pipeline, model_info, resolve_model
from .readers import Article, InputError, article_from_record, article_from_text

Record = Union[str, Mapping[str, Any], Article]


@dataclass
class Outcome:
    """One article's result: its facts, or the error that stopped it."""

    article: Article
    facts: Optional[ArticleFacts] = None
    error: Optional[InputError] = None


class Extractor:
    """A loaded pipeline; create one and reuse it, since loading the model is the slow part."""

    def __init__(self, model: Optional[str] = None, *, nlp: Optional[Language] = None) -> None:
        self.nlp = nlp if nlp is not None else build_pipeline(model)
        self.model = model_info(self.nlp)

    @classmethod
    def shared(cls, model: Optional[str] = None) -> "Extractor":
        """One loaded pipeline per model for the whole process (the CLI, ``extract`` and tests share it)."""
        name = resolve_model(model)
        if name not in _SHARED:
            _SHARED[name] = cls(name)
        return _SHARED[name]

    def extract(
        self,
        text: str,
        published: Union[str, date, None] = None,
        *,
        id: str = "-",
        title: Optional[str] = None,
        url: Optional[str] = None,
    ) -> ArticleFacts:
        """Facts of one article; ``published`` anchors relative dates (else they stay unresolved)."""
        article = article_from_text(text, id=id, source=id, published=published, title=title, url=url)
        return next(self.extract_many([article]))

    def extract_many(self, records: Iterable[Record], *, batch_size: int = 32) -> Iterator[ArticleFacts]:
        """Facts of each record in order (texts, dicts with ``text``, or Articles), streamed batch by batch.

        Raises the first ``InputError``; use ``process`` to get errors in line with results instead.
        """
        for outcome in self.process((_as_article(record, n) for n, record in enumerate(records, 1)), batch_size):
            if outcome.error is not None:
                raise outcome.error
            assert outcome.facts is not None
            yield outcome.facts

    def process(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator[Outcome]:
        """An ``Outcome`` per article, in order; a failing article never stops the others."""
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= batch_size:
                yield from self._process_batch(batch)
                batch = []
        if batch:
            yield from self._process_batch(batch)

    def _process_batch(self, batch: list[Article]) -> Iterator[Outcome]:
        too_long = {id(article) for article in batch if len(article.text) - article.body_start > self.nlp.max_length}
        try:
            docs = list(self.nlp.pipe(self._make_doc(article) for article in batch if id(article) not in too_long))
        except Exception:  # one bad document: redo the batch one by one to find it
            docs = None
        done = iter(docs) if docs is not None else None
        for article in batch:
            if id(article) in too_long:
                limit = f"{self.nlp.max_length:,}"
                yield Outcome(article, error=InputError(article.source, f"article longer than {limit} characters"))
                continue
            try:
                doc = next(done) if done is not None else self.nlp(self._make_doc(article))
            except Exception as error:  # report, keep going: never lose the other articles
                yield Outcome(article, error=InputError(article.source, f"processing failed: {error!r}"))
                continue
            yield Outcome(article, facts=self._facts(article, doc))

    def _make_doc(self, article: Article) -> Doc:
        doc = self.nlp.make_doc(article.text[article.body_start:])
        doc._.published = article.published
        return doc

    def _facts(self, article: Article, doc: Doc) -> ArticleFacts:
        facts = ArticleFacts(
            id=article.id,
            source=article.source,
            published=article.published,
            title=article.title,
            url=article.url,
            model=dict(self.model),
            warnings=list(article.warnings) + list(doc._.warnings or []),
        )
        for name in FACT_TYPES:
            records = getattr(doc._, name, None) if doc.has_extension(name) else None
            setattr(facts, name, _shifted(copy.deepcopy(records or []), article.body_start))
        return facts


def _as_article(record: Record, number: int) -> Article:
    if isinstance(record, Article):
        return record
    if isinstance(record, str):
        return article_from_text(record, id=str(number), source=str(number))
    return article_from_record(record, source=str(number), default_id=str(number))


def _shifted(value: Any, offset: int) -> Any:
    """Move every ``start``/``end`` offset from the body to the text as read (in place)."""
    if offset and isinstance(value, list):
        for item in value:
            _shifted(item, offset)
    elif offset and isinstance(value, dict):
        for key, item in value.items():
            if key in ("start", "end") and isinstance(item, int):
                value[key] = item + offset
            else:
                _shifted(item, offset)
    return value


_SHARED: dict[str, Extractor] = {}


def extract(text: str, published: Union[str, date, None] = None) -> ArticleFacts:
    """Facts of one article with the default model (loaded on first use, then kept)."""
    return Extractor.shared().extract(text, published)
