"""The document-level entity resolver: the cross-type rules decide on plain proposal records, no model needed."""

from __future__ import annotations

import json
import pickle
from pathlib import Path
from typing import Iterator

import pytest
import spacy
from spacy.language import Language
from thinc.api import ConfigValidationError

from extractor.resolve import RULES, EntityResolver, Proposals
from extractor.resolve.lexicon import DEMONYMS, GROUP_WORDS, ORGANIZATIONS, install, installed
from extractor.resolve.rules import (
    bodies_named_alike_are_not_people,
    given_names_are_people,
    group_words_are_not_people,
    nationalities_are_not_organizations,
    surnames_are_people,
    teams_are_not_places,
    unsupported_are_not_organizations,
    words_used_otherwise_are_not_people,
)


def _record(name: str, *mentions: tuple[str, int]) -> dict:
    return {"name": name, "mentions": [{"text": text, "start": start, "end": start + len(text), "sentence": 0}
                                       for text, start in mentions]}


def test_rules_run_in_table_order():
    assert [rule.__name__ for _, rule in RULES] == [
        "teams_are_not_places", "partners_are_not_places", "companies_named_for_small_towns_are_not_places",
        "names_inside_bodies_are_not_places", "surnames_are_people", "given_names_are_people", "nationalities_are_not_organizations",
        "unsupported_are_not_organizations", "group_words_are_not_people", "titles_are_not_people",
        "words_used_otherwise_are_not_people", "bodies_named_alike_are_not_people"]


def test_town_inside_a_results_line_team_is_the_clubs():
    # BBC sport: "Mansfield 0-1 Leyton Orient\n\nA second-half goal ... condemned Mansfield to ..."
    mansfield = _record("Mansfield", ("Mansfield", 0), ("Mansfield", 80))
    orient = _record("Leyton", ("Leyton", 14))
    found = Proposals(places=[mansfield, orient], teams=[(0, 9), (14, 27)])
    assert teams_are_not_places(found.places, found) == [_record("Mansfield", ("Mansfield", 80))]


def test_places_stand_when_no_results_line_names_a_team():
    places = [_record("Mansfield", ("Mansfield", 0))]
    assert teams_are_not_places(places, Proposals(places=places)) is places


@pytest.mark.parametrize(
    "organization, proposals, is_person",
    [
        # "... researcher Jelena Sesar told the BBC. Sesar's report was published on Monday."
        (_record("Sesar", ("Sesar", 60)), Proposals(surnames={"Sesar"}), True),
        # Reuters (CoNLL-2003 dev): "veteran dissident Wang Donghai ... said Wang's arrest"
        (_record("Wang", ("Wang", 90)), Proposals(family_names={"Wang": 20}), True),
        # Reuters: 'Pirelli' before a later 'Pirelli Cables' person-like name stays the company
        (_record("Pirelli", ("Pirelli", 5)), Proposals(family_names={"Pirelli": 40}), False),
        # one mention by another name keeps the organization
        (_record("Sesar Group", ("Sesar", 60), ("Sesar Group", 10)), Proposals(surnames={"Sesar"}), False),
    ],
)
def test_organization_named_only_by_a_surname_is_the_person(organization, proposals, is_person):
    assert (surnames_are_people([organization], proposals) == []) is is_person


def test_organization_mentions_inside_a_given_name_person_go():
    # bbc/entertainment/101: "... including Keanu Reeves and Benjamin Bratt." tagged ORG by the model
    reeves = _record("Keanu Reeves", ("Keanu Reeves", 100))
    bank = _record("Morgan Stanley", ("Morgan Stanley", 10))
    found = Proposals(organizations=[reeves, bank], given_names=[(100, 112)])
    assert given_names_are_people(found.organizations, found) == [bank]


def test_organization_keeps_its_mentions_outside_a_given_name_person():
    org = _record("Reeves", ("Reeves", 0), ("Keanu Reeves", 100))
    kept = given_names_are_people([org], Proposals(given_names=[(100, 112)]))
    assert kept == [_record("Reeves", ("Reeves", 0))]


