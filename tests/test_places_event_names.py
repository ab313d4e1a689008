"""A demonym inside the name of an event, an award or a body that the model tags and organizations do not take is no
mention of its country ('the Australian Open', 'the British Book Awards', as GUIDE reads a place word inside an
organization's proper name); a demonym before a title or a plural noun of people stays one."""

import pytest

INSIDE_A_NAME = [
    (  # bbc/sport/447
        "The 18-year-old Mirza, who got a wild card entry into the Australian Open in Melbourne, lost to Williams "
        "1-6,4-6 in the third round.",
        "Australian",
    ),
    (  # bbc/sport/473
        "Now he just needs to find a way of winning the French Open, the one Grand Slam to so far elude him.",
        "French",
    ),
    (  # bbc/entertainment/004
        "The best read award, on Richard Madeley and Judy Finnigan's Channel 4 show, is part of the British Book "
        "Awards. David Mitchell's Booker-shortlisted novel, Cloud Atlas, makes it into this year's top 10 along with "
        "several lesser known works.",
        "British",
    ),
    (  # bbc/entertainment/038
        "The 2005 Orange British Academy Film Awards are being held at The Odeon in London's Leicester Square.",
        "British",
    ),
    (  # saved web page 53e807ed (AP, Eastern Michigan beats Northern Illinois)
        "The Eagles (6-5, 3-4) snapped an 11-game losing streak to the Huskies (4-7, 3-4) dating to 2007 and ended "
        "NIU’s title hopes in the Mid-American Conference West Division with one league game remaining.",
        "American",
    ),
]

STAYS_A_MENTION = [
    (  # reuters21578/articles/00270: a title after the demonym
        "Philippine Finance Secretary Jaime Ongpin\nstarts negotiations with the country's 12-bank advisory\n"
        "committee in New York tomorrow, buoyed by an economy",
        "Philippine",
    ),
    (  # bbc/sport/041: a plural noun of people after the demonym
        "American Olympic stars Justin Gatlin and Joanna Hayes have been named the winners of the 2004 Jesse Owens "
        "Awards, USA Track & Field's (USATF) top honours.",
        "American",
    ),
]


def _demonyms(doc) -> list[str]:
    return [mention["text"] for place in doc._.places for mention in place["mentions"] if mention["via"] == "demonym"]


@pytest.mark.parametrize("text, demonym", INSIDE_A_NAME)
def test_a_demonym_inside_an_event_or_award_name_is_no_mention(run, text, demonym) -> None:
    assert demonym not in _demonyms(run(text))


@pytest.mark.parametrize("text, demonym", STAYS_A_MENTION)
def test_a_demonym_before_a_title_or_people_stays_a_mention(run, text, demonym) -> None:
    assert demonym in _demonyms(run(text))
