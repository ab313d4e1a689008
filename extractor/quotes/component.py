"""The quotes component: direct and indirect quotes of an article, each with its speaker.

Each quote names its speaker through the people and organizations components (which run first),
so that a quote's ``speaker`` is the same canonical name the article's entities use. The order in
which the finders' results are combined is in ``extract_quotes``.
"""

from __future__ import annotations

import re
from typing import Any, Optional

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..doc_utils import BREAKS, SavesData, doc_text, ensure_extension, read_data
from .cues import SUBJECTS_FOUND, Attribution, attribution_for, is_cue
from .direct import find_direct, quote_record
from .indirect import find_indirect, nested
from .lexicon import DATA, QuoteWords
from .marks import QUOTED, quoted_spans
from .referents import MENTIONS_AT, REFERENTS, EntityMention, entity_mentions, pick, referents_of
from .speakers import REPORTED, resolve_medium, resolve_speaker, speech_of
from .spans import CHILDREN, TEXT, UNITS, children, overlaps, span_record, unit_of

ensure_extension("quotes")

# What ends a sentence inside a quotation: one without it on a line of its own is a headline.
_SENTENCE_ENDS = frozenset(".!?\u2026,;:")
# A speaker's name has a letter of the Latin script or a digit ('40%' of those asked): the English model reads names of
# no other script ('행동에 대한', 'about the behaviour', is its misreading of a Korean page), and a stray ']' names no one.
_LATIN_LETTER = re.compile(r"[A-Za-z0-9\u00c0-\u024f]")
# A list item's bullet or number at the start of a line.
_LIST_MARK = re.compile(r"^\s*(?:[-\u2013\u2014\u2022*]|\d{1,2}[.)])\s+")


def _float(
    record: dict[str, Any],
    last_speech: Optional[tuple[dict[str, Any], int]],
    doc: Doc,
    text: str,
    words: QuoteWords,
    mentions: list[EntityMention],
    earlier: list[dict[str, Any]],
) -> None:
    """A quote without attribution of its own (news style: '"...," he said. "We also ..."', or a
    quote paragraph after the speaker's reported words) carries on the previous speech, unless a
    person named since then introduces it ('Durning did not need much coaxing. "I'm thankful ..."').
    Nothing within a few sentences: no speaker. A quotation that is a headline line of its own, with no
    sentence end, carries no one's speech on ('"... prevent the evacuation of the Syrian civilians from the
    Rubkan camp"'); a fragment quoted inside the writer's sentence is its frame's (``_frame``)."""
    if _headline(record, text, words):
        return
    if _fragment(record, words) and _frame(record, doc, words, earlier, mentions):
        return
    sentence = unit_of(doc, record["start"])
    history, known = referents_of(doc, mentions, words, speech_of(doc, words))
    named = pick([r for r in history if r.end <= record["start"]], "person", None, known, sentence)
    spoken = -1
    if last_speech is not None and record["start"] >= last_speech[0]["end"]:
        spoken = unit_of(doc, last_speech[1])
    if named is not None and named.sentence > spoken and sentence - named.sentence <= words.float_reach:
        record["speaker"] = named.name
        record["speaker_mention"] = span_record(text[named.start : named.end], named.start, named.end)
    elif last_speech is not None and spoken >= 0 and sentence - spoken <= words.float_reach:
        for key in ("speaker", "speaker_mention", "cue", "medium"):
            record[key] = last_speech[0][key]


def _fragment(record: dict[str, Any], words: QuoteWords) -> bool:
    """Whether a quotation opens in lower case: words quoted inside the writer's own sentence ('Noem called the
    new campaign a "bold, innovative effort ..."'), not a sentence of the speaker's."""
    inner = record["text"].lstrip("".join(words.marks) + " .\u2026[")
    return inner[:1].islower()


