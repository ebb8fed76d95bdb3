"""A name said to be the person's real (full, legal) name, and the name the person goes by
before it: "'Kiki' (real name: Kristina)", "Lulu (de son vrai nom Louise)", "「みのり」さん（本名：実）",
"'수아 언니' (본명 정수아)", "丫丫（真名王雅）", "لولو (اسمها الحقيقي لمى)", "Тоша (настоящее имя Антон)".

The words after the marker are taken up to punctuation (a name of one to three words in an
alphabet, of one to four characters in CJK and Hangul); a negation after the marker ("大名没说",
"本名は非公開") names nobody. The word right before a bracket that opens with the marker is the
name the person goes by.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import caseless
from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.gates import Gate
from lvmh_pipeline.lib.privacy.names.cues import LETTER, UPPER
from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify, is_place_month_or_brand, is_vocabulary

__all__ = ["real_names"]

_MARKERS = (
    "real name", "full name", "legal name", "birth name", "vrai nom", "vrai prénom", "nom complet",
    "richtiger Name", "echter Name", "bürgerlich", "nombre real", "nombre completo", "nombre de pila",
    "vero nome", "nome vero", "nome completo", "all'anagrafe", "nome verdadeiro", "nome de batismo",
    "echte naam", "volledige naam", "настоящее имя", "полное имя",
    "اسمها الحقيقي", "اسمه الحقيقي", "الاسم الحقيقي", "اسمها الكامل", "اسمه الكامل",
    "真名", "本名", "大名", "全名", "原名", "실명", "본명",
)
_MARKER_WORDS = Gate(caseless(m) for m in _MARKERS)  # a one-pass gate before the regex
_CJK_MARKERS = frozenset({"真名", "本名", "大名", "全名", "原名", "실명", "본명"})
_MARKER = re.compile(
    "(?i:" + "|".join(re.escape(m) for m in sorted(_MARKERS, key=len, reverse=True)) + ")"
    r"(?:[ \t]*(?:is|est|ist|es|è|é|is|—|–|-|:|：|は|이|은|는|=)[ \t]*|[ \t]+)?"
)
_LATIN_NAME = re.compile(rf"[{UPPER}][{LETTER}'’\-]+(?:[ \t]+[{UPPER}][{LETTER}'’\-]+){{0,2}}")
_ARABIC_NAME = re.compile(r"[\u0621-\u064a]{2,12}(?:[ \t]+[\u0621-\u064a]{2,12})?(?=[ \t]*[،,.)）:;؛]|$)")
# a Korean name may end on a copula ("본명은 최은비인데", "본명이 정수아예요")
_DENSE_NAME = re.compile(
    r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]{1,4}(?=[ \t]*[，,。.、)）:：;；]|$|[ \t]"
    r"|(?<=[\uac00-\ud7af])(?:인데|이고|이에요|이예요|예요|입니다|이래요|이라고|라고|이며|이야)(?![\uac00-\ud7af]{2}))"
)
_HONORIFIC_END = re.compile(r"(?:さん|ちゃん|様|くん|君|님|씨|先生|女士|小姐)$")
_NEGATION = re.compile(r"[没不未無无非]|보류|비공개|秘密|없|모름|모르|미상")  # "본명 모름": unknown
# The name a person goes by, just before the bracket: "'Kiki' (", "「みのり」さん（", "لولو (", "'수아 언니' ("
_BEFORE = re.compile(
    rf"(?:['‘“«\"]?(?P<latin>[{UPPER}][{LETTER}]{{1,11}})['’”»\"]?"
    r"|「(?P<ja>[\u3040-\u30ff\u4e00-\u9fff]{1,6})」(?:さん|ちゃん|様|くん)?"
    r"|(?<![\u30a0-\u30ff])(?P<kana>[\u30a0-\u30ff]{2,6})(?:さん|ちゃん|様|くん|君)"
    r"|(?<![\u0621-\u064a])(?P<ar>[\u0621-\u064a]{2,10})"
    r"|'?(?P<ko>[\uac00-\ud7af]{2,4})(?:[ \t]*(?:언니|오빠|누나|형|님|씨))?'?"
    r"|(?:(?<=[叫是：:，,。 \t])|(?<![\s\S]))(?P<zh>[\u4e00-\u9fff]{2,3}))"
    r"[ \t]*[(（][ \t]*$"
)


def _latin_ok(words: str) -> bool:
    return all(
        classify(w) != COMMON and not is_vocabulary(w) and not is_place_month_or_brand(w) for w in words.split()
    )


# A pet name in quotes after a verb of calling someone ("she calls her 'Bibi'", "noemt haar 'Jans'",
# "nennt ihn „Fritzi“", "la llama «Pili»"): the quotes and the verb make it a name
_CALLED_QUOTED = re.compile(
    r"(?i:calls?[ \t]+(?:her|him)|call[ \t]+(?:her|him)|noemt[ \t]+(?:haar|hem)|noemen[ \t]+(?:haar|hem)"
    r"|nennt[ \t]+(?:sie|ihn)|nennen[ \t]+(?:sie|ihn)|l['’]appellen?t?|la[ \t]+chiama(?:no)?|lo[ \t]+chiama(?:no)?"
    r"|la[ \t]+llama(?:n)?|lo[ \t]+llama(?:n)?|a[ \t]+chama(?:m)?|o[ \t]+chama(?:m)?|зов[её]т[ \t]+(?:её|ее|его))"
    rf"[ \t]+[\"'‘“„«]([{UPPER}][{LETTER}]{{1,11}})[\"'’”“»]"
)


_CALL_STEMS = ("call", "noem", "nenn", "appel", "chiam", "llam", "cham", "зов")
# Words of endearment or respect said in the same place: no name
_ENDEARMENTS = frozenset(
    """schat schatje lieverd liefje darling honey sweetie sweetheart babe baby love boss chef madam sir
    schatz liebling maus chérie chéri ma_belle cariño cariña tesoro amore querida querido bebê mami
    mama mum mom papa dad""".split()
)


def real_names(text: str) -> list[PiiSpan]:
    spans = [
        PiiSpan(m.start(1), m.end(1), "NAME") for m in _CALLED_QUOTED.finditer(text)
        if _latin_ok(m.group(1)) and m.group(1).casefold() not in _ENDEARMENTS
    ] if any(v in text for v in _CALL_STEMS) and any(q in text for q in "'’\"“«„") else []
    return spans + _real_names(text)


def _real_names(text: str) -> list[PiiSpan]:
    if not any(m in text for m in ("name", "nom", "Name", "naam", "имя", "اسم", "名", "명", "bürgerlich",
                                   "anagrafe", "batismo", "NAME")) or not _MARKER_WORDS(caseless(text)):
        return []
    spans = []
    for m in _MARKER.finditer(text):
        marker = text[m.start() : m.end()].strip(" \t:：-–—=")
        if m.end() >= len(text) or _NEGATION.match(text, m.end()):
            continue
        if marker[:2] not in _CJK_MARKERS and not marker.endswith(("명",)) and text[m.start() - 1 : m.start()].isalpha():
            continue  # "surname", "prénom": the marker inside a longer word
        name = None
        for pattern in (_LATIN_NAME, _ARABIC_NAME, _DENSE_NAME):
            name = pattern.match(text, m.end())
            if name:
                break
        if name and (pattern is not _LATIN_NAME or _latin_ok(name.group())):
            honorific = _HONORIFIC_END.search(name.group()) if pattern is _DENSE_NAME else None
            end = name.end() - (len(honorific.group()) if honorific and honorific.start() else 0)
            spans.append(PiiSpan(name.start(), end, "NAME"))  # "本名は正樹くん": the name, not its honorific
        elif not name:
            continue
        before = _BEFORE.search(text, max(0, m.start() - 24), m.start())
        if before:
            group = next(g for g in ("latin", "ja", "kana", "ar", "ko", "zh") if before.group(g))
            word = before.group(group)
            if group != "latin" or _latin_ok(word):
                spans.append(PiiSpan(before.start(group), before.end(group), "NAME"))
    return spans
