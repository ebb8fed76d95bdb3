"""Detectors for contact and payment identifiers: e-mails, phone numbers, IBANs, card numbers.

Each detector returns :class:`PiiSpan` (start, end, kind) over the text it is given. They are
deliberately conservative around numbers that notes are full of — budgets ("3-4K", "1500€"),
years, ages, dates, follower counts — and validate checksums where the format has one (IBAN
mod-97, card Luhn).
"""

from __future__ import annotations

import re
from typing import NamedTuple


class PiiSpan(NamedTuple):
    """A detected identifier: ``text[start:end]`` is of kind ``kind`` (EMAIL, PHONE, …)."""

    start: int
    end: int
    kind: str


_DIGIT = re.compile(r"\d")
# Bounded by ASCII word characters only: in CJK, Hangul, Arabic or Cyrillic text an address is
# often glued to the words around it ("电子邮件k_liu60@netvigator.com。", "kim_j@naver.com으로").
_EMAIL = re.compile(
    r"(?<![A-Za-z0-9_.+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![A-Za-z0-9_])"
)


def _count_digits(text: str) -> int:
    return len(_DIGIT.findall(text))


def find_emails(text: str) -> list[PiiSpan]:
    """E-mail addresses."""
    if "@" not in text:
        return []
    return [PiiSpan(m.start(), m.end(), "EMAIL") for m in _EMAIL.finditer(text)]


# --- IBAN -------------------------------------------------------------------------------------

# Length of the IBAN of each country (ISO 13616 registry, the countries a boutique may see).
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AT": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29, "CH": 21, "CY": 28,
    "CZ": 24, "DE": 22, "DK": 18, "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GI": 23,
    "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IS": 26, "IT": 27, "KW": 30, "LB": 28,
    "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MT": 31, "NL": 18, "NO": 15, "PL": 28,
    "PT": 25, "QA": 29, "RO": 24, "SA": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "TR": 26,
    "UA": 29, "VA": 22,
}
_IBAN_CANDIDATE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ \-]?[A-Z0-9]){10,32}")
_IBAN_KEYWORD = re.compile(r"\b(?:IBAN|RIB)\b\W{0,4}$", re.IGNORECASE)


def iban_is_valid(iban: str) -> bool:
    """True when ``iban`` (separators allowed) passes the ISO 7064 mod-97 check."""
    compact = re.sub(r"[ \-]", "", iban).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", compact):
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


def _iban_prefix_end(candidate: str, n_chars: int) -> int | None:
    """Offset in ``candidate`` right after its first ``n_chars`` alphanumerics."""
    seen = 0
    for i, ch in enumerate(candidate):
        if ch.isalnum():
            seen += 1
            if seen == n_chars:
                return i + 1
    return None


def _printed_in_fours(candidate: str) -> bool:
    """"FR76 3000 6000 …": the paper format of an IBAN, groups of four and a shorter last one."""
    groups = candidate.split(" ")
    return len(groups) >= 4 and all(len(g) == 4 for g in groups[:-1]) and 1 <= len(groups[-1]) <= 4


def find_ibans(text: str) -> list[PiiSpan]:
    """IBANs: checksum-valid ones anywhere; with a checksum typo, those of a known country's
    exact length that are labelled ("IBAN: …") or printed in groups of four."""
    spans = []
    for m in _IBAN_CANDIDATE.finditer(text):
        cand = m.group()
        country = cand[:2]
        labelled = bool(_IBAN_KEYWORD.search(text[max(0, m.start() - 12) : m.start()]))
        lengths = [IBAN_LENGTHS[country]] if country in IBAN_LENGTHS else range(32, 14, -1)
        for n in lengths:
            end = _iban_prefix_end(cand, n)
            if end is None:
                continue
            if iban_is_valid(cand[:end]) or (
                country in IBAN_LENGTHS and (labelled or _printed_in_fours(cand[:end]))
            ):
                spans.append(PiiSpan(m.start(), m.start() + end, "IBAN"))
                break
    return spans


# --- payment cards ----------------------------------------------------------------------------

