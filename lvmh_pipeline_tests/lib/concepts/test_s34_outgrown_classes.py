"""An allergy of childhood that the note says is gone now is no allergy (session 34, our own words): "had a
metal allergy as a child, not any more", "小时候对金属过敏，现在没有了". A past word alone or "since childhood"
keeps it ("allergic to nuts since she was a child", "어릴 때부터 땅콩 알레르기").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.concepts.constraints import constraints


def _allergies(text: str, language: str) -> set[str]:
    return constraints(text, language)[0]


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "She had a nickel allergy as a child, not any more."),
    ("FR", "Enfant, il était allergique au latex ; plus maintenant."),
    ("DE", "Als Kind hatte sie eine Nickelallergie, jetzt nicht mehr."),
    ("RU", "В детстве была аллергия на металл, сейчас нет."),
    ("JA", "子供の頃は金属アレルギーがあったが今はない。"),
    ("KO", "어릴 때 금속 알레르기 있었는데 지금은 없음."),
    ("ZH", "小时候对金属过敏，现在没有了。"),
    ("AR", "كانت عندها حساسية من المعادن وهي صغيرة، الحين لا."),
])
def test_a_childhood_allergy_gone_now_is_no_allergy(language, text):
    assert not _allergies(text, language)


@pytest.mark.parametrize(("language", "text", "allergen"), [
    ("EN", "Nut allergy since she was a child; now fine with almonds? No - still allergic.", "tree_nuts"),
    ("KO", "어릴 때부터 땅콩 알레르기. 지금은 괜찮은 선물 찾는 중.", "peanut"),
    ("JA", "子供の頃から卵アレルギー。今は大丈夫なギフトを探す。", "eggs"),
    ("EN", "Allergic to cats since childhood; a scarf, not any more silk.", "animal_dander"),
])
def test_an_allergy_since_childhood_or_still_there_stays(language, text, allergen):
    assert allergen in _allergies(text, language)
