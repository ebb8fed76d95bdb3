"""A bracketed aside right after a cue, read past: "アルコール類（シャンパン等）は不可", "酒类（香槟等）不行":
the mark after the aside is the cue's."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import to_folded
from lvmh_pipeline.lib.concepts.negation import Scope

__all__ = ["past_aside"]

_ASIDE = re.compile(r"\s*[（(][^（()）]{1,30}[)）]")


def past_aside(scope: Scope, end: int, stop: int) -> int:
    """The folded offset after a bracketed aside right after a cue ("アルコール類（シャンパン等）は不可"), else ``end``."""
    o_end = scope.nt.to_original(end, end)[0]
    aside = _ASIDE.match(scope.nt.original, o_end)
    if aside is None:
        return end
    after = to_folded(scope.nt, aside.end())
    return after if after <= stop else end
