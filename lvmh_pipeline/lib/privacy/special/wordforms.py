"""Medical word formation: HEALTH words that no list can enumerate, matched on folded text.

- :data:`MEDICAL_WORD` — a word built on an inflammation, removal or paralysis suffix names a
  condition or an operation ("Divertikulitis", "cholecystectomy", "gastrite", "tonzillэктомия");
- :data:`CONDITION_WORD` — a chronic condition's stem with the ending that makes a person or an
  adjective of it, in every language: "-ic/-iac" ("arthritic", "haemophiliac", "narcoleptic"),
  "-iker/-ikerin" ("Hypertoniker", "Migränikerin"), "-ique/-euse" ("arthrosique", "migraineuse"),
  "-ico/-ica/-iaco" ("artritico", "talasemica", "emofiliaco"), "-icus/-isch" (Dutch), "-ик/-ичка"
  (Russian "гипертоник", "эпилептичка"); and the condition nouns on "-osis/-ose/-osi", "-pathy",
  "-algia" after a medical stem ("arthrose", "osteoporosis", "neuropathie", "lombalgia").
  "Allergiker" is not here: allergies are another component's;
- :data:`BODY_TROUBLE` — a body part with its pain, problem or operation ("Knieprobleme",
  "rugpijn", "mal de dos", "dolor de espalda", "dor nas costas", "knee pain", "bad back");
- :data:`PRAYER_WORD` — Dutch and German compounds on prayer ("vrijdagmiddaggebed",
  "Freitagsgebet", "gebedsdienst", "Gebetsteppich"): RELIGION.
"""

from __future__ import annotations

import re

__all__ = ["BODY_TROUBLE", "CONDITION_WORD", "MEDICAL_WORD", "PRAYER_WORD", "medical_words", "prayer_words"]

# Inflammation, removal, paralysis; the Romance "-ite" is only taken after an organ stem (a bare
# "-ite" ending is "petite", "suite", "favorite"); Dutch and German compounds on inflammation,
# disease, cancer, patients and operations ("blaasontsteking", "Herzerkrankung", "longkanker",
# "Brustkrebspatientin", "staaroperatie", "Nierenleiden").
MEDICAL_WORD = re.compile(
    r"(?<![^\W_])(?!rhin|rin)(?:"  # allergic rhinitis is an allergy, not an Art. 9 condition
    r"[^\W\d_]{3,}itis"
    r"|[^\W\d_]{2,}(?:ectom|ektom|эктом)[^\W\d_]*"
    r"|[^\W\d_]{3,}(?:ontsteking|ontstekingen|entzundung|entzundungen|erkrankung|erkrankungen|kanker)"
    r"|[^\W\d_]{3,}(?:patient|patientin|patienten|patientinnen|patiente)"
    r"|[^\W\d_]{3,}(?<![kc]o)(?:operatie|operaties|operation|operationen)"  # not "Kooperation"
    r"|(?:nieren|herz|rucken|magen|darm|gallen|lungen|leber|haut|augen|gelenk|venen|nerven)leiden"
    r"|[^\W\d_]{2,}(?:plegi|plegic|plegik|плеги|плегик)[^\W\d_]*"
    r"|(?:poly|poli)?(?:gastr|arthr|artr|col|bronch|h?epat|sinus|tendin|ot|c[iy]st|pancreat|ap?pendic|mening|conjonctiv|"
    r"congiuntiv|conjuntiv|lar[iy]ng|phar[iy]ng|far[iy]ng|g[ei]ngiv|nephr|nefr|encephal|encefal|prostat|spond[iy]l|"
    r"diverticul|periton|pleur|m[iy]ocard|pericard|endocard|vascul|labyrinth|labirint|thyroid|tiroid|"
    r"duoden|burs|uve|cheil|stomat|esofag|oesophag|fasc|epicond[iy]l)(?:ite|ites|iti|itida|itidas)"
    r"|(?:гастр|бронх|синус|гаймор|от|цист|панкреат|аппендиц|менинг|конъюнктив|ларинг|фаринг|гингив|нефр|"
    r"простат|тонзилл|тендин|бурс|энцефал|миокард|перикард|эзофаг|стомат|пиелонефр|холецист|дивертикул|васкул)"
    r"(?:ит|ита|итом|ите|иту|иты|итов)"
    r")(?![^\W_])"
)

