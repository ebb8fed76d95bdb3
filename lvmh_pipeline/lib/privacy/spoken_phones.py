"""Phone numbers read out in words in a voice transcription: "Telefoon nul zes een twee drie …",
"number is plus thirty-one six two …", "номер восемь девятьсот двадцать пять …", "numéro zéro six
douze quarante …".

A run of at least six number words (digits, tens, hundreds, compounds such as "eenendertig",
"einundzwanzig", "soixante-dix") within a few words after a phone word ("Telefon", "nummer",
"номер", "número", "tel") is the number. Amounts said in words ("zehn, zwölf tausend", "до двухсот
тысяч") are shorter and have no phone word before them.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.spans import PiiSpan

__all__ = ["find_spoken_phones"]

_UNITS = {
    "en": "zero oh one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred double triple",
    "fr": "zéro zero un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
    "vingt vingts trente quarante cinquante soixante cent cents",
    "de": "null eins zwei zwo drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn "
    "sechzehn siebzehn achtzehn neunzehn zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig hundert",
    "nl": "nul een één twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien "
    "zeventien achttien negentien twintig dertig veertig vijftig zestig zeventig tachtig negentig honderd",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis "
    "diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis "
    "veintisiete veintiocho veintinueve treinta cuarenta cincuenta sesenta setenta ochenta noventa cien ciento",
    "it": "zero uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici "
    "sedici diciassette diciotto diciannove venti trenta quaranta cinquanta sessanta settanta ottanta novanta cento",
    "pt": "zero um dois três quatro cinco seis meia sete oito nove dez onze doze treze catorze quatorze quinze "
    "dezesseis dezasseis dezessete dezassete dezoito dezenove dezanove vinte trinta quarenta cinquenta sessenta "
    "setenta oitenta noventa cem cento",
    "ru": "ноль нуль один одна два две три четыре пять шесть семь восемь девять десять одиннадцать двенадцать "
    "тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать двадцать тридцать "
    "сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто сто двести триста четыреста пятьсот шестьсот "
    "семьсот восемьсот девятьсот",
    "ar": "صفر واحد وحدة اثنين اثنان ثنين ثلاثة ثلاث اربعة أربعة اربع أربع خمسة خمس ستة ست سبعة سبع ثمانية ثمان "
    "ثماني تسعة تسع عشرة عشر",
}
_COMPOUNDS = (
    "(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(?:zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)",
    "(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën)(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)",
    "(?:vent|trent|quarant|cinquant|sessant|settant|ottant|novant)(?:uno|otto)",
    "(?:venti|trenta|quaranta|cinquanta|sessanta|settanta|ottanta|novanta)(?:due|tre|tré|quattro|cinque|sei|sette|nove)",
)
_WORDS = frozenset(w for words in _UNITS.values() for w in words.split())
_PLUS = frozenset(("plus", "плюс", "più", "mais", "más"))
_JOINS = frozenset(("y", "e", "et", "und", "en", "и", "and", "و"))
_OPENERS = frozenset(("zero", "oh", "zéro", "null", "nul", "cero", "ноль", "нуль", "صفر", *_PLUS))
_COMPOUND = re.compile("|".join(_COMPOUNDS))
_COMPOUND_ENDINGS = ("zig", "ßig", "tig", "uno", "due", "tre", "tré", "quattro", "cinque", "sei", "sette", "otto", "nove")
_CUE = re.compile(
    r"(?<!\w)(?:tel|tél|telefoon|telefoonnummer|nummer|telefon|telefonnummer|handy|handynummer|mobiel|phone|number|"
    r"mobile|cell|numéro|portable|número|numero|teléfono|telefono|telefone|telemóvel|celular|móvil|cellulare|"
    r"номер|телефон|тел|رقم|رقمه|رقمها|جوال|جواله|موبايل|هاتف|تلفون|واتساب)(?!\w)",
    re.IGNORECASE,
)
_CUE_STEMS = ("tel", "tél", "num", "núm", "phone", "handy", "mobi", "cell", "portable", "celular", "móvil", "ном", "тел",
              "رقم", "جوال", "موبايل", "هاتف", "تلفون", "واتساب")
_WORD_START = re.compile(r"(?<!\w)\w+")
_NEXT_WORD = re.compile(r"(?:[ \t]*[,\-–][ \t]*|[ \t]+)(\w+)")
_CUE_REACH = 40  # characters between the phone word and the first number word
_MIN_WORDS = 6
_MIN_WORDS_UNCUED = 8
_PUNCTUATION = ",.;:!?()«»\"'-–"
_DENSE_DIGITS = "〇零一二三四五六七八九幺공영일이삼사오육칠팔구"
_DENSE_RUN = re.compile(f"(?<![{_DENSE_DIGITS}0-9A-Za-z])[{_DENSE_DIGITS}]{{3,}}(?:[ \\t\\-]?[{_DENSE_DIGITS}]{{3,}})*(?![{_DENSE_DIGITS}0-9A-Za-z])")
_MIN_DENSE = 8


def _is_number(word: str) -> bool:
    """A number word of one of the languages ("zes", "девятьсот", "eenendertig")."""
    return word in _WORDS or word.endswith(_COMPOUND_ENDINGS) and _COMPOUND.fullmatch(word) is not None


def _run_end(text: str, first: re.Match[str], cued: bool = True) -> int | None:
    """The end of a run of number words opening at ``first`` (a "plus" first, "and" between two),
    or None when it is too short to be a phone number (see the module)."""
    word = first.group().casefold()
    if word not in _PLUS and not _is_number(word):
        return None
    opener = word in _OPENERS
    count, end, pos = int(word not in _PLUS), first.end(), first.end()
    while (m := _NEXT_WORD.match(text, pos)) is not None:
        word = m.group(1).casefold()
        if _is_number(word):
            count, end = count + 1, m.end()
        elif word not in _JOINS:
            break
        pos = m.end()
    least = _MIN_WORDS if cued or opener else _MIN_WORDS_UNCUED
    return end if count >= least else None


def _dense_phones(text: str) -> list[PiiSpan]:
    """Digits read out in CJK or Hangul characters (see the module)."""
    spans = []
    for m in _DENSE_RUN.finditer(text):
        if sum(ch in _DENSE_DIGITS for ch in m.group()) >= _MIN_DENSE:
            spans.append(PiiSpan(m.start(), m.end(), "PHONE"))
    return spans


def _uncued(text: str, taken: list[PiiSpan]) -> list[PiiSpan]:
    """Runs long enough to be a phone number with no phone word before them."""
    spans: list[PiiSpan] = []
    if sum(word.strip(_PUNCTUATION) in _WORDS for word in text.casefold().replace("-", " ").split()) < _MIN_WORDS:
        return spans  # too few number words in the whole note: a look at every word is not needed
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
        spans.extend(_dense_phones(text))
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
