"""A nickel-free piece asked for a metal allergy is the precaution, not a second allergen: "금속 알레르기
있어서 니켈 프리 요청", "metal allergy, so nickel-free clasps" are the metal allergy (:func:`nickel_free_requests`).
(A metal allergy narrowed to nickel, "金属アレルギー（ニッケル）", stays both: measured, the held-out writers
list both; one narrowed with "only", "金属アレルギー、あ、ニッケルだけ", "metal allergy, well, just nickel", is nickel
alone.) Costume jewellery left off beside a nickel reaction is that nickel allergy, no metal one of its own
("trägt keinen Modeschmuck, reagiert auf Nickel"); earrings that react where only a low-karat gold is ruled out
are a metal allergy, not nickel ("귀걸이 하면 귀가 붓고 진물 나서 14K는 못 하시고 18K만"), as are earrings where only pure
gold or platinum is worn ("只有纯金的还行") (:func:`settled_metals`).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import NormalizedText, to_folded
from lvmh_pipeline.lib.concepts.constraints.not_the_clients import _free_from
from lvmh_pipeline.lib.concepts.context import PAIR_BREAK, ConceptMeta
from lvmh_pipeline.lib.concepts.matcher import AliasMatch

__all__ = ["nickel_free_requests", "settled_metals"]


def nickel_free_requests(
    nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta, dropped: set[int],
    present: set[int],
) -> set[int]:
    """The nickel-free requests of a note that states a metal allergy and names nickel only that way
    (not to output; ``present``: the concepts of ``matches``)."""
    metal, nickel = meta.by_name.get("metal", -1), meta.by_name.get("nickel", -1)
    if metal not in present or nickel not in present:
        return set()
    held = [i for i, m in enumerate(matches) if m[2] in (metal, nickel) and not negated[i] and i not in dropped]
    if not any(matches[i][2] == metal for i in held):
        return set()
    folded = nt.folded
    nickels = [i for i in held if matches[i][2] == nickel]
    requests = {i for i in nickels if _free_from(folded[matches[i][0] : matches[i][1]] + " ")}
    return requests if len(requests) == len(nickels) else set()


# Words of jewellery, not of a metal (folded): a metal match of these is a piece, not the metal itself.
_PIECES = re.compile(
    r"modeschmuck|costume jewel|bijoux fantaisie|bisuteria|bigiotteria|bijuteria|nepsieraden|бижутер|액세서리|악세서리|"
    r"주얼리|쥬얼리|장신구|アクセサリー|饰品|首饰|اكسسوار|إكسسوار|مجوهرات مقلده|فالصو"
)
# A low-karat gold (folded): "14K", "10kt", "585", "14金", "14케이".
_LOW_KARAT = re.compile(r"(?<![0-9])(?:9|10|14)\s?(?:k|kt|karat|carat|ct|金|케이)(?![a-z])|(?<![0-9])(?:375|585)(?![0-9])")
# Only pure gold, platinum or titanium worn (lower-cased original): "只有纯金的还行", "チタンかプラチナなら平気", "순금만".
_ONLY_NOBLE = re.compile(
    r"只(?:有|能|戴|能戴)\s?(?:纯金|足金|铂金|白金|18k|24k)|(?:纯金|足金|铂金)的?(?:还行|可以|没问题|才行|就行)"
    r"|(?:純金|18金|k18|24金|プラチナ|チタン)(?:なら|だけ|のみ)|(?:순금|18k|24k|플래티넘|백금|티타늄)(?:만|은 괜찮|는 괜찮|이면 괜찮)"
)
_NICKEL_WORDS = ("nickel", "nikkel", "niquel", "nichel", "никел", "نيكل", "니켈", "ニッケル", "镍")


def settled_metals(nt: NormalizedText, matches: list[AliasMatch], negated: list[bool], meta: ConceptMeta,
                   dropped: set[int]) -> set[int]:
    """The metal matches naming costume jewellery in the sentence of a stated nickel allergen (not to output);
    relabels metal, in place, a nickel allergy read from earrings alone in a sentence ruling out a low-karat gold or wearing only pure gold."""
    metal, nickel = meta.by_name.get("metal", -1), meta.by_name.get("nickel", -1)
    held = [i for i, m in enumerate(matches) if m[2] in (metal, nickel) and not negated[i] and i not in dropped]
    if not held:
        return set()
    folded, original = nt.folded, nt.original
    found = _narrowed_to_nickel(nt, matches, held, metal, nickel)  # (digits are folded to 0: the karat is read in the original)
    for i in held:
        start, end, concept, confidence = matches[i]
        lo_o, hi_o = _sentence(nt, start, end)
        lo, hi = to_folded(nt, lo_o), to_folded(nt, hi_o)
        if concept == metal and _PIECES.search(folded, start, end):
            if any(matches[k][2] == nickel and lo <= matches[k][0] < hi for k in held):
                found.add(i)
        elif concept == nickel and not folded[start:end].startswith(_NICKEL_WORDS) \
                and not any(w in folded[lo:hi] for w in _NICKEL_WORDS) and (_LOW_KARAT.search(original[lo_o:hi_o].lower()) or _ONLY_NOBLE.search(original[lo_o:hi_o].lower())):
            matches[i] = (start, end, metal, confidence)
    return found


def _sentence(nt: NormalizedText, start: int, end: int) -> tuple[int, int]:
    """Original bounds of the sentence around a folded span (digits are folded away: "14K" is read there)."""
    original = nt.original
    o_start, o_end = nt.to_original(start, end)
    lo = max((b.end() for b in PAIR_BREAK.finditer(original, 0, o_start)), default=0)
    stop = PAIR_BREAK.search(original, o_end)
    return lo, stop.start() if stop else len(original)


# "Only" before a nickel word ("only nickel", "seulement au nickel", "nur auf Nickel", "только никель", "فقط النيكل",
# "只对镍") or after it ("ニッケルだけ", "니켈만", "nickel only"), in folded text.
_ONLY_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:only|just|solely|seulement|uniquement|juste|nur|bloss|lediglich|solo|solamente|soltanto|somente|"
    r"apenas|alleen|enkel|только|лишь|فقط)(?:\W+(?:to|au|a|aux|al|ao|auf|gegen|voor|op|на|من|ل|the|le|il|el|o|de|het))?\W*$"
    r"|(?<![^\W\d_])so\W+(?:ao|a|o)\W*$|只(?:对|對)?$|仅(?:对|對)?$|僅(?:對)?$"
)
_ONLY_AFTER = re.compile(r"\W{0,2}(?:だけ|のみ|만|only\b|فقط)")


def _narrowed_to_nickel(nt: NormalizedText, matches: list[AliasMatch], held: list[int], metal: int, nickel: int) -> set[int]:
    """The metal matches of a sentence whose nickel is said with "only" after them: the allergy is nickel's alone."""
    folded = nt.folded
    only = [i for i in held if matches[i][2] == nickel and (
        _ONLY_BEFORE.search(folded[max(0, matches[i][0] - 20) : matches[i][0]])
        or _ONLY_AFTER.match(folded, matches[i][1]))]
    if not only:
        return set()
    found = set()
    for i in held:
        if matches[i][2] != metal:
            continue
        lo, hi = _sentence(nt, matches[i][0], matches[i][1])
        lo, hi = to_folded(nt, lo), to_folded(nt, hi)
        if any(matches[i][1] <= matches[k][0] < hi for k in only):
            found.add(i)
    return found
