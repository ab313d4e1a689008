"""Wire copy typed with a double quote for the apostrophe ('Indonesia"s', 'don"t'): read as an apostrophe; and two
single marks typed for a double one ('voters,’’ Will Moy', "''I though"): read as the double mark.

Read as a quote mark a typed apostrophe opened a false quote and hid the name before it from places and people; two
single marks left a quote open over its attribution. Facts still show the text as given: ``text ==
input[start:end]``. Sentences from Reuters-21578 (story numbers named), BBC News and a saved web page.
"""
import pytest

from extractor.facts import offset_spans
from extractor import extract

PUBLISHED = "1987-03-02"


NAMED = [
    # 00235
    ('Indonesia"s agriculture sector will grow by just 1.0 pct in calendar 1987, against an estimated 2.4 pct in '
     '1986 as the production of some commodities stagnates or declines, the U.S. Embassy said in a report.',
     "Indonesia"),
    # 17203
    ('Their current chairman, Belgium"s Paul de Keersmaeker, promised at the end of the group"s last meeting that '
     'if agreement appeared in sight this week, he would keep his colleagues at the negotiating table for long days '
     'and nights.', "Belgium"),
    # 02688
    ('Ecuador"s OPEC oil output quota is 210,000 barrels per day (bpd).', "Ecuador"),
    # 00236
    ('Kuwait"s Oil Minister, in remarks published today, said there were no plans for an emergency OPEC meeting to '
     'review oil policies after recent weakness in world oil prices.', "Kuwait"),
]


@pytest.mark.parametrize("sentence, place", NAMED)
def test_a_place_before_a_typed_apostrophe_is_found(sentence, place):
    assert place in [record["name"] for record in extract(sentence, PUBLISHED).places]


@pytest.mark.parametrize("sentence", [sentence for sentence, _ in NAMED])
def test_a_typed_apostrophe_opens_no_quote_and_every_text_is_the_input_at_its_offsets(sentence):
    facts = extract(sentence, PUBLISHED)
    assert not any(quote["text"].startswith('"s') for quote in facts.quotes)
    assert all(span["text"] == sentence[span["start"]:span["end"]] for span in offset_spans(facts.to_dict()))


@pytest.mark.parametrize("sentence, said", [
    # 17203
    ('But one diplomat told journalists: "I don"t think you need to worry about that. We are a long way from the '
     'crunch yet."', '"I don"t think you need to worry about that. We are a long way from the crunch yet."'),
    # 17207
    ('"I"m afraid if you exclude India and China, it"s going to go down even further in 1987," Kohli said.',
     '"I"m afraid if you exclude India and China, it"s going to go down even further in 1987,"'),
])
def test_a_contraction_typed_with_a_double_quote_stays_inside_its_quote(sentence, said):
    assert said in [quote["text"] for quote in extract(sentence, PUBLISHED).quotes]



@pytest.mark.parametrize("text, said, speaker", [
    (  # html-articles e7994d550087 (2019): two closing single marks end a quote opened by a double one
        "\u201cIt was an attempt to mislead voters,\u2019\u2019 Will Moy, chief executive of the London-based "
        "fact-checking website Full Fact, told the BBC. \u201cAnd I think it is inappropriate and misleading for a "
        "serious political party to behave that way.\u201d",
        "\u201cIt was an attempt to mislead voters,\u2019\u2019", "Will Moy"),
    (  # BBC sport/060: two straight single marks open and close a quote
        "\"I had to go out and go through all the gears before the Europeans and I won't run again until then,\" said "
        "McIlroy. ''I though if I got lucky I'd get close to the British record but I blew up in the end.'' McIlroy "
        "has been in superb form at the start of the season.",
        "''I though if I got lucky I'd get close to the British record but I blew up in the end.''", "McIlroy"),
])
def test_two_single_marks_typed_for_a_double_one_pair_as_one(text, said, speaker):
    facts = extract(text, PUBLISHED)
    quotes = [quote for quote in facts.quotes if quote["text"] == said]
    assert quotes and speaker in (quotes[0]["speaker"] or ""), [q["text"] for q in facts.quotes]
    assert all(span["text"] == text[span["start"]:span["end"]] for span in offset_spans(facts.to_dict()))
