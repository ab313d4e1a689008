"""A name the model cuts at a leading word is taken whole on the article's own evidence: a common word it tags a
body alone, before 'and' and a body's name, that the article also writes in lowercase ('the Public and Commercial
Services Union' beside 'public sector'); a party's name word the model splits off its members' plural ('the
majority Christian Democrats', over a wire's line break too), which names another party than the plural alone
('Democrats': the Democratic Party); and a Sunday paper the model cuts before 'on Sunday' ('The Mail on Sunday',
whose 'Sunday' it tags a date).

Every text is real, its source named beside it (two sentences of one article where the evidence is in another)."""

from __future__ import annotations

from typing import Any

import pytest

WHOLE = [
    # BBC politics/069
    ("Privately ministers believe this will be the \"less painful\" option, our correspondent added. The Public and "
     "Commercial Services Union (PCS) will co-ordinate any industrial action with up to six other public sector "
     "unions.", "Public and Commercial Services Union", None),
    # BBC politics/210
    ("The strike, called by the Public and Commercial Services Union, was the biggest by civil servants in a decade. "
     "\"We will provide help with information, relocation and retraining to help staff move into frontline work "
     "within the public sector, but we will not be diverted from these necessary changes so that we can make this "
     "essential investment.", "Public and Commercial Services Union", None),
    # BBC politics/365
    ("Mark Serwotka, the leader of the Public and Commercial Services Union said: \"In last year's budget we had the "
     "day of the long knifes as the chancellor kicked off the crude game of who could cut the most civil service "
     "jobs between the government and the Tories. The Treasury also announced plans to reduce the number of public "
     "sector workers on sick leave with a new system of checks and tougher measures against those suspected of "
     "abusing the system.", "Public and Commercial Services Union", None),
    # Reuters-21578 13671
    ("Italy's government is expected to fall tomorrow after the majority Christian Democrats decided to\nwithdraw "
     "their 16 ministers unless Socialist Prime Minister Bettino\nCraxi resigned, political sources said today.",
     "Christian Democrats", "party"),
    # Reuters-21578 13671
    ("    The sources said that at the cabinet meeting the Christian\nDemocrats, senior partners in a coalition "
     "including Social\nDemocrats, Liberals and Republicans as well as the Socialists,\nwould tell Craxi he had to "
     "resign.", "Christian Democrats", "party"),
    # Reuters-21578 00219
    ("Leaders of Italy's five coalition parties have agreed to meet today to try to settle their differences which "
     "are mainly between Prime Minister Bettino Craxi's Socialist Party and the majority Christian Democrats.",
     "Christian Democrats", "party"),
    # Reuters-21578 02132
    ("Opinion polls indicate the Conservative Party, Finland's second largest, may gain enough clout after the "
     "elections to join a coalition government which is still likely to be dominated by the Social Democrats of "
     "Prime Minister Kalevi Sorsa.", "Social Democrats", "party"),
    # BBC business/166
    ("The £10bn Crossrail transport plan, backed by business groups, is to get the go-ahead this month, according "
     "to The Mail on Sunday.", "Mail on Sunday", "media"),
    # BBC sport/110
    ("\"I hope he can be back and I will try to help him make that happen,\" Meersseman told the Mail on Sunday.",
     "Mail on Sunday", "media"),
    # BBC politics/112
    ("A second poll for the Independent on Sunday found that support for all political parties remained largely "
     "unchanged after the Blunkett controversy.", "Independent on Sunday", "media"),
]


@pytest.mark.parametrize(("text", "name", "kind"), WHOLE)
def test_a_name_cut_at_a_leading_word_is_taken_whole(run: Any, text: str, name: str, kind: Any) -> None:
    found = {record["name"]: record for record in run(text)._.organizations}
    assert name in found, list(found)
    assert found[name]["type"] == kind
    assert not any(other != name and other in name for other in found), list(found)

