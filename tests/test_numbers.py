"""Numbers: values, qualifiers, kinds, counted nouns and what is not a number, on real news sentences."""

from __future__ import annotations

from typing import Any, Callable

import pytest
from spacy.tokens import Doc

HEADER = 16  # the sample's " date 2023-11-09" header, stripped before the pipeline runs


@pytest.fixture(scope="module")
def numbers(run: Callable[..., Doc]) -> Callable[[str], list[dict[str, Any]]]:
    def _numbers(text: str) -> list[dict[str, Any]]:
        return run(text)._.numbers

    return _numbers


def only(found: list[dict[str, Any]]) -> dict[str, Any]:
    """The single number a sentence is expected to hold."""
    assert len(found) == 1, found
    return found[0]


@pytest.fixture(scope="module")
def sample_numbers(run: Callable[..., Doc], sample_text: str) -> list[dict[str, Any]]:
    return run(sample_text[HEADER:], "2023-11-09")._.numbers


# --------------------------------------------------------------------- sample


def _overlapping(found: list[dict[str, Any]], start: int, end: int) -> list[dict[str, Any]]:
    return [n for n in found if n["start"] < end and start < n["end"]]


def test_sample_finds_every_gold_number_with_value_qualifier_and_counted(sample_numbers, gold):
    for expected in gold["numbers"]:
        matches = _overlapping(sample_numbers, expected["start"] - HEADER, expected["end"] - HEADER)
        assert len(matches) == 1, expected
        got = matches[0]
        assert (got["value"], got["qualifier"], got["counted"]) == (
            expected["value"],
            expected["qualifier"],
            expected["counted"],
        ), expected


def test_sample_has_no_numbers_beyond_gold(sample_numbers, gold):
    gold_spans = [(n["start"] - HEADER, n["end"] - HEADER) for n in gold["numbers"]]
    extra = [n for n in sample_numbers if not any(n["start"] < e and s < n["end"] for s, e in gold_spans)]
    assert extra == []


def test_records_carry_every_schema_key_and_exact_offsets(run, sample_text):
    doc = run(sample_text[HEADER:], "2023-11-09")
    keys = {"text", "start", "end", "sentence", "value", "low", "high"}
    keys |= {"qualifier", "kind", "counted", "unit", "currency", "change"}
    for number in doc._.numbers:
        assert set(number) == keys
        assert doc.text[number["start"] : number["end"]] == number["text"]


def test_digits_past_a_floats_range_are_no_number(numbers):
    # JSON has no infinity: a 400-digit run (a hash or garbage in a feed) must not make the output invalid.
    digits = "9" * 400
    found = numbers(f"It cost ${digits} and {digits} million tonnes, and 5 people died.")
    assert [(record["text"], record["value"]) for record in found] == [("5 people", 5)]


def test_fact_text_runs_from_qualifier_through_counted_noun(sample_numbers):
    texts = {n["text"] for n in sample_numbers}
    assert {"around 4,500 migrants", "more than 81,000 cars", "over 1,500 rounds of ammunition"} <= texts
    assert "hundreds of foreign passports" in texts


# --------------------------------------------------------------------- values


def test_digits_with_thousands_separators_and_decimals(numbers):
    found = numbers("Since going on sale, Nintendo has sold 1,082 consoles at 149.99 each.")
    assert [n["value"] for n in found] == [1082]  # a price with no currency is dropped: test_numbers_bare_figures


def test_spelled_numbers_with_hundred_and(numbers):
    assert only(numbers("Two hundred and five people died in the fire."))["value"] == 205


def test_a_dozen_and_half_a_dozen(numbers):
    assert only(numbers("A dozen police officers were injured."))["value"] == 12
    found = only(numbers("Smaller teams of half a dozen people can still create complete games."))
    assert (found["value"], found["counted"]) == (6, "people")


def test_scale_words_multiply(numbers):
    found = only(numbers("The ride attracts some 12.4 million visitors annually."))
    assert (found["value"], found["qualifier"], found["counted"]) == (12400000, "approximately", "visitors")


def test_scale_suffixes_and_currency_symbols(numbers):
    found = numbers("It needs to reduce costs by $5bn (£2.7bn) and will sell 253m euros of new shares.")
    assert [(n["value"], n["kind"], n["currency"]) for n in found] == [
        (5000000000, "money", "USD"),
        (2700000000, "money", "GBP"),
        (253000000, "money", "EUR"),
    ]


def test_m_after_a_number_is_million_before_plural_nouns_and_metres_otherwise(numbers):
    found = only(numbers("Nintendo has sold almost 4m DS consoles."))
    assert (found["value"], found["kind"], found["counted"]) == (4000000, "count", "DS consoles")
    sprint = only(numbers("She won the 100m at the indoor championships."))
    assert (sprint["value"], sprint["kind"], sprint["unit"]) == (100, "measure", "metre")


def test_k_suffix(numbers):
    assert only(numbers("The charity said 5k runners took part."))["value"] == 5000


def test_wire_style_million_abbreviation_and_dollars(numbers):
    found = only(numbers("Pre-production costs are estimated at 76 mln dlrs."))
    assert (found["value"], found["kind"], found["currency"]) == (76000000, "money", "USD")


def test_wire_style_mixed_fraction(numbers):
    found = only(numbers("The Bank cut its intervention rate to 7-3/4 pct."))
    assert (found["value"], found["kind"]) == (7.75, "percent")


# ------------------------------------------------------------------- percents


@pytest.mark.parametrize(
    "sentence",
    [
        "Latin America's economy grew by 5.5% in 2004.",
        "Unemployment fell to 5.5 per cent in the third quarter.",
        "Car sales rose 5.5 percent from a year earlier.",
    ],
)
def test_percent_forms(numbers, sentence):
    found = only(numbers(sentence))
    assert (found["value"], found["kind"]) == (5.5, "percent")


def test_percent_of_a_group_counts_the_group(numbers):
    found = only(numbers("Spam messages are estimated to account for at least 60% of all e-mails sent."))
    assert (found["qualifier"], found["low"], found["counted"]) == ("at_least", 60, "e-mails")


# ----------------------------------------------------------------- qualifiers


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("Around 4,500 migrants were detained.", "approximately"),
        ("Roughly 4,500 migrants were detained.", "approximately"),
        ("An estimated 4,500 migrants were detained.", "approximately"),
        ("Nearly 4,500 migrants were detained.", "approximately"),
        ("Police searched more than 4,500 cars.", "more_than"),
        ("Police searched in excess of 4,500 cars.", "more_than"),
        ("At least 4,500 migrants were detained.", "at_least"),
        ("No fewer than 4,500 migrants were detained.", "at_least"),
        ("Fewer than 4,500 migrants were detained.", "less_than"),
        ("Police searched under 4,500 cars.", "less_than"),
        ("Up to 4,500 migrants were detained.", "at_most"),
        ("No more than 4,500 migrants were detained.", "at_most"),
    ],
)
def test_qualifier_words(numbers, sentence, qualifier):
    found = only(numbers(sentence))
    assert (found["value"], found["qualifier"]) == (4500, qualifier)


def test_more_than_sets_low_bound_only(numbers):
    found = only(numbers("Police searched more than 81,000 cars and seized weapons."))
    assert (found["low"], found["high"]) == (81000, None)


