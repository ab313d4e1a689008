"""In a sports story a town or region named as a club is the club, which the guide counts as an organization, not a
place ('Tottenham manager Jacques Santini', 'the 2-0 Uefa Cup win against Lazio'), and a town's name in a team sheet
is a player's surname; countries (national sides) and a town the story places something in stay. Real BBC sport
copy (the BBC News corpus, sport/NNN)."""

import pytest

CLUBS = [
    (  # sport/202: a club role after the name, and its other mention; a fixture after 'against'
        "Tottenham manager Jacques Santini has resigned for \"personal reasons\".\n\nThe former France manager moved "
        "to White Hart Lane this summer but now wants to return to France. Santini said: \"My time at Tottenham has "
        "been memorable and it is with deep regret that I take my leave. I wish the club and the supporters all the "
        "best.\" Assistant coach Martin Jol has been put in temporary charge and will take care of team affairs for "
        "Saturday's Premiership match against Charlton.",
        ["Tottenham", "Charlton"],
    ),
    (  # sport/222: a result against a club named like its region
        "Middlesbrough boss Steve McClaren has praised the way his side have got to grips with European football "
        "after the 2-0 Uefa Cup win against Lazio.\n\nBoro, who are playing in Europe for the first time in their "
        "128-year history, are top of Group E with maximum points. \"I think we have taken to Europe really well,\" "
        "said McClaren. \"We got about Lazio, didn't let them settle or play.\" Before the match, McClaren had said "
        "that a win over the Italian giants would put Boro firmly on the European footballing map.",
        ["Middlesbrough", "Lazio"],
    ),
    (  # sport/211: a list after 'trio'
        "Arsenal's Brazilian midfielder Edu has hit out at the club for stalling over offering him a new contract."
        "\n\nEdu's deal expires next summer and he has been linked with Spanish trio Real Madrid, Barcelona and "
        "Valencia. Edu is now able to begin negotiations with other clubs because Fifa regulations allow players to "
        "start talks six months before their contracts expire.",
        ["Barcelona", "Valencia"],
    ),
    (  # sport/203: 'the Bucharest side'
        "Disgraced former Chelsea striker Adrian Mutu is to begin talks with Juventus as he looks for a new club. "
        "\"Mutu will be in our club's main stand to watch the match between Juventus and Fiorentina,\" said a Juventus "
        "official, who declined to be named. Mutu, banned by the English FA, can resume playing next May. Mutu wants "
        "to train with Romanian side Dinamo "
        "Bucharest whilst serving his ban, say the Bucharest side.",
        ["Bucharest"],
    ),
    (  # sport/388: a rugby club after 'against', and a director of rugby
        "England captain Jonny Wilkinson will make his long-awaited return from injury against Edinburgh on "
        "Saturday.\n\nWilkinson, who has not played since injuring his bicep on 17 October, took part in "
        "full-contact training with Newcastle Falcons on Wednesday. And the 25-year-old fly-half will start "
        "Saturday's Heineken Cup match at Murrayfield on the bench. But Newcastle director of rugby Rob Andrew said: "
        "\"He's fine and we hope to get him into the game at some stage.\"",
        ["Edinburgh", "Newcastle upon Tyne"],
    ),
    (  # sport/138: the club's boss, then 'left Newcastle' and 'a move to Birmingham'
        "Newcastle boss Graeme Souness has reopened his dispute with Craig Bellamy after claiming the Welshman was "
        "\"not good enough\" for the Magpies. Bellamy left Newcastle to join Celtic on loan after a major row with "
        "Souness. \"That's not good enough for a striker at a club like this. \"We need to have two strikers who are "
        "near 20 goals on a regular basis.\"\n\nBellamy turned down a move to "
        "Birmingham in favour of joining Celtic after a disagreement about the Welsh international playing out of "
        "position quickly escalated.",
        ["Newcastle upon Tyne", "Birmingham"],
    ),
    (  # sport/218: 'the Champions League final with Porto'
        "Mourinho has won the biggest club prize of all, the Champions League, and that track record and confidence "
        "transmits itself to top players. Mourinho doesn't simply talk a good game - he's won some very big games "
        "such as the Champions League final with Porto.",
        ["Porto"],
    ),
    (  # sport/214: players' surnames in a team sheet
        "An second-half goal from Andy Scott condemned Mansfield to a ninth successive game without a win.\n\nEarly "
        "in the second half Wayne Carlisle's cross was met by Scott and he blasted the ball home from just outside the "
        "penalty area. By the end Mansfield fans were chanting for the head of chairman Keith Haslam.\n\n"
        "Pilkington, Talbot, Buxton, "
        "Dimech, Artell, Corden, Murray, Curtis, Neil, Warne, Barker. Subs Not Used: White, McIntosh, Wood, Lloyd, "
        "Herron.",
        ["Mansfield", "Buxton", "Murray"],
    ),
]

