"""Name-shape evidence: does a token look like part of a Turkic, Chinese or Russian-style name?

These are properties of naming systems, not lists of people: Kazakh, Kyrgyz and Uyghur names
end in patronymic and compound elements (-uly, -kyzy, -bek, -khan, -jan, -gul, -nur, ...),
Russian-style surnames in -ov/-ova/-yev/-enko, and a Chinese name is one of the common family
names followed by one or two Mandarin syllables written in pinyin ("Zhang Xiao", "Tan Tianxing").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache


def _wordlist(text: str) -> list[str]:
    return text.split()


TURKIC_ENDINGS = (
    "uly", "ulı", "uulu", "kyzy", "qizi", "kizi", "qyzy", "bek", "bekov", "bekova", "khan",
    "han", "jan", "zhan", "dzhan", "bay", "bai", "bayev", "bayeva", "baev", "baeva", "gul",
    "gül", "nur", "bolat", "bulat", "murat", "gali", "galiev", "aly", "ali", "mukhamed",
    "zhon", "dil", "ay", "ova", "ovna", "ovich", "evich", "ov", "ev", "yev", "yeva", "eva",
    "ina", "in", "enko", "uddin", "idin", "jiang", "ahun", "akhun", "hoja", "khoja", "qari",
    "tay", "tai", "zhar", "bergen", "gazy", "gazi", "beg", "dar", "yar", "sultan", "zat",
)

CHINESE_SURNAMES = frozenset(_wordlist("""
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang
xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei
su lu ding ren shen yao jiang cui zhong tan lu fan wang jin shi jia xia fu fang zou xiong bai
meng qin qiu hou jiang yin xue yan duan lei long li shao wan qian dai gu mao hao kong qiao kang xi
mo gong ni shang chang tao lai wen ou niu zhuang ruan qu gan ji hong tu bao you liao yi ke
"""))

_INITIALS = _wordlist("""
b p m f d t n l g k h j q x zh ch sh r z c s y w
""")
_FINALS = _wordlist("""
a o e i u v ai ei ao ou an en ang eng ong er ia ie iao iu ian in iang ing iong ua uo uai ui uan
un uang ueng ve van vn ue uan un
""")

_EXCLUDED_SYLLABLES = frozenset({"bv", "pv", "fv", "dv", "tv", "gv", "kv", "hv", "zhv", "chv"})


@cache
def pinyin_syllables() -> frozenset[str]:
    """Every syllable shape Mandarin pinyin allows (a superset: a few are never used)."""
    out = {f for f in _FINALS} | {"yi", "wu", "yu", "ya", "ye", "yao", "you", "yan", "yin",
                                 "yang", "ying", "yong", "wa", "wo", "wai", "wei", "wan", "wen",
                                 "wang", "weng", "yue", "yuan", "yun", "zi", "ci", "si", "zhi",
                                 "chi", "shi", "ri", "m", "n", "ng"}
    for ini in _INITIALS:
        for fin in _FINALS:
            syl = ini + fin
            if syl not in _EXCLUDED_SYLLABLES:
                out.add(syl.replace("v", "u") if ini in ("j", "q", "x", "y") else syl)
    return frozenset(out)


def split_pinyin(word: str, max_syllables: int = 2) -> list[str] | None:
    """Split a word into at most ``max_syllables`` pinyin syllables, or None when it is not pinyin.

    Prefers the longest first syllable ("Tianxing" -> tian + xing).
    """
    low = word.lower().replace("'", "").replace("’", "")
    return _split(low, max_syllables)


def _split(low: str, budget: int) -> list[str] | None:
    if not low:
        return []
    if budget == 0:
        return None
    syllables = pinyin_syllables()
    for size in range(min(6, len(low)), 0, -1):
        head = low[:size]
        if head in syllables:
            rest = _split(low[size:], budget - 1)
            if rest is not None:
                return [head, *rest]
    return None


def is_chinese_name(tokens: list[str]) -> bool:
    """'Zhang Xiao', 'Tan Tianxing', 'Gu Ming': a family name then one or two syllables."""
    if len(tokens) not in (2, 3):
        return False
    if tokens[0].lower() not in CHINESE_SURNAMES:
        return False
    given = tokens[1:]
    if len(given) == 2:
        return all(split_pinyin(t, 1) is not None for t in given)
    return split_pinyin(given[0], 2) is not None


def is_western_order_chinese(tokens: list[str]) -> bool:
    """'Haitao Sun', 'Bin Zhou': a Chinese name written given name first, as Chinese scholars
    and officials abroad often write it; the given name is one or two pinyin syllables and is
    not itself a family name (then the usual order is the likelier reading)."""
    if len(tokens) != 2 or tokens[1].lower() not in CHINESE_SURNAMES:
        return False
    return tokens[0].lower() not in CHINESE_SURNAMES and split_pinyin(tokens[0], 2) is not None


def has_turkic_shape(token: str) -> bool:
    """A token ending in a Turkic/Russian-style name element and long enough to carry a stem."""
    low = token.lower()
    return any(low.endswith(end) and len(low) >= len(end) + 2 for end in TURKIC_ENDINGS)


# letters, joined by an apostrophe or hyphen; a word of letters alone (``str.isalpha``, which
# no character outside ``[^\W\d_]`` passes) is told without the pattern, asked of every
# capitalised word of a document
_LETTERS_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def looks_like_name_token(token: str) -> bool:
    """A capitalised word that is not all capitals and has letters: 'Akhat', "O'Neil", 'Nur-Ali'."""
    return (len(token) >= 2 and token[0].isupper() and not token.isupper()
            and (token.isalpha() or _LETTERS_RE.fullmatch(token) is not None))


# Elements of Kazakh, Kyrgyz and Uyghur given names that mark the bearer's sex: "gul"
# (flower) in women's names ("Gulnar", "Aigul", "Patigul"); "bek", "bay", "bolat", "murat"
# in men's ("Nurbek", "Zhanbolat"). "jan", "khan" and "nur" are borne by both and say nothing.
_FEMALE_GIVEN = re.compile(r"^g[uü]l|g[uü]l(?:i|im)?$")
_MALE_GIVEN = re.compile(r"(?:bek|bay|bai|bolat|bulat|murat|beg)$")


# Given names in -a/-ya are women's in Kazakh, Kyrgyz, Uyghur and Russian naming (Aliya,
# Madina, Dana, Svetlana, Aizada), besides men's names from Arabic (Musa, Hamza, Abdulla and
# the other -ulla names) and Russian diminutives (Sasha, Ilya) that end so.
_FEMALE_ENDING = re.compile(r"(?:[^aeiou]a|ia|iya|ya)$")
_MALE_IN_A = re.compile(r"[uo]ll?ah?$|^(?:musa|isa|yahya|hamza|khamza|mirza|mustafa|murtaza|taha|"
                        r"zakariy?a|khoja|hoja|qoja|khodja|mulla|molla|nikita|ilya|luka|luca|"
                        r"joshua|andrea|nicola|sasha|misha|kolya|vanya|petya|dima|vova|tolya|"
                        r"borya|grisha|zhenya|valya|slava|yura|foma|kuzma|savva|danila|mykola)$")


def given_name_gender(word: str, by_ending: bool = True) -> str | None:
    """"female" for "Aigul", "Gulnara", "Aliya"; "male" for "Nurbek", "Zhanbolat"; else
    None. ``by_ending``: whether an ending in -a counts, which it does only for a given name
    known as such (the first word of a full name), not for a word that may be a surname
    ("Kabdolla", "Mukha")."""
    low = word.lower()
    if len(low) < 4:
        return None
    if _FEMALE_GIVEN.search(low):
        return "female"
    if _MALE_GIVEN.search(low) and len(low) >= 5:
        return "male"
    if not by_ending:
        return None
    return "female" if _FEMALE_ENDING.search(low) and not _MALE_IN_A.search(low) else None


# Surname forms that carry the bearer's sex: Kazakh/Kyrgyz/Uzbek patronymics ("son of",
# "daughter of") and Russian-style surnames and patronymics. A name says more than the
# pronouns around it, which often belong to the relative a sentence talks about.
_TURKIC_FEMALE_ENDS = r"kyzy|qyzy|kizi|qizi|kyzi|gyzy"  # "daughter of"
_TURKIC_MALE_ENDS = r"uly|uli|ulu|uulu|ugli|ogli"  # "son of"
_FEMALE_FORM = re.compile(r"(?:" + _TURKIC_FEMALE_ENDS + r"|ovna|evna|yevna|ova|eva|yeva)$")
_FEMALE_PARTICLE = frozenset({"kyzy", "qyzy", "kizi", "kyzi", "gyzy", "qizi"})
_MALE_PARTICLE = frozenset({"uulu", "uly", "ulu", "ogly", "ogli", "ugli"})
_MALE_FORM = re.compile(r"(?:" + _TURKIC_MALE_ENDS + r"|ovich|evich|yevich|ov|ev|yev)$")


# A Kazakh, Kyrgyz or Uzbek patronymic carries the father's given name: "Muratbekuly" (son
# of Muratbek), "Akhmetkankyzy", "Kochkonbai uulu"; a Russian-style form often does too
# ("Muratbekov"), and a Uyghur's second name is the father's given name ("Ferhat Ekberjan").
_PATRONYMIC_END = re.compile(r"(?:" + _TURKIC_MALE_ENDS + "|" + _TURKIC_FEMALE_ENDS + r")$")
_RUSSIAN_END = re.compile(r"(?:ovich|evich|ovna|evna|ova|eva|ov|ev)$")


def kin_name_key(word: str) -> str:
    """A given name or a father's name, spelled so that variants meet ("Tolybay"/"Tolybai",
    "Akhmetqan"/"Akhmetkan")."""
    return word.lower().replace("kh", "h").replace("q", "k").replace("y", "i")


def fathers_name(tokens: tuple[str, ...]) -> tuple[str, bool] | None:
    """The father's given name that a full name carries (as ``kin_name_key``), and whether
    a patronymic ending or particle marks it as such (a bare second name or a Russian form
    may be a family name a spouse shares too); None for a single word."""
    if len(tokens) < 2:
        return None
    last = tokens[-1].lower()
    if last in _FEMALE_PARTICLE or last in _MALE_PARTICLE:
        return (kin_name_key(tokens[-2]), True) if len(tokens) >= 3 else None
    stem = _PATRONYMIC_END.sub("", last)
    if stem != last and len(stem) >= 3:
        return kin_name_key(stem), True
    stem = _RUSSIAN_END.sub("", last) if len(last) >= 6 else last
    return kin_name_key(stem), False


@lru_cache(maxsize=16384)
def name_form_gender(word: str) -> str | None:
    """"female" for "Serikqyzy", "Nurtazaeva"; "male" for "Kasymuly", "Tokayev"; else None.
    Short words are left alone: "Lev" or "Eva" are given names, not surname forms."""
    w = word.lower()
    if w in _FEMALE_PARTICLE:  # the Kyrgyz written apart: "Saikal Zhanybek kyzy"
        return "female"
    if w in _MALE_PARTICLE:
        return "male"
    if len(w) < 5 or not w.isalpha():
        return None
    if _FEMALE_FORM.search(w):
        return "female"
    if w.endswith("guli"):  # the pinyin of a woman's -gul name (Ruziguli, Ayiguli), no -uli
        return None
    if w.endswith("uli") and _split(w, 4) is None and _split(w, 8) is not None:
        return None  # a Uyghur name in five or more pinyin syllables ("Abudurusuli" for
        # Abdurusul), no -uli ("Serikuli" is one)
    return "male" if _MALE_FORM.search(w) else None
