"""Art. 9 classes of the second w31 round (H122), probed with phrasings written for this test:

- everyday health words left untouched: Arabic eyesight, blood sugar and hearing said plainly
  ("بصرها ضعيف", "ما يسمع كويس"), seeing a psychiatrist ("مع طبيب نفسي"), radiotherapy taken ("ياخذ اشعاع");
  Russian colloquial conditions ("глуховата", "нервы шалят", "слегла", a hip or knee prosthesis in
  any inflection, "плохо с сердцем"); Chinese treatment and convalescence ("扎针灸", "在家养病",
  "输液", "按时吃药") and a severity said after the condition ("失眠挺严重"); Spanish anxiety
  problems, sight or hearing half lost, a delicate heart, the sequelae or first symptoms of a
  condition, a knee or back "fastidiada", long covid; English nerves, blood pressure "through the
  roof", "struggling with" a short condition, a pregnancy said as "N months along";
- a health span's tail kept: the body site or time word after a Spanish condition ("tumor del
  pecho", "ictus reciente", "controlado con litio") and a size word before it ("pequeño infarto");
- religious practice said telegraphically: lower-case "mass" with its period ("mass on Sundays"),
  "observe Shabbat", doing Ramadan ("doing Ramadan", "haciendo el Ramadán"), German church going
  with an adverb ("geht regelmäßig zur Kirche"), Arabic prayer kept on time and dhikr circles,
  Chinese volunteering at a temple or church;
- politics: a political prisoner (Arabic), "engagiert bei der" + party (German);
- origin: Romani/Roma after "are"/"they're", Kurdish persons in German, a Gypsy family in Russian,
  an Arabic tribe after "من قبيلة" and a parent's origin ("امها مغربية").

- a second sweep of conditions in two or three everyday words (Arabic arteries, gallstones,
  tinnitus; Russian a pinched nerve, low blood pressure, burnout, a detached retina; Chinese
  胆囊炎, 腰椎病), stances ("marched for Palestine", "hard-right", "politisch sehr rechts",
  "monárquico convencido", "был в КПСС"), practices ("去佛堂礼佛") and origins ("蒙族");
- symptoms that state a condition (swollen legs, a weak memory, a trembling hand, aching knees,
  a pricking heart, dizziness "all the time"), French "fait de la tension", "elle boite",
  "a la thyroïde", a Japanese surgery "されたばかり", "目がご不自由", "シャバット", Korean "성당 미사".

Left out on purpose (the held-out aggregates' over_redaction rose, or an earlier test decides):
"ضيق نفس", "أصله سوري" frames, the Italian "ha avuto un >", the Chinese "在做 >", "X持ち".

Kept readable (precision): "3 months along the warranty", "observed the cross-stitch detail",
a watch "with lithium battery", "problema ... muy grave" without a condition.
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.quality import REMOVED_SHARE
from lvmh_pipeline.lib.privacy.special.categories import find_special_categories


def _spans(text: str) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start : s.end]) for s in find_special_categories(text)]


def _covered(text: str, kind: str, fact: str) -> bool:
    """More than half of ``fact``'s characters fall in spans of ``kind``."""
    start = text.index(fact)
    inside = sum(1 for i in range(start, start + len(fact))
                 if any(s.kind == kind and s.start <= i < s.end for s in find_special_categories(text)))
    return inside > REMOVED_SHARE * len(fact)


@pytest.mark.parametrize(("text", "fact"), [
    ("الزبونة بصرها ضعيف، نكبر الخط في الكتالوج.", "بصرها ضعيف"),
    ("الوالد ما يسمع كويس، نتكلم بصوت واضح.", "ما يسمع كويس"),
    ("العميلة السكر عندها عالي، بدون شوكولاتة.", "السكر عندها عالي"),
    ("الزوج يتابع مع طبيب نفسي حاليا.", "مع طبيب نفسي"),
    ("زوجها ياخذ اشعاع هالشهر.", "ياخذ اشعاع"),
    ("Клиентка глуховата, говорить чётко.", "глуховата"),
    ("У мужа нервы шалят, не торопить.", "нервы шалят"),
    ("Свекровь слегла в январе, заказ забирает дочь.", "слегла"),
    ("После протеза колена ходит медленно.", "протеза колена"),
    ("Вчера было плохо с сердцем, визит перенесли.", "плохо с сердцем"),
    ("陈先生每周去扎针灸，下午才有空。", "扎针灸"),
    ("太太在家养病，礼物请送到府上。", "在家养病"),
    ("昨天还在医院输液，改天再来。", "输液"),
    ("母亲每天按时吃药，不能喝酒。", "按时吃药"),
    ("她失眠挺严重，白天容易累。", "失眠挺严重"),
    ("el señor tiene problemas de ansiedad, mejor cita tranquila", "problemas de ansiedad"),
    ("la abuela está medio sorda, hablarle despacio", "medio sorda"),
    ("su padre es delicado del corazón, nada de sorpresas", "delicado del corazón"),
    ("arrastra secuelas de un ictus, camina despacio", "secuelas de un ictus"),
    ("tiene la espalda fastidiada, no cargar bolsas", "espalda fastidiada"),
    ("arrastra un covid largo desde el invierno", "covid largo"),
    ("Mr Hale suffers with his nerves, keep the fitting short.", "suffers with his nerves"),
    ("His blood pressure's through the roof lately.", "blood pressure's through the roof"),
    ("She's been struggling with gout, flat shoes only.", "struggling with gout"),
    ("Mrs Ode is 6 months along, wants a soft tote.", "6 months along"),
])
def test_everyday_health_phrasings(text: str, fact: str) -> None:
    assert _covered(text, "HEALTH", fact)


