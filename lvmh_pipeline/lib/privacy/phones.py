"""Phone numbers in notes: international (+33 …, 0044 …) and national forms of the main markets,
in ASCII, full-width and Arabic-Indic digits, kept apart from budgets, dates, years and card numbers."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.spans import PiiSpan
from lvmh_pipeline.lib.privacy.spoken.phones import find_spoken_phones

__all__ = ["CARD_GROUPINGS", "ascii_digits", "count_digits", "find_phones"]

_DIGIT = re.compile(r"\d")


def count_digits(text: str) -> int:
    """The number of digits of ``text``."""
    return len(_DIGIT.findall(text))


# Digit groupings of a printed card number: a run of that shape is no phone (and no card unless Luhn-valid).
CARD_GROUPINGS: tuple[tuple[int, ...], ...] = (
    (4, 4, 4, 4), (4, 4, 4, 4, 3), (4, 4, 4, 4, 2), (4, 4, 4, 4, 1), (4, 4, 4, 3), (4, 4, 4, 1),
    (4, 6, 5), (4, 6, 4), (6, 13), (6, 12),
)


# A letter or digit of a spaced script: CJK and Hangul may touch a number ("電話090…まで").
_WORD_NOT_CJK = r"[^\W\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
# "+" starts a number even glued to a word of any script ("телефон+7916…", "هاتف+9715…"); "00" only
# after a boundary (not inside a longer number or word).
_INTL_PHONE = re.compile(
    rf"(?:(?<![+\d])\+|(?<!{_WORD_NOT_CJK})(?<!\+)00)[1-9]\d{{0,2}}(?:[ .\-]?\(0\))?(?:(?: [-–] |[ .\-/–]?)(?:\(\d{{1,5}}\)|\d{{1,5}})){{1,7}}"
    rf"(?!{_WORD_NOT_CJK})"
)
# A run of digit groups ("06 12 34 56 78", "(212) 555-1234", "089/12345678", "0612345678", the
# area code set off by a spaced slash or dash, or an en dash: "0711 / 23 45 67-0", "06 - 12 34 56
# 78", "06–12345678").
# The look-behinds of a run's start are written after its first character (a "(" or a digit,
# never a line break, hence the "."): the same matches, but the regex engine can then skip
# quickly to the digits and brackets of a note instead of trying every position.
_RUN_START_FREE = rf"(?<!{_WORD_NOT_CJK}.)(?<!\+.)(?<!\d[.\-/].)"
_DIGIT_RUN = re.compile(
    rf"(?:\({_RUN_START_FREE}\d+\)|\d{_RUN_START_FREE}\d*)(?:(?:[ .\-]| ?/ ?| ?– ?| - |(?<=\))|(?=\())(?:\(\d+\)|\d+))*"
    rf"(?!{_WORD_NOT_CJK})"
)
_GROUP = re.compile(r"\d+")
_DATE = re.compile(
    r"(?<![\d.\-/])(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2}))"
    r"(?!\d|[-/.]\d)"
)
_DATE_HINT = re.compile(r"\d[-/.]\d")
_LABEL_WORDS = (
    r"(?:t[ée]l[ée]?(?:phone|fono|efon|efoon)?|phone|mobile?|portable|port\.?|cell(?:ulare)?|"
    r"m[óo]vil|handy|gsm|tlf|tfno|whats ?app|fax|☎|📞|b[üu]ro|office|ufficio|oficina|escrit[óo]rio|kantoor|"
    r"durchwahl|festnetz|landline|fixe"
    # words that name a phone or a way to reach someone in the other scripts and languages
    r"|(?<![^\W\d_])(?:mobiel|bel|telefone|celular|contact|contacto|contatto|contato|kontakt|тел|телефон|моб"
    r"|мобильный|контакт|هاتف|هاتفه|هاتفها|الهاتف|جوال|جواله|جوالها|الجوال|موبايل|رقمه|رقمها|واتساب|واتس"
    r"|تواصل|للتواصل|التواصل)(?![^\W\d_]))"
)
_PHONE_LABEL = re.compile(_LABEL_WORDS + r"\s*[.:]?\s*$", re.IGNORECASE)
# A label, then another contact before the number ("تواصل: dana@… / 3344 5566", "Kontakt: a@b.de oder 3344 5566")
_LABEL_THEN_EMAIL = re.compile(
    _LABEL_WORDS + r"\s*[.:]?\s*(?:\S+@\S+|\[EMAIL\])\s*(?:[/,;|،]|or|ou|o|oder|of|или|أو|او)\s*$", re.IGNORECASE
)
_MONEY_OR_UNIT_AFTER = re.compile(
    r"^\s?(?:[€$£¥%]|[kK]\b|[mM]\b(?!\.)|k€|eur|euros?|chf|usd|gbp|yen|followers|follower|abonnés|"
    r"seguidores|seguaci|subscribers|abonnenten|volgers|ans\b|anni\b|años\b|jahre\b|years\b)",
    re.IGNORECASE,
)
_MONEY_BEFORE = re.compile(r"[€$£¥]\s?$|\b(?:EUR|CHF|USD|GBP)\s?$")
_MAX_PHONE_GROUPS = 8
# "25461.9834", "3.18359375": a decimal number (one dot, no trunk 0), not "06.12.34.56.78".
_DECIMAL = re.compile(r"[1-9]\d*\.\d+")


def _is_year(group: str) -> bool:
    return len(group) == 4 and 1900 <= int(group) <= 2099


_RANGE = re.compile(r"([1-9]\d{2,5})-([1-9]\d{2,5})")


def _amount_range(number: str) -> bool:
    """Two amounts of one size joined by a hyphen, the smaller first ("12000-15000"), not a phone
    split the same way ("98765-43210")."""
    m = _RANGE.fullmatch(number)
    return bool(m) and len(m.group(1)) == len(m.group(2)) and int(m.group(1)) < int(m.group(2))


def _eight_digit_local(groups: list[str]) -> bool:
    """Two groups of four digits not opened by 0 or 1, as Hong Kong and Singapore numbers are written
    ("9123 4567"); not two years, nor two round amounts ("8000 9000")."""
    return (len(groups) == 2 and len(groups[0]) == len(groups[1]) == 4 and groups[0][0] in "23456789"
            and not any(_is_year(g) for g in groups) and not all(g.endswith("00") for g in groups))


def _national_ok(groups: list[str], labelled: bool) -> bool:
    """Shape rules for a phone number written without country code."""
    digits = "".join(groups)
    if labelled:
        return 6 <= len(digits) <= 15
    if _eight_digit_local(groups):
        return True
    if not 9 <= len(digits) <= 12 or _is_year(groups[0]):
        return False
    if len(groups) == 1:
        return bool(
            re.fullmatch(r"0\d{9,10}|1[3-9]\d{9}|3\d{9}|[6-9]\d{8}", digits)
        )
    if sum(_is_year(g) for g in groups) >= 2:
        return False
    # Without a trunk 0, pairs of digits alone ("35 38 45 50 62") are ages or sizes, not a phone.
    return digits[0] == "0" or max(len(g) for g in groups) >= 3


def _phones_in_run(run: str, labelled: bool) -> list[tuple[int, int]]:
    """(start, end) offsets in a run of digit groups of the phone numbers it holds.

    The longest valid group sequence wins, so a year or a count written right after a number
    ("06 12 34 56 78 2026") does not hide it; a new number may start after a space.
    """
    groups = list(_GROUP.finditer(run))
    lengths = tuple(len(g.group()) for g in groups)
    if lengths in CARD_GROUPINGS or (len(groups) == 1 and lengths[0] >= 13):
        return []  # card-shaped but not a valid card: not a phone either
    found: list[tuple[int, int]] = []

    def can_start(i: int) -> bool:
        return i == 0 or " " in run[groups[i - 1].end() : groups[i].start()]

    def valid_ends(i: int) -> list[int]:
        return [
            n
            for n in range(i + 1, min(len(groups), i + _MAX_PHONE_GROUPS) + 1)
            if _national_ok([g.group() for g in groups[i:n]], labelled and i == 0)
        ]

    i = 0
    while i < len(groups):
        ends = valid_ends(i) if can_start(i) else []
        if not ends:
            i += 1
            continue
        # Two numbers in a row ("06 12 34 56 78 07 …"): cut where the next one can start.
        splits = [n for n in ends if n < len(groups) and can_start(n) and valid_ends(n)]
        best = max(splits) if splits else max(ends)
        start = 0 if i == 0 else groups[i].start() - (run[groups[i].start() - 1] == "(")
        end = groups[best - 1].end()
        end += run[end : end + 1] == ")"
        found.append((start, end))
        i = best
    return found


def _mask_dates(text: str) -> str:
    """``text`` with each date replaced by letters of the same length (offsets unchanged)."""
    if not _DATE_HINT.search(text):  # every date holds a digit, a separator and a digit
        return text
    return _DATE.sub(lambda m: "x" * len(m.group()), text)


# Full-width and Arabic-Indic digits and separators, one character for one ("０９０－１２３４",
# "٠٥٠١٢٣٤٥٦٧"): numbers are read on the translated text, offsets stay those of the note.
_DIGIT_FORMS = str.maketrans(
    {**{chr(0xFF10 + i): str(i) for i in range(10)}, **{chr(0x0660 + i): str(i) for i in range(10)},
     **{chr(0x06F0 + i): str(i) for i in range(10)}, "－": "-", "‐": "-", "−": "-", "＋": "+",
     "（": "(", "）": ")", "\u3000": " ", "\u00a0": " "}
)


# Any character ``_DIGIT_FORMS`` changes: most notes have none, and a search is far cheaper
# than a translation that would give the text back unchanged.
_DIGIT_FORM_CHARS = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_DIGIT_FORMS)) + "]")


def ascii_digits(text: str) -> str:
    """``text`` with full-width and Arabic-Indic digits as ASCII ones, offsets unchanged."""
    if text.isascii() or not _DIGIT_FORM_CHARS.search(text):
        return text
    return text.translate(_DIGIT_FORMS)


# The number of an order, an invoice, a receipt or a product, not a phone ("order number four
# four seven one …", "numéro de commande 4471 2290 …", "номер заказа …", "注文番号 四四七一 …",
# "주문번호 …", "订单号 …", "رقم الطلب …"): the word stands right before the digits.
_REFERENCE_BEFORE = re.compile(
    r"(?:(?<![^\W\d_])(?i:order|orders|invoice|receipt|ticket|tracking|reference|ref|sku|serial|commande|facture|"
    r"référence|réf|reçu|suivi|bestellung|bestellnummer|bestellnr|auftrag|auftragsnummer|referenz|rechnung|"
    r"rechnungsnummer|artikelnummer|sendungsnummer|seriennummer|quittung|beleg|kassenbon|pedido|referencia|factura|"
    r"recibo|ordine|riferimento|fattura|scontrino|ricevuta|bestelling|bestelnummer|ordernummer|referentie|factuur|"
    r"bonnetje|encomenda|referência|fatura|заказ|заказа|артикул|чек|квитанция|квитанции|накладной|الطلب|طلب|"
    r"الفاتورة|فاتورة|الإيصال|المرجع|مرجع)(?![^\W\d_])|注文番号|注文|オーダー番号|伝票番号|品番|型番|レシート|"
    r"請求書|订单号|订单|訂單|货号|款号|型号|发票|發票|小票|流水号|序列号|주문번호|주문|영수증|품번|모델번호|"
    r"제품번호|송장번호)"
    r"(?:[ \t]?(?i:number|no\.?|nr\.?|n°|nº|#|numéro|nummer|número|numero|номер|番号|번호|号|號|رقم))?"
    r"[ \t:：#.\-]*(?:(?i:is|est|ist|es|è|é|是|为|為|は|는|은)[ \t]*)?$"
)
_REFERENCE_REACH = 40  # characters before a number searched for the word of an order or a product


def _is_reference(text: str, span: PiiSpan) -> bool:
    """Does a word of an order, an invoice or a product stand right before ``span``?"""
    return _REFERENCE_BEFORE.search(text, max(0, span.start - _REFERENCE_REACH), span.start) is not None


def find_phones(text: str) -> list[PiiSpan]:
    """Phone numbers: international (+33 …, 0044 …) and national forms of the main markets, and
    numbers read out in words after a phone word (:mod:`.spoken`); an order's or a product's
    number is none (:func:`_is_reference`)."""
    return [span for span in _find_phones(text) if not _is_reference(text, span)]


def _find_phones(text: str) -> list[PiiSpan]:
    """Phone numbers in words (:mod:`.spoken`), international and national forms in figures."""
    spans: list[PiiSpan] = find_spoken_phones(text)
    if count_digits(text) < 6:
        return spans
    masked = _mask_dates(ascii_digits(text))
    for m in _INTL_PHONE.finditer(masked) if "+" in masked or "00" in masked else ():
        n_digits = count_digits(m.group())
        if 8 <= n_digits <= 15 and not _MONEY_OR_UNIT_AFTER.match(masked[m.end() :]):
            spans.append(PiiSpan(m.start(), m.end(), "PHONE"))
    international = list(spans)
    for m in _DIGIT_RUN.finditer(masked):
        if any(s.start <= m.start() < s.end for s in international):
            continue
        if _MONEY_OR_UNIT_AFTER.match(masked[m.end() :]):
            continue
        before = masked[max(0, m.start() - 16) : m.start()]
        if _MONEY_BEFORE.search(before):
            continue
        labelled = bool(_PHONE_LABEL.search(before)) or ("@" in masked or "[EMAIL]" in masked) and bool(
            _LABEL_THEN_EMAIL.search(masked, max(0, m.start() - 80), m.start())
        )
        if not labelled and _DECIMAL.fullmatch(m.group()):
            continue
        for start, end in _phones_in_run(m.group(), labelled):
            number = m.group()[start:end]
            if (" /" in number or "/ " in number or " - " in number or "–" in number) and not (
                labelled or number.startswith(("0", "(0"))
            ):
                continue  # "12000 / 15000", "2000–3000": amounts; an area code set off so has its trunk 0
            if not labelled and _amount_range(number):
                continue  # "Budget 12000-15000"
            spans.append(PiiSpan(m.start() + start, m.start() + end, "PHONE"))
    return sorted(spans)
