"""The wording of events: one table of trigger phrases per event type and where the person is.

``side`` says where the person the event happens to is found:
- "before": the nearest referring phrase before the trigger ("X was detained", "X vanished");
- "after": right after the trigger ("police detained X", "the arrest of X", "jailed him");
- "inside": within the trigger or before it ("offered them asylum", "X was granted asylum");
- "noun": before it, else the only person the sentence names ("The assault on Jan. 21, as X
  was returning home");
- "lead": a sentence that opens with the event and no subject ("Detained by police in April
  2018.", "No information since."): the person the text is about just before, or the subject
  after a participial clause ("Detained in 2018, she ...");
- "about": a sentence that names nobody and tells the event from the narrator's or family's
  side ("Since then I have had no letter, no call, nothing."): the person the text is about
  just before, never the narrator.
Passive verbs need an auxiliary ("was detained"), so "officials detained ..." is never read as
something that happened to the officials.
"""

from __future__ import annotations

import bisect
import re
import string
from dataclasses import replace
from functools import lru_cache

from izde.extract.keywords import DocumentHits, occurrences, present, searched_in_documents
from izde.extract.literals import leading_literals, required_literals, with_opening
from izde.extract.spans import at_word_starts
from izde.extract.terms import AT_LIBERTY
from izde.extract.testimony_triggers import TESTIMONY_TRIGGERS
from izde.extract.trigger_spec import (
    AMONG_INMATES,
    ANOTHER_INMATE,
    AUX,
    CAMP,
    CAMP_MOD,
    CAMP_NOT,
    CAMP_WORD,
    GROUP_NOUNS,
    OFFICIAL_CAMP_NAME,
    SHARED_ROOM,
    THE_SAME_PLACE,
    Side,
    Trigger,
    make_trigger,
)

__all__ = ["AUX", "Side", "Trigger"]

# an adverb between the verb and where one is held: "was held first in a camp in Burqin"
_THEN = r"(?:(?:first|initially|then|later|briefly|again|there|also|straight|directly)\s+)?"
# a thing, not a person, right before the verb: "her passport was taken at Almaty airport"
_NOT_A_THING = "".join(rf"(?<!{w} )" for w in (
    "passport", "passports", "phone", "phones", "documents", "card", "cards", "car", "ID",
    "money", "photo", "photograph", "picture", "video", "decision", "laptop", "computer",
    "books", "Quran", "Koran"))
_PASSIVE_DETAIN = (r"(?:arrested|detained|apprehended|seized|abducted|kidnapped|rounded\s+up|"
                   r"picked\s+up|taken\s+(?:away|into\s+custody)|locked\s+up|held|"
                   # "was taken from her home": removed from where one lives or works
                   r"taken\s+from\s+(?:his|her|their|our|my|the)\s+(?:(?:parents|family|mother|"
                   r"father|relatives|brother|sister|son|daughter|uncle|aunt|cousin|grandparents|"
                   r"in-laws)['’]s?\s+)?(?:[\w-]+\s+)?(?:home|house|apartment|flat|shop|"
                   r"office|workplace|classroom|class|desk|stall|bed|village|kindergarten|factory|"
                   r"university|college|dormitory|pharmacy|bakery|workshop|hospital|clinic|mosque|"
                   r"school|farm|restaurant|market|bazaar)(?!\s+(?:to|by)\s+"
                   r"(?:an?\s+|the\s+)?(?:hospital|clinic|"
                   r"ambulance|paramedics)|[^.;,]{0,30}?\bto\s+(?:his|her|their)\s+(?:own\s+)?"
                   r"(?:home|house|family|relatives)\b)|"
                   r"flung\s+behind\s+bars|thrown\s+(?:in|into)\s+(?:jail|prison)|"
                   r"locked\s+(?:up\s+)?in\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?cell|"
                   r"put\s+behind\s+bars|placed\s+under\s+arrest|"
                   # "was taken off the bus by border officers"
                   r"(?:taken|pulled|hauled|removed)\s+off\s+(?:a|the|his|her|their)\s+"
                   r"(?:bus|train|plane|flight|coach|ferry|minibus|truck|lorry|car|van))")
_CAMP = CAMP
_CAMP_WORD = CAMP_WORD


# told as recurring: "three times", "at least nine times", "for conversations", "every week"
_AGAIN = (r"[^.;]{0,70}?\b(?:times|twice|repeatedly|again|regularly|every|weekly|monthly|"
          r"conversations|talks)\b")
# calls that ask about someone abroad: "asking for his address and about the people he meets"
_ASKING_FOR = (r"\b(?:asking|demanding|requesting)\s+(?:(?:him|her|them|me)\s+)?(?:for\s+(?:his|"
               r"her|their|my)\s+(?:address|phone|contacts?|details|documents|passport|"
               r"workplace|employer)|about\s+(?:his|her|their|my|the\s+people|who|whom))")
# pressed to come back: "urging him to come home", "asking her to return"
_URGED_BACK = (r"\b(?:urging|asking|telling|demanding|pressing|ordering|pressuring)\s+(?:him|her|"
               r"them|me)\s+to\s+(?:come\s+(?:home|back)|return)\b")
# papers gathered from many at once: "collected the passports of every household"
_COLLECTED = r"\b(?:collected|gathered|confiscated|seized|took(?:\s+away)?)"
# everyone's passports taken, one's own among them: "collected the passports of all teaching
# staff"
_PASSPORTS_COLLECTED = _COLLECTED + r"\s+(?:all\s+(?:the\s+)?|the\s+)?passports\b"
# gathered in by the authorities, passively: "was collected by the village committee"
_COLLECTED_BY = (r"(?:was|were|had\s+been|has\s+been)\s+(?:collected|taken)\s+by\s+(?:the\s+)?"
                 r"(?:[\w-]+\s+){0,2}?(?:police|committee|authorities|officials|officers|cadres|"
                 r"bureau|security)\b")
# taken, told in a relative clause with its agent: "passport, which police ... confiscated"
_WHICH_TAKEN = (r"\s*,\s*which\s+(?:[\w-]+\s+){0,6}?(?:had\s+)?(?:confiscated|seized|took|"
                r"taken|kept|withheld)\b")
# for a stated time: "for two days", "for several hours"
_FOR_A_TIME = (r"(?:for\s+|(?=(?:about|around|nearly|almost|some)\s))"
               r"(?:(?:about|around|nearly|almost|over|some|more\s+than|up\s+to)\s+)?"
               r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
               r"thirteen|fourteen|fifteen|twenty|thirty|forty|(?:a\s+)?few|a\s+couple\s+of|"
               r"several|many|\d+)\s+(?:hours?|days?|nights?|weeks?|months?)\b")
# a length of time told roughly: "for about four hours", "for more than two days"
_ROUGHLY = r"(?:(?:about|around|nearly|almost|some|more\s+than|over)\s+)?"
# the limb force is told by, with whose it is: "her wrist", "my arm"
_OWNERS_LIMB = r"(?P<who>his|her|their|my)\s+(?:arms?|wrists?|hands?)\b"
# a fixture one is fastened to: "to a radiator", "to the metal chair"
_TO_A_FIXTURE = (r"to\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:radiator|pipe|chair|bed|bars|grille|"
                 r"grate|ring|hook|door|window|pole|post)\b")
_t = make_trigger
# where from, before where to: "was taken from the school to what officials called a ..."
# for how long: "being held for eleven months in an internment facility"
_FOR_HOW_LONG = (r"(?:for\s+(?:about\s+|nearly\s+|over\s+|almost\s+|more\s+than\s+|"
                 r"less\s+than\s+|at\s+least\s+|some\s+|up\s+to\s+)?(?:[\w-]+\s+){1,2}?"
                 r"(?:days?|weeks?|months?|years?)\s+)?")
_FROM_WHERE = (r"(?:from\s+(?:the|his|her|their|a)\s+(?:[\w-]+\s+){0,2}?)?"
               # how long may come first: "was held for 11 months in 2018 in a camp"
               + _FOR_HOW_LONG +
               # and since when: "was held from April 2018 in a so-called ...", "in 2018"
               r"(?:(?:from|since|in|on)\s+(?:(?:early|late|mid-?)\s*)?(?:[\w-]+\s+){0,2}?"
               r"[12]\d{3},?\s+"
               # and until when: "was held from early 2018 until January this year in a camp"
               r"(?:(?:until|till|to|through)\s+(?:(?:early|late|mid-?)\s*)?(?:[\w-]+\s+){0,2}?"
               r"(?:[12]\d{3}|year|month),?\s+)?)?" + _FOR_HOW_LONG)


# one of many: "to one of the vast network of internment camps", "in one of the camps"
_ONE_OF = (r"(?:(?:one|another)\s+of\s+(?:the\s+|its\s+|those\s+|China['’]s\s+)?"
           r"(?:(?:[\w-]+\s+){0,2}?(?:network|system|web|chain)\s+of\s+)?)?")


# every _CAMP_WORD contains one of these: a sentence without them cannot be a camp phrase
_CAMP_WORD_STEMS = ("educat", "training", "internment", "political", "vocational",
                    "transformation", "concentration")


# a name of one or two capitalised words, the object or subject a pattern looks for beside
# a pronoun ("hit him", "hit Askar Bekov")
_NAME = r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?"
# no arrest told after a visit in its sentence
_NO_ARREST_AFTER = (r"(?![^.;]{0,100}?\b(?:took|drove|led|detained|arrested|taken|seized|"
                    r"handcuffed)\b)")
# a prison term and its lengthening, told of its owner ("X's sentence was later increased",
# "his prison term has been extended") or by who lengthened it ("added five years to")
_SENTENCE = r"(?:prison\s+|jail\s+)?(?:sentence|term)\b"
_SENTENCE_LENGTHENED = (r"(?:prison\s+|jail\s+)?(?:sentence|term)\s+(?:was|had\s+been|has\s+been)"
                        r"\s+(?:[\w-]+\s+)?(?:extended|increased|lengthened|raised)\b")
_LENGTHENED = r"\b(?:extended|increased|lengthened|added\s+(?:[\w-]+\s+){1,3}?to)"
# an exit visa refused, told of its owner ("X's exit visa was refused"), or the application
# for one turned down by whom ("turned down her application for an exit visa")
_EXIT_VISA_REFUSED = (r"(?:application\s+for\s+an?\s+)?exit\s+(?:visa|permit)\s+(?:application\s+)?"
                      r"(?:was|had\s+been|has\s+been)\s+(?:[\w-]+\s+)?(?:refused|denied|rejected|"
                      r"turned\s+down)\b")
_TURNED_DOWN = r"\b(?:turned\s+down|rejected|refused|denied)"
_EXIT_APPLICATION = r"(?:application|request)\s+for\s+an?\s+exit\s+(?:visa|permit)\b"
# a contraceptive device named ("fitted with an IUD", "an intrauterine device")
_IUD = r"(?:IUD|intrauterine|contraceptive)"
# no kin word right before: "her father's death" is the father's, whom the text may not name
_NOT_KIN_BEFORE = "".join(f"(?<!{w})" for w in (
    "father", "mother", "brother", "sister", "husband", "wife", "son", "daughter", "uncle",
    "aunt", "cousin", "nephew", "niece", "parent", "friend", "grandfather", "grandmother",
    "colleague", "neighbor", "neighbour", "cellmate", "relative"))
# one the story has named, by a definite description: "the older man", "the 70-year-old"
_THE_DESCRIBED = (r"the\s+(?:(?:older|elder|younger)\s+(?:man|woman)|"
                  r"\d{1,3}-year-old(?:\s+(?:man|woman|[a-z]+er|[a-z]+ist))?)")
# a relative set before the name in apposition: "his wife, Gulsim," ("his mother, Aysha Kamal,")
_KIN_NAMED = (r"(?:his|her|their|my)\s+(?:[\w-]+\s+)?(?:wife|husband|son|daughter|brother|sister|"
              r"mother|father|cousin|nephew|niece|uncle|aunt)\s*,\s*")
# one said to have been held in a camp: "a former camp detainee", "a former detainee", "a former
# inmate of the same camp" (a former inmate of a prison is a prisoner, not a camp's detainee)
_FORMER_DETAINEE = (r"former\s+(?:(?:(?:re-?education|internment)\s+)?camp\s+"
                    r"(?:detainee|inmate)|detainee|(?:inmate|detainee)\s+(?:of|at|in)\s+"
                    r"(?:the|a|that)\s+(?:same\s+)?(?:[\w-]+\s+){0,2}?camp)\b(?!['’-])")
# a country left, named or not ("the country", "Kazakhstan", "Turkey")
_COUNTRY = (r"(?:the\s+country|(?-i:[A-Z])[a-z]+stan|Turkey|Türkiye|Russia|China|Mongolia|"
            r"Egypt|Thailand)\b")

# the house someone is kept in: "the house", "his own flat"
_OWN_HOME = (r"(?:the|his|her|their|my|our)\s+(?:own\s+|family\s+)?(?:house|home|flat|"
             r"apartment(?:\s+(?:block|building|complex))?|yard|residential\s+compound)\b")
# what ``_OWN_HOME`` cannot lack
_HOME_WORDS = ("house", "home", "flat", "apartment", "yard", "residential")


# the authorities, then their purpose told with "to": "police used a video call from her
# mother's phone to warn her to stop protesting"
_WARNERS = (r"\b(?:police(?:m[ae]n)?|officers?|officials?|authorities|agents?)\b"
            r"[^.;]{0,80}?")
# whom a warning is against, with no price named after it: "to warn her against holding
# pickets without permission" (not "... or else her son would suffer")
_AGAINST_NO_PRICE = (r"\s+(?:him|her|them|me|" + _NAME + r")\s+(?:against|about)\s+"
                     r"(?![^.;]{0,80}?\b(?:would|will|could|or\s+else|otherwise)\b)")
# the law recited to someone, as a warning with no price set on them: "that unauthorized
# pickets are punishable by a fine", "that such gatherings are illegal"
_LAW_RECITED = (r"[^.;]{0,60}?\b(?:is|are)\s+(?:punishable|illegal|prohibited|forbidden|banned|"
                r"not\s+allowed|against\s+the\s+law)\b")


