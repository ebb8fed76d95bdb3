"""Phone numbers read out in words in a voice transcription: "Telefoon nul zes een twee drie …",
"number is plus thirty-one six two …", "номер восемь девятьсот двадцать пять …", "numéro zéro six
douze quarante …".

A run of at least six number words (digits, tens, hundreds, compounds such as "eenendertig",
"einundzwanzig", "soixante-dix") within a few words after a phone word ("Telefon", "nummer",
"номер", "número", "tel") is the number. Amounts said in words ("zehn, zwölf tausend", "до двухсот
тысяч") are shorter and have no phone word before them. A transcription that mixes words and
groups of figures ("au 06 douze 34 56 78") is a number at five items after a phone word or a
leading zero; pairs of words may be set off by commas in any script ("صفر خمسة، خمسة صفر، …").

Digits read out in CJK or Hangul characters or katakana readings are :mod:`.dense`'s.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.spans import PiiSpan
from lvmh_pipeline.lib.privacy.spoken.dense import find_dense_phones

__all__ = ["find_spoken_phones", "is_number_word"]

_UNITS = {
    "en": "zero oh nought one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred double triple",
    "fr": "zéro zero un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
    "vingt vingts trente quarante cinquante soixante septante huitante octante nonante cent cents",
    "de": "null eins zwei zwo drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn "
    "sechzehn siebzehn achtzehn neunzehn zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig hundert",
    "nl": "nul een één twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien "
    "zeventien achttien negentien twintig dertig veertig vijftig zestig zeventig tachtig negentig honderd",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis "
    "diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis "
    "veintisiete veintiocho veintinueve treinta cuarenta cincuenta sesenta setenta ochenta noventa cien ciento "
    "doscientos trescientos cuatrocientos quinientos seiscientos setecientos ochocientos novecientos",
    "it": "zero uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici "
    "sedici diciassette diciotto diciannove venti trenta quaranta cinquanta sessanta settanta ottanta novanta cento "
    "duecento trecento quattrocento cinquecento seicento settecento ottocento novecento",
    "pt": "zero um dois três quatro cinco seis meia sete oito nove dez onze doze treze catorze quatorze quinze "
    "dezesseis dezasseis dezessete dezassete dezoito dezenove dezanove vinte trinta quarenta cinquenta sessenta "
    "setenta oitenta noventa cem cento duzentos trezentos quatrocentos quinhentos seiscentos setecentos oitocentos "
    "novecentos",
    "ru": "ноль нуль один одна два две три четыре пять шесть семь восемь девять десять одиннадцать двенадцать "
    "тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать двадцать тридцать "
    "сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто сто двести триста четыреста пятьсот шестьсот "
    "семьсот восемьсот девятьсот",
    # a digit said twice or three times: "double zéro", "Doppel-Null", "doppio zero", "doble cero"
    "repeat": "double triple doppel doppelte dreifach doppio triplo doble dubbel duplo dupla",
    "ar": "صفر واحد وحدة اثنين اثنان ثنين ثلاثة ثلاث اربعة أربعة اربع أربع خمسة خمس ستة ست سبعة سبع ثمانية ثمان "
    "ثماني تسعة تسع عشرة عشر عشرين ثلاثين ثلاثون اربعين أربعين خمسين ستين سبعين ثمانين تسعين مية مئة مائة "
    # spoken Arabic (Gulf, Levant, Egypt) and the endings written with ه
    "زيرو اتنين إتنين تنين تلاتة تلاته تلات تمانية تمانيه تمنية تمنيه تمن ثلاثه اربعه أربعه خمسه سته سبعه ثمانيه "
    "تسعه عشره تلاتين تمانين ميتين مئتين مائتين تلتمية تلاتمية ثلاثمية ثلاثمائة ربعمية أربعمية اربعمية أربعمائة "
    "خمسمية خمسمائة ستمية ستمائة سبعمية سبعمائة تمنمية ثمانمائة تسعمية تسعمائة",
}
_COMPOUNDS = (
    "(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(?:zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)",
    "(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën)(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)",
    "(?:vent|trent|quarant|cinquant|sessant|settant|ottant|novant)(?:uno|otto)",
    "(?:venti|trenta|quaranta|cinquanta|sessanta|settanta|ottanta|novanta)(?:due|tre|tré|quattro|cinque|sei|sette|nove)",
    # hundreds written as one word: "vierhonderdtwaalf", "zweihundertdreiundzwanzig", "quattrocentodue"
    "(?:due|tre|quattro|cinque|sei|sette|otto|nove)?cento(?:uno|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|"
    "dodici|tredici|quattordici|quindici|sedici|diciassette|diciotto|diciannove|(?:venti|vent|trenta|trent|quaranta|"
    "quarant|cinquanta|cinquant|sessanta|sessant|settanta|settant|ottanta|ottant|novanta|novant)(?:uno|due|tre|tré|"
    "quattro|cinque|sei|sette|otto|nove)?)?",
    "(?:twee|drie|vier|vijf|zes|zeven|acht|negen)?honderd(?:en)?(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|"
    "twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|"
    "negen)(?:en|ën))?(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig))?",
    "(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)?hundert(?:und)?(?:eins|zwei|drei|vier|fünf|sechs|sieben|acht|"
    "neun|zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn|(?:(?:ein|zwei|drei|vier|fünf|"
    "sechs|sieben|acht|neun)und)?(?:zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig))?",
)
_WORDS = frozenset(w for words in _UNITS.values() for w in words.split())
_PLUS = frozenset(("plus", "плюс", "più", "mais", "más"))
_JOINS = frozenset(("y", "e", "et", "und", "en", "и", "and", "و"))
_OPENERS = frozenset(("zero", "oh", "zéro", "null", "nul", "cero", "ноль", "нуль", "صفر", *_PLUS))
_COMPOUND = re.compile("|".join(_COMPOUNDS))
_COMPOUND_ENDINGS = ("zig", "ßig", "tig", "uno", "due", "tre", "tré", "quattro", "cinque", "sei", "sette", "otto", "nove",
                     "honderd", "hundert", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
                     "elf", "twaalf", "eins", "zwei", "fünf", "sechs", "sieben", "neun", "zehn", "zwölf", "cento", "dici",
                     "dieci", "ssette", "ciotto", "nnove", "venti", "nta", "ntuno", "ntotto")
_CUE = re.compile(
    r"(?<!\w)(?:tel|tél|telefoon|telefoonnummer|nummer|telefon|telefonnummer|handy|handynummer|mobiel|phone|number|"
    r"mobile|cell|numéro|portable|número|numero|teléfono|telefono|telefone|telemóvel|celular|móvil|cellulare|"
    r"gsm|mobieltje|bereikbaar|bellen|bel|call|ring|whatsapp|whats|zap|zapzap|anrufen|rückruf|erreichbar|appeler|"
    r"rappeler|joindre|joignable|llamar|llamarle|llámale|chiamare|richiamare|chiamarla|chiamarlo|ligar|liga|ligue|"
    r"звонить|звоните|позвонить|перезвонить|перезвоните|звонок|اتصل|اتصلي|اتصال|التليفون|تليفون|تليفونه|تليفونها|"
    r"التلفون|الموبايل|موبايله|موبايلها|نمرة|نمرته|نمرتها|النمرة|رقمي|"
    r"номер|телефон|тел|رقم|رقمه|رقمها|جوال|جواله|موبايل|هاتف|تلفون|واتساب)(?!\w)",
    re.IGNORECASE,
)
_CUE_STEMS = ("tel", "tél", "num", "núm", "phone", "handy", "mobi", "cell", "portable", "celular", "móvil", "ном", "тел",
              "gsm", "bereikbaar", "bel", "call", "ring", "whats", "zap", "anruf", "rückruf", "erreichbar", "appel",
              "joind", "llam", "chiam", "lig", "звон", "اتصل", "اتصال", "تليفون", "نمر",
              "رقم", "جوال", "موبايل", "هاتف", "تلفون", "واتساب")
_WORD_START = re.compile(r"(?<!\w)\w+")
_NEXT_WORD = re.compile(r"(?:[ \t]*[,،\-–][ \t]*|[ \t]+)(\w+)")
_CUE_REACH = 40  # characters between the phone word and the first number word
_MIN_WORDS = 6
_MIN_WORDS_UNCUED = 8
_MIN_MIXED = 5  # number words and groups of figures, a leading zero or a phone word before them
_PUNCTUATION = ",.;:!?()«»\"'-–"
_FIGURE_CHARS = frozenset("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹")


def _is_number(word: str) -> bool:
    """A number word of one of the languages ("zes", "девятьсот", "eenendertig")."""
    if word in _WORDS:
        return True
    if word.startswith("و") and word[1:] in _WORDS:
        return True  # Arabic "and" glued to the next number: "خمسة وأربعين"
    return word.endswith(_COMPOUND_ENDINGS) and _COMPOUND.fullmatch(word) is not None


def is_number_word(word: str) -> bool:
    """A number word of one of the languages, in any case ("Zwölf", "douze", "девятьсот")."""
    return _is_number(word.lower())


def _is_figures(word: str) -> bool:
    """A group of one to four figures, as transcription mixes them with words ("06 douze 34 …",
    "٠٥٥ سبعة سبعة …")."""
    return 0 < len(word) <= 4 and all(ch in _FIGURE_CHARS for ch in word)


def _run_end(text: str, first: re.Match[str], cued: bool = True) -> int | None:
    """The end of a run of number words opening at ``first`` (a "plus" first, "and" between two),
    or None when it is too short to be a phone number (see the module). Groups of figures count
    too in a run that has number words, when a phone word or a leading zero says it is a number
    to dial; figures alone are :mod:`..phones`' ("06 12 34 56 78")."""
    word = first.group().lower()
    if word not in _PLUS and not _is_number(word) and not _is_figures(word):
        return None
    opener = word in _OPENERS or word.startswith(("0", "٠", "۰")) and _is_figures(word)
    figures = int(_is_figures(word))
    count, end, pos = int(word not in _PLUS), first.end(), first.end()
    while (m := _NEXT_WORD.match(text, pos)) is not None:
        word = m.group(1).lower()
        if _is_number(word) or _is_figures(word):
            count, end, figures = count + 1, m.end(), figures + _is_figures(word)
        elif word not in _JOINS:
            break
        pos = m.end()
    if figures:
        return end if count > figures and count >= _MIN_MIXED and (cued or opener) else None
    least = _MIN_WORDS if cued or opener else _MIN_WORDS_UNCUED
    return end if count >= least else None


