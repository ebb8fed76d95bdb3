"""Corrections: what follows a constraint in its clause and takes it back.

"Nickel allergy NOT confirmed", "peanuts are fine", "乳糖不耐受是搞错了", "الجلوتين غلط", a
negative test even after "but", a question answered "no" or a spoken self-correction right after
the constraint ("keto, no, I mean low carb"), and "all" closing a list of constraints ("eggs, milk,
wool — all fine"): :func:`correction_flags` marks the constraints taken back.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

from lvmh_pipeline.lib.common.literals import Literals
from lvmh_pipeline.lib.common.text import NormalizedText, fold, is_dense_char
from lvmh_pipeline.lib.concepts.negation import (
    BRACKETS, COORDINATED_WORDS, MAX_CHARS_BACK, Scope, breaks_between, is_hangul,
)
from lvmh_pipeline.lib.concepts.statements.retractions.correction_words import (
    CODE_SWITCH_CORRECTIONS, CORRECTIONS, NEGATIVE_TESTS, RESOLVED_NOW,
)
from lvmh_pipeline.lib.concepts.statements.retractions.turns import ARROWS, arrow_answered, turn_after

__all__ = ["answered_no", "correction_flags", "no_longer_after"]

# A question answered "no" right after a constraint takes it back ("gluten too? no, just dairy",
# "Nussallergie? → nein", "Duftallergie?? Nein", "羊毛过敏？— 已确认不是").
# So does a bare "no" after a dash, colon or comma ("На никель — нет, проверяли", "Lactose, não.").
# And a spoken self-correction: "keto, no, I mean low carb", "الكيتو، لا، قصدي لو كارب".
_NO = (r"(?:no|non|nein|nee|não|nao|нет|لا|いいえ|いや|なし|아니요|아니|없음|不是|不对|没有|不|none|keine|kein|geen|aucune|aucun|"
       r"nessuna|nessuno|ninguna|ninguno|nenhuma|nenhum|nil|"
       # the answer reported as denied: "Duftallergie? verneint.", "Alergia a nozes? Negou."
       r"verneint|denied|denies|negado|negada|negou|nega|niega|negó|ontkend|отрицает)")
# "confirmed" before a dense answer: "羊毛过敏？— 已确认不是", "確認済み、なし", "확인 결과 없음"
_CONFIRMED = r"(?:(?:已经?|已)?确认(?:过)?|(?:已)?確認(?:済み?|した)?[^\S\n]*[、,]?|확인\s?결과|확인해\s?보니)?[^\S\n]*"
_I_MEAN = (
    r"(?:i mean|sorry|je veux dire|pardon|ich meine|quiero decir|perdón|cioè|volevo dire|quer dizer|ou seja|"
    r"ik bedoel|я имею в виду|то есть|точнее|قصدي|أقصد|اقصد|يعني|つまり|じゃなくて|그러니까|是说|我是说)"
)
_NO_ANSWER = re.compile(
    r"[^\S\n]*(?:[^\W\d_]+[^\S\n]*){0,2}[?？؟]+[^\S\n]*(?:(?:→|->|=>|[—–-])[^\S\n]*)?" + _CONFIRMED + _NO + r"(?![^\W\d_])"
    r"|[^\S\n]*[—–:：,،、，-][^\S\n]*" + _NO + r"[^\S\n]*(?=[,.;!)/|\n、。，]|$)"
    r"|[^\S\n]*[,،、，][^\S\n]*" + _NO + r"[^\S\n]*[,،、，]?[^\S\n]*" + _I_MEAN + r"(?![^\W\d_])",
    re.IGNORECASE,
)
# Said fine at the end of a bracket ("鱼类过敏（虾蟹可以）", "魚アレルギー（エビ・カニはOK）", "생선 알레르기 (새우는 괜찮음)")
_FINE_BRACKETED = re.compile(r"[^\S\n]*(?:は|も|는|은|도|也|都)?[^\S\n]*(?:可以|没问题|沒問題|没事|ok|OK|大丈夫|平気|괜찮음|괜찮아요|괜찮)[^\S\n]*[)）]")
_CORRECTION_WORDS = 6  # words allowed between a constraint and its correction
# A contrast opens another statement: "allergic to nuts but eggs are fine".
_CONTRAST = frozenset("but mais aber pero ma mas maar но а لكن بس ولكن however cependant jedoch".split())
_CORRECTION_CHARS = 14  # likewise, in characters, for JA/ZH/KO
_DENSE_COORDINATORS = frozenset("と や 和 及 与 跟 或 와 과 랑 및 나 이랑 하고 이나 و".split())
# A correction stays in the clause of what it corrects; a colon or an arrow does not end it
# ("Allergy: Nickel → not confirmed").
_CORRECTION_BREAK = re.compile(r"[.;!?,()\n。！？；、，؛؟،•|｜]|\s[-–—]\s|" + BRACKETS)


@lru_cache(maxsize=32)
def _strong_phrases(language: str) -> tuple[str, ...]:
    langs = [language] if language in NEGATIVE_TESTS else list(NEGATIVE_TESTS)
    return tuple(sorted({" ".join(fold(p).split()) for lang in langs
                         for p in NEGATIVE_TESTS[lang] + RESOLVED_NOW.get(lang, ())}))


def _strong(folded: str, start: int, language: str | None) -> bool:
    """A negative-test phrase starts at ``start`` (it crosses a "but")."""
    return any(folded.startswith(p, start) for p in _strong_phrases((language or "").upper()))


@lru_cache(maxsize=32)
def _corrections(language: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(alphabetic, dense) folded correction phrases for ``language`` (every language's when unknown)."""
    langs = [language] if language in CORRECTIONS else list(CORRECTIONS)
    phrases = {" ".join(fold(p).split()) for lang in langs
               for p in CORRECTIONS[lang] + NEGATIVE_TESTS.get(lang, ()) + RESOLVED_NOW.get(lang, ())}
    phrases.update(" ".join(fold(p).split()) for p in CODE_SWITCH_CORRECTIONS)
    dense = tuple(sorted(p for p in phrases if any(is_dense_char(c) for c in p)))
    return tuple(sorted(phrases - set(dense))), dense


