"""Number words of 12 languages as tokens: plain numbers, multipliers ("mille", "тысяч", 万),
halves, connectors ("vingt et un"), multi-word and fused forms, CJK and Hangul numerals, and
Italian/German/Dutch words glued from parts ("duemilacinquecento"). :func:`word_tokens` reads
one word; the tokens are summed in :mod:`.sums`.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["HUNDREDS_SAID_SHORT", "MONEY_AFTER_GRAND", "MULTIPLIER_WORDS", "is_number_word", "word_tokens"]

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
 تسعمائة 900 تسعمئة 900 ميتين 200 ثلاثمية 300 تلتمية 300 أربعمية 400 اربعمية 400 خمسمية 500 ستمية 600
 سبعمية 700 ثمانمية 800 تمنمية 800 تسعمية 900
 احدعش 11 حدعش 11 إحدعش 11 اطنعش 12 اثنعش 12 اتناشر 12 ثلطعش 13 ثلاثطعش 13 تلتاشر 13 اربعطعش 14 أربعطعش 14
 اربعتاشر 14 خمسطعش 15 خمستاشر 15 ستطعش 16 ستاشر 16 سبعطعش 17 سبعتاشر 17 ثمنطعش 18 تمنطعش 18 تمنتاشر 18
 تسعطعش 19 تسعتاشر 19
 حداش 11 احداش 11 إحداش 11 اتناش 12 تلتاش 13 اربعتاش 14 أربعتاش 14 خمستاش 15 ستاش 16 سبعتاش 17 تمنتاش 18 تسعتاش 19
 حضاش 11 طناش 12 تلطاش 13 ربعطاش 14 أربعطاش 14 اربعطاش 14 خمسطاش 15 سطاش 16 ستطاش 16 سبعطاش 17 تمنطاش 18 ثمنطاش 18 تسعطاش 19
 حداشر 11 تلاتاشر 13 اتنين 2 تلاتة 3 تلات 3 تمانية 8 تلاتين 30 تمانين 80 جوج 2
"""
# Multipliers: word -> (kind, factor). "needs a count" words (plurals) carry a negative factor.
_MULTIPLIER_WORDS = """
SMALL 100: hundred cent cents cento hundert honderd مائة مئة مية
BIG 1e3: k thousand grand mille mil tausend duizend тысяча тысячу ألف
BIG -1e3: thousands mila тысячи тысяч тысячей тыщ тыщи آلاف الاف riesen ruggen
BIG 1e6: million миллион مليون millón millon milione milhão miljoen
BIG 1e5: lakh lac
BIG -1e5: lakhs lacs
BIG 1e7: crore
BIG -1e7: crores
BIG -1e6: millions millones milioni milhões millionen miljoenen миллиона миллионов ملايين
"""
_HALVES = "half halbe halben halb einhalb halve demi demie mezzo medio media meio نصف نص"
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
    "a million": ((NUM, 1), (BIG, 1e6)), "einer million": ((NUM, 1), (BIG, 1e6)),  # "up to a million dollars"
}
# Arabic teens in two words ("خمسة عشر" = 15), also after "و" glued to them ("وخمسة عشر ألف": "and 15,000").
_AR_TEEN_UNITS = {"أحد": 1, "احد": 1, "إحدى": 1, "اثنا": 2, "اثني": 2, "اثنتا": 2, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4,
                  "اربعة": 4, "أربع": 4, "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6, "سبعة": 7, "سبع": 7, "ثمانية": 8,
                  "ثماني": 8, "تسعة": 9, "تسع": 9}
for _unit, _value in _AR_TEEN_UNITS.items():
    for _ten in ("عشر", "عشرة"):
        _PHRASES[f"{_unit} {_ten}"] = ((NUM, 10 + _value),)
        _PHRASES[f"و{_unit} {_ten}"] = ((CONN, 0.0), (NUM, 10 + _value))