@pytest.mark.parametrize(
    "person, kept",
    [
        # bbc/politics/102: "... said the Lib Dems"; bbc/politics/128: "a Lib Dem spokesman"
        (_record("Lib Dems", ("Lib Dems", 10)), False),
        (_record("Lib Dem", ("Lib Dem", 10)), False),
        # bbc/politics/301: "the Lib Dems" six times, the model taking "Dems" alone of one of them
        (_record("Lib Dems", ("Lib Dems", 10), ("Dems", 90)), False),
        # bbc/politics/110: "two-thirds of Britons"; bbc/tech/120: "The Briton"; bbc/politics/127: "Africans"
        (_record("Britons", ("Britons", 10)), False),
        (_record("Briton", ("Briton", 10)), False),
        (_record("Africans", ("Africans", 10)), False),
        # bbc/politics/308: "Labour regained the seat two years later"; 171: "The Tories say Labour's plans"
        (_record("Labour", ("Labour", 10)), False),
        # bbc/entertainment/078: "who has never won an Oscar"; 095: "took two Golden Globes each"
        (_record("Oscar", ("Oscar", 10), ("Oscar", 90)), False),
        (_record("Golden Globes", ("Golden Globes", 10), ("Globes", 60)), False),
        # bbc/entertainment/264: "eight posthumous Grammy Awards"; 073: "a Screen Actors Guild Award"
        (_record("Grammy Awards", ("Grammy Awards", 10)), False),
        (_record("Screen Actors Guild Award", ("Screen Actors Guild Award", 10)), False),
        # a person also named by a name stays
        (_record("Christian Slater", ("Christian", 10), ("Christian Slater", 40)), True),
        (_record("Oscar Wilde", ("Oscar Wilde", 10), ("Oscar", 40)), True),
    ],
)
def test_a_person_named_only_by_a_party_a_people_or_a_prize_is_none(person, kept):
    assert (group_words_are_not_people([person], Proposals()) == [person]) is kept


def test_a_nationality_alone_is_no_organization():
    # bbc/politics/101: "Welsh councils should set their taxes ..."; the party stays
    welsh = _record("Welsh", ("Welsh", 0))
    party = _record("Liberal Democrats", ("Lib Dems", 30))
    assert nationalities_are_not_organizations([welsh, party], Proposals()) == [party]


def test_an_organization_the_article_does_not_support_is_none():
    # bbc/tech/301: 'designed to bring the Macintosh to the masses'; the company stays
    product = _record("Macintosh", ("Macintosh", 40))
    company = _record("Apple", ("Apple", 90))
    assert unsupported_are_not_organizations([product, company], Proposals(unsupported={40})) == [company]


@pytest.mark.parametrize(
    "person, found, kept",
    [
        # 'from the Rafah crossing' after 'the southern city of Rafah': a place's name
        (_record("Rafah", ("Rafah", 90)), Proposals(places=[_record("Rafah", ("Rafah", 20))], one_word_names={90}),
         False),
        # 'A spokesperson for OpenAI' beside 'But OpenAI declined': an organization's name
        (_record("OpenAI", ("OpenAI", 90)),
         Proposals(organizations=[_record("OpenAI", ("OpenAI", 10))], one_word_names={90}), False),
        # reuters: 'talks with Gregg' after 'Gregg River Co': the first word of an organization's name
        (_record("Gregg", ("Gregg", 90)),
         Proposals(organizations=[_record("Gregg River Co", ("Gregg River Co", 10))], one_word_names={90}), False),
        # a name the model tags an organization that the article does not support: still no person
        (_record("Valve", ("Valve", 90)),
         Proposals(organizations=[_record("Valve", ("Valve", 10))], unsupported={10}, one_word_names={90}), False),
        # 'Coal has been in a slow-motion death spiral' among 'coal generation': a common noun
        (_record("Coal", ("Coal", 0)), Proposals(common_words={"Coal"}, one_word_names={0}), False),
        # 'DeepMind’s Go-playing program': a brand's shape
        (_record("DeepMind", ("DeepMind", 0)), Proposals(one_word_names={0}), False),
        # a name grown to more than one word is no word used otherwise
        (_record("Rafah", ("Rafah", 90)), Proposals(places=[_record("Rafah", ("Rafah", 20))]), True),
        # a one-word name nobody else holds stays
        (_record("Sesar", ("Sesar", 90)), Proposals(one_word_names={90}), True),
    ],
)
def test_a_one_word_person_the_article_uses_otherwise_is_none(person, found, kept):
    found.people = [person]
    assert (words_used_otherwise_are_not_people(found.people, found) == [person]) is kept


