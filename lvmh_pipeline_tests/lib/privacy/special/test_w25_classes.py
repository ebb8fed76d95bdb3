"""Art. 9 classes found on the session-25 dev notes: the words that carry the fact with a term.

A treatment going on ("fazendo tratamento de", "を受けている", "임플란트 시술"), a medicine taken
("薬も飲んで", "항우울제 드신다", "抗排异药"), a condition coming back ("又犯了"), a hospital stay
or a rehab ("入咗院", "uit het ziekenhuis na", "aus der Reha"), a spinal cord injury in every
language, a pregnancy with its month or trimester ("all'ottavo mese", "2nd trimester", "is
uitgerekend") or in colloquial words ("おめでた", "아기를 가졌다", "bun in the oven"), a sobriety
("в завязке"), a party with the office or campaign that serves it ("の衆議院議員", "党员干部",
"running for mayor as a", "депутат Госдумы от", "الحملة الانتخابية"), a faith with its practice
("히잡 착용", "قيام الليل", "I'm Buddhist") and an origin ("Malay lady", "の血が流れている").
Every phrasing is written for this test, not taken from any note. The last tests are the words
that stay: the family or the couple a fact is about ("famille [RELIGION]", "[ORIENTATION] couple"),
the verb that only says a treatment is going on ("正在做[HEALTH]", like "sta facendo la [chemio]"),
and the words before an aside that a bracket or a dash closes.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.special.categories import find_special_categories
from lvmh_pipeline_tests.lib.privacy.special.coverage import covered, spans_of, whole

WHOLE = [
    # a treatment going on, a procedure just done
    ("外公刚做完髋关节置换手术，需要拐杖。", "刚做完髋关节置换手术", "HEALTH"),
    ("去年心脏装了支架，不能太累。", "心脏装了支架", "HEALTH"),
    ("父は週2回透析を受けている。", "透析を受けている", "HEALTH"),
    ("아버님이 치아 임플란트 시술 중이셔서 식사 자리 피함.", "임플란트 시술 중", "HEALTH"),
    ("O pai dela está fazendo tratamento de leucemia, por isso veio sozinha.", "fazendo tratamento de leucemia", "HEALTH"),
    ("Elle sort d'un AVC, donc pas de longue séance.", "sort d'un AVC", "HEALTH"),
    ("Sigue en terapia con el psicólogo desde el verano.", "terapia con el psicólogo", "HEALTH"),
    # a medicine taken, a condition carried or back
    ("婆婆一直在吃降压药，茶点少放盐。", "降压药", "HEALTH"),
    ("お父様は心臓の薬も飲んでいるとのこと。", "心臓の薬も飲んで", "HEALTH"),
    ("사모님은 요즘 항우울제 드신다고 함.", "항우울제 드신다", "HEALTH"),
    ("肾移植后每天吃抗排斥药。", "抗排斥药", "HEALTH"),
    ("他的腰椎间盘突出又犯了，站不久。", "又犯了", "HEALTH"),
    # a hospital stay, a rehab, a spinal injury
    ("佢老豆上星期中风入咗院。", "中风入咗院", "HEALTH"),
    ("Meneer komt net uit het ziekenhuis na een beroerte.", "uit het ziekenhuis na een beroerte", "HEALTH"),
    ("Herr Meier ist gerade aus der Reha zurück, nach der Hüfte.", "aus der Reha", "HEALTH"),
    ("事故で頸髄損傷を負われた。", "頸髄損傷", "HEALTH"),
    ("车祸后脊髓损伤，坐轮椅。", "脊髓损伤", "HEALTH"),
    ("Стас уже полгода в завязке, вино не предлагать.", "в завязке", "HEALTH"),
    ("والدها عنده مرض باركنسون في مرحلة متقدمة.", "مرض باركنسون في مرحلة متقدمة", "HEALTH"),
    ("Since the crash he lives with a spinal cord injury.", "spinal cord injury", "HEALTH"),
    ("Depuis l'accident, lésion médullaire, accès fauteuil.", "lésion médullaire", "HEALTH"),
    ("Seit dem Skiunfall querschnittgelähmt.", "querschnittgelähmt", "HEALTH"),
    ("Su hijo tiene una lesión medular desde 2019.", "lesión medular", "HEALTH"),
    ("O marido ficou com lesão medular após a queda.", "lesão medular", "HEALTH"),
    ("Il nipote ha una lesione midollare.", "lesione midollare", "HEALTH"),
    ("Sinds de val heeft hij een dwarslaesie.", "dwarslaesie", "HEALTH"),
    ("После травмы позвоночника ходит с тростью.", "травмы позвоночника", "HEALTH"),
    ("ابنه عنده إصابة في النخاع الشوكي.", "إصابة في النخاع الشوكي", "HEALTH"),
    ("Sortie de l'hôpital après un AVC, elle se repose.", "Sortie de l'hôpital après un AVC", "HEALTH"),
    ("Uscito dall'ospedale dopo l'ictus, cammina piano.", "Uscito dall'ospedale dopo l'ictus", "HEALTH"),
    ("Saiu do hospital após um enfarte em março.", "Saiu do hospital após um enfarte", "HEALTH"),
    ("아버님은 고지혈증 약 드신다고 하심.", "약 드신다", "HEALTH"),
    # a pregnancy with its month or its trimester, a due date
    ("La figlia è incinta al settimo mese, serve una borsa capiente.", "incinta al settimo mese", "HEALTH"),
    ("Sa belle-fille est enceinte au huitième mois.", "enceinte au huitième mois", "HEALTH"),
    ("His wife is in her third trimester, so short visits.", "third trimester", "HEALTH"),
    ("Schoondochter is uitgerekend begin maart, dus kraamcadeau.", "is uitgerekend begin", "HEALTH"),
    ("娘さんはご懐妊中で5ヶ月とのこと。", "懐妊中で5ヶ月", "HEALTH"),
    ("お嫁さんがおめでたとのことで、ベビー用品も。", "おめでた", "HEALTH"),
    ("따님이 아기를 가졌다고 하셔서 굽 낮은 신발 추천.", "아기를 가졌", "HEALTH"),
    ("Their daughter has a bun in the oven, due in spring.", "bun in the oven", "HEALTH"),
    ("A nora está no oitavo mês de gravidez.", "no oitavo mês de gravidez", "HEALTH"),
    ("Seine Frau ist im zweiten Trimester.", "im zweiten Trimester", "HEALTH"),
    ("Elle entame son troisième trimestre de grossesse.", "trimestre de grossesse", "HEALTH"),
    # a party with its office, its campaign, its cadre
    ("奥様のお父様は立憲民主党の参議院議員。", "立憲民主党の参議院議員", "POLITICS"),
    ("他是党员干部，不收礼。", "党员干部", "POLITICS"),
    ("Her brother is running for mayor as a Democrat next fall.", "running for mayor as a Democrat", "POLITICS"),
    ("Он помощник депутата Госдумы от ЛДПР.", "депутата Госдумы от ЛДПР", "POLITICS"),
    ("ابنها متطوع في الحملة الانتخابية لحزب الكتائب.", "الحملة الانتخابية لحزب الكتائب", "POLITICS"),
    # a faith with its practice or its family
    ("손님은 무슬림 여성으로 히잡을 착용하셨음.", "히잡을 착용", "RELIGION"),
    ("في رمضان تحرص على قيام الليل.", "قيام الليل", "RELIGION"),
    ("'I'm Buddhist,' she said, choosing the mala bracelet.", "Buddhist", "RELIGION"),
    ("Лея — иудейка ортодоксальная, в шаббат не звонить.", "иудейка ортодоксальная", "RELIGION"),
    # an origin, an orientation's couple
    ("A Malay gentleman asked for a songkok-shaped case.", "Malay", "ORIGIN"),
    ("祖母から受け継いだアイヌの血が流れている。", "アイヌの血が流れている", "ORIGIN"),
]


@pytest.mark.parametrize(("text", "span", "kind"), WHOLE)
def test_the_fact_and_its_words_are_redacted(text, span, kind):
    assert covered(text, span, kind), spans_of(text)


# The parts that must be inside the span, not only the term.
INSIDE = [
    ("父は週2回透析を受けている。", "を受けている", "HEALTH"),
    ("아버님이 치아 임플란트 시술 중이셔서 식사 자리 피함.", "임플란트", "HEALTH"),
    ("O pai dela está fazendo tratamento de leucemia, por isso veio sozinha.", "tratamento", "HEALTH"),
    ("Elle sort d'un AVC, donc pas de longue séance.", "sort", "HEALTH"),
    ("Sigue en terapia con el psicólogo desde el verano.", "psicólogo", "HEALTH"),
    ("La figlia è incinta al settimo mese, serve una borsa capiente.", "settimo mese", "HEALTH"),
    ("Meneer komt net uit het ziekenhuis na een beroerte.", "ziekenhuis", "HEALTH"),
    ("佢老豆上星期中风入咗院。", "入咗院", "HEALTH"),
    ("奥様のお父様は立憲民主党の参議院議員。", "参議院議員", "POLITICS"),
    ("Her brother is running for mayor as a Democrat next fall.", "running for mayor", "POLITICS"),
    ("Он помощник депутата Госдумы от ЛДПР.", "Госдумы", "POLITICS"),
    ("ابنها متطوع في الحملة الانتخابية لحزب الكتائب.", "الانتخابية", "POLITICS"),
    ("손님은 무슬림 여성으로 히잡을 착용하셨음.", "착용", "RELIGION"),
    ("Лея — иудейка ортодоксальная, в шаббат не звонить.", "ортодоксальная", "RELIGION"),
    ("祖母から受け継いだアイヌの血が流れている。", "が流れている", "ORIGIN"),
]


@pytest.mark.parametrize(("text", "span", "kind"), INSIDE)
def test_the_words_that_carry_the_fact_join_the_span(text, span, kind):
    assert whole(text, span, kind), spans_of(text)


STAYS = [
    "The couple chose matching watches for the anniversary.",
    "Un couple d'amis viendra samedi.",
    "Das Paar kommt aus der Schweiz.",
    "He is running as a favourite for the club prize.",
    "She is running for the train, call back later.",
    "中国の血を引くデザイン、と店長。",
    "这个包又犯了同样的质量问题。",
    "她在做功课，晚点再来。",
    "新作をご利用いただきありがとうございます。",
    "스카프 착용 방법을 안내함.",
    "Uitgerekend vandaag was de winkel dicht.",
    "Monsieur sort d'une réunion, rappeler demain.",
    "Una famiglia numerosa, cinque figli.",
    "Chiffre d'affaires du troisième trimestre en hausse.",
    "Er hat im zweiten Quartal bestellt.",
    "おめでたい席なので赤を。",
    "مرحلة مبكرة من المشروع، ميزانية مفتوحة.",
]


@pytest.mark.parametrize("text", STAYS)
def test_ordinary_words_stay(text):
    assert spans_of(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("They are a lesbian couple, engagement rings in May.", [("lesbian", "ORIENTATION")]),
    ("Famille juive, le dîner du vendredi compte beaucoup.", [("juive", "RELIGION")]),
    ("她母亲正在做化疗，想要柔软的帽子。", [("在做化疗", "HEALTH")]),  # the glued verb goes with a short core
    ("Mevrouw Smit (illustrator, heel echt) – net uit het ziekenhuis na een beroerte.",
     [("net uit het ziekenhuis na een beroerte", "HEALTH")]),
])
def test_the_words_around_the_fact_stay(text, expected):
    assert spans_of(text) == expected


@pytest.mark.parametrize("text", [
    "Lui e il compagno: unioni civili celebrate a giugno, cerca gemelli.",
    "Si uniscono civilmente a settembre, regalo per entrambi.",
    "Seit der Verpartnerung 2015 kommen beide zusammen.",
    "Die beiden sind verpartnert, Geschenk zum Jahrestag.",
])
def test_same_sex_only_civil_unions_are_orientation(text):
    """An Italian unione civile and a German Verpartnerung are for same-sex couples only: naming
    one states an orientation (so no wedding concept may rely on these words)."""
    assert "ORIENTATION" in {span.kind for span in find_special_categories(text)}
