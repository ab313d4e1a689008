"""Roles from the clauses around a name: an apposition ('Dejan Lukovic, the deputy police director'), the
name's own clauses ('X, who heads the agency', 'X served as ambassador') and a copular sentence ('He is the
director of ...'); a plural role is shared by the names coordinated with it."""

from __future__ import annotations

from typing import Iterable, Optional

from spacy.tokens import Doc, Span, Token

from ..entities import clean_spaces, is_capitalised
from .lexicon import CLAUSE_DEPS, LEADING_NOT_ROLE, PLURAL_TAGS, SUBJECT_DEPS, PeopleLexicon
from .names import NameMention
from .tokens import conjuncts
from .titles import phrase, times_won

# Dependents of a role noun that are not part of the role ('director, who said ...').
NOT_ROLE_DEPS = frozenset({"appos", "relcl", "acl", "punct", "cc", "conj", "advcl"})
# Words before a role noun that point to other people or rank the person, not to the role ('the other two new
# players', 'were the only officers assigned to ...').
LEADING_NOT_ROLE_WORDS = frozenset({"other", "such", "only"})
# Auxiliaries of a hypothetical 'be' ('if Gerrard would be a Liverpool player'), which gives no role.
HYPOTHETICAL = frozenset({"would", "could", "might", "may", "should", "must", "can"})
# Partitives of a copular role ('were just some of the actors', 'is one of the founders').
PARTITIVES = frozenset({"one", "some", "all", "both", "two", "three", "among"})
# What follows the verb of a 'who' clause that says what the person does ('plays Hermione in the films').
DEED_DEPS = frozenset({"dobj", "prep", "prt", "dative"})
SUBJECT_PRONOUNS = frozenset({"his", "her", "their", "its"})
# Marks opening a quoted sentence.
OPENING_QUOTES = frozenset({'"', "“", "'", "‘"})
# How far after the name a role set off by commas may end ('Alex Azar, the Health and Human Services secretary,').
SET_OFF_WORDS = 8


def appositions(span: Span, lexicon: PeopleLexicon) -> Iterable[tuple[Optional[str], bool]]:
    """'Dejan Lukovic, the deputy police director', 'Tim Morrison, another top NSC aide', each role of a
    coordinated apposition ('Helena Kennedy, a Labour peer and a human rights lawyer') and 'the director
    of X, Rados Jurovic', 'The suspect, Michael Webb,'; a plural one is shared by the names coordinated
    with this one ('King and Weeks, both professors at ...')."""
    root = span.root
    name_tokens = set(range(span.start, span.end))
    parsed = False
    for child in root.children:
        if child.dep_ == "appos" and child.i >= span.end:
            parsed = True
            for noun in conjuncts(child):
                if lexicon.is_role_noun(noun):
                    yield _role_phrase(noun, lexicon, name_tokens), noun.tag_ in PLURAL_TAGS
    if root.dep_ == "appos" and root.head.i < span.start and lexicon.is_role_head(root.head):
        yield _role_phrase(root.head, lexicon, set(tok.i for tok in root.subtree)), root.head.tag_ in PLURAL_TAGS
    elif not parsed:
        found = _set_off_role(span, lexicon)
        if found is not None:
            yield found, False


def _set_off_role(span: Span, lexicon: PeopleLexicon) -> Optional[str]:
    """A role set off by commas right after the name, which the parser hung elsewhere in a long sentence ('a
    letter to Kevin McAleenan, who was the acting director of the Department of Homeland Security and Alex Azar,
    the Health and Human Services secretary, said ...'): an article, then words that are no verb, up to a role
    noun and a comma."""
    doc = span.doc
    start = span.end + 1
    if start + 1 >= len(doc) or doc[span.end].text != "," or doc[start].lower_ not in ("the", "a", "an"):
        return None
    for index in range(start + 1, min(start + SET_OFF_WORDS, len(doc) - 1)):
        token = doc[index]
        if token.pos_ in ("VERB", "AUX") or token.is_punct and token.text not in ("-", "&"):
            return None
        if doc[index + 1].text == "," and token.is_lower and lexicon.is_role_noun(token):
            return clean_spaces(doc[start + 1 : index + 1].text)
    return None


