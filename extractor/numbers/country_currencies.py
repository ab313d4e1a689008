"""A currency word several countries use, named without its country: "Sri Lanka's Central Bank offered 250 mln rupees"
-- the wire writes the plain word in a story about one country, so the rupees are Sri Lankan, not the Indian ones a
bare "rupees" is read as elsewhere; "francs" in a Swiss story are Swiss francs. A wrong code costs more than none, so
an article that names two such countries with nothing to choose between them leaves the money's code unknown."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any, Optional

from .changes import Record
from .tokens import DocTokens

_WORDS = re.compile(r"[A-Za-z]+|[^\sA-Za-z]+")  # words and the runs between them: "100-franc" is 100, -, franc
_SPLIT = "split"  # two of a group's countries named beside its word: a bare one could be either
_NO_CODE = "null"  # the key of a word's countries whose code the era decides ("Czech crowns"): named, they split
_DOMINANT = 3  # how many times more often than all the others together the article names its own country


class CountryCurrencies:
    """``data/numbers.json`` "country_currencies" compiled: each shared currency word's countries and their names."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.words: dict[str, str] = data["words"]
        self.names: dict[str, dict[str, Optional[str]]] = {}  # group -> a country's name -> its code
        self.patterns: dict[str, re.Pattern[str]] = {}
        for group, countries in data["countries"].items():
            names = {name: (None if code == _NO_CODE else code) for code, listed in countries.items() for name in listed}
            names.update({name.upper(): code for name, code in list(names.items())})  # wire headlines
            self.names[group] = names
            self.patterns[group] = re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, sorted(names, key=len,
                                                                                                 reverse=True))))

    def countries(self, group: str, text: str) -> set[Optional[str]]:
        """The codes of the group's countries ``text`` names."""
        names = self.names[group]
        return {names[name] for name in self.patterns[group].findall(text)}

    def article_country(self, group: str, text: str) -> set[Optional[str]]:
        """The codes of the group's countries ``text`` names, or only the one it names far more often than all the
        others together ("in India's state-run ..." five times, "Cairn, which also operates in Nepal" once)."""
        names = self.names[group]
        counts = Counter(names[name] for name in self.patterns[group].findall(text))
        if len(counts) > 1:
            (code, most), = counts.most_common(1)
            if most >= _DOMINANT * (sum(counts.values()) - most):
                return {code}
        return set(counts)

    def group_of(self, text: str, plain: set[str]) -> Optional[tuple[str, str]]:
        """``(group, text before the word)`` for a money record's text that holds a shared currency word, unless a
        capitalised word of no country of the group stands before it ("CFA francs", "Zimbabwean dlrs" name their
        money); ``plain``: the words that may (scales, number words: "250 MLN RUPEES")."""
        words = list(_WORDS.finditer(text))
        for k, match in enumerate(words):
            group = self.words.get(match.group().lower())
            if group is None:
                continue
            before = text[: match.start()]
            previous = words[k - 1].group() if k else ""
            if previous[:1].isupper() and previous.lower() not in plain and not self.countries(group, before):
                return None
            return group, before
        return None


def country_currencies(table: CountryCurrencies, plain: set[str], doc: DocTokens, records: list[Record]) -> None:
    """Give each money record written with a shared currency word the currency of its country: the one its own
    words name ("Sri Lankan rupees"), else the one the headline (first line) names, else the one named beside the
    word before ("190.9 mln Swiss francs ... 160 francs"), else the one the article names; ``None`` where the
    article names two with nothing to choose between them. ``plain``: as ``group_of`` reads it. Records come in text
    order."""
    before: dict[str, Optional[str]] = {}  # group -> the code named beside its word so far (_SPLIT: two)
    article: dict[str, tuple[set[Optional[str]], set[Optional[str]]]] = {}  # group -> (headline's codes, article's)
    for record in records:
        if record["kind"] != "money":
            continue
        found = table.group_of(record["text"], plain)
        if found is None:
            continue
        group, words_before = found
        beside = table.countries(group, words_before)
        if len(beside) == 1:
            record["currency"] = code = beside.pop()
            before[group] = code if before.get(group, code) == code else _SPLIT
            continue
        if group not in article:
            text = doc.text
            article[group] = table.countries(group, text.split("\n", 1)[0]), table.article_country(group, text)
        headline, whole = article[group]
        named = headline or ({before[group]} if group in before else set()) or whole
        if named:
            record["currency"] = next(iter(named)) if len(named) == 1 and _SPLIT not in named else None
