"""Organizations: the model's ORG entities plus curated media outlets and well-known acronyms, each body
merged into one record under its fullest name with the article's other names for it as aliases."""

from __future__ import annotations

from .component import OrganizationFinder, make_organizations

__all__ = ["OrganizationFinder", "make_organizations"]
