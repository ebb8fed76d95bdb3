"""A given name after a kin word, a comma and the article a Romance language puts before a
person's given name: "para a filha, a Rosimeire, em maio", "il nipote, il Tommasino, …", "la nuera,
la Yuleisy." — a word missing from the lexicon, closed by punctuation; and one after a spouse word
opening a telegraphic sentence, closed by punctuation ("Marito Tancredi.", "Husband Tarquin;") — not
after a German noun, and not a profession, a place or a brand.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.cues import scan
from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify, fold, is_place_month_or_brand, is_vocabulary
from lvmh_pipeline.lib.privacy.names.lexicon import KIN_WORDS, ROLE_TITLES, TITLE_WORDS_LOWER

# "the" / "die" / "le" are left out: "his wife, the Countess", "seine Frau, die Ärztin"
_COMMA_ARTICLE = re.compile(
    r"[ \t]*,[ \t]*(?:a|o|la|il|el|lo)[ \t]+([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{2,14})(?=[ \t]*[,.;:)!?—–\n]|$)"
)

_SPOUSE_OPENING = re.compile(
    r"(?:^|(?<=[.;!?\n])[ \t]*|(?<=[.;!?\n][ \t]))(?:Marito|Moglie|Husband|Wife|Mari|Épouse|Esposo|Esposa|Marido|Mulher|Муж|Жена)"
    r"[ \t]+([A-ZÀ-ÖØ-ÞА-ЯЁ][a-zà-öø-ÿа-яё]{2,14})(?=[ \t]*[.;,:\n]|$)"
)


def kin_article_names(text: str) -> list[PiiSpan]:
    """Given names after "<kin word>, <article>" or a spouse word opening a sentence (see the module);
    not a place, a brand, a title or a word."""
    spans = []
    for m in _spouse_matches(text) + _article_matches(text):
        word = m.group(1)
        if classify(word) == COMMON or is_vocabulary(word) or is_place_month_or_brand(word) or (
            word.casefold() in TITLE_WORDS_LOWER or word in ROLE_TITLES or fold(word) in KIN_WORDS
        ):  # "a mãe, a Dona …", "su marido, el Coronel": a title or a rank
            continue
        spans.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return spans


def _article_matches(text: str) -> list[re.Match[str]]:
    if "," not in text:
        return []
    return [m for _start, stop, _kin in scan(text).kin if (m := _COMMA_ARTICLE.match(text, stop))]


def _spouse_matches(text: str) -> list[re.Match[str]]:
    if not any(w in text for w in ("Mari", "Moglie", "Husband", "Wife", "Épouse", "Espos", "Mulher", "Муж", "Жена")):
        return []
    return list(_SPOUSE_OPENING.finditer(text))
