"""A town's name right before a made thing's noun names the thing ('an unmanned Delta rocket' is no Delta, British
Columbia), and so does the same bare name elsewhere in the article; real wire copy."""

import pytest

DELTA_WEATHER = (  # Reuters-21578 00218
    "An unmanned Delta rocket\ncarrying a 57 mln dlr weather observation satellite blasted off\n"
    "here today in the first U.S. Space launch of the year.\n"
    "    The 116-foot rocket lifted off at 1805 local time (2305\nGMT) and placed in orbit a 1,850 pound "
    "Geostationary\n"
    "Operational Environmental Satellite (GOES) to replace an\nidentical one that was destroyed last May when a Delta "
    "rocket\nexploded after liftoff.\n    The Delta was the first of six rockets scheduled for launch\n"
    "by the National Aeronautics and Space Administration this year."
)
DELTA_HURRICANE = (  # Reuters-21578 00207
    "An unmanned Delta rocket\ncarrying a 57 mln dlr hurricane-tracking satellite blasted off\n"
    "here today in NASA's first successful launch of the year."
)
DELTA_INDONESIA = (  # Reuters-21578 08031
    "NASA launched an Indonesian\ncommunications satellite aboard a Delta rocket, marking the\n"
    "first international payload to be put into orbit since the\nChallenger disaster more than a year ago."
)

STAYS_A_PLACE = [
    (  # Reuters-21578 17145
        "A cargo of U.S. corn for the Soviet\nUnion was rejected and forced to be unloaded at a Chicago\n"
        "export elevator earlier this week after it failed to make\ngrade, with the British vessel Broompark now being "
        "reloaded, an\nelevator spokesman said.",
        "Chicago",
    ),
    (  # Reuters-21578 17650
        "The United Automobile Workers union's General Motors Corp\nbargaining council convened at a Detroit hotel "
        "this morning\nfor private strategy sessions.",
        "Detroit",
    ),
]


@pytest.mark.parametrize("text", [DELTA_WEATHER, DELTA_HURRICANE, DELTA_INDONESIA])
def test_a_town_named_before_a_made_thing_is_no_place(run, text) -> None:
    assert [place for place in run(text)._.places if place["name"] == "Delta"] == []


@pytest.mark.parametrize("text, name", STAYS_A_PLACE)
def test_a_city_before_another_noun_stays_a_place(run, text, name) -> None:
    assert [place["name"] for place in run(text)._.places if place["name"] == name] == [name]
