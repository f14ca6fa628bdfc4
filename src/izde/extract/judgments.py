"""Translated Chinese criminal judgments: defendants, their custody and their sentences.

A judgment has a fixed form: the court and the case number at the head; per defendant a
paragraph "Defendant X (原名), male, born ..., Kazakh ethnicity, ... Taken into criminal
detention by the Y Public Security Bureau on D on suspicion of C; arrest approved on D2.
Currently held at the Z Detention Centre."; the defence lawyers; the reasoning; the verdict
"The defendant X is guilty of the crime of C and is sentenced to fixed-term imprisonment of
N years ..."; the bench (presiding judge, assessors, clerk) and the date. Each part is read
where the form puts it. Transcribed Uyghur and Kazakh names join their parts with a middle
dot ("Nuerlan·Abenuli"), which ordinary name rules do not read as one name; the characters
in brackets after it are the same person's name in Chinese.

What the form says and means: the approval of an arrest continues the same detention (its
sentence is evidence of that detention, not a second one); the term "(from 19 June 2018 to 18
June 2030)" is arithmetic, neither a detention nor a release; "deprivation of political
rights for three years" is an additional penalty, not the prison term; the hearing date is
not the sentencing date, which is the date the judgment is signed or pronounced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from izde.extract import judgment_parts as J
from izde.extract.model import Evidence, Mention, RoleClaim
from izde.extract.structured import Found, FoundPerson, name_mentions

__all__ = ["is_judgment", "read_judgment"]

_HEAD = re.compile(r"(?i)\b(?:criminal\s+(?:judge?ment|verdict|ruling)|people['’]s\s+court)\b")
_NAME = (r"[A-Z][\w'’-]*(?:\s*[·•‧・]\s*[A-Z][\w'’-]*)*"
         r"(?:\s(?!(?:male|female)\b)[A-Z][\w'’-]*(?:\s*[·•‧・]\s*[A-Z][\w'’-]*)*){0,3}")
_DEFENDANT = re.compile(
    r"(?:^|(?<=[.;]\s))[ \t]*(?:(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}\.)[ \t]+)?"  # "[2] ", "2. "
    r"(?:The\s+)?(?:[Dd]efendant|[Aa]ccused)(?:\s*\([^()\n]{1,30}\))?"
    rf"\s*:?\s+(?P<name>{_NAME})\s*(?:\((?P<alt>[^()\n]{{1,40}})\))?\s*,", re.MULTILINE)
_CASE_NO = re.compile(r"[(（]\s*(?:19|20)\d\d\s*[)）][^\n]{0,60}?No\.\s*\d+[^\n]{0,10}")


def is_judgment(text: str) -> bool:
    """A court judgment's form: a heading that names it, and a defendant."""
    return "efendant" in text and _HEAD.search(text) is not None


def read_judgment(text: str, published: str | None = None) -> Found:
    """Defendants with their events, defence lawyers and members of the bench."""
    found = Found()
    if not is_judgment(text):
        return found
    found.not_names.extend(m.span() for m in _CASE_NO.finditer(text))
    defendants = _defendants(text)
    court = J.court(text)
    verdict_date = J.judgment_date(text, published)
    for n, d in enumerate(defendants):
        person = d.person(text, f"j{n + 1}")
        found.persons.append(person)
        found.events.extend(J.custody_events(text, d.bio, person.key, published))
        sentencing = J.sentencing(text, person.key, d.names(text), len(defendants) == 1,
                                  court, verdict_date)
        if sentencing is not None:
            found.events.append(sentencing)
    found.persons.extend(_functionaries(text))
    return found


@dataclass(frozen=True)
class _Defendant:
    name: tuple[int, int]
    alt: tuple[int, int] | None
    bio: tuple[int, int]  # from the name to the next defendant or the end of its paragraph

    def names(self, text: str) -> list[str]:
        spans = [self.name] + ([self.alt] if self.alt else [])
        return [text[s:e] for s, e in spans]

    def person(self, text: str, key: str) -> FoundPerson:
        mentions = name_mentions(text, *self.name)
        if self.alt:
            mentions += name_mentions(text, *self.alt)
        ev = Evidence.of(text, self.name[0], self.name[1], 0.9)
        return FoundPerson(key, mentions, [RoleClaim("victim", ev)],
                           J.bio_attributes(text, self.bio))


def _defendants(text: str) -> list[_Defendant]:
    """Each defendant's first introduction ("Defendant X (...), male, ..."), once per name."""
    out: list[_Defendant] = []
    seen: set[str] = set()
    hits = [m for m in _DEFENDANT.finditer(text) if _is_bio(text, m.end())]
    for i, m in enumerate(hits):
        key = re.sub(r"\W+", "", m.group("name")).lower()
        if key in seen:
            continue
        seen.add(key)
        line_end = text.find("\n", m.end())
        end = len(text) if line_end < 0 else line_end
        if i + 1 < len(hits):
            end = min(end, hits[i + 1].start())
        alt = m.span("alt") if m.group("alt") and not J.is_alias_note(m.group("alt")) else None
        out.append(_Defendant(m.span("name"), alt, (m.start("name"), end)))
    return out


def _is_bio(text: str, at: int) -> bool:
    """An introduction goes on with sex, birth, ethnicity or an alias, not with a verb."""
    return J.BIO_START.match(text, at) is not None


def _functionaries(text: str) -> list[FoundPerson]:
    """Defence lawyers (role lawyer) and the bench and prosecutors (role official)."""
    out: list[FoundPerson] = []
    for role, s, e, ls, le in J.functionaries(text):
        ev = Evidence.of(text, ls, le, 0.9)
        out.append(FoundPerson(f"jf{len(out) + 1}", [Mention(s, e, text[s:e])],
                               [RoleClaim(role, ev)]))
    return out



