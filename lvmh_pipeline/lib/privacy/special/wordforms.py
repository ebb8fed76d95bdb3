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
  "rugpijn", "mal de dos", "dolor de espalda", "dor nas costas", "knee pain", "bad back"), an organ
  with its trouble or its sufferer ("problemas de tiroide", "sofre do coração", "soffre di cuore");
- :data:`SUFFIX_WORD` — words known by their ending, matched on the reversed text so that the
  ending is read first and nothing backtracks: a medicine's international name, built on the stems
  the WHO assigns to a drug class ("sertraline", "Escitalopram", "lorazépam", "ramipril",
  "bisoprolol", "atorvastatine", "apixaban", "adalimumab", "semaglutide", "quetiapina",
  "Metformin", "L-Thyroxin": which medicine a client takes is health data in every language), and
  German and Dutch compounds on a transplant, syndrome, disorder, disease, tumour, embolism or rehabilitation ("Suchtreha") and
  the "-krank" adjectives ("Nierentransplantation", "Reizdarmsyndrom", "paniekstoornis",
  "Schlafstörung", "hartziekte", "hersentumor", "Lungenembolie", "herzkrank");
- :data:`PRAYER_WORD` — Dutch and German compounds on prayer ("vrijdagmiddaggebed",
  "Freitagsgebet", "gebedsdienst", "Gebetsteppich"): RELIGION.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.gates import Gate
from lvmh_pipeline.lib.privacy.special.greek import GREEK_BRANCHES
from lvmh_pipeline.lib.privacy.special.required import required_literals

__all__ = ["BODY_TROUBLE", "CONDITION_WORD", "MEDICAL_WORD", "PRAYER_WORD", "SUFFIX_WORD", "medical_words", "prayer_words"]

# Inflammation, removal, paralysis; the Romance "-ite" is only taken after an organ stem (a bare
# "-ite" ending is "petite", "suite", "favorite"); Dutch and German compounds on inflammation,
# disease, cancer, patients and operations ("blaasontsteking", "Herzerkrankung", "longkanker",
# "Brustkrebspatientin", "staaroperatie", "Nierenleiden", the colloquial "Herzgeschichte").
# Compounds read from their last part ("Nierentransplantation", "paniekstoornis",
# "Handgelenkbruch") are :data:`SUFFIX_WORD`'s.
# Each branch matches a whole word; the ones that would backtrack through every word (letters
# first, then an ending) are only tried on a text holding one of their literals: ~20 µs a note
# instead of ~170. (branch, literals; () = always tried)
_MEDICAL_BRANCHES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"[^\W\d_]{3,}itis", ("itis",)),
    (r"[^\W\d_]{2,}(?:ectom|ektom|эктом)[^\W\d_]*", ("ectom", "ektom", "эктом")),
    # an opening made by surgery: "colostomy", "ileostomie", "tracheostomia", "колостома"
    (r"(?:[^\W\d_]{2,})?(?:ostom(?:y|ie|ies|ia|ias|ía|ías|a|e)|остом[аы]?)", ("ostom", "остом")),
    (r"[^\W\d_]{3,}(?:ontsteking|ontstekingen|entzundung|entzundungen|erkrankung|erkrankungen|kanker)",
     ("ontsteking", "entzundung", "erkrankung", "kanker")),
    (r"[^\W\d_]{3,}(?:patient|patientin|patienten|patientinnen|patiente)", ("patient",)),
    (r"[^\W\d_]{3,}(?<![kc]o)(?:operatie|operaties|operation|operationen)", ("operati",)),  # not "Kooperation"
    (r"[^\W\d_]{2,}(?:plegi|plegic|plegik|плеги|плегик)[^\W\d_]*", ("plegi", "плеги")),
    (r"(?:nieren|herz|rucken|magen|darm|gallen|lungen|leber|haut|augen|gelenk|venen|nerven)(?:leiden|geschichte)"
     r"|(?:poly|poli)?(?:gastr|arthr|artr|col|bronch|h?epat|sinus|tendin|ot|c[iy]st|pancreat|ap?pendic|mening|conjonctiv|"
     r"congiuntiv|conjuntiv|lar[iy]ng|phar[iy]ng|far[iy]ng|g[ei]ngiv|nephr|nefr|encephal|encefal|prostat|spond[iy]l|"
     r"diverticul|periton|pleur|m[iy]ocard|pericard|endocard|vascul|labyrinth|labirint|thyroid|tiroid|"
     r"duoden|burs|uve|cheil|stomat|esofag|oesophag|fasc|epicond[iy]l)(?:ite|ites|iti|itida|itidas)"
     r"|(?:гастр|бронх|синус|гаймор|от|цист|панкреат|аппендиц|менинг|конъюнктив|ларинг|фаринг|гингив|нефр|"
     r"простат|тонзилл|тендин|бурс|энцефал|миокард|перикард|эзофаг|стомат|пиелонефр|холецист|дивертикул|васкул)"
     r"(?:ит|ита|итом|ите|иту|иты|итов)", ()),
    *GREEK_BRANCHES,
)
_MEDICAL_HEAD = r"(?<![^\W_])(?!rhin|rin)(?:"  # allergic rhinitis is an allergy, not an Art. 9 condition
MEDICAL_WORD = re.compile(_MEDICAL_HEAD + "|".join(branch for branch, _ in _MEDICAL_BRANCHES) + r")(?![^\W_])")
_MEDICAL_PARTS = tuple((re.compile(_MEDICAL_HEAD + branch + r")(?![^\W_])"), literals)
                       for branch, literals in _MEDICAL_BRANCHES)

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
# "knee pain", "bad back"); "Herzschmerz", "hartpijn" and "problèmes de cœur" are heartache, "mal au cœur"
# nausea. Folded text: "rucken", "huft".
_DE_BODY = (r"rucken|knie|huft|herz|magen|darm|nieren|leber|lungen|gelenk|schulter|nacken|bandscheiben|"
            r"wirbelsaulen|augen|blasen|prostata|schilddrusen|gallen|bauch|sprunggelenk|ellbogen")
