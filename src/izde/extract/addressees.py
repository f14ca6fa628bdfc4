"""Whom a reported threat is aimed at: the owner a possessive names, or the one spoken to.

"warned that her parents would pay for her words" threatens "her", the owner of the
relatives it names, not the relatives; "said that if I keep speaking" threatens the
narrator; a caller's "Think of your mother." threatens the person the caller speaks to (the
one "told" or "warned", else the narrator of the testimony or the speaker of the answer in an
interview). A caller's words count as a threat only when the authorities are the speakers
(a call "from the public security bureau", "the officer said"): a friend's "think of your
mother" is advice.
"""

from __future__ import annotations

import re

from izde.extract.references import (
    PersonIndex,
    antecedent,
    first_person_at,
    kin_of,
    label_speaker_at,
    quote_speaker,
)

_FIRST = frozenset({"i", "me", "my", "us"})  # "us": the teller among them
_SECOND = frozenset({"you", "your"})
_TOLD = re.compile(r"\b(?:told|warned|threatened|said\s+to|asked|wrote\s+to|texted|messaged|"
                   r"called|rang|phoned)\s+(?:(?P<obj>me|him|her|them)\b(?!\s+(?:mother|father|"
                   # or by name, alone or after the relative it is: "warned his mother, Zauresh
                   # Nurpeiskyzy, that ..."
                   r"brother|sister|son|daughter|husband|wife|parents)\b)|(?:(?:his|her|their)\s+"
                   r"(?:[a-z-]+\s+)?(?:mother|father|brother|sister|son|daughter|husband|wife)\s*,"
                   r"\s*)?(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}))",
                   re.IGNORECASE)
_AUTHORITY = re.compile(r"\b(?:police(?:man|men)?|security|bureau|officers?|officials?|agents?|"
                        r"authorities|consulate|embassy|ministry|investigators?|interrogators?|"
                        r"(?:in|wearing)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?uniform|"
                        # strangers, and callers who hide: "two unknown men", "a number she did
                        # not recognize"
                        r"strangers?|(?:unknown|unidentified|anonymous)\s+(?:men|man|callers?|"
                        r"people|persons)|numbers?\s+(?:she|he|they|I|we)\s+(?:did\s+not|didn['’]t|"
                        r"could\s+not|couldn['’]t)\s+(?:recogni[sz]e|know|trace)|"
                        r"(?:state|public)\s+security|"
                        # men who shadow someone: "one of them walked behind me", "two men
                        # followed her around Taldykorgan"
                        r"(?:followed|walked\s+behind|trailed|tailed)\s+(?:me|her|him|them|us)|"
                        r"(?:a\s+)?(?:Chinese|unknown|foreign|"
                        # ("an unknown Kazakh number")
                        r"hidden|withheld)\s+(?:(?-i:[A-Z])[a-z]+\s+)?(?:phone\s+)?numbers?)\b",
                        re.IGNORECASE)
# how far back the speaker of a call or visit may be introduced
_CONTEXT = 400
# what words come in, after the verb that receives them: "a WeChat message", "one call"
_WORDS_RECEIVED = (r"(?:an?\s+|the\s+|one\s+|another\s+)?(?:[\w-]+\s+){0,2}?(?:messages?|calls?|"
                   r"texts?|letters?|e-?mails?|voice\s+(?:messages?|notes?))\b")
# the narrator receiving the words: "I got a message on WhatsApp", "we received a call"
_I_RECEIVED = re.compile(r"\b(?-i:I|[Ww]e)\s+(?:got|received|had|get|receive)\s+" + _WORDS_RECEIVED,
                         re.IGNORECASE)


_EVERYONES = frozenset({"everyone's", "everybody's", "everyone’s", "everybody’s"})
_EVERYONE = re.compile(r"\b(?:everyone|everybody)\b", re.IGNORECASE)


