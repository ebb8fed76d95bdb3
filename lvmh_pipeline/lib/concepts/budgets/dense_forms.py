"""Colloquial Chinese money forms rewritten, character for character, into the forms the amount
reader knows: "1.5w" / "3W" (万), "5000块" / "三千块" (元, the colloquial yuan), "1.2万欧" / "3000欧"
(€), "5千刀" (US$), "美刀" (美金); the German "3–4 T€" (thousands of euros) reads as "3–4 K€". The rewrite keeps every offset ("w" -> "万", "块" -> "元",
"欧" -> "€", "刀" -> "$", "美刀" -> "美金"), so spans found in it are spans of the original text.

Each form counts only right after a number: "一块手表" (a watch), "欧洲" (Europe), "三把刀" (knives)
and "5w" in a note of another language ("5 weeks") stay as written.

Spoken forms, same-length rewrites too: "十来万" (some 100,000), "两万五六" (25,000-26,000, the
second digit read back by :func:`han_adjacent`), "四、五万" (40,000-50,000, also in Japanese); a
quoted amount whose unit or currency follows the quote ("'tre, tremila e cinque' euro"), "five-ish
thousand"; Russian (:func:`~lvmh_pipeline.lib.concepts.budgets.numbers.rouble_thousands.russian_forms`) and
Korean (:func:`~lvmh_pipeline.lib.concepts.budgets.numbers.won_units.korean_forms`) spoken amounts.
"""

from __future__ import annotations

import re
from typing import TypeVar

from lvmh_pipeline.lib.concepts.budgets.currencies import EUR_PER_UNIT
from lvmh_pipeline.lib.concepts.budgets.numbers.rouble_thousands import russian_forms
from lvmh_pipeline.lib.concepts.budgets.numbers.won_units import korean_forms

_B = TypeVar("_B")

__all__ = ["cantonese_dollars", "han_adjacent", "money_forms", "original_spans"]

_NUMBER_END = r"(?:(?<=[\d千万萬百亿億])|(?<=\d[wWkK]))"  # "3w刀", "2k欧"
_FORMS = re.compile(
    rf"(?<=\d)(?P<w>[wW])(?![A-Za-z字人步米个個名位件次粉])"  # not "5w字", "10w粉丝"
    rf"|{_NUMBER_END}(?P<kuai>[块塊])"
    rf"|{_NUMBER_END}(?P<ou>[欧歐])(?![洲美式陆陸盟版元])"
    rf"|{_NUMBER_END}(?P<mei>美刀)"
    rf"|{_NUMBER_END}(?P<dao>刀)"
)
_REPLACEMENT = {"w": "万", "kuai": "元", "ou": "€", "mei": "美金", "dao": "$"}
_LANGUAGES = frozenset({"ZH"})
_FIRSTS = frozenset("wW块塊欧歐刀")


# German thousands of euros: "3–4 T€" reads as "3–4 K€".
_THOUSAND_EUROS = re.compile(r"(?<=\d)([ \u00a0\u202f]?)T(?=€)")


# "十来万" (some ten 万) read as "十万来"; "两万五六" (25-26 thousand): the second digit blanked
# here, read back by :func:`han_adjacent`.
_ABOUT = re.compile(r"(?<=[十百])来([万萬千])")
_ADJACENT = re.compile(r"(?<=[万萬千])([一二三四五六七八九])([二三四五六七八九])(?![十百千万萬元块塊])")
_HAN_DIGIT = "一二三四五六七八九"


# A space between written digits and their Han unit ("8 万", "15-20 万", "30 万円") moved before the digits
# (" 8万"): the unit stays the number's.
_SPACED_UNIT = re.compile(r"(?<![\d.,])(\d[\d.,]*(?:[ \u00a0]?[-~–～到至][ \u00a0]?\d[\d.,]*)?)[ \u00a0](?=[万萬千亿億])")


def _spaced_units(text: str) -> str:
    """``text`` with written digits joined to the Han unit after a space (same length)."""
    if " 万" not in text and " 萬" not in text and " 千" not in text and " 亿" not in text and " 億" not in text \
            and "\u00a0万" not in text:
        return text
    return _SPACED_UNIT.sub(lambda m: " " + m.group(1).replace(" ", "").replace("\u00a0", "").rjust(len(m.group(1))), text)


# "四、五万" (four or five 万) read as " 四五万", the colloquial pair the amount reader knows.
_COMMA_PAIR = re.compile(r"([一二三四五六七八九])、([二三四五六七八九])(?=[千万萬])")


def han_comma_pairs(text: str) -> str:
    """``text`` with two adjacent Han digits written with a comma joined (same length)."""
    if "、" not in text:
        return text
    return _COMMA_PAIR.sub(lambda m: " " + m.group(1) + m.group(2) if _HAN_DIGIT.index(m.group(2)) == _HAN_DIGIT.index(
        m.group(1)) + 1 else m.group(), text)


def _adjacent(match: re.Match[str]) -> str:
    first, second = match.groups()
    return first + " " if _HAN_DIGIT.index(second) == _HAN_DIGIT.index(first) + 1 else match.group()


def han_adjacent(budget: _B, text: str, work: str) -> _B:
    """``budget`` whose amount ended on the first of two adjacent digits ("两万五六": 25,000) with
    the maximum raised by the second (26,000)."""
    if budget is None or work is text or budget.min_eur != budget.max_eur:
        return budget
    for pos in range(budget.start, min(len(text), budget.end + 1)):
        if work[pos] == " " and text[pos] in _HAN_DIGIT and text[pos - 2] in "万萬千":
            unit = (1000 if text[pos - 2] in "万萬" else 100) * EUR_PER_UNIT[budget.currency]
            return budget._replace(max_eur=budget.max_eur + unit)
    return budget


