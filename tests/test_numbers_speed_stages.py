"""Numbers: each stage of ``phrase_at`` reads nothing where its trigger (``phrases.STAGES``) does not hold on the
phrase as the stages before it left it, so ``phrase_at`` may skip it there; and every stage widens some phrase, with
its trigger holding."""

from __future__ import annotations

import copy

import pytest

from extractor.numbers.phrases import STAGES, phrase_at, stages_woken
from extractor.numbers.qualifiers import read_before
from extractor.numbers.recognise import core_at
from extractor.numbers.spans import Phrase

# What each stage reads, in real copy (or the numbers tests' own examples where news rarely writes it).
SENTENCES = {
    "read_glued_mark": "The losses in tax can be recouped by having a 50pc tax band.",  # bbc/politics/380.txt
    "read_sign": "At night the wind chill takes temperatures down to minus 20C and less.",  # bbc/business/487.txt
    "read_ratio": "Almost one in five US citizens aged under 30 have one.",  # bbc/tech/327.txt
    "_metre_or_million": "The market will grow to 836m euros (£581m) by 2009.",  # bbc/tech/183.txt
    "read_range": "It expects to raise its rental fleet by 20 to 25 pct.",  # reuters21578/articles/07158.txt
    "read_uncertainty": "Objects fall with an acceleration of 9.83e-3 +/- 1e-5 km/s2.",  # tests/test_numbers.py
    "read_after": "Of the 22 million Americans who own MP3 players, 59% are men.",  # bbc/tech/327.txt
    "hyphen_unit": "He plans a six-mile trip across the 45-acre farm.",  # tests/test_numbers.py
    "read_spaced_minus": "Change\n- 10\n",  # tests/test_numbers.py: a figure alone on its line
}
# Figures among words no stage reads, and words some stage reads that widen nothing here.
OTHERS = [
    "It said 1986 net profit was 12.5 mln dlrs vs 10.1 mln, or 1.20 dlrs a share vs 97 cts.",  # reuters 00021
    "The company had 3,000 employees, 4 of them in Paris, and sold 1.4 mln shares in 1987.",
    "Sales rose 12.5 pct to 150 mln dlrs from 133 mln, up 10 pct in the year to 45 or more.",
    "Between 10 and 15 people, aged 20 - 30, were hurt; 2 in 10 years; from 3 to 4 m high.",
    "Patients were given 45 and 50 mg; oil at $80 a barrel; 200 km per hour; 2.123 pm; a pipe 2 in thick.",
]


def _read_so_far(lexicon, doc, i, stage):
    """The phrase at token ``i`` as ``stage`` first sees it: its core, what ``read_before`` read and what every
    stage before it read (each called whether its trigger holds or not)."""
    core = core_at(lexicon, doc, i)
    if core is None:
        return None
    phrase = Phrase(core.start, core.end, [core], currency=core.currency, money=core.currency is not None,
                    unit=core.unit)
    read_before(lexicon, doc, phrase, 0)
    for earlier, _ in STAGES[: [s for s, _ in STAGES].index(stage)]:
        earlier(lexicon, doc, phrase)
    return phrase


def _widened(lexicon, doc, stage):
    """For each phrase of ``doc`` a stage changes: whether the stage's own trigger held."""
    found = []
    for i in range(len(doc)):
        doc.user_data.clear()
        phrase = _read_so_far(lexicon, doc, i, stage)
        if phrase is None:
            continue
        bit = 1 << [s for s, _ in STAGES].index(stage)
        holds = bool(stages_woken(lexicon, doc, phrase) & bit)
        before = copy.deepcopy(phrase)
        doc.user_data.clear()
        stage(lexicon, doc, phrase)
        if phrase != before:
            found.append(holds)
    return found


@pytest.mark.parametrize("stage", [stage for stage, _ in STAGES], ids=lambda stage: stage.__name__)
def test_a_stage_widens_a_phrase_only_where_its_trigger_holds(nlp, run, stage):
    lexicon = nlp.get_pipe("extractor_numbers").lexicon
    own = _widened(lexicon, run(SENTENCES[stage.__name__]), stage)
    assert own and all(own)  # it widens the phrase it is written for, and its trigger says so
    for text in [*SENTENCES.values(), *OTHERS]:
        assert all(_widened(lexicon, run(text), stage))


def test_phrases_are_read_alike_with_and_without_the_triggers(nlp, run, monkeypatch):
    lexicon = nlp.get_pipe("extractor_numbers").lexicon
    docs = [run(text) for text in [*SENTENCES.values(), *OTHERS]]

    def phrases():
        found = []
        for doc in docs:
            doc.user_data.clear()
            found.append([phrase_at(lexicon, doc, i, 0) for i in range(len(doc))])
        return found

    triggered = phrases()
    monkeypatch.setattr("extractor.numbers.phrases.stages_woken", lambda *args: (1 << len(STAGES)) - 1)
    assert phrases() == triggered
