"""Literal phrases and whole words found in one pass, as ``str.find`` / ``str.split`` would find them."""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.common.literals import Literals, Words

PHRASES = ["not", "no", "ne pas", "n'aime pas", "안 먹", "不吃", "no"]
TEXT = "no nuts, not fish; il n'aime pas le thé, ne pas servir. 고기 안 먹어요 不吃辣 nono"


def test_starts_are_every_occurrence_of_every_literal():
    expected = sorted(
        start for phrase in set(PHRASES)
        for start in range(len(TEXT)) if TEXT.startswith(phrase, start)
    )
    assert sorted(Literals(PHRASES).starts(TEXT)) == expected
    assert sorted(Literals(PHRASES).starts(TEXT, 10)) == [start for start in expected if start >= 10]


def test_any_in_agrees_with_in():
    lits = Literals(PHRASES)
    assert lits.any_in(TEXT)
    assert not lits.any_in("nuts and fish")
    assert not Literals([]).any_in(TEXT) and Literals([]).starts(TEXT) == []


def test_empty_literal_is_refused():
    with pytest.raises(ValueError):
        Literals(["ok", ""])


def test_words_are_the_whole_words_of_the_split():
    folded = "no nuts  no  fish nono not no"
    words = ["no", "not", "fish", "no fish", "", "nut"]
    expected = sorted(
        (start, word) for word in set(words) if word in folded.split()
        for start in range(len(folded)) if f" {folded} ".startswith(f" {word} ", start)
    )
    assert Words(words).found(folded) == expected == [(0, "no"), (9, "no"), (13, "fish"), (23, "not"), (27, "no")]
    assert Words([]).found(folded) == [] and Words(words).found("") == []


def test_ascii_and_other_texts_find_the_same_as_str_find():
    # an ASCII text is read with the ASCII literals alone: the others can never occur in it
    lits, only_dense = Literals(["ne pas", "不吃", "안 먹"]), Literals(["不吃", "안 먹"])
    for text in ("il ne pas", "il ne pas 不吃", "nothing here", "不吃 ne pas", "안 먹어"):
        expected = sorted(s for p in ("ne pas", "不吃", "안 먹") for s in range(len(text)) if text.startswith(p, s))
        assert sorted(lits.starts(text)) == expected and lits.any_in(text) == bool(expected)
        dense = sorted(s for p in ("不吃", "안 먹") for s in range(len(text)) if text.startswith(p, s))
        assert sorted(only_dense.starts(text)) == dense and only_dense.any_in(text) == bool(dense)
    words = Words(["no", "нет", "无"])
    assert words.found("no fish") == [(0, "no")] and words.found("нет no") == [(0, "нет"), (4, "no")]
    assert Words(["нет"]).found("no fish") == [] and Words(["нет"]).found("рыбы нет") == [(5, "нет")]


def test_shared_pass_answers_each_set_as_in_does(monkeypatch):
    # the sets share one scan per text, its masks kept: a set that joins later (a new bit) and
    # texts asked again, in turn, still get the answer of ``in``
    # (a text and the same text padded by spaces are answered from one scan: " no " is in the second only)
    texts = ["sans gluten ni lait", "no tea", " no tea ", "ohne Nüsse", "牛奶不喝", "sans gluten ni lait", " no tea "]
    sets = [["gluten", "sesame"], [" no ", "zz"], ["Nüsse", "nope"], ["牛奶"], ["lait", "tea"], ["absent", "不要"], [" tea "]]
    made: list[Literals] = []
    for words in sets:
        made.append(Literals(words))
        for text in texts:
            for lits, ws in zip(made, sets):
                assert lits.any_in(text) == any(w in text for w in ws), (ws, text)
    monkeypatch.setattr("lvmh_pipeline.lib.common.literals._MAX_SHARED", 0)  # past the cap: a set scans alone
    alone = Literals(["lait", "Nüsse"])
    assert [alone.any_in(t) for t in texts] == [True, False, False, True, False, True, False] and alone._bit == -1