def owner_of(index: PersonIndex, m: re.Match[str], floor: int) -> list[str]:
    """The person named by the pronoun or possessive in the match's group ``who``."""
    word = m.group("who")
    low = word.lower()
    if low in _FIRST or low in _EVERYONES or (low == "our" and _EVERYONE.search(m.group())):
        # "collected everyone's passports": the teller's too; in a quotation, its speaker's
        # ("the passports of everyone in our village": the teller's among them; "all passports
        # in our mahalla" may be the family's, told from abroad)
        return quote_speaker(index, m.start(), floor) or _narrator(index, m.start())
    if low in _SECOND:
        return addressee_of(index, m.start(), floor)
    owners = antecedent(index, m.start("who"), low, floor)
    kin = m.groupdict().get("kin")
    # "came to his mother's house ... and told her": the relative, when the text names her
    if kin and owners:
        return kin_of(index, owners, kin)
    # "have come to her mother's house at least once a week to ask where her daughter
    # lives": questions about her child press the mother (none if the report does not name
    # her); "... to ask whom he meets" are about him
    home_of = m.groupdict().get("home_of")
    if home_of and owners and _ABOUT_HER_CHILD.match(index.text, m.end(),
                                                     min(len(index.text), m.end() + 120)):
        return kin_of(index, owners, home_of)
    return owners


# the relative's own child asked about: "... to ask where her daughter lives"
_ABOUT_HER_CHILD = re.compile(r"[^.;]{0,60}?\b(?:ask|asking|asked|question|questioning)\b"
                              r"[^.;]{0,30}?\b(?:his|her|their)\s+(?:son|daughter|child|"
                              r"children)\b", re.IGNORECASE)

# the same told of another: "she received a WeChat message from the account of a cousin"
_SHE_RECEIVED = re.compile(r"\b(?P<p>[Hh]e|[Ss]he)\s+(?:later\s+|then\s+|also\s+)?(?:got|received|"
                           r"had\s+received|has\s+received)\s+" + _WORDS_RECEIVED)


def addressee_of(index: PersonIndex, pos: int, floor: int) -> list[str]:
    """The person spoken to: the object of the last "told"/"warned" shortly before ``pos``,
    else the narrator (or, in an interview, the one answering)."""
    lo = max(floor, pos - _CONTEXT)
    if label_speaker_at(index, pos) is not None:
        lo = max(lo, index.text.rfind("\n", 0, pos) + 1)  # a chat line or turn: its own words
    got = next(reversed(list(_I_RECEIVED.finditer(index.text, lo, pos))), None)
    if got is not None:
        lo = got.start()  # "Three weeks ago I got a message ... It said: '...'": mine, not
        # the one asked before ("They asked her what I do ...")
    got_it = next(reversed(list(_SHE_RECEIVED.finditer(index.text, lo, pos))), None)
    if got_it is not None and not _TOLD.search(index.text, got_it.end(), pos):
        # "she received a WeChat message from the account of a cousin ... 'Your mother is
        # old. Think about her health ...,' the message read": hers
        keys = antecedent(index, got_it.start("p"), got_it.group("p").lower(), floor)
        if keys:
            return keys
    told = None
    for m in reversed(list(_TOLD.finditer(index.text, lo, pos))):
        if not m.group("name"):
            told = m
            break
        named = [k for _, _, k in index.persons_between(m.start("name"), m.end("name"))]
        if named:
            return named[:1]
        # a capitalised word that is no one ("she told RFA"): the one told before it
    if told is None:
        return _narrator(index, pos)
    obj = told.group("obj").lower()
    if obj == "me":
        return _narrator(index, told.start("obj"))
    return antecedent(index, told.start("obj"), obj, floor)


def authorities_speak(index: PersonIndex, pos: int, floor: int) -> bool:
    """The authorities are named shortly before ``pos`` (who called, visited or spoke)."""
    return _AUTHORITY.search(index.text, max(floor, pos - _CONTEXT), pos) is not None


def _narrator(index: PersonIndex, pos: int) -> list[str]:
    who = first_person_at(index, pos)
    return [who] if who else []
