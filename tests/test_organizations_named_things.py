"""A name the article gives a thing after 'called' or 'named' is no organization: a format, a technology, a product
or an operation ('the format called RSS', 'a technology called Visual Radio', 'software, called Desktop Express');
a body's noun before it keeps the body ('a firm called Swarm Systems', 'A Canadian company, named IOG').

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def names(doc: Any) -> list[str]:
    return [record["name"] for record in doc._.organizations]


@pytest.mark.parametrize(
    "text, thing",
    [
        # BBC tech/364
        ("He designed the format called RSS (Really Simple Syndication), which gives web users an easy way to keep "
         "updated automatically on sites they like.", "RSS"),
        # BBC tech/305
        ("Finnish handset giant Nokia has been working on a technology called Visual Radio, which takes an existing FM "
         "signal from a radio station and enables that station to add enhancements such as information and "
         "pictures.", "Visual Radio"),
        # BBC tech/319
        ("Using a technology called XDR, created by American firm Rambus, memory can run up to eight times faster "
         "than the current standard being promoted by Intel.", "XDR"),
        # Reuters-21578 00669
        ("    In addition, it announced jointly with Dow Jones and Co\n<DJ> and MCI Communications Corp <MCIC> new "
         "electronic mail\nsoftware, called Desktop Express, that lets users send graphic\ndocuments over telephone "
         "wires.\n", "Desktop Express"),
        # Reuters-21578 03731
        ("BellSouth Advanced Systems, a\nunit of BellSouth Corp, said it has introduced a private\ntelephone system, "
         "called BellSouth System 30, offering smaller\ncompanies a wide range of advanced telecommunications "
         "services.\n", "BellSouth System 30"),
    ],
)
def test_a_thing_called_so_is_no_body(run: Any, text: str, thing: str) -> None:
    assert thing not in names(run(text))


@pytest.mark.parametrize(
    "text, body",
    [
        # BBC tech/293
        ("Despite Suprnova administrator Sloncek's involvement with Exeem, the basic technology appears to have been "
         "developed by a firm called Swarm Systems that is based on Caribbean island Saint Kitts and Nevis.",
         "Swarm Systems"),
        # BBC business/313
        ("A Canadian company, named IOG, is reported to have won the contract to run the Himrin field.", "IOG"),
    ],
)
def test_a_body_called_so_stays(run: Any, text: str, body: str) -> None:
    assert body in names(run(text))


@pytest.mark.parametrize(
    "text, thing",
    [
        # BBC tech/011
        ("Web tracking company Envisional said 18% of downloaders were from within the UK and that downloads of TV "
         "programmes had increased by 150% in the last year. About 70% were using file-sharing program BitTorrent, "
         "the firm said.", "BitTorrent"),
        # BBC tech/050
        ("Currently, rich multimedia features tend to be on more expensive handsets. The technology, OMAP-Vox, is "
         "being tested by firms in Europe and Asia and could appear by the end of the year. The newly-designed "
         "OMAP-Vox chip set was announced ahead of the start of a major mobile industry conference, 3GSM, which "
         "takes place in Cannes, France this week.", "OMAP-Vox"),
        # BBC tech/025
        ("The handheld console will go on sale for $250 (£132) and the first million sold will come with Spider-Man "
         "2 on UMD, the disc format for the machine. Sony has billed the machine as the Walkman of the 21st Century "
         "and has sold more than 800,000 units in Japan.", "UMD"),
    ],
)
def test_a_name_a_things_noun_describes_is_no_body(run: Any, text: str, thing: str) -> None:
    assert thing not in names(run(text))


@pytest.mark.parametrize(
    "text, body",
    [
        # BBC tech/108 (a firm as the subject after a thing's noun)
        ("The program could be based on the software Microsoft owns as a result of its purchase of Lookout Software "
         "in early October.", "Microsoft"),
        # BBC tech/018 (a thing's noun closing the clause before the name)
        ("Graphics created for films could be ported for use directly in a video game, Sony told an audience at the "
         "E3 exhibition in Los Angeles.", "Sony"),
    ],
)
def test_a_body_beside_a_things_noun_stays(run: Any, text: str, body: str) -> None:
    assert body in names(run(text))