# Stems of chronic conditions whose "-ic" person or adjective is common (folded: "hamophil" is
# "Hämophil-"); the endings below make "arthritic", "Hypertoniker", "arthrosique", "talassemico".
_LATIN_STEMS = (
    r"arthrit|artrit|arthros|artros|h?a?emophil|hamophil|emofil|hemofil|narcolept|narkolept|"
    r"(?:hypo|hyper|hipo|hiper|ipo|iper)gl[iy][ck]a?em|hypoglykam|hyperglykam|an(?:a|ä)?em|leuc?k?a?em|leuz[a]?em|"
    r"thalass?a?em|talass?em|epilept|epilet|asthmat|asmat|dyslex|dislex|legasthen|schizophren|schizofren|"
    r"esquizofren|anorekt|anorex|anoress|bulim|rheumat|rhumat|reumat|hyperton|hypertens|ipertes|hipertens|"
    r"migran|migrain|emicran|insomn|psoriat|hypochondr|ipocondr|hipocondr|neuropath|cardiopat|nephropat|nefropat|"
    r"osteoporot|fibromyalg|fibromialg|autist|spastik|spastic"
)
_LATIN_ENDINGS = (
    r"ic|ics|iac|iacs|iker|ikerin|ikern|ikers|ikerinnen|ique|iques|eux|euse|euses|ico|ica|ici|iche|icos|icas|"
    r"iaco|iaca|iaci|iache|icus|ici|isch|ische|ischer|ischen|iaque|iaques|ikus"
)
_CYRILLIC_STEMS = r"астмат|эпилепт|гипертон|ревмат|гемофил|шизофрен|аутист|анорект|дислект|гипоглик|астенич|сердечн"
_CYRILLIC_ENDINGS = r"ик|ика|ику|иком|ики|иков|ичка|ички|ичке|ичкой|ичку"
# Condition nouns on "-osis/-ose/-osi", "-pathy", "-algia" after a medical stem ("sympathie",
# "nostalgie", "chose", "rose" are not medical).
_NOUN_STEMS = (
    r"(?:arthr|artr|osteopor|fibr|thromb|tromb|scoli|skoli|cirrh|cirr|zirrh|tubercul|tuberkul|endometri|steat|"
    r"sten|neur|psych|nephr|nefr|kyph|cif|lord|amyloid|sarcoid|sarkoid|dermat|mucoviscid|spondyl|spondil)"
    r"(?:osis|oses|ose|osen|osi|osis|ози|оз|оза|озом)"
    r"|(?:neuro|cardio|cardiomyo|kardio|kardiomyo|myo|mio|retino|nephro|nefro|encephalo|encefalo|osteo|arthro|artro|"
    r"hepato|epato|gastro|nevro|нейро|кардио|ретино|нефро|энцефало|артро)"
    r"(?:pathy|pathie|pathies|pathien|patia|patie|patía|patias|pathia|патия|патии|патией)"
    r"|(?:fibromy|fibromi|neur|nevr|lomb|lumb|cervic|myalg|arthr|artr|coxalg|gonalg|невр|фибромі|фибромиалг)"
    r"(?:algia|algie|algies|algias|algien|алгия|алгии|алгией)"
)
CONDITION_WORD = re.compile(
    rf"(?<![^\W_])(?:(?:{_LATIN_STEMS})(?:{_LATIN_ENDINGS})|(?:h?a?emophil|hamophil|emofil|hemofil)(?:e|er|en|es|in)|(?:{_CYRILLIC_STEMS})(?:{_CYRILLIC_ENDINGS})"
    rf"|{_NOUN_STEMS})(?![^\W_])"
)


