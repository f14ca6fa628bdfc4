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
- a date on the noun of another act named as the event's reference point dates that act
  ("was sentenced after his arrest in 2017"); a release dated by a range is at its end;
- a date in a background clause (pluperfect, a reason, "since December") dates no event of
  the sentences around it (``is_background``, for the steps that look at neighbours);
- a mention whose nearest date cannot be resolved ("the day after he crossed", with no dated
  crossing) leaves the event undated rather than letting a neighbouring sentence's date in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from izde.extract.dates import DateMention
from izde.extract.literals import may_occur, required_literals
from izde.extract.trigger_spec import SHARED_ROOM
from izde.extract.values import value_class

# a date across one of these from its trigger belongs to another clause
# (also a coordinated clause that moves time on: "was detained on 3 April 2018 and has been
# held in a camp since April 2018", "and then", "and later")
CLAUSE_BREAK = re.compile(r",[”\"’']?\s+(?:and|but|while|whereas)\b|;|\s[—–]\s|\sand\s+(?:has|have|"
                          r"had|then|later|since|afterwards)\b")
_NEAR = 45  # characters between trigger and date for a mention to narrate its event
_PRECISION_BONUS = {"day": 60, "month": 30}
_RELATIVE_AFTER = re.compile(r"(?:,\s*|\s)(?:who|whom|whose|which|where)\b", re.IGNORECASE)
# the clause that says who told it: "..., his lawyer said on Monday" dates the telling
_ATTRIBUTION = re.compile(r"[,;—–]\s*(?:[\w'’.-]+\s+){0,6}?(?:said|says|told|tells|reported|"
                          r"confirmed|added|wrote|announced|stated|recalled)\b", re.IGNORECASE)
_RELATIVIZER = re.compile(r"\b(?:who|whose|which)\b", re.IGNORECASE)
_FINITE = re.compile(r"\b(?:was|were|has|had|have|is|are|got|did|went|left|fled|came|became|"
                     r"ran|took|gave|spent|lost|fell|made|told|said|saw|met|sent|fought|"
                     r"taught|wrote|spoke|died|dies|lay|hid|sat|stood)\b|\b[a-z]{3,}ed\b",
                     re.IGNORECASE)
_ORDER_BEFORE = re.compile(r"\b(?:order(?:ed|s|ing)?|rul(?:ed|es|ing)|decid(?:ed|es)|"
                           r"decision|decree[ds]?|approv(?:ed|es))\b(?:(?!\.\s)[^;])*$",
                           re.IGNORECASE)
_ORDER_AFTER = re.compile(r"\s+(?:order|ruling|decision|decree)\b", re.IGNORECASE)
_ORDER_REACH = 40


@value_class
class MentionDate:
    """The date one mention of an event proposes, and how much to trust it."""

    date: DateMention
    cost: int  # distance to the trigger, less a bonus for precision, more across a clause
    at: int  # where the mention's trigger starts
    narrating: bool  # the date stands right by its trigger, in the same clause
    order: bool  # the trigger is something ordered ("ordered his expulsion"), not the act
    since: bool = False  # the date starts a state ("since February"), not the act's time


def distance(span_start: int, span_end: int, trigger: tuple[int, int]) -> int:
    """Characters between a mention and a trigger, a little more for what precedes it."""
    if span_end <= trigger[0]:
        return trigger[0] - span_end + 10
    return max(0, span_start - trigger[1])


# the trigger inside a relative clause set off by commas: "His wife, who spent eight months in
# a camp in 2018, applied in June for a passport": a date after its closing comma is the
# main clause's
_OPEN_RELATIVE = re.compile(r",\s*(?:who|which|whose|whom)\b[^,;.!?\n]*$", re.IGNORECASE)
# a clause of what came after: "held in a camp before the court sentenced him in 2019"
_BEFORE_CLAUSE = re.compile(r"\b(?:before|until|till)\s+(?!(?:his|her|their|the)\s+\w+\s*"
                            r"(?:in|on|of)\b)", re.IGNORECASE)


# an event told by its length after another act: the date before it is that act's
_LENGTH_AS_TIME = re.compile(r"(?:after|following)\s+(?:[\w-]+\s+){0,4}?(?:days?|weeks?|months?|"
                             r"years?)\b", re.IGNORECASE)


# the time of the telling, right after its verb: "... after nine months in a detention camp
# in China's Xinjiang region said on Thursday"
_SAID_ON = re.compile(r"\b(?:said|says|told(?:\s+[\w'’]+){0,3}|announced|reported|confirmed)\s+"
                      # "she said by phone on November 17", "said in an interview on"
                      r"(?:(?:by\s+(?:phone|telephone)|over\s+the\s+phone|in\s+an?\s+(?:interview|"
                      r"statement|message))\s+)?"
                      r"(?:on\s+|late\s+on\s+|early\s+on\s+)?$")


