"""The model's lemmatizer with each lemma remembered gives spaCy's own lemmas, with and without overwriting the
lemmas the attribute ruler set, before and after it has met the words, saved, loaded and pickled."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from spacy.attrs import LEMMA
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.tokens import Doc

from extractor.lemmatizer import MemoLemmatizer, memo_lemmatizers

from .conftest import SAMPLE

# Real news sentences with words whose lemmas take each of spaCy's paths: a singular noun and a base verb (its base
# form test), plurals and past forms (its rules), irregular forms (its exceptions), proper nouns, numbers, and
# words the attribute ruler lemmatizes first ("n't", "'s").
SENTENCES = [
    # Reuters-21578, article 12773
    '"President Reagan, he ain\'t going to be running in 1988, but I am," Congressman Arthur Ravenel, a South '
    'Carolina Republican, said on Tuesday.',
    # BBC News, business/001
    "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) for the three months to "
    "December, from $639m year-earlier.",
    # BBC News, politics/380
    '"There are people on very low salaries, very low incomes indeed who really shouldn\'t be paying income tax," '
    'he said.',
    # BBC News, sport/080
    '"We were given the task of getting the snake out if its hole but we were not given any evidence to do it '
    'with," he said.',
    # BBC News, tech/394
    '"Telcos have been wanting to do video for a long time," Ed Graczyk, director of marketing for Microsoft IPTV, '
    'told the BBC News website.',
]


@pytest.fixture(scope="module")
def parsed(nlp: Language) -> list[Doc]:
    """The sentences and the sample article as the model leaves them just before its lemmatizer."""
    texts = SENTENCES + [SAMPLE.read_text(encoding="utf-8")]
    names = nlp.pipe_names
    return list(nlp.pipe(texts, disable=names[names.index("lemmatizer"):]))


def lemmatizers(nlp: Language, overwrite: bool = False) -> tuple[EnglishLemmatizer, MemoLemmatizer]:
    stock = EnglishLemmatizer(nlp.vocab, None, mode="rule", overwrite=overwrite)
    memo = MemoLemmatizer(nlp.vocab, None, mode="rule", overwrite=overwrite)
    stock.lookups = memo.lookups = nlp.get_pipe("lemmatizer").lookups
    return stock, memo


def lemmas(doc: Doc) -> list[int]:
    return doc.to_array(LEMMA).tolist()


@pytest.mark.parametrize("overwrite", [False, True], ids=["keeping the ruler's lemmas", "overwriting them"])
def test_every_token_gets_spacys_lemma_the_first_time_and_from_memory(nlp: Language, parsed: list[Doc],
                                                                      overwrite: bool):
    stock, memo = lemmatizers(nlp, overwrite)
    for _ in range(2):  # the second time, every word's lemma is remembered
        for doc in parsed:
            assert lemmas(memo(doc.copy())) == lemmas(stock(doc.copy()))
    assert memo._memo


def test_the_lemmas_are_the_words_base_forms(nlp: Language, parsed: list[Doc]):
    """The comparison above is not empty: plural nouns, past verbs and "n't" have their base forms."""
    _, memo = lemmatizers(nlp)
    doc = memo(parsed[0].copy())
    assert [token.lemma_ for token in doc if token.text in ("ai", "n't", "going", "am", "said")] == [
        "be", "not", "go", "be", "say"]
    doc = memo(parsed[2].copy())
    assert [token.lemma_ for token in doc if token.text in ("salaries", "incomes", "paying")] == [
        "salary", "income", "pay"]


def test_lemmas_follow_tables_given_after_the_words_were_met(nlp: Language, parsed: list[Doc]):
    _, memo = lemmatizers(nlp)
    memo(parsed[2].copy())
    tables = Lookups().from_bytes(memo.lookups.to_bytes())
    exceptions = tables.get_table("lemma_exc")
    exceptions["noun"] = {**exceptions["noun"], "incomes": ["revenue"]}
    memo.initialize(lookups=tables)
    assert [token.lemma_ for token in memo(parsed[2].copy()) if token.text == "incomes"] == ["revenue"]


def test_the_pipeline_runs_the_memo_under_the_models_name_mode_and_tables(nlp: Language):
    assert nlp.get_pipe_meta("lemmatizer").factory == "extractor_lemmatizer"
    memo = nlp.get_pipe("lemmatizer")
    assert isinstance(memo, MemoLemmatizer) and memo.mode == "rule" and memo.lookups.tables


def test_the_memo_saves_loads_and_pickles_with_its_tables(nlp: Language, parsed: list[Doc], tmp_path: Path):
    stock, memo = lemmatizers(nlp)
    memo.to_disk(tmp_path / "lemmatizer")
    loaded = MemoLemmatizer(nlp.vocab, None, mode="rule").from_disk(tmp_path / "lemmatizer")
    copied = pickle.loads(pickle.dumps(memo))
    for doc in parsed:
        assert lemmas(loaded(doc.copy())) == lemmas(copied(doc.copy())) == lemmas(stock(doc.copy()))


@pytest.mark.parametrize("language, disabled", [("en", True), ("de", False)],
                         ids=["a disabled English one", "another language's"])
def test_a_lemmatizer_that_is_not_an_english_one_that_runs_stays_spacys(language: str, disabled: bool):
    import spacy

    blank = spacy.blank(language)
    blank.add_pipe("lemmatizer", config={"mode": "rule"})
    if disabled:
        blank.disable_pipe("lemmatizer")
    memo_lemmatizers(blank)
    assert blank.get_pipe_meta("lemmatizer").factory == "lemmatizer"
    assert not isinstance(blank.get_pipe("lemmatizer"), MemoLemmatizer)
