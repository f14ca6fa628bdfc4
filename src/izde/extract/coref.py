"""Group name mentions into persons: full names, then short forms that point to one of them.

"Azatbek" joins "Askar Azatbek" and "Serikzhan" joins "Serikzhan Bilash" because the word is
part of exactly one full name in the same document. When two full names share the word, the
short form goes to the one a description or a pronoun points at, else to the first introduced
(``_owner_of_single``). A single word that matches no
full name is kept only when it was cued ("an official named Guljan").
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

from izde.extract.candidates import Candidate
from izde.extract.literals import word_occurs
from izde.extract.names import given_name_gender, name_form_gender
from izde.extract.spans import fold, quote_on_line

_NON_LATIN_LETTER = re.compile(r"(?![\x00-\u024F])[^\W\d_]")


def is_latin(name: str) -> bool:
    """Written in Latin letters (with any diacritics): the script of the document's language."""
    return name.isascii() or _NON_LATIN_LETTER.search(name) is None


@dataclass
class Cluster:
    """One person of the document with all the mentions found for them, in text order."""

    key: str
    mentions: list[Candidate] = field(default_factory=list)

    @property
    def tokens(self) -> tuple[str, ...]:
        return max((m.tokens for m in self.mentions), key=len)

    @property
    def name(self) -> str:
        """The fullest Latin-script form (an English report's reader searches for that), else
        the fullest form in any script; a name seen only in capitals ("AIGUL SERIKKYZY" heading
        a case list) in the usual case ("Aigul Serikkyzy")."""
        latin = [m for m in self.mentions if is_latin(m.text)] or self.mentions
        # ("Kanatbek Ormon uulu" is as full as "Kanatbek Ormonov": the first told stands)
        longest = max(len(particles_joined(m.tokens)) for m in latin)
        fullest = [m for m in latin if len(particles_joined(m.tokens)) == longest]
        best = fullest[0]  # the first told; in capitals, its usual case when the text has it
        if best.text.isupper():
            best = next((m for m in fullest if not m.text.isupper() and tuple(
                t.casefold() for t in m.tokens) == tuple(t.casefold() for t in best.tokens)),
                best)
        inverted = best.text.isupper() or "," in best.text  # "KADYRBEK, Ersin"
        return " ".join(best.tokens) if inverted else best.text

    def names(self) -> list[str]:
        return list(dict.fromkeys(" ".join(m.tokens) for m in self.mentions))


def cluster(candidates: list[Candidate], text: str = "") -> list[Cluster]:
    """Persons from person/single candidates (any order); each cluster's mentions sorted.
    ``text``, the document, tells short forms of namesakes apart (``_owner_of_single``)."""
    full = sorted((c for c in candidates if c.kind == "person"), key=lambda c: c.start)
    singles = sorted((c for c in candidates if c.kind == "single"), key=lambda c: c.start)
    clusters = _full_name_clusters(full)
    _attach_singles(clusters, singles, text)
    clusters = _join_chinese_renderings(clusters)  # after: each name keeps its short forms
    clusters = _join_transliterations(clusters)
    for i, c in enumerate(sorted(clusters, key=lambda c: c.mentions[0].start)):
        c.mentions.sort(key=lambda m: m.start)
        c.key = f"p{i + 1}"
    return sorted(clusters, key=lambda c: int(c.key[1:]))


