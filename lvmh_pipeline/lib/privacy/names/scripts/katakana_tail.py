"""A foreign name in katakana, its parts joined by "・" or "＝", after a word in kanji before an honorific.

"男性チョン・ウソン様", "友人ハン・ジヘ様": the kanji word before (a descriptor, a role) is no part of the
name, and the katakana name goes whole, family name and given name, not its last few characters.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.names.scripts.cjk_common import HAN

__all__ = ["katakana_name_tail"]

_TAIL = re.compile(r"(?<=[" + HAN + r"])[\u30a1-\u30fa\u31f0-\u31ff][\u30a1-\u30ff\u31f0-\u31ff＝]*$")


def katakana_name_tail(run: str) -> int:
    """The length of the katakana name closing ``run`` after kanji, when a "・" or "＝" joins its parts
    ("男性パク・ソジュン" → 7); 0 otherwise (a single katakana word stays the caller's)."""
    m = _TAIL.search(run)
    if not m:
        return 0
    parts = re.split("[・＝]", m.group())
    return len(m.group()) if len(parts) >= 2 and all(len(p) >= 1 for p in parts) and m.start() > 0 else 0
