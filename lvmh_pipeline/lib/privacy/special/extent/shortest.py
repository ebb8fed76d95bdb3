"""The shortest span that carries an Art. 9 fact, taken last (see :mod:`special.extent`).

The held-out writers mark the word that carries the fact: the condition, the treatment, the
practice. The words the detectors take in around it for their own reasons (a cue, a context, a
frame) stay readable where they only say how the fact is told:

- before a HEALTH, RELIGION or ORIENTATION span, a verb of recovering, undergoing, seeing, keeping,
  singing or carrying with its reflexive, auxiliary, preposition and article ("[se está recuperando
  de una] operación de cadera", "[проходит] химию", "[keeps] Shabbat", "[singt] im Kirchenchor",
  "[sous] chimiothérapie"): the ``lead_verbs`` and ``leads`` of ``taxonomy/special_extent.json``;
  such a verb between two facts splits their span ("мусульманка [соблюдает] пост");
- after a pregnancy or a fast, its duration and an adverb of time ("schwanger [(5. Monat)]",
  "embarazada [de 2 meses]", "fastet [jetzt]"), and in Korean a membership or symptom word and the
  verb of undergoing a treatment ("정의당 [소속]", "공황장애 [증상]", "방사선치료[를 받고 계]");
- a hospital named as the venue of a gala, a ball or a charity event a few words away, or as
  where someone works ("médica no Hospital da Luz": :mod:`.workplaces`), is no
  health fact ("благотворительный вечер в больнице"), nor is a condition that names an insurance
  policy ("knee injury insurance"): those spans go (:func:`_distractor`).

Every strip is taken only where the core left holds more letters than the words stripped
(:func:`_kept`), so an older dev gold span written over them ("embarazada de 4 meses", "Recovering
from hip replacement", "elle est sous anticoagulants") stays mostly redacted: "recovering from a
stroke" keeps its verb, "recovering from [a hip replacement]" loses it; the core is the first fact of a
list after the verb ("Recovering from a stroke, left hand weak" keeps its verb). An article or a preposition
goes only with a lead verb ("after his [stroke]", "a une [SEP]" stay as :mod:`.predicates` made them).
Left out on measure (see the ``notes`` of the lists): possessives before a partner word, the
prepositions between an office and its party or a fast and its festival, the frames of an origin.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from lvmh_pipeline.lib.common.text import fold
from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.special.extent.words import EXTENT_PATH, word_key
from lvmh_pipeline.lib.privacy.special.extent.workplaces import workplace_spans

__all__ = ["shortest_spans"]

_LEAD_KINDS = frozenset({"HEALTH", "RELIGION", "ORIENTATION"})
_TAIL_KINDS = frozenset({"HEALTH", "RELIGION"})
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]*)?")
_NUM = (r"(?:\d+\.?|one|two|three|four|five|six|seven|eight|nine|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|una?|"
        r"dos|tres|cuatro|cinco|seis|siete|ocho|nueve|due|tre|quattro|cinque|sei|sette|otto|nove|duas|três|quatro|"
        r"ein|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|een|twee|drie|vijf|zes|zeven|negen|"
        r"[а-яё]+(?:ый|ой|ий)|(?:primo|secondo|terzo|quarto|quinto|sesto|settimo|ottavo|nono|"
        r"primer|tercer|cuarto|sexto|séptimo|octavo|noveno|terceiro|sétimo|oitavo))")
_DENSE_TAIL = re.compile(r"(?:[ \t]*[0-9０-９一二三四五六七八九十两]+[ \t]*(?:个|か|ヶ|ケ|カ|箇)?月|[ \t]*[0-9]+[ \t]*개월|"
                         r"[ \t]+(?:ب|في[ \t]+)?ال?شهر[ \t]+ال\w+|中|期间|期間|[ \t]*기간|[ \t]+중)$")
_FAST_OR_PREGNANCY = re.compile(r"(?:ラマダン|断食|斋月|封斋|禁食|妊娠|怀孕|懷孕|라마단|금식|임신|حامل)")


_VENUE_REACH = 40  # characters either side of a hospital span read for an event word


@lru_cache(maxsize=1)
def _venues() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    doc = json.loads(EXTENT_PATH.read_text(encoding="utf-8"))["shortest"]

    def alternation(words: list[str]) -> str:
        return "|".join(sorted(map(re.escape, words), key=len, reverse=True))

    place = re.compile(r"(?:(?:в|во|at|the|à|l'|al|all'|in|im|am|het|de|la|el|o|a|no|na|do|da)\s+)*(?:"
                       + alternation(doc["venue_places"]) + r")(?:'s)?", re.IGNORECASE)
    event = re.compile(r"(?:" + alternation(doc["venue_events"]) + r")", re.IGNORECASE)
    product = re.compile(r"[ \t]+(?:" + alternation(doc["products"]) + r")(?![^\W\d_])", re.IGNORECASE)
    return place, event, product


def _distractor(text: str, span: PiiSpan) -> bool:
    """Is the HEALTH ``span`` a hospital named as an event's venue, or a word that names an insurance?"""
    place, event, product = _venues()
    seg = text[span.start : span.end]
    if place.fullmatch(seg):
        return bool(event.search(text, max(0, span.start - _VENUE_REACH), min(len(text), span.end + _VENUE_REACH)))
    return bool(product.match(text, span.end))


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str], re.Pattern[str], dict[str, re.Pattern[str]], tuple[str, ...]]:
    doc = json.loads(EXTENT_PATH.read_text(encoding="utf-8"))["shortest"]

    def keys(words: list[str]) -> frozenset[str]:
        return frozenset({word_key(w) for w in words} | {fold(word_key(w)) for w in words if len(w) > 2})

    units = "|".join(sorted(map(re.escape, doc["units"]), key=len, reverse=True))
    now = "|".join(sorted(map(re.escape, doc["now"]), key=len, reverse=True))
    tail = re.compile(
        r"(?:[ \t]*,?[ \t]*\(?[ \t]*(?<![^\W_])(?:(?:срок|term|terme|~)[ \t]*)?(?:(?:de|di|van|in|im|al|ao|à|a|в|на|of)[ \t]+)?" + _NUM + r"[ \t]*-?[ \t]*(?:" + units
        + r")\.?[ \t]*\)?|[ \t]+(?:" + now + r"))$", re.IGNORECASE)

    verbs = "|".join(sorted(map(re.escape, doc["lead_verbs"]), key=len, reverse=True))
    inner = r"(?<=[^\W_]{3})[ \t]+(?i:" + verbs + r")[ \t]+(?=[^\W\d_]{3})"  # "мусульманка [соблюдает] пост"
    links = {"HEALTH": re.compile(inner), "RELIGION": re.compile(inner)}
    tails = tuple(sorted(doc["dense_tails"], key=len, reverse=True))
    return keys(doc["leads"] + doc["lead_verbs"]), keys(doc["lead_verbs"]), tail, links, tails


