"""A negated problem word denies the food next to it: "no gluten issues", "kein
Gluten-Problem", "no problems with nuts", "нет проблем с орехами", and a food answered "no problem"
("Sulfite? Kein Problem", "亜硫酸塩は特に問題ない") (:func:`problem_flags`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lvmh_pipeline.lib.common.text import NormalizedText, fold, to_folded

__all__ = ["problem_flags"]


# "No gluten issues", "kein Gluten-Problem", "no problems with nuts", "pas de problème avec le
# lactose", "нет проблем с орехами": a negated problem word next to the food denies it, where a
# bare "no gluten" would be a free-from request. Folded text (accents gone, hyphens as spaces).
_PROBLEM = (r"(?:issues?|problems?|probleme|problemen|probleem|problemes?|problemas?|problemi|проблем\w*|"
            r"concerns?|troubles?|beschwerden|reactions?|reaktionen?)")
# what a search for _PROBLEM finds (``in`` tests are 3x faster than the regex scan)
_PROBLEM_STEMS = ("issue", "problem", "probleem", "проблем", "concern", "trouble", "beschwerden", "reaction", "reaktion")
_PROBLEM_NEGATOR = frozenset(fold(w) for w in (
    "no not never kein keine keinen keiner keinerlei nicht pas aucun aucune jamais nessun nessuna nessuno non "
    "ningún ninguna ninguno nunca sin sem nenhum nenhuma nunca geen nooit нет никаких без не لا"
).split())
_PROBLEM_AFTER = re.compile(r" *" + _PROBLEM + r"(?![^\W_])")
_PROBLEM_BEFORE = re.compile(
    r"(?:^|[^\W_] |\s)(?:" + "|".join(sorted(_PROBLEM_NEGATOR, key=len, reverse=True)) + r")(?: (?:any|real|major|known|"
    r"particular|grossen?|gros|grand|particolare|particular|groot|grote|особых|особенных))? (?:de |di |d )?" + _PROBLEM
    + r" (?:with|mit|avec|con|com|met|с|со|to|for|mit dem|mit der)(?: (?:the|le|la|les|l|il|lo|el|los|las|o|a|os|as|"
    r"het|de|den|dem|der|die|das))? *$"
)
# A question or a topic answered "no problem" right after the food ("Sulfite? Kein Problem", "nuts: not a
# problem", "亜硫酸塩は、あ、特に問題ないそうです", "花生没问题", "견과류는 문제없음"): denied, unless the phrase
# goes on to another object ("no problem with dairy"). Folded text: punctuation is space.
_ANSWERED = re.compile(
    r" {0,4}(?:[^\W\d_]{1,3} {1,3})?(?:kein|keine|keinerlei|no|not a|never a|pas de|pas un|aucun|nessun|ningun|sin|sem|nenhum|"
    r"geen|нет|не|никаких|لا|ما في|مافي)\s+(?:grosses?\s+|real\s+|particular\s+|particolare\s+|особых\s+)?"
    r"(?:problem\w*|probleme?s?|problemas?|problemi|probleem|проблем\w*|مشكله|مشاكل)(?! (?:with|mit|avec|con|com|met|с|со|to)\b)"
    r"|(?:は|も)? ?(?:[^\W\d_]{1,2} )?(?:特に)?問題(?:ない|なし|ありません|無い|なかった)|(?:[^\W\d_]{1,2} )?(?:没|沒)有?(?:什么|什麼)?(?:问题|問題)"
    r"|(?:은|는|도)? ?(?:별로 |전혀 |딱히 )?문제\s?(?:없|x)"
)
_ANSWERED_STEMS = ("問題", "问题", "문제", "مشكل", "مشاكل")
# An allergy stated with the food ("peanut allergy — no problem, we'll skip the chocolates"): the phrase
# answers the request, not the allergy.
_ALLERGY_STEMS = ("allerg", "аллерг", "intoler", "unvertrag", "アレルギー", "알레르기", "알러지", "过敏", "過敏", "حساسي")
_PROBLEM_CLAUSE = re.compile(r"[.;!?,:()\n\[\]。！？；：、，؛؟،]")


def problem_flags(nt: NormalizedText, spans: Sequence[Sequence[int]], eligible: Sequence[bool]) -> list[bool]:
    """For each eligible hit (folded spans), whether a negated problem word is about it: "no
    gluten issues", "keine Nuss-Probleme", "no problems with nuts", "нет проблем с лактозой"."""
    folded = nt.folded
    flags = [False] * len(spans)
    if not any(eligible):
        return flags
    if not any(stem in folded for stem in _PROBLEM_STEMS) and not any(stem in folded for stem in _ANSWERED_STEMS):
        return flags
    for i, span in enumerate(spans):
        if not eligible[i]:
            continue
        start, end = span[0], span[1]
        head = folded[max(0, start - 60) : start]
        cut = max((m.end() for m in _PROBLEM_CLAUSE.finditer(nt.original, *nt.to_original(max(0, start - 60), start))),
                  default=None)
        if cut is not None:
            head = folded[max(to_folded(nt, cut), max(0, start - 60)) : start]
        if _PROBLEM_BEFORE.search(head) or (
            _ANSWERED.match(folded, end) and not any(stem in folded[max(0, start - 30) : end] for stem in _ALLERGY_STEMS)
        ):
            flags[i] = True
            continue
        after = _PROBLEM_AFTER.match(folded, end)
        if after and _PROBLEM_CLAUSE.search(nt.original, *nt.to_original(end, after.end())) is None:
            words = head.split()[-3:]
            if any(w in _PROBLEM_NEGATOR for w in words):
                flags[i] = True
    return flags
