"""Numbers: counts, money, percentages and measures; importing the package registers ``extractor_numbers``."""

from .component import NumberFinder, UnitExpressions, make_numbers

__all__ = ["NumberFinder", "UnitExpressions", "make_numbers"]
