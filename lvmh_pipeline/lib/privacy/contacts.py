"""Detectors for contact and payment identifiers: e-mails, phone numbers (:mod:`.phones`), IBANs, card numbers.

Each detector returns :class:`PiiSpan` (start, end, kind) over the text it is given. They are
deliberately conservative around numbers that notes are full of — budgets ("3-4K", "1500€"),
years, ages, dates, follower counts — and validate checksums where the format has one (IBAN
mod-97, card Luhn).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.phones import CARD_GROUPINGS, ascii_digits, count_digits, find_phones
from lvmh_pipeline.lib.privacy.masked_cards import ISSUER_PREFIX, find_masked_cards
from lvmh_pipeline.lib.privacy.spans import PiiSpan, add_free
from lvmh_pipeline.lib.privacy.spoken.accounts import find_said_ibans
from lvmh_pipeline.lib.privacy.spoken.emails import find_spoken_emails
from lvmh_pipeline.lib.privacy.spoken.endings import find_said_endings

__all__ = ["PiiSpan", "find_cards", "find_emails", "find_ibans", "find_phones", "iban_is_valid", "luhn_is_valid"]

# Bounded by ASCII word characters only: in CJK, Hangul, Arabic or Cyrillic text an address is
# often glued to the words around it ("电子邮件k_liu60@netvigator.com。", "kim_j@naver.com으로").
_EMAIL = re.compile(
    r"(?<![A-Za-z0-9_.+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![A-Za-z0-9_])"
)


# An address written so that a robot would not read it ("joke.smit [at] ziggo.nl", "j_smit(at)web.de",
# "joke.smit at ziggo dot nl", "joke.smit @ ziggo . nl"): the "at" in brackets or between blanks,
# the dots as "dot", "punt", "point", "punto", "Punkt" (in brackets or not); an unbracketed "at"
# wants an id-like name before it (a dot, "_" or a digit) and a spelt or real dot in the domain.
# The sign's name in a language spelt out ("apenstaartje", "Klammeraffe", "arobase", "arroba",
# "chiocciola", "собака") says an address as surely as brackets do.
_AT_WORDS = r"apenstaartje|klammeraffe|arobase|arrobase|arroba|chiocciola|собака"
_AT = rf"(?:\s*[\[({{](?i:at|@|{_AT_WORDS})[\])}}]\s*|\s+@\s*|\s*@\s+|\s+(?i:at|{_AT_WORDS})\s+)"
_DOT = (
    r"(?:\s*[\[({](?i:dot|punt|point|punto|punkt|ponto|точка)[\])}]\s*"
    r"|\s+(?i:dot|punt|point|punto|punkt|ponto|точка)\s+|\s?\.\s?)"
)
_OBFUSCATED_EMAIL = re.compile(
    rf"(?<![A-Za-z0-9_.+\-])(?P<local>[A-Za-z0-9][A-Za-z0-9._%+\-]*){_AT}"
    rf"[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:{_DOT}[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*{_DOT}"
    r"(?:com|net|org|nl|de|fr|it|es|pt|be|ch|at|uk|co\.uk|ru|cn|jp|kr|ae|sa|qa|br|us|ca|au|eu|info|biz|me|io)"
    r"(?![A-Za-z0-9_])"
)
_OBFUSCATION_MARKS = re.compile(rf"[\[({{](?i:at|{_AT_WORDS})[\])}}]|\s@|@\s|\s(?i:at|{_AT_WORDS})\s")
_SPELT_AT_WORD = re.compile(rf"\s(?i:{_AT_WORDS})\s")
_ID_MARK = re.compile(r"[._\d]")
_NETWORKS = frozenset(
    "instagram insta ig twitter tiktok telegram facebook fb threads snapchat wechat line kakao kakaotalk whatsapp "
    "signal dm".split()
)


def find_emails(text: str) -> list[PiiSpan]:
    """E-mail addresses, also written apart or spelt out against robots, or said aloud (:mod:`.spoken.emails`)."""
    spans = [PiiSpan(m.start(), m.end(), "EMAIL") for m in _EMAIL.finditer(text)] if "@" in text else []
    spans += find_spoken_emails(text)  # said aloud: "claire point martin arobase orange point fr"
    if _OBFUSCATION_MARKS.search(text):
        for m in _OBFUSCATED_EMAIL.finditer(text):
            spelt_at = (
                " @" not in m.group() and "@ " not in m.group() and not re.search(r"[\[({]", m.group())
                and not _SPELT_AT_WORD.search(m.group())
            )
            local = m.group("local")
            if local.casefold() in _NETWORKS:
                continue  # "via Instagram @sophie.m.style": a handle after the network's name
            if spelt_at and not (_ID_MARK.search(local) and local[0].isalpha()):
                continue  # "meet at home dot com", "10.30 at hotel.com" are none; "joke.smit at ziggo dot nl" is one
            if not any(s.start < m.end() and m.start() < s.end for s in spans):
                spans.append(PiiSpan(m.start(), m.end(), "EMAIL"))
    return sorted(spans)


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
    exact length that are labelled ("IBAN: …") or printed in groups of four; read out partly in
    words after the word IBAN (:mod:`.spoken.accounts`)."""
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
    return spans + find_said_ibans(text)  # "IBAN GB eighty-two WEST 1234 …"


# --- payment cards ----------------------------------------------------------------------------

# Not glued to a word or a number: the look-behind follows the first digit (it looks at that
# digit and the character before), so the regex engine can skip quickly from digit to digit.
_CARD_RUN = re.compile(r"\d(?<![\w+.,/\-]\d)\d*(?:[ \-]\d+)*(?![\w]|[.,/\-]\d)")
_CARD_GROUP = re.compile(r"\d+")


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
    return bool(ISSUER_PREFIX.match(digits))


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
    or printed in four groups of four, :func:`_printed_card`; or masked, :mod:`.masked_cards`).

    Windows of digit groups are tried inside each run of numbers, so a card written right after
    another number ("… 78 4111 1111 1111 1111") is still found.
    """
    # "**** 4412", "4970-12**-****-8812"; then "ending in 4412", "finissant par quatre deux un sept", "尾号四四一二"
    spans: list[PiiSpan] = add_free(find_masked_cards(text), find_said_endings(text))
    if count_digits(text) < 13:
        return spans
    text = ascii_digits(text)
    for run in _CARD_RUN.finditer(text):
        groups = list(_CARD_GROUP.finditer(run.group()))
        lengths = tuple(len(g.group()) for g in groups)
        i = 0
        while i < len(groups):
            match = None
            for grouping in ((lengths[i],), *CARD_GROUPINGS):
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
