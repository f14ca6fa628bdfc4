"""Word classes the rules rely on: general English and regional knowledge, never case names.

Each set holds lower-case forms. A capitalised token that belongs to one of these classes is
evidence *against* it being part of a person's name (an organisation word, a month, a
nationality, a title that precedes a name). The common-word list comes from SCOWL (see
``data/README.md``); everything else is written here by hand.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources


@cache
def common_words() -> frozenset[str]:
    """Ordinary lower-case English words (SCOWL size 50): 'radio', 'free', 'long', 'global';
    with their British spellings, which the American list lacks ('defence', 'centre')."""
    data = resources.files("izde.extract").joinpath("data/common_words.txt")
    words = data.read_text(encoding="utf-8").split()
    return frozenset(words).union(b for w in words for b in british_spellings(w))


# the regular differences of British spelling, each applied to an American word's ending;
# "-or" to "-our" only after a consonant that takes it and in words of five letters or more
# ("honor", "labor", "neighbor"; not "nor"), "-er" to "-re" only for the words that do so
_BRITISH = (
    (re.compile(r"ense(s?)$"), r"ence\1"),
    (re.compile(r"(?<=[a-z]{2})iz(e|ed|es|ing|ation|ations|er|ers)$"), r"is\1"),
    (re.compile(r"(?<=[a-z])yz(e|ed|es|ing)$"), r"ys\1"),
    (re.compile(r"(?<=[a-z]{2}[bvlmdgpni])or(s|ed|ing|ful|ite|ites|able)?$"), r"our\1"),
    (re.compile(r"^(cent|theat|met|lit|fib|calib|somb|spect|lust|sab|meag)er(s?)$"),
     r"\1re\2"),
)


def british_spellings(word: str) -> list[str]:
    """The British spellings of an American word, if it has any ('defense' -> 'defence')."""
    return [b for rx, repl in _BRITISH if (b := rx.sub(repl, word)) != word]


@cache
def given_names() -> frozenset[str]:
    """Common given names (US census 1990, see ``data/README.md``): 'peter', 'martin', 'grace'.
    Evidence for a name only together with a person cue: many are also English words."""
    data = resources.files("izde.extract").joinpath("data/given_names.txt")
    return frozenset(data.read_text(encoding="utf-8").split())


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOP_CAPS = _words("""
a an the and or but nor so yet for of in on at by to from with as if when while where who whom
whose which what that this these those there here he she it they we you i his her its their our
your my me him them us after before since until during despite though although because however
i'm i’m
meanwhile also even only just still then now later earlier last next first some many most more
several all both each every any no not none one two three four five six seven eight nine ten
according among between without within through throughout against about above below under over
mr mrs ms miss dr
""")

TITLES = _words("""
mr mrs ms miss mx dr prof professor sir madam dame lord lady sheikh imam mullah hajji haji
deputy chief director head ambassador minister president premier chairman chairwoman chair
governor mayor judge justice lawyer attorney advocate activist officer colonel general major
captain lieutenant sergeant inspector commissioner secretary spokesman spokeswoman spokesperson
consul diplomat founder cofounder co-founder leader journalist reporter researcher student
teacher farmer herder businessman businesswoman writer poet singer blogger author editor
former senior acting vice assistant official officials police policeman prosecutor investigator
detainee prisoner inmate survivor witness resident citizen national refugee dissident scholar
academic economist doctor nurse engineer driver worker trader merchant pastor priest bishop
cleric rights campaigner campaigners comrade uncle aunt brother sister mother father son
daughter husband wife cousin nephew niece grandfather grandmother
orynbasary orynbasar orinbasari orunbasari bastygy bastyghy basshysy tóraghasy toragasy
agha aga aka apa ependi hajim mirza khoja ustaz
""")
# the Kazakh titles among them, which are also given names and surnames: before a name a
# title ("Orunbasari Bekzat Mahsutkhan"), after a given name a surname ("Madina Orynbasar")
TURKIC_TITLES = _words("""
orynbasary orynbasar orinbasari orunbasari bastygy bastyghy basshysy tóraghasy toragasy
""")

ORG_WORDS = _words("""
committee ministry embassy consulate service services court courts bureau university database
group groups department office agency council commission party police army union association
organization organisation organizations foundation institute center centre company corporation
bank news times post radio television tv network watch amnesty school college academy hospital
prison prisons camp camps station government administration procuratorate congress parliament
assembly senate front movement society club league federation trust project program programme
initiative fund press daily gazette herald journal review magazine forum coalition alliance
caucus mission delegation tribunal prosecutors security affairs inc ltd llc corps command
directorate authority authorities secretariat cabinet presidium politburo
""")
# Kazakh and Kyrgyz words for council, parliament, volunteers, centre, fund, society,
# association and party, which name organisations in transliteration ("Jogorku Kenesh",
# "Atajurt Eriktileri"); some are also family names ("Gulmira Kenes")
TURKIC_ORG_WORDS = _words("""
kenesh kenes kenesi keneshi mazhilis mazhilisi majilis majlis eriktileri eriktiler ortalygy
ortalyghy qory qogamy qoghamy birlestigi partiyasy partiyasi
""")
# (which tell an organisation after another word, ``candidates._told_by_words``, but are
# not by themselves words no name holds, as the English ones are)
_NAMELESS_ORG_WORDS = ORG_WORDS
ORG_WORDS = ORG_WORDS | TURKIC_ORG_WORDS

# the nouns for a person that tell the person's sex ("the 61-year-old widow", "a Kazakh woman
# who said she ...")
FEMALE_NOUNS = _words("""
woman mother grandmother businesswoman widow housewife girl granddaughter daughter wife sister
actress
""")
MALE_NOUNS = _words("""
man father grandfather businessman herdsman widower boy grandson son husband brother actor
""")



def noun_sex(noun: str) -> str | None:
    """"female", "male", or None for a noun that does not tell ("teacher")."""
    low = noun.lower()
    return "female" if low in FEMALE_NOUNS else "male" if low in MALE_NOUNS else None

PLACE_WORDS = _words("""
county prefecture province region city district oblast township town village autonomous river
lake mountains mountain street avenue road square airport border valley steppe desert sea
republic kingdom state states
""")

DEMONYMS = _words("""
kazakh kazakhs qazaq qazaqs uyghur uyghurs uighur uighurs kyrgyz kirghiz uzbek uzbeks tajik
tajiks turkmen turkmens hui han mongol mongols mongolian mongolians tatar tatars chinese russian
russians american americans european europeans western eastern northern southern central asian
asians muslim muslims islamic turkic turkish soviet british english french german germans
japanese korean koreans indian arab arabs arabic persian christian christians buddhist tibetan
tibetans dungan xibe daur norwegian swedish egyptian egyptians afghan pakistani iranian
kazakhstani kyrgyzstani uzbekistani israeli ukrainian ukrainians canadian australian dutch
italian spanish
""")

MONTHS = _words("""
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday
""")

PLACES = _words("""
kazakhstan china kyrgyzstan uzbekistan tajikistan turkmenistan russia mongolia afghanistan
pakistan india turkey türkiye egypt usa america norway germany france britain england japan
korea iran iraq syria arabia xinjiang tibet beijing shanghai almaty astana nur-sultan urumqi
bishkek tashkent moscow ankara istanbul cairo washington london brussels geneva switzerland
europe asia africa canada australia sweden netherlands belgium austria italy spain ukraine
belarus poland israel dubai uae qatar hong kong taiwan macau xuar gansu qinghai ili
""")

# places whose names are also common given names in the region ("Manas", the Kyrgyz epic's
# hero and a county near Urumqi; "Emin", a Uyghur man's name and Dorbiljin county; "Naryn", a
# Kyrgyz woman's name and a region; "Nursultan", a Kazakh man's name and the capital's name
# of 2019-2022): beside another name they are part of a person's name (``candidates``)
PERSONAL_TOPONYMS = _words("""
nursultan manas emin naryn zhambyl ayagoz altay altai aral
""")

ORG_ABBREVIATIONS = _words("""
rfa rfe rl hrw afp ap un eu nsc knb cnn bbc voa ccp pla xpcc osce who
""")

# platforms and messengers ("putting videos on Facebook", "a call on WeChat") name no one
PLATFORMS = _words("""
facebook wechat whatsapp telegram youtube instagram tiktok twitter weibo douyin viber skype
imo vkontakte odnoklassniki google
""")

CONNECTORS = _words("""
al el bin ibn ben van von der de du da di la le ul ur
""")


def is_common(word: str) -> bool:
    """True when the lower-case form is an everyday English word or a function word, or a
    phrasal noun made of one and its particle ("Follow-up", "Sit-in", "Round-up")."""
    low = word.lower()
    if low in STOP_CAPS or low in common_words():
        return True
    head, dash, particle = low.partition("-")
    return bool(dash) and particle in _PARTICLES and head in common_words()


_PARTICLES = frozenset({"up", "in", "out", "off", "down", "on", "over", "back", "away"})


def never_in_name(word: str) -> bool:
    """An everyday word, a word of no name (``is_non_name_word``) or a title: never a part
    of a person's name, whatever the shape of its text."""
    low = word.lower()
    return is_common(low) or is_non_name_word(low) or low in TITLES


def is_non_name_word(word: str) -> bool:
    """A word that never belongs to a person's name: months, nationalities, org/place words."""
    low = word.lower()
    return (
        low in MONTHS or low in DEMONYMS or low in _NAMELESS_ORG_WORDS or low in PLACE_WORDS
        or low in PLACES or low in ORG_ABBREVIATIONS or low in PLATFORMS
        or low.endswith(_MODIFIER_ENDS)
    )


# a compound modifier: "Kazakh-language", "Almaty-based", "Kyrgyz-born" ("the Almaty-based
# Atajurt", "a Kazakh-language Quran" name no one)
_MODIFIER_ENDS = ("-language", "-based", "-born", "-speaking", "-owned", "-run", "-backed",
                  "-funded", "-led", "-made", "-style", "-era", "-registered")
