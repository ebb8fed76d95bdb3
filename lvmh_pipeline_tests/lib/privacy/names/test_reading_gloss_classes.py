"""A Japanese word with a katakana gloss in brackets and no honorific after it ("断食中（ラマダン）。",
"治療中（リハビリ）、") is no name with its reading: only a known surname, a hiragana reading or an
honorific make the bracket a reading ("山本（やまもと）様", "榊原（さかきばら）、", "山本（ヤマモト）、").
Cases are written for these tests."""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.privacy.names.redaction import redact


@pytest.mark.parametrize("text", ["断食中（ラマダン）。", "治療中（リハビリ）、無理をさせない。", "新作（コレクション）、ご案内。"])
def test_a_katakana_gloss_without_an_honorific_is_no_reading(text):
    assert "[NAME]" not in redact(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [("山本（やまもと）様、来店。", "山本"), ("榊原（さかきばら）、常連。", "さかきばら"), ("山本（ヤマモト）、45歳。", "ヤマモト"),
     ("鈴木（スズキ）様ご来店。", "スズキ")],
)
def test_readings_of_names_still_go(text, name):
    assert name not in redact(text)
