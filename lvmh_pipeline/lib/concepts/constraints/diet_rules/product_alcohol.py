"""Alcohol kept out of a fragrance or a cosmetic is no drinking diet: "an alcohol-free scent",
"ein Duft ohne Alkohol", "عطر بدون كحول", "アルコールフリーの香水", "无酒精香水". A no-alcohol hit is dropped when
its sentence names a fragrance or cosmetic product and the hit itself names no drinking
("doesn't drink" stays a diet next to a perfume).
Hits are matcher tuples ``(start, end, concept, confidence)`` in folded coordinates.
"""

from __future__ import annotations

from lvmh_pipeline.lib.common.text import NormalizedText, fold
from lvmh_pipeline.lib.concepts.matcher import AliasMatch
from lvmh_pipeline.lib.concepts.statements.tastes import SENTENCE, window

__all__ = ["product_alcohol"]

_PRODUCT_STEMS = tuple(fold(w) for w in (
    "perfum parfum profum fragran scent cologne toilette skincare lotion toner "
    "duft duefte düfte geurtje geur "
    "духи духов парфюм аромат туалетн лосьон "
    "عطر عطور العطر دهن "
    "香水 香氛 フレグランス コロン 化粧水 향수 화장수 스킨"
).split())
_DRINK_STEMS = tuple(fold(w) for w in (
    "drink boit boir buv trink bev beb drinkt пь пить пьет يشرب تشرب شرب 飲 마시 喝 酒"
).split())


def _drinking(text: str) -> bool:
    """A drinking word in folded ``text``; Chinese "酒精" (alcohol as a substance, "无酒精香水") is none."""
    return any(w in text.replace("酒精", "") for w in _DRINK_STEMS)


def product_alcohol(nt: NormalizedText, matches: list[AliasMatch], no_alcohol: int) -> set[int]:
    """Indices of the no-alcohol hits about a fragrance or cosmetic, not about drinking."""
    folded = nt.folded
    found = set()
    for i, (start, end, concept, _) in enumerate(matches):
        if concept != no_alcohol or _drinking(folded[start:end]):
            continue
        s_start, s_end = window(nt, start, end, SENTENCE)
        sentence = folded[s_start:s_end]
        if any(w in sentence for w in _PRODUCT_STEMS) and not _drinking(sentence):
            found.add(i)
    return found
