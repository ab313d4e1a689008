"""People: a name speaking of itself as 'it' and of what it owns as 'its' is a firm's, not a person's, whatever
its first word ('Diamond Shamrock said it raised its posted prices'); a person so parsed keeps a role, and the 'it'
of 'be' is often no one's (session 17, second round)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name", [
    # reuters21578/articles/02046.txt
    ("Diamond Shamrock said it raised its\nposted prices for all grades of crude oil one dlr a barrel,\neffective "
     "yesterday.", "Diamond Shamrock"),
    # reuters21578/articles/17961.txt
    ("Rainier Bancorp said it will add an extra\n58 mln dlrs to its loan loss reserve in the second quarter for\n"
     "possible credit losses related to Third World loans.", "Rainier Bancorp"),
    # reuters21578/articles/09607.txt
    ("Last month, Lear Siegler said it planned to sell its Smith\nand Wesson handgun business, Starcraft Recreational "
     "Products\nLtd, the Peerless truck trailer operations, and other units, as\npart of its restructuring plans.",
     "Lear Siegler"),
    # reuters21578/articles/11617.txt
    ("A.H. Robbins, which is in Chapter 11, said it filed the\nreport with the U.S. trustee overseeing its case.",
     "A.H. Robbins"),
    # reuters21578/articles/07898.txt
    ("Seagram Co Ltd's Joseph E. Seagram and\nSons Inc said it is realigning its Fine Wine operations\nfollowing "
     "last week's sale of its medium-priced table wines\nbusiness.", "Joseph E. Seagram"),
    # reuters21578/articles/01032.txt
    ("Video Display Corfp said it has reached\na tentiative agreement to sell its existing cable television\nbusiness "
     "for undisclosed terms and expects to report a gain on\nthe transaction.", "Video Display Corfp"),
])
def test_a_speaker_calling_itself_it_is_no_person(run, text, name):
    names = [record["name"] for record in run(text, "1987-03-01")._.people]
    assert not any(name in found or found in name for found in names), names


@pytest.mark.parametrize("text, name", [
    # bbc/business/332.txt: the 'it' of 'be' is no one's
    ("Vladimir Putin said it was quite within the rights of a state-owned company to ensure its interests were met.",
     "Vladimir Putin"),
    # reuters21578/articles/06849.txt: a role shows the person, however the parse makes her the speaker
    ("A shareholder group led by Far\nHills, N.J., investor Natalie Koether said it is reconsidering\nits plan to "
     "seek control of Computer Memories Inc and now plans\nto sell its entire stake in the company.",
     "Natalie Koether"),
])
def test_a_person_speaking_of_a_thing_stays(run, text, name):
    assert name in [record["name"] for record in run(text, "2005-01-01")._.people]
