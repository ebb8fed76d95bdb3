"""A messenger id said aloud after the app's name: "Insta c'est arobase chloe point paris", "الإنستغرام
سارة دوت ستايل", "인스타 아이디가 s o y e o n 점 style", "LINEのIDは、ケー、オー、アンダーバー、ゼロ、ナナ",
"телеграм анна подчёркивание спб".

The parts of the id (words of any script, letters spelt one by one, kana letter names between
commas) are joined by the spoken name of ".", "_" or "-" — one such name at least, or the name of
"@" before the id: a sentence after an app's name with no such word ("Insta, she loves it") holds
no id. The caller (:mod:`..handles`) says where an app was named; :func:`find_said_ids` reads the
rest of that sentence.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.spans import PiiSpan

__all__ = ["find_said_ids"]

_AT_NAMED = r"(?:(?i:arobase|arroba|chiocciola|собака|собачка|klammeraffe|apenstaartje)|골뱅이|アットマーク|艾特|آت)"
_AT = rf"(?:{_AT_NAMED}|(?i:at))"  # the English "at" only before a joined id ("at sophie dot style")
# Hangul 점 / 닷 stand apart ("소연 점 style"): glued, 점 is a syllable of words ("점심", "매장점").
_DOT = r"(?:(?i:dot|point|punto|ponto|punkt|punt|точка)|دوت|نقطة|(?<=\s)(?:점|닷)(?=\s)|ドット|点)"
_UNDERSCORE = (
    r"(?:(?i:underscore|underline|tiret bas|tiret du bas|guion bajo|guión bajo|trattino basso|unterstrich|"
    r"liggend streepje|нижнее подчёркивание|нижнее подчеркивание|подчёркивание|подчеркивание|tiret|trattino|guion|"
    r"guión|bindestrich|streepje|hífen|traço|дефис)|アンダーバー|アンダースコア|ハイフン|언더바|언더스코어|하이픈|"
    r"下划线|横杠|شرطة سفلية|شرطة)"
)
_SEP = r"[ \t,、，]*"
# A part: letters spelt one by one ("s o y e o n"), kana letter names between commas ("ケー、オー"),
# a word of Latin, Hangul, Arabic or Cyrillic letters and figures.
_PART = (
    r"(?:[A-Za-z0-9](?:[ ,]+[A-Za-z0-9](?![A-Za-z0-9])){2,}|[ァ-ヴー]+(?:[、,][ァ-ヴー]+)*"
    r"|[A-Za-zÀ-ÿ0-9][A-Za-zÀ-ÿ0-9_]*|[가-힣]{1,4}|[\u0621-\u064a]{2,}|[а-яёА-ЯЁ]{2,})"
)
_JOIN = rf"{_SEP}(?:{_DOT}|{_UNDERSCORE}){_SEP}"
_SAID_ID = re.compile(rf"(?:{_AT}{_SEP})?{_PART}(?:{_JOIN}{_PART})+|{_AT_NAMED}{_SEP}{_PART}")
# Words around "point", "punto", "dot" in ordinary speech ("un point important", "a ese punto no"):
# a part that is one of them makes no id.
_FUNCTION_WORDS = frozenset(
    "a an the this that of on in no not and or is it un une le la les de du des ce cet cette et ou est en ne pas "
    "el lo los las ese esa este esta y o es del al il di da e che non der die das ein eine und ist nicht het een "
    "niet o um uma os as do da não um".split()
)
_JOIN_SPLIT = re.compile(rf"{_JOIN}")
_SENTENCE_END = re.compile(r"[.!?。！？\n](?:\s|$)|[。！？\n]")
_REACH = 80  # characters after the app's name
_NEAR = 25  # characters from the app's name (or the id said before) to an id: "ID c'est", "아이디가", "영어로"


def find_said_ids(text: str, after: int) -> list[PiiSpan]:
    """Ids said aloud in the sentence that goes on at ``after`` (the end of an app's name)."""
    stop = _SENTENCE_END.search(text, after, after + _REACH)
    window_end = stop.start() if stop else min(len(text), after + _REACH)
    spans: list[PiiSpan] = []
    near = after
    for m in _SAID_ID.finditer(text, after, window_end):
        if m.start() > after and text[m.start() - 1].isalnum() and not _is_dense(text[m.start()]):
            continue  # inside a word
        parts = [part.strip(" \t,、，").casefold() for part in _JOIN_SPLIT.split(m.group())]
        if any(part in _FUNCTION_WORDS for part in parts) or parts[0].isdigit():
            continue  # "un point important", "12 point 5k followers"
        if m.start() - near > _NEAR:
            break  # "Insta, and later on a point of detail": too far from the app's name to be its id
        spans.append(PiiSpan(m.start(), m.end(), "HANDLE"))
        near = m.end()
    return spans


def _is_dense(char: str) -> bool:
    """A character of a script written without spaces (an id may be glued to a particle)."""
    return "\u3040" <= char <= "\u30ff" or "\uac00" <= char <= "\ud7af" or "\u4e00" <= char <= "\u9fff"
