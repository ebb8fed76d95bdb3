"""A Korean given name typed against the kin word before it, with no space ("아들도하 입학",
"남편분세준 생일", "큰딸유나가 입학", "손녀딸채원이 돌잔치", "남편성민씨가 결제").

Quick notes drop the space between a kin word and the name after it. The two syllables after the
kin word are a given name when they end the word and are shaped as one (given-name syllables), or
when the lexicon holds them and a particle or an honorific closes the word (not "딸기가", a
strawberry, nor "아들내미", a son). The kin word stays readable.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.lexicon import KO_NAME_PARTICLES
from lvmh_pipeline.lib.privacy.names.scripts.korean.bare import _ko_given_shaped, _ko_given_syllables

__all__ = ["kin_then_given", "ko_glued_kin_names"]

# Kin words, longest first so that "손녀딸" is not read as "손녀" + "딸…"
_KIN = sorted(
    """딸 아들 따님 아드님 손녀 손자 손주 손녀딸 외손녀 외손자 조카 막내 막내딸 막내아들 큰딸 작은딸 큰아들
    작은아들 외동딸 외동아들 딸아이 남편 남편분 아내 아내분 와이프 부인 며느리 사위 동생 남동생 여동생 장녀
    장남 차녀 차남 약혼자 약혼녀""".split(),
    key=len,
    reverse=True,
)
_GLUED = re.compile(rf"(?<![가-힣])(?:{'|'.join(_KIN)})([가-힣]{{2}})([가-힣]*)")


def _glued_given(given: str, rest: str) -> bool:
    """``given`` after a kin word, ``rest`` the letters glued after it, make a given name."""
    if not rest:
        return _ko_given_shaped(given)
    return rest in KO_NAME_PARTICLES and given in _ko_given_syllables()[0]


def ko_glued_kin_names(text: str) -> list[PiiSpan]:
    """Given names glued to the kin word before them (see the module)."""
    return [PiiSpan(m.start(1), m.end(1), "NAME") for m in _GLUED.finditer(text) if _glued_given(m.group(1), m.group(2))]


def kin_then_given(word: str) -> bool:
    """``word`` is a kin word with a given name glued after it ("남편성민"): no surname ("남") opens it."""
    m = _GLUED.fullmatch(word)
    return bool(m) and _glued_given(m.group(1), m.group(2))