def _frame(
    record: dict[str, Any], doc: Doc, words: QuoteWords, earlier: list[dict[str, Any]], mentions: list[EntityMention],
) -> bool:
    """The speaker of a fragment quoted in the writer's sentence: the subject of the finite verb that frames it,
    when that subject names someone ('Benioff introduced Cook to the audience as "someone who has redefined ..."',
    'He also called for measures to "support us all in an ageing society"'), else no one: the fragment is not the
    last-named person's when the frame is a thing's or names them only as its object ('The report blamed Regan for
    the "chaos that descended on the White House"', 'made Vaughan believe that he and Herbert were "basically seeing
    a cell type ..."', 'The judges called it "an impressive and readable piece of scholarship"' stays the judges').
    Whether a frame was found: with none ('because to her, "there's nothing more important ..."', '..." he said, but
    "when it comes to ..."') the fragment carries the previous speech on."""
    first = doc.char_span(record["start"], record["end"], alignment_mode="expand")
    if first is None:
        return False
    quoted = quoted_spans(doc, words)
    token = next((t for t in first if not (t.is_punct or t.is_space)), first.root)  # its first sentence's word
    sentence = unit_of(doc, record["start"])
    found = False
    while True:
        while token.head.i != token.i and (overlaps(token.idx, token.idx + 1, quoted) or not _finite(token)):
            token = token.head
        if not _finite(token) or overlaps(token.idx, token.idx + 1, quoted) or unit_of(doc, token.idx) != sentence:
            return found
        found = True
        speaker = _frame_speaker(token, words)
        if speaker is not None:
            _apply(record, Attribution(speaker=speaker, cue=None), earlier, words, mentions)
            return True
        if token.dep_ != "relcl" or not overlaps(token.head.idx, token.head.idx + 1, quoted):
            return True
        token = token.head  # 'a "bully" who is "utterly amoral"': the clause describes the first frame's words


def _frame_speaker(verb: Token, words: QuoteWords) -> Optional[Span]:
    """The subject of a fragment's frame when it names someone, else of the speech the frame reports ('Mr. Obama
    said, a majority of Americans have come to believe "that ..."')."""
    speaker = attribution_for(verb, words, None).speaker
    if speaker is not None and _names_someone(speaker.root, words):
        return speaker
    reporting = [verb.head] if verb.dep_ == "ccomp" else []
    reporting += [c for c in children(verb) if c.dep_ == "parataxis"]
    cue = next((v for v in reporting if v.pos_ == "VERB" and is_cue(v, words)), None)
    speaker = attribution_for(cue, words, None).speaker if cue is not None else None
    return speaker if speaker is not None and _names_someone(speaker.root, words) else None


def _finite(token: Token) -> bool:
    """A verb that heads a clause of its own: past or present tense, or one with an auxiliary ('has given')."""
    return token.pos_ in {"VERB", "AUX"} and (token.tag_ in {"VBD", "VBZ", "VBP"} or any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ != "to" for c in children(token)))


def _names_someone(head: Token, words: QuoteWords) -> bool:
    """A name of a person or a body, 'he' or 'she', or a noun for people or a body: not a thing ('the report', 'the
    prize', 'it', 'the PlayStation 3')."""
    if head.pos_ == "PRON":
        return head.lower_ in words.genders
    if head.pos_ == "PROPN" or head.ent_type_:
        return head.ent_type_ in {"", "PERSON", "ORG", "NORP", "GPE"}
    lemma = head.lemma_.lower()
    things = words.document_nouns | words.study_nouns
    return head.pos_ == "NOUN" and lemma in words.speaking_nouns and lemma not in things


def _headline(record: dict[str, Any], text: str, words: QuoteWords) -> bool:
    """Whether a quotation is a line of its own that ends no sentence: a headline quoting a claim, also one
    numbered or bulleted in a list of highlights ('- "My fears have been realized"', '3. "Not some irregular
    channel"')."""
    start = text.rfind("\n", 0, record["start"]) + 1
    end = text.find("\n", record["end"])
    line = _LIST_MARK.sub("", text[start : end if end >= 0 else len(text)], count=1)
    ending = record["text"].rstrip().rstrip("".join(words.marks)).rstrip()[-1:]
    return line.strip() == record["text"].strip() and ending not in _SENTENCE_ENDS


