"""One body is one record: the forms an article gives one organization (its full name, its initials, a variant
spelling) are its aliases, not records of their own.

Every sentence is real text, its source named beside it."""

from __future__ import annotations

from typing import Any

import pytest

# Reuters-21578 19043
JAL = ("Faulty repairs and inadequate inspection\ncaused the 1985 crash of a Japan Airlines Co Ltd <JAPN.T> (JAL)\n"
       "Boeing 747 which killed 520 people, the Japanese government\nsaid in a final official report.\n    A Japan Air "
       "Lines spokesman declined comment on the report.\nBoeing is expected to release a statement later today.\n    "
       "The report cleared the JAL crew of all responsibility.\n")
# Reuters-21578 17048
BP = ("Standard Oil Co <SRD> said in a brief\nannouncement issued after a meeting of its board of directors\nthat "
      "British Petroleum Co PLC <BP.L> (BP) has extended its 70\ndlr per share tender offer until midnight May 4.\n    "
      "The offer for the 45 pct of Standard shares not owned by BP\nhad been due to expire midnight April 28.\n")
# Reuters-21578 17474
BMW = ("They were generally optimistic for Bayerische Motoren Werke\nAG <BMWG.F> (BMW) but some were sceptical it "
       "could match record\n1986 profits.\n    BMW's chairman Eberhard von Kuenheim shrugged off the\nweak dollar.\n")
# Reuters-21578 21509
FCL = ("Fletcher Challenge Ltd <FLTC.WE> (FCL)\nannounced a striking price of 5.89 N.Z. Dlrs a share for\nshareholders "
       "who have elected to receive bonus shares.\n    FCL shares were quoted from Monday as ex-dividend and\nclosed at "
       "6.10 dlrs.\n")

# web page d0382c0d (AP, 'PG&E begins new mass power shutoff over fire danger')
PGE = ("SAN FRANCISCO (AP) — Pacific Gas & Electric Co. was set to begin shutting off power Wednesday to some 375,000 "
       "people in 18 Northern and central California counties.\nThe winds might fling tree branches or other debris "
       "into power lines, causing sparks that could set catastrophic fires in the region, PG&E officials said.\n")
PUC = ("The California Public Utilities Commission holds a public hearing Wednesday with executives from AT&T, "
       "Comcast/Xfinity, T-Mobile and others.\nConsumer advocates are urging the PUC to establish backup power "
       "requirements and make the companies provide detailed information about the location of outages.\n")
# BBC News tech/027
DEC = ("The site looks plausible because it uses an old version of the official Disasters Emergency Committee "
       "webpage. However, DEC has no connection with the fake site and says it has contacted the police about it. "
       "Patricia Sanders, spokeswoman for the Disaster Emergency Committee said it was aware of the site.\n")
# Reuters-21578 09749
BFG_DEFINED = ("    An economist at the Bank fuer Gemeinwirtschaft (BfG) in\nFrankfurt said a two-month comparison of "
               "trade figures gave a\nmore accurate picture of West Germany's trade position.\n")
# Reuters-21578 19494
BFG = ("Bank fuer Gemeinwirtschaft AG's\n<BKFG.F> (BfG) partial operating profits in the first four\nmonths of this "
       "year were lower than in the same period in 1986,\nmanagement board chairman Thomas Wegscheider said.\n    BfG "
       "parent bank partial operating profits halved to 166 mln\nmarks in 1986 from 311 mln in 1985.\n")
# Reuters-21578 17362
AMEX = ("The American Stock Exchange said an\ninvestment trust which issues units in exchange for Eastman\nKodak Co "
        "<EK> shares began trading today on a \"when issued\"\nbasis.\n    AMEX said the trust, known as the Americus "
        "Trust for Kodak\nshares, trades under the ticker symbol KDUWI.\n")
# Reuters-21578 00704
NYMEX = ("The New York Mercantile Exchange set\nApril one for the debut of a new procedure in the energy\ncomplex that "
         "will increase the use of energy futures worldwide.\n     On April one, NYMEX will allow oil traders that do "
         "not\nhold a futures position to initiate a transaction.\n")
# Reuters-21578 00793
COMEX = ("    Commodity Exchange (Comex) copper stocks climbed to 103,000\ntons in January from 93,300 tons in December. "
         "Combined refinery\nand Comex stocks eased to 212,200 tons in January\nfrom 238,700 tons in December.\n")
# web page 2c46804d
FORD = ("It was ultimately the efforts of a family friend who spotted Webb's Ford sedan and called 911. Fort Worth "
        "Police Department responded and confirmed that there appeared to be blood on the front passenger seat.\n")

