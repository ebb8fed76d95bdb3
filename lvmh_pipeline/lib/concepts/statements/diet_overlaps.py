"""Diets that overlap in one note, and which one the note states:

- meat, dairy and eggs all left out in one sentence are a vegan diet, no vegetarian diet with a
  dairy and an egg allergy ("no meat, no dairy, no eggs", "不吃肉、不吃奶制品、也不吃鸡蛋"):
  :func:`vegan_lists`;
- a vegetarian word glossed "vegan" ("نباتي vegan", "vegetarian (vegan)"): :func:`glossed_vegan`, or concluded
  vegan after an arrow ("vegetariana estrita (sem ovo, sem leite → vegana)"): :func:`concluded_vegan`;
- carbs left out after keto ("keto, no carbs at all"): :func:`keto_carbs`;
- meat left out for a medical diet ("gout, low purine, so no meat platter"): :func:`medical_meatless`.

Hits are matcher tuples ``(start, end, concept, confidence)`` in folded coordinates.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lvmh_pipeline.lib.common.text import NormalizedText, fold, to_folded
from lvmh_pipeline.lib.concepts.context import AllergyMeta, ConceptMeta, default_taxonomy, gap_words, listed
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.statements.tastes import SENTENCE, window

__all__ = ["concluded_vegan", "glossed_vegan", "keto_carbs", "matches_in_one_sentence", "medical_meatless", "vegan_lists"]


_NEXT_SENTENCE = re.compile(r"[.;!?\n。！？；]")


def matches_in_one_sentence(nt: NormalizedText, a: AliasMatch, b: AliasMatch) -> bool:
    """Do matches ``a`` and ``b`` stand in one sentence (no sentence end between them)?"""
    lo, hi = min(a[1], b[1]), max(a[0], b[0])
    if hi <= lo:
        return True
    o_lo, o_hi = nt.to_original(lo, hi)
    return _NEXT_SENTENCE.search(nt.original, o_lo, o_hi) is None


def _says_none(absolute: re.Pattern[str], span: str, language: str | None) -> bool:
    """An absolute word ("no", "ohne") in ``span`` (in Portuguese "no" is "in the")."""
    return any(language != "PT" or word.group() != "no" for word in absolute.finditer(span))


def _words(words: str, dense: tuple[str, ...]) -> re.Pattern[str]:
    spaced = "|".join(re.escape(fold(w)) for w in sorted(words.split(), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{spaced})(?!\w)|" + "|".join(re.escape(w) for w in dense))


_DAIRY = _words(
    "dairy laitages laitiers lait milchprodukte milch molkereiprodukte latticini latte lacteos lacticinios laticinios "
    "leite zuivel melk milk melkproducten молочного молочное молочных молочка молока молоко ألبان الألبان حليب الحليب",
    ("乳製品", "奶制品", "乳制品", "牛奶", "奶製品", "유제품", "우유"),
)
# A negator inside the vegetarian alias: "doesn't eat meat", "ест без мяса", "不吃肉".
_NEGATOR = _words("no not t never doesn don kein keine keinen nicht pas ni ne jamais non niente senza sin nunca nao sem "
                  "geen niet не ни без нет لا ما بدون", ("不", "没", "沒", "안 ", "ない", "않"))
# A contrast lets dairy or eggs back in: "no meat, but eggs and cheese are fine", "egg and milk OK".
_CONTRAST = _words("but except apart aber ausser außer mais sauf sinon ma tranne pero excepto mas exceto maar behalve "
                   "но кроме зато لكن الا إلا بس fine ok okay", ("但", "除了", "でも", "けど", "が、", "하지만", "빼고",
                                                               "大丈夫", "可以吃", "没问题", "沒問題", "괜찮",
                                                               # eaten: "계란이랑 우유는 드신대요", "계란은 먹어요"
                                                               "는 드신", "는 드세", "는 드심", "는 드셔", "은 드신", "은 드세",
                                                               "은 드심", "도 드신", "도 드세", "도 드심", "는 먹어", "는 먹음",
                                                               "은 먹어", "은 먹음", "도 먹어", "도 먹음",
                                                               # "鸡蛋牛奶可以", "蛋奶都吃"
                                                               "奶可以", "蛋可以", "奶没事", "蛋没事", "奶都吃", "蛋都吃",
                                                               "奶都可以", "蛋都可以"))
_EGGS = _words("eggs egg oeufs oeuf eier ei uova uovo huevos huevo ovos ovo eieren яиц яйца яйцо بيض البيض",
               ("卵", "蛋", "계란", "달걀"))


def vegan_lists(nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta,
                allergy: AllergyMeta, absolute: frozenset[int], dropped: set[int]) -> None:
    """Relabel in place the vegetarian hits of such sentences; add the dairy and egg hits to
    ``dropped``."""
    vegetarian, vegan = meta.by_name.get("vegetarian", -1), meta.by_name.get("vegan", -1)
    lactose, eggs = meta.by_name.get("lactose", -1), meta.by_name.get("eggs", -1)
    folded = nt.folded
    for i, (start, end, concept, confidence) in enumerate(matches):
        if concept != vegetarian or negated[i] or i in dropped:
            continue
        if i not in absolute and not _NEGATOR.search(folded, start, end):
            continue  # a vegetarian named as such ("vegetarian, no eggs") stays
        s_start, s_end = window(nt, start, end, SENTENCE)
        if not _DAIRY.search(folded, s_start, s_end):
            continue
        if not _EGGS.search(folded, s_start, s_end) and not _dairy_listed(nt, matches, i, lactose):
            continue  # without eggs, only dairy listed with the meat: "no meat nor dairy", "لحوم ولا ألبان"
        if _CONTRAST.search(folded, s_start, s_end) or allergy.words.search(folded, s_start, s_end) or any(
            m[2] in meta.licensors and s_start <= m[0] < s_end for m in matches
        ):
            continue  # "no meat, no dairy, no eggs: egg allergy"
        matches[i] = (start, end, vegan, confidence)
        dropped.update(k for k, m in enumerate(matches) if m[2] in (lactose, eggs) and s_start <= m[0] < s_end)


def _dairy_listed(nt: NormalizedText, matches: list[AliasMatch], i: int, lactose: int) -> bool:
    k = i + 1
    if k >= len(matches) or matches[k][2] != lactose:
        return False
    gap = gap_words(nt, matches[i], matches[k])
    return gap is not None and bool(gap) and listed(gap)


def keto_carbs(nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta,
                absolute: frozenset[int], words: re.Pattern[str], language: str | None) -> set[int]:
    """Carbs left out (``absolute``: read from doing without them; ``words``: "no carbs") or limited after keto in its
    sentence are the keto diet's own rule ("keto, no carbs at all", "keto (barely any carbs)"), no low_carb diet of
    their own; a low-carb
    diet named as such stays ("keto, very low carb")."""
    keto, low_carb = meta.by_name["keto"], meta.by_name["low_carb"]
    ketos = [m for i, m in enumerate(matches) if m[2] == keto and not negated[i]]
    return {i for i, m in enumerate(matches) if m[2] == low_carb and not negated[i]
            and (i in absolute or _says_none(words, nt.folded[m[0] : m[1]], language)
                 or nt.folded[m[0] : m[1]] in _carb_words())  # carbs limited: "키토 중 (탄수 거의 안 드심)"
            and any(k[1] <= m[0] and matches_in_one_sentence(nt, m, k) for k in ketos)}


@lru_cache(maxsize=1)
def _carb_words() -> frozenset[str]:
    """The folded words of the carb cue: a low-carb hit spanning only one was read from carbs done without or
    limited, not from a low-carb diet named."""
    taxonomy = default_taxonomy()
    if "carb_cue" not in taxonomy.names:
        return frozenset()
    return frozenset(" ".join(fold(alias).split()) for alias in taxonomy.get("carb_cue").aliases_for(None))


_MEDICAL_DIETS = ("low_purine", "low_cholesterol", "low_sodium")


def medical_meatless(nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta,
                      absolute: frozenset[int], dropped: set[int]) -> None:
    """Meat left out in the sentence of a medical diet ("gout, low purine, so no meat platter")
    is that diet's rule, no vegetarian diet."""
    medical = {meta.by_name.get(n, -1) for n in _MEDICAL_DIETS}
    diets = [m for k, m in enumerate(matches) if m[2] in medical and not negated[k]]
    if not diets:
        return
    vegetarian = meta.by_name.get("vegetarian", -1)
    for i, m in enumerate(matches):
        if m[2] == vegetarian and i in absolute and not negated[i] and any(matches_in_one_sentence(nt, m, d) for d in diets):
            dropped.add(i)


