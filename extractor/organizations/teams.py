"""Sports reports' results lines and line-ups: the teams they name, which the resolver gives their towns to,
and the players' names in scorers lines, which are no organizations."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Callable, Optional

import numpy
from spacy.attrs import LEMMA, POS
from spacy.symbols import VERB
from spacy.tokens import Span, Token

from ..entities import covered_tokens, is_capitalised, table_row
from ..places import fold, gazetteer
from ..resolve import proposals
from ..tables import MONTH_LABELS, figures_table_rows
from .lexicon import OrganizationLexicon
from ..doc_utils import has_digit, sentence_tokens, word_ids
from .reading import Lazy, Reading, id_set

# The places a club is named for: towns and counties, not countries or regions.
TOWN_FEATURES = frozenset({"city", "county", "district"})
# Lowercase words inside a team's name in a results line ('Queen of the South').
TEAM_JOINERS = frozenset({"of", "the", "de", "and"})
# Between the two sides of a fixture ('Birmingham v Barnsley', 'ATLANTA AT CHICAGO').
VERSUS = frozenset({"v", "v.", "vs", "vs.", "AT"})
# Words only a results line's score or fixture holds, and its joiners, as string ids for token columns.
SCORING_WORDS = id_set((*VERSUS, "-"))
JOINER_WORDS = id_set(TEAM_JOINERS)
# Lines of sports reports' line-ups, goals and bookings: players' names, each with the minute of a goal, a
# booking or a substitution ('Gerrard 79 og, Drogba 107, Kezman 112.', 'Simmons (MacFarlane 64), Berra').
# Names in capitals are left out: wire tables list companies so ('ALLIED SIGNAL 45'). The lowercase letter a name
# word needs is asked by a lookahead, which the matcher never re-enters: written inside the word ('[a-z]' between
# two runs of word characters) it could sit at any of the word's letters, and a long line that is no such list
# ('... (Parker 77). Subs Not Used: Kezman, Cudicini.') made the matcher try every combination, for hours.
NAME_WORD = r"[A-Z](?=[\w'’.-]*[a-z])[\w'’.-]*"
PLAYER = rf"{NAME_WORD}(?: {NAME_WORD})*"
MINUTE = r"\d{1,3}(?: \(?(?:pen|og)\)?)?"
SCORERS_LINE = re.compile(rf"{PLAYER}(?: {MINUTE})?(?: \({PLAYER} {MINUTE}\))?(?:, {PLAYER}(?: {MINUTE})?(?: \({PLAYER} {MINUTE}\))?)*\.?")
# The words of a scorers line in lowercase: a penalty and an own goal.
MINUTE_WORD_IDS = word_ids(("pen", "og"))
# A score or a team's record, not part of a date, a range or a longer figure ('2-1', '14-0-1'; not '2013-14').
SCORE = re.compile(r"(?<![\d.,/-])\d{1,3}-\d{1,3}(?:-\d{1,3})?(?![\d/-]|[.,]\d)")
# A futures contract's month, the month's abbreviation with the year's last digit glued on ('MAY7', 'MAR8'), which
# opens the rows of the wire's price tables ('MAY7 5600 UP 20'): no team's name.
CONTRACT_MONTH = re.compile(r"(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\d{1,2}")


def results_teams(reading: Reading, breaks: list[int]) -> list[Span]:
    """Teams in the results lines of sports reports: a score line names two sides, each followed by its score
    ('Lotte 6 Hyundai 2', 'Radnicki (N) 1 Spartak 0'), a result headline two ('Mansfield 0-1 Leyton Orient'),
    a league table one side followed by its record ('Puchon 3 1 0 6 1 10', 'NEW YORK 74 59 .556 -'), a fixture
    two sides ('Birmingham v Barnsley'), a schedule the visitors ('ATLANTA' of 'ATLANTA AT CHICAGO'). A town
    named there is its club, and a name there is no person. ``breaks`` are the article's line breaks
    (``line_breaks``). A country stays a place: national sides are tagged so in news corpora, and a table of
    figures by country ('CHILE 22 8 109 76') is no league table, nor is any table of figures, whose labels are
    markets, indexes, months and comparisons ('ST PAUL  1,400  300  1,700  2,800', 'WEEK AGO  4,900  700';
    ``tables.figures_table_rows``)."""
    doc = reading.doc
    lines = _possible_results_lines(reading, breaks)
    if not lines:
        return []
    places = proposals(doc).places
    # the places' tokens are read only for a line that asks, and for the few teams found (``doc.char_span`` per
    # place mention): most possible lines are no results lines
    towns = Lazy(lambda: covered_tokens(doc, places, skip_via=frozenset({"demonym"})))
    read = [(start, _line_teams(doc[start:end], towns)) for start, end in lines]
    read = [(start, teams) for start, teams in read if teams]
    if not read:
        return []
    table_rows = figures_table_rows(doc, breaks)
    teams = [team for start, line_teams in read if start not in table_rows for team in line_teams]
    if not teams:
        return []
    countries = covered_tokens(doc, [place for place in places if place.get("feature") == "country"])
    return [team for team in teams if not countries.issuperset(range(team.start, team.end))]


def _possible_results_lines(reading: Reading, breaks: list[int]) -> list[tuple[int, int]]:
    """The lines (first token, after last) that may be results lines, found from the token columns: every kind
    holds a score, a figure or a 'v', and none holds a lowercase word other than a number, a 'v' or a joiner
    ('Queen of the South'), which ``_results_word`` refuses. Each line is read up to its first such word, in prose
    its first or second (as lists: ``Reading.orths``, ``lowers``, ``like_nums``, ``is_lowers``); the rest are
    passed over unread."""
    orths, lowers, like_nums, is_lowers = reading.orths, reading.lowers, reading.like_nums, reading.is_lowers
    lines, start = [], 0
    for end in (*breaks, len(orths)):
        marked = False
        for i in range(start, end):
            if like_nums[i] or orths[i] in SCORING_WORDS:
                marked = True
            elif is_lowers[i] and lowers[i] not in JOINER_WORDS:
                break
        else:
            if marked:
                lines.append((start, end))
        start = end + 1
    return lines


def line_breaks(reading: Reading) -> list[int]:
    """The tokens holding a line break, in order: only a space token holds one. Each kind of white space the
    article has is read once (from the ORTH column), not each space token made to read its text."""
    spaces = numpy.flatnonzero(reading.space)
    kinds = reading.orth[spaces].tolist()
    strings = reading.doc.vocab.strings
    breaking = {kind for kind in set(kinds) if "\n" in strings[kind]}
    return [i for i, kind in zip(spaces.tolist(), kinds) if kind in breaking]


def club_names(reading: Reading, lexicon: OrganizationLexicon) -> list[Span]:
    """A town's name with a club word after it names the town's club ('Manchester United', 'Dundee United',
    'Bristol Rovers'), whatever the model tags it (a person, often): unless the whole is a place itself
    ('Mexico City', 'New York City', 'Cape Town') or a longer name goes on before or after it ('Grand Theft
    Auto Vice City', 'Leicester City Council', 'Nottingham City Councillor Brian Parbutt')."""
    doc, places = reading.doc, gazetteer()
    clubs = []
    for index in reading.indices(lexicon.club_ids):
        if index + 1 < len(doc) and is_capitalised(doc[index + 1]):
            continue
        for start in (index - 2, index - 1):
            town = doc[max(start, 0):index]
            if start < 0 or not all(is_capitalised(token) for token in town) or fold(town.text) not in places:
                continue
            if fold(doc[start:index + 1].text) not in places and not (start and doc[start - 1].pos_ == "PROPN"):
                clubs.append(doc[start:index + 1])
            break
    return clubs


def sides_in_play(reading: Reading, lexicon: OrganizationLexicon) -> list[Span]:
    """A town or region that plays a match is its club; a country or a home nation stays a place ('England beat
    Wales'), as national sides are in news corpora. The evidence (``data/organizations.json``), strongest first:

    1. ``match_verbs``: the town is its subject or object, or the side after a ``match_prepositions`` word
       ('Liverpool beat Chelsea', 'go on to defeat Toulouse', 'Newcastle drew with Southampton');
    2. ``contest_verbs`` (lose, face, host, play): the same, where the other side is a town or region too, the side
       is played 'against', there is a score in the sentence or the article is a sports report ('Chelsea face
       Barcelona at home having lost 2-1', 'play against Newcastle'; not 'for Brighton to host the autumn
       conference', 'Los Angeles County regularly face air quality alerts');
    3. ``sport_verbs`` and ``sport_prepositions``, in a sports report only ('to lift Florida', 'scored for New
       Jersey', 'lead St. Louis past Tampa Bay', 'as Columbus improved to 8-8-4').

    A town right before the verb is its subject where the parser found none ('made 30 saves and Minnesota beat
    Buffalo'); a verb with a particle is none ('lost out on Alibaba's offering to New York'). A sports report holds
    two of ``sport_words``, or one and a score ('14-0-1', '2-1')."""
    doc = reading.doc
    towns = {}
    for place in proposals(doc).places:
        if _may_be_a_club(place, lexicon):
            for item in place.get("mentions", ()):
                span = doc.char_span(item["start"], item["end"])
                if span is not None and item.get("via") != "demonym":
                    towns[span.root.i] = span
    if not towns:
        return []
    tags = doc.to_array([POS, LEMMA])
    verbs = numpy.flatnonzero(tags[:, 0] == VERB).tolist()
    lemmas = tags[:, 1].tolist()
    strings = doc.vocab.strings
    lowered = {lemma: strings[lemma].lower() for lemma in {lemmas[i] for i in verbs}}
    playing = {lemma for lemma, verb in lowered.items()
               if verb in lexicon.match_verbs or verb in lexicon.contest_verbs or verb in lexicon.sport_verbs}
    if not playing:
        return []  # no verb of play: whether the article is a sports report is not asked
    sporting = _sports_report(reading, lexicon)
    verbs_wanted = lexicon.match_verbs | lexicon.contest_verbs | (lexicon.sport_verbs if sporting else frozenset())
    prepositions = lexicon.match_prepositions | (lexicon.sport_prepositions if sporting else frozenset())
    wanted = {lemma for lemma in playing if lowered[lemma] in verbs_wanted}
    sides = []
    for verb in (doc[i] for i in verbs if lemmas[i] in wanted):
        if any(child.dep_ == "prt" for child in verb.children):
            continue
        found, against = [], False
        for child in verb.children:
            players = [child] if child.dep_ in ("nsubj", "dobj") else \
                [grand for grand in child.children if grand.dep_ == "pobj"] \
                if child.dep_ == "prep" and child.lower_ in prepositions else []
            played = [towns[token.i] for player in players for token in (player, *player.conjuncts) if token.i in towns]
            against = against or (bool(played) and child.lower_ == "against")
            found += played
        if verb.i - 1 in towns and not any(child.dep_ == "nsubj" for child in verb.children):
            found.append(towns[verb.i - 1])  # the parser lost the subject: 'made 30 saves and Minnesota beat Buffalo'
        if found and (strings[lemmas[verb.i]].lower() in lexicon.match_verbs or sporting or against
                      or len(found) > 1 or SCORE.search(sentence_tokens(doc, verb.i).text) is not None):
            sides += found
    return sides


def _may_be_a_club(place: dict, lexicon: OrganizationLexicon) -> bool:
    """Towns, counties and districts, and regions other than the nations that field national sides."""
    feature = place.get("feature")
    return feature in TOWN_FEATURES or (feature == "region" and place.get("name") not in lexicon.national_regions)


def _sports_report(reading: Reading, lexicon: OrganizationLexicon) -> bool:
    """Two of ``sport_words`` in the article, or one and a score."""
    found = numpy.unique(reading.lower[reading.among(lexicon.sport_word_ids, lower=True)])
    return len(found) > 1 or (len(found) == 1 and SCORE.search(reading.text) is not None)


def _line_teams(line: Span, towns: Callable[[], set[int]]) -> list[Span]:
    """The teams of one line, or none when the line is no results line. A table row holds counts (one
    percentage aside: 'NEW YORK 74 59 .556 -'), unlike a table of prices ('Cinci 1.52 2.04 1.50 2.17'); a
    schedule's visitors are at most two words and play at a town ('GRAIN SHIPS LOADING AT PORTLAND' is a
    headline); a month is no side ('N.Y. GRAIN FREIGHTS - April 1' is a headline and its day). ``towns`` gives
    the tokens of the article's towns, read when first asked. Two sides and their scores are one line of prose, not
    a table's cells apart by runs of spaces, which pair labels with counts ('ADVANCES    647   DECLINES    566', the
    wire's count of shares up and down under its most-actives table; ``entities.table_row``)."""
    runs: list[tuple[str, int, int]] = []  # (kind, first token, after last), consecutive words of a kind merged
    for token in line:
        if token.is_space:
            continue
        kind = _results_word(token)
        if kind is None:
            return []
        if runs and runs[-1][0] == kind == "name":
            runs[-1] = (kind, runs[-1][1], token.i + 1)
        else:
            runs.append((kind, token.i, token.i + 1))
    kinds = [kind for kind, _, _ in runs]
    score_line = kinds == ["name", "number", "name", "number"] and not table_row(line.text)
    result = kinds == ["name", "number", "number", "number", "name"] and line.doc[runs[2][1]].text == "-"
    fixture = kinds == ["name", "versus", "name"]
    standings = len(kinds) >= 5 and kinds[0] == "name" and set(kinds[1:]) == {"number"}
    standings = standings and not any(token.text == "-" for token in line[:-1]) and _counts(line)
    if not (score_line or result or fixture or standings):
        return []
    doc = line.doc
    spans = [doc[start:end] for kind, start, end in runs if kind == "name"]
    if fixture and doc[runs[1][1]].text == "AT":
        if len(spans[0]) > 2 or not towns().issuperset(range(spans[1].start, spans[1].end)):
            return []
        spans = spans[:1]
    if any(len(span) > 1 and all(token.ent_type_ == "PERSON" for token in span) for span in spans):
        return []
    if any(span.text.lower() in MONTH_LABELS for span in spans):
        return []  # a dated headline ('N.Y. GRAIN FREIGHTS - April 1'): a month and its day, no side and score
    return spans


def _counts(line: Span) -> bool:
    """At most one figure with a decimal point."""
    return sum("." in token.text for token in line if token.like_num) <= 1


def _results_word(token: Token) -> Optional[str]:
    """'number' for a score or a table figure (and a table's closing '-'), 'versus' for 'v', 'vs' or a
    schedule's 'AT', 'name' for a word of a team's name (capitalised, a lowercase joiner, a bracketed
    qualifier), None for anything else, which makes the line no results line: a contract month makes a line
    of a price table ('MAY7 5600 UP 20' is no score line)."""
    text = token.text
    if text == "-" or token.like_num and any(char.isdigit() for char in text):
        return "number"
    if text in VERSUS:
        return "versus"
    if CONTRACT_MONTH.fullmatch(text):
        return None
    if text in ("(", ")") or text[:1].isupper() or token.lower_ in TEAM_JOINERS:
        return "name"
    return None


def scorers_line_test(reading: Reading, breaks: list[int]) -> Callable[[Span], bool]:
    """Sports reports list goals, bookings and substitutes by the player's name and the minute ('Archibald 19,
    Grady 29, Crawford 41, Grady 47.', 'Byrne 33.', 'Simmons (MacFarlane 64), Berra'): a name in a line made
    only of such items, with a minute in it, is a player's. ``breaks`` are the article's line breaks. Each line
    is read once for all the names in it, and a line with a lowercase word after a space or at its start (other
    than 'pen' or 'og') is no such list, which token columns tell without reading its text."""
    doc = reading.doc
    answers: dict[tuple[int, int], bool] = {}

    def lowercase_after_space() -> list[int]:
        """Where the lowercase words after a space stand, read when a first name is asked about."""
        words = (reading.alpha == 1) & (reading.is_lower == 1) & ~reading.among(MINUTE_WORD_IDS)
        after_space = numpy.concatenate(([True], (reading.spacy[:-1] == 1) | (reading.space[:-1] == 1)))
        return numpy.flatnonzero(words & after_space).tolist()

    prose = Lazy(lowercase_after_space)

    def in_scorers_line(span: Span) -> bool:
        before = bisect_left(breaks, span.start)
        start = breaks[before - 1] + 1 if before else 0
        after = bisect_left(breaks, span.end)
        end = breaks[after] if after < len(breaks) else len(doc)
        words = prose()
        first = bisect_left(words, start)
        if first < len(words) and words[first] < end:
            return False
        if (start, end) not in answers:
            line = doc[start:end].text.strip()
            answers[start, end] = has_digit(line) and SCORERS_LINE.fullmatch(line) is not None
        return answers[start, end]

    return in_scorers_line
