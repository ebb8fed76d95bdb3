"""ORIGIN coverage by inventory (session 31, INV-origin): ethnic groups, peoples, minorities and
diaspora identities named by one to three words with no frame around them, in all twelve
languages. The class was enumerated from knowledge (peoples of Africa, the Caucasus, Siberia,
Central and South Asia, China, Japan and Korea, indigenous peoples of the Americas and Oceania,
Jewish and Middle-Eastern minorities, hyphenated diaspora identities, mixed-race terms), each
form checked against the detector, and only the missed forms were added to the ``terms`` of
``taxonomy/special_categories.json``. Every sentence here is written for this test.

Kept readable (precision): words an ethnonym looks like or contains — a dish (quiche, steak
tartare), a market index, a colour, a name (Karen, Maya), a city (Khanty-Mansiysk), a bilateral
agreement, an idiom ("장족의 발전", "ネクタイ族"), a dog of mixed breed, "weiß nicht", and an
Arabic family name that is a nisba (البلوشي, الداغستاني: the masculine nisba of a people is
not listed, its feminine and collective forms are).
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.privacy.special.coverage import covered, spans_of

ORIGIN = {
    "FR": [
        ("Mme Daoud est tchétchène, très attachée aux bijoux de sa grand-mère.", "tchétchène"),
        ("Son mari est amérindien, ils vivent entre Québec et Paris.", "amérindien"),
        ("Cliente assyro-chaldéenne, fidèle depuis dix ans.", "assyro-chaldéenne"),
        ("Elle se dit racisée et cherche une maison engagée.", "racisée"),
        ("Famille yézidie installée à Lyon, trois enfants.", "yézidie"),
        ("Il est aborigène par sa mère, passionné de montres.", "aborigène"),
    ],
    "EN": [
        ("Mr Barzani is a Kurd from Erbil, loves vintage watches.", "Kurd"),
        ("Her husband is Chechen, they spend summers in Nice.", "Chechen"),
        ("The client is Dalit and spoke about it openly.", "Dalit"),
        ("Ms Yeo is Burakumin, asked us to keep it private.", "Burakumin"),
        ("He is a Volga German, settled in Hamburg.", "Volga German"),
        ("Both parents are Zapotec, from Oaxaca.", "Zapotec"),
    ],
    "IT": [
        ("La signora è cecena, ama le perle.", "cecena"),
        ("Cliente arbëreshë di Piana, viene ogni Natale.", "arbëreshë"),
        ("Il marito è circasso, regalo per l'anniversario.", "circasso"),
        ("Famiglia di caminanti siciliani, molto cordiali.", "caminanti"),
        ("Si definisce razzializzata, attenta ai marchi etici.", "razzializzata"),
    ],
    "ES": [
        ("La clienta es afroecuatoriana, busca un collar.", "afroecuatoriana"),
        ("Su padre es purépecha de Michoacán.", "purépecha"),
        ("El señor es checheno, pagó en efectivo.", "checheno"),
        ("Familia mexicoamericana de Texas, vienen cada verano.", "mexicoamericana"),
        ("Ella es tzotzil, trabaja con textiles de Chiapas.", "tzotzil"),
    ],
    "DE": [
        ("Die Kundin ist Tschetschenin und kauft gern Gold.", "Tschetschenin"),
        ("Ihr Mann ist Aussiedler aus Kasachstan.", "Aussiedler"),
        ("Frau Aydin ist Halbperserin, liebt Türkis.", "Halbperserin"),
        ("Er ist Krimtatar, spricht drei Sprachen.", "Krimtatar"),
        ("Familie mit Zuwanderungsgeschichte, zweite Tochter studiert.", "Zuwanderungsgeschichte"),
        ("Er nennt sich Biodeutscher, sammelt Uhren.", "Biodeutscher"),
    ],
    "PT": [
        ("A cliente é luso-africana, mora em Lisboa.", "luso-africana"),
        ("O marido é checheno, gosta de relógios.", "checheno"),
        ("Ela é krenak, artista plástica.", "krenak"),
        ("Família sírio-libanesa de São Paulo, clientes antigos.", "sírio-libanesa"),
        ("Se diz racializada e prefere marcas locais.", "racializada"),
        ("A cliente é sarará, adora ouro amarelo.", "sarará"),
    ],
    "NL": [
        ("Mevrouw is Tsjetsjeense, houdt van parels.", "Tsjetsjeense"),
        ("Hij is Riffijn uit Nador, komt elk jaar terug.", "Riffijn"),
        ("Klant is Chinees-Nederlandse, tweede bezoek.", "Chinees-Nederlandse"),
        ("Haar familie is Jezidi, gevlucht in 2015.", "Jezidi"),
    ],
    "RU": [
        ("Клиентка — балкарка, любит жемчуг.", "балкарка"),
        ("Муж — пуштун, платит наличными.", "пуштун"),
        ("Она караимка из Крыма.", "караимка"),
        ("Сам он месхетинец, живёт в Краснодаре.", "месхетинец"),
        ("Девушка восточной внешности, спрашивала про серьги.", "восточной внешности"),
    ],
    "JA": [
        ("ご主人はクルド人で、時計がお好き。", "クルド人"),
        ("奥様はチェチェン人とのこと。", "チェチェン人"),
        ("お母様が沖縄系で、琉球の器を集めている。", "沖縄系"),
        ("お客様はマオリ族の方で、翡翠に関心。", "マオリ族"),
    ],
    "KO": [
        ("고객은 쿠르드족이며 금 장신구를 선호.", "쿠르드족"),
        ("남편이 체첸인이라고 함.", "체첸인"),
        ("어머니가 결혼이민자라서 한국어가 서툼.", "결혼이민자"),
        ("부인이 마오리족 출신, 옥 목걸이 문의.", "마오리족"),
    ],
    "ZH": [
        ("客户是库尔德族，喜欢金饰。", "库尔德族"),
        ("她丈夫是车臣人，付现金。", "车臣人"),
        ("这位先生是美籍华裔，每年春节来。", "美籍华裔"),
        ("她是约鲁巴人，想看珍珠项链。", "约鲁巴人"),
        ("华人客户，第二次来店，看手链。", "华人"),
        ("陈太太说她丈夫是波斯人。", "波斯人"),
    ],
    "AR": [
        ("العميلة شيشانية وتحب الذهب.", "شيشانية"),
        ("زوجته بلوشية وتدفع نقدا.", "بلوشية"),
        ("السيدة ايزيدية من سنجار.", "ايزيدية"),
        ("العميلة داغستانية وتفضل الساعات الكلاسيكية.", "داغستانية"),
    ],
}

READABLE = [
    "Quiche lorraine au déjeuner avant l'essayage.",
    "Il suit le Nikkei chaque matin avant d'ouvrir.",
    "Elle voulait le même sac en marron.",
    "Style pratique, cuir noir marron, ceinture assortie.",
    "Karen bought the tote in navy.",
    "Maya asked for the green scarf again.",
    "Ich weiß nicht, ob sie den Ring behält.",
    "Zum Abendessen gab es Tatar vom Rind.",
    "Ese color caldea el ambiente del salón.",
    "Доставка в Ханты-Мансийск через неделю.",
    "매장 매출이 장족의 발전을 보였다.",
    "いわゆるネクタイ族向けの名刺入れを提案。",
    "Ze kocht een Tibetaanse klankschaal als cadeau.",
    "Het was een echte indiaanse zomer in oktober.",
    "O acordo luso-brasileiro facilitou a entrega.",
    "Sie hat einen Mischling aus dem Tierheim.",
    "Elle a demandé la carte Black Card pour l'événement.",
    "客户买了一块波斯地毯。",
    "انا لا اعرف فلان ولا علان.",
    "السيدة ريم البلوشي تحب الذهب الأصفر.",
    "السيد احمد الداغستاني يفضل الساعات.",
]


@pytest.mark.parametrize(("lang", "text", "fact"), [(lang, t, f) for lang, cases in ORIGIN.items() for t, f in cases])
def test_untouched_ethnic_groups_are_origin(lang: str, text: str, fact: str) -> None:
    assert covered(text, fact, "ORIGIN"), (lang, spans_of(text))


@pytest.mark.parametrize("text", READABLE)
def test_lookalikes_stay_readable(text: str) -> None:
    assert spans_of(text) == []
