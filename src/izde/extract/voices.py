"""Who "I" and "you" are: the writer of a letter, the person an interview questions.

Appeals, open letters and interviews speak in the first and second person, and the person
behind "I" is named only once, by a convention of the genre:
- a letter's writer introduces themselves ("I, Aigerim Bekova, born 1984, appeal to you ...")
  or signs at the end under a closing formula ("With respect,\\nAigerim Bekova");
- an interview names its guest in the introduction ("Interview with X", "our correspondent
  spoke with X", "X talked to us") and then sets out questions and answers as lines labelled
  "Q:" / "A:" (or "Question:" / "Answer:"): in answers "I" and "my" are the guest, in
  questions "you" and "your" are.
The self-naming mention itself ("I, X,", the signature) says who "I" is; it is never the
antecedent of a later "he" or "she", which in a first-person text means someone else.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from izde.extract.literals import word_occurs
from izde.extract.spans import at_line_starts, fold

if TYPE_CHECKING:
    from izde.extract.references import PersonIndex

Span = tuple[int, int, str]  # (start, end, person key), sorted by start

# "I, X, born ...", "I, the undersigned, X," (apposition) and "I am his wife, X." / "My name
# is X." (a copula: the relations module reads "My name is X" too, for "my" kin)
_SELF_BEFORE = re.compile(r"(?<![\w’'])I\s*,\s*(?:the\s+undersigned\s*,?\s*)?$")
_SELF_AFTER = re.compile(r"\s*(?:,|\(|\s+born\b)")
_SELF_IS = re.compile(r"(?:(?<![\w’'])I\s+am|(?<![\w’'])I['’]m|\b[Mm]y\s+name\s+is)\s+"
                      r"(?:(?:his|her|their|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*,\s*)?$")
_SELF_IS_AFTER = re.compile(r"\s*(?:[,.;(]|\s+born\b|\s+and\b|$)", re.MULTILINE)
# a heading or preface that says whose first-person account follows: "Testimony of X",
# "Statement by the witness X", "The following account was given in Almaty by X"
_ACCOUNT_OF = re.compile(
    r"\b(?:testimony|statement|account|affidavit|deposition|letter|appeal|story|memoirs?|diary|diaries|recollections|journal)\s+(?:(?:of|by|"
    r"from)\s+(?:the\s+)?(?:(?:witness|survivor|former\s+detainee|detainee|author)\s+)?|(?:was\s+)?"
    r"(?:given|provided|written|recorded|told)\s+(?:[\w,-]+\s+){0,4}?by\s+)$", re.IGNORECASE)
# a last line that is a name, perhaps with a place and a date: "Saule Nurova, Almaty, 3 May 2021"
_SIGNATURE_REST = re.compile(r"(?:[ \t]*,[ \t]*[A-Z0-9][\w .-]*){0,3}[ \t.]*$")
_CLOSING = re.compile(
    r"(?im)^[ \t]*(?:with\s+(?:respect|hope|gratitude|(?:kind\s+|best\s+)?regards|thanks|"
    r"love|faith)|respectfully(?:\s+yours)?|sincerely(?:\s+yours)?|yours\s+(?:sincerely|"
    r"faithfully|truly|respectfully)|(?:kind|best|warm)\s+regards|regards|signed|"
    r"thank\s+you|in\s+hope)\b[ \t]*[,:.]?")
_MAY_NAME_SELF = re.compile(r"\bI\s*,|\bI\s+am\b|\bI['’]m\b|\b[Mm]y\s+name\s+is\b")
SIGNATURE_REACH = 600  # a letter's closing formula and signature are among its last lines
# "I", "my", "me" as words; spelled to open with the class [IMm] so that the engine skips to
# the next candidate at C speed (what may not stand before it is checked behind it)
_FIRST_PERSON = re.compile(r"[IMm](?<![\w’'][IMm])(?:(?<=I)|(?<=[Mm])[ye])(?![\w’'])")

# "Q:", "A.", "Question:", "Answer -": the label that opens a question or an answer line
_QUESTION_MARKS = ("Q:", "Q.", "Q -", "Q –", "Q —", "Q-", "Q–", "Q—", "Question", "QUESTION", "q:",
                   "Interviewer", "INTERVIEWER")
# an interviewer's and an interviewee's line labels (a speaker's own name as label is read by
# ``references.is_speaker_label``); a word label needs its colon
# (a protocol numbers its questions: "Q14:", "Question 14:", "A14:")
_QA_LABEL = re.compile(
    r"(?im)^[ \t]*(?:(?P<q>(?:q|question)[ \t]*[0-9]{0,3}[ \t]*[:.–—-]|interviewer[ \t]*:)|"
    r"(?P<a>(?:a|answer)[ \t]*[0-9]{0,3}[ \t]*[:.–—-]|(?:interviewee|respondent|witness)"
    r"[ \t]*:))[ \t]*")
_NUMBERED_QUESTION = re.compile(r"(?m)^[ \t]*Q(?:uestion)?[ \t]*[0-9]{1,3}[ \t]*[:.]")
_GUEST_BEFORE = re.compile(
    r"(?:\binterview(?:ed|ing)?\s+(?:with\s+)?(?!by\b)|\bconversation\s+with\s+|\b(?:spoke|speaks|"
    r"talked|talks|sat\s+down|met)\s+(?:with|to)\s+)(?:(?:the\s+)?[\w-]+\s+){0,3}?$",
    re.IGNORECASE)
_GUEST_AFTER = re.compile(
    r"(?:\s*,[^,\n]{1,60},)?\s+(?:spoke|speaks|talked|talks)\s+(?:with|to)\s+(?:us|our|this|"
    r"the\s+(?:correspondent|reporter|interviewer))\b", re.IGNORECASE)
_INTERVIEWER = re.compile(r"\b(?:(?:correspondent|reporter|journalist|editor|interviewer|host)s?"
                          r"\s*,?|interview(?:ed)?\s+by|questions\s+by)\s*$", re.IGNORECASE)


@dataclass
class Voices:
    """The first- and second-person referents of one document."""

    writer: str | None = None  # whom "I" and "my" mean outside quotations and labels
    addressee: str | None = None  # whom a letter's "you" and "your" mean outside quotations
    guest: str | None = None  # the interviewee: "I" in answers, "you" in questions
    self_named: set[tuple[int, int]] = field(default_factory=set)  # "I, X,", signatures
    qa_lines: list[tuple[int, str]] = field(default_factory=list)  # (line start, "q" / "a")
    # a transcript's labelled turns: (label line start, the speaker's key or None for a role
    # such as "HOST:" or "Mr Chair:"), and the label mentions that name a speaker
    turns: list[tuple[int, str | None]] = field(default_factory=list)
    label_spans: set[tuple[int, int]] = field(default_factory=set)
    # quotations of several paragraphs (a letter quoted whole): (start, end, its signer's key
    # or None), in text order
    blocks: list[tuple[int, int, str | None]] = field(default_factory=list)
    # paragraphs between labelled turns that the writer tells, not the last speaker:
    # (start, end), in text order
    narration: list[tuple[int, int]] = field(default_factory=list)
    # a summary of one person's account told in the third person ("Testifier: X ... He states
    # the following."): where the account begins, and the person who gives it
    reported: tuple[int, str] | None = None

    def block_at(self, pos: int) -> tuple[int, int, str | None] | None:
        """The quotation of several paragraphs that ``pos`` lies in, if any."""
        for block in self.blocks:
            if block[0] <= pos < block[1]:
                return block
        return None

    def speaker_at(self, pos: int) -> str | None:
        """Whose labelled turn of a transcript ``pos`` lies in: a turn runs from its label to
        the next label, across unlabelled paragraphs ("NURLAN: Thank you.\n\nMy sister
        ..." is Nurlan's sister)."""
        i = bisect.bisect_right(self.turns, pos, key=_turn_start) - 1
        return self.turns[i][1] if i >= 0 and not self.narrated(pos) else None

    def narrated(self, pos: int) -> bool:
        """Whether ``pos`` lies in a paragraph the writer tells between labelled turns ("VOA:
        ...\n\nKuandykuly: ...\n\nKuandykuly was released in October 2019, he said ...")."""
        i = bisect.bisect_right(self.narration, (pos, pos)) - 1
        return i >= 0 and self.narration[i][0] <= pos < self.narration[i][1]

    def other_party(self, pos: int) -> str | None:
        """Whom "you" in a labelled turn of a transcript means: in a two-party one the known
        speaker of the nearest turn after (else before) ``pos``'s turn who is not its speaker
        ("Vlast: What about your father?\n\nN.T.: ..." asks N.T.); with more voices the
        speaker of the next turn."""
        i = bisect.bisect_right(self.turns, pos, key=_turn_start) - 1
        if i < 0:
            return None
        me = self.turns[i][1]
        if len({k for _, k in self.turns}) > 2:
            # more voices: the one who answers, in the next turn ("HOST: You were taken in
            # March 2018?" / "GUEST: ..."), when that is someone else
            after = self.turns[i + 1][1] if i + 1 < len(self.turns) else None
            return after if after is not None and after != me else None
        for _, key in (*self.turns[i + 1:], *reversed(self.turns[:i])):
            if key is not None and key != me:
                return key
        return None

    def in_turn(self, pos: int) -> bool:
        """Whether ``pos`` lies in a labelled turn of a transcript (of anyone, known or not)."""
        return bool(self.turns) and pos >= self.turns[0][0] and not self.narrated(pos)

    def turn_at(self, pos: int) -> str | None:
        """"q" or "a": the labelled turn of an interview that ``pos`` lies in (a turn runs
        from its label to the next one, across unlabelled paragraphs), else None."""
        i = bisect.bisect_right(self.qa_lines, (pos, "~")) - 1
        return self.qa_lines[i][1] if i >= 0 else None


def _turn_start(turn: tuple[int, str | None]) -> int:
    return turn[0]


def find_voices(text: str, spans: list[Span]) -> Voices:
    """The writer of a letter and the guest of an interview, when the text shows them."""
    out = Voices(qa_lines=_qa_lines(text))
    if out.qa_lines:
        # an interview's "Q:" / "A:" lines are its turns; header fields before them
        # ("Applicant: X", "Interpreter: ...") are no speakers, and an answer that opens with
        # a name ("A: Serik Abenov. He is ...") names someone, not the answer's speaker
        out.guest = _guest(text, spans, out.qa_lines[0][0])
        out.writer = out.guest
        return out
    out.turns, out.label_spans = _turns(text, spans)
    out.narration = _narration(text, spans, out.turns) if out.turns else []
    out.blocks = _quoted_blocks(text, spans) if "\n" in text else []
    out.addressee = _addressee(text, spans)
    out.reported = _reported_account(text, spans) if "ollow" in text else None
    if not _may_speak_first(text) or not _FIRST_PERSON.search(text):
        return out
    for start, end, key in spans if _MAY_NAME_SELF.search(text) else ():
        if _is_self_introduction(text, start, end):
            out.self_named.add((start, end))
            out.writer = out.writer or key
    author = _thread_author(text, spans) if "@" in text or "hread" in text else None
    if author is not None:
        out.self_named.add((author[0], author[1]))
        out.writer = out.writer or author[2]
    teller = _account_teller(text, spans)
    signer = _signer(text, spans)
    unquoted = _speaks_unquoted(text, out.blocks)
    if (teller or signer) and not unquoted:
        return out  # a news story that quotes someone's "I" and ends with a name
    out.writer = out.writer or teller
    if signer is not None:
        out.self_named.add((signer[0], signer[1]))
        out.writer = out.writer or signer[2]
    if out.writer is None and unquoted:
        author = _opinion_author(text, spans)
        if author is not None:
            out.self_named.add((author[0], author[1]))
            out.writer = author[2]
    return out


# an opinion piece's author: a name alone on a line near the top ("By" before it or a job
# line after it), or the closing note on the writer ("X is a medical student in Almaty.")
AUTHOR_HEAD = 700
_BY = re.compile(r"[ \t]*(?:[Bb]y[ \t]+)?$")
_REST_OF_LINE = re.compile(r"[ \t]*(?:\n|$)")
_BIO_AFTER = re.compile(r"\s+(?:is|was)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:student|"
                        r"activist|writer|doctor|teacher|lawyer|researcher|journalist|"
                        r"engineer|daughter|son|wife|husband|sister|brother|mother|father|"
                        r"founder|director|member|resident|refugee|survivor)\b")


def _opinion_author(text: str, spans: list[Span]) -> Span | None:
    """Whose "I" a first-person opinion piece speaks in: the person its byline names alone on
    a line near its top, else the person the closing note on the writer describes
    (the last paragraph opening with a name and "is a ...")."""
    for span in spans:
        start, end, _ = span
        if start > AUTHOR_HEAD:
            break
        line = text.rfind("\n", 0, start) + 1
        if _BY.fullmatch(text, line, start) and _REST_OF_LINE.match(text, end):
            return span
    last = text.rstrip().rfind("\n\n") + 2
    tail = [sp for sp in spans if sp[0] >= last]
    if tail and tail[0][0] == last and _BIO_AFTER.match(text, tail[0][1]):
        return tail[0]
    return None


def _may_speak_first(text: str) -> bool:
    """Whether "I", "me" or "my" stands as a word in ``text``, as ``_FIRST_PERSON`` needs
    (most reports have none, which a find per word tells sooner than a scan)."""
    return any(word_occurs(text, w, whole=True) for w in ("I", "me", "my", "Me", "My"))


# the person a letter speaks to, named in its salutation ("Dear Aigerim,") or told who they
# are ("You are Yerbol Tleukhanuly, the fourth of six children"): a letter written to a missing
# relative tells their story in the second person
_DEAR = re.compile(r"(?im)^[ \t]*(?:my\s+)?dear(?:est)?[ \t]+$")
_YOU_ARE = re.compile(r"\b[Yy]ou\s+are\s+$")
_NAME_ENDS_ADDRESS = re.compile(r"[ \t]*[,.:;(\n]")


def _addressee(text: str, spans: list[Span]) -> str | None:
    """The person the letter is written to, when it names them so."""
    if "ou are" not in text and "ear" not in text:
        return None
    dear = "dear" in fold(text)  # what a salutation cannot go without: most texts lack it
    for start, end, key in spans:
        head = text[max(0, start - 20):start]
        # (the words each pattern cannot match without are tested first; the salutation is
        # all of the line before the name, matched at the line's start: a search would try
        # every position of a paragraph-long line)
        you_are = "are" in head and _YOU_ARE.search(head)
        if (you_are or (dear and _DEAR.match(text, text.rfind("\n", 0, start) + 1, start))) \
                and _NAME_ENDS_ADDRESS.match(text, end):
            return key
    return None


_QUOTED = re.compile(r"“[^“”]*”|\"[^\"\n]*\"")
# a sentence or paragraph that opens with a quotation mark
QUOTE_OPENS = re.compile(r"\s*[\"“‘']")


def _speaks_unquoted(text: str, blocks: list[tuple[int, int, str | None]] | None = None
                     ) -> bool:
    """Whether the text says "I" or "my" outside quotation marks (and outside the quotations
    of several paragraphs, ``blocks``): it is itself a first-person account, not a report
    quoting one."""
    for start, end, _ in reversed(blocks or []):
        text = text[:start] + " " * (end - start) + text[end:]
    return _FIRST_PERSON.search(_QUOTED.sub(" ", text)) is not None


_LINE = re.compile(r"[^\n]+")
BLOCK_LINES = 40  # a quotation left open longer than this many lines is a stray mark
# a quoted letter's farewell before its signature: "Yours, Dauren", "Your son, Erlan"
_FAREWELL = re.compile(r"[ \t]*(?:yours(?:\s+(?:ever|always|truly|sincerely|faithfully))?|your\s+"
                       r"(?:loving\s+|dear\s+)?[a-z]+|(?:with\s+)?love|kisses|hugs|(?:with\s+)?"
                       r"respect|regards|greetings)[ \t]*,?[ \t]*", re.IGNORECASE)


def _opens(line: str) -> bool:
    """The line opens a quotation it does not close."""
    return line.count("“") > line.count("”") or line.count('"') % 2 == 1


def _quoted_blocks(text: str, spans: list[Span]) -> list[tuple[int, int, str | None]]:
    """Quotations of several paragraphs, as print sets them: the first paragraph opens with a
    quotation mark it leaves open, the paragraphs after it may open with one again, the last
    one closes it. The signer is the person named after the farewell on the block's last line
    ("Yours, Dauren\"")."""
    out: list[tuple[int, int, str | None]] = []
    start: int | None = None
    lines = 0
    for m in _LINE.finditer(text):
        line = m.group()
        if not line.strip():
            continue
        if start is None:
            if line.lstrip().startswith(("“", '"')) and _opens(line):
                start, lines = m.start(), 0
            continue
        lines += 1
        if lines > BLOCK_LINES:
            start = None
            continue
        if line.lstrip().startswith(("“", '"')) and _opens(line):
            continue  # a paragraph of the quotation reopening the mark
        if line.count("”") > line.count("“") or line.count('"') % 2 == 1:
            out.append((start, m.end(), _block_signer(text, spans, m.start(), m.end())))
            start = None
    return out


def _block_signer(text: str, spans: list[Span], lo: int, hi: int) -> str | None:
    farewell = _FAREWELL.match(text, lo, hi)
    if farewell is None:
        return None
    at = farewell.end()
    return next((k for s, _, k in spans if s == at), None)


def _is_self_introduction(text: str, start: int, end: int) -> bool:
    """"I, Aigerim Bekova, born 1984, ...": the writer names themselves in apposition."""
    if (_SELF_BEFORE.search(text, max(0, start - 24), start) is not None
            and _SELF_AFTER.match(text, end) is not None):
        return True
    return (_SELF_IS.search(text, max(0, start - 50), start) is not None
            and _SELF_IS_AFTER.match(text, end) is not None)


def _account_teller(text: str, spans: list[Span]) -> str | None:
    """The person a heading or preface names as giving the first-person account that
    follows ("Testimony of X", "This account was given by X"), named before its first "I"."""
    first = _FIRST_PERSON.search(text)
    for start, _, key in spans:
        if first is None or start > first.start():
            return None
        if _ACCOUNT_OF.search(text, max(0, start - 70), start):
            return key
    return None


def _signer(text: str, spans: list[Span]) -> Span | None:
    """The name that follows the last closing formula near the end of the text
    ("Sincerely,\\nX"), on its line or the next, with nothing between them; else a last
    line that is only a name, a place and a date ("X, Almaty, 3 May 2021")."""
    tail = max(0, len(text) - SIGNATURE_REACH)
    closings = list(_CLOSING.finditer(text, tail))
    starts = [s for s, _, _ in spans]
    if closings:
        i = bisect.bisect_left(starts, closings[-1].end())
        gap = text[closings[-1].end():spans[i][0]] if i < len(spans) else "x"
        return spans[i] if not gap.strip(" \t\n-–—/") else None
    body = text.rstrip()
    line = body.rfind("\n") + 1
    i = bisect.bisect_left(starts, line)
    if i < len(spans) and not text[line:spans[i][0]].strip(" \t-–—/") and (
            _SIGNATURE_REST.match(body, spans[i][1])):
        return spans[i]
    return None


# a social-media thread: numbered posts ("1/", "2/8", "(3)", "4.") opening two or more lines
_POST_MARK = re.compile(r"(?m)^[ \t]*(?:\d{1,2}[ \t]*/(?:[ \t]*\d{1,2})?(?![\d/])|\(\d{1,2}\))")
_THREAD_WORD = re.compile(r"(?im)^[ \t]*(?:a\s+)?thread\b")
# the author's name beside their handle ("Aigerim K. (@aigerim_k)", "@aigerim_k (Aigerim K.)",
# "Aigerim K. @aigerim_k") or after "Thread by" / "Posted by"
_HANDLE_AFTER = re.compile(r"[ \t]*[(\[]?[ \t]*@\w{2,}")
_HANDLE_BEFORE = re.compile(r"@\w{2,}[ \t]*[(\[—–-]?[ \t]*$")
_BY_BEFORE = re.compile(r"\b(?:thread|posts?|posted|tweets?|written)\s+(?:\w+\s+)?by\s+$",
                        re.IGNORECASE)
THREAD_HEAD = 300  # the author is named in the heading or the first post


def _thread_author(text: str, spans: list[Span]) -> Span | None:
    """The author of a social-media thread (numbered posts, or a heading calling it a
    thread), named in its heading or first post beside their handle ("Aigerim K.
    (@aigerim_k)") or after "Thread by": whom the posts' "I" and "my" mean."""
    # every post mark holds a slash or a bracket: a text with neither needs no search
    marks = len(_POST_MARK.findall(text)) if "/" in text or "(" in text else 0
    if marks < 2 and _THREAD_WORD.search(text, 0, THREAD_HEAD) is None:
        return None
    for span in spans:
        start, end, _ = span
        if start > THREAD_HEAD:
            return None
        if (_HANDLE_AFTER.match(text, end) or _HANDLE_BEFORE.search(text, max(0, start - 40),
                                                                     start)
                or _BY_BEFORE.search(text, max(0, start - 30), start)):
            return span
    return None


# the time code a transcript may open its lines with: "[00:02:05] DAULET: ...", "(12:31) Q: ..."
TIMESTAMP = r"(?:[\[(]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])]|\d{1,2}:\d{2}:\d{2})[ \t]*"
# a transcript line's label: a name or role of up to four words, perhaps with a name in
# brackets ("NURLAN:", "Ms Bekova:", "Caller (Nurlan):", "Mr Chair:"), then a colon
# a label's bracketed note: a name after a role, or how the speaker appears ("(As an Individual)")
_LABEL_NOTE = r"\([^()\n]{1,40}\)"
_TURN_LABEL = re.compile(r"(?m)^[ \t]*(?:" + TIMESTAMP + r")?[A-Z][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,3}"
                         r"(?:[ \t]*" + _LABEL_NOTE + r"){0,2}[ \t]*:(?![\d/])")


# a turn says something: its line holds a sentence's end; a credit or a field ("Director:
# Aliya Nurmaganbet", "Screenings: Sat 4 Nov 19:30") names or lists, and labels no turn
_SPOKEN = re.compile(r"[.!?…]")


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


# a line that opens with a clause of saying introduces a quotation, it labels no turn: "The
# director said: ...", "The guards told us: ..."
_SAYING = re.compile(r"[ \t](?:said|says|told|tells|asked|asks|wrote|writes|added|replied|"
                     r"answered|shouted|explained|announced|declared|recalled|warned)\b")


def _turns(text: str, spans: list[Span]) -> tuple[list[tuple[int, str | None]],
                                                 set[tuple[int, int]]]:
    """The labelled turns of a transcript (two or more label lines) and the person mentions
    inside their labels; a label naming no person (a role) opens a turn of nobody known."""
    # (labels have a colon; tried at line starts only)
    found = [m for m in (at_line_starts(_TURN_LABEL, text) if ":" in text else ())
             if not _SAYING.search(m.group()) and _SPOKEN.search(text, m.end(),
                                                                  _line_end(text, m.end()))]
    if len(found) < 2:
        return [], set()
    starts = [s for s, _, _ in spans]
    turns: list[tuple[int, str | None]] = []
    named: set[tuple[int, int]] = set()
    by_name = _names_in_capitals(text, spans)
    introduced: dict[str, str] = {}
    fielded: dict[str, str | None] = {}  # the person a field line names per role, looked up once
    roles = [_role_of(m.group()) for m in found]
    recurring = _recurring_roles(roles)
    for m, role in zip(found, roles, strict=True):
        i = bisect.bisect_left(starts, m.start())
        hit = spans[i] if i < len(spans) and spans[i][1] <= m.end() else None
        key = hit[2] if hit else (_capital_label(m.group(), by_name)
                                  or _initials_label(m.group(), text, spans))
        if key is None and role in recurring:
            if role not in fielded:
                fielded[role] = _named_in_field(text, role, spans, starts)
            key = (introduced.get(role) or _introduces(text, m.end(), spans, starts)
                   or fielded[role])
            if key is not None:
                introduced.setdefault(role, key)
        turns.append((m.start(), key))
        if hit:
            named.add((hit[0], hit[1]))
    return turns, named


# the writer telling what someone said: "..., he said.", '"...," Kuandykuly said'
_NARRATED = re.compile(r"\b(?:he|she|they)\s+(?:also\s+)?(?:said|says|told|recalled|added)\b|"
                       r"[,”\"’]\s*(?:(?-i:[A-Z])[\w'’-]+\s+){1,3}(?:said|says|told|recalled|added)\b|"
                       r"\baccording\s+to\b", re.IGNORECASE)


def _narration(text: str, spans: list[Span],
               turns: list[tuple[int, str | None]]) -> list[tuple[int, int]]:
    """Unlabelled paragraphs after a labelled turn that read as the writer's: they tell what
    someone said in the third person, or name the last speaker as one names another
    ("Kuandykuly was released in October 2019"). A transcript's answer running over several
    paragraphs does neither."""
    out: list[tuple[int, int]] = []
    labels = {start for start, _ in turns}
    starts = [s for s, _, _ in spans]
    k = 0
    pos = text.find("\n", turns[0][0])
    while pos >= 0:
        start = pos + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        while k + 1 < len(turns) and turns[k + 1][0] <= start:
            k += 1
        speaker = turns[k][1]
        line = text[start:end]
        if line.strip() and start not in labels and not _is_label_line(text, start, labels):
            i = bisect.bisect_left(starts, start)
            named = [key for s, _, key in spans[i:] if s < end] if speaker else []
            if _NARRATED.search(line) or speaker in named:
                out.append((start, end))
        pos = text.find("\n", end) if end < len(text) else -1
    return out


def _is_label_line(text: str, start: int, labels: set[int]) -> bool:
    """Whether a labelled turn opens on this line (after leading blanks)."""
    stripped = len(text[start:]) - len(text[start:].lstrip(" \t"))
    return start + stripped in labels


# a label of initials: "N.T.:", "NT:", "A. B.:"
_INITIALS = re.compile(r"[ \t]*((?:[A-Z]\.?[ \t]?){2,3})[ \t]*:")


def _initials_label(label: str, text: str, spans: list[Span]) -> str | None:
    """The person a label of initials stands for ("N.T.:" for Nazugum Tahir, named in full
    before): the one person named in full whose words' first letters they are."""
    m = _INITIALS.fullmatch(label)
    if m is None:
        return None
    letters = "".join(c for c in m.group(1) if c.isalpha())
    found = {k for s, e, k in spans
             if "".join(w[0] for w in text[s:e].split()).upper() == letters}
    return found.pop() if len(found) == 1 else None


def _recurring_roles(roles: list[str]) -> set[str]:
    """The labels of speakers who take several turns ("DEFENDANT:", "WITNESS:"); a heading
    such as "Case 1: X" is used once and introduces what follows, not a speaker."""
    return {r for r, n in Counter(roles).items() if n > 1 and not any(c.isdigit() for c in r)}


def _role_of(label: str) -> str:
    """A role label without its time code and case: "[00:01] HOST:" -> "host"."""
    return " ".join(_LABEL_NAME.findall(re.sub(TIMESTAMP, "", label).split("(")[0])).lower()


# a turn that opens by giving a name and nothing else ("DEFENDANT: Dauletuly Yerbol.",
# "WITNESS: Yes, Your Honour. Sergeant Kanat Zhakupov.", "[00:00:08] ISLAMKHANULY: Waleikumassalam.
# My name is Bekassyl Islamkhanuly.") is its speaker introducing themself
_NAME_ENDS = re.compile(r"[ \t]*[.\n]")
_OPENERS = re.compile(r"[ \t]*(?:(?:yes|no|I\s+am|my\s+name\s+is)\b[^.\n]{0,20}?[.,][ \t]*)?"
                      r"(?:(?:[^.!?\n]{1,40}[.!][ \t]+)?(?:my\s+name\s+is|I\s+am)[ \t]+)?"
                      r"(?:(?:Mr|Mrs|Ms|Dr|Sergeant|Captain|Major|Lieutenant|Officer|Colonel)"
                      r"\.?[ \t]+)?", re.IGNORECASE)


def _introduces(text: str, pos: int, spans: list[Span], starts: list[int]) -> str | None:
    """The person a role's turn at ``pos`` (after its label) opens by naming: its speaker."""
    opener = _OPENERS.match(text, pos)
    at = opener.end() if opener else pos
    i = bisect.bisect_left(starts, at)
    if i >= len(spans) or spans[i][0] != at or not _NAME_ENDS.match(text, spans[i][1]):
        return None
    return spans[i][2]


def _named_in_field(text: str, role: str, spans: list[Span], starts: list[int]) -> str | None:
    """The person a field line names for a role ("Witness: Assel Kairbekkyzy, by video link
    from Almaty" over a transcript whose turns are labelled "THE WITNESS:")."""
    bare = role.removeprefix("the ")
    if not bare:
        return None
    field = re.compile(r"(?im)^[ \t]*(?:the[ \t]+)?" + re.escape(bare).replace(r"\ ", r"[ \t]+")
                       + r"[ \t]*:[ \t]*")
    for m in field.finditer(text):
        i = bisect.bisect_left(starts, m.end())
        if i < len(spans) and spans[i][0] == m.end() and _FIELD_NAME_ENDS.match(
                text, spans[i][1]) and not _SPOKEN.search(text, spans[i][1],
                                                          _line_end(text, m.end())):
            return spans[i][2]  # (a field, not a turn: "THE WITNESS: Adilbek, my brother,
            # was taken." says something)
    return None


# the summary's opening of the account it retells: "He states the following.", "She
# testified as follows:"
_ACCOUNT_ROLES = ("testifier", "witness", "applicant", "deponent", "interviewee", "declarant")
_ACCOUNT_FOLLOWS = re.compile(r"\b(?:He|She|The\s+(?:" + "|".join(_ACCOUNT_ROLES) + r"))\s+"
                              r"(?:states|stated|says|said|recounts|recounted|testifies|"
                              r"testified|declares|declared|reports|reported|told\s+\w+)\s+"
                              r"(?:the\s+following|as\s+follows)\s*[.:]")


def _reported_account(text: str, spans: list[Span]) -> tuple[int, str] | None:
    """Where a summary of one person's account begins, and whose it is: a field line names
    the testifier ("Testifier: Nurgali Muratbekuly, born 1991") and the summary says the
    account follows ("He states the following."). Its "he" is the testifier wherever a point
    names no one else first."""
    follows = _ACCOUNT_FOLLOWS.search(text)
    if follows is None:
        return None
    starts = [s for s, _, _ in spans]
    for role in _ACCOUNT_ROLES:
        key = _named_in_field(text, role, spans, starts)
        if key is not None:
            return follows.end(), key
    return None


# a name given as a field's whole value, or with an aside after it
_FIELD_NAME_ENDS = re.compile(r"[ \t]*(?:[,(\n]|$)")


def _names_in_capitals(text: str, spans: list[Span]) -> dict[str, str]:
    """Each full name of the text in capitals ("DAULET MUKHAMETKALI"), to its person; and
    each name after an honorific ("Ms. Ziyadin" as "MS ZIYADIN"), as a committee's transcript
    labels its witnesses."""
    out = {_label_key(text[s:e]): k for s, e, k in spans if " " in text[s:e]}
    for s, e, k in spans:
        title = _TITLE_BEFORE.search(text, max(0, s - 6), s)
        if title is not None:
            out.setdefault(_label_key(title.group(1) + " " + text[s:e]), k)
    return out


# an honorific right before a name: "Ms. Ziyadin", "Mr Pettigrew"
_TITLE_BEFORE = re.compile(r"\b(Mrs?|Ms|Miss|Dr)\.?[ \t]+$")
# honorifics that open a label and are no part of the name ("MS. SAYAGUL PERNEBEKKYZY")
_LABEL_TITLE = re.compile(r"^(?:(?:THE[ \t]+)?HON(?:OURABLE|ORABLE)?\.?|MRS?\.?|MS\.?|MISS|DR\.?)"
                          r"[ \t]+", re.IGNORECASE)


def _label_key(name: str) -> str:
    return " ".join(name.replace(".", " ").split()).upper()


_LABEL_NAME = re.compile(r"[\w'’.-]+(?:[ \t]+[\w'’.-]+)*")
_BRACKETED = re.compile(_LABEL_NOTE)


def _capital_label(label: str, by_name: dict[str, str]) -> str | None:
    """The person a label in capitals names ("[00:00:42] DAULET MUKHAMETKALI:", "MS. SAYAGUL
    PERNEBEKKYZY (As an Individual):", "MS. ZIYADIN:", a role with the name in brackets: "THE
    CHAIR (MR. PHILIPPE ROCHON):"), when the text names them in the usual case elsewhere; a
    role alone ("HOST:") names nobody."""
    notes = [note[1:-1] for note in _BRACKETED.findall(label)]
    for part in (label.split("(")[0].rstrip(" \t:"), *notes):
        words = [w for w in _LABEL_NAME.findall(part) if not w[0].isdigit()]
        if not words:
            continue
        head = " ".join(words)
        key = by_name.get(_label_key(head)) or by_name.get(_label_key(_LABEL_TITLE.sub("", head)))
        if key is not None:
            return key
    return None


def _qa_lines(text: str) -> list[tuple[int, str]]:
    """Lines labelled as questions or answers; an interview has both kinds."""
    if not any(q in text for q in _QUESTION_MARKS) and not (
            "Q" in text and _NUMBERED_QUESTION.search(text)):  # (a scan of every line start)
        return []
    found = [(m.start(), "q" if m.group("q") else "a") for m in _QA_LABEL.finditer(text)]
    kinds = {k for _, k in found}
    if kinds == {"q"}:  # a testimony that numbers its answers: "Q: ...\n\n1. My name is ..."
        found = sorted(found + _numbered_answers(text, [at for at, _ in found]))
        kinds = {k for _, k in found}
    return found if kinds == {"q", "a"} else []


# an answer numbered at its line's start, right after a question ("2. In January 2018 I ...")
_NUMBERED_ANSWER = re.compile(r"[ \t]*[0-9]{1,3}[.)][ \t]+(?=\S)")


def _numbered_answers(text: str, questions: list[int]) -> list[tuple[int, str]]:
    """The numbered answers, each the first line after a question, when at least two
    questions have one."""
    out: list[tuple[int, str]] = []
    for q in questions:
        nl = text.find("\n", q)
        while nl >= 0 and text.startswith("\n", nl + 1):
            nl += 1  # blank lines between the question and its answer
        if nl >= 0 and _NUMBERED_ANSWER.match(text, nl + 1):
            out.append((nl + 1, "a"))
    return out if len(out) >= 2 else []


def _guest(text: str, spans: list[Span], first_turn: int) -> str | None:
    """The person the introduction says was interviewed; else the only person named before
    the first question who is not introduced as the interviewer."""
    intro = [sp for sp in spans if sp[0] < first_turn]
    for start, end, key in intro:
        if _INTERVIEWER.search(text, max(0, start - 30), start):
            continue
        if _GUEST_BEFORE.search(text, max(0, start - 40), start) or _GUEST_AFTER.match(
                text, end, end + 90):
            return key
    others = {k for s, _, k in intro if not _INTERVIEWER.search(text, max(0, s - 30), s)}
    return others.pop() if len(others) == 1 else None


def adopt_labels(index: PersonIndex) -> None:
    """Make the speakers named in transcript labels that ``references`` does not read as
    labels ("Caller (Nurlan):", "Ms Bekova:") labels too: each is "I" on its line, never
    a later "he" or "she"; one labelled speaker alone is the narrator of the text."""
    extra = index.voices.label_spans - index.labels
    if not extra:
        return
    index.labels |= extra
    index.self_naming |= extra
    keys = {k for s, e, k in index.spans if (s, e) in index.labels}
    if index.narrator is None and len(keys) == 1:
        index.narrator = keys.pop()
