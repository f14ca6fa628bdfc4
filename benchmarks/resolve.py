#!/usr/bin/env python3
"""Person resolution at scale: izde against Splink on one generated population.

    .venv/bin/python benchmarks/resolve.py                       # 10k, 100k, 1M records
    .venv/bin/python benchmarks/resolve.py --sizes 10000,100000  # faster
    .venv/bin/python benchmarks/resolve.py --sizes 10000 --no-splink --db-lookup 100000

The population: people with Kazakh, Uyghur and Chinese (Han) names, each reported by 1-5
documents. Every report writes the name its own way: another romanisation (q/k/kh/h, zh/j,
-uly/-ov/bare patronymic, Ye-/E-), another script (Kazakh Cyrillic, Uyghur Arabic script,
Chinese characters, transcribed the way Chinese sources transcribe Turkic names), surname
first, a typo, a one-word name; and reports only some attributes (gender, birth year from
an age give or take one, ethnicity, hometown, a dated detention). Sizes count *records*
(one person as one document reports them), as the store does.

Printed: pairwise precision / recall / F1 of the clusters each system builds (overall and
by kind of variant: same spelling, other romanisation, other script), wall and CPU time
(the process and the workers it waited for: the machine may be shared) and peak memory
(proportional set size of the process and its workers, so pages a forked worker shares are
counted once), time per size, and the time izde takes to resolve one new document against a
SQLite store holding the largest population, through indexed key lookups (the ingest path:
``izde.resolve.persons.resolve_document``).

Beside them, the *ceiling* (``oracle``): what a resolver could reach that reads the same
records but knows everything else. Records that fit a namesake (same true name, nothing
reported rules the namesake out) are kept alone, every other record is in its cluster. The
namesakes grow with the population, and with them the ambiguous records: this, not the
spellings, bounds what any resolver can reach at a million records.

izde runs its bulk path (``izde.resolve.bulk``: the decisions of ``score_pair``, by
columns). Splink runs as its documentation describes (see ``run_splink``) on names folded to
ASCII with ``anyascii``, as a Splink user would give it names in several scripts.
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing as mp
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # psutil is a bench extra; the tests import this module's generator without it
    import psutil

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from izde.resolve import bulk, name_words
from izde.resolve.comparisons import Record, make_record
from izde.resolve.matching import MERGE, REVIEW
from izde.resolve.settings import MatchSettings

SETTINGS = MatchSettings()  # the defaults, unless --max-block / --margin say otherwise


def words(text: str) -> list[str]:
    return text.split()


# --- name material (common given names; surnames are a father's given name) ---------------

KAZAKH_MALE = words("""
nurlan erlan aman asan bolat daulet ermek qairat marat murat talgat askar azamat baurzhan
dauren ghalym zhandos nurbol arman aidos aibek almas asqar bakhyt dias erzhan ilyas kanat
mukhtar nurzhan olzhas rustem sayat temirlan ulan yerbol zhanibek arystan berik dastan
dulat esen ghabit kenzhe mirас nursultan qanat sanzhar tokhtar zharqyn abylai adil akylbek
amanzhol aslan bagdat bakhytzhan beibit dauletbek erbol ersain kuanysh maksat medet
nurdaulet qaster oralbek rakhat sabit serik shyngys tolegen zhenis aibol amir ansar
bekbolat daniyar duman elaman erasyl kairat manas nurasyl orken sultan zhalgas""")
KAZAKH_FEMALE = words("""
aigerim aizhan aida aliya asel ainur dana dinara gulnar gulmira aruzhan zhanar saule
ainagul bakhyt botagoz gauhar gulzhan karlygash madina meruyert nazgul raushan saltanat
togzhan zhuldyz akbota ardak dariga elmira gulbanu kamila lazzat moldir nurgul sandugash
symbat ulzhan zarina zhansaya aisulu balzhan gulsim kulpash""")
UYGHUR_MALE = words("""
abdurehim ilham memet tursun abdukerim ablikim adil alim ekber erkin qurban rozi hasan
yasin abduweli nurmemet tursunjan memtimin ablet osman ehmet mutellip nijat perhat qeyser
rishat sabir tahir yalqun zunun abdughappar abliz dilshat ghalip imin mamut nurbek obul
perhat rozaxun sadir tohti ubul yusup""")
UYGHUR_FEMALE = words("""
gulnar patigul mihray aynur buzeynep gulshan halide mahire nurgul rayila reyhangul shahide
tajigul zulpiye ayshem gulbahar hanzohre mehbube nurnisa patime sajide zohre""")
ROOTS = words("""
nur aman ser bek zhan as dau er qan tal bol ark ai gul sai ab al en ul tor mur zha kul bai
tem ak ok qyz yer bal alt ash dos qaz shal tur ors ys qur jan mir sult beg kair ras ul nar
ay qal taz or bat berd arm usen dil bak dar kar""")
ENDINGS = words("""
bek zhan khan bol bai lan nur gali mat at sar dar tai qan daulet tay bay gazy hamit sultan
erke jol bergen murat ali zhar""")
FEMALE_ENDINGS = ["gul", "ai", "zhan", "nur", "sulu", "bike", "gul", "ai", "ana", "sha", "kul"]
HAN_GIVEN = list("伟明晓军华建国平丽静敏强磊洋勇艳杰娟涛超秀霞刚桂英兰芳玲宁鹏飞斌波辉红梅新文海")
PLACES = [f"place_{i:03d}" for i in range(120)]

HAN_SURNAMES = list("王李张刘陈杨黄赵吴周徐孙朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
                    "蒋蔡余杜叶程苏魏吕丁")


def compositional(rng: random.Random, female: bool) -> str:
    ending = rng.choice(FEMALE_ENDINGS if female else ENDINGS)
    return rng.choice(ROOTS) + ending


# --- scripts --------------------------------------------------------------------------------

DIGRAPHS = ("zh", "sh", "ch", "kh", "gh", "ng")


def phonemes(word: str) -> list[str]:
    out, i = [], 0
    while i < len(word):
        if word[i:i + 2] in DIGRAPHS:
            out.append(word[i:i + 2])
            i += 2
        else:
            out.append(word[i])
            i += 1
    return out


CYR = {"zh": "ж", "sh": "ш", "ch": "ч", "kh": "х", "gh": "ғ", "ng": "ң", "q": "қ", "a": "а",
       "b": "б", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "һ", "i": "и", "j": "ж", "k": "к",
       "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "r": "р", "s": "с", "t": "т",
       "u": "ұ", "v": "в", "w": "у", "y": "й", "z": "з", "x": "кс"}
ARA = {"zh": "ژ", "sh": "ش", "ch": "چ", "kh": "خ", "gh": "غ", "ng": "ڭ", "q": "ق", "a": "ا",
       "b": "ب", "d": "د", "e": "ە", "f": "ف", "g": "گ", "h": "ھ", "i": "ى", "j": "ج", "k": "ك",
       "l": "ل", "m": "م", "n": "ن", "o": "و", "p": "پ", "r": "ر", "s": "س", "t": "ت",
       "u": "ۇ", "v": "ۋ", "w": "ۋ", "y": "ي", "z": "ز", "x": "كس"}
VOWELS = set("aeiou")


def to_cyrillic(word: str) -> str:
    text = "".join(CYR.get(p, p) for p in phonemes(word))
    return text[:1].upper() + text[1:]


def to_arabic(word: str) -> str:
    ps = phonemes(word)
    return ("ئ" if ps and ps[0] in VOWELS else "") + "".join(ARA.get(p, p) for p in ps)


def _syllable_chars() -> dict[str, str]:
    """A character per toneless pinyin syllable that pypinyin reads back as that syllable."""
    from pypinyin import Style, lazy_pinyin
    from pypinyin.pinyin_dict import pinyin_dict

    out: dict[str, str] = {}
    for code in sorted(pinyin_dict):
        if not 0x4E00 <= code <= 0x9FFF or "," in pinyin_dict[code]:
            continue
        ch = chr(code)
        syl = lazy_pinyin(ch, style=Style.NORMAL)[0]
        out.setdefault(syl, ch)
    out.update(PREFERRED)
    return out


# Characters Chinese sources use to transcribe Turkic names (阿斯卡尔 for Askar).
PREFERRED = dict(zip(
    words("""
