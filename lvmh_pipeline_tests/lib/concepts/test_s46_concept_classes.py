"""Concept classes of session 46 (w50), in our own phrasings:

- Diets: sweets kept from a diabetic are the diabetic diet alone (dev writers 135:7), unless the sugar is named;
  "abstain from alcohol" and "they don't drink … so no wine hampers" are no_alcohol; an alcohol gift refused for the
  person's reason ("장로님이시라서 술 선물은 안 돼요", "Muslim, so no alcohol gifts") too.
- Allergies: "땅콩 X" after an allergy stated with its allergen is the peanut allergy (no checklist answer); strong
  smells a pregnant client is sensitive to, with no reaction said, are no fragrance allergy.
- Occasions: Egyptian "عيد جواز", RU "сделает предложение" / "помолвочное", kanreki, 성인식 a celebration, 창립 a
  company anniversary, "gaat in oktober met pensioen" a retirement, "promotions announced" a career step, 入籍N周年 a
  wedding anniversary beside a partner word, a gala dinner with no charity no charity gala.
- Months: the wedding month of a first anniversary ("got married last September"), a Korean anniversary's month in the
  next clause ("이십 주년이고 유월이에요"), a month after a spoken correction's dots, a "next month" anchored to a
  visit-date field, "St." no sentence end.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.concepts.extraction import extract
from lvmh_pipeline.lib.concepts.occasions.month_corrections import pause_before_correction
from lvmh_pipeline_tests.lib.concepts.occasion_checks import occasion_labels, occasion_pairs


def _diets(text: str, language: str) -> set[str]:
    return {h.concept for h in extract(text, language, "2026-01-15") if h.category == "diet" and not h.negated}


def _allergies(text: str, language: str) -> set[str]:
    return {h.concept for h in extract(text, language, "2026-01-15") if h.category == "allergy" and not h.negated}


# --- diabetes and sweets ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Her father is diabetic, so no pastries with the coffee."),
    ("FR", "Il est diabétique, donc pas de chocolats au salon."),
    ("DE", "Sie ist Diabetikerin, also keine Pralinen anbieten."),
    ("IT", "È diabetico, quindi niente dolci al caffè."),
    ("ES", "Es diabética, así que nada de bombones."),
    ("PT", "Ele é diabético, então nada de doces no café."),
    ("NL", "Hij is diabeet, dus geen koekjes aanbieden."),
    ("JA", "お父様は糖尿病なので、お菓子はお出ししないこと。"),
    ("KO", "아버님이 당뇨가 있으셔서 디저트는 빼 주세요."),
    ("ZH", "他有糖尿病，所以不要上甜点。"),
])
def test_sweets_kept_from_a_diabetic_are_the_diabetic_diet_alone(language, text):
    diets = _diets(text, language)
    assert "diabetic" in diets and "low_sugar" not in diets, (text, diets)


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Her mother is diabetic, sugar-free chocolates only."),
    ("DE", "Diabetikerin, bitte alles zuckerfrei."),
])
def test_a_sugar_named_beside_the_diabetes_keeps_both_diets(language, text):
    assert {"diabetic", "low_sugar"} <= _diets(text, language), text


# --- no alcohol --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("language", "text"), [
    ("EN", "A few of the guests abstain from alcohol, add tea sets."),
    ("EN", "They don't drink of course so no champagne hampers."),
    ("FR", "Plusieurs invités s'abstiennent d'alcool."),
    ("IT", "Alcuni ospiti si astengono dall'alcol."),
    ("ES", "Varios invitados se abstienen del alcohol."),
    ("PT", "Alguns convidados se abstêm de álcool."),
    ("NL", "Een paar gasten onthouden zich van alcohol."),
    ("RU", "Они не пьют, так что без шампанского."),
    ("AR", "الضيوف يمتنعون عن الكحول."),
    ("KO", "회장님이 불교 신자이시라서 술 선물은 안 된대요."),
    ("JA", "社長はイスラム教徒なのでお酒のギフトはNGです。"),
    ("ZH", "他是穆斯林，所以不能送酒。"),
])
def test_abstaining_or_refusing_alcohol_gifts_for_ones_own_reason_is_no_alcohol(language, text):
    assert "no_alcohol" in _diets(text, language), text


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "No alcohol in the gift hamper, just tea."),
    ("EN", "They don't drink coffee after five."),
    ("FR", "Ils ne boivent pas de café."),
    ("KO", "선물로 술은 빼고 포장해 주세요."),
])
def test_a_gift_without_alcohol_or_a_coffee_habit_is_no_diet(language, text):
    assert "no_alcohol" not in _diets(text, language), text


# --- allergies: list marks and strong smells ---------------------------------------------------------------------------

@pytest.mark.parametrize(("language", "text"), [
    ("KO", "- 조개류 알레르기, 땅콩 X"),
    ("KO", "- 갑각류알레르기, 땅콩 X"),
    ("ZH", "甲壳类过敏，花生 X"),
])
def test_a_food_marked_x_after_a_stated_allergy_is_avoided(language, text):
    assert "peanut" in _allergies(text, language), text


@pytest.mark.parametrize("text", ["알레르기 확인: 계란 X, 우유 X", "- 알레르기: 땅콩 X"])
def test_an_allergy_checklist_answered_x_still_denies(text):
    assert not _allergies(text, "KO") & {"eggs", "peanut"}, text


@pytest.mark.parametrize(("language", "text"), [
    ("NL", "Mevrouw is [HEALTH] – gevoelig voor sterke geuren."),
    ("EN", "She is pregnant and sensitive to strong smells."),
    ("FR", "Elle est enceinte, sensible aux odeurs fortes."),
    ("KO", "임신 중이셔서 강한 냄새에 민감하세요."),
    ("RU", "Она беременна, чувствительна к сильным запахам."),
])
def test_strong_smells_with_no_reaction_are_no_fragrance_allergy(language, text):
    assert "fragrance" not in _allergies(text, language), text


@pytest.mark.parametrize(("language", "text"), [
    ("NL", "Ze krijgt hoofdpijn van sterke geuren."),
    ("EN", "Sneezing fits from strong scents."),
    ("EN", "She is sensitive to perfume."),
    ("FR", "Sensible aux parfums forts."),
])
def test_strong_smells_with_a_reaction_or_perfume_named_stay_an_allergy(language, text):
    assert "fragrance" in _allergies(text, language), text


# --- occasions ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("language", "text", "label"), [
    ("AR", "عايز هدية لمراته عشان عيد جوازهم الخامس", "wedding_anniversary"),
    ("RU", "Он сделает предложение в мае в Риме.", "engagement"),
    ("RU", "Смотрела кольцо, помолвочное, для подруги.", "engagement"),
    ("PT", "Ocasião: 60 anos do pai (kanreki), em maio.", "birthday"),
    ("EN", "Gift for his father's kanreki in May.", "birthday"),
    ("KO", "회사 창립 삼십 주년 기념 선물", "corporate_anniversary"),
    ("KO", "아들 성인식 선물로 시계", "celebration"),
    ("NL", "Haar vader gaat in oktober met pensioen.", "retirement"),
    ("DE", "Ihr Vater geht im März in den Ruhestand.", "retirement"),
    ("EN", "Cufflinks engraved for the partner promotions announced in March.", "promotion"),
    ("JA", "パートナー様と入籍3周年の記念に", "wedding_anniversary"),
    ("KO", "파트너분이랑 혼인신고 3주년 기념", "wedding_anniversary"),
])
def test_occasion_classes(language, text, label):
    assert label in occasion_labels(text, language), text


@pytest.mark.parametrize(("language", "text", "not_label"), [
    ("KO", "아들 성인식 선물로 시계", "birthday"),
    ("NL", "Haar vader is met pensioen.", "retirement"),
    ("NL", "Ze gaat met haar man, die met pensioen is, naar Parijs.", "retirement"),
    ("EN", "Check the promotions in store this week.", "promotion"),
    ("IT", "È celiaca, per la cena di gala niente glutine.", "charity_gala"),
    ("FR", "Une robe pour le dîner de gala en mai.", "charity_gala"),
    ("JA", "パートナーと交際3周年", "wedding_anniversary"),
])
def test_occasion_classes_negatives(language, text, not_label):
    assert not_label not in occasion_labels(text, language), text


@pytest.mark.parametrize(("language", "text"), [
    ("IT", "Gemelli per la cena di gala di beneficenza a dicembre."),
    ("FR", "Pour le gala de charité en mai."),
])
def test_a_gala_said_charitable_stays_a_charity_gala(language, text):
    assert "charity_gala" in occasion_labels(text, language), text


# --- months --------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("language", "text", "pair"), [
    ("EN", "They got married last June so it'll be their first anniversary.", ("wedding_anniversary", 6)),
    ("FR", "Ils se sont mariés en mai dernier, ce sera leur premier anniversaire de mariage.", ("wedding_anniversary", 5)),
    ("IT", "Si sono sposati lo scorso giugno, quindi è il primo anniversario.", ("wedding_anniversary", 6)),
    ("KO", "결혼기념일 선물 보셨어요, 이십 주년이고 유월이에요.", ("wedding_anniversary", 6)),
    ("FR", "Anniv. 30 ans... non 35 ans le 3 mai", ("birthday", 5)),
    ("KO", "고객: [NAME]님\n방문일: 3/15\n비고: 다음 달 생일 (본인)", ("birthday", 4)),
    ("EN", "Client: X\nVisit: 14/03\nOcc: birthday next month", ("birthday", 4)),
    ("DE", "Suche: Uhr zum Abschluss (HSG St. Gallen, Juli) – Monaco", ("graduation", 7)),
    ("RU", "Он сделает предложение в мае в Риме.", ("engagement", 5)),
    ("NL", "Haar vader gaat in oktober met pensioen.", ("retirement", 10)),
    ("EN", "Cufflinks engraved for the partner promotions announced in March.", ("promotion", 3)),
])
def test_month_classes(language, text, pair):
    assert pair in occasion_pairs(text, language), text


def test_our_anniversary_last_week_is_still_past():
    assert not occasion_labels("Our anniversary was last week, nothing to plan.", "EN")


def test_a_pause_before_a_correction_is_no_sentence_end():
    text = "Anniv. 30 ans... non 35 ans"
    assert pause_before_correction(text, text.index("..."))
    plain = "Birthday gift. No budget."
    assert not pause_before_correction(plain, plain.index("."))


@pytest.mark.parametrize(("text", "pair"), [
    ("Anlass: 70. Geb. Ehemann, 02.06.", ("birthday", 6)),
    ("Anlass: 50. Geb. im Mai", ("birthday", 5)),
])
def test_a_numeric_ordinal_before_geb_is_the_birthday(text, pair):
    assert pair in occasion_pairs(text, "DE"), text


@pytest.mark.parametrize("text", ["Frau Müller geb. Schmidt, am 3.4. Termin", "Kundin: Anna Weber, geb. 12.03.1970"])
def test_geb_as_nee_or_born_is_no_birthday(text):
    assert "birthday" not in occasion_labels(text, "DE"), text


@pytest.mark.parametrize(("language", "text"), [
    ("ZH", "客户：[NAME]先生\n到店：3月8日\n兴趣：手表"),
    ("EN", "Visit: 8 March, looked at bags"),
])
def test_a_visit_fields_date_is_no_dated_holiday(language, text):
    assert "celebration" not in occasion_labels(text, language), text


@pytest.mark.parametrize(("language", "text"), [
    ("ZH", "3月8日妇女节给太太买礼物"),
    ("EN", "Gift for women's day, 8 March"),
])
def test_a_womens_day_said_stays_a_celebration(language, text):
    assert "celebration" in occasion_labels(text, language), text
