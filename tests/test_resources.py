"""The msgpack copy of large data files: same content as the JSON, rebuilt when damaged or stale, never needed."""

from __future__ import annotations

import json
import os

import pytest

from extractor import resources
from extractor.resources import CACHE_ENV, COPIES_KEPT, _load_through_cache, data_path

GAZETTEER = "places_gazetteer.json"


@pytest.fixture(scope="module")
def parsed() -> dict:
    with open(data_path(GAZETTEER), encoding="utf-8") as handle:
        return json.load(handle)


@pytest.fixture()
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    return tmp_path


def test_the_gazetteer_is_large_enough_to_be_read_through_the_cache():
    assert data_path(GAZETTEER).stat().st_size >= resources.MSGPACK_ABOVE


def test_first_use_writes_the_copy_and_later_uses_read_the_same_content(cache, parsed):
    assert _load_through_cache(data_path(GAZETTEER)) == parsed
    copies = list(cache.glob(f"{GAZETTEER}.*.msgpack"))
    assert len(copies) == 1 and not list(cache.glob("*.tmp"))
    assert _load_through_cache(data_path(GAZETTEER)) == parsed


def test_a_damaged_copy_is_rebuilt(cache, parsed):
    _load_through_cache(data_path(GAZETTEER))
    (copy,) = cache.glob(f"{GAZETTEER}.*.msgpack")
    copy.write_bytes(copy.read_bytes()[:1000])
    assert _load_through_cache(data_path(GAZETTEER)) == parsed
    assert _load_through_cache(data_path(GAZETTEER)) == parsed


def test_copies_of_other_versions_are_kept_up_to_a_few(cache, parsed):
    others = [cache / f"{GAZETTEER}.{n:016x}.msgpack" for n in range(COPIES_KEPT)]
    for age, other in enumerate(others):
        other.write_bytes(b"\x90")
        os.utime(other, (1000 + age, 1000 + age))
    assert _load_through_cache(data_path(GAZETTEER)) == parsed
    assert not others[0].exists() and all(other.exists() for other in others[1:])
    assert len(list(cache.glob(f"{GAZETTEER}.*.msgpack"))) == COPIES_KEPT


def test_a_cache_that_cannot_be_written_only_costs_the_parse(tmp_path, monkeypatch, parsed):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv(CACHE_ENV, str(blocker / "extractor"))
    assert _load_through_cache(data_path(GAZETTEER)) == parsed
    assert os.listdir(tmp_path) == ["a-file"]