def test_up_to_sets_high_bound_only(numbers):
    found = only(numbers("EA plans to release up to 20 mobile games over the next year."))
    assert (found["low"], found["high"], found["counted"]) == (None, 20, "mobile games")


def test_between_and_is_a_range_valued_at_its_low_end(numbers):
    found = only(numbers("It has said it needs to cut between 6,000 and 7,000 jobs."))
    assert (found["value"], found["low"], found["high"], found["qualifier"], found["counted"]) == (
        6000,
        6000,
        7000,
        "range",
        "jobs",
    )
    assert found["text"] == "between 6,000 and 7,000 jobs"


def test_hyphen_and_to_ranges(numbers):
    hyphen = only(numbers("Officials said 10-15 people were injured in the blast."))
    assert (hyphen["qualifier"], hyphen["low"], hyphen["high"]) == ("range", 10, 15)
    to = only(numbers("The storm damaged 300 to 400 homes in the region."))
    assert (to["qualifier"], to["low"], to["high"], to["counted"]) == ("range", 300, 400, "homes")


def test_scale_after_a_range_applies_to_both_ends(numbers):
    found = only(numbers("The project will cost between 2 and 3 billion dollars."))
    assert (found["low"], found["high"], found["kind"], found["currency"]) == (2e9, 3e9, "money", "USD")


def test_from_to_after_a_change_verb_is_two_values(numbers):
    found = numbers("The bank raised its rate from 10 to 15 percent.")
    assert [(n["value"], n["qualifier"], n["kind"]) for n in found] == [
        (10, "exact", "percent"),
        (15, "exact", "percent"),
    ]


def test_score_is_not_a_range(numbers):
    assert numbers("Arsenal beat Chelsea 3-1 at the Emirates.") == []


def test_vague_thousands_spans_an_order_of_magnitude(numbers):
    found = only(numbers("Serbian police have detained thousands of migrants."))
    assert (found["value"], found["low"], found["high"], found["qualifier"]) == (1000, 1000, 9999, "vague")


def test_vague_tens_of_thousands(numbers):
    found = only(numbers("Tens of thousands of people fled the fighting."))
    assert (found["value"], found["low"], found["high"], found["counted"]) == (10000, 10000, 99999, "people")


def test_vague_several_hundred_and_dozens(numbers):
    found = numbers("The summit drew several hundred delegates and dozens of companies.")
    assert [(n["value"], n["low"], n["high"], n["qualifier"], n["counted"]) for n in found] == [
        (300, 300, 999, "vague", "delegates"),
        (24, 24, 99, "vague", "companies"),
    ]


def test_several_and_a_few_are_vague(numbers):
    found = numbers("Several migrants were hurt and a few smugglers escaped.")
    assert [(n["qualifier"], n["low"], n["counted"]) for n in found] == [
        ("vague", 3, "migrants"),
        ("vague", 2, "smugglers"),
    ]


# "a few" names two to five (NewsFacts GUIDE), "several" three to nine.
A_FEW = [
    ("It is still a bit robotic and can make a few mistakes.", "mistakes"),  # bbc/tech/261
    ("The new 16-inch MacBook Pro is a heck of a lot like the old 15-inch MacBook Pro, save for a few meaningful "
     "throwback features.", "meaningful throwback features"),  # html/5fa5679de56c
    ("Williams was flagged once for it, but was borderline on a few other plays.", "other plays"),  # html/6a72de37e8f9
]


@pytest.mark.parametrize("sentence, counted", A_FEW)
def test_a_few_is_two_to_five(numbers, sentence, counted):
    found = [n for n in numbers(sentence) if n["qualifier"] == "vague"]
    assert [(n["value"], n["low"], n["high"], n["counted"]) for n in found] == [(2, 2, 5, counted)]


def test_postfix_or_more(numbers):
    found = only(numbers("Police said 20 or more weapons were found in the house."))
    assert (found["qualifier"], found["low"]) == ("at_least", 20)


# --------------------------------------------------------------------- kinds


# A currency named in the singular before what it pays for ("a 650 mln franc bond") is money, as "dlr" is.
SINGULAR_CURRENCIES = [
    ("Dutch state-owned chemical group N.V. DSM is launching a 150 mln guilder dual currency bond with a 7-1/4 pct "
     "coupon due 1992.", "150 mln guilder", 150_000_000, "NLG"),  # reuters/04693
    ("Caisse Nationale de l'Energie will issue a 650 mln franc bond.", "650 mln franc", 650_000_000, None),
    # reuters/08625
    ("Foreign banking sources said they considered likely a fresh postponement of a 10 billion peseta Chase "
     "Manhattan Bank led syndicated loan.", "10 billion peseta", 10_000_000_000, "ESP"),  # reuters/06558
    ("Before the seizure, Soriano led a 3.3 billion peso bid for the shares, paying UCPB a 500 mln peso deposit.",
     "3.3 billion peso", 3_300_000_000, None),  # reuters/00316
]


@pytest.mark.parametrize("sentence, text, value, currency", SINGULAR_CURRENCIES)
def test_a_currency_in_the_singular_before_a_noun_is_money(numbers, sentence, text, value, currency):
    found = [n for n in numbers(sentence) if n["text"].startswith(text)]
    assert [(n["value"], n["kind"], n["currency"]) for n in found] == [(value, "money", currency)]
    assert text.split()[-1] not in (found[0]["counted"] or "")


def test_currency_words_after_the_number(numbers):
    found = numbers("The company will pay 3 million dollars and 2 billion Serbian dinars.")
    assert [(n["value"], n["currency"]) for n in found] == [(3000000, "USD"), (2000000000, "RSD")]
    assert all(n["kind"] == "money" for n in found)


def test_bare_dinars_are_money_with_unknown_currency(numbers):
    found = only(numbers("Smugglers charged 5,000 dinars per person."))
    assert (found["kind"], found["currency"]) == ("money", None)


def test_vague_money(numbers):
    found = only(numbers("File-sharers cost the industry millions of dollars."))
    assert (found["kind"], found["currency"], found["text"]) == ("money", "USD", "millions of dollars")


def test_measures_take_a_unit_and_count_what_is_measured(numbers):
    found = numbers("Police seized 20kg of cocaine 30 km from the border.")
    assert [(n["value"], n["kind"], n["unit"], n["counted"]) for n in found] == [
        (20, "measure", "kilogram", "cocaine"),
        (30, "measure", "kilometre", None),
    ]


def test_measure_in_metres_with_qualifier(numbers):
    found = only(numbers("Rules demand that net cafes be at least 200 metres away from schools."))
    assert (found["text"], found["unit"], found["qualifier"]) == ("at least 200 metres", "metre", "at_least")


# -------------------------------------------------------------------- counted


def test_counted_keeps_compounds_and_adjectives(numbers):
    assert only(numbers("Police seized five assault rifles."))["counted"] == "assault rifles"
    assert only(numbers("They found hundreds of foreign passports."))["counted"] == "foreign passports"


def test_counted_extends_over_measure_phrases(numbers):
    assert only(numbers("Police seized over 1,500 rounds of ammunition."))["counted"] == "rounds of ammunition"


def test_counted_from_a_copula_after_the_number(numbers):
    found = numbers("We found 305 passports, of which 215 are passports of Turkish citizens.")
    assert [(n["value"], n["counted"]) for n in found] == [(305, "passports"), (215, "passports")]