TRIGGERS: tuple[Trigger, ...] = (
    # internment before detention: "detained in a re-education camp" is internment
    _t("internment", "before", AUX + r"(?:sent|taken|held|detained|interned|placed|locked\s+up|"
       r"put|driven|brought|transported|escorted)\s+" + _THEN + _FROM_WHERE + _THEN
       # (the words before the camp are not a second verb's: "was detained in 2018 and held in
       # an internment camp" tells the detention, then the internment; up to eight: "held in
       # a facility described by the authorities as a 'vocational ... centre'")
       + r"(?:to|in|into|at)\s+(?:(?!and\b|then\b)[\w“”\"'’-]+\s+){0,8}?[“\"‘']?"
       + _CAMP_WORD
       + r"[\w”\"'’\s-]{0,40}" + _CAMP, needs=_CAMP_WORD_STEMS),
    # a school turned into a place of custody: "was held in a former school surrounded by a
    # high wall", "held first at a police station, and then in a camp"
    _t("internment", "before", AUX + r"(?:held|kept|detained|locked\s+up|moved|sent|taken|"
       r"transferred|brought)\s+(?:(?:first|"
       r"initially)\s+)?(?:(?:at|in)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:station|lockup|"
       r"cell|jail|cent(?:er|re))\s*,?\s+(?:and\s+)?(?:then|later|afterwards)\s+)?(?:in|at|to|"
       r"into)\s+"
       r"(?:an?|the)\s+(?:(?:former|converted|old)\s+(?:(?:middle|primary|high|secondary|"
       r"boarding|vocational)\s+)?schools?|(?:[\w-]+\s+){0,2}?camps?)\b"),
    # (a death there tells the stay: "died in a detention camp in January 2018")
    # (the words after "died" only: the death is told by its own trigger)
    _t("internment", "before", r"(?<=\bdied\s)(?:in|at|inside)\s+(?:an?|the)\s+" + CAMP_NOT
       + r"(?:" + CAMP_MOD + r"){0,3}?camp\b", supplementary=True),
    # (the time may be set aside between commas: "spent a year and a half, in 2018-2019, in a
    # so-called vocational training centre")
    # moved to a camp, from no place told: "About six weeks later I was moved to a 'vocational
    # training school' in Altay city" (moved "from the detention centre to a camp" is the
    # transfer's own trigger)
    _t("internment", "before", AUX + r"(?:moved|transferred)\s+" + _THEN + r"(?:to|into)\s+"
       r"(?:(?!and\b|then\b)[\w“”\"'’-]+\s+){0,6}?[“\"‘']?" + _CAMP_WORD
       + r"[\w”\"'’\s-]{0,40}" + _CAMP, needs=_CAMP_WORD_STEMS),
    # (a bare camp too: "Two weeks later, she was moved to the camp in Konasheher", not to
    # "another camp", which says there was one before)
    _t("internment", "before", AUX + r"(?:moved|transferred)\s+" + _THEN + r"(?:to|into)\s+"
       r"(?:a|the)\s+(?!(?:other|second|new|different|next)\b)(?:[\w-]+\s+){0,2}?camp\b",
       needs=("camp",)),
    _t("internment", "before", r"\b(?:spent|spending)\s+(?:[\w-]+\s+){0,5}?(?:[\w-]+,\s+(?:in|"
       r"from|during|between)\s+[\w–-]+(?:\s+(?:and|to)\s+[\w-]+)?,\s+)?(?:in|at)\s+"
       r"(?:[\w“”\"'’,-]+\s+){0,9}?[“\"‘']?" + _CAMP_WORD + r"[\w”\"'’\s-]{0,40}" + _CAMP,
       needs=_CAMP_WORD_STEMS),
    # the time told as what the one testifying went through: "Konysbaikyzy described 19 months
    # in an internment camp", "recounted two years in a 're-education' camp"
    _t("internment", "before", r"\b(?:described|describes|recounted|recounts|recalled|recalls|"
       r"survived|endured)\s+(?:(?:her|his|their|my|the)\s+)?(?:[\w-]+\s+){0,2}?(?:days|weeks|"
       r"months|years)\s+(?:[\w-]+\s+){0,2}?(?:in|at)\s+(?:[\w“”\"'’,-]+\s+){0,6}?[“\"‘']?"
       + _CAMP_WORD + r"[\w”\"'’\s-]{0,40}" + _CAMP, needs=_CAMP_WORD_STEMS),
    # "described his time in a Nilka camp", "spoke about her years in the camp"
    _t("internment", "before", r"\b(?:described|describes|recounted|recounts|recalled|recalls|"
       r"(?:spoke|speaks|talked|talks|testified|wrote|writes)\s+(?:about|of))\s+(?:her|his|their|"
       r"my)\s+(?:time|days|months|years|ordeal|experiences?)\s+(?:in|at|inside)\s+(?:an?|the)\s+"
       r"(?:[\w-]+\s+){0,2}?camps?\b"),
    _t("internment", "before", AUX + r"interned\b"),
    # a state told: "he was in the county's 'vocational training centre'", "she is still in a
    # camp", "had been in that centre since 2018"
    # or "studying" there, in the scare quotes that say it is no school: 'the family knew only
    # that he was "studying" at a "vocational skills education and training center"'
    _t("internment", "before", r"\b(?:was|were|is|are|been|remains?|remained)\s+(?:still\s+|"
       r"then\s+|now\s+|already\s+)?(?:in|[“\"‘']studying[”\"’']\s+(?:in|at))\s+(?:an?|the|that|this|[\w'’-]+['’]s?)\s+(?:(?:[\w“”\"'’-]+"
       r"\s+){0,3}?[“\"‘']?" + _CAMP_WORD + r"[\w”\"'’\s-]{0,40}" + _CAMP + r"|" + CAMP_NOT
       + CAMP_MOD + r"{0,2}?camps?\b)", needs=("camp", *_CAMP_WORD_STEMS)),
    # "was arrested ... and transferred to a facility described as a 'vocational training
    # centre'": a move into a camp is internment (before the plain transfer below)
    _t("internment", "before", r"(?:" + AUX + r"|\band\s+(?:then\s+|later\s+|subsequently\s+)?)"
       r"transferred\s+(?:to|into)\s+(?:[\w“”\"'’-]+\s+){0,6}?[“\"‘']?" + _CAMP_WORD
       + r"[\w”\"'’\s-]{0,40}" + _CAMP, needs=_CAMP_WORD_STEMS),
    # "disappeared into the network of internment camps": taken into one of them
    _t("internment", "before", r"\b(?:disappeared|vanished)\s+into\s+(?:the|a|an|one\s+of\s+the)\s+"
       r"(?:[\w-]+\s+)?(?:network|system|web)\s+of\s+(?:[\w“”\"'’-]+\s+){0,2}?camps\b"),
    # "vanished into an internment camp", "disappeared into a re-education camp"
    # ('vanished into one of the region's "political education" camps')
    _t("internment", "before", r"\b(?:disappeared|vanished)\s+into\s+(?:the|a|an|one\s+of\s+(?:the|"
       r"its|their|(?:the\s+)?[\w-]+['’]s))\s+(?:[\w“”\"'’-]+\s+){0,2}?" + _CAMP_WORD
       + r"[\w”\"'’\s-]{0,20}" + _CAMP, needs=_CAMP_WORD_STEMS),
    # "sent to 'study'": the euphemism for a camp
    # "sent to a 'school'": the scare quotes say it is no school; 'taken "to study"'
    _t("internment", "before", AUX + r"(?:sent|taken(?:\s+away)?)\s+(?:[“\"‘'](?:to|for)\s+"
       r"(?:study|studies|school|classes|training)[”\"’']|(?:to|for)\s+"
       r"(?:(?:an?|the)\s+)?(?:[“\"‘'](?:study|studies|education|learn(?:ing)?|school|classes|training),?[”\"’']|"
       r"political\s+(?:study|education)|re-?education|transformation))",
       needs=("study", "studies", "educat", "learn", "transformation", "school", "classes",
              "training")),
    # the whole phrase quoted: 'the official said he had been "sent to study" in 2017'
    _t("internment", "before", AUX + r"[“\"‘'](?:sent|taken(?:\s+away)?)\s+(?:to|for)\s+"
       r"(?:study|studies|education|learn(?:ing)?|school|classes|training)[”\"’']",
       needs=("study", "studies", "educat", "learn", "school", "classes", "training")),
    # an official letter's word for the camp: 'that he then "underwent education and
    # training"', "underwent transformation through education"
    _t("internment", "before", r"\bunderw(?:ent|ent\s+a\s+period\s+of)\s+[“\"‘']?(?:political\s+|"
       r"vocational\s+|centrali[sz]ed\s+|re-?)?(?:education|training|transformation|study)\b",
       needs=("underwent",)),
    # the same told actively: "they took me to the 'school' in Nilka"
    _t("internment", "after", r"\b(?:sent|send|sends|sending|took|take|takes|taking)\b(?=\s+"
       r"(?:him|her|them|me)\s+(?:away\s+)?(?:to|for)\s+(?:(?:an?|the)\s+)?(?:[“\"‘'](?:study|"
       r"studies|education|learn(?:ing)?|school|classes|training)[”\"’']|political\s+(?:study|"
       r"education)|re-?education|transformation))",
       needs=("study", "studies", "educat", "learn", "transformation", "school", "classes",
              "training")),
    # held there, told as a state: 'she says you are "in the school" outside Burjin', 'has
    # been at "study" since 2018'
    # or "studying" in it: 'his wife was told that he was studying in the "school"'
    _t("internment", "before", r"\b(?:is|are|was|were|been|being|remains?|remained)\s+"
       r"(?:still\s+|now\s+|first\s+|initially\s+|then\s+|later\s+)?(?:(?:held|kept|studying)\s+)?"
       r"(?:[“\"‘'](?:in|at)\s+(?:the\s+)?(?:study|studies|school|classes|training)[”\"’']|"
       r"(?:in|at)\s+(?:the\s+|a\s+)?[“\"‘'](?:study|studies|school|classes|training),?[”\"’'])",
       needs=("study", "studies", "school", "classes", "training")),
    # the authorities' own wording: "had attended a vocational training centre in Tacheng"
    _t("internment", "before", r"\b(?:attended|attends|attending|attend)\s+(?:an?\s+|the\s+)?"
       r"(?:[\w-]+\s+){0,2}?" + _CAMP_WORD + r"\s+(?:[\w-]+\s+)?" + _CAMP + r"\b",
       needs=_CAMP_WORD_STEMS),
    # a bare "camp" in these reports is an internment camp: "was placed in a camp"
    # (the manner told on the way: "driven with a bag over his head to a camp")
    _t("internment", "before", AUX + r"(?:sent|taken|held|detained|placed|locked\s+up|put|"
       r"driven|brought|transported|escorted)\s+" + _THEN + _FROM_WHERE + _THEN
       + r"(?:(?:with|in)\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){1,4}?|with\s+" + _NAME
       + r"\s+)?(?:to|in|into|at)\s+(?:an?|the|one|another)\s+(?:[\w-]+\s+){0,2}?camps?\b"),
    _t("internment", "before", AUX + r"(?:sent|taken|held|detained|placed|put)\s+(?:to|in|into|"
       r"at)\s+(?:an?|the)\s+(?:facility|centre|center|place)\s+(?:that|which|where)\s+"
       r"[^.;]{0,60}?" + _CAMP_WORD + r"[\w”\"'’\s-]{0,30}" + _CAMP, needs=_CAMP_WORD_STEMS),
    # a building given a camp's official name: "were taken to a walled compound on the edge of
    # Artux that staff called a 'vocational school'"
    _t("internment", "before", AUX + r"(?:sent|taken|held|detained|placed|put|driven|brought)\s+"
       r"(?:to|in|into|at)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:compound|building|facility|"
       r"complex|site|school|cent(?:er|re)|place)\b[^.;]{0,60}?\b" + OFFICIAL_CAMP_NAME,
       needs=_CAMP_WORD_STEMS),
    # the place named only so: 'was taken to what officials called a "study class"'
    _t("internment", "before", AUX + r"(?:sent|taken|held|detained|placed|put|driven|brought)\s+"
       r"(?:to|in|into|at)\s+" + OFFICIAL_CAMP_NAME, needs=(*_CAMP_WORD_STEMS, "study",
                                                             "boarding")),
    # "residential surveillance" is the Chinese legal form of house arrest; "at a designated
    # location" it is secret custody outside any home (RSDL): a detention
    _t("detention", "before", r"\b(?:under|to)\s+[“\"‘']?residential\s+surveillance\s+at\s+a\s+"
       r"designated\s+(?:location|residence|place)\b"),
    _t("house_arrest", "before", r"\b(?:under|to)\s+(?:house\s+arrest|residential\s+"
       r"surveillance)\b(?!\s+at\s+a\s+designated\b)"),
    # the measure of restraint of the Kazakh and Kyrgyz codes, as court releases word it: "the
    # investigating judge authorised a preventive measure in the form of house arrest"
    _t("house_arrest", "before", r"\b(?:preventive|restraint|restrictive)\s+measure\s+in\s+the\s+"
       r"form\s+of\s+house\s+arrest\b|\bmeasure\s+of\s+restraint\s+in\s+the\s+form\s+of\s+"
       r"house\s+arrest\b", needs=("house arrest",)),
    # held in a prison (not a jail or detention centre, which also hold people before trial):
    # a sentence being served, "is believed to be held in Urumqi No. 3 Prison"
    _t("imprisonment", "before", AUX + r"(?:held|kept|locked\s+up|detained|serving\s+"
       r"(?:his|her|their)\s+(?:sentence|term))\s+(?:in|at)\s+(?:an?\s+|the\s+)?"
       r"(?:[\w.'’-]+\s+){0,4}?(?:prison|penitentiary|penal\s+colony)\b"),
    _t("detention", "before", AUX + _PASSIVE_DETAIN + r"\b"),
    # cuffed on arrival: "I went to the city police station as instructed. I was handcuffed,
    # a hood was put over my head" (cuffed to a chair or a bed is a torture's, see below)
    _t("detention", "before", AUX + r"(?:handcuffed|cuffed)\b(?!\s+(?:to|and\s+(?:beaten|"
       r"hung|shackled))\b)", needs=("cuffed",)),
    _t("detention", "before", r"\b(?:placed|held|kept|remains?|remained|put|taken)\s+"
       r"(?:in|into)\s+(?:pre-?trial\s+|police\s+|administrative\s+)?(?:detention|custody)\b"),
    _t("detention", "before", r"\bflung\s+behind\s+bars\b"),
    # brought to a police station: "was also taken to the station and held for about two
    # hours" (a picketer's detention)
    _t("detention", "before", AUX + r"(?:taken|brought|driven|escorted|dragged|carried)\s+"
       + _THEN + r"(?:to|into)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:police\s+station|station|"
       r"precinct|police\s+department)\b"),
    # questioned for days: no one is questioned for two days without being held ("called in by
    # the police in late October and questioned for two days"; hours of questioning are
    # harassment, below)
    _t("detention", "before", r"\b(?:questioned|interrogated)\s+(?:[\w'’-]+\s+){0,3}?(?:for\s+"
       r"(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|some\s+)?(?:two|three|four|five|"
       r"six|seven|several|a\s+few|many|\d+)\s+(?:days|nights|weeks)|overnight)\b"),
    # taken where another was held: "was taken to the same facility in May 2018" (its kind is
    # the place's named before, events._kind_before)
    _t("detention", "before", AUX + r"(?:taken|sent|brought|driven|put)\s+" + _THEN
       + r"(?:to|into)\s+" + THE_SAME_PLACE, needs=("same", "similar")),
    # forced into a police vehicle: "was pushed into a police van and held for around five
    # hours at a district police station"
    _t("detention", "before", AUX + r"(?:pushed|forced|bundled|dragged|thrown|shoved|put|"
       r"loaded)\s+(?:in|into)\s+(?:a|the)\s+(?:same\s+)?(?:waiting\s+)?(?:police|unmarked)\s+"
       r"(?:van|car|bus|"
       r"vehicle)\b"),
    # put into a police van, actively: "officers pushed her and the other women into a police
    # van shortly after 11 a.m."
    _t("detention", "after", r"\b(?:put|pushed|bundled|forced|shoved|loaded|dragged|threw)\b(?=\s+"
       r"(?:him|her|them|me|" + _NAME + r")(?:\s+and(?:\s+[\w-]+){1,4}?)?\s+(?:in|into)\s+"
       r"(?:a|the)\s+(?:waiting\s+)?(?:police|unmarked)\s+(?:van|car|bus|minibus|vehicle)\b)",
       needs=("police", "unmarked")),
    # the police as the subject, any van: "police officers had twisted her arm behind her back
    # and pushed her into a van"
    _t("detention", "after", r"(?P<coord>\b(?:police(?:men)?|officers?|agents)\b[^.;]{0,60}?)"
       r"\b(?:put|pushed|bundled|forced|shoved|"
       r"loaded|dragged|threw)\b(?=\s+(?:him|her|them|me|" + _NAME + r")\s+(?:in|into)\s+"
       r"(?:a|the|an)\s+(?:waiting\s+|white\s+|black\s+|grey\s+|gray\s+)?(?:van|car|bus|minibus|"
       r"vehicle|police\s+car)\b(?!\s+(?:together\s+with|along\s+with|with)\b))",
       needs=("van", "car", "bus", "vehicle")),  # (one put in "together with" another: below)
    # taken by the authorities, with nothing after but a time: "Duishonbek came to visit his
    # wife's family in 2017 and they took him."; not "took him to hospital", "took him in"
    # (a clause of time only refers back to it: "She was healthy when they took her.")
    _t("detention", "after", r"(?<!when\s)(?<!after\s)(?<!since\s)(?<!before\s)(?<!until\s)"
       r"\b(?:they|police|policemen|officers|officials|agents|soldiers)\s+"
       r"(?:(?:then|later|finally|simply|just)\s+)?took\b(?=\s+(?:him|her|them|me|" + _NAME
       + r")(?:\s*[.;!?\"”’]|\s*,\s*(?:and|but)\b|\s+(?:in|on)\s+(?:(?:early|late|mid-?)\s*)?"
       r"(?:\d|(?-i:[A-Z])[a-z]+\s+\d|(?:January|February|March|April|May|June|July|August|"
       r"September|October|November|December)\b|the\s+(?:spring|summer|autumn|fall|winter)\b)))",
       needs=("took",)),
    # another put into the same vehicle: "Police put him in a van together with Manshuk
    # Oralbai"
    _t("detention", "after", r"\b(?:put|pushed|bundled|forced|shoved|loaded|took|drove)\s+"
       r"(?:him|her|them|me)\s+(?:in|into)\s+(?:a|the)\s+(?:waiting\s+)?(?:police\s+|unmarked\s+)?"
       r"(?:van|car|bus|minibus|vehicle)\s+(?:together\s+with|along\s+with|with)\b",
       needs=("with",)),
    # caught by those who hold people, or in the act of crossing: "was caught by Chinese border
    # police before he reached the fence", "were caught trying to cross" (not "caught on camera")
    _t("detention", "before", AUX + r"caught\s+(?:by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:police|"
       r"guards|border\s+guards|officers|soldiers|agents|security\s+(?:forces|officers|agents))"
       r"\b|(?:while\s+)?(?:crossing|trying\s+to\s+cross|attempting\s+to\s+cross)\b)",
       needs=("caught",)),
    _t("detention", "before", r"\b(?:been|is|was|are|were|remains?|remained)\s+(?:(?:still|now|"
       r"already|held|kept|again)\s+)?in\s+(?:police\s+|pre-?trial\s+)?custody\b"),
    _t("detention", "after", r"\b(?:took|take|takes|taking)\s+(?=(?:\w+\s+){1,3}?away\b)"),
    # taken from where one works or lives: "officers from the GKNB took him from his stall",
    # "police took him from his desk"
    # (or a relative: "police took his father from the hospital")
    _t("detention", "after", r"\b(?:took|takes|taking)\b(?=\s+(?:him|her|them|me|" + _NAME
       + r"|" + _THE_DESCRIBED
       + r"|(?:his|her|their|my|our)\s+(?:(?:elder|older|younger|little|eldest|youngest)\s+)?"
       r"(?:brother|sister|husband|wife|son|daughter|father|mother|cousin|nephew|niece|uncle|"
       r"aunt)"
       + r")\s+(?:away\s+)?from\s+(?:(?:his|her|their|my|the)\s+(?:[\w-]+\s+)?)?(?:work|"
       r"stall|shop|office|"
       r"home|house|apartment|flat|desk|workplace|classroom|school|bed|car|taxi|restaurant|cafe|"
       r"store|clinic|mosque|kindergarten|factory|farm|university|college|dormitory|market|"
       r"bazaar|pharmacy|bakery|hospital|hotel|workshop|garage|studio|salon)\b)"),
    # summoned and kept: "he was summoned to the police station and did not come home"
    _t("detention", "before", AUX + r"(?:summoned|called\s+in|called)\s+(?:to\s+(?:the|a)\s+"
       r"(?:[\w-]+\s+){0,2}?(?:police\s+station|station|police|department|office)\s+)?(?:[^.;]"
       r"{0,80}?\s)?and\s+(?:never|did\s+not|didn['’]t)\s+(?:leave|come\s+(?:home|back|out)|"
       r"return(?:\s+home)?)\b", negative=True, needs=("summoned", "called")),
    # summoned and kept: "he was summoned to the station again and held there", "was called
    # in for a conversation by police in Ghulja in 2018 and detained"
    _t("detention", "before", AUX + r"(?:summoned|called\s+in|called)\s+(?:to\s+(?:the|a)\s+"
       r"(?:[\w-]+\s+){0,2}?(?:police\s+station|station|police|department|office)\s+)?(?:again\s+)?"
       r"(?:(?:for|by|in|on|at)\s+[^.;]{0,80}?\s)?"
       r"and\s+(?:then\s+)?(?:held|kept|detained|locked\s+up|arrested)\b",
       needs=("summoned", "called")),
    # summoned, then bound: "was summoned to the police station in Artux, where he was
    # handcuffed and driven ... to a camp" (bound to a fixture is torture, below)
    _t("detention", "before", AUX + r"(?:summoned|called\s+in|called)\s+(?:[^.;]{0,60}?\s)?"
       r"(?:where|and)\s+(?:he|she|they|[\w-]+)\s+(?:was|were)\s+(?:immediately\s+|then\s+)?"
       r"(?:handcuffed|cuffed|arrested|detained)\b(?!\s+to\b)", needs=("summoned", "called")),
    # driven or led off: "police came to the home ... and drove him away", "officers led her
    # away in handcuffs"
    _t("detention", "after", r"\b(?:drove|dragged|led|hauled|bundled|whisked|marched|carried)\s+"
       r"(?=(?:him|her|them|me|" + _NAME + r")\s+(?:off\s+|out\s+)?away\b)"),
    # one of a group held with another, in apposition: "Luqman Salam, a scholar and one of the
    # two colleagues detained with Mettohti on 11 April 2018, died in custody"
    _t("detention", "before", r"\bone\s+of\s+(?:the\s+)?(?:(?:two|three|four|five|six|several|"
       r"\d+)\s+)?(?:[a-z-]+\s+)?[a-z-]+s\s+(?:who\s+(?:were|was|had\s+been)\s+)?(?:detained|"
       r"arrested|held|taken)\s+(?:together\s+|along\s+)?with\b", needs=("one of",)),
    # the same told passively: "They were driven away in separate cars", "was led away in
    # handcuffs"
    _t("detention", "before", AUX + r"(?:driven|dragged|led|hauled|bundled|whisked|marched|"
       r"carried)\s+(?:off\s+)?away\b(?!\s+from\b)", needs=("away",)),
    _t("detention", "after", r"\b(?:held|hold|holds|holding|kept|keep)\b(?=\s+(?:him|her|them|"
       r"me|" + _NAME + r"(?:\s+(?:uulu|uly|kyzy|qyzy))?)\s+(?:at|in)\s+(?:an?\s+|the\s+)?"
       r"(?:[\w-]+\s+){0,2}?(?:detention|police|jail|prison|"
       r"cell|custody|crossing|checkpoint|border\s+post|airport)\b)"),
    _t("detention", "after", r"\b(?:arrest|detain|arrested|detained|arresting|detaining|"
       r"abducted|seized|apprehended)\b"),
    _t("detention", "after", r"\b(?:locked|lock|locking)\s+(?=(?:\w+\s+){1,4}up\b)"),
    _t("detention", "after", r"\b(?:arrests?|detention|detentions|abduction)\s+of\b"),
    # (not the state one is kept in: "to improve the conditions of his detention", "the
    # legality of her detention" tell of a custody, not its start)
    _t("detention", "inside", r"(?<!conditions\sof\s)(?<!condition\sof\s)(?<!legality\sof\s)"
       r"(?<!lawfulness\sof\s)(?<!place\sof\s)"
       r"\b(?:his|her|their)\s+(?:arrest|detention|abduction)\b"),
    # questioned for hours and then let go: held at the police, then released ("was
    # questioned for six hours and then released"), a detention rather than harassment
    _t("detention", "before", AUX + r"(?:questioned|interrogated)\b(?=[^.;]{0,80}?\band\s+"
       r"(?:then\s+|later\s+|only\s+|finally\s+|eventually\s+)?(?:released|freed|let\s+go)\b)",
       needs=("released", "freed", "let go")),
    # summoned and kept: "was summoned to the police station and never came home"
    _t("detention", "before", AUX + r"(?:summoned|called\s+in|invited)\b(?=[^.;]{0,60}?\band\s+"
       r"(?:never|did\s+not|didn['’]t)\s+(?:(?:came|come|went)\s+(?:home|back)|return(?:ed)?"
       r"(?:\s+(?:home|back))?)\b)",
       needs=("never", "not", "n't", "n’t")),
    _t("sentencing", "before", AUX + r"(?:sentenced|convicted|found\s+guilty|jailed)\b"),
    # a second passive participle sharing the first one's auxiliary: "was detained in 2019
    # and sentenced to 10 years" (the penalty or charge must follow: not "and sentenced him")
    # (its own time may come first: "held in a camp and in December 2019 sentenced to 11 years")
    _t("sentencing", "before", r"\band\s+(?:(?:later|then|subsequently|eventually)\s+)?"
       r"(?:(?:in|on)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?"
       r"(?:19|20)\d\d\s+)?(?:sentenced|jailed|convicted)\b(?=\s+(?:(?:the\s+(?:following|next|same)|a|"
       r"that|one)\s+(?:year|month|week|day)\s+)?(?:to|for|of|on|in)\b|\s*[.;]|\s*$)"),
    # "handed"/"given" only with a penalty after them ("was handed a 10-year term"), never
    # "her body was handed over"
    _t("sentencing", "before", AUX + r"(?:handed|given)\b(?=\s+(?:down\s+)?(?:an?\s+)?"
       r"(?:[\w-]+\s+){0,3}?(?:sentences?|terms?|years?|months?|life|death)\b)"),
    _t("sentencing", "after",
       r"\b(?:sentenced|convicted|jailed|sentencing)\b(?!\s+(?:to|for|in|on)\b)"),
    # a judgment's own present: "It sentences him to 15 years"
    _t("sentencing", "after", r"\b(?:sentences|convicts)\b(?=\s+(?:him|her|them|" + _NAME
       + r")\s+(?:to|for)\b)"),
    # a second participle after a phrase of its own: "he was placed under residential
    # surveillance on April 11, 2017, and formally arrested on September 3, 2018"
    _t("detention", "before", r"\b(?:was|were)\s+[^.;]{1,120}?,\s+and\s+(?:then\s+|later\s+|"
       r"formally\s+|subsequently\s+|finally\s+)?(?:arrested|detained)\b"),
    # (not a penalty served at liberty: "serving a two-year suspended sentence")
    _t("imprisonment", "before", r"\b(?:serving|served|serve)\s+(?:his|her|their|a|an|the)\s+"
       r"(?:(?!suspended\b|probation|non-custodial\b)[\w-]+\s+){0,2}?(?:sentence|term|prison\s+"
       r"term)\b(?!\s+of\s+[“\"‘']?" + AT_LIBERTY + ")"),
    _t("imprisonment", "before", r"\b(?:been|is|was|are|were|remains?|remained)\s+(?:still\s+)?"
       r"(?:in|behind)\s+(?:jail|prison|bars)\b"),
    _t("imprisonment", "before", AUX + r"(?:imprisoned|incarcerated)\b"),
    # "spent two years behind bars", "spent six years in prison"
    _t("imprisonment", "before", r"\b(?:spent|spending|spend)\s+(?:[\w-]+\s+){0,4}?(?:behind\s+"
       r"bars|in\s+(?:prison|jail|a\s+penal\s+colony))\b"),
    # "spent eleven months in pretrial detention", "spent 15 days in a detention centre"
    # (or "under administrative arrest", "in Chinese custody")
    _t("detention", "before", r"\b(?:spent|spending|spend)\s+(?:[\w-]+\s+){0,4}?(?:(?:in|at)\s+"
       r"(?:(?:an?|the)\s+)?(?:(?:pre-?trial|administrative|police|temporary|(?-i:[A-Z][a-z]+))\s+)?"
       r"(?:detention|custody)|under\s+(?:administrative\s+)?arrest)\b"),
    # (not into a room or a crowd: "a border officer took his passport, disappeared into a
    # back office, and returned")
    _t("disappearance", "before", r"\b(?:vanished|disappeared|went\s+missing|gone\s+missing|"
       r"(?:has|have|had)\s+not\s+been\s+heard\s+from)\b(?!\s+(?:into|in|behind|through)\s+"
       r"(?:the|a|an)\s+(?:[\w-]+\s+)?(?:office|room|building|crowd|house|car|kitchen|door|corridor|"
       r"night|forest|distance|street|yard)s?\b)"),
    _t("disappearance", "after", r"\b(?:disappearance|vanishing)\s+of\b"),
    _t("disappearance", "before", r"\b(?:has|have|had|is|are|was|were)\s+(?:been\s+)?"
       r"(?:still\s+)?missing\b"),
    _t("disappearance", "before", r"['’]s\s+(?:disappearance|vanishing)\b"),
    _t("detention", "before", r"['’]s\s+(?:arrest|detention|abduction)\b"),
    _t("disappearance", "inside", r"\b(?:his|her|their)\s+(?:disappearance|vanishing)\b"),
    _t("transfer", "before", AUX + r"(?:transferred\s+(?:to|from)\b|(?:transferred|moved)\s+"
       r"(?:(?:in|on|last|early|late|later|again|then|this)\s+(?:[\w.-]+\s+){0,4}?)?(?:to|from)\b"
       # "moved in March from a prison in Ghulja", "moved in the autumn of 2018 to a larger
       # facility" (not "moved to tears")
       r"(?=\s+(?:an?|the|another|one)?\s*(?:[\w-]+\s+){0,3}?(?:prison|jail|camp|cent(?:re|er)|"
       r"facility|colony|cell|detention|SIZO|penitentiary|hospital|(?-i:[A-Z]))))"),
    # moved about among places of custody: "he was shuttled among three facilities: a camp in
    # a converted vocational school in Zhaosu, ...", "was moved between camps", "moved from
    # camp to camp"; in camps, also interned
    _t("transfer", "before", AUX + r"(?:shuttled|moved|transferred|shifted)(?=\s+(?:(?:between|"
       r"among)\s+(?:[\w-]+\s+){0,2}?(?:prisons|jails|camps|cent(?:re|er)s|facilities|detention\s+"
       r"cent(?:re|er)s|places)|from\s+(?:camp|prison|jail|facility)\s+to\s+(?:camp|prison|"
       r"jail|facility))\b)", needs=("between", "among", " to ")),
    _t("internment", "before", r"(?:(?<=shuttled\s)|(?<=moved\s)|(?<=transferred\s)|"
       r"(?<=shifted\s))(?:(?:between|among)\s+(?:[\w-]+\s+){0,2}?(?:camps\b|(?:cent(?:re|er)s|"
       r"facilities|places)\s*:\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}?camp\b))"
       r"|(?:(?<=moved\sfrom\s)|(?<=shuttled\sfrom\s)|(?<=transferred\sfrom\s))camp\s+to\s+"
       r"camp\b", needs=("camp",)),
    # forced labour: sent from custody to work in a factory, often in another province ("was
    # moved from the camp to a textile factory in Artush", "in 2019 was sent with dozens of
    # other young Uyghurs to work at an electronics factory in Anhui", "had 'graduated' and
    # been put on a train ... to a factory"); a job "assigned", or one given "after his
    # release", is a condition of the release, not this
    # (``events._work_after_release``)
    _t("transfer", "before", AUX + r"(?:moved|sent|transferred|taken|bussed|put\s+on\s+(?:a|the)\s+"
       r"(?:train|bus|plane))\s+(?:[^.;,]{0,60}?\s)?(?:to\s+work\s+)?(?:to|at|in)\s+(?:an?|the)\s+"
       r"(?:[\w-]+\s+){0,2}?(?:factory|factories|plant|workshop)\b"),
    # the factory told in a clause about the place reached: "was put on a train together with
    # about 80 other young Uyghur women and taken to Jiangxi province, where she now assembles
    # phone chargers in a factory"
    _t("transfer", "before", AUX + r"(?:moved|sent|transferred|taken|bussed|put\s+on\s+(?:a|the)\s+"
       # (not to a prison or camp, whose workshops are its own: "sent to a prison in Yining,
       # where he worked in a sewing workshop")
       r"(?:train|bus|plane))\b(?=(?:(?!\b(?:prisons?|jails?|camps?|colony|penitentiary)\b)"
       r"[^.;]){0,100}?,\s+where\s+(?:he|she|they)\s+(?:now\s+|still\s+)?"
       r"(?:works?|worked|assembles?|assembled|sews?|sewed|makes?|made|labou?rs?|labou?red|"
       r"packs?|packed|is\s+made\s+to\s+work|was\s+made\s+to\s+work)\b[^.;]{0,50}?\b(?:factory|"
       r"factories|plant|workshop)\b)", needs=("where",)),
    # told actively: "they moved me from the investigation isolator to this colony"
    # moved on from a police cell to a camp: the internment begins ("First they kept me in the
    # county detention center. After about ten days they moved me to the camp."); from one
    # camp to another is a transfer
    _t("internment", "after", r"\b(?:they|police|guards|authorities|officials)\s+(?:then\s+|"
       r"later\s+|also\s+)?(?:moved|transferred)\b(?=\s+(?:me|him|her|them)\s+to\s+(?:the|a|an)\s+"
       r"(?:" + CAMP_NOT + r"[\w-]+\s+){0,2}?camp\b)"),
    # held in one place, then another: "He was held in Urumqi and later in Kuytun"
    # (the first place the custody's own event: the transfer's wording starts at "and later")
    _t("transfer", "before", r"\b(?:was|were|been|is|are)\s+(?P<coord>(?:held|kept|imprisoned|"
       r"detained|jailed)\s+(?:in|at)\s+[^.;,]{1,40}?\s+)and\s+later\s+(?:in|at)\s+"
       r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?-i:[A-Z])"),
    _t("transfer", "after", r"\b(?:they|police|guards|authorities|officials)\s+(?:then\s+|later\s+|"
       r"also\s+)?(?:moved|transferred)\b(?=\s+(?:me|him|her|them)\s+(?:from|to)\s+(?:the\s+|a\s+|"
       r"an\s+|this\s+|that\s+)?(?:[\w-]+\s+){0,3}?(?:prison|colony|camp|jail|isolator|"
       r"detention|cent(?:re|er)|facility|cell|block|SIZO)\b)"),
    # the one moved named, with an apposition: "prison authorities in Xinjiang moved Temirkhan
    # Orazbayev, a 60-year-old Kazakh citizen with diabetes, from a prison in Changji to a
    # prison hospital in Urumqi"
    _t("transfer", "after", r"\b(?:authorities|officials|police|guards)\b[^.;]{0,30}?\b(?:moved|"
       r"transferred)\b(?=\s+(?:him|her|" + _NAME + r")(?:\s*,[^,.;]{1,80},)?"
       r"(?:\s+(?:in|on|last|early|late)\s+[\w-]+(?:\s+\d{4})?)?\s+(?:from|to)\s+(?:the\s+|a\s+|"
       r"an\s+)?(?:[\w-]+\s+){0,3}?(?:prison|colony|camp|jail|detention|cent(?:re|er)|facility|"
       r"hospital)\b)", needs=("moved", "transferred")),
    _t("release", "before", AUX + r"(?:released|freed|set\s+free|let\s+go\b(?!\s+(?:from|by|of)\b)|"
       r"let\s+out\b(?!\s+(?:on\s+)?(?:bail|parole)\b))\b"),
    _t("deportation", "before", AUX + r"(?:deported|expelled|extradited|repatriated|"
       r"forcibly\s+returned|sent\s+back)\b"),
    _t("deportation", "after", r"\b(?:(?:plans?|decision|decided|orders?|ordered|moves?)\s+to\s+"
       r"(?:grant\s+the\s+request\s+and\s+to\s+)?(?:deport|extradite|expel)|(?:deportation|"
       # "ordered the deportation to China of X"
       r"extradition)\s+(?:to\s+(?-i:[A-Z])[\w'’-]*\s+(?:(?-i:[A-Z])[\w'’-]*\s+)?)?of|"
       r"deporting|deported|extradited|expelled)\b"),
    # handed to the border guards of another state: "Chinese authorities handed him over to
    # Kyrgyz border guards at Torugart with a deportation order"
    _t("deportation", "after", r"\b(?:handed|hands|turned)\b(?=\s+(?:him|her|them|me|" + _NAME
       + r")\s+(?:over\s+)?to\s+(?:the\s+)?(?:(?-i:[A-Z])\w+\s+)?(?:border\s+(?:guards|officials|"
       r"service|police)|frontier\s+guards)\b)", needs=("border", "frontier")),
    # walked back over the border: "Two officers walked Adilkhan back across the line to the
    # Chinese side of the crossing"
    _t("deportation", "after", r"\b(?:walked|escorted|marched|pushed|led)\b(?=\s+(?:him|"
       r"her|them|me|" + _NAME + r")\s+back\s+(?:across\s+(?:the\s+)?(?:line|border|frontier|"
       r"bridge)\s+|over\s+(?:the\s+)?(?:line|border|frontier)\s+)?(?:in)?to\s+(?:the\s+)?"
       r"(?:Chinese\s+side|China)\b)", needs=("back",)),
    # given back across to China: "Kyrgyz border guards held him for two days and then handed
    # him back to Chinese officers at Irkeshtam" (back to one's own country's officials is a
    # return home, see _HOME_SIDE)
    _t("deportation", "after", r"\b(?:handed|hands|turned|sent|returned)\b(?=\s+(?:him|her|them|"
       r"me|" + _NAME + r")\s+(?:straight\s+)?back\s+(?:over\s+)?to\s+(?:the\s+)?Chinese\s+"
       r"(?:border\s+)?(?:officers|officials|"
       r"police|authorities|guards|side|security)\b)", needs=("back",)),
    # an order to leave the country is an expulsion: "was told to leave the country in ten
    # days", "the migration police ordered her to leave Kazakhstan" (leaving a town or a
    # house is not)
    _t("deportation", "before", AUX + r"(?:ordered|told|instructed|given\s+(?:[\w-]+\s+){1,2}?"
       r"(?:days|weeks|hours))\s+to\s+leave\s+" + _COUNTRY, needs=("leave",)),
    _t("deportation", "after", r"\b(?:ordered|told|instructed|gave)\b(?=\s+(?:him|her|them|me|"
       + _NAME + r")\s+(?:(?:[\w-]+\s+){1,2}?(?:days|weeks|hours)\s+)?to\s+leave\s+"
       + _COUNTRY + ")", needs=("leave",)),
    # the order told with its participle: "the migration police ordered him expelled to China",
    # "a court ordered her deported"
    _t("deportation", "after", r"\b(?:ordered|orders|ordering)\b(?=\s+(?:him|her|them|me|" + _NAME
       + r")\s+(?:to\s+be\s+)?(?:deported|expelled|extradited|removed|returned\s+to\s+China)\b)",
       needs=("deported", "expelled", "extradited", "removed", "returned")),
    _t("asylum", "inside", r"\b(?:granted|given|offered|offer|grant|received|awarded)\s+"
       r"(?:\w+\s+){0,2}?(?:temporary\s+|political\s+)?(?:asylum|refugee\s+status)\b"),
    # one of the group a custody befell: "Another of the detained women, Elnura Sarybaeva,
    # said ...", "one of those arrested, X,"
    _t("detention", "after", r"\b(?:one|another|two|three|some|several|each|both|all)\s+of\s+"
       r"(?:the|those)\s+(?:detained|arrested|held)(?:\s+(?:women|men|people|activists|"
       r"protesters|picketers|demonstrators|relatives|mothers|wives))?\s*,?(?=\s+"
       + _NAME + r")"),
    # the same after a group told just before: "Police detained four women on Tuesday ...
    # Among them was X", "Police detained three of them. One of them, X, was fined"
    # (``events.GROUP_TOLD`` checks the group)
    # ("Oryngalikyzy and two other women were detained ... One of the women, X, said")
    _t("detention", "after", r"\b(?:among\s+them\s+(?:was|were)|one\s+of\s+(?:them|the\s+(?:"
       + GROUP_NOUNS + r"))\s*,)(?=\s+" + _NAME + r")"),
    # a list of those it befell: "Among those detained were X and Y", "Those arrested
    # include X", "Among the persons delivered are: X, ..."
    *(_t(kind, "after", r"\b(?:[Aa]mong\s+)?(?:those|the\s+(?:persons|people|activists|"
         r"protesters|picketers|men|women|individuals|citizens))\s+(?:who\s+(?:were|have\s+been|"
         r"had\s+been)\s+)?" + verbs + r"\s+(?:(?:so\s+far|on\s+\w+|there)\s+)?"
         # "Among the women detained alongside Sarsenbaikyzy was X"
         r"(?:(?:alongside|with|together\s+with)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?"
         r"\s+)?(?:are|were|"
         r"was|is|include[sd]?|including)\b:?")
      for kind, verbs in (
          ("detention", r"(?:detained|arrested|delivered|apprehended|rounded\s+up|held|taken)"),
          ("sentencing", r"(?:sentenced|convicted|jailed|fined)"),
          ("release", r"(?:released|freed)"),
          ("deportation", r"(?:deported|expelled|extradited)"))),
    # a tribunal's finding: "the claimant is a Convention refugee", "was recognised as a refugee"
    _t("asylum", "before", r"\b(?:is|was|are|were|be|been)\s+(?:(?:a|found\s+to\s+be\s+a)\s+"
       r"Convention\s+refugee|(?:recogni[sz]ed|accepted)\s+as\s+(?:an?\s+)?(?:Convention\s+)?"
       r"refugees?)\b"),
    _t("assault", "before", AUX + r"(?:assaulted|beaten(?:\s+up)?|attacked|stabbed)\b"),
    _t("assault", "noun", r"\b(?:an|the)\s+assault\b(?!\s+on\b)"),
    _t("assault", "after", r"\b(?:beat|beating|assaulted|attacked|stabbed)\b"),
    # a beating witnessed: "a fellow detainee ... had seen Mr. Omirbekuly beaten in the camp"
    _t("assault", "after", r"\b(?:saw|seen|watched|witnessed)\b(?=\s+(?:(?:Mr|Ms|Mrs)\.?\s+)?"
       r"(?:him|her|them|" + _NAME + r")\s+(?:being\s+)?(?:beaten|kicked|hit|tortured)\b)"),
    # a second participle after its own phrase: "He was taken to a separate room and beaten
    # with rubber batons"
    _t("assault", "before", r"\b(?:was|were)\s+(?:[\w-]+\s+){1,8}?and\s+(?:then\s+|later\s+|"
       r"repeatedly\s+|badly\s+|severely\s+)?beaten\b"),
    # the perfect, active: "guards ... had beaten him with a rubber baton"
    # (after a first act of theirs: "police had detained and beaten him")
    _t("assault", "after", r"\b(?:had|has|have)\s+(?P<coord>[a-z]+ed\s+and\s+)?beaten\b(?=\s+"
       r"(?:him|her|them|me)\b)"),
    _t("assault", "after", r"\bassault\s+on\b"),
    # blows told by where they land: "the other hit him in the face and head", "punched her
    # in the stomach", "striking her repeatedly in the head" (not "hit by the sanctions")
    _t("assault", "after", r"\b(?:hit|hits|hitting|punched|punching|kicked|kicking|struck|"
       r"striking|slapped|slapping)\b(?=\s+(?:him|her|them|me|" + _NAME
       + r")\s+(?:(?:repeatedly|several\s+times|again)\s+)?(?:in|on|across|"
       r"with|about)\s+(?:the|his|her|their|my|a|an)\s+(?:face|head|stomach|chest|back|body|legs?|"
       r"arms?|ribs|kidneys|mouth|eyes?|ears?|neck|groin|fists?|batons?|sticks?|rifle\s+butts?|"
       # or where: "an officer punched him in the police van"
       r"(?:police\s+)?(?:van|car|bus|vehicle|cell|station|corridor))\b)"),
    # force on an arrest told by the limb: "Two officers twisted my arm behind my back",
    # "wrenched her arms behind her"
    # (or seen done: "saw one officer twist her arm behind her back")
    _t("assault", "owner", r"\b(?:twisted|twisting|twist|wrenched|wrenching|wrench|bent|yanked)\s+"
       + _OWNERS_LIMB + r"(?=\s+(?:behind|up|back)\b)"),
    # ... or by the officer who did it: "said an officer twisted her wrist when she refused"
    _t("assault", "owner", r"\b(?:officers?|police(?:m[ae]n)?|guards?|agents?)\s+(?:twisted|"
       r"wrenched|yanked)\s+" + _OWNERS_LIMB),
    # thrown down: "a man pushed me to the ground", "knocked him to the floor"
    _t("assault", "after", r"\b(?:pushed|shoved|knocked|threw|thrown|dragged)\b(?=\s+(?:him|her|"
       r"them|me|" + _NAME + r")\s+(?:down\s+)?(?:to|on|onto|"
       r"into|across)\s+the\s+(?:ground|floor|pavement|asphalt)\b)"),
    # or against something hard: "pushed her against a fence", "was shoved against a wall by a
    # man in plain clothes"
    _t("assault", "after", r"\b(?:pushed|shoved|slammed|threw|pinned)\b(?=\s+(?:him|her|them|me|"
       + _NAME + r")\s+(?:hard\s+)?against\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:fence|wall|car|van|"
       r"door|railings?|bars|gate|pole|window)\b)", needs=("against",)),
    _t("assault", "before", AUX + r"(?:pushed|shoved|slammed|thrown|pinned)\s+(?:hard\s+)?"
       r"(?:against\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:fence|wall|car|van|door|railings?|bars|gate|"
       r"pole|window)|(?:down\s+)?(?:to|on|onto)\s+the\s+(?:ground|floor|pavement|asphalt))\b"),
    _t("threat", "before", AUX + r"(?:threatened|intimidated|warned)\b"),
    # taken, with only a time after it: "was taken in December 2018", "was taken at night"
    # ("taken to hospital", "taken ill", "taken aback" name no custody)
    # ("was taken the same spring")
    _t("detention", "before", _NOT_A_THING + AUX + r"taken\b(?=\s*(?:[.;]|$)|\s+the\s+same\s+"
       r"(?:day|night|week|month|year|spring|summer|autumn|fall|winter|morning|evening)\b|\s+"
       r"(?:again\s+)?"
       r"(?:in|on|at|during|one|that|last|early|late)\s+(?:\d|the\s+(?:night|morning|evening|spring|summer|autumn|"
       r"fall|winter|city|town|village|county|region)|the\s+same\s+(?:day|night|week|morning|"
       r"evening)|night|dawn|(?!(?:Uyghur|Uighur|Kazakh|"
       r"Chinese|English|Russian|Kyrgyz|Turkish|Arabic)\b)(?-i:[A-Z])[\w'’-]+|"
       r"(?:(?:early|late|mid)[\s-]+)?(?:January|February|March|April|May|"
       r"June|July|August|September|October|November|December|spring|summer|autumn|fall|winter|"
       r"morning|evening|night)\b))", needs=("taken",)),
    # "was summoned to the police department and warned that ...": a passive warning
    _t("threat", "before", r"\b(?:summoned|called\s+in|questioned|interrogated)\b[^.;]{0,60}?"
       r"\band\s+warned\b"),
    _t("threat", "after", r"\b(?:threats?\s+(?:against|to)|threatening|threatened)\b"),
    # the act threatened is not done: "threatened to arrest him if he kept talking", "threatened
    # to deport Yerbol's mother"; the person it is threatened against is the threat's
    _t("threat", "after", r"\bthreaten(?:ed|ing|s)?\s+to\s+(?:arrest|detain|jail|imprison|"
       r"deport|expel|punish|prosecute|kill|beat|lock\s+up|send|take\s+away)\b",
       needs=("threaten",), negative=True),
    _t("threat", "after", r"\b(?:warned|told|threatened)\b(?=\s+\w+(?:\s+\w+)?\s+(?:that\s+)?"
       r"(?:he|she|they)\s+(?:would|will|could)\s+be\s+(?:arrested|detained|jailed|deported|"
       r"punished|prosecuted)\b)"),
    _t("harassment", "before", AUX + r"(?:harassed|summoned|interrogated|chased\s+away|"
       r"questioned\s+by\s+(?:(?:the\s+)?(?-i:[A-Z])[\w-]+\s+){0,2}(?:police|investigators|"
       r"(?:security\s+)?officers)|pressured)\b"),  # ("questioned by Almaty police")
    _t("harassment", "before", r"\bchased\s+away\s+by\s+police\b"),
    _t("harassment", "after", r"\b(?:harassing|harassment\s+of)\b"),
    _t("torture", "before", AUX + r"tortured\b"),
    _t("torture", "before", r"\bsubjected\s+to\s+(?:\w+\s+)?torture\b"),
    _t("torture", "before", r"\bsubjected\s+to\s+(?:[\w-]+\s+){0,3}?(?:stress\s+positions|"
       r"electric\s+shocks?|sleep\s+deprivation)\b"),
    _t("torture", "after", r"\b(?:torturing|tortured|torture\s+of)\b"),
    _t("travel_ban", "before", r"\b(?:banned|barred|prohibited|prevented|(?:temporarily\s+)?"
       r"restricted)\s+from\s+(?:leaving(?!\s+(?:the|his|her|their|my|our)\s+(?:house|home|flat|"
       r"apartment|room|building|bed)\b)|travel(?:l)?ing|going\s+abroad)\b|\b(?:under|given|received|hit\s+with|slapped\s+with)"
       r"\s+(?:an?\s+)?(?:(?:travel|exit)\s+ban\b|ban\s+on\s+(?:leaving|(?:foreign\s+)?travel))"
       r"|['’]s\s+(?:travel|exit)\s+ban\b"),
    _t("travel_ban", "after", r"\b(?:travel|exit)\s+ban\s+(?:on|against)\b"),
    # ... and the house: "was forbidden to go out without permission"
    _t("house_arrest", "before", r"\b(?:forbidden|prohibited|barred)\s+(?:to\s+(?:leave|go\s+"
       r"out\s+of)\s+" + _OWN_HOME + r"|to\s+go\s+out\b(?!\s+(?:of|to)\b))"),
    # "had his Chinese passport taken by the local police in 2017"
    _t("passport_confiscation", "before", r"\b(?:had|has|have)\s+(?:his|her|their|my)\s+"
       r"(?:[\w-]+\s+){0,2}?passports?\s+(?:taken|confiscated|seized|withheld|collected)\b"),
    _t("passport_confiscation", "inside", r"\b(?:confiscated|seized|took|taken)\s+(?:away\s+)?"
       r"(?:(?:his|her|their|my)\s+[\w-]+\s+and\s+)?(?:his|her|their|my)\s+(?:(?-i:[A-Z])[\w-]+\s+|"
       r"foreign\s+|travel\s+|new\s+){0,2}?passports?\b"),
    # "Police took the passport of her mother, Tumaris Tewpiq, in 2017"
    _t("passport_confiscation", "after", r"\b(?:confiscated|seized|took|collected|withheld)\s+"
       r"(?:away\s+)?the\s+passports?\s+of\b"),
    _t("passport_confiscation", "before", r"\bpassports?\s+(?:was|were|had\s+been|has\s+been)\s+"
       r"(?:confiscated|seized|taken\s+away|kept|withheld|held)\b"),
    # gathered by the authorities: "Her own passport was collected by the village committee"
    _t("passport_confiscation", "before", r"\bpassports?\s+" + _COLLECTED_BY),
    _t("passport_confiscation", "inside", r"\b(?:his|her|their)\s+(?:[\w-]+\s+)?passports?\s+"
       + _COLLECTED_BY),
    # held by them: "Within a week the police had his passport"
    _t("passport_confiscation", "owner", r"\b(?:police|authorities|officials|officers|cadres)\s+"
       r"(?:already\s+)?(?:had|kept|held)\s+(?P<who>his|her|their|my)\s+passports?\b"),
    _t("passport_confiscation", "inside", r"\b(?:his|her|their)\s+passports?\s+(?:of\s+the\s+"
       r"[\w-]+\s+)?(?:was|were|had\s+been|has\s+been)\s+(?:confiscated|seized|taken\s+away|"
       # "His passport of the PRC was retained by the police of Ulugchat"
       r"retained\s+by)\b"),
    # gathered in by the authorities, the owner's possessive after the verb: "Police collected
    # her passport in the summer of 2017", "village officials collected his Chinese passport"
    # (the owner's own "he collected his passport from the embassy" is getting it back)
    _t("passport_confiscation", "inside", r"\b(?:police(?:m[ae]n)?|authorities|officials|officers|"
       r"cadres|committee|guards|bureau)\s+(?:[\w-]+\s+){0,6}?(?:had\s+)?(?:collected|gathered)\s+"
       r"(?:his|her|their|my)\s+(?:(?-i:[A-Z])[\w-]+\s+|foreign\s+|travel\s+){0,2}?passports?\b"
       r"(?!\s+(?:applications?|photos?|forms?))"),
    _t("death", "before", r"\b(?:died|passed\s+away|was\s+killed|were\s+killed)\b"),
    # a timeline's present tense: "March: Mukhtar Oralbay dies in the county hospital"
    _t("death", "before", r"\b(?:dies|passes\s+away|is\s+killed)\b(?=\s+(?:in|at|on|after|"
       r"from|of|during|while|shortly|three|two|a\s+few|days|weeks|months)\b)"),
    # a death in custody told as the authorities tell it: "police told the family that he had
    # hanged himself in a detention centre" (an attempt is "tried to hang himself")
    _t("death", "before", r"\b(?:hanged|killed)\s+(?:himself|herself)\b|\b(?:took|had\s+taken)\s+"
       r"(?:his|her)\s+own\s+life\b|\bcommitted\s+suicide\b",
       needs=("himself", "herself", "own life", "suicide")),
    _t("death", "after", r"\bdeath\s+of\b(?!\s+sentence)"),
    # the family is given the body: the person died (in custody, as these reports tell it)
    _t("death", "inside", r"\b(?:his|her)\s+(?:dead\s+)?body\s+(?:was|had\s+been|has\s+been)\s+"
       r"(?:returned|handed\s+over|released|given|brought)\b"),
)

