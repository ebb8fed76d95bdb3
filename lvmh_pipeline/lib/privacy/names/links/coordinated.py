"""Names joined to an anchor by a connector, a pronoun or a slash."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import LETTER, UPPER, scan
from lvmh_pipeline.lib.privacy.names.guard import (
    AMBIGUOUS,
    COMMON,
    NAME,
    classify,
    fold,
    is_place_month_or_brand,
    is_surname,
)
from lvmh_pipeline.lib.privacy.names.lexicon import JA_HONORIFICS, KIN_WORDS, KO_HONORIFICS, TITLE_WORDS_LOWER, ZH_HONORIFICS
from lvmh_pipeline.lib.privacy.names.lexicon.fillers import FILLERS
from lvmh_pipeline.lib.privacy.names.scripts.korean.bare import ko_full_name
from lvmh_pipeline.lib.privacy.names.links.words import (
    _CONNECTOR_GAP,
    _COORDINATED,
    _LAST_CAPITAL,
    _PRONOUN_THEN_NAME,
    _given,
    _plain_name_word,
)


_AND_THEN_NAME = re.compile(
    rf"[ \t]*(?:&|(?:and|et|und|y|e|en|i|и|ve)(?=[ \t]))[ \t]*([{UPPER}][{LETTER}]+)(?=[ \t]*(?:[,;:.!?)—–]|$))"
)
_INTERJECTIONS = frozenset(f for f in FILLERS if " " not in f)
# A Latin given name listed after a name found with a CJK enumeration comma ("两个女儿 [NAME]、Chloé。")
_CJK_LIST_THEN_LATIN = re.compile(
    rf"[ \t]*[、，][ \t]*([{UPPER}][{LETTER}]+(?:['’\-][{LETTER}]+)*)(?=[ \t]*(?:[、，。；;,.)）]|$|\n|[\u3040-\u30ff\u4e00-\u9fff]))"
)


def _coordinated(text: str, anchors: list[tuple[int, int]]) -> list[PiiSpan]:
    """"James & Emma White": a given name joined to a found name; "Павел и Ксения": two known
    given names joined."""
    spans = []
    for start, _ in anchors:
        gap = _CONNECTOR_GAP.search(text, max(0, start - 8), start)
        if not gap:
            continue
        m = _LAST_CAPITAL.search(text, max(0, gap.start() - 30), gap.start())
        if not m:
            continue
        word = m.group(1)
        w_start = gap.start() - len(word)
        if _given(word) and classify(word) != COMMON or _plain_name_word(word) and classify(word) != AMBIGUOUS:
            if fold(word) in TITLE_WORDS_LOWER:
                continue
            if fold(word) in _INTERJECTIONS and (not text[:w_start].strip() or text[:w_start].rstrip()[-1] in ".!?,;—–-"):
                continue  # "… pounds. Oh and Art's allergic": a filler opening the sentence (오 is a surname too)
            spans.append(PiiSpan(w_start, gap.start(), "NAME"))
    kin_ends: list[int] | None = None
    for _, end in anchors:
        # "Игорь и Вера,", "Tom and Hope.": a listed given name (a word too) joined to a name found;
        # "für die Enkel Noa und Ari,", "her boys Kit and Bodhi.": any name word after a kin word's first
        m = _AND_THEN_NAME.match(text, end)
        if not m:
            continue
        word = m.group(1)
        if is_place_month_or_brand(word) or fold(word) in TITLE_WORDS_LOWER:
            continue
        if not (_given(word) and classify(word) != COMMON):
            if kin_ends is None:
                kin_ends = [stop for _, stop, _ in scan(text).kin]
            if not (
                _plain_name_word(word)
                and classify(word) != AMBIGUOUS
                and any(0 <= end - k <= 30 and "." not in text[k:end] for k in kin_ends)
            ):
                continue
        spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    spans += _and_then_pair(text, anchors)
    for m in _COORDINATED.finditer(text):
        a, b = m.group(1), m.group(2)
        if classify(a) == NAME and classify(b) == NAME and _given(a) and _given(b):
            spans += [PiiSpan(m.start(1), m.end(1), "NAME"), PiiSpan(m.start(2), m.end(2), "NAME")]
    return spans


# "Jildou en Hylke Sikkema trouwen", "Emma and Hylke Sikkema, …": a couple, the second person with
# the family name, after a given name found
_AND_THEN_PAIR = re.compile(
    rf"[ \t]+(?:&|and|et|und|y|e|en|i)[ \t]+([{UPPER}][{LETTER}]+)[ \t]+([{UPPER}][{LETTER}]+(?:-[{UPPER}][{LETTER}]+)?)"
    r"(?=[ \t]*(?:[,;:.!?)—–]|$)|[ \t]+[a-zà-ÿ])"
)


def _and_then_pair(text: str, anchors: list[tuple[int, int]]) -> list[PiiSpan]:
    spans = []
    for start, end in anchors:
        m = _AND_THEN_PAIR.match(text, end)
        if not m or not (_given(text[start:end]) or text[start:end] == "[NAME]"):
            continue
        words = (m.group(1), m.group(2))
        if any(classify(w) in (COMMON, AMBIGUOUS) or is_place_month_or_brand(w) or fold(w) in TITLE_WORDS_LOWER for w in words):
            continue
        spans.append(PiiSpan(m.start(1), m.end(2), "NAME"))
    return spans


def cjk_listed_latin(text: str, anchors: list[tuple[int, int]]) -> list[PiiSpan]:
    """"两个女儿 [NAME]、Chloé。", "孙子 [NAME]，Louis，": a listed given name in Latin script after a
    name found, set off by a CJK comma — even one that is a house's name too (the list is of people)."""
    spans = []
    for _, end in anchors:
        m = _CJK_LIST_THEN_LATIN.match(text, end)
        if m and _given(m.group(1)) and classify(m.group(1)) != COMMON:
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return spans


