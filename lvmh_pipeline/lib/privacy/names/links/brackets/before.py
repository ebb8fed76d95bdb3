"""A name written in another script right before the bracket that holds it again
("كاترين دوبوا (Catherine Dubois)", "제니퍼 월시(Jennifer Walsh) 님", "Iwanowa (Иванова)")."""

from __future__ import annotations

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify, is_given_name
from lvmh_pipeline.lib.privacy.names.lexicon import KO_HONORIFICS, ZH_TRANSLITERATION
from lvmh_pipeline.lib.privacy.names.links.adjacent import _sentence_start
from lvmh_pipeline.lib.privacy.names.links.words import (
    _BRACKET_CLOSE,
    _BRACKET_LEAD,
    _DENSE_RUN_END,
    _KANA_RUN,
    _KANA_RUN_END,
    _LATIN_WORD_END,
    _SPACED_WORD_END,
    _foreign_ok,
    _plain_name_word,
    _script,
    _strip_honorific,
)

__all__ = ["bracket_before"]

# Korean note words that close a clause before a bracket ("수정 요망 ([NAME])", "확인 필요 (…)")
_KO_NOTE_WORDS = frozenset("요망 필요 확인 예정 완료 요청 참고 주의 메모 수정 변경 기록 입력 문의 예약 방문".split())


def bracket_before(text: str, start: int, end: int) -> list[PiiSpan]:
    """"كاترين دوبوا (Catherine Dubois)", "제니퍼 월시(Jennifer Walsh) 님": the name written in
    another script right before the bracket that holds it."""
    head = text.rfind("(", max(0, start - 30), start + 1)
    head = max(head, text.rfind("（", max(0, start - 30), start + 1))
    if head < 0:
        return []
    lead = _BRACKET_LEAD.match(text, head + 1, start)
    if not lead or lead.end() != start:
        return []
    if not _BRACKET_CLOSE.match(text, end):
        return []
    n_words = max(1, min(3, len(text[head + 1 : end].replace("&", " ").split())))
    cursor = head
    while cursor > 0 and text[cursor - 1] in " \t\u00a0":
        cursor -= 1
    if cursor == 0:
        return []
    before = text[max(0, cursor - 60) : cursor]
    script = _script(text[cursor - 1])
    if script == "latin":
        # "Iwanowa (Иванова)", "Kobayashi (小林)": the Latin spelling before a name in another script
        if _script(text[start:end]) == "latin" and " " in text[start:end].strip():
            # "o Rafa (Rafael Moura)", "Bibi (Beatrice Hale)": a short name before the full name
            m = _LATIN_WORD_END.search(text, max(0, head - 40), head)
            word = m.group(1) if m else ""
            if m and _plain_name_word(word) and len(word) <= 8 and not _sentence_start(text, m.start(1)) or (
                m and is_given_name(word) and classify(word) != COMMON
            ):
                return [PiiSpan(m.start(1), m.end(1), "NAME")]
            return []
        if _script(text[start:end]) in ("latin", "") or text[start:end] == "[NAME]":
            return []
        m = _LATIN_WORD_END.search(text, max(0, head - 40), head)
        if m and _plain_name_word(m.group(1)):
            return [PiiSpan(m.start(1), m.end(1), "NAME")]
        return []
    if script == "":
        return []
    if script in ("han", "kana"):
        m = _DENSE_RUN_END.search(before)
        if not m:
            return []
        run = _strip_honorific(m.group())
        if script == "kana" or _KANA_RUN.fullmatch(run):
            k = _KANA_RUN_END.search(run)
            if not k or len(k.group()) < 2:
                return []
            name_start = cursor - len(m.group()) + k.start()
            return [PiiSpan(name_start, name_start + len(k.group()), "NAME")]
        size = 0
        while size < min(len(run), 6) and run[len(run) - 1 - size] in ZH_TRANSLITERATION:
            size += 1
        if size < 2:
            return []
        name_start = cursor - len(m.group()) + len(run) - size
        return [PiiSpan(name_start, name_start + size, "NAME")]
    if script == "hangul" and (_script(text[start:end]) == "hangul" and " " not in text[start:end]
                               or text[max(0, cursor - 2) : cursor] in _KO_NOTE_WORDS):
        return []  # "수정 요망 (방예준)": a full name in the same script, a note word, translate nothing
    spans = []
    pos = cursor
    for _ in range(n_words):
        m = _SPACED_WORD_END.search(text, max(0, pos - 40), pos)
        if not m:
            break
        word = m.group(1)
        w_start = m.start(1)
        if _script(word) != script or not _foreign_ok(word) or word in KO_HONORIFICS:
            break
        if script == "arabic" and (_script(text[start:end]) == "arabic" or text[start:end] == "[NAME]") and not is_given_name(word):
            break  # "السكرتيرة (الخويطر)": a family name in brackets after a role, in the same script
        spans.append(PiiSpan(w_start, w_start + len(word), "NAME"))
        pos = w_start
    return spans
