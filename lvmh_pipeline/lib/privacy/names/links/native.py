"""A Japanese name written in its own script beside a name found: the bracket after a romanised
name ("YAMAMOTO Haruka 様（山本はるか）") and a given name in hiragana right after a family name found
in kanji, closed by a bracket or an honorific ("（山本はるか）", "森さくら様")."""

from __future__ import annotations

import re

from lvmh_pipeline.lib.privacy.contacts import PiiSpan
from lvmh_pipeline.lib.privacy.names.person_names import person_names

__all__ = ["kana_given_after_surname", "native_spelling"]

_READING = re.compile(r"[\u3041-\u3096\u30a1-\u30faー・ \u3000]{2,16}")
_HIRAGANA = re.compile("[\u3041-\u3096ー]+")
_KANJI = re.compile(r"[\u4e00-\u9fff]{1,3}")
# A given name in hiragana (two to four letters), then a bracket closing or an honorific
_KANA_GIVEN = re.compile(r"([\u3041-\u3096]{2,4})(?=[)）]|様|さま|さん|ちゃん|くん|氏)")
# Hiragana words that follow a family name as particles or endings, no given name
_NOT_GIVEN = frozenset(
    "から まで より です でした ます さん さま くん ちゃん たち など にも には とは では へは からの までの".split()
)


def native_spelling(inner: str) -> bool:
    """After a romanised name and its honorific, a bracket that holds the name in Japanese: a reading
    in kana, or a listed family name in kanji before the given name ("山本はるか"), not a place ("東京")."""
    run = inner.replace(" ", "").replace("\u3000", "")
    return bool(_READING.fullmatch(inner)) or any(
        run[:size] in person_names().surnames and len(run) > size and (size > 1 or _HIRAGANA.fullmatch(run[1:]))
        for size in (1, 2, 3)
    )  # a one-kanji family name before a given name in hiragana only ("森さくら", not "森ビル")


def kana_given_after_surname(text: str, anchors: list[tuple[int, int]]) -> list[PiiSpan]:
    """"（山本はるか）", "鈴木ゆい様": the hiragana right after a kanji family name found, before a closing
    bracket or an honorific, is its given name."""
    out = []
    for start, end in anchors:
        if not _KANJI.fullmatch(text, start, end) or text[start:end] not in person_names().surnames:
            continue
        m = _KANA_GIVEN.match(text, end)
        if m and m.group(1) not in _NOT_GIVEN:
            out.append(PiiSpan(m.start(1), m.end(1), "NAME"))
    return out
