"""A known given name after an abbreviated kin word of a telegraphic line ("Leroy / ép. Sylvie",
"esp. Graça", "mog. Carla", "Ehefr. Gabi"), which the kin-word scan (whole words) does not see."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify, is_place_month_or_brand
from lvmh_pipeline.lib.privacy.names.positions.words import _given_form

__all__ = ["abbreviated_kin_names"]

_ABBREVIATED_KIN = re.compile(
    r"(?<![\w.])(?:[ÉéEe]p\.|[ÉéEe]pse\.?|[Ee]sp\.|[Mm]og\.|[Mm]ar\.|Ehefr\.|Ehem\.)[ \t]*"
    r"([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?)(?![\w'’-])"
)


def abbreviated_kin_names(text: str) -> list[PiiSpan]:
    if not ("p." in text or "pse" in text or "og." in text or "ar." in text or "fr." in text or "em." in text):
        return []
    spans = []
    for m in _ABBREVIATED_KIN.finditer(text):
        word = m.group(1)
        if _given_form(word) and classify(word) != COMMON and not is_place_month_or_brand(word):
            spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return spans
