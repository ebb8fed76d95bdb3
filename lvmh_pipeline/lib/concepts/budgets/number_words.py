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
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

__all__ = ["MULTIPLIER_WORDS", "Quantity", "is_number_start", "scan_quantity", "to_float"]

NUM, SMALL, BIG, CONN, HALF = range(5)
Token = tuple[int, float]

# Plain numbers (units, tens, whole hundreds) per language; Italian/German/Dutch parts glue.
_NUMBERS = """
en: one 1 two 2 three 3 four 4 five 5 six 6 seven 7 eight 8 nine 9 ten 10 eleven 11 twelve 12
 thirteen 13 fourteen 14 fifteen 15 sixteen 16 seventeen 17 eighteen 18 nineteen 19 twenty 20
 thirty 30 forty 40 fifty 50 sixty 60 seventy 70 eighty 80 ninety 90
fr: un 1 une 1 deux 2 trois 3 quatre 4 cinq 5 six 6 sept 7 huit 8 neuf 9 dix 10 onze 11 douze 12
 treize 13 quatorze 14 quinze 15 seize 16 vingt 20 vingts 20 trente 30 quarante 40 cinquante 50
 soixante 60 septante 70 huitante 80 octante 80 nonante 90
it: uno 1 una 1 due 2 tre 3 tré 3 quattro 4 cinque 5 sei 6 sette 7 otto 8 nove 9 dieci 10 undici 11
 dodici 12 tredici 13 quattordici 14 quindici 15 sedici 16 diciassette 17 diciotto 18
 diciannove 19 venti 20 vent 20 trenta 30 trent 30 quaranta 40 quarant 40 cinquanta 50
 cinquant 50 sessanta 60 sessant 60 settanta 70 settant 70 ottanta 80 ottant 80 novanta 90
 novant 90
es: uno 1 un 1 una 1 dos 2 tres 3 cuatro 4 cinco 5 seis 6 siete 7 ocho 8 nueve 9 diez 10 once 11
 doce 12 trece 13 catorce 14 quince 15 dieciséis 16 dieciseis 16 diecisiete 17 dieciocho 18
 diecinueve 19 veinte 20 veintiuno 21 veintiún 21 veintidós 22 veintitrés 23 veinticuatro 24
 veinticinco 25 veintiséis 26 veintisiete 27 veintiocho 28 veintinueve 29 treinta 30
 cuarenta 40 cincuenta 50 sesenta 60 setenta 70 ochenta 80 noventa 90 cien 100 ciento 100
 doscientos 200 doscientas 200 trescientos 300 trescientas 300 cuatrocientos 400
 cuatrocientas 400 quinientos 500 quinientas 500 seiscientos 600 seiscientas 600
 setecientos 700 setecientas 700 ochocientos 800 ochocientas 800 novecientos 900 novecientas 900
pt: um 1 uma 1 dois 2 duas 2 três 3 quatro 4 cinco 5 seis 6 sete 7 oito 8 nove 9 dez 10 onze 11
 doze 12 treze 13 catorze 14 quatorze 14 quinze 15 dezesseis 16 dezasseis 16 dezessete 17
 dezassete 17 dezoito 18 dezenove 19 dezanove 19 vinte 20 trinta 30 quarenta 40 cinquenta 50
 sessenta 60 setenta 70 oitenta 80 noventa 90 cem 100 cento 100 duzentos 200 duzentas 200
 trezentos 300 trezentas 300 quatrocentos 400 quinhentos 500 quinhentas 500 seiscentos 600
 setecentos 700 oitocentos 800 novecentos 900
de: ein 1 eine 1 eins 1 einen 1 zwei 2 drei 3 vier 4 fünf 5 fuenf 5 sechs 6 sieben 7 acht 8
 neun 9 zehn 10 elf 11 zwölf 12 dreizehn 13 vierzehn 14 fünfzehn 15 sechzehn 16 siebzehn 17
 achtzehn 18 neunzehn 19 zwanzig 20 dreißig 30 dreissig 30 vierzig 40 fünfzig 50 sechzig 60
 siebzig 70 achtzig 80 neunzig 90 anderthalb 1.5 eineinhalb 1.5
nl: een 1 één 1 twee 2 drie 3 vier 4 vijf 5 zes 6 zeven 7 acht 8 negen 9 tien 10 elf 11
 twaalf 12 dertien 13 veertien 14 vijftien 15 zestien 16 zeventien 17 achttien 18 negentien 19
 twintig 20 dertig 30 veertig 40 vijftig 50 zestig 60 zeventig 70 tachtig 80 negentig 90
 anderhalf 1.5
ru: один 1 одна 1 одну 1 одного 1 два 2 две 2 двух 2 три 3 трёх 3 трех 3 четыре 4 четырёх 4
 четырех 4 пять 5 пяти 5 шесть 6 шести 6 семь 7 семи 7 восемь 8 восьми 8 девять 9 девяти 9
 десять 10 десяти 10 одиннадцать 11 одиннадцати 11 двенадцать 12 двенадцати 12 тринадцать 13
 тринадцати 13 четырнадцать 14 четырнадцати 14 пятнадцать 15 пятнадцати 15 шестнадцать 16
 шестнадцати 16 семнадцать 17 семнадцати 17 восемнадцать 18 восемнадцати 18 девятнадцать 19
 девятнадцати 19 двадцать 20
 двадцати 20 тридцать 30 тридцати 30 сорок 40 сорока 40 пятьдесят 50 пятидесяти 50
 шестьдесят 60 шестидесяти 60 семьдесят 70 семидесяти 70 восемьдесят 80 восьмидесяти 80 девяносто 90
 девяноста 90 сто 100 ста 100
 двести 200 двухсот 200 триста 300 трёхсот 300 трехсот 300 четыреста 400 четырёхсот 400
 четырехсот 400 пятьсот 500 пятисот 500 шестьсот 600 шестисот 600 семьсот 700 семисот 700
 восемьсот 800 восьмисот 800 девятьсот 900 девятисот 900 полтора 1.5 полторы 1.5 пару 2 пара 2
ar: واحد 1 اثنان 2 اثنين 2 ثلاثة 3 ثلاث 3 أربعة 4 اربعة 4 أربع 4 خمسة 5 خمس 5 ستة 6 سبعة 7 سبع 7
 ثمانية 8 ثماني 8 تسعة 9 تسع 9 عشرة 10 عشر 10 عشرون 20 عشرين 20 ثلاثون 30 ثلاثين 30 أربعون 40
 أربعين 40 خمسون 50 خمسين 50 ستون 60 ستين 60 سبعون 70 سبعين 70 ثمانون 80 ثمانين 80 تسعون 90
 تسعين 90 مائتان 200 مائتين 200 مئتين 200 ثلاثمائة 300 ثلاثمئة 300 أربعمائة 400 أربعمئة 400
 خمسمائة 500 خمسمئة 500 ستمائة 600 ستمئة 600 سبعمائة 700 سبعمئة 700 ثمانمائة 800 ثمانمئة 800
 تسعمائة 900 تسعمئة 900
"""
# Multipliers: word -> (kind, factor). "needs a count" words (plurals) carry a negative factor.
_MULTIPLIER_WORDS = """
SMALL 100: hundred cent cents cento hundert honderd مائة مئة
BIG 1e3: k thousand grand mille mil tausend duizend тысяча тысячу ألف
BIG -1e3: thousands mila тысячи тысяч тысячей آلاف الاف
BIG 1e6: million миллион مليون millón millon milione milhão miljoen
BIG -1e6: millions millones milioni milhões millionen miljoenen миллиона миллионов ملايين
"""
_HALVES = "half halbe halben halb einhalb halve demi demie mezzo medio media meio نصف"
# Abbreviations read only right after digits ("5 Mio.", "300 тыс."); "m" is "5m" = 5 million.
_DIGIT_MULTIPLIERS: dict[str, float] = {
    "m": 1e6, "mio": 1e6, "mln": 1e6, "млн": 1e6, "tsd": 1e3, "тыс": 1e3, "к": 1e3,  # "400к": Cyrillic k
}
_ABBREVIATIONS = frozenset({"mio", "mln", "млн", "tsd", "тыс", "mil"})  # may end with "."
_CONNECTORS = frozenset({"and", "et", "e", "y", "und", "en", "ën", "и", "و"})
# Multi-word and fused forms: phrase -> tokens (matched before single words).
_PHRASES: dict[str, tuple[Token, ...]] = {
    "a couple of": ((NUM, 2),), "a couple": ((NUM, 2),), "couple of": ((NUM, 2),),
    "half a": ((HALF, 0.5),), "a half": ((HALF, 0.5),), "and a half": ((HALF, 0.5),),
    "un demi": ((HALF, 0.5),), "une demi": ((HALF, 0.5),), "eine halbe": ((HALF, 0.5),),
    "ein halbes": ((HALF, 0.5),), "een half": ((HALF, 0.5),), "een halve": ((HALF, 0.5),),
    "un paio di": ((NUM, 2),), "un par de": ((NUM, 2),), "um par de": ((NUM, 2),), "ein paar": ((NUM, 2),),
    "een paar": ((NUM, 2),),
    "e mezzo": ((HALF, 0.5),), "et demi": ((HALF, 0.5),), "y medio": ((HALF, 0.5),),
    "e meio": ((HALF, 0.5),), "quatre vingt": ((NUM, 80),), "quatre vingts": ((NUM, 80),),
    "quatre-vingt": ((NUM, 80),), "quatre-vingts": ((NUM, 80),),
}
_FUSED: dict[str, tuple[Token, ...]] = {
    "полмиллиона": ((HALF, 0.5), (BIG, 1e6)), "полтысячи": ((HALF, 0.5), (BIG, 1e3)),
    "ألفين": ((NUM, 2), (BIG, 1e3)), "ألفان": ((NUM, 2), (BIG, 1e3)), "الفين": ((NUM, 2), (BIG, 1e3)),
    "مليونين": ((NUM, 2), (BIG, 1e6)), "مليونان": ((NUM, 2), (BIG, 1e6)),
}
# Words that alone name an amount ("mille euros", "тысяча", "ألف درهم"): a quantity may start
# with them. Other multipliers need a number before them ("5 mila", "deux mille").
_STANDALONE = frozenset(
    {"thousand", "mille", "mil", "tausend", "duizend", "тысяча", "тысячу", "ألف", "مليون", "миллион"}
)
_ARTICLES = frozenset(
    {"a", "an", "un", "une", "uno", "una", "um", "uma", "ein", "eine", "einen", "een", "один", "одна", "одну"}
)
_GLUED = ("it", "de", "nl")  # languages whose number words are written as one word

