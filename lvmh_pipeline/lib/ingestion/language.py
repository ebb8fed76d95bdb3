"""Language identification of client-advisor notes and normalisation of language labels.

Twelve languages: FR EN IT ES DE PT NL RU JA KO ZH AR. Non-Latin scripts are decided by the
script itself (kana → JA, hangul → KO, Han only → ZH, Cyrillic → RU, Arabic → AR); Latin-script
text is scored with word lists, affixes and diacritics from :mod:`language_lexicon`.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from lvmh_pipeline.lib.ingestion.language_lexicon import (
    CLUSTERS,
    LATIN_LANGUAGES,
    LETTER_CUES,
    LEXICONS,
    SUFFIXES,
)

LANGUAGES: tuple[str, ...] = (
    "FR", "EN", "IT", "ES", "DE", "PT", "NL", "RU", "JA", "KO", "ZH", "AR",
)
DEFAULT_LANGUAGE = "EN"

_WORD = re.compile(r"[^\W\d_]+")
_SUFFIX_WEIGHT = 0.35
_CLUSTER_WEIGHT = 0.08
# Japanese-only characters that may appear in kana-free Japanese (様 is 样 in Chinese).
_JA_ONLY_HAN = frozenset("様々〆")
# A CJK character carries about as much evidence as a few Latin letters.
_CJK_LETTER_WEIGHT = 3


@dataclass(frozen=True)
class LanguageGuess:
    """Result of :func:`guess_language`.

    ``confidence`` is 0 when the text holds no evidence, 1 for an unambiguous script, and for
    Latin-script text the relative margin between the best and the second-best score.
    """

    language: str
    confidence: float
    scores: dict[str, float] = field(default_factory=dict)


_SCRIPTS: dict[str, re.Pattern[str]] = {
    "kana": re.compile("[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9d]"),
    "hangul": re.compile("[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]"),
    "han": re.compile("[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]"),
    "cyrillic": re.compile("[\u0400-\u04ff]"),
    "arabic": re.compile("[\u0621-\u064a\u0671-\u06d3\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]"),
    "latin": re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]"),
}


def _script_counts(text: str) -> dict[str, int]:
    """Number of letters of each script in ``text``."""
    if text.isascii():  # no letter of the other scripts to count
        return {name: len(pattern.findall(text)) if name == "latin" else 0 for name, pattern in _SCRIPTS.items()}
    return {name: len(pattern.findall(text)) for name, pattern in _SCRIPTS.items()}


def _script_language(text: str, counts: dict[str, int]) -> str | None:
    """The language fixed by a non-Latin script, when that script dominates the text."""
    cjk = counts["hangul"] + counts["kana"] + counts["han"]
    weights = {
        "latin": counts["latin"],
        "cyrillic": counts["cyrillic"],
        "arabic": counts["arabic"],
        "cjk": cjk * _CJK_LETTER_WEIGHT,
    }
    best = max(weights, key=lambda k: weights[k])
    if weights[best] == 0 or best == "latin":
        return None
    if best == "cyrillic":
        return "RU"
    if best == "arabic":
        return "AR"
    if counts["hangul"] and counts["hangul"] >= counts["kana"]:
        return "KO"
    if counts["kana"] or any(ch in _JA_ONLY_HAN for ch in text):
        return "JA"
    return "ZH"


@lru_cache(maxsize=65536)
def _token_scores(token: str) -> tuple[float, ...]:
    """Evidence one lower-case word gives each Latin language (in ``LATIN_LANGUAGES`` order)."""
    owners = [token in LEXICONS[lang] for lang in LATIN_LANGUAGES]
    if any(owners):
        share = 1.0 / sum(owners)
        return tuple(share if owned else 0.0 for owned in owners)
    if len(token) < 3:
        return (0.0,) * len(LATIN_LANGUAGES)
    scores = []
    for lang in LATIN_LANGUAGES:
        score = _SUFFIX_WEIGHT if token.endswith(SUFFIXES[lang]) else 0.0
        hits = sum(1 for cluster in CLUSTERS[lang] if cluster in token)
        scores.append(score + _CLUSTER_WEIGHT * min(hits, 2))
    return tuple(scores)


def _latin_scores(text: str) -> dict[str, float]:
    lowered = unicodedata.normalize("NFC", text.lower())
    totals = [0.0] * len(LATIN_LANGUAGES)
    for token in _WORD.findall(lowered):
        values = _token_scores(token)
        if any(values):  # adding zeros changes no total
            totals = list(map(operator.add, totals, values))
    scores = dict(zip(LATIN_LANGUAGES, totals, strict=True))
    for letter, weights in LETTER_CUES.items():
        n = lowered.count(letter)
        if n:
            for lang, weight in weights.items():
                scores[lang] += weight * n
    return scores


def guess_language(text: str) -> LanguageGuess:
    """Detect the language of ``text`` and say how sure the guess is."""
    if not isinstance(text, str) or not text.strip():
        return LanguageGuess(DEFAULT_LANGUAGE, 0.0)
    counts = _script_counts(text)
    script_lang = _script_language(text, counts)
    if script_lang is not None:
        return LanguageGuess(script_lang, 1.0, {script_lang: 1.0})
    scores = _latin_scores(text)
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], LATIN_LANGUAGES.index(kv[0])))
    (best, top), (_, second) = ranked[0], ranked[1]
    if top <= 0:
        return LanguageGuess(DEFAULT_LANGUAGE, 0.0, scores)
    return LanguageGuess(best, round((top - second) / top, 4), scores)


def detect_language(text: str) -> str:
    """Upper-case code (one of :data:`LANGUAGES`) of the language ``text`` is written in.

    Text with no letters at all gives :data:`DEFAULT_LANGUAGE`; use :func:`guess_language` to see
    the confidence.
    """
    return guess_language(text).language


_NAMES: dict[str, tuple[str, ...]] = {
    "FR": ("fr", "fra", "fre", "french", "français", "francais", "française", "francese",
           "francés", "frances", "französisch", "francês", "frans"),
    "EN": ("en", "eng", "english", "anglais", "inglese", "inglés", "ingles", "englisch", "inglês",
           "engels"),
    "IT": ("it", "ita", "italian", "italien", "italiano", "italienisch", "italiaans"),
    "ES": ("es", "spa", "spanish", "espagnol", "español", "espanol", "castellano", "spagnolo",
           "spanisch", "espanhol", "spaans"),
    "DE": ("de", "deu", "ger", "german", "allemand", "deutsch", "tedesco", "alemán", "aleman",
           "alemão", "duits"),
    "PT": ("pt", "por", "portuguese", "portugais", "português", "portugues", "portoghese",
           "portugués", "portugiesisch", "portugees"),
    "NL": ("nl", "nld", "dut", "dutch", "néerlandais", "neerlandais", "nederlands", "olandese",
           "neerlandés", "niederländisch", "holländisch", "flemish", "vlaams"),
    "RU": ("ru", "rus", "russian", "russe", "русский", "russo", "ruso", "russisch", "russisch"),
    "JA": ("ja", "jp", "jpn", "japanese", "japonais", "日本語", "giapponese", "japonés",
           "japanisch", "japonês", "japans"),
    "KO": ("ko", "kr", "kor", "korean", "coréen", "coreen", "한국어", "조선어", "coreano",
           "koreanisch", "koreaans"),
    "ZH": ("zh", "zho", "chi", "cmn", "chinese", "chinois", "中文", "汉语", "漢語", "普通话",
           "國語", "华语", "cinese", "chino", "chinesisch", "chinês", "chinees", "mandarin"),
    "AR": ("ar", "ara", "arabic", "arabe", "العربية", "عربي", "arabo", "árabe", "arabisch"),
}
_NAME_TO_CODE: dict[str, str] = {
    name: code for code, names in _NAMES.items() for name in names
}


def normalize_language_code(value: object) -> str | None:
    """Map a language label (``fr``, ``fr-FR``, ``French``, ``Deutsch``, ``日本語`` …) to its code.

    Returns None for empty, missing or unknown values.
    """
    if not isinstance(value, str):
        return None
    cleaned = unicodedata.normalize("NFC", value).strip().casefold()
    if not cleaned:
        return None
    if cleaned in _NAME_TO_CODE:
        return _NAME_TO_CODE[cleaned]
    # Locale tags: fr-FR, pt_BR, zh-Hans-CN, en-GB.
    primary = re.split(r"[-_\s(]", cleaned, maxsplit=1)[0]
    return _NAME_TO_CODE.get(primary)


# The declared language is overridden only when the detector is this sure and the text has
# enough words to judge.
CONTRADICTION_CONFIDENCE = 0.5
CONTRADICTION_MIN_WORDS = 4


def resolve_language(declared: str, text: str) -> tuple[str, bool]:
    """(language, detected?) of a note: the declared code unless missing, unknown or
    contradicted by the text."""
    code = normalize_language_code(declared)
    guess = guess_language(text)
    if code is None:
        return guess.language, True
    contradicted = (
        guess.language != code
        and guess.confidence >= CONTRADICTION_CONFIDENCE
        and len(text.split()) >= CONTRADICTION_MIN_WORDS
        and guess.scores.get(code, 0.0) <= 0.5 * max(guess.scores.values(), default=0.0)
    )
    return (guess.language, True) if contradicted else (code, False)
