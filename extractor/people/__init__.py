"""People: the model's PERSON entities grown to full names, surname-only mentions merged into the full
name, and roles read from titles, appositions and a following 'He is the ...' sentence."""

from __future__ import annotations

from .component import NameMention, PeopleFinder, make_people

__all__ = ["NameMention", "PeopleFinder", "make_people"]
