"""A plural calling that qualifies one name calls a firm by its partners' names ('Stockbrokers James Capel said'): one
person is no 'brokers'. Names listed after the calling share it and are people; a plural the parse hangs elsewhere
is no calling of the name. Sentences verbatim from the corpora, wire line breaks as written."""

import pytest

from extractor import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


FIRMS = [
    # Reuters-21578 03762
    ("Stockbrokers James Capel said in a comment the move by the\nNational Savings Department was \"of considerable "
     "significance.\"", "James Capel"),
    # Reuters-21578 05885
    ("Peter Fellner, of brokers James Capel, cautioned that six\nbillion still looks on the high side of "
     "expectations.", "James Capel"),
    # Reuters-21578 21131
    ("\"Fundamentals are awful,\" said Philip Lambert, analyst with\nstockbrokers Kleinwort Grieveson, adding that "
     "total OPEC\nproduction in the first week of October could be above 18.5 mln\nbpd, little changed from September "
     "levels.", "Kleinwort Grieveson"),
    # BBC business/059
    ("But Ms Cooper, who now runs her own consulting business, told a jury in New York on Wednesday that external "
     "auditors Arthur Andersen had approved WorldCom's accounting in early 2001 and 2002.", "Arthur Andersen"),
    # BBC entertainment/270
    ("The sale, hosted by auctioneers Cooper Owen, was held at the Hard Rock Cafe in London.", "Cooper Owen"),
    # BBC entertainment/362
    ("However, in August 2003 it emerged that producers Morgan Creek were shelving Schrader's version of the film, "
     "having complained it was not scary enough.", "Morgan Creek"),
    # BBC tech/240
    ("According to consultants Strategy Analytics, only 12% of homes in Europe will have TVs capable of showing "
     "programmes in high-definition by 2008.", "Strategy Analytics"),
]


@pytest.mark.parametrize("text, name", FIRMS)
def test_a_plural_calling_names_a_firm(extractor: Extractor, text: str, name: str) -> None:
    assert name not in [person["name"] for person in extractor.extract(text).people]


PEOPLE = [
    # BBC politics/049: a list after the plural
    ("Among those reported to have serious reservations over the strategy were senior shadow cabinet members David "
     "Davis, Oliver Letwin and Tim Yeo.", "David Davis"),
    # Reuters-21578 17915: the plural is the object of 'For', no calling of the name
    ("For currency dealers Karl Otto Poehl is\nthe scourge of speculators, for bankers he is the man who has\nplayed "
     "a key role in shaping the world's financial destiny for\nthe last seven years, and for Germans he is the "
     "guardian of the\nmark.", "Karl Otto Poehl"),
]


@pytest.mark.parametrize("text, name", PEOPLE)
def test_people_after_a_plural_stay(extractor: Extractor, text: str, name: str) -> None:
    assert name in [person["name"] for person in extractor.extract(text).people]


ROLES_FOR = [
    # BBC politics/340: 'women' is what the minister is for, no calling of the name
    ("Labour's deputy minister for women Jacqui Smith accused the Lib Dems of offering \"false promises\" to women and "
     "said their sums did not add up.", "Jacqui Smith", "deputy minister for women"),
]


@pytest.mark.parametrize("text, name, role", ROLES_FOR)
def test_a_plural_a_role_is_for_is_no_calling(
    extractor: Extractor, text: str, name: str, role: str
) -> None:
    assert role in next(person["roles"] for person in extractor.extract(text).people if person["name"] == name)
