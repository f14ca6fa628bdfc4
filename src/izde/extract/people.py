"""Build ``ExtractedPerson`` records: names, mentions, roles and attributes with evidence.

Roles: victim when an event of a violation type happens to the person; journalist from
bylines; relative when kin of a victim; the rest from cue words around mentions
(``profile.roles_by_cue``) and from protest activity ("staged a protest", "picketing").
"""

from __future__ import annotations

import re

from izde.extract.coref import Cluster
from izde.extract.keywords import searched_in_documents
from izde.extract.model import (
    Attribute,
    Evidence,
    ExtractedEvent,
    ExtractedPerson,
    ExtractedRelation,
    Mention,
    RoleClaim,
)
from izde.extract.profile import ACTIVITY_RE, attributes, roles_by_cue
from izde.extract.references import PersonIndex
from izde.extract.segment import Sentence
from izde.extract.spans import WordHits
from izde.extract.subjects import subject_before

# every ACTIVITY_RE match starts with one of these
_ACTIVITY_STEMS = searched_in_documents(("protest", "picket", "campaign", "demonstrat",
                                          "rallied"))
VIOLATIONS = frozenset({
    "detention", "internment", "disappearance", "sentencing", "imprisonment", "transfer",
    "deportation", "assault", "threat", "harassment", "torture", "house_arrest", "travel_ban",
    "passport_confiscation", "death",
})


def build_persons(clusters: list[Cluster], index: PersonIndex, sents: list[Sentence],
                  events: list[ExtractedEvent], relations: list[ExtractedRelation],
                  bylines: set[tuple[int, int]]) -> list[ExtractedPerson]:
    """One ExtractedPerson per cluster with every role and attribute found."""
    roles = roles_by_cue(index)
    _event_roles(events, roles)
    _activity_roles(index, sents, roles)
    _relative_roles(relations, roles)
    attrs = attributes(index, sents)
    _birth_years(index, clusters, attrs)
    out: list[ExtractedPerson] = []
    for c in clusters:
        if c.key in index.aliases:
            continue  # another spelling of a person: its mentions are that person's
        journalist = [m for m in c.mentions if (m.start, m.end) in bylines]
        person = ExtractedPerson(c.key, c.name, c.names(),
                                 [Mention(m.start, m.end, m.text) for m in c.mentions])
        _add_aliases(person, clusters, index)
        if journalist and c.key != index.narrator:  # (an essayist is the story's "I")
            m = journalist[0]
            person.roles = [RoleClaim("journalist", Evidence.of(index.text, m.start, m.end, 0.9))]
        else:
            person.roles = _dedupe(roles.get(c.key, []))
        person.attributes = _gender(index, c) + attrs.get(c.key, [])
        out.append(person)
    return out


# right after a name and any gloss in brackets: "X (Айгүл ...), b. 1988,", "X (born 1975)"
_BORN = re.compile(r"(?:\s*\([^()\n]{1,60}\))?\s*[,(]\s*(?:b\.|born(?:\s+in)?)\s*((?:19|20)\d\d)\b",
                   re.IGNORECASE)


def _opens_aside(text: str, end: int) -> bool:
    """A comma or a bracket is the first thing after the mention, as ``_BORN`` needs: most
    mentions are ruled out without the pattern."""
    return text[end:end + 90].lstrip()[:1] in (",", "(")


def _birth_years(index: PersonIndex, clusters: list[Cluster],
                 attrs: dict[str, list[Attribute]]) -> None:
    """Birth years stated in apposition, as case lists and bulletins give them."""
    for c in clusters:
        if any(a.property == "birth_year" for a in attrs.get(c.key, [])):
            continue
        for m in c.mentions:
            hit = _BORN.match(index.text, m.end, m.end + 90) if _opens_aside(
                index.text, m.end) else None
            if hit:
                ev = Evidence.of(index.text, m.start, hit.end(), 0.8)
                attrs.setdefault(c.key, []).append(Attribute("birth_year", int(hit[1]), ev))
                break


def _event_roles(events: list[ExtractedEvent], roles: dict[str, list[RoleClaim]]) -> None:
    for e in events:
        if e.type in VIOLATIONS:
            roles.setdefault(e.person, []).append(RoleClaim("victim", e.evidence[0]))


def _activity_roles(index: PersonIndex, sents: list[Sentence],
                    roles: dict[str, list[RoleClaim]]) -> None:
    stems = WordHits(_ACTIVITY_STEMS, index.folded, index.keyword_hits)  # not per sentence
    for s in sents:
        if not stems.any_in(s.start, s.end):
            continue
        for m in ACTIVITY_RE.finditer(index.text, s.start, s.end):
            for key in subject_before(index, s.start, m.start(), 0):
                ev = Evidence.of(index.text, s.start, s.end, 0.6)
                roles.setdefault(key, []).append(RoleClaim("activist", ev))


def _relative_roles(relations: list[ExtractedRelation],
                    roles: dict[str, list[RoleClaim]]) -> None:
    victims = {k for k, rs in roles.items() if any(r.role == "victim" for r in rs)}
    for r in relations:
        for me, other in ((r.subject, r.object), (r.object, r.subject)):
            if other in victims:
                roles.setdefault(me, []).append(RoleClaim("relative", r.evidence))


def _add_aliases(person: ExtractedPerson, clusters: list[Cluster], index: PersonIndex) -> None:
    """The mentions and spellings of the person's other names ("X (also spelled Y)"),
    whether or not the other name was found as a person mention of its own."""
    # a name as its words read ("QADYRBEK, Ersin" is "Ersin Qadyrbek"), a spelling as written
    mentions = [(Mention(m.start, m.end, m.text), " ".join(m.tokens)) for c in clusters
                if index.aliases.get(c.key) == person.key for m in c.mentions]
    mentions += [(Mention(s, e, index.text[s:e]), index.text[s:e])
                 for s, e, k in index.alias_spans if k == person.key]
    known = {(m.start, m.end) for m in person.mentions}
    for m, name in sorted(mentions, key=lambda pair: pair[0].start):
        if (m.start, m.end) not in known:
            known.add((m.start, m.end))
            person.mentions.append(m)
            if name not in person.names:
                person.names.append(name)
    person.mentions.sort(key=lambda m: m.start)


def _dedupe(claims: list[RoleClaim]) -> list[RoleClaim]:
    seen: dict[str, RoleClaim] = {}
    for c in claims:
        seen.setdefault(c.role, c)
    return list(seen.values())


def _gender(index: PersonIndex, c: Cluster) -> list[Attribute]:
    g = index.gender.get(c.key)
    if not g:
        return []
    m = c.mentions[0]
    return [Attribute("gender", g, Evidence.of(index.text, m.start, m.end, 0.6))]