_DE_TROUBLE = (r"probleme|problemen|problem|beschwerden|schmerzen|schmerz|leiden|schwache|verletzung|verletzungen|"
               r"op|ops|operation")
_NL_BODY = r"rug|knie|heup|hart|maag|darm|nier|lever|long|gewricht|gewrichts|schouder|nek|buik|enkel|schildklier"
_NL_TROUBLE = r"problemen|probleem|klachten|pijn|pijnen|operatie|blessure|blessures"
_ROMANCE_TROUBLE = (r"mal|maux|douleur|douleurs|problemes?|soucis|dolor|dolores|problemas?|lesion|lesiones|dor|dores|"
                    r"lesao|dolori|problemi|problema|sofre|sofria|sufre|sufria|padece|soffre|soffriva|souffre|souffrait")
_ROMANCE_LINK = r"de|du|des|au|aux|a la|a l|di|al|alla|alle|ai|agli|allo|del|de la|de las|de los|en la|en el|do|da|dos|nas|nos|no|na|ao|a"
_ROMANCE_BODY = (r"dos|genou|genoux|hanche|hanches|nuque|epaule|epaules|ventre|estomac|reins|articulations|"
                 r"espalda|rodilla|rodillas|cadera|estomago|rinones|hombro|columna|lumbares|"
                 r"costas|cabeca|joelho|joelhos|anca|quadril|coluna|ombro|"
                 r"schiena|testa|ginocchio|ginocchia|anca|stomaco|reni|spalla|cervicale|articolazioni|"
                 # organs: "sofre do coração", "problemas de tiroide", "soffre di cuore", "souffre du foie"
                 r"coracao|corazon|cuore|coeur|rins|rinones|tiroide|tiroides|thyroide|pulmoes|pulmones|polmoni|"
                 r"poumons|figado|higado|fegato|foie|intestino|intestinos|intestin|prostata|prostate|vesicula")
