"""Wordings of testimonies and of threats told as reported speech.

A first-person testimony names the victim as the object of an act whose subject is the
authorities, often as a relative with the name in apposition ("In 2018 they took my mother,
Aisha, to a camp"; "They took me to the removal centre"). Threats to people abroad come as
reported speech or phone calls that point at relatives: "warned that her parents would pay
for her words" threatens her, not her parents; "said that if I keep speaking to journalists,
my sister's conditions 'will become difficult'" threatens the narrator; a caller who says
"Think of your mother" threatens the one called. These triggers come after the main table,
so its readings keep precedence.
"""

from __future__ import annotations

from izde.extract.trigger_spec import (
    AUX,
    CAMP,
    CAMP_MOD,
    CAMP_NOT,
    CAMP_WORD,
    Trigger,
    make_trigger,
)

_KIN = (r"(?:mother|father|brother|sister|son|daughter|husband|wife|parents?|child(?:ren)?|"
        r"uncle|aunt|cousin|grand(?:mother|father|son|daughter|parents)|nephew|niece|"
        r"siblings?|family|relatives|mum|mom|dad)")
_NAME = r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}"
# a relative: "my mother", "her younger brother"
_KIN_HEAD = (r"(?:my|his|her|their|our)\s+(?:(?:elder|older|younger|little|big|eldest|"
             r"youngest|\w+-year-old)\s+)?" + _KIN)
_OBJ = r"(?:me|him|her|them|" + _NAME + r"|" + _KIN_HEAD + r")"
# where people are held before any trial, including immigration detention
_HOLDING = (r"(?:police\s+(?:station|department|headquarters)|(?:detention|removal|deportation|"
            r"holding|pre-?trial|immigration\s+detention)\s+(?:centres?|centers?|facilit(?:y|ies)|"
            r"cells?)|lock-?up|police|"
            # the security service's own building: "drove her to the GKNB building"
            r"(?:G?KNB|SCNS|NSC|security\s+service)(?:\s+(?:building|headquarters|offices?|"
            r"department))?)\b(?![^.;]{0,30}\bto\s+(?:visit|see|meet|report|file)\b)")
_CAMP_PLACE = (r"(?:an?\s+|the\s+)?" + CAMP_NOT + CAMP_MOD + r"{0,3}?(?:camps?\b|[“\"‘']?"
               + CAMP_WORD + r"[\w”\"'’\s-]{0,40}" + CAMP
               # the camp by the name in scare quotes: 'drove me to the "school"'
               + r"|[“\"‘'](?:school|study|studies|classes)[”\"’'])")
# what a threat says will befall someone
_HARM = (r"(?:would|will|could|might|['’]ll)\s+(?:[\w-]+\s+)?[“\"‘']?(?:suffer|pay|regret|"
         r"be\s+(?:harmed|hurt|punished|arrested|detained|jailed|taken|sent|in\s+danger)|face\s+"
         r"(?:consequences|problems|trouble)|have\s+(?:problems|trouble)|become\s+(?:difficult|"
         r"harder|worse)|get\s+(?:worse|harder))")
# keeping on doing what the threat means to stop
_KEEP_ON = (r"(?:kept|keep|keeps|continue[sd]?|went\s+on|go(?:es)?\s+on|(?:did|do|does)\s+not\s+"
            r"stop|(?:didn|don|doesn)['’]t\s+stop|spoke|speak|speaks|talked|talk|talks|gave|"
            r"give|gives|posted|post|posts|protest(?:s|ed)?|picket(?:s|ed)?|testif(?:y|ies|ied))\b"
            r"(?!\s+(?:quiet|silent|calm|still)\b)")
_IF = r"\s+(?:that\s+)?[“\"‘']?(?:if|unless)\s+"



def _taking(type_: str, verbs: str, rest: str) -> tuple[Trigger, Trigger]:
    """An act of the authorities with its victim as object, then ``rest`` ("to a camp",
    "away"). The object is a pronoun, a name or a relative; when a name stands in apposition
    to the relative ("took my aunt, Gulbahar Osman, to a camp") the match runs up to the name,
    so that the name, not the relative word, is what the trigger's object is."""
    apposed = make_trigger(type_, "after", r"\b(?:" + verbs + r")\s+" + _KIN_HEAD
                           + r"\s*,\s*(?=" + _NAME + r"\s*,\s*" + rest + ")")
    plain = make_trigger(type_, "after", r"\b(?:" + verbs + r")\b(?=\s+" + _OBJ + _AND_OBJ
                         + r"\s+" + rest + ")")
    return apposed, plain


# a second person taken with the first: "took Sagynbekkyzy and another protester, Zere
# Tilepbergenkyzy, to the district police department"
_AND_OBJ = (r"(?:\s*,?\s+and\s+(?:(?:an?|another|the|his|her|their)\s+(?:[\w-]+\s+)?[\w-]+\s*,"
            r"\s*)?" + _OBJ + r"\s*,?)?")


