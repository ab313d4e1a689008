"""Ages: "a 37-year-old man", "aged 16 to 24", "died at the age of 84", "Smith, 44,", "a man in his 40s".

An age is a number a reader checks like any other, so it is reported (kind ``age``) rather than dropped as a
duration or a date; what it counts is who is that old, when the parse names them: the noun a "-year-old"
describes, the noun or subject "aged" belongs to, the name before "Smith, 44,". "The 14-year-old said" names
no one (null). Only these shapes are ages: "a 30-year bond" is a term, which dates reads as a duration.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc, Token

from .lexicon import Lexicon
from .recognise import core_at, decade_of_life_start
from .spans import Phrase
from .tokens import skip

_OLDEST = 115  # an appositive number above this is no person's age
_RELATIVE_PRONOUNS = {"who", "that", "which"}
_PERSON_PRONOUNS = frozenset({"i", "he", "she"})  # "I was 18 when", "He was 84,": one person, whose age it is
_CLAUSE_GOES_ON = frozenset({"now", "then"})  # "I'm 30 now and": nothing measured
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_NAME_LABELS = ("", "PERSON", "ORG")  # the small model tags some surnames as organizations ("Drake, 45,")
_BE_OR_TURN = frozenset({"be", "turn", "’m", "’s"})  # "who is 87", "who turns 66", "I’m 74" (a curly
# apostrophe's form, which the lemmatizer leaves as it is)
_WORKING_AGE_FLOOR = 40  # "retire before 65", "work on till 70"; "worked until 18" is a clock's hour


@dataclass
class Age:
    """Where the age's text starts and ends (tokens ``[start, end)``), its unit, and who is that old."""

    start: int
    end: int
    unit: str
    who: Optional[Token]
    named: bool = False  # ``who`` is a name, reported whole ("Robert Jackson", not "Jackson")


def read_age(lex: Lexicon, doc: Doc, phrase: Phrase) -> Optional[Age]:
    """The age ``phrase`` states, or None when it is no age."""
    if phrase.money or phrase.percent or phrase.unit is not None:
        return None
    return _year_old(lex, doc, phrase) or _aged(lex, doc, phrase) or _decade(lex, doc, phrase) \
        or _after_name(lex, doc, phrase) or _who_is(doc, phrase) or _age_limit(lex, doc, phrase)


def _year_old(lex: Lexicon, doc: Doc, phrase: Phrase) -> Optional[Age]:
    """"37-year-old", "81 year-old", "20 years old", "18 to 21 year olds", "six-month-old"."""
    found = lex.age_after.at(doc, phrase.end)
    if found is None:
        return None
    end, unit = found
    old = doc[end - 1]
    who = None
    head = old.head
    if old.dep_ in ("amod", "compound", "nmod", "nummod") and head.pos_ in ("NOUN", "PROPN") and head.i >= end \
            and head.dep_ != "ROOT" and all(head.is_ancestor(doc[k]) for k in range(end, head.i)):
        who = head  # a noun the parse makes the root lost its verb: "The 25-year-old shocked Pete Sampras"
    elif old.dep_ == "acomp" and old.lower_ == "old":
        who = _subject(old.head)
    return Age(phrase.start, end, unit, who, named=who is not None and who.pos_ == "PROPN")


def _aged(lex: Lexicon, doc: Doc, phrase: Phrase) -> Optional[Age]:
    """"children aged 10 to 13", "died aged 91", "under age 18", "at the age of 84"."""
    k = phrase.start - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    if k >= 1 and doc[k].lower_ == "of" and doc[k - 1].lower_ in lex.age_words:
        k -= 1
    if k < 0 or doc[k].lower_ not in lex.age_words:
        return None
    word = doc[k]
    if word.lower_ == "ages":
        _read_second_age(lex, doc, phrase)
    if word.lower_ != "aged":  # "under age 18": the bound is said before the word
        bound = lex.qualifiers_before.ending(doc, k)
        if bound is not None and phrase.qualifier == "exact" and len(phrase.cores) == 1:
            phrase.qualifier = bound[1]
    if word.lower_ == "aged" and word.head.pos_ in ("NOUN", "PROPN") and word.dep_ in ("amod", "acl", "appos"):
        return Age(k, phrase.end, "years", word.head, named=word.head.pos_ == "PROPN")
    if word.lower_ == "aged" and word.dep_ == "ROOT":
        who = _subject(word)  # "Women aged 50 or above almost never use a mobile phone"
    else:
        who = _subject(_governing_verb(word))
    return Age(k, phrase.end, "years", who, named=who is not None and who.pos_ == "PROPN")


def _read_second_age(lex: Lexicon, doc: Doc, phrase: Phrase) -> None:
    """"between the ages of 16 and 18": the second age after "ages" makes the phrase a range."""
    joiner = skip(doc, phrase.end)
    if len(phrase.cores) > 1 or joiner >= len(doc) or doc[joiner].lower_ not in (*lex.range_joiners, "and"):
        return
    second = core_at(lex, doc, skip(doc, joiner + 1))
    if second is not None and second.vague is None and second.value > phrase.cores[0].value:
        phrase.cores.append(second)
        phrase.end, phrase.qualifier = second.end, "range"


def _decade(lex: Lexicon, doc: Doc, phrase: Phrase) -> Optional[Age]:
    """"a man in his 40s", "in her late thirties": the decade of a life, a vague age."""
    start = decade_of_life_start(lex, doc, phrase.cores[0].start)
    if start is None or len(phrase.cores) > 1:
        return None
    preposition = doc[start]
    while preposition.i > 0 and preposition.lower_ != "in":
        preposition = doc[preposition.i - 1]
    head = preposition.head
    if head.pos_ in ("NOUN", "PROPN") and head.i < preposition.i:
        who: Optional[Token] = head
    else:
        who = _subject(_governing_verb(preposition))
    return Age(start, phrase.end, "years", who, named=who is not None and who.pos_ == "PROPN")


