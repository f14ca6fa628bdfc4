"""Other spellings and names a report gives for one person: "X (also spelled Y)".

Names from Kazakh, Uyghur and Chinese reach English in several transliterations, and reports
say so in a few fixed ways: "(also spelled Y)", "(also known as Y)", "(a.k.a. Y)",
", also written Y,", ", whose name is also transliterated as Y,", "(alias Y)", "(née Y)",
"(Chinese name Y)", "(real name Y)", "(pen name Y)". Whatever
follows such a cue is the same person as the name before it, never a second person, even
when the two spellings share no word ("Abdullah Kerim (also spelled Abdulla Karim)").

A report may also give the other name through a pronoun, often far from the name it
doubles: "the verdict, in which he appears under the Chinese transliteration of his name,
Y", "her Uyghur name is Y", "his real name, Y,", "(...; his name is also spelled Y)". The
pronoun's person (``references``) owns it (``find_pronoun_aliases``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# a capital letter of the Latin or Cyrillic alphabets a name may be written in, and a run of
# up to ``most`` words that open with one (also ``places.PLACE_GLOSS``)
CAPITAL = r"[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁӘҒҚҢӨҰҮҺІ]"


def capital_run(most: int) -> str:
    return CAPITAL + r"[\w'’-]*(?:[ \t]+" + CAPITAL + r"[\w'’-]*){0," + str(most - 1) + "}"


_RUN = capital_run(4)
_HOW = (r"(?:spelled|spelt|written|transliterated|romani[sz]ed|rendered|known|called|"
        r"referred\s+to)(?:\s+(?:as|in\s+(?:the\s+)?(?:English|Latin|pinyin|Russian|Kazakh|Chinese|"
        r"Uyghur|Uighur|Kyrgyz|Cyrillic)(?:\s+(?:script|style|way|manner|fashion|form))?\s+as))?")
# the languages that label a name's other form in brackets: "(Chinese: Ziyading Saipuding)"
# (the commonest first, as ``_NEEDS`` wants; no one is the start of another)
_LABEL_LANGUAGES = ("Chinese", "Uyghur", "Uighur", "Kazakh", "Kyrgyz", "Russian", "pinyin",
                    "Pinyin", "Mandarin")
ALIAS_RE = re.compile(
    # (after a name in brackets too: "Ruziguli Xielifu (如孜古丽·谢里甫), a Uyghur woman ...,
    # whose name would be spelled Rozigul Sherip")
    r"\)?[ \t]*[(,—–][ \t]*(?:\d{1,3}[ \t]*,[ \t]*)?(?:(?:also|sometimes|often|variously|formerly|"
    r"previously)\s+" + _HOW
    + r"|who\s+(?:uses|used|goes\s+by|went\s+by|is\s+registered\s+under)\s+(?:the|a)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:surname|name|spelling|form)"
    + r"|whose\s+name\s+is\s+(?:also|sometimes)\s+" + _HOW
    # "Musa, whose name appears in Chinese documents as Jilili Musa"
    + r"|whose\s+name\s+(?:(?:also|sometimes|often)\s+)?(?:appears|appeared|is\s+(?:given|"
    r"listed|written|recorded))\s+(?:in\s+(?:[\w-]+\s+){1,3}?)?as"
    # the spelling it would have in another language, after the person's description:
    # "Ruziguli Xielifu, a Uyghur woman born in 1977 in Kashgar, whose name would be spelled
    # Rozigul Sherip in Uyghur" (no two capitalised words in the description: a name there
    # would be the nearer owner)
    + r"|(?:an?\s+(?:(?!(?-i:[A-Z])\w+\s+(?-i:[A-Z]))[^;()\n]){1,80}?,\s+)?whose\s+name\s+"
    r"(?:would|should|could|is\s+to)\s+be\s+(?:spelled|spelt|written|rendered|transliterated)"
    r"(?:\s+in\s+(?:[\w-]+\s+){1,2}?as)?"
    # "Shohret Hemdulla — whose name he gave in Chinese as Xiaokaiti Aimudula"
    + r"|whose\s+name\s+(?:[\w-]+\s+){1,3}?(?:gave|gives|wrote|writes|listed|lists|rendered|"
    r"renders|spelled|spells|recorded|records)\s+(?:in\s+(?:[\w-]+\s+){1,2}?)?as"
    # where the other spelling stands: "Talgat Zhienbai, written in the verdict as Talahati
    # Jieenbayi,", "listed in court records as Y"
    + r"|(?:written|spelled|spelt|listed|named|identified|recorded|registered|rendered|"
    r"transliterated)\s+in\s+(?:the\s+|a\s+|his\s+|her\s+)?(?:[\w-]+\s+){1,3}?as"
    # who calls the person so: "Aierken Sawuti, a taxi driver from Yining whom friends in
    # Almaty know as Erkin Sawut,"
    + r"|(?:an?\s+[^,;()\n]{1,80}?\s+)?(?:whom|who)\s+(?:[\w-]+\s+){1,4}?(?:know|knew|call|"
    r"called)\s+as|known\s+to\s+(?:his|her|their)?\s*(?:[\w-]+\s+){0,2}?as"
    + r"|a\.k\.a\.?|aka|alias|n[ée]e|(?:his|her)?\s*(?:pen|real|full|birth|Chinese|Uyghur|Kazakh|"
    r"Russian)\s+name(?:\s+is)?|in\s+(?:Uyghur|Uighur|Kazakh|Kyrgyz|Chinese|Russian|pinyin|Latin)"
    r"(?:\s+script)?(?=\s*:)"
    # the language alone as a label in brackets: "Ziyadin Seypidin (Chinese: Ziyading Saipuding,
    # 孜亚丁·赛普丁)"
    r"|(?<=\()(?:" + "|".join(_LABEL_LANGUAGES) + r")(?=:))"
    r"[ \t]*:?[ \t]+[\"“‘']?(?P<alias>" + _RUN + r")")
MORE_RE = re.compile(r"[\"”’']?(?:[ \t]+or[ \t]+|[ \t]*/[ \t]*)[\"“‘']?(?P<alias>"
                     + _RUN + r")")
# every ALIAS_RE match contains one of these (the commonest first: the test that stops at
# the first one found then reads the text once, not once for each rarer word before it)
_NEEDS = ("in ", "also", "sometimes", "often", "variously", "formerly", "previously", "a.k.a",
          "aka", "alias", "née", "nee", " name", "who uses", "who used", " by the",
          "registered under", "whom", "who", "known to",
          *(f"({language}:" for language in _LABEL_LANGUAGES))


_KIND = (r"(?:transliteration|transcription|spelling|rendering|romani[sz]ation|version|form"
         r"|pinyin|way|manner|fashion)")
_LANG = r"Chinese|Uyghur|Uighur|Kazakh|Kyrgyz|Russian|Mandarin|pinyin|Latin|Cyrillic"
# "in the Russian form", "in its Kazakh spelling"
_IN_THE_FORM = r"\s+in\s+(?:the|its|a|their)\s+(?:" + _LANG + r")\s+" + _KIND
# "the Chinese transliteration of his name, Y" / "his Uyghur name is Y" / "her real name, Y"
PRONOUN_ALIAS_RE = re.compile(
    r"\b(?:(?i:the|a|an)\s+(?:(?:official|usual|" + _LANG + r")\s+){0,2}" + _KIND
    + r"\s+of\s+(?P<p1>his|her)\s+name"
    + r"|(?P<p2>(?i:his|her))\s+(?:(?:" + _LANG + r"|real|full|birth|official|legal|pen"
    + r"|original)\s+)name"
    + r"|(?P<p3>(?i:his|her))\s+name\s+(?:(?:is|was)\s+(?:also|sometimes|often|variously)\s+"
    + _HOW + r"|(?:also\s+|sometimes\s+)?(?:appears|appeared)(?=\s+as\b))"
    # a name the family or friends use: "In our family we call him Ata", "his nickname is X"
    + r"|\b(?i:we|they|everyone|everybody|people|friends|family)\s+(?:all\s+)?(?i:call|calls|"
    r"called)\s+(?P<p4>(?i:him|her))(?=\s+[\"“‘']?" + CAPITAL + r")"
    + r"|(?P<p5>(?i:his|her))\s+nickname(?:\s+is|\s+was|\s*,)?(?=\s+[\"“‘']?" + CAPITAL + r")"
    # a document that writes the name otherwise: "the verdict renders his name as Y"
    + r"|\b(?:renders?|rendered|spells?|spelled|spelt|writes|wrote|lists|listed|records|"
    r"recorded|gives|gave|signs|signed)\s+(?P<p6>his|her)\s+name(?=(?:\s+in\s+(?:" + _LANG
    + r")(?:\s+"
    r"characters)?)?(?:\s+as\b|[ \t]+(?=[\"“‘']?" + CAPITAL + r"))|" + _IN_THE_FORM + r"\s*,)"
    # a document that names the person otherwise: "The ruling lists him as Duishon Kulmatov",
    # "the verdict identifies her as X"
    + r"|\b(?:lists|listed|names|named|identifies|identified|registers|registered|records|"
    r"recorded|refers\s+to|referred\s+to)\s+(?P<p8>him|her)(?=\s+as\s+[\"“‘']?" + CAPITAL + r")"
    # "In Kyrgyz he is also called X", "in the ruling he is named as X"
    + r"|\b(?P<p7>(?-i:He|he|She|she))\s+is\s+(?:also\s+|sometimes\s+|often\s+)?(?:called|"
    r"named|known\s+as|spelled|written|listed|identified|referred\s+to)(?=\s+(?:as\s+)?[\"“‘']?"
    + CAPITAL + r"))"
    # ("renders his name in Chinese as Y", "gives her name in the Russian form, Y")
    + r"(?:\s+in\s+(?:" + _LANG + r")(?:\s+characters)?(?=\s+as\b)|" + _IN_THE_FORM + r")?"
    + r"(?:\s+(?:is|was|appears\s+as|reads)|\s*[,:]|\s+as)?[ \t]+"
    + r"[\"“‘']?(?P<alias>" + _RUN + r")")
_PRONOUN_NEEDS = (" name", "call", "nickname", " is ", " as ")


def nicknames(text: str) -> set[str]:
    """The one-word names a text says a person goes by ("we call him Ata"): a later "Ata"
    alone is that person, though no full name holds the word."""
    if "call" not in text and "nickname" not in text:
        return set()
    return {m.group("alias") for m in PRONOUN_ALIAS_RE.finditer(text)
            if (m.group("p4") or m.group("p5")) and " " not in m.group("alias")
            and not is_address(m.group("alias"))}


# words of address that one may be "called" without their being a name
_ADDRESS = frozenset({"mister", "mr", "sir", "madam", "madame", "miss", "mrs", "ms", "comrade",
                      "teacher", "uncle", "aunt", "auntie", "boss", "brother", "sister",
                      "doctor", "granny", "grandpa", "grandma", "citizen", "comrades"})


def is_address(alias: str) -> bool:
    """"Mister", "Comrade", "Teacher": a form of address, not a name."""
    return alias.strip("\"“”‘’'. ").lower() in _ADDRESS


@dataclass(frozen=True)
class PronounAlias:
    """text[start:end] is another name of the person the possessive at ``pronoun`` means."""

    pronoun: int
    word: str
    start: int
    end: int


def find_pronoun_aliases(text: str) -> list[PronounAlias]:
    """Other names given through a possessive pronoun ("his Chinese name is Y")."""
    if not any(w in text for w in _PRONOUN_NEEDS):
        return []
    out: list[PronounAlias] = []
    for m in PRONOUN_ALIAS_RE.finditer(text):
        if is_address(m.group("alias")):
            continue  # "They called him 'Mister' as if they respected him": no name
        group = next(g for g in ("p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8") if m.group(g))
        own = _OWN_NAME_GIVEN.search(text, max(0, m.start() - 12), m.start()) \
            if group == "p6" else None
        if own is not None and not _NAMED_WHO.search(text, max(0, m.start() - 40), m.start()) \
                and not (own.group().split()[0].lower() in ("he", "she")
                         and _HABIT.match(text, m.start())):
            continue  # "an official, who gave her name as Raziye": her own, a new person
            # (but "Ormokoeva, who signs her name in Kyrgyz as X": the named woman's; and
            # "In her own papers she writes her name in the Kyrgyz way, X": a habit of one
            # the text has named, not a stranger's introduction)
        out.append(PronounAlias(m.start(group), m.group(group), m.start("alias"),
                                m.end("alias")))
        more = _PRONOUN_MORE.match(text, m.end("alias"))
        while more is not None:  # "... as X and, in Chinese documents, as Y"
            out.append(PronounAlias(m.start(group), m.group(group), more.start("alias"),
                                    more.end("alias")))
            more = _PRONOUN_MORE.match(text, more.end("alias"))
    return out


# the giver of the name is its bearer: "who gave her name as", "she gave her name as"
_OWN_NAME_GIVEN = re.compile(r"\b(?:who|he|she|they|I|we)\s+$", re.IGNORECASE)
# writing one's name so, as a habit (not "gave her name as", which introduces a stranger)
_HABIT = re.compile(r"(?:writes|spells|signs|renders)\s")
_NAMED_WHO = re.compile(r"(?-i:[A-Z])[\w'’-]+,\s+who\s+$")
_PRONOUN_MORE = re.compile(r"[\"”’']?\s*(?:,?\s+(?:and|or)\s*,?\s*(?:(?:in|on|by)\s+"
                           r"[^,.;\n]{1,40}?,?\s+)?as|"
                           # "...; the Chinese original gives it as Y"
                           r"[;,]\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:gives?|gave|renders?|"
                           r"rendered|spells?|spelled|writes?|wrote|lists?|listed)\s+it\s+as)"
                           r"\s+[\"“‘']?(?P<alias>" + _RUN + r")")


@dataclass(frozen=True)
class Alias:
    """text[start:end] is another name of the person whose mention ends at ``after``."""

    after: int
    start: int
    end: int


def _opens_aside(text: str, end: int) -> bool:
    """After spaces and tabs, a bracket or a comma follows the mention, as ``ALIAS_RE``
    needs: most mentions are ruled out without the pattern."""
    while text.startswith((" ", "\t"), end):
        end += 1
    return text.startswith(("(", ",", "—", "–", "),"), end)


def find_aliases(text: str, mention_ends: list[int]) -> list[Alias]:
    """Other names stated right after the mentions ending at ``mention_ends``: after a cue,
    or alone in brackets when they spell the same name (``bracketed_spelling``)."""
    out: list[Alias] = []
    cued = any(w in text for w in _NEEDS)
    for end in mention_ends:
        m = ALIAS_RE.match(text, end) if cued and _opens_aside(text, end) else None
        while m is not None:
            out.append(Alias(end, m.start("alias"), m.end("alias")))
            m = MORE_RE.match(text, m.end("alias"))
        if text.startswith(" (", end):
            out.extend(bracketed_spelling(text, end))
            lang = _BRACKET_LANGUAGE.match(text, end)  # "(Тулегенова ...; in Kazakh: X, ...)"
            if lang is not None:
                out.append(Alias(end, lang.start("alias"), lang.end("alias")))
    return out


# (or the spelling of an identity paper: "(Ербол Тілеуханұлы; in his Kazakhstan passport:
# Erbol Tleukhanov)")
_BRACKET_LANGUAGE = re.compile(r" \([^()\n]{0,80}?;[ \t]*(?:in\s+(?:Uyghur|Uighur|Kazakh|Kyrgyz|"
                               r"Chinese|Russian|pinyin|Latin)(?:\s+script)?|(?:in|on)\s+(?:his|"
                               r"her)\s+(?:[\w-]+\s+){0,2}?(?:passport|documents?|papers|ID(?:\s+"
                               r"card)?|identity\s+card))[ \t]*:[ \t]*(?P<alias>" + _RUN + r")")


# "Pärida Nurmämät (Parida Nurmemet)": another spelling in brackets, with no cue
_BRACKETED = re.compile(r" \([ \t]*(?P<alias>" + _RUN + r")[ \t]*\)")
SPELLING_MATCH = 0.8  # ``compare_names`` score at which a bracketed name is the same name


def bracketed_spelling(text: str, end: int) -> list[Alias]:
    """A name alone in brackets after a name is its other spelling when the two compare as one
    name (``izde.resolve.names.compare_names``); a place or an organisation does not."""
    m = _BRACKETED.match(text, end)
    if m is None:
        return []
    from izde.resolve.names import compare_names  # resolution builds on extraction's output

    start = text.rfind("\n", 0, end) + 1
    head = _NAME_BEFORE.search(text, max(start, end - 60), end)
    if head is None or compare_names(head.group(), m.group("alias")).score < SPELLING_MATCH:
        return []
    return [Alias(end, m.start("alias"), m.end("alias"))]


_NAME_BEFORE = re.compile(capital_run(4) + r"$")
