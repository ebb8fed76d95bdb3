"""Diet words that state no diet where they stand: Korean "금주" meaning this week ("금주 토요일
방문", "금주 중으로 연락"), a diet the client does not need ("kosher not required", "Кошерное не
обязательно", "不用准备清真餐", "pas besoin de halal"), a sweet drink refused ("不喝甜的": sugar,
not alcohol) and drinking less ("少喝酒": no abstinence).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.literals import Literals
from lvmh_pipeline.lib.common.text import NormalizedText, fold
from lvmh_pipeline.lib.concepts.context import ConceptMeta
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.statements.tastes import CLAUSE

__all__ = ["diet_senses"]

# "금주" (abstinence; also "this week") before a day, the weekend or a time limit is the week.
_THIS_WEEK = re.compile(r"\s?(?:[월화수목금토일]요일|주말|중으로|중에|내로|내에|안으로|안에|까지|에\b|에 )")

# Saying a halal or kosher diet is not needed, after it ("kosher not required") or before it ("no need
# for halal"); other diets "not needed" are requests ("샴페인 필요 없음": no champagne).
_NOT_NEEDED_AFTER = tuple(fold(w) for w in (
    "not required", "not necessary", "not needed", "no need", "isn't needed", "isn't necessary", "unnecessary",
    "not a must", "pas necessaire", "pas obligatoire", "pas besoin", "pas la peine", "pas exige",
    "nicht notig", "nicht notwendig", "nicht erforderlich", "nicht zwingend", "muss nicht", "braucht es nicht",
    "no hace falta", "no es necesario", "no necesario", "no es obligatorio", "no lo necesita", "no lo exige",
    "non necessario", "non e necessario", "non serve", "non richiesto", "non e obbligatorio", "non lo richiede",
    "nao e necessario", "nao necessario", "nao precisa", "nao e obrigatorio", "niet nodig", "hoeft niet",
    "не обязательно", "не обязательна", "не обязателен", "не нужно", "не нужна", "не нужен", "не требует", "не требуется",
    "не надо", "غير ضروري", "مو ضروري", "مش ضروري", "ليس ضروري", "لا داعي", "ما يحتاج", "ما تحتاج",
    "不用", "不需要", "不必", "无需", "無需", "用不着", "必要ない", "必要なし", "必要はない", "必要ありません", "不要です",
    "필요 없", "필요없", "안 해도", "상관없",
))
_NOT_NEEDED_BEFORE = tuple(fold(w) for w in (
    "no need for", "no need to", "doesn't need", "does not need", "doesn't require", "does not require",
    "doesn't ask for", "pas besoin de", "pas besoin d", "n exige pas", "braucht kein", "braucht keine",
    "verlangt kein", "verlangt keine", "no necesita", "no hace falta", "no pide", "non serve", "non ha bisogno di",
    "non chiede", "nao precisa de", "nao precisa", "heeft geen behoefte aan", "hoeft geen", "не нужно", "не требует",
    "لا يحتاج", "لا تحتاج", "ما يحتاج", "ما تحتاج", "不用", "不需要", "不必", "无需", "無需", "用不着",
))
_LESS = ("少", "少量")  # "医生让他少喝酒": less, not none
_GATE = Literals((*_NOT_NEEDED_AFTER, *_NOT_NEEDED_BEFORE, "금주", "不喝", "少喝", "少饮", "少量饮"))
_REACH = 24  # characters from the diet to the phrase, inside its clause
_SWEET_AFTER = ("甜", "含糖")  # "不喝甜的": the sweet drink refused (the cue is "喝" after "不")


def _clause_free(nt: NormalizedText, lo: int, hi: int) -> bool:
    """No clause break in folded ``[lo, hi)``."""
    if hi <= lo:
        return True
    o_lo, o_hi = nt.to_original(lo, hi) if nt.starts is not None else (lo, hi)
    return CLAUSE.search(nt.original, o_lo, o_hi) is None


def _not_needed(nt: NormalizedText, m: AliasMatch) -> bool:
    """A not-needed phrase after the diet or before it, within :data:`_REACH` and its clause."""
    folded = nt.folded
    after = folded[m[1] : m[1] + _REACH]
    for phrase in _NOT_NEEDED_AFTER:
        at = after.find(phrase)
        if at >= 0 and _clause_free(nt, m[1], m[1] + at):
            return True
    before = folded[max(0, m[0] - _REACH) : m[0]]
    for phrase in _NOT_NEEDED_BEFORE:
        at = before.rfind(phrase)
        if at >= 0 and _clause_free(nt, m[0] - len(before) + at + len(phrase), m[0]):
            return True
    return False


def diet_senses(nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta) -> set[int]:
    """The diet matches that state no diet (returned) or a halal or kosher diet not needed (negated in place)."""
    folded = nt.folded
    if not _GATE.any_in(folded):
        return set()
    no_alcohol = meta.by_name.get("no_alcohol", -1)
    certified = {meta.by_name.get("halal", -1), meta.by_name.get("kosher", -1)}
    categories = meta.categories
    found = set()
    for i, m in enumerate(matches):
        if categories[m[2]] != "diet" or negated[i]:
            continue
        text = folded[m[0] : m[1]]
        if m[2] == no_alcohol and text.startswith("금주") and _THIS_WEEK.match(folded, m[0] + 2):
            found.add(i)  # "금주 토요일에 방문"
        elif m[2] == no_alcohol and folded.startswith(_SWEET_AFTER, m[1]) and folded[m[0] - 1 : m[0]] in ("不", "没"):
            found.add(i)  # "不喝甜的"
        elif m[2] == no_alcohol and folded[max(0, m[0] - 2) : m[0]].endswith(_LESS):
            found.add(i)  # "少喝酒": drinking less, as "drinks less" elsewhere
        elif m[2] in certified and _not_needed(nt, m):
            negated[i] = True
    return found
