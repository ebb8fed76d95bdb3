"""A Chinese name span that took in a title after it or a field word before it ("白女士", "全名白雪"):
the title (女士, 先生, 小姐, 太太) and the field word ("full name", "real name") are no part of the name
and stay readable; the name alone is kept. So is 老, the respect for an elder, between a family name
and a title ("周老先生", "何老太太"): the family name is the name."""

from __future__ import annotations

from lvmh_pipeline.lib.privacy.contacts import PiiSpan

__all__ = ["without_cjk_title"]

_TITLES_AFTER = ("女士", "先生", "小姐", "太太", "夫人")
_ELDER = "老"
_ELDER_TITLES = ("先生", "太太", "夫人", "爷", "爺", "人家", "师", "師")
_LABELS_BEFORE = ("全名", "本名", "姓名", "名字", "真名", "全名是", "本名是", "名字是", "名字叫")


def without_cjk_title(text: str, span: PiiSpan) -> PiiSpan:
    """``span`` without a title it ends with or a field word it opens with, when a name of one to three
    characters is left."""
    start, end = span.start, span.end
    for label in sorted(_LABELS_BEFORE, key=len, reverse=True):
        if text.startswith(label, start) and 1 <= end - start - len(label) <= 3:
            start += len(label)
            break
    for title in _TITLES_AFTER:
        if text.endswith(title, start, end) and 1 <= end - start - len(title) <= 3:
            end -= len(title)
            break
    if end - start == 2 and text[end - 1] == _ELDER and text.startswith(_ELDER_TITLES, end):
        end -= 1  # "周老先生": 周 and the title, 老 the elder's respect
    return span if (start, end) == (span.start, span.end) else PiiSpan(start, end, span.kind)