@lru_cache(maxsize=32)
def _correction_finders(language: str) -> tuple[Literals, Literals]:
    """:func:`_corrections` as finders: the alphabetic phrases padded by spaces (matched on
    the padded folded text), the dense ones bare."""
    alphabetic, dense = _corrections(language)
    return Literals(f" {phrase} " for phrase in alphabetic), Literals(dense)


_GLUED_PARTICLES = frozenset("은는도")
# Korean verb forms ending like a topic particle ("있는 줄", "하는데도"): no other topic
_KO_VERBAL = ("있는", "없는", "하는", "되는", "시는", "먹는", "않는", "같은", "많은", "좋은", "받은", "먹은", "적은", "었는",
              "았는", "였는", "했는", "는데도", "지만은",
              "지금은", "이제는", "요즘은", "현재는", "지금도")  # (time adverbs: "지금은 없어지셨대요")  # Korean corrections that start with the particle of their noun
# A Japanese noun (kanji or katakana) marked as a topic between a constraint and a correction; not a time word
_JA_TOPIC = re.compile(r"([\u30a0-\u30ff\u4e00-\u9fff]+)[はも]")
_JA_TIMES = frozenset(("今", "現在", "最近", "今後", "昔", "以前", "前", "今回", "当時", "今日", "本日"))
_SENTENCE_BREAK = re.compile(r"[.;!?\n。！？；]")


def _sentence_broken(nt: NormalizedText, start: int, end: int) -> bool:
    o_start, o_end = nt.to_original(start, end)
    return _SENTENCE_BREAK.search(nt.original, o_start, o_end) is not None


_TOPIC_DASH = re.compile(r"\s*[-–—:：]\s*")


# "All" before a correction closing a list: it takes back every item ("계란, 우유, 땅콩, 울 다 괜찮다고
# 하심", "eggs, milk, wool — all fine", "Eier, Milch, Wolle: alles kein Problem", "鸡蛋、牛奶、羊毛都没问题").
_ALL = frozenset(fold(w) for w in (
    "다 모두 전부 all both everything tous toutes tout alle alles beide tutti tutte entrambi todos todas ambos todo "
    "tudo allemaal все всё оба كل كلها الكل 全部 都 全て どれも いずれも"
).split())
_LIST_SPLIT = re.compile(r"[,、，،/·・]|\s(?:and|et|und|e|y|en|и|و|or|ou|oder|o|of|или)\s")