# CJK and Hangul numerals, read character by character.
_HAN = {"〇": (NUM, 0), "零": (NUM, 0), "一": (NUM, 1), "二": (NUM, 2), "两": (NUM, 2), "兩": (NUM, 2),
        "三": (NUM, 3), "四": (NUM, 4), "五": (NUM, 5), "六": (NUM, 6), "七": (NUM, 7), "八": (NUM, 8),
        "九": (NUM, 9), "十": (SMALL, 10), "百": (SMALL, 100), "千": (SMALL, 1e3), "万": (BIG, 1e4),
        "萬": (BIG, 1e4), "億": (BIG, 1e8), "亿": (BIG, 1e8)}
_HANGUL = {"일": (NUM, 1), "이": (NUM, 2), "삼": (NUM, 3), "사": (NUM, 4), "오": (NUM, 5), "육": (NUM, 6),
           "칠": (NUM, 7), "팔": (NUM, 8), "구": (NUM, 9), "십": (SMALL, 10), "백": (SMALL, 100),
           "천": (SMALL, 1e3), "만": (BIG, 1e4), "억": (BIG, 1e8)}
_HANGUL_SCALE_CHARS = frozenset("십백천만억")
# What may follow an amount in Han numerals ("三千元", "五十万円以内", "三万左右", "十万的"); any
# other ideograph means the numerals began a word ("千差万別", "五十嵐").
_HAN_AFTER = frozenset("元円块塊圆圓以之内左右上下前後程位的の多余餘起到至万萬億亿千百十出来來美港欧歐英韩韓吧呢都也就不"
                       "新台人日澳加瑞卢盧泰內蚊")  # "两万不到"; currencies: "一万新币", "两万人民币"  # "一万出头", "十来万", "三万吧"
