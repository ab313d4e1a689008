"""Two place names with nothing between them are one name of something else ('Chicago Milwaukee', the company),
unless the second holds the first; a headline's last place over a dateline stays two places."""

CHICAGO_MILWAUKEE = (  # Reuters-21578 02768
    "Yesterday, Shearson Lehman, a subsidiary of American\nExpress Co (AXP), disclosed in a Securities and Exchange\n"
    "Commission filing that it holds a 5.35 pct interest in Chicago\nMilwaukee.\n"
    "    Chicago Milwaukee's stock edged up 2-1/8 to 138 on turnover\nof 8,100 shares, as one of the biggest "
    "gainers on the NYSE."
)
HEADLINE_OVER_DATELINE = (  # saved web page ef2b3f26 (AP, mysanantonio.com)
    "Cat found in New Mexico after going missing in Oregon\nSANTA FE, N.M. (AP) — A cat who has been missing for "
    "five years in Portland, Oregon, has been found in Santa Fe, New Mexico."
)


def test_two_town_names_side_by_side_are_no_places(run) -> None:
    names = {place["name"] for place in run(CHICAGO_MILWAUKEE)._.places}
    assert not names & {"Chicago", "Milwaukee"}, names


def test_a_headline_place_over_a_dateline_stays(run) -> None:
    oregon = [place for place in run(HEADLINE_OVER_DATELINE)._.places if place["name"] == "Oregon"]
    assert len(oregon[0]["mentions"]) == 2


def test_a_town_before_the_state_holding_it_stays(run) -> None:
    # Constructed from the class's exception ('Austin Texas'): no such sentence in the corpora.
    names = {place["name"] for place in run("The company moved its offices to Austin Texas last year.")._.places}
    assert {"Austin", "Texas"} <= names, names
