"""Text folding for matching, with offsets back into the original text."""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.common.text import (
    fold,
    has_dense_script,
    is_word_char,
    normalize,
    same_clause,
    to_folded,
    uses_word_boundaries,
    word_end,
)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Végétarienne", "vegetarienne"),
        ("CAFÉ Noir", "cafe noir"),
        ("rosé-gold", "rose gold"),
        ("d'allergie", "d allergie"),
        ("d’allergie", "d allergie"),
        ("Straße", "strasse"),
        ("œuvre", "oeuvre"),
        ("Ёлка", "елка"),
        ("Ｌｏｕｉｓ", "louis"),
        ("Budget 3-4K", "budget 0 0k"),
        ("أحبُّ الذهب", "احب الذهب"),
        ("アレルギーなし", "アレルギーなし"),
        ("알레르기 없음", "알레르기 없음"),
        ("无过敏", "无过敏"),
    ],
)
def test_fold(text, folded):
    assert fold(text) == folded


def test_fast_path_keeps_length_and_offsets():
    nt = normalize("Cuir noir, végétarienne.")
    assert nt.starts is None and len(nt.folded) == len(nt.original)
    assert nt.to_original(5, 9) == (5, 9)


@pytest.mark.parametrize("text", ["Großzügig Straße Nickelallergie", "cafe\u0301 noir", "œuvre d'art", "emoji 😀 ß ok",
                                  "الذهبَ والفضة"])
def test_slow_path_maps_every_folded_char_back(text):
    nt = normalize(text)
    assert nt.starts is not None
    for i in range(len(nt.folded)):
        start, end = nt.to_original(i, i + 1)
        assert 0 <= start < end <= len(text)
        assert nt.folded[i] in fold(text[start:end])


def test_slow_path_span_round_trip():
    text = "Herr Größe, Nickelallergie."
    nt = normalize(text)
    i = nt.folded.index("nickelallergie")
    start, end = nt.to_original(i, i + len("nickelallergie"))
    assert text[start:end] == "Nickelallergie"
    assert to_folded(nt, start) == i


def test_combining_mark_stays_with_its_letter():
    text = "cafe\u0301 noir"
    nt = normalize(text)
    assert nt.folded == "cafe noir"
    assert text[slice(*nt.to_original(0, 4))] == "cafe\u0301"


def test_scripts_and_boundaries():
    assert has_dense_script("予算") and has_dense_script("ميزانية") and not has_dense_script("budget")
    assert is_word_char("é") and not is_word_char("予") and not is_word_char(" ")
    assert uses_word_boundaries("FR") and not uses_word_boundaries("ja") and uses_word_boundaries(None)
    assert word_end("vegetarisch ok", 8) == 11
    assert word_end("محدودة ok", 4) == 6


def test_same_clause_uses_original_punctuation():
    nt = normalize("ベジタリアン、アレルギーなし")
    assert not same_clause(nt, 0, 8)
    assert same_clause(normalize("birthday in May"), 0, 15)
    assert not same_clause(normalize("birthday. May"), 0, 13)


@pytest.mark.parametrize(
    "text",
    ["Mme Dupont", "ﬁne", "Straße", "İstanbul", "😀 a", "Ａ１２", "e\u0301t\u00e9", "ŉ", "ǅ", "東京 ２０２６", "مرحبا ١٢",
     "x" * 127, "é" * 127 + "ß"],
)
def test_short_texts_fold_as_the_general_path_does(text, monkeypatch):
    from lvmh_pipeline.lib.common.text import folding as text_module

    fast = text_module.normalize(text)
    monkeypatch.setattr(text_module, "_SHORT", 0)
    general = text_module.normalize(text)
    assert fast == general