def test_counted_is_null_for_a_bare_number(numbers):
    assert only(numbers("Imported car sales were estimated at 219,300 in February."))["counted"] is None


def test_number_before_of_counts_the_group(numbers):
    found = only(numbers("The deal involves two of the biggest brands in the world."))
    assert (found["value"], found["counted"]) == (2, "biggest brands")


# ---------------------------------------------------------------- not numbers


def test_dates_and_durations_are_not_numbers(numbers):
    found = numbers("From October 27 to November 8, police detained migrants within two weeks.")
    assert found == []


@pytest.mark.parametrize("sentence", [
    "Rules introduced in 2002 apply to net cafes.",
    # a year before a singular noun says when (html-articles: NASA; bbc/business/147, 161)
    "US lawmakers are debating the agency's budget request, and whether a crewed 2024 moon mission is even feasible.",
    "The moves put Malaysia ahead of a 2007 deadline to open up the sector.",
    "Boeing was sued by Lockheed Martin after its rival accused it of industrial espionage during a 1998 contract "
    "competition.",
])
def test_years_are_not_numbers(numbers, sentence):
    assert numbers(sentence) == []


def test_a_determiner_after_a_number_starts_another_phrase(numbers):
    # html-articles (NASA): "five" is by how much the pool grew, not five pools
    found = numbers("NASA's Monday announcement to expand by five the pool of eligible bidders increased the total "
                    "of commercial providers to 14.")
    assert [(n["text"], n["counted"]) for n in found][0] == ("five", None)


def test_times_are_not_numbers(numbers):
    assert numbers("The train left at 10:30 and arrived at 3 pm.") == []


def test_ordinals_are_not_numbers(numbers):
    assert numbers("It was the third attack on the 1st of May.") == []


def test_numbers_inside_names_are_not_numbers(numbers):
    assert numbers("The Boeing 747 was grounded after the G7 summit.") == []


@pytest.mark.parametrize("text", [
    "Article 5 of the treaty was invoked.",
    # reuters/17424: a union local is named by its number
    '"Members rejected the latest offer by a wide margin," Bob Wilson, executive officer of local 174 said.',
])
def test_labels_are_not_numbers(numbers, text):
    assert numbers(text) == []


def test_pronoun_one_is_skipped(numbers):
    assert numbers("One of them said the police had left.") == []


def test_a_certain_amount_is_not_a_number(numbers):
    assert numbers("We also found a certain amount of medicine.") == []


def test_counting_one_thing_is_a_number(numbers):
    found = only(numbers("Police arrested one suspect near the border."))
    assert (found["value"], found["counted"]) == (1, "suspect")


def test_hyphenated_compound_modifiers_are_not_counts(numbers):
    assert numbers("The charge will result in a one-off payment and an eight-player tournament.") == []


def test_spelled_number_inside_a_capitalised_name_is_not_a_number(numbers):
    assert numbers("Despite losing in Sunday's Six Nations encounter, the Italians were upbeat.") == []


def test_rankings_are_not_counts(numbers):
    assert numbers("The tsunami made it to the top 10 hoax list during January.") == []


def test_multiplier_is_a_measure_of_what_it_multiplies(numbers):
    found = only(numbers("Almost five times as many people signed up to the service."))
    assert (found["value"], found["kind"], found["unit"], found["counted"]) == (5, "measure", "times", "people")


# ------------------------------------------------------------ wire formatting


def test_number_and_unit_split_by_a_wrapped_line(numbers):
    found = only(numbers("The Soviets produced an\nestimated 12.3 mln\nbarrels of oil."))
    assert (found["value"], found["qualifier"], found["unit"], found["counted"]) == (
        12300000,
        "approximately",
        "barrel",
        "oil",
    )


def test_counted_noun_never_crosses_a_table_line(numbers):
    # The share count's own line labels it (tests/test_numbers_share_rows.py); "Avg shrs" is never the Net's noun.
    found = numbers("    Net 40.3 mln vs 78.9 mln\n    Avg shrs 98,353,350\n")
    assert [n["counted"] for n in found] == [None, None, "Avg shrs"]


def test_unit_glued_to_the_digits(numbers):
    found = only(numbers("Temperatures hit 40C in the shade on Tuesday."))
    assert (found["value"], found["kind"], found["unit"]) == (40, "measure", "degree Celsius")


def test_currency_subunits(numbers):
    found = only(numbers("Cairn's shares closed up 64 pence on Thursday."))
    assert (found["kind"], found["currency"], found["unit"]) == ("money", "GBP", "penny")


def test_range_with_shared_scale_survives_a_date_tag(numbers):
    found = only(numbers("Between 1.1 and 1.5 million people, mainly Jews, were killed at Auschwitz."))
    assert (found["low"], found["high"], found["qualifier"], found["counted"]) == (1100000, 1500000, "range", "people")


def test_numbers_after_a_title_are_part_of_it(numbers):
    found = numbers("It is a marked step down from the Xbox One X version. Apparently, Destiny 2 isn't the only game.")
    assert found == []


def test_indian_scales(numbers):
    found = only(numbers("He said he has spent Rs 24 lakh on the attempts."))
    assert (found["value"], found["kind"], found["currency"]) == (2400000, "money", "INR")


def test_citation_marks_and_list_numbers_are_not_numbers(numbers):
    text = "Binge eating is a common disorder in the United States (1).\n2. Avoid skipping meals."
    assert numbers(text) == []


# ------------------------------------------------------------------ fractions


def test_spelled_fraction_is_a_share_of_the_group(numbers):
    # Survey reporting: a spelled fraction before "of" the group polled.
    found = numbers("Nearly two thirds - 65% - of the 1,000 people interviewed said they had.")
    assert [(n["text"], round(n["value"], 4)) for n in found] == [
        ("Nearly two thirds", 0.6667),
        ("65%", 65),
        ("1,000 people", 1000),
    ]


def test_fraction_of_a_group_with_qualifier(numbers):
    # BBC business: a share of a population, with a qualifier before "a third".
    found = only(numbers("More than a third of the UK's private housing assets are concentrated in London."))
    assert found["text"].startswith("More than a third")
    assert (round(found["value"], 4), found["qualifier"]) == (0.3333, "more_than")


def test_hyphenated_plural_fraction(numbers):
    found = only(numbers("By the end of 2004, almost three-quarters of messages were junk."))
    assert (found["value"], found["qualifier"], found["counted"]) == (0.75, "approximately", "messages")


@pytest.mark.parametrize(
    "sentence",
    [
        "Maurice Greene aims to win a fourth World Championship crown this summer.",
        "Stilian Petrov slid in a third, Varga tapped in his second.",
        "The economy has grown for six quarters but growth slowed dramatically.",
        "Dragons three-quarter Hal Luscombe takes Shanklin's wing berth.",
    ],
)
def test_ordinals_quarters_of_a_year_and_positions_are_not_fractions(numbers, sentence):
    assert numbers(sentence) == []


def test_whole_number_and_a_fraction(numbers):
    # Feature writing: a measure with "and a half"; wire copy: "two and one half pct".
    needle = only(numbers("A two and a half inch needle went in yesterday."))
    assert (needle["value"], needle["kind"], needle["unit"]) == (2.5, "measure", "inch")
    pct = only(numbers("It wants to limit its debt payments to two and one half pct of GNP."))
    assert (pct["value"], pct["kind"]) == (2.5, "percent")


