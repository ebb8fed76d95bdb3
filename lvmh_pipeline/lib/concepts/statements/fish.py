"""Does a vegetarian eat fish? Fish and seafood eaten make a pescatarian ("no meat but eats fish",
"해산물은 드시는데 고기는 안 드심", "نباتي بس ياكل سمك"); fish refused before or after the word ("kein
Fisch", "vis eet ze ook niet", "حتى السمك ما تاكله", "鱼也不吃"), an allergy to it ("海鲜过敏",
"عندها حساسية من السمك", "不能碰海鲜") or fish eaten by someone else ("son mari adore le poisson", "先生爱吃海鲜")
do not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lvmh_pipeline.lib.common.text import NormalizedText, fold, is_dense_char
from lvmh_pipeline.lib.concepts.context import clause_of
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.negation import COORDINATED_WORDS

__all__ = ["eats_fish"]

_FISH_WORDS = frozenset(
    fold(w) for w in (
        "fish seafood poisson poissons fisch meeresfruchte pesce pescado marisco mariscos peixe peixes vis "
        "zeevruchten рыбу рыба рыбы морепродукты سمك السمك الاسماك اسماك بحريه البحريه روبيان الروبيان جمبري "
        "الجمبري ربيان الربيان"
    ).split()
)
# The first word of a two-word fish phrase: "المأكولات البحرية" (seafood).
_FISH_HEADS = frozenset(fold(w) for w in "المأكولات مأكولات الأكلات اكلات".split())
_DENSE_FISH_WORDS = ("魚", "シーフード", "생선", "해산물", "鱼", "海鲜", "海鮮")
_FISH_NEGATORS = frozenset(
    fold(w) for w in "no not nor without never pas sans ni jamais kein keine keinen ohne nicht nie non senza niente "
    "né sin nada nunca sem nem nao não geen niet nooit не без ни لا ما بدون ولا".split()
)
# Negators after the fish word, before the clause goes on ("vis eet ze ook niet", "Fisch isst sie
# auch nicht", "السمك ما تاكله", "рыбу тоже не ест").
_AFTER_NEGATORS = _FISH_NEGATORS | frozenset(fold(w) for w in "nada nunca mai jamais niets nooit".split())
_AFTER_WORDS = 5
# (an adverb of still or at all may stand before the negator: "생선은 계속 안 드심", "魚はまだ全然ダメ")
_DENSE_FISH_NEGATED = re.compile(
    r"^.{0,4}?(?:(?:계속|여전히|전혀|절대|아직도?|아예|全然|一切|依然|还是|仍然)\s?)?(?:안\s?[드먹]|못|않|없|싫|ない|なし|無し|ません|ダメ|だめ|[nN][gG]|苦手|嫌い|無理|不|没|一律不|也不|都不"
    r"|召し上がら|召し上がりませ|お召し上がりにならな|食べな|食べませ|口にしな|口にされな)"
)
# A negator a verb or two before the dense fish word: "不吃鱼", "不能碰海鲜", "没法吃海鲜", "忌海鲜".
_DENSE_NEGATED_BEFORE = re.compile(r"[不没沒别別忌戒][^，,。、\s]{0,2}$")
_ALLERGY_STEMS = ("allerg", "alerg", "аллерг", "حساسي", "过敏", "過敏", "アレルギー", "알레르기", "알러지", "intoler", "unvertrag",
                  "onverdraag")
_NEXT_SENTENCE = re.compile(r"[.;!?\n。！？；]")
_SEGMENT_END = re.compile(r"[,，、،:：]")


def eats_fish(nt: NormalizedText, match: AliasMatch, matches: Sequence[AliasMatch], family: frozenset[int]) -> bool:
    """A fish or seafood word the client eats in the sentence of ``match`` (a vegetarian diet) or
    at the start of the next one ("肉は召し上がらない。魚は大丈夫。", "Ne mange pas de viande. Poisson
    oui."); ``family``: the concepts naming someone else (a fish word after one of them, in the
    same clause, is their food)."""
    o_start, o_end = nt.to_original(match[0], match[1])
    clause = clause_of(nt.original, o_start, o_end)
    if "\u3040" <= nt.original[o_start] <= "\u9fff" and " " in clause:  # a spoken run: "猫毛过敏 她吃素但是吃鱼" (the allergy
        own = clause.rfind(nt.original[o_start:o_end])  # before the diet word is another statement's)
        cut = clause.rfind(" ", 0, own) if own > 0 else -1
        clause = clause[cut + 1 :] if cut >= 0 else clause
    others = _others_in(nt, matches, family, clause, o_start)
    if _fish_in(clause, others):
        return True
    stop = _NEXT_SENTENCE.search(nt.original, o_end)
    if stop is None:
        return False
    rest = nt.original[stop.end() : stop.end() + 40].lstrip()
    following = _NEXT_SENTENCE.split(rest, 1)[0]
    head = following[:6] if following[:1] and is_dense_char(following[0]) else " ".join(following.split()[:2])
    return bool(head) and _fish_in(head, ()) and _fish_in(following, ())


def _others_in(nt: NormalizedText, matches: Sequence[AliasMatch], family: frozenset[int], clause: str,
               anchor: int) -> tuple[str, ...]:
    """The words of the clause naming someone else ("mari", "先生", "زوجها") after the diet."""
    found = []
    for start, end, concept, _ in matches:
        if concept in family:
            o_start, o_end = nt.to_original(start, end)
            if o_start > anchor:
                found.append(nt.original[o_start:o_end])
    return tuple(w for w in found if w in clause)


def _fish_in(clause: str, others: tuple[str, ...]) -> bool:
    folded = fold(clause)
    if any(stem in folded for stem in _ALLERGY_STEMS):
        return False  # "allergic to fish": no fish eaten
    words = folded.split()
    other_words = {fold(w) for o in others for w in o.split()}
    # each word's segment tail (up to the next comma: "poisson, pas de viande" keeps "pas" apart)
    tails: list[list[str]] = []
    heads: list[int] = []  # where each word's segment starts (a negator before a comma is another item's)
    fishy = not _FISH_WORDS.isdisjoint(words)  # (most clauses name no fish word: no tails to build)
    for segment in _SEGMENT_END.split(clause) if fishy else ():
        seg = fold(segment).split()
        tails.extend(seg[j + 1 :] for j in range(len(seg)))
        heads.extend([len(heads)] * len(seg))
    if fishy and len(tails) != len(words):
        tails = [words[j + 1 :] for j in range(len(words))]
        heads = [0] * len(words)
    for k, word in enumerate(words):
        if word not in _FISH_WORDS:
            continue
        first = k - 1 if k and words[k - 1] in _FISH_HEADS else k
        before = words[max(0, first - 2, heads[first]) : first]  # "без фанатизма, рыбу ест": not the fish's
        if _FISH_NEGATORS.intersection(before):
            continue
        # "no meat or fish", "no red meat and fish": the negator of a coordinated item
        if first and words[first - 1] in COORDINATED_WORDS and _FISH_NEGATORS.intersection(words[max(0, first - 4) : first - 1]):
            continue
        if other_words.intersection(words[:first]):
            continue  # "son mari adore le poisson": someone else's food
        if _negated_after(tails[k][:_AFTER_WORDS]) or _elliptic_too(words[:k], tails[k]):
            continue
        return True
    folded_others = tuple(fold(o) for o in others)
    for fish in _DENSE_FISH_WORDS:
        at = clause.find(fish)
        # (a slice: "^" would not match at a ``pos`` argument)
        if at >= 0 and not _DENSE_FISH_NEGATED.match(clause[at + len(fish) :]) \
                and not _DENSE_NEGATED_BEFORE.search(clause, max(0, at - 4), at):
            if any(o and o in fold(clause[:at]) for o in folded_others):
                continue
            return True
    return False


_REFUSALS = _FISH_NEGATORS | frozenset(("doesn", "don", "didn", "won"))
_TOO = frozenset(fold(w) for w in "too either тоже также auch ook anche tampoco também aussi".split())
# Words after which a negator is about something else ("fish but no meat", "Fisch ja, Fleisch nein").
_STOPS = frozenset(fold(w) for w in (
    "but mais aber ma pero mas maar но а однако لكن بس meat viande fleisch carne vlees мясо мяса لحم اللحم لحوم اللحوم"
).split())


def _elliptic_too(before: list[str], tail: list[str]) -> bool:
    """"…, рыбу тоже", "no meat, fish either", "keine Wurst, Fisch auch nicht": the fish word
    alone with an additive word after a refusal (no verb of eating of its own)."""
    return 1 <= len(tail) <= 2 and tail[0] in _TOO and bool(_REFUSALS.intersection(before))


def _negated_after(after: list[str]) -> bool:
    for word in after:
        if word in _STOPS:
            return False
        if word in _AFTER_NEGATORS:
            return True
    return False
