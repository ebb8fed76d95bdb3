"""Art. 9 classes of the second w30 round, each with phrasings written for this test.

Religion: a place of worship with its period of practice as a telegraphic item beside a term of
the faith ("deeply devout, mosque every Friday"; a period after a span that already states the
practice stays readable: the note writers leave it out); in Russian, attending a place
of worship ("посещает мечеть"), a short-form predicate ("глубоко религиозен"), pilgrimages to
monasteries ("по монастырям"); in Korean, the church's schedule and events. Politics
(Russian): membership of United Russia by its acronym ("член ЕР"), far-right or far-left
leanings, a vote for a named leader. Health: phobias as conditions ("claustrophobic"),
immunotherapy, an under-active thyroid as a person's predicate (Spanish), everyday names of
conditions ("memory issues", "cálculo renal", "больная печень", "قصور في الكلى"), Brazilian
"tarja preta" (a controlled psychiatric medicine). Orientation: "夫夫"/"妻妻", a couple of two
husbands or two wives; "女性同士のカップル", "同性の彼女" (Japanese). More health words: a torn ACL,
the baby blues, Spanish predicates ("está operada", "ostomizada", "insomne"), a prosthetic limb and
sequelae in Chinese ("义肢", "后遗症"). Politics: colloquial supporters ("Sozi", "Juso",
"Unionswähler", "pepero"), a candidate's campaign ("the Harris campaign"). Also: an observant Jew in
Russian (a faith, not an origin), Native American origins, problems of a sense said in full
("problemas de visión", "проблемы со слухом"), a broken hip ("rotura de cadera"), a flare of a
condition ("brote de lupus"), a nervous breakdown in Russian. Origin: a Portuguese
"afro-descendente" with its hyphen, "sangue" + a demonym, a Cape Verdean origin written with its
hyphen; Chinese ethnic groups (Taiwan's indigenous peoples, "藏民", "意裔"). Orientation: "his
life partner" in Arabic with the masculine noun. Union: a union's country after its name (Arabic).
Precision: "Orthodox" as a style, a period after a thing, Chinese ethnic styles of a product
("藏族风格", "苗族银饰"), eco materials in Russian ("эко-кожа": not ЭКО, IVF) and the same words in
ordinary senses stay readable.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.privacy.special.coverage import spans_of, whole

WHOLE = [
    ("Devout, church on Sundays, so book a weekday.", "church on Sundays", "RELIGION"),
    # a place of worship and its period, an item beside a term of the faith
    ("Observant Jew, synagogue on Saturdays, no calls then.", "synagogue on Saturdays", "RELIGION"),
    ("Practising Hindu, temple every morning, prefers late visits.", "temple every morning", "RELIGION"),
    # Russian: attending a place of worship, short-form predicate, pilgrimages
    ("Она посещает храм, просила не звонить в воскресенье утром.", "посещает храм", "RELIGION"),
    ("Муж глубоко религиозен, подарок без изображений.", "религиозен", "RELIGION"),
    ("Летом ездит по монастырям с подругами.", "по монастырям", "RELIGION"),
    # Korean: the church's events
    ("교회 행사 때문에 토요일 방문 어렵다고 하심.", "교회 행사", "RELIGION"),
    # Russian politics
    ("Свёкор — член ЕР, о политике не говорить.", "член ЕР", "POLITICS"),
    ("Сын ультраправых взглядов, спорить не надо.", "ультраправых", "POLITICS"),
    ("Фанат Жириновского, любит всё яркое.", "Фанат Жириновского", "POLITICS"),
    # health
    ("Quite claustrophobic, show her the large fitting room.", "claustrophobic", "HEALTH"),
    ("Husband on immunotherapy since May, tires quickly.", "immunotherapy", "HEALTH"),
    ("La señora es hipotiroidea, se cansa pronto.", "hipotiroidea", "HEALTH"),
    # health words of several languages missing from the lists
    ("Some memory issues lately, write the engraving down for him.", "memory issues", "HEALTH"),
    ("Weak bladder, keep the fitting short.", "Weak bladder", "HEALTH"),
    ("Teve cálculo renal em abril, ainda dolorido.", "cálculo renal", "HEALTH"),
    ("Toma tarja preta há anos, dorme mal.", "tarja preta", "HEALTH"),
    ("У мужа больная печень, шампанское не предлагать.", "больная печень", "HEALTH"),
    ("Наблюдается в онкоцентре на Каширке.", "онкоцентре", "HEALTH"),
    ("Il souffre d'une spondylarthrite, éviter les sacs lourds.", "spondylarthrite", "HEALTH"),
    ("عنده قصور في الكلى ويتعب بسرعة.", "قصور في الكلى", "HEALTH"),
    ("Tore her ACL skiing, so a torn ACL means flat shoes only.", "torn ACL", "HEALTH"),
    ("New mum, a bit of baby blues, keep it light.", "baby blues", "HEALTH"),
    ("La señora ya está operada, todo bien.", "operada", "HEALTH"),
    ("Es ostomizada desde 2020, bolso ligero.", "ostomizada", "HEALTH"),
    ("El marido es insomne, llama tarde.", "insomne", "HEALTH"),
    ("车祸后装了义肢，鞋子要平底。", "义肢", "HEALTH"),
    ("中风有后遗症，说话慢。", "后遗症", "HEALTH"),
    # politics: colloquial supporters (German, Spanish), a candidate's campaign (English)
    ("Alter Sozi, redet gern über Politik.", "Sozi", "POLITICS"),
    ("Sohn ist Juso-Vorsitzender in Bonn.", "Juso-Vorsitzender", "POLITICS"),
    ("Klassische Unionswählerin, sagt sie selbst.", "Unionswählerin", "POLITICS"),
    ("Worked on the Harris campaign last fall.", "Harris campaign", "POLITICS"),
    ("Su suegro es pepero de toda la vida.", "pepero", "POLITICS"),
    # orientation: two women or two men as a couple (Japanese)
    ("女性同士のカップルで、ペアウォッチをご検討。", "女性同士のカップル", "ORIENTATION"),
    ("同性の彼女と一緒に来店された。", "同性の彼女", "ORIENTATION"),
    # problems of a sense or a body part said in full (Spanish, Russian), a flare of a condition
    ("Problemas de visión, letra grande en la tarjeta.", "Problemas de visión", "HEALTH"),
    ("Rotura de cadera en enero, anda despacio.", "Rotura de cadera", "HEALTH"),
    ("Tuvo un brote de lupus en abril.", "brote de lupus", "HEALTH"),
    ("Проблемы со слухом, говорить громче.", "Проблемы со слухом", "HEALTH"),
    ("У жены нервное расстройство, не торопить.", "нервное расстройство", "HEALTH"),
    # an observant Jew (Russian): a faith, not an origin
    ("Она религиозная еврейка, в субботу не звонить.", "религиозная еврейка", "RELIGION"),
    # origin
    ("Her father is Native American, from Arizona.", "Native American", "ORIGIN"),
    ("A cliente é oriental, neta de coreanos.", "oriental", "ORIGIN"),
    ("Ela é afro-descendente, quer algo em ouro amarelo.", "afro-descendente", "ORIGIN"),
    ("Tem sangue libanês pelo lado da avó.", "sangue libanês", "ORIGIN"),
    ("O marido é cabo-verdiano de origem, nascido em Lisboa.", "cabo-verdiano de origem", "ORIGIN"),
    ("客人是阿美族还是卑南族？她说是卑南族。", "卑南族", "ORIGIN"),
    ("老太太是藏民，信佛。", "藏民", "ORIGIN"),
    ("先生是意裔美国人。", "意裔", "ORIGIN"),
    # orientation: a couple of two husbands or two wives (Japanese, Chinese)
    ("夫夫で来店、ペアリングを検討。", "夫夫", "ORIENTATION"),
    ("她们是妻妻，想买对戒。", "妻妻", "ORIENTATION"),
    # orientation: his life partner (masculine) in Arabic
    ("سامي جا مع شريك حياته يدورون ساعتين.", "شريك حياته", "ORIENTATION"),
]


@pytest.mark.parametrize(("text", "span", "kind"), WHOLE)
def test_the_fact_is_redacted(text, span, kind):
    assert whole(text, span, kind), spans_of(text)


def test_a_union_takes_its_country():
    text = "م. سامر، نقابة المهندسين المصريين، يبي قلم."
    assert whole(text, "نقابة المهندسين المصريين", "UNION"), spans_of(text)


STAYS = [
    # "Orthodox" and "православный" as a style
    "Orthodox style, clean lines, no logo.",
    "She wants the Orthodox-style cross pattern on the scarf.",
    "Любит православный орнамент на платках.",
    # a period after a thing, a place word with a period and no faith nearby
    "Temple every morning, then the shop on Bond Street.",
    "Orders every Sunday by phone.",
    # Chinese ethnic styles of a product, and 族 words that are no people
    "她喜欢藏族风格的首饰。",
    "想要苗族银饰那种感觉的手镯。",
    "上班族，午休时间来店。",
    "店在水族馆旁边。",
    # a life partner of a woman, said with the feminine noun: no same-sex couple
    "سارة جت مع شريك حياتها.",
    # look-alikes of the new health words
    "Sonda de temperatura vem na caixa.",
    "夫妻俩一起来看表。",
    "Embalagem com tarja preta no fundo.",
    "Tapete oriental na sala de espera.",
    "女性同士で来店、友人とのこと。",
    "Konservativer Schnitt gewünscht, dunkelblau.",
    "Navajo print scarf in red.",
    "Никаких проблем со сроками доставки.",
    "Un brote de ventas en diciembre.",
    "Der Sozialdienst der Firma bestellt zehn Stifte.",
]


@pytest.mark.parametrize("text", STAYS)
def test_ordinary_words_stay(text):
    assert not spans_of(text), spans_of(text)


def test_a_period_after_a_thing_in_another_sentence_stays_readable():
    text = "Devout Catholic. The cross every day looks too heavy, suggest the chain."
    assert spans_of(text) == [("Devout Catholic", "RELIGION")]


def test_a_period_after_a_stated_practice_stays_readable():
    assert spans_of("She attends Mass every day before work.") == [("attends Mass", "RELIGION")]


def test_the_family_word_before_a_faith_stays_readable():
    """"Famiglia musulmana": the held-out writers keep the family word out of the fact (tried in
    session 28: joining it raised over-redaction in Italian and Portuguese)."""
    assert spans_of("Famiglia musulmana, niente alcol al cocktail.") == [("musulmana", "RELIGION")]


def test_a_faith_term_keeps_its_span_in_a_styled_note():
    """The keep phrase cancels the style only: the faith of the client still leaves the text."""
    assert ("Orthodox", "RELIGION") not in spans_of("He is Jewish; likes the Orthodox look.")
    assert ("Jewish", "RELIGION") in spans_of("He is Jewish; likes the Orthodox look.")


def test_eco_materials_are_no_ivf():
    assert not spans_of("Никакой натуральной кожи, только эко-материалы и эко-кожа.")
    assert spans_of("Сейчас делают ЭКО, вторая попытка.") == [("ЭКО", "HEALTH")]
