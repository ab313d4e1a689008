"""A name set off by a person's post in apposition ('Anshuman Magazine, managing director, of CB Richard Ellis',
'Eswar Prasad, a trade professor at Cornell,') is a person's, no organization, whatever its last word; a body's
apposition keeps the body ('Electronic Arts, the world's biggest games publisher').

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def names(doc: Any) -> list[str]:
    return [record["name"] for record in doc._.organizations]


@pytest.mark.parametrize(
    "text, person",
    [
        # BBC business/068
        ("Anshuman Magazine, managing director, of CB Richard Ellis - an international real estate company - told "
         'the BBC this was "a big positive step."', "Anshuman Magazine"),
        # html-articles ...cf5ce54bb8057ed (a web page, the New York Times)
        ("Eswar Prasad, a trade professor at Cornell, said the president’s “mercurial temperament and predilection to "
         "undercutting his own negotiating team” had complicated the already challenging task of striking a deal.",
         "Eswar Prasad"),
    ],
)
def test_a_name_with_a_persons_post_in_apposition_is_no_body(run: Any, text: str, person: str) -> None:
    assert person not in names(run(text))


def test_a_body_with_its_own_apposition_stays(run: Any) -> None:
    # BBC tech/396
    assert "Electronic Arts" in names(run("EA Mobile is a division of Electronic Arts, the biggest games publisher."))


# Reuters-21578 00144
SPRIGGS = ('"OPEC must hold to its pact for the next six to eight weeks\nsince buyers will come back into the '
           'market then," said Dillard\nSpriggs of Petroleum Analysis Ltd in New York.\n')


def test_a_persons_surname_before_of_is_no_part_of_the_body(run: Any) -> None:
    """The model tags the given name a person's and 'Spriggs of Petroleum Analysis Ltd' a body's."""
    assert "Petroleum Analysis Ltd" in names(run(SPRIGGS))