# A body part with its pain, problem or operation: German and Dutch compounds ("Knieprobleme",
# "Rückenschmerzen", "Herzbeschwerden", "rugpijn", "knieklachten") and Romance and English phrases
# ("mal de dos", "maux de tête", "dolor de espalda", "dor nas costas", "problemi alla schiena",
# "knee pain", "bad back"); "Herzschmerz" and "hartpijn" are heartache. Folded text: "rucken", "huft".
_DE_BODY = (r"rucken|knie|huft|herz|magen|darm|nieren|leber|lungen|gelenk|schulter|nacken|bandscheiben|"
            r"wirbelsaulen|augen|blasen|prostata|schilddrusen|gallen|bauch|sprunggelenk|ellbogen")
_DE_TROUBLE = (r"probleme|problemen|problem|beschwerden|schmerzen|schmerz|leiden|schwache|verletzung|verletzungen|"
               r"op|ops|operation")
_NL_BODY = r"rug|knie|heup|hart|maag|darm|nier|lever|long|gewricht|gewrichts|schouder|nek|buik|enkel|schildklier"
_NL_TROUBLE = r"problemen|probleem|klachten|pijn|pijnen|operatie|blessure|blessures"
_ROMANCE_TROUBLE = (r"mal|maux|douleur|douleurs|problemes?|soucis|dolor|dolores|problemas?|lesion|lesiones|dor|dores|"
                    r"lesao|dolori|problemi|problema")
_ROMANCE_LINK = r"de|du|des|au|aux|a la|a l|di|al|alla|alle|ai|agli|allo|del|de la|de las|de los|en la|en el|do|da|dos|nas|nos|no|na|ao|a"
_ROMANCE_BODY = (r"dos|genou|genoux|hanche|hanches|nuque|epaule|epaules|ventre|estomac|reins|articulations|"
                 r"espalda|rodilla|rodillas|cadera|estomago|rinones|hombro|columna|lumbares|"
                 r"costas|cabeca|joelho|joelhos|anca|quadril|coluna|ombro|"
                 r"schiena|testa|ginocchio|ginocchia|anca|stomaco|reni|spalla|cervicale|articolazioni")
_EN_BODY = r"back|knee|knees|hip|hips|shoulder|neck|joint|joints|stomach|bowel|spine|spinal"
BODY_TROUBLE = re.compile(
    rf"(?<![^\W_])(?!herzschmerz|hartpijn)(?:(?:{_DE_BODY})(?:{_DE_TROUBLE})|(?:{_NL_BODY})(?:{_NL_TROUBLE})"
    rf"|(?:{_ROMANCE_TROUBLE}) (?:{_ROMANCE_LINK}) (?:{_ROMANCE_BODY})"
    rf"|(?:{_EN_BODY}) (?:pain|pains|problems?|trouble|injury|surgery|operation)"
    rf"|(?:bad|sore|dodgy|weak) (?:back|knee|knees|hip|hips|shoulder|neck))(?![^\W_])"
)


def medical_words(folded: str) -> list[tuple[int, int]]:
    """The (start, end) of every medical word of ``folded`` text, all three kinds."""
    return [m.span() for regex in (MEDICAL_WORD, CONDITION_WORD, BODY_TROUBLE) for m in regex.finditer(folded)]


# Dutch and German compounds on prayer: "ochtendgebed", "vrijdagmiddaggebed", "Freitagsgebet",
# "Abendgebet", "gebedsdienst", "gebedsruimte", "Gebetsteppich", "Gebetsraum".
PRAYER_WORD = re.compile(
    r"(?<![^\W_])(?:[^\W\d_]{3,}(?:gebed|gebeden|gebet|gebete)|(?:gebeds|gebets)[^\W\d_]{3,})(?![^\W_])"
)


def prayer_words(folded: str) -> list[tuple[int, int]]:
    """The (start, end) of every prayer compound of ``folded`` text."""
    return [m.span() for m in PRAYER_WORD.finditer(folded)]