def _letters(text: str) -> int:
    return sum(c.isalnum() for c in text)


_REFLEXIVES = frozenset({"se", "si"})
_SPLIT_RATIO = 1.5  # a split: the two pieces hold this many times the letters of the link


def _kept(core: int, stripped: int) -> bool:
    """May ``stripped`` letters go from a span whose core keeps ``core`` letters? Only where an
    older, longer gold span written over them is still mostly redacted."""
    return core > stripped


def _lead(text: str, span: PiiSpan, leads: frozenset[str], verbs: frozenset[str]) -> int:
    """Where ``span`` starts once its leading lead verb goes, with the reflexives, auxiliaries,
    prepositions and articles around it (``span.start`` if they stay). A strip always holds a lead
    verb: an article or a preposition alone stays ("after his [stroke]", "a une SEP": the frame a
    short core took in by :mod:`.predicates`)."""
    words = list(_WORD.finditer(text, span.start, span.end))
    keys = [word_key(w.group()) for w in words]
    cut = 0
    while cut < len(words) - 1 and words[cut].start() == (words[cut - 1].end() + _gap(text, words[cut - 1].end()) if cut else span.start):
        if keys[cut] not in leads and fold(keys[cut]) not in leads:
            break
        cut += 1
    while cut:
        start = words[cut].start()
        if all(key in _REFLEXIVES for key in keys[:cut]):
            return span.start  # "se convirtió al islam": a reflexive alone is the verb's own
        with_verb = any(key in verbs or fold(key) in verbs for key in keys[:cut])
        # the lead verb is its first fact's, a list after it ("Recovering from a stroke, left hand weak")
        comma = text.find(",", start, span.end)
        core = _letters(text[start : comma if comma > start else span.end])
        if with_verb and _kept(core, _letters(text[span.start : start])):
            return start
        cut -= 1
    return span.start


