"""Allergy-context classes of session 43 (the allergy-context file), in our own phrasings:

- A named relative's non-food allergy ("her husband Paul has hay fever", "ご主人の健様は花粉症") beside the client's
  own allergy to something else is not the client's, in every language; the relative's allergy standing alone,
  a relative's food allergy, "both allergic" and the client's own allergy said after the relative's stay; the
  precaution said right after the relative's allergy ("…, so latex-free gloves") is theirs too.
- A scent-free wish with no reaction or allergy word near ("only buys unscented soap") is no fragrance allergy; a
  reaction or an allergy word beside it keeps the allergy.
- Russian diets in the locative ("на интервальном голодании", "на растительной диете").
- "Before" then "not any more" after an allergen ("antes le picaba la lana, ya no") is a past allergy.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.concepts.constraints import constraints


@pytest.mark.parametrize(("language", "text", "own", "theirs"), [
    ("EN", "Mrs Dalton reacts to nickel, so only gold clasps; her husband Paul has hay fever, no tulips on the table.",
     "nickel", "pollen"),
    ("FR", "Mme Garnier est allergique au nickel, fermoirs en or seulement, et son mari Hugo a le rhume des foins, "
           "pas de tulipes.", "nickel", "pollen"),
    ("DE", "Frau Brandt hat eine Nickelallergie, nur Goldverschlüsse, und ihr Mann Jonas ist allergisch gegen Latex.",
     "nickel", "latex"),
    ("ES", "La señora Vidal es alérgica al níquel, solo cierres de oro, y su marido Tomás tiene alergia al polen.",
     "nickel", "pollen"),
    ("IT", "La signora Ferri è allergica al nichel, solo chiusure in oro, e il marito Paolo è allergico al lattice.",
     "nickel", "latex"),
    ("PT", "A Dona Beatriz tem alergia a níquel, só fechos de ouro, e o marido dela, o Rui, tem alergia a pólen.",
     "nickel", "pollen"),
    ("NL", "Mevrouw Bakker is allergisch voor nikkel, alleen gouden sluitingen, en haar man Pieter is allergisch "
           "voor latex.", "nickel", "latex"),
    ("RU", "У Ольги аллергия на никель, только золотые застёжки, а у мужа её, Игоря, аллергия на пыльцу.",
     "nickel", "pollen"),
    ("AR", "السيدة نورة عندها حساسية من النيكل، بس أقفال ذهب، وزوجها سالم عنده حساسية من اللاتكس.", "nickel", "latex"),
    ("JA", "山本恵子様はニッケルアレルギーなので留め具は金のみ、ご主人の健様は花粉症なのでチューリップは置かない。",
     "nickel", "pollen"),
    ("KO", "김지현 고객님 니켈 알레르기 있으셔서 금 잠금장치만, 남편분 민호 님은 라텍스 알레르기라 장갑 주의.",
     "nickel", "latex"),
    ("ZH", "刘女士对镍过敏，只能用金扣，她先生王建华有花粉过敏，桌上不要放郁金香。", "nickel", "pollen"),
])
def test_a_named_relatives_allergy_beside_the_clients_own_is_not_hers(language, text, own, theirs):
    allergies = constraints(text, language)[0]
    assert own in allergies and theirs not in allergies, (text, allergies)


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "She is allergic to nickel. Her husband Paul is allergic to latex, so the florist wears latex-free gloves."),
    ("NL", "Ze is allergisch voor nikkel. Haar man Bram is allergisch voor latex, dus latexvrije handschoenen bij de catering."),
])
def test_the_precaution_after_a_relatives_allergy_is_theirs(language, text):
    allergies = constraints(text, language)[0]
    assert "nickel" in allergies and "latex" not in allergies, (text, allergies)


@pytest.mark.parametrize(("language", "text", "expected"), [
    # the relative's allergy alone: the writers list it (a gift's or an event's precaution)
    ("EN", "Gift for her husband Paul, he has hay fever, so no dried flowers in the box.", {"pollen"}),
    ("FR", "Cadeau pour son mari Hugo, allergique au latex.", {"latex"}),
    # a relative's food allergy beside the client's own
    ("EN", "She reacts to nickel; her son Leo is allergic to peanuts, so no nuts at the tea.", {"nickel", "peanut"}),
    ("ES", "Es alérgica al níquel y su hija Marta es alérgica a las nueces.", {"nickel", "tree_nuts"}),
    # both of them
    ("EN", "She is allergic to nickel, and she and her husband Paul are both allergic to latex.", {"nickel", "latex"}),
])
def test_a_relatives_allergy_that_the_writers_list_stays(language, text, expected):
    assert expected <= constraints(text, language)[0], text


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Her husband Paul has hay fever, and she herself is allergic to nickel."),
    ("FR", "Son mari Hugo a le rhume des foins, et elle-même est allergique au nickel."),
])
def test_the_clients_own_allergy_after_the_relatives_stays(language, text):
    assert "nickel" in constraints(text, language)[0], text


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Looked at the silk scarves; for herself she only buys unscented soap, and a candle for her sister."),
    ("FR", "Elle a regardé les carrés ; pour elle, uniquement des savons sans parfum, et une bougie pour sa sœur."),
    ("ES", "Miró los pañuelos; para ella solo compra jabón sin perfume, y una vela para su hermana."),
    ("IT", "Ha visto i foulard; per sé compra solo sapone senza profumo, e una candela per la sorella."),
    ("PT", "Viu os lenços; pra ela só compra sabonete sem perfume, e uma vela pra irmã."),
    ("NL", "Bekeek de sjaals; voor zichzelf koopt ze alleen parfumvrije zeep, en een kaars voor haar zus."),
    ("AR", "شافت الشالات، لنفسها تاخذ بس صابون بدون عطر، وشمعة لأختها."),
    ("JA", "スカーフをご覧に。ご自分用には無香料の石けんだけ、妹さんにはキャンドルを。"),
    ("KO", "스카프 구경하심. 본인용으로는 무향 비누만 사시고, 동생분께는 캔들."),
    ("ZH", "看了丝巾，她自己只买无香的香皂，给妹妹买了一支蜡烛。"),
])
def test_a_scent_free_wish_is_no_fragrance_allergy(language, text):
    assert "fragrance" not in constraints(text, language)[0], text


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Only unscented soap, perfume makes her skin itch."),
    ("FR", "Uniquement du sans parfum, elle est allergique aux parfums."),
    ("ES", "Solo cosas sin perfume porque le da alergia."),
    ("ZH", "只用无香的，闻到香水会过敏。"),
])
def test_a_scent_free_wish_with_a_reaction_keeps_the_fragrance_allergy(language, text):
    assert "fragrance" in constraints(text, language)[0], text


@pytest.mark.parametrize(("text", "diet"), [
    ("Она сейчас на интервальном голодании, ужины после восьми не предлагать.", "intermittent_fasting"),
    ("Клиентка на периодическом голодании, завтраки не предлагать.", "intermittent_fasting"),
    ("Муж на растительной диете, к чаю только фрукты.", "vegan"),
])
def test_russian_diets_in_the_locative(text, diet):
    assert diet in constraints(text, "RU")[1], text


@pytest.mark.parametrize(("language", "text"), [
    ("ES", "Antes le picaba la lana, ya no, lleva jerséis sin problema."),
    ("FR", "Avant elle réagissait au nickel, plus maintenant."),
])
def test_before_then_not_any_more_is_a_past_allergy(language, text):
    allergies = constraints(text, language)[0]
    assert not allergies & {"wool", "nickel"}, (text, allergies)