a ai ba bai bie bo bu da de du e er ga ge gu ha han he hu ji jia jiang ke ku la le li lu
ma man mu na ni nu pa pu sa sai si su ta te ti tu wu xi ya yi zha zhan en ren ban bei bi
ka kai kan la lan ma mai me mi na nan nai o ou sen shi tai tan ti wa wan ya yan zi ze ji
jun"""),
    "阿艾巴拜别波布达德杜额尔尕格古哈汗合胡吉加江克库拉勒力鲁马曼木纳尼努帕普萨赛斯苏塔特提图吾西亚伊扎占恩仁班"
    "贝比卡凯坎拉兰玛麦么米娜南乃奥欧森什泰坦蒂瓦万娅燕孜泽季军", strict=False))


INITIAL = {"q": "k", "kh": "h", "gh": "g", "ng": "n", "v": "w", "y": "y", "x": "x"}
CODA = {"k": "ke", "q": "ke", "kh": "he", "g": "ge", "gh": "ge", "r": "er", "l": "le",
        "s": "si", "z": "zi", "t": "te", "d": "de", "b": "bu", "p": "pu", "m": "mu",
        "n": "en", "ng": "en", "sh": "shi", "zh": "zhi", "ch": "chi", "j": "ji", "f": "fu",
        "h": "he", "y": "yi", "v": "wu", "w": "wu", "x": "ke"}


def to_chinese(word: str, chars: dict[str, str]) -> str:
    """Transcribe a Turkic name the way Chinese sources do: one character per syllable."""
    ps, out, i = phonemes(word), [], 0
    while i < len(ps):
        onset = ""
        if ps[i] not in VOWELS:
            if i + 1 < len(ps) and ps[i + 1] in VOWELS:
                onset, i = INITIAL.get(ps[i], ps[i]), i + 1
            else:
                out.append(CODA.get(ps[i], "e"))
                i += 1
                continue
        vowel = ps[i]
        i += 1
        if i < len(ps) and vowel + ps[i] in ("ai", "ei", "ao", "ou"):
            vowel, i = vowel + ps[i], i + 1
        if i < len(ps) and ps[i] in ("n", "ng") and (i + 1 == len(ps) or ps[i + 1] not in VOWELS):
            vowel, i = vowel + ("n" if ps[i] == "n" else "ng"), i + 1
        if not onset and vowel[0] in "iu":
            onset = "y" if vowel[0] == "i" else "w"
        out.append(onset + vowel)
    return "".join(_char(s, chars) for s in out)


def _char(syllable: str, chars: dict[str, str]) -> str:
    """The character for a syllable, or for the nearest syllable Chinese has."""
    tries = [syllable, syllable.replace("e", "ie"), syllable.replace("e", "ei"),
             syllable.replace("i", "ei"), syllable[:-1] + "u", syllable[:-1] + "a",
             syllable[0] + "i" + syllable[1:], syllable[0] + "e"]
    return next((chars[t] for t in tries if t in chars), "阿")



# --- romanisation variants, typos -----------------------------------------------------------

SPELLINGS = [("q", ("q", "k")), ("kh", ("kh", "h", "q")), ("zh", ("zh", "j")),
             ("gh", ("gh", "g")), ("y", ("y", "i")), ("sh", ("sh", "sh")), ("u", ("u", "u"))]


def respell(word: str, rng: random.Random) -> str:
    for old, choices in SPELLINGS:
        if old in word and rng.random() < 0.5:
            word = word.replace(old, rng.choice(choices))
    if word.startswith("e") and rng.random() < 0.3:
        word = "y" + word
    return word


def typo(word: str, rng: random.Random) -> str:
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.random()
    if kind < 0.4:
        return word[:i] + word[i + 1:]
    if kind < 0.7:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return word[:i] + rng.choice("aeiounrlkst") + word[i + 1:]


PATRONYMIC = {"male": ("uly", "ov", "", "", "ev"), "female": ("kyzy", "ova", "", "")}


# --- the population -------------------------------------------------------------------------


@dataclass
class Person:
    pid: int
    group: str  # kazakh | uyghur | han
    gender: str
    given: str
    father: str
    birth_year: int
    hometown: str
    detention: tuple[str, str, str] | None
    han_name: str = ""  # characters, for Han persons


@dataclass
class Row:
    """One generated record: what one document says about one person."""

    rid: int
    pid: int
    doc: str
    tokens: list[str]  # the name as written, word by word
    variant: str  # same | romanisation | script | typo | short
    gender: str | None = None
    birth_year: int | None = None
    ethnicity: str | None = None
    hometown: str | None = None
    events: list[tuple[str, str, str]] = field(default_factory=list)
    person: Person | None = None  # the truth, for the oracle and the diagnosis only

    @property
    def name(self) -> str:
        return " ".join(self.tokens)


def make_person(pid: int, rng: random.Random) -> Person:
    group = rng.choices(["kazakh", "uyghur", "han"], weights=[55, 30, 15])[0]
    gender = rng.choice(["male", "female"])
    female = gender == "female"
    han = ""
    if group == "han":
        han = rng.choice(HAN_SURNAMES) + "".join(rng.choices(HAN_GIVEN, k=rng.choice([1, 2, 2, 2])))
        given = father = ""
    else:
        pool = {("kazakh", False): KAZAKH_MALE, ("kazakh", True): KAZAKH_FEMALE,
                ("uyghur", False): UYGHUR_MALE, ("uyghur", True): UYGHUR_FEMALE}[group, female]
        given = rng.choice(pool) if rng.random() < 0.5 else compositional(rng, female)
        father_pool = KAZAKH_MALE if group == "kazakh" else UYGHUR_MALE
        father = rng.choice(father_pool) if rng.random() < 0.5 else compositional(rng, False)
    detained = None
    if rng.random() < 0.3:
        day = f"{rng.randrange(2016, 2022)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
        detained = ("detention", day, rng.choice(PLACES))
    return Person(pid, group, gender, given, father, rng.randrange(1940, 2002),
                  rng.choice(PLACES), detained, han)


def han_tokens(p: Person, rng: random.Random) -> tuple[list[str], str]:
    from pypinyin import lazy_pinyin

    if rng.random() < 0.35:
        return [p.han_name], "script"
    syll = lazy_pinyin(p.han_name)
    surname, given = syll[0].capitalize(), "".join(syll[1:]).capitalize()
    return ([given, surname] if rng.random() < 0.2 else [surname, given]), "romanisation"


def turkic_tokens(p: Person, rng: random.Random, chars: dict[str, str]) -> tuple[list[str], str]:
    suffix = rng.choice(PATRONYMIC[p.gender])
    given, surname = p.given, p.father + suffix
    script = rng.choices(["latin", "cyrillic", "arabic", "han"],
                         weights=[60, 15 if p.group == "kazakh" else 3, 12, 13])[0]
    if script == "cyrillic":
        return [to_cyrillic(given), to_cyrillic(surname)], "script"
    if script == "arabic":
        return [to_arabic(given), to_arabic(p.father)], "script"
    if script == "han":
        return [to_chinese(given, chars) + "·" + to_chinese(p.father, chars)], "script"
    words = [respell(given, rng), respell(surname, rng)]
    variant = "same" if words == [given, surname] else "romanisation"
    if rng.random() < 0.15:
        words.reverse()
    return [w.capitalize() for w in words], variant


def make_row(rid: int, p: Person, doc: str, rng: random.Random, chars: dict[str, str]) -> Row:
    tokens, variant = (han_tokens(p, rng) if p.group == "han"
                       else turkic_tokens(p, rng, chars))
    if variant != "script" and rng.random() < 0.1:
        i = rng.randrange(len(tokens))
        tokens[i] = typo(tokens[i], rng)
        variant = "typo"
    if len(tokens) == 2 and rng.random() < 0.02:
        tokens, variant = [tokens[0]], "short"
    row = Row(rid, p.pid, doc, tokens, variant, person=p)
    row.gender = p.gender if rng.random() < 0.7 else None
    if rng.random() < 0.5:
        row.birth_year = p.birth_year + rng.choice([0, 0, 0, -1, 1])
    row.ethnicity = p.group.capitalize() if rng.random() < 0.4 else None
    row.hometown = p.hometown if rng.random() < 0.3 else None
    if p.detention and rng.random() < 0.6:
        row.events = [p.detention]
    return row


def generate(n_records: int, seed: int) -> list[Row]:
    rng = random.Random(seed)
    chars = _syllable_chars()
    rows: list[Row] = []
    n_docs = max(1, n_records // 4)
    pid = 0
    while len(rows) < n_records:
        person = make_person(pid, rng)
        size = rng.choices([1, 2, 3, 4, 5], weights=[40, 25, 15, 10, 10])[0]
        docs = rng.sample(range(n_docs), k=min(size, n_docs))
        for d in docs[: n_records - len(rows)]:
            rows.append(make_row(len(rows), person, f"doc{d}", rng, chars))
        pid += 1
    return rows


# --- evaluation -----------------------------------------------------------------------------


def pairs_in(groups: Iterable[Iterable[int]]) -> int:
    return sum(len(g) * (len(g) - 1) // 2 for g in (list(x) for x in groups))


@dataclass
class Quality:
    precision: float
    recall: float
    f1: float
    recall_by_variant: dict[str, float]
    f1_by_variant: dict[str, float]


def evaluate(rows: list[Row], cluster_of: list[int]) -> Quality:
    """Pairwise precision/recall/F1; recall per kind of variant (pair's harder record)."""
    pred: dict[int, list[int]] = defaultdict(list)
    for i, c in enumerate(cluster_of):
        pred[c].append(i)
    true: dict[int, list[int]] = defaultdict(list)
    for r in rows:
        true[r.pid].append(r.rid)
    cells: Counter[tuple[int, int]] = Counter((cluster_of[r.rid], r.pid) for r in rows)
    tp = sum(n * (n - 1) // 2 for n in cells.values())
    predicted, actual = pairs_in(pred.values()), pairs_in(true.values())
    precision = tp / predicted if predicted else 1.0
    recall = tp / actual if actual else 1.0
    by_kind, hit_kind = _variant_recall(rows, true, cluster_of)
    rec = {k: hit_kind[k] / n for k, n in by_kind.items() if n}
    return Quality(precision, recall, _f1(precision, recall), rec,
                   {k: _f1(precision, v) for k, v in rec.items()})


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


RANK = {"same": 0, "romanisation": 1, "typo": 2, "short": 3, "script": 4}


def _variant_recall(rows: list[Row], true: dict[int, list[int]],
                    cluster_of: list[int]) -> tuple[Counter[str], Counter[str]]:
    total: Counter[str] = Counter()
    hit: Counter[str] = Counter()
    for members in true.values():
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                a, b = rows[i], rows[j]
                kind = "script" if "script" in (a.variant, b.variant) else max(
                    (a.variant, b.variant), key=RANK.__getitem__)
                if kind == "same" and a.name != b.name:
                    kind = "romanisation"
                total[kind] += 1
                hit[kind] += cluster_of[i] == cluster_of[j]
    return total, hit


# --- what is attainable --------------------------------------------------------------------


def true_name(p: Person) -> tuple[str, str]:
    """A person's name itself, before any document writes it: namesakes share it."""
    return p.group, p.han_name if p.group == "han" else f"{p.given}|{p.father}"


def fits(row: Row, p: Person) -> bool:
    """Nothing the record reports rules out that it describes person ``p``."""
    return ((row.gender is None or row.gender == p.gender)
            and (row.birth_year is None or abs(row.birth_year - p.birth_year) <= 1)
            and (row.ethnicity is None or row.ethnicity == p.group.capitalize())
            and (row.hometown is None or row.hometown == p.hometown)
            and (not row.events or [p.detention] == row.events))


def ambiguous(rows: list[Row]) -> list[bool]:
    """Records that fit a namesake of their person as well as their person: no resolver
    reading the records can tell whose they are (the namesake may have records of its own)."""
    namesakes: dict[tuple[str, str], dict[int, Person]] = defaultdict(dict)
    for r in rows:
        assert r.person is not None
        namesakes[true_name(r.person)][r.pid] = r.person
    out = []
    for r in rows:
        assert r.person is not None
        group = namesakes[true_name(r.person)]
        out.append(len(group) > 1 and any(fits(r, q) for pid, q in group.items()
                                          if pid != r.pid))
    return out


def oracle(rows: list[Row]) -> list[int]:
    """The ceiling: every record in its true cluster but the ambiguous ones, kept alone.

    Generous: it never confuses two different names (a resolver may, when a transcription
    into Chinese characters makes two names one), and it knows each person's true
    attributes. Keeping an ambiguous record alone is what a careful resolver can do; merging
    it is a guess among the namesakes it fits.
    """
    return [len(rows) + r.rid if amb else r.pid for r, amb in zip(rows, ambiguous(rows),
                                                                  strict=True)]


# --- izde -----------------------------------------------------------------------------------

def to_record(row: Row) -> Record:
    return make_record(
        f"r{row.rid:08d}", row.doc, [row.name], gender=row.gender, ethnicity=row.ethnicity,
        birth_year=row.birth_year,
        hometowns=frozenset([row.hometown]) if row.hometown else frozenset(),
        events=frozenset(row.events))


def _cpu() -> float:
    """CPU seconds of this process and of the worker processes it has waited for."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def run_izde(rows: list[Row], workers: int) -> tuple[list[int], dict[str, float]]:
    """izde's bulk path (``izde.resolve.bulk``, as ``resolve_all`` uses it): records,
    blocking, scoring, clusters; seconds of wall and CPU time per stage (CPU: the process
    and its workers)."""
    with bulk.large_batch():  # as ``persons.resolve_all`` runs
        return _run_izde(rows, workers)


def _run_izde(rows: list[Row], workers: int) -> tuple[list[int], dict[str, float]]:
    stages: dict[str, float] = {}
    wall, cpu = time.perf_counter(), _cpu()

    def stage(name: str) -> None:
        nonlocal wall, cpu
        stages[name] = time.perf_counter() - wall
        stages[name + " cpu"] = _cpu() - cpu
        wall, cpu = time.perf_counter(), _cpu()

    name_words.prepare([r.name for r in rows], workers)  # as persons.load_records does
    batch = bulk.Batch.of([to_record(r) for r in rows])
    stage("records")
    codes = bulk.candidate_codes(batch, SETTINGS.max_block, workers)
    stage("blocking")
    scored = bulk.score_codes(batch, codes, SETTINGS, workers)
    stage("scoring")
    clusters = bulk.cluster(batch, scored, SETTINGS, workers)
    stage("clustering")
    stages["pairs"] = float(len(codes))
    return clusters, stages


# --- where F1 goes: blocking, decisions, clusters ------------------------------------------


def largest_blocks(batch: bulk.Batch, top: int = 5) -> list[tuple[str, int]]:
    """The biggest blocking keys (records filed under them or meeting them), before splits."""
    from izde.resolve.blocking import record_keys

    per_set: Counter[str] = Counter()
    sizes = Counter(batch.nameset.tolist())
    for k, names in enumerate(batch.namesets):
        full, tokens = record_keys(Record("", None, names))
        for key in (*full, *tokens):
            per_set[key] += sizes[k]
    return per_set.most_common(top)


def diagnose(rows: list[Row], workers: int) -> None:
    """Where izde's pairwise F1 falls from the ceiling (in this process; for 10k-100k).

    Recall: true pairs never blocked, blocked but scored below a merge, merged pairs whose
    union the cluster checks refused, and true pairs joined only transitively. Precision:
    false pairs by cluster size, and whether the two records share a true name (namesakes)."""
    gc.disable()
    batch = bulk.Batch.of([to_record(r) for r in rows])
    codes = bulk.candidate_codes(batch, SETTINGS.max_block, workers)
    scored = bulk.score_codes(batch, codes, SETTINGS, workers)
    clusters = bulk.cluster(batch, scored, SETTINGS, workers)
    gc.enable()
    n = len(rows)
    print(f"diagnosis: {len(codes):,} candidate pairs ({len(codes) / n:.1f} per record); "
          "largest blocks: " + ", ".join(f"{k} {v:,}" for k, v in largest_blocks(batch)))
    _diagnose_recall(rows, codes, scored, clusters)
    _diagnose_precision(rows, clusters)


def _true_pairs(rows: list[Row]) -> list[tuple[int, int]]:
    by_pid: dict[int, list[int]] = defaultdict(list)
    for r in rows:
        by_pid[r.pid].append(r.rid)
    return [(i, j) for m in by_pid.values() for x, i in enumerate(m) for j in m[x + 1:]]


def _diagnose_recall(rows: list[Row], codes, scored: bulk.Scored,  # type: ignore[no-untyped-def]
                     clusters: list[int]) -> None:
    blocked = set(codes.tolist())
    merge = scored.decision == bulk.DECISIONS.index(MERGE)
    merged = set((scored.left[merge] << 32 | scored.right[merge]).tolist())
    review = scored.decision == bulk.DECISIONS.index(REVIEW)
    proposed = set((scored.left[review] << 32 | scored.right[review]).tolist())
    fate: dict[str, Counter[str]] = defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    for i, j in _true_pairs(rows):
        a, b = rows[i], rows[j]
        kind = "script" if "script" in (a.variant, b.variant) else max(
            (a.variant, b.variant), key=RANK.__getitem__)
        code = i << 32 | j
        together = clusters[i] == clusters[j]
        what = ("clustered" if together and code in merged else
                "clustered via chain" if together else
                "merge refused by cluster" if code in merged else
                "review" if code in proposed else
                "scored apart" if code in blocked else "not blocked")
        fate[kind][what] += 1
        fate["all"][what] += 1
        if what in ("not blocked", "review") and len(examples[kind + " " + what]) < 4:
            examples[kind + " " + what].append(f"{a.name} | {b.name}")
    for kind, c in fate.items():
        total = sum(c.values())
        print(f"  true pairs {kind:>12} {total:>9,}: " + ", ".join(
            f"{w} {v / total:.1%}" for w, v in c.most_common()))
    if os.environ.get("IZDE_BENCH_EXAMPLES"):
        for what, names in sorted(examples.items()):
            print(f"    e.g. {what}: " + "; ".join(names))


def _diagnose_precision(rows: list[Row], clusters: list[int]) -> None:
    members: dict[int, list[int]] = defaultdict(list)
    for i, c in enumerate(clusters):
        members[c].append(i)
    false_by_size: Counter[int] = Counter()
    namesake = other = 0
    odd: list[str] = []
    for m in members.values():
        for x, i in enumerate(m):
            for j in m[x + 1:]:
                a, b = rows[i], rows[j]
                if a.pid != b.pid:
                    false_by_size[min(len(m), 10)] += 1
                    assert a.person is not None and b.person is not None
                    if true_name(a.person) == true_name(b.person):
                        namesake += 1
                    else:
                        other += 1
                        if len(odd) < 12 and (x + len(m)) % 7 == 0:
                            odd.append(f"{a.name} | {b.name}")
    total = namesake + other
    print(f"  false pairs {total:,}: namesakes {namesake:,}, different true names {other:,}; "
          "by cluster size: " + ", ".join(f"{k}{'+' if k == 10 else ''}: {v:,}"
                                          for k, v in sorted(false_by_size.items())))
    if os.environ.get("IZDE_BENCH_EXAMPLES"):
        print("    e.g. false pairs of different names: " + "; ".join(odd))


# --- Splink ---------------------------------------------------------------------------------


def splink_table(rows: list[Row]):  # type: ignore[no-untyped-def]
    """The records as Splink reads them: names folded to ASCII with ``anyascii`` (what a
    Splink user would do with names in several scripts), first and second word."""
    import pyarrow as pa
    from anyascii import anyascii

    cols: dict[str, list[object]] = defaultdict(list)
    for r in rows:
        words = anyascii(r.name.replace("·", " ")).lower().split()
        cols["unique_id"].append(r.rid)
        cols["first_name"].append(words[0] if words else None)
        cols["surname"].append(words[1] if len(words) > 1 else None)
        cols["gender"].append(r.gender)
        cols["birth_year"].append(r.birth_year)
        cols["ethnicity"].append(r.ethnicity)
        cols["hometown"].append(r.hometown)
        cols["event"].append("|".join(r.events[0]) if r.events else None)
    return pa.table(cols)


def splink_settings() -> Any:
    """Splink's own comparisons: forename/surname with its default Jaro-Winkler levels (and
    swapped names), term frequencies on names, birth year within 1 and 3, exact attributes."""
    import splink.comparison_level_library as cll
    import splink.comparison_library as cl
    from splink import SettingsCreator, block_on

    birth_year = cl.CustomComparison(
        output_column_name="birth_year",
        comparison_levels=[cll.NullLevel("birth_year"), cll.ExactMatchLevel("birth_year"),
                           cll.AbsoluteDifferenceLevel("birth_year", 1),
                           cll.AbsoluteDifferenceLevel("birth_year", 3), cll.ElseLevel()])
    names = cl.ForenameSurnameComparison("first_name", "surname").configure(
        term_frequency_adjustments=True)
    return SettingsCreator(
        link_type="dedupe_only",
        comparisons=[names, birth_year, cl.ExactMatch("gender"), cl.ExactMatch("ethnicity"),
                     cl.ExactMatch("hometown"), cl.ExactMatch("event")],
        blocking_rules_to_generate_predictions=[
            block_on("first_name", "surname"),
            "l.first_name = r.surname and l.surname = r.first_name",  # type: ignore[list-item]
            block_on("first_name", "birth_year"), block_on("surname", "birth_year"),
            block_on("event")],
        retain_intermediate_calculation_columns=False,
    )


SPLINK_RULES = ("l.first_name = r.first_name and l.surname = r.surname "
                "and l.birth_year = r.birth_year", "l.event = r.event")


def rules_recall(rows: list[Row]) -> float:
    """The share of true pairs Splink's deterministic rules find (handed to it: generous)."""
    from anyascii import anyascii

    def keys(r: Row) -> set[object]:
        words = tuple(anyascii(r.name.replace("·", " ")).lower().split()[:2])
        out: set[object] = {("ev", r.events[0])} if r.events else set()
        if len(words) == 2 and r.birth_year is not None:
            out.add((words, r.birth_year))
        return out

    found = total = 0
    by_pid: dict[int, list[Row]] = defaultdict(list)
    for r in rows:
        by_pid[r.pid].append(r)
    for members in by_pid.values():
        for x, a in enumerate(members):
            for b in members[x + 1:]:
                total += 1
                found += bool(keys(a) & keys(b))
    return max(found / total, 0.01) if total else 1.0


def run_splink(rows: list[Row], threshold: float) -> list[int]:
    """Splink 5, DuckDB backend, trained as its documentation describes: the prior from
    deterministic rules, u by random sampling, m by expectation maximisation in two blocks."""
    import logging

    from splink import Linker, block_on
    from splink.backends.duckdb import DuckDBAPI

    db = DuckDBAPI()
    linker = Linker(db.register(splink_table(rows)), splink_settings(), log_level=logging.WARNING)
    linker.training.estimate_probability_two_random_records_match(
        list(SPLINK_RULES), recall=rules_recall(rows))
    linker.training.estimate_u_using_random_sampling(max_pairs=5e6, seed=1)
    linker.training.estimate_parameters_using_expectation_maximisation(
        block_on("birth_year", "gender"), max_pairs=2e6)
    linker.training.estimate_parameters_using_expectation_maximisation(
        block_on("first_name", "surname"))
    predictions = linker.inference.predict(threshold_match_probability=min(threshold, 0.5))
    clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(
        predictions, threshold_match_probability=threshold)
    table = clusters.as_pyarrow_table()  # type: ignore[no-untyped-call]  # read it fully
    ids, cluster_ids = table["unique_id"].to_pylist(), table["cluster_id"].to_pylist()
    index = {c: i for i, c in enumerate(dict.fromkeys(cluster_ids))}
    cluster_of = list(range(len(rows)))
    for uid, cid in zip(ids, cluster_ids, strict=True):
        cluster_of[int(uid)] = len(rows) + index[cid]
    return cluster_of


# --- one new document against a large store -------------------------------------------------


def build_store(rows: list[Row], path: str) -> None:
    """A SQLite store holding every generated record as a Person with its names (bulk)."""
    from izde.resolve.names import detect_script, latinize, name_key
    from izde.store.engine import Store

    Store(path).close()  # schema through the migrations, as izde opens it
    con = sqlite3.connect(path)
    now = "2024-01-01 00:00:00.000000"
    docs = sorted({r.doc for r in rows})
    con.executemany(
        "INSERT INTO documents (id, sha256, media_type, size, original, body, notes, "
        "sensitivity, ingested_at, ingested_by) VALUES (?, ?, 'text/plain', 0, x'', '', "
        "'[]', 'restricted', ?, 'bench')", ((d, f"{d:0>64}", now) for d in docs))
    con.executemany(
        "INSERT INTO persons (id, canonical_id, document_id, name, gender, ethnicity, "
        "birth_year, citizenship, roles, origin, sensitivity, created_at) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, '[]', '[]', 'machine', 'restricted', ?)",
        ((f"r{r.rid:08d}", f"r{r.rid:08d}", r.doc, r.name, r.gender, r.ethnicity,
          r.birth_year, now) for r in rows))
    con.executemany(
        "INSERT INTO person_names (person_id, name, script, latin, key, sensitivity) "
        "VALUES (?, ?, ?, ?, ?, 'restricted')",
        ((f"r{r.rid:08d}", r.name, detect_script(r.name), latinize(r.name), name_key(r.name))
         for r in rows))
    con.commit()
    con.close()


def time_new_documents(path: str, rows: list[Row], n_docs: int, seed: int) -> list[float]:
    """Ingest-path resolution of new documents (5 persons, some already known) against it."""
    from izde.extract.model import ExtractedPerson, Extraction
    from izde.resolve.persons import resolve_document
    from izde.store.engine import Store
    from izde.store.load import load_extraction
    from izde.store.models import Document

    rng, chars = random.Random(seed), _syllable_chars()
    store, times = Store(path), []
    for k in range(n_docs):
        known = [rng.choice(rows) for _ in range(3)]
        people = [make_person(10**9 + k * 10 + i, rng) for i in range(2)]
        names = [" ".join(respell(t.lower(), rng).capitalize() for t in r.tokens)
                 for r in known]  # the same people, spelled again
        names += [make_row(0, p, "x", rng, chars).name for p in people]
        with store.session() as s:
            doc = Document(id=f"newdoc{k}", sha256=f"new{k:061d}", media_type="text/plain",
                           size=0, original=b"", body="", published="2024-01-01")
            s.add(doc)
            s.flush()
            found = [ExtractedPerson(key=f"p{i}", name=n, names=[n], mentions=[])
                     for i, n in enumerate(dict.fromkeys(names))]
            load_extraction(s, doc, Extraction(extractor="bench", persons=found))
            t0 = time.perf_counter()
            resolve_document(s, doc.id, actor="bench")
            times.append(time.perf_counter() - t0)
    store.close()
    return times


# --- running and measuring ------------------------------------------------------------------


def _child(conn, fn, args):  # type: ignore[no-untyped-def]
    result = fn(*args)
    t = os.times()  # CPU of this process and of the workers it waited for
    conn.send((result, t.user + t.system + t.children_user + t.children_system))
    conn.close()


def tree_memory(p: psutil.Process) -> int:
    """Proportional set size: pages a forked worker shares with its parent count once
    across the tree (RSS would count them in every worker)."""
    import psutil

    try:
        return int(p.memory_full_info().pss)
    except (psutil.AccessDenied, AttributeError):
        return int(p.memory_info().rss)


POLL = 0.5  # seconds between two readings of the tree's memory, at least
POLL_SHARE = 0.25  # of one core that reading the memory may take, at most


def measure(fn: Callable[..., Any], *args: Any) -> tuple[Any, float, float, float]:
    """Run ``fn(*args)`` in a forked child: (result, wall s, CPU s, peak GB of its tree).

    The peak is the proportional set size (PSS) of the tree, which the kernel finds by
    walking every page of each process (~50 ms per 2 GB, per process; at a million records
    the readings took about a third of one core away from the child and its workers on a
    two-core machine). So the PSS is read only when the tree's resident size, which is
    free to read and never below its PSS, shows that a new peak is possible, and not more
    often than keeps the readings under ``POLL_SHARE`` of one core."""
    import psutil

    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    t0 = time.perf_counter()
    proc = ctx.Process(target=_child, args=(child, fn, args))
    proc.start()
    peak, ps, wait = 0, psutil.Process(proc.pid), POLL
    while not parent.poll(wait):
        started = time.perf_counter()
        try:
            tree = [ps, *ps.children(recursive=True)]
            if sum(p.memory_info().rss for p in tree) > peak:
                peak = max(peak, sum(tree_memory(p) for p in tree))
        except psutil.Error:
            pass
        wait = max(POLL, (time.perf_counter() - started) / POLL_SHARE)
        if not proc.is_alive() and not parent.poll():
            raise RuntimeError(f"{fn.__name__} died (exit {proc.exitcode})")
    result, cpu = parent.recv()
    proc.join()
    return result, time.perf_counter() - t0, cpu, peak / 1e9


def report(name: str, q: Quality, wall: float, cpu: float, peak: float) -> dict[str, str]:
    kinds = ("same", "romanisation", "typo", "script", "short")
    row = {"system": name, "P": f"{q.precision:.4f}", "R": f"{q.recall:.4f}",
           "F1": f"{q.f1:.4f}", "wall s": f"{wall:.1f}", "CPU s": f"{cpu:.1f}",
           "peak GB": f"{peak:.2f}"}
    row.update({f"F1 {k}": f"{q.f1_by_variant.get(k, float('nan')):.3f}" for k in kinds})
    return row


def print_table(rows: list[dict[str, str]]) -> None:
    keys = list(rows[0])
    width = {k: max(len(k), *(len(r[k]) for r in rows)) for k in keys}
    print("  ".join(k.rjust(width[k]) for k in keys))
    for r in rows:
        print("  ".join(r[k].rjust(width[k]) for k in keys))


def izde_job(rows: list[Row], workers: int) -> tuple[list[int], dict[str, float]]:
    return run_izde(rows, workers)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="10000,100000,1000000",
                    help="record counts, comma-separated")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    ap.add_argument("--no-splink", action="store_true", help="izde only")
    ap.add_argument("--no-izde", action="store_true", help="Splink and the ceiling only")
    ap.add_argument("--diagnose", action="store_true",
                    help="also print where izde's F1 falls from the ceiling (in-process)")
    ap.add_argument("--splink-threshold", type=float, default=0.2,
                    help="match probability at which Splink clusters (0.2 gave it its best "
                         "F1 of 0.05 / 0.2 / 0.5 / 0.9 / 0.99 at 10k)")
    ap.add_argument("--db-lookup", type=int, default=None,
                    help="store size for the new-document timing (default: largest size; 0: skip)")
    ap.add_argument("--new-docs", type=int, default=20)
    ap.add_argument("--max-block", type=int, default=None, help="override settings.max_block")
    ap.add_argument("--margin", type=float, default=None,
                    help="override settings.ambiguity_margin")
    a = ap.parse_args()
    if a.max_block is not None:
        SETTINGS.max_block = a.max_block
    if a.margin is not None:
        SETTINGS.ambiguity_margin = a.margin
    sizes = [int(x) for x in a.sizes.split(",")]
    growth: list[tuple[int, float, float, float | None]] = []
    print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    for n in sizes:
        growth.append(run_size(n, a))
        gc.collect()
    print("\ngrowth (wall s / CPU s): " + "; ".join(
        f"{n:,}: izde {w:.1f} / {c:.1f}" + (f", splink {s:.1f}" if s else "")
        for n, w, c, s in growth))
    lookup = sizes[-1] if a.db_lookup is None else a.db_lookup
    if lookup:
        new_document_timing(lookup, a.seed, a.new_docs)


