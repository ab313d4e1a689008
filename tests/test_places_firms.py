"""A town or region the article calls a rival is a company's or a club's name, and a listed company's name that the
index knows only as another name of a place ('Kirin', Jilin's Japanese name) is the company; real BBC copy (the BBC
News corpus)."""

BEER = (  # business/071
    "Asahi is predicting profits to rise 50% in 2005 as it launches a drink based on soybean peptides rather than "
    "malt. Key rival Sapporo is already well-established with the beer-flavoured \"Draft One\". Suntory, meanwhile, is "
    "doing well with \"Super Blue\". Kirin, the fourth big name, is launching its own \"third-type\" drink in April. "
    "Beer and spirits are heavily taxed in Japan."
)


def test_a_rival_named_like_a_place_is_no_place(run) -> None:
    assert "Sapporo" not in {place["name"] for place in run(BEER)._.places}


def test_a_listed_company_known_to_the_index_only_by_another_name_is_no_place(run) -> None:
    names = {place["name"] for place in run(BEER)._.places}
    assert "Jilin" not in names
    assert "Japan" in names