def _after_name(lex: Lexicon, doc: Doc, phrase: Phrase) -> Optional[Age]:
    """"Drake, 45, has served", "Robert Jackson, 58, MP for Wantage": a small number in commas after a person."""
    core = phrase.cores[0]
    if len(phrase.cores) > 1 or phrase.start != core.start or core.end != core.start + 1 or phrase.end != core.end:
        return None
    if not (doc[core.start].shape_ in ("d", "dd", "ddd") and 0 < core.value <= _OLDEST):
        return None
    after = skip(doc, core.end)
    if core.start < 2 or doc[core.start - 1].text != "," or after >= len(doc) or doc[after].text != ",":
        return None
    name, number = doc[core.start - 2], doc[core.start]
    if not name.is_title or name.lower_ in lex.months:
        return None
    if name.ent_type_ not in _NAME_LABELS and not _named_person_elsewhere(doc, name):
        return None
    if name.pos_ != "PROPN" and not (number.dep_ == "appos" and number.head.i == name.i):
        return None
    return Age(core.start, core.end, "years", name, named=True)


def _who_is(doc: Doc, phrase: Phrase) -> Optional[Age]:
    """"Jean Mantelet, who is 87, said", "Sam Antar, who turns 66 soon", "the boy - who was 13 at the time": a small
    bare number a person's relative clause says they are is their age (a noun after it counts that: "who is 5
    points behind"); so is one "I", "he" or "she" is, where only a clause's end, a conjunction or "now" follows ("I
    was 18 when she was conceived", "He was 84, had been suffering"; not "he was 5 under par")."""
    core = phrase.cores[0]
    if len(phrase.cores) > 1 or phrase.start != core.start or core.end != core.start + 1 or phrase.end != core.end \
            or not (doc[core.start].shape_ in ("d", "dd", "ddd") and 0 < core.value <= _OLDEST) or core.start < 2:
        return None
    verb, pronoun = doc[core.start - 1], doc[core.start - 2]
    if pronoun.lower_ not in _PERSON_PRONOUNS and pronoun.lower_ != "who" or verb.lemma_.lower() not in _BE_OR_TURN:
        return None
    after = skip(doc, core.end)
    if after < len(doc) and doc[after].pos_ in ("NOUN", "PROPN", "NUM"):
        return None
    if pronoun.lower_ in _PERSON_PRONOUNS and after < len(doc) and not doc[after].is_punct \
            and doc[after].pos_ not in ("CCONJ", "SCONJ") and doc[after].lower_ not in _CLAUSE_GOES_ON:
        return None
    who = _subject(verb)
    return Age(core.start, core.end, "years", who, named=who is not None and who.pos_ == "PROPN")


def _age_limit(lex: Lexicon, doc: Doc, phrase: Phrase) -> Optional[Age]:
    """"force workers to retire before 65", "allowed to work on till 70": a bare whole number a preposition of a
    verb of working life (``age_limit_verbs``, with no object: "retire the notes before" redeems them) takes is the
    age it ends at; "raising the mandatory retirement age ... from 60 to 65", "pension age would rise from 60 to
    65": so are the bounds of a verb whose subject or object is an age."""
    core = phrase.cores[0]
    if len(phrase.cores) > 1 or phrase.end != core.end or core.scaled or core.vague is not None \
            or not float(core.value).is_integer() or not 0 < core.value <= _OLDEST:
        return None
    number = doc[core.end - 1]
    if number.dep_ != "pobj" or number.head.lower_ not in lex.age_limit_prepositions:
        return None
    verb = _governing_verb(number.head)
    if verb.pos_ != "VERB":
        return None
    moves_an_age = any(child.dep_ in ("dobj", *_SUBJECT_DEPS) and child.lemma_.lower() in lex.age_words
                       for child in verb.children)
    if moves_an_age or verb.lemma_.lower() in lex.age_limit_verbs and core.value >= _WORKING_AGE_FLOOR \
            and not any(child.dep_ == "dobj" for child in verb.children):
        return Age(phrase.start, phrase.end, "years", None)
    return None


def _named_person_elsewhere(doc: Doc, name: Token) -> bool:
    """"marry music executive Jordan Bratman ... Bratman, 26, proposed": the model tags the surname a place at
    the paragraph's start, but the article has named the person by it before."""
    return any(token.ent_type_ == "PERSON" and token.text == name.text for token in doc[: name.i])


def _governing_verb(token: Token) -> Token:
    """The verb a modifier hangs from, through prepositions ("died at the age of 84" -> died)."""
    while token.dep_ in ("prep", "pobj", "acomp", "advcl", "xcomp", "oprd", "npadvmod", "dobj", "advmod") \
            and token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        token = token.head
    if token.pos_ not in ("VERB", "AUX") and token.head.pos_ in ("VERB", "AUX"):
        token = token.head
    return token


def _subject(verb: Token) -> Optional[Token]:
    """The noun subject of ``verb``; a relative pronoun stands for the noun its clause describes
    ("Arthur Hailey, who has died"); other pronouns name no one here."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    if not subjects:
        return None
    subject = subjects[0]
    if subject.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        subject = verb.head
    if subject.pos_ == "NOUN":  # "Veteran comedian and broadcaster Cyril Fletcher has died aged 91"
        names = [t for t in subject.subtree if t.ent_type_ == "PERSON" and t.pos_ == "PROPN" and t.i < verb.i]
        return names[-1] if names else subject
    return subject if subject.pos_ == "PROPN" else None