_HAN_IDEOGRAPH_RE = re.compile(r"[\u3400-\u9fff]")
_CJK_SCALES = {ch: tok for ch, tok in {**_HAN, **_HANGUL}.items() if tok[0] != NUM}
# Hangul that may follow a Hangul-numeral amount ("오백만 원", "천만원대"); anything else means
# the syllables were a word ("천천히", "구두").
_HANGUL_AFTER = frozenset("원달유엔위파프루이대짜선정쯤까미초넘내을를은는의에로으가도만")


def _load() -> tuple[dict[str, tuple[Token, ...]], dict[str, tuple[Token, ...]]]:
    words: dict[str, tuple[Token, ...]] = {}
    glued: dict[str, tuple[Token, ...]] = {}
    language = ""
    for item in _NUMBERS.split():
        if item.endswith(":"):
            language = item[:-1]
            continue
        if item[0].isdigit():
            token = ((NUM, float(item)),)
            words[word] = token
            if language in _GLUED:
                glued[word] = token
        else:
            word = item
    for line in _MULTIPLIER_WORDS.strip().splitlines():
        head, _, body = line.partition(":")
        kind, factor = head.split()
        for word in body.split():
            words[word] = ((SMALL if kind == "SMALL" else BIG, float(factor)),)
    for word in _HALVES.split():
        words[word] = ((HALF, 0.5),)
    words.update(_FUSED)
    glue_multipliers = {"cento": (SMALL, 100.0), "cent": (SMALL, 100.0), "hundert": (SMALL, 100.0),
                        "honderd": (SMALL, 100.0), "mille": (BIG, 1e3), "mila": (BIG, -1e3),
                        "tausend": (BIG, 1e3), "duizend": (BIG, 1e3), "milioni": (BIG, -1e6),
                        "milione": (BIG, 1e6), "million": (BIG, 1e6), "millionen": (BIG, -1e6),
                        "miljoen": (BIG, 1e6), "und": (CONN, 0.0), "en": (CONN, 0.0), "ën": (CONN, 0.0),
                        "einhalb": (HALF, 0.5), "halb": (HALF, 0.5)}
    glued.update({w: (t,) for w, t in glue_multipliers.items()})
    return words, glued


