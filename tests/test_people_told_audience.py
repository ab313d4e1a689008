"""People: whom a verb is told or done to is no title of the name after it ('Byrd told reporters Baker visited him'
gives Baker no role of reporter).

Articles come from Reuters-21578 (file named per case).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name", [
    pytest.param(  # reuters21578/articles/04055.txt
        "Commerce Secretary Malcolm Baldrige\nhas asked the White House to consider blocking the planned\nJapanese "
        "acquisition of a major U.S. Computer and semiconductor\nmaker, U.S. Officials said yesterday.\n    The "
        "officials told reporters Baldrige had serious concerns\non national security grounds.",
        "Malcolm Baldrige", id="officials-told-reporters"),
    pytest.param(  # reuters21578/articles/10910.txt
        "Ozal told reporters Akiman came to Turkey to brief the\ngovernment \"on efforts aimed at starting discussions "
        "between\nTurkey and Greece\" and a reply would be made to Athens soon.", "Akiman", id="told-reporters-a-surname"),
])
def test_an_audience_told_is_no_role_of_the_name_after_it(run, text: str, name: str) -> None:
    record = next(r for r in run(text)._.people if r["name"].endswith(name))
    assert not any("reporter" in role for role in record["roles"])

