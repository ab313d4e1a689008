"""Names that are no person of the story: a name that only qualifies a thing ('an Oscar nomination'), a
character someone plays ('who plays Hermione'), a table's label ('Revs 28.8 mln vs 32.5 mln') and a company
the wire marks ('<Eni>'). ``NOT_A_PERSON`` lists them; a person all of whose mentions one of them holds for
is dropped."""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Span

from .lexicon import ROLE_MODIFIER_DEPS, PeopleLexicon

# A line of a table has at most this many words after its label ('Avg shrs 5.0 mln vs 3.3 mln').
LABEL_LINE_MAX_WORDS = 8
# ... and no lowercase word longer than this: abbreviations ('shrs', 'mln', 'vs', 'cts').
LABEL_WORD_MAX_LETTERS = 4


def plays_a_part(span: Span, lexicon: PeopleLexicon) -> bool:
    """A one-word name that someone plays is a character, no person of the story ('Emma Watson, who plays
    Hermione', 'Matthew Perry, who played Chandler'); a full name may be a real person played ('playing late
    screen legend Katharine Hepburn')."""
    root = span.root
    return len(span) == 1 and root.dep_ in ("dobj", "appos") and root.head.lemma_.lower() in lexicon.deed_phrases


def modifies_a_thing(span: Span, lexicon: PeopleLexicon) -> bool:
    """A name used only to qualify a thing is no person of the story: a brand, award, place or work ('a
    floor-length Armani dress', 'an Oscar nomination', 'a plain-speaking Yorkshire man', 'the Harry Potter
    films'). Nouns a person leads ('the Bush administration') and roles ('a Blair aide') keep the person."""
    root = span.root
    head = root.head
    return root.dep_ in ROLE_MODIFIER_DEPS and head.i >= span.end and head.pos_ == "NOUN" and head.is_lower \
        and not lexicon.is_role_head(head) and head.lemma_ not in lexicon.person_led_nouns


def labels_a_line_of_figures(span: Span, lexicon: PeopleLexicon) -> bool:
    """Earnings tables label their figures with a word or two opening the line ('Revs 28.8 mln vs 32.5 mln',
    'Avg shrs 5.0 mln vs 3.3 mln', 'Pay Aug 15'): a name opening a short line of figures and abbreviations
    labels it. Wire copy is wrapped, so a line of prose opens with a name too ('Alan Garcia last night for one
    hour.'): it has longer lowercase words."""
    doc = span.doc
    if span.start > 0 and "\n" not in doc[span.start - 1].text:
        return False
    words = []
    for token in doc[span.end :]:
        if "\n" in token.text:
            break
        if not token.is_space:
            words.append(token)
    return 0 < len(words) <= LABEL_LINE_MAX_WORDS and any(char.isdigit() for token in words for char in token.text) \
        and not any(token.is_lower and len(token) > LABEL_WORD_MAX_LETTERS for token in words)


def marked_as_a_company(span: Span, lexicon: PeopleLexicon) -> bool:
    """Reuters marks companies and their tickers in angle brackets ('Reed International Plc <REED.L>', 'a
    subsidiary of Italy's <Eni>')."""
    doc = span.doc
    return 0 < span.start and span.end < len(doc) and doc[span.start - 1].text == "<" and doc[span.end].text == ">"


# Names that are no person of the story, each with its rule.
NOT_A_PERSON: tuple[tuple[str, Callable[[Span, PeopleLexicon], bool]], ...] = (
    ("a name qualifying a thing ('an Oscar nomination')", modifies_a_thing),
    ("a character someone plays ('who plays Hermione')", plays_a_part),
    ("a table's label ('Revs 28.8 mln vs 32.5 mln')", labels_a_line_of_figures),
    ("a company the wire marks ('<Eni>')", marked_as_a_company),
)
