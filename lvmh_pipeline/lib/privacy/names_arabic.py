"""Names in Arabic notes: after titles (السيد، السيدة، الأستاذ، الدكتور، الشيخة …) in Arabic or
Latin script, after family and client words, at the start of a note, before an age, and known
given names followed by a family name ("أحمد الخالدي")."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.name_lexicon import (
    ARABIC_CLIENT_WORDS,
    ARABIC_COMMON,
    ARABIC_FAMILY_WORDS,
    ARABIC_KIN_WORDS,
    ARABIC_KUNYA,
    ARABIC_POST_TITLES,
    ARABIC_TITLES,
    FILLERS,
)
from lvmh_pipeline.lib.privacy.names_cues import alternation, parse_name
from lvmh_pipeline.lib.privacy.person_names import person_names

_LETTER = "\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF"
_ARABIC_WORD = re.compile(f"[{_LETTER}]+")
_ARABIC_FILLERS = tuple(f for f in FILLERS if "\u0600" <= f[0] <= "\u06ff")
# A title may carry a proclitic: "والسيدة", "للسيدة" (for Mrs.), "بالسيد", "مع السيدة".
_TITLE_FORMS = ARABIC_TITLES + tuple(
    prefix + title[2:]
    for title in ARABIC_TITLES
    if title.startswith("ال")
    for prefix in ("لل", "بال", "كال", "فال")
)
# A title may be followed by a pause: "الدكتور... اه... حداد".
_TITLE = re.compile(rf"(?<![{_LETTER}])[وف]?(?:{alternation(_TITLE_FORMS)})(?=[\s/]|\.{{2,}}|…)")
_TITLE_WORDS = frozenset(t for t in ARABIC_TITLES if not t.startswith("ال") and not t.endswith("."))
_SKIP = re.compile(
    rf"(?:\s+|/\s*ة(?![{_LETTER}])|/|و(?=\s*(?:{alternation(ARABIC_TITLES)}))"
    rf"|(?:{alternation(_ARABIC_FILLERS)})(?![{_LETTER}])|[،,.…]+)"
)
_CUE = re.compile(
    rf"(?<![{_LETTER}])(?:{alternation(ARABIC_FAMILY_WORDS + ARABIC_CLIENT_WORDS)})(?=\s)"
)
_AGE = r"\(?\s*\d{1,3}\s*(?:سنة|سنوات|عامًا|عاما|عام)"
_AGE_AFTER = re.compile(rf"\s*[،,:\-–—]?\s*(?:{_AGE}|\(\s*\d{{2}}\s*\))")
_LEADING = re.compile(
    rf"^[\s\-•*]*(?:(?:الاسم|العميل|العميلة|الزبون)\s*[:：]\s*)?([{_LETTER}]+(?:\s+[{_LETTER}]+){{0,2}}?)"
    r"\s*(?:[،,:(\-–—]|(?=\s*\d))"
)
_NAME_THEN_AGE = re.compile(rf"(?<![{_LETTER}])([{_LETTER}]+(?:\s+[{_LETTER}]+)?)(?={_AGE_AFTER.pattern})")
_GIVEN_THEN_FAMILY = re.compile(rf"(?<![{_LETTER}])([{_LETTER}]+)\s+(ال[{_LETTER}]+)")
_KIN_THEN_GIVEN = re.compile(rf"(?<![{_LETTER}])(?:{alternation(ARABIC_KIN_WORDS)})\s+([{_LETTER}]+)")
_COMPOUND_FIRST = frozenset({"عبد", "أبو", "ابو", "بن", "ابن", "بنت", "أم", "ام", "آل"})
_POST_TITLES = frozenset(ARABIC_POST_TITLES)
_EXCLUDED = (
    ARABIC_COMMON
    | ARABIC_KIN_WORDS
    | frozenset(t.rstrip(".") for t in ARABIC_TITLES)
    | _POST_TITLES
    | frozenset(ARABIC_FAMILY_WORDS)
)
# What closes a name: punctuation, a bracket, a dash, the end of the text, or Latin script
# (the name written again: "السيدة ريم ناصر (Reem Nasser)").
_CLOSED_AFTER = re.compile(r"[ \t]*(?:[،,.:;؛()\[\]\-–—/]|$|\n)")
# "نادية هانم", "فريبا خانم": a given name before an honorific that follows names.
_BEFORE_POST_TITLE = re.compile(
    rf"(?<![{_LETTER}])([{_LETTER}]+)\s+(?:{alternation(ARABIC_POST_TITLES)})(?![{_LETTER}])"
    rf"(?:\s+(ال[{_LETTER}]+))?"
)
# "أم فهد", "أبو خالد": the child's given name after a kunya.
_KUNYA = re.compile(rf"(?<![{_LETTER}])(?:{alternation(ARABIC_KUNYA)})\s+([{_LETTER}]+)")
# "سالم وريم الكعبي": given names joined by the proclitic و before a family name or a known name.
_AND_GIVEN = re.compile(rf"(?<![{_LETTER}])([{_LETTER}]+)\s+و([{_LETTER}]{{2,}})")
_SPACE = re.compile(r"\s+")
_LATIN_START = re.compile(r"[A-ZÀ-Þ]")


def _extend(text: str, first: re.Match[str], limit: int = 4) -> int:
    """End of an Arabic name starting with ``first``: "عبد الله", "محمد بن راشد", "أحمد الخالدي"."""
    end = first.end()
    word = first.group()
    for _ in range(limit - 1):
        gap = _SPACE.match(text, end)
        nxt = _ARABIC_WORD.match(text, gap.end()) if gap else None
        if not nxt or nxt.group() in _EXCLUDED or nxt.group().lstrip("و") in _EXCLUDED:
            break
        if word in _COMPOUND_FIRST or nxt.group() in _COMPOUND_FIRST or nxt.group().startswith("ال"):
            end, word = nxt.end(), nxt.group()
            continue
        break
    return end


def _second_word(text: str, first: re.Match[str], end: int) -> int:
    """After a title, "السيدة ريم ناصر،": the word after the given name belongs to the name when
    it is a known name or when punctuation, a bracket or the end closes it."""
    if end != first.end() or first.group() in _COMPOUND_FIRST:
        return end
    gap = _SPACE.match(text, end)
    nxt = _ARABIC_WORD.match(text, gap.end()) if gap else None
    if not nxt or len(nxt.group()) < 2:
        return end
    word = nxt.group()
    closed = _CLOSED_AFTER.match(text, nxt.end()) is not None
    if word in _TITLE_WORDS and closed:
        return nxt.end()  # "المهندس كريم سعادة،": a title word as a family name
    if word in _EXCLUDED or word.lstrip("و") in _EXCLUDED or word.startswith("و"):
        return end
    if _known(word):
        return nxt.end()
    # "السيدة عائشة نباتية.": a feminine adjective (-ية) says something of her, no family name
    if closed and not (len(word) >= 5 and word.endswith(("ية", "يه"))):
        return nxt.end()
    return end


def _after_title(text: str, pos: int) -> PiiSpan | None:
    cursor, steps = pos, 0
    while steps < 6:
        m = _SKIP.match(text, cursor) or _TITLE.match(text, cursor)
        if not m or m.end() == cursor:
            break
        cursor, steps = m.end(), steps + 1
    first = _ARABIC_WORD.match(text, cursor)
    if first:
        if first.group() in _EXCLUDED:
            return None
        return PiiSpan(first.start(), _second_word(text, first, _extend(text, first)), "NAME")
    if _LATIN_START.match(text, cursor):  # "السيدة Dubois", "السيد Al-Mansouri"
        end = parse_name(text, cursor, strict=False)
        if end is not None:
            return PiiSpan(cursor, end, "NAME")
    return None


def _known(word: str) -> bool:
    lexicon = person_names()
    return word in lexicon.given or word in lexicon.surnames


def arabic_names(text: str) -> list[PiiSpan]:
    spans = []
    for m in _TITLE.finditer(text):
        span = _after_title(text, m.end())
        if span:
            spans.append(span)
    for m in _CUE.finditer(text):
        first = _ARABIC_WORD.match(text, _SPACE.match(text, m.end()).end())
        if first and first.group() not in _EXCLUDED and (
            _known(first.group()) or first.group().startswith("ال") or m.group() == "آل"
        ):
            spans.append(PiiSpan(first.start(), _extend(text, first), "NAME"))
    lead = _LEADING.match(text)
    if lead:
        words = lead.group(1).split()
        aged = _AGE_AFTER.match(text, lead.end(1))
        if not any(w in _EXCLUDED for w in words) and (aged or any(_known(w) for w in words)):
            spans.append(PiiSpan(lead.start(1), lead.end(1), "NAME"))
    for m in _NAME_THEN_AGE.finditer(text):  # a known name before an age, anywhere
        words = m.group(1).split()
        while words and (words[0] in _EXCLUDED or not _known(words[0])):
            words = words[1:]
        if words and not any(w in _EXCLUDED or w.lstrip("و") in _EXCLUDED for w in words):
            name = " ".join(words)
            spans.append(PiiSpan(m.end(1) - len(name), m.end(1), "NAME"))
    for m in _GIVEN_THEN_FAMILY.finditer(text):
        if m.group(1) in person_names().given and m.group(2) not in _EXCLUDED:
            spans.append(PiiSpan(m.start(1), m.end(2), "NAME"))
    for m in _KIN_THEN_GIVEN.finditer(text):
        if m.group(1) in person_names().given:
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    for m in _BEFORE_POST_TITLE.finditer(text):
        if m.group(1) not in _EXCLUDED and m.group(1).lstrip("و") not in _EXCLUDED:
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
            if m.group(2) and m.group(2) not in _EXCLUDED:
                spans.append(PiiSpan(m.start(2), m.end(2), "NAME"))
    for m in _KUNYA.finditer(text):
        word = m.group(1)
        if word not in _EXCLUDED and (_known(word) or _CLOSED_AFTER.match(text, m.end(1))):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    for m in _AND_GIVEN.finditer(text):
        first, second = m.group(1), m.group(2)
        if first in _EXCLUDED or second in _EXCLUDED or not (_known(first) or _known(second)):
            continue
        if not (_known(first) and _known(second)):
            # one unknown word: the pair must stand before a family name ("سالم وريم الكعبي")
            gap = _SPACE.match(text, m.end())
            family = _ARABIC_WORD.match(text, gap.end()) if gap else None
            if not (family and family.group().startswith("ال") and family.group() not in _EXCLUDED):
                continue
        gap = _SPACE.match(text, m.end())
        family = _ARABIC_WORD.match(text, gap.end()) if gap else None
        end = m.end(2)
        if family and family.group().startswith("ال") and family.group() not in _EXCLUDED:
            end = family.end()
        spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
        spans.append(PiiSpan(m.start(2), end, "NAME"))
    return spans
