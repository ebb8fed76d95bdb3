"""Occasion classes of session 37 (second round), in our own phrasings:

- Ages said in words: an English ordinal owned by someone ("Dad's seventieth"), the years of a person in French,
  Spanish and Italian ("les soixante ans de sa mère"), the years of a firm ("les quinze ans de la boîte", the firm's
  anniversary; "ses vingt ans de boîte", someone's years there: a celebration); not a restated count of something
  else ("his twenty-fifth, twenty fifth year in the parish").
- A baby's 100th day (백일) is a celebration, not the birth; a hen or stag party is a celebration.
- A pregnancy that dates something else ("depuis sa grossesse", "since her pregnancy") or whose gift is a babymoon
  is no birth.
- "압구정" is a district, not "구정" (Lunar New Year).
- A couple's years in Arabic words ("خمس سنين مع بعض"); an Arabic graduation told by finishing school.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.concepts.occasion_checks import occasions


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("EN", "A watch for Dad's seventieth, which is in March.", {"birthday:03"}),
    ("EN", "Earrings for her fiftieth in May.", {"birthday:05"}),
    ("EN", "Flowers for their fortieth.", set()),
    ("EN", "Her tenth visit this year.", set()),
    ("EN", "A pen for his twenty-fifth, twenty fifth year in the parish, in June.", set()),
    ("FR", "Un sac pour les soixante ans de sa mère en avril.", {"birthday:04"}),
    ("FR", "C'est pour ses quarante ans.", {"birthday"}),
    ("FR", "Pour ses vingt ans de carrière.", set()),
    ("FR", "Une montre pour les quinze ans de la boîte, en juin.", {"corporate_anniversary:06"}),
    ("FR", "Il veut une montre pour ses vingt ans de boîte.", {"celebration"}),
    ("ES", "Un reloj para los sesenta años de su padre.", {"birthday"}),
    ("IT", "Un regalo per i settant'anni di sua nonna.", {"birthday"}),
])
def test_ages_in_words(language, text, expected):
    assert occasions(text, language) == expected, text


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("KO", "손녀 백일 선물로 은수저 보셨어요.", {"celebration"}),
    ("KO", "조카 백일잔치가 다음 주예요.", {"celebration"}),
    ("EN", "Her sister's hen do is in October.", {"celebration:10"}),
    ("FR", "Cadeau pour l'enterrement de vie de jeune fille de sa cousine.", {"celebration"}),
])
def test_celebrations_named_by_their_own_word(language, text, expected):
    assert occasions(text, language) == expected, text


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("FR", "Depuis sa grossesse, elle ne supporte plus le parfum.", set()),
    ("EN", "Since her pregnancy she prefers flat shoes.", set()),
    ("EN", "She is seven months pregnant; a set of bags for the babymoon in April.", set()),
    ("EN", "She is pregnant, due in May.", {"birth:05"}),
    ("FR", "Enceinte de cinq mois.", {"birth"}),
])
def test_pregnancies_that_are_no_birth(language, text, expected):
    assert occasions(text, language) == expected, text


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("KO", "압구정 매장에서 픽업하실 예정이에요.", set()),
    ("KO", "구정 선물로 한우 세트 보셨어요.", {"lunar_new_year"}),
    ("AR", "صار لهم خمس سنين مع بعض، والهدية لشهر آذار.", {"relationship_anniversary:03"}),
    ("AR", "هدية لبنتها بمناسبة نجاحها، خلصت الثانوية في حزيران.", {"graduation:06"}),
])
def test_places_couples_and_graduations(language, text, expected):
    assert occasions(text, language) == expected, text