STAY_PLACES = [
    (  # sport/115: a national side after 'against', and the city the match is played in
        "Ryan Giggs will captain Wales as he wins his 50th cap in Wednesday's friendly against Hungary in Cardiff."
        "\n\nJohn Toshack, in his first game as coach after succeeding Mark Hughes, admits he is surprised that Giggs "
        "has only just reached the landmark. The Manchester United wing revealed how club manager Sir Alex Ferguson "
        "talked him into extending his Wales career.",
        ["Wales", "Hungary", "Cardiff"],
    ),
    (  # sport/291: cities a national side travels to and plays in
        "Wales captain Gareth Thomas has been ruled out of the rest of the Six Nations with a broken thumb. Thomas "
        "will miss the match against Scotland on 13 March. \"He has been vice-captain all along throughout the "
        "championship.\" Wales travel to Edinburgh to take on Scotland in a fortnight and then host Ireland in "
        "Cardiff in the final round of matches in what could be the Grand Slam and championship decider.",
        ["Wales", "Scotland", "Edinburgh", "Ireland", "Cardiff"],
    ),
    (  # sport/388: national sides after 'against'
        "Sale's Charlie Hodgson took over the number 10 shirt in the internationals against Canada, South Africa "
        "and Australia. The 25-year-old missed England's autumn internationals after aggravating the haematoma in "
        "his upper right arm against Saracens. The 25-year-old fly-half will start Saturday's Heineken Cup match at "
        "Murrayfield on the bench.",
        ["Canada", "South Africa", "Australia", "England"],
    ),
    (  # sport/112: a region of several countries after 'interest from'
        "On the subject of Liverpool's finances, Parry also revealed the club is ready to explore the possibility of "
        "a sponsorship deal for its proposed new stadium. Parry joined Liverpool as chief executive in July 1998 "
        "from a similar role at the Premier League. On the subject of possible new investment, Parry revealed "
        "Liverpool are still in negotiations with a mystery investor, with rumours of interest from the Middle East.",
        ["Middle East"],
    ),
]


@pytest.mark.parametrize("text, clubs", CLUBS)
def test_a_town_named_as_a_club_in_a_sports_story_is_no_place(run, text, clubs) -> None:
    names = {place["name"] for place in run(text)._.places}
    assert names.isdisjoint(clubs), names


@pytest.mark.parametrize("text, places", STAY_PLACES)
def test_national_sides_and_venues_stay_places(run, text, places) -> None:
    names = {place["name"] for place in run(text)._.places}
    assert set(places) <= names, names


ATHLETICS = (  # sport/001: an athletics meeting in a city
    "British hurdler Sarah Claxton is confident she can win her first major medal at next month's European Indoor "
    "Championships in Madrid.\n\nThe 25-year-old has already smashed the British record over 60m hurdles twice this "
    "season, setting a new mark of 7.96 seconds to win the AAAs title."
)


def test_a_meeting_in_a_city_stays_a_place(run) -> None:
    assert "Madrid" in {place["name"] for place in run(ATHLETICS)._.places}


KUMASI = (  # sport/219: 'the Kumasi team' is a club, 'in Kumasi' the city the final's second leg is played in
    "Hearts of Oak set up an all Ghanaian Confederation Cup final with a 3-2 win over Cameroon's Cotonsport Garoua "
    "in Accra on Sunday.\n\nThe win for Hearts means they will play Asante Kotoko in the two-leg final, after the "
    "Kumasi team qualified from Group A on Saturday. Louis Agyemang scored the first two goals for Hearts either side "
    "of half time. The first leg of the "
    "final will be played in Accra on the weekend of 27-28 November and the second leg two weeks later on the 11 "
    "December in Kumasi."
)


def test_a_club_towns_mention_after_a_preposition_of_place_stays(run) -> None:
    kumasi = [place for place in run(KUMASI)._.places if place["name"] == "Kumasi"]
    assert [mention["text"] for place in kumasi for mention in place["mentions"]] == ["Kumasi"]
    assert kumasi[0]["mentions"][0]["start"] == KUMASI.rindex("Kumasi")


SOUTHAMPTON = (  # sport/122: a replay against the club, then the club as the object of 'beat'
    "Brentford face a home tie against holders Manchester United in the FA Cup sixth round if they can come through "
    "their replay against Southampton.\n\nThe League One side held the Saints at St Mary's in their fifth-round tie. "
    "\"We're happy to be in the draw but we've still got to beat a Premiership team. \"We've got to beat Southampton "
    "first and that's going to be a hard game but if we do there will be some celebration.\""
)


def test_a_side_of_a_verb_of_play_is_left_to_the_organizations(run) -> None:
    """The organizations component makes 'beat Southampton' the club from the places it reads: the place's mention
    there stays for it to read, so the club is an organization, and no mention of it is a place."""
    doc = run(SOUTHAMPTON)
    assert "Southampton" not in {place["name"] for place in doc._.places}
    assert "Southampton" in {org["name"] for org in doc._.organizations}
