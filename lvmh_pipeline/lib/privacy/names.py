"""Detection of person names in advisor notes, in the twelve languages of the notes.

No general named-entity recognition: a capitalised word is a person only where the note says
so —

- after a cue (:mod:`.names_cues`): a title ("Mme Laurent", "la señora Ortega", "господин
  Орлов"), with the fillers of a voice transcription in between ("Mrs. well. Hughes", "Herr ähm
  also Krause"), a couple of titles ("Mr & Mrs Collins", "Sr/Sra. Ortega"), a couple or family
  word ("Ehepaar Koch"), a meeting or naming phrase ("Meeting with Sophie Martin", "si chiama
  Bianchi"), a client word ("Kundin Keller"), a label ("Nom : Keller");
- by position (:mod:`.names_positions`): at the start of a note ("Keller, 57 jaar, …"), before
  an age ("Dupont 45 ans", "Müller (62)"), a known given name before a surname ("Anna Krause"),
  a given name after a kin word ("sa fille Chloé");
- before an honorific or an age in Japanese, Chinese and Korean (:mod:`.names_cjk`: "田中様",
  "王总", "김민지 회장님", "Meyer님", "김민지(34세)"), after an Arabic title or before an age in
  Arabic (:mod:`.names_arabic`).

Ordinary words in those positions ("Familie Urlaub", "Tochter, 25 Jahre", "Budget, 5K", "Lady
Dior", "Helmut Newton") are refused by :mod:`.names_guard`. :func:`name_occurrences` then finds
every other occurrence of the names found (or of a client's known names).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names_arabic import arabic_names
from lvmh_pipeline.lib.privacy.names_cjk import cjk_names
from lvmh_pipeline.lib.privacy.names_cues import cue_names
from lvmh_pipeline.lib.privacy.names_occurrences import name_occurrences
from lvmh_pipeline.lib.privacy.names_positions import position_names

__all__ = ["find_names", "name_occurrences"]

_ARABIC = re.compile(r"[\u0621-\u064a]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_PLACEHOLDER = re.compile(r"\[[A-Z]+\]")


def find_names(text: str) -> list[PiiSpan]:
    """Spans of person names, non-overlapping, in text order."""
    if not isinstance(text, str) or not text:
        return []
    candidates = cue_names(text) + position_names(text)
    if _ARABIC.search(text):
        candidates += arabic_names(text)
    if _CJK.search(text):
        candidates += cjk_names(text)
    placeholders = [(m.start(), m.end()) for m in _PLACEHOLDER.finditer(text)] if "[" in text else []
    spans: list[PiiSpan] = []
    for span in sorted(candidates, key=lambda s: (s.start, -s.end)):
        if span.end <= span.start or (spans and span.start < spans[-1].end):
            continue
        if any(s < span.end and span.start < e for s, e in placeholders):
            continue
        spans.append(span)
    return spans