def _gap(text: str, pos: int) -> int:
    """Spaces after ``pos``: the lead words must follow one another."""
    n = 0
    while pos + n < len(text) and text[pos + n] in " \t":
        n += 1
    return n


def _tail(text: str, span: PiiSpan, tail: re.Pattern[str]) -> int:
    """Where ``span`` ends once a duration or an adverb of time at its end goes."""
    seg = text[span.start : span.end]
    if _FAST_OR_PREGNANCY.search(seg):
        match = _DENSE_TAIL.search(seg)
        if span.kind == "HEALTH" and match and match.group().strip() == "중":
            match = None  # "임신 중" is how a pregnancy is said: the learned tagger takes "중이셔서" without it
        if match and match.start() > 0 and not re.search(r"[,，、]", seg[: match.start()]) \
                and _kept(_letters(seg[: match.start()]), _letters(match.group())):
            return span.start + match.start()
    match = tail.search(seg)
    if match and _letters(seg[: match.start()]) >= 3 and _kept(_letters(seg[: match.start()]), _letters(match.group())):
        return span.start + match.start()
    return span.end


def _split(text: str, span: PiiSpan, link: re.Pattern[str]) -> list[PiiSpan]:
    """A span cut at each ``link`` inside it (a lead verb between two facts: "мусульманка [соблюдает]
    пост") where the pieces hold more letters than the links."""
    out, start = [], span.start
    pieces = _letters(text[span.start : span.end])
    for match in link.finditer(text, span.start, span.end):
        joint = _letters(match.group())
        if _letters(text[start : match.start()]) >= 4 and match.end() < span.end and pieces - joint > _SPLIT_RATIO * joint:
            out.append(PiiSpan(start, match.start(), span.kind))
            start = match.end()
    out.append(PiiSpan(start, span.end, span.kind))
    return out


def shortest_spans(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (sorted, non-overlapping, original offsets) cut to the words that carry each fact."""
    if not spans:
        return spans
    leads, verbs, tail, links, tails = _lists()
    out: list[PiiSpan] = []
    works = workplace_spans(text) if any(s.kind == "HEALTH" for s in spans) else []
    for whole in spans:
        if whole.kind == "HEALTH" and (_distractor(text, whole) or any(
                a <= whole.start and whole.end <= b for a, b in works)):
            continue  # a gala's venue, an insurance, the hospital where the client works
        for span in _split(text, whole, links[whole.kind]) if whole.kind in links else (whole,):
            start = _lead(text, span, leads, verbs) if span.kind in _LEAD_KINDS else span.start
            end = _tail(text, PiiSpan(start, span.end, span.kind), tail) if span.kind in _TAIL_KINDS else span.end
            start, end = _dense_edges(text, start, len(text[:end].rstrip(" \t,(")), span.kind, tails)
            out.append(PiiSpan(start, end, span.kind) if end > start else span)
    return out


_KO_UNDERGOING = re.compile(r"(?<=[가-힣])(?:을|를)[ \t]+받\w*(?:[ \t]+계\w*)?$")


def _dense_edges(text: str, start: int, end: int, kind: str, tails: tuple[str, ...]) -> tuple[int, int]:
    """A Hangul span without its trailing membership or symptom word and its object
    particle and verb of undergoing."""
    seg = text[start:end]
    undergoing = _KO_UNDERGOING.search(seg) if kind == "HEALTH" else None
    if undergoing and _kept(_letters(seg[: undergoing.start()]), _letters(undergoing.group())):
        end = start + undergoing.start()
        seg = text[start:end]
    for word in tails:
        core = seg[: -len(word)].rstrip(" \t")
        if seg.endswith(word) and core and "\uac00" <= core[-1] <= "\ud7a3" and _letters(core) > len(word):
            end = start + len(core)
            break
    return start, end
