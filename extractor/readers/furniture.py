"""Headlines and page furniture: the lines of an article that are not the story.

Wire copy and text dumps open with the headline ("GERMAN BANK SUPERVISOR CALLS FOR WIDER REGULATION",
"Stars shine on Bafta red carpet"), end with a sign-off ("Reuter"), and web pages interleave teasers of
other stories ("Man Shot at Dallas Gas Station Dies at Hospital") with their own words around the story:
list headings ("DON'T MISS"), promos ("Read more: ..."), prompts ("Subscribe to the Morning Review
newsletter"), time stamps ("Updated at 1:23 p.m."), contact lines ("Write to Al Root at ...@dowjones.com"),
credits ("Copyright ©2019 Dow Jones"), notices ("Originally published on Live Science."), the writer's bio
("Mike Wall's book ... Follow him on Twitter @michaeldwall") and an embedded post's credit line ("— Josh Apte
(@joshapte) November 3, 2019"). A reader takes no facts from them,
and a headline's capitals make organizations and people of its words. So the headline becomes the
article's title and the body starts after it, and furniture lines are blanked before parsing: their
offsets stay, nothing is extracted from them.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from functools import cache
from typing import Iterator, Optional

from ..resources import load_json

HEADLINE_MAX_WORDS = 20
TEASER_MIN_CAPITALISED = 3
TEASER_MAX_WORDS = 16
REPEAT_MIN_WORDS = 8
REPEAT_SHARE = 0.8
PAGE_LINE_MAX_WORDS = 30
CREDIT_MAX_WORDS = 60
STAMP_MAX_WORDS = 12
TAGGED_MIN_WORDS = 3

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_WORD = re.compile(r"[^\W_][\w'’.&-]*")
_LETTER = re.compile(r"[^\W\d_]")
# A sentence's end: a line ending so is prose, not a headline or a teaser ('?' and '!' end headlines too).
_PROSE_END = re.compile(r"[.,;:]['\"’”)]?$")
_FIRST_SENTENCE = re.compile(r"^.*?[.!?](?=\s|$)", re.DOTALL)
# A line opening on a day ("June 14 -- PPL Center, Allentown, PA") is an item of a dated list, not a teaser.
_DATED = re.compile(r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d")
# A line listing three or more names is the story's list ("- Ceres Robotics, Palo Alto, California", "Path B: Bosnia
# and Herzegovina, Slovakia, Republic of Ireland, Northern Ireland"), unless a byline's mark opens it ("By Nada
# Tawfik, BBC News, New York", "– Michael Di Iorio, The Brag Magazine Editor, Writer"); and a line opening with an
# interview's turn answers in it ("A: Bob Marley, Bruno Mars, Drake", "A: Trip to Disney World").
_LISTED = re.compile(r"^(?!(?:by|posted by|written by) |[–—&])(?:[^,]+, ){2,}[^,]+$", re.IGNORECASE)
_INTERVIEW_TURN = re.compile(r"^[QA]: ")
_LABEL_END = re.compile(r"[\s.:…!|>»›-]+$")
_COMMENT_COUNT = re.compile(r"^\d[\d,]* comments?$")
# A web address or an e-mail address: "https://...", "www.clymer.co.uk", "twitter.com/paultakahashi", "x@chron.com".
# An address's name starts where a run of its characters starts (a lookbehind), or a long run with no "@" after
# it (a line of figures, a blob of base64) would be scanned again from each of its characters.
_ADDRESS = re.compile(r"https?://|\bwww\.|\bpic\.twitter\.com/|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+\b"
                      r"|^(?:[\w-]+\.)+(?:com|org|net)/\S*$")
_HANDLE = re.compile(r"(?<![\w@])@\w{2,}")
# A person's name opening a paragraph: "Mike Wall", "Jeff Foust (jeff@thespacereview.com)", "Dear Abby".
_NAME_OPENING = re.compile(r"^(?:[A-Z][a-z][\w'’.-]*|[A-Z]\.)(?: (?:[A-Z][a-z][\w'’.-]*|[A-Z]\.)){1,2}(?:'s|’s)?"
                           r"(?: \([^()]{1,80}\))?(?= )")
# A way to reach the writer: "Follow him on Twitter", "Contact Dear Abby at", "email her at".
_CONTACT = re.compile(r"\b(?i:follow|contact|email|e-mail|reach|write to) "
                      r"(?:him|her|them|me|us|[A-Z][\w ]{0,30}? at)\b")
# An embedded post's credit line: "— Arvind Kejriwal (@ArvindKejriwal) November 1, 2019".
_EMBED_CREDIT = re.compile(r"^[—–-]{1,2} ?[^()\n]{1,80}\(@\w{1,30}\) "
                           r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}$")
# A politician's card glued to their name in the text (thehill.com): the name again in full, headlines of other
# stories, "MORE", then the party the sentence gives ("Rep. Ilhan OmarIlhan OmarHillicon Valley: ... MORE (D-Minn.)").
# The surname is a word in lower case after its capital, so a run of capitals or a blob is never split two ways.
_NAME_CARD = re.compile(r"(?<![\w'’-])[A-Z][\w'’.-]* (?P<last>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)*)"
                        r"(?P<card>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3} (?P=last)[^\n]{0,800}? MORE)(?= \()")
# A photo's credit after its caption ("... in Taipei on December 29. Photo: AP", "... in Napo province. Credit:
# Tomas Munita/CIFOR") and the label opening a caption ("Header Image: People have lived in ..."): the caption is
# the story's, the credit and label are not.
_PHOTO_CREDIT = re.compile(r"(?<=[.!?”\"’)] )(?:Photo|Photograph|Picture|Image|Credit)s?(?: credit| source)?: "
                           r"[^\n]{1,80}$")
_IMAGE_LABEL = re.compile(r"(?i:(?:header|featured|main|top) image: )")
# A story's promo tagged by kind at its end ("... on game amid China turmoil [VIDEO]", "... [INSIGHT]|").
_TAGGED = re.compile(r"\[[A-Za-z]+\][|\s]*$")
_ISO_TIME_MARK = re.compile(r"(?<=\d)T(?=\d)")
_STAMP_TOKEN = re.compile(r"[^\W\d_][\w.']*|\d+")
# A time or a date written with digits: "1:23", "2019-11-19T08:57:40", "11/19/2019", "18 November 2019".
_STAMP_VALUE = re.compile(r"\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\b\d{1,2},? \d{4}\b"
                          r"|\b\d{1,2} [A-Za-z]+ \d{4}\b")

Span = tuple[int, int]


def lines(text: str, start: int = 0) -> Iterator[tuple[int, int, str]]:
    """(start, end, stripped text) of each line from ``start``; ``end`` excludes the line break."""
    position = start
    for line in text[start:].split("\n"):
        yield position, position + len(line), line.strip()
        position += len(line) + 1


def is_capitals(line: str) -> bool:
    """Wire headlines are set in capitals: every letter upper case, and at least two words."""
    letters = _LETTER.findall(line)
    return len(_WORD.findall(line)) >= 2 and bool(letters) and all(letter.isupper() for letter in letters)


def headline(text: str, start: int = 0) -> Optional[tuple[str, int]]:
    """The headline at ``start`` (title, where the body starts), or None when the text opens with its story.

    A headline is a first line of at most 20 words above the body: in capitals (wire copy, which may
    end on an abbreviation: "... TRADE DEAL WITH U.S."), or with no sentence end and set apart by a
    blank line. A first line ending like prose is the lead; a text of one line is all story.
    """
    found = [(line_start, line) for line_start, _, line in lines(text, start) if line]
    if len(found) < 2 or len(_WORD.findall(found[0][1])) > HEADLINE_MAX_WORDS:
        return None
    (first_start, first), (body_start, _) = found[0], found[1]
    if is_capitals(first):
        return first, body_start
    set_apart = _BLANK_LINE.search(text, first_start, body_start) is not None
    return (first, body_start) if set_apart and not _PROSE_END.search(first) else None


def paragraphs(text: str, start: int, *, lines_are_paragraphs: bool) -> Iterator[tuple[int, int, str, int]]:
    """(start, end, text, line count) of each paragraph: a line of a web page's text, else a block between
    blank lines (a hard-wrapped paragraph of wire copy is many lines)."""
    if lines_are_paragraphs:
        yield from ((s, e, line, 1) for s, e, line in lines(text, start) if line)
        return
    block: list[tuple[int, int, str]] = []
    for line in [*lines(text, start), (len(text), len(text), "")]:
        if line[2]:
            block.append(line)
        elif block:
            yield block[0][0], block[-1][1], " ".join(part for _, _, part in block), len(block)
            block = []


def is_teaser(paragraph: str) -> bool:
    """A paragraph that is a headline of its own: a short line in title case with no sentence end
    ("Man Shot at Dallas Gas Station Dies at Hospital", "'We Got Her!' Video Shows Dramatic Rescue")."""
    words = _WORD.findall(paragraph)
    if (not words or len(words) > TEASER_MAX_WORDS or _PROSE_END.search(paragraph) or _DATED.match(paragraph)
            or _LISTED.match(paragraph) or _INTERVIEW_TURN.match(paragraph)):
        return False
    small = _small_words()
    content = [word for word in words if word.lower() not in small and len(word) > 3 and _LETTER.match(word)]
    return len(content) >= TEASER_MIN_CAPITALISED and all(word[0].isupper() for word in content)


def is_list_heading(paragraph: str) -> bool:
    """A heading over links to other pages ("You may also like...", "RELATED STORIES", "DON'T MISS"), unlike a
    label of the page's own tools ("Share", "Print", "12 comments")."""
    return _LABEL_END.sub("", paragraph.strip().casefold()) in _sign_offs()["list_headings"]


