"""A reaction to a food outside the allergen list: eating or touching it, then a symptom of the skin, the
mouth or the breath ("her lips swell when she eats mango", "一吃芒果嘴巴就肿", "桃を食べると唇が腫れる",
"키위 먹으면 입안이 따가워요", "после хурмы, как поест, губы опухают", "복숭아 만지기만 해도 손이 부음"). The food has no concept of its
own: the note states an allergy all the same, ``allergy_unspecified`` (as the note writers label it).

Only where no trigger was found in the clause (:mod:`.cues` pairs a named allergen first) and never for a
headache or the stomach (spicy food, a heavy dinner, "吃多了会吐"), alcohol ("술 드시면 얼굴이 빨개져요": a flush), a
denied or past symptom, or an illness.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lvmh_pipeline.lib.common.text import NormalizedText
from lvmh_pipeline.lib.concepts.context import PAIR_BREAK, gap_length
from lvmh_pipeline.lib.concepts.matcher import AliasMatch

__all__ = ["eaten_reaction", "eaten_trigger", "unnamed_food"]

_REACH = 30  # original characters an eating verb may stand before its symptom
# Eating and touching verbs (original text, lower-cased): Latin and Cyrillic as words, CJK/Hangul/Arabic as stems.
_EATS = re.compile(
    r"(?<![^\W_])(?:eats?|eating|ate|eaten|mange[rsz]?|mangent|mangé|isst|essen|gegessen|mangia(?:re|to)?|"
    r"come(?:r)?|comido|comeu|eet|eten|gegeten|ест|съест|съел[аи]?|поест|поел[аи]?)(?![^\W_])"
    r"|食べ|召し上が|口にす|口に入れ|먹|드시|드셨|마시|마셔|吃|喝|يأكل|تأكل|ياكل|تاكل|أكل|اكل"
    # touching it: "복숭아 만지기만 해도 손이 부음", "touching kiwi makes her hands itch", "一摸芒果皮就起疹子"
    r"|(?<![^\W_])(?:touch(?:es|ed|ing)?|touche[rsz]?|touché|berührt|berühren|anfassen|fasst|tocca(?:re|to)?|"
    r"toca(?:r)?|tocou|aanraakt|aanraken|raakt|трогает|трогать|потрогает|касается|коснётся)(?![^\W_])"
    r"|만지|만져|닿으|닿기|触っ|触れ|さわっ|碰|摸|يلمس|تلمس|لمس"
)
# Symptoms that are no sign of an allergy to a food eaten: a headache, the stomach.
_NOT_SKIN = re.compile(
    r"head|migr|tete|kopf|testa|cabe[zc]a|jaqueca|enxaqueca|hoofd|голов|мигр|頭|头|두통|머리|صداع"
    r"|bloat|stomach|tummy|digest|ballon|blah|bauch|verdau|digeri|buik|verteer|вздут|усваива|перевар|живот"
    r"|お腹|おなか|下痢|消化|胀气|拉肚子|肚子|吐|배|설사|소화|مغص|يهضم|تهضم"
)
_ALCOHOL = re.compile(
    r"(?<![^\W_])(?:alcohol|alkohol|alcool|alcol|wine|wein|vin|vino|wijn|beer|bier|bière|birra|cerveza|"
    r"алкогол\w*|вино|вина|пиво|пива)(?![^\W_])|酒|(?<![가-힣])술|맥주|와인|كحول|خمر|بيرة"
)
_COMMAS = re.compile(r"[,、，،]")


def eaten_reaction(nt: NormalizedText, symptom: tuple[int, int], concept: int) -> AliasMatch | None:
    """An ``allergy_unspecified`` match (concept ``concept``) over the folded ``symptom`` when an eating
    verb stands before it in its sentence (at most :data:`_REACH` characters, one comma between) and the
    symptom is one of the skin, the mouth or the breath; None otherwise."""
    original = nt.original
    o_lo, o_hi = nt.to_original(*symptom)
    if _NOT_SKIN.search(original[o_lo:o_hi].lower()):
        return None
    window = original[max(0, o_lo - _REACH) : o_lo]
    breaks = list(PAIR_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    lower = window.lower()
    eats = list(_EATS.finditer(lower))
    if not eats or len(_COMMAS.findall(lower[eats[-1].start() :])) > 1 or _ALCOHOL.search(lower):
        return None
    return (symptom[0], symptom[1], concept, 1.0)



def unnamed_food(
    nt: NormalizedText, matches: Sequence[AliasMatch], i: int, allergens: Sequence[int], words: re.Pattern[str]
) -> bool:
    """Match ``i`` (an ``allergy_unspecified``) is the reaction to a food the list does not name: it holds no
    allergy word (it is a symptom) and none of the ``allergens`` (indices) stands before it in its sentence
    ("吃芒果嘴巴会肿，还有花生也不行": the peanut comes after; "不能碰海鲜，一吃就起疹子" speaks of the seafood)."""
    start, end = matches[i][0], matches[i][1]
    if words.search(nt.folded, start, end) and (
        _ALLERGY_WORD.search(nt.folded, start, end) or eaten_reaction(nt, (start, end), matches[i][2]) is None
    ):
        return False  # (a symptom word of the allergy list after a food eaten still is one: "복숭아 먹으면 두드러기")
    o_start = nt.to_original(start, end)[0]
    sentence = max((m.end() for m in PAIR_BREAK.finditer(nt.original, 0, o_start)), default=0)
    return not any(a != i and matches[a][1] <= start and nt.to_original(matches[a][0], matches[a][1])[0] >= sentence
                   for a in allergens)


_ALLERGY_WORD = re.compile(r"allerg|alerg|аллерг|过敏|過敏|アレルギ|알레르|알러지|حساسي|intoler|unvertr|непереносим")


_TRIGGER_REACH = 2 * _REACH  # original characters from a trigger to its symptom when an eating verb stands between
_TO_VERB = 4  # words from the trigger to the eating verb ("계란 들어간 거 드시면", "egg in it, when she eats")


def eaten_trigger(nt: NormalizedText, symptom: tuple[int, int], triggers: Sequence[AliasMatch]) -> AliasMatch | None:
    """The trigger named before an eating or touching verb that leads to the folded ``symptom`` in its sentence,
    too far back for a clause's reach ("계란 들어간 거 드시면 입술이 부으심", "anything with egg in it, when she eats
    it her lips swell"); None without one."""
    o_lo = nt.to_original(*symptom)[0]
    best = None
    for trigger in triggers:
        t_end = nt.to_original(trigger[0], trigger[1])[1]
        if t_end > o_lo or o_lo - t_end > _TRIGGER_REACH:
            continue
        between = nt.original[t_end:o_lo]
        eats = _EATS.search(between.lower())
        if eats is None or PAIR_BREAK.search(between) or len(_COMMAS.findall(between)) > 1 \
                or gap_length(between[: eats.start()].split()) > _TO_VERB:
            continue  # (another food may stand before the verb: "새우는 괜찮고 복숭아 드시면 …")
        if best is None or trigger[1] > best[1]:
            best = trigger
    return best