def predicates(span: Span, lexicon: PeopleLexicon) -> Iterable[tuple[Optional[str], bool]]:
    """Roles the name's own clauses give it: 'X, who is the director of ...', 'X, who has resigned as home
    secretary', 'X served as ambassador', 'A, B and C were just some of the actors'."""
    root = span.root
    verbs = [root.head] if root.dep_ in SUBJECT_DEPS and root.head.i != root.i else []
    clauses = [child for child in root.children if child.dep_ == "relcl" and any(
        grand.dep_ in SUBJECT_DEPS and grand.lower_ == "who" for grand in child.children)]
    for verb in verbs + clauses:
        found = _verb_role(verb, lexicon)
        if found is not None:
            yield found
    for verb in clauses:
        deed = _deed_role(verb, lexicon)
        if deed is not None:
            yield deed, False


def _deed_role(verb: Token, lexicon: PeopleLexicon) -> Optional[str]:
    """What a 'who' clause says the person does or did, as news copy introduces people by it: the doer's
    noun of the verb's object ('X, who heads the agency' is head of the agency; 'who presented the best
    actress award', 'who has won a Golden Globe', not 'who wins a place on the bench'; 'who headed the
    record company' a former head), or the clause's own words when they name a part or work ('who plays
    Hermione in the Harry Potter films', 'who is currently starring in ...'). A pronoun object ('who directed
    him') or an unnamed thing played ('who played golf') gives none."""
    if any(child.dep_ == "neg" or child.lower_ in HYPOTHETICAL for child in verb.children):
        return None
    lemma = verb.lemma_.lower()
    after = [child for child in verb.children if child.i > verb.i and child.dep_ in DEED_DEPS]
    if lemma in lexicon.deed_agents:
        obj = next((child for child in after if child.dep_ == "dobj" and child.pos_ in ("NOUN", "PROPN")), None)
        if obj is None:
            return None
        end = max([obj.i, *(child.right_edge.i for child in obj.rights if child.dep_ not in CLAUSE_DEPS)])
        words = _without_trailing_joiners(verb.doc[obj.left_edge.i : end + 1])
        if lemma in lexicon.deed_named and not _names_something(_thing(obj)):
            return None
        former = "former " if verb.tag_ == "VBD" and lemma in lexicon.deed_offices else ""
        return clean_spaces(f"{former}{lexicon.deed_agents[lemma]} of {words.text}")
    if lemma not in lexicon.deed_phrases or not after:
        return None
    end = max(child.right_edge.i for child in after)
    words = verb.doc[verb.i : end + 1]
    return clean_spaces(words.text) if _names_something(words[1:]) else None


def _thing(obj: Token) -> Span:
    """The words naming an object, with its 'of' ('a string of posthumous Grammy Awards') but not a phrase that only
    says where or against whom ('won his first cap against Australia' names no prize)."""
    end = max([obj.i, *(child.right_edge.i for child in obj.rights if child.dep_ == "prep" and child.lower_ == "of")])
    return obj.doc[obj.left_edge.i : end + 1]


