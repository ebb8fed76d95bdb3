"""A family name that is a product's name too, closing a full name: "Marcelle Souza Santos",
"Lucía Pérez Carrera". After a given name and a family name found, the next capitalised word
is a further family name (the Iberian and Brazilian way of naming) when the lexicon lists it as
one, even where a house gives a line that name ("Santos" of Cartier, "Carrera" of TAG Heuer):
right after the name, with no house beside it and no size or reference number after it, it
names no product ("Olharam Santos de Cartier" keeps its product)."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.guard import is_place_month_or_brand, is_surname
from lvmh_pipeline.lib.privacy.names.houses import product_line
from lvmh_pipeline.lib.privacy.names.lexicon import BRANDS

__all__ = ["product_word_surnames"]

_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
_NEXT = re.compile(rf"[ \t]+([{_UPPER}][{_LOWER}]+)(?![\w'’\-])")
_NUMBER_OR_HOUSE_AFTER = re.compile(r"[ \t]*(?:\d|[A-Z]{2,}\b)")
_FULL_NAME = re.compile(rf"[{_UPPER}][{_LOWER}]+(?:[ \t]+[{_UPPER}][{_LOWER}]+)+")


def product_word_surnames(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """The family names that are products' names too closing the full names of ``spans``."""
    starts = {s.start for s in spans}
    out = []
    for span in spans:
        if not _FULL_NAME.fullmatch(text, span.start, span.end):
            continue
        m = _NEXT.match(text, span.end)
        if not m or m.start(1) in starts:
            continue
        word = m.group(1)
        if not (is_surname(word) and is_place_month_or_brand(word)) or word.startswith(BRANDS):
            continue
        after = text[m.end() : m.end() + 20]
        if _NUMBER_OR_HOUSE_AFTER.match(after) or after.lstrip().startswith(BRANDS):
            continue  # "Carrera 39", "Santos Cartier": a model
        if product_line(text, m.start(1), m.end(1)):
            continue  # "Santos de Cartier"
        out.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return out
