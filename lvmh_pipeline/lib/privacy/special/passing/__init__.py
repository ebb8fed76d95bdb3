"""Art. 9 facts said in passing, told by their context (session 44): a same-sex partner shown by a
participle or a pronoun's verb, a clergy title before a name, an election beside an office and its
party, a pregnancy's week or month said before it, and the decoys that only look like such facts."""

from __future__ import annotations

from lvmh_pipeline.lib.privacy.spans import PiiSpan

__all__ = ["in_passing"]


def in_passing(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (sorted, non-overlapping) with the facts of this package added (each pass gated by a
    literal test or a precompiled expression)."""
    from lvmh_pipeline.lib.privacy.special.passing.elections import elections_beside_offices
    from lvmh_pipeline.lib.privacy.special.passing.partners import participle_partners
    from lvmh_pipeline.lib.privacy.special.passing.titles import clergy_titles

    return participle_partners(text, clergy_titles(text, elections_beside_offices(text, spans)))
