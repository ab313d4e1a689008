"""Quote speakers named by 'he' or 'she': a name the model tags a person that the people rules found to be a thing's, a
firm's or a place's is no one the pronoun means ('Yukos', which speaks of itself as 'it'; 'Olympic' of 'The Olympic
800m and 1500m champion'), whom the pronoun's sentence may follow; a person the people component only missed still
is.

Passages come from the BBC News corpus (file named per case).
"""

from __future__ import annotations

from typing import Callable

import pytest
from spacy.tokens import Doc

from .conftest import speaker_of


@pytest.mark.parametrize("text, words, speaker", [
    pytest.param(  # BBC business/025: the judge, not the company that 'claimed it sought help'
        'A judge has dismissed an attempt by Russian oil giant Yukos to gain bankruptcy protection in the US.\n\n'
        'Texas Judge Letitia Clark said Yukos did not have enough of a US presence to establish US jurisdiction. "The vast majority of the business and financial activities of Yukos continue to occur in Russia," Judge Clark said in her ruling. "Such activities require the continued participation of the Russian government." Yukos had argued that a US court was entitled to declare it bankrupt before its Yugansk unit was sold, since it has local bank accounts and its chief finance officer Bruce Misamore lives in Houston. Yukos claimed it sought help in the US because other forums - Russian courts and the European Court of Human Rights - were either unfriendly or offered less protection. Russia had indicated it would in any case not abide by the rulings of the US courts.\n\n'
        'In her ruling, the judge acknowledged that "it appears likely that agencies of the Russian government have acted in a manner that would be considered confiscatory under United States law". But she said her role was simply to decide on jurisdiction. The US court\'s jurisdiction had been challenged by Deutsche Bank and Gazpromneft, a former unit of Russian gas monopoly Gazprom which is due to merge with Rosneft. Analysts said the ability of Gazprom and Rosneft to trade freely overseas had been stifled while the ownership of Yugansk remained unclear.',
        "her role was simply to decide", "Letitia Clark", id="company-speaking-of-itself"),
    pytest.param(  # BBC sport/022: the champion, not the 'Olympic' of her title
        "Britain's Kelly Holmes marked her first appearance on home soil since winning double Olympic gold with 1500m victory at the Norwich Union International.\n\n"
        "Holmes ran a tactically perfect race to finish clear of France's Hind Dehiba and Russia's Svetlana Cherkasova. The Olympic 800m and 1500m champion's time was inside the qualifying mark for the European Indoor Championships in Madrid in March. But the 34-year-old would not reveal whether she intended to run or not, having previously indicated she would leave a decision until after the Birmingham Grand Prix on 18 February.",
        "she would leave a decision", "Kelly Holmes", id="word-qualifying-a-title"),
])
def test_a_pronoun_never_means_a_name_the_people_rules_found_no_person(
    run: Callable[..., Doc], text: str, words: str, speaker: str
) -> None:
    assert speaker_of(run, text, words) == speaker


def test_a_pronoun_still_means_a_person_the_people_component_missed(run: Callable[..., Doc]) -> None:
    # BBC sport/112: 'Parry', whom the people component does not find, is no thing it rejected
    text = ("On the subject of Liverpool's finances, Parry also revealed the club is ready to explore the possibility "
            "of a sponsorship deal for its proposed new stadium.\n\nAnd responding to criticism from BBC Sport pundit "
            "and former Liverpool stalwart Alan Hansen, he insisted talks on new investment are ongoing, but added the "
            "door has not closed on shareholder and lifelong fan Steve Morgan.")
    assert "Parry" not in [record["name"] for record in run(text)._.people]
    assert speaker_of(run, text, "talks on new investment are ongoing") == "Parry"
