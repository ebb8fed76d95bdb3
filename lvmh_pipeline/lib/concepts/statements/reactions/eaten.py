"""A reaction to a food outside the allergen list: eating it, then a symptom of the skin, the mouth or
the breath ("her lips swell when she eats mango", "一吃芒果嘴巴就肿", "桃を食べると唇が腫れる",
"키위 먹으면 입안이 따가워요", "после хурмы, как поест, губы опухают"). The food has no concept of its
own: the note states an allergy all the same, ``allergy_unspecified`` (as the note writers label it).

Only where no trigger was found in the clause (:mod:`.cues` pairs a named allergen first) and never for a
headache or the stomach (spicy food, a heavy dinner), alcohol ("술 드시면 얼굴이 빨개져요": a flush), a
denied or past symptom, or an illness.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import NormalizedText
from lvmh_pipeline.lib.concepts.context import PAIR_BREAK
from lvmh_pipeline.lib.concepts.matcher import AliasMatch

__all__ = ["eaten_reaction"]

_REACH = 30  # original characters an eating verb may stand before its symptom
# Eating verbs (original text, lower-cased): Latin and Cyrillic as words, CJK/Hangul/Arabic as stems.
_EATS = re.compile(
    r"(?<![^\W_])(?:eats?|eating|ate|eaten|mange[rsz]?|mangent|mangé|isst|essen|gegessen|mangia(?:re|to)?|"
    r"come(?:r)?|comido|comeu|eet|eten|gegeten|ест|съест|съел[аи]?|поест|поел[аи]?)(?![^\W_])"
    r"|食べ|召し上が|口にす|口に入れ|먹|드시|드셨|吃|يأكل|تأكل|ياكل|تاكل|أكل|اكل"
)
# Symptoms that are no sign of an allergy to a food eaten: a headache, the stomach.
_NOT_SKIN = re.compile(
    r"head|migr|tete|kopf|testa|cabe[zc]a|jaqueca|enxaqueca|hoofd|голов|мигр|頭|头|두통|머리|صداع"
    r"|bloat|stomach|tummy|digest|ballon|blah|bauch|verdau|digeri|buik|verteer|вздут|усваива|перевар|живот"
    r"|お腹|おなか|下痢|消化|胀气|拉肚子|肚子|배|설사|소화|مغص|يهضم|تهضم"
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

