"""The generation of an origin told right after it is part of the origin (ORIGIN).

"Deutsch-Türke der zweiten Generation", "comunità eritrea di Roma, seconda generazione", "de origen
coreano, segunda generación", "Armenian, third generation", "من الجالية … في الدوحة، الجيل الثاني":
dev writers put the generation inside the origin's span (17 of 18 generation phrases beside an origin,
session 45; Korean "교포 2세" was left out twice and is not read here). So a generation phrase
(:data:`_GENERATION`) that follows an ORIGIN span in its sentence, at most :data:`_REACH` characters
after it with no other span, no sentence end and at most one comma between, extends that span to its
end. A generation alone ("the second generation of the Tank", "zweite Generation des iPhone") stays
readable.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.spans import PiiSpan
from lvmh_pipeline.lib.privacy.special.contexts.words import SENTENCE_END, mentions_any

__all__ = ["is_generation", "origin_generations"]

_REACH = 25  # characters at most between the origin and its generation
_GENERATION = re.compile(
    r"(?<![^\W_])(?:"
    r"(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ]generation"
    r"|(?:der[ \t]+)?(?:ersten|zweiten|dritten|vierten|2\.|3\.)[ \t]+Generation"
    r"|(?:di[ \t]+)?(?:prima|seconda|terza|quarta)[ \t]+generazione"
    r"|(?:de[ \t]+)?(?:primera|segunda|tercera|cuarta)[ \t]+generación"
    r"|(?:de[ \t]+)?(?:première|deuxième|seconde|troisième|quatrième|2e|3e)[ \t]+génération"
    r"|(?:de[ \t]+)?(?:primeira|segunda|terceira|quarta|2ª|3ª)[ \t]+geração"
    r"|(?:van[ \t]+de[ \t]+)?(?:eerste|tweede|derde|vierde)[ \t]+generatie"
    r"|(?:в[ \t]+)?(?:первом|втором|третьем|четв[её]ртом)[ \t]+поколении"
    r"|(?:первого|второго|третьего|четв[её]ртого)[ \t]+поколения"
    r")(?![^\W_])"
    r"|الجيل[ \t]+(?:الأول|الثاني|الثالث|الرابع)|第[一二三四]代",
    re.IGNORECASE)
_GENERATION_NOUN = re.compile(
    r"generations?|generazion[ei]|generaci[oó]n|g[ée]n[ée]rations?|gera[çc][ãa]o|generaties?|поколени[еяйию]|الجيل", re.IGNORECASE)
_GATE = ("generation", "generazione", "generación", "génération", "geração", "generatie", "поколени", "الجيل", "代")


def is_generation(words: str) -> bool:
    """Are ``words`` a generation phrase and nothing else ("terza generazione", "第二代")? Alone it
    states no origin (a family firm's third generation); the learned tagger must not make it one."""
    words = words.strip(" \t,.;:")
    return _GENERATION.fullmatch(words) is not None or _GENERATION_NOUN.fullmatch(words) is not None


def origin_generations(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (sorted, non-overlapping, original offsets) with each ORIGIN span followed by its
    generation extended over it (see the module)."""
    if not mentions_any(text, _GATE) or not any(s.kind == "ORIGIN" for s in spans):
        return spans
    out = list(spans)
    for generation in _GENERATION.finditer(text):
        before = [s for s in out if s.end <= generation.start()]
        if not before or any(s.start < generation.end() and generation.start() < s.end for s in out):
            continue
        origin = before[-1]
        gap = text[origin.end : generation.start()]
        if (origin.kind != "ORIGIN" or len(gap) > _REACH or gap.count(",") + gap.count("،") + gap.count("，") > 1
                or SENTENCE_END.search(gap)):
            continue
        out[out.index(origin)] = PiiSpan(origin.start, generation.end(), "ORIGIN")
    return sorted(out)
