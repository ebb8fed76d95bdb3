"""A name in Hangul before a Japanese or Chinese honorific: "김민지様", "박서준さん", "이하은 女士".

A Japanese or Chinese note writes a Korean client's name in Hangul, with the honorific of the
note's language after it; the Korean rules look for Korean honorifics (님, 씨) only. A Hangul run
of two to four syllables opening with a family name, no role, kin or ordinary word, right before
(one space at most) a Japanese honorific or a Chinese one of a person (先生, 女士, 小姐 …) is the name.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import alternation
from lvmh_pipeline.lib.privacy.names.lexicon import JA_HONORIFICS
from lvmh_pipeline.lib.privacy.names.scripts.korean.core import _ko_is_name

__all__ = ["hangul_before_foreign_honorific"]

_PERSON_HONORIFICS = JA_HONORIFICS + ("先生", "女士", "小姐", "太太", "夫人")
_HANGUL_THEN_HONORIFIC = re.compile(
    rf"(?<![가-힣])([가-힣]{{2,4}})[ \u3000]?(?:{alternation(_PERSON_HONORIFICS)})(?![가-힣])"
)


def hangul_before_foreign_honorific(text: str) -> list[PiiSpan]:
    """Spans of Hangul names before a Japanese or Chinese honorific (see the module)."""
    if not any(h in text for h in _PERSON_HONORIFICS):
        return []
    return [PiiSpan(m.start(1), m.end(1), "NAME") for m in _HANGUL_THEN_HONORIFIC.finditer(text) if _ko_is_name(m.group(1))]