# Wordings met in reports of many genres (wire stories, NGO bulletins, appeals, testimonies,
# court reporting), tried after the table above so that its readings keep precedence.
_NATION = (r"(?:Chinese|China['’]s|Beijing['’]s|Kazakh|Kazakhstani|Uzbek|Kyrgyz|Tajik|Russian|"
           r"Turkish|Egyptian)")
# the side a Kazakh or Kyrgyz returnee is handed over to at the border
# (border guards are not among them: a prisoner freed and "handed over to Kyrgyz border
# guards" at a crossing is sent out of China, as the dev sets' gold reads it, while one
# "handed over to Kazakh officials" or "to Kyrgyz authorities to serve the rest of his term"
# is transferred into their custody)
_HOME_SIDE = (r"(?:Kazakh|Kazakhstani|Kyrgyz)\s+(?:police|authorities|officials|side|"
              r"consul(?:ar\s+officials)?|diplomats)\b")
# a returnee's own country, and being put into its custody there ("handed over to Kazakhstan
# to serve the remainder of a nine-year sentence", "under a transfer agreement"): a transfer,
# not a removal
_HOME_COUNTRY = r"(?:Kazakhstan|Kyrgyzstan|Uzbekistan|Tajikistan|Mongolia)"
_INTO_CUSTODY_AT_HOME = r"[^.;]{0,40}?\b(?:to\s+serve|transfer\s+agreement|custody)\b"
# what one is kept from leaving: the country, one's region or town, or a place by name
_LEFT = (r"(?:the\s+(?-i:[A-Z])[\w-]+\s+(?:region|county|prefecture|province|district|"
         r"autonomous\s+region)\b|"
         r"the\s+(?:country|county|region|province|city|town|township|village|district|"
         r"prefecture|territory(?:\s+of\s+"
         r"[\w-]+(?:\s+region)?)?)|(?:his|her|their|my|our)\s+(?:home\s+|native\s+)?(?:county|"
         r"region|province|city|town|township|village|district|neighbou?rhood|mahalla|street)|"
         r"(?-i:[A-Z])\w+(?:\s+(?:county|city|prefecture|district|region)\b)?)")
_AWAY = (r"(?:leaving\s+" + _LEFT + r"|leaving\b(?=\s*[.;,])|travel(?:l)?ing|going\s+abroad|"
         r"exiting)")
_LEAVE = (r"(?:leave\s+" + _LEFT + r"|leave\b(?=\s*[.;,])|travel\s+(?:abroad|overseas)|"
          r"(?:travel|go)\s+(?:outside|beyond)\s+(?:the|his|her|their|my)\s+(?:county|region|"
          r"city|town|village|district|province|country)\b|go\s+abroad)")
_CAMP_NOT = CAMP_NOT
# the words before "camp": none may say it is a camp of another kind ("a big refugee camp")
_CAMP_MOD = CAMP_MOD
# the chair a detainee is locked into for interrogation, by its nickname or its kind ("a
# metal restraint chair")
_TIGER = (r"(?:what(?:['’]s|\s+is|\s+was|\s+are)\s+(?:called|known\s+as)\s+|what\s+"
          r"(?:[\w-]+\s+){1,3}?call\s+)?(?:an?\s+|the\s+)?(?:(?:(?:metal|iron|steel|so-called)\s+)?[“\"‘']?tiger|(?:(?:metal|iron|steel)\s+)?(?:restraint|"
          r"interrogation)|metal|iron|steel)\s+chairs?")
_SINCE = r"(?=[^.;]{0,40}\bsince\b)"
# a word of a group's description ("hundreds of ethnic Kazakh imams"), not a preposition that
# would take the phrase elsewhere ("the speakers at a conference on detained Uyghurs")
# who visits, calls and presses (the subject of the harassment patterns)
_OFFICERS = (r"\b(?:police(?:men)?|officers?|inspectors?|officials|agents|cadres|"
             r"community\s+workers)\b")
# those who come to press someone, and how they come ("two men who said they were from the
# State Committee for National Security came to my dormitory")
_VISITORS = r"\b(?:police(?:men)?|officers?|inspectors?|officials|agents|cadres|men)\b"
_CAME_TO = r"(?:came|went|turned\s+up|showed\s+up)\s+to"
# the police coming to a home: "a district police inspector came to the ..." (the visitors
# fewer than ``_VISITORS``, without "men" and "policemen", as the rule was scored)
_POLICE_CAME_TO = (r"\b(?:police|inspectors?|officers?|officials|agents|cadres)\b[^.;]{0,40}?\b"
                   + _CAME_TO + r"\s+the\s+")
_CAME = ("came", "went", "turned up", "showed up")
# what such a visit did next: "and asked her to sign", "and questioned him" (not a summons
# that takes the person away: "came to his shop and asked him to come 'for a signature'. He
# was taken instead to the removal centre")
_AND_THEN = r"\band\s+(?:(?:then|later|repeatedly)\s+)?"
_PRESSED = (r"asked(?!\s+(?:him|her|them|me)\s+to\s+(?:come|go|accompany|follow)\b)|questioned|"
            r"interrogated|demanded|pressed|pressured|searched|advised|urged")
# a court's penalty of arrest (not the police's "detention")
_UNDER_ADMIN_ARREST = r"under\s+administrative\s+(?:arrest|detention)"
# the security services' men, who visit to warn: "GKNB officers", "security officers",
# "officers of the State Committee for National Security"
_SECURITY_MEN = (r"\b(?:(?:security|police|KNB|GKNB|NSC|SBU|intelligence)\s+(?:officers?|agents|"
                 r"officials|men)|officers?\s+(?:of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?"
                 r"(?:police|Committee|Service|Bureau|Ministry|KNB|GKNB)\b)")
# where one is made to report, and how often
_REPORTED_TO = (r"(?:the\s+)?(?:local\s+|district\s+|village\s+|neighbou?rhood\s+|county\s+)?"
                r"(?:police(?:\s+(?:station|post))?|committee|station)\b")
_EVERY = (r"[^.;]{0,20}?\bevery\s+(?:day|week|month|morning|Monday|Tuesday|Wednesday|Thursday|"
          r"Friday|Saturday|Sunday)\b")
# the rituals a former detainee or a prisoner's relative is made to attend
_FLAG_RAISING = r"(?:(?:the|a|an|weekly|daily|compulsory|morning)\s+){0,2}flag-raising"
# one who calls and says he is of the police, the security services or a consulate: "a man
# who introduced himself as an officer of the Nilka county police", "who said he was a police
# officer in Kucha", "claiming to be from the Kuqa police"
_SELF_NAMED = (r"(?:who\s+(?:introduced|identified|presented)\s+(?:himself|herself|themselves)\s+"
               r"(?:only\s+)?as|who\s+said\s+(?:he|she)\s+(?:was|worked)|who\s+claimed\s+to\s+be|"
               r"claiming\s+to\s+be|calling\s+(?:himself|herself)|saying\s+(?:he|she)\s+was)\s+"
               r"(?:[\w-]+\s+){0,6}?(?:police(?:man|woman)?|officers?|security|consulate|embassy|"
               r"diplomat|official|cadre|KNB|GKNB|NSC|procurator(?:ate)?)\b")
# a call or message received: "a call", "voice messages", "a video call", "phone calls"
_A_CALL = (r"(?:calls?|messages?|voice\s+(?:messages?|notes?)|video\s+calls?|texts?|phone\s+"
           r"calls?)")
# the number one came from: "an unknown Chinese number"
_CHINESE_NUMBER = r"(?:an?\s+)?(?:unknown\s+|unfamiliar\s+)?Chinese\s+(?:phone\s+)?number"
# a relative's phone or account, after its owner's possessive: "(her) mother's WeChat account",
# "(his) brother's phone"
_KIN_ACCOUNT = (r"\s+(?:[\w-]+\s+)?(?:mother|father|parents|sister|brother|uncle|aunt|wife|husband|"
                r"son|daughter|relatives?|cousin|nephew|niece|grandmother|grandfather)['’]s?\s+"
                r"(?:WeChat\s+|mobile\s+|phone\s+)?(?:account|phone|number|WeChat)\b")
# the police in the picture
_POLICE_PRESENT = (r"\b(?:police(?:man|woman)?|officers?|uniform(?:ed)?|security\s+(?:officer|"
                   r"official)s?)\b")
# an offer is no warning: "had contacted him last year, offering to help him 'visit his father'
# if he agreed to return home"
_NOT_AN_OFFER = r"(?![^.;]{0,60}?\b(?:offer(?:ing|ed)|promis(?:ing|ed)|invit(?:ing|ed))\b)"
# a length told as a point in time, up to its number: "after more than", "following nearly"
_AFTER_ABOUT = (r"\b(?:after|following)\s+(?:(?:more|less)\s+than\s+|nearly\s+|almost\s+|about\s+|"
                r"over\s+)?")
_GROUP_WORD = (r"(?!(?:at(?!\s+(?:least|most)\b)|on|about|for|to|with|from|by|in|during|who|"
               r"that|which|never|not)\b)[\w,-]+")
