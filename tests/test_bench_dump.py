"""The dump diff shows each record only one dump has, beside its sentence, and nothing for an unchanged article."""

import json

from benchmarks.dump import diff

TEXT = "Police searched more than 81,000 cars near Subotica on Thursday."
NUMBER = {"text": "more than 81,000 cars", "start": 16, "end": 37, "value": 81000}
PLACE = {"name": "Subotica", "mentions": [{"text": "Subotica", "start": 43, "end": 51}]}


def _dump(tmp_path, name, **facts):
    path = tmp_path / name
    path.write_text(json.dumps({"id": "bbc/1.txt", "text": TEXT, **facts}) + "\n", encoding="utf-8")
    return path


def test_diff_lists_a_changed_record_gone_and_new_with_its_sentence(tmp_path, capsys):
    before = _dump(tmp_path, "a.jsonl", numbers=[NUMBER], places=[PLACE])
    after = _dump(tmp_path, "b.jsonl", numbers=[{**NUMBER, "value": 81}], places=[PLACE])
    diff(before, after, ("numbers", "places"))
    out = capsys.readouterr().out
    assert "## numbers: 1 gone, 1 new" in out and "## places: 0 gone, 0 new" in out
    assert '- bbc/1.txt {"end": 37' in out and '"value": 81}' in out
    assert "| Police searched more than 81,000 cars near Subotica" in out
