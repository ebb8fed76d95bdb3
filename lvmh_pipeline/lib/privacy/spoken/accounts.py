"""IBANs read out partly in words after the word IBAN (or RIB): "IBAN GB eighty-two WEST 1234 5698
7654 32", "RIB : FR soixante-seize 3000 6000 …", "IBAN DE neunundachtzig 3704 0044 …".

The country code of a registry country in capitals (spelt too: "E S"), a few words after IBAN
("es", "começa por"), then groups of figures, number words (:mod:`.digits`) and the capital
letters of a bank code: four digits at least, its beginning being said as well as the whole, and
one number word at least (an IBAN written in figures alone is
:func:`~lvmh_pipeline.lib.privacy.contacts.find_ibans`' own).
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.spans import PiiSpan
from lvmh_pipeline.lib.privacy.spoken.digits import read_digits

__all__ = ["find_said_ibans"]

_CUE = re.compile(
    r"(?<![^\W\d_])(?:IBAN|Iban|iban|RIB|آيبان|الآيبان|ايبان|الايبان)(?![^\W\d_])[ \t]*(?:-?(?i:nummer|number|numéro))?"
    # a few lower-case words before the code: "is", "es", "começa por", "beginnt mit", "commence par"
    r"[ \t:：\-]*(?:[a-zà-ÿа-яё']{1,9}[ \t]+){0,3}(?P<country>[A-Z][ \t.]?[A-Z])(?![A-Za-z])"
)
_BANK_CODE = re.compile(r"[ \t]*[A-Z]{1,6}(?![A-Za-z])")
_MIN_DIGITS = 4  # the beginning of an IBAN is said too ("IBAN es E S noventa y uno, dos uno cero cero, y el resto …")


def find_said_ibans(text: str) -> list[PiiSpan]:
    """IBANs with number words among their digits, after the word IBAN (see the module)."""
    if "IBAN" not in text and "RIB" not in text and "iban" not in text.casefold() and "يبان" not in text:
        return []
    from lvmh_pipeline.lib.privacy.contacts import IBAN_LENGTHS  # the registry (a lazy import: contacts uses this module)

    spans: list[PiiSpan] = []
    for m in _CUE.finditer(text):
        if re.sub(r"[ \t.]", "", m.group("country")) not in IBAN_LENGTHS:
            continue
        pos = end = m.end()
        digits = words = 0
        while True:
            run = read_digits(text, pos)
            if run is not None and not text[pos : run.start].strip(" \t,-"):
                digits, words, pos = digits + run.digits, words + run.words, run.end
                end = pos
                continue
            code = _BANK_CODE.match(text, pos)
            if code is None:
                break
            after = read_digits(text, code.end())
            if after is None or text[code.end() : after.start].strip(" \t"):
                break  # capitals after the number ("… 32 FOR the refund") are not a bank code
            pos = code.end()
        if words and digits >= _MIN_DIGITS:
            spans.append(PiiSpan(m.start("country"), end, "IBAN"))
    return spans
