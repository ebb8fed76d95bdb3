"""A month taken back in speech: "en juin, non pardon, en juillet", "im Juni, nein, im Juli", "6月、いや7月".
The later month is the one meant; it takes the place of the first (whose position the occasion's month
attachment reads), and the first is gone. The dots of a pause before such a correction ("21 ans... non 25 ans le
2 avril") end no sentence (:func:`pause_before_correction`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lvmh_pipeline.lib.common.text import NormalizedText
from lvmh_pipeline.lib.concepts.budgets.budget_bounds import correction_end

__all__ = ["corrected_months", "pause_before_correction"]

# What may stand between the correction marker and the later month: a preposition or article, a day.
_LEAD = re.compile(r"[\s,]*(?:(?:in|im|am|en|em|a|ad|à|au|in de|op|в|во|في|no|na|el|le|il|the|of|de)\s+){0,2}(?:\d{1,2}\.?\s*)?$",
                   re.IGNORECASE)
_MAX_GAP = 40  # characters from the first month to the later one


def corrected_months(nt: NormalizedText, found: Sequence) -> list:
    """``found`` (month mentions, folded spans, in text order) with each month that a spoken correction
    takes back replaced by the later month at the first one's place."""
    if len(found) < 2:
        return list(found)
    text = nt.original
    out = list(found)
    k = 0
    while k + 1 < len(out):
        first, later = out[k], out[k + 1]
        o_end = nt.to_original(first.start, first.end)[1]
        o_later = nt.to_original(later.start, later.end)[0]
        marker = correction_end(text, o_end) if 0 < o_later - o_end <= _MAX_GAP else None
        if marker is not None and marker <= o_later and _LEAD.match(text[marker:o_later]):
            out[k : k + 2] = [first._replace(month=later.month, day=later.day)]
        k += 1
    return out


# A correction word right after a pause's dots.
_CORRECTION_AFTER_DOTS = re.compile(r"\s*(?:non|no|nein|nee|não|nao|нет|pardon|sorry|perdón|perdon|scusa|anzi)(?![^\W\d_])",
                                    re.IGNORECASE)


def pause_before_correction(text: str, i: int) -> bool:
    """The dot at ``text[i]`` is one of an ellipsis ("..." or "..") followed by a correction word."""
    lo = hi = i
    while lo > 0 and text[lo - 1] == ".":
        lo -= 1
    while hi < len(text) and text[hi] == ".":
        hi += 1
    return hi - lo >= 2 and _CORRECTION_AFTER_DOTS.match(text, hi) is not None