def test_fraction_of_a_scale_word(numbers):
    assert only(numbers("Half a million people marched in Madrid."))["value"] == 500000
    assert only(numbers("The fund lost two thirds of a million dollars."))["value"] == pytest.approx(666666.666667)


def test_digit_fractions_and_mixed_fractions(numbers):
    # Reuters bond notices: "1/4 pct selling", "1-1/4 pct".
    found = numbers("Fees comprise 1/4 pct selling and 1-1/4 pct management.")
    assert [(n["value"], n["kind"]) for n in found] == [(0.25, "percent"), (1.25, "percent")]
    assert only(numbers("The door is 2 1/2 inches thick."))["value"] == 2.5


def test_dates_and_odds_written_with_a_slash_are_not_fractions(numbers):
    assert numbers("Spending on national security rose after 9/11 and the recession.") == []


def test_one_in_five_is_a_share(numbers):
    # Survey reporting: "one in five", "three out of four".
    found = only([n for n in numbers("Almost one in five US citizens aged under 30 have one.") if n["kind"] != "age"])
    assert (found["value"], found["qualifier"], found["counted"]) == (0.2, "approximately", "US citizens")
    girls = only(numbers("Nearly three out of four girls said they used make-up."))
    assert (girls["value"], girls["counted"]) == (0.75, "girls")


def test_in_before_a_time_span_is_not_a_share(numbers):
    found = numbers("The team won 3 in 10 days.")
    assert all(n["value"] != 0.3 for n in found)


def test_half_of_a_group(numbers):
    found = only(numbers("It found that more than half of those with broadband logged on before breakfast."))
    assert (found["value"], found["qualifier"]) == (0.5, "more_than")
    assert numbers("Thompson scored at the start of the second half of the match.") == []


# -------------------------------------------------------------- spelled forms


def test_spelled_decimal_point(numbers):
    # BBC politics: "a one point three per cent volume sales fall".
    found = only(numbers("In Ireland there was only a one point three per cent volume sales fall."))
    assert (found["value"], found["kind"]) == (1.3, "percent")


def test_digits_and_scale_words_mixed(numbers):
    found = only(numbers("I can give you 3 hundred and 21 yuan."))
    assert (found["value"], found["currency"]) == (321, "CNY")


def test_spelled_number_tagged_as_a_date_is_still_a_number(numbers):
    # The small model tags some sentence-initial counts as DATE.
    found = only(numbers("Eighteen former Enron directors have agreed a settlement deal."))
    assert (found["value"], found["counted"]) == (18, "former Enron directors")


@pytest.mark.parametrize(("text", "value"), [("twenty-one", 21), ("I have two apples", 2), ("192.", 192), ("42", 42)])
def test_short_inputs(numbers, text, value):
    assert only(numbers(text))["value"] == value


def test_ages_are_not_counts(numbers):
    # BBC sport: an age in commas after a name, which the model tags as a date.
    found = numbers("Mutu, 25, sacked by Chelsea and banned for taking cocaine, is now represented by Moggi.")
    assert 25 not in [n["value"] for n in found if n["kind"] != "age"]


@pytest.mark.parametrize("text", [
    "Hugh Jackman moved to 5/2 favourite to play 007.",
    # bbc/tech/047: a stray space splits "$30,000"; its "000" is no amount of nothing
    "households earning less than $30, 000 ( £15,000).",
])
def test_leading_zero_is_an_identifier(numbers, text):
    assert all(not n["text"].startswith("0") for n in numbers(text))


# -------------------------------------------------------------------- signs


def test_negative_percent(numbers):
    # BBC business: "a growth rate of -0.1%".
    found = only(numbers("Like-for-like sales showed a growth rate of -0.1%, the same as in December."))
    assert (found["value"], found["kind"]) == (-0.1, "percent")


def test_minus_word_before_a_measure(numbers):
    found = only(numbers("The chamber is cooled by liquid nitrogen to minus 160 degrees."))
    assert (found["text"], found["value"], found["unit"]) == ("minus 160 degrees", -160, "degree")


def test_scientific_notation(numbers):
    assert only(numbers("The value is 1.3e6."))["value"] == 1300000


# --------------------------------------------------------------------- units


def test_speed_units_per_hour(numbers):
    # Reuters: "trains capable of 500 km an hour".
    found = only(numbers("By 1995 there would be trains capable of 500 km an hour."))
    assert (found["text"], found["unit"]) == ("500 km an hour", "kilometre per hour")
    per = only(numbers("At top speed of 200 kilometres per hour the engine heats up."))
    assert per["unit"] == "kilometre per hour"


# Torque in pound-feet is no weight in pounds: pint names the unit "foot_pound".
TORQUE = [
    ("A 275 horsepower electric motor is mounted at the rear, powered by an 82 kWh lithium-ion battery, for 406 "
     "lb-ft of torque.", "406 lb-ft of torque"),  # html/06ee193de4bd
    ("That promises 355 horsepower and 414 lb-ft of torque, and should do 0-62 mph in 6.6 seconds.",
     "414 lb-ft of torque"),  # html/3cb22bfabed8
    ("That cranks out 300 kW (402 hp) and almost 490 lb-ft of torque, lasting for eight seconds.",
     "almost 490 lb-ft of torque"),  # html/3cb22bfabed8
]


@pytest.mark.parametrize("sentence, text", TORQUE)
def test_pound_feet_measure_torque(numbers, sentence, text):
    found = [n for n in numbers(sentence) if "lb" in n["text"]]
    assert [(n["text"] in text, n["unit"], n["kind"]) for n in found] == [(True, "foot pound", "measure")]


# A share of a percentage point or of a percent is a percentage, not a count of points.
SHARES_OF_A_PERCENT = [
    ("Surveys of economists have shown that the majority expect borrowing costs to stay at 2% in coming months, "
     "with an increase of a quarter of a percentage point predicted some time in the second half of the year.",
     "a quarter of a percentage point", 0.25, "percentage point"),  # bbc/business/436
    ("Borrowing costs are tipped to rise by a quarter of a percentage point to 2.25%.",
     "a quarter of a percentage point", 0.25, "percentage point"),  # bbc/business/402
    ("Other analysts said the upbeat jobs data made it more likely that the US Federal Reserve would increase "
     "interest rates by a quarter of a percentage point to 2% when it meets next week.",
     "a quarter of a percentage point", 0.25, "percentage point"),  # bbc/business/134
]


@pytest.mark.parametrize("sentence, text, value, unit", SHARES_OF_A_PERCENT)
def test_a_share_of_a_percentage_point_is_a_percentage(numbers, sentence, text, value, unit):
    found = [n for n in numbers(sentence) if n["text"] == text]
    assert [(n["value"], n["kind"], n["unit"]) for n in found] == [(value, "percent", unit)]
    assert found[0]["counted"] != "percentage point"


def test_hyphenated_unit_modifier_is_a_measure(numbers):
    # BBC tech: "it's a 10-mile drive away across town".
    found = only(numbers("The council recycling centre is a 10-mile drive away across town."))
    assert (found["text"], found["value"], found["kind"], found["unit"]) == ("10-mile", 10, "measure", "mile")


