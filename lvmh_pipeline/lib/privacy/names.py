"""Detection of person names: after titles, meeting phrases and couple words, before honorifics.

No general named-entity recognition: a capitalised word is a person only where the note says so
("Mme Laurent", "Meeting with Sophie Martin", "田中様", "김민수 님", "王先生", "السيد أحمد").
Artists, brands, clubs and places ("Helmut Newton", "Racing Club Paris") are left alone.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.name_lexicon import (
    ARABIC_TITLES,
    BRANDS,
    COMMON_NOUNS_AFTER_FAMILY,
    COUPLE_WORDS,
    CYRILLIC_TITLES,
    GERMAN_NOUN_SUFFIXES,
    GIVEN_NAMES,
    JA_HONORIFICS,
    JA_LEADING_WORDS,
    JA_ROLE_WORDS,
    KO_HONORIFICS,
    KO_ROLE_WORDS,
    KO_SURNAMES,
    LATIN_TITLES,
    MEETING_PHRASES,
    NOT_NAMES,
    NOT_NAMES_AFTER_PHRASE,
    PARTICLES,
    PROTECTED_AFTER_TITLE,
    ZH_HONORIFICS,
    ZH_SURNAMES,
)

_MAX_NAME_WORDS = 4


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_TITLE = re.compile(
    rf"(?<![\w.\-'’])(?:{_alternation(LATIN_TITLES + CYRILLIC_TITLES)})(?=[ \t\u00a0]+)"
)
_ARABIC_TITLE = re.compile(
    rf"(?<![\u0621-\u064A])و?(?:{_alternation(ARABIC_TITLES)})(?=\s)"
)
_COUPLE = re.compile(rf"(?<![\w.\-'’])(?:{_alternation(COUPLE_WORDS)})(?=[ \t\u00a0]+)")
_PHRASE = re.compile(rf"(?<!\w)(?:{_alternation(MEETING_PHRASES)})(?=\s)", re.IGNORECASE)
_TITLE_WORDS = frozenset(LATIN_TITLES + CYRILLIC_TITLES)
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*\.?")
_GAP = re.compile(r"[ \t\u00a0]+")
_SPACE = re.compile(r"\s+")
_ARABIC_WORD = re.compile(r"[\u0621-\u064A\u0671-\u06D3]+")


def _is_capitalised(word: str) -> bool:
    """True for "Dubois", "DUBOIS", "O'Brien", "Saint-Honoré"; False for "dubois", "iPhone"."""
    core = word.rstrip(".")
    if not core or not core[0].isupper():
        return False
    return core[1:].islower() or core.isupper() or any(c in core for c in "'’-")


def _is_cyrillic(word: str) -> bool:
    return "\u0400" <= word[0] <= "\u04ff"


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def _strip_possessive(word: str) -> str:
    for tail in ("'s", "’s"):
        if word.endswith(tail) and len(word) > len(tail) + 1:
            return word[: -len(tail)]
    return word


def _parse_name(text: str, pos: int, *, strict: bool) -> int | None:
    """End offset of the name starting at ``pos``, or None when no name starts there.

    ``strict`` (after meeting phrases) also refuses roles, months and cities.
    """
    if any(text.startswith(brand, pos) for brand in BRANDS):
        return None
    end: int | None = None
    n_words = 0
    cursor = pos
    previous = ""
    while n_words < _MAX_NAME_WORDS:
        m = _WORD.match(text, cursor)
        if not m:
            break
        word = m.group()
        lower = word.lower().rstrip(".")
        if lower in PARTICLES and n_words < 3:
            nxt = _GAP.match(text, m.end())
            follow = _WORD.match(text, nxt.end()) if nxt else None
            if follow and (_is_capitalised(follow.group()) or follow.group().lower() in PARTICLES):
                cursor = nxt.end()
                continue
            break
        if not (_is_initial(word) or _is_capitalised(word)) or word in _TITLE_WORDS:
            break
        if lower in NOT_NAMES or (strict and lower in NOT_NAMES_AFTER_PHRASE):
            break
        if n_words == 0 and word.rstrip(".") in PROTECTED_AFTER_TITLE:
            return None
        # A second word belongs to the name only after a given name or an initial ("Anne
        # Dubois", "J. Smith"), as a Spanish second surname ("García López") or in Cyrillic
        # (where common nouns are not capitalised); otherwise German nouns would be eaten.
        if n_words > 0 and not (
            _is_initial(previous)
            or previous.lower() in GIVEN_NAMES
            or lower.endswith("ez")
            or _is_cyrillic(word)
        ):
            break
        core = _strip_possessive(word)
        if not _is_initial(word):
            core = core.rstrip(".")
        end = m.start() + len(core)
        n_words += 1
        previous = word
        gap = _GAP.match(text, end)
        possessive = core != word.rstrip(".") and not _is_initial(word)
        if possessive or not gap:
            break
        cursor = gap.end()
    return end


def _title_names(text: str) -> list[PiiSpan]:
    spans = []
    for m in _TITLE.finditer(text):
        cursor = _GAP.match(text, m.end()).end()
        # "Frau Dr. Weber", "Herr Prof. Dr. Schmidt": further titles before the name.
        nested = _TITLE.match(text, cursor)
        while nested:
            cursor = _GAP.match(text, nested.end()).end()
            nested = _TITLE.match(text, cursor)
        end = _parse_name(text, cursor, strict=False)
        if end is not None:
            spans.append(PiiSpan(cursor, end, "NAME"))
    return spans


def _phrase_names(text: str) -> list[PiiSpan]:
    spans = []
    for m in _PHRASE.finditer(text):
        gap = _GAP.match(text, m.end())
        if not gap:
            continue
        start = gap.end()
        word = _WORD.match(text, start)
        if not word or word.group().isupper():
            continue
        end = _parse_name(text, start, strict=True)
        if end is not None:
            spans.append(PiiSpan(start, end, "NAME"))
    return spans


def _couple_names(text: str) -> list[PiiSpan]:
    spans = []
    for m in _COUPLE.finditer(text):
        start = _GAP.match(text, m.end()).end()
        word = _WORD.match(text, start)
        if not word:
            continue
        lower = word.group().lower().rstrip(".")
        if lower in COMMON_NOUNS_AFTER_FAMILY or lower.endswith(GERMAN_NOUN_SUFFIXES):
            continue
        end = _parse_name(text, start, strict=True)
        if end is not None:
            spans.append(PiiSpan(start, end, "NAME"))
    return spans


def _arabic_names(text: str) -> list[PiiSpan]:
    spans = []
    for m in _ARABIC_TITLE.finditer(text):
        first = _ARABIC_WORD.match(text, _SPACE.match(text, m.end()).end())
        if not first or first.group().lstrip("و") in ARABIC_TITLES:
            continue
        end = first.end()
        compound = first.group() in {"عبد", "أبو", "ابو", "بن", "ابن"}
        gap = _GAP.match(text, end)
        nxt = _ARABIC_WORD.match(text, gap.end()) if gap else None
        if nxt and (compound or nxt.group().startswith("ال")):
            end = nxt.end()
        spans.append(PiiSpan(first.start(), end, "NAME"))
    return spans


_HAN = "\u4e00-\u9fff\u3400-\u4dbf\u3005"
_KATAKANA = "\u30a0-\u30ff\u31f0-\u31ff"
_KANA = "\u3040-\u30ff"
_JA_HONORIFIC = re.compile(_alternation(JA_HONORIFICS + ("先生",)))
_ZH_HONORIFIC = re.compile(_alternation(ZH_HONORIFICS))
_JA_NAME_CHAR = re.compile(rf"[{_HAN}{_KATAKANA}・]")
_HAN_CHAR = re.compile(rf"[{_HAN}]")
# Kanji forming ordinary words with 様 (模様 pattern, 多様 diverse, 仕様 specification …).
_SAMA_COMPOUND_BEFORE = frozenset("模多同仕異一外今左斯有")
_SAMA_COMPOUND_AFTER = frozenset("々子式相")
_ZH_DOUBLE_SURNAMES = frozenset({"欧阳", "歐陽", "司马", "司馬", "上官", "诸葛", "諸葛", "司徒"})


def _runs_before_honorifics(
    text: str, honorific: re.Pattern[str], char: re.Pattern[str]
) -> list[tuple[int, int, str]]:
    """(run start, run end, honorific) for each honorific preceded by name characters.

    A run never reaches back into the previous honorific ("李女士和张小姐" → 李, 和张).
    """
    found = []
    floor = 0
    for m in honorific.finditer(text):
        end = m.start()
        if end > floor and text[end - 1] in " \u3000":
            end -= 1
        start = end
        while start > floor and char.match(text, start - 1):
            start -= 1
        if start < end:
            found.append((start, end, m.group()))
        floor = m.end()
    return found
_LATIN_BEFORE_CJK = re.compile(
    rf"(?<![\w])([A-Z][a-zA-Z'’\-]+)[ \u3000]?(?:{_alternation(JA_HONORIFICS + ZH_HONORIFICS)})"
)
_KO_ROLES_LONGEST_FIRST = sorted(KO_ROLE_WORDS, key=len, reverse=True)
_KO_NAME = re.compile(rf"(?<![가-힣])([가-힣]{{1,6}})( ?)(?:{_alternation(KO_HONORIFICS)})")


def _japanese_names(text: str) -> list[PiiSpan]:
    spans = []
    for start, end, honorific in _runs_before_honorifics(text, _JA_HONORIFIC, _JA_NAME_CHAR):
        run = text[start:end]
        if start > 0 and text[start - 1] in "おご御":
            continue
        if honorific == "様" and (
            run[-1] in _SAMA_COMPOUND_BEFORE
            or text[end + 1 : end + 2] in _SAMA_COMPOUND_AFTER
        ):
            continue
        if run.endswith("屋"):  # 花屋さん: a shop, not a person
            continue
        for word in JA_LEADING_WORDS:
            if run.startswith(word) and len(run) > len(word):
                start, run = start + len(word), run[len(word) :]
        if not re.fullmatch(rf"[{_KATAKANA}・]+", run) and len(run) > 4:
            start, run = end - 4, run[-4:]
        if run not in JA_ROLE_WORDS:
            spans.append(PiiSpan(start, end, "NAME"))
    return spans


def _chinese_names(text: str) -> list[PiiSpan]:
    spans = []
    for start, end, _ in _runs_before_honorifics(text, _ZH_HONORIFIC, _HAN_CHAR):
        run = text[start:end]
        if len(run) >= 4 and run[-4:-2] in _ZH_DOUBLE_SURNAMES:
            spans.append(PiiSpan(end - 4, end, "NAME"))
            continue
        for size in (3, 2, 1):
            if len(run) >= size and run[-size] in ZH_SURNAMES:
                spans.append(PiiSpan(end - size, end, "NAME"))
                break
    return spans


def _korean_names(text: str) -> list[PiiSpan]:
    spans = []
    for m in _KO_NAME.finditer(text):
        word, spaced = m.group(1), bool(m.group(2))
        for role in _KO_ROLES_LONGEST_FIRST:
            if word.endswith(role) and len(word) > len(role):
                word, spaced = word[: -len(role)], True  # 김선생님: the surname before a role
                break
        long_enough = 2 <= len(word) <= 4 or (len(word) == 1 and spaced)
        if long_enough and word[0] in KO_SURNAMES and word not in KO_ROLE_WORDS:
            spans.append(PiiSpan(m.start(1), m.start(1) + len(word), "NAME"))
    return spans


def find_names(text: str) -> list[PiiSpan]:
    """Spans of person names, non-overlapping, in text order."""
    candidates = _title_names(text) + _phrase_names(text) + _couple_names(text)
    candidates += _arabic_names(text)
    candidates += _korean_names(text)
    candidates += [
        PiiSpan(m.start(1), m.end(1), "NAME") for m in _LATIN_BEFORE_CJK.finditer(text)
    ]
    if re.search(f"[{_KANA}]", text):
        candidates += _japanese_names(text)
    else:
        candidates += _chinese_names(text)
    spans: list[PiiSpan] = []
    for span in sorted(candidates, key=lambda s: (s.start, -s.end)):
        if spans and span.start < spans[-1].end:
            continue
        spans.append(span)
    return spans
