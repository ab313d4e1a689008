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
        # bbc/sport/104.txt, bbc/business/087.txt: 'boss', a role; a name the model tags ORG after it is a person
        ("Blues boss Jose Mourinho was sent off for taunting Liverpool fans after the goal and he watched on "
         "television as his side went on to win the game.", "Jose Mourinho", "Blues boss"),
        ("Former Worldcom boss Bernie Ebbers, who is accused of overseeing an $11bn (£5.8bn) fraud, never made "
         "accounting decisions, a witness has told jurors.", "Bernie Ebbers", "Former Worldcom boss"),
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


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        # bbc/tech (F-Secure): the doer's noun of a post the clause names
        ("\"We have seen these hoaxes for several Christmases already,\" said Mikko Hypponen, who heads F-Secure's "
         "anti-virus team.", "Mikko Hypponen", "head of F-Secure's anti-virus team"),
        # bbc/politics: 'chairs'
        ("But colleague Ian Gibson, who chairs the science and technology committee, said there was a \"question "
         "mark\".", "Ian Gibson", "chair of the science and technology committee"),
        # bbc/entertainment: a post held in the past is a former one
        ("Music mogul Tony Wilson, who headed the record company Joy Division were signed to, will be "
         "co-executive producer.", "Tony Wilson", "former head of the record company"),
        # bbc/entertainment: a deed done is no former post
        ("Carson, who hosted the Tonight Show for 30 years, died on 23 January from respiratory disease emphysema.",
         "Carson", "host of the Tonight Show"),
        ("Ray Charles, who has won a string of posthumous Grammy Awards, belonged to a pioneering generation of "
         "artists.", "Ray Charles", "winner of a string of posthumous Grammy Awards"),
        # bbc/entertainment: the object without the clause that tells of it
        ("Sideways is written and directed by Alexander Payne, who directed the 2002 hit About Schmidt, winning Jack "
         "Nicholson his 12th Academy Award nomination.", "Alexander Payne", "director of the 2002 hit About Schmidt"),
        # bbc/entertainment: the clause's own words when they name a part or a work
        ("Meanwhile, Richard Griffiths, who plays Hector in The History Boys at the National Theatre, will battle it "
         "out for the best actor award.", "Richard Griffiths", "plays Hector in The History Boys at the National Theatre"),
        ("Freeman, who starred in hit BBC comedy The Office, will play the role of Arthur Dent.", "Freeman",
         "starred in hit BBC comedy The Office"),
    ],
)
def test_who_clause_deed_gives_a_role(run, sentence, name, role):
    assert role in roles(run(sentence), name)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # bbc/entertainment: a pronoun object names nothing
        ("Martin Scorsese, who directed him in Oscar-nominated movie The Aviator, was there.", "Martin Scorsese"),
        # bbc/sport/333.txt: a win of nothing named is no title
        ("Luscombe gets the nod on the wing ahead of Dragons team-mate Kevin Morgan, who wins a place on the bench.",
         "Kevin Morgan"),
        # bbc/entertainment: 'play' without a named part
        ("Tony Blair, who played golf with the president, said little.", "Tony Blair"),
    ],
)
def test_who_clause_deed_naming_nothing_gives_no_role(run, sentence, name):
    found = roles(run(sentence), name)
    assert not any(role.startswith(("director of", "winner of", "played")) for role in found), found


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # bbc/entertainment/012.txt: the person just named as a star
        ("Hollywood film star Liam Neeson has held a dinner party in New York to promote Belfast's Lyric Theatre.\n\n"
         "The Ballymena-born actor said that the theatre was in a \"very dilapidated condition\".", "Liam Neeson",
         "Ballymena-born actor"),
        # bbc/entertainment/349.txt: the only person named before; a judging word is no part of the role
        ("Khan has had raunchy roles in music videos and Bollywood films over the past two years. The distressed "
         "actress told media she was being driven straight to the airport.", "Khan", "actress"),
    ],
)
def test_description_taking_up_a_person_is_their_role(run, text, name, role):
    assert role in roles(run(text), name)


def test_description_without_a_role_of_its_kind_is_nobodys(run):
    # bbc/entertainment/056.txt: two men named just before, the one in the subject no actor
    doc = run("Late film star Marlon Brando is said to have repeatedly turned down his Oscar-winning role in The "
              "Godfather.\n\nThe actor's friend Budd Schulberg told Vanity Fair magazine that Brando's assistant "
              "suggested he read the novel. The actor repeatedly refused, throwing the book at her.")
    assert "actor" not in roles(doc, "Budd Schulberg")


def test_role_nouns_joined_before_a_name_are_one_role(run):
    # bbc/entertainment style: 'singer and actress Jennifer Lopez'
    assert roles(run("The show starred singer and actress Jennifer Lopez."), "Jennifer Lopez") == ["singer and actress"]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        # bbc/politics/167.txt
        ('Chairman of the Environmental Audit Committee Peter Ainsworth MP, said: "The government\'s housing '
         'policy is an alarming example."', "Peter Ainsworth", "Chairman of the Environmental Audit Committee"),
        # bbc/politics/156.txt
        ("The outgoing head of the troubled Child Support Agency Doug Smith also earns an honour in the New "
         "Year's list.", "Doug Smith", "head of the troubled Child Support Agency"),
    ],
)
def test_title_naming_its_body_before_the_name_is_a_role(run, sentence, name, role):
    assert role in roles(run(sentence, "2005-01-01"), name)


def test_each_role_of_a_coordinated_apposition_is_a_role(run):
    # bbc/politics/160.txt
    doc = run("Helena Kennedy, a Labour peer and a human rights lawyer, said the Special Advocates' role was "
              "under threat.", "2005-01-01")
    assert "human rights lawyer" in roles(doc, "Helena Kennedy")
