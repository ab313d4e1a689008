"""Which kind of entity a name is, decided across the components by evidence in the sentence (issue 20).

Every sentence is real news text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest


def people_names(doc: Any) -> set[str]:
    return {record["name"] for record in doc._.people}


def org_mention_texts(doc: Any) -> set[str]:
    return {item["text"] for record in doc._.organizations for item in record["mentions"]}


@pytest.mark.parametrize(
    "text, person",
    [
        # bbc/entertainment/101: listed with a person the model tags so
        ("Several Hollywood stars feature in the festival's American independent drama category, including "
         "Keanu Reeves and Benjamin Bratt.", "Keanu Reeves"),
        # bbc/entertainment/038: a list of actors
        ("A host of Hollywood stars, including Cate Blanchett, Leonardo DiCaprio, Keanu Reeves and Richard Gere, "
         "are expected to attend Saturday's ceremony.", "Keanu Reeves"),
        # bbc/politics/101: a role right before the name
        ("Conservative local government spokesman Glyn Davies said that for the minister to claim that the "
         "majority of council tax payers in Wales should see very little change \"is taking spin to the very "
         "verge of deception\".", "Glyn Davies"),
        # bbc/entertainment/002: a role right before the name
        ("Later at a gala dinner, Danish supermodel Helena Christensen was named a Hans Christian Andersen "
         "ambassador.", "Helena Christensen"),
        # bbc/politics/104: listed with a person
        ("Prince Charles and Camilla Parker Bowles are awaiting the nation's reaction after announcing they are "
         "to be married on 8 April.", "Camilla Parker Bowles"),
        # AFP via a web page (NewsFacts held-out style): a nationality before a name the model tags as a date
        ("American Kevin King and Australian Timothy Weeks, both professors at the American University of Kabul, "
         "were handed over to US forces.", "Timothy Weeks"),
        # bbc/entertainment/035.txt, 230.txt: after a calling only people have, whatever the given name
        ("Meanwhile, design engineer Takuo Miyagishima will be awarded an Oscar at the Scientific and Technical "
         "Awards Dinner on 12 February 2005.", "Takuo Miyagishima"),
        ("Late R&B star Aaliyah's record company has failed in an attempt to sue. Aaliyah had completed a music "
         "video when the plane crashed in the Bahamas.", "Aaliyah"),
        # bbc/sport/079.txt, bbc/politics/050.txt: a role set off by commas before the name
        ("Kenteris's lawyer, Gregory Ioannidis, reacted angrily to Pound's comments.", "Gregory Ioannidis"),
        ("The Scottish National Party's Holyrood leader, Nicola Sturgeon, welcomed the move but added that the "
         "public should be consulted as the clock ticked towards the ban date.", "Nicola Sturgeon"),
        # bbc/entertainment/061.txt, 214.txt: the star a work names
        ("She is not restricted to Bollywood, however - she followed Salaam Bombay! with Mississippi Masala, "
         "starring Denzel Washington, and The Perez Family, her first Hollywood film.", "Denzel Washington"),
        ("Films on ITV1 include Gus Van Sant's Finding Forrester, starring Sean Connery, and classics such a Mary "
         "Poppins, Star Wars and The Good, the Bad and the Ugly.", "Sean Connery"),
        # bbc/tech/042.txt: a double-barrelled surname after a role
        ("\"Skype's success at spreading the world about internet telephony is well-known and we are delighted to be "
         "offering free access to Skype users in our hotspots,\" commented Broadreach chief executive Magnus "
         "McEwen-King.", "Magnus McEwen-King"),
        # bbc/sport/359.txt: a rugby position is a calling
        ("Ruddock's assessment was backed up by Yapp's coach at the Blues, former Wales and Lions prop Dai Young.",
         "Dai Young"),
    ],
)
def test_given_name_with_a_role_or_a_listed_person_or_a_name_after_a_calling_is_a_person(run, text, person):
    doc = run(text)
    assert person in people_names(doc)
    assert person not in org_mention_texts(doc)


@pytest.mark.parametrize(
    "text, organization",
    [
        # bbc/business/019: a company named for people, its role before it a kind of firm
        ("Investment bank Morgan Stanley has forecast that India's mobile market is likely to grow by about 40% "
         "a year until 2007.", "Morgan Stanley"),
        # bbc/business/104: a list of companies, one mis-tagged as a person
        ("Among the firms accused were Altria Group, RJ Reynolds Tobacco, Lorillard Tobacco, Liggett Group and "
         "Brown and Williamson.", "Lorillard Tobacco"),
        # bbc/business/112: a country is no given name
        ("Strong growth in subscriptions to mobile phone network Orange has helped boost profits at owner France "
         "Telecom.", "France Telecom"),
        # bbc/tech/102: a name after a preposition is what the role is of
        ("A spokesperson for Delta Airlines told BBC News Online: \"All I can tell you is we do not discuss "
         "internal employee issues with the media.\"", "Delta Airlines"),
        # bbc/entertainment/126: a band, its last word a plural
        ("Girls Aloud, Akon and Kaiser Chiefs all have new singles in the top ten, as do Futureheads and Usher.",
         "Kaiser Chiefs"),
    ],
)
def test_given_name_without_person_evidence_stays_an_organization(run, text, organization):
    doc = run(text)
    assert organization not in people_names(doc)


@pytest.mark.parametrize(
    "text, word",
    [
        # bbc/politics/120
        ("Lib Dem leader Charles Kennedy said the prince should apologise in person.", "Lib Dem"),
        # bbc/politics/110
        ("Mr Kemp said the Tories' plans would hit ordinary Britons hardest.", "Britons"),
        # bbc/tech/120
        ("The Briton was arrested in Surrey as part of the inquiry.", "Briton"),
        # bbc/entertainment/081, 078
        ("The 30-year-old actor, who is nominated for playing Howard Hughes in The Aviator, will join other hopefuls "
         "such as co-star Cate Blanchett, Natalie Portman and Kate Winslet as Oscar presenters.", "Oscar"),
        ("In the supporting categories, Cate Blanchett is tipped to win for her performance as Katharine Hepburn in "
         "The Aviator, while Morgan Freeman is favourite to take home his first ever Oscar, for Million Dollar Baby.",
         "Oscar"),
    ],
)
def test_a_party_a_people_or_a_prize_is_no_person(run, text, word):
    assert word not in people_names(run(text))