# Not glued to a word or a number: the look-behind follows the first digit (it looks at that
# digit and the character before), so the regex engine can skip quickly from digit to digit.
_CARD_RUN = re.compile(r"\d(?<![\w+.,/\-]\d)\d*(?:[ \-]\d+)*(?![\w]|[.,/\-]\d)")
_CARD_GROUP = re.compile(r"\d+")
_CARD_GROUPINGS: tuple[tuple[int, ...], ...] = (
    (4, 4, 4, 4), (4, 4, 4, 4, 3), (4, 4, 4, 4, 2), (4, 4, 4, 4, 1), (4, 4, 4, 3), (4, 4, 4, 1),
    (4, 6, 5), (4, 6, 4), (6, 13), (6, 12),
)


def luhn_is_valid(digits: str) -> bool:
    """True when the digit string passes the Luhn (mod 10) check."""
    if not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _card_issuer_prefix(digits: str) -> bool:
    """Visa, Mastercard, Amex, Discover, Diners, JCB, UnionPay, Maestro prefixes."""
    return bool(re.match(r"4|5[0-8]|2[2-7]|3[0478]|35|6[0-9]", digits))


def _is_card(digits: str) -> bool:
    return 13 <= len(digits) <= 19 and _card_issuer_prefix(digits) and luhn_is_valid(digits)


# Words naming a payment card, up to three words before the number ("carte 4532 …", "cartão
# para a reserva: 4532 …", "결제 카드 4929 …", "卡号 6225 …").
_CARD_LABEL = re.compile(
    r"(?:\b(?:card|carte|carta|tarjeta|cart[ãa]o|karte|kreditkarte|kaart|creditcard|visa|mastercard|"
    r"amex|cb)\b|карт[а-яё]*|カード|카드|卡号|卡號|银行卡|信用卡|卡|بطاقة|ببطاقة|البطاقة)"
    r"(?:[^\w\n]{1,3}[^\W\d]{1,12}){0,3}[^\w\n]{0,6}$",
    re.IGNORECASE,
)


def _printed_card(groups: list[re.Match[str]], text: str, start: int) -> bool:
    """"carte 4532 7714 0098 4821": sixteen digits in four groups of four with a card issuer's
    prefix after a word naming a card — a card with a typo in its check digit is still a card
    (unlabelled, an invalid number is left alone)."""
    digits = "".join(g.group() for g in groups)
    if not _card_issuer_prefix(digits):
        return False
    return _CARD_LABEL.search(text[max(0, start - 48) : start]) is not None


def find_cards(text: str) -> list[PiiSpan]:
    """Payment card numbers (13–19 digits, spaces or dashes, Luhn-valid, known issuer prefix;
    or printed in four groups of four, :func:`_printed_card`).

    Windows of digit groups are tried inside each run of numbers, so a card written right after
    another number ("… 78 4111 1111 1111 1111") is still found.
    """
    spans: list[PiiSpan] = _masked_cards(text) if ("*" in text or "•" in text or "xx" in text.lower()) else []
    if _count_digits(text) < 13:
        return spans
    text = _ascii_digits(text)
    for run in _CARD_RUN.finditer(text):
        groups = list(_CARD_GROUP.finditer(run.group()))
        lengths = tuple(len(g.group()) for g in groups)
        i = 0
        while i < len(groups):
            match = None
            for grouping in ((lengths[i],), *_CARD_GROUPINGS):
                if lengths[i : i + len(grouping)] == grouping and _is_card(
                    "".join(g.group() for g in groups[i : i + len(grouping)])
                ):
                    match = groups[i : i + len(grouping)]
                    break
            window = groups[i : i + 4]
            if (
                match is None
                and lengths[i : i + 4] == (4, 4, 4, 4)
                and (i + 4 == len(groups) or lengths[i + 4] != 4)
                and _printed_card(window, text, run.start() + window[0].start())
            ):
                match = window
            if match is None:
                i += 1
                continue
            start, end = run.start() + match[0].start(), run.start() + match[-1].end()
            if not any(s.start <= start < s.end for s in spans):
                spans.append(PiiSpan(start, end, "CARD"))
            i += len(match)
    return sorted(spans)


