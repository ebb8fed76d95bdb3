"""Denials that reach too far or not far enough, in every language:

- a mistaken belief takes a constraint back: "they thought she was allergic to latex, she
  isn't", "on pensait qu'elle était allergique au latex, mais non", "думали, что аллергия на
  латекс, но нет", "ラテックスアレルギーだと思われていたが違った", "라텍스 알레르기인 줄 알았는데
  아니래요", "以为她对乳胶过敏，其实不是" (:func:`mistaken_flags`);
- the exceptions to a denial and the denials about someone else are in
  :mod:`~lvmh_pipeline.lib.concepts.statements.retractions.exceptions`.

Hits are matcher tuples ``(start, end, concept, confidence)`` in folded coordinates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from lvmh_pipeline.lib.common.literals import Literals
from lvmh_pipeline.lib.common.text import NormalizedText, fold, is_dense_char
from lvmh_pipeline.lib.concepts.statements.retractions.exceptions import CLAUSE as _CLAUSE, SENTENCE as _SENTENCE

__all__ = ["may_take_back", "mistaken_flags"]

# Past beliefs, before what was believed ("they thought she was allergic to latex").
_BELIEF: dict[str, str] = {
    "EN": "thought believed assumed presumed suspected supposedly",
    "FR": "pensait pensaient pensais croyait croyaient croyais pensions croyions supposait supposaient "
          "soupçonnait soupçonnaient",
    "DE": "dachte dachten glaubte glaubten vermutete vermuteten angeblich",
    "IT": "pensava pensavano pensavo credeva credevano credevo supponeva supponevano sembrava",
    "ES": "creía creían creíamos pensaba pensaban pensábamos suponía suponían",
    "PT": "achava achavam achávamos pensava pensavam pensávamos julgava julgavam acreditava acreditavam",
    "NL": "dacht dachten geloofde geloofden vermoedde vermoedden",
    "RU": "думали думала думал считали считала считал полагали подозревали казалось",
    "AR": "يظن تظن يظنون ظن ظنت ظنوا نظن اعتقد اعتقدت اعتقدوا يعتقد تعتقد يعتقدون نعتقد نحسب يحسب تحسب حسبت حسبنا "
          "حسبوا",
}
_BELIEF_PHRASES = ("was told", "were told", "had been told", "on nous avait dit", "hieß es", "es hieß")
# What says the belief was wrong, after what was believed: a negator or "in fact", "turned out".
_DENIAL: dict[str, str] = {
    "EN": "not isn wasn aren weren doesn no nope never actually",
    "FR": "pas non finalement",
    "DE": "nicht nein kein keine eigentlich tatsächlich",
    "IT": "non no invece",
    "ES": "no",
    "PT": "não nao afinal",
    "NL": "niet nee geen eigenlijk bleek",
    "RU": "не нет оказалось",
    "AR": "لا ليس ليست مش مو طلع طلعت",
}
_DENIAL_PHRASES = ("turned out", "turns out", "en fait", "en réalité", "stellte sich", "in realtà", "alla fine",
                   "en realidad", "al final", "resultó", "na verdade", "на самом деле", "في الحقيقة", "بالحقيقة")
# JA/ZH/KO: the belief after what was believed (JA, KO) or before it (ZH), then the denial.
_DENSE_BELIEF_AFTER = ("と聞いていた", "と聞いてい", "と伺っていた", "と思われていた", "と思われてい", "と思っていた", "と思ってい", "と言われていた", "と思い込", "と思った",
                       "줄 알았", "줄알았", "줄로 알", "로 알고 있었", "라고 생각했", "인 줄",
                       # said, then taken back: "땅콩이라고 했다가, 아니 정정할게요, 새우요"
                       "라고 했다가", "라고 하셨다가", "라고 말했다가", "라고 적었다가")
_DENSE_BELIEF_BEFORE = ("以为", "以為", "原以为", "本以为", "还以为", "還以為", "一直以为", "怀疑", "懷疑")
_DENSE_DENIAL = ("違", "ではな", "じゃな", "なかった", "実は", "実際は", "아니", "아님", "아녔", "없", "알고 보니", "사실은", "사실 ", "정정",
                 "不是", "其实", "其實", "并不", "並不", "没有", "沒有", "实际上", "實際上")
_BELIEF_WORDS = 10  # words between a belief and what was believed
_DENIAL_WORDS = 10  # words between what was believed and its denial
_DENSE_BELIEF_CHARS = 16
_DENSE_DENIAL_CHARS = 40


def _folded_words(table: dict[str, str], language: str) -> frozenset[str]:
    langs = [language] if language in table else list(table)
    return frozenset(fold(w) for lang in langs for w in table[lang].split())


@lru_cache(maxsize=32)
def _belief_words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    return _folded_words(_BELIEF, language), _folded_words(_DENIAL, language)


_BELIEF_PHRASES_FOLDED = tuple(" ".join(fold(p).split()) for p in _BELIEF_PHRASES)


@lru_cache(maxsize=1)
def _gate() -> tuple[Literals, Literals]:
    from lvmh_pipeline.lib.concepts.statements.retractions.questions import DENSE_GATE, GATE_WORDS

    words = GATE_WORDS | _belief_words("")[0] | frozenset(p.split()[-1] for p in _BELIEF_PHRASES_FOLDED)
    padded = Literals(f" {w} " for w in words if w and " " not in w)  # whole words of the padded folded note
    return padded, Literals([fold(m) for m in DENSE_GATE + _DENSE_BELIEF_AFTER + _DENSE_BELIEF_BEFORE])


def may_take_back(folded: str, language: str | None) -> bool:
    """Whether a note holds any word :func:`mistaken_flags` or
    :func:`~lvmh_pipeline.lib.concepts.statements.retractions.questions.asked_flags` look for: one look at the
    whole note (its words; the dense markers in JA/ZH/KO notes), most hold none."""
    words, dense = _gate()
    if words.any_in(f" {folded} "):
        return True
    return (language or "").upper() in ("JA", "KO", "ZH", "") and dense.any_in(folded)


_DENSE_BELIEFS = re.compile("|".join(re.escape(fold(m)) for m in _DENSE_BELIEF_AFTER + _DENSE_BELIEF_BEFORE))


def _may_be_believed(folded: str, start: int, end: int, beliefs: frozenset[str], dense: bool) -> bool:
    """A cheap look around one hit: a belief word before it, or a dense belief marker near it
    (most hits have none, and skip the sentence checks)."""
    if dense:
        return _DENSE_BELIEFS.search(folded, max(0, start - _DENSE_BELIEF_CHARS), end + 14) is not None
    head = folded[max(0, start - 90) : start]
    return not beliefs.isdisjoint(head.split()) or any(p in head for p in _BELIEF_PHRASES_FOLDED)
_DENIAL_PHRASES_FOLDED = tuple(" ".join(fold(p).split()) for p in _DENIAL_PHRASES)


def _sentence(nt: NormalizedText, start: int, end: int) -> tuple[int, int]:
    """Original offsets of the sentence around the folded span (commas do not end it)."""
    o_start, o_end = nt.to_original(start, end)
    breaks = [m.end() for m in _SENTENCE.finditer(nt.original, max(0, o_start - 200), o_start)]
    after = _SENTENCE.search(nt.original, o_end)
    return (breaks[-1] if breaks else max(0, o_start - 200)), (after.start() if after else len(nt.original))


def _believed(words: list[str], beliefs: frozenset[str]) -> bool:
    joined = " " + " ".join(words) + " "
    return not beliefs.isdisjoint(words) or any(f" {p} " in joined for p in _BELIEF_PHRASES_FOLDED)


def _denied_after(words: list[str], denials: frozenset[str]) -> bool:
    joined = " " + " ".join(words) + " "
    return not denials.isdisjoint(words) or any(f" {p} " in joined for p in _DENIAL_PHRASES_FOLDED)


def mistaken_flags(
    nt: NormalizedText, spans: Sequence[Sequence[int]], language: str | None, eligible: Sequence[bool]
) -> list[bool]:
    """For each eligible hit, whether the note says it was only believed: a past belief before it
    in its sentence (no clause break between, but a comma right after the belief word: "Man
    dachte, sie sei gegen Latex allergisch") and a denial after it in the same sentence or at the
    start of the next ("mais non", "ist sie aber nicht", "но нет", "違った", "아니래요", "其实不是")."""
    flags = [False] * len(spans)
    if not any(eligible):
        return flags
    original = nt.original
    beliefs, denials = _belief_words((language or "").upper())
    dense_text = (language or "").upper() in ("JA", "KO", "ZH", "")
    folded = nt.folded
    for i, span in enumerate(spans):
        if not eligible[i]:
            continue
        start, end = span[0], span[1]
        dense = dense_text and is_dense_char(folded[start])
        if not _may_be_believed(folded, start, end, beliefs, dense):
            continue
        s_start, s_end = _sentence(nt, start, end)
        o_start, o_end = nt.to_original(start, end)
        if dense_text and is_dense_char(original[o_start]):
            flags[i] = _dense_mistaken(original, o_start, o_end, s_start, s_end)
            continue
        head = original[s_start:o_start]
        cut = [m for m in _CLAUSE.finditer(head)]
        # a comma right after the belief word does not end its clause ("dachte, sie sei ...")
        if cut and head[cut[-1].start()] == "," and _believed(fold(head[: cut[-1].start()]).split()[-1:], beliefs):
            cut = cut[:-1]
        clause_head = head[cut[-1].end() :] if cut else head
        if not _believed(fold(clause_head).split()[-_BELIEF_WORDS:], beliefs):
            continue
        tail = fold(original[o_end:s_end]).split()[:_DENIAL_WORDS]
        if _denied_after(tail, denials) or _next_sentence_denies(original, s_end, denials):
            flags[i] = True
    return flags


def _next_sentence_denies(original: str, s_end: int, denials: frozenset[str]) -> bool:
    """"Thought she was allergic to latex. She isn't." / "... Finalement non."."""
    if s_end >= len(original) or original[s_end] == "\n":
        return False
    following = _SENTENCE.split(original[s_end + 1 : s_end + 60], 1)[0]
    words = fold(following).split()
    return 0 < len(words) <= 4 and _denied_after(words, denials)


def _dense_mistaken(original: str, o_start: int, o_end: int, s_start: int, s_end: int) -> bool:
    head = original[max(s_start, o_start - _DENSE_BELIEF_CHARS) : o_start]
    head = re.split(r"[,，、:：]", head)[-1]
    if any(b in head for b in _DENSE_BELIEF_BEFORE):
        tail = original[o_end : min(s_end, o_end + _DENSE_DENIAL_CHARS)]
        return any(d in tail for d in _DENSE_DENIAL)
    near = original[o_end : min(s_end, o_end + 12)]
    for belief in _DENSE_BELIEF_AFTER:
        at = near.find(belief)
        if at >= 0 and not re.search(r"[,，、:：]", near[:at]):
            rest = original[o_end + at + len(belief) : min(s_end, o_end + at + len(belief) + _DENSE_DENIAL_CHARS)]
            return any(d in rest for d in _DENSE_DENIAL)
    return False
