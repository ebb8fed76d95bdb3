"""How well pseudonymization did on hand-labelled notes: leaks, over-redaction, Art. 9 spans.

Pure functions of (original text, stored text, gold spans), so the same measure serves the
held-out evaluation set (``lvmh_pipeline_tests/eval_notes``), the bench and the tests:

- a **leak**: a gold name or contact identifier still found in the stored text (whole word,
  case-insensitive; anywhere for scripts written without spaces);
- **over-redaction**: a token of the original that belongs to no gold sensitive span (names,
  contacts, Art. 9 spans, special-category allergies) and lost most of its letters;
- an **Art. 9 span redacted**: most of its letters gone from the stored text;
- **removed by**: for each over-redacted token, the redaction token that took its place (``NAME``,
  ``HEALTH`` …; ``-`` when it was dropped with no redaction token), so the cause of over-redaction is
  read per category without reading a note.

Which characters survive is read off an alignment of the original with the stored text
(:class:`difflib.SequenceMatcher`), so a placeholder in place of a word counts as removal.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from lvmh_pipeline.lib.common.text import REDACTION_TOKEN, is_dense_char

__all__ = ["RedactionOutcome", "leak_spans", "leaked", "redaction_outcome", "surviving_characters"]

_TOKEN = re.compile(r"\w+", re.UNICODE)
_HONORIFICS = "님|씨|고객|様|さん|氏|先生|女士|小姐|太太|总|老师|사장|회장"
REMOVED_SHARE = 0.5  # a span or token counts as removed when more than half its letters are gone


def surviving_characters(original: str, stored: str) -> list[bool]:
    """For each character of ``original``: is it kept, in order, in ``stored``?"""
    return _alignment(original, stored)[0]


def _alignment(original: str, stored: str) -> tuple[list[bool], list[str]]:
    """Per character of ``original``: kept in ``stored``, and the redaction token category that replaced
    it (``"HEALTH"`` for ``[HEALTH]``; ``"-"`` when it went with no redaction token; ``""`` when kept)."""
    kept = [False] * len(original)
    replaced_by = ["-"] * len(original)
    category = [""] * len(stored)
    for m in REDACTION_TOKEN.finditer(stored):  # "ADHD" aligned with the letters of "[HEALTH]" is gone
        for j in range(m.start(), m.end()):
            category[j] = m.group()[1:-1]
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, original, stored, autojunk=False).get_opcodes():
        if tag == "equal":
            for k in range(i2 - i1):
                kept[i1 + k] = not category[j1 + k]
                replaced_by[i1 + k] = category[j1 + k]
        elif tag == "replace":
            by = next((c for c in category[j1:j2] if c), "-")
            replaced_by[i1:i2] = [by] * (i2 - i1)
    return kept, replaced_by


def _removed_share(kept: Sequence[bool], text: str, start: int, end: int) -> float:
    letters = [i for i in range(start, end) if text[i].isalnum()]
    if not letters:
        return 0.0
    return sum(1 for i in letters if not kept[i]) / len(letters)


def leak_spans(needle: str, stored: str) -> list[tuple[int, int]]:
    """Where ``needle`` (a name, an e-mail …) is still in ``stored``: whole words for alphabetic
    scripts, case-insensitive; a plain substring for CJK / Hangul / Arabic, except a
    one-character name, which must stand alone or before an honorific."""
    needle = needle.strip()
    if not needle:
        return []
    if any(is_dense_char(c) for c in needle):
        if len(needle) > 1:
            pattern, flags = re.escape(needle), 0
        else:
            # a one-character surname (박, 王) is also a syllable of ordinary words (백만, 王国):
            # it leaks where it stands alone or before an honorific
            pattern, flags = rf"(?<!\w){re.escape(needle)}(?=(?:{_HONORIFICS})|(?!\w))", 0
    else:
        pattern, flags = r"(?<!\w)" + re.escape(needle) + r"(?!\w)", re.IGNORECASE
    return [m.span() for m in re.finditer(pattern, stored, flags)]


def leaked(needle: str, stored: str) -> bool:
    """Is ``needle`` still in ``stored`` (see :func:`leak_spans`)?"""
    return bool(leak_spans(needle, stored))


def _spans_of(text: str, needles: Iterable[str]) -> list[tuple[int, int]]:
    spans = []
    for needle in needles:
        if not needle:
            continue
        start = text.find(needle)
        while start >= 0:
            spans.append((start, start + len(needle)))
            start = text.find(needle, start + 1)
    return spans


@dataclass(frozen=True)
class RedactionOutcome:
    """What happened to one note's sensitive and ordinary words."""

    surnames: int
    surnames_leaked: int
    given_names: int
    given_names_leaked: int
    contacts: int
    contacts_leaked: int
    art9_spans: int
    art9_redacted: int
    allergy_spans: int  # special-category allergies, which should leave the text
    allergy_redacted: int
    ordinary_tokens: int
    ordinary_removed: int
    removed_examples: tuple[str, ...] = ()
    removed_by: tuple[str, ...] = ()  # per over-redacted token, the redaction token category that replaced it


def redaction_outcome(
    original: str,
    stored: str,
    *,
    surnames: Sequence[str] = (),
    given_names: Sequence[str] = (),
    contacts: Sequence[str] = (),
    art9: Sequence[str] = (),
    protected_allergies: Sequence[str] = (),
) -> RedactionOutcome:
    """Compare one note before and after pseudonymization against its gold spans.

    ``protected_allergies``: spans of allergies that should leave the text (non-food); every
    other word (food allergies and diets included) is ordinary and should stay.
    """
    kept, replaced_by = _alignment(original, stored)
    sensitive = _spans_of(original, [*surnames, *given_names, *contacts, *art9, *protected_allergies])
    covered = [False] * len(original)
    for start, end in sensitive:
        for i in range(start, end):
            covered[i] = True
    ordinary = removed = 0
    examples: list[str] = []
    removed_by: list[str] = []
    for m in _TOKEN.finditer(original):
        if is_dense_char(m.group()[0]):
            # a run of CJK / kana is a clause, not a word: each character outside the gold spans
            # is a token (skipping the whole run when a gold span touches it hid every removal)
            units = [(i, i + 1) for i in range(m.start(), m.end()) if not covered[i]]
        elif any(covered[m.start() : m.end()]):
            continue
        else:
            units = [m.span()]
        for start, end in units:
            ordinary += 1
            if _removed_share(kept, original, start, end) > REMOVED_SHARE:
                removed += 1
                removed_by.append(Counter(replaced_by[start:end]).most_common(1)[0][0] or "-")
                if len(examples) < 5:
                    examples.append(original[start:end])
    art9_spans = [span for span in art9 if span]
    art9_done = sum(
        1 for span in art9_spans
        if any(_removed_share(kept, original, s, e) > REMOVED_SHARE for s, e in _spans_of(original, [span]))
    )
    allergy_spans = [span for span in protected_allergies if span]
    allergy_done = sum(1 for span in allergy_spans if not leaked(span, stored))
    return RedactionOutcome(
        surnames=len(surnames),
        surnames_leaked=sum(leaked(n, stored) for n in surnames),
        given_names=len(given_names),
        given_names_leaked=sum(leaked(n, stored) for n in given_names),
        contacts=len(contacts),
        contacts_leaked=sum(leaked(c, stored) for c in contacts),
        art9_spans=len(art9_spans),
        art9_redacted=art9_done,
        allergy_spans=len(allergy_spans),
        allergy_redacted=allergy_done,
        ordinary_tokens=ordinary,
        ordinary_removed=removed,
        removed_examples=tuple(examples),
        removed_by=tuple(removed_by),
    )
