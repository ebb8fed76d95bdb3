"""HEALTH coverage by inventory (session 31, INV-health): conditions, treatments and aids a
client names about herself or a relative in one to three words, with no cue around them, in all
twelve languages. The class was enumerated from knowledge, chapter by chapter of a disease
classification (infections, cancers by site, blood, endocrine, mental and behavioural,
neurological, eye, ear, circulatory, respiratory, digestive, skin, musculoskeletal, kidney and
urinary, reproductive and pregnancy, congenital, injuries, disabilities and aids, surgeries and
treatments, states of care such as intensive care or bed rest), each form checked against the
detector, and only the missed forms were added to the HEALTH ``terms`` of
``taxonomy/special_categories.json``. Every sentence here is written for this test.

Kept readable (precision): words a condition looks like or sits inside — a fabric (gessata), a
colour (gebrochenes Weiß), a verb (schielen, hinken, "manca"), an idiom ("читает запоем",
"ослепительная улыбка", "Der Vergleich hinkt"), a sewing or leather word (stitches, Naht), a
drink (Corona, Johnnie Walker), a sleeve, a zone ("zona"), influence ("influenza"), a complaint
("gripe"), a video call ("화상 회의"), "plenty" ("수두룩"), a display stand ("支架"), letters to
engrave ("حروف"), a sister ("الشقيقة"), a train change ("пересадка"), a dentist. Drug words
that a drug allergy also names (antibiotics, painkillers) are not listed bare: allergies are
another component's.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline_tests.lib.privacy.special.coverage import covered, spans_of

HEALTH = {
    "FR": [
        ("Sa fille a eu la coqueluche cet hiver, elle revient en mars.", "coqueluche"),
        ("Monsieur sort d'un décollement de la rétine, lire les prix en grand.", "décollement de la rétine"),
        ("Madame a fait une IVG l'an dernier, sujet à éviter.", "IVG"),
        ("Le petit a une fente labiale, opéré à Necker.", "fente labiale"),
        ("Elle est aux soins intensifs depuis lundi, commande en attente.", "soins intensifs"),
        ("Son père souffre du syndrome des jambes sans repos, il ne peut pas rester assis.", "syndrome des jambes sans repos"),
    ],
    "EN": [
        ("Her son had whooping cough over Christmas, so they postponed.", "whooping cough"),
        ("He is recovering from a detached retina, keep the lighting soft.", "detached retina"),
        ("Mrs Lowe mentioned her erectile dysfunction comment was a joke, husband mortified.", "erectile dysfunction"),
        ("Their baby has a cleft palate, surgery planned for spring.", "cleft palate"),
        ("Her mother is in intensive care, she will call back next week.", "in intensive care"),
        ("He takes the lift, essential tremor makes the stairs hard.", "essential tremor"),
    ],
    "IT": [
        ("Il bambino ha la pertosse, rimandano il battesimo.", "pertosse"),
        ("La signora ha avuto un distacco della retina, niente vetrine luminose.", "distacco della retina"),
        ("Il marito è in rianimazione dopo il malore, lei passa più avanti.", "in rianimazione"),
        ("Ha la sindrome delle gambe senza riposo, preferisce stare in piedi.", "sindrome delle gambe senza riposo"),
        ("Il nipote è nato con il labbro leporino, già operato.", "labbro leporino"),
        ("Suo padre porta una protesi alla gamba dopo l'incidente.", "protesi"),
    ],
    "ES": [
        ("Su hijo pasó la tos ferina en enero, por eso no vinieron.", "tos ferina"),
        ("La señora tuvo un desprendimiento de retina, evitar los flashes.", "desprendimiento de retina"),
        ("El marido está en cuidados intensivos, ella pasará en abril.", "cuidados intensivos"),
        ("Tiene un temblor esencial, mejor cierres grandes.", "temblor esencial"),
        ("Su nieto nació con labio leporino, ya operado.", "labio leporino"),
        ("Le diagnosticaron ovario poliquístico hace poco, tema delicado.", "ovario poliquístico"),
    ],
    "DE": [
        ("Der Sohn hatte Keuchhusten, deshalb kamen sie erst jetzt.", "Keuchhusten"),
        ("Frau Brandt hatte eine Netzhautablösung, bitte große Preisschilder.", "Netzhautablösung"),
        ("Ihr Mann liegt auf der Intensivstation, Abholung später.", "auf der Intensivstation"),
        ("Die Enkelin kam mit einer Lippenspalte zur Welt, inzwischen operiert.", "Lippenspalte"),
        ("Er hat einen essentiellen Tremor, lieber breite Verschlüsse.", "essentiellen Tremor"),
        ("Nach dem Selbstmordversuch des Bruders ist sie vorsichtig.", "Selbstmordversuch"),
    ],
    "PT": [
        ("O filho teve tosse convulsa no inverno, adiaram a visita.", "tosse convulsa"),
        ("A senhora teve um descolamento da retina, evitar luz forte.", "descolamento da retina"),
        ("O marido está nos cuidados intensivos, ela liga depois.", "cuidados intensivos"),
        ("Tem síndrome das pernas inquietas, prefere ficar de pé.", "síndrome das pernas inquietas"),
        ("O neto nasceu com lábio leporino, já foi operado.", "lábio leporino"),
        ("O pai usa prótese na perna desde jovem.", "prótese"),
    ],
    "NL": [
        ("Haar zoontje had kinkhoest, daarom kwamen ze later.", "kinkhoest"),
        ("Meneer had een netvliesloslating, graag grote prijskaartjes.", "netvliesloslating"),
        ("Haar man ligt op de ic, ophalen volgende week.", "op de ic"),
        ("Ze heeft spataders, liever geen strakke laarzen.", "spataders"),
        ("De kleinzoon is geboren met een hazenlip, al geopereerd.", "hazenlip"),
        ("Hij liep een hersenschudding op bij het hockey, let op het licht.", "hersenschudding"),
    ],
    "RU": [
        ("У сына был коклюш зимой, поэтому пришли только сейчас.", "коклюш"),
        ("У мужа отслоение сетчатки, ценники крупнее.", "отслоение сетчатки"),
        ("Её отец лежачий после инсульта, покупку забирает дочь.", "лежачий"),
        ("У внука заячья губа, уже прооперировали.", "заячья губа"),
        ("Брат в запое, она просила не звонить ему.", "в запое"),
        ("У мамы коксартроз, ей трудно стоять.", "коксартроз"),
    ],
    "JA": [
        ("息子さんが百日咳で、来店は来月に延期。", "百日咳"),
        ("ご主人は網膜剥離の手術後、照明は控えめに。", "網膜剥離"),
        ("お孫さんは口唇口蓋裂で、すでに手術済み。", "口唇口蓋裂"),
        ("お母様は寝たきりで、お嬢様が代理で来店。", "寝たきり"),
        ("ご本人は本態性振戦があり、留め具は大きめを。", "本態性振戦"),
        ("お父様が甲状腺機能低下症とのこと、話題は避ける。", "甲状腺機能低下症"),
    ],
    "KO": [
        ("아드님이 백일해에 걸려서 방문을 미뤘어요.", "백일해"),
        ("남편분이 망막박리 수술을 받으셔서 조명은 약하게.", "망막박리"),
        ("손주가 구순구개열로 태어나 수술을 마쳤대요.", "구순구개열"),
        ("어머님이 중환자실에 계셔서 픽업은 다음 주.", "중환자실"),
        ("본인이 공황장애가 있어서 조용한 룸으로 안내.", "공황장애"),
        ("아버님이 갑상선 저하증이 있으시대요.", "갑상선 저하증"),
    ],
    "ZH": [
        ("她儿子得了百日咳，所以晚来了。", "百日咳"),
        ("先生做过视网膜脱落手术，灯光柔和些。", "视网膜脱落"),
        ("孙子是唇腭裂，已经做了手术。", "唇腭裂"),
        ("她母亲卧床不起，由女儿来取货。", "卧床不起"),
        ("客人说自己有甲亢，别提饮食。", "甲亢"),
        ("她父亲半月板损伤，走路慢。", "半月板损伤"),
    ],
    "AR": [
        ("ابنها أصيب بالسعال الديكي لذلك تأجلت الزيارة.", "بالسعال الديكي"),
        ("زوجها أجرى عملية انفصال الشبكية، الإضاءة خفيفة من فضلك.", "انفصال الشبكية"),
        ("حفيدها ولد بالشفة الأرنبية وأجريت له عملية.", "بالشفة الأرنبية"),
        ("والدها في العناية المركزة، ستتصل لاحقاً.", "العناية المركزة"),
        ("عندها متلازمة تململ الساقين ولا تستطيع الجلوس طويلاً.", "متلازمة تململ الساقين"),
        ("أخوها عنده ضعف جنسي وهو موضوع حساس.", "ضعف جنسي"),
    ],
}

READABLE = [
    "Veste gessata blu, taglia 50, consegna sabato.",
    "Ha una grande influenza sul marito, decide lei.",
    "Abita in zona Brera, cerca un orologio sportivo.",
    "Manca la taglia 40, richiamare giovedì.",
    "Her only gripe was the delivery time.",
    "Long sleeve silk blouse, ivory, size 38.",
    "Hand stitches on the saddle, in natural thread.",
    "Johnnie Walker Blue for the husband, with the box.",
    "Il boit une Corona au bar de l'hôtel avant ses rendez-vous.",
    "On peut scanner le QR code de la facture.",
    "Farbe: gebrochenes Weiß, sehr elegant.",
    "Die Kundin schielt seit Monaten auf die Kelly.",
    "Der Vergleich hinkt, aber sie mag Gelbgold.",
    "Handgenähte Naht am Gürtel, bitte prüfen.",
    "De overgang naar de nieuwe collectie is in maart.",
    "Она читает запоем, любит детективы.",
    "У неё ослепительная улыбка, взяла серьги.",
    "Пересадка в Дубае, прилетает в пятницу.",
    "Записалась к стоматологу, придёт после обеда.",
    "화상 회의 끝나고 매장에 들르신대요.",
    "선물 후보가 수두룩해서 고민 중.",
    "展示支架上的那只包她很喜欢。",
    "نقش حروف اسمها على الساعة.",
    "جاءت مع الشقيقة الكبرى واشترت حقيبة.",
]


@pytest.mark.parametrize("lang", sorted(HEALTH))
def test_untouched_conditions_are_health(lang: str) -> None:
    """Every sample condition of the language is redacted as HEALTH."""
    missed = [(text, spans_of(text)) for text, fact in HEALTH[lang] if not covered(text, fact, "HEALTH")]
    assert not missed, missed


@pytest.mark.parametrize("text", READABLE)
def test_lookalikes_stay_readable(text: str) -> None:
    """A word a condition looks like or sits inside is not Art. 9 data."""
    assert not spans_of(text), spans_of(text)
