"""Western given names written in Hangul or katakana, standing alone: "따님 에밀리 대학 졸업식",
"남편 마이클, 생일", "娘のエミリーが卒業"; Arabic, Uyghur and Western given names written in Chinese
characters ("马哈茂德", "伊丽莎白"), three characters at least: sound-for-sound spellings no Chinese
word has.

A Western given name of three syllables or more transliterated into Hangul or katakana (the
lexicon's, not one that is a word too) is no Korean or Japanese word: it is a person wherever it
stands, alone or before a particle ("에밀리가", "다니엘이랑", "エミリーが"). Shorter ones ("엠마",
"エマ") are left to the rules that want a cue (a kin word with a particle, an honorific).
"""

from __future__ import annotations

import re
from functools import lru_cache

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.person_names import person_names

__all__ = ["transliterated_given_names"]

_HANGUL_RUN = re.compile(r"(?<![가-힣])[가-힣]{3,8}(?![가-힣])")
_KATAKANA_RUN = re.compile(r"(?<![\u30a1-\u30fa\u30fc・])[\u30a1-\u30fa\u30fc]{3,9}(?![\u30a1-\u30fa\u30fc・])")
_HANGUL_PARTICLES = (
    "이랑", "에게", "한테", "께서", "하고", "이가", "이는", "이의", "이를", "이도",
    "이", "가", "은", "는", "의", "을", "를", "도", "와", "과", "랑", "께", "님", "씨", "양", "군",
)
_HANGUL = re.compile(r"[가-힣]")
_KATAKANA = re.compile(r"[\u30a1-\u30fa]")


@lru_cache(maxsize=1)
def _western_names() -> frozenset[str]:
    """Given names of three Hangul syllables or katakana letters or more, no ordinary word."""
    lexicon = person_names()
    return frozenset(
        n for n in lexicon.given
        if len(n) >= 3 and n not in lexicon.ambiguous and (_HANGUL.match(n) or _KATAKANA.match(n))
    )


def transliterated_given_names(text: str) -> list[PiiSpan]:
    """Spans of the transliterated Western given names of ``text`` (see the module docstring)."""
    names = _western_names()
    spans = []
    for m in _HANGUL_RUN.finditer(text) if _HANGUL.search(text) else ():
        run = m.group()
        if run in names:
            spans.append(PiiSpan(m.start(), m.end(), "NAME"))
            continue
        for particle in _HANGUL_PARTICLES:
            if run.endswith(particle) and run[: -len(particle)] in names:
                spans.append(PiiSpan(m.start(), m.end() - len(particle), "NAME"))
                break
    for m in _KATAKANA_RUN.finditer(text) if _KATAKANA.search(text) else ():
        if m.group() in names:
            spans.append(PiiSpan(m.start(), m.end(), "NAME"))
    if _HAN.search(text) and (pattern := _han_names()) is not None:
        spans += [PiiSpan(m.start(), m.end(), "NAME") for m in pattern.finditer(text)]
    return spans


_HAN = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _han_names() -> re.Pattern[str] | None:
    """The given names of three Chinese characters or more written sound for sound (the lexicon's
    ``zh_foreign``), longest first."""
    names = sorted(
        (n for n in person_names().given if len(n) >= 3 and all("\u4e00" <= c <= "\u9fff" for c in n)
         and n not in person_names().ambiguous and _FOREIGN_SOUNDS & set(n)),
        key=len, reverse=True,
    )
    return re.compile("|".join(names)) if names else None


# Characters a Chinese spelling of a foreign name uses and a Chinese given name of three characters does not
_FOREIGN_SOUNDS = frozenset("穆罕默哈迈茂斯塔赛易卜欣杜勒立蒂伊萨赫义纳希费尔坦吉贾卡里姆扎亚西努尤素奥麦曼德买提肯"
                            "热依帕古丽吐逊克拜兰迪约瑟夫莎白凯琳历山维多利弗朗詹托马尼杰明塞巴安"
)
