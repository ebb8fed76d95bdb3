"""A Chinese name span that took in a title after it or a field word before it ("白女士", "全名白雪"):
the title (女士, 先生, 小姐, 太太) and the field word ("full name", "real name") are no part of the name
and stay readable; the name alone is kept."""

from __future__ import annotations

from lvmh_pipeline.lib.privacy.contacts import PiiSpan

__all__ = ["without_cjk_title"]

_TITLES_AFTER = ("女士", "先生", "小姐", "太太", "夫人")
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
    return span if (start, end) == (span.start, span.end) else PiiSpan(start, end, span.kind)