_WORDS, _GLUED_PARTS = _load()
_MAX_PART = max(map(len, _GLUED_PARTS))
_WORD_RE = re.compile(r"[^\W\d_]+")
_HANGUL_RE = re.compile(r"[\uac00-\ud7a3]")
_PHRASE_RE = re.compile(
    r"(?:" + "|".join(r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", p))
                      for p in sorted(_PHRASES, key=len, reverse=True)) + r")(?![^\W\d_])",
    re.IGNORECASE,
)
_PHRASE_FIRSTS = frozenset(re.split(r"[\s-]+", p)[0] for p in _PHRASES)
_NUM_RE = re.compile(r"\d{1,3}(?:[ \u00a0\u202f.,'’٬]\d{3})+(?:[.,٫]\d{1,2})?(?!\d)|\d+(?:[.,٫]\d+)?")
_SPACE = frozenset(" \u00a0\u202f")
# Every word that multiplies a number written before it ("5 mila", "2 Mio", "300 тыс").
MULTIPLIER_WORDS = frozenset(w for w, t in _WORDS.items() if len(t) == 1 and t[0][0] in (SMALL, BIG)) | frozenset(
    _DIGIT_MULTIPLIERS)
_MULTIPLIER_FIRSTS = frozenset(c for w in list(_WORDS) + list(_DIGIT_MULTIPLIERS) for c in (w[0], w[0].upper()))
_DIGIT_MULTIPLIER_RE = re.compile(
    r"[ \u00a0\u202f]?(?=[" + re.escape("".join(sorted(_MULTIPLIER_FIRSTS))) + "])("
    + "|".join(sorted({re.escape(w) for w, t in _WORDS.items() if len(t) == 1 and t[0][0] in (SMALL, BIG)}
                      | {re.escape(w) for w in _DIGIT_MULTIPLIERS}, key=len, reverse=True))
    + r")(?![^\W\d_])",
    re.IGNORECASE,
)
_INF = float("inf")


