"""A diaspora community named by its people and the town it lives in (ORIGIN).

"la famiglia [NAME], cinesi di Prato", "os cabo-verdianos da Cova da Moura", "les Arméniens de
Marseille", "the Turks of Kreuzberg": a plural demonym with the place of the community after it
names an ethnic community the client belongs to, as the "comunità … di" phrases of the lexicon do.
The demonym is a noun there: it opens its phrase (after the start of a line, a punctuation mark or
a plural article) and is plural (Italian "-i", the other Latin-script languages "-s"); the place is
capitalised. A nationality alone stays readable ("un couple coréen", "japonais": most development
writers leave a client's bare nationality unmarked), and so does a product's origin ("orologi
svizzeri di Ginevra": the demonym follows a noun).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from lvmh_pipeline.lib.privacy.spans import PiiSpan, add_free
from lvmh_pipeline.lib.privacy.special.lexicon import LEXICON_PATH

__all__ = ["diaspora_communities"]

_MIN_STEM = 4  # letters of a demonym stem read here ("rom", "turc" alone are too many words' starts)
_LANGUAGES = ("IT", "ES", "FR", "PT", "EN", "NL", "DE")
_ARTICLES = ("i", "gli", "los", "las", "les", "os", "as", "the", "de", "die", "I", "Gli", "Los", "Las", "Les", "Os", "As",
             "The", "De", "Die")
_OPENING = "(?:^|(?<=[\n,;:(\-–—][ \t])|(?<=[\n,;:(\-–—])|" + "|".join(
    rf"(?<=(?<![^\W\d_]){a} )" for a in _ARTICLES) + ")"
_WORD = r"[A-ZÀ-Ý][\w\-]+(?:['’][\w\-]+)*"  # a closing quote after the place is no part of it
_NAMED = rf"{_WORD}(?:[ \t]+{_WORD})?"  # a place of one or two capitalised words ("Vila Nova")
_PLACE = rf"{_NAMED}(?:[ \t]+(?:da|do|de|di|del|della|la)[ \t]+{_NAMED})?"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    doc = json.loads(LEXICON_PATH.read_text(encoding="utf-8"))["demonyms"]
    stems = sorted({d for lang in _LANGUAGES for d in doc.get(lang, ()) if len(d) >= _MIN_STEM and " " not in d},
                   key=len, reverse=True)
    words = "|".join(re.escape(s) for s in stems)
    return re.compile(
        rf"{_OPENING}(?i:(?:cabo|nipo|afro|sino|italo)-)?(?i:{words})[^\W\d_]*?(?:(?<=i)|(?<=s))"
        rf"[ \t]+(?:di|de|da|do|des|du|from|of|in|uit|aus)[ \t]+{_PLACE}",
        re.MULTILINE)


def diaspora_communities(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    """``spans`` (sorted, non-overlapping, original offsets) with each diaspora community of the
    module doc that overlaps no span as a new ORIGIN span."""
    if not any(c.isupper() for c in text):
        return spans
    found = [PiiSpan(m.start(), m.end(), "ORIGIN") for m in _pattern().finditer(text)]
    return add_free(spans, found) if found else spans
