"""A firm's first word alone is the short form of the firm with the fewest words and a legal form, though the article
names that firm twice: 'Aloha' beside 'Aloha Inc' (twice) and its unit 'Aloha Airlines Inc' is Aloha Inc, not a
second organization.

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

# Reuters-21578 04536
ALOHA = ("Princeville Development Corp and\n<Aloha Inc>, parent of Aloha Airlines Inc, jointly said they\nagreed to "
         "terms for the sale of Princeville Airways Inc to\nAloha. Terms of the agreement were not disclosed.\n    Under "
         "the proposed sale, the companies said Aloha would\nacquire the entire Princeville Airways commuter operation "
         "and\naccess to the Princeville Airport on the island of Kauai.\n    They said Princeville Airways is expected "
         "to operate as a\nsubsidiary of Aloha Inc and will continue to use the\nPrinceville Aiways name.\n")


def test_a_first_word_is_the_parent_named_twice(run: Any) -> None:
    records = {record["name"]: record for record in run(ALOHA)._.organizations}
    assert "Aloha" not in records
    assert "Aloha" in {mention["text"] for mention in records["Aloha Inc"]["mentions"]}