@lru_cache(maxsize=8192)
def word_tokens(word: str) -> tuple[Token, ...] | None:
    """Tokens of one lower-cased word: from the lexicon, split into glued parts
    ("duemilacinquecento", "fünfundzwanzigtausend"), or with an Arabic و/ب prefix; None if
    the word is not a number."""
    found = _WORDS.get(word)
    if found is not None:
        return found
    if word in _CONNECTORS:
        return ((CONN, 0.0),)
    if len(word) > 2 and word[0] in "وب":
        rest = _WORDS.get(word[1:])
        if rest is not None:
            return ((CONN, 0.0), *rest) if word[0] == "و" else rest
    return _split_glued(word) if len(word) >= 5 else None


def _split_glued(word: str) -> tuple[Token, ...] | None:
    best: list[tuple[Token, ...] | None] = [None] * (len(word) + 1)
    best[0] = ()
    for i in range(len(word)):
        if best[i] is None:
            continue
        for j in range(min(len(word), i + _MAX_PART), i, -1):
            part = _GLUED_PARTS.get(word[i:j])
            if part is not None and best[j] is None:
                best[j] = best[i] + part
    found = best[len(word)]
    if found and len(found) > 2 and found[-2] == (BIG, -1e3) and found[-1][0] == NUM and 1 <= found[-1][1] <= 9:
        # "duemilacinque", "tremilaotto": said for 2,500 and 3,800 (hundreds left unsaid)
        found = (*found[:-1], (NUM, found[-1][1]), (SMALL, 100.0))
    return found if found and len(found) > 1 else None


class Quantity(NamedTuple):
    """One quantity: its value, span, and how it was written."""

    value: float
    start: int
    end: int
    multiplier: bool  # a multiplier (K, mille, 万, hundred …) was applied
    big: bool  # a group-closing multiplier (thousand, K, 万 …) was applied
    words: bool  # the number itself is written in words or CJK/Hangul numerals
    lead_scale: float  # factor applied to the leading number ("4K": 1000, "5천만": 1e7)
    group_scale: float  # the first group-closing multiplier ("5천만": 1e4; 1 if none)
    digits: str | None  # the digits as written when the quantity is a bare number
    hangul: bool = False  # a Hangul multiplier (만, 천 …) was written: Korean won by default
    bare: bool = False  # only a multiplier word, no count ("mille", "a thousand", "тысяча")


class _Sum:
    """Running sum of number tokens, and the checks that end a sequence."""

    __slots__ = ("total", "group", "pending", "last", "last_big", "last_small", "numbers", "factor", "article",
                 "first_big")

    def __init__(self) -> None:
        self.total = self.group = self.pending = 0.0
        self.last: Token | None = None
        self.last_big = self.last_small = _INF
        self.numbers = 0
        self.factor = 1.0
        self.first_big = 0.0
        self.article = False  # the sequence so far is an article ("a", "un", "eine")

    def copy(self) -> _Sum:
        other = _Sum.__new__(_Sum)
        for name in _Sum.__slots__:
            setattr(other, name, getattr(self, name))
        return other

    def accepts(self, token: Token, after_connector: bool) -> bool:
        kind, value = token
        last = self.last
        if last is None:
            return kind in (NUM, HALF, SMALL) or (kind == BIG and value > 0)
        if after_connector:
            return _connector_ok(last, token)
        if kind == NUM:
            if last[0] == NUM:
                return value < _unit_of(last[1]) or (last[1] % 100 in (60, 80) and 10 <= value < 20)
            return last[0] in (SMALL, BIG)
        if kind == HALF:
            return last[0] in (NUM, BIG) and not self.article
        if kind == SMALL:
            return last[0] in (NUM, HALF) and value < self.last_small and value < self.last_big
        return last[0] in (NUM, SMALL, HALF) and abs(value) < self.last_big  # BIG

    def add(self, token: Token) -> None:
        kind, value = token
        if kind == NUM:
            self.numbers += 1
            self.pending += value
        elif kind == HALF:
            if self.last is not None and self.last[0] == BIG and not self.pending and not self.group:
                self.total += 0.5 * self.last_big  # "due milioni e mezzo"
            else:
                self.numbers += 1
                self.pending += value
        elif kind == SMALL:
            self.group += (self.pending or 1.0) * value
            self.pending = 0.0
            self.last_small = value
            if self.numbers <= 1:
                self.factor *= value
        elif kind == BIG:
            value = abs(value)
            self.total += ((self.group + self.pending) or 1.0) * value
            self.group = self.pending = 0.0
            self.last_big, self.last_small = value, _INF
            self.first_big = self.first_big or value
            if self.numbers <= 1:
                self.factor *= value
        self.last = token

    @property
    def value(self) -> float:
        return self.total + self.group + self.pending


