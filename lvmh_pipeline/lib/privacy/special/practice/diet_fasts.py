"""A fast told as a diet in its own sentence stays readable (no RELIGION).

A writer may compare a client's fast with a religious one and then say it is none: "she fasts like
in Ramadan, but not for her faith, it is intermittent fasting", "صايمة بس مو رمضان، صيام متقطع".
The dev writers leave such a fast readable (it is the ``intermittent_fasting`` diet), and they never
mark an intermittent fast as a faith (dev notes: 1 fast kept for Lent marked, 25 diet fasts or
denials of faith left readable). A RELIGION span that holds a word of fasting, or a word of faith
inside the denial itself ("not for religion"), is dropped when its sentence holds a fast and a diet
fast (intermittent, 16:8, 间歇, 간헐적, متقطع) or denies the faith ("ma non per religione", "not for
religious reasons", "pas pour la religion", "no por religión", "nicht aus religiösen Gründen",
"не по религиозным причинам", "مو عشان الدين"). Any other span of the sentence stays as it is.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.spans import PiiSpan

__all__ = ["diet_fast_words", "diet_fasts"]

_FASTING = re.compile(
    r"fast|je[ûÛ]n|jeun|ayun|digiun|jeju|vast|пост|断食|斋戒|齋戒|封斋|禁食|금식|단식|صاي[مم]|صيام|صوم|يصوم|تصوم",
    re.IGNORECASE)
# a fast kept as a diet: its schedule or its name
_DIET = re.compile(
    r"intermitt\w*|intermitente|intermitent\w*|\b1[2-9]\s*[:/h]\s*[4-9]\b|間欠|间歇|間歇|간헐적|متقطع|للرجيم|"
    r"(?:per|come|as a|for a|como|pour|zur|als)\s+(?:dieta|diet|régime|Diät|dieet|maigrir|dimagrire|adelgazar|emagrecer)",
    re.IGNORECASE)
# the faith denied in so many words
_DENIAL = re.compile(
    r"(?<!\w)(?:not|non|pas|no|não|nicht|niet|не)\s+(?:for|per|pour|por|aus|om|по)\s+(?:(?:la|the|her|his|sua|suo|su|sa|son|"
    r"het|de|ihre[rn]?|seine[rn]?|religious|religiösen|religieuze|religiosi|religiosos|religiosas|религиозным)\s+)?"
    r"(?:relig\w*|religi\w*|fede|faith|foi|fe|fé|Glauben\w*|geloof\w*|reasons?|motivi|Gründen|redenen|"
    r"религи\w*|вер\w*)|"
    r"(?:مو|مش|مب|ليس|مهو|مي)\s+(?:عشان|علشان|لأجل|من أجل|ل)?\s*(?:الدين|رمضان|دين)",
    re.IGNORECASE)
_SENTENCE = re.compile(r"[.!?\n。！？؟]")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``[start, end)``: from after the last stop before it to the next stop."""
    stops = [m.end() for m in _SENTENCE.finditer(text, 0, start)]
    after = _SENTENCE.search(text, end)
    return (stops[-1] if stops else 0), (after.start() if after else len(text))


def diet_fasts(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` without the RELIGION spans of a fast (or of the faith a denial names) whose sentence
    tells the fast as a diet or denies the faith."""
    if not isinstance(text, str) or not any(s.kind == "RELIGION" for s in spans):
        return spans
    out = []
    for span in spans:
        if span.kind == "RELIGION":
            lo, hi = _sentence(text, span.start, span.end)
            sentence = text[lo:hi]
            denials = [(lo + m.start(), lo + m.end()) for m in _DENIAL.finditer(sentence)]
            in_denial = any(a <= span.start and span.end <= b for a, b in denials)
            fast = _FASTING.search(text, span.start, span.end) is not None
            told = _FASTING.search(sentence) is not None and bool(denials or _DIET.search(sentence))
            if told and (fast or in_denial):  # "drinks no wine, not for his faith" has no fast: it stays
                continue
        out.append(span)
    return out


_FAST_WORD = re.compile(r"[^\W\d_]*(?:" + _FASTING.pattern + r")[^\W\d_]*", re.IGNORECASE)


def diet_fast_words(text: str) -> list[tuple[int, int]]:
    """The words of fasting, and the denials of faith beside them, of each sentence of ``text`` that tells
    its fast as a diet or denies the faith: the learned tagger leaves them readable too."""
    if not isinstance(text, str) or not (_DIET.search(text) or _DENIAL.search(text)):
        return []
    out = []
    for m in _FAST_WORD.finditer(text):
        lo, hi = _sentence(text, m.start(), m.end())
        denials = [(lo + d.start(), lo + d.end()) for d in _DENIAL.finditer(text[lo:hi])]
        if denials or _DIET.search(text[lo:hi]):
            out += [m.span()] + [d for d in denials if d not in out]
    return out
