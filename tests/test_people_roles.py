"""People's roles: each position or description the text gives a person, before the name, after it, in a
clause of its own or shared with coordinated names; a role has no determiner and is the person's own."""

from __future__ import annotations

from typing import Any

import pytest


def roles(doc: Any, name: str) -> list[str]:
    found = next((record for record in doc._.people if record["name"] == name), None)
    assert found is not None, (name, [record["name"] for record in doc._.people])
    return found["roles"]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        # bbc/business/128.txt
        ('"We don\'t have as much hedging benefit in the second half," said chief financial officer Peter Gregg.',
         "Peter Gregg", "chief financial officer"),
        # bbc/entertainment/139.txt
        ("Other acts to play include soul singer Alicia Keys, country singer Tim McGraw and punk band Green Day.",
         "Tim McGraw", "country singer"),
        # bbc/entertainment/139.txt: the first of a list
        ("Other acts to play include soul singer Alicia Keys, country singer Tim McGraw and punk band Green Day.",
         "Alicia Keys", "soul singer"),
        # bbc/business/134.txt
        ("In a welcome economic boost for newly re-elected President George W Bush, the Labor Department figures "
         "come after a slow summer.", "George W Bush", "re-elected President"),
    ],
)
def test_description_before_the_name_is_a_role(run, sentence, name, role):
    assert role in roles(run(sentence), name)


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        # bbc/sport/112.txt: a judging or dating adjective is no part of the role
        ("He is overseeing the arrival of new manager Rafael Benitez.", "Rafael Benitez", "manager"),
        # bbc/sport/135.txt: the role after 'and' is the next person's, not the one named before it
        ("The three other Africans at the club are former Cameroon defender Ernest Etchi, DR Congo's Alain Masudi "
         "and Nigerian midfielder Edith Agoye.", "Edith Agoye", "Nigerian midfielder"),
    ],
)
def test_role_before_the_name_keeps_only_its_own_words(run, sentence, name, role):
    assert roles(run(sentence), name) == [role]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        # bbc/business/117.txt: a possessive name stays, a determiner goes
        ('"The year 2004 shows that our strategy works well," said Jurgen Schrempp, DaimlerChrysler\'s chairman.',
         "Jurgen Schrempp", "DaimlerChrysler's chairman"),
        # bbc/politics/179.txt
        ("Geoff Brooks, a senior member of the Quorn hunt, told BBC News people's lives would be affected.",
         "Geoff Brooks", "senior member of the Quorn hunt"),
        # bbc/business/336.txt
        ("Ms Villalba, the former head of Merrill's private client business in Europe, has made the claims.",
         "Villalba", "former head of Merrill's private client business in Europe"),
    ],
)
def test_apposition_after_the_name_is_a_role(run, sentence, name, role):
    assert roles(run(sentence), name) == [role]


def test_apposition_before_the_name_is_a_role(run):
    # reuters21578 style: 'The suspect, Michael Webb, was convicted' (the description opens the sentence)
    doc = run("The woman, Robin Mantooth, said Mars promised her repeatedly that he would pay. "
              "The spokesman, John Hill, declined to comment.")
    assert roles(doc, "John Hill") == ["spokesman"]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        # bbc/entertainment/079.txt
        ("Ross, who is the presenter of BBC One's Film 2005, was also involved in the deliberations.",
         "Ross", "presenter of BBC One's Film 2005"),
        # reuters21578/articles/06950.txt
        ("Michael Deaver, who resigned as deputy White House chief of staff in 1985 to open a lobbying firm, "
         "faces a maximum penalty.", "Michael Deaver", "deputy White House chief of staff"),
    ],
)
def test_relative_clause_gives_a_role(run, sentence, name, role):
    assert role in roles(run(sentence), name)


@pytest.mark.parametrize(
    ("sentence", "names", "role"),
    [
        # bbc/business/336.txt
        ("However, the latest deal does not include former Enron chief executives Ken Lay and Jeff Skilling.",
         ("Ken Lay", "Jeff Skilling"), "former Enron chief executive"),
        # bbc/entertainment/002.txt
        ("Other ambassadors include actors Harvey Keitel and Sir Roger Moore.", ("Harvey Keitel", "Roger Moore"),
         "actor"),
        # bbc/entertainment/034.txt
        ("Oscar hopefuls Mike Leigh and Imelda Staunton were both winners at the 2004 Evening Standard British "
         "Film Awards.", ("Mike Leigh", "Imelda Staunton"), "winner"),
    ],
)
def test_plural_role_is_shared_by_coordinated_names(run, sentence, names, role):
    doc = run(sentence)
    for name in names:
        assert role in roles(doc, name), name


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # bbc/sport/112.txt: a hypothetical 'would be' gives no role
        ("But when asked if Gerrard would be a Liverpool player on the first day of next season, Parry said he "
         "hoped so.", "Gerrard"),
        # a negated one neither
        ("Smith is not a member of the board, the company said.", "Smith"),
    ],
)
def test_hypothetical_or_negated_clause_gives_no_role(run, sentence, name):
    doc = run(sentence)
    found = next((record for record in doc._.people if record["name"] == name), None)
    assert found is None or found["roles"] == []
