"""The generator's English bare amounts follow the pipeline's locale cues: a bare amount is
written only for pounds, with a British cue next to it; euros and dollars keep their sign."""

from __future__ import annotations

import re

import numpy as np
import pytest

from lvmh_pipeline.lib.concepts.budgets.budget import find_budget
from lvmh_pipeline.lib.concepts.budgets.currencies import has_currency_sign
from lvmh_pipeline.lib.concepts.budgets.locale_cues import locale_currency
from lvmh_pipeline.lib.synthetic.amounts import render_budget
from lvmh_pipeline.lib.synthetic.phrases import load_book

_WORDS = re.compile(r"(?i)\b(?:eur|euros?|usd|dollars?|gbp|pounds?|chf|aed)\b")


def _english(region: str, n: int = 300):
    rng, table = np.random.default_rng(7), load_book()["EN"]["budget"]
    for _ in range(n):
        yield render_budget(rng, table, "EN", region, float(rng.choice([1500.0, 4000.0, 9000.0, 30000.0])))


@pytest.mark.parametrize("region", ["UK", "US", "FR", "CH"])
def test_english_bare_amounts_carry_a_british_cue_and_mean_pounds(region):
    bare = 0
    for text, truth in _english(region):
        if truth.unlimited or has_currency_sign(text) or _WORDS.search(text):
            continue
        bare += 1
        assert locale_currency(text, "EN") == "GBP", text
        budget = find_budget(text, "EN")
        assert budget is not None and budget.currency == "GBP", text
        assert budget.min_eur == pytest.approx(truth.min_eur, rel=0.01), text
    assert bare > 0 if region == "UK" else bare == 0


def test_english_euro_and_dollar_amounts_keep_their_sign():
    for region in ("US", "FR"):
        for text, truth in _english(region):
            if not truth.unlimited:
                assert has_currency_sign(text) or _WORDS.search(text), text
