"""HEALTH and ORIGIN facts the w34 notes (voice transcriptions, Art. 9 in everyday paraphrase)
left readable (session 31, F1a), probed with phrasings written for this test (none is a note's),
in every language where the class exists:

- a pregnancy told by an idiom: eating for two, a baby on the way, waiting for the second one
  ("attend le deuxième", "espera el segundo", "aspetta il secondo"; not "attend son deuxième
  petit-enfant": a grandchild awaited), "ждут пополнения", "kindje op komst", the month
  of it without the word ("está de cinco meses", "è al sesto mese", "ist im fünften Monat",
  "на шестом месяце"), the child in the belly ("お腹に三人目", "肚子里的宝宝", "뱃속에 둘째"),
  "둘째를 가지다", "تنتظر البيبي", the due date ("who is due in May", "doit accoucher", "sale de
  cuentas");
- medicine named by what it is for: nerves, anxiety, sleep ("pills for her nerves", "pastillas
  para los nervios", "remédio de tarja preta", "gocce per dormire", "таблетки от тревоги",
  "حبوب للأعصاب"; the purpose written after it joins: "to help her sleep", "pra conseguir dormir"),
  and insulin with its verb ("spritzt Insulin", "인슐린 맞", "打胰岛素");
- a joint replaced, told as "having it done" ("had her hip done", "die Hüfte machen lassen",
  "换了人工关节", "поменяли сустав");
- the after-effects of a stroke told by the body: one side weak, a hand that does not obey
  ("lado esquerdo fraco", "левая рука не слушается", "la mano no le responde");
- sight, hearing and memory failing in everyday words ("non ci vede quasi più", "erkennt
  niemanden mehr", "眼睛不行了"); aids said by their verb ("va en silla", "loopt met krukken",
  "apparecchio all'orecchio");
- a stay in a clinic ("war in der Klinik");
- an ethnic origin told as the family's migration: an ancestor and a word of migration in one
  sentence (:mod:`special.contexts.origin.ancestry`).

Kept readable (precision): a parcel or a call waited for, an invoice due,
a holiday of some months, a trip of a grandmother, a shop that moved, hair done, a second
fitting, going to bed early, seeing a daughter rarely.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.special.categories import find_special_categories
from lvmh_pipeline_tests.lib.privacy.special.coverage import covered, spans_of

PREGNANCY = [
    ("Mrs Lowe is eating for two these days, keep the champagne away.", "eating for two"),
    ("They have a baby on the way, so a christening gift later.", "baby on the way"),
    ("Mme Lenoir attend le deuxième, pas d'alcool au salon.", "attend le deuxième"),
    ("Elle attend le troisième pour juin, plutôt un collier.", "attend le troisième"),
    ("Doña Pilar está de cinco meses, nada de cava.", "está de cinco meses"),
    ("La señora espera el segundo para el verano.", "espera el segundo"),
    ("A Dona Rita está de seis meses, sem espumante.", "está de seis meses"),
    ("Ela está esperando o segundo, nasce em março.", "esperando o segundo"),
    ("La signora Conti è al sesto mese, niente alcol.", "è al sesto mese"),
    ("La figlia aspetta il secondo a settembre.", "aspetta il secondo"),
    ("Frau Kühn ist im fünften Monat, kein Sekt.", "ist im fünften Monat"),
    ("Die Tochter hat ein Baby unterwegs, Geschenk im Herbst.", "Baby unterwegs"),
    ("Ze is in blijde verwachting, uitgerekend in juni.", "in blijde verwachting"),
    ("Er is een kindje op komst bij haar dochter.", "kindje op komst"),
    ("В семье ждут пополнения, к весне.", "ждут пополнения"),
    ("Ольга на шестом месяце, без шампанского.", "на шестом месяце"),
    ("奥様はお腹に三人目がいらっしゃる。", "お腹に三人目"),
    ("따님이 둘째를 가지셔서 술은 안 드세요.", "둘째를 가지"),
    ("她肚子里的宝宝七月出生。", "肚子里的宝宝"),
    ("تنتظر البيبي في مايو إن شاء الله.", "تنتظر البيبي"),
    ("Her niece, who is due in May, gets the charm bracelet.", "due in May"),
    ("Sa fille doit accoucher en juin, cadeau de naissance ensuite.", "doit accoucher"),
    ("La nuera sale de cuentas en julio.", "sale de cuentas"),
    ("奥様はお腹に赤ちゃんがいらっしゃるので乾杯は控える。", "お腹に赤ちゃんがいらっしゃる"),
]


@pytest.mark.parametrize(("text", "fact"), PREGNANCY)
def test_pregnancy_idioms(text: str, fact: str) -> None:
    assert covered(text, fact, "HEALTH"), spans_of(text)


TREATMENTS = [
    ("She takes pills for her nerves since the move.", "pills for her nerves"),
    ("Il prend des cachets pour dormir depuis l'hiver.", "cachets pour dormir"),
    ("Toma pastillas para los nervios, mejor citas tranquilas.", "pastillas para los nervios"),
    ("Toma remédio de tarja preta há anos.", "remédio de tarja preta"),
    ("Prende gocce per dormire la sera.", "gocce per dormire"),
    ("Sie nimmt Tabletten gegen die Angst, also ruhig bleiben.", "Tabletten gegen die Angst"),
    ("Hij slikt pillen voor de zenuwen.", "pillen voor de zenuwen"),
    ("Муж пьёт таблетки от тревоги.", "таблетки от тревоги"),
    ("ياخذ حبوب للأعصاب من شهرين.", "حبوب للأعصاب"),
    ("夜は睡眠導入剤を飲んでいる。", "睡眠導入剤"),
    ("항불안제 드시는 중이라 조용한 룸.", "항불안제"),
    ("Herr Lang spritzt Insulin, kein Dessertwein.", "spritzt Insulin"),
    ("회장님은 인슐린 맞으셔서 단 거 X.", "인슐린 맞"),
    ("他每天在打胰岛素，甜点免了。", "在打胰岛素"),
    # a joint replaced, told as having it done
    ("He had his knee done in March, a chair at the fitting.", "had his knee done"),
    ("Sie hat sich die Hüfte machen lassen, Termin im Erdgeschoss.", "die Hüfte machen lassen"),
    ("Elle a une nouvelle hanche depuis l'été.", "nouvelle hanche"),
    ("Le cambiaron la rodilla en enero.", "cambiaron la rodilla"),
    ("Ha rifatto il ginocchio a febbraio.", "rifatto il ginocchio"),
    ("Ей поменяли коленный сустав осенью.", "поменяли коленный сустав"),
    ("老先生去年换了人工关节，走路慢。", "换了人工关节"),
    ("去年心脏装了支架。", "装了支架"),
    ("Die Tochter war in der Klinik, bitte keine Kommentare.", "in der Klinik"),
    # what the medicine is for, written after it ("... to help her sleep")
    ("She takes sedatives to help her sleep, evening calls only.", "sedatives to help her sleep"),
    ("Toma calmantes pra conseguir dormir desde o divórcio.", "calmantes pra conseguir dormir"),
    ("Er nimmt Beruhigungsmittel zum Einschlafen.", "Beruhigungsmittel zum Einschlafen"),
]



@pytest.mark.parametrize(("text", "fact"), TREATMENTS)
def test_treatments_by_what_they_are_for(text: str, fact: str) -> None:
    assert covered(text, fact, "HEALTH"), spans_of(text)


EFFECTS = [
    ("Since then her left hand doesn't obey, help with clasps.", "left hand doesn't obey"),
    ("Depuis, la main gauche ne répond plus très bien.", "main gauche ne répond plus"),
    ("Tras el ictus la mano no le responde bien.", "mano no le responde"),
    ("Ficou com o lado esquerdo fraco, fecho fácil.", "lado esquerdo fraco"),
    ("Dopo l'ictus ha il lato destro debole.", "lato destro debole"),
    ("Seitdem ist die linke Seite schwach.", "linke Seite schwach"),
    ("После болезни правая рука не слушается.", "правая рука не слушается"),
    ("Il nonno non ci vede quasi più, leggere i prezzi ad alta voce.", "non ci vede quasi più"),
    ("Die Mutter erkennt niemanden mehr, Geschenk von der Tochter.", "erkennt niemanden mehr"),
    ("Her mother is losing her memory, be patient on the phone.", "losing her memory"),
    ("La abuela ya no reconoce a nadie.", "ya no reconoce a nadie"),
    ("Бабушка никого не узнаёт, подарок от внуков.", "никого не узнаёт"),
    ("老太太眼睛不行了，价签要念给她听。", "眼睛不行了"),
    ("El marido va en silla desde la caída, entrada lateral.", "va en silla"),
    ("Porta l'apparecchio all'orecchio, parlare piano.", "apparecchio all'orecchio"),
    ("Meneer loopt met krukken, levering thuis.", "loopt met krukken"),
    ("She is going through treatment, no fittings on Mondays.", "going through treatment"),
    ("Elle a un souci de santé en ce moment, pas de relance.", "souci de santé"),
    ("Er geht zum Psychologen, lieber vormittags.", "geht zum Psychologen"),
    ("Ha il braccio al collo, niente bracciali per ora.", "braccio al collo"),
    ("Anda de muleta desde maio, entrega em casa.", "de muleta"),
    ("La señora no puede subir escaleras, probador en planta baja.", "no puede subir escaleras"),
]


@pytest.mark.parametrize(("text", "fact"), EFFECTS)
def test_effects_and_aids_in_everyday_words(text: str, fact: str) -> None:
    assert covered(text, fact, "HEALTH"), spans_of(text)


ORIGIN = [
    ("She said her mother's side emigrated from Crete after the war and she wants a pendant.",
     "mother's side emigrated from Crete after the war"),
    ("His grandparents came over from Punjab in the sixties, so something in yellow gold.",
     "grandparents came over from Punjab in the sixties"),
    ("Ses grands-parents ont fui l'Arménie en 1915, elle veut un collier.",
     "grands-parents ont fui l'Arménie en 1915"),
    ("Sus abuelos emigraron desde Galicia a Buenos Aires, quiere un anillo.",
     "abuelos emigraron desde Galicia a Buenos Aires"),
    ("Os bisavós imigraram do Líbano para São Paulo, quer uma pulseira.", "bisavós imigraram do Líbano para São Paulo"),
    ("La famiglia di lui è fuggita da Mostar nel '93, cerca un orologio.", "famiglia di lui è fuggita da Mostar"),
    ("Ihre Großeltern sind aus Ostpreußen geflohen, sie sucht eine Kette.", "Großeltern sind aus Ostpreußen geflohen"),
    ("Haar grootouders zijn als gastarbeiders uit Marokko gekomen, budget 2000.",
     "grootouders zijn als gastarbeiders uit Marokko gekomen"),
    ("Его прадеда выслали из Поволжья в Казахстан, хочет часы.", "прадеда выслали из Поволжья в Казахстан"),
    ("祖父母の代に台湾から移住されたとのこと、ネックレスをご希望。", "祖父母の代に台湾から移住された"),
    ("증조할아버지 때 하와이로 이민 가셨다고, 시계 원하심.", "증조할아버지 때 하와이로 이민 가셨다고"),
    ("他说祖辈是闯关东过来的，想买手镯。", "祖辈是闯关东过来的"),
    ("أجدادها نزحوا من يافا سنة ٤٨، تبي عقد.", "أجدادها نزحوا من يافا سنة ٤٨"),
]


@pytest.mark.parametrize(("text", "fact"), ORIGIN)
def test_origin_told_as_a_family_migration(text: str, fact: str) -> None:
    assert covered(text, fact, "ORIGIN"), spans_of(text)


READABLE = [
    "Mme Roux attend le colis pour avril.",
    "She is expecting a call from the workshop.",
    "Está de vacaciones dos semanas en agosto.",
    "Her grandmother came from Lyon for the fitting.",
    "Sa grand-mère est venue de Lyon pour le baptême.",
    "The boutique moved from Rue Royale last year.",
    "Sie hat sich die Haare machen lassen, sehr elegant.",
    "Zweite Anprobe im Mai, die Familie kommt mit.",
    "Il nonno è venuto con la famiglia per la cresima.",
    "Новые часы для деда на юбилей.",
    "The invoice is due in March.",
    "Vai para dormir cedo, ligar de manhã.",
    "Casi no ve a su hija, vive en Londres.",
    "Elle attend son deuxième petit-enfant pour mai.",
    "She comes in twice a week for coffee.",
    "社長がいらっしゃる時にご案内。",
]


@pytest.mark.parametrize("text", READABLE)
def test_lookalikes_stay_readable(text: str) -> None:
    assert find_special_categories(text) == [], spans_of(text)