def is_link_item(paragraph: str) -> bool:
    """A line under a list heading that is another page's headline, in title or sentence case ("Dave Matthews Band
    takes over Rock Hall Fan Vote", "Who will make the Rock Hall in 2020?"): short, with no sentence end."""
    words = _WORD.findall(paragraph)
    return 0 < len(words) <= TEASER_MAX_WORDS and not _PROSE_END.search(paragraph.strip())


def is_sign_off(paragraph: str) -> bool:
    """Wire copy's last line: "Reuter", "(Reporting by ...; Editing by ...)"."""
    plain = paragraph.strip().strip("()").lower()
    return plain in _sign_offs()["lines"] or plain.startswith(tuple(_sign_offs()["openings"]))


def is_page_furniture(paragraph: str) -> bool:
    """A web page's own words around the story: a list heading or comment count ("DON'T MISS", "12 comments"), a
    promo of another page ("Read more: ...", "... [VIDEO]"), a prompt ("Sign up for our newsletter", "Follow him on
    Twitter"), a time stamp, a contact line (an address or e-mail), or a credit ("Copyright ©2019 ...")."""
    line = paragraph.strip()
    lower = line.casefold()
    words = len(_WORD.findall(line))
    data = _sign_offs()
    if not words or words > CREDIT_MAX_WORDS:
        return False
    if (any(phrase in lower for phrase in data["credit_phrases"])  # legal notices, promos and bios run long
            or lower.startswith(tuple(data["promo_openings"] + data["prompt_openings"] + data["notice_openings"]))
            or _follows(lower) or is_bio(line) or _EMBED_CREDIT.match(line) is not None):
        return True
    return words <= PAGE_LINE_MAX_WORDS and (
        is_list_heading(line) or _LABEL_END.sub("", lower) in data["page_labels"]
        or _COMMENT_COUNT.match(lower) is not None
        or lower.startswith(tuple(data["credit_openings"]))
        or any(phrase in lower for phrase in data["prompt_phrases"])
        or _ADDRESS.search(line) is not None or is_stamp(line) or _credited(line)
        or (_TAGGED.search(line) is not None and words > TAGGED_MIN_WORDS))