def _pronoun_names(text: str, german: bool) -> list[PiiSpan]:
    """"lui Marco, lei Ilaria", "ele Rui, ela Sónia": the given names of a couple after pronouns."""
    spans = []
    for m in _PRONOUN_THEN_NAME.finditer(text):
        word = m.group("name")
        kind = classify(word)
        if kind == COMMON or fold(word) in TITLE_WORDS_LOWER or is_place_month_or_brand(word):
            continue
        if kind == NAME and _given(word):
            spans.append(PiiSpan(m.start("name"), m.end("name"), "NAME"))
        elif _plain_name_word(word) and not german and fold(m.group("pronoun")) not in ("er", "sie"):
            # an unknown word: not in German, where "er Neurologe, sie Radiologin" are nouns
            spans.append(PiiSpan(m.start("name"), m.end("name"), "NAME"))
    return spans


_SLASHED = re.compile(rf"(?<![{LETTER}/])([{UPPER}][{LETTER}]+)[ \t]*/[ \t]*([{UPPER}][{LETTER}]+)(?![{LETTER}/])")


def _slashed(text: str, anchors: list[tuple[int, int]]) -> list[PiiSpan]:
    """The other family name of a couple written with a slash ("Mariage Roy/Berger", "Boda Gil/Mora")
    where one of the two is a name found: a listed surname, even one that is a word too."""
    out = []
    for m in _SLASHED.finditer(text):
        for found, other in ((1, 2), (2, 1)):
            if (m.start(found), m.end(found)) in anchors and (m.start(other), m.end(other)) not in anchors:
                word = m.group(other)
                if is_surname(word) and not is_place_month_or_brand(word) and word.casefold() not in KIN_WORDS:
                    out.append(PiiSpan(m.start(other), m.end(other), "NAME"))
    return out + _slashed_script(text, anchors)


_HANGUL_SYLLABLE = re.compile("[\uac00-\ud7af]")
_DENSE = "\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
# A Latin name, a slash, the same name in its own script ("Ms. SATO Rin / 佐藤 凛", "Mr Choi Min-ho / 최민호")
_SLASH_SCRIPT = re.compile(
    rf"[ \t]*[/／][ \t]*([{_DENSE}]{{1,5}}(?:[ \u3000][{_DENSE}]{{1,4}})?)(?=[ \t]*(?:[—–\-,.。、，)（(]|$)|[ \t]+[A-Za-z]|[ \t]*[님様씨])"
)


# Honorifics and client words written after the name with a space ("김지훈 고객님", "佐藤 様"): no part of it
_HONORIFIC_WORDS = frozenset(KO_HONORIFICS) | frozenset(JA_HONORIFICS) | frozenset(ZH_HONORIFICS) | frozenset(
    "고객님 고객 회원님 님 씨 様 さま さん 氏 先生 女士 小姐 先生 太太 客户 客人 お客様".split()
)


def _slashed_script(text: str, anchors: list[tuple[int, int]]) -> list[PiiSpan]:
    """The name written again after a slash in its own script; after a placeholder (whose script is
    gone) Hangul must have a full name's shape ("[NAME] / 넥타이 문의" is what the visit was about)."""
    out = []
    for start, end in anchors:
        if not any(c.isascii() and c.isalpha() or c == "[" for c in text[start:end]):
            continue
        m = _SLASH_SCRIPT.match(text, end)
        written = text[m.start(1) : m.end(1)] if m else ""
        if not written.strip():
            continue
        if text.startswith("[", start) and _HANGUL_SYLLABLE.match(written) and not ko_full_name(written.replace(" ", "")):
            continue
        head, _, tail = written.partition(" ")
        if tail and tail.replace("\u3000", "") in _HONORIFIC_WORDS:
            out.append(PiiSpan(m.start(1), m.start(1) + len(head), "NAME"))  # "Kim Ji-hoon / 김지훈 고객님": no 고객님
            continue
        out.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return out
