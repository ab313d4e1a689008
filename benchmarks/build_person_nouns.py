"""Build extractor/data/people_person_nouns.json from Princeton WordNet 3.0 (WordNet licence, BSD-like), read at
build time only from the Debian package ``wordnet-base`` (``/usr/share/wordnet``): every one-word noun whose
commonest sense WordNet files under ``noun.person`` ('meteorologist', 'goalie', 'mentor', 'compatriot'; not
'holder', whose commonest sense is a device, nor 'hope').

The people component reads the list for roles only: a person noun set off after a name ('Scott Strenfel, PG&E's
principal meteorologist') or right before it ('Wild goalie Alex Stalock') is the person's role, as the hand-written
role nouns of people.json are. It is no evidence that a name is a person's. Run
``python -m benchmarks.build_person_nouns`` after ``apt-get install wordnet-base``; the runtime never opens it."""

from __future__ import annotations

import json
from pathlib import Path

WORDNET = Path("/usr/share/wordnet")
DATA = Path(__file__).resolve().parent.parent / "extractor" / "data" / "people_person_nouns.json"
# WordNet's lexicographer file of nouns for people (lexnames: 18 noun.person).
NOUN_PERSON = 18


def person_nouns(wordnet: Path = WORDNET) -> list[str]:
    """One-word nouns whose first sense, WordNet's commonest, is a person."""
    lexicographer_file: dict[str, int] = {}
    with open(wordnet / "data.noun", encoding="latin-1") as lines:
        for line in lines:
            if not line.startswith(" "):
                offset, file_number = line.split(maxsplit=2)[:2]
                lexicographer_file[offset] = int(file_number)
    nouns = set()
    with open(wordnet / "index.noun", encoding="latin-1") as lines:
        for line in lines:
            if line.startswith(" "):
                continue
            fields = line.split()
            lemma, senses = fields[0], int(fields[2])
            if "_" not in lemma and lemma.isascii() and lexicographer_file[fields[-senses]] == NOUN_PERSON:
                nouns.add(lemma)
    return sorted(nouns)


def main() -> None:
    nouns = person_nouns()
    DATA.write_text(json.dumps({
        "_doc": "Nouns for people: every one-word noun whose commonest sense Princeton WordNet 3.0 (WordNet "
                "licence) files under noun.person. Roles only, no evidence of a person. Built by python -m "
                "benchmarks.build_person_nouns from the Debian package wordnet-base.",
        "nouns": nouns}, separators=(",", ":")) + "\n")
    print(f"{len(nouns)} nouns -> {DATA}")


if __name__ == "__main__":
    main()