def is_bio(paragraph: str, *, closing: bool = False) -> bool:
    """The writer's bio: a paragraph opening with a name and saying who the name is as a writer ("Eric Song is
    IGN's deal curator", "Mike Wall's book about ...", "Dear Abby is written by ..."), with a way to reach them
    ("Follow him on Twitter @michaeldwall", an address) or, ``closing``, among the last lines of the page. A story's
    sentence about a writer has neither."""
    line = paragraph.strip()
    name = _NAME_OPENING.match(line)
    if name is None or _writer_clause().match(line, name.end()) is None or len(_WORD.findall(line)) > CREDIT_MAX_WORDS:
        return False
    return closing or _CONTACT.search(line) is not None or _ADDRESS.search(line) is not None \
        or _HANDLE.search(line) is not None


def is_stamp(line: str) -> bool:
    """A line that only dates the page: "Updated at 1:23 p.m.", "UPDATED: Tue., Nov. 19, 2019",
    "5:45 AM PST 11/19/2019 by Patrick Shanley", "2019-11-19T08:57:40+01:00"."""
    dated = line.split(" by ")[0] if " by " in line else line
    tokens = _STAMP_TOKEN.findall(_ISO_TIME_MARK.sub(" ", dated).casefold())
    stamp_words = _stamp_words()
    return (0 < len(tokens) <= STAMP_MAX_WORDS and _STAMP_VALUE.search(line) is not None
            and all(token.isdigit() or token.rstrip(".") in stamp_words or token in stamp_words for token in tokens))


