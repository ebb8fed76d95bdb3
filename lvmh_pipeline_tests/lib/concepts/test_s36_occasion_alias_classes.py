"""Occasion aliases of session 36 (taxonomy 1.28.0), in our own phrasings: a Japanese coming-of-age ceremony is a
celebration, not a birthday (every writer round that had one labels it so); a shop or firm opening in Chinese is a
celebration; Saint Valentine's abbreviated in Italian; an engagement ring written without its preposition in Spanish."""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.concepts.extraction import extract


def _labels(text: str, language: str) -> set[str]:
    return {h.concept for h in extract(text, language, "2026-01-15") if h.category == "occasion" and not h.negated}


@pytest.mark.parametrize(("language", "text", "label"), [
    ("JA", "娘さんの成人式用に、振袖に合うバッグを探しています。", "celebration"),
    ("JA", "来年1月の成人の日に向けて、お祝いの時計。", "celebration"),
    ("ZH", "朋友的餐厅下个月开业，想送一个花瓶。", "celebration"),
    ("ZH", "公司開業志喜，需要一份大礼。", "celebration"),
    ("IT", "Regalo per S.Valentino, budget 500.", "valentines_day"),
    ("ES", "Busca anillo compromiso para su novia, oro blanco.", "engagement"),
])
def test_aliases_of_the_round(language, text, label):
    assert label in _labels(text, language), text


@pytest.mark.parametrize(("language", "text", "absent"), [
    ("JA", "娘さんの成人式用に、振袖に合うバッグを探しています。", "birthday"),
    ("ZH", "营业时间到晚上九点。", "celebration"),  # opening hours: no opening
])
def test_what_they_are_not(language, text, absent):
    assert absent not in _labels(text, language), text
