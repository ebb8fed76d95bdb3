"""Romanised Korean and Chinese full names anywhere in a note: a surname of the romanisation
tables, then a given name of two syllables, hyphenated ("Jung Hye-won", "Dr Lee Seung-hoon") or,
in upper case as on a passport or a card, glued ("CHOI MINJI", "SEO JIHYE").

A Chinese surname before a given name of two pinyin syllables written as one word is one too
("Lin Meiling", "Frau Zhao Lanying"), unless the given name is an ordinary word, a place or a brand.

The hyphenated or upper-case given name is the evidence: "Park Avenue", "Lee Miller" or "Song
contest" are no Korean names. A Hangul given name of the lexicon before a romanised family name is
one too ("(민지 Lee)").
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.gates import Gate
from lvmh_pipeline.lib.privacy.names.guard import COMMON, NAME, classify, is_given_name, is_place_month_or_brand, is_vocabulary
from lvmh_pipeline.lib.privacy.names.person_names import person_names

__all__ = ["PINYIN_SYLLABLE", "ROMAN_SURNAMES", "romanised_names"]

_SURNAMES = (
    "Kim|Lee|Yi|Rhee|Park|Pak|Bak|Choi|Choe|Jung|Jeong|Chung|Kang|Cho|Jo|Yoon|Yun|Jang|Chang|Lim|Im|Han|Oh|Seo|Suh"
    "|Shin|Sin|Kwon|Hwang|Ahn|An|Song|Yoo|Yu|Ryu|Hong|Jeon|Jun|Chun|Ko|Go|Moon|Mun|Yang|Son|Sohn|Bae|Baek|Paik|Heo"
    "|Huh|Nam|Noh|Roh|Ha|Kwak|Sung|Seong|Cha|Joo|Ju|Woo|Min|Na|Jin|Chae|Won|Bang|Gong|Hyun|Yeo|Pyo|Seol|Byun"
    "|Byeon|Eom|Um|Ok|Tak|Gil|Ma|Wang|Zhang|Liu|Chen|Huang|Zhao|Zhou|Wu|Xu|Sun|Hu|Zhu|Gao|Lin|He|Guo|Luo|Zheng"
    "|Liang|Xie|Tang|Deng|Feng|Cao|Peng|Zeng|Xiao|Tian|Dong|Pan|Yuan|Cai|Jiang|Yu|Du|Ye|Cheng|Wei|Su|Lu|Ding"
    "|Ren|Shen|Yao|Fang|Tan|Liao|Zou|Xiong|Jin|Lau|Leung|Wong|Chan|Cheung|Ng|Tse|Yip|Kwok|Tsang|Ho|Chow"
)
_SYLLABLE = r"(?:[bcdfghjklmnprstwyz]{0,3}[aeiouy]{1,3}(?:ng|n|m|k|l)?)"
_HYPHENATED = re.compile(
    rf"(?<![\w\-])(?:{_SURNAMES}|{_SURNAMES.upper()})(?:[ \t]+|(?i:[ \t]*,[ \t]*))[A-Z]{_SYLLABLE[3:-1]}-(?i:{_SYLLABLE})(?![\w\-])"
)
_UPPER = re.compile(
    rf"(?<![\w\-])(?:{'|'.join(s for s in _SURNAMES.upper().split('|') if len(s) >= 3)})[ \t]+(?i:{_SYLLABLE}{{2}})(?![\w\-])"
)
# A Chinese surname, then a given name of two pinyin syllables written as one word ("Lin Meiling",
# "Chen Jialin", "Frau Zhao Lanying"): the syllables' shape is the evidence ("Su Casa", "Ma Maison" are
# no pinyin, or ordinary words)
_ZH_LATIN_SURNAMES = _SURNAMES.split("|Wang|")[1] + "|Wang|Li|Song|Han|Yang|Ma|Zhu|Qian|Qin|Kong|Mao|Xia|Lei|Hou|Meng|Bai"
_PINYIN = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|iao|ian|uai|uan|ang|eng|ing|ong|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u)"
)
_PINYIN_GIVEN = re.compile(rf"(?<![\w\-])(?:{_ZH_LATIN_SURNAMES})[ \t]+([A-Z][a-z]{{3,9}})(?![\w\-])")
_WORD_SURNAMES = frozenset({"He", "Du", "Su", "Ma", "Lu", "Ye", "Yu", "Hu"})
# The given name written as separate syllables, or one syllable, before a clause ends ("Wang Li Na,",
# "Zheng Hao +"), or where the note's own script takes over ("العميلة Li Na مع", "клиентка Li Na
# пришла"): each word one pinyin syllable
_SYLLABLES_GIVEN = re.compile(
    rf"(?<![\w\-])(?:{_ZH_LATIN_SURNAMES})((?:[ \t]+[A-Z][a-z]{{1,5}}){{1,2}})"
    r"(?=[ \t]*(?:[,，。.;:+/)(（\n]|$|[\u0400-\u04ff\u0600-\u06ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]))"
)
_PINYIN_WORD = re.compile(rf"(?:{_PINYIN}){{2}}")
# One pinyin syllable, and the romanised family names in lower case, for the lower-case cues of
# :mod:`..voice.lowercase_links`
PINYIN_SYLLABLE = _PINYIN
ROMAN_SURNAMES = frozenset(s.casefold() for s in (_SURNAMES + "|" + _ZH_LATIN_SURNAMES).split("|") if s)
# One-pass gates: what every match of _HYPHENATED holds ("Hye-w"), the surnames of _UPPER as written, a blank after
_HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]{1,8}-[A-Za-z]")
_UPPER_SURNAMES = Gate(s + blank for s in _SURNAMES.upper().split("|") if len(s) >= 3 for blank in " \t")
_HANGUL_CHAR = re.compile(r"[가-힣]")
_LOWER = re.compile(r"[a-z\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


def romanised_names(text: str) -> list[PiiSpan]:
    if not re.search(r"[A-Za-z]", text):
        return []
    hyphenated = "-" in text and _HYPHENATED_GIVEN.search(text)
    spans = [s for m in _HYPHENATED.finditer(text) for s in _parts(m)] if hyphenated else []
    for m in _UPPER.finditer(text) if _UPPER_SURNAMES(text) else ():
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if m.group().isupper() and len(m.group().split()[-1]) >= 4 and _LOWER.search(line):
            spans += _parts(m)
    if _HANGUL_CHAR.search(text):
        spans += _hangul_given_latin_family(text)
    if "Th" in text or "Vă" in text:
        spans += _vietnamese_given(text)
    return spans + _pinyin_given_names(text)


# A Vietnamese given name after its middle name Thị (women) or Văn (men): "Thi Mai", "Thị Lan Anh",
# "Văn Hùng" — the middle name says the next word is a given name, a month or a word too ("Mai")
_VI_LETTER = "a-zà-ÿăâđêôơưạ-ỹ"
_VI_GIVEN = re.compile(
    rf"(?<![\w\-])(?:Thị|Thi|THỊ|THI|Văn|VĂN)[ \t]+([A-ZĐÀ-ÞẠ-Ỹ][{_VI_LETTER}]{{1,6}})(?:[ \t]+([A-ZĐÀ-ÞẠ-Ỹ][{_VI_LETTER}]{{1,6}}))?(?![\w\-])"
)


def _vietnamese_given(text: str) -> list[PiiSpan]:
    spans = []
    for m in _VI_GIVEN.finditer(text):
        words = [g for g in (1, 2) if m.group(g)]
        if not (is_given_name(m.group(1)) or classify(m.group(1)) not in (COMMON,) and not is_vocabulary(m.group(1))):
            continue
        if is_place_month_or_brand(m.group(1)) and not is_given_name(m.group(1)):
            continue
        if len(words) == 2 and not (is_given_name(m.group(2)) and not is_place_month_or_brand(m.group(2))):
            words = [1]
        spans.append(PiiSpan(m.start(), m.end(words[-1]), "NAME"))
    return spans


def _pinyin_given_names(text: str) -> list[PiiSpan]:
    """"Lin Meiling": the surname and a two-syllable pinyin given name that is no ordinary word,
    place or brand."""
    spans = []
    for m in _PINYIN_GIVEN.finditer(text):
        given = m.group(1)
        if m.group().split()[0] in _WORD_SURNAMES and not is_given_name(given):
            continue  # "Su Casa", "Du Bois": a surname that is a word too takes a known given name only
        if _PINYIN_WORD.fullmatch(given.lower()) and classify(given) != COMMON and not (
            is_vocabulary(given) or is_place_month_or_brand(given)
        ):
            spans += _parts(m)
    for m in _SYLLABLES_GIVEN.finditer(text):
        words = m.group(1).split()
        if m.group().split()[0] not in _WORD_SURNAMES and all(
            re.fullmatch(_PINYIN, w.lower()) and not is_place_month_or_brand(w)
            and (classify(w) != COMMON and not is_vocabulary(w) or person_names().is_name(w)) for w in words
        ):
            spans += _parts(m)
    return spans


# A Hangul given name of the lexicon, then the family name in Latin letters ("(민지 Lee)", "서연 Park,"):
# the mixed spelling of a Korean name on a card or a booking
_KO_LATIN = _SURNAMES.split("|Wang|")[0]
_HANGUL_GIVEN_LATIN_FAMILY = re.compile(rf"(?<![가-힣])([가-힣]{{2,3}})[ \t]+((?:{_KO_LATIN}))(?![\w\-])")


def _hangul_given_latin_family(text: str) -> list[PiiSpan]:
    given = person_names().given
    return [
        PiiSpan(m.start(g), m.end(g), "NAME") for m in _HANGUL_GIVEN_LATIN_FAMILY.finditer(text)
        if m.group(1) in given and classify(m.group(1)) == NAME for g in (1, 2)
    ]


def _parts(m: re.Match[str]) -> list[PiiSpan]:
    """The surname and the given name, each its own placeholder ("[NAME] [NAME]")."""
    return [PiiSpan(m.start() + w.start(), m.start() + w.end(), "NAME") for w in re.finditer(r"[^\s,]+", m.group())]
