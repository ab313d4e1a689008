"""Our fact components as spaCy users drive them (issue 23): picklable classes that run under the ``spawn``
start method, factories that declare what they need and write, pipelines saved with our components and
loaded again (by spaCy and by ``extractor --model DIR``), and ``doc._.published`` given as a date."""

from __future__ import annotations

import json
import multiprocessing
import pickle
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from thinc.api import ConfigValidationError

from extractor import Extractor
from extractor.pipeline import COMPONENTS, build_pipeline
from extractor.resources import data_path

from .conftest import ROOT

# Reuters-21578, article 3 (trade): every fact type in three sentences.
TEXT = ('Japanese Prime Minister Yasuhiro Nakasone said on Tuesday that Tokyo would cut its trade surplus with '
        'the United States by 10 billion dollars this year. "We will do our best," Nakasone told reporters in '
        'Tokyo. The Ministry of International Trade and Industry said exports fell 4.5 pct in March.')
FACTS = ("numbers", "dates", "places", "organizations", "people", "quotes")
OURS = [name for name, _ in COMPONENTS]


def facts_of(nlp: Language, text: str = TEXT, published: object = "1987-04-08") -> dict[str, list]:
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = nlp(doc)
    return {name: getattr(doc._, name) for name in FACTS}


@pytest.fixture(scope="module")
def saved(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The whole pipeline, our components in it, saved once for the module."""
    path = tmp_path_factory.mktemp("pipeline") / "news"
    nlp.to_disk(path)
    return path


@pytest.fixture(scope="module")
def loaded(saved: Path) -> Language:
    """The saved pipeline loaded once by spaCy (a second of CPU a load): the tests read different things of it."""
    return spacy.load(saved)


@pytest.fixture(scope="module")
def expected(nlp: Language) -> dict[str, list]:
    found = facts_of(nlp)
    assert all(found[name] for name in FACTS), found
    return found


@pytest.mark.parametrize("name", OURS)
def test_every_component_is_a_class_instance_that_pickles(nlp: Language, name: str):
    component = nlp.get_pipe(name)
    assert not callable(getattr(component, "__code__", None)), f"{name} is a function"
    again = pickle.loads(pickle.dumps(component))
    assert type(again) is type(component)


def test_the_pipeline_pickles_and_the_copy_finds_the_same_facts(nlp: Language, expected: dict[str, list]):
    assert facts_of(pickle.loads(pickle.dumps(nlp))) == expected


def test_pipe_with_two_processes_runs_under_spawn(nlp: Language, expected: dict[str, list],
                                                  monkeypatch: pytest.MonkeyPatch):
    """spaCy starts its workers with multiprocessing's default method: spawn on macOS and Windows."""
    monkeypatch.setattr(multiprocessing, "Process", multiprocessing.get_context("spawn").Process)
    monkeypatch.setattr(multiprocessing, "Queue", multiprocessing.get_context("spawn").Queue)
    docs = list(nlp.pipe([TEXT, "Police arrested 12 people in Belgrade."], n_process=2, batch_size=1))
    assert [len(doc._.numbers) for doc in docs] == [len(expected["numbers"]), 1]
    assert docs[0]._.quotes == expected["quotes"] and docs[1]._.places


@pytest.mark.parametrize("name", OURS)
def test_every_factory_declares_what_it_requires_and_assigns(nlp: Language, name: str):
    meta = nlp.get_pipe_meta(name)
    assert meta.requires and meta.assigns, name


def test_analyze_pipes_finds_nothing_missing_in_our_pipeline(nlp: Language):
    assert not any(nlp.analyze_pipes()["problems"].values())


def test_analyze_pipes_reports_a_component_added_without_what_it_needs():
    nlp = spacy.blank("en")
    nlp.add_pipe("extractor_entities")
    problems = nlp.analyze_pipes()["problems"]
    assert problems["extractor_entities"] == ["doc._.entity_proposals"]


def test_a_saved_pipeline_loads_with_spacy_and_finds_the_same_facts(loaded: Language, expected: dict[str, list]):
    assert [name for name in loaded.pipe_names if name.startswith("extractor_")] == OURS
    assert facts_of(loaded) == expected


@pytest.mark.parametrize("name, files", [
    ("extractor_numbers", {"numbers.json", "numbers_units.json", "numbers_changes.json"}),
    ("extractor_organizations", {"organizations.json", "organizations_companies.json", "people_first_names.json"}),
    ("extractor_people", {"people.json", "people_first_names.json", "places_demonyms.json", "people_common_words.json",
                          "people_person_nouns.json", "organizations_companies.json"}),
    ("extractor_quotes", {"quotes.json"}),
    ("extractor_dates", {"dates.json"}),
])
def test_components_with_data_files_save_them_and_read_them_back(nlp: Language, saved: Path, loaded: Language,
                                                                 name: str, files: set[str]):
    assert {path.name for path in (saved / name).iterdir()} == files
    assert loaded.get_pipe(name).data == nlp.get_pipe(name).data


def test_a_pipeline_saved_with_our_components_is_reused_not_added_to_again(saved: Path,
                                                                           expected: dict[str, list]):
    nlp = build_pipeline(str(saved))
    assert [name for name in nlp.pipe_names if name.startswith("extractor_")] == OURS
    assert facts_of(nlp) == expected


def test_the_command_runs_with_a_saved_pipeline_as_its_model(saved: Path, tmp_path: Path):
    article = tmp_path / "trade.txt"
    article.write_text(TEXT, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "extractor", "--model", str(saved), str(article), "-f", "jsonl",
                           "--date", "1987-04-08"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert '"numbers"' in done.stdout and "E007" not in done.stderr


@pytest.mark.parametrize("published", [
    date(1987, 4, 8), datetime(1987, 4, 8, 14, 30), "1987-04-08", "1987-04-08T14:30:00", "1987-04-08T14:30:00Z",
])
def test_published_takes_a_date_a_datetime_or_an_iso_string(nlp: Language, expected: dict[str, list],
                                                            published: object):
    assert facts_of(nlp, published=published)["dates"] == expected["dates"]


@pytest.mark.parametrize("published", ["8 April 1987", "1987-04-08junk", "yesterday", 19870408])
def test_published_rejects_anything_else_saying_what_it_takes(nlp: Language, published: object):
    doc = nlp.make_doc(TEXT)
    with pytest.raises((ValueError, TypeError), match="ISO"):
        doc._.published = published


def test_published_may_be_left_empty(nlp: Language):
    doc = nlp.make_doc(TEXT)
    doc._.published = None
    assert doc._.published is None
    doc._.published = ""
    assert doc._.published is None


def test_the_shared_extractor_still_reads_its_own_dates(extractor: Extractor):
    facts = extractor.extract(TEXT, "1987-04-08")
    assert facts.published == "1987-04-08" and facts.dates


# Every data file a factory's config names: a file in extractor/data or a path to the user's own.
CONFIGURED = [("extractor_numbers", "lexicon"), ("extractor_dates", "lexicon"), ("extractor_organizations", "words"),
              ("extractor_organizations", "companies"), ("extractor_organizations", "first_names"),
              ("extractor_people", "words"), ("extractor_people", "first_names"), ("extractor_people", "demonyms"),
              ("extractor_people", "common_words"), ("extractor_people", "person_nouns"),
              ("extractor_people", "companies"),
              ("extractor_quotes", "words"), ("extractor_places", "index"), ("extractor_place_ruler", "rules")]


@pytest.mark.parametrize("factory, key", CONFIGURED)
def test_a_data_file_setting_of_another_type_is_a_config_error(factory: str, key: str):
    with pytest.raises(ConfigValidationError, match=key):
        spacy.blank("en").add_pipe(factory, config={key: ["not", "a", "file", "name"]})


def _dates_pipeline(config: dict[str, str]) -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("extractor_dates", config=config)
    return nlp


def _dates_of(nlp: Language, text: str = "Talks resume on Dienstag.") -> list[str]:
    doc = nlp.make_doc(text)
    doc._.published = "1987-04-08"
    return [date["value"] for date in nlp(doc)._.dates]


@pytest.fixture(scope="module")
def own_dates(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package's date word lists with one weekday name added, as a user's own file."""
    words = json.loads(data_path("dates.json").read_text(encoding="utf-8"))
    words["weekdays"]["dienstag"] = 2
    path = tmp_path_factory.mktemp("words") / "my_dates.json"
    path.write_text(json.dumps(words), encoding="utf-8")
    return path


def test_the_dates_component_reads_the_word_lists_its_config_names(own_dates: Path, nlp: Language,
                                                                   expected: dict[str, list]):
    own, package = _dates_pipeline({"lexicon": str(own_dates)}), _dates_pipeline({})
    for _ in range(2):  # the word lists are the reader's, one set per process: each finder installs its own
        assert _dates_of(own) == ["1987-04-07"] and _dates_of(package) == []
    assert facts_of(nlp)["dates"] == expected["dates"]


def test_a_saved_dates_component_reads_with_the_word_lists_it_was_built_from(own_dates: Path, tmp_path: Path):
    _dates_pipeline({"lexicon": str(own_dates)}).to_disk(tmp_path / "dates")
    loaded = spacy.load(tmp_path / "dates")
    assert loaded.get_pipe("extractor_dates").data == {"dates.json": json.loads(own_dates.read_text(encoding="utf-8"))}
    assert _dates_of(loaded) == ["1987-04-07"]


@pytest.mark.parametrize("name", ["extractor_place_ruler", "extractor_places"])
def test_place_components_save_the_digests_of_their_files_and_refuse_other_files_on_load(name: str,
                                                                                         tmp_path: Path):
    """The 5.4 MB place index is not copied into each saved pipeline; one read with other files stops."""
    rules = tmp_path / "places_rules.json"
    rules.write_bytes(data_path("places_rules.json").read_bytes())
    nlp = spacy.blank("en")
    nlp.add_pipe(name, config={"rules": str(rules)})
    nlp.to_disk(tmp_path / "saved")
    assert {path.name for path in (tmp_path / "saved" / name).iterdir()} == {"gazetteer_files.json"}
    assert spacy.load(tmp_path / "saved").get_pipe(name).files["rules"] == str(rules)
    words = json.loads(rules.read_text(encoding="utf-8"))
    words["common_words"].append("zzyzx")
    rules.write_text(json.dumps(words), encoding="utf-8")
    with pytest.raises(ValueError, match="places_rules.json differ"):
        spacy.load(tmp_path / "saved")
