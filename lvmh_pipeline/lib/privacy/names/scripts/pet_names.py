"""A child's or a friend's familiar name in Chinese and Korean notes, known by the parent named after
it or by the other familiar form glossed beside it.

- Chinese: 小 or 阿 and one character, or a doubled character, right before the parent who came
  ("小雪妈妈", "豆豆爸爸"); 阿 and one character or one character and 仔 (Cantonese forms) opening
  a clause before the other familiar form in brackets ("阿杰（杰仔，…）") or a bracket saying whose
  child or which client it is ("豆豆（客户的孙女）"). Not the words 小孩,
  小朋友, 阿姨, 公仔, 牛仔 ….
- any of the three: a name quoted after a naming word ("お名前「勇」", "이름은 '보람'").
- Korean: a given name of the lexicon (a word too: 하늘, 바다), with the 이 a name ending in a
  consonant takes, right before the parent ("바다 엄마", "보람이 아빠", "슬기 어머님").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.guard import is_given_name
from lvmh_pipeline.lib.privacy.names.lexicon import KO_COMMON_STEMS, KO_NAME_CUES, KO_ROLE_WORDS
from lvmh_pipeline.lib.privacy.names.scripts.cjk_common import HAN

__all__ = ["pet_names"]

_ZH_PARENTS = "妈妈|媽媽|爸爸|奶奶|爷爷|爺爺|外婆|姥姥|的妈妈|的媽媽|的爸爸"
_ZH_OPEN = r"(?:^|(?<=[。！？；，、：:,;!?\s“「（(]))"
# 小 / 阿 + one character that makes no word with it; a doubled character (乐乐, 豆豆)
_ZH_PET = rf"(?:小(?![孩朋姑姨叔舅伙孙孫时時姐票包样樣心费費])[{HAN}]|阿(?![姨婆公伯叔嫂妈媽爸哥姐])[{HAN}]|([{HAN}])\2)"
_ZH_PET_PARENT = re.compile(rf"{_ZH_OPEN}(?P<name>{_ZH_PET})(?={_ZH_PARENTS})")
_ZH_CANTONESE = rf"(?:阿(?![姨婆公伯叔嫂妈媽爸哥姐])[{HAN}]|(?<![{HAN}])(?![公牛马馬细細个個靓靚])[{HAN}]仔)"
_ZH_PET_GLOSSED = re.compile(
    rf"{_ZH_OPEN}(?P<name>{_ZH_CANTONESE})[（(](?P<alias>{_ZH_CANTONESE}|小[{HAN}])[，,、）)]"
)
# A name quoted after a naming word, as an engraving or an embroidery gives it ("お名前「勇」を刺繍",
# "名字叫「小雪」", "이름은 '보람'"); not a word that says none is decided yet (未定, 미정)
_QUOTED_NAME = re.compile(
    r"(?:お名前|名前|名字|이름|성함)(?:は|が|を|も|是|叫|就是|은|는|이|도)?[ \t]*[「『“\"'‘]"
    r"([\u3400-\u9fff\u3040-\u30ff가-힣]{1,4})[」』”\"'’]"
)
_NOT_NAMES = frozenset({"未定", "未定です", "なし", "無し", "不明", "未知", "미정", "없음", "모름"})
# A familiar form opening a clause before a bracket that says whose child or which client it is
# ("豆豆（客户的孙女，三岁）", "阿杰（客人本人）")
_ZH_PET_DESCRIBED = re.compile(
    rf"{_ZH_OPEN}(?P<name>{_ZH_PET}|{_ZH_CANTONESE})[（(][^（()）]{{0,12}}?"
    r"(?:孙子|孙女|孫子|孫女|外孙|外孫|女儿|女兒|儿子|兒子|侄子|侄女|客人|客户|客戶|本人|太太|老婆|老公|男朋友|女朋友)"
)
_KO_PARENTS = "엄마|아빠|어머님|아버님|어머니|아버지|할머니|할아버지|맘"
_KO_PET_PARENT = re.compile(rf"(?<![가-힣])(?P<name>[가-힣]{{2}})(?P<i>이)?[ \t]?(?={_KO_PARENTS})")


def _final_consonant(syllable: str) -> bool:
    return (ord(syllable) - 0xAC00) % 28 != 0


def pet_names(text: str) -> list[PiiSpan]:
    spans = []
    if any(c in text for c in "妈媽爸奶爷爺婆姥"):
        spans += [PiiSpan(m.start("name"), m.end("name"), "NAME") for m in _ZH_PET_PARENT.finditer(text)]
    if "（" in text or "(" in text:
        spans += [PiiSpan(m.start("name"), m.end("name"), "NAME") for m in _ZH_PET_DESCRIBED.finditer(text)]
        for m in _ZH_PET_GLOSSED.finditer(text):
            spans += [PiiSpan(m.start("name"), m.end("name"), "NAME"), PiiSpan(m.start("alias"), m.end("alias"), "NAME")]
    if any(w in text for w in ("엄마", "아빠", "어머", "아버", "할머", "할아", "맘")):
        for m in _KO_PET_PARENT.finditer(text):
            name = m.group("name")
            if bool(m.group("i")) != _final_consonant(name[-1]):
                continue  # "보람이 아빠", "바다 엄마"; not "동생이 엄마랑": a particle
            if name in KO_COMMON_STEMS and not m.group("i") or name in KO_ROLE_WORDS or name in KO_NAME_CUES or not is_given_name(name):
                continue
            spans.append(PiiSpan(m.start("name"), m.end("name"), "NAME"))
    if "名" in text or "이름" in text or "성함" in text:
        spans += [PiiSpan(m.start(1), m.end(1), "NAME") for m in _QUOTED_NAME.finditer(text) if m.group(1) not in _NOT_NAMES]
    return spans
