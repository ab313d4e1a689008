"""People: in a list of nominees, what one person is listed for ('X for <title> and ...') is no part of the title of
the next person in the list (session 20)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name, roles", [
    pytest.param(  # BBC entertainment/377: 'Bad Education' is Almodovar's film, not part of Wong Kar-Wai's title
        "Nominees for best foreign film include Spain's Pedro Almodovar for Bad Education and Hong Kong director "
        "Wong Kar-Wai for 2046.", "Wong Kar-Wai", ["Hong Kong director"], id="a-film-before-and"),
])
def test_what_the_name_before_is_listed_for_is_no_title(run, text, name, roles):
    people = {record["name"]: record["roles"] for record in run(text)._.people}
    assert people.get(name) == roles
