"""An allergy over now, or denied when asked, in the next clause is no allergy (our own
phrasings, found on dense-script notes): it reaches over the comma, as a negative test does."""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.concepts.constraints import constraints

CASES = [
    ("ZH", "小时候对鸡蛋过敏，现在没事了。", set()),
    ("ZH", "问她是不是对鸡蛋过敏，她说不是。", set()),
    ("AR", "كان عنده حساسية من البيض وهو صغير، الحين ما عنده.", set()),
    ("JA", "子供の頃は卵アレルギーだったが、今は大丈夫。", set()),
    ("EN", "Nut allergy as a kid, no longer allergic.", set()),
    ("ZH", "她对鸡蛋过敏，要注意。", {"eggs"}),
    ("AR", "عنده حساسية من البيض، الحين يتجنبه.", {"eggs"}),
    ("EN", "Allergic to nuts, fine now with eggs.", {"tree_nuts"}),
]


@pytest.mark.parametrize(("language", "text", "allergies"), CASES)
def test_resolved_or_denied_allergy(language, text, allergies):
    assert constraints(text, language)[0] == allergies
