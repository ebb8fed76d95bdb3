"""A relative's name right after the kin word, in two shapes the kin rules did not read:

- alone in brackets after a kin word: "+ marido (Toni)", "with her husband (Des)", "Ehemann (Jörg)",
  "муж (Тимур)": the bracket names the relative, a name missing from the lexicon too; not an ordinary
  word, a place, a month, a brand or an age ("marido (Madrid)", "Sohn (Abitur)", "fille (12)");
- a Chinese pet name of one character said twice after a kin word: "女儿欣欣的", "孙子乐乐下个月" (not a
  kin word or an adverb said twice: "女儿天天哭", "儿子常常来", "女儿宝宝").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import LETTER, UPPER, scan
from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify, is_given_name, is_place_month_or_brand, is_vocabulary

__all__ = ["kin_named"]

_BRACKETED = re.compile(rf"[ \t]*\([ \t]*([{UPPER}][{LETTER}'’\-]{{1,14}})[ \t]*\)")
_ZH_KIN = "女儿|女兒|儿子|兒子|孙女|孫女|孙子|孫子|外孙|外孫|外孙女|外孫女|侄女|侄子|外甥|外甥女|闺女|小女儿|小儿子|大女儿|大儿子"
_ZH_DOUBLED = re.compile(rf"(?:{_ZH_KIN})([\u4e00-\u9fff])\1(?=[的，。、,.;；:：!！?？ \t]|[下上这那明今去来要想在是就也都]|$)")
# Characters said twice that are words, not pet names
_ZH_NOT_DOUBLED = frozenset("妈爸哥姐弟妹奶爷姥叔舅婆公宝天常刚慢好偷渐看试想谢个人年月每时处往仅稍静轻早久明偏白足统默悄淡深紧多大小高长满乖样说聊走等哈嘻呵嗯")


def kin_named(text: str) -> list[PiiSpan]:
    """Relatives' names in brackets after a kin word, and Chinese doubled pet names after one."""
    spans = []
    if "(" in text:
        german = scan(text).german
        for _kin_start, stop, _kin_word in scan(text).kin:
            m = _BRACKETED.match(text, stop)
            if not m:
                continue
            word = m.group(1)
            if classify(word) == COMMON or is_place_month_or_brand(word) or is_vocabulary(word) and not is_given_name(word):
                continue
            if german and not is_given_name(word):
                continue  # "Sohn (Abitur)": a German noun
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    if "女" in text or "儿" in text or "兒" in text or "孙" in text or "孫" in text or "侄" in text or "甥" in text:
        spans += [PiiSpan(m.start(1), m.end(), "NAME") for m in _ZH_DOUBLED.finditer(text) if m.group(1) not in _ZH_NOT_DOUBLED]
    return spans