@pytest.mark.parametrize(
    "person, kept",
    [
        # html-articles 0827506a...: 'Northrop Grumman’s OmegA' beside 'Draper, Lockheed Martin, and Northrop Grumman'
        (_record("Northrop Grumman", ("Northrop Grumman", 300)), False),
        # html-articles 502e7493...: 'talent manager Scooter Braun' beside 'Scooter Braun's company': a role keeps him
        ({**_record("Scooter Braun", ("Scooter Braun", 300)), "roles": ["talent manager"]}, True),
        # a person named otherwise than any body stays
        (_record("Tom Young", ("Tom Young", 300)), True),
    ],
)
def test_a_person_named_only_as_a_body_of_the_article_without_a_role_is_none(person, kept):
    bodies = [_record("Northrop Grumman", ("Northrop Grumman", 100)), _record("Scooter Braun", ("Scooter Braun", 150))]
    found = Proposals(organizations=bodies, people=[person])
    assert (bodies_named_alike_are_not_people(found.people, found) == [person]) is kept


# The resolver's config: the files its word lists come from, saved with the pipeline. A user's own list of peoples
# adds the Australian side's name (bbc/sport/370: "June's 51-15 hammering by the Wallabies"), which the model may tag
# as a person.
WALLABIES = _record("Wallabies", ("Wallabies", 30))


@pytest.fixture(autouse=True)
def _package_words_after_each_test() -> Iterator[None]:
    """A resolver built here installs its words for the whole process: put back those installed before."""
    before = installed()
    yield
    install(before)


@pytest.fixture(scope="module")
def own_group_words(tmp_path_factory: pytest.TempPathFactory) -> Path:
    words = json.loads((Path(__file__).parent.parent / "extractor" / "data" / GROUP_WORDS).read_text(encoding="utf-8"))
    words["peoples"].append("Wallabies")
    path = tmp_path_factory.mktemp("words") / "my_group_words.json"
    path.write_text(json.dumps(words), encoding="utf-8")
    return path


def _resolver(config: dict[str, str]) -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("extractor_entities", config=config)
    return nlp


def _people_of(nlp: Language, *people: dict) -> list[dict]:
    doc = nlp.make_doc("June's 51-15 hammering by the Wallabies.")
    doc._.entity_proposals = Proposals(people=list(people))
    return nlp(doc)._.people


def test_the_resolver_reads_the_word_lists_its_config_names(own_group_words: Path):
    own, package = _resolver({"group_words": str(own_group_words)}), _resolver({})
    for _ in range(2):  # the words are installed one set per process: each resolver decides with its own
        assert _people_of(own, WALLABIES) == [] and _people_of(package, WALLABIES) == [WALLABIES]


def test_the_resolver_installs_its_words_for_the_components_that_consult_the_rules_before_it(own_group_words: Path):
    resolver = _resolver({"group_words": str(own_group_words)}).get_pipe("extractor_entities")
    assert installed() is resolver.words and "Wallabies" in Proposals().words.nationalities


def test_the_resolver_config_defaults_to_the_package_files():
    config = _resolver({}).config["components"]["extractor_entities"]
    assert {key: config[key] for key in ("demonyms", "group_words", "organizations")} == {
        "demonyms": DEMONYMS, "group_words": GROUP_WORDS, "organizations": ORGANIZATIONS}


@pytest.mark.parametrize("key", ["demonyms", "group_words", "organizations"])
def test_a_resolver_file_setting_of_another_type_is_a_config_error(key: str):
    with pytest.raises(ConfigValidationError, match=key):
        _resolver({key: ["not", "a", "file", "name"]})


def test_a_saved_resolver_keeps_its_word_lists_and_decides_with_them(own_group_words: Path, tmp_path: Path):
    _resolver({"group_words": str(own_group_words)}).to_disk(tmp_path / "saved")
    assert {path.name for path in (tmp_path / "saved" / "extractor_entities").iterdir()} == {
        DEMONYMS, GROUP_WORDS, ORGANIZATIONS}
    install(_resolver({}).get_pipe("extractor_entities").words)
    loaded = spacy.load(tmp_path / "saved")
    assert loaded.get_pipe("extractor_entities").data[GROUP_WORDS] == json.loads(
        own_group_words.read_text(encoding="utf-8"))
    assert _people_of(loaded, WALLABIES) == []


def test_an_unpickled_resolver_installs_its_words(own_group_words: Path):
    resolver = _resolver({"group_words": str(own_group_words)}).get_pipe("extractor_entities")
    saved = pickle.dumps(resolver)
    install(_resolver({}).get_pipe("extractor_entities").words)
    again = pickle.loads(saved)
    assert isinstance(again, EntityResolver) and installed() == again.words == resolver.words
