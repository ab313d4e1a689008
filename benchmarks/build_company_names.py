"""Build extractor/data/organizations_companies.json from a well-kept list of listed companies, read at build time
only: the constituents of 20 stock indices (S&P 500 and 600, Nasdaq 100, Dow Jones, FTSE 100, DAX and its
siblings, CAC 40, Euro Stoxx 50, IBEX 35, Nikkei, the Nordic and Swiss indices...) as the ``pytickersymbols``
package ships them (MIT licence, data included).

The organizations component reads the list as support for a name the model tags as an organization: a company
listed on an exchange is a body whichever words surround it ('Siemens shed 12.50 to 716.50', 'encouraged by
Walmart'). A name is kept as listed and without its legal form ('Swiss Reinsurance Company Ltd' ->
'Swiss Reinsurance') or a closing 'Group', 'Holdings' or 'International' ('Omnicom Group' -> 'Omnicom'). A short
form of one word is left out where it reads as something else: a stop word, a word English text writes in
lowercase at least as often as capitalised ('Block', 'Target', 'Next'; brands are written in lowercase in web
addresses and tags, 'walmart'), a given name of the people list, a common English surname (Faker's US and
British lists, MIT: 'Hawkins', 'Eaton') or a notable place ('Toyota', a city of 420,000; 'Amazon' stays: GeoNames
knows no town of that name with 50,000 people). Run
``python -m benchmarks.build_company_names`` after ``pip install pytickersymbols spacy-lookups-data faker``; the
runtime never opens their data."""

from __future__ import annotations

import re
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from benchmarks.build_first_names import _place_name, _written_lowercase, write_word_list
from extractor.doc_utils import read_data

DATA = Path(__file__).resolve().parent.parent / "extractor" / "data" / "organizations_companies.json"
FIRST_NAMES = "people_first_names.json"
# What ends a listed name and is no part of the name a story uses: legal forms, share classes and the words
# 'Group', 'Holdings' and 'International' ('Marriott International', 'BT Group').
ENDINGS = re.compile(
    r"(?:,?\s+(?:Inc|Incorporated|Corp|Corporation|Company|Co|Ltd|Limited|plc|PLC|Plc|AG|SE|SA|S\.A|NV|N\.V|ASA|AB|"
    r"Oyj|SpA|S\.p\.A|KGaA|& Co\. KGaA|LLC|L\.P|Group|Holdings|Holding|International|Class [A-C])\.?)+$")
# A listed name as news writes it: no brackets or slashes ('Alphabet Inc. (Class A)').
PLAIN = re.compile(r"[\w][\w .&'-]*[\w.]")


def company_names() -> list[str]:
    from pytickersymbols import PyTickerSymbols

    listed = {stock["name"].strip() for stock in PyTickerSymbols().get_all_stocks()}
    from faker.providers.person.en_GB import Provider as British
    from faker.providers.person.en_US import Provider as American

    names_of_people = set(read_data(FIRST_NAMES)["first_names"]) | set(American.last_names) | set(British.last_names)
    lowercase, place = _written_lowercase(margin=0.0), _place_name()
    names: set[str] = set()
    for name in listed:
        for form in {name, _short(name)}:
            words = form.split()
            if not form or PLAIN.fullmatch(form) is None or len(form) < 2 or place(form):
                continue
            if len(words) == 1 and (form.lower() in STOP_WORDS or lowercase(form) or form in names_of_people):
                continue
            names.add(form)
    return sorted(names)


def _short(name: str) -> str:
    name = name[4:] if name.startswith("The ") else name
    return ENDINGS.sub("", name).strip()


def main() -> None:
    write_word_list(DATA, (
        "Listed companies: the constituents of the stock indices pytickersymbols (MIT) ships, as listed and "
        "without their legal form or a closing Group, Holdings or International; a short form of one word "
        "is left out where it is a stop word, a word English text writes in lowercase at least as often as "
        "capitalised (spaCy's word probabilities), a given name or common surname, or a notable place. "
        "Support for a name the model tags as an organization. Built by "
        "python -m benchmarks.build_company_names."), "companies", company_names())


if __name__ == "__main__":
    main()