_FUSED: dict[str, tuple[Token, ...]] = {
    "полмиллиона": ((HALF, 0.5), (BIG, 1e6)), "полтысячи": ((HALF, 0.5), (BIG, 1e3)),
    "ألفين": ((NUM, 2), (BIG, 1e3)), "ألفان": ((NUM, 2), (BIG, 1e3)), "الفين": ((NUM, 2), (BIG, 1e3)),
    "مليونين": ((NUM, 2), (BIG, 1e6)), "مليونان": ((NUM, 2), (BIG, 1e6)),
}
# Words that alone name an amount ("mille euros", "тысяча", "ألف درهم"): a quantity may start
# with them. Other multipliers need a number before them ("5 mila", "deux mille").
_STANDALONE = frozenset(
    {"thousand", "grand", "mille", "mil", "tausend", "duizend", "тысяча", "тысячу", "ألف", "مليون", "миллион"}
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
    language = word = ""
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
                        "einhalb": (HALF, 0.5), "halb": (HALF, 0.5), "half": (HALF, 0.5)}  # "tweeënhalf"
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
_NUM_RE = re.compile(r"\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])|\d{1,3}(?:[ \u00a0\u202f.,'’٬]\d{3})+(?:[.,٫]\d{1,2})?(?!\d)|\d+(?:[.,٫]\d+)?")
_SPACE = frozenset(" \u00a0\u202f")
# Every word that multiplies a number written before it ("5 mila", "2 Mio", "300 тыс").
MULTIPLIER_WORDS = frozenset(w for w, t in _WORDS.items() if len(t) == 1 and t[0][0] in (SMALL, BIG)) | frozenset(
    _DIGIT_MULTIPLIERS)
_MULTIPLIER_FIRSTS = frozenset(c for w in list(_WORDS) + list(_DIGIT_MULTIPLIERS) for c in (w[0], w[0].upper()))
_DIGIT_MULTIPLIER_RE = re.compile(
    r"[ \u00a0\u202f]?(?=[" + re.escape("".join(sorted(_MULTIPLIER_FIRSTS))) + "])("
    + "|".join(sorted({re.escape(w) for w, t in _WORDS.items() if len(t) == 1 and t[0][0] in (SMALL, BIG)}
                      | {re.escape(w) for w in _DIGIT_MULTIPLIERS}, key=len, reverse=True))
    + r")(?:(?![^\W\d_])|(?<=[kK])(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]))",  # "5k左右", "$5kくらい"
    re.IGNORECASE,
)


@lru_cache(maxsize=1 << 16)  # (8192 was too few for a day's notes: the glued-word split ran again and again)
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


def to_prefixed(word: str) -> tuple[Token, ...] | None:
    """Tokens of a number word after Arabic "ل" (to) glued to it ("لخمسة", "لعشرين"); None otherwise. Only a
    quantity's first word: inside one, "ل" starts the second number of a range ("من ألفين لثلاثة آلاف")."""
    if len(word) < 4 or word[0] != "ل":
        return None
    tokens = word_tokens(word[1:])
    return tokens if tokens is not None and tokens[0][0] != CONN else None


def is_number_word(word: str) -> bool:
    """A lower-cased number word ("trente", "cinco", "tweeënhalf"; not a bare connector such as "e", "and")."""
    tokens = word_tokens(word)
    return tokens is not None and any(kind != CONN for kind, _ in tokens)


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


# French and Italian speakers say "deux mille cinq" / "duemila e cinque" for 2,500 (Spanish says
# "dos mil quinientos"; "dos mil cinco" is 2,005).
HUNDREDS_SAID_SHORT = re.compile(
    r"(?:mille|mila)(?:[ -]?e[ -]?| )?(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|uno|due|tre|quattro|cinque|sei|sette|"
    r"otto|nove)$", re.IGNORECASE,
)
# Words after "a grand" that keep it money ("a grand per pair"), not an adjective ("a grand piano").
MONEY_AFTER_GRAND = frozenset("per each a or and maybe max tops sterling pounds dollars quid budget".split())
