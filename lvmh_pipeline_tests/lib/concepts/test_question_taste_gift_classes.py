"""Constraints a note only asks about, permits, dislikes or keeps out of a gift, per class and
language: a diet that is the topic of a question ("Ask if he eats halal", "채식하시는지 확인"), a
direct question ("Is he pescatarian?", "비건이세요?") unless "yes" answers it; Korean permission
and ability ("드셔도 됩니다", "드실 수 있어요", "상관없으시대요"); Korean "못 드세요" licensing an
allergen; a diet read from a disliked food ("Non ama i dolci", "단 음식 싫어하심"); sweets or
drinks kept out of a gift ("no chocolates in the hamper"); inflected German sugar-free words.

Sentences written for this test (not taken from any evaluation notes), run through the real
path (pseudonymization, then extraction). The expected sets are the positive allergies and
diets, exactly.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.concepts.constraints import constraints


@pytest.mark.parametrize(
    ("language", "text", "allergies", "diets"),
    [
    # a diet as the topic of an indirect question or an open point
    ('EN', 'Ask next week if he keeps kosher.', set(), set()),
    ('EN', 'Need to check whether the wife is vegetarian.', set(), set()),
    ('FR', 'Vérifier si son mari mange halal.', set(), set()),
    ('DE', 'Klären, ob die Tochter vegetarisch isst.', set(), set()),
    ('IT', 'Da verificare se segue una dieta vegana.', set(), set()),
    ('ES', 'Hay que preguntar si es vegetariano.', set(), set()),
    ('PT', 'Perguntar se ela é vegana.', set(), set()),
    ('RU', 'Спросить, веган ли он.', set(), set()),
    ('JA', '奥様がヴィーガンかどうか要確認。', set(), set()),
    ('ZH', '是否吃清真待确认。', set(), set()),
    ('KO', '사모님 할랄 드시는지 확인 필요.', set(), set()),
    ('KO', '비건 여부 다음 방문 때 체크.', set(), set()),
    ('AR', 'لازم نتأكد اذا هو نباتي.', set(), set()),
    # a direct question, and one answered "yes"
    ('EN', 'Is he pescatarian? Not sure.', set(), set()),
    ('FR', 'Végétarienne ? À voir au dîner.', set(), set()),
    ('KO', '혹시 비건이세요? 다음에 여쭤보기.', set(), set()),
    ('DE', 'Allergisch gegen Sellerie? Unklar.', set(), set()),
    ('EN', 'Vegetarian? Yes, for ten years now.', set(), {'vegetarian'}),
    ('FR', 'Allergie au sésame ? Oui, sévère.', {'sesame'}, set()),
    ('KO', '채식하세요? 네, 오래 하셨대요.', set(), {'vegetarian'}),
    ('EN', 'Strictly vegan, no honey either.', set(), {'vegan'}),
    # Korean permission and ability take a constraint back
    ('KO', '참깨는 드셔도 됩니다, 알레르기 없으세요.', set(), set()),
    ('KO', '유제품도 드실 수 있어요.', set(), set()),
    ('KO', '대두는 먹어도 된대요.', set(), set()),
    ('KO', '견과류는 상관없으시대요.', set(), set()),
    ('KO', '새우 알레르기 있으시고 달걀은 드셔도 됩니다.', {'shellfish'}, set()),
    # Korean refusal licenses the allergen
    ('KO', '계란은 못 드셔서 디저트 따로, 알레르기.', {'eggs'}, set()),
    ('KO', '우유랑 치즈는 드시면 안 돼요, 유당 때문에.', {'lactose'}, set()),
    # a diet read from a disliked food is a taste
    ('IT', 'Non ama i dolci, preferisce il salato.', set(), set()),
    ('ES', 'No le gustan nada las cosas dulces.', set(), set()),
    ('RU', 'Сладкое не любит, берёт сыр.', set(), set()),
    ('KO', '단 음식은 싫어하심, 짭짤한 거 좋아하심.', set(), set()),
    ('ZH', '他不喜欢喝酒，喜欢茶。', set(), set()),
    ('EN', 'Avoids sugar, pre-diabetic.', set(), {'low_sugar'}),
    # sweets or drinks kept out of a gift
    ('EN', 'Please no chocolates in the Christmas hamper, she prefers candles.', set(), set()),
    ('FR', 'Pas de bonbons ni de sucreries dans le colis cadeau.', set(), set()),
    ('DE', 'Bitte keine Süßigkeiten in den Präsentkorb, lieber Tee.', set(), set()),
    ('IT', 'Niente zucchero nel cestino regalo, solo tè.', set(), set()),
    ('PT', 'Sem doces no cabaz de Natal, prefere vinho do Porto.', set(), set()),
    ('KO', '선물 세트에 단 거 말고 차로 구성.', set(), set()),
    ('FR', 'Diabétique : pas de sucreries dans le coffret cadeau.', set(), {'diabetic', 'low_sugar'}),
    ('EN', 'No sweets at the dinner, she cut out sugar.', set(), {'low_sugar'}),
    # inflected German sugar-free words
    ('DE', 'Isst nur zuckerfreie Desserts.', set(), {'low_sugar'}),
    ('DE', 'Bevorzugt zuckerarmes Gebäck beim Empfang.', set(), {'low_sugar'}),
    ],
)
def test_question_taste_gift_classes(language: str, text: str, allergies: set[str], diets: set[str]) -> None:
    assert constraints(text, language) == (allergies, diets)


def test_direct_question_keeps_special_allergen_redacted() -> None:
    """A special-category allergen in a direct question stays a hit: its words must leave the text."""
    from lvmh_pipeline.lib.privacy.pseudonymize import pseudonymize

    assert "latex" not in pseudonymize("Allergic to latex? To check with her.", language="EN").text.lower()