def _full_name_clusters(full: list[Candidate]) -> list[Cluster]:
    by_tokens: dict[tuple[str, ...], Cluster] = {}
    for c in full:
        by_tokens.setdefault(particles_joined(c.tokens), Cluster("")).mentions.append(c)
    longest_first = sorted(by_tokens, key=len, reverse=True)
    for toks in longest_first:
        wider = [o for o in longest_first if len(o) > len(toks) and (
            _contains(o, toks) or (len(toks) == 2 and _contains(o, toks[::-1])))]
        if not wider and len(toks) == 1 and len(by_tokens[toks].mentions[0].tokens) > 1:
            # "Beishenalyev (in Kyrgyz, Beishenaly uulu)": a surname with its particle is the
            # one full name whose surname it is in another form (-uulu / -yev)
            word = folded_token(toks[0])
            wider = [o for o in longest_first if len(o) > 1
                     and surname_forms(folded_token(o[-1]), word)]
            wider = wider if len(wider) == 1 else []
        if len(wider) > 1 and len(toks) == 1:
            # a surname with its particle ("Turatbek uulu") that two relatives' full names
            # end in: the one introduced first, as a bare surname is (``_nearest_before``)
            at = _introduced_at(by_tokens[toks])
            before = [o for o in wider if _introduced_at(by_tokens[o]) < at]
            wider = [min(before, key=lambda o: _introduced_at(by_tokens[o]))] if before else wider
        if len(wider) == 1 and by_tokens[toks] is not by_tokens[wider[0]]:
            by_tokens[wider[0]].mentions.extend(by_tokens[toks].mentions)
            by_tokens[toks] = by_tokens[wider[0]]
    _join_reversed(by_tokens)
    unique: dict[int, Cluster] = {id(c): c for c in by_tokens.values()}
    return _join_misspellings(list(unique.values()))


def _join_reversed(by_tokens: dict[tuple[str, ...], Cluster]) -> None:
    """A two-word name written in both orders is one person: official and Chinese style put
    the surname first ("Orazbaev Daulet", "Kadyrbek Ersin"), prose the given name."""
    for toks in [t for t in by_tokens if len(t) == 2]:
        other = by_tokens.get(toks[::-1])
        mine = by_tokens[toks]
        if other is not None and other is not mine and toks[0] != toks[1]:
            other.mentions.extend(mine.mentions)
            for key, c in by_tokens.items():
                if c is mine:
                    by_tokens[key] = other


def _join_misspellings(clusters: list[Cluster]) -> list[Cluster]:
    """Full names of one document that differ in one letter of one long word as spellings of
    a name do (``_one_edit``), or only in diacritics or apostrophes ("Abudurexiti Wumaierjiang"
    / "Abuduresiti Wumaierjiang", "Ömerjan" / "Omerjan"), are one person spelled twice: two
    people of the same surname have given names further apart than a typo."""
    kept: list[Cluster] = []
    for c in clusters:
        twin = next((k for k in kept if _misspelled(particles_joined(k.tokens),
                                                     particles_joined(c.tokens))), None)
        if twin is None:
            kept.append(c)
        else:
            twin.mentions.extend(c.mentions)
    return kept


RENDERING_MATCH = 0.85  # ``compare_names`` score at which a Chinese rendering is the name
# ... and at which it is, when it is the only name of the document that near: "Kuoqiekuerbayi
# Sutanali" for Kochkorbai Sultanaly (a syllable-final l left out, 苏坦阿里)
RENDERING_LOOSE = 0.75
# ``weakest_word_fit`` at which a rendering whose every word fits one name's words, and that
# no other name comes near (``RENDERING_NEAR``), is that name with one syllable slurred
RENDERING_SLURRED = 0.8
RENDERING_NEAR = 0.6


