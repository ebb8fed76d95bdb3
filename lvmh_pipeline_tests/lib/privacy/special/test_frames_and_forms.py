"""Art. 9 classes of phrasing, each in several languages (cases written for this test, not taken
from any evaluation file):

- a religious identity word that is also an ordinary word (Christian, orthodox, religious) is
  religion as the predicate of a copula ("es cristiana", "ist Christ", "هو مسلم");
- Korean practice verbs in their conjugated forms ("교회에 나간다", "절에 다닌다", "금식합니다");
- a condition's clinical modifiers on either side ("hipertensión arterial", "Arterielle
  Hypertonie", "depresión posparto", "raised blood pressure") and a survived event ("перенёс
  инфаркт");
- a chronic condition's person or adjective form ("arthritic", "Hypertoniker", "migraineuse",
  "talassemico", "гипертоник") and condition nouns on "-osis/-ose", "-pathy", "-algia";
- single ethnic words and skin colour as a person's predicate ("indígena", "维族", "maghrébine",
  "ela é negra"), never a product's colour ("a bolsa é negra");
- a period of practice a few words before it starts a religion span ("elke zondag met haar
  ouders naar de mis", "every Friday with her father to the mosque"), and Dutch and German
  compounds on prayer ("vrijdagmiddaggebed", "Gebetsteppich");
- a union's or party's frame words around it ("sindicato dos bancários", "профсоюзной
  организации", "aktives Mitglied der Gewerkschaft", "국민의힘을 지지한다").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.special.categories import find_special_categories
from lvmh_pipeline_tests.lib.privacy.special.coverage import covered
from lvmh_pipeline.lib.privacy.special.alias_forms import hangul_conjugations


CASES = [
    # religion as the predicate of a copula
    ("ES", "Es cristiana, busca una cadena fina.", "cristiana", "RELIGION"),
    ("PT", "A cliente é religiosa, prefere peças discretas.", "religiosa", "RELIGION"),
    ("EN", "He is Christian, likes steel.", "Christian", "RELIGION"),
    ("DE", "Er ist Christ, sucht Manschettenknöpfe.", "Christ", "RELIGION"),
    ("IT", "La signora è ortodossa.", "ortodossa", "RELIGION"),
    ("FR", "Elle est orthodoxe, cherche un carré.", "orthodoxe", "RELIGION"),
    ("NL", "Meneer is christen.", "christen", "RELIGION"),
    ("AR", "هو مسلم ويبحث عن ساعة.", "مسلم", "RELIGION"),
    # Korean conjugated practice verbs, practice phrasing
    ("KO", "매주 교회에 나간다고 하심.", "교회에 나간", "RELIGION"),
    ("KO", "사모님은 절에 다닌다고 하셨다.", "절에 다닌", "RELIGION"),
    ("KO", "라마단에는 금식합니다.", "금식합", "RELIGION"),
    ("NL", "Ze is lid van de Joodse gemeente.", "lid van de Joodse gemeente", "RELIGION"),
    ("DE", "Er geht jeden Sonntag in den Gottesdienst.", "jeden Sonntag in den Gottesdienst", "RELIGION"),
    ("EN", "They are regular worshippers at St Paul's.", "regular worshippers", "RELIGION"),
    # a period of practice before the practice, prayer compounds, reasons of faith
    ("NL", "Katholiek, gaat nog elke zondag met haar ouders naar de mis.", "elke zondag met haar ouders naar de mis",
     "RELIGION"),
    ("EN", "She goes every Friday with her father to the mosque.", "every Friday with her father to the mosque",
     "RELIGION"),
    ("ZH", "每周日她和父母去教堂。", "每周日她和父母去教堂", "RELIGION"),
    ("NL", "Hij gaat elke week naar het vrijdagmiddaggebed.", "elke week naar het vrijdagmiddaggebed", "RELIGION"),
    ("DE", "Sie braucht Platz für ihren Gebetsteppich.", "Gebetsteppich", "RELIGION"),
    # condition word formation and condition nouns
    ("EN", "He is arthritic, no fiddly clasps.", "arthritic", "HEALTH"),
    ("EN", "She is a haemophiliac.", "haemophiliac", "HEALTH"),
    ("DE", "Herr ist Hypertoniker.", "Hypertoniker", "HEALTH"),
    ("DE", "Sie ist Migränikerin.", "Migränikerin", "HEALTH"),
    ("FR", "Madame est migraineuse.", "migraineuse", "HEALTH"),
    ("FR", "Il est arthrosique.", "arthrosique", "HEALTH"),
    ("IT", "Il figlio è talassemico.", "talassemico", "HEALTH"),
    ("ES", "La señora es artrítica.", "artrítica", "HEALTH"),
    ("RU", "Клиент гипертоник.", "гипертоник", "HEALTH"),
    ("RU", "Она эпилептичка.", "эпилептичка", "HEALTH"),
    ("FR", "Elle a une neuropathie.", "neuropathie", "HEALTH"),
    ("IT", "Lombalgia cronica, sedia in cabina.", "Lombalgia", "HEALTH"),
    ("EN", "Client has narcolepsy.", "narcolepsy", "HEALTH"),
    ("ZH", "客户有坐骨神经痛。", "坐骨神经痛", "HEALTH"),
    ("EN", "She is a cancer patient.", "cancer patient", "HEALTH"),
    ("ZH", "他是糖尿病患者。", "糖尿病患者", "HEALTH"),
    ("JA", "喘息を患っている。", "喘息を患って", "HEALTH"),
    # clinical modifiers, survived events
    ("ES", "Tiene hipertensión arterial.", "hipertensión arterial", "HEALTH"),
    ("ES", "Depresión posparto el año pasado.", "Depresión posparto", "HEALTH"),
    ("PT", "Asma brônquica desde criança.", "Asma brônquica", "HEALTH"),
    ("DE", "Arterielle Hypertonie, kurze Termine.", "Arterielle Hypertonie", "HEALTH"),
    ("DE", "Sie hatte eine Wochenbettdepression.", "Wochenbettdepression", "HEALTH"),
    ("FR", "Hypertension artérielle, prévoir une chaise.", "Hypertension artérielle", "HEALTH"),
    ("EN", "Raised blood pressure, keep it short.", "Raised blood pressure", "HEALTH"),
    ("RU", "Он перенёс инфаркт в прошлом году.", "перенёс инфаркт", "HEALTH"),
    # origin
    ("PT", "Ela é indígena, do Amazonas.", "indígena", "ORIGIN"),
    ("PT", "Ele é nipo-brasileiro.", "nipo-brasileiro", "ORIGIN"),
    ("ZH", "客户是维族。", "维族", "ORIGIN"),
    ("FR", "Cliente maghrébine, très fidèle.", "maghrébine", "ORIGIN"),
    ("EN", "Sra. Ortiz, she's Latina.", "Latina", "ORIGIN"),
    ("DE", "Sie ist Halbjapanerin.", "Halbjapanerin", "ORIGIN"),
    ("PT", "Ela é negra e muito elegante.", "negra", "ORIGIN"),
    ("RU", "Он азиат.", "азиат", "ORIGIN"),
    # union and politics frames
    ("PT", "Filiado ao sindicato dos bancários.", "Filiado ao sindicato dos bancários", "UNION"),
    ("RU", "Он председатель профсоюзной организации.", "председатель профсоюзной организации", "UNION"),
    ("DE", "Er ist aktives Mitglied der Gewerkschaft.", "aktives Mitglied der Gewerkschaft", "UNION"),
    ("FR", "Il est adhérent du syndicat des enseignants.", "adhérent du syndicat des enseignants", "UNION"),
    ("RU", "Он либерал.", "либерал", "POLITICS"),
    ("KO", "국민의힘을 지지한다고 함.", "국민의힘을 지지한", "POLITICS"),
    ("DE", "Sie ist überzeugte Grüne.", "überzeugte Grüne", "POLITICS"),
]


@pytest.mark.parametrize(("language", "text", "span", "kind"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_frames_and_word_forms_are_redacted(language, text, span, kind):
    assert covered(text, span, kind), find_special_categories(text)


READABLE = [
    ("PT", "A bolsa é negra, couro liso."),
    ("FR", "La robe est noire, taille 38."),
    ("EN", "Latin music at the launch, Christian Dior scarf."),
    ("ES", "Cocina latina en la cena, arte indígena en el hotel."),
    ("DE", "Diabetisches Menü für den Empfang bestellen."),
    ("FR", "Sympathie, nostalgie : elle choisit une rose et une dose de parfum."),
    ("EN", "She is a Cancer, born in July."),
    ("EN", "The union of two houses, a striking collaboration."),
    ("AR", "الساعة حلوة جدا، يبدو أنها تحب الذهب."),
    ("KO", "가방의 수선 요청, 내일 방문 예정."),
    ("EN", "Every Sunday she calls her mother; loves the red tote."),
    ("DE", "Hoher Preis, hohe Qualität, erhöhte Nachfrage."),
    ("ES", "Es un modelo juvenil, color arterial no."),
    ("DE", "Er hat darum gebeten, die Uhr zu gravieren."),
    ("NL", "Onze verkoopgebieden groeien, ze werkt in de binnenstad."),
]


@pytest.mark.parametrize(("language", "text"), READABLE, ids=[f"{c[0]}-{i}" for i, c in enumerate(READABLE)])
def test_look_alikes_stay_readable(language, text):
    assert find_special_categories(text) == []


def test_hangul_conjugations_close_an_open_verb_stem():
    assert set(hangul_conjugations("교회에 나가")) == {"교회에 나간", "교회에 나갈", "교회에 나감", "교회에 나갑", "교회에 나갔"}
    assert hangul_conjugations("불교") == []  # a noun's last syllable is no verb stem
