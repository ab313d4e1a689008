"""The model's attribute ruler matched through an index gives spaCy's own ruler's matches and token attributes,
for the model's patterns and for patterns of every kind a user's model may hold, and falls back to the Matcher
for patterns the index cannot read."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from extractor.attribute_ruler import IndexedAttributeRuler

from .conftest import SAMPLE

# Real news sentences with the words the English model's exceptions are about: "n't", "ain't", "there are",
# "do" as a main verb, "it" as an object, "that" as a pronoun.
SENTENCES = [
    # Reuters-21578, article 12773
    '"President Reagan, he ain\'t going to be running in 1988, but I am," Congressman Arthur Ravenel, a South '
    'Carolina Republican, said on Tuesday.',
    # BBC News, entertainment/131
    '"There are elements of our musical output which require sustenance because they aren\'t self-sufficient," '
    'he said.',
    # BBC News, sport/080
    '"We were given the task of getting the snake out if its hole but we were not given any evidence to do it '
    'with," he said.',
    # BBC News, tech/394
    '"Telcos have been wanting to do video for a long time," Ed Graczyk, director of marketing for Microsoft IPTV, '
    'told the BBC News website.',
    # BBC News, sport/366
    '"There are a lot of people in the world with one kidney who just don\'t know it."',
    # BBC News, politics/380
    '"There are people on very low salaries, very low incomes indeed who really shouldn\'t be paying income tax," '
    'he said.',
]

# Patterns of each kind the index reads (a value, IN, NOT_IN, REGEX, two words, a negative index, a flag), and
# entries that overlap so that a later one must win.
USER_PATTERNS = [
    {"patterns": [[{"LOWER": "there"}, {"LOWER": {"IN": ["are", "is"]}}]], "attrs": {"LEMMA": "exist"}, "index": -1},
    {"patterns": [[{"TAG": {"NOT_IN": ["NN", "NNS", ""]}, "LOWER": {"REGEX": "^[a-z]+ing$"}}]],
     "attrs": {"POS": "NOUN"}},
    {"patterns": [[{"TAG": "PRP"}], [{"IS_PUNCT": True}]], "attrs": {"MORPH": "Case=Nom"}},
    {"patterns": [[{"DEP": "nsubj", "TAG": "PRP"}]], "attrs": {"MORPH": "Case=Acc", "LEMMA": "someone"}},
    {"patterns": [[{"ORTH": "said"}, {"TAG": "IN"}]], "attrs": {"TAG": "VBN"}, "index": 0},
]


@pytest.fixture(scope="module")
def parsed(nlp: Language) -> list[Doc]:
    """The sentences and the sample article as the model leaves them just before its attribute ruler."""
    texts = SENTENCES + [SAMPLE.read_text(encoding="utf-8")]
    names = nlp.pipe_names
    return list(nlp.pipe(texts, disable=names[names.index("attribute_ruler"):]))


def rulers(nlp: Language, patterns: list[dict]) -> tuple[AttributeRuler, IndexedAttributeRuler]:
    stock, indexed = AttributeRuler(nlp.vocab), IndexedAttributeRuler(nlp.vocab)
    stock.add_patterns(patterns)
    indexed.add_patterns(patterns)
    return stock, indexed


def attributes(doc: Doc) -> list[list[int]]:
    return doc.to_array([TAG, POS, MORPH, LEMMA, DEP]).tolist()


def model_patterns(nlp: Language) -> list[dict]:
    return nlp.get_pipe("attribute_ruler").patterns


@pytest.mark.parametrize("which", ["the model's own patterns", "patterns of every kind"])
def test_the_index_finds_the_matchers_matches_and_sets_the_same_attributes(nlp: Language, parsed: list[Doc],
                                                                           which: str):
    patterns = model_patterns(nlp) if which.startswith("the model") else USER_PATTERNS
    stock, indexed = rulers(nlp, patterns)
    for doc in parsed:
        assert indexed.match(doc) == stock.match(doc)
        ours, theirs = doc.copy(), doc.copy()
        assert attributes(indexed(ours)) == attributes(stock(theirs))
    assert indexed._index is not None


def test_the_model_patterns_change_what_they_are_meant_to(nlp: Language, parsed: list[Doc]):
    """The comparison above is not empty: "n't" is the particle "not" after the ruler."""
    _, indexed = rulers(nlp, model_patterns(nlp))
    doc = indexed(parsed[1].copy())
    negation = next(token for token in doc if token.lower_ == "n't")
    assert (negation.pos_, negation.lemma_, str(negation.morph)) == ("PART", "not", "Polarity=Neg")


@pytest.mark.parametrize("spec", [
    {"LOWER": "there", "OP": "?"},
    {"IS_SENT_START": True},
    {"LENGTH": {">=": 3}},
    {"MORPH": {"IS_SUPERSET": ["Number=Sing"]}},
])
def test_a_pattern_the_index_cannot_read_leaves_the_whole_ruler_to_the_matcher(nlp: Language, parsed: list[Doc],
                                                                                spec: dict):
    patterns = USER_PATTERNS + [{"patterns": [[spec, {"LOWER": "are"}]], "attrs": {"LEMMA": "exist"}}]
    stock, indexed = rulers(nlp, patterns)
    assert [indexed.match(doc) for doc in parsed] == [stock.match(doc) for doc in parsed]
    assert indexed._index is None


def test_patterns_added_later_are_indexed_too(nlp: Language, parsed: list[Doc]):
    stock, indexed = rulers(nlp, USER_PATTERNS[:2])
    indexed.match(parsed[0])
    stock.add_patterns(USER_PATTERNS[2:])
    indexed.add_patterns(USER_PATTERNS[2:])
    assert [indexed.match(doc) for doc in parsed] == [stock.match(doc) for doc in parsed]


def test_an_index_outside_its_pattern_is_spacys_own_error(nlp: Language, parsed: list[Doc]):
    patterns = [{"patterns": [[{"LOWER": "there"}]], "attrs": {"LEMMA": "exist"}, "index": 1}]
    stock, indexed = rulers(nlp, patterns)
    with pytest.raises(ValueError) as theirs:
        stock(parsed[1].copy())
    with pytest.raises(ValueError) as ours:
        indexed(parsed[1].copy())
    assert str(ours.value) == str(theirs.value)


def test_the_pipeline_runs_the_indexed_ruler_under_the_models_name(nlp: Language):
    assert "attribute_ruler" in nlp.pipe_names
    assert nlp.get_pipe_meta("attribute_ruler").factory == "extractor_attribute_ruler"
    assert isinstance(nlp.get_pipe("attribute_ruler"), IndexedAttributeRuler)


def test_the_indexed_ruler_saves_loads_and_pickles_with_its_patterns(nlp: Language, parsed: list[Doc],
                                                                     tmp_path: Path):
    _, indexed = rulers(nlp, USER_PATTERNS)
    indexed.to_disk(tmp_path / "ruler")
    loaded = IndexedAttributeRuler(nlp.vocab).from_disk(tmp_path / "ruler")
    copied = pickle.loads(pickle.dumps(indexed))
    for doc in parsed:
        assert loaded.match(doc) == indexed.match(doc) == copied.match(doc)


def test_a_disabled_attribute_ruler_stays_disabled_and_spacys():
    import spacy

    from extractor.attribute_ruler import index_attribute_rulers
    from extractor.pipeline import resolve_model

    loaded = spacy.load(resolve_model(), disable=["attribute_ruler"])
    index_attribute_rulers(loaded)
    assert "attribute_ruler" in loaded.disabled
    assert loaded.get_pipe_meta("attribute_ruler").factory == "attribute_ruler"
