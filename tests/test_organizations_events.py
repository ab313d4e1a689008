"""Trade fairs, conferences and shows are no organizations, at every mention, once the article says the name is an
event's: after an event noun ('the mobile phone conference 3GSM'), before a fair's noun ('the 3GSM trade show'), held
('CES, which runs from 6 to 9 January'), or spelled out as an event's name ('CES' beside 'the annual Consumer
Electronics Show'). A name the article also writes before a body's noun stays ('Macworld magazine' beside 'Macworld
expo').

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def names(doc: Any) -> list[str]:
    return [record["name"] for record in doc._.organizations]


@pytest.mark.parametrize(
    "text, event",
    [
        # BBC tech/343
        ("At the mobile phone conference 3GSM in Cannes last month Samsung demonstrated a phone using UWB technology "
         "from Freescale.", "3GSM"),
        # BBC tech/041
        ('"One in five European workers are already mobile - meaning they spend significant time travelling and out '
         'of the office," Rene Obermann, T-Mobile\'s chief executive, told a press conference at the 3GSM trade show '
         "in Cannes.", "3GSM"),
        # BBC tech/050
        ("The newly-designed OMAP-Vox chip set was announced ahead of the start of a major mobile industry conference, "
         "3GSM, which takes place in Cannes, France this week.", "3GSM"),
        # BBC tech/222
        ("CES, which runs from 6 to 9 January, showcases more than 50,000 new gadgets that will be hitting the shelves "
         "in 2005.", "CES"),
        # BBC tech/216
        ("That is according to an expert panel which gathered at the annual Consumer Electronics Show in Las Vegas to "
         "discuss how these new technologies will impact one of our favourite pastimes. One of the most talked-about "
         "technologies of CES has been digital and personal video recorders (DVR and PVR).", "CES"),
    ],
)
def test_an_event_is_no_body(run: Any, text: str, event: str) -> None:
    assert event not in names(run(text))


def test_a_name_written_before_a_bodys_noun_stays(run: Any) -> None:
    # BBC tech/300
    doc = run('"It\'s the bravest move they have made yet," said Jonny Evans, news editor at Macworld magazine. '
              "Interest in the new products launched at Macworld expo was so strong that websites for Apple's store "
              "and the show struggled to cope with demand.")
    assert "Macworld" in names(doc)
