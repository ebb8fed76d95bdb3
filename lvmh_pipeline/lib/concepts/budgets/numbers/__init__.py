"""Quantities in free text: digits, multipliers and numbers written in words, in 12 languages.

``5K``, ``3,5 Mio.``, ``zwei K``, ``two grand``, ``a couple of thousand``, ``deux mille cinq
cents``, ``tremila``, ``fünfundzwanzigtausend``, ``пятьсот тысяч``, ``полмиллиона``,
``五十万``, ``2千万``, ``1억 5천만``, ``오백만``, ``خمسة آلاف`` …

A quantity is read as a sequence of tokens — a number (digits or a number word), a small
multiplier (hundred; 十 百 千 / 십 백 천 inside a myriad group) or a large one closing a group
(thousand, K, million; 万 億 / 만 억) — and summed the usual way, group by group. Words of
Italian, German and Dutch are glued ("duemilacinquecento") and split into known parts. A
sequence stops where it would stop making sense ("dois e três mil" is the range 2-3 thousand,
"5K a month" is 5K), so that range words and other text are left to the caller.

Modules: ``words`` (the number-word lexicon of every language, :func:`word_tokens`), ``sums``
(summing tokens group by group, and where a sequence stops), ``quantities`` (:func:`scan_quantity`,
:func:`is_number_start`), ``values`` (:class:`Quantity`, :func:`to_float`, :func:`is_year`), ``word_scan`` (the
general reader of a number in words and digits); :func:`past_article`. Multipliers a speaker leaves unsaid:
``won_units`` (Korean won counted in 만: "예산 200") and ``rouble_thousands`` ("бюджет 300" in thousands of roubles).
"""

from lvmh_pipeline.lib.concepts.budgets.numbers.quantities import Quantity, is_number_start, scan_quantity, to_float
from lvmh_pipeline.lib.concepts.budgets.numbers.words import MULTIPLIER_WORDS

__all__ = ["MULTIPLIER_WORDS", "Quantity", "is_number_start", "past_article", "scan_quantity", "to_float"]


def past_article(text: str, pos: int, stop: int) -> int:
    """Where the second number of a range starts: past an English article before a bare
    multiplier ("five hundred to a thousand", "between two hundred and a thousand")."""
    if pos + 2 < stop and text[pos] in "aA" and text[pos + 1] == " " and is_number_start(text, pos + 2):
        return pos + 2
    return pos
