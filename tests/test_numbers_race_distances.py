"""Numbers: a race's distance ("the 10,000m", "1500m champion", "800m hope McIlroy") names the race: it is a measure
of no thing its sentence names, neither the runner, the title or the record it is set before nor a noun the parser
hangs it on ("Lombard's shattering of ... national 10,000m record", "in search of the 1500m qualifying mark"); it
measures only a race it sets ("the Run London 10km race"). Other lengths keep what they measure.

Every sentence is real news: BBC News 2004-2005 (bbc/topic/NNN).
"""

from __future__ import annotations

from typing import Any, Optional

import pytest

# (sentence, figure, counted)
DISTANCES = [
    # bbc/sport/030
    ("Less than a week before the Olympics, the sport was rocked by news that 10,000m hope Cathal Lombard had tested "
     "for the banned substance EPO.", "10,000m", None),
    ("Lombard's shattering of Mark Carroll's national 10,000m record in April had already set tongues wagging but "
     "even the most cynical of observers, were surprised when he was rumbled.", "10,000m", None),
    ("The injury-plagued Turnbull gamely travelled round Europe in search of the 1500m qualifying mark but 3:39 was "
     "the best he could achieve.", "1500m", None),
    # bbc/sport/010
    ("World and Commonwealth 100m champion Kim Collins will compete in the 60m at the Norwich Union Grand Prix in "
     "Birmingham on 18 February.", "100m", None),
    # bbc/sport/022
    ("Britain's Kelly Holmes marked her first appearance on home soil since winning double Olympic gold with 1500m "
     "victory at the Norwich Union International.", "1500m", None),
    # bbc/sport/018
    ("Teenager LaShawn Merritt ran the third fastest indoor 400m of all time at the Fayetteville Invitational "
     "meeting.", "400m", None),
    # bbc/sport/007
    ("Mark Carroll, Irish record holder at 3km, 5km and 10km, will make his debut in the mass participation 10km "
     "race.", "3km", None),
    # bbc/sport/038
    ("Now Paula will take part in the Run London 10km race in London at the end of the year, have a well-earned rest "
     "over Christmas and go into next year with a lot of optimism.", "10km", "race"),
    # bbc/sport/059: a jump's length, no race
    ("Phillips Idowu lit up the field events, not only with his hair, but also with his leap of 17.30m, which puts "
     "him at the top of the world rankings.", "17.30m", "leap"),
]


@pytest.mark.parametrize("sentence, figure, counted", DISTANCES)
def test_a_race_distance_measures_only_its_race(extractor: Any, sentence: str, figure: str,
                                                counted: Optional[str]) -> None:
    found = [n for n in extractor.extract(sentence).numbers if n["text"] == figure]
    assert found, f"{figure!r} not among {[n['text'] for n in extractor.extract(sentence).numbers]}"
    assert (found[0]["kind"], found[0]["counted"]) == ("measure", counted)
