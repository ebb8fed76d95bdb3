"""A name written in a script other than the note's, inside the note.

- In a Korean note, a name in Han characters (a Korean name in hanja, a Chinese or Japanese
  name: "金敏浩 회장님", "성함은 王偉이고") before an honorific or after a word asking the name.
  A run of two to four Han characters that opens with a family name.
- In a Korean note, a foreign family name in Hangul right before a given name found ("사토 유키 고객님").
- In an Arabic note, a Korean, Chinese or Japanese name in its own script ("العميلة 김하늘 من
  سيول", "زبونتنا 鈴木 اليابانية"): Arabic notes write products and places in Arabic or Latin
  letters, so a run of Hangul or Han characters shaped as a name (two to four syllables or
  characters opening with a family name) is one.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.lexicon import KO_SURNAMES, ZH_SURNAMES
from lvmh_pipeline.lib.privacy.names.person_names import person_names

__all__ = ["hangul_family_before", "mixed_script_names"]

_HAN = "\u4e00-\u9fff"
_HAN_RUN = re.compile(rf"(?<![{_HAN}\u3040-\u30ff])[{_HAN}]{{2,4}}(?![{_HAN}\u3040-\u30ff])")
_KO_HONORIFIC = re.compile(
    r"[ \t]*(?:고객|회장|사장|대표|선생|교수|원장|실장|여사|사모|부장|이사|상무|전무|님|씨|께서|様|さん)"
)
_KO_ASKED = re.compile(r"(?:성함|이름|고객명|성명)(?:은|는|이|:)?[ \t]*:?[ \t]*$")
_HANGUL_RUN = re.compile(r"(?<![가-힣])[가-힣]{2,4}(?:[ \t]+[가-힣]{1,3})?(?![가-힣])")
_ARABIC = re.compile("[\u0621-\u064a]")


def _han_name(run: str) -> bool:
    surnames = person_names().surnames
    return run[0] in ZH_SURNAMES or run[:2] in surnames or run in surnames or run in person_names().given


def _hangul_name(run: str) -> bool:
    first = run.split()[0]
    lexicon = person_names()
    return first[0] in KO_SURNAMES or first in lexicon.given or first in lexicon.surnames


def mixed_script_names(text: str) -> list[PiiSpan]:
    """Names in another script inside a Korean or Arabic note (see the module)."""
    spans: list[PiiSpan] = []
    hangul = re.search("[가-힣]", text) is not None
    if hangul and re.search(f"[{_HAN}]", text):
        for m in _HAN_RUN.finditer(text):
            if _han_name(m.group()) and (
                _KO_HONORIFIC.match(text, m.end()) or _KO_ASKED.search(text, max(0, m.start() - 12), m.start())
            ):
                spans.append(PiiSpan(m.start(), m.end(), "NAME"))
    if len(_ARABIC.findall(text)) >= 20:
        for pattern, shaped in ((_HANGUL_RUN, _hangul_name), (_HAN_RUN, _han_name)):
            for m in pattern.finditer(text):
                if shaped(m.group()):
                    spans.append(PiiSpan(m.start(), m.end(), "NAME"))
    return spans


_HANGUL_WORD_BEFORE = re.compile(r"(?<![가-힣])([가-힣]{2,5})[ \t]+$")


def hangul_family_before(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """"사토 유키 고객님", "다나카 겐지 님": a foreign family name as Hangul writes it (a listed one,
    a word too or not: "사토") right before a given name found in Hangul is the same person's."""
    surnames = person_names().surnames
    out = []
    for span in spans:
        if not "\uac00" <= text[span.start : span.start + 1] <= "\ud7a3":
            continue
        m = _HANGUL_WORD_BEFORE.search(text, max(0, span.start - 8), span.start)
        if m and m.group(1) in surnames:
            out.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return out
