"""Colloquial Chinese money forms rewritten, character for character, into the forms the amount
reader knows: "1.5w" / "3W" (万), "5000块" / "三千块" (元, the colloquial yuan), "1.2万欧" / "3000欧"
(€), "5千刀" (US$), "美刀" (美金); the German "3–4 T€" (thousands of euros) reads as "3–4 K€". The rewrite keeps every offset ("w" -> "万", "块" -> "元",
"欧" -> "€", "刀" -> "$", "美刀" -> "美金"), so spans found in it are spans of the original text.

Each form counts only right after a number: "一块手表" (a watch), "欧洲" (Europe), "三把刀" (knives)
and "5w" in a note of another language ("5 weeks") stay as written.
"""

from __future__ import annotations

import re
from typing import TypeVar

from lvmh_pipeline.lib.concepts.budgets.currencies import EUR_PER_UNIT

_B = TypeVar("_B")

__all__ = ["cantonese_dollars", "money_forms", "original_spans"]

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


def money_forms(text: str, language: str | None) -> str:
    """``text`` with the colloquial Chinese money forms (and the German "T€") rewritten (same
    length), or ``text`` itself when there is none."""
    if "T€" in text:
        text = _THOUSAND_EUROS.sub(r"\1K", text)
    if (language or "").upper() not in _LANGUAGES or _FIRSTS.isdisjoint(text):
        return text
    return _FORMS.sub(lambda m: _REPLACEMENT[m.lastgroup], text)


def original_spans(budget: _B, text: str) -> _B:
    """``budget`` (a :class:`~lvmh_pipeline.lib.concepts.budgets.budget.Budget` found in the
    rewritten text) with its evidence read from the original ``text`` (the offsets are the same)."""
    def span(start: int, end: int, written: str | None) -> str | None:
        return None if written is None else text[start:end]

    return budget._replace(
        evidence=text[budget.start : budget.end],
        flex_evidence=span(budget.flex_start, budget.flex_end, budget.flex_evidence),
        unlimited_evidence=span(budget.unlimited_start, budget.unlimited_end, budget.unlimited_evidence),
    )


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
