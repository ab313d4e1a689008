"""Who a quote's source is when the words around it do not name a speaker outright: 'the statement' or
'the report' is the body the article said issued it, not the last body that spoke; an infinitive's
speaker is the object of the verb it completes ('led the French manufacturer to announce'); a headline
line, a clause joined after a quotation or the next paragraph's verb carries no one else's speech on.

A quote put in the wrong mouth is the costliest quote error, so a quotation no words attribute keeps no
speaker. Sentences come from the Reuters-21578, BBC and web-page corpora (file named per case).
"""

from __future__ import annotations

from typing import Any, Callable

import pytest
from spacy.tokens import Doc


def _quote(run: Callable[..., Doc], text: str, words: str) -> Any:
    quotes = [q for q in run(text)._.quotes if words in q["text"]]
    assert quotes, f"no quote containing {words!r} in {[q['text'] for q in run(text)._.quotes]}"
    return quotes[0]


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param(  # reuters 00237.txt: the embassy's report, not OPEC named in between
        "Indonesia appears to be nearing a\npolitical crossroads over measures to deregulate its protected\n"
        "economy, the U.S. Embassy says in a new report.\n    Indonesia, the only Asian member of OPEC and a "
        "leading\nprimary commodity producer, has been severely hit by last year's\nfall in world oil prices.\n"
        "    It says that while many government officials and advisers\nare recommending further relaxation, "
        "\"there are equally strong\npressures being exerted to halt all such moves.\"\n    \"This group strongly "
        "favours an import substitution economy,\"\nthe report says.", "import substitution", "U.S. Embassy",
        id="says-in-a-new-report"),
    pytest.param(  # reuters 00358.txt: the association said in a report
        "The U.S. economy continued to expand in\nFebruary, but at a slower pace than in January, the National "
        "Association of Purchasing\nManagement (NAPM) said in a report.\n    A reading above 50 pct generally "
        "indicates that the economy\nis in an expanding phase.\n    The report, based on questions asked of "
        "purchasing managers\nat 250 U.S. industrial companies, also found that the growth\nrate in new orders "
        "and production slowed in February.", "new orders", "National Association of Purchasing Management",
        id="said-in-a-report"),
    pytest.param(  # reuters 00107.txt: the outlet that quoted a statement is not its author
        "The statement by the Iranian High Command appeared to\nherald the close of the offensive.\n    \"The "
        "operation was launched at a time when the Baghdad\ngovernment was spreading extensive propaganda,\" said "
        "the statement quoted by IRNA.\n    The Iranian forces \"are in full control of these areas,\" the\n"
        "statement said.", "full control", "Iranian High Command", id="quoted-by-an-outlet"),
])
def test_the_statement_is_its_issuers(run: Callable[..., Doc], text: str, words: str, speaker: str) -> None:
    assert _quote(run, text, words)["speaker"] == speaker


def test_a_document_reads_its_words(run: Callable[..., Doc]) -> None:
    # html eb62ac84 (Fox News, Big Machine): 'read' reports a document's words
    quote = _quote(run, "Big Machine Records issued a statement on Monday.\n\"As Taylor Swift's partner for over a "
                        "decade, we were shocked to see her tumblr statements yesterday,\" the statement read.",
                   "shocked to see")
    assert (quote["cue"], quote["speaker"]) == ("read", "Big Machine Records")


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param(  # html 374ac9a5 (Emirates): the manufacturer announces, not the cutback
        "But its cutback on orders of the jumbo jet early this year led the French manufacturer to announce it "
        "would scrap its production.", "scrap its production", "French manufacturer", id="led-someone-to-announce"),
])
def test_an_infinitive_is_its_objects_words(run: Callable[..., Doc], text: str, words: str, speaker: str) -> None:
    assert _quote(run, text, words)["speaker"] == speaker


@pytest.mark.parametrize("text, words, wrong", [
    pytest.param(  # html 1ee91d1f (Polygraph.info): a headline quoting a claim is not Simpson's
        "\u201cI can say with confidence that the U.S. most certainly does not control any actors there "
        "directly,\u201d Simpson said.\n\u201c\u2026 prevent the evacuation of the Syrian civilians from the "
        "Rubkan camp\u201d\nA reporter's source inside the Rukban camp, a Syrian refugee, said that the claim is "
        "not true.", "prevent the evacuation", "Simpson", id="headline-line"),
    pytest.param(  # html 1ee91d1f (Polygraph.info): the paragraph's speaker, not the next paragraph's
        "\u201cAlthough Berm residents have not been permitted to cross into Jordan, their proximity to the border "
        "provides a modicum of protection to civilians,\u201d Simpson said. \u201cThis is a motivation for "
        "residents to stay in Rukban, rather than returning to say, Palmyra.\u201d\nRobertson, the U.S. commander, "
        "said: \u201cThe United States does not support forced or coerced relocations.\u201d",
        "motivation for residents", "Robertson", id="next-paragraphs-speaker"),
    pytest.param(  # html 1ee91d1f (Polygraph.info): the Pentagon's words, not the analysts'
        "The Pentagon rejected these accusations as \u201cpatently false,\u201d and both independent analysts and "
        "sources in the Rukban camp told Polygraph.info the Russian and Syrian claims are false.",
        "patently false", "analysts", id="clause-joined-after-the-quote"),
    pytest.param(  # Reuters-21578 08950: a place the spokesman talks from is no one who speaks
        "About 14,000 of Brazil's 40,000\nseamen are now back at work after pay accords with 21 shipping\ncompanies "
        "but the rest are still on strike, a spokesman at\nstrike headquarters said today.\n    The seamen began a "
        "national stoppage on February 27.\n    The spokesman, talking by telephone from Rio de Janeiro,\nsaid 126 "
        "ships were strike-bound.", "126 ships", "Rio de Janeiro", id="talking-from-a-place"),
])
def test_no_one_elses_words(run: Callable[..., Doc], text: str, words: str, wrong: str) -> None:
    quotes = [q for q in run(text)._.quotes if words in q["text"]]
    assert all(wrong not in (q["speaker"] or "") for q in quotes)


def test_the_speaker_of_the_sentence_holding_a_quotation(run: Callable[..., Doc]) -> None:
    # html ef4e67b6 (CNN): the sentence's subject says the quoted words
    quote = _quote(run, "\"I've given plenty of on-the-record statements that were truthful and accurate,\" Grisham "
                        "told CNN.\nWhich is exactly the problem. Grisham, by her own accounting, has given \"plenty "
                        "of on-the-record statements that were truthful and accurate.\"", "plenty of on-the-record "
                        "statements that were truthful and accurate.")
    assert quote["speaker"] == "Grisham"