# what a list or file says of someone's fate, and the event each status tells
_LISTED_STATUSES = (
    ("detention", r"(?:detained|arrested|in\s+(?:police\s+)?(?:detention|custody)|under\s+arrest)"),
    ("internment", r"(?:in\s+(?:the\s+)?(?:training|study|studies|re-?education)|studying|"
                   r"being\s+(?:re-?)?educated|(?:re-?)?educated)"),
    ("sentencing", r"(?:sentenced|convicted)"),
    ("imprisonment", r"(?:imprisoned|in\s+prison|serving\s+(?:a\s+)?(?:sentence|prison\s+term))"),
)
REPORTING_TRIGGERS: tuple[Trigger, ...] = (
    # a sentence that opens with its event, no subject: "Detained by police in April 2018."
    _t("internment", "lead", r"\b(?:sent|taken|held|detained|interned|placed|locked\s+up|put)\s+"
       r"(?:(?:from|since|between|for)\s+[^.;:]{1,50}?\s+)?(?:to|in|into|at)\s+(?:an?|the|one|another)\s+(?:[\w“”\"'’-]+\s+){0,4}?(?:camps?|"
       r"[“\"‘']?" + _CAMP_WORD + r"[\w”\"'’\s-]{0,40}" + _CAMP + r")\b|\binterned\b"),
    # its length opening the sentence, the subject after the comma: "After more than a year in a
    # camp, she was sentenced", "After months in one of the camps that Beijing calls ..."
    _t("internment", "lead", _AFTER_ABOUT + r"(?:[\w-]+\s+){0,2}?(?:days|weeks|months|years|"
       r"(?<=a\s)(?:year|month))\s+(?:in|at)\s+(?:an?|the|one\s+of\s+the)\s+" + _CAMP_NOT
       + _CAMP_MOD + r"{0,2}?camps?\b"),
    _t("detention", "lead", r"\b(?:detained|arrested|abducted|taken\s+away|taken\s+into\s+custody|"
       r"picked\s+up|seized|rounded\s+up|held\s+(?:in|at)\s+(?:pre-?trial\s+|police\s+)?"
       r"(?:detention|custody))\b"),
    # "Taken from his mosque by Changji police on 3 August 2017."
    _t("detention", "lead", r"\btaken\s+from\s+(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:home|house|"
       r"flat|apartment|mosque|shop|workplace|office|farm|school)\s+by\s+(?:[\w-]+\s+){0,3}?"
       r"(?:police|officers|security)\b"),
    _t("sentencing", "lead", r"\b(?:sentenced|convicted|jailed|found\s+guilty)\b"),
    _t("release", "lead", r"\b(?:released|freed|set\s+free)\b"),
    # the authorities' euphemism for a release from a camp: 'she "completed her studies"',
    # "graduated from the training centre"
    _t("release", "before", r"[“\"‘']completed\s+(?:his|her|their)\s+(?:studies|training|"
       r"education)[”\"’']|\bgraduated\s+from\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:centre|"
       r"center|camp|[“\"‘']school[”\"’'])(?!\w)"),
    _t("deportation", "lead", r"\b(?:deported|expelled|extradited|sent\s+back|forcibly\s+"
       r"returned)\b"),
    _t("torture", "lead", r"\btortured\b"),
    _t("transfer", "lead", r"\b(?:transferred|moved)\s+(?:to|from)\b"),
    # silence as a bare reply: "No. Nothing since 2019." (the reply's question says whose)
    _t("disappearance", "lead", r"\bnothing\s+(?:at\s+all\s+|more\s+)?(?:ever\s+)?since\b"),
    # "Questioned for four hours, then released.": held for questioning, a detention
    _t("detention", "lead", r"\b(?:questioned|interrogated)\b(?=[^.;]{0,80}?(?:\band|,)\s+"
       r"(?:then\s+|later\s+|only\s+|finally\s+)?(?:released|freed|let\s+go)\b)",
       needs=("released", "freed", "let go")),
    _t("disappearance", "lead", r"\b(?:disappeared|vanished|missing\s+since|(?:there\s+has\s+"
       r"been\s+)?no\s+(?:further\s+)?(?:information|news|contact)(?:\s+(?:about|on|of|from|"
       r"with)\s+(?:him|her|them))?(?:\s+(?:ever\s+)?since\b|(?=\s*[.;]|\s*$))|"
       r"(?:after\s+that|since\s+then)\s*,?\s+(?:nothing|silence)(?=\s*[.;!]|\s*$)|"
       r"(?:(?:his|her|their)\s+)?whereabouts\s+(?:remain\s+|are\s+|still\s+)*(?:unknown|"
       r"unclear|not\s+known))"),
    # a case entry's telegraphic clauses: "Passport confiscated on arrival in 2017; barred
    # from leaving China since."
    _t("passport_confiscation", "lead", r"(?:(?:his|her|their)\s+)?passports?\s+(?:was\s+|were\s+)?"
       r"(?:confiscated|seized|taken(?:\s+away)?|withheld|revoked|withdrawn|annulled)\b"),
    _t("travel_ban", "lead", r"(?:banned|barred|prohibited|forbidden)\s+from\s+" + _AWAY
       + r"|(?:an?\s+)?(?:exit|travel)\s+(?:ban|restriction)s?\s+(?:in\s+force|imposed|since)\b"),
    _t("assault", "lead", r"(?:attacked|assaulted|beaten(?:\s+up)?|stabbed)\s+by\b"),
    _t("transfer", "lead", r"(?:transferred|moved)\b(?=\s+(?:in\s+\d{4}|later|then|again)\s+"
       r"(?:to|from)\b)"),
    # "Since January 2025 has received repeated video calls from men saying they are police"
    _t("harassment", "lead", r"(?:has\s+|have\s+|had\s+)?received\s+(?:[\w-]+\s+){0,3}?calls\b"
       r"(?=[^.;]{0,70}?\b(?:police|security|officers|officials|authorities)\b)"),
    # a second verb of a passive: "was detained in April 2017 and held in a camp"
    # or after a comma: "was detained in October 2017, held for two years in one of the camps"
    _t("internment", "before", r"(?:\band|,)\s+(?:then\s+|later\s+|subsequently\s+)?(?:sent|taken|"
       r"held|placed|put|interned|locked\s+up)\s+" + _FROM_WHERE + r"(?:to|in|into|at)\s+"
       r"(?:[\w“”\"'’-]+\s+){0,6}?"
       r"[“\"‘']?" + _CAMP_WORD + r"[\w”\"'’\s-]{0,40}" + _CAMP, needs=_CAMP_WORD_STEMS),
    _t("internment", "before", r"(?:\band|,)\s+(?:then\s+|later\s+|subsequently\s+)?(?:sent|taken|"
       r"held|placed|put|interned|locked\s+up)\s+(?:(?:from\s+there|away|directly|straight)\s+){0,2}"
       + _FROM_WHERE + r"(?:to|in|into|"
       r"at)\s+(?:an?|the|one|another)\s+" + _CAMP_NOT + _CAMP_MOD + r"{0,2}?camps?\b"),
    # active: "they held me in a camp", "police took him to a re-education centre"
    _t("internment", "after", r"\b(?:held|kept|locked|put|sent|sending|took|taking|placed|drove|"
       r"brought|transported|escorted)\b(?=\s+(?:me|us|him|her|"
       r"them|" + _NAME + r")\s+(?:up\s+)?(?:(?:away\s+)?from\s+(?:[\w'’-]+\s+){1,4}?)?(?:in|into|"
       r"to|at)\s+" + _ONE_OF + r"(?:an?\s+|the\s+)?" + _CAMP_NOT + _CAMP_MOD
       + r"{0,3}?(?:camps?\b|[“\"‘']?"
       + _CAMP_WORD + r"[\w”\"'’\s-]{0,40}" + _CAMP + r"|(?:school|building|compound|factory|"
       # a building made over: "drove him to a former school ... that had been turned into a
       # camp"
       r"hospital|kindergarten|hotel)\b[^.;]{0,60}?\b(?:turned|converted|made)\s+into\s+an?\s+"
       r"(?:[\w-]+\s+)?camp\b"
       # or given a camp's official name: "to a compound on the edge of Koktogay town that
       # officials called a 'vocational skills' school"
       r"|(?:compound|building|facility|complex|site|school|cent(?:er|re))\b[^.;]{0,60}?\b"
       + OFFICIAL_CAMP_NAME + r"))"),
    # seen there by a fellow inmate: "I saw my cousin Yerlan in the camp", "In the camp Mr.
    # Seitkali saw his cousin, the schoolteacher Yerlan Kenzhebekuly"
    # "told them they had seen him in the county's 'vocational skills education and training
    # center'"
    _t("internment", "after", r"\b(?:saw|seen|met|recogni[sz]ed|spotted)\b(?=\s+(?:(?:my|his|"
       r"her|our)\s+(?:[\w-]+\s+){0,2}?)?(?:him|her|(?:Mr\.?\s+|Ms\.?\s+)?" + _NAME
       + r")\s+(?:again\s+|once\s+|there\s+|(?:being\s+)?(?:beaten|tortured|led|taken)\s+)?"
       r"(?:in|at)\s+(?:the|a|our|that|(?:the\s+)?[\w-]+['’]s)\s+(?:same\s+)?"
       r"(?:camp\b|[“\"‘']?" + _CAMP_WORD + r"\b[\w\s-]{0,40}?" + _CAMP + r"\b))"),
    _t("internment", "after", r"(?<![^\s\"“])(?:In|Inside|At)\s+the\s+camp,?\s+"
       r"(?:[\w.'’-]+\s+){1,3}?(?:saw|met|recogni[sz]ed|spotted)\b(?=\s+(?:my|his|her|our)\s+(?:[\w-]+\s*,?\s+){1,3}?"
       r"(?-i:[A-Z]))"),
    # a named person said in apposition to have been held in a camp: "His brother, Qaliolla,
    # himself a former camp detainee, now hosts him", "A former inmate of the same camp,
    # Myktybek Arstanov, told RFE/RL"
    _t("internment", "before", r"(?<=,)\s*(?:(?:himself|herself|also)\s+)?a\s+" + _FORMER_DETAINEE),
    _t("internment", "after", r"(?<![\w-])(?:A|another)\s+" + _FORMER_DETAINEE
       + r"(?:\s+(?:from|in)\s+(?-i:[A-Z])[\w-]+)?,\s+(?=" + _NAME + r"\s*,)"),
    # internment as a state: "has been in a camp since 2018", "is still in a re-education camp"
    _t("internment", "before", r"\b(?:been|is|was|are|were|remains?|remained)\s+(?:still\s+|now\s+|"
       r"held\s+)?(?:in|inside)\s+(?:an?|the|one)\s+" + _CAMP_NOT + _CAMP_MOD + r"{0,2}?camps?\b"),
    # its length as a point in time: "returned to Naryn in 2020 after 21 months in a camp",
    # "came back after 20 months in a camp in Akto"
    _t("internment", "before", _AFTER_ABOUT + r"(?:[\w-]+\s+){1,2}?(?:days?|weeks?|months?|"
       r"years?)\s+(?:in|at)\s+(?:an?|the)\s+" + _CAMP_NOT + _CAMP_MOD + r"{0,2}?camps?\b"),
    # custody told by its length: "had fled Artux in April 2023 after 15 days in police
    # custody in January"
    _t("detention", "before", _AFTER_ABOUT + r"(?:[\w-]+\s+){0,2}?(?:days|weeks|months|"
       r"(?<=a\s)(?:day|week|month))\s+in\s+(?:police\s+|pre-?trial\s+)?(?:custody|detention)\b"),
    # internment told by its length: "spent eight months in a camp in Altay", "spent 11 months
    # in 2018 and 2019 in a camp in Nilka"
    _t("internment", "before", r"\b(?:spent|spending|spend)\s+(?:[\w-]+\s+){0,7}?(?:in|at)\s+"
       r"(?:an?|the|one|another)\s+" + _CAMP_NOT + _CAMP_MOD + r"{0,2}?camps?\b"),
    # passport_confiscation
    # made to hand it in: "police ordered Sapargaliuly to hand in his passport" (a request,
    # "asked him to", may not have been met: it is no event, see ``events._negated``)
    # ("told the herder to bring his passport to the township government")
    _t("passport_confiscation", "after", r"\b(?:ordered|told|forced|made|required|"
       r"instructed|demanded)\b(?=\s+(?:him|her|them|" + _NAME + r"|" + _THE_DESCRIBED
       + r"|the\s+(?:old\s+|elderly\s+)?(?:man|woman|[a-z]+er|[a-z]+ist))"
       r"\s+to\s+(?:hand\s+(?:in|over)|surrender|give\s+up|turn\s+in|bring|submit)\s+"
       r"(?:his|her|their)\s+passports?\b)"),
    # handed in to the authorities: "handed her passport to police in 2017", "surrendered his
    # passport to the county public security bureau"
    _t("passport_confiscation", "before", r"\b(?:handed|surrendered|turned|gave)\s+(?:(?:in|over|"
       r"up)\s+)?(?:his|her|their)\s+passports?\s+(?:(?:in|over|up)\s+)?to\s+(?:the\s+)?(?:[\w-]+\s+)"
       r"{0,3}?(?:police|authorities|officials|bureau|cadres|committee)\b", needs=("passport",)),
    # "His passport, taken by police in Akto in 2018, was returned to him in February"
    _t("passport_confiscation", "inside", r"\b(?:his|her|their)\s+(?:[\w-]+\s+)?passports?\s*,\s*"
       r"(?:which\s+(?:had|has)\s+been\s+)?(?:(?:taken|confiscated|seized|withheld|kept)\s+"
       r"(?:(?:away\s+)?from\s+(?:him|her|them)\s+)?by\b|"
       # or with where it was taken: "Her Chinese passport, taken from her at the Khorgos
       # border crossing in December 2017, has not been returned."
       r"(?:taken|confiscated|seized)\s+(?:away\s+)?from\s+(?:him|her|them)\b|"
       # or when, and never given back: "His passport, taken the day he was detained, has
       # never been returned"
       r"(?:taken|confiscated|seized)\s+(?:the\s+day|when|after|as|on\s+the\s+day)\b(?=[^.;]"
       r"{0,60}?,\s*(?:has|had|was|is)\s+(?:never|not|still\s+not)\s+(?:been\s+)?"
       r"(?:returned|given\s+back)\b))"),
    # the same in a relative clause with its agent: "In Ospankyzy's Chinese passport, which
    # police in Mongolkure county confiscated on her arrival in 2018, ..."
    _t("passport_confiscation", "inside", r"\b(?:his|her|their)\s+(?:[\w-]+\s+)?passports?"
       + _WHICH_TAKEN),
    # (the owner named: the name before the possessive is the subject the clause is about)
    _t("passport_confiscation", "before", r"(?<=['’]s )(?:[\w-]+\s+)?passports?" + _WHICH_TAKEN),
    # Kazakh and Russian procedure: "released under an obligation not to leave Almaty", "a
    # written undertaking not to leave the city"
    _t("travel_ban", "before", r"(?<!\bno\s)\b(?:obligation|undertaking|pledge|recognizance)\s+"
       r"not\s+to\s+leave\b", negative=True),
    # taken from the person, the object told first: "the police took from her the passport"
    _t("passport_confiscation", "after", r"\b(?:took|taken|confiscated|seized)\s+(?:away\s+)?from"
       r"\b(?=\s+(?:him|her|them|me)\s+(?:the|his|her|their|my)\s+passports?\b)"),
    # the object first, the person after: "border guards took that passport from him at the
    # Irkeshtam crossing"
    _t("passport_confiscation", "after", r"\b(?:took|confiscated|seized)\s+(?:(?:that|the|this|"
       r"his|her|their)\s+)?(?:(?-i:[A-Z])[\w-]+\s+)?passports?\s+(?:away\s+)?from\b(?=\s+(?:him|"
       r"her|them|" + _NAME + r")\b)"),
    # a relative's passport taken: "the police also took my mother's passport"
    _t("passport_confiscation", "after", r"\b(?:took|confiscated|seized|kept|withheld|collected)"
       r"\b(?=\s+(?:away\s+)?(?:my|his|her|their|our)\s+(?:[\w-]+\s+)?(?:mother|father|brother|sister|"
       r"husband|wife|son|daughter|grandmother|grandfather|uncle|aunt)['’]s\s+(?:[\w-]+\s+)?"
       r"passports?\b)"),
    # the authorities' "request" to hand it in is the confiscation campaign's own wording:
    # "county police asked him to hand in his passport 'for safekeeping'" (its "asked" is no
    # request for the event, so only words before it may negate it: ``negative``)
    _t("passport_confiscation", "after", r"\b(?:police|authorities|officials|officers|cadres)"
       r"\s+(?:asked|requested)\b(?=\s+(?:him|her|them|(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])"
       r"[\w'’-]+)?)\s+to\s+(?:hand\s+(?:in|over)|surrender|give\s+up|turn\s+in)\s+"
       r"(?:his|her|their)\s+passports?\b)", negative=True),
    # the timeline's present: "Village police in Koktokay collect Qanat's passport"
    _t("passport_confiscation", "after", r"\b(?:collects?|collected|confiscates?|confiscated|"
       r"seizes?|seized|takes|took)\b(?=\s+(?:away\s+)?(?:(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+)?" + _NAME
       + r"['’]s\s+(?:[\w-]+\s+)?passports?\b)"),
    # a whole street's or village's passports collected: "officials had collected the
    # passports of every Kazakh household on her street", "collected all passports in our
    # mahalla" (the one whose street it is lost theirs)
    # ("collected the passports of everyone in our village who had one")
    _t("passport_confiscation", "owner", _COLLECTED + r"\s+(?:all\s+(?:the\s+)?|the\s+)passports\s+"
       r"(?:of\s+(?:(?:every|all|each)\s+(?:[\w-]+\s+){1,4}?|(?:everyone|everybody)\s+))?"
       r"(?:in|on|from|across)\s+(?P<who>our|my|his|her|their)\s+"
       r"(?:street|village|mahalla|neighbou?rhood|town|district|compound|building|county|"
       r"community|settlement|township)\b"),
    # one named among many: "collected the passports of all teachers at the school, including
    # his father's"
    _t("passport_confiscation", "owner", _COLLECTED + r"\s+(?:all\s+(?:the\s+)?|the\s+)?"
       r"passports\s+of\s+[^.;]{1,80}?,?\s+including\s+(?P<who>his|her|their|my)\s+(?:(?:elder|older|"
       r"younger|eldest|youngest)\s+)?(?P<kin>mother|father|brother|sister|son|daughter|husband|"
       r"wife)['’]s?\b", needs=("including",)),
    # one's own kept back from many collected: "collected the passports of all teaching staff
    # ... and never returned hers"; "... in April 2017. Hers was never returned"
    _t("passport_confiscation", "owner", _PASSPORTS_COLLECTED +
       r"[^.;]{0,120}?\b(?:and|but)\s+(?:then\s+)?(?:never|did\s+not|didn['’]t)\s+(?:return|"
       r"returned|give\s+back|gave\s+back|hand\s+back|handed\s+back)\s+(?P<who>hers|his)\b",
       negative=True),
    _t("passport_confiscation", "owner", r"(?:(?<=[.;!?]\s)|(?<=[.;!?][\"”]\s))(?P<who>Hers|His)\s+"
       r"(?:was|has|had)\s+(?:never|not)\s+"
       r"(?:been\s+)?(?:returned|given\s+back|handed\s+back)\b", negative=True,
       back=_PASSPORTS_COLLECTED),
    # and the same for another, named next: "collected Akhmetkanuly's passport in the spring
    # of 2017, along with that of their mother, Dametken Esimkyzy"
    _t("passport_confiscation", "after", r"(?P<coord>" + _COLLECTED + r"\s+[^.;]{0,60}?\bpassports?"
       r"\b[^.;]{0,60}?)\balong\s+with\s+(?:that|those)\s+of\b", needs=("along with",)),
    # the teller's among a whole village's: "the village committee collected everyone's
    # passports", "they took all our passports" (in a third-person report nobody tells it)
    _t("passport_confiscation", "owner", _COLLECTED + r"\s+(?:all\s+(?:of\s+)?)?(?P<who>our|"
       r"everyone['’]s|everybody['’]s)\s+"
       r"(?:[\w-]+\s+)?passports\b"),
    # still held: "the police still keep his passport"
    _t("passport_confiscation", "inside", r"\b(?:police|authorities|officials|officers|committee|"
       r"bureau|they)\s+(?:still\s+)?(?:keep|keeps|hold|holds|retain|retains|withhold|withholds)\s+"
       r"(?:his|her|their)\s+passports?\b"),
    _t("passport_confiscation", "inside", r"\b(?:kept|withheld|retained|revoked|cancell?ed|"
       r"invalidated|held\s+on\s+to|withdrew|withdrawn|annulled|took\s+away)\s+"
       r"(?:his|her|their)\s+(?:(?-i:[A-Z])[\w-]+\s+|foreign\s+|travel\s+)?passports?\b"),
    # told by the one who lost it: "They kept my passport."
    _t("passport_confiscation", "inside", r"\b(?:kept|withheld|retained|confiscated|seized|"
       r"took|took\s+away|revoked|cancell?ed|annulled)\s+my\s+(?:(?-i:[A-Z])[\w-]+\s+|foreign\s+|"
       r"travel\s+)?passport\b"),
    # asked to hand it in, in the passive: "was led into a side room, told he was barred from
    # leaving, and asked to hand over his passport" (the asking is the taking: ``negative``)
    _t("passport_confiscation", "before", r"(?:\b(?:was|were)\s+|,\s*(?:and\s+)?|\band\s+)"
       r"(?:(?:last|this|in|on)\s+(?:[\w-]+\s+){1,2}?)?(?:asked|told|ordered|made|forced|"
       r"required)\s+(?:(?:last|this|in|on)\s+(?:[\w-]+\s+){1,2}?)?to\s+(?:hand(?:\s+(?:in|"
       r"over))?|surrender|give\s+up|turn\s+in)\s+(?:his|her|their)\s+passports?\b",
       negative=True),
    # "his Chinese passport had been taken from him", "her identity card and passport have been
    # taken"
    _t("passport_confiscation", "inside", r"\b(?:(?:his|her|their)\s+(?:[\w-]+\s+|[\w-]+\s+"
       r"[\w-]+\s+and\s+)?)?passports?\s+"
       r"(?:was|were|had\s+(?:already\s+|also\s+)?been|has\s+(?:already\s+|also\s+)?been|"
       r"have\s+(?:already\s+|also\s+)?been)\s+(?:confiscated|seized|taken|kept|withheld|held|"
       r"withdrawn|retained|revoked|cancell?ed|invalidated)\b"),
    _t("passport_confiscation", "inside", r"\b(?:(?:his|her|their)\s+(?:[\w-]+\s+)?)?passports?\s+"
       r"(?:has|have|had|was|were)\s+(?:still\s+)?(?:not|never)\s+(?:been\s+)?(?:returned|given\s+back|"
       r"handed\s+back)\b", negative=True),
    # "they did not give back his passport", "never returned her passport"
    # (its own "not" says the event: only the words before it may negate it, ``negative``)
    _t("passport_confiscation", "owner", r"\b(?:did\s+not|didn['’]t|never|(?:have|has|had)\s+not|"
       r"(?:haven|hasn|hadn)['’]t)\s+(?:give|given|gave|hand|handed|return|returned)\s+"
       r"(?:back\s+)?(?P<who>his|her|their)\s+passports?\b", negative=True),
    _t("passport_confiscation", "inside", r"\b(?:refused|refuses|refusing|declined|declines)\s+"
       r"to\s+(?:return|give\s+back|hand\s+back)\s+(?:his|her|their)\s+passports?\b",
       negative=True),
    # travel_ban
    # ("the terms of his release ... forbid him from leaving the city")
    _t("travel_ban", "after", r"\b(?:barred|banned|prohibited|prevented|stopped|forbade|"
       r"forbidden|bars|bans|prohibits|prevents|forbids|forbid|prohibit|bar|barring|banning|"
       r"prohibiting|forbidding)\b(?=\s+"
       r"(?:[\w'’-]+\s+){1,3}?from\s+" + _AWAY + ")"),
    _t("travel_ban", "after", r"\b(?:told|informed)\b(?=\s+(?:him|her|them|(?-i:[A-Z])[\w'’-]+"
       r"(?:\s+(?-i:[A-Z])[\w'’-]+)?)\s+(?:that\s+)?"
       r"(?:he|she|they)\s+[“\"‘']?(?:could|can|may|might|must|would|was|were|is|are)\s*(?:not|"
       r"n['’]t|no\s+longer|never)\s+(?:(?:try|attempt)\s+to\s+)?"
       r"(?:be\s+)?(?:allowed\s+to\s+|permitted\s+to\s+)?" + _LEAVE + ")"),
    # an order to stay: "has been ordered not to leave Kuqa county", "and told not to leave
    # the city"
    _t("travel_ban", "before", r"\b(?:was|were|been|is|are|and)\s+(?:(?:also|later|then)\s+)?"
       r"(?:ordered|told|instructed|warned)\s+not\s+to\s+" + _LEAVE, negative=True,
       needs=("not to",)),
    # the same told to the passive: "was told he must never leave the country"
    _t("travel_ban", "before", r"(?:\b(?:was|were|been|is|are)\s+(?:(?:also|later|then)\s+)?"
       r"(?:told|informed)\s+(?:that\s+)?|\band\s+(?:told|informed)\s+that\s+)(?:he|she|they)\s+(?:could|can|may|must|would|was|were|"
       r"is|are)\s*(?:not|n['’]t|no\s+longer|never)\s+(?:(?:try|attempt)\s+to\s+)?(?:be\s+)?"
       r"(?:allowed\s+to\s+|permitted\s+to\s+)?" + _LEAVE, negative=True),
    _t("travel_ban", "before", r"\b(?:(?:is|are|was|were|been|be|remains?|remained)\s+(?:still\s+)?"
       r"(?:not|no\s+longer|never)|(?:has|have|had)\s+(?:still\s+)?(?:not|never)\s+been)\s+"
       r"(?:permitted|allowed)\s+to\s+" + _LEAVE, negative=True),
    # the words quoted: 'told his father that he was "not allowed to leave" Dorbiljin'
    _t("travel_ban", "before", r"\b(?:is|are|was|were|been)\s+[“\"‘']\s*(?:not|no\s+longer|"
       r"never)\s+(?:permitted|allowed)\s+to\s+leave\s*[”\"’']\s*" + _LEFT, negative=True),
    # told so by those who stop her: 'border officers took her passport and told her she was
    # "not permitted to leave the country"'
    _t("travel_ban", "after", r"\b(?:told|informed)\b(?=\s+(?:him|her|them|" + _NAME + r")\s+"
       r"(?:that\s+)?(?:he|she|they)\s+(?:was|were|is|are|could|can|may|would)\s*[“\"‘']?"
       r"(?:not|no\s+longer|never)\s+(?:be\s+)?(?:permitted|allowed)\s+to\s+" + _LEAVE + ")",
       negative=True),
    # kept at home: "He was not allowed to leave the house without permission", "is not
    # permitted to leave her flat"
    _t("house_arrest", "before", r"\b(?:(?:is|are|was|were|been|be|remains?|remained)\s+"
       r"(?:still\s+)?(?:not|no\s+longer|never)|(?:has|have|had)\s+(?:still\s+)?(?:not|never)\s+been)\s+"
       r"(?:permitted|allowed)\s+to\s+(?:leave|go\s+out\s+of)\s+" + _OWN_HOME,
       negative=True, needs=_HOME_WORDS),
    # unable or not allowed to go out, after a camp or under watch: "After she came out she
    # could not leave the house for almost two years", "may not leave his home"
    _t("house_arrest", "before", r"\b(?:cannot|can['’]t|could\s+not|couldn['’]t|may\s+not|must\s+"
       r"not|unable\s+to)\s+(?:leave|go\s+out\s+of)\s+" + _OWN_HOME
       + r"(?!\s+(?:because|as|since)\s)",
       negative=True, needs=_HOME_WORDS),
    # (not the consequence told of a kept passport: "which is why he could not leave China
    # legally"; leaving China, or going abroad, is the passport's story)
    _t("travel_ban", "before", r"\b(?:cannot|can['’]t|could\s+not|couldn['’]t)\s+" + _LEAVE
       + r"\b(?!\s+(?:because|as|since)\s|\s+legally\b)(?<!China)(?<!abroad)", negative=True),
    # a fine is a penalty: "was fined 40 monthly calculation indices by the same court"
    _t("sentencing", "before", AUX + r"fined\b", needs=("fined",)),
    # a fine that closes a clause of custody, sharing its subject: "she was detained outside a
    # courthouse for holding a poster, and fined"
    _t("sentencing", "before", r"(?:,\s*|\s)and\s+(?:then\s+|later\s+|also\s+)?fined\b(?=\s*"
       r"[.;]|\s*$|\s+(?:\d|[\w-]+\s+(?:tenge|som|yuan|MCI|monthly)|the\s+equivalent|under|"
       # a court's fine: "and fined the next day by an Almaty court"
       r"(?:the\s+(?:next|following)\s+(?:day|morning)\s+)?by\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
       r"(?:court|judge)|the\s+(?:next|following)\s+day|"
       r"for\s+(?:organi[sz]ing|taking|participating|holding|violating|breaking))\b)",
       needs=("fined",)),
    # a call with a condition put to the one called: "called her and said that if she kept
    # talking, her husband would stay there forever"
    _t("threat", "after", r"\b(?:police(?:m[ae]n)?|officers?|officials?|security|agents?|KNB|"
       r"authorities|cadres|(?:a|an|two|three|the)\s+(?:[\w-]+\s+)?(?:man|men|stranger|caller))\b"
       r"[^.;]{0,80}?\b(?:called|phoned|rang|visited|told|messaged|warned)\b(?=\s+(?:him|her|"
       r"them|me|" + _NAME + r")\s+(?:(?:again|later|twice)\s+)?and\s+(?:said|told\s+(?:him|her|"
       r"them|me))\s+"
       r"(?:that\s+)?if\s+(?:he|she|they|I)\s+(?:kept|keeps|continued|continues|went\s+on|"
       r"goes\s+on|did\s+not\s+stop|didn['’]t\s+stop|does\s+not\s+stop|doesn['’]t\s+stop)\b)",
       needs=("if ",)),
    # the same told of the call after it: 'the officer said that her mother's release "can be
    # reversed" ... if Jazira "continues to tell lies"' (the one the condition is put to)
    _t("threat", "owner", r"\b(?:police(?:m[ae]n)?|officers?|officials?|agents?|caller)\s+"
       r"(?:had\s+)?(?:said|told\s+(?:him|her|them|me)|warned(?:\s+(?:him|her|them|me))?)\b"
       r"(?=\s+(?:that\s+)?[^.;?!]{0,160}?\bif\s+(?P<who>he|she|they|" + _NAME + r")\s+[“\"‘']?"
       r"(?:kept|keeps|continued|continues|went\s+on|goes\s+on|did\s+not\s+stop|"
       r"didn['’]t\s+stop|does\s+not\s+stop|doesn['’]t\s+stop)\b)", needs=("if ",)),
    # told actively: "the specialized administrative court fined me 50 MCI"
    _t("sentencing", "after", r"\b(?:court|judge|tribunal)\b[^.;]{0,60}?\bfined\b(?=\s+(?:him|"
       r"her|them|me|" + _NAME + r")\b)", needs=("fined",)),
    # "was given a fine", "was subjected to administrative arrest for a term of 10 days"
    _t("sentencing", "before", AUX + r"(?:given|issued|handed|imposed)\s+(?:with\s+)?an?\s+"
       r"(?:administrative\s+|heavy\s+|large\s+)?fine\b", needs=("fine",)),
    # the fine as subject: "an administrative fine was imposed on her", "a fine of 58,000 tenge
    # was imposed on Galymbekova"
    _t("sentencing", "after", r"\b(?:an?\s+|the\s+)?(?:administrative\s+|heavy\s+|large\s+)?"
       r"(?:fine|penalty)\s+(?:of\s+[^.;]{1,40}?\s+)?(?:was|has\s+been|had\s+been)\s+"
       r"(?:imposed|levied)\s+on\b(?=\s+(?:him|her|them|me|" + _NAME + r")\b)",
       needs=("imposed", "levied")),
    _t("sentencing", "before", AUX + r"subjected\s+to\s+(?:an?\s+)?(?:administrative\s+)?"
       r"(?:arrest|detention|fine|penalty)\b", needs=("subjected",)),
    # a court's penalty of arrest, told by the court's act: "was placed under administrative
    # arrest for five days"; "the same court placed under administrative arrest for five days
    # Tokhtar Nygmetov", "placed him under administrative arrest"
    _t("sentencing", "before", AUX + r"placed\s+" + _UNDER_ADMIN_ARREST + r"\b",
       needs=("administrative",)),
    _t("sentencing", "after", r"\bplaced\s+" + _UNDER_ADMIN_ARREST + r"\s+for\s+"
       r"(?:a\s+term\s+of\s+)?(?:[\w-]+\s+){1,2}?days?\b(?=\s+" + _NAME + r")",
       needs=("administrative",)),
    _t("sentencing", "after", r"\bplaced\b(?=\s+(?:him|her|them|me|" + _NAME + r")\s+"
       + _UNDER_ADMIN_ARREST + r"\b)", needs=("administrative",)),
    # the infinitive: "was forbidden to leave the county"
    _t("travel_ban", "before", r"\b(?:forbidden|prohibited|barred)\s+to\s+" + _LEAVE),
    # a standing rule: "may not leave the village without written permission" (a bare "may
    # not leave" may be a guess: "she may not leave China again")
    _t("travel_ban", "before", r"\b(?:may|must)\s+not\s+" + _LEAVE + r"(?=\s+without\s+"
       r"(?:[\w-]+\s+){0,2}?(?:permission|approval|consent)\b)", negative=True,
       needs=("without",)),
    # kept to a place larger than a home: "Since her release, she has been confined to her
    # neighborhood" (not "to her street", which the dev sets' gold reads as a house arrest)
    _t("travel_ban", "before", r"\b(?:confined|restricted)\s+to\s+(?:his|her|their|the)\s+"
       r"(?:own\s+|home\s+|native\s+)?(?:neighbou?rhood|village|county|town|district|city|township)\b",
       needs=("confined", "restricted")),
    # ... or told as lasting, or beside the reporting that goes with it: "still may not leave
    # the county and must report to the police every week"
    _t("travel_ban", "before", r"\b(?:still\s+(?:may|must)\s+not\s+" + _LEAVE + r"|(?:may|must)\s+"
       r"not\s+" + _LEAVE + r"(?=[^.;]{0,30}?\band\s+(?:must|has\s+to|have\s+to)\s+report\b))",
       negative=True, needs=("still", "report")),
    # "is unable to leave his village", not for a cause of its own ("unable to leave the
    # house because of his illness")
    _t("travel_ban", "before", r"\b(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?unable\s+"
       r"to\s+" + _LEAVE + r"(?![^.;]{0,30}?\b(?:because|due\s+to|owing\s+to|since\s+"
       r"(?:he|she|they)|as\s+(?:he|she|they)|for\s+(?:health|medical|lack))\b)", negative=True,
       needs=("unable",)),
    # "needed police permission to leave the city"
    _t("travel_ban", "before", r"\b(?:needs?|needed|requires?|required)\s+(?:(?:the\s+)?(?:police|"
       r"official|written|the\s+authorities['’]|the\s+village\s+committee['’]s)\s+)?permission\s+"
       r"(?:from\s+[^.;]{1,40}?\s+)?to\s+" + _LEAVE, needs=("permission",)),
    # "has been unable to leave Kazakhstan since September 2022"
    _t("travel_ban", "before", r"\b(?:has|have|had)\s+been\s+(?:(?:still|effectively)\s+)?unable\s+"
       r"to\s+" + _LEAVE + r"(?=[^.;]{0,40}?\bsince\b)", needs=("unable",)),
    _t("travel_ban", "before", r"\b(?:subject(?:ed)?\s+to|placed\s+under|put\s+under|has|have|"
       r"had)\s+(?:had\s+)?(?:an?\s+|the\s+)?(?:travel|exit)\s+bans?\b"),
    _t("travel_ban", "after", r"\b(?:travel|exit)\s+bans?\s+(?:was|were|has\s+been|had\s+been)\s+"
       r"(?:imposed|placed|issued)\s+(?:on|against)\b"),
    _t("travel_ban", "after", r"\b(?:travel|exit)\s+ban\s+(?:means|meant|has\s+meant|prevents|"
       r"prevented|stops|stopped|keeps|kept|bars|barred)(?:\s+that)?\b"),
    _t("travel_ban", "inside", r"\b(?:his|her|their)\s+(?:travel|exit)\s+ban\b"),
    # "faces an exit ban" states a ban in force; "could face" is still read before it
    _t("travel_ban", "before", r"\b(?:faces|faced|facing)\s+(?:an?\s+)?(?:travel|exit)\s+ban\b",
       negative=True),
    # disappearance
    _t("disappearance", "after", r"\blost\s+(?:all\s+)?(?:contact|touch)\s+with\b"),
    _t("disappearance", "after", r"\b(?:has|have|had)\s+heard\s+nothing\s+(?:from|of|about)\b"),
    # a call to disclose someone's whereabouts says they are unknown, whoever makes it
    _t("disappearance", "after", r"\b(?:disclose|reveal|clarify|confirm)\s+(?:the\s+)?"
       r"(?:fate\s+and\s+)?whereabouts\s+of\b", asserted=True),
    _t("disappearance", "inside", r"\b(?:disclose|reveal|clarify|confirm)\s+(?:his|her|their)\s+"
       r"(?:fate\s+and\s+)?whereabouts\b", asserted=True),
    _t("disappearance", "before", r"\b(?:has|have|had)\s+(?:not|never)\s+been\s+(?:seen|"
       r"heard\s+of)\b"),
    # gone to the authorities and never back: "went to answer a summons at a police station
    # in Ghulja ... and never came home"
    # (the same told in the next sentence: "... went to the Yining City Public Security Bureau
    # because he had received a summons. He did not return.")
    _t("disappearance", "before", r"\b(?:did\s+not|didn['’]t|never)\s+(?:return|come\s+"
       r"(?:back|home)|came\s+(?:back|home)|returned)\b(?=\s*(?:home\s*)?[.;])", negative=True,
       needs=("never", "not", "n't"),
       back=r"\b(?:police|summons|summoned|Public\s+Security|security\s+(?:bureau|services?)|"
       r"interrogation)\b"),
    _t("disappearance", "before", r"\b(?:police|summons|summoned|officers|security|bureau|"
       r"interrogation|questioning)\b[^.;]{0,120}?\band\s+never\s+(?:came|come|returned|got)\s+"
       r"(?:back\s+)?(?:home|back)\b", negative=True, needs=("never",)),
    _t("disappearance", "after", r"\b(?:(?:have|has|had)\s+(?:not|never)|(?:haven|hasn|hadn)"
       r"['’]t|(?:no\s+one|nobody|no-one)(?:\s+(?:in|of|from|among)\s+(?:the|his|her|their|my|"
       # ("No one in the family has heard from Nurqasim since")
       # (not "Nobody from the family has seen him since 2018": no visits to a known prison)
       r"our)\s+(?:family|relatives|village|community)(?=\s+(?:has|have|had)\s+heard\b))?\s+"
       r"(?:has|have|had))\s+(?:(?:heard\s+"
       r"from|heard\s+"
       r"anything\s+from)|(?:seen|spoken\s+(?:to|with)|had\s+(?:any\s+)?contact\s+with)"
       # (not "directly" or "in person": word comes another way)
       + _SINCE + r"(?![^.;]{0,40}?\b(?:directly|in\s+person|face\s+to\s+face)\b))"
       # (nor "since the September call": a call told, no one gone missing)
       r"(?![^.;]{0,50}?\bsince\s+(?:the|that|his|her|their|my|our)\s+(?:[\w-]+\s+)?"
       r"(?:call|message|conversation|chat)\b)",
       needs=("not", "never", "n't", "n’t", "no one", "nobody", "no-one")),
    _t("disappearance", "after", r"\b(?:was|is|proved\s+to\s+be|would\s+be)\s+the\s+last\s+time\s+"
       r"(?:anyone|anybody|we|I|he|she|they|the\s+family|(?:his|her|their|my|our)\s+[\w-]+)\s+(?:ever\s+)?"
       r"(?:heard\s+from|saw|spoke\s+(?:to|with)|had\s+contact\s+with|talked\s+to|"
       # told in the present: "That is the last time we see him."
       r"hear\s+from|see|speak\s+(?:to|with)|talk\s+to)\b"),
    # (the Working Group on Enforced Disappearances' formula: "His fate and whereabouts
    # remain unknown")
    _t("disappearance", "inside", r"\b(?:his|her|their)\s+(?:fate\s+and\s+)?whereabouts\b(?=[^.;]"
       r"{0,40}?\b(?:unknown|unclear|not\s+known|a\s+mystery))"),
    _t("disappearance", "before", r"['’]s\s+(?:fate\s+and\s+)?whereabouts\b(?=[^.;]{0,40}?\b(?:"
       r"unknown|unclear|not\s+known|a\s+mystery))"),
    _t("disappearance", "after", r"\bwhereabouts\s+of\b(?=[^.;]{0,60}?\b(?:unknown|unclear|"
       r"not\s+known|a\s+mystery))"),
    _t("disappearance", "inside", r"\b(?:not|never|(?:do|does|did|have|has|had)n['’]t)\s+(?:know|"
       r"knows|knew|been\s+told|"
       r"learned|learnt|disclosed|revealed|(?:been\s+)?(?:informed|notified))\s+(?:of\s+|about\s+)?"
       r"(?:his|her|their)\s+whereabouts\b"),
    # the legal term: "subjected to enforced disappearance", "a victim of enforced disappearance"
    _t("disappearance", "before", r"\b(?:subjected\s+to|(?:is|was|became|been)\s+(?:a\s+)?victim\s+"
       r"of)\s+(?:an?\s+)?enforced\s+disappearance\b"),
    # threat
    _t("threat", "after", r"\b(?:called|phoned|rang|contacted|visited|messaged|texted|summoned|"
       r"approached)\b(?=\s+(?:[\w'’-]+\s+){1,4}?and\s+(?:warned|threatened)\b)"),
    # a demand to come back put through a relative at home: "police in Artux told his mother
    # that he must return home within a month" (pressure on the one abroad, whose mother she is)
    _t("harassment", "owner", _OFFICERS + r"[^.;]{0,60}?\b(?:told|warned|ordered|informed|"
       r"instructed)\s+(?P<who>his|her|their)\s+(?:[\w-]+\s+)?(?:mother|father|parents|family|"
       r"wife|husband|relatives|brother|sister)\s+(?:that\s+)?(?:he|she|they)\s+(?:must|should|"
       r"had\s+to|has\s+to|would\s+have\s+to|needed\s+to|was\s+to)\s+(?:return|come\s+"
       r"(?:home|back))\b", needs=("return", "come home", "come back")),
    # the law recited by officers who came: "two police officers came to her flat and warned her
    # that unauthorized pickets are punishable by a fine" (pressure, not a threat)
    _t("harassment", "after", _OFFICERS + r"[^.;]{0,90}?\bwarned\b(?=\s+(?:him|her|them|me|"
       + _NAME + r")\s+that\b" + _LAW_RECITED + ")", needs=("warned",)),
    # relatives set to bring someone back: "police, who asked them to persuade her to return",
    # "told his parents to convince him to come home" (its own "asked" is no request for the
    # event: only words before it may negate it, ``negative``)
    _t("harassment", "after", r"\b(?:asked|told|ordered|pressed|pressured|instructed|urged|forced|"
       r"made)\s+(?:them|relatives|(?:his|her|their)\s+(?:[\w-]+\s+)?(?:relatives|family|parents|"
       r"mother|father|brothers?|sisters?|wife|husband|children))\s+to\s+(?:persuade|convince|"
       r"pressure|urge|get)\b(?=\s+(?:him|her|them|" + _NAME + r")\s+to\s+(?:return|come\s+"
       r"(?:home|back)|go\s+back|stop)\b)", needs=("persuade", "convince", "pressure", "urge",
                                                     "get"), negative=True),
    # calls pressing someone abroad to come back are pressure, not (by themselves) a threat:
    # "had been receiving calls from police in Ghulja since 2019 urging him to come home"
    _t("harassment", "before", r"\b(?:received|receives|receiving|got|gets|getting)\s+(?:[\w-]+\s+)"
       r"{0,3}?(?:calls?|messages?|phone\s+calls?)\s+from\s+(?:[\w-]+\s+){0,3}?(?:police|officers?|"
       r"officials?|authorities|security)\b(?=[^.;]{0,60}?(?:" + _URGED_BACK + "|"
       + _ASKING_FOR + "))"),
    # "received threatening messages", "after receiving what he describes as a threatening
    # phone call", "got a threatening call"
    _t("threat", "before", r"\b(?:received|receives|receiving|got|gets|getting)\s+(?!no\b)"
       r"(?:what\s+"
       r"(?:he|she|they|I)\s+(?:describes?|described|calls?|called)\s+as\s+)?(?:[\w-]+\s+)"
       r"{0,2}?(?:threats|threatening\s+(?:messages?|calls?|letters?|phone\s+calls?|texts?))\b"),
    # calls from the security services to someone abroad are how pressure is applied
    _t("threat", "before", r"\b(?:received|receives|receiving|got|gets|getting)\s+(?:[\w-]+\s+)"
       r"{0,4}?(?:calls?|messages?|visits?|phone\s+calls?)\s+from\b(?=[^.;]{0,80}?\b(?:police|"
       r"security|officers?|officials?|agents?))(?![^.;]{0,120}?(?:" + _URGED_BACK + "|"
       + _ASKING_FOR + "))"),
    _t("threat", "after", r"\b(?:messages?|calls?|letters?|texts?|notes?)\s+(?:[\w-]+\s+){0,2}?"
       r"(?:warning|threatening)\b"),
    # the authorities' purpose told with "to": "police used a video call from her mother's
    # phone to warn her to stop protesting"
    # (a warning against an activity, with no price named, presses without threatening: "came
    # to her home to warn her against holding pickets without permission")
    _t("threat", "after", _WARNERS + r"\bto\s+(?:warn|threaten)\b(?=\s+(?:him|her|them|me|"
       + _NAME + r")\b)(?!" + _AGAINST_NO_PRICE + ")"),
    _t("harassment", "after", _WARNERS + r"\bto\s+warn\b(?=" + _AGAINST_NO_PRICE + ")",
       needs=("against", "about")),
    # from whose phone: "voice messages from an unknown Chinese number warning him that ..."
    _t("threat", "after", r"\b(?:messages?|calls?|texts?)\s+from\s+(?:an?\s+|the\s+|his\s+|her\s+|"
       r"their\s+)?(?:[\w'’-]+\s+){0,3}?(?:number|account|phone)\s+(?:warning|threatening)\b"),
    _t("threat", "after", r"\b(?:warned|warning|told)\b(?=\s[^.;]{0,120}?\b(?:would|will|could)\s+"
       r"[“\"‘']?(?:suffer|pay|regret|answer\s+for\s+(?:it|this|that)|face\s+(?:consequences|"
       r"problems|trouble)|have\s+(?:problems|"
       r"trouble)|make\s+(?:things|it|life)\s+(?:worse|harder|difficult)|get\s+worse|"
       # 'her husband's situation would "become much harder"'
       r"(?:become|get|grow)\s+(?:much\s+|even\s+|a\s+lot\s+)?(?:harder|worse|more\s+difficult)|"
       r"end\s+up\s+(?:in\s+(?:a\s+)?(?:ditch|prison|jail|camp|grave|cell)|dead|behind\s+bars)|"
       r"disappear|go\s+to\s+(?:an?\s+)?(?:real\s+)?(?:prison|jail|camp)|"
       r"be\s+[“\"‘']?(?:harmed|hurt|punished|arrested|worse\s+for|"
       r"detained|jailed|deported|prosecuted|sent\s+to\s+(?:a\s+)?camp|taken\s+(?:away|to\s+"
       r"(?:the\s+|a\s+)?(?:police|station|prison|jail|camp)))))"),
    # a warning given: "an officer gave him a warning", "issued her a final warning"
    _t("threat", "after", r"\b(?:gave|give|gives|giving|issued)\b(?=\s+(?:him|her|them|me|"
       + _NAME + r")\s+(?:an?\s+|one\s+)?(?:(?:last|final|stern|serious|clear|verbal)\s+)?"
       r"warning\b)"),
    # a loss set as the price of speaking: "told him the association would be shut down 'if
    # it is used for politics' and that his residence papers could be reviewed"
    _t("threat", "after", r"\b(?:warned|told)\b(?=\s+(?:him|her|them|me|" + _NAME + r")\s"
       r"[^.;]{0,90}?\b(?:would|will|could|might)\s+be\s+(?:shut\s+down|closed|revoked|cancell?ed|reviewed|"
       r"withdrawn|stripped|confiscated|seized|fired|dismissed|expelled)\b[^.;]{0,30}?[“\"‘']?\s*"
       r"\b(?:if|unless)\b)", needs=("if", "unless")),
    # followed about: "men in plain clothes had followed her from the family's flat to their
    # children's school", "she was followed by two men"
    _t("harassment", "after", r"\b(?:followed|trailed|tailed|shadowed)\b(?=\s+(?:him|her|them|"
       r"me|" + _NAME + r")\s+(?:from|to|around|home|everywhere|wherever|when(?:ever)?|on\s+"
       r"(?:the|his|her|their|my)\s+way|(?:[\w-]+\s+){0,2}?times)\b)"),
    _t("harassment", "before", AUX + r"(?:followed|trailed|tailed|shadowed)\s+(?:by\s+(?:(?:two|"
       r"three|several|unknown|plain-?clothes|plainclothes|the)\s+)?(?:men|police|officers|agents|"
       r"strangers|a\s+car|people|security)|(?:from|to)\s+(?:his|her|their|my|the)\s+\w+|home|"
       r"everywhere)\b"),
    # called in for "conversations": "officers have called her in three times", "she was
    # called in to the district police department at least nine times"
    # (a pronoun: "an imam called Ermek in May 2018" names him; and again and again: called
    # in once, before one vanished or was let go, may be an arrest)
    _t("harassment", "after", r"\bcalled\b(?=\s+(?:him|her|them|me)\s+in\b" + _AGAIN + ")"),
    _t("harassment", "before", AUX + r"(?:repeatedly\s+)?called\s+in\b(?!\s+sick)(?=" + _AGAIN
       + ")"),
    # invited for a talk, the police's word for a summons: "was invited to the Bostandyk
    # district police department of Almaty on March 3 for a conversation"
    # (not the police's own rewording of a detention: 'said she "was not detained" but "was
    # invited for a preventive conversation"')
    _t("harassment", "before", r"(?<!but\s)(?<!but\s\")(?<!but\s“)" + AUX
       + r"invited\s+(?:to\s+(?:the\s+|a\s+)?[^.;]{0,80}?\b(?:police|"
       r"department|station|office|KNB|GKNB|committee|akimat)\b[^.;]{0,40}?\s)?for\s+(?:an?\s+)?"
       r"(?:[“\"‘']?(?:preventive|prophylactic|explanatory)\s+)?(?:conversation|talk|chat|"
       r"interview)\b", needs=("invited",)),
    # called in for questioning, as summoned is: "was called in for questioning by police two
    # days after she spoke to reporters"
    _t("harassment", "before", AUX + r"called\s+in\s+(?:again\s+)?for\s+(?:questioning|"
       r"interrogation|(?:an?\s+)?(?:talk|conversation|chat|interview|meeting))\b",
       needs=("called in",)),
    # a liquid thrown in the face: "threw brilliant green antiseptic in Oralbekova's face"
    _t("assault", "after", r"\b(?:threw|splashed|poured|sprayed|hurled)\s+(?:[\w-]+\s+){0,3}?"
       r"(?:paint|acid|antiseptic|zelyonka|liquid|eggs?|ink|dye|water|urine)\s+(?:in|at|on|over|"
       r"into)\b(?=\s+(?:him|her|them|me|" + _NAME + r"))"),
    # harassment
    # (a summons to be told of a death or a verdict is a notification: "police summoned his
    # wife and told her that he had been sentenced in December 2019 to 16 years")
    _t("harassment", "after", r"\b(?:summoned|interrogated|harassed|harasses|harassing|pressured|"
       r"pressuring|pressures)\b(?![^.;]{0,60}?\band\s+(?:told|informed|notified)\s+(?:him|her|"
       r"them)\s+(?:that\s+)?(?:[\w'’,-]+\s+){1,6}?(?:had|has)\s+(?:died|passed\s+away|been\s+"
       r"(?:sentenced|convicted|found\s+dead))\b)"),
    _t("harassment", "after", r"\bquestioned\b(?=\s+(?:[\w'’-]+\s+){1,3}?(?:for\s+"
       + _ROUGHLY + r"(?:hours|days|"
       r"several|\w+\s+hours)|about|over|again|repeatedly|several\s+times|\w+\s+times|at\s+"
       r"(?:the\s+)?police))"),
    _t("harassment", "after", r"\bpressure\s+on\b"),
    # "the police followed me for weeks"
    _t("harassment", "after", r"\b(?:police(?:men)?|officers|agents|officials|men\s+in\s+plain\s+"
       r"clothes)\s+(?:[\w-]+\s+){0,3}?(?:followed|tailed|watched|filmed|photographed)\b(?=\s+"
       r"(?:me|him|her|them)\b)"),
    # strangers shadowing someone for a time: "two men followed her around Taldykorgan for two
    # weeks", "men in a black car followed her for weeks" (once, on a street, may be chance)
    _t("harassment", "after", r"\b(?:two|three|several|unknown|the\s+same)?\s*men\s+(?:in\s+an?\s+"
       r"(?:[\w-]+\s+)?car\s+)?(?:had\s+)?(?:followed|tailed|trailed)\b(?=\s+(?:me|him|her|them)\s+"
       r"(?:[^.;]{0,40}?\s)?for\s+(?:(?:about|nearly|over|more\s+than)\s+)?(?:days|weeks|months|"
       r"(?:two|three|four|several|many|a\s+few|\d+)\s+(?:days|weeks|months)|a\s+(?:week|month))\b)",
       needs=("followed", "tailed", "trailed")),
    # (and those told by a relative clause: "two men who came out of the consulate's gate
    # photographed her and her placard at close range")
    _t("harassment", "after", r"\b(?:men|officers?|police(?:men)?|officials|agents|guards?|"
       r"staff)\s+(?:who|from|of)\b[^.;]{0,60}?\b(?:followed|tailed|filmed|photographed|videotaped)\b"
       r"(?=\s+(?:me|him|her|them)\b)", needs=("followed", "tailed", "filmed", "photographed",
                                                 "videotaped")),
    # pressure put through a relative made to call: "police in Hotan have had her mother call
    # her every week on a video call, with an officer sitting out of the frame" (the one called
    # is the one whose relative calls)
    _t("harassment", "owner", _OFFICERS + r"[^.;]{0,40}?\b(?:had|have\s+had|has\s+had|made|make|"
       r"makes|forced|force|forces|ordered|orders)\s+(?P<who>his|her|their|my)\s+(?:[\w-]+\s+)?"
       r"(?:mother|father|parents|brother|sister|wife|husband|relatives|family|son|daughter)\s+"
       r"(?:to\s+)?(?:call|phone|message|write\s+to)\s+(?:her|him|them|me)\b",
       needs=("call", "phone", "message", "write")),
    # sent away from where one protests: "a police officer then told her that she was
    # 'disturbing public order' and ordered her to move away from the building"
    _t("harassment", "after", _OFFICERS + r"[^.;]{0,80}?\b(?:ordered|told|forced)\b(?=\s+"
       r"(?:me|him|her|them)\s+to\s+(?:move\s+(?:away|on)|leave\s+the\s+(?:area|square|street|"
       r"pavement|building|premises)|go\s+home|disperse|fold\s+(?:up\s+)?(?:his|her|their|my)\s+"
       r"(?:banner|placard|poster)|put\s+away)\b)"),
    # a second participle sharing the auxiliary: "was taken to the police station and
    # released the same evening" (a time or the clause's end must follow: not "and released
    # a statement")
    _t("release", "before", r"(?:\band\s+(?:then\s+|later\s+|only\s+|finally\s+|eventually\s+|"
       r"subsequently\s+)?|,\s*(?:and\s+)?then\s+)(?:released|freed|let\s+go)\b(?=\s*[.;,]|\s*$|\s+(?:on|in|at|after|"
       r"from|without|with|under|pending|the\s+(?:same|next|following)|later|shortly|soon|"
       r"early|late|that|when|only|a\s+(?:day|week|month|year|few)|(?:[\w-]+\s+)?(?:hours?|"
       r"days?|weeks?|months?|years?)\s+later)\b)"),
    # the authorities as subject: "police released him on bail", "they freed Karimov in 2020"
    _t("release", "after", r"\b(?:released|freed)\b(?=\s+(?:him|them|me|her(?!\s+(?!on|in|at|"
       r"after|from|without|with|under|the|a|two|three|later|that|when)[a-z]))(?:\s*[.;,]|\s*$|"
       r"\s+(?:on|in|at|after|from|without|with|under|pending|the\s+(?:same|next|following)|"
       r"later|shortly|soon|early|a\s+(?:day|week|month|year|few)|two|three|several|\d)\b))"),
    # a question that presupposes the event: "When was your brother Askar detained?" (the
    # subject stands between the auxiliary and the participle; see ``events``)
    _t("detention", "before", r"(?:(?<=when\s)|(?<=where\s)|(?<=why\s)|(?<=long\s))(?:was|were)"
       r"\s+(?:[\w'’-]+\s+){1,5}?(?:arrested|detained|taken(?:\s+away)?|picked\s+up|"
       r"abducted|seized)\b(?=[^.!]*\?)", needs=("?",)),
    _t("sentencing", "before", r"(?:(?<=when\s)|(?<=where\s)|(?<=why\s))(?:was|were)"
       r"\s+(?:[\w'’-]+\s+){1,5}?(?:sentenced|convicted|jailed)\b(?=[^.!]*\?)", needs=("?",)),
    _t("release", "before", r"(?:(?<=when\s)|(?<=where\s)|(?<=why\s))(?:was|were)"
       r"\s+(?:[\w'’-]+\s+){1,5}?(?:released|freed)\b(?=[^.!]*\?)", needs=("?",)),
    # the court as subject and the person as first object: "handed activist X a two-year
    # restricted freedom sentence", "gave him a suspended sentence"
    _t("sentencing", "after", r"\b(?:handed|hands|gave|gives)\b(?=\s+(?:[\w'’-]+\s+){1,4}?"
       r"(?:an?\s+)"
       r"(?:[\w-]+\s+){0,4}?(?:sentence|prison\s+term|jail\s+term|term\s+of|penalty)\b)",
       needs=("sentence", "term", "penalty")),
    # internment told with its length first: "was held for fourteen months in what officials
    # called a vocational training centre"
    _t("internment", "before", r"(?:\b(?:was|were|been|being)\s+" + _THEN
       + r"|\band\s+(?:then\s+|later\s+)?)"
       r"(?:held|kept|detained|locked\s+up|interned)\s+for\s+(?:[\w-]+\s+){1,4}?(?:in|at)\s+"
       r"(?:[\w“”\"'’-]+\s+){0,6}?[“\"‘']?" + _CAMP_WORD + r"[\w”\"'’\s-]{0,40}" + _CAMP,
       needs=_CAMP_WORD_STEMS),
    # a release named as a point in time: "After his release he was barred from leaving"
    _t("release", "inside", r"\b(?:after|since|upon|following|until)\s+(?:his|her|their)\s+"
       r"(?:eventual\s+|final\s+)?release\b(?!\s+(?:of|from\s+(?:hospital|the\s+hospital)))"),
    # the family's silence, told without "the": "Family in Kazakhstan has had no contact
    # since 2019", "Relatives abroad have had no word from him"
    _t("disappearance", "about", r"\b(?:(?:the|his|her|their)\s+)?(?:family|relatives|wife|"
       r"husband|children|parents)(?:\s+(?:in|abroad)(?:\s+(?-i:[A-Z])[\w-]+)?)?\s+(?:have|has|"
       r"had)\s+had\s+no\s+(?:contact|news|word|communication)\b(?=\s*[.;,]|\s*$|\s+(?:since|for|"
       r"ever\s+since|(?:with|from|of)\s+(?:him|her|them)\b))", needs=("no ",)),
    # "For a year I heard nothing.": the narrator's silence about the one taken
    _t("disappearance", "about", r"\b(?:(?-i:I)|we|the\s+family)\s+(?:heard|knew|learned|learnt)\s+"
       r"nothing\b(?=\s*[.;]|\s*$|\s+(?:more|else|at\s+all|about\s+(?:him|her|them)|of\s+"
       r"(?:him|her|them)|from\s+(?:him|her|them))\b)", needs=("nothing",)),
    # turned back at the border: "was stopped at the border in 2021 and not allowed to leave"
    _t("travel_ban", "before", r"\b(?:was|were)\s+(?:stopped|turned\s+back|taken\s+off\s+"
       r"(?:the|a)\s+"
       r"(?:plane|train|bus))\s+at\s+the\s+(?:border|airport|checkpoint|crossing)[^.;]{0,40}?\band\s+"
       r"(?:was\s+|were\s+)?(?:not|never)\s+(?:permitted|allowed)\s+to\s+(?:leave|travel|cross|"
       r"board|go\s+abroad)\b", negative=True),
    # one of a group the event befell: "was among 20 Kazakhs detained in the sweep", "is one
    # of hundreds of imams jailed since 2017"
    _t("detention", "before", r"\b(?:was|is|were|are|been)\s+(?:among|one\s+of)\s+(?:the\s+)?"
       r"(?:" + _GROUP_WORD + r"\s+){0,7}?(?:detained|arrested|held|rounded\s+up)\b",
       needs=("among", "one of")),
    _t("sentencing", "before", r"\b(?:was|is|were|are|been)\s+(?:among|one\s+of)\s+(?:the\s+)?"
       r"(?:" + _GROUP_WORD + r"\s+){0,7}?(?:jailed|sentenced|convicted)\b",
       needs=("among", "one of")),
    # "was refused exit at the airport", "was denied permission to leave"
    _t("travel_ban", "before", r"\b(?:was|were|been|is|are)\s+(?:(?:later|again|also|then)\s+)?"
       r"(?:refused|denied)\s+(?:exit|permission\s+to\s+(?:leave|"
       r"travel)|the\s+right\s+to\s+(?:leave|travel))\b", negative=True,
       needs=("refused", "denied")),
    # the court as subject: "The court found X guilty of separatism"
    # (an age set off by commas: "found Tursynai Esenzholkyzy, 54, guilty")
    _t("sentencing", "after", r"\bfound\b(?=\s+(?:[\w'’-]+\s+){1,4}?guilty\b|"
       r"\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+,\s*\d{1,3}\s*,\s+guilty\b|\s+(?-i:[A-Z])[\w'’-]+"
       r"(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+and\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+"
       r"guilty\b)"),
    # the same with a pronoun ("found her guilty": "her" is no possessive here)
    _t("sentencing", "owner", r"\bfound\s+(?P<who>him|her|them|me)\s+guilty\b"),
    # "was placed in a pretrial detention centre", "was put in the district lock-up"
    _t("detention", "before", AUX + r"(?:placed|put|locked\s+up|taken)\s+(?:in|into)\s+"
       r"(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:detention\s+(?:centre|center|facility)|lock-?up|police\s+cells?|"
       r"remand\s+(?:centre|center|prison)|jail)\b", needs=("placed", "put ", "locked", "taken")),
    # a bare "taken" at the end of its clause: "On 05.01.2019 I was also taken." ("being
    # taken" without a place is mostly a thing: "their pastures being taken")
    _t("detention", "before", AUX.replace("being|", "")
       + r"taken\b(?=\s*(?:[.;!]|$|,\s*(?:too|as\s+well|and)\b)|"
       r"\s+(?:too|as\s+well|in\s+(?:19|20)\d\d|on\s+\d|at\s+night|in\s+the\s+night|from\s+(?:work|school|"
       r"the\s+street|the\s+market|the\s+mosque)|(?:a|one|two|three|four|several|a\s+few)\s+"
       # "was taken a month after her"
       r"(?:days?|weeks?|months?)\s+(?:after|later|before))\b)", needs=("taken",)),
    # held somewhere for a stated time: "they held him at the border post for a week", "held
    # her about six hours" (or with no place: "summoned Shawket Idris and held him for two
    # days", "Border guards held Nurgali Muratbekuly for five hours"; "kept her there for two
    # hours" after a summons is its questioning)
    _t("detention", "after", r"\b(?:held|kept)\b(?=\s+(?:him|her|them|me|" + _NAME + r")\s+"
       r"(?:(?:at|in)\s+"
       r"(?!(?:the\s+|a\s+)?"
       r"(?:hospital|clinic|house|home|flat|apartment)\b)[^.;,]{0,40}?)?\b" + _FOR_A_TIME + ")",
       needs=("for ", "about ", "around ", "nearly ", "almost ")),
    # for the night: "police in Hotan held his mother, Aysha Kamal, overnight on Jan. 12"
    _t("detention", "after", r"\b(?:held|kept|detained)\b(?=\s+(?:him|her|them|me|" + _NAME
       + r"|" + _KIN_NAMED + _NAME + r"\s*,)\s+overnight\b)", needs=("overnight",)),
    # a relative named in apposition: "police in Nilka then held his wife, Gulsim, for two
    # days"
    _t("detention", "after", r"\b(?:held|kept|detained)\s+" + _KIN_NAMED + r"(?=" + _NAME
       + r"\s*,\s*" + _FOR_A_TIME + ")", needs=("for ",)),
    # one of those held beside the teller: "Among the dozen women in her room, she said, was a
    # teacher from Artux named Pezilet" (held where the teller was: ``events._held_where_a_camp``
    # gives it the kind of the place told before)
    _t("detention", "after", AMONG_INMATES, needs=("among", "one of")),
    # (its type is the teller's custody told before: ``events._held_where_a_camp``)
    _t("detention", "after", r"\b" + SHARED_ROOM + r"\b(?=\s+(?:him|her|" + _NAME + r")\b)",
       needs=("shared",)),
    # the same in apposition: "another man in my room, Yersin Mukan, aged 26, ..."
    _t("detention", "after", r"\b" + ANOTHER_INMATE + r"\s*,(?=\s*" + _NAME + r"\s*,)",
       needs=("room", "cell", "dormitor", "ward", "barracks", "block")),
    # officers warning someone to stop: "two officers came to my workplace and warned me to
    # stop calling journalists"
    # (the words before the verb may tell another act: "police have summoned Mukhit twice and
    # warned him not to speak", so the threat's own wording begins at the verb, ``coord``)
    _t("threat", "after", r"(?P<coord>\b(?:police(?:m[ae]n)?|officers?|officials?|agents?|security|"
       r"authorities|men\s+in\s+plain\s*clothes)\b[^.;]{0,90}?)\b(?:warned\b(?=\s+(?:him|her|"
       r"them|"
       # "had warned her husband 'not to make trouble'"
       r"me|(?:his|her|their|my)\s+(?:husband|wife|son|daughter|brother|sister|mother|father))\s+"
       r"[“\"‘']?(?:not\s+to|to\s+(?:stop|cease|quit|end|keep\s+quiet|stay\s+silent)|that\b"
       # (not the law recited: "warned her that unauthorized pickets are punishable by a fine")
       r"(?!" + _LAW_RECITED + r")))|"
       # "the police told him to stop": an order to give up what one does (as is "told her to
       # stop giving interviews", below)
       # ('told her "not to give interviews"')
       r"(?:told|ordered|instructed)\b(?=\s+(?:him|her|them|me|" + _NAME + r")\s+[“\"‘']?(?:not\s+"
       r"to\s+(?:speak|talk|post|publish|protest|give)|to\s+(?:(?:stop|cease|quit)(?!\s+[“\"‘']?"
       r"\w+ing\b)|keep\s+quiet|stay\s+silent)\b)))"),
    # "In January 2019 they let me go."
    _t("release", "after", r"\blet\s+(?=(?:me|him|her|them|(?-i:[A-Z])[\w'’-]+)\s+go\b(?!\s+"
       r"(?:to|abroad|back\s+to|and|with|on|for|of)\b))"),
    # "men came and told her to stop giving interviews": an order to stop speaking out is a
    # warning (devsets 19 and 20 read it so; devset18's 015 counted it as harassment)
    _t("threat", "after", r"\b(?:told|ordered|instructed|pressured|forced)\b(?=\s+(?:him|"
       r"her|them|me)\s+to\s+(?:stop|cease|quit)\s+[“\"‘']?\w+ing\b)"),
    # "to stop" read as a lookahead: "stop" itself is not a hypothetical here
    _t("harassment", "before", AUX + r"(?:told|ordered|instructed|pressured)\s+to\b(?=\s+(?:"
       r"(?:stop|cease|quit|give\s+up)\s+\w+ing|end\s+(?:his|her|their)|delete|remove|"
       r"take\s+down)\b)"),
    _t("harassment", "before", AUX + r"(?:visited|contacted|called|approached|followed|"
       r"photographed|filmed|watched|tailed)\s+"
       r"(?:[\w-]+\s+){0,2}?by\s+(?:the\s+)?(?:local\s+|"
       r"Chinese\s+|Kazakh\s+|plain-?clothes\s+|unknown\s+|unidentified\s+)?(?:police|officers|"
       r"officials|security|agents|authorities|men\s+in\s+(?:plain|civilian)\s*clothes)\b"),
    # pressure through a livelihood: "her employer was told to fire her", "police ordered
    # his landlord to evict him"
    _t("harassment", "after", r"\b(?:told|ordered|instructed|pressured|forced)\s+(?:to\s+|"
       r"(?:his|her|their|my)\s+(?:employer|boss|school|university|landlord|company)\s+to\s+)"
       r"(?:fire|dismiss|sack|evict|expel)\b(?=\s+(?:him|her|them|me)\b)"),
    # visits to a relative's home that press the relative: "neighborhood cadres have come to
    # his mother's house every day and told her not to speak to anyone abroad" (her, the
    # mother; visits "to ask whom he meets" are about him, below)
    _t("harassment", "owner", _OFFICERS + r"[^.;]{0,70}?\b(?:(?:has|have|had)\s+)?(?:come|came|"
       r"comes|visited|visits|been\s+coming|kept\s+coming)\s+(?:to\s+)?(?P<who>his|her|their)\s+"
       r"(?P<kin>mother|father|wife|husband|sister|brother)['’]s?\s+(?:apartment|home|"
       r"house|flat|door)\b(?=[^.;]{0,60}?\band\s+(?:told|asked|warned|ordered|questioned|"
       r"pressed|threatened)\s+(?:her|him)\b)"),
    # visits to someone's home, again and again: "a district police inspector has come to my
    # apartment almost every week", "officers visited her house three times"; to a relative's
    # home they are about the one whose family it is ("to his mother's apartment three times
    # to ask whom he meets"), unless they ask the relative about her child (``addressees``)
    _t("harassment", "owner", _OFFICERS + r"[^.;]{0,70}?\b(?:(?:has|have|had)\s+)?(?:come|came|"
       r"comes|visited|visits|"
       r"been\s+coming|kept\s+coming)\s+(?:to\s+)?(?P<who>my|his|her|their)\s+(?:(?P<home_of>"
       r"mother|father|parents|wife|husband|family)['’]s?\s+)?(?:(?:rented|own|new|small|"
       r"family)\s+)?(?:apartment|home|"
       r"house|flat|door|office|workplace)\b(?=[^.;]{0,40}?\b(?:every|each|several\s+times|"
       r"(?:two|three|four|five|six|many|\d+)\s+times|repeatedly|regularly|daily|weekly|twice|"
       # "at least once a week", "twice a month"
       r"once\s+(?:a|every|per)\s+(?:day|week|fortnight|month))\b)"),
    # called in to a security or police office and questioned there: "was called to the
    # regional department of the National Security Committee (KNB) and questioned for four
    # hours about his mother's contacts"
    _t("harassment", "before", r"\b(?:was|were)\s+(?:called|summoned|invited|brought)\s+(?:in\s+)?"
       r"to\s+(?:the|a|an)\s+[^.;]{0,80}?\b(?:department|office|station|police|KNB|GKNB|NSC|"
       r"committee|bureau|headquarters|service)\b[^.;]{0,30}?\band\s+(?:then\s+)?(?:questioned|"
       r"interrogated)\b(?![^.;]{0,80}?\b(?:released|freed|let\s+go)\b)",
       needs=("questioned", "interrogated")),
    # (by whom may come first: "was questioned by the KNB for about four hours")
    _t("harassment", "before", AUX + r"questioned\b(?=\s+(?:by\s+(?:the\s+)?(?:[\w()-]+\s+){1,4}?)?"
       r"(?:for\s+" + _ROUGHLY + r"(?:hours|days|several|\w+\s+"
       r"hours)|repeatedly|overnight|again|several\s+times|\w+\s+times|about|at\s+(?:the\s+)?"
       r"police))"),
    # one visit that questions or presses: "two KNB officers came to her flat and spent an
    # hour asking who organised the pickets", "police came to her home and asked her to sign
    # a statement" (a visit that takes the person away is a detention, see ``events``)
    # ("two men who said they were from the State Committee for National Security came to my
    # dormitory and asked me for the names of other students")
    _t("harassment", "owner", _VISITORS + r"[^.;]{0,90}?\b(?:" + _CAME_TO + r"|visited)\s+"
       r"(?P<who>my|his|her|their)\s+(?:apartment|home|house|flat|door|office|workplace|"
       r"dormitory|dorm|room|shop|stall)\b"
       r"(?=[^.;]{0,90}?" + _AND_THEN + r"(?:" + _PRESSED + r"|spent\s+(?:[\w-]+\s+){1,3}?"
       r"(?:asking|questioning)|made\s+(?:me|him|her|them)\s+sign)\b)"),
    # the same at the place where the person works or lives: "two men who said they were
    # from the National Security Committee came to the construction firm where he works in
    # November and asked him to stop giving interviews"
    _t("harassment", "owner", _VISITORS + r"[^.;]{0,120}?\b" + _CAME_TO + r"\s+the\s+"
       r"(?:[\w-]+\s+){0,3}?(?:firm|company|shop|office|factory|site|building|school|"
       r"university|hospital|market|bazaar|restaurant|cafe|warehouse|mosque)\s+where\s+"
       r"(?P<who>he|she|they|I)\s+(?:works|worked|lives|lived|studies|studied|teaches|taught)"
       r"\b(?=[^.;]{0,60}?" + _AND_THEN + r"(?:" + _PRESSED + r")\b)", needs=("where",)),
    # a call or message that asks for information on others or on oneself: "a man who said he
    # was a police officer in Qumul called her on WeChat and asked her for the names of
    # Uyghurs who attend her mosque", "police have repeatedly contacted her to demand personal
    # information"
    # (or kept calling, asking for it: "began calling him on WeChat, asking for photographs of
    # his residence card")
    _t("harassment", "after", _OFFICERS + r"[^.;]{0,80}?\b(?:(?:repeatedly|again)\s+)?(?:called|"
       r"phoned|rang|contacted|messaged|texted|wrote\s+to|(?:began|started|kept)\s+(?:calling|"
       r"phoning|ringing|messaging|texting|contacting))\b(?=\s+(?:him|her|them|me|" + _NAME
       + r")\b[^.;]{0,40}?(?:\band\s+(?:then\s+)?(?:asked|demanded|pressed)|\bto\s+(?:ask|demand|"
       r"request|press)|,\s+(?:asking|demanding|requesting|pressing))\b[^.;]{0,30}?\b(?:names?|information|details|photographs?|photos?|"
       r"address(?:es)?|lists?|data|phone\s+numbers?|contacts|passport|report\s+on|inform\s+on)\b)"),
    # a call or message from someone who says he is of the police or the security services of
    # the country the relatives are held in: a warning in itself, whatever is said next ("she
    # received a call in November from a man who introduced himself as an employee of the
    # Chinese Consulate", "a man who identified himself as an officer of the Tekes county
    # police contacted him on WeChat"); a call "from a Chinese number" likewise
    _t("threat", "before", r"\b(?:received|got|had|receives|gets)\s+(?:[\w-]+\s+){0,3}?" + _A_CALL
       + r"\b[^.;]{0,60}?\bfrom\s+(?:a|an)\s+(?:man|woman|person|caller|stranger|sender|someone)\s+"
       + _SELF_NAMED + _NOT_AN_OFFER),
    _t("threat", "before", r"\b(?:received|got|receives|gets)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?"
       + _A_CALL + r"\b[^.;]{0,40}?\bfrom\s+" + _CHINESE_NUMBER + r"s?\b" + _NOT_AN_OFFER),
    _t("threat", "after", r"\b(?:man|woman|person|caller|someone|stranger)\s+" + _SELF_NAMED
       + r"[^.;]{0,80}?\b(?:called|phoned|rang|contacted|messaged|texted|video-called)\b"
       + _NOT_AN_OFFER),
    # a call from a relative's account on which the police appear: "received a video call
    # from her mother's WeChat account. A man in a police uniform appeared on the screen",
    # "The call came on a Sunday in September, from his mother's WeChat account"
    _t("threat", "before", r"\b(?:received|got|receives|gets)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
       r"(?:(?:video\s+)?calls?|voice\s+(?:messages?|notes?)|messages?|texts?)\s+(?:[\w-]+\s+){0,3}?"
       r"from\s+(?:his|her|their|my)" + _KIN_ACCOUNT, near=_POLICE_PRESENT),
    _t("threat", "owner", r"\b(?:(?:video\s+)?call|message|voice\s+(?:message|note))\s+came\s+"
       r"(?:[^.;]{0,70}?\s+)?from\s+(?P<who>his|her|their|my)" + _KIN_ACCOUNT,
       near=_POLICE_PRESENT),
    _t("threat", "after", r"\b(?:man|woman|someone|stranger)\s+(?:called|phoned|rang|messaged|"
       r"texted|contacted)\b(?=\s+(?:me|him|her|them|" + _NAME + r")\s+(?:on\s+\w+\s+)?from\s+"
       + _CHINESE_NUMBER + r"\b)"),
    # visits told by their count: "a local police inspector has visited Bekmukhankyzy at home
    # at least four times"
    _t("harassment", "after", _OFFICERS + r"[^.;]{0,60}?\bvisited\b(?=\s+(?:me|him|her|them|"
       + _NAME + r")\b" + _AGAIN + r")", needs=("visited",)),
    # "visited his mother, X, at her home and asked her who her son talked to"
    _t("harassment", "after", _OFFICERS + r"[^.;]{0,80}?\bvisited\b(?=\s+(?:me|him|her|them|"
       + _NAME + r"|(?:his|her|their|"
       r"my)\s+[\w-]+\s*,\s*" + _NAME + r"\s*,)[^.;]{0,60}?\band\s+"
       r"(?:(?:then|later|repeatedly)\s+)?(?:asked|questioned|interrogated|demanded|"
       r"pressed|pressured|searched)\b)"),
    # a visit home by the security services, what was said told next: "In July, two officers
    # of the State Committee for National Security, or GKNB, visited Kydyralieva at home.
    # 'They said I should stop talking to journalists'"
    # (or what they said in the same sentence: "GKNB officers had also visited her last year
    # ..., and told her to stop giving interviews")
    _t("harassment", "after", _SECURITY_MEN + r"[^.;]{0,60}?\bvisited\b(?=\s+(?:me|him|her|them|"
       + _NAME + r")\b(?:\s+at\s+(?:(?:his|her|their|my|the)\s+)?(?:home|work|workplace|office|"
       # ("visited her at the college where she teaches")
       r"flat|apartment|college|university|school|shop|stall|store|factory|restaurant|cafe|"
       r"business)\b|[^.;]{0,90}?\b(?:and|to)\s+(?:told|urged|warned|asked|advised|ordered|tell|"
       r"urge|warn|ask|advise|order)\s+(?:me|him|her|them)\b))", needs=("visited",)),
    # the same in the passive: "was visited by Kazakh security officers who urged her to stay
    # silent", "has since been visited at home twice a week by cadres"
    _t("harassment", "before", AUX + r"visited\s+(?:at\s+(?:home|work)\s+)?(?:[^.;]{0,40}?\s)?by\s+"
       r"(?:[\w-]+\s+){0,2}?(?:" + _SECURITY_MEN + r"|(?:local\s+)?cadres|neighbou?rhood\s+"
       r"officials|police(?:men)?)", needs=("visited",)),
    # visits told by their frequency, the officials as subject: "A man from the neighborhood
    # committee visits them twice a week", "an inspector checks on her every week"
    _t("harassment", "after", r"(?P<coord>(?:" + _OFFICERS + r"|\bofficial|\bagent|\bcadre|"
       r"\bcommittee\b)[^.;]{0,40}?)\b(?:visits|visited|checks\s+on|checked\s+on)\b(?=\s+(?:him|"
       r"her|them|me)\s+(?:at\s+home\s+)?(?:every|each|twice|(?:two|three|four|several|many|\d+)\s+"
       r"times|once\s+a|daily|weekly|regularly)\b)"),
    # an official living in the family's home, the "Becoming Family" campaign: "a cadre moved
    # into her house for a week of every month", "an official stays in her apartment"
    _t("harassment", "owner", r"\b(?:cadres?|officials?|officers?|(?:party|government)\s+"
       r"(?:member|worker|official)s?|relatives?\s+assigned\s+by\s+the\s+state)\s+(?:[\w-]+\s+)?"
       # ('cadres under the "Becoming Family" program have regularly stayed in her home')
       r"(?:[^.;]{0,50}?\s(?:have|has|had)\s+(?:regularly\s+|often\s+|repeatedly\s+)?)?"
       # (a relative's home is the relative's: "have stayed at his father's home for several
       # days each month")
       r"(?:(?:come|comes|came)\s+and\s+)?"  # ("two cadres come and live in his house")
       r"(?:moved|moves|move|stayed|stays|stay|lived|lives|live|came\s+to\s+live)\s+(?:in|into|"
       r"with|at)\s+(?P<who>his|her|their|my|our)\s+(?:family['’]s\s+|(?P<kin>mother|father|"
       r"parents|wife|husband|sister|brother)['’]s?\s+)?(?:house|home|apartment|flat|family)\b"),
    # political rituals made compulsory for a former detainee or a prisoner's relative: "is
    # required to attend a flag-raising ceremony and political study every Monday", "officials
    # made her attend a flag-raising ceremony every Monday morning" (told with a ban on
    # leaving, part of that restriction: see ``events._pressure_within``)
    # (as it goes on: what a former detainee "had to" attend after a release is one of its
    # conditions, told with them)
    _t("harassment", "before", r"\b(?:must|has\s+to|have\s+to|(?:is|are)\s+(?:also\s+|still\s+)?"
       r"(?:made|forced|required|obliged|ordered|compelled)\s+to)\s+(?:attend|go\s+to|stand\s+at|"
       r"take\s+part\s+in)\s+" + _FLAG_RAISING + r"(?:\s+ceremon(?:y|ies))?"),
    _t("harassment", "after", r"\b(?:made|forced)\b(?=\s+(?:him|her|them|me|" + _NAME + r")\s+"
       r"attend\s+" + _FLAG_RAISING + r")"),
    # "Officials come to her house and live there, and she must cook for them"
    _t("harassment", "owner", r"\b(?:cadres?|officials?|officers?)\s+(?:[\w-]+\s+)?(?:come|comes|"
       r"came)\s+to\s+(?P<who>his|her|their|my|our)\s+(?:house|home|apartment|flat)\s+and\s+"
       r"(?:live|lives|lived|stay|stays|stayed)\s+there\b"),
    # visits that question the one visited: "KNB officers had come to their apartment four
    # times since the summer, questioning her about her husband's visitors"
    _t("harassment", "owner", _OFFICERS + r"[^.;]{0,70}?\b(?:(?:has|have|had)\s+)?(?:come|came|"
       r"visited|been\s+coming)\b"
       r"[^.;]{0,80}?,\s*(?:questioning|interrogating|pressing|pressuring)\s+"
       r"(?P<who>him|her|them|me)\b"),
    # a pledge or statement extracted: "police made him sign a written pledge not to publish"
    _t("harassment", "after", r"\b(?:made|forced|pressured|compelled)\b(?=\s+(?:me|him|her|them|"
       + _NAME + r")\s+(?:to\s+)?sign\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:pledge|"
       r"statement|undertaking|promise|confession|declaration|letter)\b)"),
    # made to delete what one posted or kept: "made him delete photographs of the body from
    # his phone", "forced her to remove the video"
    _t("harassment", "after", r"\b(?:made|forced|pressured|compelled)\b(?=\s+(?:me|him|her|them|"
       + _NAME + r")\s+(?:to\s+)?(?:delete|remove|erase|take\s+down)\s+(?:the\s+|his\s+|her\s+|"
       r"their\s+|my\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:photos?|photographs?|pictures?|videos?|"
       r"posts?|messages?|recordings?|footage|interviews?)\b)", needs=("delete", "remove", "erase",
                                                                     "take down")),
    # house_arrest
    # "confined to the family home", "to her mother's apartment building"; not by illness
    # (or since when, first: "has been confined since 2020 to the apartment in Urumqi")
    _t("house_arrest", "before", r"\b(?:confined|restricted)\s+(?:since\s+(?:[\w-]+\s+){1,3}?)?"
       r"(?:to|in|inside|within)\s+"
       r"(?:his|her|their|the)\s+(?:own\s+|family\s+|parents['’]\s+|(?:(?:[\w-]+\s+)?[\w-]+['’]s)"
       r"\s+)?(?:home|house|flat|apartment(?:\s+building)?|residence|compound)\b"
       r"(?![^.;]{0,40}\b(?:illness|ill|sick|injur\w*|lockdown|quarantine|pandemic|covid|"
       r"surgery|wheelchair)\b)"),
    # "under what officials call 'home supervision'"
    # the one who confines named: "police have confined his widow, X, to the family home"
    _t("house_arrest", "after", r"\b(?:confined|restricted)\b(?=\s+(?:him|her|them|" + _NAME
       + r"|(?:his|her|their)\s+[\w-]+(?:\s*,\s*" + _NAME + r"(?:\s*,\s*\d{1,3})?\s*,)?)\s+to\s+"
       + _OWN_HOME + r")"),  # ("confined their mother, Ezize Helil, 61, to her apartment")
    # ordered to stay in: "has been ordered to stay at home and to report to the police"
    _t("house_arrest", "before", r"\b(?:ordered|forced|required)\s+to\s+(?:stay|remain)\s+"
       r"(?:at\s+home|in(?:side)?\s+" + _OWN_HOME + r")"),
    # told not to go out: "He was told not to leave his house without permission"
    _t("house_arrest", "before", AUX + r"(?:told|ordered|instructed|warned)\s+not\s+to\s+"
       r"(?:leave|go\s+out\s+of)\s+" + _OWN_HOME, negative=True, needs=_HOME_WORDS),
    # ("has been subject to a measure described to him as 'residential surveillance'")
    _t("house_arrest", "before", r"\b(?:under|subject(?:ed)?\s+to)\s+(?:what\s+(?:[\w-]+\s+){1,3}?"
       r"(?:call|calls|called|term|terms|describe\s+as)\s+|an?\s+(?:measure|regime|form\s+of\s+"
       r"restraint)\s+(?:described|termed|called|known)\s+(?:[\w-]+\s+){0,3}?as\s+)?[“\"‘']?(?:(?:home|house)\s+(?:supervision|confinement|"
       r"detention)\b|residential\s+surveillance\b(?![”\"’']?\s+at\s+a\s+designated\b))"),
    # detention by the police named in the clause: "police came at night and took him"
    _t("detention", "after", r"\b(?:police(?:men)?|officers|agents|security\s+(?:officials|"
       r"officers|agents|personnel)|guards|soldiers)\b[^.;]{0,70}?\b(?:took|taken)\b(?=\s+(?:him|"
       # "the police had taken Arystan straight from the checkpoint"
       r"her|them|me|you|" + _NAME + r")\s*"
       r"(?:[.;,]|$|\s+(?:(?:straight|directly|away)\s+)?(?:to\s+(?:the\s+)?(?:police|station)|"
       r"into\s+custody|in\s+for\s+"
       r"questioning|with\s+them|from\s+(?:the|his|her|their|our|my|a|an|(?-i:[A-Z])[\w-]+['’]s)"
       # "from my uncle's house"
       r"\s+(?:[\w-]+(?:['’]s)?\s+)?"
       r"(?:home|house|flat|apartment|clinic|office|shop|store|workplace|school|mosque|farm|"
       r"restaurant|market|bazaar|street|car|bed|checkpoint|border|airport|bus|train|"
       r"crossing)\b)))"),
    # a notice's wording: "this Bureau placed Ma Jianguo (male, born ...) under criminal
    # detention" (a form underlines the name it fills in: "_Ma Jianguo_")
    _t("detention", "after", r"\bplaced\b(?=\s+(?:him|her|them|_?" + _NAME
       + r"_?)\s+(?:\([^()]{0,120}\)\s+)?under\s+(?:criminal\s+|administrative\s+)?"
       r"(?:detention|arrest)\b)"),
    # a participle set after a name: "Her father, Lutpulla Tiyip, detained in April 2017 and
    # sentenced in 2018 to 15 years' imprisonment, died in custody"
    _t("detention", "before", r"(?<=[a-z],)\s*(?:first\s+)?(?:detained|arrested|abducted)\s+"
       r"(?=(?:in|on|by|last|early|late|since)\b)"),
    # the same in the passive: "the letter said that he was placed under criminal detention
    # on the 14th of March 2018"
    # (not "placed under administrative arrest for 15 days": a penalty a court gives)
    _t("detention", "before", AUX + r"placed\s+under\s+(?:criminal\s+|formal\s+)?"
       r"(?:detention|arrest)\b"),
    # held for hours or days after a summons: "was summoned for questioning on 24 January
    # and held for 48 hours by the police"
    # ("and held for nearly five hours")
    _t("detention", "before", r"(?<=\band\s)held\s+for\s+(?:(?:about|around|nearly|almost|over|"
       r"some|more\s+than|up\s+to)\s+)?(?:[0-9]{1,3}|[a-z]+(?:-[a-z]+)?)\s+"
       r"(?:hours|days)\b(?!\s+(?:a|an|the|his|her|their|talks|meetings?)\b)"),
    # Chinese officialese for a detention: "the public security organs lawfully took
    # criminal compulsory measures against Tuersun" (刑事强制措施)
    _t("detention", "after", r"\b(?:took|taken|take|takes|adopted|imposed)\s+(?:criminal\s+)?"
       r"(?:compulsory|coercive)\s+measures\s+(?:against|on)\b"),
    # led away by the police: "a neighbour saw police lead you out of the hotel", "officers
    # escorted him from the flat"
    _t("detention", "after", r"\b(?:police(?:men)?|officers|agents|guards|soldiers)\s+(?:then\s+|"
       r"later\s+)?(?:led|lead|leading|escorted|escort|marched|dragged|drag|frog-?marched)\b"
       r"(?=\s+(?:him|her|them|me|you|" + _NAME + r")\s+"
       r"(?:out\b|away\b|off\b|from\b|into\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:car|van|vehicle|"
       r"bus)\b))"),
    # the authorities as "they", a named relative taken: "they took his younger brother Yerlan
    # as well", "they took my wife Gulshat"
    # (or a comma before the name, and the police of a place: "the police in Kunes took my
    # husband, Zhomartbek Sagadatuly")
    _t("detention", "after", r"\b(?:they|police(?:men)?|officers|agents|guards|soldiers)\s+"
       r"(?:(?:in|from)\s+(?-i:[A-Z])[\w'’-]+\s+)?"
       r"(?:also\s+|then\s+|later\s+)?took\b(?=\s+(?:my|his|her|their|our)\s+(?:(?:elder|"
       r"older|younger|"
       r"little|eldest|youngest)\s+)?(?:brother|sister|husband|wife|son|daughter|father|mother|"
       r"cousin|nephew|uncle)(?:\s+" + _NAME + r"\s*(?:[.;,]|as\s+"
       r"well\b|too\b|away\b|from\b|in\s+(?:19|20)\d\d|on\s+\d|at\s+night)|\s*,\s*" + _NAME
       # (in commas, nothing after but the sentence's end: not "took my mother, X, to a camp")
       + r"\s*[.;]))"),
    # taken aside at a post or station: "the Chinese border police took me into a room at the
    # Khorgos port", "officers took him into a back room"
    _t("detention", "after", r"\b(?:police(?:men)?|officers?|agents|guards|soldiers|they)\s+"
       r"(?:then\s+|later\s+)?took\b(?=\s+(?:him|her|them|me|" + _NAME + r")\s+(?:in)?to\s+"
       r"(?:a|an|the)\s+(?:(?:small|separate|side|back|special|locked|windowless)\s+)?"
       r"(?:room|office|cell)\b)", needs=("room", "office", "cell")),
    # brought in by the police in their own word: "she was delivered to the police department
    # to draw up an administrative protocol" (as the police of Kazakhstan put a detention)
    _t("detention", "before", AUX + r"(?:forcibly\s+)?delivered\s+to\s+(?:the\s+|a\s+)?"
       r"(?:[\w-]+\s+){0,3}?(?:police|department|station|precinct|KNB|GKNB)\b",
       needs=("delivered",)),
    # "The border soldiers caught me in the morning"
    _t("detention", "after", r"\b(?:police(?:men)?|officers|agents|guards|soldiers|patrols?)\b"
       r"[^.;]{0,20}?\b(?:caught|captured|grabbed)\b(?=\s+(?:him|her|them|me)\b)"),
    # a state told: "I was in the isolator for three months", "has been in custody since"
    _t("detention", "before", r"\b(?:been|is|was|are|were|remains?|remained)\s+(?:still\s+)?in\s+"
       r"(?:the\s+|an?\s+)?(?:isolator|SIZO|pre-?trial\s+detention(?:\s+(?:centre|center|"
       r"facility))?|detention\s+(?:centre|center|facility)|police\s+cells?|custody)\b"),
    _t("detention", "before", AUX + r"taken\s+(?:away\s+)?by\s+(?:the\s+)?(?:local\s+|Chinese\s+|"
       r"Kazakh\s+|state\s+|plain-?clothes\s+)?(?:police|security|officers|agents|authorities)\b"),
    # release
    _t("release", "before", r"\b(?:returned|came|got)\s+(?:back\s+)?home\s+(?:from|after)\b"
       r"(?=[^.;]{0,60}?\b(?:camps?|prison|jail|detention|custody)\b)"),
    _t("release", "after", r"\b(?:ordered|order|orders|ordering)\b(?=\s+(?:[\w'’-]+\s+){1,3}?"
       r"(?:released|freed|set\s+free)\b)", needs=("order",)),
    _t("release", "inside", r"\b(?:ordered|orders|ordering)\s+(?:his|her|their)\s+(?:immediate\s+)?"
       r"release\b", needs=("order",)),
    _t("release", "after", r"\b(?:ordered|orders|ordering)\s+(?:the\s+)?(?:immediate\s+)?"
       r"release\s+of\b", needs=("order",)),
    _t("release", "before", r"\b(?:walked|came|got|let)\s+out\s+of\s+(?:the\s+|an?\s+)?"
       r"(?:[\w“”\"'’-]+\s+){0,3}?(?:camps?|prison|jail|detention|cent(?:er|re)|custody|"
       r"facility)\b"),
    _t("release", "before", r"\b(?:left|leaving|leaves)\s+(?:(?:the|a)\s+" + _CAMP_NOT
       + _CAMP_MOD + r"{0,2}?"
       r"(?:camp|prison|jail|detention\s+cent(?:er|re))|prison|jail|custody)\b"),
    # deportation
    # (the ruling's words quoted: 'ordered her "administrative expulsion" from the country')
    _t("deportation", "inside", r"\b(?:ordered|orders|ordering|approved|upheld)\s+(?:his|her|"
       r"their)\s+[“\"‘']?(?:administrative\s+|forced\s+)?(?:deportation|expulsion|extradition)"
       r"\b"),
    # "issued a decision on his administrative expulsion from Kazakhstan", "the decision of
    # the Prosecutor General's Office of 01.03.2024 on his extradition"
    _t("deportation", "owner", r"\b(?:decision|order|ruling|resolution)\b(?:[^.;]|\.(?=\d)){0,80}?"
       r"\b(?:on|"
       r"for)\s+(?P<who>his|her|their)\s+(?:administrative\s+|forced\s+)?(?:deportation|"
       r"expulsion|extradition)\b"),
    # ("ordered that she be 'administratively expelled' from Kazakhstan")
    _t("deportation", "after", r"\b(?:ordered|ruled|decided)\s+that\s+(?=(?:he|she|they|"
       + _NAME + r")\s+(?:should\s+|must\s+)?be\s+[“\"‘']?(?:administratively\s+|forcibly\s+)?"
       r"(?:deported|expelled|extradited|sent\s+back))"),
    _t("deportation", "inside", r"\b(?:his|her|their)\s+(?:deportation|expulsion|extradition)\s+"
       r"order\b"),
    # "issued a deportation order against him"
    _t("deportation", "owner", r"\b(?:deportation|expulsion|extradition|removal)\s+(?:order|"
       r"decision)\s+(?:(?:was|were|had\s+been|has\s+been)\s+(?:issued|made|signed|handed\s+"
       r"down)\s+)?(?:against|for|on)\s+(?P<who>him|her|them)\b"),
    # decided by a court: "Memet, a trader in Osh, whose expulsion to China was ordered by a
    # district court" (a deportation counts once decided)
    _t("deportation", "before", r"\bwhose\s+(?:deportation|expulsion|extradition)\s+(?:to\s+"
       r"(?-i:[A-Z])[\w-]+\s+)?(?:was|has\s+been|had\s+been)\s+ordered\b"),
    _t("deportation", "inside", r"\b(?:his|her|their)\s+(?:deportation|expulsion|extradition)\s+"
       r"(?:to\s+(?-i:[A-Z])[\w-]+\s+)?(?:was|has\s+been|had\s+been)\s+ordered\b"),
    # an official's account of it: "His repatriation was carried out in strict accordance
    # with the law"
    _t("deportation", "inside", r"\b(?:his|her|their)\s+(?:repatriation|deportation|expulsion|"
       r"extradition)\s+(?:was|has\s+been|had\s+been)\s+(?:carried\s+out|completed|conducted|"
       r"effected)\b"),
    # handed over to another state; to one's own (a Kazakh citizen freed from Xinjiang "handed
    # over to Kazakh officials at Khorgos") it is a transfer into their hands, not a removal
    _t("transfer", "before", r"\bhanded\s+over\s+to\s+(?:the\s+)?(?:" + _HOME_SIDE
       + r"|(?:Kazakhstan|Kyrgyzstan)\b(?=" + _INTO_CUSTODY_AT_HOME + r"))"),
    _t("deportation", "before", r"\bhanded\s+over\s+to\s+(?!(?:the\s+)?" + _HOME_SIDE
       + r")(?:(?:the\s+)?" + _NATION
       + r"\s+(?:police|authorities|officials|security|border|officers|side)|China|the\s+PRC|"
       r"Beijing)\b"),
    _t("deportation", "after", r"\bhanded\b(?=\s+(?:[\w'’-]+\s+){1,3}?over\s+to\s+(?:the\s+)?"
       + r"(?!" + _HOME_SIDE + r")" + _NATION
       + r"\s+(?:police|authorities|officials|security|border|officers|side)\b)"),
    _t("deportation", "before", AUX + r"put\s+on\s+(?:a|the)\s+(?:plane|flight|bus|train)\s+"
       r"(?:back\s+)?to\s+(?:China|Beijing|Urumqi|Xinjiang)\b"),
    # sent out of China at the border, or to a country rather than into anyone's custody:
    # "was handed over at the Irkeshtam border crossing", "was handed back to Kyrgyzstan at
    # Torugart", "who was handed over to Kazakhstan in November 2022", "was released early and
    # put across the border at the Torugart pass", "was put on a bus to the Irkeshtam crossing"
    _t("deportation", "before", AUX + r"(?:handed\s+(?:back|over)(?:\s+to\s+(?:" + _HOME_COUNTRY
       + r"|(?:his|her|their)\s+(?:home\s+)?country))?"
       r"(?:\s+(?:at|through|via)\s+(?:the\s+)?(?:[\w-]+\s+){1,2}?(?:border\s+)?(?:crossing|pass|"
       r"post|checkpoint|border)\b)?(?<!over)(?<!back)|put\s+across\s+the\s+border|put\s+on\s+"
       r"(?:a|the)\s+(?:bus|plane|flight|train)\s+to\s+(?:the\s+)?(?:[\w-]+\s+){1,2}?(?:border\s+)?"
       r"(?:crossing|pass|checkpoint)\b)"
       # (into custody at home is a transfer, above)
       r"(?!" + _INTO_CUSTODY_AT_HOME + ")", needs=("handed", "put")),
    _t("deportation", "before", r"(?:\band|,)\s+(?:then\s+)?put\s+across\s+the\s+border\b",
       needs=("across",)),
    _t("deportation", "after", r"\b(?:handed|hands|sent|sends)\b(?=\s+(?:him|her|them|"
       + _NAME + r")\s+back\s+to\s+" + _HOME_COUNTRY + r"\b)",
       needs=("back",)),
    _t("deportation", "before", r"\breturned\s+to\s+(?:China|Xinjiang)\s+against\s+(?:his|her|"
       r"their)\s+will\b"),
    # torture
    _t("torture", "before", AUX + r"(?:shackled|chained|hung\s+(?:up\s+)?(?:by|from)|"
       r"electrocuted|waterboarded|deprived\s+of\s+(?:sleep|food|water)|sleep[- ]deprived|"
       r"(?:kept|held|put|placed|strapped|tied|locked|forced\s+to\s+sit|made\s+to\s+sit)\s+"
       r"(?:in|into|to|on)\s+" + _TIGER + r"|given\s+electric\s+shocks)"),
    _t("torture", "after", r"\b(?:shackled|chained|electrocuted)\b"),
    # "had been kept in leg shackles for weeks", "held in irons"
    _t("torture", "before", AUX + r"(?:kept|held|put|placed|locked)\s+in\s+(?:(?:leg|ankle|"
       r"heavy|iron|metal)\s+)?(?:shackles|irons|chains|fetters)\b"),
    # fastened to a fixture, kept from sleep: "guards had handcuffed her to a radiator and kept
    # her from sleeping during interrogations"
    _t("torture", "after", r"\b(?:handcuffed|cuffed|tied)\b(?=\s+(?:him|her|them|me|" + _NAME
       + r")\s+" + _TO_A_FIXTURE + ")"),
    _t("torture", "before", AUX + r"(?:handcuffed|cuffed|tied)\s+" + _TO_A_FIXTURE),
    _t("torture", "after", r"\bkept\b(?=\s+(?:him|her|them|me)\s+(?:from\s+sleeping|awake)\b)"),
    # falanga and sleep deprivation told plainly: "was struck on the soles of his feet with a
    # baton", "was kept awake by guards banging on the door"
    _t("torture", "before", AUX + r"(?:struck|beaten|hit|whipped|caned)\s+on\s+the\s+soles\b"),
    # the same told actively: "beat the soles of his feet with a rubber truncheon"
    _t("torture", "owner", r"\b(?:beat|beaten|beating|struck|hit|whipped|caned)\s+(?:on\s+)?the\s+"
       r"soles\s+of\s+(?P<who>his|her|their|my)\s+feet\b"),
    _t("torture", "before", AUX + r"kept\s+awake\b(?=\s+(?:by|for|all|day|night|through)\b)"),
    # an electric baton or prod: "was struck with an electric baton each time she fell asleep",
    # "guards shocked him with a cattle prod"
    _t("torture", "before", AUX + r"(?:struck|beaten|hit|shocked|jabbed|prodded|poked)\s+with\s+"
       r"(?:an?\s+|the\s+)?(?:electric|electrified|stun|cattle)\s+(?:batons?|prods?|sticks?|guns?)\b"),
    _t("torture", "after", r"\b(?:struck|beat|hit|shocked|jabbed|prodded|poked)\b(?=\s+(?:him|her|"
       r"them|me|" + _NAME + r")\s+with\s+(?:an?\s+|the\s+)?(?:electric|electrified|stun|cattle)\s+"
       r"(?:batons?|prods?|sticks?|guns?)\b)"),
    # a stress position imposed: "was made to sit for a night in the tiger chair", "was forced
    # to stand for hours"
    _t("torture", "before", AUX + r"(?:made|forced)\s+to\s+(?:sit|stand|squat|kneel)\b"
       r"(?=[^.;]{0,60}?(?:tiger\s+chair|(?:metal|iron|steel|restraint)\s+chair|\bfor\s+"
       r"(?:(?:most|much|all)\s+of\s+(?:a|the)\s+|hours|days|nights|a\s+night|a\s+day|the\s+"
       r"whole)|\ball\s+(?:night|day)|\bmotionless|\bfrom\s+(?:early\s+)?(?:morning|dawn)\s+"
       r"(?:until|till|to)\s+(?:late\s+)?(?:night|evening|dusk)))"),
    # a second participle of a passive: "he was beaten and deprived of sleep"
    _t("torture", "before", r"\band\s+(?:deprived\s+of\s+(?:sleep|food|water)|shackled|chained|"
       r"electrocuted|hung\s+(?:up\s+)?(?:by|from)|given\s+electric\s+shocks)\b"),
    # forced standing or squatting for hours or nights on end
    _t("torture", "after", r"\b(?:made|forced|making|forcing)\b(?=\s+(?:him|her|them)\s+(?:to\s+)?"
       r"(?:stand|squat|kneel)\s+(?:for|all|through|motionless|without)\b)"),
    _t("torture", "after", r"\bdeprived\b(?=\s+(?:[\w'’-]+\s+){1,3}?of\s+(?:sleep|food|water))"),
    _t("torture", "after", r"\b(?:kept|put|placed|strapped|tied|locked|forced|sat)\b(?=\s+"
       r"(?:[\w'’-]+\s+){1,3}?(?:in|into|to|on)\s+" + _TIGER + ")"),
    _t("torture", "before", r"\b(?:subjected\s+to|endured|suffered)\s+(?:[\w-]+\s+){0,3}?"
       r"(?:torture|sleep\s+deprivation|electric\s+shocks|the\s+tiger\s+chair|waterboarding)\b"),
    # hands tied to a fixture: "they tied my hands to a chair for the whole night"
    _t("torture", "owner", r"\b(?:tied|handcuffed|cuffed|chained|shackled|strapped|locked|bound|"
       r"fastened)\s+(?P<who>my|his|her|their)\s+(?:hands|wrists|arms|legs|ankles|feet)\s+"
       + _TO_A_FIXTURE),
    # wrists and ankles locked: "made to sit in a metal chair with his wrists and ankles
    # locked", "questioned in that chair, his wrists and ankles locked to it"
    _t("torture", "owner", r"\b(?P<who>my|his|her|their)\s+(?:wrists\s+and\s+(?:ankles|legs|feet)|"
       r"(?:hands|arms)\s+and\s+ankles)\s+(?:were\s+|being\s+)?(?:locked|strapped|shackled|tied|chained|"
       r"bound|fastened|cuffed)\b"),
    # hung up, told actively: "There they hung me by the wrists"
    _t("torture", "after", r"\b(?:hung|hanged|suspended)\b(?=\s+(?:me|him|her|them|" + _NAME
       + r")\s+(?:up\s+)?(?:by|from)\s+(?:the|his|her|my|their)\s+(?:wrists|arms|hands|feet|"
       r"thumbs|ankles)\b)"),
    # a stress position told of the teller: "they made me squat with my hands behind my head
    # for a whole afternoon"
    _t("torture", "after", r"\b(?:made|forced|making|forcing)\b(?=\s+(?:me|him|her|them)\s+"
       r"(?:to\s+)?(?:stand|squat|kneel)\b[^.;]{0,50}?\b(?:for\s+(?:hours|days|nights|(?:a|the)\s+"
       r"whole|(?:most|much|all)\s+of)|all\s+(?:night|day)|motionless|without\s+moving))"),
    # the court as subject, the penalty before the person: "gave a suspended six-month
    # sentence to an ethnic Kazakh woman", "handed down a 10-year term to ..."
    _t("sentencing", "after", r"\b(?:gave|give|gives|giving|handed(?:\s+down)?|hands(?:\s+down)?|"
       r"imposed|imposes)\s+(?:an?\s+)?(?:[\w-]+\s+){0,4}?(?:sentences?|terms?|prison\s+terms?)"
       r"\s+(?:to|on)\b"),
    # a ban named as a thing that lasts, in a sentence of its own: "The ban on leaving the
    # country is still there."
    _t("travel_ban", "lead", r"(?:the|an?|this)\s+(?:travel\s+|exit\s+)?ban\s+on\s+(?:(?:his|"
       r"her|their|my)\s+)?(?:leaving|travel(?:l)?ing|going\s+abroad|exiting)\b"),
    # made to report to the police week after week: "since then she must go to the local
    # police station every week", "reports to the police every Monday"
    _t("harassment", "before", r"\b(?:must|has\s+to|had\s+to|have\s+to|(?:is|was|been|being)\s+"
       r"(?:required|ordered|forced|made|obliged)\s+to|reports?|reported|reporting)\s+(?:go\s+|"
       r"come\s+|report\s+)?to\s+" + _REPORTED_TO + r"(?=" + _EVERY + r")", needs=("every",)),
    # the police as subject: "had detained and beaten him ... and forced him to report to them
    # every week"
    _t("harassment", "after", r"\b(?:forced|ordered|required|made|obliged)\b(?=\s+(?:him|her|them|"
       r"me|" + _NAME + r")\s+to\s+report\s+to\s+(?:them|" + _REPORTED_TO + r")" + _EVERY + r")",
       needs=("every",)),
    # a leaked police file's columns quoted in prose: 'The measure: "criminal detention,
    # 2017-10-19."', 'The measure: "vocational skills education and training, 2018-02-11."',
    # 'Status: "Sentenced, 15 years (religious extremism)."' (the row's person is the one the
    # text is about)
    _t("detention", "about", r"\bmeasures?(?:\s+(?:taken|applied|imposed))?\s*:\s*[“\"‘']?"
       r"(?:criminal|administrative)\s+detention\b", needs=("measure",)),
    _t("internment", "about", r"\bmeasures?(?:\s+(?:taken|applied|imposed))?\s*:\s*[“\"‘']?"
       r"(?:(?:vocational\s+skills\s+)?(?:education\s+and\s+)?training|re-?education|"
       r"transformation\s+through\s+education|concentrated\s+(?:education|training)|"
       r"centralized\s+(?:education|training))\b", needs=("measure",)),
    _t("sentencing", "about", r"\bstatus(?:[^:.;]{0,40})?:\s*[“\"‘']?(?:sentenced|convicted)\b",
       needs=("status",)),
    # silence told from the family's side: "Since then I have had no letter, no call"; of the
    # one it names after it, when it does: "The family has received no word from him or about
    # him since, she said" (him, not she)
    _t("disappearance", "after", r"\b(?:(?-i:I)|we|the\s+family|(?:his|her|their|my|our)\s+"
       r"family)\s+(?:have|has|had)\s+(?:had|received|got|gotten|heard)\s+no\s+(?:[\w-]+\s+)?"
       r"(?:letters?|calls?|news|word|contact|messages?|information)\s+(?:from|of|about|"
       r"with)\b(?=\s+(?:him|her|them)\b)", needs=("no ",)),
    _t("disappearance", "about", r"\b(?:(?-i:I)|we|the\s+family|(?:his|her|their|my|our)\s+"
       r"family)\s+(?:have|has|had)\s+(?:had|received|got|gotten|heard)\s+no\s+(?:[\w-]+\s+)?"
       r"(?:letters?|calls?|news|word|contact|messages?|information)\b(?!\s+(?:from|of|about|"
       r"with)\s+(?:him|her|them)\b)", needs=("no ",)),
    # the family's ignorance of the person's fate: "For eight months we did not know anything."
    _t("disappearance", "about", r"\b(?:(?-i:I)|we|the\s+family|(?:his|her|their|my|our)\s+"
       r"family)\s+(?:still\s+)?(?:did\s+not|didn['’]t|do\s+not|don['’]t|does\s+not|doesn['’]t)"
       r"\s+know\s+(?:anything(?:\s*[.;,]|\s+(?:about|of)\s+(?:his|her|their)\s+fate)|what\s+"
       r"(?:had\s+)?happened\s+to\s+(?:him|her|them))", negative=True),
    # "nobody could say where he was taken", "we do not know where she is being held"
    _t("disappearance", "after", r"\b(?:(?:nobody|no\s+one|no-one)\s+(?:could|can|would|will|"
       r"was\s+able\s+to|knows|knew)\s+(?:say\s+|tell\s+(?:\w+\s+)?|explain\s+)?|(?:do|does|"
       r"did)\s+not\s+know\s+|(?:don|doesn|didn)['’]t\s+know\s+)where\b(?=\s+(?:he|she|they)\s+"
       r"(?:is|was|are|were|had\s+been|has\s+been|have\s+been)(?:\s*[.;,!?\"”]|\s*$|\s+"
       r"(?:now|being|held|kept|taken|detained|imprisoned|buried|sent)\b))", negative=True),
    # a status a leaked list or police file records: "a leaked police list that recorded her
    # as 'detained'", "the spreadsheet marks him as 'in training'", "she is listed as 'studying'"
    *(trig for type_, status in _LISTED_STATUSES for trig in (
        _t(type_, "after", r"\b(?:records|recorded|lists|listed|marks|marked|classifies|"
           r"classified|registers|registered|labels|labell?ed|describes|described|shows|showed)"
           r"\b(?=\s+(?:him|her|them|" + _NAME + r")\s+as\s+(?:being\s+)?[“\"‘']?" + status
           + r"\b)", 0.6, needs=(" as ",)),
        _t(type_, "before", AUX + r"(?:listed|recorded|marked|classified|registered|labell?ed|"
           r"described|shown)\s+(?:in\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?)?as\s+(?:being\s+)?"
           r"[“\"‘']?" + status + r"\b", 0.6, needs=(" as ",)),
        # the status quoted from the row: 'It shows that he was detained in July 2017 and
        # notes "sentenced, 10 years"'
        _t(type_, "before", r"\b(?:notes|noted|reads|shows|showed|records|recorded|gives|gave|"
           r"lists|listed|marks|marked)\s+(?:(?:his|her|their)\s+status\s+as\s+)?[“\"‘']"
           + status + r"\b", 0.6))),
    # a sentence made longer: "X's sentence was later increased to 20 years", "extended the
    # prison term of X by five years", "a court added five years to his sentence": a sentencing
    # of its own only where the report tells no other (not a custody prolonged: "his pretrial
    # detention was extended")
    _t("sentencing", "before", r"['’]s\s+" + _SENTENCE_LENGTHENED, supplementary=True),
    _t("sentencing", "inside", r"\b(?:his|her|their)\s+" + _SENTENCE_LENGTHENED,
       supplementary=True),
    _t("sentencing", "after", r"\b(?:extended|increased|lengthened)\s+the\s+(?:(?:prison\s+|"
       r"jail\s+)?sentence|(?:prison|jail)\s+term)\s+of\b", supplementary=True),
    _t("sentencing", "after", _LENGTHENED + r"(?=\s+" + _NAME + r"['’]s\s+" + _SENTENCE + r")",
       supplementary=True),
    _t("sentencing", "owner", _LENGTHENED + r"\s+(?P<who>his|her|their)\s+" + _SENTENCE,
       supplementary=True),
    # an exit visa refused: "X's exit visa was refused", "was denied an exit permit",
    # "officials refused to issue him an exit visa"
    _t("travel_ban", "before", r"['’]s\s+" + _EXIT_VISA_REFUSED),
    _t("travel_ban", "inside", r"\b(?:his|her|their)\s+" + _EXIT_VISA_REFUSED),
    _t("travel_ban", "before", AUX + r"(?:refused|denied)\s+(?:an?\s+)?exit\s+(?:visas?|"
       r"permits?)\b"),
    _t("travel_ban", "after", r"\b(?:refused|denied|declined)(?:\s+to\s+(?:issue|grant|give))?"
       r"(?=\s+(?:him|her|them|" + _NAME + r")\s+(?:an?\s+)?exit\s+(?:visas?|permits?)\b)",
       negative=True),
    # (or the application for one turned down: "the bureau turned down her application for an
    # exit visa", "rejected X's request for an exit permit")
    _t("travel_ban", "owner", _TURNED_DOWN + r"\s+(?P<who>his|her|their|my)\s+"
       + _EXIT_APPLICATION, negative=True),
    _t("travel_ban", "after", _TURNED_DOWN + r"(?=\s+" + _NAME + r"['’]s\s+" + _EXIT_APPLICATION
       + ")", negative=True),
    # moved in custody by bus: "she was put on a bus to an industrial park in Chochek, where
    # they sewed uniforms"
    _t("transfer", "before", AUX + r"(?:put|loaded)\s+on(?:to)?\s+(?:a|the)\s+(?:bus|train|truck|"
       r"van)\s+to\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:factory|industrial\s+park|workshop|"
       r"plant|prison|camp)\b"),
    # a stay in a camp told by its length: "a few months into her 11 months in the camp"
    _t("internment", "owner", r"\b(?P<who>his|her|their|my)\s+(?:[\w-]+\s+){1,2}?(?:days|weeks|"
       r"months|years)\s+(?:in|at)\s+(?:an?|the)\s+" + CAMP_NOT + r"(?:" + CAMP_MOD
       + r"){0,2}?camps?\b"),
    # a home visit by the police: "a district police inspector came to the home of X",
    # (not the start of an arrest: "police came to the home of his brother, X, where he was
    # staying, and drove him away")
    # "came to the apartment X rents in Almaty and asked her ..."
    _t("harassment", "after", _POLICE_CAME_TO + r"(?:home|house|apartment|flat)\s+of\b"
       + _NO_ARREST_AFTER, needs=_CAME),
    _t("harassment", "after", _POLICE_CAME_TO + r"(?:home|house|apartment|flat|room)(?=\s+(?:she|"
       r"he|they|" + _NAME + r")\s+(?:rents|shares|lives\s+in|owns)\b)" + _NO_ARREST_AFTER,
       needs=_CAME),
    # protection granted, the state its subject: "Kazakhstan granted refugee status to X"
    _t("asylum", "after", r"\b(?:granted|grants|gave|gives|awarded)\s+(?:temporary\s+|"
       r"political\s+)?(?:asylum|refugee\s+status)\s+to\b"),
    # a death named by its owner: "X's death in custody was only reported in 2022", "news of
    # her death in the camp" (not "his death sentence")
    _t("death", "before", _NOT_KIN_BEFORE + r"['’]s\s+death\b(?!\s+(?:sentences?|penalty|"
       r"threats?|row|toll))"),
    _t("death", "inside", r"\b(?:his|her)\s+death\s+(?:in|while\s+in|under)\s+(?:police\s+)?"
       r"(?:custody|detention|prison|jail|(?:an?|the)\s+(?:[\w-]+\s+)?(?:camp|prison|jail|"
       r"detention\s+cent(?:er|re)))\b"),
    # "Nothing has been heard from X since 2017", "There has been no word from him since"
    _t("disappearance", "after", r"\b(?:nothing|no\s+word)\s+(?:has|have|had)\s+(?:since\s+)?"
       r"been\s+heard\s+(?:from|of|about)\b", negative=True),
    _t("disappearance", "after", r"\b(?:has|have|had)\s+been\s+no\s+(?:word|news|contact|"
       r"information)\s+(?:from|of|about|with)\b(?=[^.;]{0,60}?\bsince\b)", negative=True),
    # a home searched by the authorities: "police searched the home of X", "searched X's flat",
    # "X's apartment was searched in March", "officers searched her apartment" (not "he
    # searched his house for the papers")
    _t("harassment", "after", r"\b(?:searched|ransacked)\s+the\s+(?:home|house|apartment|flat|"
       r"office|shop|room)s?\s+of\b"),
    _t("harassment", "after", r"\b(?:searched|ransacked)(?=\s+" + _NAME + r"['’]s\s+(?:home|house|"
       r"apartment|flat|office|shop|room)\b)"),
    _t("harassment", "before", r"['’]s\s+(?:home|house|apartment|flat|office|shop)\s+(?:in\s+"
       r"(?-i:[A-Z])[\w-]+\s+)?(?:was|were|had\s+been|has\s+been)\s+(?:[\w-]+\s+)?"
       r"(?:searched|ransacked)\b"),
    _t("harassment", "owner", r"\b(?:police(?:m[ae]n)?|officers|agents|officials|authorities|"
       r"investigators)\s+(?:[\w-]+\s+){0,6}?(?:searched|ransacked)\s+(?P<who>his|her|their)\s+"
       r"(?:[\w-]+\s+)?(?:home|house|apartment|flat|office|shop)\b"),
    # a woman's body made infertile by force (torture, as the UN Special Rapporteur on
    # torture reads it: A/HRC/22/53): "was forcibly sterilised", "was forced to have an IUD
    # inserted", "doctors fitted her with an IUD"
    _t("torture", "before", AUX + r"(?:forcibly\s+|forcefully\s+)?sterili[sz]ed\b"),
    _t("torture", "before", r"\b(?:forced|made|compelled|ordered)\s+to\s+(?:have|get|undergo|"
       r"accept|be\s+fitted\s+with)\s+(?:an?\s+)?(?:IUDs?|intrauterine\s+devices?|"
       r"contraceptive\s+(?:devices?|implants?)|sterili[sz]ations?|abortions?)\b"),
    _t("torture", "before", AUX + r"fitted\s+with\s+(?:an?\s+)?" + _IUD),
    _t("torture", "after", r"\b(?:fitted|implanted)(?=\s+(?:" + _NAME + r")\s+with\s+(?:an?\s+)?"
       + _IUD + ")"),
    _t("torture", "before", r"\band\s+(?:then\s+|later\s+)?fitted\s+with\s+(?:an?\s+)?" + _IUD),
    # the device put in the body: "they put a spiral inside us" (the teller among "us")
    _t("torture", "owner", r"\b(?:put|inserted|placed|implanted|fitted)\s+(?:an?\s+)?(?:IUDs?|"
       r"spirals?|intrauterine\s+devices?|contraceptive\s+(?:devices?|rings?|coils?))\s+"
       r"(?:inside|in|into)\s+(?P<who>me|us|her)\b"),
    _t("torture", "owner", r"\b(?:fitted|implanted)\s+(?P<who>her|them)\s+with\s+(?:an?\s+)?"
       + _IUD),
)
# each starts a word: compiled so that the engine skips positions inside words at once
REPORTING_TRIGGERS = tuple(
    replace(t, pattern=at_word_starts(t.pattern.pattern, t.pattern.flags))
    if t.pattern.pattern.startswith("\\b") else t for t in REPORTING_TRIGGERS)