def _follows(lower: str) -> bool:
    """ "Follow Newsbeat on Instagram, Facebook ...", "Follow him on Twitter @mic" """
    return lower.startswith("follow ") and (any(name in lower for name in _sign_offs()["social_networks"])
                                            or _HANDLE.search(lower) is not None)


def _credited(line: str) -> bool:
    """A caption ending on its photo agency glued to it ("... in New York.Reuters") or after a slash."""
    lower = line.casefold()
    return any(lower.endswith(credit) and re.search(r"(?:[\w)]\.|/ ?|\| ?)$", lower[: -len(credit)])
               and not line[: -len(credit)].endswith(" ") for credit in _sign_offs()["photo_credits"])


class Openings:
    """The opening words of the paragraphs read so far, each filed under a few of its words, so that a paragraph is
    set only against the openings it may repeat: setting each against every earlier one grew with the square of the
    text's length (8 s for a 1.5 MB text of 4,000 paragraphs, minutes for a book). Two sets that share at least a share ``s`` of the larger one's words
    share one of the first ``n - ceil(s * n) + 1`` words of each in any fixed order (prefix filtering); the order puts
    the words the text uses least first, so few openings share a filing word."""

    def __init__(self, uses: Counter[str]) -> None:
        self._uses = uses
        self._openings: list[set[str]] = []
        self._filed: dict[str, list[int]] = {}

    def add(self, opening: set[str]) -> None:
        number = len(self._openings)
        self._openings.append(opening)
        for word in self._filing_words(opening):
            self._filed.setdefault(word, []).append(number)

    def repeated_by(self, opening: set[str]) -> bool:
        """Whether ``opening`` shares most of its words with an earlier paragraph's (a caption or a teaser)."""
        if len(opening) < REPEAT_MIN_WORDS:
            return False
        tried: set[int] = set()
        for word in self._filing_words(opening):
            for number in self._filed.get(word, ()):
                if number not in tried:
                    tried.add(number)
                    seen = self._openings[number]
                    if len(opening & seen) >= REPEAT_SHARE * max(len(opening), len(seen)):
                        return True
        return False

    def _filing_words(self, opening: set[str]) -> list[str]:
        shared = math.ceil(REPEAT_SHARE * len(opening))
        return sorted(opening, key=lambda word: (self._uses[word], word))[:len(opening) - shared + 1]