# BBC News politics/170
POWYS = ("But after talks with Powys Health Board the hospital called off its plan until health chiefs meet early in "
         "January. Hereford Hospital Trust caused an outcry when it sent out a letter telling patients that for "
         "financial and administrative reasons it planned to turn down some orthopaedic patients. Shocked health "
         "officials in Powys said this meant they would be left with the prospect of patients and doctors having to "
         "find new appointments in other hospitals. Andy Williams, chief executive of Powys Local Health Board, had "
         "said it was \"a totally unacceptable way to behave\". Earlier, David Rose, Chief Executive of Hereford "
         "Hospitals NHS Trust, had said: \"It is with real regret that we have taken this step.\"\n")
# BBC News politics/016
ESRC = ("The committee was reporting on the work, strategy and spending plans of the Economic Social Research "
        "Council.\n\n\"It is hard to see how significant progress towards rectifying these shortages can be made "
        "through the deployment of Economic and Social Research Council's limited resources.\"\n")
# BBC News politics/085
ERC = ("It listed bodies including the Football Licensing Authority, Investors in People UK and the Economic and "
       "Social Research Council. The report is published by the Efficiency in Government Unit - a joint effort by "
       "right of centre think tanks the Economic Research Council and the Centre for Policy Studies.\n")
# BBC News tech/028
BBC_UNITS = ("The technology has been created by BBC Research and Development for BBC Broadcast and BBC Outside "
             "Broadcasts. BBC Sport is the first client to start using the system.\n")

# Reuters-21578 09407
CATERPILLAR = ("The U.S. Caterpillar Tractor\nCo was granted a court injunction ordering some 300 workers to\nend "
               "their 10-week occupation of the firm's factory, court\nsources said.\n    The workers, staging a "
               "sit-in to protest Caterpillar's\ndecision to close the plant with the loss of 1,221 jobs, are\ndue to "
               "decide on their next step at a mass meeting tonight.\n    Yesterday a spokesman for the workers said "
               "they would\ncomply with the law if forced out.\n    Caterpillar wants to dismiss the workforce and "
               "close the\nplant in May.\n")
# web page 098bb3e9 (AP, Disney+)
DISNEY = (
          "Walt Disney Co. executive Kevin Mayer said overwhelming demand and a computer-coding glitch led to "
          "widespread problems last week when the Burbank entertainment giant launched Disney+.\n"
          "The company struggled to contend with the more than 10 million users who activated their accounts "
          "last Tuesday. Disney’s $6.99-a-month service is stocked with movies and TV shows from Pixar "
          "Animation, “Star Wars,” Marvel Studios and classic Disney fare, including “Mary Poppins” and "
          "“Bambi.”\n"
          "“We had some issues ... we had some customer service issues that didn’t make me feel good,” Mayer, "
          "Disney’s chairman of direct-to-consumer and international, said Tuesday at the Vox Media’s Code "
          "Media conference in Hollywood. It was his first public appearance since the launch.\n"
          "Disney’s tech teams isolated the problem, Mayer said, and “patched” the software as the company "
          "continued to sign up additional subscribers throughout the week.\n"
          "The streaming service represents a shift in Disney’s business strategy and, potentially, another "
          "blow to the traditional pay-TV bundle that bolstered its business. Accelerated cord-cutting has "
          "eroded revenue from Disney’s flagship ESPN channels, Disney Channel and other cable networks.\n"
          "While traditional companies have experimented with niche streaming services, such as CBS All Access, "
          "Disney has made an enormous bet, spending more than $3 billion on technology and programming to "
          "remain a leader in Hollywood and take on Netflix at its own game.\n")
# Reuters-21578 00372
HUTTON = ("Purolator Courier Corp said it has agreed to be acquired for about 265 mln dlrs by a company formed by\n"
          "E.F. Hutton LBO Inc and certain managers of Purolator's courier division.\n    Hutton LBO, a wholly owned "
          "subsidiary of E.F. Hutton Group Inc, will be majority owner of the company.\n    Hutton said the "
          "acquiring company, PC Acquisition Inc, is paying 35 dlrs cash per share.\n    Hutton said in the merger "
          "shareholders would get 35 dlrs a share.\n    A Hutton spokesman said the firm is reviewing it.\n")

# Reuters-21578 17580
RHONE = ("Monsanto Chemical Company, a unit of\nMonsanto Co <MTC.N>, is to acquire the polyphenyls business of\n"
         "Rhone-Poulenc Chimie, a unit of Rhone-Poulenc <RHON.PA>,\nMonsanto said in a statement issued from its "
         "European\nheadquarters.\n")