TRIGGERS = TRIGGERS + REPORTING_TRIGGERS + tuple(
    replace(t, pattern=at_word_starts(t.pattern.pattern, t.pattern.flags))
    if t.pattern.pattern.startswith("\\b") else t for t in TESTIMONY_TRIGGERS)

# "didn't", "wasn't", "can't", "won't"
CONTRACTED_NOT = (r"(?:ai|are|ca|could|did|does|do|had|has|have|is|must|need|should|was|were|wo|"
                  r"would)n['’]t")
# searched in a window before each trigger: see ``spans.at_word_starts``
NEGATION = with_opening(at_word_starts(
    r"\b(?:not|never|no\s+longer|yet\s+to|without\s+being|denied|denies|deny|no\s+one|"
    r"nobody|neither\s+of|none\s+of|"
    # right before the act only: "they cannot arrest me here" (not "said: you cannot fly,
    # you have a restriction on leaving the country")
    r"cannot(?=(?:\s+[\w’'-]+){1,3}\s*$)|"
    r"refus(?:ed|al|es|e)\s+to|"
    # what nobody knows to have happened: "has no information that she has been detained"
    # ('said it had "no information" about a citizen named X being held')
    r"no\s+[“\"]?(?:information|evidence|indication|sign|confirmation|record|reports?)[”\"]?\s+"
    r"(?:that|of|about|on)|"
    # a correction: "An earlier version ... incorrectly stated that Tursynbai had received"
    r"(?:incorrectly|wrongly|mistakenly|erroneously|falsely)\s+(?:stated|said|reported|"
    r"claimed|wrote|suggested)|"
    # a contracted "not" is part of its word ("didn't"), so the word is spelled whole
    + CONTRACTED_NOT + r")\b[^.;]*$", re.IGNORECASE))
