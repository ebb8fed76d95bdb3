"""Art. 9 classes found on the w29 dev notes, with phrasings written for this test.

Health: the German pregnancy-week shorthand ("in der 24. SSW", "(28. SSW)"), the post-operative
period ("en el postoperatorio", "pós-operatório"), walking aids said with the verb last ("met een
stok loopt", "loopt met een wandelstok"; a cane bought as a gift stays), lab values of an organ
("간 수치"), a device or an inhaler joined to a condition in Arabic ("ربو ويستعمل بخاخ", "جهاز منظم
ضربات القلب"), a body side after a device or a condition ("Hörgerät beidseitig"). Origin: an ethnic
group beside a faith term ("a Gujarati Hindu", "bengali e muçulmano"; a nationality stays), a
family of an ethnic group ("família iorubá"). Politics: a party described by its leaning
("保守系の政党"), campaign work for a party. The last tests are ordinary words that must stay (a
lunar-calendar vegetarian fast is a diet, "お金持ち" is no condition).
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.privacy.special.coverage import spans_of, whole

WHOLE = [
    # pregnancy-week shorthand
    ("Sie ist in der 24. SSW und sucht eine Tasche.", "in der 24. SSW", "HEALTH"),
    ("Frau K. (28. SSW) möchte eine Wickeltasche.", "28. SSW", "HEALTH"),
    # post-operative period
    ("Está en el postoperatorio, nada de pesos.", "en el postoperatorio", "HEALTH"),
    ("Postoperatorio de rodilla, viene con muleta.", "Postoperatorio de rodilla", "HEALTH"),
    ("Ainda no pós-operatório, evitar peso.", "pós-operatório", "HEALTH"),
    # walking aids
    ("Haar vader loopt met een wandelstok.", "loopt met een wandelstok", "HEALTH"),
    ("Hij zegt dat zijn oom sinds de val met een stok loopt.", "met een stok loopt", "HEALTH"),
    # lab values of an organ
    ("간 수치가 높아서 술은 안 드세요.", "간 수치", "HEALTH"),
    ("신장 수치 때문에 짠 음식 피하심.", "신장 수치", "HEALTH"),
    # a device or an inhaler with a condition (Arabic)
    ("ابنها عنده ربو ويستعمل بخاخ دائماً.", "ربو ويستعمل بخاخ", "HEALTH"),
    ("الوالد يحمل جهاز منظم ضربات القلب.", "جهاز منظم ضربات القلب", "HEALTH"),
    # a body side after a device or a condition
    ("Trägt ein Hörgerät beidseitig.", "Hörgerät beidseitig", "HEALTH"),
    ("Arthrose beidseitig, keine engen Ringe.", "Arthrose beidseitig", "HEALTH"),
    # an ethnic group beside a faith; a family of an ethnic group
    ("Mrs Kaur, a Gujarati Hindu, shops for Diwali.", "Gujarati", "ORIGIN"),
    ("Mr Das (Bengali, Muslim) wants a quiet room.", "Bengali", "ORIGIN"),
    ("O Sr. Rahman, bengali e muçulmano, quer sala tranquila.", "bengali", "ORIGIN"),
    ("Ela é de família iorubá, candomblecista.", "família iorubá", "ORIGIN"),
    # a party by its leaning; campaign work for a party
    ("保守系の政党から出馬予定。", "保守系の政党", "POLITICS"),
    ("She did campaign work for the Greens last year.", "campaign work for the Greens", "POLITICS"),
]


@pytest.mark.parametrize(("text", "span", "kind"), WHOLE)
def test_the_fact_is_redacted(text, span, kind):
    assert whole(text, span, kind), spans_of(text)


STAYS = [
    "She speaks Punjabi at home and English at work.",
    "A Bengali cotton scarf for her sister.",
    "Der Stoff ist beidseitig tragbar.",
    "Zoekt een wandelstok met zilveren knop als cadeau.",
    "奶奶每月初一十五吃素，不要动物图案。",
    "Doppelseitig bedruckt, beidseitig verwendbar.",
    "She is volunteering for the museum gala.",
    "お金持ちのお客様で、時計を三本。",
    "초하루에 방문 예정, 간식은 안 드세요.",
    "Veio com a família, de Salvador.",
    "بخاخ عطر صغير هدية لها.",
]


@pytest.mark.parametrize("text", STAYS)
def test_ordinary_words_stay(text):
    assert not spans_of(text), spans_of(text)


def test_a_nationality_beside_a_faith_stays_readable():
    assert spans_of("He is an Indian Sikh from Delhi.") == [("Sikh", "RELIGION")]
