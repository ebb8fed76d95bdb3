"""A vegan diet changed over time: the client who was vegan and eats fish again is a pescatarian, one who
eats eggs or dairy again (still no meat) a vegetarian: "was vegan, now eats fish again", "era vegana, ahora come
pescado otra vez", "war Veganerin, isst inzwischen wieder Fisch", "раньше была веганкой, теперь ест рыбу",
"以前はヴィーガン、今は魚OK", "비건이셨는데 요즘은 계란은 드심", "以前吃全素，现在吃鱼了" (:func:`resumed_foods`). A former
vegetarian who eats fish now states no diet (the writers of the first dev notes label none).

The food must be eaten in a clause after the diet word that says the change ("now", "again", "back to",
"but"), with a verb of eating or an "OK"; meat eaten again is :mod:`.abandoned_diets`' (no diet), fish or
eggs refused ("고기·생선은 여전히 안 드심") or eaten by someone else ("her husband eats fish again") change nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from lvmh_pipeline.lib.common.literals import Literals
from lvmh_pipeline.lib.common.text import NormalizedText, fold
from lvmh_pipeline.lib.concepts.matcher import AliasMatch

if TYPE_CHECKING:
    from lvmh_pipeline.lib.concepts.context import ConceptMeta

__all__ = ["resumed_foods"]

_FISH, _EGGS, _MEAT = "fish", "eggs", "meat"
_FOODS: dict[str, frozenset[str]] = {
    _FISH: frozenset(fold(w) for w in (
        "fish seafood poisson poissons fruits fisch meeresfruchte pesce pesci frutti pescado marisco mariscos peixe peixes "
        "vis zeevruchten рыбу рыба рыбы рыбой морепродукты سمك السمك اسماك الاسماك بحري البحري"
    ).split()),
    _EGGS: frozenset(fold(w) for w in (
        "egg eggs dairy cheese milk oeuf oeufs laitiers fromage lait eier ei milchprodukte kase milch uova uovo latticini "
        "formaggio huevo huevos lacteos queso leche ovo ovos laticinios queijo leite eieren zuivel kaas melk яйца яйцо "
        "молочное молочку молочные сыр молоко بيض البيض الالبان البان جبن الجبن حليب"
    ).split()),
    _MEAT: frozenset(fold(w) for w in "meat viande fleisch carne vlees мясо мяса لحم اللحم لحوم اللحوم".split()),
}
_DENSE_FOODS: dict[str, tuple[str, ...]] = {
    _FISH: ("魚", "シーフード", "海鮮", "생선", "해산물", "鱼", "海鲜"),
    _EGGS: ("卵", "たまご", "玉子", "乳製品", "チーズ", "牛乳", "달걀", "계란", "유제품", "치즈", "우유", "鸡蛋", "雞蛋", "牛奶", "奶制品", "乳制品"),
    _MEAT: ("肉", "고기"),
}
# Words saying the diet changed: now, again, back to, but (folded; "ya" and "ora" only as words).
_CHANGE = frozenset(fold(w) for w in (
    "now nowadays lately recently currently again back but ahora ya otra nuevo vuelve volvio volvió pero agora novo "
    "novamente voltou volta mas adesso ora oggi nuovo tornata tornato torna ripreso ma maintenant desormais nouveau "
    "remange recommence mais jetzt inzwischen mittlerweile nun wieder aber nu inmiddels tegenwoordig weer opnieuw maar "
    "теперь сейчас снова опять вновь но الحين الان حاليا رجع رجعت عاد عادت تاني بس لكن"
).split())
_DENSE_CHANGE = ("今は", "今では", "最近", "また", "再び", "けど", "でも", "요즘", "지금", "이제", "다시", "는데", "지만", "现在",
                 "如今", "又", "重新", "再", "但", "→")
_CHANGE_GATE = Literals(tuple(w + " " for w in _CHANGE) + _DENSE_CHANGE)
# A verb of eating, or a food said to be fine ("fish OK", "Fisch ja"), in the food's clause (folded word stems).
_EAT_STEMS = tuple(fold(w) for w in (
    "eat mange remange isst essen eet eten come comi mangi ест кушает ела تاكل ياكل اكل بتاكل بياكل").split())
_EAT_WORDS = frozenset(fold(w) for w in "ate ok okay fine oui ja si sí sim ел есть можно".split())
_DENSE_EAT = ("食べ", "召し上が", "大丈夫", "OK", "ok", "드시", "드심", "드세", "드셔", "드신", "드십", "먹", "吃", "可以")
_NEGATORS = frozenset(fold(w) for w in (
    "no not without never pas sans ni jamais plus kein keine keinen ohne nicht nie non senza niente sin nada nunca sem "
    "nem nao geen niet nooit не без ни нет لا ما بدون ولا مش"
).split())
# a negator in the rest of a dense food's clause: its one verb ("고기·생선은 여전히 안 드심")
_DENSE_NEGATED = re.compile(r"(?:안\s?[드먹]|못|않|없|ない|ません|ダメ|だめ|NG|ng|不|没|沒)")
_DENSE_NEGATED_BEFORE = re.compile(r"[不没沒别別忌戒]\S{0,2}$")
_SEGMENTS = re.compile(r"[,;.!?:，、。；！？：،؛\n()（）]")
_SENTENCE = re.compile(r"[.!?\n。！？]")
_REACH = 120  # characters after the diet word within which the change is told
# (a former vegetarian who eats fish now states no diet: "раньше была вегетарианкой, теперь ест рыбу")
_STRICTER = {"vegan": {_FISH: "pescatarian", _EGGS: "vegetarian"}}


def resumed_foods(
    nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta, past: list[bool],
    dropped: set[int],
) -> None:
    """Relabel in place, as the diet the client keeps now, a vegan diet followed by a food it leaves out
    eaten (again) now; ``past``: the diets negated as past (un-negated when relabelled)."""
    if not any(meta.names[m[2]] in _STRICTER for m in matches) or not _CHANGE_GATE.any_in(nt.folded + " "):
        return
    family = {m[2] for m in matches if meta.categories[m[2]] == "family"}
    for i, (start, end, concept, confidence) in enumerate(matches):
        name = meta.names[concept]
        if name not in _STRICTER or i in dropped or (negated[i] and not past[i]):
            continue
        o_end = nt.to_original(start, end)[1]
        others = [m for m in matches if m[2] in family and m[0] >= end]
        limit = min((nt.to_original(m[0], m[1])[0] for m in others), default=len(nt.original))
        eaten = _eaten_now(nt.original[o_end : min(limit, _window_end(nt.original, o_end))])
        if not eaten or _MEAT in eaten:
            continue
        new = _STRICTER[name].get(_FISH if _FISH in eaten else _EGGS)
        if new and new in meta.by_name:
            matches[i] = (start, end, meta.by_name[new], confidence)
            negated[i] = False


def _window_end(text: str, at: int) -> int:
    """The end of the sentence after the one holding ``at`` (at most :data:`_REACH` characters on)."""
    first = _SENTENCE.search(text, at)
    second = _SENTENCE.search(text, first.end()) if first else None
    return min(at + _REACH, second.start() if second else len(text))


def _eaten_now(window: str) -> set[str]:
    """The foods (fish, eggs, meat) the clauses of ``window`` say are eaten, once a word of change is read."""
    changed = False
    eaten: set[str] = set()
    for segment in _SEGMENTS.split(window):
        folded = fold(segment)
        words = folded.split()
        changed = changed or not _CHANGE.isdisjoint(words) or any(w in segment for w in _DENSE_CHANGE)
        if not changed or not (any(w.startswith(_EAT_STEMS) or w in _EAT_WORDS for w in words)
                               or any(verb in segment for verb in _DENSE_EAT)):
            continue
        for food, vocabulary in _FOODS.items():
            if any(w in vocabulary and not _negated(words, k) for k, w in enumerate(words)):
                eaten.add(food)
        for food, dense in _DENSE_FOODS.items():
            for word in dense:
                at = segment.find(word)
                if at >= 0 and not _DENSE_NEGATED.search(segment, at + len(word)) \
                        and not _DENSE_NEGATED_BEFORE.search(segment, 0, at):
                    eaten.add(food)
    return eaten


def _negated(words: list[str], k: int) -> bool:
    """A negator among the two words before the food or the five after it."""
    return not _NEGATORS.isdisjoint(words[max(0, k - 2) : k]) or not _NEGATORS.isdisjoint(words[k + 1 : k + 6])
