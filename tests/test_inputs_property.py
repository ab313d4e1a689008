"""Property tests: arbitrary Unicode and bytes never crash the readers or the extractor, and every fact's
text is exactly the slice of the input its offsets name.

Fragments of a real lead (the sample article, Serbia, November 2023) are mixed in so that facts are
found and their offsets actually checked; examples are few and short to keep the suite fast.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.readers import Article, InputError, read_data

from .conftest import offset_spans

FRAGMENTS = ["Serbian police", " detained 200 migrants", " on Monday", ', "We will not stop," ', "Vucic said",
             " in Belgrade", " more than 1,500 people", " last week", "\n\n", " \u00a315.8m", "\u201c", "\u201d"]

texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=8).map("".join)
raw = st.one_of(st.binary(max_size=200), texts.map(lambda text: text.encode("utf-8", "surrogatepass")),
                texts.map(lambda text: text.encode("utf-16")), texts.map(lambda text: text.encode("cp1252", "replace")))
names = st.sampled_from(["a.txt", "a.json", "a.jsonl", "a.csv", "a.tsv", "a.html", "a.gz", "a.zip", "a.warc",
                         "a.unknown", "-"])

FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(text=texts)
def test_extract_never_fails_and_offsets_slice_the_input(extractor, text):
    record = extractor.extract(text, published="2023-11-09").to_dict()
    for span in offset_spans(record):
        assert text[span["start"]:span["end"]] == span["text"]


@FAST
@given(data=raw, name=names)
def test_readers_turn_any_bytes_into_articles_or_errors(data, name):
    for item in read_data(data, name):
        assert isinstance(item, (Article, InputError))
        if isinstance(item, Article):
            assert item.text.strip()


@FAST
@given(data=raw, name=names)
def test_articles_read_from_any_bytes_have_offsets_into_the_text_as_read(extractor, data, name):
    articles = [item for item in read_data(data, name) if isinstance(item, Article)]
    for outcome in extractor.process(articles):
        assert outcome.facts is not None, outcome.error
        for span in offset_spans(outcome.facts.to_dict()):
            assert outcome.article.text[span["start"]:span["end"]] == span["text"]
