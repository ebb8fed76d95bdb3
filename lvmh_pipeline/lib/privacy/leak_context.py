"""Where a leaked name stands, in words that carry no text: a failure view of the held-out set.

A held-out note must not be read while the detector is being fixed (its phrasing would leak into
the rules). :func:`leak_contexts` describes each surviving occurrence of a gold name by *kinds*
of neighbours — a courtesy title, an honorific, a filler, a placeholder, the note's start,
a letter glued on either side — so the misses can be grouped into classes and fixed as classes.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from lvmh_pipeline.lib.common.text import REDACTION_TOKEN, is_dense_char
from lvmh_pipeline.lib.privacy.names.lexicon import (
    ARABIC_POST_TITLES,
    ARABIC_TITLES,
    CJK_FILLERS,
    COUPLE_WORDS,
    CYRILLIC_TITLES,
    FILLERS,
    JA_HONORIFICS,
    KO_HONORIFICS,
    KO_PREFIX_TITLES,
    LATIN_TITLES,
    ZH_HONORIFICS,
)
from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify, is_given_name, is_surname
from lvmh_pipeline.lib.privacy.quality import leak_spans

__all__ = ["leak_contexts", "over_redacted"]

_TITLES = frozenset(t.lower().rstrip(".") for t in (*LATIN_TITLES, *CYRILLIC_TITLES, *ARABIC_TITLES, *KO_PREFIX_TITLES))
_COUPLE = frozenset(w.lower() for w in COUPLE_WORDS)
_FILLERS = frozenset(w.lower() for w in (*FILLERS, *CJK_FILLERS))
_HONORIFICS = tuple(sorted({*JA_HONORIFICS, *ZH_HONORIFICS, *KO_HONORIFICS, *ARABIC_POST_TITLES}, key=len, reverse=True))
_SENTENCE_END = ".!?。！？\n;؛"
_PREVIOUS_WORD = re.compile(r"(\[[A-Z]+\]|[\w.'’-]+)\W*$")
_AGE = re.compile(r"\W*\d{1,3}\s*(?:سنة|سنوات|عام|عامًا|عاما|ans|an|years|yo|y\.o\.|jaar|Jahre|años|anni|anos|лет|года|歳|岁|세|살)")
_NEXT_WORD = re.compile(r"^\W*?(\[[A-Z]+\]|\w+)")


def _script(name: str) -> str:
    letters = [c for c in name if c.isalpha()]
    if not letters:
        return "none"
    c = letters[0]
    if "\u0600" <= c <= "\u06ff":
        return "arabic"
    if "\uac00" <= c <= "\ud7af":
        return "hangul"
    if is_dense_char(c):
        return "cjk"
    if "\u0400" <= c <= "\u04ff":
        return "cyrillic"
    return "latin"


def _before(stored: str, start: int) -> str:
    if start > 0 and stored[start - 1].isalnum():
        return "glued"  # a letter attached before: an Arabic proclitic, a CJK word, a Latin word
    head = stored[:start].rstrip()
    if not head.strip(" -•*\t\n\"'«“("):
        return "note_start"
    if head[-1] in _SENTENCE_END:
        return "sentence_start"
    m = _PREVIOUS_WORD.search(head)
    word = m.group(1) if m else ""
    lowered = word.lower().rstrip(".")
    if REDACTION_TOKEN.fullmatch(word):
        return "placeholder"
    if lowered in _TITLES:
        return "title"
    if lowered in _COUPLE:
        return "couple_word"
    if lowered in _FILLERS:
        return "filler"
    if head[-1] in ",:(/-–—&+":
        return "punctuation"
    if word[:1].isdigit():
        return "number"
    if is_given_name(word) or is_surname(word):
        return "lexicon_name"
    if word[:1].isupper():
        return "capitalised_word"
    return "short_word" if len(word) <= 3 else "word"


def _after(stored: str, end: int) -> str:
    tail = stored[end:]
    for honorific in _HONORIFICS:
        if tail.lstrip(" ").startswith(honorific):
            return "honorific"
    if tail[:1].isalnum():
        return "glued"  # a particle or a word attached after
    if not tail.strip() or tail.lstrip()[0] in _SENTENCE_END:
        return "sentence_end"
    m = _NEXT_WORD.search(tail)
    word = m.group(1) if m else ""
    if REDACTION_TOKEN.fullmatch(word):
        return "placeholder"
    if tail.lstrip()[0] in ",:(/-–—&+)":
        return "punctuation"
    if word[:1].isdigit():
        return "number"
    if word[:1].isupper():
        return "capitalised_word"
    return "word"


def leak_contexts(original: str, stored: str, needle: str) -> list[str]:
    """One label per occurrence of ``needle`` left in ``stored``:
    ``<script>|<length>|<before>|<after>|<all or some>`` — ``some`` when the note's other
    occurrences of the name were redacted (the every-occurrence rule missed this one)."""
    left = leak_spans(needle, stored)
    if not left:
        return []
    share = "all_left" if len(left) >= len(leak_spans(needle, original)) else "some_redacted"
    length = "1char" if len(needle) == 1 else ("2char" if len(needle) == 2 else "long")
    known = _known(needle)
    return [f"{_script(needle)}|{length}|{known}|{_before(stored, s)}|{_after(stored, e)}|{share}" for s, e in left]


_TOKEN = re.compile(r"\w+")


def _known(word: str) -> str:
    if classify(word) == COMMON:
        return "common_word"
    return "in_lexicon" if is_surname(word) or is_given_name(word) else "unknown"


def over_redacted(original: str, stored: str, sensitive: list[tuple[int, int]]) -> list[str]:
    """One label per ordinary word of ``original`` (outside the ``sensitive`` gold spans) that
    the stored text replaced or dropped: ``<placeholder or deleted>|<script>|<lexicon>|<case>|<where>``,
    where is ``before_gold`` / ``after_gold`` / ``between_gold`` (within 20 characters of a gold
    sensitive span: a frame word taken with it) or ``alone``."""
    labels = []
    matcher = SequenceMatcher(None, original, stored, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag not in ("replace", "delete"):
            continue
        token = REDACTION_TOKEN.search(stored, j1, j2) if tag == "replace" else None
        kind = token.group()[1:-1] if token else "deleted"
        for m in _TOKEN.finditer(original):
            if m.end() <= i1 or m.start() >= i2 or any(s < m.end() and m.start() < e for s, e in sensitive):
                continue
            inside = min(m.end(), i2) - max(m.start(), i1)
            if inside * 2 <= len(m.group()):
                continue  # most of the word is kept
            word = m.group()
            case = "capitalised" if word[:1].isupper() else "digit" if word[:1].isdigit() else "lower"
            before = any(0 <= s - m.end() <= 20 for s, _ in sensitive)
            after = any(0 <= m.start() - e <= 20 for _, e in sensitive)
            near = "between_gold" if before and after else "before_gold" if before else "after_gold" if after else "alone"
            labels.append(f"{kind}|{_script(word)}|{_known(word)}|{case}|{near}")
    return labels