def furniture(text: str, start: int = 0, *, lines_are_paragraphs: bool = False) -> list[Span]:
    """The spans of teaser headlines, repeated captions, page furniture and the sign-off in the body from ``start``.

    A teaser is a paragraph of one line; a body that would be all furniture is left whole (a story
    that is only a headline is still a story). A card glued to a name is blanked inside its sentence, which reads
    on ("Rep. Ilhan Omar (D-Minn.), the U.S. Attorney's Office ... announced").
    """
    spans: list[Span] = []
    found = list(paragraphs(text, start, lines_are_paragraphs=lines_are_paragraphs))
    openings = [_opening_words(paragraph) for _, _, paragraph, _ in found]
    earlier = Openings(Counter(word for opening in openings for word in opening))
    listing = False  # under a list heading: the links to other pages it heads, up to the next prose
    for (begin, end, paragraph, line_count), opening in zip(found, openings):
        listing = listing and line_count == 1 and is_link_item(paragraph)
        if (listing or (line_count == 1 and is_teaser(paragraph)) or earlier.repeated_by(opening)
                or is_page_furniture(paragraph)):
            spans.append((begin, end))
            listing = listing or (line_count == 1 and is_list_heading(paragraph))
        else:
            earlier.add(opening)
    blanked_already = set(spans)
    for begin, end, paragraph, _ in reversed(found):  # the writer's bio closes the page, after its other furniture
        if (begin, end) in blanked_already or not _WORD.search(paragraph):
            continue
        if not is_bio(paragraph, closing=True):
            break
        spans.append((begin, end))
    if len(spans) == len(found):
        spans = []
    spans += [match.span("card") for match in _NAME_CARD.finditer(text, start)]
    blanks = sorted(spans)
    for begin, end, _ in lines(text, start):
        before = bisect_right(blanks, (begin, len(text)))
        if before and blanks[before - 1][1] >= end:  # the line is furniture already
            continue
        credit = _PHOTO_CREDIT.search(text, begin, end)
        label = _IMAGE_LABEL.match(text, begin + len(text[begin:end]) - len(text[begin:end].lstrip()), end)
        spans += [match.span() for match in (credit, label) if match is not None]
    written = [(s, e) for s, e, line in lines(text, start) if line]
    if len(written) > 1 and written[-1] not in spans and is_sign_off(text[written[-1][0]:written[-1][1]]):
        spans.append(written[-1])  # a line of its own, also at the end of a hard-wrapped paragraph ("...mln.\n Reuter")
    return sorted(spans)


def blanked(text: str, spans: list[Span]) -> str:
    """``text`` with each span's characters turned to spaces (line breaks kept), so no offset moves."""
    if not spans:
        return text
    characters = list(text)
    for begin, end in spans:
        for i in range(max(begin, 0), min(end, len(characters))):
            if characters[i] != "\n":
                characters[i] = " "
    return "".join(characters)


def _opening_words(paragraph: str) -> set[str]:
    match = _FIRST_SENTENCE.match(paragraph)
    return {word.lower() for word in _WORD.findall(match.group(0) if match else paragraph)}


@cache
def _writer_clause() -> re.Pattern[str]:
    """What a bio says of its writer after the name: a post ("is IGN's deal curator", "is the editor and publisher
    of"), a book ("'s book about"), a column ("is written by")."""
    roles = "|".join(map(re.escape, _sign_offs()["writer_roles"]))
    return re.compile(rf" (?:(?:is|was) (?:a|an|the|[\w.-]+(?:'s|’s)) (?:[\w-]+,? (?:and )?){{0,4}}(?:{roles})s?\b"
                      r"|(?:is|was) (?:the )?(?:co-)?author of\b|is written by\b|(?:new |latest )?book\b)")


def _stamp_words() -> frozenset[str]:
    return frozenset(_sign_offs()["stamp_words"])


def _small_words() -> frozenset[str]:
    return frozenset(_sign_offs()["title_case_small_words"])


def _sign_offs() -> dict[str, list[str]]:  # every word list of furniture.json
    return load_json("furniture.json")
