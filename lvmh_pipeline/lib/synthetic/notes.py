"""Compose one telegraphic advisor note from a persona and a note plan, with its truth.

The plan (what the note must say: intents, occasions, budget, PII) is decided by the planner
from the latent state; this module renders it in a language, adding the persona's preferences,
lifestyle and constraints (:class:`.composer.Composer`), in the order real notes follow.
"""

from __future__ import annotations

import re

import numpy as np

from .composer import Composer
from .planner import NotePlan, NoteTruth, add_label
from .personas import Persona
from .phrases import PhraseBook
from .wild import WILD_CLASSES as WILD_ORDER
from .wild import WildNote, add_fillers, repeat_segment

__all__ = ["NotePlan", "NoteTruth", "compose_note"]

_OPTIONAL_COUNT = {"short": (1, 3), "medium": (7, 13), "long": (40, 40)}


_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_PUNCT = re.compile(r" ([,.;:])(?=\s|$)")
_SPACE_BETWEEN_CJK = re.compile(r"(?<=[\u3000-\u9fff\uac00-\ud7af]) (?=[\u3000-\u9fff\uac00-\ud7af])")


def _tidy(segment: str, dense: bool) -> str:
    """Collapse the gaps left by empty placeholders; capitalise the segment."""
    s = _SPACES.sub(" ", segment).strip(" ,")
    s = _SPACE_BEFORE_PUNCT.sub(r"\1", s)
    if dense:
        s = _SPACE_BETWEEN_CJK.sub("", s)
    return s[:1].upper() + s[1:] if s else s


def _capitalised_span(item: str) -> str:
    category, _, span = item.partition(":")
    return f"{category}:{span[:1].upper()}{span[1:]}"


def compose_note(
    rng: np.random.Generator, persona: Persona, plan: NotePlan, book: PhraseBook, paragraph_break: bool = False,
    wild: WildNote | None = None,
) -> tuple[str, NoteTruth]:
    """Render ``plan`` for ``persona``; returns the note text and the labels it contains.

    Reading order follows the real notes: who, what for, budget, tastes, lifestyle, family,
    allergies and diets, other occasions, remarks, intent, next steps. ``paragraph_break`` joins
    two segments with a newline, as some dictation tools do. ``wild``: the harder input classes
    this note carries (:mod:`.wild`), recorded in the truth's ``wild`` and ``special``.
    """
    c = Composer(rng, persona, plan, book, wild)
    segments = [c.head(), c.need()]
    budget = c.budget()
    if budget:
        segments.append(budget)
    no_filler = set(range(len(segments)))
    pool = c.optional_parts()
    lo, hi = _OPTIONAL_COUNT[plan.length]
    n_take = min(len(pool), int(rng.integers(lo, hi + 1)))
    chosen = sorted(rng.choice(len(pool), size=n_take, replace=False).tolist(), key=lambda i: (pool[i][0], rng.random()))
    groups: dict[int, list[str]] = {}
    for i in chosen:
        groups.setdefault(pool[i][0], []).append(pool[i][1]())
    groups[4] = c.constraints() + [c.occasion(occ) for occ in plan.occasions[1:]]
    again = repeat_segment(wild, c.truth.names[0]) if wild is not None else None
    if again:  # the surname again, without its title: "Keller asked for gift wrapping"
        groups.setdefault(5, []).append(again)
        add_label(c.truth.names, c.truth.names[0][:1].upper() + c.truth.names[0][1:])
    for key in sorted(groups):
        segments += groups[key]
    segments += c.behaviour() + c.tail()
    if wild is not None:
        segments = add_fillers(wild, segments, plan.language, no_filler)
    dense = plan.language in ("JA", "ZH")
    parts = [p for p in (_tidy(s, dense) for s in segments) if p]
    sep = c.t["sep"]
    if sep.startswith("."):  # "Tiffany & Co." then ". " would print "Co.. "
        parts = [p.rstrip(".") for p in parts]
    if paragraph_break and len(parts) > 3:
        k = int(rng.integers(2, len(parts) - 1))
        text = sep.join(parts[:k]) + sep.rstrip() + "\n" + sep.join(parts[k:])
    else:
        text = sep.join(parts)
    if wild is not None:
        if any(s and s.lower() in text.lower() for s in wild.switched):
            wild.mark("code_switch")
        # a mention opening its segment was capitalised: the gold is the text as written
        c.truth.special = [s if s.partition(":")[2] in text else _capitalised_span(s) for s in c.truth.special]
        c.truth.wild = [w for w in WILD_ORDER if w in wild.used]
    return text + c.t["end"], c.truth
