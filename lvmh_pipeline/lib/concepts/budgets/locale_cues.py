"""The currency a note's locale cues point to, for an amount written bare (no symbol, code or
currency word): how the advisor talks and what the note names beyond the client's home.

The dev writers label a bare English amount by the shop's locale, and they tell it by cues, not by
a currency: a British note has a UK phone ("+44", a mobile read out as "oh seven …"), British words
("mum", "rang", "ring her back", "quid", "a fiver", "fortnight", "at a push"), British politics
("Labour", "Tory", "Lib Dem", "MP", "councillor", "NHS"); an American one an American phone ("+1",
"(212) 555-…", "917-555-…"), a ZIP code, American words ("mom", "bucks", "Labor Day", "Thanksgiving", "the Fourth of
July", "state senate", "county board", "Republican", "Democrat", "Teamsters").

:func:`locale_currency` counts the cues of each side and returns the side with more of them (a
tie: None). Places are no cue here: where the client lives, works, stays or plays ("banker from
London", "works in Mayfair", "member at Wentworth") does not say the shop's currency (the real
sample's such notes are in euros; the boutique's own place is read by
:func:`~lvmh_pipeline.lib.concepts.budgets.note_currency.place_currency`), nor is spelling ("colors"
in a British client's note) or "grand" (the writers use it on both sides of the Atlantic). When no
cue decides, the caller keeps the house's setting
(:func:`~lvmh_pipeline.lib.concepts.budgets.currencies.default_currency`, EUR by default). Only
English has two locales of its own to tell apart; the other languages' regional currencies (reais,
Moroccan dirhams, Jordanian dinars, Colombian pesos) are read in
:mod:`~lvmh_pipeline.lib.concepts.budgets.note_currency`. The pipeline reads budgets on the
pseudonymized text, where a phone or a party is already ``[PHONE]`` / ``[POLITICS]``: there only the
word cues remain.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["LOCALE_CUES", "locale_cue_counts", "locale_currency"]

_W = r"(?<![^\W\d_])"  # word start
_E = r"(?![^\W\d_])"  # word end

# language -> currency -> cue patterns (one count per pattern that occurs)
LOCALE_CUES: dict[str, dict[str, tuple[str, ...]]] = {
    "EN": {
        "GBP": (
            r"\+ ?44\b",  # UK country code
            r"(?<!\d)0 ?7\d{3} ?\d{3} ?\d{3}(?!\d)",  # UK mobile written out
            rf"{_W}oh seven{_E}",  # UK mobile read out ("oh seven seven …")
            rf"{_W}(?i:mum|mummy|mum's){_E}",
            rf"{_W}(?i:rang){_E}",
            rf"{_W}(?i:ring)(?: (?:us|her|him|them|me))? back{_E}",
            rf"{_W}(?i:quid|fiver|tenner|fortnight|whilst){_E}",
            rf"{_W}(?i:at a push){_E}",
            rf"{_W}(?:Labour|Tory|Tories|Lib Dems?|MP|NHS|A&E)(?!\w)",
            rf"{_W}(?i:councillor){_E}",
        ),
        "USD": (
            r"\+ ?1[ (-]",  # US country code
            r"\(\d{3}\) ?\d{3}-\d{4}(?!\d)",  # (212) 555-0100
            r"(?<![\d-])\d{3}-\d{3}-\d{4}(?![\d-])",  # 917-555-0100
            rf"{_W}five five five{_E}",  # a US number read out
            r"\b[A-Z]{2} \d{5}\b",  # ZIP code ("NY 10580")
            rf"{_W}(?i:mom|mom's|bucks){_E}",
            rf"{_W}(?:Labor Day|Memorial Day|Thanksgiving|Fourth of July|4th of July|fourth of July){_E}",
            rf"{_W}(?i:state senate|county board|county commissioner|city council){_E}",
            rf"{_W}(?:Republican|Democrat|Democratic|Teamsters){_E}",
        ),
    },
}


@lru_cache(maxsize=None)
def _compiled(language: str) -> tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]:
    sides = LOCALE_CUES.get(language, {})
    return tuple((code, tuple(re.compile(p) for p in patterns)) for code, patterns in sides.items())


def locale_cue_counts(text: str, language: str | None) -> dict[str, int]:
    """How many cue patterns of each locale currency occur in ``text`` (a note of ``language``)."""
    sides = _compiled((language or "").upper())
    return {code: sum(p.search(text) is not None for p in patterns) for code, patterns in sides}


def locale_currency(text: str, language: str | None) -> str | None:
    """The currency the locale cues of ``text`` point to, for an amount written without one: the
    side with strictly more cues ("call her on oh seven seven …, mum's birthday": GBP; "Tel
    917-555-0148, for his mom": USD), None with no cue or a tie (the caller keeps the house's
    default currency)."""
    counts = locale_cue_counts(text, language)
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    best, score = ranked[0]
    if score == 0 or (len(ranked) > 1 and ranked[1][1] == score):
        return None
    return best
