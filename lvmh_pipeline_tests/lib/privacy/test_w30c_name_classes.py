"""Name classes behind the w30c leaks, in our own phrasings.

Spoken corrections of a name in dictated notes: the slip and the correction are both names, in
every script, whatever the two words look like ("Mr Baker, I mean Booker", "la señora Ruiz…
perdón, Ríos"), the slip before a correction found by its title or honorific ("マルティネス、
ではなく、マルティン様", "김하늘 아니라 김하은 고객님"), a slip crossed out and the name ticked
("최유나 X, 최유라 O").

Arabic: a family name in "-اني" or a foreign one in "-وا" opening a note before a person's verb
("بهبهاني طلب", "دوبوا اتصلت"), also after "بن" ("بن دغيثر زار"); a person named after the verb in verb-subject order ("اتصلت
إيميلي تسأل", "زارتنا اليوم ياسمينة مع صديقتها").

Dutch: a family name shaped as one (-sma, -ing, -holt …) opening a sentence before a person's
verb ("Boelsma belde", "Meijering komt zaterdag").

Japanese and Korean: a known given name after a kin word and a particle ("孫の大翔へ", "娘・結衣と");
a given name that is a word too glued to the familiar "이" after a kin word ("따님 지안이").
"""

from __future__ import annotations

import pytest

from lvmh_pipeline.lib.privacy.pseudonymize import PrivacyPolicy, pseudonymize
from lvmh_pipeline.lib.privacy.quality import leaked

_IDS = PrivacyPolicy(special_categories=False, non_food_allergies=False)


def _stored(text: str, language: str) -> str:
    return pseudonymize(text, language=language, policy=_IDS).text


@pytest.mark.parametrize(
    "text, language, names",
    [
        # the correction after a name found, whatever it looks like
        ("Called Mr Baker, I mean Booker, about the watch.", "en", ["Baker", "Booker"]),
        ("Mr Lloyd, or rather Floyd, picked up the bag.", "en", ["Lloyd", "Floyd"]),
        ("Mrs Hart — sorry, Hartley — wants the tote.", "en", ["Hartley"]),
        ("El Sr. Gómez, digo, Gálvez, llamó.", "es", ["Gómez", "Gálvez"]),
        ("la señora Castaño, perdón, Ríos, vino ayer.", "es", ["Castaño", "Ríos"]),
        ("la signora Bianchi, cioè Bertolini, ha chiamato.", "it", ["Bianchi", "Bertolini"]),
        ("A Sra. Ferreira, desculpe, Figueira, ligou.", "pt", ["Ferreira", "Figueira"]),
        # a bare "no" before the apology, an Arabic comma, "son of" kept out of the name
        ("العميل خالد بن فهد… لا عفواً، بن فهيد، سأل عن الساعة.", "ar", ["فهد", "فهيد"]),
        # the slip before a correction found by its honorific
        ("マルティネス、ではなく、マルティン様。", "ja", ["マルティネス", "マルティン"]),
        ("김하늘 아니라 김하은 고객님 방문.", "ko", ["김하늘", "김하은"]),
        # a slip crossed out, the name ticked
        ("최 씨 (최유나 X, 최유라 O) 방문.", "ko", ["최유나", "최유라"]),
        # Arabic family names opening a note before a person's verb
        ("بهبهاني طلب تغليف هدية.", "ar", ["بهبهاني"]),
        ("دوبوا اتصلت تسأل عن الطلب.", "ar", ["دوبوا"]),
        ("بن دغيثر زار المعرض.", "ar", ["دغيثر"]),
        # verb, then subject
        ("اتصلت إيميلي تسأل عن الشنطة.", "ar", ["إيميلي"]),
        ("زارتنا اليوم ياسمينة مع صديقتها.", "ar", ["ياسمينة"]),
        # a given name after "with" before a kin word
        ("مع جنى أختها الصغيرة.", "ar", ["جنى"]),
        # Dutch family names opening a sentence before a person's verb
        ("Boelsma belde over de riem.", "nl", ["Boelsma"]),
        ("Klant tevreden. Nijholt wil de tas in het zwart.", "nl", ["Nijholt"]),
        ("Meijering komt zaterdag terug.", "nl", ["Meijering"]),
        # Japanese kin word, particle, known given name, particle
        ("孫の大翔へ入学祝い。", "ja", ["大翔"]),
        ("娘・結衣と来店。", "ja", ["結衣"]),
        # Korean kin word, given name that is a word too, familiar "이"
        ("따님 지안이 돌잔치 선물.", "ko", ["지안"]),
        ("아들 가을이랑 옴.", "ko", ["가을"]),
    ],
)
def test_names_leave(text, language, names):
    stored = _stored(text, language)
    assert not [n for n in names if leaked(n, stored)], stored


@pytest.mark.parametrize(
    "text, language, words",
    [
        # ordinary words after a correction word
        ("Mrs Hart asked, sorry, no stock left.", "en", ["stock"]),
        ("Mr Pell, sorry, Tuesday is the only slot.", "en", ["Tuesday"]),
        ("Frau Maier: nein, danke, keine Tasche.", "de", ["danke", "Tasche"]),
        ("Mme Roux, pardon, Chanel n'a plus rien.", "fr", ["Chanel"]),
        ("Sr./Sra. o sea Fuentes, no sé quién viene.", "es", ["Sr./Sra."]),
        ("Mevrouw Smit — nee sorry, Van den Berg, komt morgen.", "nl", ["Van den"]),
        ("Госпожа Орлова, извините, Завтра не получится.", "ru", ["Завтра"]),
        ("السيدة العتيبي، عفواً، الموعد تأجل.", "ar", ["الموعد"]),
        ("가방 아니고 지갑을 김민지 고객님이 원함.", "ko", ["가방", "지갑을"]),
        ("田中様、バッグじゃなくて、財布をご希望。", "ja", ["バッグ", "財布"]),
        ("李先生，抱歉，今天没货。", "zh", ["今天"]),
        # Arabic verb-subject: a thing after a verb of arriving, "and said", a role
        ("وصلت هدية مع الطلب.", "ar", ["هدية"]),
        ("اتصلت الشركة تسأل عن الطلب.", "ar", ["الشركة"]),
        ("السيد فهد اتصل وقال يبي يحجز.", "ar", ["وقال"]),
        ("رجعوا اتصلوا أمس.", "ar", ["رجعوا"]),
        ("جات مع بنتها تدور فستان.", "ar", ["بنتها"]),
        ("ابن العميل اتصل يسأل.", "ar", ["العميل"]),
        # Dutch person nouns before the same verbs
        ("Koerier belde om 10 uur.", "nl", ["Koerier"]),
        ("Leverancier belde over de levering.", "nl", ["Leverancier"]),
        # Japanese and Korean words after a kin word
        ("娘の服と靴を購入。", "ja", ["服"]),
        ("孫の誕生日にはバッグ。", "ja", ["誕生日"]),
        ("딸 여름 방학 선물.", "ko", ["여름"]),
        ("딸 가방이 낡음.", "ko", ["가방이"]),
    ],
)
def test_words_stay(text, language, words):
    stored = _stored(text, language)
    assert all(w in stored for w in words), stored
