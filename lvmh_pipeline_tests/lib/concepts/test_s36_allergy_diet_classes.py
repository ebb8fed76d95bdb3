"""Allergy and diet classes of session 36, in our own words (several languages each).

- A vegan diet changed over time: fish eaten again now is the pescatarian diet, eggs or dairy eaten again
  (meat still not) the vegetarian one; a former vegetarian who eats fish now states no diet, nor does someone
  else's fish or fish still refused.
- A diet denied ("ビーガンではない") no longer keeps a food's not-OK mark from being its allergy cue; a degree word
  may stand before the mark ("卵も少しダメ", "계란도 좀 안 돼요").
- Reactions: vomiting after a food named ("吃了鸡蛋会吐"), a face or lips that swell in Arabic ("انتفخ وجهها"),
  eyes and nose that suffer in spring in Japanese ("目と鼻がつらい"), a food or metal refused because the skin goes
  red ("Níquel não, que ela fica toda vermelha", "no nickel, her ears go red"); vomiting alone after a meal is
  no allergy.
- An arrow leads to another item: "wool allergy → cashmere ok?" neither asks about nor takes back the wool.
- Allergies nobody mentioned are denied ("Nobody mentioned allergies", "Allergien wurden nicht erwähnt").
- Colloquial German "nix" negates ("darf nix Salziges").
- A restaurant of a diet the client only goes to is the client's diet ("할랄 식당만", "only halal restaurants").
- Champagne the staff must not offer or serve is the no-alcohol diet ("не предлагать шампанское"; taxonomy 1.27.0).
- An allergen said on its own after having an allergy, hesitations between ("알러지가 좀 있으신데, 그, 계란이요");
  Korean allergy compounds also spelt 알러지 ("털 알러지", "갑각류 알러지").
- An X answering an allergy checklist item by item is a no ("알레르기 확인: 계란 X, 우유 X"), where "땅콩 X"
  alone still avoids the peanut; a quantifier before the denial of a list ("계란, 우유 알레르기 모두 없으심",
  "둘 다 없음", "全都没有", "いずれもなし").
- Dark or colour-bleeding clothes with a reaction are the textile-dye allergy ("검은 옷 입으면 목이 빨갛게",
  "dark clothes make her itch"; taxonomy 1.27.0).
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.concepts.constraints import constraints


def _diets(text: str, language: str) -> set[str]:
    return constraints(text, language)[1]


def _allergies(text: str, language: str) -> set[str]:
    return constraints(text, language)[0]


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "She used to be vegan, these days she eats fish again."),
    ("ES", "Fue vegana muchos años; ahora vuelve a comer pescado."),
    ("IT", "Era vegana, ma adesso mangia di nuovo il pesce."),
    ("PT", "Foi vegana, agora voltou a comer peixe."),
    ("DE", "Sie war Veganerin, isst inzwischen wieder Fisch."),
    ("FR", "Elle était végane, mais remange du poisson depuis l'été."),
    ("NL", "Was veganist, eet nu weer vis."),
    ("RU", "Раньше была веганкой, теперь ест рыбу."),
    ("AR", "كانت نباتية صرفة، بس الحين رجعت تاكل سمك."),
    ("JA", "前はヴィーガン、今は魚OKとのこと。"),
    ("KO", "비건이셨다가 요즘은 생선도 드세요."),
    ("ZH", "以前吃全素，现在也吃鱼了。"),
])
def test_a_vegan_eating_fish_again_is_a_pescatarian(language, text):
    assert _diets(text, language) == {"pescatarian"}


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Was vegan until last year, now eats eggs and cheese again, still no meat or fish."),
    ("KO", "예전엔 비건이었는데 요즘은 계란은 드시고, 고기·생선은 계속 안 드심."),
    ("ES", "Era vegana; ahora come huevos otra vez, pero carne no."),
])
def test_a_vegan_eating_eggs_again_is_a_vegetarian(language, text):
    assert _diets(text, language) == {"vegetarian"}


@pytest.mark.parametrize(("language", "text", "diets"), [
    ("EN", "Vegan. Her husband now eats fish again.", {"vegan"}),
    ("ES", "Vegana, no come pescado.", {"vegan"}),
    ("KO", "비건이신데 생선은 안 드심.", {"vegan"}),
    ("EN", "Formerly vegan, now eats meat and fish again.", set()),
    ("RU", "Аллергия на орехи, раньше был вегетарианцем, теперь ест рыбу.", set()),
])
def test_fish_not_eaten_again_by_the_vegan_changes_nothing(language, text, diets):
    assert _diets(text, language) == diets


@pytest.mark.parametrize(("language", "text", "allergy"), [
    ("JA", "小麦がダメみたい。お酒は飲まない、ヴィーガンではない。", "gluten"),
    ("JA", "ピーナッツで息苦しくなるのと、卵もちょっとダメ。", "eggs"),
    ("KO", "땅콩은 괜찮은데 계란도 좀 안 돼요.", "eggs"),
    ("ZH", "她先生鸡蛋也不行。", "eggs"),
])
def test_a_not_ok_mark_is_a_foods_cue_unless_a_diet_leaves_it_out(language, text, allergy):
    assert allergy in _allergies(text, language)


def test_a_vegan_leaving_out_eggs_is_no_egg_allergy():
    assert _allergies("ビーガンなので卵もダメ。", "JA") == set()


@pytest.mark.parametrize(("language", "text", "allergy"), [
    ("ZH", "她吃了鸡蛋就会吐，甜点别放蛋。", "eggs"),
    ("ZH", "他吃虾会吐。", "shellfish"),
    ("AR", "مرة أكلت حلى فيه لوز وانتفخ وجهها.", "tree_nuts"),
    ("AR", "أكلت فستق وانتفخت شفايفها.", "tree_nuts"),
    ("JA", "春になると目と鼻がつらい（スギ）。", "pollen"),
    ("PT", "Níquel não, que ela fica toda vermelha.", "nickel"),
    ("EN", "No nickel, her ears go red.", "nickel"),
    ("IT", "Niente nichel, diventa tutta rossa.", "nickel"),
])
def test_reactions_in_everyday_words(language, text, allergy):
    assert allergy in _allergies(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("ZH", "晚饭吃多了会吐。"),
    ("JA", "食べ過ぎると吐き気がする。"),
    ("PT", "Ela fica vermelha quando fala em público."),
    ("EN", "He turns red when he's embarrassed."),
])
def test_vomiting_or_blushing_alone_is_no_allergy(language, text):
    assert _allergies(text, language) == set()


@pytest.mark.parametrize(("language", "text"), [
    ("RU", "Аллергия на шерсть → кашемир подойдёт? уточнить."),
    ("EN", "Allergic to wool -> cashmere ok? to check."),
    ("EN", "Allergic to wool -> cashmere ok"),
])
def test_an_arrow_leads_to_another_item(language, text):
    assert _allergies(text, language) == {"wool_allergy"}


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Gluten, eggs -> all fine."),
    ("EN", "Nut allergy -> ok."),
])
def test_an_arrow_straight_to_an_answer_still_answers(language, text):
    assert _allergies(text, language) == set()


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Nobody mentioned allergies."),
    ("EN", "Allergies weren't mentioned."),
    ("FR", "Personne n'a parlé d'allergies."),
    ("DE", "Allergien wurden nicht erwähnt."),
    ("DE", "Niemand hat Allergien erwähnt."),
    ("RU", "Аллергии не упоминались."),
    ("ES", "Nadie mencionó alergias."),
])
def test_allergies_nobody_mentioned_are_none(language, text):
    assert _allergies(text, language) == set()


def test_a_person_allergic_is_still_allergic():
    assert _allergies("Une personne allergique aux noix.", "FR") == {"tree_nuts"}


@pytest.mark.parametrize(("text", "diet"), [
    ("Er darf nix Salziges essen.", "low_sodium"),
    ("Sie isst nix Süßes mehr, achtet auf den Zucker.", "low_sugar"),
])
def test_german_nix_negates(text, diet):
    assert diet in _diets(text, "DE")


@pytest.mark.parametrize(("language", "text", "diets"), [
    ("KO", "할랄 식당만 가심.", {"halal"}),
    ("EN", "Only halal restaurants please.", {"halal"}),
    ("DE", "Nur vegane Restaurants.", {"vegan"}),
    ("ZH", "只去清真餐厅。", {"halal"}),
    ("KO", "할랄 식당 추천 부탁.", set()),
    ("EN", "Loves the halal restaurant on 5th.", set()),
    ("EN", "Only vegan leather.", set()),
])
def test_a_restaurant_the_client_only_goes_to_is_the_diet(language, text, diets):
    assert _diets(text, language) == diets


@pytest.mark.parametrize(("language", "text"), [
    ("RU", "Клиенту НЕ предлагать шампанское, он в завязке."),
    ("EN", "Do not serve champagne at the preview."),
    ("FR", "Ne pas servir de champagne lors de la visite."),
    ("PT", "Não oferecer espumante na entrega."),
])
def test_champagne_not_to_be_served_is_no_alcohol(language, text):
    assert "no_alcohol" in _diets(text, language)


@pytest.mark.parametrize(("language", "text", "allergy"), [
    ("KO", "음, 알러지가 좀 있으신데, 그, 땅콩이요.", "peanut"),
    ("KO", "알레르기 있으세요, 계란.", "eggs"),
    ("JA", "アレルギーがあって、えー、卵です。", "eggs"),
    ("ZH", "有过敏，呃，鸡蛋。", "eggs"),
])
def test_an_allergen_said_on_its_own_after_having_an_allergy(language, text, allergy):
    assert _allergies(text, language) == {allergy}


def test_an_allergy_then_a_dish_named_is_no_allergen():
    assert _allergies("알레르기가 있는데 계란빵은 좋아하심.", "KO") == {"allergy_unspecified"}


@pytest.mark.parametrize(("text", "allergy"), [
    ("강아지 키우시는데 사실 털 알러지 있으셔서 약 드신대요.", "animal_dander"),
    ("갑각류 알러지 있으심.", "shellfish"),
    ("참깨 알러지 때문에 소스 주의.", "sesame"),
])
def test_korean_allergy_spelt_alleoji(text, allergy):
    assert allergy in _allergies(text, "KO")


@pytest.mark.parametrize(("language", "text", "allergies"), [
    ("KO", "알레르기 확인: 계란 X, 우유 X, 땅콩 X.", set()),
    ("KO", "알러지 체크 - 새우 X / 계란 X", set()),
    ("KO", "알레르기: 땅콩 O, 계란 X.", {"peanut"}),
    ("KO", "알레르기 있으심: 땅콩 X, 계란 X.", {"peanut", "eggs"}),
    ("KO", "견과류 X, 갑각류 X.", {"tree_nuts", "shellfish"}),
])
def test_an_x_answering_an_allergy_checklist_is_no(language, text, allergies):
    assert _allergies(text, language) == allergies


@pytest.mark.parametrize(("language", "text"), [
    ("KO", "계란, 우유, 땅콩, 울 알레르기 모두 없으심."),
    ("KO", "새우, 게 알레르기 둘 다 없음."),
    ("KO", "계란, 우유, 땅콩 다 없으시대요."),
    ("ZH", "鸡蛋、牛奶过敏全都没有。"),
    ("JA", "卵、乳製品のアレルギーはいずれもなし。"),
])
def test_a_quantifier_before_the_denial_of_a_list(language, text):
    assert _allergies(text, language) == set()


@pytest.mark.parametrize(("language", "text"), [
    ("KO", "검은 옷 입으면 목이 빨갛게 올라와요."),
    ("KO", "물 빠지는 옷 입으시면 가려우시대요."),
    ("EN", "Dark clothes make her itch."),
    ("JA", "黒い服を着るとかぶれる。"),
    ("ZH", "穿深色衣服会起疹子。"),
])
def test_dark_or_bleeding_clothes_with_a_reaction_are_the_dye_allergy(language, text):
    assert _allergies(text, language) == {"textile_dye"}


@pytest.mark.parametrize(("language", "text"), [
    ("KO", "검은 옷 좋아하심."),
    ("EN", "Prefers black clothes."),
])
def test_dark_clothes_alone_are_a_taste(language, text):
    assert _allergies(text, language) == set()
