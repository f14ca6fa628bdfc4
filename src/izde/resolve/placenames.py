"""Place mentions as written -> lookup keys and the kind of place the words name.

A mention carries generic words in every language ("Khorgos county", 霍尔果斯市, Қорғас
ауданы, قورغاس ناھىيىسى) and sometimes two names at once ("Arishan (in Chinese, Wenquan)
county"). Lookup wants the bare name; resolution wants the generic word, which says
whether the county, the city or the prefecture of that name is meant. This module
separates the two and nothing else.
"""

from __future__ import annotations

import re

from izde.resolve.names import fine_token
from izde.resolve.translit import latinize

# Generic words (latinised) -> the kind of place they name; None: carries no kind.
KIND_WORDS: dict[str, str | None] = {
    "county": "county", "counties": "county", "nahiye": "county", "nahiyisi": "county",
    "nahiyesi": "county", "uezd": "county", "xian": "county",
    "prefecture": "prefecture", "prefectural": "prefecture", "wilayet": "prefecture",
    "wilayiti": "prefecture", "wilayeti": "prefecture", "aimak": "prefecture",
    "aimagy": "prefecture", "aymak": "prefecture", "diqu": "prefecture",
    "city": "city", "shehiri": "city", "sheher": "city", "qalasy": "city", "qala": "city",
    "gorod": "city", "municipality": "city", "municipal": "city", "shi": "city",
    "region": "region", "regional": "region", "oblast": "region", "oblys": "region",
    "oblysy": "region", "oblasti": "region", "province": "province", "provincial": "province",
    "rayon": "district", "rayoni": "district", "raion": "district", "audany": "district",
    "district": "district", "audan": "district", "qu": "district",
    "township": "town", "town": "town", "village": "town", "auyly": "town", "auyl": "town",
    "yezisi": "town", "kenti": "town", "zone": "zone",
    "autonomous": None, "avtonomnyi": None, "avtonomnaya": None, "aptonom": None,
    "uyghur": None, "uighur": None, "uygur": None, "mongol": None, "mongolian": None,
    "kazakh": None, "qazaq": None, "kyrgyz": None, "kirghiz": None, "hui": None, "xibe": None,
    "sibe": None, "tajik": None, "the": None, "of": None, "area": None,
}
# Chinese generic suffixes (with an optional ethnic adjective before them).
_HAN_SUFFIX = re.compile(
    r"(?:维吾尔|哈萨克|蒙古|柯尔克孜|回族|锡伯|塔吉克)?"
    r"(自治区|自治州|自治县|地区|市|县|区|州|省|镇|乡|村)$"
)
_HAN_KINDS = {
    "自治区": "region", "自治州": "prefecture", "自治县": "county", "地区": "prefecture",
    "市": "city", "县": "county", "区": "district", "州": "prefecture", "省": "province",
    "镇": "town", "乡": "town", "村": "town",
}
# Kinds that a generic word may loosely mean: "Ili region" for the prefecture, a Kazakh
# "district" (аудан) for a Xinjiang county, a county-level city called a county.
COMPATIBLE_KINDS: dict[str, frozenset[str]] = {
    "county": frozenset({"district", "city"}),
    "district": frozenset({"county"}),
    "city": frozenset({"town", "county", "district"}),
    "town": frozenset({"city"}),
    "region": frozenset({"province", "prefecture"}),
    "province": frozenset({"region"}),
    "prefecture": frozenset({"region"}),
}
# Phrases that introduce a second name inside parentheses: "(in Chinese, Wenquan)".
_ALIAS_LEAD = re.compile(
    r"^\s*(?:(?:in|known in|called in)\s+(?:chinese|uyghur|uighur|kazakh|russian|mandarin)"
    r"|also (?:known as|called)|known as|or|aka|a\.k\.a\.)\s*[,:]?\s*",
    re.IGNORECASE,
)
_PARENS = re.compile(r"[(（]([^)）]*)[)）]")


def split_han(name: str) -> tuple[str, str | None]:
    """伊宁市 -> ("伊宁", "city"); a suffix is only removed when two characters remain."""
    m = _HAN_SUFFIX.search(name)
    if m and m.start() >= 2:
        return name[: m.start()], _HAN_KINDS[m.group(1)]
    return name, None


def split_generic(name: str) -> tuple[str, str | None]:
    """A single name -> (lookup key, kind the generic words name, the last one winning).

    The key is the latinised name without generic words ("Ili Kazakh Autonomous
    Prefecture" -> "ili"); Chinese keeps its characters. A name made only of generic
    words keeps them all ("Kazakh" stays "kazakh").
    """
    stripped = name.strip()
    if not stripped.isascii() and re.search(r"[\u4e00-\u9fff]", stripped) and \
            not re.search(r"[A-Za-z]", stripped):
        core, kind = split_han(stripped.replace(" ", ""))
        return core, kind
    words = latinize(stripped).split()
    kept = [w for w in words if w not in KIND_WORDS]
    kinds = [KIND_WORDS[w] for w in words if KIND_WORDS.get(w)]
    return " ".join(kept or words), (kinds[-1] if kinds else None)


def fine_key(key: str) -> str:
    """The lookup key with transliteration choices folded and spaces dropped (Kulja = Qulja)."""
    return "".join(fine_token(t) for t in key.split())


def split_mention(mention: str) -> tuple[list[str], str | None]:
    """A mention -> (the names in it, the kind its generic words name).

    "Arishan (in Chinese, Wenquan) county" -> (["Arishan", "Wenquan"], "county").
    """
    inner = [_ALIAS_LEAD.sub("", m) for m in _PARENS.findall(mention)]
    outer = _PARENS.sub(" ", mention)
    names: list[str] = []
    kind: str | None = None
    for part in [outer, *inner]:
        core, part_kind = split_generic(part)
        if core:
            names.append(core)
        kind = kind or part_kind
    return names, kind


def kind_affinity(wanted: str | None, kind: str) -> float:
    """How well an entry's kind fits the kind a mention asks for: 1, 0.5 (loosely) or 0."""
    if wanted is None:
        return 0.0
    if wanted == kind:
        return 1.0
    return 0.5 if kind in COMPATIBLE_KINDS.get(wanted, frozenset()) else 0.0
