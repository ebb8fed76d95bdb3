"""An allergy of childhood or of the past that the note says is gone now: "had a metal allergy as a child, not
any more", "어릴 때 금속 알레르기 있었는데 지금은 없음", "小时候对金属过敏，现在没有了", "В детстве была аллергия на
металл, сейчас нет", "كانت عندها حساسية من المعادن وهي صغيرة، الحين لا" (:func:`negate_outgrown`). Both are needed:
a past word alone ("allergic since childhood") or a "now" alone ("now allergic to cats") keeps the allergy.
A diet said of before, gone now, is past too: "elle était végane avant mais plus maintenant", "was vegetarian
before, not anymore", "раньше была веганом, сейчас нет" (a past tense counts there as the past word).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lvmh_pipeline.lib.common.literals import Literals
from lvmh_pipeline.lib.common.text import fold, is_dense_char
from lvmh_pipeline.lib.concepts.matcher import AliasMatch

if TYPE_CHECKING:
    from lvmh_pipeline.lib.common.text import NormalizedText
    from lvmh_pipeline.lib.concepts.context import ConceptMeta

__all__ = ["negate_outgrown"]


def _alternation(entries: str) -> re.Pattern[str]:
    """A regex of folded ``|``-separated entries, longest first; Latin and Cyrillic ones as whole words."""
    keys = sorted({fold(e).strip() for e in entries.split("|") if fold(e).strip()}, key=len, reverse=True)
    return re.compile("|".join(
        re.escape(k) if is_dense_char(k[0]) else rf"(?<![^\W\d_]){re.escape(k)}(?![^\W\d_])" for k in keys
    ))


# Childhood or the past, said of the allergy.
_PAST_WORDS = (
    "as a child|as a kid|as a baby|when she was little|when he was little|when she was young|when he was young|"
    "in childhood|as a girl|as a boy|enfant|petite|dans son enfance|als kind|in der kindheit|als baby|da piccola|"
    "da piccolo|da bambina|da bambino|de pequena|de pequeno|de niña|de niño|de nina|de nino|quando criança|"
    "em criança|na infância|quando era pequena|quando era pequeno|als kind|vroeger|в детстве|когда была маленькой|"
    "когда был маленьким|子供の頃|子どもの頃|幼い頃|小さい頃|幼少期|어릴 때|어렸을 때|어릴적|어릴 적|小时候|小時候|"
    "童年|وهي صغيرة|وهو صغير|في صغرها|في صغره|لما كانت صغيرة|لما كان صغير|"
    # the past without childhood: "used to", "früher", "já teve", "예전엔", "以前"
    "used to|früher|frueher|já teve|ja teve|quando era criança|quando era crianca|em pequena|em pequeno|"
    "예전에|예전엔|전에는|옛날에|以前|之前|曾经|曾經|"
    # "before" said of the allergy, gone now after it: "antes reaccionaba al látex, ya no", "раньше была, теперь нет"
    "antes|antigamente|avant|auparavant|autrefois|un tempo|una volta|vorher|voorheen|раньше|سابقا|زمان"
)
# Gone now.
_NOW_NONE = (
    "not any more|not anymore|no longer|now fine|fine now|outgrew|outgrown|grew out of|gone now|plus maintenant|"
    "ne l est plus|disparue|nicht mehr|inzwischen weg|jetzt nicht mehr|ausgewachsen|non più|non piu|ora no|adesso no|"
    "passata|ya no|ahora no|se le pasó|se le paso|já não|ja nao|agora não|agora nao|passou|niet meer|nu niet meer|"
    "сейчас нет|больше нет|уже нет|теперь нет|прошла|今はない|今は大丈夫|今は平気|治った|もうない|지금은 없|"
    "지금은 괜찮|이제 괜찮|이제 없|나았|現在なし|現在はなし|今はなし|今はない|现在没有|现在没事|现在好了|已经好了|現在沒有|الحين لا|الحين خلاص|"
    "الحين ما عندها|الحين ما عنده|الآن لا|الان لا|راحت|خفت|"
    # eaten or worn without trouble now, healed, long gone
    "verwachsen|längst weg|laengst weg|kein problem mehr|heute nicht mehr|heute kein|hoje come|hoje não|hoje nao|"
    "hoje já não|hoje ja nao|hoje usa|eats it fine now|fine with it now|"
    "잘 드신|잘 드세요|잘 드심|잘 먹|나으셨|나음|다 낫|现在能吃|现在可以吃|现在都能吃|现在不过敏|現在能吃|現在可以吃"
)
# Still so: "어릴 때부터 있었고 지금도 심함, 다른 건 잘 드심", "ainda não come ovo" keep the allergy
_STILL = _alternation("still|noch immer|immer noch|ainda|aún|todavía|encore|ancora|nog steeds|до сих пор|всё ещё|"
                      "지금도|아직도|아직|여전히|仍然|还是|依然|今も|まだ|لا تزال|لا يزال|ما زال|مازال")
_PAST = _alternation(_PAST_WORDS)
# a diet's past: the past words, "before" and a past tense ("était", "was", "era", "была")
_DIET_PAST = _alternation(_PAST_WORDS + "|avant|auparavant|before|previously|antes|prima|vorher|eerder|voorheen|раньше|قبل|"
                                        "était|etait|was|were|war|waren|era|erano|fue|foi|был|была|были|كانت|كان|だった|었는데|였는데")
_NOW = _alternation(_NOW_NONE)
_NOW_KEYS = Literals({fold(w).strip() for w in _NOW_NONE.split("|")})  # one pass before the regex
# "since childhood" ("depuis l'enfance", "어릴 때부터", "子供の頃から", "从小"): the allergy goes on
_SINCE = re.compile(r"(?<![^\W\d_])(?:since|depuis|seit|desde|sin da|sinds|с|منذ)\s+\S*\s*$|^[^ ]*(?:부터|から)"
                    r"|(?:부터|から|以来)")
_QUALIFIED = [[w] for w in ("es", "is", "est", "ist", "e", "so", "tan", "tao", "si", "zo", "так", "such", "aussi", "mehr", "tanto")]
# the diets a client chooses and may give up ("végane avant, plus maintenant"); after a condition or an abstention,
# "no longer" says the abstention ("ya no bebe", "no longer eats sweets"), not a diet gone
_CHOSEN_DIETS = frozenset({"vegetarian", "vegan", "pescatarian", "flexitarian", "keto", "low_carb", "paleo",
                           "intermittent_fasting"})
_BEFORE, _AFTER = 50, 60  # folded characters around the allergen for the past word / after it for "gone now"
# a hard field break of a CRM line ("nut allergy | egg allergy as a kid, not any more"): the next field's allergen
# owns the "gone now" after it
_FIELD_BREAK = re.compile(r"[|｜/／;；\n•·]")


def _field_end(nt: NormalizedText | None, matches: list[AliasMatch], i: int, meta: ConceptMeta) -> int:
    """Where the window of match ``i`` stops: the start of a later allergen or diet behind a field break."""
    end, categories = matches[i][1], meta.categories
    limit = end + _AFTER
    if nt is None:
        return limit
    for start_j, _, concept_j, _ in matches[i + 1 :]:
        if start_j >= limit:
            break
        if start_j >= end and categories[concept_j] in ("allergy", "diet") and concept_j not in meta.licensors:
            lo, hi = nt.to_original(end, start_j)
            if _FIELD_BREAK.search(nt.original, lo, hi):
                return start_j
    return limit


def negate_outgrown(
    folded: str, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta, nt: NormalizedText | None = None
) -> None:
    """Negate, in place, the allergies said of childhood or the past with "gone now" after them (each
    allergen's window read: a few per note at most)."""
    categories = meta.categories
    for i, (start, end, concept, _) in enumerate(matches):
        category = categories[concept]
        if negated[i] or category not in ("allergy", "diet") or concept in meta.licensors or concept in meta.cues:
            continue
        if category == "diet" and meta.names[concept] not in _CHOSEN_DIETS:
            continue  # a medical or abstaining diet "no longer" is its own statement ("diabético … ya no puede comer dulces")
        window = folded[end : end + _AFTER]
        if not _NOW_KEYS.any_in(window) or _STILL.search(window):
            continue
        limit = _field_end(nt, matches, i, meta)  # (only read when a "gone now" word is near)
        window = folded[end:limit]
        gone = _NOW.search(window)
        if gone is None or (category == "diet" and window[gone.end() :].split()[:1] in _QUALIFIED):
            continue  # a diet "no longer" qualified: "ya no es estricto, come pescado" (less strict, still a diet)
        past = (_PAST if category == "allergy" else _DIET_PAST).search(folded, max(0, start - _BEFORE), limit)
        if past and not _SINCE.search(folded, max(0, past.start() - 8), past.end() + 3):
            negated[i] = True