HYPOTHETICAL = with_opening(at_word_starts(
    r"\b(?:could|might|(?-i:may)|would|should|must\s+be|needs?\s+to\s+be|fears?|feared|"
    r"fearing|afraid|risk|risks|if|unless|threaten(?:ed|ing|s)?\s+(?:to|with)|"
    r"whether|faces?|faced|facing|threat\s+of|possible|likely\s+to|asking|asked|ask|seeks?|"
    r"seeking|sought|request(?:ed|ing)|wants?|wanted|hopes?|hoping|(?:trying|tried)\s+to|"
    r"demand(?:ed|ing|s)?|urg(?:ed|ing|e)|"
    r"call(?:ed|ing)?\s+for|campaign(?:ed|ing)?\s+for|claims?|claimed|claiming|avoid|prevent|"
    r"stop|"
    # open possibility: "maybe he will ...", "perhaps she is held"; not "perhaps the
    # best-known of them"
    r"(?:maybe|perhaps)(?!\s+(?:the|a|an|one|most|best|more|even|partly|because)\b))\b"
    r"[^.;]*$", re.IGNORECASE))
# the future: "he will be released", "they are going to detain him", "is due to be freed".
# Not for a deportation, which counts once decided ("will be deported, officials announced")
FUTURE = with_opening(at_word_starts(
    r"\b(?:will\s+(?:not\s+|never\s+|soon\s+|likely\s+|probably\s+|also\s+)?(?:be|have|get)|"
    r"shall|(?:he|she|they|we|you|i)['’]ll|(?:due|scheduled|expected|set)\s+to\s+be|"
    # "going to detain him", not "going to the market"
    r"going\s+to\s+(?!(?:the|a|an|his|her|their|my|our|its|this|that|work|school|church|"
    r"mosque|market|bed|court|hospital)\b|(?-i:[A-Z])))\b[^.;]*$", re.IGNORECASE))

