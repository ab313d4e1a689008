"""Numbers: counts, money, percentages and measures, with their qualifier and the noun they count.

A number phrase is read token by token (never by regex over the whole text):
``[range opener] [qualifier] [sign] [currency] core [joiner core] [percent | currency | unit] [postfix qualifier]``.
The core is digits ("4,500", "3bn", "-0.1", "40 000", "1/4", "1.3e6", "2.33 k", "1,3"), spelled words
("two hundred and five", "a dozen", "five point five", "3 hundred and 21", "three lakh crore"), a
fraction ("two thirds", "a third of", "one and a half", "half a million", "one in five"), an article
before a unit ("a tonne of") or a vague amount ("thousands", "tens of thousands", "several hundred").
Fractions and shares are valued as such (0.667, 0.2), kind ``count``.
The counted noun comes from the dependency parse: the head a number modifies, the object of a
following "of", or the attribute of a copula whose subject is the number ("of which 215 are passports").

Vague amounts take their order of magnitude as value and low bound, and stop just short of the
next one: "thousands" is 1000 (1000-9999), "tens of thousands" 10000 (10000-99999), "several
hundred" 300 (300-999). Ranges take their low end as value. Word lists live in ``data/numbers.json``.

The modules follow the pipeline: ``component`` (the spaCy factory) -> ``phrases`` (the stage table) ->
``recognise``/``spelled`` (the number) -> ``values``, ``metre_or_million`` (its magnitude) -> ``qualifiers``,
``ranges``, ``measure`` (what surrounds it) -> ``exclusions``, ``counted`` (whether and what it counts).
"""

from .component import NumberFinder, make_numbers
from .units import UnitExpressions

__all__ = ["NumberFinder", "UnitExpressions", "make_numbers"]
