"""Art. 9 classes of session 34 (brief A), second round: a practice kept, a role held, a family named,
a treatment in everyday words, probed with phrasings written for this test (none is a note's):

- a faith by its routine or its office: nightly prayer, a named night prayer, a synagogue by its
  Yiddish name, a pilgrim, a prayer kept on time, alms paid, the six fast days after Ramadan, a
  church's rector, an imam of a mosque, a church worker ("obreira na igreja"), a eucharistic minister,
  a spiritist's "passe", a Candomblé role, belonging to a church said with its copula ("ela é da
  igreja");
- a faith by prayer said as such ("a room to pray"), a faith practised, a sutra recited, a fast day
  observed in Italian;
- politics by a list place, a party congress, a candidacy "from" a party in Russian, leafleting for a
  party and a climate march in Dutch, a vote "put in" for a party in Japanese;
- a union by its dues in Dutch, a seat on the Italian works council, an Arabic strike in the plural;
- an origin by the family it comes from ("de família libanesa"; the generation after a demonym,
  "japonesa de segunda geração", stays readable: measured, writers mark the demonym only);
- health in shorthand or everyday words: antibiotics, a gall bladder or an appendix out, radiation,
  an operation ("动过刀"), postpartum confinement, bipolar disorder, a blood pressure that jumps, a
  spa cure, years sober (lexicon 1.32.0).

Kept readable: a photo of a church, a generation of a product, a list that is not a party's, a tax
registration, a spa's retreat, yoga practised, a card "put in" a wallet, a printer "on strike", the
spring wage round as a busy season ("春闘で忙しい": the company's
calendar, no membership; measured: a held-out writer leaves it readable).
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.special.categories import find_special_categories
from lvmh_pipeline_tests.lib.privacy.special.coverage import covered, spans_of

FACTS = [
    ("They go to shul on Saturdays, no calls then.", "go to shul", "RELIGION"),
    ("He prays every night before bed, very private.", "prays every night", "RELIGION"),
    ("Reza todas las noches, regalarle algo discreto.", "Reza todas las noches", "RELIGION"),
    ("Hizo el Camino como peregrina el verano pasado.", "como peregrina", "RELIGION"),
    ("تحافظ على الصلاة في وقتها، المواعيد بعد العصر.", "تحافظ على الصلاة", "RELIGION"),
    ("يخرج الزكاة كل رمضان.", "يخرج الزكاة", "RELIGION"),
    ("تصوم الست من شوال هذه الأيام.", "تصوم الست", "RELIGION"),
    ("Её брат — настоятель прихода в Суздале.", "настоятель прихода", "RELIGION"),
    ("Ela é da igreja, não bebe nem fuma.", "da igreja", "RELIGION"),
    ("Ela é obreira na igreja, aos domingos não atende.", "obreira na igreja", "RELIGION"),
    ("Er steht auf der Landesliste für die Wahl im Herbst.", "auf der Landesliste", "POLITICS"),
    ("Sie war Delegierte auf dem Parteitag in Hannover.", "Delegierte auf dem Parteitag", "POLITICS"),
    ("Выдвигается от КПРФ на осенних выборах.", "Выдвигается от КПРФ", "POLITICS"),
    ("Ele vem de família libanesa, muito tradicional.", "de família libanesa", "ORIGIN"),
    ("Сидит на антибиотиках, без алкоголя.", "на антибиотиках", "HEALTH"),
    ("Недавно вырезали желчный, ест мало.", "вырезали желчный", "HEALTH"),
    ("她去年动过刀，不能久站。", "动过刀", "HEALTH"),
    ("Ten years sober now, no champagne at the event.", "years sober", "HEALTH"),
    ("Давление прыгает, встречи только утром.", "Давление прыгает", "HEALTH"),
    ("Прошла курс лучевой весной, без парфюма.", "курс лучевой", "HEALTH"),
    ("Весной поедет в санаторий лечиться, подарок до отъезда.", "в санаторий лечиться", "HEALTH"),
    ("شالوا له الزايدة الأسبوع الماضي.", "الزايدة", "HEALTH"),
    ("تعالج بالإشعاع هذه الفترة.", "بالإشعاع", "HEALTH"),
    ("她还在坐月子，礼物寄到家里。", "坐月子", "HEALTH"),
    ("他是双相，情绪起伏大。", "双相", "HEALTH"),
    ("تصلي التهجد كل ليلة.", "التهجد", "RELIGION"),
    ("زوجها إمام مسجد في الحي.", "إمام مسجد", "RELIGION"),
    ("Toma passe no centro às quintas.", "Toma passe", "RELIGION"),
    ("Ela é ministra da eucaristia na paróquia.", "ministra da eucaristia", "RELIGION"),
    ("Ele é ogã no terreiro do bairro.", "ogã", "RELIGION"),
    ("Ze flyert voor GroenLinks in de wijk.", "flyert voor GroenLinks", "POLITICS"),
    ("Ze loopt mee met de klimaatmars.", "klimaatmars", "POLITICS"),
    ("選挙ではいつも共産党に入れている。", "共産党に入れている", "POLITICS"),
    ("Hij betaalt contributie aan de FNV.", "contributie aan de FNV", "UNION"),
    ("È stata eletta nella RSU dell'azienda.", "eletta nella RSU", "UNION"),
    ("مضربين عن العمل منذ أسبوع مع زملائهم.", "مضربين عن العمل", "UNION"),
    ("Osserva lo Yom Kippur, niente appuntamenti.", "Osserva lo Yom Kippur", "RELIGION"),
    ("毎朝お経をあげている。", "お経をあげ", "RELIGION"),
    ("He steps out at noon to pray, keep Fridays free.", "to pray", "RELIGION"),
    ("He practises Buddhism, meditates at dawn.", "practises Buddhism", "RELIGION"),
]


@pytest.mark.parametrize(("text", "fact", "kind"), FACTS)
def test_practice_role_generation_shorthand(text: str, fact: str, kind: str) -> None:
    assert covered(text, fact, kind), spans_of(text)


KEPT = [
    "A foto é da igreja matriz, ela quer o colar igual.",
    "I sat in a chair now and then while she tried the rings.",
    "La montre de deuxième génération, boîtier acier.",
    "Er steht auf der Warteliste für die Tasche.",
    "春闘で三月は忙しいとのこと。",
    "Он состоит на учёте в налоговой как ИП.",
    "O retiro espiritual do spa, ela adorou.",
    "ポイントカードに入れている。",
    "打印机在罢工，明天再打。",
    "She practises yoga daily.",
]


@pytest.mark.parametrize("text", KEPT)
def test_look_alikes_stay(text: str) -> None:
    assert not find_special_categories(text), spans_of(text)
