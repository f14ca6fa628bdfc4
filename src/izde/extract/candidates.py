"""Classify capitalised runs as person names, organisations or places, from general evidence.

Evidence used (none of it names a particular person):
- titles and job words before a name are not part of it ("deputy chief Darkhan Dilmanov");
- organisation words make a run an organisation ("Ili Prefectural Court");
- place words, nationalities, months and known places make it not a person;
- ordinary English words at the edges are trimmed ("Former", "But"); a name keeps at most
  one ordinary word, and only when another token carries name shape ("Qiao Long");
- a single word is a name only when it is cued ("an official named Guljan", "Mr Akhat") or is
  the short form of a full name in the same document (decided later, in ``coref``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Literal

from izde.extract import lexicon
from izde.extract.literals import with_opening
from izde.extract.names import (
    given_name_gender,
    has_turkic_shape,
    is_chinese_name,
    is_western_order_chinese,
)
from izde.extract.person_cues import given_name_cue, has_person_context
from izde.extract.spans import at_word_starts
from izde.extract.tokens import Word, name_case
from izde.extract.values import value_class

Kind = Literal["person", "single", "organisation", "place"]
_PLACE_NAMED = with_opening(at_word_starts(
    r"\b(?:city|town|village|county|region|place|area|province|river|district|camp|prison|"
    r"group|company|organi[sz]ation|app)\b[^.,]{0,30}$", re.IGNORECASE))
_PLACE_AFTER_WORDS = ("county", "district", "prefecture", "province", "township", "village",
                      "town", "city", "region", "oblast", "mountains", "river", "valley",
                      "crossing", "pass", "airport", "neighbourhood", "neighborhood", "quarter",
                      "suburb", "commune", "mahalla", "bazaar", "market", "checkpoint",
                      "station", "square", "street", "avenue")
# ... and a named post of a border or the police: "the Nur Zholy border crossing", "the
# Torugart frontier post", "the Yengi Hayat police station"
_BORDER_POST = (r"(?:(?:border|frontier) (?:crossing|checkpoint|post|point|station)|police "
                r"(?:station|department|precinct|post|headquarters|bureau))")
_PLACE_AFTER = re.compile(r" (?:" + _BORDER_POST + "|" + "|".join(_PLACE_AFTER_WORDS) + r")\b")
# the first two letters of those words, after the space: asked after every capitalised run,
# most of which a slice and a set test rule out before the pattern is tried
_PLACE_AFTER_HEADS = frozenset([w[:2] for w in _PLACE_AFTER_WORDS] + ["bo", "fr", "po"])
_CUE_BEFORE = re.compile(
    r"(?:\bnamed|\bcalled|\bMr\.?|\bMrs\.?|\bMs\.?|\bMiss|\bDr\.?|"
    # "a woman she knew only as Buhejer"
    r"\b(?:known|knew(?:\s+(?:him|her))?)\s+(?:only\s+|simply\s+)?as|"
    # "an official, who gave her name as Raziye"
    r"\b(?:gave|gives|giving)\s+(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as)\s+$")


@value_class
class Candidate:
    """A classified mention; ``start``/``end`` are absolute offsets of the kept words."""

    kind: Kind
    start: int
    end: int
    text: str
    tokens: tuple[str, ...]
    cued: bool = False


def with_names(persons: list[Candidate], found: list[Candidate]) -> list[Candidate]:
    """``persons`` with the names ``found`` by a document pass ("KADYRBEK, Ersin", "A.
    Mukanova") in place of the candidates made of their words, in text order."""
    if not found:
        return persons
    kept = [c for c in persons if not any(f.start <= c.start and c.end <= f.end for f in found)]
    return sorted([*kept, *found], key=lambda c: c.start)


def classify(text: str, run: list[Word], is_place: Callable[[str], bool]) -> Candidate | None:
    """What a capitalised run names, or None when it is ordinary capitalised prose."""
    if text[run[0].start - 2:run[0].start - 1].isdigit() and _in_case_number(text, run):
        return None
    tokens = tuple(w.text for w in run)  # the words alone, for the answers kept per words
    told = _told_by_words(tokens)
    if told is not None:
        return _make(told, text, _strip_leading_stop(run))
    if not run[-1].possessive and _place_word_after(text, run[-1].end) and not (
            len(tokens) == 1 and tokens[0].lower() in lexicon.DEMONYMS):
        # "the Yengi Hayat district"; not a nationality ("the Kazakh border post")
        return _make("place", text, _strip_leading_stop(run))
    core = _person_core(run, tokens, is_place)
    if len(core) < 2:
        named = _evidenced_name(text, run, is_place) or (
            _aged_name(text, run, is_place) if text.startswith((",", " ("), run[-1].end)
            else None)
        if named is not None:
            return named
    if not core:
        return _place_or_none(text, run, is_place)
    if len(core) == 1:
        return _single(text, core[0], is_place)
    return _make("person", text, core) if len(core) <= 4 else None


@lru_cache(maxsize=1 << 16)
def _told_by_words(tokens: tuple[str, ...]) -> Literal["organisation", "place"] | None:
    """What a run's words alone make it: an organisation word after its first word, or
    at both its ends ("Ili Prefectural Court", "Court of Appeal"), but not a Kazakh one
    after a given name ("Gulmira Kenes"), else a place word after
    its first ("Yengi Hayat District"). Kept per word sequence, as ``_core_bounds`` is (the
    same runs recur: "The", "Police", the names of a report)."""
    lows = [t.lower() for t in tokens]
    if len(lows) == 2 and lows[1] in lexicon.TURKIC_ORG_WORDS and (
            lows[0] in lexicon.given_names() or given_name_gender(lows[0], by_ending=False)):
        return None  # a given name and a family name: "Gulmira Kenes", "Aibek Kenesh"
    if any(low in lexicon.ORG_WORDS for low in lows[1:]) or (
            len(lows) > 1 and lows[0] in lexicon.ORG_WORDS and lows[-1] in lexicon.ORG_WORDS):
        return "organisation"
    if len(lows) > 1 and any(low in lexicon.PLACE_WORDS for low in lows[1:]):
        return "place"
    return None


def _place_word_after(text: str, end: int) -> bool:
    """A place word follows the run: "the Yengi Hayat district"."""
    return (text[end + 1:end + 3] in _PLACE_AFTER_HEADS
            and _PLACE_AFTER.match(text, end) is not None)


# Chinese case numbers: "(2019) Xin 31 Xing Chu No. 114", "Xin 01 Min Zhong 5 Hao": pinyin
# syllables for the case type between the court's number and the case's number
_NUMBER_BEFORE = re.compile(r"\d{1,5}\s$")
_NUMBER_AFTER = re.compile(r"\s(?:No\.?\s*\d|\d{1,5}\b|Hao\b)")
_NO_AFTER = re.compile(r"\.?\s*\d")  # the run took "No" in: "Xing Chu No. 114"


def _in_case_number(text: str, run: list[Word]) -> bool:
    """A run between two numbers of a case reference is no name, whatever its shape."""
    start, end = run[0].start, run[-1].end
    return (start > 0 and text[start - 1] == " " and text[start - 2:start - 1].isdigit()
            and _NUMBER_BEFORE.search(text, max(0, start - 6), start) is not None
            and (_NUMBER_AFTER.match(text, end) is not None
                 or (run[-1].text == "No" and _NO_AFTER.match(text, end) is not None)))


def _evidenced_name(text: str, run: list[Word], is_place: Callable[[str], bool]
                    ) -> Candidate | None:
    """A two- or three-word name of any origin ("Thomas Berg", "Anna Lindqvist") that name
    shape alone would reject, accepted when its context marks a person (``person_cues``)."""
    i = 0
    while i < len(run) and (run[i].text.lower() in lexicon.TITLES
                            or run[i].text.lower() in lexicon.STOP_CAPS):
        i += 1
    core = run[i:]
    if not 2 <= len(core) <= 3 or not all(_plain_name_token(w.text, is_place) for w in core):
        return None
    if all(lexicon.is_common(w.text) for w in core) and (
            core[0].text.lower() not in lexicon.given_names()):
        return None  # "Foreign Policy", "Bitter Winter" (but "Peter Stone"): whatever the cue
    titled = i > 0 and run[i - 1].text.lower() in lexicon.TITLES
    if titled or has_person_context(text, core[0].start, core[-1].end):
        return _make("person", text, core)
    return None


# an age in apposition ("X, 45, a driver", "X (45)") is said only of a person
_AGE_AFTER = re.compile(r",\s*\d{1,3}\s*,|\s*\(\d{1,3}\)")


def _aged_name(text: str, run: list[Word], is_place: Callable[[str], bool]) -> Candidate | None:
    """A two- or three-word name whose last word is also a city ("Serik Oral", "Almas Taraz"):
    followed by an age it is a person, since places and organisations have none. The first
    word must still be no ordinary word and no place ("Almaty Oral, 45," stays unread)."""
    if not 2 <= len(run) <= 3 or run[-1].possessive or not _AGE_AFTER.match(text, run[-1].end):
        return None
    first = run[0].text
    if any(_not_name_word(w.text) for w in run) or lexicon.is_common(first) or is_place(first):
        return None
    return _make("person", text, run)


def _not_name_word(token: str) -> bool:
    low = token.lower()
    return lexicon.is_non_name_word(low) or low in lexicon.TITLES or low in lexicon.STOP_CAPS


def _plain_name_token(token: str, is_place: Callable[[str], bool]) -> bool:
    low = token.lower()
    if lexicon.is_non_name_word(low) or low in lexicon.TITLES or low in lexicon.STOP_CAPS:
        return False
    return not is_place(token) or has_turkic_shape(token)


def _make(kind: Kind, text: str, run: list[Word], cued: bool = False) -> Candidate | None:
    if not run:
        return None
    start, end = run[0].start, run[-1].end
    return Candidate(kind, start, end, text[start:end], tuple([name_case(w.text) for w in run]),
                     cued)


def _strip_leading_stop(run: list[Word]) -> list[Word]:
    i = 0
    while i < len(run) - 1 and run[i].text.lower() in lexicon.STOP_CAPS:
        i += 1
    return run[i:]


def _place_or_none(text: str, run: list[Word], is_place: Callable[[str], bool]) -> Candidate | None:
    stripped = _strip_leading_stop(run)
    name = " ".join(w.text for w in stripped)
    if stripped and (is_place(name) or name.lower() in lexicon.PLACES):
        return _make("place", text, stripped)
    return None


# a town the gazetteer does not know, told by where it stands: "a researcher in Leiden, said",
# "visited me in Birmingham in 2016" (a preposition of place before it, the phrase ending
# after it); never a name-shaped word, a faith or a platform ("in Islam", "in WeChat groups")
_LOCATIVE_BEFORE = re.compile(r"(?<!confided )(?<!believe )(?<!believed )(?<!believes )"
                              r"(?<!trust )(?<!faith )(?<!interest )(?<!interested )"
                              r"(?<!involved )\b(?:in|near|outside)\s$")
_PHRASE_ENDS = re.compile(r"(?:\s*[,.;:)!?\"”]|\s*$|\s+(?:in|on|at|since|and|or|for|from|to|"
                          r"where|when|with|until|after|before|during|last|this|\d))")
_NOT_TOWNS = frozenset({"islam", "christianity", "buddhism", "judaism", "facebook", "youtube",
                        "wechat", "whatsapp", "instagram", "tiktok", "telegram", "twitter",
                        "google", "weibo", "signal", "zoom", "skype", "viber"})


def _unknown_town(text: str, word: Word) -> bool:
    low = word.text.lower()
    return (bool(_LOCATIVE_BEFORE.search(text, max(0, word.start - 20), word.start))
            and not word.possessive and low not in _NOT_TOWNS and not low.endswith("ism")
            and not lexicon.is_common(low) and low not in lexicon.given_names()
            and not has_turkic_shape(word.text)
            and bool(_PHRASE_ENDS.match(text, word.end)))


def _single(text: str, word: Word, is_place: Callable[[str], bool] = lambda _: False
            ) -> Candidate | None:
    low = word.text.lower()
    if lexicon.is_non_name_word(low) or low in lexicon.TITLES or low in lexicon.STOP_CAPS:
        return None
    if _unknown_town(text, word):
        return _make("place", text, [word])
    cued = bool(_CUE_BEFORE.search(text, max(0, word.start - 24), word.start)) and not (
        _PLACE_NAMED.search(text, max(0, word.start - 40), word.start))
    if not cued and not lexicon.is_common(low) and not is_place(word.text):
        cued = given_name_cue(text, word.start, word.end, lambda: _name_shaped(word.text))
    return _make("single", text, [word], cued)


def _name_shaped(token: str) -> bool:
    return has_turkic_shape(token) or token.lower() in lexicon.given_names()


def _person_core(run: list[Word], tokens: tuple[str, ...], is_place: Callable[[str], bool]
                 ) -> list[Word]:
    """The run (its words' ``tokens``) without titles, places and ordinary words at its
    edges, if it can be a name."""
    lo, hi = _core_bounds(tokens, is_place)
    return run[lo:hi]


@lru_cache(maxsize=1 << 16)
def _core_bounds(tokens: tuple[str, ...], is_place: Callable[[str], bool]) -> tuple[int, int]:
    """Where the name core lies in a run, decided by the words alone: names recur, so the
    answer is cached per word sequence (and per place test)."""
    for i in range(len(tokens) - 1):
        pair = list(tokens[i:i + 2])
        if _chinese_pair(pair) and not _edge_blocked(tokens[:i], is_place):
            return i, i + 2
    lo, hi = 0, len(tokens)
    while lo < hi and _droppable(tokens[lo], is_place) and not _borne_place(tokens, lo, is_place):
        lo += 1
    while hi > lo and _droppable(tokens[hi - 1], is_place, trailing=True) and not (
            _borne_place(tokens, hi - 1, is_place)):
        hi -= 1
    if any(_blocks_name(tokens[k], is_place) and not _borne_place(tokens, k, is_place)
           for k in range(lo, hi)):
        return 0, 0
    return lo, hi


# the endings of a family name or patronymic (Russian-style -ov/-eva, Kazakh -uly/-kyzy,
# Kyrgyz uulu): a word so ending beside a place's name makes the pair a person's name
_SURNAME_ENDS = ("ov", "ova", "ev", "eva", "yev", "yeva", "ovna", "evna", "ovich", "evich",
                 "uly", "ulı", "uulu", "kyzy", "qyzy", "qizi", "kizi")


def _borne_place(tokens: tuple[str, ...], i: int, is_place: Callable[[str], bool]) -> bool:
    """The place's name at ``tokens[i]``, in a run of two or three words, is a
    person's name there: the other words are names that are no place and no ordinary word,
    and either the place's name is also a common given name ("Manas Turgunov", "Emin Tursun",
    "Nursultan Abdrakhman": ``lexicon.PERSONAL_TOPONYMS``) or another word ends as a family
    name or patronymic does ("Tekes Asanov" would be a man, never a town)."""
    if not 2 <= len(tokens) <= 3 or not is_place(tokens[i]) or (
            lexicon.is_non_name_word(tokens[i]) or lexicon.is_common(tokens[i])):
        return False
    others = [t for j, t in enumerate(tokens) if j != i]
    if not all(t[:1].isupper() and not is_place(t) and not lexicon.never_in_name(t)
               and t.lower() not in lexicon.STOP_CAPS for t in others):
        return False
    return tokens[i].lower() in lexicon.PERSONAL_TOPONYMS or any(
        t.lower().endswith(_SURNAME_ENDS) and len(t) > 4 for t in others)


def _chinese_pair(pair: list[str]) -> bool:
    """A Chinese name in either order; written given name first ("Haitao Sun") only when the
    given name is no English word ("Men Wang"; "Bin Zhou" then needs context, see
    ``_evidenced_name``)."""
    if any(lexicon.is_non_name_word(t) and not (i == len(pair) - 1 and _given_syllable(pair))
           for i, t in enumerate(pair)):
        return False  # "Hong Kong"
    return is_chinese_name(pair) or (
        is_western_order_chinese(pair) and not lexicon.is_common(pair[0]))


def _given_syllable(pair: list[str]) -> bool:
    """The last word is a month's abbreviation that is also a Chinese given name after a
    surname ("Ma Jun", "Li Jun"): the pair is a name (a date would carry a day or a year:
    "Jun 5")."""
    return pair[-1].lower() == "jun" and is_chinese_name(pair)


def _edge_blocked(prefix: tuple[str, ...], is_place: Callable[[str], bool]) -> bool:
    return any(not _droppable(t, is_place) for t in prefix)


def _droppable(token: str, is_place: Callable[[str], bool], trailing: bool = False) -> bool:
    low = token.lower()
    if low in lexicon.TITLES or low in lexicon.STOP_CAPS or lexicon.is_non_name_word(low):
        return not (trailing and (has_turkic_shape(token) or low in lexicon.TURKIC_TITLES))
    return lexicon.is_common(low) or is_place(token)


def _blocks_name(token: str, is_place: Callable[[str], bool]) -> bool:
    """A token inside a name core that shows the run is not a person's name."""
    low = token.lower()
    if lexicon.is_non_name_word(low) or lexicon.is_common(low):
        return True
    return is_place(token) and not has_turkic_shape(token)