# A "strict" word may stand between: "نباتية صارمة vegan", "素食（严格）vegan".
_GLOSS_GAP = re.compile(r"[\s(（\[]*(?:(?:صارمة|صارم|تماما|严格|嚴格|厳格|strict|stricte|streng|estricta|estricto|"
                        r"rigorosa|rigoroso|строгая|строгий)[\s(（\[)）\]]*)?")


_STRICT_PLANT = ("全素", "纯素", "純素")
_DENSE_GLOSS_GAP = re.compile(r"(?:的|者)?[\s，,、]*")  # "吃素的，全素": a trailing particle may close the first word


def glossed_vegan(nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta,
                   dropped: set[int]) -> None:
    """A vegetarian word glossed by "vegan" right after it ("نباتي vegan", "吃素 (vegan)", "a
    strict one": "نباتية صارمة vegan") is that vegan diet: the vegetarian reading goes; so it does for a
    pescatarian gloss ("채식(페스코)", "vegetarian (pescatarian)")."""
    vegetarian = meta.by_name.get("vegetarian", -1)
    glosses = {meta.by_name.get("vegan", -1), meta.by_name.get("pescatarian", -1)}
    for i in range(len(matches) - 1):
        a, b = matches[i], matches[i + 1]
        if a[2] == vegetarian and b[2] in glosses and not negated[i] and not negated[i + 1] and a[1] <= b[0]:
            o_lo, o_hi = nt.to_original(a[1], b[0])
            gloss = nt.original[slice(*nt.to_original(b[0], b[1]))]
            if gloss in _STRICT_PLANT and _DENSE_GLOSS_GAP.fullmatch(nt.original, o_lo, o_hi):
                dropped.add(i)  # a Chinese "all plant" word after a comma: "吃素，全素那种"
                continue
            if not _GLOSS_GAP.fullmatch(nt.original, o_lo, o_hi):
                continue
            # a bracket or a switch of script: "vegetarian (vegan)", "吃素 vegan"; not a list "vegetarianos veganos"
            word = nt.original[slice(*nt.to_original(a[0], a[1]))]
            if "(" in nt.original[o_lo:o_hi] or "（" in nt.original[o_lo:o_hi] or word.isascii() != gloss.isascii():
                dropped.add(i)


