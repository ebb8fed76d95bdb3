"""Art. 9 classes found on the w28 dev notes, with phrasings written for this test.

Health said indirectly: abstinence with its duration ("3 years sober", "ist seit fünf Jahren
trocken", "sobrio da tre anni", "断酒"), a measure said too high ("Blutzucker ist zu hoch",
"colesterol por las nubes", "BP is through the roof"), the frame that carries a short condition or
device ("trägt ein Stoma", "acompanhamento de Parkinson", "мигрень замучила", "胸にペースメーカー"), a
treatment with its organ ("신장투석"), paralysis and a wheelchair in Chinese ("下肢瘫痪", "坐着轮椅"), a
relative living in a care facility ("lebt im Pflegeheim", "介護施設に入所"). Religion: fasting by day, an
abbreviated faith ("jüd. Gemeinde"; an abbreviation's dot before a word, "Z.n. Schlaganfall"), the
Umrah pilgrim ("معتمر"), a conversion ("개종했다", "改宗", "перешла в православие"), worship of a
bodhisattva ("拜菩萨", "供奉观音"). Politics: a party's ticket, a crossbencher, a Russian deputy of a named
assembly, a seat in the majority or the opposition ("de la majorité", "van de oppositie"), a
Brazilian deputy "pelo" a party named by an ordinary word ("pelo Novo"), and a party in a bracket
after a person ("Frau Weiß (Grüne)", "Dep. Souza (PT)"). Orientation: colloquial idioms ("vom
anderen Ufer", "friend of Dorothy"), the gay and lesbian scene in German compounds (and being active
in it), and a same-sex couple shown by its own words (a feminine plural "casadas", "mariées",
"sposate"; a Russian subject noun with "своему мужу"). The last tests are ordinary words that must
stay.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.privacy.special.coverage import spans_of, whole

WHOLE = [
    # abstinence with its duration
    ("He is 3 years sober, so no champagne at the event.", "3 years sober", "HEALTH"),
    ("She has been two years sober and avoids bars.", "sober", "HEALTH"),
    ("Er ist seit fünf Jahren trocken, kein Sekt anbieten.", "seit fünf Jahren trocken", "HEALTH"),
    ("Il est abstinent depuis deux ans, pas de champagne.", "abstinent depuis", "HEALTH"),
    ("È sobrio da tre anni, niente vino.", "sobrio da", "HEALTH"),
    ("Lleva tres años sobrio, nada de cava.", "años sobrio", "HEALTH"),
    ("Está sóbrio há dois anos, sem espumante.", "sóbrio há", "HEALTH"),
    ("断酒して3年なので、お酒の贈り物は不可。", "断酒", "HEALTH"),
    # a measure said too high
    ("Sein Blutzucker ist zu hoch, keine Pralinen.", "Blutzucker ist zu hoch", "HEALTH"),
    ("Her blood sugar is too high lately, no sweets.", "blood sugar is too high", "HEALTH"),
    ("Son cholestérol est trop élevé, pas de foie gras.", "cholestérol est trop élevé", "HEALTH"),
    ("Ha il colesterolo troppo alto, niente burro.", "colesterolo troppo alto", "HEALTH"),
    ("Tiene el colesterol por las nubes, nada de embutidos.", "colesterol por las nubes", "HEALTH"),
    ("コレステロール値が高いので揚げ物は避ける。", "コレステロール値が高い", "HEALTH"),
    ("Her BP is through the roof, no salt.", "BP is through the roof", "HEALTH"),
    ("Zijn bloeddruk is te hoog, geen drop.", "bloeddruk is te hoog", "HEALTH"),
    # the frame of a short condition or device; a condition that torments
    ("Die Schwester trägt ein Stoma, bitte Sitzplatz.", "trägt ein Stoma", "HEALTH"),
    ("Ele tem acompanhamento de Parkinson no Porto.", "acompanhamento de Parkinson", "HEALTH"),
    ("У неё мигрень замучила, свет приглушить.", "мигрень замучила", "HEALTH"),
    ("Его давно мучает артрит, мягкая обувь.", "мучает артрит", "HEALTH"),
    ("祖父は胸にペースメーカーを入れている。", "胸にペースメーカー", "HEALTH"),
    ("아버지 신장투석 때문에 주말 방문.", "신장투석", "HEALTH"),
    ("어머니가 혈액투석 중이시라 방문 어려움.", "혈액투석", "HEALTH"),
    ("他坐着轮椅，需要无障碍通道。", "坐着轮椅", "HEALTH"),
    ("舅舅下肢瘫痪多年。", "下肢瘫痪", "HEALTH"),
    # a relative in a care facility
    ("母は介護施設に入所しています。", "介護施設に入所", "HEALTH"),
    ("Die Oma lebt im Pflegeheim, Lieferung dorthin.", "lebt im Pflegeheim", "HEALTH"),
    ("Son père vit en EHPAD près de Tours.", "vit en EHPAD", "HEALTH"),
    ("Haar moeder woont in het verpleeghuis in Zwolle.", "woont in het verpleeghuis", "HEALTH"),
    ("His mother lives in a nursing home in Leeds.", "lives in a nursing home", "HEALTH"),
    # fasting by day; an abbreviated faith; an abbreviation's dot before a word
    ("Er fastet tagsüber, solange Ramadan ist.", "fastet tagsüber", "RELIGION"),
    ("Sie ist Mitglied der jüd. Gemeinde in Mainz.", "Mitglied der jüd. Gemeinde", "RELIGION"),
    ("Patient Z.n. Schlaganfall, langsam sprechen.", "Z.n. Schlaganfall", "HEALTH"),
    # a pilgrim; a conversion; worship of a bodhisattva
    ("زوجها معتمر هذه الأيام ويرجع الأحد.", "معتمر", "RELIGION"),
    ("작년에 불교로 개종했다고 하심.", "개종했", "RELIGION"),
    ("数年前にキリスト教に改宗された。", "改宗", "RELIGION"),
    ("Он принял ислам в прошлом году.", "принял ислам", "RELIGION"),
    ("Она перешла в православие.", "перешла в православие", "RELIGION"),
    ("奶奶初一十五都拜菩萨。", "拜菩萨", "RELIGION"),
    ("家里供奉观音，不送钟。", "供奉观音", "RELIGION"),
    # a party's ticket; a crossbencher; a deputy of a named assembly; a party in a bracket
    ("The senator ran on the Democratic ticket in 2020.", "Democratic ticket", "POLITICS"),
    ("Lady Ashworth sits as a cross-bencher in the Lords.", "cross-bencher", "POLITICS"),
    ("Г-жа Орлова, депутат Мосгордумы от «Яблока», просила скидку.", "депутат Мосгордумы от «Яблока", "POLITICS"),
    ("Sénateur 'de la majorité', il veut une montre discrète.", "de la majorité", "POLITICS"),
    ("Elle est députée de l'opposition depuis 2022.", "députée de l'opposition", "POLITICS"),
    ("La deputata della maggioranza ha chiamato.", "deputata della maggioranza", "POLITICS"),
    ("Kamerlid van de oppositie, wil discretie.", "Kamerlid van de oppositie", "POLITICS"),
    ("Ele é deputado federal pelo Novo.", "deputado federal pelo Novo", "POLITICS"),
    ("Deputada estadual pela Rede, pede discrição.", "Deputada estadual pela Rede", "POLITICS"),
    ("Dep. Souza (PT) quer brindes.", "PT", "POLITICS"),
    ("Frau Weiß (Grüne) kommt am Montag.", "Grüne", "POLITICS"),
    ("Herr Albers (Linke) kauft Uhren.", "Linke", "POLITICS"),
    ("Onorevole Ricci (PD) chiama domani.", "PD", "POLITICS"),
    ("Frau [NAME] (Grüne): Geschenk für den Parteitag.", "Grüne", "POLITICS"),
    # the gay and lesbian scene; a same-sex couple shown by its own words
    ("Er ist in der Schwulenszene von Köln bekannt.", "Schwulenszene", "ORIENTATION"),
    ("Sie leitet den Lesbenverband in Hamburg.", "Lesbenverband", "ORIENTATION"),
    ("Er ist aktiv in der Schwulenszene.", "aktiv in der Schwulenszene", "ORIENTATION"),
    ("Er ist vom anderen Ufer, sagt er selbst.", "vom anderen Ufer", "ORIENTATION"),
    ("He's a friend of Dorothy, lovely man.", "friend of Dorothy", "ORIENTATION"),
    ("Il est de la jaquette, il le dit.", "de la jaquette", "ORIENTATION"),
    ("Ana y su esposa celebran diez años de casadas.", "su esposa", "ORIENTATION"),
    ("Claire et sa compagne, mariées depuis 2019, cherchent des alliances.", "sa compagne", "ORIENTATION"),
    ("Giulia e sua moglie sono sposate da tre anni.", "sua moglie", "ORIENTATION"),
    ("Мужчина лет тридцати ищет часы своему мужу.", "своему мужу", "ORIENTATION"),
    ("Женщина ищет кольцо для своей невесты.", "своей невесты", "ORIENTATION"),
]


@pytest.mark.parametrize(("text", "span", "kind"), WHOLE)
def test_the_fact_is_redacted(text, span, kind):
    assert whole(text, span, kind), spans_of(text)


STAYS = [
    "She prefers a sober design, nothing flashy.",
    "A sober grey strap, 3 years warranty.",
    "Un design sobrio da sera, niente loghi.",
    "Un style sobre depuis toujours.",
    "Un bolso sobrio para la oficina.",
    "Il est abstinent, pas d'alcool.",
    "Die Fähre kommt vom anderen Ufer.",
    "Der Riesling ist trocken, sagt er.",
    "Das Leder seit Jahren trocken lagern.",
    "Der Preis ist zu hoch, sagt sie.",
    "Der Zucker ist zu hoch in diesem Dessert.",
    "Sales are through the roof this season.",
    "La majorité de ses achats sont des sacs.",
    "Il fait partie de la majorité silencieuse des clients.",
    "Comprou um modelo Novo na Rede de lojas.",
    "O Dep. de vendas ligou.",
    "The price is too high, she said.",
    "Die Kundin trägt eine Brille und einen Hut.",
    "We hebben contact opgenomen met een agent.",
    "Zij heeft de bestelling opgenomen met een collega.",
    "They bought a ticket for the gala.",
    "Dona Cláudia Albuquerque (SP) quer bolsa.",
    "Die Tasche (Grüne) ist reserviert.",
    "Frau Weiß (grüne Tasche) kommt am Montag.",
    "Wir liefern ans Pflegeheim in der Lindenstraße.",
    "Sa mère vit en Bretagne.",
    "He lives in a house near the nursing school.",
    "Pedro y su mujer celebran diez años de casados.",
    "Pedro y su mujer vienen. Sus hijas están casadas.",
    "Marido e mulher, casados há 20 anos, mais as filhas casadas.",
    "Мужчина выбирает подарок своей жене.",
    "Молодой человек выбирает подарок своему отцу.",
    "Женщина выбирает подарок своему мужу.",
    # ordinary words in non-sensitive senses
    "Er steht unter Druck, die Party ist am Samstag.",
    "Il partito della moda, la croce d'oro.",
    "Blood pressure cuff? No, a watch.",
    "A cross pendant for the union of the two families, under time pressure.",
    "The party is on Saturday; she takes pride in her garden.",
]


@pytest.mark.parametrize("text", STAYS)
def test_ordinary_words_stay(text):
    assert not spans_of(text), spans_of(text)