def test_range_with_a_percent_sign_on_both_ends(numbers):
    # BBC business: "to between 3% and 5%".
    found = only(numbers("Economic growth is set to halve in Singapore this year to between 3% and 5%."))
    assert (found["text"], found["low"], found["high"], found["kind"]) == ("between 3% and 5%", 3, 5, "percent")


def test_change_between_two_measures_is_two_values(numbers):
    # Reuters: "gasoline stocks fell 2.89 mln barrels to 248.44 mln barrels".
    found = numbers("The trade group said gasoline stocks fell 2.89 mln barrels to 248.44 mln barrels.")
    assert [n["value"] for n in found] == [2890000, 248440000]


def test_pounds_after_a_scale_are_sterling(numbers):
    found = only(numbers("They represent more than a trillion pounds in value."))
    assert (found["kind"], found["currency"]) == ("money", "GBP")


def test_spelled_subunit_is_money(numbers):
    # Reuters market report: "LIG shares were one penny firmer at 277p."
    found = numbers("LIG shares were one penny firmer at 277p.")[0]
    assert (found["text"], found["kind"], found["currency"]) == ("one penny", "money", "GBP")


def test_thousands_grouped_by_spaces_but_not_table_columns(numbers):
    assert only(numbers("For now, China's population is 1 414 021 100."))["value"] == 1414021100
    found = numbers("    ALUMINIUM  806 808     NICKEL    2345 2365\n")
    assert 806808 not in [n["value"] for n in found]


def test_comparatives_are_bounds(numbers):
    # BBC tech: "greater than 4 GHz".
    found = only(numbers("The chip will run at speeds of greater than 4 GHz, the firms said."))
    assert (found["qualifier"], found["low"], found["unit"]) == ("more_than", 4, "gigahertz")


def test_range_the_model_tags_as_a_date_is_still_a_number(numbers):
    found = only(numbers("The number is between 20 and 30."))
    assert (found["low"], found["high"], found["qualifier"]) == (20, 30, "range")


def test_reversed_percent_form(numbers):
    found = only(numbers("per cent of 210"))
    assert (found["value"], found["kind"]) == (210, "percent")


def test_compound_ordinal_denominators(numbers):
    assert only(numbers("one twenty-fifth"))["value"] == 0.04
    assert numbers("Life in the twenty-first century is fast.") == []


# ------------------------------------------------------- units and notation

def test_money_per_unit_names_the_rate(numbers):
    # Reuters oil report: "rose 38% to $55.12 per barrel"; BBC: "demanding $15 per hour"; wire: "$80 a barrel".
    assert only([n for n in numbers("U.S. crude rose 38% to $55.12 per barrel.") if n["kind"] == "money"])["unit"] \
        == "per barrel"
    assert only(numbers("What's next? 'Dashers' demanding $15 per hour?!"))["unit"] == "per hour"
    found = numbers("Gold traded at $1,300 an ounce while the stock fell $5 a share.")
    assert [(n["value"], n["unit"]) for n in found] == [(1300, "per ounce"), (5, None)]


def test_compound_units_with_slash_per_and_powers(numbers):
    # Science pages: rates and densities written with "/" and "per", powers as "^2", "2" or "−1".
    found = only(numbers("The panels deliver 20 J/m^2 per year, the agency said."))
    assert (found["value"], found["unit"], found["kind"]) == (20, "joule per square metre per year", "measure")
    assert only(numbers("The probe slowed by 1e-5 km/s2."))["unit"] == "kilometre per square second"
    assert only(numbers("ATLAS recorded over 5 fb−1 of data."))["unit"] == "inverse femtobarn"
    assert only(numbers("The sample emits at 4e14 s-1."))["unit"] == "inverse second"


def test_si_prefixes_on_symbols_and_names(numbers):
    # Physics news: "collided at 3.5–4.0 TeV"; a glued symbol with a power; a prefixed unit name.
    found = only(numbers("The LHC smashed the beams at 3.5–4.0 TeV."))
    assert (found["low"], found["high"], found["unit"]) == (3.5, 4, "teraelectronvolt")
    assert only(numbers("The lake holds 4km^3 of water."))["unit"] == "cubic kilometre"
    assert only(numbers("The lake holds 4 km cubed of water."))["unit"] == "cubic kilometre"
    assert only(numbers("The reservoir holds 4 cubic kilometres of water."))["unit"] == "cubic kilometre"


def test_lone_symbols_that_are_words_are_not_units(numbers):
    # "10 us dollar", "4 am", "won 2 in the first half": English words after a number are not unit symbols.
    assert only(numbers("It costs you 10 us dollars."))["unit"] is None
    assert numbers("Police said the raid began at 4 am.") == []
    assert only(numbers("He scored 2 in the first half."))["unit"] is None


def test_durations_stay_with_the_dates_component(numbers):
    # Sample article: "detained thousands of migrants within two weeks" - a duration, not a measure.
    assert numbers("The operation began two weeks ago.") == []
    assert numbers("SARS-CoV-2 antibodies may provide immunity for at least 5–7 months.") == []


def test_years_ago_symbols_and_clock_like_lengths(numbers):
    # Geology: "66 Ma ago" (million years); a length in picometres has decimals a clock time cannot have.
    assert only(numbers("The species was abundant approximately 66 Ma ago."))["unit"] == "megayear"
    assert only(numbers("This nano grid has a size of 2.123 pm."))["unit"] == "picometre"


def test_inches_only_where_in_cannot_be_the_preposition(numbers):
    # Product copy: "The door is 2 1/2 in thick"; "is 2 in." closing the sentence.
    found = only(numbers("The door is 2 1/2 in thick, the maker said."))
    assert (found["value"], found["unit"]) == (2.5, "inch")
    assert only(numbers("The length of my pencil is 2 in."))["unit"] == "inch"


def test_uncertainty_is_the_range_it_spans(numbers):
    # Science reporting: "9.83e-3 +/- 1e-5 km/s2", "12 ± 4 km".
    found = only(numbers("Objects fall with an acceleration of 9.83e-3 +/- 1e-5 km/s2."))
    assert (found["low"], found["high"], found["qualifier"]) == (0.00982, 0.00984, "range")
    found = only(numbers("The crater is 12 ± 4 km wide."))
    assert (found["low"], found["high"], found["unit"]) == (8, 16, "kilometre")


def test_suspended_hyphen_ranges(numbers):
    # Encyclopaedic: "a conceptualized 8- to 16-meter (320- to 640-inch) optical space telescope".
    found = numbers("Concepts include an 8- to 16-meter (320- to 640-inch) optical space telescope.")
    assert [(n["low"], n["high"], n["unit"]) for n in found] == [(8, 16, "metre"), (320, 640, "inch")]


def test_measure_ranges_written_with_units_on_both_ends(numbers):
    # Weather: "temperatures ranged from -18 °C to -34 °C"; lab reports: "between 44 mg to 50 mg".
    found = only(numbers("Temperatures ranged from -18 °C to -34 °C overnight."))
    assert (found["low"], found["high"]) == (-34, -18)
    found = only(numbers("They were given between 44 mg to 50 mg ethanol."))
    assert (found["low"], found["high"], found["unit"]) == (44, 50, "milligram")