def run_size(n: int, a: argparse.Namespace) -> tuple[int, float, float, float | None]:
    """One population: izde, the oracle ceiling and Splink side by side."""
    rows = generate(n, a.seed)
    persons = len({r.pid for r in rows})
    print(f"\n== {n:,} records of {persons:,} persons (seed {a.seed}, {a.workers} workers, "
          f"load {os.getloadavg()[0]:.1f}) ==")
    table, wall, cpu = [], 0.0, 0.0
    if not a.no_izde:
        (izde_clusters, parts), wall, cpu, peak = measure(izde_job, rows, a.workers)
        table.append(report("izde", evaluate(rows, izde_clusters), wall, cpu, peak))
        print("izde stages: " + ", ".join(f"{k} {v:,.1f}" + ("" if k == "pairs" else " s")
                                          for k, v in parts.items()))
    amb = ambiguous(rows)
    table.append(report("ceiling", evaluate(rows, oracle(rows)), 0.0, 0.0, 0.0))
    splink_wall = None
    if not a.no_splink:
        clusters, splink_wall, scpu, speak = measure(run_splink, rows, a.splink_threshold)
        table.append(report("splink", evaluate(rows, clusters), splink_wall, scpu, speak))
    print_table(table)
    if a.diagnose:
        diagnose(rows, a.workers)
    print(f"ceiling: the oracle keeps the {sum(amb):,} records ({sum(amb) / n:.1%}) that fit "
          "a namesake as well as their own person alone, every other record in its cluster")
    return n, wall, cpu, splink_wall


def new_document_timing(n: int, seed: int, n_docs: int) -> None:
    rows = generate(n, seed)
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "bench.db")
        t0 = time.perf_counter()
        build_store(rows, path)
        print(f"\nSQLite store of {n:,} person records built in {time.perf_counter() - t0:.0f} s")
        times = time_new_documents(path, rows, n_docs, seed + 1)
    print(f"resolve_document (5 persons) against it: median {statistics.median(times):.3f} s, "
          f"max {max(times):.3f} s over {len(times)} documents")


if __name__ == "__main__":
    main()
