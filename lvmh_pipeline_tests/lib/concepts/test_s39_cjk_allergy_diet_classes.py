"""Korean, Japanese and Chinese allergy and diet classes of session 39, in our own phrasings:

- A short alias inside a longer word is none: a Korean alias whose first word is one syllable glued after another
  syllable ("겨울 알레르기": winter, not wool; "심하게", "수술 안 하", "치약", "카펫", "비싼 액세서리"), the allergy word
  inside it still read; compounds that keep the sense stay ("꽃게", "감기약", "말벌", "헤이즐넛"); "菜食" in "野菜食",
  "全素" in "全素颜", "一切召し上がらない" after another object than alcohol (``lib.concepts.dense_guards``).
- A food the client enjoys ("맛있게 드심", "気に入って", "好物"), shapes and motifs ("ハート形", "卵型", "모티프",
  "图案") and Korean sweets named by a food ("땅콩 쿠키") are no allergy; an allergy word another allergen heads
  ("꽃가루 알레르기") does not make them one, nor licenses an object before it.
- Diet sweets made for others ("행사용", "取引先用", "送客户", ten boxes) and free-from drinks served at a party or a
  wedding are no diet of the client; a diet given as the reason for a gift ("금주 중이시라 와인 선물 X") is one.
- Desserts kept away after an unnamed allergy are its precaution, no low-sugar diet.
- "吃素，全素那种" is vegan only; meat almost never eaten and fish eaten is pescatarian (not a flexitarian the note
  names); ham kept from a vegetarian is no pork diet.
- "はしていない" denies a diet; a bracket glossing a diet ("（穀物なし）") does not ("（特になし）" still does).
- A drink cue listed before purines ("お酒とプリン体を控えている") shares the avoidance.
- A reaction each spring is not read as pollen without a pollen word ("春先", "봄이 되면", "一到春天"): tried,
  it redacted the spring words on the held-out set (Korean and Chinese over-redaction up) and found no
  allergy there; "くるみ" is the walnut only with a cue.
- A direct question answered no ("花粉? 问过，没有") denies the allergen.
- "不吃" with its own object ("只吃鱼虾不吃肉") does not take the seafood out of a pescatarian diet.
- A symptom after a food eaten stays an unnamed allergy beside another allergen the note states.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.concepts.extraction import extract


def _raw(text: str, language: str) -> tuple[set[str], set[str]]:
    """Allergies and diets extracted from the words themselves (no pseudonymization)."""
    hits = [h for h in extract(text, language, "2026-01-15") if not h.negated]
    return {h.concept for h in hits if h.category == "allergy"}, {h.concept for h in hits if h.category == "diet"}


@pytest.mark.parametrize(("language", "text", "allergies", "diets"), [
    ("KO", "겨울 알레르기 때문에 외출을 줄이심", {"allergy_unspecified"}, set()),
    ("KO", "서울 알레르기 클리닉 다니심", {"allergy_unspecified"}, set()),
    ("KO", "요즘 아주 심하게 알레르기 올라오셔서 힘들어하심", {"allergy_unspecified"}, set()),
    ("KO", "무릎 수술 안 하시고 재활 중", set(), set()),
    ("KO", "미술 안 하신 지 오래", set(), set()),
    ("KO", "치약 알레르기 있으심", {"allergy_unspecified"}, set()),
    ("KO", "카펫 알레르기 때문에 러그 대신 마루", {"allergy_unspecified"}, set()),
    ("KO", "피넛 알레르기 있으심", {"peanut"}, set()),
    ("KO", "꽃게 알레르기 있으심", {"shellfish"}, set()),
    ("KO", "감기약 알레르기 있으심", {"drug_allergy"}, set()),
    ("KO", "말벌 알레르기 있으심", {"insect_venom"}, set()),
    ("KO", "헤이즐넛 알레르기", {"tree_nuts"}, set()),
    ("JA", "野菜食中心で、お肉も召し上がる", set(), set()),
    ("ZH", "她喜欢全素颜出门", set(), set()),
])
def test_a_short_alias_inside_a_longer_word(language, text, allergies, diets):
    assert _raw(text, language) == (allergies, diets), text


@pytest.mark.parametrize(("language", "text", "allergies"), [
    ("KO", "게장 맛있게 드시고 가심", set()),
    ("KO", "호두 파이 잘 드심", set()),
    ("JA", "海老の天ぷらを気に入っていらした", set()),
    ("JA", "くるみのケーキが好物", set()),
    ("KO", "니켈 알레르기, 에그 샌드위치 좋아하심", {"nickel"}),
    ("JA", "ハート形と卵型のチャームをご購入", set()),
    ("KO", "땅콩 모티프 브로치, 꽃가루 알레르기 있으심", {"pollen"}),
    ("ZH", "花生图案的围巾", set()),
    ("KO", "답례품으로 호두 쿠키 50개 주문", set()),
    ("KO", "액세서리 많이 하심, 꽃가루 알레르기", {"pollen"}),
])
def test_enjoyed_foods_shapes_and_sweets_are_no_allergy(language, text, allergies):
    assert _raw(text, language)[0] == allergies, text


@pytest.mark.parametrize(("language", "text", "diets"), [
    ("KO", "연말 행사용 비건 쿠키 주문", set()),
    ("JA", "取引先用にハラール認証のお菓子を手配", set()),
    ("ZH", "素食月饼送客户，一共三十盒", set()),
    ("KO", "생일 파티에 무알콜 와인 준비", set()),
    ("JA", "結婚式の二次会はノンアルコールで", set()),
    ("ZH", "年会订了无酒精啤酒", set()),
    ("KO", "금주 중이시라 술 선물은 X", {"no_alcohol"}),
    ("KO", "키위 알레르기 있으셔서 디저트 X", set()),
])
def test_products_for_others_and_precautions(language, text, diets):
    assert _raw(text, language)[1] == diets, text


@pytest.mark.parametrize(("language", "text", "diets"), [
    ("ZH", "太太吃素，全素的那种", {"vegan"}),
    ("JA", "肉はほとんど食べない、魚は食べる", {"pescatarian"}),
    ("KO", "고기는 거의 안 드시고 생선은 잘 드심", {"pescatarian"}),
    ("ZH", "弹性素食者，很少吃肉，偶尔吃鱼", {"flexitarian"}),
    ("ZH", "他吃素，早餐别放培根", {"vegetarian"}),
    ("JA", "ケトジェニックはしていない", set()),
    ("JA", "ヴィーガンはされていません", set()),
    ("JA", "パレオっぽい食事（小麦なし）をされている", {"paleo"}),
    ("JA", "お酒とプリン体を控えている", {"no_alcohol", "low_purine"}),
    ("JA", "魚介は大好きで、お肉は一切召し上がらない", {"pescatarian"}),
    ("JA", "お酒は一切召し上がらない", {"no_alcohol"}),
])
def test_diet_variants_and_denials(language, text, diets):
    assert _raw(text, language)[1] == diets, text


def test_a_bracket_with_nothing_but_none_still_denies():
    assert _raw("アレルギー（特になし）", "JA") == (set(), set())


@pytest.mark.parametrize(("language", "text", "allergies"), [
    ("JA", "春になると目がかゆくて鼻水が出る", set()),
    ("KO", "봄이 되면 재채기랑 콧물이 심하심", set()),
    ("ZH", "每年春天都打喷嚏", set()),
    ("JA", "春先に来店予定", set()),
    ("JA", "くるみを食べると喉がかゆい", {"tree_nuts"}),
    ("JA", "くるみボタンのジャケット", set()),
    ("ZH", "对尘螨? 问过，没有", set()),
    ("ZH", "只吃鱼虾不吃肉", set()),
    ("KO", "키위 먹으면 두드러기가 나신대요. 그리고 라텍스 알레르기도 있음", {"allergy_unspecified", "latex"}),
    ("KO", "집에 고양이 있는데 털 때문에 계속 재채기하심", {"animal_dander"}),
    ("KO", "흰자 알러지 있으심", {"eggs"}),
    ("KO", "된장, 두부 다 안 되심", {"soy"}),
    ("KO", "물 빠진 청바지 입으면 다리가 가려우심", {"textile_dye"}),
])
def test_reactions_questions_and_korean_forms(language, text, allergies):
    assert _raw(text, language)[0] == allergies, text
