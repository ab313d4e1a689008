"""A place's name inside a company's own name is no mention of the place, as the guide reads it: in brackets before
the legal form ('Sony (U.K.) Ltd'), after a French, Spanish or Portuguese particle ('Electricite de France'), a
wire's ticker ('<UK>') or after a possessive name's 'of' ("Lloyd's of London"); real news copy."""

import pytest

IN_A_COMPANY_NAME = [
    (  # Reuters-21578 00523
        "Sony (U.K.) Ltd said it would be doubling\ncapacity at its Bridgend, Wales, television and components\n"
        "factory over the next three years in a 30 mln stg expansion.",
        "United Kingdom",
    ),
    (  # Reuters-21578 00304
        "<SHV (United Kingdom) Holding Co Ltd>\nsaid it was making a tender offer for up to 33 mln ordinary\n"
        "shares in Imperial Continental Gas Association.<ICGS.L>.",
        "United Kingdom",
    ),
    (  # Reuters-21578 05032
        "<Electricite de France> (EdF) will make\nits first offering of Euro-commercial paper in the\ninternational "
        "market on Monday, EdF chief financial officer\nDaniel Lallier said in a telephone call from Paris.",
        "France",
    ),
    (  # Reuters-21578 00118: the wire's ticker of Union Carbide
        "Fluor Corp said its Fluor Daniel unit received a contract from Union Carbide Corp <UK> covering design, "
        "procurement and construction of a 108 megawatt combined cycle cogeneration facility in Seadrift, Texas.",
        "United Kingdom",
    ),
    (  # Reuters-21578 17911
        "The other main bidders were Union Carbide Corp's <UK.> French subsidiary <Union Carbide France> and West "
        "Germany's Linde AG <LING.F>.",
        "United Kingdom",
    ),
    (  # Reuters-21578 15722
        "Corroon and Black Corp said <Minet Holdings PLC>, of which it owns 25 pct, agreed to participate in a 103 mln "
        "stg fund set up by Lloyd's of London to cover part of the claims faced by PCW underwriting agencies.",
        "London",
    ),
]

STAYS_A_PLACE = [
    (  # Reuters-21578 00414
        "The borrower is the wholesale financing arm of a\nmajor group of credit unions in the Province of Quebec.",
        "Quebec",
    ),
    (  # Reuters-21578 02326
        "Striking Brazilian seamen, who say\nthey have made idle 158 ships and halted Brazilian exports,\ntoday held "
        "pay talks in Rio de Janeiro",
        "Rio de Janeiro",
    ),
]


@pytest.mark.parametrize("text, name", IN_A_COMPANY_NAME)
def test_a_place_inside_a_companys_name_is_no_mention(run, text, name) -> None:
    assert name not in {place["name"] for place in run(text)._.places}


def test_a_place_after_the_company_name_is_still_one(run) -> None:
    text = IN_A_COMPANY_NAME[2][0]  # 'in a telephone call from Paris'
    assert "Paris" in {place["name"] for place in run(text)._.places}


@pytest.mark.parametrize("text, name", STAYS_A_PLACE)
def test_a_place_named_with_its_own_particles_stays(run, text, name) -> None:
    assert name in {place["name"] for place in run(text)._.places}
