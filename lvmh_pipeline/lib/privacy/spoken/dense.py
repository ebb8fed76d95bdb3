"""Phone numbers read out digit by digit in CJK or Hangul digit characters ("一三八一二三四五六七八",
"공일공 구팔칠 육오사삼", "〇九〇の一二三四の五六七八") or in Japanese readings, katakana or hiragana
("ゼロキューゼロ、イチニーサンヨン、…", "ぜろきゅうぜろ、いちにいさんよん").

Eight digits or more, in groups of three or more (of two or more in Han digits, four groups at
least) with at most a pause between them: a space, a
dash (also 杠, "bar", as Chinese speakers say it, and ハイフン), a comma of any width, an ideographic
comma, a Japanese の or ・; figures with の between them ("090の1234の5678"); full-width figures count as digit characters ("０９０の１２３４の５６７８"). Counts with units ("二十万", "三月八日") have unit characters between their digits and
stay; so do years ("二〇二六年") and shorter groups. A circle typed for the zero ("○九○…") is a zero; a
masked word ("○○証券") is too short to be a number.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.spans import PiiSpan

__all__ = ["find_dense_phones"]

_DIGITS = "〇○◯零一二三四五六七八九幺공영일이삼사오육칠팔구０１２３４５６７８９"
_PAUSE = "(?:ハイフン|[ \\t\\-－‐ー,，、・の杠에])"
# Groups of figures may stand between groups of digit characters ("138 一二三四 5678", "010에 일이삼사 …").
_GROUP = f"(?:[{_DIGITS}]{{3,}}|[0-9]{{3,4}})"
_RUN = re.compile(
    f"(?<![{_DIGITS}0-9A-Za-z]){_GROUP}(?:{_PAUSE}?[ \\t]?{_GROUP})*(?![{_DIGITS}0-9A-Za-z])"
)
# Katakana readings of the digits, longest first ("キュー" before "ク", "ニー" before "ニ").
# Chinese and Japanese read a number in pairs too ("一三九 零零 一二 三四 五六"): groups of two or more
# Han digits, four groups at least; Hangul digit syllables in pairs are ordinary words ("이사", "오일").
_HAN_DIGITS = "〇○◯零一二三四五六七八九幺０１２３４５６７８９"
_HAN_PAIRS = re.compile(
    f"(?<![{_DIGITS}0-9A-Za-z])[{_HAN_DIGITS}]{{2,}}(?:{_PAUSE}?[ \t]?[{_HAN_DIGITS}]{{2,}}){{3,}}(?![{_DIGITS}0-9A-Za-z])"
)
# Speech-to-text writes them in hiragana as well ("いちにいさんよん"), a group in either script.
_KANA_DIGIT = (
    "(?:ゼロ|レイ|マル|イチ|ニー|ニ|サン|ヨン|ヨ|シ|ゴー|ゴオ|ゴ|ロク|ナナ|シチ|ハチ|キュー|キュウ|ク|"
    "ぜろ|れい|まる|いち|にい|にー|に|さん|よん|よ|し|ごー|ごお|ご|ろく|なな|しち|はち|きゅう|きゅー|く)"
)
# ... between the kana's ends or particles ("携帯はゼロハチゼロ…ゴーヨンサンニーです", "…ごろくななはちまで")
_KANA_START = "(?:(?<![ぁ-ゖァ-ヴー])|(?<=[はがをにでとのへもや]))"
_KANA_END = "(?=$|[^ぁ-ゖァ-ヴー]|です|でした|まで|に|で|と|の|は|が|へ|を)"
# ... and groups of figures between groups of readings ("ゼロハチゼロ、1234、ゴーロクナナハチ").
_KANA_GROUP = f"(?:{_KANA_DIGIT}{{3,}}|[0-9０-９]{{3,4}}(?![0-9０-９]))"
_KANA_RUN = re.compile(
    f"{_KANA_START}{_KANA_DIGIT}{{3,}}(?:[ 、，,・\\-ー]?{_KANA_GROUP})*(?<![0-9０-９]){_KANA_END}"
)
_KANA_ONE = re.compile(_KANA_DIGIT)
# Figures read out with Japanese の between the groups ("090の1234の5678"): a run of figures
# with dashes is :mod:`..phones`'.
_FIGURES_NO = re.compile(r"(?<![0-9０-９])[0-9０-９]{2,4}(?:の[0-9０-９]{2,4}){2,}(?![0-9０-９])")
_MIN_DIGITS = 8
# Korean digits read in native words too ("공일공 하나둘셋넷 다섯여섯일곱여덟"), mixed with Sino-Korean ones.
_KO_NATIVE = ("하나", "둘", "셋", "넷", "다섯", "여섯", "일곱", "여덟", "아홉")
_KO_DIGIT = "(?:하나|다섯|여섯|일곱|여덟|아홉|둘|셋|넷|공|영|일|이|삼|사|오|육|칠|팔|구)"
_KO_RUN = re.compile(f"(?<![가-힣]){_KO_DIGIT}{{3,}}(?:[ ,\\-에]?[ ]?{_KO_DIGIT}{{3,}})*")
_KO_ONE = re.compile(_KO_DIGIT)
# A Korean mobile number read in pairs after its prefix ("010에 삼칠, 칠삼에 1190"): the prefix, then
# groups of two or more digits or figures with 에, a comma or a blank between them.
_KO_SINO = "공영일이삼사오육칠팔구"
_KO_MOBILE = re.compile(
    f"(?<![0-9{_KO_SINO}])(?:01[016789]|공일[공영일육칠팔구])(?:[ ,]*에?[ ,]*(?:[{_KO_SINO}]{{2,4}}|[0-9]{{2,4}})(?![0-9{_KO_SINO}]))+"
)


def find_dense_phones(text: str) -> list[PiiSpan]:
    """Phone numbers in digit characters or katakana readings (see the module)."""
    if text.isascii():
        return []
    spans = [
        PiiSpan(m.start(), m.end(), "PHONE")
        for m in _RUN.finditer(text)
        if sum(ch in _DIGITS or ch.isdigit() for ch in m.group()) >= _MIN_DIGITS and any(ch in _DIGITS for ch in m.group())
    ]
    spans += [
        PiiSpan(m.start(), m.end(), "PHONE")
        for m in _HAN_PAIRS.finditer(text)
        if sum(ch in _HAN_DIGITS for ch in m.group()) >= _MIN_DIGITS and not any(s.start <= m.start() < s.end for s in spans)
    ]
    if "の" in text:
        spans += [
            PiiSpan(m.start(), m.end(), "PHONE")
            for m in _FIGURES_NO.finditer(text)
            if sum(ch != "の" for ch in m.group()) >= _MIN_DIGITS and not any(s.start <= m.start() < s.end for s in spans)
        ]
    if any(word in text for word in ("ゼロ", "イチ", "ゴ", "ハチ", "マル", "ぜろ", "いち", "ご", "はち", "まる")):
        spans += [
            PiiSpan(m.start(), m.end(), "PHONE")
            for m in _KANA_RUN.finditer(text)
            if len(_KANA_ONE.findall(m.group())) + sum(ch.isdigit() for ch in m.group()) >= _MIN_DIGITS
        ]
    if any(word in text for word in _KO_NATIVE):
        spans += [
            PiiSpan(m.start(), m.end(), "PHONE")
            for m in _KO_RUN.finditer(text)
            if len(_KO_ONE.findall(m.group())) >= _MIN_DIGITS and sum(w in m.group() for w in _KO_NATIVE) >= 2
        ]
    if "01" in text or "공일" in text:
        spans += [
            PiiSpan(m.start(), m.end(), "PHONE") for m in _KO_MOBILE.finditer(text)
            if sum(ch.isdigit() or ch in _KO_SINO for ch in m.group()) >= 10
        ]
    merged: list[PiiSpan] = []
    for span in sorted(spans):  # a run of groups inside a longer run of pairs ("〇三・一二三四・…"): one number
        if merged and span.start < merged[-1].end:
            merged[-1] = PiiSpan(merged[-1].start, max(merged[-1].end, span.end), "PHONE")
        else:
            merged.append(span)
    return merged