def _uncued(text: str, taken: list[PiiSpan]) -> list[PiiSpan]:
    """Runs long enough to be a phone number with no phone word before them."""
    spans: list[PiiSpan] = []
    words = [word.strip(_PUNCTUATION) for word in text.lower().replace("-", " ").split()]
    said = sum(_is_number(word) for word in words)
    if said < _MIN_WORDS and not (
        said and any(w in _OPENERS or w.startswith(("0", "٠", "۰")) and _is_figures(w) for w in words)
        and said + sum(_is_figures(w) for w in words) >= _MIN_MIXED
    ):
        return spans  # too few number words (and no mixed run opening on a zero) in the whole note
    for word in _WORD_START.finditer(text):
        if any(s.start <= word.start() < s.end for s in (*taken, *spans)):
            continue
        end = _run_end(text, word, cued=False)
        if end is not None:
            spans.append(PiiSpan(word.start(), end, "PHONE"))
    return spans


def find_spoken_phones(text: str) -> list[PiiSpan]:
    """Phone numbers said in words after a phone word (see the module)."""
    spans: list[PiiSpan] = []
    if not text.isascii():
        spans.extend(find_dense_phones(text))
    low = text.lower()
    if not any(stem in low for stem in _CUE_STEMS):
        return sorted(spans + _uncued(text, spans))
    for cue in _CUE.finditer(text):
        if spans and cue.start() < spans[-1].end:
            continue
        for word in _WORD_START.finditer(text, cue.end(), min(len(text), cue.end() + _CUE_REACH)):
            end = _run_end(text, word)
            if end is not None:
                spans.append(PiiSpan(word.start(), end, "PHONE"))
                break
    return sorted(spans + _uncued(text, spans))
