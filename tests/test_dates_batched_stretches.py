"""The dates component finds the Matcher's stretches for a batch of docs at once (issue 25): each doc's matches and
dates are those it has alone, whatever docs come before and after it."""

from __future__ import annotations

from spacy.language import Language

from extractor.dates.patterns import COLUMNS

# Docs that end and open with words the patterns test (a date across the join would be a match of neither), an
# empty doc, and one with no date.
_TEXTS = [
    "Output rose 5 pct in the week ended February 28, 1987",
    "1988 will be better, the company said on Monday, and in May 1.5 mln tonnes",
    "",
    "No date here at all, only words the patterns pass over.",
    "March 3",
    "Friday",
    "two weeks ago",
]


def test_a_batch_of_docs_has_the_matches_of_each_doc_alone(nlp: Language) -> None:
    finder = nlp.get_pipe("extractor_dates")
    names = [name for name, _ in nlp.pipeline]
    docs = list(nlp.pipe(_TEXTS, disable=names[names.index("extractor_dates"):]))
    alone = [finder.matches(doc) for doc in docs]
    assert any(alone) and [] in alone
    assert finder.matches.in_docs(docs, [doc.to_array(COLUMNS) for doc in docs]) == alone
    assert finder.matches.in_docs(docs[::-1], [doc.to_array(COLUMNS) for doc in docs[::-1]]) == alone[::-1]


def test_a_batch_of_docs_has_the_dates_of_each_doc_alone(nlp: Language) -> None:
    alone = [nlp(text)._.dates for text in _TEXTS]
    assert [doc._.dates for doc in nlp.pipe(_TEXTS, batch_size=3)] == alone
    assert [doc._.dates for doc in nlp.pipe(_TEXTS, batch_size=32)] == alone