# a relative clause about the trigger's object closed by a comma right before the date, which
# is then the main clause's again: "sentenced her husband, whose name appears in the verdict as
# Batierhan Ketebayi (巴特尔汗·克特巴依), in December 2019"
_RELATIVE_CLOSED = re.compile(r",\s*(?:who|whom|whose|which)\b[^.;]*?,\s*(?:(?:in|on|around|"
                              r"about)\s+)?$", re.IGNORECASE)


def _closes_relative(text: str, d: DateMention, trigger: tuple[int, int]) -> bool:
    """The main clause's verb comes after the comma that closes the trigger's relative clause
    ("..., who spent eight months in a camp in 2018, applied in June": not a gloss, "whose son
    was arrested in Dorbiljin, known in Chinese as Emin, in 2018")."""
    if _OPEN_RELATIVE.search(text, max(0, trigger[0] - 120), trigger[0]) is None:
        return False
    comma = text.find(",", trigger[1], d.start)
    return comma >= 0 and _FINITE.search(text, comma, d.start) is not None


def _later_clause(text: str, d: DateMention, trigger: tuple[int, int]) -> bool:
    """Between the trigger and the date, "before" or "until" opens a clause with a verb of its
    own: the date is that later act's ("held in a camp before the Yining court sentenced him
    in 2019"; not "held until his trial in 2019", see ``of_earlier_act``)."""
    if _THEN_CLAUSE.search(text, trigger[1], d.start):
        return True  # "was first held in a camp, then convicted in June 2019"
    if _DATED_THEN_AND.search(text, trigger[1], d.start):
        return True  # "confiscated on her arrival in 2018 and returned only in December"
    if _AND_THEN_DATE.search(text, trigger[1], d.start) and _ACT_AFTER_DATE.match(text, d.end):
        return True  # "held in a camp and in December 2019 sentenced": the sentencing's
    m = _BEFORE_CLAUSE.search(text, trigger[1], d.start)
    return m is not None and _FINITE.search(text, m.end(), d.start) is not None


# the trigger itself says its act came after the one told before: "and was later sentenced"
_LATER = re.compile(r"\b(?:later|subsequently|eventually|afterwards)\b", re.IGNORECASE)
# the verb of a second act ("sentenced" is one of the -ed words)
_ACT_VERB = r"(?:[a-z]+ed|sent|taken|held|given)\b"
# the act's own year told, then a second verb with its own time
_DATED_THEN_AND = re.compile(r"\b(?:19|20)\d\d\b[^.;,]{0,30}?\s+and\s+(?:(?:then|later|only|"
                             r"subsequently|eventually)\s+)?" + _ACT_VERB)
# a second act's time told before its verb: "and in December 2019 sentenced to 11 years"
_AND_THEN_DATE = re.compile(r"\band\s+(?:(?:then|later)\s+)?(?:in|on)\s+$", re.IGNORECASE)
_ACT_AFTER_DATE = re.compile(r",?\s+(?:was\s+|were\s+)?" + _ACT_VERB)
_THEN_CLAUSE = re.compile(r",\s+(?:and\s+)?(?:then|later|afterwards)\s+(?:was\s+|were\s+)?"
                          + _ACT_VERB)


# a fronted phrase of the telling, up to the date: "Testifying in court last week, ...",
# "Speaking to RFA on Monday, ..."
_TELLING_OPENS = re.compile(r"[\s\"“(]*(?:Testifying|Speaking|Talking|Writing|Giving\s+evidence|"
                            r"Interviewed|Asked|Contacted)\b[^,.;]*$")


# a past participle opening the sentence, up to the comma that closes its clause: "Detained
# on March 2, 2017," "Released in 2019 after two years in a camp,"
_PARTICIPLE_OPENS = re.compile(r"[\s\"“(]*(?-i:[A-Z])[a-z]+(?:ed|en|eld|ent|aken)\b(?:\s+(?:by|"
                               r"on|in|at|from|to|for|after|before|during|near|with|and|"
                               r"without|under|into|over)\b)[^;:.!?\n]*?\d[^;:.!?\n]*?,"
                               r"(?=\s+(?:he|she|they|I|we|(?-i:[A-Z])[\w'’-]+)\b)")


def _opening_participle(text: str, dates: Sequence[DateMention], trigger: tuple[int, int]
                        ) -> int:
    """Where a dated participle clause that opens the trigger's sentence ends, when the main
    clause, the trigger's, has a date of its own ("Detained on March 2, 2017, she was
    sentenced in November 2018": November dates the sentencing); else 0. Without a date of
    its own the main clause's act follows the participle's ("Released in 2019, she was
    barred from leaving the county")."""
    if not dates:
        return 0
    m = _PARTICIPLE_OPENS.match(text, _line_start(text, dates[0].start))
    if m is None or m.end() > trigger[0] or not any(d.start >= m.end() for d in dates):
        return 0
    return m.end()


