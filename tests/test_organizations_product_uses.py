"""A name the article uses as a product is no organization: right after a product's measure ('Humax's 26-inch LCD
TV', 'a 9th generation Intel Core i5 processor', 'the next generation Xbox') or between a determiner or a maker's
possessive and a device's noun that ends the phrase ('the Firefox browser', 'the first Macintosh computer', "the firm's
iPod music player"). A firm's short name before a device it
makes stays ('a Tandem computer system' beside 'Tandem Computers Inc').

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def org_names(doc: Any) -> set[str]:
    return {alias for record in doc._.organizations for alias in [record["name"], *record["aliases"]]}


@pytest.mark.parametrize(
    "text, product",
    [
        # BBC tech/216
        ("One such example launched at the show is Humax's 26-inch LCD TV with an 80-hour TiVo DVR and DVD recorder.",
         "LCD TV"),
        # html-articles 65bf3048...0484a5c (a web page)
        ("There are three main configurations of the 15-inch MacBook Pro, one with a 2.6GHz Intel Core i7 processor, a "
         "2.3GHz i9 model, and a 2.4GHz i9 configuration.", "Intel Core"),
        # BBC tech/134
        ("Mr Gates made no announcement about the next generation Xbox games console, which many gadget lovers had been "
         "hoping for.", "Xbox"),
        # BBC tech/020
        ("The current version of Internet Explorer is four years old, and is widely seen as falling behind rivals such "
         "as Firefox and Opera. There are also persistent rumours that search engine Google is poised to produce its "
         "own brand browser based on Firefox. In particular the Firefox browser has been winning fans and users since "
         "its first full version was released in November 2004. Estimates of how many users Firefox has won over vary "
         "widely. According to market statistics gathered by Websidestory, Firefox's market share is now about 5% of "
         "all users. However, other browser stat gatherers say the figure is closer to 15%. Some technical websites "
         "report that a majority of their visitors use the Firefox browser.", "Firefox"),
        # BBC tech/190
        ("The three firms claim that the Cell chip will be up to 10 times more powerful than existing processors. When "
         "put inside powerful computer servers, the Cell consortium expects it to be capable of handling 16 trillion "
         "floating point operations, or calculations, every second. The chip has also been refined to be able to "
         "handle the detailed graphics common in games and the data demands of films and broadband media. IBM said it "
         "would start producing the chip in early 2005 at manufacturing plants in the US. The first machines off the "
         "line using the Cell processor will be computer workstations and servers.", "Cell"),
        # BBC tech/068
        ("Jef Raskin, head of the team behind the first Macintosh computer, has died.\n\nMr Raskin was one of the first "
         "employees at Apple and made many of the design decisions that made the Mac so distinctive when it was first "
         "released.", "Macintosh"),
        # BBC tech/068
        ("But the acceptance of the interface did not truly begin until the concept was developed for use by Apple in "
         "its pioneering Lisa computer.", "Lisa"),
        # html-articles 5fbc7ccb...1a4448e (a web page)
        ("Arguably the best Android phone of 2019, the Note 10 Plus is well designed, has a long list of features and "
         "capabilities, and is powerful enough to keep up with whatever you throw at it.", "Android"),
        # BBC tech/041
        ("The Microsoft Mobile phone, with two cameras and a Qwerty keyboard, reflects the design of similar all-in-one "
         "models released this year, such as Motorola's MPx.", "Microsoft Mobile"),
        # BBC tech/193
        ("He disappointed some, however, by failing to announce any details of the next generation of the Xbox games "
         "console.", "Xbox"),
        # BBC tech/266
        ("The original Blinx was intended to convert many platform game lovers to Microsoft's then new Xbox console. "
         "Blinx 2 is out on Xbox now.", "Xbox"),
        # BBC tech/279
        ("Portable players are becoming popular in cars and a number of auto firms are working with Apple to device "
         "interfaces to control the firm's iPod music player.", "iPod"),
        # BBC tech/288
        ("Targeting with the PS2 controller proved tricky, not helped by unconvincing collision-detection.", "PS2"),
        # BBC tech/256
        ("A group of artists in Poland has taken the cacophony of blips, boops and beeps created as players bash "
         "buttons on Nintendo's handheld GameBoy console to a new level.", "GameBoy"),
    ],
)
def test_a_name_used_as_a_product_is_no_body(run: Any, text: str, product: str) -> None:
    assert product not in org_names(run(text))


@pytest.mark.parametrize(
    "text, body",
    [
        # Reuters-21578 08237
        ("Tandem Computers Inc said\nPacific Gas and Electric Co <PCG> installed a Tandem computer\nsystem for on-line "
         "information management at the Diablo Canyon\nnuclear power plant near San Luis Obispo, Calif.\n", "Tandem"),
        # BBC tech/119
        ("Mr Rubin said the administrators were in talks over the sale of the Argonaut software division in Edgware and "
         "were hopeful of finding a buyer.", "Argonaut"),
    ],
)
def test_a_firm_before_a_device_stays(run: Any, text: str, body: str) -> None:
    assert body in org_names(run(text))
