"""Art. 9 classes seen in real advisor dictation, each in several languages (cases written for
this test, not taken from any evaluation file):

- conditions behind medical diets and everyday chronic conditions (renal failure, reflux,
  gastritis, ulcers, pancreatitis, bypass surgery) and psychiatric medication by name;
- medical word formation ("-itis", "-ectomy", "-plegia", Romance "-ite" after an organ stem,
  Dutch/German "-ontsteking", "-entzündung", "-erkrankung"), which no list can enumerate;
- clinical shorthand of telegraphic notes ("T2D, HTN", "DT2, IDM", "KHK", "СД 2 типа", "ОНМК");
- disability and treatment phrasing in JA/KO/ZH/AR ("耳が不自由", "신장병", "听力障碍", "يغسل الكلى");
- orientation revealed by a same-sex spouse whose possessive shows both genders ("her wife",
  "ihre Frau", "haar vrouw", "casada com uma mulher", "زوجتها"), redacted only when nothing else
  in the note states it;
- precision: look-alikes that stay readable (Swiss francs "CHF", a walking stick as a product,
  allergic rhinitis, "petite"/"suite"/"favorite", "geht zur Messe" at a trade fair, gender-neutral
  or opposite-sex spouses, polite "ihre Frau Mutter").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.special.categories import find_special_categories
from lvmh_pipeline_tests.lib.privacy.special.coverage import covered, spans_of



CONDITIONS = [
    ("EN", "Suffers from acid reflux, no spicy canapés.", "acid reflux"),
    ("EN", "He has gastritis and a stomach ulcer.", "stomach ulcer"),
    ("EN", "Pancreatitis last year, keep the dinner light.", "Pancreatitis"),
    ("EN", "She had bariatric surgery, small portions.", "bariatric surgery"),
    ("EN", "Takes Xanax before long flights.", "Xanax"),
    ("FR", "Régime sans sel à cause de son insuffisance rénale.", "insuffisance rénale"),
    ("FR", "Il a un reflux gastrique depuis l'hiver.", "reflux gastrique"),
    ("FR", "Elle est sous anxiolytiques.", "anxiolytiques"),
    ("DE", "Salzarme Kost wegen Niereninsuffizienz.", "Niereninsuffizienz"),
    ("DE", "Er hat ein Magengeschwür.", "Magengeschwür"),
    ("DE", "Nimmt Schlaftabletten, wirkt müde.", "Schlaftabletten"),
    ("IT", "Dieta iposodica per insufficienza renale.", "insufficienza renale"),
    ("IT", "Soffre di reflusso, niente caffè.", "reflusso"),
    ("ES", "Dieta sin sal por insuficiencia renal.", "insuficiencia renal"),
    ("ES", "Tiene una hernia de hiato.", "hernia de hiato"),
    ("PT", "Dieta sem sal por insuficiência renal.", "insuficiência renal"),
    ("PT", "Está grávida de risco, repouso.", "grávida de risco"),
    ("NL", "Zoutarm dieet wegens nierfalen.", "nierfalen"),
    ("NL", "Slikt slaappillen sinds de verhuizing.", "slaappillen"),
    ("RU", "Бессолевая диета из-за почечной недостаточности.", "почечной недостаточности"),
    ("RU", "Беременна, сильный токсикоз.", "токсикоз"),
    ("JA", "腎臓病のため減塩食。", "腎臓病"),
    ("JA", "耳が不自由なので筆談で。", "耳が不自由"),
    ("KO", "신장병 때문에 저염식 하심.", "신장병"),
    ("KO", "역류성 식도염 있으심.", "역류성 식도염"),
    ("ZH", "肾病要低盐。", "肾病"),
    ("ZH", "有听力障碍，请写字沟通。", "听力障碍"),
    ("ZH", "老公得了癌症。", "癌症"),
    ("AR", "نظام قليل الملح بسبب الفشل الكلوي.", "الفشل الكلوي"),
    ("AR", "زوجها يغسل الكلى ثلاث مرات بالأسبوع.", "يغسل الكلى"),
    ("AR", "عنده فشل كلوي مزمن.", "فشل كلوي"),
]


@pytest.mark.parametrize(("language", "text", "span"), CONDITIONS, ids=[f"{c[0]}-{i}" for i, c in enumerate(CONDITIONS)])
def test_everyday_conditions_and_medication_are_health(language, text, span):
    assert covered(text, span, "HEALTH"), spans_of(text)


MEDICAL_WORDS = [
    ("EN", "He has diverticulitis, no nuts or seeds.", "diverticulitis"),
    ("EN", "Had a cholecystectomy in May.", "cholecystectomy"),
    ("FR", "Appendicectomie la semaine dernière.", "Appendicectomie"),
    ("FR", "Elle a une sinusite chronique.", "sinusite"),
    ("IT", "Ha avuto una colecistectomia.", "colecistectomia"),
    ("IT", "È tetraplegico dopo l'incidente.", "tetraplegico"),
    ("ES", "Tiene colitis ulcerosa.", "colitis"),
    ("PT", "Teve uma apendicite.", "apendicite"),
    ("DE", "Hat eine Divertikulitis.", "Divertikulitis"),
    ("DE", "Hatte eine Lungenentzündung.", "Lungenentzündung"),
    ("DE", "Wegen einer Herzerkrankung kürzer.", "Herzerkrankung"),
    ("NL", "Heeft een blaasontsteking.", "blaasontsteking"),
    ("NL", "Longkanker, in behandeling.", "Longkanker"),
    ("RU", "У неё гастрит.", "гастрит"),
    ("RU", "Тонзиллэктомия в детстве.", "Тонзиллэктомия"),
]


@pytest.mark.parametrize(("language", "text", "span"), MEDICAL_WORDS, ids=[f"{c[0]}-{i}" for i, c in enumerate(MEDICAL_WORDS)])
def test_medical_word_formation_is_health(language, text, span):
    assert covered(text, span, "HEALTH"), spans_of(text)


SHORTHAND = [
    ("EN", "62M, T2D, HTN, on BP meds.", ["T2D", "HTN", "BP meds"]),
    ("EN", "s/p CABG, IDDM.", ["CABG", "IDDM"]),
    ("FR", "70 ans, DT2, ATCD d'IDM.", ["DT2", "IDM"]),
    ("DE", "68 J., DM Typ 2, KHK, Z.n. Hüft-TEP.", ["DM Typ 2", "KHK", "Hüft-TEP"]),
    ("ES", "72 años, DM2, HTA, antecedente de IAM.", ["DM2", "HTA", "IAM"]),
    ("IT", "DM2, pregresso IMA, BPCO.", ["DM2", "IMA", "BPCO"]),
    ("PT", "HTA e DM2, DPOC.", ["HTA", "DM2", "DPOC"]),
    ("NL", "DM2, na CVA.", ["DM2", "CVA"]),
    ("RU", "СД 2 типа, ИБС, перенёс ОНМК.", ["СД 2 типа", "ИБС", "ОНМК"]),
]


@pytest.mark.parametrize(("language", "text", "spans"), SHORTHAND, ids=[f"{c[0]}-{i}" for i, c in enumerate(SHORTHAND)])
def test_clinical_shorthand_is_health(language, text, spans):
    assert [s for s in spans if not covered(text, s, "HEALTH")] == [], spans_of(text)


PARTNERS = [
    ("EN", "She and her wife are choosing rings.", "her wife"),
    ("DE", "Frau Vogel kam mit ihrer Frau, beide suchen Eheringe.", "ihrer Frau"),
    ("DE", "Er kam mit seinem Mann zur Anprobe.", "seinem Mann"),
    ("NL", "Mevrouw kwam met haar vrouw voor twee armbanden.", "haar vrouw"),
    ("FR", "Mariée à une femme depuis 2015.", "Mariée à une femme"),
    ("IT", "È sposata con una donna, cercano due orologi.", "sposata con una donna"),
    ("ES", "Casado con un hombre, buscan gemelos.", "Casado con un hombre"),
    ("PT", "Casada com uma mulher, procuram alianças.", "Casada com uma mulher"),
    ("AR", "جاءت مع زوجتها لاختيار خاتمين.", "زوجتها"),
    ("ZH", "她和她太太一起来的。", "她太太"),
]


@pytest.mark.parametrize(("language", "text", "span"), PARTNERS, ids=[f"{c[0]}-{i}" for i, c in enumerate(PARTNERS)])
def test_same_sex_spouse_reveals_orientation(language, text, span):
    assert covered(text, span, "ORIENTATION"), spans_of(text)


RELIGION = [
    ("AR", "من شهود يهوه، لا هدايا أعياد ميلاد.", "شهود يهوه"),
    ("ZH", "是教会执事，周日不约。", "教会执事"),
    ("KO", "교회 집사님이라 주일은 피해야 함.", "교회 집사"),
    ("EN", "Keeps Shabbat, no Saturday deliveries.", "Keeps Shabbat"),
]


@pytest.mark.parametrize(("language", "text", "span"), RELIGION, ids=[f"{c[0]}-{i}" for i, c in enumerate(RELIGION)])
def test_religious_practice_and_lay_roles(language, text, span):
    assert covered(text, span, "RELIGION"), spans_of(text)


def test_spouse_goes_also_when_the_note_states_the_orientation():
    # each mention says it again: "Mevr. [NAME] en haar vrouw, [ORIENTATION] stel" would still tell it
    text = "Mevr. Dekker en haar vrouw, lesbisch stel uit Rotterdam, trouwen in augustus."
    assert covered(text, "haar vrouw", "ORIENTATION") and covered(text, "lesbisch", "ORIENTATION"), spans_of(text)
    text = "Kommt mit seinem Verlobten, schwules Paar, Hochzeit im September."
    assert covered(text, "seinem Verlobten", "ORIENTATION") and covered(text, "schwules", "ORIENTATION"), spans_of(text)


READABLE = [
    ("EN", "Her husband wants a navy tote; his wife prefers gold."),
    ("FR", "Sa femme aime le cuir grainé, son mari préfère le noir."),
    ("ES", "Su marido busca gemelos, su esposa un bolso."),
    ("DE", "Ihre Frau Mutter kommt nächste Woche mit."),
    ("DE", "Visita la Messe di Francoforte, dann Düsseldorf."),
    ("NL", "Zoekt wandelstok met zilveren knop."),
    ("NL", "Ze zijn man en vrouw sinds juni."),
    ("PT", "Tem rinite alérgica na primavera."),
    ("FR", "Une petite suite favorite, elle cite Proust."),
    ("EN", "Petite frame, favourite site, granite tones."),
    ("IT", "Le partite preferite, gite e uscite."),
    ("DE", "Budget 12.000 CHF, zahlt in Franken."),
    ("FR", "Budget 8 000 CHF, livraison à Genève."),
    ("RU", "Шерсть колит, только кашемир."),
    ("EN", "Sleeve length to be shortened, 2 cm."),
    ("PT", "Ela gosta de azul, ela vem sábado."),
    ("EN", "Lithium battery watch, needs a new cell."),
]


@pytest.mark.parametrize(("language", "text"), READABLE, ids=[f"{c[0]}-{i}" for i, c in enumerate(READABLE)])
def test_look_alikes_stay_readable(language, text):
    assert find_special_categories(text) == [], spans_of(text)


COMPOUNDS = [
    ("DE", "Sie ist Brustkrebspatientin.", "Brustkrebspatientin"),
    ("DE", "Hat ein Nierenleiden.", "Nierenleiden"),
    ("NL", "Staaroperatie in maart.", "Staaroperatie"),
    ("NL", "Borstkankeroperatie gehad.", "Borstkankeroperatie"),
]


@pytest.mark.parametrize(("language", "text", "span"), COMPOUNDS, ids=[f"{c[0]}-{i}" for i, c in enumerate(COMPOUNDS)])
def test_patient_operation_and_ailment_compounds_are_health(language, text, span):
    assert covered(text, span, "HEALTH"), spans_of(text)


@pytest.mark.parametrize("text", [
    "Künstlerkooperationen interessieren sie.", "Lid van de coöperatie.", "Ze gaat naar Leiden.", "Hij wil haar begeleiden.",
    "Flusskrebs mit Dill zum Abendessen.", "Nicht so impatient, sagt er.",
])
def test_compound_look_alikes_stay_readable(text):
    assert find_special_categories(text) == [], spans_of(text)