def _quantified_list(nt: NormalizedText, end: int, start: int) -> bool:
    """The correction at folded ``start`` follows "all" and a list of single words after the hit
    ending at ``end``, in one sentence."""
    if start <= end or start - end > 60:
        return False
    nearby = nt.folded[end : start + 8].split()
    if _ALL.isdisjoint(nearby) and not any(w in nt.folded[end : start + 4] for w in ("全部", "都", "全て", "모두", "전부")):
        return False  # no "all" near: the common case, decided without the clause checks
    if _sentence_broken(nt, end, start):
        return False
    o_end, o_start = nt.to_original(end, start)
    gap = nt.original[o_end:o_start]
    words = gap.split()
    last = fold(words[-1]).split() if words else []
    dense_all = next((w for w in ("全部都", "全部", "都", "全て", "모두", "전부") if gap.rstrip().endswith(w)), None)
    if fold(nt.original[o_start : o_start + 12]).split()[:1] in ([w] for w in _ALL):
        body = gap  # the correction opens with "all": "다 괜찮", "all fine"
    elif not (last and last[-1] in _ALL) and dense_all is None:
        return False
    else:
        body = gap.rstrip()[: -len(dense_all)] if dense_all else gap.rstrip()[: -len(words[-1])]
    pieces = _LIST_SPLIT.split(body)
    return len(pieces) > 1 and all(len(piece.split()) <= 1 for piece in pieces)


def _closes(nt: NormalizedText, start: int) -> bool:
    """The correction starting at folded ``start`` is the rest of its clause (three words at most)."""
    o_start = nt.to_original(start, start)[0]
    stop = _CORRECTION_BREAK.search(nt.original, o_start)
    return len(nt.original[o_start : stop.start() if stop else len(nt.original)].split()) <= 3


def _broken(nt: NormalizedText, start: int, end: int) -> bool:
    if end <= start:
        return False
    o_start, o_end = nt.to_original(start, end)
    return breaks_between(_CORRECTION_BREAK, nt.original, o_start, o_end)


def correction_flags(
    nt: NormalizedText, spans: Sequence[Sequence[int]], language: str | None, eligible: Sequence[bool]
) -> list[bool]:
    """For each eligible hit (folded spans, every hit of the note), whether what follows it in
    its clause takes it back: a correction phrase ("not confirmed", "is fine", "搞错了",
    "غلط", "잘못") at most a few words on, other hits in between only when coordinated with
    it ("グルテンと卵は問題なし"), or a question answered "no" ("gluten too? no")."""
    flags = [False] * len(spans)
    if not any(eligible):
        return flags
    folded = nt.folded
    alphabetic, dense = _correction_finders((language or "").upper())
    # folded starts of the correction phrases after the first eligible hit (padded offsets: a padded phrase's leading space)
    lo = min(span[1] for span, ok in zip(spans, eligible) if ok)
    found = alphabetic.starts(f" {folded} ", lo) + dense.starts(folded, lo)
    found.sort()
    scope = Scope(nt, spans)
    arrows = any(arrow in nt.original for arrow in ARROWS)
    for own in range(len(spans)):
        if not eligible[own]:
            continue
        end = _coordinated_end(scope, own)
        o_end = nt.to_original(end, end)[0]
        if _NO_ANSWER.match(nt.original, o_end) or turn_after(nt.original, o_end) or _FINE_BRACKETED.match(nt.original, o_end) \
                or (arrows and arrow_answered(nt, spans, own)):  # "gluten? no", "땅콩… 아니 콩", "…여쭤봄 → 다 없음"
            flags[own] = True
            continue
        k = bisect_left(found, end)
        if k == len(found):
            continue
        start = found[k]
        strong = _strong(folded, start, language)  # a negative test reaches over a comma and a "but"
        if start - end > MAX_CHARS_BACK or scope.covering(end, start, own) is not None:
            continue
        if _quantified_list(nt, end, start):
            flags[own] = True  # "계란, 우유, 땅콩, 울 다 괜찮다고", "nuts, eggs, wool: all fine"
            continue
        if folded[start] in _GLUED_PARTICLES and start != end:
            continue  # "생선은 드심" takes back the fish it is glued to, not an earlier hit
        if any(len(w) > 1 and w[-1] in "은는" and is_hangul(w[0]) and not w.endswith(_KO_VERBAL)
               for w in folded[end:start].split()[1:]):  # the first word may end the hit's noun ("채식 메뉴는")
            continue  # "땅콩 알레르기 있고 계란은 괜찮음": the correction is about another topic
        if "は" in folded[end:start] or "も" in folded[end:start]:
            topic = _JA_TOPIC.search(folded, end + 1, start)
            if topic and topic.group(1) not in _JA_TIMES:
                continue  # "豚肉は召し上がらない 牛とか鶏は大丈夫": likewise, a kanji or katakana noun as the topic
        if _broken(nt, end, start) and not (strong and not _sentence_broken(nt, end, start)) \
                and not (_TOPIC_DASH.fullmatch(nt.original, *nt.to_original(end, start)) and _closes(nt, start)):
            continue  # (a dash or colon alone sets the topic: "Пыльца — не проблема", "Nuts: no problem")
        gap = folded[end:start]
        if _CONTRAST & set(gap.split()) and not strong:
            continue  # "allergic to nuts but eggs are fine"
        if any(is_dense_char(c) for c in gap):
            flags[own] = len(gap.replace(" ", "")) <= _CORRECTION_CHARS
        else:
            flags[own] = len(gap.split()) <= _CORRECTION_WORDS
    if _ANY_NEEDLESS.any_in(folded):
        for own, (span, ok) in enumerate(zip(spans, eligible)):
            needless = _NOT_NEEDED.match(folded, span[1]) if ok and not flags[own] else None
            if needless and _FREE_FROM.search(folded, span[0], span[1]) and not _sentence_broken(nt, span[1], needless.end()):
                flags[own] = True
    return flags


