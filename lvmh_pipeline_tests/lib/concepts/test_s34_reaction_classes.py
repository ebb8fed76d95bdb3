"""Allergies told by a symptom and its trigger, session 34, in our own words (several languages each).

- Symptoms of the throat, the ears, the lips and the breath that the lexicon lacked, with a trigger in the
  clause: a tickly or scratchy throat near cats, a cough in a room with a pet, ears sore from cheap earrings,
  blisters from rubber gloves ("ゴム手袋で手に水ぶくれ", "고무장갑 끼면 물집", "от резиновых перчаток пузыри").
- Rubber or household gloves are latex where a reaction or an allergy word stands next to them.
- A food outside the allergen list, eaten, then a symptom of the skin, the mouth or the breath is an
  unspecified allergy ("一吃猕猴桃嘴里就刺痛", "키위 드시면 입안이 따가우시대요"); not a headache or the stomach
  after a meal, not a flush after alcohol, not food poisoning.
- A silver piece that makes the ears swell is the metal allergy, not nickel ("戴银耳环会红肿").
- A food ``?`` word marked not OK ("エビはダメ", "계란 안 돼요", "鸡蛋不行") is its allergy, unless a meatless diet
  explains it; English allergen words in Hangul or katakana ("쉘피쉬", "너츠", "소이 알레르기") are the allergen.
- Gloves beside a latex allergy named in their sentence are a precaution: they stay readable.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.pseudonymize import pseudonymize
from lvmh_pipeline_tests.lib.concepts.constraints import constraints


def _allergies(text: str, language: str) -> set[str]:
    return constraints(text, language)[0]


@pytest.mark.parametrize(("language", "text", "allergen"), [
    ("JA", "保護猫カフェに入ると喉がイガイガして咳が出るとのこと。", "animal_dander"),
    ("ZH", "她一去猫咖就咳嗽，喉咙发痒。", "animal_dander"),
    ("KO", "친구네 고양이 옆에 있으면 목이 간질거린대요.", "animal_dander"),
    ("RU", "Рядом с котами у неё сразу першит в горле.", "animal_dander"),
    ("JA", "ニッケルのピアスをすると耳が荒れてしまう。", "nickel"),
    ("RU", "От дешёвых серёжек мочки воспаляются.", "nickel"),
    ("KO", "싼 액세서리 하면 목이 짓무르세요.", "metal"),
    ("JA", "台所のゴム手袋を使うと手に水ぶくれができる。", "latex"),
    ("ZH", "洗碗戴胶皮手套，手上就起泡泡。", "latex"),
    ("KO", "설거지할 때 고무장갑 끼면 손에 물집이 생기심.", "latex"),
    ("RU", "В резиновых перчатках руки покрываются пузырями.", "latex"),
    ("EN", "Household gloves give her blisters on both hands.", "latex"),
    ("DE", "Von Haushaltshandschuhen bekommt sie Bläschen an den Fingern.", "latex"),
    ("ES", "Con los guantes de fregar le salen ampollas.", "latex"),
    ("ZH", "戴了银耳环耳朵就红肿。", "metal"),
])
def test_a_symptom_names_the_allergy_of_its_trigger(language, text, allergen):
    assert allergen in _allergies(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("ZH", "一吃猕猴桃嘴里就刺痛。"),
    ("JA", "キウイを食べると口の中がピリピリするそうです。"),
    ("KO", "키위 드시면 입안이 따가우시대요."),
    ("RU", "Как поест хурму, губы опухают."),
    ("FR", "Quand elle mange de l'ananas, ses lèvres gonflent."),
    ("DE", "Wenn er Kiwi isst, juckt ihm der Gaumen."),
    ("AR", "لما تاكل مانجا تنتفخ شفايفها."),
])
def test_a_food_outside_the_list_eaten_then_a_symptom_is_an_allergy(language, text):
    assert _allergies(text, language) == {"allergy_unspecified"}


@pytest.mark.parametrize(("language", "text"), [
    ("JA", "辛いものを食べるとお腹を壊すので、会食は和食で。"),
    ("ZH", "吃辣的就拉肚子，晚宴别太辣。"),
    ("KO", "술 드시면 얼굴이 빨개지세요."),
    ("EN", "He eats too fast and then gets a headache."),
    ("ZH", "上周食物中毒，吃完就起疹子。"),
    ("KO", "고양이 카페 좋아하심. 목걸이 보러 오심."),
    ("JA", "ゴム手袋のギフトセットは不要。"),
])
def test_no_allergy_without_a_reaction_to_a_food_or_a_trigger(language, text):
    assert not _allergies(text, language)


def test_silver_earrings_are_no_nickel():
    assert "nickel" not in _allergies("戴银耳环会红肿发痒。", "ZH")


@pytest.mark.parametrize(("language", "text", "allergen"), [
    ("JA", "エビはダメ、カニは大丈夫。", "shellfish"),
    ("KO", "아드님은 계란 안 돼요.", "eggs"),
    ("ZH", "鸡蛋不行，其他都可以。", "eggs"),
    ("JA", "卵入りのものはダメ。", "eggs"),
    ("KO", "달걀 들어간 음식은 안 돼요.", "eggs"),
    ("ZH", "含鸡蛋的食物不行。", "eggs"),
])
def test_a_food_marked_not_ok_is_its_allergy(language, text, allergen):
    assert allergen in _allergies(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("KO", "비건이셔서 계란, 우유 안 됨."),
    ("JA", "ヴィーガンなので卵はダメ。"),
    ("JA", "猫はダメ、犬派とのこと。"),
])
def test_a_mark_on_a_diet_s_food_or_a_non_food_is_no_allergy(language, text):
    assert not _allergies(text, language)


@pytest.mark.parametrize(("language", "text", "allergen"), [
    ("KO", "따님이 쉘피쉬 알러지 있으심.", "shellfish"),
    ("KO", "너츠 알레르기 있으셔서 초콜릿 선물 제외.", "tree_nuts"),
    ("KO", "소이 알레르기라 두부 요리 빼기.", "soy"),
    ("KO", "데어리 프리로 디저트 준비.", "lactose"),
    ("KO", "캣 알러지 있으셔서 매장 고양이 주의.", "animal_dander"),
    ("JA", "シェルフィッシュアレルギーあり。", "shellfish"),
    ("JA", "ツリーナッツは避けてほしいとのこと、アレルギー。", "tree_nuts"),
])
def test_an_english_allergen_word_in_native_script_is_the_allergen(language, text, allergen):
    assert allergen in _allergies(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("KO", "소이 라떼 좋아하심."),
    ("KO", "펫 샵 들렀다 오심."),
])
def test_a_loanword_without_an_allergy_cue_is_no_allergen(language, text):
    assert not _allergies(text, language)


@pytest.mark.parametrize(("language", "text", "kept"), [
    ("EN", "Latex allergy, so no rubber gloves at the fitting.", "rubber gloves"),
    ("FR", "Allergie au latex : pas de gants en caoutchouc.", "gants en caoutchouc"),
    ("KO", "라텍스 알레르기 있으셔서 고무장갑 사용 금지.", "고무장갑"),
    ("AR", "حساسية من اللاتكس، لا نستخدم القفازات المطاطية عند القياس.", "القفازات المطاطية"),
])
def test_gloves_beside_a_named_latex_allergy_are_a_precaution_not_the_allergen(language, text, kept):
    assert "latex" in _allergies(text, language)
    assert kept in pseudonymize(text, language=language).text
