"""The last digits of a card or an account, said as such: "the Amex ending in 4412", "carte
finissant par quatre deux un sept", "tarjeta terminada en cero nueve uno cuatro", "Karte mit den
Endziffern 4471", "cartão com final 4321", "карта заканчивается на три три ноль один", "البطاقة
المنتهية بـ أربعة أربعة واحد اثنين", "カードの下四桁は七七〇一", "银行卡尾号四四一二", "카드 끝자리
사사일이".

A fragment is the digits after a word of ending ("ending in", "last four", "末尾", "尾号", "끝자리"
…), in figures, number words or dense digit characters (:mod:`.digits`), when a word naming a
card or an account stands shortly before in the same sentence ("the lease ends in 2027" stays).
The digits go, the words stay. Two to eight digits: a fragment, never a whole number.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.gates import Gate
from lvmh_pipeline.lib.privacy.spans import PiiSpan
from lvmh_pipeline.lib.privacy.spoken.digits import read_digits

__all__ = ["CARD_WORD", "find_said_endings"]

_ENDINGS = (
    # EN, FR, DE
    "ending in|ending with|ending|ends in|ends with|last four digits|last 4 digits|last four|last 4|last digits|"
    "finissant par|finit par|se terminant par|terminant par|se termine par|termine par|terminée par|terminé par|"
    "quatre derniers chiffres|4 derniers chiffres|derniers chiffres|"
    "endet auf|endend auf|endet mit|endend mit|endziffern|endziffer|letzten vier ziffern|letzten 4 ziffern|"
    "letzte ziffern|"
    # ES, IT, NL, PT
    "termina en|terminada en|terminado en|acaba en|acabada en|últimos cuatro dígitos|últimos 4 dígitos|"
    "termina con|termina in|terminante in|finisce con|finisce per|finisce in|ultime quattro cifre|ultime 4 cifre|"
    "eindigt op|eindigend op|eindigend met|eindigt met|eindcijfers|laatste vier cijfers|laatste 4 cijfers|"
    "termina em|terminada em|terminado em|terminando em|acaba em|com final|de final|final|"
    "últimos quatro dígitos|"
    # RU, AR
    "заканчивается на|оканчивается на|заканчивающаяся на|заканчивающейся на|оканчивающаяся на|"
    "оканчивающейся на|последние четыре цифры|последние 4 цифры|последние цифры|на конце|"
    "المنتهية بـ|المنتهية ب|المنتهي بـ|المنتهي ب|تنتهي بـ|تنتهي ب|ينتهي بـ|ينتهي ب|آخر أربعة أرقام|"
    "آخر اربعة ارقام|اخر اربعة ارقام|آخر ٤ أرقام|آخر 4 أرقام|آخر أرقام|"
    # JA, ZH, KO
    "末尾4桁|末尾４桁|末尾|下4桁|下４桁|下四桁|最後の4桁|最後の四桁|尾号|尾號|尾数|尾數|后四位|後四位|末四位|"
    "最后四位|끝자리|끝번호|뒷자리|끝 네 자리|마지막 네 자리|마지막 4자리"
)
# The ending word, then a copula or a colon, then masked digits ("ending ****4412").
_LETTER = "A-Za-zÀ-ÿА-Яа-яЁё\u0621-\u064a"
_ENDING = re.compile(
    rf"(?<![{_LETTER}])(?i:{_ENDINGS})(?![{_LETTER}])"
    rf"(?:\s*(?:[:：]|(?i:is|are|est|sont|ist|sind|es|son|è|sono|é|são|это|هي|هو)(?![{_LETTER}])|は|が|是|为|為|는|은|가))?"
    r"[ \t]*(?:[:：][ \t]*)?(?:[*xX•]+[ \t]?)?"
)
_GATE = Gate(sorted({f(w.split(" ")[0]) for w in _ENDINGS.split("|") for f in (str.lower, str.capitalize)}))
# A word naming a card or an account (also read by :mod:`lvmh_pipeline.lib.privacy.masked_cards`).
CARD_WORD = re.compile(
    r"(?i:card|carte|cb|karte|kreditkarte|ec-karte|girokarte|kaart|creditcard|pinpas|bankpas|betaalpas|"
    r"tarjeta|carta|bancomat|cartão|cartao|карт[аыоуе]\w*|visa|amex|mastercard|maestro|unionpay|"
    r"account|compte|konto|cuenta|conto|rekening|conta|сч[её]т\w*|iban|rib)(?![^\W\d_])|"
    r"カード|口座|卡|账户|賬戶|账号|帳號|银联|카드|계좌|بطاقة|البطاقة|بالبطاقة|ببطاقة|فيزا|حساب|الحساب|مدى"
)
_CARD_WORD_REACH = 60  # characters from the end of the card's name to the ending word
_SENTENCE_END = re.compile(r"[.!?;。！？；\n](?:\s|$)|[。！？；\n]")
_MIN_DIGITS, _MAX_DIGITS = 2, 8


def find_said_endings(text: str) -> list[PiiSpan]:
    """The digits of a card or account fragment said after an ending word (see the module)."""
    if not _GATE(text):
        return []
    spans: list[PiiSpan] = []
    previous = 0  # a card word serves the first ending after it ("card ending in June, the lease ends in 2027")
    for m in _ENDING.finditer(text):
        lo, previous = max(previous, m.start() - _CARD_WORD_REACH - 12), m.end()
        words = [w.end() for w in CARD_WORD.finditer(text, lo, m.start())]
        if not any(m.start() - end <= _CARD_WORD_REACH and not _SENTENCE_END.search(text, end, m.start())
                   for end in words):
            continue
        run = read_digits(text, m.end(), max_tokens=8)
        if run is None or run.start != m.end() and not text[m.end():run.start].isspace():
            continue
        digits = run.digits
        if not _MIN_DIGITS <= digits <= _MAX_DIGITS or run.tokens == 1 and run.words == 1:
            continue  # one number word ("ending in June", "ending in two weeks") is no fragment
        spans.append(PiiSpan(run.start, run.end, "CARD"))
    return spans
