"""Arabic "عيد الميلاد" is both a birthday and Christmas ("the feast of the Nativity"): in a note that names
Christmas otherwise ("كريسماس", "الميلاد المجيد", "Christmas") or a Christian setting (a church, a mass, a Christian
client), a bare "عيد الميلاد" with no one's birthday attached ("عيد ميلاده", "عيد ميلاد بنته" are a person's) is
Christmas. :func:`christmas_milad` gives the birthday matches that are that Christmas (not to output).
In such a note "الميلاد" alone ("هدايا الميلاد", "هدية لمرتو للميلاد") is Christmas too (dev writers 2:0):
:func:`bare_milad` adds its match; a date or certificate of birth ("تاريخ الميلاد", "شهادة ميلاد") is none.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import NormalizedText, fold
from lvmh_pipeline.lib.concepts.context import ConceptMeta
from lvmh_pipeline.lib.concepts.matcher import AliasMatch

__all__ = ["bare_milad", "christmas_milad"]

_FEAST = tuple(fold(w) for w in ("عيد الميلاد", "لعيد الميلاد", "بعيد الميلاد"))
# Christian words (folded): a church, a mass, a Christian or a priest, Christmas spelled otherwise.
_CHRISTIAN = tuple(fold(w) for w in (
    "كريسماس", "الميلاد المجيد", "christmas", "مسيحي", "مسيحية", "كنيسة", "الكنيسة", "الكنيسه", "قداس", "القداس",
    "ماروني", "مارونية", "أرثوذكس", "كاثوليك", "قسيس", "الخوري", "بابا نويل", "شجرة الميلاد",
))


def christmas_milad(nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta, found: list[int],
                    dropped: set[int]) -> set[int]:
    """Birthday matches of a bare "عيد الميلاد" in a note naming Christmas or a Christian setting (see the module)."""
    birthday = meta.by_name.get("birthday", -1)
    feasts = [i for i in found if matches[i][2] == birthday and i not in dropped
              and nt.folded[matches[i][0] : matches[i][1]].strip() in _FEAST]
    if not feasts:
        return set()
    folded = nt.folded
    if "[RELIGION]" not in nt.original and not any(w in folded for w in _CHRISTIAN):
        return set()
    christmas = meta.by_name.get("christmas", -1)
    if any(matches[i][2] == christmas for i in found):
        return set(feasts)
    for i in feasts:  # the note's only Christmas word: relabelled
        matches[i] = (matches[i][0], matches[i][1], christmas, matches[i][3])
    return set()


# "الميلاد" with no "عيد" before it (a word of its own, maybe with a clinging preposition), not "تاريخ/يوم/شهادة الميلاد"
_BARE = re.compile(r"(?<![^\s،,.:؛(])(?:ل|ب|و|ول|وب)?(?:ال|ل)ميلاد(?![^\s،,.:؛)])")
_NOT_FEAST = ("عيد", "لعيد", "بعيد", "تاريخ", "يوم", "شهادة", "شهاده", "سنة", "سنه", "قبل", "بعد", "صيام", "صوم")  # (a fast: its own rule)


def bare_milad(nt: NormalizedText, matches: list[AliasMatch], meta: ConceptMeta) -> list[AliasMatch]:
    """``matches`` with a ``christmas`` match on each bare "الميلاد" of a note in a Christian setting (see the
    module), when the note has no Christmas match yet."""
    folded = nt.folded
    if "ميلاد" not in folded or ("[RELIGION]" not in nt.original and not any(w in folded for w in _CHRISTIAN)):
        return matches
    christmas = meta.by_name.get("christmas", -1)
    if christmas < 0 or any(m[2] == christmas for m in matches):
        return matches
    added = []
    for found in _BARE.finditer(folded):
        before = folded[max(0, found.start() - 12) : found.start()].split()
        if (before and before[-1] in _NOT_FEAST) or nt.original[: nt.to_original(found.start(), found.end())[0]].rstrip().endswith("]"):
            continue  # (after a redacted religious practice, "[RELIGION] الميلاد" is its fast)
        if any(m[0] < found.end() and found.start() < m[1] for m in matches):
            continue
        added.append((found.start(), found.end(), christmas, 1.0))
    return sorted(matches + added) if added else matches
