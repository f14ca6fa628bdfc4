"""Which date an event gets when its mentions (one per trigger) offer several.

A report tells an event once with its date right beside the trigger ("was detained on 3 May
2018": the *narrating* mention) and may come back to it later without one, or with a date that
belongs to something else ("the travel ban means he missed his father's funeral in March
2020", "since her release she has been summoned twice"). So:

- each mention proposes the date nearest its trigger, never one inside a relative clause the
  trigger is not part of ("his wife, who left for Turkey last autumn"; "a trader who was taken
  away in 2017 was later sentenced");
- a narrating mention beats one whose date is farther off or across a clause break, and the
  act beats its order ("a court ordered his expulsion on 30 November ... he was deported on
  2 December"); among narrating mentions the first told wins: contradictory dates are never
  averaged;
- a more precise date that agrees with the chosen one refines it (2018-12 and, from another
  mention, 2018-12-14);
- a mention whose nearest date cannot be resolved ("the day after he crossed", with no dated
  crossing) leaves the event undated rather than letting a neighbouring sentence's date in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from izde.extract.dates import DateMention

# a date across one of these from its trigger belongs to another clause
# (also a coordinated clause that moves time on: "was detained on 3 April 2018 and has been
# held in a camp since April 2018", "and then", "and later")
CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|whereas)\b|;|\s[—–]\s|\sand\s+(?:has|have|"
                          r"had|then|later|since|afterwards)\b")
_NEAR = 45  # characters between trigger and date for a mention to narrate its event
_PRECISION_BONUS = {"day": 60, "month": 30}
_RELATIVE_AFTER = re.compile(r"(?:,\s*|\s)(?:who|whom|whose|which|where)\b", re.IGNORECASE)
# the clause that says who told it: "..., his lawyer said on Monday" dates the telling
_ATTRIBUTION = re.compile(r"[,;—–]\s*(?:[\w'’.-]+\s+){0,6}?(?:said|says|told|tells|reported|"
                          r"confirmed|added|wrote|announced|stated|recalled)\b", re.IGNORECASE)
_RELATIVIZER = re.compile(r"\b(?:who|whose|which)\b", re.IGNORECASE)
_FINITE = re.compile(r"\b(?:was|were|has|had|have|is|are|got|did)\b|\b[a-z]{3,}ed\b",
                     re.IGNORECASE)
_ORDER_BEFORE = re.compile(r"\b(?:order(?:ed|s|ing)?|rul(?:ed|es|ing)|decid(?:ed|es)|"
                           r"decision|decree[ds]?|approv(?:ed|es))\b(?:(?!\.\s)[^;])*$",
                           re.IGNORECASE)
_ORDER_AFTER = re.compile(r"\s+(?:order|ruling|decision|decree)\b", re.IGNORECASE)
_ORDER_REACH = 40


@dataclass(frozen=True)
class MentionDate:
    """The date one mention of an event proposes, and how much to trust it."""

    date: DateMention
    cost: int  # distance to the trigger, less a bonus for precision, more across a clause
    at: int  # where the mention's trigger starts
    narrating: bool  # the date stands right by its trigger, in the same clause
    order: bool  # the trigger is something ordered ("ordered his expulsion"), not the act


def distance(span_start: int, span_end: int, trigger: tuple[int, int]) -> int:
    """Characters between a mention and a trigger, a little more for what precedes it."""
    if span_end <= trigger[0]:
        return trigger[0] - span_end + 10
    return max(0, span_start - trigger[1])


def in_other_clause(text: str, d: DateMention, trigger: tuple[int, int]) -> bool:
    """The date lies in a clause the trigger is not part of: after the trigger behind
    "who/which/where" or in the clause that attributes the report ("..., his lawyer said on
    Monday"), or before it inside a relative clause whose own verb comes first ("a trader who
    was taken away in 2017 was later sentenced")."""
    if d.start >= trigger[1]:
        return bool(_RELATIVE_AFTER.search(text, trigger[1], d.start)
                    or _ATTRIBUTION.search(text, trigger[1], d.start))
    rels = list(_RELATIVIZER.finditer(text, max(0, d.start - 160), d.start))
    if not rels or re.search(r"[.;!?\n]", text[rels[-1].end():d.start]):
        return False
    own_verb = _FINITE.search(text, rels[-1].end(), d.start)
    return own_verb is not None and _FINITE.search(text, d.end, trigger[1]) is not None


def _cost(text: str, d: DateMention, trigger: tuple[int, int]) -> tuple[int, bool]:
    lo, hi = (d.end, trigger[0]) if d.end <= trigger[0] else (trigger[1], d.start)
    broken = CLAUSE_BREAK.search(text, lo, max(lo, hi)) is not None
    near = distance(d.start, d.end, trigger)
    cost = near - _PRECISION_BONUS.get(d.precision, 0) + (200 if broken else 0)
    return cost, near <= _NEAR and not broken


def is_order(text: str, trigger: tuple[int, int]) -> bool:
    """ "ordered his expulsion", "ruled that he be deported", "a deportation order" (the order
    word before the trigger or inside it)."""
    lo = max(0, trigger[0] - _ORDER_REACH)
    return bool(_ORDER_BEFORE.search(text, lo, trigger[1])
                or _ORDER_AFTER.match(text, trigger[1]))


def mention_date(text: str, dates: Sequence[DateMention], trigger: tuple[int, int]
                 ) -> MentionDate | None:
    """The date a mention proposes: the cheapest of its sentence's dates (resolved or not)
    that is not inside another clause."""
    if not dates:
        return None
    best: MentionDate | None = None
    order = is_order(text, trigger)
    for d in dates:
        if in_other_clause(text, d, trigger):
            continue
        cost, narrating = _cost(text, d, trigger)
        if best is None or cost < best.cost:
            best = MentionDate(d, cost, trigger[0], narrating, order)
    return best


def choose(proposed: Sequence[MentionDate]) -> MentionDate | None:
    """The date of the event: the act before its order, a narrating mention before others,
    then the cheapest (the nearest, a precise date a little farther off); then refined by a
    more precise date that agrees with it."""
    dated = [p for p in proposed if p.date.edtf]
    if not dated:
        return None
    best = min(dated, key=lambda p: (p.order, not p.narrating, p.cost))
    return refined(best, dated)


def refined(best: MentionDate, dated: Sequence[MentionDate]) -> MentionDate:
    """The most precise date among ``dated`` that agrees with ``best`` (same year, month...)."""
    finer = [p for p in dated if p.date.edtf and refines(p.date.edtf, best.date.edtf or "")]
    return min(finer, key=lambda p: (-len(p.date.edtf or ""), p.cost), default=best)


_PLAIN = re.compile(r"[0-9]{4}(?:-[01][0-9](?:-[0-3][0-9])?)?")
_SEASON = re.compile(r"(?P<y>[0-9]{4})-2(?P<s>[1-4])")


def refines(finer: str, coarse: str) -> bool:
    """ "2018-12-14" refines "2018-12" and "2018"; "2017-04" refines the spring "2017-21"
    (meteorological seasons, a winter in the year of its January); intervals refine nothing."""
    if not _PLAIN.fullmatch(finer):
        return False
    season = _SEASON.fullmatch(coarse)
    if season is not None:
        return len(finer) > 4 and _season_of(finer) == coarse
    return (bool(_PLAIN.fullmatch(coarse)) and len(finer) > len(coarse)
            and finer.startswith(coarse + "-"))


def _season_of(day_or_month: str) -> str:
    y, m = int(day_or_month[:4]), int(day_or_month[5:7])
    index = {12: 3, 1: 3, 2: 3}.get(m, (m - 3) // 3)
    return f"{y + (m == 12):04d}-{21 + index}"


def blocked(proposed: Sequence[MentionDate]) -> bool:
    """No mention has a usable date but one narrates with a date that could not be resolved
    ("was detained the day after he crossed"): the event's time is told, only unknown, so a
    neighbouring sentence's date must not stand in for it."""
    return (not any(p.date.edtf for p in proposed)
            and any(p.narrating and p.date.edtf is None for p in proposed))


__all__ = ["CLAUSE_BREAK", "MentionDate", "blocked", "choose", "distance", "in_other_clause",
           "is_order", "mention_date", "refined", "refines"]
