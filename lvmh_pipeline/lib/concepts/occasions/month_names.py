"""Month words of every language: full names, abbreviations, JA/ZH/KO and Korean numeral months,
Arabic "شهر 3", the words that make an ambiguous name a month ("in may"), and reading a short
written date (:func:`date_of`: "8 марта", "March 8th", "3月8日").
"""

from __future__ import annotations

import re
from functools import lru_cache

from lvmh_pipeline.lib.common.text import fold
from lvmh_pipeline.lib.concepts.alias_keys import PhraseFinder

__all__ = ["DATE_LEAD_WORDS", "abbreviation_dot", "date_of", "leads_to_date", "ordinal_dot"]

_NAMES: dict[str, tuple[str, ...]] = {
    "FR": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"),
    "EN": ("january", "february", "march", "april", "may", "june", "july", "august", "september|sept", "october", "november", "december"),
    "IT": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"),
    "ES": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre|setiembre", "octubre", "noviembre", "diciembre"),
    "DE": ("januar|jänner", "februar|feber", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"),
    "PT": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"),
    "NL": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"),
    "RU": (
        "январь|января|январе", "февраль|февраля|феврале", "март|марта|марте", "апрель|апреля|апреле",
        "май|мая|мае", "июнь|июня|июне", "июль|июля|июле", "август|августа|августе",
        "сентябрь|сентября|сентябре", "октябрь|октября|октябре", "ноябрь|ноября|ноябре", "декабрь|декабря|декабре",
    ),
    "AR": (  # Egyptian / Gulf, Levantine, and Maghrebi names ("شتنبر", "جويلية")
        "يناير|كانون الثاني|ينير|جانفي", "فبراير|شباط|فيفري", "مارس|آذار", "أبريل|ابريل|نيسان|أفريل|افريل",
        "مايو|أيار", "يونيو|يونيه|حزيران|جوان", "يوليو|يوليه|تموز|يوليوز|جويلية", "أغسطس|آب|غشت|أوت",
        "سبتمبر|أيلول|شتنبر", "أكتوبر|تشرين الأول|اكتوبر", "نوفمبر|تشرين الثاني|نونبر", "ديسمبر|كانون الأول|دجنبر",
    ),
}
# Abbreviated month names ("4 Sept", "due Oct", "(feb)", "Aug."), read only with a day number next
# to them, a dot or bracket after them or a lead word before them; those that are also words or
# names ("Jan", "mar", "out", "set") only with a day number.
_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "EN": ("jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    "NL": ("jan", "feb", "mrt", "apr", "", "jun", "jul", "aug", "sep|sept", "okt", "nov", "dec"),
    "DE": ("jan", "feb", "mär|mrz", "apr", "", "jun", "jul", "aug", "sep|sept", "okt", "nov", "dez"),
    "FR": ("janv", "févr|fév", "", "avr", "", "", "juil", "", "sept", "oct", "nov", "déc"),
    "ES": ("ene", "feb", "mar", "abr", "", "jun", "jul", "ago", "sep|sept", "oct", "nov", "dic"),
    "IT": ("gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set|sett", "ott", "nov", "dic"),
    "PT": ("jan", "fev", "mar", "abr", "", "jun", "jul", "ago", "set", "out", "nov", "dez"),
    "RU": ("янв", "фев|февр", "мар", "апр", "", "июн", "июл", "авг", "сен|сент", "окт", "ноя|нояб", "дек"),
}
_WORDLIKE_ABBREVIATIONS = frozenset({"jan", "mar", "ene", "gen", "mag", "set", "out", "ago"})
# … and those that are words of one language only: French "sept" is seven ("fin sept.", not "ils sont sept.").
_WORDLIKE_IN: dict[str, frozenset[str]] = {"FR": frozenset({"sept"})}
_ABBREVIATION_LEAD = frozenset(
    "in early mid late end by due expected until till before after around from since eind begin half medio tot voor "
    "fin debut avant mi ende anfang mitte bis vor fine inizio entro finales principios fim inicio в к до с после конец "
    "начало середина en em im op a".split()  # "cumple 60 en nov →", "aniv. em dez", "Geburtstag im Dez"
)
_CAPITALISED_ONLY = frozenset({"may", "march"})
# Words after which a lowercase "may" / "march" is the month ("in may", "end of march").
_MONTH_LEAD = frozenset(
    "in early mid late end of beginning start by until till since from next last this before after around".split()
)
# Particles written glued to a month name: Arabic "ب" (in) and "و" (and).
_CLITICS = {"AR": ("ب", "و")}
_CJK_NUMERALS = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")
_CJK_MONTH = re.compile(
    r"(?<![0-9０-９])(1[0-2]|0?[1-9]|１[０-２]|０?[１-９])\s?[月월](?!份?间)|"
    r"(十二|十一|十|一|二|三|四|五|六|七|八|九)月"
)
_CJK_DAY = re.compile(r"\s?([0-9０-９]{1,2})\s?[日일号號]")
# Korean months in Sino-Korean numerals ("시월", "유월에", "십이월"); not "이월" (also "carried over").
_HANGUL_MONTH = re.compile(r"(?<![가-힣])(십이|십일|일|삼|사|오|유|칠|팔|구|시)월")
# "이월" is February only with a date word glued or next to it ("이월에", "이월쯤", "이월 말"), not "carried over" ("이월된").
_HANGUL_FEBRUARY = re.compile(r"(?<![가-힣])이월(?=에(?![가-힣])|에는|쯤|경|\s?(?:중순|초순|하순)|\s?[말초](?:에|이|쯤|경|께|(?![가-힣])))")
_HANGUL_MONTHS = {"일": 1, "삼": 3, "사": 4, "오": 5, "유": 6, "칠": 7, "팔": 8, "구": 9, "시": 10, "십일": 11, "십이": 12}
_DENSE_LANGS = frozenset({"JA", "ZH", "KO"})
# English month names written in a JA/ZH/KO note ("生日在 July", "결혼기념일 October"); not those that
# are also given names (April, May, June, August).
_LATIN_MONTH = re.compile(r"(?<![A-Za-z])(?:[Jj]anuary|[Ff]ebruary|[Mm]arch|[Jj]uly|[Ss]eptember|[Oo]ctober|[Nn]ovember|[Dd]ecember)(?![A-Za-z])")
_LATIN_MONTHS = {"january": 1, "february": 2, "march": 3, "july": 7, "september": 9, "october": 10, "november": 11, "december": 12}
# "شهر سبعة": a month by its number in words (spoken forms included), 2..12 ("شهر واحد" is mostly "one month").
_ARABIC_MONTH_NUMBERS: dict[str, int] = {
    "اثنين": 2, "اتنين": 2, "ثلاثة": 3, "تلاتة": 3, "ثلاثه": 3, "أربعة": 4, "اربعة": 4, "أربعه": 4,
    "اربعه": 4, "خمسة": 5, "خمسه": 5, "ستة": 6, "سته": 6, "سبعة": 7, "سبعه": 7, "ثمانية": 8, "تمانية": 8,
    "ثمانيه": 8, "تمانيه": 8, "تسعة": 9, "تسعه": 9, "عشرة": 10, "عشره": 10, "احدعش": 11, "حداش": 11,
    "إحدى عشر": 11, "اطنعش": 12, "اثنا عشر": 12, "اثني عشر": 12,
}
_ARABIC_NUMBERED_MONTH = re.compile(
    r"(?<![\w])(?:ب?شهر|ب?الشهر)\s*(?:([0-9٠-٩]{1,2})(?![0-9٠-٩])|(" + "|".join(_ARABIC_MONTH_NUMBERS) + r")(?!\w))"
)
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


@lru_cache(maxsize=32)
def _finder(language: str) -> PhraseFinder:
    """Month names of ``language`` (every language when unknown), valued (month, name)."""
    langs = [language] if language in _NAMES else list(_NAMES)
    names: dict[str, int] = {}
    for lang in langs:
        for month, spellings in enumerate(_NAMES[lang], start=1):
            for name in spellings.split("|"):
                names.setdefault(name, month)
                for clitic in _CLITICS.get(lang, ()):  # "بحزيران" (in June), "وتموز"
                    names.setdefault(clitic + name, month)
    if language in _ABBREVIATIONS:
        for month, spellings in enumerate(_ABBREVIATIONS[language], start=1):
            for name in filter(None, spellings.split("|")):
                names.setdefault(name, month)
    return PhraseFinder(names, [(month, fold(name)) for name, month in names.items()], bounded=True)


@lru_cache(maxsize=16)
def _abbreviated(language: str) -> frozenset[str]:
    return frozenset(fold(n) for spellings in _ABBREVIATIONS.get(language, ()) for n in spellings.split("|") if n)


@lru_cache(maxsize=1)
def _month_of_name() -> dict[str, int]:
    """Folded month name (every language) -> month."""
    return {fold(name): month for spellings in _NAMES.values() for month, names in enumerate(spellings, start=1)
            for name in names.split("|")}


_DIGITS = re.compile(r"\d{1,2}")


def date_of(text: str) -> tuple[int, int] | None:
    """(month, day) of a short written date: "8 марта", "14. Februar", "March 8th", "3月8日",
    "2월 14일", "٨ مارس"; None when it is not one."""
    numbers = [int(n) for n in _DIGITS.findall(text)]
    cjk = _CJK_MONTH.search(text)
    if cjk is not None and len(numbers) == 2:
        month, day = numbers
    else:
        names = _month_of_name()
        month = next((names[w] for w in fold(text).split() if w in names), 0)
        day = numbers[0] if len(numbers) == 1 else 0
    return (month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


def ordinal_dot(text: str, i: int) -> bool:
    """A German ordinal or date dot ("seinen 60. Geburtstag", "am 14. Februar", the last dot of
    "am 14.2. Geburtstag"): after a number of one or two digits (or a day and a month), before a space."""
    j = i
    while j > 0 and text[j - 1].isdigit():
        j -= 1
    if not (1 <= i - j <= 2 and i + 1 < len(text) and text[i + 1].isspace()):
        return False
    return j == 0 or text[j - 1] not in ".," or _DAY_MONTH_DOT.search(text, max(0, j - 4), j) is not None


_DAY_MONTH_DOT = re.compile(r"(?<![\d.,])\d{1,2}\.$")  # the day of "14.2.", not "3.400."


_ABBREVIATION_WORDS = frozenset("ca approx env bzw ggf resp mr mrs ms dr prof sr sra srta dott mme mlle hr st ste".split())  # titles: "Mr. [NAME]", saints: "St. Gallen"
# Occasion words cut short ("wedding anniv. 12 Sept"): an abbreviation unless a capital follows (a sentence end).
_SHORT_OCCASIONS = frozenset("anniv annivers aniv aniver".split())


def abbreviation_dot(text: str, i: int) -> bool:
    """The dot of an abbreviation ("i.e. June", "z.B.", "ca."): after a one-letter word or a short
    abbreviation word, not a sentence end."""
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    word = text[j:i]
    if word.lower() in _SHORT_OCCASIONS:
        return not text[i + 1 : i + 3].strip()[:1].isupper()
    return (len(word) == 1 and (j == 0 or not text[j - 1].isalnum())) or word.lower() in _ABBREVIATION_WORDS


# Words that only lead to a date in a month's clause ("…, que es a finales de junio", "…, which is
# in early June", "…, c'est fin juin", "…, also am 26."; folded): they do not count as its words.
DATE_LEAD_WORDS = frozenset(fold(w) for w in (
    "in on at the of is it its it's which that due early mid late end beginning start around by "
    "en le la l au a de du d fin début mi courant vers c est qui prévu prévue "
    "el del finales final principios mediados que es será hacia "
    "il di fine inizio metà verso che è entro previsto prevista "
    "em no na do da fim início meados será até dia "
    "im am ende anfang mitte ist das also um etwa "
    "op eind begin half midden dat rond "
    "в на конце начале середине это до "
    # "…, which this year falls in June", "que este año cae en junio", "qui tombe cette année en juin"
    "this year falls fall este ano año cai cae cette année tombe quest anno quest'anno cade dieses jahr fällt "
    "dit jaar valt в этом году выпадает приходится "
    # "…, which is in the second week of August", "la première semaine de mai", "zweite Woche im Mai"
    "first second third fourth last week weekend premiere deuxieme troisieme derniere semaine "
    "primera segunda tercera ultima semana primeira terceira prima seconda terza settimana "
    "ersten zweiten dritten letzten woche eerste tweede derde laatste первой второй третьей последней неделе "
    # "…, i.e. June", "cioè maggio", "то есть в мае", "يعني مايو"
    "i e g namely cioe ossia soit dh то есть يعني"
).split())


# Words that may lead to another date of a usual-date holiday: "Weihnachten erst am siebten Januar", "Noël le 7 janvier".
# The Orthodox feast is one too: "на Рождество, на православное, седьмого января", "Orthodox Christmas, on 7 January".
_ONLY = frozenset(fold(w) for w in (
    "erst only just seulement solo sólo só nur alleen только лишь orthodox orthodoxe orthodoxen ortodosso ortodossa "
    "ortodoxo ortodoxa orthodoxe православное православный православного православная православную православному к"
).split())


def leads_to_date(gap: str) -> bool:
    """A folded gap of at most three words that only lead to a date, the last one perhaps its day ("erst am siebten")."""
    words = gap.split()
    return 1 < len(words) <= 3 and all(w in DATE_LEAD_WORDS or w in _ONLY for w in words[:-1])