# a penalty and the act it punishes, told after it with its own date: "serving a 15-year
# sentence on terrorism charges for sending him money in 2015", "sentenced him to seven
# years ..., citing a trip to Turkey in 2015" (the act's date, not the sentence's)
_PENALTY = re.compile(r"sentenc|convict|jail|serv(?:e|es|ed|ing)\b|term", re.IGNORECASE)
_GROUND = re.compile(r"\b(?:citing|(?:for|over)\s+(?:(?:his|her|their|a|an|the)\s+)?"
                     r"(?-i:[a-z]+ing)\b(?<!\bbeing)(?<!\bduring))", re.IGNORECASE)


def _line_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` may start: after the last full stop or line break."""
    return max(text.rfind(". ", 0, pos) + 1, text.rfind("\n", 0, pos) + 1)


def in_other_clause(text: str, d: DateMention, trigger: tuple[int, int]) -> bool:
    """The date lies in a clause the trigger is not part of: after the trigger behind
    "who/which/where" or in the clause that attributes the report ("..., his lawyer said on
    Monday"), or before it inside a relative clause whose own verb comes first ("a trader who
    was taken away in 2017 was later sentenced")."""
    if d.start >= trigger[1]:
        return bool((_RELATIVE_AFTER.search(text, trigger[1], d.start)
                     and not _RELATIVE_CLOSED.search(text, trigger[1], d.start))
                    or (_PENALTY.search(text, trigger[0], trigger[1]) is not None
                        and _GROUND.search(text, trigger[1], d.start) is not None)
                    or _ATTRIBUTION.search(text, trigger[1], d.start)
                    or _closes_relative(text, d, trigger)
                    or _later_clause(text, d, trigger)
                    or _SAID_ON.search(text, trigger[1], d.start) is not None
                    # "After more than a year in a camp, she was sentenced in December 2019":
                    # the main clause's date, not the length's
                    or (_LENGTH_AS_TIME.match(text, trigger[0], trigger[1]) is not None
                        and "," in text[trigger[1]:d.start]))
    if _LENGTH_AS_TIME.match(text, trigger[0], trigger[1]):
        return True  # "returned in 2020 after 21 months in a camp": 2020 is the return's
    if _LATER.search(text, trigger[0], trigger[1]) and CLAUSE_BREAK.search(text, d.end,
                                                                           trigger[0]):
        return True  # "was detained in May 2017, ..., and was later sentenced": May 2017 is
        # the detention's, the sentencing came after it
    if _TELLING_OPENS.match(text, _line_start(text, d.start), d.start):
        return True  # "Testifying in court last week, X described 19 months in a camp"
    if _in_apposition(text, d, trigger):
        return True  # "Luqman Salam, a scholar detained on 11 April 2018, died in custody"
    rels = list(_RELATIVIZER.finditer(text, max(0, d.start - 160), d.start))
    if not rels or re.search(r"[.;!?\n]", text[rels[-1].end():d.start]):
        return False
    own_verb = _FINITE.search(text, rels[-1].end(), d.start)
    return own_verb is not None and _FINITE.search(text, d.end, trigger[1]) is not None


# a noun phrase set off by commas after its subject, ending just before the trigger's verb:
# "X, a scholar detained on 11 April 2018, died ..." (its dates are its own)
_APPOSITION_OPENS = re.compile(r",\s+(?:a|an|the|one\s+of|another|his|her|their)\s")
_APPOSITION_CLOSES = re.compile(r",\s+(?:(?:later|then|also|had|has|was|were|is)\s+){0,2}\Z")


def _in_apposition(text: str, d: DateMention, trigger: tuple[int, int]) -> bool:
    """The date lies in an apposition that ends at the comma just before the trigger."""
    if d.end > trigger[0]:
        return False
    close = text.rfind(",", d.end, trigger[0])
    if close < 0 or _APPOSITION_CLOSES.search(text, close, trigger[0]) is None:
        return False
    open_ = text.rfind(",", max(0, d.start - 160), d.start)
    return open_ >= 0 and _APPOSITION_OPENS.match(text, open_) is not None and \
        not re.search(r"[.;!?\n]", text[open_:close])


# a date on the noun of an act that a time adverbial names as the event's reference point
# dates that act, not the event: "was sentenced ... after his arrest in 2017", "released
# before her 2019 trial" (an act told as following an arrest comes later; one told "before"
# anything comes earlier; "detained after her return in May" is not such a case: a return is
# where the detention happened)
_ACT = (r"(?:arrest|detention|abduction|disappearance|trial|hearing|verdict|conviction|"
        r"sentencing|release|deportation|extradition|interrogation)")
_EARLIER_ACT = re.compile(r"(?:\b(?:after|following|since)\s+(?:the|his|her|their|my|our)\s+"
                          r"(?:\w+\s+)?(?:arrest|detention|abduction|disappearance)|"
                          r"\b(?:before|until|prior\s+to|ahead\s+of)\s+(?:the|his|her|their|"
                          r"my|our)\s+(?:\w+\s+)?" + _ACT + r")"
                          r"(?:\s+(?:in|on|of|from|at)\s+(?:[\w'’-]+\s+){0,3}?)?$",
                          re.IGNORECASE)
_ACT_AFTER = re.compile(r"\s+" + _ACT + r"\b", re.IGNORECASE)


def of_earlier_act(text: str, d: DateMention, trigger: tuple[int, int]) -> bool:
    """The date dates the act named in an "after his arrest in 2017" phrase (or "before her
    2019 trial"), which the trigger is not part of."""
    m = _EARLIER_ACT.search(text, max(0, d.start - 70), d.start) if may_occur(
        _EARLIER_ACT_NEEDS, text, max(0, d.start - 70), d.start) else None
    lo = m.start() if m is not None else d.start
    if m is None:
        m = _BEFORE_DATED_ACT.search(text, max(0, d.start - 30), d.start) if may_occur(
            _BEFORE_DATED_ACT_NEEDS, text, max(0, d.start - 30), d.start) else None
        if m is None or _ACT_AFTER.match(text, d.end) is None:
            return False
        lo = m.start()
    return not (trigger[0] < d.end + 15 and lo < trigger[1])


_BEFORE_DATED_ACT = re.compile(r"\b(?:before|until|prior\s+to|ahead\s+of)\s+"
                               r"(?:the|his|her|their|my|our)\s+$", re.IGNORECASE)
# the words these are searched for before each date cannot match without: most windows lack
# them, which a few substring tests tell (``literals.may_occur``)
_EARLIER_ACT_NEEDS = required_literals(_EARLIER_ACT)
_BEFORE_DATED_ACT_NEEDS = required_literals(_BEFORE_DATED_ACT)


def _cost(text: str, d: DateMention, trigger: tuple[int, int]) -> tuple[int, bool]:
    lo, hi = (d.end, trigger[0]) if d.end <= trigger[0] else (trigger[1], d.start)
    broken = CLAUSE_BREAK.search(text, lo, max(lo, hi)) is not None
    near = distance(d.start, d.end, trigger)
    cost = near - _PRECISION_BONUS.get(d.precision, 0) + (200 if broken else 0)
    if d.end <= trigger[0] and _of_first_conjunct(text, d, trigger):
        cost += _CONJUNCT_PENALTY
    return cost, near <= _NEAR and not broken


# a verb coordinated after a dated one: "was detained in February 2018 and sentenced in 2019"
_AND_AT = re.compile(r"and\s", re.IGNORECASE)
_AND_BEFORE = re.compile(r"\band\s+(?:(?:then|later|subsequently|eventually)\s+)?$",
                         re.IGNORECASE)
_CONJUNCT_PENALTY = 100  # any date of the trigger's own conjunct is likelier


def _of_first_conjunct(text: str, d: DateMention, trigger: tuple[int, int]) -> bool:
    """The date lies before the "and" that opens the trigger's conjunct: it dates the verb
    before ("detained in February 2018 and sentenced in 2019": 2019 dates the sentencing).
    Still the date when the conjunct has none ("In 2019 he was detained and sentenced")."""
    if _AND_AT.match(text, trigger[0]):
        return True
    m = _AND_BEFORE.search(text, max(d.end, trigger[0] - 24), trigger[0])
    return m is not None


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
    if not dates or term_as_span(text, trigger):
        return None
    best: MentionDate | None = None
    order = is_order(text, trigger)
    ending = _ENDING.search(text, trigger[0], trigger[1]) is not None or \
        _UNTIL_TRIGGER.match(text, trigger[0]) is not None
    opened = _opening_participle(text, dates, trigger)
    referred = refers_back(text, trigger)
    for d in dates:
        if d.end <= opened:
            continue  # "Detained on March 2, 2017, she was sentenced in November 2018"
        if referred and not (d.start >= trigger[1] and _ATTACHED.fullmatch(text, trigger[1],
                                                                           d.start)):
            continue  # "on September 9, exactly a week after his arrest": the 9th is another's
            # (only "after his arrest in May 2018" dates it)
        if not ending and d.start >= trigger[1] and _GIVEN_BACK.search(text, trigger[1], d.start):
            continue  # "His passport, taken by police in 2018, was returned in February"
        if (in_other_clause(text, d, trigger) or of_earlier_act(text, d, trigger)
                or of_learning(text, d, trigger) or (not ending and _until(text, d))
                or is_birth(text, d)):
            continue
        cost, narrating = _cost(text, d, trigger)
        if best is None or cost < best.cost:
            since = _SINCE_BEFORE.search(text, max(0, d.start - 8), d.start) is not None
            best = MentionDate(d, cost, trigger[0], narrating, order, since)
    if best is not None and best.date.edtf is None:
        # "In January 2018, police came the day after the funeral rites and took him away":
        # a time relative to an undated act inside the frame a resolved date opening the
        # sentence sets is within that frame
        frame = next((d for d in dates if d.edtf and d.end <= trigger[0] and d is not best.date
                      and _opens_sentence(text, d) and not in_other_clause(text, d, trigger)
                      and not of_learning(text, d, trigger)), None)
        if frame is not None:
            cost, narrating = _cost(text, frame, trigger)
            best = MentionDate(frame, cost, trigger[0], narrating, order, False)
    return best if best is None else _range_end(text, trigger, best)


# an event named as the point a time counts from ("a week after his arrest", "since her
# detention"): a date told before it in the sentence is the main clause's, not its own
_REFERRED = re.compile(r"\b(?:after|before|since|following|until|till)\s+$", re.IGNORECASE)
_POSSESSED = re.compile(r"(?:his|her|their|my|our)\s", re.IGNORECASE)
_ATTACHED = re.compile(r"\s*(?:(?:in|on|of)\s+)?(?:(?:early|late|mid-?)\s*)?", re.IGNORECASE)


def refers_back(text: str, trigger: tuple[int, int]) -> bool:
    """Whether the mention at ``trigger`` names its event as the point a time counts from
    ("a week after his arrest"), or tells it only by a room shared in it ("he shared a cell
    with X in the spring of 2019"): it tells that the event happened, not when it began or
    where."""
    return (_REFERRED.search(text, max(0, trigger[0] - 12), trigger[0]) is not None
            and _POSSESSED.match(text, trigger[0]) is not None) or \
        _SHARED.match(text, trigger[0], trigger[1]) is not None


_SHARED = re.compile(SHARED_ROOM, re.IGNORECASE)


# a term named as a span of time is no telling of the sentencing: "released on February 25,
# two years before the end of his seven-year sentence" (the date is the release's)
_TERM_AS_SPAN = re.compile(r"\b(?:end|rest|remainder|balance|expiry|expiration|completion)\s+"
                           r"of\s+(?:his|her|their|the|an?)\s+$", re.IGNORECASE)


def term_as_span(text: str, trigger: tuple[int, int]) -> bool:
    """The trigger is a term named as a span of time ("the end of his seven-year sentence"):
    it tells neither when nor where the sentencing was."""
    return _TERM_AS_SPAN.search(text, max(0, trigger[0] - 40), trigger[0]) is not None


_FRAME_OPENING = re.compile(r"[\s\"“(]*(?:(?:In|On|By|During|Since|Around|Late|Early|Then,?)\s+"
                            r"(?:(?:late|early|mid-?)\s*)?)?\Z")
_FRAME_CLOSE = re.compile(r"\s*,")


def _opens_sentence(text: str, d: DateMention) -> bool:
    """The date opens its sentence as a frame set off by a comma ("In January 2018, ...")."""
    lo = max(text.rfind(".", 0, d.start), text.rfind("\n", 0, d.start), d.start - 30) + 1
    return _FRAME_OPENING.search(text, lo, d.start) is not None and \
        _FRAME_CLOSE.match(text, d.end) is not None


# a birth date dates no event: "Ablet Dilmurat, born 1991, ... was expelled"
# (a form's handwritten entry is underlined: "born _14 February 1968_")
_BORN = re.compile(r"\b(?:born|b\.)\s+(?:(?:in|on)\s+)?(?:the\s+)?_?$", re.IGNORECASE)
def is_birth(text: str, d: DateMention) -> bool:
    """The date is when someone was born ("X, born 1991, was expelled"): it dates no event."""
    return _BORN.search(text, max(0, d.start - 14), d.start) is not None


_UNTIL = re.compile(r"\b(?:until|till|up\s+to)\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)


def _until(text: str, d: DateMention) -> bool:
    """ "held ... until January 2019": when a stay ended, not when it began (a release
    "not until 2019" is dated by it, see ``_ENDING``)."""
    return _UNTIL.search(text, max(0, d.start - 16), d.start) is not None


# a release told by the date that ended a stay ("held in a camp until July 2019", see
# ``events.releases_at_until``) is dated by it
_UNTIL_TRIGGER = re.compile(r"(?i)(?:until|till)\b")
# a release (or the end of a term) ends a stay: "held April–December 2018 and then freed"
_ENDING = re.compile(r"(?i)releas|freed|free\b|set\s+free|let\s+go|came\s+out|return")


# the thing or person given back: a date after it dates the return
_GIVEN_BACK = re.compile(r"\b(?:was|were|has\s+been|had\s+been)\s+(?:returned|given\s+back|"
                         r"handed\s+back)\b", re.IGNORECASE)


def _range_end(text: str, trigger: tuple[int, int], best: MentionDate) -> MentionDate:
    """A release dated by a range ("held from April to December 2018 and released") is at the
    range's end, and so is a state that began when the range ended ("held from August 2018
    until November 2019 and has since been barred from leaving"); every other event keeps the
    whole range (a stay starts at its start)."""
    edtf = best.date.edtf or ""
    if "/" not in edtf or not (_ENDING.search(text, trigger[0], trigger[1])
                               or _since_then(text, best.date, trigger)):
        return best
    end = edtf.split("/")[1]
    return replace(best, date=replace(best.date, edtf=end, precision=_precision(end)))


def _since_then(text: str, d: DateMention, trigger: tuple[int, int]) -> bool:
    """The date is told before the trigger, and "has since", "ever since" or "since then" in
    between start the trigger's state when the dated time ended."""
    return d.end <= trigger[0] and text.find("since", d.end, trigger[0]) >= 0 and \
        _SINCE_THEN.search(text, d.end, trigger[0]) is not None


def _precision(edtf: str) -> str:
    return {4: "year", 7: "month", 10: "day"}.get(len(edtf), "unknown")


def choose(proposed: Sequence[MentionDate]) -> MentionDate | None:
    """The date of the event: the act before its order, a narrating mention before others,
    then the cheapest (the nearest, a precise date a little farther off); then refined by a
    more precise date that agrees with it."""
    dated = [p for p in proposed if p.date.edtf]
    if not dated:
        return None
    best = min(dated, key=lambda p: (p.order, not p.narrating, p.cost))
    return refined(_first_told(best, dated), dated)


def _first_told(best: MentionDate, dated: Sequence[MentionDate]) -> MentionDate:
    """When narrating mentions contradict each other ("was detained in 2018" in the lede, "In
    March police took him away" read in publication's year, or "in late 2017" further down),
    the first told stands: a later, more specific mention only refines a date it agrees
    with (see ``refined``). A date that starts a state ("has picketed since February") is
    not the act's."""
    acts = [p for p in dated if p.narrating and p.order == best.order and not p.since]
    if not best.narrating or best.since or not acts:
        return best
    first = min(acts, key=lambda p: p.at)
    a, b = first.date.edtf or "", best.date.edtf or ""
    agree = a == b or refines(a, b) or refines(b, a)
    return best if agree else first


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


# a clause that gives background to the story told around it: pluperfect ("my permit had
# expired in March"), a reason ("because the office had closed in March"), or a state that
# began earlier ("has been held there since December")
_BACKGROUND_VERB = re.compile(r"\b(?:had|'d)\s+(?:(?:not|never|already|just|long|been)\s+)*"
                              r"[a-z]+(?:ed|en|wn|ne|un|ung|ut|pt|st|lt|id|ght|ft)\b"
                              r"|\b(?:because|since)\s+(?:[\w'’-]+\s+){0,4}?(?:had|was|were|"
                              r"is|are|has|have|did|could|would)\b", re.IGNORECASE)
_BACKGROUND_VERB_NEEDS = required_literals(_BACKGROUND_VERB)  # "had", "'d", "since" ...
_CLAUSE_EDGE = re.compile(r"[.;:!?\n]|,\s+(?:and|but|then|so)\b|\b(?:and|but|then|when|after|"
                          r"before|until)\s+(?:he|she|they|we|I|police|officers)\b")


def is_background(text: str, d: DateMention) -> bool:
    """Whether the date lies in a background clause, which dates no event of the sentences
    around it: "On 3 May police came to my flat. My permit had expired in March because the
    office never answered. They took me to a removal centre." (the removal is on 3 May).
    Events told in that clause itself still take the date (see ``mention_date``). A
    pluperfect after a reporting verb ("police said he had been detained on 4 May") is the
    told event, shifted back by the report, not background."""
    if _SINCE_BEFORE.search(text, max(0, d.start - 8), d.start):
        return True
    lo = max(text.rfind(".", 0, d.start), text.rfind("\n", 0, d.start)) + 1
    edges = list(_CLAUSE_EDGE.finditer(text, lo, d.start))
    lo = edges[-1].end() if edges else lo
    after = _CLAUSE_END.search(text, d.end, d.end + 300)
    hi = after.start() if after is not None else len(text)
    verb = _BACKGROUND_VERB.search(text, lo, hi) if may_occur(
        _BACKGROUND_VERB_NEEDS, text, lo, hi) else None
    if verb is not None and verb.start() > d.end and _OWN_PAST.search(text, d.end, verb.start()):
        return False  # "In October 2017 he crossed back to sell the house his father had left":
        # the date's clause has its own verb before the pluperfect of a relative clause
    return verb is not None and not _REPORTED.search(text, lo, verb.start())


# a simple past of the date's own clause: "he crossed", "she went"
_OWN_PAST = re.compile(r"\b(?:he|she|they|we|I|[A-Z][a-z]+)\s+(?:[a-z]+ed|went|came|left|fled|"
                       r"took|gave|made|got|ran|flew|drove|crossed)\b")


# the time of what was told before is where a later state began: "and has since been", "ever since"
_SINCE_THEN = re.compile(r"\b(?:(?:has|have|had)\s+(?:\w+\s+)?since|ever\s+since|since\s+then)\b",
                         re.IGNORECASE)
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;:!?\n,]|\b(?:because|as|since|when|after|before|until|and|but)\b")
_REPORTED = re.compile(r"\b(?:said|says|told|reported|learned|learnt|heard|found\s+out|"
                       r"discovered|knew|wrote|added|confirmed)\b", re.IGNORECASE)


def blocked(proposed: Sequence[MentionDate]) -> bool:
    """No mention has a usable date but one narrates with a date that could not be resolved
    ("was detained the day after he crossed"): the event's time is told, only unknown, so a
    neighbouring sentence's date must not stand in for it."""
    return (not any(p.date.edtf for p in proposed)
            and any(p.narrating and p.date.edtf is None for p in proposed))


# "On 19 November 2018 she learned from a relative that he was in a camp": the date of
# learning something dates the learning, not what was learned
_LEARNING = re.compile(r"\b(?:(?:learn(?:ed|t|s)|f(?:ound|inds)\s+out|discover(?:ed|s)|heard|"
                       r"hears|realis(?:ed|es)|realiz(?:ed|es))\s+(?:only\s+|later\s+|"
                       r"eventually\s+)?(?:that|what|where|whether|how|about|from|through|"
                       r"via|nothing)\b|(?:received|got|had)\s+(?:the\s+)?(?:word|news|"
                       r"confirmation)\b|(?:was|were)\s+(?:informed|notified|told\s+(?:by\s+"
                       r"(?:[\w'’-]+\s+){1,4}?)?that)\b)", re.IGNORECASE)
_LEARNING_REACH = 60  # characters from the date to the verb of learning: its clause
# the verb right before the date: "found out in May that ...", "was told on 3 June that ..."
_LEARNED_ON = re.compile(r"\b(?:learn(?:ed|t)|found\s+out|discovered|heard|realis(?:ed)|"
                         r"realiz(?:ed)|(?:was|were)\s+(?:informed|notified|told))\s+(?:only\s+)?"
                         r"(?:in|on|at|around|by)?\s*$", re.IGNORECASE)


def is_learning(text: str, d: DateMention) -> bool:
    """The date is the time someone learned or heard of something ("On 19 November she
    learned that ...", "found out in May that ..."): a verb of learning in the date's clause
    right after it, or just before it; not an approximate time counted from the story (see
    ``of_learning``)."""
    if (d.edtf or "").endswith("~"):
        return False
    lo = max(text.rfind(".", 0, d.start), text.rfind("\n", 0, d.start), d.start - 25) + 1
    edge = _CLAUSE_END.search(text, d.end, d.end + _LEARNING_REACH)
    hi = edge.start() if edge is not None and edge.group() in ".;:!?\n" else min(
        len(text), d.end + _LEARNING_REACH)
    return bool(_LEARNING.search(text, d.end, hi) or _LEARNED_ON.search(text, lo, d.start))


def of_learning(text: str, d: DateMention, trigger: tuple[int, int]) -> bool:
    """The date dates the learning of the event told in its complement, not the event: a verb
    of learning lies between the date and the trigger ("On 19 November she learned that he
    was in a camp"; "he was in a camp, she learned on 19 November"). An approximate time
    counted from the story ("Weeks later she learned that he had been picked up") spans the
    interval since the time it counts from, in which the learned act lies: it still dates it."""
    if (d.edtf or "").endswith("~"):
        return False
    if d.end <= trigger[0] and _told_that(text, d, trigger):
        return True
    if d.end > trigger[0]:  # "he was in a camp, she learned on 19 November"
        return (d.start - trigger[1] < 200
                and _LEARNED_ON.search(text, trigger[1], d.start) is not None)
    return (trigger[0] - d.end < 200 and _LEARNING.search(text, d.end, trigger[0]) is not None
            ) or _LEARNED_ON.search(text, max(0, d.start - 25), d.start) is not None


# "The document, a summary of a 2019 ruling by the Kashgar court, says ... It says he was
# sentenced to life": what a document reports ("it says", "the ruling states", "according to
# the verdict") happened at the date the document was introduced with
_DOC_NOUN = (r"(?:document|ruling|verdict|judg(?:e)?ment|indictment|decision|summary|record|"
             r"notice|file|paper|papers|certificate|letter|sentence)")
_RULING_NOUN = (r"(?:ruling|verdict|judg(?:e)?ment|indictment|decision|sentence|court\s+"
                r"(?:ruling|document|order))")
DOC_CHAIN = re.compile(r"[\s\"“‘'(]*(?:(?:it|the\s+(?:[\w'’-]+\s+){0,2}?" + _DOC_NOUN
                       + r")\s+(?:also\s+|further\s+)?(?:says|said|states|stated|shows|showed|"
                       r"notes|noted|adds|added|reads|read|lists|listed|records|recorded|"
                       # the ruling's own act: "It sentences him to 15 years"
                       r"sentences|sentenced|convicts|convicted|orders|ordered|finds|found|"
                       r"claims|claimed|alleges|alleged)|according\s+to\s+(?:the|that|this|"
                       r"its)\s+(?:[\w'’-]+\s+){0,2}?" + _DOC_NOUN + r")\b", re.IGNORECASE)
_DATED_NOUN = re.compile(r"\s+(?:(?!(?:the|a|an|his|her|their|its|this|that)\b)[\w'’-]+\s+)"
                         r"{0,2}?" + _RULING_NOUN + r"\b", re.IGNORECASE)
_NOUN_DATED = re.compile(_RULING_NOUN + r"\b(?:[^.;]{0,40}?|\s+(?:of|by)\s+the\s+[^.;]{0,60}?"
                         r"(?:court|tribunal),\s+)\b(?:dated|issued|of|from|on|in|"
                         r"handed\s+down|delivered|signed)\s+(?:on\s+|in\s+)?$", re.IGNORECASE)


# the time of a telling whose "that" clause holds the event: "a cousin told him last week
# that the court had sentenced her in 2019", "Police said on Monday that"
_TELLING_BEFORE = re.compile(r"\b(?:told|tells|said|says|wrote|writes|informed|reported|"
                             r"confirmed|announced|revealed)\b(?:\s+[\w'’]+){0,2}?\s+(?:on\s+|"
                             r"in\s+|at\s+|during\s+)?$", re.IGNORECASE)
_THAT_AFTER = re.compile(r"\s*,?\s*that\b", re.IGNORECASE)


def _told_that(text: str, d: DateMention, trigger: tuple[int, int]) -> bool:
    """The date sits between a verb of telling and the "that" opening the clause the trigger
    is in, told in the past perfect ("had sentenced", "had been convicted"): the act came
    before the telling. A state told ("told her in March that she could not leave") holds at
    the telling, which dates it."""
    that = _THAT_AFTER.match(text, d.end)
    return (that is not None and trigger[0] - d.end < 200
            and _TELLING_BEFORE.search(text, max(0, d.start - 40), d.start) is not None
            and re.search(r"[.;!?\n]", text[d.end:trigger[0]]) is None
            and _PERFECT.search(text, that.end(), trigger[1]) is not None)


_PERFECT = re.compile(r"\b(?:had|'d)\b", re.IGNORECASE)


def continues_document(text: str, start: int) -> bool:
    """The sentence at ``start`` reports what a document says ("It says he was sentenced",
    "According to the ruling, ...")."""
    return DOC_CHAIN.match(text, start) is not None


def document_date(text: str, dates: Sequence[DateMention]) -> DateMention | None:
    """The date a sentence gives a ruling it introduces: "a 2019 ruling", "the December 2018
    verdict", "a judgment dated 12 May 2019", "a ruling issued in March"; a date elsewhere in
    the sentence ("obtained last month") is not the ruling's."""
    for d in dates:
        if d.edtf and (_DATED_NOUN.match(text, d.end)
                       or _NOUN_DATED.search(text, max(0, d.start - 130), d.start)):
            return d
    return None


__all__ = ["CLAUSE_BREAK", "DOC_CHAIN", "MentionDate", "blocked", "choose", "continues_document",
           "distance", "document_date", "in_other_clause", "is_background", "is_learning",
           "is_order", "mention_date", "of_earlier_act", "of_learning", "refined", "refines"]
