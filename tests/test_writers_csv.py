"""The CSV output as the tools issue 23 names read it with no options: pandas, DuckDB and sqlite-utils. None of them
is a dependency: each test runs where the tool is installed and is skipped elsewhere."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app, route
from extractor.writers import CSV_COLUMNS

from .conftest import SAMPLE


@pytest.fixture(scope="module")
def facts_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Facts of the sample article and of one whose quote holds commas and quotation marks (a doubled quote in
    the CSV, the case a reader that guesses the dialect gets wrong)."""
    folder = tmp_path_factory.mktemp("articles")
    (folder / "a.txt").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "b.txt").write_text('"We will not stop, not now, not ever," the minister said on Monday, after police '
                                  'arrested 12 people in Belgrade.', encoding="utf-8")
    out = folder / "facts.csv"
    result = CliRunner().invoke(app, route([str(folder / "a.txt"), str(folder / "b.txt"), "-o", str(out)]))
    assert result.exit_code == 0, result.stderr
    return out


def rows(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_pandas_reads_the_csv_with_no_options(facts_csv: Path):
    pandas = pytest.importorskip("pandas")
    frame = pandas.read_csv(facts_csv)
    assert tuple(frame.columns) == CSV_COLUMNS and len(frame) == len(rows(facts_csv))
    assert frame["value"].dtype.kind == "f" and frame["start"].dtype.kind == "i"
    assert list(frame.loc[frame["fact"] == "quote", "text"]) == [row["text"] for row in rows(facts_csv)
                                                                  if row["fact"] == "quote"]


def test_duckdb_reads_the_csv_with_no_options(facts_csv: Path):
    duckdb = pytest.importorskip("duckdb")
    relation = duckdb.read_csv(str(facts_csv))
    types = dict(zip(relation.columns, map(str, relation.dtypes)))
    assert tuple(types) == CSV_COLUMNS and types["value"] in ("DOUBLE", "BIGINT")
    quotes = [text for (text,) in relation.filter("fact = 'quote'").select("text").fetchall()]
    assert quotes == [row["text"] for row in rows(facts_csv) if row["fact"] == "quote"]


@pytest.mark.xfail(strict=True, reason="sqlite-utils guesses the dialect from the first 2 KB with csv.Sniffer, which "
                   "takes no doubled quote there to mean none anywhere; facts.csv:csv reads it right")
def test_sqlite_utils_memory_reads_the_csv_with_no_options(facts_csv: Path):
    utils = pytest.importorskip("sqlite_utils.utils")
    with open(facts_csv, "rb") as handle:
        read, _ = utils.rows_from_file(handle)  # what `sqlite-utils memory facts.csv` does
        assert list(map(dict, read)) == rows(facts_csv)
