"""Word lists of the context rules (:mod:`campaigns`, :mod:`hours`) compiled for matching, and
where a fact told by such words ends."""

from __future__ import annotations

import re

__all__ = ["CLAUSE_END", "PLACEHOLDER", "SENTENCE_END", "clause_start", "dense", "tail_end", "word_pattern"]

SENTENCE_END = re.compile(r"[.!?。！？\n→/|؟]|\s[-–—]\s")
CLAUSE_END = re.compile(r"[,;:.!?、。，；！？\n()\[\]→/|،؛؟]|\s[-–—]\s")
_TOKEN = re.compile(r"\S+")
PLACEHOLDER = re.compile(r"\[[A-Z][A-Z_]*\]")
# a conjunction or a filler opening a clause stays readable ("…, and was on strike", "…, et en grève")
_OPENING = re.compile(r"(?:(?:and|but|so|et|mais|y|e|pero|mas|ma|und|aber|maar|и|а|но|و|um|uh|euh|eh|äh)\s+)+",
                      re.IGNORECASE)


def dense(word: str) -> bool:
    """Is ``word`` written in a script matched without word boundaries (CJK, Hangul, Arabic)?"""
    return any("\u3040" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" or "\u0600" <= c <= "\u06ff" for c in word)


def word_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """One case-blind pattern for ``words``, longest first: alphabetic words at a word start, whole
    or (ending in ``*``) as the start of a word; CJK, Hangul and Arabic words anywhere."""
    packed = sorted({w for w in words if dense(w)}, key=len, reverse=True)
    spaced = sorted({w for w in words if not dense(w)}, key=len, reverse=True)
    alternatives = [re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) + r"(?!\w)" for w in spaced]
    pattern = r"(?<!\w)(?:" + "|".join(alternatives) + ")"
    return re.compile("|".join([pattern, *map(re.escape, packed)]), re.IGNORECASE)


def tail_end(text: str, end: int, reach: int, words: int = 2) -> int:
    """End of a fact whose last word ends at ``end``: at most ``words`` more words (in a script
    without spaces, its run of letters), never past the next clause mark or ``reach`` characters
    ("… bovenaan voor [de gemeenteraad]", "出馬[されるそうです]")."""
    stop = CLAUSE_END.search(text, end, end + reach)
    limit = stop.start() if stop is not None else min(len(text), end + reach)
    found = list(_TOKEN.finditer(text, end, limit))[:words]
    return found[-1].end() if found else end


def clause_start(text: str, ends: list[int], at: int) -> int:
    """Start of the clause piece that ends at ``at``: after the last clause mark, placeholder or
    end in ``ends`` (of the spans found) before it, past spaces and an opening conjunction or filler."""
    marks = [m.end() for m in CLAUSE_END.finditer(text, 0, at)] + [m.end() for m in PLACEHOLDER.finditer(text, 0, at)]
    start = max(marks + [e for e in ends if e <= at], default=0)
    while start < at and text[start].isspace():
        start += 1
    opening = _OPENING.match(text, start, at)
    return opening.end() if opening else start
