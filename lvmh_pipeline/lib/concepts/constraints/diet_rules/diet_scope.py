"""Diet words that hold only on some days or name a material, not a diet the client keeps:
meat left out on a weekday ("Freitags isst sie kein Fleisch", "금요일엔 고기 안 드신다", "no meat on
Fridays": a religious practice, not a meatless diet) and pig
leather ("niente pelle di maiale", "no pigskin", "돼지가죽 말고": a material, not pork) (:func:`diet_scope`).
A fast kept for a season (Lent, an Orthodox fast) stays a diet, and so does a Buddhist's vegetarian 1st and
15th of the lunar month ("初一十五吃素"): the writers list them.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.literals import Literals
from lvmh_pipeline.lib.common.text import NormalizedText
from lvmh_pipeline.lib.concepts.context import ConceptMeta
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.statements.tastes import CLAUSE, SENTENCE, window

__all__ = ["diet_scope", "habitual_days"]

_MEATLESS = ("vegetarian", "vegan", "pescatarian")
# A weekday said as a habit ("on Fridays", "freitags", "le vendredi", "по пятницам", "금요일엔"), in folded text.
_DAYS = re.compile(
    r"(?<![^\W\d_])(?:(?:on |every )?(?:mon|tues|wednes|thurs|fri|satur|sun)days|every (?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|(?:mon|diens|mittwoch|donners|frei|sams|sonn)tags|jeden (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
    r"|(?:le|les|tous les) (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?"
    r"|(?:il|di|ogni|i) (?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)"
    r"|(?:los|cada|todos los) (?:lunes|martes|miercoles|jueves|viernes|sabados?|domingos?)"
    r"|(?:as|toda|todas as) (?:segundas?|tercas?|quartas?|quintas?|sextas?|sabados?|domingos?)"
    r"|(?:maan|dins|woens|donder|vrij|zater|zon)dags|(?:op|elke) (?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
    r"|по (?:понедельникам|вторникам|средам|четвергам|пятницам|субботам|воскресеньям)"
    r"|كل (?:يوم )?(?:اثنين|ثلاثاء|اربعاء|خميس|جمعه|جمعة|سبت|احد))"
    r"|[월화수목금토일]요일(?:엔|에는|마다)|매주 [월화수목금토일]요일|[月火水木金土日]曜(?:日)?(?:は|だけ)|毎週[月火水木金土日]曜"
    r"|每(?:周|星期)[一二三四五六日天]"
)
# what a search for _DAYS needs in a note: a weekday's stem
_DAY_STEMS = Literals(("mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "every ", "tags", "jeden ",
                       "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunedi", "martedi", "mercoledi",
                       "giovedi", "venerdi", "sabato", "domenica", "lunes", "martes", "miercoles", "jueves", "viernes", "sabado",
                       "domingo", "segunda", "terca", "quarta", "quinta", "sexta", "dags", "maandag", "dinsdag", "woensdag",
                       "donderdag", "vrijdag", "zaterdag", "zondag", "по ", "كل ", "요일", "曜", "每周", "每星期"))
_DAY_REACH = 40  # characters around the diet word (in its clause) a weekday may stand

_PORK = ("no_pork", "pork_cue")
# Leather or skin next to a pork word: a material ("pelle di maiale", "pig leather", "свиная кожа", "猪皮").
_LEATHER = re.compile(
    r"(?<![^\W\d_])(?:pelle|leather|skin|cuir|peau|leder|piel|couro|pele|leer|кожа|кожи|кожу|кожей|جلد|الجلد)(?![^\W\d_])"
    r"|^(?:skin|leder|leer|皮|革|가죽| 가죽)"
)
_LEATHER_STEMS = Literals(("pelle", "leather", "skin", "cuir", "peau", "leder", "piel", "couro", "pele", "leer", "кож", "جلد",
                           "皮", "革", "가죽"))


def diet_scope(
    nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta, dropped: set[int],
    present: set[int],
) -> set[int]:
    """The diet matches of ``matches`` (``present``: their concepts) kept only on some days or naming pig
    leather (not to output)."""
    by_name = meta.by_name
    meatless = not present.isdisjoint(map(by_name.get, _MEATLESS))
    pork = not present.isdisjoint(map(by_name.get, _PORK))
    if not (meatless or pork):
        return set()
    folded = nt.folded
    names, categories = meta.names, meta.categories
    days = meatless and _DAY_STEMS.any_in(folded)
    leather = pork and _LEATHER_STEMS.any_in(folded)
    if not (days or leather):
        return set()
    found = set()
    for i, m in enumerate(matches):
        if i in dropped or categories[m[2]] != "diet":
            continue
        name = names[m[2]]
        if days and name in _MEATLESS and not negated[i] and _weekday_in_clause(nt, m):
            found.add(i)
        elif leather and name in _PORK and _pig_leather(folded, m):
            found.add(i)
    return found


def habitual_days(nt: NormalizedText) -> list[tuple[int, int]]:
    """Folded spans of the weekdays ``nt`` says as a habit ("Freitags", "le vendredi", "금요일엔"): what the
    weekday rule reads, so a redaction must leave them in the text."""
    if not _DAY_STEMS.any_in(nt.folded):
        return []
    return [m.span() for m in _DAYS.finditer(nt.folded)]


def _weekday_in_clause(nt: NormalizedText, m: AliasMatch) -> bool:
    """A habitual weekday within :data:`_DAY_REACH` characters of the diet word: before it in its sentence
    ("Freitags isst sie kein Fleisch", "le vendredi, pas de viande"), after it in its clause ("no meat on
    Fridays"; not "kommt dienstags. Vegetarier", "isst vegetarisch, dienstags fastet er")."""
    lo = window(nt, m[0], m[1], SENTENCE)[0]
    hi = window(nt, m[0], m[1], CLAUSE)[1]
    return _DAYS.search(nt.folded, max(lo, m[0] - _DAY_REACH), min(hi, m[1] + _DAY_REACH)) is not None


def _pig_leather(folded: str, m: AliasMatch) -> bool:
    """A leather word right before the pork word ("pelle di maiale", "cuir de porc") or right after it
    ("pig leather", "Schweinsleder", "猪皮", "돼지가죽")."""
    before = folded[max(0, m[0] - 12) : m[0]].split()[-2:]
    return any(_LEATHER.fullmatch(w) for w in before) or _LEATHER.match(folded[m[1] : m[1] + 9].lstrip(" -")) is not None