_EN_BODY = r"back|knee|knees|hip|hips|shoulder|neck|joint|joints|stomach|bowel|spine|spinal"
BODY_TROUBLE = re.compile(
    rf"(?<![^\W_])(?!herzschmerz|hartpijn|(?:problemes?|soucis|mal|maux) (?:de|du|au) coeur)(?:(?:{_DE_BODY})(?:{_DE_TROUBLE})|(?:{_NL_BODY})(?:{_NL_TROUBLE})"
    rf"|(?:{_ROMANCE_TROUBLE}) (?:{_ROMANCE_LINK}) (?:{_ROMANCE_BODY})"
    rf"|(?:{_EN_BODY}) (?:pain|pains|problems?|trouble|injury|surgery|operation)"
    rf"|(?:bad|sore|dodgy|weak) (?:back|knee|knees|hip|hips|shoulder|neck))(?![^\W_])"
)


# International nonproprietary names by their WHO class stem (folded: "lorazepam", "sertralina"),
# with the endings the languages give them ("-e", "-a", "-um"); a stem must follow at least three
# letters, and only stems no ordinary word ends on are here ("April" is no "-pril", "cholesterol"
# no "-terol"): ACE inhibitors, sartans, beta blockers, statins, benzodiazepines, SSRIs and other
# antidepressants, antipsychotics, triptans, proton-pump inhibitors, anticoagulants, gliptins,
# GLP-1 agonists, gliflozins, monoclonal antibodies, kinase inhibitors, antivirals. Antibiotics are
# not here: a course of antibiotics is no chronic condition, and "allergic to penicillin" is the
# allergy component's (a drug allergen stays readable in the allergy concept).
_DRUG_STEMS = (
    r"pril|sartan|olol|alol|ilol|statin|azepam|azolam|oxetin|pramin|triptylin|alopram|faxin|triptan|prazol|"
    r"dipin|xaban|gatran|parin|gliptin|glutid|gliflozin|formin|umab|ximab|zumab|tinib|ciclib|lisib|ovir|avir|"
    r"setron|tidin|codon|morphon|peridon|azapin|afil|lukast|"
    r"semid|thiazid|tiazid|gabalin|piprazol"
)
# Whole names of common classes without a shared stem, after any prefix ("hydrocortisone",
# "levothyroxine", "L-Thyroxin" folds to "l thyroxin").
_DRUG_NAMES = (
    r"cortison|prednison|prednisolon|metason|thyroxin|tiroxin|tiroxin|lamotrigin|gabapentin|levetiracetam|"
    r"valproat|methylphenidat|metilfenidat|lisdexamfetamin|quetiapin|olanzapin|clozapin|tacrolimus|"
    r"letrozol|anastrozol|tamoxifen|tramadol|oxycodon|fentanyl|lorazepam|diazepam|zolpidem|zopiclon|"
    r"sertralin|morphin|morfin|methotrexat|metotrexat|hydroxychloroquin|levodopa|donepezil|memantin"
)

# Words known by their ending, matched on the reversed text, where the ending comes first and the
# regex never backtracks through the word (one pass, like the other word forms): (endings, the
# letters a word needs before them or the words that must come before them, prefixes that make it
# an ordinary word, optional inflections).
_SUFFIX_CLASSES: tuple[tuple[str, int | str, tuple[str, ...], str], ...] = (
    (_DRUG_STEMS, 3, (), "e|a|um|o|es|as|os|s"),
    (_DRUG_NAMES, 0, (), "e|a|um|o|es|as|os|s"),
    # a broken bone as a compound, after a bone or joint ("Handgelenkbruch", "heupbreuk"; "Einbruch",
    # "Wolkenbruch" and "prijsbreuk" are none)
    ("bruch|bruche|fraktur|frakturen|breuk|breuken",
     "hand|handgelenk|handgelenks|arm|fuss|knochel|schlusselbein|rippen|oberschenkel|becken|wirbel|knochen|"
     "oberarm|unterarm|zehen|finger|sprunggelenk|huft|pols|enkel|heup|been|sleutelbeen|rib", (), ""),
    # German and Dutch compounds: transplants, syndromes, "-krank" adjectives, disorders, diseases,
    # tumours, embolisms ("Nierentransplantation", "Reizdarmsyndrom", "herzkrank", "paniekstoornis",
    # "Schlafstörung", "hartziekte", "hersentumor", "Lungenembolie"); "seekrank", "luftkrank" and a
    # technical fault ("Betriebsstörung", "Zerstörung") are none.
    (r"transplantation|transplantationen|transplantatie|transplantaties|syndrom|syndroms|syndrome|syndroom|"
     r"syndromen|stoornis|stoornissen|ziekte|ziekten|krankheit|krankheiten|tumor|tumoren|tumore|embolie|embolien",
     3, (), ""),
    (r"krank|kranke|kranker|kranken|krankes", 3, ("see", "luft"), ""),
    # a German stay in rehabilitation named by what it treats ("Suchtreha", "Alkoholreha", "Schlaganfallreha")
    (r"reha|rehas", 3, (), ""),
    (r"storung|storungen", 3, ("betriebs", "ruhe", "netz", "liefer", "funk", "strom", "verkehrs", "system", "server",
                               "signal", "empfangs", "produktions", "bild", "ton", "zer", "ent"), ""),
)


