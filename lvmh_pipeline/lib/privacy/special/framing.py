"""Frames around a fact: what stays readable before a health fact, and the modifiers that make
a fact of a person predicate.

:func:`trim_frames` (step 0 of :func:`special.categories.find_special_categories`): a HEALTH term
whose first words only frame a shorter fact gives way to the fact when the fact holds most of
the letters ("anda de [cadeira de rodas]", "teve um [derrame]", "takes [lithium]", "fa
[fisioterapia]"); a short core keeps its frame ("uses a cane", "sofre de gota"), so a gold span
written with its frame is still mostly covered.

:func:`modified_predicates` (before step 0): the person predicates the lexicon writes after a
copula ("(is) Christian", "(ist) Christin", "(es) religiosa", "(has) anxiety") are the fact
after a degree adverb or a modifier of their category as well ("deeply religious", "bekennende
Christin", "Profundamente religioso", "severe anxiety") and before a modifier that follows them
("cristiana convencida", "Christian convert"); the modifier then joins the span it touches.

:func:`filler_gap`: a transcribed hesitation between a fact and the word that completes it
("diabétique, euh, de type 1", "Typ-2, äh, Diabetes", "糖尿病，嗯，二型") does not split the fact: a
gap of the lexicon's ``fillers`` (and connectors) with commas, dots or dashes joins like a space.

:func:`inner_leads`: a degree word that only starts a longer attached qualifier of its category
("很" in "很严重", "挺严重") is that qualifier, which trails the fact ("失眠挺严重"), not a lead
into a fact after it.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import NormalizedText
from lvmh_pipeline.lib.privacy.special.lexicon import ATT, CTX, LEADING, ROLE, SIDE, SIDE_AFTER, SPECIAL_KINDS, TERM, Lexicon

__all__ = ["filler_gap", "inner_leads", "letters", "modified_predicates", "trim_frames", "listed", "qualified"]

_HEALTH = SPECIAL_KINDS.index("HEALTH")

# Verbs, copulas and prepositions that frame a fact without being it ("anda de cadeira de rodas",
# "teve um derrame", "walks with a walking frame", "lleva audífonos"), folded.
_FRAME_VERBS = frozenset(
    "has had have is was suffers suffered uses used walks wears wore takes took "
    "tem teve tinha sofre sofreu anda andava usa usava depende esta foi fez faz toma tomou "
    "tiene tuvo sufre sufrio padece lleva es fue hizo "
    "ha aveva soffre soffriva porta sta fu fatto fa prende "
    "avait souffre porte utilise est etait fait "
    "hat hatte leidet litt tragt benutzt ist war "
    "heeft lijdt draagt gebruikt".split())
_FRAME_PREFIX = _FRAME_VERBS | frozenset(
    "with from on in a an e de do da em com um uma no na con en un una el la del al di il avec du une le "
    "mit an einen eine einem met aan een".split())


def trim_frames(nt: NormalizedText, hits: list[tuple]) -> list[tuple]:
    """A term whose first words only frame a shorter term that ends it ("anda de [cadeira de
    rodas]", "teve um [derrame]") gives way to that term when it holds most of the letters: the
    verb before the fact stays readable; a short core keeps its frame ("sofre de gota"). A
    contextual word the frame licensed stays a term ("had a [HEALTH]")."""
    terms = [h for h in hits if h[3] == TERM and h[2] == _HEALTH]  # a practice's verb is the practice's
    cores = [h for h in hits if h[3] in (TERM, CTX) and h[2] == _HEALTH]
    dropped, added = set(), []
    for outer in terms:
        for inner in cores:
            if inner[2] != outer[2] or inner[1] != outer[1] or inner[0] <= outer[0]:
                continue
            prefix = nt.folded[outer[0] : inner[0]].split()
            if (prefix and all(w in _FRAME_PREFIX for w in prefix) and any(w in _FRAME_VERBS for w in prefix)
                    and 2 * letters(nt.folded, inner) > letters(nt.folded, outer)):
                dropped.add(outer)
                if inner[3] == CTX:  # "had a stroke": the frame licensed the word it leaves
                    added.append((inner[0], inner[1], inner[2], TERM, -1))
                break
        else:
            core = _framed_core(nt, outer)
            if core is not None:
                dropped.add(outer)
                added.append(core)
    return [h for h in hits if h not in dropped] + added if dropped else hits


def _framed_core(nt: NormalizedText, outer: tuple) -> tuple | None:
    """A listed term that starts on its frame ("anda de bengala", "toma lítio", "takes lithium",
    "fa fisioterapia") without a listed core: the words after the frame, when they hold most of
    the letters (a frame-inclusive gold span is still mostly covered)."""
    words = list(re.finditer(r"\S+", nt.folded[outer[0] : outer[1]]))
    prefix = 0
    while prefix < len(words) - 1 and words[prefix].group() in _FRAME_PREFIX:
        prefix += 1
    if not prefix or not any(w.group() in _FRAME_VERBS for w in words[:prefix]):
        return None
    core = (outer[0] + words[prefix].start(), outer[1], outer[2], TERM, outer[4])
    return core if 2 * letters(nt.folded, core) > letters(nt.folded, outer) else None


def inner_leads(hits: list[tuple]) -> list[tuple]:
    """``hits`` without a leading word (a degree adverb, "很", "very") that only starts a longer
    attached word of its category ("很严重", "挺严重" after a condition): the longer word is the
    qualifier that trails the fact ("失眠挺严重"), not a lead into a fact after it."""
    if not any(h[3] == ATT and h[4] == LEADING for h in hits):
        return hits
    longest: dict[tuple, int] = {}  # (category, start) -> end of the longest attached word there that leads nothing
    for o in hits:
        if o[3] == ATT and o[4] != LEADING:
            longest[o[2], o[0]] = max(o[1], longest.get((o[2], o[0]), o[1]))
    return [h for h in hits if not (h[3] == ATT and h[4] == LEADING and longest.get((h[2], h[0]), -1) > h[1])]


_MAX_FILLER_GAP = 16  # original characters of a hesitation inside a fact
_FILLER_MARKS = re.compile(r"[\s,.\u2026\-\u2013\u2014\u3001\uff0c\u3002]*")
_WORD = re.compile(r"[^\W_]+")


def filler_gap(nt: NormalizedText, lex: Lexicon, start: int, end: int) -> bool:
    """Only fillers ("euh", "um", "äh", "嗯", "음", "يعني"), at least one, connectors and the
    commas, dots and dashes of a hesitation stand between folded ``start`` and ``end``."""
    o_start, o_end = nt.to_original(start, end)
    if not lex.fillers or o_end - o_start > _MAX_FILLER_GAP:
        return False
    words = _WORD.findall(nt.folded, start, end)
    return (any(w in lex.fillers for w in words) and all(w in lex.fillers or w in lex.connectors for w in words)
            and _FILLER_MARKS.fullmatch(_WORD.sub("", nt.original[o_start:o_end])) is not None)


def letters(folded: str, hit: tuple) -> int:
    """Letters and digits of ``folded[hit[0]:hit[1]]``."""
    return sum(c.isalnum() for c in folded[hit[0] : hit[1]])


_NEXT = re.compile(r" ([^\W_]+)(?: ([^\W_]+))?")
_PREVIOUS = re.compile(r"(?:([^\W_]+) )?([^\W_]+) $")


def _plain_gap(nt: NormalizedText, start: int, end: int) -> bool:
    """Only spaces or a hyphen stand between two words (no clause punctuation)."""
    return not nt.original[slice(*nt.to_original(start, end))].strip(" \t-\u2010\u2011")


def _two_words_back(folded: str, low: int, end: int) -> int:
    """Where a :data:`_PREVIOUS` search of ``folded[low:end]`` may start its match: after the third
    last space (a match holds at most the last two); the same match as from ``low``, sooner."""
    at = end
    for _ in range(3):
        at = folded.rfind(" ", low, at)
        if at < 0:
            return low
    return at + 1


def modified_predicates(nt: NormalizedText, lex: Lexicon, hits: list[tuple]) -> list[tuple]:
    """Terms for the person predicates of a category (see the module doc) that an attached word,
    a role or a degree adverb of the category touches: after it ("deeply religious", "bekennende
    Christin") or, for an attached word that is no leading one, before it ("cristiana convencida")."""
    found = []
    folded = nt.folded
    for hit in hits:
        predicates = lex.predicates.get(hit[2])
        if hit[3] not in (ATT, ROLE) or hit[4] in (SIDE, SIDE_AFTER) or not predicates:
            continue
        after = _NEXT.match(folded, hit[1])
        if after is not None and _plain_gap(nt, hit[1], after.start(1)):
            for end in (after.end(2), after.end(1)):  # the longer predicate first
                if end > 0 and folded[after.start(1) : end] in predicates:
                    found.append((after.start(1), end, hit[2], TERM, -1))
                    break
        if hit[3] != ATT or hit[4] == LEADING:
            continue
        before = _PREVIOUS.search(folded, _two_words_back(folded, max(0, hit[0] - 40), hit[0]), hit[0])
        if before is not None and _plain_gap(nt, before.end(2), hit[0]):
            for start in (before.start(1), before.start(2)):
                if start >= 0 and folded[start : before.end(2)] in predicates:
                    found.append((start, before.end(2), hit[2], TERM, -1))
                    break
    return found


# Words that join two items ("and", "и", "oder"); "en" and "o" are also "in" and an article.
_AND = frozenset("and und et e ed y и или or ou oder sowie".split())


def listed(gap: str) -> bool:
    """A conjunction stands in ``gap`` (original text): a period of practice before it is another
    verb's ("медитирует каждое утро и ездит в дацан", "prays every morning and goes to the temple")."""
    return any(w.casefold() in _AND for w in _WORD.findall(gap))


_GAP_MARKS = re.compile(r"[\s\-]*")


def qualified(nt: NormalizedText, hits: list[tuple], term: tuple, frame: tuple) -> bool:
    """Only attached words of the term's category (its qualifier: "maior", "grave", "tipo 2") and
    spaces stand between a term and a frame word after it: "Depressão maior [diagnosticada] em
    2020" — the diagnosis after the qualified condition is the frame, not the fact."""
    if frame[0] < term[1]:
        return False
    covered = [h for h in hits if h[3] == ATT and h[2] == term[2] and term[1] <= h[0] and h[1] <= frame[0]]
    o_start, o_end = nt.to_original(term[1], frame[0])
    rest = nt.folded[term[1] : frame[0]]
    for h in covered:
        rest = rest[: h[0] - term[1]] + " " * (h[1] - h[0]) + rest[h[1] - term[1] :]
    return bool(covered) and o_end - o_start <= 24 and _GAP_MARKS.fullmatch(rest) is not None
