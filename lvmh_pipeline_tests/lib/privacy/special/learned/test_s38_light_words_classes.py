"""The learned tagger's light words and opposite-sex spouses (session 38), probed with a constant
model that reads every token as a fact: what is left is what the decoding lets through. The
phrasings are written for this test (none is a note's)."""

from __future__ import annotations

import numpy as np
import pytest

from lvmh_pipeline.lib.privacy.special.learned import tagger
from lvmh_pipeline.lib.privacy.special.learned.features import HASH_BITS
from lvmh_pipeline.lib.privacy.special.learned.light import ASIDES, LIGHT_WORDS, opposite_spouse
from lvmh_pipeline.lib.privacy.special.learned.training import CLASSES


def _constant(kind: str) -> tagger.TaggerModel:
    weights = np.zeros((1 << HASH_BITS, len(CLASSES)), dtype=np.float32)
    intercept = np.full(len(CLASSES), -6.0, dtype=np.float32)
    intercept[CLASSES.index(kind)] = 6.0
    return tagger.TaggerModel(weights, intercept, CLASSES)


def _spans(text: str, kind: str) -> list[str]:
    return [text[s.start : s.end] for s in tagger.learned_spans(text, model=_constant(kind))]


@pytest.mark.parametrize("text", ["très", "sehr", "очень", "seit", "после", "с половиной", "ist seit", "bedoel ik", "I mean"])
def test_light_words_alone_are_no_fact(text):
    assert _spans(text, "RELIGION") == []


@pytest.mark.parametrize("text, expected", [
    ("zijn vriend bedoel ik", ["zijn vriend"]),
    ("his partner I mean", ["his partner"]),
    ("после родов", ["после родов"]),
    ("sinds haar burn-out", ["sinds haar burn-out"]),
    ("ik ben gewoon gay", ["ik ben gewoon gay"]),
])
def test_an_aside_never_closes_a_run_and_a_light_word_stays_inside_a_fact(text, expected):
    assert _spans(text, "HEALTH") == expected


@pytest.mark.parametrize("text", ["haar man", "her husband", "his wife", "ihr Mann", "zijn vrouw", "seine Frau"])
def test_an_opposite_sex_spouse_alone_is_no_orientation(text):
    assert _spans(text, "ORIENTATION") == []


@pytest.mark.parametrize("text", ["haar vrouw", "his husband", "ihre Frau", "zijn man"])
def test_a_same_sex_spouse_is_still_read(text):
    assert _spans(text, "ORIENTATION") == [text]


def test_the_lists_hold_what_they_say():
    assert {"très", "seit", "после", "половиной", "bedoel"} <= LIGHT_WORDS and {"bedoel", "mean"} <= ASIDES
    assert opposite_spouse(["haar", "man"]) and not opposite_spouse(["haar", "vrouw"])
    assert not opposite_spouse(["haar", "man", "pieter"])
