"""The learned tagger, session 39: a run made only of words that place a fact in time without the
period itself ("ago", "last", "há", "назад", "times") is no fact, and a conjunction inside a run
stays readable. Probed with a constant model that reads every token as a fact, as the session 38
tests do; the phrasings are written for this test (none is a note's)."""

from __future__ import annotations

import numpy as np
import pytest

from lvmh_pipeline.lib.privacy.special.learned import tagger
from lvmh_pipeline.lib.privacy.special.learned.features import HASH_BITS
from lvmh_pipeline.lib.privacy.special.learned.light import LIGHT_WORDS, TIME_WORDS
from lvmh_pipeline.lib.privacy.special.learned.training import CLASSES


def _constant(kind: str) -> tagger.TaggerModel:
    weights = np.zeros((1 << HASH_BITS, len(CLASSES)), dtype=np.float32)
    intercept = np.full(len(CLASSES), -6.0, dtype=np.float32)
    intercept[CLASSES.index(kind)] = 6.0
    return tagger.TaggerModel(weights, intercept, CLASSES)


def _spans(text: str, kind: str = "HEALTH") -> list[str]:
    return [text[s.start : s.end] for s in tagger.learned_spans(text, model=_constant(kind))]


def test_the_time_words_are_light_words():
    assert TIME_WORDS <= LIGHT_WORDS


@pytest.mark.parametrize("text", ["há", "ago", "назад", "last", "twice", "geleden", "fois", "الماضي"])
def test_a_time_word_alone_is_no_fact(text):
    assert _spans(text) == []


@pytest.mark.parametrize("text, expected", [
    # the period with its word is left to the model: the development writers mostly mark it with the fact
    ("l'anno scorso", ["anno scorso"]),
    ("hace dos años", ["hace dos años"]),
])
def test_a_run_with_its_period_is_the_models(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("asthma and bronchitis", ["asthma", "bronchitis"]),
    ("Asthma und Bronchitis", ["Asthma", "Bronchitis"]),
])
def test_a_conjunction_inside_a_run_stays_readable(text, expected):
    assert _spans(text) == expected
