"""Allergies and diets that are not the client's (session 43, the not-mine file), in our own phrasings:

- A CRM field with an allergy of childhood gone now does not take the client's current allergy of the field before it
  ("soy allergy | as a kid allergic to kiwi, not now"): the childhood word and the "gone now" belong to the next field.
- A constraint asked about and answered no ("asked about soy, she said no", "대두 알레르기 문의 → 없음").
- Sugar-free sweets ordered for an event, a shop, guests or a gift are no low-sugar diet; the client's own stays.
- A diet in a field opening with the guests ("guests: vegan option x3"); a relative's diet stays (convention).
- A diet given up: German "isst jetzt aber wieder Fleisch", Russian "сейчас ест мясо" (folded "сеичас"), Chinese
  "现在不吃素了", "后来放弃了", Korean "은 … 그만두셨어요"; Japanese "…は子供の頃のみ、現在なし".
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.concepts.constraints import constraints


@pytest.mark.parametrize(("language", "text", "own", "past"), [
    ("EN", "Mr Hale | soy allergy | as a kid allergic to eggs, not any more | prefers mornings", "soy", "eggs"),
    ("EN", "Ms Reyes | sesame allergy | outgrew her egg allergy as a toddler | budget 4k", "sesame", "eggs"),
    ("DE", "Hr. Roth | Sesamallergie | Eierallergie als Kind, heute nicht mehr | Termin Montag", "sesame", "eggs"),
    ("ES", "Sr. Pardo | alergia a la soja | de niño era alérgico al huevo, ya no | cita el lunes", "soy", "eggs"),
    ("IT", "Sig. Neri | allergia alla soia | allergia all'uovo da piccolo, ora no | lunedì", "soy", "eggs"),
    ("NL", "Dhr. Smit | sesamallergie | ei-allergie als kind, nu niet meer | maandag", "sesame", "eggs"),
    ("RU", "Г-н Орлов | аллергия на сою | в детстве была аллергия на яйца, сейчас нет | понедельник", "soy", "eggs"),
    ("AR", "السيد ماجد | حساسية من السمسم | كان عنده حساسية بيض وهو صغير، الحين لا | الاثنين", "sesame", "eggs"),
])
def test_a_childhood_allergy_in_the_next_field_keeps_the_current_one(language, text, own, past):
    allergies, _ = constraints(text, language)
    assert own in allergies
    assert past not in allergies


@pytest.mark.parametrize(("language", "text", "own", "denied"), [
    ("EN", "Mr Lowe, sesame allergy. I asked about soy too and he said no.", "sesame", "soy"),
    ("PT", "Sr. Dias | alergia a gergelim | perguntei sobre alergia a soja → não tem | sábado", "sesame", "soy"),
    ("PT", "O seu Dias tem alergia a gergelim. Perguntei se tinha alergia a soja, ele disse que não.", "sesame", "soy"),
    ("ES", "Don Ramón tiene alergia al sésamo. Le pregunté por la soja y me dijo que no.", "sesame", "soy"),
    ("IT", "Il signor Villa ha un'allergia al sesamo. Gli ho chiesto della soia, ha detto di no.", "sesame", "soy"),
    ("DE", "Herr Voss hat eine Sesamallergie. Ob er Soja verträgt, hab ich gefragt, er meinte, kein Problem.",
     "sesame", "soy"),
    ("KO", "정우성 고객 | 참깨 알레르기 | 대두 알레르기 문의 → 없음 | 토요일 방문", "sesame", "soy"),
    ("ZH", "王先生｜芝麻过敏｜问过大豆过敏→没有｜周六到店", "sesame", "soy"),
    ("JA", "鈴木様｜ゴマアレルギー｜大豆アレルギー確認→なし｜土曜来店", "sesame", "soy"),
])
def test_a_constraint_asked_about_and_answered_no_is_none(language, text, own, denied):
    allergies, _ = constraints(text, language)
    assert own in allergies
    assert denied not in allergies


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Mr Quinn | sesame allergy | sugar-free truffles ordered for the store launch | budget 3k"),
    ("DE", "Hr. Lenz | Sesamallergie | zuckerfreie Kekse für den Empfang bestellt"),
    ("ES", "Sr. Mora | alergia al sésamo | galletas sin azúcar para los invitados"),
    ("FR", "M. Petit | allergie au sésame | biscuits sans sucre pour la soirée clients"),
    ("RU", "Г-н Ершов | аллергия на кунжут | печенье без сахара для гостей"),
    ("JA", "木村様｜ゴマアレルギー｜ゲスト用にシュガーフリーのクッキーを手配"),
])
def test_sugar_free_sweets_for_others_are_no_low_sugar_diet(language, text):
    allergies, diets = constraints(text, language)
    assert "sesame" in allergies
    assert "low_sugar" not in diets


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Mr Quinn eats sugar-free only these days, cut sweets since spring."),
    ("DE", "Hr. Lenz isst nur noch zuckerfrei, keine Süßigkeiten mehr."),
])
def test_the_clients_own_sugar_free_diet_stays(language, text):
    _, diets = constraints(text, language)
    assert "low_sugar" in diets


@pytest.mark.parametrize(("language", "text", "past", "kept"), [
    ("DE", "Er war früher Veganer, ein Jahr lang, isst jetzt aber wieder Fleisch. Er isst salzarm.", "vegan", "low_sodium"),
    ("RU", "Он был веганом года три, но сейчас ест мясо. Ест без соли.", "vegan", "low_sodium"),
    ("ZH", "李先生｜低盐饮食｜以前吃素两年，现在不吃素了｜周末到店", "vegetarian", "low_sodium"),
    ("ZH", "她低盐饮食。以前也做过生酮，后来放弃了。", "keto", "low_sodium"),
    ("KO", "고객님 저염식 하시고요, 키토는 작년에 그만두셨어요.", "keto", "low_sodium"),
])
def test_a_diet_given_up_is_past(language, text, past, kept):
    _, diets = constraints(text, language)
    assert past not in diets
    assert kept in diets


def test_a_japanese_childhood_allergy_none_now_is_past():
    allergies, _ = constraints("松本様｜卵アレルギーは子供の頃のみ、現在なし｜ゴマアレルギー", "JA")
    assert "eggs" not in allergies
    assert "sesame" in allergies


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Mr Quinn | pescatarian | sesame allergy | guests: vegan option x3 | budget 5k"),
    ("DE", "Hr. Lenz | Pescetarier | Sesamallergie | Gäste: 2x vegan | Budget 5k"),
    ("ES", "Sr. Mora | pescetariano | alergia al sésamo | invitados: opción vegana x2"),
    ("AR", "السيد سالم | حساسية من السمسم | الضيوف: خيار نباتي ×2"),
])
def test_a_diet_in_a_guests_field_is_not_the_clients(language, text):
    allergies, diets = constraints(text, language)
    assert "sesame" in allergies
    assert not diets & {"vegan", "vegetarian"}


@pytest.mark.parametrize(("language", "text", "diet"), [
    ("FR", "M. Roy, sa compagne est végétarienne, on a réservé le menu végétarien pour elle.", "vegetarian"),
    ("EN", "Mr Pike's partner is vegan, so a vegan-leather card case for her.", "vegan"),
])
def test_a_relatives_diet_stays_by_the_writers_convention(language, text, diet):
    _, diets = constraints(text, language)
    assert diet in diets
