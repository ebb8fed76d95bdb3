"""Spans a name rule reached that name no person, checked once on the final spans of
:func:`~lvmh_pipeline.lib.privacy.names.detect.find_names`:

- a Chinese filler ("那个", "这个") a family-name rule read as a surname and a given name;
- a weekday alone ("der Kunde vom Dienstag", "the one from Tuesday"), not after a title ("Frau Sonntag");
  a Chinese weekday ("下周二", "星期三"; "周" after "next", "this", "every") that a family-name rule read
  as 周 and a given name ("周一鸣" alone is one);
- a canal, street or square of a Dutch or German address after "van de" / "von der" ("die van de
  Herengracht", "die von der Königsallee"): where the client lives, not a family name;
- a city after a word for a district or a constituency and "of" ("círculo de Braga", "distrito de
  Faro", "the district of Cali"), though some such cities are family names too;
- a Korean verb in an honorific or past form ("승진하셔서", "결혼했어요"), a word with a clause's ending
  (:mod:`.korean_forms`: "비건인데"): the learned tagger's too;
- a colour field's heading at a line's start ("Cor: …", "Color: …"), though "Cor" is a Dutch given
  name;
- a Japanese kin word before an honorific ("義母様", "お母様", "ご主人様"), with or without the bullet
  of a list before it: a relative, not a name;
- a Gulf or pilgrim's title that is a given name too ("cheikh", "sheikh", "hajj") alone, with the
  name after it (hesitations between): the title, not a name of the person;
- a word after a German degree abbreviation and a comma ("Santos med., steel"): a size in a list,
  no "Dr. med." before a name;
- a Russian adjective in "-ской" / "-ского" before a lower-case word of the same ending ("Тверской
  областной думы"), and a Russian infinitive opening a line or a sentence ("Уточнить …", "Передать …").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.guard_words.korean_forms import korean_word_form
from lvmh_pipeline.lib.privacy.names.guard_words.places_and_brands import CITIES_AFTER_FROM
from lvmh_pipeline.lib.privacy.names.lexicon.fillers import CJK_FILLERS

__all__ = ["never_a_person"]

_WEEKDAYS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi
    dimanche lunedì martedì mercoledì giovedì venerdì sabato domenica lunes martes miércoles jueves viernes
    sábado segunda terça quarta quinta sexta sábado montag dienstag mittwoch donnerstag freitag samstag
    sonntag maandag dinsdag woensdag donderdag vrijdag zaterdag zondag понедельник вторник среда четверг
    пятница суббота воскресенье понедельника вторника среды четверга пятницы субботы воскресенья""".split()
)  # not "domingo" (a given and a family name too)
_CJK_FILLER_SET = frozenset(f for f in CJK_FILLERS if len(f) > 1 and f[0] >= "\u4e00")
_ZH_WEEK_BEFORE = frozenset("下上这這本每今")
_TITLE_BEFORE = re.compile(
    r"(?<![\w])(?i:herrn?|frau|mr|mrs|ms|miss|dr|mme|madame|monsieur|sr|sra|señor|señora|signor|signora|sig|sig\.ra"
    r"|senhor|senhora|dhr|mevr|mevrouw|meneer|господин|госпожа)\.?[ \t]+$"
)
_ZH_WEEKDAY = re.compile(r"(?:周|週|星期|礼拜|禮拜)[一二三四五六日天末]")
# Dutch and German street, canal and square endings
_STREET = re.compile(
    r"(?i:[^\W\d_]+(?:gracht|straat|weg|laan|plein|kade|singel|dijk|markt|steeg|hof|park|straße|strasse|allee"
    r"|platz|gasse|ufer|damm|ring|chaussee))"
)
_STREET_PARTICLE = re.compile(r"(?i:van[ \t]+de|van[ \t]+het|van[ \t]+der|von[ \t]+der|vom|aus[ \t]+der)[ \t]+")
_JA_KIN = (
    "義母", "義父", "お母", "お父", "母", "父", "ご主人", "主人", "奥", "ご両親", "両親", "お嬢", "ご子息", "ご令嬢",
    "祖母", "祖父", "お祖母", "お祖父", "義姉", "義兄", "義妹", "義弟", "ご家族", "旦那",
)
_JA_HONORIFIC = ("様", "さま", "さん")
_BULLETS = "・•·-—*　 \t"
_AREA_OF_BEFORE = re.compile(
    r"(?<![\w])(?i:círculo|circulo|distrito|district|concelho|município|municipio|comune|região|región|regione"
    r"|region|région|provincia|província|province|cidade|ciudad|città|city|ville|bairro|barrio|quartiere|quartier"
    r"|stadt|bezirk|stad|wijk|gemeente|provincie|constituency|county|город|район|области|округ)"
    r"[ \t]+(?i:de|da|do|di|del|della|of|du|von|van|aus)?[ \t]*$"
)
_KO_VERB = re.compile(r"[가-힣]+(?:하셔서|하셨어요|하셨고|하셨는데|하셨대요|하시고|하셔|해서|했어요|했고|했는데|셔서|셨어요)")
_COLOUR_HEADINGS = frozenset("cor color colour couleur colore farbe kleur цвет".split())
_HONORIFICS = frozenset(
    """cheikh cheikha sheikh sheikha shaikh shaikha scheich scheicha sceicco sceicca jeque jequesa xeque xeica
    sjeik sjeika sayed sayyid sayeda sayyida hajj hajja hajji haji hadj hadja шейх шейха""".split()
)
_NAME_AFTER = re.compile(r"(?:[ \t]*,?[ \t]*(?i:euh|eh|ehm|uh|um|äh|ähm|hum|bueno|э|ну)[ \t]*,?)*[ \t]+(\[NAME\]|[^\W\d_]+)")
_DEGREE_COMMA_BEFORE = re.compile(r"(?<![\w.])(?:med|rer|nat|jur|phil|dent|vet|mult|oec)\.[ \t]*,[ \t]*$")
_RU_ADJECTIVE = re.compile(r"[А-ЯЁ][а-яё]+(ской|ского|ском|скому|ской)$")
_RU_AGREEING = re.compile(r"[ \t]+[а-яё]+(?:ской|ского|ском|скому|ной|ного|ном|ному|ой|ого)(?![а-яё])")
_RU_INFINITIVE = re.compile(r"[А-ЯЁ][а-яё]{3,}(?:ать|ять|ить|еть|уть|ыть)$")
_SENTENCE_START = re.compile(r"(?:^|[.!?\n:;])[ \t\-•*]*$")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:[-•·*・][ \t]*)?$")