def _connector_ok(before: Token, after: Token) -> bool:
    """"vingt et un", "treinta y cinco", "dois mil e quinhentos", glued "fünfundzwanzig",
    "وعشرون"; not "dois e três" (a range)."""
    if after[0] == HALF:
        return before[0] in (NUM, BIG)
    if after[0] != NUM:
        return False
    if before[0] in (SMALL, BIG):
        return True
    if before[0] == NUM:
        tens, unit = (before[1], after[1]) if before[1] >= 20 else (after[1], before[1])
        return 20 <= tens < 100 and tens % 10 == 0 and 1 <= unit < 10 and unit == int(unit)
    return False


def _unit_of(value: float) -> float:
    """10 after 20..90, 100 after 100..900: what a following number may add ("twenty five")."""
    v = int(value)
    if v != value or v == 0:
        return 0.0
    unit = 1.0
    while v % 10 == 0:
        v //= 10
        unit *= 10
    return unit if unit > 1 else 0.0


def is_number_start(text: str, pos: int) -> bool:
    """Could a quantity in words start at ``pos`` (a word start or a CJK numeral)?"""
    ch = text[pos]
    token = _HAN.get(ch)
    if token is not None:
        return token[0] != BIG
    token = _HANGUL.get(ch)
    if token is not None:
        return token[0] != BIG and not (pos and _HANGUL_RE.match(text, pos - 1))
    match = _WORD_RE.match(text, pos)
    if match is None:
        return False
    word = match.group().lower()
    if word in _PHRASE_FIRSTS and _PHRASE_RE.match(text, pos):
        return True
    tokens = word_tokens(word)
    if tokens is None:
        return False
    kind = tokens[0][0]
    return kind in (NUM, HALF) or (kind == BIG and (word in _STANDALONE or len(tokens) > 1)) or word in ("مائة", "مئة")


def scan_quantity(text: str, pos: int, stop: int) -> Quantity | None:
    """The quantity that starts exactly at ``pos`` (digits, words or CJK numerals), or None."""
    if text[pos].isdigit():
        quick = _digits_quantity(text, pos, stop)
        if quick is not None:
            return quick
    return _scan(text, pos, stop)


def _digits_quantity(text: str, pos: int, stop: int) -> Quantity | None:
    """Fast path for "3500", "5K", "5 mila", "2 Mio."; None when the general reader is needed
    (CJK/Hangul multipliers, several multipliers)."""
    match = _NUM_RE.match(text, pos, stop)
    raw = match.group()
    end = match.end()
    after_space = end + 1 if end + 1 < stop and text[end] in _SPACE else end
    if end < stop and (text[end] in _CJK_SCALES or text[after_space] in _CJK_SCALES):
        return None
    value = float(raw) if raw.isdigit() else to_float(raw)
    nxt = end + 1 if end + 1 < stop and text[end] in _SPACE else end
    multiplier = _DIGIT_MULTIPLIER_RE.match(text, end, stop) if nxt < stop and text[nxt] in _MULTIPLIER_FIRSTS else None
    if multiplier is None:
        return Quantity(value, pos, end, False, False, False, 1.0, 1.0, raw)
    after = multiplier.end()
    if after < stop and (text[after] in _CJK_SCALES or _DIGIT_MULTIPLIER_RE.match(text, after, stop)):
        return None
    word = multiplier.group(1).lower()
    kind, factor = _WORDS[word][0] if word in _WORDS else (BIG, _DIGIT_MULTIPLIERS[word])
    factor = abs(factor)
    if word in _ABBREVIATIONS and after < stop and text[after] == ".":
        after += 1
    return Quantity(value * factor, pos, after, True, kind == BIG, False, factor, factor if kind == BIG else 1.0, None)