def test_coordinated_number_takes_the_unit(numbers):
    # Medical report: "They were given 45 and 50 mg ethanol."
    found = numbers("They were given 45 and 50 mg ethanol.")
    assert [(n["value"], n["unit"]) for n in found] == [(45, "milligram"), (50, "milligram")]


def test_power_notation(numbers):
    # Science: "by a factor of 2.48×10−5"; "exactly 8x2^10 bits"; "10^6 cells".
    assert only(numbers("Neutrinos beat light by a factor of 2.48×10−5, OPERA said."))["value"] == 2.48e-05
    found = numbers("A kibibyte is exactly 8x2^10 bits.")
    assert [(n["value"], n["unit"]) for n in found] == [(1, "kibibyte"), (8192, "bit")]
    assert only(numbers("Each dose holds 10^6 cells."))["value"] == 1000000
    assert only(numbers("2.5^-1"))["value"] == 0.4


def test_trillion_suffix_after_a_currency_symbol(numbers):
    # Encyclopaedic: "Its GDP is $2.174T."
    found = only(numbers("Its GDP is $2.174T."))
    assert (found["value"], found["currency"]) == (2174000000000, "USD")


# ------------------------------------------------------- scales and sums


def test_scale_letter_after_a_space_multiplies(numbers):
    # Finance and spec-sheet copy: "a target of US$ 1MM", "2.33 k visits"; "5G" glued is a network.
    found = only(numbers("The fund's revenue target is US$ 1MM this year."))
    assert (found["value"], found["currency"]) == (1000000, "USD")
    assert only(numbers("The page drew 2.33 k visits a day."))["value"] == 2330
    assert only(numbers("Storage grew to 1,674.5 G in March."))["value"] == 1674500000000
    assert all(n["value"] < 100 for n in numbers("Operators rolled out 5G across the city."))


def test_a_larger_scale_after_a_closed_one_multiplies(numbers):
    # Indian business news: "three lakh crore rupees"; older British usage: "a thousand million".
    found = only(numbers("The scheme will cost three lakh crore rupees."))
    assert (found["value"], found["currency"]) == (3000000000000, "INR")
    assert only(numbers("A thousand million people watched."))["value"] == 1000000000
    assert only(numbers("Two million three hundred thousand voted."))["value"] == 2300000


def test_dozen_multiplies_only_the_part_below_a_hundred(numbers):
    # Market reports: "three hundred and two dozen eggs", "3 dzs of roses".
    assert only(numbers("The stall sold three hundred and two dozen eggs."))["value"] == 324
    assert only(numbers("She ordered 3 dzs of roses."))["value"] == 36


def test_mixed_number_before_a_scale(numbers):
    # Election copy: "some two and a half million people voted".
    assert only(numbers("Some two and a half million people voted."))["value"] == 2500000


def test_spelled_number_goes_on_after_a_comma_and_ampersand(numbers):
    # Read-out figures: "three million, two hundred & forty votes"; a comma before a part is a new number.
    assert only(numbers("Three million, two hundred & forty votes were cast."))["value"] == 3000240
    found = numbers("Three million, two of them children, fled the war.")
    assert [n["value"] for n in found] == [3000000, 2]


def test_alternatives_with_different_scales_are_not_a_range(numbers):
    # Budget stories: "could cost $10 billion or $1 trillion"; "10 million or 20 million" is still a range.
    found = numbers("The plan could cost $10 billion or $1 trillion.")
    assert [n["value"] for n in found] == [10000000000, 1000000000000]
    found = only(numbers("Between 10 million or 20 million people may be affected."))
    assert (found["low"], found["high"]) == (10000000, 20000000)


# ------------------------------------------------------- fractions and decimals


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a twenty-first", 1 / 21),
        ("one one hundred fifth", 1 / 105),
        ("one one hundred and fifth", 1 / 105),
        ("one hundred and thirty fifths", 26),
        ("one hundred and three quarters", 100.75),
        ("ninety-five hundred-fifths", 1900),
    ],
)
def test_spelled_fractions_with_compound_parts(numbers, text, value):
    # Maths explainers and read-out transcripts: ordinals of several words, improper and mixed fractions.
    assert only(numbers(text))["value"] == pytest.approx(value)


def test_decimal_comma(numbers):
    # Translated continental releases: "growth of 1,3 per cent"; a comma before one or two digits
    # cannot group thousands.
    found = only(numbers("The Bundesbank put growth at 1,3 per cent."))
    assert (found["value"], found["kind"]) == (1.3, "percent")
    assert only(numbers("The firm sold 22,500 units."))["value"] == 22500


def test_over_closing_a_clause_divides(numbers):
    # Maths explainers: "pi is roughly 22 over 7."
    assert only(numbers("He wrote it as 22 over 7."))["value"] == pytest.approx(22 / 7)
    assert only(numbers("Unemployment is over 7."))["qualifier"] == "more_than"
    assert all(n["value"] != 1.5 for n in numbers("His blood pressure was 120 over 80."))


def test_spaced_minus_alone_on_its_line_is_negative(numbers):
    # Tables pasted as text: a change on a line of its own; a bullet before words stays a dash.
    assert only(numbers("Change\n- 10\n"))["value"] == -10
    assert only(numbers("- 10 people died in the blast"))["value"] == 10


# ------------------------------------------------------- money and units


def test_dollars_and_cents_make_one_amount(numbers):
    # Consumer stories: "it only cost 3 dollars 50 cents", "thirteen dollars and forty-five cents".
    found = only(numbers("The fare only cost 3 dollars 50 cents."))
    assert (found["value"], found["currency"]) == (3.5, "USD")
    assert only(numbers("It cost thirteen dollars and forty-five cents"))["value"] == 13.45
    found = numbers("She earned 40 dollars and 10 euros.")
    assert [(n["value"], n["currency"]) for n in found] == [(40, "USD"), (10, "EUR")]


def test_currency_signs_after_the_number_and_coins_in_compounds(numbers):
    # Chinese and continental price tags: "100元", "100€"; wire: "a 12-cent-a-share dividend".
    found = only(numbers("Hey, the cost is 100元!"))
    assert (found["value"], found["currency"]) == (100, "CNY")
    found = only(numbers("It will pay a 12-cent-a-share dividend."))
    assert (found["value"], found["kind"], found["unit"]) == (12, "money", "cent")
    assert only(numbers("It costs you 10 us dollar."))["currency"] == "USD"


def test_article_before_a_unit_is_one_unit(numbers):
    # Crime and consumer copy: "seized nearly a tonne of cocaine", "a gallon of milk", "a penny".
    found = only(numbers("Police seized nearly a tonne of cocaine."))
    assert (found["value"], found["unit"], found["qualifier"], found["counted"]) == (1, "tonne", "approximately",
                                                                                    "cocaine")
    assert only(numbers("Oh look, a penny!"))["kind"] == "money"
    assert [n["value"] for n in numbers("The car does 30 miles a gallon.")] == [30]
    assert numbers("He lives half a mile away.") == []


