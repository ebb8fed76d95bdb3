"""Allergy and diet aliases of Korean, Japanese and Chinese notes found inside a longer word.

Dense scripts have no word boundaries, so a short alias also matches inside other words:
a Korean alias whose first word is one syllable ("밀 알레르기", "울 알레르기", "게 알레르기",
"술 안 하") matches in "메밀 알레르기" (buckwheat), "겨울/서울 알레르기", "심하게 알레르기",
"수술 안 하셨고"; "菜食" in "野菜食べる" (eats vegetables), "全素" in "全素颜" (no make-up); a Japanese
drinking phrase after another object ("お肉は一切召し上がらない"). :func:`glued_constraints` drops those
matches; compounds that keep the sense ("꽃게", "통밀", "감기약", "강아지털", "말벌") are listed per syllable.
"""

from __future__ import annotations

import ahocorasick

from lvmh_pipeline.lib.common.text import NormalizedText
from lvmh_pipeline.lib.concepts.alias_keys import AliasMatch, _first_valid
from lvmh_pipeline.lib.concepts.taxonomy import Taxonomy

__all__ = ["GUARDED_LANGUAGES", "constrained_concepts", "glued_constraints", "inner_hits"]

GUARDED_LANGUAGES = frozenset({"KO", "JA", "ZH"})


def _is_hangul(char: str) -> bool:
    return "\uac00" <= char <= "\ud7a3"


# Per one-syllable Korean first word of an allergy or diet alias: the syllables that may stand
# right before it in a word that keeps the alias's sense (any other Hangul syllable there makes
# the match part of another word).
_KO_GLUED_OK: dict[str, str] = {
    "게": "꽃대홍털방",  # 꽃게, 대게, 홍게, 털게, 방게 (not 심하게, 많게)
    "밀": "통호",  # 통밀, 호밀 (not 메밀: buckwheat)
    "약": "기통열면장알물압뇨",  # 감기약, 두통약, 해열약, 수면약, 위장약, 알약, 물약, 혈압약, 당뇨약 (not 치약, 농약)
    "털": "지이물개말견끼",  # 강아지털, 고양이털, 동물털, 개털, 말털, 반려견털, 토끼털
    "콩": "은흰",  # 검은콩, 흰콩 (not 완두콩, 강낭콩)
    "향": "공성",  # 인공향, 합성향 (not 방향)
    "벌": "말꿀",  # 말벌, 꿀벌
    "넛": "즐",  # 헤이즐넛 (not 피넛: peanut, 코코넛)
    "술": "낮",  # 낮술 (not 수술, 미술, 기술, 예술)
    "당": "혈",  # 혈당 (not 상당, 적당)
    "개": "돗삽",  # 진돗개, 삽살개
    "말": "",  # (not 주말, 연말)
    "울": "",  # (not 겨울, 서울, 울산 is no match anyway)
    "은": "",  # "은 액세서리" (not 같은, 좋은)
    "싼": "",  # "싼 액세서리" (not 비싼)
    "캣": "",
    "펫": "",  # (not 카펫)
    "단": "",  # "단 거" (not 간단)
    "짠": "",
    "깨": "참",  # 참깨 (not 들깨: perilla)
}
# Japanese and Chinese aliases that another word holds: (alias, characters right before it that
# make it part of another word, words right after it that do).
_HAN_GLUED: dict[str, tuple[str, tuple[str, ...]]] = {
    "菜食": ("野", ()),  # 野菜食べる, 野菜食: vegetables
    "全素": ("", ("颜", "顏", "色")),  # 全素颜: no make-up; 全素色: plain colours
    "清真": ("", ("寺",)),  # 清真寺: a mosque
}


# Japanese drinking phrases without their object: "一切召し上がらない" is the abstention from alcohol alone, not
# after another object ("お肉は一切召し上がらない", "甘いものは一切飲まない" is no drinking diet).
_JA_OBJECTLESS = ("一切召し上がらない", "一切飲まない", "一切飲まれない", "飲めない")
_JA_TOPIC = ("は", "も", "を", "が")
_JA_ALCOHOL = ("酒", "アルコール", "ワイン", "ビール", "シャンパン", "ール")


def constrained_concepts(taxonomy: Taxonomy) -> frozenset[int]:
    """The allergy and diet concepts (not cues) of ``taxonomy``, by index."""
    return frozenset(i for i, c in enumerate(taxonomy.concepts) if c.category in ("allergy", "diet") and c.matcher != "cue")


def glued_constraints(
    folded: str, matches: list[AliasMatch], language: str, constrained: frozenset[int]
) -> tuple[list[AliasMatch], list[AliasMatch]]:
    """``matches`` without the allergy and diet aliases (concepts ``constrained``) that lie inside
    a longer word of a Korean, Japanese or Chinese note, and those dropped (the matcher looks for
    shorter aliases inside them: "알레르기" in "심하게 알레르기")."""
    glued = _ko_glued if language == "KO" else _han_glued
    if not any(m[2] in constrained and glued(folded, m) for m in matches):
        return matches, []
    kept, dropped = [], []
    for m in matches:
        (dropped if m[2] in constrained and glued(folded, m) else kept).append(m)
    return kept, dropped


def _ko_glued(folded: str, m: AliasMatch) -> bool:
    start = m[0]
    allowed = _KO_GLUED_OK.get(folded[start])
    if allowed is None or start == 0 or (m[1] > start + 1 and folded[start + 1] != " "):
        return False  # (the alias's first word is longer than one syllable)
    before = folded[start - 1]
    return _is_hangul(before) and before not in allowed


def _han_glued(folded: str, m: AliasMatch) -> bool:
    alias = folded[m[0] : m[1]]
    if alias in _JA_OBJECTLESS and folded[max(0, m[0] - 1) : m[0]] in _JA_TOPIC:
        return not any(w in folded[max(0, m[0] - 8) : m[0]] for w in _JA_ALCOHOL)  # "お肉は一切召し上がらない"
    rule = _HAN_GLUED.get(alias)
    return rule is not None and ((m[0] > 0 and folded[m[0] - 1] in rule[0]) or folded.startswith(rule[1], m[1]))


def inner_hits(normalized: NormalizedText, automaton: ahocorasick.Automaton, slot: int, outer: AliasMatch) -> list[AliasMatch]:
    """The matches of the (unpadded) automaton of a dense note, values at ``slot``, that lie inside ``outer``
    after its first character (nested ones included)."""
    hits = []
    for end_index, values in automaton.iter(normalized.folded, outer[0] + 1, outer[1]):
        value = values[slot]
        if value is None or (value.__class__ is int and value < 0):
            continue
        if value.__class__ is int:
            start = end_index + 1 - ((value >> 8) & 0xFF)
            hit = (start, start + (value & 0xFF), value >> 16, 1.0)
        else:
            hit = _first_valid(normalized, value, end_index + 1)
        if hit is not None and outer[0] < hit[0] and hit[1] <= outer[1]:
            hits.append(hit)
    return hits
