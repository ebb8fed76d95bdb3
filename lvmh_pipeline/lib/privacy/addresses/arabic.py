"""Arabic street addresses (for :mod:`.addresses`): "فيلا 23، شارع 17، جميرا 2، دبي".

A street word with its number ("شارع 17", "شقة 5"), or a named building before a numbered part
("برج النخيل، الطابق 12، دبي"), with the parts after it; after the label "العنوان" no number is
needed ("العنوان: حي الورود، شارع الملك فهد، جدة"), nor where a district and a street are chained by a
comma ("إلى: حي الياسمين، شارع الأمير سلطان، جدة", :data:`AR_CHAINED`). Two guards keep the words of a gift note out:

- a number followed by an amount, a currency, a count or a span of time is none: "كل قطعة ١٠٠٠
  درهم" (each piece 1,000 dirhams), "طريق 5 ساعات" (a five-hour drive);
- a word that is also an ordinary noun (a piece, a house, a tower, a compound, a road, a
  district, a block) is an address only with a further part after a comma ("قطعة 3، شارع 15،
  الجابرية"): "يبغى قطعة 2 من المجموعة" (the second piece of the collection) stays.
"""

from __future__ import annotations

import re

__all__ = ["AR_ADDRESS", "AR_CHAINED", "AR_LABEL", "AR_LABELLED", "is_arabic_address"]

_AR_LETTER = "\u0621-\u064a"
_STRONG = "فيلا|شقة|شقه|مبنى|عمارة|منزل|شارع|بناية"
_WEAK = frozenset("برج|بيت|طريق|حي|مجمع|بلوك|قطعة".split("|"))
_AR_KEY = rf"(?:{_STRONG}|{'|'.join(sorted(_WEAK))})"
# Amounts, currencies, counts and spans of time after a number (with or without a space)
_NOT_A_NUMBER_OF_HOUSE = (
    r"(?![0-9٠-٩]|\s?(?:ألف|الف|آلاف|الاف|مليون|ملايين|درهم|دراهم|ريال|دينار|جنيه|دولار|يورو|ليرة|"
    r"سنة|سنوات|سنين|ساعة|ساعات|يوم|أيام|ايام|شهر|أشهر|شهور|دقيقة|دقائق|قطع|قطعة|شركة|شركات|"
    r"%|[$€£]|[kK]\b|AED|SAR|QAR|KWD|BHD|OMR|EGP|JOD|USD|EUR))"
)
_NUMBER = rf"(?:رقم\s?)?[0-9٠-٩]{{1,5}}{_NOT_A_NUMBER_OF_HOUSE}"
_AR_SEGMENT = (
    rf"(?:(?:[{_AR_LETTER}]+\s){{0,2}}[{_AR_LETTER}]+\s?{_NUMBER}"
    rf"|{_AR_KEY}\s(?:ال[{_AR_LETTER}]+\s?){{1,3}}|ال[{_AR_LETTER}]+(?:\sال[{_AR_LETTER}]+)?(?=\s?[،,]))"
)
AR_ADDRESS = re.compile(
    rf"(?<![{_AR_LETTER}])(?P<key>{_AR_KEY})\s?(?:{_NUMBER}"
    # a named building, then a numbered part: "برج النخيل، الطابق 12، دبي"
    rf"|(?:ال[{_AR_LETTER}]+\s?){{1,3}}(?=[،,]\s?(?:[{_AR_LETTER}]+\s){{0,2}}[{_AR_LETTER}]+\s?[0-9٠-٩]))"
    rf"(?P<parts>(?:\s?[،,]\s?{_AR_SEGMENT}){{0,4}}"
    rf"(?:\s?[،,]\s?[{_AR_LETTER}]+(?=\s?[.،,؛;/]|$))?)"
)
# An Arabic address after its label needs no number: "العنوان: حي الورود، شارع الملك فهد، جدة".
AR_LABEL = "عنوان"
AR_LABELLED = re.compile(
    rf"(?:العنوان|عنوانه|عنوانها|عنوان التوصيل|عنوان المنزل)\s?[:：]\s?"
    rf"({_AR_KEY}\s[{_AR_LETTER}]+(?:\s[{_AR_LETTER}]+){{0,2}}(?:\s?[،,]\s?[{_AR_LETTER}]+(?:\s[{_AR_LETTER}]+){{0,2}}){{0,4}})"
)

# A district and a street (either order) chained by a comma, then at most a town: no number, no label needed.
_AR_WORDS = rf"[{_AR_LETTER}]+(?:\s[{_AR_LETTER}]+){{0,3}}"
AR_CHAINED = re.compile(
    rf"(?<![{_AR_LETTER}])((?:حي\s{_AR_WORDS}\s?[،,]\s?شارع|شارع\s{_AR_WORDS}\s?[،,]\s?حي)\s{_AR_WORDS}"
    rf"(?:\s?[،,]\s?[{_AR_LETTER}]+(?:\s[{_AR_LETTER}]+)?(?=\s?[.،,؛;/\n]|$))?)"
)


def is_arabic_address(match: re.Match[str]) -> bool:
    """Whether a match of :data:`AR_ADDRESS` is an address: a street word that is also an ordinary
    noun needs a part after it (see the module doc)."""
    return match.group("key") not in _WEAK or bool(match.group("parts"))