# Substrings every trigger of a type contains: a sentence is tried against a type's patterns
# only when its lower-cased text has one of them (substring tests are much cheaper than regexes).
TYPE_STEMS: dict[str, tuple[str, ...]] = {
    "detention": ("arrest", "detain", "detention", "custody", "seiz", "abduct", "kidnap",
                  "rounded", "picked", "taken", "lock", "held", "bars", "jail", "prison",
                  "took", "take", "hold", "kept", "keep", "cell", "among", "one of",
                  "together with", "designated", "room",
                  "drove", "driven", "dragged", "led ", "hauled", "bundled", "whisked", "marched",
                  "carried",
                  "apprehend", "questioned", "interrogat", "summon", "came", "come",
                  "caught", "captur", "grabbed", "isolator", "sizo", "delivered", "led", "lead",
                  "escort", "marched", "dragg", "pushed", "shoved", "bundled", "loaded", "put",
                  "threw"),
    "internment": ("camp", "center", "centre", "facilit", "school", "intern", "study",
                   "studies", "educat", "learn", "transformation", "training"),
    "house_arrest": ("house arrest", "residential surveillance", "confined", "restricted",
                     "supervision", "confinement", "home detention", "house detention",
                     "permitted", "allowed", "leave", "go out", "forbidden", "prohibited",
                     "barred", "stay", "remain"),
    "sentencing": ("sentenc", "convict", "guilty", "jail", "handed", "given", "fined", "fine",
                   "subjected", "administrative", "term"),
    "imprisonment": ("serv", "jail", "prison", "bars", "incarcerat"),
    "disappearance": ("vanish", "disappear", "missing", "heard", "information", "news",
                      "whereabouts", "contact", "touch", "seen", "spoken", "last time",
                      "letter", "call", "word", "message", "where", "know", "nothing",
                      "silence", "never", "return", "come back", "came back", "come home",
                      "came home"),
    "transfer": ("transferred", "moved", "handed over", "and later", "factor", "plant", "workshop",
                 "industrial park", "prison", "camp",
                 "shuttled", "shifted"),
    "release": ("releas", "freed", "free", "out of", "left", "leaving", "leaves", "home",
                "let go", "let ", "completed", "graduated"),
    "deportation": ("deport", "expel", "extradit", "repatriat", "returned", "sent back", "leave",
                    "handed", "put on", "put across", "sent", "sends", "expul", "back"),
    "asylum": ("asylum", "refugee"),
    "assault": ("assault", "beat", "attack", "stab", "hit", "punch", "kick", "struck", "strik",
                "twist", "wrench", "bent", "yank",
                "slap", "ground", "floor", "pavement", "asphalt", "threw", "splash", "poured",
                "sprayed", "hurled", "against"),
    "threat": ("threat", "intimidat", "warn", "told", "call", "message", "you ",
               "visit", "said", "says", "your", "depend", "advis", "sake", "think",
               "answer", "pity", "shame", "suffer", "for you", "next time"),
    "harassment": ("harass", "summon", "interrogat", "chased", "questioned", "pressur",
                   "visited", "contacted", "called", "approached", "followed", "told", "ordered",
                   "tailed", "watched", "filmed", "photographed",
                   "instructed", "calls", "calling", "warn", "persuad", "convinc",
                   "report", "must", "call", "phone", "message", "write", "come", "came", "visits",
                   "coming", "went", "turned up", "showed up", "sign", "cadre", "moved",
                   "stayed", "stays", "lived", "flag-raising", "delete", "remove", "erase",
                   "take down", "invit", "searched", "ransacked"),
    "torture": ("tortur", "shackl", "chained", "chains", "irons", "fetters", "hung", "electr",
                "waterboard", "deprived", "stress",
                "handcuff", "cuffed", "tied",
                "tiger", "sleep", "stand", "squat", "kneel", "sit", "restraint", "interrogation",
                "soles", "awake", "chair", "wrists", "ankles", "steril", "iud", "intrauterine",
                "contracepti", "abortion", "spiral"),
    "travel_ban": ("ban", "barred", "prohibit", "prevent", "stopped", "forb", "leav", "travel",
                   "restricted", "confined",
                   "abroad", "exit"),
    "passport_confiscation": ("passport", "returned", "back"),
    "death": ("died", "killed", "passed away", "death", "body", "dies", "passes away", "hanged",
              "own life", "suicide"),
}


