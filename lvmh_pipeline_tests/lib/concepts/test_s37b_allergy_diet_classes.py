"""Allergy and diet classes of session 37 (second round), in our own phrasings:

- A Korean question reported with its answer: "알레르기 있냐고 여쭤보니 없다고" states no allergy, "… 있다고" does.
- A Korean symptom listed with another word and denied together ("두통이나 어지럼은 전혀 없다"), or that does not come
  (any more: "발진은 이제 안 나요"), a Korean allergy denied through a nominalizer after a subject particle ("금속
  알레르기가 있는 건 아니고"); a doctor telling to quit a food ("밀가루 끊으라고").
- A Korean diet said in the past before a stop ("비건이었는데 지금은 그만두심", "작년까지 채식"), a former vegan who
  eats fish now a pescatarian ("원래 비건이셨는데 요즘은 생선은 드신대요").
- A food that a condition's diet, a pregnancy or braces keeps out is no allergy ("통풍 때문에 해산물은 못 드심",
  "can't have shellfish because of his gout", "임신 중이셔서 회는 못 드세요", "치아 교정 중이라 견과류는 피하심"),
  unless the sentence names an allergy or a reaction.
- Costume jewellery left off beside a nickel reaction is that nickel allergy alone; earrings reacting where a
  low-karat gold is ruled out are a metal allergy.
- Milk refused with a cue is lactose ("verträgt keine Milch", "can't have milk"); perfume that makes someone sick,
  oakmoss a doctor says to avoid, coughing from strong smells (Arabic), a Spanish swelling after a dash are
  reactions to their trigger.
- Korean and Arabic salt limits said indirectly ("짜게 드시면 안 된대요", "وما بياكلش ملح كتير"); a Korean food eaten
  before another one refused is no abstention ("고기는 드시는데 양고기만 안 드세요").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.concepts.extraction import extract
from lvmh_pipeline_tests.lib.concepts.constraints import constraints


def _raw(text: str, language: str) -> tuple[set[str], set[str]]:
    """Allergies and diets extracted from the words themselves (no pseudonymization)."""
    hits = [h for h in extract(text, language, "2026-01-15") if not h.negated]
    return {h.concept for h in hits if h.category == "allergy"}, {h.concept for h in hits if h.category == "diet"}


@pytest.mark.parametrize(("text", "allergies"), [
    ("꽃가루 알레르기 있냐고 물어봤는데 없다고 하셨어요.", set()),
    ("갑각류 알레르기 있으시냐고 여쭤보니 없으시대요.", set()),
    ("견과류 알레르기 있냐고 여쭤보니 있다고 하셨어요.", {"tree_nuts"}),
    ("향수 뿌려도 두통이나 어지럼은 전혀 없대요.", set()),
    ("향수 뿌려도 두통은 전혀 없으시대요.", set()),
    ("땅콩이나 계란 알레르기 있으심.", {"peanut", "eggs"}),
    ("금속 알레르기가 있는 건 아니고 그냥 실버를 좋아하세요.", set()),
    ("금속 알레르기가 있으셔서 18K만 보세요.", {"metal"}),
    ("발진은 이제 안 나신대요.", set()),
    ("두드러기는 안 생기신대요.", set()),
    ("주치의가 밀가루 끊으라고 해서 면 요리는 빼 주세요.", {"gluten"}),
])
def test_korean_questions_and_denials(text, allergies):
    assert _raw(text, "KO")[0] == allergies, text


@pytest.mark.parametrize(("text", "diets"), [
    ("작년까지 비건이었는데 지금은 그만두셨대요.", set()),
    ("비건이셨는데 지금은 안 하세요.", set()),
    ("결혼 전까지 채식하셨대요.", set()),
    ("원래 비건이셨는데 요즘은 생선은 드신대요.", {"pescatarian"}),
    ("예전엔 완전 비건이셨는데 요즘은 생선은 드신다고 하셨어요.", {"pescatarian"}),
    ("비건이신데 요즘 술은 끊으셨어요.", {"vegan", "no_alcohol"}),
    ("혈압이 높으셔서 짜게 드시면 안 된대요.", {"low_sodium"}),
    ("고기는 드시는데 양고기만 안 드세요.", set()),
    ("고기는 드시면 안 된대요.", {"vegetarian"}),
    ("고기는 안 드세요.", {"vegetarian"}),
])
def test_korean_past_diets_and_salt(text, diets):
    assert _raw(text, "KO")[1] == diets, text


@pytest.mark.parametrize(("language", "text", "allergies"), [
    ("KO", "통풍이 있으셔서 조개랑 맥주는 못 드심.", set()),
    ("KO", "해산물은 통풍 때문에 못 드세요.", set()),
    ("KO", "임신 중이셔서 해산물은 못 드세요.", set()),
    ("KO", "치아 교정 중이라 견과류는 피하세요.", set()),
    ("KO", "임신 중인데 새우 먹으면 두드러기가 나요.", {"shellfish"}),
    ("EN", "Because of his gout he can't have shellfish or beer.", set()),
    ("EN", "She has gout and a shellfish allergy.", {"shellfish"}),
    ("AR", "ملاحظة: حامل في الشهر السادس، نتجنب العطور القوية في التغليف.", set()),
    ("JA", "ご主人は減塩食、奥様はグルテンフリー。", {"gluten"}),
    ("AR", "عندها عدم تحمل اللاكتوز وحامل.", {"lactose"}),
])
def test_foods_a_condition_keeps_out(language, text, allergies):
    assert _raw(text, language)[0] == allergies, text


@pytest.mark.parametrize(("language", "text", "allergies"), [
    ("DE", "Trägt keinen Modeschmuck, reagiert auf Nickel mit Juckreiz.", {"nickel"}),
    ("KO", "귀걸이 하시면 귓불이 빨갛게 붓고 진물 나서 14K는 안 되고 18K만 가능.", {"metal"}),
    ("EN", "Her earrings in 14k gold made her ears itch, so 18k only.", {"metal"}),
    ("KO", "귀걸이 하면 귀가 빨갛게 부으세요.", {"nickel"}),
])
def test_metals_settled_by_the_sentence(language, text, allergies):
    assert _raw(text, language)[0] == allergies, text


@pytest.mark.parametrize(("language", "text", "allergies"), [
    ("DE", "Der Enkel verträgt keine Milch, kriegt sonst Bauchweh.", {"lactose"}),
    ("EN", "Her son can't have milk, it gives him a stomach ache.", {"lactose"}),
    ("EN", "Milk chocolate truffles for the team.", set()),
    ("EN", "Since the treatment, strong perfume makes her feel sick.", {"fragrance"}),
    ("EN", "The smell of new leather makes him feel sick.", set()),
    ("FR", "Son dermatologue lui a dit d'éviter la mousse de chêne.", {"fragrance"}),
    ("FR", "Notes de mousse de chêne et de vétiver, elle adore.", set()),
    ("AR", "ما تحطون لها عطور لأنها يجيها سعال من أي ريحة قوية.", {"fragrance"}),
    ("AR", "عنده كحة من البرد.", set()),
    ("ES", "La suegra no come gambas — se le hinchan los labios.", {"shellfish"}),
])
def test_reactions_told_indirectly(language, text, allergies):
    assert _raw(text, language)[0] == allergies, text


def test_arabic_salt_limit_with_an_egyptian_negation():
    assert "low_sodium" in _raw("جوزها عنده ضغط وما بياكلش ملح كتير.", "AR")[1]


def test_condition_foods_through_the_pipeline():
    """The pregnancy redacted as HEALTH still keeps the seafood out (its protected ``birth`` is the reason)."""
    allergies, _ = constraints("Elle est enceinte, donc pas de fruits de mer crus au dîner.", "FR")
    assert "shellfish" not in allergies
