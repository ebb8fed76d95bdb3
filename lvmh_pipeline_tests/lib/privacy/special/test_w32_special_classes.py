"""Art. 9 facts never detected on the w32 notes (session 30, H2), probed with phrasings written
for this test (none is a note's), in every language where the class exists:

- politics without a party word: standing or running for an office or an assembly, a candidacy,
  re-election, campaigning, heading a list ("si ricandida", "tritt zur Wahl an", "выдвигается",
  "立候補", "출마", "参选", "يترشح", "lijsttrekker"), a seat in a named assembly ("sitzt im Landtag",
  "депутат Госдумы", "عضو في مجلس النواب"; not an office alone, nor in Japanese: both held-out sets
  leave "議員" readable), protests and campaigning ("geht auf Demos", "scende in piazza", "上街抗议"),
  and a stance for or against a named law or reform ("se bat contre la réforme", "kämpft gegen die
  Reform");
- orientation implied by a Pride march attended ("à la Pride", "marcha del Orgullo", "Canal Pride",
  "гей-парад", "プライドパレード", "同志游行", "مسيرة الفخر");
- religion: a lay office in a congregation (deacon, elder, churchwarden, presbyter, "집사", "شماس"),
  pilgrimages, Buddhist refuge and chanting, a service attended by its day, keeping Lent ("Cuaresma",
  "사순절"), covered hair, the wife of a pastor, imam or priest ("femme du pasteur", "목사님 사모님";
  a clergyman's own office stays readable: a profession);
- union: the head or board member of a union or professional syndicate ("نقيب المحامين",
  "président du syndicat", "노조위원장", "工会主席");
- health said through aids and effects: wheelchair, crutches, a walker, hearing aid, deafness and
  sign language used to communicate, dialysis, a stroke ("since the stroke"), a joint replaced, early
  dementia, eating disorders;
- origin: ethnic identities of minorities and peoples ("Hakka", "quilombola", "sorbisch", "touarègue",
  "pataxó", "wayuu"; Kurdish and Basque only as a person's predicate: "é curda", "is Basque", never
  the language or a basque top), and the parent's side it comes from ("his father's side is Baloch");
- a same-sex partner shown by the French "il" before a verb ("il est venu avec son compagnon") or
  by a couple of women "juntas" ("e a namorada ... vieram juntas");
- an alias with an apostrophe before a space ("nurses' union", "Graves' disease") matches the note
  as it folds it; a party name in guillemets is written case-sensitive instead ("=Яблоко",
  "=Новых людей": the guillemets fold away, and "«Яблоко»" matched every apple).

Kept readable (precision): a candidate for a job, a Pride gala as an occasion, a butler, a
pilgrim's shell as a motif, "standing for hours", an office alone ("Kamerlid", "국회의원", "un
député"), an apple and "new people" in Russian, a product demo, an advertising campaign, "从政府",
Basque and Kurdish as languages, a stroke of luck.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.privacy.special.coverage import covered, spans_of

POLITICS = [
    ("Son mari est très pris : il se présente aux municipales de mars.", "se présente aux municipales"),
    ("Elle est candidate aux législatives, discrétion sur les réseaux.", "candidate aux législatives"),
    ("Il mène la liste aux régionales, tête de liste dans l'Hérault.", "tête de liste"),
    ("She's running for mayor next spring, keep events low-key.", "running for mayor"),
    ("Husband is standing for Parliament at the next election.", "standing for Parliament"),
    ("He ran for the state senate and lost, still a bit sore about it.", "ran for the state senate"),
    ("Il marito si ricandida alle comunali di maggio.", "si ricandida"),
    ("La cliente si candida a sindaco del suo paese.", "si candida a sindaco"),
    ("El señor se presenta a las elecciones autonómicas en mayo.", "se presenta a las elecciones"),
    ("Su esposa encabeza la lista municipal de su pueblo.", "encabeza la lista"),
    ("Der Ehemann tritt bei der Bürgermeisterwahl an, also diskret bleiben.", "tritt bei der Bürgermeisterwahl an"),
    ("Sie stellt sich im Herbst zur Wiederwahl in den Stadtrat.", "zur Wiederwahl"),
    ("O cliente vai concorrer a prefeito nas próximas eleições.", "vai concorrer a prefeito"),
    ("A senhora candidatou-se a deputada e não foi eleita.", "candidatou-se a deputada"),
    ("Meneer staat op de kieslijst voor de gemeenteraad.", "staat op de kieslijst"),
    ("Ze wordt waarschijnlijk lijsttrekker bij de volgende verkiezingen.", "lijsttrekker"),
    ("Супруг клиентки баллотировался в городскую думу, но не прошёл.", "баллотировался"),
    ("Клиент выдвигается в депутаты на осенних выборах.", "выдвигается в депутаты"),
    ("ご主人が次の市長選に立候補されるとのこと。", "立候補"),
    ("奥様は来年の県議選に出馬予定。", "出馬"),
    ("고객님 남편분이 이번 지방선거에 출마하신다고 함.", "출마"),
    ("客人的先生明年要参选议员，最近很忙。", "参选"),
    ("她之前竞选过市长，没选上。", "竞选过市长"),
    ("زوجها سيترشح للبرلمان في الدورة القادمة.", "سيترشح"),
    ("Elle se bat contre la réforme des retraites depuis un an.", "se bat contre la réforme"),
    ("Il cliente si batte contro la riforma della giustizia.", "si batte contro la riforma"),
    ("He campaigns against the new housing bill at every visit.", "campaigns against"),
    ("Er kämpft gegen die Reform, redet ständig davon.", "kämpft gegen die Reform"),
    ("La señora lucha contra la reforma laboral, muy activa.", "lucha contra la reforma"),
]


# a seat in a named assembly said with its verb or preposition (the office alone stays readable, a
# profession: "député", "senatore", "Landtagsabgeordnete", "Kamerlid", "국회의원", "人大代表")
POLITICS += [
    ("Son père est député à l'Assemblée nationale.", "député à l'Assemblée nationale"),
    ("Her brother sits in the House of Commons.", "sits in the House of Commons"),
    ("Lo zio siede in consiglio regionale in Veneto.", "siede in consiglio regionale"),
    ("La tía tiene escaño en el Senado.", "tiene escaño"),
    ("Der Schwiegervater sitzt im Landtag.", "sitzt im Landtag"),
    ("O sogro é deputado na Assembleia Legislativa.", "deputado na Assembleia"),
    ("Haar zus zit in de gemeenteraad van Delft.", "zit in de gemeenteraad"),
    ("Брат клиентки — депутат Госдумы.", "депутат Госдумы"),
    ("Муж голосует за «Новых людей», просил не обсуждать.", "Новых людей"),
    ("Она всегда за «Яблоко».", "Яблоко"),
    ("والده عضو في مجلس النواب.", "عضو في مجلس النواب"),
    # protests and campaigning without a party
    ("Der Sohn geht regelmäßig auf Demos gegen Rechts.", "geht regelmäßig auf Demos"),
    ("Sie engagiert sich kommunalpolitisch in Ulm.", "engagiert sich kommunalpolitisch"),
    ("He marched against the war back in 2003.", "marched against"),
    ("She is deep in the climate movement these days.", "climate movement"),
    ("Participa en las protestas contra el alquiler.", "Participa en las protestas"),
    ("Il figlio scende in piazza ogni venerdì.", "scende in piazza"),
    ("A filha faz campanha para o candidato do bairro.", "faz campanha para"),
    ("Hij demonstreert tegen de kap van bomen.", "demonstreert tegen"),
    ("고객님 따님이 시위에 참여하신다고.", "시위에 참여"),
    ("他儿子常常上街抗议。", "上街抗议"),
    ("ابنها يشارك في الاحتجاجات كل أسبوع.", "يشارك في الاحتجاجات"),
    ("Her husband hosted a fundraiser for the governor.", "hosted a fundraiser for"),
    ("Er macht Wahlkampf in Franken, bis Oktober.", "macht Wahlkampf"),
    ("Está metida en política desde joven.", "metida en política"),
    ("Il est très engagé en politique locale.", "engagé en politique"),
    ("他儿子在帮忙拉票。", "帮忙拉票"),
]


@pytest.mark.parametrize(("text", "fact"), POLITICS)
def test_political_activity_without_a_party(text: str, fact: str) -> None:
    assert covered(text, fact, "POLITICS"), spans_of(text)


ORIENTATION = [
    ("Ils défilent chaque année à la marche des fiertés.", "marche des fiertés"),
    ("Le couple va toujours à la Pride de Paris en juin.", "la Pride"),
    ("They march at Pride every June with their friends.", "at Pride"),
    ("Vanno sempre al Pride di Milano insieme.", "al Pride"),
    ("Cada año desfilan en la marcha del Orgullo en Madrid.", "marcha del Orgullo"),
    ("Sie gehen jedes Jahr zum Christopher Street Day in Köln.", "Christopher Street Day"),
    ("Os dois vão à Parada do Orgulho LGBT em São Paulo.", "Parada do Orgulho"),
    ("Ze lopen mee met de Canal Parade in augustus.", "Canal Parade"),
    ("Каждый год ездят на гей-парад в Берлин.", "гей-парад"),
    ("毎年プライドパレードに参加されているそうです。", "プライドパレード"),
    ("两个人每年都去参加同志游行。", "同志游行"),
    ("يشاركان كل سنة في مسيرة الفخر في برلين.", "مسيرة الفخر"),
]


@pytest.mark.parametrize(("text", "fact"), ORIENTATION)
def test_pride_attended(text: str, fact: str) -> None:
    assert covered(text, fact, "ORIENTATION"), spans_of(text)


RELIGION = [
    ("Le mari est diacre dans sa paroisse.", "diacre"),
    ("Her father is a church deacon in Ohio.", "church deacon"),
    ("Il suocero fa il diacono in parrocchia.", "diacono"),
    ("Su padre es diácono en la parroquia.", "diácono"),
    ("Herr K. ist Diakon in seiner Gemeinde.", "Diakon"),
    ("Sie ist Presbyterin in der evangelischen Gemeinde.", "Presbyterin"),
    ("O sogro é diácono da igreja do bairro.", "diácono"),
    ("Haar man is ouderling in de kerk.", "ouderling"),
    ("Её отец — дьякон в храме на Ордынке.", "дьякон"),
    ("아버님이 교회 장로님이셔서 주일엔 바쁘심.", "장로"),
    ("어머님은 교회 권사님이심.", "권사"),
    ("她父亲是教会的执事。", "教会的执事"),
    ("والدها شماس في الكنيسة.", "شماس"),
    ("義父は教会の長老をされている。", "教会の長老"),
    ("她母亲去年去朝觐了。", "朝觐"),
    ("الوالدة سافرت للحج هذه السنة.", "للحج"),
    ("Elle part en pèlerinage à Lourdes chaque été.", "pèlerinage"),
    ("Er ist den Jakobsweg gelaufen, zweimal schon.", "Jakobsweg"),
    ("Fa il pellegrinaggio a Medjugorje ogni anno.", "pellegrinaggio"),
    ("Каждый год ездит в паломничество на Афон.", "паломничество"),
    ("毎年四国のお遍路を回られている。", "お遍路"),
    ("어머님이 성지순례 다녀오셨다고.", "성지순례"),
    ("老太太每天念佛，已经皈依了。", "念佛"),
    ("He took refuge in the Three Jewels years ago.", "Three Jewels"),
    ("She never misses Sunday service at her church.", "Sunday service"),
    ("Il ne rate jamais le culte du dimanche.", "culte du dimanche"),
    ("주일예배 끝나고 오신다고 하심.", "주일예배"),
    # keeping Lent, the covered hair of a faith, the wife of a clergyman
    ("En Cuaresma la señora no come carne los viernes.", "Cuaresma"),
    ("어머님이 사순절이라 금요일엔 고기 안 드심.", "사순절"),
    ("She keeps her hair covered, no hats to try.", "keeps her hair covered"),
    ("C'est la femme du pasteur de Montbéliard.", "femme du pasteur"),
    ("Sie ist die Pfarrersfrau im Dorf.", "Pfarrersfrau"),
    ("고객님이 목사님 사모님이셔서 주일엔 안 오심.", "목사님 사모님"),
    ("ご住職の奥様がお見えになった。", "住職の奥様"),
]


@pytest.mark.parametrize(("text", "fact"), RELIGION)
def test_religious_offices_and_practice(text: str, fact: str) -> None:
    assert covered(text, fact, "RELIGION"), spans_of(text)


UNION = [
    ("زوجها نقيب المحامين في بيروت.", "نقيب المحامين"),
    ("Il est président du syndicat des infirmiers.", "président du syndicat"),
    ("She chairs the teachers' union.", "teachers' union"),
    ("Il marito è segretario del sindacato dei metalmeccanici.", "segretario del sindacato"),
    ("Es presidenta del sindicato de enfermería.", "presidenta del sindicato"),
    ("Er ist Vorsitzender der Gewerkschaft.", "Vorsitzender der Gewerkschaft"),
    ("Ele é presidente do sindicato dos bancários.", "presidente do sindicato"),
    ("Hij zit in het bestuur van de vakbond.", "bestuur van de vakbond"),
    ("Муж — председатель профсоюза на заводе.", "председатель профсоюза"),
    ("ご主人は労働組合の委員長をされている。", "労働組合の委員長"),
    ("남편분이 노조위원장이라 바쁘심.", "노조위원장"),
    ("她先生是工会主席。", "工会主席"),
    ("何生系工会嘅主席，好忙。", "工会嘅主席"),
]


@pytest.mark.parametrize(("text", "fact"), UNION)
def test_union_offices(text: str, fact: str) -> None:
    assert covered(text, fact, "UNION"), spans_of(text)


HEALTH = [
    ("Elle se déplace avec des béquilles depuis sa chute.", "béquilles"),
    ("La signora è in sedia a rotelle, serve l'ascensore.", "sedia a rotelle"),
    ("Il nonno cammina con le stampelle.", "stampelle"),
    ("La clienta va en silla de ruedas.", "silla de ruedas"),
    ("Camina con muletas desde la operación.", "muletas"),
    ("Der Vater sitzt im Rollstuhl.", "Rollstuhl"),
    ("A cliente é cadeirante, precisa de rampa.", "cadeirante"),
    ("Haar moeder zit in een rolstoel.", "rolstoel"),
    ("Отец на костылях после перелома.", "на костылях"),
    ("Мама в инвалидной коляске.", "инвалидной коляске"),
    ("車椅子を使われています。", "車椅子"),
    ("어머님이 휠체어 타셔서 1층으로 안내.", "휠체어"),
    ("老先生坐轮椅，要走无障碍通道。", "坐轮椅"),
    ("الوالدة على كرسي متحرك.", "كرسي متحرك"),
    ("Il porte un appareil auditif, parler fort.", "appareil auditif"),
    ("Il signore porta l'apparecchio acustico.", "apparecchio acustico"),
    ("Er trägt ein Hörgerät, deutlich sprechen.", "Hörgerät"),
    ("Ele usa aparelho auditivo.", "aparelho auditivo"),
    ("Mevrouw draagt een gehoorapparaat.", "gehoorapparaat"),
    ("У клиента слуховой аппарат, говорить громче.", "слуховой аппарат"),
    ("お父様は補聴器をつけていらっしゃる。", "補聴器"),
    ("老人家戴助听器，说话要大声。", "助听器"),
    ("الزبون يلبس سماعة طبية.", "سماعة طبية"),
    ("Sa fille est sourde, elle communique en langue des signes.", "langue des signes"),
    ("Die Tochter ist gehörlos.", "gehörlos"),
    ("Su hija es sorda y usa lengua de signos.", "lengua de signos"),
    ("De zoon is doof en gebruikt gebarentaal.", "gebarentaal"),
    ("Жена глухая, общается на языке жестов.", "языке жестов"),
    ("奥様は耳が不自由で手話で話されます。", "手話"),
    ("따님이 청각장애가 있어서 수어로 대화함.", "청각장애"),
    ("他女儿是聋人。", "聋人"),
    ("زوجته صماء وتتواصل بلغة الإشارة.", "صماء"),
    ("Il marito fa la dialisi tre volte a settimana.", "dialisi"),
    ("Está en hemodiálisis desde el año pasado.", "hemodiálisis"),
    ("Отец на диализе, приходит по пятницам.", "диализе"),
    ("主人は透析を受けている。", "透析"),
    ("어머님이 투석 받으셔서 화목은 안 됨.", "투석"),
    ("Sa mère a fait un AVC l'an dernier.", "AVC"),
    ("Il padre ha avuto un ictus a gennaio.", "ictus"),
    ("Tuvo un derrame cerebral en marzo.", "derrame cerebral"),
    ("Haar vader heeft een beroerte gehad.", "beroerte"),
    ("お母様が脳梗塞で倒れられた。", "脳梗塞"),
    ("아버님이 뇌졸중으로 쓰러지셨음.", "뇌졸중"),
    ("她父亲去年中风了。", "中风"),
    ("Sa mère a un début de démence.", "démence"),
    ("Die Mutter hat beginnende Demenz.", "Demenz"),
    ("La figlia soffre di anoressia.", "anoressia"),
    ("Sa fille a des troubles alimentaires.", "troubles alimentaires"),
    ("De dochter heeft een eetstoornis.", "eetstoornis"),
    ("娘さんが摂食障害で通院中。", "摂食障害"),
    ("따님이 거식증이 있어서 사이즈 얘기 금지.", "거식증"),
    ("她女儿有厌食症。", "厌食症"),
    ("He had his knee replaced in the spring.", "had his knee replaced"),
    ("Since the stroke he signs with his left hand.", "stroke"),
    ("她母亲去年换了膝关节，走路慢。", "换了膝关节"),
    ("الوالد ركّب مفصل ورك صناعي السنة الماضية.", "مفصل ورك صناعي"),
    ("Бабушка ходит с ходунками.", "с ходунками"),
    ("يمشي بمشاية منذ الحادث.", "بمشاية"),
    ("Отца недавно прооперировали, не звонить до мая.", "прооперировали"),
    ("Они не могут иметь детей, тему не поднимать.", "не могут иметь детей"),
    ("الزبونة عندها حمل، ما نقدم عطور قوية.", "عندها حمل"),
    ("老先生有气管炎，别喷香水。", "气管炎"),
]


@pytest.mark.parametrize(("text", "fact"), HEALTH)
def test_health_through_aids_and_effects(text: str, fact: str) -> None:
    assert covered(text, fact, "HEALTH"), spans_of(text)


ORIGIN = [
    ("Sa famille est sorbe, de Lusace.", "sorbe"),
    ("Die Familie ist sorbisch.", "sorbisch"),
    ("A cliente é quilombola, da Bahia.", "quilombola"),
    ("他们家是客家人。", "客家人"),
    ("她是回族，不吃猪肉。", "回族"),
    ("Her father is Hazara, from Kabul.", "Hazara"),
    ("Elle est touarègue par sa mère.", "touarègue"),
    ("Клиентка — чеченка, очень гордится.", "чеченка"),
    ("A avó é pataxó, da Bahia.", "pataxó"),
    ("Su madre es wayuu, de La Guajira.", "wayuu"),
    ("La suocera è curda, di Diyarbakır.", "curda"),
    ("Her grandmother is Sami, from Kautokeino.", "Sami"),
    ("Die Schwiegermutter ist Baskin.", "Baskin"),
    ("He is Omani; his father's side is Baloch.", "his father's side is Baloch"),
    ("Kurdish on her mother's side, she told us.", "Kurdish on her mother's side"),
]


@pytest.mark.parametrize(("text", "fact"), ORIGIN)
def test_ethnic_identities(text: str, fact: str) -> None:
    assert covered(text, fact, "ORIGIN"), spans_of(text)


READABLE = [
    "She is a candidate for the head of design role at a bank.",
    "Looking for a gift for the Pride gala in June.",
    "Il maggiordomo ritira il pacco, è il suo uomo di fiducia.",
    "Motif coquille Saint-Jacques sur le carré.",
    "Can't wait long, standing for hours is tiring for anyone at a trade show.",
    "Vuole un regalo per il presidente del circolo del golf.",
    "Der Kandidat für die Stelle kommt morgen.",
    "执事会议在下午，她是公司的执行董事。",
    "Le candidat au poste de directeur est passé.",
    "Il senatore è passato ieri per un portafoglio.",
    "Un député est passé acheter une cravate.",
    "A stroke of luck: the last bag in stock.",
    # "Hij is Kamerlid ...": an office said with a copula is POLITICS since session 45 (offices.predicated)
    "She wants a basque top in black.",
    "Wir zeigen ihm die Demo der neuen Kollektion.",
    "Im Ortsverein spielt er mittwochs Tennis.",
    "Ищем новых людей в команду бутика.",
    "Купила яблоко и грушу в подарок.",
    "Il pastore tedesco del cliente abbaia.",
    "The new campaign for the Capucines is lovely.",
    "她是从政府机关退休的。",
    "Elle parle basque couramment.",
    "Habla kurdo y árabe con su madre.",
    "남편분이 국회의원이심.",
]


@pytest.mark.parametrize("text", READABLE)
def test_lookalikes_stay_readable(text: str) -> None:
    assert spans_of(text) == [], spans_of(text)


PARTNERS = [
    ("[NAME], euh, il est venu avec son compagnon, ils se pacsent en mai.", "son compagnon"),
    ("Il cherche une montre pour son mari, leur anniversaire est en juin.", "son mari"),
    ("[NAME] e a namorada vieram juntas ver anéis.", "a namorada"),
    ("[NAME] y la novia, [NAME], vinieron juntas a mirar pulseras.", "la novia"),
    ("Il cliente è passato con il suo compagno.", "il suo compagno"),
]


@pytest.mark.parametrize(("text", "fact"), PARTNERS)
def test_same_sex_partner_after_a_pronoun_or_the_couples_words(text: str, fact: str) -> None:
    assert covered(text, fact, "ORIENTATION"), spans_of(text)


@pytest.mark.parametrize("text", [
    "Il a acheté une bague pour sa femme.",
    "Elle cherche un sac pour son mari.",
    "Il est venu avec sa fille et son mari.",
    "Il marito della cliente e la sua compagna di viaggio.",
    "[NAME] e a namorada do filho vieram juntos.",
])
def test_opposite_sex_or_unclear_partners_stay(text: str) -> None:
    assert not any(kind == "ORIENTATION" for _, kind in spans_of(text)), spans_of(text)


@pytest.mark.parametrize(("text", "fact", "kind"), [
    ("She chairs the nurses' union at the hospital.", "nurses' union", "UNION"),
    ("He has Graves' disease, keep the room cool.", "Graves' disease", "HEALTH"),
])
def test_an_apostrophe_before_a_space_matches_as_written(text: str, fact: str, kind: str) -> None:
    assert covered(text, fact, kind), spans_of(text)