def _reversed(alternatives: str) -> str:
    return "|".join(re.escape(a[::-1]) for a in alternatives.split("|"))


SUFFIX_WORD = re.compile(  # on reversed text
    r"(?<![^\W_])(?:" + "|".join(
        (f"(?:{_reversed(endings)})?" if endings else "") + f"(?:{_reversed(suffixes)})"
        + (f"(?!{_reversed('|'.join(excluded))})" if excluded else "")
        + (rf"[^\W\d_]{{{before},}}" if isinstance(before, int) else f"(?:{_reversed(before)})")
        for suffixes, before, excluded, endings in _SUFFIX_CLASSES) + r")(?![^\W_])"
)


def _gates(*literal_sets: tuple[str, ...] | None) -> tuple[Gate, ...]:
    literal_sets = tuple(literals for literals in literal_sets if literals)
    if not literal_sets:
        raise ValueError("a medical word form without literals to gate it")
    _GATED.update(literal_sets[-1])  # the last gate's literals: one of them is in every match
    return tuple(Gate(literals) for literals in literal_sets)


# One-pass gates (one Aho-Corasick scan of the folded note answers all): a regex is only tried on a
# note holding one of the literals every match of it holds (read off the regex, see
# :mod:`special.required`) and one of the part's own literals above.
_GATED: set[str] = set()
_PART_GATES = tuple(_gates(literals, required_literals(regex)) for regex, literals in _MEDICAL_PARTS)
_WORD_GATES = tuple((regex, _gates(required_literals(regex))) for regex in (CONDITION_WORD, BODY_TROUBLE))
_SUFFIX_GATES = _gates(required_literals(SUFFIX_WORD, reverse=True))
_ANY_GATE = Gate(sorted(_GATED))  # most notes hold none of them: one question answers them


def medical_words(folded: str) -> list[tuple[int, int]]:
    """The (start, end) of every medical word of ``folded`` text: the word forms above and the
    words known by their ending (medicines, German and Dutch compounds)."""
    if not _ANY_GATE(folded):
        return []
    found = sorted({m.span() for (regex, _), gates in zip(_MEDICAL_PARTS, _PART_GATES) if all(g(folded) for g in gates)
                    for m in regex.finditer(folded)})  # the words MEDICAL_WORD.finditer gives
    found += [m.span() for regex, gates in _WORD_GATES if all(g(folded) for g in gates) for m in regex.finditer(folded)]
    if all(g(folded) for g in _SUFFIX_GATES):
        size = len(folded)
        found += [(size - m.end(), size - m.start()) for m in SUFFIX_WORD.finditer(folded[::-1])]
    return found


# Dutch and German compounds on prayer: "ochtendgebed", "vrijdagmiddaggebed", "Freitagsgebet",
# "Abendgebet", "gebedsdienst", "gebedsruimte", "Gebetsteppich", "Gebetsraum".
PRAYER_WORD = re.compile(
    r"(?<![^\W_])(?:[^\W\d_]{3,}(?:gebed|gebeden|gebet|gebete)|(?:gebeds|gebets)[^\W\d_]{3,})(?![^\W_])"
)


def prayer_words(folded: str) -> list[tuple[int, int]]:
    """The (start, end) of every prayer compound of ``folded`` text."""
    return [m.span() for m in PRAYER_WORD.finditer(folded)] if all(g(folded) for g in _PRAYER_GATES) else []


_PRAYER_GATES = _gates(required_literals(PRAYER_WORD))
