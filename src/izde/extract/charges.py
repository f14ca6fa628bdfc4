"""Criminal charges as English reports word them, normalised to the CHARGE vocabulary.

Reports translate the same Chinese or Kazakh article of law in many ways ("divulging state
secrets", "leaking state secrets", "spying"; "picking quarrels and provoking trouble",
"causing trouble"), so each charge is a small lexicon of wordings, matched case-insensitively
on word boundaries. `find_charges` finds charge *phrases*; whether a phrase is a charge laid
against a person ("convicted of separatism") or part of official rhetoric ("the fight against
separatism") is for the caller to judge from the event around it. Rhetoric that is plainly not
a charge ("counter-terrorism", "anti-extremism") is not returned.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from izde.extract.keywords import DocumentHits, occurrences, searched_in_documents
from izde.extract.literals import passes, required_literals, with_opening
from izde.extract.spans import at_word_starts, fold
from izde.extract.values import value_class

__all__ = ["ChargeMention", "find_charges", "normalise_charge"]


@value_class
class ChargeMention:
    start: int
    end: int
    text: str
    charge: str  # one of izde.extract.model.CHARGES


_INCITE = r"(?:incit(?:ing|ement\s+(?:of|to))|stirring\s+up|sowing|fomenting|fanning|provoking)"
_CHARGE_WORD = r"(?:\s+(?:charges?|accusations?|offen[cs]es?|crimes?|case))?"
_ETHNIC_ADJ = (
    r"(?:racial|ethnic|inter-?ethnic|national|inter-?national|social|clan|class|religious|tribal)"
)
_ETHNIC_ADJS = rf"{_ETHNIC_ADJ}(?:(?:,\s*|\s+(?:or|and|,)\s+|,\s+(?:or|and)\s+){_ETHNIC_ADJ})*"

_LEXICON: dict[str, list[str]] = {
    "state_secrets": [
        r"(?:(?:illegally\s+)?(?:divulg|leak|disclos|reveal|steal|sell|provid|obtain|possess"
        r"|spy|gather|collect|transferr?|pass)(?:ing|ed)\s+(?:an?\s+)?(?:(?:state|military|national)\s+)?"
        r"(?:and\s+\w+\s+)?secrets?(?:\s+(?:abroad|overseas|to\s+(?:foreign|overseas)"
        r"\s+(?:entities|organi[sz]ations|countries|agencies)))?)",
        r"(?:(?:the\s+)?(?:illegal\s+)?(?:leak(?:age)?|disclosure|theft|sale|possession)\s+of"
        r"\s+(?:state|military|national)\s+secrets)",
        r"(?:state|military)\s+secrets" + _CHARGE_WORD,
        # the PRC's article 111: "illegally providing state secrets or intelligence abroad"
        r"(?:illegally\s+(?:provid|steal|sell|pass|gather|collect|obtain)(?:ing|ed)\s+(?:(?:state\s+)?"
        r"secrets\s+(?:or|and)\s+)?intelligence(?:\s+(?:abroad|overseas|to\s+(?:foreign|overseas)"
        r"\s+(?:entities|organi[sz]ations|countries|agencies)))?|(?:provid|steal|sell|pass)(?:ing|"
        r"ed)\s+(?:(?:state\s+)?secrets\s+(?:or|and)\s+)?intelligence\s+(?:abroad|overseas|to\s+"
        r"(?:foreign|overseas)\s+(?:entities|organi[sz]ations|countries|agencies)))",
        r"espionage" + _CHARGE_WORD,
        r"spying(?:\s+for\s+(?:a\s+)?foreign\s+(?:country|countries|state|states|power))?",
        r"spy\s+charges?",
        r"(?:being\s+a\s+)?(?:foreign\s+)?spy\s+for\s+(?:a\s+)?foreign\s+(?:country|state|power)",
    ],
    "extremism": [
        r"(?:(?:propagat|promot|advocat|spread|incit|preach|disseminat|publiciz|publicis)ing"
        r"|propagation\s+of|promotion\s+of|advocacy\s+of|incitement\s+(?:to|of)|spreading\s+of)"
        r"\s+(?:religious\s+)?extremism",
        r"(?:using|use\s+of)\s+extremism\s+to\s+(?:undermine|sabotage|obstruct)"
        r"\s+(?:the\s+)?(?:implementation\s+of\s+(?:the\s+)?)?(?:law\s+enforcement|laws|law)",
        r"(?:(?:illegally\s+)?possess(?:ing|ion\s+of)\s+)?(?:religious\s+)?extremist\s+"
        r"(?:crimes?|activit(?:y|ies)|acts?|offen[cs]es?|materials?|content|literature|"
        r"propaganda|items|ideology|thought|speech|videos?|books?|organi[sz]ations?|groups?)",
        r"(?:religious\s+)?extremism" + _CHARGE_WORD,
    ],
    "separatism": [
        rf"{_INCITE}\s+(?:national\s+|ethnic\s+)?(?:separatism|splittism|secession)",
        r"(?:(?:national|ethnic)\s+)?(?:separatism|splittism|secession(?:ism)?)" + _CHARGE_WORD,
        r"(?:splitting|dividing|secession\s+from)\s+the\s+(?:country|state|nation|motherland)",
        # the Chinese article "inciting to split the country" and its English renderings
        r"(?:(?:inciting|incitement|attempting|attempts?|plotting|conspiring)\s+to\s+)?"
        r"(?:split|divide)\s+the\s+(?:country|state|nation|motherland)",
        r"(?:(?:inciting|incitement\s+to)\s+)?the\s+(?:splitting|division)\s+of\s+the\s+"
        r"(?:country|state|nation|motherland)",
        r"separatist\s+(?:activit(?:y|ies)|acts?|crimes?|offen[cs]es?)",
        r"(?:undermining|sabotaging)\s+(?:national|ethnic|state)\s+unity",
    ],
    "terrorism": [
        r"(?:(?:organi[sz]|lead|participat|financ|fund|promot|propagat|advocat|incit|prepar"
        r"|support|plann|plott)ing(?:\s+(?:in|of|to\s+carry\s+out|for))?|(?:organi[sz]ation"
        r"|financing|funding|promotion|advocacy|preparation)\s+of|(?:participation|involvement)"
        r"\s+in|membership\s+(?:in|of)|incitement\s+(?:to|of))\s+(?:an?\s+|the\s+)?terror"
        r"(?:ism|ist\s+(?:acts?|activit(?:y|ies)|organi[sz]ations?|groups?|attacks?))",
        r"terrorist\s+(?:activit(?:y|ies)|acts?|crimes?|offen[cs]es?)",
        r"terrorism" + _CHARGE_WORD,
        r"terror\s+charges?",
    ],
    "inciting_ethnic_hatred": [
        rf"{_INCITE}\s+(?:{_ETHNIC_ADJS}\s+)?(?:hatred|discord|hostility|enmity|strife|hatred"
        rf"\s+and\s+(?:ethnic\s+)?discrimination)(?:\s+and\s+(?:ethnic\s+)?discrimination)?",
        r"inter-?ethnic\s+(?:incitement|hatred|discord|strife|enmity)",
        r"(?:ethnic|racial|national)\s+(?:hatred|discord)" + _CHARGE_WORD,
    ],
    "illegal_border_crossing": [
        r"(?:illegally|unlawfully)\s+(?:crossing|crossed|cross)\s+(?:the\s+)?(?:state\s+|"
        r"national\s+|international\s+)?(?:border|frontier)",
        r"(?:crossing|crossed|cross)\s+(?:the\s+)?(?:state\s+|national\s+)?(?:border|frontier)"
        r"\s+(?:illegally|unlawfully)",
        r"(?:illegal|unlawful)\s+(?:crossing\s+of\s+(?:the\s+)?(?:state\s+)?(?:border|frontier)"
        r"|(?:state\s+)?border[-\s]crossings?)",
        r"(?:illegally|unlawfully)\s+(?:entering|entered|enter|leaving|left|exiting|exited)"
        r"(?:\s+(?:the|a)\s+country|\s+(?-i:[A-Z][a-z]+))?",
        r"(?:entering|entered|enter|leaving|left|exiting|exited)\s+(?:the|a)\s+country\s+"
        r"(?:illegally|unlawfully)",
        r"(?:illegal|unlawful)\s+(?:entry|exit|immigration)",
        r"(?:organi[sz]ing|smuggling\s+people\s+across\s+the\s+border)\s+illegal\s+border"
        r"\s+crossings?",
    ],
    "fraud": [
        r"(?:(?:financial|contract|credit|tax|insurance|telecom|wire|bank|investment)\s+)?"
        r"fraud" + _CHARGE_WORD,
        r"swindl(?:ing|e)",
        r"defrauding(?:\s+(?:the\s+)?state)?",
        r"(?:obtaining|obtained)\s+(?:money|property)\s+by\s+(?:fraud|deception)",
    ],
    "picking_quarrels": [
        r"(?:picking|seeking|stirring\s+up)\s+(?:quarrels|fights|disputes)(?:\s+and\s+"
        r"(?:provoking|causing|making|creating|stirring\s+up)\s+(?:troubles?|disturbances?))?",
        r"(?:provoking|causing|creating|making)\s+(?:trouble|disturbances?)",
        r"quarrel(?:l)?ing\s+and\s+provoking\s+trouble",
    ],
    "other": [
        r"(?:gathering|assembling|organi[sz]ing)\s+(?:a\s+)?crowds?\s+to\s+(?:disturb|disrupt)"
        r"\s+(?:public|social)\s+order",
        r"(?:gathering|assembling)\s+(?:a\s+)?crowds?\s+to\s+(?:disturb|disrupt)\s+(?:the\s+)?"
        r"order\s+(?:in|of)\s+(?:a\s+|the\s+)?public\s+places?",
        r"(?:disturbing|disrupting|undermining)\s+(?:public|social|traffic)\s+order",
        r"(?:inciting\s+)?subver(?:ting|sion\s+of)\s+(?:state|the\s+state['’]s)\s+power",
        r"endangering\s+(?:national|state|public)\s+security",
        r"obstructing\s+official\s+(?:business|duties)",
        r"harbou?ring\s+(?:criminals|fugitives)",
        r"(?:organi[sz]ing\s+and\s+)?(?:using|utili[sz]ing)\s+(?:a\s+)?(?:cults?|heretical"
        r"\s+organi[sz]ations?|superstition)\s+to\s+(?:undermine|sabotage|obstruct)"
        r"(?:\s+(?:the\s+)?(?:implementation\s+of\s+(?:the\s+)?)?(?:law|laws|state\s+laws)"
        r"(?:\s+enforcement)?)?",
        r"(?:inciting\s+)?subversion(?:\s+of\s+state\s+power)?",
        r"(?:bribery|corruption|embezzlement|treason|hooliganism|money\s+laundering|tax\s+evasion"
        r"|smuggling|(?:drug|human|people)\s+trafficking|extortion|blackmail|abuse\s+of\s+power)"
        + _CHARGE_WORD,
        r"(?:accepting|taking|offering|giving)\s+bribes",
        # Kazakh and Kyrgyz administrative charges against protesters
        r"(?:holding|organi[sz]ing|staging|participating\s+in|taking\s+part\s+in)\s+(?:an?\s+)?"
        r"[“\"‘']?(?:unsanctioned|unauthori[sz]ed|illegal|unpermitted)\s+(?:public\s+)?"
        r"(?:events?|rall(?:y|ies)|protests?|pickets?|gatherings?|assembl(?:y|ies)|meetings?|"
        r"demonstrations?)",
        r"violat(?:ing|ion\s+of)\s+the\s+(?:procedure|rules|law|order)\s+(?:for|on|of)\s+"
        r"(?:(?:organi[sz]ing|holding)\s+(?:and\s+(?:organi[sz]ing|holding)\s+)?)?(?:peaceful\s+)?"
        r"(?:assembl(?:y|ies)|rall(?:y|ies)|meetings|demonstrations|public\s+events)",
        r"(?:spreading|disseminating|fabricating)\s+(?:false|fake)\s+(?:information|news"
        r"|rumou?rs)",
        r"spreading\s+rumou?rs",
        r"obstruct(?:ing|ion\s+of)\s+(?:official\s+duties|justice|public\s+(?:service|duty))",
        r"illegal\s+(?:religious\s+activit(?:y|ies)|preaching|business\s+operations?"
        r"|assembly|gatherings?|possession\s+of\s+(?:firearms|weapons))",
        r"participation\s+in\s+(?:the\s+activities\s+of\s+)?(?:a\s+)?(?:banned|illegal)"
        r"\s+(?:organi[sz]ation|group)",
    ],
}

# Words that turn a charge name into policy rhetoric: "counter-terrorism", "anti-extremism".
_RHETORIC_BEFORE = re.compile(r"(?i)\b(?:counter|anti)[-\s]?$")
# each runs over a window around every stem hit: see ``spans.at_word_starts`` and
# ``literals.with_opening``
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (charge, with_opening(at_word_starts(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)))
    for charge, words in _LEXICON.items()
)


# Every wording of a charge contains one of its stems. Charge words are rare in running text,
# so each charge's pattern runs only around its stems (found with ``str.find``, which is far
# faster than a regex over the whole text).
_STEMS: dict[str, tuple[str, ...]] = {
    "state_secrets": ("secret", "espionage", "spy", "spie", "intelligence"),
    "extremism": ("extremis",),
    "separatism": ("separatis", "split", "secession", "divid", "division", "unity"),
    "terrorism": ("terror",),
    "inciting_ethnic_hatred": (
        "hatred",
        "discord",
        "hostility",
        "enmity",
        "strife",
        "incitement",
    ),
    "illegal_border_crossing": ("illegal", "unlawful", "border", "frontier"),
    "fraud": ("fraud", "swindl", "deception"),
    "picking_quarrels": ("quarrel", "trouble", "disturbance", "fights", "disputes"),
    "other": (
        "crowd",
        "order",
        "cult",
        "heretical",
        "superstition",
        "subver",
        "endanger",
        "business",
        "harbo",
        "brib",
        "corruption",
        "embezzl",
        "treason",
        "hooligan",
        "laundering",
        "evasion",
        "smuggl",
        "trafficking",
        "extortion",
        "blackmail",
        "abuse",
        "unsanctioned",
        "unauthori",
        "unpermitted",
        "violat",
        "rumo",
        "false",
        "fake",
        "obstruct",
        "illegal",
        "banned",
    ),
}
_PATTERN_OF = dict(_PATTERNS)
_REACH = 120  # longer than any charge phrase reaches from its stem
# words one of which each charge's every wording contains ("separatism", "crowd"): a stem hit
# whose window has none of them ("order" in "border") needs no search of the window
_NEEDS_OF = {charge: required_literals(pattern, max_tests=60) for charge, pattern in _PATTERNS}


def find_charges(text: str, shared: DocumentHits | None = None) -> list[ChargeMention]:
    """Every charge phrase in ``text``, in order; overlapping phrases keep the longest. A
    charge referred back to ("on the same charge", "for similar offences") is returned as the
    charge it refers to (see ``_same_charges``). ``shared``: the document's keyword pass
    (``keywords.DocumentHits``), which holds the charge stems."""
    found = [
        ChargeMention(s, e, text[s:e], charge)
        for s, e, charge in set(_matches(text, shared))
        if not _RHETORIC_BEFORE.search(text, max(0, s - 8), s)
    ]
    named = _without_overlaps(found)
    return _without_overlaps(named + _same_charges(text, named)) if named else named


# "on the same charge", "on similar charges", "for the same offence", "of identical crimes"
_SAME_CHARGE = with_opening(at_word_starts(
    r"\b(?:the\s+)?(?:same|similar|identical)\s+(?:criminal\s+)?(?:charges?|offen[cs]es?|"
    r"crimes?|counts?|accusations?)\b", re.IGNORECASE))
_SAME_WORDS = ("same ", "similar ", "identical ")
# words of prosecution before a charge: it was laid against someone ("jailed for ...")
_LAID = re.compile(r"(?i)\b(?:sentenc|convict|jail|charg|accus|guilt|prison|imprison|detain|"
                   r"arrest|tried|trial|prosecut|indict|punish)")


def _same_charges(text: str, named: list[ChargeMention]) -> list[ChargeMention]:
    """A charge told by reference to an earlier one ("A second defendant ... was given a
    one-year suspended sentence on the same charge"): the nearest charge before it that was
    laid against someone, else the nearest charge before it, keeping its code and wording."""
    low = text.lower()
    if not any(w in low for w in _SAME_WORDS):
        return []
    out: list[ChargeMention] = []
    for m in _SAME_CHARGE.finditer(text):
        earlier = [c for c in named if c.end <= m.start()]
        laid = [c for c in earlier if _LAID.search(text, max(0, c.start - 60), c.start)]
        pool = laid or earlier
        if pool:
            out.append(ChargeMention(m.start(), m.end(), pool[-1].text, pool[-1].charge))
    return out


def _matches(text: str, shared: DocumentHits | None = None) -> Iterator[tuple[int, int, str]]:
    low = text.lower()
    if len(low) != len(text):  # a few Unicode letters lower-case to two characters
        for charge, pattern in _PATTERNS:
            yield from ((m.start(), m.end(), charge) for m in pattern.finditer(text))
        return
    folded = fold(text)
    for at, charge in _stem_hits(low, shared):
        lo, hi = max(0, at - _REACH), at + _REACH
        if not passes(_NEEDS_OF[charge], folded[lo:hi]):
            continue
        for m in _PATTERN_OF[charge].finditer(text, lo, hi):
            if m.start() <= at < m.end():
                yield m.start(), m.end(), charge


def _stem_hits(low: str, shared: DocumentHits | None = None) -> Iterator[tuple[int, str]]:
    """(position, charge) of every stem in the lower-cased text, found in one pass
    (``keywords``; the order does not matter: ``find_charges`` sorts what they lead to)."""
    for at, _, stem in occurrences(_CHARGES_OF, low, shared):
        for charge in _CHARGES_OF[stem]:
            yield at, charge


# the charges each stem belongs to (a stem may serve several)
_CHARGES_OF: dict[str, tuple[str, ...]] = searched_in_documents({
    stem: tuple(c for c, stems in _STEMS.items() if stem in stems)
    for stem in dict.fromkeys(s for stems in _STEMS.values() for s in stems)})


def normalise_charge(phrase: str) -> str | None:
    """The CHARGE code of a phrase worded as a charge, e.g. "leaking state secrets" ->
    "state_secrets"; the longest charge phrase inside it decides. None when none is known."""
    found = find_charges(phrase)
    if not found:
        return None
    return max(found, key=lambda c: c.end - c.start).charge


def _without_overlaps(found: list[ChargeMention]) -> list[ChargeMention]:
    kept: list[ChargeMention] = []
    for c in sorted(found, key=lambda c: c.start - c.end):
        if all(c.end <= k.start or c.start >= k.end for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)
