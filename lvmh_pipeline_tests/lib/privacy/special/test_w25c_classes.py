"""Art. 9 classes found on the w25c dev notes, with phrasings written for this test.

A pregnancy stated by its trimester or month in German, with the ordinal dot that the note's
folding turns into a space ("im 3. Trimester", "im 7. Monat schwanger") or in a colloquial word
("홑몸이 아니", "身重"), a medicine named in the singular ("uma estatina", "una statina"), a
hearing aid in Dutch ("hoortoestel"), an organ resection in Russian ("резекция желудка"), a
suspicious shadow on a lung scan ("肺に影", "肺部阴影"), a condition since birth ("de nacimiento", "с рождения",
"先天"), gone through ("traverse une", like "going through") or prescribed or
found ("прописал", "查出"), a medicine taken ("prende il", "принимает"), the parent an origin
comes from ("on her dad's side", "por parte materna"), and the commemoration of Ashura as a
practice ("تحيي عاشوراء"). Kashrut kept as observance is RELIGION, the word alone is the kosher
diet and stays readable (policy: diets stay). The last tests are ordinary words that must stay.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.privacy.special.coverage import covered, spans_of, whole

WHOLE = [
    ("Die Schwiegertochter ist im 3. Trimester, bitte einen Sessel bereitstellen.", "im 3. Trimester", "HEALTH"),
    ("Seine Frau ist in der 24. Woche schwanger, leichte Tasche gesucht.", "in der 24. Woche schwanger", "HEALTH"),
    ("Die Enkelin ist im 7. Monat schwanger.", "im 7. Monat schwanger", "HEALTH"),
    ("며느님이 홑몸이 아니라서 향수 시향은 생략함.", "홑몸이 아니", "HEALTH"),
    ("娘さんは身重なので、椅子をご用意。", "身重", "HEALTH"),
    ("Ele toma uma estatina todas as noites, jantar leve.", "estatina", "HEALTH"),
    ("Su marido toma una estatina desde el invierno.", "estatina", "HEALTH"),
    ("Il suocero prende una statina ogni sera.", "statina", "HEALTH"),
    ("Meneer draagt sinds kort een hoortoestel, dus rustig praten.", "hoortoestel", "HEALTH"),
    ("Весной ей сделали резекцию желудка, ест понемногу.", "резекцию желудка", "HEALTH"),
    ("健診で父は肺に影があると言われたそうです。", "肺に影", "HEALTH"),
    ("体检发现她父亲肺部有阴影，下周复诊。", "肺部有阴影", "HEALTH"),
    # a birth defect, a condition gone through
    ("Elle traverse une dépression depuis l'été.", "traverse une dépression", "HEALTH"),
    ("Es sordo de nacimiento, prefiere escribir.", "sordo de nacimiento", "HEALTH"),
    ("Elle est sourde de naissance.", "sourde de naissance", "HEALTH"),
    ("O filho é surdo de nascença.", "surdo de nascença", "HEALTH"),
    ("Hij is doof sinds de geboorte.", "doof sinds de geboorte", "HEALTH"),
    ("Sie ist von Geburt an gehörlos.", "von Geburt an gehörlos", "HEALTH"),
    ("She has been deaf from birth.", "deaf from birth", "HEALTH"),
    ("Он глухой с рождения.", "глухой с рождения", "HEALTH"),
    ("生まれつき難聴です。", "生まれつき難聴", "HEALTH"),
    ("아들이 선천적 청각장애.", "선천적 청각장애", "HEALTH"),
    ("他先天心脏病，不能太累。", "先天心脏病", "HEALTH"),
    ("Hij heeft een nieuwe knie gekregen.", "nieuwe knie gekregen", "HEALTH"),
    # a prescription, a test result
    ("Врач прописал статины.", "прописал статины", "HEALTH"),
    ("Ему назначили инсулин.", "назначили инсулин", "HEALTH"),
    ("她上个月查出糖尿病。", "查出糖尿病", "HEALTH"),
    # a medicine taken
    ("La suocera prende il Coumadin da anni.", "prende il Coumadin", "HEALTH"),
    ("Он принимает инсулин.", "принимает инсулин", "HEALTH"),
    ("母はメトホルミンを服用中。", "メトホルミンを服用中", "HEALTH"),
    # the parent an origin comes from
    ("Yoruba on her dad's side, she said.", "Yoruba on her dad's side", "ORIGIN"),
    ("Berbère du côté de sa mère.", "Berbère du côté de sa mère", "ORIGIN"),
    ("Gitana por parte materna.", "Gitana por parte materna", "ORIGIN"),
    ("Sinti per parte di madre.", "Sinti per parte di madre", "ORIGIN"),
    ("Hij is Molukker van vaders kant.", "Molukker van vaders kant", "ORIGIN"),
    ("Он строго соблюдает кашрут и шаббат.", "соблюдает кашрут", "RELIGION"),
    ("العائلة تحيي عاشوراء كل سنة، لا مواعيد في ذلك الأسبوع.", "تحيي عاشوراء", "RELIGION"),
]


@pytest.mark.parametrize(("text", "span", "kind"), WHOLE)
def test_the_fact_is_redacted(text, span, kind):
    assert whole(text, span, kind), spans_of(text)


STAYS = [
    "Lieferung im 2. Quartal, Budget offen.",
    "Er hat das Trimesterprogramm der Uni erwähnt.",
    "홑겹 실크 스카프를 추천함.",
    "重いバッグは避けたいとのこと。",
    "Ele gosta de estática? Não, de estampas.",
    "Cerca una statuina in cristallo per la nonna.",
    "Meneer zoekt een toestel voor thuis, geen horloge.",
    "Он любит резкие ароматы, без желудей.",
    "影のあるモノクロ写真がお好き。",
    "她喜欢树荫下的阴影图案。",
    "عاشت العائلة في باريس سنوات.",
    "Cadeau de naissance pour le petit-fils.",
    "Regalo de nacimiento para la nieta.",
    "Hij heeft een nieuwe tas gekregen van zijn vrouw.",
    "Il a eu un coup de cœur pour la montre.",
    "持ち手の長いバッグをご希望。",
    "查出了订单的问题。",
    "先天下之忧而忧。",
    "Врач прописал отдых на море.",
    "На ужине нужен кашрут: только кошерные блюда.",
    "La nonna prende il treno delle otto.",
    "Он принимает гостей по субботам.",
    "Côté paternel, toute la famille vit à Lyon.",
    "Segunda geração da coleção, couro novo.",
]


@pytest.mark.parametrize("text", STAYS)
def test_ordinary_words_stay(text):
    assert not spans_of(text), spans_of(text)


def test_a_trimester_is_covered_by_the_rule_of_the_bench():
    text = "Kundin im 2. Trimester, keine Parfumproben."
    assert covered(text, "im 2. Trimester", "HEALTH"), spans_of(text)
