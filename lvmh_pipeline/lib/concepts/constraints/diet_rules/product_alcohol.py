"""Alcohol kept out of a fragrance or a cosmetic is no drinking diet: "an alcohol-free scent",
"ein Duft ohne Alkohol", "عطر بدون كحول", "アルコールフリーの香水", "无酒精香水". A no-alcohol hit is dropped when
its sentence names a fragrance or cosmetic product and the hit itself names no drinking
("doesn't drink" stays a diet next to a perfume), nor when the product has its own alcohol word nearer to it
("Nada de alcohol, ni perfumes con alcohol").
Hits are matcher tuples ``(start, end, concept, confidence)`` in folded coordinates.
"""

from __future__ import annotations

import re

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


# "Take" as drinking, in a no-alcohol hit itself only ("no toma alcohol", "não toma álcool", "non prende alcolici"):
# a sentence's "toma" elsewhere ("toma nota") says nothing of drinking.
_TAKE = re.compile(r"(?<![^\W\d_])(?:toma|tomam|toman|tomar|tomo|prende|prendono)(?![^\W\d_])")


def _drinking(text: str) -> bool:
    """A drinking word in folded ``text``; Chinese "酒精" (alcohol as a substance, "无酒精香水") is none."""
    return any(w in text.replace("酒精", "") for w in _DRINK_STEMS)


def _hit_drinking(text: str) -> bool:
    """The no-alcohol hit's own words name drinking: a drinking verb, or "take" ("no toma alcohol")."""
    return _drinking(text) or _TAKE.search(text) is not None


def product_alcohol(nt: NormalizedText, matches: list[AliasMatch], no_alcohol: int) -> set[int]:
    """Indices of the no-alcohol hits about a fragrance or cosmetic, not about drinking."""
    folded = nt.folded
    found = set()
    for i, (start, end, concept, _) in enumerate(matches):
        if concept != no_alcohol or _hit_drinking(folded[start:end]):
            continue
        s_start, s_end = window(nt, start, end, SENTENCE)
        sentence = folded[s_start:s_end]
        if any(w in sentence for w in _PRODUCT_STEMS) and not _drinking(sentence) and _the_products(folded, start, s_start, s_end):
            found.add(i)
    return found


def _the_products(folded: str, start: int, s_start: int, s_end: int) -> bool:
    """The alcohol word of the hit at ``start`` is the one nearest to a product of its sentence: "Nada de alcohol,
    ni perfumes con alcohol" has the perfume's own alcohol after it, the first one is the client's."""
    sentence = folded[s_start:s_end]
    words = [(s_start + m.start(), s_start + m.end()) for m in _ALCOHOL_RE.finditer(sentence)]
    if not words:
        return True
    own = min(words, key=lambda w: abs(w[0] - start))
    def gap(a: tuple[int, int], b: tuple[int, int]) -> int:  # a punctuation mark (two spaces folded) counts far
        lo, hi = min(a[1], b[1]), max(a[0], b[0])
        return hi - lo + (50 if "  " in folded[lo:hi] else 0)

    return any(min(words, key=lambda w: gap(w, p)) == own
               for p in ((s_start + m.start(), s_start + m.end()) for m in _PRODUCT_RE.finditer(sentence)))


_PRODUCT_RE = re.compile("|".join(map(re.escape, _PRODUCT_STEMS)))
_ALCOHOL_RE = re.compile("|".join(map(re.escape, (fold(w) for w in (
    "alcoh alkohol alcool alcol алкогол спирт كحول الكحول アルコール 酒精 알코올 알콜").split()))))
