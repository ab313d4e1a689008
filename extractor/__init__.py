"""Pull the checkable facts out of English news articles.

>>> from extractor import extract
>>> facts = extract("Police detained 40 people on Monday.", published="2024-03-06")
"""

from .core import Extractor, extract
from .facts import SCHEMA_VERSION, ArticleFacts, json_schema

__all__ = ["Extractor", "extract", "ArticleFacts", "SCHEMA_VERSION", "json_schema"]
__version__ = "0.1.0"
