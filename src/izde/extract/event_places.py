"""Where an event happened, among the places named in its sentences.

The nearest place to the trigger wins, then the most specific. A place named as someone's
origin, home or destination, or set off from the trigger by a clause break, or found only in a
wire story's dateline, is used only when nothing else is: "a trader from Osh was detained in
Artush" happened in Artush; "OSH, Kyrgyzstan — A court in southern Kyrgyzstan jailed ..." was
the Osh court (the dateline's city refines its country). A verdict is given where the court
named with it sits ("a ruling by the Aksu Intermediate Court"); a threat by call or message
is received where the person lives, not in the caller's city.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from izde.extract.event_dates import CLAUSE_BREAK, distance, refers_back, term_as_span
from izde.extract.events import RawEvent
from izde.extract.literals import passes, required_literals
from izde.extract.places import KIND_RANK
from izde.extract.segment import Sentence
from izde.extract.spans import fold
from izde.extract.values import value_class


@value_class
class PlaceHit:
    start: int
    end: int
    key: str
    rank: int


# a place introduced as someone's origin or home is not where the event happened:
# "a trader from Osh ... was detained in Artush", "his brother, who lives in Taldykorgan",
# "back from a trip to relatives in Almaty", "detained a citizen of China ... in Bishkek"
_ORIGIN = re.compile(r"\b(?:from(?:\s+an?\s+(?:visit|trip|journey)\s+to(?:\s+[\w-]+){0,2}?)?|"
                     r"lives?|lived|living|based|born|native\s+of|resident\s+of|"
                     # a nationality: "a Uyghur citizen of China", "nationals of Kazakhstan"
                     r"(?:citizens?|nationals?|subjects?|passport[- ]holders?)\s+of|"
                     r"hometown|home\s+town)\s+(?:in\s+)?(?:(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                     r"(?:city|town|village|county|region)\s+of\s+)?$", re.IGNORECASE)
_ORIGIN_NEEDS = required_literals(_ORIGIN, max_tests=16)  # "from", "live", "born", ...
# nor is where someone was heading: "about to board a flight to Istanbul", "deported to China"
# (the deportation happened where it started); a transfer, though, is told by where it ends
_DESTINATION = re.compile(r"\b(?:flights?|fl(?:y|ew|ying|own)|board(?:s|ed|ing)?|bound|"
                          r"trav[e]ll?(?:ed|ing|s)?|trip|journey|deport(?:ed|ing)?|"
                          r"extradit(?:ed|ing)|expell?(?:ed|ing)|repatriat(?:ed|ing)|"
                          r"deportation|extradition|expulsion|return(?:ed|ing)?|"
                          r"sent\s+back|left|leav(?:e|es|ing)|way|route|head(?:ed|ing)|"
                          r"bus|train|plane|ticket)\s+(?:to|for)\s+(?:the\s+)?$",
                          re.IGNORECASE)
# nor is where someone only meant to go: "had planned to visit her daughter in Almaty"
_PLANNED = re.compile(r"\b(?:planned|planning|plans?|hoped|hoping|hopes?|wanted|wants?|"
                      r"intended|intends?|meant)\s+to\s+(?:visit|see|join|go|travel|fly|move|"
                      r"study|work)\b(?:\s+(?:[\w'’-]+\s+){0,3}?)?(?:in|to)\s+(?:the\s+)?$",
                      re.IGNORECASE)
# a removal happens where it starts: whatever it is "to" ("ordered the deportation of the
# trader to China"), or where he will "end up back in", is where he is sent, not where the
# event is; such places are left out of a removal's place altogether
_REMOVAL_TYPES = frozenset({"deportation"})
_SENT_TO = re.compile(r"\b(?:to|back\s+(?:in|to)|end(?:s|ed)?\s+up\s+(?:back\s+)?in)\s+"
                      r"(?:the\s+)?$", re.IGNORECASE)
# where someone's relatives live is what a threat is about, not where it was made: "at a
# community event in London a man said my relatives in Urumqi would suffer"
_THREAT_TYPES = frozenset({"threat", "harassment"})
_KIN_IN = re.compile(r"\b(?:relatives|family|families|parents|loved\s+ones|kin|children|"
                     r"siblings|brothers|sisters)\s+(?:(?:who\s+)?(?:are|is|still|remain|live|"
                     r"living)\s+)*(?:back\s+)?(?:home\s+)?in\s+(?:the\s+)?$", re.IGNORECASE)
# nor where the caller is: "a call from a number in Urumqi", "messages from an officer in
# Ghulja" (the threat is received where the person is)
_CALLER_IN = re.compile(r"(?:\b(?:calls?|messages?|texts?|letters?|voice\s+notes?|e-?mails?)\s+"
                        r"(?:[\w'’-]+\s+){0,3}?from\s+(?:[\w'’-]+\s+){0,5}?(?:in|from)|\bnumbers?\s+(?:in|from))\s+"
                        r"(?:the\s+)?(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)
def _caller_in(h: PlaceHit, text: str) -> bool:
    return _CALLER_IN.search(text, max(0, h.start - 90), h.start) is not None


# where the person receiving a threat lives is where it reached them: "who lives in Almaty",
# "I have lived in Istanbul since 2016", "Testimony ..., recorded in Istanbul"
_RESIDENCE = re.compile(r"\b(?:lives?|lived|living|based|settled|resident\s+of|"
                        r"recorded|interviewed|(?:I|we)\s+(?:am|are|have\s+been)\s+staying)"
                        r"\s+(?:in\s+)?(?:the\s+(?:city|town)\s+of\s+)?$", re.IGNORECASE)
# the country a ban keeps someone in is not where it was imposed: "stopped at the airport in
# Almaty and told he was banned from leaving Kazakhstan" (a town one may not leave is: "may
# not leave Nilka")
_LEFT = re.compile(r"\b(?:leav(?:e|es|ing)|exit(?:s|ing)?|out\s+of)\s+(?:the\s+)?$",
                   re.IGNORECASE)
# a ban keeps one in a country or a region ("may not leave the Xinjiang region"), which is no
# more where it was imposed than the country is
_REGION_RANK = KIND_RANK["region"]
# a transfer is told by where it ends: "from a prison in Aksu to one in Urumqi"
_TRANSFER_FROM = re.compile(r"\bfrom\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}?(?:in\s+)?$",
                            re.IGNORECASE)
# a place set beside another only to locate it shares its role: "from Altay, in the north of
# Xinjiang", "from Kulja, Xinjiang"
_APPOSED = re.compile(r",\s+(?:in\s+(?:the\s+)?(?:(?:far\s+)?(?:north|south|east|west)"
                      r"(?:-?(?:east|west))?(?:ern)?\s+(?:part\s+)?(?:of\s+)?)?)?",
                      re.IGNORECASE)


# where someone told the story is not where it happened: "Speaking to Eurasianet in At-Bashy,
# he described being beaten ... at the Kashgar prison", "said in an interview from Istanbul"
_TELLING = re.compile(r"\b(?:(?:[Ss]peaking|[Tt]alking|spoke|talked|interviewed)\s+"
                      r"(?:by\s+(?:tele)?phone\s+|over\s+video\s+)?(?:(?:to|with)\s+"
                      r"(?:[\w'’.-]+\s+){1,3}?)?|\binterviews?\s+(?:[\w'’.-]+\s+){0,3}?)"
                      r"(?:in|from)\s+(?:the\s+(?:city|town|village)\s+of\s+)?$")

# who gives a place its official name is not where it is: "one of the camps that Beijing calls
# 'vocational training centres'", "what China describes as schools"
_NAMER_BEFORE = re.compile(r"\b(?:that|which|what)\s+(?:the\s+)?$", re.IGNORECASE)
_NAMES_IT = re.compile(r"(?:['’]s\s+(?:[\w-]+\s+){0,2}?)?\s*(?:calls?|called|describes?|described|"
                       r"terms?|termed|dubs?|dubbed|labels?|labell?ed|refers\s+to)\b")


def names_a_place(h: PlaceHit, text: str) -> bool:
    """Whether ``h`` is who gives a place its name ("the camps that Beijing calls ...")."""
    return _NAMER_BEFORE.search(text, max(0, h.start - 12), h.start) is not None and \
        _NAMES_IT.match(text, h.end) is not None


def _aside(h: PlaceHit, hits: Sequence[PlaceHit], text: str, event_type: str) -> bool:
    """Whether ``h`` is named as an origin or home, as where someone was heading (for a
    transfer: where it started), or only locates such a place."""
    before = text[max(0, h.start - 45) : h.start]
    if event_type in _THREAT_TYPES and _RESIDENCE.search(before):
        return False
    if event_type == "travel_ban" and h.rank <= _REGION_RANK and _LEFT.search(before):
        return True
    leg = _TRANSFER_FROM if event_type == "transfer" else _DESTINATION
    origin = passes(_ORIGIN_NEEDS, fold(before)) and _ORIGIN.search(before) is not None
    if origin or leg.search(before) or sent_to(h, text, event_type) or _TELLING.search(before) \
            or _PLANNED.search(before):
        return True
    if event_type in _THREAT_TYPES and (_KIN_IN.search(before) or _caller_in(h, text)):
        return True
    return any(p.end <= h.start and _APPOSED.fullmatch(text, p.end, h.start)
               and _aside(p, hits, text, event_type) for p in hits)


# a clause of time told after a comma holds its own event, apart from the main clause's place:
# "crossed into Kyrgyzstan at Irkeshtam in August 2019, four months after he was released
# from a camp in Akto" (not ", when she was turned back at Almaty's airport": "when" after a
# date tells what happened then)
_TIME_CLAUSE = re.compile(r",\s+(?:(?:[\w-]+\s+){1,3}?)?(?:after|before|until)\s+"
                          r"(?:he|she|they|I|we|his|her|their)\b", re.IGNORECASE)


def _in_time_clause(h: PlaceHit, trig: tuple[int, int], text: str) -> bool:
    """Whether ``h`` lies in a clause of time set off by commas that the trigger is not part
    of ("was detained in Kashgar in April 2017, shortly after visiting his son in Istanbul,
    and was sentenced in 2018": Istanbul is the visit's)."""
    if trig[0] <= h.start < trig[1]:
        return False
    comma = text.rfind(",", max(0, h.start - 120), h.start)
    if comma < 0 or _TIME_CLAUSE_OPEN.match(text, comma) is None:
        return False
    close = text.find(",", h.end, h.end + 120)
    inside = (comma, close if close >= 0 else h.end)
    return not inside[0] <= trig[0] < inside[1]


# a clause of time told after a comma, its subject or a participle next: ", weeks after his
# son left", ", shortly after visiting his son"
_TIME_CLAUSE_OPEN = re.compile(r",\s+(?:[\w-]+\s+){0,2}?(?:after|before|until|while)\s+"
                               r"(?:he|she|they|I|we|his|her|their|[a-z]+ing)\b", re.IGNORECASE)


# a contrasting clause with its own subject tells another story, and its places are its own:
# "Ermek was interned in 2018, while his brother fled to Germany" (not "while visiting ...")
_CONTRAST = re.compile(r",\s+(?:while|whereas)\s+(?![a-z]+ing\b)", re.IGNORECASE)


def _contrasted(h: PlaceHit, trig: tuple[int, int], text: str) -> bool:
    """Whether ``h`` lies after the trigger, across a contrasting clause of its own."""
    return trig[1] <= h.start and _CONTRAST.search(text, trig[1], h.start) is not None


def sent_to(h: PlaceHit, text: str, event_type: str) -> bool:
    """Whether ``h`` is where a removal sends the person ("deported to China"); not where he
    is driven and handed over ("driven ... to Irkeshtam and handed over to Chinese border
    officers": the handover is the removal)."""
    return event_type in _REMOVAL_TYPES and bool(
        _SENT_TO.search(text, max(0, h.start - 30), h.start)) and \
        _HANDED_OVER.match(text, h.end) is None


_HANDED_OVER = re.compile(r"\s*,?\s+(?:and|where)\s+(?:he\s+|she\s+|they\s+)?(?:was\s+|were\s+)?"
                          r"(?:handed|turned)\s+over\b")


def place_of(event_type: str, rs: list[RawEvent],
             places: Callable[[Sentence], list[PlaceHit]], text: str = "") -> str | None:
    """The nearest, then most specific place (then the nearest again); a place named as an
    origin, home or destination, or across a clause break from the trigger, counts as three
    distance steps farther: used only when nothing else is. In a sentence that tells the
    event twice ("was detained near Koktal ..., and has been held in Taldykorgan since") the
    first telling says where it happened, the later clause where it went on."""
    told = [r for r in rs if not (text and (term_as_span(text, r.trigger)
                                            or refers_back(text, r.trigger)))] or rs
    hits = [(h, r.trigger) for r in _first_per_sentence(told) for h in places(r.sentence)
            if not (text and (sent_to(h, text, event_type) or names_a_place(h, text)
                              or _contrasted(h, r.trigger, text)))]
    plain = [h for h, _ in hits]
    filed = _dateline(text, plain)

    named = _court_named(plain, text) if event_type in _COURT_TYPES else None
    if named is not None:
        return named.key

    def cost(h: PlaceHit, trig: tuple[int, int]) -> tuple[int, int, int]:
        aside = bool(text) and (_aside(h, plain, text, event_type) or h in filed)
        lo, hi = (h.end, trig[0]) if h.end <= trig[0] else (trig[1], h.start)
        broken = bool(text) and (CLAUSE_BREAK.search(text, lo, max(lo, hi)) is not None
                                 or _TIME_CLAUSE.search(text, lo, max(lo, hi)) is not None)
        near = distance(h.start, h.end, trig)
        inside = bool(text) and _in_time_clause(h, trig, text)
        return (near // 60 + (3 if aside else 0) + (3 if broken else 0) + (3 if inside else 0),
                -h.rank, near)

    best = min(hits, key=lambda it: cost(*it))[0] if hits else None
    if event_type in _THREAT_TYPES and text and (best is None or _aside(best, plain, text,
                                                                         event_type)):
        home = residence(rs[0].trigger[0], places, text)
        best = home or (filed[0] if filed else None) or best
    return None if best is None else _dateline_city(best.key, plain, text)


def residence(at: int, places: Callable[[Sentence], list[PlaceHit]],
              text: str) -> PlaceHit | None:
    """The place the text last gave, before ``at``, as where the narrator lives or where a
    testimony was recorded ("I have lived in Istanbul since 2016"): where a call or message
    reached its recipient when the threat's own sentences name only the caller's city."""
    if not any(w in text for w in _RESIDENCE_WORDS):
        return None
    told = [h for h in places(Sentence(0, at, "", 0))
            if _OWN_HOME.search(text, max(0, h.start - 40), h.start)]
    return told[-1] if told else None


# the narrator's own home, or where the testimony was taken (a relative's home is no
# evidence: "my brother lived in Tekes")
_OWN_HOME = re.compile(r"(?:\b(?:I|[Ww]e)\s+(?:now\s+|still\s+)?(?:live|(?:have\s+)?(?:been\s+)?"
                       r"liv(?:ed|ing)|am\s+living|are\s+living|(?:have\s+)?settled|"
                       r"am\s+based|are\s+based)|\b(?:[Rr]ecorded|[Ii]nterviewed|[Ff]ilmed))"
                       r"\s+in\s+(?:the\s+(?:city|town)\s+of\s+)?$")
_RESIDENCE_WORDS = ("live", "based", "settled", "resident", "recorded", "interviewed",
                    "staying")


# a verdict is given where its court sits: "a 2018 ruling by the Ghulja Intermediate People's
# Court says he was sentenced in Xinjiang" was the court in Ghulja; so is "the Intermediate
# People's Court of Ili"
_COURT_TYPES = frozenset({"sentencing"})
_COURT_AFTER = re.compile(r"(?:['’]s)?(?:\s+(?:City|County|District|Prefecture|Regional|"
                          r"Municipal|Intermediate|Higher|High|Supreme|Military|Basic|"
                          r"Interdistrict|Inter-district|Specialized|Specialised|Criminal|"
                          r"People['’]s|Primary|Appeals?|Economic|Administrative)){0,4}"
                          r"\s+(?:Court|Tribunal)\b")
_COURT_OF = re.compile(r"\b(?:Court|Tribunal)\s+(?:of|in|for)\s+(?:the\s+)?$")


def _court_named(hits: list[PlaceHit], text: str) -> PlaceHit | None:
    """The place that names a court in the event's sentences, when exactly one does (a
    country's court, "the Supreme Court of Kazakhstan", says nothing of where)."""
    named = {h.key: h for h in hits if h.rank > 1 and (
        _COURT_AFTER.match(text, h.end) or _COURT_OF.search(text, max(0, h.start - 30), h.start))}
    return next(iter(named.values())) if len(named) == 1 else None


# "ZHARKENT, Kazakhstan (AFP) - A court in southeastern Kazakhstan ...": a wire story's
# dateline, the city it was filed from and its country
_DATELINE = re.compile(r"\s*(?P<city>(?-i:[A-Z][A-Z’'.-]+(?:\s[A-Z][A-Z’'.-]+)*)),\s+"
                       r"(?P<country>[A-Z][\w’' -]+?)(?:\s*\([\w ]+\))?\s*[—–-]")


def all_aside(event_type: str, sents: list[Sentence],
              places: Callable[[Sentence], list[PlaceHit]], text: str) -> bool:
    """Whether every place the event's sentences name is only someone's origin, home or
    destination ("calls from a man who said he was a police officer from Urumqi")."""
    hits = [h for s in sents for h in places(s)]
    return bool(hits) and all(_aside(h, hits, text, event_type) for h in hits)


def _dateline(text: str, hits: list[PlaceHit]) -> list[PlaceHit]:
    """The hits that lie in a dateline opening the line of the first hit: where the story
    was filed from, not by itself where the event happened."""
    line = text.rfind("\n", 0, hits[0].start) + 1 if hits else 0
    m = _DATELINE.match(text, line)
    return [h for h in hits if m is not None and h.start < m.end()]


def _dateline_city(key: str, hits: list[PlaceHit], text: str) -> str:
    """An event placed only in the country of the dateline took place in its city: the
    story reports it from there ("OSH, Kyrgyzstan — A court in southern Kyrgyzstan has
    jailed ..." was the Osh court)."""
    line = text.rfind("\n", 0, hits[0].start) + 1 if hits else 0
    m = _DATELINE.match(text, line)
    if m is None:
        return key
    city = [h for h in hits if m.start("city") <= h.start < m.end("city")]
    country = [h for h in hits if m.start("country") <= h.start < m.end("country")]
    if city and country and country[0].key == key and city[0].rank > country[0].rank:
        return city[0].key
    return key


def _first_per_sentence(rs: list[RawEvent]) -> list[RawEvent]:
    """The earliest trigger of each sentence (``rs`` come in trigger-table order)."""
    first: dict[int, RawEvent] = {}
    for r in rs:
        if r.sentence.start not in first or r.trigger[0] < first[r.sentence.start].trigger[0]:
            first[r.sentence.start] = r
    return list(first.values())


def paragraph_place(hits: list[PlaceHit], text: str, event_type: str) -> str | None:
    """The place a neighbouring sentence gives: not an origin or destination when another
    is named, then the most specific, then the last. For a threat, never the caller's city
    ("a call from a number in Urumqi"): None when that is all there is."""
    if event_type in _THREAT_TYPES:
        hits = [h for h in hits if not _caller_in(h, text)]
        if not hits:
            return None
    return min(hits, key=lambda h: (_aside(h, hits, text, event_type), -h.rank, -h.start)).key


# "in the city's Zhetysu district": a part of the city named before, not a namesake region
_PART_OF = re.compile(r"\b(?:the\s+)?(?:city|town|capital|county|village)['’]s\s+$",
                      re.IGNORECASE)
_PART_WORD = re.compile(r"(?:city|town|capital|county|village)['’]s\s", re.IGNORECASE)
_PART_REACH = 3  # sentences back to the city
# the words "city", "town", ... and "'s": without them (most sentences) no search is needed
_PART_WORD_NEEDS = required_literals(_PART_WORD)


def city_part(key: str | None, sents: list[Sentence],
              places: Callable[[Sentence], list[PlaceHit]],
              prev: Callable[[Sentence], Sentence | None], text: str) -> str | None:
    """The place of an event placed at ``key``: when that is named as "the city's X
    district" in one of the event's sentences, the city last named (within the paragraph)."""
    for sent in sents:
        if not passes(_PART_WORD_NEEDS, fold(sent.text)) or not _PART_WORD.search(sent.text):
            continue
        part = next((h for h in places(sent) if h.key == key
                     and _PART_OF.search(text, max(0, h.start - 20), h.start)), None)
        if part is None:
            continue
        earlier = [h for h in places(sent) if h.end <= part.start]
        s: Sentence | None = sent
        for _ in range(_PART_REACH):
            if earlier or s is None:
                break
            s = prev(s)
            earlier = places(s) if s is not None else []
        return earlier[-1].key if earlier else key
    return key


__all__ = ["PlaceHit", "all_aside", "city_part", "paragraph_place", "place_of"]
