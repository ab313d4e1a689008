"""A capital stands for its government ('Washington announced plans', 'Tokyo was ready to', 'Washington is only
allowed to vote', 'offering subsidized wheat to Moscow'), unless the article has it play as a club: then it is the club
at every mention, typed as no government ('scored for Ottawa' beside 'Ottawa held on to beat Detroit').

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

from extractor.places.mentions import GOVERNMENTS, capital_governments


def org_types(doc: Any) -> dict[str, Any]:
    return {record["name"]: record["type"] for record in doc._.organizations}


def test_a_capital_playing_as_a_club_is_no_government(run: Any) -> None:
    # html-articles ecb46e3e...bcaf457802 (a web page): an NHL round-up
    doc = run("Senators 4, Red Wings 3: Anthony Duclair had two goals and an assist, and Ottawa held on to beat "
              "Detroit. John Gabriel Pageau and Brady Tkachuk also scored for Ottawa. Anders Nilsson made 35 saves, "
              "including 15 in the third period when the Senators were outshot.")
    assert org_types(doc).get("Ottawa", "missing") is None


def test_a_capital_acting_stands_for_its_government(run: Any) -> None:
    # Reuters-21578 10781
    doc = run("On Friday, Washington announced plans to put as much as 300 mln dlrs in tariffs on Japanese electronic "
              "goods from April 17, because of Tokyo's failure to observe the agreement.")
    assert org_types(doc).get("Washington") == "government"


ADDRESSED = [
    # (text, the capital a verb of telling or urging addresses): Reuters-21578, the story named beside each
    pytest.param('"We have informed Washington of our intentions and we\'ve already been an integral part of ownership '
                 'of U.S. oil reserves," he pointed out.', "Washington", id="informed"),  # 10078
    pytest.param("Forecasting sluggish economic growth in Japan this year, Wallis urged Tokyo to stimulate domestic "
                 "demand to help reduce its trade surplus, which hit a record 83 billion dlrs in 1986.", "Tokyo",
                 id="urged"),  # 01951
    pytest.param("The Ontario Government has urged Ottawa to require foreign companies to obtain permits to import "
                 "steel into the country.", "Ottawa", id="urged-by-a-province"),  # 09554
    pytest.param("The United States has vowed to keep the gulf open to international oil traffic and has warned Tehran "
                 "against using the Chinese-made missiles recently installed in Iran near the mouth of the gulf.",
                 "Tehran", id="warned"),  # 13963
    pytest.param("The 157 are among about 290 items on which Washington has asked Seoul to lower tariffs, he added.",
                 "Seoul", id="asked"),  # 17449
    pytest.param("Washington is likely to announce today a series of tariff sanctions against Japanese electrical "
                 "products after it accused Tokyo of failing to meet terms of a 1986 bilateral pact on computer chip "
                 "trade.", "Tokyo", id="accused"),  # 16780
    pytest.param("Vietnam is one of the region’s most vocal critics of China’s sweeping territorial claims in the "
                 "South China Sea and has accused Beijing of encroaching into its waters.", "Beijing",
                 id="accused-on-a-web-page"),  # html-articles db6b08
    pytest.param("The institutes also criticised Bonn for increasing subsidies at a time further reductions had been "
                 "pledged.", "Bonn", id="criticised"),  # 16171
    pytest.param("Putting it more sharply, one senior banking official blamed Washington for obstructing talks with "
                 "the World Bank, IMF and Paris Club of Western creditor governments in recent years.", "Washington",
                 id="blamed"),  # 01963
    pytest.param("By contrast, West Germany, with the EC's most successful economy, has never threatened Tokyo with "
                 "sanctions, preferring to rely on firm diplomacy.", "Tokyo", id="threatened"),  # 16139
    pytest.param("He also called on Bonn to push ahead with the privatisation of German national industries.", "Bonn",
                 id="called-on"),  # 17980
    pytest.param("Currently Washington is only allowed to vote 34.5 pct in\nIADB board meetings considering loans to "
                 "Latin American\ncountries.", "Washington", id="allowed"),  # 08310
    pytest.param("Asked what the U.S. State\nDepartment's policy is on offering subsidized wheat to Moscow,\nSecretary "
                 "of State George Shultz told a group of farm leaders\nthat U.S. products must be competitive in the "
                 "world market.", "Moscow", id="offered-to"),  # 06882
    pytest.param("He said Tokyo was ready to study setting up a special Japanese fund at the ADB, like the one at the "
                 "World Bank.", "Tokyo", id="was-ready"),  # 17261
    pytest.param("Enlarging on reforms Washington would like to see, Baker\nsaid he wanted the IADB to play a much "
                 "greater role in the U.S.\ndebt strategy.", "Washington", id="would-like"),  # 08310
]


@pytest.mark.parametrize(("text", "capital"), ADDRESSED)
def test_a_capital_a_verb_of_telling_addresses_stands_for_its_government(run: Any, text: str, capital: str) -> None:
    doc = run(text)
    assert org_types(doc).get(capital) == "government"
    assert not any(mention["text"] == capital for place in doc._.places for mention in place["mentions"])


def test_a_capital_modifying_the_object_is_no_government(run: Any) -> None:
    # BBC politics/186: the mayor is addressed, not London
    doc = run('Tony Blair has urged London mayor Ken Livingstone to apologise for his "Nazi" comment to a Jewish '
              'reporter.')
    assert "London" not in org_types(doc)


FORMER = [
    # (text): a former national capital acting in the wire of its time (Reuters-21578, the story named beside each)
    pytest.param("He did not elaborate, but Bonn has often called on the U.S. To reduce its federal budget deficit.",
                 id="called-on"),  # 20631
    pytest.param("Bonn says the economy rebounded in the second quarter and it predicts growth of just under two pct "
                 "for the year.", id="says"),  # 17598
    pytest.param("West German Chancellor Helmut Kohl told President Ronald Reagan in a letter that Bonn backed a "
                 "superpower pact to ban medium-range missiles from Europe.", id="backed"),  # 14419
    pytest.param("Bonn intends to keep leaded premium petrol pumps, diplomats said.", id="intends"),  # 07972
]


@pytest.mark.parametrize("text", FORMER)
def test_a_former_capital_acting_stands_for_its_government(run: Any, text: str) -> None:
    doc = run(text)
    assert org_types(doc).get("Bonn") == "government"
    assert not any(mention["text"] == "Bonn" for place in doc._.places for mention in place["mentions"])


def test_a_former_capital_as_a_location_stays_a_place(run: Any) -> None:
    # Reuters-21578 00950
    doc = run("Diplomatic sources in Bonn said Funaro would leave early tomorrow morning for Zurich after meeting "
              "Stoltenberg this evening.")
    assert "Bonn" not in org_types(doc)
    assert any(mention["text"] == "Bonn" for place in doc._.places for mention in place["mentions"])


def test_organizations_read_the_capitals_places_kept_as_they_would_find_them(run: Any) -> None:
    # Reuters-21578 10781 and 01951: places keep the capitals acting as governments for organizations, which read
    # the same list a fresh reading of the entities gives
    doc = run("On Friday, Washington announced plans to put as much as 300 mln dlrs in tariffs on Japanese electronic "
              "goods from April 17. Forecasting sluggish economic growth in Japan this year, Wallis urged Tokyo to "
              "stimulate domestic demand to help reduce its trade surplus.")
    kept = [(span.text, country) for span, country in capital_governments(doc)]
    assert GOVERNMENTS in doc.user_data
    doc.user_data.pop(GOVERNMENTS)
    assert kept == [(span.text, country) for span, country in capital_governments(doc)] == [
        ("Washington", "US"), ("Tokyo", "JP")]
