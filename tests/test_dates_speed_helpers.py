"""The shortcuts the dates component takes for speed (issue 25) tell apart what the full rules would."""

import re

import pytest

from extractor.dates.lexicon import lexicon
from extractor.dates.patterns import _joinable, _joined_regexes
from extractor.dates.recognise import _may_close_a_modifier


@pytest.mark.parametrize("word", ["late", "of", "mid-", "mid", "around", "than", "end", "earlier", "to"])
def test_a_word_that_ends_a_modifier_may_close_one(word):
    # 'late October', 'the end of March', 'mid-1987', 'more than two weeks', 'up to three years'
    assert _may_close_a_modifier(word)


@pytest.mark.parametrize("word", ["said", "rose", "in", "on", "the", "1.5", ","])
def test_a_word_that_ends_no_modifier_closes_none(word):
    # 'said Tuesday', 'rose 1.5', 'in March', 'on Friday': nothing before the span to take in
    assert not _may_close_a_modifier(word)


def test_every_modifier_of_the_word_lists_may_be_closed_by_its_last_word():
    lex = lexicon()
    for phrase in (*lex["mod_prefixes"], *lex["clamp_prefixes"]):
        assert _may_close_a_modifier(phrase.split()[-1])


# Sentences each of which one rejection or more rejects some words of (the rules' own examples, from wire and
# BBC copy), for the trigger check below.
REJECTED_SENTENCES = [
    "The driver, aged 45, was a 35-year-old's father.",
    "He is in his late thirties, and friends who are in their 30s, 40s and 50s agree.",
    "Output was 1986 1,234 1985 1,100 tonnes.",
    "Nvidia's RTX 2080 card sold out.",
    "He directed the Friday the 13th franchise.",
    "He told the Sunday Times that Fridays For Future was wrong.",
    "He told NBC News' Today show he was leaving.",
    "It was his second Sunday in charge.",
    "Prices rose from 4 to 5 pct.",
    "Theresa May first said she would stay.",
    "In May one person died.",
    "Now that his federal trial has ended, he will travel.",
    "He said that but now Harry had apologised the matter should be left to the palace.",
    "Trading closed at 1530 EST/2030 gmt on Friday.",
    "They were blamed for the fall in prices.",
    "He will leave as soon as possible.",
    "Sales were four times a year earlier.",
    "He was arrested the day before the election.",
    "More than a quarter of Clinton's supporters stayed home.",
    "The Eagles led 14-7 at halftime before scoring 24 points in the third quarter for a 38-10 bulge.",
    "Analysts attributed the falls to excessive expectations in some quarters.",
    "It was the week that the company announced losses.",
    "It was the day the music died.",
    "You may go, and the may blossom is out.",
    "The bookmakers have made former Happy Mondays dancer Bez favourite.",
    "It is the 17th year that the gallery has invited an artist to dress their Christmas tree.",
    "Meersseman told the Mail on Sunday he was fit.",
    "The price move follows a wave of increases initiated by Sun Co yesterday.",
    "CME ESTIMATED SALES\n APR    7325    542    2727\n MAY            996            4645",
    "today's hog slaughter at about 280,000 to 300,000 head versus\n294,000 week ago and 303,000 a year ago.",
    "The blaze broke out with an explosion around 1330 local time (1130 GMT).",
    "a resolution of 1080 pixels by 1920 pixels",
    "And the midfield pairing of Mathew Tait and Jamie Noon is also under threat. The Bath fly-half-cum-centre is "
    "likely to start against France, with either Tait or Noon dropping out.",
]


def _rejecting(doc):
    """Each rejection with the keys of every span of up to four words it rejects."""
    from extractor.dates.recognise import Around, REJECTIONS
    for start in range(len(doc)):
        for end in range(start + 1, min(start + 5, len(doc) + 1)):
            at = Around(doc[start:end])
            for rejects, _ in REJECTIONS:
                if rejects(at):
                    yield rejects, at.keys()


def test_each_rejection_trigger_covers_every_span_its_rule_rejects(run):
    from extractor.dates.recognise import _rejections
    triggers = dict(_rejections())
    fired = set()
    for sentence in REJECTED_SENTENCES:
        for rejects, keys in _rejecting(run(sentence, "2005-06-01")):
            fired.add(rejects.__name__)
            assert triggers[rejects] is None or not triggers[rejects].isdisjoint(keys), (sentence, rejects.__name__)
    from extractor.dates.recognise import REJECTIONS
    assert fired == {rejects.__name__ for rejects, _ in REJECTIONS}  # every rule was put to the test


@pytest.mark.parametrize("pattern", [r"^\d{4}$", r"^(Q[1-4]|H[12])$", r"^[a-z]{3,9}\.?[-/]\d{1,2}$", r"^[|]", r"^\|"])
def test_a_regex_anchored_at_the_start_joins_the_others(pattern):
    assert _joinable(pattern)


@pytest.mark.parametrize("pattern", [r"\d{4}$", r"^a|b", r"^(a)\1", r"^(?P<year>\d{4})", r"^(?i)may"])
def test_a_regex_searched_through_or_with_groups_or_flags_of_its_own_stays_alone(pattern):
    # '^a|b' finds 'b' anywhere; a group number or a flag would change among the others'
    assert not _joinable(pattern)


def test_the_joined_regexes_pass_each_word_the_regexes_one_by_one_pass():
    patterns = [r"^\d{1,2}(st|nd|rd|th)?$", r"^\d{4}$", r"^(Q[1-4]|H[12])$", r"^[ \t]*\n[ \t]*\Z", r"\d0s$", r"^a|b"]
    regexes = [("ORTH", re.compile(pattern), check) for check, pattern in enumerate(patterns)]
    joined, alone = _joined_regexes(regexes)
    assert [check for _, _, check in alone] == [4, 5]
    ((_, regex, groups),) = joined
    for word in ["21st", "1987", "Q3", " \n", "\n\n", "1980s", "abc", "", "21", "H1 ", "x1987"]:
        found = regex.match(word)
        passed = {check for group, check in groups if found.lastindex is not None and found.start(group) >= 0}
        assert passed == {check for _, one, check in regexes[:4] if one.search(word)}, word