def _role_phrase(head: Token, lexicon: PeopleLexicon, exclude: set[int]) -> Optional[str]:
    """The role noun with its modifiers and prepositional phrases, without a leading article."""
    keep = {head.i}
    for child in head.children:
        if child.dep_ not in NOT_ROLE_DEPS or _glued_hyphen(child):  # 'a runner-up in 1999'
            keep.update(token.i for token in child.subtree)
    for token in head.subtree:
        if token.dep_ == "relcl" and token.i != head.i:  # it tells of a noun inside the role, not the person
            keep.difference_update(inner.i for inner in token.subtree)
        elif token.dep_ == "conj" and token.i != head.i and token.head.ent_type_ != "PERSON" and _full_name(token):
            # another person coordinated inside the role ('who was the acting director of the Department of
            # Homeland Security and Alex Azar, the Health and Human Services secretary'; not a partner's name in
            # a firm's: 'analyst at Prescott, Ball and Turben Inc.')
            keep.difference_update(range(token.head.i + 1, token.right_edge.i + 1))
    keep -= exclude
    start = end = head.i
    while start - 1 in keep:
        start -= 1
    while end + 1 in keep:
        end += 1
    doc = head.doc
    for index in range(start, head.i):
        if _full_name(doc[index]) and doc[index].dep_ != "poss" and "POS" not in (doc[index].tag_, doc[index + 1].tag_):
            start = index + 1  # another person named before the role noun is no part of it ('Chelsea striker Didier
            # Drogba and Arsenal midfielder Patrick Vieira': 'Arsenal midfielder'), unless the role is a relation to
            # them ('Michael Howard's ex-model wife')
    while start > 1 and _glued_hyphen(doc[start - 1]) and doc[start - 2].is_alpha and start - 2 not in exclude:
        start -= 2  # a prefix the parser hangs off the name, not the noun ('vice-president', 'co-founder')
    while start < head.i and not times_won(doc[start]) and (
            doc[start].dep_ in LEADING_NOT_ROLE or doc[start].is_punct or doc[start].dep_ == "cc"
            or doc[start].lower_ in LEADING_NOT_ROLE_WORDS or doc[start].dep_ == "poss" and doc[start].pos_ == "PRON"):
        start += 1
    while end > head.i and (doc[end].is_space or doc[end].is_punct and not _closes_bracket(doc[start:end + 1])):
        end -= 1
    return phrase(doc[start : end + 1], head)


def _glued_hyphen(token: Token) -> bool:
    return token.text == "-" and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_


def _full_name(token: Token) -> bool:
    """The word ends a person's name of two words or more the model tags."""
    if token.ent_type_ != "PERSON" or token.ent_iob_ != "I":
        return False
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is None or after.ent_iob_ != "I" or after.ent_type_ != "PERSON"


def copular_roles(doc: Doc, lexicon: PeopleLexicon, names: list[NameMention]) -> None:
    """'Schroeder is the German chancellor', and '... Rados Jurovic told RTV. He is the director of ...',
    where the role goes to the person named in the sentence before (``_referent``), unless the pronoun's own
    sentence names someone before it ('When Redknapp's appointment is confirmed, he will be Saints' ninth manager')
    or is quoted ('"He is a victim."': someone the speaker talks of). The verb is read only for a subject that is a
    person named."""
    if not names:
        return
    sentences = list(doc.sents)
    for index, sentence in enumerate(sentences):
        subject = _only_subject(sentence.root)
        if subject is None:
            continue
        named = [name for name in names if name.start <= subject.i < name.end]
        if not named and index > 0 and subject.lower_ in lexicon.pronouns and not _quoted(sentence) \
                and not any(sentence.start <= name.start < subject.i for name in names):
            named = _referent(sentences[index - 1], names)
        found = _verb_role(sentence.root, lexicon) if named else None
        if found is not None:
            named[-1].roles.append(found[0])


def _quoted(sentence: Span) -> bool:
    return sentence[0].text in OPENING_QUOTES


def _referent(previous: Span, names: list[NameMention]) -> list[NameMention]:
    """The person a sentence-opening 'he' or 'she' takes up from the sentence before: the one it names, or of
    several the subject of its main verb ('Collins, who has worked with javelin thrower Steve Backley in the past,
    started his career as a Royal Marine. He is currently professor of ...' is Collins); none when the subject is
    no one named."""
    named = [name for name in names if previous.start <= name.start < previous.end]
    if len({name.words for name in named}) < 2:
        return named
    subject = _only_subject(previous.root)
    return [name for name in named if subject is not None and name.start <= subject.i < name.end]


