"""An allergen marked "not OK" in Japanese, Korean or Chinese shorthand is avoided, not denied: "ラテックスNG",
"卵と、エビ・カニがだめ", "땅콩 X", "芒果不行" say the client cannot have it, where "アレルギーなし" denies
(:func:`avoid_marked`), as does an X answering an allergy checklist item by item ("알레르기 확인: 계란 X, 우유 X":
:func:`checklist_no`). The allergy word itself marked so ("알레르기 X") still denies. A food named by a word
that needs an allergy cue ("卵", "계란") takes the mark as its cue (:func:`marked_cues`). A modal verb with a
negator before an allergen avoids it too ("Ze mag trouwens geen latex": :func:`modal_refused`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lvmh_pipeline.lib.common.text import NormalizedText, fold, to_folded
from lvmh_pipeline.lib.concepts.context import ConceptMeta
from lvmh_pipeline.lib.concepts.matcher import AliasMatch

__all__ = ["avoid_marked", "checklist_no", "marked_cues", "modal_refused"]

_CLAUSE = re.compile(r"[.;!?,:()\n。！？；：、，،]")

# Right after the allergen (folded text: punctuation is space), a topic particle first, then a degree word
# ("卵も少しダメ", "계란도 좀 안 돼요", "鸡蛋也不行"), or "all" after a list ("두부, 두유 다 안 되심").
_MARKS = re.compile(
    r"(?:は|が|も|은|는|이|가|도)? ?(?:少し|ちょっと|全然|絶対|완전|조금|좀|약간|절대|전혀|둘 다|다|모두|전부|有点|有些|也|都)? ?(?:ng(?![a-z])|ダメ|だめ|駄目|無理|不可|x(?![a-z])|안 ?돼|안 ?됨|안 ?되[세시신심]|금지|不行|不能碰|不能吃)"
)


# An allergy checklist answered item by item: "알레르기 확인: 계란 X, 우유 X" (an X there answers no, it is no
# not-OK mark; folded text, the items before the food each marked).
_CHECKLIST = re.compile(r"(?:알레르기|알러지|アレルギー|过敏|allerg[a-z]*)\s*(?P<label>확인|체크|여부|유무|사항|check)?\s+(?:[^\s]+\s+[xo]\s+)*$")


def avoid_marked(folded: str, start: int, end: int) -> bool:
    """A not-OK mark right after the allergen at folded ``start:end``, not an X answering a checklist."""
    mark = _MARKS.match(folded, end)
    return mark is not None and not _answered(folded, start, mark)


def checklist_no(folded: str, start: int, end: int) -> bool:
    """The allergen at folded ``start:end`` is an item of an allergy checklist answered X (no)."""
    mark = _MARKS.match(folded, end)
    return mark is not None and _answered(folded, start, mark)


def _answered(folded: str, start: int, mark: re.Match[str]) -> bool:
    """The mark is an X answering an allergy checklist item by item ("알레르기 확인: 계란 X, 우유 X"); not one after
    an allergy stated with its allergen ("갑각류 알레르기, 땅콩 X": a shellfish allergy, then peanuts not OK)."""
    return mark.group().strip().endswith("x") and _checklist_before(folded, start)


def _checklist_before(folded: str, start: int) -> bool:
    """An allergy checklist's label before folded ``start``: the allergy word with a label word ("확인") or standing
    alone (after punctuation or a line's start, not right after its allergen: "갑각류 알레르기")."""
    found = _CHECKLIST.search(folded, max(0, start - 60), start)
    if found is None:
        return False
    at = found.start()
    return found.group("label") is not None or at == 0 or folded[at - 1] == "\n" or (
        folded[at - 1].isspace() and (at < 2 or folded[at - 2].isspace()))


# A modal verb beside the negator before an allergen says it may not be had, with a word between that breaks
# the cue's alias ("Ze mag trouwens geen latex", "Sie darf übrigens kein Latex", "she can't really have
# latex", "no puede ni ver el látex"): avoided, not denied. Folded words.
_MODALS = frozenset(fold(w) for w in (
    "can could may must might should shouldn mustn cannot darf durfte darfst kann konnte soll sollte muss mag mocht "
    "mochten kan kon moet mogen peut pouvait doit devait puede podia debe pode podia deve puo poteva "
    "может могла мог можно нельзя должна должен"
).split())
_MODAL_NEGATORS = frozenset(fold(w) for w in (
    "no not t kein keine keinen nicht geen niet pas non nao nem ni не нельзя"
).split())
_MODAL_REACH = 6  # words before the allergen


def modal_refused(nt: NormalizedText, start: int) -> bool:
    """A modal verb and a negator among the few words of the clause before folded offset ``start`` (an
    allergen): the client may not have it."""
    o_start = nt.to_original(start, start)[0]
    o_lo = max(0, o_start - 60)
    cuts = [m.end() for m in _CLAUSE.finditer(nt.original, o_lo, o_start)]
    words = nt.folded[to_folded(nt, cuts[-1] if cuts else o_lo) : start].split()[-_MODAL_REACH:]
    return not _MODALS.isdisjoint(words) and not _MODAL_NEGATORS.isdisjoint(words)


# Foods whose ``?`` words ("?卵", "?エビ", "?계란") a not-OK mark licenses: "卵はダメ" is the egg allergy.
_FOODS = ("eggs", "shellfish", "fish", "soy", "tree_nuts", "peanut", "gluten", "lactose", "sesame", "mustard", "celery")
# What holds the food, between it and the mark (folded text).
# (a Korean kind or dish after it: "콩 종류 다 안 되심", "대두 들어간 소스 X", "두유 라떼 안 됨")
_HOLDING = re.compile(
    r"\s?(?:入り(?:の(?:もの|物|料理|お菓子))?|が入った(?:もの|物|料理)|들어간 ?[가-힣]{1,3}|종류(?:는|도)? ?(?:다|모두|전부)?"
    r"|(?:라떼|우유|소스|음료|과자|빵)(?:는|도)?|的(?:东西|食物|菜)?)"
)
_CROSSES = "×✕✖❌╳"  # a cross after a food in shorthand ("卵×"), folded to a space
_MARKED_LANGUAGES = frozenset({"JA", "KO", "ZH", None})  # the shorthand of these notes (every language when unknown)
_MEATLESS = ("vegan", "vegetarian", "pescatarian", "flexitarian")
_NOT_THE_DIET = re.compile(r" ?(?:では|じゃ|でも)? ?(?:ない|なく|ありません)| ?(?:은|는|이|가)? ?(?:아니|아님|아닙)")
# The cheap test: a dense mark, or "NG" / "X" standing alone (padded folded text; ``in`` tests).
_ANY_MARK = ("ダメ", "だめ", "駄目", "無理", "不可", "안 돼", "안돼", "안 됨", "안됨", "안 되", "안되", "금지", "不行", "不能碰", "不能吃", " ng ", " x ")


def marked_cues(
    folded: str, matches: list[AliasMatch], licensed: Callable[[], list[AliasMatch]], meta: ConceptMeta, cue: int,
    language: str | None = None, nt: NormalizedText | None = None,
) -> list[AliasMatch]:
    """``allergy_cue`` spans (concept ``cue``) over the not-OK mark right after a food's ``?`` word
    (``licensed()``, called only when a Japanese, Korean or Chinese note holds a mark): "卵と、エビ・カニがだめ"
    (the list shares it), "계란은 안 됨", "鸡蛋不行"; not an X answering an allergy checklist ("알레르기 확인: 계란 X"). Non-food ``?`` words (a cat, earrings, wool) are no allergy
    by a mark alone, nor are foods a vegan or vegetarian ``matches`` names leaves out ("비건이셔서 계란, 우유 안 됨"),
    unless the note denies that diet ("ビーガンではない")."""
    if language not in _MARKED_LANGUAGES:
        return []
    padded = f" {folded} "
    crossed = nt is not None and any(c in nt.original for c in _CROSSES)  # "卵×": folding leaves a space
    if not crossed and not any(mark in padded for mark in _ANY_MARK):
        return []
    diets = {meta.by_name.get(name) for name in _MEATLESS}
    if any(m[2] in diets and not _NOT_THE_DIET.match(folded, m[1]) for m in matches):
        return []  # (a diet denied is none: "ビーガンではない", "비건 아니심")
    foods = {meta.by_name[name] for name in _FOODS if name in meta.by_name}
    cues = []
    for start, end, concept, _ in licensed():
        if concept not in foods or any(m[0] <= start and end <= m[1] and m[1] - m[0] > end - start for m in matches):
            continue  # (inside a longer word: "콩" in "땅콩")
        held = _HOLDING.match(folded, end)  # "卵入りのものはダメ", "계란 들어간 음식은 안 돼요"
        mark = _MARKS.match(folded, held.end() if held else end)
        if mark is not None and not _answered(folded, start, mark):
            cues.append((end, mark.end(), cue, 1.0))
        elif mark is None and crossed and not held and nt.original[nt.to_original(end, end)[0]:][:1] in _CROSSES \
                and not _checklist_before(folded, start):
            cues.append((end, end + 1, cue, 1.0))  # "卵×、香水OK", "蛋×" (not a checklist answered item by item)
    return cues
