"""Money amounts in free text: quantities, currencies, ranges, open / capped ends.

Pure lexical layer used by :mod:`lvmh_pipeline.lib.concepts.budgets.budget`; it knows nothing about budget
keywords. Quantities (digits, multipliers, numbers in words, CJK/Hangul numerals) are read by
:mod:`lvmh_pipeline.lib.concepts.budgets.numbers`, currencies by
:mod:`lvmh_pipeline.lib.concepts.budgets.currencies`. Amounts are returned in the currency they were
written in — or, with none written, the note language's default currency (:func:`default_currency`)
— with the EUR value from the fixed conversion table.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from lvmh_pipeline.lib.concepts.budgets.currencies import (
    CURRENCY_FIRST_CHARS,
    CURRENCY_FIRST_WORDS,
    DEFAULT_CURRENCIES,
    DEFAULT_CURRENCIES_ENV,
    EUR_PER_UNIT,
    currency_after,
    currency_at,
    currency_before,
    currency_words,
    default_currency,
    has_currency_sign,
    might_hold_currency,
    phrase_currency,
)
from lvmh_pipeline.lib.concepts.budgets.numbers.quantities import NUMBER_FIRSTS
from lvmh_pipeline.lib.concepts.budgets.numbers.won_units import MAN_WON_BELOW
from lvmh_pipeline.lib.concepts.budgets.numbers import (
    MULTIPLIER_WORDS as _DIGIT_MULTIPLIER_WORDS,
    Quantity, is_number_start, past_article, scan_quantity, to_float,
)

__all__ = [
    "CAP_SUFFIXES", "DEFAULT_CURRENCIES", "DEFAULT_CURRENCIES_ENV", "EUR_PER_UNIT", "MAN_WON_BELOW", "OPEN_SUFFIXES",
    "AmountMatch", "currency_words", "default_currency", "find_amount_matches", "has_currency_sign",
    "might_hold_currency", "phrase_currency", "to_float",
]

_SPACES = frozenset(" \u00a0\u202f")
_WORD_RE = re.compile(r"[^\W\d_]+")
_RANGE_SYMBOLS = ("-", "–", "—", "~", "〜", "～", "/", "至", "到", "から", "에서", "、")
_RANGE_WORDS = ("à", "a", "to", "bis", "tot", "до", "e", "et", "y", "and", "und", "en", "и",
                "ou", "or", "o", "u", "oder", "of", "или", "إلى", "الى", "up to", "jusqu'à", "jusqu’à", "jusqu'a",
                "hasta", "fino a", "até", "bis zu", "tot en met", "حتى", "لـ", "لين",
                "e i", "e le", "e gli", "y los", "y las", "e os", "e as", "et les")  # "tra i cinque e i seimila"
OPEN_SUFFIXES = ("以上", "이상", "초과", "넘게", "起", "から", "〜", "～")
CAP_SUFFIXES = ("以内", "以內", "以下", "まで", "未満", "이하", "이내", "미만", "까지", "之内", "之內", "内", "內", "封顶", "封頂")
_PLUS_WORDS = ("plus", "and up", "and above", "et plus", "e più", "o más", "y más", "und mehr", "ou mais", "of meer",
               "и выше", "и более", "أو أكثر", "فما فوق", "وما فوق")


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_SP = r"[ \u00a0\u202f]"
_RANGE_WORD_ALT = "|".join(
    rf"(?<=\s){re.escape(w).replace(chr(92) + ' ', _SP)}(?=\s)" for w in sorted(_RANGE_WORDS, key=len, reverse=True)
)
_SEP_RE = re.compile(
    rf"{_SP}?(?:-{_SP}(?:bis|und|to|à|a|tot|до|и|e|y|et|en)(?={_SP})|{_alternation(_RANGE_SYMBOLS)}|"
    rf"{_RANGE_WORD_ALT}|و|ل(?=[^\W\d_]{{3}})){_SP}?"  # glued "و" (and), "ل" (to): "من ألفين لثلاثة آلاف"
    rf"(?:(?<=[至到から에서])(?:…+|\.{{3}}){_SP}?)?",  # a pause after a dense "to": "两万到……两万五"
    re.IGNORECASE,
)
_PLUS_RE = re.compile(rf"{_SP}?\+|\s(?:{_alternation(_PLUS_WORDS)})(?![^\W\d_])(?!\s+to\b)", re.IGNORECASE)  # not "and up to"
_SUFFIX_RE = re.compile(rf"{_SP}?({_alternation(OPEN_SUFFIXES + CAP_SUFFIXES)})(?!\d)")

_SEP_FIRSTS = frozenset("".join(_RANGE_SYMBOLS) + "".join(_RANGE_WORDS) + "و").union(
    c.upper() for c in "".join(_RANGE_WORDS))
_PLUS_FIRSTS = frozenset("+" + "".join(w[0] + w[0].upper() for w in _PLUS_WORDS))
_SUFFIX_FIRSTS = frozenset(w[0] for w in OPEN_SUFFIXES + CAP_SUFFIXES)


def _may_start(text: str, pos: int, stop: int, firsts: frozenset[str]) -> bool:
    """Cheap gate before a regex: the character at ``pos`` (after one space) could start it."""
    if pos < stop and text[pos] in _SPACES:
        pos += 1
    return pos < stop and text[pos] in firsts


_NUM = r"\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])|\d{1,3}(?:[ \u00a0\u202f.,'’]\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d+(?:[.,]\d+)?"
_USE_FAST = True  # the regex fast path of _amount_at (tests compare it with the full reader)
_FAST_RE = re.compile(
    rf"(?P<n1>{_NUM})(?P<k1>[kK])?"
    rf"(?:(?:{_SP}?[-–—~〜～/至到]{_SP}?|{_SP}(?:à|a|to|bis|tot|до|и|e|y|et|and|und|en|إلى){_SP})"
    rf"(?P<n2>{_NUM})(?P<k2>[kK])?)?"
    rf"(?P<plus>\+)?(?P<cur>{_SP}?[€$£])?"
)
_FAST_STOPPERS = frozenset("-–—~〜～/+'’€$£¥￥₩₽₹฿、") | frozenset(_SUFFIX_FIRSTS)
_FAST_UNSAFE_WORDS = frozenset(
    [re.split(r"[\s'’]", w)[0] for w in _RANGE_WORDS] + [w.split()[0] for w in _PLUS_WORDS] + ["de", "di", "of", "d"]
    + [w for w in _DIGIT_MULTIPLIER_WORDS]
)
# (a word start is an anchor only when its letter may start a number: the others never pass the gate below)
_WORD_FIRSTS = "".join(sorted(re.escape(ch) for ch in NUMBER_FIRSTS if re.match(r"[^\W\d_]", ch)))
_ANCHOR_RE = re.compile(rf"(?<![\d.,٫٬])\d|[一二三四五六七八九十百千两兩〇零]|(?<![^\W\d_])[{_WORD_FIRSTS}]")
_DIGIT_RE = re.compile(r"\d(?<![\d.,٫٬]\d)")  # (look-behind after the digit: the engine jumps to digits)


class AmountMatch(NamedTuple):
    """One amount or range as written: quantities, currency spellings, open/cap markers."""

    start: int
    end: int
    q1: Quantity
    q2: Quantity | None
    first_end: int  # end of the first amount alone (with its currency), for a rejected range
    currencies: tuple[str, ...]  # spellings before/after the numbers, in order
    plus: bool  # "35K+", "5K et plus"
    suffix: str  # 以上 / 이하 / まで …
    hangul: bool  # a Hangul multiplier (만, 천 …) was written


def find_amount_matches(
    text: str, start: int = 0, end: int | None = None, *, words: bool = True, anchor_end: int | None = None,
    marked_only: bool = False,
) -> Iterator[AmountMatch]:
    """Amounts in ``text[start:end]``, in order, anchored on digits and (with ``words``) on
    number words and CJK/Hangul numerals; ``anchor_end`` bounds where an amount may start;
    ``marked_only`` skips most amounts written without a currency early (a range is still read,
    its currency may come after it), for callers that only want currency-marked amounts."""
    stop = len(text) if end is None else end
    consumed = start
    anchors = _ANCHOR_RE if words else _DIGIT_RE
    for anchor in anchors.finditer(text, start, stop if anchor_end is None else min(anchor_end, stop)):
        pos = anchor.start()
        if pos < consumed:
            continue
        ch = text[pos]
        if not ch.isdigit() and (ch not in NUMBER_FIRSTS or not is_number_start(text, pos)):
            continue  # (the gate first: no call for a word that starts no number)
        found = _amount_at(text, pos, consumed, stop, marked_only)
        if found is not None:
            consumed = found.end
            yield found


def _fast_amount(text: str, pos: int, stop: int, marked_only: bool, pre: tuple[str, int] | None) -> AmountMatch | None:
    """The commonest shapes in one regex ("3-4K", "5K", "1500€", "$3K", "650 euros",
    "2 000 à 3 300 €", "1,100欧元"); None when anything that could extend the amount follows
    (the full reader then decides)."""
    match = _FAST_RE.match(text, pos, stop)
    if match is None:
        return None
    end = match.end()
    currencies = [pre[0]] if pre is not None else []
    cur = match.group("cur")
    if cur:
        currencies.append(cur.strip(" \u00a0\u202f"))
    elif not match.group("plus"):
        post = currency_after(text, end, stop)
        if post is not None:
            currencies.append(post[0])
            end = post[1]
    if end < stop:
        ch = text[end]
        if ch.isalnum() or ch in _FAST_STOPPERS or (ch in ".," and end + 1 < stop and text[end + 1].isalnum()):
            return None  # "5 mila", "50万", "5K-", "2 Mio."
        if ch in _SPACES and end + 1 < stop:
            nxt = text[end + 1]
            if nxt.isdigit() or nxt in _FAST_STOPPERS or nxt in CURRENCY_FIRST_CHARS:
                return None
            if nxt.isalpha():
                word = _WORD_RE.match(text, end + 1, stop).group().lower()
                if word in _FAST_UNSAFE_WORDS or word in CURRENCY_FIRST_WORDS:
                    return None  # "5 mila", "3 à 4K", "5K euros", "5K de …"
    if marked_only and not currencies:
        return None
    n1, k1, n2, k2, plus, _ = match.groups()
    v1 = float(n1) if n1.isdigit() else to_float(n1)
    if k1:
        q1 = Quantity(v1 * 1e3, pos, match.end("k1"), True, True, False, 1e3, 1e3, None)
    else:
        q1 = Quantity(v1, pos, match.end("n1"), False, False, False, 1.0, 1.0, n1)
    q2 = None
    if n2:
        v2 = float(n2) if n2.isdigit() else to_float(n2)
        if k2:
            q2 = Quantity(v2 * 1e3, match.start("n2"), match.end("k2"), True, True, False, 1e3, 1e3, None)
        else:
            q2 = Quantity(v2, match.start("n2"), match.end("n2"), False, False, False, 1.0, 1.0, n2)
    first_end = q1.end if n2 or plus else end
    begin = pre[1] if pre is not None else pos
    return AmountMatch(begin, end, q1, q2, first_end, tuple(currencies), bool(plus), "", False)


def _amount_at(text: str, pos: int, consumed: int, stop: int, marked_only: bool = False) -> AmountMatch | None:
    if _USE_FAST and text[pos].isdigit():
        pre = currency_before(text, pos, consumed) if pos > consumed else None
        fast = _fast_amount(text, pos, stop, marked_only, pre)
        if fast is not None:
            return fast
    q1 = scan_quantity(text, pos, stop)
    if q1 is None:
        return None
    currencies: list[str] = []
    begin = pos
    if text[pos].isdigit() and pos > consumed:
        before = currency_before(text, pos, consumed)
        if before is not None:
            currencies.append(before[0])
            begin = before[1]
    at = q1.end
    cur1 = currency_after(text, at, stop)
    if cur1 is not None:
        currencies.append(cur1[0])
        at = cur1[1]
    first_end = at
    q2 = None
    may_sep = _may_start(text, at, stop, _SEP_FIRSTS)
    if marked_only and not currencies and not may_sep:
        return None
    sep = _SEP_RE.match(text, at, stop) if may_sep else None
    if sep is not None:
        q2_at = past_article(text, sep.end(), stop)  # "five hundred to a thousand"
        pre2 = currency_at(text, q2_at, stop)
        if pre2 is not None:
            q2_at = pre2[1] + (1 if pre2[1] < stop and text[pre2[1]] in _SPACES else 0)
        if q2_at < stop and (text[q2_at].isdigit() or is_number_start(text, q2_at)):
            q2 = scan_quantity(text, q2_at, stop)
            if q2 is not None and q2.words != q1.words and not q1.multiplier and not q2.multiplier:
                q2 = None
            if q2 is not None:
                if pre2 is not None:
                    currencies.append(pre2[0])
                at = q2.end
    plus = _PLUS_RE.match(text, at, stop) if _may_start(text, at, stop, _PLUS_FIRSTS) else None
    if plus is not None:
        at = plus.end()
    post = currency_after(text, at, stop)
    if post is not None:
        currencies.append(post[0])
        at = post[1]
    suffix = _SUFFIX_RE.match(text, at, stop) if _may_start(text, at, stop, _SUFFIX_FIRSTS) else None
    if suffix is not None:
        at = suffix.end()
    hangul = q1.hangul or (q2 is not None and q2.hangul)
    return AmountMatch(begin, at, q1, q2, first_end, tuple(currencies), plus is not None,
                       suffix.group(1) if suffix else "", hangul)
