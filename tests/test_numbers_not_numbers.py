"""Numbers: what reads like a number but names or labels something: index and model names, phone and street
numbers, "one" in phrases that count nothing, and a year bounded after a word of time ("until at least 2006")."""

from __future__ import annotations

from typing import Any, Callable

import pytest
from spacy.tokens import Doc


@pytest.fixture(scope="module")
def values(run: Callable[..., Doc]) -> Callable[[str], list[float]]:
    def _values(text: str) -> list[Any]:
        return [n["value"] for n in run(text)._.numbers]

    return _values


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In London, the FTSE 100 index closed 15 points higher at 4,751.", [15, 4751]),  # bbc/business/270
        ("GMT the FTSE 100 index was down 8.1 points at 1,981.5 compared with last night.",
         [8.1, 1981.5]),  # reuters/13993
        ("The Nikkei 225 average rose 2.1% and the CAC 40 lost 12 points.", [2.1, 12]),
        ("The S&P 500 rose 1.2%.", [1.2]),
    ],
)
def test_index_names_are_not_numbers(values, sentence, expected):
    assert values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Europeans will have to wait until at least 2006 until they see mainstream HDTV.", []),  # bbc/tech/306
        ("retention of all common earnings until at least 1989 will help\nrestore capital structure balance fairly "
         "quickly, S/P said.", []),  # reuters/02656
        ("It took on at least 2006 workers.", [2006]),
    ],
)
def test_a_bounded_year_after_a_word_of_time_is_no_number(values, sentence, expected):
    assert values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A family friend found the suspect's car in the hotel parking lot and called 911.", []),  # NewsFacts web page
        ("She dialled 999 and waited for 20 minutes.", []),
        ("Police received a 999 call from 3 neighbours.", [3]),
    ],
)
def test_phone_numbers_are_not_numbers(values, sentence, expected):
    assert values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The company completed a sale/leaseback of 31 Baker Street's offices for 12 mln dlrs.",
         [12000000]),  # reuters/09303
        ("The 300 Sixth Avenue Building in Pittsburgh was sold.", []),  # reuters/01695
        ("Protesters gathered outside 10 Downing Street on Tuesday.", []),
        ("Traffic on 10 main streets was stopped.", [10]),  # a count of streets
    ],
)
def test_street_numbers_are_not_numbers(values, sentence, expected):
    assert values(sentence) == expected


def test_model_name_in_scientific_shape_is_no_power_of_ten(values):
    # "Boeing's 7E7" is an aircraft, not 70 million; "1.3e6" stays a number.
    assert values("Boeing's 7E7 will be assembled in Seattle. The value is 1.3e6.") == [1300000]


@pytest.mark.parametrize(
    "sentence",
    [
        # bbc/entertainment/354 (NewsFacts)
        "They emerged to an uncertain British climate that threatened rain one moment and promised sunshine the next.",
        # bbc/politics/248 (NewsFacts)
        "I don't think anyone can say I have said one thing in public and done another in private.",
        "Strengthening our identity is one way of reinforcing people's confidence.",
        # ha-a1fca19b88 (NewsFacts)
        "US officials said American forces had launched a rescue mission at one point that failed.",
        "On the one hand he agreed; one way or another it will end.",
    ],
)
def test_one_in_phrases_that_count_nothing_is_no_number(values, sentence):
    assert values(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("One person was killed and one key witness spoke.", [1, 1]),
        ("The Tankan index fell one point to 22.", [1, 22]),  # a change of the index, not "at one point"
    ],
)
def test_one_that_counts_stays_a_number(values, sentence, expected):
    assert values(sentence) == expected


def test_a_number_opening_a_name_is_no_number(run):
    # bbc/entertainment/144.txt: a capitalised number opening a name of two words or more the model tags nothing
    doc = run("One World Project Tsunami fundraiser, Grief Never Grows Old, slipped four places to number eight.")
    assert not [number["text"] for number in doc._.numbers if number["start"] == 0]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # bbc/politics/148.txt, bbc/business/122.txt, bbc/sport/377.txt: a count of things a name qualifies
        ("Three Labour councillors in Birmingham were caught operating a \"vote-rigging factory\", an Election Court "
         "has heard.", 3),
        ("Five Bank of America subsidiaries have agreed to pay a total of $515m (£277m) to settle an investigation "
         "into fraudulent trading share practices.", 5),
        ("Two Percy Montgomery penalties set up a frantic finish but Ireland held out to claim a famous victory.", 2),
        # bbc/politics/278.txt: one word, counted
        ("One Starbucks, one Rymans and one small Greek cafe as it happens.", 1),
    ],
)
def test_a_number_counting_what_a_name_qualifies_stays(values, sentence, expected):
    assert expected in values(sentence)


# A chart's place after "to" or "at" is a rank, no amount; the places a title moves by stay counts.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ciara's new release I Believe in You went in at number two, pushing down Ice Cube's You Can Do It to "
         "three.", []),  # bbc/entertainment/109
        ("Destiny's Child also slipped one place to four with Lose My Breath, followed by Girls Aloud at five with "
         "the Children in Need record I'll Stand By You.", [1]),  # bbc/entertainment/109
        ("Konami's Pro Evo dropped only one place to two, while the only new entry was at seven.", [1]),
        # bbc/tech/112
        ("Halo 2 dropped one place to five, while Half-Life 2 fell two places.", [1, 2]),  # bbc/tech/160
        ("Keanu Reeves' supernatural thriller Constantine dropped a place to three.", []),  # bbc/entertainment/312
        # guards: a count after "to" in a sentence with no chart's place
        ("The death toll rose to 30 on Tuesday, the number of injured to 12.", [30, 12]),
        ("Nintendo moved up to 12 places in the ranking of the world's biggest brands.", [12]),
    ],
)
def test_a_charts_place_is_no_number(values, sentence, expected):
    assert values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A bare figure of three or more digits before a singular noun, or after a maker's name or a number word,
        # names a model or a series (reuters/00264, reuters/00367; a web page on Emirates' Boeing order) ...
        ("    The 400 series is the latest model of the Boeing 747\nfamily, he said.", []),
        ("    The purchase will take government-owned Qantas's 747 fleet\nto 28, he said.", [28]),
        ("    The Mac II uses the new Motorola 68020 microprocessor, an\n\"open architecture\" that allows for the "
         "addition of numerous\nperipheral devices", []),
        ("The 777 program has faced delays due to engine problems and other technical issues in its testing phase.",
         []),
        ("It comes in addition to five 787 Dreamliner sales earlier this week: two to Biman Bangladesh Airlines and "
         "three to the Ghanaian government ahead of its launch of a new local carrier.", [5, 2, 3]),
        # a model after a figure is no group of its thousands: 400 jets, not 400,737 (the same page)
        ("Its fleet of roughly 400 737 Max jets around the world have been grounded since March.", [400]),
        # ... while counts of that size take a plural, a noun counted in the singular, or a noun modifying another
        # (reuters/00107, reuters/00206; a web page's book review)
        ("victory list also included 80 warplanes downed, 250 anti-\naircraft guns and 400 pieces of military "
         "hardware destroyed", [80, 250, 400]),
        ("the initial 12 customers that placed orders and options for 92 aircraft", [12, 92]),
        ("The 180 page coffee-table publication comes with a 10-inch vinyl featuring seven classic rock tracks",
         [180, 10, 7]),
    ],
)
def test_a_figure_naming_a_model_or_a_series_is_no_number(values, sentence, expected):
    assert values(sentence) == expected