# A free-from request said to be unnecessary: "gluten-free is not needed", "без лактозы не нужно",
# "glutenfrei muss nicht sein", "sans gluten pas nécessaire" ("no pork, not needed" is no such
# request: only a free-from form is taken back).
_FREE_FROM = re.compile(r"free|frei|vrij|(?<!\w)(?:sans|sin|senza|sem|zonder|ohne|без|بدون)(?!\w)")
_NEEDLESS = (
    r"(?:not needed|not necessary|(?:isn|aren|wasn) t (?:needed|necessary)|unnecessary|"
    r"pas necessaire|pas besoin|inutile|muss nicht sein|nicht notig|nicht notwendig|non serve|non necessario|"
    r"non e necessario|no hace falta|no es necesario|nao precisa|nao e necessario|hoeft niet|niet nodig|"
    r"не надо|не нужно|не обязательно|مو لازم|مش لازم|غير ضروري)(?!\w)"
)
_NOT_NEEDED = re.compile(r"\s*(?:(?:is|are|was)\s)?" + _NEEDLESS)
# The gate (most notes say none), its phrases as literals: one scan instead of an alternation
# tried at every position (~15 µs a note).
_ANY_NEEDLESS = Literals(("not needed", "not necessary", "t needed", "t necessary", "unnecessary", "pas necessaire",
                          "pas besoin", "inutile", "muss nicht sein", "nicht notig", "nicht notwendig", "non serve",
                          "non necessario", "non e necessario", "no hace falta", "no es necesario", "nao precisa",
                          "nao e necessario", "hoeft niet", "niet nodig", "не надо", "не нужно", "не обязательно",
                          "مو لازم", "مش لازم", "غير ضروري"))


def answered_no(nt: NormalizedText, end: int) -> bool:
    """A "no" answers the item ending at folded ``end`` ("Alkohol: nein", "Сахар — нет"): for a
    diet cue that is the client doing without it, not a correction."""
    return bool(_NO_ANSWER.match(nt.original, nt.to_original(end, end)[0]))


# "No longer" right after a verb of doing without, perhaps past "himself" or "also": "hij drinkt zelf niet meer",
# "er trinkt auch nicht mehr", "he drinks no longer" — the abstention itself, not a correction of it.
_NO_LONGER = re.compile(
    r"\s+(?:(?:zelf|ook|eigenlijk|selbst|selber|auch|eigentlich|himself|herself|also|really|lui-même|elle-même|aussi|"
    r"anche|también|tambien|também|сам|сама|тоже)\s+){0,2}(?:niet meer|nicht mehr|no longer|not anymore|not any more)(?![^\W\d_])",
    re.IGNORECASE,
)


def no_longer_after(nt: NormalizedText, end: int) -> bool:
    """"No longer" follows the verb ending at folded ``end`` (see :data:`_NO_LONGER`)."""
    return bool(_NO_LONGER.match(nt.original, nt.to_original(end, end)[0]))


# (an arrow leads to another item; so does an opening bracket: "鱼类过敏（虾蟹可以）")
_BREAK_OR_COLON = re.compile(_CORRECTION_BREAK.pattern + r"|[:：]|→|->|=>|[(（]")


def _coordinated_end(scope: Scope, own: int) -> int:
    """End of the last hit coordinated with ``own`` ("gluten and eggs", "グルテンと卵"): a
    correction after the list takes back every item of it."""
    end = scope.spans[own][1]
    for k in range(own + 1, len(scope.spans)):
        start = scope.spans[k][0]
        if start < end:
            continue
        words = scope.folded[end:start].split()
        if len(words) > 1 or (start > end and _BREAK_OR_COLON.search(scope.nt.original, *scope.nt.to_original(end, start))):
            break  # (a colon ends a label too: "Pescatarian: fish and shellfish are fine")
        if words and words[0] not in COORDINATED_WORDS and words[0] not in _DENSE_COORDINATORS:
            break
        end = scope.spans[k][1]
    return end