TESTIMONY_TRIGGERS: tuple[Trigger, ...] = (
    # "they took my mother, Aisha Kerim, to a camp in Ghulja"
    *_taking("internment", r"took|take|takes|taking|sent|send|sends|held|kept|put|placed|drove|"
             r"brought",
             r"(?:away\s+)?(?:in|into|to|at)\s+" + _CAMP_PLACE),
    # "they took me to the removal centre", "took him away to the police station"
    *_taking("detention", r"took|take|takes|taking|brought|drove|dragged",
             r"(?:away\s+)?to\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?" + _HOLDING),
    # "they took my mother, Aisha Kerim, away"
    *_taking("detention", r"took|take|takes|taking", r"away\b"),
    # "away" first: "police in Mongolkure took away her younger sister, Tolkyn"
    make_trigger("detention", "after", r"\b(?:police|officers|agents|officials|they|guards|"
                 r"soldiers)\b[^.;]{0,40}?\b(?:took|take|takes|taking)\s+away\s+" + _KIN_HEAD
                 + r"\s*,\s*(?=" + _NAME + r"\b)", needs=("away",)),
    make_trigger("detention", "after", r"\b(?:police|officers|agents|officials|they|guards|"
                 r"soldiers)\b[^.;]{0,40}?\b(?:took|take|takes|taking)\s+away\b(?=\s+(?:him|"
                 r"her|them|me|" + _NAME + r")\b)", needs=("away",)),
    # "they put me in a cell", "threw my brother into a basement cell"
    *_taking("detention", r"put|puts|threw|throw|locked|kept|held|placed",
             r"(?:up\s+)?in(?:to)?\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?cells?\b"),
    # "They came for me on the morning of 9 January 2018": the authorities' coming for someone
    # is an arrest (a friend "came for me at the airport" has no such subject)
    make_trigger("detention", "after", r"\b(?:they|police|policemen|officers|agents|officials|"
                 r"soldiers|guards)\s+(?:had\s+|finally\s+|then\s+|eventually\s+|first\s+)?"
                 r"(?:came|come|comes)\s+for\b(?=\s+(?:" + _OBJ + r"|the\s+(?:two|three|four|five|"
                 r"six)\s+(?:men|women)|the\s+(?:men|women))\b)", needs=("came for",
                                                                               "come for",
                                                                               "comes for")),
    # "is locked in Tuzla removal centre", "was held at the police station"
    make_trigger("detention", "before", AUX + r"(?:locked|kept|held)\s+(?:up\s+)?(?:in|at)\s+"
                 r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?" + _HOLDING),
    # "police came to her flat on 24 July and took her": the authorities came for someone
    # ("officers came to the family home on Aug. 11 and drove his mother, X, to the county
    # seat")
    make_trigger("detention", "after", r"\b(?:police|policemen|officers|agents|they)\s+came\s+"
                 r"(?:to|for)\b(?:[^.;]|\.(?=\s+\d)){0,80}?\band\s+(?:took|drove|led|dragged|"
                 r"carried)\b(?=\s+"
                 r"(?:(?:me|him|her|them)\b|" + _KIN_HEAD + r"\s*,\s*" + _NAME + r"|" + _NAME
                 + r")(?!\s+to\s+(?:school|hospital|the\s+(?:doctor|hospital|airport))))",
                 needs=("came",)),
    # "he was taken to the police station", "was taken to a detention centre"
    # ("were taken from the same spot to the police")
    make_trigger("detention", "before", AUX + r"taken\s+(?:(?:away|instead|then|later|directly|"
                 r"straight)\s+)?(?:from\s+(?:the|a|an|his|her|their|my|our)\s+(?:[\w-]+\s+)"
                 r"{0,2}?(?:spot|street|square|place|pavement|sidewalk|building|consulate|embassy|"
                 r"market|bazaar|airport|station|border|crossing|checkpoint|courthouse)\s+)?"
                 r"to\s+(?:an?\s+|the\s+)?"
                 r"(?:[\w-]+\s+){0,2}?" + _HOLDING),
    # a second participle sharing the auxiliary: "had been tried in 2019 and given a heavy
    # sentence" (a penalty must follow)
    make_trigger("sentencing", "before", r"\band\s+(?:(?:later|then|eventually)\s+)?(?:given|"
                 r"handed)\b(?=\s+(?:down\s+)?(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:sentences?|"
                 r"(?:prison\s+)?terms?|years?|life\s+(?:sentence|imprisonment|in\s+prison)|"
                 r"death\s+sentence)\b)"),
    # a second participle sharing the auxiliary, after the first one's details: "was detained
    # by Egyptian police in Cairo on 5 July 2017 and deported to China later that month", "and
    # put on a plane to China" (a destination must follow)
    make_trigger("deportation", "before", r"\band\s+(?:(?:later|then|eventually|subsequently)"
                 r"\s+)?(?:deported|extradited|expelled|forcibly\s+returned|sent\s+back|flown|"
                 r"put\s+on\s+an?\s+(?:plane|flight))(?=\s+(?:back\s+)?to\s+(?:China|Xinjiang|"
                 r"Urumqi|Kashgar|Beijing|Kazakhstan|Kyrgyzstan|Uzbekistan|Tajikistan)\b)"),
    # the camp after the arrest's details: "was taken from her classroom in October 2017 by two
    # police officers ..., and held for more than two years in a camp"
    make_trigger("internment", "before", r",?\s+and\s+(?:then\s+|later\s+)?(?:held|kept|"
                 r"locked\s+up|detained)\s+(?:for\s+(?:about\s+|nearly\s+|over\s+|almost\s+|"
                 r"more\s+than\s+)?(?:[\w-]+\s+){1,2}?(?:days?|weeks?|months?|years?)\s+)?"
                 r"(?:in|at)\s+" + _CAMP_PLACE),
    # a threat through one's relatives: "warned that her parents would 'pay for her words'"
    make_trigger("threat", "owner", r"\b(?:warned|threatened)(?:\s+(?:me|him|her|them))?\s+"
                 r"that\s+(?P<who>my|his|her|their)\s+(?:[\w-]+\s+)?" + _KIN
                 + r"(?:['’]s?\s+[\w-]+)?\b(?=[^.;]{0,60}?\b" + _HARM + ")", negative=True),
    # a conditional threat: "said that if I keep speaking to journalists, my sister's
    # conditions 'will become difficult'"; for "he" or "she" the speaker must be another
    # ("warned"), as "she said that if she spoke ..." may tell her own fear
    make_trigger("threat", "owner", r"\b(?:said|says|told\s+(?:me|him|her|them)|warned(?:\s+"
                 r"(?:me|him|her|them))?|threatened)" + _IF + r"(?P<who>(?-i:I)|you)\s+"
                 + _KEEP_ON + r"(?=[^.;]{0,120}?\b(?:would|will|['’]ll)\b)", negative=True,
                 needs=("if ", "unless ")),
    # the same with a harm that only "could" or "might" come: "said that if I keep posting, my
    # uncle's sentence 'could get longer'" (a speaker's own "I could" is no threat)
    make_trigger("threat", "owner", r"\b(?:said|says|told\s+(?:me|him|her|them)|warned(?:\s+"
                 r"(?:me|him|her|them))?|threatened)" + _IF + r"(?P<who>(?-i:I)|you)\s+"
                 + _KEEP_ON + r"(?=[^.;]{0,120}?\b(?!I\s)\w+(?:['’]s\s+\w+)?\s+[“\"‘']?(?:could|"
                 r"might)\b)", negative=True, needs=("if ", "unless ")),
    make_trigger("threat", "owner", r"\b(?:told\s+(?:me|him|her|them)|warned(?:\s+(?:me|him|her|"
                 r"them))?|threatened)" + _IF + r"(?P<who>he|she|they)\s+" + _KEEP_ON
                 + r"(?=[^.;]{0,120}?\b(?:would|will|['’]ll)\b)", negative=True,
                 needs=("if ", "unless ")),
    # the condition told last, whatever is promised: "told her ... that 'your husband will not
    # live to come out' if she kept giving interviews", "warned him his brother 'will never
    # come home' unless he stopped talking"
    # (the one conditioned is the one told, or the relative whose protests the one told is
    # answerable for: "told her that her father 'will never come out' if her mother continued
    # 'going to the consulate'"; "told her to tell me that if I keep talking" is a message for
    # another; told in the words said: "They told him: if your son does not stop, you will go
    # back to study")
    # (not a promise of joy: "told her that her husband would be happy if she kept speaking")
    make_trigger("threat", "after", r"\b(?:warned|told)\b(?![^.;]{0,160}?\b(?:happy|proud|"
                 r"pleased|glad|grateful)\b)(?=\s+(?:" + "|".join(
        hearer + r"\s[^.;]{0,160}?\b(?:if|unless)\s+(?:" + subject + r"|(?:" + owner + r"|your)\s+"
        + _KIN + ")"
        for hearer, subject, owner in (("him", "he", "his"), ("her", "she", "her"),
                                       ("them", "they", "their"), ("me", "(?-i:I)", "my"),
                                       (_NAME, "he|she", "his|her")))
                 + r")\s+[“\"‘']?(?:ever\s+|again\s+)?(?:" + _KEEP_ON + r"|stopped|stops))",
                 needs=("if", "unless")),
    # the same with "could" or "might": told by another, the harm is a threat
    make_trigger("threat", "owner", r"\b(?:told\s+(?:me|him|her|them)|warned(?:\s+(?:me|him|her|"
                 r"them))?|threatened)" + _IF + r"(?P<who>he|she|they)\s+" + _KEEP_ON
                 + r"(?=[^.;]{0,120}?\b(?:could|might)\b)", negative=True,
                 needs=("if ", "unless ")),
    # prosecution of the one who goes on, in the authorities' words: "They said that if I
    # continued, I could be charged with inciting discord myself" (the speaker's own "I could"
    # above is a fear; here "they" say it)
    make_trigger("threat", "owner", r"\b(?:they|police(?:m[ae]n)?|officers?|officials?|"
                 r"authorities|agents?|investigators?)\s+(?:had\s+)?(?:said|told\s+(?:me|him|"
                 r"her|them)|warned(?:\s+(?:me|him|her|them))?)" + _IF
                 + r"(?P<who>(?-i:I)|he|she|they)\s+" + _KEEP_ON + r"(?=[^.;]{0,80}?\b(?:I|he|she|"
                 r"they)\s+(?:could|might|would|will)\s+(?:[\w-]+\s+)?be\s+(?:charged|arrested|"
                 r"jailed|detained|prosecuted|punished|deported|imprisoned|fined)\b)",
                 negative=True, needs=("if ",)),
    # a warning of prosecution by the authorities (a lawyer's is advice): "police told him he
    # could be charged", "officers warned her to stop filming or face charges"
    make_trigger("threat", "after", r"\b(?:police(?:m[ae]n)?|officers?|officials?|authorities|"
                 r"investigators?|agents?|prosecutors?)\b[^.;,]{0,40}?\b(?:warned|told)\b"
                 r"(?=\s[^.;]{0,90}?\b(?:would|will|"
                 r"could|might|or)\s+(?:(?:else|otherwise)\s+)?(?:be\s+(?:charged|fined|"
                 r"prosecuted|put\s+on\s+trial)|face\s+(?:criminal\s+)?(?:charges|prosecution|"
                 r"arrest|a\s+(?:criminal\s+)?case|a\s+fine|jail|prison)))",
                 needs=("charge", "fine", "prosecut", "trial", "arrest", "case", "jail", "prison")),
    # an order with a harm if it is not obeyed, from the authorities: "officers told my mother
    # that I should stop, or my uncle will suffer"
    make_trigger("threat", "owner", r"\b(?:police(?:m[ae]n)?|officers?|officials?|authorities|"
                 r"agents?|security\s+services)\b[^.;,]{0,40}?\b(?:told|warned)\s+(?:[\w'’-]+\s+)"
                 r"{0,2}?that\s+(?P<who>(?-i:I)|you|he|she|they)\s+(?:should|must|had\s+to|has\s+to|"
                 r"have\s+to|needed\s+to|needs\s+to)\s+stop\b(?=[^.;]{0,80}?\bor\s+(?:else\s+)?"
                 r"[^.;]{0,60}?\b(?:would|will|could|might|['’]ll)\b)", negative=True,
                 needs=("stop",)),
    # pressure at work or home: "his wife was questioned at her workplace about his videos"
    make_trigger("harassment", "before", AUX + r"questioned\b(?=\s+(?:at|in)\s+(?:his|her|their|"
                 r"my|the)\s+(?:[\w-]+\s+)?(?:workplace|work|office|school|university|home|house|"
                 r"flat|apartment|shop|job)\b[^.;]{0,30}?\b(?:about|over)\s+(?:(?:his|her|their|"
                 r"my|the)\s+)?(?:[\w'’-]+\s+){0,2}?(?:videos?|posts?|blogs?|activism|activities|"
                 r"interviews?|protests?|pickets?|statements?|petitions?|campaign|testimony|"
                 r"contacts?|trips?\s+abroad|religion|prayers?|" + _KIN + r")\b)"),
    # a caller pointing at the family: "Think of your mother.", "We know where your parents
    # live." (only where the authorities are the speakers: see ``events``)
    make_trigger("threat", "addressee", r"\b(?:think\s+(?:of|about)|remember|consider)\s+your\s+"
                 r"(?:(?:old|elderly|sick|aged|poor)\s+)?" + _KIN + r"\b|\bwe\s+know\s+where\s+"
                 r"your\s+" + _KIN + r"\s+(?:lives?|is|are)\b|\bwe\s+know\s+(?:which|what)\s+"
                 r"school\s+your\s+" + _KIN + r"\s+(?:goes|go|attends?)\b|\byour\s+" + _KIN
                 # ("Your mother and your brother are still here. Remember that")
                 + r"(?:\s+and\s+your\s+" + _KIN + r")?\s+(?:is|are)\s+(?:(?:still\s+)?(?:in\s+"
                 r"(?:China|Xinjiang)|here\s+with\s+us|in\s+our\s+hands)|still\s+(?:here|with\s+"
                 r"us))\b"
                 r"|\byour\s+" + _KIN + r"(?:['’]s)?\s+[“\"‘']?(?:situation|fate|safety|future|"
                 r"life|health|well-?being)[”\"’']?\s+(?:depends|will\s+depend)\s+on\s+(?:you|"
                 r"your)\b",
                 needs=("your",)),
    # the formulas of a veiled threat, said by the authorities to the one addressed: "Your
    # brother's future is in your hands", "We know where everyone is", "you will not see him
    # again", "He will answer for every word you say", "Think about what will happen to your
    # family"
    make_trigger("threat", "addressee", r"\byour\s+(?:[\w-]+\s+)?" + _KIN + r"['’]s?\s+(?:future|"
                 r"fate|life|release|sentence|term)\s+(?:is|lies|rests)\s+in\s+your\s+hands\b"
                 r"|\bwe\s+know\s+where\s+(?:everyone|every\s+one\s+of\s+you|all\s+of\s+you|"
                 r"your\s+(?:family|relatives|children))\s+(?:is|are|lives?)\b"
                 r"|\byou\s+(?:will|would|['’]ll)\s+(?:never|not)\s+see\s+(?:him|her|them|your\s+"
                 r"(?:[\w-]+\s+)?" + _KIN + r")\s+(?:again|alive)\b"
                 r"|\byour\s+(?:[\w-]+\s+)?" + _KIN + r"\s+(?:will|would|['’]ll)\s+(?:never|not)\s+"
                 r"see\s+you\s+(?:again|alive)\b"
                 r"|\b(?:will|would|['’]ll)\s+answer\s+for\s+(?:every|each)\s+word\s+you\b"
                 r"|\bthink\s+(?:about|of)\s+what\s+(?:will|could|might|would)\s+happen\s+to\s+"
                 r"your\s+(?:[\w-]+\s+)?" + _KIN + r"\b",
                 needs=("your", "you"), asserted=True),
    # the relative's fate put in the hands of the one addressed: "Whether she stays fine
    # depends on you", "will decide whether your father comes back in a coffin or on his feet"
    make_trigger("threat", "addressee", r"\bwhether\s+(?:he|she|they|your\s+(?:[\w-]+\s+)?"
                 + _KIN + r")\s+(?:stays?|remains?|keeps?|comes?\s+(?:home|back)|lives?|survives?|"
                 r"is|are|gets?\s+out)\b[^.;!?]{0,40}?\b(?:depends|will\s+depend)\s+on\s+"
                 r"(?:you|your)\b", needs=("whether",), asserted=True),
    make_trigger("threat", "addressee", r"\b(?:decides?|determines?)\s+whether\s+your\s+"
                 r"(?:[\w-]+\s+)?" + _KIN + r"\s+(?:comes?\s+(?:home|back)|lives?|survives?|"
                 r"stays?|is\s+released|gets?\s+out|returns?)\b", needs=("whether",),
                 asserted=True),
    # the same told of by the one it was aimed at: "He said my brother's situation depends on
    # my behaviour"
    # ("warned that her father's 'situation in prison depends on your behavior'": hers, whose
    # father it is)
    # ("He told Ms. Shireli that her father's 'attitude in prison' depended on her 'attitude
    # abroad'")
    make_trigger("threat", "owner", r"\b(?:said|says|told\s+(?:me|him|her|them|(?:(?:Mr|Ms|Mrs|Dr)"
                 r"\.?\s+)?" + _NAME + r")|warned|warning)\s+"
                 r"(?:(?:me|him|her|them)\s+)?(?:that\s+)?[“\"‘']?(?P<who>my|his|her|their)\s+"
                 r"(?:[\w-]+\s+)?" + _KIN + r"(?:['’]s?)?\s+[“\"‘']?(?:[\w-]+\s+)?"
                 r"(?:situation|fate|safety|future|attitude|treatment|conditions|"
                 r"life|health|case|release|sentence)[”\"’']?(?:\s+[\w”\"’'-]+){0,3}?\s+(?:depends|"
                 r"depended|would\s+depend|will\s+depend)\s+on\s+(?:(?:my|his|her|their|your)\s+"
                 # ("my mother's 'good situation' depended on my 'correct attitude'")
                 r"[“\"‘']?(?:[\w-]+\s+)?(?:behaviou?r|actions|conduct|silence|words|activities|"
                 # or on the one told, as the speaker put it: "told her that 'her brother's
                 # future depends on you'"
                 r"attitude)|you)\b", needs=("depend",)),
    # a relative's lot that will not get better while the one told goes on: "an officer told
    # me on WeChat that my parents' situation 'would not improve' if I stayed abroad"
    make_trigger("threat", "owner", r"\b(?:told|warned)\s+(?:me|him|her|them)\s+(?:[\w-]+\s+){0,3}?"
                 r"that\s+(?P<who>my|his|her|their)\s+(?:[\w-]+\s+)?" + _KIN + r"(?:['’]s?)?\s+"
                 r"[“\"‘']?(?:situation|fate|case|conditions?|treatment|sentence|life|health|"
                 r"safety)[”\"’']?\s+[“\"‘']?(?:would|will|could|might)\s+(?:not\s+improve|get\s+"
                 r"worse|worsen|deteriorate|become\s+(?:worse|harder|difficult))\b",
                 negative=True),
    # a condition passed on through a relative: "They told her to tell me that if I keep
    # talking, I should not expect to see her again" (the one to be told is the one warned)
    make_trigger("threat", "owner", r"\b(?:told|asked|instructed|ordered|made)\s+(?:him|her|them|"
                 r"(?:my|his|her|their)\s+[\w-]+)\s+to\s+(?:tell|warn|remind)\s+(?P<who>me|him|"
                 r"her|them)\s+(?:that\s+)?(?:if|unless)\b", needs=("if", "unless"),
                 asserted=True),
    # a veiled warning relayed: "a man called her and told her to 'think about the children'
    # if she kept talking to foreign media"
    # ("telling him to stop giving interviews and to 'think about' his younger sister")
    make_trigger("threat", "after", r"\b(?:told|warned|advised|telling|warning)\b(?=\s+(?:him|her|"
                 r"them|me|" + _NAME + r")\s+to\s+(?:[^.;]{0,60}?\s+and\s+to\s+)?[“\"‘']?"
                 r"(?:think|remember)\s+(?:of|about)[”\"’']?\s+(?:the|your|his|her|"
                 r"their|my)\s+(?:[\w-]+\s+)?" + _KIN + r"\b)", needs=("think", "remember")),
    # the same asked in a call: "police had called him twice more ... to demand that he 'think
    # about his mother'"
    make_trigger("threat", "after", r"\b(?:called|phoned|rang|messaged|contacted|visited)\b(?=\s+"
                 r"(?:him|her|them|me|" + _NAME + r")\s[^.;]{0,80}?\bto\s+(?:demand|ask|tell|"
                 r"insist|urge|remind)\s+(?:that\s+)?(?:him|her|them|me|he|she|they|I)\s+(?:to\s+|should\s+)?"
                 r"[“\"‘']?(?:think|remember)\s+(?:of|about)\s+(?:the|your|his|her|their|my)\s+"
                 r"(?:[\w-]+\s+)?" + _KIN + r"\b)", needs=("think", "remember")),
    # silence asked "for the sake of" the family: 'a GKNB officer phoned him and "advised" him
    # not to talk to journalists "for the sake of your relatives on the other side"'
    make_trigger("threat", "after", r"\b(?:told|warned|advised|urged|asked)\b[”\"’']?(?=\s+(?:him|"
                 r"her|them|me|" + _NAME + r")\s+not\s+to\s+(?:talk|speak|give|post|write|say|tell|"
                 r"protest|complain|contact|meet|go|make|publish|share)\b[^.;]{0,80}?\bfor\s+the\s+"
                 r"sake\s+of\s+"
                 r"(?:your|his|her|their|my)\s+(?:[\w-]+\s+)?" + _KIN + r"\b)", needs=("sake",)),
    # a relative's health as the price of silence, relayed: "told him not to 'make noise'
    # abroad if he wanted his mother to 'stay healthy'"
    make_trigger("threat", "after", r"\b(?:told|warned|advised)\b(?=\s+(?:him|her|them|me|" + _NAME
                 + r")\s[^.;]{0,80}?\bif\s+(?:he|she|they|I|you)\s+(?:wanted|wants|want)\s+"
                 r"(?:his|her|their|my|your)\s+(?:[\w-]+\s+)?" + _KIN + r"\s+to\s+[“\"‘']?(?:stay|"
                 r"be|remain|keep)\s+(?:healthy|safe|alive|well|free|fine|out\s+of\s+trouble)\b)",
                 needs=("wanted", "wants", "want")),
    # an ultimatum put to the one addressed: "stop the channel, or you will 'sit'", "or else
    # you will go to prison"
    make_trigger("threat", "addressee", r"\bor\s+(?:else\s+)?you\s+(?:will|['’]ll)\s+(?:be\s+"
                 r"(?:arrested|jailed|imprisoned|detained|punished|deported|sent\s+back)|go\s+to\s+"
                 r"(?:prison|jail)|[“\"‘']?sit\b|have\s+(?:problems|trouble)|regret)",
                 needs=("you",), asserted=True),  # its "will" and "stop" are the threat's own
    # the family as the price of going on: "If you keep talking to foreign reporters, your
    # mother will have problems", "Stay home and be quiet, or your brother's nine years will
    # become twenty", "Otherwise your father will not see you again"
    # (or the condition put on another, the price on the one spoken to: "If she continues,
    # your son will go back to study")
    make_trigger("threat", "addressee", r"\bif\s+(?:you|he|she|they)\s+(?:keep|keeps|continue|"
                 r"continues|go\s+on|goes\s+on|carry\s+on|carries\s+on|"
                 r"do\s+not\s+stop|don['’]t\s+stop|does\s+not\s+stop|doesn['’]t\s+stop|go\s+to|"
                 r"talk|speak|write|post|give|complain|"
                 r"testify|protest|contact)\b[^.;!?]{0,80}?,\s*your\s+(?:[\w-]+\s+)?"
                 + _KIN + r"(?:['’]s\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:will|['’]ll|would)\b"
                 r"|\b(?:or\s+(?:else\s+)?|otherwise,?\s+)your\s+(?:[\w-]+\s+)?" + _KIN
                 + r"(?:['’]s\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:will|['’]ll|would)\b",
                 needs=("your",), asserted=True),
    # the same with the relative as a pronoun, the harm named: "If you keep making your
    # videos, she will have problems", "If you keep going to these protests, he will stay
    # inside until he dies"
    make_trigger("threat", "addressee", r"\bif\s+you\s+(?:keep|continue|go\s+on|carry\s+on|"
                 r"do\s+not\s+stop|don['’]t\s+stop)\b[^.;!?]{0,80}?,\s*(?:he|she|they)\s+(?:will|"
                 r"['’]ll|would)\s+(?:have\s+(?:problems|trouble|difficulties)|suffer|regret|be\s+"
                 r"(?:punished|arrested|detained|sent|taken|jailed|harmed|hurt)|stay\s+(?:inside|"
                 r"there|behind\s+bars|in\s+(?:prison|jail))|(?:never|not)\s+(?:come|get)\s+out|"
                 r"die\s+(?:there|inside|in\s+(?:prison|jail)))\b",
                 needs=("if you",), asserted=True),
    # the relative's return as the price of silence: "If you want him to come home one day,
    # stop giving interviews."
    # ("If you want to see him alive, stop posting videos.")
    make_trigger("threat", "addressee", r"\bif\s+you\s+want\s+(?:(?:him|her|them|your\s+"
                 r"(?:[\w-]+\s+)?" + _KIN + r")\s+to\s+(?:come\s+(?:home|back)|be\s+(?:released|"
                 r"freed|free|safe|fine|okay|ok|well)|return|live|stay\s+(?:safe|alive|well))|to\s+see\s+(?:him|"
                 r"her|them|your\s+(?:[\w-]+\s+)?" + _KIN + r")\s+(?:alive|again|free|home|one\s+"
                 r"day))\b[^.;!?]{0,60}?,\s*"
                 r"(?:stop|quit|don['’]t|do\s+not|delete|keep\s+quiet|be\s+quiet|stay\s+silent)\b"
                 # the order first: "Keep quiet if you want him to live through them."
                 r"|\b(?:keep|be|stay)\s+(?:quiet|silent)\s+if\s+you\s+want\s+(?:him|her|them|"
                 r"your\s+(?:[\w-]+\s+)?" + _KIN + r")\s+to\s+(?:come\s+(?:home|back)|be\s+"
                 r"(?:released|freed|free|safe|fine|okay|ok|well)|return|live|survive|stay\s+"
                 r"(?:safe|alive|well))\b",
                 needs=("if you",), asserted=True),
    # the family as the price of refusing, told as advice: "If you don't, think about your
    # mother.", "Otherwise, remember your brother", "Think about who will look after her."
    # (the condition is the threat's form, not a hypothetical)
    # ... or of going on: "If you talk to them, remember your grandfather is still here."
    make_trigger("threat", "addressee", r"(?:\bif\s+you\s+(?:don['’]t|do\s+not|won['’]t|will\s+"
                 r"not|refuse|keep|continue|go\s+on|carry\s+on|talk|speak|write|post|give|"
                 r"complain|testify|protest|contact|meet)\b[^.;!?]{0,40}?,|\botherwise,?)\s*"
                 r"(?:think\s+(?:about|of)|"
                 r"remember)\s+(?:your\s+(?:[\w-]+\s+)?" + _KIN + r"\b|what\s+(?:will|could|might)"
                 r"\s+happen)|\bthink\s+(?:about|of)\s+who\s+(?:will|would|is\s+going\s+to)\s+"
                 r"(?:look\s+after|take\s+care\s+of|care\s+for|feed|bury|visit)\s+(?:her|him|them|"
                 r"your\s+(?:[\w-]+\s+)?" + _KIN + r")\b",
                 needs=("think", "remember"), asserted=True),
    # a beating promised worse: "Your nose has healed. Next time it will be your head.",
    # "Next time we will break your legs"
    # ("Next time it will be worse": a warning of what comes)
    make_trigger("threat", "addressee", r"\bnext\s+time\s+(?:it\s+(?:will|['’]ll)\s+be\s+(?:worse|"
                 r"harder|different|much\s+worse|far\s+worse)\b|it\s+(?:will|['’]ll)\s+be\s+your\s+"
                 r"(?:head|neck|life|legs?|arms?|hands?|eyes?|skull|bones|family|children|"
                 r"" + _KIN + r")\b|(?:we|they|I)\s+(?:will|['’]ll)\s+(?:kill|break|cut|finish|"
                 r"bury|shoot|cripple)\s+(?:you|your)\b|you\s+(?:will|['’]ll)\s+(?:not\s+walk|"
                 r"not\s+get\s+up|not\s+survive|die|disappear|end\s+up\s+in\s+(?:hospital|the\s+"
                 r"hospital|a\s+grave|prison|jail)))",
                 needs=("next time",), asserted=True),
    # harm to the family spoken of as a pity or a price: "It would be a pity if something
    # happened to it", "If he keeps talking, it will be bad for you", "if he does not, his
    # father will answer for it", "Don't make her suffer because of you"
    make_trigger("threat", "addressee", r"\bit\s+would\s+be\s+a\s+(?:pity|shame)\s+if\s+"
                 r"(?:something|anything)\s+(?:happened|happens|were\s+to\s+happen)\s+to\b"
                 r"|\bit\s+(?:will|would|['’]ll)\s+be\s+(?:very\s+)?(?:bad|worse|difficult|hard)\s+"
                 r"for\s+you(?:r\s+(?:[\w-]+\s+)?" + _KIN + r")?\b"
                 r"|\b(?:your|his|her)\s+(?:[\w-]+\s+)?" + _KIN + r"\s+(?:(?:in|at)\s+(?:China|"
                 # ("her sister in China would "answer" for her son's statements")
                 r"Xinjiang|home)\s+)?(?:will|would|['’]ll)\s+[“\"‘']?answer[”\"’']?\s+for\s+"
                 r"(?:it|this|that|your|his|her)\b"
                 r"|\bdon['’]t\s+make\s+(?:her|him|them|your\s+(?:[\w-]+\s+)?" + _KIN
                 + r")\s+suffer\b",
                 needs=("pity", "shame", "bad", "worse", "difficult", "hard", "answer",
                        "suffer"), asserted=True),
    # the same told of: "warned that her mother would 'suffer because of' her" (after an
    # appeal, "urged her to return and warned that ...", which is no hypothetical here: only
    # a negation right before the verb undoes it)
    make_trigger("threat", "owner", r"(?<!nobody\s)(?<!no\sone\s)(?<!never\s)(?<!not\s)"
                 r"(?<!n't\s)(?<!n’t\s)\b(?:warned|warning)\s+(?:(?:him|her|them|me)\s+)?that\s+"
                 r"(?P<who>his|her|their|my)\s+(?:[\w-]+\s+)?" + _KIN + r"\s+(?:would|will|"
                 r"could|might)\s+[“\"‘']?(?:suffer|pay|be\s+punished|be\s+harmed|face\s+"
                 r"consequences|answer\s+for)\b", needs=("warn",), asserted=True),
    # the relative's fate told to the one who speaks out, on a condition: "told her that her
    # husband 'would not come out for a long time' if she kept speaking to journalists"
    make_trigger("threat", "owner", r"\b(?:told|warned)\s+(?P<who>him|her|them|me)\s+that\s+"
                 r"(?:his|her|their|my)\s+(?:[\w-]+\s+)?" + _KIN + r"\s+[“\"‘']?(?:would|will|"
                 r"could|might)\s+(?:not|never|suffer|pay|die|stay|remain|face|be\s+(?:punished|"
                 r"harmed|hurt|arrested|detained|sentenced|sent|taken|kept|held|moved)|have\s+"
                 r"(?:problems|trouble)|get\s+(?:a\s+)?(?:longer|more|worse))\b[^.;]{0,80}?\bif\s+"
                 r"(?:he|she|they|I)\s+(?:kept|continued|went\s+"
                 r"on|did\s+not\s+stop|didn['’]t\s+stop|spoke|talked|gave|posted)\b",
                 needs=("if",), asserted=True),
    # silence asked in the name of a relative's love: "If you love your sister, keep quiet",
    # "If you care about your parents, stop posting"
    make_trigger("threat", "addressee", r"\bif\s+you\s+(?:love|care\s+(?:about|for)|want\s+to\s+"
                 r"(?:help|see|protect))\s+your\s+(?:[\w-]+\s+)?" + _KIN + r"\b[^.;!?]{0,30}?,\s*"
                 r"(?:(?:keep|be|stay)\s+(?:quiet|silent)|shut\s+up|stop|don['’]t|do\s+not|delete|"
                 r"come\s+back|return)\b", needs=("if you",), asserted=True),
    # a relative's health set against speaking: "You have a mother in Qitai. She is old. Think
    # about her health before you give your next interview."
    make_trigger("threat", "addressee", r"\bthink\s+(?:about|of)\s+(?:his|her|their)\s+(?:health|"
                 r"safety|life|future|well-?being)\s+(?:before|if|when)\s+you\s+",
                 needs=("think",), asserted=True),
    # a ban announced to the one addressed: "you cannot fly, you have a restriction on leaving
    # the country"
    make_trigger("travel_ban", "addressee", r"\byou\s+(?:cannot|can['’]t|can\s+not|may\s+not|are\s+"
                 r"not\s+allowed\s+to)\s+(?:fly|leave\s+the\s+country|travel\s+abroad|go\s+"
                 r"abroad|cross\s+the\s+border)\b|\byou\s+(?:have|are\s+under)\s+(?:an?\s+)?"
                 r"(?:restriction|ban)\s+on\s+(?:leaving|travel(?:l)?ing|exit)\b",
                 needs=("you",)),
)
