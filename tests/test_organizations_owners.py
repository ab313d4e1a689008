"""A possessive inside the model's organization: where the article names the owner alone elsewhere, the name is
what follows it, a thing, a unit or a person the owner has ("Apple’s MacBook team", "NPR’s Feng", "Braun’s Ithaca
Holdings", "Midland Montagu's Maude"); a name with a possessive of its own stays whole ("Moody's Investors Service",
"Guy's Hospital Medical School").

Every text is real news text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def org_mentions(doc: Any) -> set[str]:
    return {item["text"] for record in doc._.organizations for item in record["mentions"]}


@pytest.mark.parametrize(
    "text, not_org",
    [
        # html-articles 5fa5679d...fee17cab8 (a web page): a maker's product team
        ("The same is true for the new physical escape button, which Apple had axed on most MacBook Pro models in "
         "2016, and for the new inverted “T” arrow key layout, which Apple had done away with back in 2015.\nThis "
         "is a curious way to design computers. It also seems like Apple’s MacBook team was really screwing up back "
         "in 2015.", "Apple’s MacBook"),
        # html-articles ea25dd7e...3e840c3de (a web page, two of its paragraphs): a broadcaster's reporter
        ("As Emily Feng reports for NPR, the first cases came to light last week, when authorities in Beijing "
         "announced that two infected individuals sought treatment at a hospital in the capital.\n"
         "The first two illnesses were confirmed on November 12. But according to NPR’s Feng, Li Jifeng, a doctor at "
         "Chaoyang Hospital where the patients were treated, wrote in a blog post that the couple had been "
         "transported to the facility on November 3.", "NPR’s Feng"),
        # html-articles 55bb6340...6ffb70a3 (a web page): a manager's holding company
        ("Brace yourself, Swifties: Taylor Swift might not be able to perform all of her hits due to a legal dispute "
         "with Scooter Braun (which owns her former record label, Big Machine) ... and private equity giant The "
         "Carlyle Group. Wait, what?\nThe drama began earlier this year when Braun’s Ithaca Holdings purchased Big "
         "Machine for $300M in a deal backed by The Carlyle Group.", "Braun’s Ithaca Holdings"),
        # Reuters-21578 00054: a firm's economist
        ("\"The report definitely points to very sluggish capital\nspending over the next couple of quarters,\" said "
         "Donald Maude\nof Midland Montagu Capital Markets Inc.\n    Maude pointed to a continuing decline in order "
         "backlogs as\nevidence that the outlook for new orders is not improving.\n    \"It suggests orders in the "
         "pipeline are depleting, which\nmay quickly translate to a drop in production,\" Midland\nMontagu's Maude "
         "said.", "Midland\nMontagu's Maude"),
    ],
)
def test_an_owners_possessive_ends_no_name(run: Any, text: str, not_org: str) -> None:
    assert not_org not in org_mentions(run(text))


@pytest.mark.parametrize(
    "text, body",
    [
        # Reuters-21578 00008: a possessive that is the name's own
        ("Moody's Investors Service Inc said it\nlowered the debt and preferred stock ratings of USX Corp and\nits "
         "units.", "Moody's Investors Service Inc"),
        # bbc/politics/057
        ("Prof Aynsley-Green was a lecturer at Oxford University, trained at Guy's Hospital Medical School, "
         "University of London; Oriel College, Oxford; and in Switzerland.", "Guy's Hospital Medical School"),
    ],
)
def test_a_names_own_possessive_stays(run: Any, text: str, body: str) -> None:
    assert body in org_mentions(run(text))
