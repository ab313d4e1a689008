"""A leader's government ('the Trump administration') is a body; the leader's one-word name elsewhere in the article
is the person, not the government's short form, though the model tags some of those words ORG: the government holds
only its own mentions, and the person keeps the name.

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

# The New York Times, 2019-11-18, trade war with China (web page 702d1d)
MEETING = ("The two sides have been unable to reschedule a meeting between Mr. Trump and his Chinese counterpart, Xi "
           "Jinping, in Chile that was canceled because of domestic protests.")
HYPING = ("“By hyping up expectations and setting unrealistic goals for the trade talks, Trump makes the prospects "
          "for any sort of trade deal with China more uncertain and volatile,” he said.")
TARIFF = ("The most recent twists in the China trade talks have left firms uncertain whether a 15 percent tariff that "
          "the Trump administration had planned to impose Dec. 15 on another $160 billion of goods, including "
          "smartphones, laptops and footwear, would go into effect — or whether a 15 percent tariff imposed on "
          "consumer goods in September would remain.")
# National Review, 2019-11, Adam Schiff working against the clock (web page f5c90a)
TORMENTING = ("Far from tormenting Trump and the Republicans by a long-drawn-out Schiff extravaganza, Trump’s supporters "
              "are beginning to feel that the longer the farce, the better the optics.")
OUTRAGED = ("And why would these career experts be outraged by the Trump administration that at last fulfilled their "
            "wildest agendas: ending the reset, upping sanctions against Russians, killing hired Russian thugs in "
            "Syria, pulling out of the warped missile agreement with Russia, increasing American and NATO defense "
            "expenditures, pumping more oil to lower world prices to the detriment of Russia, and arming Ukraine?")


@pytest.mark.parametrize("text", [f"{HYPING} {TARIFF}", f"{TORMENTING} {OUTRAGED}"])
def test_a_leaders_government_holds_only_its_own_mentions(run: Any, text: str) -> None:
    found = {record["name"]: [item["text"] for item in record["mentions"]] for record in run(text)._.organizations}
    assert found.get("Trump administration") == ["Trump administration"], found


def test_the_leader_named_beside_his_government_is_a_person(run: Any) -> None:
    people = [person["name"] for person in run(f"{MEETING} {HYPING} {TARIFF}")._.people]
    assert "Trump" in people, people