# What a note concludes after a vegetarian word: an arrow, or a bracket opened right after it ("Vegetariana
# estrita (sem ovo, sem leite → vegana na prática)", "vegetarian -> vegan in practice").
_CONCLUDED = re.compile(r"→|⇒|->|=>")
_OPENED = re.compile(r"[^\S\n]*(?:[^\W\d_]+[^\S\n]*)?[(（]")


def concluded_vegan(nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta,
                    dropped: set[int]) -> None:
    """Add to ``dropped`` a vegetarian hit whose sentence concludes, after an arrow (or in a bracket opened
    right after it), that the diet is vegan: the note states the vegan diet (a vegan hit already in
    ``dropped``, "vegan leather", concludes nothing)."""
    vegetarian, vegan = meta.by_name.get("vegetarian", -1), meta.by_name.get("vegan", -1)
    vegans = [m for k, m in enumerate(matches) if m[2] == vegan and not negated[k] and k not in dropped]
    for i, m in enumerate(matches):
        if m[2] != vegetarian or negated[i] or i in dropped:
            continue
        for v in vegans:
            if v[0] < m[1] or not matches_in_one_sentence(nt, m, v):
                continue
            o_lo, o_hi = nt.to_original(m[1], v[0])
            between = nt.original[o_lo:o_hi]
            opened = _OPENED.match(between)
            if _CONCLUDED.search(between) and (opened or not any(c in between for c in "(（")) \
                    and not any(c in between for c in ")）"):
                dropped.add(i)
                break


# A vegan diet kept only on some days beside a vegetarian one: "蛋奶素，初一十五吃全素", "vegetarian,
# vegan on Fridays", "végétarienne, végane pendant le carême": the diet is the vegetarian one. A vegetarian
# diet kept only on some days beside a vegan one kept always is inside it: "全素，初一十五也吃斋", "vegan; on
# fast days vegetarian meals at the temple" state the vegan diet.
_SOME_DAYS = re.compile(
    r"初一|十五|斋日|齋日|每逢|周五|星期五|毎週|金曜|매주|금요일|"
    r"(?<!\w)(?:on fridays|fridays|on fast days|during lent|in lent|some days|le vendredi|les vendredis|pendant le careme|"
    r"certains jours|freitags|in der fastenzeit|an fastentagen|los viernes|en cuaresma|il venerdi|in quaresima|"
    r"as sextas|na quaresma|op vrijdag|in de vastentijd|по пятницам|в пост|в постные дни)(?!\w)"
)
_DAYS_CHARS = 12
_CLAUSE_END = re.compile(r"[.,;:!?\n。，、；：！？،]|\s[-–—]\s")


def _some_days(nt: NormalizedText, start: int, end: int) -> bool:
    """A few days named right before the diet word, or after it in its clause ("全素，…初一十五吃斋": not the vegan's)."""
    folded = nt.folded
    if _SOME_DAYS.search(folded, max(0, start - _DAYS_CHARS), start):
        return True
    reach = end + _DAYS_CHARS + 8
    o_end, o_reach = nt.to_original(end, min(reach, len(folded)))
    stop = _CLAUSE_END.search(nt.original, o_end, o_reach)
    return _SOME_DAYS.search(folded, end, to_folded(nt, stop.start()) if stop else reach) is not None


def part_time_vegan(nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta,
                    dropped: set[int]) -> None:
    """Add to ``dropped`` the vegan hits said of some days only, next to a vegetarian hit, and the vegetarian
    hits said of some days only, next to a vegan hit said of every day."""
    vegan, vegetarian = meta.by_name.get("vegan", -1), meta.by_name.get("vegetarian", -1)
    always = False
    for i, (start, end, concept, _) in enumerate(matches):
        if concept == vegan and not negated[i]:
            if _some_days(nt, start, end):
                dropped.add(i)
            elif i not in dropped:
                always = True
    for i, (start, end, concept, _) in enumerate(matches) if always else ():
        if concept == vegetarian and not negated[i] and _some_days(nt, start, end):
            dropped.add(i)
