"""Arabic vowel marks and the tatweel, which hand-written notes put inside words: "النحّاس" (a
shadda on the doubled letter of a craft name), "السَّيِّدة", "السيـــدة". The name rules read
letters; they run on the text without the marks, and the spans found are mapped back onto the
original text (marks inside or right after a name go with it).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lvmh_pipeline.lib.privacy.contacts import PiiSpan

__all__ = ["has_marks", "strip_marks", "on_plain_text"]

# Harakat, tanween, shadda, sukun, superscript alef, Quranic marks, tatweel.
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640]")
_TANWEEN = re.compile("[\u064b-\u064d]")


def has_marks(text: str) -> bool:
    return _MARKS.search(text) is not None


def strip_marks(text: str) -> tuple[str, list[int]]:
    """``text`` without the marks, and for each of its characters (and its end) the offset in
    ``text``."""
    plain: list[str] = []
    index: list[int] = []
    for i, char in enumerate(text):
        if _MARKS.match(char):
            continue
        plain.append(char)
        index.append(i)
    index.append(len(text))
    return "".join(plain), index


def _back(span: PiiSpan, index: list[int], text: str) -> PiiSpan:
    start = index[span.start]
    end = index[span.end - 1] + 1 if span.end > span.start else start
    while end < len(text) and _MARKS.match(text[end]):
        end += 1  # "النحّاسُ": the final vowel mark goes with the name
    words = text[start:end].split()
    if len(words) > 1 and _TANWEEN.search(words[-1]):
        # "لزوجته نورة خاتماً.": a nunated word is an indefinite noun ("a ring"), no family name
        end = start + text[start:end].rstrip().rfind(words[-1])
        end = start + len(text[start:end].rstrip())
    return PiiSpan(start, end, span.kind)


def on_plain_text(text: str, find: Callable[[str], list[PiiSpan]]) -> list[PiiSpan]:
    """``find`` run on ``text`` without its marks, the spans mapped back onto ``text``."""
    if not has_marks(text):
        return find(text)
    plain, index = strip_marks(text)
    return [_back(span, index, text) for span in find(plain)]