def _scan(text: str, pos: int, stop: int) -> Quantity | None:
    acc = _Sum()
    start = end = pos
    digit_led = text[pos].isdigit()
    hangul_led = han_led = False
    words = not digit_led
    digits: str | None = None
    connector = False  # a spaced connector ("and", "e", "y") waits for the next word
    end_before_connector = end
    scale_before, tail = 0.0, None  # "一万五", "1万5": one digit right after a CJK unit counts in the next unit down
    while pos < stop:
        ch = text[pos]
        glued = False
        if ch.isdigit():
            if acc.last is not None and (acc.last[0] != BIG or connector):
                break  # digits continue a number only after 万/억 …: "2万5000", "1억 5천만"
            match = _NUM_RE.match(text, pos, stop)
            value = to_float(match.group())
            spaced = pos > end and not _multiplier_at(text, match.end(), stop)
            if acc.last is not None and (value >= acc.last_big or spaced):
                break  # "50万 2人" is two numbers
            if acc.last is None:
                digits = match.group()
            tokens: tuple[Token, ...] = ((NUM, value),)
            next_pos = match.end()
        elif ch in _HAN or ch in _HANGUL:
            token = _HAN.get(ch) or _HANGUL[ch]
            if acc.last is None:
                hangul_led = ch in _HANGUL
                han_led = ch in _HAN
            elif connector or (digit_led and token[0] == NUM):
                break
            tokens = (token,)
            next_pos = pos + 1
        else:
            phrase = _PHRASE_RE.match(text, pos, stop) if text[pos].isalpha() else None
            if phrase is not None:
                tokens = _PHRASES[" ".join(re.split(r"[\s-]+", phrase.group().lower()))]
                next_pos = phrase.end()
            else:
                match = _WORD_RE.match(text, pos, stop)
                if match is None:
                    break
                word = match.group().lower()
                tokens = word_tokens(word)
                if tokens is None and digit_led and acc.last is not None and acc.last[0] == NUM:
                    factor = _DIGIT_MULTIPLIERS.get(word)
                    tokens = ((BIG, factor),) if factor else None
                if tokens is None:
                    break
                if word == "grand" and (acc.article or acc.last is None):
                    break  # "un grand sac"
                glued = len(tokens) > 1
                next_pos = match.end()
                if word in _ABBREVIATIONS and next_pos < stop and text[next_pos] == ".":
                    next_pos += 1
            if digit_led and any(t[0] != BIG and t[0] != SMALL for t in tokens):
                break  # "5K a month", "3 e 4K": words after digits are only multipliers
            if tokens[0][0] == CONN and len(tokens) == 1:
                if connector or acc.last is None:
                    break
                connector = True
                end_before_connector = end
                pos = _skip_gap(text, next_pos, stop)
                continue
            if acc.last is not None and not connector and tokens[0][0] == NUM and phrase is None \
                    and match.group().lower() in _ARTICLES:
                break
        trial = acc.copy()
        ok = True
        after_connector = connector
        for token in tokens:
            if token[0] == CONN:
                if trial.last is None:
                    ok = False
                    break
                after_connector = True
                continue
            if token[0] == BIG and token[1] < 0 and (trial.last is None or trial.last[0] == BIG):
                ok = False  # "mila", "тысяч" need a number before them
                break
            if not trial.accepts(token, after_connector):
                ok = False
                break
            if trial.last is None and token[0] == NUM and not glued and ch.isalpha() \
                    and _WORD_RE.match(text, pos).group().lower() in _ARTICLES:
                trial.article = True
            elif token[0] != NUM:
                trial.article = trial.article and token[0] not in (SMALL, BIG)
            trial.add(token)
            after_connector = False
        if not ok or after_connector:
            if connector:
                end = end_before_connector
            break
        acc = trial
        if len(tokens) == 1 and tokens[0][0] in (BIG, SMALL) and ch in _CJK_SCALES:
            scale_before, tail = abs(tokens[0][1]), None
        elif len(tokens) == 1 and tokens[0][0] == NUM and scale_before >= 100 and next_pos - pos == 1 \
                and 1 <= tokens[0][1] <= 9:
            scale_before, tail = 0.0, (tokens[0][1], scale_before)
        else:
            scale_before, tail = 0.0, None
        connector = False
        end = next_pos
        pos = _skip_gap(text, end, stop)
    if acc.last is None or acc.article and acc.last[0] == NUM:
        return None
    if hangul_led and end < len(text) and _HANGUL_RE.match(text, end) and text[end] not in _HANGUL_AFTER:
        return None  # "천천히", "구두": syllables of a word
    if han_led and end < len(text) and _HAN_IDEOGRAPH_RE.match(text, end) and text[end] not in _HAN_AFTER:
        return None  # "千差万別", "五十嵐", "一番": characters of a word
    if acc.numbers == 0 and acc.last[0] == NUM:
        return None
    value = acc.value
    if tail is not None:
        value += tail[0] * (tail[1] / 10 - 1)  # "一万五" = 15,000, "两千三" = 2,300
    if value <= 0:
        return None
    multiplier = acc.last_big < _INF or acc.factor != 1.0 or acc.last_small < _INF
    lead = acc.factor if acc.numbers <= 1 else (acc.first_big or 1.0)
    return Quantity(value, start, end, multiplier, acc.last_big < _INF, words, lead, acc.first_big or 1.0,
                    digits if not multiplier and not words else None,
                    not _HANGUL_SCALE_CHARS.isdisjoint(text[start:end]), acc.numbers == 0 or acc.article)


