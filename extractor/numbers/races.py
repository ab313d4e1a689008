"""A race's distance: "the 10,000m", "1500m champion", "800m hope McIlroy", "national 10,000m record".

Athletics writes a race by its length, and the length then names the race: a champion, a hope, a title or a record
set after it is no thing the length measures, nor is a noun the parser hangs it on ("Lombard's shattering of ...
national 10,000m record", "in search of the 1500m qualifying mark"). Read as a measure of those it is a wrong fact,
so a length of one of the race distances measures only a race it is set on ("the Run London 10km race").
"""

from __future__ import annotations

from .changes import Record
from .lexicon import Lexicon


def clear_race_things(lex: Lexicon, records: list[Record]) -> None:
    """Clear (in place) what a whole race distance measures unless it is a race's noun; a record whose text runs on
    to what it measures ("200m of the night") keeps it, its text and counted noun being one reading."""
    for record in records:
        counted = record.get("counted")
        if record["kind"] != "measure" or not counted or record["low"] is not None \
                or record["value"] not in lex.race_distances.get(record["unit"], ()) \
                or counted.split()[-1].lower() in lex.race_events or record["text"].endswith(counted):
            continue
        record["counted"] = None
