"""A relative's full Chinese name after a kin word, once the note has shown the family name.

"赵老师，赵晓东……他女儿赵一一要出国": the note names 赵 as a person, and a kin word then 赵 and
one or two characters before a verb, a particle or punctuation is the relative's full name, even
where its given name is made of characters the lexicon does not hold as given-name characters (一一,
a reduplicated word elsewhere). Only the family name of a person found in the note opens one: "女儿
黄金" (gold) stays, unless 黄 was found as a person.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.lexicon import ZH_COMMON_WORDS, ZH_NAME_FOLLOWERS, ZH_SURNAMES
from lvmh_pipeline.lib.privacy.names.scripts.chinese.bare import _zh_boundary_after
from lvmh_pipeline.lib.privacy.names.scripts.chinese.patterns import _HAN_CHAR, _ZH_DOUBLE_SURNAMES

__all__ = ["zh_kin_known_surname"]

# Kin words before a relative's full name
_ZH_KIN = re.compile(
    r"(?:女儿|女兒|儿子|兒子|孙女|孫女|孙子|孫子|外孙女|外孫女|外孙|外孫|侄女|侄子|闺女|閨女|哥哥|姐姐|弟弟|妹妹"
    r"|爸爸|妈妈|媽媽|父亲|父親|母亲|母親|丈夫|妻子|太太|老公|老婆)"
)


def _known_surnames(text: str, anchors: list[tuple[int, int]]) -> set[str]:
    """The Chinese family names of the names found ("赵" of "赵", "赵晓东", "赵老师")."""
    out = set()
    for start, end in anchors:
        run = text[start:end]
        if run[:2] in _ZH_DOUBLE_SURNAMES:
            out.add(run[:2])
        elif run[:1] in ZH_SURNAMES and 1 <= len(run) <= 4 and all(_HAN_CHAR.match(c) for c in run):
            out.add(run[:1])
    return out


def zh_kin_known_surname(text: str, anchors: list[tuple[int, int]]) -> list[PiiSpan]:
    """Full names after a kin word whose family name is one of the note's names (see the module)."""
    known = _known_surnames(text, anchors)
    if not known:
        return []
    spans = []
    for m in _ZH_KIN.finditer(text):
        i = m.end()
        sur = next((s for s in sorted(known, key=len, reverse=True) if text.startswith(s, i)), None)
        if sur is None:
            continue
        for size in (2, 1):
            end = i + len(sur) + size
            given = text[i + len(sur) : end]
            if len(given) < size or not all(_HAN_CHAR.match(c) for c in given):
                continue
            if text[i:end] in ZH_COMMON_WORDS or text[i : end + 1] in ZH_COMMON_WORDS:
                continue
            if size == 2 and given[1] in ZH_NAME_FOLLOWERS and given[0] != given[1]:
                continue  # "女儿陈乐很喜欢": 很 goes with what follows; "一一" (reduplicated) is the name
            if _zh_boundary_after(text, end):
                spans.append(PiiSpan(i, end, "NAME"))
                break
    return spans