def _verb_role(verb: Token, lexicon: PeopleLexicon) -> Optional[tuple[str, bool]]:
    """The role a verb gives its subject, with whether it is plural: the attribute of 'be' ('is the German
    chancellor', 'were just some of the actors') or what it acts 'as' ('resigned as home secretary',
    'began her career as a lawyer'; not 'described him as a liar', whose 'as' is the object's)."""
    if any(child.dep_ == "neg" or child.lower_ in HYPOTHETICAL for child in verb.children):
        return None
    if verb.lemma_ == "be":
        for attribute in (child for child in verb.children if child.dep_ == "attr"):
            if attribute.lower_ in PARTITIVES:
                attribute = next((grand for prep in attribute.children if prep.lower_ == "of"
                                  for grand in prep.children if grand.dep_ == "pobj"), attribute)
            if lexicon.is_role_head(attribute):
                return _role_phrase(attribute, lexicon, set()), attribute.tag_ in PLURAL_TAGS
        return None
    objects = [child for child in verb.children if child.dep_ == "dobj"]
    if not all(any(grand.dep_ == "poss" and grand.lower_ in SUBJECT_PRONOUNS for grand in obj.children)
               for obj in objects):
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as" and not any(grand.lower_ == "such" for grand in prep.children):
            role = next((grand for grand in prep.children if grand.dep_ == "pobj" and lexicon.is_role_head(grand)), None)
            if role is not None:
                return _role_phrase(role, lexicon, set()), role.tag_ in PLURAL_TAGS
    return None


def _closes_bracket(words: Span) -> bool:
    """The last word closes a bracket opened inside the words ('a specialist on the National Security Council
    (NSC)')."""
    return words[-1].text == ")" and words.text.count("(") == words.text.count(")")


def _names_something(words: Span) -> bool:
    return any(is_capitalised(token) and token.pos_ == "PROPN" for token in words)


def _without_trailing_joiners(words: Span) -> Span:
    """Words without a dangling 'and' or comma the parse left at their end ('who directed American Pie and
    About A Boy', its object cut before the second title)."""
    end = words.end
    while end > words.start + 1 and (words.doc[end - 1].dep_ == "cc" or words.doc[end - 1].is_punct):
        end -= 1
    return words.doc[words.start : end]


def _only_subject(verb: Token) -> Optional[Token]:
    subjects = [child for child in verb.children if child.dep_ == "nsubj"]
    return subjects[0] if len(subjects) == 1 else None


def share_coordinated_roles(doc: Doc, names: list[NameMention], lexicon: PeopleLexicon) -> None:
    """Names coordinated with one given a plural role share it ('finance ministers A and B', 'A, B and C were
    just some of the actors'). A plural title before a name is shared only by the names after it, up to one
    with a title of its own, which opens another group ('photographers David Bailey, Rankin and Nan Goldin,
    and artists Sir Peter Blake, Tracey Emin and Jack Vettriano': Emin is no photographer), also where the parser
    reads the first list as the title's apposition (``_is_title``); a relation to the
    name before does not ('Singers Jennifer Lopez and husband Marc Anthony')."""
    if not any(name.shared for name in names):
        return  # most articles: no root read for every name
    by_root = {doc[name.start : name.end].root.i: name for name in names}
    for name in names:
        if not name.shared:
            continue
        top = doc[name.start : name.end].root
        while top.dep_ == "conj" and top.head.i != top.i:
            top = top.head
        members = sorted((other for other in (by_root.get(token.i) for token in conjuncts(top)) if other is not None),
                         key=lambda other: other.start)
        for role in name.shared:
            receivers = _titled_group(members, name, lexicon) if _is_title(role, name) else members
            for other in receivers:
                if other is not name and role not in other.roles:
                    other.roles.append(role)


def _is_title(role: str, name: NameMention) -> bool:
    """Whether a role is the name's title, also as the parser read it a second time: the plural noun before a list
    heads both the title and an apposition of the list's first name ('Balfour Beatty managers Anthony Walker and
    Nicholas Jeffries, and Railtrack managers Alistair Cook': the title 'manager', the apposition 'Balfour Beatty
    manager')."""
    if name.titled is None:
        return False
    return role == name.titled or role.split()[-1] == name.titled.split()[-1]


def _titled_group(members: list[NameMention], name: NameMention, lexicon: PeopleLexicon) -> list[NameMention]:
    """The names a title before ``name`` describes: this one and those after it up to the next with a title."""
    group = []
    for other in members:
        if other.start < name.start:
            continue
        if other is not name and other.titled is not None \
                and other.titled.split()[-1].lower() not in lexicon.relation_nouns:
            break
        group.append(other)
    return group
