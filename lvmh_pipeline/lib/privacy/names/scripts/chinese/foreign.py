"""A foreign given name written sound for sound in Chinese characters right after a kin word:
"他的丈夫马克一起来的", "女儿艾米丽很喜欢", "她先生托马斯说".

After a spouse, partner, child or friend word, a run of two to four characters of the standard
transliteration (:data:`ZH_TRANSLITERATION`) that ends where a name ends (punctuation, a verb or
adverb that follows a person, "的" + a kin noun) is the person's name, even where the run is a word
elsewhere (马克 is the German mark too). A longer run, a brand of three characters or more
(劳力士, 宝格丽) or a run that goes on into a word stays.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.lexicon import ZH_COMMON_WORDS, ZH_TRANSLITERATION
from lvmh_pipeline.lib.privacy.names.scripts.chinese.bare import _zh_boundary_after

__all__ = ["zh_kin_foreign_given"]

_KIN = (
    "丈夫 老公 妻子 老婆 太太 夫人 爱人 愛人 伴侣 伴侶 女儿 女兒 儿子 兒子 男友 女友 男朋友 女朋友 未婚夫 未婚妻 "
    "闺蜜 閨蜜 朋友 孙女 孫女 孙子 孫子 妈妈 媽媽 爸爸 母亲 母親 父亲 父親 姐姐 妹妹 哥哥 弟弟 助理 秘书 秘書 司机 司機"
).split()
# "先生" after a pronoun or "的" is a husband ("她先生托马斯"), after a surname an honorific
_KIN_RE = re.compile("(?:" + "|".join(sorted(_KIN, key=len, reverse=True)) + "|(?:她|他|的)先生)")


def zh_kin_foreign_given(text: str) -> list[PiiSpan]:
    spans = []
    for m in _KIN_RE.finditer(text):
        end = m.end()
        while end < len(text) and end - m.end() < 5 and text[end] in ZH_TRANSLITERATION:
            end += 1
        run = text[m.end() : end]
        if not 2 <= len(run) <= 4 or len(run) >= 3 and run in ZH_COMMON_WORDS:
            continue
        if not _zh_boundary_after(text, end):
            continue
        spans.append(PiiSpan(m.end(), end, "NAME"))
    return spans
