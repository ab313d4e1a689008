"""The organizations' stages read words from the token columns (``Reading``) where they once made Token objects and
``Doc.ents``; what they read must be what spaCy's own attributes give, on real articles.

Every text is real news text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

from extractor.organizations.lexicon import OrganizationLexicon
from extractor.organizations.reading import Reading, id_set
from extractor.organizations.recognise import surnames
from extractor.organizations.teams import _possible_results_lines, line_breaks

TEXTS = [
    # reuters21578 21397: a name over a wire's line break, indented paragraphs
    "XIDEX <XIDX.O> NAMES NEW CHIEF EXECUTIVE\n\nXidex Corp said Lester L.\nColbert Jr. will be succeeded as "
    "president and chief executive\nofficer by executive vice president and chief operating officer\nBert Zaccaria "
    "but will remain chairman.\n    The company said Colbert has decided to take a less active\nrole in management.",
    # bbc/sport 214: a result headline over a blank line
    "Mansfield 0-1 Leyton Orient\n\nAn second-half goal from Andy Scott condemned Mansfield to a ninth successive "
    "game without a win.",
]


def _lexicon(nlp: Any) -> OrganizationLexicon:
    return nlp.get_pipe("extractor_organizations").lexicon


@pytest.mark.parametrize("text", TEXTS)
def test_the_column_lists_are_the_tokens_attributes(nlp: Any, text: str):
    doc = nlp(text)
    reading = Reading(doc)
    assert reading.like_nums == [int(token.like_num) for token in doc]
    assert reading.spaces == [int(token.is_space) for token in doc]
    assert reading.alphas == [int(token.is_alpha) for token in doc]
    assert reading.lengths == [len(token) for token in doc]
    assert reading.is_lowers == [int(token.is_lower) for token in doc]


@pytest.mark.parametrize("text", TEXTS)
def test_a_words_id_is_its_tokens_lower_id(nlp: Any, text: str):
    doc = nlp(text)
    assert all(id_set([token.lower_]) == {token.lower} for token in doc)


@pytest.mark.parametrize("text", TEXTS)
def test_surnames_from_the_entity_columns_are_those_of_doc_ents(nlp: Any, text: str):
    """The PERSON and ORG entities read from the ENT_IOB and ENT_TYPE columns are ``Doc.ents``'s."""
    doc = nlp(text)
    lexicon = _lexicon(nlp)
    expected = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1
                and ent[-1].is_title and ent[0].text in lexicon.first_names
                and ent[-1].lower_.rstrip(".") not in ("jr", "sr", "ii", "iii", "iv")}
    assert surnames(Reading(doc), lexicon, set()) >= expected


def test_a_persons_surname_over_a_wire_line_break_and_a_suffix(nlp: Any):
    assert "Colbert" in surnames(Reading(nlp(TEXTS[0])), _lexicon(nlp), set())


def test_only_a_line_with_a_score_and_no_prose_may_be_a_results_line(nlp: Any):
    doc = nlp(TEXTS[1])
    reading = Reading(doc)
    assert [doc[start:end].text for start, end in _possible_results_lines(reading, line_breaks(reading))] \
        == ["Mansfield 0-1 Leyton Orient"]