def extract_quotes(doc: Doc, words: QuoteWords, cue_ids: Optional[numpy.ndarray] = None) -> list[dict[str, Any]]:
    """All quotes of ``doc`` in text order, speakers resolved against the entity components.

    A partial quote inside reported speech ('said he wanted the wage to become a "symbol of
    decency"') is part of that indirect quote, not a quote of its own."""
    cue_ids = words.cue_ids if cue_ids is None else cue_ids
    text = doc.user_data[TEXT] = doc_text(doc)  # kept for the resolver while quotes are found
    doc.user_data[SUBJECTS_FOUND] = {}
    doc.user_data[CHILDREN] = {}
    direct = find_direct(doc, text, words)
    spans = [(record["start"], record["end"]) for record, _ in direct]
    indirect = find_indirect(doc, words, cue_ids, spans)
    reported = [
        (content, attribution) for content, attribution in indirect
        if not any(nested(content, other) for other, _ in indirect)
    ]
    items: list[tuple[dict[str, Any], Optional[Attribution]]] = [
        (record, attribution) for record, attribution in direct
        if not any(c.start_char <= record["start"] and record["end"] <= c.end_char for c, _ in reported)
    ]
    for content, attribution in reported:
        items.append((quote_record(doc, text, content.start_char, content.end_char, "indirect"), attribution))
    items.sort(key=lambda item: item[0]["start"])
    cues = {a.cue_token.i for _, a in [*direct, *indirect] if a is not None and a.cue_token is not None}
    doc.user_data[REPORTED] = ([(content.start_char, content.end_char) for content, _ in reported], cues)
    mentions = entity_mentions(doc) if items else []
    resolved: list[dict[str, Any]] = []
    last_speech: Optional[tuple[dict[str, Any], int]] = None
    for record, attribution in items:
        if attribution is not None:
            _apply(record, attribution, resolved, words, mentions)
        else:
            _float(record, last_speech, doc, text, words, mentions, resolved)
        if attribution is not None or record["speaker"]:
            cue = attribution.cue_token if attribution is not None else None
            last_speech = (record, max(cue.idx if cue is not None else 0, record["end"] - 1))
        resolved.append(record)
    for record in resolved:
        if record["speaker"] and not _LATIN_LETTER.search(record["speaker"]):
            record["speaker"] = record["speaker_mention"] = None  # a Korean page's '행동에 대한', a stray ']'
        elif record["speaker"]:  # a name, read as words: 'one Republican\npolitical strategist' in wrapped copy
            record["speaker"] = " ".join(record["speaker"].split())
    doc.user_data.pop(REFERENTS, None)
    doc.user_data.pop(MENTIONS_AT, None)
    doc.user_data.pop(UNITS, None)
    doc.user_data.pop(BREAKS, None)
    doc.user_data.pop(TEXT, None)
    doc.user_data.pop(REPORTED, None)
    doc.user_data.pop(SUBJECTS_FOUND, None)
    doc.user_data.pop(CHILDREN, None)
    doc.user_data.pop(QUOTED, None)
    return resolved


def _apply(
    record: dict[str, Any],
    attribution: Attribution,
    earlier: list[dict[str, Any]],
    words: QuoteWords,
    mentions: list[EntityMention],
) -> None:
    """Fill a quote record from its attribution, the speaker and outlet resolved to canonical names."""
    record["cue"] = attribution.cue
    if attribution.speaker is not None:
        record["speaker"], record["speaker_mention"] = resolve_speaker(attribution.speaker, earlier, words, mentions)
        if _names_its_inferred_speaker(record, attribution.speaker, words):
            record["speaker"] = None
    record["medium"] = resolve_medium(attribution.medium, mentions)


def _names_its_inferred_speaker(record: dict[str, Any], phrase: Span, words: QuoteWords) -> bool:
    """'"..., Trump makes the prospects ... more uncertain," he said' after Eswar Prasad spoke of the president;
    '"It would be fantastic to have Paula in the team," the European cross-country champion said' of Paula
    Radcliffe: in their own words people speak of others, not of themselves, by surname or first name, so a direct
    quote naming the person a 'he' or 'she' or a description was read as is someone else's, and the speaker is left
    unknown (who else the words mean is no surer). Reported speech is the writer's words, which may name the speaker
    ('The Redstone equity contribution ... would consist of ..., he said'); a company's statement names the company;
    and a phrase that names the speaker itself is no guess."""
    speaker = record["speaker"]
    if not speaker or record["kind"] != "direct":
        return False
    pronoun = len(phrase) == 1 and words.genders.get(phrase.root.lower_) is not None
    person = speaker in {known["name"] for known in phrase.doc._.people or []}
    description = person and phrase.root.is_lower and not set(speaker.split()) & {t.text for t in phrase}
    if not (pronoun or description):
        return False
    names = {speaker.split()[-1], speaker.split()[0]} if description else {speaker.split()[-1]}
    return any(re.search(rf"\b{re.escape(name)}\b", record["text"]) for name in names)


class QuoteFinder(SavesData):
    """Holds the quote words, which save with the pipeline; a class, not a closure, so the pipeline pickles."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = {DATA: data}
        self.build()

    def build(self) -> None:
        self.words = QuoteWords.from_data(self.data[DATA])
        self.cue_ids = self.words.cue_ids

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = extract_quotes(doc, self.words, self.cue_ids)
        return doc


@Language.factory(
    "extractor_quotes",
    default_config={"words": DATA},
    requires=["token.dep", "token.head", "token.tag", "token.lemma", "token.ent_type",
              "doc._.people", "doc._.organizations"],
    assigns=["doc._.quotes"],
)
def make_quotes(nlp: Language, name: str, words: str) -> QuoteFinder:
    """Quotes and their speakers; runs after people and organizations, whose names it reuses. ``words``: the
    speech verbs and cue words, a file in ``extractor/data`` or a path."""
    return QuoteFinder(read_data(words))