def test_kitchen_and_bracketed_units(numbers):
    # Recipes: "a ⅓ cup of sauce"; spec sheets: "weighs 20 (kg)"; product copy: "a pen 10 \" long".
    assert only(numbers("Add ⅓ cup of sauce."))["unit"] == "cup"
    found = only(numbers("The parcel weighs 20 (kg)."))
    assert (found["value"], found["unit"]) == (20, "kilogram")
    assert only(numbers('He has a pen that is 10 " long.'))["unit"] == "inch"
    assert only(numbers('He said "10" long ago.'))["unit"] is None


def test_numbers_with_units_after_proper_nouns_are_measures(numbers):
    # Travel and tech copy: "Mount Everest 8,848 metres tall", "Processor 2.80 GHz".
    assert only(numbers("Mount Everest 8,848 metres tall"))["value"] == 8848
    assert only(numbers("Intel Processor 2.80 GHz"))["unit"] == "gigahertz"


def test_letters_before_a_hyphen_make_an_identifier(numbers):
    # Aviation: "ordered 20 A320-200 jets": the number after "A320-" names a variant.
    assert [n["value"] for n in numbers("The airline ordered 20 A320-200 jets.")] == [20]


def test_one_before_an_adjective_and_noun_counts(numbers):
    # Sport quotes: "Let's try one last time"; "no one else" is a pronoun.
    assert only(numbers("Let's try one last time"))["value"] == 1
    assert numbers("No one else came.") == []


# -------------------------------------------------------- ranges and bounds


@pytest.mark.parametrize(
    "sentence",
    [
        "Organisers put the crowd at 20,000-25,000.",
        "Organisers put the crowd at 20,000 – 25,000.",
        "Organisers put the crowd at 20,000–25,000.",
    ],
)
def test_dashed_pair_of_large_numbers_is_a_range(numbers, sentence):
    # Crowd and casualty estimates: "police put the crowd at 20,000-25,000".
    found = only(numbers(sentence))
    assert (found["value"], found["low"], found["high"], found["qualifier"]) == (20000, 20000, 25000, "range")


def test_dashed_pair_with_scale_suffixes_is_a_range(numbers):
    # Job and salary copy: "the posts pay 30k-40k"; one scale shared: "3-5bn".
    found = only(numbers("The posts pay 30k-40k, the agency said."))
    assert (found["low"], found["high"]) == (30000, 40000)
    found = only(numbers("Analysts expect a loss of 3-5bn."))
    assert (found["low"], found["high"]) == (3e9, 5e9)


def test_scale_word_after_a_one_token_range_scales_both_ends(numbers):
    # Budget stories: "costs of $2-$3.8 trillion", which the tokenizer keeps as "$", "2-$3.8", "trillion".
    found = only(numbers("The plan leaves out costs of $2-$3.8 trillion, critics say."))
    assert (found["low"], found["high"], found["kind"], found["currency"]) == (2e12, 3.8e12, "money", "USD")
    assert found["text"] == "$2-$3.8 trillion"


def test_tilde_between_numbers_is_a_range(numbers):
    # Asian business wires: "shares traded at 20~25 yuan".
    found = only(numbers("The shares traded at 20~25 yuan on Monday."))
    assert (found["low"], found["high"], found["qualifier"], found["kind"]) == (20, 25, "range", "money")


def test_through_joins_a_range(numbers):
    # US usage: "20 through 40 ambulances".
    found = only(numbers("Each district will get 20 through 40 ambulances."))
    assert (found["low"], found["high"], found["counted"]) == (20, 40, "ambulances")


@pytest.mark.parametrize(
    "sentence",
    [
        "Prices rose steadily in 1990-1995 across the region.",
        "The war of 1914–1918 killed millions of soldiers.",
    ],
)
def test_dashed_pair_of_years_stays_a_date(numbers, sentence):
    # History and economics: spans of years are dates, not ranges of counts.
    assert [n for n in numbers(sentence) if n["qualifier"] == "range"] == []


@pytest.mark.parametrize(
    "sentence",
    ["Arsenal beat Chelsea 3-1 at the Emirates.", "The Lakers lost 98-104 in Boston.", "Serbia drew 2 – 2 with Wales."],
)
def test_dashed_pair_of_small_numbers_stays_a_score(numbers, sentence):
    # Sports results name a score with a dash whichever side won.
    assert numbers(sentence) == []


def test_dashed_model_numbers_are_not_ranges(numbers):
    # Aviation and engineering: "the 737-800 cut costs", "its RB 211-524 engine".
    assert numbers("Ryanair said the 737-800 had cut its operating costs.") == []
    assert numbers("Boeing will fit its RB 211-524 engine on the jet.") == []


def test_dashed_figures_far_apart_are_two_numbers(numbers):
    # Commodity wires put last year's figure in brackets: "(1985 - 182,959)"; tables run a grade into a weight.
    found = numbers("Chile shipped 229,176 tonnes (1985 - 182,959) this year.")
    assert [(n["value"], n["qualifier"]) for n in found] == [(229176, "exact"), (182959, "exact")]
    found = only(numbers("Bulk supply us 1-3 200-260 lbs."))
    assert (found["low"], found["high"], found["unit"]) == (200, 260, "pound")


def test_wire_shorthand_ranges_complete_the_high_or_low_end(numbers):
    # Currency and oil wires: "the dollar at 1.7770-80 marks", "output of 75-100,000 bpd".
    found = only(numbers("Dealers said the dollar was at 1.7770-80 marks."))
    assert (found["low"], found["high"], found["kind"]) == (1.777, 1.778, "money")
    found = only(numbers("Nigeria produced 75-100,000 bpd below its quota."))
    assert (found["low"], found["high"]) == (75000, 100000)


def test_phone_numbers_are_not_numbers(numbers):
    # Appeals for witnesses: "call the hotline on +1-222-555-0199".
    assert numbers("Call the hotline on +1-222-555-0199 with any information.") == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The death toll topped 3,000 on Friday.", 3000),
        ("Exports exceeded 2 million tonnes last year.", 2000000),
        ("Sales are now surpassing 500 cars a month.", 500),
        ("Cars with engines exceeding 150 horsepower pay more.", 150),
    ],
)
def test_comparator_verbs_set_a_lower_bound(numbers, sentence, value):
    # Running tallies: "the death toll topped 3,000", "exports exceeded 2 million tonnes".
    found = only(numbers(sentence))
    assert (found["value"], found["low"], found["high"], found["qualifier"]) == (value, value, None, "more_than")


def test_negated_comparator_verb_caps_and_equals_or_exceeds_includes(numbers):
    # Wire copy on deal terms: "will not exceed 10 pct", "equals or exceeds 150 pct of the conversion price".
    found = only(numbers("Its stake will not exceed 10 pct, the company said."))
    assert (found["qualifier"], found["low"], found["high"]) == ("at_most", None, 10)
    found = only(numbers("The bonds are callable if the share price equals or exceeds 150 pct of the conversion price."))
    assert (found["qualifier"], found["low"], found["counted"]) == ("at_least", 150, "conversion price")


def test_top_as_an_adjective_is_no_bound(numbers):
    # League tables: "the top 10 clubs" ranks; it bounds nothing.
    assert [n["qualifier"] for n in numbers("The top 10 clubs share the money.")] in ([], ["exact"])


