"""Build extractor/data/people_person_nouns.json from Princeton WordNet 3.0 (WordNet licence, BSD-like), read at
build time only from the Debian package ``wordnet-base`` (``/usr/share/wordnet``): every one-word noun whose
commonest sense WordNet files under ``noun.person`` ('meteorologist', 'goalie', 'mentor', 'compatriot'; not
'holder', whose commonest sense is a device, nor 'hope'), and under ``noun.group`` ('delegation', 'committee'); and
every noun with any sense under either ('figure', 'star', 'name').

The people component reads the nouns for people for roles only: a person noun set off after a name ('Scott
Strenfel, PG&E's principal meteorologist') or right before it ('Wild goalie Alex Stalock') is the person's role, as
the hand-written role nouns of people.json are. It is no evidence that a name is a person's. The quotes component
reads the first two for who a later 'they' may be: people and groups speak, 'changes' and 'plants' do not. A name
listed after a noun of none of these senses is an example of things, no person ('films such as Billy Elliot'). Run
``python -m benchmarks.build_person_nouns`` after ``apt-get install wordnet-base``; the runtime never opens it."""

from __future__ import annotations

import json
from pathlib import Path

WORDNET = Path("/usr/share/wordnet")
DATA = Path(__file__).resolve().parent.parent / "extractor" / "data" / "people_person_nouns.json"
# WordNet's lexicographer files of nouns for people and for groups (lexnames: 18 noun.person, 14 noun.group).
NOUN_PERSON = 18
NOUN_GROUP = 14


def person_nouns(wordnet: Path = WORDNET, lexicographer: int = NOUN_PERSON, first_sense: bool = True) -> list[str]:
    """One-word nouns whose first sense, WordNet's commonest (or any sense), is in the ``lexicographer`` file."""
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
            files = [lexicographer_file[offset] for offset in fields[-senses:]]
            if "_" not in lemma and lemma.isascii() and lexicographer in (files[:1] if first_sense else files):
                nouns.add(lemma)
    return sorted(nouns)


def main() -> None:
    nouns, groups = person_nouns(), person_nouns(lexicographer=NOUN_GROUP)
    kinds = sorted({*person_nouns(first_sense=False), *person_nouns(lexicographer=NOUN_GROUP, first_sense=False)})
    DATA.write_text(json.dumps({
        "_doc": "Nouns for people (nouns) and for groups (groups): every one-word noun whose commonest sense "
                "Princeton WordNet 3.0 (WordNet licence) files under noun.person or noun.group, and (kinds) every "
                "one with any such sense ('figure', 'star'). Roles, who may speak, and what a list of people may "
                "follow; no evidence of a person. Built by python -m benchmarks.build_person_nouns from the Debian "
                "package wordnet-base.",
        "nouns": nouns, "groups": groups, "kinds": kinds}, separators=(",", ":")) + "\n")
    print(f"{len(nouns)} nouns, {len(groups)} groups, {len(kinds)} kinds -> {DATA}")


if __name__ == "__main__":
    main()
