"""The parts of a translated criminal judgment, each read where the form puts it.

See ``judgments`` for the form. Here: the defendant's particulars (sex, birth, ethnicity,
occupation, residence), custody (criminal detention, arrest approval, where held), the
court at the head, the verdict (charge and principal penalty), the date the judgment was
signed, and the named defence lawyers and members of the bench.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from izde.extract.charges import find_charges, normalise_charge
from izde.extract.dates import find_dates
from izde.extract.model import Attribute, Evidence, ExtractedEvent
from izde.extract.segment import sentences
from izde.extract.structured import FoundEvent
from izde.extract.terms import TermMention, find_terms

__all__ = ["BIO_START", "bio_attributes", "court", "custody_events", "functionaries",
           "is_alias_note", "judgment_date", "sentencing"]

BIO_START = re.compile(r"\s*(?:male|female|man|woman|born|b\.|alias|also\s+known|formerly|"
                       r"aka|nickname|\w+\s+ethnicity|of\s+\w+\s+ethnicity|"
                       r"(?:Uyghur|Uighur|Kazakh|Kyrgyz|Hui|Han|Uzbek|Tajik|Mongol|Tibetan)\b)",
                       re.IGNORECASE)
_ALIAS_NOTE = re.compile(r"(?i)^\s*(?:alias|also\s+known|a\.?k\.?a|formerly|nickname)\b")


def is_alias_note(bracket: str) -> bool:
    """ "(alias X)" gives another name with a word before it; keep only a bare other script."""
    return _ALIAS_NOTE.match(bracket) is not None or (bracket.isascii() and not bracket.istitle())


# -- particulars ----------------------------------------------------------------------------
_SEX = re.compile(r"\b(male|female)\b", re.IGNORECASE)
_ETHNIC = re.compile(r"\b(Kazakh|Uyghur|Uighur|Kyrgyz|Hui|Han|Uzbek|Tajik|Mongol|Tibetan|"
                     r"Xibe|Tatar)(?:\s+(?:ethnicity|nationality|ethnic\s+group))?\b"
                     r"|\bof\s+(Kazakh|Uyghur|Uighur|Kyrgyz|Hui|Han|Uzbek|Tajik)\s+ethnicity\b")
_BORN = re.compile(r"\bborn\s+(?:on\s+|in\s+)?([^,;]{4,30})", re.IGNORECASE)
_RESIDING = re.compile(r"\b(?:residing|resident|living|domiciled)\s+(?:in|at)\s+([^,;.]{3,80})",
                       re.IGNORECASE)
_EDUCATION = re.compile(r"(?i)\b[\w -]{0,30}(?:education|school|university|college|illiterate)"
                        r"[\w -]{0,20},\s*((?:an?\s+)?[a-z][a-z -]{2,40}?)"
                        r"(?=\s*[,;.]|\s+(?:at|of|in)\b)")


def _first_sentence(text: str, span: tuple[int, int]) -> tuple[int, int]:
    s, e = span
    m = re.search(r"\.\s+(?=[A-Z])", text[s:e])
    return (s, s + m.start() + 1) if m else span


def bio_attributes(text: str, bio: tuple[int, int]) -> list[Attribute]:
    """Sex, birth year, ethnicity, occupation and residence from the introduction."""
    s, e = _first_sentence(text, bio)
    seg = text[s:e]
    out: list[Attribute] = []

    def add(prop: str, value: str | int, m: re.Match[str]) -> None:
        out.append(Attribute(prop, value, Evidence.of(text, s + m.start(), s + m.end(), 0.9)))

    if (m := _SEX.search(seg)) is not None:
        add("gender", m.group(1).lower(), m)
    if (m := _BORN.search(seg)) is not None and (y := re.search(r"(19|20)\d\d", m.group(1))):
        add("birth_year", int(y.group(0)), m)
    if (m := _ETHNIC.search(seg)) is not None:
        add("ethnicity", (m.group(1) or m.group(2)).replace("Uighur", "Uyghur"), m)
    if (m := _EDUCATION.search(seg)) is not None and not _RESIDING.match(m.group(1)):
        add("occupation", m.group(1), m)
    if (m := _RESIDING.search(seg)) is not None:
        add("residence", m.group(1).strip(), m)
    return out


# -- the court and the date -----------------------------------------------------------------
_COURT = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,8}?(?:Intermediate\s+|Higher\s+|High\s+|Primary\s+|"
                    r"Basic\s+|Supreme\s+)?People['’]s\s+Court(?:\s+of\s+[A-Z][\w ]{0,40})?")


def court(text: str) -> tuple[int, int] | None:
    """The court that gives the judgment: the first court named (the heading)."""
    m = _COURT.search(text)
    return m.span() if m else None


_PRONOUNCED = re.compile(r"(?i)\b(?:pronounced|announced|handed\s+down|delivered|rendered|"
                         r"signed|dated|issued|made)\b[^.\n]{0,40}$")
_DATE_LINE = re.compile(r"^[ \t]*([^\n]{6,40}?)[ \t]*$", re.MULTILINE)


def judgment_date(text: str, published: str | None) -> tuple[str, int, int] | None:
    """(EDTF, start, end) of the judgment's date: a line that is only a date in the last part
    of the text (where the form puts it), or a date said to be when it was pronounced."""
    tail = max(0, len(text) - 600)
    for m in reversed(list(_DATE_LINE.finditer(text, tail))):
        dates = [d for d in find_dates(m.group(1), published) if d.edtf]
        if dates and len(dates[0].text) >= len(m.group(1).strip(" .")) - 4:
            return dates[0].edtf or "", m.start(1), m.end(1)
    for d in find_dates(text, published):
        if d.edtf and d.precision == "day" and _PRONOUNCED.search(text, max(0, d.start - 60),
                                                                  d.start):
            return d.edtf, d.start, d.end
    return None


# -- custody --------------------------------------------------------------------------------
_DETAINED = re.compile(r"(?i)\b(?:criminal(?:ly)?\s+detain|(?:taken|placed)\s+(?:in|into|under)"
                       r"\s+criminal\s+(?:detention|coercive)|criminal\s+detention|"
                       r"residential\s+surveillance|detained|taken\s+into\s+custody|"
                       r"(?<!approved\s)arrested\b(?!\s+(?:with|upon|on\s+the)\s+approval))")
_ARREST = re.compile(r"(?i)\barrest(?:ed)?\b[^.;]{0,40}?\bapprov|\bapprov\w*\s+(?:the\s+)?arrest"
                     r"|\barrested\s+(?:with|upon|on\s+the)\s+approval")
_PRIOR = re.compile(r"(?i)\b(?:administrative(?:ly)?|previously|formerly|once|in\s+the\s+past|"
                    r"was\s+sentenced|released\s+after\s+serving)\b")
_AGENCY = re.compile(r"\bby\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+){0,6}?(?:Public\s+Security\s+"
                     r"(?:Bureau|Sub-?[Bb]ureau|Department)|State\s+Security\s+Bureau|"
                     r"Police(?:\s+Station|\s+Department)?|Supervis(?:ory|ion)\s+Commission|"
                     r"Procuratorate|Security\s+Bureau))")
_SUSPICION = re.compile(r"(?i)\bon\s+(?:the\s+)?suspicion\s+of\s+(?:(?:the\s+)?crimes?\s+of\s+)?"
                        r"([^;.]{3,120}?)(?=\s*(?:[;.]|,\s*(?:and|was|arrest)|$))")
_HELD = re.compile(r"(?i)\b(?:currently|now|presently)\s+(?:being\s+)?(?:held|detained|in\s+custody"
                   r"|serving\s+(?:his|her|a)\s+sentence|imprisoned)\s+(?:at|in)\s+(?:the\s+)?"
                   r"([A-Z][^.;\n]{3,80}?)(?=\s*[.;]|\s*$)")


def custody_events(text: str, bio: tuple[int, int], person: str,
                   published: str | None) -> list[FoundEvent]:
    """The detention (first custody measure of this case) and where the defendant is held."""
    out: list[FoundEvent] = []
    sents = [(s.start, s.end) for s in sentences(text[bio[0]:bio[1]])]
    spans = [(bio[0] + s, bio[0] + e) for s, e in sents]
    detention = _detention(text, spans, person, published)
    if detention is not None:
        out.append(detention)
    for s, e in spans:
        if (m := _HELD.search(text, s, e)) is not None:
            ev = ExtractedEvent("imprisonment", person, [Evidence.of(text, s, e, 0.85)],
                                facility=m.group(1), confidence=0.85)
            out.append(FoundEvent(ev, m.span(1)))
            break
    return out


def _detention(text: str, spans: list[tuple[int, int]], person: str,
               published: str | None) -> FoundEvent | None:
    told = [(s, e) for s, e in spans
            if _DETAINED.search(text, s, e) and not _PRIOR.search(text, s, e)]
    approved = [(s, e) for s, e in spans if _ARREST.search(text, s, e) and (s, e) not in told]
    if not told and not approved:
        return None
    s, e = (told or approved)[0]
    ev = ExtractedEvent("detention", person, [Evidence.of(text, s, e, 0.9)], confidence=0.9)
    ev.evidence += [Evidence.of(text, a, b, 0.8) for a, b in approved if (a, b) != (s, e)]
    trigger = (_DETAINED.search(text, s, e) or _ARREST.search(text, s, e))
    at = trigger.start() if trigger else s
    dates = [d for d in find_dates(text[s:e], published) if d.edtf]
    if dates:
        d = min(dates, key=lambda d: abs(s + d.start - at))
        ev.date, ev.date_text = d.edtf, d.text
    agency = _AGENCY.search(text, s, e)
    ev.agency = agency.group(1) if agency else None
    _suspicion(text, s, e, ev)
    return FoundEvent(ev, agency.span(1) if agency else (s, e))


def _suspicion(text: str, s: int, e: int, ev: ExtractedEvent) -> None:
    m = _SUSPICION.search(text, s, e)
    if m is not None:
        worded = m.group(1).strip()
        ev.charge, ev.charge_text = normalise_charge(worded) or "other", worded


# -- the verdict ----------------------------------------------------------------------------
_GUILTY = re.compile(r"(?i)\b(?:guilty\s+of|convicted\s+of|is\s+sentenced\s+to|"
                     r"sentenced\s+to|decide[sd]?\s+to\s+execute|shall\s+serve)\b")
_CRIME_OF = re.compile(r"(?i)\bcrimes?\s+of\s+([^,;.]{3,120}?)(?=\s*(?:[,;.]|\band\s+(?:is|was|"
                       r"shall|sentenced)|$))")
_EXECUTED = re.compile(r"(?i)\b(?:decide[sd]?\s+to\s+execute|to\s+be\s+executed|combined|"
                       r"shall\s+serve|aggregate|concurrent)")
_NOT_TERM = re.compile(r"(?i)(?:political\s+rights|probation|reprieve|suspended|fine[ds]?)"
                       r"[^.;]{0,20}$|deprivation\s+of\s+political\s+rights\s+for\s+$")


def sentencing(text: str, person: str, names: list[str], only: bool,
               court_span: tuple[int, int] | None,
               date: tuple[str, int, int] | None) -> FoundEvent | None:
    """The defendant's sentencing from the verdict: the first crime they are found guilty
    of, and the principal penalty (the term to be executed when several are combined)."""
    sents = [(s.start, s.end) for s in sentences(text)
             if _GUILTY.search(s.text) and _about(s.text, names, only)]
    if not sents:
        return None
    ev = ExtractedEvent("sentencing", person, [Evidence.of(text, s, e, 0.9) for s, e in sents],
                        confidence=0.9)
    _verdict_charge(text, sents, ev)
    _verdict_term(text, sents, ev)
    if court_span is not None:
        ev.court = text[court_span[0]:court_span[1]]
    if date is not None:
        ev.date, ev.date_text = date[0], text[date[1]:date[2]]
        ev.evidence.append(Evidence.of(text, date[1], date[2], 0.8))
    return FoundEvent(ev, court_span)


def _about(sentence: str, names: list[str], only: bool) -> bool:
    """The verdict sentence names this defendant, or there is only one defendant."""
    if any(n in sentence for n in names):
        return True
    return only and re.search(r"(?i)\b(?:the\s+)?defendant\b", sentence) is not None


def _verdict_charge(text: str, sents: list[tuple[int, int]], ev: ExtractedEvent) -> None:
    for s, e in sents:
        m = _CRIME_OF.search(text, s, e)
        if m is not None:
            worded = m.group(1).strip()
            ev.charge, ev.charge_text = normalise_charge(worded) or "other", worded
            return
        charges = find_charges(text[s:e])
        if charges:
            ev.charge, ev.charge_text = charges[0].charge, charges[0].text
            return


def _verdict_term(text: str, sents: list[tuple[int, int]], ev: ExtractedEvent) -> None:
    chosen: TermMention | None = None
    for s, e in sents:
        for t in _principal_terms(text, s, e):
            executed = _EXECUTED.search(text, max(s, s + t.start - 80), s + t.start)
            if chosen is None or executed:
                chosen = t
    if chosen is not None:
        ev.sentence_years, ev.sentence_kind = chosen.years, chosen.kind
        ev.sentence_text = chosen.text


def _principal_terms(text: str, s: int, e: int) -> Iterator[TermMention]:
    """Terms of imprisonment, life or death; not deprivation of rights, probation or fines."""
    for t in find_terms(text[s:e]):
        if not _NOT_TERM.search(text, max(s, s + t.start - 60), s + t.start):
            yield t


# -- defence and bench ----------------------------------------------------------------------
_PERSON = r"[A-Z][\w'’-]*(?:[ \t]*[·•‧・][ \t]*[A-Z][\w'’-]*)*(?:[ \t][A-Z][\w'’-]*){0,2}"
_FUNCTION = re.compile(
    r"(?m)^[ \t]*(?:(?P<lawyer>Defen[cs]e\s+(?:counsel|lawyer|attorney)s?|Defenders?|"
    r"Counsel|Attorneys?)|(?P<official>(?:Presiding\s+|Acting\s+|Associate\s+)?Judges?|"
    r"People['’]s\s+(?:Assessors?|Jurors?)|Assessors?|Jurors?|(?:Court\s+)?Clerks?|"
    r"Clerk\s+of\s+the\s+Court|(?:Public\s+)?Prosecutors?|Procurators?|Court\s+Recorder))"
    rf"[ \t]*[:：]?[ \t]+(?P<names>{_PERSON}(?:[ \t]*(?:,|and)[ \t]*{_PERSON})*)")


def functionaries(text: str) -> Iterator[tuple[str, int, int, int, int]]:
    """(role, name start, name end, line start, line end) of each lawyer and official named
    in a line of the form's defence and bench ("Defender: X, lawyer of ...", "Judge: Y")."""
    for m in _FUNCTION.finditer(text):
        role = "lawyer" if m.group("lawyer") else "official"
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        for n in re.finditer(_PERSON, m.group("names")):
            if _not_person(n.group(0)):
                continue
            yield role, m.start("names") + n.start(), m.start("names") + n.end(), m.start(), \
                line_end


def _not_person(value: str) -> bool:
    return bool(re.search(r"(?i)\b(?:law|firm|court|office|procuratorate|bureau)\b", value))