def _japanese_kin(text: str, span: PiiSpan) -> bool:
    word = text[span.start : span.end].lstrip(_BULLETS)
    return word in _JA_KIN and text.startswith(_JA_HONORIFIC, span.end)


# Dutch streets named after a titled person ("Burgemeester …weg", "Prins …kade", "Graaf …laan")
_STREET_TITLE_BEFORE = re.compile(
    r"(?<![\w])(?:Burgemeester|Burg\.|Koningin|Koning|Prins|Prinses|Graaf|Gravin|Hertog|Generaal|Gen\.|Admiraal"
    r"|Kardinaal|Pastoor|Dominee|Dokter|Dr\.|Professor|Prof\.|Minister|President|Kapitein|Majoor|Kolonel|Luitenant"
    r"|Jonkheer|Mr\.|Meester|Bisschop|Keizer|Keizerin|Pater|Zuster)[ \t]+$"
)
_DUTCH_STREET = re.compile(r"(?i:[^\W\d_]{2,}(?:straat|weg|laan|plein|kade|singel|gracht|dijk|steeg|dreef|singel|park))")


def _street_after_particle(text: str, span: PiiSpan) -> bool:
    if _DUTCH_STREET.fullmatch(text, span.start, span.end) and _STREET_TITLE_BEFORE.search(
        text, max(0, span.start - 16), span.start
    ):
        return True  # "Burgemeester …weg": the street, named after a mayor
    m = _STREET_PARTICLE.match(text, span.start, span.end)
    start = m.end() if m else span.start
    return _STREET.fullmatch(text, start, span.end) is not None and (m is not None or bool(
        re.search(r"(?i:van[ \t]+de|van[ \t]+het|von[ \t]+der|vom)[ \t]+$", text[max(0, span.start - 12) : span.start])
    ))


def _title_of_next(text: str, end: int) -> bool:
    """Does a name follow ``end``, hesitations between (a capitalised word or one the lexicon knows)?"""
    from lvmh_pipeline.lib.privacy.names.guard import is_known  # a late import: the guard reads these lists

    m = _NAME_AFTER.match(text, end)
    return m is not None and (m.group(1) == "[NAME]" or m.group(1)[0].isupper() or is_known(m.group(1)))


def never_a_person(text: str, span: PiiSpan) -> bool:
    """Is ``span`` of ``text`` one of the words of the module, whichever rule found it?"""
    word = text[span.start : span.end]
    if word in _CJK_FILLER_SET:
        return True  # "叫那个，…": the filler before the name
    if word.casefold() in _WEEKDAYS and not _TITLE_BEFORE.search(text, max(0, span.start - 12), span.start):
        return True  # not "Frau Sonntag": a family name after a title
    if _ZH_WEEKDAY.match(word) and span.end - span.start <= 4 and (
        not word.startswith(("周", "週")) or text[span.start - 1 : span.start] in _ZH_WEEK_BEFORE
    ):
        return True  # "下周二", "星期三"; "周一鸣" alone is a name
    if word.casefold() in CITIES_AFTER_FROM and _AREA_OF_BEFORE.search(text, max(0, span.start - 24), span.start):
        return True
    if word.casefold() in _COLOUR_HEADINGS and text.startswith((":", " :", "："), span.end):
        return _LINE_START.search(text, max(0, span.start - 8), span.start) is not None
    if _KO_VERB.fullmatch(word) or korean_word_form(text, span.start, span.end):
        return True
    if word.casefold() in _HONORIFICS and _title_of_next(text, span.end):
        return True  # "le père, cheikh euh hamad": the title
    if _DEGREE_COMMA_BEFORE.search(text, max(0, span.start - 8), span.start):
        return True
    if _RU_ADJECTIVE.fullmatch(word) and _RU_AGREEING.match(text, span.end):
        return True  # "Армянской апостольской церкви": a church, a council
    if _RU_INFINITIVE.fullmatch(word) and _SENTENCE_START.search(text, max(0, span.start - 4), span.start):
        return True
    return _street_after_particle(text, span) or _japanese_kin(text, span)
