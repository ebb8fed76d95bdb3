"""German ages said as an owned ordinal in words: "für Papas Sechzigsten", "[NAME]s Vierzigsten im Frühjahr",
"seinen Fünfundsiebzigsten", "ihrem Achtzehnten", "zum Fünfundvierzigsten", an article's "wegen dem Sechzigsten von
ihrem Vater" / "des Siebzigsten seiner Mutter" (above 31, its owner after it) (the taxonomy's aliases hold only
"zum Vierzigsten" and the other round tens).

The ordinal stands alone (nominalised): a capitalised noun after it makes it an attribute ("ihren zwanzigsten
Hochzeitstag", "seinem dreißigsten Dienstjubiläum": not an age; "zum zwanzigsten Mai": a date). After "zum" the
ordinal must be above 31, which no day of a month is ("bis zum Zwanzigsten" is a date). A numeric ordinal before the
abbreviation "Geb." ("60. Geb. Ehefrau") is the birthday too (:func:`abbreviated_birthdays`; "geb. Müller", née, is not).
:func:`german_ordinal_ages` gives the ``birthday`` hits in folded coordinates, for
:mod:`~lvmh_pipeline.lib.concepts.occasions.phrases.worded_ages`.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.common.text import NormalizedText, to_folded

__all__ = ["abbreviated_birthdays", "german_ordinal_ages"]

_UNITS = {"ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "fuenf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9}
_TENS = {"zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50, "fuenfzig": 50, "sechzig": 60,
         "siebzig": 70, "achtzig": 80, "neunzig": 90}
_TEENS = {"sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19}


def _alt(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_ORDINAL = (rf"(?P<unit>{_alt(_UNITS)})?(?:und)?(?P<tens>{_alt(_TENS)})st"
            rf"|(?P<teen>{_alt(_TEENS)})t|(?P<hundred>hundert)st")
_OWNED = re.compile(
    r"(?<![^\W\d_])(?:(?P<zum>zum)|(?P<art>dem|den|des)|seinen|seinem|seines|ihren|ihrem|ihres|meinen|meinem|deinen|deinem|"
    r"\[NAME\]s?|[A-ZÄÖÜ][a-zäöüß]+s)\s+"
    rf"(?P<word>(?i:{_ORDINAL})(?:e|en|er|em|es)?)(?![^\W\d_])"
)
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
# Whose age an article's ordinal is: "dem Sechzigsten von ihrem Bruder", "des Siebzigsten ihres Vaters".
_WHOSE = frozenset("von ihres seines meines deines unseres eures ihrer seiner meiner deiner unserer des der".split())


def _value(match: re.Match[str]) -> int:
    if match.group("hundred"):
        return 100
    if match.group("teen"):
        return _TEENS[match.group("teen").lower()]
    unit = match.group("unit")
    return _TENS[match.group("tens").lower()] + (_UNITS[unit.lower()] if unit else 0)


def german_ordinal_ages(nt: NormalizedText, birthday: int) -> list[tuple[int, int, int]]:
    """(start, end, birthday) in folded coordinates for each owned German ordinal age in the note."""
    text = nt.original
    if "st" not in text or birthday < 0:
        return []
    found = []
    for match in _OWNED.finditer(text):
        if match.group("zum") and not match.group("word")[0].isupper():
            continue  # "zum vierzigsten": too close to a date said in lower case
        nxt = _NEXT_WORD.match(text, match.end())
        if nxt is not None and nxt.group(1)[0].isupper():
            continue  # "ihren zwanzigsten Hochzeitstag", "zum Zwanzigsten Mai"
        if match.group("zum") and _value(match) <= 31:
            continue
        if match.group("art") and not (match.group("word")[0].isupper() and _value(match) > 31 and nxt is not None
                                       and nxt.group(1) in _WHOSE):
            continue  # "wegen dem Sechzigsten von ihrem Bruder", "des Siebzigsten ihres Vaters"; not "am dem Zwanzigsten"
        found.append((to_folded(nt, match.start()), to_folded(nt, match.end()), birthday))
    return found


# "60. Geb.": a numeric ordinal, then "Geb." (Geburtstag cut short), not "geb. Müller" (née: no ordinal before it).
_ABBREVIATED = re.compile(r"(?<![\d.])(?P<age>\d{1,3})\.\s?Geb\.(?![^\W\d_])")


def abbreviated_birthdays(nt: NormalizedText, birthday: int) -> list[tuple[int, int, int]]:
    """(start, end, birthday) in folded coordinates for each "60. Geb." of the note (an age of 1 to 120)."""
    if "Geb." not in nt.original or birthday < 0:
        return []
    return [(to_folded(nt, m.start()), to_folded(nt, m.end()), birthday) for m in _ABBREVIATED.finditer(nt.original)
            if 1 <= int(m.group("age")) <= 120]
