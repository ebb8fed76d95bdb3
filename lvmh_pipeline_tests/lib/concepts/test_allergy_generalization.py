"""Allergies stated in many ways, per class and language: pet hair and animals, textile dyes and dark
fabrics, eggs in all forms, metals (chrome-tanned leather, brass, copper, cobalt), food colouring,
fragrance, wool, mites, mustard, sulfites, soy, fish; generic allergy words next to a named allergen;
denied allergies ("Allergies: none", "アレルギー：特になし", "Аллергии на кошек нет") and negative tests.

Sentences written for this test (not taken from any evaluation notes), each run through the
real path: pseudonymization (names, Art. 9 spans and non-food allergens become placeholders,
their concepts kept as protected concepts), then ``extract_note_concepts``. The expected sets
are the note's positive allergies and diets, exactly.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.concepts.constraints import constraints


@pytest.mark.parametrize(
    ("language", "text", "allergies", "diets"),
    [
    ('EN', 'Allergic to pet hair, keep the shop dog away.', {'animal_dander'}, set()),
    ('EN', "She's allergic to cats.", {'animal_dander'}, set()),
    ('EN', 'Horse allergy — careful with the equestrian event.', {'animal_dander'}, set()),
    ('EN', 'Reacts to dog and cat hair.', {'animal_dander'}, set()),
    ('EN', 'uh he sneezes around cats, allergic I think', {'animal_dander'}, set()),
    ('EN', 'Allergies: cats, horses.', {'animal_dander'}, set()),
    ('FR', 'Allergique aux poils de chat.', {'animal_dander'}, set()),
    ('FR', 'Allergie aux animaux (chats surtout).', {'animal_dander'}, set()),
    ('FR', 'Elle est allergique au chat.', {'animal_dander'}, set()),
    ('FR', 'Allergie aux chevaux, attention au polo.', {'animal_dander'}, set()),
    ('DE', 'Allergisch gegen Katzenhaare.', {'animal_dander'}, set()),
    ('DE', 'Hat eine Tierhaarallergie.', {'animal_dander'}, set()),
    ('DE', 'Reagiert allergisch auf Pferde.', {'animal_dander'}, set()),
    ('DE', 'Katzen- und Hundehaarallergie.', {'animal_dander'}, set()),
    ('IT', 'Allergica al pelo di gatto.', {'animal_dander'}, set()),
    ('IT', 'Allergia ai peli degli animali.', {'animal_dander'}, set()),
    ('IT', 'È allergico ai cavalli.', {'animal_dander'}, set()),
    ('ES', 'Alérgica al pelo de perro y gato.', {'animal_dander'}, set()),
    ('ES', 'Tiene alergia a los caballos.', {'animal_dander'}, set()),
    ('ES', 'Alergia a los animales domésticos.', {'animal_dander'}, set()),
    ('PT', 'Alérgica a pelo de gato.', {'animal_dander'}, set()),
    ('PT', 'Tem alergia a cavalos.', {'animal_dander'}, set()),
    ('PT', 'Alergia a pelos de animais.', {'animal_dander'}, set()),
    ('NL', 'Allergisch voor katten.', {'animal_dander'}, set()),
    ('NL', 'Heeft een allergie voor paardenhaar.', {'animal_dander'}, set()),
    ('NL', 'Allergie voor huisdieren.', {'animal_dander'}, set()),
    ('RU', 'Аллергия на кошачью шерсть.', {'animal_dander'}, set()),
    ('RU', 'У неё аллергия на кошек и собак.', {'animal_dander'}, set()),
    ('RU', 'Аллергия на лошадей.', {'animal_dander'}, set()),
    ('RU', 'аллергия на шерсть кошек', {'animal_dander'}, set()),
    ('JA', '猫アレルギーがある。', {'animal_dander'}, set()),
    ('JA', '動物の毛にアレルギー。', {'animal_dander'}, set()),
    ('JA', '馬アレルギーのため乗馬イベントは不可。', {'animal_dander'}, set()),
    ('JA', '犬と猫の毛にアレルギー反応。', {'animal_dander'}, set()),
    ('KO', '고양이털 알레르기 있음.', {'animal_dander'}, set()),
    ('KO', '강아지 털 알레르기.', {'animal_dander'}, set()),
    ('KO', '말 알레르기 있으심.', {'animal_dander'}, set()),
    ('ZH', '对猫毛过敏。', {'animal_dander'}, set()),
    ('ZH', '她对宠物过敏。', {'animal_dander'}, set()),
    ('ZH', '对马毛过敏。', {'animal_dander'}, set()),
    ('ZH', '对狗过敏。', {'animal_dander'}, set()),
    ('AR', 'عنده حساسية من القطط.', {'animal_dander'}, set()),
    ('AR', 'حساسية من شعر الحيوانات.', {'animal_dander'}, set()),
    ('AR', 'حساسية من الخيل.', {'animal_dander'}, set()),
    ('AR', 'عندها حساسية من وبر القطط.', {'animal_dander'}, set()),
    ('EN', 'Allergic to cats & horses, so no stable visit for the polo day', {'animal_dander'}, set()),
    ('FR', 'Allergique au crin de cheval et aux poils de chat.', {'animal_dander'}, set()),
    ('IT', "Allergica al pelo del cavallo, attenzione all'evento equestre.", {'animal_dander'}, set()),
    ('PT', 'Alergia a pelo de cavalo.', {'animal_dander'}, set()),
    ('NL', 'Allergisch voor katten en paarden.', {'animal_dander'}, set()),
    ('JA', '猫の毛と馬の毛にアレルギー。', {'animal_dander'}, set()),
    ('KO', '고양이랑 말 털 알레르기.', {'animal_dander'}, set()),
    ('ZH', '对马毛和猫毛过敏。', {'animal_dander'}, set()),
    ('AR', 'حساسية من القطط والخيل.', {'animal_dander'}, set()),
    ('AR', 'حساسية من القطط.', {'animal_dander'}, set()),
    ('AR', 'بنتها عندها حساسية من شعر القطط.', {'animal_dander'}, set()),
    ('AR', 'حساسية للقطط.', {'animal_dander'}, set()),
    ],
)
def test_allergen_animal_dander(language, text, allergies, diets):
    assert constraints(text, language) == (allergies, diets)


@pytest.mark.parametrize(
    ("language", "text", "allergies", "diets"),
    [
    ('AR', 'حساسية من الكرفس.', {'celery'}, set()),
    ('KO', '셀러리 알레르기.', {'celery'}, set()),
    ],
)
def test_allergen_celery(language, text, allergies, diets):
    assert constraints(text, language) == (allergies, diets)


@pytest.mark.parametrize(
    ("language", "text", "allergies", "diets"),
    [
    ('AR', 'حساسية من المواد الكيميائية.', {'chemical_sensitivity'}, set()),
    ],
)
def test_allergen_chemical_sensitivity(language, text, allergies, diets):
    assert constraints(text, language) == (allergies, diets)


@pytest.mark.parametrize(
    ("language", "text", "allergies", "diets"),
    [
    ('EN', 'Allergic reaction to penicillin last year.', {'drug_allergy'}, set()),
    ('AR', 'حساسية من البنسلين.', {'drug_allergy'}, set()),
    ('KO', '페니실린 알레르기.', {'drug_allergy'}, set()),
    ],
)
def test_allergen_drug_allergy(language, text, allergies, diets):
    assert constraints(text, language) == (allergies, diets)


@pytest.mark.parametrize(
    ("language", "text", "allergies", "diets"),
    [
    ('EN', 'Dust mite allergy.', {'dust_mites'}, set()),
    ('EN', 'Allergic to house dust.', {'dust_mites'}, set()),
    ('DE', 'Hausstauballergie.', {'dust_mites'}, set()),
    ('IT', 'Allergia agli acari della polvere.', {'dust_mites'}, set()),
    ('ES', 'Alergia a los ácaros.', {'dust_mites'}, set()),
    ('RU', 'Аллергия на пыль.', {'dust_mites'}, set()),
    ('ZH', '对灰尘过敏。', {'dust_mites'}, set()),
    ('KO', '집먼지진드기 알레르기.', {'dust_mites'}, set()),
    ('JA', 'ハウスダストのアレルギー。', {'dust_mites'}, set()),
    ('AR', 'حساسية من الغبار.', {'dust_mites'}, set()),
    ('AR', 'عندها حساسية ضد الغبار.', {'dust_mites'}, set()),
    ('KO', '먼지 알레르기.', {'dust_mites'}, set()),
    ('JA', 'ハウスダストアレルギー。', {'dust_mites'}, set()),
    ('ZH', '对尘螨过敏。', {'dust_mites'}, set()),
    ('EN', 'Allergic to house dust mites.', {'dust_mites'}, set()),
    ('FR', 'Allergique aux acariens.', {'dust_mites'}, set()),
    ('DE', 'Allergisch gegen Hausstaubmilben.', {'dust_mites'}, set()),
    ('IT', 'Allergico agli acari.', {'dust_mites'}, set()),
    ('PT', 'Alergia a ácaros.', {'dust_mites'}, set()),
    ('NL', 'Allergisch voor huisstofmijt.', {'dust_mites'}, set()),
    ('RU', 'Аллергия на пылевого клеща.', {'dust_mites'}, set()),
    ],
)
def test_allergen_dust_mites(language, text, allergies, diets):
    assert constraints(text, language) == (allergies, diets)


@pytest.mark.parametrize(
    ("language", "text", "allergies", "diets"),
    [
    ('EN', 'Egg allergy.', {'eggs'}, set()),
    ('EN', 'Allergic to egg whites.', {'eggs'}, set()),
    ('EN', 'Allergic to eggs and anything with egg in it.', {'eggs'}, set()),
    ('FR', "Allergie à l'oeuf.", {'eggs'}, set()),
    ('FR', 'Allergique aux oeufs.', {'eggs'}, set()),
    ('DE', 'Allergisch gegen Eier.', {'eggs'}, set()),
    ('DE', 'Hühnereiallergie.', {'eggs'}, set()),
    ('DE', 'Allergie: Ei.', {'eggs'}, set()),
    ('IT', "Allergica all'uovo.", {'eggs'}, set()),
    ('IT', 'Allergia alle uova.', {'eggs'}, set()),
    ('ES', 'Alergia al huevo.', {'eggs'}, set()),
    ('ES', 'Es alérgico a los huevos.', {'eggs'}, set()),
    ('PT', 'Alergia a ovo.', {'eggs'}, set()),
    ('PT', 'É alérgica ao ovo.', {'eggs'}, set()),
    ('NL', 'Allergisch voor eieren.', {'eggs'}, set()),
    ('NL', 'Ei-allergie.', {'eggs'}, set()),
    ('RU', 'Аллергия на яйца.', {'eggs'}, set()),
    ('RU', 'Аллергия на куриные яйца.', {'eggs'}, set()),
    ('RU', 'Аллергия на яичный белок.', {'eggs'}, set()),
    ('JA', '卵アレルギー。', {'eggs'}, set()),
    ('JA', '卵にアレルギーがある。', {'eggs'}, set()),
    ('JA', '鶏卵にアレルギー。', {'eggs'}, set()),
    ('KO', '계란 알레르기.', {'eggs'}, set()),
    ('KO', '달걀에 알레르기 있음.', {'eggs'}, set()),
    ('ZH', '对鸡蛋过敏。', {'eggs'}, set()),
    ('ZH', '蛋过敏。', {'eggs'}, set()),
    ('ZH', '鸡蛋过敏，蛋糕要注意。', {'eggs'}, set()),
    ('AR', 'عنده حساسية من البيض.', {'eggs'}, set()),
    ('AR', 'حساسية بيض.', {'eggs'}, set()),
    ('FR', 'Allergie aux œufs (même cuits).', {'eggs'}, set()),
    ('IT', "Allergia all'uovo crudo.", {'eggs'}, set()),
    ('AR', 'عنده حساسية على البيض.', {'eggs'}, set()),
    ('AR', 'حساسية للبيض.', {'eggs'}, set()),
    ],
)
def test_allergen_eggs(language, text, allergies, diets):
    assert constraints(text, language) == (allergies, diets)


@pytest.mark.parametrize(
    ("language", "text", "allergies", "diets"),
    [
    ('EN', 'Fish allergy.', {'fish'}, set()),
    ('FR', 'Allergique au poisson.', {'fish'}, set()),
    ('DE', 'Fischallergie.', {'fish'}, set()),
    ('IT', 'Allergico al pesce.', {'fish'}, set()),
    ('RU', 'Аллергия на рыбу.', {'fish'}, set()),
    ('JA', '魚アレルギー。', {'fish'}, set()),
    ('KO', '생선 알레르기.', {'fish'}, set()),
    ('ZH', '对鱼过敏。', {'fish'}, set()),
    ('AR', 'حساسية من السمك.', {'fish'}, set()),
    ('AR', 'ما يقدر ياكل سمك، عنده حساسية.', {'fish'}, set()),
    ('KO', '생선 못 드심, 알레르기.', {'fish'}, set()),
    ('JA', '青魚アレルギー。', {'fish'}, set()),
    ('ZH', '对鱼类过敏。', {'fish'}, set()),
    ('ES', 'Alergia al pescado.', {'fish'}, set()),
    ('PT', 'Alergia a peixe.', {'fish'}, set()),
    ('NL', 'Allergisch voor vis.', {'fish'}, set()),
    ],
)
def test_allergen_fish(language, text, allergies, diets):
    assert constraints(text, language) == (allergies, diets)


@pytest.mark.parametrize(
    ("language", "text", "allergies", "diets"),
    [
    ('EN', 'Reacts to artificial food dyes, esp. red 40.', {'food_colouring'}, set()),
    ('EN', 'No artificial colours in the petits fours please — allergy.', {'food_colouring'}, set()),
    ('FR', 'Allergie aux colorants alimentaires (E110).', {'food_colouring'}, set()),
    ('DE', 'Verträgt keine künstlichen Farbstoffe in Süßigkeiten.', {'food_colouring'}, set()),
    ('IT', 'Allergica ai coloranti artificiali.', {'food_colouring'}, set()),
    ('ES', 'Alérgico al colorante rojo de los dulces.', {'food_colouring'}, set()),
    ('PT', 'Alergia a corantes alimentares.', {'food_colouring'}, set()),
    ('NL', 'Reageert op kleurstoffen in snoep.', {'food_colouring'}, set()),
    ('RU', 'Аллергия на пищевые красители.', {'food_colouring'}, set()),
    ('JA', '着色料にアレルギー。', {'food_colouring'}, set()),
    ('KO', '식용 색소 알레르기.', {'food_colouring'}, set()),
    ('ZH', '对食用色素过敏。', {'food_colouring'}, set()),
    ('AR', 'حساسية من الألوان الصناعية في الأكل.', {'food_colouring'}, set()),
    ('AR', 'حساسية من الملونات الصناعية.', {'food_colouring'}, set()),
    ('KO', '인공 색소 알레르기.', {'food_colouring'}, set()),
    ('ZH', '对色素过敏。', {'food_colouring'}, set()),
    ('EN', 'Allergic to E-numbers, esp. tartrazine.', {'food_colouring'}, set()),
    ('FR', 'Allergie aux additifs alimentaires.', {'food_colouring'}, set()),
    ],
)
def test_allergen_food_colouring(language, text, allergies, diets):
    assert constraints(text, language) == (allergies, diets)


@pytest.mark.parametrize(
    ("language", "text", "allergies", "diets"),
    [
    ('EN', 'Allergic to scented candles and perfume.', {'fragrance'}, set()),
    ('FR', 'Allergique au parfum, pas de bougie parfumée.', {'fragrance'}, set()),
    ('DE', 'Allergisch auf Parfüm.', {'fragrance'}, set()),
    ('IT', 'Allergica al profumo.', {'fragrance'}, set()),
    ('ES', 'Alergia a las fragancias.', {'fragrance'}, set()),
    ('PT', 'Alérgica a perfume.', {'fragrance'}, set()),
    ('NL', 'Allergisch voor parfum.', {'fragrance'}, set()),
    ('RU', 'Аллергия на парфюмерию.', {'fragrance'}, set()),
    ('JA', '香水にアレルギー。', {'fragrance'}, set()),
    ('KO', '향수에 알레르기.', {'fragrance'}, set()),
    ('ZH', '对香水过敏。', {'fragrance'}, set()),
    ('AR', 'عندها حساسية من العطر.', {'fragrance'}, set()),
    ('AR', 'يتحسس من العطور القوية.', {'fragrance'}, set()),
    ('KO', '향수 냄새에 예민하심.', {'fragrance'}, set()),
    ('JA', '香水の匂いが苦手、アレルギー体質。', {'fragrance'}, set()),
    ('ZH', '对香水过敏。', {'fragrance'}, set()),
    ('AR', 'يتحسس من العطور، لا تبخروا المحل.', {'fragrance'}, set()),
    ('AR', 'عندها حساسية للعطور القوية.', {'fragrance'}, set()),
    ],
)
def test_allergen_fragrance(language, text, allergies, diets):
    assert constraints(text, language) == (allergies, diets)


@pytest.mark.parametrize(
    ("language", "text", "allergies", "diets"),
    [
    ('AR', 'عندها حساسية من الغلوتين.', {'gluten'}, set()),
    ('AR', 'ممنوع عليه الجلوتين.', {'gluten'}, set()),
    ('KO', '밀가루 알레르기.', {'gluten'}, set()),
    ],
)
def test_allergen_gluten(language, text, allergies, diets):
    assert constraints(text, language) == (allergies, diets)


@pytest.mark.parametrize(
    ("language", "text", "allergies", "diets"),
    [
    ('AR', 'حساسية من لسعات النحل.', {'insect_venom'}, set()),
    ('KO', '벌독 알레르기.', {'insect_venom'}, set()),
    ],
)
def test_allergen_insect_venom(language, text, allergies, diets):
    assert constraints(text, language) == (allergies, diets)


@pytest.mark.parametrize(
    ("language", "text", "allergies", "diets"),
    [
    ('AR', 'عنده حساسية من الحليب ومشتقاته.', {'lactose'}, set()),
    ('KO', '우유 알레르기.', {'lactose'}, set()),
    ('KO', '유당불내증 있으심.', {'lactose'}, set()),
    ],
)
def test_allergen_lactose(language, text, allergies, diets):
    assert constraints(text, language) == (allergies, diets)


@pytest.mark.parametrize(
    ("language", "text", "allergies", "diets"),
    [
    ('EN', 'Allergy to latex (the nurse mentioned it).', {'latex'}, set()),
    ('AR', 'حساسية من اللاتكس.', {'latex'}, set()),
    ('KO', '라텍스 알레르기.', {'latex'}, set()),
    ],
)
def test_allergen_latex(language, text, allergies, diets):
    assert constraints(text, language) == (allergies, diets)


@pytest.mark.parametrize(
    ("language", "text", "allergies", "diets"),
    [
    ('EN', 'Allergic to chrome-tanned leather.', {'metal'}, set()),
    ('EN', 'Reacts to brass and copper hardware.', {'metal'}, set()),
    ('EN', 'Cobalt allergy, no blued steel.', {'metal'}, set()),
    ('EN', 'Metal allergy except gold.', {'metal'}, set()),
    ('EN', 'Sensitive to cheap metals, only solid gold.', {'metal'}, set()),
    ('FR', 'Allergique au cuir tanné au chrome.', {'metal'}, set()),
    ('FR', 'Allergie au laiton et au cuivre.', {'metal'}, set()),
    ('FR', "Allergie aux métaux, sauf l'or.", {'metal'}, set()),
    ('DE', 'Allergisch gegen chromgegerbtes Leder.', {'metal'}, set()),
    ('DE', 'Allergie gegen Messing und Kupfer.', {'metal'}, set()),
    ('DE', 'Metallallergie.', {'metal'}, set()),
    ('IT', 'Allergia alla pelle conciata al cromo.', {'metal'}, set()),
    ('IT', "Allergico all'ottone.", {'metal'}, set()),
    ('ES', 'Alergia al cuero curtido al cromo.', {'metal'}, set()),
    ('ES', 'Alérgica a los metales.', {'metal'}, set()),
    ('PT', 'Alergia a couro curtido com crómio.', {'metal'}, set()),
    ('PT', 'Alérgico a metais.', {'metal'}, set()),
    ('NL', 'Allergisch voor chroomgelooid leer.', {'metal'}, set()),
    ('NL', 'Allergie voor koper en messing.', {'metal'}, set()),
    ('RU', 'Аллергия на хромовое дубление кожи.', {'metal'}, set()),
    ('RU', 'Аллергия на металл, только золото.', {'metal'}, set()),
    ('JA', 'クロムなめし革でかぶれる。', {'metal'}, set()),
    ('JA', '金属アレルギー、真鍮はNG。', {'metal'}, set()),
    ('KO', '금속 알레르기 있음, 황동 안 됨.', {'metal'}, set()),
    ('KO', '크롬 무두질 가죽에 알레르기.', {'metal'}, set()),
    ('ZH', '对铬鞣皮革过敏。', {'metal'}, set()),
    ('ZH', '金属过敏，只戴金。', {'metal'}, set()),
    ('AR', 'حساسية من المعادن.', {'metal'}, set()),
    ('EN', "He can't wear brass or copper — breaks out in a rash", {'metal'}, set()),
    ('DE', 'Reagiert auf Kupfer und Messing, nur Edelstahl.', {'metal'}, set()),
    ('ES', 'Le sale urticaria con el cobre.', {'metal'}, set()),
    ('JA', '真鍮の金具でかぶれる。', {'metal'}, set()),
    ('KO', '구리 알레르기 있음.', {'metal'}, set()),
    ('ZH', '对铜过敏，五金件要注意。', {'metal'}, set()),
    ],
)
def test_allergen_metal(language, text, allergies, diets):
    assert constraints(text, language) == (allergies, diets)


@pytest.mark.parametrize(
    ("language", "text", "allergies", "diets"),
    [
    ('AR', 'حساسية من العفن والرطوبة.', {'mould'}, set()),
    ('KO', '곰팡이 알레르기.', {'mould'}, set()),
    ],
)
def test_allergen_mould(language, text, allergies, diets):
    assert constraints(text, language) == (allergies, diets)


@pytest.mark.parametrize(
    ("language", "text", "allergies", "diets"),
    [
    ('EN', 'Allergic to mustard.', {'mustard'}, set()),
    ('FR', 'Allergie à la moutarde.', {'mustard'}, set()),
    ('DE', 'Senfallergie.', {'mustard'}, set()),
    ('RU', 'Аллергия на горчицу.', {'mustard'}, set()),
    ('JA', 'マスタードにアレルギー。', {'mustard'}, set()),
    ('ZH', '芥末过敏。', {'mustard'}, set()),
    ('AR', 'حساسية من الخردل.', {'mustard'}, set()),
    ('AR', 'حساسية من الخردل.', {'mustard'}, set()),
    ('KO', '겨자 알레르기.', {'mustard'}, set()),
    ('JA', 'からしアレルギー。', {'mustard'}, set()),
    ('ZH', '对芥末过敏。', {'mustard'}, set()),
    ('EN', 'Allergic to Dijon mustard.', {'mustard'}, set()),
    ('IT', 'Allergica alla senape.', {'mustard'}, set()),
    ('ES', 'Alergia a la mostaza.', {'mustard'}, set()),
    ('PT', 'Alergia a mostarda.', {'mustard'}, set()),
    ('NL', 'Allergisch voor mosterd.', {'mustard'}, set()),
    ],
)
def test_allergen_mustard(language, text, allergies, diets):
    assert constraints(text, language) == (allergies, diets)


@pytest.mark.parametrize(
    ("language", "text", "allergies", "diets"),
    [
    ('KO', '니켈 알레르기라 금장만.', {'nickel'}, set()),
    ('AR', 'حساسية من النيكل، الأفضل ذهب.', {'nickel'}, set()),
    ],
)
def test_allergen_nickel(language, text, allergies, diets):
    assert constraints(text, language) == (allergies, diets)


@pytest.mark.parametrize(
    ("language", "text", "allergies", "diets"),
    [
    ('EN', 'Severe allergy: peanuts. Carries an EpiPen.', {'peanut'}, set()),
    ('FR', "Allergie sévère : arachides, toujours son stylo d'adrénaline.", {'peanut'}, set()),
    ('DE', 'Sie hat eine schwere Allergie — Erdnüsse.', {'peanut'}, set()),
    ('AR', 'عنده حساسية للفول السوداني.', {'peanut'}, set()),
    ('ZH', '对花生过敏，蛋糕里不要有花生。', {'peanut'}, set()),
    ('KO', '땅콩 알레르기, 계란빵 좋아하심.', {'peanut'}, set()),
    ],
)
def test_allergen_peanut(language, text, allergies, diets):
    assert constraints(text, language) == (allergies, diets)


@pytest.mark.parametrize(
    ("language", "text", "allergies", "diets"),
    [
    ('EN', "He's got an allergy, some kind of pollen thing.", {'pollen'}, set()),
    ('KO', '꽃가루 알레르기 있어서 봄엔 방문 어려움.', {'pollen'}, set()),
    ('AR', 'عنده حساسية من حبوب اللقاح في الربيع.', {'pollen'}, set()),
    ('EN', 'Loves her cat; allergic to pollen.', {'pollen'}, set()),
    ('FR', 'A un chat et un chien ; allergie au pollen.', {'pollen'}, set()),
    ],
)
def test_allergen_pollen(language, text, allergies, diets):
    assert constraints(text, language) == (allergies, diets)


@pytest.mark.parametrize(
    ("language", "text", "allergies", "diets"),
    [
    ('AR', 'حساسية من السمسم.', {'sesame'}, set()),
    ('KO', '참깨 알레르기.', {'sesame'}, set()),
    ],
)
def test_allergen_sesame(language, text, allergies, diets):
    assert constraints(text, language) == (allergies, diets)


@pytest.mark.parametrize(
    ("language", "text", "allergies", "diets"),
    [
    ('EN', 'Has an allergy — shellfish.', {'shellfish'}, set()),
    ('EN', 'Allergies: shellfish (severe), carries EpiPen', {'shellfish'}, set()),
    ('FR', 'Allergique, je crois, aux fruits de mer.', {'shellfish'}, set()),
    ('IT', 'Allergia grave: crostacei.', {'shellfish'}, set()),
    ('PT', 'Tem uma alergia: marisco.', {'shellfish'}, set()),
    ('RU', 'Сильная аллергия, на морепродукты.', {'shellfish'}, set()),
    ('JA', 'アレルギーあり（えび・かに）。', {'shellfish'}, set()),
    ('KO', '알레르기 있음 — 갑각류.', {'shellfish'}, set()),
    ('ZH', '有过敏，海鲜。', {'shellfish'}, set()),
    ('KO', '갑각류 알레르기 있으심.', {'shellfish'}, set()),
    ('AR', 'حساسية من المأكولات البحرية.', {'shellfish'}, set()),
    ('AR', 'حساسية من الروبيان.', {'shellfish'}, set()),
    ('KO', '사모님은 새우, 게 알레르기 있으심.', {'shellfish'}, set()),
    ],
)
def test_allergen_shellfish(language, text, allergies, diets):
    assert constraints(text, language) == (allergies, diets)


@pytest.mark.parametrize(
    ("language", "text", "allergies", "diets"),
    [
    ('EN', 'Soy allergy.', {'soy'}, set()),
    ('EN', 'Allergic to soya.', {'soy'}, set()),
    ('FR', 'Allergie au soja.', {'soy'}, set()),
    ('JA', '大豆アレルギー。', {'soy'}, set()),
    ('KO', '콩 알레르기.', {'soy'}, set()),
    ('ZH', '大豆过敏。', {'soy'}, set()),
    ('AR', 'حساسية من الصويا.', {'soy'}, set()),
    ('KO', '대두 알레르기.', {'soy'}, set()),
    ('JA', '大豆にアレルギーあり。', {'soy'}, set()),
    ('ZH', '对黄豆过敏。', {'soy'}, set()),
    ('EN', 'Soya allergy.', {'soy'}, set()),
    ('FR', 'Allergique au soja.', {'soy'}, set()),
    ('DE', 'Soja-Allergie.', {'soy'}, set()),
    ('IT', 'Allergia alla soia.', {'soy'}, set()),
    ('ES', 'Alérgica a la soja.', {'soy'}, set()),
    ('PT', 'Alergia a soja.', {'soy'}, set()),
    ('NL', 'Allergisch voor soja.', {'soy'}, set()),
    ('RU', 'Аллергия на сою.', {'soy'}, set()),
    ],
)
def test_allergen_soy(language, text, allergies, diets):
    assert constraints(text, language) == (allergies, diets)


@pytest.mark.parametrize(
    ("language", "text", "allergies", "diets"),
    [
    ('EN', 'Sulphite sensitivity — no wine.', {'sulfites'}, set()),
    ('FR', 'Intolérance aux sulfites.', {'sulfites'}, set()),
    ('IT', 'Allergia ai solfiti.', {'sulfites'}, set()),
    ('ES', 'Alergia a los sulfitos del vino.', {'sulfites'}, set()),
    ('DE', 'Sulfitunverträglichkeit.', {'sulfites'}, set()),
    ('KO', '아황산염 알레르기.', {'sulfites'}, set()),
    ('ZH', '亚硫酸盐过敏。', {'sulfites'}, set()),
    ('AR', 'عندها حساسية من الكبريتات في النبيذ.', {'sulfites'}, set()),
    ('KO', '아황산염 때문에 와인 못 드심.', {'sulfites'}, set()),
    ('JA', '亜硫酸塩に反応する。', {'sulfites'}, set()),
    ('ZH', '对二氧化硫过敏，红酒不行。', {'sulfites'}, set()),
    ('EN', 'Allergic to sulphites in wine.', {'sulfites'}, set()),
    ('FR', 'Allergie aux sulfites du vin.', {'sulfites'}, set()),
    ('DE', 'Allergisch auf Sulfite.', {'sulfites'}, set()),
    ('PT', 'Alergia a sulfitos.', {'sulfites'}, set()),
    ('RU', 'Аллергия на сульфиты.', {'sulfites'}, set()),
    ],
)
def test_allergen_sulfites(language, text, allergies, diets):
    assert constraints(text, language) == (allergies, diets)


@pytest.mark.parametrize(
    ("language", "text", "allergies", "diets"),
    [
    ('AR', 'حساسية من الشمس.', {'sun_allergy'}, set()),
    ('KO', '햇빛 알레르기 있으심.', {'sun_allergy'}, set()),
    ],
)
def test_allergen_sun_allergy(language, text, allergies, diets):
    assert constraints(text, language) == (allergies, diets)


@pytest.mark.parametrize(
    ("language", "text", "allergies", "diets"),
    [
    ('EN', 'Reacts to dark fabrics, the dye irritates her skin.', {'textile_dye'}, set()),
    ('EN', 'Allergic to indigo dye, no raw denim.', {'textile_dye'}, set()),
    ('EN', 'Contact dermatitis from clothing dyes.', {'textile_dye'}, set()),
    ('EN', 'Skin reacts to dyed fabrics, undyed only.', {'textile_dye'}, set()),
    ('EN', 'Allergy to black dyes in clothing.', {'textile_dye'}, set()),
    ('FR', 'Allergique aux teintures des tissus foncés.', {'textile_dye'}, set()),
    ('FR', 'Réagit aux colorants des vêtements.', {'textile_dye'}, set()),
    ('FR', 'Allergie aux teintures, uniquement des tissus non teints.', {'textile_dye'}, set()),
    ('DE', 'Allergie gegen Textilfarbstoffe.', {'textile_dye'}, set()),
    ('DE', 'Reagiert auf dunkle gefärbte Stoffe.', {'textile_dye'}, set()),
    ('DE', 'Allergisch gegen Indigo.', {'textile_dye'}, set()),
    ('DE', 'Kontaktallergie gegen Farbstoffe in Kleidung.', {'textile_dye'}, set()),
    ('IT', 'Allergica ai coloranti dei tessuti.', {'textile_dye'}, set()),
    ('IT', 'Reagisce alle tinture scure.', {'textile_dye'}, set()),
    ('ES', 'Alergia a los tintes textiles.', {'textile_dye'}, set()),
    ('ES', 'Le dan alergia los tintes de las telas oscuras.', {'textile_dye'}, set()),
    ('PT', 'Alergia a corantes de tecidos.', {'textile_dye'}, set()),
    ('PT', 'Reage às tintas das roupas escuras.', {'textile_dye'}, set()),
    ('NL', 'Allergisch voor textielverf.', {'textile_dye'}, set()),
    ('NL', 'Reageert op kleurstoffen in kleding.', {'textile_dye'}, set()),
    ('RU', 'Аллергия на красители в одежде.', {'textile_dye'}, set()),
    ('RU', 'Реакция на краску тёмных тканей.', {'textile_dye'}, set()),
    ('JA', '衣類の染料にかぶれる。', {'textile_dye'}, set()),
    ('JA', '濃い色の生地の染料でかぶれる体質。', {'textile_dye'}, set()),
    ('KO', '옷 염료에 알레르기.', {'textile_dye'}, set()),
    ('KO', '진한 색 원단 염료에 피부 반응.', {'textile_dye'}, set()),
    ('ZH', '对衣服染料过敏。', {'textile_dye'}, set()),
    ('ZH', '深色面料的染料会过敏。', {'textile_dye'}, set()),
    ('AR', 'حساسية من صبغة الملابس.', {'textile_dye'}, set()),
    ('AR', 'عندها حساسية من الأقمشة المصبوغة.', {'textile_dye'}, set()),
    ('EN', 'reacts to dyed leather linings, dark ones especially', {'textile_dye'}, set()),
    ('FR', 'Réaction aux teintures indigo des jeans bruts.', {'textile_dye'}, set()),
    ('AR', 'عنده حساسية من الأصباغ في الملابس.', {'textile_dye'}, set()),
    ],
)
def test_allergen_textile_dye(language, text, allergies, diets):
    assert constraints(text, language) == (allergies, diets)


@pytest.mark.parametrize(
    ("language", "text", "allergies", "diets"),
    [
    ('EN', 'Allergy info: tree nuts.', {'tree_nuts'}, set()),
    ('DE', 'Allergie: Nüsse (schwer).', {'tree_nuts'}, set()),
    ('ES', 'Alergia fuerte, a los frutos secos.', {'tree_nuts'}, set()),
    ('NL', 'Allergie: noten.', {'tree_nuts'}, set()),
    ('RU', 'Аллергия есть — на орехи.', {'tree_nuts'}, set()),
    ('AR', 'عنده حساسية، من المكسرات.', {'tree_nuts'}, set()),
    ('AR', 'السيدة منى عندها حساسيه شديده من المكسرات.', {'tree_nuts'}, set()),
    ('KO', '견과류 알레르기 있으셔서 초콜릿 주의.', {'tree_nuts'}, set()),
    ('AR', 'حساسية للمكسرات.', {'tree_nuts'}, set()),
    ('JA', 'ナッツアレルギー、卵焼きは大丈夫。', {'tree_nuts'}, set()),
    ('EN', 'Nut allergy; egg-shell white leather for the bag.', {'tree_nuts'}, set()),
    ('EN', 'Allergic to nuts. Buying a Fabergé egg pendant.', {'tree_nuts'}, set()),
    ('FR', 'Allergique aux noix ; œuf de Pâques en chocolat pour les enfants.', {'tree_nuts'}, set()),
    ('DE', 'Nussallergie, Ostereier für die Kinder.', {'tree_nuts'}, set()),
    ('NL', 'Notenallergie, ei-vormige hanger.', {'tree_nuts'}, set()),
    ('EN', 'Allergic to nuts; husband loves his dog, brings it along.', {'tree_nuts'}, set()),
    ],
)
def test_allergen_tree_nuts(language, text, allergies, diets):
    assert constraints(text, language) == (allergies, diets)


@pytest.mark.parametrize(
    ("language", "text", "allergies", "diets"),
    [
    ('EN', 'Wool makes her itch, cashmere is fine.', {'wool_allergy'}, set()),
    ('EN', 'Allergic to wool.', {'wool_allergy'}, set()),
    ('FR', 'La laine la gratte, allergie.', {'wool_allergy'}, set()),
    ('DE', 'Allergisch gegen Wolle.', {'wool_allergy'}, set()),
    ('IT', 'Allergica alla lana.', {'wool_allergy'}, set()),
    ('ES', 'Alérgica a la lana.', {'wool_allergy'}, set()),
    ('PT', 'Alergia à lã.', {'wool_allergy'}, set()),
    ('PT', 'É alérgica a lã.', {'wool_allergy'}, set()),
    ('NL', 'Allergisch voor wol.', {'wool_allergy'}, set()),
    ('RU', 'Аллергия на шерсть.', {'wool_allergy'}, set()),
    ('JA', 'ウールにアレルギー。', {'wool_allergy'}, set()),
    ('KO', '울 소재에 알레르기.', {'wool_allergy'}, set()),
    ('ZH', '对羊毛过敏。', {'wool_allergy'}, set()),
    ('AR', 'عنده حساسية من الصوف.', {'wool_allergy'}, set()),
    ('AR', 'تتحسس من الصوف.', {'wool_allergy'}, set()),
    ('KO', '양모에 알레르기 반응.', {'wool_allergy'}, set()),
    ('JA', '羊毛でかゆくなる。', {'wool_allergy'}, set()),
    ],
)
def test_allergen_wool_allergy(language, text, allergies, diets):
    assert constraints(text, language) == (allergies, diets)


@pytest.mark.parametrize(
    ("language", "text", "allergies", "diets"),
    [
    ('EN', 'Faberge egg replica as a gift idea.', set(), set()),
    ('EN', 'Loves brass buckles and copper tones.', set(), set()),
    ('FR', 'Préfère le cuir tanné au chrome, plus souple.', set(), set()),
    ('EN', 'No known allergies.', set(), set()),
    ('EN', 'Allergies: none.', set(), set()),
    ('EN', 'Asked about allergies — nothing.', set(), set()),
    ('EN', 'She has no allergies whatsoever.', set(), set()),
    ('EN', 'Not allergic to anything.', set(), set()),
    ('EN', 'Allergies? No.', set(), set()),
    ('EN', 'Allergies: N/A.', set(), set()),
    ('EN', 'Allergies - nil', set(), set()),
    ('EN', 'allergies, none that she knows of', set(), set()),
    ('EN', 'Thought she was allergic to nickel but the test was negative.', set(), set()),
    ('FR', 'Aucune allergie connue.', set(), set()),
    ('FR', 'Allergies : néant.', set(), set()),
    ('FR', "Pas d'allergie.", set(), set()),
    ('FR', 'Allergies ? Non.', set(), set()),
    ('FR', 'Pas allergique, mange de tout.', set(), set()),
    ('DE', 'Keine Allergien bekannt.', set(), set()),
    ('DE', 'Allergien: keine.', set(), set()),
    ('DE', 'Allergien? Nein.', set(), set()),
    ('IT', 'Nessuna allergia.', set(), set()),
    ('IT', 'Allergie: nessuna.', set(), set()),
    ('IT', 'Non ha allergie.', set(), set()),
    ('ES', 'Sin alergias conocidas.', set(), set()),
    ('ES', 'Alergias: ninguna.', set(), set()),
    ('ES', 'No tiene ninguna alergia.', set(), set()),
    ('PT', 'Sem alergias.', set(), set()),
    ('PT', 'Alergias: nenhuma.', set(), set()),
    ('PT', 'Não tem alergias.', set(), set()),
    ('NL', 'Geen allergieën.', set(), set()),
    ('NL', 'Allergieën: geen.', set(), set()),
    ('RU', 'Аллергий нет.', set(), set()),
    ('RU', 'Аллергии: нет.', set(), set()),
    ('RU', 'Никаких аллергий.', set(), set()),
    ('RU', 'Аллергии не имеет.', set(), set()),
    ('JA', 'アレルギーなし。', set(), set()),
    ('JA', 'アレルギーは特にない。', set(), set()),
    ('JA', 'アレルギー：特になし', set(), set()),
    ('JA', 'アレルギーはございません。', set(), set()),
    ('KO', '알레르기 없음.', set(), set()),
    ('KO', '알레르기는 없으심.', set(), set()),
    ('KO', '알레르기 특별히 없음.', set(), set()),
    ('ZH', '无过敏。', set(), set()),
    ('ZH', '没有过敏史。', set(), set()),
    ('ZH', '过敏：无', set(), set()),
    ('ZH', '不过敏。', set(), set()),
    ('AR', 'ما عنده حساسية.', set(), set()),
    ('AR', 'لا توجد حساسية.', set(), set()),
    ('AR', 'الحساسية: لا يوجد', set(), set()),
    ('AR', 'ما عندها أي حساسية.', set(), set()),
    ('EN', 'Bought a Fabergé-style egg charm.', set(), set()),
    ('EN', "Easter eggs for the kids' hunt in April.", set(), set()),
    ('DE', 'Ostereier für die Enkel.', set(), set()),
    ('FR', 'Œufs de Pâques pour les enfants.', set(), set()),
    ('EN', 'Vegetable-tanned leather only.', set(), set()),
    ('EN', 'Not vegetarian anymore.', set(), set()),
    ('FR', "Elle n'est plus végétarienne.", set(), set()),
    ('DE', 'Früher Vegetarier, isst jetzt wieder Fleisch.', set(), set()),
    ('IT', 'Borsa in pelle vegetale.', set(), set()),
    ('ES', 'Cuero de curtido vegetal.', set(), set()),
    ('EN', 'Raises money for diabetes research.', set(), set()),
    ('FR', 'Travaille dans la recherche sur le diabète.', set(), set()),
    ('EN', 'Works at a diabetes clinic as a nurse.', set(), set()),
    ('DE', 'Arbeitet als Diabetologin.', set(), set()),
    ('FR', "Pas d'allergie aux chats finalement.", set(), set()),
    ('DE', 'Keine Tierhaarallergie.', set(), set()),
    ('ES', 'No es alérgica a los huevos.', set(), set()),
    ('IT', 'Nessuna allergia al nichel.', set(), set()),
    ('RU', 'Аллергии на кошек нет.', set(), set()),
    ('JA', '卵アレルギーはない。', set(), set()),
    ('KO', '달걀 알레르기 없음.', set(), set()),
    ('ZH', '没有猫毛过敏。', set(), set()),
    ('AR', 'ما عنده حساسية من القطط.', set(), set()),
    ('EN', 'Drinks wine, loves pork belly.', set(), set()),
    ('DE', 'Trinkt gern Champagner.', set(), set()),
    ('JA', 'お酒好き。', set(), set()),
    ('KO', '술 좋아하심.', set(), set()),
    ('ZH', '很喜欢喝酒。', set(), set()),
    ('KO', '미술 관심 없음.', set(), set()),
    ('EN', "Doesn't drink coffee after 5pm.", set(), set()),
    ('FR', 'Ne boit pas de café.', set(), set()),
    ('ZH', '不喝咖啡。', set(), set()),
    ('AR', 'ما عنده أي حساسية، ياكل كل شي.', set(), set()),
    ('KO', '알레르기 없으심, 다 잘 드심.', set(), set()),
    ('EN', 'Price-sensitive, likes wool coats.', set(), set()),
    ('FR', 'Sensible au prix, aime la laine.', set(), set()),
    ('DE', 'Empfindlich, was Farben angeht; mag Kupfer-Töne.', set(), set()),
    ('EN', 'Sensitive soul, loves cats and horses.', set(), set()),
    ('EN', 'Reacts to trends quickly, likes brass details.', set(), set()),
    ('KO', '가격에 민감하심, 울 코트 선호.', set(), set()),
    ('ZH', '对价格敏感，喜欢羊毛大衣。', set(), set()),
    ('JA', '価格に敏感、ウールのコートが好き。', set(), set()),
    ('AR', 'حساس للسعر، يحب الصوف.', set(), set()),
    ('RU', 'Чувствителен к цене, любит шерсть.', set(), set()),
    ('EN', 'Wants a dog collar in brass.', set(), set()),
    ('EN', 'Drinks only sparkling water at appointments.', set(), set()),
    ('EN', 'No drinks needed, quick visit.', set(), set()),
    ('FR', 'Pas de boissons, rendez-vous rapide.', set(), set()),
    ('EN', 'Sweet tooth — loves macarons.', set(), set()),
    ('EN', 'Hates red meat.', set(), set()),
    ('FR', 'Pas de viande rouge.', set(), set()),
    ('ZH', '不要肉色的包。', set(), set()),
    ('EN', 'Ham radio enthusiast.', set(), set()),
    ('EN', 'Not a fan of pink.', set(), set()),
    ],
)
def test_nothing_when_denied_or_not_an_allergy(language, text, allergies, diets):
    assert constraints(text, language) == (allergies, diets)


@pytest.mark.parametrize(
    ("language", "text", "allergies", "diets"),
    [
    ('EN', 'Allergies: egg, peanuts.', {'eggs', 'peanut'}, set()),
    ('FR', 'Allergie : oeuf et arachide.', {'eggs', 'peanut'}, set()),
    ('DE', 'Allergie gegen Eier und Sellerie.', {'celery', 'eggs'}, set()),
    ('ES', 'Alergia a los gatos y al polvo.', {'animal_dander', 'dust_mites'}, set()),
    ('RU', 'Аллергия на шерсть животных и на латунь.', {'animal_dander', 'metal'}, set()),
    ('RU', 'Аллергия на яйца и горчицу.', {'eggs', 'mustard'}, set()),
    ('AR', 'حساسية من البيض والخردل.', {'eggs', 'mustard'}, set()),
    ('AR', 'حساسية من الصويا والسمسم.', {'sesame', 'soy'}, set()),
    ('AR', 'حساسية من المكسرات والفول السوداني.', {'tree_nuts', 'peanut'}, set()),
    ('AR', 'حساسية من اللاتكس والنيكل.', {'nickel', 'latex'}, set()),
    ('KO', '땅콩 알레르기, 견과류도 조심.', {'tree_nuts', 'peanut'}, set()),
    ('EN', 'Allergic to shellfish and fish.', {'shellfish', 'fish'}, set()),
    ('FR', 'Allergique au poisson et aux crustacés.', {'shellfish', 'fish'}, set()),
    ('DE', 'Fischallergie und Senfallergie.', {'fish', 'mustard'}, set()),
    ('RU', 'Аллергия на рыбу и морепродукты.', {'shellfish', 'fish'}, set()),
    ('AR', 'زوجها يتحسس من البيض والحليب.', {'eggs', 'lactose'}, set()),
    ],
)
def test_several_allergens(language, text, allergies, diets):
    assert constraints(text, language) == (allergies, diets)


@pytest.mark.parametrize(
    ("language", "text", "allergies", "diets"),
    [
    ('ZH', '过敏体质，蛋糕可以吃。', {'allergy_unspecified'}, set()),
    ],
)
def test_unspecified(language, text, allergies, diets):
    assert constraints(text, language) == (allergies, diets)