def _join_chinese_renderings(clusters: list[Cluster]) -> list[Cluster]:
    """A report that quotes a Chinese document gives a Turkic name as the characters' pinyin
    ("Hamuti Reheman" for Hamut Rahman, "Bahetijiang Aoerman" for Bakhytjan Orman): a full
    name in that shape and a full name of the document that it renders (``compare_names``,
    which reads a pinyin rendering back) are one person. The rendering is a transcription,
    not a relative's name: siblings' given names compare far apart."""
    from izde.resolve.names import compare_names, weakest_word_fit  # resolution builds on
    from izde.resolve.pinyin_names import renders_in_pinyin  # extraction's output

    rendered = [c for c in clusters if len(c.tokens) >= 2
                and renders_in_pinyin(" ".join(c.tokens))]
    if not rendered:
        return clusters
    native = [c for c in clusters if len(c.tokens) >= 2 and all(c is not r for r in rendered)]
    dropped: set[int] = set()
    for r in rendered:
        name = " ".join(r.tokens)
        scored = [(compare_names(" ".join(n.tokens), name).score, i)
                  for i, n in enumerate(native)]
        best = [i for score, i in scored if score >= RENDERING_MATCH] or [
            i for score, i in scored if score >= RENDERING_LOOSE]  # the one name it may render
        if not best:  # a rendering that slurs a syllable ("Zhakesigeli" for Zhaksygeldiuly):
            # each word fits one name's words closely, and no other name comes near
            fits = [(weakest_word_fit(" ".join(n.tokens), name), i) for i, n in enumerate(native)]
            best = [i for fit, i in fits if fit >= RENDERING_SLURRED]
            if len(best) != 1 or sum(fit >= RENDERING_NEAR for fit, _ in fits) > 1:
                best = []
        if len(best) > 1 and all(  # one name spelled twice ("Aziz Tohti", "Eziz Toxti"): one
                compare_names(" ".join(native[best[0]].tokens),
                              " ".join(native[i].tokens)).score >= RENDERING_MATCH
                for i in best[1:]):
            best = best[:1]
        if len(best) == 1:  # one name it renders; two different ones leave it ambiguous
            native[best[0]].mentions.extend(r.mentions)
            dropped.add(id(r))
    return [c for c in clusters if id(c) not in dropped]


TRANSLITERATION_MATCH = 0.9  # ``compare_names``: every word the same name spelled otherwise
_MAX_BLOCK = 40  # names of one document sharing a key beyond which (a list) none are compared


def _join_transliterations(clusters: list[Cluster]) -> list[Cluster]:
    """Two full names of one document that spell one name in two romanisations, as a report
    quoting court papers does ("Tudaxun Hezim", and "Tudakhun Khezimov" in the verdict), are
    one person when each is the other's only such match and the surname forms tell no two
    sexes ("Nurlan Serikov" / "Nurlana Serikova" stay two)."""
    from izde.resolve.names import compare_names, name_keys  # resolution builds on this

    latin = [c for c in clusters if len(particles_joined(c.tokens)) >= 2
             and all(is_latin(m.text) for m in c.mentions)]
    if len(latin) < 2:
        return clusters
    names = {id(c): " ".join(c.tokens) for c in latin}
    blocks: dict[str, list[int]] = defaultdict(list)  # names sharing a word's key, as blocking
    for i, c in enumerate(latin):  # in resolution does (a document may list thousands)
        for key in name_keys(names[id(c)]):
            blocks[key].append(i)
    pairs = {(i, j) for found in blocks.values() if len(found) <= _MAX_BLOCK
             for x, i in enumerate(found) for j in found[x + 1:] if i != j}
    close: dict[int, list[Cluster]] = {id(c): [] for c in latin}
    for i, j in sorted(pairs):
        a, b = latin[i], latin[j]
        if id(b) not in {id(x) for x in close[id(a)]} and compare_names(
                names[id(a)], names[id(b)]).score >= TRANSLITERATION_MATCH and \
                not _sexes_differ(a.tokens[-1], b.tokens[-1]):
            close[id(a)].append(b)
            close[id(b)].append(a)
    dropped: set[int] = set()
    for a in latin:
        if id(a) in dropped or len(close[id(a)]) != 1:
            continue
        b = close[id(a)][0]
        if id(b) not in dropped and len(close[id(b)]) == 1:
            a.mentions.extend(b.mentions)
            dropped.add(id(b))
    return [c for c in clusters if id(c) not in dropped]


def _sexes_differ(x: str, y: str) -> bool:
    gx, gy = name_form_gender(folded_token(x)), name_form_gender(folded_token(y))
    return bool(gx and gy and gx != gy)


_MIN_TYPO_WORD = 6  # shorter words differ by one letter as different names do (Marat / Murat)


