"""Another person's non-food allergy: HEALTH data about them, the whole allergy phrase.

The client's own non-food allergy stays a protected concept and only its allergen's words go
("allergic to [HEALTH]": :func:`special.allergies.allergy_spans`). A relative's or a partner's is
nobody's profile concept: it is health data about a third person, and the allergy phrase goes
whole, the allergy word with its allergen, or the allergic condition ("her husband has [HEALTH]" for
"hay fever", "her husband is [HEALTH]", "il marito è [HEALTH]",
"남편분은 [HEALTH]라", "她先生有[HEALTH]", "وزوجها عنده [HEALTH]").

The holder is a kin or partner word (:data:`_KIN`) before the allergy word in its clause; the
allergen is an alias of a special-category allergy concept (the concept matcher's) right after the
allergy word over its glue ("alergia al látex", "allergisch voor latex") or right before it
("꽃가루 알레르기", "花粉过敏"). A Chinese "先生" is a husband only after "她" ("张先生" is a title).
Run at the end of :func:`special.categories.find_special_categories` (every note, whatever its
allergens): gated by one regex of the allergy words, notes without one pay one search.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lvmh_pipeline.lib.common.text import normalize
from lvmh_pipeline.lib.privacy.contacts import PiiSpan

if TYPE_CHECKING:
    from lvmh_pipeline.lib.concepts.taxonomy import Taxonomy

__all__ = ["others_allergy_spans"]

# The allergy words, and the allergic conditions named without one ("hay fever", "поллиноз", "花粉症"):
# the client's own are the allergy component's (a concept), a relative's are HEALTH like any condition.
_CONDITIONS = (r"allergic rhinitis|rhinite allergique|rinitis alérgica|rinite allergica|rinite alérgica|allergische rhinitis|"
               r"аллергическ\w* ринит\w*|알레르기성 비염|过敏性鼻炎|過敏性鼻炎|アレルギー性鼻炎|hay ?fever|rhume des foins|heuschnupfen|"
               r"fiebre del heno|raffreddore da fieno|febre do feno|hooikoorts|поллиноз\w*|花粉症|비염|حمى القش")
_CONDITION = re.compile(_CONDITIONS, re.IGNORECASE)
_GATE = re.compile(r"(?i)allerg|alerg|alérg|аллерг|алерг|حساسي|تحسس|알레르기|알러지|过敏|過敏|アレルギー|hay ?fever|rhume des foins|"
                   r"heuschnupfen|del heno|da fieno|do feno|hooikoorts|поллиноз|花粉症|비염|حمى القش|rhinit|rinit|ринит|鼻炎")
_CUE = re.compile(
    rf"{_CONDITIONS}|[^\W\d_]*(?:allerg|alerg|alérg|аллерг|алерг)[^\W\d_]*|حساسي\w*|تحسس\w*|알레르기|알러지|过敏|過敏|アレルギー",
    re.IGNORECASE)
# The holder: a kin or partner word (a word that is also a title or a possessive only with its own possessive:
# "Frau Müller", "Son allergie", "王太太", "奥様" may be the client herself).
_KIN = re.compile(
    r"(?i)(?<![^\W\d_])(?:husband|wife|(?:her|his|their) son|daughter|mother|father|mum|mom|dad|partner|boyfriend|girlfriend|"
    r"fianc[ée]e?|brother|sister|mari|sa femme|fils|sa fille|mère|père|compagnon|compagne|frère|sœur|soeur|"
    r"marido|esposo|esposa|su mujer|hijo|hija|madre|padre|novio|novia|hermano|hermana|"
    r"marito|moglie|figlio|figlia|compagno|compagna|fratello|sorella|"
    r"(?:sua|a) mulher|filho|filha|mãe|pai|namorado|namorada|irmão|irmã|"
    r"(?:ihr|ihrem|ihren) mann|ehemann|(?:seine|seiner) frau|ehefrau|sohn|tochter|mutter|vater|bruder|schwester|"
    r"(?:haar|d'r) man|echtgenoot|echtgenote|(?:zijn|z'n) vrouw|zoon|dochter|moeder|vader|broer|zus|"
    r"муж|мужа|мужу|жена|жены|сын|сына|дочь|дочери|мама|мамы|мать|отец|отца|папа|брат|сестра)(?![^\W\d_])"
    r"|زوج\w*|ابن\w*|بنت\w*|أم(?:ها|ه)|أبو\w*|اخو\w*|أخو\w*|أخت\w*"
    r"|ご主人|旦那|息子|娘さん|お母様|お父様|お嬢様|남편|아내|아드님|아들|따님|딸|어머님|어머니|아버님|아버지"
    r"|她先生|她老公|他太太|他老婆|老公|丈夫|妻子|儿子|兒子|女儿|女兒|妈妈|媽媽|爸爸|母亲|母親|父亲|父親")
_CLAUSE = re.compile(r"[.;:!?\n。！？；，、،؛,–—]")
_AFTER_GAP = 14  # characters between the allergy word and its allergen: the glue ("al", "voor", "من")
_BEFORE_GAP = 2  # between an allergen and the allergy word after it ("꽃가루 알레르기", "花粉过敏")
_GAP_STOP = re.compile(r"[.;:!?\n。！？；，、،؛,–—]")


def others_allergy_spans(text: str, language: str | None, taxonomy: Taxonomy) -> list[PiiSpan]:
    """HEALTH spans of the non-food allergies ``text`` gives to a relative or a partner."""
    if _GATE.search(text) is None or not _KIN.search(text):
        return []  # most notes: one search
    cues = list(_CUE.finditer(text))
    from lvmh_pipeline.lib.concepts.matcher import get_matcher

    nt = normalize(text)
    concepts = taxonomy.concepts
    allergens = sorted(nt.to_original(start, end) for start, end, index, _ in get_matcher(taxonomy).find(nt, language)
                       if concepts[index].special_category)
    spans = []
    for cue in cues:
        if not _held_by_relative(text, cue.start()) or _denied(text, cue.start(), cue.end()):
            continue
        start, end = cue.start(), cue.end()
        for a, b in allergens:
            if a < end and start < b:  # the allergy word inside the allergen's alias ("Latexallergie")
                start, end = min(start, a), max(end, b)
            elif 0 <= a - end <= _AFTER_GAP and not _GAP_STOP.search(text, end, a):
                end = max(end, b)
            elif 0 <= start - b <= _BEFORE_GAP and not text[b:start].strip():
                start = min(start, a)
        if (start, end) == (cue.start(), cue.end()) and not _CONDITION.fullmatch(cue.group()):
            continue  # no non-food allergen ("allergic", "Nussallergie": a food allergy stays readable)
        spans.append(PiiSpan(start, end, "HEALTH"))
    return spans



_APPOSITION = 30  # characters of a name between commas: "her husband, [NAME], has hay fever"


def _holder_start(text: str, at: int) -> int:
    """Where the holder of the allergy at ``at`` may stand: its clause, and the clause before when
    the clause between is only an apposition ("o marido dela, o [NAME], tem rinite alérgica")."""
    marks = [m for m in _CLAUSE.finditer(text, 0, at)]
    if not marks:
        return 0
    if len(marks) >= 2 and text[marks[-1].start()] == "," and text[marks[-2].start()] == "," \
            and marks[-1].start() - marks[-2].end() <= _APPOSITION:
        return marks[-3].end() if len(marks) >= 3 else 0
    return marks[-1].end()


_HOLDER_REACH = 50  # characters between the relative and the allergy
_DENIAL_REACH = 12  # characters either side of the allergy word read for its denial, in its clause
# The client named as the allergy's holder after the relative: "她跟她先生一起来的…她对镍过敏".
_CLIENT = re.compile(r"(?i)(?<!\w)(?:client|cliente|clienta|kundin|kunde|klant|klantin|herself|elle-même|ella misma|"
                     r"lei stessa|ela mesma|sie selbst|zij zelf|сама|клиентк\w*)(?!\w)|العميل\w*|本人|본인|고객님|她(?:对|對|有|也|自己)")
# A denied allergy: "no", "not", "没有" before it in its clause, "없음", "ない" after it.
_DENIED_AFTER = re.compile(r"없|아니|아님|ない|なし|じゃな|ではな")
_NEGATION = re.compile(r"(?i)(?<!\w)(?:no|not|isn't|never|pas|jamais|nicht|kein\w*|geen|niet|nunca|non|não|nao|не|нет|لا|ما|مو)(?!\w)"
                       r"|없|아니|아님|ない|なし|没有|沒有|不是|无|無")


def _held_by_relative(text: str, at: int) -> bool:
    """Is a relative the last holder named before the allergy word at ``at``, close to it?"""
    lo = max(_holder_start(text, at), at - _HOLDER_REACH)
    kin = list(_KIN.finditer(text, lo, at))
    if not kin:
        return False
    return _CLIENT.search(text, kin[-1].end(), at) is None


def _denied(text: str, start: int, end: int) -> bool:
    """Does the allergy's clause deny it ("남편분은 먼지 알레르기 없음", "her son is not allergic")?"""
    marks = list(_CLAUSE.finditer(text, 0, start))
    lo = max(marks[-1].end() if marks else 0, start - _DENIAL_REACH)
    stop = _CLAUSE.search(text, end)
    hi = min(stop.start() if stop else len(text), end + _DENIAL_REACH)
    return _NEGATION.search(text, lo, start) is not None or _DENIED_AFTER.search(text, end, hi) is not None
