"""A description of a body means a body of the kind it names, the last one that spoke or was named, else it stays a
description: 'the Paris-based economics think tank said' right after 'the OECD said' is the OECD; 'The agency noted'
between two statements of Moody's is Moody's, not a word named in the rating it gave ('Provisional'); 'the paper said'
after 'the New York Times said' is the New York Times; 'a spokesman for the firm' is the company the story is about,
not the newspaper that reported it; the sources of a body named before them speak for the whole name ('U.S.
Intelligence sources' is U.S. Intelligence, not the U.S.).

Sentences come from the BBC News and Reuters-21578 corpora (file named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from .conftest import speaker_of

_OECD = (  # BBC business/030
    "In its latest bi-annual report, the OECD cut its growth predictions for the world's main industrialised "
    "regions. US growth would reach 4.4% in 2004, but fall to 3.3% next year from a previous estimate of 3.7%, the "
    "OECD said. However, the Paris-based economics think tank said it believed the global economy could still "
    "regain momentum.")

_MOODYS = (  # Reuters-21578 14601
    "Moody's Investors Service Inc said it\ndowngraded Dayton Hudson Corp's 1.3 billion dlrs of debt.\n    The "
    "agency cut to Aa-3 from Aa-2 Dayton Hudson's senior\nnotes, debentures, revenue bonds and Eurodebt, and shelf\n"
    "registration to Provisional Aa-3 from Provisional Aa-2.\n    Moody's said it expected that leverage, which has "
    "risen\nbecause of an aggressive expansion program, would remain high\ndue to the company's spending plans. The "
    "agency noted that\nDayton Hudson's operating returns recently declined.\n    But Moody's also said the "
    "company's recent operating\nproblems would probably be temporary.")

_TIMES = (  # Reuters-21578 05154
    "Iran has deployed about six large\nmissiles near the Strait of Hormuz which increase the threat to\nshipping in "
    "the Gulf, the New York Times said.\n    The paper quoted U.S. Intelligence sources as saying the\nmissiles "
    "appeared to be of a Chinese design known as HY-2 which\nis based on the Soviet SSN2 or Styx missile.\n    Styx "
    "missiles have a range of up to 50 miles.\n    It said the missiles had been deployed at two sites and\nquoted "
    "a naval analyst as saying they could be used to sink a\nsupertanker and block the Strait of Hormuz.\n    "
    "Missiles now used by Iran had only a fraction of the\nexplosive power of the Styx and could sink a supertanker "
    "only\nwith a lucky hit, the paper said.")

_NAVY = (  # Reuters-21578 13247
    "Defence Secretary Caspar Weinberger has\nordered the U.S. Navy to increase its presence near the Gulf in\nan "
    "effort to fulfil President Reagan's pledge to keep oil\nflowing to Europe and Japan, The New York Times "
    "reported.\n    The newspaper quoted Pentagon officials as saying the Navy\nwould keep the aircraft carrier "
    "Kitty Hawk on station in the\nArabian Sea and the rest of the Indian Ocean until May, three\nmonths longer than "
    "planned.\n    The Navy would then have a carrier battle group of six to\neight warships in the area at all "
    "times rather than part of the\ntime, as happens now, the paper said.")

_RANK = (  # BBC business/021
    "Rank, formerly famous for the Carry On series, will expose the shake-up at the announcement of its results on "
    "Friday, the Sunday Telegraph reported. Advisors Goldman Sachs are understood to have valued its demerged "
    "Deluxe Film unit at £300m, the report added. Speculation of a possible shake-up has mounted since Rank "
    "announced a study into a possible demerger in September.\n\nRank now aims to concentrate on its gaming, bars "
    "and hotels business, including extending its Hard Rock brand to its casinos - trials of which have been a "
    "success. A spokesman for the firm refused to comment on the reports, but said any results from the demerger "
    "study were likely to be set out when it unveiled its results on Friday.")


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param(_OECD, "regain momentum", "OECD", id="the-think-tank-that-spoke-before"),
    pytest.param(_MOODYS, "operating returns", "Moody's Investors Service Inc", id="the-rating-agency"),
    pytest.param(_TIMES, "lucky hit", "New York Times", id="the-paper-that-spoke"),
    pytest.param(_NAVY, "carrier battle group", "New York Times", id="the-paper-after-the-newspaper"),
    pytest.param(_RANK, "demerger study", "Rank", id="the-firm-not-the-paper-that-reported-it"),
    pytest.param(_TIMES, "Chinese design", "U.S. Intelligence", id="the-sources-of-a-whole-name"),
])
def test_a_description_means_the_body_of_its_kind(
    run: Callable[..., Doc], text: str, words: str, speaker: str
) -> None:
    assert speaker_of(run, text, words) == speaker


def test_a_description_a_place_narrows_is_no_body_that_spoke(run: Callable[..., Doc]) -> None:
    text = (  # Reuters-21578 00274: the Indonesian government is not the U.S. Embassy that spoke before
        "Indonesia's palm oil output is expected\nto rise and exports to increase, the U.S. Embassy said in its\n"
        "annual report on Indonesia's agriculture sector.\n    The Indonesian government said crude palm oil (CPO) "
        "output\nis expected to rise to 1.56 mln tonnes in 1987 and 2.11 mln in\n1988, up from a projected 1.45 mln "
        "tonnes in 1986 and 1.26 mln\nin 1985.")
    assert speaker_of(run, text, "crude palm oil") == "Indonesian government"