# A card printed with masked digits ("4970-12**-****-8812", "**** **** **** 8812"): four groups
# of four digits or mask characters, some of each; the visible digits open with an issuer's
# prefix, or a word naming a card comes before.
_MASKED_CARD = re.compile(r"(?<![\w*•])[0-9*xX•]{4}(?:[ \-][0-9*xX•]{4}){3}(?![\w*•])")


def _masked_cards(text: str) -> list[PiiSpan]:
    spans = []
    for m in _MASKED_CARD.finditer(text):
        value = m.group()
        digits = sum(c.isdigit() for c in value)
        if not 4 <= digits < 16:
            continue
        if (value[:2].isdigit() and _card_issuer_prefix(value)) or _CARD_LABEL.search(text[max(0, m.start() - 48) : m.start()]):
            spans.append(PiiSpan(m.start(), m.end(), "CARD"))
    return spans


# --- phone numbers ----------------------------------------------------------------------------

# A letter or digit of a spaced script: CJK and Hangul may touch a number ("電話090…まで").
_WORD_NOT_CJK = r"[^\W\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
# "+" starts a number even glued to a word of any script ("телефон+7916…", "هاتف+9715…"); "00" only
# after a boundary (not inside a longer number or word).
_INTL_PHONE = re.compile(
    rf"(?:(?<![+\d])\+|(?<!{_WORD_NOT_CJK})(?<!\+)00)[1-9]\d{{0,2}}(?:[ .\-]?\(0\))?(?:[ .\-/]?(?:\(\d{{1,5}}\)|\d{{1,5}})){{1,7}}"
    rf"(?!{_WORD_NOT_CJK})"
)
# A run of digit groups ("06 12 34 56 78", "(212) 555-1234", "089/12345678", "0612345678").
# The look-behinds of a run's start are written after its first character (a "(" or a digit,
# never a line break, hence the "."): the same matches, but the regex engine can then skip
# quickly to the digits and brackets of a note instead of trying every position.
_RUN_START_FREE = rf"(?<!{_WORD_NOT_CJK}.)(?<!\+.)(?<!\d[.\-/].)"
_DIGIT_RUN = re.compile(
    rf"(?:\({_RUN_START_FREE}\d+\)|\d{_RUN_START_FREE}\d*)(?:(?:[ .\-/]|(?<=\))|(?=\())(?:\(\d+\)|\d+))*"
    rf"(?!{_WORD_NOT_CJK})"
)
_GROUP = re.compile(r"\d+")
_DATE = re.compile(
    r"(?<![\d.\-/])(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2}))"
    r"(?!\d|[-/.]\d)"
)
_DATE_HINT = re.compile(r"\d[-/.]\d")
_PHONE_LABEL = re.compile(
    r"(?:t[ée]l[ée]?(?:phone|fono|efon|efoon)?|phone|mobile?|portable|port\.?|cell(?:ulare)?|"
    r"m[óo]vil|handy|gsm|tlf|tfno|whats ?app|fax|☎|📞)\s*[.:]?\s*$",
    re.IGNORECASE,
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


def _national_ok(groups: list[str], labelled: bool) -> bool:
    """Shape rules for a phone number written without country code."""
    digits = "".join(groups)
    if labelled:
        return 6 <= len(digits) <= 15
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
    if lengths in _CARD_GROUPINGS or (len(groups) == 1 and lengths[0] >= 13):
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


def _ascii_digits(text: str) -> str:
    if text.isascii() or not _DIGIT_FORM_CHARS.search(text):
        return text
    return text.translate(_DIGIT_FORMS)


def find_phones(text: str) -> list[PiiSpan]:
    """Phone numbers: international (+33 …, 0044 …) and national forms of the main markets."""
    spans: list[PiiSpan] = []
    if _count_digits(text) < 6:
        return spans
    masked = _mask_dates(_ascii_digits(text))
    for m in _INTL_PHONE.finditer(masked) if "+" in masked or "00" in masked else ():
        n_digits = _count_digits(m.group())
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
        labelled = bool(_PHONE_LABEL.search(before))
        if not labelled and _DECIMAL.fullmatch(m.group()):
            continue
        for start, end in _phones_in_run(m.group(), labelled):
            spans.append(PiiSpan(m.start() + start, m.start() + end, "PHONE"))
    return sorted(spans)
