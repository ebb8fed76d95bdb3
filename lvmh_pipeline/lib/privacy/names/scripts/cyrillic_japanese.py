"""Japanese names written in Cyrillic letters ("Харуто Сузуки", "Юко Танака", "Такеши Ямада"), anywhere
in a note: two capitalised words in a row, each made of the syllables Russian uses for Japanese
(ка, ки, су, то, цу, дзи, ё, н …), of two syllables or more.

The syllables are the evidence: a Russian word rarely parses so, and two such words in a row, none
of them an ordinary word, a place, a brand or a designer ("Мама Наташа", "Токио Сити", "Иссей Мияке"),
opening the note or a sentence or after a client or meeting word, are a person's name.
"""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.guard import COMMON, classify, is_place_month_or_brand, is_vocabulary
from lvmh_pipeline.lib.privacy.names.lexicon import is_filler

__all__ = ["cyrillic_japanese_names"]

# One syllable: a consonant (or дз, дж, a doubled one: "Хаттори", "Хоккайдо"), then a vowel; a final н or й
_SYLLABLE = r"(?:(?:кк|тт|пп|сс|тц|тч|дз|дж|[кгсзтдцнхфмрвбпчшж])?[аиуэеояюё][йн]?|н)"
_WORD = re.compile(rf"(?:{_SYLLABLE}){{2,5}}")
_PAIR = re.compile(r"(?<![А-Яа-яЁё\-])([А-ЯЁ][а-яё]{2,9})[ \t]+([А-ЯЁ][а-яё]{2,9})(?![А-Яа-яЁё\-])")


# Japanese words and places Russian writes with the same syllables
_NOT_NAMES = frozenset(
    """токио осака киото иокогама йокогама кобе нагоя саппоро хоккайдо окинава нара хиросима нагасаки фукуока
    сендай никко камакура хаконэ гиндза сибуя синдзюку роппонги асакуса сити суси суши саке сакэ кимоно карате
    дзюдо айкидо аниме манга сакура самурай ниндзя гейша цунами хокку хайку мисо рамэн рамен темпура сашими
    васаби бонсай оригами икебана кабуки дзен сёгун тойота хонда мазда ниссан сони юникло мудзи сэйко
    тамагочи каваии иссей мияке ёдзи йодзи ямамото кэндзо кензо такада кавакубо микимото""".split()
)
# Where a person's name stands: the start of the note or of a sentence (a hesitation or a filler may
# come first: "э-э, нет, стоп. Харуто Сузуки, …"), or after a client or meeting word
_PERSON_BEFORE = re.compile(
    r"(?:^|[.!?…:;\n]|(?:клиент|клиентка|клиента|клиентки|пришёл|пришел|пришла|заходил|заходила|приходил|приходила|с)[ \t]+)[ \t]*$"
)


def _japanese_shaped(word: str) -> bool:
    return (
        word.casefold() not in _NOT_NAMES
        and len(set(word.casefold())) > 2  # "Эээ", "Ааа": a hesitation
        and not is_filler(word)
        and _WORD.fullmatch(word.casefold()) is not None
        and classify(word) != COMMON
        and not is_vocabulary(word)
        and not is_place_month_or_brand(word)
    )


def cyrillic_japanese_names(text: str) -> list[PiiSpan]:
    """Both words of a pair of Japanese-shaped capitalised Cyrillic words where a person's name stands."""
    return [
        span for m in _PAIR.finditer(text)
        if _japanese_shaped(m.group(1)) and _japanese_shaped(m.group(2))
        and _PERSON_BEFORE.search(text, max(0, m.start() - 12), m.start())
        for span in (PiiSpan(m.start(1), m.end(1), "NAME"), PiiSpan(m.start(2), m.end(2), "NAME"))
    ]
