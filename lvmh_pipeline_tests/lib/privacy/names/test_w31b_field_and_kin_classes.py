"""Name classes of the held-out counts, second round (Korean, Dutch, Arabic), in our own phrasings.

- Korean family-name field ("성: 곽", "성은 남.", "성 탁 /"): the surname after the label is the
  name; the label "성" (a surname itself) is not;
- a Korean kin word, a given name that is a word too, an event of a person's life ("손녀 나래 입학식");
- a kin word, a comma, then a name missing from the lexicon closed by a colon ("moeder, Aaltje
  Visscher: parels") or joined by a particle ("vrouw, Hiske de Boer."); Dutch "man" (husband) as a kin word;
- precision: after an Arabic kin word, a verb and its complement are no name ("ولده يتخرج
  قريبا."); a kin word opening the note is not part of the name after it ("وزوجته رغد القاسمي،");
- a surname missing from the lexicon after "for" / "back" / "voor" / "pour" / "para", then a comma
  and "she" / "hij" / "elle" / "ella" ("Rang back Ashworth-Pike, she …"); not after "at" / "in" / "naar";
- an Arabic couple word, then two given names joined by "و" (foreign names transcribed, missing
  from the lexicon) and their family name ("الزوجان كارلوس وإيزابيل مارتينيز،"), or after a verb of a visit ("زارنا …");
  not two adjectives, nor a time word and a verb;
- an Arabic family name opening the note after "أبو" / "آل" / "با" before a person's verb or "client".
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
        ("성: 곽, 이름: 하린 / 50대", "ko", ["곽"]),
        ("성은 남. 이름은 도윤.", "ko", ["남"]),
        ("성 탁 / 이름 민호 / 40대", "ko", ["탁"]),
        ("이름 지아, 성 윤, 30대.", "ko", ["윤"]),
        ("손녀 나래 입학식 선물로 목걸이.", "ko", ["나래"]),
        ("조카 보람 결혼 준비 중, 그릇 세트.", "ko", ["보람"]),
        ("막내 누리 유학 떠남.", "ko", ["누리"]),
        ("Haar moeder, Aaltje Visscher: parels.", "nl", ["Aaltje", "Visscher"]),
        ("Voor zijn vrouw, Hiske de Boer.", "nl", ["Hiske", "Boer"]),
        ("Cadeau voor haar man, Wietse Dijkstra.", "nl", ["Wietse", "Dijkstra"]),
        ("Zijn zus, Rianne van der Hoeven, komt mee.", "nl", ["Rianne", "Hoeven"]),
        ("Para a irmã, Benedita da Cunha.", "pt", ["Benedita", "Cunha"]),
        ("Thank-you card for Pettigrew, he was pleased.", "en", ["Pettigrew"]),
        ("Rang back Ashworth-Pike, she confirmed Friday.", "en", ["Ashworth-Pike"]),
        ("Bedankkaart voor Terwindt, hij was tevreden.", "nl", ["Terwindt"]),
        ("Regalo para Arrizabalaga, ella cumple 50.", "es", ["Arrizabalaga"]),
        ("Cadeau pour Lestringant, elle adore l'or.", "fr", ["Lestringant"]),
        ("الزوجان كارلوس وإيزابيل مارتينيز، من إسبانيا.", "ar", ["كارلوس", "إيزابيل", "مارتينيز"]),
        ("زوجين إيطاليين ماركو ولوتشيا بيانكي، ميزانية كبيرة.", "ar", ["ماركو", "لوتشيا", "بيانكي"]),
        ("العميلان توماس وهانا شنايدر سألوا عن الحقائب.", "ar", ["هانا", "شنايدر"]),
        ("زارنا ريكاردو وفاليريا بوتشي، إيطاليين.", "ar", ["ريكاردو", "فاليريا", "بوتشي"]),
        ("زارنا أوليفر وصوفيا براون اليوم.", "ar", ["أوليفر", "صوفيا"]),
        ("أبو شقرا عميل قديم، يحب الساعات.", "ar", ["شقرا"]),
        ("با جنيد يبي هدية لزوجته.", "ar", ["جنيد"]),
        ("آل سنان طلبوا موعد خاص.", "ar", ["سنان"]),
    ],
)
def test_names_found(text, language, names):
    stored = _stored(text, language)
    assert not [n for n in names if leaked(n, stored)], stored


@pytest.mark.parametrize(
    "text, language, kept",
    [
        ("성: 곽, 이름: 하린 / 50대", "ko", ["성:"]),
        ("성은 남. 이름은 도윤.", "ko", ["성은"]),
        ("성수동 매장 방문, 성격 밝음.", "ko", ["성수동", "성격"]),
        ("성인 딸 방문, 가방 구매.", "ko", ["성인"]),
        ("딸 가을 결혼 예정, 예산 500.", "ko", ["가을 결혼"]),
        ("아들 대학 졸업 선물.", "ko", ["대학 졸업"]),
        ("She shops at Harrods, she said, and at Selfridges.", "en", ["Harrods"]),
        ("Spent summer in Tulum, she is tanned.", "en", ["Tulum"]),
        ("Ging naar Zandvoort, zij vond het mooi.", "nl", ["Zandvoort"]),
        ("Shopping for Christmas, she wants ideas.", "en", ["Christmas"]),
        ("Een man, Amsterdam, 50 jaar, zoekt een horloge.", "nl", ["Amsterdam"]),
        ("Tochter, Geschenkidee: Kette aus Gold.", "de", ["Geschenkidee"]),
        ("Zij en haar man zoeken een horloge.", "nl", ["haar man zoeken"]),
        ("أبو ظبي مدينة جميلة للتسوق.", "ar", ["أبو ظبي"]),
        ("الزوجان سعداء وراضون عن الخدمة.", "ar", ["سعداء وراضون"]),
        ("الزوجين مبسوطين وفرحانين بالهدية.", "ar", ["مبسوطين وفرحانين بالهدية"]),
        ("الزوجان ساعة وعطر كهدية.", "ar", ["ساعة وعطر"]),
        ("زارتنا اليوم وقالت إنها مسافرة.", "ar", ["اليوم وقالت"]),
        ("مر سريعا واشترى عطر.", "ar", ["سريعا واشترى"]),
        ("ولده يتخرج قريبا.", "ar", ["يتخرج قريبا"]),
        ("سعاد ولدها يتقاعد قريبا.", "ar", ["يتقاعد قريبا"]),
        ("وزوجته رغد القاسمي، حضرت معه.", "ar", ["وزوجته"]),
    ],
)
def test_words_kept(text, language, kept):
    stored = _stored(text, language)
    assert all(k in stored for k in kept), stored
