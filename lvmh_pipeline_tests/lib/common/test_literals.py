"""Literal phrases found in one pass, as ``str.find`` would find them one by one."""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.common.literals import Literals

PHRASES = ["not", "no", "ne pas", "n'aime pas", "안 먹", "不吃", "no"]
TEXT = "no nuts, not fish; il n'aime pas le thé, ne pas servir. 고기 안 먹어요 不吃辣 nono"


def test_starts_are_every_occurrence_of_every_literal():
    expected = sorted(
        start for phrase in set(PHRASES)
        for start in range(len(TEXT)) if TEXT.startswith(phrase, start)
    )
    assert sorted(Literals(PHRASES).starts(TEXT)) == expected


def test_any_in_agrees_with_in():
    lits = Literals(PHRASES)
    assert lits.any_in(TEXT)
    assert not lits.any_in("nuts and fish")
    assert not Literals([]).any_in(TEXT) and Literals([]).starts(TEXT) == []


def test_empty_literal_is_refused():
    with pytest.raises(ValueError):
        Literals(["ok", ""])
