"""The benchmark runner itself: without gold data it says so and succeeds."""

from __future__ import annotations

import pytest

from benchmarks.__main__ import main


def test_missing_shared_folder_is_reported_and_exits_zero(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("EXTRACTOR_SHARED", str(tmp_path / "absent"))
    assert main(["dates"]) == 0
    assert "no gold data" in capsys.readouterr().out


def test_unknown_benchmark_is_a_usage_error():
    with pytest.raises(SystemExit) as exit_info:
        main(["weather"])
    assert exit_info.value.code == 2