# A spoken amount quoted without its unit or currency ("'tre, tremila e cinque' euro", "'four, four
# and a half' thousand USD"): the closing quote moves after them.
_UNIT_WORD = (r"(?:euros?|eur|usd|gbp|dollars?|pounds?|quid|bucks|thousand|grand|mila|mille|mil|duizend|tausend|"
              r"евро|рублей|долларов)")
_QUOTED = re.compile(rf"(['’\"»”])((?:[ \u00a0]+(?i:{_UNIT_WORD})(?![^\W\d_])){{1,2}})")  # quote first: a fast scan
# "four-ish thousand": the suffix of approximation blanked before the number ("    four thousand").
_ISH = re.compile(r"(?<![^\W\d_])(one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|"
                  r"fifty)-ish(?=[ \u00a0](?:thousand|grand|hundred|k)(?![^\W\d_]))", re.IGNORECASE)


def _unquoted(match: re.Match[str]) -> str:
    """The unit or currency, then the closing quote (after a letter: not an opening quote)."""
    at = match.start()
    closing = at > 0 and match.string[at - 1].isalpha()
    return match.group(2) + match.group(1) if closing else match.group()


# Spoken forms of other languages, same-length rewrites.
_SPOKEN_FORMS = {"RU": russian_forms, "KO": korean_forms, "JA": han_comma_pairs}
_OTHER_SCRIPTS = frozenset({"ZH", "JA", "KO", "AR"})
_SPACED_LANGUAGES = frozenset({"ZH", "JA"})


def money_forms(text: str, language: str | None) -> str:
    """``text`` with the colloquial and spoken money forms (and the German "T€") rewritten (same
    length), or ``text`` itself when there is none."""
    lang = (language or "").upper()
    if "T€" in text:
        text = _THOUSAND_EUROS.sub(r"\1K", text)
    if lang not in _OTHER_SCRIPTS:  # spoken forms in Latin letters (and Russian)
        text = _QUOTED.sub(_unquoted, text)
        if "-ish" in text:
            text = _ISH.sub(lambda m: "    " + m.group(1), text)
    spoken = _SPOKEN_FORMS.get(lang)
    if spoken is not None:
        text = spoken(text)
    if lang in _SPACED_LANGUAGES:
        text = _spaced_units(text)  # "8 万左右"
    if lang not in _LANGUAGES:
        return text
    text = _FORMS.sub(lambda m: _REPLACEMENT[m.lastgroup], text) if not _FIRSTS.isdisjoint(text) else text
    if "来" in text:
        text = _ABOUT.sub(r"\1来", text)
    text = han_comma_pairs(text)
    return _ADJACENT.sub(_adjacent, text)


def original_spans(budget: _B, text: str, work: str | None = None) -> _B:
    """``budget`` (a :class:`~lvmh_pipeline.lib.concepts.budgets.budget.Budget` found in the
    rewritten text ``work``) with its evidence read from the original ``text`` (the offsets are the
    same); a span that ends inside a rewritten stretch ("тысяч до сорока" read as "до 40 тыс.₽")
    is widened to the whole stretch."""
    def span(start: int, end: int, written: str | None) -> str | None:
        return None if written is None else text[start:end]

    start, end = budget.start, budget.end
    if work is not None and work is not text:
        start, end = _rewritten(text, work, start, -1), _rewritten(text, work, end - 1, 1) + 1
    return budget._replace(
        start=start, end=end,
        evidence=text[start:end],
        flex_evidence=span(budget.flex_start, budget.flex_end, budget.flex_evidence),
        unlimited_evidence=span(budget.unlimited_start, budget.unlimited_end, budget.unlimited_evidence),
    )


def _rewritten(text: str, work: str, at: int, step: int) -> int:
    """The farthest position from ``at`` (towards ``step``) of the rewritten stretch around it:
    changed characters with at most two unchanged ones between them."""
    last, same, pos = at, 0, at + step
    while 0 <= pos < len(text) and same <= 2:
        if work[pos] != text[pos]:
            last, same = pos, 0
        else:
            same += 1
        pos += step
    return last


# Cantonese written forms: a note in Cantonese is a Hong Kong note, its dollars are HKD.
_CANTONESE = frozenset("佢嘅唔喺咗嚟睇係冇哋嘢")
_YUAN_WRITTEN = re.compile(r"元|人民币|人民幣|RMB|rmb|CNY|块|塊")


def cantonese_dollars(budget: _B, text: str, language: str | None) -> _B:
    """``budget`` read in HKD when the Chinese note is written in Cantonese ("佢話預算三萬", at
    least two Cantonese particles) and its CNY came from the language default, not from a yuan
    written in the note."""
    if (language or "").upper() != "ZH" or getattr(budget, "currency", None) != "CNY":
        return budget
    if len(_CANTONESE.intersection(text)) < 2 or _YUAN_WRITTEN.search(text):
        return budget
    rate = EUR_PER_UNIT["HKD"] / EUR_PER_UNIT["CNY"]  # the same number read in HKD
    return budget._replace(min_eur=budget.min_eur * rate, max_eur=budget.max_eur * rate, currency="HKD")