def _misspelled(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if len(a) != len(b) or len(a) < 2:
        return False
    if len(a) == 2 and (_initialled(a, b) or _initialled(b, a)):
        return True
    fa, fb = [folded_token(t) for t in a], [folded_token(t) for t in b]
    diff = [(x, y) for x, y in zip(fa, fb, strict=True) if x != y]
    if not diff:
        return True
    if len(diff) > 1:
        return False
    x, y = diff[0]
    if x == fa[-1] and y == fb[-1] and surname_forms(x, y):
        return True  # "Yerden Sailaubekuly" / "Yerden Sailaubekov": one surname, two styles
        # (a Kyrgyz "Kanatbek Ormon uulu" / "Kanatbek Ormonov" with its particle joined)
    return min(len(x), len(y)) >= _MIN_TYPO_WORD and _one_edit(x, y)


def _initialled(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """ "T. Sherikbekov" and "Toktobolot Sherikbek uulu" (particles joined), "Egizbaev Kh." and
    "Khamza Egizbaiuly": the initial opens the given name and the surname is the same in
    another style."""
    for ini, sur in ((a[0], a[-1]), (a[-1], a[0])):
        initial = _initial_of(ini)
        if initial and b[0].startswith(initial) and len(b[0]) > 2 and \
                surname_forms(folded_token(b[-1]), folded_token(sur)):
            return True
    return False


def _initial_of(token: str) -> str | None:
    """ "T." -> "T", "Kh." or "Kh" -> "Kh"; any other word -> None."""
    bare = token[:-1] if token.endswith(".") else token
    if len(bare) == 1 and bare.isupper() and token.endswith("."):
        return bare
    return bare if bare in DIGRAPH_INITIALS else None


# the endings a Kazakh or Kyrgyz surname takes in Kazakh ("son of", "daughter of") and in
# Russian style: "Sailaubekuly", "Sailaubekov", "Sailaubek" are one surname
_SURNAME_ENDING = re.compile(r"(?:uly|uli|ulu|uulu|kyzy|qyzy|kizi|ov|ev|yev|ova|eva|yeva)$")
_MIN_SURNAME_STEM = 4


def surname_forms(x: str, y: str) -> bool:
    """Two folded surnames that are one stem with different endings, of the same sex when
    both endings tell one ("Sailaubekuly" / "Sailaubekov", not "Serikov" / "Serikova")."""
    # a stem's closing i or y is written into the Russian ending ("Saparbaiuly" /
    # "Saparbayev", "Zhumataiuly" / "Zhumataev")
    sx = _SURNAME_ENDING.sub("", x).rstrip("iy")
    sy = _SURNAME_ENDING.sub("", y).rstrip("iy")
    if sx != sy or len(sx) < _MIN_SURNAME_STEM:
        return False
    gx, gy = name_form_gender(x), name_form_gender(y)
    return not (gx and gy and gx != gy)


def folded_token(token: str) -> str:
    plain = unicodedata.normalize("NFKD", token.casefold())
    return "".join(ch for ch in plain if ch.isalnum())


def _one_edit(x: str, y: str) -> bool:
    """One letter apart as romanisations and typists vary a name: a letter for its usual
    alternate (pinyin x / s, q / k, Uyghur ä as a / e, i / y, d / t at a word's end ...), or an
    h, y or the k of kh written or left out (Mukhtar / Muktar, Gulbakhyt / Gulbahyt). Other
    letters make other names."""
    if len(x) == len(y):
        diff = [(p, q) for p, q in zip(x, y, strict=True) if p != q]
        return len(diff) == 1 and frozenset(diff[0]) in _ALTERNATES
    short, long_ = (x, y) if len(x) < len(y) else (y, x)
    if len(long_) - len(short) != 1:
        return False
    i = next((k for k, (p, q) in enumerate(zip(short, long_, strict=False)) if p != q), len(short))
    kh = long_[i] == "k" and long_[i + 1:i + 2] == "h"  # Gulbakhyt / Gulbahyt
    return (long_[i] in "hy" or kh) and short[i:] == long_[i + 1:]


_ALTERNATES = frozenset(frozenset(pair) for pair in
                        ("xs", "qk", "gk", "ae", "iy", "ou", "wv", "dt", "jz"))


# the initials Russian transliteration spells with two letters ("Kh." for Khamza); the
# initialled names of ``initialled_names`` are read with them
DIGRAPH_INITIALS = ("Kh", "Zh", "Sh", "Ch", "Ts", "Yu", "Ya", "Ye")
_PARTICLES = frozenset({"uulu", "uly", "ulı", "kyzy", "qyzy", "kizi", "qizi", "ugli", "ogli"})


def particles_joined(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """"Nurlan Aben uly" and "Nurlan Abenuly" are one name: a patronymic particle written as a
    separate word is joined to the father's name before names are compared."""
    if not any(tok in _PARTICLES for tok in tokens[1:]):
        return tokens
    out: list[str] = []
    for tok in tokens:
        if out and tok in _PARTICLES:
            out[-1] += tok
        else:
            out.append(tok)
    return tuple(out)


def _in_patronymic(c: Cluster, word: str) -> bool:
    """Whether ``word`` stands in every full name of ``c`` only before a particle, as the
    father's name in a patronymic written apart ("Zhyrgalbek Rahmanberdi uulu")."""
    full = [m.tokens for m in c.mentions if len(m.tokens) > 1 and word in m.tokens]
    return bool(full) and all(
        all(i + 1 < len(t) and t[i + 1] in _PARTICLES for i, tok in enumerate(t) if tok == word)
        for t in full)


def _contains(outer: tuple[str, ...], inner: tuple[str, ...]) -> bool:
    n = len(inner)
    return any(outer[i:i + n] == inner for i in range(len(outer) - n + 1))


def _attach_singles(clusters: list[Cluster], singles: list[Candidate], text: str = "") -> None:
    index: dict[str, list[Cluster]] = defaultdict(list)
    for c in clusters:
        # every written form's words: "Konysbaeva" alone is "Gulnafis Konysbaikyzy", whom the
        # report also named "Gulnafis Konysbaeva"
        for tok in {t for m in c.mentions for t in m.tokens}:
            index[tok].append(c)
    unrelated = bool(text) and _may_say_unrelated(fold(text)) and \
        _UNRELATED.search(text) is not None
    by_given = _calls_by_given_name(index, singles)
    for s in singles:
        owners = index.get(s.tokens[0], [])
        if owners and all(m.start > s.start for c in owners for m in c.mentions) and any(
                len(m.tokens) > 1 and m.tokens[-1] == s.tokens[0]
                for c in owners for m in c.mentions):
            # "Tursyngazy Zhaksygeldiyev, as Kazakh documents write him, or Zhaksygeldiuly,
            # as the family does": a surname named only further on in full is, when a name
            # before it holds the same surname with another ending, that name's (a given
            # name named further on is that person's: "Free my father Galymbek" before "Her
            # father, Galymbek Kadyrkhanuly" is not his daughter "Aisaule Galymbekkyzy")
            owners = _surname_variant_before(clusters, s) or owners
        target = _owner_of_single(owners, s, text, unrelated, by_given) if owners else None
        if target is None and s.cued and not owners:
            target = Cluster("")
            clusters.append(target)
            index[s.tokens[0]].append(target)
        if target is not None:
            target.mentions.append(s)


def _surname_variant_before(clusters: list[Cluster], single: Candidate) -> list[Cluster]:
    """The one person named before ``single`` whose full name's last word is the single's
    surname with another ending (Kazakh -uly against Russian -yev)."""
    word = folded_token(single.tokens[0])
    found = [c for c in clusters if any(
        len(m.tokens) > 1 and m.start < single.start and m.tokens[-1] != single.tokens[0]
        and surname_forms(folded_token(m.tokens[-1]), word) for m in c.mentions)]
    return found if len(found) == 1 else []


def _nearest_before(owners: list[Cluster], pos: int, text: str = "", end: int = 0) -> Cluster:
    """The topical one of several persons sharing the word: the first introduced, as the
    subject of a report is. A relative named in passing ("her daughter Aliya Seitqali") or a
    relative quoted again and again by full name ("..., Dilmurat Yasin said") shares a surname
    with the subject of the report, who is the one a bare "Seitqali" or "Yasin" means: writers
    repeat the full name exactly where the bare one would mean the other. A pronoun right
    after the short form rules out an owner whose given name says the other gender ("Yasin
    had died while serving her sentence" is not Dilmurat Yasin)."""
    if len(owners) == 1:
        return owners[0]
    introduced = [c for c in owners if c.mentions and c.mentions[0].start < pos] or owners
    if text and len(introduced) > 1:
        # brothers "Raiymbek Zholdoshbekov" and "Sultanali Zholdoshbekov", the one called
        # "Raiymbek" from then on: writers call one namesake by the given name to keep the
        # bare surname ("Mr Zholdoshbekov") for the other
        kept = [c for c in introduced if not _called_by_given_name(c, text)]
        introduced = kept if kept else introduced
    if text and len(introduced) > 1:
        gender = _title_gender(text, pos) or _pronoun_gender(text, end)
        if gender is not None:  # not the one the text gives the other gender
            introduced = [c for c in introduced if _owner_gender(c, text) in (None, gender)
                          ] or introduced
    return min(introduced, key=_introduced_at)


def _called_by_given_name(c: Cluster, text: str) -> bool:
    """Whether the text calls the person by the given name alone somewhere (the first word
    of their full name, not followed by another name word nor a possessive)."""
    full = [m for m in c.mentions if len(m.tokens) > 1]
    if not full:
        return False
    given = text[full[0].start:full[0].end].split()[0]
    if len(given) < 3 or not given[:1].isupper():
        return False
    # a possessive ("Shynarbek's younger brother, Zhetpis Syrlybayev") names whose kin is
    # introduced, not one namesake apart from the other
    for m in re.finditer(r"\b" + re.escape(given) + r"\b(?!['’]s\b)", text):
        if any(f.start <= m.start() < f.end for f in full):
            continue
        if _NAME_WORD_AFTER.match(text, m.end()) or quote_on_line(text, m.start()) is not None:
            continue  # (a relative quoted says the given name: "'Zeinulla has gone,' he said"
            # is no writer's choice of name)
        return True
    return False


_NAME_WORD_AFTER = re.compile(r"\s+(?:[A-Z]|(?:uulu|uly|kyzy|qyzy|ogly|oglu|bin|binti)\b)")


def _introduced_at(c: Cluster) -> int:
    """Where the text first names the person."""
    return min(m.start for m in c.mentions)


# the first third-person singular pronoun in the rest of the clause after a short form
_PRONOUN_AFTER = re.compile(r"[^.;:!?\n]{0,80}?\b(?P<p>he|his|him|she|her)\b", re.IGNORECASE)


def _pronoun_gender(text: str, end: int) -> str | None:
    m = _PRONOUN_AFTER.match(text, end)
    if m is None:
        return None
    return "male" if m.group("p").lower() in ("he", "his", "him") else "female"


# a title or a kin word right before a name says its gender: "Ms. Ma", "his wife, Ma Xiuying"
_TITLE_BEFORE = re.compile(r"\b(?:(?P<m>Mr|Mister|Monsieur|Herr)|(?P<f>Ms|Mrs|Miss|Madam|Madame|"
                           r"Mme|Frau))\.?\s+\Z")
_KIN_BEFORE = re.compile(r"\b(?:his|her|their|my|the)\s+(?:[\w-]+\s+)?(?:(?P<m>husband|brother|"
                         r"son|father|uncle|nephew|grandfather|grandson)|(?P<f>wife|sister|"
                         r"daughter|mother|aunt|niece|grandmother|granddaughter))\s*,?\s+\Z")


def _title_gender(text: str, pos: int, kin: bool = False) -> str | None:
    """The gender a title (or, with ``kin``, a kin word) right before ``pos`` gives."""
    for pattern in (_TITLE_BEFORE, _KIN_BEFORE) if kin else (_TITLE_BEFORE,):
        m = pattern.search(text, max(0, pos - 40), pos)
        if m:
            return "male" if m.group("m") else "female"
    return None


def _owner_gender(c: Cluster, text: str) -> str | None:
    """The gender a full name's first word says, when it is a known given name, else the one
    a title or kin word before any of the person's mentions gives."""
    full = [m for m in c.mentions if len(m.tokens) > 1]
    given = given_name_gender(full[0].tokens[0]) if full else None
    return given or next((g for m in c.mentions if (g := _title_gender(text, m.start, True))),
                         None)


# ties denied to a thing, not to a person: "had no connection to any foreign state" says nothing
# of two persons ("not related to the imam" does)
NOT_TO_A_THING = r"(?!(?i:\s+(?:to|with)\s+(?:the|any|an?|his|her|their|its|this|that)\b))"
# the text says that persons sharing a name are not kin: "Mehmet Tursun (no relation)": "no
# relation", "not related", "not a relative", "unrelated", "no (family) ties/connection",
# case-insensitive. Spelled to open with the class [NnUu] so that the engine skips to the next
# such letter at C speed (what may not stand before it, and which letter opened, are checked
# behind it): searched over the whole document, seven times faster than the plain
# alternation (measured; ``tests/extract/test_fast_paths_gates.py`` compares the two)
_UNRELATED = re.compile(r"[NnUu](?<!\w[NnUu])(?i:(?<=[Nn])o(?:\s+relation|t\s+(?:related|"
                        r"a\s+relative)|\s+(?:family\s+)?(?:ties|connection)\b" + NOT_TO_A_THING
                        + r")|(?<=[Uu])nrelated)\b")


def _may_say_unrelated(folded: str) -> bool:
    """What a match of ``_UNRELATED`` holds: "relat", or "ties" or "connection" after white
    space ("no ties", not "authorities"); most texts have none, which finds tell at once."""
    return "relat" in folded or word_occurs(folded, "ties", after_space=True) or \
        word_occurs(folded, "connection", after_space=True)


# "Tursun, the shopkeeper," after "Mehmet Tursun, a shopkeeper in the same district"
_THE_NOUN = re.compile(r"\s*,\s*the\s+(?P<noun>[a-z][a-z-]{2,})\b")
_A_NOUN = re.compile(r"\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z][a-z-]{2,})\b")


def _calls_by_given_name(index: dict[str, list[Cluster]], singles: list[Candidate]) -> bool:
    """Whether the document calls people by their given names ("Merdan said") more often
    than by their surnames ("Tursun said"), counted over the short forms of persons whose
    full name shares no word with another's (brothers "Erkin Abdurehim" and "Ekrem
    Abdurehim" are called "Erkin" and "Ekrem" to tell them apart, whatever the style)."""
    given = family = 0
    for s in singles:
        owners = index.get(s.tokens[0], [])
        if len(owners) != 1:
            continue
        full = [m.tokens for m in owners[0].mentions if len(m.tokens) > 1]
        if full and any(len(index.get(t, [])) > 1 for t in full[0]):
            continue
        if full and full[0][0] == s.tokens[0]:
            given += 1
        elif full and full[0][-1] == s.tokens[0]:
            family += 1
    return given > family


def _owner_of_single(owners: list[Cluster], single: Candidate, text: str,
                     unrelated: bool, by_given: bool = False) -> Cluster | None:
    """Which of the persons whose full names hold the word a short form means. One owner:
    that one. A short form followed by a description ("Tursun, the shopkeeper,") that one
    owner's full name was given: that owner. Namesakes the text calls unrelated: the one
    named most recently, none when no full name came before. Else the topical one."""
    if len(owners) == 1:
        return owners[0]
    described = _described(owners, single, text) if text else None
    if described is not None:
        return described
    if unrelated:
        return _latest_before(owners, single.start)
    # a short form points back to a name already given: "Izzet did not say one word" after
    # "Izzet Sulayman" is not "Munevver Izzet", named only further on
    owners = [c for c in owners if any(m.start < single.start for m in c.mentions)] or owners
    if len(owners) == 1:
        return owners[0]
    # "Rahmanberdi" after "Zhyrgalbek Rahmanberdi uulu" and "Rahmanberdi Tokon uulu": the word
    # of a patronymic written apart ("Rahmanberdi uulu", son of Rahmanberdi) names the father,
    # not the son; the one whose own name it is
    named = [c for c in owners if not _in_patronymic(c, single.tokens[0])]
    if len(named) == 1:
        return named[0]
    owners = named or owners
    # "Shawket said" after "Shawket Idris" and his children "Peride Shawket" and "Arslan
    # Shawket": a bare word that is some full names' surname and only others' given name
    # means one of the surnames
    # ... unless the document calls people by their given names ("Muqaddes said"): there
    # "Abdughopur had been sentenced" is Abdughopur Hamitjan, not his daughter Muqaddes
    # Abdughopur, whose surname is her father's given name
    word = single.tokens[0]
    first, last = (0, -1) if by_given else (-1, 0)
    named_so = [c for c in owners if any(len(m.tokens) > 1 and m.tokens[first] == word
                                         for m in c.mentions)]
    if named_so and all(any(len(m.tokens) > 1 and m.tokens[last] == word for m in c.mentions)
                        for c in owners if all(c is not o for o in named_so)):
        owners = named_so
    if text and _speaks(text, single.start, single.end):
        # "Tashpolat said" after "Zeytune Tashpolat ... was taken away, her brother Hapiz
        # Tashpolat said": a bare surname that speaks is the namesake the text has let speak
        # by full name, when only one has spoken
        spoke = [c for c in owners if any(len(m.tokens) > 1 and m.start < single.start
                                          and _speaks(text, m.start, m.end)
                                          for m in c.mentions)]
        if len(spoke) == 1:
            return spoke[0]
    return _nearest_before(owners, single.start, text, single.end)


# a speech verb right after a name (", 39," an age between) or right before it ("said his
# brother, X", "according to X")
_SAYS_AFTER = re.compile(r"(?:\s*,\s*\d{1,3}\s*,)?\s+(?:also\s+|later\s+|then\s+)?(?:said|says|"
                         r"told|tells|recalled|recalls|added|adds|wrote|writes|explained|"
                         r"explains)\b")
_SAYS_BEFORE = re.compile(r"\b(?:said|says|told|recalled|added|according\s+to)\s+(?:(?:his|her|"
                          r"their|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*,?\s+)?\Z")


# what follows a speaker named after the verb: the sentence's end, or an apposition ("said
# Tashpolat, 39, who ..."); "said her son Aidyn Kapen, 27, was detained" names what was said
_SPEAKER_END = re.compile(r"\s*(?:[.;:!?\"”]|,\s*(?:\d{1,3}\s*,\s*)?(?:who|whose|a|an|the|"
                          r"his|her|their|one|[a-z]+ing)\b|$)")


def _speaks(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is the one a speech verb attributes words to."""
    return _SAYS_AFTER.match(text, end) is not None or (
        _SAYS_BEFORE.search(text, max(0, start - 60), start) is not None
        and _SPEAKER_END.match(text, end) is not None)


def _described(owners: list[Cluster], single: Candidate, text: str) -> Cluster | None:
    m = _THE_NOUN.match(text, single.end)
    if m is None:
        return None
    noun = m.group("noun")
    fits = [c for c in owners if any(
        (a := _A_NOUN.match(text, x.end, x.end + 60)) and a.group("noun") == noun
        for x in c.mentions if len(x.tokens) > 1)]
    return fits[0] if len(fits) == 1 else None


def _latest_before(owners: list[Cluster], pos: int) -> Cluster | None:
    """The owner whose full name was written last before ``pos``."""
    last = {id(c): max((m.start for m in c.mentions if m.start < pos and len(m.tokens) > 1),
                       default=-1) for c in owners}
    best = max(owners, key=lambda c: last[id(c)])
    return best if last[id(best)] >= 0 else None
