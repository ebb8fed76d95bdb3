"""Art. 9 classes found on the w26 dev notes, with phrasings written for this test.

The stage of a pregnancy written as an aside after it ("enceinte, troisième trimestre",
"zwanger (tweede trimester)", "怀孕了，四个月", "حامل فالشهر السادس", "incinta, di gemelli"), a
medicine taken without its name ("Medikamente einnimmt", "принимает лекарства", "一直吃药"), an organ's
problem in the languages that lacked it ("problemas de riñón", "肝臓の問題", "심장 쪽 문제"), a
pilgrimage to Mecca prepared ("تستعد للحج", "pilgert nach Mekka"), a party after a degree adverb ("solidly
Labour"), an ethnic group in an origin frame ("origini tigrinya", "uit een Molukse familie"), a
faith's contextual word standing alone as an item beside a term of its faith ("Dov — observant,
keeps Shabbat"), and the proper name of a place of care that is redacted ("the Mayo Clinic",
"l'Hôpital Necker", "in cura presso il Gaslini"), and a weak limb ("right arm is weak",
"zwakke linkerhand", "左手に力が入らない"). The last tests are ordinary words that must stay.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.privacy.special.coverage import covered, spans_of, whole

WHOLE = [
    # the stage of a pregnancy, after a comma or in brackets
    ("Sa belle-sœur est enceinte, troisième trimestre, prévoir un fauteuil.", "enceinte, troisième trimestre", "HEALTH"),
    ("Die Tochter ist schwanger, drittes Trimester, bitte Sitzplatz.", "schwanger, drittes Trimester", "HEALTH"),
    ("La nuora è incinta, terzo trimestre, niente profumi.", "incinta, terzo trimestre", "HEALTH"),
    ("La clienta está embarazada, tercer trimestre, silla en el probador.", "embarazada, tercer trimestre", "HEALTH"),
    ("A nora está grávida, primeiro trimestre, sem perfumes.", "grávida, primeiro trimestre", "HEALTH"),
    ("Schoondochter is zwanger (tweede trimester), stoel klaarzetten.", "zwanger (tweede trimester", "HEALTH"),
    ("Невестка беременна, третий триместр, нужен стул.", "беременна, третий триместр", "HEALTH"),
    ("他女儿怀孕了，四个月，想买妈咪包。", "怀孕了，四个月", "HEALTH"),
    ("بنتها حامل فالشهر السادس، خاصها كرسي.", "حامل فالشهر السادس", "HEALTH"),
    ("Sa fille est enceinte, de triplés, rien de lourd.", "enceinte, de triplés", "HEALTH"),
    ("La figlia è incinta, di gemelli, consegna a casa.", "incinta, di gemelli", "HEALTH"),
    ("Его жена беременна, двойней, доставка домой.", "беременна, двойней", "HEALTH"),
    # a medicine taken without its name
    ("사모님이 약을 복용 중이시라 와인 제외.", "약을 복용", "HEALTH"),
    ("她父亲一直吃药，不能喝酒。", "一直吃药", "HEALTH"),
    ("الوالدة تأخذ أدوية، بلا قهوة.", "تأخذ أدوية", "HEALTH"),
    # an organ's problem
    ("La suegra tiene problemas de riñón, sin alcohol.", "problemas de riñón", "HEALTH"),
    ("ご主人は肝臓の問題で禁酒中。", "肝臓の問題", "HEALTH"),
    ("아버님이 심장 쪽 문제로 치료 중.", "심장 쪽 문제", "HEALTH"),
    ("他母亲肝脏有问题，不喝酒。", "肝脏有问题", "HEALTH"),
    ("جدها عنده مشاكل بالكلى، بلا مشروبات.", "مشاكل بالكلى", "HEALTH"),
    # a pilgrimage to Mecca prepared or made
    ("الحاجة تستعد للحج هذا الصيف وتبحث عن حقيبة.", "تستعد للحج", "RELIGION"),
    ("Der Kunde pilgert nach Mekka im Sommer.", "pilgert nach Mekka", "RELIGION"),
    ("Zijn vader gaat op bedevaart naar Mekka.", "bedevaart naar Mekka", "RELIGION"),
    # a party after a degree adverb, an ethnic group in an origin frame
    ("Her brother is solidly Labour, keep politics out of it.", "solidly Labour", "POLITICS"),
    ("Sig.ra Bianchi, origini tigrinya, ama il blu.", "origini tigrinya", "ORIGIN"),
    ("Hij komt uit een Molukse familie, vertelt hij graag.", "uit een Molukse familie", "ORIGIN"),
    # a faith's contextual word alone as an item, beside a term of that faith
    ("Dov — observant, keeps Shabbat, no Saturday visits.", "observant, keeps Shabbat", "RELIGION"),
    # the proper name of a place of care
    ("Her father is at the Mayo Clinic for a biopsy.", "Mayo Clinic", "HEALTH"),
    ("Son fils est à l'Hôpital Necker pour une opération.", "Hôpital Necker", "HEALTH"),
    ("La figlia è in cura presso il Gaslini, niente profumi.", "in cura presso il Gaslini", "HEALTH"),
    ("He is being treated at Guy's, send flowers.", "being treated at Guy's", "HEALTH"),
    ("Отец лечится в Боткинской больнице.", "Боткинской больнице", "HEALTH"),
    # a weak limb after an illness
    ("Since the operation her right arm is weak.", "right arm is weak", "HEALTH"),
    ("Mevrouw heeft een zwakke linkerhand, ritssluiting graag.", "zwakke linkerhand", "HEALTH"),
    ("Seit dem Unfall ist die rechte Hand schwach.", "rechte Hand schwach", "HEALTH"),
    ("Cliente con la mano sinistra debole, chiusure semplici.", "mano sinistra debole", "HEALTH"),
    ("У клиента слабость в правой руке.", "слабость в правой руке", "HEALTH"),
    ("母は左手に力が入らないので軽いバッグを。", "左手に力が入らな", "HEALTH"),
    ("할머니가 왼손에 힘이 없으셔서 가벼운 가방.", "왼손에 힘이 없", "HEALTH"),
    ("爷爷右手无力，要好开的扣子。", "右手无力", "HEALTH"),
]


@pytest.mark.parametrize(("text", "span", "kind"), WHOLE)
def test_the_fact_is_redacted(text, span, kind):
    assert whole(text, span, kind), spans_of(text)


COVERED = [
    ("Er verzichtet auf Wein, da er Medikamente einnimmt.", "Medikamente einnimmt", "HEALTH"),
    ("Elle prend des médicaments, pas de champagne.", "prend des médicaments", "HEALTH"),
    ("Meneer slikt medicijnen, dus alcoholvrij.", "slikt medicijnen", "HEALTH"),
    ("Тесть пьёт таблетки, без вина.", "пьёт таблетки", "HEALTH"),
    ("She is taking medication, so no champagne.", "taking medication", "HEALTH"),
    ("Il nonno assume farmaci, niente alcol.", "assume farmaci", "HEALTH"),
    ("Su madre toma pastillas, nada de vino.", "toma pastillas", "HEALTH"),
    ("O avô toma remédios, sem vinho.", "toma remédios", "HEALTH"),
    ("他外婆每天吃降压药。", "每天吃降压药", "HEALTH"),
]


@pytest.mark.parametrize(("text", "span", "kind"), COVERED)
def test_most_of_the_fact_is_redacted(text, span, kind):
    assert covered(text, span, kind), spans_of(text)


STAYS = [
    "Lieferung im 2. Quartal, zweites Trimester der Uni.",
    "Le bilan du troisième trimestre est bon.",
    "Elle repasse dans 3 mois, de jumeaux il n'est pas question.",
    "Les jumeaux du client arrivent demain.",
    "Labour costs went up again this spring.",
    "Observant, noticed the stitching at once.",
    "Rendez-vous à la clinique du cuir Necker, rue de Sèvres.",
    "The Mayo family came in for a watch.",
    "Hij komt uit een grote familie, zes broers.",
    "Il prend des notes pendant la présentation.",
    "他每天吃早饭很晚。",
    "She wears the watch on her left hand, rings on the right.",
    "He was treated at the bar to a glass of champagne.",
    "Il est soigné à Lyon, elle vient seule.",
]


@pytest.mark.parametrize("text", STAYS)
def test_ordinary_words_stay(text):
    assert not spans_of(text), spans_of(text)