@pytest.mark.parametrize(
    ("sentence", "qualifier", "low", "high"),
    [
        ("Patients with a score >30 were admitted.", "more_than", 30, None),
        ("Doctors treat readings ≤ 5 as normal.", "at_most", None, 5),
        ("Readings >= 30 need a second test.", "at_least", 30, None),
        ("The freezer runs at <-30 degrees.", "less_than", None, -30),
        ("Results were < = 100 in every region.", "at_most", None, 100),
    ],
)
def test_comparison_signs_before_a_number_are_bounds(numbers, sentence, qualifier, low, high):
    # Health and science reporting quotes thresholds with signs: "a score >30", "≤ 5".
    found = only(numbers(sentence))
    assert (found["qualifier"], found["low"], found["high"]) == (qualifier, low, high)


def test_angle_brackets_around_names_are_no_bounds(numbers):
    # Wire copy puts tickers and company names in angle brackets: "<RD> 2.30 dlrs", "<5300 Richmond Road Corp>".
    found = numbers("Shr Royal Dutch Petroleum Co <RD> 2.30 dlrs vs 2.90 dlrs")
    assert [(n["value"], n["qualifier"]) for n in found] == [(2.3, "exact"), (2.9, "exact")]
    found = numbers("Fisher Foods said <5300 Richmond Road Corp>, its largest shareholder, has not decided.")
    assert all(n["qualifier"] == "exact" for n in found)


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("Companies with equal to or more than 250 employees must report.", "at_least"),
        ("Schools with equal to or fewer than 50 pupils may close.", "at_most"),
        ("Plots of at least or equal to 500 square metres qualify.", "at_least"),
        ("Firms with larger or equal than 300 staff must report.", "at_least"),
        ("Towns with smaller or equal than 100 residents were merged.", "at_most"),
    ],
)
def test_or_equal_comparators(numbers, sentence, qualifier):
    # Regulations spell inclusive thresholds many ways, some of them non-native.
    assert only(numbers(sentence))["qualifier"] == qualifier


def test_or_more_after_an_approximation_is_a_bound(numbers):
    # Protest reports: "about 500 or more protesters".
    found = only(numbers("About 500 or more protesters gathered outside parliament."))
    assert (found["qualifier"], found["low"], found["high"], found["counted"]) == ("at_least", 500, None, "protesters")


@pytest.mark.parametrize(
    ("sentence", "qualifier", "low", "high"),
    [
        ("Groups of 10 and over get a discount.", "at_least", 10, None),
        ("Savers with 5,000 euros and above pay the levy.", "at_least", 5000, None),
        ("Families earning 20,000 euros or below get help.", "at_most", None, 20000),
    ],
)
def test_and_over_and_or_below_after_a_number_are_bounds(numbers, sentence, qualifier, low, high):
    # Eligibility rules: "groups of 10 and over", "incomes of 20,000 or below".
    found = only(numbers(sentence))
    assert (found["qualifier"], found["low"], found["high"]) == (qualifier, low, high)


def test_or_less_before_than_and_a_number_bounds_that_number(numbers):
    # Rules offering alternatives: "500 euros or less than 400 euros" names two amounts.
    found = numbers("Fines are 500 euros or less than 400 euros for first offenders.")
    assert [(n["value"], n["qualifier"]) for n in found] == [(500, "exact"), (400, "less_than")]


@pytest.mark.parametrize(
    ("sentence", "low", "high", "kind"),
    [
        ("Houses selling for more than $200,000 and less than $300,000 are taxed.", 200000, 300000, "money"),
        ("The poll put support above 40 and below 45 percent.", 40, 45, "percent"),
        ("There were at most 100 and at least 20 protesters.", 20, 100, "count"),
        ("The bill covers firms with over 50, but under 250 staff.", 50, 250, "count"),
    ],
)
def test_lower_and_upper_bound_joined_are_one_range(numbers, sentence, low, high, kind):
    # Two bounds on one quantity: "more than $200,000 and less than $300,000".
    found = only(numbers(sentence))
    assert (found["value"], found["low"], found["high"], found["qualifier"], found["kind"]) == (
        low,
        low,
        high,
        "range",
        kind,
    )


def test_joined_bounds_count_the_noun_after_the_second(numbers):
    # Seizure reports: "more than 100 and less than 300 rifles" counts rifles once.
    found = only(numbers("Police found more than 100 and less than 300 rifles."))
    assert (found["low"], found["high"], found["counted"]) == (100, 300, "rifles")
    assert found["text"] == "more than 100 and less than 300 rifles"


def test_bounds_on_different_quantities_stay_apart(numbers):
    # Casualty reports: two tallies in one sentence, each with its own bound.
    found = numbers("More than 10 people died and fewer than 40 were hurt.")
    assert [n["qualifier"] for n in found] == ["more_than", "less_than"]
    found = numbers("More than 40 and less than 10 were counted.")
    assert [n["qualifier"] for n in found] == ["more_than", "less_than"]


def test_negative_word_inside_between(numbers):
    # Weather: "between minus 10 and 5 degrees".
    found = only(numbers("Temperatures will be between minus 10 and 5 degrees."))
    assert (found["low"], found["high"], found["unit"]) == (-10, 5, "degree")
    # The model tags the spelled range as a date; the sign word is part of the number, not a date word.
    found = only(numbers("He scores between negative ten and fifteen."))
    assert (found["low"], found["high"], found["qualifier"]) == (-10, 15, "range")


@pytest.mark.parametrize(
    "text",
    [
        "Sales of legally downloaded songs also rose more than tenfold in 2004.",  # bbc/tech/040.txt
        "Mr Holiff retired when he was in his late 40s, returning to education.",  # bbc/entertainment/320.txt
        "80% offered free samples online, while two-thirds sold their music via the net.",  # bbc/tech/145.txt
        # reuters21578/articles/00234.txt (a hard-wrapped line)
        "the Conservatives had the support of 39\npct of the voters, Labour 37 pct and the Alliance 23 pct.",
        "The contract runs for a quarter of a century and costs half a million dollars.",
        "Its stake rose to  per cent of 210.",  # a double space, as wire copy has: the phrase starts at it
    ],
)
def test_the_walk_skips_no_token_a_number_phrase_starts_at(nlp, run, sample_text, text):
    # The component reads phrases only at the tokens ``start_tokens`` names; it must name every one.
    from extractor.numbers.phrases import phrase_at, start_tokens

    lexicon = nlp.get_pipe("extractor_numbers").lexicon
    for doc in (run(text), run(sample_text[HEADER:], "2023-11-09")):
        starts = [t.i for t in doc if phrase_at(lexicon, doc, t.i, 0) is not None]
        assert starts and set(starts) <= set(start_tokens(lexicon, doc))


def test_start_kinds_are_forgotten_past_their_cap_and_the_numbers_stay(nlp, run, monkeypatch):
    # A long run meets new texts without end: what each can start is kept for a bounded number of them.
    from extractor.numbers import phrases

    # reuters21578/articles/05092.txt
    text = ("Varity posted a net profit of 3.9 mln U.S. dlrs for the previous fiscal year ended January 31, 1986 "
            "and a 3.3 mln dlr net profit for the previous fourth quarter.")
    kinds = nlp.get_pipe("extractor_numbers").lexicon.start_kinds
    before = run(text)._.numbers
    kinds.clear()
    monkeypatch.setattr(phrases, "START_KINDS_CAP", 5)
    assert run(text)._.numbers == before
    assert 0 < len(kinds) <= 5
