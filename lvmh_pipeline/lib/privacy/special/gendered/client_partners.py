"""A same-sex partner of a client whose gender the note states (ORIENTATION).

Japanese, Chinese and Arabic notes often say the client's gender outright, and the partner word has
a gender of its own:

- Japanese: a word for a male client ("男性のお客様", "男性客") and a husband's word ("旦那さん",
  "ご主人", "夫"), or a female client ("女性のお客様") and a wife's word ("奥様", "奥さん", "妻"), in
  the same sentence group (:data:`_JA`, within :data:`_REACH` characters, either first); not when a
  word for a client of the other gender is in the note, nor when a relative stands between
  ("男性のお客様、娘さんの旦那さん": the daughter's husband);
- Chinese: a gender marker after the client ("（女）", "女客人", "女性客户") and a partner of the same
  gender ("其妻子", "她太太", "女朋友"), same limits (:data:`_ZH`);
- Arabic (colloquial): a possessive that shows the owner's gender on a spouse word of the same
  gender, "جوزو" (his husband), "مرتها" / "زوجتها" (her wife): the word alone is the fact
  (:data:`_AR`); "جوزها", "زوجته" stay readable.

The span is the partner word (a Chinese "其" and the preposition "مع" stay readable).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.spans import PiiSpan, add_free

__all__ = ["client_partners"]

_REACH = 80  # characters at most between the client's gender and the partner word
_JA_MEN = r"男性のお客様|男性のお客さま|男性客|男性のお客さん|男性のご来店客|お客様は男性|男性の方"
_JA_WOMEN = r"女性のお客様|女性のお客さま|女性客|女性のお客さん|女性のご来店客|お客様は女性|女性の方"
_JA_HUSBAND = r"旦那さん|旦那様|旦那さま|ご主人様|ご主人|(?<![\u4e00-\u9fff])夫(?![\u4e00-\u9fff])"
_JA_WIFE = r"奥様|奥さま|奥さん|(?<![\u4e00-\u9fff])妻(?![\u4e00-\u9fff])"
_JA_KIN = r"娘|息子|お嬢|姉|妹|兄|弟|母|父|友人|ご友人|お友達|同僚|上司|部下|社長"
_ZH_MEN = r"[（(]男[）)]|男客人|男性客户|男顾客|男客户|男士客户"
_ZH_WOMEN = r"[（(]女[）)]|女客人|女性客户|女顾客|女客户|女士客户"
_ZH_HUSBAND = r"丈夫|老公|先生(?=[，,、。\s]|$)|男朋友|男友|未婚夫"
_ZH_WIFE = r"妻子|老婆|太太|女朋友|女友|未婚妻|爱人"
_ZH_KIN = r"女儿|儿子|姐姐|妹妹|哥哥|弟弟|妈妈|母亲|爸爸|父亲|朋友|同事|老板|闺蜜|孙女|孙子"


_END = re.compile(r"[。！？\n]")


# (client words of one gender, partner words of that gender, the other gender's client words, relatives)
_JA = ((re.compile(_JA_MEN), re.compile(_JA_HUSBAND), re.compile(_JA_WOMEN), re.compile(_JA_KIN)),
       (re.compile(_JA_WOMEN), re.compile(_JA_WIFE), re.compile(_JA_MEN), re.compile(_JA_KIN)))
_ZH = ((re.compile(_ZH_MEN), re.compile(_ZH_HUSBAND), re.compile(_ZH_WOMEN), re.compile(_ZH_KIN)),
       (re.compile(_ZH_WOMEN), re.compile(_ZH_WIFE), re.compile(_ZH_MEN), re.compile(_ZH_KIN)))
_AR = re.compile(r"(?<!\w)[وفل]?(?:ب)?(?P<p>جوزو|مرتها|مراتها|زوجتها)(?!\w)")


def _stated(text: str) -> list[PiiSpan]:
    """Every partner word of a client word's gender within :data:`_REACH` characters of it (either
    side, no sentence end and no relative between), where no client word of the other gender is."""
    found = []
    for rules in (_JA, _ZH):
        for client, partner, other, kin in rules:
            if other.search(text):
                continue
            for word in client.finditer(text):
                for match in partner.finditer(text, max(0, word.start() - _REACH), min(len(text), word.end() + _REACH)):
                    gap = text[word.end() : match.start()] if match.start() >= word.end() else text[match.end() : word.start()]
                    if match.start() < word.end() and match.end() > word.start():
                        continue
                    if not _END.search(gap) and not kin.search(gap):
                        found.append(PiiSpan(match.start(), match.end(), "ORIENTATION"))
    return found


def client_partners(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (sorted, non-overlapping) with each partner word of the module doc that overlaps
    none of them as an ORIENTATION span."""
    if not isinstance(text, str) or not text:
        return spans
    found = _stated(text) if ("男" in text or "女" in text) else []
    found += [PiiSpan(m.start("p"), m.end("p"), "ORIENTATION") for m in _AR.finditer(text)]
    return add_free(spans, found) if found else spans
