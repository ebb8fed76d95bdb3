"""The frame before an Art. 9 span and the words glued to it (see :mod:`special.extent`)."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import is_dense_char
from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.special.extent.words import ExtentWords, aid_words, extent_words, word_key

__all__ = ["extend_predicates", "glued", "left_run"]

_LEFT_WINDOW = 80  # characters read before a span for its frame
_MAX_RUN = 6  # frame words at most before a span
_WORD_BEFORE = re.compile(r"(\w+['’]?)([ \t]*)$")
_WORD_AFTER = re.compile(r"\w*")
_CAUSE_GAP = 1  # characters at most between two spans of a category told as one fact ("手術で入院")
_AFFILIATIONS = frozenset({"POLITICS", "UNION"})  # a candidacy or a vote states the party whatever its length


def _letters(text: str) -> int:
    return sum(c.isalnum() for c in text)


def left_run(text: str, start: int, floor: int, words: ExtentWords, weak_verbs: bool = True) -> int:
    """Where a span starting at ``start`` begins once it takes in the frame before it (``start``
    when there is none); never before ``floor``. The run is read right to left over frame and verb
    words separated by spaces (or glued after an elided article, "l'") and ends on its furthest
    verb; a weak verb (a copula, "a", "zijn") only where the run has no other verb and a word
    between it and the span ("est atteinte de", not "est"), and never if not ``weak_verbs``."""
    pos, strong, weak, count = start, start, start, 0
    lo = max(floor, start - _LEFT_WINDOW)
    while count < _MAX_RUN:
        match = _WORD_BEFORE.search(text, lo, pos)
        if match is None:
            break
        token, gap = match.group(1), match.group(2)
        if not gap and token[-1] not in "'’":
            break  # glued to what follows: part of another word
        key = word_key(token)
        if key in words.verbs and key not in words.weak:
            strong = match.start(1)
        elif key in words.verbs and count and weak_verbs:
            weak = match.start(1)
        elif key not in words.frame and key not in words.verbs:
            break
        pos, count = match.start(1), count + 1
    return strong if strong < start else weak


def glued(text: str, start: int, end: int, floor: int, ceiling: int, words: ExtentWords) -> tuple[int, int]:
    """A CJK span with the verb ending glued after it ("痛風持ち", "糖尿病がおありで") and the head
    glued before it ("在做化疗"); a one-character ending only at the end of its word."""
    for ending in words.endings:
        stop = end + len(ending)
        if stop <= ceiling and text.startswith(ending, end) and (len(ending) > 1 or not text[stop : stop + 1].isalnum()):
            end = stop
            break
    for head in words.heads:
        if start - len(head) >= floor and text.startswith(head, start - len(head)):
            start -= len(head)
            break
    return start, end


def extend_predicates(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (sorted, non-overlapping, original offsets) each with the predicate that states
    it where the core is short: a frame before an alphabetic span, a head before or an ending after
    a CJK span, each taken when it holds at least as many letters as the span ("hat [MS]", "fait
    une [SEP]", "tiene [ELA]", "[痛風]持ち", "在做[化疗]"); a longer core states the fact by
    itself and its frame stays readable ("Sie hat [Diabetes]", "患有[高血压]"), and so does a core told
    with its cause, a span of its category glued or one particle before it ("[心臓の手術]で[入院]されていた"). Before a party or a
    union, a run that ends on a candidacy, vote or membership verb is taken whatever its length
    ("is standing for the [Lib Dems]"), and before a worn or used aid a verb of wearing or using is
    ("porte un [pacemaker]": :func:`_aid_run`). A span never grows into a neighbour or over a placeholder,
    and a partner never takes a copula ("il était avec [son mari]": who came with whom)."""
    if not spans:
        return spans
    words = extent_words()
    out: list[PiiSpan] = []
    for i, span in enumerate(spans):
        floor = out[-1].end if out else 0
        ceiling = spans[i + 1].start if i + 1 < len(spans) else len(text)
        core = _letters(text[span.start : span.end])
        if out and out[-1].kind == span.kind and 0 <= span.start - out[-1].end <= _CAUSE_GAP:
            core += _letters(text[out[-1].start : span.start])  # "心臓の手術で入院": one fact told with its cause
        if is_dense_char(text[span.start]) or is_dense_char(text[span.end - 1]):
            start, end = glued(text, span.start, span.end, floor, ceiling, words)
        else:
            # a spouse is no state a copula reports: "il était avec [son mari]" is company
            start, end = left_run(text, span.start, floor, words, span.kind != "ORIENTATION"), span.end
        affiliated = span.kind in _AFFILIATIONS and word_key(_WORD_AFTER.match(text, start).group()) in words.party
        start = start if affiliated or _letters(text[start : span.start]) >= core else span.start
        if span.kind == "HEALTH" and start == span.start and not is_dense_char(text[span.start]):
            start = _aid_run(text, span, floor)
        end = end if _letters(text[span.end : end]) >= core else span.end
        out.append(PiiSpan(start, end, span.kind))
    return out


def _aid_run(text: str, span: PiiSpan, floor: int) -> int:
    """Where a HEALTH span that opens on a worn or used aid starts with its verb of wearing, using or
    having ("elle [porte un pacemaker]", "[lleva marcapasos]", "[Porta l'apparecchio]"), whatever its
    length: the writers mark the verb with the aid (``aids`` and ``aid_verbs`` of the extent lists)."""
    words, aids = aid_words()
    if not aids.match(text[span.start : span.end].lower()):
        return span.start  # the aid opens the span: "hat [Diabetes Typ 1, Insulinpumpe]" keeps its verb for the diabetes
    return left_run(text, span.start, floor, words)
