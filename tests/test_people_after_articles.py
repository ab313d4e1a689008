"""People: one word after an article and a people's adjective names a thing, no person ('placed in the British
Library').

Articles come from the BBC News corpus (file named per case).
"""

from __future__ import annotations


def test_a_word_after_the_and_a_peoples_adjective_is_no_person(run) -> None:
    text = (  # bbc/politics/008.txt
        "\"What I think is shocking to the general public is that these things go on in the House of Commons.\" The "
        "interviews are to be placed in the British Library as a historical record.")
    assert "Library" not in [record["name"] for record in run(text)._.people]
