"""Payment cards printed with masked digits: the whole number with some groups hidden
("4970-12**-****-8812", "XXXX XXXX XXXX 0417") and the masked fragment a receipt prints
("**** 0417", "*0417", "xxxx-0417", "•••• 0417", "····0417").

A fragment is a run of mask characters (``*``, ``•``, ``·``, ``●``, three or more ``x``) and the
four digits right after it, not a sum or a count ("●1200万円", "*1200元" stay). It is a card when
the mask is long (four characters or more) or when a word naming a card or a payment stands
shortly before it in the same line ("carte *0417", "Оплата: *0417", "결제 **0417"). The mask goes with the digits: both are the
card's print. A footnote star ("*2 pieces"), bold markup ("**2025**"), a size ("XXL 40") or a count
("x 12", "max 900") is none.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.spans import PiiSpan
from lvmh_pipeline.lib.privacy.spoken.endings import CARD_WORD

__all__ = ["ISSUER_PREFIX", "find_masked_cards", "has_mask"]

_MASK_CHARS = "*•·●∙"
_ALNUM = r"0-9A-Za-z_À-ÿĀ-žА-Яа-яЁё\u0621-\u064a"  # letters and digits of the scripts with blanks
# Visa, Mastercard, Amex, Discover, Diners, JCB, UnionPay, Maestro (also read by :mod:`.contacts`).
ISSUER_PREFIX = re.compile(r"4|5[0-8]|2[2-7]|3[0478]|35|6[0-9]")

# Four groups of four digits or mask characters, some of each.
_WHOLE = re.compile(r"(?<![\w*•·●∙])[0-9*xX•·●∙]{4}(?:[ \-][0-9*xX•·●∙]{4}){3}(?![\w*•·●∙])")
# A mask (groups of mask characters, or of three or more x) then the visible digits.
_MASK_GROUP = r"(?:[*•·●∙]{1,8}|(?<![^\W\d_])[xX]{3,8})"
_FRAGMENT = re.compile(
    # not a piece of a longer code ("ref 1234-xxxx-xxxx-5678", "XXXX-2024-XXXX-0001")
    # glued to Chinese, Japanese or Korean words as these scripts write it ("卡号****0417", "**0417로")
    rf"(?<![{_ALNUM}*•·●∙])(?<![{_ALNUM}*•·●∙]-)(?<![\d*•·●∙] ){_MASK_GROUP}(?:[ \-]?{_MASK_GROUP}){{0,3}}[ \-]?"
    rf"(?P<digits>\d{{4}})(?![{_ALNUM}*•·●∙]|[.,/\-][{_ALNUM}*•·●∙])"
    r"(?![ \t]?(?:€|\$|£|¥|₽|%|(?i:eur|euros?|usd|chf|gbp|rub|aed|k)(?![^\W\d_])))"  # "• 1200 € cash": a sum
    r"(?![万萬千百億亿円元원만천억回个個件点點名本枚位杯瓶箱年月日歳岁세살시분時])"  # "●1200万円", "*1200元", "*2025年"
)
# Words of payment that, like a card's name, say what a masked fragment is.
_PAYMENT_WORD = re.compile(
    r"(?i:pay(?:ment|ed|s)?|paid|paiement|payé|réglé|zahlung|bezahlt|betaling|betaald|pago|pagado|pagamento|"
    r"pagato|pagou|оплат\w*|плат[её]ж\w*)(?![^\W\d_])|支払|決済|付款|支付|结账|結帳|결제|지불|الدفع|دفع"
)
_REACH = 48
_LINE_END = re.compile(r"[\n.;。；!?](?:\s|$)|[\n。；]")


def has_mask(text: str) -> bool:
    """Can ``text`` hold a masked card (a cheap test before the regexes)?"""
    return any(c in text for c in _MASK_CHARS) or "xxx" in text.lower()


def _named_before(text: str, start: int) -> bool:
    """A card's or a payment's name within :data:`_REACH` characters before ``start``, same line."""
    lo = max(0, start - _REACH)
    for pattern in (CARD_WORD, _PAYMENT_WORD):
        for m in pattern.finditer(text, lo, start):
            if not _LINE_END.search(text, m.end(), start):
                return True
    return False


def find_masked_cards(text: str) -> list[PiiSpan]:
    """Masked card numbers and masked fragments (see the module), in text order."""
    if not has_mask(text):
        return []
    spans: list[PiiSpan] = []
    for m in _WHOLE.finditer(text):
        value = m.group()
        digits = sum(c.isdigit() for c in value)
        if 4 <= digits < 16 and (
            (value[:2].isdigit() and ISSUER_PREFIX.match(value)) or _named_before(text, m.start())
        ):
            spans.append(PiiSpan(m.start(), m.end(), "CARD"))
    for m in _FRAGMENT.finditer(text):
        if any(s.start < m.end() and m.start() < s.end for s in spans):
            continue
        mask = sum(not c.isdigit() and c not in " -" for c in m.group())
        long_mask = mask >= 4
        if long_mask or _named_before(text, m.start()):
            spans.append(PiiSpan(m.start(), m.end(), "CARD"))
    return sorted(spans)
