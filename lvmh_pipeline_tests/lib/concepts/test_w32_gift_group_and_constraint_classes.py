"""Classes of session 30 (occasions, allergies, diets), each in our own words in the languages where it exists:

- a company's order for a holiday (Christmas, New Year, Eid …) is also a corporate gift; an order
  for a named occasion of a person or of the company's anniversary stays that occasion's only;
- gifts for staff, a team, colleagues, business partners or supporters are a corporate gift when the
  note counts or prices them each ("12 pieces", "150 € each", "за штуку", "개당") and their sentence
  names no holiday (a team's Christmas gifts may be the household's) or they are ten or more (session 31);
- a reaction said as a symptom (sneezing, a headache, a migraine) licenses the allergen beside it;
- a Korean or Japanese verb made a noun before its denial ("채식하는 건 아니고", "알레르기 있는 건 아니고")
  denies the diet or the allergy;
- a corporate gift said in the singular ("regalo aziendale", "Firmengeschenk", "деловой подарок");
- starting school or university (Einschulung, 입학, 入学祝い, первый класс) is a celebration; the counted
  years of a company or a relationship ("les 20 ans de la boîte", "3 anos de namoro") are its anniversary;
- a holiday named in another country's word (JA "秋夕", KO "춘절") or in a Dutch compound ("kerstinkopen");
  an occasion in a clause about last month ("в прошлом декабре") is past;
- an Arabic negator followed by "except" ("لا يأكل إلا الحلال") restricts: the diet stays;
- "no animal products" in any wording is the vegan diet.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.concepts.constraints import constraints
from lvmh_pipeline_tests.lib.concepts.occasion_checks import occasions


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("EN", "Corporate order for Christmas: 40 card holders with the logo.", {"corporate_gift:12", "christmas:12"}),
    ("RU", "Корпоративный заказ к Новому году: 25 ежедневников.", {"corporate_gift:01", "new_year:01"}),
    ("PT", "Pedido empresarial para o Natal: 30 porta-chaves gravados.", {"corporate_gift:12", "christmas:12"}),
])
def test_a_company_order_for_a_holiday_is_also_a_corporate_gift(language, text, expected):
    assert occasions(text, language) == expected


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "Wants thank-you gifts for his whole team, 15 pieces at about $300 each."),
    ("FR", "Cadeaux pour son équipe de campagne, 10 personnes, 150 € chacun."),
    ("DE", "Geschenke für die Mitarbeiter der Kanzlei, 20 Stück, je Stück bis 100 €."),
    ("IT", "Regali per i colleghi dello studio, 12 persone, 80 € a testa."),
    ("ES", "Regalos para el equipo de ventas, 9 personas, unos 120 € cada uno."),
    ("PT", "Prendas para a equipa do escritório, 7 pessoas, 100 € cada."),
    ("RU", "Подарки сотрудникам отдела, 30 штук, по 5 тыс. за штуку."),
    ("AR", "يريد هدايا لفريق العمل، ٢٠ قطعة، سعر القطعة ٥٠٠ درهم."),
    ("KO", "선거 캠프 직원분들 선물로 지갑 열 개, 개당 20만 원."),
    ("JA", "後援会の支援者の皆様へのお礼の品を20個、1個あたり1万円まで。"),
])
def test_counted_gifts_for_a_team_are_a_corporate_gift(language, text):
    assert occasions(text, language) == {"corporate_gift"}


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("EN", "Christmas gifts for her staff: ten wallets, roughly 200 each.", {"christmas:12"}),
    ("EN", "Birthday gift for her colleague.", {"birthday"}),
    # (ten or more counted gifts are a corporate order even for a holiday since session 31: test_w34_occasion_classes)
    ("DE", "Weihnachtsgeschenke für die Kollegen im Büro, 20 Stück, je Stück max. 100 €.", {"christmas:12", "corporate_gift:12"}),
    ("EN", "Gifts for the team someday, no numbers yet.", set()),
])
def test_a_team_gift_for_a_holiday_or_uncounted_stays_personal(language, text, expected):
    assert occasions(text, language) == expected


@pytest.mark.parametrize(("language", "text", "allergy"), [
    ("EN", "Cats make her sneeze, keep the shop cat upstairs.", "animal_dander"),
    ("EN", "Perfume gives her migraines.", "fragrance"),
    ("FR", "Les parfums lui donnent des migraines.", "fragrance"),
    ("DE", "Muss bei Katzen ständig niesen.", "animal_dander"),
    ("DE", "Bekommt von Parfum Kopfschmerzen.", "fragrance"),
    ("NL", "Hij niest van katten.", "animal_dander"),
    ("IT", "Starnutisce vicino ai gatti.", "animal_dander"),
    ("ES", "Estornuda con los gatos.", "animal_dander"),
    ("PT", "Espirra perto de gatos.", "animal_dander"),
    ("RU", "Чихает от кошек.", "animal_dander"),
    ("JA", "強い香水の匂いで頭痛がするそうです。", "fragrance"),
    ("JA", "猫がいるとくしゃみが止まらない。", "animal_dander"),
    ("ZH", "闻到香水味就头疼。", "fragrance"),
    ("ZH", "一靠近猫就打喷嚏。", "animal_dander"),
    ("AR", "تعطس عند القطط.", "animal_dander"),
])
def test_a_symptom_licenses_the_allergen_beside_it(language, text, allergy):
    assert allergy in constraints(text, language)[0]


@pytest.mark.parametrize(("language", "text"), [
    ("EN", "She gets migraines, so morning appointments only. Bought a perfume for her sister."),
    ("EN", "Her perfume order was a headache to track down."),
    ("EN", "Looking at the cat charm; she sneezes a lot in spring."),
    ("DE", "Hat Migräne, Termin lieber vormittags. Sucht ein Parfum für die Tochter."),
    ("ZH", "她有偏头痛，想给女儿买香水。"),
    ("JA", "頭痛持ちなので午前中の来店希望。香水をプレゼントに。"),
])
def test_a_symptom_away_from_an_allergen_licenses_nothing(language, text):
    assert constraints(text, language)[0] == set()


@pytest.mark.parametrize(("language", "text"), [
    ("KO", "채식하시는 건 아니고 고기도 잘 드심."),
    ("KO", "탄수화물 줄이는 중은 아니라고 하심."),
    ("KO", "채식하는 게 아니라 그냥 고기를 안 좋아하심."),
    ("JA", "ヴィーガンというわけではないそうです。"),
])
def test_a_nominalized_denial_denies_the_diet(language, text):
    assert constraints(text, language)[1] == set()


@pytest.mark.parametrize(("language", "text"), [
    ("KO", "유당불내증 있는 건 아니고 그냥 우유를 안 좋아하심."),
    ("KO", "울 알레르기 있는 건 아니고 까슬한 느낌이 싫으시대요."),
    ("KO", "땅콩 알레르기 있으신 건 아니래요."),
    ("JA", "卵アレルギーがあるわけではないそうです。"),
])
def test_a_nominalized_denial_denies_the_allergy(language, text):
    assert constraints(text, language)[0] == set()


def test_a_denial_that_states_a_condition_keeps_the_diet():
    assert constraints("채식하시는 건 아니면 곤란.", "KO")[1] == {"vegetarian"}


@pytest.mark.parametrize(("text", "diet"), [
    ("لا يأكل إلا الحلال.", "halal"),
    ("لا تأكل إلا حلال في المطاعم.", "halal"),
    ("لا يأكل إلا الكوشر.", "kosher"),
])
def test_arabic_nothing_but_is_the_diet(text, diet):
    assert constraints(text, "AR")[1] == {diet}


@pytest.mark.parametrize(("language", "text"), [
    ("ES", "Nada de productos animales durante la Cuaresma."),
    ("IT", "Niente prodotti di origine animale per ora."),
    ("PT", "Nenhum produto de origem animal."),
    ("RU", "Никаких продуктов животного происхождения."),
    ("RU", "Не ест ничего животного."),
    ("JA", "動物性のものは一切口にしない。"),
    ("KO", "동물성 식품은 전혀 안 드심."),
    ("ZH", "不吃任何动物制品。"),
    ("AR", "لا تأكل منتجات حيوانية هذه الأيام."),
])
def test_no_animal_products_is_vegan(language, text):
    assert constraints(text, language)[1] == {"vegan"}


@pytest.mark.parametrize(("language", "text"), [
    ("IT", "Regalo aziendale per un cliente giapponese, 12 cravatte."),
    ("ES", "Un regalo corporativo para los socios del bufete."),
    ("DE", "Firmengeschenk für den Vorstand, Füller mit Gravur."),
    ("NL", "Een bedrijfscadeau voor de relaties van het kantoor."),
    ("RU", "Нужен деловой подарок японскому партнёру."),
    ("PT", "Um presente corporativo para a direção do banco."),
    ("ZH", "想订一批公司礼品，印logo。"),
])
def test_a_corporate_gift_said_in_the_singular(language, text):
    assert "corporate_gift" in {o.split(":")[0] for o in occasions(text, language)}


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("EN", "A watch for her son, he got into university, ceremony in September.", {"celebration:09"}),
    ("FR", "Un sac pour l'entrée à l'université de sa fille en septembre.", {"celebration:09"}),
    ("DE", "Geschenk zur Einschulung der Enkelin im August.", {"celebration:08"}),
    ("IT", "Regalo per l'ingresso all'università del nipote a ottobre.", {"celebration:10"}),
    ("ES", "Regalo para su hija por la entrada a la universidad en septiembre.", {"celebration:09"}),
    ("PT", "O filho passou no vestibular, quer um relógio.", {"celebration"}),
    ("NL", "Cadeau voor de eerste schooldag van haar kleinzoon in september.", {"celebration:09"}),
    ("RU", "Подарок внуку в первый класс, к первому сентября.", {"celebration:09"}),
    ("JA", "お孫さんの入学祝いで、4月に。", {"celebration:04"}),
    ("KO", "아드님 대학 합격 선물로 시계.", {"celebration"}),
    ("ZH", "女儿考上大学了，想送个包。", {"celebration"}),
    ("AR", "هدية لابنها بمناسبة دخول الجامعة في سبتمبر.", {"celebration:09"}),
])
def test_starting_school_or_university_is_a_celebration(language, text, expected):
    assert occasions(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("FR", "Une montre à son associé pour les 20 ans de la boîte en mai.", {"corporate_anniversary:05"}),
    ("FR", "Pour le 10e anniv. de la boîte (avril).", {"corporate_anniversary:04"}),
    ("PT", "Presente pro aniversário de 3 anos de namoro, em novembro.", {"relationship_anniversary:11"}),
    ("ES", "Regalo por el cumpleaños de 50 años de su padre en marzo.", {"birthday:03"}),
])
def test_whose_counted_years_decides_the_anniversary(language, text, expected):
    assert occasions(text, language) == expected



@pytest.mark.parametrize(("language", "text", "expected"), [
    ("JA", "秋夕（9月）に韓国の実家へ持っていくお土産。", {"mid_autumn:09"}),
    ("KO", "중국 거래처 사장님 춘절 선물 — 2월.", {"lunar_new_year:02"}),
    ("NL", "Kerstinkopen voor de hele familie, sjaals en dassen.", {"christmas:12"}),
    ("RU", "В прошлом декабре брали ей кольцо на годовщину.", set()),
])
def test_holiday_words_of_other_countries_and_past_months(language, text, expected):
    assert occasions(text, language) == expected


def test_a_strong_reaction_to_smells_is_a_fragrance_allergy():
    assert constraints("Geen parfum laten testen, ze reageert heftig op geuren.", "NL")[0] == {"fragrance"}