# Reuters-21578 08509
CITICORP = ("Citicorp Capital Investors Ltd, a\nunit of Citicorp, said it wants to buy Cyclops Corp's steel\n"
            "operations.\n    The disclosure of the Citicorp unit's interest in Cyclops'\nsteel business came a day "
            "later.\n    The Citicorp unit said its higher offer came to about three\nmln dlrs.\n")
# Reuters-21578 05578
BHP = ("Broken Hill Proprietary Co Ltd\nsaid it will integrate Utah International Inc, which it bought\nthree years "
       "ago, under a common management structure.\n    BHP Petroleum (Americas) Inc, formerly part of Utah\n"
       "International, will become a subsidiary of BHP's renamed BHP\nPetroleum International, headquartered in "
       "Melbourne.\n")

# Reuters-21578 01299
USDA = ("    \"Where the crop is really made or broken is still ahead of\nus,\" an Agriculture Department authority on "
        "the USSR said.\n    The Soviet Union recently reported that nine mln hectares\nof winter grain will have to "
        "be reseeded due to winterkill.\nThis would be equal to about 25 pct of the total winter crop\nand would be "
        "the second highest winterkill in ten years, the\nUSDA analyst said.\n")
# Reuters-21578 00180
US_USDA = ("The U.S. Agriculture Department is not\nactively considering offering subsidized wheat to the Soviet\nUnion "
           "under the export enhancement program (EEP), senior USDA\nofficials said.\n    Congress, a number of whom "
           "urged USDA this week to make a wheat\noffer, may nudge it along.\n")

# Reuters-21578 19050
SAINSBURY = ("J Sainsbury Plc<SNB.L> said it agreed to\ntake control of the U.S. Shaw's Supermarkets Inc through a\n"
             "combination of share purchases and a tender offer at 30 dlrs a\nshare.\n    Sainsbury bought about 21 "
             "pct of the stock in 1983.\n    The Shaw's Board and the Davis family has agreed to accept\nthe offer, "
             "thus assuring Sainsbury's a total holding of 74.0\npct.\n    Shaw's operates a chain of 49 "
             "supermarkets in\nMassachusetts, Maine and New Hampshire.\n    Last September, Sainsbury's increased "
             "its stake in Shaw's\nto 28.5 pct.\n")

# web page 5ae11e58 (Ascom press release)
ASCOM = ("Ascom is headquartered in Baar (Switzerland), has subsidiaries in 15 countries and employs around 1,300 "
         "people worldwide. Ascom registered shares (ASCN) are listed on the SIX Swiss Exchange in Zurich.")


def names_of(doc: Any) -> dict[str, str]:
    """Every name a record goes by, with the record's name."""
    return {alias: record["name"] for record in doc._.organizations for alias in [record["name"], *record["aliases"]]}


@pytest.mark.parametrize(
    "text, initials, full",
    [
        (JAL, "JAL", "Japan Airlines Co Ltd"),
        (BP, "BP", "British Petroleum Co PLC"),
        (BMW, "BMW", "Bayerische Motoren Werke AG"),
        (FCL, "FCL", "Fletcher Challenge Ltd"),
    ],
)
def test_initials_in_brackets_after_a_wire_ticker_are_the_names_before_it(run: Any, text: str, initials: str,
                                                                          full: str) -> None:
    assert names_of(run(text)).get(initials) == full


def test_a_variant_spelling_sharing_the_initials_is_the_same_body(run: Any) -> None:
    assert names_of(run(JAL)).get("Japan Air Lines") == "Japan Airlines Co Ltd"


@pytest.mark.parametrize(
    "text, initials, full",
    [
        (PGE, "PG&E", "Pacific Gas & Electric Co."),
        (PUC, "PUC", "California Public Utilities Commission"),
        (DEC, "DEC", "Disasters Emergency Committee"),
        (DEC, "Disaster Emergency Committee", "Disasters Emergency Committee"),
        (BFG_DEFINED, "BfG", "Bank fuer Gemeinwirtschaft"),
        (BFG, "BfG", "Bank fuer Gemeinwirtschaft AG"),
    ],
)
def test_initials_spell_a_name_over_its_ampersand_its_particles_and_the_place_it_serves(
        run: Any, text: str, initials: str, full: str) -> None:
    assert names_of(run(text)).get(initials) == full


@pytest.mark.parametrize(
    "text, short, full",
    [
        (AMEX, "AMEX", "American Stock Exchange"),
        (NYMEX, "NYMEX", "New York Mercantile Exchange"),
        (COMEX, "Comex", "Commodity Exchange"),
    ],
)
def test_a_word_of_a_names_clipped_words_is_its_short_form(run: Any, text: str, short: str, full: str) -> None:
    assert names_of(run(text)).get(short) == full