@pytest.mark.parametrize(("text", "fact"), [
    ("le operaron un tumor del pecho en mayo", "tumor del pecho"),
    ("con un ictus reciente, citas cortas", "ictus reciente"),
    ("bipolar controlado con litio, todo bien", "bipolar controlado con litio"),
    ("tuvo un pequeño infarto en otoño", "pequeño infarto"),
])
def test_spanish_health_tail_and_size_join(text: str, fact: str) -> None:
    assert _covered(text, "HEALTH", fact)


@pytest.mark.parametrize(("text", "fact"), [
    ("Catholic family, mass on Sundays, nothing before noon.", "mass on Sundays"),
    ("They observe Shabbat, so no Saturday deliveries.", "observe Shabbat"),
    ("She's doing Ramadan this month, evening fittings only.", "doing Ramadan"),
    ("la clienta está haciendo el Ramadán, citas por la tarde", "haciendo el Ramadán"),
    ("Frau Kuhn geht regelmäßig zur Kirche, sonntags nie.", "geht regelmäßig zur Kirche"),
    ("الأستاذ محافظ على صلواته، لا مواعيد وقت الظهر.", "محافظ على صلواته"),
    ("يحضر حلقات الذكر كل خميس.", "حلقات الذكر"),
    ("李太太周末在寺庙做义工。", "在寺庙做义工"),
])
def test_telegraphic_religious_practice(text: str, fact: str) -> None:
    assert _covered(text, "RELIGION", fact)


@pytest.mark.parametrize(("text", "kind", "fact"), [
    ("كان سجينا سياسيا في شبابه.", "POLITICS", "سجينا سياسيا"),
    ("Herr Lenz ist engagiert bei der FDP in Kiel.", "POLITICS", "engagiert bei der FDP"),
    ("They're Romani, big family gathering in June.", "ORIGIN", "Romani"),
    ("Frau Aydin ist Kurdin, spricht auch Türkisch.", "ORIGIN", "Kurdin"),
    ("Это цыганская семья, покупают к свадьбе.", "ORIGIN", "цыганская семья"),
    ("العميل من قبيلة شمر ويحب العود.", "ORIGIN", "قبيلة شمر"),
    ("الزبونة امها مغربية وتحب القفطان.", "ORIGIN", "امها مغربية"),
])
def test_politics_and_origin_phrasings(text: str, kind: str, fact: str) -> None:
    assert _covered(text, kind, fact)


@pytest.mark.parametrize("text", [
    "Watch with lithium battery, 3 months along the warranty.",
    "She observed the cross-stitch detail on the tote.",
    "El problema del envío es muy grave, llamar al almacén.",
    "Kurdische Küche mag er, reist nach Erbil.",
])
def test_ordinary_words_stay(text: str) -> None:
    assert _spans(text) == []


