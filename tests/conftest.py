"""Shared fixtures: the pipeline is loaded once per test run."""

from __future__ import annotations

import compileall
import json
import signal
import sys
from pathlib import Path
from typing import Any, Callable, Optional

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from extractor.facts import offset_spans
from extractor import Extractor

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "serbia-migrants-2023-11-09.txt"
GOLD = Path(__file__).resolve().parent / "data" / "serbia-migrants-2023-11-09.gold.json"

# pytest-xdist's workers, like any job a shell starts in the background, begin with Ctrl-C ignored, and the commands a
# test starts would inherit that and never see the Ctrl-C the test sends them: give them the terminal's default.
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)


def speaker_of(run: Callable[..., Doc], text: str, words: str) -> Any:
    """The speaker of the first quote holding ``words`` (line breaks and runs of spaces in either read as one space,
    as wire copy wraps its lines), for the quote tests' tables."""
    wanted = " ".join(words.split())
    quotes = [q for q in run(text)._.quotes if wanted in " ".join(q["text"].split())]
    assert quotes, f"no quote containing {words!r} in {[q['text'] for q in run(text)._.quotes]}"
    return quotes[0]["speaker"]


def type_of(doc: Doc, name: str) -> Optional[str]:
    """The type of the organization named ``name``, for the organization type tests' tables (it must be listed)."""
    types = {record["name"]: record["type"] for record in doc._.organizations}
    assert name in types, f"{name!r} not among {sorted(types)}"
    return types[name]


def pytest_configure(config: pytest.Config) -> None:
    """With PYTHONDONTWRITEBYTECODE set (as in some containers) nothing is cached, and each of the commands the tests
    start (about 60, each a new interpreter) would compile the package's 31,000 lines afresh: half a second of CPU
    each, a cost no installed copy pays (pip compiles what it installs). The package is compiled once here, before
    pytest-xdist starts its workers; the tests' own modules are left to pytest."""
    if sys.dont_write_bytecode and not hasattr(config, "workerinput"):
        compileall.compile_dir(ROOT / "extractor", quiet=1)


# The files whose tests take seconds each (real commands, each loading the model; processes started by spaCy or Dask;
# whole corpora), costliest first. They run before every other file, so no worker ends the run alone with one of them
# while the other has finished (pytest-xdist hands out whole files in the collected order, see pyproject's addopts).
SLOW_FIRST = ("test_lifecycle.py", "test_spacy_components.py", "test_data_loss.py", "test_job_safety.py",
              "test_pipelines.py", "test_progress.py", "test_batch_dask.py", "test_inputs_corpora.py",
              "test_dates_misreads.py", "test_readers_agency.py", "test_batch_resume.py", "test_cli.py", "test_batch.py",
              "test_cli_completion.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The slow files first, then the others by their number of tests, most first (many small files at the end
    even out the workers' last minutes); the tests of a file keep their order."""
    counts: dict[str, int] = {}
    for item in items:
        counts[item.path.name] = counts.get(item.path.name, 0) + 1
    slow = {name: rank for rank, name in enumerate(SLOW_FIRST)}
    files = {name: index for index, name in enumerate(counts)}
    items.sort(key=lambda item: (slow.get(item.path.name, len(slow)), -counts[item.path.name], files[item.path.name]))


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor.shared()


@pytest.fixture(scope="session")
def nlp(extractor: Extractor) -> Language:
    return extractor.nlp


@pytest.fixture(scope="session")
def run(nlp: Language) -> Callable[..., Doc]:
    """Run the full pipeline on ``text`` with an optional ISO publication date."""

    def _run(text: str, published: Optional[str] = None) -> Doc:
        doc = nlp.make_doc(text)
        doc._.published = published
        return nlp(doc)

    return _run


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def validate() -> Callable[[dict], None]:
    """Check a record against the published JSON Schema, and every offset against its text."""
    from jsonschema import Draft202012Validator

    from extractor import json_schema

    validator = Draft202012Validator(json_schema())

    def _validate(record: dict, text: Optional[str] = None) -> None:
        validator.validate(record)
        if text is not None:
            for span in offset_spans(record):
                assert text[span["start"]:span["end"]] == span["text"], span

    return _validate
