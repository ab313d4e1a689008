"""Names that are no person of the story: a name that only qualifies a thing ('an Oscar nomination') and a
character someone plays ('who plays Hermione')."""

from __future__ import annotations

from spacy.tokens import Span

from .lexicon import ROLE_MODIFIER_DEPS, PeopleLexicon


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
