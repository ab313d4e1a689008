"""A reported clause whose subject the parser hung on the reporting verb (as its object, or as a clause of its own)
is reported whole, from just after the verb: 'said 4,250,000 shares of Uno Restaurant Corp, holding company for a
chain of 37 pizza restaurants, began trading', not 'began trading'. An adverbial clause before a verb that reports
a clause after it ('While ... isn't possible yet, research team head Jennifer Ngo-Anh says the idea ...'), or a
participle's or a preposition's phrase there ('Noting ..., he said the drop ...'), is no claim, nor is the main
clause the parser hung on the verb of a subordinate one ('as Nigeria announced its new initiative, Ghana ...').

Sentences come from Reuters-21578 (story numbered per case), the BBC News corpus and the saved web-page corpus
(named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc


@pytest.mark.parametrize("text, claim", [
    pytest.param(  # Reuters-21578 19820
        "The American Stock Exchange said\n4,250,000 shares of Uno Restaurant Corp, holding company for a\nchain of "
        "37 pizza restaurants, began trading under the symbol\n\"UNO.\"",
        "4,250,000 shares of Uno Restaurant Corp, holding company for a\nchain of 37 pizza restaurants, began trading",
        id="object-with-apposition"),
    pytest.param(  # BBC politics/199
        "His mother, Giselle, said her son's killer, Warren Leblanc, 17 - who was jailed for life in September - had "
        "mimicked behaviour in the game.",
        "her son's killer, Warren Leblanc, 17 - who was jailed for life in September - had mimicked",
        id="object-with-relative-clause"),
    pytest.param(  # Reuters-21578 00330
        "The Bank of England said the broad\nmeasure of U.K. Money supply, Sterling M3, rose a seasonally\nadjusted "
        "1.1 pct in January after a 0.2 pct rise in December.",
        "the broad\nmeasure of U.K. Money supply, Sterling M3, rose", id="object-with-name"),
    pytest.param(  # BBC politics/013
        "Mr Howard, whose parents fled the Nazi threat to come to the UK, says the claim would mean no-one from an "
        "immigrant family could become premier.",
        "no-one from an immigrant family could become premier", id="clause-as-object"),
    pytest.param(  # web page 39d5c43beb60605c (Beijing tariff demands may expand US-China trade deal)
        "Scissors, who consults with administration officials, said whether Trump will agree to remove existing "
        "tariffs depends largely on whether he believes it will benefit his re-election chances.",
        "whether Trump will agree to remove existing tariffs depends largely", id="clausal-subject"),
    pytest.param(  # BBC politics/049
        "Mr Clarke acknowledged how the measure was introduced remained a matter for debate but he said legislation "
        "had already been \"significantly influenced\" by the recommendations of the Commons' home affairs "
        "committee.",
        "how the measure was introduced remained a matter for debate", id="how-clause-subject"),
])
def test_a_claim_keeps_the_subject_hung_on_its_verb(run: Callable[..., Doc], text: str, claim: str) -> None:
    assert [q["text"] for q in run(text)._.quotes if claim in q["text"]]


@pytest.mark.parametrize("text, words", [
    pytest.param(  # Reuters-21578 00209: the clause has its own subject; 'after his meeting' is the verb's
        "He announced after his meeting that Chirac had told him the\ngovernment would spend two billion francs on a "
        "series of\nmeasures to boost employment and training.",
        "after his meeting", id="verbs-own-adverbial"),
    pytest.param(  # BBC tech/027: a hyphen the parser made a clause heads no claim
        "She said the spam e-mails directing people to the site started circulating two days ago shortly after the "
        "domain name of the site was registered.",
        "spam e", id="hyphen-clause"),
    pytest.param(  # BBC business/055
        "Aiming to both stir economic growth and aid the country's poor, finance minister Trevor Manuel said the "
        "focus of the 2005 budget was \"more for all\".",
        "Aiming", id="participle-phrase-before-the-verb"),
    pytest.param(  # Reuters-21578 12680
        "Noting the Securities and Exchange Commission requires that\nreserves be estimated on the assumption that "
        "year-end prices\nwill remain fixed for the life of the properties, he said the\ndrop in oil prices to 16 "
        "dlrs a barrel at the end of 1986 from\n27 dlrs a year earlier forced the company to reduce its reserve\n"
        "estimate by four pct.",
        "Noting", id="noting-before-a-claim"),
    pytest.param(  # Reuters-21578 02364
        "Noting current debt servicing charges are about two billion\npunts a year, he added :\"If we could achieve "
        "any significant\nimprovement in the management and reduction in the cost of\nservicing, it could have "
        "significant budgetary benefits.\"",
        "Noting", id="noting-before-a-direct-quote"),
    pytest.param(  # Reuters-21578 16607
        "In an article headlined, \"Gulf oil sources say Middle East\nproduction up 1.4 mln bpd,\" it warned OPEC's "
        "official prices\ncould face fresh pressure from international oil companies\nseeking cheaper supplies.",
        "In an article", id="prepositional-phrase-before-the-verb"),
    pytest.param(  # BBC business/120: the parser makes the subordinate 'announced' the root, Ghana's claim its
        "At the same time as Nigeria announced its new initiative, Ghana - the world's second largest cocoa exporter "
        "- announced revenues from the industry had broken new records.",
        "Ghana", id="main-clause-after-a-subordinate-report"),
    pytest.param(  # web page b37be3535e1fb61e (Snooze cruise: Study sees future for hibernating astronauts)
        "While slowing down humans' metabolic rate similarly to the way animals hibernate isn't possible yet, "
        "research team head Jennifer Ngo-Anh says the idea \"is actually not so crazy.\" She noted that similar "
        "methods are already used to save trauma victims.",
        "While slowing", id="adverbial-clause-before-the-verb"),
])
def test_no_claim_takes_words_that_are_not_its_own(run: Callable[..., Doc], text: str, words: str) -> None:
    assert not [q["text"] for q in run(text)._.quotes if q["text"].startswith(words)]
