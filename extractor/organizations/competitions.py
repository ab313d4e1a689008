"""Competitions the model tags as organizations: a league's or a tournament's name the article uses for the contest
('the Champions League final', 'into the Champions League'), which the NewsFacts guide counts as an event, not a
body, though the same words name the body that runs it elsewhere ('The Premier League is attempting to find a
date')."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .candidates import Candidate
from .lexicon import OrganizationLexicon

# The dependencies of a subject: a competition is the subject of 'be' ('the Champions League is mine'), a body of
# what it does.
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def competition_names(doc: Doc, lexicon: OrganizationLexicon, candidates: list[Candidate]) -> set[str]:
    """The keys (``Candidate.norm``) of the names that are competitions: headed by a competition's word ('League',
    'Nations'), used as a contest at one mention at least (a contest's noun after it, 'win' or 'into' before 'the'
    and it: 'Champions League tie', 'Tri-Nations rivals', 'win the Champions League') and as a body at none (a
    body's noun after it, 'at the' before it, the subject of a verb: 'A National Football League spokesman', 'a
    similar role at the Premier League'). A name the article never uses either way stays: 'the Arab League' is a
    body."""
    contests: set[str] = set()
    bodies: set[str] = set()
    for candidate in candidates:
        if doc[candidate.end - 1].text not in lexicon.competition_heads:
            continue
        after = doc[candidate.end].lower_ if candidate.end < len(doc) else ""
        before = doc[candidate.start - 2].lower_ if candidate.start > 1 and doc[candidate.start - 1].lower_ == "the" \
            else ""
        if after in lexicon.competition_body_nouns or before == "at":
            bodies.add(candidate.norm)
        elif after in lexicon.competition_nouns or before in lexicon.competition_cues:
            contests.add(candidate.norm)
        elif _a_subject(doc[candidate.start : candidate.end]):
            bodies.add(candidate.norm)
    return contests - bodies


def _a_subject(name: Span) -> bool:
    """The subject of a verb other than 'be' ('The Premier League is attempting to find a date'); a contest's noun
    after the name, which the parser may read as its verb ('the Champions League clash with Barcelona'), is read
    first."""
    root = name.root
    return root.dep_ in SUBJECTS and root.head.lemma_ != "be"