# Second sweep: named conditions said in two or three everyday words, stances and practices.
@pytest.mark.parametrize(("text", "kind", "fact"), [
    ("الوالد عنده انسداد في الشرايين، نمشي ببطء.", "HEALTH", "انسداد في الشرايين"),
    ("الزبونة عندها حصى المرارة وما تقدر تطول.", "HEALTH", "حصى المرارة"),
    ("يشتكي من طنين في الأذن، المكان الهادئ أفضل.", "HEALTH", "طنين في الأذن"),
    ("Супруга: защемление нерва, сидеть ей удобнее.", "HEALTH", "защемление нерва"),
    ("У клиента пониженное давление, предложить воды.", "HEALTH", "пониженное давление"),
    ("После аварии посттравматический синдром, громко не говорить.", "HEALTH", "посттравматический синдром"),
    ("Отслоение сетчатки в прошлом году, крупный шрифт.", "HEALTH", "Отслоение сетчатки"),
    ("王先生最近胆囊炎发作，改期。", "HEALTH", "胆囊炎"),
    ("老王腰椎病犯了，不能久坐。", "HEALTH", "腰椎病"),
    ("He marched for Palestine in London last month.", "POLITICS", "marched for Palestine"),
    ("Quite hard-right, steer clear of the news.", "POLITICS", "hard-right"),
    ("Herr Ott ist politisch sehr rechts, kein Smalltalk.", "POLITICS", "politisch sehr rechts"),
    ("el caballero es monárquico convencido, nada de bromas", "POLITICS", "monárquico convencido"),
    ("Отец всю жизнь был в КПСС, любит советское.", "POLITICS", "был в КПСС"),
    ("周太太每月初一去佛堂礼佛。", "RELIGION", "去佛堂礼佛"),
    ("她是蒙族，喜欢银饰。", "ORIGIN", "蒙族"),
])
def test_second_sweep_phrasings(text: str, kind: str, fact: str) -> None:
    assert _covered(text, kind, fact)


@pytest.mark.parametrize("text", [
    "Выгорание ткани на солнце — вернуть поставщику.",
    "The last-generation model, hard to find.",
])
def test_second_sweep_ordinary_words_stay(text: str) -> None:
    assert _spans(text) == []


@pytest.mark.parametrize(("text", "fact"), [
    ("الوالد ركبه توجعه، نجيب له كرسي.", "ركبه توجعه"),
    ("الوالدة رجليها متورمة، نجيب كرسي.", "رجليها متورمة"),
    ("الجدة تنسى، الذاكرة ضعيفة، نكتب لها الموعد.", "الذاكرة ضعيفة"),
    ("الوالد يرجف إيده، نساعده بالتوقيع.", "يرجف إيده"),
    ("Иногда сердце колет, просил не торопить.", "сердце колет"),
    ("老先生老是头晕，要扶着。", "老是头晕"),
])
def test_everyday_symptoms_of_a_condition(text: str, fact: str) -> None:
    assert _covered(text, "HEALTH", fact)


@pytest.mark.parametrize("text", ["她说心慌慌的，怕买错颜色。", "Клиент плохо спит перед поездкой, просто устал."])
def test_passing_worries_stay(text: str) -> None:
    assert _spans(text) == []


@pytest.mark.parametrize(("text", "kind", "fact"), [
    ("お父様は先週手術されたばかりで、長時間は難しい。", "HEALTH", "手術されたばかり"),
    ("お母様は目がご不自由なので、説明は口頭で。", "HEALTH", "目がご不自由"),
    ("어머님 매주 성당 미사 가심, 일요일 오전 불가.", "RELIGION", "성당 미사"),
])
def test_japanese_and_korean_tails_and_practice(text: str, kind: str, fact: str) -> None:
    assert _covered(text, kind, fact)


def test_a_new_arrival_just_in_stays() -> None:
    assert _spans("新作が入荷したばかりです、来週ご案内。") == []


@pytest.mark.parametrize(("text", "fact"), [
    ("M. Roche fait de la tension, éviter l'attente.", "fait de la tension"),
    ("Depuis sa chute elle boite, prévoir un siège.", "boite"),
    ("Madame a la thyroïde, se fatigue vite.", "thyroïde"),
])
def test_french_everyday_conditions(text: str, fact: str) -> None:
    assert _covered(text, "HEALTH", fact)


@pytest.mark.parametrize("text", ["Mettre dans une boite cadeau.", "La boite un peu abîmée, à échanger."])
def test_french_box_stays(text: str) -> None:
    assert _spans(text) == []


def test_japanese_sabbath_word() -> None:
    text = "シャバットの間は電話しないでほしいとのこと。"
    assert _covered(text, "RELIGION", "シャバット")


@pytest.mark.parametrize(("text", "fact"), [
    ("Mr Pike can't walk far without a cane, seat him by the door.", "can't walk far without a cane"),
    ("Gets out of breath on stairs, ground floor only.", "Gets out of breath"),
    ("She lost the sight in one eye years ago.", "lost the sight in one eye"),
    ("His knees are shot, no standing fittings.", "knees are shot"),
    ("He is on meds for his blood pressure, water on arrival.", "meds for his blood pressure"),
    ("Can't hear well anymore, face him when speaking.", "Can't hear well anymore"),
])
def test_english_everyday_health(text: str, fact: str) -> None:
    assert _covered(text, "HEALTH", fact)


@pytest.mark.parametrize("text", [
    "He doesn't see well the difference between navy and black.",
    "The stock is shot, reorder the small sizes.",
])
def test_english_ordinary_words_stay(text: str) -> None:
    assert _spans(text) == []
