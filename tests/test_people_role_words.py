"""People: a role keeps the words that make it and nothing that only ranks or judges the person: a hyphenated
prefix ('vice-president' is no president), 'the only officers', 'won his first cap' (no prize named), and a
pronoun is read only when its sentence names nobody else (session 10 audit, seed 1001)."""

from __future__ import annotations

import pytest


def _roles(run, text: str, date: str = "2005-01-01") -> dict[str, list[str]]:
    return {record["name"]: record["roles"] for record in run(text, date)._.people}


@pytest.mark.parametrize("text, name, role", [
    # bbc/tech/300.txt
    ("It was all the doing of Brian Gammage, vice-president of research at analysts Gartner.", "Brian Gammage",
     "vice-president of research"),
    # bbc/tech/108.txt
    ("\"Finding information of our own computers is hard,\" said Kathy Rittweger, co-founder of Blinkx.",
     "Kathy Rittweger", "co-founder of Blinkx"),
    # bbc/tech/196.txt
    ("\"Users are moving from Microsoft's Internet Explorer to Mozilla's new Firefox browser,\" said Niels Brinkman, "
     "co-founder of Amsterdam-based OneStat.com.", "Niels Brinkman", "co-founder of Amsterdam-based OneStat.com"),
    # bbc/business/486.txt
    ("Anil Ambani, vice-chairman of India Petrochemicals Limited (IPCL), resigned.", "Anil Ambani",
     "vice-chairman of India Petrochemicals Limited (IPCL)"),
    # bbc/politics/353.txt
    ("The party has hired James Humphreys, ex-head of corporate communications at Number 10.", "James Humphreys",
     "ex-head of corporate communications"),
])
def test_a_hyphenated_prefix_stays_on_the_role(run, text, name, role):
    assert _roles(run, text)[name] == [role]


@pytest.mark.parametrize("text, name, role", [
    # bbc/sport/013.txt
    ("The two-time world half-marathon silver medallist will be back to challenge Radcliffe at this year's London "
     "event in April. AK also dropped its harsh stance on three-time world cross country 4km champion Edith Masai.",
     "Edith Masai", "three-time world cross country 4km champion"),
    # bbc/sport/021.txt
    ("KA has also threatened three-time women's short-course champion Edith Masai with a similar ban if reports that "
     "she feigned injury to avoid running at the cross country world championships are true.", "Edith Masai",
     "three-time women's short-course champion"),
    # html-articles 4648a420...: a Q&A with a chief executive
    ("A: St. Croix in the U.S. Virgin Islands – the most beautiful 87 square miles in the world (I am biased) and "
     "home of five time NBA champion Tim Duncan.", "Tim Duncan", "five time NBA champion"),
])
def test_how_many_times_a_title_was_won_stays_on_the_role(run, text, name, role):
    assert role in _roles(run, text).get(name, []), _roles(run, text)


@pytest.mark.parametrize("text, names, role", [
    # html-articles c58aa507... (USA Today)
    ("Tuesday, prosecutors asserted that Tova Noel and Michael Thomas were the only officers assigned to Epstein's "
     "housing unit.", ("Tova Noel", "Michael Thomas"), "officer assigned to Epstein's housing unit"),
    # bbc/sport/285.txt
    ("Matt Stevens is the only remaining tight-head in England's training squad and could be called up.",
     ("Matt Stevens",), "remaining tight-head in England's training squad"),
])
def test_only_is_no_part_of_a_role(run, text, names, role):
    roles = _roles(run, text)
    for name in names:
        assert all(not found.startswith("only") for found in roles[name]), roles


@pytest.mark.parametrize("text, name", [
    # bbc/sport/353.txt
    ("Scott Gray, 26, who won his first cap against Australia at Murrayfield last year, was hurt in club action at "
     "the weekend.", "Scott Gray"),
    # bbc/sport/476.txt
    ("Serena Williams, who won her fourth consecutive grand slam at the 2003 Australian Open, lost.",
     "Serena Williams"),
])
def test_winning_a_thing_no_name_names_is_no_role(run, text, name):
    assert _roles(run, text)[name] == []


@pytest.mark.parametrize("text, name, role", [
    # bbc/sport/179.txt
    ("Mark Hughes, who won the Cup four times as a player, was appointed.", "Mark Hughes", "winner of the Cup"),
    # bbc/entertainment/191.txt
    ("Lenny Henry, who won a Golden Rose for his In Pieces series in 2001, said he was happy.", "Lenny Henry",
     "winner of a Golden Rose"),
])
def test_winning_a_named_prize_is_still_a_role(run, text, name, role):
    assert _roles(run, text)[name] == [role]


def test_a_pronoun_after_another_person_in_its_sentence_gives_no_role_back(run):
    # bbc/sport/233.txt
    roles = _roles(run, "Southampton chairman Rupert Lowe was desperate to give former academy director Steve Wigley, "
                        "who replaced Paul Sturrock just two games into the season, every chance to succeed at St "
                        "Mary's. But results under Wigley have been poor and Southampton are deep in trouble near the "
                        "foot of the table. When Harry Redknapp's appointment is confirmed, he will be Saints' ninth "
                        "manager in eight years.")
    assert "Saints' ninth manager in eight years" not in roles["Steve Wigley"], roles
    assert "Saints' ninth manager" not in roles["Steve Wigley"], roles


def test_a_pronoun_still_takes_the_role_of_the_sentence_before(run):
    # reuters21578/articles/03285.txt
    roles = _roles(run, "The volume of European exports to\nSouth Africa carried by container line vessels has declined 40\n"
                        "pct in the last two years, British shipping executive Antony\nButterwick said.\n    Butterwick "
                        "told reporters that despite the drop and low\nfreight rates, the shipping conference he heads "
                        "will increase\nthe frequency of sailings to South Africa.\n    He is chairman of the Europe "
                        "South and South-East African\nConference Lines.", "1987-04-01")
    found = [role for name, named in roles.items() if name.endswith("Butterwick") for role in named]
    assert any(role.startswith("chairman of the Europe South") for role in found), roles


@pytest.mark.parametrize("text, name, role", [
    # bbc/politics/331.txt
    ("The party will now use focus groups to test a poster showing Mr Howard and shadow chancellor Oliver Letwin with "
     "a blackboard reading: \"2+2=5\".", "Oliver Letwin", "shadow chancellor"),
    # bbc/politics/275.txt
    ("The Tory tax plan follows complaints from some of the party's MPs that Mr Howard and shadow chancellor Oliver "
     "Letwin have taken too long to unveil the proposals.", "Oliver Letwin", "shadow chancellor"),
    # bbc/politics/270.txt
    ("He and his shadow Chancellor Oliver Letwin have been edging towards an announcement on this front for some "
     "months now, but without any concrete pledges.", "Oliver Letwin", "shadow Chancellor"),
])
def test_shadow_stays_on_the_post_however_the_parser_reads_it(run, text, name, role):
    assert _roles(run, text).get(name) == [role], _roles(run, text)
