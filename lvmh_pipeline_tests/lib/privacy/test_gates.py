"""Literal gates of the detectors: each answers ``any(w in text for w in words)``, all of them
from one scan of a text, a gate made after the first question included."""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.gates import Gate


def test_a_gate_answers_any_literal_in_text():
    apps = Gate(["telegram", "微信", "insta"])
    streets = Gate(["Via", "Calle"])
    assert apps("écris-moi sur telegram") and apps("加微信") and not apps("par téléphone")
    assert streets("Calle Mayor 3") and not streets("via Roma") and not streets("")
    assert not apps("Calle Mayor 3") and apps("instagram, via Roma") and not streets("instagram, via Roma")


def test_a_gate_made_later_is_answered_too():
    first = Gate(["alpha"])
    assert first("alpha beta")
    later = Gate(["beta"])  # the automata are built again with it
    assert later("alpha beta") and first("alpha beta") and not later("alpha")


def test_empty_literals_are_refused():
    with pytest.raises(ValueError):
        Gate([])
    with pytest.raises(ValueError):
        Gate(["ok", ""])
