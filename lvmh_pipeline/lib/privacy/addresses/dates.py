"""Dates and hours that look like the start of an address: a day and a month's name ("4 déc.",
"12 mars", "3 de diciembre", "7 мая"), an hour ("14h").

A house number is a number before a street's name; a day before a month's name, or an hour, is none.
:data:`DAY_MONTH` is a regex piece (a day, a blank, a month's name or abbreviation in the languages
of the notes with Latin or Cyrillic letters) used by :mod:`.labelled` to set dates aside, and
:data:`MONTH` and :data:`HOUR` pieces used by :mod:`.extent` to refuse a day or an hour as a house number.
"""

from __future__ import annotations

__all__ = ["DAY_MONTH", "HOUR", "MONTH"]

# Full names, then the abbreviations each language writes (with or without a full stop).
_MONTH_WORDS = (
    # EN
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    # FR
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|"
    "decembre|janv|févr|fév|fevr|avr|juil|déc|"
    # DE, NL
    "januar|jänner|februar|märz|maerz|juni|juli|oktober|dezember|jän|mär|okt|dez|"
    "januari|februari|maart|mei|augustus|mrt|"
    # ES, IT, PT
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
    "ene|abr|ago|dic|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|gen|mag|giu|"
    "lug|set|ott|janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|novembro|dezembro|fev|out|"
    # RU (the genitive of a date)
    "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    "янв|фев|апр|июн|июл|авг|сен|сент|окт|ноя|нояб|дек"
)
MONTH = rf"(?i:{_MONTH_WORDS})(?![^\W\d_])\.?"
# "4 déc.", "12. März", "3 de diciembre", "1er mai", "7 мая"
DAY_MONTH = rf"\d{{1,2}}(?:er|st|nd|rd|th|º|°)?\.?[ \t](?:(?i:de|of)[ \t])?{MONTH}"
# "14h", "9h30" (French hours): "RDV samedi 14h, av. Montaigne" is a time before a shop's street
HOUR = r"\d{1,2}h(?:[0-5]\d)?(?![\w])"