def test_a_capitalised_word_clipping_one_letter_of_the_last_word_is_no_short_form(run: Any) -> None:
    assert names_of(run(FORD)).get("Ford") != "Fort Worth Police Department"


def test_initials_after_what_a_sentence_says_of_a_name_go_with_the_name(run: Any) -> None:
    """'Ascom registered shares (ASCN)': the shares are no part of the body's name."""
    assert names_of(run(ASCOM)).get("ASCN") == "Ascom"


@pytest.mark.parametrize(
    "text, variant, full",
    [
        (POWYS, "Powys Health Board", "Powys Local Health Board"),
        (POWYS, "Hereford Hospital Trust", "Hereford Hospitals NHS Trust"),
    ],
)
def test_a_name_of_three_words_or_more_without_a_word_of_a_longer_one_is_the_same_body(
        run: Any, text: str, variant: str, full: str) -> None:
    """Same first word and head, the longer name's other words in order: one body written with and without an
    optional word ('Powys [Local] Health Board', 'Hereford Hospital[s] [NHS] Trust'), named by the fuller."""
    assert names_of(run(text)).get(variant) == full


def test_a_name_without_a_small_word_of_another_is_the_same_body(run: Any) -> None:
    names = names_of(run(ESRC))
    assert names.get("Economic Social Research Council") == names.get("Economic and Social Research Council")
    assert names.get("Economic Social Research Council") is not None


def test_a_name_without_a_brief_added_after_and_is_another_body(run: Any) -> None:
    names = names_of(run(ERC))
    assert names.get("Economic Research Council") == "Economic Research Council"


def test_two_units_of_two_words_sharing_their_first_word_and_head_stay_apart(run: Any) -> None:
    names = names_of(run(BBC_UNITS))
    assert names.get("BBC Broadcast") != names.get("BBC Outside Broadcasts")


@pytest.mark.parametrize(
    "text, short, full",
    [
        (CATERPILLAR, "Caterpillar", "U.S. Caterpillar Tractor Co"),
        (DISNEY, "Disney", "Walt Disney Co."),
    ],
)
def test_a_firms_name_after_its_country_or_founders_given_name_is_its_short_form(
        run: Any, text: str, short: str, full: str) -> None:
    assert names_of(run(text)).get(short) == full


def test_a_short_form_inside_two_firms_names_names_neither(run: Any) -> None:
    """'Hutton' of 'E.F. Hutton LBO Inc' and of its parent 'E.F. Hutton Group Inc'."""
    assert names_of(run(HUTTON)).get("Hutton") == "Hutton"


@pytest.mark.parametrize(
    "text, parent, unit",
    [
        (RHONE, "Rhone-Poulenc", "Rhone-Poulenc Chimie"),
        (CITICORP, "Citicorp", "Citicorp Capital Investors Ltd"),
    ],
)
def test_a_parent_the_article_names_as_a_units_is_no_short_form_of_the_unit(run: Any, text: str, parent: str,
                                                                             unit: str) -> None:
    """'Rhone-Poulenc Chimie, a unit of Rhone-Poulenc <RHON.PA>': two bodies."""
    names = names_of(run(text))
    assert names.get(parent) == parent
    assert names.get(unit) == unit


def test_initials_spell_a_firms_name_without_its_legal_forms(run: Any) -> None:
    """'BHP' of 'Broken Hill Proprietary Co Ltd', not of its unit 'BHP Petroleum (Americas) Inc'."""
    assert names_of(run(BHP)).get("BHP") == "Broken Hill Proprietary Co Ltd"


@pytest.mark.parametrize(
    "text, full",
    [
        (USDA, "Agriculture Department"),
        (US_USDA, "U.S. Agriculture Department"),
    ],
)
def test_initials_spell_a_department_named_head_last_with_its_countrys_letters_first(run: Any, text: str,
                                                                                    full: str) -> None:
    """'USDA' (U.S. Department of Agriculture) of 'Agriculture Department' and of 'U.S. Agriculture Department'."""
    assert names_of(run(text)).get("USDA") == full

def test_a_name_with_a_possessive_and_no_noun_after_is_the_body_named_without_it(run: Any) -> None:
    """"assuring Sainsbury's a total holding", "Sainsbury's increased its stake": 'Sainsbury' of 'J Sainsbury Plc'."""
    names = names_of(run(SAINSBURY))
    assert names.get("Sainsbury's") == names.get("Sainsbury") is not None
