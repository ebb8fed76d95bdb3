"""Spelt-out names, lone surnames and names in scripts written without spaces (CJK)."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.lexicon import KO_COMMON_STEMS, KO_NOT_LONE_SURNAMES, KO_SURNAMES, ZH_COMMON_WORDS
from lvmh_pipeline.lib.privacy.names.occurrences.forms import _Forms, _plain
from lvmh_pipeline.lib.privacy.names.occurrences.patterns import (
    _ALPHA,
    _CJK_HONORIFICS,
    _HAN,
    _HANGUL,
    _HANGUL_RUN,
    _KANA,
    _KO_CLAUSE_BEFORE,
    _KO_COMPOUND_SURNAMES,
    _KO_HONORIFIC_AFTER,
    _KO_LONE_AFTER,
    _KO_LONE_BEFORE,
    _KO_LONE_WORD_AFTER,
    _KO_NOT_GIVEN,
    _KO_WORD_SYLLABLES,
    _ZH_AFTER_SUBJECT,
    _ZH_NOT_GIVEN,
    _ZH_PUNCT,
)

# Surnames that are no ordinary word before a particle ("박은", "류가", "최의"), and the particles
# of a person that may follow them glued, then a space or punctuation (not "이": "윤이 나는";
# not "도": "황도" is a peach).
_KO_GLUED_SAFE = frozenset("박최윤류황홍권곽엄채탁맹임")
_KO_GLUED_PARTICLE = re.compile(r"(?:은|는|가|의|와|랑|에게|한테|께서)(?=[ \t,.!?;:)]|$)")
_SPELT = re.compile(rf"(?<![\w\-])(?:[{_ALPHA}][\-.][ ]?){{2,}}[{_ALPHA}](?![\w\-])")


# "O apostrophe B-R-I-E-N", "D apostrophe A-M-I-C-O": the apostrophe said as a word
_SPELT_APOSTROPHE = re.compile(
    rf"(?<![\w\-])([{_ALPHA}])[ \t]*[,\-]?[ \t]*(?i:apostrophe|apostroph|apostrof|apostrofo|apóstrofo|apóstrofe|апостроф)"
    rf"[ \t]*[,\-]?[ \t]*((?:[{_ALPHA}][\-.][ ]?)+[{_ALPHA}])(?![\w\-])"
)


def _spelt(text: str, forms: _Forms) -> list[PiiSpan]:
    """A found name spelt out letter by letter ("je vous épelle M-O-R-E-L", "K-L-E-I-N", "O
    apostrophe B-R-I-E-N")."""
    spans = []
    for m in _SPELT.finditer(text):
        word = _plain("".join(c for c in m.group() if c.isalpha()))
        if any(not rest for rest, _ in forms.alpha.get(word, ())):
            spans.append(PiiSpan(m.start(), m.end(), "NAME"))
    for m in _SPELT_APOSTROPHE.finditer(text) if "apostro" in text.casefold() or "апостроф" in text.casefold() else ():
        word = _plain(m.group(1) + "'" + "".join(c for c in m.group(2) if c.isalpha()))
        if any(not rest for rest, _ in forms.alpha.get(word, ())):
            spans = [s for s in spans if not (m.start() <= s.start and s.end <= m.end())]
            spans.append(PiiSpan(m.start(), m.end(), "NAME"))
    return spans


def _lone_surnames(text: str, char: str, full: str, script: str) -> list[PiiSpan]:
    """A Chinese or Korean surname alone, once the note named the person: "陈，陈先生，陈志强"
    (and 陈志强 after 陈先生), "马晓东 … 马说", "박 그러니까 박준호"."""
    if script == "zh" and _KANA.search(text):
        return []  # Japanese: 田 alone is no surname
    spans = []
    start = text.find(char)
    while start != -1:
        end = start + 1
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if script == "ko":
            if char in _KO_GLUED_SAFE and not _HANGUL.match(before) and _KO_GLUED_PARTICLE.match(text, end):
                spans.append(PiiSpan(start, end, "NAME"))  # "박지훈 고객님 … 박은 다음 주 재방문"
            elif _HANGUL.match(before) or _HANGUL.match(after):
                pass
            elif full and full in text[end : end + 20]:
                spans.append(PiiSpan(start, end, "NAME"))
            elif full and len(full) == 3 and text[end : end + 4].lstrip(" \t").startswith(full[1:]) and after in " \t":
                spans.append(PiiSpan(start, end, "NAME"))  # "이서연 … 이 서연이 엄마": written apart
            elif full and not _KO_LONE_BEFORE.search(text, max(0, start - 4), start) and (
                _KO_HONORIFIC_AFTER.match(text, end)
                or char not in _KO_WORD_SYLLABLES and _KO_LONE_AFTER.match(text, end)
                or char not in _KO_WORD_SYLLABLES and _KO_LONE_WORD_AFTER.match(text, end)
                and _KO_CLAUSE_BEFORE.search(text, max(0, start - 8), start)
            ):
                spans.append(PiiSpan(start, end, "NAME"))  # "구민호 회장님 … 구 회장님", "문지호 님 … 문,"
            elif not full and not _KO_LONE_BEFORE.search(text, max(0, start - 4), start) and (
                _KO_LONE_AFTER.match(text, end)
                or char not in _KO_WORD_SYLLABLES and _KO_LONE_WORD_AFTER.match(text, end)
                and _KO_CLAUSE_BEFORE.search(text, max(0, start - 8), start)
            ):
                spans.append(PiiSpan(start, end, "NAME"))
        elif before in "老小" and before + char not in ZH_COMMON_WORDS and char + after not in ZH_COMMON_WORDS and (
            not full or not text.startswith(full, start)
        ):
            spans.append(PiiSpan(start, end, "NAME"))  # "老陈，陈国栋 … 老陈吃了": the familiar form of the surname found
        elif not _HAN.match(before) or before in _ZH_PUNCT:
            glued = 0
            while glued < 2 and end + glued < len(text) and _HAN.match(text[end + glued]):
                glued += 1
            given = text[end : end + glued]
            closed = end + glued >= len(text) or text[end + glued] in _ZH_PUNCT or not _HAN.match(text[end + glued])
            restart = glued == 2 and start >= 2 and text[start - 2] == char and text[start - 1] in "…，、,"
            if (
                not full
                and glued
                and closed
                and not text.startswith(_CJK_HONORIFICS, end)
                and not (_ZH_NOT_GIVEN & set(given))
                and (restart or char + given not in ZH_COMMON_WORDS and char + given[:1] not in ZH_COMMON_WORDS)
            ):  # "白…白雪梅": the speaker starts the surname again, the whole name follows
                spans.append(PiiSpan(start, end + glued, "NAME"))  # 秦先生 … 秦俊，
            elif (
                after in _ZH_PUNCT
                or not _HAN.match(after)
                or (after in _ZH_AFTER_SUBJECT and char + after not in ZH_COMMON_WORDS)
            ) and not text.startswith(full or "\x00", start):
                spans.append(PiiSpan(start, end, "NAME"))
        start = text.find(char, end)
    return spans


def _match_rest(text: str, tokens: list[re.Match[str]], i: int, rest: tuple[str, ...]) -> int | None:
    """End of the name whose first token is ``tokens[i]`` and whose other tokens are ``rest``,
    separated by blanks or hyphens only."""
    end = tokens[i].end()
    for k, expected in enumerate(rest, start=1):
        if i + k >= len(tokens):
            return None
        nxt = tokens[i + k]
        if text[end : nxt.start()].strip(" \t\u00a0-") or _plain(nxt.group()) != expected:
            return None
        end = nxt.end()
    return end


def _unspaced_occurrences(text: str, name: str, short: bool, surnames: frozenset[str] = frozenset()) -> list[PiiSpan]:
    """Occurrences of ``name``; a Hangul given name also glued after a one-syllable surname found in
    the note ("노 고객님 (세례명 마리아) … 노마리아로": the full name, surname with it)."""
    spans = []
    hangul = bool(_HANGUL.match(name))
    start = text.find(name)
    while start != -1:
        end = start + len(name)
        ok = not (hangul and start > 0 and _HANGUL.match(text, start - 1))
        if not ok and len(name) >= 2 and text[start - 1] in surnames and not (start > 1 and _HANGUL.match(text, start - 2)):
            spans.append(PiiSpan(start - 1, end, "NAME"))
            start = text.find(name, end)
            continue
        if ok and short:
            after = text[end:].lstrip(" ")
            ok = after.startswith(_CJK_HONORIFICS)
        if ok and hangul and name in KO_COMMON_STEMS and text[end : end + 1] == " ":
            # "최유리 … 유리 진열장": the word (glass) before a noun, not the given name again ("유리 씨" is)
            ok = text[end:].lstrip(" ").startswith(_CJK_HONORIFICS)
        if ok and hangul and name in _KO_COMPOUND_SURNAMES:
            # "황보 원장님 … (황보영, 화가)", "황보영이": a one-syllable given name after the surname
            token = _HANGUL_RUN.match(text, start)
            if token.end() - start <= 2 or token.end() - start == 3 and text[start + 2] not in _KO_NOT_GIVEN:
                end = token.end()
            elif token.end() - start == 4 and text[start + 3] in "이가은는의도와과":
                end = start + 3
        if ok and hangul and len(name) == 2 and _lone_surname_before(text, start):
            spans.append(PiiSpan(start - 2, end, "NAME"))  # "민지 씨 … 풀네임은 한 민지": the surname too
        elif ok:
            spans.append(PiiSpan(start, end, "NAME"))
        start = text.find(name, end)
    return spans


def _lone_surname_before(text: str, start: int) -> bool:
    """A one-syllable surname and a space right before a Hangul given name, with no Hangul before it."""
    return (
        start >= 2
        and text[start - 1] == " "
        and text[start - 2] in KO_SURNAMES
        and text[start - 2] not in KO_NOT_LONE_SURNAMES
        and (text[start - 2] not in _KO_WORD_SYLLABLES or text[start - 2] in "한안정진주우소연도")  # not "그 제 민지", "이 민지"
        and text[start - 2] not in "어아에음"  # "어 민지 님": a hesitation
        and (start == 2 or not _HANGUL.match(text, start - 3))
    )