def _skip_gap(text: str, pos: int, stop: int) -> int:
    """Past one space or hyphen between parts of a number ("vingt-cinq", "5 mila", "1억 5천만")."""
    if pos < stop and text[pos] in _SPACE:
        pos += 1
    if pos < stop and text[pos] == "-" and pos + 1 < stop and text[pos + 1].isalpha():
        pos += 1
    return pos


_MULTIPLIER_AFTER = re.compile(r"[ \u00a0\u202f]?(?:[十百千万萬億亿십백천만억]|[^\W\d_]+)")


def _multiplier_at(text: str, pos: int, stop: int) -> bool:
    """Does a multiplier follow at ``pos`` ("5 mila", "1억 5천만")?"""
    match = _MULTIPLIER_AFTER.match(text, pos, stop)
    if match is None:
        return False
    found = match.group().strip()
    if found[0] in _CJK_SCALES:
        return True
    tokens = _WORDS.get(found.lower())
    return tokens is not None and tokens[0][0] in (SMALL, BIG) or found.lower() in _DIGIT_MULTIPLIERS


_GROUP_SPACES = re.compile(r"[ \u00a0\u202f'’٬]")
_GROUPED = re.compile(r"(\d{1,3})((?:[.,]\d{3})+)([.,]\d{1,2})?")


def to_float(number: str) -> float:
    """Parse ``1 500`` / ``3.500`` / ``8,000`` / ``1.5`` / ``2,5`` / ``٥٠٠٠`` into a float."""
    if number.isdigit():
        return float(number)
    compact = _GROUP_SPACES.sub("", number).replace("٫", ".")
    groups = _GROUPED.fullmatch(compact)
    if groups and (groups.group(3) or len({c for c in groups.group(2) if c in ".,"}) == 1):
        whole = groups.group(1) + groups.group(2).replace(".", "").replace(",", "")
        decimals = groups.group(3)[1:] if groups.group(3) else ""
        return float(f"{int(whole)}.{decimals or 0}")
    return float(compact.replace(",", "."))