def _own_stems(trig: Trigger) -> frozenset[str]:
    """The stems of its type that a trigger's pattern spells out (``\\s+`` read as a space):
    every match of the pattern contains one of them, so a sentence without any of them cannot
    match it (``tests/extract/test_triggers.py`` checks this on real wording)."""
    spelled = re.sub(r"\\s[+*]", " ", trig.pattern.pattern).lower()
    return frozenset(s for s in TYPE_STEMS[trig.type] if s in spelled)


TRIGGER_STEMS: tuple[tuple[Trigger, frozenset[str]], ...] = tuple(
    (t, _own_stems(t)) for t in TRIGGERS)


def active_stems(sentence: str) -> frozenset[str]:
    """The stems that occur in the sentence."""
    low = sentence.lower()
    return frozenset(s for stems in TYPE_STEMS.values() for s in stems if s in low)


def active_types(sentence: str) -> frozenset[str]:
    """Event types whose stems occur in the sentence."""
    low = sentence.lower()
    return frozenset(t for t, stems in TYPE_STEMS.items() if any(s in low for s in stems))


@lru_cache(maxsize=4096)
def live_triggers(stems: frozenset[str]) -> tuple[Trigger, ...]:
    """The triggers, in table order, that can match a sentence containing ``stems`` (the same
    few stem sets recur sentence after sentence, so the answer is kept)."""
    return tuple(t for t, own in TRIGGER_STEMS if not own.isdisjoint(stems))


# What each trigger's pattern cannot match without (``literals``): tested on the folded
# sentence after the stems, they rule out most live triggers with a few substring tests
# (a sentence with "said" wakes the speech patterns, which also need "if" and "would").
# The trigger's own cue words (``Trigger.needs``), one of which must occur too, come first.
# Also the words every match starts with, where the pattern alone is tried (``literals.scan``).
Gate = tuple[frozenset[str], ...]
_GATES: dict[int, tuple[Gate, frozenset[str] | None]] = {
    id(t): (((frozenset(t.needs),) if t.needs else ()) + required_literals(t.pattern),
            leading_literals(t.pattern)) for t in TRIGGERS}


@lru_cache(maxsize=4096)
def live_gated(stems: frozenset[str]
               ) -> tuple[tuple[Trigger, Gate, frozenset[str] | None], ...]:
    """``live_triggers`` with each trigger's literal gate and leading words."""
    return tuple((t, *_GATES[id(t)]) for t in live_triggers(stems))


def passing(stems: frozenset[str], folded: str, found: set[str] | None = None
            ) -> tuple[tuple[Trigger, frozenset[str] | None], ...]:
    """The live triggers (``live_gated``) whose gates a sentence (``folded``, its text by
    ``spans.fold``) passes, with their leading words. The gate words of all triggers are
    found in the sentence in one pass (``keywords.present``; was a substring test per word,
    over a hundred for a sentence with common stems), and which triggers pass is kept per set
    of words found (the same few sets recur). ``found``: ``words_in(folded)``, when the
    caller has it."""
    if found is None:
        found = words_in(folded)
    return _passing(stems, _gate_words(stems).intersection(found))


def words_in(folded: str) -> set[str]:
    """The gate words and leading words of all triggers that occur in a folded sentence,
    found in one pass: which triggers pass their gates, and where each can start (a trigger
    none of whose leading words occurs is not tried at all)."""
    found = present(_GATE_WORDS, folded)
    found.update([w for w in _LETTER_GATE_WORDS if w in folded])
    return found


# the gate and leading words of all triggers; single characters ("a", ",") would be
# automaton hits at most positions of a sentence, so they are tested apart
_TRIGGER_WORDS = frozenset(w for gate, leading in _GATES.values()
                           for w in (*(w for needed in gate for w in needed), *(leading or ())))
_GATE_WORDS = frozenset(w for w in _TRIGGER_WORDS if len(w) > 1)
_LETTER_GATE_WORDS = tuple(sorted(w for w in _TRIGGER_WORDS if len(w) == 1))


@lru_cache(maxsize=4096)
def _gate_words(stems: frozenset[str]) -> frozenset[str]:
    """The words the gates of the triggers live for ``stems`` test: other words found in a
    sentence change nothing, so they stay out of the key of ``_passing``."""
    return frozenset(w for _, gate, _ in live_gated(stems) for needed in gate for w in needed)


@lru_cache(maxsize=8192)
def _passing(stems: frozenset[str], held: frozenset[str]
             ) -> tuple[tuple[Trigger, frozenset[str] | None], ...]:
    return tuple((t, leading) for t, gate, leading in live_gated(stems)
                 if all(not needed.isdisjoint(held) for needed in gate))


_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


_ALL_STEMS = searched_in_documents(frozenset(s for stems in TYPE_STEMS.values() for s in stems))


class StemIndex:
    """Every stem occurrence of a document, found in one pass (``keywords``), so
    that each sentence's stems are a bisection, not ~80 substring tests per sentence.
    Only ASCII letters are lower-cased, so offsets stay those of the text. ``shared``: the
    document's keyword pass (``keywords.DocumentHits``), which holds the stems."""

    def __init__(self, text: str, shared: DocumentHits | None = None) -> None:
        low = text.lower() if text.isascii() else text.translate(_ASCII_LOWER)
        hits = occurrences(_ALL_STEMS, low, shared)
        self._hits = hits
        self._starts = [h[0] for h in hits]

    def stems(self, start: int, end: int) -> frozenset[str]:
        """Stems wholly inside ``text[start:end]``."""
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        return frozenset(s for _, e, s in self._hits[lo:hi] if e <= end)

    def types(self, start: int, end: int) -> frozenset[str]:
        """Event types with a stem wholly inside ``text[start:end]``."""
        found = self.stems(start, end)
        return frozenset(t for t, stems in TYPE_STEMS.items() if not found.isdisjoint(stems))
